"""HTTP API of the orientation engine: POST /orientation, GET /schemes.

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
from knowledge.eligibility.catalogue import schemes_list
from knowledge.eligibility.situation import Situation

router = APIRouter(tags=["orientation"])

EXAMPLE = {"age": 35, "commune": "Villeurbanne", "en_couple": False, "enfants": [],
           "revenus_activite": 0, "logement": "locataire", "loyer": 450, "besoins": ["argent"]}


def _error(errors: list[dict[str, str]]) -> JSONResponse:
    return JSONResponse(status_code=422, content={
        "detail": " ; ".join(e["message"] for e in errors),
        "errors": errors,
    })


_SITUATION_SCHEMA = Situation.model_json_schema(ref_template="#/components/schemas/{model}")


@router.post(
    "/orientation",
    summary="Orienter une situation : droits probables, montants estimés, contacts, urgences",
    description=("Prend une situation (tous les champs sont facultatifs, voir le schéma `Situation`) et "
                 "renvoie l'orientation : chaque dispositif jugé `probable`, `possible` ou `unlikely`, "
                 "avec un montant estimé quand il y en a un, le pourquoi, les contacts, les numéros "
                 "d'urgence et les champs manquants. Une situation invalide reçoit une erreur 422 en "
                 "français qui nomme le champ."),
    responses={422: {"description": "Situation invalide (message en français nommant le champ)"}},
    openapi_extra={"requestBody": {"required": False, "content": {"application/json": {
        "schema": _SITUATION_SCHEMA, "example": EXAMPLE}}}},
)
async def post_orientation(request: Request) -> Any:
    body = await request.body()
    try:
        data = json.loads(body) if body.strip() else {}
    except (ValueError, UnicodeDecodeError):
        return _error([{"field": "situation", "message": "Le corps de la requête n'est pas du JSON valide."}])
    try:
        # OpenFisca computes synchronously: run it in the thread pool, never on the event loop.
        result = await run_in_threadpool(orient, data)
    except SituationError as exc:
        return _error(exc.errors)
    return result.to_dict()


@router.get("/schemes", summary="Les dispositifs que l'orientation sait juger")
def get_schemes() -> list[dict[str, Any]]:
    return schemes_list()


@router.get("/orientation/situation-schema", summary="Le schéma JSON d'une situation")
def situation_schema() -> dict[str, Any]:
    return Situation.model_json_schema()
