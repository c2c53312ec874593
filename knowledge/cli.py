"""`knowledge` command: build the knowledge base and query it from a terminal."""
from __future__ import annotations

import argparse
import json
import sys
import time

from sqlalchemy import func, select

from knowledge.contacts import contacts_for_commune
from knowledge.db import database_url, get_engine
from knowledge.directory import query
from knowledge.directory.report import ImportFormatError
from knowledge.territory import reset_index, resolve_commune
from knowledge.territory.build import build_territory
from knowledge.territory.models import Commune, Departement, Epci, Import, Region


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_build(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    counts = build_territory(get_engine())
    reset_index()
    elapsed = time.perf_counter() - start
    print(f"Base construite ({_safe_url()}) en {elapsed:.1f} s :")
    for name, count in counts.items():
        print(f"  {name:<20} {count:>7}")
    return 0


def cmd_commune(args: argparse.Namespace) -> int:
    resolution = resolve_commune(args.query)
    if args.json:
        _print_json([c.to_dict() for c in resolution.candidates])
        return 0 if resolution.candidates else 1
    if not resolution.candidates:
        print(f"Aucune commune trouvée pour « {args.query} ».")
        return 1
    if resolution.status == "ambiguous":
        print(f"Plusieurs communes correspondent à « {args.query} » :")
    for c in resolution.candidates:
        extra = f" (ancienne commune {c.via})" if c.via else ""
        print(f"  {c.code}  {c.label}{extra}  CP {', '.join(c.codes_postaux) or '—'}"
              f"  population {c.population if c.population is not None else '—'}")
    return 0


def cmd_contacts(args: argparse.Namespace) -> int:
    contacts = contacts_for_commune(args.insee)
    if not contacts:
        message = f"Code INSEE inconnu : « {args.insee} ». Essayez `knowledge commune NOM` pour le trouver."
        if args.json:
            _print_json([])
        print(message, file=sys.stderr)
        return 1
    if args.json:
        _print_json([c.to_dict() for c in contacts])
        return 0
    for c in contacts:
        print(f"[{c.kind}] {c.name}{' (contact générique)' if c.generic else ''}")
        for label, value in (("Adresse", c.address), ("Téléphone", c.phone), ("Courriel", c.email),
                             ("Horaires", c.hours), ("Site", c.url)):
            if value:
                print(f"    {label} : {value}")
        if c.note:
            print(f"    {c.note}")
        print(f"    Source : {c.source}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    engine = get_engine()
    with engine.connect() as conn:
        counts = {
            "régions": conn.scalar(select(func.count()).select_from(Region)),
            "départements": conn.scalar(select(func.count()).select_from(Departement)),
            "epci": conn.scalar(select(func.count()).select_from(Epci)),
            "communes": conn.scalar(select(func.count()).where(Commune.type == "commune")),
            "arrondissements": conn.scalar(select(func.count()).where(Commune.type == "arrondissement")),
        }
        imports = conn.execute(select(Import.source, Import.version, Import.licence, Import.imported_at,
                                      Import.records)).all()
    directory = query.stats(engine)
    if args.json:
        _print_json({"counts": counts, "imports": [dict(r._mapping) for r in imports],
                     **{k: v for k, v in directory.items() if k != "imports"}})
        return 0
    print(f"Base : {_safe_url()}")
    for name, count in counts.items():
        print(f"  {name:<16} {count:>7}")
    print(f"  dispositifs      {directory['dispositifs']:>7}")
    print("Acteurs par type de contact :")
    for name, count in directory["structures_par_type"].items():
        print(f"  {name:<16} {count:>7}")
    print("Acteurs par source :")
    for name, count in directory["structures_par_source"].items():
        print(f"  {name:<40} {count:>7}")
    for name, count in directory["services_par_source"].items():
        print(f"  services {name:<31} {count:>7}")
    print("Imports :")
    for source, version, licence, at, records in imports:
        print(f"  {source} — {version} ({licence}) : {records} enregistrements, le {at}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from knowledge.directory.importers.annuaire import import_annuaire
    from knowledge.directory.importers.data_inclusion import import_data_inclusion
    start = time.perf_counter()
    try:
        if args.format == "annuaire":
            report = import_annuaire(args.file, get_engine())
        else:
            report = import_data_inclusion(args.structures, args.services, get_engine())
    except ImportFormatError as exc:
        print(f"Import impossible, rien n'a été modifié : {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - start
    if args.json:
        _print_json({**report.to_dict(), "seconds": round(elapsed, 2)})
    else:
        print(report.to_text())
        print(f"Durée : {elapsed:.1f} s.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    try:
        hits = query.search(args.text, commune=args.commune, thematique=args.thematique, limit=args.limit)
    except LookupError as exc:
        print(f"{exc} Essayez `knowledge commune NOM` pour le trouver.", file=sys.stderr)
        return 1
    if args.json:
        _print_json(hits)
        return 0 if hits else 1
    if not hits:
        print(f"Aucun résultat pour « {args.text} ».")
        return 1
    for hit in hits:
        if hit["type"] == "structure":
            where = f" — {hit['commune']}" if hit.get("commune") else ""
            print(f"  {hit['id']}  [{hit['kind'] or hit['categorie'] or 'acteur'}] {hit['nom']}{where}")
        else:
            print(f"  {hit['id']}  [service] {hit['nom']} (structure {hit['structure_id']})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    data = query.show(args.id)
    if data is None:
        print(f"Aucun acteur, service ou dispositif n'a l'identifiant « {args.id} ».", file=sys.stderr)
        return 1
    if args.json:
        _print_json(data)
        return 0
    for key, value in data.items():
        if value in (None, [], ""):
            continue
        if isinstance(value, list):
            value = ", ".join((v.get("id") or v.get("texte") or json.dumps(v, ensure_ascii=False))
                              if isinstance(v, dict) else str(v) for v in value)
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False)
        print(f"{key:<20} {value}")
    return 0


def _safe_url() -> str:
    """The database URL without its password, for display."""
    return get_engine().url.render_as_string(hide_password=True) if database_url() else ""


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"nombre entier positif attendu, pas « {value} »")
    return int(value)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="knowledge", description="Base de connaissances de l'assistant d'orientation.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="créer ou reconstruire la base").set_defaults(func=cmd_build)
    c = sub.add_parser("commune", help="trouver une commune (nom, code postal ou code INSEE)")
    c.add_argument("query")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_commune)
    k = sub.add_parser("contacts", help="les contacts connus pour une commune (code INSEE)")
    k.add_argument("insee")
    k.add_argument("--json", action="store_true")
    k.set_defaults(func=cmd_contacts)
    i = sub.add_parser("import", help="importer un annuaire publié (data·inclusion, annuaire service-public.fr)")
    isub = i.add_subparsers(dest="format", required=True)
    a = isub.add_parser("annuaire", help="export ou réponse d'API de l'annuaire de service-public.fr (JSON)")
    a.add_argument("file")
    a.add_argument("--json", action="store_true")
    d = isub.add_parser("data-inclusion", help="exports data·inclusion des structures et des services (JSON)")
    d.add_argument("structures")
    d.add_argument("services")
    d.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import)
    r = sub.add_parser("search", help="chercher un acteur ou un service")
    r.add_argument("text")
    r.add_argument("--commune", help="code INSEE : seulement ce qui couvre cette commune")
    r.add_argument("--thematique", help="thématique data·inclusion, ou sa catégorie")
    r.add_argument("--limit", type=_positive, default=20)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_search)
    w = sub.add_parser("show", help="tout ce que la base sait d'un acteur, d'un service ou d'un dispositif")
    w.add_argument("id")
    w.add_argument("--json", action="store_true")
    w.set_defaults(func=cmd_show)
    s = sub.add_parser("stats", help="ce que contient la base")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except LookupError as exc:  # empty or missing database
        print(str(exc), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a CLI answers in French, never with a traceback
        from sqlalchemy.exc import OperationalError, ProgrammingError
        if isinstance(exc, (OperationalError, ProgrammingError)):
            print("La base de connaissances est absente ou incomplète : lancez `knowledge build`.", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
