"""Fixtures shared by the action tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def knowledge_base(knowledge_db: str) -> str:
    """The knowledge base the actions read: the one the root conftest.py builds for the session.
    A base that cannot be read is an error of the test run, never a reason to skip."""
    from knowledge.territory import resolve_commune

    assert resolve_commune("Villeurbanne").status == "found", "the test knowledge base has no communes"
    return knowledge_db
