"""bot/rasa_ext/past_states.py: the dialogue's past states built incrementally are Rasa's own.

In the bot environment, the conversations of the assistant's stories and rules (bot/data, over the
domain of bot/domain) are fed event by event to a tracker, with events reverted, restarts and one
long conversation made of all of them; after every action (and at random points between) the
states are asked with each set of arguments the policies use and compared with Rasa's own
computation. What a caller gets is then emptied, as the featurizers delete keys from the states
they receive: the next call must not see it. A tracker rebuilt from its serialised events at each
turn (new event objects, as the tracker store gives them) gets the same states too; a conversation
that only grows replays each of its events about once, whether its events are the same objects or
read again from the store; an erased conversation is replayed from its start.
"""
from __future__ import annotations

from harness.processes import run_bot_script

_SCRIPT = r"""
import json, logging, random
logging.disable(logging.CRITICAL)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActionReverted, Restarted, UserUtteranceReverted)
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.loading import load_data_from_files
from rasa.shared.core.training_data.structures import StoryGraph
from bot.rasa_ext import past_states as ps

domain = Domain.load("bot/domain")
files = ["bot/data/stories.yml", "bot/data/rules.yml", "bot/data/rules_situation.yml",
         "bot/data/rules_urgences.yml", "bot/data/rules_donnees.yml"]
generated = TrainingDataGenerator(StoryGraph(load_data_from_files(files, domain)), domain,
                                  augmentation_factor=0, remove_duplicates=False).generate()
conversations = [list(t.events) for t in generated]
conversations.append([e for events in conversations for e in events])
rule_only = {"rule_only_slots": [s.name for s in domain.slots][:5], "rule_only_loops": list(domain.form_names)[:1]}
ARGS = [{}, {"omit_unset_slots": True}, {"ignore_rule_only_turns": True},
        {"ignore_rule_only_turns": True, "rule_only_data": rule_only}]
rnd = random.Random(7)
out = {"conversations": len(conversations), "longest": max(map(len, conversations)), "calls": 0,
       "different": 0, "reverted": 0, "rebuilt_calls": 0, "rebuilt_different": 0}
for events in conversations:
    tracker = DialogueStateTracker("check", domain.slots)
    for event in events:
        tracker.update(event)
        r = rnd.random()
        if r < 0.03:
            tracker.update(UserUtteranceReverted())
        elif r < 0.05:
            tracker.update(ActionReverted())
        elif r < 0.055:
            tracker.update(Restarted())
        out["reverted"] += r < 0.055
        if isinstance(event, ActionExecuted) or rnd.random() < 0.3:
            for args in ARGS:
                out["calls"] += 1
                got = ps.past_states(tracker, domain, **args)
                out["different"] += got != ps._original(tracker, domain, **args)
                for state in got:
                    state.clear()
# A tracker that only grows: each event replayed once per set of arguments.
replayed = []
original_update = DialogueStateTracker.update
def counting_update(self, event, domain=None):
    replayed.append(event)
    return original_update(self, event, domain)
tracker = DialogueStateTracker("growing", domain.slots)
out["rasa_replays"] = 0
for event in conversations[-1]:
    tracker.update(event)
    out["rasa_replays"] += len(tracker.applied_events())
    DialogueStateTracker.update = counting_update
    ps.past_states(tracker, domain)
    DialogueStateTracker.update = original_update
out["events"] = len(conversations[-1])
out["replayed"] = len(replayed)
# Rebuilt from its serialised events at every turn, as the tracker store gives it: the same states, and what was
# replayed at the last message is not replayed again.
events, replayed[:] = [], []
for event in conversations[-1][:400]:
    events.append(event)
    rebuilt = DialogueStateTracker.from_dict("rebuilt", [e.as_dict() for e in events], domain.slots)
    out["rebuilt_calls"] += 1
    want = ps._original(rebuilt, domain)
    DialogueStateTracker.update = counting_update
    got = ps.past_states(rebuilt, domain)
    DialogueStateTracker.update = original_update
    out["rebuilt_different"] += got != want
out["rebuilt_replayed"] = len(replayed)
# Erased: nothing kept, everything replayed again.
ps.forget("rebuilt")
replayed[:] = []
DialogueStateTracker.update = counting_update
got = ps.past_states(rebuilt, domain)
DialogueStateTracker.update = original_update
out["after_forget_different"] = got != ps._original(rebuilt, domain)
out["after_forget_replayed"] = len(replayed)
out["rebuilt_events"] = len(rebuilt.applied_events())
print("RESULT " + json.dumps(out))
"""


def test_incremental_past_states_are_rasas():
    out = run_bot_script(_SCRIPT, timeout=300)
    assert out["conversations"] > 50 and out["longest"] > 400 and out["reverted"] > 50
    assert out["calls"] > 2000
    assert out["different"] == 0
    assert out["rebuilt_calls"] == 400 and out["rebuilt_different"] == 0
    assert out["rebuilt_replayed"] < 1.1 * 400
    assert not out["after_forget_different"] and out["after_forget_replayed"] == out["rebuilt_events"] > 100
    # a growing conversation's events replayed about once (a form's runs resume a few events
    # back), not all of them at every call as Rasa does
    assert out["events"] <= out["replayed"] < 1.1 * out["events"]
    assert out["rasa_replays"] > 100 * out["replayed"]
