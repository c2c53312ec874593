"""Evaluate the typed conditions of a scheme record (knowledge.schemes.models) on the facts of a situation.

Three-valued logic: a test on an unknown fact is unknown, unless the record says
how to count it (``si_inconnu``). Result of a record's conditions: any condition
false -> ``unlikely``; all true and nothing to check -> ``probable``; otherwise
``possible``, with the unknown facts in ``missing`` and the checks in ``supposed``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from knowledge.eligibility.amounts import euros
from knowledge.schemes.models import AVerifier, Condition, Test, Toutes, UneDe

RULES_DIR = Path(__file__).resolve().parent / "rules"
MONEY_FACTS = {"ressources", "plafond_css_mensuel", "plafond_aspa_mensuel", "plafond_logement_social_mensuel",
               "plafond_ash_mensuel", "loyer", "epargne", "dette_loyer",
               "revenus_activite", "chomage", "retraite", "autres_ressources", "pension_alimentaire_recue"}


@dataclass
class Verdict:
    eligibility: str                      # probable | possible | unlikely
    reasons: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    supposed: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    value: bool | None
    missing: list[str] = field(default_factory=list)
    text: str | None = None


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if op == "dans":
        return left in right
    if op == "hors":
        return left not in right
    if op in ("contient", "sans"):
        wanted = right if isinstance(right, list) else [right]
        found = any(w in (left or []) for w in wanted)
        return found if op == "contient" else not found
    left, right = float(left), float(right)
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]


def check(cond: Condition, facts: dict[str, Any], params: dict[str, float]) -> Outcome:
    """One condition: True, False or None (unknown), the unknown facts and the sentence to say."""
    if isinstance(cond, UneDe):
        results = [check(sub, facts, params) for sub in cond.une_de]
        hit = next((r for r in results if r.value is True), None)
        if hit is not None:
            return Outcome(True, [], fill(cond.oui, facts, params) if cond.oui else hit.text)
        if all(r.value is False for r in results):
            return Outcome(False, [], fill(cond.non, facts, params) if cond.non else None)
        return Outcome(None, [m for r in results for m in r.missing], _unknown_text(cond, results, facts, params))
    if isinstance(cond, Toutes):
        results = [check(sub, facts, params) for sub in cond.toutes]
        failed = next((r for r in results if r.value is False), None)
        if failed is not None:
            return Outcome(False, [], fill(cond.non, facts, params) if cond.non else failed.text)
        if all(r.value is True for r in results):
            return Outcome(True, [], fill(cond.oui, facts, params) if cond.oui else None)
        return Outcome(None, [m for r in results for m in r.missing], _unknown_text(cond, results, facts, params))
    return _test(cond, facts, params)


def _unknown_text(cond, results: list[Outcome], facts: dict[str, Any], params: dict[str, float]) -> str | None:
    """What to check when a condition is unknown: its own "no" sentence states the condition."""
    if cond.non:
        return fill(cond.non, facts, params)
    return next((r.text for r in results if r.value is None and r.text), None)


def _test(cond: Test, facts: dict[str, Any], params: dict[str, float]) -> Outcome:
    left = facts.get(cond.fait)
    if cond.op == "inconnu":
        value = (left is None) == cond.valeur
        text = cond.oui if value else cond.non
        return Outcome(value, [], fill(text, facts, params) if text else None)
    missing = [cond.fait] if left is None else []
    if cond.parametre is not None:
        right = params[cond.parametre]
    elif cond.fait_valeur is not None:
        right = facts.get(cond.fait_valeur)
        if right is None:
            missing.append(cond.fait_valeur)
    else:
        right = cond.valeur
    if missing:
        if cond.si_inconnu is None:
            return Outcome(None, missing, fill(cond.non, facts, params) if cond.non else None)
        if cond.reste_inconnu_si is not None and check(cond.reste_inconnu_si, facts, params).value is True:
            return Outcome(None, missing, fill(cond.non, facts, params) if cond.non else None)
        value = cond.si_inconnu == "oui"
    else:
        value = _compare(cond.op, left, right)
    text = cond.oui if value else cond.non
    return Outcome(value, [], fill(text, facts, params) if text else None)


def evaluate(conditions: list[Condition], checks: list[AVerifier], facts: dict[str, Any],
             params: dict[str, float]) -> Verdict:
    reasons, missing, failed, unknown_texts = [], [], [], []
    verdict: bool | None = True
    for cond in conditions:
        out = check(cond, facts, params)
        if out.value is False:
            verdict = False
            if out.text:
                failed.append(out.text)
        elif out.value is None:
            verdict = None if verdict is not False else False
            missing += out.missing
            if out.text:
                unknown_texts.append(out.text)
        elif out.text:
            reasons.append(out.text)
    supposed = unknown_texts + [fill(item.texte, facts, params) for item in checks
                                if item.si is None or check(item.si, facts, params).value is True]
    if verdict is False:
        return Verdict("unlikely", failed or reasons, [], [])
    if verdict is None or supposed:
        return Verdict("possible", reasons, list(dict.fromkeys(missing)), supposed)
    return Verdict("probable", reasons, [], [])


def holds(cond: Condition | None, facts: dict[str, Any], params: dict[str, float]) -> bool:
    """For contact choices and checks: true unless the condition is known to be false."""
    return cond is None or check(cond, facts, params).value is not False


def fill(text: str, facts: dict[str, Any], params: dict[str, float]) -> str:
    """``{age}`` -> 35, ``{ressources}`` -> "850 €", ``{rsa.age_minimum}`` -> 25."""
    def sub(match: re.Match) -> str:
        name = match.group(1)
        value = params.get(name) if name in params else facts.get(name)
        if value is None:
            return match.group(0)
        if name in MONEY_FACTS and isinstance(value, (int, float)):
            return euros(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    return re.sub(r"\{([\w.]+)\}", sub, text)


@lru_cache(maxsize=None)
def load_rules(name: str) -> Any:
    """A rule file of this package (emergency lines), read once per process, never modified."""
    with open(RULES_DIR / f"{name}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)
