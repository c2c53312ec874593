"""Shared fixtures: a real knowledge base built once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def one_address_for_many_people():
    """In-process web tests (TestClient) all come from one address and speak for many people:
    the per-address limit of POST /orientation is off for them, as for the harness's servers
    (harness.servers.LOOPBACK_CLIENTS); the tests of the limits set it themselves."""
    previous = os.environ.get("ORIENTATION_RATE_LIMIT")
    os.environ["ORIENTATION_RATE_LIMIT"] = "off"
    yield
    if previous is None:
        os.environ.pop("ORIENTATION_RATE_LIMIT", None)
    else:
        os.environ["ORIENTATION_RATE_LIMIT"] = previous


@pytest.fixture(scope="session", autouse=True)
def knowledge_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Build the knowledge base into a fresh SQLite file, or into TEST_DATABASE_URL when set.

    Never into DATABASE_URL itself: the build drops and recreates every table.
    `python -m harness.with_postgres` sets TEST_DATABASE_URL to a throwaway PostgreSQL database.
    """
    from knowledge.db import get_engine
    from knowledge.territory import reset_index
    from knowledge.territory.build import build_territory

    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        path: Path = tmp_path_factory.mktemp("kb") / "knowledge.sqlite3"
        url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = url
    build_territory(get_engine(url))
    reset_index()
    return url
