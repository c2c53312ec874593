"""Issue 8, point 2: the action server stopped, then frozen (too slow), under a real Rasa server.

The bot says it cannot look the answer up right now and gives the national lines; it does
not crash and keeps the conversation: once the action server is back, the same
conversation goes on where it was.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from harness.model import model_path
from harness.servers import ActionServer, Conversation, RasaServer, endpoints_yaml

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def degraded(logdir: Path, knowledge_db: str):
    """The real action server, that the tests stop, freeze and restart, under a real Rasa server
    with the repository's tracker store and channels (the answer when actions fail)."""
    actions = ActionServer(logdir, env={"DATABASE_URL": knowledge_db})
    actions.start()
    endpoints = logdir / "degraded-endpoints.yml"
    endpoints.write_text(endpoints_yaml(
        actions.url, "tracker_store:\n  type: bot.rasa_ext.tracker_store.ForgettingTrackerStore\n  backend: memory\n"))
    rasa = RasaServer(model_path(), logdir, env={"ACTIONS_TIMEOUT_SECONDS": "10"}, endpoints=endpoints)
    rasa.start()
    try:
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
        actions.wait_warm()
    # Same conversation, kept: the form is still asking for the commune.
    answer = conversation.text(conversation.say("Villeurbanne"))
    assert "CCAS de Villeurbanne" in answer


def test_action_server_too_slow(degraded):
    url, actions = degraded
    conversation = Conversation(url, "degraded-slow")
    conversation.say("bonjour")
    actions.freeze()  # frozen: connections accepted, no answer
    try:
        answer = conversation.text(conversation.say("je cherche le CCAS de Villeurbanne"))
        assert "ne peux pas chercher" in answer and "3230" in answer
    finally:
        actions.thaw()
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
