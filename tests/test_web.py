"""The web server: the chat page and the commune API."""
import pytest
from fastapi.testclient import TestClient

from web.app import app

client = TestClient(app)
TOKEN = "jeton-des-agents-pour-les-tests"


@pytest.fixture
def agent(monkeypatch) -> dict:
    """The agents' tools turned on (AGENTS_TOKEN); the headers of a signed-in agent."""
    monkeypatch.setenv("AGENTS_TOKEN", TOKEN)
    return {"Authorization": f"Bearer {TOKEN}"}


def test_chat_page_is_french_and_local_only():
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="fr">' in page.text
    assert "http" not in page.text.replace('href="/static', "")  # no CDN, no remote asset
    assert client.get("/static/chat.js").status_code == 200


def test_communes_api():
    data = client.get("/communes", params={"q": "Saint-Denis 93"}).json()
    assert data["status"] == "found"
    assert data["candidates"][0]["code"] == "93066"


def test_communes_api_unknown_and_bad_input():
    assert client.get("/communes", params={"q": "xyzzy"}).json()["candidates"] == []
    assert client.get("/communes").status_code == 422
    assert client.get("/communes", params={"q": "a" * 500}).status_code == 422


def test_pages_carry_a_strict_content_security_policy(agent):
    for path, headers in (("/", {}), ("/agents", agent), ("/agents", {}), ("/agents/connexion", {})):
        page = client.get(path, headers=headers)
        assert page.status_code == (401 if path == "/agents" and not headers else 200), path
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp
        assert "<script>" not in page.text  # no inline script: the CSP would block it
    assert client.get("/widget.js").headers["content-type"].startswith("text/javascript")
    assert 'src="/widget.js"' in client.get("/demo").text


def test_the_vocabulary_labels_every_field_and_value_of_the_contract(agent):
    # The agents' console builds its form from it, the chat page reads its labels from it.
    from typing import get_args

    from knowledge.eligibility.situation import Situation

    vocabulary = client.get("/situation/vocabulary").json()
    fields = {f["name"]: f for f in vocabulary["fields"]}
    assert list(fields) == list(Situation.model_fields)
    for name, f in fields.items():
        assert f["label"] and f["label_person"], name
        if f["type"] in ("choice", "list_choice"):
            assert f["values"] and all(v["label"] for v in f["values"]), name
    assert fields["age"]["type"] == "int" and (fields["age"]["min"], fields["age"]["max"]) == (0, 120)
    assert {v["value"] for v in fields["activite"]["values"]} == set(get_args(get_args(
        Situation.model_fields["activite"].annotation)[0]))
    assert set(vocabulary["verdicts"]) == {"probable", "possible", "unlikely", "deja_percu"}
    page = client.get("/agents", headers=agent).text
    assert 'id="champs"' in page and "/static/agents.js" in page


CASES = """
cases:
  - id: rsa-personne-seule
    source: https://www.service-public.fr/particuliers/vosdroits/N19775
    situation: {age: 35, commune: "69266", en_couple: false, enfants: [], activite: sans_activite,
                revenus_activite: 0, logement: locataire, loyer: 450, nationalite: francaise}
    include: [rsa]
    exclude: [aspa]
  - id: attendu-faux
    situation: {age: 35, commune: "69266", en_couple: false, enfants: [], revenus_activite: 3000}
    include: [rsa, dispositif_inconnu]
    emergency: ["115"]
"""


def test_case_file_report_passes_and_fails_like_orientation_evaluate(agent):
    report = client.post("/orientation/evaluate", content=CASES.encode(),
                         headers={"content-type": "application/yaml", **agent})
    assert report.status_code == 200
    data = report.json()
    assert (data["total"], data["passed"], data["failed"]) == (2, 1, 1)
    ok, bad = data["cases"]
    assert ok == {"id": "rsa-personne-seule", "passed": True, "problems": [],
                  "source": "https://www.service-public.fr/particuliers/vosdroits/N19775"}
    assert bad["passed"] is False
    assert any(p.startswith("manque rsa") for p in bad["problems"])
    assert "identifiant inconnu dispositif_inconnu" in bad["problems"]
    assert "urgence manquante 115" in bad["problems"]


def test_bad_case_files_get_a_french_4xx(agent):
    cases = [
        (b"", 400, "vide"),
        (b"cases: [", 400, "YAML valide"),
        (b"\xff\xfe\x00", 400, "UTF-8"),
        (b"cases: 3", 422, "liste de cas"),
        (b"cases:\n  - 12\n", 422, "Le cas n° 1"),
        (b"cases:\n  - {id: a, situation: 3}\n", 422, "situation"),
        (b"cases:\n  - {id: a, include: rsa}\n", 422, "include"),
        (b"x" * 1_000_001, 413, "trop gros"),
    ]
    for body, status, words in cases:
        response = client.post("/orientation/evaluate", content=body, headers=agent)
        assert response.status_code == status, body[:40]
        assert words in response.json()["detail"], response.json()


def test_a_case_with_an_invalid_situation_fails_with_the_reason(agent):
    body = b"cases:\n  - {id: age-faux, situation: {age: -3}, include: [rsa]}\n"
    data = client.post("/orientation/evaluate", content=body, headers=agent).json()
    assert data["failed"] == 1
    assert data["cases"][0]["problems"][0].startswith("situation invalide")


def test_credentials_enable_rest_and_socketio_and_carry_ready_blocks_for_the_others():
    import re
    from pathlib import Path

    import yaml

    text = (Path(__file__).resolve().parents[1] / "bot" / "credentials.yml").read_text(encoding="utf-8")
    enabled = yaml.safe_load(text)
    # Rasa's REST and socket.io channels, as the project's declared subclasses (bot/rasa_ext/channels.py).
    assert set(enabled) == {"bot.rasa_ext.channels.RestInput", "bot.rasa_ext.channels.SocketIOInput"}
    assert enabled["bot.rasa_ext.channels.SocketIOInput"]["session_persistence"] is True
    uncommented = yaml.safe_load(re.sub(r"^# ((?:telegram|facebook|slack|twilio):|  )", r"\1", text, flags=re.M))
    expected = {"telegram": {"access_token", "verify", "webhook_url"},
                "facebook": {"verify", "secret", "page-access-token"},
                "slack": {"slack_token", "slack_signing_secret", "slack_channel"},
                "twilio": {"account_sid", "auth_token", "twilio_number"}}
    for channel, keys in expected.items():
        assert set(uncommented[channel]) == keys, channel
        secrets = [v for v in uncommented[channel].values() if not str(v).startswith("https://")]
        assert all(re.fullmatch(r"\$\{[A-Z_]+\}", v) for v in secrets), channel  # no secret in the file
