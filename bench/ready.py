"""Ready time: from `scripts/run.sh` (what `make run` starts once installed, the model trained) to
the three servers answering, then the first answers.

Starts scripts/run.sh on free loopback ports and polls every 100 ms: the action server
(/health), the Rasa server (/) and the web page (/health). Prints the time until each answers
("ready" = the last of the three), then the time of a first conversation turn (« bonjour ») and of
a first orientation, and when the action server had loaded the eligibility engine (OpenFisca): it
starts that load once the Rasa server answers (actions/warmup.py), so an orientation played at
once, as here, may wait for part of it; a person reaches it after several questions.
Stops everything it started. Target (issue « performance »): ready ≤ 20 s.

    .venv-actions/bin/python bench/ready.py [--runs 1]
"""
from __future__ import annotations

import argparse
import datetime
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.model import model_path  # noqa: E402
from harness.processes import free_port  # noqa: E402
from harness.servers import ActionServer  # noqa: E402

TIMEOUT = 600


def _up(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code < 500
    except httpx.HTTPError:
        return False


def say(rasa: str, sender: str, message: str) -> tuple[float, list[dict]]:
    start = time.perf_counter()
    response = httpx.post(f"{rasa}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=120)
    return time.perf_counter() - start, response.json()


def one_run() -> dict[str, float]:
    ports = {"ACTIONS_PORT": free_port(), "RASA_PORT": free_port(), "WEB_PORT": free_port()}
    urls = {"actions": f"http://127.0.0.1:{ports['ACTIONS_PORT']}/health",
            "rasa": f"http://127.0.0.1:{ports['RASA_PORT']}/",
            "web": f"http://127.0.0.1:{ports['WEB_PORT']}/health"}
    env = {**os.environ, **{k: str(v) for k, v in ports.items()}}
    env.pop("PYTHONPATH", None)
    times: dict[str, float] = {}
    with tempfile.TemporaryFile() as log:
        start, wall_start = time.perf_counter(), time.time()
        proc = subprocess.Popen([str(ROOT / "scripts" / "run.sh")], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            while len(times) < len(urls):
                if proc.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"scripts/run.sh exited ({proc.returncode}):\n{log.read().decode()[-3000:]}")
                if time.perf_counter() - start > TIMEOUT:
                    raise TimeoutError(f"not ready after {TIMEOUT} s: {sorted(set(urls) - set(times))}")
                for name, url in urls.items():
                    if name not in times and _up(url):
                        times[name] = time.perf_counter() - start
                time.sleep(0.1)
            times["ready"] = max(times.values())
            rasa = f"http://127.0.0.1:{ports['RASA_PORT']}"
            sender = f"ready-{uuid.uuid4().hex[:8]}"
            times["first answer"], _ = say(rasa, sender, "bonjour")
            # A conversation of bench/dialogue.py to its orientation (the eligibility engine, OpenFisca).
            from bench.dialogue import PROFILS, play

            timings: dict[str, list[float]] = {"orientation": [], "autres": []}
            play(rasa, f"{sender}-o", *PROFILS[1], timings)
            times["orientation"] = timings["orientation"][0] if timings["orientation"] else float("nan")
            times["warm"] = _warm_at(log, wall_start)
        finally:
            os.killpg(proc.pid, signal.SIGINT)  # run.sh's trap stops its three servers
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    return times


def _warm_at(log, wall_start: float, timeout: float = 120) -> float:
    """Seconds from the start to the action server's line saying the engine is loaded (its own
    timestamp, ``%(asctime)s``: milliseconds)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        log.seek(0)
        for line in log.read().decode(errors="replace").splitlines():
            if ActionServer.warm_up_done in line:
                stamp = datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
                return stamp.timestamp() - wall_start
        time.sleep(0.2)
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    model = model_path()
    print(f"model: {model.name} (trained beforehand; scripts/run.sh on free ports)")
    for i in range(args.runs):
        t = one_run()
        print(f"run {i + 1}: actions {t['actions']:.1f} s, Rasa {t['rasa']:.1f} s, web {t['web']:.1f} s "
              f"-> ready {t['ready']:.1f} s (target ≤ 20 s); first answer {t['first answer'] * 1000:.0f} ms; "
              f"first orientation turn {t['orientation']:.1f} s; engine loaded at {t['warm']:.1f} s")


if __name__ == "__main__":
    from harness.processes import stop_on_sigterm

    stop_on_sigterm()  # `kill` stops the servers it started too
    main()
