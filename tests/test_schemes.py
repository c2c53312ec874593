"""The scheme records: one valid, sourced, dated record per scheme id of the contract; a broken record
fails loudly with a French message naming the file and the field; dated parameters; contacts per need."""
import shutil
from datetime import date

import pytest
import yaml

from knowledge.schemes import (
    BESOINS, CATALOGUE_DIR, CONTACT_KINDS, SCHEME_IDS, CatalogueError, Scheme, load_catalogue, load_orientation,
    load_parametres, priorities_by_need, read_catalogue, read_parametres,
)
from knowledge.schemes.loader import PARAMETRES_FILE

CONTRACT_IDS = """rsa prime_activite aide_logement aah aspa css ame allocations_familiales asf ars paje apa pch
cej fsl cheque_energie domiciliation aide_alimentaire hebergement_urgence surendettement aide_facultative
aide_sociale_enfance pmi aide_menagere aide_sociale_hebergement esat accompagnement_social registre_vulnerables
catastrophe_naturelle""".split()
NEW_KINDS = {"mairie", "adil", "assureur", "clic", "pmi"}
OFFICIAL = ("service-public.fr", "caf.fr", "ameli.fr", "legifrance.gouv.fr", "chequeenergie.gouv.fr",
            "banque-france.fr", "sante.gouv.fr")


def test_every_contract_id_has_one_record():
    catalogue = load_catalogue()
    assert list(catalogue) == CONTRACT_IDS == list(SCHEME_IDS)
    assert all(isinstance(s, Scheme) and s.id == key for key, s in catalogue.items())
    assert NEW_KINDS <= set(CONTACT_KINDS)


@pytest.mark.parametrize("scheme_id", CONTRACT_IDS)
def test_record_is_sourced_dated_and_plain(scheme_id):
    s = load_catalogue()[scheme_id]
    assert any(host in s.source for host in OFFICIAL), s.source
    # checked when the record was written (2026-11-30) or when a condition was added since, never in the future
    assert date(2026, 11, 30) <= date.fromisoformat(s.checked) <= date.today()
    assert s.legal_basis and all(a.url.startswith("https://www.legifrance.gouv.fr/") for a in s.legal_basis)
    assert s.contact_kinds and set(s.contact_kinds) <= set(CONTACT_KINDS)
    assert s.documents and s.how.endswith(".")
    assert "€" not in s.description + s.how
    assert s.online_url is None or s.online_url.startswith("https://")
    assert set(s.priorites) <= set(BESOINS)
    if s.openfisca is not None:
        assert "{montant}" in s.textes.oui + (s.textes.oui_participation or "")
    # user-facing texts say "vous", never "tu"
    for text in (s.description, s.how, s.textes.oui, s.textes.non):
        assert " tu " not in f" {text.lower()} "


def test_scheme_is_frozen():
    with pytest.raises(Exception):
        load_catalogue()["rsa"].name = "autre"


def test_contract_classification():
    c = load_catalogue()
    assert (c["aide_facultative"].level, c["aide_facultative"].aid_type) == ("commune", "facultative")
    assert c["rsa"].level == "departement" and c["rsa"].form == "especes"
    assert c["hebergement_urgence"].form == "nature"
    assert "ccas" in c["domiciliation"].contact_kinds
    assert c["registre_vulnerables"].level == "commune" and "mairie" in c["registre_vulnerables"].contact_kinds
    assert {"assureur", "mairie"} <= set(c["catastrophe_naturelle"].contact_kinds)
    assert c["pmi"].contact_kinds == ["pmi"]


def test_obligation_alimentaire_and_succession_explained_in_plain_words():
    ash = load_catalogue()["aide_sociale_hebergement"]
    assert "obligation alimentaire" in ash.description and "succession" in ash.description
    assert any("L132-6" in a.texte for a in ash.legal_basis) and any("L132-8" in a.texte for a in ash.legal_basis)


def test_priorities_come_from_the_records():
    priorities = priorities_by_need()
    assert priorities["argent"][0] == "rsa" and priorities["catastrophe"][0] == "catastrophe_naturelle"
    assert set(priorities) <= set(BESOINS)
    assert set(load_orientation().besoins) <= set(BESOINS)


def test_parameters_are_dated_and_sourced():
    params = load_parametres()
    for name, p in params.items():
        assert p.source.startswith("https://") and p.texte and date(2026, 11, 30) <= date.fromisoformat(p.verifie) <= date.today(), name
        assert all(date.fromisoformat(v.depuis) for v in p.valeurs)
    assert params["cej.age_maximum_rqth"].value_at("2026-11-01") == 29
    assert params["aspa.titre_sejour_annees"].value_at("2026-11-01") == 10
    with pytest.raises(LookupError):
        params["cej.age_maximum"].value_at("2020-01-01")  # the CEJ did not exist


def _copy(tmp_path):
    target = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, target)
    shutil.copy(PARAMETRES_FILE, tmp_path / PARAMETRES_FILE.name)
    return target


def test_missing_record_is_reported(tmp_path):
    directory = _copy(tmp_path)
    (directory / "ame.yaml").unlink()
    with pytest.raises(CatalogueError, match="ame"):
        read_catalogue(directory)


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(level="region"), "« level »"),
    (lambda r: r.update(contacts=[{"kind": "guichet"}]), "« contacts[0].kind »"),
    (lambda r: r.update(description="Une seule phrase."), "deux à quatre phrases"),
    (lambda r: r.update(description="Vous touchez 500 €. Tous les mois."), "montant"),
    (lambda r: r.update(source="www.caf.fr"), "https"),
    (lambda r: r.update(checked="23/11/2026"), "« checked »"),
    (lambda r: r.update(montant=573), "« montant » : champ inconnu"),
    (lambda r: r["conditions"][1].update(fait="pointure"), "« conditions[1].fait » : fait inconnu « pointure »"),
    (lambda r: r["conditions"][1].update(valeur="chateau"), "n'est pas une valeur"),
    (lambda r: r["conditions"][0]["une_de"][0].update(parametre="rsa.age_inconnu"), "paramètre inconnu"),
    (lambda r: r["conditions"][0]["une_de"][0].update(op="environ"), "op"),
    (lambda r: r["legal_basis"][0].update(url="https://example.org/"), "Légifrance"),
    (lambda r: r.pop("textes"), "« textes » : champ obligatoire absent"),
])
def test_broken_record_fails_with_file_and_field(tmp_path, change, message):
    directory = _copy(tmp_path)
    path = directory / "rsa.yaml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        read_catalogue(directory)
    assert str(err.value).startswith("rsa.yaml : ") and message in str(err.value), str(err.value)


def test_broken_parameter_fails_with_its_name(tmp_path):
    path = tmp_path / "parametres.yaml"
    data = yaml.safe_load(PARAMETRES_FILE.read_text(encoding="utf-8"))
    data["cej.age_maximum"]["valeurs"] = [{"depuis": "hier", "valeur": 25}]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match="parametres.yaml : paramètre « cej.age_maximum »"):
        read_parametres(path)


def test_build_stops_on_a_broken_record(tmp_path, monkeypatch):
    """`knowledge build` (load_defaults) validates the records: a broken one stops it, in French."""
    from sqlalchemy import create_engine

    import knowledge.schemes.loader as loader
    from knowledge.directory.defaults import load_defaults
    from knowledge.directory.models import Base

    directory = _copy(tmp_path)
    (directory / "pmi.yaml").write_text("id: pmi\nname: PMI\n", encoding="utf-8")
    monkeypatch.setattr(loader, "CATALOGUE_DIR", directory)
    loader._cached.cache_clear()
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    try:
        with engine.begin() as conn, pytest.raises(CatalogueError, match="pmi.yaml : champ"):
            load_defaults(conn)
    finally:
        monkeypatch.undo()
        loader._cached.cache_clear()
