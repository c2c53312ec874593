"""Import the data·inclusion structures and services exports, validated with `data-inclusion-schema`.

Each file is a JSON list of records (the published export), or a page of the API
(``{"items": [...]}``). Records are validated with ``data_inclusion.schema.v1.Structure`` and
``Service``; a record that fails is rejected with the field and the reason.
"""
from __future__ import annotations

from pathlib import Path

from data_inclusion.schema import v1
from sqlalchemy import Engine, select

from knowledge.directory.models import Service, ServiceThematique, ServiceZone, Structure, StructureZone
from knowledge.directory.report import ImportFormatError, ImportReport, RecordError, pydantic_reason
from knowledge.directory.vocabulary import kind_from_reseaux
from knowledge.directory.writer import check_lengths, fingerprint, upsert
from knowledge.directory.importers.common import log_import, read_json, search_text

SOURCE = "data-inclusion"
LABEL = "data·inclusion (structures et services)"
LICENCE = "Licence Ouverte 2.0"
NATIONAL_CODES = {"france", "99100"}


def records_of(data, name: str) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("items", "results", "data"):
            if isinstance(data.get(key), list):
                return data[key]
    raise ImportFormatError(f"{name} : liste d'enregistrements data·inclusion attendue")


def _enum_values(values) -> list[str]:
    return sorted(getattr(v, "value", v) for v in (values or ()))


def _validate(model, record, report: ImportReport, where: str):
    if not isinstance(record, dict):
        report.reject(where, "enregistrement qui n'est pas un objet JSON")
        return None
    try:
        return model.model_validate(record)
    except Exception as exc:  # pydantic.ValidationError
        report.reject(where, pydantic_reason(exc))
        return None


def _where(position: int, record) -> str:
    ident = record.get("id") if isinstance(record, dict) else None
    return f"#{position + 1}" + (f" ({ident})" if ident else "")


def structure_row(s: v1.Structure) -> tuple[dict, list[str]]:
    reseaux = _enum_values(s.reseaux_porteurs)
    kind, categorie = kind_from_reseaux(reseaux)
    row = {
        "id": s.id, "source": f"{SOURCE}:{s.source}", "nom": s.nom, "kind": kind, "categorie": categorie,
        "reseaux_porteurs": reseaux, "description": s.description, "siret": s.siret, "commune": s.commune,
        "code_postal": s.code_postal, "code_insee": s.code_insee, "adresse": s.adresse,
        "complement_adresse": s.complement_adresse, "longitude": s.longitude, "latitude": s.latitude,
        "telephone": s.telephone, "courriel": s.courriel, "site_web": str(s.site_web) if s.site_web else None,
        "horaires_accueil": s.horaires_accueil, "lien_source": str(s.lien_source) if s.lien_source else None,
        "date_maj": s.date_maj.isoformat(), "national": False,
        "source_url": str(s.lien_source) if s.lien_source else None,
        "licence": LICENCE, "checked": None,
    }
    zones = [s.code_insee] if s.code_insee else []
    row["recherche"] = search_text(s.nom, s.commune, s.description, categorie, kind)
    row["empreinte"] = fingerprint(row, zones)
    return row, zones


def service_row(s: v1.Service) -> tuple[dict, list[str], list[str]]:
    thematiques = _enum_values(s.thematiques)
    zones = sorted({"france" if str(z) in NATIONAL_CODES else str(z) for z in (s.zone_eligibilite or ())})
    row = {
        "id": s.id, "structure_id": s.structure_id, "source": f"{SOURCE}:{s.source}", "nom": s.nom,
        "description": s.description, "type": s.type.value if s.type else None, "thematiques": thematiques,
        "frais": s.frais.value if s.frais else None, "publics": _enum_values(s.publics),
        "modes_accueil": _enum_values(s.modes_accueil), "conditions_acces": s.conditions_acces,
        "commune": s.commune, "code_postal": s.code_postal, "code_insee": s.code_insee, "adresse": s.adresse,
        "telephone": s.telephone, "courriel": s.courriel, "horaires_accueil": s.horaires_accueil,
        "lien_mobilisation": str(s.lien_mobilisation) if s.lien_mobilisation else None,
        "lien_source": str(s.lien_source) if s.lien_source else None, "date_maj": s.date_maj.isoformat(),
    }
    row["recherche"] = search_text(s.nom, s.description, s.commune, " ".join(thematiques))
    row["empreinte"] = fingerprint(row, zones + thematiques)
    return row, zones, thematiques


def import_data_inclusion(structures_path: Path | str, services_path: Path | str, engine: Engine) -> ImportReport:
    """Import structures then services, in one transaction; a service needs a known structure."""
    report = ImportReport(source=SOURCE)
    structures = records_of(read_json(structures_path), Path(structures_path).name)
    services = records_of(read_json(services_path), Path(services_path).name)

    rows, zones, seen = [], [], set()
    for position, record in enumerate(structures):
        where = "structure " + _where(position, record)
        s = _validate(v1.Structure, record, report, where)
        if s is None:
            continue
        if s.id in seen:
            report.reject(where, "identifiant en double dans le fichier")
            continue
        try:
            row, codes = structure_row(s)
            check_lengths(Structure.__table__, row)
        except RecordError as exc:
            report.reject(where, str(exc))
            continue
        seen.add(s.id)
        rows.append(row)
        zones.extend({"structure_id": s.id, "code": c} for c in codes)

    service_rows, service_zones, service_themes, seen_services = [], [], [], set()
    pending = []
    for position, record in enumerate(services):
        where = "service " + _where(position, record)
        s = _validate(v1.Service, record, report, where)
        if s is None:
            continue
        if s.id in seen_services:
            report.reject(where, "identifiant en double dans le fichier")
            continue
        seen_services.add(s.id)
        pending.append((where, s))

    with engine.begin() as conn:
        known = set(seen)
        missing = {s.structure_id for _, s in pending} - known
        if missing:
            known |= set(conn.scalars(select(Structure.id).where(Structure.id.in_(sorted(missing)))))
        for where, s in pending:
            if s.structure_id not in known:
                report.reject(where, f"structure_id inconnu : {s.structure_id}")
                continue
            try:
                row, codes, themes = service_row(s)
                check_lengths(Service.__table__, row)
            except RecordError as exc:
                report.reject(where, str(exc))
                continue
            service_rows.append(row)
            service_zones.extend({"service_id": s.id, "code": c} for c in codes)
            service_themes.extend({"service_id": s.id, "thematique": t} for t in themes)
        counts = upsert(conn, Structure.__table__, rows, {"zones": zones},
                        {"zones": (StructureZone.__table__, "structure_id")})
        service_counts = upsert(conn, Service.__table__, service_rows,
                                {"zones": service_zones, "themes": service_themes},
                                {"zones": (ServiceZone.__table__, "service_id"),
                                 "themes": (ServiceThematique.__table__, "service_id")})
        report.created, report.updated, report.unchanged = (a + b for a, b in zip(counts, service_counts))
        log_import(conn, LABEL, f"{Path(structures_path).name} + {Path(services_path).name}", LICENCE,
                   report.accepted)
    return report
