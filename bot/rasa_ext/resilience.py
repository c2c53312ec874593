"""When the action server is down or too slow, answer instead of going silent.

Installed by the input channels of ``bot.rasa_ext.channels`` (declared in ``credentials.yml``)
when Rasa builds their routes; see ``bot/rasa_ext/__init__.py`` for why it wraps a Rasa method.

Rasa 3.6 waits up to 5 minutes for a custom action and, when it fails, logs the error and
sends nothing. ``install()`` wraps ``RemoteAction.run``:

- the call is bounded by $ACTIONS_TIMEOUT_SECONDS (10 s by default);
- on a connection error, an error status or the time limit, the bot utters
  ``utter_recherche_indisponible`` (national lines, from the domain, so it needs no action
  server), once per turn; the conversation is kept and the next message tries again;
- ``action_session_start`` falls back to Rasa's own session start plus the privacy notice.

Only the action name and the error type are logged, never the conversation.
"""
from __future__ import annotations

import asyncio
import logging
import os

from rasa.core.actions import action as rasa_action
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.exceptions import RasaException

from common.retention import retention_hours, retention_text

logger = logging.getLogger(__name__)

FALLBACK = "utter_recherche_indisponible"
WELCOME = "utter_bienvenue_donnees"
_installed = False


def timeout_seconds() -> float:
    return float(os.environ.get("ACTIONS_TIMEOUT_SECONDS", "10"))


def _already_said(tracker, text: str) -> bool:
    """The fallback was already uttered since the person's last message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and event.text == text:
            return True
    return False


async def _utterance(nlg, name: str, tracker, output_channel, **kwargs):
    message = await nlg.generate(name, tracker, output_channel.name(), **kwargs)
    return rasa_action.create_bot_utterance(message) if message else None


async def _fallback(action, output_channel, nlg, tracker, domain) -> list:
    if action.name() == rasa_action.ACTION_SESSION_START_NAME:
        welcome = await _utterance(nlg, WELCOME, tracker, output_channel,
                                   retention=retention_text(retention_hours()))
        events = await rasa_action.ActionSessionStart().run(output_channel, nlg, tracker, domain)
        return ([welcome] if welcome else []) + events
    message = await _utterance(nlg, FALLBACK, tracker, output_channel)
    if message is None or _already_said(tracker, message.text):
        return []
    return [message]


def install() -> None:
    """Wrap RemoteAction.run once per process."""
    global _installed
    if _installed:
        return
    original = rasa_action.RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain):
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain),
                                          timeout=timeout_seconds())
        except rasa_action.ActionExecutionRejection:
            raise
        except (RasaException, asyncio.TimeoutError) as error:
            logger.warning("Action '%s' unavailable (%s): answering with the national lines.",
                           self.name(), type(error).__name__)
            return await _fallback(self, output_channel, nlg, tracker, domain)

    rasa_action.RemoteAction.run = run
    _installed = True
