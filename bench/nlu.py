"""NLU accuracy on the held-out French test set (bench/data/nlu_test.yml, never used for training).

Prints intent macro-F1 and entity F1 of the trained model (``rasa test nlu``), writes the
per-intent table to ``var/bench/nlu_report.md``, and also scores the action server's own fact
extraction (actions.extraction: rules + text2num) on the annotated entities of the same set.

Two intent figures are printed. "strict": the label written in the test set must come out.
"as answered": a need message that the safety net deliberately answers as the matching emergency
("mon mari me bat" labelled besoin_violence, answered as urgence_violences) counts as understood,
because the emergency answer gives the emergency line first and keeps that same need for the
orientation (actions/urgences.py, BESOIN_DE_L_URGENCE). Every other confusion counts as an error.

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

from actions.urgences import BESOIN_DE_L_URGENCE  # noqa: E402 - importable once ROOT is on the path
from harness.model import model_path  # noqa: E402

TEST_SET = ROOT / "bench" / "data" / "nlu_test.yml"
REPORT = ROOT / "var" / "bench" / "nlu_report.md"

# Need intent -> the emergency intent whose answer also records that need.
URGENCE_DU_BESOIN = {f"besoin_{besoin}": f"urgence_{kind}" for kind, besoin in BESOIN_DE_L_URGENCE.items()}
# Entities whose value the action server reads with its own rules (actions/extraction.py).
FACT_ENTITIES = {"age", "nb_enfants", "loyer", "chomage", "retraite", "revenus_activite", "en_couple",
                 "logement", "activite"}


def rasa_test(model: Path, out: Path) -> float:
    start = time.perf_counter()
    # bench/rasa_cli.py: `rasa test nlu` without its deepcopy of every fallback prediction (same figures).
    subprocess.run([str(ROOT / ".venv-bot" / "bin" / "python"), str(ROOT / "bench" / "rasa_cli.py"),
                    "test", "nlu", "--nlu", str(TEST_SET),
                    "--model", str(model), "--out", str(out), "--no-plot", "--successes"],
                   cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def predictions(out: Path) -> list[tuple[str, str]]:
    """(label, predicted intent) of every test message, from rasa's successes and errors files."""
    rows = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = out / name
        if path.exists():
            rows += [(r["intent"], r["intent_prediction"]["name"]) for r in json.loads(path.read_text())]
    return rows


def entity_report(out: Path) -> dict:
    """Rasa's entity report of the pipeline's extractor (DIET, or a CRF extractor beside an
    intent-only classifier): {} when no component extracts entities."""
    # (any DIET subclass of bot/rasa_ext: NoDecodeDIETClassifier wrote its report under its own name, so the
    # entity F1 was silently missing from this bench since the eleventh session)
    paths = [*sorted(out.glob("*DIETClassifier_report.json")), out / "StoredCRFEntityExtractor_report.json",
             out / "CRFEntityExtractor_report.json"]
    for path in paths:
        if path.exists():
            return json.loads(path.read_text())
    return {}


def entity_f1(out: Path) -> float | None:
    report = entity_report(out)
    return report.get("micro avg", report.get("weighted avg", {})).get("f1-score")


def scores(pairs: list[tuple[str, str]]) -> tuple[float, float, dict[str, tuple[float, float, float, int]]]:
    """(macro-F1 over the labels, accuracy, {label: (precision, recall, F1, support)})."""
    labels = sorted({label for label, _ in pairs})
    table = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        support = sum(1 for g, _ in pairs if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = (precision, recall, f1, support)
    macro = sum(row[2] for row in table.values()) / len(table)
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs)
    return macro, accuracy, table


def as_answered(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(g, g if URGENCE_DU_BESOIN.get(g) == p else p) for g, p in pairs]


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
        pairs = predictions(out)
        entities = entity_report(out)

    macro, accuracy, table = scores(pairs)
    macro_a, accuracy_a, table_a = scores(as_answered(pairs))
    ent_f1 = entities.get("micro avg", entities.get("weighted avg", {})).get("f1-score") if entities else None
    ok, total = extraction_score()
    print(f"held-out test set: {n} messages, {len(table)} intents ({TEST_SET.relative_to(ROOT)})")
    print(f"model: {model.name}")
    print(f"intent macro-F1 strict: {macro:.3f}   accuracy: {accuracy:.3f}   (target ≥ 0.93, issue 16)")
    print(f"intent macro-F1 as answered (need answered as its emergency counts): {macro_a:.3f}   "
          f"accuracy: {accuracy_a:.3f}")
    if ent_f1 is not None:
        print(f"entity F1 (micro avg): {ent_f1:.3f}   (target ≥ 0.90, issue 16)")
    print(f"facts read by the action server (actions.extraction): {ok}/{total} = {ok / max(total, 1):.3f}")
    print(f"rasa test nlu: {seconds:.1f} s")

    lines = ["# NLU on the held-out test set", "", f"Model `{model.name}`, {n} messages.", "",
             f"- intent macro-F1 strict: {macro:.3f} (accuracy {accuracy:.3f})",
             f"- intent macro-F1 as answered: {macro_a:.3f} (accuracy {accuracy_a:.3f}); a need answered "
             f"as its emergency ({', '.join(f'{b} -> {u}' for b, u in URGENCE_DU_BESOIN.items())}) counts",
             f"- entity F1: {ent_f1 if ent_f1 is None else round(ent_f1, 3)}",
             f"- facts read by actions.extraction: {ok}/{total}", "",
             "| intent | precision | recall | F1 | F1 as answered | examples |", "|---|---|---|---|---|---|"]
    for name, (precision, recall, f1, support) in table.items():
        lines.append(f"| {name} | {precision:.2f} | {recall:.2f} | {f1:.2f} | {table_a[name][2]:.2f} | {support} |")
    confusions: dict[tuple[str, str], int] = {}
    for g, p in pairs:
        if g != p:
            confusions[(g, p)] = confusions.get((g, p), 0) + 1
    lines += ["", "| label | predicted | messages |", "|---|---|---|"]
    lines += [f"| {g} | {p} | {c} |" for (g, p), c in sorted(confusions.items(), key=lambda kv: -kv[1])]
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
