"""The action server: ``python -m actions [--port 5055] [--host 127.0.0.1]``.

rasa_sdk's application (its ``/webhook`` and ``/health`` routes and its action executor) with
this package's actions, started by us rather than by ``python -m rasa_sdk`` so that:

- the knowledge base is checked first: a missing or empty base stops the start-up with a clear
  French message (exit status 3) instead of failing at the first person;
- it listens on loopback unless told otherwise (``--host``, $ACTIONS_HOST): only Rasa calls it;
- it serves from this one process (no Sanic worker process to spawn: ready sooner), and loads
  the eligibility engine (OpenFisca-France, seconds) in a background thread once it listens, so
  that the first answers never wait for it.
"""
from __future__ import annotations

import argparse
import logging
import os
import threading

from knowledge.health import check_or_exit

logger = logging.getLogger(__name__)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m actions", description="Serveur d'actions de l'assistant.")
    p.add_argument("--port", type=int, default=int(os.environ.get("ACTIONS_PORT", "5055")))
    p.add_argument("--host", default=os.environ.get("ACTIONS_HOST", "127.0.0.1"),
                   help="adresse d'écoute (127.0.0.1 par défaut : seul Rasa l'appelle)")
    p.add_argument("--log-level", default=os.environ.get("ACTIONS_LOG_LEVEL", "INFO"))
    return p


def create_app():
    """The Sanic application serving this package's actions."""
    from rasa_sdk.endpoint import create_app as rasa_sdk_app
    from rasa_sdk.executor import ActionExecutor

    from actions.orientation import prechauffer

    executor = ActionExecutor()
    executor.register_package("actions")
    app = rasa_sdk_app(executor, cors_origins="")  # called by Rasa, never by a browser

    @app.listener("after_server_start")
    async def warm_up(*_: object) -> None:
        threading.Thread(target=prechauffer, name="orient-warmup", daemon=True).start()

    return app


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    check_or_exit("serveur d'actions")
    app = create_app()
    logger.info("Serveur d'actions sur http://%s:%d", args.host, args.port)
    app.run(host=args.host, port=args.port, single_process=True, access_log=False, motd=False)


if __name__ == "__main__":
    main()
