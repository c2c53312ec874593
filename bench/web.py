"""Benchmark: the chat page's weight and speed in Debian's Chromium, on localhost.

Starts the action server, Rasa (the current model, trained if missing) and the web app on
free loopback ports, as the browser tests do, then loads the chat page in headless Chromium
(Playwright for Python, no browser download) and prints:
- bytes transferred for the page and each of its resources (first visit, empty cache);
- time to DOM interactive, to the load event, and to the first bot answer (the greeting,
  which needs the socket.io connection and a Rasa round trip), median over fresh visits;
- the bot's answer time seen in the page, median over a few messages;
- the size of widget.js, the only thing a host site loads before the button is clicked.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.model import model_path  # noqa: E402
from harness.processes import free_port  # noqa: E402
from harness.servers import action_server, rasa_server, web_server  # noqa: E402

VISITS = 5
MESSAGES = ["bonjour", "où est mon CCAS ?", "Villeurbanne", "merci"]
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

# Time (ms since navigation start) when the first bot message appears in the page.
FIRST_BOT = """
new MutationObserver((records, obs) => {
  if (document.querySelector('#messages .bulle.bot')) { window.__firstBot = performance.now(); obs.disconnect(); }
}).observe(document, {childList: true, subtree: true});
"""


def kib(n: float) -> str:
    return f"{n / 1024:.1f} KiB"


def wait_first_bot(page, timeout: float = 120) -> None:
    """Poll from Python: wait_for_function evaluates a string, which the page's CSP forbids."""
    deadline = time.monotonic() + timeout
    while page.evaluate("() => window.__firstBot === undefined"):
        if time.monotonic() > deadline:
            raise TimeoutError("no bot message in the page")
        time.sleep(0.02)


def measure(web_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            timings: dict[str, list[float]] = {"interactive": [], "load": [], "first_bot": []}
            resources: list[dict] = []
            for visit in range(VISITS):
                ctx = browser.new_context(locale="fr-FR")  # fresh: empty cache, new session
                ctx.add_init_script(FIRST_BOT)
                page = ctx.new_page()
                page.goto(web_url)
                wait_first_bot(page)
                nav = page.evaluate("JSON.parse(JSON.stringify(performance.getEntriesByType('navigation')[0]))")
                timings["interactive"].append(nav["domInteractive"])
                timings["load"].append(nav["loadEventEnd"])
                timings["first_bot"].append(page.evaluate("window.__firstBot"))
                if visit == 0:
                    entries = page.evaluate(
                        "performance.getEntriesByType('resource').map(e => ({name: e.name, "
                        "transfer: e.transferSize, body: e.decodedBodySize}))")
                    resources = [{"name": "/ (page)", "transfer": nav["transferSize"], "body": nav["decodedBodySize"]}]
                    resources += [{**e, "name": e["name"].replace(web_url, "")} for e in entries
                                  if e["name"].startswith(web_url)]
                    other = [e["name"] for e in entries if not e["name"].startswith(web_url)]
                if visit == VISITS - 1:
                    answers = []
                    for text in MESSAGES:
                        before = page.locator("#messages .bulle.bot").count()
                        start = time.perf_counter()
                        page.locator("#message").fill(text)
                        page.locator("#message").press("Enter")
                        page.locator("#messages .bulle.bot").nth(before).wait_for(timeout=120_000)
                        answers.append((time.perf_counter() - start) * 1000)
                ctx.close()
        finally:
            browser.close()

    print(f"Chat page {web_url}/ in Chromium (headless), first visit, empty cache:")
    for r in resources:
        print(f"  {r['name']:<42} {kib(r['transfer']):>10} transferred ({kib(r['body'])} decoded)")
    total = sum(r["transfer"] for r in resources)
    print(f"  {'total':<42} {kib(total):>10} transferred in {len(resources)} requests"
          f" (+ the socket.io websocket); other hosts: {len(other)}")
    print(f"Over {VISITS} fresh visits, median (min–max):")
    for key, label in (("interactive", "DOM interactive"), ("load", "load event"),
                       ("first_bot", "first bot answer (greeting)")):
        values = timings[key]
        print(f"  {label:<30} {statistics.median(values):7.0f} ms ({min(values):.0f}–{max(values):.0f})")
    print(f"Bot answer seen in the page, {len(answers)} messages: median {statistics.median(answers):.0f} ms,"
          f" max {max(answers):.0f} ms")


def main() -> None:
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: `make browser` as root installs Debian's chromium.")
        return
    widget = ROOT / "web" / "static" / "widget.js"
    print(f"widget.js (what a host site loads before the button is clicked): {kib(widget.stat().st_size)}")
    logdir = Path(tempfile.mkdtemp(prefix="bench-web-"))
    model = model_path()
    with action_server(logdir) as actions_url:
        port = free_port()
        web_url = f"http://127.0.0.1:{port}"
        with rasa_server(model, actions_url, logdir, cors=[web_url]) as rasa_url:
            with web_server(logdir, rasa_url, port=port):
                measure(web_url)


if __name__ == "__main__":
    main()
