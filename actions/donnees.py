"""Personal data: the session start with the privacy notice, and "effacer mes données".

- ``action_session_start``: every session starts empty (no slot carried over from an
  earlier session) with a short notice: an automatic assistant, not a person; what it asks
  and why; how long the conversation is kept ($CONVERSATION_RETENTION_HOURS).
- ``action_effacer_donnees``: confirms the erasure and empties the slots; the tracker store
  (deploy/rasa_ext/tracker_store.py) sees this action and deletes the whole conversation.

When the action server runs (``python -m rasa_sdk --actions actions``), the knowledge base
is checked at import, so that a missing or empty base stops the start-up with a clear
message instead of failing at the first person.
"""
from __future__ import annotations

import sys
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, AllSlotsReset, SessionStarted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from deploy.retention import retention_hours, retention_text


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_bienvenue_donnees",
                                 retention=retention_text(retention_hours()))
        return [SessionStarted(), ActionExecuted("action_listen")]


class ActionEffacerDonnees(Action):
    def name(self) -> str:
        return "action_effacer_donnees"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_donnees_effacees")
        return [AllSlotsReset(), ActiveLoop(None)]


def _running_as_action_server() -> bool:
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    return bool(spec and spec.name.startswith("rasa_sdk"))


if _running_as_action_server():
    from deploy.health import check_or_exit

    check_or_exit("serveur d'actions")
