"""Emergency and human-help actions against the real knowledge base (no mock of ``knowledge``)."""
from __future__ import annotations

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.humain import ActionAideHumaine, handoff_url
from actions.territoire import INTENTS_HORS_REPONSE
from actions.urgences import (INTENTS_PRIORITAIRES, ActionApresUrgence, ActionUrgence, commune_du_message,
                              lire_reponse, texte_urgence)
from common.safety import TYPES, analyse


def _tracker(text: str, intent: str, *, slots: dict[str, Any] | None = None,
             loop: str | None = None, parse: dict[str, Any] | None = None,
             events: list[dict] | None = None) -> Tracker:
    return Tracker(sender_id="test", slots=slots or {},
                   latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [],
                                   **(parse or {})},
                   events=events or [], paused=False, followup_action=None,
                   active_loop={"name": loop} if loop else {}, latest_action_name="action_listen")


def _slots(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def _run(action, tracker: Tracker) -> tuple[str, list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return "\n".join(m.get("text") or "" for m in dispatcher.messages), events


@pytest.mark.parametrize("kind,number", [("suicide", "3114"), ("violences", "17"), ("enfant", "119"),
                                         ("sans_abri", "115"), ("medicale", "15")])
def test_the_number_to_call_comes_first(kind, number):
    text = texte_urgence(kind)
    first = text.split("\n\n")[0]
    assert number in first
    assert "gratuit" in first
    assert "vérifié le 23 novembre 2026" in text


def test_suicide_answer_also_gives_the_immediate_danger_numbers():
    first = texte_urgence("suicide").split("\n\n")[0]
    assert "3114" in first and "15" in first and "112" in first
    assert first.index("3114") < first.index("112")


@pytest.mark.parametrize("kind,lignes", [("suicide", ("15", "3114")), ("enfant", ("17", "119")),
                                         ("violences", ("114", "17", "3919"))])
def test_the_line_the_detector_puts_first_is_named_first(kind, lignes):
    """An attempt under way, a child hurt right now, a person who cannot speak: the reply names the
    detector's first line before its usual paragraph, and stays readable as the same emergency."""
    from common.safety import Detection
    text = texte_urgence(kind, detection=Detection(types=(kind,), lignes=lignes))
    types, named = lire_reponse([text])
    assert types[0] == kind
    assert named[0] == lignes[0]
    assert set(lignes) <= set(named)


def test_a_medical_emergency_abroad_names_the_112_and_not_the_15_as_the_one_to_call():
    """The 15 answers only in France: abroad in Europe, the 112 (common.safety, « lieu:etranger »)."""
    from common.safety import analyse
    detection = analyse("on est en Espagne et mon père vient de perdre connaissance, il ne respire plus", lecteur=False)
    text = texte_urgence("medicale", detection=detection)
    types, named = lire_reponse([text])
    assert types[0] == "medicale" and named[0] == "112"
    assert "ne répond qu'en France" in text and not text.startswith("D'abord")
    short = texte_urgence("medicale", detection=detection, doux=True)
    assert "112" in short


def test_no_extra_sentence_when_the_paragraph_already_names_the_first_line():
    from common.safety import Detection
    text = texte_urgence("suicide", detection=Detection(types=("suicide",), lignes=("3114",)))
    assert not text.startswith("D'abord")
    assert lire_reponse([text])[1][0] == "3114"


def test_violence_answer_gives_police_sms_and_listening_line():
    first = texte_urgence("violences").split("\n\n")[0]
    assert all(n in first for n in ("17", "114", "3919"))


def test_emergency_outside_a_form_offers_to_go_on():
    text, events = _run(ActionUrgence(), _tracker("je veux mourir", "urgence_suicide"))
    assert text.startswith("Merci de me l'avoir écrit")
    assert "Je reste là" in text
    assert {"event": "slot", "name": "urgence", "value": "suicide", "timestamp": None} in events
    assert not any(e.get("event") == "followup" for e in events)


def test_emergency_in_a_form_hands_back_to_the_form():
    text, events = _run(ActionUrgence(), _tracker("il me frappe", "urgence_violences", loop="ccas_form"))
    assert "3919" in text and "reprenons" in text
    assert {"event": "followup", "name": "ccas_form", "timestamp": None} in events


def test_a_danger_only_the_classifier_read_in_a_form_answer_gets_the_lines_in_short():
    # « à peu près 600 par mois en ce moment, ma femme travaille pas »: DIET alone read violence now.
    from common.safety import Detection
    detection = Detection(types=("violences",), lignes=("17", "3919"), signaux=("violences:diet:urgence_violences",),
                          immediat=True)
    text, events = _run(ActionUrgence(), _tracker("a peu pres 600 par mois en ce moment, ma femme travaille pas",
                                                  "urgence_violences", loop="situation_form",
                                                  parse={"urgence": detection.to_dict()}))
    assert text.startswith("Au cas où") and "Vous êtes en danger" not in text
    assert lire_reponse([text])[1][:2] == ("17", "3919") and "continuons" in text
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    # a rule's reading in a form answer still gets the whole answer
    text, _ = _run(ActionUrgence(), _tracker("il me frappe", "urgence_violences", loop="situation_form"))
    assert not text.startswith("Au cas où") and "3919" in text


def test_other_dangers_in_the_same_message_are_recalled():
    text, _ = _run(ActionUrgence(), _tracker("mon mari me frappe et frappe les enfants", "urgence_enfant"))
    assert text.index("119") < text.index("3919")


def test_hunger_gives_the_food_aid_contacts_of_the_commune():
    text, _ = _run(ActionUrgence(), _tracker("j'ai faim", "urgence_faim", slots={"commune": "69266"}))
    assert "Villeurbanne" in text and "CCAS" in text
    text, _ = _run(ActionUrgence(), _tracker("j'ai faim", "urgence_faim"))
    assert "Restos du Cœur" in text and "votre commune" in text


def test_unknown_intent_is_not_an_emergency():
    text, events = _run(ActionUrgence(), _tracker("bonjour", "greet"))
    assert text == "" and events == []


def test_forms_do_not_take_priority_intents_as_answers():
    assert {f"urgence_{t}" for t in TYPES} <= INTENTS_PRIORITAIRES <= INTENTS_HORS_REPONSE


def test_human_help_with_a_known_commune(monkeypatch):
    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    text, events = _run(ActionAideHumaine(), _tracker("je veux parler à quelqu'un", "demander_humain",
                                                      slots={"commune": "69266", "urgence": "sans_abri"},
                                                      loop="ccas_form"))
    assert "CCAS de Villeurbanne" in text
    assert "Allô Service Public" in text
    assert "115" in text
    assert "prévenu" not in text
    assert {"event": "followup", "name": "ccas_form", "timestamp": None} in events


def test_human_help_after_two_misunderstandings_without_commune(monkeypatch):
    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    text, _ = _run(ActionAideHumaine(), _tracker("blabla", "nlu_fallback"))
    assert text.startswith("Je n'arrive pas à bien vous comprendre")
    assert "votre commune" in text


def test_handoff_is_off_by_default(monkeypatch):
    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    assert handoff_url() is None


def test_handoff_webhook_is_called_when_configured(monkeypatch):
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):  # silence
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("HANDOFF_WEBHOOK_URL", f"http://127.0.0.1:{server.server_port}/handoff")
        text, _ = _run(ActionAideHumaine(), _tracker("un humain svp", "demander_humain",
                                                     slots={"commune": "69266"}))
    finally:
        server.shutdown()
    assert received == [{"sender_id": "test", "reason": "demande", "commune": "69266", "urgence": None}]
    assert "prévenu l'équipe" in text


def test_handoff_failure_still_answers(monkeypatch):
    monkeypatch.setenv("HANDOFF_WEBHOOK_URL", "http://127.0.0.1:9/nowhere")
    text, _ = _run(ActionAideHumaine(), _tracker("un humain svp", "demander_humain"))
    assert "Allô Service Public" in text and "prévenu" not in text


def _fallback_tracker(intents: list[str]) -> Tracker:
    events = [{"event": "user", "text": "…", "parse_data": {"intent": {"name": i}}} for i in intents]
    return Tracker(sender_id="test", slots={}, latest_message={"text": "…", "intent": {"name": intents[-1]}},
                   events=events, paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


def test_not_understood_once_asks_to_say_it_otherwise(monkeypatch):
    from actions.humain import ActionPasCompris

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionPasCompris().run(dispatcher, _fallback_tracker(["greet", "nlu_fallback"]), {}))
    assert dispatcher.messages[0]["response"] == "utter_default"


def test_not_understood_twice_in_a_row_offers_a_person(monkeypatch):
    from actions.humain import ActionPasCompris

    monkeypatch.delenv("HANDOFF_WEBHOOK_URL", raising=False)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionPasCompris().run(dispatcher, _fallback_tracker(["nlu_fallback", "nlu_fallback"]), {}))
    assert "Allô Service Public" in dispatcher.messages[0]["text"]


@pytest.mark.parametrize("intent, besoin", [("urgence_violences", "violence"), ("urgence_faim", "alimentation"),
                                            ("urgence_sans_abri", "logement")])
def test_the_need_behind_the_emergency_is_kept_for_the_orientation(intent, besoin):
    _, events = _run(ActionUrgence(), _tracker("aidez moi", intent, slots={"besoins": ["sante"]}))
    assert {"event": "slot", "name": "besoins", "value": ["sante", besoin], "timestamp": None} in events


def test_a_need_already_known_is_not_added_twice():
    _, events = _run(ActionUrgence(), _tracker("il me frappe", "urgence_violences", slots={"besoins": ["violence"]}))
    assert not any(e.get("name") == "besoins" for e in events)
    _, events = _run(ActionUrgence(), _tracker("je veux mourir", "urgence_suicide"))
    assert not any(e.get("name") == "besoins" for e in events)


# -- the right line for the right person -----------------------------------------------------

def _buttons(action, tracker: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return [b for m in dispatcher.messages for b in m.get("buttons") or []]


def test_a_child_in_the_middle_of_a_form_gets_the_119_and_no_form_question():
    text, events = _run(ActionUrgence(), _tracker("j'ai 11 ans et mon père me frappe", "urgence_enfant",
                                                  slots={"requested_slot": "age"}, loop="situation_form"))
    assert lire_reponse([text])[1][0] == "119"
    assert "Quel âge" not in text and "entre 14 et 120" not in text
    assert not any(e.get("event") == "followup" for e in events)
    assert {"event": "active_loop", "name": None, "timestamp": None} in events
    assert _slots(events).get("requested_slot", "absent") is None


def test_the_answer_follows_the_detection_of_the_parse_data():
    immediat = analyse("il est derrière la porte avec un couteau").to_dict()
    text, _ = _run(ActionUrgence(), _tracker("il est derrière la porte avec un couteau", "urgence_violences",
                                             parse={"urgence": immediat}))
    assert lire_reponse([text]) == (("violences",), ("17", "112", "114", "3919"))
    calme = analyse("mon mari me force à avoir des rapports").to_dict()
    text, _ = _run(ActionUrgence(), _tracker("mon mari me force à avoir des rapports", "urgence_violences",
                                             parse={"urgence": calme}))
    assert lire_reponse([text])[1][:2] == ("3919", "17")


@pytest.mark.parametrize("message", [
    "j'ai avalé toute ma plaquette de somnifères il y a une heure",
    "jai 14 ans jveux mourir mon pere me bat",
    "il m'a frappée et mise dehors avec les enfants, on est dans la rue",
    "je dors dehors et j'ai rien mangé depuis deux jours",
    "mon conjoint frappe les enfants et moi aussi",
])
def test_every_danger_of_the_message_is_answered_most_urgent_first(message):
    detection = analyse(message)
    text = texte_urgence(detection.types[0], list(detection.types), detection=detection)
    types, lignes = lire_reponse(text.split("\n\n"))
    assert types == detection.types
    assert lignes[0] == detection.lignes[0]
    assert all(line in lignes for line in detection.lignes)


# -- nothing in the message is lost or misread ---------------------------------------------------

def test_the_commune_and_the_need_of_an_emergency_message_are_kept():
    message = "je dors dans ma voiture à Bordeaux depuis que j'ai perdu mon logement, je voudrais le RSA"
    tracker = _tracker(message, "urgence_sans_abri", slots={"commune": "Bordeaux"})
    text, events = _run(ActionUrgence(), tracker)
    slots = _slots(events)
    assert lire_reponse([text])[1][0] == "115"
    assert slots["commune"] == "33063" and slots["commune_nom"] == "Bordeaux"
    assert slots["besoins"] == ["logement", "argent"]
    assert slots["logement"] == "sans_domicile"
    assert "à Bordeaux" in text
    assert [b["payload"] for b in _buttons(ActionUrgence(), tracker)] == ["/affirm", "/deny"]


@pytest.mark.parametrize("message", ["mon père me frappe", "ma mère me bat, elle me tape sur le bras",
                                     "je suis à la rue", "il m'a frappé au dos et au bras"])
def test_family_words_and_body_parts_are_never_communes(message):
    assert commune_du_message(message) == (None, [])


def test_a_word_taken_for_a_commune_is_dropped_and_the_commune_known_before_kept():
    _, events = _run(ActionUrgence(), _tracker("mon mari me frappe", "urgence_violences", slots={"commune": "père"},
                                               events=[{"event": "slot", "name": "commune", "value": "69266"}]))
    assert _slots(events)["commune"] == "69266"
    _, events = _run(ActionUrgence(), _tracker("mon mari me frappe", "urgence_violences", slots={"commune": "père"}))
    assert _slots(events)["commune"] is None


def test_communes_are_read_after_a_place_word_or_from_a_postal_code():
    assert commune_du_message("je dors dehors a bordeaux ce soir")[0].nom == "Bordeaux"
    assert commune_du_message("je suis à la rue sur Marseille")[0].nom == "Marseille"
    assert commune_du_message("on dort dehors, 69100")[0].nom == "Villeurbanne"
    commune, candidates = commune_du_message("je dors à Saint-Denis")
    assert commune is None and len(candidates) > 1


def test_the_arrondissement_named_beside_its_city_is_kept():
    assert commune_du_message("j ai 52 ans, je suis a lyon 7e vers jean mace")[0].nom == "Lyon 7e Arrondissement"
    assert commune_du_message("je dors dehors a paris 18")[0].nom == "Paris 18e Arrondissement"
    assert commune_du_message("je dors dehors a paris")[0].nom == "Paris"


def test_a_place_of_the_town_names_the_town():
    assert commune_du_message("je sors de l'hôpital de Mulhouse ce soir, je n'ai nulle part où aller")[0].nom == "Mulhouse"
    assert commune_du_message("personne ne répond au resto du coeur du Lamentin")[0].nom == "Le Lamentin"
    assert commune_du_message("libéré ce matin de la maison d'arrêt de Nanterre, rien pour dormir")[0].nom == "Nanterre"


def test_a_shortened_town_name_offers_the_town_beside_the_village():
    commune, candidates = commune_du_message("je dors dans ma voiture à Charleville")
    assert commune is None and "Charleville-Mézières" in [c.nom for c in candidates]


@pytest.mark.parametrize("message", [
    "je suis seule avec le bébé à la maison",               # not La Maison-Dieu
    "je dors aux urgences de l'hôpital",                   # not L'Hôpital
    "il laisse le petit dans la voiture pour aller au bar",  # not Bar
    "I'm in danger, I need a place tonight",               # not Placé
])
def test_rooms_buildings_and_english_words_are_never_communes(message):
    assert commune_du_message(message) == (None, [])


@pytest.mark.parametrize("message", [
    "il y a moyen de dormir quelque part ce soir ?",       # "a" is the verb: "il y a"
    "il m'a mis dehors avec mes affaires",                 # "m'a": the verb
    "le propriétaire a changé la serrure, je suis dehors",  # a past participle, not the commune Changé
    "je dors dans son garage depuis hier",                 # a determiner opens the phrase
    "il crie sur tout le monde et me frappe",              # three words are not the commune Toutlemonde
])
def test_verbs_determiners_and_common_phrases_are_never_communes(message):
    assert commune_du_message(message) == (None, [])


def test_place_words_articles_departements_and_a_name_standing_alone():
    assert commune_du_message("on habite a brest et on est dehors")[0].nom == "Brest"  # not Abrest
    assert commune_du_message("je dors chez elle à Limoges ce soir")[0].nom == "Limoges"
    assert commune_du_message("je dors dehors au Tampon")[0].nom == "Le Tampon"
    assert commune_du_message("plus de toit depuis le cyclone, on est aux Abymes")[0].nom == "Les Abymes"
    assert commune_du_message("je dors dehors à Saint-Denis 93")[0].departement == "93"
    assert commune_du_message("je dors dehors à Saint-Denis de La Réunion")[0].departement == "974"
    assert commune_du_message("on a plus rien à manger ce soir, Sarcelles")[0].nom == "Sarcelles"
    assert commune_du_message("Cayenne. on a faim depuis hier")[0].nom == "Cayenne"


def test_a_danger_only_the_classifier_read_gives_the_line_and_the_orientation_goes_on():
    """No rule of the detector fired, only DIET's emergency intent: a gentle false alarm. The line is
    given first, the facts of the message are kept, and the form starts instead of the conversation
    ending on the emergency answer."""
    from common.safety import analyse as lire
    message = "on a du mal à finir le mois avec mon mari et nos 3 enfants"
    detection = lire(message, ("enfant", "diet:urgence_enfant"))
    assert detection.types == ("enfant",) and all(":diet:" in s for s in detection.signaux)
    tracker = _tracker(message, "urgence_enfant", parse={"urgence": detection.to_dict()},
                       slots={k: None for k in ("en_couple", "nb_enfants", "enfants", "besoins", "commune")})
    text, events = _run(ActionUrgence(), tracker)
    assert lire_reponse([text])[1][0] == "119"
    assert "continuons" in text
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    slots = _slots(events)
    assert slots.get("en_couple") is True and (slots.get("nb_enfants") == 3 or len(slots.get("enfants") or []) == 3)


def test_a_danger_a_rule_read_still_ends_on_the_emergency_answer():
    from common.safety import analyse as lire
    message = "mon beau-père frappe mon petit frère tous les soirs"
    detection = lire(message, ("enfant", "diet:urgence_enfant"))
    assert any(":diet:" not in s for s in detection.signaux)
    text, events = _run(ActionUrgence(), _tracker(message, "urgence_enfant", parse={"urgence": detection.to_dict()}))
    assert "continuons" not in text
    assert not any(e.get("event") == "followup" for e in events)


def test_an_uncertain_suicide_reading_never_goes_on_to_form_questions():
    from common.safety import Detection
    message = "je suis fatigué de tout en ce moment"
    detection = Detection(types=("suicide",), lignes=("3114",), signaux=("suicide:diet:urgence_suicide",))
    text, events = _run(ActionUrgence(), _tracker(message, "urgence_suicide", parse={"urgence": detection.to_dict()}))
    assert "3114" in text and "continuons" not in text
    assert not any(e.get("event") == "followup" for e in events)


def test_an_uncertain_suicide_reading_of_a_message_naming_a_need_gives_the_line_then_goes_on():
    # Only the classifier read a danger, and the words name a money need: the 3114 first all the same,
    # then the orientation (the family was told to call the line and the conversation stopped).
    from common.safety import Detection
    message = "on a du mal à finir le mois avec mon mari et nos 3 enfants"
    detection = Detection(types=("suicide",), lignes=("3114",), signaux=("suicide:diet:urgence_suicide",))
    text, events = _run(ActionUrgence(), _tracker(message, "urgence_suicide", slots={"besoins": None, "nb_enfants": None},
                                                  parse={"urgence": detection.to_dict()}))
    assert text.index("3114") < text.index("continuons")
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    assert _slots(events).get("besoins") == ["argent"]


def _after_an_emergency_answer(message: str) -> list[dict]:
    """Events of a conversation whose latest message follows the answer to « je dors dehors »."""
    return [{"event": "user", "text": "je dors dehors depuis 2 mois"},
            {"event": "action", "name": "action_urgence"},
            {"event": "bot", "text": "Pour dormir à l'abri ce soir, appelez le 115."},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": message}]


def test_an_uncertain_suicide_reading_of_the_situation_told_after_an_emergency_answer_goes_on():
    # After the 115 answer and its offer to go on, the person gives their age and commune: the
    # classifier alone read a suicide. The 3114 is given first all the same, then the age and the
    # arrondissement are kept and the orientation goes on.
    from common.safety import Detection
    message = "j ai 52 ans, je suis a lyon 7e vers jean mace"
    detection = Detection(types=("suicide",), lignes=("3114",), signaux=("suicide:diet:urgence_suicide",))
    slots = {k: None for k in ("age", "commune", "besoins")} | {"urgences_repondues": ["sans_abri"]}
    text, events = _run(ActionUrgence(), _tracker(message, "urgence_suicide", slots=slots,
                                                  parse={"urgence": detection.to_dict()},
                                                  events=_after_an_emergency_answer(message)))
    assert text.index("3114") < text.index("continuons")
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    assert _slots(events).get("age") == 52 and _slots(events).get("commune") == "69387"


@pytest.mark.parametrize("message, events", [
    # the same words as an opening: no question after a suicide reading
    ("j ai 52 ans, je suis a lyon 7e", []),
    # after an emergency answer, words that tell no situation
    ("je suis fatigué de tout en ce moment", _after_an_emergency_answer("je suis fatigué de tout en ce moment")),
    # after an emergency answer, a relative's situation
    ("ma mère a 80 ans elle est à lyon", _after_an_emergency_answer("ma mère a 80 ans elle est à lyon")),
])
def test_an_uncertain_suicide_reading_stops_on_the_line_unless_the_situation_is_told_after_an_answer(message, events):
    from common.safety import Detection
    detection = Detection(types=("suicide",), lignes=("3114",), signaux=("suicide:diet:urgence_suicide",))
    text, out = _run(ActionUrgence(), _tracker(message, "urgence_suicide", slots={"urgences_repondues": ["sans_abri"]},
                                               parse={"urgence": detection.to_dict()}, events=events))
    assert "3114" in text and "continuons" not in text
    assert not any(e.get("event") == "followup" for e in out)


def test_the_same_danger_written_again_is_not_answered_with_the_same_text():
    text, events = _run(ActionUrgence(), _tracker("je dors toujours dehors ce soir", "urgence_sans_abri",
                                                  slots={"urgences_repondues": ["sans_abri"]}))
    assert "115" in text and not text.startswith("Pour dormir à l'abri ce soir")
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events


def test_going_on_after_the_emergency_starts_the_orientation():
    text, events = _run(ActionApresUrgence(), _tracker("oui", "affirm", slots={
        "urgence": "sans_abri", "commune": "33063", "besoins": ["logement"]}))
    assert "Bordeaux" in text
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    text, events = _run(ActionApresUrgence(), _tracker("non", "deny", slots={"urgence": "sans_abri"}))
    assert "115" in text and not any(e.get("event") == "followup" for e in events)


@pytest.mark.parametrize("message, kind", [
    ("Bonjour je suis malienne j ai une carte de sejour depuis 3 ans, je suis seule avec mon fils de 4 ans", "enfant"),
    ("Ola bonjour, je suis portugais je travaille dans le batiment a bordeaux, ma femme et mes 2 enfants sont venus "
     "me rejoindre", "violences"),
])
def test_a_situation_only_the_classifier_read_as_a_danger_gets_the_lines_in_short_then_the_orientation(message, kind):
    from common.safety import Detection
    ligne = {"enfant": "119", "violences": "3919"}[kind]
    detection = Detection(types=(kind,), lignes=(ligne,), signaux=(f"{kind}:diet:urgence_{kind}",))
    slots = {k: None for k in ("en_couple", "nb_enfants", "enfants", "besoins", "commune", "nationalite", "activite")}
    text, events = _run(ActionUrgence(), _tracker(message, f"urgence_{kind}", slots=slots,
                                                  parse={"urgence": detection.to_dict()}))
    assert text.startswith("Au cas où") and ligne in text.split("\n")[1]
    assert "doit être protégé" not in text and "n'êtes pour rien" not in text
    assert lire_reponse([text])[0] == (kind,)
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    assert _slots(events)  # the facts of the message are kept


def test_a_message_telling_no_situation_keeps_the_whole_answer_of_an_uncertain_reading():
    from common.safety import Detection
    detection = Detection(types=("enfant",), lignes=("119",), signaux=("enfant:diet:urgence_enfant",))
    text, _ = _run(ActionUrgence(), _tracker("j ai peur pour le petit", "urgence_enfant",
                                             slots={"besoins": None}, parse={"urgence": detection.to_dict()}))
    assert not text.startswith("Au cas où") and "119" in text.split("\n\n")[0]


def test_a_danger_written_again_with_a_need_named_goes_on_to_the_orientation():
    # After a medical answer (no questions after it), the person says what they need: the line once
    # more, then the orientation (the conversation stood still, nothing asked).
    from common.safety import Detection
    message = "de l'aide pour payer mon loyer, je me sens toujours pas bien"
    detection = Detection(types=("medicale",), lignes=("15",), signaux=("medicale:diet:urgence_medicale",))
    slots = {"besoins": None, "urgences_repondues": ["medicale"]}
    text, events = _run(ActionUrgence(), _tracker(message, "urgence_medicale", slots=slots,
                                                  parse={"urgence": detection.to_dict()},
                                                  events=_after_an_emergency_answer(message)))
    assert "15" in text
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    assert "impayes_loyer" in (_slots(events).get("besoins") or []) or "logement" in (_slots(events).get("besoins") or [])
    # without a need nor a situation: the line again, nothing asked
    text, events = _run(ActionUrgence(), _tracker("je me sens toujours pas bien", "urgence_medicale", slots=slots,
                                                  parse={"urgence": detection.to_dict()},
                                                  events=_after_an_emergency_answer("je me sens toujours pas bien")))
    assert not any(e.get("event") == "followup" for e in events)


@pytest.mark.parametrize("message, kind", [("non le dernier a eu 3 ans le mois dernier", "suicide"),
                                           ("il y a aussi notre fille de 14 ans", "enfant")])
def test_a_correction_at_the_recap_only_the_classifier_read_as_a_danger_is_noted(message, kind):
    from common.safety import Detection
    ligne = {"suicide": "3114", "enfant": "119"}[kind]
    detection = Detection(types=(kind,), lignes=(ligne,), signaux=(f"{kind}:diet:urgence_{kind}",))
    slots = {"enfants": [2, 6, 11], "nb_enfants": 3, "en_couple": True, "besoins": ["argent"]}
    if kind == "enfant":
        slots.update(enfants=[17], nb_enfants=1)
    recap = [{"event": "action", "name": "action_recapituler"}, {"event": "bot", "text": "Voici ce que j'ai compris"},
             {"event": "action", "name": "action_listen"}, {"event": "user", "text": message}]
    text, events = _run(ActionUrgence(), _tracker(message, f"urgence_{kind}", slots=slots, events=recap,
                                                  parse={"urgence": detection.to_dict()}))
    assert text.startswith("Au cas où") and ligne in text
    assert _slots(events)["enfants"] == ([3, 6, 11] if kind == "suicide" else [17, 14])  # « le dernier »: the youngest
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    if kind == "suicide":  # the same message with no recap before it keeps the whole answer
        text, _ = _run(ActionUrgence(), _tracker(message, f"urgence_{kind}", slots=slots,
                                                 parse={"urgence": detection.to_dict()}))
        assert not text.startswith("Au cas où")


def test_a_relative_s_situation_only_the_classifier_read_as_suicide_gets_the_line_in_short_then_the_orientation():
    from common.safety import Detection
    message = "Bonjour, j'écris pour ma voisine de palier, Mme G., 83 ans, qui vit seule à Avignon"
    detection = Detection(types=("suicide",), lignes=("3114",), signaux=("suicide:diet:urgence_suicide",))
    slots = {k: None for k in ("en_couple", "nb_enfants", "besoins", "commune", "age", "pour_un_proche")}
    text, events = _run(ActionUrgence(), _tracker(message, "urgence_suicide", slots=slots,
                                                  parse={"urgence": detection.to_dict()}))
    assert text.startswith("Au cas où") and "3114" in text
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in events
    assert _slots(events).get("age") == 83 and _slots(events).get("pour_un_proche") is True
    # the person's own words keep the whole answer
    text, events = _run(ActionUrgence(), _tracker("j'ai 83 ans, je vis seule à Avignon", "urgence_suicide",
                                                  slots=slots, parse={"urgence": detection.to_dict()}))
    assert not text.startswith("Au cas où") and "3114" in text.split("\n\n")[0]


def test_a_danger_only_the_classifier_read_again_in_a_form_adds_no_need():
    # « il habite chez moi, il ne paie rien » after a first DIET-only violence reading: the short reminder, no need
    from common.safety import Detection
    detection = Detection(types=("violences",), lignes=("3919", "17"), signaux=("violences:diet:urgence_violences",))
    text, events = _run(ActionUrgence(), _tracker("il habite chez moi, il ne paie rien", "urgence_violences",
                                                  loop="situation_form", slots={"urgences_repondues": ["violences"],
                                                                                "besoins": ["emploi"]},
                                                  parse={"urgence": detection.to_dict()}))
    assert "3919" in text
    assert "besoins" not in _slots(events)


def test_the_situation_an_emergency_message_tells_is_kept_for_the_orientation():
    # « étudiant, 22 ans, … le frigo est vide »: the food answer, then going on did not know the age or the
    # activity any more and asked them again.
    slots = {name: None for name in ("age", "activite", "en_couple", "nb_enfants", "enfants", "logement", "besoins")}
    _, events = _run(ActionUrgence(), _tracker("etudiant a rennes 22 ans, le frigo est vide depuis 3 jours",
                                               "urgence_faim", slots=slots))
    assert _slots(events)["age"] == 22
    assert _slots(events)["activite"] == "etudiant"


def test_a_child_s_situation_is_not_noted():
    slots = {name: None for name in ("age", "activite", "logement", "besoins")}
    _, events = _run(ActionUrgence(), _tracker("j'ai 12 ans et mon beau-père me frappe", "urgence_enfant",
                                               slots=slots))
    assert "age" not in _slots(events)


def test_a_recap_correction_read_as_a_danger_already_answered_is_noted():
    # « en fait mes parents c'est plutôt 200 par mois pas 150 »: DIET alone read a child in danger again (its
    # 119 given earlier in the conversation); the correction was lost behind « le 119 reste joignable ».
    from common.safety import Detection
    detection = Detection(types=("enfant",), lignes=("119",), signaux=("enfant:diet:urgence_enfant",))
    text = "en fait mes parents c plutot 200 par mois pas 150"
    slots = {"urgences_repondues": ["enfant"], "autres_ressources": 150.0, "activite": "etudiant", "ressources": 150.0,
             "besoins": ["logement"]}
    events = [{"event": "action", "name": "action_recapituler"}, {"event": "user", "text": text}]
    said, out = _run(ActionUrgence(), _tracker(text, "urgence_enfant", slots=slots, parse={"urgence": detection.to_dict()},
                                               events=events))
    assert _slots(out)["autres_ressources"] == 200
    assert {"event": "followup", "name": "situation_form", "timestamp": None} in out
    assert "119" not in said


def test_the_needs_an_emergency_message_names_are_kept_too():
    # « elle n'arrive plus à faire sa toilette seule » read by DIET alone as suicide: the autonomy need was lost.
    from common.safety import Detection
    detection = Detection(types=("suicide",), lignes=("3114",), signaux=("suicide:diet:urgence_suicide",))
    slots = {name: None for name in ("age", "perte_autonomie", "logement", "besoins", "pour_un_proche")}
    text = "j'écris pour ma mère de 84 ans, elle n'arrive plus à faire sa toilette seule ni à préparer ses repas"
    _, events = _run(ActionUrgence(), _tracker(text, "urgence_suicide", slots=slots,
                                               parse={"urgence": detection.to_dict()}))
    assert "autonomie" in _slots(events)["besoins"]


def test_a_housing_the_emergency_message_says_is_kept():
    message = "je dors chez des potes a droite a gauche depuis que ma mere ma mis dehors"
    _, events = _run(ActionUrgence(), _tracker(message, "urgence_sans_abri"))
    assert _slots(events).get("logement") == "heberge"


def test_a_grandmother_raising_her_grandson_keeps_her_need_when_only_the_reader_saw_a_child_in_danger():
    # A child in danger only the learned reader read (an adult writing about her family): the need of the
    # classifier's best other intent is kept, as it would have been without the reading.
    from common.safety import Detection
    message = ("bonjour j'eleve mon petit fils de 9 ans depuis 2 ans, sa mere est partie, "
               "je voudrais savoir si j'ai droit a des aides pour lui")
    detection = Detection(types=("enfant",), lignes=("119",), signaux=("enfant:lecteur:enfant",))
    ranking = [{"name": "urgence_enfant", "confidence": 1.0}, {"name": "besoin_famille", "confidence": 0.62},
               {"name": "urgence_faim", "confidence": 0.02}]
    _, events = _run(ActionUrgence(), _tracker(message, "urgence_enfant", slots={"besoins": None},
                                               parse={"urgence": detection.to_dict(), "intent_ranking": ranking}))
    assert _slots(events).get("besoins") == ["famille"]
    # a guess of the classifier is no need
    ranking[1]["confidence"] = 0.2
    _, events = _run(ActionUrgence(), _tracker(message, "urgence_enfant", slots={"besoins": None},
                                               parse={"urgence": detection.to_dict(), "intent_ranking": ranking}))
    assert not _slots(events).get("besoins")


@pytest.mark.parametrize("message, nom, choix", [
    ("je sors du centre de détention d'Argentan demain, pas de logement", "Argentan", []),
    ("Je suis dans ma voiture sur le parking du Leclerc de Landivisiau avec mes deux gamins", "Landivisiau", []),
    ("jsuis en seconde a l'internat de Pontivy et je pense au suicide", "Pontivy", []),
    # a shortened town's name: offered to choose
    ("ma soeur m'a mise dehors ce soir, on est devant la mairie de Carhaix", None, ["Carhaix-Plouguer"]),
    # Paris's stations named after towns are not those towns
    ("je dors gare de Lyon depuis trois jours", None, []),
])
def test_a_place_of_the_town_names_the_commune_of_an_emergency(message, nom, choix):
    commune, candidates = commune_du_message(message)
    assert (commune.nom if commune else None) == nom and [c.nom for c in candidates] == choix


def test_the_answer_for_an_older_person_hurt_by_a_relative_names_the_3977_first_with_its_source():
    from actions.urgences import lire_reponse, texte_urgence
    from common.safety import analyse

    detection = analyse("j'ai 79 ans, mon fils vit chez moi et il me bouscule pour avoir ma pension")
    texte = texte_urgence("violences", detection=detection)
    assert lire_reponse([texte])[1][:2] == ("3977", "17")
    assert "9 h à 19 h" in texte and "gouvernement.fr" in texte


def test_a_grown_up_put_out_at_the_recap_gets_the_115_and_loses_the_home_said_before():
    # « mon cousin m'a mis dehors » from a man of 34 (his age known from the conversation): no child put out (the 119), a
    # night outside; the home said before (hosted by the cousin) is no longer his
    text, events = _run(ActionUrgence(), _tracker(
        "non en fait mon cousin m'a mis dehors hier, je dors sur un banc maintenant, il me faut un endroit pour dormir",
        "urgence_sans_abri", slots={"age": 34, "logement": "heberge", "commune": "93066"}))
    assert "115" in text and "119" not in text
    assert _slots(events).get("logement") == "sans_domicile"


def test_the_classifier_s_child_danger_gives_way_for_a_grown_up_whose_age_is_known():
    text, events = _run(ActionUrgence(), _tracker(
        "mon oncle m'a mis dehors ce matin, je dors dans un parking maintenant", "urgence_enfant",
        slots={"age": 41, "logement": "heberge"}))
    assert "115" in text and "119" not in text


def test_a_common_word_of_the_home_is_no_commune():
    # « la salle de bain » (La Salle), « la grange » (La Grange), « rien à louer » (Louer): small villages' names
    assert commune_du_message("mon voisin est tombé dans la salle de bain, il respire très mal") == (None, [])
    assert commune_du_message("j'ai préparé la corde dans la grange, je veux que ça s'arrête") == (None, [])
    assert commune_du_message("je dors sous une tente, il n'y a rien à louer à Grenoble")[0].nom == "Grenoble"


def test_a_sentence_ends_the_name_of_its_commune():
    # « à Saint-Dizier. La semaine… » was read as Saint-Dizier-la-Tour, offered alone
    assert commune_du_message("il la frappe, ils habitent à Saint-Dizier. La semaine dernière elle avait des bleus")[0].nom \
        == "Saint-Dizier"


def test_a_capitalised_name_after_a_place_word_in_english_or_creole():
    assert commune_du_message("my husband hits me, we live in Narbonne, i have no money")[0].nom == "Narbonne"
    assert commune_du_message("nou pa ni manjé jodi-a pou timoun-yo. Nou Kourou.")[0].nom == "Kourou"
    assert commune_du_message("mwen pa ni koté pou dòmi. Mwen adan Les Abymes")[0].nom == "Les Abymes"


def test_a_capitalised_name_after_de_is_a_town_only_when_it_is_the_only_one():
    assert commune_du_message("mon fils fait une réaction allergique au centre social de Pontarlier")[0].nom == "Pontarlier"
    assert commune_du_message("il ne me reste rien à manger, la mairie du Marin peut m'aider ?")[0].nom == "Le Marin"
    # where one comes from, a street, a prison's short name, a département are not where one is
    assert commune_du_message("je suis arrivée de Paris hier, il m'a laissée à l'aéroport sans rien") == (None, [])
    assert commune_du_message("il m'a frappée, je suis chez moi au 4 rue des Lilas") == (None, [])
    assert commune_du_message("sorti ce matin de la détention de Fleury, je dors où ce soir ?") == (None, [])
    assert commune_du_message("j'ai été placé dans une ferme de Corrèze quand j'étais petit, il me battait") == (None, [])
