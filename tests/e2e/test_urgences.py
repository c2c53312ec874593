"""Issue 6 over the REST channel: urgent danger first at any point, human help, other languages."""
import pytest

from actions.urgences import type_of_answer

pytestmark = pytest.mark.e2e


def test_emergency_outside_any_form_is_answered_first(conversation):
    conversation.say("bonjour")  # the session start may send its own notice first
    answers = conversation.say("il me frappe")
    assert type_of_answer(answers[0]["text"]) == "violences"
    assert "3919" in answers[0]["text"]


def test_misspelled_explicit_message_is_caught_by_the_safety_net(conversation):
    conversation.say("bonjour")
    answers = conversation.say("jve mourire")
    assert type_of_answer(answers[0]["text"]) == "suicide"
    assert "3114" in answers[0]["text"]


def test_hard_negative_is_not_an_alarm(conversation):
    answers = conversation.say("je meurs de faim de réussir cet examen")
    assert not any(type_of_answer(a.get("text") or "") for a in answers)


def test_emergency_in_the_middle_of_the_commune_form_then_the_form_resumes(conversation):
    asked = conversation.text(conversation.say("je cherche mon CCAS"))
    assert "commune" in asked.lower()

    answers = conversation.say("je veux mourir")
    assert type_of_answer(answers[0]["text"]) == "suicide"
    assert "3114" in answers[0]["text"]
    # Then the form asks its question again.
    assert "commune" in conversation.text(answers[1:]).lower()

    answer = conversation.text(conversation.say("Villeurbanne"))
    assert "CCAS de Villeurbanne" in answer


def test_emergency_keeps_the_form_slots(conversation):
    """The candidates of an ambiguous commune (slot commune_choix) survive the interruption."""
    first = conversation.say("je cherche le ccas de saint denis")
    before = [b["title"] for b in conversation.buttons(first)]
    assert any("93" in t for t in before)

    answers = conversation.say("je dors dehors ce soir")
    assert type_of_answer(answers[0]["text"]) == "sans_abri"
    assert "115" in answers[0]["text"]
    buttons = conversation.buttons(answers)
    assert [b["title"] for b in buttons] == before

    choice = next(b for b in buttons if "93" in b["title"])
    assert "CCAS de Saint-Denis" in conversation.text(conversation.say(choice["payload"]))


def test_hunger_with_a_known_commune_gives_its_ccas(conversation):
    conversation.say("je cherche de l'aide à Villeurbanne")
    answers = conversation.say("j'ai faim, je n'ai rien mangé depuis hier")
    assert type_of_answer(answers[0]["text"]) == "faim"
    # The REST channel sends each paragraph as its own message: the contacts follow.
    assert "pour Villeurbanne" in conversation.text(answers)


def test_asking_for_a_person_gives_the_ways_to_reach_one(conversation):
    answer = conversation.text(conversation.say("je veux parler à quelqu'un"))
    assert "CCAS" in answer
    assert "personne" in answer


def test_english_message_gets_the_language_answer(conversation):
    answer = conversation.text(conversation.say("Hello, I need help, I don't speak French"))
    assert "français" in answer
    assert "only works in French" in answer


# -- a safety net that holds on messages nobody on the team wrote --------------------------------

from actions.urgences import lire_reponse  # noqa: E402
from harness.dialogue import dernier_texte, orientation_payload, question_posee  # noqa: E402

_QUESTIONS_DU_FORMULAIRE = ("Quel âge avez-vous", "Dans quelle commune", "entre 14 et 120", "Combien d'enfants")


# The questions every need asks besides those a test is about (benefits received, savings, nationality…).
_AUTRES_REPONSES = {"besoins": "non", "prestations_percues": "non", "epargne": "non", "nationalite": "française", "grossesse": "non",
                    "handicap_taux": "non", "rqth": "non", "perte_autonomie": "non"}


def _jusqu_au_recapitulatif(conversation, answers: list[dict], reponses: dict[str, str]) -> tuple[list[str], str]:
    asked: list[str] = []
    for _ in range(16):
        text = dernier_texte(answers)
        slot = question_posee(text)
        assert slot is not None, f"Ni question ni récapitulatif : {text!r}"
        if slot == "recap":
            return asked, text
        assert slot not in asked and slot in reponses, (slot, asked, text)
        asked.append(slot)
        answers = conversation.say(reponses[slot])
    raise AssertionError(f"Pas de récapitulatif : {asked}")


def test_an_emergency_message_with_a_commune_and_a_need_keeps_both(conversation):
    answers = conversation.say("je dors dans ma voiture à Bordeaux depuis que j'ai perdu mon logement, "
                               "je voudrais le RSA")
    types, lignes = lire_reponse([a.get("text") or "" for a in answers])
    assert types[0] == "sans_abri" and lignes[0] == "115"
    assert "Bordeaux" in conversation.text(answers)

    asked, recap = _jusqu_au_recapitulatif(conversation, conversation.say("oui"), {
        "age": "35 ans", "en_couple": "non", "nb_enfants": "0", "activite": "sans activité", "ressources": "rien",
        **_AUTRES_REPONSES})
    assert "commune" not in asked and "logement" not in asked
    assert "Bordeaux" in recap
    assert "le logement" in recap and "l'argent pour vivre" in recap


def test_a_child_gets_the_119_and_no_form_question(conversation):
    answers = conversation.say("j'ai 11 ans et mon père me frappe avec sa ceinture")
    text = conversation.text(answers)
    assert lire_reponse([a.get("text") or "" for a in answers])[1][0] == "119"
    assert not any(q in text for q in _QUESTIONS_DU_FORMULAIRE)
    assert "Péré" not in text and "3919" not in text


def test_a_child_writing_in_the_middle_of_the_form_gets_the_119_and_the_form_stops(conversation):
    asked = dernier_texte(conversation.say("je cherche des aides pour payer mon loyer"))
    assert question_posee(asked) in ("besoins", "commune")  # the form has started
    answers = conversation.say("jai 12 ans ma mere me tape tout le temps")
    text = conversation.text(answers)
    assert lire_reponse([a.get("text") or "" for a in answers])[1][0] == "119"
    assert not any(q in text for q in _QUESTIONS_DU_FORMULAIRE)


def test_going_on_after_the_115_reaches_an_orientation_with_domiciliation(conversation):
    answers = conversation.say("je dors dehors ce soir, je n'ai nulle part où aller")
    assert lire_reponse([a.get("text") or "" for a in answers])[1][0] == "115"
    # The conversation opened on the emergency: its answer comes first, the welcome when the person goes on.
    assert "assistant automatique" not in conversation.text(answers)
    suite = conversation.say("oui")
    assert "assistant automatique" in conversation.text(suite)
    _, recap = _jusqu_au_recapitulatif(conversation, suite, {
        "commune": "Villeurbanne", "age": "40 ans", "en_couple": "non", "nb_enfants": "0",
        "activite": "sans activité", "ressources": "rien", **_AUTRES_REPONSES})
    assert "Villeurbanne" in recap
    answers = conversation.say("oui")
    orientation = orientation_payload(answers)
    assert orientation, answers
    proposed = {s["id"] for s in orientation["schemes"] if s["eligibility"] in ("probable", "possible")}
    assert "domiciliation" in proposed
    assert "Pour dormir à l'abri ce soir" not in conversation.text(answers)


def test_the_same_danger_written_again_goes_on_instead_of_repeating_the_answer(conversation):
    first = conversation.text(conversation.say("je suis à la rue depuis hier"))
    assert first.startswith("Pour dormir à l'abri ce soir")
    again = conversation.text(conversation.say("je dors encore dehors ce soir"))
    assert "Pour dormir à l'abri ce soir" not in again and "115" in again
    assert question_posee(again) is not None  # the orientation's questions start
