"""Judging of the conversation benchmark (bench/conversations.py): which recap facts are errors."""
from __future__ import annotations

from bench.conversations import compare_faits


def test_a_fact_listed_as_nothing_and_never_asked_is_unasked_not_missing():
    expected = {"age": 29, "handicap_taux": 0, "grossesse": False, "chomage": 0}
    got = {"age": 29}
    assert compare_faits(expected, got, asked={"age", "chomage"}) == [
        "unasked handicap_taux", "unasked grossesse", "missing chomage"]


def test_a_fact_listed_with_a_value_is_missing_whether_asked_or_not():
    assert compare_faits({"loyer": 450}, {}, asked=set()) == ["missing loyer"]
    assert compare_faits({"besoins": []}, {}, asked=set()) == ["missing besoins"]


def test_wrong_and_extra_facts_are_still_reported():
    expected = {"age": 29, "enfants": [4, 8]}
    got = {"age": 35, "enfants": [8, 4], "epargne": 200, "handicap_taux": 0}
    assert compare_faits(expected, got, asked=set()) == ["wrong age", "extra epargne"]


def test_a_city_and_one_of_its_arrondissements_match_either_way_two_arrondissements_do_not():
    # the person named Marseille, the writer keyed the 3rd arrondissement (conversations_dev49): the city is no wrong fact
    assert compare_faits({"commune": "Marseille 3e (13)"}, {"commune": "Marseille (13)"}) == []
    assert compare_faits({"commune": "Marseille (13)"}, {"commune": "Marseille 8e (13)"}) == []
    assert compare_faits({"commune": "Marseille 3e (13)"}, {"commune": "Marseille 8e (13)"}) == ["wrong commune"]
    assert compare_faits({"commune": "Lyon (69)"}, {"commune": "Marseille (13)"}) == ["wrong commune"]
