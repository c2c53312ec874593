"""What the two learned readers' training scripts share (``train_lecteur_urgences.py``, ``train_lecteur_besoins.py``):
the TF-IDF features (character 3–5-grams inside words, word unigrams and bigrams), the export of the weights that
``common.lecteur_urgences.Lecteur`` scores with in plain Python, the check that it gives scikit-learn's
probabilities, and the weights file written with the hash of its sources. Runs in the Rasa environment (scikit-learn
comes with Rasa); imported by those scripts only.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Sequence

CHAR_RANGE = (3, 5)
WORD_RANGE = (1, 2)
MAX_CHAR_FEATURES = 20000
MAX_WORD_FEATURES = 10000


def arrondi(value: float) -> float:
    """Five significant digits: half the file, probabilities within 1e-3 of the exact ones."""
    return float(f"{float(value):.5g}")


def blocs() -> list[tuple[str, tuple[int, int], Any]]:
    """The two blocks of features, each (analyser name, n-gram range, an unfitted TF-IDF vectoriser)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [("char_wb", CHAR_RANGE, TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, min_df=2,
                                                    sublinear_tf=True, max_features=MAX_CHAR_FEATURES)),
            ("word", WORD_RANGE, TfidfVectorizer(analyzer="word", ngram_range=WORD_RANGE, min_df=2, sublinear_tf=True,
                                                 token_pattern=r"(?u)\b\w+\b", max_features=MAX_WORD_FEATURES))]


def matrice(blocks: list, texts: Sequence[str], fit: bool = False):
    """The texts' features, every block side by side (fitting the vectorisers first with ``fit``)."""
    from scipy.sparse import hstack

    return hstack([(vectoriser.fit_transform if fit else vectoriser.transform)(list(texts))
                   for _, _, vectoriser in blocks]).tocsr()


def caracteristiques(blocks: list, coefs) -> list[dict]:
    """The weights' ``features``: for each block, every gram with its idf and one coefficient per judge (``coefs``:
    judges × features, the blocks' columns side by side)."""
    features, start = [], 0
    for analyser, ngram_range, vectoriser in blocks:
        vocabulary = {gram: [arrondi(vectoriser.idf_[index]), *map(arrondi, coefs[:, start + index])]
                      for gram, index in vectoriser.vocabulary_.items()}
        features.append({"analyser": analyser, "ngram_range": list(ngram_range), "vocabulary": vocabulary})
        start += len(vectoriser.vocabulary_)
    return features


def ecart_maximal(lire: Callable[[str], dict[str, float]], texts: Sequence[str], judges: Sequence[str],
                  expected) -> float:
    """The largest difference between the plain-Python reader's probabilities (``lire``) and scikit-learn's
    (``expected``: texts × judges); above 1e-3 the weights are not written."""
    worst = 0.0
    for i, text in enumerate(texts):
        lus = lire(text)
        worst = max(worst, max(abs(lus[judge] - expected[i, j]) for j, judge in enumerate(judges)))
    if worst > 1e-3:
        raise SystemExit(f"the plain-Python reader differs from scikit-learn by {worst}")
    return worst


def ecrire(weights: dict, path: Path, root: Path, label: str, counted: str) -> None:
    """Writes ``weights`` to ``path`` and says what was learnt (``counted``: the training count named ``label``)."""
    path.write_text(json.dumps(weights, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    training = weights["training"]
    print(f"{path.relative_to(root)}: {training['messages']} messages ({training[counted]} {label}), "
          f"{sum(len(b['vocabulary']) for b in weights['features'])} features, largest difference from scikit-learn "
          f"{training['largest_difference_from_scikit_learn']:.1e}")
