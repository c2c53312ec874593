"""Issue 8, point 1, on the real servers: erasure on request, purge past the retention time,
no personal data in the logs at the default level."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from harness.processes import ROOT
from harness.servers import Conversation
from tests.scale.conftest import slots, stored_events

pytestmark = pytest.mark.scale


def say(url: str, sender: str, text: str) -> str:
    return Conversation.text(Conversation(url, sender).say(text))


def test_effacer_mes_donnees_deletes_the_conversation_server_side(scale, sender):
    a, b = scale.urls
    say(a, sender, "où est mon CCAS ?")
    assert "CCAS de Villeurbanne" in say(b, sender, "Villeurbanne")
    assert slots(stored_events(scale, sender)).get("commune") == "69266"

    question = say(a, sender, "effacer mes données")
    assert "Voulez-vous que j'efface" in question  # typed words are confirmed first
    assert stored_events(scale, sender)
    confirmation = say(b, sender, "oui")
    assert "effacé" in confirmation
    assert stored_events(scale, sender) == []

    # The web page's "effacer la conversation" button sends the payload.
    say(b, sender, "où est mon CCAS ?")
    assert stored_events(scale, sender)
    assert "effacé" in say(a, sender, "/effacer_donnees")
    assert stored_events(scale, sender) == []

    # A new conversation starts empty, with the notice again.
    again = say(b, sender, "bonjour")
    assert "pas une personne" in again
    assert "commune" not in slots(stored_events(scale, sender))


def _age(scale, sender: str, days: float) -> None:
    import psycopg2

    conn = psycopg2.connect(host="127.0.0.1", port=scale.pg.port, user=scale.pg.user,
                            password=scale.pg.password, dbname="rasa")
    with conn, conn.cursor() as cur:
        cur.execute("UPDATE events SET timestamp = timestamp - %s WHERE sender_id = %s", (days * 86400, sender))
    conn.close()


def test_purge_command_deletes_only_conversations_past_the_retention(scale, sender):
    old, recent = sender + "-old", sender + "-recent"
    for s in (old, recent):
        say(scale.urls[0], s, "bonjour")
    _age(scale, old, 8)
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "purge_trackers.py"), "--hours", "168"],
                         env={**os.environ, "TRACKER_STORE_URL": scale.tracker_db_url},
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "effacée" in out.stdout
    assert stored_events(scale, old) == []
    assert stored_events(scale, recent)


def test_purge_command_refuses_bad_input(scale):
    script = str(ROOT / "scripts" / "purge_trackers.py")
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_STORE_URL"}
    out = subprocess.run([sys.executable, script], env=env, capture_output=True, text=True)
    assert out.returncode == 2 and "TRACKER_STORE_URL" in out.stderr
    out = subprocess.run([sys.executable, script, "--url", scale.tracker_db_url, "--hours", "-3"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "heures" in out.stderr


def test_the_server_purges_old_conversations_at_start(scale, sender):
    say(scale.urls[1], sender, "bonjour")
    _age(scale, sender, 30)
    scale.replicas[1].restart()
    assert stored_events(scale, sender) == []


def test_no_personal_data_in_the_logs_at_the_default_level(scale, sender):
    secret_commune, secret_text = "Villeurbanne", "mon loyer de 612 euros zorglub"
    say(scale.urls[0], sender, "où est mon CCAS ?")
    say(scale.urls[1], sender, secret_commune)
    say(scale.urls[0], sender, secret_text)
    time.sleep(1)
    for log in scale.logdir.glob("*.log"):
        text = log.read_text(errors="replace")
        for secret in (secret_commune, "69266", "zorglub", "612 euros", sender):
            assert secret not in text, f"{secret!r} written to {log.name}"
