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
from knowledge.cases import evaluate_cases, parse_cases
from knowledge.eligibility.render import render_text


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


def cmd_evaluate(args: argparse.Namespace) -> int:
    cases = parse_cases(_load(args.file))
    if isinstance(cases, str):
        raise SystemExit(cases)
    report = evaluate_cases(cases)
    for case in report["cases"]:
        print(f"FAIL {case['id']}: " + "; ".join(case["problems"]) if case["problems"] else f"ok   {case['id']}")
    print(f"{report['passed']} passed, {report['failed']} failed")
    return 1 if report["failed"] else 0


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
