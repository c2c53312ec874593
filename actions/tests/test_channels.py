"""Replies fitted to each messaging channel's limits."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.channels import fit_reply, split_text

BUTTONS = [{"title": f"Saint-Denis ({d})", "payload": f'/donner_commune{{"commune":"{d}000"}}'}
           for d in ("93", "97", "11", "17")]
ORIENTATION = {"kind": "orientation", "orientation": {
    "schemes": [
        {"id": "rsa", "name": "Revenu de solidarité active (RSA)", "eligibility": "probable",
         "monthly_amount": 573.49, "how": "Demande en ligne sur le site de la CAF."},
        {"id": "aspa", "name": "ASPA", "eligibility": "unlikely", "monthly_amount": None},
        {"id": "ars", "name": "Allocation de rentrée scolaire (ARS)", "eligibility": "possible",
         "annual_amount": 423.48},
    ],
    "contacts": [{"kind": "caf", "name": "CAF du Rhône", "phone": "3230", "hours": "Du lundi au vendredi"}],
    "emergency": [{"number": "115", "label": "Samu social"}],
}}


def test_web_and_rest_keep_buttons_and_cards():
    assert fit_reply("socketio", text="Laquelle ?", buttons=BUTTONS) == [{"text": "Laquelle ?", "buttons": BUTTONS}]
    # Rasa's socket.io channel emits json_message as keyword arguments: the card goes in "data".
    assert fit_reply("socketio", custom=ORIENTATION) == [{"json_message": {"data": ORIENTATION}}]
    assert fit_reply("rest", custom=ORIENTATION) == [{"json_message": ORIENTATION}]
    assert fit_reply(None, text="a" * 10_000) == [{"text": "a" * 10_000}]


def test_too_many_buttons_become_a_numbered_list():
    messages = fit_reply("facebook", text="Laquelle ?", buttons=BUTTONS)
    assert messages == [{"text": "Laquelle ?\n\nRépondez en recopiant votre choix :\n1. Saint-Denis (93)\n"
                                 "2. Saint-Denis (97)\n3. Saint-Denis (11)\n4. Saint-Denis (17)"}]
    assert fit_reply("facebook", text="?", buttons=BUTTONS[:3])[0]["buttons"] == BUTTONS[:3]
    sms = fit_reply("twilio", text="Laquelle ?", buttons=BUTTONS[:2])
    assert "buttons" not in sms[0] and "1. Saint-Denis (93)" in sms[0]["text"]


def test_titles_and_payloads_too_long_for_the_channel():
    long_title = [{"title": "Saint-Denis-de-la-Réunion (974)", "payload": "/x"}]
    assert "buttons" not in fit_reply("facebook", text="?", buttons=long_title)[0]
    long_payload = [{"title": "A", "payload": "/donner_commune" + "x" * 60}]
    assert "buttons" not in fit_reply("telegram", text="?", buttons=long_payload)[0]
    assert fit_reply("telegram", text="?", buttons=BUTTONS)[0]["buttons"] == BUTTONS


def test_long_text_is_cut_at_paragraphs_within_the_limit():
    text = "\n\n".join(f"Paragraphe {i} " + "mot " * 100 for i in range(10))
    for channel, limit in (("twilio", 1600), ("telegram", 4096), ("slack", 3000), ("facebook", 2000)):
        pieces = [m["text"] for m in fit_reply(channel, text=text)]
        assert len(pieces) > 1 and all(len(p) <= limit for p in pieces), channel
        assert " ".join(" ".join(pieces).split()) == " ".join(text.split())  # nothing lost
    assert split_text("x" * 3500, 1600) == ["x" * 1600, "x" * 1600, "x" * 300]


def test_cards_are_left_out_where_they_cannot_be_shown():
    # The actions send every card beside texts that say the same thing (actions/render_orientation.py).
    messages = fit_reply("telegram", text="Voici votre orientation.", custom=ORIENTATION)
    assert messages == [{"text": "Voici votre orientation."}]
    assert fit_reply("rest", text="Voici.", custom=ORIENTATION)[-1] == {"json_message": ORIENTATION}


def _tracker(channel: str) -> Tracker:
    events = [{"event": "user", "text": "Saint-Denis", "input_channel": channel, "parse_data": {}}]
    return Tracker("s", {}, {}, events, False, None, {}, "action_listen")


def test_envoyer_uses_the_channel_of_the_latest_message():
    dispatcher = CollectingDispatcher()
    render.envoyer(dispatcher, _tracker("twilio"), text="Laquelle ?", buttons=BUTTONS)
    assert len(dispatcher.messages) == 1
    assert dispatcher.messages[0]["buttons"] == [] and "4. Saint-Denis (17)" in dispatcher.messages[0]["text"]
    dispatcher = CollectingDispatcher()
    render.envoyer(dispatcher, _tracker("socketio"), json_message=ORIENTATION)
    assert dispatcher.messages[0]["custom"] == {"data": ORIENTATION}
