"""Turn place names into comparison keys, the way people type them."""
from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_CORSICA = re.compile(r"\b2 ([ab])\b")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, abbreviations expanded, single spaces.

    >>> normalise("St-Étienne-du-Rouvray")
    'saint etienne du rouvray'
    >>> normalise("Lyon8ème")
    'lyon 8 eme'
    >>> normalise("Bastia (2B)")
    'bastia 2b'
    """
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    # a surface (« 35 m² à Schœlcher ») is no Corsican code: the superscript is a unit, not a « 2 » before « à »
    text = text.replace("²", " ").replace("³", " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _NON_ALNUM.sub(" ", text)
    text = _LETTER_DIGIT.sub(" ", text)
    text = _CORSICA.sub(r"2\1", text)  # keep the département codes 2A and 2B whole
    return " ".join(_ABBREVIATIONS.get(token, token) for token in text.split())


def compact(normalised: str) -> str:
    """The key that ignores spaces and hyphens: 'saint etienne' -> 'saintetienne'."""
    return normalised.replace(" ", "")
