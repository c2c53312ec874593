"""The scheme records seen from the engine and the HTTP API: a thin view over ``knowledge.schemes``.

There is no stand-in: a missing or broken record raises ``knowledge.schemes.CatalogueError``
(French message naming the file and the field) at build, in the tests and at start-up.
"""
from __future__ import annotations

from typing import Any

from knowledge.schemes import SCHEME_IDS, load_catalogue


def scheme_info(scheme_id: str) -> dict[str, Any]:
    """A record as served by GET /schemes and ``knowledge show`` (contacts as kinds, rules included)."""
    return load_catalogue()[scheme_id].to_dict()


def schemes_list() -> list[dict[str, Any]]:
    """Every scheme the engine judges, from its record, in the contract's order."""
    return [scheme.to_dict() for scheme in load_catalogue().values()]


__all__ = ["SCHEME_IDS", "scheme_info", "schemes_list"]
