"""Understanding what people actually type, over REST with the real Rasa and action servers: the need of
the first message kept, corrections in free text at the recap, "oublié" never erasing, a button answering
only its own question, a benefit already received, a relative's situation, the whole answer after a short
first message, one greeting. Messages written for these tests (never from a held-out set)."""
from __future__ import annotations

import pytest

from harness.dialogue import dernier_texte, question_posee
from harness.dialogue import orientation_payload as payload

pytestmark = pytest.mark.e2e

# Answers a person gives when asked; each test overrides what it is about.
DEFAUT = {"commune": "Villeurbanne", "age": "40", "en_couple": "non", "nb_enfants": "0", "logement": "locataire",
          "loyer": "550", "activite": "sans activité", "ressources": "rien", "prestations_percues": "non",
          "epargne": "non", "nationalite": "française", "besoins": "de l'argent pour vivre",
          "dette_loyer": "non", "perte_autonomie": "non", "handicap_taux": "non", "rqth": "non",
          "grossesse": "non", "enfants": "5 ans", "titre_sejour_annees": "6", "correction": "c'est tout",
          "pension_alimentaire_recue": "non", "revenus_activite": "1000", "chomage": "non",
          "retraite": "900"}


def jusqu_au_recap(conversation, answers: list[dict], reponses: dict[str, str], max_tours: int = 25):
    """Answer whatever is asked until the recap; (questions asked, recap text)."""
    asked: list[str] = []
    for _ in range(max_tours):
        text = dernier_texte(answers)
        slot = question_posee(text)
        assert slot is not None, f"Ni question ni récapitulatif : {text!r}"
        if slot == "recap":
            return asked, text
        assert asked.count(slot) < 2, f"Question posée trois fois : {slot} ({asked})"
        asked.append(slot)
        answers = conversation.say({**DEFAUT, **reponses}[slot])
    raise AssertionError(f"Pas de récapitulatif : {asked}")


def test_one_greeting(conversation):
    answers = conversation.say("bonjour")
    texts = [a["text"] for a in answers if a.get("text")]
    assert sum("assistant automatique" in t for t in texts) == 1
    assert sum(t.startswith("Bonjour") for t in texts) == 1


def test_the_need_of_the_first_message_is_kept(conversation):
    answers = conversation.say("bonjour, je n'ai plus rien à manger pour mes enfants")
    if question_posee(dernier_texte(answers)) is None:  # read as an emergency (food): answered, then go on
        assert "CCAS" in conversation.text(answers)
        answers = conversation.say("oui")
    _, recap = jusqu_au_recap(conversation, answers, {"nb_enfants": "2", "enfants": "3 et 6 ans"})
    assert "Vous cherchez de l'aide pour l'alimentation" in recap


def test_a_free_text_correction_at_the_recap(conversation):
    answers = conversation.say("je voudrais savoir à quelles aides j'ai droit")
    _, recap = jusqu_au_recap(conversation, answers, {"loyer": "600"})
    assert "600 €" in recap
    _, recap = jusqu_au_recap(conversation, conversation.say("non, mon loyer c'est 620 et je touche 700 de RSA"), {})
    assert "620 €" in recap and "Revenu de solidarité active" in recap
    assert "700" not in recap  # a benefit's amount is not a rent nor a resource
    orientation = payload(conversation.say("oui"))
    assert orientation["situation"]["loyer"] == 620
    assert "rsa" in orientation["deja_percu"]


def test_a_range_is_asked_again_in_one_question(conversation):
    # « dans les 500-600 » to the rent: « un seul montant ? » then « Quel est votre loyer ? » came right after it, two
    # questions in a row (the form's question follows the check's reply; the ask reads the check's in the tracker)
    answers = conversation.say("je voudrais savoir à quelles aides j'ai droit")
    for _ in range(12):
        slot = question_posee(dernier_texte(answers))
        if slot == "loyer":
            break
        answers = conversation.say(DEFAUT[slot])
    assert slot == "loyer"
    texts = [a["text"] for a in conversation.say("dans les 500-600 euros") if a.get("text")]
    assert len(texts) == 1 and "un seul montant" in texts[0]
    _, recap = jusqu_au_recap(conversation, conversation.say("550"), {})
    assert "550 €" in recap


def test_forgot_never_erases(conversation):
    answers = conversation.say("je voudrais savoir à quelles aides j'ai droit")
    if question_posee(dernier_texte(answers)) == "besoins":  # the need read is said back first
        answers = conversation.say("non, c'est tout")
    text = dernier_texte(answers)
    assert question_posee(text) == "commune"
    answers = conversation.say("Villeurbanne")
    answers = conversation.say("j'ai oublié de vous dire que j'ai 2 enfants de 4 et 9 ans")
    assert "effacé" not in conversation.text(answers)
    _, recap = jusqu_au_recap(conversation, answers, {})
    assert "2 enfants à charge (4 ans, 9 ans)" in recap and "Villeurbanne" in recap


def test_an_explicit_erasure_is_confirmed_first(conversation):
    conversation.say("je cherche un logement à Villeurbanne")
    question = conversation.text(conversation.say("effacez mes données"))
    assert "Voulez-vous que j'efface" in question
    assert "effacé" in conversation.text(conversation.say("oui"))


def test_a_button_answers_only_its_own_question(conversation):
    answers = conversation.say("je voudrais savoir à quelles aides j'ai droit, j'habite à Villeurbanne")
    for _ in range(12):
        text = dernier_texte(answers)
        if question_posee(text) == "logement":
            break
        answers = conversation.say(DEFAUT[question_posee(text)] if question_posee(text) != "recap" else "oui")
    button = next(b for b in conversation.buttons(answers) if b["title"] == "Locataire")
    answers = conversation.say(button["payload"])
    _, recap = jusqu_au_recap(conversation, answers, {})
    assert "Commune : Villeurbanne (69" in recap and "Logement : locataire" in recap


def test_a_benefit_already_received_is_not_offered_again_and_what_it_opens_is_said(conversation):
    answers = conversation.say("je touche le RSA et je vis seule à Villeurbanne")
    _, recap = jusqu_au_recap(conversation, answers, {"age": "35", "ressources": "juste le RSA"})
    assert "Revenu de solidarité active (RSA)" in recap
    answers = conversation.say("oui")
    orientation = payload(answers)
    rsa = next(s for s in orientation["schemes"] if s["id"] == "rsa")
    assert rsa["eligibility"] == "deja_percu" and rsa["opens"]
    text = conversation.text(answers)
    assert "Vous touchez déjà : Revenu de solidarité active (RSA)" in text
    assert "complémentaire santé solidaire" in text


def test_a_relative_s_situation(conversation):
    answers = conversation.say("c'est pour mon père, il a 79 ans, il vit seul à Pau et ne peut plus faire ses courses")
    asked, recap = jusqu_au_recap(conversation, answers, {"activite": "retraité", "retraite": "900 de retraite",
                                                          "logement": "propriétaire"})
    assert "age" not in asked and "commune" not in asked
    assert "Âge : 79 ans" in recap and "Commune : Pau (64" in recap
    assert "Péré" not in recap
    assert "pour un proche" in recap


def test_the_whole_answer_after_a_short_first_message(conversation):
    answers = conversation.say("je suis maman solo avec mon fils de 7 ans, on vit à Roubaix")
    jusqu_au_recap(conversation, answers, {"age": "32", "loyer": "620", "activite": "salariée",
                                           "revenus_activite": "je gagne 850 euros net"})
    answers = conversation.say("oui")
    orientation = payload(answers)
    texts = [a["text"] for a in answers if a.get("text")]
    first = texts[0]
    assert first.startswith("D'après ce que vous m'avez dit :") and len(first) < 300
    assert "à demander" in first and "Où aller" in first
    proposed = [s for s in orientation["schemes"] if s["eligibility"] in ("probable", "possible")]
    assert "asf" in {s["id"] for s in proposed}
    joined = "\n".join(texts)
    assert all(s["name"] in joined for s in proposed)
