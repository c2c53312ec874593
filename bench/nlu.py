"""NLU accuracy on the held-out French test set (bench/data/nlu_test.yml, never used for training).

Prints intent macro-F1 and entity F1 of the trained model (``rasa test nlu``), writes the
per-intent table to ``var/bench/nlu_report.md``, and also scores the action server's own fact
extraction (actions.extraction: rules + text2num) on the annotated entities of the same set.

    .venv-actions/bin/python bench/nlu.py [--model models/bot-xxx.tar.gz]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEST_SET = ROOT / "bench" / "data" / "nlu_test.yml"
REPORT = ROOT / "var" / "bench" / "nlu_report.md"
# Entities whose value the action server reads with its own rules (actions/extraction.py).
FACT_ENTITIES = {"age", "nb_enfants", "loyer", "chomage", "retraite", "revenus_activite", "en_couple",
                 "logement", "activite"}


def model_path() -> Path:
    out = subprocess.run([str(ROOT / "scripts" / "train.sh")], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return ROOT / out.stdout.strip()


def rasa_test(model: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv-bot" / "bin" / "rasa"), "test", "nlu", "--nlu", str(TEST_SET),
                    "--model", str(model), "--out", str(out), "--no-plot"],
                   cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def _examples() -> list[tuple[str, str]]:
    data = yaml.safe_load(TEST_SET.read_text(encoding="utf-8"))
    rows = []
    for block in data["nlu"]:
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                rows.append((block["intent"], line[2:]))
    return rows


def extraction_score() -> tuple[int, int]:
    """(facts right, facts annotated) for the action server's extraction on the test set."""
    import re

    from actions.extraction import extract, normaliser

    ok = total = 0
    for _, text in _examples():
        annotated = re.findall(r"\[([^\]]+)\]\((\w+)\)", text)
        plain = re.sub(r"\[([^\]]+)\]\(\w+\)", r"\1", text)
        facts = extract(plain).facts
        for value, entity in annotated:
            if entity not in FACT_ENTITIES:
                continue
            total += 1
            got = facts.get(entity)
            if entity in ("age", "nb_enfants", "loyer", "chomage", "retraite", "revenus_activite"):
                ok += got is not None and float(got) == float(normaliser(value))
            else:
                ok += got is not None
    return ok, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="trained model (default: the one for the current data)")
    args = parser.parse_args()
    model = args.model or model_path()
    n = len(_examples())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        seconds = rasa_test(model, out)
        intents = json.loads((out / "intent_report.json").read_text())
        entity_file = out / "DIETClassifier_report.json"
        entities = json.loads(entity_file.read_text()) if entity_file.exists() else {}

    macro = intents["macro avg"]["f1-score"]
    ent_f1 = entities.get("micro avg", entities.get("weighted avg", {})).get("f1-score")
    ok, total = extraction_score()
    print(f"held-out test set: {n} messages, {len([k for k in intents if k not in ('accuracy', 'macro avg', 'weighted avg', 'micro avg')])} intents ({TEST_SET.relative_to(ROOT)})")
    print(f"model: {model.name}")
    print(f"intent macro-F1: {macro:.3f}   accuracy: {intents['accuracy']:.3f}   (target ≥ 0.92)")
    if ent_f1 is not None:
        print(f"entity F1 (DIET, micro avg): {ent_f1:.3f}   (target ≥ 0.88)")
    print(f"facts read by the action server (actions.extraction): {ok}/{total} = {ok / max(total, 1):.3f}")
    print(f"rasa test nlu: {seconds:.1f} s")

    lines = ["# NLU on the held-out test set", "", f"Model `{model.name}`, {n} messages.", "",
             f"- intent macro-F1: {macro:.3f}", f"- entity F1 (DIET): {ent_f1 if ent_f1 is None else round(ent_f1, 3)}",
             f"- facts read by actions.extraction: {ok}/{total}", "",
             "| intent | precision | recall | F1 | examples |", "|---|---|---|---|---|"]
    for name, row in sorted(intents.items()):
        if isinstance(row, dict) and "precision" in row and name not in ("macro avg", "weighted avg", "micro avg"):
            lines.append(f"| {name} | {row['precision']:.2f} | {row['recall']:.2f} | {row['f1-score']:.2f} | "
                         f"{row['support']} |")
    if entities:
        lines += ["", "| entity | precision | recall | F1 | examples |", "|---|---|---|---|---|"]
        for name, row in sorted(entities.items()):
            if isinstance(row, dict) and "precision" in row:
                lines.append(f"| {name} | {row['precision']:.2f} | {row['recall']:.2f} | {row['f1-score']:.2f} | "
                             f"{row['support']} |")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"per-intent table: {REPORT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
