"""The safety net's learned reader: how likely a message is to describe each urgent danger.

A linear model per emergency type (logistic regression) over the TF-IDF of the folded text's
character n-grams (3 to 5, inside words: robust to typos and SMS spellings) and word unigrams and
bigrams. It is trained by ``scripts/train_lecteur_urgences.py`` on the NLU training data (every
intent: the ordinary messages are its negatives) and the emergency development sets written apart
(``cases/urgences*.yml``), never on a held-out set; the weights live in ``lecteur_urgences.json``
beside this module, and this module scores with them in plain Python (no scikit-learn at run
time; the training script checks that both give the same probabilities).

Why a second learned reader beside DIET (2026-12-03): trained on the same kind of data, it reads
new writers' messages at the same recall with about half the false alarms (leave-one-out over the
four development sets written apart: 94.3 % recall and 4.9 % false alarms against DIET's 92.9 % and
9.8 %, through ``common.safety.analyse``), and it trains in seconds, so a new development set can
be learnt without retraining the Rasa model. ``common.safety.analyse`` weighs its reading like a
topic word: the frames (a question about a line, a professional's procedure, a figure of speech, a
danger long past) still cancel it.

Beside its judges of the danger, two judges of the situation (twenty-fifth session), trained the same
way on the lines the development sets' writers put first: ``immediat`` (the police first, among the
messages telling violence or a child in danger) and ``acte_en_cours`` (the emergency services first,
among those telling a suicidal danger). ``common.safety.analyse`` asks them only about a danger already
read, where the rules saw no sign of it. Leave-one-out over dev5–dev12 (``bench/lecteur_urgences.py``):
the line named first 84.3 → 86.8 %, recall and false alarms unchanged.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Optional

WEIGHTS = Path(__file__).with_name("lecteur_urgences.json")
SIGNAL_PREFIX = "lecteur:"
_WHITE_SPACES = re.compile(r"\s\s+")
_TOKEN = re.compile(r"(?u)\b\w+\b")


def char_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside words, padded with a space (scikit-learn's ``char_wb``)."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        word = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < len(word):
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:  # a short word counts once
                break
    return grams


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """Word n-grams (scikit-learn's ``word`` analyser with the ``\\b\\w+\\b`` token pattern)."""
    tokens = _TOKEN.findall(text)
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


class Lecteur:
    """Scores folded texts with the stored weights."""

    def __init__(self, weights: dict) -> None:
        self.types: list[str] = list(weights["types"])
        # judges of the situation (which line comes first), scored beside the types
        self.noms_situations: list[str] = list(weights.get("situations", []))
        self.seuil_situation: float = float(weights.get("seuil_situation", 0.5))
        self.threshold: float = float(weights["threshold"])
        self.veto: float = float(weights.get("veto", 0.0))
        self.couverture_minimale: float = float(weights.get("couverture_minimale", 1.0))
        self.intercepts: list[float] = [float(x) for x in weights["intercepts"]]
        self._dernier: Optional[tuple[str, dict[str, float]]] = None
        self.blocks = []
        for block in weights["features"]:
            analyser = char_ngrams if block["analyser"] == "char_wb" else word_ngrams
            low, high = block["ngram_range"]
            # gram -> (idf, one coefficient per type)
            table = {gram: (row[0], row[1:]) for gram, row in block["vocabulary"].items()}
            self.blocks.append((analyser, int(low), int(high), table))
        # the words it has learnt (the word n-grams' vocabulary), for its coverage of a message
        self._mots = next((table for analyser, _, _, table in self.blocks if analyser is word_ngrams), {})

    def probabilites(self, normalised: str) -> dict[str, float]:
        """The probability of each danger type."""
        tout = self._tout(normalised)
        return {t: tout[t] for t in self.types}

    def situations(self, normalised: str) -> dict[str, float]:
        """The probability of each situation judged (``immediat``: the police first; ``acte_en_cours``:
        the emergency services first), meaningful only for a message telling the danger they judge."""
        tout = self._tout(normalised)
        return {s: tout[s] for s in self.noms_situations}

    def situation(self, normalised: str, nom: str) -> bool:
        return self.situations(normalised).get(nom, 0.0) >= self.seuil_situation

    def _tout(self, normalised: str) -> dict[str, float]:
        if self._dernier is not None and self._dernier[0] == normalised:
            return self._dernier[1]  # the same message read several times (its reading, the veto, the situation)
        probabilites = self._probabilites(normalised)
        self._dernier = (normalised, probabilites)
        return probabilites

    def _probabilites(self, normalised: str) -> dict[str, float]:
        scores = list(self.intercepts)
        for analyser, low, high, table in self.blocks:
            counts = Counter(g for g in analyser(normalised, low, high) if g in table)
            values = {g: (1.0 + math.log(c)) * table[g][0] for g, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in values.values()))
            if not norm:
                continue
            for gram, value in values.items():
                coefs = table[gram][1]
                for i in range(len(scores)):
                    scores[i] += value / norm * coefs[i]
        return {t: 1.0 / (1.0 + math.exp(-s)) for t, s in zip([*self.types, *self.noms_situations], scores)}

    def indice(self, normalised: str) -> Optional[tuple[str, str]]:
        """The most likely danger when its probability reaches the threshold, as a signal for
        ``common.safety.analyse``: ``("suicide", "lecteur:suicide")``; None otherwise."""
        lus = self.indices(normalised)
        return lus[0] if lus else None

    def indices(self, normalised: str) -> list[tuple[str, str]]:
        """Every danger whose probability reaches the threshold, the most likely first (each type
        has its own judge: a message may tell two dangers)."""
        if not normalised:
            return []
        probabilites = self.probabilites(normalised)
        kinds = sorted((k for k, p in probabilites.items() if p >= self.threshold), key=probabilites.get, reverse=True)
        return [(kind, SIGNAL_PREFIX + kind) for kind in kinds]

    def couverture(self, normalised: str) -> float:
        """The share of the message's words the reader has learnt (low for another language or a creole)."""
        tokens = word_ngrams(normalised, 1, 1)
        return sum(t in self._mots for t in tokens) / len(tokens) if tokens else 0.0

    def ecarte(self, normalised: str) -> bool:
        """The reader is sure there is no danger: every type below ``veto``, in words it knows
        (``couverture_minimale`` of them). The rules' reading is then dropped: leave-one-out over the
        development sets, it removed 8 of 22 false alarms (professionals asking about training,
        dangers long past, « étrangler mon imprimante ») and no emergency; the one it would have
        lost was written in Haitian Creole, which the coverage keeps out of its reach."""
        if not normalised or self.veto <= 0:
            return False
        probabilites = self.probabilites(normalised)
        return max(probabilites.values()) < self.veto and self.couverture(normalised) >= self.couverture_minimale


@lru_cache(maxsize=1)
def lecteur() -> Lecteur:
    """The reader of the stored weights (part of the repository: a missing file is an error)."""
    return Lecteur(json.loads(WEIGHTS.read_text(encoding="utf-8")))
