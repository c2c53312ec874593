#!/usr/bin/env python3
"""Delete the stored conversations older than the retention time (for cron / a systemd timer).

    scripts/purge_trackers.py [--url SQLALCHEMY_URL] [--hours H]

URL: --url, else $TRACKER_STORE_URL (the database of Rasa's SQL tracker store,
e.g. postgresql://rasa@127.0.0.1:5432/rasa, password in the URL or $PGPASSWORD).
Hours: --hours, else $CONVERSATION_RETENTION_HOURS, else 168 (7 days).
The Rasa server purges the same way on its own every hour (bot/rasa_ext/tracker_store.py).
Runs in either environment (.venv-actions or .venv-bot).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common.retention import purge_sql, retention_hours  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Efface les conversations plus anciennes que la durée de conservation.")
    parser.add_argument("--url", default=os.environ.get("TRACKER_STORE_URL"))
    parser.add_argument("--hours", default=None)
    args = parser.parse_args(argv)
    if not args.url:
        print("Indiquez la base des conversations : --url ou TRACKER_STORE_URL.", file=sys.stderr)
        return 2
    try:
        hours = retention_hours(args.hours)
    except ValueError:
        print("La durée de conservation doit être un nombre d'heures positif.", file=sys.stderr)
        return 2
    from sqlalchemy import create_engine

    engine = create_engine(args.url)
    try:
        count = purge_sql(engine, hours)
    finally:
        engine.dispose()
    print(f"{count} conversation(s) effacée(s) (inactives depuis plus de {hours:g} h).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
