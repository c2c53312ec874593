"""A tracker's applied events folded once, then only over the events added since.

Rasa 3.6's ``DialogueStateTracker.applied_events`` (the events without those reverted, restarted or
collapsed by a form's happy path) walks the whole conversation at every call, and for each run of
a form walks back through what it kept so far. It is called many times per message: when the
stored conversation is rebuilt, when the session's expiry is checked, and each time a policy asks
for the past states. On the conversation sets it was a fifth of the Rasa server's time per message
(py-spy over bench/conversations.py, 2026-12-08).

``install()`` (called by the declared input channels, ``channels.py``) replaces it with the same
fold kept on the tracker object: the number of events folded, the first and the last of them, the
forms' names met and the events kept. A new call on a tracker whose first events are the very
same objects goes on folding from where it stopped; a form's name not met before (which changes
how the earlier runs of that form are read), an event removed or replaced, a tracker copied: the
whole conversation is folded again by Rasa's own code. Every call returns a new list.
"""
from __future__ import annotations

import itertools
from typing import Any, List

from rasa.shared.core.events import (ActionExecuted, ActionReverted, ActiveLoop, Event, Restarted, SessionStarted,
                                     UserUttered, UserUtteranceReverted)
from rasa.shared.core.trackers import DialogueStateTracker

_original = DialogueStateTracker.applied_events
_ATTRIBUTE = "_orientation_applied_events"
_installed = False


class _Fold:
    __slots__ = ("count", "first", "last", "loop_names", "applied")

    def __init__(self, events: Any, loop_names: set, applied: List[Event]) -> None:
        self.count = len(events)
        self.first = events[0] if events else None
        self.last = events[-1] if events else None
        self.loop_names = loop_names
        self.applied = applied


def _fold(tracker: DialogueStateTracker, new_events: Any, loop_names: set, applied: List[Event]) -> None:
    """Rasa's loop of ``applied_events`` over ``new_events``, from ``applied`` (changed in place)."""
    for event in new_events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied.clear()
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (isinstance(event, ActionExecuted) and event.action_name in loop_names
              and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)


def _loop_names(events: Any) -> set:
    return {event.name for event in events if isinstance(event, ActiveLoop) and event.name}


def applied_events(self: DialogueStateTracker) -> List[Event]:
    """``DialogueStateTracker.applied_events``, folding only the new events (see the module's docstring)."""
    events = self.events
    fold = self.__dict__.get(_ATTRIBUTE)
    if fold is not None and fold.count and len(events) >= fold.count and events[0] is fold.first \
            and events[fold.count - 1] is fold.last:
        new_events = list(itertools.islice(events, fold.count, None))
        if _loop_names(new_events) <= fold.loop_names:
            _fold(self, new_events, fold.loop_names, fold.applied)
            fold.count = len(events)
            fold.last = events[-1]
            return list(fold.applied)
    applied = _original(self)
    self.__dict__[_ATTRIBUTE] = _Fold(events, _loop_names(events), list(applied))
    return applied


def install() -> None:
    global _installed
    if _installed:
        return
    DialogueStateTracker.applied_events = applied_events
    _installed = True


__all__ = ["install", "applied_events"]
