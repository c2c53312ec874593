"""The needs' learned reader: how likely an answer to the needs question is to ask for each need.

The words of ``actions.extraction`` read the needs a message names (« un travail », « de quoi manger »). People
answering « pour quoi cherchez-vous de l'aide ? » also say them in words no list holds: « de quoi tenir jusqu'à
janvier » (money), « garder mon logement, je veux pas me retrouver dehors » (housing beside the arrears), « que la
pension soit payée » (the family: the ASF). Written apart, the development conversation sets' writers expected a
need the words did not read in one conversation of fourteen.

A linear model per need (logistic regression, one against the rest, classes balanced) over the TF-IDF of the
folded text's character n-grams (3 to 5) and word unigrams and bigrams: the emergency reader's model
(``common.lecteur_urgences.Lecteur``), with its plain-Python scoring. The text is read with a first word for its
context (``qbesoins``: an answer to the needs question; ``qdebut``: a first message; ``qautre``: an answer to
another question), so one model learns every message the development sets annotate. It is trained by
``scripts/train_lecteur_besoins.py`` on the facts development sets (``bench/data/faits_dev*.yml``, the needs
their writers listed, none when they listed none) and the development conversation sets' answers to the needs
question (their expected needs), never on a held-out set; the weights live in ``lecteur_besoins.json`` beside
this module.

How its reading is used (``besoins_lus``, in the answer to the needs question and in a message typed when no
question is pending, a first message above all): a need it reads at ``threshold`` or more is added to the words'
needs; it never takes one away, never adds violence (the emergency answer reads it), and never adds a need whose
own words the message holds (« je n'ai pas besoin d'argent », « je viens de trouver un petit boulot », « ma mère a
besoin d'aide pour manger »: the words' rules decided on it, with the negations and the jobs a reader of words in
any order cannot see). Chosen by a cross-validation over the development sets grouped by set (five folds,
2026-12-07; the words' needs as they were): at 0.9, the conversations whose expected needs were all read 1,010 →
1,027 of 1,083, the facts sets' needs in those answers F1 0.942 → 0.944 and in first messages 0.762 → 0.776. Lower thresholds read more (1,038 at 0.6) but added needs to answers that name none
(« je ne sais pas », « c'est quoi l'AAH ? ») or to a job (« je travaille comme aide ménagère »); ruling out the
words' needs the reader found unlikely gained precision on the facts sets and lost needs people did name (« on vit à
deux avec 600 euros, c'est pas possible »).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from common.lecteur_urgences import Lecteur
from common.safety import normalise

WEIGHTS = Path(__file__).with_name("lecteur_besoins.json")

# The contract's needs (docs/situation.md, ``besoins``), in the weights' order.
BESOINS = ("logement", "impayes_loyer", "alimentation", "sante", "emploi", "argent", "famille", "handicap",
           "autonomie", "dettes", "energie", "administratif", "violence", "mobilite", "numerique", "catastrophe")
# The first word of the text read: where the message was typed.
CONTEXTE_BESOINS, CONTEXTE_DEBUT, CONTEXTE_AUTRE = "qbesoins", "qdebut", "qautre"
# An answer this short whose words named a need is read by its words alone.
_COURT = 4
# A danger's need is the emergency answer's to read: the reader never adds it.
_JAMAIS_AJOUTE = frozenset({"violence"})


def texte_lu(text: str, contexte: str) -> str:
    """The text the reader reads: its context's word, then the folded message."""
    return f"{contexte} {normalise(text)}"


@lru_cache(maxsize=1)
def lecteur() -> Lecteur:
    """The reader of the stored weights (part of the repository: a missing file is an error)."""
    return Lecteur(json.loads(WEIGHTS.read_text(encoding="utf-8")))


@lru_cache(maxsize=256)
def _probabilites(text: str, contexte: str) -> tuple[tuple[str, float], ...]:
    return tuple(lecteur().probabilites(texte_lu(text, contexte)).items())


def besoins_lus(text: str, mots: list[str], contexte: str = CONTEXTE_BESOINS,
                exclus: Iterable[str] = ()) -> list[str]:
    """The needs of a message typed in ``contexte`` (by default an answer to the needs question): the words' (``mots``,
    in their order), then those the reader adds, never one of ``exclus`` (the needs whose words the message holds: the
    words' rules have decided on them)."""
    if not lecteur().couverture(normalise(text)):
        # (no word it knows, « xxxxxxxx », « kkkkk lll »: its context's word alone read money at the needs question)
        return list(mots)
    if mots and len(normalise(text).split()) <= _COURT:
        # a short answer its words have read whole (« et payer le gaz »): nothing left for the reader to add (it read
        # the rent in « payer », 0.904)
        return list(mots)
    seuil, exclus = lecteur().threshold, {*exclus, *_JAMAIS_AJOUTE}
    probabilites = dict(_probabilites(text, contexte))
    return [*mots, *(b for b in BESOINS if b not in mots and b not in exclus and probabilites.get(b, 0.0) >= seuil)]
