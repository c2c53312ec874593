"""Rasa graph component: Rasa's CRF entity extractor, loaded instead of trained again.

Rasa 3.6's ``CRFEntityExtractor`` keeps only its training features in the model and trains its
conditional random fields again each time the model is loaded (65 s on this machine, all of it
added to the time before the bot answers). This subclass stores the trained CRFsuite model files
instead and opens those at load; training and prediction are Rasa's own.

Why: DIET's entity head costs about half of each training epoch (on 4,300 examples, 10-11 s of
an epoch without it, about 20 s with it). The trials ``dietint1-e60-storedcrf`` and
``dietint1-e100-storedcrf`` of ``bench/pipelines/`` (DIET for the intents, this extractor for the
entities) train 1.6 to 2.6 times faster and read the entities better, but lose 1.7 to 2.1 points of
held-out intent F1, so ``bot/config.yml`` keeps DIET's entities (README, "NLU pipeline trials").

Declared in a pipeline as ``bot.rasa_ext.crf_entities.StoredCRFEntityExtractor``.
"""
from __future__ import annotations

import logging
import shutil
from collections import OrderedDict
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor, CRFToken

logger = logging.getLogger(__name__)

ORDER_FILE = "crf_order.json"


def _model_file(tag_name: str) -> str:
    return f"crf_{tag_name}.crfsuite"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class StoredCRFEntityExtractor(CRFEntityExtractor):
    """``CRFEntityExtractor`` whose trained model is stored, not its training data."""

    def persist(self, dataset: List[List[CRFToken]]) -> None:
        """Store the order of the taggers and each tagger's CRFsuite model file."""
        import rasa.shared.utils.io

        with self._model_storage.write_to(self._resource) as model_dir:
            rasa.shared.utils.io.dump_obj_as_json_to_file(model_dir / ORDER_FILE, self.crf_order)
            for tag_name, tagger in (self.entity_taggers or {}).items():
                shutil.copyfile(tagger.modelfile.name, model_dir / _model_file(tag_name))

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> StoredCRFEntityExtractor:
        """Open the stored taggers (an extractor trained without entities has none)."""
        import pycrfsuite
        import rasa.shared.utils.io
        import sklearn_crfsuite

        try:
            with model_storage.read_from(resource) as model_dir:
                crf_order = rasa.shared.utils.io.read_json_file(model_dir / ORDER_FILE)
                taggers: OrderedDict[str, Any] = OrderedDict()
                for tag_name in crf_order:
                    crf = sklearn_crfsuite.CRF()
                    tagger = pycrfsuite.Tagger()
                    # In memory: the model storage's directory may go once the model is loaded.
                    crf._model_bytes = (model_dir / _model_file(tag_name)).read_bytes()
                    tagger.open_inmemory(crf._model_bytes)
                    crf._tagger = tagger
                    taggers[tag_name] = crf
        except (ValueError, FileNotFoundError):
            logger.warning("%s: no trained entity model in '%s'.", cls.__name__, resource.name)
            return cls(config, model_storage, resource)
        extractor = cls(config, model_storage, resource, taggers)
        extractor.crf_order = crf_order
        return extractor
