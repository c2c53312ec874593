"""Personal data: the session start with the privacy notice, and "effacer mes données".

- ``action_session_start``: every session starts empty (no slot carried over from an
  earlier session) with a short notice: an automatic assistant, not a person; what it asks
  and why; how long the conversation is kept ($CONVERSATION_RETENTION_HOURS). When the site
  embedding the chat knows the commune (widget ``data-commune``, sent as message metadata)
  and it names exactly one commune, the session starts with it, so it is not asked.
- ``action_effacer_donnees``: confirms the erasure and empties the slots; the tracker store
  (bot/rasa_ext/tracker_store.py) sees this action and deletes the whole conversation.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, AllSlotsReset, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.territoire import SLOT, SLOT_NOM
from common.retention import retention_hours, retention_text
from knowledge.territory import CODE_COMMUNE, Candidate, commune_by_code, resolve_commune

logger = logging.getLogger(__name__)


def commune_de_l_hote(metadata: Any) -> Optional[Candidate]:
    """The commune the host site gave (INSEE code or name), if it names exactly one."""
    value = metadata.get("commune") if isinstance(metadata, dict) else None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    value = value.strip()
    try:
        if CODE_COMMUNE.match(value):  # a site gives the INSEE code, not a postal code
            commune = commune_by_code(value.upper())
            if commune is not None:
                return commune
        resolution = resolve_commune(value)
    except Exception:  # noqa: BLE001 - the commune will simply be asked
        logger.exception("Commune of the host site could not be read")
        return None
    return resolution.candidates[0] if resolution.status == "found" else None


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_bienvenue_donnees",
                                 retention=retention_text(retention_hours()))
        events: list[dict[str, Any]] = [SessionStarted()]
        commune = commune_de_l_hote(tracker.get_slot("session_started_metadata"))
        if commune is not None:
            events += [SlotSet(SLOT, commune.code), SlotSet(SLOT_NOM, commune.nom)]
        return events + [ActionExecuted("action_listen")]


class ActionEffacerDonnees(Action):
    def name(self) -> str:
        return "action_effacer_donnees"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_donnees_effacees")
        return [AllSlotsReset(), ActiveLoop(None)]
