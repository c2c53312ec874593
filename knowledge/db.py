"""Database engine and sessions: SQLite file by default, any SQLAlchemy URL via DATABASE_URL."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "var" / "knowledge.sqlite3"


class Base(DeclarativeBase):
    """Declarative base of every knowledge-base model."""


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_PATH}"


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL and process (DATABASE_URL when no URL is given)."""
    return _engine(url or database_url())


@lru_cache(maxsize=8)
def _engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    return engine


def session(url: str | None = None) -> Session:
    return sessionmaker(get_engine(url), expire_on_commit=False)()
