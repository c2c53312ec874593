"""The person's latest message, read from the tracker: one way for every action.

The intent is the parse result's ``intent`` (what the safety net and the fallback classifier set);
rasa_sdk's ``get_intent_of_latest_message`` reads the ranking instead, which a button payload or
a test tracker may not carry.
"""
from __future__ import annotations

from typing import Optional

from rasa_sdk import Tracker


def texte(tracker: Tracker) -> str:
    """What the person typed (or the payload of the button they pressed), "" when nothing."""
    return (tracker.latest_message or {}).get("text") or ""


def intent(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def entites(tracker: Tracker) -> list[dict]:
    return list((tracker.latest_message or {}).get("entities") or [])


def est_payload(texte_lu: str) -> bool:
    """A button payload (``/donner_commune{"commune":"93066"}``), not typed text."""
    return texte_lu.startswith("/")
