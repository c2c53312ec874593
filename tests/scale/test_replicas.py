"""Issue 8, point 3: two Rasa replicas on one PostgreSQL tracker store and one Redis lock store."""
from __future__ import annotations

import concurrent.futures
import time

import pytest

from harness.servers import Conversation
from tests.scale.conftest import slots, stored_events

pytestmark = pytest.mark.scale


def say(url: str, sender: str, text: str) -> str:
    return Conversation.text(Conversation(url, sender).say(text))


def test_turns_alternating_between_replicas_keep_the_slots(scale, sender):
    a, b = scale.urls
    first = say(a, sender, "bonjour")
    assert "pas une personne" in first  # the privacy notice opens the session
    assert "commune" in say(b, sender, "où est mon CCAS ?").lower()
    answer = say(a, sender, "Villeurbanne")
    assert "CCAS de Villeurbanne" in answer
    assert slots(stored_events(scale, sender)).get("commune") == "69266"
    # The other replica knows the commune too: asking again answers at once.
    again = say(b, sender, "où est mon CCAS ?")
    assert "CCAS de Villeurbanne" in again


def test_restart_in_the_middle_of_a_conversation_loses_nothing(scale, sender):
    a, b = scale.replicas
    assert "commune" in say(a.url, sender, "où est mon CCAS ?").lower()
    before = stored_events(scale, sender)
    a.restart()
    assert stored_events(scale, sender) == before
    answer = say(a.url, sender, "Villeurbanne")
    assert "CCAS de Villeurbanne" in answer  # the form was still waiting for the commune
    assert slots(stored_events(scale, sender)).get("commune") == "69266"


def test_concurrent_messages_of_one_conversation_are_handled_in_order(scale, sender):
    urls = scale.urls
    say(urls[0], sender, "bonjour")
    messages = ["merci", "bonjour", "qui êtes-vous ?", "merci", "au revoir", "bonjour"]

    def send(i: int) -> str:
        time.sleep(0.15 * i)  # arrival order = i; alternating replicas
        return say(urls[i % 2], sender, messages[i])

    with concurrent.futures.ThreadPoolExecutor(len(messages)) as pool:
        answers = list(pool.map(send, range(len(messages))))
    assert len(answers) == len(messages)  # every request answered with HTTP 200 (say() raises otherwise)
    events = stored_events(scale, sender)
    users = [e["text"] for e in events if e["event"] == "user"]
    assert users[-len(messages):] == messages
    # No interleaving: each message's actions ran before the next message was taken in.
    turns: list[list[str]] = []
    for e in events:
        if e["event"] == "user":
            turns.append([])
        elif e["event"] == "action" and turns:
            turns[-1].append(e["name"])
    for actions in turns[-len(messages):]:
        assert actions and actions[-1] == "action_listen", actions
