"""Benchmark: urgent-danger detection through the REAL bot (issue 6).

Starts the action server and the Rasa server (trained model, trained now if missing) on free
loopback ports, sends every message of cases/urgences.yml in a fresh conversation over the REST
channel, and reads which emergency the reply answers (actions.urgences.type_of_answer).
Prints recall and precision per emergency type, recall on the explicit messages, overall recall
and precision, the safety-net patterns alone for comparison, and the latency. Asserts nothing.
Targets (issue 6): recall 100 % on explicit messages, >= 95 % overall, precision >= 90 %.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actions.urgences import type_of_answer  # noqa: E402
from common.safety import TYPES, primary  # noqa: E402
from harness.model import model_path  # noqa: E402
from harness.servers import Conversation, action_server, rasa_server  # noqa: E402

CASES = yaml.safe_load((ROOT / "cases" / "urgences.yml").read_text(encoding="utf-8"))["cases"]


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f} % ({num}/{den})" if den else "    — (0/0)"


def report(title: str, expected: list[str], got: list[str], explicit: list[bool]) -> None:
    print(f"\n{title}")
    print(f"  {'type':10} {'recall':>18} {'precision':>18}")
    for kind in TYPES:
        tp = sum(e == kind and g == kind for e, g in zip(expected, got))
        print(f"  {kind:10} {pct(tp, expected.count(kind)):>18} {pct(tp, got.count(kind)):>18}")
    positives = [(e, g) for e, g in zip(expected, got) if e != "none"]
    explicit_pairs = [(e, g) for (e, g), x in zip(zip(expected, got), explicit) if x]
    alarms = [(e, g) for e, g in zip(expected, got) if g != "none"]
    print(f"  recall, explicit messages: {pct(sum(e == g for e, g in explicit_pairs), len(explicit_pairs))}")
    print(f"  recall, all emergencies:   {pct(sum(e == g for e, g in positives), len(positives))}")
    print(f"  recall, any alarm raised:  {pct(sum(g != 'none' for _, g in positives), len(positives))}")
    print(f"  precision, all alarms:     {pct(sum(e == g for e, g in alarms), len(alarms))}")
    misses = [(c["text"], e, g) for c, e, g in zip(CASES, expected, got) if e != g]
    for text, e, g in misses:
        print(f"    expected {e:10} got {g:10} {text}")


def main() -> None:
    expected = [c["type"] for c in CASES]
    explicit = [bool(c.get("explicit")) for c in CASES]
    print(f"{len(CASES)} messages, {sum(e != 'none' for e in expected)} emergencies "
          f"({sum(explicit)} explicit), {expected.count('none')} without emergency")
    report("Safety-net patterns alone (common/safety.py)", expected,
           [primary(c["text"]) or "none" for c in CASES], explicit)

    model = model_path()
    got: list[str] = []
    latencies: list[float] = []
    with tempfile.TemporaryDirectory() as logdir:
        with action_server(Path(logdir)) as actions_url, rasa_server(model, actions_url, Path(logdir)) as url:
            for i, case in enumerate(CASES):
                conversation = Conversation(url, f"bench-safety-{i}")
                start = time.perf_counter()
                answers = conversation.say(case["text"])
                latencies.append(time.perf_counter() - start)
                # The first emergency answer of the reply (a new conversation may start with the
                # session-start notice).
                kinds = [type_of_answer(a.get("text") or "") for a in answers]
                got.append(next((k for k in kinds if k), "none"))
    report(f"Real bot over REST ({model.name})", expected, got, explicit)
    latencies.sort()
    print(f"\n  latency per message: median {1000 * statistics.median(latencies):.0f} ms, "
          f"p95 {1000 * latencies[int(0.95 * (len(latencies) - 1))]:.0f} ms")


if __name__ == "__main__":
    main()
