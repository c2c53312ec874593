"""Short French texts sent by the actions: questions about the commune, CCAS answer.

Everything factual (names, notes, links, addresses, phone numbers) comes from
the knowledge base objects; nothing here is typed from memory.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Sequence

MAX_BOUTONS = 10
_MAX_CITATION = 60


def _citation(saisie: str) -> str:
    saisie = " ".join((saisie or "").split())
    if len(saisie) > _MAX_CITATION:
        saisie = saisie[: _MAX_CITATION - 1].rstrip() + "…"
    return saisie


def texte_question_commune() -> str:
    return ("Dans quelle commune habitez-vous ? Écrivez son nom (par exemple Villeurbanne) "
            "ou son code postal (par exemple 69100).")


def texte_commune_inconnue(saisie: str) -> str:
    citation = _citation(saisie)
    if citation:
        return f"Je ne trouve pas de commune qui corresponde à « {citation} »."
    return "Je n'ai pas reconnu de nom de commune."


def texte_choix_commune() -> str:
    return ("Plusieurs communes correspondent. Laquelle est la vôtre ? "
            "Choisissez-la ci-dessous, ou écrivez son code postal.")


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
    return ("Désolé, je n'arrive pas à consulter mes informations pour le moment. "
            "Réessayez dans quelques minutes. En attendant, la mairie de votre commune "
            "peut vous dire où vous adresser.")


def texte_commune_introuvable() -> str:
    return ("Je ne retrouve pas cette commune dans mes informations. "
            "Pouvez-vous me redonner son nom ou son code postal ?")


def _contact(numero: int, contact: Any) -> str:
    lignes = [f"{numero}. {contact.name}"]
    if contact.note:
        lignes.append(contact.note)
    if contact.address:
        lignes.append(f"Adresse : {contact.address}")
    if contact.phone:
        lignes.append(f"Téléphone : {contact.phone}")
    if contact.url:
        lignes.append(f"Site : {contact.url}")
    return "\n".join(lignes)


def texte_ccas(commune: Any, contacts: Sequence[Any]) -> str:
    """The answer: where to go for help in this commune, from the contacts of the knowledge base."""
    if not contacts:
        return (f"Je n'ai pas encore d'information pour {commune.label}. "
                "La mairie de votre commune peut vous dire où vous adresser.")
    blocs = [f"Pour {commune.label}, voici où vous adresser :"]
    blocs += [_contact(i, c) for i, c in enumerate(contacts, start=1)]
    if all(getattr(c, "generic", False) for c in contacts):
        blocs.append("Je n'ai pas encore les adresses et téléphones exacts : "
                     "l'annuaire officiel indiqué ci-dessus les donne.")
    return "\n\n".join(blocs)


def envoyer(dispatcher: Any, tracker: Any, text: str | None = None,
            buttons: list[dict[str, Any]] | None = None, json_message: dict[str, Any] | None = None) -> None:
    """Send one reply fitted to the person's channel (length, buttons, cards: actions/channels.py)."""
    from actions.channels import fit_reply

    for message in fit_reply(tracker.get_latest_input_channel(), text=text, buttons=buttons,
                             custom=json_message):
        dispatcher.utter_message(**message)
