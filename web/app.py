"""The web server on port 8000: the chat page and the knowledge base's HTTP API."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Query
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from knowledge.territory import resolve_commune

STATIC = Path(__file__).resolve().parent / "static"

app = FastAPI(
    title="Orientation droits sociaux",
    description="Page de discussion de l'assistant et API de la base de connaissances.",
    version="0.1.0",
)
app.mount("/static", StaticFiles(directory=STATIC), name="static")


@app.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


@app.get("/config.json", include_in_schema=False)
def config() -> dict:
    """Where the page finds the Rasa server (RASA_URL, default http://localhost:5005)."""
    return {"rasa_url": os.environ.get("RASA_URL", "http://localhost:5005")}


@app.get("/communes", summary="Trouver une commune (nom, code postal ou code INSEE)")
def communes(q: str = Query(..., min_length=1, max_length=200, description="Nom, code postal ou code INSEE")) -> dict:
    return resolve_commune(q).to_dict()


@app.get("/health", include_in_schema=False)
def health() -> JSONResponse:
    return JSONResponse({"status": "ok"})
