"""The commune questions and the CCAS answer, put together from the texts of actions/textes.py.

Everything factual (names, notes, links, addresses, phone numbers) comes from
the knowledge base objects; nothing here is typed from memory.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Sequence

from actions import textes

MAX_BOUTONS = 10
_MAX_CITATION = 60


def _citation(saisie: str) -> str:
    saisie = " ".join((saisie or "").split())
    if len(saisie) > _MAX_CITATION:
        saisie = saisie[: _MAX_CITATION - 1].rstrip() + "…"
    return saisie


def texte_question_commune() -> str:
    return textes.COMMUNE_QUESTION


def texte_commune_inconnue(saisie: str) -> str:
    citation = _citation(saisie)
    if citation:
        return textes.COMMUNE_INCONNUE.format(saisie=citation)
    return textes.COMMUNE_INCONNUE_VIDE


def texte_choix_commune() -> str:
    return textes.COMMUNE_CHOIX


def payload_commune(code: str) -> str:
    """The payload of a button: sets the commune by its INSEE code."""
    return "/donner_commune" + json.dumps({"commune": code}, ensure_ascii=False, separators=(",", ":"))


def boutons_communes(candidates: Iterable[Any]) -> list[dict[str, str]]:
    """One button per candidate commune (at most 10), labelled with its département."""
    boutons = []
    for candidate in list(candidates)[:MAX_BOUTONS]:
        boutons.append({"title": candidate.label, "payload": payload_commune(candidate.code)})
    return boutons


def texte_erreur() -> str:
    return textes.ERREUR


def texte_commune_introuvable() -> str:
    return textes.COMMUNE_INTROUVABLE


def _contact(numero: int, contact: Any) -> str:
    lignes = [f"{numero}. {contact.name}"]
    if contact.note:
        lignes.append(contact.note)
    if contact.address:
        lignes.append(f"{textes.CONTACT_CHAMPS['address']} : {contact.address}")
    if contact.phone:
        lignes.append(f"{textes.CONTACT_CHAMPS['phone']} : {contact.phone}")
    if contact.url:
        lignes.append(f"{textes.CONTACT_CHAMPS['url']} : {contact.url}")
    return "\n".join(lignes)


def texte_ccas(commune: Any, contacts: Sequence[Any]) -> str:
    """The answer: where to go for help in this commune, from the contacts of the knowledge base."""
    if not contacts:
        return textes.CCAS_AUCUN.format(commune=commune.label)
    blocs = [textes.CCAS_DEBUT.format(commune=commune.label)]
    blocs += [_contact(i, c) for i, c in enumerate(contacts, start=1)]
    if all(getattr(c, "generic", False) for c in contacts):
        blocs.append(textes.CCAS_GENERIQUES)
    return "\n\n".join(blocs)


def envoyer(dispatcher: Any, tracker: Any, text: str | None = None,
            buttons: list[dict[str, Any]] | None = None, json_message: dict[str, Any] | None = None) -> None:
    """Send one reply fitted to the person's channel (length, buttons, cards: actions/channels.py)."""
    from actions.channels import fit_reply

    for message in fit_reply(tracker.get_latest_input_channel(), text=text, buttons=buttons,
                             custom=json_message):
        dispatcher.utter_message(**message)
