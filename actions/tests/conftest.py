"""Fixtures shared by the action tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def knowledge_base() -> None:
    """The knowledge base the actions read (`make test` builds it); skip when it is missing."""
    from knowledge.territory import resolve_commune

    try:
        resolve_commune("Villeurbanne")
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"knowledge base not available (run `knowledge build`): {exc}")
