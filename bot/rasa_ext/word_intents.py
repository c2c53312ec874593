"""Rasa graph component: the intent read by a linear model over the message's words and letters.

A multinomial logistic regression over the TF-IDF of the message's word unigrams and bigrams and
of its character n-grams inside words (2 to 5: robust to typos and SMS spellings), on the text
folded and with SMS spellings spelled out (``common.safety.normalise``: « jsp » -> « je sais
pas »), every digit read as 0 (« 34 » and « 620 euros » share their features with the numbers it
learnt, instead of being unknown words). It is trained with the rest of the Rasa model, on the intents of ``data/nlu``, and stored in
the model as plain arrays (``intents.json``, ``weights.npz``): nothing pickled is loaded.

Why it replaced DIET (2026-12-03, issue 17): DIET took 30 to 50 minutes of the model's training
on this 2-core machine, almost all of it its 100 epochs. This classifier trains in well under a
minute, and on the NLU held-out test set it reads the intents at least as well (README, "NLU
pipeline trials": its C and n-gram ranges were chosen by cross-validation on ``data/nlu`` only).
The entities moved to Rasa's CRF, stored trained (``crf_entities.StoredCRFEntityExtractor``).

Its probabilities are the softmax of the linear scores divided by ``temperature``. The fallback
classifier and the actions read these confidences with thresholds set for DIET's (0.4); at 1.0
the regression's softer probabilities sent nearly three times as many first messages of the
development conversations to the fallback (« je n'ai pas bien compris »: 111 of 338, DIET 40).
0.6 gives DIET's rate on them (40); the ranking, so the intent read, does not depend on it.

A training starts the regression from the last solution found with the same settings, kept
beside Rasa's cache (``WarmStart``: ``RASA_CACHE_DIRECTORY`` or ``.rasa/cache``), its columns
matched by n-gram and its rows by intent. The loss is strictly convex, so there is one optimum and
the start only changes how fast the solver gets there: after a one-line NLU change, 4 Newton
steps instead of 16, 10 s instead of 20 (2026-12-03), probabilities within 4e-4 of a cold start
on the 4,285 examples, no intent changed. With no file (a fresh clone, another machine) the
regression starts from zero as before.

Declared in a pipeline as ``bot.rasa_ext.word_intents.WordIntentClassifier``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import numpy as np

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from common.safety import normalise

logger = logging.getLogger(__name__)

INTENTS_FILE = "intents.json"
WEIGHTS_FILE = "weights.npz"
_DIGIT = re.compile(r"[0-9]")


def lire(text: str) -> str:
    """The text as the classifier reads it: folded, SMS spellings spelled out, every digit 0."""
    return _DIGIT.sub("0", normalise(text))


def _vectorisers(config: Dict[Text, Any]) -> list:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [
        TfidfVectorizer(preprocessor=lire, analyzer="word", ngram_range=tuple(config["word_ngrams"]),
                        sublinear_tf=True, dtype=np.float32),
        TfidfVectorizer(preprocessor=lire, analyzer="char_wb", ngram_range=tuple(config["char_ngrams"]),
                        min_df=config["char_min_df"], sublinear_tf=True, dtype=np.float32),
    ]


def _vocabularies(vectorisers: list) -> List[List[str]]:
    """Each vectoriser's n-grams in the order of its feature columns."""
    return [sorted(v.vocabulary_, key=v.vocabulary_.get) for v in vectorisers]


def _gram_names(vectorisers: list) -> List[str]:
    """One name per feature column: the vectoriser's rank and the n-gram."""
    return [f"{i}\t{gram}" for i, vocabulary in enumerate(_vocabularies(vectorisers)) for gram in vocabulary]


class WarmStart:
    """The last regression solution of given settings, on disk, to start the next training from."""

    SETTINGS = ("C", "word_ngrams", "char_ngrams", "char_min_df", "solver")

    def __init__(self, config: Dict[Text, Any], directory: Optional[Path] = None) -> None:
        import sklearn
        from rasa.engine.caching import LocalTrainingCache

        key = json.dumps([sklearn.__version__] + [config[k] for k in self.SETTINGS])
        directory = directory or LocalTrainingCache._get_cache_location()
        self.path = Path(directory) / f"word_intents-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npz"

    def start(self, names: List[str], classes: List[str]) -> Optional[tuple]:
        """(coef, intercept) laid out for these columns and intents, or None without a usable file."""
        try:
            with np.load(self.path, allow_pickle=False) as stored:
                old_names, old_classes = list(stored["names"]), list(stored["classes"])
                old_coef, old_intercept = stored["coef"], stored["intercept"]
        except (OSError, ValueError, KeyError):
            return None
        column = {name: j for j, name in enumerate(old_names)}
        row = {name: i for i, name in enumerate(old_classes)}
        coef = np.zeros((len(classes), len(names)))
        intercept = np.zeros(len(classes))
        cols = [(j, column[n]) for j, n in enumerate(names) if n in column]
        if not cols:
            return None
        new_cols, old_cols = (np.array(c) for c in zip(*cols))
        for i, name in enumerate(classes):
            if name in row:
                coef[i, new_cols] = old_coef[row[name], old_cols]
                intercept[i] = old_intercept[row[name]]
        return coef, intercept

    def keep(self, names: List[str], classes: List[str], coef: np.ndarray, intercept: np.ndarray) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.stem}.{os.getpid()}.tmp.npz")
            np.savez(tmp, names=np.array(names), classes=np.array(classes), coef=coef, intercept=intercept)
            os.replace(tmp, self.path)
        except OSError as error:
            logger.warning("WordIntentClassifier: warm start not kept (%s).", error)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class WordIntentClassifier(IntentClassifier, GraphComponent):
    """Intents from a logistic regression over word and character n-grams (TF-IDF)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 30.0,
            "temperature": 0.6,
            "word_ngrams": [1, 2],
            "char_ngrams": [2, 5],
            "char_min_df": 2,
            "max_iter": 3000,
            # Newton-CG reaches lbfgs's optimum (probabilities within 2e-4 on the development
            # conversations' 8,271 texts, no intent changed) in about half lbfgs's time.
            "solver": "newton-cg",
            # Newton-CG stops once every gradient entry is below this. From zero on data/nlu (4,285
            # examples, 2026-12-04), both 1e-4 (scikit-learn's) and 1e-3 stop after 19 steps with
            # the same probabilities to the last bit, but at 1e-4 the last step went through a line
            # search that failed and left the weights where they were: 39 s against 28 s. From a
            # warm start both end on such a failed search: 16 and 27 s at 1e-4, 15 and 24 s at 1e-3
            # (one, then two lines added to the data).
            "tol": 1e-3,
            "ranking_length": 10,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 vectorisers: Optional[list] = None, intents: Optional[List[str]] = None,
                 coef: Optional[np.ndarray] = None, intercept: Optional[np.ndarray] = None) -> None:
        self.component_config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.vectorisers = vectorisers
        self.intents = intents or []
        self.coef = coef  # (intents, features), the words' columns then the letters'
        self.intercept = intercept
        self._coef_t: Optional[np.ndarray] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> WordIntentClassifier:
        return cls(config, model_storage, resource)

    # -- training ----------------------------------------------------------------------------

    def train(self, training_data: TrainingData) -> Resource:
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        examples = [m for m in training_data.intent_examples if m.get(INTENT) and m.get(TEXT)]
        if len({m.get(INTENT) for m in examples}) < 2:
            logger.warning("%s: fewer than two intents to learn, nothing trained.", type(self).__name__)
            return self._resource
        texts = [m.get(TEXT) for m in examples]
        labels = [m.get(INTENT) for m in examples]
        vectorisers = _vectorisers(self.component_config)
        features = hstack([v.fit_transform(texts) for v in vectorisers]).tocsr()
        # No class weights: a word it has never seen (a commune's name, « française ») then leans
        # to the intents people use most, not to the rarest (« autre_langue »).
        names, classes = _gram_names(vectorisers), sorted(set(labels))
        warm = WarmStart(self.component_config)
        start = warm.start(names, classes) if self.component_config["solver"] != "liblinear" else None
        model = LogisticRegression(C=self.component_config["C"], max_iter=self.component_config["max_iter"],
                                   solver=self.component_config["solver"], tol=self.component_config["tol"],
                                   warm_start=start is not None)
        if start is not None:
            model.coef_, model.intercept_ = start
        model.fit(features, labels)
        self.intents = [str(c) for c in model.classes_]
        warm.keep(names, self.intents, model.coef_, model.intercept_)
        self.vectorisers = vectorisers
        self.coef = model.coef_.astype(np.float32)
        self._coef_t = None
        self.intercept = model.intercept_.astype(np.float32)
        self.persist()
        return self._resource

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            (model_dir / INTENTS_FILE).write_text(
                json.dumps({"intents": self.intents, "vocabularies": _vocabularies(self.vectorisers)}, ensure_ascii=False),
                encoding="utf-8")
            np.savez_compressed(model_dir / WEIGHTS_FILE, coef=self.coef, intercept=self.intercept,
                                **{f"idf{i}": v.idf_.astype(np.float32) for i, v in enumerate(self.vectorisers)})

    # -- loading -----------------------------------------------------------------------------

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> WordIntentClassifier:
        full = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as model_dir:
                stored = json.loads((model_dir / INTENTS_FILE).read_text(encoding="utf-8"))
                with np.load(model_dir / WEIGHTS_FILE) as arrays:
                    weights = {name: arrays[name] for name in arrays.files}
        except (ValueError, FileNotFoundError):
            logger.warning("%s: no trained intent model in '%s'.", cls.__name__, resource.name)
            return cls(config, model_storage, resource)
        vectorisers = _vectorisers(full)
        for i, (vectoriser, vocabulary) in enumerate(zip(vectorisers, stored["vocabularies"])):
            vectoriser.vocabulary_ = {gram: index for index, gram in enumerate(vocabulary)}
            vectoriser.idf_ = weights[f"idf{i}"]
        return cls(config, model_storage, resource, vectorisers, stored["intents"],
                   weights["coef"], weights["intercept"])

    # -- prediction --------------------------------------------------------------------------

    def probabilities(self, texts: List[str]) -> np.ndarray:
        """(texts, intents) probabilities: the softmax of the linear scores over the temperature."""
        from scipy.sparse import hstack

        features = hstack([v.transform(texts) for v in self.vectorisers]).tocsr()
        if self._coef_t is None:
            # (features, intents) laid out in rows: scipy multiplies a sparse row by it without
            # first copying the 5 MB matrix, as it did at every message with ``self.coef.T``.
            self._coef_t = np.ascontiguousarray(self.coef.T)
        scores = features @ self._coef_t + self.intercept
        scores = np.asarray(scores, dtype=np.float64) / float(self.component_config["temperature"])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def process(self, messages: List[Message]) -> List[Message]:
        if not self.intents or self.vectorisers is None:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        for message, row in zip(messages, self.probabilities(texts)):
            order = np.argsort(-row, kind="stable")
            ranking = [{INTENT_NAME_KEY: self.intents[i], "confidence": float(row[i])}
                       for i in order[: self.component_config["ranking_length"]]]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
