"""A minimal socket.io client (Engine.IO 4 over a websocket) speaking to Rasa's socket.io channel as
the chat page does: ``session_request``, ``user_uttered``, ``bot_uttered``. For tests and benches
that need no browser (the actions environment has ``websockets``, not ``python-socketio``).

    with SocketIO(rasa_url, headers={"X-Forwarded-For": "203.0.113.7"}) as sio:
        sio.session("abc")                       # session_request / session_confirm
        sio.say("bonjour", "abc")                # the bot_uttered messages of that turn
"""
from __future__ import annotations

import json
import time
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect


class Refused(Exception):
    """The server refused the socket.io connection (its message in ``args[0]``, data in ``data``)."""

    def __init__(self, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.data = data


class SocketIO:
    def __init__(self, rasa_url: str, headers: dict | None = None, timeout: float = 60) -> None:
        url = rasa_url.replace("http://", "ws://").replace("https://", "wss://").rstrip("/")
        self.ws = connect(f"{url}/socket.io/?EIO=4&transport=websocket", additional_headers=headers or {},
                          proxy=None, open_timeout=timeout, compression=None)
        self.timeout = timeout
        opening = self._packet()
        assert opening.startswith("0"), opening
        self.ws.send("40")
        answer = self._packet()
        if answer.startswith("44"):
            error = json.loads(answer[2:])
            self.close()
            raise Refused(error.get("message", ""), error.get("data"))
        assert answer.startswith("40"), answer

    def _packet(self, timeout: float | None = None) -> str:
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            packet = self.ws.recv(timeout=max(0.01, deadline - time.monotonic()))
            if packet == "2":  # ping
                self.ws.send("3")
                continue
            return packet

    def emit(self, event: str, data: Any) -> None:
        self.ws.send("42" + json.dumps([event, data]))

    def event(self, timeout: float | None = None) -> tuple[str, Any]:
        """The next event sent by the server: (name, data)."""
        while True:
            packet = self._packet(timeout)
            if packet.startswith("42"):
                name, *args = json.loads(packet[2:])
                return name, (args[0] if args else None)

    def session(self, session_id: str) -> None:
        self.emit("session_request", {"session_id": session_id})
        while self.event()[0] != "session_confirm":
            pass

    def say(self, text: str, session_id: str, quiet: float = 1.5) -> list[dict]:
        """Send a message; the bot messages that follow, until none comes for ``quiet`` seconds."""
        self.emit("user_uttered", {"message": text, "session_id": session_id})
        messages = [self._bot(self.timeout)]
        while True:
            try:
                messages.append(self._bot(quiet))
            except TimeoutError:
                return messages

    def _bot(self, timeout: float) -> dict:
        while True:
            name, data = self.event(timeout)
            if name == "bot_uttered":
                return data

    def close(self) -> None:
        try:
            self.ws.close()
        except ConnectionClosed:
            pass

    def __enter__(self) -> "SocketIO":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
