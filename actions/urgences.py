"""Urgent danger, answered first (issue 6).

``action_urgence`` runs when the intent is ``urgence_<type>`` (from DIET or forced by the
safety net, ``bot/rasa_ext/safety_net.py``). It answers in a few warm lines: the number to
call and what it is for, first; then an offer to go on. When a form is active it hands back
to it (``FollowupAction``): the form asks its question again, every slot kept.

The facts (numbers, free, day and night) were checked on 2026-11-23 on the official sites
named in ``SOURCES``; the numbers themselves also come from the national directory
(``knowledge/directory/national.yaml``, entries ``urgence--*``).
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.message import intent, texte
from actions.parcours import avec_besoin
from common.safety import INTENTS, TYPES, detect, normalise, type_of_intent
from knowledge.contacts import contacts_for_commune
from knowledge.directory.defaults import national_entries
from knowledge.territory import commune_by_code

logger = logging.getLogger(__name__)

CHECKED = "23 novembre 2026"
SLOT_URGENCE = "urgence"
SLOT_COMMUNE = "commune"
# The need (docs/situation.md `besoins`) behind an emergency: kept, so that the orientation that
# may follow the emergency answer starts from it instead of asking again what the person needs.
BESOIN_DE_L_URGENCE = {"violences": "violence", "faim": "alimentation", "sans_abri": "logement"}
# Intents a form must not take as an answer: the rules answer them, then the form resumes.
INTENTS_PRIORITAIRES = frozenset({*INTENTS, "demander_humain", "autre_langue"})

_ALIMENTAIRE = re.compile(r"aliment|repas|restos|epicerie|nourriture|colis|banque alimentaire")
# Where each answer's facts come from (official sites, checked on CHECKED).
SOURCES = {
    "medicale": "service-public.fr (numéros d'urgence)",
    "suicide": "3114.fr",
    "enfant": "allo119.gouv.fr",
    "violences": "arretonslesviolences.gouv.fr",
    "sans_abri": "service-public.fr (numéros d'urgence)",
    "faim": "service-public.fr",
}

# First lines, the most important first. {n[X]} are numbers read from the national directory.
_TEXTES = {
    "medicale": (
        "C'est une urgence : appelez tout de suite le {n[15]} (Samu) ou le {n[112]}. "
        "L'appel est gratuit, jour et nuit. Restez près de la personne et suivez les conseils "
        "de la personne au téléphone. Si vous ne pouvez pas parler ou entendre : SMS au {n[114]}."
    ),
    "suicide": (
        "Merci de me l'avoir écrit. Vous n'avez pas à affronter cela sans aide. Appelez le {n[3114]}, "
        "le numéro national de prévention du suicide : des soignants vous écoutent, gratuitement, "
        "24 heures sur 24 et 7 jours sur 7. Si vous êtes en danger tout de suite, appelez le {n[15]} "
        "(Samu) ou le {n[112]}."
    ),
    "enfant": (
        "Un enfant en danger doit être protégé : appelez le {n[119]} (Allô Enfance en danger). "
        "C'est gratuit, 24 heures sur 24 et 7 jours sur 7, pour un enfant ou pour un adulte qui "
        "s'inquiète pour lui. En cas de danger immédiat, appelez le {n[17]} (police) ou le {n[112]}."
    ),
    "violences": (
        "Ce que vous vivez n'est pas normal et vous n'y êtes pour rien. Si vous êtes en danger "
        "maintenant, appelez le {n[17]} (police) ou le {n[112]} ; si vous ne pouvez pas parler, "
        "envoyez un SMS au {n[114]}. Pour en parler et recevoir des conseils : le {n[3919]} (Violences "
        "Femmes Info), gratuit et anonyme, 24 heures sur 24 et 7 jours sur 7."
    ),
    "sans_abri": (
        "Pour dormir à l'abri ce soir, appelez le {n[115]} (Samu social) : il cherche une place "
        "d'hébergement d'urgence. L'appel est gratuit, 24 heures sur 24 et 7 jours sur 7. "
        "Si la ligne est occupée, n'hésitez pas à rappeler."
    ),
    "faim": (
        "Pour manger aujourd'hui, adressez-vous au CCAS (centre communal d'action sociale) de "
        "votre commune, qui peut proposer une aide d'urgence, ou à une association d'aide alimentaire."
    ),
}
# One line per other danger found in the same message.
_RAPPELS = {
    "medicale": "Urgence médicale : {n[15]} ou {n[112]}.",
    "suicide": "Si vous pensez au suicide : {n[3114]}, gratuit, jour et nuit.",
    "enfant": "Pour un enfant en danger : {n[119]}, gratuit, jour et nuit.",
    "violences": "Violences : {n[17]} en danger, {n[3919]} pour en parler, SMS au {n[114]}.",
    "sans_abri": "Pour un abri ce soir : {n[115]}, gratuit, jour et nuit.",
    "faim": "Pour manger aujourd'hui : le CCAS de votre commune ou une association d'aide alimentaire.",
}
_SUITE_FORMULAIRE = "Quand vous le voulez, nous reprenons là où nous en étions."
_SUITE = ("Je reste là si vous voulez continuer : je peux aussi chercher avec vous les aides "
          "auxquelles vous avez droit et où les demander près de chez vous.")


class _Numeros(dict):
    """str.format reads "{n[115]}" as the int 115: look it up as a string."""

    def __missing__(self, key: Any) -> str:
        if isinstance(key, int):
            return self[str(key)]
        raise KeyError(key)


@lru_cache(maxsize=1)
def numeros() -> dict[str, str]:
    """Emergency numbers of the national directory: {"115": "115", ...}; KeyError if one is missing."""
    return _Numeros({e["telephone"]: e["telephone"] for e in national_entries()
                     if e.get("categorie") == "urgence" and e.get("telephone")})


@lru_cache(maxsize=1)
def associations_alimentaires() -> list[dict]:
    """National food-aid entry points of the directory (no address: their site finds the nearest)."""
    return [e for e in national_entries() if e.get("categorie") == "aide_alimentaire"]


def commune_validee(valeur: Any) -> Optional[Any]:
    """The commune when the slot holds a code the knowledge base knows, else None."""
    if not valeur:
        return None
    try:
        return commune_by_code(str(valeur))
    except Exception:  # noqa: BLE001 - the knowledge base may be down: answer without it
        logger.exception("Commune lookup failed")
        return None


def _contact_alimentaire(contact: Any) -> str:
    parts = [contact.name]
    if contact.phone:
        parts.append(f"tél. {contact.phone}")
    if contact.address:
        parts.append(contact.address)
    if contact.url:
        parts.append(contact.url)
    return " — ".join(parts)


def contacts_faim(commune: Any) -> list[str]:
    """Food-aid contacts: the commune's CCAS and local food-aid associations when the commune is
    known, then the national food-aid networks of the directory (their sites find the nearest place)."""
    lignes: list[str] = []
    if commune is not None:
        try:
            contacts = contacts_for_commune(commune.code, kinds=["ccas", "association"])
        except Exception:  # noqa: BLE001 - answer with the national networks
            logger.exception("Contacts lookup failed")
            contacts = []
        ccas = [c for c in contacts if c.kind == "ccas"][:1]
        locales = [c for c in contacts if c.kind == "association" and not c.generic
                   and _ALIMENTAIRE.search(normalise(f"{c.name} {c.note or ''}"))][:3]
        lignes = [_contact_alimentaire(c) for c in (*ccas, *locales)]
    lignes += [f"{e['nom']} — {e['site_web']}" for e in associations_alimentaires()]
    return lignes


def texte_urgence(kind: str, autres: list[str] | None = None, commune: Any = None,
                  formulaire: bool = False) -> str:
    """The whole answer: the danger first, then the other dangers found, sources, the offer to go on."""
    n = numeros()
    blocs = [_TEXTES[kind].format(n=n)]
    if kind == "faim":
        lieu = f" pour {commune.nom}" if commune is not None else ""
        blocs.append(f"Où vous adresser{lieu} :\n" + "\n".join(f"- {l}" for l in contacts_faim(commune)))
        if commune is None:
            blocs.append("Dites-moi votre commune et je vous donnerai le CCAS le plus proche.")
    rappels = [_RAPPELS[k].format(n=n) for k in (autres or []) if k != kind]
    if rappels:
        blocs.append("\n".join(rappels))
    sources = sorted({SOURCES[kind], *(SOURCES[k] for k in autres or [] if k in SOURCES)})
    blocs.append(f"(Sources : {', '.join(sources)} ; vérifié le {CHECKED}.)")
    blocs.append(_SUITE_FORMULAIRE if formulaire else _SUITE)
    return "\n\n".join(blocs)


def type_of_answer(text: str) -> Optional[str]:
    """The emergency an answer of action_urgence is about (from its first words), else None."""
    for kind, modele in _TEXTES.items():
        debut = modele.split("{", 1)[0][:40]
        if text.startswith(debut):
            return kind
    return None


def reprendre(tracker: Tracker) -> list[dict[str, Any]]:
    """Hand back to the active form, if any, so that it asks its question again."""
    loop = (tracker.active_loop or {}).get("name")
    return [FollowupAction(loop)] if loop else []


class ActionUrgence(Action):
    def name(self) -> str:
        return "action_urgence"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        trouves = detect(texte(tracker))
        kind = type_of_intent(intent(tracker)) or (trouves[0] if trouves else None)
        if kind not in TYPES:
            return []
        commune = commune_validee(tracker.get_slot(SLOT_COMMUNE)) if kind == "faim" else None
        formulaire = bool((tracker.active_loop or {}).get("name"))
        dispatcher.utter_message(text=texte_urgence(kind, trouves, commune, formulaire))
        events: list[dict[str, Any]] = [SlotSet(SLOT_URGENCE, kind)]
        besoins = avec_besoin(tracker.slots, BESOIN_DE_L_URGENCE.get(kind))
        if besoins is not None:
            events.append(SlotSet("besoins", besoins))
        return [*events, *reprendre(tracker)]
