"""The typed conditions of the scheme records: three-valued evaluation, and every non-cash record's rule."""
import pytest

from knowledge.eligibility.facts import parameters_at
from knowledge.eligibility.rules import check, evaluate
from knowledge.eligibility.urgences import emergency_lines
from knowledge.schemes import load_catalogue
from knowledge.schemes.models import Test, Toutes, UneDe

PARAMS = parameters_at("2026-11")
BASE = {"age": None, "logement": None, "besoins": [], "ressources": None, "plafond_css_mensuel": 847.0,
        "plafond_aspa_mensuel": 1043.0, "nationalite": None, "handicap_taux": None, "perte_autonomie": None,
        "activite": None, "nb_enfants": None, "grossesse": None, "plus_jeune_enfant": None, "rqth": None,
        "handicap_signale": False, "travaille": None, "dette_loyer": None, "en_domicile": None,
        "prestations_percues": [], "titre_sejour_annees": None, "parent_isole": None, "outre_mer": None,
        "nb_enfants_6_18": None, "en_couple": None, "chomage": None, "epargne": None}


def facts(**kw):
    return {**BASE, **kw}


def test_conditions_three_valued():
    age = Test(fait="age", op=">=", valeur=60)
    assert check(age, facts(age=61), PARAMS).value is True
    assert check(age, facts(age=59), PARAMS).value is False
    unknown = check(age, facts(), PARAMS)
    assert unknown.value is None and unknown.missing == ["age"]
    assert check(Test(fait="age", op=">=", valeur=60, si_inconnu="non"), facts(), PARAMS).value is False
    assert check(Test(fait="logement", op="dans", valeur=["sans_domicile", "heberge"]),
                 facts(logement="heberge"), PARAMS).value is True
    assert check(Test(fait="besoins", op="contient", valeur=["argent", "energie"]),
                 facts(besoins=["energie"]), PARAMS).value is True
    assert check(Test(fait="ressources", op="<=", fait_valeur="plafond_css_mensuel"),
                 facts(ressources=900.0), PARAMS).value is False
    assert check(Test(fait="age", op="<=", parametre="cej.age_maximum"), facts(age=25), PARAMS).value is True
    assert check(Test(fait="handicap_taux", op="inconnu", valeur=True), facts(), PARAMS).value is True


def test_une_de_and_toutes():
    either = UneDe(une_de=[Test(fait="age", op=">=", valeur=25), Test(fait="nb_enfants", op=">", valeur=0)])
    assert check(either, facts(age=20, nb_enfants=1), PARAMS).value is True
    assert check(either, facts(age=20, nb_enfants=0), PARAMS).value is False
    assert check(either, facts(age=20), PARAMS).value is None
    both = Toutes(toutes=[Test(fait="age", op="<=", valeur=29), Test(fait="rqth", op="==", valeur=True)])
    assert check(both, facts(age=28, rqth=False), PARAMS).value is False


def test_unknown_stays_unknown_when_told():
    rqth = Test(fait="rqth", op="==", valeur=True, si_inconnu="non",
                reste_inconnu_si=Test(fait="handicap_signale", op="==", valeur=True))
    assert check(rqth, facts(), PARAMS).value is False
    assert check(rqth, facts(handicap_signale=True), PARAMS).value is None


def rule(sid):
    scheme = load_catalogue()[sid]
    return lambda **kw: evaluate(scheme.conditions, scheme.a_verifier, facts(**kw), PARAMS).eligibility


@pytest.mark.parametrize("sid, situation, expected", [
    ("ame", dict(nationalite="hors_ue_irregulier", ressources=0.0), "possible"),
    ("ame", dict(nationalite="francaise", ressources=0.0), "unlikely"),
    ("ame", dict(nationalite="hors_ue_irregulier", ressources=2000.0), "unlikely"),
    ("apa", dict(age=80, perte_autonomie=True), "possible"),           # GIR 1-4 assessed by the département
    ("apa", dict(age=80, besoins=["autonomie"]), "possible"),
    ("apa", dict(age=55, perte_autonomie=True), "unlikely"),
    ("apa", dict(age=80), "unlikely"),
    ("apa", dict(age=80, perte_autonomie=True, nationalite="hors_ue_irregulier"), "unlikely"),
    ("pch", dict(age=40, handicap_signale=True), "possible"),
    ("pch", dict(age=70, handicap_signale=True), "possible"),          # criteria met before 60: to check
    ("pch", dict(age=40, handicap_signale=False), "unlikely"),
    ("cej", dict(age=19, activite="demandeur_emploi"), "probable"),
    ("cej", dict(age=28, activite="sans_activite", rqth=True), "possible"),
    ("cej", dict(age=28, activite="sans_activite", handicap_signale=True), "possible"),
    ("cej", dict(age=28, activite="sans_activite"), "unlikely"),
    ("cej", dict(age=45, activite="sans_activite", rqth=True, handicap_signale=True), "unlikely"),
    ("cej", dict(age=20, activite="etudiant"), "unlikely"),
    ("cej", dict(age=22, activite="sans_activite", nationalite="hors_ue_irregulier"), "unlikely"),
    ("cej", dict(age=19), "possible"),
    ("fsl", dict(besoins=["impayes_loyer"]), "possible"),
    ("fsl", dict(dette_loyer=1200.0), "possible"),
    ("fsl", dict(besoins=[]), "unlikely"),
    ("domiciliation", dict(logement="sans_domicile"), "probable"),
    ("domiciliation", dict(logement="heberge"), "possible"),
    ("domiciliation", dict(logement="locataire"), "unlikely"),
    ("aide_alimentaire", dict(besoins=["alimentation"]), "probable"),
    ("aide_alimentaire", dict(logement="locataire"), "unlikely"),
    ("hebergement_urgence", dict(logement="sans_domicile"), "probable"),
    ("hebergement_urgence", dict(logement="locataire", besoins=["violence"]), "probable"),
    ("hebergement_urgence", dict(logement="locataire"), "unlikely"),
    ("surendettement", dict(besoins=["dettes"]), "possible"),
    ("surendettement", dict(), "unlikely"),
    ("aide_facultative", dict(ressources=300.0), "possible"),
    ("aide_facultative", dict(ressources=4000.0), "unlikely"),
    ("pmi", dict(grossesse=True), "probable"),
    ("pmi", dict(plus_jeune_enfant=4, nb_enfants=1), "probable"),
    ("pmi", dict(plus_jeune_enfant=7, nb_enfants=1), "unlikely"),
    ("aide_sociale_enfance", dict(nb_enfants=2, besoins=["alimentation"]), "possible"),
    ("aide_sociale_enfance", dict(nb_enfants=0, besoins=["alimentation"]), "unlikely"),
    ("aide_menagere", dict(age=78, perte_autonomie=True, ressources=900.0, en_domicile=True), "probable"),
    ("aide_menagere", dict(age=78, perte_autonomie=True, ressources=1500.0, en_domicile=True), "unlikely"),
    ("aide_menagere", dict(age=78, perte_autonomie=True, ressources=900.0, prestations_percues=["apa"]), "unlikely"),
    ("aide_menagere", dict(age=62, perte_autonomie=True, ressources=900.0), "possible"),
    ("aide_sociale_hebergement", dict(age=85, logement="etablissement"), "possible"),
    ("aide_sociale_hebergement", dict(age=85, logement="locataire"), "unlikely"),
    ("esat", dict(age=30, handicap_signale=True, activite="sans_activite"), "possible"),
    ("esat", dict(age=30, handicap_signale=False, activite="sans_activite"), "unlikely"),
    ("accompagnement_social", dict(besoins=["dettes"]), "probable"),
    ("accompagnement_social", dict(besoins=[]), "unlikely"),
    ("registre_vulnerables", dict(age=70, en_domicile=True), "probable"),
    ("registre_vulnerables", dict(age=40, handicap_signale=True, en_domicile=True), "probable"),
    ("registre_vulnerables", dict(age=70, en_domicile=False), "unlikely"),
    ("registre_vulnerables", dict(age=40), "unlikely"),
    ("catastrophe_naturelle", dict(besoins=["catastrophe"]), "probable"),
    ("catastrophe_naturelle", dict(), "unlikely"),
    # CSS L842-1: the prime d'activité is for people with earnings from work (judged before any amount)
    ("prime_activite", dict(age=30, revenus_activite=0.0, travaille=False), "unlikely"),
    ("prime_activite", dict(age=30, revenus_activite=900.0, travaille=True), "probable"),
    ("prime_activite", dict(age=30), "possible"),
    # CASF L266-1: food aid without a stated need, for people without a regular stay or with low resources
    ("aide_alimentaire", dict(nationalite="hors_ue_irregulier"), "probable"),
    ("aide_alimentaire", dict(ressources=500.0), "probable"),
    ("aide_alimentaire", dict(ressources=2000.0), "unlikely"),
    # Code de la consommation L711-3
    ("surendettement", dict(besoins=["dettes"], activite="independant"), "unlikely"),
    # Mayotte: no AME
    ("ame", dict(nationalite="hors_ue_irregulier", ressources=0.0, departement="976"), "unlikely"),
    # CASF L241-1: home help for disabled adults; L221-1: the ASE protects minors
    ("aide_menagere", dict(age=45, handicap_taux=85, handicap_signale=True, ressources=0.0, en_domicile=True), "possible"),
    ("aide_sociale_enfance", dict(mineur=True, besoins=["violence"]), "possible"),
    ("aide_sociale_enfance", dict(mineur=True, besoins=["numerique"]), "unlikely"),
    # high incomes rule out the FSL and local aid (social-housing ceiling)
    ("fsl", dict(besoins=["energie"], ressources=5000.0, plafond_logement_social_mensuel=3000.0), "unlikely"),
    ("fsl", dict(besoins=["energie"], ressources=1200.0, plafond_logement_social_mensuel=3000.0), "possible"),
    ("aide_sociale_hebergement", dict(age=85, logement="etablissement", ressources=4000.0, plafond_ash_mensuel=3025.0,
                                     outre_mer=False),
     "unlikely"),
])
def test_every_rule(sid, situation, expected):
    assert rule(sid)(**situation) == expected


def test_emergency_lines_are_contract_numbers():
    allowed = {"115", "119", "3919", "3114", "15", "17", "112", "114"}
    assert {line.numero for line in emergency_lines()} <= allowed
