"""The real servers on free loopback ports: action server, Rasa, web; stopped at the end.

    with action_server(logdir, env) as actions_url:          # http://127.0.0.1:PORT/webhook
        with rasa_server(model, actions_url, logdir) as url:  # http://127.0.0.1:PORT
            Conversation(url, "someone").say("bonjour")

``ActionServer``, ``RasaServer`` and ``WebServer`` are the same servers as objects that a test
may stop, freeze (SIGSTOP) and restart on the same port.

The action server and Rasa share ``ACTION_TOKEN`` (one per harness process, as scripts/run.sh
makes one per run): Rasa's endpoints files say ``token: ${ACTION_SERVER_TOKEN}``
(``endpoints_yaml``). The web server gets ``AGENTS_TOKEN`` for its agents' tools (a test
of the tools switched off passes ``AGENTS_TOKEN=""``). Every client of these servers is on
loopback, speaks for many people (a test suite, a benchmark) and types at machine speed, so the
rate limits are off by default (``LOOPBACK_CLIENTS``); a test of the limits passes ``""`` (the
defaults) or its own values in ``env``. The message length bound stays.
"""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

from harness.processes import ACTIONS_PYTHON, BOT_BIN, ROOT, free_port, signal_group, start, stop, wait_http

CREDENTIALS = ROOT / "bot" / "credentials.yml"
ACTION_TOKEN = secrets.token_urlsafe(32)
AGENTS_TOKEN = secrets.token_urlsafe(24)  # the web server's agents' tools (web.auth)
LOOPBACK_CLIENTS = {"RATE_LIMIT_ADDRESS": "off", "RATE_LIMIT_SENDER": "off", "ORIENTATION_RATE_LIMIT": "off"}


def endpoints_yaml(action_url: str, extra: str = "") -> str:
    """An endpoints file for Rasa: the action server at ``action_url`` with the shared token."""
    return f'action_endpoint:\n  url: "{action_url}"\n  token: ${{ACTION_SERVER_TOKEN}}\n{extra}'


class _Server:
    """A server process on a fixed port, restartable."""

    health = "/"
    what = "server"

    def __init__(self, logdir: Path, env: dict | None = None, port: int | None = None) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {"ACTION_SERVER_TOKEN": ACTION_TOKEN, **LOOPBACK_CLIENTS, **(env or {})}
        self.log = logdir / f"{self.what}-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def timeout(self) -> float:
        return 240

    def start(self, wait: bool = True) -> None:
        self.proc = start(self.command(), self.log, self.env)
        if wait:
            self.wait()

    def wait(self) -> None:
        assert self.proc is not None
        wait_http(self.base + self.health, self.proc, self.log, self.timeout())

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        signal_group(self.proc, sig)

    def freeze(self) -> None:
        self.signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self.signal(signal.SIGCONT)

    def stop(self) -> None:
        stop(self.proc)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


class ActionServer(_Server):
    """``python -m actions`` (rasa_sdk with the knowledge-base check)."""

    health = "/health"
    what = "actions"
    # The line the action server logs once its warm-up is done (actions.orientation.WARM_UP_DONE: the
    # harness starts the servers as processes and imports nothing of them; tests/test_layers.py checks
    # that both say the same).
    warm_up_done = "Eligibility engine warmed up"

    def start(self, wait: bool = True) -> None:
        self._log_offset = self.log.stat().st_size if self.log.exists() else 0
        super().start(wait)

    def wait_warm(self, timeout: float = 120) -> None:
        """Wait until this start's background warm-up has loaded the eligibility engine: its first
        answers then no longer share the process with that load (a restarted server's first call
        could otherwise outlast Rasa's action timeout on a busy machine)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.log.open("rb") as fh:
                fh.seek(self._log_offset)
                if self.warm_up_done.encode() in fh.read():
                    return
            assert self.proc is not None and self.proc.poll() is None, f"action server stopped: see {self.log}"
            time.sleep(0.2)
        raise TimeoutError(f"action server not warm after {timeout:.0f} s: see {self.log}")

    @property
    def url(self) -> str:
        return f"{self.base}/webhook"

    def command(self) -> list[str]:
        return [str(ACTIONS_PYTHON), "-m", "actions", "--port", str(self.port)]


class RasaServer(_Server):
    """``rasa run`` with the model, the repository's credentials and an endpoints file."""

    what = "rasa"

    def __init__(self, model: Path, logdir: Path, action_url: str | None = None, env: dict | None = None,
                 endpoints: Path | None = None, cors: list[str] | None = None, workers: int = 1,
                 port: int | None = None, api_token: str | None = None) -> None:
        super().__init__(logdir, {**(env or {}), "SANIC_WORKERS": str(workers)}, port)
        self.model, self.cors, self.api_token = model, list(cors or []), api_token
        if endpoints is None:
            endpoints = logdir / f"endpoints-{self.port}.yml"
            endpoints.write_text(endpoints_yaml(action_url))
        self.endpoints = endpoints

    @property
    def url(self) -> str:
        return self.base

    def timeout(self) -> float:
        return float(os.environ.get("RASA_START_TIMEOUT", "600"))

    def command(self) -> list[str]:
        return [str(BOT_BIN / "rasa"), "run", "--model", str(self.model), "--endpoints", str(self.endpoints),
                "--credentials", str(CREDENTIALS), "--port", str(self.port), "--interface", "127.0.0.1",
                *(["--cors", *self.cors] if self.cors else []),
                # Rasa's HTTP API, for tests and benchmarks that read the tracker (token-protected).
                *(["--enable-api", "--auth-token", self.api_token] if self.api_token else [])]


class WebServer(_Server):
    """The web page and the HTTP API (uvicorn web.app:app)."""

    health = "/health"
    what = "web"

    def __init__(self, logdir: Path, rasa_url: str | None = None, env: dict | None = None,
                 port: int | None = None) -> None:
        super().__init__(logdir, {"AGENTS_TOKEN": AGENTS_TOKEN, **(env or {}),
                                  **({"RASA_URL": rasa_url} if rasa_url else {})}, port)

    @property
    def url(self) -> str:
        return self.base

    def timeout(self) -> float:
        return 60

    def command(self) -> list[str]:
        return [str(ACTIONS_PYTHON), "-m", "uvicorn", "web.app:app", "--host", "127.0.0.1",
                "--port", str(self.port), "--log-level", "warning", "--no-proxy-headers"]


@contextmanager
def _running(server: _Server) -> Iterator[_Server]:
    try:
        server.start()
        yield server
    finally:
        server.stop()


@contextmanager
def action_server(logdir: Path, env: dict | None = None) -> Iterator[str]:
    """The action server; yields the URL of its webhook."""
    with _running(ActionServer(logdir, env)) as server:
        yield server.url


@contextmanager
def rasa_server(model: Path, action_url: str, logdir: Path, cors: list[str] | None = None,
                env: dict | None = None, api_token: str | None = None) -> Iterator[str]:
    """A Rasa server talking to ``action_url``; ``cors``: origins allowed to call it from a browser;
    ``api_token``: Rasa's HTTP API enabled behind this token (``Conversation.tracker``)."""
    with _running(RasaServer(model, logdir, action_url, env=env, cors=cors, api_token=api_token)) as server:
        yield server.url


@contextmanager
def web_server(logdir: Path, rasa_url: str | None = None, env: dict | None = None,
               port: int | None = None) -> Iterator[str]:
    """The web server; yields its base URL."""
    with _running(WebServer(logdir, rasa_url, env, port)) as server:
        yield server.url


class Conversation:
    """One person talking to the bot through the REST channel."""

    def __init__(self, rasa_url: str, sender: str, api_token: str | None = None) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.base = rasa_url
        self.sender = sender
        self.api_token = api_token

    def tracker(self) -> dict:
        """The conversation's tracker (slots, active loop, events) through Rasa's HTTP API, for servers
        started with ``api_token``."""
        response = httpx.get(f"{self.base}/conversations/{self.sender}/tracker",
                             params={"token": self.api_token}, timeout=60)
        response.raise_for_status()
        return response.json()

    def say(self, message: str) -> list[dict]:
        response = httpx.post(self.url, json={"sender": self.sender, "message": message}, timeout=60)
        response.raise_for_status()
        return response.json()

    @staticmethod
    def text(answers: list[dict]) -> str:
        return "\n".join(a.get("text", "") for a in answers)

    @staticmethod
    def buttons(answers: list[dict]) -> list[dict]:
        return [b for a in answers for b in a.get("buttons", [])]

    @staticmethod
    def last_text(answers: list[dict]) -> str:
        """The last text of a turn: the question the bot ends it with."""
        texts = [a["text"] for a in answers if a.get("text")]
        return texts[-1] if texts else ""
