"""Load test: N concurrent conversations of M turns through the REST channel, loopback only, on two
setups: "single", what `make run` starts (one Rasa server with the in-memory tracker store, one
action server, the SQLite knowledge base), and "scaled", the scaled-out setup (harness/cluster.py:
PostgreSQL, Redis, two action servers, two Rasa replicas).

    .venv-actions/bin/python bench/load.py [--setup single scaled] [--conversations 50 200] [--workers 2]
    .venv-actions/bin/python bench/load.py --urls http://127.0.0.1:5005 ...   # an already running setup

Each conversation: « bonjour », « où est mon CCAS ? », a commune, « merci » (M = 4 turns, the
turns alternating between the replicas). Prints throughput and p50/p95/p99 latency, and checks
that every message got an answer and that every conversation ends with the right commune in
its stored slots (read back from the tracker store: SQL for "scaled", Rasa's HTTP API for
"single") and the CCAS answer. Before the measured runs, a warm-up round (``--warmup``, 10
conversations by default) goes through every server, as any server in service has had: the first
messages of a new process pay one-time costs (connection pools, compiled queries, spaCy's first
calls); its throughput is printed apart and counted nowhere. ``--warmup 0`` measures cold servers.
Targets (issue « performance »): single ≥ 25 messages/s with p95 ≤ 2 s at 50 concurrent
conversations, scaled ≥ 40 messages/s.
"""
from __future__ import annotations

import argparse
import asyncio
from contextlib import contextmanager
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

COMMUNES = ["Villeurbanne", "Grenoble", "Rennes", "Nantes", "Bordeaux", "Dijon", "Limoges", "Brest"]
MAX_CONVERSATIONS = 1000


def expected_codes() -> dict[str, str]:
    from knowledge.territory import resolve_commune

    return {name: resolve_commune(name).best.code for name in COMMUNES}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


async def conversation(client: httpx.AsyncClient, urls: list[str], index: int, latencies: list[float],
                       failures: list[str]) -> tuple[str, str]:
    sender = f"load-{uuid.uuid4().hex[:12]}"
    commune = COMMUNES[index % len(COMMUNES)]
    turns = ["bonjour", "où est mon CCAS ?", commune, "merci"]
    for turn, message in enumerate(turns):
        url = urls[(index + turn) % len(urls)]
        start = time.perf_counter()
        try:
            response = await client.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message})
            answers = response.json() if response.status_code == 200 else []
        except (httpx.HTTPError, ValueError) as error:
            failures.append(f"{sender} turn {turn}: {type(error).__name__}")
            return sender, commune
        latencies.append(time.perf_counter() - start)
        text = "\n".join(a.get("text") or "" for a in answers)
        if not text:
            failures.append(f"{sender} turn {turn}: no answer (HTTP {response.status_code})")
        elif message == commune and f"CCAS de {commune}" not in text:
            failures.append(f"{sender}: no CCAS answer for {commune}")
    return sender, commune


def stored_communes(db_url: str, senders: list[str]) -> dict[str, str | None]:
    """The last `commune` slot of each conversation, read back from the SQL tracker store."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    out: dict[str, str | None] = {s: None for s in senders}
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT sender_id, data FROM events WHERE type_name = 'slot' "
                                 "AND data LIKE '%\"name\": \"commune\"%' ORDER BY id"))
        for sender, data in rows:
            if sender in out:
                out[sender] = json.loads(data)["value"]
    engine.dispose()
    return out


async def api_communes(url: str, token: str, senders: list[str]) -> dict[str, str | None]:
    """The `commune` slot of each conversation, read through Rasa's HTTP API (single setup)."""
    out: dict[str, str | None] = {}
    async with httpx.AsyncClient(timeout=60) as client:
        for sender in senders:
            response = await client.get(f"{url}/conversations/{sender}/tracker", params={"token": token})
            out[sender] = (response.json().get("slots") or {}).get("commune") if response.status_code == 200 else None
    return out


@contextmanager
def single(model: Path, logdir: Path) -> Iterator[tuple[str, str]]:
    """What `make run` starts, on free loopback ports: one action server, one Rasa server (the
    in-memory tracker store of bot/endpoints.yml, HTTP API on with a throwaway token to read the
    end states). Yields (Rasa URL, token)."""
    import secrets

    from harness.servers import ActionServer, RasaServer

    token = secrets.token_hex(16)
    actions = ActionServer(logdir)
    endpoints = logdir / "endpoints.yml"
    endpoints.write_text((ROOT / "bot" / "endpoints.yml").read_text().replace(
        "http://localhost:5055/webhook", actions.url))
    rasa = RasaServer(model, logdir, endpoints=endpoints, api_token=token)
    try:
        actions.start()
        rasa.start()
        yield rasa.url, token
    finally:
        rasa.stop()
        actions.stop()


async def drive(urls: list[str], n: int, max_seconds: float) -> dict:
    latencies: list[float] = []
    failures: list[str] = []
    limits = httpx.Limits(max_connections=n + 10, max_keepalive_connections=n + 10)
    async with httpx.AsyncClient(timeout=httpx.Timeout(max_seconds), limits=limits) as client:
        start = time.perf_counter()
        tasks = [asyncio.create_task(conversation(client, urls, i, latencies, failures)) for i in range(n)]
        done, pending = await asyncio.wait(tasks, timeout=max_seconds)
        for task in pending:
            task.cancel()
        wall = time.perf_counter() - start
    results = [t.result() for t in done]
    if pending:
        failures.append(f"{len(pending)} conversation(s) unfinished after {max_seconds:g} s")
    return {"wall": wall, "latencies": latencies, "failures": failures, "results": results}


def report(n: int, turns: int, run: dict, stored: dict[str, str | None] | None, codes: dict[str, str]) -> bool:
    lat = run["latencies"]
    print(f"conversations: {n} concurrent x {turns} turns = {n * turns} messages")
    print(f"answered: {len(lat)}/{n * turns} in {run['wall']:.1f} s -> {len(lat) / run['wall']:.1f} messages/s")
    if lat:
        print(f"latency: p50 {percentile(lat, 50) * 1000:.0f} ms, p95 {percentile(lat, 95) * 1000:.0f} ms, "
              f"p99 {percentile(lat, 99) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms, "
              f"mean {statistics.mean(lat) * 1000:.0f} ms")
    failures = list(run["failures"])
    if stored is not None:
        wrong = [s for s, c in run["results"] if stored.get(s) != codes[c]]
        print(f"end state: {len(run['results']) - len(wrong)}/{n} conversations with the right commune stored")
        failures += [f"{s}: stored commune {stored.get(s)!r}" for s in wrong]
    for failure in failures[:10]:
        print("FAILED", failure)
    ok = not failures and len(lat) == n * turns
    print("OK" if ok else f"{len(failures)} failure(s)")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", "-n", type=int, nargs="+", default=[50],
                        help="one run per number, on the same setup (e.g. -n 50 200)")
    parser.add_argument("--setup", nargs="+", choices=["single", "scaled"], default=["single", "scaled"],
                        help="single: what make run starts; scaled: harness/cluster.py (default: both)")
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="Sanic workers per Rasa replica")
    parser.add_argument("--rounds", type=int, default=3,
                        help="measured rounds per size, each with new conversations; the median is printed (default 3: "
                             "one round of 200 messages lasts about 5 s, too short a sample alone)")
    parser.add_argument("--warmup", type=int, default=10,
                        help="conversations sent before measuring, not counted (default 10; 0: none)")
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument("--urls", nargs="*", help="Rasa replicas already running (loopback)")
    parser.add_argument("--tracker-db", help="with --urls: SQLAlchemy URL of the tracker store, to check end states")
    parser.add_argument("--model", help="model file (default: scripts/train.sh)")
    args = parser.parse_args()
    sizes = [min(n, MAX_CONVERSATIONS) for n in args.conversations]
    codes = expected_codes()

    def runs(urls: list[str], db_url: str | None = None, api: tuple[str, str] | None = None) -> bool:
        ok = True
        if args.warmup > 0:
            warm = asyncio.run(drive(urls, min(args.warmup, MAX_CONVERSATIONS), args.max_seconds))
            print(f"\nwarm-up (not counted): {len(warm['latencies'])} messages in {warm['wall']:.1f} s, "
                  f"{len(warm['failures'])} failure(s)")
        for n in sizes:
            rates, p95s = [], []
            for round_ in range(1, args.rounds + 1):
                print(f"\n## {n} concurrent conversations" + (f", round {round_}/{args.rounds}" if args.rounds > 1 else ""))
                run = asyncio.run(drive(urls, n, args.max_seconds))
                senders = [s for s, _ in run["results"]]
                if db_url:
                    stored = stored_communes(db_url, senders)
                elif api:
                    stored = asyncio.run(api_communes(api[0], api[1], senders))
                else:
                    stored = None
                ok = report(n, 4, run, stored, codes) and ok
                rates.append(len(run["latencies"]) / run["wall"])
                p95s.append(percentile(run["latencies"], 95) if run["latencies"] else float("inf"))
            if args.rounds > 1:
                print(f"\n=> {n} concurrent, median of {args.rounds} rounds: {statistics.median(rates):.1f} messages/s "
                      f"(rounds: {', '.join(f'{r:.1f}' for r in rates)}), p95 {statistics.median(p95s) * 1000:.0f} ms")
        return ok

    if args.urls:
        if any(not u.startswith(("http://127.0.0.1", "http://localhost")) for u in args.urls):
            parser.error("loopback only")
        return 0 if runs(args.urls, args.tracker_db) else 1

    from harness.cluster import cluster
    from harness.model import model_path

    model = Path(args.model) if args.model else model_path()
    ok = True
    if "single" in args.setup:
        logdir = Path(tempfile.mkdtemp(prefix="load-single-"))
        started = time.perf_counter()
        with single(model, logdir) as (url, token):
            print(f"# single: 1 Rasa server (in-memory tracker store), 1 action server, SQLite knowledge base "
                  f"(ready in {time.perf_counter() - started:.0f} s); model {model.name}")
            ok = runs([url], api=(url, token)) and ok
    if "scaled" in args.setup:
        logdir = Path(tempfile.mkdtemp(prefix="load-logs-"))
        started = time.perf_counter()
        with cluster(model, logdir, replicas=args.replicas, workers=args.workers) as c:
            print(f"\n# scaled: {args.replicas} Rasa replicas x {args.workers} Sanic workers, {args.replicas} action "
                  f"servers, PostgreSQL, Redis (ready in {time.perf_counter() - started:.0f} s); model {model.name}")
            ok = runs(c.urls, c.tracker_db_url) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    from harness.processes import stop_on_sigterm

    stop_on_sigterm()  # `kill` stops the servers it started too
    sys.exit(main())
