"""Verdicts from the text of the law (each test names its article), on situations written from the texts."""
import pytest

from knowledge.eligibility import orient

BASE = dict(commune="69266", en_couple=False, enfants=[], revenus_activite=0, logement="locataire", loyer=450,
            nationalite="francaise")


def judge(**fields):
    return orient({**BASE, **fields})


def verdict(result, sid):
    return result.scheme(sid).eligibility


# -- CEJ: Code du travail L5131-6 -----------------------------------------------------
def test_cej_16_to_25_and_29_only_with_rqth():
    assert verdict(judge(age=24, activite="demandeur_emploi"), "cej") == "probable"
    assert verdict(judge(age=28, activite="sans_activite", rqth=True), "cej") in ("probable", "possible")
    assert verdict(judge(age=28, activite="sans_activite", rqth=False, handicap_taux=80), "cej") == "unlikely"
    # a disabled adult past 29 is never told the CEJ is probable (the old bug)
    for age in (30, 45, 60):
        assert verdict(judge(age=age, activite="sans_activite", handicap_taux=80, rqth=True), "cej") == "unlikely"
    assert verdict(judge(age=22, activite="sans_activite", nationalite="hors_ue_irregulier"), "cej") == "unlikely"


# -- ASPA: Code de la sécurité sociale L816-1 -----------------------------------------
def test_aspa_non_eu_ten_years_is_possible_to_check_never_assumed():
    unknown = judge(age=70, activite="retraite", retraite=500, nationalite="hors_ue_regulier", logement="proprietaire")
    assert verdict(unknown, "aspa") == "possible" and "10 ans" in unknown.scheme("aspa").why
    assert "titre_sejour_annees" in unknown.missing
    assert verdict(judge(age=70, activite="retraite", retraite=500, nationalite="hors_ue_regulier",
                         titre_sejour_annees=12, logement="proprietaire"), "aspa") == "probable"
    assert verdict(judge(age=70, activite="retraite", retraite=500, nationalite="hors_ue_regulier",
                         titre_sejour_annees=4, logement="proprietaire"), "aspa") == "unlikely"


# -- AAH: CSS L821-1, L821-2, L821-3 (loi 2022-1158, art. 10) ---------------------------
def test_aah_partner_income_no_longer_counts():
    couple = judge(age=40, en_couple=True, activite="sans_activite", revenus_activite=3000, handicap_taux=80)
    assert verdict(couple, "aah") == "probable" and couple.scheme("aah").monthly_amount > 900


def test_aah_from_20_or_16_when_no_longer_a_dependant():
    assert verdict(judge(age=15, activite="sans_activite", handicap_taux=80), "aah") == "unlikely"
    young = judge(age=17, activite="sans_activite", handicap_taux=80)
    assert verdict(young, "aah") == "possible" and "à la charge de vos parents" in young.scheme("aah").why
    assert verdict(judge(age=20, activite="sans_activite", handicap_taux=80), "aah") == "probable"


def test_aah_50_to_79_needs_rsdae():
    mid = judge(age=40, activite="sans_activite", handicap_taux=60)
    assert verdict(mid, "aah") == "possible" and "restriction substantielle" in mid.scheme("aah").why


# -- RSA: CASF L262-4, L262-6, L262-7-1, L262-9 -----------------------------------------
def test_rsa_under_25_with_child_born_or_expected():
    assert verdict(judge(age=22, enfants=[1], activite="sans_activite"), "rsa") == "probable"
    assert verdict(judge(age=22, grossesse=True, activite="sans_activite"), "rsa") == "probable"
    assert verdict(judge(age=22, activite="sans_activite"), "rsa") == "unlikely"


def test_rsa_eu_national_possible_with_right_of_residence():
    eu = judge(age=35, activite="sans_activite", nationalite="ue")
    assert verdict(eu, "rsa") == "possible" and "trois mois" in eu.scheme("rsa").why


def test_rsa_single_parent_exempt_from_five_years_of_permit():
    single = judge(age=30, enfants=[2], activite="sans_activite", nationalite="hors_ue_regulier", titre_sejour_annees=1)
    assert verdict(single, "rsa") == "probable"
    couple = judge(age=30, en_couple=True, enfants=[2], activite="sans_activite", nationalite="hors_ue_regulier",
                   titre_sejour_annees=1)
    assert verdict(couple, "rsa") == "unlikely"


def test_rsa_jeune_actif():
    young_worker = judge(age=23, activite="salarie", revenus_activite=300)
    assert verdict(young_worker, "rsa") == "possible" and "deux ans" in young_worker.scheme("rsa").why


# -- PCH after 60: CASF L245-1 ---------------------------------------------------------
def test_pch_after_60_possible_when_criteria_met_before_or_still_working():
    retired = judge(age=70, activite="retraite", retraite=1200, handicap_taux=80)
    assert verdict(retired, "pch") == "possible" and "avant 60 ans" in retired.scheme("pch").why
    worker = judge(age=63, activite="salarie", revenus_activite=1500, handicap_taux=80)
    assert verdict(worker, "pch") == "possible" and "avant 60 ans" not in worker.scheme("pch").why


# -- APA: CASF L232-1, L232-2, R232-4 ---------------------------------------------------
def test_apa_possible_on_bare_needs_help_and_regular_stay():
    apa = judge(age=82, activite="retraite", retraite=1300, perte_autonomie=True, logement="proprietaire")
    assert verdict(apa, "apa") == "possible" and "GIR" in apa.scheme("apa").why
    assert verdict(judge(age=82, perte_autonomie=True, nationalite="hors_ue_irregulier"), "apa") == "unlikely"


# -- Chèque énergie: Code de l'énergie L124-1; AF overseas: CSS L755-11 ---------------------
def test_cheque_energie_has_no_nationality_condition():
    result = judge(age=40, activite="salarie", revenus_activite=700, nationalite="hors_ue_irregulier")
    assert result.scheme("cheque_energie").proposed
    assert not result.scheme("rsa").proposed


def test_overseas_family_allowance_from_the_first_child():
    assert judge(age=30, enfants=[4], commune="97411").scheme("allocations_familiales").proposed
    assert not judge(age=30, enfants=[4], commune="69266").scheme("allocations_familiales").proposed


# -- A benefit received is never proposed as new ------------------------------------------
def test_benefit_received_is_deja_percu_and_opens_css():
    result = judge(age=35, activite="sans_activite", prestations_percues=["rsa", "aide_logement"])
    assert verdict(result, "rsa") == "deja_percu" and verdict(result, "aide_logement") == "deja_percu"
    assert result.deja_percu == ["rsa", "aide_logement"]
    assert not result.scheme("rsa").proposed
    css = result.scheme("css")
    assert css.eligibility == "probable" and "sans participation" in css.why
    assert result.scheme("rsa").opens and result.scheme("rsa").opens[0]["id"] == "css"


def test_aah_received_counts_in_the_rsa_resources():
    """CASF R262-6: the AAH counts in the RSA's resources; received, it is simulated, not zeroed."""
    alone = judge(age=40, activite="sans_activite")
    with_aah = judge(age=40, activite="sans_activite", prestations_percues=["aah"])
    assert verdict(with_aah, "aah") == "deja_percu"
    assert (with_aah.scheme("rsa").monthly_amount or 0) < alone.scheme("rsa").monthly_amount


# -- Contacts by situation -----------------------------------------------------------------
@pytest.mark.parametrize("fields, present, absent", [
    (dict(age=20, activite="demandeur_emploi", besoins=["emploi"]), {"mission_locale", "france_travail"}, set()),
    (dict(age=40, activite="demandeur_emploi", besoins=["emploi"]), {"france_travail"}, {"mission_locale"}),
    # an apprentice of 21 with a hostel's fee to pay: the Mission locale too (Code du travail L5314-2)
    (dict(age=21, activite="apprenti", revenus_activite=1100, logement="hebergement_structure", besoins=["logement"]),
     {"mission_locale"}, set()),
    (dict(age=30, activite="apprenti", revenus_activite=1400, besoins=["logement"]), set(), {"mission_locale"}),
    (dict(age=45, activite="salarie", revenus_activite=1400, besoins=["impayes_loyer"], dette_loyer=1800),
     {"adil", "departement"}, {"mission_locale"}),
    (dict(age=50, activite="salarie", revenus_activite=1800, besoins=["dettes"]), {"banque_de_france"}, set()),
    (dict(age=60, activite="retraite", retraite=1900, logement="proprietaire", besoins=["catastrophe"]),
     {"mairie", "assureur"}, {"mission_locale"}),
    (dict(age=40, activite="sans_activite", handicap_taux=80), {"mdph"}, set()),
    (dict(age=82, activite="retraite", retraite=1300, perte_autonomie=True, logement="proprietaire"), {"clic"},
     {"mission_locale"}),
    # The agricultural scheme: the MSA pays what the CAF pays and is the health insurer (CASF L262-16, CSS L843-1)
    (dict(age=48, en_couple=True, enfants=[11, 15], activite="independant", revenus_activite=500,
          logement="proprietaire", besoins=["argent", "sante"], regime_agricole=True), {"msa"}, {"caf", "cpam"}),
    (dict(age=48, en_couple=True, enfants=[11, 15], activite="independant", revenus_activite=500,
          logement="proprietaire", besoins=["argent", "sante"], regime_agricole=False), {"caf", "cpam"}, {"msa"}),
    (dict(age=48, en_couple=True, enfants=[11, 15], activite="independant", revenus_activite=500,
          logement="proprietaire", besoins=["argent", "sante"]), {"caf", "cpam"}, {"msa"}),
    (dict(age=70, activite="retraite", retraite=500, logement="proprietaire", besoins=["argent"],
          regime_agricole=True), {"msa", "carsat"}, {"caf"}),
    # No MSA overseas: the CGSS runs the agricultural scheme, the CAF pays (a banana grower of Basse-Pointe)
    (dict(age=48, en_couple=True, enfants=[11, 15], activite="independant", revenus_activite=500, commune="97203",
          logement="proprietaire", besoins=["argent", "sante"], regime_agricole=True), {"caf", "cpam"}, {"msa"}),
])
def test_contacts_by_situation(fields, present, absent):
    result = judge(**fields)
    kinds = set(result.contact_kinds) | {c["kind"] for c in result.contacts}
    assert present <= kinds, kinds
    assert not (absent & kinds), kinds


@pytest.mark.parametrize("code, nom", [("59350", "Lille"), ("97416", "Saint-Pierre"), ("97411", "Saint-Denis")])
def test_exact_insee_code_wins_and_overseas_communes_get_contacts(code, nom):
    result = judge(age=35, activite="sans_activite", commune=code)
    assert result.commune["code"] == code and result.commune["nom"] == nom
    assert {c["kind"] for c in result.contacts} >= {"caf", "ccas"}


def test_orientation_contacts_are_the_relevant_offices_only():
    result = judge(age=35, activite="sans_activite")
    kinds = {c["kind"] for c in result.contacts}
    assert "mdph" not in kinds and "mission_locale" not in kinds


# -- Held-out review (issue 15): each mechanism from its text -----------------------------------
def test_rsa_student_exemption_follows_the_isolated_parent_increase():
    """CASF L262-4 (4°): the student condition does not apply to whoever is entitled to the increase of
    L262-9, which R262-2 grants to an isolated pregnant woman or parent of a child under three, and for
    twelve months after a separation otherwise."""
    pregnant = judge(age=24, activite="etudiant", grossesse=True)
    assert verdict(pregnant, "rsa") in ("probable", "possible") and (pregnant.scheme("rsa").monthly_amount or 0) > 0
    assert verdict(judge(age=24, activite="etudiant", grossesse=True, en_couple=True), "rsa") == "unlikely"
    older_child = judge(age=30, activite="etudiant", enfants=[7])
    assert verdict(older_child, "rsa") == "possible" and "moins d'un an" in older_child.scheme("rsa").why
    assert verdict(judge(age=30, activite="etudiant"), "rsa") == "unlikely"


def test_permit_exemption_is_the_increase_not_any_single_parent():
    """CASF L262-4 (2°, b): the five years of permit are waived for those entitled to the increase only."""
    baby = judge(age=31, enfants=[1], activite="sans_activite", nationalite="hors_ue_regulier", titre_sejour_annees=2)
    assert verdict(baby, "rsa") == "probable"
    older = judge(age=31, enfants=[9], activite="sans_activite", nationalite="hors_ue_regulier", titre_sejour_annees=2)
    assert verdict(older, "rsa") == "possible"


def test_rsa_in_guyane_is_common_law_and_in_mayotte_asks_fifteen_years():
    """Conseil constitutionnel 2018-777 DC censured the Guyane-only conditions; Mayotte keeps 15 years
    (ordonnance 2011-1641)."""
    guyane = judge(commune="97302", age=33, enfants=[1], activite="sans_activite", nationalite="hors_ue_regulier",
                   titre_sejour_annees=2)
    assert verdict(guyane, "rsa") == "probable"
    mayotte = judge(commune="97611", age=40, activite="sans_activite", nationalite="hors_ue_regulier",
                    titre_sejour_annees=8)
    assert verdict(mayotte, "rsa") == "unlikely" and "15 ans" in mayotte.scheme("rsa").why
    assert verdict(judge(age=40, activite="sans_activite", nationalite="hors_ue_regulier", titre_sejour_annees=8),
                   "rsa") == "probable"


def test_apprentice_prime_activite_only_above_78_percent_of_the_smic():
    """CSS L842-2 (3°): apprentices, like students, only with earnings above the L512-3 ceiling."""
    assert verdict(judge(age=20, activite="apprenti", revenus_activite=800, logement="heberge", loyer=None),
                   "prime_activite") == "unlikely"
    assert verdict(judge(age=20, activite="salarie", revenus_activite=800, logement="heberge", loyer=None),
                   "prime_activite") in ("probable", "possible")
    assert verdict(judge(age=22, activite="apprenti", revenus_activite=1400, logement="heberge", loyer=None),
                   "prime_activite") in ("probable", "possible")


def test_food_aid_for_low_resources_and_without_a_regular_stay():
    """CASF L266-1: food aid for people in economic or social vulnerability, without other condition."""
    assert judge(age=45, activite="sans_activite", nationalite="hors_ue_irregulier",
                 logement="heberge", loyer=None).scheme("aide_alimentaire").proposed
    assert judge(age=45, activite="sans_activite").scheme("aide_alimentaire").proposed
    assert not judge(age=45, activite="salarie", revenus_activite=2500).scheme("aide_alimentaire").proposed


def test_no_ame_in_mayotte():
    """The AME (CASF L251-1) is not applicable in Mayotte (Assemblée nationale, rapport n° 1371, 2025)."""
    mayotte = judge(commune="97611", age=30, activite="sans_activite", nationalite="hors_ue_irregulier",
                    logement="heberge", loyer=None)
    assert verdict(mayotte, "ame") == "unlikely" and "Mayotte" in mayotte.scheme("ame").why
    assert mayotte.scheme("aide_alimentaire").proposed
    assert judge(commune="97302", age=30, activite="sans_activite", nationalite="hors_ue_irregulier",
                 logement="heberge", loyer=None).scheme("ame").proposed


def test_family_allowance_from_the_first_child_in_mayotte():
    """Ordonnance n° 2002-149, art. 7: one child opens the allowance in Mayotte."""
    assert judge(commune="97611", age=34, en_couple=True, enfants=[4], activite="salarie",
                 revenus_activite=1200).scheme("allocations_familiales").proposed


def test_home_help_for_disabled_adults():
    """CASF L241-1: the home help of L231-1 is open to adults with an incapacity of at least 80 %."""
    disabled = judge(age=50, activite="sans_activite", handicap_taux=90)
    assert disabled.scheme("aide_menagere").proposed
    assert not judge(age=50, activite="sans_activite", handicap_taux=0).scheme("aide_menagere").proposed


def test_ash_ruled_out_when_resources_cover_the_establishment():
    """CASF L132-3 and L231-4: 90 % of the resources pay the fees; the département pays the rest."""
    rich = judge(age=86, activite="retraite", retraite=3800, logement="etablissement", loyer=None, perte_autonomie=True)
    assert verdict(rich, "aide_sociale_hebergement") == "unlikely" and rich.scheme("apa").proposed
    assert judge(age=86, activite="retraite", retraite=1200, logement="etablissement", loyer=None,
                 perte_autonomie=True).scheme("aide_sociale_hebergement").proposed


def test_no_surendettement_commission_for_independent_workers():
    """Code de la consommation L711-3; Code de commerce L681-1: an entrepreneur's debts go to the court."""
    independent = judge(age=50, activite="independant", revenus_activite=1500, besoins=["dettes"])
    assert verdict(independent, "surendettement") == "unlikely" and "tribunal" in independent.scheme("surendettement").why
    assert "point_justice" in independent.contact_kinds and "banque_de_france" not in independent.contact_kinds
    employee = judge(age=50, activite="salarie", revenus_activite=1500, besoins=["dettes"])
    assert employee.scheme("surendettement").proposed and "banque_de_france" in employee.contact_kinds


def test_high_incomes_rule_out_the_fsl_and_local_aid():
    """Loi n° 90-449, art. 1 and 6: the FSL is for households whose resources are inadequate; the project
    takes the social-housing ceiling (PLUS) as the bound above which the FSL and local aid are out of reach."""
    rich = judge(age=45, en_couple=True, enfants=[3], activite="salarie", revenus_activite=6000,
                 logement="proprietaire", loyer=None, besoins=["energie"])
    for sid in ("fsl", "aide_facultative", "accompagnement_social", "aide_sociale_enfance"):
        assert not rich.scheme(sid).proposed, sid
    modest = judge(age=45, en_couple=True, enfants=[3], activite="salarie", revenus_activite=1500,
                   logement="proprietaire", loyer=None, besoins=["energie"])
    for sid in ("fsl", "aide_facultative", "accompagnement_social"):
        assert modest.scheme(sid).proposed, sid


def test_a_minor_in_danger_is_for_the_ase_and_the_119():
    """CASF L221-1, L226-3 and L226-6."""
    minor = judge(age=15, activite="etudiant", logement="heberge", loyer=None, besoins=["violence"])
    assert minor.scheme("aide_sociale_enfance").proposed
    assert "119" in {e["number"] for e in minor.emergency}
    assert not judge(age=15, activite="etudiant", logement="heberge", loyer=None,
                     besoins=["numerique"]).scheme("aide_sociale_enfance").proposed


def test_rsa_is_due_while_an_aah_is_only_possible():
    """CASF L262-10: the RSA is subsidiary to an AAH granted, not to one the MDPH has yet to decide."""
    pending = judge(age=38, activite="sans_activite", handicap_taux=60)
    assert verdict(pending, "aah") == "possible" and pending.scheme("rsa").proposed
    assert "AAH" in pending.scheme("rsa").why
    granted = judge(age=38, activite="sans_activite", handicap_taux=85)
    assert verdict(granted, "aah") == "probable" and not granted.scheme("rsa").proposed


def test_css_possible_near_its_ceiling_for_an_aah_recipient():
    """CSS L861-1 and the AAH abatement: an estimate within a few per cent of the ceiling cannot say no."""
    result = judge(age=52, activite="sans_activite", handicap_taux=80, prestations_percues=["aah", "aide_logement"])
    assert result.scheme("css").proposed and "cpam" in result.contact_kinds


def test_a_benefit_received_keeps_its_office_among_the_contacts():
    result = judge(age=19, activite="demandeur_emploi", logement="heberge", loyer=None, prestations_percues=["cej"])
    assert verdict(result, "cej") == "deja_percu" and "mission_locale" in result.contact_kinds


def test_aspa_out_of_reach_leaves_the_rsa():
    """CSS L816-1 (ten years of permit) and CASF L262-4 (five): the RSA has no upper age."""
    result = judge(age=66, activite="retraite", retraite=200, nationalite="hors_ue_regulier", titre_sejour_annees=6)
    assert verdict(result, "aspa") == "unlikely" and result.scheme("rsa").proposed
    assert judge(age=69, activite="retraite", retraite=200, nationalite="hors_ue_regulier",
                 titre_sejour_annees=11).scheme("aspa").proposed


# -- Prime d'activité of a student in a couple: CSS L842-2, 3° ---------------------------
def test_prime_activite_student_in_couple_is_to_check_not_assumed():
    """The contract gives one activity (the person's) and the household's earnings: whose they are
    decides the student condition, so the verdict is "possible" with the condition said."""
    couple = judge(age=24, activite="etudiant", en_couple=True, revenus_activite=500, loyer=550)
    assert verdict(couple, "prime_activite") == "possible"
    assert "78 % du Smic" in couple.scheme("prime_activite").why
    alone = judge(age=24, activite="etudiant", en_couple=False, revenus_activite=500, loyer=550)
    assert verdict(alone, "prime_activite") == "unlikely"


def test_over_indebtedness_overseas_goes_to_the_iedom():
    """The IEDOM runs the over-indebtedness commissions in the five overseas départements (checked 2026-12-04)."""
    overseas = judge(age=46, activite="salarie", revenus_activite=1300, besoins=["dettes"], commune="97611")
    banque = [c for c in overseas.contacts if c["kind"] == "banque_de_france"]
    assert banque and "IEDOM" in banque[0]["name"] and banque[0]["url"] == "https://www.iedom.fr/"
    mainland = judge(age=46, activite="salarie", revenus_activite=1300, besoins=["dettes"], commune="54395")
    assert [c["name"] for c in mainland.contacts if c["kind"] == "banque_de_france"] == [
        "Banque de France — surendettement et droit au compte"]


# -- ASPA: Code de la sécurité sociale R815-25 (savings deemed to bring 3 % of their value a year) -----------------
def test_aspa_counts_savings_at_three_percent_of_their_value():
    couple = dict(commune="29019", en_couple=True, logement="proprietaire", age=70, activite="retraite", retraite=1300)
    assert verdict(judge(**couple, epargne=0), "aspa") == "probable"
    # 200 000 € are deemed to bring 500 € a month: above the couple's ceiling with 1 300 € of pensions (with the
    # Livret A's interest instead, the allowance was still proposed)
    assert verdict(judge(**couple, epargne=200_000), "aspa") == "unlikely"
    sans, avec = judge(**couple, epargne=0).scheme("aspa"), judge(**couple, epargne=20_000).scheme("aspa")
    assert avec.proposed and avec.monthly_amount is not None and sans.monthly_amount - avec.monthly_amount == pytest.approx(
        20_000 * 0.03 / 12, abs=15)
