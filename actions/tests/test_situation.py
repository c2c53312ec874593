"""The adaptive questionnaire (actions.parcours) and the situation actions on real trackers.

The knowledge base is real (``knowledge build``); nothing of ``knowledge`` is mocked.
"""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import parcours, render_orientation, textes as textes_bot
from actions.extraction import INCONNU, RESSOURCES, normaliser
from actions.situation import (CORRECTION_ATTENDUE, ActionAskPrestationsPercues, ActionNoter, ActionRecapituler,
                               ActionRecommencer, ValidateSituationForm)


# -- the questionnaire, without Rasa ------------------------------------------------------

def test_every_need_asks_the_household_and_its_resources():
    for besoin in parcours.QUESTIONS_PAR_BESOIN:
        qs = parcours.questions({"besoins": [besoin]})
        assert {"commune", "age", "en_couple", "nb_enfants", "ressources", "prestations_percues"} <= set(qs)
    assert parcours.prochaine_question({"besoins": ["numerique"]}) == "commune"


def test_no_need_known_asks_it_first():
    assert parcours.prochaine_question({}) == "besoins"
    assert parcours.prochaine_question({"besoins": INCONNU}) == "commune"  # nothing named: the general questions


def test_known_facts_are_never_asked_again():
    slots = {"besoins": ["argent"], "commune": "69266", "age": 35, "en_couple": False, "nb_enfants": 0,
             "logement": "heberge", "activite": "sans_activite", "revenus_activite": 0.0, "ressources": 0.0,
             "prestations_percues": [], "epargne": 0.0, "nationalite": "francaise", "grossesse": False,
             "handicap_taux": 0}
    assert parcours.prochaine_question(slots) is None
    # no pay alone (« je ne travaille pas »), the household's total never answered: the other money is still asked
    assert parcours.prochaine_question({**slots, "ressources": None}) == "ressources"
    # savings are asked only where they may change a verdict
    assert "epargne" not in parcours.questions({**slots, "age": 40, "revenus_activite": 3500.0})


def test_questions_follow_the_answers():
    slots = {"besoins": ["logement"], "commune": "69266", "age": 35, "en_couple": False}
    assert parcours.prochaine_question(slots) == "nb_enfants"
    slots["nb_enfants"] = 2
    assert parcours.prochaine_question(slots) == "enfants"
    slots["enfants"] = [3, 7]
    assert parcours.prochaine_question(slots) == "grossesse"  # whatever the need (RSA, PAJE, PMI)
    slots["grossesse"] = False
    assert parcours.prochaine_question(slots) == "logement"
    slots["logement"] = "locataire"
    assert parcours.prochaine_question(slots) == "loyer"
    slots["loyer"] = INCONNU  # "je ne sais pas" is an answer: not asked again
    assert parcours.prochaine_question(slots) == "dette_loyer"  # a tenant: arrears, whatever the need
    slots["dette_loyer"] = 0.0
    assert parcours.prochaine_question(slots) == "activite"


@pytest.mark.parametrize("besoin", sorted(parcours.QUESTIONS_PAR_BESOIN))
def test_a_tenant_is_asked_about_arrears_whatever_the_need(besoin):
    # The FSL (fonds de solidarité logement) and the social worker's support hinge on arrears, and an
    # unknown debt counts as none: a tenant who did not name them is asked.
    assert "dette_loyer" in parcours.questions({"besoins": [besoin], "logement": "locataire"})
    assert "dette_loyer" not in parcours.questions({"besoins": [besoin], "logement": "heberge"})


# A tenant of Roubaix asked about rent arrears.
_LOCATAIRE_A_LA_QUESTION_DES_IMPAYES = {
    "besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 35, "en_couple": False, "nb_enfants": 0,
    "grossesse": False, "logement": "locataire", "loyer": 500.0, "requested_slot": "dette_loyer"}
_COMMUNE_ROUBAIX = [{"event": "slot", "name": "commune", "value": "59512"}]


@pytest.mark.parametrize("reponse, attendu", [("non", 0.0), ("non je suis a jour", 0.0), ("environ 800", 800.0),
                                              ("1 200 euros", 1200.0),
                                              ("pas encore mais le mois prochain je sais pas", 0.0)])
def test_the_arrears_question_takes_no_or_an_amount(reponse, attendu):
    known, events = dict(_LOCATAIRE_A_LA_QUESTION_DES_IMPAYES), _COMMUNE_ROUBAIX
    slots, _, _ = _run(ValidateSituationForm(), _tracker(reponse, "informer", known, events=events))
    assert slots["dette_loyer"] == attendu and slots["requested_slot"] == "activite"


def _ask(slot: str):
    import actions.situation as situation
    return getattr(situation, "ActionAsk" + "".join(p.capitalize() for p in slot.split("_")))()


def test_yes_to_an_amount_question_asks_only_the_amount():
    known, events = dict(_LOCATAIRE_A_LA_QUESTION_DES_IMPAYES), _COMMUNE_ROUBAIX
    slots, _, _ = _run(ValidateSituationForm(), _tracker("oui malheureusement", "affirm", known, events=events))
    assert slots["requested_slot"] == "dette_loyer" and slots.get("dette_loyer") is None
    known.update(slots)
    _, textes, _ = _run(_ask("dette_loyer"), _tracker("oui malheureusement", "affirm", known))
    assert textes == [textes_bot.MONTANT_APRES_OUI["dette_loyer"]]
    known["precision"] = None  # the question itself, asked the first time
    _, textes, _ = _run(_ask("dette_loyer"), _tracker("locataire", "informer", known))
    assert textes == [parcours.QUESTIONS["dette_loyer"][0]]
    known.update(precision="dette_loyer")
    slots, _, _ = _run(ValidateSituationForm(), _tracker("1500", "informer", known, events=events))
    assert slots["dette_loyer"] == 1500.0 and slots["requested_slot"] == "activite"


@pytest.mark.parametrize("activite, question", [("salarie", "revenus_activite"), ("apprenti", "revenus_activite"),
                                                ("independant", "revenus_activite"), ("retraite", "retraite"),
                                                ("demandeur_emploi", "chomage"), ("sans_activite", "ressources"),
                                                ("etudiant", "ressources")])
def test_the_resource_of_the_activity_is_asked_before_the_household_total(activite, question):
    slots = {"besoins": ["argent"], "commune": "59512", "age": 35, "en_couple": False, "nb_enfants": 0,
             "grossesse": False, "logement": "heberge", "activite": activite}
    assert parcours.prochaine_question(slots) == question


def test_the_pay_not_given_is_asked_as_the_household_total():
    known = {"besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 35, "en_couple": False,
             "nb_enfants": 0, "grossesse": False, "logement": "heberge", "activite": "salarie",
             "requested_slot": "revenus_activite"}
    events = [{"event": "slot", "name": "commune", "value": "59512"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je ne sais pas", "ne_sait_pas", known, events=events))
    assert slots["revenus_activite"] == INCONNU and slots["requested_slot"] == "ressources"
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("1200 de salaire", "informer", known, events=events))
    assert slots["revenus_activite"] == 1200.0 and slots["ressources"] == 1200.0


def test_a_jobseeker_in_a_couple_is_asked_the_benefit_then_the_household_total():
    slots = {"besoins": ["argent"], "commune": "59512", "age": 35, "en_couple": True, "nb_enfants": 0,
             "grossesse": False, "logement": "heberge", "activite": "demandeur_emploi"}
    assert parcours.prochaine_question(slots) == "chomage"
    assert parcours.prochaine_question({**slots, "chomage": 700.0}) == "ressources"
    # « à nous deux environ 2 100 € » then: the benefit stays, the rest is the partner's (other money, to correct)
    known = {**slots, "chomage": 700.0, "commune_nom": "Roubaix", "requested_slot": "ressources"}
    changes, _, _ = _run(ValidateSituationForm(), _tracker("à nous deux environ 2 100 € par mois", "informer", known,
                                                           events=[{"event": "slot", "name": "commune", "value": "59512"}]))
    assert changes["chomage"] == 700.0 and changes["autres_ressources"] == 1400.0


def test_the_household_total_is_asked_after_a_pay_or_pension_too_small_to_live_on():
    slots = {"besoins": ["argent"], "commune": "42218", "age": 67, "en_couple": False, "nb_enfants": 0,
             "logement": "heberge", "activite": "retraite", "perte_autonomie": False}
    assert parcours.prochaine_question({**slots, "retraite": 180.0}) == "ressources"
    assert parcours.prochaine_question({**slots, "retraite": 180.0, "ressources": 280.0}) != "ressources"
    assert parcours.prochaine_question({**slots, "retraite": 900.0}) != "ressources"
    # said unasked in the first message, the pension does not stand for the total either
    slots_lus, _, _ = _run(ValidateSituationForm(), _tracker("j'ai une toute petite retraite de 180 €", "informer", {
        **slots, "commune_nom": "Saint-Étienne", "requested_slot": "besoins"}, events=[
        {"event": "slot", "name": "commune", "value": "42218"}]))
    assert slots_lus.get("retraite") == 180.0 and "ressources" not in slots_lus


def test_the_household_total_is_asked_only_when_the_pay_is_not_given():
    slots = {"besoins": ["argent"], "commune": "59512", "age": 35, "en_couple": False, "nb_enfants": 0,
             "grossesse": False, "logement": "heberge", "activite": "salarie"}
    assert parcours.prochaine_question({**slots, "revenus_activite": 1300.0}) == "prestations_percues"
    # « je ne sais pas » to the pay: the household's total, another way to say it
    assert parcours.prochaine_question({**slots, "revenus_activite": INCONNU}) == "ressources"
    assert parcours.prochaine_question({**slots, "revenus_activite": INCONNU, "ressources": INCONNU}) == \
        "prestations_percues"


@pytest.mark.parametrize("requested, text, expected", [
    ("revenus_activite", "1330 net", {"revenus_activite": 1330.0, "ressources": 1330.0}),
    ("revenus_activite", "environ 700 avec mon job au mcdo", {"revenus_activite": 700.0, "ressources": 700.0}),
    ("retraite", "ma retraite 780 et c est tout", {"retraite": 780.0, "ressources": 780.0}),
    # (no unemployment benefit says nothing of the household's other money: the total is asked, below)
    ("chomage", "non", {"chomage": 0.0, "ressources": None}),
    ("chomage", "j ai pas fait les demarches", {"chomage": 0.0, "ressources": None}),
    ("chomage", "oui 950 par mois", {"chomage": 950.0, "ressources": 950.0}),
])
def test_the_answer_to_the_resource_of_the_activity_gives_the_total(requested, text, expected):
    activite = {"revenus_activite": "salarie", "retraite": "retraite", "chomage": "demandeur_emploi"}[requested]
    known = {"besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 35, "en_couple": False,
             "nb_enfants": 0, "grossesse": False, "logement": "heberge", "activite": activite,
             "requested_slot": requested}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(text, "informer", known, events=[
        {"event": "slot", "name": "commune", "value": "59512"}]))
    assert {k: slots.get(k) for k in expected} == expected
    # on to the benefits received (or the savings, when the answer named one): the total is not asked, unless the
    # activity brings nothing
    assert slots["requested_slot"] in (("ressources",) if expected.get("ressources") is None else
                                       ("prestations_percues", "epargne"))


def test_handicap_need_asks_the_rate_and_the_recognition_as_a_disabled_worker():
    qs = parcours.questions({"besoins": ["handicap"], "logement": "locataire", "age": 40})
    assert "handicap_taux" in qs and "rqth" in qs and "loyer" in qs
    assert "rqth" not in parcours.questions({"besoins": ["handicap"], "age": 70})


def test_situation_uses_the_contract_names_and_leaves_unknowns_out():
    slots = {"besoins": ["argent"], "commune": "69266", "age": 35, "en_couple": INCONNU, "nb_enfants": 2,
             "enfants": [3, 7], "logement": "locataire", "loyer": 500.0, "activite": "salarie",
             "ressources": 900.0, "revenus_activite": 900.0}
    assert parcours.situation({**slots, "ressources": None, "revenus_activite": INCONNU}) == {
        "commune": "69266", "age": 35, "enfants": [3, 7], "logement": "locataire", "loyer": 500.0,
        "activite": "salarie", "besoins": ["argent"]}
    assert parcours.incertains(slots) == ["en_couple"]


def test_resources_the_recap_does_not_name_are_none_once_the_resources_are_known():
    slots = {"besoins": ["argent"], "activite": "salarie", "ressources": 900.0, "revenus_activite": 900.0}
    assert parcours.situation(slots) == {
        "activite": "salarie", "revenus_activite": 900.0, "chomage": 0.0, "retraite": 0.0, "autres_ressources": 0.0,
        "pension_alimentaire_recue": 0.0, "besoins": ["argent"]}
    # a jobseeker without unemployment benefit: no pay either (the recap says « Pas de revenus »)
    assert parcours.situation({"activite": "demandeur_emploi", "chomage": 0.0, "ressources": 0.0})["revenus_activite"] == 0
    # not known: nothing is said of them
    assert "retraite" not in parcours.situation({"activite": "salarie", "chomage": 0.0})  # the pay is unknown
    assert "chomage" not in parcours.situation({"activite": "sans_activite", "ressources": INCONNU})


def test_recap_says_what_was_understood():
    lignes = parcours.recapitulatif({"age": 35, "en_couple": True, "nb_enfants": 2, "enfants": [0, 4],
                                     "loyer": 500, "logement": "locataire", "nationalite": INCONNU},
                                    "Villeurbanne (69)")
    texte = "\n".join(lignes)
    assert "35 ans" in texte and "en couple" in texte and "moins d'un an, 4 ans" in texte
    assert "500 €" in texte and "Non précisé" in texte


# -- rendering -------------------------------------------------------------------------------

def test_orientation_messages_put_the_needs_first_and_label_estimates():
    from knowledge.eligibility.amounts import amount_text

    orientation = {
        "schemes": [
            {"id": "rsa", "name": "RSA", "eligibility": "probable", "monthly_amount": 573.49,
             "amount_text": amount_text(573.49), "why": "w",
             "how": "h", "source": "https://x", "contacts": ["caf"], "level": "departement", "aid_type": "legale"},
            {"id": "fsl", "name": "FSL", "eligibility": "possible", "monthly_amount": None, "why": "w",
             "how": "h", "source": "https://y", "contacts": ["departement"], "level": "departement",
             "aid_type": "extralegale"},
            {"id": "aah", "name": "AAH", "eligibility": "unlikely", "monthly_amount": None, "why": "w",
             "how": "h", "source": "https://z", "contacts": [], "level": "etat", "aid_type": "legale"},
        ],
        "contacts": [{"kind": "ccas", "name": "CCAS de Villeurbanne", "address": "1 rue", "phone": None}],
        "emergency": [], "missing": ["loyer"]}
    messages = render_orientation.messages_orientation(orientation, ["impayes_loyer"], ["age"])
    joined = "\n".join(messages)
    assert messages[0].startswith("D'après ce que vous m'avez dit : 1 aide à demander, 1 à vérifier.")
    assert "CCAS de Villeurbanne" in messages[0]  # where to go, in the first short message
    assert joined.index("RSA") < joined.index("FSL")  # what to ask for now, then what to check
    assert "AAH" not in joined
    assert "environ 573 € par mois" in joined and "estimations" in joined  # the engine's amount, one caveat
    assert "CCAS de Villeurbanne" in joined
    assert "votre âge" in joined and "votre loyer" in joined
    assert all(len(m) <= render_orientation.MAX_MESSAGE for m in messages)


# -- actions on trackers -------------------------------------------------------------------------

SLOTS = ("commune", "commune_nom", "commune_choix", "age", "en_couple", "nb_enfants", "enfants", "grossesse",
         "activite", "ressources", "revenus_activite", "chomage", "retraite", "autres_ressources",
         "pension_alimentaire_recue", "logement", "loyer", "handicap_taux", "perte_autonomie", "nationalite",
         "besoins", "dispositif", "correction", "requested_slot", "prestations_percues", "epargne", "dette_loyer",
         "titre_sejour_annees", "rqth", "pour_un_proche", "precision", "reprendre_formulaire")


pytestmark = pytest.mark.usefixtures("knowledge_base")


def _tracker(text: str, intent: str, slots: dict[str, Any] | None = None,
             entities: list[dict] | None = None, events: list[dict] | None = None) -> Tracker:
    values = {name: None for name in SLOTS}
    values.update(slots or {})
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or []}
    return Tracker("test", values, message, [*(events or []), {"event": "user", "text": text,
                                                               "parse_data": message}],
                   False, None, {"name": "situation_form"}, "action_listen")


def _run(action, tracker: Tracker) -> tuple[dict[str, Any], list[str], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return slots, [m.get("text") or "" for m in dispatcher.messages], dispatcher.messages


def test_one_message_fills_several_slots_and_a_need():
    slots, _, _ = _run(ActionNoter(), _tracker(
        "j'ai 2 enfants de 3 et 7 ans, je suis seule et je n'arrive plus a payer mon loyer de 600 euros",
        "besoin_impayes_loyer"))
    assert slots["besoins"] == ["impayes_loyer"]
    assert slots["nb_enfants"] == 2 and slots["enfants"] == [3, 7]
    assert slots["en_couple"] is False and slots["loyer"] == 600.0 and slots["logement"] == "locataire"


def test_a_farming_household_is_read_from_the_conversation_and_said_back():
    from actions.situation import regime_agricole_dit, slots_et_faits_dits, texte_recapitulatif
    known = {"besoins": ["argent"], "activite": "independant"}
    said = [{"event": "user", "text": "bonjour, on est éleveurs de brebis dans la Creuse"},
            {"event": "bot", "text": "Quel âge avez-vous ?"}]
    tracker = _tracker("45 ans", "informer", known, events=said)
    assert regime_agricole_dit(tracker) is True
    situation = slots_et_faits_dits(tracker)
    assert parcours.situation(situation)["regime_agricole"] is True
    assert "Mutualité sociale agricole (MSA)" in texte_recapitulatif(situation)
    # corrected later: the latest statement wins, no longer said back
    corrected = _tracker("non je ne suis pas agriculteur, je suis salarié", "corriger", known,
                         events=[*said, {"event": "user", "text": "45 ans"}])
    assert regime_agricole_dit(corrected) is False
    assert "MSA" not in texte_recapitulatif(slots_et_faits_dits(corrected))
    # a restart forgets it
    restarted = _tracker("45 ans", "informer", known, events=[*said, {"event": "restart"}])
    assert regime_agricole_dit(restarted) is None
    # never written to a slot (the model's domain has none)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("exploitants agricoles tous les deux", "informer",
                                                         {**known, "requested_slot": "activite", "activite": None}))
    assert "regime_agricole" not in slots and slots["activite"] == "independant"



def test_the_needs_question_asked_again_forgets_nothing_but_a_restart_or_an_erasure_does():
    """The form emptying the needs to ask them again is no restart: a care leaver's first message still says
    she was placed. « recommencer » (its action empties the needs) and an erasure (every slot reset) forget it."""
    from actions.situation import faits_sans_slot_des_evenements, messages_depuis_la_remise_a_zero
    said = [{"event": "user", "text": "j'ai 19 ans je sors de l'ASE, j'étais placée en famille d'accueil"},
            {"event": "action", "name": "situation_form"},
            {"event": "slot", "name": "besoins", "value": None},
            {"event": "bot", "text": "C'est noté. Pour quoi cherchez-vous de l'aide ?"},
            {"event": "user", "text": "un logement a moi"}]
    assert faits_sans_slot_des_evenements(said) == {"confie_ase": True}
    assert len(messages_depuis_la_remise_a_zero(said)) == 2
    restart = [{"event": "user", "text": "recommencer"}, {"event": "action", "name": "action_recommencer"},
               {"event": "slot", "name": "besoins", "value": None}, {"event": "slot", "name": "age", "value": None}]
    assert messages_depuis_la_remise_a_zero([*said, *restart, {"event": "user", "text": "45 ans"}]) == ["45 ans"]
    erasure = [{"event": "user", "text": "effacez mes données"}, {"event": "action", "name": "action_effacer_donnees"},
               {"event": "reset_slots"}]
    assert faits_sans_slot_des_evenements([*said, *erasure]) == {}

def test_validation_asks_next_missing_question_only():
    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "requested_slot": "age"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("j'ai 40 ans et je vis en couple", "informer", known,
                                                         events=events))
    assert slots["age"] == 40 and slots["en_couple"] is True
    assert slots["requested_slot"] == "nb_enfants"
    assert slots.get("commune", "69266") == "69266"


def test_correction_of_the_number_of_children_asks_their_ages_again():
    known = {"besoins": ["famille"], "nb_enfants": 2, "enfants": [3, 7], "requested_slot": "logement"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("non, j'ai 3 enfants", "corriger", known))
    assert slots["nb_enfants"] == 3 and slots["enfants"] is None


def test_dont_know_is_accepted_and_not_asked_again():
    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 30,
             "requested_slot": "en_couple"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je préfère ne pas répondre", "ne_sait_pas", known,
                                                         events=events))
    assert slots["en_couple"] == INCONNU
    assert slots["requested_slot"] == "nb_enfants"


def test_a_worry_with_i_do_not_know_is_no_answer_of_not_knowing():
    """« J'ai une assurance mais je sais pas quoi faire » typed while the list of communes was shown: taken for « je ne
    sais pas », the commune was set unknown and never asked again (the recap said « Non précisé : votre commune »)."""
    from actions.situation import _SANS_REPONSE
    for texte in ("j'ai une assurance mais je sais pas quoi faire", "je ne sais pas si j'y ai droit",
                  "jsais pas comment on fait"):
        assert not _SANS_REPONSE.search(normaliser(texte))
    for texte in ("je sais pas", "jsp", "je sais pas trop", "aucune idée", "je ne sais pas si je suis enceinte"):
        assert _SANS_REPONSE.search(normaliser(texte))


def test_a_question_read_but_never_filled_is_not_asked_a_fourth_time():
    """« marocaine » to « avez-vous un titre de séjour ? », again and again (the person's writing for parents who have
    one, the simulator repeating the nationality): the permit question came back 20 times, no recap."""
    from actions.textes import NATIONALITE_TITRE
    known = {"besoins": ["argent"], "commune": "42218", "commune_nom": "Saint-Étienne", "age": 70, "en_couple": True,
             "requested_slot": "nationalite", "precision": "nationalite"}
    events = [{"event": "slot", "name": "commune", "value": "42218"}]
    question = textes_bot.POUR_UN_PROCHE + NATIONALITE_TITRE  # (asked for a relative: the words before it)
    for _ in range(2):
        events += [{"event": "slot", "name": "requested_slot", "value": "nationalite"},
                   {"event": "bot", "text": question},
                   {"event": "user", "text": "marocaine"},
                   {"event": "slot", "name": "precision", "value": "nationalite"}]
    events += [{"event": "slot", "name": "requested_slot", "value": "nationalite"},
               {"event": "bot", "text": question}]
    known["pour_un_proche"] = True
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("marocaine", "autre_langue", known, events=events))
    assert slots.get("requested_slot") != "nationalite", (slots, texts)
    # (the permit question answered « marocaine » once is not the nationality question answered: no « precision » again)
    une_fois = events[:1] + [{"event": "slot", "name": "requested_slot", "value": "nationalite"},
                             {"event": "bot", "text": question}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("marocaine", "autre_langue", known, events=une_fois))
    assert slots.get("precision") != "nationalite", slots


def test_out_of_range_answer_is_asked_again_with_an_explanation():
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("250", "informer", {"besoins": ["argent"],
                                                                               "requested_slot": "age"}))
    assert slots["age"] is None and slots["requested_slot"] in ("commune", "age")
    assert any("entre 14 et 120" in t for t in texts)


def test_ambiguous_commune_keeps_the_candidates_for_buttons():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("saint denis", "informer", {
        "besoins": ["argent"], "requested_slot": "commune"}))
    assert slots["commune"] is None and len(slots["commune_choix"]) >= 2
    assert slots["requested_slot"] == "commune"


def test_form_activation_checks_the_commune_the_form_set_from_the_entity():
    # "je n'arrive plus a payer l'electricite, j'habite a saint denis": the form fills the commune
    # slot with the raw entity on activation; it must not pass for a known commune.
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "je n'arrive plus a payer l'electricite, j'habite a saint denis", "besoin_energie",
        {"besoins": ["energie"], "commune": "saint denis"},
        entities=[{"entity": "commune", "value": "saint denis"}]))
    assert slots["commune"] is None and {"93066", "97411"} <= set(slots["commune_choix"])
    assert slots["requested_slot"] == "commune"  # the commune typed first, then the need said back
    known = {"besoins": ["energie"], "commune_choix": ["93066", "97411"], "requested_slot": "commune"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("93200", "donner_commune", known, events=[
        {"event": "user", "text": "je n'arrive plus a payer l'electricite, j'habite a saint denis"},
        {"event": "slot", "name": "requested_slot", "value": "commune"}]))
    assert slots["commune"] == "93066" and slots["requested_slot"] == "besoins"


def test_a_first_answer_to_the_needs_is_said_back_after_the_commune_s_list():
    # the needs answered first (« on m'a dit que je pouvais avoir la prime d'activité »), then the list of the communes
    # named « Saint-Denis »: once the commune is chosen, the needs are said back (« autre chose aussi ? ») — they were not
    known = {"besoins": ["argent"], "commune_choix": ["93066", "97411"], "requested_slot": "commune"}
    avant = [{"event": "user", "text": "je suis apprenti à saint denis, 23 ans"},
             {"event": "slot", "name": "requested_slot", "value": "besoins"},
             {"event": "bot", "text": "Pour quoi cherchez-vous de l'aide ?"},
             {"event": "user", "text": "on m'a dit que je pouvais avoir la prime d'activité"},
             {"event": "slot", "name": "besoins", "value": ["argent"]},
             {"event": "slot", "name": "requested_slot", "value": "commune"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("93200", "donner_commune", known, events=avant))
    assert slots["commune"] == "93066" and slots["requested_slot"] == "besoins"
    # said back already (the needs of the opening message): the form goes on
    dit = [*avant[:3], {"event": "bot", "text": "Si j'ai bien compris, vous cherchez de l'aide pour l'argent pour vivre."},
           *avant[3:]]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("93200", "donner_commune", known, events=dit))
    assert slots["requested_slot"] != "besoins"


def test_numbered_answer_picks_a_commune_of_the_list():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("2", "informer", {
        "besoins": ["argent"], "requested_slot": "commune", "commune_choix": ["93066", "97411"]}))
    assert slots["commune"] == "97411"


@pytest.mark.parametrize("text,intent,slot,value", [
    ("sans logement", "besoin_logement", "logement", "sans_domicile"),  # the NLU reads a need
    ("Sans activité", "nlu_fallback", "activite", "sans_activite"),
    ("heberge par des proches", "informer", "logement", "heberge"),
    ("Foyer, hôtel, centre", "informer", "logement", "hebergement_structure"),
])
def test_a_button_title_typed_out_is_the_button(text, intent, slot, value):
    slots, _, _ = _run(ValidateSituationForm(), _tracker(text, intent, {
        "besoins": ["logement"], "commune": "69266", "requested_slot": slot}))
    assert slots[slot] == value
    assert slots["requested_slot"] != slot


def test_other_intents_are_left_to_the_rules():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("tu es un robot ?", "bot_challenge", {
        "besoins": ["argent"], "requested_slot": "age"}))
    # Nothing read; when the form resumes it asks the same question (not the domain's first empty slot).
    assert slots == {"requested_slot": "age"}


def _after_urgence(text: str, urgence: dict, slots: dict[str, Any]) -> Tracker:
    """The form resumed after action_urgence answered the latest message, in the same turn."""
    values = {name: None for name in SLOTS}
    values.update(slots)
    message = {"text": text, "intent": {"name": "urgence_enfant", "confidence": 0.6}, "entities": [],
               "urgence": urgence}
    events = [{"event": "user", "text": text, "parse_data": message},
              {"event": "action", "name": "action_urgence"}]
    return Tracker("test", values, message, events, False, None, {"name": "situation_form"}, "action_urgence")


KNOWN = {"besoins": ["logement"], "commune": "35238", "commune_nom": "Rennes", "age": 20, "en_couple": False,
         "nb_enfants": 0, "enfants": [], "logement": "locataire", "loyer": 420.0, "requested_slot": "ressources"}


def test_an_uncertain_danger_already_answered_is_read_as_the_answer_to_the_question():
    # Only the classifier saw a danger (a student's resources: "mes parents m'aident"): the 119 has been
    # given by action_urgence; the form reads the message as the answer instead of asking forever.
    diet_seul = {"types": ["enfant"], "lignes": ["119"], "signaux": ["enfant:diet:urgence_enfant"]}
    slots, _, _ = _run(ValidateSituationForm(), _after_urgence(
        "je touche 300 de bourse et je fais un petit job a 400 euros", diet_seul, KNOWN))
    assert slots.get("ressources") == 700.0
    assert slots["requested_slot"] not in (None, "ressources")


def test_a_danger_the_rules_saw_is_not_read_as_an_answer():
    regle = {"types": ["enfant"], "lignes": ["119"], "signaux": ["enfant:lexique:frappe"]}
    slots, _, _ = _run(ValidateSituationForm(), _after_urgence("mon pere me frappe, j'ai 400 euros", regle, KNOWN))
    assert slots == {"requested_slot": "ressources"}
    enfant = {"types": ["enfant"], "lignes": ["119"], "signaux": ["enfant:diet:urgence_enfant"], "mineur": True}
    slots, _, _ = _run(ValidateSituationForm(), _after_urgence("j'ai 12 ans et 400 euros", enfant, KNOWN))
    assert slots == {"requested_slot": "ressources"}


def test_recap_and_restart():
    _, texts, messages = _run(ActionRecapituler(), _tracker("", "informer", {
        "commune": "69266", "age": 35, "besoins": ["argent"]}))
    assert "Villeurbanne" in texts[0] and "35 ans" in texts[0]
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/deny"]
    slots, _, _ = _run(ActionRecommencer(), _tracker("recommencer", "recommencer", {"age": 35}))
    assert slots["age"] is None and slots["commune"] is None


def test_no_to_the_recap_asks_what_to_correct_then_takes_the_correction():
    known = {"besoins": ["emploi"], "commune": "59512", "commune_nom": "Roubaix", "age": 23,
             "activite": "demandeur_emploi", "revenus_activite": 0.0, "chomage": 0.0, "ressources": 0.0, "en_couple": False,
             "nb_enfants": 0, "logement": "heberge", "prestations_percues": [], "epargne": 0.0, "nationalite": "francaise",
             "grossesse": False, "handicap_taux": 0}
    events = [{"event": "slot", "name": "commune", "value": "59512"}]
    slots, _, _ = _run(ActionNoter(), _tracker("non", "deny", known, events=events))
    assert slots == {"correction": CORRECTION_ATTENDUE}
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("non", "deny", known, events=events))
    assert slots["requested_slot"] == "correction"
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("en fait j'ai 24 ans", "corriger", known, events=events))
    assert slots["age"] == 24 and slots["correction"] is None and slots["requested_slot"] is None


def test_no_with_the_fact_corrects_at_once():
    known = {"besoins": ["argent"], "nb_enfants": 2, "enfants": [3, 7]}
    slots, _, _ = _run(ActionNoter(), _tracker("non j'ai 3 enfants", "deny", known))
    assert slots == {"nb_enfants": 3, "enfants": None}


def test_facts_given_instead_of_the_commune_are_kept_and_the_commune_asked_again():
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("j'ai 35 ans", "informer", {
        "besoins": ["argent"], "requested_slot": "commune"}))
    assert slots["age"] == 35 and slots["requested_slot"] == "commune"
    assert not any("Je ne trouve pas" in t for t in texts)


def test_scheme_question_answered_from_the_catalogue():
    from actions.dispositifs import ActionExpliquerDispositif

    slots, texts, _ = _run(ActionExpliquerDispositif(), _tracker("c'est quoi l'aah ?", "question_dispositif",
                                                                 {"dispositif": "aah"}))
    assert texts[0].startswith("Allocation aux adultes handicapés")
    assert "https://" in texts[0] and "vérifiée le" in texts[0]
    assert slots == {"dispositif": None}
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker("c koi la prime d activite", "question_dispositif"))
    assert texts[0].startswith("Prime d'activité")
    # a scheme the slot holds from an earlier message is not the one asked about; named by this message's entity, it is
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker("elle est versée direct au bailleur, ça compte quand même ?",
                                                             "question_dispositif", {"dispositif": "allocations_familiales"}))
    assert not texts[0].startswith("Allocations familiales")
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker(
        "et les allocs c'est quoi ?", "question_dispositif", {"dispositif": "allocations_familiales"},
        entities=[{"entity": "dispositif", "value": "allocations_familiales", "start": 7, "end": 13}]))
    assert texts[0].startswith("Allocations familiales")


def test_a_scheme_asked_about_in_the_middle_of_the_questions_adds_its_need():
    """« au fait les APL c'est pas automatique ? » while the rent was asked: the housing need joins the family's."""
    from actions.dispositifs import ActionExpliquerDispositif

    slots, texts, _ = _run(ActionExpliquerDispositif(), _tracker("au fait les apl c pas automatique ?", "question_dispositif",
                                                                 {"dispositif": "aide_logement", "besoins": ["famille"],
                                                                  "requested_slot": "loyer"}))
    assert texts[0].startswith("Aides personnelles au logement") and slots["besoins"] == ["famille", "logement"]
    # (the need already there: nothing more)
    slots, _, _ = _run(ActionExpliquerDispositif(), _tracker("c'est quoi l'apl ?", "question_dispositif",
                                                             {"dispositif": "aide_logement", "besoins": ["logement"]}))
    assert "besoins" not in slots


def test_a_question_about_eviction_in_the_middle_of_the_questions_points_to_the_adil():
    from actions.dispositifs import repondre_en_passant

    dispatcher = CollectingDispatcher()
    repondre_en_passant(dispatcher, _tracker("l'agence peut nous expulser avant l'été ?", "question_dispositif"),
                        "l'agence peut nous expulser avant l'été ?", [])
    texte = dispatcher.messages[0]["text"]
    assert "ADIL" in texte and "anil.org" in texte and "Je ne sais pas répondre" not in texte
    # read as a question about a scheme (the rule's action): the ADIL too, not « je ne connais pas cette aide »
    from actions.dispositifs import ActionExpliquerDispositif
    question = "est-ce qu'ils peuvent m'expulser cet hiver ?"
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker(question, "question_dispositif", {"requested_slot": "dette_loyer"}))
    assert "ADIL" in texts[0] and texts[0].endswith("Je reprends :")
    _, texts, _ = _run(ActionExpliquerDispositif(), _hors_formulaire(question))
    assert "ADIL" in texts[0] and "Je reprends" not in texts[0]
    # a frequent question that names no scheme, the child support being asked
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker("la caf peut récupérer l'argent auprès de lui ?", "question_dispositif",
                                                             {"requested_slot": "pension_alimentaire_recue"}))
    assert "allocation de soutien familial" in texts[0]


def _hors_formulaire(text: str, slots: dict[str, Any] | None = None, events: list[dict] | None = None) -> Tracker:
    values = {**{name: None for name in SLOTS}, **(slots or {})}
    message = {"text": text, "intent": {"name": "question_dispositif", "confidence": 0.5}, "entities": []}
    return Tracker("test", values, message, [*(events or []), {"event": "user", "text": text, "parse_data": message}],
                   False, None, {}, "action_listen")


def test_asking_ones_entitlement_to_a_scheme_starts_the_questions_with_its_need():
    from actions.dispositifs import ActionExpliquerDispositif

    events = asyncio.run(ActionExpliquerDispositif().run(
        dispatcher := CollectingDispatcher(),
        _hors_formulaire("manger correctement, et savoir si j'ai droit à l'APL (je l'ai jamais demandée)",
                         {"dispositif": "aide_logement", "besoins": ["alimentation"]}), {}))
    texts = [m.get("text") or "" for m in dispatcher.messages]
    assert texts[0].startswith("Aides personnelles au logement") and texts[1] == textes_bot.VERIFIER_LE_DROIT
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["besoins"] == ["alimentation", "logement"]
    assert any(e.get("event") == "followup" and e.get("name") == "situation_form" for e in events)
    # what the scheme is, or the same question once the situation was asked: the explanation only
    for tracker in (_hors_formulaire("c'est quoi l'APL ?", {"dispositif": "aide_logement"}),
                    _hors_formulaire("et j'ai droit à l'APL ?", {"dispositif": "aide_logement"},
                                     events=[{"event": "action", "name": "action_orienter"}]),
                    _tracker("j'ai droit à l'APL ?", "question_dispositif", {"dispositif": "aide_logement"})):
        events = asyncio.run(ActionExpliquerDispositif().run(CollectingDispatcher(), tracker, {}))
        assert not any(e.get("event") == "followup" for e in events)


def test_orientation_texts_and_payload_from_the_real_engine():
    from actions.orientation import ActionOrienter

    slots = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 35,
             "en_couple": False, "nb_enfants": 0, "enfants": [], "logement": "locataire", "loyer": 500.0,
             "activite": "sans_activite", "revenus_activite": 0.0, "ressources": 0.0, "nationalite": INCONNU}
    _, texts, messages = _run(ActionOrienter(), _tracker("oui", "affirm", slots))
    payloads = [m["custom"] for m in messages if m.get("custom")]
    assert len(payloads) == 1 and payloads[0]["kind"] == "orientation"
    orientation = payloads[0]["orientation"]
    assert orientation["situation"]["commune"] == "69266" and orientation["situation"]["age"] == 35
    assert "nationalite" not in orientation["situation"]
    assert "rsa" in {s["id"] for s in orientation["schemes"] if s["eligibility"] in ("probable", "possible")}
    joined = "\n".join(texts)
    assert "Revenu de solidarité active" in joined and "estimation" in joined
    assert "nationalité" in joined  # said uncertain


def test_i_prefer_not_to_say_is_not_a_no():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je prefere pas", "deny", {
        "besoins": ["argent"], "commune": INCONNU, "age": 30, "requested_slot": "en_couple"}))
    assert slots["en_couple"] == INCONNU


# -- understanding what people type: corrections, buttons, erasure, benefits received ---------------------

def _events(action, tracker: Tracker) -> tuple[list[dict], list[str], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return events, [m.get("text") or "" for m in dispatcher.messages], dispatcher.messages


def test_a_button_answers_only_its_own_question_and_never_moves_the_commune():
    # The commune slot holds a raw five digits (a postal code read this turn); the button must not make
    # it the INSEE code of another commune.
    known = {"besoins": ["argent"], "commune": "69100", "commune_nom": "Villeurbanne", "requested_slot": "logement"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        '/informer{"logement":"locataire"}', "informer", known,
        entities=[{"entity": "logement", "value": "locataire"}], events=events))
    assert slots["logement"] == "locataire"
    assert slots.get("commune", "69266") == "69266"
    assert not {"age", "loyer", "revenus_activite"} & set(slots)


def test_forgot_to_say_is_a_fact_never_an_erasure():
    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "requested_slot": "logement"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("j'ai oublié de dire que j'ai 2 enfants de 4 et 9 ans",
                                                         "effacer_donnees", known, events=events))
    assert slots["nb_enfants"] == 2 and slots["enfants"] == [4, 9]
    # an explicit request is left to the rules (which ask for confirmation): nothing read
    assert _run(ValidateSituationForm(), _tracker("effacez mes données", "effacer_donnees", known))[0] == {
        "requested_slot": "logement"}


def test_erasure_is_asked_before_it_is_done():
    from actions.donnees import ActionDemanderEffacement, ActionEffacementAnnule

    events, texts, messages = _events(ActionDemanderEffacement(), _tracker("effacez tout", "effacer_donnees"))
    assert "effacer" in texts[0] and [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/deny"]
    assert not any(e.get("event") == "followup" for e in events)
    events, _, _ = _events(ActionDemanderEffacement(), _tracker("/effacer_donnees", "effacer_donnees"))
    assert events == [{"event": "followup", "name": "action_effacer_donnees", "timestamp": None}]
    events, _, _ = _events(ActionDemanderEffacement(), _tracker("j'ai oublié de vous dire que je touche l'APL",
                                                                 "effacer_donnees", {"besoins": ["argent"]}))
    assert {"event": "slot", "name": "prestations_percues", "value": ["aide_logement"], "timestamp": None} in events
    assert events[-1]["name"] == "situation_form"
    events, texts, _ = _events(ActionEffacementAnnule(), _tracker("non", "deny",
                                                                  {"reprendre_formulaire": "situation_form"}))
    assert "n'efface rien" in texts[0] and events[-1] == {"event": "followup", "name": "situation_form",
                                                          "timestamp": None}


def test_a_free_text_correction_at_the_recap_is_understood_even_when_the_nlu_is_lost():
    from actions.humain import ActionPasCompris

    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "logement": "locataire",
             "loyer": 600.0, "revenus_activite": 0.0, "prestations_percues": []}
    events, texts, _ = _events(ActionPasCompris(), _tracker("non, mon loyer c'est 620 et je touche 700 de RSA",
                                                            "nlu_fallback", known))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["loyer"] == 620.0 and slots["prestations_percues"] == ["rsa"]
    assert events[-1] == {"event": "followup", "name": "situation_form", "timestamp": None}
    assert not any("comprendre" in t for t in texts)


def test_a_commune_corrected_at_the_recap_is_understood_even_when_the_nlu_is_lost():
    from actions.humain import ActionPasCompris

    known = {"besoins": ["argent"], "commune": "35238", "commune_nom": "Rennes", "logement": "locataire", "loyer": 290.0}
    events, texts, _ = _events(ActionPasCompris(), _tracker("non en fait mon studio il est à Saint-Grégoire, pas à Rennes",
                                                            "nlu_fallback", known,
                                                            events=[{"event": "slot", "name": "commune", "value": "35238"}]))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("commune_nom") == "Saint-Grégoire"
    assert events[-1] == {"event": "followup", "name": "situation_form", "timestamp": None}


def test_yes_but_at_the_recap_corrects_before_the_orientation():
    from actions.orientation import ActionOrienter

    events, _, messages = _events(ActionOrienter(), _tracker("oui mais j'ai 3 enfants", "affirm",
                                                            {"besoins": ["argent"], "nb_enfants": 2}))
    assert not any(m.get("custom") for m in messages)
    assert {"event": "slot", "name": "nb_enfants", "value": 3, "timestamp": None} in events


def test_benefits_read_in_passing_are_said_back_and_completed():
    # « mon salaire 780 plus les allocs » to the resources question: the family allowances are noted,
    # and the benefits question still comes, said back: "d'autres aides ?"
    known = {"besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 29, "en_couple": False,
             "nb_enfants": 1, "enfants": [6], "grossesse": False, "logement": "heberge", "activite": "salarie",
             "revenus_activite": 780.0, "ressources": 780.0, "pension_alimentaire_recue": 0.0,
             "prestations_percues": ["allocations_familiales"]}
    assert parcours.prochaine_question({**known, parcours.PRESTATIONS_DEMANDEES: False}) == "prestations_percues"
    assert parcours.prochaine_question({**known, parcours.PRESTATIONS_DEMANDEES: True}) != "prestations_percues"
    slots, _, _ = _run(ValidateSituationForm(), _tracker("non", "deny", {**known, "pension_alimentaire_recue": None,
                                                                         "requested_slot": "pension_alimentaire_recue"},
                                                          events=[{"event": "slot", "name": "commune", "value": "59512"}]))
    assert slots["requested_slot"] == "prestations_percues"
    _, texts, _ = _run(ActionAskPrestationsPercues(), _tracker("", "informer", known))
    assert texts[0].startswith("Vous touchez déjà : Allocations familiales. Touchez-vous d'autres aides ?")
    for answer, expected in (("non", ["allocations_familiales"]),
                             ("l apl aussi", ["allocations_familiales", "aide_logement"])):
        slots, _, _ = _run(ValidateSituationForm(), _tracker(answer, "informer", {
            **known, "requested_slot": "prestations_percues"}, events=[
                {"event": "slot", "name": "commune", "value": "59512"}]))
        assert slots["prestations_percues"] == expected and slots["requested_slot"] != "prestations_percues"


def test_benefits_received_are_added_and_removed():
    slots, _, _ = _run(ActionNoter(), _tracker("je touche aussi le RSA", "informer",
                                               {"prestations_percues": ["aide_logement"]}))
    assert slots["prestations_percues"] == ["aide_logement", "rsa"]
    slots, _, _ = _run(ActionNoter(), _tracker("en fait je ne touche plus l'APL", "corriger",
                                               {"prestations_percues": ["aide_logement", "rsa"]}))
    assert slots["prestations_percues"] == ["rsa"]


def test_a_range_of_rent_is_asked_back_once_then_taken_as_unknown():
    known = {"besoins": ["logement"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 30,
             "en_couple": False, "nb_enfants": 0, "grossesse": False, "logement": "locataire", "requested_slot": "loyer"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("dans les 500-600 euros", "informer", known,
                                                             events=events))
    assert slots["loyer"] is None and slots["precision"] == "loyer" and slots["requested_slot"] == "loyer"
    assert any("un seul montant" in t for t in texts)
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("entre 500 et 600", "informer", known, events=events))
    assert slots["loyer"] == INCONNU and slots["requested_slot"] != "loyer"


def test_a_relative_s_father_is_never_a_commune():
    slots, _, _ = _run(ActionNoter(), _tracker("c'est pour mon père, il a 79 ans", "besoin_autonomie",
                                               {"commune": "père"}, entities=[{"entity": "commune", "value": "père"}]))
    assert slots["age"] == 79 and slots.get("commune") is None and slots["pour_un_proche"] is True


def test_a_word_the_nlu_took_beside_the_commune_the_words_name():
    # « chez » read by the NLU as a commune (La Chèze) beside « à Poitiers »: the commune is the one after « à »
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "la je dors chez une copine a poitiers mais ca peut pas durer", "informer",
        {"commune": "chez", "requested_slot": "besoins"}, entities=[{"entity": "commune", "value": "chez"}]))
    assert slots.get("commune_nom") == "Poitiers"
    # the NLU's two values, « chez » and « poitiers »: the one the words name
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "la je dors chez une copine a poitiers mais ca peut pas durer", "informer",
        {"commune": ["chez", "poitiers"], "requested_slot": "besoins"},
        entities=[{"entity": "commune", "value": "chez"}, {"entity": "commune", "value": "poitiers"}]))
    assert slots.get("commune_nom") == "Poitiers"


def test_a_question_asked_back_about_an_amount_is_no_zero():
    known = {"en_couple": False, "nb_enfants": 2, "enfants": [3, 8], "requested_slot": "pension_alimentaire_recue"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("il a jamais rien versé, c'est normal ?", "informer", known))
    assert slots.get("pension_alimentaire_recue") is None
    slots, _, _ = _run(ValidateSituationForm(), _tracker("il a jamais rien versé", "informer", known))
    assert slots.get("pension_alimentaire_recue") == 0


def test_where_one_sleeps_now_replaces_the_commune_known():
    # « je dors chez une copine à Poitiers » after another commune was read: where the person is now
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "je dors chez une copine a poitiers en ce moment", "informer",
        {"commune": "87085", "commune_nom": "Limoges", "requested_slot": "logement"}))
    assert slots.get("commune_nom") == "Poitiers"


def test_a_commune_typed_a_little_wrong_with_its_departement_answers_the_question():
    # « riom es montagne dans le cantal » (dev19), read out of scope by DIET, was asked three times then given up
    slots, _, _ = _run(ValidateSituationForm(), _tracker("riom es montagne dans le cantal", "out_of_scope",
                                                         {"requested_slot": "commune"}))
    assert slots.get("commune_nom") == "Riom-ès-Montagnes"


def test_a_benefit_received_is_said_with_what_it_opens_and_not_offered_again():
    from actions.orientation import ActionOrienter

    slots = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 35,
             "en_couple": False, "nb_enfants": 0, "enfants": [], "logement": "locataire", "loyer": 500.0,
             "activite": "sans_activite", "revenus_activite": 0.0, "prestations_percues": ["rsa"],
             "nationalite": "francaise", "epargne": 0.0}
    _, texts, messages = _run(ActionOrienter(), _tracker("oui", "affirm", slots))
    orientation = next(m["custom"]["orientation"] for m in messages if m.get("custom"))
    rsa = next(s for s in orientation["schemes"] if s["id"] == "rsa")
    assert rsa["eligibility"] == "deja_percu"
    joined = "\n".join(texts)
    assert "Vous touchez déjà : Revenu de solidarité active (RSA)" in joined
    assert "complémentaire santé solidaire" in joined
    proposed = [s for s in orientation["schemes"] if s["eligibility"] in ("probable", "possible")]
    assert all(s["name"] in joined for s in proposed)  # every scheme proposed is in the answer
    assert texts[0].startswith("D'après ce que vous m'avez dit :") and len(texts[0]) < 300


def _restart_read(text: str, pending: str, slots: dict[str, Any]) -> Tracker:
    """The classifier read a restart while the form asked ``pending``; the rule stopped the form."""
    values = {name: None for name in SLOTS}
    values.update(slots)
    message = {"text": text, "intent": {"name": "recommencer", "confidence": 0.7}, "entities": []}
    events = [{"event": "slot", "name": "requested_slot", "value": pending},
              {"event": "user", "text": text, "parse_data": message},
              {"event": "action", "name": "action_deactivate_loop"},
              {"event": "active_loop", "name": None},
              {"event": "slot", "name": "requested_slot", "value": None}]
    return Tracker("test", values, message, events, False, None, {}, "action_deactivate_loop")


def test_a_restart_only_in_words_that_say_it():
    known = {"besoins": ["logement"], "commune": "69387", "commune_nom": "Lyon 7e", "age": 52, "en_couple": False,
             "nb_enfants": 0, "enfants": [], "logement": "sans_domicile", "activite": "sans_activite"}
    # "zéro" answering the resources question is an answer: nothing is forgotten, the form goes on.
    events, texts, _ = _events(ActionRecommencer(), _restart_read("zero", "ressources", known))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("ressources") == 0 and "age" not in slots
    assert {"event": "followup", "name": "situation_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events]
    assert not any("recommence" in t for t in texts)
    # Said in so many words: everything is forgotten.
    for text in ("on recommence tout", "je veux reprendre depuis le début", "c'est pour une autre personne"):
        events, texts, _ = _events(ActionRecommencer(), _restart_read(text, "ressources", known))
        slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
        assert slots["age"] is None and "recommence" in texts[0], text


@pytest.mark.parametrize("intent", ["autre_langue", "out_of_scope", "besoin_argent"])
def test_the_commune_typed_in_answer_to_its_question_is_read_whatever_the_classifier_says(intent):
    # A commune's exact name may look like another language or like nothing to the classifier.
    for text, code in (("saint chely d apcher", "48140"), ("saint quentin dans l aisne", "02691")):
        slots, _, _ = _run(ValidateSituationForm(), _tracker(text, intent, {
            "besoins": ["argent"], "requested_slot": "commune"}))
        assert slots.get("commune") == code, (text, intent)
    # Not a commune: nothing read, the question comes back.
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je comprends pas la question", "out_of_scope", {
        "besoins": ["argent"], "requested_slot": "commune"}))
    assert slots.get("commune") is None


@pytest.mark.parametrize("text", ["rien", "0", "rien pour l instant", "rien, j ai pas droit au chomage"])
def test_nothing_to_the_resources_question_is_nothing_of_each_resource(text):
    # "Combien votre foyer reçoit-il (salaires, chômage, retraite, pension alimentaire…) ?" « rien »:
    # no pay, no unemployment benefit, no child support (not asked again).
    seule = {"besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 29, "en_couple": False,
             "nb_enfants": 1, "enfants": [2], "grossesse": False, "logement": "heberge",
             "activite": "demandeur_emploi", "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(text, "informer", seule))
    assert {r: slots.get(r) for r in RESSOURCES} == {r: 0.0 for r in RESSOURCES}
    assert slots["ressources"] == 0 and slots["requested_slot"] != "pension_alimentaire_recue"
    # "rien à part le chômage": the unemployment benefit is not nothing
    slots, _, _ = _run(ValidateSituationForm(), _tracker("rien a part le chomage", "informer", seule))
    assert slots.get("chomage") is None and slots.get("pension_alimentaire_recue") is None


def test_a_parent_alone_is_asked_about_child_support_and_the_answer_counts_in_resources():
    seule = {"besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 29, "en_couple": False,
             "nb_enfants": 2, "enfants": [2, 6], "grossesse": False, "logement": "locataire", "loyer": 580.0,
             "dette_loyer": 0.0, "activite": "salarie", "revenus_activite": 780.0, "ressources": 780.0}
    assert parcours.prochaine_question(seule) == "pension_alimentaire_recue"
    assert parcours.prochaine_question({**seule, "en_couple": True}) != "pension_alimentaire_recue"
    assert parcours.prochaine_question({**seule, "nb_enfants": 0, "enfants": []}) != "pension_alimentaire_recue"
    rien = {**seule, "revenus_activite": 0.0, "pension_alimentaire_recue": 0.0, "ressources": 0}
    assert parcours.prochaine_question(rien) != "pension_alimentaire_recue"  # "rien" said already
    # "juste le RSA": no earned income, but child support may come in beside the benefit
    rsa = {**seule, "activite": "sans_activite", "revenus_activite": 0.0, "ressources": 0,
           "prestations_percues": ["rsa"]}
    assert parcours.prochaine_question(rsa) == "pension_alimentaire_recue"
    for text, amount in (("non le pere paye rien", 0.0), ("oui 150 euros par mois", 150.0)):
        slots, _, _ = _run(ValidateSituationForm(), _tracker(text, "informer", {
            **seule, "requested_slot": "pension_alimentaire_recue"}))
        assert slots["pension_alimentaire_recue"] == amount
        assert slots["ressources"] == 780.0 + amount  # the household's total, salary kept
        assert slots["requested_slot"] != "pension_alimentaire_recue"


@pytest.mark.parametrize("text, entity, code", [("saint chely d apcher", "saint", "48140"), ("st flour", "st", "15187"),
                                                ("st laurent du maroni", "maroni", "97311"),
                                                ("on vit a paris 12e depuis dix ans", "paris", "75112")])
def test_a_commune_entity_cut_short_gives_way_to_the_full_name_in_the_message(text, entity, code):
    # The classifier kept only "saint" / "st" / "maroni" (a piece close to Maron): the message names one exactly.
    slots, _, _ = _run(ValidateSituationForm(), _tracker(text, "donner_commune", {
        "besoins": ["argent"], "requested_slot": "commune", "commune": entity},
        entities=[{"entity": "commune", "value": entity, "start": 0, "end": len(entity)}]))
    assert slots.get("commune") == code


def test_needs_named_with_a_scheme_answer_the_needs_question():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("les allocations pour les enfants", "question_dispositif", {
        "requested_slot": "besoins"}))
    assert slots.get("besoins") == ["famille"] and slots["requested_slot"] == "besoins"  # said back once


def test_a_first_answer_naming_one_or_two_needs_is_said_back_once():
    # « On vit à deux avec 600 euros, ce n'est pas possible » named the money; the health came only when asked
    # « autre chose aussi ? » (dev4). The question said back is asked once, then the form goes on.
    known = {"requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("on vit a deux avec 600 euros, c'est pas possible", "informer",
                                                         known))
    assert slots["besoins"] == ["argent"] and slots["requested_slot"] == "besoins"
    slots, _, _ = _run(ValidateSituationForm(), _tracker("un complement de retraite et les soins", "informer",
                                                         {**known, **slots}))
    assert set(slots["besoins"]) == {"argent", "sante"} and slots["requested_slot"] != "besoins"
    # three needs at once are a list already: not said back
    slots, _, _ = _run(ValidateSituationForm(), _tracker("un logement, manger et me soigner", "informer", known))
    assert set(slots["besoins"]) == {"logement", "alimentation", "sante"} and slots["requested_slot"] != "besoins"
    # « non » to the question said back: the needs are all
    slots, _, _ = _run(ValidateSituationForm(), _tracker("non", "deny", {**known, "besoins": ["argent"]}))
    assert slots.get("besoins", ["argent"]) == ["argent"] and slots["requested_slot"] != "besoins"


def test_needs_said_in_words_no_list_holds_answer_the_needs_question():
    # « de quoi tenir jusqu'à janvier »: money, read by the needs' reader (actions.lecteur_besoins); the words read none
    # and the classifier's need (« informer ») is none, so the question came again
    known = {"requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("de quoi tenir jusqu'a janvier, la saison reprend qu'apres",
                                                         "informer", known))
    assert slots.get("besoins") == ["argent"]
    # asked back (« autre chose aussi ? »), a need the reader read is one the person said: it stays
    slots, _, _ = _run(ValidateSituationForm(), _tracker("et une voiture pour aller au travail", "informer", {
        **known, "besoins": ["argent"]}, events=[{"event": "user", "text": "de quoi tenir jusqu'a janvier"}]))
    assert set(slots["besoins"]) >= {"argent", "mobilite"}


def test_a_rate_said_as_a_bound_is_asked_again_as_a_rate():
    # « Avec moins de 80 % il peut avoir l'AAH ou pas du tout ? » (conversations_dev49) was asked for « un seul montant,
    # par exemple 550 »
    known = {"besoins": ["handicap"], "commune": "63113", "commune_nom": "Clermont-Ferrand", "age": 23,
             "en_couple": False, "nb_enfants": 0, "requested_slot": "handicap_taux"}
    slots, textes, _ = _run(ValidateSituationForm(), _tracker("Avec moins de 80 % il peut avoir l'AAH ou pas du tout ?",
                                                              "informer", known))
    assert slots.get("handicap_taux") is None and slots["precision"] == "handicap_taux"
    # the rate's own question, reworded (not « un seul montant »), and not followed by the question again
    assert textes == [textes_bot.PRECISION_TAUX]
    assert _reposee(_ask("handicap_taux"), "Avec moins de 80 % il peut avoir l'AAH ou pas du tout ?",
                    {**known, **slots}, textes) == []


def _reposee(ask, texte: str, known: dict, dits: list[str]) -> list[str]:
    """What the form's question says after a check that said ``dits`` to ``texte`` (in the tracker, as Rasa gives it)."""
    tracker = _tracker(texte, "informer", known)
    tracker.events.extend({"event": "bot", "text": t} for t in dits)
    return _run(ask, tracker)[1]


def test_a_question_asked_again_by_the_check_is_one_question_not_two():
    # « dans les 500-600 » to the rent: « Pouvez-vous me donner un seul montant ? » then « Quel est votre loyer ? » right
    # after it, two questions in a row
    known = {"besoins": ["logement"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 30, "en_couple": False,
             "nb_enfants": 0, "grossesse": False, "logement": "locataire", "requested_slot": "loyer"}
    slots, textes, _ = _run(ValidateSituationForm(), _tracker("dans les 500-600 euros", "informer", known))
    assert textes == [textes_bot.PRECISION]
    assert _reposee(_ask("loyer"), "dans les 500-600 euros", {**known, **slots}, textes) == []
    # asked later in the conversation with nothing said before it (a question answered in between): the question itself
    assert _reposee(_ask("loyer"), "c'est quoi le FSL ?", {**known, **slots}, []) == [
        textes_bot.QUESTIONS["loyer"][0]]
    # an age that is no age (« bientôt 60 ans ») was asked for « un seul montant… par exemple 550 »; out of bounds, its
    # bounds are the question
    known = {**known, "requested_slot": "age", "age": None}
    for texte, attendu in (("bientot 60 ans", textes_bot.PRECISION_AGE), ("j'ai 200 ans", None)):
        slots, textes, _ = _run(ValidateSituationForm(), _tracker(texte, "informer", known))
        assert slots["precision"] == "age" and len(textes) == 1 and (attendu is None or textes == [attendu])
        assert "montant" not in textes[0] and _reposee(_ask("age"), texte, {**known, **slots}, textes) == []
    # a temp worker between two missions: the activity asked again with its buttons, not an amount
    known = {**known, "age": 30, "logement": "locataire", "loyer": 500, "dette_loyer": 0, "requested_slot": "activite"}
    slots, textes, messages = _run(ValidateSituationForm(), _tracker(
        "je suis interimaire mais en ce moment j'ai pas de mission", "informer", known))
    assert slots["precision"] == "activite" and textes == [textes_bot.PRECISION_ACTIVITE] and messages[0]["buttons"]
    # « oui » to the arrears: the check says nothing, the question asks the amount alone
    known = {**known, "activite": "salarie", "requested_slot": "dette_loyer", "dette_loyer": None}
    slots, textes, _ = _run(ValidateSituationForm(), _tracker("oui malheureusement", "affirm", known))
    assert textes == [] and _reposee(_ask("dette_loyer"), "oui malheureusement", {**known, **slots}, textes) == [
        textes_bot.MONTANT_APRES_OUI["dette_loyer"]]


def test_a_question_answered_by_another_action_is_not_asked_again_when_the_form_resumes():
    # action_urgence noted "sans logement" (a night outside) before the form resumed.
    known = {"besoins": ["logement"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 30,
             "en_couple": False, "nb_enfants": 0, "enfants": [], "grossesse": False, "logement": "sans_domicile",
             "requested_slot": "logement"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("sans logement", "urgence_sans_abri", known))
    assert slots == {"requested_slot": "activite"}


# -- the needs: asked back, completed, words before the classifier -------------------------------

def _ouverture(texte: str) -> list[dict]:
    """Events of a conversation whose first message was ``texte`` and whose needs are now asked."""
    return [{"event": "user", "text": texte, "parse_data": {}},
            {"event": "slot", "name": "requested_slot", "value": "besoins"}]


def test_needs_read_from_the_first_message_are_asked_back_once():
    from actions.situation import ActionAskBesoins
    known = {"besoins": ["energie"]}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "je n'arrive plus a payer l'electricite", "besoin_energie", known))
    assert slots["requested_slot"] == "besoins"
    _, texts, messages = _run(ActionAskBesoins(), _tracker("je n'arrive plus a payer l'electricite",
                                                           "besoin_energie", known))
    assert "l'énergie" in texts[0] and "autre chose" in texts[0]
    assert any(b.get("payload") == "/deny" for m in messages for b in m.get("buttons") or [])
    # once asked (or once the form went past it), the form goes on
    known["requested_slot"] = "age"
    assert _run(ValidateSituationForm(), _tracker("30 ans", "informer", known))[0]["requested_slot"] != "besoins"


def test_the_answer_adds_needs_and_a_need_the_classifier_alone_read_gives_way():
    # "l'année a été très mauvaise" read as a family need by the classifier alone; the person says money
    known = {"besoins": ["famille"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "de l'argent", "informer", known, events=_ouverture("je suis agriculteur, l'année a été très mauvaise")))
    assert slots["besoins"] == ["argent"] and slots["requested_slot"] != "besoins"
    # a need named in words in the first message stays, the new one is added
    known = {"besoins": ["energie"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "et manger aussi", "informer", known, events=_ouverture("je n'arrive plus à payer l'électricité")))
    assert slots["besoins"] == ["energie", "alimentation"]


@pytest.mark.parametrize("intent", ["besoin_energie", "informer"])
def test_the_same_needs_said_again_answer_the_question(intent):
    # "payer edf, l'énergie" when energy was read from the first message: answered, never asked for ever
    known = {"besoins": ["energie"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "payer edf, l energie", intent, known, events=_ouverture("une facture edf de 800 euros")))
    assert slots["besoins"] == ["energie"] and slots["requested_slot"] != "besoins"


@pytest.mark.parametrize("intent", ["besoin_famille", "informer"])
def test_a_situation_told_again_with_the_needs_known_is_asked_once_more(intent):
    # « le papa paye rien depuis la séparation », a second message typed before « autre chose aussi ? » was read:
    # asked once more (the person's other needs), then the needs known are kept, never asked for ever
    known = {"besoins": ["famille"], "requested_slot": "besoins"}
    ouverture = _ouverture("bjr jsuis maman solo avec 2 enfants a paris 18")
    slots, _, _ = _run(ValidateSituationForm(), _tracker("le papa paye rien depuis la separation", intent, known,
                                                         events=ouverture))
    assert slots.get("besoins", ["famille"]) == ["famille"] and slots["requested_slot"] == "besoins"
    assert slots["precision"] == "besoins"
    slots, _, _ = _run(ValidateSituationForm(), _tracker("le papa paye rien depuis la separation", intent,
                                                         {**known, **slots}, events=ouverture))
    assert slots.get("besoins", ["famille"]) == ["famille"] and slots["requested_slot"] != "besoins"
    # « non, c'est tout » answers at once
    slots, _, _ = _run(ValidateSituationForm(), _tracker("non c'est tout", "deny", known, events=ouverture))
    assert slots["besoins"] == ["famille"] and slots["requested_slot"] != "besoins"


def test_a_need_the_classifier_alone_read_in_the_first_answer_is_asked_back_once():
    # « le papa est parti, il donne rien » (typed before « Pour quoi cherchez-vous de l'aide ? » was read): the family
    # need (its words name it since 2026-12-05: a father who gives nothing) is kept and asked back, so that the person
    # says theirs (money, health)
    known = {"requested_slot": "besoins"}
    ouverture = _ouverture("bonjour je suis enceinte de 5 mois et j'ai deja un petit garcon de 3 ans")
    slots, _, _ = _run(ValidateSituationForm(), _tracker("le papa est parti, il donne rien", "besoin_famille", known,
                                                         events=ouverture))
    assert slots["besoins"] == ["famille"] and slots["requested_slot"] == "besoins"
    # a remark that names none, read by the classifier alone: its need kept and asked back once (precision)
    slots_c, _, _ = _run(ValidateSituationForm(), _tracker("il est parti au pays, on se parle plus", "besoin_famille", known,
                                                           events=ouverture))
    assert slots_c["besoins"] == ["famille"] and slots_c["precision"] == "besoins" and slots_c["requested_slot"] == "besoins"
    slots, _, _ = _run(ValidateSituationForm(), _tracker("de l'argent et un suivi pour la grossesse", "informer",
                                                         {**known, **slots}, events=ouverture))
    assert slots["besoins"] == ["famille", "argent", "sante"] and slots["requested_slot"] != "besoins"
    # named in words, it answers, and is said back once like any first answer naming one or two needs
    slots, _, _ = _run(ValidateSituationForm(), _tracker("de l'argent", "informer", known, events=ouverture))
    assert slots["besoins"] == ["argent"] and slots.get("precision") != "besoins" and slots["requested_slot"] == "besoins"


def test_a_question_about_a_scheme_at_the_needs_question_is_left_to_the_rules():
    known = {"besoins": ["handicap"], "requested_slot": "besoins"}
    events = _run(ValidateSituationForm(), _tracker("c'est quoi l'AAH ?", "question_dispositif", known,
                                                   events=_ouverture("je suis handicapé")))[0]
    assert "besoins" not in events and events["requested_slot"] == "besoins"


def test_violence_is_never_dropped_for_other_needs():
    known = {"besoins": ["violence"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "un logement", "informer", known, events=_ouverture("je suis partie de chez moi")))
    assert slots["besoins"] == ["violence", "logement"]


@pytest.mark.parametrize("precision", [None, "nationalite"])
def test_a_nationality_outside_the_eu_read_as_another_language_still_asks_the_permit(precision):
    # « marocain », read by the NLU as another language, was taken for no answer (« je ne comprends que le français »)
    # twice and the question given up; also after the question was asked once more (« pourquoi vous demandez ça ? »)
    known = {"besoins": ["logement"], "commune": "59512", "commune_nom": "Roubaix", "age": 31, "en_couple": False,
             "nb_enfants": 0, "logement": "locataire", "loyer": 480.0, "dette_loyer": 0.0, "activite": "salarie",
             "revenus_activite": 950.0, "ressources": 950.0, "prestations_percues": [], "epargne": 300.0,
             "grossesse": False, "handicap_taux": 0, "requested_slot": "nationalite", "precision": precision}
    events = [{"event": "slot", "name": "commune", "value": "59512"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("marocain", "autre_langue", known, events=events))
    assert slots.get("nationalite") is None and slots.get("precision", "nationalite") == "nationalite"
    assert slots["requested_slot"] == "nationalite"
    known.update(slots)
    _, textes, _ = _run(_ask("nationalite"), _tracker("marocain", "autre_langue", known))
    assert textes == [textes_bot.NATIONALITE_TITRE]


@pytest.mark.parametrize("texte,intent", [("non c'est tout", "deny"), ("non", "deny"), ("/deny", "deny"),
                                          ("je ne sais pas", "ne_sait_pas")])
def test_no_to_anything_else_keeps_the_needs(texte, intent):
    known = {"besoins": ["energie"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(texte, intent, known,
                                                         events=_ouverture("une facture edf à payer")))
    assert slots["besoins"] == ["energie"] and slots["requested_slot"] == "commune"


def test_facts_without_a_need_in_answer_to_the_needs_question_ask_it_once_more():
    # the first question: facts only are kept, the question asked again (not "no need")
    known = {"requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "je suis ivoirienne avec une carte de séjour depuis 6 ans", "informer", known,
        events=_ouverture("bonjour")))
    assert slots["nationalite"] == "hors_ue_regulier" and slots["besoins"] is None
    assert slots["precision"] == "besoins" and slots["requested_slot"] == "besoins"
    known.update(slots)
    from actions.situation import ActionAskBesoins
    _, texts, _ = _run(ActionAskBesoins(), _tracker("", "informer", known))
    assert texts[0].startswith("C'est noté. Pour quoi cherchez-vous de l'aide ?")
    slots, _, _ = _run(ValidateSituationForm(), _tracker("un logement stable, et à manger", "informer", known,
                                                         events=_ouverture("bonjour")))
    assert set(slots["besoins"]) == {"logement", "alimentation"} and slots["precision"] is None
    assert slots["requested_slot"] != "besoins"
    # asked back: the needs known are kept while asked once more, and kept after a second answer without any
    known = {"besoins": ["emploi"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("j'ai 52 ans", "informer", known,
                                                         events=_ouverture("je cherche du travail")))
    assert slots["age"] == 52 and slots.get("besoins", ["emploi"]) == ["emploi"] and slots["requested_slot"] == "besoins"
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("j'habite chez ma soeur", "informer", known,
                                                         events=_ouverture("je cherche du travail")))
    assert slots["besoins"] == ["emploi"] and slots["requested_slot"] != "besoins"


def test_a_need_said_in_answer_to_another_question_is_added_not_a_classifier_guess():
    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "requested_slot": "age"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("35 ans, et je cherche un logement", "informer", known,
                                                         events=events))
    assert slots["age"] == 35 and slots["besoins"] == ["argent", "logement"]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("35", "besoin_famille", known, events=events))
    assert slots["age"] == 35 and "besoins" not in slots


# -- the pay of a person who works is no « 0 » until said ----------------------------------

def test_a_salaried_persons_unknown_pay_keeps_the_resources_unknown():
    known = {"besoins": ["argent"], "commune": "59512", "commune_nom": "Roubaix", "age": 29, "en_couple": False,
             "nb_enfants": 2, "enfants": [2, 6], "logement": "locataire", "loyer": 580.0, "activite": "salarie",
             "ressources": INCONNU, "requested_slot": "pension_alimentaire_recue"}
    events = [{"event": "slot", "name": "commune", "value": "59512"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("rien le pere paie rien", "deny", known, events=events))
    assert slots["pension_alimentaire_recue"] == 0
    assert slots.get("ressources", INCONNU) == INCONNU  # « je ne sais pas » stays: the pay is not known
    lignes = parcours.recapitulatif({**known, **slots})
    assert "Pas de revenus." not in lignes
    # asked before the resources question, another resource does not answer it
    avant = {k: v for k, v in known.items() if k != "ressources"}
    assert not parcours.ressources_connues({**avant, "pension_alimentaire_recue": 0.0})
    assert parcours.ressources_connues({**avant, "activite": "sans_activite", "pension_alimentaire_recue": 0.0})
    assert "Pas de revenus." in parcours.recapitulatif({**avant, "activite": "sans_activite",
                                                        "pension_alimentaire_recue": 0.0})


def test_an_age_misread_in_another_answer_is_not_refused_aloud():
    known = {"besoins": ["famille"], "commune": "59512", "commune_nom": "Roubaix", "age": 29, "en_couple": False,
             "nb_enfants": 2, "requested_slot": "enfants"}
    events = [{"event": "slot", "name": "commune", "value": "59512"}]
    slots, textes, _ = _run(ValidateSituationForm(), _tracker("une de 2 ans et un de 6 ans", "informer", known,
                                                               events=events))
    assert slots["enfants"] == [2, 6]
    assert not any("âge" in t for t in textes) and slots.get("age", 29) == 29
    # the age question itself still explains a refused answer
    slots, textes, _ = _run(ValidateSituationForm(), _tracker("2 ans", "informer",
                                                               {**known, "age": None, "requested_slot": "age"},
                                                               events=events))
    assert any("âge" in t for t in textes)


def test_a_question_is_given_up_after_three_answers_it_cannot_read():
    from actions.situation import REPONSES_MAX

    known = {"besoins": ["argent", "famille"], "commune": "87085", "commune_nom": "Limoges", "age": 71,
             "en_couple": False, "requested_slot": "nb_enfants"}
    texte = "c est compliqué, je vous expliquerai un autre jour"
    events = [{"event": "slot", "name": "commune", "value": "87085"}]
    for i in range(REPONSES_MAX):
        events += [{"event": "slot", "name": "requested_slot", "value": "nb_enfants"},
                   {"event": "bot", "text": "Combien d'enfants avez-vous à charge ?"}]
        slots, textes, _ = _run(ValidateSituationForm(), _tracker(texte, "besoin_famille", known, events=events))
        events.append({"event": "user", "text": texte})
        if i < REPONSES_MAX - 1:
            assert slots.get("nb_enfants") is None and slots.get("requested_slot", "nb_enfants") == "nb_enfants"
            assert not any("Je passe" in t for t in textes)
    assert slots["nb_enfants"] == INCONNU and slots["requested_slot"] != "nb_enfants"
    assert any("Je passe à la question suivante" in t for t in textes)
    # an answer given in the end is read as usual
    slots, _, _ = _run(ValidateSituationForm(), _tracker("aucun", "informer", known, events=events[:-1]))
    assert slots["nb_enfants"] == 0


def test_the_opening_message_is_no_answer_to_the_first_question():
    from actions.situation import reponses_de_suite

    events = [{"event": "user", "text": "bonjour"}, {"event": "slot", "name": "requested_slot", "value": "besoins"},
              {"event": "bot", "text": "De quoi avez-vous besoin ?"}]
    assert reponses_de_suite(_tracker("euh", "informer", {"requested_slot": "besoins"}, events=events), "besoins") == 1


_COUPLE = {"besoins": ["impayes_loyer"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "age": 43,
           "en_couple": True, "nb_enfants": 2, "enfants": [12, 16], "grossesse": False, "logement": "locataire",
           "loyer": 900.0, "dette_loyer": 3500.0, "activite": "salarie"}
_COMMUNE_VUE = [{"event": "slot", "name": "commune", "value": "93005"}]


def test_a_couple_s_pay_asked_on_its_own_leaves_the_household_s_total_to_ask():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("800", "informer", {**_COUPLE, "requested_slot": "revenus_activite"},
                                                         events=_COMMUNE_VUE))
    assert slots["revenus_activite"] == 800 and slots.get("ressources") is None
    assert slots["requested_slot"] == "ressources"
    from actions.situation import ActionAskRessources

    apres = {**_COUPLE, "revenus_activite": 800.0, "requested_slot": "ressources"}
    _, texts, _ = _run(ActionAskRessources(), _tracker("", "informer", apres))
    assert texts == [textes_bot.RESSOURCES_DU_COUPLE]
    # a person alone: the pay was the total
    seul = {**_COUPLE, "en_couple": False, "requested_slot": "revenus_activite"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("800", "informer", seul, events=_COMMUNE_VUE))
    assert slots["ressources"] == 800 and slots["requested_slot"] != "ressources"


@pytest.mark.parametrize("text, expected", [
    ("mon salaire 800 et le chomage de mon mari 1300", {"revenus_activite": 800, "chomage": 1300, "ressources": 2100}),
    ("2100", {"revenus_activite": 800, "autres_ressources": 1300, "ressources": 2100}),
    ("c'est tout", {"revenus_activite": 800, "chomage": 0, "ressources": 800}),
    ("rien", {"revenus_activite": 800, "chomage": 0, "ressources": 800}),
    ("700", {"revenus_activite": 700, "ressources": 700}),
    # the partner's part added to the pay, not the total (« le smic plus les 600 de ma femme » was 600 of pay)
    ("mon salaire plus les 600 de ma femme", {"revenus_activite": 800, "autres_ressources": 600, "ressources": 1400}),
    ("et ma femme gagne 600", {"revenus_activite": 1400, "ressources": 1400}),
    # the pay said again in its parts: no partner's part on top
    ("mon salaire 500 et celui de ma copine 300", {"revenus_activite": 800, "ressources": 800}),
    # the total of the kinds named, the pay known in it (« son salaire et mon chômage, donc 2 250 »)
    ("mon salaire et son chômage, donc autour de 2 100 par mois",
     {"revenus_activite": 800, "chomage": 1300, "ressources": 2100}),
])
def test_the_household_s_total_after_a_couple_s_pay(text, expected):
    known = {**_COUPLE, "revenus_activite": 800.0, "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(text, "informer", known, events=_COMMUNE_VUE))
    assert {k: slots.get(k) for k in expected} == expected
    assert slots["requested_slot"] != "ressources"


def test_an_emergency_read_in_an_answer_steps_the_form_aside_even_with_a_slot_filled():
    known = {"besoins": ["logement"], "commune": "Grenoble", "age": 24, "requested_slot": "logement"}
    tracker = _tracker("chez un ami à Grenoble en attendant", "urgence_violences", known)
    tracker.events.append({"event": "slot", "name": "commune", "value": "Grenoble"})  # Rasa's slot mapping
    events = asyncio.run(ValidateSituationForm().run(CollectingDispatcher(), tracker, {}))
    assert any(e.get("event") == "action_execution_rejected" for e in events)
    # nothing filled from the message: Rasa rejects the form itself, the events stay as they were
    tracker = _tracker("je veux mourir", "urgence_suicide", known)
    events = asyncio.run(ValidateSituationForm().run(CollectingDispatcher(), tracker, {}))
    assert not any(e.get("event") == "action_execution_rejected" for e in events)


def test_a_commune_never_found_is_given_up_after_three_answers():
    known = {"besoins": ["catastrophe"], "requested_slot": "commune"}
    earlier = []
    for _ in range(2):
        earlier += [{"event": "slot", "name": "requested_slot", "value": "commune"},
                    {"event": "user", "text": "xyzville", "parse_data": {}},
                    {"event": "slot", "name": "commune", "value": "xyzville"}]
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("xyzville", "informer", known, events=earlier))
    assert slots["commune"] == INCONNU and slots["requested_slot"] != "commune"
    assert textes_bot.QUESTION_PASSEE in texts
    # twice only: asked again
    slots, _, _ = _run(ValidateSituationForm(), _tracker("xyzville", "informer", known, events=earlier[:3]))
    assert slots.get("commune") in (None,) and slots["requested_slot"] == "commune"


def test_a_nationality_outside_the_eu_is_followed_by_the_residence_permit_question():
    from actions.situation import ActionAskNationalite

    known = {"besoins": ["famille"], "commune": "95585", "requested_slot": "nationalite"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("haitienne", "informer", known, events=_COMMUNE_VUE))
    assert slots.get("nationalite") is None and slots["precision"] == "nationalite"
    _, texts, messages = _run(ActionAskNationalite(), _tracker("haitienne", "informer", {**known, **slots}))
    assert texts == [textes_bot.NATIONALITE_TITRE] and messages[0].get("buttons")
    asked = [*_COMMUNE_VUE, {"event": "user", "text": "haitienne"}, {"event": "bot", "text": textes_bot.NATIONALITE_TITRE}]
    for reponse, attendu in (("oui", "hors_ue_regulier"), ("non pas encore", "hors_ue_irregulier")):
        slots, _, _ = _run(ValidateSituationForm(), _tracker(reponse, "informer", {**known, "precision": "nationalite"},
                                                             events=asked))
        assert slots["nationalite"] == attendu
    # « oui » to the usual question is no answer
    slots, _, _ = _run(ValidateSituationForm(), _tracker("oui", "informer", known, events=_COMMUNE_VUE))
    assert slots.get("nationalite") is None
    # « congolais (RDC) » read as a question about a scheme by the NLU (the form steps aside, the rule explains):
    # no scheme explained, the permit asked
    from actions.dispositifs import ActionExpliquerDispositif

    slots, texts, _ = _run(ActionExpliquerDispositif(), _tracker("congolais (RDC)", "question_dispositif",
                                                                 {**known, "dispositif": "aide_logement"},
                                                                 events=[*_COMMUNE_VUE, {"event": "slot",
                                                                         "name": "requested_slot",
                                                                         "value": "nationalite"}]))
    assert slots["precision"] == "nationalite" and texts == []


def test_after_the_emergency_answer_the_form_resumes_instead_of_stepping_aside_again():
    known = {"besoins": ["logement"], "age": 30, "requested_slot": "logement"}
    tracker = _tracker("sans logement", "urgence_sans_abri", known)
    tracker.events += [{"event": "slot", "name": "logement", "value": "sans_domicile"},
                       {"event": "action", "name": "action_urgence"},
                       {"event": "slot", "name": "urgence", "value": "sans_abri"}]
    events = asyncio.run(ValidateSituationForm().run(CollectingDispatcher(), tracker, {}))
    assert not any(e.get("event") == "action_execution_rejected" for e in events)


def test_an_answer_holding_no_word_of_the_danger_only_the_classifier_read_is_the_answer():
    from common.safety import Detection

    detection = Detection(types=("medicale",), lignes=("15",), signaux=("medicale:diet:urgence_medicale",))
    known = {"besoins": ["argent"], "age": 58, "requested_slot": "en_couple"}
    tracker = _tracker("seul", "urgence_medicale", known)
    tracker.latest_message["urgence"] = detection.to_dict()
    tracker.events[-1]["parse_data"] = tracker.latest_message
    events = asyncio.run(ValidateSituationForm().run(CollectingDispatcher(), tracker, {}))
    assert not any(e.get("event") == "action_execution_rejected" for e in events)
    assert {e["name"]: e["value"] for e in events if e.get("event") == "slot"}["en_couple"] is False
    # a word of the danger's field keeps the emergency rules first (the form steps aside)
    tracker = _tracker("seul, je respire mal", "urgence_medicale", known)
    tracker.latest_message["urgence"] = detection.to_dict()
    tracker.events[-1]["parse_data"] = tracker.latest_message
    events = asyncio.run(ValidateSituationForm().run(CollectingDispatcher(), tracker, {}))
    assert "en_couple" not in {e.get("name") for e in events if e.get("event") == "slot"}


def test_the_needs_question_answered_with_the_situation_takes_no_need_from_the_classifier():
    known = {"requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je vis seul a roubaix dans un studio", "besoin_logement",
                                                         known))
    assert slots.get("besoins") in (None, INCONNU) and "logement" not in (slots.get("besoins") or [])
    assert slots["en_couple"] is False
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "Elle a une toute petite retraite et elle n'arrive plus à se laver seule ni à faire ses courses.",
        "besoin_alimentation", {"requested_slot": "besoins", "pour_un_proche": True}))
    assert slots["besoins"] == ["argent", "autonomie"]  # « une toute petite retraite »: money too
    # a need named in words is taken as before
    slots, _, _ = _run(ValidateSituationForm(), _tracker("un logement", "besoin_logement", known))
    assert slots["besoins"] == ["logement"]


def test_a_loss_of_autonomy_told_to_the_needs_question_keeps_the_needs_read_before():
    slots, _, _ = _run(ValidateSituationForm(), _tracker("elle ne peut plus se laver seule", "besoin_sante",
                                                         {"requested_slot": "besoins", "besoins": ["argent"],
                                                          "pour_un_proche": True}))
    assert slots["besoins"] == ["argent", "autonomie"]


def test_a_danger_written_again_to_the_needs_question_is_read_as_the_answer():
    # « de l'argent et de quoi manger, le frigo est vide »: hunger answered at its first mention; written again to
    # the needs question, « déjà dit » then the needs are noted (the same line came back for ever)
    faim = {"types": ["faim"], "lignes": ["ccas"], "signaux": ["faim:lexique:frigo vide"]}
    text = "de largent et de quoi manger le frigo est vide"
    known = {"besoins": ["alimentation"], "commune": "59512", "requested_slot": "besoins",
             "urgences_repondues": ["faim"]}
    tracker = _after_urgence(text, faim, known)
    tracker.latest_message["intent"] = {"name": "urgence_faim", "confidence": 1.0}
    tracker.events.insert(0, {"event": "slot", "name": "urgences_repondues", "value": ["faim"]})
    slots, _, _ = _run(ValidateSituationForm(), tracker)
    assert "argent" in slots["besoins"] and slots["requested_slot"] != "besoins"
    # the first time it is said, the form asks again after the emergency answer (nothing read as an answer)
    tracker = _after_urgence(text, faim, known)
    tracker.latest_message["intent"] = {"name": "urgence_faim", "confidence": 1.0}
    slots, _, _ = _run(ValidateSituationForm(), tracker)
    assert slots == {"requested_slot": "besoins"}


def test_a_need_the_facts_stand_for_does_not_give_way():
    # « la MDPH lui a reconnu 80 % » names no need in words; DIET read the disability need, said back. The answer
    # names money: the disability need stays beside it, its rate says it.
    known = {"besoins": ["handicap"], "requested_slot": "besoins", "pour_un_proche": True, "handicap_taux": 80}
    premier = "Bonsoir. Mon fils a 23 ans, il est autiste et la MDPH lui a reconnu un taux de 80 %."
    events = [{"event": "session_started"},
              {"event": "user", "text": premier, "parse_data": {"intent": {"name": "besoin_handicap"}}}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "Il vit chez nous à Toulouse et n'a aucun revenu. On ne sait pas à quoi il a droit.", "informer", known,
        events=events))
    assert slots["besoins"] == ["handicap", "argent"]


def test_no_pregnancy_question_at_55_or_more():
    slots = {"besoins": ["famille"], "commune": "97209", "age": 68, "en_couple": True, "nb_enfants": 0}
    assert "grossesse" not in parcours.questions(slots)
    assert "grossesse" in parcours.questions({**slots, "age": 30})
    assert "grossesse" in parcours.questions({**slots, "age": None})


def test_savings_are_asked_when_debts_are_the_need():
    slots = {"besoins": ["dettes"], "commune": "51454", "age": 52, "en_couple": False, "nb_enfants": 0,
             "logement": "locataire", "activite": "salarie", "revenus_activite": 1900.0}
    assert "epargne" in parcours.questions(slots)
    assert "epargne" not in parcours.questions({**slots, "besoins": ["sante"]})


@pytest.mark.parametrize("intent", ["besoin_autonomie", "informer"])
def test_a_nationality_outside_the_eu_asks_the_permit_whatever_the_intent(intent):
    # « Marocaine. » was read as a need by the NLU: the nationality question came back three times, then gave up
    known = {"besoins": ["logement"], "commune": "34172", "commune_nom": "Montpellier", "age": 23, "en_couple": False,
             "nb_enfants": 0, "logement": "locataire", "loyer": 420.0, "dette_loyer": 0.0, "activite": "salarie",
             "revenus_activite": 700.0, "ressources": 700.0, "prestations_percues": [], "epargne": 0.0,
             "grossesse": False, "handicap_taux": 0, "requested_slot": "nationalite"}
    events = [{"event": "slot", "name": "commune", "value": "34172"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("Marocaine.", intent, known, events=events))
    assert slots["precision"] == "nationalite" and slots["requested_slot"] == "nationalite"
    known.update(slots)
    _, textes, _ = _run(_ask("nationalite"), _tracker("Marocaine.", intent, known))
    assert textes == [textes_bot.NATIONALITE_TITRE]


@pytest.mark.parametrize("texte,intent", [
    ("pas de pension", "deny"), ("je sais pas où elle est", "ne_sait_pas"), ("la mère est décédée", "informer"),
    ("y a pas de jugement", "deny"), ("pas pour l'instant, je l'attends toujours", "informer"),
    ("elle n'a pas de quoi payer", "informer"),
])
def test_no_child_support_arriving_is_none_received(texte, intent):
    # The other parent absent, dead, unreachable or unable to pay, no judgment yet: nothing is received
    # (which is when the allocation de soutien familial is due), not « je ne sais pas ».
    known = {"besoins": ["famille"], "en_couple": False, "nb_enfants": 2, "enfants": [4, 9],
             "requested_slot": "pension_alimentaire_recue"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(texte, intent, known))
    assert slots["pension_alimentaire_recue"] == 0


def test_the_dialogue_keeps_the_activity_a_pension_implies_and_does_not_ask_it():
    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 67, "en_couple": False,
             "nb_enfants": 0, "logement": "proprietaire", "requested_slot": "activite"}
    assert parcours.prochaine_question(known) == "activite"
    known["requested_slot"] = "logement"
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("propriétaire, et je touche 640 euros de retraite", "informer",
                                                         known, events=events))
    assert slots["activite"] == "retraite" and slots["retraite"] == 640.0
    assert slots["requested_slot"] != "activite"


def test_a_relatives_town_named_in_an_answer_does_not_move_the_commune():
    known = {"besoins": ["autonomie"], "commune": "87161", "commune_nom": "Saint-Léonard-de-Noblat",
             "pour_un_proche": True, "age": 78, "requested_slot": "nb_enfants"}
    events = [{"event": "slot", "name": "commune", "value": "87161"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("Elle a un fils mais il a 50 ans et il vit à Lyon", "informer",
                                                         known, events=events))
    assert slots.get("commune", "87161") == "87161"
    assert slots["nb_enfants"] == 0


def test_one_approximate_amount_given_again_is_taken():
    known = {"besoins": ["argent"], "activite": "salarie", "en_couple": False, "requested_slot": "revenus_activite"}
    # « dans les 850 » is about 850: one approximate amount, what the question asks for (« un montant approximatif
    # suffit »), taken at once (it was asked again until 2026-12-04); a range is asked again
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("dans les 850 € net par mois", "informer", known))
    assert slots["revenus_activite"] == 850.0 and not any("un seul montant" in t for t in texts)
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("dans les 800-900 € net par mois", "informer", known))
    assert slots["revenus_activite"] is None and slots["precision"] == "revenus_activite"  # asked once more
    slots2, _, _ = _run(ValidateSituationForm(), _tracker("dans les 850 € net par mois", "informer",
                                                          {**known, **slots, "requested_slot": "revenus_activite"}))
    assert slots2["revenus_activite"] == 850.0
    # a range given again: its middle (« entre 950 et 1050 selon les heures »); a minimum stays unknown
    slots3, _, _ = _run(ValidateSituationForm(), _tracker("entre 950 et 1050 selon les heures", "informer",
                                                          {**known, "precision": "revenus_activite"}))
    assert slots3["revenus_activite"] == 1000
    slots4, _, _ = _run(ValidateSituationForm(), _tracker("plus de 800", "informer",
                                                          {**known, "precision": "revenus_activite"}))
    assert slots4["revenus_activite"] == INCONNU


def test_a_correction_at_the_recap_adds_no_need_the_words_do_not_name():
    known = {"besoins": ["logement", "argent"], "activite": "etudiant", "autres_ressources": 150.0, "age": 20,
             "en_couple": False, "nb_enfants": 0}
    recap = [{"event": "bot", "text": textes_bot.RECAP_DEBUT + "\n- …"}]
    slots, _, _ = _run(ActionNoter(), _tracker("en fait mes parents c plutot 200 par mois pas 150", "besoin_famille",
                                               known, events=recap))
    assert slots.get("besoins", known["besoins"]) == ["logement", "argent"]
    assert slots["autres_ressources"] == 200.0


def test_only_the_pensions_answers_the_couples_total():
    known = {"besoins": ["energie"], "commune": "97101", "commune_nom": "Les Abymes", "age": 71, "en_couple": True,
             "nb_enfants": 0, "logement": "proprietaire", "activite": "retraite", "retraite": 1300.0,
             "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("seulement les retraites", "informer", known, events=[
        {"event": "slot", "name": "commune", "value": "97101"}]))
    assert slots["retraite"] == 1300.0 and slots["revenus_activite"] == 0.0
    assert slots["requested_slot"] != "ressources"


def test_the_form_resumed_after_another_action_asks_the_next_question_the_needs_require():
    # « zéro, j'ai tout utilisé » read as a restart: action_recommencer notes it and the form comes back; Rasa's
    # own next slot (the first empty one of the domain's list) was « Attendez-vous un enfant ? ».
    known = {"besoins": ["dettes"], "commune": "33063", "commune_nom": "Bordeaux", "age": 38, "en_couple": False,
             "nb_enfants": 0, "enfants": [], "logement": "locataire", "loyer": 650.0, "dette_loyer": 0.0,
             "activite": "independant", "revenus_activite": INCONNU, "ressources": INCONNU,
             "prestations_percues": ["aide_logement"], "epargne": 0.0, "requested_slot": None}
    events = [{"event": "slot", "name": "commune", "value": "33063"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("zéro, j'ai tout utilisé", "recommencer", known, events=events))
    assert slots["requested_slot"] == parcours.prochaine_question({**known, parcours.BESOINS_DEMANDES: False,
                                                                   parcours.PRESTATIONS_DEMANDEES: False})
    assert slots["requested_slot"] != "grossesse"


def test_a_total_with_the_benefits_in_it_is_not_no_income_and_the_pay_is_asked_alone():
    known = {"besoins": ["famille"], "commune": "97416", "commune_nom": "Saint-Pierre", "age": 30, "en_couple": True,
             "nb_enfants": 2, "enfants": [0, 4], "grossesse": False, "logement": "locataire", "loyer": 420.0, "dette_loyer": 0.0,
             "activite": "sans_activite", "requested_slot": "ressources"}
    events = [{"event": "slot", "name": "commune", "value": "97416"}]
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("avec les allocations on doit avoir 2 000 € environ",
                                                             "informer", known, events=events))
    assert slots.get("revenus_activite") is None and slots["precision"] == "ressources"
    assert slots["requested_slot"] == "ressources"
    slots2, _, _ = _run(ValidateSituationForm(), _tracker("mon mari gagne dans les 1 600 net", "informer",
                                                          {**known, **slots}, events=events))
    assert slots2["revenus_activite"] == 1600.0


def test_the_nlus_commune_of_a_relatives_town_does_not_move_the_commune():
    known = {"besoins": ["autonomie"], "commune": "lyon", "commune_nom": "Saint-Léonard-de-Noblat",
             "pour_un_proche": True, "age": 78, "requested_slot": "nb_enfants"}
    events = [{"event": "slot", "name": "commune", "value": "87161"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("Elle a un fils mais il a 50 ans et il vit à Lyon", "informer",
                                                         known, events=events,
                                                         entities=[{"entity": "commune", "value": "lyon"}]))
    assert slots["commune"] == "87161"


def test_a_question_typed_in_the_middle_of_the_form_adds_no_need_its_words_do_not_name():
    known = {"besoins": ["argent"], "age": 72, "requested_slot": None}
    events = [{"event": "slot", "name": "requested_slot", "value": "epargne"},
              {"event": "bot", "text": "Avez-vous de l'épargne ?"}]
    slots, _, _ = _run(ActionNoter(), _tracker(
        "Elle me demande si ses enfants devront rembourser quelque chose après son décès", "besoin_dettes", known,
        events=events))
    assert "dettes" not in (slots.get("besoins") or [])


def test_a_worker_who_also_gets_the_are_is_asked_its_amount():
    slots = {"besoins": ["argent"], "commune": "13213", "age": 41, "en_couple": False, "nb_enfants": 0,
             "grossesse": False, "logement": "heberge", "activite": "salarie", "revenus_activite": 540.0,
             "prestations_percues": ["chomage"]}
    assert parcours.prochaine_question(slots) == "chomage"
    assert parcours.prochaine_question({**slots, "prestations_percues": []}) != "chomage"


# -- money said before its question, without its amount --------------------------------------

_ETUDIANTE = {"besoins": ["logement"], "commune": "35238", "commune_nom": "Rennes", "age": 20, "en_couple": False,
              "nb_enfants": 0, "enfants": [], "grossesse": False, "logement": "locataire", "loyer": 450.0,
              "dette_loyer": 0.0, "activite": "etudiant"}
_DIT = [{"event": "user", "text": "je suis etudiante, j'ai un petit job et une bourse"},
        {"event": "slot", "name": "commune", "value": "35238"}]


def test_a_student_s_small_job_is_asked_then_the_rest_of_the_money():
    # « un petit job et une bourse »: the total alone was taken for pay, the grant lost.
    slots = {**_ETUDIANTE, parcours.RESSOURCES_EN_PLUS: ["autres_ressources", "revenus_activite"]}
    assert parcours.prochaine_question(slots) == "revenus_activite"
    assert parcours.prochaine_question({**slots, "revenus_activite": 350.0}) == "ressources"
    # nothing said besides the studies: the total is asked, no pay question
    assert parcours.prochaine_question(_ETUDIANTE) == "ressources"
    # a student's job said alone: its pay, then the rest (the parents' help was never asked)
    seul_job = {**_ETUDIANTE, parcours.RESSOURCES_EN_PLUS: ["revenus_activite"]}
    assert parcours.prochaine_question({**seul_job, "revenus_activite": 450.0}) == "ressources"
    after, _, _ = _run(ValidateSituationForm(), _tracker("350", "informer", {**_ETUDIANTE, "requested_slot": "revenus_activite"},
                                                         events=_DIT))
    assert after["revenus_activite"] == 350 and after["requested_slot"] == "ressources"
    from actions.situation import ActionAskRessources

    _, texts, _ = _run(ActionAskRessources(), _tracker("", "informer", {**_ETUDIANTE, "revenus_activite": 350.0,
                                                                        "requested_slot": "ressources"}, events=_DIT))
    assert texts == [textes_bot.RESSOURCES_EN_PLUS]
    after, _, _ = _run(ValidateSituationForm(), _tracker("600 en tout", "informer", {
        **_ETUDIANTE, "revenus_activite": 350.0, "requested_slot": "ressources"}, events=_DIT))
    assert after["autres_ressources"] == 250 and after["ressources"] == 600


def test_a_student_s_pay_read_in_the_first_message_is_followed_by_the_total():
    # « je bosse le week-end, 100 balles par semaine » in the first message: no « small job » noted, the pay known; the
    # total was never asked, and the parents' help never heard
    slots = {**_ETUDIANTE, "revenus_activite": 433.0}
    assert not parcours.ressources_connues(slots)
    assert parcours.prochaine_question(slots) == "ressources"
    assert parcours.ressources_connues({**slots, "ressources": 580.0, "autres_ressources": 147.0})


def test_a_retiree_who_still_works_is_asked_the_pension_then_the_pay():
    slots = {**_ETUDIANTE, "age": 67, "logement": "proprietaire", "activite": "retraite",
             parcours.RESSOURCES_EN_PLUS: ["revenus_activite"]}
    assert parcours.prochaine_question(slots) == "retraite"
    assert parcours.prochaine_question({**slots, "retraite": 900.0}) == "revenus_activite"
    assert not parcours.ressources_connues({**slots, "retraite": 900.0})
    assert parcours.ressources_connues({**slots, "retraite": 900.0, "revenus_activite": 200.0})


def test_a_couple_s_total_above_the_pay_is_the_partner_s_unemployment_benefit_when_said():
    # « mon mari a été licencié il y a 2 mois »: the remainder of the total is his unemployment benefit.
    dit = [{"event": "user", "text": "mon mari a ete licencie il y a 2 mois, on a du mal a payer le loyer"},
           *_COMMUNE_VUE]
    apres = {**_COUPLE, "revenus_activite": 800.0, "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("2100", "informer", apres, events=dit))
    assert slots["chomage"] == 1300 and slots["revenus_activite"] == 800 and slots["ressources"] == 2100
    slots, _, _ = _run(ValidateSituationForm(), _tracker("2100", "informer", apres, events=_COMMUNE_VUE))
    assert slots["autres_ressources"] == 1300


def test_a_vague_total_said_twice_after_the_pay_is_split_like_any_total():
    # « en tout dans les 970 » asked again and said again: it replaced the student's pay of 520.
    slots = {**_ETUDIANTE, "revenus_activite": 520.0, "requested_slot": "ressources", "precision": "ressources"}
    after, _, _ = _run(ValidateSituationForm(), _tracker("en tout dans les 970 par mois je pense", "informer", slots,
                                                         events=_DIT))
    assert after["revenus_activite"] == 520 and after["autres_ressources"] == 450 and after["ressources"] == 970


def test_a_couple_s_total_with_the_partner_s_money_in_it_is_split():
    # « 2 250 avec son chômage » after her pay of 1 050: his benefit is 1 200, not 2 250.
    apres = {**_COUPLE, "revenus_activite": 1050.0, "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("2 250 avec son chômage, plus les allocs", "informer", apres,
                                                         events=_COMMUNE_VUE))
    assert slots["chomage"] == 1200 and slots["revenus_activite"] == 1050 and slots["ressources"] == 2250


def test_the_pay_said_as_the_minimum_wage_is_asked_with_its_amount_then_taken():
    # « je touche le smic, rien de plus » was a pay of 0 (« rien »); the Smic's net amount comes from OpenFisca-France.
    from knowledge.eligibility.openfisca_adapter import current_month, smic_net_mensuel

    smic = smic_net_mensuel(current_month())
    assert 1200 < smic < 2000
    slots = {**_COUPLE, "requested_slot": "revenus_activite"}
    after, texts, _ = _run(ValidateSituationForm(), _tracker("je touche le smic, rien de plus", "informer", slots,
                                                             events=_COMMUNE_VUE))
    assert after.get("revenus_activite") is None and after["precision"] == "revenus_activite"
    assert texts and "Smic" in texts[0] and "net par mois" in texts[0]
    after, _, _ = _run(ValidateSituationForm(), _tracker("le smic", "informer", {**slots, "precision": "revenus_activite"},
                                                         events=_COMMUNE_VUE))
    assert after["revenus_activite"] == round(smic)
    after, _, _ = _run(ValidateSituationForm(), _tracker("un demi smic", "informer",
                                                         {**slots, "precision": "revenus_activite"}, events=_COMMUNE_VUE))
    assert after["revenus_activite"] == round(0.5 * smic)


def test_an_arrondissement_is_not_replaced_by_its_city_named_in_another_answer():
    # « HLM de Paris Habitat » to the housing question: the NLU's « Paris » replaced Paris 18e.
    slots = {"besoins": ["sante"], "commune": "Paris", "commune_nom": "Paris 18e Arrondissement", "age": 34,
             "en_couple": False, "nb_enfants": 0, "requested_slot": "logement"}
    events = [{"event": "slot", "name": "commune", "value": "75118"}]
    after, _, _ = _run(ValidateSituationForm(), _tracker("HLM de Paris Habitat", "informer", slots,
                                                         entities=[{"entity": "commune", "value": "Paris"}],
                                                         events=events))
    assert after["commune"] == "75118" and after["logement"] == "locataire"


def test_the_town_said_after_j_habite_wins_over_the_nlus_entity_at_the_recap():
    # « jhabite a matoury en fait pas cayenne, cayenne cest mon ecole » (dev6): the NLU took Cayenne
    known = {"besoins": ["argent"], "commune": "cayenne", "commune_nom": "Cayenne", "requested_slot": "correction"}
    events = [{"event": "slot", "name": "commune", "value": "97302"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("jhabite a matoury en fait pas cayenne, cayenne cest mon ecole",
                                                         "informer", known, events=events,
                                                         entities=[{"entity": "commune", "value": "cayenne"}]))
    assert slots["commune"] == "97307"


@pytest.mark.parametrize("text, code", [("reze pres de nantes", "44143"), ("Fort-de-France, Terres-Sainville", "97209"),
                                        ("Paris 18e, vers la Chapelle", "75118"),
                                        # the first name approached when nothing else is found (Plougastel-Daoulas)
                                        ("Plougastel pres de Brest", "29189")])
def test_the_commune_named_first_wins_over_a_landmark_or_a_quarter(text, code):
    from actions.territoire import lire_commune

    status, candidates = lire_commune(text, "commune")
    assert status == "found" and candidates[0].code == code


def test_the_answer_to_the_commune_question_named_exactly_wins_over_the_nlus_entities():
    # « Fort-de-France, Terres-Sainville » (dev5): the NLU read Fort-de-France and Sainville, and the slot held the
    # last one (Sainville, Eure-et-Loir, whose CCAS was named)
    known = {"besoins": ["handicap"], "commune": "Sainville", "requested_slot": "commune"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "Fort-de-France, Terres-Sainville", "donner_commune", known,
        entities=[{"entity": "commune", "value": "Fort-de-France"}, {"entity": "commune", "value": "Sainville"}]))
    assert slots["commune"] == "97209"


def test_no_work_said_in_passing_then_the_job_need_asks_the_activity():
    # « Je n'ai pas de travail et pas d'argent » (sans_activite), then « trouver un travail… » to the needs said back:
    # looking for work or not is asked, not guessed (dev8: a refugee registered with France Travail)
    known = {"besoins": ["argent"], "activite": "sans_activite", "age": 29, "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("trouver un travail, un logement et de l'argent pour vivre",
                                                         "informer", known))
    assert "emploi" in slots["besoins"] and slots["activite"] is None
    # said in answer to the activity question, it stays
    known = {"besoins": ["argent", "emploi"], "age": 29, "requested_slot": "activite"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je ne travaille pas", "informer", known))
    assert slots["activite"] == "sans_activite"


def test_a_job_noun_after_mon_or_ma_is_someone_of_that_trade():
    from actions.extraction import extract

    assert "activite" not in extract("Mon éducatrice m'a dit de demander ici ce à quoi j'ai droit").facts


def test_international_protection_is_read_from_the_conversation_and_said_back():
    from actions.situation import slots_et_faits_dits, texte_recapitulatif
    known = {"besoins": ["argent"], "nationalite": "hors_ue_regulier", "titre_sejour_annees": 0}
    said = [{"event": "user", "text": "je suis afghan, j'ai eu le statut de réfugié il y a 3 mois"},
            {"event": "bot", "text": "Quel âge avez-vous ?"}]
    tracker = _tracker("29 ans", "informer", known, events=said)
    situation = slots_et_faits_dits(tracker)
    assert parcours.situation(situation)["protection_internationale"] is True
    assert "statut de réfugié" in texte_recapitulatif(situation)
    # an asylum seeker is not (yet) protected; a restart forgets it
    assert slots_et_faits_dits(_tracker("je suis demandeur d'asile", "informer", known)).get(
        "protection_internationale") is False
    assert "protection_internationale" not in slots_et_faits_dits(
        _tracker("29 ans", "informer", known, events=[*said, {"event": "restart"}]))
    # never written to a slot
    slots, _, _ = _run(ValidateSituationForm(), _tracker("j'ai la protection subsidiaire", "informer",
                                                         {**known, "requested_slot": "titre_sejour_annees"}))
    assert "protection_internationale" not in slots


def test_the_commune_named_first_wins_over_the_nlus_landmark():
    # « reze pres de nantes » to the commune question, the NLU's entity being Nantes (dev2)
    known = {"besoins": ["argent"], "commune": "nantes", "requested_slot": "commune"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("reze pres de nantes", "donner_commune", known,
                                                         entities=[{"entity": "commune", "value": "nantes"}]))
    assert slots["commune"] == "44143"


def test_a_care_leaver_is_read_from_the_conversation_and_said_back():
    from actions.situation import slots_et_faits_dits, texte_recapitulatif
    known = {"besoins": ["emploi"], "age": 19}
    said = [{"event": "user", "text": "j'ai 19 ans, j'étais placée à l'ASE jusqu'à mes 18 ans"},
            {"event": "bot", "text": "Dans quelle commune habitez-vous ?"}]
    situation = slots_et_faits_dits(_tracker("Lille", "informer", known, events=said))
    assert parcours.situation(situation)["confie_ase"] is True
    assert "aide sociale à l'enfance" in texte_recapitulatif(situation)
    # never written to a slot
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je sors de l'ASE", "informer",
                                                         {**known, "requested_slot": "logement"}))
    assert "confie_ase" not in slots


@pytest.mark.parametrize("texte, intent, besoins, autre_texte", [
    # a care leaver's placement is no family need; a parent's family need read by the classifier stays
    ("J'ai eu 18 ans le mois dernier et je suis sorti de l'ASE (j'étais en famille d'accueil), je sais pas comment je "
     "vais payer", "besoin_famille", ["argent"], "je suis seule avec mes deux enfants"),
    # the first rent of a home to find is no arrears; arrears said: the classifier's need stays
    ("je viens de décrocher un CDI à Grenoble mais je dois trouver un appart et j'ai pas de quoi payer la caution et le "
     "premier loyer", "besoin_impayes_loyer", ["logement"], "j'ai 3 mois de loyer en retard"),
])
def test_the_classifier_s_need_gives_way_to_words_that_read_otherwise(texte, intent, besoins, autre_texte):
    slots, _, _ = _run(ActionNoter(), _tracker(texte, intent))
    assert slots["besoins"] == besoins
    slots, _, _ = _run(ActionNoter(), _tracker(autre_texte, intent))
    assert intent.removeprefix("besoin_") in slots["besoins"]


def test_a_business_that_goes_badly_is_no_health_need():
    # « ça marche de moins en moins » of one's own business: nobody's legs; walking badly said stays a health need
    slots, _, _ = _run(ActionNoter(), _tracker("je suis maçon à mon compte, auto-entrepreneur, et ça marche de moins en "
                                               "moins", "besoin_sante"))
    assert "sante" not in (slots.get("besoins") or [])
    slots, _, _ = _run(ActionNoter(), _tracker("je marche de moins en moins bien depuis mon opération", "besoin_sante"))
    assert "sante" in slots["besoins"]

def test_the_carer_s_job_under_its_other_names_is_no_help_needed():
    slots, _, _ = _run(ActionNoter(), _tracker("je suis polonaise et je travaille comme aide ménagère", "besoin_autonomie"))
    assert "autonomie" not in (slots.get("besoins") or [])
    slots, _, _ = _run(ActionNoter(), _tracker("il faudrait une auxiliaire de vie pour mon mari", "besoin_autonomie"))
    assert "autonomie" in slots["besoins"]


def test_the_partner_s_pay_is_asked_of_a_person_without_work_whose_partner_works():
    from actions.situation import ActionAskRevenusActivite, slots_et_faits_dits
    known = {"besoins": ["argent"], "commune": "97416", "age": 30, "en_couple": True, "nb_enfants": 2,
             "enfants": [0, 4], "grossesse": False, "logement": "locataire", "loyer": 420, "dette_loyer": 0,
             "activite": "sans_activite"}
    said = [{"event": "user", "text": "nous sommes un couple avec 2 enfants. Mon mari travaille, moi je reste à la "
                                      "maison avec le bébé."}]
    tracker = _tracker("non aucune", "deny", known, events=said)
    assert parcours.prochaine_question(slots_et_faits_dits(tracker)) == "revenus_activite"
    _, texts, _ = _run(ActionAskRevenusActivite(), tracker)
    assert texts == [textes_bot.PAIE_DU_CONJOINT]
    # nothing said of the partner's work: the household's total, as before
    assert parcours.prochaine_question(slots_et_faits_dits(_tracker("non aucune", "deny", known))) == "ressources"


def test_the_household_s_size_said_first_counts_the_children_once_the_couple_is_known():
    known = {"besoins": ["handicap"], "commune": "68224", "age": 38, "nb_enfants": 1, "enfants": [6],
             "requested_slot": "en_couple"}
    said = [{"event": "user", "text": "bonjour on est 5 a la maison et on vit avec dans les 1700 € par mois"},
            {"event": "user", "text": "mon fils de 6 ans est autiste, on a fait le dossier mdph"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("oui marié", "affirm", known, events=said))
    assert slots["en_couple"] is True and slots["nb_enfants"] == 3 and slots.get("enfants") is None
    # nothing said of the household's size: the child named stays the count
    slots, _, _ = _run(ValidateSituationForm(), _tracker("oui marié", "affirm", known, events=said[1:]))
    assert "nb_enfants" not in slots
    # the children's number answered to its question stands (a couple corrected at the recap)
    asked = [*said, {"event": "slot", "name": "requested_slot", "value": "nb_enfants"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("oui marié", "affirm", known, events=asked))
    assert "nb_enfants" not in slots


def test_moi_non_answers_no_for_the_person_asked():
    from actions.extraction import extract

    assert extract("moi non, c'est mon fils qui a un handicap, on attend son taux",
                   requested="handicap_taux").facts["handicap_taux"] == 0


def test_another_relative_s_age_is_not_the_age_of_the_relative_written_for():
    known = {"besoins": ["autonomie"], "pour_un_proche": True, "requested_slot": "besoins"}
    said = [{"event": "user", "text": "Bonjour, ma mère a la maladie d'Alzheimer, elle vit encore chez elle à Nice "
                                      "avec mon père"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "Mon père a 84 ans et il s'épuise, il faudrait quelqu'un à la maison", "informer", known, events=said))
    assert "age" not in slots
    slots, _, _ = _run(ValidateSituationForm(), _tracker("ma mère a 81 ans", "informer", known, events=said))
    assert slots["age"] == 81


def test_a_jobseeker_receiving_the_aah_is_asked_the_rqth():
    from actions import parcours

    slots = {"besoins": ["emploi"], "activite": "demandeur_emploi", "age": 40, "prestations_percues": ["aah"]}
    assert parcours._utile("rqth", slots)
    assert not parcours._utile("rqth", {**slots, "prestations_percues": ["aide_logement"]})


def test_a_refugee_is_not_asked_the_years_of_residence_permit():
    """The years of permit decide nothing for a refugee (CASF art. L262-4, CSS art. L842-2 and L816-1)."""
    from actions.situation import prochaine, _slots_apres
    known = {"besoins": ["argent"], "commune": "67482", "age": 28, "en_couple": False, "nb_enfants": 0,
             "enfants": [], "logement": "hebergement_structure", "activite": "sans_activite", "ressources": 0.0,
             "revenus_activite": 0.0, "prestations_percues": [], "epargne": 0.0, "grossesse": False, "handicap_taux": 0,
             "requested_slot": "nationalite"}
    said = [{"event": "user", "text": "j'ai eu le statut de réfugié il y a 2 mois"}]
    tracker = _tracker("afghan", "informer", known, events=said)
    slots = _slots_apres(tracker, {"nationalite": "hors_ue_regulier"})
    assert slots["protection_internationale"] is True and prochaine(slots) != "titre_sejour_annees"
    sans = _slots_apres(_tracker("afghan", "informer", known), {"nationalite": "hors_ue_regulier"})
    assert prochaine(sans) == "titre_sejour_annees"


def test_a_disability_benefit_received_keeps_the_disability_need_and_a_benefit_paid_for_a_flat_is_no_need():
    """Asked back « autre chose aussi ? », « j'ai l'APL pour mon appart » had dropped the disability read from an
    opening about an invalidity pension and put housing in its place: the disability questions were never asked."""
    known = {"besoins": ["handicap", "argent"], "prestations_percues": ["pension_invalidite"], "requested_slot": "besoins"}
    said = [{"event": "user", "text": "à cause de ma maladie j'ai une pension d'invalidité de 700 euros, je m'en sors plus"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("j'ai l'apl pour mon appart", "informer", known, events=said))
    besoins = slots.get("besoins", known["besoins"])
    assert "handicap" in besoins and "logement" not in besoins


def test_the_writers_own_town_is_not_the_relatives_and_savings_are_no_postal_code():
    """« ma mère … en EHPAD à Vitré … moi j'habite à Bordeaux » had given Bordeaux; « 20000 sur les livrets »,
    answering the savings question, had given Ajaccio (20000)."""
    slots, _, _ = _run(ActionNoter(), _tracker(
        "Bonjour, ma mère de 86 ans vient d'entrer en ehpad, en ille et vilaine. moi j'habite a bordeaux", "informer"))
    assert slots.get("commune") in (None, INCONNU)
    known = {"besoins": ["argent"], "commune": "69267", "commune_nom": "Villié-Morgon", "requested_slot": "epargne"}
    events = [{"event": "slot", "name": "commune", "value": "69267"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("20000 sur les livrets", "informer", known, events=events))
    assert slots.get("commune", "69267") == "69267" and slots["epargne"] == 20000.0


def test_a_farming_household_overseas_is_not_sent_to_the_msa():
    from actions.situation import texte_recapitulatif
    outre_mer = texte_recapitulatif({"besoins": ["argent"], "commune": "97203", "regime_agricole": True})
    assert "CGSS" in outre_mer and "MSA" not in outre_mer
    assert "MSA" in texte_recapitulatif({"besoins": ["argent"], "commune": "12203", "regime_agricole": True})


def test_an_old_man_who_can_no_longer_cook_needs_help_at_home_not_food_aid():
    known = {"requested_slot": "besoins", "pour_un_proche": True}
    said = [{"event": "user", "text": "c'est pour mon père, 80 ans, il vit seul"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "il est tombé et depuis il arrive plus à se laver seul ni à se faire à manger", "informer", known, events=said))
    assert "autonomie" in slots["besoins"] and "alimentation" not in slots["besoins"]
    # help with the meals beside the washing: help at home too
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "ma mère s'épuise, il lui faut de l'aide pour la toilette et les repas", "informer", known, events=said))
    assert "autonomie" in slots["besoins"] and "alimentation" not in slots["besoins"]


def test_an_answer_out_of_range_twice_in_a_row_is_taken_as_unknown_and_the_form_goes_on():
    # The same out-of-range answer again got the same sentence for ever (dev11: « tous plus de 40 ans »).
    known = {"besoins": ["argent"], "commune": "69266", "commune_nom": "Villeurbanne", "requested_slot": "age"}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("250", "informer", known))
    assert slots["age"] is None and slots["precision"] == "age"
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("250", "informer", {**known, "precision": "age"}))
    assert slots["age"] == INCONNU and slots["requested_slot"] != "age"
    assert any("je continue sans elle" in t for t in texts)


def test_an_opening_whose_words_name_a_need_keeps_it_over_the_classifier_s_other_need():
    # « je m'occupe de mes petits-enfants, ma fille est malade »: the family, not help for daily life (dev11)
    slots, _, _ = _run(ActionNoter(), _tracker(
        "bonjour j'élève mes deux petits-enfants depuis l'été, leur mère est malade et ne peut plus s'en occuper",
        "besoin_autonomie"))
    assert slots["besoins"] == ["famille"]


def test_an_opening_telling_a_loss_of_autonomy_keeps_the_classifier_s_help_at_home():
    # « elle n'arrive plus à faire sa toilette ni à préparer ses repas »: help at home, the meals' word no food aid (dev5)
    slots, _, _ = _run(ActionNoter(), _tracker(
        "j'écris pour mon père de 87 ans, il n'arrive plus à se laver seul ni à préparer ses repas", "besoin_autonomie"))
    assert "autonomie" in slots["besoins"]


def test_five_digits_answering_the_savings_are_no_postal_code():
    # « 40000 à peu près » to the savings question kept the commune known (it had become Mont-de-Marsan, 40000)
    known = {"commune": "15134", "commune_nom": "Montsalvy", "requested_slot": "epargne"}
    events = [{"event": "slot", "name": "commune", "value": "15134"}]
    from actions.situation import _noter_commune
    tracker = _tracker("40000 a peu pres", "informer", known, events=events)
    assert _noter_commune(tracker, "epargne", "40000 a peu pres", "informer", CollectingDispatcher()).get(
        "commune") in (None, "15134")


def test_a_relatives_town_said_with_their_home():
    slots, _, _ = _run(ActionNoter(), _tracker(
        "c'est pour ma mère, 88 ans, elle vit seule dans sa maison à Laroquebrou dans le Cantal", "informer"))
    assert slots.get("commune_nom") == "Laroquebrou"


# -- thirty-second session (dev16 and faits_dev8, written apart; own sentences) -----------------------------------

def test_a_town_in_the_answer_to_another_question_does_not_replace_the_known_commune():
    # « ma femme touche 1100 net par mois à la cantine » (dev16) had put Cantin (Nord) in Béziers' place
    known = {"besoins": ["dettes"], "commune": "34032", "commune_nom": "Béziers", "en_couple": True,
             "requested_slot": "revenus_activite"}
    events = [{"event": "slot", "name": "commune", "value": "34032"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("moi 900 et mon mari touche 1000 au port de Sète",
                                                         "informer", known, events=events))
    assert slots.get("commune", "34032") == "34032"
    # the person saying they live elsewhere still corrects it
    slots, _, _ = _run(ValidateSituationForm(), _tracker("en fait on habite à Sète, 1900 à nous deux", "informer",
                                                         known, events=events))
    assert slots["commune"] == "34301"


def test_a_belief_about_whom_the_caf_is_for_is_not_writing_for_a_relative():
    from actions.extraction import extract
    facts = extract("non, je croyais que c'était pour mes parents la CAF", requested="prestations_percues").facts
    assert "pour_un_proche" not in facts and "en_couple" not in facts
    assert extract("je vous écris pour mes parents, ils sont retraités").facts.get("pour_un_proche") is True


def test_a_student_s_total_without_a_job_is_no_pay():
    from actions.extraction import extract
    facts = extract("380 en tout par mois", requested="ressources",
                    known={"activite": "etudiant", "en_couple": False}).facts
    assert facts == {"autres_ressources": 380.0}


@pytest.mark.parametrize("remarque, fin, intent", [
    # a short remark that names no need (« on avait pas d'assurance », typed after « le cyclone a détruit notre maison »
    # before « autre chose aussi ? » was read, dev16): the person's other needs (a roof, food) were never asked
    ("on n'était pas assurés", "c'est tout merci", "informer"),
    # the same remark the classifier reads as a refusal (« pas » made it a « deny », the needs were closed)
    ("on n'avait même pas d'assurance habitation", "non merci", "deny"),
])
def test_a_short_remark_that_names_no_need_asks_the_needs_once_more(remarque, fin, intent):
    known = {"besoins": ["catastrophe"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(remarque, intent, known,
                                                         events=_ouverture("la tempête a emporté notre toit")))
    assert slots["precision"] == "besoins" and slots["requested_slot"] == "besoins"
    # « non merci », « c'est tout merci » still end it
    slots, _, _ = _run(ValidateSituationForm(), _tracker(fin, intent, known,
                                                         events=_ouverture("la tempête a emporté notre toit")))
    assert slots["requested_slot"] != "besoins"


def test_a_story_typed_ahead_of_anything_else_adds_its_need_and_asks_once_more():
    # « et là j'ai une facture EDF de 380 que je peux pas payer » answered « autre chose aussi ? » before it was read
    # (dev15): the energy need is added, the question comes once more (the person's own list was never asked for)
    known = {"besoins": ["argent"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("et là on a une facture de gaz de 290 qu'on arrive pas à payer, "
                                                         "ils vont couper", "informer", known,
                                                         events=_ouverture("on a plus d'argent pour vivre depuis l'été")))
    assert slots["besoins"] == ["argent", "energie"] and slots["precision"] == "besoins" and \
        slots["requested_slot"] == "besoins"
    # a short direct answer ends it
    slots, _, _ = _run(ValidateSituationForm(), _tracker("et payer le gaz", "informer", known,
                                                         events=_ouverture("on a plus d'argent pour vivre depuis l'été")))
    assert slots["besoins"] == ["argent", "energie"] and slots["requested_slot"] != "besoins"
    # the story told on with its facts (« et mon proprio me réclame 1 800 de loyers en retard », dev22): asked once more too
    slots, _, _ = _run(ValidateSituationForm(), _tracker("et ma propriétaire me réclame 1 500 de loyers en retard", "informer",
                                                         {"besoins": ["dettes"], "requested_slot": "besoins"},
                                                         events=_ouverture("j'ai des crédits partout")))
    assert slots["besoins"] == ["dettes", "impayes_loyer"] and slots["precision"] == "besoins" and \
        slots["requested_slot"] == "besoins"
    # a long answer that opens with its need answers it too (« de l'argent, on a rien demandé… », dev18)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("le gaz, on a une facture de plus en plus lourde chaque hiver",
                                                         "informer", known,
                                                         events=_ouverture("on a plus d'argent pour vivre depuis l'été")))
    assert slots["besoins"] == ["argent", "energie"] and slots["requested_slot"] != "besoins"


@pytest.mark.parametrize("intent", ["informer", "out_of_scope", "nlu_fallback"])
def test_why_a_question_is_asked_is_answered_and_the_question_comes_again(intent):
    known = {"besoins": ["logement"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "requested_slot": "nationalite"}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("pourquoi vous demandez ça, c'est obligatoire ?", intent, known,
                                                             events=_COMMUNE_VUE))
    assert texts and texts[0].startswith(textes_bot.POURQUOI_QUESTION["nationalite"])
    assert textes_bot.POURQUOI_FACULTATIF in texts[0]
    assert slots.get("nationalite") is None and slots["requested_slot"] == "nationalite"


def test_why_a_question_is_asked_read_as_a_question_about_a_scheme():
    from actions.dispositifs import ActionExpliquerDispositif

    known = {"besoins": ["logement"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "requested_slot": "epargne"}
    asked = [*_COMMUNE_VUE, {"event": "bot", "text": textes_bot.QUESTIONS["epargne"][0]},
             {"event": "slot", "name": "requested_slot", "value": "epargne"}]
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker("pk vous voulez savoir ça ?", "question_dispositif", known,
                                                             events=asked))
    assert texts == [f"{textes_bot.POURQUOI_QUESTION['epargne']} {textes_bot.POURQUOI_FACULTATIF}"]
    # a scheme still held from two questions before is not the one asked about
    _, texts, _ = _run(ActionExpliquerDispositif(), _tracker("pk vous demandez ça c obligé ?", "question_dispositif",
                                                             {**known, "dispositif": "aide_logement"}, events=asked))
    assert texts == [f"{textes_bot.POURQUOI_QUESTION['epargne']} {textes_bot.POURQUOI_FACULTATIF}"]


def test_a_question_about_a_scheme_asked_instead_of_other_needs_leaves_them_to_ask():
    # « on m'a dit que je pouvais avoir le RSA, c'est vrai ? » to « autre chose aussi ? » (dev17): the rule explains the
    # RSA, and the needs question comes again (it had closed the needs: « un taf » was never asked for)
    known = {"besoins": ["logement", "argent"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("on m'a dit que je pouvais avoir le rsa, c'est vrai ?",
                                                         "question_dispositif", known,
                                                         events=_ouverture("je dors chez un pote mais ça va pas durer")))
    assert slots.get("besoins") is None and slots["requested_slot"] == "besoins"


def test_an_answer_to_anything_else_that_opens_with_a_known_need_closes_the_needs():
    # « un peu d'argent, c'est juste avec mon fils » to « autre chose aussi ? » (dev17): asked once more, the same came back
    known = {"besoins": ["argent"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("un peu d'argent, c'est juste avec mon fils et mon salaire", "informer",
                                                         known, events=_ouverture("je voudrais savoir à quoi j'ai droit")))
    assert slots.get("precision") != "besoins" and slots["requested_slot"] != "besoins"


def test_a_list_of_the_needs_already_known_closes_the_needs():
    # the known needs said again as a list, longer than six words (dev19): an answer, not a story typed ahead
    known = {"besoins": ["logement", "alimentation"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("de l'aide pour payer le loyer et aussi pour manger un peu mieux",
                                                         "informer", known,
                                                         events=_ouverture("je voudrais savoir à quoi j'ai droit")))
    assert slots.get("precision") != "besoins" and slots["requested_slot"] != "besoins"


def test_a_remark_the_classifier_reads_as_the_need_already_known_does_not_close_the_needs():
    # « on avait pas d'assurance », read as the disaster again by the classifier (dev16): asked once more
    known = {"besoins": ["catastrophe"], "requested_slot": "besoins"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("on avait pas d'assurance", "besoin_catastrophe", known,
                                                         events=_ouverture("le cyclone a détruit notre maison")))
    assert slots.get("precision") == "besoins" and slots["requested_slot"] == "besoins"


@pytest.mark.parametrize("text, known, expected", [
    # one amount for two kinds named is their total (a student's grant and job, dev19)
    ("ma bourse plus mon petit job, environ 900", ("revenus_activite", 400.0),
     {"revenus_activite": 400.0, "autres_ressources": 500.0}),
    # the pensions already said, « nos 2 »: nothing else comes in
    ("seulement nos deux retraites", ("retraite", 1500.0), {"retraite": 1500.0, "revenus_activite": 0.0}),
    # the pay known and family benefits, which are no resource of this question
    ("nos 2 salaires et les allocations familiales", ("revenus_activite", 2500.0), {"revenus_activite": 2500.0, "chomage": 0.0}),
    # the pay known said to be in the total (« 2 300 avec le salaire de ma femme », dev22): the rest is other money
    ("2 400 avec la paie de mon mari", ("revenus_activite", 1800.0),
     {"revenus_activite": 1800.0, "autres_ressources": 600.0}),
])
def test_the_household_s_total_said_by_its_kinds(text, known, expected):
    from actions.extraction import extract
    from actions.situation import total_du_couple

    lus = extract(text, requested="ressources").facts
    total = total_du_couple(text, dict(lus), known[0], known[1], lus)
    assert {k: total.get(k) for k in expected} == expected


def test_a_greeting_written_for_a_relative_keeps_the_relative():
    from actions.dispositifs import ActionSaluer

    slots, texts, _ = _run(ActionSaluer(), _tracker("bonjour je vous écris pour ma mère", "greet"))
    assert slots.get("pour_un_proche") is True and "votre proche" in texts[0]
    slots, texts, _ = _run(ActionSaluer(), _tracker("bonjour", "greet"))
    assert slots == {} and texts == [""]


def test_one_partner_s_part_corrected_at_the_recap_corrects_the_total():
    known = {"besoins": ["argent"], "age": 66, "en_couple": True, "nb_enfants": 0, "activite": "retraite",
             "retraite": 1500.0}
    recap = [{"event": "bot", "text": textes_bot.RECAP_DEBUT + "\n- …"}]
    slots, _, _ = _run(ActionNoter(), _tracker("non, la retraite de mon mari c'est 1 020, pas 980", "informer", known,
                                               events=recap))
    assert slots["retraite"] == 1540.0  # 520 + 1 020, not 1 020
    slots, _, _ = _run(ActionNoter(), _tracker("non c'est 1 550 de retraite, pas 1 500", "informer", known, events=recap))
    assert slots["retraite"] == 1550.0  # the whole corrected: replaced
    # written for a relative of a couple: the father's part corrected, his and his wife's total known
    slots, _, _ = _run(ActionNoter(), _tracker("petite correction : la retraite de mon père c'est 1 350, pas 1 300", "informer",
                                               {**known, "retraite": 1900.0, "pour_un_proche": True}, events=recap))
    assert slots["retraite"] == 1950.0


def test_one_part_corrected_without_its_old_value_replaces_the_part_said_before():
    """« la retraite de ma mère c'est 480 » after « 890 pour mon père et 430 pour ma mère » gave the couple a pension
    of 480; « moi c'est 1 500 » after « moi 1 300, elle 600 » gave the couple a pay of 1 500."""
    recap = [{"event": "bot", "text": textes_bot.RECAP_DEBUT + "\n- …"}]
    parts = [{"event": "user", "text": "890 pour mon père et 430 pour ma mère"}]
    known = {"besoins": ["argent"], "age": 75, "en_couple": True, "nb_enfants": 0, "activite": "retraite",
             "retraite": 1320.0, "pour_un_proche": True}
    slots, _, _ = _run(ActionNoter(), _tracker("ah non la retraite de ma mère c'est 470 avec sa complémentaire", "informer",
                                               known, events=parts + recap))
    assert slots["retraite"] == 1360.0  # 890 + 470
    parts = [{"event": "user", "text": "moi 1300 net, elle 600 à peu près"}]
    known = {"besoins": ["argent"], "age": 33, "en_couple": True, "nb_enfants": 1, "activite": "salarie",
             "revenus_activite": 1900.0}
    slots, _, _ = _run(ActionNoter(), _tracker("en fait moi c'est 1500 depuis la rentrée", "informer", known,
                                               events=parts + recap))
    assert slots["revenus_activite"] == 2100.0
    # the new part with the old one (« moi c'est 1250 pas 1300 », conversations_dev49): the extraction made the total
    # already, it is not made again (3 150 was kept)
    parts = [{"event": "user", "text": "moi 1300 net et lui 950 en apprentissage"}]
    slots, _, _ = _run(ActionNoter(), _tracker("non pardon moi c'est 1250 pas 1300, j'avais compté la prime du mois dernier",
                                               "informer", {**known, "revenus_activite": 2250.0}, events=parts + recap))
    assert slots["revenus_activite"] == 2200.0
    # a partner's income left out and said at the recap: added to the pay known
    slots, _, _ = _run(ActionNoter(), _tracker("j'avais oublié, mon mari fait des livraisons, 300 par mois", "informer",
                                               {**known, "revenus_activite": 1300.0}, events=recap))
    assert slots["revenus_activite"] == 1600.0


def test_the_arrears_corrected_at_the_recap_by_their_months_or_their_total():
    from actions.extraction import extract
    known = {"dette_loyer": 1000.0, "loyer": 500.0}
    assert extract("non en fait on a 3 mois de retard pas 2, soit 1520 avec les frais", requested="correction",
                   known=known).facts["dette_loyer"] == 1520.0
    assert extract("c'est plus 2 mois, c'est 4 maintenant", requested="correction",
                   known=known).facts["dette_loyer"] == 2000.0


def test_the_pay_known_and_the_benefits_to_the_household_s_total_say_nothing_else_comes_in():
    """« 1600 plus les allocs, dans les 2200 » made 2 200 € of other money beside the pay of 1 600."""
    known = {"besoins": ["argent"], "commune": "35238", "commune_nom": "Rennes", "age": 40, "en_couple": True,
             "nb_enfants": 2, "enfants": [4, 9], "logement": "locataire", "loyer": 650.0, "activite": "salarie",
             "revenus_activite": 1500.0, "requested_slot": "ressources"}
    for reponse in ("1500 plus les allocations, environ 2000 en tout", "1500 et les allocs c'est tout"):
        slots, _, _ = _run(ValidateSituationForm(), _tracker(reponse, "informer", known))
        assert slots.get("revenus_activite", 1500.0) == 1500.0 and not slots.get("autres_ressources"), (reponse, slots)
        assert slots.get("ressources") == 1500.0, (reponse, slots)


def test_one_total_for_the_grant_and_the_job_named_is_their_total():
    from actions.extraction import extract
    from actions.situation import total_du_couple
    lu = extract("900 environ avec la bourse et le boulot", requested="ressources")
    assert total_du_couple("900 environ avec la bourse et le boulot", lu.facts, "revenus_activite", 300.0, lu.facts) == \
        {"revenus_activite": 300.0, "autres_ressources": 600.0}


def test_the_pay_known_said_again_roughly_as_the_total_stays_exact():
    from actions.extraction import extract
    from actions.situation import total_du_couple
    texte = "à peu près 2100 de salaires plus les allocations"
    lu = extract(texte, requested="ressources")
    assert total_du_couple(texte, lu.facts, "revenus_activite", 2120.0, lu.facts) == {"revenus_activite": 2120.0}


def test_a_bare_total_of_a_household_without_pay_is_the_other_money_said_before():
    # « on a rien comme revenus, juste ce que sa mère nous donne », then « 100 euros » to the household's total (dev22):
    # the family's help, not pay (the prime d'activité was offered)
    known = {"requested_slot": "ressources", "activite": "sans_activite", "en_couple": True, "besoins": ["argent"]}
    dit = [{"event": "user", "text": "on a rien comme revenus, juste ce que sa mère nous donne"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("120 euros", "informer", known, events=dit))
    assert slots.get("autres_ressources") == 120 and not slots.get("revenus_activite")
    # the pay named in the answer stays pay
    slots, _, _ = _run(ValidateSituationForm(), _tracker("120 euros de salaire", "informer", known, events=dit))
    assert slots.get("revenus_activite") == 120


def test_a_question_of_ones_own_in_the_middle_of_the_questions_is_answered():
    # « si je fais un dossier de surendettement je perds ma voiture ? » read as an answer (informer): the scheme it names
    # explained, then the question pending again (it came back alone, as if nothing had been said)
    known = {"besoins": ["dettes"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "requested_slot": "epargne"}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "et si je demande le surendettement on me saisit mon scooter ?", "informer", known, events=_COMMUNE_VUE))
    assert texts and texts[0].startswith("Procédure de surendettement")
    assert slots.get("epargne") is None and slots["requested_slot"] == "epargne"
    # a question no scheme answers: said plainly
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "est-ce que la CAF va vérifier mes comptes bancaires ?", "informer", known, events=_COMMUNE_VUE))
    assert texts and texts[0] == textes_bot.QUESTION_EN_PASSANT and slots["requested_slot"] == "epargne"


def test_a_scheme_asked_by_the_name_people_use():
    # « le contrat jeune majeur » is the child welfare's (ASE) help for young adults: its record answers
    known = {"besoins": ["logement"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "requested_slot": "activite"}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "on m'a dit que le contrat jeune majeur c'était fini pour moi, c'est vrai ?", "informer", known, events=_COMMUNE_VUE))
    assert texts and texts[0].startswith("Aide sociale à l'enfance") and slots["requested_slot"] == "activite"
    # a question read as « not understood »: answered too, and the question's slot set as it is, so that Rasa does not
    # reject the form (its fallback rule then said « je n'ai pas bien compris », and a question asked mid-form was met by
    # the question again alone, as if nothing had been said)
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "la CAF peut-elle reprendre ce qu'elle m'a versé en trop ?", "nlu_fallback", known,
        events=_COMMUNE_VUE))
    assert texts == [textes_bot.QUESTION_EN_PASSANT] and "activite" in slots and slots["requested_slot"] == "activite"


def test_the_pay_named_again_with_the_benefits_is_the_households_whole_money():
    # « nos deux salaires et les allocs » to the household's total, the couple's pay known: nothing else comes in (it was
    # asked again for one amount, as a total of unknown parts)
    known = {"requested_slot": "ressources", "activite": "salarie", "en_couple": True, "revenus_activite": 2300,
             "besoins": ["argent"], "nb_enfants": 3}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("nos deux salaires et les allocs", "informer", known))
    assert textes_bot.PRECISION not in texts
    assert slots.get("revenus_activite") == 2300 and slots.get("autres_ressources") == 0 and \
        slots.get("prestations_percues") == ["allocations_familiales"]


@pytest.mark.parametrize("dit, paie, reponse, autres", [
    # « environ 450 par mois avec le job », then « 650 à peu près » to « Et en tout, avec le reste de ce que vous
    # recevez… ? »: 200 of other money (the 650 was taken as other money on top of the 450)
    ("je bosse un peu le samedi", 450, "700 à peu près", 250),
    # « environ 700 par mois avec la bourse » after the job's 390: the grant is in the total, 310 of other money (it was
    # 700 on top of the job's pay)
    ("je suis boursière et j'ai un petit job au mcdo", 390, "à peu près 720 avec ma bourse", 330),
])
def test_the_total_asked_after_a_students_job_is_the_total(dit, paie, reponse, autres):
    known = {"requested_slot": "ressources", "activite": "etudiant", "en_couple": False, "revenus_activite": paie,
             "besoins": ["alimentation"]}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(reponse, "informer", known, events=[{"event": "user", "text": dit}]))
    assert slots.get("revenus_activite") == paie and slots.get("autres_ressources") == autres


def test_a_question_mid_form_that_names_a_need_is_noted_and_said_so():
    # « et pour le petit, il y a quelque chose ? » read as the family's need: the need kept, the person told it is noted
    # (the question came back alone, as if nothing had been said)
    known = {"besoins": ["argent"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "requested_slot": "loyer",
             "logement": "locataire"}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "et pour mes enfants, est-ce qu'il y a des aides ?", "besoin_famille", known, events=_COMMUNE_VUE))
    assert texts and texts[0].startswith("C'est noté") and "la famille" in texts[0]
    assert slots["besoins"] == ["argent", "famille"] and slots["requested_slot"] == "loyer"


def test_an_estimate_for_a_relative_is_theirs():
    # « je dirais 4 000 » to the savings question asked about a father: his savings, not the writer's own clause
    known = {"besoins": ["autonomie"], "requested_slot": "epargne", "pour_un_proche": True, "age": 88}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("ma soeur gère ses comptes, je dirais 3 000", "informer", known))
    assert slots.get("epargne") == 3000


def test_the_known_amount_said_again_beside_another_is_the_partners():
    # « 1300 + 450 de chômage + les allocs », the 450 of unemployment benefit known, the husband working: his 1 300
    known = {"requested_slot": "ressources", "activite": "demandeur_emploi", "en_couple": True, "chomage": 450,
             "besoins": ["argent"]}
    dit = [{"event": "user", "text": "mon mari travaille et moi je suis au chômage"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("1250 + 450 de chômage + les allocs", "informer", known, events=dit))
    assert slots.get("chomage") == 450 and slots.get("revenus_activite") == 1250


def test_a_fear_of_being_put_out_with_the_arrears_known_is_no_home_to_find():
    known = {"besoins": ["impayes_loyer", "argent"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois",
             "requested_slot": "age", "logement": "locataire"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("il peut me mettre dehors en janvier ?", "informer", known,
                                                         events=_COMMUNE_VUE))
    assert "logement" not in (slots.get("besoins") or [])


def test_the_needs_said_back_after_it_noted_something_are_not_said_back_again_after_the_commune():
    from actions import textes
    from actions.situation import besoins_a_redire_apres_la_commune
    dit = "C'est noté. " + textes.BESOINS_AUTRE.format(besoins="l'argent pour vivre")
    events = [{"event": "slot", "name": "requested_slot", "value": "besoins"},
              {"event": "bot", "text": dit},
              {"event": "slot", "name": "requested_slot", "value": "commune"}]
    tracker = _tracker("Clermont-Ferrand", "donner_commune", {"requested_slot": "commune", "besoins": ["argent"]},
                       events=events)
    assert not besoins_a_redire_apres_la_commune(tracker, {"besoins": ["argent"]})


def test_the_recap_says_one_year_in_the_singular():
    from actions.parcours import recapitulatif
    lignes = recapitulatif({"nb_enfants": 3, "enfants": [1, 4, 0]})
    assert any("(1 an, 4 ans, " in ligne for ligne in lignes), lignes


def test_frequent_questions_of_a_scheme_are_answered_in_the_middle_of_the_questions():
    # « nos enfants devront rembourser l'ASPA ? » (a reason the ASPA is not claimed) got « je ne sais pas répondre »:
    # the record's checked answer, with its source, then the question pending again
    known = {"besoins": ["argent"], "commune": "93005", "commune_nom": "Aulnay-sous-Bois", "requested_slot": "epargne"}
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "et le minimum vieillesse, mes fils devront le rembourser après ma mort ?", "informer", known, events=_COMMUNE_VUE))
    assert texts and "héritage" in texts[0] and "L815-13" in texts[0] and "service-public.fr" in texts[0]
    assert slots["requested_slot"] == "epargne"
    # a question that names no scheme but the family's share of an EHPAD: the aid for it (ASH) and the duty of children
    known["requested_slot"] = "nationalite"
    slots, texts, _ = _run(ValidateSituationForm(), _tracker(
        "mon frère et moi, on devra payer le reste ?", "informer", known, events=_COMMUNE_VUE))
    assert texts and "obligation alimentaire" in texts[0] and "F2444" in texts[0]


def test_a_frequent_question_needs_its_words():
    from actions.dispositifs import question_frequente
    from knowledge.schemes import load_catalogue

    catalogue = load_catalogue()
    assert question_frequente("c'est quoi l'ASPA ?", catalogue, catalogue["aspa"]) is None
    assert question_frequente("est-ce qu'on va devoir payer les frais de cantine ?", catalogue) is None


def test_the_household_s_money_is_asked_without_the_benefits_already_said():
    # « je touche l'AAH », then « 2 433 € à deux » (the AAH in it) was read as 2 433 € of pay: the question leaves them out
    known = {"besoins": ["handicap"], "prestations_percues": ["aah", "aide_logement"], "en_couple": True,
             "requested_slot": "ressources"}
    _, texts, _ = _run(_ask("ressources"), _tracker("", "informer", known))
    assert texts and texts[0].startswith("Sans compter l'AAH et l'aide au logement (APL), combien votre foyer reçoit-il")
    # none said: the question as it was
    _, texts, _ = _run(_ask("ressources"), _tracker("", "informer", {"requested_slot": "ressources"}))
    assert texts and texts[0].startswith("Combien votre foyer reçoit-il")


def test_the_pay_pointed_at_is_nothing_else():
    from actions.situation import _RIEN_D_AUTRE_QUE
    from actions.extraction import normaliser
    # « ce que je gagne avec le VTC » to « et en tout, avec le reste… ? » was asked twice, then left unknown
    assert _RIEN_D_AUTRE_QUE.search(normaliser("ce que je gagne avec le VTC"))
    assert not _RIEN_D_AUTRE_QUE.search(normaliser("ce que je gagne avec mon mari, 2000"))


def test_more_frequent_questions_and_the_conversation_as_context():
    from actions.dispositifs import question_frequente
    from knowledge.schemes import load_catalogue

    catalogue = load_catalogue()

    def ids(texte, scheme=None, contexte=""):
        trouve = question_frequente(texte, catalogue, catalogue.get(scheme) if scheme else None, contexte)
        return trouve[0].id if trouve else None

    # a partner's pay and the AAH since October 2023; the other parent made to pay; no address; the five years
    assert ids("refusée à l'AAH à cause du salaire de mon mari, ça a changé ?", "aah") == "aah"
    assert ids("comment forcer mon ex à payer pour les petits ?") == "asf"
    assert ids("comment récupérer mes affaires chez mon ex ?") is None
    assert ids("sans adresse je peux toucher le RSA ?") == "domiciliation"
    assert ids("il faut 5 ans de papiers pour le RSA ?") == "rsa"
    assert ids("ma fille a 5 ans, elle a droit ?") is None
    # the ASPA taken from the house after death
    assert ids("avec l'ASPA, ils vont prendre sa maison après sa mort ?", "aspa") == "aspa"
    # the children's share asked about a father in an EHPAD known from the conversation, the EHPAD not named again
    assert ids("est-ce que nous, les enfants, on va devoir payer ?") is None
    assert ids("est-ce que nous, les enfants, on va devoir payer ?", contexte="ehpad") == "aide_sociale_hebergement"
    # a Crous residence's fee and the housing aid
    assert ids("la résidence crous ça compte comme un loyer pour la caf ?") == "aide_logement"
    # the other parent not named, the child support being asked
    from actions.dispositifs import contexte_de_la_conversation
    question = "au fait la caf elle peut recuperer l'argent aupres de lui ?"
    assert ids(question, contexte=contexte_de_la_conversation(_tracker(question, "question_dispositif"))) is None
    demandee = contexte_de_la_conversation(_tracker(question, "question_dispositif",
                                                    {"requested_slot": "pension_alimentaire_recue"}))
    assert ids(question, contexte=demandee) == "asf"


def test_rent_owed_adds_the_arrears_to_the_needs_said():
    # « 2 400 €, 4 mois » to the arrears question, debts and housing said: the arrears are a need of their own
    slots, _, _ = _run(ValidateSituationForm(), _tracker("2 400 €, 4 mois", "informer",
                                               {"besoins": ["dettes", "logement"], "requested_slot": "dette_loyer"}))
    assert slots["dette_loyer"] == 2400 and slots["besoins"] == ["dettes", "logement", "impayes_loyer"]
    # nothing owed: the needs stay
    slots, _, _ = _run(ValidateSituationForm(), _tracker("non", "deny", {"besoins": ["logement"], "requested_slot": "dette_loyer"}))
    assert "besoins" not in slots


def test_a_part_asked_after_the_household_s_total_comes_out_of_its_rest():
    # the total « 1 250 plus l'APL » over a pay of 1 100 held the child support asked after it: not counted twice
    known = {"besoins": ["argent"], "age": 41, "en_couple": False, "nb_enfants": 1, "enfants": [14], "activite": "salarie",
             "revenus_activite": 1100.0, "autres_ressources": 150.0, "ressources": 1250.0,
             "requested_slot": "pension_alimentaire_recue"}
    total_asked = [{"event": "slot", "name": "requested_slot", "value": "ressources"}]
    slots, _, _ = _run(ValidateSituationForm(), _tracker("1 800 € par an, c'est le juge qui l'a fixée", "informer", known,
                                                         events=total_asked))
    assert slots["pension_alimentaire_recue"] == 150 and slots["autres_ressources"] == 0 and slots["ressources"] == 1250
    # the total never asked: the rest was said as such, the part adds up
    slots, _, _ = _run(ValidateSituationForm(), _tracker("150 par mois", "informer", known))
    assert "autres_ressources" not in slots


def test_a_jobseeker_without_benefit_is_still_asked_what_the_household_receives():
    # « inscrite à France Travail mais je touche rien »: no unemployment benefit, the household's other money unknown
    known = {"besoins": ["argent"], "commune": "69266", "age": 38, "en_couple": False, "nb_enfants": 0, "enfants": [],
             "grossesse": False, "logement": "locataire", "loyer": 520.0, "dette_loyer": 0.0,
             "activite": "demandeur_emploi", "chomage": 0.0}
    assert not parcours.ressources_connues(known)
    assert parcours.prochaine_question(known) == "ressources"
    assert parcours.ressources_connues({**known, "autres_ressources": 150.0})


def test_the_total_answered_keeps_the_activity_known():
    # « quand j'ai des missions, 300 par mois » to the household's total, from a jobseeker: where the money comes from, not a
    # new activity (a young jobseeker became salaried and lost the CEJ)
    known = {"besoins": ["emploi"], "commune": "80021", "commune_nom": "Amiens", "age": 21, "en_couple": False,
             "nb_enfants": 0, "grossesse": False, "logement": "heberge", "activite": "demandeur_emploi", "chomage": 0.0,
             "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("quand je trouve des missions en intérim je me fais 300 par mois",
                                                         "informer", known,
                                                         events=[{"event": "slot", "name": "commune", "value": "80021"}]))
    assert slots.get("activite", "demandeur_emploi") == "demandeur_emploi"


def test_a_total_said_with_the_benefits_left_out_by_the_question_is_asked_again():
    # « Sans compter l'AAH et l'APL… ? » answered « 1033 + l'apl »: the AAH is in it; it was 1 033 € of other money
    known = {"besoins": ["handicap"], "prestations_percues": ["aah", "aide_logement"], "en_couple": False,
             "activite": "demandeur_emploi", "chomage": 0.0, "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("1033 + l'apl", "informer", known))
    assert slots.get("autres_ressources") in (None,) and slots.get("precision") == "ressources"
    assert slots.get("ressources", "absent") is None
    _, texts, _ = _run(_ask("ressources"), _tracker("1033 + l'apl", "informer", {**known, "precision": "ressources"}))
    assert texts and texts[0].startswith("Ce montant comprend vos aides") and "En dehors de l'AAH" in texts[0]
    # said so again: left unknown, the form goes on
    slots, _, _ = _run(ValidateSituationForm(), _tracker("environ 1100 avec tout", "informer", {**known, "precision": "ressources"}))
    assert slots.get("ressources") == "inconnu" and not slots.get("autres_ressources")
    # the pay known said again with the benefits is still nothing else (« 1600 plus les allocs »)
    known_paie = {"prestations_percues": ["allocations_familiales"], "en_couple": False, "activite": "salarie",
                  "revenus_activite": 1600.0, "requested_slot": "ressources"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker("1600 plus les allocs", "informer", known_paie))
    assert slots.get("precision") != "ressources"


def test_a_question_about_a_word_names_no_need():
    # « est-ce que c'est pareil que le handicap ? » to the loss-of-autonomy question added the need of a disability
    known = {"besoins": ["argent"], "pour_un_proche": True, "requested_slot": "perte_autonomie"}
    slots, _, _ = _run(ValidateSituationForm(), _tracker(
        "est-ce que c'est pareil que le handicap ? elle n'a pas de carte d'invalidité", "besoin_handicap", known))
    assert "handicap" not in (slots.get("besoins") or [])


def test_a_job_held_said_to_the_needs_asked_back_is_no_need_of_work():
    # « jtravaille aussi le we » after « Avez-vous besoin d'aide pour autre chose aussi ? »: the classifier's need of work
    # was added
    for known in ({"besoins": ["logement"], "activite": "etudiant", "requested_slot": "besoins"},
                  {"besoins": ["logement"], "activite": "etudiant"}):
        slots, _, _ = _run(ValidateSituationForm(), _tracker("jtravaille aussi le we", "besoin_emploi", known))
        assert "emploi" not in (slots.get("besoins") or [])
    # a job looked for is one
    slots, _, _ = _run(ValidateSituationForm(), _tracker("je travaille pas, je cherche du boulot", "besoin_emploi",
                                                         {"besoins": ["logement"], "requested_slot": "besoins"}))
    assert "emploi" in (slots.get("besoins") or [])


def test_children_seen_on_visits_at_the_children_question_are_asked_who_lives_there():
    known = {"besoins": ["logement"], "commune": "69266", "commune_nom": "Villeurbanne", "age": 40,
             "en_couple": False, "requested_slot": "nb_enfants"}
    events = [{"event": "slot", "name": "commune", "value": "69266"}]
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("2, mais je les ai un week-end sur deux", "informer", known,
                                                             events=events))
    # not « un seul montant »: the question in the children's own words
    assert slots["nb_enfants"] is None and slots["precision"] == "nb_enfants" and slots["requested_slot"] == "nb_enfants"
    assert any("vivent avec vous la plupart du temps" in t for t in texts) and not any("montant" in t for t in texts)
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("0", "informer", known, events=events))
    assert slots["nb_enfants"] == 0


def test_the_partners_amount_beside_ones_own_named_bare_is_the_partners_money():
    from actions.extraction import extract
    from actions.situation import total_du_couple
    texte = "1800 de ma femme + mon chômage + les allocs"
    known = {"chomage": 950.0, "activite": "demandeur_emploi", "en_couple": True}
    lu = extract(texte, requested="ressources", known=known)
    # of the kind the conversation said she brings in (« ma femme travaille »), or other money; the 950 known kept
    assert total_du_couple(texte, dict(lu.facts), "chomage", 950.0, lu.facts, "revenus_activite") == \
        {"chomage": 950.0, "revenus_activite": 1800.0}
    assert total_du_couple(texte, dict(lu.facts), "chomage", 950.0, lu.facts) == \
        {"chomage": 950.0, "autres_ressources": 1800.0}


def test_fewer_ages_than_the_children_known_ask_each_ones_age_again():
    known = {"besoins": ["argent"], "commune": "97411", "commune_nom": "Saint-Denis", "age": 36, "en_couple": True,
             "nb_enfants": 3, "requested_slot": "enfants"}
    events = [{"event": "slot", "name": "commune", "value": "97411"}]
    slots, texts, _ = _run(ValidateSituationForm(), _tracker("c'est quoi la PAJE ? le plus petit a 2 ans", "informer", known,
                                                             events=events))
    # the three children stay three: each one's age asked, not « un seul montant » nor who lives there
    assert slots.get("nb_enfants", 3) == 3 and slots["enfants"] is None and slots["precision"] == "enfants"
    assert any("avoir 3 enfants : quel âge a chacun" in t for t in texts) and not any("montant" in t for t in texts)
    known.update(slots)
    slots, _, _ = _run(ValidateSituationForm(), _tracker("2, 7 et 12 ans", "informer", known, events=events))
    assert slots["enfants"] == [2, 7, 12] and slots.get("nb_enfants", 3) == 3


def test_a_common_noun_after_a_weak_place_word_is_no_village_in_a_sentence():
    from actions.situation import _commune_du_message
    # « sur les murs », « de la salle des fêtes »: a wall and a hall, not Murs or La Salle (the town said is read)
    statut, communes = _commune_du_message("je vois des choses bizarres sur les murs depuis hier, j'habite à Denain", None)
    assert statut == "found" and communes[0].nom == "Denain"
    statut, communes = _commune_du_message("inondés à Trèbes, on dort dans la salle des fêtes depuis hier", None)
    assert statut == "found" and communes[0].nom == "Trèbes"
    # after « à » or inside a name, the name stays
    assert _commune_du_message("j'habite à la bresse", None)[1][0].nom == "La Bresse"
    assert _commune_du_message("je suis a sainte foy la grande", None)[1][0].nom == "Sainte-Foy-la-Grande"


def test_the_commune_the_emergency_answer_read_is_not_read_again_by_the_form():
    from rasa_sdk import Tracker
    from actions.situation import _commune_lue_par_l_urgence

    def tracker(apres: list[dict]) -> Tracker:
        return Tracker("t", {}, {}, [{"event": "user", "text": "…"}, *apres], False, None, {}, "action_listen")
    # read by the emergency answer (a commune, or namesakes to choose from): the form leaves it
    assert _commune_lue_par_l_urgence(tracker([{"event": "action", "name": "action_urgence"},
                                               {"event": "slot", "name": "commune", "value": "59172"}]))
    assert _commune_lue_par_l_urgence(tracker([{"event": "action", "name": "action_urgence"},
                                               {"event": "slot", "name": "commune_choix", "value": ["97411", "93066"]}]))
    # namesakes noted by another action of the turn, or an NLU entity's text: the form offers and reads them as before
    assert not _commune_lue_par_l_urgence(tracker([{"event": "action", "name": "action_noter"},
                                                   {"event": "slot", "name": "commune_choix", "value": ["97411", "93066"]}]))
    assert not _commune_lue_par_l_urgence(tracker([{"event": "slot", "name": "commune", "value": "saint denis"}]))


def test_the_parts_of_a_sum_are_no_total():
    from actions.extraction import extract
    from actions.situation import total_du_couple
    # « à peu près 1600 + 750 + les allocs » to the couple's total, 750 of unemployment benefit known: the 1 600 is the
    # partner's money (it was read as « the total said with the benefits », nothing else coming in)
    texte = "à peu près 1600 + 750 + les allocs"
    known = {"en_couple": True, "activite": "demandeur_emploi", "chomage": 750.0}
    lu = extract(texte, requested="ressources", known=known)
    assert total_du_couple(texte, dict(lu.facts), "chomage", 750.0, lu.facts, "revenus_activite") == \
        {"chomage": 750.0, "revenus_activite": 1600.0}
