"""The web server: the chat page and the commune API."""
from fastapi.testclient import TestClient

from web.app import app

client = TestClient(app)


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
