"""Issue 8, point 5: hostile input on Rasa's REST channel (malformed JSON, huge bodies, control
characters, wrong types): a 4xx or a polite reply, and both replicas keep serving."""
from __future__ import annotations

import json
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.scale

TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFF), max_size=200)
VALUES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT | st.lists(TEXT, max_size=3)
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                      HealthCheck.function_scoped_fixture])


def _post(url: str, content: bytes) -> httpx.Response:
    return httpx.post(f"{url}/webhooks/rest/webhook", content=content,
                      headers={"content-type": "application/json"}, timeout=120)


def _polite(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:300]
    if response.status_code == 200:  # a polite reply: at least one message, none empty
        answers = response.json()
        assert isinstance(answers, list) and answers
        assert all(a.get("text") or a.get("buttons") or a.get("custom") for a in answers)


def _still_serving(scale) -> None:
    for url in scale.urls:
        sender = f"fuzz-ok-{uuid.uuid4().hex[:8]}"
        answers = httpx.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": "bonjour"},
                             timeout=120).json()
        assert any("assistant" in a.get("text", "") for a in answers)


@FUZZ
@given(message=TEXT)
def test_any_text_gets_a_polite_reply(scale, message):
    response = _post(scale.urls[0], json.dumps({"sender": f"fuzz-{uuid.uuid4().hex[:8]}",
                                                "message": message}).encode())
    _polite(response)


@FUZZ
@given(sender=VALUES, message=VALUES)
def test_wrong_types(scale, sender, message):
    _polite(_post(scale.urls[1], json.dumps({"sender": sender, "message": message}).encode()))


@FUZZ
@given(body=st.binary(max_size=500))
def test_malformed_json(scale, body):
    _polite(_post(scale.urls[0], body))


def test_a_sender_with_a_control_character_is_refused_and_the_replicas_keep_serving(scale):
    """A NUL in the REST « sender » made PostgreSQL refuse the tracker's query and Rasa's SQL tracker store exit the
    whole replica (hypothesis drew one, 2026-12-06): a 400 now, before any query."""
    for sender in ("abc\x00def", "\x00", "ligne\nsuivante", "tab\tulation"):
        answer = _post(scale.urls[0], json.dumps({"sender": sender, "message": "bonjour"}).encode())
        assert answer.status_code == 400 and "caractère de contrôle" in answer.json()["message"], answer.text[:200]
    _still_serving(scale)


def test_huge_bodies_and_nesting(scale):
    sender = f"fuzz-{uuid.uuid4().hex[:8]}"
    huge = _post(scale.urls[0], json.dumps({"sender": sender, "message": "a" * 200_000}).encode())
    assert huge.status_code == 400
    for body in (b"null", b"[]", b'"texte"', b'{"sender": ["x"], "message": "bonjour"}', b'{"message": 3}'):
        assert _post(scale.urls[1], body).status_code == 400
    _polite(_post(scale.urls[1], b'{"sender": "x", "message": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"))
    _still_serving(scale)
