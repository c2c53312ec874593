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
config, pairs = json.loads(sys.stdin.read())
net = SafetyNet.create(config, None, None, None)
out = []
for row in pairs:
    text, intent, confidence = row[:3]
    second = row[3] if len(row) > 3 else 0.1
    m = Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                      "intent_ranking": [{"name": intent, "confidence": confidence},
                                         {"name": "besoin_logement", "confidence": second}]})
    net.process([m])
    out.append({"intent": m.get("intent"), "ranking": m.get("intent_ranking"), "urgences": m.get("urgences"),
                "urgence": m.get("urgence"), "output": sorted(m.output_properties)})
print(json.dumps(out))
"""


def _process(pairs: list[tuple], config: dict | None = None) -> list[dict]:
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, input=json.dumps([config or {}, pairs]),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_safety_net_overrides_a_low_confidence_intent_and_keeps_the_rest():
    out = _process([("jve mourire", "nlu_fallback", 0.3), ("il me frappe", "besoin_violence", 0.3),
                    ("je meurs de faim de réussir cet examen", "besoin_alimentation", 0.3),
                    ("je veux mettre fin à mes jours", "urgence_faim", 0.3),
                    ("j'ai 11 ans et mon père me frappe", "urgence_violences", 0.9)])
    assert out[0]["intent"] == {"name": "urgence_suicide", "confidence": 1.0}
    assert out[0]["ranking"][0]["name"] == "urgence_suicide" and out[0]["ranking"][1]["name"] == "nlu_fallback"
    assert {"urgences", "urgence", "intent"} <= set(out[0]["output"])
    assert out[1]["intent"]["name"] == "urgence_violences" and out[1]["urgences"] == ["violences"]
    assert out[2]["intent"]["name"] == "besoin_alimentation" and out[2]["urgences"] == []
    # Another emergency predicted by DIET gives way to the detector's type.
    assert out[3]["intent"] == {"name": "urgence_suicide", "confidence": 1.0}
    # A child writing is a child in danger, whatever DIET read: the 119 first.
    assert out[4]["intent"]["name"] == "urgence_enfant"
    assert out[4]["urgence"]["lignes"][0] == "119" and out[4]["urgence"]["mineur"] is True


def test_the_parse_data_carries_the_lines_and_the_signals_never_the_text():
    out = _process([("il est derrière la porte avec un couteau", "nlu_fallback", 0.2)])
    detail = out[0]["urgence"]
    assert detail["types"] == ["violences"] and detail["lignes"][0] == "17" and detail["immediat"] is True
    assert detail["signaux"] and all(s.startswith("violences:") for s in detail["signaux"])
    assert "couteau" not in json.dumps(detail)


def test_the_learned_reader_is_a_signal_and_frames_cancel_it():
    out = _process([("jen peux plus de cette vie, je vois plus le bout du tunnel", "besoin_argent", 0.6),
                    ("je veux en finir avec mes dettes", "besoin_dettes", 0.8)])
    assert out[0]["intent"] == {"name": "urgence_suicide", "confidence": 1.0}
    assert out[0]["urgence"]["signaux"] == ["suicide:lecteur:suicide"]
    # A figure of speech cancels the reader's reading as it cancels a topic word.
    assert out[1]["intent"]["name"] == "besoin_dettes" and out[1]["urgences"] == []


def test_diets_emergency_counts_only_with_diet_vote_and_frames_cancel_it():
    texts = [("je ne sais plus quoi faire de ma peau", "urgence_suicide", 0.9),
             ("je ne sais plus quoi faire de ma peau", "urgence_suicide", 0.2),
             ("c'est quoi le 3114 exactement ?", "urgence_suicide", 0.95)]
    # By default DIET's emergency intent is no signal: the next intent of the ranking answers (here
    # below the fallback threshold: a message that tells something), and DIET's reading is kept.
    default = _process(texts[:1])
    assert default[0]["intent"]["name"] == "informer" and default[0]["urgences"] == []
    assert default[0]["urgence"]["diet"] == ["suicide", 0.9]
    out = _process(texts, {"diet_vote": True})
    assert out[0]["intent"] == {"name": "urgence_suicide", "confidence": 1.0}
    assert out[0]["urgence"]["signaux"] == ["suicide:diet:urgence_suicide"]
    # Below the threshold, or cancelled by a frame (a question about a line): not an emergency,
    # the next intent of the ranking answers when it is a reading, else « informer ».
    assert out[1]["intent"]["name"] == "informer" and out[1]["urgences"] == []
    assert out[2]["intent"]["name"] == "informer" and out[2]["urgences"] == []
    confident = _process([("c'est quoi le 3114 exactement ?", "urgence_suicide", 0.5, 0.45)], {"diet_vote": True})
    assert confident[0]["intent"]["name"] == "besoin_logement"


def test_a_dropped_emergency_leaves_a_message_that_tells_something():
    """DIET's emergency dropped (no vote), what is left of the ranking below the fallback threshold is
    no reading: « en tout dans les 970 par mois », an answer to the form, had become goodbye at 0.001.
    The message tells something: ``informer``, which the action server reads as facts or an answer."""
    out = _process([("en tout dans les 970 par mois je pense", "urgence_suicide", 0.998)])
    # the script's ranking: the emergency, then besoin_logement at 0.1
    assert out[0]["intent"]["name"] == "informer" and out[0]["urgences"] == []
    assert out[0]["ranking"][0]["name"] == "informer"


def test_the_fallback_threshold_is_the_fallback_classifiers():
    pipeline = yaml.safe_load((ROOT / "bot" / "config.yml").read_text())["pipeline"]
    seuil = next(c["threshold"] for c in pipeline if c["name"] == "FallbackClassifier")
    assert f"DEFAULT_FALLBACK_THRESHOLD = {seuil}" in (ROOT / "bot" / "rasa_ext" / "safety_net.py").read_text()
    # the actions weigh the classifier's need behind an uncertain danger from the same threshold
    from actions.urgences import SEUIL_BESOIN_DU_CLASSEMENT
    assert SEUIL_BESOIN_DU_CLASSEMENT == seuil


def test_safety_net_is_in_the_pipeline_after_the_fallback_classifier():
    names = [c["name"] for c in yaml.safe_load((ROOT / "bot" / "config.yml").read_text())["pipeline"]]
    assert names.index("bot.rasa_ext.safety_net.SafetyNet") > names.index("FallbackClassifier")
