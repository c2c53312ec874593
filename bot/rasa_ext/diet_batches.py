"""Rasa graph components: DIET trained on batches that pad less.

Why: Rasa pads every training batch to its longest message, and DIET's layers (the
transformer, the entity CRF) compute over every padded position. The training messages are 12
tokens long on average, but some written emergencies run to 88; in batches drawn at random
(64 to 256 messages) nearly every batch holds one of them, so DIET computed over about 4.4
times as many positions as there are tokens (simulated on ``data/nlu``). Here each epoch's
examples, shuffled and balanced by Rasa as before, are cut into windows of a few batches; inside
a window the messages are ordered by length before being cut into batches, and the batches are
then shuffled. The examples, the model, its losses, masks and predictions are Rasa's own: only
which messages share a batch changes.

Declared by the trial ``bench/pipelines/diet1-bucketed.yml``, not by ``bot/config.yml``: the
whole model trained this way took 1,224 s instead of about 2,000 s, but lost 4 points of held-out
intent F1 and 7 of entity F1 (README, "NLU pipeline trials"). DIET's loss takes its negative
examples from the other messages of the batch, and a batch of one length is mostly of one kind.

A gentler variant, ``LongApartDIETClassifier``: only the few long messages (more than
``LONG_TOKENS`` tokens, about 2 % of ``data/nlu``) are gathered into batches of their own, placed
at random among the others; every other batch is Rasa's own (same messages, same balance of labels,
same order), but no longer padded to the one long message it nearly always held. Declared by the
trial ``bench/pipelines/diet1-longapart.yml`` only: 30 % fewer padded positions (simulated) did not
make DIET's epochs faster on this machine (README, "NLU pipeline trials", eighth session).
"""
from __future__ import annotations

import contextlib
from typing import Iterator, List, Optional

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils import train_utils
from rasa.utils.tensorflow.constants import SEQUENCE_LENGTH
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import Data, RasaModelData

# Batches per window: the messages of a window are ordered by length before being cut into
# batches. Wider windows pad less but make batches more alike (a batch of only short answers);
# 8 brings the padded positions from about 4.4 times the tokens to about 1.6 (simulated).
WINDOW_BATCHES = 8


def length_ordered_ids(lengths: np.ndarray, batch_size: int, window_batches: int = WINDOW_BATCHES) -> np.ndarray:
    """An order of the examples whose consecutive ``batch_size`` slices hold similar lengths.

    Every index appears once. Full batches are shuffled (``np.random``, seeded by Rasa); the
    one short batch an epoch may end with stays last, where Rasa's generator expects it.
    """
    lengths = np.asarray(lengths).reshape(-1)
    window = max(1, batch_size * window_batches)
    full: List[np.ndarray] = []
    short: List[np.ndarray] = []
    for start in range(0, len(lengths), window):
        ids = np.arange(start, min(start + window, len(lengths)))
        ids = ids[np.argsort(lengths[ids], kind="stable")]
        for i in range(0, len(ids), batch_size):
            chunk = ids[i : i + batch_size]
            (full if len(chunk) == batch_size else short).append(chunk)
    order = [full[i] for i in np.random.permutation(len(full))] + short
    return np.concatenate(order) if order else np.arange(0)


# Messages longer than this (in tokens) train in batches of their own. data/nlu: 85 of 4,285
# examples, against a median of 10 tokens; nearly every random batch of 64 held one of them.
LONG_TOKENS = 40


def long_apart_ids(lengths: np.ndarray, batch_size: int, limit: int = LONG_TOKENS) -> np.ndarray:
    """Rasa's order with the long examples gathered: the other examples keep their order and are cut
    into the same size of batches; the long ones (the last of their batches completed with short
    ones) go into batches of their own. Full batches are shuffled (``np.random``, seeded by Rasa);
    the one short batch an epoch may end with stays last, where Rasa's generator expects it."""
    lengths = np.asarray(lengths).reshape(-1)
    ids = np.arange(len(lengths))
    long_ids, short_ids = ids[lengths > limit], ids[lengths <= limit]
    size = max(1, batch_size)
    missing = (-len(long_ids)) % size if len(long_ids) else 0
    if missing and len(short_ids) >= missing:
        long_ids, short_ids = np.concatenate([long_ids, short_ids[-missing:]]), short_ids[:-missing]
    chunks = [c[i:i + size] for c in (short_ids, long_ids) for i in range(0, len(c), size)]
    full = [c for c in chunks if len(c) == size]
    short = [c for c in chunks if len(c) < size]
    order = [full[i] for i in np.random.permutation(len(full))] + short
    return np.concatenate(order) if order else np.arange(0)


def _text_lengths(data: Data) -> Optional[np.ndarray]:
    arrays = data.get(TEXT, {}).get(SEQUENCE_LENGTH) or []
    if not arrays:
        return None
    return np.asarray(arrays[0], dtype=np.int64).reshape(-1)


class _ReorderedBatchDataGenerator(RasaBatchDataGenerator):
    """Rasa's batch generator (batch sizes, shuffling, balancing), each epoch's examples then put in
    the order ``order(lengths, batch_size)`` gives."""

    @staticmethod
    def order(lengths: np.ndarray, batch_size: int) -> np.ndarray:
        raise NotImplementedError

    def _shuffle_and_balance(self, batch_size: int) -> Data:
        data = super()._shuffle_and_balance(batch_size)
        lengths = _text_lengths(data)
        if lengths is None:
            return data
        return RasaModelData._data_for_ids(data, self.order(lengths, batch_size))


class LengthBucketedBatchDataGenerator(_ReorderedBatchDataGenerator):
    """Rasa's batch generator, batches of similar lengths."""

    order = staticmethod(length_ordered_ids)


class LongApartBatchDataGenerator(_ReorderedBatchDataGenerator):
    """Rasa's batch generator, the few long messages in batches of their own."""

    order = staticmethod(long_apart_ids)


@contextlib.contextmanager
def generator_while_training(generator: type) -> Iterator[None]:
    """While DIET trains, Rasa's generator factory builds ``generator`` instead of its own.

    Rasa 3.6 offers no setting for the generator: ``train_utils.create_data_generators`` (called
    by DIETClassifier.train) builds the class its module names, so that name is swapped. Rasa's
    graph runs the training components one after the other (dask's synchronous scheduler), so
    TED, trained in another node, keeps Rasa's own generator.
    """
    rasa_generator = train_utils.RasaBatchDataGenerator
    train_utils.RasaBatchDataGenerator = generator
    try:
        yield
    finally:
        train_utils.RasaBatchDataGenerator = rasa_generator


class _RebatchedDIETClassifier(DIETClassifier):
    """Rasa's DIET (same model, same data), trained on the batches of ``generator``."""

    generator: type = RasaBatchDataGenerator

    def train(self, training_data: TrainingData) -> Resource:
        with generator_while_training(self.generator):
            return super().train(training_data)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class LengthBucketedDIETClassifier(_RebatchedDIETClassifier):
    """Rasa's DIET, trained on batches of messages of similar length."""

    generator = LengthBucketedBatchDataGenerator


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class LongApartDIETClassifier(_RebatchedDIETClassifier):
    """Rasa's DIET, its few long training messages in batches of their own."""

    generator = LongApartBatchDataGenerator


__all__ = ["LengthBucketedDIETClassifier", "LongApartDIETClassifier", "generator_while_training", "length_ordered_ids",
           "long_apart_ids", "LONG_TOKENS", "WINDOW_BATCHES"]
