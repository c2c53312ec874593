"""Live lookups in the official directory, against a real local HTTP server answering in the published format."""
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, func, select, update

from knowledge.contacts import ANNUAIRE_URL, contacts_for_commune
from knowledge.db import get_engine
from knowledge.directory import live, query
from knowledge.directory.importers.annuaire import SOURCE
from knowledge.directory.models import AnnuaireCompetence, AnnuaireLookup, Structure

from harness.annuaire_fake import FakeAnnuaire, closed_port_url

CCAS = f"{SOURCE}--0b000000-0000-4000-8000-000000000001"
ATTRIBUTION = "Service-Public.fr / DILA"


def clean(engine) -> None:
    live.wait_idle()
    live.ensure_tables(engine)
    with engine.begin() as conn:
        conn.execute(delete(AnnuaireCompetence))
        conn.execute(delete(AnnuaireLookup))
    query.purge(SOURCE, engine)
    live.BREAKER.reset()


@pytest.fixture()
def engine(monkeypatch):
    engine = get_engine()
    clean(engine)
    monkeypatch.setenv("ANNUAIRE_TIMEOUT_SECONDS", "2")
    yield engine
    clean(engine)


@pytest.fixture()
def fake(monkeypatch):
    with FakeAnnuaire() as server:
        monkeypatch.setenv("ANNUAIRE_API_URL", server.url)
        yield server


def by_kind(code: str, **kwargs) -> dict:
    found = {}
    for contact in contacts_for_commune(code, **kwargs):
        found.setdefault(contact.kind, []).append(contact)
    return found


def offline(code: str, monkeypatch) -> list[dict]:
    """The answer with lookups off: what a person gets when the directory cannot be reached."""
    with monkeypatch.context() as m:
        m.setenv("ANNUAIRE_API_URL", "")
        return [c.to_dict() for c in contacts_for_commune(code)]


def knowledge_cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "knowledge.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=60)


def test_cli_lookup_fills_the_base_with_address_phone_hours_and_source(engine, fake):
    out = knowledge_cli("contacts", "69266", "--json", env={"ANNUAIRE_API_URL": fake.url})
    assert out.returncode == 0, out.stderr
    contacts = {c["kind"]: c for c in json.loads(out.stdout)}
    ccas = contacts["ccas"]
    assert ccas["name"] == "Centre communal d'action sociale (CCAS) - Villeurbanne (exemple en ligne)"
    assert ccas["address"] == "10 rue de l'Exemple, 69100 Villeurbanne" and ccas["phone"] == "01 99 00 10 01"
    assert ccas["hours"] == "du lundi au vendredi : 08h30-12h00 et 13h30-17h00" and not ccas["generic"]
    today = datetime.now(timezone.utc).date().isoformat()
    assert ccas["source"].startswith(ATTRIBUTION) and f"consulté le {today}" in ccas["source"]
    assert "mis à jour le 2026-10-14" in ccas["source"]
    # The attribution also in the note, which every front end shows (chat text, cards).
    day = datetime.now(timezone.utc).strftime("%d/%m/%Y")
    assert ccas["note"] == f"Coordonnées : {ATTRIBUTION}, consultées le {day}."
    # Every kind the directory knows for Villeurbanne, including France services and France Travail.
    assert {k: c["generic"] for k, c in contacts.items() if k != "association"} == {
        "ccas": False, "caf": False, "cpam": False, "mdph": False, "departement": False, "mission_locale": False,
        "france_travail": False, "france_services": False}
    assert contacts["departement"]["name"].startswith("Maison de la Métropole pour les solidarités")
    assert contacts["caf"]["hours"] == "du lundi au jeudi : 08h30-16h00 ; vendredi : 08h30-12h00"
    # Two requests: which offices serve the commune, then those offices.
    assert [path.rsplit("/", 2)[1] for path, _ in fake.requests] == [
        "api-lannuaire-administration-locale-competence-geographique", "api-lannuaire-administration"]
    with engine.connect() as conn:
        lookup = conn.execute(select(AnnuaireLookup).where(AnnuaireLookup.code == "69266")).one()
        competence = conn.execute(select(AnnuaireCompetence).where(
            AnnuaireCompetence.structure_id == CCAS)).one()
    assert lookup.status == "ok" and lookup.records == 9 and lookup.api_url == fake.url
    assert competence.record_id == "0b000000-0000-4000-8000-000000000001" and competence.type_service_local == "ccas"
    assert competence.fetched_at.startswith(today)


def test_records_with_missing_fields_are_kept_with_what_they_have(engine, fake):
    contacts = by_kind("69266")
    mdph = contacts["mdph"][0]
    assert mdph.address == "1 rue de l'Exemple, 69003 Lyon"
    assert mdph.phone is None and mdph.hours is None and mdph.email is None and not mdph.generic
    france_services = contacts["france_services"][0]
    assert france_services.address is None and france_services.phone == "01 99 00 10 06"


def test_bad_records_are_skipped_with_a_reason(engine, fake):
    result = live.refresh("69266", ["69266"], engine)
    assert result.status == "fetched" and result.stored == 9 and result.requests == 2
    reasons = dict(result.rejected)
    assert reasons["0b000000-0000-4000-8000-000000000010"] == "code_insee_commune invalide : '6926'"
    assert reasons["0b000000-0000-4000-8000-000000000011"] == "champ pivot : JSON illisible"
    assert reasons["0b000000-0000-4000-8000-000000000012"].startswith("courriel")
    assert "id_service_local : JSON illisible" in reasons.values()
    assert any(r.startswith("id_service_local : identifiant invalide") for r in reasons.values())
    # The id that could have changed the query was never sent.
    assert all("!=" not in q.get("where", "") for _, q in fake.requests)
    with engine.connect() as conn:
        stored = conn.scalar(select(AnnuaireLookup.rejected).where(AnnuaireLookup.code == "69266"))
    assert ["0b000000-0000-4000-8000-000000000010", "code_insee_commune invalide : '6926'"] in stored
    assert query.show(f"{SOURCE}--0b000000-0000-4000-8000-000000000010", engine) is None


def test_a_second_conversation_uses_the_cache_without_a_request(engine, fake):
    first = [c.to_dict() for c in contacts_for_commune("69266")]
    assert len(fake.requests) == 2
    again = [c.to_dict() for c in contacts_for_commune("69266", kinds=["ccas"])]
    assert again == [first[0]] and len(fake.requests) == 2
    # Another process (another action server, the CLI) shares the cache through the base.
    out = knowledge_cli("contacts", "69266", "--json", env={"ANNUAIRE_API_URL": fake.url})
    assert json.loads(out.stdout) == first and len(fake.requests) == 2


def test_the_answer_is_refreshed_after_the_configured_time(engine, fake, monkeypatch):
    contacts_for_commune("69266")
    old = (datetime.now(timezone.utc) - timedelta(days=31)).isoformat(timespec="seconds")
    with engine.begin() as conn:
        conn.execute(update(AnnuaireLookup).values(fetched_at=old))
    contacts_for_commune("69266")
    assert len(fake.requests) == 4  # 30 days by default: asked again
    with engine.begin() as conn:
        conn.execute(update(AnnuaireLookup).values(fetched_at=old))
    monkeypatch.setenv("ANNUAIRE_CACHE_DAYS", "60")
    contacts_for_commune("69266")
    assert len(fake.requests) == 4


def test_stored_offices_stay_when_the_refresh_fails(engine, fake, monkeypatch):
    before = [c.to_dict() for c in contacts_for_commune("69266")]
    with engine.begin() as conn:
        conn.execute(update(AnnuaireLookup).values(fetched_at="2020-01-01T00:00:00+00:00"))
    monkeypatch.setenv("ANNUAIRE_API_URL", closed_port_url())
    assert [c.to_dict() for c in contacts_for_commune("69266")] == before


@pytest.mark.parametrize("mode", ["slow", "down", "error", "garbage"])
def test_a_slow_or_failing_directory_changes_nothing_for_the_person(engine, monkeypatch, mode):
    expected = offline("69266", monkeypatch)
    monkeypatch.setenv("ANNUAIRE_TIMEOUT_SECONDS", "0.5")
    with FakeAnnuaire(mode="slow" if mode == "down" else mode, delay=3.0) as server:
        monkeypatch.setenv("ANNUAIRE_API_URL", closed_port_url() if mode == "down" else server.url)
        start = time.perf_counter()
        assert [c.to_dict() for c in contacts_for_commune("69266")] == expected
        first = time.perf_counter() - start
        # The circuit breaker: the next messages do not ask the failing directory again.
        start = time.perf_counter()
        assert [c.to_dict() for c in contacts_for_commune("69266")] == expected
        second = time.perf_counter() - start
        assert len(server.requests) == (0 if mode == "down" else 1)
    # Bounded by the timeout (0.5 s here; generous margins for a loaded machine: the figures are
    # measured by bench/annuaire_live.py), and no wait at all once the breaker is open.
    assert first < 0.5 + 1.0
    assert second < 0.5
    live.wait_idle()
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(AnnuaireLookup)) == 0


def test_the_breaker_lets_one_probe_through_after_its_pause(engine, monkeypatch):
    # A pause no busy machine outlasts between two calls (1 s did not, under a training), then the
    # pause is made to have passed, instead of sleeping through it.
    monkeypatch.setenv("ANNUAIRE_RETRY_SECONDS", "600")
    # and a wait no loaded machine outlasts either: the fake directory answers slowly under a training
    monkeypatch.setenv("ANNUAIRE_TIMEOUT_SECONDS", "30")
    monkeypatch.setenv("ANNUAIRE_API_URL", closed_port_url())
    assert live.refresh("69266", ["69266"], engine).status == "error"
    assert live.refresh("69266", ["69266"], engine).status == "breaker"
    live.BREAKER.open_until = time.monotonic() - 1
    with FakeAnnuaire() as server:
        monkeypatch.setenv("ANNUAIRE_API_URL", server.url)
        assert live.refresh("69266", ["69266"], engine).status == "fetched"
    assert live.BREAKER.failures == 0


def test_a_lookup_whose_thread_is_finishing_does_not_hide_the_breaker(engine, monkeypatch):
    # The worker sets its answer, then leaves the in-flight table: a caller asking again in between (a loaded
    # machine) got that old failure back instead of the breaker's answer.
    from concurrent.futures import Future

    monkeypatch.setenv("ANNUAIRE_RETRY_SECONDS", "600")
    monkeypatch.setenv("ANNUAIRE_API_URL", closed_port_url())
    live.BREAKER.failure(600)
    done: Future = Future()
    done.set_result(live.Lookup(code="69266", status="error"))
    live._INFLIGHT["69266"] = done
    try:
        assert live.refresh("69266", ["69266"], engine).status == "breaker"
    finally:
        live._INFLIGHT.pop("69266", None)
        live.BREAKER.reset()


def test_lookups_off_with_an_empty_url(engine, fake, monkeypatch):
    monkeypatch.setenv("ANNUAIRE_API_URL", "")
    contacts = by_kind("69266")
    assert fake.requests == [] and contacts["ccas"][0].generic
    assert live.refresh("69266", ["69266"], engine).status == "off"


def test_commune_whose_ccas_is_a_cias(engine, fake):
    ccas = by_kind("01045")["ccas"][0]  # Birieux
    assert ccas.name.startswith("Centre intercommunal d'action sociale (CIAS) - Dombes")
    assert "intercommunal" in ccas.note and ccas.phone == "01 99 00 10 20"


def test_paris_arrondissement_gets_its_own_centre_d_action_sociale(engine, fake):
    ccas = by_kind("75115")["ccas"][0]
    assert "15e arrondissement" in ccas.name and ccas.phone == "01 99 00 10 30"
    # Both the arrondissement and Paris were asked for, in one request.
    where = fake.requests[0][1]["where"]
    assert 'code_insee_commune="75115"' in where and 'code_insee_commune="75056"' in where


def test_lyon_arrondissement_gets_the_city_ccas(engine, fake):
    contacts = by_kind("69388")
    assert contacts["ccas"][0].name.startswith("Centre communal d'action sociale (CCAS) - Lyon")


def test_overseas_caisse_generale_de_securite_sociale(engine, fake, monkeypatch):
    contacts = by_kind("97411")  # Saint-Denis, La Réunion
    assert contacts["cpam"][0].name.startswith("Caisse générale de sécurité sociale (CGSS) de La Réunion")
    assert not contacts["cpam"][0].generic and contacts["ccas"][0].phone == "01 99 00 10 41"
    monkeypatch.setenv("ANNUAIRE_API_URL", "")
    generic = by_kind("97209")  # Fort-de-France: nothing fetched, the competent caisse is named
    assert generic["cpam"][0].name == "Caisse générale de sécurité sociale (CGSS) — Martinique"
    assert "L752" in generic["cpam"][0].source and generic["cpam"][0].url.startswith(ANNUAIRE_URL)
    mayotte = by_kind("97611")  # Mamoudzou: the CSSM for the CAF and the CPAM
    assert {mayotte["caf"][0].name, mayotte["cpam"][0].name} == {"Caisse de sécurité sociale de Mayotte (CSSM)"}


def test_tables_are_created_in_a_base_built_before_them(tmp_path, monkeypatch):
    from knowledge.territory.build import build_territory

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = get_engine(url)
    build_territory(old)
    with old.begin() as conn:
        AnnuaireCompetence.__table__.drop(conn)
        AnnuaireLookup.__table__.drop(conn)
    live._TABLES_READY.discard(str(old.url))
    monkeypatch.setenv("ANNUAIRE_API_URL", "")
    assert [c.kind for c in contacts_for_commune("69266", engine=old)][0] == "ccas"


def test_structures_deleted_take_their_competence_rows_along(engine, fake):
    contacts_for_commune("69266")
    query.purge(SOURCE, engine)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(AnnuaireCompetence)) == 0
        assert conn.scalar(select(func.count()).select_from(Structure).where(Structure.source == SOURCE)) == 0
