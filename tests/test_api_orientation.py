"""HTTP API: POST /orientation, GET /schemes, GET /communes, OpenAPI; French 422s, never a 500."""
import pytest
from fastapi.testclient import TestClient

from web.app import app

client = TestClient(app, raise_server_exceptions=False)


def post(body, raw=False):
    if raw:
        return client.post("/orientation", content=body, headers={"content-type": "application/json"})
    return client.post("/orientation", json=body)


def test_orientation_answers_the_contract():
    r = post({"age": 35, "commune": "69100", "revenus_activite": 0, "logement": "locataire", "loyer": 450})
    assert r.status_code == 200
    data = r.json()
    assert {"situation", "schemes", "contacts", "emergency", "missing"} <= set(data)
    rsa = next(s for s in data["schemes"] if s["id"] == "rsa")
    assert rsa["eligibility"] in ("probable", "possible") and rsa["monthly_amount"] > 0


@pytest.mark.parametrize("body, field", [
    ({"age": 250}, "age"),
    ({"loyer": -5}, "loyer"),
    ({"revenus_activite": 1e9}, "revenus_activite"),
    ({"chomage": "beaucoup"}, "chomage"),
    ({"enfants": [3, -1]}, "enfants"),
    ({"logement": "chateau"}, "logement"),
    ({"besoins": ["licorne"]}, "besoins"),
    ({"inconnu": 1}, "inconnu"),
])
def test_invalid_values_get_a_french_422_naming_the_field(body, field):
    r = post(body)
    assert r.status_code == 422
    data = r.json()
    assert data["errors"][0]["field"] == field
    assert f"« {field} »" in data["detail"]


@pytest.mark.parametrize("raw", ["pas du json", "[1, 2]", '"texte"', "{", "null"])
def test_malformed_bodies_get_a_422(raw):
    r = post(raw, raw=True)
    assert r.status_code == 422 if raw != "null" else r.status_code in (200, 422)
    assert "detail" in r.json() or "schemes" in r.json()


def test_empty_body_orients_with_nothing_known():
    r = post("", raw=True)
    assert r.status_code == 200 and "commune" in r.json()["missing"]


def test_unknown_and_ambiguous_communes():
    unknown = post({"commune": "Zzyzx-sur-Mer"}).json()
    assert unknown["commune"] is None and "commune" in unknown["missing"]
    ambiguous = post({"commune": "Saint-Denis"}).json()
    assert len(ambiguous["commune_candidates"]) > 1


def test_schemes_and_communes_and_openapi():
    schemes = client.get("/schemes").json()
    assert len(schemes) == 29 and {"id", "name", "contacts"} <= set(schemes[0])
    assert client.get("/communes", params={"q": "Villeurbanne"}).json()["status"] == "found"
    spec = client.get("/openapi.json").json()
    assert {"/orientation", "/schemes", "/communes"} <= set(spec["paths"])
    body = spec["paths"]["/orientation"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "revenus_activite" in body["properties"]
