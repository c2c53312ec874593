"""orient(): OpenFisca benefits react to the inputs that matter; the contract's output."""
import json

import pytest

from knowledge.eligibility import SituationError, orient
from knowledge.schemes import SCHEME_IDS

SEUL = dict(age=35, commune="69266", en_couple=False, enfants=[], activite="sans_activite",
            revenus_activite=0, logement="locataire", loyer=450, nationalite="francaise")


def judge(**changes):
    return orient({**SEUL, **changes})


def amount(result, sid):
    s = result.scheme(sid)
    return s.monthly_amount or s.annual_amount or 0


def test_every_scheme_judged_with_contract_fields():
    result = judge()
    data = json.loads(json.dumps(result.to_dict()))
    assert [s["id"] for s in data["schemes"]] == list(SCHEME_IDS)
    for s in data["schemes"]:
        assert s["eligibility"] in ("probable", "possible", "unlikely", "deja_percu")
        assert s["why"]
        for key in ("name", "monthly_amount", "how", "source", "contacts", "level", "aid_type", "form",
                    "documents", "legal_basis", "checked", "opens"):
            assert key in s
        assert s["legal_basis"] and s["legal_basis"][0]["url"].startswith("https://www.legifrance.gouv.fr/")
    assert {"situation", "schemes", "contacts", "emergency", "missing", "deja_percu"} <= set(data)
    assert data["situation"]["commune"] == "69266"
    assert {c["kind"] for c in data["contacts"]} >= {"ccas", "departement"}


def test_salary_of_3000_removes_means_tested_benefits():
    poor, rich = judge(), judge(activite="salarie", revenus_activite=3000)
    for sid in ("rsa", "aide_logement", "css"):
        assert poor.scheme(sid).proposed, sid
        assert not rich.scheme(sid).proposed, sid
    assert not rich.scheme("prime_activite").proposed
    assert judge(activite="salarie", revenus_activite=1000).scheme("prime_activite").proposed


def test_pension_reduces_aspa():
    none = judge(age=70, activite="retraite", retraite=0, logement="proprietaire")
    some = judge(age=70, activite="retraite", retraite=700, logement="proprietaire")
    assert 0 < amount(some, "aspa") < amount(none, "aspa")
    assert not judge(age=60, activite="retraite", retraite=700).scheme("aspa").proposed


def test_rent_and_housing_change_aide_logement():
    assert amount(judge(loyer=700), "aide_logement") > amount(judge(loyer=250), "aide_logement")
    assert not judge(logement="proprietaire").scheme("aide_logement").proposed
    assert not judge(logement="sans_domicile").scheme("aide_logement").proposed


def test_children_open_family_benefits():
    two = judge(enfants=[7, 12])
    assert two.scheme("allocations_familiales").proposed and two.scheme("ars").proposed
    assert two.scheme("asf").proposed
    assert not judge(enfants=[7]).scheme("allocations_familiales").proposed
    assert not judge(en_couple=True, enfants=[7, 12], activite="salarie",
                     revenus_activite=2500).scheme("asf").proposed
    assert judge(enfants=[1]).scheme("paje").proposed
    assert not judge(enfants=[5]).scheme("paje").proposed


def test_couple_changes_rsa_amount():
    assert amount(judge(en_couple=True), "rsa") > amount(judge(), "rsa")


def test_disability_rate_opens_aah():
    assert judge(handicap_taux=80).scheme("aah").eligibility == "probable"
    assert judge(handicap_taux=60).scheme("aah").eligibility == "possible"
    assert not judge(handicap_taux=30).scheme("aah").proposed
    # the AAH counts in the RSA's resources
    assert amount(judge(handicap_taux=80), "rsa") < amount(judge(), "rsa")


def test_residence_status():
    irregular = judge(nationalite="hors_ue_irregulier")
    assert not irregular.scheme("rsa").proposed and not irregular.scheme("css").proposed
    assert irregular.scheme("ame").proposed
    regular = judge(nationalite="hors_ue_regulier")
    assert regular.scheme("rsa").eligibility == "possible"
    assert "titre_sejour_annees" in regular.missing
    assert not judge(nationalite="hors_ue_regulier", titre_sejour_annees=2).scheme("rsa").proposed
    assert judge(nationalite="hors_ue_regulier", titre_sejour_annees=6).scheme("rsa").eligibility == "probable"


def test_cheque_energie_follows_income():
    assert judge(logement="proprietaire").scheme("cheque_energie").annual_amount
    assert not judge(logement="proprietaire", activite="salarie",
                     revenus_activite=4000).scheme("cheque_energie").proposed


def test_why_uses_the_facts():
    why = judge().scheme("rsa").why
    assert "35 ans" in why and "estimation" in why.lower()


def test_missing_and_unknown_resources():
    result = orient({"age": 40})
    assert "commune" in result.missing and "revenus_activite" in result.missing
    assert result.scheme("rsa").eligibility == "possible"


def test_a_salaried_persons_unknown_pay_is_not_zero():
    # Working, pay not given, child support 0: the household's resources are not known to be 0.
    result = judge(activite="salarie", revenus_activite=None, pension_alimentaire_recue=0, enfants=[2, 6])
    rsa, prime = result.scheme("rsa"), result.scheme("prime_activite")
    assert rsa.eligibility == "possible" and "revenus_activite" in result.missing
    assert "vos revenus" in rsa.why and "revenus_activite" not in rsa.why  # words, not field names
    assert prime.eligibility == "possible" and "ce que vous gagnez" in prime.why
    # the pay said: judged as before
    assert judge(activite="salarie", revenus_activite=0, pension_alimentaire_recue=0,
                 enfants=[2, 6]).scheme("rsa").eligibility == "probable"
    assert judge(activite="retraite", age=70, retraite=None,
                 autres_ressources=0).scheme("aspa").eligibility == "possible"


def test_ambiguous_and_unknown_commune():
    ambiguous = orient({"commune": "Saint-Denis"})
    assert len(ambiguous.commune_candidates) > 1 and "commune" in ambiguous.missing
    assert ambiguous.contacts == []
    unknown = orient({"commune": "Zzyzx-sur-Mer"})
    assert unknown.commune is None and "commune" in unknown.missing


def test_emergency_lines():
    assert [e["number"] for e in judge(logement="sans_domicile").emergency][0] == "115"
    numbers = {e["number"] for e in judge(enfants=[3], besoins=["violence"]).emergency}
    assert {"3919", "17", "119"} <= numbers
    assert judge().emergency == []


def test_invalid_situation_is_refused_in_french():
    with pytest.raises(SituationError) as err:
        orient({"age": 250})
    assert err.value.errors[0]["field"] == "age" and "compris entre" in err.value.errors[0]["message"]


def test_establishment_aid_and_housing_fund_need_their_situation():
    # the aid for an establishment's fees (ASH): a person in one, not an older person helped at home (the APA's)
    chez_soi = judge(age=80, activite="retraite", retraite=800, logement="proprietaire", perte_autonomie=True,
                     besoins=["autonomie"])
    assert not chez_soi.scheme("aide_sociale_hebergement").proposed
    en_ehpad = judge(age=80, activite="retraite", retraite=800, logement="etablissement", perte_autonomie=True,
                     besoins=["autonomie"])
    assert en_ehpad.scheme("aide_sociale_hebergement").proposed
    # the housing fund (FSL): not for a person without a home asking for a roof (the emergency shelter first)
    assert not judge(logement="sans_domicile", besoins=["logement"]).scheme("fsl").proposed
    assert judge(logement="heberge", besoins=["logement"]).scheme("fsl").proposed
