"""Who may use the agents' tools (the console, case-file evaluation, any future tool for
professionals), and the limits of the web server's public doors.

Agents prove who they are to a ``Provider`` configured by the deployment:

- ``TokenProvider``: $AGENTS_TOKEN, a shared secret (at least 16 characters), given either as
  ``Authorization: Bearer …`` (scripts, other servers) or once in the sign-in form, which sets a
  session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS; $AGENTS_SESSION_HOURS, 8 h);
- an OpenID Connect provider such as ProConnect can be added as another ``Provider``: its
  ``login_page`` redirects to the provider, its ``finish_login`` reads the answer at
  ``/agents/connexion/retour``; the routes, the session cookie and ``require_agent`` stay as
  they are. Not written yet: ``providers()`` is where it would be chosen from the environment.

With no provider configured the agents' tools are off: ``/agents`` explains in French how to
turn them on (403) and their API answers 403. ``require_agent`` is the one dependency the
routes use (``web.api.agents_router`` applies it to every route it holds).

The session cookie is signed (HMAC-SHA-256) with $AGENTS_SESSION_SECRET, else a key derived from
$AGENTS_TOKEN (changing the token signs every agent out), else a random key per process. Sign-in
attempts are limited per address ($AGENTS_LOGIN_RATE_LIMIT, ``10/600``). The token is never
logged nor put in a page.

Public doors: ``POST /orientation`` is limited per client address ($ORIENTATION_RATE_LIMIT,
``20/60,300/3600``; a signed-in agent is not limited); the client address is the peer's, or the
trusted proxy's forwarded header ($TRUSTED_PROXY, ``common.limits.ClientAddress``).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import logging
import os
import secrets
import time
from dataclasses import dataclass
from typing import Optional, Protocol, Union
from urllib.parse import parse_qs

from fastapi import HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from common.limits import ClientAddress, Limiter, pseudonym, retry_after, rules_from_env
from web.pages import agents_page

logger = logging.getLogger(__name__)

COOKIE = "agents_session"
MIN_TOKEN = 16
TOKEN_HELP = "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"


@dataclass(frozen=True)
class Agent:
    """Who is using an agents' tool: ``name`` as the provider knows it, ``via`` how."""

    name: str
    via: str


class Provider(Protocol):
    """A way for agents to prove who they are (see the module docstring)."""

    def from_bearer(self, token: str) -> Optional[Agent]:
        """The agent an ``Authorization: Bearer`` token stands for, if any."""

    def login_page(self, request: Request, error: Optional[str] = None, status: int = 401) -> Response:
        """What ``GET /agents/connexion`` (and ``/agents`` when signed out) shows."""

    async def finish_login(self, request: Request) -> Union[Agent, str]:
        """The signed-in agent, or a French message saying why not."""


class TokenProvider:
    """$AGENTS_TOKEN: one secret shared by the deployment's agents."""

    def __init__(self, token: str) -> None:
        self._token = token.encode()

    def from_bearer(self, token: str) -> Optional[Agent]:
        return Agent("agent", "jeton") if hmac.compare_digest(token.encode(), self._token) else None

    def login_page(self, request: Request, error: Optional[str] = None, status: int = 401) -> Response:
        alert = f'    <p class="etat erreur" role="alert">{html.escape(error, quote=False)}</p>\n' if error else ""
        body = f"""{alert}    <p>La console des agents sert aux travailleurs sociaux et aux agents d'accueil. Saisissez le jeton
      d'accès que la personne qui administre ce serveur vous a donné.</p>
    <form method="post" action="/agents/connexion">
      <div class="champ">
        <label for="jeton">Jeton d'accès</label>
        <input id="jeton" name="jeton" type="password" autocomplete="current-password" required maxlength="512">
      </div>
      <div class="actions"><button type="submit">Se connecter</button></div>
    </form>
"""
        return agents_page("Connexion à la console des agents", body, status)

    async def finish_login(self, request: Request) -> Union[Agent, str]:
        if request.method != "POST":
            return "Saisissez le jeton d'accès dans le formulaire."
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > 4096:
                return "Le formulaire envoyé est trop long."
        token = (parse_qs(body.decode("utf-8", "replace")).get("jeton") or [""])[0].strip()
        agent = self.from_bearer(token) if token else None
        return agent or "Ce jeton n'est pas le bon. Vérifiez-le (majuscules, minuscules) et réessayez."


def providers() -> list[Provider]:
    """The providers the environment configures (an OpenID Connect one would be added here)."""
    token = os.environ.get("AGENTS_TOKEN", "").strip()
    found: list[Provider] = []
    if len(token) >= MIN_TOKEN:
        found.append(TokenProvider(token))
    return found


def off_reason() -> str:
    token = os.environ.get("AGENTS_TOKEN", "").strip()
    if token:
        return (f"Le jeton AGENTS_TOKEN configuré est trop court ({len(token)} caractères) : "
                f"il en faut au moins {MIN_TOKEN}.")
    return "Aucun moyen de connexion des agents n'est configuré sur ce serveur."


# -- the session cookie ------------------------------------------------------------------------
_random_key = secrets.token_bytes(32)


def _session_key() -> bytes:
    secret = os.environ.get("AGENTS_SESSION_SECRET", "").strip()
    if secret:
        return hashlib.sha256(b"agents-session|" + secret.encode()).digest()
    token = os.environ.get("AGENTS_TOKEN", "").strip()
    if token:
        return hmac.new(token.encode(), b"agents-session", hashlib.sha256).digest()
    return _random_key


def _session_hours() -> float:
    return float(os.environ.get("AGENTS_SESSION_HOURS", "").strip() or 8)


def session_value(agent: Agent, now: Optional[float] = None) -> str:
    expiry = int((time.time() if now is None else now) + _session_hours() * 3600)
    payload = base64.urlsafe_b64encode(json.dumps({"a": agent.name, "v": agent.via, "e": expiry},
                                                  separators=(",", ":")).encode()).decode().rstrip("=")
    signature = hmac.new(_session_key(), payload.encode(), hashlib.sha256).hexdigest()
    return f"{payload}.{signature}"


def agent_from_session(value: str, now: Optional[float] = None) -> Optional[Agent]:
    payload, _, signature = value.partition(".")
    expected = hmac.new(_session_key(), payload.encode(), hashlib.sha256).hexdigest()
    if not payload or not hmac.compare_digest(signature.encode(), expected.encode()):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        if data["e"] < (time.time() if now is None else now):
            return None
        return Agent(str(data["a"]), f"session ({data['v']})")
    except (ValueError, KeyError, TypeError):
        return None


def _secure(request: Request) -> bool:
    setting = os.environ.get("AGENTS_COOKIE_SECURE", "auto").strip().lower()
    if setting in ("1", "true", "oui", "yes"):
        return True
    if setting in ("0", "false", "non", "no"):
        return False
    if request.url.scheme == "https":
        return True
    peer = request.client.host if request.client else None
    return _client().trusts(peer) and request.headers.get("x-forwarded-proto", "").lower() == "https"


def sign_in(request: Request, agent: Agent) -> Response:
    response = RedirectResponse("/agents", status_code=303)
    response.set_cookie(COOKIE, session_value(agent), max_age=int(_session_hours() * 3600), path="/",
                        httponly=True, samesite="strict", secure=_secure(request))
    return response


def sign_out() -> Response:
    response = RedirectResponse("/agents", status_code=303)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response


# -- who is calling ----------------------------------------------------------------------------
def current_agent(request: Request) -> Optional[Agent]:
    """The agent behind this request (bearer token or session cookie), if any."""
    configured = providers()
    if not configured:
        return None
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        token = header[7:].strip()
        for provider in configured:
            agent = provider.from_bearer(token)
            if agent:
                return agent
        return None
    cookie = request.cookies.get(COOKIE)
    return agent_from_session(cookie) if cookie else None


async def require_agent(request: Request) -> Agent:
    """The dependency of every agents' tool: 403 when the tools are off, 401 when signed out.
    (The dependencies here are ``async``: no I/O, so they run on the event loop, not in a thread.)"""
    if not providers():
        raise HTTPException(403, detail=f"Les outils des agents ne sont pas activés sur ce serveur. {off_reason()} "
                                        "Pour les activer, définissez AGENTS_TOKEN (README, « Déploiement »).")
    agent = current_agent(request)
    if agent is None:
        raise HTTPException(401, detail="Connectez-vous à la console des agents (/agents) ou envoyez le jeton "
                                        "des agents (en-tête Authorization: Bearer).",
                            headers={"WWW-Authenticate": "Bearer"})
    return agent


def off_page() -> Response:
    body = f"""    <p>{html.escape(off_reason(), quote=False)}</p>
    <p>La console des agents permet aux travailleurs sociaux et aux agents d'accueil de décrire une situation
      et de voir chaque dispositif jugé, ou de lancer un fichier de cas. Elle est fermée tant que le serveur ne
      sait pas reconnaître les agents.</p>
    <h2>Pour l'activer (personne qui administre le serveur)</h2>
    <ol>
      <li>Créez un jeton secret d'au moins {MIN_TOKEN} caractères, par exemple avec la commande
        <code>{html.escape(TOKEN_HELP, quote=False)}</code>.</li>
      <li>Donnez-le au serveur web dans la variable d'environnement <code>AGENTS_TOKEN</code>, jamais dans un
        fichier du dépôt, puis redémarrez-le.</li>
      <li>Transmettez ce jeton aux agents par un canal sûr : ils le saisissent une fois sur cette page et
        restent connectés quelques heures.</li>
    </ol>
    <p>Le détail (connexion par un fournisseur d'identité, limites, proxy HTTPS) est dans le README, section
      « Déploiement et données personnelles ».</p>
"""
    return agents_page("La console des agents n'est pas activée", body, 403)


# -- limits of the public doors ----------------------------------------------------------------
_cache: dict = {}


def _cached(name: str, default: str, factory):
    """One object per distinct setting value (tests change the environment between calls)."""
    value = os.environ.get(name, "").strip() or default
    key = (name, value)
    if key not in _cache:
        _cache[key] = factory(value)
    return _cache[key]


def _client() -> ClientAddress:
    return _cached("TRUSTED_PROXY", "", lambda v: ClientAddress(v, os.environ.get("TRUSTED_PROXY_HEADER", "")))


def client_address(request: Request) -> str:
    peer = request.client.host if request.client else None
    return _client()(peer, request.headers.get)


def _limiter(name: str, default: str) -> Limiter:
    return _cached(name, default, lambda v: Limiter(rules_from_env(name, default)))


def limit(request: Request, name: str, default: str, what: str) -> None:
    """Count one hit of this client's address against $name; 429 in French beyond it."""
    address = client_address(request)
    wait = _limiter(name, default).hit(address)
    if wait:
        logger.warning("%s: rate limit reached for address %s.", what, pseudonym(address))
        minutes = int(wait // 60)
        delay = f"{minutes} minute(s)" if minutes else f"{max(1, round(wait))} seconde(s)"
        raise HTTPException(429, detail=f"Trop de demandes depuis votre adresse. Réessayez dans {delay}.",
                            headers={"Retry-After": retry_after(wait)})


async def limit_orientation(request: Request) -> None:
    """POST /orientation: public, limited per address; signed-in agents are not limited."""
    if current_agent(request) is None:
        limit(request, "ORIENTATION_RATE_LIMIT", "20/60,300/3600", "POST /orientation")


async def limit_login(request: Request) -> None:
    limit(request, "AGENTS_LOGIN_RATE_LIMIT", "10/600", "agents' sign-in")
