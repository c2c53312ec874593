"""Human help (issue 6): the ways to reach a person, and an optional hand-off hook.

``action_aide_humaine`` runs when the person asks for a human (``demander_humain``) or after two
messages in a row were not understood. It lists: the CCAS (centre communal d'action sociale)
of the commune when it is known (``commune`` slot, an INSEE code), else the mairie; Allô Service
Public from the national directory (``knowledge/directory/national.yaml``); the national line of
the emergency answered earlier in the conversation, if any.

Hand-off hook, off by default: when ``HANDOFF_WEBHOOK_URL`` is set in the action server's
environment, the action POSTs ``{"sender_id", "reason", "commune", "urgence"}`` to it — no
message text, no personal data — so that a deployment with agents can take the conversation
over. A failure of the hook is logged and the person still gets the ways to reach someone.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Optional

import httpx
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.message import intent
from actions.urgences import SLOT_COMMUNE, SLOT_URGENCE, commune_validee, numeros, reprendre
from knowledge.contacts import contacts_for_commune
from knowledge.directory.defaults import national_entries

logger = logging.getLogger(__name__)

_LIGNES_NATIONALES = {
    "medicale": "le {n[15]} (Samu) ou le {n[112]}, pour une urgence médicale",
    "suicide": "le {n[3114]}, numéro national de prévention du suicide, gratuit, jour et nuit",
    "enfant": "le {n[119]}, Allô Enfance en danger, gratuit, jour et nuit",
    "violences": "le {n[3919]}, Violences Femmes Info, gratuit et anonyme, jour et nuit",
    "sans_abri": "le {n[115]}, Samu social, pour un hébergement d'urgence, gratuit, jour et nuit",
}


def handoff_url() -> Optional[str]:
    """The hand-off webhook ($HANDOFF_WEBHOOK_URL), if this deployment configured one."""
    return os.environ.get("HANDOFF_WEBHOOK_URL", "").strip() or None


async def appeler_handoff(url: str, payload: dict[str, Any]) -> bool:
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            response = await client.post(url, json=payload)
        return response.status_code < 300
    except httpx.HTTPError as error:
        logger.warning("Hand-off webhook failed: %s", type(error).__name__)
        return False


def _service_public() -> Optional[dict]:
    return next((e for e in national_entries() if e["id"] == "national--service-public"), None)


def texte_aide_humaine(commune: Any, urgence: Optional[str], raison: str, transmis: bool = False) -> str:
    """The ways to reach a person, the nearest first."""
    debut = ("Je n'arrive pas à bien vous comprendre, pardon. " if raison == "incompris" else "")
    blocs = [debut + "Je suis un assistant automatique. Pour parler à une personne :"]
    if commune is not None:
        try:
            ccas = contacts_for_commune(commune.code, kinds=["ccas"])
        except Exception:  # noqa: BLE001 - answer without the knowledge base
            logger.exception("Contacts lookup failed")
            ccas = []
        if ccas:
            c = ccas[0]
            details = "".join(f"\n{x}" for x in (c.address, f"Téléphone : {c.phone}" if c.phone else None,
                                                  c.hours, c.url) if x)
            blocs.append(f"- {c.name} : une travailleuse ou un travailleur social peut vous recevoir.{details}")
    if len(blocs) == 1:
        blocs.append("- le CCAS (centre communal d'action sociale) ou la mairie de votre commune : "
                     "une travailleuse ou un travailleur social peut vous recevoir. Dites-moi votre "
                     "commune et je vous donne son adresse.")
    sp = _service_public()
    if sp is not None:
        tel = f", au {sp['telephone']}" if sp.get("telephone") else " (le numéro est indiqué sur le site)"
        blocs.append(f"- Allô Service Public répond à vos questions sur vos droits et démarches{tel} : "
                     f"{sp['site_web']}")
    if urgence in _LIGNES_NATIONALES:
        blocs.append("- " + _LIGNES_NATIONALES[urgence].format(n=numeros()))
    if transmis:
        blocs.append("J'ai aussi prévenu l'équipe : une personne va reprendre cette conversation dès que possible.")
    return "\n".join(blocs)


class ActionAideHumaine(Action):
    def name(self) -> str:
        return "action_aide_humaine"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        raison = "demande" if intent(tracker) == "demander_humain" else "incompris"
        commune = commune_validee(tracker.get_slot(SLOT_COMMUNE))
        urgence = tracker.get_slot(SLOT_URGENCE)
        transmis = False
        url = handoff_url()
        if url:
            transmis = await appeler_handoff(url, {"sender_id": tracker.sender_id, "reason": raison,
                                                  "commune": commune.code if commune else None,
                                                  "urgence": urgence})
        dispatcher.utter_message(text=texte_aide_humaine(commune, urgence, raison, transmis))
        return reprendre(tracker)


def incompris_deux_fois(tracker: Tracker) -> bool:
    """True when the last two messages of the person were both not understood (nlu_fallback)."""
    intents = [((e.get("parse_data") or {}).get("intent") or {}).get("name")
               for e in tracker.events if e.get("event") == "user"]
    return len(intents) >= 2 and intents[-1] == intents[-2] == "nlu_fallback"


class ActionPasCompris(Action):
    """Not understood: ask to say it otherwise; the second time in a row, offer a person."""

    def name(self) -> str:
        return "action_pas_compris"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        # A message the NLU did not place but that carries facts ("non, mon loyer c'est 620 et je
        # touche 700 de RSA" at the recap) is a correction: noted, the questions go on.
        from actions.situation import faits_du_message

        events = faits_du_message(tracker, dispatcher)
        if events is not None:
            return events
        if not incompris_deux_fois(tracker):
            dispatcher.utter_message(response="utter_default")
            return []
        return await ActionAideHumaine().run(dispatcher, tracker, domain)
