"""Issue 8, point 2: the action server stopped, then frozen (too slow), under a real Rasa server.

The bot says it cannot look the answer up right now and gives the national lines; it does
not crash and keeps the conversation: once the action server is back, the same
conversation goes on where it was.
"""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from deploy.cluster import ACTIONS_PYTHON, ROOT, RasaReplica, free_port, stop, wait_http
from tests.e2e.servers import Conversation, model_path

pytestmark = pytest.mark.e2e


class ActionServer:
    """The real action server on a fixed port, that the test stops, freezes and restarts."""

    def __init__(self, logdir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/webhook"
        self.log = logdir / f"degraded-actions-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("a") as fh:
            self.proc = subprocess.Popen(
                [str(ACTIONS_PYTHON), "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.port)],
                cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env=os.environ.copy(),
                start_new_session=True)  # Sanic runs the server in a child: signal the whole group
        wait_http(f"http://127.0.0.1:{self.port}/health", self.proc, self.log, 240)

    def signal(self, sig: int) -> None:
        os.killpg(self.proc.pid, sig)

    def stop(self) -> None:
        if self.proc:
            self.signal(signal.SIGCONT)
            self.signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            finally:
                try:
                    self.signal(signal.SIGKILL)
                except ProcessLookupError:
                    pass
                stop(self.proc)
            self.proc = None


@pytest.fixture(scope="module")
def degraded(logdir: Path, knowledge_db: str):
    actions = ActionServer(logdir)
    actions.start()
    endpoints = logdir / "degraded-endpoints.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "{actions.url}"\n'
        "tracker_store:\n  type: deploy.rasa_ext.tracker_store.ForgettingTrackerStore\n  backend: memory\n")
    rasa = RasaReplica(model_path(), {**os.environ, "PYTHONPATH": str(ROOT), "ACTIONS_TIMEOUT_SECONDS": "10",
                                      "TF_CPP_MIN_LOG_LEVEL": "2"}, logdir)
    rasa.endpoints = endpoints
    rasa.start()
    try:
        rasa.wait()
        yield rasa.url, actions
    finally:
        rasa.stop()
        actions.stop()


NATIONAL_LINES = ("3230", "39 39", "115", "112")


def test_action_server_down_then_back(degraded):
    url, actions = degraded
    conversation = Conversation(url, "degraded-down")
    assert "commune" in conversation.text(conversation.say("où est mon CCAS ?")).lower()
    actions.stop()
    try:
        answer = conversation.text(conversation.say("Villeurbanne"))
        assert "ne peux pas chercher" in answer
        assert all(line in answer for line in NATIONAL_LINES)
        assert answer.count("3230") == 1  # said once per turn, even if several actions failed
    finally:
        actions.start()
    # Same conversation, kept: the form is still asking for the commune.
    answer = conversation.text(conversation.say("Villeurbanne"))
    assert "CCAS de Villeurbanne" in answer


def test_action_server_too_slow(degraded):
    url, actions = degraded
    conversation = Conversation(url, "degraded-slow")
    conversation.say("bonjour")
    actions.signal(signal.SIGSTOP)  # frozen: connections accepted, no answer
    try:
        answer = conversation.text(conversation.say("je cherche le CCAS de Villeurbanne"))
        assert "ne peux pas chercher" in answer and "3230" in answer
    finally:
        actions.signal(signal.SIGCONT)
    answer = conversation.text(conversation.say("je cherche le CCAS de Villeurbanne"))
    assert "CCAS de Villeurbanne" in answer


def test_new_conversation_while_the_action_server_is_down(degraded):
    url, actions = degraded
    actions.stop()
    try:
        conversation = Conversation(url, "degraded-new")
        answer = conversation.text(conversation.say("bonjour"))
        assert "pas une personne" in answer  # the privacy notice, from Rasa itself
    finally:
        actions.start()
