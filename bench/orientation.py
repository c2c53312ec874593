"""Benchmark: orient() latency over the committed cases, cold start, concurrency.

Prints figures; asserts nothing. Uses the knowledge base of DATABASE_URL
(default var/knowledge.sqlite3, built by `make db`).
"""
from __future__ import annotations

import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CASES = ROOT / "cases" / "orientation.yml"
ROUNDS = 3


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    situations = [c["situation"] for c in yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]]

    start = time.perf_counter()
    from knowledge.eligibility import openfisca_adapter, orient
    openfisca_adapter.tax_benefit_system()
    load = time.perf_counter() - start
    first_start = time.perf_counter()
    orient(situations[0])
    first = time.perf_counter() - first_start
    print(f"cold start: import + OpenFisca-France load {load:.2f} s, first orient() {first:.2f} s "
          f"(total {load + first:.2f} s)")

    timings = []
    for _ in range(ROUNDS):
        for situation in situations:
            t = time.perf_counter()
            orient(situation)
            timings.append(time.perf_counter() - t)
    print(f"warm orient() over {len(situations)} cases x {ROUNDS}: "
          f"p50 {statistics.median(timings) * 1000:.0f} ms, p95 {percentile(timings, 95) * 1000:.0f} ms, "
          f"max {max(timings) * 1000:.0f} ms")

    for workers in (2, 4):
        t = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(orient, situations))
        elapsed = time.perf_counter() - t
        print(f"{workers} threads: {len(situations)} situations in {elapsed:.2f} s "
              f"({len(situations) / elapsed:.1f} situations/s)")


if __name__ == "__main__":
    main()
