"""The Rasa server's check of the action server's answers (bot/rasa_ext/action_validation.py),
in the bot environment: same verdicts and errors as Rasa's own check, one validator per process."""
from __future__ import annotations

import json
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json, sys
from unittest import mock
import jsonschema
from rasa.core.actions.action import RemoteAction
original = RemoteAction._validate_action_result
from bot.rasa_ext import action_validation
action_validation.install()
action = RemoteAction("action_x", None)

def verdict(check, result):
    try:
        return ["ok", check(action, result)]
    except jsonschema.ValidationError as e:
        return ["error", e.message, list(e.path)]

results = json.loads(sys.stdin.read())
out = [[verdict(original, r), verdict(RemoteAction._validate_action_result, r)] for r in results]
with mock.patch.object(jsonschema.validators.Draft202012Validator, "check_schema") as check, \
        mock.patch.object(jsonschema.validators.Draft7Validator, "check_schema") as check7, \
        mock.patch.object(jsonschema.validators.Draft4Validator, "check_schema") as check4:
    for _ in range(100):
        RemoteAction._validate_action_result(action, results[0])
    checks = check.call_count + check7.call_count + check4.call_count
print(json.dumps({"out": out, "schema_checks": checks}))
"""

RESULTS = [
    {"events": [{"event": "slot", "name": "commune", "value": "69266"}],
     "responses": [{"text": "Votre CCAS : CCAS de Villeurbanne"}]},
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "commune"}], "responses": [{"text": "x"}]},  # no value
    {"events": "pas une liste", "responses": []},
    {"events": [{"event": "inconnu"}], "responses": []},
    {"events": [], "responses": ["pas un objet"]},
]


def test_answers_are_judged_as_by_rasa_and_the_schema_is_checked_once():
    run = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, input=json.dumps(RESULTS),
                         capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    data = json.loads(run.stdout.strip().splitlines()[-1])
    for rasa_verdict, ours in data["out"]:
        assert ours == rasa_verdict
    assert [v[0][0] for v in data["out"]] == ["ok", "ok", "error", "error", "error", "error"]
    assert "Failed to validate Action server response" in data["out"][3][1][1]
    assert data["schema_checks"] == 0  # the validator was built before: no schema check per answer
