"""Run a command against a throwaway PostgreSQL cluster:

    .venv-actions/bin/python -m harness.with_postgres CMD [ARGS...]

The same server as the scaled-out setup (``harness.cluster.postgres``: Debian's PostgreSQL, a
temporary directory, a free loopback port), with a database ``knowledge_test`` besides
``knowledge``; DATABASE_URL and TEST_DATABASE_URL (``postgresql+psycopg://…``) are exported for
CMD, and the cluster is removed on exit whatever CMD returns. ``make test-postgres`` runs the
knowledge-base tests this way.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    if not argv:
        print("Usage : python -m harness.with_postgres COMMANDE [ARGUMENTS...]", file=sys.stderr)
        return 2
    from harness.cluster import postgres

    workdir = Path(tempfile.mkdtemp(prefix="with-postgres-"))
    try:
        with postgres(workdir) as pg:
            import psycopg2

            conn = psycopg2.connect(host="127.0.0.1", port=pg.port, user=pg.user, password=pg.password,
                                    dbname="postgres")
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("CREATE DATABASE knowledge_test")
            conn.close()
            env = {**os.environ, "DATABASE_URL": pg.url("knowledge", "postgresql+psycopg"),
                   "TEST_DATABASE_URL": pg.url("knowledge_test", "postgresql+psycopg")}
            return subprocess.call(argv, env=env)
    except RuntimeError as error:  # PostgreSQL missing or not starting: a French message
        print(error, file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
