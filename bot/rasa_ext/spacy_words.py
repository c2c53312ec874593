"""Rasa graph component: spaCy's French model as this pipeline reads it, loaded once per process.

The tokenizer reads spaCy's words, lemmas and parts of speech; the CRF reads the words and the
parts of speech. Nothing reads spaCy's dependency parse (Rasa's ``SpacyNLP`` already leaves it
out) nor its named entities, whose recogniser was a third of spaCy's time on every message and
on every training. This loader:

- leaves both out (``exclude``: not even loaded). Words, lemmas, parts of speech and tags are
  the same (compared on the 4,285 examples of ``data/nlu``, 2026-12-03);
- loads the model once per process (Rasa's graph loads it at two nodes, about 4 s each);
- takes spaCy's 1.4-million-character word pattern from ``regex_cache`` (about 5 s).

Measured in a training after a one-line NLU change (2026-12-03, debug log of ``rasa train``):
spaCy's part went from 26 s (load 9 s, load again 3 s, the examples 14 s) to 20 s (load 11 s, on
a machine whose word-pattern cache was still empty, the examples 9 s). Until 2026-12-03,
``fast_load`` gave the server the sharing and switched the recogniser off there only, so every
training ran it for nothing.

Declared in a pipeline as ``bot.rasa_ext.spacy_words.SpacyWords``, in ``SpacyNLP``'s place (the
``SpacyTokenizer`` accepts it: it is a ``SpacyNLP``).
"""
from __future__ import annotations

import threading
from typing import Dict, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.exceptions import InvalidConfigException

from bot.rasa_ext import regex_cache

UNREAD_PIPES = ["parser", "ner"]

_models: Dict[Text, SpacyModel] = {}
_lock = threading.Lock()


def load_once(spacy_model_name: Text) -> SpacyModel:
    """The model without the pipes nobody reads, shared by every node of the process."""
    import spacy

    with _lock:
        if spacy_model_name not in _models:
            if not spacy_model_name:
                raise InvalidConfigException("SpacyWords: the spaCy model to load is missing (`model`).")
            regex_cache.install()
            try:
                language = spacy.load(spacy_model_name, exclude=UNREAD_PIPES)
            except OSError as error:
                raise InvalidConfigException(
                    f"SpacyWords: the spaCy model '{spacy_model_name}' is not installed "
                    f"(requirements/bot.txt installs fr_core_news_md).") from error
            _models[spacy_model_name] = SpacyModel(model=language, model_name=spacy_model_name)
        return _models[spacy_model_name]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MODEL_LOADER, DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
    is_trainable=False,
    model_from="SpacyWords",
)
class SpacyWords(SpacyNLP):
    """Rasa's ``SpacyNLP``, on the model loaded by ``load_once``."""

    @staticmethod
    def load_model(spacy_model_name: Text) -> SpacyModel:
        return load_once(spacy_model_name)
