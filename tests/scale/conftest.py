"""The scaled-out setup (harness/cluster.py), started once per test session: PostgreSQL, Redis,
two action servers, two Rasa replicas sharing the SQL tracker store and the Redis lock store."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from harness.cluster import Cluster, cluster, postgres_bin


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "scale: tests over the scaled-out setup (PostgreSQL, Redis, replicas)")


def _available() -> str | None:
    import shutil

    try:
        postgres_bin()
    except RuntimeError as error:
        return str(error)
    if not shutil.which("redis-server"):
        return "redis-server est introuvable : apt-get install redis-server (voir .ci/run)."
    return None


@pytest.fixture(scope="session")
def scale_logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("scale-logs")


@pytest.fixture(scope="package")
def scale(scale_logdir: Path, knowledge_db: str):
    missing = _available()
    if missing:
        # Never a silent skip: .ci/run and `make test` install PostgreSQL and Redis; elsewhere
        # skipping must be asked for.
        if os.environ.get("SKIP_SCALE_TESTS") == "1":
            pytest.skip(f"SKIP_SCALE_TESTS=1 : {missing}")
        pytest.fail(f"{missing} Ou SKIP_SCALE_TESTS=1 pour ne pas lancer ces tests.")
    from harness.model import model_path

    with cluster(model_path(), scale_logdir, replicas=2, workers=1) as c:
        yield c


@pytest.fixture
def sender() -> str:
    return f"scale-{uuid.uuid4().hex[:12]}"


def stored_events(c: Cluster, sender: str) -> list[dict]:
    """Every event stored for a conversation, in order."""
    import psycopg2

    conn = psycopg2.connect(host="127.0.0.1", port=c.pg.port, user=c.pg.user, password=c.pg.password,
                            dbname="rasa")
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
            return [json.loads(row[0]) for row in cur.fetchall()]
    finally:
        conn.close()


def slots(events: list[dict]) -> dict:
    values: dict = {}
    for e in events:
        if e["event"] == "slot":
            values[e["name"]] = e["value"]
        elif e["event"] in ("reset_slots", "session_started", "restart"):
            values = {}
    return values
