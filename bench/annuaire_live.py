"""Benchmark: what live lookups in the official directory add to a contact answer.

Against the fake directory of the tests (a real HTTP server on a free loopback port answering in
the published Explore API v2.1 format, harness/annuaire_fake.py), on a throwaway SQLite
base (TEST_DATABASE_URL when set), never the project's knowledge base. Prints:

- the cache-hit cost: `live.refresh` when the base holds a recent answer (the only step a cached
  contact answer adds), the query of the offices found by lookups, and the whole
  `contacts_for_commune` with lookups on (cache hit) and off;
- the first lookup of a commune (two requests to the local fake, then stored);
- a directory slower than the timeout (default 2 s) and a closed port: the first answer, then the
  next one with the circuit breaker open.

Asserts nothing; the issue's targets are printed next to the figures.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from knowledge.contacts import contacts_for_commune  # noqa: E402
from knowledge.db import get_engine  # noqa: E402
from knowledge.directory import live  # noqa: E402
from knowledge.directory.models import AnnuaireCompetence, AnnuaireLookup, Structure  # noqa: E402
from knowledge.territory import reset_index  # noqa: E402
from knowledge.territory.build import build_territory  # noqa: E402
from harness.annuaire_fake import FakeAnnuaire, closed_port_url  # noqa: E402

CODE = "69266"
N = 300


def ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return f"p50 {statistics.median(samples) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, max {samples[-1] * 1000:.2f} ms"


def timed(fn, n: int = N) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def forget(engine) -> None:
    live.wait_idle()
    with engine.begin() as conn:
        conn.execute(delete(AnnuaireCompetence))
        conn.execute(delete(AnnuaireLookup))
    live.BREAKER.reset()


def main() -> None:
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    os.environ["DATABASE_URL"] = url
    engine = get_engine(url)
    build_territory(engine)
    reset_index()
    live.ensure_tables(engine)
    os.environ["ANNUAIRE_TIMEOUT_SECONDS"] = "2"

    with FakeAnnuaire() as fake:
        os.environ["ANNUAIRE_API_URL"] = fake.url
        forget(engine)
        contacts_for_commune(CODE, engine)  # warm-up: the first record validation builds pydantic's validators
        first = []
        for _ in range(20):
            forget(engine)
            start = time.perf_counter()
            contacts_for_commune(CODE, engine)
            first.append(time.perf_counter() - start)
        print(f"first lookup (2 requests to the local fake, stored), contacts_for_commune: {ms(first)}")

        # Cache hit: the base holds a fresh answer.
        contacts_for_commune(CODE, engine)
        requests = len(fake.requests)
        refresh = timed(lambda: live.refresh(CODE, [CODE], engine))
        assert live.refresh(CODE, [CODE], engine).status == "cache"

        def competence_query():
            with Session(engine) as session:
                session.execute(select(Structure, AnnuaireCompetence.code, AnnuaireCompetence.fetched_at)
                                .join(AnnuaireCompetence, AnnuaireCompetence.structure_id == Structure.id)
                                .where(AnnuaireCompetence.code.in_([CODE]))).all()

        query = timed(competence_query)
        on = timed(lambda: contacts_for_commune(CODE, engine))
        os.environ["ANNUAIRE_API_URL"] = ""
        off = timed(lambda: contacts_for_commune(CODE, engine))
        print(f"cache hit, live.refresh (the step a cached answer adds): {ms(refresh)}")
        print(f"cache hit, query of the offices found by lookups:      {ms(query)}")
        added = statistics.median(refresh) + statistics.median(query)
        print(f"added latency of a contact answer from the cache: {added * 1000:.2f} ms at the median "
              f"(target ≤ 5 ms)")
        print(f"contacts_for_commune, lookups on (cache hit): {ms(on)}")
        print(f"contacts_for_commune, lookups off:            {ms(off)}")
        print(f"requests during the cache-hit runs: {len(fake.requests) - requests} (expected 0)")

    for label, mode in (("directory slower than the timeout (sleeps 5 s)", "slow"), ("closed port", "down")):
        forget(engine)
        with FakeAnnuaire(mode="slow", delay=5.0) as slow:
            os.environ["ANNUAIRE_API_URL"] = slow.url if mode == "slow" else closed_port_url()
            start = time.perf_counter()
            contacts_for_commune(CODE, engine)
            first_answer = time.perf_counter() - start
            start = time.perf_counter()
            contacts_for_commune(CODE, engine)
            second = time.perf_counter() - start
            print(f"{label}: first answer {first_answer * 1000:.0f} ms (bound: timeout 2000 ms), "
                  f"next one {second * 1000:.1f} ms (circuit breaker open)")
    live.wait_idle()


if __name__ == "__main__":
    main()
