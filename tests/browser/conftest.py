"""Browser tests: Playwright (Python) driving Debian's Chromium headless against the real servers.

Started once per package on free loopback ports by the harness (harness/servers.py): the action
server and Rasa (with --cors for the web page's origin), the web app (uvicorn web.app:app), and a plain
static server on another origin playing a host site that embeds the widget.
Screenshots go to test-results/browser/ (or $BROWSER_TEST_OUTPUT).
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from harness.model import model_path
from harness.processes import ROOT, free_port
from harness.servers import action_server, rasa_server, web_server

# Debian's Chromium (`command -v chromium`); Playwright downloads no browser.
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"



def pytest_configure(config):
    config.addinivalue_line("markers", "browser: tests in Debian's Chromium over the real servers")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def output_dir() -> Path:
    out = Path(os.environ.get("BROWSER_TEST_OUTPUT", ROOT / "test-results" / "browser"))
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture(scope="session")
def logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser-server-logs")


@pytest.fixture(scope="package")
def servers(knowledge_db: str, logdir: Path):
    """(web_url, rasa_url): the whole stack, as `make run` starts it."""
    if not Path(CHROMIUM).exists():
        # Never a silent skip: .ci/run installs Chromium; elsewhere skipping must be asked for.
        if os.environ.get("SKIP_BROWSER_TESTS") == "1":
            pytest.skip("SKIP_BROWSER_TESTS=1 and no chromium")
        pytest.fail(f"{CHROMIUM} is missing: `make browser` as root (apt-get install -y chromium), "
                    "or SKIP_BROWSER_TESTS=1")
    if not (ROOT / "web" / "static" / "vendor" / "socket.io.min.js").exists() or not AXE.exists():
        pytest.fail("npm packages missing: run `make install` (npm ci)")
    model = model_path()
    env = {"DATABASE_URL": knowledge_db}
    with action_server(logdir, env=env) as actions_url:
        # The web app's port is chosen before Rasa starts so that Rasa can allow its origin.
        port = free_port()
        origins = [f"http://127.0.0.1:{port}", f"http://localhost:{port}"]
        with rasa_server(model, actions_url, logdir, cors=origins) as rasa_url:
            with web_server(logdir, rasa_url, env, port=port) as web_url:
                yield web_url, rasa_url


@pytest.fixture(scope="package")
def web_url(servers) -> str:
    return servers[0]


@pytest.fixture(scope="package")
def unreachable_web_url(servers, logdir: Path, knowledge_db: str):
    """A web app whose Rasa server is down (a closed port)."""
    with web_server(logdir, f"http://127.0.0.1:{free_port()}", {"DATABASE_URL": knowledge_db}) as url:
        yield url


@pytest.fixture(scope="package")
def host_site(web_url: str, tmp_path_factory: pytest.TempPathFactory):
    """Another origin (localhost instead of 127.0.0.1, its own port) serving a page that embeds
    the widget with the README's one-tag snippet."""
    root = tmp_path_factory.mktemp("host-site")
    snippet = (f'<script src="{web_url}/widget.js" data-server="{web_url}" data-title="Aide sociale à Villeurbanne" '
               'data-color="#5b2a86" data-commune="69266" defer></script>')
    (root / "index.html").write_text(
        (ROOT / "web" / "static" / "demo.html").read_text().replace(
            '<script src="/widget.js" data-title="Aide sociale à Villeurbanne" data-color="#5b2a86"\n'
            '          data-commune="69266" defer></script>', snippet), encoding="utf-8")
    assert snippet in (root / "index.html").read_text()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D401 - keep test output clean
        pass


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A page plus what the tests look at: dialogs fired, console errors."""

    def __init__(self, page, output_dir: Path, name: str) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.output_dir = output_dir
        self.name = name
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, step: str, full_page: bool = True) -> None:
        self.page.screenshot(path=str(self.output_dir / f"{self.name}--{step}.png"), full_page=full_page)


@pytest.fixture
def context(browser):
    ctx = browser.new_context(locale="fr-FR", viewport={"width": 1024, "height": 800})
    ctx.set_default_timeout(30_000)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def tab(context, output_dir: Path, request: pytest.FixtureRequest) -> Page:
    return Page(context.new_page(), output_dir, request.node.name)


def run_axe(frame) -> list[dict]:
    """Run axe-core (npm) in a page or frame; return the serious and critical violations."""
    if not frame.evaluate("typeof window.axe !== 'undefined'"):
        # evaluate() runs through the DevTools protocol, so the page's CSP does not block it.
        frame.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
    result = frame.evaluate(
        """async () => {
             const r = await axe.run(document, {runOnly: {type: 'tag', values:
               ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
             return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary).slice(0, 5)}));
           }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]

