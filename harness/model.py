"""The trained Rasa model for the current data (scripts/train.sh caches it by content hash)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from harness.processes import ROOT


def model_path() -> Path:
    """The model for the current data (scripts/train.sh: unpacked from bot/trained/, or trained now
    if the data changed); $RASA_MODEL overrides it (a model already trained, when the data changes
    faster than training runs)."""
    if os.environ.get("RASA_MODEL"):
        return Path(os.environ["RASA_MODEL"]).resolve()
    out = subprocess.run([str(ROOT / "scripts" / "train.sh")], cwd=ROOT, capture_output=True, text=True,
                         timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(f"Training failed:\n{out.stderr[-4000:]}")
    return ROOT / out.stdout.strip()
