"""The agents' tools behind a sign-in, the public doors' limits and the case-file budget (web.auth,
web.api), in process. The same over the real servers: tests/e2e/test_abuse.py."""
from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from web import auth
from web.api import _Evaluations
from web.app import app

TOKEN = "un-jeton-de-test-assez-long"
CASE = "  - {{id: c{i}, situation: {{age: 35, commune: '69266', revenus_activite: 0}}, include: [rsa]}}\n"


def cases(n: int) -> bytes:
    return ("cases:\n" + "".join(CASE.format(i=i) for i in range(n))).encode()


@pytest.fixture
def client(monkeypatch) -> TestClient:
    for name in ("AGENTS_TOKEN", "AGENTS_SESSION_SECRET", "TRUSTED_PROXY", "EVALUATE_BUDGET_SECONDS",
                 "EVALUATE_SECONDS_PER_CASE", "EVALUATE_CONCURRENCY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_Evaluations, "measured", None)
    monkeypatch.setattr(_Evaluations, "running", 0)
    return TestClient(app, client=("198.51.100.20", 40000))


@pytest.fixture
def on(monkeypatch) -> None:
    monkeypatch.setenv("AGENTS_TOKEN", TOKEN)


BEARER = {"Authorization": f"Bearer {TOKEN}"}


def test_off_when_nothing_is_configured_with_a_french_page(client):
    page = client.get("/agents")
    assert page.status_code == 403
    assert "n'est pas activée" in page.text and "AGENTS_TOKEN" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    evaluate = client.post("/orientation/evaluate", content=cases(1), headers=BEARER)
    assert evaluate.status_code == 403 and "AGENTS_TOKEN" in evaluate.json()["detail"]
    assert client.post("/agents/connexion", data={"jeton": TOKEN}).status_code == 403


def test_a_too_short_token_keeps_the_tools_off(client, monkeypatch):
    monkeypatch.setenv("AGENTS_TOKEN", "court")
    page = client.get("/agents")
    assert page.status_code == 403 and "trop court" in page.text
    assert client.post("/orientation/evaluate", content=cases(1),
                       headers={"Authorization": "Bearer court"}).status_code == 403


def test_signed_out_agents_see_the_sign_in_form_and_the_api_answers_401(client, on):
    page = client.get("/agents")
    assert page.status_code == 401 and 'action="/agents/connexion"' in page.text
    assert 'id="champs"' not in page.text
    refused = client.post("/orientation/evaluate", content=cases(1))
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert "Connectez-vous" in refused.json()["detail"]
    wrong = client.post("/orientation/evaluate", content=cases(1), headers={"Authorization": "Bearer faux"})
    assert wrong.status_code == 401


def test_bearer_token_opens_the_tools(client, on):
    assert client.get("/agents", headers=BEARER).status_code == 200
    report = client.post("/orientation/evaluate", content=cases(1), headers=BEARER)
    assert report.status_code == 200 and report.json()["total"] == 1


def test_sign_in_form_sets_a_strict_cookie_and_sign_out_clears_it(client, on):
    bad = client.post("/agents/connexion", data={"jeton": "pas le bon"})
    assert bad.status_code == 401 and "pas le bon" in bad.text and TOKEN not in bad.text
    signed = client.post("/agents/connexion", data={"jeton": TOKEN}, follow_redirects=False)
    assert signed.status_code == 303 and signed.headers["location"] == "/agents"
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback; HTTPS (or AGENTS_COOKIE_SECURE=1) adds it
    console = client.get("/agents")
    assert console.status_code == 200 and 'id="champs"' in console.text
    assert console.headers["cache-control"] == "no-store"
    assert client.post("/orientation/evaluate", content=cases(1)).status_code == 200
    client.post("/agents/deconnexion")
    assert client.get("/agents").status_code == 401


def test_the_cookie_is_secure_behind_a_trusted_https_proxy(client, on, monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXY", "198.51.100.20")
    signed = client.post("/agents/connexion", data={"jeton": TOKEN}, follow_redirects=False,
                         headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in signed.headers["set-cookie"]


def test_forged_expired_or_resigned_sessions_are_refused(client, on, monkeypatch):
    agent = auth.Agent("agent", "jeton")
    good = auth.session_value(agent)
    assert auth.agent_from_session(good) is not None
    payload, _, signature = good.partition(".")
    assert auth.agent_from_session(payload + "." + "0" * len(signature)) is None
    assert auth.agent_from_session(auth.session_value(agent, now=time.time() - 9 * 3600)) is None
    client.cookies.set(auth.COOKIE, good)
    assert client.get("/agents").status_code == 200
    monkeypatch.setenv("AGENTS_TOKEN", TOKEN + "-nouveau")  # a new token signs everyone out
    assert client.get("/agents").status_code == 401


def test_sign_in_attempts_are_limited_per_address(client, on, monkeypatch):
    monkeypatch.setenv("AGENTS_LOGIN_RATE_LIMIT", "3/600")
    for _ in range(3):
        assert client.post("/agents/connexion", data={"jeton": "essai"}).status_code == 401
    limited = client.post("/agents/connexion", data={"jeton": TOKEN})
    assert limited.status_code == 429 and "Trop de demandes" in limited.json()["detail"]
    assert int(limited.headers["retry-after"]) > 0


def test_public_orientation_is_limited_per_address_behind_a_trusted_proxy(client, on, monkeypatch):
    monkeypatch.setenv("ORIENTATION_RATE_LIMIT", "2/60")
    monkeypatch.setenv("TRUSTED_PROXY", "198.51.100.20")
    first = {"X-Forwarded-For": "203.0.113.1"}
    assert [client.post("/orientation", json={"age": 30}, headers=first).status_code
            for _ in range(3)] == [200, 200, 429]
    refused = client.post("/orientation", json={"age": 30}, headers=first)
    assert "Réessayez dans" in refused.json()["detail"] and refused.headers["retry-after"]
    # Another person behind the same proxy is not affected; a signed-in agent is not limited.
    assert client.post("/orientation", json={"age": 30}, headers={"X-Forwarded-For": "203.0.113.2"}).status_code == 200
    assert client.post("/orientation", json={"age": 30}, headers={**first, **BEARER}).status_code == 200


def test_a_case_file_over_the_time_budget_is_refused_before_any_work(client, on, monkeypatch):
    monkeypatch.setenv("EVALUATE_BUDGET_SECONDS", "20")
    monkeypatch.setenv("EVALUATE_SECONDS_PER_CASE", "0.25")
    start = time.process_time()
    refused = client.post("/orientation/evaluate", content=cases(500), headers=BEARER)
    cpu = time.process_time() - start
    assert refused.status_code == 413
    detail = refused.json()["detail"]
    assert "500 cas" in detail and "au plus 80 cas" in detail
    assert cpu < 0.5, cpu  # refused without reading the YAML nor evaluating anything
    # Flow-style cases that hide their count from the first look are counted after parsing.
    hidden = ("cases:\n" + "".join(f"  - {{id: c{i}}}\n" for i in range(100))).encode()
    refused = client.post("/orientation/evaluate", content=hidden, headers=BEARER)
    assert refused.status_code == 413 and "compte 100 cas" in refused.json()["detail"]


def test_an_evaluation_past_its_budget_stops(client, on, monkeypatch):
    monkeypatch.setenv("EVALUATE_BUDGET_SECONDS", "0.05")
    monkeypatch.setenv("EVALUATE_SECONDS_PER_CASE", "0.001")
    stopped = client.post("/orientation/evaluate", content=cases(40), headers=BEARER)
    assert stopped.status_code == 413 and "a dépassé le temps permis" in stopped.json()["detail"]


def test_one_evaluation_at_a_time(client, on, monkeypatch):
    monkeypatch.setattr(_Evaluations, "running", 1)
    busy = client.post("/orientation/evaluate", content=cases(1), headers=BEARER)
    assert busy.status_code == 429 and "en cours" in busy.json()["detail"]
    assert busy.headers["retry-after"] == "10"
