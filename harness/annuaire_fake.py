"""A fake of the official directory's API (Opendatasoft Explore API v2.1), on a free loopback port.

Serves the two datasets of the committed fixtures (``annuaire/live_records.json`` and
``annuaire/live_competence.json``) the way the real API does:
``GET /api/explore/v2.1/catalog/datasets/{dataset}/records?where=…&select=…&limit=…`` answers
``{"total_count": n, "results": [...]}``, filtered by the ``where`` clauses the lookup sends
(``field="value"`` joined by OR / AND), trimmed to the ``select`` fields. Modes for the failure
cases: ``slow`` (sleeps before answering), ``error`` (HTTP 500), ``garbage`` (not JSON).
Every request is counted.
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parents[1] / "tests" / "fixtures"  # the committed fixtures
PREFIX = "/api/explore/v2.1/catalog/datasets/"
DATASETS = {
    "api-lannuaire-administration": HERE / "annuaire" / "live_records.json",
    "api-lannuaire-administration-locale-competence-geographique": HERE / "annuaire" / "live_competence.json",
}
_CLAUSE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def _matches(record: dict, where: str) -> bool:
    """Each AND group (parenthesised or a single clause) must have one clause that matches."""
    groups = [g for g in re.split(r"\)\s+AND\s+\(", where.strip().strip("()"))] if where else []
    for group in groups:
        clauses = _CLAUSE.findall(group)
        if clauses and not any(str(record.get(f)) == v for f, v in clauses):
            return False
    return True


class FakeAnnuaire:
    def __init__(self, mode: str = "ok", delay: float = 0.0) -> None:
        self.mode, self.delay = mode, delay
        self.requests: list[tuple[str, dict]] = []
        self.data = {name: json.loads(path.read_text(encoding="utf-8"))["results"]
                     for name, path in DATASETS.items()}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                fake.requests.append((parts.path, query))
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if fake.mode == "error":
                    return self._send(500, b'{"error_code": "InternalError"}')
                if fake.mode == "garbage":
                    return self._send(200, b"<html>maintenance</html>", "text/html")
                name = parts.path.removeprefix(PREFIX).removesuffix("/records")
                if not parts.path.startswith(PREFIX) or name not in fake.data:
                    return self._send(404, b'{"error_code": "DatasetNotFound"}')
                results = [r for r in fake.data[name] if _matches(r, query.get("where", ""))]
                if query.get("select"):
                    fields = [f.strip() for f in query["select"].split(",")]
                    results = [{f: r.get(f) for f in fields} for r in results]
                results = results[:int(query.get("limit", 10))]
                body = json.dumps({"total_count": len(results), "results": results}, ensure_ascii=False)
                self._send(200, body.encode("utf-8"))

            def _send(self, status: int, body: bytes, kind: str = "application/json; charset=utf-8") -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/explore/v2.1"

    def __enter__(self) -> FakeAnnuaire:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def closed_port_url() -> str:
    """An API URL on a loopback port where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/explore/v2.1"
