"""NLU pipeline trials: training time and F1 of each candidate config, chosen without the test set.

Each config of ``bench/pipelines/*.yml`` is trained (``rasa train nlu``, Rasa's cache in a fresh
directory, so every trial starts cold) on 80 % of the training data (data/nlu, split per intent
with a fixed seed) and scored on the other 20 % (the validation split). Pipelines are chosen on
those validation figures only. ``--heldout`` then trains the named finalists on all of data/nlu
and scores them on the held-out test set (bench/data/nlu_test.yml), to report beside them.

Every trial is appended to ``var/bench/pipelines.jsonl`` (config, split, seconds, intent
macro-F1 strict, entity F1); the table of all recorded trials is printed at the end.

    .venv-actions/bin/python bench/pipelines.py [CONFIG ...] [--seed 42] [--heldout]
    .venv-actions/bin/python bench/pipelines.py --table        # only print the recorded trials
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.nlu import TEST_SET, entity_f1, predictions, scores  # noqa: E402

CONFIGS = ROOT / "bench" / "pipelines"
NLU = ROOT / "data" / "nlu"
RECORD = ROOT / "var" / "bench" / "pipelines.jsonl"
RASA = ROOT / ".venv-bot" / "bin" / "rasa"
# `rasa test nlu` without its slow deepcopy of every fallback prediction (bench/rasa_cli.py).
RASA_TEST = [str(ROOT / ".venv-bot" / "bin" / "python"), str(ROOT / "bench" / "rasa_cli.py")]
VALIDATION_SHARE = 0.2


def _literal(dumper: yaml.Dumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, _literal)


def _lines(block: str) -> list[str]:
    return [line.strip()[2:] for line in block.splitlines() if line.strip().startswith("- ")]


def split(seed: int, train_dir: Path, validation: Path) -> tuple[int, int]:
    """Write a stratified split of data/nlu: every intent keeps 80 % of its examples for training
    (synonyms, regexes and lookups all go to training) and gives 20 % to validation."""
    by_intent: dict[str, list[str]] = {}
    others: list[dict] = []
    for path in sorted(NLU.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            if "intent" in block:
                by_intent.setdefault(block["intent"], []).extend(_lines(block["examples"]))
            else:
                others.append(block)
    rng = random.Random(seed)
    train, held = [], []
    for intent in sorted(by_intent):
        examples = sorted(set(by_intent[intent]))
        rng.shuffle(examples)
        k = max(1, round(VALIDATION_SHARE * len(examples))) if len(examples) >= 5 else 0
        held.append((intent, examples[:k]))
        train.append((intent, examples[k:]))

    def dump(blocks: list[tuple[str, list[str]]], extra: list[dict]) -> str:
        nlu = [{"intent": i, "examples": "".join(f"- {e}\n" for e in ex)} for i, ex in blocks if ex]
        return yaml.dump({"version": "3.1", "nlu": nlu + extra}, Dumper=_Dumper, allow_unicode=True,
                         sort_keys=False, width=10_000)

    train_dir.mkdir(parents=True, exist_ok=True)
    (train_dir / "nlu.yml").write_text(dump(train, others), encoding="utf-8")
    validation.write_text(dump(held, []), encoding="utf-8")
    return sum(len(e) for _, e in train), sum(len(e) for _, e in held)


def train(config: Path, data: Path, out: Path) -> tuple[float, Path]:
    """``rasa train nlu`` with an empty cache; (seconds, model path)."""
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(out / "cache"), "TF_CPP_MIN_LOG_LEVEL": "2",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    run = subprocess.run([str(RASA), "train", "nlu", "--config", str(config), "--nlu", str(data),
                          "--out", str(out), "--fixed-model-name", "trial"],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(f"training {config.name} failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return seconds, out / "trial.tar.gz"


def evaluate(model: Path, data: Path, out: Path) -> tuple[float, float | None]:
    """(intent macro-F1 strict, entity F1 micro avg) of ``model`` on ``data``."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    subprocess.run([*RASA_TEST, "test", "nlu", "--nlu", str(data), "--model", str(model), "--out", str(out),
                    "--no-plot", "--successes"], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    macro, _, _ = scores(predictions(out))
    return macro, entity_f1(out)


def trial(config: Path, seed: int, heldout: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="trial-") as tmp:
        tmp = Path(tmp)
        if heldout:
            data, test, split_name = NLU, TEST_SET, "held-out"
        else:
            data, test = tmp / "train", tmp / "validation.yml"
            n_train, n_val = split(seed, data, test)
            split_name = f"validation seed {seed} ({n_train}/{n_val})"
        seconds, model = train(config, data, tmp / "model")
        intent, entity = evaluate(model, test, tmp / "results")
    row = {"config": config.stem, "split": split_name, "seconds": round(seconds, 1),
           "intent_macro_f1": round(intent, 3), "entity_f1": None if entity is None else round(entity, 3),
           "when": time.strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count()}
    RECORD.parent.mkdir(parents=True, exist_ok=True)
    with RECORD.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return row


def table() -> None:
    if not RECORD.exists():
        print("no trial recorded yet")
        return
    rows = [json.loads(line) for line in RECORD.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"| config | split | rasa train nlu (s) | intent macro-F1 | entity F1 |")
    print("|---|---|---|---|---|")
    for r in rows:
        entity = "-" if r["entity_f1"] is None else f"{r['entity_f1']:.3f}"
        print(f"| {r['config']} | {r['split']} | {r['seconds']:.0f} | {r['intent_macro_f1']:.3f} | {entity} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("configs", nargs="*", help="names in bench/pipelines/ (default: all)")
    parser.add_argument("--seed", type=int, default=42, help="seed of the validation split")
    parser.add_argument("--heldout", action="store_true", help="train on all data/nlu, score on the test set")
    parser.add_argument("--table", action="store_true", help="print the recorded trials and stop")
    args = parser.parse_args()
    if not args.table:
        names = args.configs or sorted(p.stem for p in CONFIGS.glob("*.yml"))
        for name in names:
            config = CONFIGS / f"{re.sub(r'[.]yml$', '', name)}.yml"
            row = trial(config, args.seed, args.heldout)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    table()


if __name__ == "__main__":
    main()
