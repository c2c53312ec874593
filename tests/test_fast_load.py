"""bot/rasa_ext/fast_load.py: the model loaded without tracing a training step answers exactly as
the model loaded by Rasa's own code; bot/rasa_ext/rules_first.py: the dialogue predictions are the
same when TED is not run where a rule decides.

The trained model is loaded twice, in two processes of the bot environment (the patch is per
process): once by Rasa 3.6 as it is, once after ``fast_load.install()``. Both parse the same
messages (intent ranking with confidences, entities with their confidences: DIET and spaCy) and
predict the next action of the same conversations (TED, the rule and memoization policies); the
outputs must be equal to the last digit.
"""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from harness.model import model_path
from harness.processes import BOT_BIN, ROOT, run_bot_script

_SCRIPT = r"""
import asyncio, json, logging, sys
logging.disable(logging.CRITICAL)
from rasa.core.agent import Agent
from rasa.core.channels.channel import UserMessage
if sys.argv[2] in ("fast", "rules_first", "graph"):
    from bot.rasa_ext import fast_load
    fast_load.install()
if sys.argv[2] in ("rules_first", "graph"):
    from bot.rasa_ext import rules_first
    rules_first.install()
if sys.argv[2] == "graph":
    from bot.rasa_ext import graph_runner
    graph_runner.install()
agent = Agent.load(sys.argv[1])
TEXTS = json.loads(sys.argv[3])
DIALOGUES = json.loads(sys.argv[4])

def parse_out(p):
    return {"intent": p["intent"], "ranking": p.get("intent_ranking"),
            "entities": [{k: e.get(k) for k in ("entity", "start", "end", "value", "confidence_entity")}
                         for e in p.get("entities", [])]}

async def main():
    out = {"parses": [parse_out(await agent.parse_message(t)) for t in TEXTS], "predictions": []}
    for i, dialogue in enumerate(DIALOGUES):
        sender = f"fast-load-{i}"
        for text in dialogue:
            await agent.log_message(UserMessage(text, sender_id=sender))
            prediction = await agent.predict_next_for_sender_id(sender)
            out["predictions"].append({"policy": prediction.get("policy"),
                                       "scores": prediction.get("scores")})
    if sys.argv[2] in ("rules_first", "graph"):
        out["ted_skipped"] = rules_first.skipped
    print("RESULT " + json.dumps(out, sort_keys=True))

asyncio.run(main())
"""

TEXTS = [
    "bonjour",
    "j'habite à Villeurbanne et j'ai 34 ans",
    "je suis au chômage avec deux enfants, locataire, 620 euros de loyer",
    "je veux mourir",
    "mon mari me frappe",
    "non en fait j'ai 3 enfants",
    "c'est quoi le RSA ?",
    "oui",
    "effacer mes données",
    "asdkjh qwe 🤷",
]
DIALOGUES = [
    ["bonjour", "je cherche des aides", "j'habite à Lyon"],
    ["je n'ai plus de logement ce soir"],
    ["merci", "c'est quoi le RSA ?", "je veux parler à quelqu'un", "au revoir"],
    ["mon mari me frappe", "oui", "je ne sais pas", "effacer mes données"],
]


def _run(mode: str) -> dict:
    return run_bot_script(_SCRIPT, str(model_path()), mode, json.dumps(TEXTS), json.dumps(DIALOGUES), timeout=900)


@pytest.fixture(scope="module")
def both() -> tuple[dict, dict]:
    return _run("rasa"), _run("fast")


@pytest.fixture(scope="module")
def rules_first(both) -> dict:
    return _run("rules_first")


def test_parses_are_the_same(both):
    rasa, fast = both
    assert len(fast["parses"]) == len(TEXTS)
    assert any(p["entities"] for p in fast["parses"])  # DIET's entity head was exercised
    for text, expected, got in zip(TEXTS, rasa["parses"], fast["parses"]):
        assert got == expected, text


def test_dialogue_predictions_are_the_same(both):
    rasa, fast = both
    assert len(fast["predictions"]) == sum(len(d) for d in DIALOGUES)
    assert all(p["scores"] for p in fast["predictions"])
    assert fast["predictions"] == rasa["predictions"]


def test_dialogue_predictions_are_the_same_with_rules_first(both, rules_first):
    rasa, _ = both
    assert rules_first["predictions"] == rasa["predictions"]
    assert rules_first["parses"] == rasa["parses"]


def test_parses_and_predictions_are_the_same_without_dask(both, rules_first):
    """bot/rasa_ext/graph_runner.py: the graph run node after node (with fast_load and rules_first, as served)."""
    rasa, _ = both
    graph = _run("graph")
    assert graph["parses"] == rasa["parses"]
    assert graph["predictions"] == rasa["predictions"]
    assert graph["ted_skipped"] == rules_first["ted_skipped"]  # rules_first still decides as with dask


# The conversation test stories replayed with rules_first; every time TED is not run, TED's real
# prediction is computed too and the ensemble's choice is made both ways: they must be the same.
_STORIES = r"""
import atexit, sys
from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.ted_policy import TEDPolicy
from bot.rasa_ext import fast_load, rules_first
fast_load.install()
rules_first.install()
audit = {"checked": 0, "different": 0}
real = {}
patched_predict = TEDPolicy.predict_action_probabilities
def predict(self, tracker, domain, *args, **kwargs):
    before = rules_first.skipped
    kept = {k: v for k, v in kwargs.items() if k != rules_first.RULE_INPUT}
    prediction = patched_predict(self, tracker, domain, *args, **kwargs)
    if rules_first.skipped > before:
        real[id(tracker)] = (prediction, rules_first._ted_predict(self, tracker, domain, *args, **kept))
    return prediction
TEDPolicy.predict_action_probabilities = predict
combine = DefaultPolicyPredictionEnsemble.combine_predictions
def combine_both(self, predictions, tracker, domain):
    pair = real.pop(id(tracker), None)
    if pair is not None:
        other = [pair[1] if p is pair[0] else p for p in predictions]
        a = DefaultPolicyPredictionEnsemble._pick_best_policy(list(predictions))
        b = DefaultPolicyPredictionEnsemble._pick_best_policy(other)
        audit["checked"] += 1
        audit["different"] += (a.policy_name, list(a.probabilities)) != (b.policy_name, list(b.probabilities))
    return combine(self, predictions, tracker, domain)
DefaultPolicyPredictionEnsemble.combine_predictions = combine_both
atexit.register(lambda: print(f"AUDIT {rules_first.skipped} {audit['checked']} {audit['different']}"))
from rasa.__main__ import main
sys.argv = ["rasa", "test", "core", "--stories", "bot/tests", "--model", sys.argv[1],
            "--fail-on-prediction-errors", "--out", sys.argv[2]]
main()
"""


def test_conversation_test_stories_pass_without_ted_where_a_rule_decides(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([str(BOT_BIN / "python"), "-c", _STORIES, str(model_path()), str(tmp_path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    audit = [line.split()[1:] for line in out.stdout.splitlines() if line.startswith("AUDIT ")]
    assert audit, out.stdout[-2000:] + out.stderr[-2000:]
    skipped, checked, different = map(int, audit[0])
    assert skipped > 20 and checked == skipped  # the case the module is for, each one audited
    assert different == 0
