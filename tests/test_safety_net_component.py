"""The Rasa graph component of the safety net, in the bot environment (Python 3.10, Rasa)."""
from __future__ import annotations

import json
import subprocess

import yaml

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json, sys
from rasa.shared.nlu.training_data.message import Message
from bot.rasa_ext.safety_net import SafetyNet
net = SafetyNet.create({}, None, None, None)
out = []
for text, intent in json.loads(sys.stdin.read()):
    m = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.3},
                      "intent_ranking": [{"name": intent, "confidence": 0.3}]})
    net.process([m])
    out.append({"intent": m.get("intent"), "ranking": m.get("intent_ranking"), "urgences": m.get("urgences"),
                "output": sorted(m.output_properties)})
print(json.dumps(out))
"""


def _process(pairs: list[tuple[str, str]]) -> list[dict]:
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, input=json.dumps(pairs),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_safety_net_overrides_a_low_confidence_intent_and_keeps_the_rest():
    out = _process([("jve mourire", "nlu_fallback"), ("il me frappe", "besoin_violence"),
                    ("je meurs de faim de réussir cet examen", "besoin_alimentation"),
                    ("je pense partir pour toujours", "urgence_suicide"),
                    ("je veux mettre fin à mes jours", "urgence_faim")])
    assert out[0]["intent"] == {"name": "urgence_suicide", "confidence": 1.0}
    assert out[0]["ranking"][0]["name"] == "urgence_suicide" and out[0]["ranking"][1]["name"] == "nlu_fallback"
    assert "urgences" in out[0]["output"] and "intent" in out[0]["output"]
    assert out[1]["intent"]["name"] == "urgence_violences" and out[1]["urgences"] == ["violences"]
    assert out[2]["intent"]["name"] == "besoin_alimentation" and out[2]["urgences"] == []
    # An emergency predicted by DIET alone is kept.
    assert out[3]["intent"]["name"] == "urgence_suicide"
    # Another emergency predicted by DIET gives way to the patterns' type.
    assert out[4]["intent"] == {"name": "urgence_suicide", "confidence": 1.0}


def test_safety_net_is_in_the_pipeline_after_the_fallback_classifier():
    names = [c["name"] for c in yaml.safe_load((ROOT / "bot" / "config.yml").read_text())["pipeline"]]
    assert names.index("bot.rasa_ext.safety_net.SafetyNet") > names.index("FallbackClassifier")
