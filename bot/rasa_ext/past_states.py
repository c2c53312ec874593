"""The dialogue's past states computed once per conversation turn, not again for every policy.

At each prediction, Rasa 3.6's memoization, rule and TED policies each ask the tracker for its
past states (``DialogueStateTracker.past_states`` → ``Domain.states_for_tracker_history``): the
conversation is replayed from its first event into a fresh tracker and a state is built before
every action. A turn predicts three or four actions, the rule policy asks twice, so a
conversation of two hundred events was replayed about ten times per message: a sixth of the Rasa
server's CPU per message on the conversation sets (py-spy over bench/conversations.py,
2026-12-08), and more the longer the conversation.

``install()`` (called by the declared input channels, ``channels.py``) replaces ``past_states``
with the same computation made incrementally. Per conversation (its sender id) and per set of
arguments it keeps the applied events already replayed, the replaying tracker, the states built
before each of their actions and the scan's two variables (whether the turn is hidden from the ML
policies, the last ML action), with a mark before each action: the replaying tracker's slots,
last action, last message and bot utterance, follow-up action, active loop. A new call replays
only what follows the longest run of the same events (the same objects, or read again from the
tracker store: same class, time and attributes): from the end when the conversation only grew,
from the last mark within the run when the applied events changed near the end (in a form,
Rasa's applied events drop the listen and the message between two of the form's runs). Anything
else (another domain, a change before the first mark) replays everything, and a rule tracker of
training goes to Rasa's own code. What is kept of a conversation goes 15 minutes after its last
use, past the 256 conversations last used, and at its erasure (``forget``). The last state (the
tracker after all its events) is built at every call and never kept, and every call returns
fresh dicts, since the featurizers delete keys from the states they receive.
"""
from __future__ import annotations

import copy
import time
from collections import OrderedDict
from typing import Any, Dict, List, Optional, Tuple

from rasa.shared.core import constants
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

_original = DialogueStateTracker.past_states
# What is kept of a conversation, by its sender id: its replays and when they were last used. The replaying tracker
# holds the conversation's events (its messages), so no longer than the conversation is active nor past its erasure.
KEEP_SECONDS = 15 * 60
KEEP_CONVERSATIONS = 256
_by_sender: "OrderedDict[str, Tuple[Dict[tuple, _Replay], float]]" = OrderedDict()
_installed = False


class _Replay:
    """The replay of a prefix of a tracker's applied events and the states built on the way."""

    __slots__ = ("domain", "events", "tracker", "states", "turn_was_hidden", "last_ml_action", "marks")

    def __init__(self, tracker: DialogueStateTracker, domain: Domain) -> None:
        self.domain = domain
        self.events: list = []
        self.tracker = tracker.init_copy()
        self.states: List[State] = []
        self.turn_was_hidden = False
        self.last_ml_action: Optional[Dict[str, Any]] = None
        # Before each action replayed: where the replay stood, to resume there (see ``rewind``).
        self.marks: List[tuple] = []

    def mark(self) -> None:
        tr = self.tracker
        self.marks.append((len(self.events), len(self.states), self.turn_was_hidden, self.last_ml_action,
                           {name: dict(slot.__dict__) for name, slot in tr.slots.items()},
                           tr.latest_action, tr.latest_message, tr.latest_bot_utterance, tr.followup_action,
                           copy.copy(tr.active_loop), tr._paused))

    def rewind(self, common: int) -> bool:
        """Back to the last mark within the first ``common`` events; False when there is none.

        In a form, Rasa's applied events drop the listen and the message between two of the
        form's runs: the events differ from the previous call's a few events before the end.
        """
        while self.marks and self.marks[-1][0] > common:
            self.marks.pop()
        if not self.marks:
            return False
        (n_events, n_states, self.turn_was_hidden, self.last_ml_action, slots, latest_action, latest_message,
         latest_bot_utterance, followup_action, active_loop, paused) = self.marks.pop()
        tr = self.tracker
        for name, saved in slots.items():
            vars(tr.slots[name]).update(saved)
        tr.latest_action, tr.latest_message, tr.latest_bot_utterance = latest_action, latest_message, latest_bot_utterance
        tr.followup_action, tr.active_loop, tr._paused = followup_action, copy.copy(active_loop), paused
        del self.events[n_events:]
        del self.states[n_states:]
        return True


def _state(replay: _Replay, hide_rule_turn: bool, omit_unset_slots: bool,
           ignore_rule_only_turns: bool, rule_only_data: Optional[Dict[str, Any]],
           turn_was_hidden: bool, last_ml_action: Optional[Dict[str, Any]],
           ) -> Tuple[Optional[State], bool, Optional[Dict[str, Any]]]:
    """One step of ``Domain.states_for_tracker_history``'s loop, on the replaying tracker."""
    domain, tr = replay.domain, replay.tracker
    if ignore_rule_only_turns:
        if not turn_was_hidden:
            last_ml_action = domain._get_prev_action_sub_state(tr)
        if not tr.followup_action and not tr.latest_action_name == tr.active_loop_name:
            turn_was_hidden = hide_rule_turn
        if turn_was_hidden:
            return None, turn_was_hidden, last_ml_action
    state = domain.get_active_state(tr, omit_unset_slots=omit_unset_slots)
    if ignore_rule_only_turns:
        domain._remove_rule_only_features(state, rule_only_data)
        if replay.states:
            domain._substitute_rule_only_user_input(state, replay.states[-1])
        if last_ml_action:
            state[constants.PREVIOUS_ACTION] = last_ml_action
    return domain._clean_state(state), turn_was_hidden, last_ml_action


def _fresh(state: State) -> State:
    # Sub-states hold strings and tuples: a copy of both levels is a new state.
    return {kind: dict(sub_state) for kind, sub_state in state.items()}


def _same(a: Any, b: Any) -> bool:
    # The same event, or the same event read again from the tracker store at the next message: same class, time and
    # attributes (stricter than Rasa's own equality).
    return a is b or (type(a) is type(b) and a.timestamp == b.timestamp and a.__dict__ == b.__dict__)


def _replays_of(sender_id: str) -> Dict[tuple, _Replay]:
    now = time.monotonic()
    # (the conversations are kept in the order of their last use: the idle ones come first)
    while _by_sender and now - next(iter(_by_sender.values()))[1] > KEEP_SECONDS:
        _by_sender.popitem(last=False)
    replays = _by_sender.pop(sender_id, ({}, now))[0]
    _by_sender[sender_id] = (replays, now)
    while len(_by_sender) > KEEP_CONVERSATIONS:
        _by_sender.popitem(last=False)
    return replays


def forget(sender_id: str) -> None:
    """Drop what is kept of a conversation (its erasure: ``tracker_store.ForgettingTrackerStore.delete``)."""
    _by_sender.pop(sender_id, None)


def past_states(self: DialogueStateTracker, domain: Domain, omit_unset_slots: bool = False,
                ignore_rule_only_turns: bool = False,
                rule_only_data: Optional[Dict[str, Any]] = None) -> List[State]:
    """``DialogueStateTracker.past_states``, replaying only the new events (module docstring)."""
    if self.is_rule_tracker or type(domain).states_for_tracker_history is not Domain.states_for_tracker_history:
        return _original(self, domain, omit_unset_slots=omit_unset_slots,
                         ignore_rule_only_turns=ignore_rule_only_turns, rule_only_data=rule_only_data)
    replays = _replays_of(self.sender_id)
    # (the rule policy is handed its rule-only slots and loops anew at each prediction: the same content, another dict;
    # the key holds the content)
    key = (omit_unset_slots, ignore_rule_only_turns, repr(rule_only_data))
    applied = self.applied_events()
    replay = replays.get(key)
    if replay is not None and replay.domain is not domain:
        replay = None
    if replay is not None:
        done = replay.events
        common = next((i for i, (a, b) in enumerate(zip(applied, done)) if not _same(a, b)),
                      min(len(applied), len(done)))
        # the events read again are the same: the next calls of this message compare them by identity
        done[:common] = applied[:common]
        if common < len(done) and not replay.rewind(common):
            replay = None
    if replay is None:
        replay = replays[key] = _Replay(self, domain)
    for event in applied[len(replay.events):]:
        if isinstance(event, ActionExecuted):
            replay.mark()
            state, replay.turn_was_hidden, replay.last_ml_action = _state(
                replay, event.hide_rule_turn, omit_unset_slots, ignore_rule_only_turns, rule_only_data,
                replay.turn_was_hidden, replay.last_ml_action)
            if state is not None:
                replay.states.append(state)
        replay.tracker.update(event)
        replay.events.append(event)
    last, _, _ = _state(replay, False, omit_unset_slots, ignore_rule_only_turns, rule_only_data,
                        replay.turn_was_hidden, replay.last_ml_action)
    states = [_fresh(state) for state in replay.states]
    if last is not None:
        states.append(last)
    return states


def install() -> None:
    global _installed
    if _installed:
        return
    DialogueStateTracker.past_states = past_states
    _installed = True


__all__ = ["install", "past_states"]
