"""``action_expliquer_dispositif``: "c'est quoi la prime d'activité ?", from the scheme catalogue.

The ``dispositif`` entity is mapped to a scheme id by the NLU synonyms; when the NLU missed
it, the message is searched for a scheme's name or acronym. Then the conversation goes on
where it was (the rules resume the form). A person who asks whether they are entitled to it
(« est-ce que j'ai droit à l'APL ? ») before any question was asked gets the explanation and the
questions that answer it: the situation form starts, with the scheme's need (its first rank in
``priorites``) and the needs the message names.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render, render_orientation, textes
from actions.parcours import LIBELLES_BESOINS
from actions.message import texte as texte_du_message
from actions.extraction import normaliser, pour_un_proche_dit
from actions.pourquoi import demande_pourquoi, texte_pourquoi
from knowledge.schemes import load_catalogue

logger = logging.getLogger(__name__)


def _cles(scheme: Any) -> list[str]:
    """Ways of naming a scheme: its id, its name, the acronym in brackets, the other names people use."""
    cles = [scheme.id.replace("_", " "), normaliser(scheme.name), *(normaliser(n) for n in getattr(scheme, "autres_noms", []))]
    cles += [normaliser(a) for a in re.findall(r"\(([^)]+)\)", scheme.name)]
    for acronyme in re.findall(r"\(([^)]+)\)", scheme.name):
        cles += [normaliser(a) for a in acronyme.split(",")]
    return [c.strip() for c in cles if len(c.strip()) >= 2]


def trouver(valeur: Optional[str], texte: str, catalogue: dict[str, Any]) -> Optional[Any]:
    """The scheme named by the entity (a scheme id after synonyms) or in the message."""
    if valeur and valeur in catalogue:
        return catalogue[valeur]
    # (punctuation is no part of a name: « si on demande l'ASPA, c'est vrai… » names the ASPA)
    phrase = f" {_sans_ponctuation(normaliser(' '.join(p for p in (valeur, texte) if p)))} "
    meilleur, longueur = None, 0
    for scheme in catalogue.values():
        for cle in map(_sans_ponctuation, _cles(scheme)):
            if cle and f" {cle} " in phrase and len(cle) > longueur:
                meilleur, longueur = scheme, len(cle)
    return meilleur


def _sans_ponctuation(texte: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", texte).split())


def question_frequente(texte: str, catalogue: dict[str, Any], scheme: Optional[Any] = None,
                       contexte: str = "") -> Optional[tuple[Any, Any]]:
    """The scheme and the frequent question of its record (``questions``) the message asks: one of the scheme it names,
    or one that needs no name (« est-ce que ma sœur et moi on va devoir payer la différence ? »), else None.
    ``contexte``: words the conversation has already said (``contexte_de_la_conversation``), read with the message."""
    phrase = normaliser(texte) + (" " + contexte if contexte else "")
    for candidat in ([scheme] if scheme is not None else []) + [s for s in catalogue.values() if s is not scheme]:
        for question in getattr(candidat, "questions", None) or []:
            if (candidat is scheme or not question.nom_requis) and all(re.search(mot, phrase) for mot in question.mots):
                return candidat, question
    return None


_QUESTION = re.compile(r"\?|\b(c est quoi|c koi|cest quoi|qu est ce|quoi|comment|explique|expliquer|"
                       r"ai je droit|j ai droit|droit a|droit au|puis je|est ce que|combien|quel|quelle|infos?|"
                       r"informations?|savoir|demander|obtenir|peut on|pouvez vous|dites moi)\b")


# Asking one's own entitlement, not what the scheme is: « ai-je droit à », « je peux l'avoir ? ».
_DROIT_DEMANDE = re.compile(r"\b(ai je droit|j ai droit|j y ai droit|y ai je droit|j aurais droit|aurais je droit|"
                            r"droit ou pas|(je|on) (peux|peut|pourrais|pourrait) (l |en |y )?(avoir|toucher|beneficier|"
                            r"pretendre)|(puis je|pourrais je) (l |en )?(avoir|toucher|beneficier|pretendre)|"
                            r"(suis je|je suis|serais je) (eligible|concernee?)|eligible)\b")


def droit_demande(texte: str) -> bool:
    """The message asks whether the person is entitled to a scheme."""
    return bool(_DROIT_DEMANDE.search(normaliser(texte)))


# Needs that tell what happened to the person (violence, a disaster): a question about a scheme never tells them
# (« c'quoi l'ASF ? » made a single mother's need violence, the ASF being second in that need's list, and the emergency
# lines and the emergency shelter came with her orientation; conversations_dev56, 2026-12-08).
_BESOINS_DE_DANGER = frozenset({"violence", "catastrophe"})


def besoin_du_dispositif(scheme: Any) -> Optional[str]:
    """The need a scheme answers first (its best rank in ``priorites``), or None; never violence or a disaster."""
    priorites = {b: rang for b, rang in (getattr(scheme, "priorites", None) or {}).items() if b not in _BESOINS_DE_DANGER}
    return min(priorites, key=priorites.get) if priorites else None


def _deja_questionne(tracker: Tracker) -> bool:
    """The situation was already asked (a form ran) or the orientation given in this conversation."""
    return any(e.get("event") == "active_loop" and e.get("name") or
               e.get("event") == "action" and e.get("name") == "action_orienter" for e in tracker.events or [])


def _est_une_question(texte: str) -> bool:
    return bool(_QUESTION.search(normaliser(texte))) or len(normaliser(texte).split()) <= 3


def repondre_en_passant(dispatcher: CollectingDispatcher, tracker: Tracker, texte: str,
                        besoins: Optional[list[str]] = None) -> None:
    """A question asked in the middle of the questions that the rules do not answer (« si je fais un dossier de
    surendettement je perds ma voiture ? » read as an answer): the scheme it names explained, or a plain « I cannot
    answer that here » with where to ask; the question pending follows. Before, the question came back alone, as if
    the person had said nothing."""
    try:
        catalogue = load_catalogue()
        scheme = trouver(None, texte, catalogue)
        frequente = question_frequente(texte, catalogue, scheme, contexte_de_la_conversation(tracker))
    except Exception:  # noqa: BLE001 - a broken catalogue must not crash the conversation
        logger.exception("Scheme catalogue unavailable")
        scheme, frequente = None, None
    if frequente is not None:
        # a question people often ask (« nos enfants devront rembourser l'ASPA après nous ? »): its checked answer
        render.envoyer(dispatcher, tracker, text=render_orientation.texte_question_frequente(*frequente))
    elif scheme is not None:
        render.envoyer(dispatcher, tracker, text=render_orientation.texte_explication(scheme))
    elif _EXPULSION_OU_BAIL.search(normaliser(texte)) and (adil := _adil()) is not None:
        # « il peut me mettre dehors en plein hiver ? »: the ADIL's, not « I cannot answer » (asked in 18 of the
        # development conversations, and the safety net took it for a night outside)
        dispatcher.utter_message(text=textes.QUESTION_EN_PASSANT_LOGEMENT.format(site=adil))
    elif besoins:
        # a need named in the question (« et pour mes enfants, il y a des aides ? »): noted, the orientation answers it
        dispatcher.utter_message(text=textes.QUESTION_EN_PASSANT_BESOIN.format(
            besoins=", ".join(LIBELLES_BESOINS.get(b, b) for b in besoins)))
    else:
        dispatcher.utter_message(text=textes.QUESTION_EN_PASSANT)


def contexte_de_la_conversation(tracker: Tracker) -> str:
    """What the situation known already says, in words a frequent question looks for: the person (or the relative
    written for) lives in an establishment (« et nous, les enfants, on va devoir payer ? », asked about a father in an
    EHPAD, names no EHPAD); the child support is being asked (« la caf elle peut récupérer l'argent auprès de lui ? »,
    answered to the question on the child support, names no other parent)."""
    mots = []
    if tracker.get_slot("logement") == "etablissement":
        mots.append("ehpad")
    if tracker.get_slot("requested_slot") == "pension_alimentaire_recue":
        mots.append("pension alimentaire autre parent")
    return " ".join(mots)


# A question about being put out or about the lease.
_EXPULSION_OU_BAIL = re.compile(r"\b(expuls\w*|(mettre|mette|foutre|jeter) (\w+ )?(dehors|a la porte)|treve|bail|commandement de "
                                r"(payer|quitter)|assignation|(proprio|proprietaire|bailleur|agence|huissier)s? (\w+ ){0,2}"
                                r"(peut|peuvent|a le droit|ont le droit))\b")


def _adil() -> Optional[str]:
    """The national site that gives each département's ADIL (knowledge/directory/national.yaml), or None."""
    try:
        return _site_de_l_adil()
    except Exception:  # noqa: BLE001 - the plain answer then
        logger.exception("National directory unavailable")
        return None


@lru_cache(maxsize=1)
def _site_de_l_adil() -> Optional[str]:
    """Read once (a failure is not kept: it is tried again the next time)."""
    from knowledge.directory.defaults import national_entries
    return next((e.get("site_web") for e in national_entries() if e.get("kind") == "adil" and e.get("site_web")), None)


class ActionExpliquerDispositif(Action):
    def name(self) -> str:
        return "action_expliquer_dispositif"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        valeur = tracker.get_slot("dispositif")
        texte = texte_du_message(tracker)
        from actions.situation import faits_du_message, question_interrompue

        if not _est_une_question(texte) or question_interrompue(tracker) == "nationalite":
            # "je touche le RSA", "je suis à l'AAH": a benefit received, not a question about it; a short
            # answer to the nationality question ("congolais (RDC)") is an answer too.
            events = faits_du_message(tracker, dispatcher)
            if events is not None:
                return [SlotSet("dispositif", None), *events]
        try:
            catalogue = load_catalogue()
            # (the slot counts when this message named the scheme, not when it holds one from an earlier message: « on a le
            # RSA, les allocs et l'AL », then « l'AL elle est versée direct au bailleur, ça compte ? » got the family
            # allowances, conversations_dev38)
            nomme = any(e.get("entity") == "dispositif" for e in (tracker.latest_message or {}).get("entities") or [])
            dans_le_message = trouver(None, texte, catalogue)
            scheme = trouver(str(valeur), texte, catalogue) if valeur and nomme else dans_le_message
        except Exception:  # noqa: BLE001 - a broken catalogue must not crash the conversation
            logger.exception("Scheme catalogue unavailable")
            dispatcher.utter_message(text=render.texte_erreur())
            return [SlotSet("dispositif", None)]
        if question_interrompue(tracker) and demande_pourquoi(texte) and dans_le_message is None:
            # « pourquoi vous demandez ça ? » while a question is pending: what it is for (the form asks it again)
            # (whatever scheme the slot still holds from earlier: « pk vous demandez ça c obligé ? » at the nationality
            # question got the housing aid explained, named two questions before, conversations_dev38)
            dispatcher.utter_message(text=texte_pourquoi(question_interrompue(tracker)))
        elif scheme is None and (frequente := question_frequente(texte, catalogue, None,
                                                                  contexte_de_la_conversation(tracker))) is not None:
            # a frequent question that names no scheme (« la caf peut récupérer l'argent auprès de lui ? »)
            render.envoyer(dispatcher, tracker, text=render_orientation.texte_question_frequente(*frequente))
        elif scheme is None and _EXPULSION_OU_BAIL.search(normaliser(texte)) and (adil := _adil()) is not None:
            # « est-ce qu'ils peuvent m'expulser cet hiver ? » read as a question about a scheme: the ADIL's, not « je ne
            # connais pas cette aide » (conversations_dev37)
            reponse = textes.QUESTION_EN_PASSANT_LOGEMENT.format(site=adil)
            dispatcher.utter_message(text=reponse if tracker.active_loop_name else reponse.removesuffix(" Je reprends :"))
        elif scheme is None:
            render.envoyer(dispatcher, tracker, text=render_orientation.texte_dispositif_inconnu(
                [s.name for s in catalogue.values()]))
        elif (frequente := question_frequente(texte, catalogue, scheme)) is not None:
            render.envoyer(dispatcher, tracker, text=render_orientation.texte_question_frequente(*frequente))
        else:
            render.envoyer(dispatcher, tracker, text=render_orientation.texte_explication(scheme))
            if droit_demande(texte) and not tracker.active_loop_name and not _deja_questionne(tracker):
                return [SlotSet("dispositif", None), *_verifier_le_droit(tracker, dispatcher, scheme, texte)]
            besoin, connus = besoin_du_dispositif(scheme), tracker.get_slot("besoins")
            if tracker.active_loop_name and besoin and isinstance(connus, list) and connus and besoin not in connus:
                # a scheme asked about in the middle of the questions (« au fait les APL c'est pas automatique ? »): its
                # need joins those said, so the orientation answers it too
                return [SlotSet("dispositif", None), SlotSet("besoins", [*connus, besoin])]
        return [SlotSet("dispositif", None)]


def _verifier_le_droit(tracker: Tracker, dispatcher: CollectingDispatcher, scheme: Any,
                       texte: str) -> list[EventType]:
    """The questions that tell whether the person may get the scheme: the situation form, with the needs."""
    from actions.situation import FORM
    from actions.urgences import besoins_du_message
    from common.safety import Detection

    besoins = besoins_du_message(texte, Detection(), tracker.get_slot("besoins") or [])
    besoin = besoin_du_dispositif(scheme)
    if besoin and besoin not in besoins:
        besoins.append(besoin)
    dispatcher.utter_message(text=textes.VERIFIER_LE_DROIT)
    return [*([SlotSet("besoins", besoins)] if besoins else []), FollowupAction(FORM)]


class _RepondreOuNoter:
    """(A mixin, not an action itself: rasa_sdk registers every Action subclass.) A fixed answer (a greeting, "out of scope"), unless the message carries facts of the situation:
    then they are noted and the questions go on ("bonjour, je touche le RSA et j'ai 2 enfants")."""

    reponse = ""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        from actions.situation import faits_du_message

        events = faits_du_message(tracker, dispatcher)
        if events is not None:
            return events
        if self.reponse == "utter_greet" and tracker.get_slot("pour_un_proche") is not True and \
                pour_un_proche_dit(texte_du_message(tracker)):
            # « bonjour je vous écris pour ma mère »: the relative is kept, and the next message is read as theirs (her
            # age and her town were taken for the writer's)
            dispatcher.utter_message(text=textes.SALUER_POUR_UN_PROCHE)
            return [SlotSet("pour_un_proche", True)]
        dispatcher.utter_message(response=self.reponse)
        return []


class ActionSaluer(_RepondreOuNoter, Action):
    reponse = "utter_greet"

    def name(self) -> str:
        return "action_saluer"


class ActionHorsSujet(_RepondreOuNoter, Action):
    reponse = "utter_out_of_scope"

    def name(self) -> str:
        return "action_hors_sujet"
