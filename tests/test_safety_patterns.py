"""The safety net's patterns alone (no Rasa): fast, over the committed case file cases/urgences.yml."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from common.safety import INTENTS, TYPES, detect, normalise, primary, type_of_intent

CASES = yaml.safe_load((Path(__file__).resolve().parents[1] / "cases" / "urgences.yml").read_text())["cases"]
EXPLICIT = [c for c in CASES if c.get("explicit")]


def test_case_file_is_big_enough_and_well_formed():
    assert len(CASES) >= 150
    assert {c["type"] for c in CASES} == {*TYPES, "none"}
    for case in CASES:
        assert case["text"].strip()
        assert case["type"] == "none" or isinstance(case.get("explicit"), bool), case
    assert len({c["text"] for c in CASES}) == len(CASES), "duplicate messages"


@pytest.mark.parametrize("case", EXPLICIT, ids=[c["text"] for c in EXPLICIT])
def test_every_explicit_message_is_caught_with_its_type(case):
    assert primary(case["text"]) == case["type"]


def test_recall_and_precision_over_the_whole_file():
    expected = [c["type"] for c in CASES]
    got = [primary(c["text"]) or "none" for c in CASES]
    positives = [(e, g) for e, g in zip(expected, got) if e != "none"]
    recall = sum(e == g for e, g in positives) / len(positives)
    alarms = [(e, g) for e, g in zip(expected, got) if g != "none"]
    precision = sum(e == g for e, g in alarms) / len(alarms)
    assert recall >= 0.95 and precision >= 0.90, (recall, precision)


@pytest.mark.parametrize("text", [
    "je meurs de faim de réussir cet examen",
    "mon fils me tue avec ses questions",
    "il me tape sur les nerfs",
    "je veux en finir avec mes dettes",
    "on a frappé à la porte",
    "",
    "   ",
])
def test_figures_of_speech_are_not_alarms(text):
    assert detect(text) == []


def test_several_dangers_are_all_reported_most_urgent_first():
    assert detect("mon mari me frappe et frappe les enfants") == ["enfant", "violences"]
    assert detect("j'ai avalé tous mes cachets, je veux mourir")[:2] == ["medicale", "suicide"]


def test_normalise_handles_accents_elisions_and_sms():
    assert normalise("J’ai ENVIE de mourir !") == "j ai envie de mourir"
    assert normalise("jveu mourire") == "je veux mourir"
    assert normalise("chui à la rue") == "je suis a la rue"


def test_intents_map_back_to_types():
    assert INTENTS[0] == "urgence_" + TYPES[0]
    assert all(type_of_intent(i) in TYPES for i in INTENTS)
    assert type_of_intent("greet") is None and type_of_intent(None) is None


@pytest.mark.parametrize("text,kind", [("I want to die", "suicide"), ("he hits me", "violences"),
                                       ("I am homeless", "sans_abri"), ("I'm hungry", "faim")])
def test_a_few_english_phrases_are_caught_too(text, kind):
    assert primary(text) == kind
