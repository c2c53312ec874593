"""A public deployment that cannot be abused, over the real servers (harness, loopback, free ports):

- the action server answers only calls carrying the token Rasa sends (401 otherwise);
- the agents' console and the case-file evaluation need the agents' token (401/403 without, 200 with);
- a flood from one sender is limited while a second sender's conversation is answered at normal
  speed (both measured, printed in the report: ``pytest -rP``);
- an oversized message is answered politely, without being parsed; socket.io has the same limits
  and a bound on open sessions per address.

Rasa runs behind a pretend reverse proxy (TRUSTED_PROXY=127.0.0.1): each simulated person has
their own address in X-Forwarded-For, so the per-address limits apply as in production.
"""
from __future__ import annotations

import itertools
import statistics
import subprocess
import threading
import time
import uuid
from pathlib import Path

import httpx
import psutil
import pytest

from harness.flood import Flood
from harness.model import model_path
from harness.processes import ACTIONS_PYTHON, ROOT
from harness.servers import ACTION_TOKEN, AGENTS_TOKEN, ActionServer, RasaServer, WebServer
from harness.sio import Refused, SocketIO

pytestmark = pytest.mark.e2e

_addresses = (f"203.0.113.{i}" for i in itertools.count(1))
# The default limits ("" = unset), per person behind the proxy; 3 socket.io sessions per address.
BEHIND_PROXY = {"TRUSTED_PROXY": "127.0.0.1", "RATE_LIMIT_SENDER": "", "RATE_LIMIT_ADDRESS": "",
                "SOCKETIO_SESSIONS_PER_ADDRESS": "3"}
FORGED_TRACKER = "secret-du-faux-tracker-" + uuid.uuid4().hex


def person() -> dict:
    """The headers of a new person behind the proxy (their own address)."""
    return {"X-Forwarded-For": next(_addresses)}


@pytest.fixture(scope="module")
def actions(logdir: Path, knowledge_db: str):
    server = ActionServer(logdir, env={"DATABASE_URL": knowledge_db})
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def rasa(actions: ActionServer, logdir: Path):
    server = RasaServer(model_path(), logdir, actions.url, env=BEHIND_PROXY)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def say(url: str, sender: str, text: str, headers: dict) -> httpx.Response:
    return httpx.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                      headers=headers, timeout=120)


def texts(response: httpx.Response) -> str:
    return "\n".join(m.get("text") or "" for m in response.json())


# -- the action server -------------------------------------------------------------------------
def test_a_forged_action_call_without_the_token_gets_401_and_is_logged_without_its_content(actions):
    forged = {"next_action": "action_orientation", "sender_id": FORGED_TRACKER, "version": "3.6.21",
              "tracker": {"sender_id": FORGED_TRACKER, "slots": {"commune": FORGED_TRACKER}, "events": []},
              "domain": {}}
    for params, headers in (({}, {}), ({"token": "faux"}, {}), ({}, {"Authorization": "Bearer faux"})):
        refused = httpx.post(actions.url, json=forged, params=params, headers=headers, timeout=30)
        assert refused.status_code == 401, refused.text
        assert FORGED_TRACKER not in refused.text
    assert httpx.get(f"{actions.base}/actions", timeout=30).status_code == 401
    assert httpx.get(f"{actions.base}/health", timeout=30).status_code == 200  # stays open
    listed = httpx.get(f"{actions.base}/actions", params={"token": ACTION_TOKEN}, timeout=30)
    assert listed.status_code == 200 and any(a["name"] == "action_session_start" for a in listed.json())
    bearer = httpx.get(f"{actions.base}/actions", headers={"Authorization": f"Bearer {ACTION_TOKEN}"}, timeout=30)
    assert bearer.status_code == 200
    log = actions.log.read_text()
    assert "Refused a call without a valid token: POST /webhook" in log
    assert FORGED_TRACKER not in log and ACTION_TOKEN not in log


def test_the_action_server_refuses_to_listen_off_loopback_without_a_token(tmp_path):
    out = subprocess.run([str(ACTIONS_PYTHON), "-m", "actions", "--host", "0.0.0.0", "--port", "1"], cwd=ROOT,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "ACTION_SERVER_TOKEN": ""},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "sans jeton" in out.stderr and "ACTION_SERVER_TOKEN" in out.stderr


def test_rasa_calls_the_actions_with_the_token(rasa):
    answer = say(rasa, f"abuse-ok-{uuid.uuid4().hex[:8]}", "où est mon CCAS ?", person())
    assert answer.status_code == 200 and "commune" in texts(answer).lower()


# -- the agents' tools -------------------------------------------------------------------------
CASES = b"""cases:
  - id: rsa-personne-seule
    situation: {age: 35, commune: "69266", en_couple: false, enfants: [], revenus_activite: 0,
                logement: locataire, loyer: 450}
    include: [rsa]
"""


@pytest.fixture(scope="module")
def web(logdir: Path, knowledge_db: str):
    server = WebServer(logdir, env={"DATABASE_URL": knowledge_db, "TRUSTED_PROXY": "127.0.0.1",
                                    "ORIENTATION_RATE_LIMIT": "3/60"})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_the_console_and_the_evaluation_need_the_agents_token(web):
    assert httpx.get(f"{web.url}/agents", timeout=30).status_code == 401
    refused = httpx.post(f"{web.url}/orientation/evaluate", content=CASES, timeout=30)
    assert refused.status_code == 401 and "Connectez-vous" in refused.json()["detail"]
    bearer = {"Authorization": f"Bearer {AGENTS_TOKEN}"}
    report = httpx.post(f"{web.url}/orientation/evaluate", content=CASES, headers=bearer, timeout=120)
    assert report.status_code == 200 and report.json()["total"] == 1
    with httpx.Client(base_url=web.url, timeout=30) as browser:  # the sign-in form, then the cookie
        signed = browser.post("/agents/connexion", data={"jeton": AGENTS_TOKEN}, follow_redirects=True)
        assert signed.status_code == 200 and signed.url.path == "/agents"
        assert 'id="champs"' in browser.get("/agents").text


def test_the_agents_tools_are_off_when_nothing_is_configured(logdir: Path, knowledge_db: str):
    server = WebServer(logdir, env={"DATABASE_URL": knowledge_db, "AGENTS_TOKEN": ""})
    server.start()
    try:
        page = httpx.get(f"{server.url}/agents", timeout=30)
        assert page.status_code == 403 and "AGENTS_TOKEN" in page.text and "pas activée" in page.text
        evaluate = httpx.post(f"{server.url}/orientation/evaluate", content=CASES,
                              headers={"Authorization": f"Bearer {AGENTS_TOKEN}"}, timeout=30)
        assert evaluate.status_code == 403 and "AGENTS_TOKEN" in evaluate.json()["detail"]
    finally:
        server.stop()


def test_a_too_costly_case_file_is_refused_early_for_almost_no_cpu(web):
    big = ("cases:\n" + "".join(f"  - {{id: c{i}, situation: {{age: 35, commune: '69266'}}, include: [rsa]}}\n"
                                for i in range(500))).encode()
    bearer = {"Authorization": f"Bearer {AGENTS_TOKEN}"}
    process = psutil.Process(web.proc.pid)
    refused = httpx.post(f"{web.url}/orientation/evaluate", content=big, headers=bearer, timeout=30)  # warm
    before, start = process.cpu_times(), time.perf_counter()
    for _ in range(20):
        refused = httpx.post(f"{web.url}/orientation/evaluate", content=big, headers=bearer, timeout=30)
    after, wall = process.cpu_times(), time.perf_counter() - start
    assert refused.status_code == 413 and "Coupez-le" in refused.json()["detail"]
    cpu_ms = ((after.user - before.user) + (after.system - before.system)) / 20 * 1000
    print(f"\nrejected evaluation (500 cases, {len(big)} bytes): {cpu_ms:.1f} ms of server CPU each, "
          f"{wall / 20 * 1000:.1f} ms wall")
    assert cpu_ms < 100


def test_public_orientation_is_limited_per_address(web):
    first, second = person(), person()
    codes = [httpx.post(f"{web.url}/orientation", json={"age": 40}, headers=first, timeout=60).status_code
             for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = httpx.post(f"{web.url}/orientation", json={"age": 40}, headers=first, timeout=60)
    assert refused.status_code == 429 and "Réessayez dans" in refused.json()["detail"]
    assert httpx.post(f"{web.url}/orientation", json={"age": 40}, headers=second, timeout=60).status_code == 200


# -- limits on the chat channels ---------------------------------------------------------------
TURNS = ["bonjour", "où est mon CCAS ?", "Villeurbanne", "merci", "qui êtes-vous ?", "au revoir"]


def conversation(rasa: str, latencies: list[float]) -> None:
    """Another person's conversation (their own sender and address), each turn timed."""
    sender, headers = f"abuse-calme-{uuid.uuid4().hex[:8]}", person()
    for text in TURNS:
        start = time.perf_counter()
        answer = say(rasa, sender, text, headers)
        latencies.append(time.perf_counter() - start)
        assert answer.status_code == 200 and texts(answer), (text, answer.status_code)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1)]


def test_a_flood_from_one_sender_is_limited_and_others_are_answered_at_normal_speed(rasa):
    conversation(rasa, [])  # warm-up, not measured
    quiet: list[float] = []
    for _ in range(2):
        conversation(rasa, quiet)
    stop = threading.Event()
    flood = Flood(rasa, f"abuse-flood-{uuid.uuid4().hex[:8]}", person(), rate=50)
    flooder = threading.Thread(target=flood.run, args=(stop,))
    flooder.start()
    during: list[float] = []
    try:
        time.sleep(1)
        for _ in range(2):
            conversation(rasa, during)
    finally:
        stop.set()
        flooder.join()
    codes, accepted = flood.codes, flood.codes.count(200)
    print(f"\nflood: {len(codes)} messages from one sender in {flood.seconds:.1f} s "
          f"({len(codes) / flood.seconds:.0f}/s): {accepted} answered, {codes.count(429)} refused (429)")
    print(f"another sender, {len(quiet)} turns: quiet p50 {statistics.median(quiet) * 1000:.0f} ms, "
          f"p95 {p95(quiet) * 1000:.0f} ms; during the flood p50 {statistics.median(during) * 1000:.0f} ms, "
          f"p95 {p95(during) * 1000:.0f} ms")
    assert len(codes) >= 40 * flood.seconds and set(codes) <= {200, 429}
    assert accepted <= 10 + 1.2 * flood.seconds + 1  # 10 in 10 s, then about one a second
    assert p95(during) <= 2 * p95(quiet) + 0.5, (quiet, during)


def test_an_oversized_message_is_answered_politely_without_being_parsed(rasa):
    sender, headers = f"abuse-long-{uuid.uuid4().hex[:8]}", person()
    answer = say(rasa, sender, "Bonjour, " + "je vous écris au sujet de mon dossier. " * 70, headers)
    assert answer.status_code == 200
    assert answer.json() == [{"recipient_id": sender, "text": answer.json()[0]["text"]}]
    assert "trop long" in texts(answer) and "2\u202f000 caractères" in texts(answer)
    # Nothing was stored: the next message opens the conversation (the privacy notice comes first).
    assert "pas une personne" in texts(say(rasa, sender, "bonjour", headers))
    assert say(rasa, sender, "a" * 30_000, headers).status_code == 400  # not a person


def test_socketio_has_the_same_limits_and_a_bound_on_sessions_per_address(rasa):
    headers = person()
    session = uuid.uuid4().hex
    with SocketIO(rasa, headers) as sio:
        sio.session(session)
        long = sio.say("x" * 2500, session)
        assert len(long) == 1 and "trop long" in long[0]["text"]
        assert "pas une personne" in " ".join(m.get("text") or "" for m in sio.say("bonjour", session))
        for _ in range(15):
            sio.emit("user_uttered", {"message": "merci", "session_id": session})
        seen = []
        try:
            while True:
                seen.append(sio._bot(5).get("text") or "")
        except TimeoutError:
            pass
        assert any("patienter" in t for t in seen)
        # Three sessions from this address are open (this one and two more): a fourth is refused.
        with SocketIO(rasa, headers), SocketIO(rasa, headers):
            with pytest.raises(Refused) as refused:
                SocketIO(rasa, headers)
            assert "Trop de conversations" in str(refused.value) and refused.value.data["texte"]
            with SocketIO(rasa, person()):  # another address is not affected
                pass
    time.sleep(1)
    with SocketIO(rasa, headers):  # closed sessions are counted out
        pass
