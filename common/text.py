"""Folding French text for matching: lower case, no accents, apostrophes and punctuation as spaces.

One base for every reader of what people type: the safety patterns (``common.safety``) and the
facts of the situation (``actions.extraction``) build on it. Commune names have their own keys in
``knowledge.territory.normalize`` (hyphens, « St », « Ste »), since ``knowledge`` imports nothing
of the rest of the project.
"""
from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    """``"Élodie à Besançon"`` -> ``"Elodie a Besancon"`` (ligatures spelled out)."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_LIGATURES))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower case, no accents, every run of non-alphanumeric characters as one space."""
    return " ".join(_NON_ALNUM.sub(" ", strip_accents(text).lower()).split())
