"""Benchmark: the bot's per-turn latency over the REST channel, and the time training takes (issue 5).

Starts the action server and the Rasa server (the current model, unpacked or trained now if missing) on
free loopback ports, then plays complete conversations (a need, the questions answered from a
profile, the recap confirmed, the orientation) until a few hundred turns have been sent. Each
turn is timed from the request to the full answer. Turns are split in two: those that end with
an orientation (the eligibility engine and OpenFisca run) and all the others (questions, recap).
Prints p50/p95/max for each group and the training time recorded by scripts/train.sh for the
model. Asserts nothing. Aim (issue 5): p95 under 300 ms for the turns without an orientation.

    .venv-actions/bin/python bench/dialogue.py [--turns 300]
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.dialogue import dernier_texte, question_posee  # noqa: E402
from harness.model import model_path  # noqa: E402
from harness.servers import Conversation, action_server, rasa_server  # noqa: E402

# (first message, answers to whatever question is asked): people of the e2e tests, varied.
PROFILS = [
    ("je n'arrive plus a payer mon loyer",
     {"commune": "Lyon 8e", "age": "42", "en_couple": "oui", "nb_enfants": "2", "enfants": "4 et 9 ans",
      "loyer": "750", "logement": "locataire", "activite": "salarié", "revenus_activite": "1600 euros"}),
    ("jai 35 ans je vis seul sans enfant a Villeurbanne, je suis locataire loyer 500 euros",
     {"activite": "sans activité", "ressources": "rien"}),
    ("je cherche du travail",
     {"commune": "Rennes", "age": "22", "en_couple": "non", "nb_enfants": "0", "activite": "au chômage",
      "chomage": "rien", "logement": "hébergé par des proches", "handicap_taux": "non"}),
    ("ma mere a 82 ans et ne peut plus vivre seule",
     {"commune": "Pau", "age": "82", "en_couple": "non", "perte_autonomie": "oui", "retraite": "900",
      "logement": "proprietaire", "nb_enfants": "0", "activite": "retraitée"}),
    ("je n'ai pas de mutuelle",
     {"commune": "69100", "age": "51", "en_couple": "oui", "nb_enfants": "1", "enfants": "15 ans",
      "activite": "salarié", "revenus_activite": "1400", "logement": "locataire", "loyer": "620",
      "nationalite": "française"}),
    ("je suis handicapé et je n'ai plus d'argent",
     {"commune": "Nantes", "age": "38", "en_couple": "non", "nb_enfants": "0", "handicap_taux": "80 %",
      "activite": "sans activité", "ressources": "rien", "logement": "locataire", "loyer": "450"}),
]
FALLBACK = "je ne sais pas"


def play(url: str, sender: str, premier: str, reponses: dict[str, str],
         timings: dict[str, list[float]]) -> int:
    """One conversation to its orientation; returns the number of turns sent."""
    conversation = Conversation(url, sender)
    message, turns = premier, 0
    for _ in range(20):
        start = time.perf_counter()
        answers = conversation.say(message)
        elapsed = time.perf_counter() - start
        turns += 1
        orientation = any(isinstance(a.get("custom"), dict) and
                          (a["custom"].get("data", a["custom"]).get("kind") == "orientation") for a in answers)
        timings["orientation" if orientation else "autres"].append(elapsed)
        if orientation:
            return turns
        slot = question_posee(dernier_texte(answers))
        message = "oui" if slot == "recap" else reponses.get(slot or "", FALLBACK)
    return turns


def figures(name: str, values: list[float]) -> None:
    if not values:
        print(f"  {name:28} no turn")
        return
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    print(f"  {name:28} {len(values):4} turns   p50 {1000 * statistics.median(values):6.0f} ms   "
          f"p95 {1000 * p95:6.0f} ms   max {1000 * values[-1]:6.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=300, help="turns to send at least (default 300)")
    args = parser.parse_args()
    model = model_path()
    timings: dict[str, list[float]] = {"orientation": [], "autres": []}
    conversations = 0
    with tempfile.TemporaryDirectory() as logdir:
        with action_server(Path(logdir)) as actions_url, rasa_server(model, actions_url, Path(logdir)) as url:
            # One warm-up conversation (OpenFisca loads on the first orientation), not counted.
            play(url, "bench-dialogue-warmup", *PROFILS[0], {"orientation": [], "autres": []})
            sent = 0
            for i, (premier, reponses) in zip(itertools.count(), itertools.cycle(PROFILS)):
                if sent >= args.turns:
                    break
                sent += play(url, f"bench-dialogue-{i}", premier, reponses, timings)
                conversations += 1
    print(f"Real bot over REST ({model.name}): {conversations} conversations, "
          f"{sum(map(len, timings.values()))} turns, one at a time")
    figures("turns without orientation", timings["autres"])
    figures("turns with the orientation", timings["orientation"])
    seconds = ROOT / "bot" / "trained" / model.with_suffix("").with_suffix(".seconds").name
    if seconds.exists():
        print(f"  rasa train for this model: {seconds.read_text().strip()} s (scripts/train.sh)")
    else:
        print("  rasa train time: not recorded (model trained before scripts/train.sh recorded it)")


if __name__ == "__main__":
    main()
