"""Reading the bot's replies from the outside, as a person would (tests and benchmarks).

The key words of each question are written here, apart from the questions themselves
(actions/parcours.py), so that a question reworded without thought fails the tests.
"""
from __future__ import annotations

# Key words of each question (or of each of its wordings) -> the slot it asks.
QUESTIONS = {
    "besoins": ("pour quoi cherchez-vous de l'aide", "besoin d'aide pour autre chose"),
    "commune": "quelle commune", "age": "quel âge avez-vous", "en_couple": "en couple",
    "nb_enfants": "combien d'enfants", "enfants": "quel âge ont vos enfants", "grossesse": "attendez-vous",
    "logement": "où vivez-vous", "loyer": "votre loyer", "activite": "votre activité",
    "ressources": "combien votre foyer", "handicap_taux": "taux d'incapacité", "nationalite": "titre de séjour",
    "perte_autonomie": "vie de tous les jours", "titre_sejour_annees": "depuis combien d'années",
    "prestations_percues": ("touchez-vous déjà des aides", "touchez-vous d'autres aides"), "epargne": "avez-vous de l'épargne",
    "dette_loyer": "loyers impayés", "rqth": "travailleur handicapé",
    "pension_alimentaire_recue": "pension alimentaire pour vos enfants",
    "correction": "dites-moi ce qu'il faut corriger",
    # after "en couple", which their wordings also contain (the last slot found wins)
    "revenus_activite": "combien gagnez-vous par mois en travaillant",
    "retraite": "combien touchez-vous de retraite", "chomage": "allocation chômage de france travail",
}


def question_posee(text: str) -> str | None:
    """The slot a bot text asks for, ``"recap"`` for the recap, None otherwise."""
    low = text.lower()
    if "voici ce que j'ai compris" in low:
        return "recap"
    found = [slot for slot, words in QUESTIONS.items()
             if any(w in low for w in (words if isinstance(words, tuple) else (words,)))]
    return found[-1] if found else None


def dernier_texte(answers: list[dict]) -> str:
    """The last text of a reply: the question (after an explanation or a refusal, if any)."""
    texts = [a["text"] for a in answers if a.get("text")]
    return texts[-1] if texts else ""


def orientation_payload(answers: list[dict]) -> dict | None:
    """The orientation card of a reply (the JSON of POST /orientation), or None."""
    cards = [a["custom"] for a in answers if isinstance(a.get("custom"), dict)]
    cards = [c.get("data", c) for c in cards]  # socket.io wraps custom payloads in "data"
    found = [c for c in cards if c.get("kind") == "orientation"]
    return found[0]["orientation"] if found else None
