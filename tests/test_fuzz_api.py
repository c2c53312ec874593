"""Issue 8, point 5: hostile input on the orientation API (POST /orientation, /orientation/evaluate,
GET /communes) — malformed JSON, huge bodies, control characters, wrong types. Every answer is
a 2xx or a 4xx with a French message, never a 500, and the real server keeps serving."""
from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.servers import AGENTS_TOKEN, WebServer

FIELDS = ["age", "commune", "en_couple", "enfants", "grossesse", "logement", "loyer", "activite",
          "revenus_activite", "chomage", "retraite", "nationalite", "handicap_taux", "besoins", "perte_autonomie"]
CONTROL = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFF), max_size=60)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
    | st.floats(allow_nan=False) | CONTROL,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(CONTROL, children, max_size=5),
    max_leaves=20)
SITUATIONS = st.dictionaries(st.sampled_from(FIELDS) | CONTROL, JSON_VALUES, max_size=8)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def server(knowledge_db: str, tmp_path_factory: pytest.TempPathFactory):
    """The real web server (uvicorn) on a free loopback port."""
    server = WebServer(tmp_path_factory.mktemp("fuzz"), env={"DATABASE_URL": knowledge_db})
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            yield client
        assert server.proc.poll() is None, "the server died during the fuzzing"
    finally:
        server.stop()


def _polite(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:500]
    if response.status_code >= 400:
        detail = response.json().get("detail")
        assert detail, response.text[:300]


def _still_serving(client: httpx.Client) -> None:
    ok = client.post("/orientation", json={"age": 40, "commune": "Villeurbanne"})
    assert ok.status_code == 200 and ok.json()["commune"]["code"] == "69266"


@FUZZ
@given(situation=SITUATIONS)
def test_orientation_with_any_json_object(server, situation):
    _polite(server.post("/orientation", content=json.dumps(situation).encode(),
                        headers={"content-type": "application/json"}))


@FUZZ
@given(body=JSON_VALUES)
def test_orientation_with_any_json_value(server, body):
    _polite(server.post("/orientation", content=json.dumps(body).encode(),
                        headers={"content-type": "application/json"}))


@FUZZ
@given(body=st.binary(max_size=2000))
def test_orientation_with_any_bytes(server, body):
    _polite(server.post("/orientation", content=body, headers={"content-type": "application/json"}))


@FUZZ
@given(q=CONTROL)
def test_communes_with_any_text(server, q):
    _polite(server.get("/communes", params={"q": q}))


@pytest.mark.parametrize("size", [1_000_000, 20_000_000])
def test_huge_bodies(server, size):
    body = b'{"commune": "' + b"a" * size + b'"}'
    _polite(server.post("/orientation", content=body, headers={"content-type": "application/json"}))
    deep = b"[" * 100_000 + b"]" * 100_000
    _polite(server.post("/orientation", content=deep, headers={"content-type": "application/json"}))
    _still_serving(server)


def test_wrong_types_name_the_field(server):
    response = server.post("/orientation", json={"age": "quarante", "enfants": "deux", "loyer": [1]})
    assert response.status_code == 422
    assert "age" in response.json()["detail"]
    _still_serving(server)


def test_evaluate_with_garbage_files(server):
    for content in (b"\x00\x01\x02", b"- [", b"a" * 2_000_000, "cas: 😀\n".encode()):
        _polite(server.post("/orientation/evaluate", files={"file": ("cas.yml", content, "application/x-yaml")},
                            headers={"Authorization": f"Bearer {AGENTS_TOKEN}"}))
    _still_serving(server)
