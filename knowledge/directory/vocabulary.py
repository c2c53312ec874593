"""Map the published vocabularies onto the contact kinds of the orientation contract.

- data·inclusion ``reseaux_porteurs`` (``data_inclusion.schema.v1.ReseauPorteur``);
- service-public.fr directory ``pivot.type_service_local`` codes.
"""
from __future__ import annotations

from data_inclusion.schema.v1 import ReseauPorteur

# data·inclusion réseau porteur -> contact kind of situation.md
RESEAU_KIND: dict[str, str] = {
    "ccas-cias": "ccas", "communes": "ccas",
    "caf": "caf", "mutualite-sociale-agricole": "msa", "cpam": "cpam", "cnam": "cpam",
    "mdph": "mdph", "maison-departementale-de-lautonomie": "mdph",
    "departements": "departement", "maisons-des-solidarites": "departement",
    "delegataire-conseil-departemental": "departement",
    "mission-locale": "mission_locale", "france-travail": "france_travail",
    "france-service": "france_services", "msap": "france_services",
    "points-justice": "point_justice",
    # Associations people in difficulty are oriented to (food, shelter, budget, rights).
    "restos-du-coeur": "association", "secours-populaire": "association", "croix-rouge": "association",
    "emmaus": "association", "banques-alimentaires": "association", "cidff": "association",
    "points-conseil-budget": "association", "cresus": "association", "unaf": "association",
    "federation-des-acteurs-de-la-solidarite": "association", "chrs": "association",
    "chu": "association", "siao": "association", "fcsf": "association",
}
assert set(RESEAU_KIND) <= {r.value for r in ReseauPorteur}, "unknown réseau porteur in RESEAU_KIND"

# A finer category for the CCAS kind: the contract's order is CCAS, then CIAS, then mairie.
RESEAU_CATEGORIE = {"ccas-cias": "ccas", "communes": "mairie"}

# service-public.fr "type_service_local" -> (contact kind, category, data·inclusion réseau porteur)
PIVOT: dict[str, tuple[str, str, str | None]] = {
    "mairie": ("ccas", "mairie", "communes"),
    "mairie_com": ("ccas", "mairie", "communes"),
    "ccas": ("ccas", "ccas", "ccas-cias"),
    "cias": ("ccas", "cias", "ccas-cias"),
    "caf": ("caf", "caf", "caf"),
    "cpam": ("cpam", "cpam", "cpam"),
    "cgss": ("cpam", "cgss", "cpam"),
    "msa": ("msa", "msa", "mutualite-sociale-agricole"),
    "carsat": ("carsat", "carsat", None),
    "msap": ("france_services", "france_services", "france-service"),
    # The code the directory's competence API publishes for France services ("code du type de service
    # (exemple cpam, caf, mairie, france_services ...)", schema of the dataset
    # api-lannuaire-administration-locale-competence-geographique, data.gouv.fr dataservice "API Annuaire
    # de l'administration - compétence géographique des services locaux", read 2026-11-30).
    "france_services": ("france_services", "france_services", "france-service"),
    "mission_locale": ("mission_locale", "mission_locale", "mission-locale"),
    "maison_handicapees": ("mdph", "mdph", "mdph"),
    "cg": ("departement", "conseil_departemental", "departements"),
    # The département's local social-action offices, named differently by each département. Codes of the
    # directory's type list as public reusers of its former API reproduce it (mds "Maison départementale
    # des solidarités", cdas, edas, sdsei); not checked against DILA's own list of types (a PDF).
    "mds": ("departement", "maison_des_solidarites", "maisons-des-solidarites"),
    "cdas": ("departement", "maison_des_solidarites", "maisons-des-solidarites"),
    "edas": ("departement", "maison_des_solidarites", "maisons-des-solidarites"),
    "sdsei": ("departement", "maison_des_solidarites", "maisons-des-solidarites"),
    "pole_emploi": ("france_travail", "france_travail", "france-travail"),
    "france_travail": ("france_travail", "france_travail", "france-travail"),
    "pcb": ("association", "point_conseil_budget", "points-conseil-budget"),
    "cidf": ("association", "cidff", "cidff"),
    "banque_de_france": ("banque_de_france", "banque_de_france", None),
    "mjd": ("point_justice", "maison_justice_droit", "points-justice"),
    "cdad": ("point_justice", "cdad", "points-justice"),
    # Added with the contract's kinds adil, clic and pmi (codes of the annuaire's pivot list, to
    # check against the published list at the next import).
    "adil": ("adil", "adil", None),
    "clic": ("clic", "clic", None),
    "pmi": ("pmi", "pmi", None),
}


def kind_from_reseaux(reseaux: list[str] | set[str] | None) -> tuple[str | None, str | None]:
    """(contact kind, category) for a data·inclusion structure, from its réseaux porteurs."""
    for reseau in sorted(reseaux or ()):
        kind = RESEAU_KIND.get(reseau)
        if kind:
            return kind, RESEAU_CATEGORIE.get(reseau, reseau)
    return None, None
