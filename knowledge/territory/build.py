"""Load the committed Etalab derivative into the database."""
from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, insert

from knowledge.db import Base
from knowledge.directory import models as _directory_models  # noqa: F401 - registers the directory tables
from knowledge.directory.defaults import load_defaults
from knowledge.territory.models import (
    AncienneCommune,
    CodePostal,
    Commune,
    Departement,
    Epci,
    Import,
    Region,
)
from knowledge.territory.normalize import normalise

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "territoire.json.gz"


def load_derivative(path: Path = DATA_FILE) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def build_territory(engine: Engine, path: Path = DATA_FILE) -> dict[str, int]:
    """(Re)create the schema and load régions, départements, EPCI and communes.

    Runs in one transaction: a failure leaves the previous database as it was
    (on engines with transactional DDL) and never half-loaded.
    """
    data = load_derivative(path)
    regions = {code: nom for code, nom in data["regions"]}
    # Overseas collectivities (975, 977, 978) are their own "région" in the COG.
    for code, nom, region in data["departements"]:
        regions.setdefault(region, nom)

    communes, postal, parents = [], [], []
    for code, nom, kind, dep, reg, epci, population, codes_postaux, parent in data["communes"]:
        row = {
            "code": code, "nom": nom, "nom_normalise": normalise(nom), "type": kind,
            "departement_code": dep, "region_code": reg, "epci_code": epci,
            "population": population, "commune_parent_code": None,
        }
        communes.append(row)
        if parent:
            parents.append((code, parent))
        postal.extend({"code_postal": cp, "commune_code": code} for cp in dict.fromkeys(codes_postaux))
    aliases = [
        {"nom": nom, "nom_normalise": normalise(nom), "type": kind, "commune_code": commune}
        for nom, commune, kind in data["aliases"]
    ]
    by_code = {row["code"]: row for row in communes}
    for code, parent in parents:
        by_code[code]["commune_parent_code"] = parent

    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        Base.metadata.create_all(conn)
        conn.execute(insert(Region), [{"code": c, "nom": n} for c, n in regions.items()])
        conn.execute(insert(Departement),
                     [{"code": c, "nom": n, "region_code": r} for c, n, r in data["departements"]])
        conn.execute(insert(Epci), [{"code": c, "nom": n, "type": t} for c, n, t in data["epci"]])
        # Parents (communes) before their arrondissements, for the foreign key.
        conn.execute(insert(Commune), sorted(communes, key=lambda r: r["type"] != "commune"))
        conn.execute(insert(CodePostal), postal)
        conn.execute(insert(AncienneCommune), aliases)
        source = data["source"]
        conn.execute(insert(Import), [{
            "source": f"{source['name']} ({source['package']})", "version": source["version"],
            "licence": source["licence"], "records": len(communes),
            "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }])
        defaults = load_defaults(conn)
    return {
        "regions": len(regions), "departements": len(data["departements"]), "epci": len(data["epci"]),
        "communes": sum(1 for r in communes if r["type"] == "commune"),
        "arrondissements": sum(1 for r in communes if r["type"] == "arrondissement"),
        "anciennes_communes": len(aliases), "codes_postaux": len(postal), **defaults,
    }
