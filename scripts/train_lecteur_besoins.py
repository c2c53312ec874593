"""Train the needs' learned reader (``actions/lecteur_besoins.py``) and store its weights.

Training data, development sets only (each written apart by a writer who saw no code):
- the facts sets (``bench/data/faits_dev*.yml``) whose writers annotated the needs: every message, read in its
  context (an answer to the needs question, a first message, an answer to another question), with the needs
  listed (none when the writer listed none; a message whose needs are marked ambiguous is left out);
- the conversation sets (``bench/data/conversations_dev*.yml``): each answer to the needs question with the
  conversation's expected needs (violence left out: the emergency answer reads it).
A message found in a held-out set (``bench/data/faits_heldout*.yml``, ``conversations_heldout*.yml``) is left out.

Runs in the Rasa environment (scikit-learn comes with Rasa), about a minute:

    .venv-bot/bin/python scripts/train_lecteur_besoins.py            # writes actions/lecteur_besoins.json
    .venv-bot/bin/python scripts/train_lecteur_besoins.py --folds 5  # the cross-validation grouped by set

Writes ``actions/lecteur_besoins.json`` (commit it) with the hash of its sources, which
``tests/test_lecteur_besoins.py`` compares with the current data, and checks before writing that the plain-Python
reader, with the rounded weights, gives scikit-learn's probabilities within 1e-3 on every training message. With
``--folds``, prints instead what the reader adds to the words' needs on sets it did not learn (the words' needs
are not known here: the figures of the module's docstring were measured with them, bench/faits.py and
bench/conversations.py measure the whole).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from actions.lecteur_besoins import (BESOINS, CONTEXTE_AUTRE, CONTEXTE_BESOINS, CONTEXTE_DEBUT,  # noqa: E402
                                     WEIGHTS, texte_lu)
from common.lecteur_urgences import Lecteur  # noqa: E402
from scripts.lecteur_lineaire import arrondi, blocs, caracteristiques, ecart_maximal, ecrire, matrice  # noqa: E402

THRESHOLD = 0.9   # cross-validation grouped by set (2026-12-07), see actions/lecteur_besoins.py
C = 12.0          # 1 and 4 tried: more needs added that writers did not list, as many missed
NEEDS_QUESTION = "besoins"


def sources() -> list[Path]:
    """The files the reader learns from, in a fixed order."""
    data = ROOT / "bench" / "data"
    return sorted(data.glob("faits_dev*.yml")) + sorted(data.glob("conversations_dev*.yml"))


def sources_hash() -> str:
    digest = hashlib.sha256()
    for path in sources():
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _contexte(question: object) -> str:
    return CONTEXTE_BESOINS if question == NEEDS_QUESTION else CONTEXTE_AUTRE if question else CONTEXTE_DEBUT


def _messages(path: Path) -> list[tuple[str, list[str]]]:
    """(text read, needs) of one facts set; nothing when its writer annotated no need."""
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    messages = loaded["messages"] if isinstance(loaded, dict) else loaded
    if not any(NEEDS_QUESTION in (m.get("facts") or {}) for m in messages):
        return []
    return [(texte_lu(str(m["text"]), _contexte(m.get("question"))), list((m.get("facts") or {}).get("besoins") or []))
            for m in messages if NEEDS_QUESTION not in (m.get("ambiguous") or [])]


def _answers(path: Path) -> list[tuple[str, list[str]]]:
    """(text read, needs) of the answers to the needs question of one conversation set."""
    out = []
    for conversation in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("conversations") or []:
        answer = (conversation.get("answers") or {}).get(NEEDS_QUESTION)
        needs = ((conversation.get("expected") or {}).get("situation") or {}).get("besoins") or []
        if isinstance(answer, str) and answer.strip():
            out.append((texte_lu(answer, CONTEXTE_BESOINS), [b for b in needs if b != "violence"]))
    return out


def _sans_contexte(text: str) -> str:
    """The folded message of a text read, without its context's word (``texte_lu``)."""
    return text.split(" ", 1)[-1]


def _held_out_texts() -> set[str]:
    data, texts = ROOT / "bench" / "data", set()
    for path in sorted(data.glob("faits_heldout*.yml")):
        texts |= {_sans_contexte(text) for text, _ in _messages(path)}
    for path in sorted(data.glob("conversations_heldout*.yml")):
        texts |= {_sans_contexte(text) for text, _ in _answers(path)}
    return texts


def training_data(paths: list[Path] | None = None) -> list[tuple[str, list[str], str]]:
    """(text read, needs, source set) of every development message, once each."""
    held_out = _held_out_texts()
    data: dict[tuple[str, tuple[str, ...]], str] = {}
    for path in sources() if paths is None else paths:
        rows = _answers(path) if path.stem.startswith("conversations") else _messages(path)
        for text, needs in rows:
            if _sans_contexte(text) and _sans_contexte(text) not in held_out:
                data.setdefault((text, tuple(b for b in BESOINS if b in needs)), path.stem)
    return [(text, list(needs), stem) for (text, needs), stem in data.items()]


def fit(data: list[tuple[str, list[str], str]]) -> dict:
    """The reader's weights for ``data`` (texts read and their needs)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    texts, labels = [text for text, _, _ in data], [needs for _, needs, _ in data]
    blocks = blocs()
    matrix = matrice(blocks, texts, fit=True)
    models = [LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
              .fit(matrix, np.array([need in needs for needs in labels])) for need in BESOINS]
    features = caracteristiques(blocks, np.vstack([m.coef_[0] for m in models]))  # needs x features
    weights = {"types": list(BESOINS), "situations": [], "threshold": THRESHOLD,
               "intercepts": [arrondi(m.intercept_[0]) for m in models], "features": features,
               "training": {"messages": len(data), "with_needs": sum(bool(needs) for needs in labels)}}
    expected = np.vstack([m.predict_proba(matrix)[:, 1] for m in models]).T
    worst = ecart_maximal(Lecteur(weights).probabilites, texts, BESOINS, expected)
    weights["training"]["largest_difference_from_scikit_learn"] = float(f"{worst:.1e}")
    return weights


def cross_validation(folds: int) -> None:
    """What the reader adds on sets it did not learn (grouped by set), per context."""
    data = training_data()
    stems = sorted({stem for _, _, stem in data})
    random.Random(1).shuffle(stems)
    counts: dict[str, list[int]] = {}  # context -> needs read right, read wrong, missed
    for k in range(folds):
        left_out = set(stems[k::folds])
        train = [row for row in data if row[2] not in left_out]
        reader = Lecteur(fit(train))
        for text, needs, stem in data:
            if stem not in left_out:
                continue
            read = {b for b, p in reader.probabilites(text).items() if p >= THRESHOLD and b != "violence"}
            compte = counts.setdefault(text.split(" ", 1)[0], [0, 0, 0])
            compte[0] += len(read & set(needs))
            compte[1] += len(read - set(needs))
            compte[2] += len(set(needs) - read - {"violence"})
        print(f"fold {k + 1}/{folds} done", file=sys.stderr)
    for contexte, (tp, fp, fn) in sorted(counts.items()):
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        print(f"{contexte}: the reader alone, precision {p:.3f} recall {r:.3f} ({tp} needs read right, {fp} wrong, "
              f"{fn} missed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, help="cross-validation grouped by set instead of training")
    args = parser.parse_args()
    if args.folds:
        cross_validation(args.folds)
        return
    ecrire({"sources_sha256": sources_hash(), **fit(training_data())}, WEIGHTS, ROOT, "with needs", "with_needs")


if __name__ == "__main__":
    main()
