"""Rasa graph component: the deterministic safety net overrides the intent.

Placed in the pipeline after the FallbackClassifier. ``common.safety.analyse`` reads the text
(lexicons combined by rules: who does what to whom, means and preparations, the person's age…)
and weighs its learned reader's reading as one more signal (``common.lecteur_urgences``;
cancelled, like a topic word, by a question about a line, a professional's procedure, a figure of
speech or a danger long past). DIET's emergency intents no longer count as a signal (2026-12-03:
the reader catches as much on messages written apart with half the false alarms); with
``diet_vote: true`` in the component's config they count again, from ``diet_threshold`` on. When it finds
urgent danger, the intent becomes ``urgence_<type>`` (the most urgent type) with confidence 1.0,
whatever DIET or the fallback said: a low-confidence classification never hides "je veux mourir"
or "j'ai 11 ans et mon père me frappe", and another emergency predicted by DIET gives way to the
detector's type (a child writing is a child in danger, 119, even when DIET read violence).

The parse result carries, for the actions (``tracker.latest_message``) and the bench:
``urgences`` (the types, most urgent first) and ``urgence`` (types, the lines to give in order,
the signals that fired, whether the writer is a minor and whether the danger is immediate). The
actions answer from it instead of detecting again. Nothing of the text is logged.

Declared in ``bot/config.yml`` as ``bot.rasa_ext.safety_net.SafetyNet`` (the repository root is
on PYTHONPATH); the detector lives in ``common.safety``.
"""
from __future__ import annotations

import logging
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

from common.lecteur_urgences import lecteur
from common.safety import INTENT_PREFIX, analyse, type_of_intent

logger = logging.getLogger(__name__)

URGENCES_KEY = "urgences"
DETAIL_KEY = "urgence"
# With diet_vote, DIET's emergency intent counts as a signal from this confidence on.
DEFAULT_DIET_THRESHOLD = 0.5
# The FallbackClassifier's threshold in bot/config.yml: an intent left below it is no reading.
DEFAULT_FALLBACK_THRESHOLD = 0.4
# The intent of a message that tells the person's situation (bot/data/nlu).
INTENT_INFORMER = "informer"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Overrides the intent with the emergency one when the safety net finds urgent danger."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"diet_vote": False, "diet_threshold": DEFAULT_DIET_THRESHOLD,
                "fallback_threshold": DEFAULT_FALLBACK_THRESHOLD}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = {**self.get_default_config(), **(config or {})}
        lecteur()  # the reader's weights are read at load time, not at the first message

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyNet":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process(message)
        return messages

    @staticmethod
    def _urgence_diet(message: Message) -> tuple[Any, float]:
        """DIET's best emergency intent and its confidence: the top intent, or the best emergency
        of the ranking when the fallback classifier replaced a low-confidence emergency."""
        for candidate in [message.get(INTENT) or {}, *(message.get(INTENT_RANKING_KEY) or [])[:2]]:
            kind = type_of_intent(candidate.get(INTENT_NAME_KEY))
            if kind:
                return kind, float(candidate.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        return None, 0.0

    def _process(self, message: Message) -> None:
        text = message.get(TEXT)
        if not text:
            return
        threshold = float(self.component_config.get("diet_threshold", DEFAULT_DIET_THRESHOLD))
        kind, confidence = self._urgence_diet(message)
        vote = bool(self.component_config.get("diet_vote"))
        indice = (kind, f"diet:{INTENT_PREFIX}{kind}") if vote and kind and confidence >= threshold else None
        detection = analyse(text, indice)
        if detection:
            # The signals only, never the text.
            logger.debug("Safety net: types=%s signals=%s", detection.types, detection.signaux)
        message.set(URGENCES_KEY, list(detection.types), add_to_output=True)
        # DIET's own reading is kept beside the detector's (the bench measures the threshold).
        message.set(DETAIL_KEY, {**detection.to_dict(), "diet": [kind, round(confidence, 3)] if kind else None},
                    add_to_output=True)
        current = message.get(INTENT) or {}
        if not detection:
            # DIET alone said emergency and a frame cancelled it (a question about the 115…):
            # its intent must not reach the emergency rule.
            if type_of_intent(current.get(INTENT_NAME_KEY)):
                ranking = [r for r in message.get(INTENT_RANKING_KEY) or []
                           if not type_of_intent(r.get(INTENT_NAME_KEY))]
                seuil = float(self.component_config.get("fallback_threshold", DEFAULT_FALLBACK_THRESHOLD))
                if ranking and float(ranking[0].get(PREDICTED_CONFIDENCE_KEY) or 0.0) >= seuil:
                    message.set(INTENT, dict(ranking[0]), add_to_output=True)
                else:
                    # What is left is a guess (« en tout dans les 970 par mois » read as goodbye at 0.001 once
                    # DIET's suicide was dropped, « j'habite à Matoury en fait, pas Cayenne » as not understood
                    # once its violence was): the person tells something, which the action server reads as
                    # facts, an answer or a correction, as it read them when DIET's reading counted as an
                    # uncertain danger.
                    fallback = {INTENT_NAME_KEY: INTENT_INFORMER, PREDICTED_CONFIDENCE_KEY: seuil}
                    message.set(INTENT, fallback, add_to_output=True)
                    ranking = [fallback, *ranking]
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            return
        name = INTENT_PREFIX + detection.types[0]
        if current.get(INTENT_NAME_KEY) == name and current.get(PREDICTED_CONFIDENCE_KEY) == 1.0:
            return
        intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
