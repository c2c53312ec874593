"""The scheme catalogue: one valid, sourced record per scheme id of the contract, no amounts."""
import shutil
from datetime import date

import pytest
import yaml

from knowledge.schemes import CATALOGUE_DIR, CONTACT_KINDS, SCHEME_IDS, CatalogueError, Scheme, load_catalogue, read_catalogue

CONTRACT_IDS = """rsa prime_activite aide_logement aah aspa css ame allocations_familiales asf ars paje apa pch
cej fsl cheque_energie domiciliation aide_alimentaire hebergement_urgence surendettement aide_facultative""".split()
OFFICIAL = ("service-public.fr", "caf.fr", "ameli.fr", "legifrance.gouv.fr", "chequeenergie.gouv.fr",
            "banque-france.fr")


def test_every_contract_id_has_one_record():
    catalogue = load_catalogue()
    assert list(catalogue) == CONTRACT_IDS == list(SCHEME_IDS)
    assert all(isinstance(s, Scheme) and s.id == key for key, s in catalogue.items())


@pytest.mark.parametrize("scheme_id", CONTRACT_IDS)
def test_record_is_sourced_dated_and_plain(scheme_id):
    s = load_catalogue()[scheme_id]
    assert any(host in s.source for host in OFFICIAL), s.source
    assert date.fromisoformat(s.checked) <= date(2026, 11, 23)
    assert set(s.contacts) <= set(CONTACT_KINDS) and s.contacts
    assert s.documents and s.how.endswith(".")
    assert "€" not in s.description + s.how
    assert s.online_url is None or s.online_url.startswith("https://")
    if "legifrance" in s.source:
        assert s.legal_basis, "a code as source must name its article"


def test_scheme_is_frozen():
    with pytest.raises(Exception):
        load_catalogue()["rsa"].name = "autre"


def test_contract_classification():
    c = load_catalogue()
    assert (c["aide_facultative"].level, c["aide_facultative"].aid_type) == ("commune", "facultative")
    assert c["rsa"].level == "departement" and c["rsa"].form == "especes"
    assert c["hebergement_urgence"].form == "nature"
    assert "ccas" in c["domiciliation"].contacts


def _copy(tmp_path):
    target = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, target)
    return target


def test_missing_record_is_reported(tmp_path):
    directory = _copy(tmp_path)
    (directory / "ame.yaml").unlink()
    with pytest.raises(CatalogueError, match="ame"):
        read_catalogue(directory)


@pytest.mark.parametrize("field, value, message", [
    ("level", "region", "level"),
    ("contacts", ["caf", "guichet"], "contacts"),
    ("description", "Une seule phrase.", "deux phrases"),
    ("description", "Vous touchez 500 €. Tous les mois.", "montant"),
    ("source", "www.caf.fr", "https"),
    ("checked", "23/11/2026", "checked"),
    ("montant", 573, "montant"),
])
def test_invalid_record_is_rejected_with_its_file_name(tmp_path, field, value, message):
    directory = _copy(tmp_path)
    path = directory / "rsa.yaml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record[field] = value
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match="rsa.yaml") as err:
        read_catalogue(directory)
    assert message in str(err.value)
