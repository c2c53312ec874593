"""Territory: régions, départements, EPCI, communes and municipal arrondissements."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from knowledge.db import Base


class Region(Base):
    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    nom: Mapped[str] = mapped_column(String(100))


class Departement(Base):
    __tablename__ = "departement"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    nom: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)

    region: Mapped[Region] = relationship()


class Epci(Base):
    """Établissement public de coopération intercommunale (communauté de communes, métropole…)."""

    __tablename__ = "epci"

    code: Mapped[str] = mapped_column(String(9), primary_key=True)  # SIREN
    nom: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(10))  # CC, CA, CU, METRO, MET69


class Commune(Base):
    """A current commune, or a municipal arrondissement of Paris, Lyon or Marseille."""

    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)  # code INSEE (COG)
    nom: Mapped[str] = mapped_column(String(100))
    nom_normalise: Mapped[str] = mapped_column(String(100), index=True)
    type: Mapped[str] = mapped_column(String(15))  # "commune" | "arrondissement"
    departement_code: Mapped[str] = mapped_column(ForeignKey("departement.code"), index=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    epci_code: Mapped[str | None] = mapped_column(ForeignKey("epci.code"), index=True)
    population: Mapped[int | None]
    commune_parent_code: Mapped[str | None] = mapped_column(ForeignKey("commune.code"), index=True)

    departement: Mapped[Departement] = relationship()
    epci: Mapped[Epci | None] = relationship()
    codes_postaux: Mapped[list[CodePostal]] = relationship(
        back_populates="commune", order_by="CodePostal.code_postal"
    )


class CodePostal(Base):
    """One postal code of a commune: a postal code may cover several communes."""

    __tablename__ = "code_postal"

    code_postal: Mapped[str] = mapped_column(String(5), primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), primary_key=True)

    commune: Mapped[Commune] = relationship(back_populates="codes_postaux")

    __table_args__ = (Index("ix_code_postal_commune", "commune_code"),)


class AncienneCommune(Base):
    """A former commune (commune déléguée or associée) merged into a current one."""

    __tablename__ = "ancienne_commune"

    id: Mapped[int] = mapped_column(primary_key=True)
    nom: Mapped[str] = mapped_column(String(100))
    nom_normalise: Mapped[str] = mapped_column(String(100), index=True)
    type: Mapped[str] = mapped_column(String(10))  # "deleguee" | "associee"
    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)


class Import(Base):
    """What was loaded into the base, from which source, and when."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(50))
    licence: Mapped[str] = mapped_column(String(50))
    imported_at: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    records: Mapped[int]
