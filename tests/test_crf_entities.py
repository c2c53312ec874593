"""bot/rasa_ext/crf_entities.py, in the bot environment: the entity CRF trained by Rasa is stored
and opened at load, not trained again, and the loaded taggers give the trained ones' marginals."""
from __future__ import annotations

import json
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
import numpy as np
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.extractors.crf_entity_extractor import CRFToken
from bot.rasa_ext.crf_entities import StoredCRFEntityExtractor as X

def sentence(words):
    return [CRFToken(w.split("/")[0], "", {}, np.zeros(1), (w.split("/") + ["O"])[1], "O", "O") for w in words]

TRAIN = [sentence(s.split()) for s in [
    "j habite a Lyon/U-commune", "j habite a Brest/U-commune", "je vis a Nantes/U-commune",
    "je suis a Paris/U-commune", "bonjour", "j ai 34 ans", "je paie 620 euros", "merci beaucoup"] * 3]
TEST = [sentence("j habite a Lille".split()), sentence("bonjour merci".split())]

config = {**X.get_default_config(), "features": [["low", "title"], ["low", "bias", "suffix3", "title"], ["low", "title"]]}
storage = LocalModelStorage(Path(tempfile.mkdtemp()))
resource = Resource("crf")
trained = X(config, storage, resource)
trained.crf_order = ["entity"]
trained.entity_taggers = X.train_model(TRAIN, config, trained.crf_order)
trained.persist(TRAIN)

def marginals(extractor):
    return [extractor.entity_taggers["entity"].predict_marginals_single(X._crf_tokens_to_features(s, config))
            for s in TEST]

def no_training(*args, **kwargs):
    raise AssertionError("trained again at load")
X.train_model = classmethod(no_training)
loaded = X.load(config, storage, resource, None)
stored = sorted(p.name for p in (storage._storage_path / "crf").iterdir())
print(json.dumps({"stored": stored, "trained": marginals(trained), "loaded": marginals(loaded),
                  "order": loaded.crf_order}))
"""


def test_the_trained_crf_is_stored_and_opened_at_load_with_the_same_marginals():
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["stored"] == ["crf_entity.crfsuite", "crf_order.json"]  # the model, not the training data
    assert out["order"] == ["entity"]
    assert out["loaded"] == out["trained"]
    lille = out["loaded"][0][3]
    assert max(lille, key=lille.get) == "U-commune"  # the tagger learnt something, and it is the one loaded
