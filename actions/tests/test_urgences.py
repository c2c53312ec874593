"""Emergency and human-help actions against the real knowledge base (no mock of ``knowledge``)."""
from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.humain import ActionAideHumaine, handoff_url
from actions.territoire import INTENTS_HORS_REPONSE
from actions.urgences import INTENTS_PRIORITAIRES, ActionUrgence, texte_urgence
from common.safety import TYPES


def _tracker(text: str, intent: str, *, slots: dict[str, Any] | None = None,
             loop: str | None = None) -> Tracker:
    return Tracker(sender_id="test", slots=slots or {},
                   latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []},
                   events=[], paused=False, followup_action=None,
                   active_loop={"name": loop} if loop else {}, latest_action_name="action_listen")


def _run(action, tracker: Tracker) -> tuple[str, list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return "\n".join(m.get("text") or "" for m in dispatcher.messages), events


@pytest.mark.parametrize("kind,number", [("suicide", "3114"), ("violences", "17"), ("enfant", "119"),
                                         ("sans_abri", "115"), ("medicale", "15")])
def test_the_number_to_call_comes_first(kind, number):
    text = texte_urgence(kind)
    first = text.split("\n\n")[0]
    assert number in first
    assert "gratuit" in first
    assert "vérifié le 23 novembre 2026" in text


def test_suicide_answer_also_gives_the_immediate_danger_numbers():
    first = texte_urgence("suicide").split("\n\n")[0]
    assert "3114" in first and "15" in first and "112" in first
    assert first.index("3114") < first.index("112")


def test_violence_answer_gives_police_sms_and_listening_line():
    first = texte_urgence("violences").split("\n\n")[0]
    assert all(n in first for n in ("17", "114", "3919"))


def test_emergency_outside_a_form_offers_to_go_on():
    text, events = _run(ActionUrgence(), _tracker("je veux mourir", "urgence_suicide"))
    assert text.startswith("Merci de me l'avoir écrit")
    assert "continuer" in text
    assert {"event": "slot", "name": "urgence", "value": "suicide", "timestamp": None} in events
    assert not any(e.get("event") == "followup" for e in events)


def test_emergency_in_a_form_hands_back_to_the_form():
    text, events = _run(ActionUrgence(), _tracker("il me frappe", "urgence_violences", loop="ccas_form"))
    assert "3919" in text and "reprenons" in text
    assert {"event": "followup", "name": "ccas_form", "timestamp": None} in events


def test_other_dangers_in_the_same_message_are_recalled():
    text, _ = _run(ActionUrgence(), _tracker("mon mari me frappe et frappe les enfants", "urgence_enfant"))
    assert text.index("119") < text.index("3919")


def test_hunger_gives_the_food_aid_contacts_of_the_commune():
    text, _ = _run(ActionUrgence(), _tracker("j'ai faim", "urgence_faim", slots={"commune": "69266"}))
    assert "Villeurbanne" in text and "CCAS" in text
    text, _ = _run(ActionUrgence(), _tracker("j'ai faim", "urgence_faim"))
    assert "Restos du Cœur" in text and "votre commune" in text


def test_unknown_intent_is_not_an_emergency():
    text, events = _run(ActionUrgence(), _tracker("bonjour", "greet"))
    assert text == "" and events == []


def test_forms_do_not_take_priority_intents_as_answers():
    assert {f"urgence_{t}" for t in TYPES} <= INTENTS_PRIORITAIRES <= INTENTS_HORS_REPONSE


def test_human_help_with_a_known_commune(monkeypatch):
    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    text, events = _run(ActionAideHumaine(), _tracker("je veux parler à quelqu'un", "demander_humain",
                                                      slots={"commune": "69266", "urgence": "sans_abri"},
                                                      loop="ccas_form"))
    assert "CCAS de Villeurbanne" in text
    assert "Allô Service Public" in text
    assert "115" in text
    assert "prévenu" not in text
    assert {"event": "followup", "name": "ccas_form", "timestamp": None} in events


def test_human_help_after_two_misunderstandings_without_commune(monkeypatch):
    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    text, _ = _run(ActionAideHumaine(), _tracker("blabla", "nlu_fallback"))
    assert text.startswith("Je n'arrive pas à bien vous comprendre")
    assert "votre commune" in text


def test_handoff_is_off_by_default(monkeypatch):
    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    assert handoff_url() is None


def test_handoff_webhook_is_called_when_configured(monkeypatch):
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):  # silence
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("HANDOFF_WEBHOOK_URL", f"http://127.0.0.1:{server.server_port}/handoff")
        text, _ = _run(ActionAideHumaine(), _tracker("un humain svp", "demander_humain",
                                                     slots={"commune": "69266"}))
    finally:
        server.shutdown()
    assert received == [{"sender_id": "test", "reason": "demande", "commune": "69266", "urgence": None}]
    assert "prévenu l'équipe" in text


def test_handoff_failure_still_answers(monkeypatch):
    monkeypatch.setenv("HANDOFF_WEBHOOK_URL", "http://127.0.0.1:9/nowhere")
    text, _ = _run(ActionAideHumaine(), _tracker("un humain svp", "demander_humain"))
    assert "Allô Service Public" in text and "prévenu" not in text


def _fallback_tracker(intents: list[str]) -> Tracker:
    events = [{"event": "user", "text": "…", "parse_data": {"intent": {"name": i}}} for i in intents]
    return Tracker(sender_id="test", slots={}, latest_message={"text": "…", "intent": {"name": intents[-1]}},
                   events=events, paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


def test_not_understood_once_asks_to_say_it_otherwise(monkeypatch):
    from actions.humain import ActionPasCompris

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionPasCompris().run(dispatcher, _fallback_tracker(["greet", "nlu_fallback"]), {}))
    assert dispatcher.messages[0]["response"] == "utter_default"


def test_not_understood_twice_in_a_row_offers_a_person(monkeypatch):
    from actions.humain import ActionPasCompris

    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionPasCompris().run(dispatcher, _fallback_tracker(["nlu_fallback", "nlu_fallback"]), {}))
    assert "Allô Service Public" in dispatcher.messages[0]["text"]


@pytest.mark.parametrize("intent, besoin", [("urgence_violences", "violence"), ("urgence_faim", "alimentation"),
                                            ("urgence_sans_abri", "logement")])
def test_the_need_behind_the_emergency_is_kept_for_the_orientation(intent, besoin):
    _, events = _run(ActionUrgence(), _tracker("aidez moi", intent, slots={"besoins": ["sante"]}))
    assert {"event": "slot", "name": "besoins", "value": ["sante", besoin], "timestamp": None} in events


def test_a_need_already_known_is_not_added_twice():
    _, events = _run(ActionUrgence(), _tracker("il me frappe", "urgence_violences", slots={"besoins": ["violence"]}))
    assert not any(e.get("name") == "besoins" for e in events)
    _, events = _run(ActionUrgence(), _tracker("je veux mourir", "urgence_suicide"))
    assert not any(e.get("name") == "besoins" for e in events)
