"""When the action server loads the eligibility engine (actions/warmup.py), against a real local
HTTP server standing for the Rasa server it waits for."""
from __future__ import annotations

import threading
import time
from contextlib import ExitStack

import pytest

from actions.warmup import WarmUp
from harness.processes import answering_http, free_port


class _Loads:
    def __init__(self) -> None:
        self.calls = 0
        self.done = threading.Event()

    def __call__(self) -> None:
        self.calls += 1
        self.done.set()


@pytest.fixture
def later_server():
    """A port nothing listens on yet, and a function that starts an HTTP server on it."""
    port = free_port()
    with ExitStack() as servers:
        yield f"http://127.0.0.1:{port}/", lambda: servers.enter_context(answering_http(port))


def test_without_a_url_the_engine_loads_at_once():
    loads = _Loads()
    WarmUp(loads).begin()
    assert loads.done.wait(5)


def test_with_a_url_the_engine_waits_until_it_answers(later_server):
    url, start = later_server
    loads = _Loads()
    WarmUp(loads, after=url, poll=0.05).begin()
    time.sleep(0.5)
    assert loads.calls == 0  # nothing answers yet
    start()
    assert loads.done.wait(5)
    time.sleep(0.3)
    assert loads.calls == 1


def test_the_first_action_call_starts_it_and_it_runs_once(later_server):
    url, _ = later_server
    loads = _Loads()
    warm = WarmUp(loads, after=url, poll=0.05)
    warm.begin()
    for _ in range(5):
        warm.start_now()
    assert loads.done.wait(5)
    time.sleep(0.3)  # the waiting thread sees the start and does not load again
    assert loads.calls == 1


def test_it_loads_anyway_when_the_url_never_answers(later_server):
    url, _ = later_server
    loads = _Loads()
    WarmUp(loads, after=url, give_up=0.4, poll=0.05).begin()
    assert loads.done.wait(5)
    assert loads.calls == 1


def test_the_url_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("ACTIONS_WARM_UP_AFTER", "http://127.0.0.1:5005/")
    assert WarmUp.from_env(_Loads()).after == "http://127.0.0.1:5005/"
    monkeypatch.setenv("ACTIONS_WARM_UP_AFTER", " ")
    assert WarmUp.from_env(_Loads()).after is None


def test_the_action_server_keeps_every_regular_expression_it_compiles():
    # more than the re module's default 512 patterns are compiled from strings: dropping them cost ~10 ms a turn
    import re

    import actions  # noqa: F401

    assert re._MAXCACHE >= 4096
