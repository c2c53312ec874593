"""Facts read by the action server (actions.extraction, and the commune by actions.territoire) on an
annotated set of messages: per-fact precision, recall and F1, and per-message exact match.

    .venv-actions/bin/python bench/faits.py                     # the held-out set (bench/data/faits_heldout.yml)
    .venv-actions/bin/python bench/faits.py --data bench/data/faits_heldout2.yml   # also faits_heldout3 (2026-12-05),
                                                # faits_heldout4 and faits_heldout5 (2026-12-06): held out too,
                                                # other writers
    .venv-actions/bin/python bench/faits.py --data bench/data/faits_dev.yml
    .venv-actions/bin/python bench/faits.py --data bench/data/faits_dev2.yml   # also faits_dev3, faits_dev4:
                                                # development sets written apart from the rules (issue 16)
    .venv-actions/bin/python bench/faits.py --show-text         # failures with their text, for a reviewer

Each message has ``text``, ``question`` (the slot asked, or null), ``facts`` (contract fields, commune as
"Name (département number)", arrondissements as "Lyon 8e (69)") and ``ambiguous`` (fields that must NOT be
set: ranges, vague amounts). By default only figures, and for failures the message number and the
field names: the held-out sentences are for measuring, never for writing rules (RULES.md).

The unemployment benefit received is counted once: a writer who keyed its amount (``chomage``) and left it out of
``prestations_percues`` is not contradicted by the bot's listing it there as the contract does (since 2026-12-05;
the figures of earlier notes did count it as an extra).

Scoring: a fact is right when the field is read with the expected value (amounts within 1 €, lists
compared as sets, children's ages sorted); a field read but not expected, or with another value, is a
false positive; an expected field not read, or read wrong, a false negative. Children: ``enfants`` when the
annotation gives the ages, ``nb_enfants`` when it gives only the number. A field listed as ambiguous and
set anyway is an error. Target (issue): facts ≥ 0.97.

What is scored is the extraction's reading of the message. ``--avec-deduction`` adds what the dialogue deduces
from it: the tenant status of a rent, rent arrears or a landlord (``actions.extraction.logement_deduit``), and
the activity of a pension or unemployment benefit of one's own (``Extraction.deduits``), which
``actions.situation`` keeps when the field is not known otherwise (shown in the recap). Writers differ on
whether they list such facts (dev6's does, dev1 to dev5's do not): both figures are printed in notes.

The needs of an answer to the needs question are read as the dialogue reads them there
(``actions.extraction.besoins_de_la_reponse``: a word is enough, « un travail et une mutuelle »); until
2026-12-05 the bench read them as in any other message (a word of need counted only beside a request or a
difficulty), which the dialogue never did for that answer.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actions.extraction import besoins_de_la_reponse, besoins_lus_dans, extract, logement_deduit  # noqa: E402
from actions.lecteur_besoins import CONTEXTE_BESOINS  # noqa: E402
from actions.territoire import lire_commune  # noqa: E402

HELD_OUT = ROOT / "bench" / "data" / "faits_heldout.yml"
# pour_un_proche: read for the dialogue, not a fact of the contract; regime_agricole, protection_internationale, confie_ase:
# contract fields added after the earlier sets were written (not in their writers' format: bench/conversations.py judges
# it through the MSA contact); judged in a set whose writer annotated them (faits_dev7 onwards), like the needs.
LATER_FIELDS = {"regime_agricole", "protection_internationale", "confie_ase"}
IGNORED = {"pour_un_proche", *LATER_FIELDS}
# The needs are scored only in sets whose writer annotated them (faits_dev6 onwards): the earlier
# writers were not asked to, so needs read there are neither right nor wrong.
NEEDS = "besoins"


def commune_label(candidate) -> str:
    nom = candidate.nom
    m = re.match(r"^(.*) (\d+)(er|e) Arrondissement$", nom)
    if m:
        nom = f"{m.group(1)} {m.group(2)}{m.group(3)}"
    return f"{nom} ({candidate.departement})"


DEDUCTION = False  # the tenant status deduced by the dialogue (see above): --avec-deduction


def read(text: str, question: str | None, judged: frozenset[str] = frozenset()) -> tuple[dict, set]:
    """The facts the action server reads in ``text`` (contract names), and the vague fields; ``judged``: the
    fields of IGNORED the set's writer annotated, kept."""
    result = extract(text, requested=question)
    facts = {k: v for k, v in result.facts.items() if k not in IGNORED - judged}
    if DEDUCTION and "logement" not in facts and question != "logement" and logement_deduit(text, result.facts):
        facts["logement"] = "locataire"
    if DEDUCTION:
        facts.update({k: v for k, v in result.deduits.items() if k not in facts})
    besoins = list(result.besoins)
    if question == NEEDS:
        # (as the dialogue reads that answer: the words' needs and the needs' reader's, actions.lecteur_besoins)
        besoins = besoins_lus_dans(text, besoins + [b for b in besoins_de_la_reponse(text) if b not in besoins],
                                   CONTEXTE_BESOINS)
    if besoins:
        facts[NEEDS] = besoins
    try:
        status, candidates = lire_commune(text, question)
    except Exception:  # noqa: BLE001 - no knowledge base: the commune is not scored
        status, candidates = "unknown", []
    if status == "found":
        facts["commune"] = commune_label(candidates[0])
    # ambiguous: not set (the bot asks which one with buttons)
    return facts, result.ambigus


def same(field: str, got, expected) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return got is expected
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return abs(float(got) - float(expected)) <= 1
    if field == "enfants":
        return isinstance(got, list) and sorted(got) == sorted(expected)
    if isinstance(expected, list):
        return isinstance(got, list) and set(got) == set(expected)
    if field == "commune":
        return isinstance(got, str) and got.lower() == str(expected).lower()
    return got == expected


def score(messages: list[dict]) -> tuple[dict, list]:
    per_field: dict[str, Counter] = {}
    failures = []
    exact = 0
    needs_annotated = any(NEEDS in (m.get("facts") or {}) for m in messages)
    judged = frozenset(f for f in LATER_FIELDS if any(f in (m.get("facts") or {}) for m in messages))
    for i, message in enumerate(messages, start=1):
        expected = dict(message.get("facts") or {})
        ambiguous = set(message.get("ambiguous") or [])
        got, vagues = read(str(message["text"]), message.get("question"), judged)
        if not needs_annotated:
            got.pop(NEEDS, None)
        # Children: compare what the annotation gives.
        if "enfants" in expected:
            got.pop("nb_enfants", None)
        elif "nb_enfants" in expected:
            got.pop("enfants", None)
        elif "enfants" in got:
            got.pop("nb_enfants", None)
        # The unemployment benefit whose amount the writer keyed (``chomage``) and left out of the benefits received:
        # the same fact said once (the contract lists the ARE received among them; since 2026-12-05).
        if "chomage" in (got.get("prestations_percues") or []) and isinstance(expected.get("chomage"), (int, float)) and \
                expected["chomage"] > 0 and "chomage" not in (expected.get("prestations_percues") or []):
            got["prestations_percues"] = [p for p in got["prestations_percues"] if p != "chomage"]
            if not got["prestations_percues"] and "prestations_percues" not in expected:
                got.pop("prestations_percues")
        problems = []
        for name in sorted(set(expected) | set(got)):
            counter = per_field.setdefault(name, Counter())
            if name in expected and name in got and same(name, got[name], expected[name]):
                counter["tp"] += 1
                continue
            if name in got:
                counter["fp"] += 1
            if name in expected:
                counter["fn"] += 1
            problems.append(("wrong" if name in got and name in expected else
                             "missing" if name in expected else "extra", name))
        for name in ambiguous & set(got):
            problems.append(("set although ambiguous", name))
            per_field.setdefault(name, Counter())["ambiguous_set"] += 1
        if problems:
            failures.append((i, message, got, problems))
        else:
            exact += 1
    totals = Counter()
    for counter in per_field.values():
        totals.update(counter)
    return {"fields": per_field, "totals": totals, "exact": exact, "n": len(messages)}, failures


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HELD_OUT)
    parser.add_argument("--show-text", action="store_true", help="print the failing messages (reviewers only)")
    parser.add_argument("--avec-deduction", action="store_true",
                        help="add the tenant status the dialogue deduces from a rent, arrears or a landlord")
    args = parser.parse_args()
    global DEDUCTION
    DEDUCTION = args.avec_deduction
    messages = yaml.safe_load(args.data.read_text(encoding="utf-8"))["messages"]
    result, failures = score(messages)
    totals = result["totals"]
    p, r, f = prf(totals)
    print(f"facts set: {args.data.relative_to(ROOT) if args.data.is_relative_to(ROOT) else args.data}, "
          f"{result['n']} messages")
    print(f"facts (micro{', with what the dialogue deduces' if DEDUCTION else ''}): precision {p:.3f}   recall {r:.3f}   "
          f"F1 {f:.3f}   (target ≥ 0.97)")
    print(f"messages exactly right: {result['exact']}/{result['n']} = {result['exact'] / max(result['n'], 1):.3f}")
    print(f"ambiguous fields set anyway: {totals['ambiguous_set']}")
    print(f"  {'field':28} {'P':>6} {'R':>6} {'F1':>6} {'expected':>9}")
    for name, counter in sorted(result["fields"].items()):
        fp, fr, ff = prf(counter)
        print(f"  {name:28} {fp:6.2f} {fr:6.2f} {ff:6.2f} {counter['tp'] + counter['fn']:9d}")
    kinds = Counter(f"{kind} {name}" for _, _, _, problems in failures for kind, name in problems)
    if kinds:
        print("errors by kind: " + ", ".join(f"{k} ×{n}" for k, n in kinds.most_common()))
    if failures:
        print(f"failures ({len(failures)}):")
        for i, message, got, problems in failures:
            line = f"  #{i}: " + ", ".join(f"{kind} {name}" for kind, name in problems)
            if args.show_text:
                line += f"\n      text: {message['text']!r} (question: {message.get('question')})" \
                        f"\n      expected: {message.get('facts')}  ambiguous: {message.get('ambiguous')}" \
                        f"\n      read: {got}"
            print(line)


if __name__ == "__main__":
    main()
