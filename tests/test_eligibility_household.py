"""The OpenFisca household built from a situation (pure mapping, no OpenFisca run)."""
from knowledge.eligibility.household import birth_date, build_household, months_back
from knowledge.eligibility.situation import Situation

MONTH = "2026-11"


def build(**fields):
    return build_household(Situation(**fields), MONTH, "69266").entities


def test_months_back_cross_the_year():
    assert months_back("2026-02", 3) == ["2026-01", "2025-12", "2025-11"]


def test_birth_date_gives_the_age():
    from datetime import date
    assert birth_date(35, date(2026, 11, 15)) == "1991-05-01"
    assert birth_date(0, date(2026, 3, 15)) == "2025-09-01"


def test_resources_repeated_over_past_months_and_years():
    e = build(age=40, revenus_activite=1200, chomage=300, retraite=0)
    salaire = e["individus"]["demandeur"]["salaire_net"]
    for month in ("2026-11", "2026-10", "2026-09", "2026-08", "2025-11", "2024-01"):
        assert salaire[month] == 1200
    assert e["individus"]["demandeur"]["chomage_net"]["2026-08"] == 300
    assert "2023-12" not in salaire  # fiscal year N-2 is the oldest read


def test_benefits_not_received_are_zero_in_past_months_only():
    e = build(age=40)
    rsa = e["familles"]["famille"]["rsa"]
    assert rsa["2026-10"] == 0 and "2026-11" not in rsa
    assert e["individus"]["demandeur"]["aah"]["2026-08"] == 0


def test_couple_children_and_roles():
    e = build(age=30, en_couple=True, enfants=[0, 4])
    famille = e["familles"]["famille"]
    assert famille["parents"] == ["demandeur", "conjoint"]
    assert famille["enfants"] == ["enfant_1", "enfant_2"]
    assert e["foyers_fiscaux"]["foyer_fiscal"]["personnes_a_charge"] == ["enfant_1", "enfant_2"]
    assert e["menages"]["menage"]["conjoint"] == ["conjoint"]
    assert e["individus"]["enfant_2"]["date_naissance"]["ETERNITY"].startswith("2022")


def test_housing_rent_commune_disability_pregnancy():
    e = build(age=30, logement="locataire", loyer=550, handicap_taux=60, grossesse=True)
    menage, moi = e["menages"]["menage"], e["individus"]["demandeur"]
    assert menage["statut_occupation_logement"][MONTH] == "locataire_vide"
    assert menage["loyer"][MONTH] == 550
    assert menage["depcom"][MONTH] == "69266"
    assert moi["taux_incapacite"][MONTH] == 0.6
    assert moi["aah_restriction_substantielle_durable_acces_emploi"][MONTH] is True
    assert moi["enceinte"][MONTH] is True


def test_residence_conditions_are_left_to_the_records():
    """OpenFisca computes the means-tested amount; the records judge the permit (not an assumed 5 years)."""
    moi = build(nationalite="hors_ue_regulier")["individus"]["demandeur"]
    assert moi["duree_possession_titre_sejour"][MONTH] >= 10 and moi["ressortissant_eee"][MONTH] is True
    assert build(nationalite="francaise")["individus"]["demandeur"]["nationalite"][MONTH] == "FR"
    assert build(age=22)["individus"]["demandeur"]["rsa_jeune_condition_heures_travail_remplie"][MONTH] is True


def test_benefits_received_are_simulated_not_zeroed():
    famille = build(age=40, prestations_percues=["rsa"])["familles"]["famille"]
    assert "rsa" not in famille and famille["ppa"]["2026-10"] == 0
    moi = build(age=40, prestations_percues=["aah"])["individus"]["demandeur"]
    assert "aah" not in moi and moi["taux_incapacite"][MONTH] == 0.8


def test_partner_earns_when_the_person_does_not_work():
    e = build(age=40, en_couple=True, activite="sans_activite", revenus_activite=2000, handicap_taux=80)
    assert e["individus"]["demandeur"]["salaire_net"][MONTH] == 0
    assert e["individus"]["conjoint"]["salaire_net"][MONTH] == 2000
    e = build(age=40, en_couple=True, activite="salarie", revenus_activite=2000)
    assert e["individus"]["demandeur"]["salaire_net"][MONTH] == 2000


def test_savings_are_a_livret_a():
    assert build(age=40, epargne=12000)["individus"]["demandeur"]["livret_a"][MONTH] == 12000


def test_unknown_housing_and_age_are_assumed_and_said():
    household = build_household(Situation(), MONTH)
    assert any("âge inconnu" in a for a in household.assumptions)
    assert any("logement inconnu" in a for a in household.assumptions)
    assert "depcom" not in household.entities["menages"]["menage"]


def test_other_resources_of_an_aah_recipient_are_the_aah_not_added_to_it():
    """« mon AAH, 1033 € » told as the household's resources: counted once, as the AAH (it was counted as patrimony
    income on top of a simulated AAH, and the complémentaire santé solidaire looked out of reach)."""
    from knowledge.eligibility.household import build_household
    from knowledge.eligibility.situation import Situation

    situation = Situation(age=33, en_couple=False, enfants=[], logement="locataire", loyer=410, activite="sans_activite",
                          revenus_activite=0, autres_ressources=1033, handicap_taux=80, prestations_percues=["aah"])
    demandeur = build_household(situation, "2026-11").entities["individus"]["demandeur"]
    assert set(demandeur["revenus_locatifs"].values()) == {0} and set(demandeur["aah"].values()) == {1033}
    # without the AAH, other resources stay patrimony income
    sans = build_household(situation.model_copy(update={"prestations_percues": []}), "2026-11")
    assert set(sans.entities["individus"]["demandeur"]["revenus_locatifs"].values()) == {1033}
