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
