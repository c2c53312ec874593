"""Session start: the privacy notice, and the commune given by the site embedding the chat."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.donnees import ActionSessionStart, commune_de_l_hote


pytestmark = pytest.mark.usefixtures("knowledge_base")


def _start(metadata: Any) -> tuple[list[dict], list[dict]]:
    tracker = Tracker("test", {"session_started_metadata": metadata}, {}, [], False, None, None, "")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSessionStart().run(dispatcher, tracker, {}))
    return events, dispatcher.messages


def test_notice_and_commune_of_the_host_site():
    events, messages = _start({"canal": "widget", "commune": "69266"})
    assert messages[0]["response"] == "utter_bienvenue_donnees"
    assert [e["event"] for e in events] == ["session_started", "slot", "slot", "action"]
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots == {"commune": "69266", "commune_nom": "Villeurbanne"}


@pytest.mark.parametrize("metadata", [
    None, {}, {"canal": "page"}, {"commune": "Saint-Denis"},  # ambiguous: asked in the dialogue
    {"commune": "Zzyzx-sur-Mer"}, {"commune": 69266}, {"commune": "x" * 1000}, ["69266"],
    {"commune": "<script>alert(1)</script>"},
])
def test_no_commune_unless_the_site_names_exactly_one(metadata):
    events, messages = _start(metadata)
    assert [e["event"] for e in events] == ["session_started", "action"]
    assert messages[0]["response"] == "utter_bienvenue_donnees"


def test_a_name_works_too():
    assert commune_de_l_hote({"commune": "villeurbanne"}).code == "69266"
