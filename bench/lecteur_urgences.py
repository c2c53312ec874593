"""Benchmark: the safety net's learned reader on development sets it did not learn (leave-one-out).

The reader (``common/lecteur_urgences.py``) learns every emergency development set written
apart from dev5 on, so its figures there are training figures. This bench gives the development
figure: for each of those sets, it trains the reader again without that set
(``scripts/train_lecteur_urgences.py``: same data, same settings) and reads the set with the
rules alone, with the rules + that reader without its veto, with the reader but without its judges of which line comes
first (``situations``), and with all of it (``common.safety.analyse``, no Rasa): recall, recall on
explicit messages, the line named first, false alarms; then the reader's threshold and its line judges' threshold swept.
The held-out sets are never read here (``bench/safety.py`` measures them through the real bot).
Asserts nothing. Needs scikit-learn, which comes with Rasa: run by the action environment, it
runs itself again in the bot environment.

    python bench/lecteur_urgences.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

try:
    import sklearn  # noqa: F401
except ImportError:
    from harness.processes import BOT_BIN
    os.execv(str(BOT_BIN / "python"), [str(BOT_BIN / "python"), __file__, *sys.argv[1:]])

from common.lecteur_urgences import Lecteur  # noqa: E402
from common.safety import analyse, normalise  # noqa: E402
from scripts.train_lecteur_urgences import _cases, fit, situation_data, sources, training_data  # noqa: E402

THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
SITUATION_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def _score(cases: list[dict], detections: list) -> dict[str, tuple[int, int]]:
    positives = [(c, d) for c, d in zip(cases, detections) if c["types"]]
    explicit = [(c, d) for c, d in positives if c.get("explicit")]
    with_lines = [(c, d) for c, d in positives if c.get("lines")]
    negatives = [d for c, d in zip(cases, detections) if not c["types"]]
    return {"recall": (sum(c["types"][0] in d.types for c, d in positives), len(positives)),
            "explicit": (sum(c["types"][0] in d.types for c, d in explicit), len(explicit)),
            "line first": (sum(d.lignes[:1] == (str(c["lines"][0]),) for c, d in with_lines), len(with_lines)),
            "false alarms": (sum(bool(d.types) for d in negatives), len(negatives))}


def _pct(pair: tuple[int, int]) -> str:
    return f"{100 * pair[0] / pair[1]:5.1f} %" if pair[1] else "    —"


def main() -> None:
    import yaml

    dev = [p for p in sources() if p.parent.name == "cases" and p.stem != "urgences"]
    data = training_data()
    situations = situation_data()
    print(f"Reader trained on {len(data)} messages; leave-one-out over {', '.join(p.stem for p in dev)}")
    totals: dict[str, dict[str, list[int]]] = {}
    sweep: dict[float, list[int]] = {t: [0, 0, 0, 0] for t in THRESHOLDS}
    sweep_situation: dict[float, list[int]] = {t: [0, 0] for t in SITUATION_THRESHOLDS}
    for path in dev:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        cases = [{**case, "types": types} for case, (_, types) in zip(raw, _cases(path))]
        left_out = {normalise(c["text"]) for c in cases}
        kept = [(text, types) for text, types in data if text not in left_out]
        reader = Lecteur(fit(kept, [row for row in situations if row[0] not in left_out]))
        sans_situations = Lecteur(fit(kept))
        rules = [analyse(c["text"], lecteur=False) for c in cases]

        def with_reader(threshold: float, veto: float) -> list:
            reader.threshold, reader.veto = threshold, veto
            return [analyse(case["text"], lecteur=reader) for case in cases]

        settings = (reader.threshold, reader.veto)
        rows = {"rules alone": _score(cases, rules),
                "rules + reader, no veto": _score(cases, with_reader(settings[0], 0.0)),
                "reader, no line judges": _score(cases, [analyse(c["text"], lecteur=sans_situations) for c in cases]),
                "rules + reader": _score(cases, with_reader(*settings))}
        print(f"\n{path.name} ({len(cases)} messages, the reader trained without it)")
        for name, result in rows.items():
            print(f"  {name:24}" + "".join(f"  {k} {_pct(v)} ({v[0]}/{v[1]})" for k, v in result.items()))
            for k, v in result.items():
                totals.setdefault(name, {}).setdefault(k, [0, 0])
                totals[name][k][0] += v[0]
                totals[name][k][1] += v[1]
        for threshold in THRESHOLDS:
            result = _score(cases, with_reader(threshold, settings[1]))
            sweep[threshold][0] += result["recall"][0]
            sweep[threshold][1] += result["recall"][1]
            sweep[threshold][2] += result["false alarms"][0]
            sweep[threshold][3] += result["false alarms"][1]
        reader.threshold, reader.veto = settings
        seuil = reader.seuil_situation
        for threshold in SITUATION_THRESHOLDS:
            reader.seuil_situation = threshold
            result = _score(cases, [analyse(case["text"], lecteur=reader) for case in cases])
            sweep_situation[threshold][0] += result["line first"][0]
            sweep_situation[threshold][1] += result["line first"][1]
        reader.seuil_situation = seuil
    print("\nAll left-out sets together")
    for name, result in totals.items():
        print(f"  {name:24}" + "".join(f"  {k} {_pct(tuple(v))}" for k, v in result.items()))
    print("\nThe reader's threshold, with its veto (rules + reader, all left-out sets): recall / false alarms")
    print("  " + "; ".join(f"{t:.1f}: {_pct((r, n))} / {_pct((f, m))}" for t, (r, n, f, m) in sweep.items()))
    print("\nThe line judges' threshold (rules + reader, all left-out sets): line named first")
    print("  " + "; ".join(f"{t:.1f}: {_pct((r, n))} ({r}/{n})" for t, (r, n) in sweep_situation.items()))


if __name__ == "__main__":
    main()
