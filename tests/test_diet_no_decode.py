"""bot/rasa_ext/diet_no_decode.py: DIET trained without the Viterbi decode of every step ends with the
very weights of Rasa's own DIET (same data, same seed): only the progress bar's entity F1 differs.

Both are trained by ``rasa train nlu`` in the bot environment on a small French set with entities
(a light pipeline, so that the test takes seconds of training), then every tensor of the two
checkpoints is compared: the weights and the optimiser's state must be equal to the bit; only the
metrics' accumulators may differ.
"""
from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

from harness.processes import BOT_BIN, ROOT, run_bot_script

NLU = """
version: "3.1"
nlu:
- intent: informer
  examples: |
    - j'habite à [Lyon](commune)
    - je vis à [Brest](commune) avec mes enfants
    - nous sommes à [Nantes](commune)
    - j'ai [34](age) ans
    - j'ai [52](age) ans et je vis à [Lille](commune)
    - je suis à [Rennes](commune), j'ai [27](age) ans
    - [61](age) ans, [Metz](commune)
    - mon fils a [12](age) ans
- intent: saluer
  examples: |
    - bonjour
    - bonsoir madame
    - salut
    - bonjour, j'ai une question
- intent: remercier
  examples: |
    - merci
    - merci beaucoup
    - c'est gentil, merci
    - merci pour votre aide
"""

CONFIG = """
recipe: default.v1
language: fr
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 3
  - name: {diet}
    epochs: 3
    number_of_transformer_layers: 1
    transformer_size: 32
    random_seed: 42
policies: []
"""

_COMPARE = r"""
import glob, json, sys
import numpy as np, tensorflow as tf
def reader(root):
    index = glob.glob(root + "/components/train_*DIET*/*.tf_model.index")[0]
    return tf.train.load_checkpoint(index[: -len(".index")])
a, b = reader(sys.argv[1]), reader(sys.argv[2])
keys_a, keys_b = set(a.get_variable_to_shape_map()), set(b.get_variable_to_shape_map())
differ = sorted(k for k in keys_a & keys_b if k != "_CHECKPOINTABLE_OBJECT_GRAPH"
                and not np.array_equal(a.get_tensor(k), b.get_tensor(k)))
print("RESULT " + json.dumps({"same_keys": keys_a == keys_b, "count": len(keys_a), "differ": differ}))
"""


def _train(tmp: Path, name: str, diet: str) -> Path:
    (tmp / f"{name}.yml").write_text(CONFIG.format(diet=diet))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "3",
           "RASA_CACHE_DIRECTORY": str(tmp / f"cache-{name}")}
    run = subprocess.run([str(BOT_BIN / "rasa"), "train", "nlu", "--config", str(tmp / f"{name}.yml"),
                          "--nlu", str(tmp / "nlu.yml"), "--out", str(tmp / "models"), "--fixed-model-name", name],
                         cwd=tmp, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    target = tmp / name
    target.mkdir()
    subprocess.run(["tar", "xzf", str(tmp / "models" / f"{name}.tar.gz"), "-C", str(target)], check=True,
                   capture_output=True)
    return target


def test_training_without_the_decode_gives_rasas_own_weights(tmp_path):
    (tmp_path / "nlu.yml").write_text(textwrap.dedent(NLU))
    stock = _train(tmp_path, "stock", "DIETClassifier")
    fast = _train(tmp_path, "nodecode", "bot.rasa_ext.diet_no_decode.NoDecodeDIETClassifier")
    out = run_bot_script(_COMPARE, str(stock), str(fast), env={"TF_CPP_MIN_LOG_LEVEL": "3"}, timeout=300)
    assert out["same_keys"] and out["count"] > 50
    # Only the metrics' accumulators: the progress bar's entity F1 and the running mean of the loss
    # (its float sum may round differently); no weight, no optimiser slot.
    assert all("/f1_score_metric/" in k or k.startswith(("model/entity_f1/", "model/total_loss/"))
               for k in out["differ"]), out["differ"]
    assert any("/f1_score_metric/" in k for k in out["differ"])  # the F1 is the estimate, as documented
