"""The real action server told to load the eligibility engine only once the Rasa server answers
(ACTIONS_WARM_UP_AFTER, set by scripts/run.sh): it does not load before, it loads when that URL
answers, and the first action call starts the load if the URL has not answered yet."""
from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from harness.processes import answering_http, free_port
from harness.servers import ACTION_TOKEN, ActionServer

pytestmark = pytest.mark.e2e


def _warm(actions: ActionServer) -> bool:
    try:
        actions.wait_warm(timeout=0.1)
        return True
    except TimeoutError:
        return False


def test_the_engine_loads_once_the_rasa_server_answers(logdir: Path, knowledge_db: str):
    port = free_port()
    actions = ActionServer(logdir, env={"DATABASE_URL": knowledge_db,
                                        "ACTIONS_WARM_UP_AFTER": f"http://127.0.0.1:{port}/"})
    actions.start()
    try:
        time.sleep(3)
        assert not _warm(actions)  # nothing answers there yet
        with answering_http(port):
            actions.wait_warm()
    finally:
        actions.stop()


def test_the_first_action_call_starts_the_load(logdir: Path, knowledge_db: str):
    actions = ActionServer(logdir, env={"DATABASE_URL": knowledge_db,
                                        "ACTIONS_WARM_UP_AFTER": f"http://127.0.0.1:{free_port()}/"})
    actions.start()
    try:
        time.sleep(2)
        assert not _warm(actions)
        reply = httpx.post(actions.url, params={"token": ACTION_TOKEN}, json={"next_action": "action_inconnue"})
        assert reply.status_code in (400, 404)  # no such action: still a call
        actions.wait_warm()
    finally:
        actions.stop()
