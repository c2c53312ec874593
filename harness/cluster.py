"""The scaled-out setup on loopback: PostgreSQL, Redis, action servers and Rasa replicas.

    .venv-actions/bin/python -m harness.cluster [--replicas 2] [--workers 2]   # runs until Ctrl-C

Used by tests/scale (started once per test session) and bench/load.py. PostgreSQL and Redis
come from Debian's packages (``postgresql``, ``redis-server``; .ci/run installs them); a
throwaway PostgreSQL cluster and Redis server run on free ports in a temporary directory and
are deleted at the end. The knowledge base is built into the same PostgreSQL server
(database ``knowledge``), the conversations go to database ``rasa``. Replica i uses action
server i; in production a load balancer sits in front of the replicas.
"""
from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from harness.model import model_path
from harness.processes import ROOT, free_port, stop, wait_until
from harness.servers import ActionServer, RasaServer

ENDPOINTS = ROOT / "deploy" / "endpoints.yml"


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if not found:
        raise RuntimeError("PostgreSQL est introuvable : apt-get install postgresql (voir .ci/run).")
    return Path(found[-1]).parent


@dataclass
class Postgres:
    port: int
    password: str
    user: str = "orientation"

    def url(self, db: str, driver: str = "postgresql+psycopg2") -> str:
        return f"{driver}://{self.user}:{self.password}@127.0.0.1:{self.port}/{db}"


@contextmanager
def postgres(workdir: Path) -> Iterator[Postgres]:
    """A throwaway PostgreSQL server (password auth on loopback) with databases rasa and knowledge."""
    bindir = postgres_bin()
    pg = Postgres(port=free_port(), password=secrets.token_hex(12))
    data, sock = workdir / "pgdata", workdir / "pgsock"
    data.mkdir()
    sock.mkdir()
    pwfile = workdir / "pgpass"
    pwfile.write_text(pg.password + "\n")
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(workdir, "postgres")
        for p in (data, sock, pwfile):
            shutil.chown(p, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", pg.user, "-A", "scram-sha-256",
                    f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"],
                   check=True, capture_output=True)
    log = workdir / "postgres.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [*as_user, str(bindir / "postgres"), "-D", str(data), "-p", str(pg.port), "-k", str(sock),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "max_connections=300"],
            stdout=fh, stderr=subprocess.STDOUT)
    try:
        import psycopg2

        def ready() -> bool:
            try:
                psycopg2.connect(host="127.0.0.1", port=pg.port, user=pg.user, password=pg.password,
                                 dbname="postgres").close()
                return True
            except psycopg2.OperationalError:
                return False

        wait_until(ready, proc, log, "PostgreSQL", 60)
        conn = psycopg2.connect(host="127.0.0.1", port=pg.port, user=pg.user, password=pg.password,
                                dbname="postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("CREATE DATABASE rasa")
            cur.execute("CREATE DATABASE knowledge")
        conn.close()
        yield pg
    finally:
        stop(proc)


@contextmanager
def redis(workdir: Path) -> Iterator[tuple[int, str]]:
    """A throwaway Redis server on loopback with a password: (port, password)."""
    port, password = free_port(), secrets.token_hex(12)
    conf = workdir / "redis.conf"
    conf.write_text(f"bind 127.0.0.1\nport {port}\nrequirepass {password}\nsave \"\"\nappendonly no\n"
                    f"dir {workdir}\n")
    log = workdir / "redis.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(["redis-server", str(conf)], stdout=fh, stderr=subprocess.STDOUT)

    def ready() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(f"AUTH {password}\r\nPING\r\n".encode())
                return b"PONG" in s.recv(100) or b"PONG" in s.recv(100)
        except OSError:
            return False

    try:
        wait_until(ready, proc, log, "Redis", 30)
        yield port, password
    finally:
        stop(proc)


@dataclass
class Cluster:
    pg: Postgres
    redis_port: int
    actions: list[str]
    replicas: list[RasaServer] = field(default_factory=list)
    logdir: Path | None = None

    @property
    def urls(self) -> list[str]:
        return [r.url for r in self.replicas]

    @property
    def tracker_db_url(self) -> str:
        return self.pg.url("rasa")

    @property
    def knowledge_db_url(self) -> str:
        return self.pg.url("knowledge")


def build_knowledge(url: str) -> None:
    out = subprocess.run([str(ROOT / ".venv-actions" / "bin" / "knowledge"), "build"], cwd=ROOT,
                         env={**os.environ, "DATABASE_URL": url}, capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise RuntimeError(f"knowledge build failed:\n{out.stderr[-3000:]}")


@contextmanager
def cluster(model: Path, logdir: Path, replicas: int = 2, workers: int = 1,
            env: dict | None = None) -> Iterator[Cluster]:
    """PostgreSQL + Redis + ``replicas`` action servers and Rasa replicas, all stopped at the end."""
    workdir = Path(tempfile.mkdtemp(prefix="orientation-cluster-"))
    try:
        with ExitStack() as stack:
            pg = stack.enter_context(postgres(workdir))
            redis_port, redis_password = stack.enter_context(redis(workdir))
            build_knowledge(pg.url("knowledge"))
            base = {**(env or {}), "DATABASE_URL": pg.url("knowledge")}
            servers = [ActionServer(logdir, base) for _ in range(replicas)]
            for server in servers:
                stack.callback(server.stop)
                server.start()
            actions = [server.url for server in servers]
            c = Cluster(pg=pg, redis_port=redis_port, actions=actions, logdir=logdir)
            for i in range(replicas):
                c.replicas.append(RasaServer(model, logdir, env={
                    **base, "ACTION_ENDPOINT_URL": actions[i], "TRACKER_DB_HOST": "127.0.0.1",
                    "TRACKER_DB_PORT": str(pg.port), "TRACKER_DB_NAME": "rasa", "TRACKER_DB_USER": pg.user,
                    "TRACKER_DB_PASSWORD": pg.password, "REDIS_HOST": "127.0.0.1",
                    "REDIS_PORT": str(redis_port), "REDIS_PASSWORD": redis_password,
                }, endpoints=ENDPOINTS, workers=workers))
            for replica in c.replicas:
                stack.callback(replica.stop)
            # All at once: replicas racing to create the tables is expected by Rasa's SQL store.
            for replica in c.replicas:
                replica.start(wait=False)
            for replica in c.replicas:
                replica.wait()
            yield c
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Lance PostgreSQL, Redis, les serveurs d'actions et les répliques Rasa.")
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from harness.processes import stop_on_sigterm

    stop_on_sigterm()  # `kill` stops it as Ctrl-C does: every server it started is stopped
    logs = Path(tempfile.mkdtemp(prefix="orientation-logs-"))
    with cluster(model_path(), logs, args.replicas, args.workers) as c:
        print("Rasa :", " ".join(c.urls), "| actions :", " ".join(c.actions), "| journaux :", logs)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
