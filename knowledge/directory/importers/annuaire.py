"""Import the service-public.fr local directory ("Annuaire de l'administration — base de données locales").

Two published shapes are accepted (see tests/fixtures/README.md):

- the bulk export (data.gouv.fr, Licence Ouverte): ``{"service": [record, …]}`` where ``pivot``,
  ``adresse``, ``telephone``, ``site_internet``, ``adresse_courriel`` and ``plage_ouverture`` are
  JSON lists;
- the API (``api-lannuaire-administration`` dataset, Opendatasoft explore v2.1):
  ``{"total_count": n, "results": [record, …]}`` where the same fields are JSON-encoded strings.

Only local offices whose ``pivot.type_service_local`` maps onto a contact kind of the contract are
kept (see `knowledge.directory.vocabulary.PIVOT`); the others are counted as ignored.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

from data_inclusion.schema import v1
from sqlalchemy import Engine, select

from knowledge.directory.hours import plages_to_osm
from knowledge.directory.models import Structure, StructureZone
from knowledge.directory.report import ImportFormatError, ImportReport, RecordError, pydantic_reason
from knowledge.directory.vocabulary import PIVOT
from knowledge.directory.writer import check_lengths, fingerprint, upsert
from knowledge.directory.importers.common import (
    insee, log_import, postal, read_json, search_text, text, url,
)

SOURCE = "annuaire-service-public"
LABEL = "Annuaire de l'administration, service-public.fr (base de données locales)"
LICENCE = "Licence Ouverte 2.0"
DIRECTORY_URL = "https://lannuaire.service-public.fr/"
NESTED = ("pivot", "adresse", "telephone", "site_internet", "adresse_courriel", "plage_ouverture")


def records_of(data) -> list:
    """The list of records of either published shape."""
    if isinstance(data, dict) and isinstance(data.get("service"), list):
        return data["service"]
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        return data["results"]
    raise ImportFormatError("format d'annuaire non reconnu : attendu {\"service\": [...]} (export complet) "
                            "ou {\"results\": [...]} (API)")


def _nested(record: dict, name: str) -> list:
    """A nested field as a list, whether published as a list or as a JSON-encoded string."""
    value = record.get(name)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            if name == "adresse_courriel":  # the API also publishes plain e-mail strings
                return [v for v in value.replace(";", ",").split(",") if v.strip()]
            raise RecordError(f"champ {name} : JSON illisible") from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise RecordError(f"champ {name} : liste attendue")
    return value


def _first_value(items: list) -> str | None:
    for item in items:
        value = text(item.get("valeur")) if isinstance(item, dict) else text(item)
        if value:
            return value
    return None


_FRENCH_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})(?: \d{2}:\d{2}:\d{2})?$")


def _date(value) -> str | None:
    value = text(value)
    match = _FRENCH_DATE.match(value or "")  # the published form, "14/10/2026 09:12:44": no strptime
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    for fmt in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(value[:19] if "T" in (value or "") else value, fmt).date().isoformat()
        except (TypeError, ValueError):
            continue
    return None


def _float(value) -> float | None:
    try:
        return float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return None


def map_record(record: dict, fingerprints: dict[str, str] | None = None) -> tuple[dict, list[str]] | None:
    """One directory record -> (structure row, zone codes); None when its type is outside our scope.

    `fingerprints` maps ids already in the base to their fingerprint: a record whose mapped content has
    not changed since it was validated is not validated again (most of a re-import's cost).
    """
    if not isinstance(record, dict):
        raise RecordError("enregistrement qui n'est pas un objet JSON")
    identifier = text(record.get("id"))
    if not identifier:
        raise RecordError("identifiant (id) absent")
    nom = text(record.get("nom"))
    if not nom:
        raise RecordError("nom absent")
    pivots = _nested(record, "pivot")
    known = [p for p in pivots if isinstance(p, dict) and p.get("type_service_local") in PIVOT]
    if not known:
        return None
    kind, categorie, reseau = PIVOT[known[0]["type_service_local"]]
    zones: set[str] = set()
    for pivot in known:
        codes = pivot.get("code_insee_commune") or []
        if isinstance(codes, str):
            codes = [codes]
        for code in codes:
            if not insee(code):
                raise RecordError(f"pivot.code_insee_commune : code INSEE invalide {code!r}")
            zones.add(insee(code))
    raw_insee = text(record.get("code_insee_commune"))
    code_insee = insee(raw_insee)
    if raw_insee and not code_insee:
        raise RecordError(f"code_insee_commune invalide : {raw_insee!r}")
    if not zones and code_insee:
        zones.add(code_insee)
    adresses = [a for a in _nested(record, "adresse") if isinstance(a, dict)]
    adresse = next((a for a in adresses if a.get("type_adresse") == "Adresse"), adresses[0] if adresses else {})
    complement = ", ".join(filter(None, (text(adresse.get("complement1")), text(adresse.get("complement2")))))
    courriels = _nested(record, "adresse_courriel")
    row = {
        "id": f"{SOURCE}--{identifier}", "source": SOURCE, "nom": nom[:300], "kind": kind,
        "categorie": categorie, "reseaux_porteurs": [reseau] if reseau else [],
        "description": None, "siret": text(record.get("siret")),
        "commune": text(adresse.get("nom_commune")), "code_postal": postal(adresse.get("code_postal")),
        "code_insee": code_insee, "adresse": text(adresse.get("numero_voie")),
        "complement_adresse": complement or None,
        "longitude": _float(adresse.get("longitude")), "latitude": _float(adresse.get("latitude")),
        "telephone": _first_value(_nested(record, "telephone")),
        "courriel": text(courriels[0]) if courriels and isinstance(courriels[0], str) else _first_value(courriels),
        "site_web": url(_first_value(_nested(record, "site_internet"))),
        "horaires_accueil": plages_to_osm(_nested(record, "plage_ouverture")),
        "lien_source": url(record.get("url_service_public")),
        "date_maj": _date(record.get("date_modification")),
        "national": False, "source_url": url(record.get("url_service_public")) or DIRECTORY_URL,
        "licence": LICENCE, "checked": None,
    }
    if row["siret"] and not (row["siret"].isdigit() and len(row["siret"]) == 14):
        row["siret"] = None  # the directory sometimes publishes a SIREN here: not a SIRET
    empreinte = fingerprint(row, zones)
    if (fingerprints or {}).get(row["id"]) != empreinte:
        _validate(row)
        check_lengths(Structure.__table__, row)
    row["recherche"] = search_text(nom, row["commune"], categorie, kind)
    row["empreinte"] = empreinte
    return row, sorted(zones)


def _validate(row: dict) -> None:
    """Check the mapped record against the data·inclusion ``Structure`` model."""
    candidate = {k: row[k] for k in ("source", "id", "nom", "siret", "commune", "code_postal", "code_insee",
                                     "adresse", "complement_adresse", "longitude", "latitude", "telephone",
                                     "courriel", "site_web", "horaires_accueil", "lien_source",
                                     "reseaux_porteurs")}
    candidate["date_maj"] = row["date_maj"] or "2000-01-01"
    try:
        v1.Structure.model_validate(candidate)
    except Exception as exc:  # pydantic.ValidationError
        raise RecordError(pydantic_reason(exc)) from None


def import_annuaire(path: Path | str, engine: Engine) -> ImportReport:
    """Import one directory file in a single transaction; bad records are reported, never fatal."""
    report = ImportReport(source=SOURCE)
    records = records_of(read_json(path))
    with engine.connect() as conn:
        fingerprints = dict(conn.execute(select(Structure.id, Structure.empreinte)
                                         .where(Structure.source == SOURCE)).all())
    rows, zones, seen = [], [], set()
    for position, record in enumerate(records):
        where = f"#{position + 1}" + (f" ({record.get('id')})" if isinstance(record, dict) and record.get("id") else "")
        try:
            mapped = map_record(record, fingerprints)
        except RecordError as exc:
            report.reject(where, str(exc))
            continue
        except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a shape no rule foresaw
            report.reject(where, f"enregistrement illisible ({type(exc).__name__})")
            continue
        if mapped is None:
            report.ignored["type de service hors du champ de l'orientation"] += 1
            continue
        row, codes = mapped
        if row["id"] in seen:
            report.reject(where, "identifiant en double dans le fichier")
            continue
        seen.add(row["id"])
        rows.append(row)
        zones.extend({"structure_id": row["id"], "code": code} for code in codes)
    with engine.begin() as conn:
        report.created, report.updated, report.unchanged = upsert(
            conn, Structure.__table__, rows, {"zones": zones},
            {"zones": (StructureZone.__table__, "structure_id")})
        log_import(conn, LABEL, Path(path).name, LICENCE, report.accepted)
    return report
