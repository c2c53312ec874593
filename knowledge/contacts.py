"""Contacts for a commune, in the contact kinds of the orientation contract.

For each contact kind, the best actor the base holds for the commune: for
``ccas`` the commune's own CCAS, else the CIAS of its EPCI, else its mairie;
for the other kinds the office whose zone of competence covers the commune,
the most local first (commune, then EPCI, then département). Associations
whose services' ``zone_eligibilite`` covers the commune come last.

The base holds what was imported (bulk exports) and what the official
directory answered to live lookups (`knowledge.directory.live`): when the
deployment can reach the directory's API, the first contact request for a
commune asks it (2 s at most, never an error for the person) and keeps the
answer for the next ones.

Where nothing is known for a kind, the contact is *generic* (and says so):
what is known for sure (the commune's CCAS through its mairie, the
collectivity running departmental social action, the caisse competent
overseas, the national entry point of the organisation) with the official
directory's search page for that kind of office near the commune, and the
words to type there. Nothing here is typed from memory: an address or a phone
number only ever comes from an imported or fetched record or a sourced
national entry point.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowledge.db import get_engine
from knowledge.directory import live
from knowledge.directory.deeplinks import SITE, deep_link
from knowledge.directory.hours import osm_to_french
from knowledge.directory.models import AnnuaireCompetence, Service, ServiceZone, Structure, StructureZone
from knowledge.territory import Candidate, commune_by_code

ANNUAIRE_URL = SITE  # the official directory's site (service-public.fr became service-public.gouv.fr)
ANNUAIRE_SOURCE = f"{live.ATTRIBUTION} — Annuaire de l'administration"
CASF_SOURCE = ("Code de l'action sociale et des familles, articles L123-4 à L123-9 : "
               "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/")
CHECKED = "2026-11-23"  # date the rules above were last checked against their source
METROPOLE_DE_LYON = "200046977"
PARIS = "75056"

# Overseas, social security is run by other caisses than in mainland France.
# Guadeloupe, Martinique, Guyane, La Réunion: a caisse générale de sécurité sociale (CGSS) runs health
# insurance in place of a CPAM (Code de la sécurité sociale, articles L752-1 and L752-4).
CGSS_DEPARTEMENTS = {"971", "972", "973", "974"}
CGSS_SOURCE = ("Code de la sécurité sociale, articles L752-1 et L752-4 (caisses générales de sécurité sociale) : "
               "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006073189/LEGISCTA000006172792/ "
               "(vérifié le 2026-11-30)")
# Mayotte: the Caisse de sécurité sociale de Mayotte (CSSM) is the single social security body since
# 2015, family benefits included (CLEISS, "Le régime mahorais de sécurité sociale").
MAYOTTE = "976"
CSSM_SOURCE = ("CLEISS, « Le régime mahorais de sécurité sociale » : "
               "https://www.cleiss.fr/docs/regimes/regime_mayotte.html (vérifié le 2026-11-30)")

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
    id: str | None = None  # structure id in the base (`knowledge show ID`)
    email: str | None = None
    hours: str | None = None  # opening hours in French
    opening_hours: str | None = None  # the same, OpenStreetMap opening_hours syntax

    def to_dict(self) -> dict:
        return asdict(self)


def _link(kind: str, commune: Candidate, what: str | None = None):
    """The directory's search page for `kind` near the commune (the arrondissement, for one)."""
    return deep_link(kind, commune.nom, commune.codes_postaux, commune.departement, what=what)


def _ccas(commune: Candidate, parent: Candidate | None) -> Contact:
    if commune.code == PARIS or commune.commune_parent == PARIS:
        link = _link("ccas", commune, what="Centre d'action sociale")
        note = ("À Paris, l'action sociale de la Ville passe par le Centre d'action sociale de la Ville "
                "de Paris (CASVP), qui a un accueil dans chaque arrondissement. " + link.words)
        return Contact(kind="ccas", name="Centre d'action sociale de la Ville de Paris (CASVP)",
                       url=link.url, note=note)
    city = parent.nom if parent else commune.nom
    small = commune.population is not None and commune.population < 1500 and not parent
    link = _link("ccas", commune)
    note = (f"Le CCAS (centre communal d'action sociale) de {city} aide les habitants : aides d'urgence, "
            "aide pour les dossiers, domiciliation. "
            + ("Dans les communes de moins de 1 500 habitants, il n'y a pas toujours de CCAS : "
               "la mairie fait alors le lien. " if small else "")
            + "Certaines communes ont confié ce rôle à un CIAS (centre intercommunal d'action sociale) : "
            "la mairie vous dit où aller. " + link.words
            + " S'il n'y a pas de fiche CCAS, cherchez « Mairie ».")
    return Contact(kind="ccas", name=f"CCAS de {city} (ou la mairie)", url=link.url, note=note,
                   source=f"{ANNUAIRE_SOURCE} ; {CASF_SOURCE} (vérifié le {CHECKED})")


def _departement(commune: Candidate) -> Contact:
    if commune.epci == METROPOLE_DE_LYON:
        link = _link("departement", commune, what="Maison de la Métropole pour les solidarités")
        return Contact(
            kind="departement", name="Métropole de Lyon — Maisons de la Métropole pour les solidarités",
            url=link.url,
            note=("Dans les communes de la Métropole de Lyon, c'est la Métropole, et non le département "
                  "du Rhône, qui gère l'action sociale départementale (RSA, aide aux personnes âgées, "
                  "protection de l'enfance). " + link.words),
        )
    if commune.code == PARIS or commune.commune_parent == PARIS:
        link = _link("departement", commune, what="Ville de Paris")
        return Contact(
            kind="departement", name="Ville de Paris — services sociaux départementaux", url=link.url,
            note=("Paris est à la fois une commune et un département : la Ville de Paris gère aussi "
                  "l'action sociale départementale (RSA, aide aux personnes âgées, protection de l'enfance). "
                  + link.words),
        )
    if commune.departement in _COLLECTIVITES:
        name, why = _COLLECTIVITES[commune.departement]
        link = _link("departement", commune, what=name)
        return Contact(kind="departement", name=f"{name} — services sociaux", url=link.url,
                       note=f"Ici, {why} : c'est elle qui gère l'action sociale (RSA, aide aux personnes "
                            "âgées, protection de l'enfance). " + link.words)
    link = _link("departement", commune)
    return Contact(
        kind="departement", name=f"Conseil départemental — {commune.departement_nom} ({commune.departement})",
        url=link.url,
        note=("Le département gère le RSA, l'aide aux personnes âgées et la protection de l'enfance. "
              "Ses travailleurs sociaux reçoivent dans les maisons départementales des solidarités "
              "(le nom change selon le département). " + link.words),
    )


# Overseas, the Institut d'émission des départements d'outre-mer (IEDOM) runs the over-indebtedness commissions in
# the Banque de France's place, in the same legal conditions (IEDOM, « Prévention et traitement des situations de
# surendettement »).
IEDOM_SOURCE = ("IEDOM, « Prévention et traitement des situations de surendettement » : "
                "https://www.iedom.fr/iedom/espace-particuliers/surendettement/article/"
                "l-activite-des-commissions-de-surendettement-en-2022 (vérifié le 2026-12-04)")


def _overseas(kind: str, commune: Candidate) -> Contact | None:
    """The caisse competent overseas where it is not a CPAM (or a CAF), and the IEDOM in the Banque de France's
    place, when nothing was imported."""
    if kind == "banque_de_france" and (commune.departement in CGSS_DEPARTEMENTS or commune.departement == MAYOTTE):
        return Contact(kind=kind, name="Institut d'émission des départements d'outre-mer (IEDOM) — surendettement",
                       url="https://www.iedom.fr/", source=IEDOM_SOURCE,
                       note=("Outre-mer, c'est l'IEDOM qui reçoit les dossiers de surendettement, comme la Banque de "
                             "France dans l'Hexagone. Le dépôt est gratuit ; le site de l'agence de votre département "
                             "permet aussi de déposer le dossier en ligne."))
    if commune.departement == MAYOTTE and kind in ("caf", "cpam"):
        link = _link(kind, commune, what="Caisse de sécurité sociale de Mayotte")
        return Contact(kind=kind, name="Caisse de sécurité sociale de Mayotte (CSSM)", url=link.url,
                       source=f"{ANNUAIRE_SOURCE} ; {CSSM_SOURCE}",
                       note=("À Mayotte, la Caisse de sécurité sociale de Mayotte (CSSM) est le seul organisme "
                             "de sécurité sociale : elle joue le rôle de la CAF (allocations familiales) et de "
                             "la CPAM (assurance maladie). " + link.words))
    if commune.departement in CGSS_DEPARTEMENTS and kind == "cpam":
        link = _link(kind, commune, what="CGSS")
        return Contact(kind=kind, name=f"Caisse générale de sécurité sociale (CGSS) — {commune.departement_nom}",
                       url=link.url, source=f"{ANNUAIRE_SOURCE} ; {CGSS_SOURCE}",
                       note=(f"En {commune.departement_nom} comme dans les autres départements d'outre-mer, la "
                             "caisse générale de sécurité sociale (CGSS) joue le rôle de la CPAM : elle gère "
                             "l'assurance maladie. Le site ameli.fr permet aussi les démarches en ligne. "
                             + link.words))
    return None


DEFAULT_KINDS = ("ccas", "caf", "cpam", "mdph", "departement", "mission_locale")
ALL_KINDS = ("ccas", "caf", "msa", "cpam", "mdph", "departement", "mission_locale", "france_travail", "carsat",
             "france_services", "banque_de_france", "association", "point_justice", "mairie", "adil", "assureur",
             "clic", "pmi")
# Kinds never listed unless asked for (`kinds=`): they answer one situation, not every person.
ASKED_ONLY = ("mairie", "assureur", "pmi")
MAX_ASSOCIATIONS = 5
_CCAS_RANK = {"ccas": 0, "cias": 1, "mairie": 2}
# Within a kind, the office where people are received before the seat of the institution.
_CATEGORIE_RANK = {"maison_des_solidarites": 0, "conseil_departemental": 1}
_SOURCE_LABELS = {
    "annuaire-service-public": f"{live.ATTRIBUTION} — Annuaire de l'administration (Licence Ouverte 2.0)",
    "national": "Point d'entrée national",
}


def _source(row: Structure, consulted: str | None = None) -> str:
    label = _SOURCE_LABELS.get(row.source)
    if label is None and row.source.startswith("data-inclusion:"):
        label = (f"data·inclusion (https://www.data.inclusion.gouv.fr/), producteur "
                 f"« {row.source.split(':', 1)[1]} » (Licence Ouverte 2.0)")
    label = label or row.source
    where = row.lien_source or row.source_url
    when = f", mis à jour le {row.date_maj}" if row.date_maj else (f", vérifié le {row.checked}" if row.checked else "")
    if consulted:
        when += f", consulté le {consulted}"
    return f"{label} : {where}{when}" if where else f"{label}, fiche {row.id}{when}"


def _address(row: Structure) -> str | None:
    town = " ".join(p for p in (row.code_postal, row.commune) if p)
    parts = [p for p in (row.adresse, row.complement_adresse, town) if p]
    return ", ".join(parts) if row.adresse else None


def _from_structure(row: Structure, kind: str, note: str | None = None, generic: bool = False,
                    consulted: str | None = None) -> Contact:
    if row.source == "annuaire-service-public":
        # The licence asks for the attribution wherever the data is shown: the note is shown by every
        # front end (chat text, cards), the source not always.
        when = f", consultées le {_french_date(consulted)}" if consulted else ""
        note = " ".join(p for p in (note, f"Coordonnées : {live.ATTRIBUTION}{when}.") if p)
    return Contact(kind=kind, name=row.nom, address=_address(row), phone=row.telephone,
                   url=row.site_web or row.lien_source, source=_source(row, consulted), note=note or None,
                   generic=generic, id=row.id, email=row.courriel, hours=osm_to_french(row.horaires_accueil),
                   opening_hours=row.horaires_accueil)


def _french_date(iso: str) -> str:
    """2026-11-30 -> 30/11/2026."""
    year, month, day = iso[:10].split("-")
    return f"{day}/{month}/{year}"


def _ranked(rows, codes: set[str], epci: str | None, departement: str, metropole: bool) -> dict[str, list]:
    """Imported structures by kind, best first: the most local match, then the CCAS > CIAS > mairie order."""
    best: dict[str, dict[str, tuple]] = {}
    for row, code in rows:
        if row.code_insee in codes and code in codes:
            level = 0
        elif code in codes:
            level = 1
        elif code == epci:
            level = 2
        elif code == departement:
            if row.kind == "departement" and metropole:
                continue  # the Rhône département does not serve the communes of the Métropole de Lyon
            level = 3
        else:
            level = 4
        categorie = row.categorie
        if row.kind == "ccas":
            categorie = row.categorie if row.categorie in _CCAS_RANK else "ccas"
            if categorie == "ccas" and level > 0:
                categorie = "cias"  # a CCAS serving several communes acts as an intercommunal one
            if categorie == "mairie" and level > 1:
                continue  # another commune's mairie is not this commune's contact
            rank = (_CCAS_RANK[categorie], level)
        else:
            rank = (level, _CATEGORIE_RANK.get(categorie, 0))
        key = (rank, row.nom)
        current = best.setdefault(row.kind, {}).get(row.id)
        if current is None or key < current[0]:
            best[row.kind][row.id] = (key, row, categorie)
    return {kind: [(r, c) for _, r, c in sorted(found.values(), key=lambda item: item[0])]
            for kind, found in best.items()}


def _ccas_note(categorie: str | None, commune_nom: str, population: int | None) -> str | None:
    if categorie == "mairie":
        small = " Dans les communes de moins de 1 500 habitants, le CCAS est facultatif." if (
            population is not None and population < 1500) else ""
        return (f"Nous ne connaissons pas de CCAS (centre communal d'action sociale) pour {commune_nom} : "
                f"la mairie vous reçoit et vous oriente.{small}")
    if categorie == "cias":
        return ("Le CIAS (centre intercommunal d'action sociale) joue ici le rôle du CCAS pour "
                "plusieurs communes.")
    return None


def _generic(kind: str, national: dict[str, list[Structure]], commune: Candidate) -> Contact | None:
    rows = national.get(kind)
    if not rows:
        return None
    row = rows[0]
    link = _link(kind, commune)
    where = (f" L'accueil le plus proche de chez vous : {link.words} Lien direct : {link.url}" if link
             else f" Pour l'adresse de l'accueil le plus proche : {ANNUAIRE_URL}")
    return Contact(kind=kind, name=row.nom, phone=row.telephone, url=row.site_web, source=_source(row),
                   note=f"{row.description}{where}", generic=True, id=row.id)


def contacts_for_commune(code: str, engine: Engine | None = None,
                         kinds: Iterable[str] | None = None) -> list[Contact]:
    """The contacts for a commune (INSEE code), one per contact kind, then associations; [] if unknown.

    `kinds` restricts (and orders) the kinds returned; by default the six kinds every person may
    need (CCAS, CAF, CPAM, MDPH, département, Mission locale), any other kind the base holds an
    imported or fetched actor for, and the associations covering the commune.

    When the official directory's API is configured (``ANNUAIRE_API_URL``, on by default) and the
    base holds no recent answer for the commune, it is asked first: 2 s at most
    (``ANNUAIRE_TIMEOUT_SECONDS``), and an unreachable directory only means the base is used as it is.
    """
    commune = commune_by_code(code, engine)
    if commune is None:
        return []
    engine = engine or get_engine()
    parent = commune_by_code(commune.commune_parent, engine) if commune.commune_parent else None
    codes = {commune.code} | ({parent.code} if parent else set())
    live.refresh(commune.code, sorted(codes), engine)  # bounded by its timeout, never raises
    zone_codes = sorted(codes | {commune.departement, "france"} | ({commune.epci} if commune.epci else set()))
    metropole = commune.epci == METROPOLE_DE_LYON
    with Session(engine) as session:
        # One indexed lookup by zone code: national entry points are the rows competent for
        # "france" (filtering on the unindexed `national` flag would scan every structure).
        zoned = session.execute(
            select(Structure, StructureZone.code).join(StructureZone, StructureZone.structure_id == Structure.id)
            .where(StructureZone.code.in_(zone_codes), Structure.kind.is_not(None))).all()
        # Offices the official directory declared competent for the commune (live lookups).
        fetched = session.execute(
            select(Structure, AnnuaireCompetence.code, AnnuaireCompetence.fetched_at)
            .join(AnnuaireCompetence, AnnuaireCompetence.structure_id == Structure.id)
            .where(AnnuaireCompetence.code.in_(sorted(codes)), Structure.kind.is_not(None))).all()
        via_services = session.execute(
            select(Structure, ServiceZone.code).join(Service, Service.structure_id == Structure.id)
            .join(ServiceZone, ServiceZone.service_id == Service.id)
            .where(ServiceZone.code.in_(zone_codes), Structure.kind == "association")).all()
        session.expunge_all()
    consulted = {row.id: at[:10] for row, _, at in fetched}
    local = [(row, code) for row, code in zoned if not row.national] + [(row, code) for row, code, _ in fetched]
    ranked = _ranked([*local, *via_services], codes, commune.epci, commune.departement, metropole)
    national: dict[str, list[Structure]] = {}
    for row in sorted({row.id: row for row, _ in zoned if row.national}.values(), key=lambda r: r.id):
        national.setdefault(row.kind, []).append(row)

    if kinds is None:
        wanted = list(DEFAULT_KINDS) + [k for k in ALL_KINDS if k in ranked and k not in DEFAULT_KINDS
                                        and k not in ASKED_ONLY]
        if "association" not in wanted:
            wanted.append("association")
        generic_associations = False
    else:
        wanted = list(dict.fromkeys(kinds))
        generic_associations = True
    city = parent or commune
    contacts: list[Contact] = []
    for kind in wanted:
        found = ranked.get(kind, [])
        if kind == "association":
            if found:
                contacts.extend(_from_structure(r, kind, consulted=consulted.get(r.id))
                                for r, _ in found[:MAX_ASSOCIATIONS])
            elif generic_associations:
                contacts.extend(_generic_association(r) for r in national.get("association", []))
            continue
        if found:
            row, categorie = found[0]
            note = _ccas_note(categorie, city.nom, city.population) if kind == "ccas" else None
            contacts.append(_from_structure(row, kind, note, consulted=consulted.get(row.id)))
        elif kind == "ccas":
            contacts.append(_ccas(commune, parent))
        elif kind == "departement":
            contacts.append(_departement(commune))
        elif kind == "mairie":
            mairies = [r for r, c in ranked.get("ccas", []) if c == "mairie"]
            contacts.append(_from_structure(mairies[0], "mairie") if mairies else _mairie(city.nom))
        elif kind == "pmi":
            contacts.append(_pmi(_departement(commune)))
        elif kind == "assureur":
            contacts.append(_assureur())
        else:
            generic = _overseas(kind, commune) or _generic(kind, national, commune)
            if generic is not None:
                contacts.append(generic)
    return contacts


def _mairie(city: str) -> Contact:
    return Contact(kind="mairie", name=f"Mairie de {city}", url=ANNUAIRE_URL,
                   note=(f"La mairie de {city} recueille les déclarations de dégâts après une catastrophe et "
                         "demande la reconnaissance de l'état de catastrophe naturelle ; elle tient aussi le registre "
                         "des personnes vulnérables. Adresse, téléphone et horaires : annuaire officiel."),
                   source=f"{ANNUAIRE_SOURCE} ; {CASF_SOURCE} (article L121-6-1, vérifié le 2026-11-30)")


def _pmi(departement: Contact) -> Contact:
    """The département (or the collectivity in its place) runs the PMI centres."""
    where = departement.name.split(" — ")[-1] if " — " in departement.name else departement.name
    return Contact(kind="pmi", name=f"Centres de protection maternelle et infantile (PMI) — {where}", url=ANNUAIRE_URL,
                   note=("Les centres de PMI du département suivent gratuitement les femmes enceintes et les enfants "
                         "de moins de 6 ans. Cherchez « PMI » et votre commune dans l'annuaire officiel, ou demandez "
                         "à la mairie."),
                   source=(f"{ANNUAIRE_SOURCE} ; Code de la santé publique, article L2112-2 : "
                           "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665/ (vérifié le 2026-11-30)"))


def _assureur() -> Contact:
    """The person's own insurer: never in a directory."""
    return Contact(kind="assureur", name="Votre assureur (assurance habitation)",
                   note=("Déclarez le sinistre à votre assureur dès que possible, avec des photos et la liste des "
                         "biens abîmés ; après la publication de l'arrêté de catastrophe naturelle au Journal "
                         "officiel, vous avez 30 jours pour le faire si ce n'est pas déjà fait. Le numéro est sur "
                         "votre contrat ou votre avis d'échéance."),
                   source=("Code des assurances, articles L125-1, L125-2 et A125-1 : "
                           "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073984/ (vérifié le 2026-11-30)"))


def _generic_association(row: Structure) -> Contact:
    return Contact(kind="association", name=row.nom, url=row.site_web, source=_source(row),
                   note=row.description, generic=True, id=row.id)


def emergency_numbers(engine: Engine | None = None) -> list[dict]:
    """The emergency numbers of the contract, with their label and source."""
    engine = engine or get_engine()
    with engine.connect() as conn:
        rows = conn.execute(select(Structure.telephone, Structure.nom, Structure.description, Structure.source_url)
                            .where(Structure.categorie == "urgence").order_by(Structure.id)).all()
    order = ["115", "119", "3919", "3114", "15", "17", "112", "114"]
    items = [{"number": t, "label": n.split(" — ", 1)[-1], "note": d, "source": s} for t, n, d, s in rows]
    return sorted(items, key=lambda i: order.index(i["number"]) if i["number"] in order else len(order))
