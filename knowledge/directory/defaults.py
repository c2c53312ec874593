"""Default content loaded by `knowledge build`: national entry points; the scheme records are validated."""
from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import Connection, insert

from knowledge.directory.importers.common import search_text
from knowledge.directory.models import Structure, StructureZone
from knowledge.directory.writer import fingerprint
from knowledge.schemes import load_catalogue

NATIONAL_FILE = Path(__file__).resolve().parent / "national.yaml"
NATIONAL_SOURCE = "national"


def national_entries(path: Path = NATIONAL_FILE) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_defaults(conn: Connection) -> dict[str, int]:
    """Insert the national actors (competent for "france") into fresh tables and validate the scheme
    records: a broken record stops the build (CatalogueError, French, naming the file and the field).
    The records are not copied into the base: the engine, the API and ``knowledge show`` read them."""
    rows = []
    for entry in national_entries():
        row = {
            "id": entry["id"], "source": NATIONAL_SOURCE, "nom": entry["nom"], "kind": entry["kind"],
            "categorie": entry["categorie"], "reseaux_porteurs": entry.get("reseaux_porteurs") or [],
            "description": " ".join(entry["description"].split()), "site_web": entry.get("site_web"),
            "telephone": entry.get("telephone"), "national": True, "source_url": entry["source_url"],
            "licence": None, "checked": str(entry["checked"]),
        }
        row["recherche"] = search_text(row["nom"], row["description"], row["categorie"], row["kind"])
        row["empreinte"] = fingerprint(row)
        rows.append(row)
    conn.execute(insert(Structure), rows)
    conn.execute(insert(StructureZone), [{"structure_id": r["id"], "code": "france"} for r in rows])
    schemes = load_catalogue()
    return {"acteurs_nationaux": len(rows), "dispositifs": len(schemes)}
