"""The safety net's learned reader (common/lecteur_urgences.py) and its training data."""
from __future__ import annotations

import json

import yaml

from common.lecteur_urgences import WEIGHTS, char_ngrams, lecteur, word_ngrams
from common.safety import TYPES, analyse, normalise
from harness.processes import ROOT
from scripts.train_lecteur_urgences import _cases, sources, sources_hash, training_data


def test_the_stored_weights_were_trained_on_the_current_data():
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert stored["sources_sha256"] == sources_hash(), \
        "the training data changed: run .venv-bot/bin/python scripts/train_lecteur_urgences.py and commit the weights"
    assert stored["types"] == list(TYPES)


def test_no_held_out_message_is_learnt():
    learnt = {text for text, _ in training_data()}
    held_out = sorted((ROOT / "bench" / "data").glob("urgences_heldout*.yml"))
    assert held_out
    for path in held_out:
        assert not {normalise(text) for text, _ in _cases(path)} & learnt, path.name
    assert not any("heldout" in p.name for p in sources())


def test_ngrams_are_scikit_learns():
    # char_wb: inside words, padded with one space; a word shorter than n counts once.
    assert char_ngrams("il a", 3, 4) == [" il", "il ", " il ", " a "]
    assert word_ngrams("je veux pas", 1, 2) == ["je", "veux", "pas", "je veux", "veux pas"]
    assert word_ngrams("", 1, 2) == []


def test_the_reader_reads_a_wish_to_die_no_rule_names_and_not_an_ordinary_question():
    reader = lecteur()
    implicite = normalise("jen peux plus de cette vie, je vois plus le bout du tunnel")
    assert reader.indice(implicite) == ("suicide", "lecteur:suicide")
    assert not analyse("jen peux plus de cette vie, je vois plus le bout du tunnel", lecteur=False)
    ordinaire = reader.probabilites(normalise("bonjour, comment faire une demande de RSA à Lyon ?"))
    assert max(ordinaire.values()) < reader.threshold
    assert reader.indice("") is None


def test_answers_to_the_form_are_no_danger_for_the_reader():
    # Ages, « rien », where one lives: the answers a first version took for a child in danger or hunger.
    for answer in ("4 ans", "12 et 16 ans", "rien", "chez mes parents", "oui avec mon mari"):
        assert lecteur().indice(normalise(answer)) is None, answer


def test_the_form_answers_learnt_are_those_of_the_development_conversation_sets_only():
    conversations = [p for p in sources() if p.stem.startswith("conversations")]
    assert conversations and all("_dev" in p.stem for p in conversations)
    first = yaml.safe_load(conversations[0].read_text(encoding="utf-8"))["conversations"][0]
    assert first["answers"]


def _reader_judging(immediat: float, acte_en_cours: float):
    """A reader that reads no danger itself and whose judges of the situation always say yes or no."""
    from common.lecteur_urgences import Lecteur

    return Lecteur({"types": list(TYPES), "situations": ["immediat", "acte_en_cours"], "threshold": 0.6, "veto": 0.0,
                    "seuil_situation": 0.5, "couverture_minimale": 1.0,
                    "intercepts": [-20.0] * len(TYPES) + [immediat, acte_en_cours], "features": []})


def test_the_situation_judges_put_the_emergency_line_first_only_when_they_say_so():
    oui, non = _reader_judging(20.0, 20.0), _reader_judging(-20.0, -20.0)
    # the rules read the danger; the judges decide only which line comes first
    for text, first_yes, first_no in [("mon mari me frappe tous les soirs", "17", "3919"),
                                      ("mon beau-père me frappe, j'ai 12 ans", "17", "119"),
                                      ("je veux mourir", "15", "3114")]:
        with_yes, with_no = analyse(text, lecteur=oui), analyse(text, lecteur=non)
        assert with_yes.types == with_no.types and with_yes.types, text
        assert (with_yes.lignes[0], with_no.lignes[0]) == (first_yes, first_no), text
        assert set(with_no.lignes) <= set(with_yes.lignes), text
    # no danger read: the judges say nothing
    assert not analyse("bonjour, je cherche la CAF de Lyon", lecteur=oui)


def test_the_stored_reader_has_its_situation_judges():
    assert lecteur().noms_situations == ["immediat", "acte_en_cours"]
