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
    (dict(age=45, activite="salarie", revenus_activite=1400, besoins=["impayes_loyer"], dette_loyer=1800),
     {"adil", "departement"}, {"mission_locale"}),
    (dict(age=50, activite="salarie", revenus_activite=1800, besoins=["dettes"]), {"banque_de_france"}, set()),
    (dict(age=60, activite="retraite", retraite=1900, logement="proprietaire", besoins=["catastrophe"]),
     {"mairie", "assureur"}, {"mission_locale"}),
    (dict(age=40, activite="sans_activite", handicap_taux=80), {"mdph"}, set()),
    (dict(age=82, activite="retraite", retraite=1300, perte_autonomie=True, logement="proprietaire"), {"clic"},
     {"mission_locale"}),
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
