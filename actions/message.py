"""The person's latest message, read from the tracker: one way for every action.

The intent is the parse result's ``intent`` (what the safety net and the fallback classifier set);
rasa_sdk's ``get_intent_of_latest_message`` reads the ranking instead, which a button payload or
a test tracker may not carry.
"""
from __future__ import annotations

from typing import Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from common.retention import retention_hours, retention_text


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


BIENVENUE = "utter_bienvenue_donnees"


def dire_bienvenue(dispatcher: CollectingDispatcher) -> None:
    """The session's welcome text: who answers, how long the conversation is kept, how to erase it."""
    dispatcher.utter_message(response=BIENVENUE, retention=retention_text(retention_hours()))


def bienvenue_dite(tracker: Tracker) -> bool:
    """Whether this session's welcome text (who answers, what is kept, how to erase it) was sent.

    Rasa logs a custom action's messages before its events, so the welcome sent by
    ``action_session_start`` sits just before the ``session_started`` event it returns."""
    events = list(tracker.events or [])

    def est_bienvenue(event: dict) -> bool:
        return event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") == BIENVENUE

    for i in range(len(events) - 1, -1, -1):
        if est_bienvenue(events[i]):
            return True
        if events[i].get("event") == "session_started":
            for avant in reversed(events[:i]):
                if avant.get("event") != "bot":
                    return False
                if est_bienvenue(avant):
                    return True
            return False
    return False
