"""Issue 2, point 7: greeting, "where is my CCAS?", commune, answer — over the REST channel."""
import pytest

pytestmark = pytest.mark.e2e


def test_greeting_then_ccas_question_then_commune(conversation):
    hello = conversation.text(conversation.say("Bonjour"))
    assert hello and "assistant" in hello.lower()

    asked = conversation.text(conversation.say("où se trouve mon CCAS ?"))
    assert "commune" in asked.lower()

    answer = conversation.text(conversation.say("Villeurbanne"))
    assert "CCAS de Villeurbanne" in answer
    assert "lannuaire.service-public.gouv.fr/recherche" in answer  # the directory's search for this office (deep link)
    assert "Métropole de Lyon" in answer


def test_commune_given_with_the_request(conversation):
    answer = conversation.text(conversation.say("je cherche de l'aide à Villeurbanne"))
    assert "CCAS de Villeurbanne" in answer


def test_ambiguous_commune_is_resolved_with_buttons(conversation):
    conversation.say("bonjour")
    answers = conversation.say("je cherche le ccas de saint denis")
    buttons = conversation.buttons(answers)
    titles = [b["title"] for b in buttons]
    assert any("93" in t for t in titles) and any("974" in t for t in titles)
    choice = next(b for b in buttons if "93" in b["title"])
    answer = conversation.text(conversation.say(choice["payload"]))
    assert "CCAS de Saint-Denis" in answer
    assert "Seine-Saint-Denis" in answer


def test_unknown_commune_is_asked_again(conversation):
    conversation.say("où est mon ccas ?")
    again = conversation.text(conversation.say("xyzzy"))
    assert "CCAS de" not in again
    assert "code postal" in again.lower()
    answer = conversation.text(conversation.say("Lyon 8e"))
    assert "CCAS de Lyon" in answer


def test_postal_code_answer(conversation):
    conversation.say("où est mon ccas ?")
    answer = conversation.text(conversation.say("13003"))
    assert "CCAS de Marseille" in answer
