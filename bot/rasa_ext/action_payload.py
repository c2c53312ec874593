"""The conversation sent to the action server written by ``ujson``, not by the standard ``json`` module.

At every call of a custom action Rasa 3.6 posts the whole conversation (every event, with the parse
data of every message) as JSON, through an ``aiohttp`` session it builds for the call
(``EndpointConfig.session``). Writing that JSON with Python's ``json`` module was about 6 % of the
Rasa server's CPU in a form's conversation (py-spy over bench/dialogue.py, 2026-12-07); ``ujson``
(already installed with Sanic) writes it two to three times faster.

``install()`` (called by the declared input channels, ``channels.py``) gives the sessions Rasa builds
a serialiser that writes the same JSON document (the same values once read; non-ASCII letters and
slashes left as they are, which JSON allows) and falls back to ``json.dumps`` for anything ``ujson``
refuses (a NaN, an object it does not know), so no call fails because of it.
"""
from __future__ import annotations

import json
from typing import Any

import aiohttp
import ujson
from rasa.utils.endpoints import EndpointConfig

_session = EndpointConfig.session
_installed = False


def dumps(value: Any) -> str:
    """JSON text of ``value``: ujson's, or the standard module's when ujson refuses it."""
    try:
        return ujson.dumps(value, ensure_ascii=False, escape_forward_slashes=False)
    except (TypeError, ValueError, OverflowError):
        return json.dumps(value)


def session(self: EndpointConfig) -> aiohttp.ClientSession:
    """Rasa's session for this endpoint, with ``dumps`` as its JSON writer."""
    built = _session(self)
    built._json_serialize = dumps
    return built


def install() -> None:
    global _installed
    if _installed:
        return
    EndpointConfig.session = session
    _installed = True


__all__ = ["dumps", "install", "session"]
