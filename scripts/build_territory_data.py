"""Regenerate knowledge/data/territoire.json.gz from the Etalab npm tarball.

Source: @etalab/decoupage-administratif (MIT licence), npm registry.
Usage:
    npm pack @etalab/decoupage-administratif@6.0.0
    python scripts/build_territory_data.py etalab-decoupage-administratif-6.0.0.tgz

The derivative keeps only what the knowledge base needs (codes, names,
postal codes, population, département, région, EPCI, arrondissements and
former communes as aliases) in compact rows, gzip-compressed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "territoire.json.gz"


def _load(tar: tarfile.TarFile, name: str) -> list[dict]:
    member = tar.getmember(f"package/data/{name}.json")
    return json.load(tar.extractfile(member))  # type: ignore[arg-type]


def build(tarball: Path) -> dict:
    with tarfile.open(tarball) as tar:
        package = json.load(tar.extractfile(tar.getmember("package/package.json")))  # type: ignore[arg-type]
        communes = _load(tar, "communes")
        departements = _load(tar, "departements")
        regions = _load(tar, "regions")
        epcis = _load(tar, "epci")

    epci_of: dict[str, str] = {}
    for epci in epcis:
        for membre in epci["membres"]:
            epci_of[membre["code"]] = epci["code"]

    rows, aliases = [], []
    for c in communes:
        kind = c["type"]
        if kind == "commune-actuelle":
            rows.append([c["code"], c["nom"], "commune", c["departement"], c["region"],
                         epci_of.get(c["code"]), c.get("population"), c.get("codesPostaux", []), None])
        elif kind == "arrondissement-municipal":
            rows.append([c["code"], c["nom"], "arrondissement", c["departement"], c["region"],
                         epci_of.get(c["commune"]), c.get("population"), c.get("codesPostaux", []),
                         c["commune"]])
        elif kind in ("commune-deleguee", "commune-associee"):
            # A former commune merged into another: people still write its name.
            aliases.append([c["nom"], c["chefLieu"], kind.removeprefix("commune-")])

    return {
        "source": {
            "name": "Découpage administratif (Etalab)",
            "package": package["name"],
            "version": package["version"],
            "licence": package["license"],
            "url": "https://www.npmjs.com/package/@etalab/decoupage-administratif",
        },
        "columns": {
            "communes": ["code", "nom", "type", "departement", "region", "epci", "population",
                         "codes_postaux", "commune_parent"],
            "aliases": ["nom", "commune", "type"],
        },
        "regions": [[r["code"], r["nom"]] for r in regions],
        "departements": [[d["code"], d["nom"], d["region"]] for d in departements],
        "epci": [[e["code"], e["nom"], e["type"]] for e in epcis],
        "communes": rows,
        "aliases": aliases,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tarball", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.tarball)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(payload)
    n = sum(1 for r in data["communes"] if r[2] == "commune")
    print(f"{args.out}: {n} communes, {len(data['communes']) - n} arrondissements, "
          f"{len(data['aliases'])} aliases, {args.out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
