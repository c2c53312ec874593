"""How far the packed model (scripts/model_pack.py) answers from the model as trained.

Parses every message the project holds (NLU training data, the NLU test set, the emergency
development and held-out sets, the fact and conversation sets) with both models and prints:
how many messages get another intent, the largest change of the top intent's confidence, how
many messages cross the fallback threshold, how many get other entities, and the sizes.

    .venv-bot/bin/python bench/model_pack.py TRAINED.tar.gz [PACKED.tar.xz]

Without PACKED, the trained model is packed into a temporary file first. Both models are loaded
in this one process (about a minute each with bot/rasa_ext/fast_load.py).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import re
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.model_pack import pack, unpack  # noqa: E402

FALLBACK_THRESHOLD = 0.4  # bot/config.yml, FallbackClassifier
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _strings(node, keys: set[str]):
    """Every string under one of `keys` in a YAML tree (lists of strings included)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, str):
                yield value
            elif key in keys and isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
            elif key in keys and isinstance(value, dict):
                yield from (v for v in value.values() if isinstance(v, str))
            else:
                yield from _strings(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, keys)


def messages() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")) + [ROOT / "bench" / "data" / "nlu_test.yml"]:
        for block in yaml.safe_load(path.read_text()).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(_ANNOTATION.sub(r"\1", line[2:]).strip())
    for path in sorted((ROOT / "cases").glob("urgences*.yml")) + sorted((ROOT / "bench" / "data").glob("*.yml")):
        if path.name == "nlu_test.yml":
            continue
        texts += list(_strings(yaml.safe_load(path.read_text()), {"text", "opening", "answers"}))
    seen: set[str] = set()
    return [t for t in texts if t and not (t in seen or seen.add(t))]


async def parse_all(model: Path, texts: list[str]) -> list[dict]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    out = []
    for text in texts:
        parse = await agent.parse_message(text)
        out.append({"intent": parse["intent"]["name"], "confidence": parse["intent"]["confidence"],
                    "entities": sorted((e["entity"], e["start"], e["end"], str(e.get("value")))
                                       for e in parse.get("entities", []))})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trained", type=Path)
    parser.add_argument("packed", type=Path, nargs="?")
    args = parser.parse_args()
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa's parse log would print every message in clear
    from bot.rasa_ext import fast_load

    fast_load.install()
    texts = messages()
    with tempfile.TemporaryDirectory() as tmp:
        packed = args.packed or Path(tmp) / "model.tar.xz"
        if args.packed is None:
            start = time.perf_counter()
            pack(args.trained, packed)
            print(f"packed in {time.perf_counter() - start:.1f} s")
        unpacked = Path(tmp) / "unpacked.tar.gz"
        start = time.perf_counter()
        unpack(packed, unpacked)
        print(f"unpacked in {time.perf_counter() - start:.1f} s")
        sizes = {name: path.stat().st_size for name, path in
                 (("trained .tar.gz", args.trained), ("packed .tar.xz", packed), ("unpacked .tar.gz", unpacked))}
        before = asyncio.run(parse_all(args.trained, texts))
        after = asyncio.run(parse_all(unpacked, texts))
    other_intent = [(t, b["intent"], a["intent"]) for t, b, a in zip(texts, before, after) if b["intent"] != a["intent"]]
    crossed = [t for t, b, a in zip(texts, before, after)
               if (b["confidence"] < FALLBACK_THRESHOLD) != (a["confidence"] < FALLBACK_THRESHOLD)]
    other_entities = [t for t, b, a in zip(texts, before, after) if b["entities"] != a["entities"]]
    deltas = sorted(abs(b["confidence"] - a["confidence"]) for b, a in zip(before, after))
    for name, size in sizes.items():
        print(f"{name:18} {size / 2**20:6.2f} MiB")
    print(f"messages parsed      {len(texts)}")
    print(f"other top intent     {len(other_intent)} ({100 * len(other_intent) / len(texts):.2f} %)")
    print(f"fallback crossed     {len(crossed)}")
    print(f"other entities       {len(other_entities)} ({100 * len(other_entities) / len(texts):.2f} %)")
    print(f"confidence change    median {deltas[len(deltas) // 2]:.5f}, "
          f"99th pct {deltas[int(len(deltas) * 0.99)]:.5f}, max {deltas[-1]:.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
