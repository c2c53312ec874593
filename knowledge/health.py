"""Start-up check of the knowledge base: fail at start, with a clear message, not at the first person.

Used by the action server's entry point (``python -m actions``), scripts/run.sh and
``python -m knowledge.health`` (exit status 0 when the base is usable).
"""
from __future__ import annotations

import sys
from pathlib import Path

MIN_COMMUNES = 1000  # the territory base holds ~35,000; fewer means a broken or partial build


class KnowledgeBaseError(RuntimeError):
    """The knowledge base is missing or empty."""


def check_knowledge_base(url: str | None = None) -> int:
    """Number of communes in the base; raises KnowledgeBaseError (French message) if unusable."""
    from sqlalchemy import create_engine, func, inspect, select
    from sqlalchemy.exc import SQLAlchemyError

    from knowledge.db import database_url
    from knowledge.territory.models import Commune

    url = url or database_url()
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise KnowledgeBaseError(
            f"La base de connaissances est introuvable ({url.removeprefix('sqlite:///')}). "
            "Construisez-la avec « .venv-actions/bin/knowledge build » (ou « make db »).")
    engine = create_engine(url)
    try:
        if not inspect(engine).has_table(Commune.__tablename__):
            raise KnowledgeBaseError(
                "La base de connaissances est vide (pas de table des communes). "
                "Construisez-la avec « .venv-actions/bin/knowledge build ».")
        with engine.connect() as conn:
            count = conn.scalar(select(func.count()).select_from(Commune)) or 0
    except SQLAlchemyError as error:
        raise KnowledgeBaseError(
            f"La base de connaissances ne répond pas ({type(error).__name__}). "
            "Vérifiez DATABASE_URL et que le serveur de base de données est démarré.") from error
    finally:
        engine.dispose()
    if count < MIN_COMMUNES:
        raise KnowledgeBaseError(
            f"La base de connaissances ne contient que {count} commune(s). "
            "Reconstruisez-la avec « .venv-actions/bin/knowledge build ».")
    return count


def check_or_exit(who: str) -> None:
    """Stop the process with the French message and status 3 when the base is unusable."""
    try:
        check_knowledge_base()
    except KnowledgeBaseError as error:
        print(f"Démarrage du {who} impossible : {error}", file=sys.stderr)
        raise SystemExit(3)


if __name__ == "__main__":
    check_or_exit("service")
    print("Base de connaissances utilisable.")
