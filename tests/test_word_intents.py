"""bot/rasa_ext/word_intents.py, in the bot environment: the intent classifier trained by Rasa is
stored as plain arrays, and the loaded one gives the trained one's probabilities and rankings."""
from __future__ import annotations

import json
import os
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json, tempfile
from pathlib import Path
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.rasa_ext.word_intents import WordIntentClassifier as C

EXAMPLES = {
    "greet": ["bonjour", "salut", "bonsoir", "coucou", "bonjour madame", "salut a vous"],
    "besoin_logement": ["je cherche un logement", "je n'ai plus d'appartement", "trouver un logement social",
                        "je dois quitter mon appart", "besoin d'un toit", "demande de HLM"],
    "besoin_alimentation": ["je n'ai plus rien a manger", "colis alimentaire", "besoin de nourriture",
                            "les restos du coeur", "aide pour manger", "banque alimentaire"],
}
data = TrainingData([Message(data={"text": t, "intent": i}) for i, ts in EXAMPLES.items() for t in ts])
storage = LocalModelStorage(Path(tempfile.mkdtemp()))
resource = Resource("intents")
config = {"ranking_length": 2}
trained = C.create(config, storage, resource, None)
trained.train(data)
TEST = ["bjr", "jai plus de logement", "on a rien a manger ce soir", "", "🙂🙂"]

def read(classifier):
    messages = classifier.process([Message(data={"text": t}) for t in TEST])
    return [{"intent": m.get("intent"), "ranking": m.get("intent_ranking")} for m in messages]

loaded = C.load(config, storage, resource, None)
stored = sorted(p.name for p in (storage._storage_path / "intents").iterdir())
print(json.dumps({"stored": stored, "trained": read(trained), "loaded": read(loaded)}))
"""


def test_the_classifier_is_stored_as_arrays_and_loads_with_the_same_readings(tmp_path):
    # Its warm-start file goes to a throwaway cache, not to the repository's .rasa/cache.
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env={**os.environ, "RASA_CACHE_DIRECTORY": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["stored"] == ["intents.json", "weights.npz"]  # no pickle
    trained, loaded = out["trained"], out["loaded"]
    for a, b in zip(trained, loaded):
        assert a["intent"]["name"] == b["intent"]["name"]
        assert abs(a["intent"]["confidence"] - b["intent"]["confidence"]) < 1e-5
        assert [r["name"] for r in a["ranking"]] == [r["name"] for r in b["ranking"]]
    # It learnt something: typos and SMS spellings read through the letters.
    assert [r["intent"]["name"] for r in loaded[:3]] == ["greet", "besoin_logement", "besoin_alimentation"]
    # Every message gets an intent and a ranking of the configured length, an empty one or emojis too
    # (low confidences: the fallback classifier after it decides).
    assert all(len(r["ranking"]) == 2 for r in loaded)
    assert all(r["intent"]["confidence"] < 0.6 for r in loaded[3:])
    ranking = loaded[1]["ranking"]
    assert ranking[0]["confidence"] >= ranking[1]["confidence"] and ranking[0] == loaded[1]["intent"]
