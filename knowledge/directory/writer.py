"""Idempotent bulk upsert of structures and services, inside the caller's transaction.

A record is identified by its id; its content hash (``empreinte``) decides whether
an existing row is rewritten. Child rows (zones, thématiques) of rewritten records
are replaced.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from knowledge.directory.report import RecordError

CHUNK = 500


@lru_cache(maxsize=None)
def _lengths(table: Table) -> tuple[tuple[str, int], ...]:
    return tuple((c.name, c.type.length) for c in table.columns if getattr(c.type, "length", None))


def check_lengths(table: Table, row: dict) -> None:
    """Reject a record whose text does not fit its column: PostgreSQL would fail the whole import."""
    for name, length in _lengths(table):
        value = row.get(name)
        if isinstance(value, str) and len(value) > length:
            raise RecordError(f"{name} : trop long ({len(value)} caractères, {length} au plus)")


def fingerprint(row: dict, children: Iterable = ()) -> str:
    payload = json.dumps([row, sorted(children)], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def upsert(conn: Connection, table: Table, rows: list[dict],
           children: dict[str, list[dict]] | None = None, child_tables: dict[str, tuple[Table, str]] | None = None,
           ) -> tuple[int, int, int]:
    """Insert new rows, update changed ones, skip unchanged ones; return (created, updated, unchanged).

    `rows` carry their ``empreinte``; `children[name]` lists child rows for table `child_tables[name]`,
    whose foreign-key column (second item) links them to ``row["id"]``.
    """
    children, child_tables = children or {}, child_tables or {}
    existing: dict[str, str] = {}
    ids = [r["id"] for r in rows]
    for chunk in _chunks(ids):
        existing.update(conn.execute(select(table.c.id, table.c.empreinte).where(table.c.id.in_(chunk))).all())
    new = [r for r in rows if r["id"] not in existing]
    changed = [r for r in rows if r["id"] in existing and existing[r["id"]] != r["empreinte"]]
    if new:
        conn.execute(insert(table), new)
    if changed:
        columns = [c for c in changed[0] if c != "id"]
        stmt = (update(table).where(table.c.id == bindparam("_id"))
                .values({c: bindparam(f"v_{c}") for c in columns}))
        conn.execute(stmt, [{**{f"v_{c}": r[c] for c in columns}, "_id": r["id"]} for r in changed])
    rewritten = {r["id"] for r in new} | {r["id"] for r in changed}
    for name, (child, fk) in child_tables.items():
        changed_ids = [r["id"] for r in changed]
        for chunk in _chunks(changed_ids):
            conn.execute(delete(child).where(child.c[fk].in_(chunk)))
        child_rows = [c for c in children.get(name, []) if c[fk] in rewritten]
        for chunk in _chunks(child_rows, 5000):
            conn.execute(insert(child), chunk)
    return len(new), len(changed), len(rows) - len(new) - len(changed)
