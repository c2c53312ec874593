from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from harness.model import model_path
from harness.servers import Conversation, action_server, rasa_server

_ids = itertools.count()


@pytest.fixture(scope="session")
def logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("server-logs")


@pytest.fixture(scope="package")
def rasa_url(knowledge_db: str, logdir: Path):
    """The real action server and the real Rasa server, with the trained model."""
    model = model_path()
    with action_server(logdir, env={"DATABASE_URL": knowledge_db}) as actions_url:
        with rasa_server(model, actions_url, logdir) as url:
            yield url


@pytest.fixture
def conversation(rasa_url: str, request: pytest.FixtureRequest) -> Conversation:
    return Conversation(rasa_url, f"e2e-{request.node.name}-{next(_ids)}")
