"""HTTP API of the orientation engine: POST /orientation, GET /schemes, POST /orientation/evaluate.

The engine is synchronous (OpenFisca computes with numpy): it runs in the
thread pool, so the event loop is never blocked and several people are
answered at once. Nothing personal is kept between calls.

``router`` holds the public routes (``POST /orientation`` is limited per client address,
``web.auth.limit_orientation``); ``agents_router`` holds the agents' tools, each requiring a
signed-in agent (``web.auth.require_agent``): a future tool for professionals goes there.

A case file is evaluated within a time budget ($EVALUATE_BUDGET_SECONDS, 20 s): its cost
(number of cases × $EVALUATE_SECONDS_PER_CASE, 0.25 s, raised when the machine is measured
slower) is checked before any work and a file over the budget gets a 413 in French saying how
to split it; at most $EVALUATE_CONCURRENCY (1) evaluation runs at once per process, others get a
429; an evaluation still running at the end of the budget stops (413).
"""
from __future__ import annotations

import json
import os
import re
import statistics
import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from web.auth import limit_orientation, require_agent

from knowledge.eligibility import SituationError, orient
from knowledge.eligibility.catalogue import schemes_list  # the scheme records
from knowledge.eligibility.situation import Situation
from knowledge.eligibility.vocabulary import describe
from knowledge.cases import evaluate_cases, read_case_text

router = APIRouter(tags=["orientation"])
agents_router = APIRouter(tags=["agents"], dependencies=[Depends(require_agent)],
                          responses={401: {"description": "Agent non connecté"},
                                     403: {"description": "Outils des agents non activés sur ce serveur"}})

EXAMPLE = {"age": 35, "commune": "Villeurbanne", "en_couple": False, "enfants": [],
           "revenus_activite": 0, "logement": "locataire", "loyer": 450, "besoins": ["argent"]}


def _error(errors: list[dict[str, str]]) -> JSONResponse:
    return JSONResponse(status_code=422, content={
        "detail": " ; ".join(e["message"] for e in errors),
        "errors": errors,
    })


MAX_SITUATION_BODY = 100_000  # bytes; a situation is a few hundred


def _too_big() -> JSONResponse:
    return JSONResponse(status_code=413, content={
        "detail": f"La situation envoyée est trop grande ({MAX_SITUATION_BODY // 1000} ko au plus)."})


_SITUATION_SCHEMA = Situation.model_json_schema(ref_template="#/components/schemas/{model}")


@router.post(
    "/orientation",
    summary="Orienter une situation : droits probables, montants estimés, contacts, urgences",
    description=("Prend une situation (tous les champs sont facultatifs, voir le schéma `Situation`) et "
                 "renvoie l'orientation : chaque dispositif jugé `probable`, `possible`, `unlikely` ou `deja_percu`, "
                 "avec un montant estimé quand il y en a un, le pourquoi, les contacts, les numéros "
                 "d'urgence et les champs manquants. Une situation invalide reçoit une erreur 422 en "
                 "français qui nomme le champ."),
    responses={422: {"description": "Situation invalide (message en français nommant le champ)"},
               429: {"description": "Trop de demandes depuis cette adresse (message en français)"}},
    openapi_extra={"requestBody": {"required": False, "content": {"application/json": {
        "schema": _SITUATION_SCHEMA, "example": EXAMPLE}}}},
    dependencies=[Depends(limit_orientation)],
)
async def post_orientation(request: Request) -> Any:
    if int(request.headers.get("content-length") or 0) > MAX_SITUATION_BODY:
        return _too_big()
    body = await request.body()
    if len(body) > MAX_SITUATION_BODY:
        return _too_big()
    try:
        data = json.loads(body) if body.strip() else {}
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: absurdly nested JSON
        return _error([{"field": "situation", "message": "Le corps de la requête n'est pas du JSON valide."}])
    try:
        # OpenFisca computes synchronously: run it in the thread pool, never on the event loop.
        result = await run_in_threadpool(orient, data)
    except SituationError as exc:
        return _error(exc.errors)
    return result.to_dict()


@router.get("/schemes", summary="Les dispositifs que l'orientation sait juger (leurs fiches relues)")
def get_schemes() -> list[dict[str, Any]]:
    return schemes_list()


@router.get("/situation/vocabulary", summary="Les champs d'une situation, leurs valeurs et leurs libellés en français")
def situation_vocabulary() -> dict[str, Any]:
    """What the web pages need to ask and show the contract's fields (knowledge.eligibility.vocabulary)."""
    return describe()


@router.get("/orientation/situation-schema", summary="Le schéma JSON d'une situation")
def situation_schema() -> dict[str, Any]:
    return Situation.model_json_schema()


# -- case files: the `orientation evaluate` report over HTTP, for the agents' console ----------
MAX_CASE_FILE = 1_000_000  # bytes


def _bad_file(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": message}, headers=headers)


def _setting(name: str, default: float) -> float:
    value = float(os.environ.get(name, "").strip() or default)
    if not value > 0:
        raise ValueError(f"{name} doit être un nombre positif")
    return value


class _Evaluations:
    """How many evaluations run now, and the measured cost of one case (seconds)."""

    running = 0
    measured: float | None = None

    @classmethod
    def per_case(cls) -> float:
        configured = _setting("EVALUATE_SECONDS_PER_CASE", 0.25)
        return max(configured, cls.measured or 0.0)

    @classmethod
    def learn(cls, seconds_per_case: list[float]) -> None:
        """A slower machine raises the estimate; it comes back down when it is faster again."""
        if len(seconds_per_case) >= 5:
            median = statistics.median(seconds_per_case)
            cls.measured = median if cls.measured is None else (cls.measured + median) / 2


def _too_costly(count: int, per_case: float, budget: float, exact: bool) -> JSONResponse:
    fits = max(1, int(budget / per_case))
    about = "" if exact else "environ "
    return _bad_file(413, f"Ce fichier compte {about}{count} cas : leur évaluation prendrait environ "
                          f"{count * per_case:.0f} s, au-delà des {budget:.0f} s permises par envoi. "
                          f"Coupez-le en fichiers d'au plus {fits} cas.")


_SITUATION_KEY = re.compile(r"situation[\"']?\s*:")


def _evaluate_within(cases: list[dict[str, Any]], deadline: float) -> tuple[dict[str, Any] | None, list[float]]:
    """The report of ``evaluate_cases``, one case at a time, or None past ``deadline``."""
    # Each case keeps the id evaluate_cases would give it in the whole file.
    cases = [{**case, "id": case.get("id") or f"cas-{i}"} for i, case in enumerate(cases, 1)]
    report: list[dict[str, Any]] = []
    times: list[float] = []
    for case in cases:
        if time.monotonic() > deadline:
            return None, times
        start = time.monotonic()
        report += evaluate_cases([case])["cases"]
        times.append(time.monotonic() - start)
    passed = sum(1 for r in report if r["passed"])
    return {"total": len(report), "passed": passed, "failed": len(report) - passed, "cases": report}, times


@agents_router.post(
    "/orientation/evaluate",
    summary="Évaluer un fichier de cas (format de cases/orientation.yml) — agents connectés",
    description=("Le corps de la requête est le fichier YAML lui-même (au plus 1 Mo, 500 cas, et ce qui "
                 "s'évalue dans le temps permis, 20 s par défaut). Renvoie, pour chaque cas, s'il passe et "
                 "sinon ce qui ne va pas : le rapport de `orientation evaluate`. Un fichier invalide reçoit "
                 "une erreur 4xx en français. Réservé aux agents (jeton `Authorization: Bearer` ou session "
                 "de la console)."),
    responses={400: {"description": "Fichier illisible ou YAML invalide"},
               413: {"description": "Fichier trop gros, ou trop long à évaluer en une fois"},
               422: {"description": "Le fichier n'a pas le format d'un fichier de cas"},
               429: {"description": "Une autre évaluation est en cours"}},
    openapi_extra={"requestBody": {"required": True, "content": {"application/yaml": {
        "schema": {"type": "string"}}}}},
)
async def post_evaluate(request: Request) -> Any:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_CASE_FILE:
            return _bad_file(413, "Le fichier est trop gros (1 Mo au plus).")
    if not body.strip():
        return _bad_file(400, "Le fichier est vide.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return _bad_file(400, "Le fichier n'est pas un texte en UTF-8.")
    budget, per_case = _setting("EVALUATE_BUDGET_SECONDS", 20), _Evaluations.per_case()
    # A first count before reading the YAML (every written case names its situation): most files
    # too costly are refused here, for the price of one pass over the text.
    rough = len(_SITUATION_KEY.findall(text))
    if rough * per_case > budget:
        return _too_costly(rough, per_case, budget, exact=False)
    if _Evaluations.running >= int(_setting("EVALUATE_CONCURRENCY", 1)):
        return _bad_file(429, "Une autre évaluation de fichier de cas est en cours sur ce serveur. "
                              "Réessayez dans quelques secondes.", headers={"Retry-After": "10"})
    _Evaluations.running += 1
    try:
        cases = await run_in_threadpool(read_case_text, text)
        if isinstance(cases, str):
            return _bad_file(400 if cases.startswith("Le fichier n'est pas") else 422, cases)
        if len(cases) * per_case > budget:
            return _too_costly(len(cases), per_case, budget, exact=True)
        report, times = await run_in_threadpool(_evaluate_within, cases, time.monotonic() + budget)
        _Evaluations.learn(times)
        if report is None:
            return _bad_file(413, f"L'évaluation a dépassé le temps permis ({budget:.0f} s) après {len(times)} cas "
                                  f"sur {len(cases)}. Coupez le fichier en fichiers d'au plus "
                                  f"{max(1, len(times) - 1)} cas.")
        return report
    except LookupError as exc:  # empty or missing knowledge base
        return _bad_file(503, f"La base de connaissances n'est pas prête : {exc}")
    finally:
        _Evaluations.running -= 1
