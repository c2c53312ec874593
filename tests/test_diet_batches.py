"""bot/rasa_ext/diet_batches.py, in the bot environment: DIET's training batches hold messages of
similar length, every example is still seen once per epoch, and Rasa's generator is given
back after DIET's training (TED keeps Rasa's own)."""
from __future__ import annotations

import json
import subprocess

import pytest

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json
import numpy as np
import scipy.sparse
from rasa.shared.nlu.constants import TEXT
from rasa.utils import train_utils
from rasa.nlu.classifiers.diet_classifier import LABEL_KEY, LABEL_SUB_KEY
from rasa.utils.tensorflow.constants import SEQUENCE, SEQUENCE_LENGTH
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import FeatureArray, RasaModelData
from bot.rasa_ext import diet_batches as D

np.random.seed(7)
# 600 messages: most short, one in twenty long (like written emergencies); the example's index is
# its only feature value, so a batch says which examples it holds.
lengths = np.where(np.random.rand(600) < 0.05, np.random.randint(40, 90, 600), np.random.randint(2, 15, 600))
sequences = [scipy.sparse.coo_matrix(np.full((n, 1), i + 1.0)) for i, n in enumerate(lengths)]
labels = np.random.randint(0, 5, 600)
data = RasaModelData(label_key=LABEL_KEY, label_sub_key=LABEL_SUB_KEY)
data.add_features(TEXT, SEQUENCE, [FeatureArray(np.array(sequences), number_of_dimensions=3)])
data.add_features(LABEL_KEY, LABEL_SUB_KEY, [FeatureArray(labels.reshape(-1, 1), number_of_dimensions=2)])
data.add_lengths(TEXT, SEQUENCE_LENGTH, TEXT, SEQUENCE)

def epochs(generator, count):
    seen, padded = [], 0
    for _ in range(count):
        ids = []
        for b in range(len(generator)):
            batch, _ = generator[b]
            values, shape = batch[1], batch[2]  # sparse features: indices, values, shape
            padded += int(shape[0] * shape[1])
            ids += sorted({int(v) - 1 for v in np.asarray(values)})
        seen.append(ids)
        generator.on_epoch_end()
    return seen, padded

order = D.length_ordered_ids(np.array([5, 1, 9, 3, 7, 2, 8]), 2, window_batches=2)
rasa, padded_rasa = epochs(RasaBatchDataGenerator(data, [64, 256], epochs=4, batch_strategy="sequence"), 4)
ours, padded_ours = epochs(D.LengthBucketedBatchDataGenerator(data, [64, 256], epochs=4, batch_strategy="sequence"), 4)
balanced, _ = epochs(D.LengthBucketedBatchDataGenerator(data, 64, epochs=1, batch_strategy="balanced"), 1)
apart_order = D.long_apart_ids(np.array([50, 3, 45, 2, 4, 41, 5]), 2, limit=40)
apart, padded_apart = epochs(D.LongApartBatchDataGenerator(data, [64, 256], epochs=4, batch_strategy="sequence"), 4)

rasa_generator = train_utils.RasaBatchDataGenerator
with D.generator_while_training(D.LengthBucketedBatchDataGenerator):
    inside = train_utils.create_data_generators(data, 64, 2)[0]
with D.generator_while_training(D.LongApartBatchDataGenerator):
    inside_apart = train_utils.create_data_generators(data, 64, 2)[0]
print(json.dumps({
    "order": order.tolist(), "tokens": int(lengths.sum()) * 4, "padded_rasa": padded_rasa,
    "padded_ours": padded_ours, "ours_sorted": [sorted(e) for e in ours], "all": list(range(600)),
    "balanced_unique": len(set(balanced[0])), "inside": type(inside).__name__,
    "apart_order": apart_order.tolist(), "padded_apart": padded_apart, "apart_sorted": [sorted(e) for e in apart],
    "inside_apart": type(inside_apart).__name__,
    "restored": train_utils.RasaBatchDataGenerator is rasa_generator}))
"""


@pytest.fixture(scope="module")
def out():
    """The script's figures, run once in the bot environment."""
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def test_batches_hold_similar_lengths_every_example_once_and_rasas_factory_is_given_back(out):
    # Windows of 2 batches of 2: [5, 1, 9, 3] -> batches (1, 3) and (5, 9); [7, 2, 8] -> (2, 7), then
    # the short batch (8) last.
    batches = [out["order"][i:i + 2] for i in range(0, 6, 2)]
    assert sorted(map(sorted, batches)) == [[0, 2], [1, 3], [4, 5]] and out["order"][6] == 6
    assert all(e == out["all"] for e in out["ours_sorted"])  # each example once per epoch, none lost
    assert out["padded_ours"] < 0.6 * out["padded_rasa"]  # far fewer padded positions than Rasa's batches
    assert out["padded_ours"] >= out["tokens"]
    assert out["balanced_unique"] > 500  # Rasa's balancing still runs first (it repeats rare labels)
    assert out["inside"] == "LengthBucketedBatchDataGenerator" and out["restored"]


def test_long_messages_apart_keep_every_example_once_and_pad_far_less(out):
    # Lengths [50, 3, 45, 2, 4, 41, 5], limit 40, batches of 2: the long ones (0, 2, 5) gather, the
    # last completed by the last short one (6); the short ones keep their order, (1, 3), and the
    # remaining short batch (4) ends the epoch.
    order = out["apart_order"]
    assert sorted(map(sorted, [order[i:i + 2] for i in range(0, 6, 2)])) == [[0, 2], [1, 3], [5, 6]]
    assert order[6] == 4
    assert all(e == out["all"] for e in out["apart_sorted"])  # each example once per epoch
    assert out["padded_apart"] < 0.5 * out["padded_rasa"] and out["padded_apart"] >= out["tokens"]
    assert out["inside_apart"] == "LongApartBatchDataGenerator" and out["restored"]
