"""Actors (structures), their services, and the scheme catalogue, in the data·inclusion vocabulary.

Field names follow the `data-inclusion-schema` models (``Structure``, ``Service``)
so that data·inclusion exports load as they are published; the service-public.fr
local directory is mapped onto the same fields. List-valued fields of the
vocabulary (réseaux porteurs, thématiques, publics, modes d'accueil) are JSON
lists; the two that are searched (zone of competence, thématiques) also have
their own indexed tables.
"""
from __future__ import annotations

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from knowledge.db import Base


class Structure(Base):
    """An actor: CCAS, mairie, CAF, association…, with where and how to reach it."""

    __tablename__ = "structure"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)  # "<source>--<producer id>"
    source: Mapped[str] = mapped_column(String(100), index=True)  # producer: "annuaire-service-public", "dora"…
    nom: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(30), index=True)  # contact kind of the contract
    categorie: Mapped[str | None] = mapped_column(String(50), index=True)  # finer type: ccas, cias, mairie, pivot…
    reseaux_porteurs: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(Text)
    siret: Mapped[str | None] = mapped_column(String(14))
    commune: Mapped[str | None] = mapped_column(String(150))
    code_postal: Mapped[str | None] = mapped_column(String(5))
    code_insee: Mapped[str | None] = mapped_column(String(5), index=True)
    adresse: Mapped[str | None] = mapped_column(String(500))
    complement_adresse: Mapped[str | None] = mapped_column(String(500))
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    telephone: Mapped[str | None] = mapped_column(String(50))
    courriel: Mapped[str | None] = mapped_column(String(300))
    site_web: Mapped[str | None] = mapped_column(String(500))
    horaires_accueil: Mapped[str | None] = mapped_column(Text)  # OpenStreetMap opening_hours
    lien_source: Mapped[str | None] = mapped_column(String(500))
    date_maj: Mapped[str | None] = mapped_column(String(10))  # ISO date at the producer
    national: Mapped[bool] = mapped_column(Boolean, default=False)  # national entry point, any commune
    source_url: Mapped[str | None] = mapped_column(String(500))  # where the facts were published
    licence: Mapped[str | None] = mapped_column(String(100))
    checked: Mapped[str | None] = mapped_column(String(10))  # date checked against source_url
    recherche: Mapped[str] = mapped_column(Text, default="")  # normalised text searched by `knowledge search`
    empreinte: Mapped[str] = mapped_column(String(40))  # content hash: unchanged records are not rewritten

    zones: Mapped[list[StructureZone]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    services: Mapped[list[Service]] = relationship(back_populates="structure", passive_deletes=True)


class StructureZone(Base):
    """A territory an actor is competent for: commune INSEE code, EPCI SIREN, département, or "france"."""

    __tablename__ = "structure_zone"

    structure_id: Mapped[str] = mapped_column(ForeignKey("structure.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(9), primary_key=True)

    __table_args__ = (Index("ix_structure_zone_code", "code"),)


class Service(Base):
    """A service offered by a structure (data·inclusion ``Service``)."""

    __tablename__ = "service"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    structure_id: Mapped[str] = mapped_column(ForeignKey("structure.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    nom: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str | None] = mapped_column(String(30))
    thematiques: Mapped[list[str]] = mapped_column(JSON, default=list)
    frais: Mapped[str | None] = mapped_column(String(20))
    publics: Mapped[list[str]] = mapped_column(JSON, default=list)
    modes_accueil: Mapped[list[str]] = mapped_column(JSON, default=list)
    conditions_acces: Mapped[str | None] = mapped_column(Text)
    commune: Mapped[str | None] = mapped_column(String(150))
    code_postal: Mapped[str | None] = mapped_column(String(5))
    code_insee: Mapped[str | None] = mapped_column(String(5), index=True)
    adresse: Mapped[str | None] = mapped_column(String(500))
    telephone: Mapped[str | None] = mapped_column(String(50))
    courriel: Mapped[str | None] = mapped_column(String(300))
    horaires_accueil: Mapped[str | None] = mapped_column(Text)
    lien_mobilisation: Mapped[str | None] = mapped_column(String(500))
    lien_source: Mapped[str | None] = mapped_column(String(500))
    date_maj: Mapped[str | None] = mapped_column(String(10))
    recherche: Mapped[str] = mapped_column(Text, default="")
    empreinte: Mapped[str] = mapped_column(String(40))

    structure: Mapped[Structure] = relationship(back_populates="services")


class ServiceZone(Base):
    """``zone_eligibilite`` of a service, one code per row."""

    __tablename__ = "service_zone"

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(9), primary_key=True)

    __table_args__ = (Index("ix_service_zone_code", "code"),)


class ServiceThematique(Base):
    """One thématique of a service (full value, e.g. ``logement-hebergement--reduire-les-impayes-de-loyer``)."""

    __tablename__ = "service_thematique"

    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    thematique: Mapped[str] = mapped_column(String(120), primary_key=True)

    __table_args__ = (Index("ix_service_thematique", "thematique"),)


class AnnuaireLookup(Base):
    """One live lookup of a commune in the official directory (Annuaire de l'administration, DILA).

    Its date decides when the commune is asked again (``ANNUAIRE_CACHE_DAYS``); a lookup that found
    nothing is kept too, so that an empty answer is not asked again on every message.
    """

    __tablename__ = "annuaire_lookup"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)  # INSEE code of the commune looked up
    fetched_at: Mapped[str] = mapped_column(String(25))  # ISO date and time (UTC) of the answer
    status: Mapped[str] = mapped_column(String(10))  # "ok" (offices stored) or "vide" (none usable)
    api_url: Mapped[str] = mapped_column(String(500))  # the API that answered
    records: Mapped[int] = mapped_column(default=0)  # offices stored
    rejected: Mapped[list[list[str]]] = mapped_column(JSON, default=list)  # [record id, reason], skipped records


class AnnuaireCompetence(Base):
    """An office the official directory declares competent for a commune, as the live lookup found it.

    The office itself is a ``structure`` row (source ``annuaire-service-public``, id built from the
    directory's record id, as the bulk import builds it); deleting the structure deletes these rows.
    """

    __tablename__ = "annuaire_competence"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)  # INSEE code of the commune served
    structure_id: Mapped[str] = mapped_column(ForeignKey("structure.id", ondelete="CASCADE"), primary_key=True)
    type_service_local: Mapped[str] = mapped_column(String(50))  # the directory's type code (ccas, caf…)
    record_id: Mapped[str] = mapped_column(String(100))  # the directory's own record id
    fetched_at: Mapped[str] = mapped_column(String(25))  # ISO date and time (UTC) of the lookup

    __table_args__ = (Index("ix_annuaire_competence_structure", "structure_id"),)
