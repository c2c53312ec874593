"""The declarative rules: the condition reader and every rule of the YAML files."""
import pytest

from knowledge.eligibility.rules import check, evaluate, load_rules

BASE = {"age": None, "logement": None, "besoins": [], "ressources": None, "plafond_css_mensuel": 847.0,
        "nationalite": None, "handicap_taux": None, "perte_autonomie": None, "activite": None,
        "nb_enfants": None}


def facts(**kw):
    return {**BASE, **kw}


def test_conditions_three_valued():
    assert check("age >= 60", facts(age=61)) == (True, [])
    assert check("age >= 60", facts(age=59)) == (False, [])
    assert check("age >= 60", facts()) == (None, ["age"])
    assert check("logement in [sans_domicile, heberge]", facts(logement="heberge"))[0] is True
    assert check("besoins contains [argent, energie]", facts(besoins=["energie"]))[0] is True
    assert check("ressources <= plafond_css_mensuel", facts(ressources=900.0))[0] is False
    # a word on the right of "contains" is a value even when a fact has that name
    assert check("besoins contains logement", facts(besoins=["logement"], logement="heberge"))[0] is True


def test_bad_conditions_are_refused():
    with pytest.raises(ValueError):
        check("age environ 60", facts())
    with pytest.raises(ValueError):
        check("pointure >= 40", facts())


def rule(sid):
    return load_rules("dispositifs")[sid]


@pytest.mark.parametrize("sid, situation, expected", [
    ("ame", dict(nationalite="hors_ue_irregulier", ressources=0.0), "possible"),
    ("ame", dict(nationalite="francaise", ressources=0.0), "unlikely"),
    ("ame", dict(nationalite="hors_ue_irregulier", ressources=2000.0), "unlikely"),
    ("apa", dict(age=80, perte_autonomie=True), "probable"),
    ("apa", dict(age=55, perte_autonomie=True), "unlikely"),
    ("apa", dict(age=80), "unlikely"),
    ("pch", dict(age=40, handicap_taux=80), "possible"),
    ("pch", dict(age=70, handicap_taux=80), "unlikely"),
    ("pch", dict(age=40, handicap_taux=0), "unlikely"),
    ("cej", dict(age=19, activite="demandeur_emploi"), "probable"),
    ("cej", dict(age=28, activite="sans_activite", handicap_taux=50), "probable"),
    ("cej", dict(age=28, activite="sans_activite"), "unlikely"),
    ("cej", dict(age=20, activite="etudiant"), "unlikely"),
    ("cej", dict(age=19), "possible"),
    ("fsl", dict(besoins=["impayes_loyer"]), "possible"),
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
])
def test_every_rule(sid, situation, expected):
    assert evaluate(rule(sid), facts(**situation)).eligibility == expected


def test_every_rule_cites_a_dated_source():
    for sid, r in load_rules("dispositifs").items():
        assert r["source"].startswith("https://") and r["texte"] and r["verifie"], sid


def test_emergency_lines_are_contract_numbers():
    allowed = {"115", "119", "3919", "3114", "15", "17", "112", "114"}
    assert {line["numero"] for line in load_rules("urgences")} <= allowed
