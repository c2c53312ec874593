"""Contacts for a commune, in the contact kinds of the orientation contract.

Until directory data is imported, the contacts are *generic*: what is known
for sure (the commune's CCAS, reachable through its mairie; the social
services of the département or of the collectivity that runs them) with the
official directory where the person finds the address and phone number.
Nothing here is typed from memory: no address, no phone number.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import Engine

from knowledge.territory import commune_by_code

ANNUAIRE_URL = "https://lannuaire.service-public.fr/"
ANNUAIRE_SOURCE = "Annuaire de l'administration, service-public.fr"
CASF_SOURCE = ("Code de l'action sociale et des familles, articles L123-4 à L123-9 : "
               "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/")
CHECKED = "2026-11-23"  # date the rules above were last checked against their source
METROPOLE_DE_LYON = "200046977"
PARIS = "75056"

# Collectivities that exercise the département's social action in its place
# (Code général des collectivités territoriales; loi MAPTAM 2014 for Lyon,
# loi NOTRe 2015 for Corsica, loi 2011-884 for Martinique and Guyane,
# loi 2019-816 for the Collectivité européenne d'Alsace).
_COLLECTIVITES = {
    "2A": ("Collectivité de Corse", "la Collectivité de Corse remplace les deux départements corses"),
    "2B": ("Collectivité de Corse", "la Collectivité de Corse remplace les deux départements corses"),
    "67": ("Collectivité européenne d'Alsace", "la Collectivité européenne d'Alsace exerce les compétences du département"),
    "68": ("Collectivité européenne d'Alsace", "la Collectivité européenne d'Alsace exerce les compétences du département"),
    "972": ("Collectivité territoriale de Martinique", "la Collectivité territoriale de Martinique exerce les compétences du département"),
    "973": ("Collectivité territoriale de Guyane", "la Collectivité territoriale de Guyane exerce les compétences du département"),
}


@dataclass(frozen=True)
class Contact:
    kind: str
    name: str
    address: str | None = None
    phone: str | None = None
    url: str | None = None
    source: str = ANNUAIRE_SOURCE
    note: str | None = None
    generic: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


def _ccas(nom: str, code: str, parent: str | None, parent_nom: str | None,
          population: int | None) -> Contact:
    if code == PARIS or parent == PARIS:
        note = ("À Paris, l'action sociale de la Ville passe par le Centre d'action sociale de la Ville "
                "de Paris (CASVP), qui a un accueil dans chaque arrondissement. Vous trouverez l'adresse "
                "et les horaires dans l'annuaire officiel.")
        return Contact(kind="ccas", name="Centre d'action sociale de la Ville de Paris (CASVP)",
                       url=ANNUAIRE_URL, note=note)
    city = parent_nom or nom
    small = population is not None and population < 1500 and not parent
    note = (f"Le CCAS (centre communal d'action sociale) de {city} aide les habitants : aides d'urgence, "
            "aide pour les dossiers, domiciliation. "
            + ("Dans les communes de moins de 1 500 habitants, il n'y a pas toujours de CCAS : "
               "la mairie fait alors le lien. " if small else "")
            + "Certaines communes ont confié ce rôle à un CIAS (centre intercommunal d'action sociale) : "
            "la mairie vous dit où aller. Adresse, téléphone et horaires : annuaire officiel "
            "(cherchez « CCAS » ou « mairie » et le nom de la commune).")
    return Contact(kind="ccas", name=f"CCAS de {city} (ou la mairie)", url=ANNUAIRE_URL, note=note,
                   source=f"{ANNUAIRE_SOURCE} ; {CASF_SOURCE} (vérifié le {CHECKED})")


def _departement(departement: str, departement_nom: str, epci: str | None, code: str,
                 parent: str | None) -> Contact:
    if epci == METROPOLE_DE_LYON:
        return Contact(
            kind="departement", name="Métropole de Lyon — Maisons de la Métropole pour les solidarités",
            url=ANNUAIRE_URL,
            note=("Dans les communes de la Métropole de Lyon, c'est la Métropole, et non le département "
                  "du Rhône, qui gère l'action sociale départementale (RSA, aide aux personnes âgées, "
                  "protection de l'enfance)."),
        )
    if code == PARIS or parent == PARIS:
        return Contact(
            kind="departement", name="Ville de Paris — services sociaux départementaux", url=ANNUAIRE_URL,
            note=("Paris est à la fois une commune et un département : la Ville de Paris gère aussi "
                  "l'action sociale départementale (RSA, aide aux personnes âgées, protection de l'enfance)."),
        )
    if departement in _COLLECTIVITES:
        name, why = _COLLECTIVITES[departement]
        return Contact(kind="departement", name=f"{name} — services sociaux", url=ANNUAIRE_URL,
                       note=f"Ici, {why} : c'est elle qui gère l'action sociale (RSA, aide aux personnes "
                            "âgées, protection de l'enfance).")
    return Contact(
        kind="departement", name=f"Conseil départemental — {departement_nom} ({departement})",
        url=ANNUAIRE_URL,
        note=("Le département gère le RSA, l'aide aux personnes âgées et la protection de l'enfance. "
              "Ses travailleurs sociaux reçoivent dans les maisons départementales des solidarités "
              "(le nom change selon le département) : cherchez l'adresse dans l'annuaire officiel."),
    )


def contacts_for_commune(code: str, engine: Engine | None = None) -> list[Contact]:
    """The contacts known for a commune (INSEE code), one per contact kind; [] if unknown."""
    commune = commune_by_code(code, engine)
    if commune is None:
        return []
    parent = commune_by_code(commune.commune_parent, engine) if commune.commune_parent else None
    return [
        _ccas(commune.nom, commune.code, commune.commune_parent, parent.nom if parent else None,
              commune.population),
        _departement(commune.departement, commune.departement_nom, commune.epci, commune.code,
                     commune.commune_parent),
    ]
