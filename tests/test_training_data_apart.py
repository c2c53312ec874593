"""The NLU training data never holds a sentence of a held-out set, and the development messages it
copies are copied verbatim (data/README.md). Only counts are reported: the held-out sentences are
never printed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = re.compile(r"\[([^\]]+)\]\((?:[^)]+)\)")


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _nlu_examples(path: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples = []
    for block in data.get("nlu") or []:
        for line in (block.get("examples") or "").splitlines():
            line = line.strip()
            if block.get("intent") and line.startswith("- "):
                examples.append((block["intent"], ANNOTATION.sub(r"\1", line[2:])))
    return examples


def _training() -> dict[str, str]:
    return {_fold(text): intent for path in sorted((ROOT / "data" / "nlu").glob("*.yml"))
            for intent, text in _nlu_examples(path)}


def _held_out_texts() -> set[str]:
    texts = {_fold(text) for _, text in _nlu_examples(ROOT / "bench" / "data" / "nlu_test.yml")}
    for path in sorted((ROOT / "bench" / "data").glob("urgences_heldout*.yml")):
        texts |= {_fold(case["text"]) for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]}
    return texts


def test_no_held_out_sentence_is_training_data():
    held_out = _held_out_texts()
    assert len(held_out) > 600
    # A message of three words or fewer (« j'ai faim ») is what any writer types: two sets written apart may
    # both hold it without one being copied from the other.
    shared = [text for text in _training() if text in held_out and len(text.split()) > 3]
    assert len(shared) == 0, f"{len(shared)} held-out sentence(s) found in data/nlu (not printed)"


# The development sets copied into the training data (ecrits_devN*.yml), and the least share of each
# set that must be there (a few short messages also written word for word in a held-out set are left out).
COPIES = {"dev2": 0.99, "dev3": 0.97, "dev4": 0.97}


@pytest.mark.parametrize("name,share", sorted(COPIES.items()))
def test_development_messages_are_copied_verbatim_with_their_type(name, share):
    cases = yaml.safe_load((ROOT / "cases" / f"urgences_{name}.yml").read_text(encoding="utf-8"))["cases"]
    by_text = {case["text"]: case for case in cases}
    copied: dict[str, str] = {}
    for path in sorted((ROOT / "data" / "nlu").glob(f"ecrits_{name}*.yml")):
        for intent, text in _nlu_examples(path):
            assert text in by_text, f"{path.name}: not a message of cases/urgences_{name}.yml: {text!r}"
            copied[text] = intent
    assert len(copied) >= share * len(by_text)
    for text, intent in copied.items():
        kind = by_text[text].get("type") or "none"
        if kind == "none":
            assert not intent.startswith("urgence_"), text
        else:
            assert intent == f"urgence_{kind}", text
