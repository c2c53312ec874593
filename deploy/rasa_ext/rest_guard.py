"""Hostile input on Rasa's REST channel (/webhooks/rest/webhook), and its logs.

Rasa 3.6 answers a JSON body that is not an object, or a ``sender``/``message`` of the wrong
type, with a 500 or an empty 200, and logs the failing message text in clear. ``install()``
makes the channel answer 400 with a French message for such input, bounds the message
length, and removes the message text from the channel's error logs.
"""
from __future__ import annotations

from typing import Any

from rasa.core.channels import rest
from sanic.exceptions import InvalidUsage

MAX_MESSAGE = 5000  # characters; a person's message is far shorter
MAX_SENDER = 200
_installed = False


def _body(req) -> dict:
    body = req.json
    if not isinstance(body, dict):
        raise InvalidUsage("Le corps de la requête doit être un objet JSON : "
                           '{"sender": "...", "message": "..."}.')
    return body


async def _extract_sender(self, req) -> str | None:
    sender = _body(req).get("sender")
    if sender is not None and (not isinstance(sender, str) or not 0 < len(sender) <= MAX_SENDER):
        raise InvalidUsage(f"« sender » doit être un texte de 1 à {MAX_SENDER} caractères.")
    return sender


def _extract_message(self, req) -> str | None:
    message = _body(req).get("message")
    if not isinstance(message, str):
        raise InvalidUsage("« message » doit être un texte.")
    if len(message) > MAX_MESSAGE:
        raise InvalidUsage(f"Le message est trop long ({MAX_MESSAGE} caractères au plus).")
    return message


class _NoTextLogger:
    """The channel's structlog logger, without the person's text."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._inner, name)
        if not callable(method):
            return method

        def call(*args: Any, **kwargs: Any) -> Any:
            if "text" in kwargs:
                kwargs["text"] = "<masqué>"
            return method(*args, **kwargs)

        return call


def install() -> None:
    global _installed
    if _installed:
        return
    rest.RestInput._extract_sender = _extract_sender
    rest.RestInput._extract_message = _extract_message
    rest.structlogger = _NoTextLogger(rest.structlogger)
    _installed = True
