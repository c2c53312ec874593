"""Training time of the full model (bot/config.yml): first training, then after a one-line NLU change.

Trains the whole model (NLU and dialogue policies, as scripts/train.sh does) with Rasa's cache
in a fresh directory, so the first training starts cold as on a fresh clone; then adds one
example to one intent of a copy of data/nlu and trains again with that cache, as a developer
does after a small NLU change (only the NLU components whose input changed are trained again;
the dialogue policies come from the cache). Models go to a temporary directory, not models/.
Targets (issue « performance »): first training ≤ 180 s on 2 cores, retrain well under 60 s.

    .venv-actions/bin/python bench/training.py
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RASA = ROOT / ".venv-bot" / "bin" / "rasa"
CHANGE = ("  - intent: greet\n    examples: |\n      - bonjour, je voudrais un renseignement s'il vous plaît\n")


def train(nlu: Path, out: Path, cache: Path) -> float:
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(cache), "TF_CPP_MIN_LOG_LEVEL": "2",
           "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"}
    start = time.perf_counter()
    run = subprocess.run([str(RASA), "train", "--skip-validation", "--config", "bot/config.yml", "--domain", "bot/domain",
                          "--data", str(nlu), "bot/data", "--out", str(out), "--fixed-model-name", "bench"],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"rasa train failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-training-") as tmp:
        tmp = Path(tmp)
        nlu = tmp / "nlu"
        shutil.copytree(ROOT / "data" / "nlu", nlu)
        cold = train(nlu, tmp / "models", tmp / "cache")
        print(f"first training (empty cache, full model): {cold:.0f} s   (target ≤ 180 s)", flush=True)
        with (nlu / "base.yml").open("a", encoding="utf-8") as fh:
            fh.write(CHANGE)
        warm = train(nlu, tmp / "models", tmp / "cache")
        print(f"after a one-line NLU change (Rasa's cache): {warm:.0f} s   (target well under 60 s)")
    print(f"({os.cpu_count()} cores; scripts/train.sh keeps the cache in .rasa/cache)")


if __name__ == "__main__":
    sys.exit(main())
