"""Territory actions: ask for the commune, validate it with the knowledge base, give the CCAS.

- ``validate_ccas_form``: turns what the person typed (the ``commune`` entity,
  or the whole message when the form is asking for the commune) into an INSEE
  code with ``knowledge.territory.resolve_commune``. Unknown: re-ask.
  Ambiguous: remember the candidates, so that ``action_ask_commune`` shows one
  button per candidate.
- ``action_ask_commune``: the question, with buttons after an ambiguous name.
- ``action_donner_ccas``: the contacts of the commune, rendered in French.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any, Iterator, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render
from actions.extraction import METIERS
from actions.message import entites, est_payload
from actions.message import intent as intent_lu
from actions.message import texte as texte_lu
from actions.urgences import INTENTS_PRIORITAIRES, POPULATION_D_UNE_VILLE
from knowledge.contacts import contacts_for_commune
from knowledge.territory import CODE_COMMUNE, commune_by_code, find_commune_in_text, resolve_commune, territory_index
from knowledge.territory.normalize import normalise

logger = logging.getLogger(__name__)

FORM = "ccas_form"
SLOT = "commune"
SLOT_NOM = "commune_nom"
SLOT_CHOIX = "commune_choix"
ENTITY = "commune"
# While the commune is asked, these intents are not an answer: the form lets the
# rules handle them (identity, greeting, out of scope, refusal, goodbye, urgent danger, a human).
INTENTS_HORS_REPONSE = {"greet", "goodbye", "bot_challenge", "out_of_scope", "deny", *INTENTS_PRIORITAIRES}
# "oui", "merci" when asked for a commune: ask again, without complaining.
INTENTS_REPOSER = {"affirm", "thanks"}
# Intents whose message may name the commune even when the NLU missed the entity.
INTENTS_AVEC_LIEU = {"chercher_ccas", "donner_commune"}
_DEP_TOKEN = re.compile(r"\b(\d{2,3}|2[ab])\b", re.IGNORECASE)
# "2", "le 2": the second commune of the list (channels that show buttons as a numbered list).
NUMERO_CHOIX = re.compile(r"^\s*(?:le|la|n°|no|numero|numéro|choix)?\s*(\d{1,2})\s*$", re.IGNORECASE)


# -- reading the tracker -----------------------------------------------------

def _entites_commune(tracker: Tracker) -> list[str]:
    return [str(e["value"]) for e in entites(tracker)
            if e.get("entity") == ENTITY and e.get("value") not in (None, "")]


def _valeurs(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in values if v is not None and str(v).strip()]


# -- resolution --------------------------------------------------------------

def _code_de_confiance(valeur: str, tracker: Tracker) -> bool:
    """An INSEE code the bot produced itself: a button payload, or the slot validated earlier.

    A person typing five digits means a postal code; 3,058 strings are both.
    """
    if not CODE_COMMUNE.match(valeur):
        return False
    if est_payload(texte_lu(tracker)):
        return True
    nom = tracker.get_slot(SLOT_NOM)
    if nom and valeur not in _entites_commune(tracker) and valeur != texte_lu(tracker).strip():
        commune = commune_by_code(valeur)
        return commune is not None and commune.nom == nom
    return False


def _postal_d_abord(resolution: Any) -> tuple[str, list[Any]]:
    """Five digits typed by a person are a postal code, even when also an INSEE code (69100)."""
    candidates = list(resolution.candidates)
    postaux = [c for c in candidates if getattr(c, "match", None) == "code_postal"]
    if postaux and len(postaux) < len(candidates):
        candidates = postaux
    if not candidates:
        return "unknown", []
    if len(candidates) > 1 and getattr(candidates[0], "match", None) in ("nom", "ancienne_commune", "sans_article"):
        # "La Rochelle": a city of 77,000 and a village of 100; the person means the city (the recap
        # shows it, and it can be corrected). Comparable sizes stay ambiguous (Saint-Denis 93 / 974).
        sizes = sorted(((c.population or 0) for c in candidates), reverse=True)
        if sizes[0] >= 10_000 and sizes[0] >= 50 * max(sizes[1], 1):
            biggest = max(candidates, key=lambda c: c.population or 0)
            return "found", [biggest]
    return ("found" if len(candidates) == 1 else "ambiguous"), candidates


def _exact(candidates: list[Any]) -> bool:
    """Matched by code or by the exact name, not by a prefix or an approximation."""
    return all(getattr(c, "match", "nom") not in ("approx", "prefixe") for c in candidates)


# A job said as one ("comme maçon", "je suis boulanger", "il était maçon") is no place, even when a commune bears its name (Mâcon).
_METIER_DIT = re.compile(rf"\b(?:comme|en tant que|je suis|jsuis|chuis|suis|j etais|etais|etait|il est|elle est|on est|"
                         rf"sommes|travaille|bosse|metier|avant|ancien|ancienne|autrefois|anciennement|(?<!\bc )est|sont|etaient) "
                         # (a word before the job, not a place's preposition: « je suis artisan maçon », not « je suis à Mâcon »)
                         rf"(?:un |une )?(?:(?!(?:a|au|aux|en|de|du|des|dans|sur|pres|vers|chez|la|le|les)\b)\w+ )?{METIERS}\b")


_METIER_SEUL = re.compile(rf"\s*(?:un |une |ancien |ancienne )?{METIERS}\s*")


def _sans_metier(texte: str) -> str:
    """The message without the job it says (normalised then, its clauses kept: « auxiliaire de vie, seule avec mon fils,
    Fourmies » still names Fourmies alone in its clause), or unchanged when it says none."""
    morceaux = re.split(r"([,;.!?()\n])", texte)
    # (a job alone in its clause among others, typed without a capital: « portugais, maçon, 1700 net, Annemasse » was Mâcon;
    # « macon » alone is the town)
    plusieurs = sum(1 for m in morceaux if m.strip(" ,;.!?()\n")) >= 2
    sans = [(m, 0) if m in ",;.!?()\n" else (" ", 1) if plusieurs and _METIER_SEUL.fullmatch(normalise(m)) and
            not m.strip()[:1].isupper() else _sans_metier_dit(m) for m in morceaux]
    return "".join(m for m, _ in sans) if any(n for _, n in sans) else texte


def _un_pour_un(texte: str) -> str:
    """``texte`` without its accents, one character for one (a span found in it is the text's own)."""
    return "".join((unicodedata.normalize("NFKD", ch)[:1] or " ") for ch in texte)


def _sans_metier_dit(morceau: str) -> tuple[str, int]:
    """The clause without the job it says, its other words as typed (their capitals tell a name: « je suis infirmière
    libérale à Mende » lost Mende, lowered to a small word after « à »), and how many jobs were taken out."""
    # one character for one: lower case, accents, apostrophes and hyphens as spaces
    plat = re.sub(r"['’`´-]", " ", _un_pour_un(morceau)).lower()
    if re.search(r"\s{2,}", plat.strip()):
        return _METIER_DIT.subn(" ", normalise(morceau))  # (spaced oddly: read as before)
    spans = [m.span() for m in _METIER_DIT.finditer(plat)]
    for a, b in reversed(spans):
        morceau = morceau[:a] + " " + morceau[b:]
    return morceau, len(spans)


def _metier_dit(valeur: str, texte: str) -> bool:
    """The entity value is the job the message says the person does."""
    nom = normalise(valeur)
    return any(normalise(m.group(0)).endswith(nom) for m in _METIER_DIT.finditer(normalise(texte)))


def _chercher(query: str, dans_une_phrase: bool = False) -> tuple[str, list[Any]]:
    resolution = find_commune_in_text(_sans_metier(query)) if dans_une_phrase else resolve_commune(query)
    return _accent_tape(query, *_postal_d_abord(resolution))


def _accent_tape(query: str, status: str, candidates: list[Any]) -> tuple[str, list[Any]]:
    """Among communes whose names differ only by their accents (Moûtiers, Moutiers), the one whose accented name
    the person typed: an accent typed is chosen, an accent left out says nothing (people often drop them)."""
    if status != "ambiguous":
        return status, candidates
    tape = query.casefold()
    ecrites = [c for c in candidates if not c.nom.isascii() and
               re.search(r"(?<!\w)" + re.escape(c.nom.casefold()) + r"(?!\w)", tape)]
    if len(ecrites) == 1 and all(c.nom != ecrites[0].nom for c in candidates if c is not ecrites[0]):
        return "found", ecrites
    return status, candidates


def valeurs_nommees_dans(texte: str, valeurs: list[str]) -> Optional[list[str]]:
    """How the message names a commune the way a person does (a place word before it, or a name that cannot be
    anything else): None when it names none — the NLU's ``commune`` entity alone is not enough ("père" is Péré) —,
    else the NLU's ``valeurs`` that are the commune the words name (of « chez » and « poitiers » in « je dors chez une
    copine à Poitiers », Poitiers: La Chèze came first), maybe none."""
    if not texte.strip() or est_payload(texte):
        return None
    try:
        status, candidates = _chercher(texte, dans_une_phrase=True)
    except Exception:  # noqa: BLE001 - no commune then
        logger.exception("Commune search in the message failed")
        return None
    if status == "unknown":
        return None
    return [v for v in valeurs if any(_nomme(c, v) for c in candidates)]


def _nomme(commune: Any, valeur: str) -> bool:
    lue, nom = normalise(valeur), normalise(commune.nom)
    return commune.code == valeur or bool(lue) and (lue == nom or lue in nom or nom in lue)


_OUTRE_MER = {"reunion": "974", "la reunion": "974", "martinique": "972", "guadeloupe": "971", "guyane": "973",
              "mayotte": "976"}
_ILE_DE_FRANCE = {"75", "77", "78", "91", "92", "93", "94", "95"}
_VILLES_A_ARRONDISSEMENTS = r"(paris|lyon|marseille)"


def _fins_de_nom(mots: list[str]) -> Iterator[tuple[int, str]]:
    """The last three, two, then one words before a place word (a commune's name may have up to three),
    with their count; names shorter than three letters are left out."""
    for size in (3, 2, 1):
        nom = " ".join(mots[-size:])
        if len(mots) >= size and len(nom) >= 3:
            yield size, nom


def _region_connue(region: str) -> bool:
    """Whether the words after « en », « dans le » name an overseas region, Île-de-France or a département (the
    communes are searched only then: each search costs, and every clause is read)."""
    return region in _OUTRE_MER or region == "ile de france" or \
        any(nom == region for nom, _ in territory_index().departement_names)


def _commune_precisee(texte: str) -> Optional[tuple[str, list[Any]]]:
    """A commune said with its arrondissement or its region apart from its name: "dans le 13e à
    Marseille", "Marseille dans le 3e", "Saint-Pierre à la Réunion", "Valence dans la Drôme",
    "Saint-Denis en Île-de-France". None when the message says nothing of the kind."""
    norm = normalise(texte)
    m = re.search(rf"\bdans le (\d{{1,2}}) ?(?:e|eme|er|ieme)\b(?: arrondissement)? (?:a|de|sur) {_VILLES_A_ARRONDISSEMENTS}\b",
                  norm)
    if m:
        return _chercher(f"{m.group(2)} {m.group(1)}e")
    m = re.search(rf"\b{_VILLES_A_ARRONDISSEMENTS} (?:dans le|le) (\d{{1,2}}) ?(?:e|eme|er|ieme)\b", norm)
    if m:
        return _chercher(f"{m.group(1)} {m.group(2)}e")
    # "Saint-Denis dans le 93", "Saint-Pierre en 974": the name with its département's number
    m = re.search(r"\b((?:\w+ ){0,3}?\w+) (?:dans le|dans l|en|du) (\d{2}|2a|2b|97[1-6])\b(?! ?(?:ans?|euros?|mois|%))",
                  norm)
    if m:
        departement = m.group(2)
        for _, nom in _fins_de_nom(m.group(1).split()):
            status, found = _chercher(f"{nom} {departement}")
            if status == "found" and found[0].departement == departement and normalise(found[0].nom) == nom:
                return status, found
    # (« st denis la reunion »: the region right after the name, its article only)
    m = re.search(r"\b((?:\w+ ){0,3}?\w+) (?:a la|a|en|dans la|dans le|dans l|sur l ile de la|de la|de l|la) "
                  r"(reunion|martinique|guadeloupe|guyane|mayotte|ile de france)\b", norm) or \
        re.search(r"\b((?:\w+ ){0,3}?\w+) (?:en|dans la|dans le|dans l) ([a-z]+(?: [a-z]+){0,2})$", norm)
    if not m or not _region_connue(m.group(2)):
        return None  # (« je suis en couple », « dans le besoin »: no region, no search)
    mots, region = m.group(1).split(), m.group(2)
    for size, nom in _fins_de_nom(mots):
        if len(mots) > size and mots[-size - 1] in ("au", "aux"):
            # "au Lamentin en Martinique": the article is part of the name (Le Lamentin)
            nom = ("le " if mots[-size - 1] == "au" else "les ") + nom
        if region == "ile de france":
            status, found = _chercher(nom)
            found = [c for c in found if c.departement in _ILE_DE_FRANCE and normalise(c.nom) == nom]
            if len(found) == 1:
                return "found", found
            continue
        status, found = _chercher(f"{nom} {_OUTRE_MER.get(region, region)}")
        if status == "found" and normalise(found[0].nom) == nom and _exact(found):
            return status, found
    return None


# A quarter of a city (« Bordeaux, quartier Saint-Michel », « Marseille quartier Saint-Loup »): its name is no commune.
_QUARTIER = re.compile(r"\b(?:le |au |dans le |du |en )?quartier (?:de la |de l |de |du |des |d )?([a-z][a-z -]*?)"
                       r"(?=$|[,.;!?]| vers | pres | a cote | pas loin )")


def quartiers(texte: str) -> set[str]:
    """The names of the quarters a message names (normalised)."""
    return {m.group(1).strip() for m in _QUARTIER.finditer(normalise(texte))}


def sans_quartiers(texte: str) -> str:
    """The message without its quarters (normalised)."""
    return _QUARTIER.sub(" ", normalise(texte))


_QUESTIONS_DE_MONTANT = ("loyer", "dette_loyer", "epargne", "ressources", "revenus_activite", "chomage", "retraite",
                         "autres_ressources", "pension_alimentaire_recue")


def sans_montant_a_cinq_chiffres(texte: str, requested: Optional[str]) -> str:
    """The message without its five-digit numbers when it answers an amount: that amount, no postal code
    (« 20000 sur les livrets » is no Ajaccio, « 40000 à peu près » no Mont-de-Marsan)."""
    return re.sub(r"\b\d{5}\b", " ", texte) if requested in _QUESTIONS_DE_MONTANT else texte


def _precisee(texte: str) -> Optional[tuple[str, list[Any]]]:
    try:
        lue = _commune_precisee(texte)
        if lue is None:
            # the region at the end of a clause, not of the message (« j'habite à Gourdon dans le Lot, pas de bus »)
            for morceau in re.split(r"[,;.!?]", texte)[:-1]:
                lue = _commune_precisee(morceau) if morceau.strip() else None
                if lue is not None and lue[0] != "unknown":
                    return lue
        return lue
    except Exception:  # noqa: BLE001 - the usual reading then
        logger.exception("Commune search with its region failed")
        return None


def lire_commune(texte: str, requested: Optional[str] = None) -> tuple[str, list[Any]]:
    """(status, candidates) of the commune a message names: the whole answer when the commune was
    asked, else a commune inside the sentence (place word or unambiguous name). Of communes of the same name (the name
    itself, not one approached), a town of 3,000 inhabitants or more, ten times as big as all the others together, is
    the one meant (« Saint-Nazaire », « Chaumont », « Moulins », « Ussel », « Clamecy »): the recap shows it with its
    département, to correct; the others are villages (over the facts development sets, 15 such names were the big town
    at 20,000, 1 was not a home at all; at 10,000 since 2026-12-05; at 3,000 since 2026-12-06: 14 more development
    messages right — Ussel, Mauriac, Lure, Clamecy —, none wrong)."""
    # (of communes of that name, the one in the overseas region said beside it, whatever found them: « saint denis, 97400, a
    # la reunion » is Saint-Denis of La Réunion)
    return _la_plus_grande(*dans_la_region_dite(texte, _lire_commune(texte, requested)))


_GRANDE_VILLE = 3_000


# A common noun written in lower case with its article after a weak place word (« je vois des choses sur les murs », « le
# parking de la salle des fêtes »): Murs and La Salle are villages, and the words are a wall and a hall. After « à »,
# « au », « j'habite » or inside a name (« sainte foy la grande ») it stays a name (« j'habite à la bresse »); a town of
# 10,000 or more keeps it too (« le lamentin », « la rochelle »). The rule of the emergency message's reader
# (actions.urgences._mot_courant).
_LIEU_FAIBLE_AVANT = re.compile(r"\b(?:sur|de|d|dans|contre|vers|avec|pour|par|entre|sous|devant|derriere|chez)\s*$")


def _sans_nom_commun(texte: str, status: str, candidates: list[Any]) -> Optional[str]:
    """``texte`` with the words that named ``candidates`` blanked when they are a common noun of the sentence (see
    above), or None when they are a commune's name."""
    if status not in ("found", "ambiguous") or not candidates or \
            any((c.population or 0) >= POPULATION_D_UNE_VILLE for c in candidates):
        return None
    # one character for one, so that the blanked span is the text's own
    plain = _un_pour_un(texte)
    noyaux = {normalise(c.nom).split()[-1] for c in candidates if normalise(c.nom)}
    for noyau in noyaux:
        for m in re.finditer(rf"(?<![\w'’])(?:la|le|les|l['’]|des|du) ?({re.escape(noyau)})\b", plain):
            if _LIEU_FAIBLE_AVANT.search(plain[:m.start()]):
                return texte[:m.start()] + " " * (m.end() - m.start()) + texte[m.end():]
    return None


def chercher_dans_une_phrase(texte: str) -> tuple[str, list[Any]]:
    """The commune a sentence names (a place word or an unambiguous name), common nouns of it set aside."""
    for _ in range(3):
        status, candidates = _chercher(texte, dans_une_phrase=True)
        reste = _sans_nom_commun(texte, status, candidates)
        if reste is None:
            return status, candidates
        texte = reste
    return _chercher(texte, dans_une_phrase=True)


def _la_plus_grande(status: str, candidates: list[Any]) -> tuple[str, list[Any]]:
    if status != "ambiguous" or len(candidates) < 2 or any(c.match == "approx" for c in candidates):
        return status, candidates  # (not names approached: « à la CSS » is neither Cusset nor Cesset)
    par_taille = sorted(candidates, key=lambda c: -(c.population or 0))
    premiere = par_taille[0].population or 0
    # (a former commune of that name counts for nothing: its population is the whole new commune's, « Moulins » of
    # Mauléon is a village merged into a town of 8,500)
    autres = sum(c.population or 0 for c in par_taille[1:] if c.match != "ancienne_commune")
    if premiere >= _GRANDE_VILLE and premiere >= 10 * max(autres, 1):
        return "found", [par_taille[0]]
    return status, candidates


def _lire_commune(texte: str, requested: Optional[str] = None) -> tuple[str, list[Any]]:
    if not texte.strip() or est_payload(texte):
        return "unknown", []
    if requested == "activite":
        # the answer to the activity question names a job, never a commune (« retraité, avant maçon » is no Mâcon)
        texte = re.sub(rf"\b{METIERS}\b", " ", normalise(texte))
    texte = sans_montant_a_cinq_chiffres(texte, requested)
    if quartiers(texte) and sans_quartiers(texte).strip(" ,.;"):
        status, candidates = lire_commune(sans_quartiers(texte), requested)
        if status == "found":
            return status, candidates  # « Marseille quartier Saint-Loup »: Marseille, not the Saint-Loup communes
    precisee = _precisee(texte)
    if precisee is not None and precisee[0] != "unknown":
        return precisee
    norm = normalise(texte)
    demenagement = _DEMENAGEMENT.search(norm)
    if demenagement:
        # (its exact name only: « parti de chez moi à pied » is no Pied-de-Borne)
        status, candidates = _chercher(demenagement.group(1))
        if status != "unknown" and _exact(candidates) and \
                all(normalise(c.nom) == demenagement.group(1) or c.code == demenagement.group(1) for c in candidates):
            return status, candidates
    en_tete = None
    if requested == "commune":
        reprise = _REPRISE.search(norm)
        if reprise and reprise.start() > 0:
            # « cognac, enfin je suis chez mon frère à châteaubernard juste à côté »: the place said after the person
            # corrects themself is theirs
            status, candidates = lire_commune(reprise.group(1))
            if status == "ambiguous":
                # the first place named tells the département (« Cognac, enfin Châteaubernard »: the one of Charente)
                avant, trouvees = lire_commune(norm[:reprise.start()], "commune")
                voisines = [c for c in candidates if avant == "found" and c.departement == trouvees[0].departement]
                if len(voisines) == 1:
                    return "found", voisines
            if status != "unknown":
                return status, candidates
        if _DEPARTEMENT_SEUL.fullmatch(norm):
            return "unknown", []  # "dans le 13": a département, many communes
        # The commune named exactly first, then a landmark or a quarter (« Rezé près de Nantes », « Fort-de-France,
        # Terres-Sainville »): the first one, when it is a single commune by its exact name.
        en_tete = _nom_en_tete(texte)
        if en_tete and en_tete[0] == "found" and _exact(en_tete[1]):
            return en_tete
        status, candidates = _chercher(texte)
        if status != "unknown":
            return status, candidates
        # "Le Puy en Velay, et j'ai 47 ans": the commune first, then something else
        premiere = re.split(r"[,;.!?]| et ", texte, maxsplit=1)[0]
        if premiere.strip() and premiere != texte:
            status, candidates = _chercher(premiere)
            if status != "unknown" and _exact(candidates):
                return status, candidates
            # « crocq dans la creuse, un petit bled »: the commune with its département, then a remark
            precisee = _precisee(premiere)
            if precisee is not None and precisee[0] == "found":
                return precisee
        # « un petit village à côté de Mende, Badaroux »: the one piece of the answer that is a commune's exact name,
        # not a landmark (« à côté de Mende »)
        morceaux = [normalise(m) for m in re.split(r"[,;.!?]| et ", texte) if normalise(m)]
        nommees: dict[str, tuple[str, list[Any]]] = {}
        for morceau in morceaux[1:]:
            if _UN_REPERE_EN_TETE.match(morceau):
                continue
            status, candidates = _chercher(morceau)
            if status == "found" and _exact(candidates):
                nommees[candidates[0].code] = (status, candidates)
        if len(nommees) == 1:
            return next(iter(nommees.values()))
    trouve = chercher_dans_une_phrase(texte) if requested != "commune" else _chercher(texte, dans_une_phrase=True)
    if trouve[0] == "unknown" and en_tete and en_tete[0] == "found" and len(en_tete[1]) == 1:
        return en_tete  # « Plougastel près de Brest », nothing found in the whole: the first name, approached
    return trouve  # (the overseas region said beside the name chooses in lire_commune, whatever found it)


def dans_la_region_dite(texte: str, trouve: tuple[str, list[Any]]) -> tuple[str, list[Any]]:
    """Communes of the same name, one of them in the overseas region the message names apart from it (« je vis en
    Martinique au Lamentin »: Le Lamentin, not Lamentin in Guadeloupe)."""
    status, candidates = trouve
    if status != "ambiguous":
        return trouve
    norm = normalise(texte)
    dits = {code for nom, code in _OUTRE_MER.items() if re.search(rf"\b(?:en|a la|a|de la|sur l ile de la|la) {nom}\b", norm)}
    dans = [c for c in candidates if c.departement in dits]
    return ("found", dans) if len(dans) == 1 else trouve


# A landmark named after the commune (« à Talant à côté de Dijon », « Rezé près de Nantes »): its name.
_REPERE = re.compile(r"\b(?:a cote de|a cote d|pres de|pres d|proche de|pas loin de|non loin de|tout pres de) "
                     r"([a-z][a-z]*(?: [a-z]+){0,3}?)(?=$|[,.;!?]| et | mais | a | dans | depuis )")


# A piece of an answer that starts with a landmark (« à côté de Mende », « pas loin de Rodez »): no home.
_UN_REPERE_EN_TETE = re.compile(r"(?:a cote|pres|proche|pas loin|non loin|tout pres|vers)\b")


# A person correcting themself in the same answer (« Cognac, enfin je suis à Châteaubernard »).
_REPRISE = re.compile(r"[,;.]? \b(?:enfin|en fait|plutot|je veux dire|(?:non,? )?pardon|non(?! loin))\b,? (.+)$")
# A move said from one commune to another (« je viens de déménager de Lyon à Grenoble »): the second is the home now.
_DEMENAGEMENT = re.compile(r"\b(?:demenage\w*|parti\w*|venu\w*|venue\w*|arrive\w*|installe\w*|passe\w*) (?:de|d) "
                           r"[a-z][a-z ]{1,40}? (?:a|pour|vers|sur) ([a-z][a-z ]{1,40}?)\s*(?:$|[,;.!?]| depuis | il y a | en )")


# What may follow a commune's name in an answer: a landmark (« près de Nantes »), a quarter, another clause.
_AVANT_UN_REPERE = re.compile(r"[,;.!?(]| et | pres de | pres d | a cote de | a cote d | vers | proche de | pas loin de | "
                              r"dans le quartier | quartier ")


def _nom_en_tete(texte: str) -> Optional[tuple[str, list[Any]]]:
    """The search for the name an answer begins with, before a landmark, a quarter or another clause (« reze » of
    « reze pres de nantes »); None when nothing follows that name."""
    entier = normalise(texte).strip()
    debut = _AVANT_UN_REPERE.split(entier, maxsplit=1)[0].strip()
    return _chercher(debut) if debut and debut != entier else None


# A département by its number only: "dans le 93", "le 13", "en 69".
_DEPARTEMENT_SEUL = re.compile(r"(?:(?:je suis |j habite |on est |on habite )?(?:dans le|dans l|le|en|du) )?"
                               r"(?:\d{2,3}|2a|2b)")


def _choisir_parmi(valeur: str, texte: str, choix: list[str]) -> Optional[str]:
    """After buttons, the person may type the département or the postal code instead."""
    if valeur in choix:
        return valeur
    codes = set(choix)
    for query, finder in ((valeur, resolve_commune), (texte, find_commune_in_text)):
        if not query or est_payload(query):
            continue
        communs = [c.code for c in finder(query).candidates if c.code in codes]
        if len(communs) == 1:
            return communs[0]
    candidates = [c for c in (commune_by_code(code) for code in choix) if c is not None]
    phrase = f" {normalise(f'{valeur} {texte}')} "
    for test in (
        lambda c: any(t.upper() == c.departement for t in _DEP_TOKEN.findall(f"{valeur} {texte}")),
        lambda c: f" {normalise(c.departement_nom)} " in phrase,
    ):
        retenus = [c.code for c in candidates if test(c)]
        if len(retenus) == 1:
            return retenus[0]
    return None


def _morceau_du_nom(valeur: str, trouvees: list[Any]) -> bool:
    """The NLU's entity is only a piece of the name the message gives in full ("saint" or "st" of
    "saint chely d apcher", "maroni" of "saint laurent du maroni"), matched exactly: the message's
    name is the commune."""
    morceau = re.sub(r"^ste\b", "sainte", re.sub(r"^st\b", "saint", normalise(valeur)))
    return bool(morceau) and _exact(trouvees) and (
        normalise(trouvees[0].nom).startswith(morceau) or f" {morceau} " in f" {normalise(trouvees[0].nom)} ")


def resoudre(valeurs: list[str], tracker: Tracker) -> tuple[str, list[Any]]:
    """(status, candidates) for what the person gave: entity values, then the whole message."""
    texte = texte_lu(tracker)
    texte_utilisable = bool(texte.strip()) and not est_payload(texte)
    if texte_utilisable and quartiers(texte):
        # « Bordeaux, quartier Saint-Michel »: the NLU's « Saint-Michel » is a quarter (several communes bear the
        # name: the list of communes came back for ever); the city named beside it is the answer
        noms = quartiers(texte)
        valeurs = [v for v in valeurs if normalise(v) not in noms]
        if not valeurs:
            status, candidates = lire_commune(sans_quartiers(texte), "commune")
            if status == "found":
                return status, candidates
    choix = list(tracker.get_slot(SLOT_CHOIX) or [])
    if texte_utilisable and not choix and valeurs:
        # « à Talant à côté de Dijon » (the NLU took Dijon): a landmark after the commune said is not the commune
        reperes = {normalise(m.group(1)) for m in _REPERE.finditer(normalise(texte))}
        if any(normalise(v) in reperes for v in valeurs):
            avant = _REPERE.split(normalise(texte), maxsplit=1)[0]
            status, candidates = lire_commune(avant, tracker.get_slot("requested_slot"))
            if status == "found":
                return status, candidates
            valeurs = [v for v in valeurs if normalise(v) not in reperes] or valeurs
    if texte_utilisable and not choix and tracker.get_slot("requested_slot") == "commune":
        # « reze pres de nantes » (the NLU took Nantes): the commune named exactly first, before a landmark
        en_tete = _nom_en_tete(texte)
        if en_tete and en_tete[0] == "found" and _exact(en_tete[1]):
            return en_tete
    ambigu: list[Any] = []
    numero = NUMERO_CHOIX.match(texte) if texte_utilisable else None
    if choix and numero and 1 <= int(numero.group(1)) <= len(choix):
        commune = commune_by_code(choix[int(numero.group(1)) - 1])
        if commune is not None:
            return "found", [commune]
    if choix and texte_utilisable:
        # After buttons, the whole message naming one of them, or another commune by its exact name
        # ("saint ouen sur seine" when the buttons could not show it), is the answer, whatever piece of
        # it the NLU took for the commune ("seine").
        status, candidates = _chercher(texte)
        if status == "found" and (candidates[0].code in choix or _exact(candidates)):
            return status, candidates
    if texte_utilisable and not choix and valeurs:
        # "à Marseille dans le 13e": the arrondissement said apart from its city, which the entity holds alone
        precisee = _commune_precisee(texte)
        if precisee is not None and precisee[0] == "found":
            return precisee
    for valeur in valeurs:
        if texte_utilisable and _metier_dit(valeur, texte):
            continue  # "comme maçon": a job, not Mâcon
        if _code_de_confiance(valeur, tracker):
            commune = commune_by_code(valeur)
            if commune is not None:
                return "found", [commune]
        status, candidates = _chercher(valeur)
        if status == "found" and not _exact(candidates) and not choix and texte_utilisable:
            # "Limoges, dans le quartier de Beaubreuil": the entity (a quarter) only approaches a commune
            # (Beaurecueil) while the message names one exactly
            status_texte, dans_texte = _chercher(texte, dans_une_phrase=True)
            if status_texte == "found" and _exact(dans_texte) and dans_texte[0].code != candidates[0].code:
                return status_texte, dans_texte
        if status == "found" and (not choix or _exact(candidates)):
            if texte_utilisable and normalise(texte) != normalise(valeur):
                # "Lyon" of "à Lyon 7", "Paris" of "Paris 15e": a whole commune, but the message names a
                # longer one that the entity is a piece of (an arrondissement).
                status_texte, dans_texte = _chercher(texte, dans_une_phrase=True)
                if status_texte == "found" and dans_texte[0].code != candidates[0].code and \
                        _morceau_du_nom(valeur, dans_texte):
                    return status_texte, dans_texte
            return status, candidates
        if choix:
            # After buttons: "celle du 93", "la réunion" pick one of them, unless
            # the person clearly typed another commune.
            code = _choisir_parmi(valeur, texte if texte_utilisable else "", choix)
            if code and (commune := commune_by_code(code)) is not None:
                return "found", [commune]
            if status == "found":
                return status, candidates
        if texte_utilisable and normalise(texte) != normalise(valeur):
            # "st denis 93": the entity may have left out the département or the postal
            # code; "je suis a villeurbane": the NLU may have missed the entity.
            status_texte, dans_texte = _chercher(texte, dans_une_phrase=True)
            if status == "ambiguous":
                codes = {c.code for c in candidates}
                if status_texte == "found" and (dans_texte[0].code in codes or _morceau_du_nom(valeur, dans_texte)):
                    return status_texte, dans_texte
                if status_texte == "found" and _exact(dans_texte) and not _exact(candidates):
                    # « Paris 18e, vers la Chapelle »: the entity (a quarter) only begins several names
                    # (Chapelle-Voland…) while the message names one commune exactly
                    return status_texte, dans_texte
            elif status_texte != "unknown":
                status, candidates = status_texte, dans_texte
                if status == "found":
                    return status, candidates
        elif status == "unknown" and texte_utilisable:
            status, candidates = _chercher(texte, dans_une_phrase=True)
            if status == "found":
                return status, candidates
        if status == "ambiguous" and not ambigu:
            ambigu = candidates
    if ambigu:
        return "ambiguous", ambigu[: render.MAX_BOUTONS]
    if texte_utilisable:
        # "sommieres dans le gard": the name with its département or region in words, as lire_commune reads it
        precisee = _commune_precisee(texte)
        if precisee is not None and precisee[0] != "unknown":
            return precisee
    return "unknown", []


# -- actions -----------------------------------------------------------------

class ValidateCcasForm(FormValidationAction):
    def name(self) -> str:
        return "validate_ccas_form"

    async def extract_commune(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> dict[str, Any]:
        """Take the whole message as the commune when the NLU found no ``commune`` entity."""
        if _entites_commune(tracker):
            return {}  # already mapped from the entity by Rasa
        texte = texte_lu(tracker).strip()
        if not texte or est_payload(texte):
            return {}
        intent = intent_lu(tracker)
        if tracker.get_slot("requested_slot") == SLOT:
            if intent in INTENTS_REPOSER:
                return {SLOT: None}
            if intent in INTENTS_HORS_REPONSE:
                return {}
            return {SLOT: texte}
        # Activation: "je cherche de l'aide a villeurbane" names the commune.
        # Only exact names and codes here: a whole request is not fuzzy-matched
        # ("services sociaux" is close to "Sochaux").
        if intent in INTENTS_AVEC_LIEU:
            try:
                status, candidates = _chercher(texte, dans_une_phrase=True)
                if status != "unknown" and all(getattr(c, "match", None) != "approx" for c in candidates):
                    return {SLOT: texte}
            except Exception:  # noqa: BLE001 - the validation below reports the problem
                logger.exception("Commune resolution failed on %r", texte)
        return {}

    async def validate_commune(self, value: Any, dispatcher: CollectingDispatcher,
                               tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        valeurs = _valeurs(value)
        if not valeurs:
            return {SLOT: None}
        try:
            status, candidates = resoudre(valeurs, tracker)
        except Exception:  # noqa: BLE001 - any failure of the knowledge base
            logger.exception("Commune resolution failed for %r", valeurs)
            dispatcher.utter_message(text=render.texte_erreur())
            # Stop asking: the form ends, action_donner_ccas then has no commune and stays silent.
            return {SLOT: None, SLOT_CHOIX: None, "requested_slot": None}
        if status == "found":
            commune = candidates[0]
            return {SLOT: commune.code, SLOT_NOM: commune.nom, SLOT_CHOIX: None}
        if status == "ambiguous":
            # action_ask_commune shows one button per candidate.
            return {SLOT: None, SLOT_CHOIX: [c.code for c in candidates]}
        dispatcher.utter_message(text=render.texte_commune_inconnue(valeurs[0]))
        return {SLOT: None, SLOT_CHOIX: None}


class ActionAskCommune(Action):
    def name(self) -> str:
        return "action_ask_commune"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        choix = tracker.get_slot(SLOT_CHOIX) or []
        candidates: list[Any] = []
        if choix:
            try:
                candidates = [c for c in (commune_by_code(code) for code in choix) if c is not None]
            except Exception:  # noqa: BLE001
                logger.exception("Could not read the candidate communes %r", choix)
        if candidates:
            render.envoyer(dispatcher, tracker, text=render.texte_choix_commune(),
                           buttons=render.boutons_communes(candidates))
        else:
            dispatcher.utter_message(text=render.texte_question_commune())
        return []


class ActionDonnerCcas(Action):
    def name(self) -> str:
        return "action_donner_ccas"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[dict[str, Any]]:
        code = tracker.get_slot(SLOT)
        if not code:
            # Only after a failure already reported to the person by the validation.
            return []
        try:
            commune = commune_by_code(str(code))
            contacts = contacts_for_commune(commune.code) if commune is not None else []
        except Exception:  # noqa: BLE001 - any failure of the knowledge base
            logger.exception("Contacts lookup failed for %r", code)
            dispatcher.utter_message(text=render.texte_erreur())
            return []
        if commune is None:
            dispatcher.utter_message(text=render.texte_commune_introuvable())
            return [SlotSet(SLOT, None), SlotSet(SLOT_NOM, None)]
        render.envoyer(dispatcher, tracker, text=render.texte_ccas(commune, contacts))
        from actions.render_orientation import envoyer_carte

        envoyer_carte(dispatcher, tracker, {"kind": "contacts", "contacts": [c.to_dict() for c in contacts]})
        # The commune said with the person's situation (« j'habite St-Denis, j'ai un bébé et je touche le RSA »): the
        # facts are noted and the questions go on, as for any message that tells them (the next one was « pas compris »)
        from actions.situation import faits_du_message

        return faits_du_message(tracker, dispatcher) or []
