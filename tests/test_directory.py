"""Contacts from imported directories, search, show, stats, national entry points, and the CLI."""
import json
import os
import subprocess
import sys

import pytest
import yaml

from knowledge.contacts import ANNUAIRE_URL, contacts_for_commune, emergency_numbers
from knowledge.db import get_engine
from knowledge.directory import query
from knowledge.directory.defaults import NATIONAL_FILE
from knowledge.directory.importers.annuaire import import_annuaire
from knowledge.directory.importers.data_inclusion import import_data_inclusion
from knowledge.directory.vocabulary import PIVOT, RESEAU_KIND
from knowledge.schemes import CONTACT_KINDS, SCHEME_IDS

from tests.fixtures import ANNUAIRE_API, ANNUAIRE_EXPORT, DI_SERVICES, DI_STRUCTURES

SOURCES = ("annuaire-service-public", "data-inclusion:")


@pytest.fixture(scope="module")
def imported():
    engine = get_engine()
    for source in SOURCES:
        query.purge(source, engine)
    import_annuaire(ANNUAIRE_EXPORT, engine)
    import_annuaire(ANNUAIRE_API, engine)
    import_data_inclusion(DI_STRUCTURES, DI_SERVICES, engine)
    yield engine
    for source in SOURCES:
        query.purge(source, engine)


def by_kind(code: str) -> dict:
    found = {}
    for contact in contacts_for_commune(code):
        found.setdefault(contact.kind, []).append(contact)
    return found


def test_own_ccas_first_with_address_phone_hours_and_source(imported):
    contacts = by_kind("69266")
    ccas = contacts["ccas"][0]
    assert "CCAS" in ccas.name and not ccas.generic
    assert ccas.address == "1 rue de l'Exemple, 69100 Villeurbanne" and ccas.phone == "01 99 00 00 01"
    assert ccas.hours == "du lundi au vendredi : 08h30-12h00 et 13h30-17h00"
    assert "service-public.fr" in ccas.source and "mis à jour le 2026-10-14" in ccas.source
    assert ccas.id and ccas.email == "accueil@example.org"
    assert ccas.note == "Coordonnées : Service-Public.fr / DILA."  # the licence's attribution, shown everywhere


def test_cias_of_the_epci_when_no_ccas(imported):
    ccas = by_kind("01028")["ccas"][0]  # Baneins: its mairie is imported, but the CIAS comes first
    assert "CIAS" in ccas.name and "intercommunal" in ccas.note


def test_mairie_when_neither_ccas_nor_cias(imported):
    ccas = by_kind("01002")["ccas"][0]
    assert ccas.name.startswith("Mairie") and not ccas.generic
    assert "Nous ne connaissons pas de CCAS" in ccas.note and "moins de 1 500 habitants" in ccas.note


def test_another_communes_mairie_is_never_given(imported):
    ccas = by_kind("01045")["ccas"][0]  # Birieux: only the CIAS is imported for it
    assert "CIAS" in ccas.name


def test_competent_offices_by_zone(imported):
    contacts = by_kind("69388")  # Lyon 8e: the CAF and CPAM list it in their zone
    assert "CAF" in contacts["caf"][0].name and not contacts["caf"][0].generic
    assert "CPAM" in contacts["cpam"][0].name
    villefranche = by_kind("69264")
    assert "CAF" in villefranche["caf"][0].name and villefranche["cpam"][0].generic


def test_metropole_de_lyon_and_rhone(imported):
    assert "Métropole" in by_kind("69266")["departement"][0].name
    outside = by_kind("69264")["departement"][0]  # outside the Métropole: still the Rhône département
    assert "Rhône" in outside.name and outside.generic


def test_associations_whose_zone_covers_the_commune(imported):
    names = [c.name for c in by_kind("69266")["association"]]
    assert any("Restos" in n for n in names)  # service zone: the Métropole de Lyon EPCI
    assert any("CIDFF" in n for n in names)  # service zone: département 69
    assert any("Point conseil budget" in n for n in names)  # annuaire pivot "pcb"
    assert [c.name for c in by_kind("01028")["association"]] == ["Épicerie solidaire de la Dombes (exemple)"]
    assert "association" not in by_kind("01045")
    cidff = next(c for c in by_kind("69266")["association"] if "CIDFF" in c.name)
    assert "data.inclusion.gouv.fr" in cidff.source and "exemple--cidff-rhone" in cidff.source  # no lien_source
    assert all(c.source for found in by_kind("69266").values() for c in found)


def test_generic_contacts_when_nothing_imported(imported):
    contacts = by_kind("97411")
    assert set(contacts) == {"ccas", "caf", "cpam", "mdph", "departement", "mission_locale"}
    for kind, (contact,) in contacts.items():
        assert contact.generic and contact.address is None and contact.source
    assert contacts["caf"][0].url == "https://www.caf.fr/" and ANNUAIRE_URL in contacts["caf"][0].note


def test_kinds_can_be_asked_for(imported):
    contacts = contacts_for_commune("97411", kinds=["carsat", "banque_de_france", "association"])
    assert [c.kind for c in contacts][:2] == ["carsat", "banque_de_france"]
    assert {c.kind for c in contacts[2:]} == {"association"} and len(contacts) > 3
    assert all(c.generic and c.url for c in contacts)


def test_search_show_stats(imported):
    hits = query.search("ccas", commune="69266")
    assert hits[0]["id"].endswith("0a000000-0000-4000-8000-000000000001")
    assert not any(h["commune"] == "Villefranche-sur-Saône" for h in hits if h["type"] == "structure")
    food = query.search("", thematique="equipement-et-alimentation", commune="01001")
    assert [h["id"] for h in food] == ["exemple--epicerie"]
    assert query.search("colis", thematique="equipement-et-alimentation--alimentation")[0]["id"] == "exemple--restos-colis"
    with pytest.raises(LookupError):
        query.search("ccas", commune="00000")
    assert query.show("rsa")["type"] == "dispositif"
    assert query.show("inconnu") is None
    stats = query.stats()
    assert stats["structures_par_source"]["annuaire-service-public"] == 13
    assert stats["structures_par_source"]["data-inclusion:exemple"] == 3
    assert stats["dispositifs"] == 29 and stats["structures_par_type"]["ccas"] >= 6
    assert any(i["source"].startswith("Annuaire de l'administration") for i in stats["imports"])


def test_national_entry_points_are_sourced_and_address_free():
    entries = yaml.safe_load(NATIONAL_FILE.read_text(encoding="utf-8"))
    assert len({e["id"] for e in entries}) == len(entries)
    for entry in entries:
        assert entry["source_url"].startswith("https://") and entry["checked"] in ("2026-11-23", "2026-11-30", "2026-12-04")
        assert entry["kind"] is None or entry["kind"] in CONTACT_KINDS
        assert "adresse" not in entry
    kinds = {e["kind"] for e in entries}
    assert {"caf", "cpam", "france_travail", "carsat", "mdph", "mission_locale", "association"} <= kinds
    numbers = [e["number"] for e in emergency_numbers()]
    assert numbers == ["115", "119", "3919", "3114", "15", "17", "112", "114", "3977"]


def test_vocabularies_map_onto_contract_kinds():
    assert set(RESEAU_KIND.values()) <= set(CONTACT_KINDS)
    assert {kind for kind, _, _ in PIVOT.values()} <= set(CONTACT_KINDS)
    assert len(SCHEME_IDS) == 29


def knowledge(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "knowledge.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_cli_import_search_show_stats(imported):
    out = knowledge("import", "annuaire", str(ANNUAIRE_EXPORT), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["unchanged"] == 11 and report["updated"] == 1 and len(report["rejected"]) == 6
    out = knowledge("import", "data-inclusion", str(DI_STRUCTURES), str(DI_SERVICES))
    assert "0 créés, 0 mis à jour, 6 inchangés, 7 rejetés" in out.stdout
    assert "structure_id inconnu" in out.stdout
    out = knowledge("search", "mission locale", "--commune", "69266")
    assert out.returncode == 0 and "Mission locale - Villeurbanne" in out.stdout
    assert knowledge("search", "restos", "--commune", "00000").returncode == 1
    shown = json.loads(knowledge("show", "exemple--restos-villeurbanne", "--json").stdout)
    assert shown["nom"].startswith("Les Restos du Cœur")
    assert "Aucun acteur" in knowledge("show", "nope").stderr
    stats = knowledge("stats").stdout
    assert "Acteurs par source" in stats and "annuaire-service-public" in stats and "Imports" in stats
    missing = knowledge("import", "annuaire", "/nonexistent.json")
    assert missing.returncode == 1 and "rien n'a été modifié" in missing.stderr
