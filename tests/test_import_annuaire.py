"""Importing the service-public.fr local directory: both published shapes, idempotent, transactional."""
import json

import pytest
from sqlalchemy import func, select

from knowledge.db import get_engine
from knowledge.directory import query
from knowledge.directory.importers import annuaire
from knowledge.directory.importers.annuaire import SOURCE, import_annuaire
from knowledge.directory.models import Structure, StructureZone
from knowledge.directory.report import ImportFormatError

from tests.fixtures import ANNUAIRE_API, ANNUAIRE_EXPORT

CCAS = f"{SOURCE}--0a000000-0000-4000-8000-000000000001"
MISSION_LOCALE = f"{SOURCE}--0a000000-0000-4000-8000-000000000009"


@pytest.fixture()
def engine():
    engine = get_engine()
    query.purge(SOURCE, engine)
    yield engine
    query.purge(SOURCE, engine)


def count(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Structure).where(Structure.source == SOURCE))


def test_bulk_export_imports_good_records_and_reports_bad_ones(engine):
    report = import_annuaire(ANNUAIRE_EXPORT, engine)
    assert (report.created, report.updated, report.unchanged) == (12, 0, 0)
    reasons = dict(report.rejected)
    assert len(reasons) == 6
    assert reasons["#14"] == "identifiant (id) absent"
    assert "code INSEE invalide '6926'" in reasons["#15 (0a000000-0000-4000-8000-000000000014)"]
    assert reasons["#16 (0a000000-0000-4000-8000-000000000015)"].startswith("courriel")
    assert reasons["#17 (0a000000-0000-4000-8000-000000000001)"] == "identifiant en double dans le fichier"
    assert reasons["#18"] == "enregistrement qui n'est pas un objet JSON"
    assert reasons["#19 (0a000000-0000-4000-8000-000000000018)"] == "nom absent"
    assert sum(report.ignored.values()) == 1  # the préfecture: outside orientation
    assert count(engine) == 12


def test_fields_are_mapped_from_the_nested_lists(engine):
    import_annuaire(ANNUAIRE_EXPORT, engine)
    ccas = query.show(CCAS, engine)
    assert ccas["kind"] == "ccas" and ccas["categorie"] == "ccas" and ccas["reseaux_porteurs"] == ["ccas-cias"]
    assert ccas["adresse"] == "1 rue de l'Exemple" and ccas["code_postal"] == "69100"
    assert ccas["commune"] == "Villeurbanne" and ccas["code_insee"] == "69266"
    assert ccas["telephone"] == "01 99 00 00 01" and ccas["courriel"] == "accueil@example.org"
    assert ccas["site_web"] == "https://example.org/"
    assert ccas["horaires_accueil"] == "Mo-Fr 08:30-12:00,13:30-17:00"
    assert ccas["horaires"] == "du lundi au vendredi : 08h30-12h00 et 13h30-17h00"
    assert ccas["date_maj"] == "2026-10-14" and ccas["licence"] == "Licence Ouverte 2.0"
    assert ccas["zones"] == ["69266"]
    caf = query.show(f"{SOURCE}--0a000000-0000-4000-8000-000000000003", engine)
    assert caf["horaires_accueil"] == "Mo-Th 08:30-16:00; Fr 08:30-12:00"
    assert set(caf["zones"]) == {"69266", "69264", "69123", "69381", "69388"}


def test_api_shape_with_json_encoded_fields(engine):
    import_annuaire(ANNUAIRE_EXPORT, engine)
    report = import_annuaire(ANNUAIRE_API, engine)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 0)
    assert report.rejected == [("#3 (0a000000-0000-4000-8000-000000000103)", "champ pivot : JSON illisible")]
    assert query.show(MISSION_LOCALE, engine)["telephone"] == "01 99 00 09 99"
    villefranche = query.show(f"{SOURCE}--0a000000-0000-4000-8000-000000000101", engine)
    assert villefranche["courriel"] == "accueil@example.org" and villefranche["zones"] == ["69264"]


def test_reimport_is_idempotent(engine):
    import_annuaire(ANNUAIRE_EXPORT, engine)
    before = count(engine)
    again = import_annuaire(ANNUAIRE_EXPORT, engine)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 12)
    assert count(engine) == before
    with engine.connect() as conn:
        zones = conn.scalar(select(func.count()).select_from(StructureZone)
                            .where(StructureZone.structure_id == f"{SOURCE}--0a000000-0000-4000-8000-000000000003"))
    assert zones == 5


def test_failed_import_leaves_previous_data_intact(engine, monkeypatch):
    import_annuaire(ANNUAIRE_EXPORT, engine)
    import_annuaire(ANNUAIRE_API, engine)  # the Mission locale phone becomes 01 99 00 09 99

    def fail(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(annuaire, "log_import", fail)  # fails after the rows were written
    with pytest.raises(RuntimeError):
        import_annuaire(ANNUAIRE_EXPORT, engine)
    assert query.show(MISSION_LOCALE, engine)["telephone"] == "01 99 00 09 99"
    assert count(engine) == 13


@pytest.mark.parametrize("content", ["[]", "{\"records\": []}", "pas du json"])
def test_unknown_file_shape_imports_nothing(engine, tmp_path, content):
    path = tmp_path / "annuaire.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError):
        import_annuaire(path, engine)
    assert count(engine) == 0


def test_fixture_follows_the_published_bulk_format():
    data = json.loads(ANNUAIRE_EXPORT.read_text(encoding="utf-8"))
    record = data["service"][0]
    for field in ("pivot", "adresse", "telephone", "site_internet", "adresse_courriel", "plage_ouverture"):
        assert isinstance(record[field], list)
    assert set(record["pivot"][0]) == {"type_service_local", "code_insee_commune"}
    assert {"numero_voie", "code_postal", "nom_commune", "type_adresse"} <= set(record["adresse"][0])
    assert {"nom_jour_debut", "nom_jour_fin", "valeur_heure_debut_1", "valeur_heure_fin_1"} <= set(
        record["plage_ouverture"][0])
    api = json.loads(ANNUAIRE_API.read_text(encoding="utf-8"))
    assert isinstance(api["results"][0]["pivot"], str) and api["total_count"] == len(api["results"])


def test_unforeseen_shapes_and_overlong_fields_are_rejected_not_fatal(engine, tmp_path):
    records = json.loads(ANNUAIRE_EXPORT.read_text(encoding="utf-8"))["service"]
    overlong = {**records[0], "id": "trop-long",
                "adresse": [{**records[0]["adresse"][0], "numero_voie": "x" * 600}]}
    odd = {**records[0], "id": "pivot-liste",
           "pivot": [{"type_service_local": ["ccas"], "code_insee_commune": ["69266"]}]}
    path = tmp_path / "annuaire.json"
    path.write_text(json.dumps({"service": [overlong, odd, records[1]]}), encoding="utf-8")
    report = import_annuaire(path, engine)  # on PostgreSQL the long address would fail the transaction
    assert report.created == 1
    reasons = dict(report.rejected)
    assert reasons["#1 (trop-long)"] == "adresse : trop long (600 caractères, 500 au plus)"
    assert reasons["#2 (pivot-liste)"] == "enregistrement illisible (TypeError)"
    assert count(engine) == 1


def test_only_changed_records_are_validated_again(engine, monkeypatch):
    import_annuaire(ANNUAIRE_EXPORT, engine)
    validated = []
    real = annuaire._validate
    monkeypatch.setattr(annuaire, "_validate", lambda row: (validated.append(row["id"]), real(row)))
    assert import_annuaire(ANNUAIRE_EXPORT, engine).unchanged == 12
    # Unchanged records are not validated again; only the two bad ones are (the invalid e-mail,
    # and the duplicate id whose content differs from the stored record).
    assert sorted(validated) == [CCAS, f"{SOURCE}--0a000000-0000-4000-8000-000000000015"]
    report = import_annuaire(ANNUAIRE_API, engine)
    assert (report.created, report.updated) == (1, 1) and len(validated) == 4
