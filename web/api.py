"""HTTP API of the orientation engine: POST /orientation, GET /schemes, POST /orientation/evaluate.

The engine is synchronous (OpenFisca computes with numpy): it runs in the
thread pool, so the event loop is never blocked and several people are
answered at once. Nothing personal is kept between calls.
"""
from __future__ import annotations

from typing import Any

import json

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from knowledge.eligibility import SituationError, orient
from knowledge.eligibility.catalogue import schemes_list  # the scheme records
from knowledge.eligibility.situation import Situation
from knowledge.eligibility.vocabulary import describe
from knowledge.cases import evaluate_cases, read_case_text

router = APIRouter(tags=["orientation"])

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
    responses={422: {"description": "Situation invalide (message en français nommant le champ)"}},
    openapi_extra={"requestBody": {"required": False, "content": {"application/json": {
        "schema": _SITUATION_SCHEMA, "example": EXAMPLE}}}},
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


def _bad_file(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": message})


@router.post(
    "/orientation/evaluate",
    summary="Évaluer un fichier de cas (format de cases/orientation.yml)",
    description=("Le corps de la requête est le fichier YAML lui-même (au plus 1 Mo, 500 cas). Renvoie, "
                 "pour chaque cas, s'il passe et sinon ce qui ne va pas : le rapport de "
                 "`orientation evaluate`. Un fichier invalide reçoit une erreur 4xx en français."),
    responses={400: {"description": "Fichier illisible ou YAML invalide"},
               413: {"description": "Fichier trop gros"},
               422: {"description": "Le fichier n'a pas le format d'un fichier de cas"}},
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
    cases = read_case_text(text)
    if isinstance(cases, str):
        return _bad_file(400 if cases.startswith("Le fichier n'est pas") else 422, cases)
    try:
        return await run_in_threadpool(evaluate_cases, cases)
    except LookupError as exc:  # empty or missing knowledge base
        return _bad_file(503, f"La base de connaissances n'est pas prête : {exc}")
