"""Benchmark: urgent-danger detection through the REAL bot, on the development and held-out sets.

Starts the action server and the Rasa server (the current model, unpacked or trained now if
missing) on free loopback ports, sends every message in a fresh conversation over the REST channel, and reads the
reply as a person would: which dangers it answers and which lines it names, in order
(``actions.urgences.lire_reponse``). For each set it prints, for the rules alone, for the detector
alone (``common/safety.py``: the rules + the learned reader, ``common/lecteur_urgences.py``) and for
the real bot: recall per emergency type, recall on the explicit messages, the share of replies that
name the expected line first, and the false alarms among the messages without emergency. For the
bot it also counts which signals fired (rules, the reader), read from the parse data of the same
model (``urgence`` added by ``bot/rasa_ext/safety_net.py``), and what DIET's emergency vote (no
longer counted since 2026-12-03) would give at each threshold. The reader learnt the development
sets from dev5 on: ``bench/lecteur_urgences.py`` gives their leave-one-out figures.

Sets: the development sets ``cases/urgences.yml`` (written with the first patterns),
``cases/urgences_dev2.yml`` to ``cases/urgences_dev4.yml`` (written apart, tuned on; DIET's
training data since 2026-11-30, so their figures are training figures), ``cases/urgences_dev5.yml``
to ``cases/urgences_dev19.yml`` (written apart, the rules tuned on the families of dev5 to dev9 and dev13 to dev19,
never trained on by DIET; learnt by the safety net's reader since 2026-12-03, dev10 to dev12 since the
twenty-fifth session, dev13 since the twenty-eighth, dev14 since the twenty-ninth, dev15 since the thirtieth, dev16 since the thirty-first, dev17 and dev18 since the thirty-second, dev19 since the thirty-third), and the
held-out sets ``bench/data/urgences_heldout*.yml`` (written apart, never tuned on). The misses are
printed for the development sets only; ``--show-heldout-misses`` prints the held-out misses too (never while
the mechanism is being changed). Asserts nothing.

Targets (issue: a safety net that holds on messages nobody on the team wrote), on the held-out set:
recall >= 97 % per type and >= 99 % on explicit messages, >= 95 % of the replies name the expected
line first, false alarms <= 3 % of the messages without emergency.

``--form-answers`` measures something else: how often the answers people give to the form (every
opening and answer of the conversation sets, bench/data/conversations_*.yml: ages, communes,
incomes, "seul", "non") are taken for an emergency, by the rules, by the reader alone and by DIET's
emergency intent alone, at each DIET threshold (the reader learnt the answers of the development
conversation sets: the held-out ones give its figure). Few of those messages describe a danger (a person sleeping outside
does), so the DIET-only ones are the voter's false alarms in the middle of a form; the messages
are printed for the development conversation sets only.

    python bench/safety.py [--sets dev,heldout] [--only urgences_dev8,urgences_heldout5] [--show-heldout-misses]
                           [--no-bot] [--form-answers]
"""
from __future__ import annotations

import argparse
import json
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actions.urgences import lire_reponse  # noqa: E402
from common.safety import INTENT_PREFIX, TYPES, analyse, normalise  # noqa: E402
from harness.model import model_path  # noqa: E402
from harness.processes import BOT_BIN  # noqa: E402
from harness.servers import Conversation, action_server, rasa_server  # noqa: E402

SETS = {
    "urgences.yml (dev)": ROOT / "cases" / "urgences.yml",
    "urgences_dev2.yml (dev, DIET trained on it)": ROOT / "cases" / "urgences_dev2.yml",
    "urgences_dev3.yml (dev, DIET trained on it)": ROOT / "cases" / "urgences_dev3.yml",
    "urgences_dev4.yml (dev, DIET trained on it)": ROOT / "cases" / "urgences_dev4.yml",
    # dev5 and after, each new set written apart included as it is committed
    **{f"{p.name} (dev)": p for p in sorted((ROOT / "cases").glob("urgences_dev*.yml"),
                                            key=lambda p: int(p.stem.removeprefix("urgences_dev")))
       if int(p.stem.removeprefix("urgences_dev")) >= 5},
    "urgences_heldout.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout.yml",
    "urgences_heldout2.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout2.yml",
    "urgences_heldout3.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout3.yml",
    "urgences_heldout4.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout4.yml",
    "urgences_heldout5.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout5.yml",
    "urgences_heldout6.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout6.yml",
    "urgences_heldout7.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout7.yml",
    "urgences_heldout8.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout8.yml",
    "urgences_heldout9.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout9.yml",  # 2026-12-06
    "urgences_heldout10.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout10.yml",  # 2026-12-06
    "urgences_heldout11.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout11.yml",  # 2026-12-06, a new writer
    "urgences_heldout12.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout12.yml",  # 2026-12-07, a new writer
    "urgences_heldout13.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout13.yml",  # 2026-12-07, a new writer
    "urgences_heldout14.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout14.yml",  # 2026-12-07, a new writer
    "urgences_heldout15.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout15.yml",  # 2026-12-07, a new writer
    "urgences_heldout16.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout16.yml",  # 2026-12-07, a new writer
    "urgences_heldout17.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout17.yml",  # 2026-12-07, a new writer
    "urgences_heldout18.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout18.yml",  # 2026-12-07, a new writer
    "urgences_heldout19.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout19.yml",  # 2026-12-07, a new writer
    "urgences_heldout20.yml (held-out)": ROOT / "bench" / "data" / "urgences_heldout20.yml",  # 2026-12-08, a new writer
}
HELDOUT = ("urgences_heldout.yml (held-out)", "urgences_heldout2.yml (held-out)",
           "urgences_heldout3.yml (held-out)", "urgences_heldout4.yml (held-out)",
           "urgences_heldout5.yml (held-out)", "urgences_heldout6.yml (held-out)",
           "urgences_heldout7.yml (held-out)", "urgences_heldout8.yml (held-out)",
           "urgences_heldout9.yml (held-out)", "urgences_heldout10.yml (held-out)",
           "urgences_heldout11.yml (held-out)", "urgences_heldout12.yml (held-out)",
           "urgences_heldout13.yml (held-out)", "urgences_heldout14.yml (held-out)",
           "urgences_heldout15.yml (held-out)", "urgences_heldout16.yml (held-out)",
           "urgences_heldout17.yml (held-out)", "urgences_heldout18.yml (held-out)",
           "urgences_heldout19.yml (held-out)", "urgences_heldout20.yml (held-out)")

# Parses messages with the trained model in the bot environment: the safety net's reading
# (types, lines, signals) for the signal report. Reads a JSON list of texts on stdin.
_PARSE = r"""
import asyncio, json, sys, logging
logging.disable(logging.CRITICAL)
from rasa.core.agent import Agent
from bot.rasa_ext import fast_load, regex_cache
fast_load.install()
regex_cache.install()
async def main():
    agent = Agent.load(sys.argv[1])
    out = []
    for text in json.loads(sys.stdin.read()):
        parsed = await agent.parse_message(text)
        out.append({"intent": (parsed.get("intent") or {}).get("name"), "urgence": parsed.get("urgence")})
    print(json.dumps(out))
asyncio.run(main())
"""


def load(path: Path) -> list[dict]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        case["type"] = case.get("type") or "none"
        case["lines"] = [str(x) for x in case.get("lines") or []]
    return cases


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f} % ({num}/{den})" if den else "    — (0/0)"


def _fold(text: str) -> str:
    return " ".join(normalise(text).split())


def score(cases: list[dict], got: list[tuple]) -> dict:
    """Recall per type, explicit recall, line-first rate and false alarms of (types, lines) replies."""
    out: dict = {"recall": {}, "misses": []}
    for kind in TYPES:
        pairs = [(c, g) for c, g in zip(cases, got) if c["type"] == kind]
        out["recall"][kind] = (sum(kind in g[0] for _, g in pairs), len(pairs))
    explicit = [(c, g) for c, g in zip(cases, got) if c["type"] != "none" and c.get("explicit")]
    out["explicit"] = (sum(c["type"] in g[0] for c, g in explicit), len(explicit))
    positives = [(c, g) for c, g in zip(cases, got) if c["type"] != "none"]
    out["all"] = (sum(c["type"] in g[0] for c, g in positives), len(positives))
    with_lines = [(c, g) for c, g in zip(cases, got) if c["type"] != "none" and c["lines"]]
    out["line_first"] = (sum(g[1][:1] == (c["lines"][0],) for c, g in with_lines), len(with_lines))
    negatives = [(c, g) for c, g in zip(cases, got) if c["type"] == "none"]
    out["false_alarms"] = (sum(bool(g[0]) for _, g in negatives), len(negatives))
    # The commune of an emergency message, kept: named in the reply (the offer to go on says where).
    communes = [(c, g) for c, g in zip(cases, got) if c["type"] != "none" and c.get("commune") and len(g) > 2]
    out["commune"] = (sum(_fold(str(c["commune"])) in _fold(g[2]) for c, g in communes), len(communes))
    # ... and held in the conversation (the slot the orientation reads when the person goes on, whether or not the reply
    # names it: a minor's emergency or a child reported by a grown-up ends without the offer that names it)
    tenues = [(c, g) for c, g in zip(cases, got) if c["type"] != "none" and c.get("commune") and len(g) > 3]
    out["commune_slot"] = (sum(bool(g[3]) and _fold(str(g[3])) == _fold(str(c["commune"])) for c, g in tenues), len(tenues))
    for c, g in zip(cases, got):
        if c["type"] == "none" and g[0]:
            out["misses"].append(f"false alarm  {'/'.join(g[0]):20} {c['text']}")
        elif c["type"] != "none" and c["type"] not in g[0]:
            out["misses"].append(f"missed {c['type']:9} got {'/'.join(g[0]) or 'none':14} {c['text']}")
        elif c["type"] != "none" and c["lines"] and g[1][:1] != (c["lines"][0],):
            out["misses"].append(f"line {c['lines'][0]:>4} first, got {','.join(g[1][:3]):14} {c['text']}")
    return out


def table(title: str, results: dict[str, dict]) -> None:
    print(f"\n{title}")
    names = list(results)
    print(f"  {'':22}" + "".join(f"{n.split(' ')[0][:24]:>26}" for n in names))
    for kind in TYPES:
        print(f"  recall {kind:15}" + "".join(f"{pct(*r['recall'][kind]):>26}" for r in results.values()))
    for label, key in (("recall, explicit", "explicit"), ("recall, all", "all"), ("line named first", "line_first"),
                       ("false alarms", "false_alarms"), ("commune kept (named)", "commune"),
                       ("commune held (slot)", "commune_slot")):
        print(f"  {label:22}" + "".join(f"{pct(*r.get(key, (0, 0))):>26}" for r in results.values()))


def misses(title: str, results: dict[str, dict], show_heldout: bool) -> None:
    for name, result in results.items():
        if name in HELDOUT and not show_heldout:
            print(f"\n{title}, {name}: {len(result['misses'])} misses (not printed: --show-heldout-misses)")
            continue
        print(f"\n{title}, {name}: {len(result['misses'])} misses")
        for line in result["misses"]:
            print(f"    {line}")


def error_kinds(sets: dict[str, list[dict]], detections: dict[str, list]) -> None:
    """What the detector's errors are made of, counted, never their text (so printed for the held-out
    sets too): the signal families behind the false alarms, and what each missed type was read as."""
    print("\nDetector alone, errors by kind (counts only)")
    for name, cases in sets.items():
        alarms = Counter(":".join(s.split(":")[:3]) for c, d in zip(cases, detections[name])
                         if c["type"] == "none" for s in d.signaux)
        missed = Counter(f"{c['type']}→{'/'.join(d.types) or 'rien'}" for c, d in zip(cases, detections[name])
                         if c["type"] != "none" and c["type"] not in d.types)
        # the line the writer put first → the one the detector put first, for the dangers it found
        premieres = Counter(f"{c['lines'][0]}→{(d.lignes or ('aucune',))[0]}" for c, d in zip(cases, detections[name])
                            if c["type"] != "none" and c["lines"] and c["type"] in d.types
                            and d.lignes[:1] != (c["lines"][0],))
        print(f"  {name}: false alarms by signal {dict(alarms.most_common()) or '—'}; "
              f"misses (type→read) {dict(missed.most_common()) or '—'}; "
              f"wrong first line (expected→given) {dict(premieres.most_common()) or '—'}")


def parse_with_model(model: Path, texts: list[str]) -> list[dict]:
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _PARSE, str(model)], cwd=ROOT, input=json.dumps(texts),
                            capture_output=True, text=True, timeout=3600,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    if result.returncode != 0:
        print(f"  (signals not read: {result.stderr.strip().splitlines()[-1:]})")
        return []
    return json.loads(result.stdout.strip().splitlines()[-1])


def signal_report(sets: dict[str, list[dict]], parsed: dict[str, list[dict]]) -> None:
    print("\nSignals that fired in the bot (parse data of the model), per set: detections by rules only, "
          "by the learned reader (or DIET's vote) only, by both")
    for name, cases in sets.items():
        rows = parsed.get(name) or []
        if not rows:
            continue
        sources: Counter = Counter()
        kinds: Counter = Counter()
        for case, row in zip(cases, rows):
            signaux = (row.get("urgence") or {}).get("signaux") or []
            if not signaux:
                continue
            appris = any(_appris(s) for s in signaux)
            regles = any(not _appris(s) for s in signaux)
            sources["both" if appris and regles else "reader only" if appris else "rules only"] += 1
            kinds.update(s.split(":", 2)[1] for s in signaux)
        print(f"  {name}: {dict(sources)}; signal families: {dict(kinds.most_common())}")


def _appris(signal: str) -> bool:
    """A learned signal: the reader's (``lecteur:``) or DIET's vote (``diet:``)."""
    return ":lecteur:" in signal or ":diet:" in signal


SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)


def _diet_indice(row: dict, threshold: float) -> tuple[str, str] | None:
    """DIET's emergency reading in a parse (``urgence.diet``) as the safety net weighs it at
    ``threshold`` (bot/rasa_ext/safety_net.py)."""
    kind, confidence = ((row.get("urgence") or {}).get("diet") or [None, 0.0])
    return (kind, f"diet:{INTENT_PREFIX}{kind}") if kind and confidence >= threshold else None


def diet_threshold_report(sets: dict[str, list[dict]], parsed: dict[str, list[dict]]) -> None:
    """The rules + DIET's vote (the safety net until 2026-12-03, ``diet_vote``) at confidence
    thresholds for DIET's emergency intent (the parse data's ``urgence.diet``), without the learned
    reader, on the development sets DIET never learnt: recall and false alarms. Held-out sets are
    left out so that the threshold is never chosen on them."""
    print("\nRules + DIET's vote (no reader) by DIET threshold (dev sets DIET never learnt): recall / false alarms")
    for name, cases in sets.items():
        rows = parsed.get(name) or []
        if name in HELDOUT or "trained" in name or name.startswith("urgences.yml") or not rows:
            continue
        cells = []
        for threshold in SWEEP:
            got = []
            for case, row in zip(cases, rows):
                detection = analyse(case["text"], _diet_indice(row, threshold), lecteur=False)
                got.append((detection.types, detection.lignes))
            result = score(cases, got)
            cells.append(f"{threshold:.2f}: {100 * result['all'][0] / result['all'][1]:.1f} / "
                         f"{100 * result['false_alarms'][0] / result['false_alarms'][1]:.1f}")
        print(f"  {name}: " + "; ".join(cells))


CONVERSATIONS = sorted((ROOT / "bench" / "data").glob("conversations_*.yml"))


def form_answers() -> dict[str, list[str]]:
    """The distinct messages of each conversation set: openings and answers to the form's questions."""
    out: dict[str, list[str]] = {}
    for path in CONVERSATIONS:
        seen: dict[str, None] = {}
        for conversation in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("conversations") or []:
            for text in [*(conversation.get("opening") or []), *(conversation.get("answers") or {}).values()]:
                if isinstance(text, str) and text.strip():
                    seen.setdefault(text.strip())
        out[path.name] = list(seen)
    return out


def form_answers_report() -> None:
    sets = form_answers()
    parsed = parse_with_model(model_path(), [t for texts in sets.values() for t in texts])
    if not parsed:
        return
    print("\nEmergencies read in the conversation sets' messages (openings and form answers): "
          "by the rules; by the learned reader alone (what the safety net adds); by DIET's vote alone "
          "(no longer counted) at each DIET threshold")
    i = 0
    for name, texts in sets.items():
        rows, i = parsed[i:i + len(texts)], i + len(texts)
        par_les_regles = [bool(analyse(text, lecteur=False)) for text in texts]
        regles = sum(par_les_regles)
        lecteur_seul = [f"{detection.types[0]:9}  {text[:110]}" for text, lu in zip(texts, par_les_regles)
                        if not lu and (detection := analyse(text))]
        cells, diet_seules = [], []
        for threshold in SWEEP:
            diet = 0
            for text, row in zip(texts, rows):
                detection = analyse(text, _diet_indice(row, threshold), lecteur=False)
                if detection and all(":diet:" in s for s in detection.signaux):
                    diet += 1
                    if threshold == SWEEP[0]:
                        confidence = ((row.get("urgence") or {}).get("diet") or [None, 0.0])[1]
                        diet_seules.append(f"{detection.types[0]:9} {confidence:.2f}  {text[:110]}")
            cells.append(f"{threshold:.2f}: {diet}")
        print(f"  {name} ({len(texts)} messages): rules {regles}; reader alone {len(lecteur_seul)}; "
              f"DIET alone " + "; ".join(cells))
        if "heldout" not in name:
            for line in lecteur_seul:
                print(f"      reader  {line}")
        if "heldout" not in name:
            for line in diet_seules:
                print(f"      DIET alone: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="dev,heldout", help="dev, heldout or both (dev,heldout)")
    parser.add_argument("--only", default="",
                        help="comma-separated file names (urgences_dev7,urgences_heldout5): only these sets")
    parser.add_argument("--show-heldout-misses", action="store_true")
    parser.add_argument("--sweep", action="store_true",
                        help="only the DIET threshold sweep on the development sets (parses, no servers)")
    parser.add_argument("--no-bot", action="store_true", help="the detector alone, without starting the servers")
    parser.add_argument("--form-answers", action="store_true",
                        help="only the emergencies read in the conversation sets' messages (parses, no servers)")
    args = parser.parse_args()
    if args.form_answers:
        form_answers_report()
        return
    wanted = set(args.sets.split(","))
    sets = {name: load(path) for name, path in SETS.items() if path.exists() and
            (("heldout" in wanted) if name in HELDOUT else ("dev" in wanted))
            and (not args.only or name.split(".")[0] in args.only.split(","))}
    for name, cases in sets.items():
        positives = [c for c in cases if c["type"] != "none"]
        print(f"{name}: {len(cases)} messages, {len(positives)} emergencies "
              f"({sum(bool(c.get('explicit')) for c in positives)} explicit), "
              f"{len(cases) - len(positives)} without emergency")

    regles = {name: score(cases, [(d.types, d.lignes) for d in (analyse(c["text"], lecteur=False) for c in cases)])
              for name, cases in sets.items()}
    table("Rules alone (common/safety.py without its learned reader)", regles)
    detections = {name: [analyse(c["text"]) for c in cases] for name, cases in sets.items()}
    alone = {name: score(cases, [(d.types, d.lignes) for d in detections[name]]) for name, cases in sets.items()}
    table("Detector alone: rules + learned reader (common/safety.py, no Rasa; the reader learnt the dev sets "
          "from dev5 on: training figures there, bench/lecteur_urgences.py for the "
          "development figure)", alone)
    error_kinds(sets, detections)
    if args.no_bot:
        misses("Detector alone", alone, args.show_heldout_misses)
        return
    if args.sweep:
        dev = {name: cases for name, cases in sets.items() if name not in HELDOUT}
        diet_threshold_report(dev, {name: parse_with_model(model_path(), [c["text"] for c in cases])
                                    for name, cases in dev.items()})
        return

    model = model_path()
    bot: dict[str, dict] = {}
    latencies: list[float] = []
    token = secrets.token_hex(8)  # Rasa's HTTP API, for the commune held in the tracker
    with tempfile.TemporaryDirectory() as logdir:
        with action_server(Path(logdir)) as actions_url, \
                rasa_server(model, actions_url, Path(logdir), api_token=token) as url:
            for name, cases in sets.items():
                got = []
                for i, case in enumerate(cases):
                    conversation = Conversation(url, f"bench-safety-{name.split('.')[0]}-{i}", token)
                    start = time.perf_counter()
                    answers = conversation.say(case["text"])
                    latencies.append(time.perf_counter() - start)
                    textes = [a.get("text") or "" for a in answers]
                    tenue = (conversation.tracker().get("slots") or {}).get("commune_nom") if case.get("commune") else None
                    got.append((*lire_reponse(textes), "\n".join(textes), tenue))
                bot[name] = score(cases, got)
    table(f"Real bot over REST ({model.name})", bot)
    latencies.sort()
    print(f"\n  latency per message: median {1000 * statistics.median(latencies):.0f} ms, "
          f"p95 {1000 * latencies[int(0.95 * (len(latencies) - 1))]:.0f} ms")
    parsed = {name: parse_with_model(model, [c["text"] for c in cases]) for name, cases in sets.items()}
    signal_report(sets, parsed)
    diet_threshold_report(sets, parsed)
    misses("Real bot", bot, args.show_heldout_misses)


if __name__ == "__main__":
    from harness.processes import stop_on_sigterm

    stop_on_sigterm()  # `kill` stops the servers it started too
    main()
