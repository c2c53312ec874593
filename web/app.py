"""The web server on port 8000: the chat page, the agents' console and the knowledge base's HTTP API.

The agents' tools (``/agents``, ``web.api.agents_router``) need a signed-in agent (``web.auth``).
"""
from __future__ import annotations

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from knowledge.territory import resolve_commune
from web import auth
from web.api import agents_router
from web.api import router as orientation_router
from web.pages import STATIC, rasa_url, static_page

app = FastAPI(
    title="Orientation droits sociaux",
    description="Page de discussion de l'assistant et API de la base de connaissances.",
    version="0.1.0",
)
app.mount("/static", StaticFiles(directory=STATIC), name="static")
app.include_router(orientation_router)
app.include_router(agents_router)


def _page(name: str) -> FileResponse:
    """A page of web/static with its Content-Security-Policy (web.pages.page_headers)."""
    return static_page(name)


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
def agents(request: Request) -> Response:
    """The agents' console: a situation → every scheme's verdict and reason; a case file → report.
    Off (403, how to turn it on) when no sign-in is configured; the sign-in form (401) when signed out."""
    providers = auth.providers()
    if not providers:
        return auth.off_page()
    if auth.current_agent(request) is None:
        return providers[0].login_page(request)
    return static_page("agents.html", private=True)


@app.get("/agents/connexion", include_in_schema=False)
def agents_sign_in_page(request: Request) -> Response:
    providers = auth.providers()
    return providers[0].login_page(request, status=200) if providers else auth.off_page()


@app.post("/agents/connexion", include_in_schema=False, dependencies=[Depends(auth.limit_login)])
@app.get("/agents/connexion/retour", include_in_schema=False, dependencies=[Depends(auth.limit_login)])
async def agents_sign_in(request: Request) -> Response:
    """The sign-in form's answer (AGENTS_TOKEN), or an identity provider's redirect back."""
    providers = auth.providers()
    if not providers:
        return auth.off_page()
    result = await providers[0].finish_login(request)
    if isinstance(result, str):
        return providers[0].login_page(request, error=result)
    return auth.sign_in(request, result)


@app.post("/agents/deconnexion", include_in_schema=False)
def agents_sign_out() -> Response:
    return auth.sign_out()


@app.get("/demo", include_in_schema=False)
def demo() -> FileResponse:
    """A demo host page (a commune's site) embedding the widget with one script tag."""
    return FileResponse(STATIC / "demo.html", media_type="text/html; charset=utf-8")


@app.get("/config.json", include_in_schema=False)
def config() -> dict:
    """Where the page finds the Rasa server (RASA_URL, default http://localhost:5005)."""
    return {"rasa_url": rasa_url()}


@app.get("/communes", summary="Trouver une commune (nom, code postal ou code INSEE)")
def communes(q: str = Query(..., min_length=1, max_length=200, description="Nom, code postal ou code INSEE")) -> dict:
    return resolve_commune(q).to_dict()


@app.get("/health", include_in_schema=False)
def health() -> JSONResponse:
    return JSONResponse({"status": "ok"})
