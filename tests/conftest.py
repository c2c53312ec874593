"""Shared fixtures: a real knowledge base built once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# No live lookups in the official directory during tests unless a test asks for them (against its own
# fake server): the machine may have no network, and answers must not depend on the real directory.
# Set before anything runs, so the servers the end-to-end tests start inherit it.
os.environ.setdefault("ANNUAIRE_API_URL", "")


@pytest.fixture(scope="session", autouse=True)
def knowledge_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Build the knowledge base into a fresh SQLite file, or into TEST_DATABASE_URL when set.

    Never into DATABASE_URL itself: the build drops and recreates every table.
    `scripts/with-postgres.sh` sets TEST_DATABASE_URL to a throwaway PostgreSQL database.
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
