"""The headers every HTML page carries, and the small pages built here (agents' sign-in)."""
from __future__ import annotations

import html
import os
from pathlib import Path

from fastapi.responses import FileResponse, HTMLResponse

STATIC = Path(__file__).resolve().parent / "static"


def rasa_url() -> str:
    return os.environ.get("RASA_URL", "http://localhost:5005").rstrip("/")


def page_headers(private: bool = False) -> dict[str, str]:
    """A Content-Security-Policy: scripts, styles and images from this server only (no inline
    script, no CDN), network calls to this server and to Rasa only. ``private``: never cached
    (pages for signed-in agents)."""
    rasa = rasa_url()
    ws = "ws" + rasa[4:] if rasa.startswith("http") else rasa
    csp = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
           f"connect-src 'self' {rasa} {ws}; frame-src 'self'; base-uri 'none'; form-action 'self'; "
           "object-src 'none'")
    headers = {"Content-Security-Policy": csp, "Referrer-Policy": "no-referrer",
               "X-Content-Type-Options": "nosniff"}
    if private:
        headers |= {"Cache-Control": "no-store", "X-Frame-Options": "DENY"}
    return headers


def static_page(name: str, private: bool = False, status: int = 200) -> FileResponse:
    return FileResponse(STATIC / name, status_code=status, media_type="text/html; charset=utf-8",
                        headers=page_headers(private))


def agents_page(title: str, body_html: str, status: int) -> HTMLResponse:
    """A page of the agents' console built here (``body_html`` is trusted markup; every value
    put in it must go through ``html.escape``)."""
    page = f"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title, quote=False)} — console des agents</title>
  <link rel="stylesheet" href="/static/chat.css">
  <link rel="stylesheet" href="/static/agents.css">
</head>
<body>
  <header class="console-entete">
    <p class="console-nom">Console des agents</p>
    <nav aria-label="Autres pages"><ul><li><a href="/">Page de discussion</a></li></ul></nav>
  </header>
  <main id="contenu" class="console">
    <h1>{html.escape(title, quote=False)}</h1>
{body_html}
  </main>
</body>
</html>
"""
    return HTMLResponse(page, status_code=status, headers=page_headers(private=True))
