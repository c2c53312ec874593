"""Importing data·inclusion exports, validated with the data-inclusion-schema models."""
import json

import pytest
from data_inclusion.schema import v1
from sqlalchemy import func, select

from knowledge.db import get_engine
from knowledge.directory import query
from knowledge.directory.importers.data_inclusion import import_data_inclusion
from knowledge.directory.models import Service, ServiceThematique
from knowledge.directory.report import ImportFormatError

from tests.fixtures import DI_SERVICES, DI_STRUCTURES

PREFIX = "data-inclusion:"


@pytest.fixture()
def engine():
    engine = get_engine()
    query.purge(PREFIX, engine)
    yield engine
    query.purge(PREFIX, engine)


def test_valid_records_are_imported_and_bad_ones_rejected_with_reason(engine):
    report = import_data_inclusion(DI_STRUCTURES, DI_SERVICES, engine)
    assert (report.created, report.updated, report.unchanged) == (6, 0, 0)  # 3 structures + 3 services
    reasons = dict(report.rejected)
    assert reasons["structure #4 (exemple--nom-court)"].startswith("nom :")
    assert reasons["structure #5 (exemple--cp-faux)"].startswith("code_postal :")
    assert "futur" in reasons["structure #6 (exemple--futur)"]
    assert reasons["structure #7"].startswith("id :")
    assert reasons["service #4 (exemple--theme-faux)"].startswith("thematiques.0 :")
    assert reasons["service #5 (exemple--orphelin)"] == "structure_id inconnu : exemple--inconnue"
    assert reasons["service #6 (exemple--zone-fausse)"].startswith("zone_eligibilite.0")
    assert len(reasons) == 7


def test_vocabulary_is_kept(engine):
    import_data_inclusion(DI_STRUCTURES, DI_SERVICES, engine)
    restos = query.show("exemple--restos-villeurbanne", engine)
    assert restos["kind"] == "association" and restos["reseaux_porteurs"] == ["restos-du-coeur"]
    assert restos["source"] == "data-inclusion:exemple" and restos["services"][0]["id"] == "exemple--restos-colis"
    service = query.show("exemple--cidff-droits", engine)
    assert service["zone_eligibilite"] == ["69"] and service["type"] == "information"
    assert "famille--surmonter-conflits-separation-violence" in service["thematiques"]
    assert service["modes_accueil"] == ["en-presentiel"] and service["publics"] == ["tous-publics"]


def test_reimport_updates_never_duplicates(engine, tmp_path):
    import_data_inclusion(DI_STRUCTURES, DI_SERVICES, engine)
    again = import_data_inclusion(DI_STRUCTURES, DI_SERVICES, engine)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    services = json.loads(DI_SERVICES.read_text(encoding="utf-8"))
    services[0]["thematiques"] = ["logement-hebergement--rechercher-une-solution-dhebergement-temporaire"]
    changed = tmp_path / "services.json"
    changed.write_text(json.dumps(services), encoding="utf-8")
    report = import_data_inclusion(DI_STRUCTURES, changed, engine)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 5)
    with engine.connect() as conn:
        themes = conn.scalars(select(ServiceThematique.thematique)
                              .where(ServiceThematique.service_id == "exemple--restos-colis")).all()
        assert themes == ["logement-hebergement--rechercher-une-solution-dhebergement-temporaire"]
        assert conn.scalar(select(func.count()).select_from(Service).where(Service.source.like(f"{PREFIX}%"))) == 3


def test_services_file_may_reference_structures_already_in_the_base(engine, tmp_path):
    import_data_inclusion(DI_STRUCTURES, DI_SERVICES, engine)
    empty = tmp_path / "structures.json"
    empty.write_text("[]", encoding="utf-8")
    report = import_data_inclusion(empty, DI_SERVICES, engine)
    assert report.unchanged == 3 and len(report.rejected) == 3


def test_api_page_shape_is_accepted(engine, tmp_path):
    page = tmp_path / "structures.json"
    page.write_text(json.dumps({"items": json.loads(DI_STRUCTURES.read_text(encoding="utf-8")), "total": 7}),
                    encoding="utf-8")
    assert import_data_inclusion(page, DI_SERVICES, engine).created == 6


def test_wrong_file_imports_nothing(engine, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{\"structures\": 3}", encoding="utf-8")
    with pytest.raises(ImportFormatError):
        import_data_inclusion(bad, DI_SERVICES, engine)
    assert query.show("exemple--restos-villeurbanne", engine) is None


def test_fixtures_follow_the_schema_field_for_field():
    for record in json.loads(DI_STRUCTURES.read_text(encoding="utf-8"))[:3]:
        assert set(record) == set(v1.Structure.model_fields)
        v1.Structure.model_validate(record)
    for record in json.loads(DI_SERVICES.read_text(encoding="utf-8"))[:3]:
        assert set(record) == set(v1.Service.model_fields)
        v1.Service.model_validate(record)


def test_overlong_field_rejects_the_structure_and_its_services(engine, tmp_path):
    structures = json.loads(DI_STRUCTURES.read_text(encoding="utf-8"))
    structures[0]["adresse"] = "3 rue de l'Exemple " * 40  # valid for the schema, too long for the column
    path = tmp_path / "structures.json"
    path.write_text(json.dumps(structures), encoding="utf-8")
    report = import_data_inclusion(path, DI_SERVICES, engine)
    reasons = dict(report.rejected)
    assert reasons["structure #1 (exemple--restos-villeurbanne)"].startswith("adresse : trop long")
    assert reasons["service #1 (exemple--restos-colis)"] == "structure_id inconnu : exemple--restos-villeurbanne"
    assert report.created == 4 and query.show("exemple--restos-villeurbanne", engine) is None
