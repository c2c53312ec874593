"""`rasa` with one fix for the benchmarks, run by the bot environment's Python:

    .venv-bot/bin/python bench/rasa_cli.py test nlu ...

``rasa test nlu`` "undoes" the FallbackClassifier's prediction (scores the intent as if the
fallback were not there) with a ``copy.deepcopy`` of the whole parse result, spaCy ``Doc``
and its vocabulary included: about a second per message that fell back. A shallow copy gives
the same result (only the two intent keys are replaced), so the figures are unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Dict

# Run as a script, bench/ is first on the path: its modules (nlu, load, web...) must not shadow others.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from rasa.nlu.classifiers import fallback_classifier  # noqa: E402
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY  # noqa: E402


def undo_fallback_prediction(prediction: Dict[str, Any]) -> Dict[str, Any]:
    ranking = prediction.get(INTENT_RANKING_KEY, [])
    if len(ranking) < 2:
        return prediction
    return {**prediction, INTENT: ranking[1], INTENT_RANKING_KEY: ranking[1:]}


fallback_classifier.undo_fallback_prediction = undo_fallback_prediction

if __name__ == "__main__":
    from rasa.__main__ import main

    sys.argv = ["rasa", *sys.argv[1:]]
    main()
