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
from typing import Any, Callable, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import parcours, render, territoire, textes
from actions.message import entites, est_payload, intent, texte
from actions.message import texte as texte_du_message
from actions.dispositifs import repondre_en_passant
from actions.lecteur_besoins import CONTEXTE_BESOINS
from actions.pourquoi import demande_pourquoi, texte_pourquoi
from actions.extraction import (AVEC_LES_AIDES, BORNES, INCONNU, PRESTATIONS_DU_HANDICAP, RESSOURCES, aide_a_domicile_de_metier,
                                allocation_par_jour_au_mois, besoin_de_l_intent, besoins_de_la_reponse, besoins_lus_dans,
                                effacement_explicite, extract, lieu_d_autrui, logement_deduit, montant_approche,
                                nationalite_hors_ue, normaliser, part_du_smic, recommencement_explicite, FAITS_SANS_SLOT, faits_sans_slot,
                                montant_du_conjoint, part_du_conjoint, pour_un_proche_dit, proche_nomme, question_sur_un_mot,
                                ressource_du_conjoint, ressources_en_plus,
                                rien_ne_rentre, sorte_dite, taille_du_foyer)
from knowledge.eligibility.amounts import est_nombre, euros
from knowledge.eligibility.openfisca_adapter import current_month, smic_net_mensuel
from knowledge.eligibility.vocabulary import value_label
from knowledge.eligibility.why import join_french
from knowledge.territory import commune_by_code

logger = logging.getLogger(__name__)

FORM = "situation_form"
# Slots this module writes (all but the commune ones, which territoire.py owns).
SLOTS_SITUATION = ("age", "en_couple", "nb_enfants", "enfants", "grossesse", "activite", "ressources",
                   *RESSOURCES, "logement", "loyer", "handicap_taux", "perte_autonomie", "nationalite",
                   "prestations_percues", "epargne", "dette_loyer", "titre_sejour_annees", "rqth",
                   "pour_un_proche", "precision", "besoins", "correction")
# Questions whose answer is one number: a second vague answer of one approximate number is taken.
_UN_MONTANT = ("loyer", "epargne", "dette_loyer", "revenus_activite", "chomage", "retraite", "pension_alimentaire_recue",
               "autres_ressources", "age", "ressources")
# Intents that answer a question of the form. Any other intent (robot?, a question about a
# scheme, a human, goodbye, erasing the data…) is left to the rules unless it carries facts.
INTENTS_REPONSE = {"informer", "corriger", "ne_sait_pas", "affirm", "deny", "choix_numero", "donner_commune",
                   "chercher_ccas", "nlu_fallback", "thanks"}
# Urgent danger and human help always go first (actions/urgences.py, issue 6).
from actions.urgences import (ACTION_URGENCE, BESOIN_DE_L_URGENCE, INTENTS_PRIORITAIRES, besoins_du_message,  # noqa: E402
                              deja_repondue_incertaine, hors_de_son_champ, redite_apres_reponse,
                              urgence_repondue_ce_tour)
from common.safety import Detection  # noqa: E402
INTENTS_LANGUE = {"autre_langue"}
# Never read as facts: the rules answer them.
INTENTS_SANS_FAITS = {"recommencer", "goodbye", "demander_humain"}
# The answers' intents no rule answers during the form (thanks and chercher_ccas have theirs; nlu_fallback's rule only
# when the form fills nothing): a question of the person's own read as one of them is answered by the form
# (repondre_en_passant).
_REPONSES_SANS_REGLE = INTENTS_REPONSE - {"thanks", "chercher_ccas"}
# (« je sais pas quoi faire », « je sais pas si j'y ai droit »: a worry or a question, not « I do not know » as an answer)
# (« je ne sais pas si je suis enceinte » still does not know: only whether one is entitled is a question)
_SANS_REPONSE = re.compile(r"\b((je (ne )?sais pas|j sais pas|jsais pas|jsp|sais pas|chai pas)(?! (quoi faire|quoi dire|comment|"
                           r"si (j |on |nous )?(y )?(ai|a|avons|aurai|aurais|aurait) (le )?droit|s il (faut|y a)|ou aller|"
                           r"ou (me|nous|m) (tourner|adresser)|a qui|pourquoi|par ou|qui (contacter|appeler))\b)|aucune idee|"
                           r"(je )?prefere (ne )?pas|pas envie de (le dire|repondre)|(veux|voudrais) pas (le dire|repondre)|"
                           r"ne (veux|souhaite) pas repondre|c est personnel|j en sais rien)\b")


# "c'est tout", "pareil", "rien d'autre": the pay (or pension) just given is the household's whole money.
_RIEN_D_AUTRE_QUE = re.compile(r"\b(c est tout|pas plus|pareil|idem|la meme chose|le meme montant|rien d autre|rien de plus|"
                               # the pay pointed at (« ce que je gagne avec le VTC », « juste mon travail »)
                               r"^(juste |seulement |que |uniquement )?(ce que je gagne|ce que je touche|ce que je me fais|ce que je fais)"
                               r"( avec (le|mon|ma|mes|les) \w+| au travail| en travaillant)?$|"
                               r"(juste|que|seulement|uniquement) (ca|cela|ce salaire|cette retraite|ce montant)|"
                               # « seulement les retraites »: the resource just given, nothing else
                               r"(juste|que|seulement|uniquement) (les|nos|la|ma|notre|mes|le|mon) (2 |deux )?(retraites?|pensions?|"
                               r"salaires?|paies?|payes?|chomage|allocations? chomage|are)|"
                               # « nos 2 salaires et les allocs »: the pay known and benefits (not resources here)
                               r"^(nos|les|mes) (2 |deux )?(salaires|retraites|paies|payes|pensions|revenus)( et (les|nos|des|l) "
                               r"(allocs?|allocations?( familiales)?|apl|aides?( de la caf)?|af))?$)\b")


# The classifier's need that the words read otherwise, unless they name it themselves: « je suis sorti de l'ASE (j'étais
# en famille d'accueil) » is the person's own placement, no family need; « pas de quoi payer la caution et le premier
# loyer » is a home to find, no rent arrears.
_BESOIN_LU_AUTREMENT: dict[str, Callable[[Any, str], bool]] = {
    "famille": lambda extraction, texte: extraction.facts.get("confie_ase") is True,
    "impayes_loyer": lambda extraction, texte: "logement" in extraction.besoins,
    # « je fais de l'aide à domicile chez des particuliers »: the job, not help needed at home
    "autonomie": lambda extraction, texte: aide_a_domicile_de_metier(texte),
    # « plombier à mon compte, micro-entreprise, ça marche de moins en moins »: the business goes badly, nobody's legs
    "sante": lambda extraction, texte: _affaires_en_baisse(extraction, normaliser(texte)),
}
# A business that goes badly (« ça marche de moins en moins », « le commerce tourne mal »).
_AFFAIRES_EN_BAISSE = re.compile(r"\b(ca|cela|l activite|mon activite|l entreprise|mon entreprise|le commerce|mon commerce|"
                                 r"les affaires|le boulot|la boite|ma boite|le magasin|la boutique)\b (\w+ ){0,2}"
                                 r"(marche|tourne|roule)(nt)? (de moins en moins|mal|plus|pas|moins bien)\b")
_AFFAIRES = re.compile(r"\b(a mon compte|entreprise|commerce|boutique|magasin|clients?|chantiers?|auto entrepreneur|artisan)\b")


def _affaires_en_baisse(extraction: Any, norm: str) -> bool:
    """The person's own business said to go badly (``norm``: the normalised message)."""
    return bool(_AFFAIRES_EN_BAISSE.search(norm)) and (
        extraction.facts.get("activite") == "independant" or bool(_AFFAIRES.search(norm)))


# A sum said as the total of what was named before it (« son salaire et mon chômage, donc 2 250 »).
_TOTAL_DIT = re.compile(r"\b(donc|en tout|au total|total|a nous deux|a deux|ensemble|ca fait|cela fait)\b")


# A total said as such, just before its amount (« dans les 2200 », « en tout 1 900 »).
_TOTAL_AVANT = re.compile(r"\b(dans les|environ|en tout|au total|total|ca fait|soit|donc|a peu pres|autour de|vers les|"
                          r"en gros)\s*$")


# A number followed by another added to it (« à peu près 1600 + 750 + les allocs »): a part of a sum, not its total.
_TERME_D_UNE_SOMME = re.compile(r"\s*(\+|plus|et)\s*\d")


def total_du_couple(texte: str, facts: dict[str, Any], attendue: str, connue: float,
                    lus: dict[str, Any], reste: str = "autres_ressources") -> dict[str, Any]:
    """The facts of an answer to the household's total, asked of a couple after the pay (or pension,
    ``attendue``, known: ``connue``) on its own. Amounts of named kinds stand as said ("mon salaire 800 et
    le chômage de mon mari 1300"); a bare total above the pay is the pay plus other money whose kind was
    not said (``autres_ressources``, shown in the recap to correct; ``reste`` when the conversation said what the
    partner brings in: « mon mari a été licencié », his unemployment benefit); « rien », « non », « c'est tout »
    say nothing else comes in (the pay stays)."""
    montants = {r: facts[r] for r in RESSOURCES if isinstance(facts.get(r), (int, float))}
    norm = normaliser(texte)
    rien = rien_ne_rentre(texte, lus) or bool(_RIEN_D_AUTRE_QUE.search(norm))
    if rien and all(v == 0 for v in montants.values()):
        return {**{r: 0.0 for r in RESSOURCES if r != attendue}, attendue: connue}
    nombres_dits = [(float(m.group(0)), m.start(), m.end()) for m in re.finditer(r"\b\d+(?:\.\d+)?\b", norm)
                    if float(m.group(0)) >= 100]
    if AVEC_LES_AIDES.search(norm) and any(abs(n - connue) < 1 for n, _, _ in nombres_dits) and all(
            abs(n - connue) < 1 or n > connue and _TOTAL_AVANT.search(norm[:debut]) and not _TERME_D_UNE_SOMME.match(norm[fin:])
            for n, debut, fin in nombres_dits):
        # the pay known and the benefits, maybe their total (« 1600 plus les allocs, dans les 2200 », « 750 par mois
        # plus les allocations »): nothing else comes in (the benefits are listed apart, not counted as other money)
        return {**{r: 0.0 for r in RESSOURCES if r != attendue}, attendue: connue}
    if set(montants) == {attendue} and abs(montants[attendue] - connue) <= max(50.0, 0.05 * connue) and \
            _A_PEU_PRES.search(norm):
        # the amount known, said again roughly (« à peu près 2100 de salaires », 1 600 + 520 known): the exact one stays
        return {attendue: connue}
    if set(montants) == {attendue} and reste != attendue and montant_du_conjoint(norm) == montants[attendue] and \
            abs(montants[attendue] - connue) >= 1 and not part_du_conjoint(norm) and not _TOTAL_DIT.search(norm):
        # the partner's amount beside the known one named without its own (« 1650 de mon mari + mon chômage + les allocs »,
        # 900 of unemployment known): the partner's money, of the kind the conversation said he brings in (« mon mari
        # travaille »), the known one kept (it became 1 650 € of unemployment benefit)
        return {attendue: connue, reste: montants[attendue]}
    if set(montants) == {attendue} and not sorte_dite(norm, attendue) and montants[attendue] > connue + 1:
        return {attendue: connue, reste: montants[attendue] - connue}
    nombres = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", norm)]
    if set(montants) == {attendue} and montants[attendue] > connue + 1 and len(nombres) >= 2 and \
            any(abs(n - connue) < 1 for n in nombres):
        # the amount known said again beside another (« 1300 + 450 de chômage + les allocs », the 450 known): the other
        # is the partner's money, not more of the same (1 750 € of unemployment benefit was kept)
        return {attendue: connue, reste: montants[attendue] - connue}
    autres = [r for r in RESSOURCES if r != attendue and sorte_dite(norm, r)]
    if set(montants) == {attendue} and montants[attendue] > connue + 1 and (_TOTAL_DIT.search(norm) or autres or
                                                                             _AVEC_UNE_SORTE.search(norm)):
        # « son salaire et mon chômage, donc autour de 2 250 »: the total of the kinds named, the one known in it
        # (« bourse plus mon job, environ 800 »: one amount for two kinds named is their total too)
        # (« 2 300 avec le salaire de ma femme »: the pay known is in the total, the rest is other money)
        return {attendue: connue, (autres[0] if len(autres) == 1 else reste): montants[attendue] - connue}
    if set(montants) == {attendue} and montants[attendue] < connue - 1:
        # an amount below the pay (not the pay said again, « mon salaire 1450 et celui de ma copine 900 ») is no
        # total: the partner's part when the answer says so (« le smic plus les 600 de ma femme »), of the pay's kind
        # when said (« et ma femme gagne 600 »), else of the kind left (``reste``)
        du_conjoint = part_du_conjoint(norm)
        if du_conjoint is True and attendue == "revenus_activite":
            return {attendue: connue + montants[attendue]}
        if du_conjoint is not None:
            return {attendue: connue, reste: montants[attendue]}
    if len(montants) == 1 and attendue not in montants:
        # « 2 250 avec son chômage »: a total with the other money in it, not that money alone
        (sorte, valeur), = montants.items()
        if valeur > connue + 1 and (_AVEC_UNE_SORTE.search(norm) or _TOTAL_DIT.search(norm) or
                                    # (« 755 à peu près avec la bourse et le job »: the two kinds named, one amount)
                                    sorte_dite(norm, attendue) and sorte_dite(norm, sorte) or
                                    # (« 650 à peu près », no kind named: the total the question asked for; a student's
                                    # 650 was taken as other money on top of the job's 450)
                                    not any(sorte_dite(norm, r) for r in RESSOURCES)):
            return {attendue: connue, sorte: valeur - connue}
    return {}


# -- reading the tracker -----------------------------------------------------------------

# An amount said roughly.
_A_PEU_PRES = re.compile(r"\b(a peu pres|environ|autour de|dans les|a peu de chose pres|grosso modo|en gros|plus ou moins|"
                         r"approximativement|je dirais|quelque chose comme)\b")
# A kind of money said to be in a total (« 2 250 avec son chômage », « 2 300 avec le salaire de ma femme », a student's
# « environ 700 par mois avec la bourse » to the total asked after the job's pay)
_AVEC_UNE_SORTE = re.compile(r"\b(avec|plus|y compris|en comptant|compris) (son|sa|ses|le|la|les|mon|ma|leur|notre|l) (\w+ )?"
                             r"(chomage|are|retraite|pension|salaire|paie|paye|bourse|bourses|job|boulot|taf)\b")


def _message(tracker: Tracker) -> tuple[str, Optional[str], list[dict]]:
    return texte(tracker), intent(tracker), entites(tracker)


def question_posee(tracker: Tracker, nom: str) -> bool:
    """Whether the form has asked ``nom`` in this conversation (since the last restart)."""
    if tracker.get_slot("requested_slot") == nom:
        return True
    for event in reversed(tracker.events or []):
        if event.get("event") in ("restart", "session_started"):
            return False
        if event.get("event") == "slot" and event.get("name") == "requested_slot" and event.get("value") == nom:
            return True
    return False


def derniere_question(tracker: Tracker) -> str:
    """The text of the bot's last message before the latest one of the person."""
    vu_le_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if vu_le_message:
                return ""
            vu_le_message = True
        elif event.get("event") == "bot" and vu_le_message:
            # (without the words put before every question for a relative: the question itself, which the callers
            # compare with textes; « Pour la personne que vous aidez : Avez-vous un titre de séjour… » was never the
            # permit question, so « marocaine » brought it back again and again)
            return (event.get("text") or "").removeprefix(textes.POUR_UN_PROCHE)
    return ""


def slots_du_message(tracker: Tracker) -> list[str]:
    """The slots Rasa filled from the latest message before any action ran (its slot mappings)."""
    noms = []
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot" and event.get("name") != "requested_slot":
            noms.append(event.get("name"))
    return noms


def besoins_demandes(tracker: Tracker) -> bool:
    """Whether the needs question was asked in this conversation, or the form went past it (then the
    needs are not asked back). Looks back to the last reset of the needs (a restart)."""
    # The commune may be asked first (a list of communes for a name typed in the first message): not past.
    requested = tracker.get_slot("requested_slot")
    if requested not in (None, "commune") or requested == "commune" and not tracker.get_slot("commune_choix") or \
            tracker.get_slot("correction"):
        return True  # a question pending, or the recap refused: past the needs
    for event in reversed(tracker.events or []):
        if event.get("event") in ("restart", "session_started"):
            return False
        if event.get("event") != "slot":
            continue
        if event.get("name") == "requested_slot" and event.get("value") not in (None, "commune"):
            return True
        if event.get("name") == "besoins" and event.get("value") is None:
            return False
    return False


# A first answer to the needs question naming at most this many needs is said back once, like an opening message's
# (textes.BESOINS_AUTRE): people name the pressing need first (« de l'argent ») and the others when asked (« et me
# soigner aussi »).
BESOINS_A_COMPLETER = 2


def besoins_a_completer(tracker: Tracker, requested: Optional[str], slots: dict[str, Any]) -> bool:
    """Whether the first answer to the needs question, just read, is said back once (« Si j'ai bien compris, vous
    cherchez de l'aide pour l'argent. Avez-vous besoin d'aide pour autre chose aussi ? »): it named one or two
    needs, it was not « rien d'autre », and it answered the plain question — with needs known before it, the
    question asked was already the one that says them back (action_ask_besoins), and a question asked once more
    (``precision``) is not asked a third time."""
    avant = tracker.get_slot("besoins")
    besoins = slots.get("besoins")
    return requested == "besoins" and not (isinstance(avant, list) and avant) and \
        tracker.get_slot("precision") != "besoins" and slots.get("precision") != "besoins" and \
        isinstance(besoins, list) and 0 < len(besoins) <= BESOINS_A_COMPLETER and \
        not _RIEN_D_AUTRE.search(normaliser(texte_du_message(tracker)))


def _reponse_directe(texte: str, nouveaux: list[str]) -> bool:
    """Whether an answer opens with the new need in a few words (« de l'argent, on a rien demandé encore, c'est
    difficile avec un seul salaire »): an answer to « autre chose aussi ? », not a story typed before it was read."""
    debut = re.split(r"[,.;:!?]", texte, maxsplit=1)[0]
    if len(normaliser(debut).split()) <= 6 and bool(set(besoins_de_la_reponse(debut)) & set(nouveaux)):
        return True
    # a list of needs, each in a few words (« un peu d'argent et de l'aide pour le chauffage », « aide pour le loyer et un
    # peu d'argent »): the answer itself, though longer than six words
    morceaux = [m for m in re.split(r"[,.;:!?]| et | puis | ainsi que ", normaliser(texte)) if m.strip()]
    return len(morceaux) > 1 and all(len(m.split()) <= 8 and set(besoins_de_la_reponse(m)) & set(nouveaux) for m in morceaux)


def besoins_a_redire_apres_la_commune(tracker: Tracker, slots: dict[str, Any]) -> bool:
    """Whether the first answer to the needs question, to be said back once (``besoins_a_completer``), waited for the
    commune's list (« Saint-Pierre »: which one?) and is said back now: the needs question came just before the
    commune's, and the needs were not said back since (the apprentice of dev22 who asked about the prime d'activité
    was never asked « autre chose aussi ? », his rent was lost)."""
    besoins = slots.get("besoins")
    if tracker.get_slot("requested_slot") != "commune" or not isinstance(besoins, list) or \
            not 0 < len(besoins) <= BESOINS_A_COMPLETER:
        return False
    debut = textes.BESOINS_AUTRE.split("{", 1)[0]
    for event in reversed(tracker.events or []):
        # (said back after « C'est noté. » too)
        if event.get("event") == "bot" and debut in str(event.get("text") or ""):
            return False
        if event.get("event") == "slot" and event.get("name") == "requested_slot" and \
                event.get("value") not in (None, "commune"):
            return event.get("value") == "besoins"
    return False


# A "no" to "anything else?": the needs said are all.
_RIEN_D_AUTRE = re.compile(r"^\W*(non|nan|nn|no|rien|c est tout|rien d autre|pas d autre chose|ca ira|ca suffit|"
                           r"non merci|non c est tout|non rien|non rien d autre|non ca ira|c est bon|non c est bon|"
                           r"juste (ca|cela)|seulement (ca|cela)|c est (tout|ca))\W*(merci( beaucoup| bien)?\W*)?$")


def regime_agricole_dit(tracker: Tracker) -> Optional[bool]:
    """Whether the household is under the agricultural scheme (docs/situation.md ``regime_agricole``), as the
    person's messages since the last restart say it, the latest statement winning (« je ne suis pas agriculteur »
    corrects « éleveur »). Not a slot: a slot would change the model's domain, and a retraining on the same data
    moves DIET's readings (tried on 2026-12-02: two held-out emergencies fewer); the fact is read again from the
    words whenever the situation is said back or oriented."""
    return regime_agricole_des_evenements(tracker.events or [])


def regime_agricole_des_evenements(events: list[dict[str, Any]]) -> Optional[bool]:
    """``regime_agricole_dit`` on a tracker's events."""
    return faits_sans_slot_des_evenements(events).get("regime_agricole")


def faits_sans_slot_des_evenements(events: list[dict[str, Any]]) -> dict[str, bool]:
    """The contract facts read again from the whole conversation rather than held in a slot (see
    regime_agricole_dit; extraction.FAITS_SANS_SLOT), as the person's messages since the last restart say them, the
    latest statement winning (also read by bench/conversations.py); a fact never said is absent."""
    valeurs: dict[str, bool] = {}
    for message in messages_depuis_la_remise_a_zero(events):
        valeurs.update(faits_sans_slot(message))
    return valeurs


def messages_depuis_la_remise_a_zero(events: list[dict[str, Any]]) -> list[str]:
    """The person's typed messages since the last restart or erasure, oldest first (buttons left out).

    A restart (« recommencer », ``action_recommencer``) empties the needs among the other slots; the needs emptied
    by another action are no restart: the form asking its needs question again (« C'est noté. Pour quoi
    cherchez-vous de l'aide ? ») had cut off the first message, with the care leaver's or the farmer's words in it.
    Rasa logs an action, then the events it returned, so the action before an event is the one that made it."""
    messages: list[str] = []
    besoins_effaces = False
    for event in reversed(events):
        if event.get("event") in ("restart", "session_started", "reset_slots"):
            break
        if event.get("event") == "slot" and event.get("name") == "besoins" and event.get("value") is None:
            besoins_effaces = True
        elif event.get("event") == "action" and besoins_effaces:
            if event.get("name") == "action_recommencer":
                break
            besoins_effaces = False
        elif event.get("event") == "user":
            besoins_effaces = False
        if event.get("event") == "user" and event.get("text") and not est_payload(event["text"]):
            messages.append(event["text"])
    return messages[::-1]


def ressources_en_plus_dites(tracker: Tracker) -> list[str]:
    """The money besides the activity's own that the person's messages named without its amount
    (parcours.RESSOURCES_EN_PLUS: « j'ai un petit job et une bourse »), since the last restart."""
    dites: set[str] = set()
    proche = tracker.get_slot("pour_un_proche") is True
    for message in messages_depuis_la_remise_a_zero(tracker.events or []):
        dites |= ressources_en_plus(normaliser(message), proche)
    return sorted(dites)


def ressource_du_conjoint_dite(tracker: Tracker) -> Optional[str]:
    """The kind of money the person's messages say the partner brings in (« mon mari est au chômage »), the
    latest said first; None when none is said."""
    for message in reversed(messages_depuis_la_remise_a_zero(tracker.events or [])):
        kind = ressource_du_conjoint(normaliser(message))
        if kind:
            return kind
    return None


def slots_et_faits_dits(tracker: Tracker) -> dict[str, Any]:
    """The slots, plus the facts read again from the whole conversation rather than held in a slot."""
    slots = {**tracker.slots, parcours.RESSOURCES_EN_PLUS: ressources_en_plus_dites(tracker)}
    slots.update(faits_sans_slot_des_evenements(tracker.events or []))
    return slots


def _besoins_dits(tracker: Tracker) -> set[str]:
    """The needs this conversation named in words (any message of the person since the last restart) or
    behind a danger already answered: the needs the classifier alone did not read."""
    dits: set[str] = set()
    for message in messages_depuis_la_remise_a_zero(tracker.events or []):
        dits.update(besoins_de_la_reponse(message))
        # (and the needs' reader's, which the answer to the needs question took: its needs are said too)
        dits.update(besoins_lus_dans(message, [], CONTEXTE_BESOINS))
        dits.update(besoins_du_message(message, Detection(), []))
    dits.update(BESOIN_DE_L_URGENCE.get(k) for k in tracker.get_slot("urgences_repondues") or [])
    return {b for b in dits if b}


def besoins_des_faits(faits: dict[str, Any]) -> set[str]:
    """The needs the situation's facts stand for, whoever read them: a disability rate recognised (« la MDPH lui a
    reconnu 80 % »), a benefit of disability received (the AAH, the PCH, an invalidity pension: « à cause de ma
    sclérose en plaques j'ai une pension d'invalidité »), help needed for daily life, a pregnancy."""
    besoins = set()
    taux = faits.get("handicap_taux")
    recues = faits.get("prestations_percues") if isinstance(faits.get("prestations_percues"), list) else []
    if isinstance(taux, (int, float)) and taux > 0 or faits.get("rqth") is True or \
            set(recues) & PRESTATIONS_DU_HANDICAP:
        besoins.add("handicap")
    if faits.get("perte_autonomie") is True:
        besoins.add("autonomie")
    if faits.get("grossesse") is True:
        besoins.add("famille")
    return besoins


def _commune_lue_par_l_urgence(tracker: Tracker) -> bool:
    """Whether this message's commune was already read by the emergency answer of this turn (actions.urgences sets the
    commune, or the namesakes to choose from, before the form validates): the message is not read a second time by
    other rules (« Je suis au RSA à Denain » after a danger was Denain there, then « les murs » made the form offer
    Murs, Vaucluse or Indre, instead)."""
    # (back from the latest event to the message, as urgences.urgence_repondue_ce_tour: a slot event belongs to the
    # action logged before it)
    lue = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action":
            if lue and event.get("name") == ACTION_URGENCE:
                return True
            lue = False
        elif event.get("event") == "slot" and (
                event.get("name") == "commune" and territoire.CODE_COMMUNE.match(str(event.get("value") or "")) or
                event.get("name") == territoire.SLOT_CHOIX and event.get("value")):
            lue = True
    return False


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

def _commune_nommee_exactement(texte: str) -> Any:
    """The commune a message answering the commune question names exactly first (not a prefix, not
    approximately), as ``territoire.lire_commune`` reads such an answer (« saint quentin dans l'aisne »,
    « Fort-de-France, Terres-Sainville »), whatever the classifier made of it; None otherwise."""
    try:
        status, candidates = territoire.lire_commune(texte, "commune")
    except Exception:  # noqa: BLE001 - the commune will simply be asked again
        return None
    if status == "found" and len(candidates) == 1 and _departement_dit(texte, candidates[0]):
        # a name typed a little wrong with its département said (« riom es montagne dans le cantal »): that commune
        return candidates[0]
    return candidates[0] if status == "found" and territoire._exact(candidates) else None


def _departement_dit(texte: str, commune: Any) -> bool:
    """Whether the message names the commune's département, by its name or its number."""
    norm = normaliser(texte)
    nom = normaliser(getattr(commune, "departement_nom", "") or "")
    numero = str(getattr(commune, "departement", "") or "").lower()
    return bool(nom and re.search(rf"\b{re.escape(nom)}\b", norm) or numero and re.search(rf"\b{re.escape(numero)}\b", norm))


def _ville_de_l_arrondissement(valide: Optional[str], nouvelle: Any) -> bool:
    """Whether ``nouvelle`` is the city of the arrondissement already validated (Paris of Paris 18e)."""
    if not valide:
        return False
    connue = commune_by_code(valide)
    return connue is not None and getattr(connue, "commune_parent", None) == getattr(nouvelle, "code", None)


# Where the person lives, said in so many words (the town follows).
# A correction or a move said with a town (« en fait c'est Lens », « non pas Lille, Lens », « on a déménagé à Arras »).
_DEMENAGE_OU_CORRIGE = re.compile(r"\b(en fait|enfin|pardon|plutot|je me suis trompee?|erreur|pas (a |au )?\w+,? mais|"
                                  r"non,? (c est|pas|on est|je suis)|(on a|j ai|nous avons) demenage|"
                                  r"maintenant (je suis|on est|j habite|on habite))\b")
_HABITE_A = re.compile(r"\b(j habite|jhabite|j habites|on habite|nous habitons|je vis|on vit|nous vivons|je reside|"
                       r"je demeure) (a|au|aux|en|sur|dans)\b|"
                       # where one sleeps now is where one is (« je dors chez une copine à Poitiers »)
                       r"\b(je dors|jdors|on dort|nous dormons|je loge|je suis hebergee?|on est heberges?) (chez (\w+ ){1,3})?"
                       r"(a|au|aux|en)\b")


def _noter_commune(tracker: Tracker, requested: Optional[str], texte: str, intent: Optional[str],
                   dispatcher: CollectingDispatcher, autres_faits: bool = False) -> dict[str, Any]:
    """Check a commune named in this message with the knowledge base (slot changes)."""
    courant = tracker.get_slot(territoire.SLOT)
    valide = _commune_validee(tracker)
    choix = list(tracker.get_slot(territoire.SLOT_CHOIX) or [])
    # writing for a relative, already known or said in this very message (its slot is set with this message's facts)
    proche = tracker.get_slot("pour_un_proche") is True or (requested != "commune" and pour_un_proche_dit(texte))
    valeurs: list[str] = []
    if est_payload(texte) and not (requested == "commune" and texte.startswith("/donner_commune")):
        # A button answers only its own question: the commune stays as it was.
        return {"commune": valide} if courant != valide and valide else {}
    if requested != "commune" and _commune_lue_par_l_urgence(tracker):
        return {}  # read once, by the emergency answer's rules
    if courant and courant != valide and courant != INCONNU:
        valeurs = territoire._valeurs(courant)
        nommees = territoire.valeurs_nommees_dans(texte, valeurs) \
            if requested != "commune" and not est_payload(texte) else valeurs
        if not nommees:
            # The NLU took a word for a commune ("père"): only a place word or an unambiguous name counts; the
            # commune the words name beside it (« chez une copine à Poitiers », « chez » taken) is read below.
            valeurs = []
            if not valide and nommees is None:
                return {"commune": None} if courant else {}
        else:
            valeurs = nommees  # of the NLU's values, those the words name
        if valeurs and requested != "commune" and lieu_d_autrui(texte, proche):
            # the NLU's commune is a relative's town or a workplace (« il vit à Lyon »): the person's stays
            return {"commune": valide} if valide else {"commune": None}
        if valeurs and requested != "commune" and _HABITE_A.search(normaliser(texte)):
            # « j'habite à Matoury en fait, pas Cayenne, Cayenne c'est mon école »: the town said after « j'habite »
            # is read from the words below, not the NLU's entity (it took Cayenne)
            valeurs = []
    if requested == "commune" and not est_payload(texte):
        exacte = _commune_nommee_exactement(texte)
        if exacte is not None:
            # It wins over the NLU's entities, which may have taken a quarter after it for another
            # commune (Sainville, Eure-et-Loir) or missed it (« saint chely d apcher » read as another language).
            return {"commune": exacte.code, territoire.SLOT_NOM: exacte.nom, territoire.SLOT_CHOIX: None}
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
    if not valeurs and requested != "commune" and texte.strip() and not est_payload(texte):
        # "j'ai besoin d'aide, j'habite a saint denis": the NLU may miss the commune. A name after a
        # place word, or one that cannot be anything else (knowledge.territory.find_commune_in_text).
        try:
            lu = territoire.sans_montant_a_cinq_chiffres(texte, requested)
            # (« au Lamentin en Martinique »: the region said apart from the name chooses among its homonyms)
            status, candidates = _commune_du_message(lu, valide)
        except Exception:  # noqa: BLE001 - the commune will simply be asked
            logger.exception("Commune search in the message failed")
            status, candidates = "unknown", []
        if status == "found" and candidates[0].code != valide and \
                lieu_d_autrui(texte, proche):
            # « il a 50 ans et il vit à Lyon » (a son's town), « apprenti en BTS à Cayenne »: not where the person
            # lives (the commune known stays; none known, it is asked)
            return {}
        if status == "found" and valide and candidates[0].code != valide and requested not in (None, "commune") and \
                not _HABITE_A.search(normaliser(texte)) and not _DEMENAGE_OU_CORRIGE.search(normaliser(texte)):
            # the commune is known and this message answers another question (« ma femme touche 1100 à la cantine »
            # was Cantin): another town replaces it only when the person says they live there, or corrects it
            return {}
        if status == "found" and candidates[0].code != valide and not _ville_de_l_arrondissement(valide, candidates[0]):
            commune = candidates[0]
            return {"commune": commune.code, territoire.SLOT_NOM: commune.nom, territoire.SLOT_CHOIX: None}
        if status == "ambiguous" and not (valide and valide in {c.code for c in candidates}):
            return {"commune": None, territoire.SLOT_CHOIX: [c.code for c in candidates]}
        return {"commune": valide} if courant and courant != valide and valide else {}
    if not valeurs:
        return {"commune": valide} if courant and courant != valide and valide else {}
    try:
        status, candidates = territoire.resoudre(valeurs, tracker)
    except Exception:  # noqa: BLE001 - any failure of the knowledge base
        logger.exception("Commune resolution failed")
        dispatcher.utter_message(text=render.texte_erreur())
        return {"commune": valide}
    if status == "found" and requested != "commune" and _ville_de_l_arrondissement(valide, candidates[0]):
        return {"commune": valide}  # « HLM de Paris Habitat » after Paris 18e: the arrondissement stays
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

def _payload_faits(texte: str, entities: list[dict], requested: Optional[str]) -> dict[str, Any]:
    """The fact a button sets: its own entity, or its question's yes/no/don't know."""
    facts: dict[str, Any] = {}
    for e in entities:
        name, value = e.get("entity"), e.get("value")
        if name and name != "commune" and value is not None and name in parcours.QUESTIONS:
            facts[name] = value
    if not facts and requested and requested in parcours.QUESTIONS:
        if texte.startswith("/affirm"):
            facts[requested] = True
        elif texte.startswith("/deny"):
            facts[requested] = False
        elif texte.startswith("/ne_sait_pas"):
            facts[requested] = INCONNU
    return facts


# The partner's or another's part named in a correction (« ma femme c'est 1 550 pas 1 600 », « sa retraite à lui »).
_PART_D_UN_AUTRE = re.compile(r"\b(ma femme|mon mari|ma conjointe|mon conjoint|ma compagne|mon compagnon|mon epouse|mon epoux|"
                              r"elle|lui|sa|son|madame|monsieur|ma part|sa part|l autre|mon copain|ma copine|"
                              # (a relative written for, one of a couple: « la retraite de mon père c'est 1 350, pas 1 300 »,
                              # his and his wife's 1 900 known)
                              r"(mon|ma) (pere|mere|papa|maman|grand pere|grand mere|beau pere|belle mere|fils|fille|frere|"
                              r"soeur|oncle|tante))\b")
# The speaker's own part of a couple's resource (« moi c'est 1 450 depuis octobre »).
_PART_DE_SOI = re.compile(r"\b(moi|mon salaire|ma paie|ma paye|ma retraite|ma pension)\b")
# Something left out and said at the recap (« j'ai oublié ma femme, elle fait des ménages »).
_OUBLIE = re.compile(r"\b(oublie|oubliee|oublier|zappe|pas dit|pas parle)\b")


def _montant_ecrit(norm: str, montant: float) -> bool:
    """Whether ``montant`` is written in the folded message (« 1 250 », « 1250 »)."""
    return any(abs(float(n) - montant) < 0.5 for n in re.findall(r"\b\d+(?:\.\d+)?\b", norm))


def _part_dite_avant(tracker: Tracker, norm: str, nom: str, total: float) -> Optional[float]:
    """The part of resource ``nom`` said in an earlier message for the person a correction names (« moi », « ma
    mère »): « moi 1400 net, elle 150 par semaine », then « moi c'est 1450 »: 1 400. None when none was said."""
    qui = _PART_D_UN_AUTRE.search(norm) or _PART_DE_SOI.search(norm)
    if qui is None or qui.group(0) in ("sa", "son"):
        return None
    for message in reversed(messages_depuis_la_remise_a_zero(tracker.events or [])[:-1]):
        for morceau in re.split(r"[,;]| et ", normaliser(message)):
            if re.search(rf"\b{re.escape(qui.group(0))}\b", morceau):
                valeur = extract(morceau, requested=nom).facts.get(nom)
                if est_nombre(valeur) and 0 < valeur < total - 0.5:
                    return float(valeur)
    return None


# A message that ends on a question, asked back to the bot (« …, c'est à elle de payer plus non ? »).
_QUESTION_EN_RETOUR = re.compile(r"\?\s*$")


_TRAVAIL_TENU = re.compile(r"\b(?:je|j|on|nous)? ?(?:travaille|travaillons|bosse|bossons|taf|taffe)\b(?! (?:pas|plus|jamais)\b)")


def _travail_tenu(texte: str, extraction: Any) -> bool:
    """Whether the message says a job held (« jtravaille aussi le we », « je suis en CDI »), not one looked for."""
    norm = normaliser(texte)
    return (extraction.facts.get("activite") in ("salarie", "apprenti", "independant") or
            bool(_TRAVAIL_TENU.search(norm))) and not re.search(r"\b(cherche|recherche|trouver|voudrais|veux|aimerais)\b", norm)


def noter(tracker: Tracker, dispatcher: CollectingDispatcher,
          requested: Optional[str]) -> tuple[dict[str, Any], bool]:
    """Slot changes for the facts of the latest message, and whether it answered anything."""
    texte, intent, entities = _message(tracker)
    slots = {**tracker.slots, parcours.RESSOURCES_EN_PLUS: ressources_en_plus_dites(tracker)}
    changes: dict[str, Any] = {}

    besoin = besoin_de_l_intent(intent)
    if est_payload(texte):
        # A button answers only its own question (and never moves the commune).
        facts = _payload_faits(texte, entities, requested)
        if requested == "commune" or texte.startswith("/donner_commune"):
            changes.update(_noter_commune(tracker, requested, texte, intent, dispatcher))
        besoins = parcours.avec_besoin(slots, besoin)
        if besoins is not None:
            changes["besoins"] = besoins
        elif requested == "besoins" and texte.startswith(("/deny", "/affirm", "/ne_sait_pas")):
            # "Non, c'est tout" to the needs asked back: the needs known (none known: the general questions)
            facts.pop("besoins", None)
            changes["besoins"] = list(slots.get("besoins") or []) if isinstance(slots.get("besoins"), list) \
                and slots.get("besoins") else INCONNU
        for name, value in facts.items():
            changes[name] = value
        if facts.get("ressources") == INCONNU:
            changes["ressources"] = INCONNU
        changes = {k: v for k, v in changes.items() if k in tracker.slots or k == "requested_slot"}
        return changes, bool(facts) or bool(besoin) or "commune" in changes or "besoins" in changes

    # "je préfère pas", "jsp": no answer, whatever the intent (deny would read as "non").
    sans_reponse = intent == "ne_sait_pas" or bool(_SANS_REPONSE.search(normaliser(texte)))
    if slots.get("pour_un_proche") is True:
        # the relative the conversation is about, named first (« ma mère a Alzheimer »): another's age is not theirs
        slots["proche_nomme"] = next((p for m in messages_depuis_la_remise_a_zero(tracker.events or [])
                                      if (p := proche_nomme(normaliser(m)))), None)
    extraction = extract(texte, entities, requested=requested, intent=None if sans_reponse else intent,
                         known=slots)
    facts = dict(extraction.facts)
    for nom in FAITS_SANS_SLOT:
        facts.pop(nom, None)  # not a slot: read again from the whole conversation (faits_sans_slot_des_evenements)
    if requested in (*RESSOURCES, "dette_loyer", "epargne") and facts.get(requested) == 0 and _QUESTION_EN_RETOUR.search(texte) \
            and not re.search(r"\d", texte):
        # a question asked back about the amount (« le juge a encore rien fixé, c'est à elle de payer plus non ? »): its
        # « rien » answers nothing, the question comes again (it was taken for no child support at all)
        del facts[requested]
    choisi = _bouton_choisi(texte, requested)
    if choisi is not None:
        facts[requested] = choisi
    if requested == "nationalite" and "nationalite" not in facts and not sans_reponse and \
            derniere_question(tracker) == textes.NATIONALITE_TITRE:
        # « oui » / « non » to "avez-vous un titre de séjour ?", asked after a nationality outside the EU
        norm_reponse = normaliser(texte)
        if intent == "affirm" or re.match(r"(oui|ouais|ouai|yes|bien sur|j en ai (un|une))\b", norm_reponse):
            facts["nationalite"] = "hors_ue_regulier"
        elif intent == "deny" or re.match(r"(non|nan|pas encore|pas de|j en ai pas|je n en ai pas)\b", norm_reponse):
            facts["nationalite"] = "hors_ue_irregulier"

    # Needs. Words win over the classifier: its need counts alone only where the words name none (an opening
    # message, whose needs are then asked back, see parcours; an answer to the needs question). Needs named
    # later, in an answer to any question or at the recap, are added to those known.
    besoins_connus = list(slots.get("besoins") or []) if isinstance(slots.get("besoins"), list) else []
    norm = normaliser(texte)
    # (the classifier's « deny » on a remark that is no answer, « on avait pas d'assurance », is not « nothing else »: a
    # refusal opens with its word or is short)
    rien_d_autre = requested == "besoins" and (
        intent == "deny" and (len(norm.split()) <= 3 or bool(re.match(r"\W*(non|nan|nn|no|rien|pas d autre|c est tout)\b", norm)))
        or bool(_RIEN_D_AUTRE.match(norm)))
    if besoin == "emploi" and _travail_tenu(texte, extraction) and "emploi" not in besoins_de_la_reponse(texte):
        besoin = None  # a job held (« jtravaille aussi le we »): the classifier's need of work is not the words'
    lus_par_le_lecteur: list[str] = []  # the needs only the needs' reader read in the answer
    if requested == "besoins":
        # (the words' needs, and those the needs' reader reads in words no list holds: « de quoi tenir jusqu'à janvier »)
        # (not in « je ne sais pas », « non, rien d'autre » or a question asked instead, « c'est quoi l'AAH ? »: no answer)
        mots_des_listes = besoins_de_la_reponse(texte)
        mots = mots_des_listes if sans_reponse or rien_d_autre or intent == "question_dispositif" or \
            question_sur_un_mot(texte) else besoins_lus_dans(texte, mots_des_listes, CONTEXTE_BESOINS)
        lus_par_le_lecteur = [b for b in mots if b not in mots_des_listes]
        autonomie_dite = facts.get("perte_autonomie") is True
        if autonomie_dite and "alimentation" in mots and not re.search(
                r"\b(manger|faim|nourriture|colis|repas|frigo)\b",
                re.sub(r"\b(se|me|lui|leur) (faire|preparer) (a manger|ses repas|les repas|son repas)\b|"
                       # (help with the meals beside the washing, meals brought home: « de l'aide pour la toilette et les
                       # repas », help at home, not food aid)
                       r"\baides? (pour|a|aux) (\w+ ){0,4}(les |ses |leurs |)repas\b|\bportage (de |des )?repas\b", " ",
                       normaliser(texte))):
            # « elle n'arrive plus à faire ses courses », « il arrive plus à se faire à manger »: no food aid
            mots.remove("alimentation")
        # « je vis seul à Roubaix dans un studio » (a second message typed before reading the question) tells the
        # situation and names no need: the classifier's need (a studio: housing) is not taken, the question stays.
        situation_dite = bool(set(facts) - {"pour_un_proche"})
        if situation_dite and not mots_des_listes:
            # (nor the needs' reader's alone: « jsuis en résidence crous et jai déjà l'apl » tells where one lives, it read
            # housing)
            mots = []
        nouveaux = mots or ([besoin] if besoin and not rien_d_autre and not sans_reponse and not situation_dite
                            else [])
        if autonomie_dite:
            # « elle n'arrive plus à se laver seule »: help for daily life is a need too, inferred, not named (the
            # needs read before are kept)
            nouveaux = [*nouveaux, "autonomie"]
        if besoins_connus and mots:
            # The needs asked back and the person named theirs: a need only the classifier had read gives way
            # (never a danger's: violence stays whatever was read).
            dits = _besoins_dits(tracker) | besoins_des_faits({**slots, **facts})
            besoins_connus = [b for b in besoins_connus if b in dits or b == "violence"]
    elif requested is None and not derniere_question(tracker).startswith(textes.RECAP_DEBUT) and \
            question_interrompue(tracker) in (None, "besoins"):
        autre_lecture = _BESOIN_LU_AUTREMENT.get(besoin or "")
        if autre_lecture is not None and autre_lecture(extraction, texte) and besoin not in besoins_de_la_reponse(texte):
            besoin = None  # the words read otherwise, and they do not name the classifier's need themselves
        mots = besoins_de_la_reponse(texte)
        if besoin and besoin != "violence" and mots and besoin not in mots and not extraction.besoins and \
                extraction.facts.get("perte_autonomie") is not True:
            # (not when the words tell a loss of autonomy, « elle n'arrive plus à préparer ses repas »: the classifier's
            # help at home is right there, the meals' word no food aid)
            # Words win here too: « je m'occupe de mes 2 petits-enfants, ma fille est malade » names the family, the
            # classifier read help for daily life; the words' needs are said back and asked (« autre chose aussi ? »)
            besoin, nouveaux = None, mots
        else:
            nouveaux = ([besoin] if besoin else []) + extraction.besoins
    else:
        # An answer to a question, a question typed in the middle of the form (« ses enfants devront-ils rembourser
        # après son décès ? » was the debts need), or a correction at the recap (« en fait mes parents c'est plutôt
        # 200 »): a need the classifier reads counts only when the words name it too.
        # (the answer to the activity question names a job: « aide à domicile, 20 h par semaine » is no help needed)
        # (nor a question about what a word means, « est-ce que c'est pareil que le handicap ? »)
        nouveaux = extraction.besoins + ([besoin] if besoin and besoin in besoins_de_la_reponse(texte) and
                                         requested != "activite" and not question_sur_un_mot(texte) else [])
    # The needs asked back and answered with the same needs ("payer EDF, l'énergie" when energy was read):
    # answered all the same, or the question would come back for ever.
    demandes_en_retour = requested == "besoins" and isinstance(slots.get("besoins"), list)
    # (asked back, a need only the classifier read in a remark, « on avait pas d'assurance » read as the disaster again,
    # is no need said again: the words name none)
    redits = bool(mots) if requested == "besoins" and demandes_en_retour and slots.get("precision") != "besoins" \
        else bool(nouveaux)
    nouveaux = [b for b in dict.fromkeys(nouveaux) if b not in besoins_connus]
    if "logement" in nouveaux and "impayes_loyer" in besoins_connus and requested != "besoins" and not re.search(
            r"\b(cherche|trouver|relogement|reloger|besoin d un (logement|toit)|ou dormir|a la rue|plus grand|insalubre)\b", norm):
        # the arrears known, a fear of being put out (« est-ce que le proprio peut me mettre dehors en plein hiver ? ») is
        # theirs, not a home to find
        nouveaux.remove("logement")
    # A sentence that names no new need (« le papa paye rien depuis la séparation », typed before the question
    # « autre chose aussi ? » was read): asked once more, then taken as they are (precision) — the person's other
    # needs (« surtout de l'argent ») were never asked for.
    # (a short answer naming the need again, « la prime d'activité », « payer edf, l'énergie », answers it; a short one
    # naming none, « on avait pas d'assurance », does not: since 2026-12-05, three words and more, not six)
    # (a question about a scheme asked instead, « on m'a dit que je pouvais avoir le RSA, c'est vrai ? », is answered by
    # its rule and leaves the person's other needs to ask once more; a short one, « la prime d'activité ? », names its need)
    # (an answer that opens with a need already known, « un peu d'argent, c'est juste avec mon fils », says that is all:
    # it was asked once more, and the same answer came back)
    seulement_redits = demandes_en_retour and not nouveaux and not rien_d_autre and not sans_reponse and \
        slots.get("precision") != "besoins" and besoins_connus == slots.get("besoins") and \
        (len(norm.split()) >= 6 or len(norm.split()) >= 3 and not redits) and \
        (intent != "question_dispositif" or "?" in texte and len(norm.split()) >= 6) and \
        not _reponse_directe(texte, besoins_connus)
    # The first needs question answered with words that name no need (« le papa est parti, il donne rien »,
    # typed before the question was read): the classifier's need is taken and asked back once, like an opening
    # message's (« Si j'ai bien compris… autre chose aussi ? »), so the person can say theirs.
    classe_seul = requested == "besoins" and not besoins_connus and nouveaux and not mots and \
        slots.get("precision") != "besoins" and not facts.get("perte_autonomie")
    if seulement_redits:
        changes["precision"] = "besoins"  # asked once more (parcours reads it), the needs known kept
    elif nouveaux or demandes_en_retour and (redits or besoins_connus != slots.get("besoins")):
        changes["besoins"] = besoins_connus + nouveaux
        if demandes_en_retour and nouveaux and besoins_connus and not rien_d_autre and slots.get("precision") != "besoins" and \
                len(norm.split()) >= 8 and re.search(r"\b(je|j|on|nous|mon|ma|mes)\b", norm) and \
                (not facts or re.match(r"\s*(et|en plus|puis)\b", norm)) and not _reponse_directe(texte, nouveaux) and \
                not set(nouveaux) <= set(lus_par_le_lecteur):
            # « autre chose aussi ? » answered by a story typed before it was read (« et là j'ai une facture EDF de 380 que
            # je peux pas payer, ils menacent de couper »): its need is added and the question asked once more, the
            # person's own list (« et j'ai pas de mutuelle non plus ») was never asked for
            # (a story's facts told on too, « et mon proprio me réclame 1 800 de loyers en retard »: the next message of the
            # story, the person's list never asked for either)
            # (not for a need only the needs' reader read: « un peu d'argent, c'est juste avec mon fils et mon salaire » answered
            # the question, its family need read in words no list holds)
            changes["precision"] = "besoins"

    if sans_reponse and requested and requested not in ("commune", "besoins") and requested not in facts:
        facts[requested] = INCONNU
    if sans_reponse and requested == "commune":
        facts["commune"] = INCONNU

    for name, message in extraction.refus.items():
        repond = name == requested or (requested == "ressources" and name in RESSOURCES)
        # A value out of range for another field than the question asked is a misreading of the answer
        # (« une de 2 ans » to the children's question is no age of 2): dropped without a word.
        if repond and slots.get("precision") == requested and requested not in facts:
            # Out of range a second time in a row: taken as unknown, the form goes on (the same answer given again
            # got the same sentence for ever); the recap shows it and the person can still correct it.
            dispatcher.utter_message(text=textes.REFUS_DEUX_FOIS)
            facts[requested] = INCONNU
            changes["precision"] = None
            continue
        if repond or requested in (None, "correction"):
            dispatcher.utter_message(text=message)
        if repond:
            changes[requested] = None
            changes["precision"] = requested

    # Asked the household's money without the benefits already said (« Sans compter l'AAH et l'APL… »), an amount
    # said with them (« 1033 + l'apl », « environ 1100 avec tout »): the benefits are in it, so it is not the other
    # money asked for; asked once more, said apart, then left unknown (it was other money beside the AAH).
    if requested == "ressources" and _aides_a_part(slots) and _AVEC_LES_AIDES_RECUES.search(normaliser(texte)) and \
            any(isinstance(facts.get(r), (int, float)) and facts[r] > 0 for r in RESSOURCES) and \
            not any(isinstance(slots.get(r), (int, float)) and isinstance(facts.get(f), (int, float)) and
                    abs(slots[r] - facts[f]) < 1 for r in RESSOURCES for f in RESSOURCES):
        # (not the pay known said again with them, « 1600 plus les allocs »: nothing else comes in, below)
        for r in RESSOURCES:
            facts.pop(r, None)
        if slots.get("precision") == "ressources":
            facts["ressources"] = INCONNU
            changes["precision"] = None
        else:
            changes["precision"] = "ressources"
            changes["ressources"] = None
    # The pay (or pension) known and named again with the benefits (« nos 2 salaires et les allocs ») to the household's
    # total: nothing else comes in, not a total to ask again.
    if requested == "ressources" and "ressources" in extraction.ambigus and parcours.ressource_du_couple(slots) and \
            not any(isinstance(facts.get(r), (int, float)) for r in RESSOURCES) and \
            _RIEN_D_AUTRE_QUE.search(normaliser(texte)):
        extraction.ambigus.discard("ressources")
    # A range or a vague amount for the question asked: asked once more, then taken as unknown.
    flou = requested if requested in extraction.ambigus or (
        requested == "ressources" and extraction.ambigus & set(RESSOURCES)) else None
    if flou and requested not in facts and not any(r in facts for r in RESSOURCES if requested == "ressources"):
        if slots.get("precision") == requested:
            # Asked again for one amount and given one approximate amount again (« dans les 850 »): that amount.
            approche = montant_approche(texte, milieu=requested in (*RESSOURCES, "ressources")) \
                if requested in _UN_MONTANT else None
            vagues = [r for r in RESSOURCES if r in extraction.ambigus]
            smic = part_du_smic(normaliser(texte)) if requested in ("revenus_activite", "ressources") else None
            if approche is None and requested == "chomage":
                # the allowance by the day said again: its month, 30 days (it was lost, and the recap said « pas de revenus »)
                approche = allocation_par_jour_au_mois(texte)
            if approche is None and smic is not None and (requested == "revenus_activite" or vagues == ["revenus_activite"]):
                approche = round(smic * smic_net_mensuel(current_month()))  # « le smic » again: its net amount
            if requested == "ressources" and approche is not None and len(vagues) == 1:
                facts[vagues[0]] = approche  # « mon mari gagne dans les 1 600 net », asked again: that pay
                if parcours.ressource_du_couple(slots):
                    flou = None  # the total asked after the pay (« en tout dans les 970 »): split as any total below
            else:
                facts[requested] = approche if approche is not None and requested != "ressources" else INCONNU
            changes["precision"] = None
        else:
            if requested == "enfants" and "enfants" in extraction.incomplets:
                dispatcher.utter_message(text=textes.AGES_DE_CHACUN.format(nb=int(slots["nb_enfants"])))
            elif requested in ("enfants", "nb_enfants"):
                dispatcher.utter_message(text=textes.PRECISION_ENFANTS)
            elif requested == "handicap_taux":
                dispatcher.utter_message(text=textes.PRECISION_TAUX)
            elif requested == "age":
                dispatcher.utter_message(text=textes.PRECISION_AGE)
            elif requested == "titre_sejour_annees":
                dispatcher.utter_message(text=textes.PRECISION_ANNEES)
            elif requested == "activite":
                render.envoyer(dispatcher, tracker, text=textes.PRECISION_ACTIVITE,
                               buttons=list(parcours.QUESTIONS["activite"][1]))
            elif requested in ("revenus_activite", "ressources") and part_du_smic(normaliser(texte)) is not None:
                dispatcher.utter_message(text=textes.PRECISION_SMIC.format(
                    montant=euros(smic_net_mensuel(current_month()))))
            elif not (requested == "ressources" and AVEC_LES_AIDES.search(normaliser(texte))):
                dispatcher.utter_message(text=textes.PRECISION)  # (with the benefits in it: the question is reworded)
            changes["precision"] = requested
            changes[requested] = None
    elif slots.get("precision") and slots.get("precision") in facts:
        changes["precision"] = None

    # Benefits received: added to those known, those said not received removed; an answer to the
    # question replaces the list.
    connues = list(slots.get("prestations_percues") or []) if isinstance(slots.get("prestations_percues"), list) \
        else []
    if facts.get("prestations_percues") == INCONNU:
        changes["prestations_percues"] = facts.pop("prestations_percues")
    elif "prestations_percues" in facts or extraction.retirees:
        lues = facts.pop("prestations_percues", None)
        # Added to those known, also in answer to the question: benefits read before it are said back
        # with it ("d'autres aides ?"), so « non » or « l'APL » completes the list instead of replacing it.
        nouvelles = [p for p in connues + (lues or []) if p not in extraction.retirees]
        nouvelles = list(dict.fromkeys(nouvelles))
        if nouvelles != connues or requested == "prestations_percues" or slots.get("prestations_percues") is None \
                and lues is not None:
            changes["prestations_percues"] = nouvelles

    # « rien » to "combien votre foyer reçoit-il (salaires, chômage, retraite, pension alimentaire…) ?":
    # nothing of each of them (child support is then not asked again).
    du_couple = parcours.ressource_du_couple(slots) if requested == "ressources" else None
    if du_couple and not flou:
        du_conjoint = ressource_du_conjoint_dite(tracker) if slots.get("en_couple") is True else None
        facts.update(total_du_couple(texte, facts, du_couple, float(slots[du_couple]), extraction.facts,
                                     du_conjoint if du_conjoint and du_conjoint != du_couple else "autres_ressources"))
    elif requested == "ressources" and not flou and rien_ne_rentre(texte, extraction.facts):
        facts.update({r: 0.0 for r in RESSOURCES if facts.get(r) is None})
    elif requested == "ressources" and not flou and [r for r in RESSOURCES if facts.get(r) is not None] == ["revenus_activite"] \
            and slots.get("activite") in ("sans_activite", "etudiant") and \
            ressources_en_plus_dites(tracker) == ["autres_ressources"] and not sorte_dite(normaliser(texte), "revenus_activite"):
        # a bare amount of a household without pay, the only money the conversation named being other (« on a rien comme
        # revenus, juste ce que sa mère nous donne », then « 100 euros »): that money, not pay (the prime d'activité came)
        facts["autres_ressources"] = facts.pop("revenus_activite")
    # « on est 5 à la maison » said before the couple was known: the children are the people less the adults once it
    # is (« mon fils de 6 ans est autiste », said in passing, had counted one child)
    if facts.get("en_couple") in (True, False) and slots.get("en_couple") is not facts["en_couple"] and \
            "nb_enfants" not in facts and not slots.get("pour_un_proche") and \
            not question_posee(tracker, "nb_enfants"):  # (the children's number answered stands)
        tailles = [t for m in messages_depuis_la_remise_a_zero(tracker.events or [])[:-1]
                   if (t := taille_du_foyer(normaliser(m))) is not None]
        nb = tailles[-1] - (2 if facts["en_couple"] else 1) if tailles else None
        if nb is not None and nb >= 0 and nb != slots.get("nb_enfants"):
            facts["nb_enfants"] = nb
            ages = slots.get("enfants")
            if nb == 0 or not (isinstance(ages, list) and len(ages) == nb):
                facts["enfants"] = [] if nb == 0 else None  # the ages asked for the number said
    # A rent or rent arrears say the person is a tenant (the extraction reads only what is said).
    if logement_deduit(texte, facts) and "logement" not in facts and \
            slots.get("logement") in (None, INCONNU) and requested != "logement":
        facts["logement"] = "locataire"
    # The household's total answered by a person whose activity is known: the words of the money (« quand j'ai des missions
    # d'intérim, 300 ») tell where it comes from, not a new activity (a jobseeker became salaried and lost the CEJ)
    if requested == "ressources" and facts.get("activite") not in (None, slots.get("activite")) and \
            slots.get("activite") not in (None, INCONNU):
        del facts["activite"]
    # A pension or an unemployment benefit of one's own implies the activity (« je touche 640 € de retraite »).
    for nom, valeur in extraction.deduits.items():
        if nom not in facts and slots.get(nom) in (None, INCONNU) and requested != nom:
            facts[nom] = valeur
    # One part of a household's resource corrected (« la retraite de ma femme c'est 370 pas 350 », the couple's 800 + 350
    # known): the part replaced in the total, not the total replaced by the part (1 170, not 370).
    for nom, ancien in extraction.remplaces.items():
        connu = slots.get(nom)
        if isinstance(facts.get(nom), (int, float)) and est_nombre(connu) and \
                float(connu) - ancien > 0.5 and _PART_D_UN_AUTRE.search(norm):
            facts[nom] = float(connu) - ancien + float(facts[nom])
    if requested in ("correction", None):
        for nom in RESSOURCES:
            connu = slots.get(nom)
            if nom in extraction.remplaces or not est_nombre(facts.get(nom)) or not est_nombre(connu) or \
                    float(connu) - float(facts[nom]) <= 0.5 or not _montant_ecrit(norm, float(facts[nom])):
                # (an amount the message does not write is the total the extraction made of it already: « moi c'est 1250
                # pas 1300 » over the couple's 2 250 read 2 200, which was made 3 150)
                continue
            ancien = _part_dite_avant(tracker, norm, nom, float(connu))
            if ancien is not None:
                # « la retraite de ma mère c'est 480 » after « 950 pour mon père et 450 pour ma mère »: 1 430, not 480
                facts[nom] = float(connu) - ancien + float(facts[nom])
            elif _OUBLIE.search(norm) and _PART_D_UN_AUTRE.search(norm):
                # « ah j'ai oublié ma femme, elle fait des ménages, 200 par mois » over a pay of 1 600: 1 800, not 200
                facts[nom] = float(connu) + float(facts[nom])
        seul = re.findall(r"\b(\d{3,5}(?:\.\d+)?)\b(?! ?(?:mois|ans?|jours?|%))", norm)
        if not any(r in facts for r in RESSOURCES) and len(seul) == 1:
            # the part alone, its kind in the earlier message (« moi c'est 1450 depuis octobre » after « moi 1400 net,
            # elle 150 par semaine »): of the one resource known that held such a part
            anciens = {nom: a for nom in RESSOURCES if est_nombre(slots.get(nom)) and slots[nom] > 0 and
                       (a := _part_dite_avant(tracker, norm, nom, float(slots[nom]))) is not None}
            if len(anciens) == 1:
                nom, ancien = next(iter(anciens.items()))
                facts[nom] = float(slots[nom]) - ancien + float(seul[0])
    # Facts in, later facts replacing earlier ones (corrections).
    for name, value in facts.items():
        if name == "commune":
            changes["commune"] = value
            continue
        changes[name] = value
    montants = [r for r in RESSOURCES if r in facts]
    if montants:
        # The household's total of every resource known, this message's amounts replacing earlier ones.
        connus = {r: slots.get(r) for r in RESSOURCES}
        connus.update({r: facts[r] for r in montants})
        reste = slots.get("autres_ressources")
        part = facts.get(requested) if requested in RESSOURCES and requested != "autres_ressources" else None
        if est_nombre(part) and part > 0 and "autres_ressources" not in facts and \
                est_nombre(reste) and reste > 0 and part <= reste + 1 and \
                question_posee(tracker, "ressources") and not question_posee(tracker, "autres_ressources"):
            # a part asked after the household's total, which held it in the rest whose kind was not said (« 1 250 plus
            # l'APL » over a pay of 1 100, then « 1 800 € par an » of child support): the part comes out of that rest, the
            # total said stays (it counted the 150 twice)
            connus["autres_ressources"] = changes["autres_ressources"] = max(0.0, float(reste) - float(part))
        apres = {**slots, **changes, **connus}
        # Without the resource of the activity (a salaried person's pay) the total is not known: the
        # question stays to ask, or stays answered « je ne sais pas » (an answer to it is the answer).
        # A couple's pay or pension answered on its own leaves the household's total to ask (parcours).
        # So does a pay or a pension too small to live on, said unasked (« une toute petite retraite de 180 € »).
        paie_seule_du_couple = requested in parcours.RESSOURCE_DE_L_ACTIVITE and \
            parcours.ressource_du_couple(apres) == requested or \
            requested not in ("ressources", *RESSOURCES) and parcours.ressource_trop_petite(apres) in montants
        if requested == "ressources" or parcours.ressource_de_l_activite_inconnue(apres) is None and \
                not paie_seule_du_couple and not parcours.seule_ressource_du_statut_nulle(apres):
            changes["ressources"] = sum(float(v) for v in connus.values()
                                        if est_nombre(v))
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
    if requested == "besoins" and "besoins" not in changes and not changes.get("precision"):
        autres_faits = bool(facts) or bool(extraction.retirees) or "prestations_percues" in changes or \
            territoire.SLOT_CHOIX in changes or "commune" in changes
        if rien_d_autre or sans_reponse or not autres_faits and (intent in INTENTS_REPONSE or intent is None):
            # "non, c'est tout", "je ne sais pas", "tout ce à quoi j'ai droit": the needs known, or the general
            # questions when none is known
            changes["besoins"] = besoins_connus or INCONNU
        # else other facts and no need ("j'ai 52 ans, à Lyon"): the needs question is asked once more
    if requested == "besoins" and "besoins" in changes and slots.get("precision") == "besoins":
        changes["precision"] = None
    elif classe_seul and "besoins" in changes:
        changes["precision"] = "besoins"
    if requested == "nationalite" and "nationalite" not in facts and not sans_reponse and \
            derniere_question(tracker) != textes.NATIONALITE_TITRE and nationalite_hors_ue(texte):
        # « Marocaine. » (the NLU read a need, or another language): an answer, the permit is asked next, whatever the
        # intent, and also when the nationality question was asked once more (« pourquoi vous demandez ça ? » first)
        changes["precision"] = "nationalite"
    besoins_apres = changes.get("besoins", slots.get("besoins"))
    if isinstance(besoins_apres, list) and "emploi" in besoins_apres and "activite" not in facts and \
            slots.get("activite") == "sans_activite" and not question_posee(tracker, "activite") and \
            requested != "activite":
        # « je n'ai pas de travail » in passing, then « trouver un travail »: looking for work or not, registered
        # with France Travail or not — the activity question is asked rather than guessed.
        changes["activite"] = None
    dette = changes.get("dette_loyer")
    if isinstance(dette, (int, float)) and dette > 0 and isinstance(besoins_apres, list) and besoins_apres and \
            "impayes_loyer" not in besoins_apres:
        # rent owed, said at its question or anywhere (« 2 400 €, 4 mois »): the arrears are a need of their own, beside
        # the needs said (« les dettes et le loyer en retard » was kept as debts and housing only)
        changes["besoins"] = [*besoins_apres, "impayes_loyer"]
    # Only the slots of the domain.
    changes = {k: v for k, v in changes.items() if k in tracker.slots or k == "requested_slot"}
    repondu = bool(facts) or bool(nouveaux) or any(k in changes for k in ("commune", territoire.SLOT_CHOIX,
                                                                         "prestations_percues", "precision",
                                                                         "besoins")) or \
        bool(extraction.refus)
    return changes, repondu


def faits_du_message(tracker: Tracker, dispatcher: CollectingDispatcher) -> Optional[list[EventType]]:
    """For a message the rules sent elsewhere (not understood, a question about a scheme, an erasure
    request read from "j'ai oublié de dire…", "oui mais…" at the recap): when it carries facts of the
    situation, note them and go on with the form (any message at any time may correct any fact)."""
    texte = texte_du_message(tracker)
    if not texte.strip() or est_payload(texte):
        return None
    if question_interrompue(tracker) == "nationalite" and nationalite_hors_ue(texte):
        # « congolais (RDC) » to the nationality question (the NLU read a scheme's name): the permit is asked next
        return [SlotSet("precision", "nationalite"), FollowupAction(FORM)]
    sondage = extract(texte, entites(tracker), requested=None, known=dict(tracker.slots))
    utiles = {k for k in sondage.facts if k not in ("pour_un_proche",)} | sondage.retirees | set(sondage.besoins)
    if not utiles and not _autre_commune_nommee(tracker, texte):
        return None
    changes, _ = noter(tracker, dispatcher, requested=None)
    changes.pop("correction", None)
    return [SlotSet(k, v) for k, v in changes.items()] + [FollowupAction(FORM)]


def _autre_commune_nommee(tracker: Tracker, texte: str) -> bool:
    """Another commune than the one known, named with a place word and the person's own (« non en fait la résidence elle
    est à Cesson-Sévigné, pas Rennes » at the recap, which the NLU did not place: it was « not understood »)."""
    # (the commune validated before, or the one the slots hold with its name)
    courant = tracker.get_slot(territoire.SLOT)
    connue = commune_by_code(str(courant)) if courant and territoire.CODE_COMMUNE.match(str(courant)) else None
    valide = _commune_validee(tracker) or (
        courant if connue is not None and connue.nom == tracker.get_slot(territoire.SLOT_NOM) else None)
    try:
        status, candidates = _commune_du_message(texte, valide)
    except Exception:  # noqa: BLE001 - no commune then
        logger.exception("Commune search in the message failed")
        return False
    return status == "found" and candidates[0].code != valide and \
        not lieu_d_autrui(texte, tracker.get_slot("pour_un_proche") is True)


def _commune_du_message(texte: str, valide: Optional[str]) -> tuple[str, list[Any]]:
    """The commune a message names inside a sentence (a place word or an unambiguous name); of namesakes, the one in the
    overseas region said beside it, else the one in the département of the commune known (``valide``)."""
    return _du_departement_connu(territoire.dans_la_region_dite(texte, territoire.chercher_dans_une_phrase(texte)), valide)


def _du_departement_connu(trouve: tuple[str, list[Any]], valide: Optional[str]) -> tuple[str, list[Any]]:
    """Of communes of one name, the one in the département of the commune known: a commune corrected is next door
    (« mon studio il est à Saint-Grégoire, pas à Rennes »: the one of Ille-et-Vilaine, not the Tarn's)."""
    status, candidates = trouve
    connue = commune_by_code(valide) if status == "ambiguous" and valide else None
    voisines = [c for c in candidates if connue is not None and c.departement == connue.departement]
    return ("found", voisines) if len(voisines) == 1 else trouve


def question_interrompue(tracker: Tracker) -> Optional[str]:
    """The form's question pending before the latest message (the rules may have stopped the form
    since, which empties ``requested_slot``)."""
    vu_le_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if vu_le_message:
                return None
            vu_le_message = True
        elif vu_le_message and event.get("event") == "slot" and event.get("name") == "requested_slot":
            return event.get("value")
    return tracker.get_slot("requested_slot")


def reponse_a_la_question(tracker: Tracker, dispatcher: CollectingDispatcher) -> Optional[list[EventType]]:
    """When the latest message answers the form's pending question, its slot events and the form
    again; else None."""
    demande = question_interrompue(tracker)
    if demande is None or demande in ("correction", "commune"):
        return None
    changes, repondu = noter(tracker, dispatcher, requested=demande)
    if not repondu or demande not in changes or changes[demande] in (None, INCONNU):
        return None
    changes.pop("correction", None)
    return [SlotSet(k, v) for k, v in changes.items()] + [FollowupAction(FORM)]


def _slots_apres(tracker: Tracker, changes: dict[str, Any]) -> dict[str, Any]:
    """The slots after this message's changes, with the facts read from the whole conversation (a refugee is
    not asked the years of residence permit that do not apply to them)."""
    slots = dict(tracker.slots)
    slots.update(faits_sans_slot_des_evenements(tracker.events or []))
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
        # Not an answer: when the form resumes it asks the next question the needs require (without
        # this, Rasa asks the first empty slot of the domain's list, one the person may never need);
        # usually the same question, unless another action has just answered it (action_urgence
        # notes "sans logement").
        # On activation (after another action filled a slot, « zéro » read as a restart), the next question the
        # needs require too: Rasa's own choice, the first empty slot of the domain's list, asked a man of 41
        # « Attendez-vous un enfant ? ».
        encore = [SlotSet("requested_slot", requested if tracker.get_slot(requested) is None or requested == "besoins"
                          else prochaine({**slots_et_faits_dits(tracker), parcours.BESOINS_DEMANDES: True}))] \
            if requested is not None else [SlotSet("requested_slot", prochaine({
                **slots_et_faits_dits(tracker), parcours.BESOINS_DEMANDES: besoins_demandes(tracker),
                parcours.PRESTATIONS_DEMANDEES: question_posee(tracker, "prestations_percues")}))]
        if deja_repondue_incertaine(tracker) or (
                (intent or "").startswith("urgence_") and urgence_repondue_ce_tour(tracker) and
                redite_apres_reponse(tracker)):
            # The danger line is given (or, written again, « déjà dit »): the message is read as the answer. Asked
            # again instead, « de l'argent et de quoi manger, le frigo est vide » to the needs question brought the
            # same food line back for ever.
            intent = "informer"
        elif requested is not None and (intent or "").startswith("urgence_") and hors_de_son_champ(tracker):
            intent = "informer"  # « seul » to « vivez-vous en couple ? » read by DIET alone as a medical emergency
        if intent in INTENTS_PRIORITAIRES and intent not in INTENTS_LANGUE:
            # The safety rules answer first, then the form asks again: Rasa steps the form aside when
            # nothing of this message filled a slot. A slot the NLU filled from it (the commune of « chez un
            # ami à Grenoble ») would keep the form asking for ever, no danger answered: it steps aside.
            # Once action_urgence has answered in this turn, the form resumes and asks its question.
            rejet = slots_du_message(tracker) and not urgence_repondue_ce_tour(tracker)
            return encore + ([ActionExecutionRejected(self.form_name())] if rejet else [])
        if intent in INTENTS_SANS_FAITS or (intent == "effacer_donnees" and effacement_explicite(texte)):
            return encore  # restart, goodbye, a person, an explicit erasure request: the rules answer
        if requested is not None:
            # An answer to the question asked (on activation, action_noter already read the message).
            # Any intent may carry facts ("bonjour, j'ai 35 ans"; "j'ai oublié de dire que…").
            changes, repondu = noter(tracker, dispatcher, requested)
            if requested == "commune" and not changes.get("commune") and a_passer(tracker, requested) and (
                    not changes.get(territoire.SLOT_CHOIX) or
                    changes.get(territoire.SLOT_CHOIX) == tracker.get_slot(territoire.SLOT_CHOIX)):
                # no commune found, again and again; or the same list of communes, again and again
                return passer_la_question(tracker, requested, dispatcher)
            if not repondu and intent != "question_dispositif" and demande_pourquoi(texte):
                # « pourquoi vous demandez ça ? »: what the question is for, then the question again (a question about a
                # scheme is answered by its rule, action_expliquer_dispositif, before the form)
                dispatcher.utter_message(text=texte_pourquoi(requested))
                return redemander(tracker, requested, dispatcher, encore)
            # Needs read in passing do not make an answer, except to the needs question ("les
            # allocations pour les enfants" may look like a question about a scheme).
            sans_valeur = ("precision", "requested_slot") if requested == "besoins" else \
                ("besoins", "precision", "requested_slot")
            # (a need read in it is no answer either: « Si le département aide, est-ce que nous, les enfants, on va devoir
            # payer ? » was the family's need, and the question went unanswered)
            # (outside the needs question, changes beyond the needs are ruled out by the check below)
            en_passant = not repondu or requested != "besoins"
            if en_passant and (intent in _REPONSES_SANS_REGLE or (intent or "").startswith("besoin_")) and "?" in texte and \
                    not {k for k in changes if k not in sans_valeur}:
                # a question of the person's own, read as no answer and that no rule answers (« si je fais un dossier de
                # surendettement je perds ma voiture ? »): answered as far as the catalogue can, then the question again
                connus = tracker.get_slot("besoins") if isinstance(tracker.get_slot("besoins"), list) else []
                repondre_en_passant(dispatcher, tracker, texte, [b for b in changes.get("besoins") or [] if b not in connus])
                if a_passer(tracker, requested):
                    return passer_la_question(tracker, requested, dispatcher)
                # (the question's slot set as it is: a form that fills nothing is rejected by Rasa, and the fallback
                # rule said « je n'ai pas bien compris » before this answer)
                # (a need named in the question is kept: « et pour mes enfants, il y a des aides ? »)
                return [SlotSet(requested, tracker.get_slot(requested)),
                        *([SlotSet("besoins", changes["besoins"])] if "besoins" in changes else []), *encore]
            # (a nationality outside the EU is an answer, whatever the intent: the permit is asked next)
            permis_a_demander = requested == "nationalite" and changes.get("precision") == "nationalite"
            if intent not in INTENTS_REPONSE and not (intent or "").startswith("besoin_") and not permis_a_demander and \
                    not {k for k in changes if k not in sans_valeur}:
                # a question about a scheme, "robot ?": the rules answer, then the form asks again
                return redemander(tracker, requested, dispatcher, encore)
            if intent in INTENTS_LANGUE and not repondu:
                # "0" or "Lyon" may look like another language: only then the rule answers
                return redemander(tracker, requested, dispatcher, encore)
            if not repondu and intent not in INTENTS_REPONSE:
                # not an answer: the rules handle it, then the form asks again (at most REPONSES_MAX times)
                return redemander(tracker, requested, dispatcher, encore)
            # The needs asked back keep those known while asked once more (parcours reads "precision").
            connus = tracker.get_slot("besoins") if requested == "besoins" and \
                isinstance(tracker.get_slot("besoins"), list) and tracker.get_slot("besoins") else None
            if requested not in changes and requested not in ("correction", "commune") and \
                    not (requested == "ressources" and any(r in changes for r in RESSOURCES)):
                # (a nationality outside the EU is not asked twice: the permit is asked next, see noter)
                if tracker.get_slot("precision") == requested and not permis_a_demander:
                    changes[requested] = connus or INCONNU  # asked twice, still no answer: not known, go on
                    changes["precision"] = None
                elif not changes.get("precision"):
                    changes["precision"] = requested  # asked once more
                    changes[requested] = connus
            if not repondu and requested not in changes:
                if a_passer(tracker, requested):
                    return passer_la_question(tracker, requested, dispatcher)
                changes[requested] = connus  # not understood: asked again
            if requested == "correction":
                changes["correction"] = None  # corrected (or nothing to correct): recap again
        else:
            # Activation: action_noter has read the message, but the form fills the commune slot
            # again from the raw entity ("saint denis"): check it against the knowledge base again.
            # Five digits typed are a postal code, even when they are also another commune's INSEE code.
            courant = tracker.get_slot(territoire.SLOT)
            if courant and courant != INCONNU and str(courant) != _commune_validee(tracker):
                changes.update(_noter_commune(tracker, None, texte, intent, dispatcher))
        slots = _slots_apres(tracker, changes)
        slots[parcours.BESOINS_DEMANDES] = besoins_demandes(tracker) and not besoins_a_completer(tracker, requested, slots) \
            and not besoins_a_redire_apres_la_commune(tracker, slots)
        slots[parcours.PRESTATIONS_DEMANDEES] = question_posee(tracker, "prestations_percues")
        slots[parcours.RESSOURCES_EN_PLUS] = ressources_en_plus_dites(tracker)
        suivante = prochaine(slots)
        if suivante == requested and requested not in changes and a_passer(tracker, requested):
            # the same question a fourth time, each answer read but none filling it (« marocaine » said again and again
            # to « avez-vous un titre de séjour ? »): given up like an answer the bot cannot read
            return [SlotSet(k, v) for k, v in changes.items() if k not in (requested, "precision", "requested_slot")] + \
                passer_la_question(tracker, requested, dispatcher)
        events: list[EventType] = [SlotSet(k, v) for k, v in changes.items()]
        events.append(SlotSet("requested_slot", suivante))
        return events


# A question is asked at most three times in a row: an answer the bot cannot read, given again and again,
# would otherwise bring the same question back for ever.
REPONSES_MAX = 3


def reponses_de_suite(tracker: Tracker, requested: Optional[str]) -> int:
    """The person's messages since ``requested`` was first asked in a row (the latest one included;
    not the messages before it was asked, such as the opening one)."""
    vus = depuis_la_question = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            if event.get("value") not in (None, requested):
                break
            if event.get("value") == requested:
                depuis_la_question = vus
        if event.get("event") == "slot" and event.get("name") == requested and event.get("value") is not None and \
                not (requested == "commune" and not re.fullmatch(r"\d[0-9AB]\d{3}", str(event.get("value")))):
            break  # answered (a commune only once validated: the NLU's raw name is set first)
        if event.get("event") == "user":
            vus += 1
    return depuis_la_question


def a_passer(tracker: Tracker, requested: Optional[str]) -> bool:
    """The question ``requested`` has had REPONSES_MAX messages in a row without an answer."""
    return requested not in (None, "correction") and reponses_de_suite(tracker, requested) >= REPONSES_MAX


def redemander(tracker: Tracker, requested: Optional[str], dispatcher: CollectingDispatcher,
               encore: list[EventType]) -> list[EventType]:
    """Not an answer: the question again (``encore``), or given up after REPONSES_MAX messages."""
    return passer_la_question(tracker, requested, dispatcher) if a_passer(tracker, requested) else encore


def passer_la_question(tracker: Tracker, requested: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Give the question up: not known (the recap lists it as not given, to correct there), the next one."""
    dispatcher.utter_message(text=textes.QUESTION_PASSEE)
    slots = {**slots_et_faits_dits(tracker), requested: INCONNU, "precision": None, parcours.BESOINS_DEMANDES: True}
    return [SlotSet(requested, INCONNU), SlotSet("precision", None), SlotSet("requested_slot", prochaine(slots))]


# -- questions -------------------------------------------------------------------------------

_OUI_SANS_MONTANT = re.compile(r"(oui|ouais|ouai|oue|wi|yes|bien sur|un peu|malheureusement)\b")


# What the check of an answer says when it asks its question again (a range, « bientôt 60 ans », a value out of bounds,
# children seen on visits): each is a question of its own, so the form's question does not follow it.
_QUESTIONS_REPOSEES = (textes.PRECISION, textes.PRECISION_TAUX, textes.PRECISION_AGE, textes.PRECISION_ANNEES,
                       textes.PRECISION_ACTIVITE, textes.PRECISION_ENFANTS, textes.AGES_DE_CHACUN.split("{")[0],
                       textes.PRECISION_SMIC.split("{")[0], *(message for *_, message in BORNES.values()))


def question_reposee(tracker: Tracker) -> bool:
    """Whether the check of the latest message asked the question pending again (it was said, then the form's question
    came right after it: two questions in a row, « Pouvez-vous me donner un seul montant ? » then « Quel est votre
    loyer ? »)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and (event.get("text") or "").startswith(_QUESTIONS_REPOSEES):
            return True
    return False


class _ActionAsk(Action):
    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("precision") == self.slot and question_reposee(tracker):
            return []  # the answer's check asked it again in its own words (« un seul montant ») : one question, not two
        texte, boutons = parcours.QUESTIONS[self.slot]
        besoins = tracker.get_slot("besoins")
        if self.slot == "besoins" and isinstance(besoins, list) and besoins:
            # Needs read before the question: said back, to complete or correct.
            texte = textes.BESOINS_AUTRE.format(besoins=", ".join(parcours.LIBELLES_BESOINS.get(b, b)
                                                                  for b in besoins))
            boutons = textes.BESOINS_AUTRE_BOUTONS
        if self.slot == "nationalite" and tracker.get_slot("precision") == "nationalite" and \
                nationalite_hors_ue(texte_du_message(tracker)):
            # « haïtienne »: what the orientation needs to know is whether the person has a residence permit
            texte, boutons = textes.NATIONALITE_TITRE, textes.NATIONALITE_TITRE_BOUTONS
        sans_paie_en_couple = parcours.sans_paie_en_couple(tracker.slots)
        if self.slot == "revenus_activite" and sans_paie_en_couple:
            texte = textes.PAIE_DU_CONJOINT  # « mon mari travaille, moi je reste à la maison »: his pay
        if self.slot == "ressources" and parcours.ressource_du_couple(slots_et_faits_dits(tracker)):
            # after the pay (or pension) on its own: the partner's money too, or the grant said before
            texte = textes.RESSOURCES_DU_COUPLE if tracker.get_slot("en_couple") is True else textes.RESSOURCES_EN_PLUS
            if sans_paie_en_couple:
                texte = textes.RESSOURCES_APRES_PAIE_DU_CONJOINT  # the partner's pay was the question before
        aides = _aides_a_part(tracker.slots)
        if self.slot == "ressources" and aides and texte == parcours.QUESTIONS["ressources"][0]:
            # benefits already said (« je touche l'AAH »): the rest of the household's money, without them
            texte = textes.RESSOURCES_HORS_AIDES.format(aides=_les_aides(aides))
        if self.slot == "ressources" and tracker.get_slot("precision") == "ressources" and aides and \
                _AVEC_LES_AIDES_RECUES.search(normaliser(texte_du_message(tracker))):
            # « 1033 + l'apl » to the money without the benefits: the benefits are in it, the rest asked apart
            texte = textes.RESSOURCES_EN_DEHORS_DES_AIDES.format(aides=_les_aides(aides))
        elif self.slot == "ressources" and tracker.get_slot("precision") == "ressources" and \
                AVEC_LES_AIDES.search(normaliser(texte_du_message(tracker))):
            texte = textes.RESSOURCES_SANS_AIDES  # « avec les allocations on a 2 000 € »: the pay part, asked alone
        prestations = tracker.get_slot("prestations_percues")
        if self.slot == "prestations_percues" and isinstance(prestations, list) and prestations:
            # Benefits read in passing: said back, others asked.
            texte = textes.PRESTATIONS_AUTRES.format(liste=", ".join(
                value_label("prestations_percues", p) for p in prestations))
        if self.slot in textes.MONTANT_APRES_OUI and tracker.get_slot("precision") == self.slot and \
                _OUI_SANS_MONTANT.match(normaliser(texte_du_message(tracker))):
            texte, boutons = textes.MONTANT_APRES_OUI[self.slot], []  # « oui »: how much, nothing else
        if self.slot == "besoins" and tracker.get_slot("precision") == "besoins":
            texte = textes.BESOINS_ENCORE + texte
        if tracker.get_slot("pour_un_proche") is True and self.slot not in ("besoins", "correction"):
            texte = textes.POUR_UN_PROCHE + texte  # the answers are the relative's
        render.envoyer(dispatcher, tracker, text=texte, buttons=list(boutons) or None)
        return []


# Benefits the engine counts apart from the household's money (not the unemployment benefit or an invalidity pension,
# which the resources question asks for).
_AIDES_COMPTEES_A_PART = tuple(textes.AIDES_AVEC_ARTICLE)


# A total said with the benefits in it (« + l'apl », « avec tout », « tout compris », « avec le RSA »).
_AVEC_LES_AIDES_RECUES = re.compile(AVEC_LES_AIDES.pattern + r"|\b(avec|y compris|en comptant|plus) (le |l |la |les )?"
                                    r"(rsa|aah|asf|aspa|als|alf|ars|allocations familiales)\b|"
                                    r"\b(avec tout|tout compris|toutes aides comprises|aides comprises|en comptant tout)\b")


def _aides_a_part(slots: dict[str, Any]) -> list[str]:
    """The benefits received that the engine counts apart from the household's money (the total is asked without them)."""
    recues = slots.get("prestations_percues")
    return [p for p in recues if p in _AIDES_COMPTEES_A_PART] if isinstance(recues, list) else []


def _les_aides(aides: list[str]) -> str:
    """« l'AAH », « le RSA et l'aide au logement (APL) »: the benefits named with their article (textes.AIDES_AVEC_ARTICLE)."""
    return join_french([textes.AIDES_AVEC_ARTICLE[a] for a in aides])


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
    return textes.RECAP_DEBUT + "\n" + "\n".join(f"- {l}" for l in lignes) + "\n\n" + textes.RECAP_FIN


class ActionRecapituler(Action):
    def name(self) -> str:
        return "action_recapituler"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        render.envoyer(dispatcher, tracker, text=texte_recapitulatif(slots_et_faits_dits(tracker)),
                       buttons=list(textes.RECAP_BOUTONS))
        return []


class ActionRecommencer(Action):
    def name(self) -> str:
        return "action_recommencer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        message = texte(tracker)
        if message.strip() and not est_payload(message) and not recommencement_explicite(message):
            # Read as a restart but not one in words ("zéro" answering an amount): an answer to the
            # question that was asked, or facts, keep the conversation going; nothing is forgotten.
            events = reponse_a_la_question(tracker, dispatcher) or faits_du_message(tracker, dispatcher)
            if events is not None:
                return events
        render.envoyer(dispatcher, tracker, text=textes.RECOMMENCER)
        noms = (*SLOTS_SITUATION, "commune", territoire.SLOT_NOM, territoire.SLOT_CHOIX, "dispositif",
                "requested_slot")
        return [SlotSet(nom, None) for nom in noms if nom in tracker.slots or nom == "requested_slot"]
