"""Situation actions: note the facts of each message, ask only what is missing, recap, restart.

- ``action_noter``: run when a need, facts or a correction start the form: reads the message.
- ``validate_situation_form``: reads each answer (several facts per message, corrections,
  "je ne sais pas", the commune checked against the knowledge base) and says which question
  comes next (``actions.parcours``); values out of range are refused with an explanation.
- ``action_ask_<slot>``: the questions, with buttons where the answer is a choice.
- ``action_recapituler``: what was understood, to confirm or correct.
- ``action_recommencer``: forget everything and start again.

The logic lives in ``actions.extraction`` and ``actions.parcours``; these classes only read the
tracker and turn the result into events.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import parcours, render, territoire
from actions.message import entites, est_payload, intent, texte
from actions.extraction import INCONNU, RESSOURCES, besoin_de_l_intent, extract, normaliser
from knowledge.territory import commune_by_code

logger = logging.getLogger(__name__)

FORM = "situation_form"
# Slots this module writes (all but the commune ones, which territoire.py owns).
SLOTS_SITUATION = ("age", "en_couple", "nb_enfants", "enfants", "grossesse", "activite", "ressources",
                   *RESSOURCES, "logement", "loyer", "handicap_taux", "perte_autonomie", "nationalite",
                   "besoins", "correction")
# Intents that answer a question of the form. Any other intent (robot?, a question about a
# scheme, a human, goodbye, erasing the data…) is left to the rules unless it carries facts.
INTENTS_REPONSE = {"informer", "corriger", "ne_sait_pas", "affirm", "deny", "choix_numero", "donner_commune",
                   "chercher_ccas", "nlu_fallback", "thanks"}
try:  # urgent danger and human help always go first (actions/urgences.py, issue 6)
    from actions.urgences import INTENTS_PRIORITAIRES
except ImportError:  # pragma: no cover - before the safety module exists
    INTENTS_PRIORITAIRES = frozenset()
INTENTS_LANGUE = {"autre_langue"}
_SANS_REPONSE = re.compile(r"\b(je (ne )?sais pas|j sais pas|jsais pas|jsp|sais pas|chai pas|aucune idee|"
                           r"(je )?prefere (ne )?pas|pas envie de (le dire|repondre)|(veux|voudrais) pas (le dire|repondre)|"
                           r"ne (veux|souhaite) pas repondre|c est personnel|j en sais rien)\b")


# -- reading the tracker -----------------------------------------------------------------

def _message(tracker: Tracker) -> tuple[str, Optional[str], list[dict]]:
    return texte(tracker), intent(tracker), entites(tracker)


def _commune_validee(tracker: Tracker) -> Optional[str]:
    """The INSEE code validated earlier in the conversation (before this message), if any."""
    nom = tracker.get_slot(territoire.SLOT_NOM)
    if not nom:
        return None
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == "commune":
            value = str(event.get("value") or "")
            if territoire.CODE_COMMUNE.match(value):
                commune = commune_by_code(value)
                if commune is not None and commune.nom == nom:
                    return value
    return None


# -- the commune ---------------------------------------------------------------------------

def _noter_commune(tracker: Tracker, requested: Optional[str], texte: str, intent: Optional[str],
                   dispatcher: CollectingDispatcher, autres_faits: bool = False) -> dict[str, Any]:
    """Check a commune named in this message with the knowledge base (slot changes)."""
    courant = tracker.get_slot(territoire.SLOT)
    valide = _commune_validee(tracker)
    choix = list(tracker.get_slot(territoire.SLOT_CHOIX) or [])
    valeurs: list[str] = []
    if courant and courant != valide and courant != INCONNU:
        valeurs = territoire._valeurs(courant)
    if requested == "commune" and not est_payload(texte):
        numero = territoire.NUMERO_CHOIX.match(texte)
        if numero and choix and 1 <= int(numero.group(1)) <= len(choix):
            # A numbered answer to the list of communes (channels without buttons).
            code = choix[int(numero.group(1)) - 1]
            commune = commune_by_code(code)
            if commune is not None:
                return {"commune": commune.code, territoire.SLOT_NOM: commune.nom, territoire.SLOT_CHOIX: None}
        if not valeurs and texte.strip() and intent in INTENTS_REPONSE and \
                intent not in ("ne_sait_pas", "affirm", "deny", "thanks"):
            valeurs = [texte.strip()]
    if not valeurs and requested is None and not valide and texte.strip() and not est_payload(texte):
        # "j'ai besoin d'aide, j'habite a saint denis": the NLU may miss the commune. Exact names
        # after a place word only ("services sociaux" is close to "Sochaux").
        try:
            status, candidates = territoire._chercher(texte, dans_une_phrase=True)
            if status != "unknown" and all(getattr(c, "match", None) not in ("approx", "prefixe")
                                           for c in candidates):
                valeurs = [texte.strip()]
        except Exception:  # noqa: BLE001 - the commune will simply be asked
            logger.exception("Commune search in the message failed")
    if not valeurs:
        return {}
    try:
        status, candidates = territoire.resoudre(valeurs, tracker)
    except Exception:  # noqa: BLE001 - any failure of the knowledge base
        logger.exception("Commune resolution failed")
        dispatcher.utter_message(text=render.texte_erreur())
        return {"commune": valide}
    if status == "found":
        commune = candidates[0]
        return {"commune": commune.code, territoire.SLOT_NOM: commune.nom, territoire.SLOT_CHOIX: None}
    if status == "ambiguous" and (requested == "commune" or not valide):
        # action_ask_commune shows one button per candidate.
        return {"commune": None, territoire.SLOT_CHOIX: [c.code for c in candidates]}
    if requested == "commune" and not autres_faits:
        dispatcher.utter_message(text=render.texte_commune_inconnue(valeurs[0]))
        return {"commune": None, territoire.SLOT_CHOIX: None}
    if requested == "commune":
        return {}  # other facts and no commune in this message: noted, the commune asked again
    # A word taken for a commune in the middle of other facts: keep what was known.
    return {"commune": valide}


def _titre(texte: str) -> str:
    return normaliser(re.sub(r"\((e|s|es)\)", "", texte))


def _bouton_choisi(texte: str, requested: Optional[str]) -> Any:
    """The value of a button answered in words: its number ("2") or its title typed out
    ("sans logement", "Retraitée") on channels or keyboards where buttons are not pressed."""
    if not requested or requested not in parcours.QUESTIONS:
        return None
    boutons = parcours.QUESTIONS[requested][1]
    if not boutons:
        return None
    numero = territoire.NUMERO_CHOIX.match(texte)
    if numero and 1 <= int(numero.group(1)) <= len(boutons):
        payload = boutons[int(numero.group(1)) - 1]["payload"]
    else:
        lu = _titre(texte)
        payload = next((b["payload"] for b in boutons if lu and _titre(b["title"]) == lu), None)
        if payload is None:
            return None
    if payload == "/affirm":
        return True
    if payload == "/deny":
        return False
    if payload == "/ne_sait_pas":
        return INCONNU
    valeur = re.search(r':"([^"]+)"', payload)
    return valeur.group(1) if valeur else None


# -- one message -------------------------------------------------------------------------

def noter(tracker: Tracker, dispatcher: CollectingDispatcher,
          requested: Optional[str]) -> tuple[dict[str, Any], bool]:
    """Slot changes for the facts of the latest message, and whether it answered anything."""
    texte, intent, entities = _message(tracker)
    slots = dict(tracker.slots)
    changes: dict[str, Any] = {}

    besoin = besoin_de_l_intent(intent)
    besoins = parcours.avec_besoin(slots, besoin)
    if besoins is not None:
        changes["besoins"] = besoins

    if est_payload(texte):
        texte_lu = " ".join(f"{e.get('value')}" for e in entities if e.get("entity") != "commune")
    else:
        texte_lu = texte
    # "je préfère pas", "jsp": no answer, whatever the intent (deny would read as "non").
    sans_reponse = intent == "ne_sait_pas" or bool(_SANS_REPONSE.search(normaliser(texte)))
    extraction = extract(texte_lu, entities, requested=requested, intent=None if sans_reponse else intent,
                         known=slots)
    facts = dict(extraction.facts)
    choisi = _bouton_choisi(texte, requested)
    if choisi is not None:
        facts[requested] = choisi

    if sans_reponse and requested and requested != "commune" and requested not in facts:
        facts[requested] = INCONNU
    if sans_reponse and requested == "commune":
        facts["commune"] = INCONNU

    for name, message in extraction.refus.items():
        dispatcher.utter_message(text=message)
        if name == requested or (requested == "ressources" and name in RESSOURCES):
            changes[requested] = None

    # Facts in, later facts replacing earlier ones (corrections).
    for name, value in facts.items():
        if name == "commune":
            changes["commune"] = value
            continue
        changes[name] = value
    montants = [r for r in RESSOURCES if r in facts]
    if montants:
        changes["ressources"] = sum(float(facts[r]) for r in montants)
    elif facts.get("ressources") == INCONNU:
        changes["ressources"] = INCONNU
    nb = changes.get("nb_enfants", slots.get("nb_enfants"))
    ages = changes.get("enfants", slots.get("enfants"))
    if "nb_enfants" in facts and "enfants" not in facts and isinstance(ages, list) and len(ages) != nb:
        changes["enfants"] = None  # ask the ages again for the corrected number
    if nb == 0 and "nb_enfants" in facts:
        changes["enfants"] = []

    if "commune" not in changes:
        changes.update(_noter_commune(tracker, requested, texte, intent, dispatcher, autres_faits=bool(facts)))
    # Only the slots of the domain (pension_alimentaire_recue, autres_ressources may not be asked).
    changes = {k: v for k, v in changes.items() if k in tracker.slots or k == "requested_slot"}
    repondu = bool(facts) or bool(besoin) or any(k in changes for k in ("commune", territoire.SLOT_CHOIX)) or \
        bool(extraction.refus)
    return changes, repondu


def _slots_apres(tracker: Tracker, changes: dict[str, Any]) -> dict[str, Any]:
    slots = dict(tracker.slots)
    slots.update(changes)
    return slots


CORRECTION_ATTENDUE = "attendue"


def prochaine(slots: dict[str, Any]) -> Optional[str]:
    """The next question; "que faut-il corriger ?" once the rest is known, if the recap was refused."""
    suivante = parcours.prochaine_question(slots)
    if suivante is None and slots.get("correction") == CORRECTION_ATTENDUE:
        return "correction"
    return suivante


class ActionNoter(Action):
    """The message that started the form: a need, facts, or a correction ("non" to the recap)."""

    def name(self) -> str:
        return "action_noter"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        _, intent, _ = _message(tracker)
        changes, repondu = noter(tracker, dispatcher, requested=None)
        if intent in ("deny", "corriger") and not repondu:
            changes["correction"] = CORRECTION_ATTENDUE  # the form asks what to correct
        return [SlotSet(k, v) for k, v in changes.items()]


class ValidateSituationForm(FormValidationAction):
    def name(self) -> str:
        return "validate_situation_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        texte, intent, _ = _message(tracker)
        changes: dict[str, Any] = {}
        if intent in INTENTS_PRIORITAIRES and intent not in INTENTS_LANGUE:
            return []  # the safety rules answer first, then the form asks again
        if requested is not None:
            # An answer to the question asked (on activation, action_noter already read the message).
            changes, repondu = noter(tracker, dispatcher, requested)
            if intent in INTENTS_LANGUE and not repondu:
                return []  # "0" or "Lyon" may look like another language: only then the rule answers
            if not repondu:
                if intent not in INTENTS_REPONSE:
                    return []  # not an answer: the rules handle it, then the form asks again
                changes[requested] = None  # not understood: asked again
            if requested == "correction":
                changes["correction"] = None  # corrected (or nothing to correct): recap again
        else:
            # Activation: action_noter has read the message, but the form fills the commune slot
            # again from the raw entity ("saint denis"): check it against the knowledge base again.
            courant = tracker.get_slot(territoire.SLOT)
            if courant and courant != INCONNU and not territoire.CODE_COMMUNE.match(str(courant)):
                changes.update(_noter_commune(tracker, None, texte, intent, dispatcher))
        slots = _slots_apres(tracker, changes)
        suivante = prochaine(slots)
        events: list[EventType] = [SlotSet(k, v) for k, v in changes.items()]
        events.append(SlotSet("requested_slot", suivante))
        return events


# -- questions -------------------------------------------------------------------------------

class _ActionAsk(Action):
    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        texte, boutons = parcours.QUESTIONS[self.slot]
        render.envoyer(dispatcher, tracker, text=texte, buttons=list(boutons) or None)
        return []


for _slot in parcours.QUESTIONS:
    _name = "ActionAsk" + "".join(p.capitalize() for p in _slot.split("_"))
    globals()[_name] = type(_name, (_ActionAsk,), {"slot": _slot, "__module__": __name__})


# -- recap and restart --------------------------------------------------------------------------

def texte_recapitulatif(slots: dict[str, Any]) -> str:
    label = None
    code = slots.get("commune")
    if code and code != INCONNU:
        try:
            commune = commune_by_code(str(code))
            label = commune.label if commune is not None else None
        except Exception:  # noqa: BLE001 - the recap still works without the label
            logger.exception("Commune label lookup failed")
    lignes = parcours.recapitulatif(slots, label)
    return ("Voici ce que j'ai compris :\n" + "\n".join(f"- {l}" for l in lignes) +
            "\n\nEst-ce correct ? Répondez « oui » pour voir les aides possibles, "
            "ou dites ce qu'il faut corriger (par exemple « j'ai 3 enfants »).")


class ActionRecapituler(Action):
    def name(self) -> str:
        return "action_recapituler"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        render.envoyer(dispatcher, tracker, text=texte_recapitulatif(dict(tracker.slots)),
                       buttons=[{"title": "Oui, c'est correct", "payload": "/affirm"},
                                {"title": "Corriger", "payload": "/deny"}])
        return []


class ActionRecommencer(Action):
    def name(self) -> str:
        return "action_recommencer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        render.envoyer(dispatcher, tracker, text="D'accord, on recommence depuis le début : j'ai oublié ce que "
                                                 "vous m'aviez dit. Dites-moi avec vos mots ce qui vous arrive.")
        noms = (*SLOTS_SITUATION, "commune", territoire.SLOT_NOM, territoire.SLOT_CHOIX, "dispositif",
                "requested_slot")
        return [SlotSet(nom, None) for nom in noms if nom in tracker.slots or nom == "requested_slot"]
