"""Rasa graph component: the deterministic safety net overrides the intent.

Placed in the pipeline after the FallbackClassifier. When
``common.safety.detect`` finds urgent danger in the text, the intent becomes
``urgence_<type>`` (the most urgent type) with confidence 1.0, whatever DIET or
the fallback said: a low-confidence classification never hides an explicit
message such as "je veux mourir" or "il me frappe", and another emergency
predicted by DIET gives way to the patterns' type. When the patterns find
nothing, an emergency predicted by DIET is kept (a false alarm answered gently
rather than a miss). Every type found is also added to the parse
result under ``urgences`` (for logs and the actions).

Declared in ``bot/config.yml`` as ``bot.rasa_ext.safety_net.SafetyNet`` (the repository root is
on PYTHONPATH); the patterns live in ``common.safety``.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from common.safety import INTENT_PREFIX, detect

URGENCES_KEY = "urgences"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Overrides the intent with the emergency one when the safety patterns match."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyNet":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process(message)
        return messages

    @staticmethod
    def _process(message: Message) -> None:
        text = message.get(TEXT)
        if not text:
            return
        found = detect(text)
        message.set(URGENCES_KEY, found, add_to_output=True)
        if not found:
            return
        # The patterns' type wins, even over another emergency predicted by DIET ("je veux
        # mettre fin à mes jours" read as hunger): the curated patterns are the precise ones.
        current = message.get(INTENT) or {}
        if current.get(INTENT_NAME_KEY) == INTENT_PREFIX + found[0]:
            return
        intent = {INTENT_NAME_KEY: INTENT_PREFIX + found[0], PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent[INTENT_NAME_KEY]]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
