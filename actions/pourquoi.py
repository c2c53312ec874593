"""« Pourquoi vous me demandez ça ? », « c'est obligatoire ? »: a question about the question being asked, answered
with what it is for and that one may leave it unanswered (textes.POURQUOI_QUESTION). Until 2026-12-05 it was read as a
question about a scheme (« Je ne connais pas cette aide ») or as no answer."""
from __future__ import annotations

import re
from typing import Optional

from actions import textes
from actions.extraction import normaliser

_POURQUOI = re.compile(
    r"\b(pourquoi|pk|pq|pourquoi faire|en quoi)\b,? (vous |tu |on )?(me |m )?(demandez|demande|demandes|posez|pose|poses|voulez "
    r"savoir|veux savoir|veut savoir|avez besoin de savoir|a besoin de savoir|interesse|regarde|concerne)\b|"
    r"\bpourquoi (cette|ces|la|une telle) questions?\b|"
    r"\b(c est|c|est ce|est ce que c est|cest) (obligatoire|oblige|necessaire)\b|"
    r"\b(je suis|suis|on est|je dois|faut il|il faut) (obligee?s? de |oblige de )?(repondre|le dire|vous le dire|dire ca)\b"
    r"(?= ?\?|$)|"
    r"\ba quoi (ca vous|cela vous|cette question|ca va vous|cela va vous) (sert|va servir|servir|vous sert)\b|"
    r"\ben quoi (ca|cela) (vous )?(regarde|interesse|concerne)\b")


def demande_pourquoi(texte: str) -> bool:
    """Whether the message asks why a question is asked or whether it must be answered."""
    return bool(_POURQUOI.search(normaliser(texte or "")))


def texte_pourquoi(slot: Optional[str]) -> str:
    """What the question of ``slot`` is for, and that it may be left unanswered."""
    return f"{textes.POURQUOI_QUESTION.get(slot or '', textes.POURQUOI_AUTRE)} {textes.POURQUOI_FACULTATIF}"
