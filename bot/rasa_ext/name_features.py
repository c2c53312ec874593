"""Rasa graph component: the names of the intents and actions, counted as words, for TED.

TED reads the dialogue as a sequence of intents and actions; it learns them from the bag of
words of their names (``chercher_ccas`` -> « chercher », « ccas »), which Rasa's
``CountVectorsFeaturizer`` computes. That featurizer also counts every word of every message,
which no component reads any more since DIET left (2026-12-03): the intent classifier
(``word_intents``) and the CRF (``crf_entities``) build their own features from the text. Those
text vocabularies cost about 15 s of every training and a transform at every message.

This featurizer is Rasa's, restricted to the two name attributes. Their vocabularies are the ones
the full featurizer built (one vocabulary per attribute), so TED gets the same features, and a
change of the NLU examples no longer changes TED's inputs: Rasa's cache keeps TED.

Declared in a pipeline as ``bot.rasa_ext.name_features.NameCountVectorsFeaturizer``.
"""
from __future__ import annotations

from typing import List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.shared.nlu.constants import ACTION_NAME, INTENT

NAME_ATTRIBUTES = [INTENT, ACTION_NAME]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class NameCountVectorsFeaturizer(CountVectorsFeaturizer):
    """Bag of words of the intents' and actions' names only (word analyzer)."""

    @staticmethod
    def _attributes_for(analyzer: Text) -> List[Text]:
        return list(NAME_ATTRIBUTES)
