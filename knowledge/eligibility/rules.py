"""Declarative rules: a small reader for the YAML files a social worker can review.

A rule file maps a scheme id to conditions on the *facts* of a situation (its
fields, plus a few derived facts such as ``ressources``). A condition reads
``fact operator value`` ("age >= 60", "logement in [sans_domicile, heberge]",
"besoins contains dettes"); the value may be another fact ("ressources <=
plafond_css_mensuel", for order comparisons only). Three-valued logic: a
condition on an unknown fact is unknown.

- ``conditions``: all must hold (an ``une_de`` entry holds when one of its
  conditions holds);
- ``si_inconnu: non`` on a condition: an unknown fact counts as "no" (for
  rare situations that a person would have said, such as a stay without a
  residence permit);
- ``suppose``: what the situation cannot tell; the result is then at best
  ``possible``, and the "why" says what is assumed.

Result: any condition false -> ``unlikely``; all true and nothing supposed ->
``probable``; otherwise ``possible``, with the unknown facts in ``missing``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from knowledge.eligibility.amounts import euros

RULES_DIR = Path(__file__).resolve().parent / "rules"
_CONDITION = re.compile(r"^\s*(\w+)\s*(==|!=|<=|>=|<|>|\bin\b|\bnot in\b|\bcontains\b)\s*(.+?)\s*$")


@dataclass
class Verdict:
    eligibility: str                      # probable | possible | unlikely
    reasons: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    supposed: list[str] = field(default_factory=list)


def _literal(text: str) -> Any:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [_literal(part) for part in text[1:-1].split(",") if part.strip()]
    if text in ("true", "vrai"):
        return True
    if text in ("false", "faux"):
        return False
    try:
        return float(text)
    except ValueError:
        return text.strip("'\"")


def _value(token: Any, facts: dict[str, Any]) -> tuple[Any, str | None]:
    """A literal, or a fact's value; the second item names an unknown fact."""
    if isinstance(token, str) and token in facts:
        value = facts[token]
        return value, (token if value is None else None)
    return token, None


def check(condition: str, facts: dict[str, Any]) -> tuple[bool | None, list[str]]:
    """Evaluate one condition: True, False or None (unknown), and the unknown facts."""
    match = _CONDITION.match(condition)
    if not match:
        raise ValueError(f"condition illisible : {condition!r}")
    name, op, raw = match.groups()
    if name not in facts:
        raise ValueError(f"fait inconnu dans la condition {condition!r} : {name}")
    left = facts[name]
    # Only an order comparison reads a fact on its right ("ressources <= plafond_css_mensuel");
    # elsewhere words are values ("besoins contains logement" is the need, not the housing).
    literal = _literal(raw)
    right, unknown = _value(literal, facts) if op in ("<=", ">=", "<", ">") else (literal, None)
    missing = [n for n in (name if left is None else None, unknown) if n]
    if missing:
        return None, missing
    if op == "==":
        return left == right, []
    if op == "!=":
        return left != right, []
    if op in ("in", "not in"):
        inside = left in (right if isinstance(right, list) else [right])
        return inside if op == "in" else not inside, []
    if op == "contains":
        items = left or []
        wanted = right if isinstance(right, list) else [right]
        return any(w in items for w in wanted), []
    left, right = float(left), float(right)
    return {"<=": left <= right, ">=": left >= right, "<": left < right, ">": left > right}[op], []


def _entry(entry: Any, facts: dict[str, Any]) -> tuple[bool | None, list[str], str | None]:
    """One entry of ``conditions``: a plain condition or ``{si, oui, non}`` or ``{une_de: [...]}``."""
    if isinstance(entry, str):
        entry = {"si": entry}
    if "une_de" in entry:
        results = [_entry(sub, facts) for sub in entry["une_de"]]
        if any(r[0] is True for r in results):
            hit = next(r for r in results if r[0] is True)
            return True, [], entry.get("oui") or hit[2]
        if all(r[0] is False for r in results):
            return False, [], entry.get("non")
        return None, [m for r in results for m in r[1]], None
    value, missing = check(entry["si"], facts)
    if value is None and entry.get("si_inconnu") in ("non", False):
        value, missing = False, []
    text = entry.get("oui") if value is True else entry.get("non") if value is False else None
    return value, missing, text


def evaluate(rule: dict, facts: dict[str, Any]) -> Verdict:
    reasons, missing, failed = [], [], []
    verdict = True
    for entry in rule.get("conditions", []):
        value, unknown, text = _entry(entry, facts)
        if value is False:
            verdict = False
            if text:
                failed.append(_fill(text, facts))
        elif value is None:
            verdict = None if verdict is not False else False
            missing += unknown
        elif text:
            reasons.append(_fill(text, facts))
    supposed = []
    for item in rule.get("suppose", []):
        if isinstance(item, dict):
            if check(item["si"], facts)[0] is False:
                continue
            item = item["texte"]
        supposed.append(_fill(item, facts))
    if verdict is False:
        return Verdict("unlikely", failed or reasons, [], [])
    if verdict is None or supposed:
        return Verdict("possible", reasons, list(dict.fromkeys(missing)), supposed)
    return Verdict("probable", reasons, [], [])


def _fill(text: str, facts: dict[str, Any]) -> str:
    def sub(match: re.Match) -> str:
        value = facts.get(match.group(1))
        if isinstance(value, float):
            return euros(value)
        return str(value)
    return re.sub(r"\{(\w+)\}", sub, text)


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict:
    """A rule file of this package (read once per process, never modified)."""
    with open(RULES_DIR / f"{name}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)
