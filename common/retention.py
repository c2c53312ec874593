"""How long conversations are kept, and the purge of Rasa's SQL tracker store.

Used by the Rasa server (bot.rasa_ext.tracker_store, periodically) and by the
``scripts/purge_trackers.py`` command. Plain SQL through SQLAlchemy (1.4 in the bot
environment, 2 in the actions one): a conversation whose last event is older than the
retention time is deleted, all of its events.
"""
from __future__ import annotations

import os
import time

DEFAULT_RETENTION_HOURS = 168.0  # 7 days
ENV_RETENTION = "CONVERSATION_RETENTION_HOURS"


def retention_hours(value: float | str | None = None) -> float:
    """The retention time in hours: ``value``, else $CONVERSATION_RETENTION_HOURS, else 7 days."""
    raw = value if value is not None else os.environ.get(ENV_RETENTION, DEFAULT_RETENTION_HOURS)
    hours = float(raw)
    if not hours > 0:
        raise ValueError(f"{ENV_RETENTION} must be a positive number of hours, got {raw!r}")
    return hours


def cutoff(hours: float, now: float | None = None) -> float:
    """The UNIX time before which a conversation's last event makes it expire."""
    return (time.time() if now is None else now) - hours * 3600


_EXPIRED = (
    "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"
)


def purge_sql(engine, hours: float, now: float | None = None) -> int:
    """Delete every conversation idle for more than ``hours``; return how many were deleted."""
    from sqlalchemy import inspect, text

    if not inspect(engine).has_table("events"):
        return 0
    limit = cutoff(hours, now)
    with engine.begin() as conn:
        senders = [row[0] for row in conn.execute(text(_EXPIRED), {"cutoff": limit})]
        for start in range(0, len(senders), 500):
            chunk = senders[start:start + 500]
            params = {f"s{i}": s for i, s in enumerate(chunk)}
            names = ", ".join(f":s{i}" for i in range(len(chunk)))
            conn.execute(text(f"DELETE FROM events WHERE sender_id IN ({names})"), params)
    return len(senders)


def retention_text(hours: float) -> str:
    """The retention time in plain French: « 7 jours », « 24 heures », « 1 jour »."""
    if hours >= 48 and hours % 24 == 0:
        return f"{int(hours // 24)} jours"
    if hours == 24:
        return "1 jour"
    whole = int(hours) if float(hours).is_integer() else hours
    return f"{whole} heure" if whole == 1 else f"{whole} heures"
