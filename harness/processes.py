"""Processes on loopback: free ports, waiting for them to answer, stopping them with their children."""
from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
BOT_BIN = ROOT / ".venv-bot" / "bin"
ACTIONS_PYTHON = ROOT / ".venv-actions" / "bin" / "python"
RESULT_PREFIX = "RESULT "


def run_bot_script(script: str, *args: str, env: dict | None = None, timeout: float = 600) -> dict:
    """Run Python code in the bot environment (Rasa, TensorFlow; the repository root on its path) and
    return the JSON it printed last on a line starting with ``RESULT ``; its output in the error
    when it failed or printed none."""
    out = subprocess.run([str(BOT_BIN / "python"), "-c", script, *args], cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                         capture_output=True, text=True, timeout=timeout)
    lines = [line for line in out.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"bot script failed ({out.returncode}):\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}")
    return json.loads(lines[-1][len(RESULT_PREFIX):])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"Hello")

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def answering_http(port: int) -> Iterator[str]:
    """A plain HTTP server answering 200 to any GET on ``port`` (loopback) while the block runs:
    the server another process waits for, when what it serves does not matter."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def http_ready(url: str) -> bool:
    import httpx

    try:
        return httpx.get(url, timeout=2).status_code < 500
    except httpx.HTTPError:
        return False


def wait_until(check, proc: subprocess.Popen, log: Path, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited ({proc.returncode}):\n{log.read_text()[-4000:]}")
        if check():
            return
        time.sleep(0.3)
    raise TimeoutError(f"{what} not ready after {timeout} s:\n{log.read_text()[-4000:]}")


def wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = 240) -> None:
    """Wait until ``url`` answers below 500; fail early if ``proc`` exits."""
    wait_until(lambda: http_ready(url), proc, log, url, timeout)


def start(cmd: list[str], log: Path, env: dict | None = None, cwd: Path = ROOT) -> subprocess.Popen:
    """Start ``cmd`` (from the repository root by default) in its own process group (Sanic and
    uvicorn serve from child processes: the whole group is signalled), output appended to ``log``."""
    with log.open("a") as fh:
        return subprocess.Popen(cmd, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2",
                                     **(env or {})},
                                start_new_session=True)


def stop_on_sigterm() -> None:
    """Make `kill` (SIGTERM) end the calling script as Ctrl-C does, so that the servers its context
    managers started are stopped rather than left running (benches and harness/cluster.py call it)."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def signal_group(proc: subprocess.Popen, sig: int) -> None:
    """Signal the process and, when it leads its own group (``start``), its whole group."""
    try:
        if os.getpgid(proc.pid) == proc.pid:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
    except ProcessLookupError:
        pass


def stop(proc: subprocess.Popen | None, timeout: float = 30) -> None:
    """Stop a process (and its group when ``start`` gave it one), killing it past ``timeout``."""
    if proc is None:
        return
    leader = proc.poll() is None and os.getpgid(proc.pid) == proc.pid
    signal_group(proc, signal.SIGCONT)  # a frozen process cannot handle SIGTERM
    if proc.poll() is None:
        signal_group(proc, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            signal_group(proc, signal.SIGKILL)
    if leader:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # children left behind, if any
        except ProcessLookupError:
            pass
    proc.wait()
