"""Issue 8, point 1 and 5, without Rasa: retention, purge, start-up checks, the orientation API
keeps nothing, run.sh refuses an unprotected HTTP API."""
from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, table

from knowledge.health import KnowledgeBaseError, check_knowledge_base
from common.retention import purge_sql, retention_hours, retention_text

ROOT = Path(__file__).resolve().parents[1]
SECRET_SITUATION = {"age": 47, "commune": "Villeurbanne", "enfants": [3, 9], "revenus_activite": 613,
                    "logement": "locataire", "loyer": 587, "besoins": ["logement"]}


def test_retention_defaults_and_text(monkeypatch):
    monkeypatch.delenv("CONVERSATION_RETENTION_HOURS", raising=False)
    assert retention_hours() == 168 and retention_text(168) == "7 jours"
    monkeypatch.setenv("CONVERSATION_RETENTION_HOURS", "24")
    assert retention_text(retention_hours()) == "1 jour"
    assert retention_text(1) == "1 heure" and retention_text(36) == "36 heures"
    with pytest.raises(ValueError):
        retention_hours("0")


def _events_db(path: Path, rows: list[tuple[str, float]]) -> str:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, "
                 "timestamp REAL, intent_name TEXT, action_name TEXT, data TEXT)")
    conn.executemany("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, '{}')", rows)
    conn.commit()
    conn.close()
    return f"sqlite:///{path}"


def test_purge_deletes_whole_conversations_idle_past_the_retention(tmp_path):
    now = time.time()
    day = 86400
    url = _events_db(tmp_path / "rasa.db", [
        ("old", now - 10 * day), ("old", now - 9 * day),          # idle 9 days: deleted
        ("active", now - 30 * day), ("active", now - 3600),      # started long ago, active now: kept
        ("recent", now - 2 * day),
    ])
    engine = create_engine(url)
    assert purge_sql(engine, 168, now) == 1
    with engine.connect() as conn:
        left = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT sender_id FROM events")}
    assert left == {"active", "recent"}
    assert purge_sql(create_engine(f"sqlite:///{tmp_path / 'empty.db'}"), 168) == 0  # no table yet


def test_purge_command(tmp_path):
    url = _events_db(tmp_path / "rasa.db", [("old", time.time() - 30 * 86400), ("new", time.time())])
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "purge_trackers.py"), "--url", url, "--hours", "24"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("1 conversation(s) effacée(s)")


# -- knowledge base missing or empty: a clear error at start-up -----------------------------
def test_health_check_on_the_test_base(knowledge_db):
    assert check_knowledge_base(knowledge_db) > 30000


def test_health_check_missing_and_empty(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="introuvable"):
        check_knowledge_base(f"sqlite:///{tmp_path / 'absent.sqlite3'}")
    assert not (tmp_path / "absent.sqlite3").exists()  # the check creates nothing
    sqlite3.connect(tmp_path / "empty.sqlite3").close()
    with pytest.raises(KnowledgeBaseError, match="vide"):
        check_knowledge_base(f"sqlite:///{tmp_path / 'empty.sqlite3'}")


def test_action_server_refuses_to_start_without_knowledge_base(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'absent.sqlite3'}"}
    out = subprocess.run([str(ROOT / ".venv-actions" / "bin" / "python"), "-m", "actions",
                          "--port", "0"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 3
    assert "Démarrage du serveur d'actions impossible" in out.stderr and "knowledge build" in out.stderr


def test_run_sh_refuses_to_start_without_knowledge_base(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'absent.sqlite3'}"}
    out = subprocess.run([str(ROOT / "scripts" / "run.sh")], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 3 and "introuvable" in out.stderr


def test_run_sh_refuses_the_http_api_without_a_token():
    env = {k: v for k, v in os.environ.items() if k != "RASA_API_TOKEN"}
    out = subprocess.run([str(ROOT / "scripts" / "run.sh")], env={**env, "RASA_ENABLE_API": "1"},
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "RASA_API_TOKEN" in out.stderr


def test_rasa_http_api_is_off_by_default_in_run_sh():
    text = (ROOT / "scripts" / "run.sh").read_text()
    assert "--enable-api --auth-token" in text
    assert text.count("--enable-api") == 1  # only behind RASA_ENABLE_API=1 and a token


# -- the orientation API keeps nothing and logs nothing personal ----------------------------
def _row_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        return {name: conn.scalar(select(func.count()).select_from(table(name)))
                for name in inspect(engine).get_table_names()}


def test_orientation_api_keeps_nothing(knowledge_db, caplog, tmp_path):
    from fastapi.testclient import TestClient

    from web.app import app

    before = _row_counts(knowledge_db)
    caplog.set_level(logging.INFO)
    client = TestClient(app)
    for _ in range(2):
        response = client.post("/orientation", json=SECRET_SITUATION)
        assert response.status_code == 200
    assert _row_counts(knowledge_db) == before
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Villeurbanne", "69266", "613", "587"):
        assert secret not in logged
    # Two identical calls give identical answers: nothing of the first is remembered.
    assert client.post("/orientation", json={}).json()["situation"] == {}
