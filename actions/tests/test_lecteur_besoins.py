"""The needs' learned reader (actions/lecteur_besoins.py) and its training data."""
from __future__ import annotations

import json

import pytest

from actions.extraction import besoins_de_la_reponse, besoins_lus_dans, extract
from actions.lecteur_besoins import BESOINS, CONTEXTE_DEBUT, WEIGHTS, besoins_lus, lecteur
from scripts.train_lecteur_besoins import _answers, _messages, sources, sources_hash, training_data


def test_the_stored_weights_were_trained_on_the_current_data():
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert stored["sources_sha256"] == sources_hash(), \
        "the training data changed: run .venv-bot/bin/python scripts/train_lecteur_besoins.py and commit the weights"
    assert stored["types"] == list(BESOINS)


def test_no_held_out_message_is_learnt():
    learnt = {text.split(" ", 1)[-1] for text, _, _ in training_data()}
    assert not any("heldout" in p.name for p in sources())
    held_out = [p for p in sorted(sources()[0].parent.glob("*_heldout*.yml")) if p.stem.startswith(("faits", "conversations"))]
    assert held_out
    for path in held_out:
        rows = _answers(path) if path.stem.startswith("conversations") else _messages(path)
        assert not {text.split(" ", 1)[-1] for text, _ in rows} & learnt, path.name


@pytest.mark.parametrize("answer, need", [
    ("de quoi tenir jusqu'à janvier", "argent"),  # no word of a list names money
    ("un travail et une voiture pour y aller", "mobilite"),
])
def test_the_reader_adds_a_need_said_in_words_no_list_holds(answer, need):
    assert need not in besoins_de_la_reponse(answer)
    assert need in besoins_lus(answer, besoins_de_la_reponse(answer))


def test_the_reader_never_takes_a_need_away_nor_adds_violence():
    # the children fed tonight: the words read food (the children are whom it is for: 12 development writers of 12 key the
    # food alone), the reader adds nothing; a need the words read stays whatever the reader reads
    answer = "de quoi manger pour mes enfants ce soir"
    assert besoins_lus(answer, besoins_de_la_reponse(answer)) == ["alimentation"]
    assert besoins_lus(answer, ["alimentation", "famille"]) == ["alimentation", "famille"]
    assert besoins_lus("de quoi manger pour mes enfants ce soir", ["violence"])[0] == "violence"
    assert "violence" not in besoins_lus("qu'il arrête de me frapper, être protégée", [])
    assert besoins_lus("", ["argent"]) == ["argent"]
    # gibberish, emojis: no word the reader knows, no need added (the context's word alone had read money)
    for gibberish in ("xxxxxxxx", "kkkkk lll", "🙂🙂🙂"):
        assert besoins_lus(gibberish, []) == [], gibberish


def test_the_reader_adds_only_what_it_reads_surely():
    # a need it hesitates on (« je ne sais pas », a question about a scheme) is not added
    assert lecteur().threshold >= 0.9
    assert besoins_lus("je ne sais pas", []) == []
    assert besoins_lus("c'est quoi l'AAH ?", []) == []


def test_a_first_message_is_read_by_the_reader_too():
    # (a message typed with no question pending: the reader's context of a first message; an answer to another
    # question keeps the words' needs alone)
    text = "je cherche un boulot et une voiture pour y aller, j'habite a Gueret"
    assert "mobilite" not in extract(text, requested="logement").besoins
    assert extract(text).besoins == besoins_lus_dans(text, extract(text, requested="logement").besoins, CONTEXTE_DEBUT)
    # the reader reads the text without what the words rule out: a need denied stays denied
    assert "argent" not in extract("je n'ai pas besoin d'argent, juste un logement").besoins
