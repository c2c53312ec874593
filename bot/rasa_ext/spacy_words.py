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

In a training, the examples' spaCy documents are also kept on disk beside Rasa's own cache
(``DocCache``: one file per spaCy version and model, in ``RASA_CACHE_DIRECTORY`` or
``.rasa/cache``). Rasa's cache cannot help there: one changed example changes the whole training
data, so every example went through spaCy again after a one-line NLU change (7 s on this
machine). Now only the new texts do; the documents read back carry the same words, lemmas, parts
of speech, tags and morphology (``DocBin``, tested on the examples of ``data/nlu``). Serving
never reads this cache.

Declared in a pipeline as ``bot.rasa_ext.spacy_words.SpacyWords``, in ``SpacyNLP``'s place (the
``SpacyTokenizer`` accepts it: it is a ``SpacyNLP``).
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.exceptions import InvalidConfigException

from bot.rasa_ext import regex_cache

logger = logging.getLogger(__name__)

UNREAD_PIPES = ["parser", "ner"]
# Above this many documents the file starts again from the current training's texts only.
DOC_CACHE_MAX = 50_000

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


class DocCache:
    """spaCy documents of training texts, on disk, for one spaCy version and one loaded model."""

    def __init__(self, model: Any, directory: Optional[Path] = None) -> None:
        import spacy
        from rasa.engine.caching import LocalTrainingCache

        self.model = model
        meta = getattr(model, "meta", {}) or {}
        key = "|".join([spacy.__version__, str(meta.get("lang")), str(meta.get("name")), str(meta.get("version")),
                        ",".join(model.pipe_names)])
        directory = directory or LocalTrainingCache._get_cache_location()
        self.path = Path(directory) / f"spacy_words-{hashlib.sha256(key.encode()).hexdigest()[:16]}.spacy"

    def _read(self) -> Dict[Text, Any]:
        from spacy.tokens import DocBin

        if not self.path.is_file():
            return {}
        try:
            docs = DocBin().from_bytes(self.path.read_bytes()).get_docs(self.model.vocab)
            return {doc.text: doc for doc in docs}
        except Exception as error:  # a damaged file is read again from spaCy, not trusted
            logger.warning("SpacyWords: cache %s unreadable (%s), texts parsed again.", self.path, error)
            return {}

    def _write(self, docs: Dict[Text, Any]) -> None:
        from spacy.tokens import DocBin

        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(DocBin(docs=docs.values(), store_user_data=False).to_bytes())
        os.replace(tmp, self.path)  # two trainings at once: the last whole file wins

    def docs(self, texts: List[Text]) -> List[Any]:
        """One document per text, from the file when it holds it, from spaCy otherwise."""
        known = self._read()
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            parsed = dict(zip(missing, self.model.pipe(missing, batch_size=50)))
            if len(known) + len(parsed) > DOC_CACHE_MAX:
                known = {t: known[t] for t in texts if t in known}
            known.update(parsed)
            try:
                self._write(known)
            except OSError as error:
                logger.warning("SpacyWords: cache %s not written (%s).", self.path, error)
        return [known[t] for t in texts]


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

    def _process_content_bearing_samples(self, model: Any,
                                         samples_to_pipe: List[Tuple[int, Text]]) -> List[Tuple[int, Any]]:
        """The training examples' documents, through ``DocCache`` (Rasa calls it in training only)."""
        docs = DocCache(model).docs([text for _, text in samples_to_pipe])
        return [(index, doc) for (index, _), doc in zip(samples_to_pipe, docs)]
