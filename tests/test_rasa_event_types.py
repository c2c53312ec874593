"""The class of a stored event found in a table (bot/rasa_ext/event_types.py), in the bot environment:
every event name gives the class Rasa's own lookup gives, a conversation's events read back from
their stored form are the same events, and Rasa's walk over its event classes is no longer made per
event."""
from __future__ import annotations

import json
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json
from unittest import mock
import rasa.shared.utils.common
from rasa.shared.core import events
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
original = events.Event.resolve_by_type
from bot.rasa_ext import event_types
event_types.install()

def verdict(lookup, name, default=None):
    try:
        cls = lookup(name, default)
        return ["ok", None if cls is None else cls.__name__]
    except ValueError as e:
        return ["error", str(e)]

names = sorted({c.type_name for c in rasa.shared.utils.common.all_subclasses(events.Event)})
probes = names + ["topic", "inconnu", ""]
same = [[n, verdict(original, n), verdict(events.Event.resolve_by_type, n)] for n in probes]
with_default = [verdict(original, "inconnu", events.SlotSet),
                verdict(events.Event.resolve_by_type, "inconnu", events.SlotSet)]

stored = [
    events.ActionExecuted("action_session_start"), events.SessionStarted(),
    events.UserUttered("j'habite à Lyon", {"name": "informer", "confidence": 0.9},
                       [{"entity": "commune", "value": "Lyon"}]),
    events.SlotSet("commune", "69123"), events.ActiveLoop("situation_form"),
    events.BotUttered("Quel âge avez-vous ?", {"buttons": []}), events.FollowupAction("action_listen"),
    events.ActionExecutionRejected("situation_form"), events.Restarted(), events.AllSlotsReset(),
    events.ReminderScheduled("EXTERNAL_rappel", events.datetime(2026, 12, 7, 21, 0)),
    events.ReminderCancelled("rappel"), events.ConversationPaused(), events.ConversationResumed(),
    events.StoryExported(), events.UserUtteranceReverted(), events.ActionReverted(),
    events.LoopInterrupted(True), events.EntitiesAdded([{"entity": "age", "value": "42"}]),
    events.DefinePrevUserUtteredFeaturization(False),
]
domain = Domain.empty()
tracker = DialogueStateTracker.from_events("x", stored)
dumped = tracker.current_state(EventVerbosity.ALL)["events"]
with mock.patch.object(rasa.shared.utils.common, "all_subclasses",
                       wraps=rasa.shared.utils.common.all_subclasses) as walk:
    back = [events.Event.from_parameters(d) for d in dumped]
    walks = walk.call_count
with mock.patch.object(events.Event, "resolve_by_type", staticmethod(original)):
    by_rasa = [events.Event.from_parameters(d) for d in dumped]
print(json.dumps({"names": len(names), "same": same, "with_default": with_default,
                  "round_trip": [type(a) is type(b) is type(c) and a.as_dict() == b.as_dict() == c.as_dict()
                                 for a, b, c in zip(stored, back, by_rasa)],
                  "types": [type(b).__name__ for b in back],
                  "walks": walks}))
"""


def test_event_classes_are_those_rasa_finds_and_the_walk_is_not_repeated():
    run = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    data = json.loads(run.stdout.strip().splitlines()[-1])
    assert data["names"] >= 20
    for name, rasa_verdict, ours in data["same"]:
        assert ours == rasa_verdict, name
    verdicts = {name: ours for name, _, ours in data["same"]}
    assert verdicts["slot"] == ["ok", "SlotSet"] and verdicts["user"] == ["ok", "UserUttered"]
    assert verdicts["topic"] == ["ok", None] and verdicts["inconnu"][0] == "error"
    assert data["with_default"][0] == data["with_default"][1] == ["ok", "SlotSet"]
    assert all(data["round_trip"]), data["types"]
    assert data["walks"] == 0  # the table was built before: no walk over Rasa's classes per event
