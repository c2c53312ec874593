"""Abuse bench: what a flood costs the other people, and what a refused request costs the server.

    .venv-actions/bin/python bench/abuse.py [--rate 50] [--conversations 4]

1. The real action server and Rasa (harness, loopback), behind a pretend reverse proxy
   (TRUSTED_PROXY=127.0.0.1, each simulated person with their own X-Forwarded-For address) and the
   default limits. A second sender holds conversations of 6 turns over REST, first alone (quiet),
   then while one sender floods at ``--rate`` messages per second: the second sender's turn latency
   p50/p95 in both cases, and how many of the flood's messages were answered or refused (429).
2. The real web server: the server CPU time of one refused request to POST /orientation/evaluate
   (without the agents' token: 401; a 500-case file over the time budget: 413), read from the
   process's CPU counters over many requests.
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from harness.flood import Flood  # noqa: E402
from harness.model import model_path  # noqa: E402
from harness.servers import AGENTS_TOKEN, ActionServer, RasaServer, WebServer  # noqa: E402

TURNS = ["bonjour", "où est mon CCAS ?", "Villeurbanne", "merci", "qui êtes-vous ?", "au revoir"]
_addresses = (f"203.0.113.{i}" for i in itertools.count(1))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def conversations(rasa: str, n: int) -> list[float]:
    """``n`` conversations of other people, one after the other, each from its own address."""
    latencies = []
    with httpx.Client(timeout=120) as client:
        for _ in range(n):
            sender, headers = f"bench-abuse-{uuid.uuid4().hex[:8]}", {"X-Forwarded-For": next(_addresses)}
            for text in TURNS:
                start = time.perf_counter()
                r = client.post(f"{rasa}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                                headers=headers)
                latencies.append(time.perf_counter() - start)
                if r.status_code != 200 or not r.json():
                    raise SystemExit(f"the quiet sender was not answered (HTTP {r.status_code})")
    return latencies


def line(name: str, values: list[float]) -> str:
    return (f"  {name:34} {len(values):3} turns   p50 {statistics.median(values) * 1000:6.0f} ms   "
            f"p95 {percentile(values, 95) * 1000:6.0f} ms   max {max(values) * 1000:6.0f} ms")


def chat_flood(logdir: Path, rate: float, n: int) -> None:
    env = {"TRUSTED_PROXY": "127.0.0.1", "RATE_LIMIT_SENDER": "", "RATE_LIMIT_ADDRESS": ""}  # defaults, per person
    actions = ActionServer(logdir)
    actions.start()
    try:
        rasa = RasaServer(model_path(), logdir, actions.url, env=env)
        rasa.start()
        try:
            conversations(rasa.url, 1)  # warm-up
            quiet = conversations(rasa.url, n)
            stop = threading.Event()
            flood = Flood(rasa.url, f"bench-flood-{uuid.uuid4().hex[:8]}", {"X-Forwarded-For": next(_addresses)}, rate)
            flooder = threading.Thread(target=flood.run, args=(stop,))
            flooder.start()
            try:
                time.sleep(1)
                during = conversations(rasa.url, n)
            finally:
                stop.set()
                flooder.join()
        finally:
            rasa.stop()
    finally:
        actions.stop()
    print(f"Chat channel (REST), default limits, one sender flooding at {rate:g} messages/s:")
    print(line("second sender, quiet", quiet))
    print(line("second sender, during the flood", during))
    print(f"  p95 during the flood / quiet: {percentile(during, 95) / percentile(quiet, 95):.2f}")
    codes = flood.codes
    print(f"  the flood: {len(codes)} messages in {flood.seconds:.1f} s ({len(codes) / flood.seconds:.0f}/s), "
          f"{codes.count(200)} answered, {codes.count(429)} refused (429), "
          f"{len(codes) - codes.count(200) - codes.count(429)} other")


def refused_evaluations(logdir: Path, repeat: int = 200) -> None:
    web = WebServer(logdir, env={"EVALUATE_BUDGET_SECONDS": "20"})
    web.start()
    try:
        process = psutil.Process(web.proc.pid)
        big = ("cases:\n" + "".join(f"  - {{id: c{i}, situation: {{age: 35, commune: '69266'}}, include: [rsa]}}\n"
                                    for i in range(500))).encode()
        bearer = {"Authorization": f"Bearer {AGENTS_TOKEN}"}
        print(f"\nRefused POST /orientation/evaluate (server CPU per request, mean of {repeat}):")
        with httpx.Client(base_url=web.url, timeout=60) as client:
            for name, headers, status in (("without the agents' token (401)", {}, 401),
                                          (f"500 cases over the 20 s budget (413, {len(big) // 1000} kB)", bearer, 413)):
                client.post("/orientation/evaluate", content=big, headers=headers)  # warm
                before, start = process.cpu_times(), time.perf_counter()
                for _ in range(repeat):
                    r = client.post("/orientation/evaluate", content=big, headers=headers)
                    assert r.status_code == status, (r.status_code, r.text[:200])
                after, wall = process.cpu_times(), time.perf_counter() - start
                cpu = (after.user - before.user + after.system - before.system) / repeat
                print(f"  {name:52} {cpu * 1000:6.2f} ms CPU, {wall / repeat * 1000:6.2f} ms wall")
    finally:
        web.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=50, help="messages per second of the flood (50)")
    parser.add_argument("--conversations", type=int, default=4, help="of 6 turns, quiet and during the flood (4)")
    args = parser.parse_args()
    logdir = Path(tempfile.mkdtemp(prefix="bench-abuse-"))
    chat_flood(logdir, args.rate, args.conversations)
    refused_evaluations(logdir)


if __name__ == "__main__":
    main()
