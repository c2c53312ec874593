"""Issue 8, point 2: OpenFisca unavailable (the package cannot load, or no answer in time) →
orientation from the rules alone, saying that the amounts are unavailable."""
from __future__ import annotations

import sys
import time

import pytest

from knowledge.eligibility import openfisca_adapter, orient
from knowledge.eligibility.orient import AMOUNTS_UNAVAILABLE

SITUATION = {"age": 30, "commune": "Villeurbanne", "en_couple": False, "enfants": [4],
             "revenus_activite": 0, "logement": "locataire", "loyer": 450, "besoins": ["argent", "alimentation"]}


@pytest.fixture
def openfisca_missing(monkeypatch):
    """OpenFisca-France cannot be imported: the real load fails."""
    monkeypatch.setattr(openfisca_adapter, "_system", None)
    monkeypatch.setitem(sys.modules, "openfisca_france", None)


def _check_degraded(result):
    assert AMOUNTS_UNAVAILABLE in result.assumptions
    assert all(s.monthly_amount is None and s.annual_amount is None for s in result.schemes)
    assert all(s.eligibility != "probable" for s in result.schemes if s.id in ("rsa", "aide_logement"))
    assert result.scheme("rsa").eligibility == "possible"
    assert "ne peut pas être calculé" in result.scheme("rsa").why
    # What the law states plainly still holds: no ASPA at 30, no family allowance for one child.
    assert result.scheme("aspa").eligibility == "unlikely"
    assert result.scheme("allocations_familiales").eligibility == "unlikely"
    # Services come from the declarative rules, as usual; contacts are still given.
    assert result.scheme("aide_alimentaire").eligibility in ("probable", "possible")
    assert result.commune and result.commune["code"] == "69266"


def test_openfisca_cannot_load(openfisca_missing):
    _check_degraded(orient(SITUATION))


def test_openfisca_too_slow(monkeypatch):
    def slow(household):
        time.sleep(2)
        raise AssertionError("should have been abandoned")

    monkeypatch.setattr(openfisca_adapter, "compute", slow)
    monkeypatch.setattr(openfisca_adapter, "_system", object())  # loaded: no extra time for the load
    monkeypatch.setenv("OPENFISCA_TIMEOUT_SECONDS", "0.3")
    start = time.perf_counter()
    result = orient(SITUATION)
    assert time.perf_counter() - start < 2
    _check_degraded(result)


def test_orientation_api_without_openfisca(openfisca_missing):
    from fastapi.testclient import TestClient

    from web.app import app

    response = TestClient(app).post("/orientation", json=SITUATION)
    assert response.status_code == 200
    body = response.json()
    assert AMOUNTS_UNAVAILABLE in body["assumptions"]


def test_normal_orientation_has_amounts():
    result = orient(SITUATION)
    assert AMOUNTS_UNAVAILABLE not in result.assumptions
    assert result.scheme("rsa").monthly_amount
