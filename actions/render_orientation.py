"""The orientation and the schemes in short French chat messages (no Rasa here).

Each scheme says who carries it and whether it is a right set by law or a local
help; every amount is labelled as an estimate; nothing is promised. Texts are
kept under ``MAX_MESSAGE`` characters so that every messaging channel accepts them.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from actions import textes
from actions.parcours import libelles
from knowledge.eligibility.vocabulary import CONTACT_KINDS
from knowledge.schemes import priorities_by_need

MAX_MESSAGE = 1500  # characters; SMS-like channels split long texts, Telegram accepts 4096

PORTEURS = textes.PORTEURS
TYPES_AIDE = textes.TYPES_AIDE
CONTACTS = CONTACT_KINDS  # contact kind -> its name in French (the contract's vocabulary)
# Schemes to show first for each need: the ``priorites`` of the scheme records (knowledge/schemes).
PRIORITES = priorities_by_need()


def envoyer_carte(dispatcher: Any, tracker: Any, carte: dict[str, Any]) -> None:
    """A card for rich clients only (``actions.channels`` drops it elsewhere): the texts already
    sent say the same thing."""
    from actions import render

    render.envoyer(dispatcher, tracker, json_message=carte)


def _couper(texte: str, limite: int = MAX_MESSAGE) -> str:
    if len(texte) <= limite:
        return texte
    return texte[: limite - 1].rstrip() + "…"


def montant(scheme: dict[str, Any]) -> str:
    """The amount with its caveat, as the engine wrote it (knowledge.eligibility.amounts)."""
    return scheme.get("amount_text") or ""


def porteur(scheme: dict[str, Any]) -> str:
    parts = []
    if scheme.get("level") in PORTEURS:
        parts.append(textes.PORTE_PAR.format(porteur=PORTEURS[scheme['level']]))
    if scheme.get("aid_type") in TYPES_AIDE:
        parts.append(TYPES_AIDE[scheme["aid_type"]])
    return " ; ".join(parts)


def ordonner(schemes: Iterable[dict[str, Any]], besoins: Iterable[str]) -> list[dict[str, Any]]:
    """Proposed schemes, those answering the needs first, probable before possible."""
    proposes = [s for s in schemes if s.get("eligibility") in ("probable", "possible")]
    rang: dict[str, int] = {}
    for besoin in besoins:
        for i, sid in enumerate(PRIORITES.get(besoin, ())):
            rang[sid] = min(rang.get(sid, 99), i)
    return sorted(proposes, key=lambda s: (s["id"] not in rang, s["eligibility"] != "probable",
                                           rang.get(s["id"], 99), -(s.get("monthly_amount") or 0)))


def texte_dispositif(scheme: dict[str, Any], numero: int) -> str:
    """One scheme in full (why, how, who, source): the details, on demand."""
    titre = f"{numero}. {scheme['name']} — " + (textes.DISPOSITIF_PROBABLE if scheme["eligibility"] == "probable"
                                               else textes.DISPOSITIF_POSSIBLE)
    lignes = [titre]
    if montant(scheme):
        lignes.append(textes.DETAIL_MONTANT.format(montant=montant(scheme)))
    if porteur(scheme):
        lignes.append(porteur(scheme)[0].upper() + porteur(scheme)[1:] + ".")
    if scheme.get("why"):
        lignes.append(textes.DETAIL_POURQUOI.format(why=scheme['why']))
    if scheme.get("how"):
        lignes.append(textes.DETAIL_COMMENT.format(how=scheme['how']))
    contacts = [CONTACTS.get(c, c) for c in scheme.get("contacts") or []]
    if contacts:
        lignes.append(textes.DETAIL_OU.format(ou=", ".join(contacts)))
    if scheme.get("source"):
        lignes.append(textes.DETAIL_SOURCE.format(source=scheme['source']))
    return _couper("\n".join(lignes))


def texte_contact(contact: dict[str, Any]) -> str:
    lignes = [contact.get("name") or CONTACTS.get(contact.get("kind", ""), "")]
    for cle, label in textes.CONTACT_CHAMPS.items():
        if contact.get(cle):
            lignes.append(f"{label} : {contact[cle]}")
    return "\n".join(l for l in lignes if l)


def _nom_court(scheme: dict[str, Any]) -> str:
    """"FSL" for "Fonds de solidarité pour le logement (FSL)"."""
    sigles = re.findall(r"\(([^)]+)\)", scheme["name"])
    return sigles[0].split(",")[0].strip() if sigles else scheme["name"]


def _montant_court(scheme: dict[str, Any]) -> str:
    """"environ 573 € par mois": the engine's amount without its caveat (said once for all)."""
    return montant(scheme).split(" (")[0]


def _ligne(scheme: dict[str, Any]) -> str:
    parts = [scheme["name"]]
    if _montant_court(scheme):
        parts.append(_montant_court(scheme))
    contacts = [CONTACTS.get(c, c) for c in (scheme.get("contacts") or [])[:2]]
    ligne = "- " + " : ".join(parts[:2]) if len(parts) > 1 else "- " + parts[0]
    if contacts:
        ligne += " (" + ", ".join(contacts) + ")"
    return ligne


def _pluriel(formes: tuple[str, str], n: int) -> str:
    return (formes[0] if n == 1 else formes[1]).format(n=n)


def _ou_aller(orientation: dict[str, Any], choisis: list[dict[str, Any]]) -> list[str]:
    """The offices to go to first: the commune's contacts for the proposed schemes, else their kinds."""
    noms: list[str] = []
    kinds = [k for s in choisis for k in (s.get("contacts") or [])] + list(orientation.get("contact_kinds") or [])
    par_kind = {}
    for c in orientation.get("contacts") or []:
        par_kind.setdefault(c.get("kind"), c)
    for kind in dict.fromkeys(kinds):
        contact = par_kind.get(kind)
        noms.append(contact.get("name") if contact and contact.get("name") else CONTACTS.get(kind, kind))
    noms = list(dict.fromkeys(noms))[:2]
    ccas = par_kind.get("ccas")
    if ccas and ccas.get("name") and ccas["name"] not in noms:
        noms.append(ccas["name"])  # the commune's social service: a door for every question
    return noms


def messages_orientation(orientation: dict[str, Any], besoins: Iterable[str],
                         incertains: Iterable[str] = ()) -> list[str]:
    """The answer as a few short texts: first a summary a person can read on a phone ("3 aides à
    demander, 2 à vérifier, où aller"), then every scheme judged probable or possible (what to ask
    for now, what to check), the benefits already received and what they open, where to go, what
    remains uncertain, and how to get the details of a scheme."""
    t = textes
    besoins = list(besoins)
    messages: list[str] = []
    if orientation.get("emergency"):
        messages.append(t.ORIENTATION_URGENCE.format(lignes=" ; ".join(
            f"{e['number']} ({e['label']})" for e in orientation["emergency"])))
    choisis = ordonner(orientation.get("schemes") or [], besoins)
    probables = [s for s in choisis if s["eligibility"] == "probable"]
    possibles = [s for s in choisis if s["eligibility"] == "possible"]
    deja = [s for s in orientation.get("schemes") or [] if s.get("eligibility") == "deja_percu"]

    parts = []
    if probables:
        parts.append(_pluriel(t.ORIENTATION_A_DEMANDER, len(probables)))
    if possibles:
        parts.append(_pluriel(t.ORIENTATION_A_VERIFIER, len(possibles)))
    if deja:
        parts.append(_pluriel(t.ORIENTATION_DEJA, len(deja)))
    if choisis:
        resume = t.ORIENTATION_RESUME.format(parts=", ".join(parts))
        ou = _ou_aller(orientation, choisis)
        if ou:
            resume += " " + t.ORIENTATION_OU.format(ou=", ".join(ou))
        messages.append(resume)
        blocs = []
        if probables:
            blocs.append(t.ORIENTATION_LISTE_PROBABLES + "\n" + "\n".join(_ligne(s) for s in probables))
        if possibles:
            blocs.append(t.ORIENTATION_LISTE_POSSIBLES + "\n" + "\n".join(_ligne(s) for s in possibles))
        if any(_montant_court(s) for s in choisis):
            blocs.append(t.ORIENTATION_ESTIMATION)
        messages.append("\n\n".join(blocs))
    else:
        messages.append(t.ORIENTATION_RIEN)
    if deja:
        texte = t.ORIENTATION_DEJA_PERCU.format(liste=", ".join(s["name"] for s in deja))
        ouvre = [o.get("texte") for s in deja for o in (s.get("opens") or []) if o.get("texte")]
        if ouvre:
            texte += "\n" + t.ORIENTATION_OUVRE + "\n" + "\n".join(f"- {o}" for o in dict.fromkeys(ouvre))
        messages.append(_couper(texte))
    contacts = [c for c in orientation.get("contacts") or [] if c.get("kind") == "ccas"][:1] + \
        [c for c in orientation.get("contacts") or [] if c.get("kind") != "ccas"][:2]
    if contacts:
        messages.append(_couper(t.ORIENTATION_CONTACTS + "\n\n" + "\n\n".join(texte_contact(c) for c in contacts)))
    flous = list(dict.fromkeys([*incertains, *(orientation.get("missing") or [])]))
    if flous:
        messages.append(t.ORIENTATION_INCERTAIN.format(liste=", ".join(libelles(flous))))
    messages.append(t.ORIENTATION_DETAILS.format(exemple=_nom_court(choisis[0]) if choisis else "le RSA"))
    return messages


def texte_explication(scheme: Any) -> str:
    """A scheme of the catalogue (``knowledge.schemes.Scheme``): what, who, how, papers, link."""
    lignes = [f"{scheme.name} : {scheme.description}"]
    info = porteur({"level": scheme.level, "aid_type": scheme.aid_type})
    if info:
        lignes.append(info[0].upper() + info[1:] + ".")
    lignes.append(textes.EXPLICATION_COMMENT.format(how=scheme.how))
    if scheme.documents:
        lignes.append(textes.EXPLICATION_PAPIERS.format(papiers=" ; ".join(scheme.documents)))
    if scheme.online_url:
        lignes.append(textes.EXPLICATION_EN_LIGNE.format(url=scheme.online_url))
    lignes.append(textes.EXPLICATION_SOURCE.format(source=scheme.source, checked=scheme.checked))
    return _couper("\n".join(lignes))


def texte_question_frequente(scheme: Any, question: Any) -> str:
    """A frequent question of a scheme's record answered, with the record's official source and the date it was checked."""
    return _couper("\n".join([question.reponse, textes.EXPLICATION_SOURCE.format(source=scheme.source, checked=scheme.checked)]))


def texte_dispositif_inconnu(noms: Optional[list[str]] = None) -> str:
    exemples = ", ".join((noms or [])[:5]) or textes.DISPOSITIF_EXEMPLES
    return textes.DISPOSITIF_INCONNU.format(exemples=exemples)
