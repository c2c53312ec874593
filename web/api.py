"""HTTP API of the orientation engine: POST /orientation, GET /schemes, POST /orientation/evaluate.

The engine is synchronous (OpenFisca computes with numpy): it runs in the
thread pool, so the event loop is never blocked and several people are
answered at once. Nothing personal is kept between calls.
"""
from __future__ import annotations

from typing import Any

import json

import yaml
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from knowledge.eligibility import SituationError, orient
from knowledge.eligibility.catalogue import schemes_list  # the scheme records
from knowledge.eligibility.situation import Situation
from knowledge.orientation_cli import evaluate_case

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


@router.get("/orientation/situation-schema", summary="Le schéma JSON d'une situation")
def situation_schema() -> dict[str, Any]:
    return Situation.model_json_schema()


# -- case files: the `orientation evaluate` report over HTTP, for the agents' console ----------
MAX_CASE_FILE = 1_000_000  # bytes
MAX_CASES = 500


def _bad_file(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": message})


def parse_case_file(body: bytes) -> list[dict[str, Any]] | str:
    """The cases of a file in the format of cases/orientation.yml, or a French error message."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "Le fichier n'est pas un texte en UTF-8."
    try:
        data = yaml.safe_load(text) if text.strip() else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (ligne {mark.line + 1})" if mark is not None else ""
        return f"Le fichier n'est pas un YAML valide{where}."
    cases = data.get("cases") if isinstance(data, dict) else data
    if not isinstance(cases, list) or not cases:
        return "Le fichier doit contenir une liste de cas sous la clé « cases » (voir cases/orientation.yml)."
    if len(cases) > MAX_CASES:
        return f"Le fichier contient {len(cases)} cas ; {MAX_CASES} au plus par envoi."
    for i, case in enumerate(cases, 1):
        if not isinstance(case, dict):
            return f"Le cas n° {i} n'est pas une fiche (id, situation, include, exclude…)."
        if not isinstance(case.get("situation", {}), dict):
            return f"Le cas n° {i} : « situation » doit être une fiche de champs."
        for key in ("include", "exclude", "deja_percu", "contacts", "exclude_contacts", "emergency"):
            if case.get(key) is not None and not isinstance(case[key], list):
                return f"Le cas n° {i} : « {key} » doit être une liste."
    return cases


def evaluate_cases(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """The pass/fail report of `orientation evaluate` (same checks: knowledge.orientation_cli)."""
    report = []
    for i, case in enumerate(cases, 1):
        problems = evaluate_case(case)
        report.append({"id": str(case.get("id") or f"cas-{i}"), "passed": not problems, "problems": problems,
                       "source": case.get("source") if isinstance(case.get("source"), str) else None})
    passed = sum(1 for r in report if r["passed"])
    return {"total": len(report), "passed": passed, "failed": len(report) - passed, "cases": report}


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
    cases = parse_case_file(body)
    if isinstance(cases, str):
        return _bad_file(422 if not cases.startswith(("Le fichier n'est pas")) else 400, cases)
    try:
        return await run_in_threadpool(evaluate_cases, cases)
    except LookupError as exc:  # empty or missing knowledge base
        return _bad_file(503, f"La base de connaissances n'est pas prête : {exc}")
