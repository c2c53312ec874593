"""The input channels of the assistant, declared in ``bot/credentials.yml``.

``RestInput`` is Rasa's REST channel (same name ``rest``, same address
``/webhooks/rest/webhook``, same answers) with a guard on what it receives. Rasa 3.6 answers a
JSON body that is not an object, or a ``sender``/``message`` of the wrong type, with a 500 or an
empty 200, and logs the failing message text in clear; here such input gets a 400 with a French
message, and the channel's error logs never carry the person's text.

Both channels put limits on what one person, or one address, may send (``Limits``, read from the
environment when Rasa builds the routes), checked before anything else is done with a message:

- $RATE_LIMIT_SENDER (``10/10,300/3600``: 10 messages in 10 s and 300 in an hour) per
  conversation (REST ``sender``, socket.io ``session_id``) and $RATE_LIMIT_ADDRESS
  (``30/10,1000/3600``, wider: a family, a public computer room or a mobile operator share one
  address) per client address. Beyond them: REST answers 429 with a ``Retry-After`` header and a
  polite message in its usual reply shape, socket.io sends the polite message as a bot message;
  the message is dropped (no NLU, no tracker event, no lock taken), so a flood costs a JSON
  parse and never slows other people's conversations;
- a message longer than $MESSAGE_MAX_CHARS (2,000) gets a polite answer in the channel's usual
  shape without being parsed; past ten times that, REST answers 400 (not a person);
- socket.io: at most $SOCKETIO_SESSIONS_PER_ADDRESS (20) open connections per address; beyond it
  the connection is refused with a French message.

The client address is the socket's peer, or, when the peer is one of the reverse proxies listed
in $TRUSTED_PROXY, the right-most untrusted address of $TRUSTED_PROXY_HEADER (X-Forwarded-For).
Limits are counted in the memory of each process (``common.limits`` says why). Logs carry a
pseudonym of the address or conversation, at most once a minute each, never the message.

Both channels install ``bot.rasa_ext.resilience`` (an answer when the action server is down or
slow), ``bot.rasa_ext.action_validation`` (one validator of the action server's answers) and
``bot.rasa_ext.fast_load`` (the model loaded without tracing a training step) when Rasa builds
their routes, before it loads the model.
"""
from __future__ import annotations

import json
import logging
import unicodedata
from asyncio import CancelledError
from collections import Counter
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels import rest, socketio
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from socketio.exceptions import ConnectionRefusedError as Refused

from bot.rasa_ext import (action_payload, action_validation, applied_events, event_types, fast_load, graph_runner,
                          grounded_intents, past_states, regex_cache, resilience, rules_first)
from common.safety import METADATA_URGENCE, analyse
from common.limits import ClientAddress, Limiter, LogOnce, int_from_env, pseudonym, retry_after, rules_from_env

logger = logging.getLogger(__name__)

MAX_SENDER = 200
DEFAULT_SENDER = "default"  # Rasa's conversation id when the REST body has no sender


def conversation_id_valide(value: Any) -> bool:
    """A conversation id the tracker stores can hold: a text of 1 to MAX_SENDER characters without control characters (a
    NUL in a REST ``sender`` made PostgreSQL refuse the query and Rasa's SQL tracker store exit the whole server)."""
    return isinstance(value, str) and 0 < len(value) <= MAX_SENDER and \
        not any(unicodedata.category(ch) == "Cc" for ch in value)

EMERGENCY = "En cas d'urgence, appelez le 112 (ou le 115 pour un hébergement d'urgence)."
TOO_FAST = ("Vous m'envoyez beaucoup de messages en peu de temps : je ne peux pas tous les lire. "
            "Merci de patienter quelques secondes avant d'écrire à nouveau. " + EMERGENCY)
TOO_MANY_SESSIONS = ("Trop de conversations sont ouvertes depuis votre connexion. Fermez les onglets "
                     "de l'assistant dont vous n'avez plus besoin, puis réessayez dans quelques minutes. "
                     + EMERGENCY)


def too_long(max_chars: int) -> str:
    count = f"{max_chars:,}".replace(",", "\u202f")  # 2 000
    return (f"Votre message est trop long pour que je le lise ({count} caractères au plus). "
            "Pouvez-vous le raccourcir, ou l'envoyer en plusieurs fois ? " + EMERGENCY)


class Limits:
    """What one conversation and one address may send, from the environment (module docstring)."""

    def __init__(self) -> None:
        self.sender = Limiter(rules_from_env("RATE_LIMIT_SENDER", "10/10,300/3600"))
        self.address = Limiter(rules_from_env("RATE_LIMIT_ADDRESS", "30/10,1000/3600"))
        self.max_chars = int_from_env("MESSAGE_MAX_CHARS", 2000) or 2000
        self.sessions = int_from_env("SOCKETIO_SESSIONS_PER_ADDRESS", 20)
        self.client = ClientAddress.from_env()
        self._log = LogOnce(60)
        self._proxy_warned = False

    def address_of(self, request: Optional[Request]) -> str:
        if request is None:
            return "inconnue"
        address = self.client(request.ip, request.headers.get)
        if not self.client.trusted and not self._proxy_warned and request.headers.get(self.client.header):
            self._proxy_warned = True
            logger.warning("Requests carry %s but TRUSTED_PROXY is not set: behind a reverse proxy, every "
                           "person shares the proxy's address and its limits (README, « Déploiement »).",
                           self.client.header)
        return address

    def admit(self, channel: str, sender: str, address: str) -> float:
        """0 when the message may go on (and it is counted), else the seconds to wait."""
        wait = Limiter.hit_all([(self.sender, sender), (self.address, address)])
        if wait and self._log(f"{sender}|{address}"):
            logger.warning("%s channel: rate limit reached (conversation %s, address %s); messages "
                           "dropped for %.0f s.", channel, pseudonym(sender), pseudonym(address), wait)
        return wait

    def log_once(self, key: str) -> bool:
        return self._log(key)


_limits: Optional[Limits] = None


def limits() -> Limits:
    """One set of counters per process, shared by both channels (read when the routes are built)."""
    global _limits
    if _limits is None:
        _limits = Limits()
    return _limits


def install_action_patches() -> None:
    """What Rasa 3.6 offers no setting for (see bot/rasa_ext/__init__.py): around the calls to the
    action server, the answer when it fails or is slow and one validator of its answers; and the
    model's load without the start-up work it does for nothing (``fast_load``); and no TED
    prediction where a rule has decided (``rules_first``); spaCy's French word pattern compiled
    once per machine (``regex_cache``); no ``goodbye`` without words of goodbye, no ``out_of_scope`` on the person's own situation (``grounded_intents``);
    the class of each stored event found in a table (``event_types``); the conversation posted to the action server
    written by ujson (``action_payload``); the model's graph run without dask's scheduler (``graph_runner``); the dialogue's past states
    built once per turn, not again for every policy (``past_states``), and its applied events folded only over the
    events added since (``applied_events``). Rasa builds the channels' routes before it loads the model,
    so the load is replaced in time."""
    resilience.install()
    action_validation.install()
    fast_load.install()
    rules_first.install()
    regex_cache.install()
    grounded_intents.install()
    event_types.install()
    action_payload.install()
    graph_runner.install()
    past_states.install()
    applied_events.install()


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
    """Rasa's REST channel, guarded and limited (see the module docstring)."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        sender = _body(req).get("sender")
        if sender is not None and not conversation_id_valide(sender):
            raise InvalidUsage(f"« sender » doit être un texte de 1 à {MAX_SENDER} caractères, sans caractère de contrôle.")
        return sender

    def _extract_message(self, req: Request) -> Optional[Text]:
        message = _body(req).get("message")
        if not isinstance(message, str):
            raise InvalidUsage("« message » doit être un texte.")
        hard = 10 * limits().max_chars
        if len(message) > hard:
            raise InvalidUsage(f"Le message est trop long ({hard} caractères au plus).")
        return message

    def _extract_input_channel(self, req: Request) -> Text:
        channel = _body(req).get("input_channel")
        return channel if isinstance(channel, str) and channel else self.name()

    def get_metadata(self, request: Request) -> Optional[dict[Text, Any]]:
        metadata = _body(request).get("metadata")
        return metadata if isinstance(metadata, dict) else None

    def _metadata_with_reading(self, request: Request, text: Text) -> Optional[dict[Text, Any]]:
        """The message's metadata, with ``METADATA_URGENCE`` when the safety rules read an emergency:
        Rasa starts a new session before it parses the first message, and the session's welcome text
        must not come before the emergency answer (actions/donnees.py reads the flag)."""
        metadata = self.get_metadata(request)
        try:
            urgent = bool(text) and bool(analyse(text))
        except Exception:  # noqa: BLE001 - the safety net's component reads the message anyway
            urgent = False
        if not urgent:
            return metadata
        return {**(metadata or {}), METADATA_URGENCE: True}

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        install_action_patches()
        lim = limits()
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> response.HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> response.HTTPResponse:
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            recipient = sender_id or DEFAULT_SENDER
            wait = lim.admit("REST", recipient, lim.address_of(request))
            if wait:
                return response.json([{"recipient_id": recipient, "text": TOO_FAST}], status=429,
                                     headers={"Retry-After": retry_after(wait)})
            if len(text) > lim.max_chars:  # answered, never parsed nor stored
                return response.json([{"recipient_id": recipient, "text": too_long(lim.max_chars)}])
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender_id,
                                                 input_channel=self._extract_input_channel(request),
                                                 metadata=self._metadata_with_reading(request, text)))
            except CancelledError:
                logger.error("REST channel: the message was cancelled (time limit).")
            except Exception as error:  # noqa: BLE001 - logged without the person's text
                logger.error("REST channel: the message could not be handled (%s).", type(error).__name__)
            return response.json(collector.messages)

        return webhook


class SocketIOInput(socketio.SocketIOInput):
    """Rasa's socket.io channel (the web page and the widget), limited (see the module docstring).

    Rasa's handlers are kept and wrapped: the limits are checked first, then Rasa's handler runs.
    """

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        install_action_patches()
        blueprint = super().blueprint(on_new_message)
        sio, namespace = self.sio, self.namespace
        rasa_handlers = dict(sio.handlers[namespace or "/"])
        lim = limits()
        address_of_sid: Dict[str, str] = {}
        open_sessions: Counter = Counter()

        async def say(sid: str, text: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=namespace)

        async def connect(sid: str, environ: Dict, auth: Optional[Dict] = None) -> Any:
            address = lim.address_of(environ.get("sanic.request"))
            if lim.sessions and open_sessions[address] >= lim.sessions:
                if lim.log_once(f"sessions|{address}"):
                    logger.warning("socket.io channel: %d open sessions from one address (%s); "
                                   "new ones refused.", open_sessions[address], pseudonym(address))
                raise Refused(TOO_MANY_SESSIONS, {"texte": TOO_MANY_SESSIONS})
            accepted = await rasa_handlers["connect"](sid, environ, auth)
            if accepted is not False:
                address_of_sid[sid] = address
                open_sessions[address] += 1
            return accepted

        async def disconnect(sid: str, *args: Any) -> None:
            address = address_of_sid.pop(sid, None)
            if address is not None:
                open_sessions[address] -= 1
                if open_sessions[address] <= 0:
                    del open_sessions[address]
            await rasa_handlers["disconnect"](sid)

        async def handle_message(sid: str, data: Any = None, *args: Any) -> None:
            if not isinstance(data, dict):
                return
            text = data.get("message", "")
            session = data.get("session_id") if self.session_persistence else sid
            if not isinstance(text, str) or not conversation_id_valide(session):
                return  # Rasa would fail on it or ignore it
            if isinstance(data.get(self.metadata_key), str):
                try:
                    json.loads(data[self.metadata_key])
                except ValueError:
                    data = {k: v for k, v in data.items() if k != self.metadata_key}
            wait = lim.admit("socket.io", session, address_of_sid.get(sid, "inconnue"))
            if wait:
                await say(sid, TOO_FAST)
                return
            if len(text) > lim.max_chars:
                await say(sid, too_long(lim.max_chars))
                return
            await rasa_handlers[self.user_message_evt](sid, data)

        sio.on("connect", handler=connect, namespace=namespace)
        sio.on("disconnect", handler=disconnect, namespace=namespace)
        sio.on(self.user_message_evt, handler=handle_message, namespace=namespace)
        return blueprint
