"""The web server on port 8000: the chat page and the knowledge base's HTTP API."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Query
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from knowledge.territory import resolve_commune
from web.api import router as orientation_router

STATIC = Path(__file__).resolve().parent / "static"

app = FastAPI(
    title="Orientation droits sociaux",
    description="Page de discussion de l'assistant et API de la base de connaissances.",
    version="0.1.0",
)
app.mount("/static", StaticFiles(directory=STATIC), name="static")
app.include_router(orientation_router)


def _rasa_url() -> str:
    return os.environ.get("RASA_URL", "http://localhost:5005").rstrip("/")


def _page(name: str) -> FileResponse:
    """A page of web/static with a Content-Security-Policy: scripts, styles and images from this
    server only (no inline script, no CDN), network calls to this server and to Rasa only."""
    rasa = _rasa_url()
    ws = "ws" + rasa[4:] if rasa.startswith("http") else rasa
    csp = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
           f"connect-src 'self' {rasa} {ws}; frame-src 'self'; base-uri 'none'; form-action 'self'; "
           "object-src 'none'")
    return FileResponse(STATIC / name, media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": csp, "Referrer-Policy": "no-referrer",
                                 "X-Content-Type-Options": "nosniff"})


@app.get("/", include_in_schema=False)
def index() -> FileResponse:
    """The chat page; also the content of the embedded widget (?embed=1&titre=…&couleur=…&commune=…)."""
    return _page("index.html")


@app.get("/widget.js", include_in_schema=False)
def widget() -> FileResponse:
    """The embed script: <script src="…/widget.js" data-…> adds the floating button to any site."""
    return FileResponse(STATIC / "widget.js", media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=3600"})


@app.get("/agents", include_in_schema=False)
def agents() -> FileResponse:
    """The agents' console: a situation → every scheme's verdict and reason; a case file → report."""
    return _page("agents.html")


@app.get("/demo", include_in_schema=False)
def demo() -> FileResponse:
    """A demo host page (a commune's site) embedding the widget with one script tag."""
    return FileResponse(STATIC / "demo.html", media_type="text/html; charset=utf-8")


@app.get("/config.json", include_in_schema=False)
def config() -> dict:
    """Where the page finds the Rasa server (RASA_URL, default http://localhost:5005)."""
    return {"rasa_url": _rasa_url()}


@app.get("/communes", summary="Trouver une commune (nom, code postal ou code INSEE)")
def communes(q: str = Query(..., min_length=1, max_length=200, description="Nom, code postal ou code INSEE")) -> dict:
    return resolve_commune(q).to_dict()


@app.get("/health", include_in_schema=False)
def health() -> JSONResponse:
    return JSONResponse({"status": "ok"})
