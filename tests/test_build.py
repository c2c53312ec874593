"""Building the territory base: counts, links, idempotence."""
from sqlalchemy import func, select

from knowledge.db import get_engine
from knowledge.territory.build import build_territory, load_derivative
from knowledge.territory.models import AncienneCommune, CodePostal, Commune, Epci


def test_derivative_records_its_source():
    source = load_derivative()["source"]
    assert source["package"] == "@etalab/decoupage-administratif"
    assert source["version"] == "6.0.0" and source["licence"] == "MIT"


def test_counts_and_links(knowledge_db):
    engine = get_engine(knowledge_db)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).where(Commune.type == "commune")) == 34969
        assert conn.scalar(select(func.count()).where(Commune.type == "arrondissement")) == 45
        assert conn.scalar(select(func.count()).select_from(Epci)) > 1000
        assert conn.scalar(select(func.count()).select_from(AncienneCommune)) > 2000
        villeurbanne = conn.execute(select(Commune).where(Commune.code == "69266")).one()
        assert villeurbanne.epci_code == "200046977"  # Métropole de Lyon
        assert villeurbanne.departement_code == "69" and villeurbanne.region_code == "84"
        lyon8 = conn.execute(select(Commune).where(Commune.code == "69388")).one()
        assert lyon8.commune_parent_code == "69123"
        cps = conn.scalars(select(CodePostal.commune_code).where(CodePostal.code_postal == "75116")).all()
        assert set(cps) >= {"75116"}


def test_rebuild_is_idempotent(tmp_path):
    engine = get_engine(f"sqlite:///{tmp_path / 'kb.sqlite3'}")
    first = build_territory(engine)
    second = build_territory(engine)
    assert first == second
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Commune)) == 34969 + 45
