"""Read the directory: free-text search, one record by id, counts and imports."""
from __future__ import annotations

from sqlalchemy import Engine, delete, func, or_, select
from sqlalchemy.orm import Session

from knowledge.db import get_engine
from knowledge.directory.hours import osm_to_french
from knowledge.directory.models import (
    Service, ServiceThematique, ServiceZone, Structure, StructureZone,
)
from knowledge.territory import commune_by_code
from knowledge.territory.models import Import
from knowledge.territory.normalize import normalise

STRUCTURE_FIELDS = ("id", "source", "nom", "kind", "categorie", "reseaux_porteurs", "description", "siret",
                    "commune", "code_postal", "code_insee", "adresse", "complement_adresse", "longitude",
                    "latitude", "telephone", "courriel", "site_web", "horaires_accueil", "lien_source", "date_maj",
                    "national", "source_url", "licence", "checked")
SERVICE_FIELDS = ("id", "structure_id", "source", "nom", "description", "type", "thematiques", "frais", "publics",
                  "modes_accueil", "conditions_acces", "commune", "code_postal", "code_insee", "adresse",
                  "telephone", "courriel", "horaires_accueil", "lien_mobilisation", "lien_source", "date_maj")


def _zone_codes(code: str, engine: Engine | None) -> list[str] | None:
    commune = commune_by_code(code, engine)
    if commune is None:
        return None
    codes = {commune.code, commune.departement, "france"}
    if commune.commune_parent:
        codes.add(commune.commune_parent)
    if commune.epci:
        codes.add(commune.epci)
    return sorted(codes)


def search(text: str, commune: str | None = None, thematique: str | None = None, limit: int = 20,
           engine: Engine | None = None) -> list[dict]:
    """Structures and services whose name or description holds every word of `text`.

    `commune` (INSEE code) keeps what covers that commune; `thematique` (a data·inclusion
    thématique or its category, e.g. ``equipement-et-alimentation``) keeps services of that theme
    and their structures. Raises LookupError for an unknown commune.
    """
    engine = engine or get_engine()
    words = normalise(text or "").split()
    zones = None
    if commune:
        zones = _zone_codes(commune, engine)
        if zones is None:
            raise LookupError(f"Code INSEE inconnu : « {commune} ».")
    results: list[dict] = []
    with engine.connect() as conn:
        # Filters as IN (subquery) rather than joins: no duplicates, hence no DISTINCT, which
        # PostgreSQL refuses together with an ORDER BY on columns outside the select list.
        services = select(Service.id, Service.nom, Service.structure_id, Service.source)
        for word in words:
            services = services.where(Service.recherche.like(f"%{word}%"))
        if thematique:
            services = services.where(Service.id.in_(
                select(ServiceThematique.service_id).where(
                    or_(ServiceThematique.thematique == thematique,
                        ServiceThematique.thematique.like(f"{thematique}--%")))))
        if zones is not None:
            services = services.where(Service.id.in_(
                select(ServiceZone.service_id).where(ServiceZone.code.in_(zones))))
        service_rows = conn.execute(services.order_by(Service.nom, Service.id).limit(limit)).all()
        if not thematique:
            structures = select(Structure.id, Structure.nom, Structure.kind, Structure.categorie, Structure.commune,
                                Structure.source)
            for word in words:
                structures = structures.where(Structure.recherche.like(f"%{word}%"))
            if zones is not None:
                structures = structures.where(Structure.id.in_(
                    select(StructureZone.structure_id).where(StructureZone.code.in_(zones))))
            order = (Structure.national, Structure.nom, Structure.id)
            for row in conn.execute(structures.order_by(*order).limit(limit)):
                results.append({"type": "structure", "id": row.id, "nom": row.nom, "kind": row.kind,
                                "categorie": row.categorie, "commune": row.commune, "source": row.source})
    results.extend({"type": "service", "id": r.id, "nom": r.nom, "structure_id": r.structure_id,
                    "source": r.source} for r in service_rows)
    return results[:limit]


def show(identifier: str, engine: Engine | None = None) -> dict | None:
    """Everything the base holds under an id: a structure (with zones and services), a service, or a scheme."""
    engine = engine or get_engine()
    with Session(engine) as session:
        structure = session.get(Structure, identifier)
        if structure is not None:
            data = {"type": "structure", **{f: getattr(structure, f) for f in STRUCTURE_FIELDS}}
            data["horaires"] = osm_to_french(structure.horaires_accueil)
            data["zones"] = sorted(z.code for z in structure.zones)
            data["services"] = [{"id": s.id, "nom": s.nom} for s in structure.services]
            return data
        service = session.get(Service, identifier)
        if service is not None:
            data = {"type": "service", **{f: getattr(service, f) for f in SERVICE_FIELDS}}
            data["zone_eligibilite"] = sorted(session.scalars(
                select(ServiceZone.code).where(ServiceZone.service_id == identifier)))
            return data
    from knowledge.schemes import load_catalogue  # the records themselves, not a copy

    scheme = load_catalogue().get(identifier)
    if scheme is not None:
        return {"type": "dispositif", **scheme.to_dict()}
    return None


def stats(engine: Engine | None = None) -> dict:
    """Counts per contact kind and per source, and every import with its date."""
    engine = engine or get_engine()
    with engine.connect() as conn:
        per_kind = {k or "(autre)": n for k, n in conn.execute(
            select(Structure.kind, func.count()).group_by(Structure.kind).order_by(Structure.kind))}
        per_source = {s: n for s, n in conn.execute(
            select(Structure.source, func.count()).group_by(Structure.source).order_by(Structure.source))}
        services = {s: n for s, n in conn.execute(
            select(Service.source, func.count()).group_by(Service.source).order_by(Service.source))}
        from knowledge.schemes import load_catalogue

        schemes = len(load_catalogue())
        imports = [dict(r._mapping) for r in conn.execute(
            select(Import.source, Import.version, Import.licence, Import.imported_at, Import.records)
            .order_by(Import.id))]
    return {"structures_par_type": per_kind, "structures_par_source": per_source,
            "services_par_source": services, "dispositifs": schemes, "imports": imports}


def purge(source_prefix: str, engine: Engine | None = None) -> int:
    """Delete the structures (and, by cascade, their services) whose source starts with `source_prefix`."""
    engine = engine or get_engine()
    with engine.begin() as conn:
        ids = list(conn.scalars(select(Structure.id).where(Structure.source.like(f"{source_prefix}%"))))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            service_ids = list(conn.scalars(select(Service.id).where(Service.structure_id.in_(chunk))))
            for j in range(0, len(service_ids), 500):
                part = service_ids[j:j + 500]
                conn.execute(delete(ServiceZone).where(ServiceZone.service_id.in_(part)))
                conn.execute(delete(ServiceThematique).where(ServiceThematique.service_id.in_(part)))
                conn.execute(delete(Service).where(Service.id.in_(part)))
            conn.execute(delete(StructureZone).where(StructureZone.structure_id.in_(chunk)))
            conn.execute(delete(Structure).where(Structure.id.in_(chunk)))
    return len(ids)
