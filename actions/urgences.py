"""Urgent danger, answered first, then the way on to the orientation.

``action_urgence`` runs when the intent is ``urgence_<type>`` (forced by the safety net,
``bot/rasa_ext/safety_net.py``, which also puts its reading of the message in the parse data:
types, lines in order, signals, whether the writer is a minor, whether the danger is immediate).
It answers in a few warm lines, the right number for the person first (a child writing: the 119;
violence happening now: the 17; then the 3919…), one line for every other danger of the message,
the sources, and the offer to go on. It keeps what the message says for the orientation that may
follow (the commune, when a place word introduces it, and the need; a night outside is a
``sans_domicile`` housing), so that nothing is asked twice. When a form is active it hands back to
it (``FollowupAction``): the form asks its question again, every slot kept — except for a child,
who is never asked a form question.

The same danger written again later in the conversation is not answered with the same text: one
line recalls the number and the conversation goes on (the form resumes or starts).

``action_apres_urgence`` answers « oui » / « non » to the offer to go on: « oui » starts the
situation form with the need and the commune already known; « non » says the line stays open.

The numbers come from the national directory (``knowledge/directory/national.yaml``, entries
``urgence--*``), with the date they were checked there; ``SOURCES`` names the official site of
each answer.
"""
from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.extraction import besoin_de_l_intent, extract, normaliser
from actions.message import bienvenue_dite, dire_bienvenue, entites, intent, texte
from actions.parcours import avec_besoin
from common.safety import (INTENTS, LIGNE_CCAS, NUMEROS, TYPES, Detection, analyse, dans_son_champ, normalise,
                           type_of_intent)
from knowledge.contacts import contacts_for_commune
from knowledge.eligibility.amounts import est_nombre
from knowledge.directory.defaults import national_entries
from knowledge.territory import GARES_DE_PARIS, commune_by_code, find_commune_in_text, resolve_commune

logger = logging.getLogger(__name__)

SLOT_URGENCE = "urgence"
SLOT_REPONDUES = "urgences_repondues"
ACTION_URGENCE = "action_urgence"  # the answer to a danger (ActionUrgence), named in the events it leaves
SLOT_COMMUNE = "commune"
SLOT_COMMUNE_NOM = "commune_nom"
SLOT_COMMUNE_CHOIX = "commune_choix"
FORM_SITUATION = "situation_form"
# The need (docs/situation.md `besoins`) behind an emergency: kept, so that the orientation that
# may follow the emergency answer starts from it instead of asking again what the person needs.
BESOIN_DE_L_URGENCE = {"violences": "violence", "faim": "alimentation", "sans_abri": "logement"}
# The classifier's need behind an uncertain danger counts from the FallbackClassifier's threshold on.
SEUIL_BESOIN_DU_CLASSEMENT = 0.4
# Intents a form must not take as an answer: the rules answer them, then the form resumes.
INTENTS_PRIORITAIRES = frozenset({*INTENTS, "demander_humain", "autre_langue"})
# Needs a person may name beside the danger ("je dors dans ma voiture, je voudrais le RSA").
_BESOINS_NOMMES = (
    ("argent", r"\b(?:rsa|revenu de solidarite|prime d activite|allocations?|argent|ressources)\b"),
    ("sante", r"\b(?:mutuelle|css|complementaire sante|cmu|ame|medecin|soins|sante|carte vitale)\b"),
    ("administratif", r"\b(?:domiciliation|adresse postale|papiers|carte d identite|titre de sejour)\b"),
    ("emploi", r"\b(?:travail|emploi|boulot|france travail|pole emploi)\b"),
    ("logement", r"\b(?:logement|appartement|hlm|loyer|apl)\b"),
    ("alimentation", r"\b(?:colis|restos? du coeur|banque alimentaire|epicerie solidaire|aide alimentaire)\b"),
)

_ALIMENTAIRE = re.compile(r"aliment|repas|restos|epicerie|nourriture|colis|banque alimentaire")
# Where each answer's facts come from (official sites).
SOURCES = {
    "medicale": "service-public.fr (numéros d'urgence)",
    "medicale_etranger": "service-public.fr (numéros d'urgence : le 112)",
    "suicide": "3114.fr",
    "enfant": "allo119.gouv.fr",
    "violences": "arretonslesviolences.gouv.fr",
    "violences_aine": "gouvernement.fr (le 3977)",
    "sans_abri": "service-public.fr (numéros d'urgence)",
    "faim": "service-public.fr",
}

# First paragraph of each answer; each names the right number first. {n[X]} are numbers read
# from the national directory. Variants: a child writing ("enfant_mineur"), violence now
# ("violences_immediat": the 17 first), a child in immediate danger reported by an adult.
_TEXTES = {
    "medicale": (
        "C'est une urgence : appelez tout de suite le {n[15]} (Samu) ou le {n[112]}. "
        "L'appel est gratuit, jour et nuit. Restez près de la personne et suivez les conseils "
        "de la personne au téléphone. Si vous ne pouvez pas parler ou entendre : SMS au {n[114]}."
    ),
    # abroad in Europe (common.safety: the 15 answers only in France)
    "medicale_etranger": (
        "C'est une urgence : appelez tout de suite le {n[112]}, le numéro d'urgence qui répond dans tous les pays "
        "d'Europe (le {n[15]} ne répond qu'en France). L'appel est gratuit. Restez près de la personne et suivez "
        "les conseils de la personne au téléphone."
    ),
    "suicide": (
        "Merci de me l'avoir écrit. Vous n'avez pas à affronter cela sans aide. Appelez le {n[3114]}, "
        "le numéro national de prévention du suicide, pour vous ou pour un proche : des soignants "
        "écoutent, gratuitement, 24 heures sur 24 et 7 jours sur 7. Si la vie est en danger tout de "
        "suite, appelez le {n[15]} (Samu) ou le {n[112]}."
    ),
    "enfant": (
        "Un enfant en danger doit être protégé : appelez le {n[119]} (Allô Enfance en danger). "
        "C'est gratuit, 24 heures sur 24 et 7 jours sur 7, pour un enfant ou pour un adulte qui "
        "s'inquiète pour lui. En cas de danger immédiat, appelez le {n[17]} (police) ou le {n[112]}."
    ),
    "enfant_mineur": (
        "Vous avez bien fait d'écrire. Ce qui vous arrive n'est pas normal et ce n'est pas de votre "
        "faute. Appelez le {n[119]} : c'est gratuit, jour et nuit, et des adultes sont là pour vous "
        "écouter et vous protéger. Si vous êtes en danger tout de suite, appelez le {n[17]} (police) "
        "ou le {n[112]}."
    ),
    "violences": (
        "Ce que vous vivez n'est pas normal et vous n'y êtes pour rien. Pour en parler et recevoir "
        "des conseils, appelez le {n[3919]} (Violences Femmes Info), gratuit et anonyme, 24 heures "
        "sur 24 et 7 jours sur 7. Si vous êtes en danger maintenant, appelez le {n[17]} (police) ou "
        "le {n[112]} ; si vous ne pouvez pas parler, envoyez un SMS au {n[114]}."
    ),
    "violences_immediat": (
        "Ce que vous vivez n'est pas normal et vous n'y êtes pour rien. Vous êtes en danger : "
        "appelez tout de suite le {n[17]} (police) ou le {n[112]} ; si vous ne pouvez pas parler, "
        "envoyez un SMS au {n[114]}. Ensuite, pour en parler et recevoir des conseils : le "
        "{n[3919]} (Violences Femmes Info), gratuit et anonyme, jour et nuit."
    ),
    "violences_aine": (
        "Une personne âgée ou handicapée maltraitée, même par un proche, doit être protégée. Appelez le "
        "{n[3977]} (maltraitance des personnes âgées et des adultes handicapés) : gratuit et confidentiel, "
        "7 jours sur 7, de 9 h à 19 h, pour la personne elle-même comme pour un proche ou un témoin. "
        "En cas de danger immédiat, appelez le {n[17]} (police) ou le {n[112]}."
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
# When the detector puts another line before the one the paragraph names first (an attempt under
# way: the 15 before the 3114; a child hurt right now: the 17 before the 119; a person who cannot
# speak: the 114), this sentence comes first.
_EN_PREMIER = {
    "15": "D'abord, appelez tout de suite le {n[15]} (Samu) ou le {n[112]} : c'est une urgence vitale.",
    "112": "D'abord, appelez tout de suite le {n[112]} (numéro d'urgence européen) ou le {n[15]} (Samu).",
    "17": "D'abord, appelez tout de suite le {n[17]} (police) ou le {n[112]} : le danger est là maintenant.",
    "114": ("Si vous ne pouvez pas parler ou entendre, envoyez d'abord un SMS au {n[114]} (numéro "
            "d'urgence par SMS) : il prévient les secours."),
    "119": "D'abord, appelez le {n[119]} (Allô Enfance en danger) : gratuit, jour et nuit.",
    "3114": "D'abord, appelez le {n[3114]} (prévention du suicide) : gratuit, jour et nuit.",
    "3919": "D'abord, appelez le {n[3919]} (Violences Femmes Info) : gratuit et anonyme, jour et nuit.",
    "3977": ("D'abord, appelez le {n[3977]} (maltraitance des personnes âgées et des adultes handicapés) : "
             "gratuit, 7 jours sur 7, de 9 h à 19 h."),
    "115": "D'abord, pour dormir à l'abri ce soir, appelez le {n[115]} (Samu social) : gratuit, jour et nuit.",
}
# One line per other danger found in the same message, in the detector's order.
_RAPPELS = {
    "medicale": "Urgence médicale : {n[15]} ou {n[112]}.",
    "medicale_etranger": "Urgence médicale : {n[112]}, partout en Europe.",
    "suicide": "Si vous pensez au suicide : {n[3114]}, gratuit, jour et nuit.",
    "enfant": "Pour un enfant en danger : {n[119]}, gratuit, jour et nuit.",
    "enfant_mineur": "Vous pouvez aussi appeler le {n[119]} : des adultes vous écoutent et vous protègent, gratuitement, jour et nuit.",
    "violences": "Violences : {n[3919]} pour en parler, {n[17]} en danger, SMS au {n[114]}.",
    "violences_immediat": "Violences : {n[17]} en danger, {n[3919]} pour en parler, SMS au {n[114]}.",
    "violences_aine": "Maltraitance d'une personne âgée ou handicapée : {n[3977]} (de 9 h à 19 h), {n[17]} en danger.",
    "sans_abri": "Pour un abri ce soir : {n[115]}, gratuit, jour et nuit.",
    "faim": "Pour manger aujourd'hui : le CCAS de votre commune ou une association d'aide alimentaire.",
}
# How each of those lines begins, to read a reply back (lire_reponse, type_of_answer).
_DEBUTS_DES_RAPPELS = {cle: modele.split("{", 1)[0][:25] for cle, modele in _RAPPELS.items()}
# The same danger written again: one line, then the conversation goes on.
_DEJA_DIT = {
    "medicale": "Je vous l'ai indiqué plus haut : pour une urgence médicale, le {n[15]} ou le {n[112]}, jour et nuit.",
    "suicide": "Le {n[3114]} reste joignable à tout moment, gratuitement, si vous avez besoin de parler.",
    "enfant": "Le {n[119]} reste joignable à tout moment, gratuitement.",
    "violences": "Le {n[3919]} reste joignable pour en parler ; en danger, le {n[17]} ou un SMS au {n[114]}.",
    "sans_abri": "Le {n[115]} reste joignable pour un abri ce soir, gratuitement, jour et nuit.",
    "faim": "Le CCAS de votre commune peut proposer une aide alimentaire d'urgence.",
}
_SUITE_FORMULAIRE = "Quand vous le voulez, nous reprenons là où nous en étions."
_SUITE = ("Quand vous le voudrez, je peux aussi chercher avec vous les aides auxquelles vous avez droit "
          "et où les demander{lieu}. Voulez-vous continuer ?")
_SUITE_SANS_BOUTON = ("Je reste là. Quand vous le voudrez, nous pourrons aussi regarder ensemble les aides "
                      "auxquelles vous avez droit{lieu}.")
_SUITE_MINEUR = ("Vous pouvez aussi en parler à un adulte de confiance : un professeur, l'infirmière ou "
                 "l'infirmier scolaire, une personne de votre famille.")
_SUITE_TEMOIN = "Je reste là si vous avez une autre question."
# Only the classifier read a danger, no rule of the detector: the line is given, and the orientation
# the person came for goes on (a gentle false alarm must not end the conversation).
_SUITE_INCERTAINE_FORMULAIRE = "Si je vous ai mal compris et que personne n'est en danger, continuons."
# Before the lines, when only the classifier read a danger in the answer to a form question.
_AU_CAS_OU = "Au cas où, si vous ou un proche êtes en danger :"
_SUITE_INCERTAINE = ("Si je vous ai mal compris et que personne n'est en danger, continuons : je vais vous "
                     "poser quelques questions pour trouver les aides auxquelles vous avez droit.")
# Dangers after which form questions never follow at once, however uncertain the reading.
_JAMAIS_DE_QUESTION_APRES = ("suicide", "medicale")
# Dangers whose lines are given in the short paragraph (« au cas où ») when only the classifier read them in
# a first message that tells a situation (« seule avec mon fils de 4 ans », « ma femme et mes enfants sont
# venus me rejoindre »): the whole answer ("Un enfant en danger doit être protégé") would accuse. Hunger
# keeps its whole answer (its contacts help); suicide and medical dangers too.
_DOUX_SI_SITUATION = frozenset({"enfant", "violences", "sans_abri"})
BOUTONS_SUITE = [{"title": "Oui, voir mes aides", "payload": "/affirm"},
                 {"title": "Non, merci", "payload": "/deny"}]
_MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre")
_RE_LIGNE = re.compile(r"\b(?:" + "|".join(sorted(NUMEROS, key=len, reverse=True)) + r"|CCAS)\b")


class _Numeros(dict):
    """str.format reads "{n[115]}" as the int 115: look it up as a string."""

    def __missing__(self, key: Any) -> str:
        if isinstance(key, int):
            return self[str(key)]
        raise KeyError(key)


@lru_cache(maxsize=1)
def _urgences_annuaire() -> list[dict]:
    return [e for e in national_entries() if e.get("categorie") == "urgence" and e.get("telephone")]


@lru_cache(maxsize=1)
def numeros() -> dict[str, str]:
    """Emergency numbers of the national directory: {"115": "115", ...}; KeyError if one is missing."""
    return _Numeros({e["telephone"]: e["telephone"] for e in _urgences_annuaire()})


@lru_cache(maxsize=1)
def date_verifiee() -> str:
    """The date the directory's emergency entries were last checked, in French ("23 novembre 2026")."""
    dates = [str(e.get("checked")) for e in _urgences_annuaire() if e.get("checked")]
    if not dates:
        return "date inconnue"
    jour = date.fromisoformat(min(dates))
    return f"{jour.day} {_MOIS[jour.month - 1]} {jour.year}"


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


# -- what the message says besides the danger ---------------------------------------------------

# A commune is read from an emergency message only after a place word ("à Bordeaux", "sur
# Marseille", "j'habite Lille", "dans le 93") or as a postal code, and only by its exact name:
# "mon père", "ma mère", "la rue" are never communes.
_LIEU = re.compile(r"\b(?:a|au|aux|sur|vers|pres de|a cote de|dans|habite|habite a|vis a|ville de|commune de|"
                   r"mairie de|ccas de|gare de|region de|"
                   # a place of the town: "la maison d'arrêt de Fleury", "l'hôpital de Mulhouse", "le Lidl de Miramas"
                   r"(?:hopital|maison d arret|prison|centre penitentiaire|cmp|urgences|mediatheque|bibliotheque|"
                   r"restos? du coeur|epicerie solidaire|banque alimentaire|secours populaire|lidl|carrefour|auchan|"
                   r"leclerc|intermarche|commissariat|gendarmerie|tribunal|prefecture|sous prefecture|foyer|chrs|"
                   r"universite|college|lycee|ecole|caf|cpam|france travail|pole emploi|mission locale) "
                   r"(?:de|du|des|d)|"
                   # where a person without a home is: « la gare de Vire », « le parking du Leclerc de Landivisiau »,
                   # « le centre de détention d'Argentan », « l'internat de Pontivy »
                   r"(?:gare|parking|internat|centre de detention|residence|cite|camping|plage|port|parc|halle)"
                   r"(?: (?!de |du |des |d )\w+){0,2} (?:de|du|des|d))\s+")
_PAS_UNE_COMMUNE = frozenset(
    "rue gare maison hopital ecole college lycee travail boulot porte dehors pied main bras tete dos cou ventre "
    "gorge jambe nez vue sens cote fond bout moment pere mere papa maman frere soeur oncle tante fils fille mari "
    "femme bebe enfant enfants parents cousin cousine voisin voisine moi lui elle eux nous vous ciel terre mort "
    "vie nuit soir matin jour fin force peur bord pont toit lit chambre cave voiture parc foyer hotel urgence "
    "urgences police caf mairie ccas prison vide eau feu sang pleurs marie pierre paul louis jean place bar".split())
_ARTICLES = ("la ", "le ", "les ", "l ")


# Words that open a noun phrase but never a commune's name ("dans son agenda", "a personne").
_DETERMINANTS = frozenset(
    "son sa ses mon ma mes ton ta tes leur leurs notre nos votre vos un une des du ce cet cette ces tout toute "
    "tous toutes personne rien chaque quelques plusieurs aucun aucune".split())
# "a" is the verb avoir, not the preposition "à", after a subject: "il y a moyen", "il m'a viré".
_SUJETS_DU_VERBE_AVOIR = frozenset("y ya il elle on qui ca m t l j n s".split())
_PARTICIPE = re.compile(r"[^\W\d_]+(?:é|ée|és|ées)$")
# A segment of the message that is only a place name: ", Sarcelles" at the end, "Cayenne." first.
_SEGMENT = re.compile(r"(?:^|[.,;:!?()\n])\s*([A-ZÀ-Ý][^\W\d_]*(?:[ '’-][^\W\d_]+){0,3})\s*(?=$|[.,;:!?()\n])")


def _mots(nom: str) -> int:
    return len(normalise(nom).split())


def _forme_de_verbe(text: str, mot: str) -> bool:
    """``mot`` (folded) is written in the message only as a lower-case past participle ("changé")."""
    formes = [m.group(0) for m in re.finditer(r"[^\W\d_]+", text) if normalise(m.group(0)) == mot]
    return bool(formes) and all(f[0].islower() and _PARTICIPE.match(f) for f in formes)


# A common word after « à », « dans la », « de la » that is also a small commune's name: « rien à louer » (Louer), « la corde
# est dans la grange » (La Grange), « dans la salle de bain » (La Salle). Written in lower case, an infinitive or an article
# and a noun names a town only when it is a big one (« à la rochelle »).
POPULATION_D_UNE_VILLE = 10_000


def _mot_courant(text: str, essai: str, commune: Any) -> bool:
    """``essai`` (folded), resolved to ``commune``, is a common word of the message rather than that commune's name."""
    if (commune.population or 0) >= POPULATION_D_UNE_VILLE:
        return False
    mots = essai.split()
    infinitif = len(mots) == 1 and re.search(r"(er|ir)$", mots[0]) is not None
    if not (infinitif or mots[0] in ("la", "le", "les", "l") and len(mots) == 2):
        return False
    formes = [m.group(0) for m in re.finditer(r"[^\W\d_]+", text) if normalise(m.group(0)) == mots[-1]]
    return bool(formes) and all(f[0].islower() for f in formes)


# Where a commune's name follows, in the languages people write in besides French: English (« we live in Narbonne »),
# the Creoles of the Antilles, Guyane and La Réunion (« Nou Kourou », « Mwen adan Le Lamentin », « mi rest Le Port »,
# « isi Lamentin »); and any « de » or « à » before a name written with its capital (« le centre de loisirs de Pontarlier »).
_AVANT_UN_NOM = re.compile(r"(?i)(?:^|[\s(])(?:de|du|des|d|à|a|au|aux|in|at|near|nou|mwen|adan|isi|rest|reste)\s*['’]?\s*$")
_MOT = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LIEUX_FORTS = frozenset("a à au aux in at near nou mwen adan isi rest reste".split())
# After « de », a name is where one comes from (« arrivée de Paris »), a Paris station (« la gare de Lyon »), or the name
# of a département or region that small villages bear too (« une ferme de Corrèze », « la MDPH de La Réunion »), a street
# (« rue des Lilas »), a prison known by its town's short name (« sorti de détention de Fleury »): after « de », only the
# one town of that name, of some size, and not after these words.
_ORIGINE = frozenset("arrive arrivee arrives arrivees venu venue venus venues viens vient venant originaire parti partie "
                     "partis parties sorti sortie sortis sorties gare rue avenue boulevard bd chemin allee impasse quai "
                     "route square cours".split())
_POPULATION_APRES_DE = 2_000


def _nom_propre_apres_un_mot_de_lieu(text: str) -> tuple[Optional[Any], list[Any]]:
    """A name written with its capital after a word of place (``_AVANT_UN_NOM``) that is one commune's name, or the
    town everyone means among its namesakes (ten times bigger); after « à », « in » or a Creole word of place, the
    namesakes to choose from. After « de », namesakes are not offered: « Fontaine », « Croix » are names of people and
    of the Red Cross too."""
    mots = list(_MOT.finditer(text))
    for i, m in enumerate(mots):
        if not m.group(0)[0].isupper() or m.group(0).isupper() or not _AVANT_UN_NOM.search(text[:m.start()]):
            continue  # (an acronym, « la CAF de Lille »: the town is the next name)
        avant = normalise(text[:m.start()]).split()[-2:]
        cue = avant[-1:]
        faible = cue[0] in ("de", "du", "des", "d") if cue else True
        if faible and avant[:1] and avant[0] in _ORIGINE:
            continue
        # « la mairie du Marin », « au Port », « aux Abymes »: the article is the name's
        article = {"du": "le ", "au": "le ", "aux": "les ", "des": "les "}.get(cue[0] if cue else "", "")
        suivants = [m]
        for k in mots[i + 1:i + 4]:
            if not k.group(0)[0].isupper() or text[suivants[-1].end():k.start()].strip():
                break
            suivants.append(k)
        for n in range(len(suivants), 0, -1):
            essai = normalise(text[m.start():suivants[n - 1].end()])
            if len(essai) < 3 or essai in _PAS_UNE_COMMUNE:
                continue
            if article and not essai.startswith(_ARTICLES):
                essai = article + essai
            resolution = resolve_commune(essai)
            exacts = sorted((c for c in resolution.candidates
                             if getattr(c, "match", "nom") == "nom" and normalise(c.nom) == essai and
                             not (faible and (c.population or 0) < _POPULATION_APRES_DE)),
                            key=lambda c: -(c.population or 0))
            seule = len(exacts) == 1 and not (faible and len(resolution.candidates) > 1)
            if seule or len(exacts) > 1 and not faible and _ville_que_chacun_entend(exacts[0], exacts[1]):
                return exacts[0], []
            if exacts and cue and cue[0] in _LIEUX_FORTS:
                return None, exacts
            if exacts:
                break
    return None, []


def _apres_a_accentue(text: str, mot: str) -> bool:
    """The message writes "à <mot>": the preposition, whatever comes before it ("chez elle à Limoges")."""
    return any(normalise(m.group(1)) == mot for m in re.finditer(r"(?i)\bà\s+([^\W\d_]+)", text))


def _departement_dit(candidates: list[Any], suite: str) -> list[Any]:
    """The candidates in the département the words after the name give: "Saint-Denis 93",
    "Saint-Denis (974)", "Saint-Denis de La Réunion"."""
    mots = suite.split()[:4]
    return [c for c in candidates
            if (mots and mots[0] == str(c.departement).lower())
            or (c.departement_nom and normalise(c.departement_nom) in " ".join(mots))]


def _ville_que_chacun_entend(premier: Any, second: Any) -> bool:
    """Of two namesakes, the first is the town everyone means: ten times bigger than the second."""
    return (premier.population or 0) >= 10 * max(second.population or 0, 1)


def _resoudre(essai: str, n: int, suite: str = "") -> tuple[Optional[Any], list[Any]]:
    """(the commune, the candidates) whose name is exactly ``essai`` (``n`` words), or (None, []);
    ``suite``: the words after the name, which may say the département."""
    resolution = resolve_commune(essai)
    candidates = [c for c in resolution.candidates if getattr(c, "match", "nom") in ("nom", "code_postal")
                  and _mots(c.nom) == n]  # "tout le monde" is not Toutlemonde, "a brest" not Abrest
    # A town's name shortened: "Charleville", also a village, may be Charleville-Mézières; "Aix" may
    # be Aix-en-Provence: the bigger towns the resolver offers beside the exact name are offered too,
    # as the form's commune question does.
    plus_longs = [c for c in resolution.candidates if getattr(c, "match", None) == "prefixe"]
    if not candidates:
        # « devant la mairie de Carhaix »: the shortened name of one town (Carhaix-Plouguer), offered to choose
        return (None, plus_longs) if len(plus_longs) == 1 and len(essai) >= 5 and not essai.startswith(_ARTICLES) \
            else (None, [])
    if plus_longs and len(candidates) == 1 and not essai.startswith(_ARTICLES):
        return None, candidates + plus_longs
    if essai.startswith(_ARTICLES) and not normalise(candidates[0].nom).startswith(essai.split()[0] + " "):
        return None, []
    dits = _departement_dit(candidates, suite) if len(candidates) > 1 else []
    if len(dits) == 1:
        return dits[0], []
    if len(candidates) == 1:
        return candidates[0], []
    if _ville_que_chacun_entend(candidates[0], candidates[1]):
        return candidates[0], []  # "La Rochelle": the town everyone means
    return None, candidates


def _arrondissement(text: str, commune: Any) -> Any:
    """The arrondissement of Paris, Lyon or Marseille the message names beside its city ("a lyon 7e",
    "paris 18"), as the form's commune reader finds it; else the commune itself."""
    try:
        resolution = find_commune_in_text(text)
    except Exception:  # noqa: BLE001 - the city then
        logger.exception("Arrondissement search in an emergency message failed")
        return commune
    if resolution.status == "found" and resolution.candidates[0].commune_parent == commune.code:
        return resolution.candidates[0]
    return commune


def commune_du_message(text: str) -> tuple[Optional[Any], list[Any]]:
    """(the commune, or None; the candidates when the name is ambiguous) named in ``text``: a postal
    code, a name after a place word (``_LIEU``), or a segment that is only a capitalised name; for a
    city with arrondissements, the arrondissement when the message names it."""
    commune, candidates = _commune_du_message(text)
    return (_arrondissement(text, commune) if commune is not None else None), candidates


# The end of a sentence, kept through the folding: the words after a place word stop there (« à Saint-Dizier. La
# dernière fois » was read as Saint-Dizier-la-Tour).
_FIN_DE_PHRASE = "xfinx"


def _commune_du_message(text: str) -> tuple[Optional[Any], list[Any]]:
    folded = normalise(re.sub(r"[.!?;\n]+(?=\s|$)", f" {_FIN_DE_PHRASE} ", text))
    try:
        for code in re.findall(r"\b\d{5}\b", folded):
            candidates = list(resolve_commune(code).candidates)
            # Five digits typed by a person are a postal code, even when also an INSEE code.
            candidates = [c for c in candidates if getattr(c, "match", None) == "code_postal"] or candidates
            if candidates:
                return (candidates[0], []) if len(candidates) == 1 else (None, candidates)
        for lieu in _LIEU.finditer(folded):
            cue = lieu.group(0).split()
            avant = folded[:lieu.start()].split()[-1:]
            mots = folded[lieu.end():].split()[:4]
            mots = mots[:mots.index(_FIN_DE_PHRASE)] if _FIN_DE_PHRASE in mots else mots
            if cue == ["a"] and avant and avant[0] in _SUJETS_DU_VERBE_AVOIR and \
                    not (mots and _apres_a_accentue(text, mots[0])):
                continue
            if not mots or mots[0] in _DETERMINANTS:
                continue
            if cue[0] == "gare" and mots[0] in GARES_DE_PARIS:
                continue  # Paris's stations named after towns (« je dors gare de Lyon »)
            for n in range(len(mots), 0, -1):
                essai = " ".join(mots[:n])
                if n == 1 and (essai in _PAS_UNE_COMMUNE or _forme_de_verbe(text, essai)) or len(essai) < 3:
                    continue
                if n == 2 and mots[0] in ("la", "le", "les", "l") and mots[1] in _PAS_UNE_COMMUNE:
                    continue  # "à la maison", "de l'hôpital": not La Maison-Dieu, not L'Hôpital
                # "au Tampon", "aux Abymes": à + le, à + les.
                articles = {"au": ("le ", ""), "aux": ("les ", ""), "du": ("le ", ""), "des": ("les ", "")}.get(cue[-1], ("",))
                suite = " ".join(folded[lieu.end():].split()[n:n + 4])
                for article in articles:
                    commune, candidates = _resoudre(article + essai, n + bool(article), suite)
                    if n == 1 and any(normalise(c.nom) in _PAS_UNE_COMMUNE for c in [commune, *candidates] if c):
                        continue
                    if (commune is not None or candidates) and \
                            all(_mot_courant(text, essai, c) for c in [commune, *candidates] if c is not None):
                        continue
                    if commune is not None or candidates:
                        return commune, candidates
        for segment in _SEGMENT.finditer(text):
            nom = normalise(segment.group(1))
            if nom and nom not in _PAS_UNE_COMMUNE and nom.split()[0] not in _DETERMINANTS:
                commune, candidates = _resoudre(nom, len(nom.split()))
                if commune is not None:
                    return commune, []
        return _nom_propre_apres_un_mot_de_lieu(text)
    except Exception:  # noqa: BLE001 - the knowledge base may be down: the commune will be asked
        logger.exception("Commune search in an emergency message failed")
    return None, []


def besoins_du_message(text: str, detection: Detection, deja: Iterable[str]) -> list[str]:
    """The needs: those already known, the need behind each danger, then the needs named."""
    besoins = list(deja or [])
    folded = normalise(text)
    nommes = [b for b, motif in _BESOINS_NOMMES if re.search(motif, folded)]
    for besoin in [*(BESOIN_DE_L_URGENCE.get(k) for k in detection.types), *nommes]:
        if besoin and besoin not in besoins:
            besoins.append(besoin)
    return besoins


# -- the answer ---------------------------------------------------------------------------------

def _cle(kind: str, detection: Detection) -> str:
    if kind == "medicale" and "medicale:lieu:etranger" in detection.signaux:
        return "medicale_etranger"
    if kind == "enfant" and detection.mineur:
        return "enfant_mineur"
    if kind == "violences" and "violences:personne:aine" in detection.signaux:
        return "violences_aine"
    if kind == "violences" and detection.immediat:
        return "violences_immediat"
    return kind


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


def incertaine(detection: Detection) -> bool:
    """Only a learned reading fired — the safety net's reader (signals ``<type>:lecteur:…``) or, with
    ``diet_vote``, the classifier's emergency intent (``<type>:diet:…``) — no rule of the detector."""
    return bool(detection.signaux) and all(":diet:" in s or ":lecteur:" in s for s in detection.signaux)


def continue_l_orientation(detection: Detection, formulaire: bool, besoin_nomme: bool = False) -> bool:
    """An uncertain reading before any form: answer the danger, then start the orientation. After a
    suicide or medical reading the questions follow only when the message also names a need in
    words ("on a du mal à finir le mois") or, after an emergency answer, tells the person's
    situation (``situation_dite``): the line is given first all the same."""
    return (incertaine(detection) and not formulaire and not detection.mineur
            and (besoin_nomme or not set(detection.types) & set(_JAMAIS_DE_QUESTION_APRES)))


def besoin_nomme(text: str) -> bool:
    """The message names a need of the orientation in words (actions/extraction.py)."""
    return bool(extract(text).besoins)


def _action_avant_le_message(tracker: Tracker) -> Optional[str]:
    """The last action (other than listening) before the latest message of the person."""
    vu_le_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if vu_le_message:
                return None
            vu_le_message = True
        elif vu_le_message and event.get("event") == "action" and event.get("name") != "action_listen":
            return event.get("name")
    return None


def suite_d_une_urgence(tracker: Tracker) -> bool:
    """The latest message follows an emergency answer (the last action before it was
    ``action_urgence``): the person is answering its offer to go on."""
    return _action_avant_le_message(tracker) == ACTION_URGENCE


def hors_de_son_champ(tracker: Tracker) -> bool:
    """Only the classifier read a danger in the latest message, which holds no word of that danger's field
    (``common.safety.dans_son_champ``: « seul » read as a medical emergency, « plus d'ARE, juste l'ASS » as
    suicide). Used for the answers to the form's questions and to the recap only."""
    detection = detection_du_message(tracker)
    question = tracker.get_slot("requested_slot")
    return incertaine(detection) and not detection.mineur and \
        not any(dans_son_champ(k, texte(tracker), question) for k in detection.types)


def correction_du_recapitulatif(tracker: Tracker, detection: Detection) -> bool:
    """An answer to the recap that corrects the situation (« non le dernier a eu 3 ans le mois dernier », « il
    y a aussi notre fille de 14 ans ») which only the classifier read as a danger: like an answer to a form
    question, its lines come in the short paragraph and the correction is noted (it was lost, the whole
    emergency answer given instead)."""
    if not incertaine(detection) or detection.mineur or _action_avant_le_message(tracker) != "action_recapituler":
        return False
    faits = extract(texte(tracker), known=dict(tracker.slots)).facts
    return bool(set(faits) - {"pour_un_proche"})


def situation_dite(tracker: Tracker) -> bool:
    """After an emergency answer, the message tells the person's own situation (an age, a commune,
    the household, a housing, an income…), or the relative's when the conversation is about one: it
    goes on with the orientation ("j'ai 52 ans, je suis à Lyon 7e"), whatever a classifier alone made
    of it."""
    if not suite_d_une_urgence(tracker):
        return False
    return _raconte_une_situation(texte(tracker), celle_d_un_proche=tracker.get_slot("pour_un_proche") is True)


def situation_d_un_proche(tracker: Tracker, detection: Detection) -> bool:
    """A message written for a relative that tells their situation (« j'écris pour ma voisine de palier,
    83 ans, qui vit seule à Avignon ») and that only the classifier read as a danger, whatever the
    danger: its lines come in the short paragraph, then the orientation (the whole suicide answer left
    the neighbour's conversation standing still)."""
    if not incertaine(detection) or detection.mineur or suite_d_une_urgence(tracker) or \
            tracker.get_slot(SLOT_REPONDUES):
        return False  # after an emergency answer, a relative's words are no reason to go on (situation_dite)
    # Writing for a relative is itself a fact of the situation (_raconte_une_situation counts it): one reading.
    return bool(extract(texte(tracker)).facts.get("pour_un_proche"))


def _raconte_une_situation(lu: str, celle_d_un_proche: bool) -> bool:
    """The message tells a situation: a fact besides the needs (an age, the household, a housing…, or that it
    is asked for a relative) or a commune; a relative's situation counts only if ``celle_d_un_proche``."""
    faits = extract(lu).facts
    if faits.get("pour_un_proche") and not celle_d_un_proche:
        return False
    return bool(set(faits) - {"besoins"}) or commune_du_message(lu)[0] is not None


def situation_racontee(tracker: Tracker, detection: Detection) -> bool:
    """A message only the classifier read as a child in danger, violence or a night outside, which tells a
    situation (an age, a commune, the household, a housing, an activity…, the person's or a relative's)
    outside any form: its lines come in the short paragraph, then the orientation."""
    if not incertaine(detection) or detection.mineur:
        return False
    if not set(detection.types) <= _DOUX_SI_SITUATION:
        return situation_d_un_proche(tracker, detection)
    return _raconte_une_situation(texte(tracker), celle_d_un_proche=True)


def deja_repondue_incertaine(tracker: Tracker) -> bool:
    """The latest message was an uncertain danger (the classifier alone, not a child writing) and
    ``action_urgence`` has answered it in this turn: what it says is then read as the answer to the
    form's question, so that the same answer typed again does not bring the same danger text back
    and the question is not asked forever."""
    if not (intent(tracker) or "").startswith("urgence_") or not urgence_repondue_ce_tour(tracker):
        return False
    detection = detection_du_message(tracker)
    return incertaine(detection) and not detection.mineur


def redite_apres_reponse(tracker: Tracker) -> bool:
    """The latest message's dangers had all been answered before it (action_urgence said « déjà dit » this turn),
    and no child writes it: what it says is then read as the answer to the form's question."""
    detection = detection_du_message(tracker)
    if not detection.types or detection.mineur:
        return False
    avant: list[str] = []
    vu_le_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            vu_le_message = True
        elif vu_le_message and event.get("event") == "slot" and event.get("name") == SLOT_REPONDUES:
            avant = list(event.get("value") or [])
            break
    return all(k in avant for k in detection.types)


def urgence_repondue_ce_tour(tracker: Tracker) -> bool:
    """action_urgence has run since the latest message of the person."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") == ACTION_URGENCE:
            return True
    return False


def texte_urgence(kind: str, autres: Optional[list[str]] = None, commune: Any = None,
                  formulaire: bool = False, detection: Optional[Detection] = None,
                  nomme: bool = False, doux: bool = False) -> str:
    """The whole answer: the danger first (its right number first), then each other danger of the
    message, the sources, and what comes next. ``doux``: the short paragraph of the lines, as in a form
    (``situation_racontee``)."""
    detection = detection or Detection(types=(kind, *[k for k in autres or [] if k != kind]))
    n = numeros()
    if (formulaire or doux) and incertaine(detection) and not detection.mineur:
        return _texte_au_cas_ou(kind, detection, autres)
    blocs = [_TEXTES[_cle(kind, detection)].format(n=n)]
    premiere = _RE_LIGNE.search(blocs[0])
    if detection.lignes and detection.lignes[0] in _EN_PREMIER and (
            premiere is None or premiere.group(0) != detection.lignes[0]):
        blocs.insert(0, _EN_PREMIER[detection.lignes[0]].format(n=n))
    if kind == "faim":
        lieu = f" pour {commune.nom}" if commune is not None else ""
        blocs.append(f"Où vous adresser{lieu} :\n" + "\n".join(f"- {l}" for l in contacts_faim(commune)))
        if commune is None:
            blocs.append("Dites-moi votre commune et je vous donnerai le CCAS le plus proche.")
    autres = [k for k in (autres if autres is not None else detection.types) if k != kind and k in TYPES]
    rappels = [_RAPPELS[_cle(k, detection)].format(n=n) for k in autres]
    if rappels:
        blocs.append("\n".join(rappels))
    blocs.append(_phrase_des_sources([_cle(k, detection) for k in [kind, *autres]]))
    blocs.append(_suite(kind, detection, commune, formulaire, nomme))
    return "\n\n".join(blocs)


def _texte_au_cas_ou(kind: str, detection: Detection, autres: Optional[list[str]]) -> str:
    """Only the classifier read a danger in the answer to a form question (« à peu près 600 par mois,
    ma femme travaille pas »): the lines in a short paragraph, each danger's line first, then the
    question again; not the whole emergency answer (a child writing always gets it)."""
    n = numeros()
    types = [kind, *[k for k in (autres if autres is not None else detection.types) if k != kind and k in TYPES]]
    lignes = "\n".join(f"- {_RAPPELS[_cle(k, detection)].format(n=n)}" for k in types)
    return "\n\n".join([f"{_AU_CAS_OU}\n{lignes}", _phrase_des_sources(types), _SUITE_INCERTAINE_FORMULAIRE])


def _phrase_des_sources(types: Iterable[str]) -> str:
    """The official sites behind the answer to these dangers, and the date they were checked."""
    sources = ", ".join(sorted({SOURCES.get(k) or SOURCES[_type_de_cle(k)] for k in types}))
    return f"(Sources : {sources} ; vérifié le {date_verifiee()}.)"


def _suite(kind: str, detection: Detection, commune: Any, formulaire: bool, nomme: bool = False) -> str:
    if detection.mineur:
        return _SUITE_MINEUR
    if continue_l_orientation(detection, formulaire, nomme):
        return _SUITE_INCERTAINE
    if formulaire and incertaine(detection):
        return _SUITE_INCERTAINE_FORMULAIRE
    if formulaire:
        return _SUITE_FORMULAIRE
    lieu = f" à {commune.nom}" if commune is not None else " près de chez vous"
    if kind == "enfant":
        return _SUITE_TEMOIN
    if kind in ("medicale", "suicide"):
        return _SUITE_SANS_BOUTON.format(lieu=f" à {commune.nom}" if commune is not None else "")
    return _SUITE.format(lieu=lieu)


def propose_la_suite(kind: str, detection: Detection, formulaire: bool, nomme: bool = False) -> bool:
    """Whether the answer ends with the buttons « Oui, voir mes aides » / « Non, merci »."""
    return not (detection.mineur or formulaire or kind in ("medicale", "suicide", "enfant")
                or continue_l_orientation(detection, formulaire, nomme))


def texte_deja_dit(types: Iterable[str]) -> str:
    n = numeros()
    return " ".join(_DEJA_DIT[k].format(n=n) for k in types if k in _DEJA_DIT)


def type_of_answer(text: str) -> Optional[str]:
    """The emergency an answer of action_urgence is about (from the first words of its main
    paragraph, first or after the sentence naming the line to call first), else None."""
    paragraphes = text.split("\n\n")[:2]
    for cle, modele in _TEXTES.items():
        debut = modele.split("{", 1)[0][:40]
        if any(p.startswith(debut) for p in paragraphes):
            return _type_de_cle(cle)
    if text.startswith(_AU_CAS_OU):  # the short form: the first line listed
        premiere = text.split("\n")[1].removeprefix("- ") if "\n" in text else ""
        for cle, debut in _DEBUTS_DES_RAPPELS.items():
            if premiere.startswith(debut):
                return _type_de_cle(cle)
    return None


def _type_de_cle(cle: str) -> str:
    return "enfant" if cle == "enfant_mineur" else cle.replace("_immediat", "").replace("_aine", "").replace("_etranger", "")


def lire_reponse(textes: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the emergency types an answer gives, the lines it names in order) — for the bench and the
    tests, which only see the text over REST. A reply without an emergency answer: ((), ())."""
    textes = [t for t in textes if t]
    principal = next((k for k in (type_of_answer(t) for t in textes) if k), None)
    if principal is None:
        return (), ()
    types = [principal]
    for t in textes:
        for ligne in t.splitlines():
            for cle, debut in _DEBUTS_DES_RAPPELS.items():
                kind = _type_de_cle(cle)
                if ligne.removeprefix("- ").startswith(debut) and kind not in types:
                    types.append(kind)
    urgence = "\n".join(t for t in textes if not t.startswith("(Sources"))
    lignes: list[str] = []
    for m in _RE_LIGNE.finditer(urgence):
        ligne = LIGNE_CCAS if m.group(0) == "CCAS" else m.group(0)
        if ligne not in lignes:
            lignes.append(ligne)
    return tuple(types), tuple(lignes)


# -- reading the tracker ------------------------------------------------------------------------

def detection_du_message(tracker: Tracker) -> Detection:
    """The safety net's reading of the latest message (parse data ``urgence``); read again from the
    text when it is missing (a test tracker, an older model). The intent's type is kept."""
    message = tracker.latest_message or {}
    kind = type_of_intent(intent(tracker))
    detection = Detection.from_dict(message.get("urgence"))
    age = tracker.get_slot("age")
    adulte = est_nombre(age) and age >= 18
    # (read again with the person's age known from the conversation, which the NLU's reading did not have: « mon cousin
    # m'a mis dehors » from a man of 34 is the 115's, not a child put out)
    enfant_des_regles = adulte and detection is not None and "enfant" in detection.types and \
        any(s.startswith("enfant:") and not s.startswith(("enfant:diet:", "enfant:intent:")) for s in detection.signaux)
    if detection is None or (kind and kind not in detection.types) or enfant_des_regles:
        detection = analyse(texte(tracker), (kind, f"intent:urgence_{kind}") if kind else None,
                            age_connu=int(age) if est_nombre(age) else None)
    if kind and kind not in detection.types and not (kind == "enfant" and adulte and detection.types):
        # The intent says emergency and the text alone does not: answer the intent's danger (not a child's danger for a
        # grown-up whose age is known when the text reads another danger: a night outside for a man of 34).
        detection = Detection(types=(kind,), lignes=(), signaux=(f"intent:urgence_{kind}",))
    return detection


def reprendre(tracker: Tracker) -> list[dict[str, Any]]:
    """Hand back to the active form, if any, so that it asks its question again."""
    loop = (tracker.active_loop or {}).get("name")
    return [FollowupAction(loop)] if loop else []


def _commune_precedente(tracker: Tracker) -> Optional[str]:
    """The last INSEE code the commune slot held before this message, if any."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == SLOT_COMMUNE:
            valeur = str(event.get("value") or "")
            if re.fullmatch(r"\d[\dAB]\d{3}", valeur) and commune_validee(valeur) is not None:
                return valeur
    return None


# Said of tonight or of now: put out, sleeping outside (« m'a mis dehors hier, je dors à la gare maintenant »).
_SANS_TOIT_MAINTENANT = re.compile(r"\b(mis|mise|mises|jete|jetee|vire|viree|chasse|chassee)\w* dehors\b|\b(je dors|on dort|nous dormons|"
                                   r"je suis|on est|nous sommes) (dehors|a la rue|dans la rue|a la gare|dans (ma|la|une) voiture|"
                                   r"sous (une|la) tente)\b|\bplus de (logement|toit)\b|\bnulle part ou dormir\b")


def _faits_du_message(tracker: Tracker, detection: Detection, besoin: bool = True) -> tuple[list[dict[str, Any]], Any]:
    """Slot events for what the message says besides the danger, and the commune found (and the danger's
    need unless ``besoin`` is False)."""
    events: list[dict[str, Any]] = []
    texte_lu = texte(tracker)
    commune = commune_validee(tracker.get_slot(SLOT_COMMUNE))
    if commune is None:
        trouvee, candidates = (None, []) if detection.mineur else commune_du_message(texte_lu)
        if trouvee is not None:
            commune = trouvee
            events += [SlotSet(SLOT_COMMUNE, trouvee.code), SlotSet(SLOT_COMMUNE_NOM, trouvee.nom),
                       SlotSet(SLOT_COMMUNE_CHOIX, None)]
        elif candidates:
            events += [SlotSet(SLOT_COMMUNE, None), SlotSet(SLOT_COMMUNE_CHOIX, [c.code for c in candidates[:10]])]
        elif tracker.get_slot(SLOT_COMMUNE):
            # A word the classifier took for a commune ("père") is not kept: back to the commune
            # validated earlier, if any.
            precedente = _commune_precedente(tracker)
            commune = commune_validee(precedente)
            events.append(SlotSet(SLOT_COMMUNE, precedente))
    if detection.mineur or set(detection.types) <= {"enfant"} or not besoin:
        return events, commune
    besoins = besoins_du_message(texte_lu, detection, tracker.get_slot("besoins") or [])
    if besoins != list(tracker.get_slot("besoins") or []):
        events.append(SlotSet("besoins", besoins))
    if "sans_abri" in detection.types and not tracker.get_slot("logement"):
        # the housing the words say (« je dors chez des potes à droite à gauche depuis que ma mère m'a mis dehors »:
        # hosted), without any home when they say none
        events.append(SlotSet("logement", extract(texte_lu).facts.get("logement") or "sans_domicile"))
    elif "sans_abri" in detection.types and tracker.get_slot("logement") not in ("sans_domicile", None):
        # a home lost since it was said (« non en fait mon cousin m'a mis dehors hier, je dors à la gare maintenant » at the
        # recap): the housing the words say now, no home when they name none
        dit = extract(texte_lu).facts.get("logement")
        if dit != tracker.get_slot("logement") and _SANS_TOIT_MAINTENANT.search(normaliser(texte_lu)):
            events.append(SlotSet("logement", dit or "sans_domicile"))
    return events, commune


class ActionUrgence(Action):
    def name(self) -> str:
        return ACTION_URGENCE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        detection = detection_du_message(tracker)
        if not detection.types:
            return []
        kind = detection.types[0]
        loop = (tracker.active_loop or {}).get("name")
        deja = list(tracker.get_slot(SLOT_REPONDUES) or [])
        events: list[dict[str, Any]] = [SlotSet(SLOT_URGENCE, kind),
                                        SlotSet(SLOT_REPONDUES, list(dict.fromkeys([*deja, *detection.types])))]
        if deja and all(k in deja for k in detection.types) and not detection.mineur and not loop and \
                correction_du_recapitulatif(tracker, detection):
            # A correction of the recap (« en fait mes parents c'est plutôt 200 ») that only the classifier read as a
            # danger already answered: the correction is noted and the recap shown again (the line is not repeated).
            from actions.situation import noter

            changes, _ = noter(tracker, dispatcher, requested=None)
            return [*events, *[SlotSet(k, v) for k, v in changes.items()], FollowupAction(FORM_SITUATION)]
        if deja and all(k in deja for k in detection.types) and not detection.mineur:
            # Written again: one line, then on to the orientation (the form resumes or starts). In a form, a danger only
            # the classifier read adds no need (« il habite chez moi, il ne paie rien » added « des violences »).
            faits, _ = _faits_du_message(tracker, detection, besoin=not (loop and incertaine(detection)))
            dispatcher.utter_message(text=texte_deja_dit(detection.types))
            nommes = {b for e in faits if e.get("name") == "besoins" for b in e.get("value") or []} - \
                set(tracker.get_slot("besoins") or []) - {BESOIN_DE_L_URGENCE.get(k) for k in detection.types}
            if not loop and not set(detection.types) & set(BESOIN_DE_L_URGENCE) and (
                    nommes or besoin_nomme(texte(tracker)) or situation_dite(tracker)):
                # The line given again, and the message names a need or tells the situation (« de l'aide pour
                # rester chez moi » after a medical answer): the orientation starts, its facts noted.
                from actions.situation import noter

                changes, _ = noter(tracker, dispatcher, requested=None)
                return [*events, *faits, *[SlotSet(k, v) for k, v in changes.items()], FollowupAction(FORM_SITUATION)]
            suite = [FollowupAction(loop)] if loop else (
                [FollowupAction(FORM_SITUATION)] if set(detection.types) & set(BESOIN_DE_L_URGENCE) else [])
            return [*events, *faits, *suite]
        from actions.render import envoyer

        if not loop and correction_du_recapitulatif(tracker, detection):
            from actions.situation import noter

            if not hors_de_son_champ(tracker):
                envoyer(dispatcher, tracker, text=texte_urgence(kind, list(detection.types), None, True, detection))
            changes, _ = noter(tracker, dispatcher, requested=None)
            return [*events, *[SlotSet(k, v) for k, v in changes.items()], FollowupAction(FORM_SITUATION)]
        nomme = incertaine(detection) and (besoin_nomme(texte(tracker)) or situation_dite(tracker) or
                                           situation_d_un_proche(tracker, detection))
        if continue_l_orientation(detection, bool(loop), nomme):
            # The facts and the need are read as for any first message (action_noter), then the
            # form asks what is missing.
            from actions.situation import noter

            envoyer(dispatcher, tracker, text=texte_urgence(kind, list(detection.types), None, False, detection,
                                                            nomme, doux=situation_racontee(tracker, detection)))
            changes, _ = noter(tracker, dispatcher, requested=None)
            changes = _avec_les_besoins_des_faits(tracker, changes)
            return [*events, *[SlotSet(k, v) for k, v in changes.items()], FollowupAction(FORM_SITUATION)]
        # An answer to a form question that only the classifier read as a danger: its lines are given (« au
        # cas où »), but no need is added that the person never named (it would bring questions of its own).
        faits, commune = _faits_du_message(tracker, detection, besoin=not (loop and incertaine(detection)))
        if commune is None and kind == "faim":
            commune = commune_validee(tracker.get_slot(SLOT_COMMUNE))
        texte_reponse = texte_urgence(kind, list(detection.types), commune, bool(loop), detection, nomme)
        boutons = BOUTONS_SUITE if propose_la_suite(kind, detection, bool(loop), nomme) else None
        envoyer(dispatcher, tracker, text=texte_reponse, buttons=boutons)
        if detection.mineur:
            # A child is never asked a form question: the form stops here.
            fin = [ActiveLoop(None), SlotSet("requested_slot", None)] if loop else []
            return [*events, *fin]
        if not loop:
            faits += _situation_du_message(tracker, faits)
        return [*events, *faits, *reprendre(tracker)]


# Slots an emergency answer sets itself (_faits_du_message) or that belong to the form's course.
_PAS_DE_LA_SITUATION = {SLOT_COMMUNE, SLOT_COMMUNE_NOM, SLOT_COMMUNE_CHOIX, "besoins", "requested_slot", "precision",
                        "correction"}


def _avec_les_besoins_des_faits(tracker: Tracker, changes: dict[str, Any]) -> dict[str, Any]:
    """The slot changes with the needs the facts stand for added (« elle n'arrive plus à faire sa toilette »: help
    for daily life, autonomy), which the classifier's need would have said had it not read a danger."""
    from actions.situation import besoins_des_faits

    avant = changes.get("besoins") if isinstance(changes.get("besoins"), list) else tracker.get_slot("besoins")
    avant = list(avant) if isinstance(avant, list) else []
    besoins = list(dict.fromkeys([*avant, *_besoin_du_classement(tracker),
                                  *sorted(besoins_des_faits({**tracker.slots, **changes}))]))
    return {**changes, "besoins": besoins} if besoins != avant else changes


def _besoin_du_classement(tracker: Tracker) -> list[str]:
    """The need of the classifier's best intent once the emergencies are left aside, when it is a need read
    with some confidence (« j'élève mon petit-fils… ai-je droit à des aides pour lui ? »: the family, 0.62,
    behind the child in danger only the safety net's reader saw)."""
    for candidate in (tracker.latest_message or {}).get("intent_ranking") or []:
        name = candidate.get("name") or ""
        if name.startswith("urgence_"):
            continue
        besoin = besoin_de_l_intent(name)
        return [besoin] if besoin and float(candidate.get("confidence") or 0.0) >= SEUIL_BESOIN_DU_CLASSEMENT else []
    return []


def _situation_du_message(tracker: Tracker, faits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Slot events for the situation an emergency message tells besides the danger (« étudiant, 22 ans, je
    bosse le week-end, le frigo est vide »), read as any first message is (actions.situation.noter), so that
    going on after the answer does not ask them again. Nothing is said to the person here."""
    from actions.situation import noter

    changes, _ = noter(tracker, CollectingDispatcher(), requested=None)
    deja = {e.get("name") for e in faits}
    events = [SlotSet(k, v) for k, v in changes.items() if k not in _PAS_DE_LA_SITUATION and k not in deja]
    # The needs the message names or its facts stand for, after the danger's.
    avant = next((e.get("value") for e in reversed(faits) if e.get("name") == "besoins"), None)
    avant = list(avant if isinstance(avant, list) else tracker.get_slot("besoins") or [])
    dits = changes.get("besoins") if isinstance(changes.get("besoins"), list) else []
    besoins = _avec_les_besoins_des_faits(tracker, {**changes, "besoins": list(dict.fromkeys([*avant, *dits]))})["besoins"]
    if besoins != avant:
        events.append(SlotSet("besoins", besoins))
    return events


class ActionApresUrgence(Action):
    """« oui » / « non » to the offer that ends an emergency answer."""

    def name(self) -> str:
        return "action_apres_urgence"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        kind = tracker.get_slot(SLOT_URGENCE)
        n = numeros()
        if intent(tracker) == "deny":
            ligne = _DEJA_DIT.get(kind, "").format(n=n) if kind in _DEJA_DIT else ""
            dispatcher.utter_message(text=f"D'accord. {ligne} Je reste là : il suffit de m'écrire.".replace("  ", " "))
            return []
        if not bienvenue_dite(tracker):  # the conversation opened on the emergency (actions/donnees.py)
            dire_bienvenue(dispatcher)
        commune = commune_validee(tracker.get_slot(SLOT_COMMUNE))
        lieu = f" à {commune.nom}" if commune is not None else ""
        dispatcher.utter_message(text=f"D'accord. Je vais vous poser quelques questions pour trouver les aides "
                                      f"auxquelles vous avez droit{lieu}. Vous pouvez répondre « je ne sais pas » "
                                      f"à tout moment.")
        events: list[dict[str, Any]] = []
        besoins = avec_besoin(tracker.slots, BESOIN_DE_L_URGENCE.get(kind))
        if besoins is not None:
            events.append(SlotSet("besoins", besoins))
        return [*events, FollowupAction(FORM_SITUATION)]
