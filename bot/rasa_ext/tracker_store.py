"""A tracker store that forgets: erasure on request and purge past the retention time.

Endpoints file::

    tracker_store:
      type: bot.rasa_ext.tracker_store.ForgettingTrackerStore
      backend: sql            # or memory (the embedded default)
      dialect: postgresql     # the SQLTrackerStore options, secrets as ${ENV_VARS}
      url: ${TRACKER_DB_HOST}
      ...

- When a conversation ran ``action_effacer_donnees`` ("effacer mes données"), every stored
  event of that conversation is deleted and nothing of it is kept: the next message starts
  a new, empty session.
- Conversations idle for more than the retention time ($CONVERSATION_RETENTION_HOURS,
  7 days by default, or ``retention_hours`` here) are deleted at start-up and then at most
  every ``purge_every_minutes`` (60) while the server is saving conversations;
  ``scripts/purge_trackers.py`` does the same from cron.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from typing import Any, Iterable, Optional

from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.events import ActionExecuted

from bot.rasa_ext import past_states
from common import retention

logger = logging.getLogger(__name__)

ERASE_ACTION = "action_effacer_donnees"


def pseudonym(sender_id: str) -> str:
    """What the logs say instead of the conversation id."""
    return hashlib.sha256(sender_id.encode()).hexdigest()[:12]


def asks_erasure(tracker) -> bool:
    return any(isinstance(e, ActionExecuted) and e.action_name == ERASE_ACTION for e in tracker.events)


class ForgettingTrackerStore(TrackerStore):
    def __init__(self, domain=None, host: Optional[str] = None, event_broker=None,
                 backend: str = "memory", retention_hours: Optional[float] = None,
                 purge_every_minutes: float = 60, **kwargs: Any) -> None:
        if backend == "sql":
            self.inner: TrackerStore = SQLTrackerStore(domain=domain, host=host,
                                                       event_broker=event_broker, **kwargs)
        elif backend == "memory":
            self.inner = InMemoryTrackerStore(domain, event_broker)
        else:
            raise ValueError(f"Unknown tracker store backend {backend!r} (sql or memory)")
        self.retention_hours = retention.retention_hours(retention_hours)
        self.purge_every = float(purge_every_minutes) * 60
        self._last_seen: dict[str, float] = {}  # memory backend: last save of each conversation
        super().__init__(domain, event_broker)
        self._last_purge = time.monotonic()
        self.purge()

    # -- the wrapped store ---------------------------------------------------
    @property
    def domain(self):
        return self.inner.domain

    @domain.setter
    def domain(self, domain) -> None:
        if hasattr(self, "inner"):
            self.inner.domain = domain

    async def retrieve(self, sender_id: str):
        return await self.inner.retrieve(sender_id)

    async def retrieve_full_tracker(self, conversation_id: str):
        return await self.inner.retrieve_full_tracker(conversation_id)

    async def keys(self) -> Iterable[str]:
        return await self.inner.keys()

    async def save(self, tracker) -> None:
        if asks_erasure(tracker):
            self.delete(tracker.sender_id)
            logger.info("Conversation %s erased at the person's request.", pseudonym(tracker.sender_id))
        else:
            await self.inner.save(tracker)
            self._last_seen[tracker.sender_id] = time.time()
        if time.monotonic() - self._last_purge > self.purge_every:
            self._last_purge = time.monotonic()
            await asyncio.get_running_loop().run_in_executor(None, self.purge)

    # -- forgetting ----------------------------------------------------------
    def delete(self, sender_id: str) -> None:
        """Delete every stored event of one conversation (and what the dialogue's past states keep of it)."""
        self._last_seen.pop(sender_id, None)
        past_states.forget(sender_id)
        if isinstance(self.inner, SQLTrackerStore):
            with self.inner.session_scope() as session:
                session.query(self.inner.SQLEvent).filter(
                    self.inner.SQLEvent.sender_id == sender_id).delete()
                session.commit()
        else:
            self.inner.store.pop(sender_id, None)

    def purge(self, now: Optional[float] = None) -> int:
        """Delete the conversations idle for longer than the retention time."""
        try:
            if isinstance(self.inner, SQLTrackerStore):
                count = retention.purge_sql(self.inner.engine, self.retention_hours, now)
            else:
                limit = retention.cutoff(self.retention_hours, now)
                old = [s for s, seen in self._last_seen.items() if seen < limit]
                for sender_id in old:
                    self.delete(sender_id)
                count = len(old)
        except Exception as error:  # a failed purge must not stop the conversations
            logger.error("Purge of old conversations failed: %s", type(error).__name__)
            return 0
        if count:
            logger.info("Purged %d conversation(s) older than %g h.", count, self.retention_hours)
        return count
