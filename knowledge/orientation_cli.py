"""`orientation` command: orient one situation, or evaluate a file of cases.

    orientation check FILE.yml [--json]
    orientation evaluate CASES.yml
"""
from __future__ import annotations

import argparse
import json
import sys

import yaml

from knowledge.eligibility import SituationError, orient
from knowledge.eligibility.render import render_text
from knowledge.schemes import CONTACT_KINDS, SCHEME_IDS


def _load(path: str):
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except OSError as exc:
        raise SystemExit(f"Fichier illisible : {path} ({exc.strerror}).") from None
    except yaml.YAMLError as exc:
        raise SystemExit(f"Fichier YAML invalide : {path} ({exc}).") from None


def cmd_check(args: argparse.Namespace) -> int:
    data = _load(args.file)
    if isinstance(data, dict) and "situation" in data and isinstance(data["situation"], dict):
        data = data["situation"]
    try:
        result = orient(data)
    except SituationError as exc:
        for error in exc.errors:
            print(error["message"], file=sys.stderr)
        return 2
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render_text(result, show_unlikely=args.all))
    return 0


CASE_KEYS = ("id", "source", "situation", "include", "exclude", "deja_percu", "contacts", "exclude_contacts",
             "emergency", "note")


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


def cmd_evaluate(args: argparse.Namespace) -> int:
    data = _load(args.file)
    cases = data.get("cases", data) if isinstance(data, dict) else data
    if not isinstance(cases, list):
        raise SystemExit("Le fichier doit contenir une liste de cas (clé « cases »).")
    passed = failed = 0
    for i, case in enumerate(cases, 1):
        ident = case.get("id", f"cas-{i}")
        problems = evaluate_case(case)
        if problems:
            failed += 1
            print(f"FAIL {ident}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {ident}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="orientation", description="Orientation vers les droits sociaux.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="orienter une situation (fichier YAML ou JSON)")
    c.add_argument("file")
    c.add_argument("--json", action="store_true", help="sortie JSON du contrat d'orientation")
    c.add_argument("--all", action="store_true", help="expliquer aussi les dispositifs peu probables")
    c.set_defaults(func=cmd_check)
    e = sub.add_parser("evaluate", help="évaluer un fichier de cas")
    e.add_argument("file")
    e.set_defaults(func=cmd_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except LookupError as exc:  # empty or missing knowledge base
        print(str(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
