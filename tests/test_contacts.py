"""Generic contacts for a commune: honest, sourced, never an invented address or phone."""
import pytest
import yaml

from knowledge.contacts import ANNUAIRE_URL, contacts_for_commune
from knowledge.directory.defaults import NATIONAL_FILE


def by_kind(code: str) -> dict:
    return {c.kind: c for c in contacts_for_commune(code)}


def test_every_commune_gets_ccas_and_departement():
    contacts = by_kind("69266")  # Villeurbanne
    # Issue 3: also the CAF, CPAM, MDPH and Mission locale, generic until a directory is imported.
    assert set(contacts) == {"ccas", "caf", "cpam", "mdph", "departement", "mission_locale"}
    assert all(c.generic for c in contacts.values())
    ccas = contacts["ccas"]
    assert "Villeurbanne" in ccas.name and "CCAS" in ccas.name
    assert "mairie" in ccas.note and "CIAS" in ccas.note
    # Issue "deep links": the directory's search page for a CCAS near Villeurbanne, not its home page,
    # and the same search in words.
    assert ccas.url == f"{ANNUAIRE_URL}recherche?whoWhat=CCAS&where=Villeurbanne%2069100" and ccas.generic
    assert "cherchez « CCAS » et « Villeurbanne 69100 »" in ccas.note
    assert "legifrance" in ccas.source and "vérifié le" in ccas.source
    assert "Service-Public.fr / DILA" in ccas.source


@pytest.mark.parametrize("code", ["69266", "93066", "75115", "01001", "97411"])
def test_no_invented_address_or_phone(code):
    # A generic contact never has an address; its only phone is a national line whose
    # official source is recorded in the national entry points.
    sourced = {e["telephone"]: e["source_url"] for e in yaml.safe_load(NATIONAL_FILE.read_text(encoding="utf-8"))
               if e.get("telephone")}
    for contact in contacts_for_commune(code):
        assert contact.address is None
        assert contact.phone is None or sourced[contact.phone] in contact.source
        assert contact.source


def test_metropole_de_lyon_runs_departmental_social_action():
    dep = by_kind("69266")["departement"]  # Villeurbanne, in the Métropole de Lyon
    assert "Métropole de Lyon" in dep.name and "Rhône" in dep.note
    outside = by_kind("69264")["departement"]  # Villefranche-sur-Saône, outside the Métropole
    assert "Rhône" in outside.name and "Métropole" not in outside.name


def test_arrondissement_points_to_its_city():
    assert "de Lyon" in by_kind("69388")["ccas"].name
    assert "Marseille" in by_kind("13203")["ccas"].name
    assert "Métropole de Lyon" in by_kind("69388")["departement"].name


def test_paris_is_commune_and_departement():
    contacts = by_kind("75115")
    assert "CASVP" in contacts["ccas"].name
    assert "commune et un département" in contacts["departement"].note


def test_small_commune_says_the_mairie_may_stand_in():
    assert "moins de 1 500 habitants" in by_kind("01001")["ccas"].note  # 860 inhabitants
    assert "moins de 1 500 habitants" not in by_kind("69266")["ccas"].note


def test_collectivities_in_place_of_departement():
    assert "Corse" in by_kind("2A004")["departement"].name
    assert "Alsace" in by_kind("67482")["departement"].name


def test_unknown_code_gives_no_contact():
    assert contacts_for_commune("00000") == []
    assert contacts_for_commune("") == []
