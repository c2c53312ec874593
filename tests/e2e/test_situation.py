"""Issue 5: the situation conversation over the REST channel, real Rasa and action servers.

Each test is one person: a need or facts, the adaptive questions, the recap, the orientation
with real schemes from the eligibility engine. The answers are given to whatever question the
bot asks, so that a question asked twice or asked although already answered fails the test.
"""
from __future__ import annotations

import pytest

from harness.dialogue import dernier_texte, question_posee
from harness.dialogue import orientation_payload as payload

pytestmark = pytest.mark.e2e


# Asked of (nearly) everyone whatever the need (actions.parcours._FOYER): « non » unless a test says otherwise.
TOUJOURS_DEMANDES = {"grossesse": "non", "handicap_taux": "non"}


def repondre(conversation, premier: str, reponses: dict[str, str], max_tours: int = 18) -> tuple[list[str], str]:
    """Say `premier`, then answer each question from `reponses` until the recap; (questions, recap)."""
    reponses = {**TOUJOURS_DEMANDES, **reponses}
    answers = conversation.say(premier)
    asked: list[str] = []
    for _ in range(max_tours):
        text = dernier_texte(answers)
        slot = question_posee(text)
        assert slot is not None, f"Ni question ni récapitulatif : {text!r}"
        if slot == "recap":
            return asked, text
        assert slot not in asked, f"Question posée deux fois : {slot} ({asked})"
        assert slot in reponses, f"Question inattendue : {slot} ({text!r})"
        asked.append(slot)
        answers = conversation.say(reponses[slot])
    raise AssertionError(f"Pas de récapitulatif après {max_tours} tours : {asked}")


def orientation_payload(answers: list[dict]) -> dict:
    found = payload(answers)
    assert found, f"Pas de carte d'orientation : {answers!r}"
    return found


def test_several_facts_in_one_message_then_recap_then_orientation(conversation):
    asked, recap = repondre(
        conversation,
        "jai 35 ans je vis seul sans enfant a Villeurbanne, je suis locataire loyer 500 euros, "
        "je travaille pas et j'ai aucun revenu",
        {"activite": "sans activité", "ressources": "rien", "besoins": "je voudrais connaître mes droits",
         "dette_loyer": "non", "prestations_percues": "non", "epargne": "non", "nationalite": "française"})
    assert not {"age", "en_couple", "nb_enfants", "commune", "logement", "loyer"} & set(asked)
    assert "dette_loyer" in asked  # a tenant is asked about arrears
    assert "35 ans" in recap and "Villeurbanne" in recap and "500 €" in recap

    answers = conversation.say("oui")
    text = conversation.text(answers)
    assert "Revenu de solidarité active" in text
    assert "estimation" in text
    assert "CCAS" in text
    orientation = orientation_payload(answers)
    proposed = {s["id"] for s in orientation["schemes"] if s["eligibility"] in ("probable", "possible")}
    assert {"rsa", "aide_logement"} <= proposed
    assert orientation["situation"]["commune"] == "69266"


def test_need_then_questions_then_correction_at_the_recap(conversation):
    asked, recap = repondre(
        conversation, "je n'arrive plus a payer mon loyer",
        {"besoins": "non, c'est tout", "commune": "Lyon 8e", "age": "42", "en_couple": "oui", "nb_enfants": "2", "enfants": "4 et 9 ans",
         "loyer": "750", "logement": "locataire", "activite": "salarié", "revenus_activite": "1600 euros",
         "ressources": "c'est tout", "dette_loyer": "1500 euros", "prestations_percues": "non", "epargne": "non", "nationalite": "française"})
    assert "commune" in asked and "age" in asked
    assert asked.index("revenus_activite") < asked.index("ressources")  # the couple's total after the pay
    assert "2 enfants" in recap and "revenus du travail 1\u202f600 €" in recap

    # Correction: one more child; only their ages are asked again.
    asked, recap = repondre(conversation, "non, j'ai trois enfants", {"enfants": "4, 9 et 12 ans"})
    assert asked == ["enfants"]
    assert "3 enfants" in recap and "12 ans" in recap

    answers = conversation.say("oui")
    orientation = orientation_payload(answers)
    assert orientation["situation"]["enfants"] == [4, 9, 12]
    assert orientation["situation"]["en_couple"] is True
    ids = {s["id"] for s in orientation["schemes"] if s["eligibility"] in ("probable", "possible")}
    assert "allocations_familiales" in ids
    assert "Fonds de solidarité pour le logement" in conversation.text(answers) or "fsl" in ids


def test_no_to_the_recap_asks_what_to_correct(conversation):
    _, recap = repondre(conversation, "je cherche un emploi",
                        {"besoins": "non", "commune": "Roubaix", "age": "23", "activite": "demandeur d'emploi", "chomage": "non",
                         # (no unemployment benefit leaves the household's total to ask)
                         "ressources": "rien",
                         "en_couple": "non", "nb_enfants": "0", "logement": "hébergé chez mes parents",
                         "prestations_percues": "non", "epargne": "non", "nationalite": "française"})
    assert "23 ans" in recap
    asked, recap = repondre(conversation, "non", {"correction": "en fait j'ai 24 ans"})
    assert asked == ["correction"]
    assert "24 ans" in recap and "23 ans" not in recap


def test_dont_know_is_accepted_and_said_uncertain(conversation):
    asked, recap = repondre(
        conversation, "je voudrais savoir a quelles aides j'ai droit",
        {"besoins": "non", "commune": "69100", "age": "je ne sais pas", "en_couple": "je préfère ne pas répondre",
         "nb_enfants": "0", "logement": "hébergé chez ma mère", "activite": "étudiant",
         "ressources": "400 euros", "prestations_percues": "non", "epargne": "non", "nationalite": "française"})
    assert "Non précisé" in recap
    text = conversation.text(conversation.say("oui"))
    assert "incertain" in text.lower()
    assert "votre âge" in text


def test_scheme_question_in_the_middle_of_the_form(conversation):
    first = dernier_texte(conversation.say("je suis handicapé et j'ai besoin d'aide"))
    assert question_posee(first) is not None
    answers = conversation.say("c'est quoi l'AAH ?")
    explained = conversation.text(answers)
    assert "Allocation aux adultes handicapés" in explained
    assert "https://" in explained
    # The conversation goes back to the question it was at.
    assert question_posee(dernier_texte(answers)) == question_posee(first)


def test_ambiguous_commune_in_the_form_is_resolved_with_buttons(conversation):
    answers = conversation.say("je n'arrive plus a payer l'electricite, j'habite a saint denis")
    buttons = conversation.buttons(answers)
    titles = [b["title"] for b in buttons]
    assert any("93" in t for t in titles) and any("974" in t for t in titles)
    choice = next(b for b in buttons if "974" in b["title"])
    text = dernier_texte(conversation.say(choice["payload"]))
    assert question_posee(text) not in (None, "commune")


def test_ccas_only_asks_the_commune_and_sends_contact_cards(conversation):
    answers = conversation.say("ou est le ccas de villeurbanne")
    assert "CCAS de Villeurbanne" in conversation.text(answers)
    cards = [a["custom"] for a in answers if isinstance(a.get("custom"), dict)]
    cards = [c.get("data", c) for c in cards]
    contacts = [c for c in cards if c.get("kind") == "contacts"]
    assert contacts and contacts[0]["contacts"][0]["kind"] == "ccas"


def test_restart_forgets_everything(conversation):
    conversation.say("j'ai 30 ans et je cherche un logement")
    again = conversation.text(conversation.say("recommencer"))
    assert "recommence" in again
    asked, _ = repondre(conversation, "je cherche un logement",
                        {"besoins": "non", "commune": "Villeurbanne", "age": "30", "en_couple": "non", "nb_enfants": "0",
                         "logement": "sans logement", "activite": "sans activité", "ressources": "rien",
                         "prestations_percues": "non", "epargne": "non", "nationalite": "française",
                         "grossesse": "non"})
    assert "age" in asked  # forgotten, so asked


def test_i_do_not_know_what_to_ask_starts_the_questions(conversation):
    # « bonjour », then « je sais pas » to "dites-moi ce qui vous arrive": the needs question with its
    # examples, then the general questions; the conversation never stands still on the same sentence.
    conversation.say("bonjour")
    answers = conversation.say("je sais pas")
    assert question_posee(dernier_texte(answers)) == "besoins"
    assert "Par exemple" in dernier_texte(answers)
    answers = conversation.say("je sais pas")
    assert question_posee(dernier_texte(answers)) == "commune"
