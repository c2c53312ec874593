"""``action_orienter``: the situation collected by the form, judged by the eligibility engine.

The engine (``knowledge.eligibility.orient``: OpenFisca, a few hundred milliseconds once warm)
runs in a thread of the executor, so that the action server keeps answering other people in
the meantime. The answer is a few short texts for every channel, plus one custom payload
``{"kind": "orientation", "orientation": ...}`` (the JSON of POST /orientation) for rich clients.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import parcours, render, render_orientation

logger = logging.getLogger(__name__)

# Logged once the background warm-up has loaded the engine (the harness waits for it after a restart).
WARM_UP_DONE = "Eligibility engine warmed up"


def orienter(situation: dict[str, Any]) -> dict[str, Any]:
    """The orientation for a contract situation, as the JSON of POST /orientation."""
    from knowledge.eligibility import orient

    return orient(situation).to_dict()


def prechauffer() -> None:
    """Load OpenFisca once (seconds) rather than during someone's conversation: run in a
    background thread by the action server once it listens (``actions/__main__.py``)."""
    started = time.monotonic()
    try:
        orienter({})
    except Exception:  # noqa: BLE001 - the first real call will report the problem
        logger.exception("Warm-up of the eligibility engine failed")
        return
    logger.info("%s (%.1f s)", WARM_UP_DONE, time.monotonic() - started)


class ActionOrienter(Action):
    def name(self) -> str:
        return "action_orienter"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        # "oui, mais j'ai 3 enfants": the correction first, then the recap again.
        from actions.situation import faits_du_message, slots_et_faits_dits

        events = faits_du_message(tracker, dispatcher)
        if events is not None:
            return events
        slots = slots_et_faits_dits(tracker)
        situation = parcours.situation(slots)
        loop = asyncio.get_running_loop()
        try:
            orientation = await loop.run_in_executor(None, orienter, situation)
        except Exception:  # noqa: BLE001 - invalid situation or engine failure: say so, never crash
            logger.exception("Orientation failed")  # the situation itself is not logged
            render.envoyer(dispatcher, tracker, text=render.texte_erreur())
            return []
        for texte in render_orientation.messages_orientation(orientation, parcours.besoins_de(slots),
                                                             parcours.incertains(slots)):
            render.envoyer(dispatcher, tracker, text=texte)
        render_orientation.envoyer_carte(dispatcher, tracker, {"kind": "orientation", "orientation": orientation})
        return []
