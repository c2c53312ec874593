"""Start the real action server and the real Rasa server on free loopback ports."""
from __future__ import annotations

import os
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

# The same process helpers as the scale-out setup (deploy/cluster.py), re-exported for the tests.
from deploy.cluster import ACTIONS_PYTHON, BOT_BIN, ROOT, free_port, wait_http  # noqa: F401
from deploy.cluster import stop as cluster_stop


def stop(proc: subprocess.Popen) -> None:
    cluster_stop(proc, timeout=20)


def model_path() -> Path:
    """The model for the current data, trained now if it is missing; $RASA_MODEL overrides it
    (a model already trained, when the shared data changes faster than training runs)."""
    if os.environ.get("RASA_MODEL"):
        return Path(os.environ["RASA_MODEL"]).resolve()
    out = subprocess.run([str(ROOT / "scripts" / "train.sh")], cwd=ROOT, capture_output=True, text=True,
                         timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(f"Training failed:\n{out.stderr[-4000:]}")
    return ROOT / out.stdout.strip()


@contextmanager
def action_server(logdir: Path, env: dict | None = None) -> Iterator[str]:
    port = free_port()
    log = logdir / f"actions-{port}.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [str(ACTIONS_PYTHON), "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
            cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc, log)
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        stop(proc)


@contextmanager
def rasa_server(model: Path, action_url: str, logdir: Path, cors: list[str] | None = None) -> Iterator[str]:
    """Rasa on a free port; `cors`: origins allowed to call it from a browser (``rasa run --cors``)."""
    port = free_port()
    log = logdir / f"rasa-{port}.log"
    endpoints = Path(tempfile.mkdtemp(dir=logdir)) / "endpoints.yml"
    endpoints.write_text(f"action_endpoint:\n  url: \"{action_url}\"\n")
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [str(BOT_BIN / "rasa"), "run", "--model", str(model), "--endpoints", str(endpoints),
             "--credentials", str(ROOT / "bot" / "credentials.yml"), "--port", str(port),
             "--interface", "127.0.0.1", *(["--cors", *cors] if cors else [])],
            cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
            env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"},
        )
    try:
        wait_http(f"http://127.0.0.1:{port}/", proc, log, timeout=float(os.environ.get("RASA_START_TIMEOUT", 300)))
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


class Conversation:
    """One person talking to the bot through the REST channel."""

    def __init__(self, rasa_url: str, sender: str) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.sender = sender

    def say(self, message: str) -> list[dict]:
        response = httpx.post(self.url, json={"sender": self.sender, "message": message}, timeout=60)
        response.raise_for_status()
        return response.json()

    @staticmethod
    def text(answers: list[dict]) -> str:
        return "\n".join(a.get("text", "") for a in answers)

    @staticmethod
    def buttons(answers: list[dict]) -> list[dict]:
        return [b for a in answers for b in a.get("buttons", [])]
