"""Train the safety net's learned reader (``common/lecteur_urgences.py``) and store its weights.

Training data: every example of the NLU training data (``data/nlu/*.yml``: the ``urgence_<type>``
intents are that type, every other intent is a message without danger), the emergency
development sets written apart that DIET did not learn (``cases/urgences.yml``,
``cases/urgences_dev5.yml`` and after; dev2 to dev4 are in the NLU data already), each message
with its types, and the answers people give to the form in the development conversation sets
(``bench/data/conversations_dev*.yml``: « 4 ans », « rien », « chez mes parents », « 12 et 16
ans ») and their openings (« maman seule avec ma fille de 10 ans »), as messages without danger unless the rules read one in them: a first reader trained
without them took a fifth of such answers for a danger (a child's age for a child in danger,
« rien » for hunger). A message found in a held-out set (``bench/data/urgences_heldout*.yml``,
``bench/data/nlu_test.yml``) is left out. One logistic regression per type (one against the
rest, classes balanced) over TF-IDF features of the folded text (``common.safety.normalise``); and,
on the same features, the judges of which line comes first (``SITUATIONS``), learnt from the first
expected line of every development case with a danger (``cases/urgences*.yml``, dev2 to dev4 included).

Runs in the Rasa environment (scikit-learn comes with Rasa); seconds on one core:

    .venv-bot/bin/python scripts/train_lecteur_urgences.py

Writes ``common/lecteur_urgences.json`` (commit it) with the hash of its sources, which
``tests/test_lecteur_urgences.py`` compares with the current data, and checks before writing that
the plain-Python reader, with the rounded weights, gives scikit-learn's probabilities within 1e-3 on
every training message.
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from common.lecteur_urgences import WEIGHTS, Lecteur  # noqa: E402
from common.safety import INTENT_PREFIX, TYPES, analyse, normalise  # noqa: E402
from scripts.lecteur_lineaire import arrondi, blocs, caracteristiques, ecart_maximal, ecrire, matrice  # noqa: E402

THRESHOLD = 0.6           # leave-one-out over dev5-dev8 (2026-12-03): 0.5 raises false alarms, 0.7 loses recall
VETO = 0.1                # below it for every type, in words it knows, the reader drops the rules' reading
COUVERTURE_MINIMALE = 0.85
SEUIL_SITUATION = 0.5     # the situation judges' probability above which their line comes first
C = 12.0
_ENTITY = re.compile(r"\[([^\]]+)\](?:\([^)]+\)|\{[^}]+\})")


def sources() -> list[Path]:
    """The files the reader learns from, in a fixed order."""
    nlu = sorted((ROOT / "data" / "nlu").glob("*.yml"))
    dev = [ROOT / "cases" / "urgences.yml"] + sorted(
        p for p in (ROOT / "cases").glob("urgences_dev*.yml")
        if p.stem not in ("urgences_dev2", "urgences_dev3", "urgences_dev4"))
    conversations = sorted((ROOT / "bench" / "data").glob("conversations_dev*.yml"))
    return nlu + dev + conversations


def sources_hash() -> str:
    digest = hashlib.sha256()
    # (dev2 to dev4 teach only the situation judges: their messages are in the NLU data already)
    for path in sources() + sorted((ROOT / "cases").glob("urgences_dev[234].yml")):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _nlu_examples(path: Path) -> list[tuple[str, list[str]]]:
    out = []
    for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
        intent = block.get("intent")
        if not intent:
            continue
        types = [intent[len(INTENT_PREFIX):]] if intent.startswith(INTENT_PREFIX) else []
        for line in (block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                out.append((_ENTITY.sub(r"\1", line[2:]), types))
    return out


def _case_types(case: dict) -> list[str]:
    """A case's danger types, its main one first ([] for none)."""
    kind = case.get("type") or "none"
    types = [] if kind == "none" else list(dict.fromkeys([kind, *(case.get("types") or [])]))
    return [t for t in types if t in TYPES]


def _cases(path: Path) -> list[tuple[str, list[str]]]:
    return [(str(case["text"]), _case_types(case)) for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]


# A conversation whose person has no home or tells violence may tell a danger in its own words: its
# openings are not learnt as messages without danger (its form answers still are).
_SANS_TOIT = ("sans_domicile", "hebergement_structure")


def _form_answers(path: Path) -> list[tuple[str, list[str]]]:
    """The messages of a development conversation set, without danger unless the rules say so: the
    answers to the form's questions and, since the twenty-eighth session, the openings, the remarks
    made mid-form and the corrections at the recap. These sets' writers wrote ordinary situations, not
    emergencies (their conversations expect an orientation, never an emergency answer); their openings
    are the long first messages about a situation where the reader's false alarms are made (« maman
    seule avec ma fille de 10 ans » read as a child in danger), and none of them was learnt before."""
    out = []
    for conversation in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("conversations") or []:
        messages = [str(a) for a in (conversation.get("answers") or {}).values() if isinstance(a, (str, int, float))]
        situation = (conversation.get("expected") or {}).get("situation") or {}
        if situation.get("logement") not in _SANS_TOIT and "violence" not in (situation.get("besoins") or []):
            messages += [str(m) for m in conversation.get("opening") or []]
            messages += [str(i.get("text", "")) for i in conversation.get("interruptions") or [] if isinstance(i, dict)]
            messages += [str(m) for m in conversation.get("at_recap") or []]
        out += [(m, []) for m in messages if m.strip() and not analyse(m, lecteur=False)]
    return out


# The reader's judges of the situation, beside its judges of the danger: which line comes first.
# ``immediat``: the police first (the 17), among the messages telling violence or a child in danger;
# ``acte_en_cours``: the emergency services first (the 15), among those telling a suicidal danger. Learnt
# from the development sets' expected lines (every ``cases/urgences*.yml``: their writers decided which
# line comes first), never from a held-out set.
SITUATIONS = {"immediat": (("violences", "enfant"), "17"), "acte_en_cours": (("suicide",), "15")}


def situation_data() -> list[tuple[str, list[str], str]]:
    """(folded text, its danger types, the first expected line) of every development case with a danger."""
    held_out = _held_out_texts()
    out = []
    for path in sorted((ROOT / "cases").glob("urgences*.yml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            types, lines = _case_types(case), [str(x) for x in case.get("lines") or []]
            text = normalise(str(case["text"]))
            if types and lines and text and text not in held_out:
                out.append((text, types, lines[0]))
    return list({text: (text, types, first) for text, types, first in out}.values())


def _held_out_texts() -> set[str]:
    texts = set()
    for path in (ROOT / "bench" / "data").glob("urgences_heldout*.yml"):
        texts |= {normalise(t) for t, _ in _cases(path)}
    texts |= {normalise(t) for t, _ in _nlu_examples(ROOT / "bench" / "data" / "nlu_test.yml")}
    return texts


def training_data() -> list[tuple[str, list[str]]]:
    held_out = _held_out_texts()
    data = []
    for path in sources():
        rows = _nlu_examples(path) if path.parent.name == "nlu" else \
            _form_answers(path) if path.stem.startswith("conversations") else _cases(path)
        data += [(normalise(text), types) for text, types in rows if normalise(text) not in held_out]
    # Each message once (« rien » answers many questions).
    unique = dict.fromkeys((text, tuple(types)) for text, types in data if text)
    return [(text, list(types)) for text, types in unique]


def fit(data: list[tuple[str, list[str]]], situations: Optional[list[tuple[str, list[str], str]]] = None) -> dict:
    """The reader's weights for ``data`` (folded texts and their types) and, with ``situations``
    (``situation_data()``), its judges of which line comes first."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    texts = [text for text, _ in data]
    blocks = blocs()
    matrix = matrice(blocks, texts, fit=True)
    models = [LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
              .fit(matrix, np.array([kind in types for _, types in data])) for kind in TYPES]
    heads, situation_models = [], []
    for name, (kinds, line) in SITUATIONS.items():
        rows = [(text, first == line) for text, types, first in situations or [] if set(types) & set(kinds)]
        if len({label for _, label in rows}) < 2:
            continue
        rows_matrix = matrice(blocks, [t for t, _ in rows])
        heads.append(name)
        situation_models.append(LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
                                .fit(rows_matrix, np.array([label for _, label in rows])))
    models_all = models + situation_models
    features = caracteristiques(blocks, np.vstack([m.coef_[0] for m in models_all]))  # (types + situations) x features
    weights = {"types": list(TYPES), "situations": heads, "threshold": THRESHOLD, "veto": VETO,
               "seuil_situation": SEUIL_SITUATION, "couverture_minimale": COUVERTURE_MINIMALE,
               "intercepts": [arrondi(m.intercept_[0]) for m in models_all], "features": features,
               "training": {"messages": len(data), "with_danger": sum(bool(t) for _, t in data)}}
    # The plain-Python reader, with the rounded weights, must give scikit-learn's probabilities.
    reader = Lecteur(weights)
    expected = np.vstack([m.predict_proba(matrix)[:, 1] for m in models_all]).T
    worst = ecart_maximal(lambda text: {**reader.probabilites(text), **reader.situations(text)}, texts, [*TYPES, *heads],
                          expected)
    weights["training"]["largest_difference_from_scikit_learn"] = float(f"{worst:.1e}")
    return weights


def main() -> None:
    ecrire({"sources_sha256": sources_hash(), **fit(training_data(), situation_data())}, WEIGHTS, ROOT, "with danger",
           "with_danger")


if __name__ == "__main__":
    main()
