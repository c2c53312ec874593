"""bot/rasa_ext/applied_events.py: the applied events folded incrementally are Rasa's own.

In the bot environment, the conversations of the assistant's stories and rules (bot/data, over the
domain of bot/domain), and one long conversation made of all of them, are fed event by event to a
tracker, with events reverted, restarts, and a form not met before started and run at random
points; after each event the applied events must be Rasa's, the very same objects in the same
order, and what a caller does to the list it gets must not change the next answer.
"""
from __future__ import annotations

from harness.processes import run_bot_script

_SCRIPT = r"""
import json, random, logging; logging.disable(logging.CRITICAL)
from rasa.shared.core.domain import Domain
from rasa.shared.core.training_data.loading import load_data_from_files
from rasa.shared.core.training_data.structures import StoryGraph
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.events import UserUtteranceReverted, ActionReverted, Restarted, ActiveLoop, ActionExecuted
from bot.rasa_ext import applied_events as ae
domain = Domain.load("bot/domain")
files = ["bot/data/stories.yml", "bot/data/rules.yml", "bot/data/rules_situation.yml", "bot/data/rules_urgences.yml", "bot/data/rules_donnees.yml"]
trackers = TrainingDataGenerator(StoryGraph(load_data_from_files(files, domain)), domain, augmentation_factor=0, remove_duplicates=False).generate()
convs = [list(t.events) for t in trackers]; convs.append([e for c in convs for e in c])
rnd = random.Random(3); calls = bad = 0; loops = 0
for events in convs:
    tr = DialogueStateTracker("x", domain.slots)
    for e in events:
        tr.update(e)
        r = rnd.random()
        if r < 0.03: tr.update(UserUtteranceReverted())
        elif r < 0.05: tr.update(ActionReverted())
        elif r < 0.055: tr.update(Restarted())
        elif r < 0.07: tr.update(ActiveLoop("autre_formulaire")); loops += 1
        elif r < 0.09: tr.update(ActionExecuted("autre_formulaire"))
        calls += 1
        got = ae.applied_events(tr); want = ae._original(tr)
        bad += [id(x) for x in got] != [id(x) for x in want]
        got.append(None)
print("RESULT " + json.dumps({"calls": calls, "bad": bad, "loops": loops, "longest": max(map(len, convs))}))
"""


def test_incremental_applied_events_are_rasas():
    out = run_bot_script(_SCRIPT, timeout=300)
    assert out["calls"] > 900 and out["longest"] > 400 and out["loops"] >= 5
    assert out["bad"] == 0
