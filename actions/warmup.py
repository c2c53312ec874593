"""When the action server loads the eligibility engine (OpenFisca-France: seconds of CPU).

Loading it in the background keeps the first answers from waiting for it, but on a 2-core machine
started by ``scripts/run.sh`` the load competes with the Rasa server's own start for the cores,
and the Rasa server is what the person waits for (the ready time). So the server may be told to
wait: with ``ACTIONS_WARM_UP_AFTER`` set to a URL (``scripts/run.sh`` gives the Rasa server's),
the load starts once that URL answers, or at the first call of an action, whichever comes first,
and after ``GIVE_UP`` seconds in any case. Without it the load starts as soon as the server
listens (deployments, the test harness). Either way it runs once per process.
"""
from __future__ import annotations

import logging
import os
import threading
import time
import urllib.error
import urllib.request
from typing import Callable, Optional

logger = logging.getLogger(__name__)

WARM_UP_AFTER_ENV = "ACTIONS_WARM_UP_AFTER"
GIVE_UP = 300.0  # seconds: the engine loads even if the URL never answers
POLL = 0.25  # seconds between two looks at the URL


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as reply:  # noqa: S310 - a URL set by the operator
            return 200 <= reply.status < 500
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except (OSError, ValueError):
        return False


class WarmUp:
    """Runs ``load`` once, in a daemon thread, now or once ``after`` answers."""

    def __init__(self, load: Callable[[], None], after: Optional[str] = None,
                 give_up: float = GIVE_UP, poll: float = POLL) -> None:
        self._load, self.after, self._give_up, self._poll = load, after, give_up, poll
        self._lock = threading.Lock()
        self.started = threading.Event()

    @classmethod
    def from_env(cls, load: Callable[[], None]) -> "WarmUp":
        return cls(load, os.environ.get(WARM_UP_AFTER_ENV, "").strip() or None)

    def start_now(self) -> None:
        """Start the load unless it has started already (cheap: called before every action call)."""
        if self.started.is_set():
            return
        with self._lock:
            if self.started.is_set():
                return
            self.started.set()
        threading.Thread(target=self._load, name="orient-warmup", daemon=True).start()

    def begin(self) -> None:
        """At the server's start: load now, or wait for ``after`` in a thread of its own."""
        if self.after is None:
            self.start_now()
            return
        threading.Thread(target=self._wait_then_load, name="orient-warmup-wait", daemon=True).start()

    def _wait_then_load(self) -> None:
        assert self.after is not None
        deadline = time.monotonic() + self._give_up
        while not self.started.is_set() and time.monotonic() < deadline:
            if _answers(self.after):
                logger.info("Chargement du moteur d'éligibilité : le serveur attendu répond.")
                break
            time.sleep(self._poll)
        self.start_now()
