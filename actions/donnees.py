"""Personal data: the session start with the privacy notice, and "effacer mes données".

- ``action_session_start``: every session starts empty (no slot carried over from an
  earlier session) with a short notice: an automatic assistant, not a person; what it asks
  and why; how long the conversation is kept ($CONVERSATION_RETENTION_HOURS). When the site
  embedding the chat knows the commune (widget ``data-commune``, sent as message metadata)
  and it names exactly one commune, the session starts with it, so it is not asked.
- ``action_demander_effacement``: an erasure request read from typed words is confirmed first
  ("voulez-vous vraiment tout effacer ?"); the page's « Effacer » button (payload
  ``/effacer_donnees``) is already explicit and erases at once. A message the NLU took for an
  erasure request but that carries facts and no erasure words ("j'ai oublié de dire que j'ai
  2 enfants") is read as facts instead.
- ``action_effacer_donnees``: confirms the erasure and empties the slots; the tracker store
  (bot/rasa_ext/tracker_store.py) sees this action and deletes the whole conversation.
- ``action_effacement_annule``: "non": nothing is erased, the form asked before goes on.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, AllSlotsReset, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import textes
from actions.extraction import effacement_explicite
from actions.message import dire_bienvenue, est_payload, texte
from actions.render import envoyer
from actions.territoire import SLOT, SLOT_NOM
from common.safety import METADATA_URGENCE
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
        metadata = tracker.get_slot("session_started_metadata")
        # A first message read as an emergency gets its answer first: the welcome text is said when
        # the person goes on (actions/urgences.py, action_apres_urgence).
        if not (isinstance(metadata, dict) and metadata.get(METADATA_URGENCE) is True):
            dire_bienvenue(dispatcher)
        events: list[dict[str, Any]] = [SessionStarted()]
        commune = commune_de_l_hote(metadata)
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


FORMULAIRES = ("situation_form", "ccas_form")


def _formulaire_interrompu(tracker: Tracker) -> Optional[str]:
    """The form the rules deactivated in this turn for the erasure request, if any."""
    events = list(tracker.events or [])
    dernier = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    if not any(e.get("event") == "active_loop" and e.get("name") is None for e in events[dernier + 1:]):
        return None
    for event in reversed(events[:dernier + 1]):
        if event.get("event") == "active_loop" and event.get("name"):
            return event["name"] if event["name"] in FORMULAIRES else None
    return None


class ActionDemanderEffacement(Action):
    def name(self) -> str:
        return "action_demander_effacement"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        message = texte(tracker)
        if est_payload(message):
            return [FollowupAction("action_effacer_donnees")]  # the page's button: already explicit
        if not effacement_explicite(message):
            from actions.situation import faits_du_message

            events = faits_du_message(tracker, dispatcher)
            if events is not None:
                return events  # "j'ai oublié de dire que…": facts, nothing to erase
        envoyer(dispatcher, tracker, text=textes.EFFACEMENT_QUESTION, buttons=list(textes.EFFACEMENT_BOUTONS))
        return [SlotSet("reprendre_formulaire", _formulaire_interrompu(tracker))]


class ActionEffacementAnnule(Action):
    def name(self) -> str:
        return "action_effacement_annule"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=textes.EFFACEMENT_ANNULE)
        formulaire = tracker.get_slot("reprendre_formulaire")
        events: list[dict[str, Any]] = [SlotSet("reprendre_formulaire", None)]
        if formulaire in FORMULAIRES:
            events.append(FollowupAction(formulaire))
        return events
