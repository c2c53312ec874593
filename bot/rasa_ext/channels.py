"""The input channels of the assistant, declared in ``bot/credentials.yml``.

``RestInput`` is Rasa's REST channel (same name ``rest``, same address
``/webhooks/rest/webhook``, same answers) with a guard on what it receives. Rasa 3.6 answers a
JSON body that is not an object, or a ``sender``/``message`` of the wrong type, with a 500 or an
empty 200, and logs the failing message text in clear; here such input gets a 400 with a French
message, a message longer than ``MAX_MESSAGE`` is refused the same way, and the channel's error
logs never carry the person's text.

Both ``RestInput`` and ``SocketIOInput`` install ``bot.rasa_ext.resilience`` (an answer when the
action server is down or slow) and ``bot.rasa_ext.action_validation`` (one validator of the action
server's answers) when Rasa builds their routes.
"""
from __future__ import annotations

import logging
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Optional, Text

from rasa.core.channels import rest, socketio
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from bot.rasa_ext import action_validation, resilience

logger = logging.getLogger(__name__)

MAX_MESSAGE = 5000  # characters; a person's message is far shorter
MAX_SENDER = 200


def install_action_patches() -> None:
    """What Rasa 3.6 offers no setting for, around the calls to the action server (see
    bot/rasa_ext/__init__.py): the answer when it fails or is slow, and one validator of its answers."""
    resilience.install()
    action_validation.install()


def _body(req: Request) -> dict:
    try:
        body = req.json
    except InvalidUsage:
        body = None
    if not isinstance(body, dict):
        raise InvalidUsage("Le corps de la requête doit être un objet JSON : "
                           '{"sender": "...", "message": "..."}.')
    return body


class RestInput(rest.RestInput):
    """Rasa's REST channel, guarded (see the module docstring)."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        sender = _body(req).get("sender")
        if sender is not None and (not isinstance(sender, str) or not 0 < len(sender) <= MAX_SENDER):
            raise InvalidUsage(f"« sender » doit être un texte de 1 à {MAX_SENDER} caractères.")
        return sender

    def _extract_message(self, req: Request) -> Optional[Text]:
        message = _body(req).get("message")
        if not isinstance(message, str):
            raise InvalidUsage("« message » doit être un texte.")
        if len(message) > MAX_MESSAGE:
            raise InvalidUsage(f"Le message est trop long ({MAX_MESSAGE} caractères au plus).")
        return message

    def _extract_input_channel(self, req: Request) -> Text:
        channel = _body(req).get("input_channel")
        return channel if isinstance(channel, str) and channel else self.name()

    def get_metadata(self, request: Request) -> Optional[dict[Text, Any]]:
        metadata = _body(request).get("metadata")
        return metadata if isinstance(metadata, dict) else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        install_action_patches()
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> response.HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> response.HTTPResponse:
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender_id,
                                                 input_channel=self._extract_input_channel(request),
                                                 metadata=self.get_metadata(request)))
            except CancelledError:
                logger.error("REST channel: the message was cancelled (time limit).")
            except Exception as error:  # noqa: BLE001 - logged without the person's text
                logger.error("REST channel: the message could not be handled (%s).", type(error).__name__)
            return response.json(collector.messages)

        return webhook


class SocketIOInput(socketio.SocketIOInput):
    """Rasa's socket.io channel (the web page and the widget)."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        install_action_patches()
        return super().blueprint(on_new_message)
