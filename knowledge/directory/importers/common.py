"""Helpers shared by the importers: reading the published files, cleaning values, logging an import."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, insert

from knowledge.territory.models import Import
from knowledge.territory.normalize import normalise
from knowledge.territory.resolver import CODE_COMMUNE

_POSTAL = re.compile(r"^\d{5}$")


def read_json(path: Path | str):
    from knowledge.directory.report import ImportFormatError
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise ImportFormatError(f"fichier introuvable : {path}") from None
    except OSError as exc:  # a directory, no permission…
        raise ImportFormatError(f"fichier illisible : {path} ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{Path(path).name} n'est pas un fichier JSON valide : {exc}") from None


def text(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def insee(value) -> str | None:
    value = (text(value) or "").upper()
    return value if CODE_COMMUNE.match(value) else None


def postal(value) -> str | None:
    value = text(value) or ""
    return value if _POSTAL.match(value) else None


def url(value) -> str | None:
    value = text(value)
    if not value:
        return None
    return value if re.match(r"^https?://", value, re.IGNORECASE) else f"https://{value}"


def search_text(*parts) -> str:
    """The normalised text a search runs against (no accents, lower case)."""
    return normalise(" ".join(p for p in parts if p))[:2000]


def log_import(conn: Connection, source: str, version: str, licence: str, records: int) -> None:
    conn.execute(insert(Import), [{
        "source": source[:200], "version": version[:50], "licence": licence[:50], "records": records,
        "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }])
