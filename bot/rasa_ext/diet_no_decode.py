"""Rasa graph component: DIET trained without decoding the entity tags at every step.

Rasa 3.6's DIET (``TransformerRasaModel._calculate_entity_loss``) runs the CRF's Viterbi decode at
every training step only to show an entity F1 in the progress bar: the gradient comes from the
CRF's loss alone. On this assistant's shape the decode costs about twice the loss and its
gradient (``bench/crf_cost.py``: 387 against 176 ms for a batch of 128 messages padded to 88
tokens, 2 cores). Here, in training, the CRF layer is built as Rasa builds it and the progress
bar's entity F1 reads the best tag of each token instead (an estimate, shown only); the loss, the
layers, the weights and everything at prediction time are Rasa's own. The entity loss is the last
part of DIET's training step, so no random operation comes after the decode that is left out.

Declared in ``bot/config.yml`` since the eleventh session (first as the trial
``bench/pipelines/diet1-nodecode.yml``); ``tests/test_diet_no_decode.py`` trains it beside Rasa's
DIET and finds every weight equal.
"""
from __future__ import annotations

from typing import Optional, Text, Tuple, Type

import tensorflow as tf
from keras.utils import tf_utils
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIET, DIETClassifier
from rasa.utils.tensorflow.models import RasaModel


class DIETWithoutTrainingDecode(DIET):
    """DIET whose training step leaves out the Viterbi decode of the entity tags."""

    def _calculate_entity_loss(self, inputs: tf.Tensor, tag_ids: tf.Tensor, mask: tf.Tensor,
                               sequence_lengths: tf.Tensor, tag_name: Text,
                               entity_tags: Optional[tf.Tensor] = None) -> Tuple[tf.Tensor, tf.Tensor, tf.Tensor]:
        if not self._training:
            return super()._calculate_entity_loss(inputs, tag_ids, mask, sequence_lengths, tag_name, entity_tags)
        tag_ids = tf.cast(tag_ids[:, :, 0], tf.int32)
        if entity_tags is not None:
            inputs = tf.concat([inputs, self._tf_layers[f"embed.{tag_name}.tags"](entity_tags)], axis=-1)
        logits = self._tf_layers[f"embed.{tag_name}.logits"](inputs)
        crf = self._tf_layers[f"crf.{tag_name}"]
        if not crf.built:  # what the layer's first call does before decoding
            with tf_utils.maybe_init_scope(crf):
                crf.build(logits.shape)
        loss = crf.loss(logits, tag_ids, sequence_lengths)
        best_tags = tf.cast(tf.argmax(logits, axis=-1), tf.int32)  # the progress bar's F1 only
        return loss, crf.f1_score(tag_ids, best_tags, mask), logits


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class NoDecodeDIETClassifier(DIETClassifier):
    """Rasa's DIETClassifier, trained with ``DIETWithoutTrainingDecode``."""

    @staticmethod
    def model_class() -> Type[RasaModel]:
        return DIETWithoutTrainingDecode
