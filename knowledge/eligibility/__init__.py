"""Eligibility engine: ``orient(situation) -> Orientation`` (docs/situation.md).

Cash benefits are computed with OpenFisca-France (loaded once per process),
services are judged by declarative YAML rules under ``rules/``. No Rasa here.
"""
from knowledge.eligibility.orient import Orientation, SchemeResult, orient
from knowledge.eligibility.situation import Situation, SituationError, parse_situation

__all__ = ["Orientation", "SchemeResult", "Situation", "SituationError", "orient", "parse_situation"]
