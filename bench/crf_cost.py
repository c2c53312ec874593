"""What DIET's entity CRF costs per training step: its loss with the gradient, and the Viterbi decode.

Rasa 3.6's DIET (``rasa.utils.tensorflow.models.TransformerRasaModel._calculate_entity_loss``) decodes
the best tag sequence at every training step only to show an entity F1 in the progress bar; the
gradient comes from the loss alone. This times both on random inputs of this assistant's shape
(57 BILOU tags for 14 entities, batches of 128 messages padded to 20, 50 or 88 tokens: most random
batches hold one long written emergency), in traced ``tf.function``s as in training.

    .venv-bot/bin/python bench/crf_cost.py
"""
from __future__ import annotations

import os
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import tensorflow as tf  # noqa: E402
from rasa.utils.tensorflow import crf  # noqa: E402

BATCH, TAGS, STEPS = 128, 57, 20


def timed(function) -> float:
    function()  # trace
    start = time.perf_counter()
    for _ in range(STEPS):
        function()
    return (time.perf_counter() - start) / STEPS * 1000


def main() -> None:
    tf.random.set_seed(0)
    print(f"CRF of {TAGS} tags, batches of {BATCH} ({os.cpu_count()} cores), ms per step:")
    for length in (20, 50, 88):
        logits = tf.random.normal((BATCH, length, TAGS))
        tags = tf.random.uniform((BATCH, length), 0, TAGS, tf.int32)
        lengths = tf.random.uniform((BATCH,), 5, length + 1, tf.int32)
        transitions = tf.Variable(tf.random.normal((TAGS, TAGS)))

        @tf.function
        def loss_and_gradient():
            with tf.GradientTape() as tape:
                tape.watch(logits)
                likelihood, _ = crf.crf_log_likelihood(logits, tags, lengths, transitions)
                loss = -tf.reduce_mean(likelihood)
            return tape.gradient(loss, [logits, transitions])

        @tf.function
        def decode():
            return crf.crf_decode(logits, transitions, lengths)

        print(f"  padded to {length:2d} tokens: loss + gradient {timed(loss_and_gradient):6.1f}, "
              f"Viterbi decode (progress bar only) {timed(decode):6.1f}")


if __name__ == "__main__":
    main()
