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


def test_the_entity_report_is_the_one_of_the_pipelines_extractor(tmp_path):
    import json

    from bench.nlu import entity_f1

    assert entity_f1(tmp_path) is None  # an intent-only pipeline
    (tmp_path / "CRFEntityExtractor_report.json").write_text(json.dumps({"micro avg": {"f1-score": 0.9}}))
    assert entity_f1(tmp_path) == 0.9
    (tmp_path / "StoredCRFEntityExtractor_report.json").write_text(json.dumps({"micro avg": {"f1-score": 0.85}}))
    assert entity_f1(tmp_path) == 0.85
    (tmp_path / "DIETClassifier_report.json").write_text(json.dumps({"micro avg": {"f1-score": 0.8}}))
    assert entity_f1(tmp_path) == 0.8
    # a DIET subclass of bot/rasa_ext (the pipeline's: NoDecodeDIETClassifier) writes its report under its name
    (tmp_path / "DIETClassifier_report.json").unlink()
    (tmp_path / "NoDecodeDIETClassifier_report.json").write_text(json.dumps({"micro avg": {"f1-score": 0.7}}))
    assert entity_f1(tmp_path) == 0.7


def test_the_validation_split_keeps_every_example_once_and_the_test_set_out(tmp_path):
    import yaml

    from bench.pipelines import NLU, split

    n_train, n_val = split(42, tmp_path / "train", tmp_path / "validation.yml")
    train = yaml.safe_load((tmp_path / "train" / "nlu.yml").read_text())["nlu"]
    validation = yaml.safe_load((tmp_path / "validation.yml").read_text())["nlu"]

    def examples(blocks):
        return {(b["intent"], e) for b in blocks if "intent" in b
                for e in (line.strip()[2:] for line in b["examples"].splitlines()) if e}

    seen = examples(train) | examples(validation)
    assert not examples(train) & examples(validation)
    assert len(examples(train)) == n_train and len(examples(validation)) == n_val
    assert 0.15 < n_val / (n_train + n_val) < 0.25
    everything = set()
    for path in NLU.glob("*.yml"):
        everything |= examples(yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"])
    assert seen == everything
    assert any("synonym" in b for b in train) and not any("synonym" in b for b in validation)
    # The same seed gives the same split (the trials compare on one split).
    assert split(42, tmp_path / "again", tmp_path / "again.yml") == (n_train, n_val)
    assert (tmp_path / "again.yml").read_text() == (tmp_path / "validation.yml").read_text()


_GRAPHS = r"""
import glob, json, logging, yaml
logging.disable(logging.CRITICAL)
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.data import TrainingType
out = {}
for path in sorted(glob.glob("bench/pipelines/*.yml")) + ["bot/config.yml"]:
    try:
        DefaultV1Recipe().graph_config_for_recipe(yaml.safe_load(open(path)), {}, TrainingType.NLU)
        out[path] = "ok"
    except Exception as error:  # the component that does not resolve, for the assertion message
        out[path] = f"{type(error).__name__}: {error}"[:300]
print(json.dumps(out))
"""


def test_every_trial_config_names_components_rasa_can_find():
    """A trial names the project's components by their module: one that moved breaks the trial."""
    import json
    import os
    import subprocess

    from harness.processes import BOT_BIN, ROOT

    result = subprocess.run([str(BOT_BIN / "python"), "-c", _GRAPHS], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(out) >= 3 and {path: verdict for path, verdict in out.items() if verdict != "ok"} == {}
