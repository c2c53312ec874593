"""The action server: ``python -m actions [--port 5055] [--host 127.0.0.1]``.

rasa_sdk's application (its ``/webhook`` and ``/health`` routes and its action executor) with
this package's actions, started by us rather than by ``python -m rasa_sdk`` so that:

- the knowledge base is checked first: a missing or empty base stops the start-up with a clear
  French message (exit status 3) instead of failing at the first person;
- it listens on loopback unless told otherwise (``--host``, $ACTIONS_HOST): only Rasa calls it;
- it answers only calls carrying the token Rasa sends ($ACTION_SERVER_TOKEN, the ``token`` of the
  action endpoint in Rasa's endpoints.yml, sent as the ``token`` query parameter; an
  ``Authorization: Bearer`` header is accepted too), compared in constant time; a call without it
  gets a 401 and one log line without its content (method, path, caller's address). ``/health``
  stays open. Without a token it starts only on loopback (with a warning); on any other address
  it refuses to start (exit status 2). ``scripts/run.sh`` makes a new token for each run;
- it serves from this one process (no Sanic worker process to spawn: ready sooner), and loads
  the eligibility engine (OpenFisca-France, seconds) in a background thread, so that the first
  answers never wait for it: once it listens, or, when ``scripts/run.sh`` starts it beside the
  Rasa server, once that server answers (``actions/warmup.py``: both loads would share the cores).
"""
from __future__ import annotations

import argparse
import hmac
import ipaddress
import logging
import os
import sys
import time

from knowledge.health import check_or_exit

logger = logging.getLogger(__name__)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m actions", description="Serveur d'actions de l'assistant.")
    p.add_argument("--port", type=int, default=int(os.environ.get("ACTIONS_PORT", "5055")))
    p.add_argument("--host", default=os.environ.get("ACTIONS_HOST", "127.0.0.1"),
                   help="adresse d'écoute (127.0.0.1 par défaut : seul Rasa l'appelle)")
    p.add_argument("--log-level", default=os.environ.get("ACTIONS_LOG_LEVEL", "INFO"))
    return p


TOKEN_ENV = "ACTION_SERVER_TOKEN"
MIN_TOKEN = 16  # characters
OPEN_PATHS = ("/health",)


def token_from_env() -> str | None:
    return os.environ.get(TOKEN_ENV, "").strip() or None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def start_up_problem(host: str, token: str | None) -> str | None:
    """Why the action server must not start this way (a French message), or None."""
    if token is not None and len(token) < MIN_TOKEN:
        return (f"{TOKEN_ENV} est trop court ({len(token)} caractères) : il en faut au moins {MIN_TOKEN} "
                "(par exemple : python -c 'import secrets; print(secrets.token_urlsafe(32))').")
    if token is None and not is_loopback(host):
        return (f"Le serveur d'actions écouterait sur {host} sans jeton : n'importe qui pourrait l'appeler. "
                f"Définissez {TOKEN_ENV} (le même que le « token » de l'action_endpoint de Rasa), "
                "ou écoutez sur 127.0.0.1.")
    return None


def _presented(request) -> str:
    token = request.args.get("token") or ""
    header = request.headers.get("authorization") or ""
    if not token and header[:7].lower() == "bearer ":
        token = header[7:].strip()
    return token


def require_token(app, token: str) -> None:
    """Every route but /health answers only with ``token`` (401 otherwise, logged without content)."""
    from sanic import response

    expected = token.encode()
    last_log = [0.0]

    @app.on_request
    async def check_token(request):
        if request.path in OPEN_PATHS:
            return None
        if hmac.compare_digest(_presented(request).encode(), expected):
            return None
        now = time.monotonic()
        if now - last_log[0] >= 10:  # a flood of forged calls must not flood the logs
            last_log[0] = now
            logger.warning("Refused a call without a valid token: %s %s from %s.",
                           request.method, request.path, request.ip)
        return response.json({"error": "Jeton manquant ou invalide."}, status=401,
                             headers={"WWW-Authenticate": "Bearer"})


def create_app(token: str | None = None):
    """The Sanic application serving this package's actions (only with ``token`` when given)."""
    from rasa_sdk.endpoint import create_app as rasa_sdk_app
    from rasa_sdk.executor import ActionExecutor

    from actions.orientation import prechauffer
    from actions.warmup import WarmUp

    executor = ActionExecutor()
    executor.register_package("actions")
    app = rasa_sdk_app(executor, cors_origins="")  # called by Rasa, never by a browser
    if token:
        require_token(app, token)
    warm_up = WarmUp.from_env(prechauffer)

    @app.listener("after_server_start")
    async def begin_warm_up(*_: object) -> None:
        warm_up.begin()

    @app.on_request
    async def warm_up_at_first_call(request):
        if request.path != "/health":
            warm_up.start_now()

    return app


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    token = token_from_env()
    problem = start_up_problem(args.host, token)
    if problem:
        print(problem, file=sys.stderr)
        raise SystemExit(2)
    if token is None:
        logger.warning("%s is not set: any process of this machine may call the actions "
                       "(scripts/run.sh sets one for each run).", TOKEN_ENV)
    check_or_exit("serveur d'actions")
    app = create_app(token)
    logger.info("Serveur d'actions sur http://%s:%d (%s)", args.host, args.port,
                "jeton exigé" if token else "sans jeton, boucle locale seulement")
    app.run(host=args.host, port=args.port, single_process=True, access_log=False, motd=False)


if __name__ == "__main__":
    main()
