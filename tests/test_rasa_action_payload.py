"""The conversation posted to the action server (bot/rasa_ext/action_payload.py), in the bot environment:
Rasa's own request, through a real HTTP server on a free loopback port, carries the JSON ujson writes,
which reads back as the same document the standard module writes; what ujson refuses is still sent."""
from __future__ import annotations

import json
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import asyncio, json, math
from aiohttp import web
import ujson
from rasa.shared.core import events
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig
from bot.rasa_ext import action_payload
action_payload.install()

tracker = DialogueStateTracker.from_events("x", [
    events.ActionExecuted("action_session_start"), events.SessionStarted(),
    events.UserUttered("j'habite à Saint-Étienne, 1/2 loyer « 450 € »", {"name": "informer", "confidence": 0.931234567},
                       [{"entity": "commune", "value": "Saint-Étienne"}]),
    events.SlotSet("commune", "42218"), events.BotUttered("Quel âge avez-vous ?"),
])
payloads = [{"next_action": "action_x", "tracker": tracker.current_state(EventVerbosity.ALL)},
            {"valeur": float("nan")}]

async def main():
    bodies = []
    async def echo(request):
        bodies.append(await request.text())
        return web.json_response({"events": [], "responses": []})
    app = web.Application(); app.router.add_post("/webhook", echo)
    runner = web.AppRunner(app); await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0); await site.start()
    port = site._server.sockets[0].getsockname()[1]
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    answers = [await endpoint.request(json=p, method="post") for p in payloads]
    await runner.cleanup()
    return bodies, answers

bodies, answers = asyncio.run(main())
print(json.dumps({
    "ujson_text": bodies[0] == ujson.dumps(payloads[0], ensure_ascii=False, escape_forward_slashes=False),
    "same_document": json.loads(bodies[0]) == json.loads(json.dumps(payloads[0])),
    "nan_sent": math.isnan(json.loads(bodies[1])["valeur"]),
    "answers": answers,
}))
"""


def test_the_conversation_is_posted_as_ujson_writes_it_and_reads_back_the_same():
    run = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    data = json.loads(run.stdout.strip().splitlines()[-1])
    assert data["ujson_text"] and data["same_document"] and data["nan_sent"]
    assert data["answers"] == [{"events": [], "responses": []}] * 2
