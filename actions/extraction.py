"""Facts of the situation (docs/situation.md) read from one French message.

Plain functions, no Rasa: ``extract(text, entities, requested)`` returns the
facts found and the values refused (out of range) with a French explanation.

The message is read twice over: by rules on the text itself (numbers written
in words are first turned into digits with ``text2num``), and by the
entities DIET found. For one field, the text rules win and DIET only fills
what they missed, so a fact is never counted twice. ``requested`` is the
question just asked: a bare "35", "oui" or "rien" answers it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, get_args

from text_to_num import alpha2digit

from common.text import strip_accents
from knowledge.eligibility.situation import RESOURCE_FIELDS, Activite, Logement, Nationalite

INCONNU = "inconnu"  # the person does not know or prefers not to answer

# The contract's values (knowledge.eligibility.situation): never copied here.
ACTIVITES = get_args(Activite)
LOGEMENTS = get_args(Logement)
NATIONALITES = get_args(Nationalite)
RESSOURCES = RESOURCE_FIELDS

# Bounds of each number, and what to say when an answer is outside them.
BORNES: dict[str, tuple[float, float, str]] = {
    "age": (14, 120, "Je n'ai pas compris votre âge : indiquez un nombre d'années entre 14 et 120, "
                     "par exemple « 42 »."),
    "nb_enfants": (0, 20, "Je n'ai pas compris le nombre d'enfants : indiquez un nombre entre 0 et 20."),
    "enfants": (0, 25, "L'âge de chaque enfant à charge doit être entre 0 (moins d'un an) et 25 ans."),
    "loyer": (1, 20_000, "Ce loyer me paraît impossible : indiquez le loyer mensuel en euros, "
                         "par exemple « 550 »."),
    "handicap_taux": (0, 100, "Le taux d'incapacité est un pourcentage entre 0 et 100, "
                              "par exemple « 80 »."),
    **{r: (0, 100_000, "Ce montant me paraît impossible : indiquez ce que vous recevez par mois, "
                       "en euros, par exemple « 1200 ».") for r in RESSOURCES},
}


@dataclass
class Extraction:
    facts: dict[str, Any] = field(default_factory=dict)
    # field -> French explanation of why the value was refused
    refus: dict[str, str] = field(default_factory=dict)


# -- normalisation ---------------------------------------------------------------

def normaliser(text: str) -> str:
    """Lower case, no accents, apostrophes and hyphens as spaces, numbers in words as digits;
    punctuation is kept (clauses are cut on it, "1.300" is a number)."""
    text = strip_accents(text).lower()
    text = re.sub(r"[’'`´\-]", " ", text)
    text = text.replace("€", " euros ").replace("%", " pour cent ")
    text = re.sub(r"\s+", " ", text).strip()
    try:
        text = alpha2digit(text, "fr")
    except Exception:  # noqa: BLE001 - text2num may choke on odd input: keep the words
        pass
    # text2num leaves "un", "une", "deux" alone (articles): numbers only where they count something.
    text = re.sub(r"\bdeux\b", "2", text)
    text = re.sub(r"\b(un|une|1 seule?|1 seul)\b(?= (seule? )?(enfants?|fils|filles?|gamins?|gosses?|bebes?|petite?s?|ados?)\b)",
                  "1", text)
    # "1 300", "1.300" -> 1300 (a thousands group is exactly three digits)
    text = re.sub(r"\b(\d{1,3})[ .](\d{3})\b(?![ .]?\d)", r"\1\2", text)
    text = re.sub(r"(\d),(\d{1,2})\b", r"\1.\2", text)
    return text


_NUM = r"(\d+(?:\.\d+)?)"


def _nombres(text: str) -> list[float]:
    return [float(n) for n in re.findall(_NUM, text)]


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[,;.!?\n]| et | mais | puis | donc ", f" {text} ") if c.strip()]


# -- children ----------------------------------------------------------------------

_ENFANT = r"(?:enfants?|fils|filles?|gamins?|gosses?|bebes?|petits?|ados?|jumeaux|jumelles)"
_DU_CHEF = r"(?:ils|elles|il|elle|ils ont|elles ont|mes enfants ont|ma fille a|mon fils a)"
_FILLER = {"de", "d", "et", "ans", "an", "mois", "ont", "a", "ages", "agee", "agees", "age",
           "respectivement", "qui", "ou", "aussi", "tous", "les", "deux", "entre"}


def _ages_enfants(text: str) -> tuple[Optional[list[int]], list[tuple[int, int]]]:
    """Ages of children after a child word ("2 enfants de 3 et 7 ans"), and the spans used."""
    ages: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in re.finditer(rf"\b(?:{_ENFANT}|ils ont|elles ont|il a|elle a)\b", text):
        tokens = list(re.finditer(r"\d+(?:\.\d+)?|[a-z]+", text[m.end():]))
        found: list[tuple[float, str]] = []
        end = m.end()
        unit_seen = False
        last_unit_end = end
        commit = 0
        for tok in tokens:
            word = tok.group(0)
            if re.fullmatch(r"\d+(?:\.\d+)?", word):
                found.append((float(word), "ans"))
            elif word in ("ans", "an") and found:
                unit_seen = True
                commit = len(found)
            elif word == "mois" and found:
                found[-1] = (0, "mois")
                unit_seen = True
                commit = len(found)
            elif word not in _FILLER:
                break
            end = m.end() + tok.end()
            if unit_seen and word in ("ans", "an", "mois"):
                last_unit_end = end
        if found and unit_seen:
            ages += [int(v) for v, _ in found[:commit]]
            spans.append((m.start(), last_unit_end))
    return (ages or None), spans


_ATTENDU = re.compile(r"\b(attends?|attendons|attendez|attendent)\s*$")


def _nb_enfants(text: str) -> Optional[int]:
    if re.search(rf"\b(sans|pas d|pas eu d|aucun|0|zero|pas de) ?{_ENFANT}", text) or \
            re.search(r"\bpas d enfants?\b|\bn ai pas d enfants?\b", text):
        return 0
    total = 0
    seen = False
    for m in re.finditer(rf"\b(\d{{1,3}}) (?:{_ENFANT})\b", text):
        if _ATTENDU.search(text[:m.start()]):
            continue  # "j'attends un bébé": a pregnancy, not a child yet
        total += int(m.group(1))
        seen = True
    # "j'ai 2 enfants, 1 fils de 3 ans et 1 fille": the total is given, do not add the detail.
    m = re.search(r"\b(\d{1,3}) (?:enfants?|gamins?|gosses?)\b", text)
    if m and not _ATTENDU.search(text[:m.start()]):
        return int(m.group(1))
    return total if seen else None


# -- facts read from the words ---------------------------------------------------------

_COUPLE_NON = r"\b(pas en couple|plus en couple|celibataire|seule?s?|divorcee?s?|separee?s?|veuve?|veuf|" \
              r"maman solo|papa solo|parent isole|mere isolee|pere isole|famille monoparentale)\b"
_COUPLE_OUI = r"\b(en couple|mariee?s?|pacsee?s?|concubinage|concubin|mon mari|ma femme|mon conjoint|" \
              r"ma conjointe|mon compagnon|ma compagne|mon copain|ma copine|avec mon ami|on est 2|" \
              r"nous sommes 2|vie maritale|union libre)\b"


def _en_couple(text: str) -> Optional[bool]:
    if re.search(_COUPLE_NON, text):
        # "seul" with children or "je me sens seul" still says: not living as a couple,
        # unless the person also says they are married ("seule avec mon mari" is rare).
        if re.search(r"\b(pas en couple|plus en couple|celibataire|divorce|separe|veuve?|veuf)", text):
            return False
        if not re.search(_COUPLE_OUI, text):
            return False
    if re.search(_COUPLE_OUI, text):
        return True
    return None


def _grossesse(text: str) -> Optional[bool]:
    if re.search(r"\bpas enceinte\b", text):
        return False
    if re.search(r"\b(enceinte|grossesse|(attends?|attendons|attendez) (un|1|des) (bebes?|enfants?|jumeaux))\b",
                 text):
        return True
    return None


_LOGEMENT = (
    ("sans_domicile", r"\b(a la rue|sdf|sans domicile|sans abri|sans (logement|logis|toit)|dors? dehors|dormons dehors|dans (ma|une|la) voiture|"
                      r"dans la rue|squat)\b"),
    ("hebergement_structure", r"\b(foyer|chrs|hotel social|centre d hebergement|a l hotel|hebergement d urgence|"
                              r"residence sociale|cada)\b"),
    ("heberge", r"\b(hebergee?s?|chez (mes|mon|ma|des|un|une|ma|quelqu un)\b|heberge par)"),
    ("proprietaire", r"\b(je suis|on est|nous sommes|suis) (proprietaire|proprio)s?\b|\bj ai (achete|une maison a moi)\b"),
    ("locataire", r"\b(locataire|je loue|on loue|en location|hlm|logement social|bailleur|mon proprio|ma proprio|"
                  r"mon proprietaire|notre proprietaire|le proprio|mon loyer|notre loyer|de loyer)\b"),
)


def _logement(text: str) -> Optional[str]:
    for value, pattern in _LOGEMENT:
        if re.search(pattern, text):
            if value == "heberge" and re.search(r"\b(chez (moi|nous|soi))\b", text) and \
                    not re.search(r"\bhebergee?", text):
                continue
            return value
    return None


_ACTIVITE = (
    ("retraite", r"\b(je suis (a la )?retraitee?|a la retraite|en retraite|retraitee?)\b"),
    ("etudiant", r"\b(etudiante?s?|a la fac|en fac|universite|en master|en licence|en bts|alternance)\b"),
    ("demandeur_emploi", r"\b(chomage|chomeur|chomeuse|demandeu(r|se) d emploi|france travail|pole emploi|"
                         r"inscrite? a france|licenciee?|perdu mon (travail|emploi|boulot|job)|"
                         r"cherche (du|un) (travail|emploi|boulot|job)|\bare\b)\b"),
    ("independant", r"\b(independante?|auto ?entrepreneu(r|se)|micro ?entrepreneu(r|se)|freelance|artisan|"
                    r"commercante?|a mon compte|mon entreprise)\b"),
    ("sans_activite", r"\b(sans emploi|sans activite|sans travail|ne travaille pas|travaille pas|travaille plus|"
                      r"ne travaille plus|femme au foyer|homme au foyer|mere au foyer|pas de travail|pas de boulot)\b"),
    ("salarie", r"\b(salariee?|cdi|cdd|interim|interimaire|je travaille|on travaille|temps partiel|temps plein|"
                r"mon salaire|mon patron|mon employeur|smic|contrat de travail|aide soignante?|caissiere?)\b"),
)


def _activite(text: str) -> Optional[str]:
    for value, pattern in _ACTIVITE:
        if re.search(pattern, text):
            if value == "retraite" and re.search(r"\bma retraite (est|fait|de)\b", text) is None and \
                    re.search(r"\b(je suis|suis|a la|en) (a la )?retraite", text) is None and \
                    not re.search(r"\bretraitee?\b", text):
                continue
            return value
    return None


_UE = ("allemand", "autrichien", "belge", "bulgare", "chypriote", "croate", "danois", "espagnol", "estonien",
       "finlandais", "grec", "hongrois", "irlandais", "italien", "letton", "lituanien", "luxembourgeois",
       "maltais", "neerlandais", "hollandais", "polonais", "portugais", "roumain", "slovaque", "slovene",
       "suedois", "tcheque", "suisse", "norvegien", "islandais", "europeen", "europeenne")


def _nationalite(text: str) -> Optional[str]:
    if re.search(r"\b(sans papiers?|pas de papiers?|sans titre|irreguliere?|sous oqtf|oqtf|debout(e)?e? de ma demande)\b",
                 text):
        return "hors_ue_irregulier"
    if re.search(r"\b(titre de sejour|carte de sejour|carte de resident|recepisse|refugiee?|protection subsidiaire|"
                 r"titre de resident|visa long sejour)\b", text):
        return "hors_ue_regulier"
    if re.search(r"\bfrancaise?s?\b|\bnationalite francaise\b", text):
        return "francaise"
    if re.search(r"\b(" + "|".join(_UE) + r")(e|ne|se)?s?\b", text):
        return "ue"
    return None


def _handicap(text: str, requested: Optional[str]) -> Optional[float]:
    if re.search(r"\b(pas|aucun|sans) (de )?(handicap|taux)\b|\bpas handicapee?\b|\bpas reconnue?\b", text):
        return 0
    m = re.search(r"\b" + _NUM + r" ?(pour cent|pourcent|pour 100|pourcents?)\b", text)
    if m and (requested == "handicap_taux" or re.search(r"taux|incapacite|handicap|mdph|invalidite", text)):
        return float(m.group(1))
    m = re.search(r"\b(taux|incapacite)\D{0,25}" + _NUM, text)
    if m:
        return float(m.group(2))
    return None


def _perte_autonomie(text: str) -> Optional[bool]:
    if re.search(r"\b(perte d autonomie|dependante?|besoin d aide (pour|au quotidien|a domicile|tous les jours)|"
                 r"ne (peux|peut) plus (me|se) (laver|habiller|deplacer)|aide a domicile|gir [1-4])\b", text):
        return True
    return None


# -- amounts ----------------------------------------------------------------------------

_KINDS = (
    ("loyer", r"\b(loyer|loyers|je paie|je paye|on paie|on paye)\b"),
    ("pension_alimentaire_recue", r"\bpension alimentaire\b"),
    ("chomage", r"\b(chomage|are|france travail|pole emploi|allocation chomage|indemnites?)\b"),
    ("retraite", r"\b(retraite|pension)\b"),
    ("autres_ressources", r"\b(rsa|apl|caf|aah|allocs?|allocations?|prime d activite|ass|bourse)\b"),
    ("revenus_activite", r"\b(gagne|gagnons|gagnent|salaire|salaires|smic|brut)\b"),
)
_ZERO = r"\b(rien|aucun revenu|aucune ressource|pas de revenus?|pas de ressources?|sans revenus?|" \
        r"sans ressources?|0 revenu|0 euros?|zero|gagne 0|touche 0|pas un sou|aucun)\b"
_MONEY = re.compile(r"\b" + _NUM + r" ?(euros?|e|eur|balles)?\b")


def _kind(clause: str) -> Optional[str]:
    for kind, pattern in _KINDS:
        if re.search(pattern, clause):
            return kind
    return None


def _montants_et_sortes(clause: str) -> list[tuple[float, bool, Optional[str]]]:
    """Each amount of a clause with the kind named nearest to it, between its neighbours:
    "je paie 530 euros de loyer pour un salaire de 1400 euros" -> 530 loyer, 1400 salaire."""
    money = list(_MONEY.finditer(clause))
    out = []
    for i, m in enumerate(money):
        lo = money[i - 1].end() if i else 0
        hi = money[i + 1].start() if i + 1 < len(money) else len(clause)
        best: Optional[tuple[int, int, str]] = None
        for order, (kind, pattern) in enumerate(_KINDS):
            for k in re.finditer(pattern, clause[lo:hi]):
                start, end = lo + k.start(), lo + k.end()
                distance = m.start() - end if end <= m.start() else max(0, start - m.end())
                if best is None or (distance, order) < best[:2]:
                    best = (distance, order, kind)
        out.append((float(m.group(1)), bool(m.group(2)), best[2] if best else None))
    return out


def _montants(text: str, spans: Iterable[tuple[int, int]], requested: Optional[str],
              activite: Optional[str]) -> dict[str, float]:
    """Monthly amounts by kind; an amount without a kind goes to the question asked."""
    masked = list(text)
    for a, b in spans:
        masked[a:b] = " " * (b - a)
    text = "".join(masked)
    out: dict[str, float] = {}
    for clause in _clauses(text):
        # "40 ans", "3 enfants", "80 pour cent", "depuis 2 mois" are not amounts
        cleaned = re.sub(r"\b\d+(?:\.\d+)? ?(ans?|enfants?|mois|pour cent|fois|jours?|semaines?|annees?|"
                         r"fils|filles?|personnes?|gamins?|pieces?|m2|metres?|h|heures?)\b", " ", clause)
        cleaned = re.sub(r"\b\d{5}\b", " ", cleaned)  # postal codes
        # arrondissements: "Lyon 8e", "Paris 15eme", "le 3e arrondissement" are not 8, 15 or 3 euros
        cleaned = re.sub(r"\b(paris|lyon|marseille) \d{1,2}( ?(e|er|eme))?\b|\b\d{1,2} ?(e|er|eme) arrondissement\b",
                         " ", cleaned)
        cleaned = re.sub(r"\b(19|20)\d{2}\b", " ", cleaned)  # years
        money = list(_MONEY.finditer(cleaned))
        if not money:
            if re.search(_ZERO, clause) and (requested == "ressources" or _kind(clause) in
                                             ("revenus_activite", None) and re.search(r"revenu|ressource|gagne|touche", clause)):
                out.setdefault("revenus_activite", 0.0)
            continue
        for value, with_unit, kind in _montants_et_sortes(cleaned):
            if kind is None:
                if requested == "loyer":
                    target = "loyer"
                elif requested == "ressources" or with_unit:
                    target = {"demandeur_emploi": "chomage", "retraite": "retraite"}.get(activite or "",
                                                                                       "revenus_activite")
                else:
                    continue
            else:
                target = kind
            if target in out and target != "loyer":
                out[target] += value  # "je gagne 800 et mon mari 1000"
            else:
                out[target] = value
    return out


# -- entities found by DIET ------------------------------------------------------------

_NOMBRES = ("age", "nb_enfants", "handicap_taux", "loyer", *RESSOURCES)
_ENUM_ENTITIES = {"logement": LOGEMENTS, "activite": ACTIVITES, "nationalite": NATIONALITES}


def _depuis_entites(entities: Iterable[dict], text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for ent in entities:
        name, value = ent.get("entity"), ent.get("value")
        if value is None:
            continue
        value = str(value).strip()
        if name in _ENUM_ENTITIES:
            if value in _ENUM_ENTITIES[name]:
                out.setdefault(name, value)
        elif name == "en_couple":
            if value in ("couple", "seul"):
                out.setdefault(name, value == "couple")
        elif name == "grossesse":
            out.setdefault(name, True)
        elif name in _NOMBRES:
            nums = _nombres(normaliser(value))
            if nums:
                out.setdefault(name, nums[0])
            elif name in ("nb_enfants", *RESSOURCES) and value == "0":
                out.setdefault(name, 0.0)
    return out


# -- the whole message -----------------------------------------------------------------

def _reponse_directe(text: str, requested: str, intent: Optional[str],
                     activite: Optional[str]) -> Optional[Any]:
    """A short answer to the question just asked: "35", "oui", "non", "rien", "3 et 7"."""
    nums = _nombres(text)
    oui = intent == "affirm" or re.fullmatch(r"(oui|ouais|ok|d accord|exact|voila|absolument|bien sur|oui oui)\b.*",
                                             text) is not None
    non = intent == "deny" or re.fullmatch(r"(non|nan|pas du tout|jamais|aucun|aucune|pas vraiment)\b.*",
                                           text) is not None
    if requested in ("en_couple", "grossesse", "perte_autonomie"):
        if oui:
            return True
        if non:
            return False
        return None
    if requested == "nb_enfants":
        if nums:
            return nums[0]
        if non or re.search(r"\b(pas|aucun|sans)\b", text):
            return 0
        return None
    if requested == "enfants":
        return [int(n) if "mois" not in text else int(n) for n in nums] if nums else None
    if requested in ("age", "loyer", "handicap_taux"):
        if requested == "handicap_taux" and non:
            return 0
        return nums[0] if nums else None
    if requested == "ressources":
        if nums:
            return {{"demandeur_emploi": "chomage", "retraite": "retraite"}.get(activite or "",
                                                                            "revenus_activite"): nums[0]}
        if non or re.search(_ZERO, text):
            return {"revenus_activite": 0.0}
    return None


def extract(text: str, entities: Iterable[dict] = (), requested: Optional[str] = None,
            intent: Optional[str] = None, known: Optional[dict[str, Any]] = None) -> Extraction:
    """Every fact of the situation found in ``text`` (see the module docstring)."""
    known = known or {}
    norm = normaliser(text)
    facts: dict[str, Any] = {}
    ages, spans = _ages_enfants(norm)
    if ages is not None:
        facts["enfants"] = ages
    nb = _nb_enfants(norm)
    if nb is not None:
        facts["nb_enfants"] = nb
    for name, finder in (("en_couple", _en_couple), ("grossesse", _grossesse), ("logement", _logement),
                         ("activite", _activite), ("nationalite", _nationalite),
                         ("perte_autonomie", _perte_autonomie)):
        value = finder(norm)
        if value is not None:
            facts[name] = value
    taux = _handicap(norm, requested)
    if taux is not None:
        facts["handicap_taux"] = taux

    # The person's own age: "j'ai 35 ans", "35 ans", outside the children's spans.
    masked = list(norm)
    for a, b in spans:
        masked[a:b] = " " * (b - a)
    rest = "".join(masked)
    m = re.search(r"(?:^|\b(?:j ai|jai|g|age de|agee? de|moi|suis|ai)\s+)" + _NUM + r" ?ans\b", rest) or \
        re.search(r"^\D{0,20}?" + _NUM + r" ?ans\b", rest)
    if m and not re.search(rf"{_ENFANT}\s*$", rest[: m.start()].strip()[-12:]):
        facts["age"] = float(m.group(1))

    activite = facts.get("activite") or (known.get("activite") if known.get("activite") != INCONNU else None)
    facts.update(_montants(norm, spans, requested, activite))
    if "loyer" in facts and "logement" not in facts and known.get("logement") in (None, INCONNU):
        facts["logement"] = "locataire"

    if requested and requested not in facts and not (requested == "ressources" and
                                                     any(r in facts for r in RESSOURCES)):
        direct = _reponse_directe(norm, requested, intent, activite)
        if isinstance(direct, dict):
            facts.update(direct)
        elif direct is not None:
            facts[requested] = direct
    # DIET's numbers are guesses on short answers ("750" read as a salary when the rent was
    # asked, "4 et 9 ans" as 4 children): a number the rules already placed is not read again.
    used = {float(v) for f in facts.values() for v in (f if isinstance(f, list) else [f])
            if isinstance(v, (int, float)) and not isinstance(v, bool)}
    for name, value in _depuis_entites(entities, norm).items():
        if name in _NOMBRES and name not in facts and float(value) in used:
            continue
        facts.setdefault(name, value)

    return _verifier(facts)


def _verifier(facts: dict[str, Any]) -> Extraction:
    """Keep values in range, as ints where the contract wants ints; explain the others."""
    out = Extraction()
    for name, value in facts.items():
        if name in BORNES:
            low, high, message = BORNES[name]
            values = value if isinstance(value, list) else [value]
            if any(v is None or not (low <= float(v) <= high) for v in values):
                out.refus[name] = message
                continue
            if name in ("age", "nb_enfants", "handicap_taux"):
                value = int(value)
            elif name == "enfants":
                value = [int(v) for v in value]
            else:
                value = float(value)
        out.facts[name] = value
    if "enfants" in out.facts and "nb_enfants" not in out.facts and "nb_enfants" not in out.refus:
        out.facts["nb_enfants"] = len(out.facts["enfants"])
    return out


def besoin_de_l_intent(intent: Optional[str]) -> Optional[str]:
    """``besoin_impayes_loyer`` -> ``impayes_loyer``."""
    if intent and intent.startswith("besoin_"):
        return intent[len("besoin_"):]
    return None
