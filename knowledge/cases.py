"""Case files: situations with what a correct orientation must and must not say.

One reader and one judge for the command line (``orientation evaluate``) and the agents'
console (``POST /orientation/evaluate``). Format: ``cases/orientation.yml``.
"""
from __future__ import annotations

from typing import Any

import yaml

from knowledge.eligibility import SituationError, orient
from knowledge.schemes import CONTACT_KINDS, SCHEME_IDS

MAX_CASES = 500
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIST_KEYS = ("include", "exclude", "deja_percu", "contacts", "exclude_contacts", "emergency")


def parse_cases(data: Any) -> list[dict[str, Any]] | str:
    """The cases of a loaded file (``{"cases": [...]}`` or a list), or a French error message."""
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
        for key in LIST_KEYS:
            if case.get(key) is not None and not isinstance(case[key], list):
                return f"Le cas n° {i} : « {key} » doit être une liste."
    return cases


def read_case_text(text: str) -> list[dict[str, Any]] | str:
    """Parse the YAML text of a case file: the cases, or a French error message."""
    try:
        # libyaml's loader when present: the same objects, seven times faster on a big upload.
        data = yaml.load(text, Loader=_LOADER) if text.strip() else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (ligne {mark.line + 1})" if mark is not None else ""
        return f"Le fichier n'est pas un YAML valide{where}."
    return parse_cases(data)


def evaluate_case(case: dict) -> list[str]:
    """What is wrong with the orientation of one case ([] when it passes).

    ``include``: proposed (probable or possible); ``exclude``: not proposed; ``deja_percu``: judged
    ``deja_percu``; ``contacts`` / ``exclude_contacts``: among / not among the orientation's contact
    kinds (the offices of the orientation plus the proposed schemes' contacts); ``emergency``: numbers.
    """
    problems = []
    try:
        result = orient(case.get("situation") or {})
    except SituationError as exc:
        return [f"situation invalide ({exc})"]
    proposed = {s.id for s in result.proposed}
    for key in ("include", "exclude", "deja_percu"):
        for sid in case.get(key) or []:
            if sid not in SCHEME_IDS:
                problems.append(f"identifiant inconnu {sid}")
            elif key == "include" and sid not in proposed:
                problems.append(f"manque {sid} ({result.scheme(sid).eligibility})")
            elif key == "exclude" and sid in proposed:
                problems.append(f"propose à tort {sid} ({result.scheme(sid).eligibility})")
            elif key == "deja_percu" and result.scheme(sid).eligibility != "deja_percu":
                problems.append(f"{sid} devrait être déjà perçu ({result.scheme(sid).eligibility})")
    kinds = set(result.contact_kinds) | {c["kind"] for c in result.contacts} | \
        {k for s in result.proposed for k in s.contacts}
    for kind in case.get("contacts") or []:
        if kind not in CONTACT_KINDS:
            problems.append(f"type de contact inconnu {kind}")
        elif kind not in kinds:
            problems.append(f"contact manquant {kind}")
    for kind in case.get("exclude_contacts") or []:
        if kind not in CONTACT_KINDS:
            problems.append(f"type de contact inconnu {kind}")
        elif kind in kinds:
            problems.append(f"contact à tort {kind}")
    for number in case.get("emergency") or []:
        if str(number) not in {e["number"] for e in result.emergency}:
            problems.append(f"urgence manquante {number}")
    return problems


def evaluate_cases(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """The pass/fail report of a list of cases."""
    report = []
    for i, case in enumerate(cases, 1):
        problems = evaluate_case(case)
        report.append({"id": str(case.get("id") or f"cas-{i}"), "passed": not problems, "problems": problems,
                       "source": case.get("source") if isinstance(case.get("source"), str) else None})
    passed = sum(1 for r in report if r["passed"])
    return {"total": len(report), "passed": passed, "failed": len(report) - passed, "cases": report}
