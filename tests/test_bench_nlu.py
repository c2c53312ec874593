"""Scoring of the NLU benchmark (bench/nlu.py): macro-F1 over the test labels, and the
"as answered" reading where only a need answered as its own emergency counts as understood."""
from __future__ import annotations

import pytest

from bench.nlu import as_answered, scores


def test_macro_f1_over_the_labels_of_the_test_set():
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    macro, accuracy, table = scores(pairs)
    assert accuracy == 0.75
    assert table["a"][:2] == (1.0, 0.5)
    assert table["b"][:2] == (pytest.approx(2 / 3), 1.0)
    assert macro == pytest.approx((2 / 3 + 0.8) / 2)


def test_only_a_need_answered_as_its_own_emergency_counts_as_understood():
    pairs = [("besoin_violence", "urgence_violences"), ("besoin_violence", "urgence_faim"),
             ("besoin_alimentation", "urgence_faim"), ("besoin_sante", "urgence_medicale")]
    assert as_answered(pairs) == [("besoin_violence", "besoin_violence"), ("besoin_violence", "urgence_faim"),
                                  ("besoin_alimentation", "besoin_alimentation"),
                                  ("besoin_sante", "urgence_medicale")]
