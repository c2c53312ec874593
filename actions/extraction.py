"""Facts of the situation (docs/situation.md) read from one French message.

Plain functions, no Rasa: ``extract(text, entities, requested, intent, known)`` returns the facts
found, the values refused (out of range) with a French explanation, the fields whose value was
vague (a range, "plus de 1000") and the benefits the person says they no longer receive.

How a message is read (numbers in words are first turned into digits with ``text2num``):

- every number is first given its unit: years of age, months, a percentage, a count of children
  or of people, a postal code, a year; what is left is an amount of money;
- an amount goes to the field named by the nearest cue word of its clause ("loyer", "locataire",
  "salaire", "net", "chômage", "retraite", "dette", "retard", "livret"…); a clause that names a cue
  but gives no number passes it to the next clause ("je touche le RSA, 700 euros"); an amount of a
  benefit (RSA, AAH, APL…) is not a resource of the contract: the benefit is noted as received
  (``prestations_percues``) and the engine counts it as the law does;
- an amount without any cue answers the question just asked (``requested``), or nothing: a number
  is never put in a field without a cue or the question that asked for it;
- ranges ("500-600", "entre 500 et 600") and bounds ("plus de 1000", "au moins 800") are not turned
  into values: the field is listed in ``ambigus`` and the bot asks for one amount (a range given
  again is then its middle: ``montant_approche``); « dans les 850 » is one approximate amount, 850,
  like « environ 850 » (the questions say « un montant approximatif suffit »);
- an amount by the day or said to vary, an age or a duration said approximately ("bientôt 60 ans",
  "70 ans passés") are vague too; a number corrected in the same message ("600 non pardon 650") is
  replaced by the correction; a change ("passé de 1200 à 900") gives the amount now;
- a total ("à nous deux", "en tout") is taken as it is; two incomes of two people are added;
- negations set zero ("je n'ai pas de salaire"), or remove a benefit ("je ne touche plus l'APL");
- children: "mon fils de 7 ans" is one child of 7, "un bébé de 4 mois" is 0 (under one year);
- a situation told for a relative ("c'est pour ma mère, elle a 82 ans") gives the relative's
  facts (``pour_un_proche``), and the speaker's own age is not taken for theirs.

DIET's entities are a second reader: its closed values fill what the rules missed, its numbers
only answer the question asked.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Optional, get_args

from text_to_num import alpha2digit

from actions.lecteur_besoins import CONTEXTE_DEBUT, besoins_lus
from common.text import strip_accents
from knowledge.eligibility.amounts import est_nombre
from knowledge.eligibility.situation import (RESOURCE_FIELDS, Activite, Besoin, Logement, Nationalite,
                                             PrestationPercue)

INCONNU = "inconnu"  # the person does not know or prefers not to answer

# The contract's values (knowledge.eligibility.situation): never copied here.
ACTIVITES = get_args(Activite)
LOGEMENTS = get_args(Logement)
NATIONALITES = get_args(Nationalite)
PRESTATIONS = get_args(PrestationPercue)
BESOINS = get_args(Besoin)
RESSOURCES = RESOURCE_FIELDS

# Bounds of each number, and what to say when an answer is outside them.
BORNES: dict[str, tuple[float, float, str]] = {
    "age": (14, 120, "Je n'ai pas compris votre âge : indiquez un nombre d'années entre 14 et 120, "
                     "par exemple « 42 »."),
    "nb_enfants": (0, 20, "Je n'ai pas compris le nombre d'enfants : indiquez un nombre entre 0 et 20."),
    "enfants": (0, 25, "L'âge de chaque enfant à charge doit être entre 0 (moins d'un an) et 25 ans."),
    "loyer": (0, 20_000, "Ce loyer me paraît impossible : indiquez le loyer mensuel en euros, "
                         "par exemple « 550 »."),
    "handicap_taux": (0, 100, "Le taux d'incapacité est un pourcentage entre 0 et 100, "
                              "par exemple « 80 »."),
    "titre_sejour_annees": (0, 80, "Indiquez depuis combien d'années vous avez ce titre de séjour, "
                                   "par exemple « 6 »."),
    "epargne": (0, 10_000_000, "Ce montant me paraît impossible : indiquez votre épargne en euros, "
                               "par exemple « 2000 »."),
    "dette_loyer": (0, 10_000_000, "Ce montant me paraît impossible : indiquez ce que vous devez en tout, "
                                   "en euros, par exemple « 1500 »."),
    **{r: (0, 100_000, "Ce montant me paraît impossible : indiquez ce que vous recevez par mois, "
                       "en euros, par exemple « 1200 ».") for r in RESSOURCES},
}
ENTIERS = ("age", "nb_enfants", "handicap_taux", "titre_sejour_annees")


@dataclass
class Extraction:
    facts: dict[str, Any] = field(default_factory=dict)
    # field -> French explanation of why the value was refused
    refus: dict[str, str] = field(default_factory=dict)
    # fields given a range or a vague amount: not set, asked again
    ambigus: set[str] = field(default_factory=set)
    # benefits the person says they do not (or no longer) receive
    retirees: set[str] = field(default_factory=set)
    # needs named by their words ("je n'ai plus rien à manger"): besides the NLU's intent
    besoins: list[str] = field(default_factory=list)
    # facts implied without being said (« je touche 640 € de retraite »: retired), which the dialogue keeps
    # to spare a question when the field is not known otherwise; never reported as said
    deduits: dict[str, Any] = field(default_factory=dict)
    # resources given with the amount they replace (« la retraite de ma femme c'est 370 pas 350 »): field -> the
    # amount replaced, so that the dialogue can correct one part of a household's total (800 + 350 -> 800 + 370)
    remplaces: dict[str, float] = field(default_factory=dict)
    # fields answered only in part, asked again whole: fewer children's ages than the children known (« le petit a
    # 2 ans » to the ages' question of a father of three)
    incomplets: set[str] = field(default_factory=set)


# -- normalisation ---------------------------------------------------------------

# SMS spellings and cue words typed without their last letter: the usual form.
_SMS = {
    "jsuis": "je suis", "jsui": "je suis", "chui": "je suis", "chuis": "je suis", "jss": "je suis",
    "sui": "suis", "pa": "pas", "ke": "que", "ki": "qui", "koi": "quoi", "depui": "depuis",
    "touch": "touche", "celib": "celibataire", "salair": "salaire", "locatair": "locataire", "proprietair": "proprietaire",
    "loye": "loyer", "enfan": "enfant", "enfans": "enfants", "tt": "tout", "bcp": "beaucoup", "mm": "meme",
    "jai": "j ai", "ya": "il y a", "pr": "pour", "ds": "dans", "vs": "vous", "chomdu": "chomage",
    "chomedu": "chomage", "ptit": "petit", "ptite": "petite", "ptits": "petits", "ptites": "petites", "mn": "mon",
    "bb": "bebe", "bbs": "bebes", "che": "chez",
    # the subject glued to its verb (« jdois 3800 », « jpaye 520 », « jme suis trompé »)
    **{f"j{verbe}": f"je {verbe}" for verbe in (
        "dois", "doit", "me", "paye", "paie", "touche", "travaille", "bosse", "vis", "gagne", "loue", "recois", "sais",
        "crois", "peux", "veux", "vais", "arrive", "cherche", "rembourse", "pense", "suis", "voudrais", "souhaite")},
    "jhabite": "j habite", "jetais": "j etais", "jaimerais": "j aimerais", "jaimerai": "j aimerai",
}

_COLLECTIFS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
               "cinquantaine": 50, "soixantaine": 60, "centaine": 100}


def normaliser(text: str) -> str:
    """Lower case, no accents, apostrophes and hyphens as spaces, numbers in words as digits;
    punctuation is kept (clauses are cut on it, "1.300" is a number). "500-600" becomes
    "500 a 600" (a range)."""
    return _normaliser(text)[0]


_REVENU_FEMININ = r"retraite|pension(?: de retraite| de reversion| d invalidite)?|paie|paye|allocation|bourse|indemnite"
_REVENU_MASCULIN = r"salaire|chomage|revenu"


def _revenu_repris(m: re.Match[str]) -> str:
    """« celle de » / « celui de »: the income of the gender named last before it (within a few words), else unchanged."""
    avant = m.string[max(0, m.start() - 80):m.start()]
    noms = _REVENU_FEMININ if m.group(1) == "celle" else _REVENU_MASCULIN
    trouves = re.findall(rf"\b({noms})\b", avant)
    return f"la {trouves[-1]} de " if trouves and m.group(1) == "celle" else \
        f"le {trouves[-1]} de " if trouves else m.group(0)


@functools.lru_cache(maxsize=1024)
def _normaliser(text: str) -> tuple[str, tuple[tuple[float, float], ...]]:
    """``normaliser``'s text, and the amounts the message replaces as it says them (« 370 pas 350 »: (370, 350)),
    which the normalised text no longer holds. Kept for the last messages read: a turn normalises the same
    message several times (its facts, its resources, the answers read again), a quarter of the action
    server's time per turn; the result is immutable."""
    text = strip_accents(text).lower()
    text = re.sub(r"[’'`´]", " ", text)
    text = re.sub(r"(?<=\d)\s*[-/]\s*(?=\d)", " a ", text)
    text = text.replace("-", " ").replace("€", " euros ").replace("%", " pour cent ")
    text = re.sub(r"\s+", " ", text).strip()
    # an hourly rate written with its euro sign as an « e » (« 12e de l'heure »): euros, not an arrondissement
    text = re.sub(r"\b(\d{1,3}(?:[.,]\d{1,2})?)e (?=(?:nets? |bruts? )?(?:de l heure|par heure|l heure|a l heure|de lheure)\b)",
                  r"\1 euros ", text)
    # SMS spellings and dropped final letters of the cue words ("jsuis locatair", "c 580e")
    text = re.sub(r"\b(" + "|".join(_SMS) + r")\b", lambda m: _SMS[m.group(1)], text)
    text = re.sub(r"\bc\b(?! est| etait| etaient| sera| serait)", "c est", text)  # (not « c'était »: « c est etait »)
    # « jai pu dargent pu de boulot »: « plus » typed « pu », the article glued to « argent »
    text = re.sub(r"\bdargent\b", "d argent", text)
    text = re.sub(r"\bpu (?=(de|d)\b)", "plus ", text)
    # « le petit il a 2 ans », « la grande elle a 6 ans »: the pronoun that repeats the child
    text = re.sub(r"\b(le|la|l) (petit|petite|grand|grande|aine|ainee|bebe|bb|dernier|derniere|cadet|cadette|premier|"
                  r"premiere|deuxieme|moyen|moyenne|plus grand|plus grande|plus petit|plus petite|plus jeune) (il|elle) "
                  r"(a|aura|va avoir|vient d avoir)\b", r"\1 \2 \4", text)
    # « mes parents menvoient 150 », « rsa + apl »: the pronoun glued to its verb, a plus sign between words (« et »)
    text = re.sub(r"\bm(envoient|envoie|envoi|donnent|donne|versent|verse|passent|passe|aident|aide|filent|file)\b",
                  r"m \1", text)
    text = re.sub(r"(?<=[a-z]) \+ (?=[a-z])", " et ", text)
    # (after an amount, the sign that adds is « plus », and « plus » before a possessive is « et »: « 1 900 + mon AAH »,
    # « 1900 plus mon AAH » lost the 1 900, read as no income at all; « plus » before an article is read where the benefits
    # are: « 750 plus l'ASPA »)
    text = re.sub(r"(?<=\d) ?\+ ?(?=[a-z])", " plus ", text)
    text = re.sub(r"(?<=\d) plus (?=(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) )", " et ", text)
    # « mon mari travail au… », « je travail »: the verb without its last letter
    text = re.sub(r"\b(je|j|il|elle|on|mari|femme|conjointe?|copain|copine|compagnon|compagne|papa|maman) travail\b",
                  r"\1 travaille", text)
    text = re.sub(r"\bj(?=(ai|habite|habitons|vis|touche|paie|paye|gagne|travaille|dors|loue|attends|etais|avais)\b)",
                  "j ", text)
    # "cinq cents et six cents": text2num would glue the two numbers
    text = re.sub(r"\b(cents?|mille) (et|ou|a) ", r"\1 ¤\2 ", text)
    # "80 pour cent" is a rate (text2num would make it "80 pour 100"): one word while numbers are read
    text = re.sub(r"\bpour ?cents?\b", "pourcent", text)
    try:
        text = alpha2digit(text, "fr")
    except Exception:  # noqa: BLE001 - text2num may choke on odd input: keep the words
        pass
    text = text.replace("¤", "").replace("pourcent", "pour cent")
    # text2num leaves "un", "une", "deux" alone (articles): numbers only where they count something.
    text = re.sub(r"(?<!\ba )(?<!\bnous )(?<!\bles )(?<!\bdes )(?<!\beux )(?<!\belles )(?<!\bvous )\bdeux\b", "2", text)
    text = re.sub(r"\bdeux (?=(enfants?|fils|filles?|gamins?|gosses?|bebes?|ados?|garcons?|petits?|petites?|jumeaux|"
                  r"jumelles|adolescents?|adolescentes?)\b)", "2 ", text)
    text = re.sub(r"\b(un|une|1 seule?|1 seul)\b(?= (seule? )?(enfants?|fils|filles?|gamins?|gosses?|bebes?|ados?|garcons?|nourrissons?|"
                  r"petite?s?(?=\s*($|[,.;!?:]|de \d|qui |a \d|dernier|derniere))|grande?(?= (de|qui a) \d))\b)", "1", text)
    # « une quinzaine de milliers », « une dizaine de mille euros »: about that many thousands
    text = re.sub(r"\b(?:une |1 )?(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine) "
                  r"de (?:milliers|mille|1000)\b", lambda m: f"environ {_COLLECTIFS[m.group(1)] * 1000}", text)
    # "1 300", "1.300" -> 1300 (a thousands group is exactly three digits)
    text = re.sub(r"\b(\d{1,3})[ .](\d{3})\b(?![ .]?\d)", r"\1\2", text)
    text = re.sub(r"(\d),(\d{1,2})\b", r"\1.\2", text)
    # thousands written with a k: "2k" -> 2000, "1.2k" -> 1200, "2k5" -> 2500, "1k25" -> 1250
    text = re.sub(r"\b(\d+(?:[.,]\d+)?)\s*k(\d{1,2})?\b",
                  lambda m: str(round(float(m.group(1).replace(",", ".")) * 1000 + int((m.group(2) or "0").ljust(3, "0")))), text)
    # "jai le rsa et lapl": the article glued to a benefit's acronym
    text = re.sub(r"\bl(apl|aah|ass|asf|aspa|rsa|css|ars|paje|apa|pch|argent)\b", r"l \1", text)
    # « ma retraite 1100, celle de mon mari 1400 », « mon salaire et celui de ma femme »: the pronoun stands for the income
    # named just before it
    text = re.sub(r"\b(celle|celui) (de|d) (?=(?:mon|ma|son|sa) )", _revenu_repris, text)
    # « 1 de 12 ans » answering the children: one of 12, like « un de 12 ans » (not a child of 1)
    text = re.sub(r"(^|, |\bet |\bj en ai |\bon en a |\bnous en avons )1 (de|qui a) (?=\d{1,2} (ans?|mois)\b)", r"\1un \2 ", text)
    # a count said first, then each child (« deux, un de 3 ans et un bébé de 6 mois »): the count is no child of 2
    text = re.sub(r"^\s*([2-9])\s*[,:]\s*(?=(?:un|une|l un|l une|le premier|la premiere|le grand|la grande|l aine|l ainee)\b)",
                  r"\1 enfants, ", text)
    # (« 3, de 2 5 et 9 ans »: the count, then their ages after « de »)
    text = re.sub(r"^\s*([2-9])\s*,?\s*(?:de|ages de|agees de|qui ont)\s+(?=\d{1,2}\b)", r"\1 enfants de ", text)
    # « etudiant 21an »: years typed without their s, glued to the number
    text = re.sub(r"\b(\d{1,2})an\b", r"\1 ans", text)
    # "j'ai 33a": years typed with their first letter only (« bjr 35a 2enf 3&6 ans »: and the children with their first letters)
    text = re.sub(r"\b(j ai|g|moi) (\d{1,3})a\b", r"\1 \2 ans", text)
    text = re.sub(r"^((?:bjr|bonjour|slt|salut|bsr|bonsoir) )?(\d{2})a\b", r"\1\2 ans", text)
    text = re.sub(r"\b(\d) ?enfs?\b", r"\1 enfants", text)
    # the count of children corrected (« je n'ai pas 2 enfants mais 3 : 4, 7 et 12 ans »); those at home among all
    # (« j'ai 4 enfants mais seulement 2 vivent avec moi (8 et 11 ans) »): the ones living with the person
    text = re.sub(r"\b(?:je n ai|j ai|on n a|on a|nous n avons) pas (\d) (enfants?),? mais (\d)\b", r"j ai \3 enfants", text)
    text = re.sub(r"\b(\d) (?:enfants|gosses|gamins),? mais (?:seulement |que |juste )?(\d) (?:qui )?(?:vit|vivent|habite|habitent|est|sont|reste|restent) "
                  r"(?:avec moi|chez moi|a la maison|avec nous|chez nous) ?\((\d{1,2}(?: ?(?:,|et) ?\d{1,2})*)(?: ans)?\)",
                  r"\2 enfants de \3 ans a la maison", text)
    # « avec mes 2 enfants, 35 ans, à Melun »: one grown-up age after the children counted is the person's
    text = re.sub(r"\b([2-9]) (enfants|gosses|gamins|petits), ((?:2[6-9]|[3-9]\d) ans)\b(?! et)", r"\1 \2, j ai \3", text)
    # « 1 seul salaire 1900 »: one, no amount of 1 € (it was added: 1 901 €)
    text = re.sub(r"\b1 (seule?s?)\b", r"un \1", text)
    # children born a few weeks or months ago (« on vient d'avoir des jumeaux il y a 2 mois »): that age
    text = re.sub(r"\b(jumeaux|jumelles|triples|triplees) (nee?s? )?il y a (\d{1,2}) (jours?|semaines?|mois)\b", r"\1 de \3 \4", text)
    # the children's ages in brackets without their unit (« partie avec les enfants (7, 9) »)
    text = re.sub(r"\b(enfants|petits|gosses|filles|fils|garcons|loulous|ados|gamins|minots) \((\d{1,2}(?: ?(?:,|et) ?\d{1,2})+)\)", r"\1 (\2 ans)", text)
    # an amount added then the new total said (« la pension de réversion : 280 € de plus, donc 1 630 en tout »): the total
    text = re.sub(r"\b\d+(?:\.\d+)?( euros?| e)? de plus,? (?:donc|soit|ca fait|ce qui fait|cela fait) (\d+(?:\.\d+)?)( euros?| e)? "
                  r"(?:en tout|au total)\b", r"\2\3", text)
    # an amount said for each of two or three (« 2 x 900 € », « 900 x 2 », « 2 fois 900 »): their sum
    text = re.sub(r"\b([2-4]) ?(?:x|\*|fois) ?(\d{3,}(?:\.\d+)?)\b(?! ?(?:ans?|mois|semaines?|jours?)\b)",
                  lambda m: f"{int(m.group(1)) * float(m.group(2)):g}", text)
    text = re.sub(r"\b(\d{3,}(?:\.\d+)?)( ?(?:euros?|e|eur))? ?(?:x|\*) ?([2-4])\b(?! ?(?:ans?|mois|semaines?|jours?|enfants?)\b)",
                  lambda m: f"{float(m.group(1)) * int(m.group(3)):g}" + (m.group(2) or ""), text)
    # « balles » for euros (« 37 balles par jour »)
    text = re.sub(r"\b(\d+(?:\.\d+)?) balles\b", r"\1 euros", text)
    # « g » typed for « j'ai » before a number or « dit » (« g dit 20 ans mais g 21 »)
    text = re.sub(r"(^|[\s,.;!?])g (?=\d|dit\b)", r"\1j ai ", text)
    # an age said wrong, then the right one without its unit (« j'ai dit 20 ans mais j'ai 21 depuis la semaine dernière »)
    text = re.sub(r"\b(j ai dit|j avais dit|je vous ai dit) (\d{1,3}) ans?,? (mais|et|alors que) (en fait |en vrai )?j ai (\d{1,3})\b(?! ?ans?\b)",
                  r"\1 \2 ans \3 \4j ai \5 ans", text)
    # an amount told as the gross or the former one beside the right one (« ma copine c'est 1650 net, 1800 c'est le brut »,
    # « 1500 c'était avant »): not a second income
    sans_l_ancien = _MONTANT_BRUT_OU_ANCIEN.sub("", text)
    if sans_l_ancien != text and re.search(r"\d{3,}", sans_l_ancien):
        text = sans_l_ancien
    # the aid deducted, then what is paid (« loyer 890 APL déduite on paie 310 »): said as « 890, avec l'APL on paie 310 »,
    # which _le_loyer_pas_le_reste reads (the rent is the amount before the aid)
    text = _AIDE_DEDUITE_PUIS_ON_PAIE.sub(r"\1, avec l \2 \3 \4", text)
    # one month's pay with its extra hours beside the usual pay (« d'habitude 1500, ce mois ci 1650 avec les heures sup »): the usual
    sans_le_mois = _CE_MOIS_CI_AVEC_EN_PLUS.sub("", text)
    if sans_le_mois != text and re.search(r"\d{3,}", sans_le_mois):
        text = sans_le_mois
    # « c'est pas 47 ans, c'est 74 », « pas 600 mais 650 »: the number said second stands, in the unit of the first
    remplaces = [(float(m.group(3)), float(m.group(1))) for m in _PAS_X_MAIS_Y.finditer(text)]
    text = _PAS_X_MAIS_Y.sub(lambda m: m.group(3) + (m.group(2) or ""), text)
    # "c'est 1480 net pas 1500", "750 et non 700", "1200 au lieu de 1100": the amount said first stands
    remplaces += [(float(m.group(2)), float(m.group(3))) for m in _PAS_LE_MONTANT.finditer(text)]
    text = _PAS_LE_MONTANT.sub(r"\1", text)
    if text in ("r", "r.", "rr", "ri1"):
        text = "rien"  # a whole answer typed as « r »
    text = _corrections(text)
    # a sum received or earned over the last months (« j'ai touché 7800 sur les 6 derniers mois »): by the month (not a
    # debt, « je dois 1200 sur 3 mois de loyer »)
    text = re.sub(r"\b(touche|gagne|percu|recu|eu) (\d{3,}(?:\.\d+)?)( euros?| e)? (?:sur|en) (?:les |ces )?(\d{1,2}) "
                  r"(?:derniers )?mois\b(?! (de loyer|de retard|d impayes))",
                  # (not a monthly pay « sur 12 mois », spread over the year's twelve months with no thirteenth: « je gagne 1600
                  # sur 12 mois » was 133 € a month)
                  lambda m: f"{m.group(1)} {round(float(m.group(2)) / int(m.group(4)))}{m.group(3) or ''} par mois"
                  if int(m.group(4)) >= 2 and not (int(m.group(4)) == 12 and m.group(1) == "gagne" and
                                                   not re.search(r"\b(les|ces|derniers)\b", m.group(0)))
                  else m.group(0), text)
    # « retraite allemande de 900 € et française de 400 € »: two pensions, the second's noun left out
    text = re.sub(r"\b(retraites?|pensions?) (\w+) de (\d+(?:\.\d+)?)( euros)? et (?:une |la )?(\w+) de (?=\d)",
                  lambda m: f"{m.group(1)} {m.group(2)} de {m.group(3)}{m.group(4) or ''} et {m.group(1)} {m.group(5)} de ", text)
    # « moi 800 et elle 350 de retraite »: the kind said after the second amount is the first one's too
    text = re.sub(r"\b(moi|lui|elle),? (\d{2,}(?:\.\d+)?)( ?(?:euros?|e|net|nets))? et (elle|lui|moi|ma femme|mon mari|madame|monsieur|"
                  r"mon conjoint|ma conjointe|ma compagne|mon compagnon|mon epouse|mon epoux) (\d{2,}(?:\.\d+)?)( ?(?:euros?|e|net|nets))? "
                  r"(de |d )(retraite|salaire|chomage|pension|revenus?|allocations? chomage|are)\b",
                  lambda m: f"{m.group(1)} {m.group(2)}{m.group(3) or ''} {m.group(7)}{m.group(8)} et {m.group(4)} {m.group(5)}"
                            f"{m.group(6) or ''} {m.group(7)}{m.group(8)}", text)
    # « ma femme et moi touchons 780 et 420 de retraite »: two amounts of one kind for a plural subject (« on a respectivement
    # 1200 et 1300 de salaire »: the word that orders them names nothing, the first was dropped)
    text = re.sub(r"\b(touchons|percevons|gagnons|avons|on touche|on gagne|on a|ils touchent|ils ont) (?:respectivement )?(\d{2,}(?:\.\d+)?)( ?(?:euros?|e))? "
                  r"et (\d{2,}(?:\.\d+)?)( ?(?:euros?|e))? (de |d )(retraite|salaire|chomage|pension|revenus?|are)\b",
                  lambda m: f"{m.group(1)} {m.group(2)}{m.group(3) or ''} {m.group(6)}{m.group(7)} et {m.group(4)}{m.group(5) or ''} "
                            f"{m.group(6)}{m.group(7)}", text)
    # a share of an amount (« la moitié de 900, on est en coloc », « le tiers de 1200 »): that share
    text = re.sub(r"\b(?:la |le |un |une )?(moitie|tiers|quart) (?:de |d )(\d{3,}(?:\.\d+)?)\b",
                  lambda m: f"{float(m.group(2)) / {'moitie': 2, 'tiers': 3, 'quart': 4}[m.group(1)]:g}", text)
    # the rent's amount alone in brackets after it (« je peux plus payer le loyer (620) »): the rent's, in the same clause
    text = re.sub(r"\b(loyers?|redevance) ?\( ?(\d{3,4}(?:\.\d+)?)( ?(?:euros?|e|eur))? ?\)", r"\1 \2\3", text)
    # "580e", "580 eur", "580 balles": euros (an ordinal "3e" has at most two digits)
    text = re.sub(r"\b(\d{3,}(?:\.\d+)?) ?(e|eu|eur|euro|euros|balles|boules)\b", r"\1 euros", text)
    # « 250 € par semaine une fois l'essence et la voiture payées »: what is left after the costs, a net income (the costs
    # paid are no rent)
    text = re.sub(r",? \bune fois (?:que )?(?:j ai paye |on a paye )?(?!(?:\w+ ){0,3}(?:apl|als|alf|aides?|caf|allocations?)\b)"
                  r"(?:l |les |la |le |mes |ses |toutes? )?(?:\w+ ){0,5}?"
                  r"(?:payee?s?|deduite?s?|retiree?s?|enlevee?s?|reglee?s?)\b", " net", text)
    # « … mais ça change rien je pense »: a remark on the figure, no zero
    text = re.sub(r"\b(?:mais )?(?:ca|cela) (?:ne )?change (?:rien|pas grand chose|pas grand chose)(?: je pense| je crois| a mon avis)?\b",
                  " ", text)
    # a pay told with its bonus (« ma femme c'est 1950 en fait avec la prime »): a pay, the bonus is no benefit
    text = re.sub(r"\b(\d{3,}(?:\.\d+)?)((?: euros)?(?: nets?)?(?: en fait)?) (avec|y compris) (la|les|sa|ses|ma|mes|leur|son) (primes?)\b"
                  r"(?! (?:d activite|de noel|de rentree|energie|de naissance|a l activite|de l etat))", r"\1 de salaire\2 \3 \4 \5", text)
    return re.sub(r"\s+", " ", text).strip(), tuple(remplaces)


_NUM = r"(\d+(?:\.\d+)?)"

# A number corrected in the same message: "loyer 600 non pardon 650", "3 et 5 ans, euh non 3 et 6",
# "3800... non attends je me suis trompé c'est 3600".
_CORRECTION = re.compile(r"[ ,]*\b(?:euh,? )?non,? (?:(?:pardon|plutot|en fait|je veux dire|attends?|attendez|oups|enfin|"
                         r"(?:je |)me suis trompee?|c est|cest|c etait|ca fait),? ){0,4}"
                         r"(\d+(?:\.\d+)?(?:(?:,| et| a)? \d+(?:\.\d+)?)*)\b(?: ?(?:ans?|mois|euros?)\b)?(?: pardon\b)?")


_HESITATION = re.compile(r"\.{2,}|…")
# A rate's unit right after a number (« 80 % », « 80 pour cent »)
_UNITE_DE_TAUX = re.compile(r"\s*(pour cent|pourcents?|%)")
_REPRISE_DE_MONTANT = re.compile(r"\b(\d{3,}(?:\.\d+)?)(?: ?(?:euros?|e|eur))?,? (?:(?:oups|ah|oh|euh),? )?"
                                 r"(?:enfin|pardon|ou plutot|plutot|euh|oups|je veux dire|(?<=ah )non|(?<=oh )non),? "
                                 r"(\d{3,}(?:\.\d+)?)\b")
_MONTANT_REPRIS_PLUS_LOIN = re.compile(r"\b(\d{3,}(?:\.\d+)?)(?: ?(?:euros?|e|eur))?(?: par mois)?[\s.…,]+(?:non|enfin|pardon)\b,? "
                                       r"(?:en fait |attends?,? |attendez,? )?(?:\w+ ){0,6}?(?:c est |cest |ca fait )?plutot "
                                       r"(\d{3,}(?:\.\d+)?)\b|"
                                       # (« 900 par mois... non attendez, avec les complémentaires ça fait 950 »: « non » and a
                                       # word of taking back)
                                       # (« 780 € par mois... ah non attendez, avec la complémentaire c'est 810 »)
                                       r"\b(\d{3,}(?:\.\d+)?)(?: ?(?:euros?|e|eur))?(?: par mois)?[\s.…,]+(?:(?:ah|oh|euh),? )?non\b,? "
                                       r"(?:en fait|attends?|attendez|pardon)\b,? (?:\w+ ){0,6}?(?:c est|cest|ca fait|ca donne) "
                                       r"(\d{3,}(?:\.\d+)?)\b|"
                                       # (« 2 340 € par trimestre... ah non ça c'est sans la réversion, avec la réversion ça fait
                                       # 2 730 € par trimestre »: what the first lacked, then the whole)
                                       r"\b(\d{3,}(?:\.\d+)?)(?: ?(?:euros?|e|eur))?(?: (?:par|le|chaque) (?:mois|trimestre|an|semaine))?"
                                       r"[\s.…,]+(?:(?:ah|oh|euh),? )?non\b,? (?:ca |)(?:c est|cest|c etait) (?:sans|avant|hors) (?:\w+,? ){1,6}?"
                                       r"(?:avec|en comptant|en ajoutant|plus) (?:\w+ ){0,4}?(?:ca fait|ca donne|c est|on arrive a|j arrive a) "
                                       r"(\d{3,}(?:\.\d+)?)\b")
# an amount taken back in the next sentence with words that say so (« je gagne 1250 par mois. Non attends, c'est 1350 depuis
# janvier »)
_MONTANT_REPRIS_APRES_UN_POINT = re.compile(r"\b(\d{3,}(?:\.\d+)?)(?: ?(?:euros?|e|eur))?(?: (?:net|nets|nette))?(?: par mois)?"
                                            r"[\s.…,!]+non,? (?:attends?|attendez|pardon|en fait|je me suis trompee?|je me trompe),? "
                                            r"(?:c est|cest|ca fait|plutot|c est plutot) (\d{3,}(?:\.\d+)?)\b|"
                                            # (« je gagne 1500 euros. enfin non 1350, j'avais oublié »)
                                            r"\b(\d{3,}(?:\.\d+)?)(?: ?(?:euros?|e|eur))?(?: (?:net|nets|nette))?(?: par mois)?"
                                            r"[\s.…,!]+(?:enfin|ah|oh|euh),? non,? (?:(?:c est|cest|ca fait|plutot) )?(\d{3,}(?:\.\d+)?)\b")
_PAS_X_MAIS_Y = re.compile(r"\b(?:c est |cest |ce n est |c etait |)pas (\d+(?:\.\d+)?)( ans?| euros?| mois)?,? (?:c est|cest|mais|plutot|"
                           r"mais plutot|mais bien) (\d+(?:\.\d+)?)\b(?! ?(?:ans?|euros?|mois)\b)")
_MONTANT_BRUT_OU_ANCIEN = re.compile(r"[,;]? ?\b\d{3,}(?:\.\d+)?(?: ?(?:euros?|e|net|nets))?"
                                     # (taken back: « 1050 par mois... ah non ça c'est le brut, net c'est 950 »)
                                     r"(?:(?: par mois)?[\s.…,]+(?:(?:ah|oh|euh),? )?non\b)?"
                                     r",? (?:enfin |mais )?(?:ca |)(?:c est|cest|c etait|cetait|etait) "
                                     r"(?:le brut|du brut|en brut|avant|l ancien\w*|l an dernier|l annee derniere|"
                                     # (a month with extra hours or a bonus: « 1 400 c'était avec les heures sup de décembre »)
                                     r"avec (?:les |des |la |une )?(?:heures sup\w*|primes?(?! d activite| de noel| de naissance| activite)|"
                                     r"treizieme mois|13e mois))\b|"
                                     # (« 1 350 avant prélèvements, 1 290 net sur le compte »)
                                     r"\b\d{3,}(?:\.\d+)?(?: ?(?:euros?|e))? (?:bruts?|avant (?:les |tout |)(?:prelevements|impots?|"
                                     r"csg|cotisations|retenues))\b,? ?")
_CE_MOIS_CI_AVEC_EN_PLUS = re.compile(r"[,;]? ?(?:mais )?\b(?:ce mois ci|ce mois la|ce mois|le mois dernier)\b,? (?:c est |c etait |j ai |j ai eu |"
                                      r"j ai touche |)\d{3,}(?:\.\d+)?(?: ?(?:euros?|e))? (?:avec|grace a|a cause) (?:les |des |la |une |d )?"
                                      r"(?:heures sup\w*|primes?(?! d activite| activite)|treizieme mois|13e mois)\b")
_PAS_LE_MONTANT = re.compile(r"\b((\d{3,}(?:\.\d+)?) ?(?:euros?|net|nets|brut|par mois)?)[ ,]*(?:et |mais )?(?:pas|non pas|et non|"
                             r"au lieu de|plutot que) (?:de )?(\d{3,}(?:\.\d+)?)\b(?: ?(?:euros?|net|nets|brut)\b)?")


def _corrections(text: str) -> str:
    """The corrected numbers take the place of the last numbers said before them (as many as are
    given again: "4, 7 et 10 ans, non 11" corrects the last one); a "non" with no number just
    before it ("non, 2 enfants") is an answer, not a correction. Dots of hesitation ("1400... non
    pardon 1450", "700… non 720") are no end of sentence. An amount taken back without « non » (« mon loyer est de
    550, enfin 570 depuis l'augmentation », « 1200 ou plutôt 1250 ») is replaced too: two sums of money only, not
    « 35 ans, enfin 2 enfants »."""
    text = _REPRISE_DE_MONTANT.sub(r"\2", text)
    # an amount taken back a few words later (« 980 par mois... non en fait avec les heures sup c'est plutôt 1020 »)
    text = _MONTANT_REPRIS_PLUS_LOIN.sub(lambda m: m.group(2) or m.group(4) or m.group(6), text)
    text = _MONTANT_REPRIS_APRES_UN_POINT.sub(lambda m: m.group(2) or m.group(4), text)
    while True:
        for m in _CORRECTION.finditer(text):
            avant = text[:m.start()]
            pres = re.sub(r"\s+", " ", _HESITATION.sub(" ", avant)).rstrip()
            # (the amount's own words are no words between: « 850 par mois net à peu près... non en fait 880 »)
            pres = re.sub(r"(?<=\d)(?:,? (?:par mois|le mois|net|nets|nette|brut|a peu pres|environ|en gros|mensuels?|euros?))+$", "",
                          pres)
            # (a word or two between, a comma among them: « je gagne 1500 euros, ah non pardon c'est 1350 »)
            if not re.search(r"\d(?:\.\d+)?(?: ?(?:ans?|mois|euros?|enfants?))?(?:,? \w+){0,3}\s*$", pres) or \
                    re.search(r"[.;!?]", pres[-30:]) or re.search(r"\bet$", pres):
                continue  # (« j'ai 58 ans et non 56 »: the number after « et non » is the one replaced)
            nouveaux = re.findall(r"\d+(?:\.\d+)?", m.group(1))
            anciens = list(re.finditer(r"\d+(?:\.\d+)?", avant))[-len(nouveaux):]
            if len(anciens) < len(nouveaux) or m.start() - anciens[0].start() > 60:
                continue
            apres = text[m.end():]
            unite = _UNITE_DE_TAUX.match(apres)
            if len(nouveaux) == 1 and unite:
                # (a rate taken back keeps its unit beside it: « … non en fait c'est 80 % »)
                if not _UNITE_DE_TAUX.match(avant, anciens[-1].end()):
                    nouveaux = [f"{nouveaux[0]} pour cent"]
                apres = apres[unite.end():]
            bande = re.search(r"\bentre \d+(?:\.\d+)? (?:pour cent |euros? )?et $", avant[:anciens[-1].start()]) \
                if len(nouveaux) == 1 else None
            if bande:
                # a band taken back by one figure (« entre 50 et 79 je crois... non en fait c'est 80 % »): the figure
                # replaces the whole band, not its upper bound (it read a band of 50 to 80)
                avant = avant[:bande.start()] + nouveaux[0] + avant[anciens[-1].end():]
            else:
                for ancien, nouveau in reversed(list(zip(anciens, nouveaux))):
                    avant = avant[:ancien.start()] + nouveau + avant[ancien.end():]
            text = avant + apres
            break
        else:
            return text


def _nombres(text: str) -> list[float]:
    return [float(n) for n in re.findall(_NUM, text)]


# (a decimal point is no end of clause: « 10,50 € de l'heure » is normalised to 10.50, one amount, not 10 and 50)
_CLAUSE = re.compile(r"[,;!?\n:()]|(?<!\d)\.|\.(?!\d)| et | mais | puis | donc | car | sinon | alors | parce que | sauf ")


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text``."""
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _masquer(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# -- people: the speaker, a relative, children -----------------------------------------

# Children born together, by how many they are (« des jumeaux », « les triplées »): one word, one count, everywhere
_MULTIPLES = {"jumeaux": 2, "jumelles": 2, "triples": 3, "triplees": 3}
_MULTIPLE = "|".join(_MULTIPLES)
_PETIT_SEUL = r"(?=\s*(?:$|[,.;!?:]|de \d|qui |a \d|ont |sont |et |dernier|derniere|garcon|bout|\d))"
_ENFANT = r"(?:enfants?|fils|filles?|gamins?|gosses?|marmailles?|bebes?|petits?" + _PETIT_SEUL + r"|petites?" + _PETIT_SEUL + \
          r"|ados?|grand(?:e|s|es)?" + _PETIT_SEUL + r"|" \
          r"adolescents?|adolescentes?|" + _MULTIPLE + r"|nourrissons?|garcons?|loulous?|puce|" \
          r"(?:le|la|l|mon|ma) (?:(?:grand|grande)(?! (?:mere|pere|parents|frere|soeur|oncle|tante))|" \
          r"aine|ainee|cadet|cadette|dernier|derniere|plus grand|plus grande|plus jeune|premier|premiere|" \
          r"deuxieme|second|seconde|troisieme))"
_PROCHE = r"(?:pere|mere|papa|maman|parents|grand pere|grand mere|grands parents|beau pere|belle mere|" \
          r"oncle|tante|frere|soeur|voisin|voisine|cousin|cousine|mamie|papi|papy|mamy|beaux parents)"
# « mon petit frère », « ma grande sœur », « ma vieille mère »: the same relative
_AGE_DU_PROCHE = r"(?:(?:petit|petite|grand|grande|jeune|vieux|vieille) )?"
_CONJOINT = r"(?:mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|concubin|concubine)"
# An adult son or daughter the situation is about ("mon fils de 30 ans est handicapé")
_FILS_ADULTE = r"(?:fils|fille),? (?:de |qui a |a )(2[6-9]|[3-9]\d) ans\b"
_DEBUT = r"(?:^|[.!?] )(?:(?:bonjour|bonsoir|salut|bjr|bsr|slt|cc|coucou|hello|alors|voila|oui|en fait)[ ,!.]*)*"  # a sentence's start
_PROCHE_DEMANDE = re.compile(
    # (not a belief about whom a thing is for: « je pensais que c'était pour mes parents »)
    rf"(?<!etait )(?<!etaient )(?<!que c est )(?<!reserve )(?<!reservee )\b(?:pour|de la part de|a la place de) (?:mon|ma|mes|notre|nos) "
    rf"{_AGE_DU_PROCHE}{_PROCHE}\b|"
    # (not a relative who died: « mon père est décédé, j'ai hérité de sa maison, je suis au RSA »)
    # (nor one named after another who died, at a sentence's start too: « ma mère est décédée et mon père 86 ans vit seul »)
    rf"(?:{_DEBUT}|\b(?:decedee?|morte?|mort) et )(?:mon|ma|mes) {_AGE_DU_PROCHE}{_PROCHE} (?:a(?! (?:ete enterree?|ete incineree?)\b)|"
    rf"est(?! (?:decedee?|morte?|mort|partie? (?:au ciel|pour toujours))\b)|vit|touche|ne|n|habite|"
    rf"percoit|recoit|va|aurait|voudrait|doit|cherche|se)\b|"
    rf"(?:{_DEBUT}|\b(?:decedee?|morte?|mort) et )(?:mon|ma|mes) {_PROCHE},? \(?(?:de |agee? de )?\d{{2,3}} ans\b|"
    # the speaker says who they are to the person: "je suis son fils", "je suis sa tutrice"
    r"\bje suis (?:son|sa) (?:fils|fille|belle fille|gendre|petite? fils|petite? fille|niece|neveu|voisine?|aidante?|"
    r"frere|soeur|mere|pere|cousine?|oncle|tante|amie?|"
    r"tut(?:eur|rice)|curat(?:eur|rice)|assistante? sociale?)\b|\bje suis (?:sa |son )?(?:tut(?:eur|rice)|curat(?:eur|rice))\b|"
    r"\bc est pour (?:lui|elle|eux)\b|"
    # helping a relative or a neighbour (« je voudrais aider ma voisine de 88 ans »)
    rf"\b(?:je voudrais|je veux|j aimerais|je cherche a|comment|pour|on voudrait|nous voudrions) aider (?:mon|ma|mes|notre|nos) "
    rf"{_AGE_DU_PROCHE}{_PROCHE}\b|"
    # whether a relative may get something (« je voudrais savoir si mon frère peut avoir une aide »)
    rf"\b(?:si|est ce que|est ce qu) (?:mon|ma|mes) {_AGE_DU_PROCHE}{_PROCHE} (?:peut|peuvent|pourrait|pourraient|a droit|ont droit|"
    r"aurait droit|auraient droit|touche|toucherait)\b|"
    # « je suis la soeur de Rodrigue, il habite chez moi »
    # (a parent of a child writes for their own household: « je suis la mère de deux enfants »)
    r"\bje suis (?:le|la) (?:frere|soeur|fils|fille|cousine?|oncle|tante|voisine?|amie?|niece|neveu|"
    r"grand mere|grand pere|belle (?:soeur|mere|fille)|beau (?:frere|pere|fils)) (?:de|d) "
    r"(?!(?:mon|ma|mes|un|une|deux|trois|quatre|cinq|six|\d+) )\w+|"
    r"\b(?:j ecris|je vous ecris|je vous contacte|je contacte|j appelle|je demande|je viens|je me renseigne) pour "
    r"(?:une|un) (?:dame|monsieur|personne|femme|homme|jeune)\b|"
    # an adult son or daughter the help is for: "c'est pour ma fille, elle a 19 ans"
    r"\bpour (?:mon fils|ma fille),? (?:qui a |il a |elle a |de |agee? de )?(?:1[89]|[2-9]\d) ans\b|"
    # the speaker cares for or helps someone: "je m'occupe de mon père", "j'accompagne Mme R."
    rf"\b(?:je m occupe|j aide|j accompagne|je suis l aidante? de|je soutiens) (?:de )?(?:(?:mon|ma|mes|notre) {_PROCHE}|"
    r"(?:une|un|cette|ce) (?:dame|monsieur|personne|voisine?|amie?|jeune)|(?:mme|mr|m|madame|monsieur) [a-z])")
# An adult son or daughter who is the sentence's subject, with their own status: "mon fils de 20 ans est
# étudiant", "ma fille a 23 ans, elle vit seule" (unless the speaker then speaks of themselves).
_ENFANT_ADULTE_SUJET = re.compile(
    rf"{_DEBUT}(?:mon fils|ma fille),? (?:(?!(?:de|a|qui|majeure?|ainee?|cadet|cadette|grande?|petite?|handicapee?|unique|adoptive?|aussi|encore) )[a-z]+,? )?(?:de |a |qui a |agee? de )?(?:1[89]|[2-9]\d) ans,? (?:(?:il|elle|qui) )?"
    r"(?:est|vit|habite|touche|percoit|loue|cherche|travaille|vient|a|n a|ne|n est|dort|veut|voudrait)\b|"
    # "je vous écris au sujet de mon fils de 22 ans", "je suis la maman d'un jeune homme autiste de 20 ans"
    # « j'écris pour mon fils Damien, 35 ans »: a first name or a word between
    r"\b(?:au sujet de|concernant|a propos de|ecris pour|ecrit pour|ecrire pour|appelle pour) (?:mon fils|ma fille),? "
    r"(?:[a-z]+,? )?(?:de |qui a |agee? de )?(?:1[89]|[2-9]\d) ans\b")
# "je suis la maman d'un jeune homme autiste de 20 ans": a parent writing for an adult child
_PARENT_D_UN_ADULTE = re.compile(r"\bje suis (?:la maman|le papa|la mere|le pere) (?:(?:d un|d une|de mon|de ma) (?:jeune homme|"
                                 r"jeune femme|fils|fille|garcon|enfant)\b|"
                                 # by the first name: « je suis la maman de Théo, 26 ans »
                                 r"(?:de|d) (?!(?:un|une|deux|trois|quatre|cinq|mes|des|nos|famille|jumeaux|jumelles)\b)[a-z]+,?)"
                                 r"(?:\D{0,30}?)\b(?:1[89]|[2-9]\d) ans\b|"
                                 # « j'écris pour mon fils Kévin, il a 18 ans »: writing for a grown child
                                 r"\b(?:j ecris|je demande|je viens|je me renseigne|c est) pour (?:mon|ma) (?:fils|fille|grand fils|"
                                 r"grande fille|garcon|enfant)\b(?:\D{0,30}?)\b(?:1[89]|[2-9]\d) ans\b")
# An adult son or daughter named first (« mon fils de 30 ans est handicapé »), unless the speaker then gives their own age
# (« mon fils de 30 ans vit chez moi, il est au chômage, moi j'ai 60 ans et je travaille »).
_FILS_ADULTE_EN_TETE = re.compile(rf"{_DEBUT}(?:mon|ma) {_FILS_ADULTE}")
_MOI_ENSUITE = re.compile(r"\bmoi,? (?:j ai|jai) \d{2,3} ans\b")
# (a request said for the relative all the same: « je m'occupe de ma tante de 70 ans, c'est pour elle que je demande »)
_DEMANDE_POUR_LE_PROCHE = re.compile(r"\bc est pour (?:elle|lui|eux|ma|mon|mes)\b|\bpour (?:elle|lui|eux) que\b|\bde la part de\b|"
                                     r"\ba la place de\b")
_JE_PARLE_DE_MOI = re.compile(r"\b(?:je suis|j ai \d+ ans|je touche|je vis|je gagne|je travaille|je paie|je paye|"
                              r"moi je|moi j)\b")
_MOIS_ANS = re.compile(r"\b(\d{1,3}) ?(ans?|mois)\b")
_FILLER = {"de", "d", "et", "ans", "an", "mois", "ont", "a", "ages", "agee", "agees", "age", "respectivement",
           "qui", "ou", "aussi", "tous", "les", "deux", "entre", "un", "une", "l", "autre", "le", "la",
           "premier", "premiere", "second", "seconde", "grand", "grande", "aine", "ainee", "cadet", "cadette",
           "dernier", "derniere", "plus", "petit", "petite", "mon", "ma", "mes", "fils", "fille", "bebe",
           "il", "elle", "ils", "elles", "de", "dont", "avec", "moi", "chez", "sont", "est", "respectivement",
           "environ", "bientot", "presque", "demi"}


_GARDE = re.compile(r"\b((une|1) semaine sur (deux|2)|(un|1) week ?ends? sur (deux|2)|(en )?garde alternee|"
                   r"en alternance|la moitie du temps|(les|des) vacances( scolaires)?)\b")


# Children who come only for visits (« un week-end sur deux », « le droit de visite », « je les ai pendant les vacances »):
# the children's rhythm, not the person's (« je travaille que le week-end » is a job).
_VISITES_SEULEMENT = re.compile(
    r"\b(un|1) (week ?ends?|we|wk) sur (deux|2)\b|\bdroit de visite\b|"
    r"\b((je|j|on) (les|la|le|l) (vois|voit|ai|a|prends|prend|recupere|garde|accueille)|(ils|elles|il|elle) (viennent|vient)) "
    r"(que |seulement |juste )?(pendant |pour )?(le|les) (week ?ends?|vacances)\b")


_MOIS_DE_L_AN = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
# « va avoir 4 ans », « elle a 3 ans en février » (present tense, a month to come): an age to come
_AGE_A_VENIR = re.compile(r"\b(va avoir|vont avoir|aura|auront|va faire|fera|(?:a|fait)(?= \d{1,2} ans (?:en|au mois de|a la fin de|"
                          r"fin|debut) " + _MOIS_DE_L_AN + r"\b)) (\d{1,2}) ans\b")
# the same child's age said again as the age to come (« 2 ans et demi, elle a 3 ans en février »): one child
_AGE_REDIT = re.compile(r"(\d{1,2} ?(?:ans?|mois)(?: et demi)?)\W+(?:mais |enfin |bientot )?(?:il|elle) (?:a|aura|va avoir|fera|"
                        r"va faire|fait) \d{1,2} ans (?:en|au mois de|a la fin de|fin|debut|dans) \w+")


def _ages_d_aujourd_hui(text: str, meme_longueur: bool = False) -> str:
    """The ages said as ages to come, as they are today: an age said again as the one to come is the same child
    (« 2 ans et demi, elle a 3 ans en février »), an age to come is one year less (« elle va avoir 3 ans en
    février » is 2). ``meme_longueur``: the text keeps its length (spans found in it stay right)."""
    def garde(m: re.Match, dit: str) -> str:
        return dit.ljust(len(m.group(0))) if meme_longueur else dit
    text = _AGE_REDIT.sub(lambda m: garde(m, m.group(1)), text)
    return _AGE_A_VENIR.sub(lambda m: garde(m, f"a {max(int(m.group(2)) - 1, 0)} ans"), text)


def _sans_rythme_de_garde(text: str) -> str:
    """``text`` with the custody's rhythm blanked (« une semaine sur 2 »: no age of 2), the same length (spans stay right)."""
    return _GARDE.sub(lambda m: " " * len(m.group(0)), text)


def _ages_enfants(text: str, proche: bool) -> tuple[Optional[list[int]], list[tuple[int, int]]]:
    """Ages of children after a child word ("2 enfants de 3 et 7 ans", "mon fils de 7 ans",
    "un bébé de 4 mois" -> 0), and the spans used. "il a 7 ans" counts only after a child word."""
    ages: list[int] = []
    spans: list[tuple[int, int]] = []
    # how often the children live here (« mes 2 enfants une semaine sur deux (10 et 13 ans) »): no words between
    # the children and their ages
    text = _sans_rythme_de_garde(text)
    # « tous les 2 », « les deux »: how many, not an age (« 1 an et 3 ans, nés tous les 2 à Toulouse »)
    text = re.sub(r"\b(tous|toutes) (les )?\d\b", lambda m: " " * len(m.group(0)), text)
    # how many, then a colon and their ages (« les enfants (3 : 2, 4 et 10 ans) »): the count is no age
    text = re.sub(r"\b(\d) ?: ?(?=(\d{1,2}(?:(?:,| et|,? et) \d{1,2})+ ?ans)\b)",
                  lambda m: " " * len(m.group(0)) if int(m.group(1)) == len(re.findall(r"\d{1,2}", m.group(2))) else m.group(0),
                  text)
    # an age denied (« le petit il a pas 2 ans, il a 18 mois »): not an age, the one said after it is
    text = re.sub(r"\b(?:n a |a )?pas \d{1,2} ?(?:ans?|mois)\b", lambda m: " " * len(m.group(0)), text)
    # an age to come (« ma fille va avoir 4 ans en juin », « il aura 10 ans »): the age now is one year less (same
    # length: the spans stay right)
    text = _ages_d_aujourd_hui(text, meme_longueur=True)
    sujets = rf"\b(?:{_ENFANT}|ils ont|elles ont|il a|elle a|{_PROCHE}|{_CONJOINT})\b"
    dernier_nom: Optional[str] = None
    for m in re.finditer(sujets, text):
        word = m.group(0)
        if any(a <= m.start() < b for a, b in spans):
            continue  # inside the ages already read
        if re.search(r"\b(sans|pas d|pas de|aucun|aucune|0|zero|jamais eu d|plus d)\s*$", text[:m.start()]):
            continue  # no child (« sans enfant, 52 ans »): the age after is the person's
        if re.fullmatch(_PROCHE + "|" + _CONJOINT, word):
            dernier_nom = "adulte"
            continue
        if word in ("il a", "elle a", "ils ont", "elles ont"):
            if dernier_nom != "enfant" or proche and word in ("il a", "elle a") and dernier_nom is None:
                continue
        else:
            dernier_nom = "enfant"
        if re.search(r"\b(attends?|attendons|attendez|attendent|enceinte de)\s*(1|un|une|des)?\s*$",
                     text[:m.start()]):
            continue  # "j'attends un bébé": a pregnancy, not a child yet
        tokens = list(re.finditer(r"\d+(?:\.\d+)?|[a-z]+", text[m.end():]))
        found: list[int] = []
        commit = 0
        end = m.end()
        inconnus = 0  # words between the child word and an age ("2 enfants, lea 4 ans et tom 9 ans")
        for j, tok in enumerate(tokens):
            word_ = tok.group(0)
            if word_ in _MULTIPLES:
                break  # « le grand 12 ans, les jumelles 8 ans »: twins are read from their own word (two of that age)
            if re.fullmatch(r"\d+(?:\.\d+)?", word_) and j + 1 < len(tokens) and \
                    re.match(_ENFANT + r"\b", text[m.end() + tokens[j + 1].start():]):
                break  # "et 1 garçon de 2 ans": a count that starts another child
            if re.fullmatch(r"\d+(?:\.\d+)?", word_):
                found.append(int(float(word_)))
                inconnus = 0
            elif word_ in ("ans", "an") and len(found) > commit:
                commit = len(found)
                end = m.end() + tok.end()
            elif word_ in ("mois", "semaines", "semaine", "jours", "jour") and len(found) > commit:
                # "4 mois" -> 0, "18 mois" -> 1, "3 semaines" -> 0
                found[-1] = found[-1] // 12 if word_ == "mois" else found[-1] // 365 if word_.startswith("jour") else \
                    found[-1] // 52
                commit = len(found)
                end = m.end() + tok.end()
            elif word_ in _FILLER:
                continue
            elif inconnus < 1 and len(word_) >= 2 and not re.fullmatch(
                    r"(j|je|ai|suis|mais|car|donc|on|nous|vous|mon|ma|mes|loyer|euros?|gagne|touche|paie|paye|"
                    r"travaille|depuis|pendant|dans|enceinte|attends?|"
                    # (the parent's own state ends the children's list: « jumeaux de 3 mois, seule, 24 ans »)
                    r"seule?|celibataire|divorcee?|separee?|veuve?|mariee?|pacsee?)", word_):
                inconnus += 1
            else:
                break
        if not commit and found and ages and len(found) == 1 and found[0] <= 25 and not re.match(
                r"\s*\d+\s*(euros?|pour cent)\b", text[m.end():]):
            commit = 1  # "mon fils a 7 ans et ma fille 10"
            end = m.end() + tokens[0].end() if tokens else end
        if commit == 1 and (found[0] > 25 or proche and found[0] >= 18) and re.fullmatch(r"fils|fille", word):
            dernier_nom = "adulte"
            continue  # "mon fils de 30 ans": an adult, not a child of the household
        if commit:
            if word in _MULTIPLES:
                # « des jumeaux de 14 mois »: two children of that age (three for triplets)
                ages += found[:1] * (_MULTIPLES[word] - 1)
            ages += found[:commit]
            spans.append((m.end(), end))
    # "un bébé", "un nourrisson" without an age: under one year
    if True:
        for m in re.finditer(r"\b(1|un|mon|notre|le|ma|une) (bebe|nourrisson|nouveau ne|nouvelle nee)\b(?! (de |a |qui a )?\d)",
                             text):
            if any(a <= m.end() <= b for a, b in spans):
                continue
            # « le bébé » in a message about a pregnancy is the one expected (« les aides pour le bébé, et le
            # suivi de ma grossesse »), unless one is already born (« j'ai déjà un bébé »)
            attendu = m.group(1) in ("le", "mon", "notre", "ma") and \
                bool(re.search(r"\b(enceinte|grossesse)\b", text)) and not re.search(r"\b(deja|aussi)\b", text)
            if not attendu and not re.search(r"\b(attends?|attendons|attendez|attendent|enceinte|futur)\s*$", text[:m.start()]) \
                    and not re.search(r"\b(attend|naitre|pour|prevu)", text[m.end():m.end() + 15]):
                ages.append(0)
    if ages and re.search(r"\b(jumeaux|jumelles)\b", text) and len(ages) == 1 and \
            re.search(r"\b(jumeaux|jumelles) (de|qui ont|ont) \d", text):
        ages.append(ages[0])
    return (ages or None), spans


_DUREE_DE_GROSSESSE = re.compile(
    r"\b(?:enceinte|grossesse)(?: de| depuis| d environ| a| a peu pres)? ((?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|quelques) (?:mois|semaines?))\b|"
    r"\b((?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf) (?:mois|semaines?)) (?:de grossesse|d amenorrhee)\b")


def _sans_duree_de_grossesse(text: str) -> str:
    """The text with a pregnancy's duration and a baby still to be born blanked (same length, so spans stay right)."""
    def blanc(m: re.Match) -> str:
        g = 1 if m.group(1) else 2
        a, b = m.start(g) - m.start(), m.end(g) - m.start()
        t = m.group(0)
        return t[:a] + " " * (b - a) + t[b:]
    text = _DUREE_DE_GROSSESSE.sub(blanc, text)
    # a baby still to be born (« le bébé arrive en mars », « le 2e est prévu pour juin »): no child yet
    return _BEBE_PAS_ENCORE_NE.sub(lambda m: " " * len(m.group(0)), text)


_BEBE_PAS_ENCORE_NE = re.compile(r"\b(?:le|un|notre|mon) (?:bebe|petit|deuxieme|2e|troisieme|3e|quatrieme|4e) (?:arrive|naitra|nait|"
                            r"est prevu|est attendu|doit naitre|va naitre|doit arriver|va arriver) (?:en|pour|dans|le|d ici)\b")


def _ages_en_tete(text: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[tuple[int, int]]]:
    """Answering the children's ages, the bare numbers listed before the first child word are ages too:
    "15, 11 et le petit a 8 mois" (a count, "2 enfants de…", is not one). The ages and their span."""
    if spans:
        fin = spans[0][0]
    else:
        # a baby named without an age after the others' ages (« 3, 5 et le bébé »: it was the baby alone)
        bebe = re.search(r"\b(?:le|la|l|mon|ma|notre|un|une) (?:bebe|bb|nourrisson|nouveau ne)\b", text)
        if not bebe:
            return [], []  # (a baby named without an age, « pas encore, le bébé arrive en mars »: it crashed here)
        fin = bebe.end()
    # (« un de 5 ans et le bébé a 1 an »: one of 5, then the baby)
    m = re.fullmatch(r"\s*((?:(?:une? de |une? qui a )?\d{1,2}(?: ?ans?)?(?:,| et)? )+)(?:le|la|l|mon|ma|notre|et 1|un|une) \w+\s*",
                     text[:fin])
    return ([int(n) for n in re.findall(r"\d+", m.group(1))], [m.span(1)]) if m else ([], [])


# « le bébé » without an age, said by a pregnant woman (« pour le bébé »): the child to come, unless a birth is said.
_BEBE_A_NAITRE = re.compile(r"\b(le|du|au|mon|notre|ce|pour le|pour mon) (bebe|bb)\b")
_BEBE_NE = re.compile(r"\b(\d+|un|une|deux|trois) (mois|semaines?|jours?)\b(?<!enceinte de \d mois)|\b(ne|nee|naissance|accouche\w*|"
                      r"vient de naitre|est arrive)\b")


# Grown-up children, said so (« 3 mais ils sont grands », « ils ont quitté la maison »): none at charge. From 25 no
# scheme counts a child (the RSA's bound: under 25); the children's ages the form accepts stay 0 to 25.
_AGE_MAX_A_CHARGE = 25
_ENFANTS_GRANDS = re.compile(r"\b(ils|elles|tous|toutes) (sont|ont) (tous |toutes |)(grands|grandes|adultes|majeurs|majeures|partis|"
                             r"parties|maries|mariees|casees?|autonomes)\b|\b(ne vivent|n habitent) plus (avec moi|avec nous|a la maison|"
                             r"chez moi|chez nous)\b|\bont (tous |toutes |)quitte la maison\b|\bplus a (ma|notre) charge\b|"
                             r"\bgrands et (partis|autonomes|maries)\b|"
                             # the count then the word alone (« deux, grands », « 3 adultes »)
                             r"^\s*\d{1,2}\s*(,|mais|, mais)\s*(grands|grandes|adultes|majeurs|majeures)\W*$")


# Children who live with their other parent (« ils vivent chez leur mère », « la garde est chez leur père »), or come only
# on visits: not the household's children at charge. Shared custody (« une semaine sur deux », « garde alternée ») or
# children living with the person are.
_ENFANTS_CHEZ_L_AUTRE_PARENT = re.compile(
    _VISITES_SEULEMENT.pattern + "|"
    r"\b(vivent|habitent|sont|restent) (chez|avec) (leur|la|ma ex|mon ex|sa) (mere|pere|maman|papa|ex)\b|"
    r"\b(fille|fils|enfant|garcon|petit|petite|ado|qui)( de \d{1,2} (ans|mois))? (vit|habite|est|reste) (chez|avec) (la|sa|son|ma ex|mon ex) "
    r"(mere|pere|maman|papa|ex)\b|"
    r"\bgarde (principale |exclusive )?(est |)(a|chez) (leur|la|ma ex|mon ex) (mere|pere|maman|papa|ex)\b")
_ENFANTS_CHEZ_MOI = re.compile(r"\b(une|1) semaine sur (deux|2)\b|\bgarde alternee\b|\bresidence alternee\b|"
                               r"\b(vivent|habitent|sont|vit|habite) (chez moi|avec moi)\b|\ba (ma|notre) charge\b|\bj ai la garde\b")


# Children whose count is the person's to say (seen on visits): unset and asked; the count too when it was the question.
_ENFANTS_A_DEMANDER = {"nb_enfants": {"enfants", "nb_enfants"}}
# Several ages said of « them » (« ils ont 3, 7 et 13 ans »): the children's, once children are known.
_ILS_ONT_DES_AGES = re.compile(r"\b((?:ils|elles) ont) (?:\d{1,2}(?: ans)?(?: ?,| et) )+\d{1,2} ans\b")
# « les deux autres ont 12 et 14 ans » after a child named: the other children's ages.
_LES_AUTRES_ONT = re.compile(r"(^|[,;.] |\bet )(les (?:deux |trois |quatre |2 |3 |4 )?autres ont|l autre a)(?= \d{1,2}\b)")
# What those words are rewritten as for the children's reader.
_LEURS_AGES = "mes enfants ont"


# A child just born (« on vient d'avoir notre 3e enfant », « né il y a 3 semaines »).
_NOUVEAU_NE = re.compile(r"\b(vient|viens|venons|venez) d avoir (notre|mon|ma|un|une|le|la) (\d+ ?e |\d+ ?eme |deuxieme |troisieme |"
                         r"quatrieme |cinquieme |petit |petite )?(enfant|bebe|fils|fille|garcon)\b|\bnee? il y a \d+ (jours|semaines)\b")


def _position_avant_reecriture(position: int, reecrit: tuple[int, int, int], fin: bool) -> int:
    """A position in a text where ``reecrit`` (start, end, length written) replaced some words, in the text before."""
    debut, ancienne_fin, longueur = reecrit
    if position <= debut:
        return position
    if position >= debut + longueur:
        return position - longueur + (ancienne_fin - debut)
    return ancienne_fin if fin else debut


# Words that say the number of children at charge is not the one known (« j'en ai plus que 2 », « le grand est parti »,
# « deux enfants »): fewer ages than children known are then the answer, not a part of it.
_NOMBRE_D_ENFANTS_CHANGE = re.compile(
    r"\b(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit) (enfants?|gamins?|gosses?|seule?s?)\b|"
    r"\b(seulement|plus que|qu un|qu une|en fait|finalement|j en ai|on en a|nous en avons|partie?s?|majeure?s?|grands|"
    r"grandes|adultes?|travaillen?t?|vit|vivent|habiten?t?|charge|restent|reste|decede|decedee|mort|morte)\b")


def _nb_enfants(text: str, entier: Optional[str] = None) -> Optional[int]:
    """The number of children said in ``text`` (ages masked); ``entier``, the text with its ages, for the
    children named by their age only."""
    if re.search(rf"\b(sans|pas d|pas eu d|aucun|0|zero|pas de|plus d|jamais eu d) ?{_ENFANT}", text) or \
            re.search(r"\bpas d enfants?\b|\bn ai pas d enfants?\b", text):
        return 0
    # (« 1 petit » is « un petit », one child named among others: « une fille de 12 ans et un petit de 3 ans »)
    m = re.search(r"\b(\d{1,2}) (?:enfants?|gamins?|gosses?|petits?|loulous?)\b(?<!\b1 petit)(?<!\b1 gamin)(?<!\b1 gosse)"
                  r"(?<!\b1 loulou)", text)
    if m and not re.search(r"\b(attends?|attendons|attendez|attendent)\s*$", text[:m.start()]):
        return int(m.group(1))
    # the children counted after an amount for each (« 100 par enfant, j'en ai 3 »)
    m = re.search(r"\b(?:par|pour chaque|chaque) (?:enfant|gamin|gosse|petit)s?\b,? (?:et )?(?:j en ai|on en a|nous en avons) (\d{1,2})\b"
                  r"(?! ?(?:ans?|mois)\b)", text)
    if m:
        return int(m.group(1))
    total, seen = 0, False
    comptes: set[str] = set()
    for m in re.finditer(rf"\b(\d{{1,2}}) ({_ENFANT})\b", text):
        if re.search(r"\b(attends?|attendons|attendez|attendent)\s*$", text[:m.start()]):
            continue
        total += int(m.group(1))
        comptes.add(m.group(2).rstrip("s"))
        seen = True
    if seen:
        # « une fille de 7 ans et le garçon 2 ans »: the other child named with « le », of a kind not counted before
        total += sum(1 for m in _LE_DE_PLUS.finditer(entier or text) if m.group(1) not in comptes)
        # "un bébé de 3 mois et un de 2 ans": "un" with an age after a child names one more child
        total += len(_UN_DE_PLUS.findall(entier or text))
        # « des jumeaux de 14 mois et une grande de 4 ans »: twins (triplets) not counted by a number
        total += sum(_MULTIPLES[m.group(2)] for m in re.finditer(rf"\b(des|les|mes|nos|ses) ({_MULTIPLE})\b", text))
    return total if seen else None


# One more child named with « le » and their age, after a child counted: « une fille de 7 ans et le garçon 2 ans »
_LE_DE_PLUS = re.compile(r"(?:\bet|,) (?:le|la|mon|ma|l) (garcon|fille|fils)\b(?: \w+){0,2}? (?:de |qui a |a )?\d{1,2} ?(?:ans?|mois)\b")
# One more child given by its age only, after a child word: "et un de 2 ans", ", une autre de 7 ans"
_UN_DE_PLUS = re.compile(r"(?:\bet|,) (?:1|un|une) (?:autre )?(?:de|qui a|a) \d{1,2} ?(?:ans?|mois)\b")


def _a_peu_pres(text: str, value: float, unite: str) -> bool:
    """Whether ``value`` is said as an approximation ("bientôt 60 ans", "presque 5 ans", "70 ans passés")."""
    n = str(int(value))
    return bool(re.search(rf"\b(bientot|presque|pas loin de|environ|a peu pres|dans les|plus de|moins de|pres de|"
                          rf"au moins|facilement) {n} ?{unite}\b|\b{n} ?{unite} (passes|passe|et quelques|et plus|"
                          rf"et des poussieres|environ|a peu pres|bien sonnes)\b", text))


# A partner who loses autonomy or lives with a disability, the speaker caring for them (« ma femme a la maladie
# d'Alzheimer… je m'occupe d'elle », « mon mari a 79 ans et il a la maladie de Parkinson… c'est moi qui fais tout »): the
# help (APA, PCH, AAH) is the partner's, so the situation is theirs (their age, not the carer's).
_CONJOINT_DEPENDANT = re.compile(
    rf"{_DEBUT}(?:mon|ma) {_CONJOINT}\b[^.!?]{{0,40}}?\b(?:alzheimer|parkinson|demence|avc|hemiplegique|handicape?e?|"
    r"grabataire|alitee?|en fauteuil|sclerose|perte d autonomie|dependante?|ne (?:peut|marche|se lave|s habille) plus|"
    r"besoin d aide (?:pour|tous les jours|au quotidien))\b")
_AIDANT = re.compile(r"\b(?:je m occupe d (?:elle|lui)|je m en occupe|c est moi qui (?:fais|fait|m occupe)|je l aide|"
                     r"je suis (?:son|sa) aidante?|aidante?|je (?:le|la) (?:lave|leve|garde|soigne))\b")


def _conjoint_aide(text: str) -> bool:
    """Whether the speaker writes about the partner they care for (see _CONJOINT_DEPENDANT)."""
    return bool(_CONJOINT_DEPENDANT.search(text)) and bool(_AIDANT.search(text))


def _pour_un_proche(text: str, known: dict[str, Any]) -> bool:
    if known.get("pour_un_proche") is True:
        return True
    fils = _FILS_ADULTE_EN_TETE.search(text)
    if fils and not _MOI_ENSUITE.search(text, fils.end()):
        return True
    demande = _PROCHE_DEMANDE.search(text)
    if demande and not re.match(r"(?:pour|de la part|a la place|c est pour)\b", demande.group(0).lstrip(" .!?")) and \
            _MOI_ENSUITE.search(text, demande.end()) and not _DEMANDE_POUR_LE_PROCHE.search(text):
        # a relative cared for or housed, then the speaker's own age in so many words (« je m'occupe de mon père de 79 ans…
        # moi j'ai 52 ans et je ne travaille plus »): the speaker's own situation, as with an adult son named first (their
        # own work named is not enough: « ma mère vit chez moi… elle touche 900 de retraite, moi je travaille » was the
        # mother's situation for one development writer, the speaker's for another)
        return False
    if demande and re.match(r"\W*(?:je m occupe|j aide|j accompagne|je suis l aidante?|je soutiens)\b", demande.group(0)) and \
            re.search(r"\b(?:je|j) (?:ne |n )?(?:travaille|bosse)\b|\bje (?:ne )?(?:peux|pourrai|peut) (?:plus |pas )?(?:travailler|bosser)\b|"
                      r"\b(?:j ai|jai) (?:arrete|quitte|lache) (?:de travailler|mon travail|mon boulot|mon emploi)\b", text):
        # the care of a relative as the reason one works or not (« je bosse pas, je m'occupe de ma mère malade »): the
        # carer's own situation
        return False
    if demande and re.match(r"(?:\s+\w+){0,3}?\s+(?:m|me)\s", text[demande.end():]) and _JE_PARLE_DE_MOI.search(text, demande.end()):
        # what the relative does to the speaker (« mes parents ne veulent plus m'aider, je suis étudiante, 19 ans »), who
        # then speaks of themself: the speaker's own situation
        demande = _PROCHE_DEMANDE.search(text, demande.end())
    return bool(demande) or bool(_PARENT_D_UN_ADULTE.search(text)) or \
        bool(_ENFANT_ADULTE_SUJET.search(text)) and not _JE_PARLE_DE_MOI.search(text) or _conjoint_aide(text)


def pour_un_proche_dit(text: str) -> bool:
    """Whether a message (not normalised) says the person writes for a relative (« ma mère de 86 ans vient
    d'entrer en EHPAD… moi j'habite à Bordeaux »)."""
    return _pour_un_proche(normaliser(text), {})


# The speaker's own age, said in so many words ("j'ai 50 ans", "moi 50", "née en 1975").
_AGE_DE_SOI = re.compile(r"\b(j ai|jai|moi|je suis|age de|agee? de|nee? en|mon age)\b")


# One relative by their kind (« papa » is « père »); plural ones (« mes parents ») name no one in particular.
_UN_PROCHE = {"pere": "pere", "papa": "pere", "mere": "mere", "maman": "mere", "grand pere": "grand pere",
              "papi": "grand pere", "papy": "grand pere", "grand mere": "grand mere", "mamie": "grand mere",
              "mamy": "grand mere", "beau pere": "beau pere", "belle mere": "belle mere", "oncle": "oncle",
              "tante": "tante", "frere": "frere", "soeur": "soeur", "voisin": "voisin", "voisine": "voisine",
              "cousin": "cousin", "cousine": "cousine"}
_UN_PROCHE_RE = "|".join(sorted(_UN_PROCHE, key=len, reverse=True))


def proche_nomme(normalised: str) -> Optional[str]:
    """The one relative a normalised message names first (« ma mère a la maladie d'Alzheimer »: ``mere``)."""
    m = re.search(rf"\b(?:ma|mon|pour ma|pour mon) ({_UN_PROCHE_RE})\b", normalised)
    return _UN_PROCHE[m.group(1)] if m else None


def _sans_age_d_un_autre_proche(text: str, nomme: Optional[str]) -> str:
    """« Mon père a 84 ans et il s'épuise », writing for the mother: the father's age masked, not the mother's."""
    if not nomme:
        return text
    return re.sub(rf"\b({_UN_PROCHE_RE})\b(\D{{0,25}}?)\b(\d{{1,3}}) ?ans\b",
                  lambda m: m.group(0) if _UN_PROCHE[m.group(1)] == nomme else
                  m.group(1) + m.group(2) + " " * len(m.group(0)[len(m.group(1)) + len(m.group(2)):]), text)


# A move in life (« sorti de l'ASE à 18 ans », « partie de chez mes parents à 17 ans »): the age then, not now.
_EVENEMENT_DE_VIE = r"sortie?s?|partie?s?|rentree?s?|entree?s?|placee?s?|confiee?s?|revenue?s?|installee?s?|viree?s?|" \
                    r"mise? dehors|jetee?s? dehors"


def _sans_nombre_d_autre_chose(text: str) -> str:
    """Without the numbers that count something else than years (« j'ai 2 enfants », « 3 mois de retard », « 550 euros »):
    at the age question, « j'ai oublié de vous dire que j'ai 2 enfants » was an age of 2, refused as out of bounds."""
    return re.sub(r"\b\d+(?:[.,]\d+)? ?(enfants?|gosses?|fils|filles?|petits?|petites?|bebes?|euros?|eur|e|mois|semaines?|"
                  r"jours?|fois|personnes?|chambres?|pieces?|heures?|h|%|pour cent)\b", " ", text)


def _sans_borne_d_age(text: str) -> str:
    """Without an age bound of a rule asked about (« c vrai que le rsa c'est qu'à partir de 25 ans ?? »): nobody's age."""
    return re.sub(r"\b(a partir de|des|avant|moins de|plus de|jusqu a|au dela de|apres|au moins|minimum) \d+ ?ans?\b"
                  r"(?=[^.!]*\?)", " ", text)


# Words before a number of years that make it someone else's age, a duration or an age at an event of the past (« mon fils
# de 8 ans », « depuis 12 ans », « arrivé en France à 25 ans »): no age of the speaker now.
_AGE_D_AUTRE_CHOSE = (rf"(mon|ma|mes|son|sa|ses|notre|nos|le|la|les|un|une|des) ({_ENFANT}|{_PROCHE}|{_CONJOINT})|"
                      rf"depuis|pendant|dans|il y a|ca fait|arrivee?s?|venue?s?|mariee?s?|quitte|commence|eu|perdu|devenue?|"
                      rf"{_EVENEMENT_DE_VIE}")


def _age(text: str, proche: bool, conjoint: bool = False) -> Optional[float]:
    """The age of the person the situation is about (``conjoint``: the speaker's partner, whom they care for)."""
    # an age at an event (« une sclérose en plaques depuis l'âge de 45 ans »): not the age now
    text = re.sub(r"\b(depuis|des|a partir de|jusqu a|avant|apres) l age de \d+ ?ans?\b|\ba l age de \d+ ?ans?,? (j|je|il|elle|on)\b",
                  " ", text)
    text = _sans_borne_d_age(text)
    if proche:
        relatif = rf"(?:{_PROCHE}|{_CONJOINT})" if conjoint else _PROCHE
        m = re.search(rf"\b(?:il a(?: eu)?|elle a(?: eu)?|(?:il|elle) vient d avoir|{relatif} (?:a|a eu|de|agee? de|qui a)|(?:une|un) (?:dame|monsieur|personne|femme|"
                      rf"homme|jeune)(?: agee?)? (?:de|agee? de)) {_NUM} ?ans\b", text) or \
            re.search(rf"\b{_PROCHE}\D{{0,25}}?\b{_NUM} ?ans\b", text) or re.search(r"\b" + _FILS_ADULTE, text) or \
            re.search(r"\b(?:mon fils|ma fille),? (?:de |a |qui a |agee? de )" + _NUM + r" ?ans\b", text) or \
            re.search(r"\b(?:jeune homme|jeune femme|garcon)\D{0,25}?\b" + _NUM + r" ?ans\b", text)
        return float(m.group(1)) if m else None
    # (a postal code before the age is no number of the sentence's start: « Bonjour 75019 27 ans seul »)
    text = re.sub(r"\b\d{5}\b", "cp", text)
    # the couple's two ages, then which is the speaker's (« un couple de 26 et 28 ans, moi 26 »)
    deux = re.search(r"\b(\d{2}) (?:et|,) (\d{2}) ans\b", text)
    moi = re.search(r"\bmoi,? (?:j ai )?(\d{2})\b(?! ?(?:euros?|e|%|mois|h\b|heures))", text)
    if deux and moi and moi.group(1) in deux.groups():
        return float(moi.group(1))
    # (« j'ai eu 2 ans de titres d'un an »: a duration of something, not an age)
    m = re.search(r"(?:^|^a |\b(?:j ai|jai|g|age de|agee? de|moi|suis|ai|moi j ai|aurai|vais avoir|viens d avoir|j ai eu)\s+)"
                  + _NUM + r" ?ans?\b(?! (?:de|d) (?!age\b))", text)
    if m:
        return float(m.group(1))
    # "je suis à la rue, 0 revenu, 38 ans": an age standing alone as a clause of its own
    for a, b in _clauses(text):
        # (or followed by the place only: « je suis seule, retraite 850, 86 ans à Remiremont »)
        # (or by the family state, « je gagne 1300 en CDI, 36 ans celibataire, Metz »)
        m = re.fullmatch(r"\s*(?:age de |agee? de )?(\d{2,3}) ?ans?\s*", text[a:b]) or \
            re.match(r"\s*(\d{2,3}) ans,? (?:celibataire|seule?|mariee?|pacsee?|divorcee?|separee?|veuve?|veuf|en couple)\b", text[a:b]) or \
            re.match(r"\s*(?:retraitee?|veuve?|veuf|celibataire|divorcee?|separee?|mariee?|seule?),? (\d{2,3}) ans\b", text[a:b]) or \
            re.fullmatch(r"\s*(\d{2,3}) ans (?:a|au|en) [a-z]\w*(?: [a-z]\w*){0,3}\s*", text[a:b])
        if m and int(m.group(1)) >= 16:
            return float(m.group(1))
    m = re.search(r"\b(?:je suis )?nee? en (19\d{2}|20[01]\d)\b", text)
    if m:
        return float(date.today().year - int(m.group(1)))
    # "j'habite encore chez mes parents à 27 ans": the speaker's age now, said after a state
    m = re.search(r"\b(?:j|je) (?:habite|vis|suis|reste|dors|loge|vivote)\b[^,.;!?]*?\b(\w+) a (\d{2}) ans\b", text)
    chez = m is not None and re.search(r"\bchez (mes|mon|ma|des|un|une|sa|son|ses) $", text[:m.start(1)])
    if m and (chez or not re.fullmatch(rf"{_ENFANT}|{_PROCHE}|{_CONJOINT}|qui|il|elle|on", m.group(1))) and not re.search(
            r"\b(arrive|arrivee|venu|venue|quitte|mariee?|commence|depuis|quand|ne|nee|" + _EVENEMENT_DE_VIE + r")\b", text[m.start():m.start(2)]):
        return float(m.group(2))
    m = re.search(r"\bmoi,? (?:j ai )?" + _NUM + r"( ?ans)?\b", text)
    # (« moi 700 net par mois » is a pay, « et moi 15 h par semaine à 10 € » hours of work, not an age)
    if m and (m.group(2) or float(m.group(1)) <= 120) and \
            not re.match(r" ?(€|euros?|net|par (mois|semaine)|h\b|heures?\b|hrs?\b)", text[m.end():]):
        return float(m.group(1))
    # « je suis une femme de 50 ans », « nous sommes un couple de retraités de 72 ans tous les deux »
    m = re.search(r"\b(?:je suis|suis|moi|nous sommes|on est) (?:un|une) (?:\w+ ){0,3}(?:de|agee? de) " + _NUM + r" ?ans\b",
                  text)
    if m:
        return float(m.group(1))
    # an age among the first words (« à la rue, 38 ans »), or after what the speaker says they are (« je suis
    # intermittente du spectacle 37 ans »)
    m = re.search(r"^\D{0,30}?" + _NUM + r" ?ans\b", text) or \
        re.search(r"^(?:bonjour |bjr |slt |salut )?(?:je suis|j suis|moi je suis)\D{0,40}?" + _NUM + r" ?ans\b", text)
    if m and not re.search(rf"\b({_AGE_D_AUTRE_CHOSE}|(l|le|la) (plus )?(aine|ainee|grand|grande|petit|petite|cadet|cadette|jeune|"
                           rf"dernier|derniere)|il|elle|ils|elles|cela fait)\b",
                           text[:m.start(1)]) and not re.match(r" ?ans? (que|qu)\b", text[m.end(1):]):
        return float(m.group(1))  # (« ça fait 35 ans que j'ai mes papiers »: a duration, not an age)
    # the same after a first sentence about others (« mes parents ne veulent plus m'aider, je suis étudiante 19 ans »)
    m = re.search(r"(?:^|[,.;!?] )(?:je suis|j suis)\s+([^\d,.;!?]{0,40}?)" + _NUM + r" ?ans\b", text)
    if m and not re.search(rf"\b({_AGE_D_AUTRE_CHOSE})\b|\ba $", m.group(1)) and not re.match(r" ?ans? (que|qu)\b", text[m.end(2):]):
        return float(m.group(2))
    return None


# -- facts read from the words ---------------------------------------------------------

_COUPLE_NON = (r"\b(pas en couple|plus en couple|celibataire|seule?s?|divorcee?s?|separee?s?|veuve?|veuf|veuvage|"
               r"(depuis|apres) (ma|notre|la) separation|(depuis|apres) (mon|notre|le) divorce|(suis|sommes) (separer|divorcer)|"
               r"maman solo|papa solo|parent isole|mere isolee|pere isole|famille monoparentale|"
               # the RSA's increase is a lone parent's (CASF L262-9)
               r"rsa majore|majoration (pour )?(parent isole|isolement)|"
               # (« avec mes 5 enfants, pas de mari »)
               r"(pas de|sans|plus de) (mari|conjointe?|compagnon|compagne|copain|epoux|epouse)\b(?! (?:mais|qui|avec))|"
               r"mon ex|ma ex|mon ancien compagnon)\b")
# "seul" that says how something is done or felt, not living alone ("se laver seul", "je me sens seule")
_SEUL_AUTRE = re.compile(r"\b((me|se|te) \w+( plus| pas| encore)?|sens|sent|laver|habiller|deplacer|lever|marcher|sortir|manger|faire|"
                         r"fait|fais|font|"
                         r"rester|reste|restent|laisser|laisse|toilette|courses|menage|repas|douche|"
                         r"payer|gerer|arrive|arriver|debrouille|debrouiller|occupe|occupent|occuper|gere|gerent)"
                         # (a thing done between: « faire la cuisine seul depuis mon AVC », « me laver les cheveux seule »)
                         r"(?: (?:la|le|les|l|mes|ma|mon|ses|sa|son|du|de|des|d) \w+)? (tout |toute )?seule?s?\b|"
                         r"\bseule?s? (a|pour) (payer|travailler|gagner|m occuper|s occuper)\b|\bpas seule?\b|"
                         r"\b(un|une|1) seule?\b")
_COUPLE_OUI = r"\b(en couple|mariee?s?|pacsee?s?|concubinage|concubin|mon mari|ma femme|mon conjoint|" \
              r"j ai (une|un) (compagne|compagnon|conjointe?|concubine?)|" \
              r"ma conjointe|mon compagnon|ma compagne|mon copain|ma copine|avec mon ami|nous 2|nous deux|" \
              r"vie maritale|union libre|a nous 2|a nous deux|a deux on|mon epoux|mon epouse|vit avec (mon|ma) (pere|mere)|" \
              r"mon homme|ma moitie|on vit ensemble|vivons ensemble|(on vit|nous vivons) toujours ensemble(?![^.;!?]*\bmais\b)|en concubinage|(on est|nous sommes|sommes) un couple|" \
              r"ma meuf|mon mec|ma nana|mon jules|" \
              r"(^|[,;:.] ?)(mari|epoux|conjointe?|compagnon|compagne) (et moi|\d{3,})\b|" \
              r"vit maritalement|vivons maritalement|" \
              r"(^|[,;:.] ?)(mari|epoux|conjoint|compagnon) (au chomage|en cdi|en cdd|en interim|salarie|retraite|sans emploi|" \
              r"qui travaille|travaille|gagne|touche)\b|" \
              r"(de )?(salaires|retraites|pensions) a (deux|2)\b|(on est|nous sommes|sommes|^|[,;:.] ?) ?(tous )?(retraitee?s|retraitee?s agricoles) tous les (deux|2)|" \
              r"(^|[,.;:] ?|bjr |bonjour |bonsoir |slt |salut )couple(?= ?[,.;:]| avec| sans| marie| pacse| de (\d|deux|trois)|$)|" \
              r"(^|[,.;:] ?|bjr |bonjour |bonsoir |slt |salut )couple de (retraitee?s|salariee?s|jeunes|parents|locataires|chomeurs|" \
              r"proprietaires|agriculteurs|etudiants)\b|\b(un|une|en) couple avec (\d|un|une|deux|trois|quatre|cinq|nos|des)\b|" \
              r"(vis|vit|vivons|habite|habitons) (toujours |encore )?avec (le papa|la maman|le pere|la mere)" \
              r"( (du bebe|de l enfant|des enfants|de mes enfants|de ma fille|de mon fils|des petits))?)\b"
# (the last alternative: living with the children's other parent, « je vis avec le papa »; the one before, « couple »
# said of oneself, alone or with the children: « Bjr, couple, 2 salaires », « couple avec 2 enfants »)


def _en_couple(text: str, proche: bool) -> Optional[bool]:
    # A condition is not a fact: "si je me mets en couple", "combien quand on est seul ?"
    text = re.sub(r"\b(si|quand|lorsque|lorsqu) (je|j|on|nous)\b[^,.;!?]*", " ", text)
    # (the speaker's parent living with the other one is a couple, « mon père vit avec ma mère »; a grandmother or an uncle
    # living with the speaker's mother is hosted by her: « ma grand-mère… elle vit avec ma mère aux Abymes »)
    sans_parent = re.sub(r"\bvit avec (mon|ma) (pere|mere)\b", " ", text)
    nomme = proche_nomme(sans_parent)
    if proche and (nomme not in ("pere", "mere") if nomme else re.search(r"\b(elle vit avec ma mere|il vit avec mon pere)\b", text)):
        text = sans_parent
    # a place named Marie (« Sainte-Marie en Martinique », « Marie-Galante ») is no marriage
    text = re.sub(r"\b(sainte?|ste|st) marie\b|\bmarie galante\b", " ", text)
    # a couple again after a divorce (« divorcée et remariée », « je me suis remis en couple »)
    if re.search(r"\b(remariee?s?|remise?s? en couple|remets en couple|remet en couple)\b", text) and \
            not re.search(r"\b(pas|jamais|plus) (\w+ )?(remariee?s?|remise?s? en couple)\b", text):
        return True
    # a separation denied of oneself (« je suis pas séparée », asked about child support): still a couple
    if re.search(r"\b(je suis|je ne suis|suis|on est|on n est|nous sommes|nous ne sommes) pas (divorcee?s?|separee?s?)\b(?![^.;!?]*\bmais\b)",
                 text):
        return True
    # a separation denied (« je suis pas séparée, on vit toujours ensemble ») is no separation
    text = re.sub(r"\b(pas|jamais) (divorcee?s?|separee?s?)\b", " ", text)
    # living with a partner now, whatever came before (« divorcée mais je vis avec mon nouveau compagnon »)
    if re.search(r"\b(je vis|on vit|nous vivons|j habite|je suis) (avec|chez) (mon|ma) (nouveau |nouvelle |actuel |actuelle )?"
                 r"(compagnon|compagne|copain|copine|conjointe?|concubine?|ami|amie)\b(?! (qui|mais) )", text) and \
            not re.search(r"\b(ne|n) (vis|vit|vivons|habite) (pas|plus)\b", text):
        return True
    # an amount said « à deux » (« on touche 2100 à deux », « on a 20 000 à deux »): a couple's
    # (or what a farm or a trade leaves them, « on dégage à peine 900 euros par mois à deux »)
    if re.search(r"\b(on|nous) (touche|touchons|gagne|gagnons|a|avons|degage|degageons|sort|sortons|tire|tirons)( a peine| juste)?"
                 r"( \d+(\.\d+)?)+ (euros? |e )?(par mois |net )?a (deux|2)\b", text):
        return True
    # living together with a sibling, a parent, a friend (« ma sœur et moi on vit ensemble ») is no couple
    text = re.sub(r"\b(ma soeur|mon frere|mon amie?|ma copine de|mon cousin|ma cousine|ma mere|mon pere|maman|papa|mes parents|"
                  r"mon fils|ma fille|ma coloc|mon coloc)( et moi)?,? (on vit|nous vivons|on habite|nous habitons) ensemble\b", " ", text)
    # (the relative named further in the sentence, no partner named: « ma sœur touche le RSA et moi je travaille, on vit
    # ensemble à Pamiers »)
    if re.search(r"\b(ma soeur|mon frere|ma mere|mon pere|mes parents|mon fils|ma fille|ma cousine|mon cousin|ma coloc|"
                 r"mon coloc|ma colocataire|mon colocataire)\b", text) and not re.search(
                r"\b(mari|femme|epoux|epouse|compagnon|compagne|conjointe?|copain|copine|concubine?|mec|couple|pacse\w*|"
                r"marie\w*)\b", text):
        text = re.sub(r"\b(on vit|nous vivons|on habite|nous habitons) ensemble\b", " ", text)
    # a marriage denied or past (« on était pas mariés », « on n'a jamais été mariés ») says nothing of a couple now
    text = re.sub(r"\b(pas|jamais|plus|non) (ete |etait |etions |etes )?mariee?s?\b|"
                  r"\b(on etait|nous etions|j etais|on a ete|nous avons ete|j ai ete) (\w+ ){0,2}mariee?s?\b", " ", text)
    if re.search(r"\b((mon|ma|son|sa) (mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|copain|copine|mec|meuf|ex)|"
                 r"le (pere|papa)( du bebe| de l enfant| des enfants| de mes enfants| de ses enfants| de ma fille| de mon fils)?) "
                 r"(est |s est |vient de )?(decede|decedee|mort|morte|"
                 # (gone for the day's work or a trip, not gone: « mon mari est parti travailler »)
                 r"(parti|partie|partir)(?! (travailler|bosser|au travail|au boulot|sur (le|un) chantier|faire|chercher|acheter|"
                 r"en (mission|deplacement|voyage|vacances|cure|formation|stage|deplacements)|ce matin|tot|quelques jours|"
                 r"(pour|a) (le|la|son|sa|l) (travail|boulot|chantier|usine|hopital|peche|chasse))\b)|barre|m a quittee?|ma quittee?|m a larguee?|ma larguee?|m a laissee?s?(?! (tranquille|faire|le|la|les|un|une|des|du|de|sa|son|ses|mon|ma|mes|(?!tomber)\w+er\b))|ma laissee(?! (?!tomber)\w+er\b)|"
                 r"l a quittee?|nous a quittes?|(m a|ma|nous a) laiss\w* tomber|"
                 r"me quitter|nous quitter|"
                 r"a quitte (la maison|le domicile|le foyer)|m a (mise?|jetee?|viree?|chassee?) (dehors|a la porte))\b|"
                 # the partner left (« je quitte mon mari violent »)
                 r"\b(je|j) (quitte|viens de quitter) (mon|ma) (mari|femme|epoux|epouse|conjointe?|compagnon|compagne|"
                 r"copain|copine)\b|"
                 # the couple over (« mon couple a explosé »)
                 r"\b(mon|notre) couple (a explose|a vole en eclats|est fini|s est fini|a pris fin|c est fini|est termine)\b", text):
        return False
    # a partner who lives abroad, the person alone here (« ma femme elle est au Mali, ici je suis seul »): no couple in the
    # household the benefits count
    if re.search(r"\b(mon mari|ma femme|mon epoux|mon epouse|mon conjoint|ma conjointe|mon compagnon|ma compagne)( (il|elle))? "
                 r"(est|reste|vit|habite|est reste|est restee|est parti|est partie|est rentre|est rentree) (toujours |encore )?"
                 r"(au |en |a l etranger|au pays|au bled|la bas|dans mon pays)", text) and \
            re.search(r"\b(ici|en france) (je suis|je vis|je reste|j habite) seule?\b|\b(je suis|je vis) seule? (ici|en france)\b", text):
        return False
    # a partner who died: « la réversion de mon mari », « mon défunt mari », « feu mon époux » (a widow, not a couple)
    # (« je suis seul depuis la mort de ma femme »)
    if re.search(r"\b(reversion|veuvage|deces|mort|obseques|succession|heritage|enterrement) (de |du )?(feu )?(mon|ma) (defunte? )?"
                 r"(mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne)\b|"
                 r"\b(feu|defunte?) (mon |ma )?(mari|femme|epoux|epouse)\b|\b(mon|ma) (defunte?|feu) (mari|femme|epoux|epouse)\b|"
                 r"\b(mari|femme|epoux|epouse|conjointe?|compagnon|compagne) (decedee?|defunte?)\b|"
                 # (« je viens de perdre mon mari »)
                 r"\b(perdu|perdre) (mon|ma) (mari|femme|epoux|epouse|conjointe?|compagnon|compagne)\b(?! de vue)", text):
        return False
    if not proche and re.search(r"\b(je suis partie?(?= (de chez|de la maison|du domicile|avec (mes|les|mon|ma) (\d |deux |trois |quatre )?(enfants?|fils|fille|bebe|"
                                r"petits?)|il y a|hier|depuis|ce matin|cette nuit)|\s*[,.;!?]|\s*$)|je me suis enfuie?|j ai fui|je l ai quitte|j ai quitte (mon|le) "
                                r"(mari|conjoint|compagnon|copain|domicile|foyer)|je suis partie? de (chez moi|la maison|"
                                r"chez nous|chez lui|le domicile))\b", text) and not re.search(
            r"\b(revenue?|retournee?|rentree?|de nouveau|a nouveau) (avec|chez) (lui|mon mari|mon conjoint|mon compagnon)\b",
            text):
        return False  # « je suis partie de chez moi avec mes enfants, mon mari me frappait »: she left him
    if re.search(r"\b(on|nous) (ne |n )?(vit|vivons|habite|habitons) (pas|plus) ensemble\b|\bchacun chez soi\b|"
                 # « j'ai un copain mais il habite chez lui »
                 r"\b(copain|copine|ami|amie|mec|compagnon|compagne|on est ensemble|nous sommes ensemble)\b.*\b(il|elle) (vit|habite|reste) "
                 r"(chez (lui|elle|ses parents|sa mere|son pere|ses parents)|de son cote|ailleurs)\b|"
                 # (« je suis en couple mais mon copain vit pas avec moi, il a son appart »: the CAF counts those who live together)
                 r"\b(copain|copine|ami|amie|mec|compagnon|compagne|mari|femme|conjointe?)\b (\w+ ){0,2}(ne |n )?(vit|habite) (pas|plus) "
                 r"avec (moi|nous)\b", text):
        return False  # « j'ai un copain mais on vit pas ensemble »: no couple in the household
    if re.search(_COUPLE_NON, _SEUL_AUTRE.sub(" ", text)):
        if re.search(r"\b(pas en couple|plus en couple|celibataire|divorce|separe|veuve?|veuf|mon ex|ma ex)", text):
            return False
        if not re.search(_COUPLE_OUI, text):
            return False
    if re.search(_COUPLE_OUI, text):
        if proche and re.search(r"\b(mon mari|ma femme|mon conjoint|ma conjointe|mon compagnon|ma compagne)\b",
                                text) and not re.search(r"\b(son|sa) (mari|femme|epoux|epouse)\b|\b(ils|elles) "
                                                        r"sont (maries|en couple)\b", text):
            return None  # the speaker's spouse says nothing of the relative's couple
        return True
    if proche and re.search(r"\b(avec )?(son|sa) (mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne)\b",
                            text):
        return True
    if proche and re.search(r"\b(pour|de|a) (mes|nos) (parents|grands parents|beaux parents)\b", text):
        return True  # « j'écris pour mes parents »: the two of them, a couple (unless separated, read above)
    return None


def _grossesse(text: str) -> Optional[bool]:
    if re.search(r"\bpas enceinte\b|\bplus enceinte\b", text):
        return False
    # a teenage daughter's pregnancy in the household (« ma fille de 16 ans est enceinte, je suis seule avec elle »): not the
    # person's (a grown-up daughter's is the one the message is written for: « ma fille de 25 ans est enceinte et sans emploi »)
    text = re.sub(r"\b(ma|notre) (fille|niece|petite fille) de (1[0-7]|[5-9]) ans,? (qui )?(est|etait|est tombee|tombe) enceinte\b",
                  " ", text)
    if re.search(r"\b(enceinte|grossesse|(bebe|naissance|accouchement) prevue? (pour|en|le|dans|a|au)|(attends?|attendons|attendez) (un|1|des|mon|notre|le|la) "
                 # (« on attend notre 1er bébé pour mars »)
                 r"((1er|1ere|premier|premiere|2e|2eme|deuxieme|3e|3eme|troisieme|second|seconde|petit|futur) )?(bebes?|enfants?|jumeaux|"
                 r"premier|premiere|deuxieme|2eme|troisieme|3eme|quatrieme|4eme|second|seconde|1er|1ere)"
                 # (« non attendez, le premier titre c'était il y a 3 ans »: a wait, then something else first)
                 r"(?! (titre|rdv|rendez|versement|paiement|courrier|mois|jour|fois|salaire|virement|reponse|dossier|"
                 r"entretien|contrat|loyer|passage))|futur bebe|va naitre|naissance prevue|"
                 # « je vais être maman en septembre », « j'attends le 2e pour mars », « et j'attends le 4e »
                 r"(vais|va|allons|vas) etre (maman|mere|papa|parents?)|"
                 # « un deuxième en route », « bébé en route »
                 r"(un|une|le|notre|mon) (deuxieme|2e|2eme|troisieme|3e|3eme|autre|petit|bebe|second|seconde) en route|bebe en route|"
                 # a birth to come said by its month or its term (« j'accouche en mai », « terme en juin », « dpa le 3 »)
                 r"(?<!\bai )(?<!\ba )(?<!\bavons )(?<!\bavez )(?<!\bont )(?<!\bsuis )(?<!\best )(?<!\bdeja )"
                 r"(accoucher|accouche) (en|le|dans|fin|debut|mi|au mois)(?! dernier)|"
                 r"terme (prevu )?(en|le|pour|dans|fin|debut|mi)|dpa|"
                 # a child to come by the month it arrives (« pas encore, le premier arrive en mars », « le bébé arrive en juin »)
                 r"(le|notre|mon) (premier|1er|bebe|deuxieme|2e|2eme|troisieme|3e|3eme) (arrive|arrivera|doit arriver|naitra|"
                 r"est prevu) (en|pour|dans|fin|debut|mi|le|au mois) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
                 r"octobre|novembre|decembre|\d|quelques|deux|trois)|"
                 r"(attends?|attendons) (le|notre|un|mon) "
                 r"(2e|3e|4e|5e|2eme|3eme|4eme|5eme|deuxieme|troisieme|quatrieme|cinquieme)\b(?! (titre|versement|paiement|mois|rdv)))\b",
                 text):
        return True
    return None


_LOGEMENT = (
    ("etablissement", r"\b(ehpad|maison de retraite|residence (autonomie|seniors?|pour personnes agees|services|"
                      r"pour (personnes |adultes )?handicape\w*)|"
                      r"foyer logement|usld|foyer d accueil medicalise|maison d accueil specialisee|"
                      r"unite de soins de longue duree|foyer (pour|de) (personnes |adultes )?(handicape\w*|agees)|foyer de vie|"
                      r"foyer occupationnel|foyer d hebergement pour (adultes |personnes )?handicape\w*|"
                      # the foyer of a worker of an ESAT (établissement et service d'aide par le travail)
                      r"esat\b.*\bfoyer d hebergement|foyer d hebergement\b(?=.*\besat\b))\b"),
    ("sans_domicile", r"\b(a la rue|sdf|sans domicile|sans abri|sans (logement|logis|toit)|(pas|plus) de (logement|toit|domicile)(?! social)|dors? dehors|dormons dehors|"
                      # (outside some nights, « on dort chez des gens différents chaque semaine, parfois dehors »; not « à droite
                      # à gauche chez des potes », which the writers read as hosted)
                      r"parfois dehors|des fois dehors|certaines nuits dehors|souvent dehors|"
                      # (or some nights in a station, a car park: « on dort chez des gens ou parfois dans la gare »)
                      r"(parfois|des fois|certaines nuits|souvent) (dans|a) (la gare|le metro|un parc|le parc|un hall|le hall|"
                      r"un parking|le parking|les urgences)|"
                      # (« je n'ai ni logement ni ressources », « dehors » said alone)
                      r"(n ai|n avons|on n a|j ai) ni (logement|toit|domicile)|^dehors$|"
                      r"dans (ma|une|la|notre|sa|leur) voiture|(?<!perd )(?<!perdu )(?<!perdue )(?<!perdent )(?<!tombe )(?<!tombee )(?<!promene )"
                      r"(?<!marche )(?<!errer )(?<!erre )(?<!fugue )(?<!traine )(?<!trainent )(?<!trainer )dans la rue|squat|squatte|sous (une|la|ma|notre) tente|dans (une|ma) tente|"
                      r"(je suis|on est|nous sommes) dehors|"
                      r"campement|bidonville|sous un pont|(dormir|dort|dorment|vis|vit|vivons|vivre) dehors|"
                      # (a shelter only some nights: « je dors au 115 quand il y a de la place »)
                      r"(115|foyer|centre|hebergement d urgence) (\w+ ){0,2}quand (il y a|y a) (de la )?place)\b"),
    # A logement-foyer paid by a fee (redevance) that the housing aid covers: a young workers' hostel (FJT), a
    # résidence sociale, a students' residence (Crous); the contract has no value of its own for it, so a tenant.
    ("locataire", r"\b(foyer (de |des |pour )?jeunes? travailleu(r|rs|se|ses)|fjt|residence sociale|residence (du )?crous|"
                  # Adoma's residences and the migrant workers' hostels are résidences sociales
                  r"adoma|(foyer|residence) (de |des |pour )?travailleurs( migrants)?|ftm|"
                  r"residence (etudiante|universitaire)|cite u|cite universitaire|(au|a la|chambre|logement|studio) crous)\b"),
    ("hebergement_structure", r"\b(heberge(e|s|es)? (par|dans) (une|un|l|la|le) (association|structure|centre|foyer|"
                              # (not the place where something was said: « la mission locale, on m'en a parlé au foyer »)
                              r"croix rouge|emmaus|samu social|ase|aide sociale)|"
                              r"(?<!parle au )(?<!dit au )(?<!explique au )(?<!conseille au )(?<!appris au )(?<!entendu au )(?<!vu au )"
                              r"foyer|chrs|hotel social|centre d hebergement|a l hotel|hebergement d urgence|"
                              r"centre (provisoire )?d hebergement|cph|centre d accueil|"
                              # (not the line one calls or asks to call: « vous pouvez appeler le 115 pour moi ? »)
                              r"cada|huda|(?<!appele le )(?<!appeler le )(?<!appelle le )(?<!appelez le )(?<!appeller le )"
                              r"(?<!contacter le )(?<!joindre le )(?<!composer le )(?<!compose le )115|"
                              r"samu social|maison relais|pension de famille|centre maternel|maison maternelle|"
                              # (« centre pour réfugiés », « centre pour demandeurs d'asile »)
                              r"centre (pour|de|des) (refugiee?s|demandeurs d asile|migrants|sans abri)|"
                              r"hotel)\b"),
    ("heberge", r"\b(hebergee?s?|chez (mes|mon|ma|des|un|une|ma|notre|nos|quelqu un|une amie|un ami)\b|heberge par|"
                r"logee?s? chez|vis chez|vit chez|dors chez|dor chez|dort chez|logee?s? (gratuitement|gratuit|par)\b|"
                r"heberge(e|s)? gratuitement)"),
    # a caravan or a mobile home on a relative's land, nothing paid: housed by the family
    ("heberge", r"\b(caravane|mobil home|mobilhome|camping car|chalet)\b[\w ,]{0,40}?\b(sur|dans) (le|la) (terrain|jardin|cour|propriete) "
                r"(de|d) (ma|mon|mes|ses|sa|son|nos|notre)\b"),
    ("proprietaire", r"\b(je suis|on est|nous sommes|suis|il est|elle est|sont|est) (proprietaire|proprio)s?\b|"
                     # « la maison de la ferme, elle est à moi », « l'appartement est à nous »
                     r"\b(la maison|le logement|l appart|l appartement|la ferme|le pavillon)(( \w+){0,4}(,| \(|\()?)? ?(elle |il )?(est|sont) a "
                     r"(moi|nous|nous deux|lui|elle|eux)\b(?! (de|d) )|"
                     # (not « ma maison » alone: a house is rented too, « notre maison a été inondée » of tenants; the
                     # housing is asked; but one's own house lived in, « je vis seule dans ma maison », « une maison qui
                     # m'appartient », « j'ai ma maison »: of 102 such messages of the development sets, 101 were owners,
                     # one a house sold)
                     r"\b(je vis|j habite|on vit|on habite|nous vivons|nous habitons|je reste|on reste|nous restons|"
                     r"vit|vivent|habite|habitent|reste|restent)( seule?s?| toujours| encore| tout seule?| toute seule)?"
                     r" (dans|a) (ma|notre|sa|leur) (petite |vieille |propre |grande )?(maison|ferme|pavillon)\b|"
                     r"\b(maison|ferme|appartement|appart|pavillon|logement) qui (m|nous|lui|leur) appartient\b|"
                     r"\b(j ai|on a|nous avons) (ma|notre) (petite |propre )?maison\b|\bjuste (ma|notre) maison\b|"
                     r"\bj ai (achete|une maison a moi)\b|"
                     # (« maison à nous à Mauriac »; not one wished for, « un logement à moi », « une maison à nous »)
                     r"(?<!\bun )(?<!\bune )(?<!\bmon )(?<!\bnotre )\b(maison|appartement|appart|pavillon) a (moi|nous)\b(?! (de|d) )|"
                     # a home being bought on credit (« c'est une maison que j'achète, 700 de crédit par mois »)
                     r"\b(maison|appartement|appart|logement|pavillon|studio) (que|qu) (j|je|on|nous) (achete|achetons|rembourse|remboursons|"
                     r"paie|paye|payons)( a credit| encore)?\b(?=.*\b(credit|pret|emprunt|achete|achetons)\b)|"
                     # (« une maison que je rembourse »: a loan being paid back)
                     r"\b(maison|appartement|appart|logement|pavillon|studio) (que|qu) (je|j|on|nous) (rembourse|remboursons)\b|"
                     # (« une maison avec un crédit encore 10 ans »)
                     r"\b(maison|appartement|appart|pavillon) (avec|et) (un|le|notre|mon|son) (credit|pret|emprunt)\b(?! (conso|auto|voiture))|"
                     r"(?<!pas de )(?<!pas d )(?<!aucun )(?<!sans )(?<!plus de )(?<!plus d )"
                     r"\b(credit|pret|emprunt) (immobilier|de la maison|pour la maison|de l appartement|pour l appartement|maison|"
                     r"sur la maison)\b|"
                     # an inherited home (« la maison de mes parents, j'en ai hérité »)
                     r"\b(j en ai|j ai|on en a|nous en avons|il en a|elle en a) herite\b|\b(maison|appartement|appart|logement) "
                     r"(\w+ ){0,3}heritee?s?\b|\bherite (de )?(la|leur|sa|de la) maison\b|"
                     # (a list without commas too: « 67 ans retraite 780 euros par mois proprietaire d'une petite maison »)
                     r"(?:^|[,;.] ?|\bet |\b(?:par mois|ans|par an|veuve?|retraitee?) )(proprietaires?|proprios?) "
                     r"(d un|d une|de (mon|ma|notre|sa|son|leur|mes|la|l))\b|"
                     # (a list without its comma, « Hénin-Beaumont proprio de la maison mais crédit 600 par mois »)
                     r"(?<!\ble )(?<!\bla )(?<!\bmon )(?<!\bma )(?<!\bnotre )(?<!\bson )(?<!\bsa )(?<!\bleur )(?<!\bdu )(?<!\bau )"
                     r"(?<!\bdes )(?<!\bles )(?<!\bun )(?<!\bune )\b(proprietaires?|proprios?) (de|d) (la|notre|ma) (maison|appartement|appart)\b|"
                     r"(?:^|[,;:.] ?|\bet )(proprietaires?|proprios?) ?(?:$|[,;.!]|mais\b|avec (un|le|mon|notre) (credit|pret)\b)|"
                     r"\b(achete|acquis|fini de payer|fini de rembourser) (notre|mon|ma|un|une|leur|sa|son|la|le) "
                     r"(petite? )?(appartement|appart|maison|logement|pavillon|studio|f\d|t\d)\b|"
                     # the status with where or how (« propriétaires à Guéret », « on est à Châteauroux propriétaires »),
                     # never a landlord (« mon propriétaire à Lyon »)
                     r"(?:^|[,;:.] ?|\bet )(proprietaires?|proprios?) (a|au|aux|dans|en|depuis|avec|sur|de notre|de ma|de mon)\b|"
                     r"\b(on est|nous sommes|sommes)\b[^,.;]{0,30} (proprietaires|proprios)\b|"
                     # a home loan being repaid, a purchase (« on rembourse un crédit immobilier », « on a acheté il y a 5 ans »)
                     # (not one denied: « pas de crédit immobilier, on est locataires »)
                     r"(?<!pas de )(?<!pas d )(?<!aucun )(?<!sans )(?<!plus de )(?<!plus d )\b(credit|pret|emprunt) (immobilier|immo)\b|"
                     r"\b(on a|nous avons) achete\b|"
                     # (« maison achetée à crédit »)
                     r"\b(maison|appartement|appart|logement|pavillon|studio) achetee? (a credit|avec un (credit|pret))\b"),
    ("locataire", r"\b(locataires?|je loue|on loue|nous louons|il loue|elle loue|en location|hlm|logement social|"
                  r"office public|colocation|coloc|colloc|sous locataire|sous location|"
                  # the home said rented (« on vit à Laval en maison louée 750 € »)
                  r"(maison|appartement|appart|studio|logement|pavillon|t\d|f\d) (que (je|nous|on) )?(loue|louee|louons)s?)\b"),
)


# "pas de loyer": no rent paid, so no tenant whatever else is said
_SANS_LOYER = re.compile(r"\b(pas de loyer|aucun loyer|sans loyer)\b")


def _chez_un_proche(text: str) -> bool:
    """« je vis chez elle » after naming one's mother, a friend: hosted by her."""
    return bool(re.search(r"\b(vis|vit|vivons|dors|loge) chez (lui|elle|eux)\b", text) and
                re.search(rf"\b(ma|mon|mes) ({_PROCHE}|amie?|copine|copain|pote|potes|tante|oncle)\b", text))


def _logement(text: str, proche: bool = False, requested: Optional[str] = None) -> Optional[str]:
    # the person corrects themself (« je vis chez ma fille, enfin non depuis janvier j'ai mon appartement en location »):
    # the home said after it, when it says one
    reprise = re.search(r"\b(enfin non|non en fait|non pardon|je veux dire|ou plutot)\b,?", text)
    if reprise and reprise.start() > 0:
        apres = _logement(text[reprise.end():], proche, requested)
        if apres is not None:
            return apres
    # "apprenti chez un boulanger", "logé par mon employeur": a workplace or a job's housing, not a host
    text = re.sub(r"\b(apprentissage|apprentie?|alternance|stage|stagiaire|travaille|bosse|employee?|contrat|cdi|cdd|menages?) "
                  r"chez\b", " ", text)
    text = re.sub(r"\blogee?s? (gratuitement )?par (mon|son|leur|notre|l|un) (employeur|patron|entreprise|travail)\b", " ",
                  text)
    # a job at a hotel (« femme de chambre à l'hôtel », « je travaille dans un hôtel »): a workplace, not a shelter
    text = re.sub(r"\b(femme de chambre|valet de chambre|receptionniste|travaille|bosse|employee?|serveu(r|se)|plongeu(r|se)|"
                  r"cuisinier|cuisiniere|veilleur|veilleuse)( \w+){0,2} (a l|dans un|dans l|d un) hotel\b", " ", text)
    # ... and in a care home (« jbosse à mi-temps comme aide-soignante en EHPAD »): a workplace, not where one lives
    text = re.sub(rf"\b({_METIERS}|travaille|jtravaille|bosse|jbosse|taffe|employee?|infirmiere?|agent de service|ash)( \w+){{0,2}} "
                  r"(a l|au|en|dans un|dans une|dans l|d un|d une) (ehpad|maison de retraite|residence autonomie|foyer de vie|"
                  r"foyer d accueil medicalise|usld)\b", " ", text)
    # the partner's care home, the person at home (« mon mari est en ehpad depuis 6 mois et moi je reste seule à la maison »):
    # not where the person lives (the relative's own, when the message is for them: « ma mère est en EHPAD »)
    # (nor its price, said on its own: « l'ehpad coûte 2400 »)
    if not proche:
        text = re.sub(rf"\b(mon|ma) ({_CONJOINT}) (est|vit|vient d entrer|est entree?|est parti|est partie|a ete place|a ete placee) "
                      r"(a l|au|en|dans un|dans une|dans l) (ehpad|maison de retraite|usld|unite de soins|residence autonomie)\b", " ", text)
        text = re.sub(r"\b(l|la|son|sa) (ehpad|maison de retraite) (coute|revient a|nous coute|me coute|est a|fait|facture|demande)\b", " ", text)
    # a debt or a letter « chez mon bailleur »: the landlord's office, no host (« une dette de 2 300 € chez mon bailleur »)
    text = re.sub(r"\bchez (mon|le|notre|un|l|mes|leur|son) (bailleur|proprio|proprietaire|agence|office|syndic|huissier|notaire)\b",
                  " ", text)
    # the mail received at someone's (« le courrier arrive chez mon ex »): an address, no home
    text = re.sub(r"\b(courriers?|lettres?|colis|adresse|domicili\w*)( \w+){0,3} chez\b", " ", text)
    # a shelter left (« avant j'étais au CADA mais fini »), full or asked about
    text = _HEBERGEMENT_QUITTE.sub(" ", text)
    text = _HEBERGEMENT_EVOQUE.sub(" ", text)
    # a housing said before and taken back (« g dit locataire mais c pas à mon nom, je vis chez elle »)
    text = re.sub(r"\b(j ai dit|j avais dit|je vous ai dit|j ai mis|j ai repondu|j ai ecrit) (\w+ )?(locataire|proprietaire|"
                  r"hebergee?|en foyer)\b", " ", text)
    # a property owned and rented out (« propriétaire d'un studio que je loue 400 €, je vis chez mon frère »): where the person
    # lives says the housing, not the property
    text = _BIEN_MIS_EN_LOCATION.sub(" ", text)
    if requested in ("autres_ressources", "ressources"):
        # to the question of what the household receives, a rent one lets out (« 300 de loyer d'un appartement que je
        # loue ») says no housing
        text = re.sub(r"\b(?:loyers?|locations?) (?:\w+ ){0,4}que (?:je|j|on|nous) (?:loue|louons)\b|"
                      r"\b(?:je|on|nous) (?:loue|louons) (?:un|une|le|la) (?:garage|parking|box|place de parking|local|terrain|cave|"
                      r"studio|appartement|appart|maison|chambre)\b",
                      " ", text)
    # a child's or another's home at their own parent's (« 3 dont un qui vit chez sa mère »): not the person's housing
    if not proche:
        # (not « on vit chez sa mère », the couple at the partner's mother's)
        text = re.sub(r"(?<!\bje )(?<!\bj )(?<!\bon )(?<!\bnous )\b(vit|vivent|habite|habitent|reste|restent|dort|dorment) (\w+ )?"
                      r"chez (sa|son|ses|leur|leurs) (mere|pere|maman|"
                      r"papa|grand mere|grand pere|grands parents|mamie|papi)\b", " ", text)
    # "je squatte chez des potes": hosted by friends
    text = re.sub(r"\bsquatt?e?s? chez\b", "vis chez", text)
    # « sans logement, je dors chez des amis », « sans domicile, je dors au centre d'hébergement »: where the night is spent
    # says the housing better than the home lacking
    if re.search(r"\b(dors|dor|dort|dormons|suis hebergee?|sommes heberges|suis logee?|vis|vit|vivons|je suis|on est|nous sommes) (chez (des|un|une|mes|ma|mon|ses|sa|son) "
                 r"\w+|au (centre|foyer|chrs|115)|en (centre|foyer|chrs)|a l hotel|dans un (centre|foyer|hotel))\b", text):
        # (« on vit chez mes beaux-parents car on ne trouve pas de logement »: hosted, not without a home)
        text = re.sub(r"\bsans (domicile( fixe)?|logement|logis)\b|\b(ne )?trouve (pas|plus) de logement\b|\b(pas|plus) de logement\b",
                      " ", text)
    # « ils ont leur propre foyer », « chef de foyer », « les revenus du foyer »: a household, not a shelter
    text = re.sub(r"\b((leur|leurs|son|ses|sa|notre|nos|votre|mon|ma) (propre )?foyer|fonde (un|leur|son) foyer|"
                  r"chef de foyer|membres? du foyer|(revenus?|ressources) du foyer)\b", " ", text)
    # "foyer" of "mère au foyer" or "du foyer" is a household, not a shelter
    # ("je suis au foyer" answering "où vivez-vous ?" is a shelter; answering anything else, staying at home)
    text = re.sub(r"\b(femme|homme|mere|pere|parent) au foyer\b", " ", text) if requested == "logement" else \
        _AU_FOYER.sub(" ", text)
    # "je loue un garage": a place rented out or for something else than living
    text = re.sub(r"\b(je|on|nous|il|elle) (loue|louons|louent) (un|une|mon|ma|notre|son|sa|le|la) "
                  r"(garage|parking|place de parking|box|cave|terrain|local|voiture|chambre a)\b", " ", text)
    # A home for older people refused, feared or to come (« il ne veut pas aller en maison de retraite », « avant d'entrer
    # en EHPAD »): not where the person lives now
    text = re.sub(r"\b(aller|entrer|rentrer|partir|placer|placee?|mettre|envoyer|une place|admission|inscrire|inscription|"
                  r"visiter|eviter)( \w+){0,3}? (en|dans une|dans un|a l|au) (ehpad|maison de retraite|residence autonomie|"
                  r"residence seniors?|foyer logement)\b", " ", text)
    # Housing sought, or a landlord's name, is not housing held ("en attente d'un HLM", "l'office HLM").
    text = re.sub(r"\b(attente|demandes?|dossiers?|cherche|recherche|obtenir|avoir|trouver)( \w+){0,4}? "
                  r"(hlm|logement social|location|appartement|logement|maison a (moi|nous)|appart a (moi|nous))\b", " ", text)
    text = re.sub(r"\b(office|bailleur|organisme|agence|societe|gardien|gardienne) (\w+ )?(hlm|logement social)\b",
                  lambda m: m.group(0) if re.search(r"\b(logement|appartement|appart|studio|pavillon|maison|[tf]\d) "
                                                    r"(de |d |du )(l |la |le )?$", text[:m.start()]) else " ", text)
    # The relative (or the person asked about: "il vit chez moi") lives at the speaker's.
    sujet = r"(?<!\bje )(?<!\bj )(?<!\bon )(?<!\bnous )" if proche else r"(?:^|\b(?:il|elle|ils|elles|qui) )"
    if (proche or requested == "logement") and re.search(
            sujet + r"\b(vit|vivent|habite|habitent|loge|logent|dort|dorment|reste|restent)( \w+)? (chez|avec) (moi|nous)\b",
            text):
        return "heberge"
    if proche and requested == "logement" and re.match(r"\s*(il est |elle est |il vit |elle vit |il habite |elle habite )?"
                                                       r"(chez|avec) (moi|nous)\b", text):
        return "heberge"  # « chez nous, ses parents » answering where the relative lives
    for value, pattern in _LOGEMENT:
        if re.search(pattern, text):
            # (« viré de chez moi »: the home left, not the one lived in)
            if value == "heberge" and re.search(r"(?<!\bde )\b(chez (moi|nous|soi|lui|elle))\b", text) and \
                    not re.search(r"\bhebergee?", text) and not (not proche and _chez_un_proche(text)):
                continue
            if value == "heberge" and re.search(r"\b(locataires?|sous locataires?|en location|je loue|on loue|nous louons)"
                                                r"( \w+){0,5}? chez (un|une|le|la|l|mon|ma|notre) (particulier|bailleur|proprio|proprietaire|"
                                                r"office|agence|prive|hlm)", text) and not re.search(r"\bhebergee?", text):
                continue  # « locataire (d'un petit appartement) chez un particulier », « chez un bailleur social »
            if value == "heberge" and re.search(r"\b(sous (loue|louons|louer|location)|sous locataires?|je (lui |leur )?"
                                                r"(loue|paie un loyer|paye un loyer))\b", text) and \
                    not re.search(r"\bhebergee?", text):
                continue  # « je sous-loue une chambre chez une dame qui est locataire »: a sublet is a tenancy
            if value == "proprietaire" and re.search(r"\b(mon|ma|notre|le|la) (proprio|proprietaire)\b", text) \
                    and not re.search(r"\b(je suis|on est|nous sommes|suis) (proprietaire|proprio)", text):
                continue
            if value == "locataire" and _SANS_LOYER.search(text):
                continue
            if value == "hebergement_structure" and len(re.findall(r"\bfoyer\b", text)) == 1 and re.search(
                    r"\b(femme|homme|mere|pere) au foyer\b|\b(le|notre|mon|votre|du|son) foyer (touche|gagne|percoit|recoit|"
                    r"a |compte|est compose|fiscal)|\b(revenus?|ressources?|personnes?) du foyer\b|\bdu foyer\b|"
                    r"\bpour le foyer\b|\ble foyer\b", text) and not re.search(r"\b(dans|en|au) (un |le )?foyer\b", text):
                continue
            return value
    # The housing question answered with the word of a rental alone ("appart location", "en loc")
    if requested == "logement" and re.search(r"\b(location|loc|loue|louons|louer)\b", text) and \
            not _SANS_LOYER.search(text):
        return "locataire"
    return None


_LOCATAIRE_DEDUIT = re.compile(r"\b(mon|ma|notre|le|la) (proprio|proprietaire|bailleur|bailleuse|agence)\b|"
                               r"\b(mon|notre|son|le|de|du|mes|nos|les) loyers?\b")


def allocation_par_jour_au_mois(text: str) -> Optional[float]:
    """An unemployment allowance said by the day again after the month was asked (« 35 euros par jour »): France
    Travail pays it for every day of the month (francetravail.fr, « Comment est calculée l'allocation chômage ? »,
    checked 2026-12-06), so 30 days make its month; None for anything else than one daily amount."""
    norm = normaliser(text)
    jour = re.fullmatch(r"\D*?\b(\d+(?:\.\d+)?) ?(?:euros?|e|balles)? ?(?:nets? )?(?:par jour|la journee|journaliers?)\b\D*", norm)
    return float(round(float(jour.group(1)) * 30)) if jour and float(jour.group(1)) < 200 else None


def montant_approche(text: str, milieu: bool = False) -> Optional[float]:
    """The one approximate amount of an answer given again after « un seul montant, même approximatif ? »:
    « dans les 850 » is 850; with ``milieu`` (an income that varies), a range « entre 950 et 1050 selon les
    heures » its middle (1,000); None for several unrelated numbers, a minimum or maximum, an amount by the
    day, the year or gross."""
    norm = normaliser(text)
    nombres = re.findall(r"\b\d+(?:\.\d+)?\b", norm)
    fourchette = re.search(r"\b(?:entre )?(\d+(?:\.\d+)?) ?(?:euros? )?(?:et|a|ou) (\d+(?:\.\d+)?)\b", norm)
    if milieu and len(nombres) == 2 and fourchette and not re.search(r"\bplus de\b|\bmoins de\b|\bpar (jour|heure|an|semaine)\b|"
                                                        r"\bbrut", norm):
        bas, haut = float(fourchette.group(1)), float(fourchette.group(2))
        if 0 < bas < haut <= 2 * bas:
            return round((bas + haut) / 2)
    if len(nombres) != 1 or re.search(r"\b(entre|ou|a|et) \d|\d (a|ou|et) \d|\bplus de\b|\bmoins de\b|\bpar (jour|heure|an|semaine)\b|"
                                      r"\bbrut", norm):
        return None
    return float(nombres[0])


def lieu_d_autrui(text: str, proche: bool = False) -> bool:
    """Whether the place named in ``text`` is someone else's or a workplace: « mon fils vit à Lyon », « elle a
    un fils, il vit à Lyon », « je travaille à Lyon ». Writing for a relative, « elle habite à… » is theirs."""
    norm = normaliser(text)
    # (and a child named by rank, « le grand est étudiant à Rodez »)
    autrui = rf"((mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|le|la|les) (\w+ ){{0,2}}({_ENFANT}|{_PROCHE}|{_CONJOINT}|ex|" \
             r"frere|soeur|ami|amie|voisine?|cousine?|oncle|tante)|(le|la) (plus )?(grand|grande|petit|petite|cadet|cadette|jeune)|" \
             r"l (aine|ainee))"
    lieu = r"(vit|vivent|habite|habitent|est|sont|reside|resident|travaille|travaillent|partie?s?|demenage\w*|installee?s?)" \
           r"( \w+){0,2} (a|au|aux|en|sur|dans|vers)"
    pour_qui = proche_nomme(norm) if proche else None
    # (a status is no place: « ma femme est au chômage », « il est à la retraite »)
    for m in re.finditer(rf"\b{autrui}\b[^,.;!?]{{0,50}}?\b{lieu}\b(?! (?:chomage|rsa|smic|aah|foyer|la retraite|retraite|"
                         rf"la maison|travail|boulot|taf|interim|mi temps|temps partiel)\b)", norm):
        # writing for a relative, that relative's place is theirs (« c'est pour mon papa, il vit seul à Saint-Pierre »)
        nom = re.match(rf"\w+ (?:\w+ ){{0,2}}?({_UN_PROCHE_RE})\b", m.group(0))
        if pour_qui and nom and _UN_PROCHE.get(nom.group(1)) == pour_qui:
            continue
        return True
    if proche and re.search(r"\b(moi,? (je |j )?|(?<!\bsi )(je|j) )(\w+ )?(vis|habite|suis|travaille|bosse)( \w+){0,2} "
                            r"(a|au|aux|en|sur|dans|vers)\b(?! (?:la retraite|retraite|chomage|rsa|mi temps|temps partiel|"
                            r"l hopital|la maison de retraite)\b)", norm):
        # writing for a relative, « moi j'habite à Bordeaux », « je suis à Paris et je ne peux pas venir souvent »: the
        # writer's town, not the relative's
        return True
    if re.search(r"\b((je|j|on|nous) (travaille|travaillons|bosse|bossons)|apprentie?|"
                 r"stagiaire|en (bts|formation|alternance|stage|cap|bac pro))"
                 # « je travaille à mi-temps », « en CDI », « à domicile »: how, not where
                 r"( \w+){0,3} (a|au|en|sur|dans)\b(?! (mi temps|temps partiel|temps plein|plein temps|domicile|la maison|"
                 r"mon compte|son compte|l heure|la journee|la chaine|l usine|cdi|cdd|interim|equipe|nuit|journee|horaires|"
                 r"contrat|alternance|apprentissage|ce moment|partie|noir)\b)", norm) and \
            not re.search(r"\b(j|je|on|nous) (habite|habitons|vis|vivons)\b", norm):
        return True
    # « il vit à Lyon » after naming a child or a relative: theirs (writing for a relative, « il »/« elle » is them
    # unless a child or another relative was named)
    # (a status is no place: « on vit chez ma mère à Amiens avec mon copain, il est en apprentissage »)
    return bool(re.search(rf"\b({_ENFANT}|{_PROCHE}|frere|soeur)\b", norm) and re.search(
        rf"\b(il|ils|elle|elles) {lieu}\b(?! {_STATUT_EN})", norm) and
        not (proche and not re.search(rf"\b{_ENFANT}|frere|soeur\b", norm)))


# What one is « en » that is no place (« il est en apprentissage », « elle est en arrêt »).
_STATUT_EN = r"(apprentissage|alternance|formation|stage|cdi|cdd|interim|arret|retraite|invalidite|maladie|couple|" \
             r"creche|maternelle|primaire|seconde|premiere|terminale|cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e|bts|licence|master|" \
             r"fac|galere|difficulte|colere|forme|bonne sante|mauvaise sante|vacances|conge|garde alternee|situation)\b"


def logement_deduit(text: str, facts: Optional[dict[str, Any]] = None) -> Optional[str]:
    """What the words imply without saying it: a landlord, a rent of one's own or rent arrears (in the
    message's ``facts``) make a tenant. The dialogue keeps it when the housing is not known otherwise."""
    norm = normaliser(text)
    facts = facts or {}
    montant = any(est_nombre(facts.get(f)) and facts[f] > 0
                  for f in ("loyer", "dette_loyer"))
    if montant or _LOCATAIRE_DEDUIT.search(norm) and not _SANS_LOYER.search(norm) and not _loyer_recu_seulement(norm):
        return "locataire"
    return None


# Job nouns of employees: they say the activity "salarie" and, just before an amount, cue earned income
# ("agent d'entretien, 1350 €", "fonctionnaire 2200 €").
_METIERS = r"(?:aide soignante?|caissiere?|serveu(?:r|se)|vendeu(?:r|se)|agent d entretien|auxiliaire de vie|ouvriere?|" \
           r"fonctionnaire|infirmiere?|chauffeur(?! vtc| uber)(?: routier)?|livreu(?:r|se)(?! (?:a velo |en scooter |a scooter )?(?:uber|deliveroo|stuart))|magasiniere?|manutentionnaire|cuisiniere?|" \
           r"assistante? maternelle|femme de chambre|technicien(?:ne)? de surface|plongeu(?:r|se)|" \
           r"preparat(?:eur|rice) de commandes|cariste|ash|atsem|aesh|animat(?:eur|rice)|educat(?:eur|rice)|" \
           r"secretaire|comptable|(?<!\ba )(?<!\bde )(?<!\bvers )macon|electricien(?:ne)?|boulangere?|bouchere?|coiffeu(?:r|se)|mecanicien(?:ne)?|" \
           r"jardiniere?|routiere?|facteur|factrice|brancardiere?|gardien(?:ne)?|concierge|surveillante?|professeure?|" \
           r"prof(?: contractuel(?:le)?| des ecoles| de (?:maths|francais|sport|musique|lycee|college))?|" \
           r"enseignante?(?: contractuel(?:le)?)?|militaire|policiere?|soudeu(?:r|se)|peintre en batiment|" \
           r"interimaire|intermittente? du spectacle|femme de menage|homme de menage|agente? de menage|aide menagere|" \
           r"agente? de service|agente? polyvalente?|auxiliaire de puericulture|auxiliaire puericultrice|agente? de securite|" \
           r"ambulanciere?|hotesse de caisse|magasinier|aide a domicile|manoeuvre|moniteur de ski|monitrice de ski|commis de cuisine|" \
           r"employee? de (?:maison|libre service|commerce|bureau))"

# Looking for work without being registered (« je cherche du travail mais je suis inscrit nulle part », « nul part »)
_PAS_INSCRIT = r"(pas|plus|jamais) inscrite? (a|au|chez|nul(le)? part)|inscrite? nul(le)? part"
_ACTIVITE = (
    ("retraite", r"\b((je suis|suis|est|sommes|sont|etes|il est|elle est) (a la )?retraitee?s?|a la retraite|couple de retraitee?s|"
                 # "propriétaire, 61 ans, retraité": the status standing alone between commas
                 r"(?<=[,;.] )retraitee?s?(?= ?(?:[,;.!]|$))|"
                 # (or before the age, « retraitée 68 ans Nevers », at the start of a sentence or the message)
                 r"(?:^|(?<=[,;.] ))retraitee?s?,? (?=\d{2} ans\b)|"
                 r"(?<!pars )(?<!partir )(?<!partirai )(?<!partira )(?<!part )(?<!partirons )en retraite|retraitee?s? (depuis|de la|du)|"
                 r"jeune retraitee?|"
                 # the pension of a trade (« une petite retraite d'agricultrice », « ma retraite de fonctionnaire »)
                 r"(ma|une|mon|notre|petite) retraite (d|de) (agricult\w+|ouvri\w+|artisan\w*|commercant\w*|exploitant\w*|"
                 r"fonctionnaire|salariee?|cadre|enseignant\w*|infirmi\w+)|"
                 # the trade one retired from (« je suis agricultrice retraitée », « ancien maçon retraité »)
                 r"(je suis|suis|sommes|ancienne?) (\w+ ){1,2}retraitee?s?(?! (de|d|du|des) (mon|ma|mes|son|sa|ses))|"
                 # « Bonjour, retraitée de 68 ans », « retraité de 70 ans, je vis… »
                 r"retraitee?s? (de|d) (\d{2,3}|soixante|septante|quatre vingts?) ans|"
                 r"^(bonjour|bonsoir|bjr|slt|salut)?,? ?retraitee?s?(?= ?[,;.!])|"
                 # « je viens de prendre ma retraite », « j'ai pris ma retraite en mars »
                 r"(je viens de|viens de|j ai|ai|on a|nous avons|vient de) (prendre|pris) (ma|notre|sa) retraite|"
                 # pensions of one's own (« on a des petites retraites »), not a survivor's one
                 r"(on a|j ai|nous avons|on touche|je touche|nous touchons) (des|une|nos|ma|mes|notre) (toute )?(petites? |"
                 r"maigres? )?retraites?(?! (de|d) (reversion|mon|ma|son|sa))"
                 r")\b|^retraitee?s?$"),
    # (a « contrat pro », of professionalisation, is a wage earner's contract, not an apprenticeship: Code du travail L6325-5;
    # the alternance named with it is that contract)
    ("apprenti", r"\b(apprentie?s?|en apprentissage|contrat d apprentissage|"
                 r"(alternance|alternante?)(?![^.;!?]*\bcontrat (pro|professionnel|de professionnalisation)\b))\b"),
    ("etudiant", r"\b(etudiante?s?|a la fac|en fac|universite|en master|en licence|en bts|lyceen(ne)?|en terminale|"
                 r"(je suis|suis|jsuis) (encore |toujours )?au lycee(?! (\w+ ){0,3}(comme|en tant qu|prof|professeure?|"
                 r"surveillante?|agent|enseignante?|cpe|aed|aesh|cuisine|cantine))|"
                 r"(je suis|suis) en (\d+(e|eme|ere)|premiere|deuxieme|troisieme|derniere) annee|"
                 r"annee de (fac|licence|master|bts|but|iut|medecine|droit|prepa)|je fais (des|mes) etudes|"
                 # a degree under way (« je fais un master à Toulouse », « je prépare un BTS »)
                 r"(je fais|je suis en train de faire|je prepare|je passe) (un|une|mon|ma) (master|licence|bts|but|dut|doctorat|"
                 r"these|prepa))\b"),
    ("demandeur_emploi", r"\b((suis|est|sommes|sont|etes|me retrouve|mis|mise) (au|en) chomage|au chomage|chomeur|"
                         r"^chomage$|"
                         r"chomeuse|demandeu(r|se) d emploi|inscrite? (a |au )?(france travail|pole emploi)|"
                         # (« moi je suis à France Travail », « jsuis à pôle emploi »: registered, said short)
                         r"(je suis|jsuis|j suis) (a|au|chez) (france travail|pole emploi)|"
                         # a training of France Travail: a registered jobseeker (« en formation France Travail »)
                         r"(en |une )formation (\w+ ){0,2}(france travail|pole emploi|ft|financee par)|"
                         r"licenciee?|perdu mon (travail|emploi|boulot|job)|(viens|vient) de perdre mon (travail|emploi|boulot|job)|(mon|ma) (contrat|cdd|mission) (s est |est )?"
                         r"(termine|terminee|fini|finie|arrete|arretee)|fin de (mon |ma )?(contrat|droits|cdd|"
                         r"mission|interim)|(cherche|recherche|a la recherche) (d un |d |du |un )?(travail|emploi|boulot|job)|"
                         # « sans emploi là, je cherche un truc pour l'intersaison »: looking for work
                         r"je cherche(?= *(,|\.|!|$| un truc| quelque chose| du taf| un taf| des missions| un contrat| un job)))\b"),
    # (« je voudrais être indépendante », « vivre indépendant »: to live on one's own, not a trade)
    ("independant", r"\b((?<!etre )(?<!devenir )(?<!vivre )(?<!plus )(?<!rester )independante?(?! (de|financierement|dans|chez)\b)|(auto|micro) ?entrepreneu(r|se)|(en |une )(auto|micro) ?entreprise|freelance|artisan|"
                    r"liberale?|en liberal|artiste auteur|"
                    # (one's own business, not the employer: « mon entreprise est à 30 km » of an apprentice)
                    r"commercante?|a mon compte|(j ai|je gere|je dirige|on a|nous avons|cree|cree mon|monte|lance|mon auto|ma micro|"
                    r"ma propre|mon propre) (mon |ma |une |notre |sa )?(petite )?(propre )?(entreprise|societe|boite|commerce)|"
                    # (not the trade a pension is paid for: « une petite retraite d'agricultrice »)
                    r"(?<!retraite d )(?<!retraites d )(?<!pension d )(?<!ancien )(?<!ancienne )(?<!anciens )agricult(eur|rice)s?|"
                    r"profession liberale|gerante?|exploitante?s? agricoles?|(?<!mon )(?<!ma )(?<!son )(?<!sa )cheff?e? d entreprise|"
                    # (the farm's kind, not the person's trade: « ouvrier dans une exploitation maraîchère en CDD »)
                    r"eleveu(r|se)s?|viticulteu(r|rs|rice)|(?<!exploitation )(?<!ferme )maraiche(r|rs|re)|chef d exploitation|"
                    # a farm of one's own (« on a une ferme, on élève des chèvres », « notre petite exploitation laitière »)
                    r"(j ai|on a|nous avons|je tiens|on tient|notre|ma|mon) (une |un |la |le )?(petite |grande )?(ferme|exploitation|"
                    r"elevage)|(j eleve|on eleve|nous elevons) (des|les|nos|mes) (vaches|chevres|moutons|brebis|cochons|porcs|"
                    r"poules|volailles|canards|chevaux|abeilles)|"
                    # platform drivers and riders work on their own account
                    r"chauffeur (vtc|uber)|vtc|livreu(r|se) (a velo |en scooter |a scooter )?(uber|deliveroo|stuart))\b"),
    ("sans_activite", r"\b(sans emploi|sans activite|sans travail|ne travaille pas|travaille pas|travaille plus|(ne )?bosse (pas|plus)|"
                      r"ne travaille plus|femme au foyer|homme au foyer|mere au foyer|pere au foyer|parent au foyer|"
                      # « mon mari est en CDI, moi je suis au foyer », « maintenant je suis au foyer avec mes jumeaux »: at
                      # home, not in a shelter (« je suis au foyer » alone may be one)
                      r"(moi,? je suis|moi,? je reste|je reste|maintenant je suis|je suis maintenant|moi,?) au foyer"
                      r"(?= *(,|\.|!|$|avec (mes|mon|ma|les|nos|notre) (enfants?|jumeaux|jumelles|bebes?|fils|filles?|petits?)))|"
                      r"pas de travail|pas de boulot|pas travail|pas boulot|pas de job|aucun travail|aucun emploi|"
                      r"(je|moi je) reste a la maison|"
                      # looking after one's own young child at home (« mon mari est en cdi, moi je garde le petit »)
                      r"(moi,? )?je garde (le petit|la petite|le bebe|mon fils|ma fille|mes enfants|nos enfants|les petits)(?= *(,|\.|!|$| a la maison))|"
                      # « j'ai arrêté de travailler pour m'occuper de ma mère », « plus rien depuis un an »
                      r"(j ai|j avais) (arrete|cesse|stoppe|quitte|fini|termine) (de travailler|de bosser|le travail|mon travail|mon emploi|"
                      r"mon boulot|mon cdd|mon cdi|mon contrat|ma mission|mon interim)|" +
                      _PAS_INSCRIT + "|" +
                      # « je fais rien en ce moment », « il fait rien »: no activity
                      r"(je|j|il|elle|on) (ne )?(fais|fait|faisons) rien(?= *(,|\.|!|$| la\b| en ce moment| pour l instant| pour le moment| de mes journees| de ses journees| depuis))|"
                      # « je cherche pas pour l'instant »: not looking for work
                      r"je (ne )?cherche (pas|plus)( (de |du )?(travail|emploi|boulot|taf|job))?(?= *(,|\.|!|$| pour l instant|"
                      r" pour le moment| en ce moment| encore))|"
                      # work left and nothing since, at the activity question (« plus rien, j'ai démissionné »)
                      r"^plus rien(?=.*\b(demissionne|travaille|bosse|boulot|taf|job|emploi|etais|contrat|licencie)\b)|"
                      r"(j ai|il a|elle a) demissionne|"
                      r"(m|s|nous) occup(e|er|ons) (de mes|des|de nos|de ses|de mon|de ma|de notre) "
                      r"(enfants|fils|filles?|bebe|petits|gamins|jumeaux))\b"),
    ("salarie", r"\b(salariee?s?|cdi|cdd|interim|je travaille|on travaille|il travaille|elle travaille|"
                r"temps partiel|temps plein|mon patron|mon employeur|contrat de travail|"
                r"contrat pro|contrat professionnel|contrat de professionnalisation|"
                # a contract kept through a sick leave (« en arrêt maladie longue durée, toujours en contrat »)
                r"(toujours|encore) (en|sous) contrat|"
                r"je bosse(?! (pas|plus|jamais|rien))|j bosse(?! (pas|plus|jamais|rien))|mi temps|menage chez|saisonniere?s?|"
                # « un petit contrat 20h »: a contract of hours is a job
                r"contrat (de )?\d+ ?(h|heures)|"
                r"(je fais|fait|faisons) (des|du) menages?|employee?|agent de|aide a domicile chez|"
                r"employee? (de|d|du|en|dans|a)|ouvriere? (de|d|du|en|dans|a|agricole)|"
                r"je travaille (comme|dans|en|a|au|chez)|travaille comme|(je|on) fais (des|les) extras|"
                r"(viens d etre|vient d etre|ai ete|a ete|suis) (embauchee?|recrutee?|engagee?)|"
                r"(je suis|on est|sommes|payee?s?) au smic|(2|deux) smic|"
                # « 35 ans, smic, célibataire »: the pay standing alone between commas
                r"(?<=[,;.] )(au )?smic(?= ?(?:[,;.!]|$))|"
                # « on est tous les deux au SMIC », « au smic tous les deux »
                r"(sommes|est|on est|nous sommes) tous (les )?(deux|2) au smic|au smic tous (les )?(deux|2)|"
                # paid by the hour, extras in a restaurant (« je suis payé 12 € de l'heure en extra »)
                r"(je suis|suis) payee?s? (\d+(\.\d+)? (euros? )?(net |nets |brut )?(de l heure|a l heure|l heure)|au smic|a l heure)|en extras?|"
                r"nous travaillons|(on|nous) (travaille|travaillons|bosse|bossons) tous les deux|et moi travaillons|"
                r"(je fais|fait) (quelques |des )?heures de menage|"
                # a home carer by trade, not home help needed (« moi 38 ans aide à domicile 1100 € », « je suis aide à domicile »)
                r"(je suis|moi,?( \d+ ans,?)?) aide a domicile|(?<!est )aide a domicile,? \d{3,}|"
                r"(j ai|on a|je viens de|on vient de) (signe un contrat|signer un contrat|trouve (du|un) (petit )?(travail|emploi|boulot|job)|"
                r"trouver (du|un) (petit )?(travail|emploi|boulot|job)|retrouve (du|un) (petit )?(travail|emploi|boulot|job)|"
                r"retrouver (du|un) (petit )?(travail|emploi|boulot|job))|(fais|fait|avec) (mes|les) menages|"
                # a subsidised job contract is a job (« j'ai un contrat aidé 20h à 900 »)
                r"contrats? aides?|contrat unique d insertion|parcours emploi competences?|"
                # (a trade one wishes to learn is none held: « je veux me former comme cariste »)
                r"(?<!former comme )(?<!formee comme )(?<!formation de )(?<!formation d )(?<!devenir )(?<!etre )" + _METIERS + r")\b"),
)


def _propos_d_autrui(text: str) -> list[tuple[int, int]]:
    """Spans about someone else than the speaker: a clause that starts with the spouse, a child or a
    relative ("mon conjoint est intérimaire"), and what follows them in a clause once they are the subject
    ("je vis en couple, ma copine est étudiante")."""
    spans: list[tuple[int, int]] = []
    for a, b in _clauses(text):
        clause = text[a:b]
        if spans and spans[-1][1] >= a - 2 and re.match(
                r"\s*(etudiante?s?|salariee?s?|apprentie?s?|lyceen\w*|collegien\w*|retraitee?s?|au chomage|en (formation|"
                r"apprentissage|alternance|interim|cdi|cdd)|(qui )?(vit|habite|travaille|bosse|est|etudie)\b)", clause):
            spans.append((a, b))  # « ma fille de 19 ans, étudiante, vit encore avec moi »: hers, said in apposition
            continue
        if re.match(rf"\s*(mon|ma) {_CONJOINT},? (et moi,? )?(on|nous)\b", clause) or \
                re.search(r"\bmoi,? et\s*$", text[max(0, a - 12):a]) and re.match(rf"\s*(mon|ma) {_CONJOINT}\b", clause):
            # "moi et ma femme on est à la retraite": the couple, the speaker included (not « mon fils vit avec moi et il est
            # étudiant », his studies)
            continue
        if re.match(rf"\s*((mon|ma|mes|notre|nos) ({_CONJOINT}|{_ENFANT}|{_PROCHE})|lui|il|elle|ils|elles|"
                    r"(le|la) (grand|grande|petit|petite|aine|ainee|cadet|cadette|plus grand|plus grande|plus jeune))\b", clause):
            spans.append((a, b))
            continue
        m = re.search(rf"\b(mon|ma|mes|notre|nos) ({_CONJOINT}|{_PROCHE}) (qui )?(est|sont|travaille|travaillent|bosse|"
                      r"fait|touche|gagne)\b", clause)
        if m:
            spans.append((a + m.start(), b))
    # a child's schooling after the child's age in a list (« 3 enfants 11, 14 et 19 ans étudiant à charge »): theirs, not
    # the speaker's (who said their job before: « je suis agriculteur »)
    if re.search(rf"\b{_ENFANT}\b", text):
        for m in re.finditer(r"\b\d{1,2} ans,? (etudiante?s?|lyceen\w*|collegien\w*|apprentie?s?|en (apprentissage|alternance))\b", text):
            if not re.search(r"\b(j ai|moi|j ai bientot|je viens d avoir|age de|agee? de)\s*$", text[max(0, m.start() - 20):m.start()]):
                spans.append((m.start(), m.end()))
    return spans


def _comme_le_conjoint_sans_travail(text: str) -> bool:
    """"mon mari travaille pas, moi non plus": the speaker does not work either."""
    return bool(re.search(rf"\b(mon|ma) {_CONJOINT} (ne )?(travaille|bosse) (pas|plus)\b,? (et )?moi non plus\b", text))


# A contract in the past, just before its name: « il avait un cdd trop court », « j'ai eu un cdi »
_CONTRAT_PASSE = re.compile(r"\b(avait|avais|avions|avaient|a eu|ai eu|avons eu|ont eu|finissait|terminait) (un |une |des |son |"
                            r"mon |sa )?(petit |petite |dernier |derniere )?$")


# After « au foyer », a shelter's name (« au foyer de jeunes travailleurs », « au foyer d'hébergement »): not staying at home.
_PAS_UN_FOYER_NOMME = r"(?! (de|des|d|du|pour|jeunes?|logement|fjt|d hebergement|d accueil|de vie)\b)"


# A trade of the past (``_activite``): who had it, then the trade, maybe in several words, and its contract.
_UN_METIER = rf"(?:{_METIERS}|des menages|menages|ouvriere?s?|salariee?s?)"
_METIER_PASSE = re.compile(
    rf"\b(?:avant |autrefois )?(?:j ai fait|j ai ete|ai ete|a ete|avons ete|ont ete|j etais|etais|etait|etions|etaient|a fait|"
    rf"avons fait|ont fait|j ai travaille|a travaille|j ai bosse|a bosse|ancien|ancienne|ex|autrefois)(?: un| une)?(?: \w+){{0,2}}? "
    rf"{_UN_METIER}(?: {_UN_METIER})*\b(?: (?:en|au) (?:interim|cdd|cdi|mission|missions|alternance|apprentissage|extra|saison|"
    rf"saisonniere?|contrat \w+))?\b")


# No job said (« je ne travaille pas », « sans emploi »), which tells no status; and the words that tell it (at home, not
# looking, busy with one's children, nothing at all).
_SANS_TRAVAIL = re.compile(r"\b(sans emploi|sans travail|(ne )?(travaille|bosse) (pas|plus)(?! (declaree?|au noir))|pas de (travail|boulot|job)|"
                           r"pas (travail|boulot)|aucun (travail|emploi)|j ai (pas|plus) d emploi|je n ai (pas|plus) d emploi)\b")
# The same said of oneself (or of the relative the situation is about): no pay from work.
_SANS_TRAVAIL_DE_SOI = re.compile(r"\b(je (ne |n )?(travaille|bosse) (pas|plus)(?! (declaree?|au noir))|j ai (pas|plus) de (travail|boulot|job|emploi)|"
                                  r"je n ai (pas|plus|aucun) (de |d )?(travail|boulot|job|emploi)|(je suis|suis) sans (emploi|travail)|"
                                  r"(^|, )(sans emploi|sans travail|pas (de )?(travail|boulot|job))(?= *(,|\.|;|$| depuis))|"
                                  # (neither studying nor working, « ni étude ni emploi »)
                                  r"\bni (etudes?|formation|ecole) ni (emploi|travail|boulot|job))")
# Neither of a couple working (« mon mari et moi on travaille pas », « on bosse pas tous les deux »): no pay in the household.
_SANS_TRAVAIL_DU_COUPLE = re.compile(
    rf"\b(?:(?:mon|ma) {_CONJOINT} et moi|moi et (?:mon|ma) {_CONJOINT}),? (?:on |nous )?(?:ne |n )?"
    r"(?:travaille|travaillons|bosse|bossons) (?:pas|plus|jamais)\b|"
    r"\b(?:on|nous) (?:ne |n )?(?:travaille|travaillons|bosse|bossons) (?:pas|plus|jamais) (?:tous |toutes )?(?:les )?(?:deux|2)\b|"
    r"\baucun de nous (?:deux|2) (?:ne |n )?(?:travaille|bosse)\b|\bni (?:lui|elle) ni moi (?:ne |n )?(?:travaill|boss)\w*\b")
# Living on benefits only (« je n'ai que le RSA », « jai que l'asf et les allocs »): no pay, for one who lives alone.
_QUE_DES_PRESTATIONS = re.compile(r"\b(j ai|je n ai|je touche|je ne touche|je vis|je ne vis) (que|seulement|juste|uniquement) "
                                  r"(de |du |d |des )?(l |le |la |les |mes |mon |ma )?"
                                  r"(rsa|asf|ass|aah|allocs?|allocations?|apl|aides?|minimas? sociaux|ada)\b")
_SANS_TRAVAIL_DU_PROCHE = re.compile(r"\b((il|elle) (ne |n )?(travaille|bosse) (pas|plus)|(il|elle) n a (pas|plus|aucun) (de |d )?"
                                     r"(travail|boulot|job|emploi)|(il|elle) est sans (emploi|travail))\b")
_SANS_ACTIVITE_DITE = re.compile(r"\b(sans activite|au foyer|reste a la maison|(fais|fait) rien|cherche (pas|plus)|"
                                 r"(m|s) occup(e|er) (de|des|du)|je garde|arrete (de travailler|de bosser)|demissionne|"
                                 r"(peux|peut) (pas|plus) travailler|arret maladie|malade|invalidite|handicap\w*|aah|"
                                 r"retraite|etudiante?|etudes|chomage|france travail|pole emploi|demandeu\w* d emploi|"
                                 r"inscrite? )\b")


def _activite(text: str, proche: bool = False, demandee: bool = False) -> Optional[str]:
    """The activity a message says; ``demandee``: the message answers the activity question."""
    # Another's status named with them (« en couple avec ma copine étudiante », « mon mari retraité ») is not the person's.
    text = re.sub(r"\b(ma|mon|sa|son) (copine|copain|compagne|compagnon|femme|mari|conjointe?|epouse?|epoux|fille|fils|soeur|"
                  r"frere|colocataire|coloc|mec|meuf|homme|jules|concubine?) (qui est |est )?(etudiante?|lyceenne?|apprentie?|retraitee?|salariee?|au chomage|"
                  r"demandeu(r|se) d emploi|independante?|auto entrepreneu(r|se))\b", " ", text)
    # (the partner named bare in a list, « 3 enfants, mari au chômage, moi je travaille à mi-temps »)
    text = re.sub(r"(?:^|(?<=[,;:.] )|(?<=[,;:.]))(mari|conjointe?|compagnon|compagne|epoux|epouse) (qui est |est )?(au chomage|"
                  r"demandeu(r|se) d emploi|retraitee?|salariee?|etudiante?|independante?|sans emploi|en cdi|en cdd|en interim)\b",
                  " ", text)
    # A trade of the past, in as many words as it takes, in the passé composé or the imperfect (« j'étais chauffeur livreur
    # mais j'ai démissionné », « j'ai fait des ménages », « il a été ouvrier agricole toute sa vie », « ancien maçon »): no
    # activity now
    text = _METIER_PASSE.sub(" ", text)
    if re.search(r"\b(je travaille|je bosse|jbosse)\b(?! (pas|plus|jamais)\b)", text):
        # caring for one's child beside a job (« je m'occupe de mon fils handicapé… je travaille à 80 % »): the job
        text = re.sub(r"\b(m|s|nous) occup(e|er|ons) (de mes|des|de nos|de ses|de mon|de ma|de notre) "
                      r"(enfants|fils|filles?|bebe|petits|gamins|jumeaux)\b", " ", text)
    if demandee and re.match(rf"\s*moi,? (je fais |je ne fais |je fais plus |)(plus rien|rien)( du tout)?\b(?=\s*([,;.]?\s*$|[,;.]?\s*(et )?(lui|elle|"
                             rf"(mon|ma) {_CONJOINT})\b))", text):
        return "sans_activite"  # « moi rien, lui intérimaire »: the person's own activity, the partner's after it
    # The status itself first, answering the activity question, whatever the story after it (« sans activité, licencié pour
    # inaptitude il y a 2 ans » was a jobseeker)
    if demandee and re.match(r"\W*(je suis |moi je suis |moi |suis )?sans activite\b", text):
        return "sans_activite"
    # At home, answering the activity question (« j'étais au foyer », « je reste au foyer »): no activity
    if demandee and re.match(r"\W*(non,? )?(je suis|j etais|je reste|je suis restee?|moi je suis|suis|reste|toujours) au foyer\b"
                             + _PAS_UN_FOYER_NOMME, text):
        return "sans_activite"
    # Help at home needed (« besoin d'aide à domicile », « une aide à domicile pour ma mère ») is no home carer's job
    text = re.sub(r"\b(besoins? (d |de |d une |de l )?|une |d une |l |de l |demander (une |de l )?|avoir (une |de l )?)"
                  r"(aide|aides) a domicile\b(?! (depuis|en cdi|en cdd|a temps|a mi temps|chez)\b)", " ", text)
    # A permit's kind ("titre de séjour salarié"), unemployment rights ("mes droits au chômage") name no activity.
    text = re.sub(r"\b(titre|carte) de sejour( mention)? (salariee?|travailleur|etudiante?)\b", " ", text)
    text = re.sub(r"\bdroits au chomage\b", " ", text)
    # A status to come (« en CDD jusqu'à fin juin, après je serai au chômage ») is not today's; undeclared work (« je fais des
    # ménages non déclarés », « je travaille au noir ») is no job the writers count
    text = re.sub(r"\b(apres |ensuite |bientot |et apres |puis )?(je serai|je vais etre|je vais me retrouver|on sera|il sera|elle sera) "
                  r"(au chomage|demandeu\w* d emploi|sans emploi|sans travail|a la retraite|en retraite)\b", " ", text)
    # (« je fais des ménages chez des gens, c'est pas déclaré »)
    text = re.sub(r"\b(je fais|je travaille|je bosse|travaille|bosse|menages?|boulots?|jobs?|travail)\b(?: \w+){0,3}? (au noir|non declaree?s?|"
                  r"pas declaree?s?|sans etre declaree?|sans contrat|au black)\b|"
                  r"\b(je fais|je travaille|je bosse|menages?|boulots?|jobs?|travail)\b(?: \w+){0,4},? c est (pas|jamais) declaree?s?\b",
                  " ", text)
    # A job sought is no job held (« je cherche un CDI dans la logistique », « à la recherche d'un CDD »)
    text = re.sub(r"\b(cherche|cherchons|recherche|recherchons|a la recherche d|veux|voudrais|espere)( \w+){0,2}? "
                  r"(un |une |du |d )?(cdi|cdd|interim|mission d interim|contrat)\b", " ", text)
    # A condition is not a fact: « s'il travaille en ESAT, garde-t-il son AAH ? », « si je reprends un travail »
    text = re.sub(r"\b(si|s) (je|j|il|elle|on|nous|ils|elles)\b[^,.;!?]*", " ", text)
    # A business closed ("mon entreprise a été liquidée") is no longer an activity.
    text = re.sub(r"\b(mon|ma|notre) (entreprise|societe|commerce|boutique|restaurant|magasin) (a ete |est )?"
                  r"(liquidee?|fermee?|en liquidation|en faillite|coulee?)\b", " ", text)
    # Not working "for now": maybe looking for work, maybe not; the bot asks (and takes it as the answer to its
    # question: « moi je travaille pas en ce moment »).
    if not demandee:
        text = re.sub(r"\b(ne travaille pas|travaille pas|pas de travail|sans emploi|pas d emploi|sans travail) "
                      r"(pour l instant|pour le moment|en ce moment|actuellement)\b", " ", text)
    if re.search(r"\bje suis au foyer\b(?= *(,|\.|!|$))", text) and re.search(
            r"\b(mon|ma) (mari|femme|conjointe?|compagnon|compagne|epoux|epouse)\b", text) and \
            not re.search(r"\b(dans|en) (un |le )?foyer\b|\bfoyer (d|de|pour)\b", text):
        return "sans_activite"  # « mon conjoint est intérimaire…, je suis au foyer »: at home, not in a shelter
    if demandee and re.match(r"\s*(je suis |suis |il est |elle est )?(a la )?retraitee?s?\b(?! (de|d|du|complementaire|pour|"
                             r"de base|\d))", text):
        return "retraite"  # « retraité, avant maçon » to the activity question: retired (the trade was before)
    # the job one trains or hopes for is no job yet (« en formation pour être aide-soignante »)
    text = re.sub(r"\b(pour (etre|devenir|travailler comme|bosser comme)|formation d|formation de|diplome d|diplome de|cap d|"
                  r"cap de|bts d|concours d|concours de) (une |un )?" + _METIERS + r"\b", " ", text)
    # work done once, in the past tense (« elle a fait 2 ou 3 missions d'intérim », « j'ai fait des saisons »): no job now
    text = re.sub(r"\b(ai|a|as|avait|avais|avons|ont) (deja )?(fait|eu|enchaine) (\w+ ){0,5}?(missions?|interim|cdd|extras?|stages?|"
                  r"saisons?|remplacements?|petits boulots|jobs?)\b(?:(?! (?:mais|et|puis|donc|alors|maintenant) )[^,.;!?])*", " ", text)
    # a permit's kind (« carte de séjour pluriannuelle salarié », « titre étudiant »): no activity said
    text = re.sub(r"\b(carte|titre|visa|recepisse)( de sejour| de resident)?( \w+){0,2} (mention )?(salariee?|travailleur temporaire|"
                  r"etudiante?|entrepreneur|profession liberale|vie privee et familiale|passeport talent)\b", " ", text)
    if proche:
        # the relative's own job lost: "il vient de perdre son emploi"
        text = re.sub(r"\b(perdu|perdre) (son|sa) (travail|emploi|boulot|job|place)\b", "perdu mon emploi", text)
    if not proche and re.search(r"(?:^|[,;:.] ?|\b(?:nos|les|avec|on a|nous avons|couple|pacses?|maries?),? )(?:2|deux) salaires\b", text):
        # « on est pacsés, 2 salaires 1450 et 1380 »: both of the couple work for a wage (over the 46 development sets, 13
        # messages more right, 4 wrong: writers who leave the activity out)
        return "salarie"
    if not proche and re.search(r"\bcouple de (?:2|deux) retraitee?s\b", text):
        return "retraite"  # « couple de 2 retraités »
    for value, pattern in _ACTIVITE:
        # "une chambre à un étudiant", "la fille du retraité": a status after an article is someone else's
        m = next((m for m in re.finditer(pattern, text) if not (
            re.search(r"\b(un|une|des|les|le|la|l|cet|cette|ces|son|sa|ses|leur|leurs|aux|du) $", text[:m.start()])
            and not re.search(r"\b(je suis|suis|j etais|etais|moi|comme|on est|sommes) (un|une|l|la|le) $", text[:m.start()])
            and not re.fullmatch(r"cdi|cdd|interim|mi temps|temps partiel|temps plein|alternance|apprentissage|"
                                 r"contrat.*|fin de .*|(mon|ma) (contrat|cdd|mission) .*", m.group(0))
            # a job noun after « mon », « ma »: someone of that trade (« mon éducatrice m'a dit de demander »)
            or re.fullmatch(_METIERS, m.group(0)) and re.search(r"\b(mon|ma|mes|notre|nos) $", text[:m.start()])
            # an activity denied or past: "pas encore à la retraite", "j'étais salarié"
            # (a denial before another verb is that verb's: « je travaille pas je suis à la retraite »)
            or re.search(r"\b(pas|plus|jamais|pas encore|toujours pas|pas du tout)( encore)? $|\b(j etais|etais|etait|"
                         r"ancien|ancienne|anciens|anciennes|ex|avant|autrefois|anciennement|auparavant) (un |une |j etais |"
                         r"je faisais |j ai ete )?$", text[:m.start()])
            and not (re.search(r"\b(travaille|bosse|taf|taffe)\w* (pas|plus) $", text[:m.start()]) and
                     re.match(r"(je suis|je|j|suis|on est|nous sommes)\b", m.group(0)))
            # a contract in the past: « il avait un cdd trop court », « j'ai eu un cdi »
            or re.fullmatch(r"cdi|cdd|interim", m.group(0)) and _CONTRAT_PASSE.search(text[:m.start()])
            # a contract told as over: « mon CDD était trop court », « mon cdi s'est terminé »
            or re.fullmatch(r"cdi|cdd|interim", m.group(0)) and re.match(
                r" (a |d |de )?(\w+ ){0,2}?(etait|a ete|a dure|n a dure|s est (fini|termine|arrete)|est (fini|termine)|a pris fin|"
                r"(n a|n ont) pas ete renouvelee?)\b", text[m.end():]))), None)
        if m:
            if value == "demandeur_emploi" and re.search(rf"\b({_PAS_INSCRIT})\b", text):
                continue  # looking for work, not registered as a jobseeker: without activity (read below)
            if value == "demandeur_emploi" and not demandee and all(
                    re.match(r"(je |j )?(cherche|recherche|a la recherche)", d.group(0)) for d in re.finditer(pattern, text)):
                # looking for work said in passing (« slt jcherche du taf »): registered at France Travail or not, the
                # activity is asked (the writers part: « rien, je cherche, inscrit nulle part » is without activity)
                continue
            if value == "demandeur_emploi" and re.search(r"\b(fin de droits|plus de chomage|pas de chomage)\b", text) \
                    and re.search(r"\b(travaille|cdi|cdd|salarie)", text) and not re.search(r"\bne travaille", text):
                continue
            return value
    if demandee and re.fullmatch(r"\s*(plus rien|rien|rien du tout|aucune|nada|que dalle|plus rien du tout)[\s,.;!]*", text):
        return "sans_activite"  # « plus rien » to the activity question (it was asked again, then taken as unknown)
    if demandee and re.match(r"\s*(plus rien|rien)( du tout)?\s*(depuis\b|,? ?(j etais|avant j etais)\b)", text):
        return "sans_activite"  # « plus rien depuis un an, j'étais vendeuse » to the activity question
    return None


_UE = ("allemand", "autrichien", "belge", "bulgare", "chypriote", "croate", "danois", "espagnol", "estonien",
       "finlandais", "grec", "hongrois", "irlandais", "italien", "letton", "lituanien", "luxembourgeois",
       "maltais", "neerlandais", "hollandais", "polonais", "portugais", "roumain", "slovaque", "slovene",
       "suedois", "tcheque", "suisse", "norvegien", "islandais", "europeen", "europeenne",
       # said in the person's own language (« sou portuguesa »)
       "portuguesa", "portugues", "espanola", "espanol", "italiana", "italiano", "romana", "polska", "polski")


# Nationalities of countries outside the European Union (and the EEA): they say the person needs a residence
# permit, not whether they have one (asked then: actions.situation, textes.NATIONALITE_TITRE).
_HORS_UE = ("algerien", "marocain", "tunisien", "senegalais", "malien", "ivoirien", "congolais", "camerounais",
            "guineen", "haitien", "comorien", "mauritanien", "burkinabe", "nigerien", "nigerian", "togolais",
            "beninois", "gabonais", "tchadien", "centrafricain", "malgache", "mauricien", "egyptien", "libyen",
            "soudanais", "erythreen", "ethiopien", "somalien", "djiboutien", "turc", "turque", "syrien", "irakien",
            "iranien", "afghan", "pakistanais", "bangladais", "indien", "sri lankais", "chinois", "vietnamien",
            "cambodgien", "laotien", "philippin", "thailandais", "russe", "ukrainien", "georgien", "armenien",
            "albanais", "kosovar", "serbe", "bosnien", "macedonien", "moldave", "bielorusse", "tchetchene",
            "americain", "canadien", "bresilien", "colombien", "peruvien", "venezuelien", "bolivien", "chilien",
            "argentin", "mexicain", "cubain", "dominicain", "capverdien", "cap verdien", "angolais", "rwandais",
            "burundais", "kenyan", "ghaneen", "liberien", "gambien", "sierra leonais",
            # the neighbours of the overseas départements (Guyane: Suriname, Guyana; the Antilles: Sainte-Lucie, Dominique)
            "surinamais", "surinamien", "guyanien", "saint lucien", "dominiquais", "jamaicain", "japonais", "coreen")
_HORS_UE_RE = re.compile(r"\b(" + "|".join(_HORS_UE) + r")(ne|e)?s?\b")


# The countries of the European Union and of the EEA (and Switzerland), for a person who says where they come from
# (« je viens de Roumanie »).
_PAYS_UE = ("allemagne", "autriche", "belgique", "bulgarie", "chypre", "croatie", "danemark", "espagne", "estonie",
            "finlande", "grece", "hongrie", "irlande", "italie", "lettonie", "lituanie", "luxembourg", "malte", "pays bas",
            "hollande", "pologne", "portugal", "roumanie", "slovaquie", "slovenie", "suede", "republique tcheque",
            "tchequie", "suisse", "norvege", "islande", "liechtenstein")
_VENIR_D_UN_PAYS_UE = re.compile(r"\b(je viens|jviens|on vient|nous venons|je suis originaire|on est originaires?|"
                                 r"nous sommes originaires) (de la |de l |du |des |de |d )(" + "|".join(_PAYS_UE) + r")\b")


# Their countries, for a nationality answered by the country ("guinée", "je viens du Mali").
_PAYS_HORS_UE = ("algerie", "maroc", "tunisie", "senegal", "mali", "cote d ivoire", "congo", "rdc", "cameroun",
                 "guinee", "haiti", "comores", "mauritanie", "burkina faso", "burkina", "nigeria", "togo", "benin",
                 "gabon", "tchad", "centrafrique", "madagascar", "egypte", "libye", "soudan", "erythree", "ethiopie",
                 "somalie", "djibouti", "turquie", "syrie", "irak", "iran", "afghanistan", "pakistan", "bangladesh",
                 "inde", "sri lanka", "chine", "vietnam", "cambodge", "laos", "philippines", "thailande", "russie",
                 "ukraine", "georgie", "armenie", "albanie", "kosovo", "serbie", "bosnie", "macedoine", "moldavie",
                 "bielorussie", "tchetchenie", "bresil", "colombie", "perou", "venezuela", "bolivie", "chili",
                 "argentine", "mexique", "cuba", "cap vert", "angola", "rwanda", "burundi", "kenya", "ghana",
                 "liberia", "gambie", "sierra leone", "suriname", "surinam", "guyana", "sainte lucie", "jamaique", "japon",
                 "coree")
_PAYS_HORS_UE_RE = re.compile(r"\b(" + "|".join(_PAYS_HORS_UE) + r")\b")

# Children said to live elsewhere, all of them: abroad, with their other parent (« ils sont au pays avec leur mère »).
_ENFANTS_AILLEURS = re.compile(r"\b(ils|elles) (sont|vivent|habitent|restent|sont restee?s) (tous |toutes )?(?:\w+ ){0,1}"
                               r"(au pays|a l etranger|la bas|chez leur (mere|pere|maman|papa)|avec leur (mere|pere|maman|papa)|"
                               r"(en|au|aux|a) (" + "|".join(_PAYS_HORS_UE) + r"))\b")


def nationalite_hors_ue(text: str) -> bool:
    """The message names a nationality from outside the European Union ("haïtienne", "je suis malien"), or
    its country when the nationality was asked ("guinée")."""
    norm = normaliser(text)
    return bool(_HORS_UE_RE.search(norm)) or bool(_PAYS_HORS_UE_RE.search(norm))


# Temping between two missions (« je fais de l'intérim mais là j'ai pas de mission »).
_INTERIM_SANS_MISSION = re.compile(r"\binterim\w*\b.*\b((pas|plus|aucune|sans) (de )?missions?|entre deux missions)\b|"
                                   r"\b((pas|plus|aucune|sans) (de )?missions?|entre deux missions)\b.*\binterim\w*\b")


def _titre_expire_non_renouvele(text: str) -> bool:
    """A permit expired and refused or not renewed, no receipt of a renewal (« mon titre de séjour a expiré et il a pas été
    renouvelé »; expired alone, « le mois dernier, j'attends le renouvellement », says nothing yet)."""
    return bool(re.search(r"\b(titre|carte)( de sejour| de resident)? (a |est )?(expire|perime|perimee|plus valable)\b", text)) and \
        bool(re.search(r"\b(pas ete renouvelee?|jamais ete renouvelee?|n a pas ete renouvelee?|refus\w* (de |du |le )?renouvellement|"
                       r"renouvellement (a ete |)refuse)\b", text)) and \
        not re.search(r"\b(recepisse|en cours de renouvellement|renouvellement en cours|attestation de prolongation)\b", text)


# Papers lacked in the past (« avant j'avais pas de papiers », « j'ai été sans papiers 5 ans »): no status of today.
_SANS_PAPIERS_AVANT = re.compile(
    r"\b(?:avant|auparavant|a l epoque|au debut|les premieres annees|pendant \d+ ans|quand je suis arrivee?)\b[^.;!?]{0,30}?"
    r"\b(?:j avais|j etais|je n avais|on avait|on etait|on n avait|nous etions)\b (?:\w+ ){0,2}?(?:pas de papiers?|sans papiers?|"
    r"pas de titre|sans titre|en situation irreguliere)\b|"
    r"\b(?:j ai ete|on a ete|nous avons ete|j etais|on etait|j ai vecu|j ai passe \d+ ans|je suis restee? \d+ ans)\b (?:\w+ ){0,2}?"
    r"(?:sans papiers?|en situation irreguliere|sans titre)\b(?! (?:depuis|encore|toujours|aujourd hui|maintenant))")


def _nationalite(text: str) -> Optional[str]:
    # (papers lacked once are no status of today: « le titre c'est depuis 2023 pas 2020, avant j'avais pas de papiers »
    # made a woman with a permit for 3 years undocumented, and proposed her the AME)
    text = _SANS_PAPIERS_AVANT.sub(lambda m: " " * len(m.group(0)), text)
    # The person French, said so, and a permit that is another's (« je suis français, marié à une marocaine qui n'a pas
    # encore de titre de séjour »): French
    if re.search(r"\b(je suis|jsuis|chui|moi je suis) (de nationalite )?francaise?\b", text) and \
            not re.search(r"\b(j ai|mon|ma|mes|je suis) (\w+ )?(titre|carte de sejour|carte de resident|recepisse|papiers|refugiee?|"
                          r"demandeu\w* d asile|naturalisee?)\b", text):
        return "francaise"
    if _titre_expire_non_renouvele(text):
        return "hors_ue_irregulier"
    # a European has no permit to have (« j'ai pas de titre, je suis européen »): a citizen of the Union
    if re.search(r"\b(je suis|jsuis|suis|on est|nous sommes) (" + "|".join(_UE) + r")(e|ne|se)?s?\b", text) and \
            not re.search(r"\b(oqtf|deboutee?)\b", text):
        return "ue"
    if _VENIR_D_UN_PAYS_UE.search(text) and not re.search(r"\b(oqtf|deboutee?|francaise?|naturalisee?)\b", text):
        return "ue"  # « je viens de Roumanie, je travaille dans le nettoyage »
    if re.search(r"\b(sans papiers?|pas de papiers?|(j ai|j ai toujours|je n ai|on a|on n a|nous n avons) (pas|plus|toujours pas) (les|mes|nos) "
                 r"papiers(?! (de|du|d|pour) )|sans titre|pas de titre|(situation|sejour|titre) irreguliere?|sous oqtf|"
                 r"oqtf|deboute(e)?|en situation irreguliere|"
                 # « je suis pas en règle pour les papiers », « mes papiers sont pas en règle »
                 r"(suis|sommes|est|sont|etre|pas) (pas |plus )?en regle (pour|avec|niveau|cote) (les|mes|nos|ses|des) papiers|"
                 r"papiers (sont |ne sont |)(pas|plus) en regle)\b", text):
        return "hors_ue_irregulier"
    if re.search(r"\b(titre de sejour|carte de sejour|titre sejour|carte sejour|carte de residente?|recepisse|refugiee?|"
                 r"certificat de residence|"
                 r"protection subsidiaire|protection temporaire|autorisation (provisoire )?de sejour|apatride|"
                 r"titre de resident|visa long sejour|carte de 10 ans|carte pluriannuelle)\b", text):
        return "hors_ue_regulier"
    if re.search(r"\b(a|ai|avons|ont|avec) (des|ses|mes|les|nos|leurs) papiers\b|\bpapiers en regle\b|"
                 r"\ben situation reguliere\b|"
                 # papers had since a time (« j'ai eu mes papiers il y a 3 ans »)
                 r"\b(j ai eu|il a eu|elle a eu|on a eu|j ai obtenu|j ai recu) (mes|ses|nos|les) papiers\b", text) and (
                    _HORS_UE_RE.search(text) or re.search(r"\b(en france depuis|j ai eu|j ai obtenu|j ai recu) ", text)):
        return "hors_ue_regulier"  # « il est malien et il a des papiers depuis longtemps »
    # French as a language ("elle parle mal français") or denied ("je suis pas française") is no nationality
    text = re.sub(r"\b(parle|parles|parlent|parler|lis|lit|lire|ecris|ecrit|ecrire|comprend|comprends|comprendre|"
                  r"apprend|apprends|apprendre|cours de)( \w+){0,2} francais\b|\b(pas|plus|non) francaise?\b|"
                  # a comparison (« on est européens, c'est pareil que les Français pour la CAF ? »)
                  r"\b(pareil|pareille|pareils|comme|meme chose|memes droits|autant|traite\w*) (que |qu )?(les |des |un |une )?francaise?s?\b",
                  " ", text)
    # A pension's country is no nationality: « retraite allemande de 900 € et française de 400 € »
    text = re.sub(r"\b(retraites?|pensions?|caisses?|regimes?|carsat|securite sociale|cotisations?|annees?|trimestres?)"
                  r"( \w+)? (francaise?s?|" + "|".join(_UE) + r")(e|ne|se)?s?\b(( de \d+( euros)?)? (et|ou) (une |la )?"
                  r"(francaise?s?|" + "|".join(_UE) + r")(e|ne|se)?s?\b)?", " ", text)
    # A dog's breed names a country, not a nationality: « un berger allemand », « un bouledogue français »
    text = re.sub(r"\b(berger|bouledogue|bulldog|braque|epagneul|dogue|levrier) \w+", " ", text)
    # a relative's nationality (« mon mari français ») is not the person's; the person's own, said, wins
    # (« je suis allemande, … pour suivre mon mari français »)
    text = re.sub(rf"\b(mon|ma|son|sa|notre|leur|mes|nos|le|la|un|une) ({_CONJOINT}|pere|mere|papa|maman|enfants?|fils|filles?|"
                  rf"{_HORS_DU_FOYER})"
                  r"( \w+)? (francaise?s?|" + "|".join(_UE) + r")(e|ne|se)?s?\b", " ", text)
    propre = re.search(r"\b(je suis|jsuis|suis) (francaise?|" + "|".join(_UE) + r")(e|ne|se)?s?\b", text)
    if propre:
        return "francaise" if propre.group(2).startswith("francais") else "ue"
    if re.search(r"\bfrancaise?s?\b|\bnationalite francaise\b|\bfranco \w+|\bdouble nationalite\b(?=.*\bfranc)", text):
        return "francaise"
    if re.search(r"\b(" + "|".join(_UE) + r")(e|ne|se)?s?\b", text):
        return "ue"
    return None


# The child named by their rank (« la grande », « le petit »), and those of them who are the eldest.
_QUI_PARMI_LES_ENFANTS = (r"le grand|la grande|l ainee?|le plus grand|la plus grande|le premier|la premiere|le petit|la petite|"
                          r"le plus petit|la plus petite|le dernier|la derniere|le bebe|le cadet|la cadette")
_L_AINE = frozenset({"le grand", "la grande", "l aine", "l ainee", "le plus grand", "la plus grande", "le premier", "la premiere"})
# The ages listed, then one of them said again after « non » (« 8, 12 et 15… non attendez, la grande a 16 ans », « 2 ans,
# 9 ans et 12 ans, non pardon la grande a eu 13 ans en mars »): the eldest
# or the youngest, by the word that names them.
_AGE_REDIT_APRES_UNE_LISTE = re.compile(
    # (the list answering the question, or after the children counted: « 3 enfants de 2, 4 et 6 ans, non pardon le grand a
    # 7 ans »)
    r"(?:^\W*|\b(?:enfants?|gamins?|petits?)\s*:?\s+(?:de |qui ont |ages de )?)"
    r"(?P<liste>\d{1,2}(?: ans?)?(?:(?:,| et|,? et) \d{1,2}(?: ans?)?)+)\W+(?:(?:ah|oh|euh|ha) )?(?:non|enfin|pardon|oups)\b(?: \w+){0,2}?,? "
    r"(?P<qui>" + _QUI_PARMI_LES_ENFANTS + r")(?: (?:il|elle))? (?:a|a eu|vient d avoir) (?P<age>\d{1,2}) ans\b")


def _un_age_corrige(lu: str) -> Optional[list[int]]:
    m = _AGE_REDIT_APRES_UNE_LISTE.search(lu)
    if not m:
        return None
    ages = [int(a) for a in re.findall(r"\d{1,2}", m.group("liste"))]
    if len(ages) < 2:
        return None
    ages[ages.index(max(ages) if m.group("qui") in _L_AINE else min(ages))] = int(m.group("age"))
    return sorted(ages)


# One child's age said again at the recap (« ah non le grand il a 17 pas 16 »), the children's ages known.
_AGE_D_UN_ENFANT = re.compile(r"\b(?P<qui>le grand|la grande|l ainee?|le plus grand|la plus grande|le petit|la petite|le plus petit|"
                              r"la plus petite|le dernier|la derniere|le cadet|la cadette|le bebe)(?: (?:il|elle))? (?:a|aura) "
                              r"(?P<age>\d{1,2})(?: ans| (?P<mois>mois))?(?: (?:pas|et pas|non pas) (?P<ancien>\d{1,2}))?\b")


def _age_d_un_enfant_corrige(lu: str, connus: Any) -> Optional[list[int]]:
    m = _AGE_D_UN_ENFANT.search(lu)
    if not m or not isinstance(connus, list) or len(connus) < 2 or not all(isinstance(a, int) for a in connus):
        return None
    ages = list(connus)
    ancien = int(m.group("ancien")) if m.group("ancien") else None
    cible = ancien if ancien in ages else (max(ages) if m.group("qui") in _L_AINE else min(ages))
    # (an age in months is the years it makes: « le petit il a 11 mois pas 1 an » is 0, it was 11 years)
    ages[ages.index(cible)] = int(m.group("age")) // 12 if m.group("mois") else int(m.group("age"))
    return sorted(ages)


_SE_REPREND = re.compile(r"\b(non,? (attends?|attendez|pardon)|en fait|je me suis trompee?|enfin non|je veux dire|plutot)\b")


# A conditional clause asked as a question, up to its question mark (« si je me pacse …, je perds mon AAH ? »); not
# « si j'ai bien compris ».
_SI_HYPOTHESE = re.compile(r"\bsi (?:je|j|on|nous|ma|mon)\b(?! (?:ai bien compris|comprends bien|me souviens|me rappelle|"
                           r"ne me trompe|me trompe pas))[^?.!;]{0,160}\?")


def _titre_sejour_annees(text: str, requested: Optional[str]) -> Optional[float]:
    # « ma carte depuis 2 ans.. non attendez, le premier titre c'était il y a 3 ans »: what follows the person's
    # correction of themself, when it gives a number
    reprises = list(_SE_REPREND.finditer(text))
    if reprises and re.search(r"\d", text[reprises[-1].end():]) and re.search(r"\d", text[:reprises[-1].start()]):
        suite = _titre_sejour_annees(text[reprises[-1].end():], requested)
        if suite is not None:
            return suite
    # "sans papiers depuis 2019": no permit, so no years of permit
    text = re.sub(r"\b(sans|pas de|plus de) (papiers?|titre|titre de sejour|carte de sejour)\b[^,.;!?]*", " ", text)
    # the years a rule asks for (« on m'a dit qu'il faut 5 ans de papiers pour la prime d'activité, c'est vrai ? »): no
    # years held
    # (nor those the person does not have: « on m'a dit RSA pas possible car pas 5 ans de papiers ? »)
    text = re.sub(r"\b(il faut|faut il|faut|il faudrait|faudrait|il fallait|exige\w*|demande\w*|minimum|au moins|condition de|"
                  r"pas|pas encore|meme pas|moins de) "
                  r"(\w+ ){0,2}\d{1,2} ?ans?\b[^,.;!?]*", " ", text)
    # « la carte de résident de 10 ans », « une carte de 10 ans »: the card's kind, not the years held
    sans_duree = re.sub(r"\b(carte|titre|certificat)( de resident| de sejour| de residence)? (de|d) (10|dix|4|quatre|2|deux) ans\b",
                        r"\1\2", text)
    # (the right to work the permit gives, as the question says it: « ça fait 7 ans que j'ai le droit de travailler »)
    # (a refugee's status is the permit it brings: « j'ai eu le statut de réfugié l'année dernière », « réfugiée depuis 3 ans »)
    titre = r"(titre|carte|recepisse|papiers|titre de sejour|carte de sejour|carte de resident|certificat de residence|" \
            r"(?:le )?droit de travailler|autorisation de travail|statut de refugiee?|refugiee?|protection subsidiaire)"
    # (« tunisien en situation régulière depuis 9 ans »)
    titre = titre[:-1] + r"|en situation reguliere|en regle)"
    recent = re.search(r"\b(demande|demandee|attente|dossier|rendez vous|rdv|refus\w*|depose\w*)\b[^,.;!?]{0,40}" + titre +
                       r"|" + titre + r"[^\d,.;!?]{0,40}?\b(depuis|il y a|d il y a) (\d{1,2}|quelques|deux|trois|un|1) "
                                      r"(mois|semaines?|jours?)\b", sans_duree)
    if recent and not recent.group(1):
        return 0.0  # « depuis 1 mois »: less than a year (a permit asked for is none yet)
    m = re.search(titre + r"\D{0,40}?\b(?:depuis|il y a|d il y a) (\d{1,2}|un) ?ans?\b", text) or \
        re.search(r"\b(\d{1,2}) ?ans (de|avec|que j ai|qu on a)\D{0,20}" + titre, text)
    if m:
        annees = m.group(2) if m.lastindex and m.group(2) and m.group(2).isdigit() or m.group(2) == "un" else m.group(1)
        return 1.0 if annees == "un" else float(annees)
    m = re.search(titre + r"\D{0,40}?\bdepuis (19|20)(\d{2})\b", text) or \
        re.search(titre + r"\D{0,80}?\b(?:c etait|c est|date|datait|obtenue?|eue?|recue?|delivree?) (?:de |d |en |le |au mois de )?"
                          r"(?:(?:\d{1,2} )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )?"
                          r"(?:de |d )?(19|20)(\d{2})\b", text) or \
        re.search(r"\b(?:eu|eue|obtenu|obtenue|recu|recue) (?:mon|ma|le|la|un|une) (?:tout )?(?:premier |premiere )?" + titre +
                  r"\D{0,40}?\ben (19|20)(\d{2})\b", text) or \
        re.search(titre, text) and re.search(r"\b(?:le|la|mon|ma) (?:tout )?(premier|premiere)\b(?: \w+){0,3}? (?:en|c etait en|date de|"
                                             r"datait de) (19|20)(\d{2})\b", text)
    if m:
        # (« mon tout premier titre qui autorise à travailler c'était en janvier 2021 », « j'ai eu mon premier titre de
        # séjour salarié en 2019 »: the years since)
        return float(max(0, date.today().year - int(m.group(2) + m.group(3))))
    if re.search(r"\b(?:eu|eue|obtenu|obtenue|recu|recue) (?:mon|ma|le|la|un|une) (?:tout )?(?:premier |premiere )?" + titre +
                 r"\D{0,40}?\b(?:l annee derniere|l an dernier|l an passe|l annee passee)\b", text):
        return 1.0  # (« j'ai eu le statut de réfugié l'année dernière »)
    if requested == "titre_sejour_annees":
        # months said (« depuis 18 mois »): the whole years in them
        m = re.search(r"\b(?:depuis |il y a |ca fait )?(\d{1,3}) ?mois\b", sans_duree)
        if m and not re.search(r"\b\d{1,2} ?ans?\b|\b(expire\w*|perime\w*|fini\w*|plus de (titre|papiers|carte))\b", sans_duree):
            return float(int(m.group(1)) // 12)
        m = re.search(r"\b(?:depuis )?(\d{1,2})(?: ?ans?)?\b", sans_duree)
        if m:
            return float(m.group(1))
        m = re.search(r"\b(19|20)(\d{2})\b", text)
        if m:
            return float(max(0, date.today().year - int(m.group(1) + m.group(2))))
        if re.search(r"\b(moins d (1|un) an|quelques mois|cette annee)\b", text):
            return 0.0
    return None


# A rent received (« je touche 450 € par mois du loyer d'un studio »): a landlord's income (an amount's cue, and below).
_TOUCHE_UN_LOYER = r"(touche|percois|recois|encaisse)\w* (\w+ ){0,4}?(du|des|de|d) loyers?\b"
# A rent received (« de loyers d'un petit studio que je loue », « je touche 450 € du loyer d'un studio »).
_LOYER_RECU = re.compile(r"\bloyers? (d un|d une|de mon|de ma|de mes|du|des) (\w+ )?(studio|appartement|appart|garage|maison|"
                         r"logement|local|chambre|parking|box|t1|t2|t3|terrain|gite)s?\b[^.;!?]*\bque (je|j|on|nous) (sous )?"
                         r"(loue|louons|mets|met)\b|\b" + _TOUCHE_UN_LOYER)


def _loyer_recu_seulement(norm: str) -> bool:
    """A rent received named (``_LOYER_RECU``) and no rent of one's own (« locataire », « mon loyer », « je paie »):
    a landlord's income, no tenant."""
    return bool(_LOYER_RECU.search(norm)) and \
        not re.search(r"\b(locataires?|hlm|mon loyer|notre loyer|je paie|je paye)\b", norm)


# A rate said as a bound (« avec moins de 80 % il peut avoir l'AAH ? », « plus de 50 % »): no rate, unless the bound is
# the top one (« au moins 80 % », « plus de 80 % »: the regime of 80 % and above).
_BORNE = r"(?:\b(?:moins de|en dessous de|en dessous des|inferieure? a|sous les|pas plus de) \d{1,2}\b|" \
         r"\b(?:plus de|au moins|au dessus de|au dessus des|superieure? a|depasse|minimum) [1-7]?\d\b(?! ?\d))"
# (with its unit in any message: « j'ai moins de 30 ans et un taux de 80 % » says 80 %; bare to the rate's question)
_TAUX_BORNE = re.compile(_BORNE + r" ?(?:pour cent|pourcents?|pour 100)")
_BORNE_SEULE = re.compile(_BORNE)


def _taux_dans_la_bande(lu: str) -> Optional[int]:
    """The one rate said beside its band (« entre 50 et 79, 60 sur le papier »), else None."""
    bande = re.search(r"\bentre (\d{1,2}) (?:pour cent )?et (\d{1,2})\b|\b(\d{1,2}) (?:pour cent )?(?:a|ou) (\d{1,2})\b", lu)
    if not bande:
        return None
    bas, haut = (int(bande.group(1)), int(bande.group(2))) if bande.group(1) else (int(bande.group(3)), int(bande.group(4)))
    # (right beside the band, not an age nor an amount: « 57 ans, taux entre 50 et 79 % » says no rate)
    autour = lu[max(0, bande.start() - 30):bande.start()] + " " + lu[bande.end():bande.end() + 30]
    dedans = {int(n.group(1)) for n in re.finditer(r"\b(\d{1,2})\b(?! ?(ans?|mois|euros?|e)\b)", autour)
              if bas < int(n.group(1)) < haut}
    # (a bound itself when said as a rate a little before: « 50 % je crois, la MDPH a mis entre 50 et 79 »)
    # (or bare, as a belief: « 50 je crois, c'est marqué entre 50 et 79 »)
    dedans |= {int(n.group(1)) for n in re.finditer(r"\b(\d{1,2}) (?:pour cent|je crois|je pense|il me semble)\b",
                                                    lu[max(0, bande.start() - 50):bande.start()])
               if bas <= int(n.group(1)) <= haut}
    return dedans.pop() if len(dedans) == 1 else None


# Words that take back what was just said (« non attendez », « j'ai confondu », « je me suis trompé »).
_CORRIGE = re.compile(r"\b(non|pardon|attendez|attends|je me suis trompee?|j ai confondu|je confonds|en fait|plutot|"
                      r"je voulais dire|erreur)\b")


def _handicap(text: str, requested: Optional[str], proche: bool = False) -> Optional[float]:
    if re.search(r"\b(pas|toujours pas) encore (de |d )?(taux|reconnaissance|decision|reponse)\b", text):
        return None  # « pas encore de taux, dossier MDPH en cours »: a rate to come, asked (it was the age after it)
    if re.search(r"\b(pas|aucun|sans) (de )?(handicap|taux)\b|\bpas handicapee?\b|\bpas reconnue?\b", text):
        return 0
    # a child's rate, the person's own denied (« mon fils oui il est à 80 % mais moi non »): none of the person's
    enfant = re.search(rf"\b(mon|ma|mes|notre|nos) ({_ENFANT})\b[^.;!?]{{0,40}}?\b{_NUM} ?(pour cent|pourcent)", text)
    # (or the rate without its sign: « c'est mon fils qui est handicapé à 80, pas moi »)
    if re.search(r"\b(mais )?(moi|pour moi) (non|pas|rien|aucun)\b|\bpas moi\b", text) and (enfant or re.search(
            rf"\b(mon|ma|mes|notre|nos) ({_ENFANT}|{_CONJOINT})\b[^.;!?]{{0,40}}?\b(handicapee?s?|invalides?|reconnue?s?|taux) "
            rf"(a|de) {_NUM}\b(?! ?(ans?|mois)\b)", text)):
        return 0
    if enfant and requested == "handicap_taux" and not re.search(r"\b(moi|j ai|je suis|mon taux)\b", text):
        return None
    # the rate said of a child named before it (« j'ai un enfant handicapé de 6 ans, il a un taux de 80 % »): the child's
    # (the allowance for a disabled child, not the adult's), not the person's
    enfant = enfant or re.search(rf"\b(un|une|1) ({_ENFANT})\b[^.;!?]{{0,60}}?\b{_NUM} ?(pour cent|pourcent)", text)
    if enfant and not proche and re.search(rf"\b(il|elle) (a|est)( \w+){{0,4}}? {_NUM} ?(pour cent|pourcent)|\b(son|sa) (taux|incapacite)\b",
                            text[enfant.start():]) and not re.search(r"\b(mon taux|moi aussi|moi meme|pour moi)\b", text):
        return None
    # a child's or the partner's rate told beside them (« mon fils handicapé de 14 ans (taux 80 %) », « ma femme est
    # handicapée à 80 % »), the person saying none of their own: theirs, not the person's
    autre = re.search(rf"\b(mon|ma|mes|notre|nos) ({_ENFANT}|{_CONJOINT})\b[^.;!?]{{0,40}}?\b{_NUM} ?(pour cent|pourcent)", text)
    if autre and not proche and requested != "handicap_taux" and not re.search(
            r"\b(mon taux|moi aussi|moi meme|pour moi|moi je suis|moi j ai|je suis (handicapee?|reconnue?|invalide)|"
            r"j ai (un taux|une rqth|l aah|un handicap)|moi,? (a |de )?\d+)\b", text):
        return None
    if re.search(r"\b(taux|incapacite)\D{0,25}\b(inferieure?|moins de|en dessous de|sous les)\b", text):
        return None  # "inférieur à 50": a band, not a rate
    # the figure the person settles on (« entre 50 et 79 %, disons 50 »)
    m = re.search(r"\b(disons|mettons|on va dire|on dira|je dirais|plutot) " + _NUM + r"\b", text)
    if m and (requested == "handicap_taux" or re.search(r"taux|incapacite|mdph", text)) and float(m.group(2)) <= 100:
        return float(m.group(2))
    taux_dits = list(re.finditer(r"\b" + _NUM + r" ?(pour cent|pourcent|pour 100|pourcents?)\b", text))
    m = taux_dits[0] if taux_dits else None
    if len(taux_dits) >= 2 and _CORRIGE.search(text, taux_dits[0].end(), taux_dits[-1].start()):
        m = taux_dits[-1]  # « 50 %... non attendez, j'ai confondu avec l'ancienne décision : la MDPH m'a reconnu 80 % »
    # (« reconnu à 80 % » beside a wheelchair or an accident: a rate the MDPH gave)
    # (and to the worker's recognition asked, « oui depuis 2019 et je suis à 50 % »: the MDPH's rate, not a part-time job)
    # (beside the disabled adult's allowance, « aah et apl, je suis à 80 % », the MDPH's rate too; not a time worked)
    aah = re.search(r"\b(aah|pch|allocation (aux )?adultes? handicapes?)\b", text) and \
        re.search(r"\b(je suis|suis|j ai|moi) (a |de )?" + _NUM + r" ?(pour cent|pourcent)", text) and \
        not re.search(r"\b(travaille|bosse|temps partiel|poste|contrat)( \w+){0,2} (a|de) " + _NUM + r" ?(pour cent|pourcent)", text)
    if m and (requested in ("handicap_taux", "rqth") or aah or
              re.search(r"taux|incapacite|handicap|mdph|invalidite|\b(reconnue?s?|invalides?) (a|de) \d", text)) and \
            not (requested == "rqth" and re.search(r"\b(travaille|bosse|temps partiel|mi temps|poste)\b", text)):
        return float(m.group(1))
    m = re.search(r"\b(taux|incapacite)\D{0,25}" + _NUM + r"(?! ?(ans?|mois)\b)", text)
    if m:
        return float(m.group(2))
    m = re.search(r"\b(plus de|au moins|superieur a) 80\b", text)
    if m and re.search(r"taux|incapacite|handicap|mdph", text):
        return 80.0
    return None


def _rqth(text: str) -> Optional[bool]:
    rqth = r"(rqth|reconnue? (comme )?travailleu(r|se) handicapee?|reconnaissance (de la )?qualite de travailleur " \
           r"handicape|statut de travailleur handicape)"
    if re.search(r"\b(pas|plus|aucune?|sans|ni) (de |la |d )?" + rqth, text) or \
            re.search(r"\bne suis pas " + rqth, text) or \
            re.search(r"\b" + rqth + r"\b[^.;!?]{0,20}\b(a expire|est expiree?|expiree?|perimee?|n est plus valable|a pris fin|"
                      r"est terminee?|est finie?)\b", text):
        # (« la rqth elle a expiré l'an dernier, je dois la refaire »: no longer recognised)
        return False
    if re.search(r"\b(demande|dossier)( de (la )?)?" + rqth + r"\b[^,.;!?]*\b(en cours|en attente|pas encore)\b|"
                 r"\b(attends|attente de|demande|demander|demandee?) (la |ma |une )?" + rqth, text):
        return None  # asked for, not yet recognised
    if re.search(r"\b(c est quoi|qu est ce que c est|qu est ce que|ca veut dire quoi|que veut dire|c quoi|kesako|"
                 r"je (ne )?sais pas ce que c est|connais pas(?! (mon|ma|son|sa|le|leur) (taux|pourcentage|numero|dossier)))\b", text):
        # (« reconnu travailleur handicapé mais je connais pas mon taux »: the rate unknown, not the word)
        return None  # « c'est quoi la RQTH ? »: a question about the word, no recognition said
    if re.search(r"\b" + rqth + r"\b", text):
        return True
    return None


# The agricultural social security scheme (MSA): a farming trade, farm work, a farm of one's own, the
# MSA named as one's own fund (Code rural et de la pêche maritime, art. L722-1: farmers and farm workers,
# forestry, landscaping, oyster farming, riding stables; their retirees).
_AGRICOLE = r"(agricult(eur|rice)s?|exploitante?s? agricoles?|(mon|ma|notre|son|sa|leur) (petite )?exploitation|" \
            r"(une|l|d une) (petite )?exploitation (agricole|viticole|laitiere|familiale|maraichere|arboricole|cerealiere)|" \
            r"(on a|j ai|nous avons|ils ont|il a|elle a) une (petite )?(exploitation|ferme)|" \
            r"chef(fe)?s? d exploitation|(salariee?|ouvriere?|travailleu(r|se)|employee?|saisonniere?)s? agricoles?|" \
            r"eleveu(r|se)s?|viticult(eur|rice)s?|vigneron(ne)?s?|maraich(er|ere)s?|arboricult(eur|rice)s?|" \
            r"cerealiers?|horticult(eur|rice)s?|apicult(eur|rice)s?|ostreicult(eur|rice)s?|conchylicult(eur|rice)s?|" \
            r"paysan(ne)?s?|bucheron(ne)?s?|(jardinier )?paysagistes?|palefreniere?s?|gaec|earl|" \
            r"vendanges?|vendangeu(r|se)s?|dans (les|des) (vignes|vergers|champs|serres)|" \
            r"(ma|notre|leur) (petite )?ferme|(proprietaires?|maison) de la ferme|(travaille|bosse|employee?|ouvriere?) " \
            r"(a|dans|sur) (une|la) ferme|retraites? agricoles?|retraitee?s? agricoles?|regime agricole|" \
            r"(\d+|toute (ma|sa|leur|notre) vie|des annees) (ans )?(a|dans|sur) (la|une) ferme|" \
            r"mutualite sociale agricole|msa|" \
            r"(travaille|travaillais|travaille toute ma vie|bosse|bossais|ouvriere?|coupeu(r|se)) (\w+ ){0,3}(dans|a) (la|les) " \
            r"(banane|bananes|bananeraie|bananeraies|canne|cannes|plantation|plantations)|coupeu(r|se)s? de canne|" \
            r"ouvriere?s? (de la |des )?(banane|bananeraies?|canne|plantations?))"


def _regime_agricole(text: str) -> Optional[bool]:
    """Whether the household is under the agricultural scheme, from its trade or its fund."""
    text = re.sub(r"\b(architecte|berger) (paysagiste|allemand)\b|\b(caf|cpam) ou (la |a la )?msa\b|"
                  r"\bmsa ou (la |a la )?(caf|cpam)\b|\bc est quoi (la )?msa\b|\b(la|une) ferme (la|ta|ta gueule)\b",
                  " ", text)
    # Someone else's trade: "fils d'agriculteur", "mes parents étaient agriculteurs", "le voisin éleveur".
    text = re.sub(r"\b(fils|fille|enfant|petite? fils|petite? fille|voisine?|amie?|frere|soeur|oncle|tante|cousine?|"
                  r"parents|pere|mere) (d|de|du|des|sont|etaient|etait|est|qui est) (un |une |des )?" + _AGRICOLE,
                  " ", text)
    if re.search(r"\b(ne suis pas|n est pas|ne sommes pas|pas|plus|jamais|ni)( de| d| un| une| a la| au)? "
                 + _AGRICOLE + r"\b", text) or re.search(r"\b" + _AGRICOLE + r"\b,? (non|pas du tout)\b", text):
        return False
    if re.search(r"\b" + _AGRICOLE + r"\b", text):
        return True
    return None


# International protection (docs/situation.md ``protection_internationale``): a refugee, subsidiary protection, stateless.
_PROTECTION = r"(statut de refugiee?s?|refugiee?s?( statutaire| politiques?)?|protection subsidiaire|apatrides?|" \
              r"(eu|obtenu|obtenue|accorde|accordee) (l asile|le statut|la protection)|asile (accorde|obtenu)|" \
              r"beneficiaires? de la protection)"


def _protection_internationale(text: str) -> Optional[bool]:
    """Whether the person is a refugee, under subsidiary protection or stateless. An asylum seeker is not (yet)."""
    # others: « un camp de réfugiés », « j'aide des réfugiés », « c'est quoi le statut de réfugié ? »
    text = re.sub(r"\b(des|les|aux|camp de|foyer de|centre de|association (de|d aide aux|pour les)) refugiee?s\b|"
                  r"\bc est quoi (le |la )?" + _PROTECTION, " ", text)
    if re.search(r"\b(pas|plus|jamais|ni|refuse|refusee|rejete|rejetee|deboutee?)( le| la| de| du| d| encore)? "
                 + _PROTECTION + r"\b", text) or re.search(r"\b" + _PROTECTION + r" (refuse|refusee|rejete|rejetee)\b",
                                                              text):
        return False
    if re.search(r"\b" + _PROTECTION + r"\b", text):
        return True
    # (a reception centre for asylum seekers left, « avant j'étais au CADA mais fini »: no asylum seeker now)
    text = _HEBERGEMENT_QUITTE.sub(" ", text)
    if re.search(r"\b(demandeu(r|se)s? d asile|demande d asile|en attente (de l ofpra|de la cnda|de l asile)|cada|huda)\b",
                 text):
        return False
    return None


# A shelter left (« avant j'étais au CADA mais fini », « j'ai dû quitter le CADA »): no longer where the person is.
_HEBERGEMENT_QUITTE = re.compile(r"\b(avant |avant ca )?(j etais|on etait|nous etions|j ai ete) (au|en|dans un|dans une|a l) "
                                 r"(cada|huda|chrs|foyer|centre|hotel|115|cph)\b(?=[^.;!?]*\b(fini|termine|plus|avant|sortie?s?)\b)|"
                                 r"\b(avant |avant ca )?(j etais|on etait) (au|en|dans un|dans une|a l) (cada|huda|chrs|foyer|centre|"
                                 r"hotel|cph)\b(?= mais)|"
                                 r"\b(quitte|quitter|sorti|sortie|sortir|sors|sort|parti|partie|vire|viree|expulse|expulsee) (du |de l |le |la |"
                                 r"de la |d un |d une )(cada|huda|chrs|foyer|centre|hotel|cph)\b")


# A shelter named as full or asked about (« les hôtels sociaux c'est toujours complet », « pas de place au 115 », « c'est quoi
# la différence entre le 115 et le SIAO ? »): where the person finds no place, not where they live.
_HEBERGEMENT_EVOQUE = re.compile(
    r"\b(115|hotels? sociaux|hotel social|hotels?|foyers?|centres? d hebergement|chrs|hebergement d urgence|samu social)\b"
    r"(?: \w+){0,4} (complets?|pleins?|satures?)\b|"
    r"\b(pas|plus|jamais|aucune) (de |d )?places? (au|en|dans (un|les|le|des)|a l) (115|foyers?|centres?|chrs|hotels?)\b|"
    r"\b(c est quoi|qu est ce que|difference entre|comment (on )?(appelle|joint|contacte))\b[^.;!?]*\?")


# Placed with the child welfare service before 18 (docs/situation.md ``confie_ase``): the words of the placement and of
# its end. « foyer » alone is not one (a young workers' hostel, a stay-at-home parent).
_ASE = r"(l )?(l?ase|aide sociale a l enfance)"
_CONFIE_ASE = r"(((sors|sor|sort|sorti|sortie|sortis|sorties|sortir|sorte|suis sortie?|etais|etait|ete|place|placee|" \
              r"placer|confie|confiee|pris en charge|prise en charge|pupille)( \w+){0,2} (de|d|a|par|chez|" \
              r"avec) " + _ASE + r")|(educ|educatrice|educateur|referente?|pecule|foyer|contrat|famille d accueil) " \
              r"(de |d )?" + _ASE + r"|" + _ASE + r" (c est fini|m a (place|placee|aide|suivie?|confie|confiee))|" \
              r"contrat (jeune|jeunes) majeurs?|accueil provisoire jeune majeur|apjm|pupille de l etat|" \
              r"(etais|etait|ete|suis|place|placee|placer|grandi|vecu) (\w+ ){0,2}(en|dans une|dans un|chez une) " \
              r"(famille d accueil|foyer de l enfance|mecs|maison d enfants)|" \
              r"(place|placee|places|placees) (\w+ ){0,2}(en|dans un|au) foyer\b(?! (de|pour) (personnes|adultes|travailleurs|jeunes travailleurs))|" \
              r"(sors|sort|sorti|sortie|suis sortie?) (\w+ ){0,2}(d une|de la|de ma|de mon|du|de|d) (famille d accueil|foyer de l enfance|mecs))"


def _confie_ase(text: str) -> Optional[bool]:
    """Whether the person was placed with the child welfare service (ASE) before 18 (a care leaver)."""
    # others: « mes enfants sont placés à l'ASE », « l'ASE m'a retiré ma fille », « je travaille à l'ASE »,
    # « c'est quoi un contrat jeune majeur ? »
    text = re.sub(r"\b(mes|mon|ma|ses|son|sa|nos|notre|leurs?) (enfants?|fils|fille|filles|bebe|petits?|petites?|"
                  r"neveux?|niece)( \w+){0,3} (est|sont|a ete|ont ete|etait|etaient)? ?(places?|placees?|confies?|"
                  r"confiees?|pris en charge|suivie?s?)\b|\b(retire|retiree|enleve|pris|prendre|retirer) (mes|mon|ma|"
                  r"les|nos) (enfants?|fils|fille|bebe)\b|\b(travaille|bosse|stage|salariee?) (a|pour|dans) " + _ASE
                  + r"|\bc est quoi (un |le |l )?(contrat jeune majeur|" + _ASE + r")", " ", text)
    if re.search(r"\b(jamais|pas|ne suis pas|n ai pas ete)( \w+){0,2} (place|placee|confie|confiee)\b", text):
        return False
    if re.search(r"\b" + _CONFIE_ASE + r"\b", text):
        return True
    return None


# Contract facts the dialogue reads again from the whole conversation rather than holding them in a slot
# (actions.situation.faits_sans_slot_des_evenements): each one's reader of a normalised message.
_LECTEURS_SANS_SLOT = {"regime_agricole": _regime_agricole, "protection_internationale": _protection_internationale,
                       "confie_ase": _confie_ase}
FAITS_SANS_SLOT = tuple(_LECTEURS_SANS_SLOT)


def faits_sans_slot(text: str) -> dict[str, bool]:
    """The facts of FAITS_SANS_SLOT a message (not normalised) says: True, or False when denied; absent when unsaid."""
    return dict(_faits_sans_slot_lus(text))


@functools.lru_cache(maxsize=1024)
def _faits_sans_slot_lus(text: str) -> tuple[tuple[str, bool], ...]:
    # (every message of the conversation is read again at each turn: kept for the last messages read)
    norm = normaliser(text)
    return tuple((nom, valeur) for nom, lire in _LECTEURS_SANS_SLOT.items() if (valeur := lire(norm)) is not None)


# Acts of daily life, and the words that say one cannot do them any more.
_QUOTIDIEN = r"((se|s|me|m|te|t) )?(laver|lave|toilette|douche|habiller|deshabiller|lever|leve|coucher|manger|repas|" \
             r"cuisiner|courses|menage|marcher|deplacer|sortir|escaliers?|medicaments|rester seule?|vivre seule?|" \
             r"toilettes|occuper de (lui|elle|soi)|debrouiller)"
_INCAPABLE = r"(ne (peux|peut|pouvons|peuvent|pourra|pourrait|pourront|pourrais) plus|(peux|peut|peuvent|pourra|pourrait) plus|n (arrive|arrivent|arrivons) plus a|" \
             r"arrive plus a|a du mal a|ont du mal a|(a|ont) (de plus en plus|beaucoup|bien|enormement|tellement|vraiment) de mal a|" \
             r"(n est|ne sont) plus capables? de|plus capables? de|" \
             r"ne sait plus|(oublie|oublient)( \w+)? de|besoin (d|de) (aide|assistance|quelqu un)( \w+){0,4}? (pour|a))"


def _perte_autonomie(text: str, proche: bool = True) -> Optional[bool]:
    """Whether the person (or the relative written for) has lost autonomy; ``proche``: the message is about
    the relative written for (else the state of a relative the person cares for is not theirs: « j'ai arrêté de
    travailler pour m'occuper de ma mère qui a Alzheimer »)."""
    if not proche:
        text = re.sub(rf"\b(de|d|pour|avec|chez) (mon|ma|mes|notre|nos) {_PROCHE}( {_AGE_DU_PROCHE})? qui [^,.;!?]*", " ", text)
    text = _AIDE_A_DOMICILE_METIER.sub(" ", text)  # the job (« jtravaille a mi temps aide a domicile »): help given
    text = re.sub(r"\bbesoin (d|de) une aide\b", "besoin d aide", text)  # « besoin d'une aide pour le ménage et les repas »
    # Money, not daily life: « je n'arrive plus à m'en sortir », « ma cousine m'aide pour manger » (she feeds me).
    # « de l'aide pour manger » (a student short of food): food aid asked, not help to eat
    text = re.sub(r"\b(m|s|t|nous|vous) en sortir\b|\b(m|nous) aide(nt)? pour manger\b|\bde l aide pour (manger|"
                  r"les courses|faire (les|mes|nos) courses)\b", " ", text)
    # (food tonight, the fridge empty: « besoin d'aide pour manger ce soir, plus rien dans le frigo »; a business that does
    # not work: « ça ne marche pas »)
    text = re.sub(r"\b(aide|quelqu un) pour manger (ce soir|ce midi|aujourd hui|demain|cette semaine)\b|"
                  r"\b(ca|cela|rien|les affaires|le commerce|la boutique|l entreprise)( ne| n)? marche(nt)? (pas|plus)\b", " ", text)
    # (« j'arrive plus à manger à la fin du mois »: the money for food, not the ability to eat)
    text = re.sub(r"\b(arrive|arrivons|arrivent|peux|pouvons) plus a (manger|faire (les|mes|nos) courses)\b(?=.*\b(fin du mois|fin de mois|"
                  r"argent|moyens|payer|sous|thune|budget|cher)\b)", " ", text)
    # (nor eating well enough: « je n'arrive plus à manger correctement », a student short of food)
    text = re.sub(r"\b(arrive|arrivons|arrivent|peux|pouvons) plus a (manger|me nourrir|nous nourrir) (correctement|a (ma|notre|sa|leur) "
                  r"faim|equilibre|tous les jours|comme il faut|normalement|sainement|assez)\b", " ", text)
    # (paying is money, not daily life: « je peux plus payer les médicaments »)
    if re.search(r"\b" + _INCAPABLE + r"( (?!payer|acheter|financer|avancer|rembourser)\w+){0,3}? " + _QUOTIDIEN + r"\b", text) or \
            re.search(r"\b((perd|perdu|perdre) (la memoire|la tete|la boule)|troubles? (de la memoire|cognitifs)|"
                      r"oublie (de manger|de prendre|ses medicaments|tout)|demence|dementielle?|"
                      r"besoin (d|de) (aide|assistance|quelqu un)( \w+){0,3}? (tous les jours|au quotidien|chaque jour|"
                      r"en permanence|jour et nuit|h24|24 ?h))\b", text) or \
            re.search(r"\b(pas|plus) (du tout |tres |vraiment |trop )?autonomes?\b", text) or \
            re.search(r"\b(ne|n) (se |s |me |m )?(lave|habille|leve|deplace|nourrit|alimente|reconnait|sort|"
                      r"marche|mange|lave plus) (plus|pas|presque plus)\b|\b(reconnait plus|desorientee?|"
                      r"confuse?|(des|une|plusieurs|ses|mes|de|fait|fais|refait) chutes?|chutes? (a repetition|frequentes?|repetees?|souvent|tout le temps|regulierement)|"
                      r"tombee?s? souvent|tombee? plusieurs fois)\b|"
                      r"\baider? (a|pour) (se |s |me |m )?(laver|habiller|lever|coucher|manger|marcher|deplacer|"
                      r"faire (sa|ses|la|les|son) (toilette|courses|menage|repas))\b", text):
        return True
    if re.search(r"\b(perte d autonomie|dependante?|besoin d (aide|assistance|quelqu un) (pour (se|me|la toilette|"
                 r"s habiller|m habiller|manger|marcher|sortir|les courses|faire (ses|mes|les) courses|la vie quotidienne|"
                 r"le quotidien|tout)|au quotidien|a domicile|tous les jours|chaque jour)|ne (peux|peut|pouvons|pourra|pourrait) plus "
                 r"(me|se|nous|faire (ses|mes|les) courses|sortir|marcher|cuisiner|vivre seule?|rester seule?)|"
                 r"aide a domicile|aide pour (se|me) (laver|habiller|lever)|gir [1-4]|aide humaine|"
                 # « besoin de quelqu'un pour m'aider à la maison pour la toilette »
                 r"besoin (d|de) (aide|assistance|quelqu un)( \w+){0,8}? (la |ma |sa |leur )?(toilette|laver|habiller|"
                 r"lever|coucher)|grabataire|"
                 # (« il me faut quelqu'un pour les courses et la toilette », « je peux plus rien faire seule »)
                 r"(il me faut|il lui faut|me faudrait|lui faudrait) (quelqu un|une aide|de l aide) pour (les courses|la toilette|me laver|"
                 r"se laver|m habiller|s habiller|le menage|me lever|se lever)|"
                 r"(peux|peut|pouvons) plus rien faire (toute? )?seule?s?|"
                 # the help named, then that one needs it (« l'aide à la toilette dont j'ai besoin tous les jours »)
                 r"aide (a|pour) (la |ma |sa )?(toilette|habillage|laver|habiller|lever) (dont|que) (j ai|il a|elle a|on a) besoin|"
                 r"alzheimer|parkinson|perd la tete|tombe souvent|alitee?|ne sort plus|tetraplegique|polyhandicapee?)\b", text):
        return True
    # a wheelchair after a stroke or in old age (« mon papa est en fauteuil depuis son AVC »); not a younger disabled
    # adult's (« en fauteuil, taux 80 %, je touche l'AAH »: four writers of five)
    if re.search(r"\ben fauteuil\b", text) and re.search(r"\b(avc|accident vasculaire|agee?|vieillesse|(mon|ma|son|sa) "
                                                        r"(pere|mere|papa|maman|grand pere|grand mere|papi|mamie|mamy|papy))\b", text):
        return True
    if re.search(r"\b(autonome|se debrouille( tres| encore| tout)? (seule?|bien)|me debrouille( tres| encore| tout)? "
                 r"(seule?|bien))\b", text) and \
            not re.search(r"\bplus autonome\b|\bpas autonome\b", text):
        return False
    return None


# -- needs read from the words -------------------------------------------------------

# A benefit asked about (« si on avait droit à l'APL », « avoir la prime d'activité »): the need it answers.
_DEMANDER = r"(droit|demander|toucher|avoir|obtenir|faire une demande d)"
# A loan named as a need (not a home loan still paid off: « propriétaires, on rembourse encore le crédit »)
_CREDIT_A_REGLER = r"(?<!rembourse encore le )(?<!remboursons encore le )(?<!rembourse encore notre )credits?(?! immobiliers?)|" \
                   r"credits? (a la )?conso(mmation)?s?"
# After a bailiff, the rent he comes for (« l'huissier est passé pour le loyer »): the arrears, not another debt.
_POUR_LE_LOYER = r" (\w+ ){0,3}(pour|du|de|sur) (le |mon |notre )?loyers?"


_BESOINS = (
    ("impayes_loyer", r"(impayes?|retard|dette|dois|doit|arrieres?) (de |d |du |des |sur (le |mon )?)?((\d+|un|deux|trois|quatre) mois (de |d )?)?loyers?|"
                      r"loyers? (impayes?|en retard|de retard|(pas|non) (encore )?payes?)|expulsion|expulse|commandement de payer|commandement de quitter|"
                      r"dettes? (de \d+ (euros? )?)?(chez|aupres de|envers) (mon|le|notre|l) (bailleur|proprio|proprietaire|office|agence)|"
                      r"plus payer (mon|le|notre) loyer|arrive plus a payer (mon|le|notre) loyer|"
                      # the rent first (« mon loyer de 700 que j'arrive plus à payer »)
                      r"loyers? (de \d+ (euros? )?)?(que|qu) (j|je|on|nous) (n )?(arrive|arrivons|peux|pouvons) (plus|pas) (a )?payer|"
                      r"(proprietaire|proprio|bailleur) (me |nous )?reclame|d impayes|"
                      # a sum owed to the landlord (« on doit 2300 euros au bailleur »), a bailiff about the rent
                      r"(dois|doit|devons|devez) (\d+ (euros? )?)?(au|a mon|a notre|a la|a l) (bailleur|proprio|proprietaire|"
                      r"office|agence|regie)|huissiers?" + _POUR_LE_LOYER + "|"
                      # months behind told after the rent (« on paie 650 € de loyer et on a 2 mois de retard »)
                      r"loyer (\w+ ){0,6}(\d+|un|deux|trois|quatre|cinq|six) mois de retard|"
                      # « payer mon loyer, j'ai du retard »; a landlord threatening to put the person out
                      r"loyers?\b[^.;!?]{0,25}\b(j ai|on a|nous avons|avec) (du|des|un peu de) retards?\b(?! (sur|pour|de|d|avec) "
                      r"(l |la |le |les |mes |ma |mon )?(electricite|gaz|eau|edf|engie|factures?|credits?|impots?|telephone))|"
                      r"(proprietaire|proprio|bailleur) (me |nous )?menace (de |d )(me |nous |m )?(mettre dehors|expulser|virer)"),
    ("logement", r"(cherche|cherchons|trouver) (\w+ )?plus grand|(logement|appartement|appart|maison) (\w+ )?(plus grand|trop petit)|"
                 r"(a|on est) \d+ dans (\d+|un|une|deux) pieces?|"
                 r"(cherche|trouver|avoir|obtenir|prendre|louer|voudrais|voudrait|veux|veut|voulons|souhaite|souhaiterais|aimerais) "
                 r"(un|une|mon|ma|notre) (propre )?(logement|appartement|appart|toit|studio|hebergement|"
                 r"endroit pour dormir|endroit ou dormir)|demande de logement social|relogement|logement insalubre|mal loge|"
                 # nowhere to sleep or to go (« sans endroit où dormir », « j'ai nulle part où aller »), a home unfit
                 r"sans (un )?endroit (ou|pour) dormir|nulle part (ou|pour) aller|(\d+|deux|trois|une|un) pieces? insalubres?|"
                 r"(ni|pas de) logement ni\b|"
                 r"besoin d un logement|plus de logement|(il me|il nous) (faut|faudrait) (un|une) (logement|hebergement|toit|appart)|"
                 # no home at all (« jai pa de logement », « on n'a pas de logement »), a home unfit (mould, works refused)
                 r"(n ai|n a|n avons|j ai|jai|on a|nous avons) (pas|pa|plus|aucun) (de |d )?(logement|toit|appart|appartement)|"
                 r"moisissures?|logement indecent|"
                 r"(proprietaire|proprio|bailleur) (\w+ ){0,2}(veut|fait|fera) (pas|rien|jamais) (faire )?(les )?travaux|"
                 # a home to leave (« ma propriétaire veut vendre, je dois partir dans 3 mois »)
                 r"(proprietaire|proprio|bailleur) (veut|va) (vendre|reprendre)|conge pour vente|"
                 r"(je|on|nous) (dois|doit|devons) (partir|quitter)( \w+){0,3} dans (\d+|un|deux|trois|quelques) (mois|semaines)|"
                 # a night with no roof, a home lost or unfit (« je suis à la rue », « nulle part où dormir », « mis dehors »)
                 r"(suis|sommes|est) a la rue|nulle part (ou|pour) dormir|(mis|mise|mettre|fait mettre|fout|foutu) dehors|"
                 # (not when the person asks for an address: the domiciliation is what they name, « je dors dehors, pas d'adresse »)
                 r"(je|j|on|nous) (dors|dormons|dort|dormi|ai dormi|a dormi) (\w+ ){0,2}dehors(?!.*\b(domiciliation|adresse)\b)|"
                 r"perdu (mon|son|notre|leur) logement|(appartement|appart|logement|maison) (\w+ ){0,4}(est )?insalubre|"
                 # « trouver un travail et un logement », « un logement plus grand », « je sais pas où aller »
                 r"(cherche|trouver|avoir|obtenir|il me faut|il nous faut|besoin d) (\w+ ){1,4}(et|ou) (un|une|d un|d une) "
                 r"(logement|appartement|appart|toit|studio)\b|"
                 r"(logement|appartement|appart) plus grand|plus grand (logement|appartement)|"
                 # the home's cost to lower (« payer moins pour le foyer », « un loyer moins cher »)
                 r"payer moins (cher )?(pour|de) (le|la|mon|ma|l) (foyer|loyer|redevance|logement|appart|appartement|studio|chambre)|"
                 r"(loyer|logement|appartement|appart|studio|foyer) moins cher|"
                 r"(sais|savons|sait) (pas|plus) ou (aller|dormir)|dors a droite a gauche|"
                 # a car or a tent lived in, no home any more, none at the way out (« je vis dans ma voiture », « plus d'appart »,
                 # « sans logement », « je n'aurai pas de logement à la sortie », « on cherche un HLM »)
                 r"(vis|vit|vivons|dors|dort|dormons) dans (ma|sa|notre|une|la|mon|leur) (voiture|tente)|"
                 r"plus d appart(ement)?|sans logement|(n aurai|n aura|n aurons|aurai|aura) (pas|plus|aucun) (de )?logement|"
                 r"(cherche|cherchons|cherchent|demande|demandons) (un|une) (hlm|logement social)|"
                 # a bed at a friend's that will not last (« je dors chez un pote mais ça va pas durer », « je squatte chez
                 # une copine »; a stay told without an end is no need: three writers of four)
                 r"(squatte|squattons|squat) (\w+ ){0,3}?(chez|sur le canape)|"
                 r"(dors|dort|dormons|hebergee?s?|logee?s?) (\w+ ){0,3}?(chez|sur le canape d|sur le canape de) "
                 r"(un|une|des|mon|ma|mes|notre|nos) (pote|potes|ami|amie|amis|amies|copain|copine|copains|copines|connaissances?|gens|"
                 r"soeur|frere|cousine?|tante|oncle|mere|pere|parents|beaux parents|belle mere|beau pere|fille|fils)\b"
                 r"[^.;!?]{0,40}?\b((ca|cela) (ne )?(va|peut|pourra) (pas|plus) durer|que (quelques|deux|trois|2|3) (jours|nuits|semaines)|"

                 r"(il|elle|ils|elles) (ne )?(va|vont|peut|peuvent|pourra|pourront) (pas|plus) (pouvoir )?me garder|"
                 r"pour (quelques|deux|trois|2|3) (jours|nuits|semaines))|"
                 # rehoused after a disaster or an eviction (« il faut nous reloger », « être relogés quelques jours »)
                 r"(etre|nous|me|se|les|nous faire|me faire|se faire) reloger|(etre )?relogee?s? (quelques|pour|en urgence|vite)|"
                 # the housing aid asked about (« si on avait droit à la prime d'activité ou à l'APL »)
                 rf"{_DEMANDER} (a |au |aux )?(la |l |les |une |des )?"
                 r"(prime d activite |rsa )?((ou|et) (a |au )?(la |l |les )?)?(apl|als|alf|aides? (au|pour le) logement|"
                 r"allocations? (de |du )?logement)"),
    # (not help to eat beside help to wash, « besoin d'aide pour manger et se laver »: a loss of autonomy)
    ("alimentation", r"(mange|mangeons|mangent) (qu |que )?(une|1) (seule )?fois par jour|sautes? des repas|"
                     # (« je mange pas tous les jours », « les enfants ne mangent pas à leur faim »)
                     r"(mange|mangeons|mangent) (pas|plus) (tous les jours|a (ma|notre|leur) faim|assez|correctement)|"
                     r"manger(?! et (se laver|s habiller|se lever|faire (sa|la) toilette))|nourriture|colis|banque alimentaire|frigo vide|(frigo|placards?) (est |sont )?vides?|restos? du coeur|epicerie sociale|"
                     r"(rien|plus rien) dans (le|mon|notre) frigo|"
                     r"faire (les|des) courses|rien a manger|aide alimentaire|(pas|plus|jamais) a (sa|ma|leur|notre) faim|"
                     # (hunger said, « je dors dehors, j'ai faim »; not people in general)
                     r"(?<!qui )(j ai|on a|nous avons|ils ont|les enfants ont|mes enfants ont) (tres |trop |tellement |si )?faim(?! de| d )"),
    ("sante", r"mutuelle|medecin|soins|complementaire sante|lunettes|dentiste|hopital|hospitalisation|"
              r"medicaments|se soigner|me soigner|carte vitale|suivi de (ma |la )?grossesse|(les |mes |ses )?dents|"
              r"soigner|ophtalmo|kine|(pas de|sans|plus de|aucune) (couverture|assurance) (maladie|sante)|pas de secu|"
              # (« j'ai besoin d'un suivi médical », « voir un docteur »)
              r"suivi (medical|medicale|medicaux|a l hopital)|docteur"),
    ("emploi", r"(je suis|suis|moi|moi je suis) en recherche d emploi|"
               # (not a job just found: « je viens de trouver un petit boulot »)
               r"(cherche|chercher|(?<!viens de )(?<!vient de )trouver|(?<!viens de )(?<!vient de )retrouver|recherche|rechercher) (du|un|une|mon|ma) "
               r"(premier |nouvel |nouveau |petit |vrai |autre )?"
               # (not a training one follows: « je fais une formation », « je suis en formation »)
               r"(travail|emploi|boulot|job|taf|poste|stage|alternance|apprentissage)|(?<!fais une )(?<!suis en )(?<!suivre une )(?<!suis une )formation|"
               # (the job after another thing looked for: « je cherche un logement et du travail »)
               r"(cherche|recherche) (un|une|du|de la|des) \w+( \w+)? (et|ou) (du|un|une|d un) (travail|emploi|boulot|job|taf)|"
               r"perdu mon (travail|emploi|boulot)|reconversion|"
               # « personne veut m'embaucher », « aucun patron ne veut me prendre »: the job is what is missing
               # (not a shelter that takes no one in: « personne veut me prendre au 115 avec mon chien »)
               r"(personne|aucun \w+|aucune \w+|on) (ne )?(veut|veulent) (m|me|nous) (embaucher|prendre(?! (au|a l|dans|en|chez) ))|"
               # more work for a temp or a part-timer: « trouver plus de missions », « avoir plus d'heures »
               r"(trouver|avoir|faire|decrocher) (des |plus de |d autres )?(missions|heures|contrats)|plus de missions|"
               # « je veux bosser », « j'aimerais retravailler »
               r"(je veux|je voudrais|j aimerais|je souhaite|envie de) (bosser|travailler|retravailler|reprendre le travail)"),
    ("argent", r"fin de mois|plus d argent|pas assez d argent|aides? (auxquelles|a laquelle|possibles?|"
               # (« sans perdre mes droits », « garder mes droits »: keeping what one has, no money asked)
               r"disponibles?)|(?<!perdre )(?<!garder )(?<!conserver )(mes|nos|ses|quels) droits|a quoi (j ai|on a|il a|elle a) droit|"
               r"(boucler|joindre) les deux bouts|(finir|boucler|terminer) (le|les|nos|mes|ses) (mois|fins de mois)|"
               # a budget tight every month (« les dettes, et on est juste chaque mois »)
               r"(on est|je suis|nous sommes|c est|ca reste|toujours) (trop |tres |vraiment |un peu |)juste?s? (chaque mois|tous les mois|"
               r"financierement|niveau argent|niveau budget|avec (mon|ma|notre|nos|mes) (salaire|paie|retraite|revenus?|budget))|"
               # (not « je m'en sors pas avec les papiers »: the need it names)
               r"rien pour vivre|(m|nous|s) en (sors|sortons|sort) (plus|pas)(?! (avec|pour) (les |la |le |l |mes |ma |mon |nos |notre )?"
               r"(papiers|dossiers?|demarches|courriers?|formulaires?|ordinateur|internet|factures?|enfants?|gamins?|ados?)\b)|"
               # no money at all left (« j'ai 0 euro », « il me reste plus un sou »)
               r"(j ai|jai|on a|nous avons|me reste|nous reste|il reste) (plus |pas )?(0|zero|un|1|aucun|plus un|pas un) "
               r"(euros?|centimes?|sous?|rond)\b(?! (de|d) )|"
               # « je bosse à mi-temps et j'y arrive plus »: making ends meet (« j'y arrive plus avec les factures » names its need)
               r"(j y|jy|on y|nous y|je n y|on n y|j n y) (arrive|arrivons) (plus|pas)(?! (a|pour) | avec (les |la |le |l |mes |ma |mon |nos |notre )?"
               r"(factures?|electricite|gaz|loyer|dettes?|credits?|papiers|dossiers?|demarches)\b)|"
               # « je sais pas comment je vais payer »: paying at all is the difficulty
               r"((sais|savons|sait) (pas|plus)|savoir) comment (je vais |on va |nous allons |il va |elle va )?(payer|vivre|"
               r"(m|nous|s) en sortir)\b|"
               r"(arrive|arrivons) (plus|pas) a (m|nous|s) en sortir|"
               # a cost that can no longer be met (« comment payer ? », « mes enfants ne peuvent plus payer le complément »)
               r"\bcomment (payer|faire pour payer)\b|(peut|peuvent|pouvons|peux) plus (payer|suivre)|"
               # « on arrive pas avec un seul salaire »: the money does not reach the month's end
               r"(on|je|j|nous) (n )?(arrive|arrivons) (pas|plus) avec (un seul salaire|une seule paie|(mon|ma|notre|nos|son|sa|le|la|les) "
               r"(salaires?|paie|paye|retraite|rsa|pension|revenus?|chomage|allocations?))|"
               # « on arrive plus à tout payer »: every bill, not one (the rent's own words are impayés)
               r"(arrive|arrivons|arrivent) (plus|pas) a (tout|tous) payer|(arrive|arrivons) plus a payer (tout|toutes)|"
               # money trouble told rather than asked: « une toute petite retraite », « il ne reste presque rien »
               r"(toute )?petite (retraite|pension)|petites retraites|aucun revenu|"
               r"(retraites?|pensions?|revenus?|salaires?|ressources) (sont |est )?(tres |trop |si |toute )?(petite?s?|"
               r"faibles?|basses?|maigres?)|(ne |n )?(me |nous |lui )?reste "
               r"(presque |quasiment )?rien|on ne peut (pas|plus) continuer|ce n est pas possible|c est pas possible|"
               r"(gagne|gagnons) presque rien|(aide a|a quoi) (il|elle) (a|aurait) droit|"
               # a cash benefit asked about (« si on avait droit à la prime d'activité »)
               rf"{_DEMANDER} (a |au |aux )?(la |le |l |une )?(prime d activite|rsa|aspa|"
               r"minimum vieillesse)|"
               # « il gagne pas beaucoup », « on gagne très peu »: a low pay told as a difficulty
               r"(gagne|gagnes|gagnons|gagnent) (pas beaucoup|pas grand chose|pas lourd|(tres |trop |si )?peu)\b|"
               r"(ne )?suffit (pas|plus) (a|pour) (payer|vivre)|"
               r"(de l|d|un peu d|besoin d) argent|aides? financieres?|complements? (de |d )?(revenus?|retraite|ressources|"
               r"salaire)|completer (ma|mes|notre|nos|sa|ses) (retraite|revenus?|salaire|fins de mois)"),
    ("famille", r"naissance|garde d enfants?|frais de garde|creche|nounou|rentree( scolaire)?|fournitures scolaires|"
                # a parent who can hardly look after the child (« j'ai une fille de 4 ans et j'ai de plus en plus de mal à m'en
                # occuper seule »)
                r"(fille|fils|enfants?|bebe|petite?)\b[^.!?]{0,60}\bmal a (m|nous) (en )?occuper\b|mal a (m|nous) occuper "
                r"(d elle|de lui|d eux|de (ma|mon|mes|notre|nos) (fille|fils|enfants?|bebe|petits?|petite))\b|"
                r"(payer|paye|frais de) (la )?cantine|activites de (mes|nos|ses) enfants|"
                # custody to settle (not « je garde des enfants », a childminder's job)
                # (« j'ai la garde des enfants » tells who they live with: no custody to settle)
                r"(?<!j ai )(?<!on a )(?<!elle a )(?<!il a )(la|de) garde des enfants|droit de garde|(divorce|separation) (\w+ ){0,3}garde|"
                r"aides? (pour|avec) (les|mes|nos) (enfants|petits|gamins)|"
                r"pension (alimentaire )?qu (il|elle) (ne |n )?(paye|paie|verse|donne) (pas|plus|jamais)|"
                # child support wished for (« que la pension soit payée », « récupérer la pension »): the ASF and
                # the CAF's recovery of unpaid support
                r"pension (alimentaire )?(soit|soient|me soit|nous soit) (payee|versee|reglee)|"
                r"(recuperer|faire payer|toucher enfin) (la |ma |sa |leur )?pension|"
                r"elev(e|er|ons) seule?s? (mes|nos|ses|les) (\w+ )?enfants|"
                # a baby's needs, child support unpaid (the ASF, allocation de soutien familial)
                r"couches|lait (infantile|maternise|bebe|pour (le |mon )?(bebe|bb))|(arrivee|venue) du (bebe|bb)|"
                r"pension (alimentaire )?(impayee|non versee|pas versee)|(ne |n )?(paye|paie|verse|donne) (plus|pas|rien|"
                r"jamais)( \w+)? (la |sa |de |d )?pension"),
    ("handicap", r"handicap|handicapee?|mdph|autiste|autisme|trisomique|trisomie|polyhandicap\w*|"
                 # a home to fit to a wheelchair (« faire aménager ma salle de bain, je me déplace en fauteuil »)
                 r"(amenag\w*|adapt\w*)( \w+){0,4} (salle de bain|salle d eau|logement|douche|toilettes|wc|maison|appartement|appart)\b"
                 r"(?=.*\b(fauteuil|pmr|mobilite reduite|paraplegique|tetraplegique|amputee?)\b)|"
                 r"(salle de bain|salle d eau|douche|logement|toilettes)( \w+){0,3} (pour|adaptee? (au|a mon|a son)) (le |mon |son )?fauteuil|"
                 # (a request made and waited for: « j'ai fait une demande d'AAH il y a 6 mois »)
                 r"(demande|dossier) (d |de |pour l |pour la )?(aah|pch|aeeh|rqth|allocation adulte handicape)|"
                 # the disability benefit asked about (« est-ce qu'il peut toucher l'AAH ? »)
                 r"(droit|demander|toucher|avoir|obtenir) (a |au )?(l |la |une )?(aah|pch|aeeh|allocation (aux )?adultes? handicapes?)"),
    ("autonomie", r"perte d autonomie|aide a domicile|ne peut plus vivre seule?|(n arrive|arrive) plus a vivre seule?|"
                  # an older relative who can no longer do everything alone (« elle n'arrive plus à tout faire seule »)
                  r"(il|elle) (ne |n )?(arrive|peut|parvient) plus a tout faire( tout| toute)? seule?|"
                  r"dependance|dependante?|ehpad|"
                  r"(n arrive|arrive) plus a (faire sa toilette|faire ma toilette|se laver|me laver|s habiller|m habiller|"
                  r"faire ses courses|faire mes courses|marcher)|"
                  r"maison de retraite|aide menagere|portage de repas|besoin d aide pour tout|"
                  # a carer who can no longer cope, the stairs and the housework hard
                  r"(n arrive plus|ne peut plus|n y arrive plus) (seule? )?a s occuper d (elle|lui)|"
                  r"(du mal|de la peine) a (monter|descendre) (les |l )?escaliers?|(du mal|de la peine) a faire (le|mon|son) menage|"
                  r"(du mal|de la peine) (a|pour) (faire sa toilette|faire ma toilette|se laver|me laver|s habiller|m habiller|"
                  r"marcher|se deplacer|faire ses courses|faire mes courses)|"
                  r"besoin d aide pour (manger|se nourrir|se lever) (et|,) (se laver|s habiller|faire sa toilette|se lever)|"
                  r"(demande|dossier) (d |de |pour l |pour la )?(apa|allocation personnalisee d autonomie)|"
                  r"(besoin (d aide|de quelqu un|d une personne)|il me faut quelqu un|il lui faut quelqu un) pour (le menage|les courses|se laver|me laver|la toilette|sa toilette|"
                  r"ma toilette|s habiller|m habiller|se lever|me lever)|"
                  # (a relative who can no longer go out: « ma voisine ne peut plus sortir de chez elle »)
                  r"(ne peut|ne peux|n arrive|n arrivent|ne peuvent) plus (a )?sortir de chez (elle|lui|moi|eux)|"
                  # help in the home of someone who needs it, a carer who needs a break (« de l'aide à la maison pour mon
                  # mari, et souffler un peu »)
                  r"(aide|aider|quelqu un) (a la maison|chez (lui|elle|eux)) pour (mon|ma|mes|son|sa|notre) "
                  r"(mari|femme|epoux|epouse|pere|mere|papa|maman|parents|conjointe?|compagnon|compagne)|"
                  r"(aide|aider|quelqu un) (a la maison|chez (lui|elle|eux))(?=.*\b(souffler|repit|tout seule?|epuisee?)\b)|"
                  # help at home for oneself (« savoir à quoi j'ai droit avec mon handicap, et de l'aide à la maison »)
                  r"(de l|d|besoin d|un peu d) aide (a la maison|chez moi|a domicile)|"
                  # an old person alone: the town hall's register of vulnerable people, visits in a heat wave
                  r"(ne (reste|soit) pas|plus|pas|trop|tres) isolee?s?|isolement|solitude|pendant les canicules?|"
                  r"en cas de canicule"),
    ("dettes", r"dettes?|" + _CREDIT_A_REGLER + r"|surendettement|surendettee?s?|huissier|decouvert|interdit bancaire|"
               # a tax reassessment to pay (« un redressement de 3 000 par les impôts »), the URSSAF chasing
               r"redressement (fiscal|des impots|d impots|(de \d+ (euros? )?)?par les impots)|"
               r"(urssaf|impots|fisc|tresor public) (qui )?(me |nous |m )?(relance\w*|reclame\w*|poursui\w*|menace\w*)|"
               # money owed (« on doit des cotis à la MSA et au fournisseur »), not a duty (« je dois partir »)
               r"(je|j|on|nous) (dois|doit|devons) (encore )?(des|de l argent|du|\d+|plus de|beaucoup|pas mal)\b"
               r"(?! (\w+ ){0,2}(loyers?|partir|quitter|demenager|faire|aller|trouver|rendre|envoyer|fournir|remplir|"
               r"papiers|documents|justificatifs|pieces|attestations|explications|nouvelles|reponses?))|"
               # a loan's instalments behind (« un prêt à la banque… en retard de 3 mois », « payer la banque »)
               r"(retard|impayes?) (\w+ ){0,3}(sur|de|du|a) (mon |le |notre |mes |nos )?(pret|emprunt|banque)|"
               r"(pret|emprunt)s? (\w+ ){0,8}?(en retard|impayes?|retard)|(payer|rembourser) (la banque|le pret|mon pret|"
               r"notre pret|l emprunt|mon emprunt)"),
    ("energie", r"factures? (d |de |du )?(electricite|gaz|energie|chauffage|eau)|edf|engie|coupure|chauffage|"
                # (the energy cheque asked for, « je voudrais savoir si j'ai droit au chèque énergie »; not one received)
                rf"{_DEMANDER} (au |le |un )?cheques? energie|"
                # (an energy debt said by its amount: « 400 de gaz impayé »)
                r"(gaz|electricite|energie|eau) (impayee?s?|en retard|pas payee?s?)|"
                # (« une grosse dette de gaz », « des impayés d'électricité »)
                r"(dettes?|impayes?|retards?|arrieres?) (de |d |du )(gaz|electricite|energie|chauffage|edf|engie|fioul)|"
                r"coupee? (le |l |la |mon |notre )?(gaz|electricite|courant|compteur)|"
                r"electricite|fioul|fuel|granules|pellets|bois de chauffage|(bouteilles?|bonbonnes?) de gaz|"
                r"(arrive|arrivons) (plus|pas) a (le |la |les |nous |me )?chauffer|"
                # the cold at home (« la chaudière est en panne », « elle ne peut pas se chauffer », « on a froid tout l'hiver »)
                r"chaudiere|(pas|plus) (se|me|nous|le|la) chauffer|(on a|nous avons|j ai|il a|elle a) froid"),
    ("administratif", r"faire mes papiers|renouvel(?!ables?\b)|demarches? administratives?|domiciliation|adresse postale|"
                      # lost among the papers (« je m'en sors pas avec les papiers », « perdue dans les démarches »)
                      r"(m|nous|s) en (sors|sortons|sort) (plus|pas) (avec|dans) (les|mes|nos|ses|la|ma) (papiers|paperasse|dossiers?|"
                      r"demarches|courriers?|formulaires?)(?! (en ligne|sur internet))|(perdue?s?|noyee?s?) (dans|avec) (les|mes|nos|ses|la|"
                      r"ma) (papiers|paperasse|dossiers?|demarches|courriers?|formulaires?)(?! (en ligne|sur internet))|"
                      r"(faire|remplir) (ma|mes|la|les|sa|ses) declarations?|pas d adresse|sans adresse|"
                      r"recevoir (son|mon|le|ses|mes) courriers?|"
                      r"(toujours |encore )?(pas|rien) (encore )?recu (ma|mon|mes|sa|son|ses) (pension|retraite|rsa|apl|allocations?|"
                      r"aides?|paiement|versement)|"
                      r"remplir (mon|mes|le|les|un) (dossier|papiers|formulaire)|dossier (\w+ ){0,2}bloque|"
                      # a letter not understood (« je comprends pas le courrier de la caf »)
                      r"(comprends|comprend|comprenons) (pas|rien|plus rien) (a |aux |au )?(le |les |ce |ces |mes |mon |leur |leurs )?"
                      r"(courriers?|lettres?|papiers|formulaires?)(?! (en|sur) (ligne|internet))|"
                      r"prefecture"),
    ("mobilite", r"permis de conduire|passer (le|mon|son) permis|transports? en commun|me deplacer pour|"
                 r"voiture (\w+ ){0,2}en panne|reparer (ma|la|notre) voiture|(besoin d un|un) transport|transport adapte|"
                 r"pas de (voiture|vehicule|moyen de transport)|(besoin d un|d un|un|aucun|sans) moyen de transport|pas de bus\b"),
    ("numerique", r"internet|ordinateur|en ligne|site|telephone portable|numerique|"
                  # a computer to buy or missing (« acheter un ordi pour mon fils », « j'ai pas d'ordi »)
                  r"(acheter|avoir|payer) (un |une )?(ordi|pc|tablette)|(pas d|pas de|sans) (ordi|pc|internet)|"
                  # (« un ordi pour mes démarches »)
                  r"(un |une )(ordi|pc|tablette) pour (mes |les |faire (mes |les )?)?(demarches|papiers|dossiers)"),
    ("violence", r"violences? (conjugales?|familiales?|intrafamiliales?)|harcele\w*|harcelement|(est|sont|etait) violente?s? avec|"
                 # a home left because of violence (« j'ai quitté mon mari il y a 3 semaines à cause des violences »)
                 r"(a cause|en raison|suite a|du fait) (des|de ses|de sa|de la|aux) violences?\b|"
                 r"(il|elle|ils|conjoint|conjointe|mari|femme|compagnon|compagne|copain|mec|ex|pere|mere) (me|m) (menace|menacent|frappe|"
                 r"frappent|bat|battent|tape|tapent|violente|violentent)\b|victime de violences?|se fait (frapper|battre|taper)|"
                 # (a partner's violence the person has just fled: « mon mari me frappait, je suis partie avec les enfants »)
                 r"(conjoint|mari|femme|compagnon|compagne|copain|mec|ex) (me|m) (frappait|battait|tapait|menacait|violentait)\b"
                 r"(?=.*\b(je suis partie?|je l ai quitte|on est partis|je me suis enfuie?|j ai fui|hebergee?|115|foyer|hotel)\b)|"
                 # « je veux quitter mon mari, il garde tout l'argent et me menace »
                 r"\bet (me|m) (menace|frappe|bat|tape)\b|"
                 # money taken by the partner (« mon mari me prend tout mon salaire »): economic violence
                 r"(mari|femme|conjoint|conjointe|compagnon|compagne|copain|mec) (me|m) (prend|confisque|garde|vole) (tout )?"
                 r"(mon|ma|mes) (salaire|paie|paye|argent|carte|cartes|rsa|allocations?)|"
                 # an older person's money taken by a relative (« mon petit-fils me prend mon argent et me crie dessus »)
                 r"(fils|fille|petit fils|petite fille|neveu|niece|gendre|belle fille|frere|soeur) (me|m) (prend|prennent|vole|volent|"
                 r"confisque|garde|pique) (tout )?(mon|ma|mes) (argent|retraite|pension|carte|cartes|economies)"),
    ("catastrophe", r"inondation|inonde|incendie|tempete|sinistre|catastrophe naturelle|grele|seisme|cyclone|ouragan|"
                    # a home burnt down (« notre maison a brûlé », « l'appartement est parti en fumée »)
                    r"(maison|appartement|appart|logement|immeuble|ferme|caravane|mobil home) (\w+ ){0,2}(a brule|est partie? en fumee|"
                    r"a pris feu|est en cendres)|"
                    r"(la|une|les|des) crues?|glissement de terrain|(emportee?s?|arrachee?s?|detruite?s?|devastee?s?) par (la|le|l|un|une)"),
)


# One word answering "pour quoi cherchez-vous de l'aide ?". The rent alone is the cost of housing (the housing
# benefit: ``logement``); it is rent arrears (``impayes_loyer``) only with a word of arrears or of losing the
# home. The generic words (``_BESOIN_GENERIQUE``: "des aides", "mes droits") mean money only when no other
# need is named ("de l'aide pour le loyer" is about rent, not money).
_BESOIN_MOT = (
    ("impayes_loyer", r"loyers? impayes?|impayes? de loyers?|retards? de loyers?|dettes? de loyers?|loyers? (pas|non) payes?|"
                      # (« payer mon loyer, j'ai 2 mois de retard »: months behind are rent months)
                      r"(\d+|un|deux|trois|quatre|cinq|six|plusieurs) mois de retard(?! (sur|de|d|du|pour|a|au|aux|avec) (l |la |le |les |mes |ma |mon )?"
                      r"(electricite|edf|engie|gaz|eau|energie|factures?|credits?|prets?|telephone|internet|impots?|assurances?|"
                      r"banque|cantine|creche|mutuelle|abonnement))|"
                      r"(garder|perdre|rester dans|quitter) (mon|notre|son|le|leur) (logement|appartement|appart|"
                      r"maison|studio|hlm)|expulsion|expulse|expulses"),
    ("logement", r"logement|appartement|appart|hebergement|toit|loyers?|dormir|au chaud|a l abri|un lit|apl|"
                 # the home to repair (« réparer la maison » after a storm)
                 r"(reparer|refaire|retaper|remettre en etat) (la |ma |notre |mon |le |leur )?(maison|logement|appartement|"
                 r"appart|toit)|"
                 # being rehoused (« être relogés quelques jours »)
                 r"relogee?s?|reloger|relogement|"
                 # the fee of a hostel (« payer le foyer », « la redevance du FJT »)
                 r"payer (le |mon |la |ma )?(foyer|redevance|fjt|residence|chambre)|"
                 # somewhere to stay (« et où loger », « un endroit pour dormir »)
                 r"(ou|de quoi|comment) (nous |me |se |les )?loger|(me|nous|se) (re)?loger|un endroit (pour|ou) (dormir|loger|vivre)"),
    ("alimentation", r"manger|nourriture|nourrir|courses|bouffe|repas|faim|colis|"
                     r"mange (plus|pas|peu)( trop| assez| a ma faim| correctement| tous les jours)?"),
    ("sante", r"sante|soins|mutuelle|soigner|se soigner|medecin|docteur|dentiste|dents|grossesse|"
              r"medicaments?|complementaire|hopital|suivi (medical|a l hopital|de (ma |la )?grossesse)|"
              # being cared for (« qu'il soit bien soigné »)
              r"(soit|soient|sois|etre|est) (bien |mieux |correctement )?soigne(e|s|es)?"),
    ("emploi", r"travail|emploi|boulot|job|formation|taf|stage|missions?|interim|embauche|"
               # wanting to work (« j'aimerais bosser un peu », « trouver un poste moins physique »; not « je ne peux
               # travailler que 10 h »)
               r"(veux|voudrais|aimerais|aimerai|souhaite|souhaiterais|envie de|pouvoir|reprendre|recommencer a|trouver|"
               r"cherche a|commencer a) (\w+ ){0,2}(re)?(travailler|bosser)|^(re)?(travailler|bosser)\b|retravailler|(un|autre|nouveau|le) poste|"
               r"reprendre (une|mon|le|un) (activite|metier)"),
    # (and what else one may be entitled to, beside a need named: « et savoir si j'ai droit à plus »)
    ("argent", r"droit a (plus|autre chose|quelque chose d autre|d autres (aides|choses))|a quoi (j ai|on a|nous avons|il a|elle a) droit|"
               r"argent|vivre|fins? de mois|(au bout|a la fin) du mois|sous|fric|thunes?|tunes?|budget|ressources|revenus?|"
               r"complement|coincee?s?|"
               r"galere|galerons|galerent|"
               # a cash benefit named: « la prime d'activité », « le minimum vieillesse, c'est quoi »
               r"minimum vieillesse|aspa|rsa|prime d activite|prime activite|"
               # « la prime » asked for (« savoir si j'ai droit à la prime »): the prime d'activité
               r"(droit a|avoir|toucher|demander|obtenir) la prime\b(?! (de noel|de naissance|de demenagement|"
               r"d adoption|energie|renov))|"
               # the fees of a care home: « payer l'EHPAD »
               r"payer (l ehpad|la maison de retraite|les frais (d hebergement|de l ehpad)|l hebergement)"),
    ("famille", r"famille(?! d accueil)|enfants?|bebe|bb|couches|naissance|garde|gamins?|gosses|(?<!surveillance de )(?<!surveillant de )(?<!surveillante de )(?<!travaille a la )(?<!bosse a la )(?<!agent de )cantine|allocations? familiales|"
                r"allocs?(?! (de |du )?logement)|rentree scolaire|(pour|de) (mon|ma|mes|notre|nos|son|sa|ses) (fils|filles?|petite?s?)|"
                # bringing up a child (« j'élève mon petit-fils depuis 2 ans »)
                r"(eleve|elever|elevons|elevent|garde de) (mon|ma|mes|notre|nos|son|sa|ses|un|une|le|la|les) "
                r"(petit |petite |petits |petites )?(fils|filles?|enfants?|neveux?|nieces?)"),
    ("handicap", r"handicap|structures? adaptees?|etablissements? (adaptes?|specialises?)|esat|travail adapte|foyer de vie"),
    ("autonomie", r"autonomie|aide a domicile|personnes? agees?|agee?s?|(?<!minimum )vieillesse|aidante?|repit|"
                  r"isolee?s?|isolement|solitude|canicules?|"
                  # help asked for an ageing parent (« de l'aide pour maman », a carer who can't go on)
                  r"(aide|aider|soutien|relais) (\w+ ){0,2}(pour|a|avec) (maman|papa|ma mere|mon pere|mes parents|"
                  r"ma grand mere|mon grand pere|mamie|papi)"),
    # (or arrears owed to the social contributions' or the tax office: « 3000 de retard à l'urssaf »)
    ("dettes", r"dettes?|(retards?|impayes?|arrieres?|redressements?) (\w+ ){0,2}(a l |aux |de l |des |a la |au )?"
               r"(urssaf|impots?|tresor public|fisc|caf|cpam)|" + _CREDIT_A_REGLER),
    ("energie", r"factures?|electricite|gaz|chauffage|energie|edf|fioul|fuel|granules|pellets"),
    # (a letter received, « le proprio m'a envoyé un courrier », is no need: reading, answering, receiving one is)
    ("administratif", r"papiers|demarches?(?! (en ligne|sur internet|internet|dematerialisees?|numeriques?))|adresse|domiciliation|mon courrier|mes courriers|recevoir (du |mon |le |des )?courriers?|"
                      r"(comprendre|remplir|repondre a|lire|ecrire|rediger) (un |le |les |ce |ces |des |mes )?courriers?"),
    ("violence", r"proteger|protection|violences?|violent|frappe|battue?"),
    # getting to places (« de quoi payer le taxi pour aller aux rendez-vous »); not « voiture », where people also sleep
    # (a car adapted to a disability is one: « adapter la salle de bain, et la voiture aussi »)
    ("mobilite", r"transports?|permis|deplacements?|(me|se|nous) deplacer|taxis?|bus|essence|carburant|"
                 r"(adapter|amenager) (la |ma |notre |une )?voiture|voiture (adaptee|amenagee)|(la|et la) voiture aussi|"
                 r"aller (aux|a mes|a ses) (rdv|rendez vous)"),
    ("numerique", r"internet|ordinateur|numerique"),
)
_BESOIN_GENERIQUE = (r"aides?|droits|allocations?|prestations?|"
                     r"droit a (quelque chose|qqch|qch|quelques? chose|des trucs|un truc)|"  # « je sais pas si j'ai droit à quelque chose »
                     # « à quoi a-t-il droit ? », « qu'est-ce qu'on peut demander ? », « on puise dans ses économies »
                     r"a quoi (j ai|on a|il a|elle a|a t il|a t elle|ai je|avons nous|aurait il|aurait elle|aurais je) droit|"
                     r"qu est ce qu (on|il|elle|je) (peut|pourrait|pourrais) (demander|avoir|toucher)|"
                     r"que (peut on|puis je|pourrait on) (demander|avoir|toucher)|puis\w* dans (ses|mes|nos|leurs|son|notre) "
                     r"(economies|epargne)")
# A scheme or its body named in a needs answer (« savoir si j'ai droit à l'AAH »): its need, unless the answer asks
# what the scheme is (« c'est quoi l'AAH ? »: the rules explain it, the question stays)
_BESOIN_DISPOSITIF = (
    ("sante", r"css|complementaire sante solidaire|ame|aide medicale"),
    ("handicap", r"aah|pch|aeeh|mdph|rqth"),
    ("autonomie", r"apa"),
)
_QU_EST_CE = re.compile(r"\b(c est quoi|cest quoi|c koi|qu est ce que|qu est ce qu|kesako|ca veut dire|c est comment)\b")
# What a word means or how it compares with another (« est-ce que c'est pareil que le handicap ? »).
_COMPARAISON = re.compile(r"\b(c est|ca fait|ca compte) (pareil|la meme chose|comme|different|pas pareil)( que| de)?\b|"
                          r"\bc est (pareil|la meme chose) (que|de)\b")


def question_sur_un_mot(text: str) -> bool:
    """Whether the message asks what a word means or how it compares with another (« c'est quoi l'ASF ? », « est-ce que
    c'est pareil que le handicap ? »): a question about a notion, no need said."""
    norm = normaliser(text)
    return "?" in text and bool(_QU_EST_CE.search(norm) or _COMPARAISON.search(norm))


# Benefits that say a condition the person lives with (a disability, a loss of autonomy): received, they
# still name its need, which opens its questions (RQTH, rate) and its other rights.
# The benefits of a recognised disability.
PRESTATIONS_DU_HANDICAP = frozenset({"aah", "pch", "pension_invalidite"})
_PRESTATIONS_D_UNE_CONDITION = PRESTATIONS_DU_HANDICAP | {"apa"}


def _sans_prestations_recues(norm: str, requested: Optional[str] = None) -> str:
    """``norm`` without the names of the benefits it says are received: « on touche déjà les allocations
    familiales et l'allocation logement » names no need of housing or family (« je touche l'AAH » still
    names the disability: ``_PRESTATIONS_D_UNE_CONDITION``)."""
    recues, _ = _prestations(norm, requested, set())
    for pid, pattern in _PRESTATIONS:
        if pid in recues and pid not in _PRESTATIONS_D_UNE_CONDITION:
            # with what it is paid for (« j'ai l'APL pour mon appart »: the flat is no need of housing)
            norm = re.sub(r"\b(?:" + pattern + r")\b(?: (?:pour|sur) (?:mon|ma|mes|le|la|les|l|notre|nos|son|sa) \w+)?",
                          " ", norm)
    return norm


# Debts other than an energy bill (« des crédits », « l'huissier », a loan): the debts need stays beside the energy one.
_AUTRES_DETTES = re.compile(r"\b(credits?|surendettement|decouvert|banque|huissiers?|pret|emprunt|loyers?|impots?|amendes?|urssaf|fisc|"
                            r"dettes? (de|d) (loyer|credit|impots?)|autres dettes)\b")
# The energy bill itself named as owed (« je dois 640 € à EDF », « 640 euros de retard »)
_DETTE_D_ENERGIE = re.compile(r"\b(facture|factures|dettes?|impayes?|retards?|arrieres?) (d |de |du )?(electricite|gaz|edf|engie|"
                              r"energie|chauffage)\b")


# The child's other parent who gives nothing, told in answer to the needs question (child support to claim: the ASF).
_PARENT_QUI_NE_DONNE_RIEN = re.compile(r"\b(le|son|leur|mon) (papa|pere|ex)\b[^.;!?]{0,40}\b(ne |n )?(donne|paye|paie|verse|envoie) "
                                       r"(rien|plus rien|pas un rond|jamais rien|que dalle|pas un centime)\b")


def besoins_de_la_reponse(text: str) -> list[str]:
    """The needs named in an answer to "pour quoi cherchez-vous de l'aide ?" (a word is enough)."""
    return list(_besoins_de_la_reponse(text))


def besoins_lus_dans(text: str, mots: list[str], contexte: str) -> list[str]:
    """``mots``, the needs the words of ``text`` name, and those the needs' reader (``actions.lecteur_besoins``) reads in
    it where the words say nothing of them: in the text without what the words rule out (a benefit received, a job held,
    the household counted), which a reader of words in any order cannot see."""
    # (the debts need beside rent arrears or an energy bill that are the debt, whichever reading named them)
    return _sans_dette_deja_nommee(besoins_lus(_texte_des_besoins(text), mots, contexte, _besoins_dont_les_mots_parlent(text)),
                                   normaliser(text))


def _besoins_dont_les_mots_parlent(text: str) -> set[str]:
    """The needs whose words (``_BESOIN_MOT``) ``text`` holds, denied, held or named: the words' rules decide on them."""
    norm = normaliser(text)
    return {besoin for besoin, pattern in _BESOIN_MOT if re.search(r"\b(" + pattern + r")\b", norm)}


@functools.lru_cache(maxsize=256)
def _texte_des_besoins(text: str) -> str:
    """The folded text whose words name needs: without a need denied, a benefit received, a job held or found, the
    household counted, the acts of daily life one can no longer do."""
    norm = _sans_prestations_recues(_sans_besoins_nies(normaliser(text)))
    # a home help by trade (« je travaille à mi-temps aide à domicile ») needs none
    norm = _AIDE_A_DOMICILE_METIER.sub(" ", norm)
    # a job held (« je taf à McDo le week-end », « je bosse chez Carrefour ») is no need of work
    norm = re.sub(r"\b(je|j|on) (taf|tafe|bosse|travaille)\b (a|au|chez|dans|en|comme|le|la|les|pour)\b", " ", norm)
    # (and one held, « g un petit job le week end »)
    norm = re.sub(r"\b(j ai|g|jai|on a|il a|elle a) (un|deux|des|2) (petits? )?(jobs?|boulots?|travail|taf|contrats?)\b", " ", norm)
    # (and one found, « mon mari a retrouvé du travail en septembre »)
    norm = re.sub(r"\b(a|ai|avons|ont|vient de|viens de|venons de) (enfin |)(re)?trouve (du |un |une |)(petit |nouveau |)"
                  r"(travail|boulot|job|emploi|poste|taf|cdi|cdd)\b", " ", norm)
    # the household counted (« on est 4 avec ma femme et mes 2 enfants ») or the children's things (« les cahiers des
    # enfants ») name no need of the family
    # (and the children counted with their ages, « deux enfants de 11 et 15 ans »)
    norm = re.sub(r"\b(on est|nous sommes|famille de) \d+( personnes)?( avec [^,.;!?]*)?|"
                  r"\b(\d|un|une|deux|trois|quatre|cinq|six) (enfants?|gosses|petits|ados) (de |d |ages de |agees de )?\d+"
                  r"((,| et) \d+)*( ans| mois)?\b|"
                  # (and the children counted with whom one lives: « avec mon conjoint et nos 2 enfants », « j'ai 3 enfants »)
                  r"\b(avec|et|j ai|nous avons|on a) ((mes|nos|notre|mon|ma) )?(\d|un|une|deux|trois|quatre|cinq|six) "
                  r"(enfants?|gosses|gamins|petits|ados)\b|"
                  r"\b(les|la|le|leurs|leur) (cahiers|affaires|habits|vetements|jouets|lits?|chambres?|matelas|livres|cartables|"
                  r"papiers) (des|de mes|de nos) (enfants|gamins|gosses|petits)\b", " ", norm)
    # the children a need is for (« à manger pour mes enfants »): whom, no need of the family (12 development writers of 12
    # key the food alone)
    norm = re.sub(r"\b((?:manger|nourrir|nourriture|courses|repas|lait|couches|vetements|habits|chauffer|chauffage|loger|logement|toit|"
                  r"soigner|soins)(?: \w+){0,2}) pour (?:mes|nos|les|mon|ma|ses|leurs?) (?:enfants?|gosses|gamins|petits|bebes?|fils|"
                  r"filles?)\b", r"\1", norm)
    # (the loss of autonomy itself is no need named: the dialogue infers it, keeping the needs said before)
    return _sans_actes_impossibles(norm)


@functools.lru_cache(maxsize=256)
def _besoins_de_la_reponse(text: str) -> tuple[str, ...]:
    """``besoins_de_la_reponse``, kept for the few texts of a turn (the dialogue asks it several times of one message)."""
    norm = _texte_des_besoins(text)
    found = _besoins(norm)
    if "famille" not in found and _PARENT_QUI_NE_DONNE_RIEN.search(norm):
        found.append("famille")  # « le papa est parti au Brésil, il donne rien », to « pour quoi cherchez-vous de l'aide ? »
    for besoin, pattern in _BESOIN_MOT + (() if _QU_EST_CE.search(norm) else _BESOIN_DISPOSITIF):
        if besoin not in found and re.search(r"\b(" + pattern + r")\b", norm):
            found.append(besoin)
    if not found and re.search(r"\b(" + _BESOIN_GENERIQUE + r")\b", norm):
        found.append("argent")  # "des aides", "mes droits": what am I entitled to
    if "impayes_loyer" in found and "logement" in found and not re.search(r"\b(cherche|trouver)\b", norm):
        found.remove("logement")
    return tuple(_sans_dette_deja_nommee(found, norm))


# Words that name a status, a place or a loan rather than a need ("travailleur handicapé", "il vit en EHPAD",
# "propriétaires avec un crédit", "sorti de l'hôpital", "je suis aide à domicile"): a need only in a clause
# that asks or says a difficulty.
_MENTIONS = (
    ("handicap", r"handicap|handicapee?s?|mdph"),
    ("autonomie", r"ehpad|maison de retraite|aide a domicile"),
    ("dettes", r"credits?"),
    ("sante", r"hopital|hospitalisation"),
)
# Besides the words of a request (_DEMANDE, with the benefits below): a need or a difficulty said.
_DIFFICULTE = r"(besoin|cherche|cherchons|recherche|aides? pour|aider|n arrive plus|arrive plus|plus les moyens|" \
              r"pas les moyens|trop cher|galere|payer|" \
              r"bloquee?s?|en attente|toujours rien|pas de (reponse|nouvelles)|refusee?s?|(ne )?m en sors (plus|pas)|" \
              r"ne (\w+ )?sors plus|(m|s|nous) en (sors|sort|sortons) (plus|pas)|rembourser|plus (a )?payer)"


def _mention_seule(text: str, besoin: str) -> bool:
    """Whether ``besoin`` is named only by a status word, in clauses that neither ask nor say a difficulty."""
    pattern = dict(_MENTIONS).get(besoin)
    autres = [p for b, p in _BESOINS if b == besoin]
    reste = re.sub(r"\b(" + pattern + r")\b", " ", text) if pattern else text
    if not pattern or re.search(r"\b(" + autres[0] + r")", reste):
        return False  # named by another word too
    clauses = _clauses(text)
    # the clause naming it, with the next two ("j'ai 3 crédits et je n'arrive plus à rembourser", « deux crédits et
    # une carte renouvelable, je n'arrive plus à payer »)
    return not any(re.search(r"\b(" + pattern + r")\b", text[a:b]) and
                   re.search(r"\b(" + _DEMANDE + "|" + _DIFFICULTE + r")\b", text[a:clauses[min(k + 2, len(clauses) - 1)][1]])
                   and not re.search(r"\b(suis|est|comme) (une? )?(" + pattern + r")\b|"
                                     # the job with the work: « jtravaille a mi temps aide a domicile »
                                     r"\b(travaille|jtravaille|bosse|jbosse)\b[\w ]{0,25}?\b(" + pattern + r")\b", text[a:b])
                   for k, (a, b) in enumerate(clauses))


# The place one works at (« salariée dans une mutuelle », « je bosse dans une clinique »): no need of the speaker's.
_EMPLOYEUR = re.compile(r"\b(salariee?s?|employee?s?|travaille|travaillons|bosse|bossons|jtravaille|jbosse|taf|secretaire|"
                        r"comptable|agent|agente|conseillere?|hotesse|infirmiere?|aide soignante?) (\w+ ){0,2}?(dans|chez|a|pour) "
                        r"(une|un|la|le|l) (mutuelle|banque|assurance|clinique|hopital|pharmacie|ehpad|maison de retraite|"
                        r"creche|cantine|agence immobiliere)\b")


def _sans_besoins_nies(text: str) -> str:
    """« pas besoin d'argent », « pas de reconnaissance de handicap », « aucun crédit », « le loyer je le paye »:
    a need denied, or a charge said to be paid, is none; nor is a home carer's job (« salariée, aide à domicile »)."""
    text = _AIDE_A_DOMICILE_METIER.sub(" ", text)
    text = _EMPLOYEUR.sub(" ", text)
    text = re.sub(r"\b(pas|plus|jamais) besoin (d |de |du |des |de l |d une |d un )?\w+", " ", text)
    text = re.sub(r"\b(le |mon |notre )?loyers?,? (je|on|nous) (le |les )?(paye|paie|payons|payent|regle|reglons)|"
                  r"\b(le |mon |notre )?loyers?,? (c est bon|ca va|est paye|pas de (souci|probleme)|ok)\b", " ", text)
    # debts of the past, paid back (« j'avais 1200 de dettes mais j'ai tout remboursé »)
    text = re.sub(r"\b(j avais|on avait|nous avions|j ai eu|on a eu)( \w+){0,3} (dettes?|credits?)\b(?=[^.;!?]{0,40}\b(tout|tous|toutes) "
                  r"(rembourse\w*|paye\w*|regle\w*|solde\w*)\b)", " ", text)
    # rent arrears denied (« pas de loyer impayé mais l'électricité oui »)
    text = re.sub(r"\b(pas|plus|aucune?|sans|ni) (de |d |du )?(loyers? (impayes?|en retard)|(impayes?|retards?|dettes?) (de |du )?loyers?)\b",
                  " ", text)
    return re.sub(r"\b(pas|plus|aucune?|sans|ni|jamais eu) (de |d |du )?(reconnaissance (de |du |d )?|probleme (de |d )?|"
                  r"souci (de |d )?|taux (de |d )?)?(handicap|dettes?|credits?|mdph)\b", " ", text)


_BESOIN_AUTONOMIE = next(p for b, p in _BESOINS if b == "autonomie")
_BESOIN_ARGENT = next(p for b, p in _BESOINS if b == "argent")
# The acts of daily life a person can no longer do, one after the other (« du mal à se laver et à faire ses courses »).
_SEUL = r"( (tout|toute|toutes|tous) seule?s?| seule?s?)?"
_ACTES_IMPOSSIBLES = re.compile(r"\b" + _INCAPABLE.replace(r"|besoin (d|de) (aide|assistance|quelqu un)( \w+){0,4}? (pour|a)", "")
                                + r"( (?!payer|acheter|financer|avancer|rembourser)\w+){0,3}? " + _QUOTIDIEN
                                + _SEUL + r"(( et| ni| ou|,)( a| de)?( faire| se| s| me| m)?( (sa|ses|son|la|les|le|leur|mes|ma|mon))? "
                                + _QUOTIDIEN + _SEUL + r")*\b")


def _sans_actes_impossibles(text: str, a_la_place: str = " ") -> str:
    """Shopping or meals one can no longer do (« elle a de plus en plus de mal à se laver et à faire ses courses ») are
    a loss of autonomy, not food to find: ``a_la_place`` in their place (nothing: the loss of autonomy is a fact of its
    own, its need inferred by the dialogue)."""
    return _ACTES_IMPOSSIBLES.sub(a_la_place, text) if _perte_autonomie(text) else text


def _besoins(text: str) -> list[str]:
    text = _sans_besoins_nies(text)
    # (the need of autonomy the words named stays named)
    text = _sans_actes_impossibles(text, " perte d autonomie " if re.search(r"\b(" + _BESOIN_AUTONOMIE + r")", text) else " ")
    out = []
    for besoin, pattern in _BESOINS:
        if re.search(r"\b(" + pattern + r")", text) and not _mention_seule(text, besoin):
            out.append(besoin)
    if "dettes" in out and "argent" in out and not re.search(r"\b(" + _BESOIN_ARGENT + r")", re.sub(
            r"\b(?:je |on |nous )?(?:ne |n )?(?:m|s|nous) en (?:sors|sort|sortons)(?: vraiment| du tout)? (?:pas|plus)\b", " ", text)):
        # not making ends meet because of loans is the debts' need, not money's (30 development writers of 30: « j'ai 3
        # crédits conso, je m'en sors plus »); the words still tell the difficulty that makes the loans a need
        out.remove("argent")
    if "impayes_loyer" in out and "logement" in out and not re.search(
            r"\b(cherche|trouver|relogement|reloger|faut (un|une)|besoin d un (logement|toit)|ou dormir|a la rue)\b", text):
        out.remove("logement")  # « mon proprio veut me mettre dehors, je dois 4 200 € de loyer »: the arrears, the home kept
    return _sans_dette_deja_nommee(out, text)


def _sans_dette_deja_nommee(besoins: list[str], text: str) -> list[str]:
    """The debts need dropped when the debt read is the rent arrears (« garder mon logement, payer la dette ») or an
    energy bill (« je dois 640 € à EDF »: FSL, chèque énergie) already named as their own need, and no other debt is."""
    if "dettes" in besoins and (
            "impayes_loyer" in besoins and not re.search(r"\b(credits?|surendettement|decouvert|banque|urssaf|impots?|fisc|"
                                                         r"huissiers?(?!" + _POUR_LE_LOYER + r"))\b",
                                                         text) and
            # (the debts listed beside the rent, « le loyer en retard et les dettes », are others)
            not re.search(r"\bloyers?\b[^.;!?]*\b(et|,) (les |des |mes |d autres |autres )?dettes\b", text) or
            "energie" in besoins and not _AUTRES_DETTES.search(_DETTE_D_ENERGIE.sub(" ", text))):
        besoins.remove("dettes")
    return besoins


# -- benefits already received ------------------------------------------------------------

_PRESTATIONS = (
    ("rsa", r"rsa|revenu de solidarite( active)?"),
    ("prime_activite", r"prime d activite|prime activite|prime a l activite"),
    ("aide_logement", r"apl|als|alf|l al|aides? (au|de|pour le) logement|allocations? (de |du )?logement|"
                      r"allocs? (de |du )?logement|aide personnalisee au logement"),
    ("aah", r"aah|allocation (aux )?adultes? handicapes?|allocations? (aux |des )?(adultes? )?handicapes?|"
            r"allocs? handicapes?|allocation handicap"),
    ("aspa", r"aspa|minimum vieillesse|allocation de solidarite aux personnes agees"),
    ("css", r"css|c2s|complementaire sante solidaire|complementaire sante|cmu c|cmu"),
    ("ame", r"ame|aide medicale (de l )?etat"),
    # "les allocs" alone are the family allowances; "les allocs logement" are the housing benefit.
    ("allocations_familiales", r"allocations? familiales|allocs? familiales|allocs?(?! (de |du )?logement)|"
                               r"les allocations(?! (de |du )?logement)"),
    ("asf", r"asf|allocation de soutien familial|soutien familial"),
    ("ars", r"ars|allocation de rentree( scolaire)?|prime de rentree"),
    ("paje", r"paje|prestation d accueil du jeune enfant|prime de naissance|allocation de base|cmg|"
             r"complement (de )?libre choix|"
             # the shared child-rearing benefit (congé parental) is paid within the PAJE (CSS L531-1)
             # (« la PreParE », not « je la prépare », « je prépare un CAP »)
             r"(?<!je )(?<!on )(?<!il )(?<!elle )(?<!tu )(?<!nous )la prepare\b(?! (mon|ma|mes|un|une|le|la|les|des|son|sa|ses|"
             r"notre|nos|leur|leurs|l|d|du)\b)|prestation partagee d education( de l enfant)?"),
    ("apa", r"apa|allocation personnalisee d autonomie"),
    ("pch", r"pch|prestation de compensation( du handicap)?"),
    ("cej", r"cej|contrat (?:d )?engagement (?:jeunes?|jeunesse)"),
    ("cheque_energie", r"cheques? energie"),
    ("ass", r"ass|allocation de solidarite specifique"),
    ("pension_invalidite", r"pension d invalidite|invalidite"),
    ("chomage", r"chomage|are|allocation d aide au retour a l emploi|allocations? chomage|indemnites? (de )?chomage|"
                r"indemnites? france travail|indemnites? pole emploi|assedic"),
)
_RECU = r"(touche|touches|touchons|touchez|touchent|touchait|percois|percoit|percevons|recois|recoit|recevons|" \
        r"beneficie|beneficions|beneficient|ai|a|avons|ont|suis (au|a l|sous|a la|en)|est (au|a l|sous|a la|en)|" \
        r"sommes (au|a l|sous)|sont (au|a l|sous)|vis (avec|du|de l)|vit (avec|du|de l)|vivons (avec|du)|" \
        r"me verse|nous verse|lui verse|verse|versent|on a|j ai|en plus|plus|avec|et|aussi|deja|juste|seulement|" \
        r"uniquement|que|seul|seule|beneficiaire|beneficiaires|allocataire|allocataires|" \
        r"au|a l)"
_PAS_RECU = r"(refuse|refusee|supprime|supprimee|coupe|coupee|arrete|arretee|suspendu|suspendue|bloque|bloquee|" \
            r"rien|ni|pas|plus de(?! \d)|plus le|plus la|" \
            r"plus l|jamais|aucune?|sans)"
# Asked about, requested, hoped for: neither received nor refused.
_DEMANDE = r"(demande|demander|demandee|demandes|droit a|droit au|droit aux|eligible|comment|c est quoi|c koi|" \
           r"qu est ce|toucher|pourrais|pourrait|voudrais|voudrait|faire une demande|en attente|va avoir|" \
           r"vais avoir|aurai|attends|attend|infos?|informations?|savoir|quoi|cest quoi|entendu parler|parler de|" \
           r"parle de|conseille|conseiller|propose|pouvais|pouvait|pouvions|pouvoir|peux avoir|peut avoir|" \
           r"on m a dit|m a dit|on nous a dit|nous a dit|on lui a dit|" \
           r"veux|veut|voulons|voulez|veulent|voudrions|souhaite|souhaitons|souhaiterais)"
# A benefit of the past: "avant j'avais le RSA", "j'avais l'APL jusqu'en mars", "je touchais l'ASS"
_PASSE = r"(avant|autrefois|auparavant|avais|avait|avions|touchais|touchait|touchions|percevais|percevait|recevais|" \
         r"recevait|beneficiais|beneficiait|etais (au|a l|sous)|etait (au|a l|sous)|ai eu|a eu|avons eu)"
_FIN_PASSEE = r"^\s*(jusqu (en|a|au)|pendant \d|il y a)\b"


# A new subject with a verb of receipt (« il travaille pas, moi non plus, on a le RSA »): a negation before it
# is about something else, not about the benefit named after it.
_RECU_PAR_UN_SUJET = re.compile(r"\b(on a|j ai|nous avons|ils ont|elles ont|il a|elle a|(je|on|il|elle) (touche|percoit|"
                                r"percois|recois|recoit)|nous (touchons|percevons|recevons)|(je suis|on est|nous sommes) "
                                r"(au|a l|sous))\b")


# An amount that is one benefit's (« 1033 d'AAH », « l'ASPA de 1034 », « rsa 607 »), not a total with the benefits in it
_NOMS_DE_PRESTATION = r"(?:aah|rsa|aspa|asf|ass|apl|als|alf|paje|pch|apa|are|ars|pension d invalidite|prime d activite|minimum vieillesse)"
_MONTANT_D_UNE_PRESTATION = re.compile(r"\b\d+(?:\.\d+)? ?(?:e |euros? )?(?:d |de |du )(?:l |la |le )?" + _NOMS_DE_PRESTATION + r"\b|"
                                       r"\b" + _NOMS_DE_PRESTATION + r" (?:de |a |d )?\d+")


# « plus » that adds (« 1033 d'AAH plus l'APL », « 600 euros plus les allocs », « 550 €/mois plus l'AAH »), not
# « je touche plus l'APL »
_PLUS_ADDITIF = re.compile(r"(\d|\beuros?|\bmois|\bnets?|\bmensuels?|\b(?:" + "|".join(pattern for _, pattern in _PRESTATIONS) + r"))\s+plus\s+"
                           r"(?=(?:d |de |du |des |le |la |l |les )?$)")


_PERDRE_OU_GARDER = re.compile(r"\b(perdre|garder|conserver|perds|perd|perdrai|perdrais|perdrait|garde)\s+"
                               r"(?:encore\s+|toujours\s+)?(?:le |la |l |les |mon |ma |mes |notre |nos )?$")


def _nie_juste_avant(avant: str) -> bool:
    """Whether a negation stands just before the benefit (« pas l'APL », « plus de RSA »), with no subject
    receiving it in between."""
    negations = list(re.finditer(r"\b" + _PAS_RECU + r"\b", avant))
    if not negations:
        return False
    reste = avant[negations[-1].end():]  # within 25 characters and the same comma-free stretch
    return len(reste) <= 25 and "," not in reste and not _RECU_PAR_UN_SUJET.search(reste)


def _question_qui_suit(text: str, clause_end: int) -> bool:
    """Whether the rest of the sentence after a clause is a question about it: "l'ASS, c'est quoi ?"."""
    suite = re.match(r"\s*[,:]?\s*(c est quoi|qu est ce que c est|ca marche comment|comment ca marche|c est pour qui|"
                     r"j y ai droit|on y a droit|ca existe|c est vrai|c est possible|c est normal|vous croyez|"
                     r"est ce vrai|est ce possible)\s*\?", text[clause_end:])
    return suite is not None


# "aucune aide à part les allocs", "rien sauf l'APL": the one benefit received besides none
_AUCUNE = r"\b(aucune?|rien|pas d|pas de|plus d|plus de)\b"
_SAUF = r"sauf|a part|hormis|excepte"


# A benefit said to be received by another: « c'est lui qui les touche », « mon ex touche les allocs »
_RECUES_PAR_UN_AUTRE = re.compile(r"\b(c est (lui|elle|mon ex|son pere|sa mere|le pere|la mere|leur pere|leur mere|mon mari|ma femme|"
                                  r"mon conjoint|ma conjointe|mon compagnon|ma compagne|mon epoux|mon epouse) qui|"
                                  r"(mon ex|mon ex mari|mon ex femme|son pere|sa mere|le pere|la mere|leur pere|leur mere) "
                                  r"(les |la |le |l )?(touche|touchait|percoit|recoit|garde))\b")


# The benefit named, then denied (« l'APL on a jamais demandé », « la CSS je l'ai pas », « les allocs, on les touche pas »)
_NIE_JUSTE_APRES = re.compile(r"\s*,?\s*(?:on|je|j|nous|il|elle|ils|elles)\s+(?:ne |n )?(?:l |les |la |le )?(?:ne |n )?"
                              r"(?:a|ai|avons|ont|touche|touchons|touchent|percois|percoit|recois|recoit)\s+"
                              r"(?:jamais|pas|plus)\b|"
                              # never offered, never had (« l'apl on me l'a jamais proposée », « je l'ai jamais eue »)
                              r"\s*,?\s*(?:on|ils|elles|la caf|personne)\s+(?:ne |n )?(?:me |nous |m )?(?:l |les |la |le )?"
                              r"(?:a|ont|m a)\s+(?:jamais|pas)\s+(?:propose\w*|donne\w*|verse\w*|accorde\w*|attribue\w*|parle)\b|"
                              r"\s*,?\s*(?:je|j|on|nous)\s+(?:ne |n )?(?:l |les |la |le )?(?:ai|a|avons)\s+(?:jamais|pas)\s+"
                              r"(?:eu|eue|eus|demande\w*|fait|touche\w*)\b|"
                              # thought not to be for one (« l'APL je croyais que c'était pas pour moi »)
                              r"\s*,?\s*(?:je|j|on|nous)\s+(?:croyais|croyait|pensais|pensait|croyions|pensions)\s+(?:que |qu )?"
                              r"(?:c etait|c est|ca etait)\s+(?:pas|plus)\s+pour\s+(?:moi|nous)\b")


# The benefit named, then said cut or stopped, in the clause after it (« le rsa mais il est coupé », « l'APL, elle a été
# suspendue »): not received now.
_COUPEE_APRES = re.compile(r"\s*,?\s*(?:mais |sauf que |)(?:il|elle|ils|elles|c|ca) (?:est|sont|a ete|ont ete|etait|etaient) "
                           r"(?:\w+ )?(?:coupee?s?|suspendue?s?|supprimee?s?|arretee?s?|bloquee?s?|stoppee?s?)\b")


# A benefit paid to someone else (« les allocs sont au nom de mon mari », « versées à mon ex »): not the person's.
_AU_NOM_D_UN_AUTRE = re.compile(r"\s*(?:(?:sont|est|restent|reste|c est|c etait|c etaient|etaient|etait) (?:toujours |encore )?)?"
                                r"(?:au nom de|versee?s? a|touchee?s? par|a) "
                                r"(?:mon|ma|son|sa|leur) (?:ex|ex mari|ex femme|mari|femme|epoux|epouse|conjointe?|compagnon|"
                                r"compagne|pere|mere)\b|"
                                # (« les allocs et la paje allaient sur son compte à lui »)
                                r"\s*(?:[,;] ?(?:mais )?)?(?:\w+ ){0,4}(?:allaient|vont|arrivent|arrivaient|tombent|tombaient|sont versee?s?|etaient versee?s?|"
                                r"etait versee?|est versee?) sur (?:son|le|leur) compte\b(?! (?:a moi|de moi))|"
                                r"\s*(?:[,;] ?(?:mais )?)?(?:c etait|c etaient|cetait|c est|etaient|etait) sur (?:son|leur) compte\b"
                                r"(?! (?:a moi|de moi))|"
                                # (« les allocations c'était sur le compte de mon ex »)
                                r"\s*(?:[,;] ?(?:mais )?)?(?:c etait|c est|c etaient|etaient|etait|sont|allaient|vont|arrivaient|tombaient) "
                                r"(?:versee?s? )?sur le compte (?:de|d) (?:mon|ma|leur|son|sa) (?:ex|ex mari|ex femme|mari|femme|epoux|"
                                r"epouse|conjointe?|compagnon|compagne|pere|mere)\b|"
                                # (« rien à mon nom, les allocs c'était lui »: received by the partner one has left)
                                r"\s*(?:[,;] ?)?(?:c etait|c etaient|cetait) (?:lui|elle|mon ex|son pere|sa mere|a lui|a elle)\b")
# the benefit received by the other before the separation (« c'était lui qui touchait les allocs »)
# People outside the household, whose benefits and nationality are not the person's.
_HORS_DU_FOYER = r"(?:collegues?|amie?s?|voisine?s?|cousine?s?|freres?|soeurs?|beaux? freres?|belles? soeurs?|connaissances?|" \
                 r"potes?|patron|patronne|cheffe?)"
_TOUCHE_PAR_L_AUTRE_AVANT = re.compile(r"\b(?:(?:c etait|cetait) (?:lui|elle|mon ex) qui|mon ex|il|elle) (?:les |la |le |l )?"
                                       r"(?:touchait|recevait|percevait|avait)\s*$|"
                                       # someone outside the household (« mon collègue français touche la prime d'activité »)
                                       rf"\b(?:mon|ma|mes|un|une) {_HORS_DU_FOYER}(?: \w+)? (?:la |le |l |les )?"
                                       r"(?:touche|touchent|touchait|recoit|recoivent|percoit|percoivent|a|ont)\s*$")


# Unemployed with no benefit (yet, or any more): « pas encore indemnisé », « pas encore de chômage », « au chômage … je ne
# touche plus rien ».
_CHOMAGE_PAS_ENCORE = re.compile(
    r"\b(pas|plus|jamais) (encore )?(indemnisee?s?|d indemnisation|de chomage|d allocations? chomage|d are)\b|"
    # rights to it ended (« plus de droits au chômage »)
    r"\b(pas|plus|aucun) (de |d )?droits? (au |a l |aux |a )?(chomage|are|allocations? chomage|indemnisation)\b|"
    r"\b(au chomage|france travail|pole emploi|licenciee?)\b[^.;!?]{0,60}\b(ne |n )?(touche|touchons|percois|recois) "
    r"(plus |encore |toujours )?(rien|pas un sou|pas un centime)\b")


# An invalidity pension's category (« en invalidité catégorie 2 »): the pension is received.
_CATEGORIE_D_INVALIDITE = re.compile(r"\binvalidite (de )?(categorie|cat) [123]\b")


def _prestations(text: str, requested: Optional[str], montants_lies: set[str]) -> tuple[list[str], set[str]]:
    """(benefits received, benefits said not received) in ``text``."""
    recues: list[str] = []
    retirees: set[str] = set()
    clauses = _clauses(text)
    # a list of facts ("il a 52 ans, AAH, taux 80 %"): a benefit named alone in it is one received
    liste_de_faits = len(clauses) >= 3 and "?" not in text and sum(
        bool(re.search(r"\d", text[a:b])) for a, b in clauses) >= 1
    precedente_recue = False
    precedente_verbe = False
    precedente_demande = False
    fin_precedente = 0
    for clause_start, clause_end in _clauses(text):
        clause = text[clause_start:clause_end]
        # "je ne touche rien sauf l'APL": « sauf » cut the clause; what follows it is received
        sauf = bool(re.search(rf"\b({_SAUF})\b", text[fin_precedente:clause_start])) and bool(
            re.search(_AUCUNE, text[max(0, fin_precedente - 40):fin_precedente]))
        fin_precedente = clause_end
        # "on a les APL et les allocations familiales": a benefit listed after one received;
        # "j'ai 38 ans et le RSA": the verb of the clause before governs this one
        en_liste = (precedente_recue or precedente_verbe) and bool(re.match(r"\s*(aussi |ainsi que |plus |avec )?(le |la |l |les |des |un |une )?"
                                                      r"[a-z]", clause))
        precedente_recue = False
        # « si j'ai droit à la prime d'activité et à l'aide pour le logement »: the preposition says the clause goes
        # on with the question before it (its « à » is no « a » of having)
        suite_de_question = precedente_demande and bool(re.match(r"\s*(et |ou |ainsi que |aussi |puis )?(a|au|aux|pour)\b",
                                                                  clause))
        precedente_demande = bool(re.search(r"\b" + _DEMANDE + r"\b", clause)) or suite_de_question
        precedente_verbe = bool(re.search(r"\b(j ai|on a|nous avons|touche|touchons|percois|percoit|recois|recoit|"
                                          r"beneficie|vis avec|vit avec|vivons avec|vivent avec|vis de|vit de|vivons de)\b",
                                          clause)) and not \
            re.search(r"\b" + _DEMANDE + r"\b|\b" + _PAS_RECU + r"\b|\b(ne|n) \w+ (pas|plus|jamais)\b", clause)
        for pid, pattern in _PRESTATIONS:
            for m in re.finditer(r"\b(?:le |la |l |les |l |des |de |du |d |mon |ma |mes |son |sa |ses |notre |nos )?("
                                 + pattern + r")\b", clause):
                if pid == "chomage" and not (requested == "prestations_percues" or pid in montants_lies or re.search(
                        r"\b(touche|touchons|percois|recois|ai droit au|indemnise|indemnisee|allocations?|indemnites?|"
                        r"are)\b", clause)):
                    continue  # "je suis au chômage": an activity; the benefit only when received
                # (« je suis en invalidité » is the pension's status: « j'ai 56 ans, je suis en invalidité et j'ai la RQTH »)
                # (its category says the pension, « en invalidité catégorie 2 »)
                if pid == "pension_invalidite" and pid not in montants_lies and not re.search(r"pension|touche|percois|recois", clause) \
                        and not _CATEGORIE_D_INVALIDITE.search(clause) \
                        and not re.search(r"\b(je suis|suis|il est|elle est|est) (en|a l) invalidite\b(?! (?:\w+ )?(?:pour cent|a \d))", clause):
                    continue
                if pid == "css" and m.group(1) == "complementaire sante" and requested != "prestations_percues":
                    continue  # « la complémentaire santé » is the CSS among the aids received only (else any mutual insurance)
                if pid == "chomage" and re.search(r"\b(plus|pas|sans|aucune?|ni) (d |de )?(indemnites?|allocations?|"
                                                  r"indemnisation|droits)\b|\b(non|pas|plus) indemnisee?s?\b|"
                                                  r"\b(en |a la )?fin de (mes |ses |droits? )?(droits?|chomage)\b", clause) and \
                        not re.search(r"\b(ass|allocation de solidarite specifique)\b", m.group(0)):
                    retirees.add(pid)  # "au chômage sans indemnités": unemployed, no benefit
                    continue
                avant = clause[:m.start()]
                if sauf and not avant.strip() or re.search(
                        rf"\b(mis a part|{_SAUF}|en dehors de|a l exception de|juste|seulement)\s*$",
                        avant) and re.search(_AUCUNE, avant) and \
                        not re.search(r"\b" + _DEMANDE + r"\b|\bdroit\b", avant):
                    # "je n'ai aucune aide à part les allocs ?": the one benefit received, even in a question
                    if pid not in recues:
                        recues.append(pid)
                    precedente_recue = True
                    continue
                # a benefit one fears to lose or hopes to keep (« est-ce que je vais perdre mon RSA ? »): received, even asked
                perdu_ou_garde = _PERDRE_OU_GARDER.search(avant) is not None
                if not perdu_ou_garde and (
                        suite_de_question or re.search(r"\b" + _DEMANDE + r"\b", avant) or "?" in text[clause_end:clause_end + 1] or \
                        re.search(r"\b(parle|parlee|parler|parles|parlait|dit|conseille|propose|explique)\s*$", avant) or \
                        re.search(r"^[^.!?]*\b(si|savoir si) (on|j|je|nous|il|elle) (y )?(a|ai|avons) droit\b", clause[m.end():]) or \
                        re.fullmatch(r"\s*(et |mais |sinon |au fait |et pour |pour )?(le |la |l |les )?(" + pattern + r")\s*", clause) and \
                        re.fullmatch(r"\W*((bonjour|bonsoir|salut|et)\W*)?", text[:clause_start]) and \
                        re.match(r"\s*[,:][^.!]*\?", text[clause_end:]) or \
                        _question_qui_suit(text, clause_end) or re.search(
                            r"\b(peur|crainte|crains|craint|craignons|inquiete?s?|entendu dire|il parait) (que|qu|de|d)\b", avant) or \
                        re.search(r"\b(si|quand|lorsque|lorsqu|au cas ou|une fois que)\s+(je|j|on|nous|il|elle)\b", avant)):
                    # a question about the benefit, a fear of it (« peur que l'ASPA soit reprise »), a condition
                    # (« si je touche le minimum vieillesse, dois-je arrêter la cantine ? »)
                    continue
                if re.search(r"\b(peut etre|peutetre|ptet|ptetre|je crois|il me semble|possible|sans doute)\s*(aussi |encore )?$",
                             avant) or re.match(r"\s*(peut etre|je crois|il me semble)?\s*,?\s*(je (ne )?(sais|sait) (pas|plus)|"
                                                r"j sais pas|jsais pas|je suis pas sure?|pas sure?)\b", clause[m.end():]):
                    continue  # « peut-être l'APL, je sais pas »: not known to be received (asked by its caisse, not counted)
                if re.search(r"\b(je|j|on|nous) (croyais|croyait|pensais|pensait|croyions|pensions) (que |qu )?"
                             r"(l |les |la |le |)$", avant):
                    continue  # « rien, je croyais que l'APL c'était pas pour les foyers »: a belief about it, not received
                # the rent before the housing aid is taken off (« 280 de redevance, avant l'APL »): « avant » is no past, the aid
                # is received (it was taken as an aid of the past, and a list that held it lost it)
                avant_l_aide = pid == "aide_logement" and re.search(
                    r"\d[^.;!?]*\bavant\s*(?:l |les |la |mon |mes )?$",
                    text[max(0, clause_start + m.start() - 40):clause_start + m.start()]) is not None
                if (re.search(r"\b" + _PASSE + r"\b", avant) or re.search(_FIN_PASSEE, clause[m.end():])) and not avant_l_aide and \
                        not (pid in ("cheque_energie", "ars") and not re.search(r"\b(plus|pas|jamais|annee derniere|l an dernier)\b",
                                                                                 clause)):
                    # received once, not now (the chèque énergie and the back-to-school allowance are paid once a year:
                    # « j'ai eu le chèque énergie en novembre », « on a eu l'ARS en août » are this year's)
                    retirees.add(pid)
                    precedente_verbe = True  # "…, maintenant la prime d'activité": what follows is received
                    continue
                # « 1033 d'AAH plus l'APL »: « plus » after an amount or a benefit adds, it does not deny
                avant = _PLUS_ADDITIF.sub(r"\1 et ", avant)
                if re.fullmatch(r"\s*plus\s+(?:d |de |du |des |le |la |l |les )?", avant) and \
                        re.search(r"(\d|\beuros?|\bmois|\bnets?|\bmensuels?)\s*,$", text[:clause_start].rstrip()):
                    avant = " et "  # « environ 700, plus l'ASPA »: the amount then what adds to it
                if _nie_juste_avant(avant) or \
                        re.search(r"^\s*(?:est|a ete|m a ete|lui a ete|nous a ete|sont|ont ete|s est|se sont|c est|c etait)?\s*(supprimee?s?|"
                                  r"coupee?s?|arretee?s?|refusee?s?|terminee?s?|finie?s?|suspendue?s?|"
                                  r"bloquee?s?|stoppee?s?|interrompue?s?)\b",
                                  clause[m.end():]) or \
                        _NIE_JUSTE_APRES.match(clause[m.end():]) or _AU_NOM_D_UN_AUTRE.match(text[clause_start + m.end():]) or \
                        _COUPEE_APRES.match(text[clause_start + m.end():]) or \
                        _TOUCHE_PAR_L_AUTRE_AVANT.search(re.sub(r"\s*\b(?:le|la|les|l|des|du)\s*$", "", avant)) or \
                        re.search(r"\b(ne|n) \w+ (pas|plus|jamais|rien)\b", avant) or \
                        re.search(r"(^|[^n] |^\s*)(plus|pas|fini|finie|fin) (d |de |du |des )?$", avant) or \
                        re.search(r"\b(touche|touches|touchons|touchez|touchent|percois|percoit|percevons|recois|"
                                  r"recoit|recevons|beneficie|ai|a|avons|ont)\s+(plus|pas)\s*$", avant):
                    # "je touche plus l'APL", "j'ai pas la CSS": the "ne" dropped, as people write
                    retirees.add(pid)
                    if pid in recues:
                        # named received earlier in the message, denied after (« l'APL et la prime d'activité… non en
                        # fait, la prime d'activité je l'ai plus »): the later word corrects the first
                        recues.remove(pid)
                    continue
                possessif = bool(re.match(r"(mon|ma|mes|son|sa|ses|notre|nos) ", m.group(0)))
                # the rent said net of the housing aid (« je paye 230 après les APL », « 520 APL déduite »): the aid is received
                net_de_l_aide = pid == "aide_logement" and (
                    bool(re.search(r"\b(apres|moins|deduction faite de|une fois)\s*$", avant)) or
                    bool(re.match(r"\s*(deduites?|deduits?|deduction faite|enlevees?|retirees?|payees?)\b", clause[m.end():])))
                recu = bool(re.search(r"\b" + _RECU + r"\b", avant)) or pid in montants_lies or possessif or net_de_l_aide or \
                    perdu_ou_garde or \
                    pid == "pension_invalidite" and bool(_CATEGORIE_D_INVALIDITE.search(clause)) or \
                    avant_l_aide or \
                    requested in ("prestations_percues", "ressources", "autres_ressources") or en_liste or \
                    requested == "chomage" and pid in ("chomage", "ass") or \
                    liste_de_faits and re.fullmatch(r"\s*(?:le |la |l |les )?(?:" + pattern + r")\s*", clause) is not None or \
                    bool(re.search(r"^\s*(?:de |d )?(?:\d+|que|seulement|uniquement|pour vivre|comme revenu)",
                                   clause[m.end():])) or \
                    bool(re.match(r"\s*(en plus|aussi|egalement|en complement|a cote|est (deja |bien )?(en place|versee?|accordee?|"
                                  r"attribuee?))\b", clause[m.end():]))  # « 700 de retraite et l'ASPA en plus », « l'APA est déjà en place »
                if recu and pid not in recues:
                    recues.append(pid)
                if recu:
                    precedente_recue = True
    if recues and re.search(r"\b(je|moi je|j) (ne )?(touche|percois|recois) rien\b", text) and re.search(
            r"\b(allaient|vont|arrivent|arrivaient|tombent|tombaient|sont versee?s?|etaient versee?s?) sur (son|leur) compte\b", text):
        # « moi je touche rien, les allocs et la paje allaient sur son compte à lui »: the other's, none received
        return [], retirees | set(recues)
    return recues, retirees - set(recues)


# -- amounts ----------------------------------------------------------------------------

# Cue words of each kind of amount, the most specific first.
_CUES: tuple[tuple[str, str], ...] = (
    # (not the modal « il doit rester 8 000 € », « ça doit faire 500 »: a guess, no debt)
    ("dette", r"dettes?|decouvert|dans le rouge|en negatif|(?:dois|doit|devons|doivent|devez)(?! (?:y |en )?(?:rester|avoir|faire|etre|"
              r"exister)\b)|retards?|impayes?|impayee?s|arrieres?|reclame|reclament|"
              r"reclamer|dus|du au|de retard|en retard|rembourser|pas paye|pas payer|plus paye|plus payer|"
              r"pas pu payer|pas regle|pas verse|manque"),
    ("epargne", r"epargne|economies|livrets?|livret a|de cote|compte epargne|pel|cel|assurance vie|placements?|"
                # (not what arrives on the account: « 1 290 net sur le compte », « qui tombe sur mon compte »)
                r"patrimoine|(?<!net )(?<!nets )(?<!vire )(?<!verse )(?<!tombe )(?<!arrive )(?<!recu )sur (?:mon|le) compte|en banque"),
    ("pension_alimentaire_recue", r"pensions? alim(entaires?)?|pension pour (les|mes|nos|ma|mon|ses) "
                                  r"(enfants?|fils|filles?|petits?)|pension (du|de leur|de son|de mon ex|de l) (pere|ex)|"
                                  r"pension (que verse|versee par|payee par) (le|leur|son|mon)|"
                                  r"(mon|son|leur) (ex|ex mari|ex femme|ex conjoint|ex compagnon) (me |nous |lui )?"
                                  r"(verse|donne|paie|paye|envoie)|"
                                  # "le père paie 200 pour les enfants": the children's other parent, not "mon père"
                                  r"(le|leur) (pere|papa|mere|maman)( des enfants| des petits| de mes enfants)? "
                                  r"(me |nous |lui )?(verse|donne|paie|paye|envoie)|"
                                  # « j'ai mon fils à la maison et son père me verse 150 € »: the child's father
                                  r"(son|sa) (pere|papa|mere|maman) me (verse|paie|paye)|"
                                  # what the other parent must pay (« il doit me verser 200 de pension mais il paye pas »)
                                  r"(il|elle|ex|pere|mere|papa|maman) (doit|devrait|est cense|est censee|est condamne a|"
                                  r"est condamnee a) (me |nous |lui )?(verser|payer|donner)"),
    ("prestation", r"rsa|aah|apl|als|alf|aides? (au|de) logement|allocations? familiales|allocs?|prime d activite|"
                   r"prime activite|aspa|minimum vieillesse|asf|soutien familial|paje|pch|apa|invalidite|"
                   # (« retraité de la MSA »: the farmers' fund pays the pension)
                   r"caf|(?<!retraite de la )(?<!retraitee de la )(?<!retraites de la )(?<!pension de la )(?<!avec la )(?<!par la )(?<!retraite )(?<!retraites )(?<!pension )msa|"
                   r"allocations?|prestations?|prime de naissance|prime de rentree|ars"),
    # the ASS (allocation de solidarité spécifique) follows the ARE when its rights end: unemployment money too
    ("chomage", r"chomage|are|ass|allocation de solidarite specifique|france travail|pole emploi|indemnites?|assedic"),
    # (« en cumul emploi retraite »: pay earned while retired, not the pension)
    ("retraite", r"(?<!cumul emploi )(?<!cumul activite )retraites?|retraitee?s?|pension de reversion|reversion|pensions?|carsat|agirc|arrco|complementaire(?! sante)"),
    # (a loan's monthly instalments, « 900 euros de mensualités » of consumer credits: spending, not a rent)
    ("depense", r"electricite|gaz|factures?|credits?|mensualites?|assurance|mutuelle|"
                # an establishment's fees (« les frais qui sont de 2300 € par mois », « l'EHPAD coûte 2600 »)
                r"(les |des )?frais (d hebergement |de sejour |de l ehpad |de l etablissement )?(qui sont |sont |de |a )|"
                r"(ehpad|etablissement|maison de retraite|usld|unite de soins)( \w+){0,3} (coute|coutent|revient|facture|prend|demande|"
                r"est a|c est)|(tarif|prix|cout|facture) (\w+ ){0,2}(de l |du |de la |d )?(ehpad|etablissement|hebergement|maison de retraite)|"
                # a loan paid back (« je rembourse 900 € par mois sur mon salaire »)
                r"(je|j|on|nous) (rembourse|remboursons)|remboursements?|"
                # what a host asks for (« il me demande 200 par mois »): money paid, not received (not « je lui donne 150 »,
                # which a person writing for a relative says of the money the relative receives)
                r"(il|elle|ils|elles) (me|m|nous) (demande|demandent|prend|prennent|fait payer|font payer)|"
                # « surveillance de cantine », « je travaille à la cantine »: a workplace, not a spending
                r"(?<!surveillance de )(?<!surveillant de )(?<!surveillante de )(?<!travaille a la )(?<!bosse a la )"
                # (« 10 800 après charges », « net de charges »: the amount left, not a spending)
                r"(?<!pour la )(?<!agent de )cantine|courses|(?<!apres )(?<!hors )(?<!net de )(?<!deduction des )(?<!moins les )charges|edf|eau|"
                # (« d'après ma feuille d'impôts »: where the amount was read, not a tax paid)
                r"telephone|internet|essence|abonnement|creche|nounou|(?<!feuille d )(?<!feuilles d )(?<!avis d )(?<!apres les )"
                r"(?<!apres mes )(?<!declaration d )impots?|taxe"),
    ("revenus_activite", r"(apprentissage|alternance|contrat|stage|cdi|cdd|job|boulot|travail|poste|taf)\)? (\w+ ){0,2}payee?s?|"
                         # (a job paid by the week, its hours between: « un boulot de 20h par semaine payé 240 € la
                         # semaine »; not « je travaille et je paye 500 », a rent)
                         r"(petite? |petits )?(job|boulot|travail|travaille|bosse|contrat|mission|cdd|cdi)s?\b[^,.;:]{1,40}?(?<!\bje )(?<!\bon )(?<!\bj )"
                         r"(?<!\bnous )(?<!\bil )(?<!\belle )(?<!\bils )(?<!\bqui )(?<!\bme )(?<= )payee?s?|"
                         # (first: paid for a job, « en apprentissage payé 1 000 € », is no rent paid)
                         r"salaires?|ma paie|ma paye|la paie|fiche de paie|suis payee?|est payee?|sommes payes|"
                         r"ramene|ramenons|net|nets|brut|gagne|me fais|(?<!ca )(?<!cela )me fait|se fait|se font|gagnes|gagnons|gagnez|"
                         r"gagnent|gagner|smic|revenus? du travail|travaille|travaillons|bosse|bossons|boulots?|jobs?|interim|"
                         r"paies|paye par mon|paye par (le|mon) patron|(patron|employeur|boite|entreprise|interim|clients?|agence) "
                         r"(me|m|nous) (paie|paye|payent|paient|verse|versent)|"
                         r"mon patron|mon employeur|salariee?s?|mi temps|temps partiel|"
                         # (« moi j'ai un petit contrat 20h à 600 € »: not a lease nor an insurance)
                         r"(petit|un|mon) contrat(?! (de location|de bail|d assurance|jeune majeur|d engagement|obseques))|"
                         # (not « la mission locale », the young people's office)
                         r"fait rentrer|rapporte|menages?|missions?(?! locales?)|chantiers?|extras?|degage|chiffre d affaires|"
                         # a student's jobs (« 300 de baby-sitting », « des cours particuliers »): pay
                         r"baby sitting|babysitting|baby sitter|cours particuliers|soutien scolaire|petit job|petits jobs|"
                         # (pay earned while retired; the only one of the couple who works, « je suis le seul à travailler 1650 € »)
                         r"cumul (emploi|activite) retraite|(le seul|la seule|seule?) a (travailler|bosser)|"
                         # (a year's takings, « l'année a été catastrophique, j'ai sorti 6000 sur l'année »)
                         r"(j ai|on a|nous avons) (sorti|degage|tire)|(je me suis|on s est|nous nous sommes) (sorti|sortis|tire|tires)|"
                         # (what the farm or the business left the person, « l'exploitation m'a laissé 9 600 € sur l'année »)
                         r"(l exploitation|la ferme|l entreprise|mon entreprise|mon activite|mon commerce|la boutique|le commerce) "
                         r"(m a|nous a|m|nous|me|m en|nous en) ?(laisse|laisser|laissee|rapporte|degage)|"
                         # an independent's own pay (« je me verse 1200 », « il se verse 1500 », « je me sors 1100 »;
                         # « on se tire à peine 800 € à deux »)
                         r"(je me|il se|elle se|on se|nous nous) (verse|versons|paie|paye|payons|sors|sort|sortons|tire|tirons)|"
                         # the employer named (« 433 du mcdo + la bourse »)
                         r"(du|au|chez|de) (mcdo|macdo|mc do|mcdonalds?|quick|kfc|burger king|carrefour|lidl|auchan|leclerc|"
                         r"intermarche|amazon|supermarche|restau|resto|bar)|"
                         r"benefices?|revenus? (de la ferme|de l exploitation|agricoles?|de l entreprise)|au noir|cdi|cdd|apprenti|apprentie|apprentissage|alternance|heures sup|(quelques|des) heures|"
                         r"surveillance|vacations?|"
                         # the pay with its bonuses (« 1 750 € avec les primes »)
                         r"(avec|hors|sans) (les )?primes|primes comprises|"
                         # a job held (« j'ai un travail en cuisine, 1 450 € », « il a trouvé un travail à 1 500 € »), paid
                         # by the household's cheques (CESU)
                         r"(j ai|j avais|il a|elle a|a trouve|ai trouve|avons trouve) un (travail|emploi|poste)|cesu|"
                         r"cheques? emploi services?|revenu agricole|revenus agricoles"),
    # (« la location de la voiture » of a driver is a cost of the trade, no rent)
    ("loyer", r"loyers?|locataires?|location(?! (de|d|du|des) (la |ma |sa |une |leur |notre |l )?(voiture|vehicule|taxi|camion|materiel|"
              r"licence|box|garage|parking))|colocation|coloc|loue|louee|louees|loues|louons|appartement|appart|studio|(?<!\bde )chambre|"
              r"t1|t2|t3|t4|f1|f2|f3|f4|hlm|"
              r"bailleur|proprio|proprietaire|je paie|je paye|on paie|on paye|nous payons|(?<!\bme )(?<!\bnous )(?<!\bm )(?<!\bil )(?<!\belle )"
              # (what another paid or not, « il a jamais payé alors que le juge a dit 150 », is no rent of the person)
              r"(?<!\bil a )(?<!\belle a )(?<!\bil a jamais )(?<!\belle a jamais )(?<!\bil a pas )(?<!\belle a pas )(?<!\bil n a )"
              r"(?<!\belle n a )(?<!\bil n a jamais )(?<!\belle n a jamais )(?<!\bil n a pas )(?<!\belle n a pas )(?:paie|paye)"
              # (a thing that no longer pays, « le lait paye plus »)
              # (nor a means short of paying, « ma retraite ne suffit pas à payer, elle est de 1100 € »)
              r"(?! plus\b| pas\b| rien\b| mal\b| bien\b)|(?<!suffit pas a )(?<!suffit plus a )(?<!suffisent pas a )payer|coute|"
              # (a student's residence: « logé en résidence Crous pour 310 € »)
              r"coutent|logement|redevance|(en|ma|une|la|notre) residence|"
              r"(?<!bourse )(?<!bourse du )(?<!bourse de )(?<!bourses du )(?<!bourses )crous|cite u|cite universitaire"),
    ("autres_ressources", r"bourse|revenus? locatifs?|loyers? (que je|qu on) (touche|percois)|autres? revenus?|"
                          # a rent received for a place one lets (« 200 de loyers d'un petit studio que je loue », « 100 de
                          # loyer d'un garage », « je touche 450 € par mois du loyer d'un studio »)
                          r"loyers? (d un|d une|de mon|de ma|de mes|du|des) (petit |petite |vieux |vieille )?(studio|appartement|"
                          r"appart|garage|maison|logement|local|chambre|parking|box|t1|t2|t3|terrain|gite|mobil home)s?\b"
                          r"(?=[^.;!?]*\bque (je|j|on|nous) (sous )?(loue|louons|mets|met)\b)|"
                          + _TOUCHE_UN_LOYER + "|"
                          # a trainee's pay (« en formation payée par la région, environ 700 € par mois »)
                          r"formation (remuneree|payee|indemnisee) (par|de)|remuneration (de |d )?(la )?(formation|stagiaire)|"
                          # a room let out: « je loue une chambre de ma maison à un étudiant pour 180 € »
                          r"(je|on|nous|j) (sous )?(loue|louons) (\w+ ){1,6}?a (un|une|des|deux|2|3) (etudiante?s?|locataires?|"
                          r"jeunes?|personnes?|touristes?|apprentie?s?|stagiaires?)|"
                          r"rente|indemnites journalieres|ij|(mes|ses|nos) parents,? (c est|ca fait|ca me fait|environ|dans les)|"
                          # « 80 de mes parents », « 100 euros de ma mère »: money that comes from the family, said right after
                          # the amount (« au sujet de mon père » is no such money)
                          r"(?:(?<=\d )|(?<=euros ))(de|par|venant de) (mes|ses|nos|ma|sa|mon|son) (parents|famille|mere|pere|"
                          r"grands parents|grand mere|grand pere|frere|soeur|tante|oncle)|"
                          r"(mes|ses|nos) parents (me|m|lui|nous) (donnent|versent|"
                          r"aident|envoient|passent)|aide de (mes|ses|ma|sa) (parents|famille|mere|pere)|"
                          r"pension d orphelin|dedommagement|revenus? fonciers?|"
                          rf"(mon|ma|mes|son|sa|ses|notre|nos) ({_PROCHE}|{_ENFANT}|famille|proches|amis?|amies?) "
                          r"(me|m|nous|lui) (aide|aident|donne|donnent|envoie|envoient|verse|versent|passe|passent|"
                          r"file|filent)( de)?|(sous loue|sous louer|sous location|je loue|on loue|nous louons)( \w+){0,6} "
                          r"(me |nous )?(paie|paye|verse|donne|rapporte)|(loue|garage|parking|box|terrain|studio|appartement|"
                          r"maison|chambre)( \w+){0,3} (me |nous |lui )?rapporte"),
    ("generique", r"revenus?|ressources?|touche|touches|touchons|touchez|touchent|percois|percoit|recois|recoit|"
                  r"recevons|vivons avec|vis avec|pour vivre|entre|rentre|on a|par mois|mensuel"),
)
# A job noun cues earned income too (_METIERS, shared with the activity "salarie").
_CUES = tuple((kind, pattern + "|" + _METIERS if kind == "revenus_activite" else pattern) for kind, pattern in _CUES)
METIERS = _METIERS  # job nouns: actions.territoire does not read them as communes
_ORDRE_CUES = ("dette", "epargne", "pension_alimentaire_recue", "autres_ressources", "prestation", "chomage",
               "retraite", "depense", "revenus_activite", "loyer", "generique")
_CUE_RE = [(kind, re.compile(r"\b(" + dict(_CUES)[kind] + r")\b")) for kind in _ORDRE_CUES]
_DETTE = dict(_CUE_RE)["dette"]
_TOTAL = re.compile(r"\b(a nous (2|deux)|a (eux|elles|vous) (2|deux)|a deux|nous deux|ensemble|en tout|au total|pour le foyer|du foyer|"
                    r"pour nous (2|deux)|tous les deux|le couple|du couple|pour la famille|total)\b")
_VAGUE = re.compile(r"\b(plus de|moins de|au moins|pas plus de|au plus|superieur a|inferieur a|"
                    r"entre|jusqu a|max|maximum|minimum|voire)\s*$")
# (a farm's or a home's things counted too: « on a 60 vaches », « 40 hectares »)
_UNITES = (r"(ans?|enfants?|mois|pour cent|pourcents?|fois|jours?|semaines?|annees?|fils|filles?|personnes?|gamins?|"
           r"potes|amis|amies|copains|copines|colocs|colocataires|"
           r"pieces?|m2|metres?|h|heures?|eme|er|e|ieme|km|kilos?|minutes?|petits?|bebes?|ados?|gosses?|nuits?|trimestres?|"
           r"derniers?|dernieres?|demandes?|dossiers?|courriers?|lettres?|relances?|"
           r"hectares?|ha|vaches?|chevres?|brebis|moutons?|cochons?|porcs?|poules?|betes?|tetes?|ruches?|chevaux|animaux|"
           r"chiens?|chats?|voitures?|places?)")
# Things paid that one counts (« 3 loyers de retard », « 2 mensualités »): a count is small; « rsa 480 loyer 650 »
# is an amount, then a label.
_COMPTES = r"(loyers?|mensualites?|factures?|echeances?|versements?|termes?)"


@dataclass
class _Montant:
    value: float
    start: int
    end: int
    kind: Optional[str]
    vague: bool = False
    annuel: bool = False
    hebdo: bool = False
    trimestriel: bool = False


_EN_PLUS = re.compile(r"\W*(euros?)?\W*(net|nets)?\W*(par mois|mensuels?|chaque mois)?\W*(plus|\+|en plus|ainsi que|sans compter|"
                      r"et aussi|et en plus)( de| d)? ?(les|l|la|le|des|du|mes|nos|ses|son|sa|leur|leurs)?\s*$")


_ACCOLE = re.compile(r"\s*(:|=|de|d|est de|c est|a)?\s*")


_VERBE_DE_PRIX = re.compile(r"(coute|coutent|je paie|je paye|on paie|on paye|nous payons|paie|paye)\b")
_DEPENSE_AVANT = re.compile(r"\b(" + dict(_CUES)["depense"] + r")\b(?:\s+\w+){0,2}\s*$")


def _sortes(clause: str, lo: int, hi: int, m_start: int, m_end: int) -> Optional[str]:
    """The kind named nearest to the amount between ``lo`` and ``hi``; generic cues only as a last resort."""
    best: Optional[tuple[int, int, str]] = None
    generic: Optional[tuple[int, str]] = None
    # A list of labelled amounts (« loyer 600 salaire 1100 »): when a cue sits right before this amount, a cue
    # sitting right before the next one is the next one's label, not this one's.
    etiquete = any(_ACCOLE.fullmatch(clause, k.end(), m_start) for kind, pattern in _CUE_RE if kind != "generique"
                   for k in pattern.finditer(clause, lo, m_start))
    for order, (kind, pattern) in enumerate(_CUE_RE):
        for k in pattern.finditer(clause, lo, hi):
            start, end = k.start(), k.end()
            distance = m_start - end if end <= m_start else max(0, start - m_end)
            if kind == "generique":
                if generic is None or distance < generic[0]:
                    generic = (distance, kind)
                continue
            # « 900 € par mois plus les allocations familiales »: what is added after is another item, not this amount's
            if start >= m_end and _EN_PLUS.match(clause, m_end, start):
                continue
            if etiquete and start >= m_end and hi < len(clause) and _ACCOLE.fullmatch(clause, end, hi):
                continue
            # a cue after the amount that labels the next one (« je touche 850 la redevance c 430 »): not this amount's
            if start >= m_end and re.match(r"\s*(c est |c |est de |est |= |:\s*)\d", clause[end:]):
                continue
            # A cue after the amount is read first when it follows it at once ("700 de RSA"); as its own complement
            # (« 2300 € de mensualités pour 1900 € de salaire »: the pay, not a monthly repayment) it is the amount's kind.
            if start >= m_end:
                distance = 0 if re.fullmatch(r"\s*(euros?\s*|e\s*|eur\s*)?(nets?\s*|bruts?\s*)?(de |d |du )", clause[m_end:start]) \
                    else max(0, distance - 1)
            # « net » or « brut » after the amount qualifies it, whatever it is (« ma pension de retraite c'est 900 net »):
            # a pay only when nothing else names the amount
            if kind == "revenus_activite" and start >= m_end and k.group(0) in ("net", "nets", "brut", "bruts"):
                distance += 1000
            if best is None or (distance, order) < best[:2]:
                best = (distance, order, kind, start)
    if best and best[2] == "loyer" and best[3] < m_start and re.match(r"(?:je |on |nous )?(?:paie|paye)\b", clause[best[3]:]) and \
            re.match(r"\s*(?:euros?\s*|e\s*|eur\s*)?(?:nets?|bruts?)\b", clause[m_end:hi]):
        return "revenus_activite"  # « je fais 35h payé 1398 net »: paid, net of contributions; a rent is never net
    if best and best[2] == "loyer" and _CUE_RE[0][1].search(clause, lo, hi) and not _PAYER_LE_LOYER_DE.search(clause, lo, m_start):
        return "dette"  # "1200 euros de loyers impayés": arrears, not the monthly rent
    if best and best[2] == "loyer" and _VERBE_DE_PRIX.match(clause, best[3]):
        # « je paye 80 euros d'impôts »: the verb pays what the amount names right after it, not a rent
        nomme = re.match(r"\s*(?:euros?\s*)?(?:de |d |du |des )", clause[m_end:hi])
        if nomme:
            for kind, pattern in _CUE_RE:
                if kind not in ("loyer", "generique") and pattern.match(clause, m_end + nomme.end(), hi):
                    return kind
    if best and best[2] == "loyer" and re.search(r"\b(l |la |les )?(apl|als|alf|caf|aides? au logement|aides?) (me |nous |en )?$",
                                                 clause[max(lo, best[3] - 25):best[3]]):
        return "prestation"  # « l'APL paye 230 dessus »: the benefit pays that part, it is no rent
    if best and best[2] == "loyer" and _VERBE_DE_PRIX.match(clause, best[3]) and \
            _DEPENSE_AVANT.search(clause, max(lo, best[3] - 25), best[3]):
        return "depense"  # « la mutuelle nous coûte 190 »: what costs is named before the verb, not a rent
    if best and best[2] == "loyer" and best[3] < m_start and _DEPENSE_APRES.match(clause, m_end):
        return "depense"  # « je paye 90 euros par mois de mutuelle »: what is paid is named after the amount, no rent
    if best:
        return best[2]
    return generic[1] if generic else None


# The rent that can no longer be paid, its amount said after it (« je peux plus payer le loyer de 620 »): the rent, not a debt.
_PAYER_LE_LOYER_DE = re.compile(r"\b(?:pas|plus) (?:pu )?payer (?:le|mon|notre|son|leur) loyer(?: de| d| :| =| qui est de)?\s*$")


# A spending named right after its amount (« 90 euros par mois de mutuelle », « 60 € d'assurance »).
_DEPENSE_APRES = re.compile(r"\s*(?:euros?\s*)?(?:par mois\s*|par an\s*|le mois\s*)?(?:de |d |pour (?:la |ma |une |l |mon )?)"
                            r"(?:mutuelle|assurance|credits?|telephone|portable|internet|box|cantine|electricite|gaz|essence|"
                            r"carburant|transport|abonnement|forfait|impots?|taxe|"
                            # (a home's fees, « les 2300 € par mois de l'établissement »)
                            r"l ehpad|l etablissement|la maison de retraite|la residence)\b")


_FOURCHETTE = re.compile(r"\bentre (\d+(?:\.\d+)?) (?:euros? )?et (\d+(?:\.\d+)?)|"
                         r"\b(\d+(?:\.\d+)?) (?:euros? )?(?:a|ou) (\d+(?:\.\d+)?)\b")


_NEUTRES = re.compile(r"\b(avec (l |les )?(apl|aides? au logement|caf|als|alf) (je|on|nous) (ne )?(paye|paie|payons) (que |plus que |"
                      r"seulement |juste )?|reste a (ma |notre )?charge|charges? (comprises?|incluses?|compris)|(avec|sans) (les |la )?charges?|hors charges?|cc|(apl|aides? au logement|caf|als|alf) "
                      r"(deduite?s?|comprises?|incluses?|non comprises?|deduction faite)|(sans|avant|hors|apres|moins) "
                      r"(l |les |la )?(apl|aides? au logement|caf|als|alf|aides?))\b")
# (not a resource named with its amount: « 400 € en plus de ma pension de 1100 »)
_VARIATION = re.compile(r"\b(augment\w*|baiss\w*|hausse|diminu\w*|a pris|de plus|"
                        r"en plus de(?! (?:ma|mon|sa|son|notre|leur) (?:pension|retraite|salaire|paie|bourse|rente)\b)|monte|monter|passe de)"
                        r"( (le|la|les|mon|ma|notre|son|sa) \w+)? (de |d )?$")


_VARIE = re.compile(r"\b(ca|cela|ils|elles?|il) (varie|varient|change|changent|depend|dependent)\b|\bselon les mois\b|"
                    r"\b(des fois|parfois)(?= \d+.*\b(des fois|parfois) \d+)|"
                    r"\bles (bons|mauvais|petits|gros) mois\b|\bcertains mois\b|\bpas tous les mois\b|\ble reste de l annee\b|"
                    r"\bfois sur\b|\bquand (il|elle|ils) (veut|veulent|peut|peuvent)\b|"
                    r"\b(revenus?|salaires?|montants?) (variables?|irreguliers?)\b")


_CHANGEMENT = re.compile(r"\b(passee?s?|tombee?s?|baissee?s?|augmentee?s?|montee?s?|descendue?s?|reduite?s?) de "
                         r"(\d+(?:\.\d+)?) (euros? )?a (?=\d)")


# A cost said in the clause after what costs (« elle est en EHPAD et ça coûte 2500 »).
_CE_QUI_COUTE = re.compile(r"\s*(?:et )?(?:ca|cela|ce qui|qui|elle|il) (?:nous |me |lui )?(?:coute|coutent|revient|reviennent)\b")
_UN_ETABLISSEMENT = re.compile(r"\b(?:ehpad|etablissement|maison de retraite|usld|foyer logement|residence autonomie|"
                               r"residence senior|clinique|creche|nounou|assistante maternelle)(?:\W+et)?\W*$")


# Allocations named by no scheme, right after an amount (« 950 d'allocations »), and unemployment said in the message.
_ALLOCATIONS_SANS_NOM = re.compile(r"\s*(?:euros?\s*)?(?:d |de |des )(?:allocations?|allocs?|indemnites?)\b"
                                   r"(?! (?:familiales|logement|de logement|aux adultes|adultes|de soutien|de rentree|pour))")
_CHOMAGE_DIT = re.compile(r"\b(?:au chomage|chomeu(?:r|se)|demandeu(?:r|se) d emploi|france travail|pole emploi|are)\b")


_EN_PARTS = r"(deux|trois|quatre|cinq|six|2|3|4|5|6)"
# A flat's whole rent and how many share it (« loyer total 1350 € qu'on divise en trois », « 1200 mais on est 3 en coloc,
# chacun paie sa part »), not the share said (« je paie 450, ma part »).
_COLOCATION_PARTAGEE = re.compile(
    rf"\b(?:divise|divisons|partage|partageons|separe|coupe)\w* (?:\w+ ){{0,2}}(?:en|par|a) {_EN_PARTS}\b|"
    rf"\bon est {_EN_PARTS} (?:en coloc\w*|dans l appart\w*|a (?:le )?payer|a se le partager|colocataires)\b(?=.*\b(?:chacun|sa part|"
    rf"parts? egales?|divis\w*|partag\w*|total|en tout)\b)|"
    rf"\b(?:chacun|chacune) (?:paie|paye|sa part|un tiers|un quart)\b(?=.*\bon est {_EN_PARTS}\b)|"
    rf"^(?=.*\bon est {_EN_PARTS}\b)(?=.*\b(?:chacun|chacune) (?:paie|paye|sa part)\b)")
# A rent shared, between the two people said beside it (« 700 de loyer qu'on partage »).
_PARTAGE_A_DEUX = re.compile(r"\b(?:qu on|que nous|on le|on se le|nous le|nous nous le) (?:partage|partageons)\b(?! en)")
_MA_PART = re.compile(r"\b(ma part|pour ma part|ma moitie|mon tiers|ma quote part|je paie \d+|je paye \d+|"
                      r"\d+ (euros? )?(chacun|chacune|par personne|par tete|chaque))\b")


def _part_d_une_colocation(lu: str) -> Optional[int]:
    """How many share the rent said, when it is the flat's whole rent shared out (else None)."""
    m = _COLOCATION_PARTAGEE.search(lu)
    if not m and not _MA_PART.search(lu) and _PARTAGE_A_DEUX.search(lu) and \
            re.search(r"\b(\w+ et moi|moi et (mon|ma) \w+|a deux|a 2|nous deux|tous les deux|toutes les deux)\b", lu):
        return 2  # « ma sœur et moi… 700 de loyer qu'on partage »: two share it
    if not m or _MA_PART.search(lu):
        return None
    mot = next(g for g in m.groups() if g)
    return {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}.get(mot) or int(mot)


# A rent said against the housing aid (« 540 € de loyer avant APL », « 180 après l'APL », « APL déduite »): the aid is received.
_AIDE_AU_LOYER = r"(?:apl|als|alf|aides? au logement|allocations? (?:de |du )?logement)"
_DEDUITE = r"(?:deduite?s?|deduction faite|retiree?s?|enlevee?s?)"
# Who pays what is left of the rent (« je ne paie que », « il nous reste »).
_ON_PAIE = r"(?:je|j|on|nous|il me|il nous) (?:ne )?(?:paie|paye|payons|reste)\w*"
# What is left to pay once the aid is paid (« 180 après l'APL », « APL déduite »), not the rent before it.
_APRES_L_AIDE = (rf"(?:(?:apres|moins|une fois) (?:l |les |la |mon |mes )?{_AIDE_AU_LOYER}|"
                 rf"{_AIDE_AU_LOYER} {_DEDUITE})\b")
# The rent, the aid deducted, then what is paid (« loyer 890 APL déduite on paie 310 »; _normaliser).
_AIDE_DEDUITE_PUIS_ON_PAIE = re.compile(rf"\b(\d{{3,}}(?:\.\d+)?(?: ?(?:euros?|e))?),? (?:l |les |la )?({_AIDE_AU_LOYER}) {_DEDUITE},? "
                                        rf"(?:donc |du coup |alors |)({_ON_PAIE}"
                                        r"(?: (?:que|plus que|seulement|juste|a peine|encore))?) (\d{2,}(?:\.\d+)?(?: ?(?:euros?|e))?)")
_LOYER_ET_L_AIDE = re.compile(rf"\bavant (?:l |les |la |mon |mes )?{_AIDE_AU_LOYER}\b|\b{_APRES_L_AIDE}")
_RESTE_APRES_L_AIDE = re.compile(rf"\b{_APRES_L_AIDE}")
# The housing aid paying what the person does not (« je paie 300 mais le loyer c'est 550, la CAF paie le reste »).
_L_AIDE_PAIE_LE_RESTE = re.compile(rf"\b(?:la caf|la msa|l apl|les apl|{_AIDE_AU_LOYER}) (?:me |nous |en |)(?:paie|paye|verse|prend|couvre|"
                                   r"regle)\w* (?:le reste|la difference|le complement)\b")


_DEPARTEMENT_ENTRE_PARENTHESES = re.compile(
    r"(\b(?!(?:loyers?|salaires?|retraites?|rsa|apl|aah|pensions?|chomage|euros?|de|a|du|et|environ|soit)\b)[a-z]{2,}) "
    r"\((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2a|2b)\)")


_MENSUALITE_APRES_LES_CREDITS = re.compile(
    r"(\b(?:credits?|prets?|emprunts?)\b(?:(?!\b(?:gagne|gagnons|touche|touchons|salaire|revenus?|chomage|retraite|rsa|aah|are|"
    r"pension|paie|paye)\b)[^.;!?]){0,60}?[,;] )\d+(?:\.\d+)? ?(?:e|euros?)? (?:par mois|mensuels?)\b")


def _montants(text: str) -> list[_Montant]:
    """Every amount of money in ``text`` (other numbers already masked) with its kind. A range counts as
    one vague amount ("entre 500 et 600", "500-600"); "charges comprises", "APL déduite" name no kind;
    a change ("a augmenté de 50") is not an amount."""
    brut = text
    text = _NEUTRES.sub(lambda m: " " * len(m.group(0)), text)
    # a département's number in brackets after a commune (« un studio à Saint-Denis (93) »): no amount (it was a rent of 93 €)
    text = _DEPARTEMENT_ENTRE_PARENTHESES.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    # a trade of the past (« retraité, ancien ouvrier agricole, je touche 850 ») is no cue of earned income
    text = _METIER_PASSE.sub(lambda m: " " * len(m.group(0)), text)
    # the loans' monthly repayment said in the list that follows them (« nos crédits, quatre crédits conso, 35 000 € en tout,
    # 1 100 € par mois »): spending, not a resource (it was the jobseeker's unemployment benefit)
    text = _MENSUALITE_APRES_LES_CREDITS.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    # "mon chômage est passé de 1200 à 900": the amount now, not a range
    text = _CHANGEMENT.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 2) + "a ", text)
    fourchettes: set[int] = set()
    for r in _FOURCHETTE.finditer(text):
        first, second = (1, 2) if r.group(1) else (3, 4)
        fourchettes.add(r.start(first))
        text = text[:r.start(second)] + " " * (r.end(second) - r.start(second)) + text[r.end(second):]
    out: list[_Montant] = []
    spans = _clauses(text)
    cue_pendante: Optional[str] = None
    sorte_precedente: Optional[str] = None
    varient: set[int] = set()  # the amounts words saying they vary may touch (no estimate in their clause)
    for c_start, c_end in spans:
        clause = text[c_start:c_end]
        money = [m for m in re.finditer(r"\b" + _NUM + r"\b", clause)]
        if not money:
            kind = _sortes(clause, 0, len(clause), len(clause), len(clause))
            if kind is None and len(clause.split()) <= 2 and cue_pendante and text[c_start - 1:c_start] == "(" and \
                    text[c_end:c_end + 1] == ")":
                continue  # an aside between the job and its pay keeps the cue (« je fais des ménages (CESU) environ 210 € »)
            if kind in RESSOURCES and text[c_start - 1:c_start] == "(" and len(clause.split()) <= 2 and out and \
                    out[-1].kind in (None, "generique") and re.fullmatch(r"[\s\w]{0,30}", text[out[-1].end:c_start - 1]):
                out[-1].kind = kind  # « 1900 € à nous deux (salaires) »: the kind said in brackets after the amount
            if kind in RESSOURCES and out and out[-1].kind in (None, "generique") and len(clause.split()) <= 6 and \
                    re.fullmatch(r"(?:\s*(?:euros?|e|nets?|par mois))*\s*[,:]\s*", text[out[-1].end:c_start + 1]) and \
                    re.match(r"\s*(c est )?(le|la|les|mon|ma|mes|son|sa|ses) ", clause):
                out[-1].kind = kind  # « 2200 par mois, le salaire de ma compagne »: the kind said in apposition after it
            if kind == "loyer" and re.search(r"\b(credits?|prets?|emprunts?|dettes?)\b", clause) and \
                    not re.search(r"\bloyers?\b", clause):
                kind = None  # « des crédits conso que j'arrive plus à payer, environ 15 000 »: the credits paid, no rent
            cue_pendante = kind if kind not in (None, "generique", "depense") else None
            if kind is None and sorte_precedente in RESSOURCES and re.match(
                    rf"\s*(et )?((mon|ma|son|sa) {_CONJOINT}|lui|elle)\b", clause):
                # « 2 200 € de bénéfice et lui est prof (2 400 €) »: the partner's money said after their trade
                cue_pendante = sorte_precedente
            continue
        for i, m in enumerate(money):
            lo = money[i - 1].end() if i else 0
            hi = money[i + 1].start() if i + 1 < len(money) else len(clause)
            kind = _sortes(clause, lo, hi, m.start(), m.end())
            if kind == "loyer" and i == 0 and _CE_QUI_COUTE.match(clause) and _UN_ETABLISSEMENT.search(text[max(0, c_start - 40):c_start]):
                kind = "depense"  # « ma femme est en EHPAD et ça coûte 2500 par mois »: the home's fees, no rent of the person
            if kind == "prestation" and _ALLOCATIONS_SANS_NOM.match(clause, m.end()) and _CHOMAGE_DIT.search(text):
                kind = "chomage"  # « je suis au chômage, 950 d'allocations »: the unemployment benefit
            if kind in (None, "generique") and cue_pendante and i == 0 and not re.match(
                    r"\s*(euros? )?(de |d )?(revenus?|ressources?)\b", clause[m.end():]):
                # (« je paye plein pot, alors que j'ai 0 revenu »: the noun after the amount names it)
                kind = cue_pendante
            elif (kind is None and sorte_precedente in RESSOURCES or kind == "generique" and sorte_precedente == "revenus_activite") \
                    and i == 0 and re.match(
                    rf"\s*(et )?((mon|ma|son|sa) {_CONJOINT}|lui|elle|moi|le mien|la mienne|l autre)\b", clause):
                # (a pay then the partner's « … 150 € par semaine et mon mari 1300 par mois »: « par mois » alone names no
                # kind; read while the needs were asked, the husband's pay was lost and the RSA offered)
                # "je gagne 1000 et mon mari 1300": the same kind for the other (money only: « loyer 800 €, mon mari
                # 1 400 € et moi 0 » was a rent of 1 400, then of 0)
                kind = sorte_precedente
            elif kind is None and sorte_precedente in RESSOURCES and i == 0 and re.match(
                    r"\s*(euros? )?(chez|pour|avec|de|par) (l autre|le deuxieme|le second|la deuxieme|la seconde|l un|"
                    r"l une)\b", clause[m.end():]):
                kind = sorte_precedente  # « 600 chez l'un et 450 chez l'autre »: two employers, two pays
            elif kind is None and re.match(r"\s*(euros? )?chez (l un|l une|le premier|la premiere)\b", clause[m.end():]) and \
                    re.search(r"\b(employeurs|patrons|particuliers|clients|familles)\b", text[:c_start]):
                kind = "revenus_activite"  # (the first of them: « 2 employeurs, 500 chez l'un… »)
            elif kind == "loyer" and cue_pendante == "revenus_activite" and i == 0 and \
                    re.fullmatch(r"\s*payee?s?\s*", clause[:m.start()]):
                kind = cue_pendante  # « (contrat d'apprentissage) payé 1 000 € »: paid for the job, no rent paid
            elif kind is None and sorte_precedente in RESSOURCES and i == 0 and \
                    re.fullmatch(r"\s*\d+(\.\d+)?\s*(euros?|e|nets?)?\s*", clause) and \
                    re.search(r"\b(salaires|paies|payes|retraites|pensions)\b", text[max(0, c_start - 40):c_start]):
                kind = sorte_precedente  # « 2 salaires 1300 et 1450 »: the second pay listed bare
            avant = clause[:m.start()]
            apres = clause[m.end():]
            if _VARIATION.search(avant):
                continue
            vague = bool(_VAGUE.search(avant)) or bool(re.match(r"\s*(a|ou|\?|euros? ou|euros? a) \d", apres)) or \
                bool(re.search(r"\b\d+\s*(euros?)?\s*(a|ou)\s*$", avant)) or \
                bool(re.match(r"\s*(euros?)?\s*(et )?(quelques|des poussieres|et plus|environ|a peu pres)?\s*$",
                              apres) and re.search(r"\bquelques\b", apres))
            # by the year, said at once or a few words after ("9600 € de chiffre d'affaires par an"); "l an" at once only
            # (« 9 600 € de bénéfice sur toute l'année »)
            # (never an amount said by the month: « en moyenne 1500 par mois sur l'année » is 1 500, not 125)
            # (never an amount said by the month: « 350 par mois, pas 100 par semaine » is 350)
            par_mois = bool(re.match(r"\s*(euros?\s*)?(nets?\s*)?(par mois|mensuels?|chaque mois|le mois)\b", apres))
            annuel = bool(re.match(r"\s*(euros?)?\s*(l an|(\w+ ){0,4}?(par an|sur (toute )?l annee( entiere)?|sur (toute )?une annee|"
                                   r"sur un an|sur 1 an|annuels?|a l annee|par annee|pour l annee|l annee derniere|l an dernier))\b",
                                   apres)) and not par_mois or \
                (bool(re.search(r"\b(sur (toute )?l annee|sur un an|sur 1 an|par an|a l annee|l an dernier|l annee derniere|"
                                r"(salaires?|revenus?|pensions?|retraites?|paies?) annuels?)\b( \w+){0,7} $", avant)) or
                 # (« 14000 de CA cette année »: a sum of the year, a large one only, not a rent raised this year)
                 float(m.group(1)) >= 2500 and bool(re.match(r"\s*(euros?\s*)?(\w+ ){0,4}?cette annee\b", apres)) or
                 # (« le revenu de l'exploitation cette année c'est 12 000 € »: the year named just before)
                 float(m.group(1)) >= 2500 and bool(re.search(r"\bcette annee,?( \w+){0,3} $", avant)) or
                 # (a profit or a turnover is a year's figure, as farmers and the self-employed say it: « le bénéfice c'est
                 # 14 000 pour nous deux » was 14 000 € a month)
                 float(m.group(1)) >= 3000 and (bool(re.search(r"\b(benefices?|chiffre d affaires?|revenu agricole|resultat|"
                                                               r"revenus? de (l exploitation|la ferme|l entreprise))"
                                                               r"( \w+){0,5} $", avant)) or
                                                bool(re.match(r"\s*(euros?\s*)?(de |d )(benefices?|chiffre d affaires?)\b", apres))) or
                 # (« cette année j'ai gagné 14 400 euros net »: earned over the year so far, a year's total)
                 # (or last year: « l'année dernière j'ai déclaré 9 600 € de revenus »)
                 bool(re.search(r"\b(cette annee|l annee derniere|l an dernier),? (j ai|on a|il a|elle a|nous avons) (gagne|touche|"
                                r"declare|percu|fait)( \w+){0,2} $", avant)) or
                 # (said in the clause before the colon: « mon revenu agricole de l'an dernier : 7 200 € »)
                 # (not the time since when, « à la retraite depuis l'an dernier, 1800 de retraite »)
                 i == 0 and not avant.strip() and bool(re.search(r"(?<!depuis )\b(l an dernier|l annee derniere|par an|sur l annee)\W*$",
                                                                 text[max(0, c_start - 30):c_start]))) and not par_mois  # « sur l'année je me suis sorti 10 800 »
            # by the week ("300 euros par semaine"): a month is 52 / 12 weeks
            # (or the pay's period said in the clause before: « je suis payé à la semaine, 360 »)
            hebdo = not par_mois and (
                bool(re.match(r"\s*(euros?)?\s*(\w+ ){0,2}?(par semaine|la semaine|hebdomadaires?|chaque semaine)\b", apres)) or
                i == 0 and not annuel and len(money) == 1 and
                bool(re.search(r"\b(payee?s?|paie) a la semaine\W*$", text[max(0, c_start - 40):c_start])))
            # by the quarter (a supplementary pension, « l'Agirc-Arrco 420 par trimestre »): a month is a third
            trimestriel = not par_mois and bool(re.match(r"\s*(euros?)?\s*(\w+ ){0,2}?(par trimestre|le trimestre|trimestriels?|chaque trimestre|"
                                        r"tous les trois mois|tous les 3 mois)\b", apres))
            # a gross amount ("1500 brut") is not the net income of the contract: asked again
            vague = vague or bool(re.match(r"\s*(euros?)?\s*(par mois |mensuels? )?bruts?\b", apres))
            # by the day ("45 euros par jour"), or said to vary ("400 ce mois ci mais ça varie"): asked again
            # ... unless the person gives that amount as their average or estimate (« ça varie, en moyenne 900 »,
            # « 1200 net environ, ça dépend des heures »): the one amount the question asks for
            if not _ESTIMATION.search(clause):
                varient.add(len(out))
            vague = vague or bool(re.match(r"\s*(euros?)?\s*(par jour|la journee|journaliers?|de l heure|par heure|"
                                           r"de l heure)\b", apres))
            vague = vague or (c_start + m.start()) in fourchettes
            out.append(_Montant(float(m.group(1)), c_start + m.start(), c_start + m.end(), kind, vague, annuel, hebdo,
                                trimestriel))
        cue_pendante = None
        sorte_precedente = out[-1].kind if out and out[-1].kind not in (None, "generique") else None
    # Said to vary ("400 ce mois ci mais ça varie", « selon les mois »): asked again. The words speak of the
    # amount just before them and of those of the same kind listed with it (« je gagne 900 et mon mari 1200
    # mais ça varie »), not of an amount of another kind (« entre 900 et 1400 selon les mois loyer 780 »: not
    # the rent; « loyer 600 salaire 1100 ça dépend des mois »: the pay only); with no amount before them, of
    # the next one (« selon les mois je gagne 900 »). An average or an estimate in the amount's clause
    # (« ça varie, en moyenne 900 ») is the one amount the question asks for: it stays.
    for mot in _VARIE.finditer(text):
        avant = [index for index, montant in enumerate(out) if montant.start < mot.start()]
        if not avant:
            suivants = [index for index, montant in enumerate(out) if montant.start >= mot.end()]
            if suivants and out[suivants[0]].kind in ("loyer", "dette_loyer", "epargne") and \
                    re.search(r"[,.;!?]\s*(et|mais|sinon|par contre|pour le reste)\b", text[mot.end():out[suivants[0]].start]):
                # « ça change tout le temps, et mon loyer c'est 450 »: a rent named after the « et » is not what varies (an
                # income does; « …ça dépend des semaines, et moi caissière à 1200 » is the household's pay, unknown)
                continue
            touches = suivants[:1]
            # (and the amounts listed with it, « ça dépend des missions, des fois 1500 des fois 600 »: each a month's)
            for index in suivants[1:]:
                entre = text[out[touches[-1]].end:out[index].start]
                if out[index].kind not in (None, out[suivants[0]].kind) or re.search(r"[.;!?]", entre) or \
                        not re.search(r"\b(des fois|parfois|ou|et|autres mois|d autres|certains)\b", entre):
                    break
                touches.append(index)
        else:
            touches = [avant[-1]]
            for index in reversed(avant[:-1]):
                if out[index].kind != out[avant[-1]].kind:
                    break
                touches.append(index)
        for index in touches:
            if index in varient:
                out[index].vague = True
    out = _le_loyer_pas_le_reste(brut, out)
    return _l_actuel_pas_l_ancien(text, _l_habituel_pas_l_exception(text, _le_verse_pas_le_fixe(text, _le_reste_pas_le_chiffre(text, _la_part_de_l_aide(
        text, _le_reste_apres_l_aide(text, _la_paire_du_couple(text, _sans_les_semaines_de_l_annee(text, out))))))))


# What is left to pay once the housing aid is paid, said with the aid before it (« 700 mais avec l'APL je paie que 350 »).
_RESTE_AVEC_L_AIDE = re.compile(rf"\b(?:avec|grace a|j ai|on a|nous avons|apres|une fois|et) (?:l |les |la |mon |mes |notre |nos )?"
                                rf"{_AIDE_AU_LOYER}\b(?: \w+){{0,3}} {_ON_PAIE}"
                                r"(?: (?:que|plus que|seulement|juste|a peine|donc))?\s*$")


def _le_loyer_pas_le_reste(text: str, out: list[_Montant]) -> list[_Montant]:
    """The rent asked is before the aids: beside it, what is left to pay once the housing aid named before it is paid
    (« mon loyer c'est 650 mais j'ai l'APL donc je paye 420 ») is no rent (it replaced the rent)."""
    if len(out) < 2:
        return out
    # (the aid's own amount may sit between them: « mon loyer c'est 650 mais j'ai l'APL de 220 donc je paye 430 »)
    restes = [b for a, b in zip(out, out[1:]) if a.kind in ("loyer", None) and b.kind in ("loyer", None) and
              _RESTE_AVEC_L_AIDE.search(text[a.end:b.start])] + \
        [c for a, b, c in zip(out, out[1:], out[2:]) if a.kind == "loyer" and b.kind == "prestation" and
         c.kind in ("loyer", None) and _RESTE_AVEC_L_AIDE.search(text[a.end:c.start])]
    return [m for m in out if m not in restes]


# An amount of the past (« je gagnais 1300 », « c'était 900 ») and the one of now said after it (« maintenant c'est 1380 »).
_MONTANT_PASSE_AVANT = re.compile(r"\b(je|j|on|il|elle|nous) (gagnais|gagnait|gagnions|touchais|touchait|touchions|percevais|"
                                  r"percevait|recevais|recevait|avais|avait|avions|payais|payait|payions)\b(?: \w+){0,2} $|"
                                  r"\b(c etait|ca faisait|avant c etait|avant)\b(?: \w+){0,1} $")
_MAINTENANT_ENTRE = re.compile(r"\b(maintenant|aujourd hui|desormais|a present|depuis (peu|le mois dernier|ce mois|\w+ mois))\b")


def _l_actuel_pas_l_ancien(text: str, out: list[_Montant]) -> list[_Montant]:
    """An amount said in the past and the one of now after it (« je gagnais 1300 mais je viens d'avoir une augmentation,
    maintenant c'est 1380 »): the one of now is what comes in, in the kind of the first when it names none (they had been
    added up, 2 680 €); of another kind, it no longer comes in either."""
    for premier, second in zip(out, out[1:]):
        entre = text[premier.end:second.start]
        if not _MONTANT_PASSE_AVANT.search(text[max(0, premier.start - 30):premier.start]) or \
                not _MAINTENANT_ENTRE.search(entre) or re.search(r"[.;!?]", entre):
            continue
        if second.kind in (None, "generique"):
            second.kind = premier.kind
        # (another kind now, « je touchais 900 de chômage, maintenant je gagne 1200 »: the past one no longer comes in)
        return [m for m in out if m is not premier]
    # the one of now, then one of the past after it (« 8000, il restait 20000 l'an dernier », « 3000 maintenant, on avait
    # 10000 avant »): the past one is no more money (the savings had been added up, 28 000 €)
    for premier, second in zip(out, out[1:]):
        avant = text[max(0, second.start - 30):second.start]
        if second.kind in (None, "generique", premier.kind) and _RESTAIT_AVANT.search(avant) and \
                not _MONTANT_PASSE_AVANT.search(text[max(0, premier.start - 30):premier.start]) and \
                (_PASSE_APRES.match(text[second.end:]) or _MAINTENANT_ENTRE.search(text[premier.end:second.start])):
            return [m for m in out if m is not second]
    return out


_RESTAIT_AVANT = re.compile(r"\b(il (?:me |nous |lui |leur )?restait|il y avait|(?:j|on|il|elle|nous) (?:avais|avait|avions)|c etait)\b"
                            r"(?: \w+){0,2} $")
_PASSE_APRES = re.compile(r"\s*(?:euros?\s*)?(?:l an dernier|l annee derniere|l an passe|l annee passee|avant|auparavant|"
                          r"il y a (?:\d+|un|une|deux|trois|quelques) (?:ans?|mois))\b")


# Just before a second amount of the same kind: an occasional value (« 1 300 net, des fois 1 400 avec les nuits »), or
# the amount that replaces the first (« 1400 mais en fait avec les heures sup plutôt 1550 »).
_EXCEPTION_AVANT = re.compile(r"\b(des fois|parfois|certains mois|les bons mois)\s*(a |de )?$")
_CA_FAIT_AVANT = re.compile(r"\b(ca fait|soit)( environ| a peu pres| dans les)?\s*$")
_PLUTOT_AVANT = re.compile(r"\bplutot( autour de| dans les| vers)?\s*$")


def _l_habituel_pas_l_exception(text: str, out: list[_Montant]) -> list[_Montant]:
    """Two amounts of one kind, the second said as an exception or as what the first really is: not their sum. The
    usual one stays (« 1 300 net, des fois 1 400 » is 1 300, not 2 700), the one said « plutôt » replaces the first;
    two exceptions (« des fois 1500 des fois 600 ») say the amount varies (``_VARIE``)."""
    for rang, (premier, second) in enumerate(zip(out, out[1:])):
        entre = text[premier.end:second.start]
        if premier.kind != second.kind and not {premier.kind, second.kind} & {None, "generique"} or \
                re.search(r"[.;!?]", entre) or _EXCEPTION_AVANT.search(text[max(0, premier.start - 20):premier.start]):
            continue
        parts = sum(m.value for m in out[:rang + 1])
        if _CA_FAIT_AVANT.search(entre) and second.value > premier.value and \
                not (rang > 0 and abs(second.value - parts) <= max(2.0, 0.02 * parts)):
            # (not the total of a sum written out, « 900 + 400 + 290, ça fait 1590 »: the parts, their total said once)
            # « l'ASS, 19 et quelques par jour, ça fait 580 par mois »: the month the person counted, not 599
            second.kind = second.kind if second.kind not in (None, "generique") else premier.kind
            return [m for m in out if m is not premier]
        if _EXCEPTION_AVANT.search(entre):
            return [m for m in out if m is not second]
        if _PLUTOT_AVANT.search(entre):
            return [m for m in out if m is not premier]
    return out


def _le_reste_apres_l_aide(text: str, out: list[_Montant]) -> list[_Montant]:
    """Beside the rent, what is left of it once the housing aid is paid (« 540 de loyer, 180 après l'APL ») is no
    second rent (it replaced the first)."""
    if not any(m.kind == "loyer" for m in out):
        return out
    restes = [m for m in out if m.kind in ("loyer", None, "generique") and
              re.match(rf"\s*(?:euros?\s*)?{_APRES_L_AIDE}", text[m.end:])]
    return [m for m in out if m not in restes] if any(m.kind == "loyer" and m not in restes for m in out) else out


# A number of weeks in the year (« seulement 40 semaines par an »).
_SEMAINES_DE_L_ANNEE = r"semaines (?:par an|dans l annee|sur l annee|l an|par annee|sur 52)\b"


def _sans_les_semaines_de_l_annee(text: str, out: list[_Montant]) -> list[_Montant]:
    """The weeks of the year said beside a week's amount are a count, not money (« 180 par semaine mais seulement 40
    semaines par an »)."""
    return [m for m in out if not re.match(r"\s*" + _SEMAINES_DE_L_ANNEE, text[m.end:])]


# Two partners' amounts said side by side by who earns them (« lui 1250 moi 900 (temps partiel) »): the kind said for one
# is the other's too (the partner's pay was lost, 900 € kept of 2 150 €).
_L_UN = rf"(?:lui|elle|moi|(?:mon|ma) {_CONJOINT})"
_PAIRE_DU_COUPLE = re.compile(rf"^,? (?:et )?{_L_UN},? (?:c est )?$|"
                              # (the other's work said between: « moi 1300 et ma femme fait des ménages, 175 par semaine »)
                              rf"^,? (?:et )?{_L_UN} (?:fait|travaille|bosse)(?: \w+){{0,4}},? (?:a |pour )?$")


def _la_paire_du_couple(text: str, out: list[_Montant]) -> list[_Montant]:
    for a, b in zip(out, out[1:]):
        if not re.search(rf"\b{_L_UN},? (?:c est )?$", text[max(0, a.start - 25):a.start]) or \
                not _PAIRE_DU_COUPLE.match(text[a.end:b.start]):
            continue
        if a.kind in RESSOURCES and b.kind in (None, "generique"):
            b.kind = a.kind
        elif b.kind in RESSOURCES and a.kind in (None, "generique") and not (
                b.kind == "chomage" and re.match(r"\s*(?:euros?\s*)?(?:de |d |du )", text[b.end:])):
            # (an unemployment benefit named after the second amount is that person's own: « mon mari 1600, moi 600 de
            # chômage » is his pay and her benefit, it was 2 200 € of unemployment benefit)
            a.kind = b.kind
    return out


# The housing aid's share of a rent (« l'APL en paye 250 », « la CAF m'en verse 200 ») and what is left to pay after it
# (« il me reste 450 à payer »)
_PART_DE_L_AIDE = re.compile(r"\b(?:(?:l apl|les apl|l al|l als|l alf|l aide au logement|les aides? au logement) (?:m en |nous en |en |me |nous |m |)|"
                             # (the CAF itself only paying its share of something: « la CAF m'en paye 200 », not « la caf me verse 320 »)
                             r"la caf (?:m en |nous en |en ))(?:paye|paie|payent|verse|versent|prend|prennent|"
                             r"couvre|couvrent|rembourse|donne|donnent)\w*(?: en charge)? (?:\w+ ){0,1}$")


def _part_de_l_aide_avant(text: str, start: int) -> bool:
    """Whether the words just before an amount give it as the housing aid's share (« la CAF m'en paye »)."""
    return bool(_PART_DE_L_AIDE.search(text[max(0, start - 60):start]))


_RESTE_A_PAYER = re.compile(r"\b(?:il me|il nous|me|nous|il) reste (?:encore |donc |plus que |que )?$")


def _la_part_de_l_aide(text: str, out: list[_Montant]) -> list[_Montant]:
    """The rent is what is asked without the aids: the aid's share named beside a rent is the aid's amount (no rent),
    and what is left to pay once it is taken off (« il me reste 450 à payer ») is no second rent when the rent or the
    aid's share is said."""
    aides = [m for m in out if _part_de_l_aide_avant(text, m.start)]
    for m in aides:
        m.kind = "prestation"
    if aides or any(m.kind == "loyer" for m in out if m not in aides):
        restes = [m for m in out if _RESTE_A_PAYER.search(text[max(0, m.start - 30):m.start]) and
                  re.match(r"\s*(?:euros?\s*)?(?:a payer|de ma poche|a ma charge|a notre charge)\b", text[m.end:])]
        if restes and (aides or len([m for m in out if m.kind == "loyer"]) > len(restes)):
            out = [m for m in out if m not in restes]
    return out


_FIXE_AVANT = re.compile(r"\b((fixee?s?|prevue?s?|decidee?s?)( \w+){0,3} (a|de|a hauteur de)|censee?s?|normalement|en theorie|"
                         r"officiellement|sur le papier|"
                         # (« alors que le juge a dit 150 par enfant »)
                         r"(le|la|du) (juge|jugement|jaf|tribunal|convention|divorce) (a |avait )?(dit|fixe|decide|prevu|prevoit)( que)?)"
                         r"( (a|de|a hauteur de))? $")
# Nothing paid of what was fixed (« leur père paye pas depuis 2 ans », « rien, il ne verse rien »).
_RIEN_VERSE = re.compile(r"\b(il|elle|ils|le pere|la mere|leur pere|leur mere|son pere|sa mere|le papa|la maman|leur papa|"
                         r"leur maman|mon ex) (ne |n )?(me |nous |lui |leur )?(verse|paie|paye|donne|envoie|file)\w* "
                         r"(pas|plus|jamais|rien)\b|^\W*(rien|non|nan|aucune?|zero|0)\b(?!\s*\d)")
_VERSE_AVANT = re.compile(r"\b(il|elle|ils|on|le pere|la mere|mon ex) (ne )?(me |nous |lui )?(verse|paie|paye|donne|envoie|file)\w* "
                          r"(que|seulement|juste|plus que|reellement|en vrai|vraiment)( \w+){0,1} $|"
                          # (« normalement 250 mais il verse 150 »: « mais » opposes the payment to the fixed amount)
                          r"\bmais (en vrai |en fait )?(il|elle|ils|le pere|la mere|mon ex) (me |nous |lui )?"
                          r"(verse|paie|paye|donne|envoie|file)\w*( \w+){0,1} $")


# The person's half of a rent shared (« moi je paie la moitié », « ma part c'est la moitié »)
_MA_MOITIE = re.compile(r"\b((moi|et moi),? )?(je (paie|paye|verse|donne|mets)|ma part (c est|est|fait)|(moi|et moi),?) (que )?"
                        r"la moitie\b")


def _le_verse_pas_le_fixe(text: str, out: list[_Montant]) -> list[_Montant]:
    """An amount fixed (by a judge, an agreement) and the one really paid (« elle est fixée à 200 mais il verse que
    100 »): the one paid is what comes in, the fixed one is dropped (they had been added up)."""
    # (resources only: a rent « normalement 600 mais on paye que 450 avec l'APL » is still 600, the rent asked is before aid)
    fixes = [m for m in out if _FIXE_AVANT.search(text[max(0, m.start - 40):m.start]) and
             m.kind in (None, "generique", *RESSOURCES)]
    verses = [m for m in out if _VERSE_AVANT.search(text[max(0, m.start - 50):m.start])]
    if fixes and not verses and _RIEN_VERSE.search(text):
        return [m for m in out if m not in fixes]  # fixed, and nothing of it paid: no money comes in
    if not fixes or not verses:
        return out
    for m in verses:
        if m.kind in (None, "generique", "loyer"):  # (« il ne paie que 120 »: the verb of the payment, no rent)
            m.kind = fixes[0].kind
    return [m for m in out if m not in fixes]


# (« 18 000 de CA », « 2000 de chiffre »; a bare « ca » after an amount is « ça »: « je gagne 900 ça suffit pas »)
_CHIFFRE_D_AFFAIRES = re.compile(r"\s*(euros?\s*)?((de |d )(chiffre|ca)\b|chiffre\b)")
# (the turnover named before its amount: « le chiffre d'affaires c'est 1200 », « mon CA : 1500 »)
_CHIFFRE_D_AFFAIRES_AVANT = re.compile(r"\b(chiffre d affaires?|(mon|le|du|de|un) ca)( (c est|c|ca fait|est de|est|fait|de|a peu pres|"
                                       r"environ))*\W*$")
_CE_QUI_RESTE = re.compile(r"\b(il (me|nous) reste|me reste|nous reste|une fois les charges payees|apres (les )?charges|"
                           r"(de )?benefices?|je me (sors|verse|paye|paie|degage|tire)|on se (sort|verse|paye|paie|degage|tire)|"
                           r"nous nous (sortons|versons|degageons|tirons))\b(?: \w+){0,3} $")


def _le_reste_pas_le_chiffre(text: str, out: list[_Montant]) -> list[_Montant]:
    """A self-employed person's turnover and what is left of it once the costs are paid (« je fais 18 000 de chiffre
    par an, une fois les charges payées il me reste 9 600 sur l'année »): what is left is the income, the turnover is
    dropped (it had been read as the pay, and the rest as a spending); the rest said without its unit is in the
    turnover's (« 18000 de CA par an, il me reste 9600 de bénéfice »)."""
    # (« CA 2500/mois », the turnover's initials bare before it, among words of a business)
    affaires = bool(re.search(r"\b(charges|independante?|auto entrepreneu\w*|micro entrepr\w*|freelance|urssaf|entreprise|"
                              r"a mon compte|clients?)\b", text))
    chiffres = [m for m in out if _CHIFFRE_D_AFFAIRES.match(text, m.end) or
                _CHIFFRE_D_AFFAIRES_AVANT.search(text[max(0, m.start - 40):m.start]) or
                affaires and re.search(r"\bca\s*:?\s*$", text[max(0, m.start - 6):m.start])]
    restes = [m for m in out if m not in chiffres and (_CE_QUI_RESTE.search(text[max(0, m.start - 60):m.start]) or
                                                        re.match(r"\s*(euros?\s*)?(de |d )benefices?\b", text[m.end:]))]
    for m in out:
        if m.kind == "depense" and _CE_QUI_RESTE.search(text[max(0, m.start - 60):m.start]) and \
                re.match(r"\s*(euros?\s*)?(\w+ ){0,3}?(apres|une fois|quand j ai paye|moins)\b", text[m.end:]):
            # what is left once the costs named after it are paid (« il me reste environ 250 par semaine après l'essence et
            # la commission Uber »): an income, not those costs
            m.kind = None
    if restes and not chiffres and affaires:
        # no turnover said, what is left once the costs are paid (« après charges il me reste 1400 »): the income
        for m in restes:
            if re.search(r"\b(une fois les charges payees|apres (les )?charges|de benefices?)\b", text[max(0, m.start - 60):m.end + 15]):
                m.kind = "revenus_activite"
        return out
    if not chiffres or not restes:
        return out
    for m in restes:
        m.kind = "revenus_activite"
        if not (m.annuel or m.hebdo or m.trimestriel) and not re.match(r"\s*(euros?\s*)?(\w+ ){0,3}?(par mois|le mois|mensuels?)\b",
                                                                       text[m.end:]):
            m.annuel, m.hebdo, m.trimestriel = chiffres[0].annuel, chiffres[0].hebdo, chiffres[0].trimestriel
    return [m for m in out if m not in chiffres]


def _cinq_chiffres_montant(text: str, m: re.Match, montant_demande: bool = False) -> bool:
    """Five digits are a postal code, unless a place word does not introduce them and their clause names
    a kind of money ("un livret avec 12000 dessus", "je dois 15000 au bailleur") or an amount is what the
    question asked (« dans les 15000 » to the savings question)."""
    # (« on a 12000 », « il a 15000 »: the verb avoir, no place word)
    if re.search(r"\b(cp|code postal|postal|(?<!\bon )(?<!\bil )(?<!\belle )(?<!\bqui )(?<!\bca )(?<!\by )(?<!\bil en )"
                 r"(?<!\bon en )a|au|sur|habite|vis|vit|commune|ville|dans le|le)\s*$", text[:m.start()]):
        return False
    if montant_demande:
        return True
    # a yearly sum is money (« mon revenu c'est environ 12000 par an »: not Rodez's postal code)
    if re.match(r"\s*(euros?\s*)?(nets?\s*|bruts?\s*)?(par an|l an|annuels?|sur l annee|a l annee|par annee)\b", text[m.end():]):
        return True
    # a total is money (« 3 crédits et un découvert, au total 21000 »: not Dijon's postal code)
    if re.search(r"\b(au total|en tout|total|au global|en cumule|cumule)\s*(de |d |c est |ca fait )?$", text[:m.start()]) or \
            re.match(r"\s*(euros?\s*)?(en tout|au total)\b", text[m.end():]):
        return True
    if re.search(r"\b(conjointe?|mari|femme|epoux|epouse|compagnon|compagne|moi|lui|elle)\s*$", text[:m.start()]) and \
            re.search(r"\b\d{4,6} ?(euros? )?(nets? |bruts? )?(par an|l an|annuels?|sur l annee)\b|"
                      r"\b(salaires?|revenus?|paies?) annuels?\b", text):
        return True  # « je gagne 24000 par an, mon conjoint 18000 »: the partner's yearly pay, no postal code
    a, b = next(((a, b) for a, b in _clauses(text) if a <= m.start() < b), (0, len(text)))
    return any(kind != "generique" and pattern.search(text, a, b) for kind, pattern in _CUE_RE)


_ESTIMATION = re.compile(r"\b(en moyenne|moyenne|environ|env|a peu pres|en gros|approximativement|grosso modo|plus ou moins|"
                         r"autour de|aux alentours de|en general|generalement|la plupart du temps|d habitude|"
                         r"disons|je dirais)\b")


# An hourly rate is pay, whatever verb said it (« payé 12 € net de l'heure »: « payé » was the rent's cue, 780 € of rent)
_PAIE_A_L_HEURE = {"loyer": "revenus_activite", "dette": "revenus_activite"}
# (« 12 € net/h »: the unit glued to « net »)
_TAUX_HORAIRE = re.compile(r"\s*(euros?\s*)?(nets? ?|bruts? ?)?(de l heure|par heure|l heure|de lheure|/ ?h|a l heure)\b")
# Paid by the evening, the day or the shift, and how many a week (« 90 € la soirée, 3 soirées par semaine »)
_TAUX_PAR_UNITE = re.compile(r"\s*(euros?\s*)?(net |nets |brut |bruts )?(la|par|le|du|de la|chaque) (soiree|journee|jour|service|"
                             r"nuit|garde|vacation|extra)\b")
_UNITES_PAR_SEMAINE = re.compile(r"\b([1-7]|un|une|deux|trois|quatre|cinq|six) (soirees|journees|jours|services|nuits|gardes|"
                                 r"vacations|extras|fois)( de travail)? (par|la|chaque|/) ?(semaine|sem)\b")
_NOMBRES_PETITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
# (« 25h/sem », « 20 heures par semaine »; a bare « 35h » beside an hourly rate is a week's hours too)
_HEURES_PAR_MOIS = re.compile(r"\b(\d{2,3}) ?(h|heures?|hrs?)( de travail)? (par|le|chaque|/) ?mois\b")
# (and the connector left out, « 24h semaine »)
_HEURES_PAR_SEMAINE = re.compile(r"\b(\d{1,2}) ?(h|heures?|hrs?)( de travail)? ?((par|la|chaque|/)? ?(semaine|sem)|hebdo\w*)\b|"
                                 r"\b([1-4]\d) ?(h|heures)\b(?! ?(par|la|chaque|/) ?(jour|mois|an))")
# An average or an estimate said just before its amount (« en moyenne on va dire 900 », « disons 900 »), and words
# saying the amount moves or giving its bounds (« les bons mois », « des fois », « entre… et… »)
_ESTIMATION_AVANT = re.compile(r"\b(en moyenne|on va dire|disons|je dirais|en gros|grosso modo|"
                               r"globalement|au final)\s*(ca fait |c est |je dirais |)$")
# (and the same after the amount: « il me reste 700 en moyenne »)
_ESTIMATION_APRES = re.compile(r"^\s*(euros? |e )?(par mois )?(en moyenne|de moyenne|environ|a peu pres|grosso modo|on va dire|"
                               r"je dirais)\b")
_VARIE_OU_BORNE = re.compile(r"\b(les bons mois|les mauvais mois|des fois|parfois|selon les mois|ca depend|ca varie|"
                             r"des mois \d+|(un|certains) mois \d+|"
                             r"entre \d+ et \d+|jusqu a|certains mois|le mieux|au pire|au mieux)\b")


# The emergency lines named as such (« je dors au 115 », « j'ai appelé le 3919 », « vous pouvez appeler le 115 pour
# moi ? »): numbers to call, never an amount, an age or a count.
_LIGNES_D_URGENCE = re.compile(r"\b(?:au|le|du|via le|par le) (115|119|3919|3114|3977)\b(?! ?(euros?|e|eur|balles|ans?)\b)")


def _sans_lignes_d_urgence(text: str) -> str:
    return _LIGNES_D_URGENCE.sub(lambda m: " " * len(m.group(0)), text)


def _masquer_non_montants(text: str, montant_demande: bool = False) -> str:
    """Numbers that are not money become spaces: ages, counts, durations, rates, codes, years.
    ``montant_demande``: the question asked is an amount, so five digits without a place word are money."""
    # a frequency: "une semaine sur deux", "un week end sur 2", "une fois sur 3"
    text = re.sub(r"\b(fois|semaines?|week ?ends?|mois|jours?|annees?)( \w+)? sur \d{1,2}\b",
                  lambda m: re.sub(r"\d", " ", m.group(0)), text)
    # a count of children after an amount each (« 150 par enfant pour les 3 »): no money
    text = re.sub(r"\b(par (enfant|gamin|gosse|petit|tete)\b[^.;!?]{0,20}?\b(pour|a|x|fois) (les |mes |nos |ses |)?)(\d{1,2})\b(?! ?(euros?|e)\b)",
                  lambda m: m.group(1) + " " * len(m.group(5)), text)
    # "j'ai 68 ans elle 66": the partner's age, its "ans" left out
    text = re.sub(r"\b(\d{1,3} ans,? (et )?(elle|lui|il|ma femme|mon mari|mon conjoint|ma conjointe|ma compagne|mon compagnon|"
                  r"madame|monsieur)( a| en a)? )(1[6-9]|[2-9]\d|1[01]\d)\b(?! ?(euros?|e)\b)",  # (an age: « 74 ans, ma femme 600 » is her pension)
                  lambda m: m.group(1) + " " * len(m.group(5)), text)
    # a département's number after where one lives (« seule à Montreuil 93 loyer 780 », « j'habite dans le 93 »),
    # before the units below: « 93 loyer » is no count of rents
    text = re.sub(r"\b((?:habite|habitons|vis|vit|vivons|reside|residons|seule?s?|suis|sommes|installee?s?) (?:a|au|sur|en) "
                  r"[a-z]+(?:[ -][a-z]+){0,3}|dans (?:le|l)) (0[1-9]|[1-8]\d|9[0-5]|97[1-6])\b"
                  r"(?! ?(euros?|e|eur|balles|par mois|net|de loyer|d apl)\b)",
                  lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    # the children counted after an amount for each (« 150 par enfant, j'en ai 2 »): a count, no money
    text = re.sub(r"\b((?:j en ai|on en a|nous en avons) )(\d)\b(?! ?(euros?|e|eur|balles)\b)",
                  lambda m: m.group(1) + " " * len(m.group(2)), text)
    # « on bosse tous les 2 »: both of them, not 2 € (nor « pour nous 2 », « à eux 2 », « en coloc à 3 »)
    text = re.sub(r"\b((?:tous|toutes) (?:les )?|(?:a|pour|entre) (?:nous|eux|elles|vous) |(?:coloc|colocation|colocataires?) "
                  r"(?:a|avec) )(\d)\b(?! ?(euros?|e|eur|balles)\b)",
                  lambda m: m.group(1) + " " * len(m.group(2)), text)
    # the people sharing an amount (« on paie 900 à 2 en coloc »): no range from 900 to 2
    text = re.sub(r"\b(\d{3,}(?:\.\d+)? (?:euros? )?a )([2-6])\b(?! ?(euros?|e|eur|balles|\d)\b)(?= ?(?:$|[,.;!?]|en coloc\w*|"
                  r"colocataires|personnes|et |moi\b|on\b|nous\b|dans\b))",
                  lambda m: m.group(1) + " " * len(m.group(2)), text)
    # the emergency lines named (« je dors au 115 », « j'ai appelé le 3919 »): numbers to call, never money
    text = _sans_lignes_d_urgence(text)
    # the first ages of a list whose unit is said once, at its end (« de 8 et 12 ans »: the 8 was 8 € of pay)
    # (not a range, « entre 5 et 10 ans »)
    text = re.sub(r"(?<!\bentre )\b\d{1,2}(?=(?:(?:,| et| ou) \d{1,2})*(?:,| et| ou) \d{1,2} ?(?:ans?|mois)\b)", lambda m: " " * len(m.group(0)),
                  text)
    text = re.sub(r"\b\d+(?:\.\d+)? ?" + _UNITES + r"\b", lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"\b\d{1,2} ?" + _COMPTES + r"\b", lambda m: " " * len(m.group(0)), text)
    # a count of people (« maman solo d'1 petite de 5 ans », « 2 enfants »): never money
    # (« on a 1 grand de 4 ans »: a child, said « grand », counted; it was 1 € of unemployment benefit)
    text = re.sub(r"\b\d{1,2} (?=(enfants?|fils|filles?|petite?s?|gamins?|gamines?|gosses?|bebes?|ados?|garcons?|jumeaux|jumelles|"
                  r"personnes?|adultes?|grande?s?(?= (?:de |d )\d{1,2} ans| *$| *[,.;!?]| +(?:de|d) +[,.;!?]?))\b)", lambda m: " " * len(m.group(0)), text)
    # a count of incomes: « nos deux petites retraites », « avec 2 salaires », « deux smic »
    # (and of employers: « j'ai 2 employeurs, 600 chez l'un et 450 chez l'autre » was a pay of 2 €)
    text = re.sub(r"\b[1-9] ((toute |tres )?(petites?|grosses?|maigres?|faibles?) )?(retraites?|pensions?|salaires?|revenus|"
                  r"allocations|aides|emplois|boulots|jobs|contrats|smic|employeurs?|patrons?|particuliers|"
                  # (« 2 salaires : 1 smic et 1 mi-temps »: one job of each kind, not 1 €)
                  r"mi temps|temps (?:partiels?|pleins?|complets?)|cdi|cdd)\b",
                  lambda m: " " + m.group(0)[1:], text)  # the noun stays a cue
    text = re.sub(r"\b(on est|nous sommes|on vit a|on vit|on vi a|nous vivons a|foyer de|famille de|a la maison on est|"
                  r"on est a) \d{1,2}\b", lambda m: " " * len(m.group(0)), text)
    # the people an amount is for (« 200 de pension par mois pour les 3 »): a count
    text = re.sub(r"\bpour (?:les|mes|nos|ses|ces|tous les) \d{1,2}\b(?! ?(?:euros?|e|eur|balles|ans?|mois|semaines?|jours?|heures?|h)\b)",
                  lambda m: " " * len(m.group(0)), text)
    # "taux 80", "GIR 2", "T 2": not money ("T2" glued is a word, kept: it names a rented flat)
    text = re.sub(r"\b((taux|incapacite|gir|n°|numero|no|categorie|cat|echelon) ?|(t|f) )\d{1,3}\b", lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"\b\d{5}\b(?! ?(euros?|e|eur|balles|par an|par mois|l an|annuels?)\b)",
                  lambda m: m.group(0) if _cinq_chiffres_montant(text, m, montant_demande) else " " * len(m.group(0)),
                  text)  # postal codes
    text = re.sub(r"\b(paris|lyon|marseille) \d{1,2}\b", lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"\b(en|depuis|annee|ne|nee|jusqu en|avant|apres|fin|debut|janvier|fevrier|mars|avril|mai|juin|"
                  r"juillet|aout|septembre|octobre|novembre|decembre|ete|hiver|printemps|automne) (19|20)\d{2}\b"
                  r"(?! ?euros?)", lambda m: " " * len(m.group(0)), text)  # years
    text = re.sub(r"\b0\d(?: ?\d\d){4}\b", lambda m: " " * len(m.group(0)), text)  # phone numbers
    # a day of a month (« 950 € par mois jusqu'au 15 janvier »: the 15 was added to the benefit, 965 €)
    text = re.sub(r"\b(?:le|au|jusqu au|du|depuis le|a partir du|avant le|apres le|des le|fin|debut|mi) (?:[1-9]|[12]\d|3[01]) "
                  + _MOIS_DE_L_AN + r"\b|\b(?:le|au|vers le|avant le|apres le) (?:[1-9]|[12]\d|3[01]) (?:de chaque mois|du mois|de tous les mois)\b",
                  lambda m: " " * len(m.group(0)), text)
    # a payment already made is no amount of the situation (« c'est 3600, j'ai fait un versement de 200 le mois
    # dernier »: the debt is 3600): an instalment paid, a deposit, what one has paid back
    text = re.sub(r"\b((?:un |mon |le |des |deux |)(?:versements?|acomptes?|paiements?) (?:de |d )|"
                  r"(?:j ai|on a|nous avons|j avais|on avait) (?:deja |)(?:rembourse|regle|verse|redonne) )(\d+(?:\.\d+)?)\b",
                  lambda m: m.group(1) + " " * len(m.group(2)), text)
    # an amount of the past all paid back since (« j'en avais 900 mais j'ai tout remboursé le mois dernier »)
    text = re.sub(r"\b((?:j en avais|on en avait|j avais|on avait|il y avait|c etait) )(\d+(?:\.\d+)?)\b"
                  r"(?=.*\bmais\b.*\b(?:tout (?:rembourse|regle|paye|epure)|(?:ne|n) (?:dois|doit|devons) plus rien|plus (?:de |d )?"
                  r"(?:dette|retard|impaye)s?|(?:suis|sommes|est) a jour)\b)",
                  lambda m: m.group(1) + " " * len(m.group(2)), text)
    return text


# A debt that is not rent (energy, loans, taxes, contributions): named beside an amount, the amount is not rent arrears.
_AUTRE_DETTE = re.compile(r"\b(electricite|edf|gaz|engie|eau|factures?|credits?|decouvert|impots?|banque|conso|"
                          r"telephone|operateur|amendes?|cantine|urssaf|fisc|tresor public|msa|cotisations?)\b")


def _dette_d_autre_chose(norm: str, montant: "_Montant", clause: str) -> bool:
    """The amount is a debt of something else than rent: another debt named in the words around it (« le loyer ça va,
    c'est l'électricité, 600 € de retard »), no rent named in its clause."""
    return bool(_AUTRE_DETTE.search(norm[max(0, montant.start - 30):montant.end + 30])) and \
        not re.search(r"\bloyers?\b", clause)


# The children's other parent, as a parent alone names them.
_AUTRE_PARENT = r"leur (pere|papa|mere|maman)|(le|la) (pere|papa|mere|maman)( des| de mes| de nos) (enfants|petits|gamins|filles?|" \
                r"fils)|(mon|l) ex( mari| femme| conjoint| conjointe| compagnon| compagne)?"


_A_DECOUVERT = re.compile(r"\b(suis|sommes|est|sont|etre|toujours|deja) (a|en) decouvert\b|"
                          r"\b(compte|je suis|on est) (dans le rouge|en negatif)\b")
# The pay or a benefit named as what one cannot make ends meet with: « j'y arrive pas avec ma paye », « avec mon
# salaire je m'en sors pas ».
_AVEC_MA_PAYE = re.compile(r"\b((?:arrive|arrivons|arrivent|en sors|en sortons|s en sort|tiens|tenons|suffit) (?:pas|plus) "
                           r"avec (?:ma|mon|notre|nos|mes|le|la|les) )(paye|paie|salaire|smic|chomage|rsa|retraite|pension|bourse)\b")


# Child support the person pays (« c'est moi qui verse 300 », « je verse une pension de 250 », « la pension que je
# verse »): neither a resource nor child support received.
_MOI_QUI_VERSE = r"c est moi qui (?:la |leur |lui |en |)(?:verse|paie|paye|donne|envoie)"
_MONTANT_DE_PENSION_VERSEE = re.compile(r"\b(" + _MOI_QUI_VERSE + r"|je (?:verse|paie|paye|donne|envoie) "
                             r"(?:une |la |leur |)pension(?: alimentaire)?|pension (?:alimentaire )?que je (?:verse|paie|paye|donne))"
                             r"\D{0,25}?(\d+(?:\.\d+)?)\b")
# the amount before the word (« je paye 200 de pension pour mes 2 gosses »): the same money going out
_MONTANT_AVANT_PENSION_VERSEE = re.compile(r"\b(?:je|j|on|nous|c est moi qui)(?: lui| leur)? (?:verse|paie|paye|donne|envoie|payons|"
                                           r"versons) (\d+(?:\.\d+)?) ?(?:euros? |e |eur |balles |)(?:par mois |)"
                                           r"(?:de |d )pensions?\b")
_PENSION_PAYEE_PAR_MOI = r"\b" + _MOI_QUI_VERSE + r"\b|" \
                         r"\bje (?:verse|paie|paye|donne|envoie) (?:une |la |leur |)pension\b|\bpension (?:alimentaire )?que je (?:verse|paie|paye)\b"


# A rent debt paid back in full (« j'ai tout remboursé le mois dernier »).
_TOUT_REMBOURSE = r"\b(j ai|on a|nous avons) (tout|tout le retard|toute la dette) (rembourse|regle|paye|epure)\b"
_NEGATIONS = (
    ("loyer", r"\b(ne|n) (paie|paye|payons|payent|paient) (pas|plus|aucun) (de |d )?loyers?\b|"
              r"\b(pas|aucun|sans) (de )?loyer\b(?! (impaye|en retard|de retard|du))|"
              r"\blogee?s? (gratuitement|gratuit)\b|\bheberge(e|s)? gratuitement\b|"
              # (« j'en paie pas, je suis hébergé » to the rent question: « en » is the rent asked)
              r"^(non,? )?(j en|je n en|on en|on n en|nous n en) (paie|paye|payons) (pas|aucun|rien|plus)\b"),
    ("revenus_activite", r"\b(pas|plus|aucune?|sans|zero|0) (de |d )?(salaires?|revenus?( du travail)?|ressources?)\b|"
                         r"\b(pas|plus) de (paie|paye)\b|\b(ne|n) (gagne|touche|gagnons|touchons) (rien|pas un sou|plus rien)\b|"
                         r"\b(je|on|nous) (gagne|gagnons) (rien|0)\b|\bsans (aucun )?revenus?\b|\bpas un sou\b|"
                         # (« ne » left out: « je touche rien », 20 of 24 development writers key no pay)
                         r"^(?!.*\b(chomage|france travail|pole emploi|droits?|are|inscrite?)\b)"
                         r".*\b((je|on|nous) (touche|touchons)|jtouche) (rien|plus rien)\b(?! (d autre|de plus|a part|sauf|que|hormis|de la|du|des|de l)\b)|"
                         r"\bsalaire (c est|est de|de)? ?(0|zero|rien)\b|"
                         r"\bni (de |d )?(salaires?|revenus?|ressources?)\b|"
                         # (« j'ai rien comme revenu »)
                         r"\b(j ai|je n ai|on a|on n a|nous avons|nous n avons) rien comme (salaires?|revenus?|ressources?)\b|"
                         # nothing but benefits (« j'ai rien à part les allocs »): no pay
                         r"\b(j ai|je n ai|on a|on n a|nous avons|nous n avons|je touche|je ne touche|on touche|on ne touche) rien (d autre )?(a part|sauf|hormis|en dehors de|que) (les |l |la |le |mes |nos )?"
                         r"(allocs?|allocations?( familiales)?|aides?|apl|caf|rsa|aah|prestations)\b"),
    ("chomage", r"\b(pas|plus|sans|aucune?) (de |d |le |l |les |d allocations? |au )?(chomage|indemnites?|are)\b|"
                r"\bfin de droits\b|"
                r"\b(plus|pas|aucun) droit (au|a l|aux) (chomage|are|allocations? chomage)\b|"
                r"\bchomage (est )?(fini|termine|arrete|epuise)\b|\bfin (de mon|du|de son) chomage\b|"
                r"\bni (de |d |le )?(chomage|indemnites?|are)\b|\b(non|pas|plus) indemnisee?s?\b|\bsans indemnisation\b|"
                r"\bdroits (au chomage |a l are )?(sont |se sont )?(finis|terminee?s|epuisee?s|arretee?s)\b"),
    ("epargne", r"\b(pas|aucune?|sans|plus|zero|0) (d |de )?(epargne|economies?|livrets?|argent de cote)\b|"
                r"\b(rien|pas (un|1) (sou|centime|euro|rond)|aucun (sou|centime|euro)|0 euros?) (de cote|d economies?|"
                r"d epargne)\b|\b(rien|pas un sou|0|zero) (sur|a la) (le |mon )?(livret|compte|banque)\b"),
    ("dette_loyer", r"\b(pas|aucune?|sans|plus) (de |d )?(dettes?|impayes?|retard|arrieres?)\b|"
                    r"\b(suis|sommes|est) a jour\b|"
                    # (all paid back: « plus maintenant, j'ai tout remboursé le mois dernier »)
                    rf"{_TOUT_REMBOURSE}|"
                    r"\b(ne|n) (dois|doit|devons|doivent) (rien|plus rien|pas un sou)"
                    r"( \w+){0,2} (bailleur|proprio|proprietaire|loyers?|hlm|office|agence)\b"),
    ("pension_alimentaire_recue", r"\b(pas|aucune?|sans|plus|jamais) (de |d )?pension alimentaire\b|"
                                  r"\bpension alimentaire\D{0,20}\b(jamais|pas|plus) (versee|payee|touchee)\b|"
                                  r"\b(il|elle|lui|ex|pere|mere|papa|maman) (ne|n) (verse|paye|paie|donne|envoie) "
                                  r"(pas|plus|jamais|rien)\b|"
                                  # (« et le père verse rien », the « ne » left out)
                                  r"\b(le|leur) (pere|papa|mere|maman) (verse|paye|paie|donne|envoie) (rien|jamais rien|plus rien)\b|"
                                  # (« leur père paye pas depuis 2 ans », the « ne » left out)
                                  r"\b(le|leur|son|mon) (pere|papa|mere|maman|ex) (verse|paye|paie|donne|envoie) (pas|plus|jamais)\b|"
                                  # (« pas de pension du papa », « il paie rien pour les enfants »)
                                  r"\b(pas|aucune?|plus|jamais) (de |d )?pension (du|de la|de leur|de son) (pere|papa|mere|maman|ex)\b|"
                                  r"\b(il|elle) (ne |n )?(verse|paye|paie|donne|envoie) (pas|plus|jamais|rien) (\w+ ){0,2}pour (les|mes|nos|ses|leurs) "
                                  r"(enfants|petits|gosses|filles|fils|gamins)\b|"
                                  r"\b(verse|paye|paie|donne) (pas|plus|jamais) (la |de |sa )?pension\b|"
                                  # the children's other parent pays nothing, or is dead: « leur père ne paie jamais »,
                                  # « la mère est partie et paie rien », « leur mère est décédée »
                                  rf"\b({_AUTRE_PARENT})\b[^,.;!?]{{0,40}}?\b(paie|paye|verse|donne|envoie)s? "
                                  r"(pas|plus|jamais|rien)\b|"
                                  rf"\b({_AUTRE_PARENT}) (est |sont )?(decedee?|morte?|mort|decede)\b"),
)


# Child support due but not paid: "il ne paie jamais", "il verse plus rien" (what is received is nothing).
# (« le père paye pas la pension alors que le juge a dit 150 par enfant »: « pas » too, with the pension named after it)
_PENSION_JAMAIS_PAYEE = re.compile(r"\b(il|elle|ex|pere|mere|papa|maman)( ne| n)? (paie|paye|verse|donne|envoie)s? "
                                   r"(jamais|plus rien|rien|plus|pas (la |sa |de |d )?pension)\b|"
                                   # (« … mais il paye pas », the clause ended there)
                                   r"\bmais (il|elle)( ne| n)? (paie|paye|verse|donne|envoie)s? pas(?= *(?:$|[,.;!?]| du tout| depuis))|"
                                   # « normalement 200 mais depuis 3 mois il a rien versé »: owed, not received now
                                   r"\b(il|elle)( n)? a (plus |rien |jamais |pas )+(rien |un centime |un euro )?"
                                   r"(verse|paye|donne|envoye|regle)\b|\b(j ai|on a)( n)? (rien|plus rien|pas) (recu|touche|vu)\b")


# An invalidity pension: no benefit the engine computes, its amount is a resource of the household.
_PENSION_INVALIDITE = re.compile(r"\b(pension|rente)s? (d |de |d une |d un )?invalidite\b|\ben invalidite\b|"
                                 r"\binvalidite (de )?categorie\b")  # (« je suis en invalidité »: its pension)


# A place the person owns and rents out (« propriétaire d'un studio que je loue 400 € », « je loue un studio que j'ai hérité »,
# « 100 de location d'un garage »): the rent is received, an income (autres_ressources), not a rent paid.
_BIEN_MIS_EN_LOCATION = (r"\b(proprietaires?|proprios?) (d un|d une) (petit |petite )?(studio|appartement|appart|maison|logement|"
                         r"garage|local|f\d|t\d)( \w+){0,2} (que (je|nous|on) (loue|louons)|loue|en location)\b|"
                         r"\bje loue (un|une|mon|ma) (studio|appartement|appart|maison|logement|garage) (que j ai|qu on a) "
                         r"(herite|achete)\b")
_LOUE_A_QUELQU_UN = re.compile(_BIEN_MIS_EN_LOCATION + r"|\b(revenus? locatifs?|location d (un|mon|ma|une) (garage|parking|box|"
                               r"place de parking)|"
                               # one's own garage rented out (« je loue mon garage 80 euros par mois »)
                               r"(je|on|nous) (loue|louons) (mon|ma|notre|nos|mes) (garage|garages|parking|box|place de parking|"
                               r"terrain|cave))\b")
_BIEN_MIS_EN_LOCATION = re.compile(_BIEN_MIS_EN_LOCATION)


# A housing answer that names a rented place: a bare amount with it is its rent.
_LOGEMENT_LOUE = re.compile(r"\b(locataire|loue|louons|location|hlm|studio|appart|appartement|t[1-5]|f[1-5]|chambre|cite u|"
                            r"cite universitaire|crous|residence|foyer (de |des )?jeunes travailleurs|fjt|coloc|colocation)\b")


# Between a resource's amount and the next one (« 1100 et 950 », « 1400 € pour moi et 650 € »), and the words that say two
# people have money (« tous les deux », « pour ma femme »).
_ET_LE_SECOND = re.compile(r"\s*(euros?|e|eur|nets?)?\s*(par mois )?(pour moi |pour lui |pour elle |moi |lui |elle )?(et|,|\+|plus)"
                           r"( (pour )?(ma femme|mon mari|mon conjoint|ma conjointe|lui|elle))?\s*$")
_DEUX_PERSONNES = re.compile(r"\b(tous les deux|toutes les deux|tous 2|a deux|pour moi|pour (ma femme|mon mari|mon conjoint|ma conjointe|"
                             r"lui|elle)|(ma femme|mon mari|mon conjoint|ma conjointe|mon compagnon|ma compagne))\b")


def _semaines_par_an(norm: str) -> int:
    """The weeks worked in a year, when the message says them (« 180 par semaine mais seulement 40 semaines par an »),
    else 52."""
    m = re.search(r"\b(\d{1,2}) " + _SEMAINES_DE_L_ANNEE, norm)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 52 else 52


def _age_de_la_retraite(norm: str, known: dict[str, Any]) -> bool:
    """The person is 60 or more, known or said in the message."""
    age = known.get("age")
    if not isinstance(age, (int, float)):
        age = _age(norm, proche=bool(known.get("pour_un_proche")))
    return isinstance(age, (int, float)) and age >= 60


def _lire_montants(norm: str, masked: str, requested: Optional[str], activite: Optional[str],
                   known: dict[str, Any], remplacees: Iterable[float] = ()) -> tuple[dict[str, float], set[str], set[str], bool]:
    """(amounts by field, fields given vaguely, benefits with an amount attached, whether every amount
    had a cue: then none is left to answer the question). ``remplacees``: the amounts the message says it
    corrects (« 1 580 pas 1 650 »), no money when told again."""
    out: dict[str, float] = {}
    tous_places = True
    vagues: set[str] = set()
    lies: set[str] = set()
    besoins_connus = known.get("besoins") if isinstance(known.get("besoins"), list) else []
    # (the landlord, not the person owning their home: « surendettement, 30000 de dettes… proprio à Laval » owes no rent)
    loyer_en_vue = bool(re.search(r"\b(loyers?|bailleur|(mon|ma|le|la|notre|du|au|leur|son|sa) (proprio|proprietaire)|hlm|logement|"
                                  r"appartement|office|agence)\b", norm)) or requested == "dette_loyer" or "impayes_loyer" in besoins_connus
    totaux: dict[str, float] = {}
    convertis: set[str] = set()  # kinds read from an amount by the year or the week
    par_enfant: set[str] = set()  # child support said per child, multiplied by the children known
    couple = known.get("en_couple")
    par_defaut = _ressource_par_defaut(activite, _en_couple(norm, False) if couple is None else couple)
    montants = _montants(masked)
    if requested in ("correction", None) and est_nombre(known.get("revenus_activite")):
        # the pay corrected at the recap by the week, without its word (« non en fait c'est 180 par semaine mais seulement
        # 40 semaines par an »): a week's amount with no cue of its own is that pay
        for m in montants:
            if m.hebdo and m.kind in (None, "generique") and m.value >= 20 and \
                    not re.match(r"\s*(soirees?|jours?|heures?|h|fois|services?|missions?|nuits?|matinees?)\b", masked[m.end:]):
                m.kind = "revenus_activite"
    if len(montants) >= 3:
        # « 300 de baby-sitting + 80 de mes parents, donc 380 »: the total of the parts said before it is no more money
        dernier = montants[-1]
        parts = sum(m.value for m in montants[:-1])
        if re.search(r"\b(donc|soit|ca fait|cela fait|en tout|au total|total|ce qui fait)\b\W*$",
                     norm[max(0, dernier.start - 20):dernier.start]) and abs(dernier.value - parts) <= max(2.0, 0.02 * parts):
            montants = montants[:-1]
            if dernier.annuel or dernier.hebdo:
                # (the total's period is its parts': « 8400 par an… plus 900 de complémentaire, donc 9300 par an » is 775 € a
                # month, not 700 + 900)
                for m in montants:
                    if not (m.annuel or m.hebdo or m.trimestriel):
                        m.annuel, m.hebdo = dernier.annuel, dernier.hebdo
    # an hourly rate with the hours worked (« 11 net de l'heure, 12 h par semaine »): the month's pay, 52 weeks
    # a year (it was asked again, then read as 11 €)
    heures_mois = _HEURES_PAR_MOIS.search(norm)
    if heures_mois:
        # (by the month: « 110 h par mois à 12 € net de l'heure » is 1 320 €, it was read as 12 €)
        for m in montants:
            if _TAUX_HORAIRE.match(norm[m.end:m.end + 30]) and m.value < 100:
                m.value, m.vague = round(m.value * float(heures_mois.group(1))), False
                m.kind = _PAIE_A_L_HEURE.get(m.kind, m.kind)
    heures = None if heures_mois else _HEURES_PAR_SEMAINE.search(norm)
    if heures:
        for m in montants:
            # (or a rate said right after the week's hours: « 15 heures par semaine à 12 € net »)
            if _TAUX_HORAIRE.match(norm[m.end:m.end + 30]) and m.value < 100 or \
                    re.fullmatch(r"\s*,?\s*(a|au|payee?s?|payee?s? a|pour)?\s*((le |au )?(smic|taux) horaire( net)?( de| a)?)?\s*",
                                 norm[heures.end():m.start]) and norm[heures.end():m.start].strip(" ,") and 7 <= m.value < 60:
                m.value, m.vague = round(m.value * float(heures.group(1) or heures.group(7)) * 52 / 12), False
                m.kind = _PAIE_A_L_HEURE.get(m.kind, m.kind)
    unites = _UNITES_PAR_SEMAINE.search(norm)
    if unites:
        n = _NOMBRES_PETITS.get(unites.group(1)) or int(unites.group(1))
        for m in montants:
            if _TAUX_PAR_UNITE.match(norm[m.end:m.end + 30]) and m.value < 500 and not (m.hebdo or m.annuel):
                m.value, m.vague = round(m.value * n * 52 / 12), False  # the month's pay, 52 weeks a year
    # « 1200 les bons mois mais des fois 600… en moyenne on va dire 900 »: the average or the estimate the person
    # settles on is the amount, those around it are its range (they were added up: 1 500 €)
    estimes = [m for m in montants if _ESTIMATION_AVANT.search(norm[max(0, m.start - 25):m.start]) or
               _ESTIMATION_APRES.match(norm[m.end:m.end + 25])]
    if len(estimes) == 1 and len(montants) >= 2 and _VARIE_OU_BORNE.search(norm):
        montants = [m for m in montants if m is estimes[0] or m.kind not in (estimes[0].kind, None, "generique")]
    tous_places = bool(montants)
    clauses = _clauses(norm)
    remplacees = set(remplacees)
    derniere: Optional[tuple[str, int]] = None  # the kind and the end of the last resource read
    # a pension fund's amount, the person or the couple retired (« je touche 950 de la MSA, ma femme 600 »): their pensions,
    # the partner's said after theirs the same
    caisse_de_retraite = activite == "retraite" or requested == "retraite" or \
        re.search(r"\b(retraitee?s?|a la retraite|en retraite)\b", norm)
    if caisse_de_retraite:
        for index, m in enumerate(montants):
            if m.kind == "prestation" and _CAISSE_DE_RETRAITE.match(norm[m.end:m.end + 40]) or \
                    m.kind in ("prestation", None) and index and montants[index - 1].kind == "retraite" and \
                    re.search(rf"\b(et )?(mon|ma|son|sa) {_CONJOINT}\W*$", norm[montants[index - 1].end:m.start]):
                m.kind = "retraite"
            elif m.kind is None and requested is None and _A_DEUX.match(norm[m.end:m.end + 40]):
                m.kind = "retraite"  # « on est retraités mon mari et moi, 1400 à deux »
    for montant in montants:
        kind = montant.kind
        if kind in (None, "generique") and derniere is not None and derniere[0] in RESSOURCES and \
                _ET_LE_SECOND.match(norm[derniere[1]:montant.start]) and _DEUX_PERSONNES.search(norm):
            # the second person's amount, of the kind just said (« au chômage tous les deux (ARE 1100 et 950) », « 1400 €
            # pour moi et 650 € pour ma femme »): it was dropped, and the household had half its money
            kind = derniere[0]
        if re.search(r"\b(pas|et non|au lieu de|plutot que|a la place de)\s*$", norm[max(0, montant.start - 20):montant.start]):
            remplacees.add(montant.value)
            continue  # « c'est 950 ma paye pas 900 »: the value replaced, not one more
        if montant.value in remplacees:
            continue  # (« 1580 pas 1650, les 1650 c'était avec les heures sup »: the replaced value told again)
        if kind in (None, "generique"):
            tous_places = False
        rang = next((i for i, (a, b) in enumerate(clauses) if a <= montant.start < b), None)
        clause = norm[slice(*clauses[rang])] if rang is not None else norm
        apres_le_montant = norm[montant.start:montant.start + 60]
        if kind == "prestation" and requested == "epargne" and re.search(
                r"\b(epargne|economies|livrets?|mis de cote|sur (un|mon|le) compte|compte (epargne|bloque))\b",
                apres_le_montant) and not re.search(r"\b(rien|pas|aucune?|plus)\b", apres_le_montant):
            kind = "epargne"  # « l'ASE avait mis de côté mon allocation de rentrée, 1 500 € sur un compte »: savings
        if kind == "prestation" and rang and not any(re.search(r"\b(" + pattern + r")\b", clause) for _, pattern in _PRESTATIONS):
            # « j'ai ma pension d'invalidité, 780 par mois »: the benefit named in the clause before labels the amount
            clause = norm[clauses[rang - 1][0]:clauses[rang][1]]
        if kind == "prestation":
            for pid, pattern in _PRESTATIONS:
                if re.search(r"\b(" + pattern + r")\b", clause):
                    lies.add(pid)
            if not _PENSION_INVALIDITE.search(clause):
                continue  # the engine counts a benefit received; its amount is not a resource here
            kind = "autres_ressources"
        if kind == "chomage" and not re.search(r"\b(chomage|are|france travail|pole emploi|assedic)\b", clause) and \
                re.search(r"\b(arret|maladie|malade|cpam|secu|securite sociale|accident du travail)\b", norm):
            kind = "autres_ressources"  # indemnities of a sick leave
        if kind == "chomage" and montant.value > 0:
            lies.add("chomage")
        if kind == "depense":
            continue
        if kind == "retraite" and (_PENSION_INVALIDITE.search(clause) or rang and re.search(r"\bpensions?\b", clause) and
                                   _PENSION_INVALIDITE.search(avant := norm[clauses[rang - 1][0]:clauses[rang - 1][1]]) and
                                   not re.search(r"\b(etais|etait|avant|plus)\b", avant) and
                                   not _age_de_la_retraite(avant, {})):
            # "700 de pension d'invalidité": no retirement pension; nor « ma femme est en invalidité, pension 720 »
            kind = "autres_ressources"
            if not _PENSION_INVALIDITE.search(clause):
                lies.add("pension_invalidite")
        elif kind == "retraite" and "pension_invalidite" in (known.get("prestations_percues") or []) and \
                re.search(r"\bpensions?\b", norm[max(0, montant.start - 40):montant.end + 40]) and \
                not re.search(r"\b(retraites?|reversion|vieillesse|carsat|agirc|arrco|alimentaires?)\b", norm) and \
                not _age_de_la_retraite(norm, known):
            # « je touche 7440 € par an de pension » after « je suis en invalidité depuis 2 ans » (the invalidity pension
            # known): that pension, not a retirement one
            kind = "autres_ressources"
        elif kind == "retraite" and _PENSION_INVALIDITE.search(norm) and \
                re.search(r"\bpensions?\b", norm[max(0, montant.start - 40):montant.end + 20]) and \
                not re.search(r"\b(retraites?|reversion|vieillesse|carsat|agirc|arrco)\b", norm) and not _age_de_la_retraite(norm, known):
            # « je suis en invalidité catégorie 2… je touche 620 € de pension »: the pension of the invalidity named in
            # another clause, before the age of retirement (it was read as a retirement pension)
            kind = "autres_ressources"
            lies.add("pension_invalidite")
        autour = norm[max(0, montant.start - 80):montant.start + 20]  # the cue may lie in the clause before
        if kind == "retraite" and re.search(r"\bpensions?\b", autour) and not re.search(
                r"\b(retraites?|reversion|vieillesse|invalidite|carsat|agirc|arrco)\b", norm) and \
                not _age_de_la_retraite(norm, known) and (
                # (the « pension » of someone of 60 or more is their retirement pension, whatever child is named: « je vis chez
                # ma fille… 81 ans, 1100 de pension » was read as 1 100 € of child support)
                requested == "pension_alimentaire_recue" or  # « la pension, 250 » to the child support question
                (isinstance(known.get("nb_enfants"), (int, float)) and known["nb_enfants"] > 0) or
                re.search(rf"\b{_ENFANT}\b|\b(le|leur|du|son) (pere|papa)\b|\b(la|leur|sa) (mere|maman)\b|\bex\b", norm)):
            kind = "pension_alimentaire_recue"  # "une pension de 150" with children: child support
        if kind == "pension_alimentaire_recue" and _PENSION_VERSEE.search(clause):
            continue  # child support paid, not received
        if kind == "pension_alimentaire_recue" and re.search(r"\b(ne|n) (\w+ )?(paie|paye|verse|donne|envoie)(nt)? "
                                                             r"(plus|pas|rien|jamais)\b|\bimpayee?s?\b", norm):
            continue  # "le papa ne paye plus la pension que le juge a fixée à 120 €": nothing received
        if kind == "loyer" and requested == "dette_loyer" and not re.search(
                r"\bloyers? (?:\w+ ){0,2}?(?:est |de |c est |fait |a |:)?(?:de )?$", norm[max(0, montant.start - 25):montant.start]) and \
                not re.match(r"\s*(?:euros? )?(?:par mois|le mois|mensuels?|de loyer)\b", norm[montant.end:]):
            # to the arrears question, what the landlord claims (« le bailleur dit 3400 avec les frais d'huissier ») is the
            # debt; the rent named as such (« 4 mois de retard, loyer 500 ») stays the rent
            kind = "dette_loyer"
        if kind == "loyer" and requested in ("autres_ressources", "ressources") and re.search(
                r"\b(que (je|j|on|nous) (loue|louons)|(je|on|nous) (loue|louons) (un|une|mon|ma|notre|le|la) (garage|parking|box|"
                r"place de parking|appartement|appart|studio|maison|chambre|local|terrain|cave)|(loyers?|locations?) (que )?(je |on )?"
                r"(recois|touche|percois|encaisse))\b", norm[max(0, montant.start - 80):montant.end + 60]) and \
                not re.search(r"\b(je paie|je paye|on paie|on paye|a payer|mon loyer|notre loyer)\b",
                              norm[max(0, montant.start - 40):montant.end + 20]):
            # to the question of what the household receives, a rent one lets out (« 300 de loyer d'un appartement que je
            # loue », « je loue un garage 80 € ») is an income
            kind = "autres_ressources"
        if kind == "loyer" and _LOUE_A_QUELQU_UN.search(norm[max(0, montant.start - 80):montant.end + 40]):
            kind = "autres_ressources"  # « propriétaire d'un studio que je loue 400 € »: a rent received, an income
        if kind == "dette":
            # (not a debt named of something else, « j'ai 900 de dettes d'électricité » to the rent arrears question)
            # (nor a debt to the social contributions' office or the tax office, « jdois 2000 a l'urssaf aussi »)
            # (or in the words just before: « le loyer ça va, c'est l'électricité, 600 € de retard »)
            if (loyer_en_vue or requested == "dette_loyer") and not _dette_d_autre_chose(norm, montant, clause):
                kind = "dette_loyer"
            else:
                continue  # a debt, but not of rent: nothing of the contract
        if kind in (None, "generique"):
            # No cue: the question asked, or nothing.
            if requested == "dette_loyer" and _dette_d_autre_chose(norm, montant, clause):
                continue  # « non mais j'ai des crédits, 12 000 en tout » to the rent arrears question: another debt
            if requested in ("loyer", "epargne", "dette_loyer", "pension_alimentaire_recue") and not (
                    kind == "generique" and re.search(r"\b(revenus?|ressources?)\b", clause)):
                # (« alors que j'ai 0 revenu » answering the rent question is no rent of 0 €)
                kind = requested
            elif requested == "logement" and not montant.vague and _LOGEMENT_LOUE.search(norm) and not (
                    kind == "generique" and re.search(r"\b(revenus?|ressources?|gagne|touche)\b", clause)):
                kind = "loyer"  # « cité U, 260 » to the housing question: the rent with it
            elif requested in ("ressources", "revenus_activite", "chomage", "retraite"):
                kind = par_defaut if requested == "ressources" else requested
                if requested == "ressources" and kind in ("chomage", "retraite") and est_nombre(known.get(kind)) and \
                        known[kind] == 0 and not sorte_dite(norm, kind):
                    # the household's total after the benefit of the status was said to be nothing (« plus rien, fin de
                    # droits », then « 646 »): other money, not the benefit just denied; in a couple, mostly the partner's
                    # pay (« je suis inscrite à France Travail mais je touche rien », then « 850 € », the partner an
                    # apprentice: it was other money, and the prime d'activité was not offered)
                    kind = "revenus_activite" if kind == "chomage" and known.get("en_couple") is True else "autres_ressources"
            elif kind == "generique" and requested in (None, "activite") and activite in (
                    "demandeur_emploi", "retraite", "salarie", "independant", "apprenti") and \
                    (re.search(r"\b(touche|percois|recois|touchons|par mois|par an|fais|fait|(mes|nos) revenus|(mon|notre) revenu|declare|declarons|"
                               r"declarait|de revenus?)\b", clause) or
                     _TOTAL.search(clause)):  # "(retraités,) on a 950 euros à deux": the household's money
                kind = par_defaut  # (« j'ai déclaré 9 600 € de revenus » of an auto-entrepreneur: the activity's money too)
            else:
                if montant.vague:
                    # (a number in an answer to a question of words, « diabète de type 1 » to the needs, is none)
                    vagues.add(requested if requested in (*_QUESTIONS_MONTANT, "age", "nb_enfants", "enfants",
                                                          "handicap_taux", "titre_sejour_annees") else "montant")
                continue
        if kind == "epargne" and requested not in (None, "epargne") and not re.search(
                r"\b(epargne|economies|livrets?|de cote|compte epargne|assurance vie|placements?)\b",
                # (what is left of the savings named just before: « je vis sur mes économies, il me reste 4000 »)
                juste_avant if _CE_QUI_RESTE.search(juste_avant := norm[max(0, montant.start - 60):montant.start]) else clause):
            continue
        if montant.vague:
            vagues.add(kind)
            continue
        mensuel = kind in RESSOURCES + ("loyer",)  # said by the year or the week: made monthly
        if kind in RESSOURCES and kind in convertis and not (montant.annuel or montant.hebdo or montant.trimestriel) and \
                montant.value >= 8000:
            # the second person's pay said bare after a yearly one (« je gagne 24000 par an, mon conjoint 18000 »): by the
            # year too (18 000 € a month was added)
            montant.annuel = True
        value = montant.value / 12 if montant.annuel and mensuel else \
            round(montant.value * _semaines_par_an(norm) / 12) if montant.hebdo and mensuel else \
            round(montant.value / 3) if montant.trimestriel and mensuel else montant.value
        converti = montant.annuel or montant.hebdo or montant.trimestriel
        # (the children counted in the same message too, « seule avec mes 3 enfants, 50 euros de pension par enfant »;
        # counted only for child support, not for every amount)
        nb_connu = None if kind != "pension_alimentaire_recue" else \
            known.get("nb_enfants") if known.get("nb_enfants") is not None else _nb_enfants(norm)
        if kind == "pension_alimentaire_recue" and nb_connu is None:
            # « 150 par enfant, j'en ai 2 »: the children counted after
            compte = re.search(r"\b(j en ai|on en a|nous en avons|ils sont|elles sont|pour (?:les|mes|nos)) (\d)\b", norm)
            # (or twins, « maman solo de jumeaux, le père verse 100 par mois par enfant »)
            multiple = re.search(r"\b(jumeaux|jumelles|triples|triplees)\b", norm)
            nb_connu = int(compte.group(2)) if compte else (3 if multiple.group(1).startswith("tripl") else 2) if multiple \
                else None
            if nb_connu is None:
                # (or their ages: « je pars avec les enfants (6 et 10 ans)… 200 € par enfant »)
                ages_dits = _ages_enfants(norm, False)[0]
                nb_connu = len(ages_dits) if ages_dits and len(ages_dits) > 1 else None
        if est_nombre(nb_connu) \
                and nb_connu > 1 and re.match(r"\s*(€|e|eur|euros?)?\s*(de pension( alimentaire)? )?((par mois|chaque mois|mensuels?) )?"
                                               r"((par|pour chaque|chaque|"
                                               r"pour chacun de mes) (enfant|gamin|gosse|petit|loulou)s?|"
                                               # (« leur père verse 200 euros de pension chacun »)
                                               r"(pour )?(chacun|chacune))\b", norm[montant.end:]):
            value = value * nb_connu  # « 150 par enfant » for two children: 300 a month
            par_enfant.add(kind)
        elif kind in par_enfant and kind in out and abs(value - out[kind]) <= 1:
            continue  # « 150 € par enfant, donc 300 € »: the total restated
        if kind == "loyer" and _MA_MOITIE.search(norm[montant.end:]):
            value = value / 2  # « on paie 900 à 2 en coloc, moi je paie la moitié »: the person's share of the rent
        # (not child support already counted for each child: « leur père verse 100 euros chacun »)
        if kind in RESSOURCES and kind not in par_enfant and re.match(
                r"(\s*(euros?|e|eur|net|nets|brut|par mois|par semaine|la semaine|par an|l an|"
                r"mensuels?|environ|a peu pres))*\s*,?\s*(chacun|chacune)\b", norm[montant.end:]):
            value = value * 2  # « on gagne 1 700 € chacun »: the two of them
        if kind in RESSOURCES:
            derniere = (kind, montant.end)
        if _TOTAL.search(clause) and kind in RESSOURCES:
            totaux[kind] = value
        elif kind in out and kind in RESSOURCES and (converti or kind in convertis) and \
                abs(value - out[kind]) <= 0.15 * max(value, out[kind]) and \
                not _UN_AUTRE_DU_FOYER.search(norm[max(0, montant.start - 40):montant.start]):
            # « 11 000 € par an, donc à peu près 900 € par mois »: one amount said in two units, the month's kept
            out[kind] = out[kind] if converti else value
        elif kind in out and kind in RESSOURCES + ("epargne",):
            out[kind] += value  # "je gagne 800 et mon mari 1000", "500 sur le livret et 300 sur le compte"
        else:
            out[kind] = value
        if converti:
            convertis.add(kind)
    out.update(totaux)
    for kind in list(out):
        if kind in vagues:
            vagues.discard(kind)
    return out, vagues, lies, tous_places


# The other person of the household named just before an amount (« je gagne 9600 par an et ma femme gagne 700 par mois »):
# their own amount, not the first restated in another unit.
_UN_AUTRE_DU_FOYER = re.compile(rf"\b(?:(?:mon|ma|son|sa) (?:{_CONJOINT})|lui|elle|et moi|moi)\b(?!.*\b(?:donc|soit|ca fait|"
                                r"ce qui fait|c est a dire)\b)")


# -- entities found by DIET ------------------------------------------------------------

_NOMBRES = ("age", "nb_enfants", "handicap_taux", "loyer", *RESSOURCES)
_ENUM_ENTITIES = {"logement": LOGEMENTS, "activite": ACTIVITES, "nationalite": NATIONALITES}


def _nie(text: str, start: Any) -> bool:
    """Whether the words just before a span deny it ("je n'ai plus de [chômage]", "pas de [salaire]")."""
    if not isinstance(start, int) or start <= 0:
        return False
    avant = normaliser(text[:start])[-30:]
    return bool(re.search(r"\b(plus|pas|jamais|sans|aucune?|ni)( (de|d|du|le|la|les|l))?\s*$", avant))


def _depuis_entites(entities: Iterable[dict], requested: Optional[str], text: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for ent in entities:
        name, value = ent.get("entity"), ent.get("value")
        if value is None:
            continue
        value = str(value).strip()
        if name in _ENUM_ENTITIES:
            # "je n'ai plus de chômage" is not a jobseeker's status.
            passe = name == "activite" and ent.get("start") is not None and \
                _CONTRAT_PASSE.search(normaliser(text[:ent["start"]]) + " ") is not None  # « il avait un cdd »
            debut = ent.get("start") if isinstance(ent.get("start"), int) else None
            if name == "activite" and debut is not None and re.search(
                    r"\b(si|s) (je|j|il|elle|on|nous|ils|elles)\b[^,.;!?]*$", normaliser(text[:debut])):
                continue  # « s'il travaille en ESAT… ? »: a condition, not his activity
            fin = ent.get("end") if isinstance(ent.get("end"), int) else None
            if name == "activite" and fin is not None:
                avant, apres = normaliser(text[:fin]), normaliser(text[fin:])
                if re.search(r"\b(jeunes?|foyer de|foyer des) travailleu\w*$", avant) or (
                        re.search(r"\btravailleu\w*$", avant) and re.match(r"\s*socia", apres)):
                    continue  # « au foyer de jeunes travailleurs », « mon travailleur social »: no one's job
            if value in _ENUM_ENTITIES[name] and not _nie(text, ent.get("start")) and not passe:
                out.setdefault(name, value)
        elif name == "en_couple":
            if value in ("couple", "seul"):
                out.setdefault(name, value == "couple")
        elif name == "grossesse":
            out.setdefault(name, True)
        elif name in _NOMBRES:
            # A number only answers its own question: DIET guesses a kind for bare numbers.
            if not (name == requested or (requested == "ressources" and name in RESSOURCES)):
                continue
            nums = _nombres(normaliser(value))
            if nums:
                out.setdefault(name, nums[0])
            elif name in ("nb_enfants", *RESSOURCES) and value == "0":
                out.setdefault(name, 0.0)
    return out


# Another person as the subject of the clause that names a status (« avec mon copain, il est en apprentissage »):
# DIET's activity there is theirs, not the person's (she was made an apprentice).
_AUTRE_SUJET = re.compile(rf"\b(il|elle|lui|(mon|ma|son|sa) ({_CONJOINT}|mec|meuf|{_PROCHE}|fils|fille|coloc\w*))\b")
_SOI_SUJET = re.compile(r"\b(je|j|moi|jsuis|chui|chuis|jtravaille|jbosse)\b")


def _activite_d_un_autre(text: str, ent: dict) -> bool:
    if ent.get("entity") != "activite" or not isinstance(ent.get("start"), int):
        return False
    clause = re.split(r"[,.;!?(]| et | mais ", normaliser(text[:ent["start"]]))[-1]
    # (nor a permit's kind: « une carte de séjour salarié depuis 3 ans » names no job held now)
    if re.search(r"\b(carte|titre|visa|recepisse)( de sejour| de resident| pluriannuelle?| temporaire)?( mention)?\s*$", clause):
        return True
    return bool(_AUTRE_SUJET.search(clause)) and not _SOI_SUJET.search(clause)


# -- the whole message -----------------------------------------------------------------

# Yes and no as typed on a phone: "ouais", "oue", "wi", "yes"; "nn", "nop", "nan".
_OUI = re.compile(r"(oui|ouais|ouai|oue|ouep|ouaip|wi|yes|ok|d accord|exact|voila|absolument|bien sur|oui oui|tout a fait|"
                  r"c est ca|effectivement|(je )?(crois|pense) (que )?oui|il me semble(,)? oui|normalement oui|"
                  r"a priori oui|apparemment oui)\b.*")
# (« plus maintenant », « plus depuis longtemps »: no longer, a no)
_NON = re.compile(r"(non|nan|nn|nop|nope|no|pas du tout|jamais|aucun|aucune|pas vraiment|rien|non non|plus maintenant|plus depuis|"
                  r"plus du tout|plus vraiment|plus aujourd hui|plus non)\b.*")
_ZERO = r"\b(rien|aucun revenu|aucune ressource|pas de revenus?|pas de ressources?|sans revenus?|" \
        r"sans ressources?|0 revenu|0 euros?|zero|gagne 0|touche 0|pas un (sou|centime|euro|rond)|aucun|que dalle|nada|0)\b"


# The amount just said is no longer paid (« 1200 mais je viens de perdre mon boulot, donc plus rien maintenant »).
_PLUS_RIEN_DESORMAIS = re.compile(r"\b(mais|sauf que|or)\b[^.;!?]*\b(plus rien|rien du tout|0|zero)( euros?)?"
                                  r"( \w+)? (maintenant|aujourd hui|desormais|depuis|a present|ce mois ci)\b")


# The resource an amount without a cue is, by the activity: a person without work has no pay (« 420 » from a man
# with an invalidity pension who no longer works was read as pay, and got the prime d'activité).
_RESSOURCE_PAR_DEFAUT = {"demandeur_emploi": "chomage", "retraite": "retraite", "sans_activite": "autres_ressources"}


_CAISSE_DE_RETRAITE = re.compile(r"\s*(?:euros? )?(?:par mois |par an |l an |par annee |par trimestre )?(?:de la|de|avec la|par la|a la|du) (?:msa|carsat|cnav|cipav|ircantec|agirc|"
                                 r"arrco|caisse de retraite|secu|securite sociale|regime general)\b")
_A_DEUX = re.compile(r"\s*(?:euros? )?(?:par mois )?(?:a deux|a nous deux|pour nous deux|a 2|tous les deux|toutes les deux)\b")


def _ressource_par_defaut(activite: Optional[str], en_couple: Any) -> str:
    """(In a couple, the total of a person without work is mostly the partner's pay: « moi je ne travaille pas,
    mon mari fait de l'intérim », then « 700 ».)"""
    if activite == "sans_activite" and en_couple is True:
        return "revenus_activite"
    if activite == "etudiant" and en_couple is not True:
        # a student alone whose job was not said: a grant or the parents' help (« 430 par mois en tout »), not pay (a
        # job said is asked apart, actions.parcours; pay would make the prime d'activité look possible)
        return "autres_ressources"
    return _RESSOURCE_PAR_DEFAUT.get(activite or "", "revenus_activite")
# The questions whose answer is an amount of money.
_QUESTIONS_MONTANT = ("loyer", "epargne", "dette_loyer", "pension_alimentaire_recue", *RESSOURCES, "ressources")


# Child support the speaker pays (« c'est moi qui paie une pension à mon ex », « je lui verse 200 »): not received.
# (« il » with its receiver only, « il lui verse 200 »: a bare « il verse 150 » is the other parent paying the person)
_PENSION_VERSEE = re.compile(r"\b((je|j|on|nous)( lui| leur)?|il (lui|leur)) (paie|paye|verse|payons|versons|dois|donne|envoie)\b|"
                             r"\b(a|de) verser\b|\bmoi qui (paie|paye|verse|donne|envoie)\b|"
                             r"\b(pension|pensions)( alimentaires?)? (que )?(je|j|on|nous) (paie|paye|verse|donne|envoie|dois)\b")


# Child support the speaker pays for their children (« je verse 150 € de pension pour mes deux enfants »); not the
# other parent's (« le père doit verser 200 € mais il paye quand il veut »).
_PENSION_QUE_JE_VERSE = re.compile(
    r"\b(je|j|on|nous)( lui| leur)? (paie|paye|verse|payons|versons|dois|donne|envoie)\b[^.;!?]{0,40}\bpensions?\b|"
    r"\bpensions?\b[^.;!?]{0,30}\b(que )?(je|j|on|nous) (paie|paye|verse|donne|envoie|dois)\b|"
    r"\bmoi qui (paie|paye|verse|donne|envoie)\b[^.;!?]{0,40}\bpensions?\b")


# A count in letters before ages in figures (« deux, 5 et 9 ans », « oui trois : 2, 6 et 11 »): how many, then their ages
# (« 2, 5 et 8 ans » in figures stays three children).
_COMPTE_EN_LETTRES = re.compile(r"\s*(?:(?:oui|ouais),? )?(?:j en ai |on en a |nous en avons )?(?:deux|trois|quatre|cinq|six)"
                                r"(?: enfants?)?\s*[,:]?\s*\d")


def _age_d_un_enfant_dit(m: re.Match[str], text: str) -> Optional[int]:
    """The age in years of the number ``m`` (its unit, « ans » or « mois », in group 3) of an answer about the children,
    or None when it is no age."""
    n = int(m.group(1))
    if n >= 100:
        return None  # an amount said beside them (« … 9 ans) et leur père paie 150 par mois »), no age nor count
    if n == 1 and not m.group(3) and re.match(r" (fille|fils|garcon|gamine?|enfant|petite?|bebe|ado)\b", text[m.end():]):
        return None  # « une fille de 7 ans et le garçon 2 ans »: « une » is no age (it made the answer one child's)
    return n // 12 if m.group(3) == "mois" else n


def _reponse_directe(text: str, requested: str, intent: Optional[str], activite: Optional[str],
                     proche: bool, en_couple: Any = None, compte_en_lettres: bool = False,
                     compte_connu: Any = None) -> Optional[Any]:
    """A short answer to the question just asked: "35", "oui", "non", "rien", "3 et 7". ``compte_en_lettres``: the
    answer starts with a number in letters before figures (« deux, 5 et 9 ans »), a count then the ages.
    ``compte_connu``: the number of children already known (« 2, 5 et 8 ans » after « 2 enfants » is their count
    then their ages)."""
    text = _sans_lignes_d_urgence(text)  # « vous pouvez appeler le 115 pour moi ? » to the age's question: no age of 115
    if requested in ("enfants", "nb_enfants"):
        text = _sans_duree_de_grossesse(text)  # « aucun, je suis enceinte de 5 mois »: no child of 5
        text = _sans_rythme_de_garde(text)  # « 5 et 8 ans, une semaine sur 2 »: no child of 2
    # An amount asked: durations, ages, counts and codes are no money (« plus rien depuis 2 mois »).
    nums = _nombres(_masquer_non_montants(text, montant_demande=True)) if requested in _QUESTIONS_MONTANT \
        else _nombres(text)
    if requested in ("loyer", "epargne", "dette_loyer", "pension_alimentaire_recue"):
        # « alors que j'ai 0 revenu » answering the rent question: the resources' figure, not this one
        nums = _nombres(_masquer_non_montants(re.sub(r"\b\d+(?:\.\d+)? ?(euros? )?(de )?(revenus?|ressources?)\b", " ",
                                                      text), montant_demande=True))
    oui = intent == "affirm" or _OUI.fullmatch(text) is not None
    # « moi non, c'est mon fils qui a un handicap »: no for the person asked, whatever follows about a relative
    non = intent == "deny" or _NON.fullmatch(text) is not None or \
        re.match(r"\s*(moi|pour moi|me concernant|personnellement)\W*(non|pas moi|pas du tout|aucun|aucune|rien)\b",
                 text) is not None or \
        re.match(r"\s*(mon|ma|mes) \w+(?: \w+)? oui,? mais pas (moi|pour moi)\W*$", text) is not None  # « mon fils oui mais pas moi »
    if requested in ("enfants", "nb_enfants") and _PAS_A_CHARGE.search(text) and not _PAS_TOUS.search(text) and \
            _A_L_ETRANGER.search(text):
        return {"nb_enfants": 0, "enfants": []}  # « 12 et 15 ans mais ils sont pas ici »: abroad, none at charge here
    ages_dits = [int(a) for a in re.findall(r"\b(\d+) ?ans?\b", text)] if requested in ("enfants", "nb_enfants") else []
    if ages_dits and _NON_PUIS_UN_GRAND.match(text) and min(ages_dits) >= 18 and not re.search(r"\b(mois|bebe)\b", text):
        return {"nb_enfants": 0, "enfants": []}  # « non, ma fille a 27 ans »: the denial answers, the daughter is grown
    if requested in ("enfants", "nb_enfants"):
        text = _ages_d_aujourd_hui(text)
    m_compte = re.match(r"\s*(?:(?:oui|ouais),? )?(?:j en ai|on en a|nous en avons|il y en a) (\d{1,2})\b(?! ?(?:ans?|mois)\b)", text)
    if requested in ("enfants", "nb_enfants") and m_compte and not re.search(r"\d+ ?(ans?|mois)\b|\bmais\b", text):
        return {"nb_enfants": int(m_compte.group(1))}  # « j'en ai 3 »: how many, never an age
    if requested in ("enfants", "nb_enfants") and re.search(r"\d+ ?(ans?|mois)\b", text):
        # "2, de 4 et 9 ans": the ages, and their number when it is said first (« nés tous les 2 à Toulouse »: how
        # many, not an age)
        ages = []
        for m in re.finditer(r"\b(?<!tous les )(?<!toutes les )(?<!tous )(\d+)(?! ?(e|er|eme|ieme)\b)(?: ?(ans?|mois))?",
                             text):
            age = _age_d_un_enfant_dit(m, text)
            if age is not None:
                ages.append(age)
        # (or the count before a colon, « 3 : 17, 12 et 2 ans », or bare before ages each said with its unit, « 2, 4 ans et
        # 7 ans »; « 2, 5 et 8 ans » stays three children)
        # (or before their ages in brackets, « 4 (1 an, 3 ans, 5 ans, 9 ans) »)
        compte_d_abord = re.match(r"\s*\d{1,2}\s*[:(]", text) or re.match(r"\s*\d{1,2}\s*,", text) and \
            len(re.findall(r"\b\d+ ?(?:ans?|mois)\b", text)) == len(ages) - 1 or \
            re.match(r"\s*(?:(?:oui|ouais|non|en fait|finalement),? )?(?:j en ai |on en a |nous en avons |il y en a )?"
                     r"(?:(?:seulement|plus que|que|juste) )?\d{1,2} (?:enfants? |gamins? |petits? )?"
                     r"(?:a charge|a la maison|avec (?:moi|nous)|chez (?:moi|nous)|dont|qui|:)", text) or \
            re.match(r"\s*(?:j en ai|on en a|nous en avons) \d{1,2}\s*,", text) or compte_en_lettres or \
            re.match(r"\s*\d{1,2}\s*,?\s*(?:ils|elles|qui) (?:ont|sont ages? de|sont agees? de)\b", text) or \
            est_nombre(compte_connu) and ages and ages[0] == compte_connu
        if len(ages) >= 2 and ages[0] == len(ages) - 1 and (
                requested == "nb_enfants" or re.match(r"(oui|ouais)\b\D*\d+(?! ?(ans?|mois))\b", text) or compte_d_abord):
            return {"enfants": ages[1:]}  # "oui deux, 3 ans et 7 ans": the number, then the ages
        m_tous = re.search(rf"\b(?:tous|toutes) (?:les )?(2|deux|3|trois|4|quatre)\b|\b({_MULTIPLE})\b", text)
        if len(ages) == 1 and m_tous:
            # « 5 mois tous les 2 », « des jumeaux de 5 mois »: that age for each of them
            compte = {**_NOMBRES_PETITS, **_MULTIPLES}
            mot = m_tous.group(1) or m_tous.group(2)
            ages = ages * (int(mot) if mot.isdigit() else compte[mot])
            return ages if requested == "enfants" else {"nb_enfants": len(ages), "enfants": ages}
        if requested == "enfants" and any(a > _AGE_MAX_A_CHARGE for a in ages):
            # « tous plus de 40 ans », « 30 et 17 ans »: grown-up children are not at charge (refused for ever before)
            jeunes = [a for a in ages if a < _AGE_MAX_A_CHARGE]
            return {"nb_enfants": len(jeunes), "enfants": jeunes}
        if requested == "enfants" or len(ages) == 1 and re.search(r"\b(un|une|1) (seul|seule|enfant|fils|fille)", text):
            return ages if requested == "enfants" else {"enfants": ages}
    if requested in ("enfants", "nb_enfants") and re.match(r"\s*(non,? )?pas encore\b", text):
        return {"nb_enfants": 0, "enfants": []}  # « pas encore, je suis enceinte »: none yet
    if requested == "rqth" and re.search(r"\b(a expire|expiree?|perimee?|n est plus valable|a pris fin|"
                                         r"(pas|jamais) (\w+ )?(renouvelee?|refait|redemandee?))\b", text):
        return False  # « elle a expiré l'année dernière et j'ai pas renouvelé »: no longer recognised
    if requested in ("en_couple", "grossesse", "perte_autonomie", "rqth"):
        if oui and not non:
            return True
        if non:
            return False
        return None
    if requested == "enfants" and _PAS_A_CHARGE.search(text) and not _PAS_TOUS.search(text) and (
            not _nombres(text) or _A_L_ETRANGER.search(text) or
            # (their count then why none is at charge: « oui 2 mais ils sont majeurs et partis de la maison »)
            re.match(r"\s*(oui,? |ouais,? )?(j en ai |on en a )?\d{1,2} (mais|qui sont|ils sont|elles sont)\b", text)):
        return {"nb_enfants": 0, "enfants": []}  # their ages asked: « ils vivent pas en France », none at charge
    if requested == "nb_enfants":
        if _PAS_A_CHARGE.search(text) and not _PAS_TOUS.search(text):
            return 0  # « 2 mais ils ont leur vie »: grown children, none at charge
        if nums and _ENFANTS_AILLEURS.search(text) and not re.search(
                r"\b(avec (moi|nous)|chez (moi|nous)|a la maison|a charge|week ends?|vacances|dont|sauf|l un|l une|le plus|la plus)\b",
                text):
            return 0  # « 2 mais ils sont en Côte d'Ivoire avec leur mère »: none lives with the person
        if nums and _ENFANTS_GRANDS.search(text) and not re.search(
                r"\b(sauf|encore a|toujours a|vit encore|vivent encore|habite encore|dont)\b", text):
            return 0  # « 3 mais ils sont grands »: grown up, none at charge
        if nums:
            return nums[0]
        if re.fullmatch(r"(oui,? )?(j en ai |on en a |nous en avons )?(un|une)( seule?| seul)?( (enfant|fils|fille|bebe))?"
                        r"( seulement| pour l instant)?", text):
            return 1  # "une" (a daughter), "un seul": the article alone is the number here
        if re.search(r"\b(sont|est) (tous |toutes )?(grande?s?|adultes?|majeure?s?)\b", text) and not re.search(
                r"\b(sauf|encore a|toujours a|vit encore|vivent encore|habite encore)\b", text):
            return 0  # "mes enfants sont grands": grown up, no longer at charge
        # "plus personne à charge", "ils sont tous partis": grown children who left are no children at charge
        if non or re.search(r"\b(pas|aucun|sans|personne|plus a charge)\b|\b(sont|ont) (tous |toutes )?(partis?|parties)\b|"
                            r"\bne (vivent|vit|habitent|habite) plus\b", text):
            return 0
        # « son fils vit au Canada », « ils vivent en métropole »: a child living elsewhere
        if re.search(r"\b(vit|vivent|habite|habitent) (au|aux|en|a|dans|loin|a l etranger|outre mer)\b", text) and \
                not re.search(r"\b(avec (moi|nous|elle|lui)|chez (moi|nous|elle|lui)|a la maison|a charge)\b", text):
            return 0
        return None
    if requested == "enfants":
        if re.fullmatch(r"(oui|ouais),? (j en ai |on en a |nous en avons )?(\d{1,2})( enfants?)?", text):
            return {"nb_enfants": int(re.search(r"\d+", text).group(0))}  # "oui 3": yes, three children
        if non or re.fullmatch(r"(non,? )?(aucun|pas d enfants?|je n ai pas d enfants?|0|zero)", text):
            return []
        ages = []
        for m in re.finditer(r"\b(\d+)(?! ?(e|er|eme|ieme)\b)(?: ?(ans?|mois))?", text):
            age = _age_d_un_enfant_dit(m, text)
            if age is not None:
                ages.append(age)
        return ages or None
    if requested == "age":
        nums = _nombres(_sans_nombre_d_autre_chose(_sans_borne_d_age(text)))
        return nums[0] if nums else None
    if requested == "handicap_taux":
        if non:
            return 0
        if _BORNE_SEULE.search(text):
            return None  # « avec moins de 80 % il peut avoir l'AAH ? »: a bound, no rate (asked on, or left unknown)
        # (a wait is no rate: « j'attends la réponse depuis 5 mois » was a rate of 5 %)
        taux = _nombres(re.sub(r"\b\d+ ?(ans?|annees?|mois|semaines?|jours?)\b", " ", text))
        return taux[0] if taux else None
    if requested == "loyer" and not nums and re.search(r"\b(paye|paie|payons|payent) (rien|pas de loyer|aucun loyer)\b|"
                                                       r"^rien\b|\bgratuit", text):
        return 0.0  # "je paie rien, je suis hébergé": no rent
    if requested == "pension_alimentaire_recue" and not nums and re.search(
            r"\b(paie|paye|verse|donne|envoie)s? (rien|jamais|pas|plus)\b|\b(rien|jamais)\b|"
            # none, no judgment, no contact; not received (yet); the other parent gone, dead or unable to pay
            r"\b(pas|aucune?|sans|plus|jamais) (de |d )?(pension|pensions|jugement|contact|nouvelles?|adresse)\b|"
            r"\b(ne |n )?(touche|recois|recoit|recevons|percois|percoit|ai|a|avons) (pas|plus|jamais)\b|"
            r"^(pas|non)? ?(pas encore|pas pour l instant|pas pour le moment|toujours pas)\b|\b(attends|attend) (toujours|encore)\b|"
            r"\b(decedee?|morte?|disparue?|partie?|introuvable|injoignable|en prison|incarceree?|a l etranger|"
            r"retournee? (au|en|dans|chez))\b|\b(pas|plus) (de quoi|les moyens|d argent|de travail|de revenus?)\b|"
            r"\bsais (pas|plus|meme pas) (ou|si) (il|elle) (est|habite|vit|se trouve|vivant|vivante|en vie)\b", text):
        return 0.0  # "il paie rien", "pas de jugement", "elle a disparu": no child support received
    if requested in ("loyer", "epargne", "dette_loyer", "pension_alimentaire_recue"):
        if nums:
            return nums[0]
        seul = re.fullmatch(r"(?:(?:environ|a peu pres|pres de|autour de|plus ou moins|je dirais) )?(\d{5,7})"
                            r"(?: euros?)?(?: environ| a peu pres)?", text)
        if seul and requested in ("epargne", "dette_loyer"):
            return float(seul.group(1))  # "environ 60000" to the savings question: an amount, not a postal code
        if requested != "loyer" and (non or re.search(_ZERO, text)):
            return 0.0
        if requested == "dette_loyer" and re.match(r"(pas encore|pas pour l instant|pas pour le moment|pas (de |d )?(retard|"
                                                   r"impayes?|dettes?)|(je suis |on est |nous sommes )?a jour)\b", text):
            return 0.0  # « pas encore mais le mois prochain je sais pas »: no arrears today
        return None
    if requested == "autres_ressources" and not nums and (non or re.search(_ZERO, text)):
        return 0.0  # « non rien d'autre »: no other money (an amount is read by its cue: « les APL 250 », « 2 400 par an »)
    if requested in ("revenus_activite", "chomage", "retraite"):
        # The resource of the activity, asked on its own: "1330", "non", "rien", "pas droit au chômage".
        if nums:
            return nums[0]
        if non or re.search(_ZERO, text) or requested == "chomage" and re.search(
                r"\b(pas|plus|jamais) (de |d )?(fait|droit|inscrite?|touche|eu|chomage|allocations?|indemnisation|indemnites?)\b|"
                r"\bfin de droits?\b|\bdroits? (finis|epuises|termines|arretes)\b", text):
            return 0.0
        return None
    if requested == "ressources":
        if nums:
            return {_ressource_par_defaut(activite, en_couple): nums[0]}
        if non or re.search(_ZERO, text):
            return {"revenus_activite": 0.0}
    if requested == "prestations_percues" and (non or re.search(r"\b(rien|aucune?|pas d aides?|non)\b", text)):
        return []
    return None


# An answer about the children at charge that opens with a denial (« non, mon fils est parti »)
_NON_PUIS_UN_GRAND = re.compile(r"\s*(non|aucun|aucune|pas d enfants?|0|zero)\b")
# Children no longer at charge: grown up, living their own life, not living with the person.
_PAS_A_CHARGE = re.compile(r"\b(enfants? (adultes|majeure?s)|(sont|ils sont|elles sont) (tous |toutes )?(adultes|majeure?s|"
                           r"partis|parties)|(est|sont) partie?s? (vivre|habiter|s installer|travailler|faire ses etudes) |(grande?s )?(et )?partie?s (de la maison|de chez (moi|nous)|du foyer)|(ont|a) (leur|leurs|sa) (propre )?vie|(ne |n )?(vivent|vit|vivons|habitent|habite|"
                           r"habitons) (pas|plus) (avec|a la maison|chez)|(plus|pas) a (sa |ma |leur )?charge|"
                           r"(ont|a) quitte (la maison|le foyer|le domicile)|"
                           # « mon frère et moi, adultes et partis depuis longtemps », « les deux majeurs »
                           r"(adultes|majeure?s|grande?s) et (partie?s|independante?s|autonomes|installee?s|maries?|mariees?)|"
                           r"(partie?s|installee?s) depuis (longtemps|des annees|belle lurette)|"
                           r"(tous|toutes|les deux|les trois|tous les deux|toutes les deux) (adultes|majeure?s)|"
                           # a grown-up child with a home of their own (« il travaille et vit chez lui », « elle a son appart »)
                           r"(il|elle|ils|elles) (\w+ ){0,3}(vit|vivent|habite|habitent|est|sont) (chez (lui|elle|eux|elles)|en couple|"
                           r"dans son appart\w*|dans son logement)|(il|elle|ils|elles) (a|ont) (son|sa|leur|leurs) (propre )?"
                           r"(appart\w*|logement|maison|studio)|"
                           # living with the other parent: « elle vit chez sa mère » (said of the child)
                           r"(il|elle|ils|elles) (vit|vivent|habite|habitent|est|sont)( \w+){0,3} (chez|avec) (sa|son|leur) "
                           r"(mere|pere|maman|papa)|"
                           # children living abroad: « ils sont au Mali avec leur mère », « ils vivent pas en France »
                           r"(vit|vivent|habite|habitent|sont|est) (pas|plus) en france|(sont|est|vivent|vit|restes?|restees?) "
                           r"(restes? |restees? )?(au pays|au bled|a l etranger)|"
                           # « j'ai 2 enfants au pays, ils sont avec ma mère à Abidjan », « mais ils sont pas ici »
                           r"enfants? (au pays|au bled|a l etranger)|(ils|elles|il|elle) (sont|est) (pas|plus) ici|"
                           r"(ils|elles|il|elle) (sont|est|vivent|vit|restent|reste) (avec|chez) (ma|mon|mes) (mere|pere|maman|papa|"
                           r"parents|grand mere|grands parents|famille|soeur|tante) (a|au|en|aux|dans|la bas))\b")
# Where children at charge elsewhere are (« ils sont pas ici », « au pays »): abroad, none at charge here.
_A_L_ETRANGER = re.compile(r"\b(pas ici|au pays|au bled|a l etranger|pas en france)\b")
# Someone else (a child, a relative) living at their own relative's: « elle vit chez sa mère ».
_CHEZ_LES_SIENS = re.compile(r"\b(il|elle|ils|elles|l un|l une|l aine|l ainee|(mon|ma|mes|notre|nos|le|la) \w+( \w+)?) (vit|vivent|habite|habitent|est|sont|"
                             r"reste|restent|dort|dorment) (\w+ )?(chez|avec) (sa|son|ses|leur|leurs) \w+")
# A job done at other people's homes (« aide à domicile chez des personnes âgées », « je fais des ménages chez des
# particuliers »): neither the speaker's housing nor their need of help.
_TRAVAIL_CHEZ = re.compile(r"\b(aide a domicile|aides a domicile|aide menagere|femme de menage|(des |les )?menages|"
                           r"auxiliaire de vie|garde d enfants|nounou|assistante? maternelle|travaille|bosse|je fais) "
                           r"chez (des|les|un|une|de|d|mes|ses) \w+( \w+)?")
# A home carer by trade (« salariée, aide à domicile », « je travaille à mi-temps aide à domicile », « je fais de l'aide à
# domicile chez des particuliers en CESU »): help given, neither a need of help nor a loss of autonomy
# (the other names of the job: « je travaille comme aide ménagère », « auxiliaire de vie », « aide-soignante à domicile »)
_METIER_D_AIDE = r"(aides? a domicile|aides? menageres?|auxiliaires? de vie|aides? soignante?s? a domicile|assistante?s? de vie)"
_AIDE_A_DOMICILE_METIER = re.compile(r"(\b(suis|comme|en tant qu|metier d|poste d|salariee?,?|employee?,?|job d|travail d|"
                                     r"boulot d|travaille en tant qu) (une |un )?" + _METIER_D_AIDE + r"\b|"
                                     # (a partner's job, « ma femme est aide à domicile, 1 050 € », « et moi aide à domicile 900 € »)
                                     # (only the job's words are left out: who has the job stays in the sentence)
                                     r"(?<=\best )aides? a domicile\b|(?<=\bmoi )aides? a domicile\b(?=,? ?\d)|"
                                     r"\b(travaille|travaillons|jtravaille|bosse|jbosse|fais|fait|faisons)\b[\w ]{0,25}?\b" + _METIER_D_AIDE +
                                     r"\b|"
                                     r"\baides? a domicile(?= chez (des|les|mes|ses) (particuliers|personnes|gens|familles|clients|"
                                     r"patients|dames|messieurs)| en cesu| payee?s? (a l heure|en cesu)))"
                                     # (with the people helped: « chez des personnes âgées » is no need of the speaker's)
                                     r"( chez (des|les|mes|ses|un|une) \w+( \w+)?)?")


def aide_a_domicile_de_metier(text: str) -> bool:
    """Whether the message says the person works as a home carer (help given, not needed)."""
    return bool(_AIDE_A_DOMICILE_METIER.search(normaliser(text)))


# One child's age taken back after the list of ages, the eldest or the youngest named (« 2, 4 et 6 ans, non pardon le grand
# a 7 ans maintenant »)
_UN_AGE_REPRIS = re.compile(r"\b(\d{1,2}(?:,? (?:et )?\d{1,2})+) ans?[,.…]* (non|pardon|enfin|oups)(?: en fait| pardon| non)?,? "
                            r"(le grand|la grande|l aine|l ainee|le plus grand|la plus grande|le petit|la petite|le plus petit|"
                            r"la plus petite|le dernier|la derniere) (a|a eu|vient d avoir|a fete ses|c est) (\d{1,2}) ans\b"
                            r"( maintenant| depuis \w+)?")
_L_AINE = ("le grand", "la grande", "l aine", "l ainee", "le plus grand", "la plus grande")


def _un_age_repris(m: re.Match) -> str:
    """The list of ages of ``_UN_AGE_REPRIS`` with the eldest's (or the youngest's) age replaced by the one said after it."""
    ages = [int(a) for a in re.findall(r"\d+", m.group(1))]
    cible = max(ages) if m.group(3) in _L_AINE else min(ages)
    ages[ages.index(cible)] = int(m.group(5))
    return ", ".join(str(a) for a in ages[:-1]) + f" et {ages[-1]} ans"


_PAS_TOUS = re.compile(r"\b(dont|sauf|encore a|toujours a|vit encore|vivent encore|habite encore|le plus jeune|la plus jeune|"
                       r"le dernier|la derniere|seul(e)? (le|la|mon|ma)|les autres|un autre|une autre|"
                       r"les (\d|deux|trois|quatre) (grands|grandes|autres|aines|ainees|plus grands|plus grandes)|"
                       r"(l un|l une|un|une|l aine|l ainee|le grand|la grande) (d eux |d elles )?(vit|habite|est chez))\b")


def _dans_un_passage_masque(text: str, lu: str, entity: dict) -> bool:
    """Whether a DIET entity's words are in a part of the message masked as the speaker's own (``lu`` keeps the
    length of the normalised text, the masked parts blank): found by its value's words in what is left."""
    valeur = normaliser(str(entity.get("value") or ""))
    if not valeur.strip():
        return False
    return valeur in normaliser(text) and valeur not in lu


# (a dash inside a line, after a word and a space: not a list's bullet, « - 1200 € de salaire »)
_SOLDE_NEGATIF = re.compile(r"(?<=[^\s] )[-−–]\s?\d+(?:[.,]\d+)?(?:\s?(?:€|euros?|eur)\b)?")


def extract(text: str, entities: Iterable[dict] = (), requested: Optional[str] = None,
            intent: Optional[str] = None, known: Optional[dict[str, Any]] = None) -> Extraction:
    """Every fact of the situation found in ``text`` (see the module docstring)."""
    known = known or {}
    # a balance below zero (« le compte est à -80 ») is no amount of anything: normalising would drop its sign
    text = _SOLDE_NEGATIF.sub(" en négatif ", text or "")
    norm, remplaces = _normaliser(text)
    facts: dict[str, Any] = {}
    ambigus: set[str] = set()
    # (answering the children's question, the child described is no relative the conversation is for: « ma fille a 20 ans,
    # elle vit avec nous, elle est étudiante » made the conversation one for a relative, hosted and a student)
    proche = _pour_un_proche(norm, known) and not (requested in ("enfants", "nb_enfants") and not known.get("pour_un_proche"))
    if proche and not known.get("pour_un_proche"):
        facts["pour_un_proche"] = True
    # A question on what would happen if (« si je me pacse avec ma copine (elle gagne 2 000 €), je perds mon AAH ? »): its
    # facts are a case considered, not the person's (it made 2 000 € of pay)
    lu = _SI_HYPOTHESE.sub(lambda m: " " * len(m.group(0)), norm)
    if proche:
        # The speaker's own clauses ("moi j'ai 50 ans", "je suis sa fille") are not the relative's facts.
        lu = _masquer(lu, [(a, b) for a, b in _clauses(norm)
                             if re.search(r"(?<!chez )(?<!avec )\bmoi\b|\b(je suis (sa|son) (fille|fils|belle fille|gendre|"
                                          r"voisin|voisine)|j ai \d+ ans)\b", norm[a:b]) or (
                                 # a clause of the speaker's that names no one else ("je travaille")
                                 re.match(r"\s*(moi,? )?(je|j)\b", norm[a:b]) and
                                 # « je crois que oui », « je dirais 4 000 »: an answer for the relative, not the speaker's fact
                                 not re.match(r"\s*(je|j) (crois|pense|suppose|dirais|estime) (que )?((oui|non|pas|rien|aucune?)\b|"
                                              r"(environ |a peu pres |dans les |autour de |qu il a |qu elle a )?\d)", norm[a:b]) and
                                 not re.search(
                                     rf"\b({_PROCHE}|{_ENFANT}|{_CONJOINT}|son|sa|ses|lui|elle|il|eux|leur|dame|monsieur|"
                                     rf"madame|personne|femme|homme|jeune)\b",
                                     norm[a:b]))])

    # A nephew or a niece taken in (« mon neveu de 14 ans vit chez nous depuis le décès de ma sœur ») is a child of
    # the household, like a grandchild brought up there.
    if not proche and (requested in ("enfants", "nb_enfants") or
                       re.search(r"\b(vit|vivent|habite|habitent|est|sont) (chez|avec) (nous|moi)\b|\ba (notre|ma) charge\b|"
                                r"\b(recueilli|recueillie|recueillis|accueilli|accueillie|eleve|elevons|garde|gardons|"
                                r"tutelle|tutrice|tuteur|delegation)\b", lu)):
        # (named in answer to the children's question, « ma fille a 6 ans, mon neveu 14 »: a child at charge)
        # (counted: « mes 2 neveux de 5 et 7 ans » are two children, not three with one of 2)
        lu = re.sub(r"\b(mon|ma|notre|nos|mes|le|la|les)( [2-9])? (neveu|niece|neveux|nieces)\b",
                    lambda m: m.group(1) + (m.group(2) or "") + " " + (
                        "enfants" if m.group(3) in ("neveux", "nieces") else "fils" if m.group(3) == "neveu" else "fille"), lu)
    # Grandchildren are not the household's children ("3 petits enfants", "mes petits enfants").
    lu = re.sub(r"\b((\d+|mes|nos|ses|les|des) (arriere )?petits enfants|petite?s? (fils|filles?) de \d+ ans (qui )?"
                r"(ne )?(vit|vivent|habite|habitent) pas)\b", lambda m: " " * len(m.group(0)), lu)
    # Nor a child who lives with the other parent (« mon fils de 14 ans vit chez son père »): not at the person's charge.
    lu = re.sub(r"\b(mon|ma) (fils|fille|grand|grande|aine|ainee)( de \d{1,2} ans)?,? (qui )?(vit|habite|reste|est) (chez|avec) "
                r"(son pere|sa mere|son papa|sa maman|mon ex|ses grands parents|son pere a \w+)\b(?! (un|une|le|la|les) )",
                lambda m: " " * len(m.group(0)), lu)
    # An age taken back at once (« le petit 1 an, pardon 14 mois, et le grand 5 ans », « 13... non 14 »): the second
    # replaces the first; the birthday that follows it (« il a eu 14 ans lundi ») repeats it
    lu = re.sub(r"\b\d+( (ans?|mois))?,? (pardon|enfin|plutot|je veux dire|euh|non|oups),? (?=\d+ (ans?|mois)\b)", "", lu)
    # (an age taken back by the birthday since: « le grand 9 ans… non en fait il a eu 10 ans la semaine dernière »)
    lu = re.sub(r"\b\d{1,2}( ans?)?[,.…]* (?:non|enfin|pardon|oups)(?: en fait| pardon)?,? (?:il|elle) (?:a eu|a|vient d avoir|a fete ses) "
                r"(\d{1,2}) ans\b", r"\2 ans", lu)
    # (the eldest's or the youngest's age taken back after the list: « 2, 4 et 6 ans, non pardon le grand a 7 ans maintenant »)
    lu = _UN_AGE_REPRIS.sub(_un_age_repris, lu)
    # (a whole list of ages taken back: « 3 enfants de 2, 4 et 7 ans, oups 3, 4 et 7 »)
    lu = re.sub(r"\b\d+(?:(?: ans?| mois)?,? (?:et )?\d+)+( (ans?|mois))?,? (pardon|enfin non|enfin|plutot|je veux dire|euh|non|oups),? "
                r"(?=\d+(?:(?: ans?| mois)?,? (?:et )?\d+)+)", "", lu)
    if requested in ("enfants", "nb_enfants", "titre_sejour_annees"):
        # « un an et demi et 6 ans »: one year in words is an age too (the child of one was lost), and a permit's years
        lu = re.sub(r"\b(un|une) (an|mois)\b", r"1 \2", lu)
    if requested == "titre_sejour_annees" and re.search(r"\b(je viens de l avoir|je l ai eu(e)? (le mois dernier|cette annee|"
                                                        r"il y a (\d+|quelques) (mois|semaines))|(viens|vient) d (l )?obtenir)\b", lu) \
            and not re.search(r"\b\d+ (ans?|mois)\b", lu):
        lu = lu + " 0 an"  # « je viens de l'avoir le mois dernier »: less than a year
    if requested in ("enfants", "nb_enfants"):
        # the youngest just born (« 3 ans, 5 ans et le dernier vient de naître »): a baby (the same length: the ages' spans
        # mask the same places of the message)
        lu = re.sub(r"\b(?:le|la|un|une|1) (?:petit dernier|petite derniere|dernier|derniere|plus petit|plus petite|petit|petite) (?:qui )?"
                    r"(?:vient de naitre|est nee?|vient d arriver)\b", lambda m: "le bebe".ljust(len(m.group(0))), lu)
        # « 3, de 2, 5 et 9 ans »: the number, then their ages (read as four children of 3, 2, 5 and 9)
        lu = re.sub(r"^\s*(\d)\s*,?\s*(?:de|ages de|agees? de)\s+(?=\d+(?:\s*(?:,|et)\s*\d+)*\s*(?:ans|mois)\b)",
                    r"\1 enfants de ", lu)
    lu = re.sub(r"\b(\d+)\b(.*?)\b(il|elle) (a eu|vient d avoir|a fete ses|vient de feter ses) \1 ans\b",
                lambda m: m.group(1) + m.group(2), lu)
    # (written into the message itself, not into a copy: the spans of the ages found in it mask the same places of the
    # message for the amounts; « 2 enfants (3 et 8) on gagne 2800 » lost its 2800)
    # the children counted by where they live, then as many ages (« 2 en garde alternée, 10 et 12 ans »): a count, not a child of 2
    lu = re.sub(r"\b([2-9]) (en garde (?:alternee|partagee)|a charge|a la maison|chez (?:moi|nous)|avec (?:moi|nous))\b"
                r"(?=,? ((?:\d{1,2}(?: ans?| mois)?,? (?:et )?)*\d{1,2})(?: ans?| mois)?\b)",
                lambda m: (f"{m.group(1)} enfants {m.group(2)}" if len(re.findall(r"\d+", m.group(3))) == int(m.group(1))
                           else m.group(0)), lu)
    # the children counted, then their ages in brackets (« 3 enfants (5, 9, 14) », « mes 3 petits (1, 4, 6 ans) »)
    lu = re.sub(r"\b(\d) (enfants|petits|gamins|gosses|loulous|minots|marmailles) \(((?:\d{1,2}(?: ans?| mois)?,? (?:et )?)*"
                r"\d{1,2})(?: ans)?\)",
                lambda m: (f"{m.group(1)} {m.group(2)} de {m.group(3)} ans"
                           if len(re.findall(r"\d+", m.group(3))) == int(m.group(1)) else m.group(0)), lu)
    # ... or listed bare, as many as counted (« 2 ados 14 et 16 », « 3 gosses 5 8 11 », « 4 enfants 3, 5, 9 et 14 »,
    # « 2 enfants à charge 15 et 17 », « 3 enfants de 4, 7 et 10 »)
    lu = re.sub(r"\b(\d) (enfants|petits|gamins|gosses|loulous|minots|marmailles|ados|adolescents|filles|garcons)"
                r"(?: a charge| a la maison| de)? :? ?"
                r"((?:\d{1,2}(?:,| et|,? et)? )+\d{1,2})\b(?! ?(?:ans?|mois|euros?|e|h|heures|eme|ieme|er|ere)\b)(?! ?[€%])",
                lambda m: (f"{m.group(1)} {m.group(2)} de {m.group(3)} ans"
                           if len(re.findall(r"\d+", m.group(3))) == int(m.group(1)) and
                           all(int(n) <= 25 for n in re.findall(r"\d+", m.group(3))) else m.group(0)), lu)
    # A pregnancy's months (« enceinte de 5 mois », « 5 mois de grossesse ») are neither children nor a baby's age.
    lu_enfants = _sans_duree_de_grossesse(lu)
    # Ages said of « them » read as the children's: « les deux autres ont 12 et 14 ans » after a child named (« ma fille aînée
    # de 21 ans ne vit plus avec nous »), « non en fait ils ont 3, 7 et 13 ans » once children are known (nothing was read).
    # The words are rewritten for the children's reader only; its spans are brought back to ``lu``'s positions.
    reecrit: Optional[tuple[int, int, int]] = None  # (start, end in lu_enfants, length written)
    autres = _LES_AUTRES_ONT.search(lu_enfants) if re.search(rf"\b({_ENFANT})\b", lu_enfants) else None
    ils_ont = _ILS_ONT_DES_AGES.search(lu_enfants)
    if autres:
        reecrit = (autres.start(2), autres.end(2), len(_LEURS_AGES))
    elif ils_ont and est_nombre(known.get("nb_enfants")) and known["nb_enfants"] >= 2 and not proche and \
            all(int(n) <= _AGE_MAX_A_CHARGE for n in re.findall(r"\d+", ils_ont.group(0))):
        reecrit = (ils_ont.start(1), ils_ont.end(1), len(_LEURS_AGES))
    avant_reecriture = lu_enfants
    if reecrit:
        lu_enfants = lu_enfants[:reecrit[0]] + _LEURS_AGES + lu_enfants[reecrit[1]:]
    ages, spans = _ages_enfants(lu_enfants, proche)
    connus = known.get("enfants") if isinstance(known.get("enfants"), list) else None
    if ages == [0] and connus and requested not in ("enfants", "nb_enfants") and \
            re.search(r"\b(le|mon|notre|ma|la) (bebe|nourrisson)\b", lu_enfants) and not re.search(r"\d", lu_enfants) and \
            min(connus) <= 2:
        # « juste la PAJE pour le bébé », the baby of 1 known: the child known, not one more of 0
        ages = None
    en_tete: list[int] = []
    if ages and requested == "enfants":
        en_tete, span = _ages_en_tete(lu_enfants, spans)
        ages, spans = en_tete + ages, span + spans

    nb = _nb_enfants(_masquer(lu_enfants, spans) if ages else lu_enfants, lu_enfants)
    if autres and ages and 0 not in ages and _NOUVEAU_NE.search(lu_enfants):
        ages = [0, *ages]  # « on vient d'avoir notre 3e enfant, les 2 autres ont 2 et 5 ans »: the newborn and the others
    if reecrit:
        spans = [(_position_avant_reecriture(a, reecrit, False), _position_avant_reecriture(b, reecrit, True)) for a, b in spans]
        lu_enfants = avant_reecriture
    if en_tete:
        nb = len(ages)  # "12 et un bébé": the "un" of the baby counts it once, the list counts them all
    if nb is None and ages is None and re.search(r"\b(on est|nous sommes) (\d{1,2})\b", lu):
        # "on est 4": the household, children = people less the adults, when the couple is known
        taille = int(re.search(r"\b(on est|nous sommes) (\d{1,2})\b", lu).group(2))
        couple = _en_couple(lu, proche)
        couple = known.get("en_couple") if couple is None else couple
        if couple in (True, False) and taille >= (2 if couple else 1):
            nb = taille - (2 if couple else 1)
    # (a pregnancy known, « c'est le premier » answers the children's count: none yet)
    enceinte = _grossesse(lu) or requested == "grossesse" and (intent == "affirm" or _OUI.fullmatch(lu) is not None) or \
        known.get("grossesse") is True and requested in ("nb_enfants", "enfants")
    if nb is None and ages is None and enceinte and re.search(
            r"\b(premier|1er|1 er|1ere|premiere) (enfant|bebe|grossesse)\b|\bc est (mon|notre|son|le) (premier|1er)\b", lu):
        nb = 0  # expecting a first child: none yet
    if (nb is not None or ages) and (nb if nb is not None else len(ages)) < 2 and requested not in ("nb_enfants", "enfants") and re.search(
            r"\b(des|mes|nos|les|ses|leurs) (enfants|gamins|gosses|petits)\b", lu) and not re.search(
            r"\b(un|une|1|seul|seule|unique|ma|mon) (enfant|fils|fille)\b", lu):
        nb = ages = None  # "un couple avec des enfants … pour le bébé": several children, one named; asked
    connu = known.get("nb_enfants")
    if est_nombre(connu) and requested not in ("nb_enfants", "enfants") and \
            (nb if nb is not None else len(ages or [])) < connu and (nb is not None or ages) and not re.search(
            r"\b(\d+|plus que|seulement|finalement|en fait|que) (enfants?|gamins?|gosses?)\b", lu):
        nb = ages = None  # "moi je garde le bébé" once three children are known: one of them, not the count
    if not proche and ages and any(a >= _AGE_MAX_A_CHARGE for a in ages) and not (
            isinstance(nb, int) and nb > len([a for a in ages if a < _AGE_MAX_A_CHARGE]) and nb != len(ages)):
        # « tous plus de 40 ans », « 30 et 17 ans »: grown-up children are no children at charge (none of the
        # schemes counts them past 25, the RSA's bound); the others are (the answer was refused for ever before)
        ages = [a for a in ages if a < _AGE_MAX_A_CHARGE]
        nb = len(ages)
    if not proche and nb and _ENFANTS_GRANDS.search(lu) and not ages:
        nb, ages = 0, []  # « 3 mais ils sont grands »: none at charge
    if not proche and ages and all(a >= 18 for a in ages) and re.search(
            r"\b(il|elle|ils|elles) (travaille|travaillent|bosse|bossent|a un (cdi|travail|emploi|boulot)|ont un (cdi|travail|emploi|"
            r"boulot)|vit|vivent|habite|habitent) (a|au|en|dans|sur|chez|loin|de son cote|de leur cote|avec (sa|son|leur))\b|"
            r"\b(il|elle) (est|a) (parti|partie|marie|mariee|en couple)\b", lu):
        nb, ages = 0, []  # « le fils a 24 ans, il travaille à Clermont »: a grown-up with a life of their own, none at charge
    if ages and ages.count(0) == 1 and (known.get("grossesse") is True or _grossesse(lu)) and \
            _BEBE_A_NAITRE.search(lu) and not _BEBE_NE.search(lu):
        # « savoir à quoi j'ai droit pour le bébé » from a pregnant woman: the child to come, not a baby at charge
        ages = [a for a in ages if a != 0] or None
        nb = len(ages) if ages else None
    # (a child named only with where they live, « ma fille de 12 ans vit chez son père, je la prends un week-end sur deux »,
    # or the answer to the children's question, whose ages were not read: « j'en ai 2, 8 et 10 ans, mais ils vivent chez
    # leur père »)
    if not proche and (nb or ages or nb is None and (
            requested in ("enfants", "nb_enfants") or
            re.search(r"\b(mes|nos|ma|mon|notre) (enfants?|gamins?|gosses?|petits?|petites?|filles?|fils|garcons?|ados?)\b", norm))) and \
            (_ENFANTS_CHEZ_L_AUTRE_PARENT.search(lu) or
             # (to the question, the child is no relative whose clause is masked: « mon fils de 6 ans vit chez son père »)
             requested in ("enfants", "nb_enfants") and _ENFANTS_CHEZ_L_AUTRE_PARENT.search(norm)) and not _ENFANTS_CHEZ_MOI.search(lu) and not _PAS_TOUS.search(lu):
        # (not when only some are, « les 2 grands sont chez leur père »: those named at home stay)
        # « mes enfants vivent chez leur mère »: they live with their other parent, who has them at charge (and receives
        # the family benefits): none at charge. Seen on visits (« je les ai un week-end sur deux »), whether they count is
        # the person's to say: asked (once more with the question's own words when it was the question's answer)
        if _VISITES_SEULEMENT.search(norm if requested in ("enfants", "nb_enfants") else lu):
            nb, ages = None, None
            ambigus.update(_ENFANTS_A_DEMANDER.get(requested, {"enfants"}))
        else:
            nb, ages = 0, []
    ages_connus = known.get("enfants")
    if isinstance(ages_connus, list) and ages and nb is not None and nb == len(ages_connus) + len(ages) and \
            re.search(r"\b(aussi|en plus|autre|oublie|oubliee|encore)\b", lu):
        ages = [*ages_connus, *ages]  # "on a 2 enfants en fait, il y a aussi notre fille de 14 ans": one more
    elif isinstance(ages_connus, list) and ages_connus and ages and nb in (None, len(ages)) and \
            requested not in ("nb_enfants", "enfants") and \
            re.search(r"\b(aussi|en plus|un autre|une autre|oublie|oubliee)\b", lu) and \
            not re.search(r"\b(\d+|deux|trois|quatre|cinq) (enfants|gamins|gosses)\b", lu):
        ages = [*ages_connus, *ages]  # "il y a aussi notre fille de 14 ans": one more child than known
        nb = len(ages)
    if ages and nb is not None and nb != len(ages) and re.search(
            rf"\b(il me|il nous|me|nous) reste (que |plus que |seulement )?(ma|mon|notre|nos|mes|le|la|les) (\w+ )?({_ENFANT})\b", lu):
        nb = len(ages)  # « j'en ai 3 mais les 2 grands sont partis, il me reste ma fille de 15 ans »: the one still at home
    if ages is not None and nb is not None and nb != len(ages):
        ages = None  # some ages only: the number is known, the ages will be asked
    corrige = re.search(r"\b(\d{1,2}) ans?,? (et )?(pas|non pas) (\d{1,2})\b|\bpas (\d{1,2})( ans)?,? (mais )?(\d{1,2}) ans\b", lu)
    if isinstance(ages_connus, list) and corrige and requested not in ("nb_enfants", "enfants"):
        nouveau, ancien = (int(corrige.group(1)), int(corrige.group(4))) if corrige.group(1) else \
            (int(corrige.group(8)), int(corrige.group(5)))
        if ancien in ages_connus and nouveau <= 25:
            # "le grand il a 13 ans, pas 12": one child's age corrected, the others kept
            i = ages_connus.index(ancien)
            ages, nb = [*ages_connus[:i], nouveau, *ages_connus[i + 1:]], len(ages_connus)
    designe = re.search(r"\b(?:(le|la) (?:plus )?(grand|grande|aine|ainee|petit|petite|jeune|cadet|cadette|bebe)|(l) "
                        r"(aine|ainee)|(le|la) (dernier|derniere|premier|premiere))\b(?: \w+){0,2}? (?:a|a eu|aura|va avoir) "
                        r"(\d{1,2}) ans\b", lu)
    if isinstance(ages_connus, list) and len(ages_connus) >= 2 and designe and not corrige and \
            requested not in ("nb_enfants", "enfants") and int(designe.group(7)) <= 25:
        # "le grand a eu 16 ans le mois dernier": the eldest's (or the youngest's) age, the others kept
        mot = next(g for g in designe.groups()[1::2] if g)
        aine = mot in ("grand", "grande", "aine", "ainee", "premier", "premiere")
        i = ages_connus.index(max(ages_connus) if aine else min(ages_connus))
        ages, nb = [*ages_connus[:i], int(designe.group(7)), *ages_connus[i + 1:]], len(ages_connus)
    anniversaire = re.search(r"\b(?:mon|ma|notre|son|sa|leur) (?:fils|fille|garcon|enfant)\b(?: \w+){0,2}? "
                             r"(?:a eu|vient d avoir|a maintenant|va avoir|aura) (\d{1,2}) ans\b", lu)
    if isinstance(ages_connus, list) and ages_connus and anniversaire and ages is None and \
            requested not in ("nb_enfants", "enfants"):
        # « notre fils a eu 18 ans le mois dernier » with children of 14 and 17: a birthday, the one a year younger
        nouvel_age = int(anniversaire.group(1))
        avant = [int(a) for a in ages_connus]
        if avant.count(nouvel_age - 1) == 1:
            i = avant.index(nouvel_age - 1)
            ages, nb = [*ages_connus[:i], nouvel_age, *ages_connus[i + 1:]], len(ages_connus)
    # (the one grown child gone is told apart from the others whatever they are called: « ma fille aînée de 21 ans ne vit
    # plus avec nous, les deux autres ont 12 et 14 ans »)
    hors_charge = _PAS_A_CHARGE.search(lu) if nb or ages else None
    tous_hors_charge = hors_charge if not _PAS_TOUS.search(lu) else None
    majeurs = [a for a in ages or [] if a >= 18]
    if hors_charge and len(ages or []) >= 2 and len(majeurs) == 1 and \
            re.search(r"\b(vit|habite|a quitte|a sa|a son|est partie?)\b", hors_charge.group(0)):
        # one grown child gone, said in the singular (« ma fille a 17 ans, mon fils 22 mais il vit plus à la maison »):
        # that one only (all were dropped)
        ages = [a for a in ages if a < 18]
        nb = len(ages)
    elif tous_hors_charge:
        nb, ages = 0, []  # « deux enfants adultes qui ne vivent pas avec lui »: none at charge
    if ages and requested in ("enfants", "nb_enfants") and _NON_PUIS_UN_GRAND.match(lu) \
            and all(a >= 18 for a in ages) and not re.search(r"\b(mois|bebe)\b", lu):
        nb, ages = 0, []  # « non mon fils est parti, il a 23 ans »: the denial answers, the son told of is grown
    if (nb or ages) and _PENSION_QUE_JE_VERSE.search(lu) and not _PAS_TOUS.search(lu) and \
            not re.search(r"\b(alternee|semaine sur deux|chez (moi|nous)|avec (moi|nous)|a la maison|"
                          r"(ma|notre|la) charge|garde)\b", lu):
        nb, ages = 0, []  # « je verse 150 € de pension pour mes deux enfants »: they live at the other parent's
    if requested in ("nb_enfants", "enfants") and (nb or ages) and not _PAS_TOUS.search(lu) and (
            re.search(r"\b(il|elle|ils|elles) (vit|vivent|habite|habitent) (au|aux|en|a|dans|loin|a l etranger)\b", lu) and
            not re.search(r"\b(avec (moi|nous|elle|lui)|chez (moi|nous|elle|lui)|a la maison|a charge)\b", lu) or
            re.search(r"\b(il|elle|ils|elles) (a|ont) (2[6-9]|[3-9]\d) ans\b", lu)):
        nb, ages = 0, []  # « un fils mais il a 50 ans et il vit à Lyon »: an adult living elsewhere, none at charge
    age_connu = known.get("age")
    if requested == "nb_enfants" and nb and not ages and est_nombre(age_connu) and age_connu >= 60 and not re.search(
                r"\b(a (sa |ma |leur |notre |mon |son )?charge|avec (elle|lui|moi|nous|eux)|chez (elle|lui|moi|nous)|"
                r"(je|j|il|elle|on) (l |les )?(eleve|elevons|garde|gardons|heberge))\b", lu):
        nb, ages = 0, []  # « elle a un fils sur le continent » of a widow of 79: a grown child, none at charge
    if (nb or ages) and _VISITES_SEULEMENT.search(lu) and not re.search(r"\b(semaine sur (deux|2)|alternee|a (ma|notre) charge|"
                                                                       r"(vivent|vit|habitent|habite) (avec|chez) (moi|nous))\b", lu):
        # « mes enfants sont chez moi un week-end sur deux »: they live at the other parent's, whether they count is asked
        nb, ages = None, None
        ambigus.update(_ENFANTS_A_DEMANDER.get(requested, {"enfants"}))
    corrigees = _un_age_corrige(lu) if requested in ("enfants", "nb_enfants") else \
        _age_d_un_enfant_corrige(lu, known.get("enfants")) or _un_age_corrige(lu) if requested in ("correction", None) \
        else None
    if corrigees:
        ages, nb = corrigees, len(corrigees)  # « 8, 12 et 15… non attendez, la grande a 16 ans »: 8, 12 and 16
    if ages is not None:
        facts["enfants"] = ages
    if nb is not None:
        facts["nb_enfants"] = nb
    sans_conjoint = lu if proche else _masquer(lu, _propos_d_autrui(lu))
    # « ma fille vit chez sa mère », « il habite chez son père »: someone else's home, not the speaker's housing
    chez_les_siens = lu if proche else _CHEZ_LES_SIENS.sub(lambda m: " " * len(m.group(0)), lu)
    chez_les_siens = _TRAVAIL_CHEZ.sub(lambda m: " " * len(m.group(0)), chez_les_siens)
    # « salariée, aide à domicile » (to the activity question, or said so): a job, not a need of help
    # (« aide à domicile » alone answering the activity question too; « j'ai une aide à domicile » is help received)
    # (and named first in that answer: « aide a domicile mais en arret maladie »)
    # (anywhere in that answer: « salariée à temps partiel, aide à domicile »; not « j'ai une aide à domicile », help received)
    metier_d_aide = requested == "activite" and re.search(r"\baides? a domicile\b(?! (chez moi|a la maison|pour))", lu) and \
        not re.search(r"\b(j ai|on a|avec|besoin d|a|as|avons|ont)( une| un| des| l)? aides? a domicile\b", lu) or \
        _AIDE_A_DOMICILE_METIER.search(lu)
    sans_metier_d_aide = re.sub(r"\baides? a domicile\b", " ", lu) if metier_d_aide else lu
    # (« mon mari est en EHPAD », « elle est au foyer »: the partner's, not the speaker's home)
    # (only beside the speaker's own words: « il vit dans un foyer de vie » alone is about the one the conversation is for)
    logement_dit = chez_les_siens if proche or requested == "logement" or not re.search(r"\b(je|j|moi|nous|on)\b", lu) else \
        _masquer(chez_les_siens, _propos_d_autrui(lu))
    if logement_dit != chez_les_siens and re.search(r"\b(est|sont) a (moi|nous)\b", lu) and \
            _logement(logement_dit, proche, requested) is None:
        logement_dit = chez_les_siens  # « la maison, elle est à moi »: « elle » is the home, not another person
    for name, finder in (("grossesse", _grossesse), ("logement", lambda t: _logement(logement_dit, proche, requested)),
                         ("activite", lambda t: _activite(sans_conjoint, proche, requested == "activite")),
                         # (the permit's end is read whole: « … et il n'a pas été renouvelé » speaks of the permit, not of a man)
                         ("nationalite", lambda t: "hors_ue_irregulier" if _titre_expire_non_renouvele(lu) and
                          not re.search(rf"\b(mon|ma|son|sa) ({_CONJOINT}|pere|mere|fils|fille|frere|soeur)\b", lu)
                          else _nationalite(sans_conjoint)),
                         ("perte_autonomie", lambda t: _perte_autonomie(sans_metier_d_aide, proche)),
                         ("rqth", _rqth), *_LECTEURS_SANS_SLOT.items()):
        value = finder(lu)
        if value is not None:
            facts[name] = value
    # (the speaker's own job: « ma femme est aide à domicile » is hers)
    if metier_d_aide and "activite" not in facts and not re.search(r"\b(avant|ancienne?|j etais|etais)\b", lu) and (
            requested == "activite" or _AIDE_A_DOMICILE_METIER.search(sans_conjoint)):
        facts["activite"] = "salarie"  # « aide à domicile » to the activity question: a home carer's job
    if facts.get("logement") == "hebergement_structure" and known.get("logement") == "locataire" and \
            requested != "logement" and not re.search(r"\b(chrs|115|hotel|centre|cada|huda|urgence|samu social|"
                                                      r"maison relais|pension de famille|en fait|maintenant)\b", lu):
        del facts["logement"]  # « je paye plein pot au foyer » from a young worker of an FJT, a tenant: the same place
    if known.get("activite") == "etudiant" and facts.get("activite") == "salarie" and not re.search(
            r"\b(arrete|fini|termine|abandonne|plus) (mes |les )?etudes\b|\b(plus|pas) etudiante?\b", lu):
        del facts["activite"]  # "je bosse 12h par semaine dans un fast-food à côté": a student with a job
    if known.get("activite") == "apprenti" and facts.get("activite") == "etudiant" and not re.search(
            r"\b(etudiante?s?|fac|universite|master|licence|plus apprentie?|fini (mon|l) apprentissage)\b", lu):
        del facts["activite"]  # « 1250 net depuis que je suis en 2e année » from an apprentice: the apprenticeship's year
    if requested == "chomage" and "activite" not in facts and re.search(r"\b(france travail|pole emploi)\b", lu) and \
            not re.search(rf"\b({_PAS_INSCRIT})\b", lu):
        facts["activite"] = "demandeur_emploi"  # « pas encore, j'attends la réponse de France Travail »: registered there
    if requested == "besoins" and facts.get("activite") == "salarie" and re.search(rf"\b{_METIER_D_AIDE}\b", lu) and \
            not _AIDE_A_DOMICILE_METIER.search(lu) and not re.search(r"\b(je suis|je travaille|je bosse|jbosse|salariee?|cdi|cdd|"
                                                                    r"interim\w*|mon (travail|boulot|emploi|patron))\b", lu):
        del facts["activite"]  # « aide à domicile, et leur facture de chauffage » to the needs question: the help needed
    if requested == "nationalite" and "nationalite" not in facts and \
            re.fullmatch(r"\s*(je suis |moi )?(fr|fra|france|de france)\s*", lu):
        facts["nationalite"] = "francaise"  # "fr" typed to the nationality question
    if "activite" not in facts and not proche and _comme_le_conjoint_sans_travail(lu):
        facts["activite"] = "sans_activite"
    if requested == "activite":
        # Answers to the activity question that name no status: "rien (pour le moment)", "je suis à la
        # maison avec le bébé", "au foyer" are no activity; "retraités tous les deux" is retired.
        chez_soi = re.match(r"\s*(moi,? )?(je suis |je reste |suis )?(a la maison|au foyer)\b", lu) or \
            re.search(r"\b(moi,? )?(je suis|je reste|suis) au foyer\b|\bje (garde|m occupe de|m occupe des|m occupe du) "
                      r"(le|les|mon|mes|ma|notre|nos|la) ?(bebe|enfants?|petits?|petite|fils|fille|maison)\b", lu)
        seulement_chez_soi = chez_soi is not None and not lu[chez_soi.end():].strip()
        if seulement_chez_soi:
            facts.pop("logement", None)  # "au foyer" here is staying at home, not a shelter
        if seulement_chez_soi or "activite" not in facts:
            if chez_soi or re.match(r"\s*(rien|aucune?|nada|que dalle)\b", lu) or \
                    re.search(r"\b((peux|peut|pouvons) (plus|pas) travailler|arretee?s? de travailler|"
                              r"(travaille|travaillais|travaillait|bosse|bossais) (pas|plus|jamais)(?! (beaucoup|assez|souvent|"
                              r"tout|tous|toute|a temps|autant|que|le|la|les|en|de|d|dans|sauf|comme)\b)|"
                              r"(jamais|pas) travaille)\b", lu):
                facts["activite"] = "sans_activite"
            elif re.match(r"\s*(on est |nous sommes |moi )?retraitee?s?\b", lu):
                facts["activite"] = "retraite"
    couple = _en_couple(lu, proche)
    if couple is True and requested == "en_couple" and re.match(r"\s*(non|nan|nn|pas en couple)\b", lu) and not re.search(
            r"\b(mais|ensemble|vit avec|vis avec|vivons|habitons|concubin\w*|pacse\w*|union libre|en couple|on vit|"
            r"compagnon|compagne|copain|copine|conjoint\w*)\b", lu):
        couple = False  # « non, ma femme est au pays »: the answer is no, whoever is named after it
    if couple is True and known.get("en_couple") is False and requested not in ("en_couple", "correction") and not re.search(
            r"\b(en couple|mariee?s?|pacsee?s?|concubin\w*|union libre|ensemble|vis avec|vit avec|vivons|habitons avec|"
            r"remise? avec|revenue? (avec|chez)|retournee? (avec|chez)|de nouveau avec|a nouveau avec)\b", lu):
        # a partner named in passing once the person said they live without one (« les allocs sont au nom de mon mari »
        # from a woman who left him): no couple said again
        couple = None
    if couple is not None:
        facts["en_couple"] = couple
    taux_flou = re.search(r"\b(taux|incapacite|mdph|handicap|invalidite)\D{0,30}(entre \d+ (pour cent )?et \d+|"
                          r"\d+ (pour cent )?(a|ou) \d+)\b", lu) or \
        (requested == "handicap_taux" or re.search(r"\b(taux|incapacite|mdph|handicap|invalidite)\b", lu)) and \
        _TAUX_BORNE.search(lu)
    taux = None if taux_flou else _handicap(lu, requested, proche)
    if taux is not None:
        facts["handicap_taux"] = taux
    titre = _titre_sejour_annees(lu, requested)
    if titre is not None and _a_peu_pres(lu, titre, "ans?"):
        ambigus.add("titre_sejour_annees")
        titre = None
    if titre is not None:
        facts["titre_sejour_annees"] = titre
        if "nationalite" not in facts and known.get("nationalite") in (None, INCONNU) and \
                re.search(r"titre|carte|recepisse", lu):
            facts["nationalite"] = "hors_ue_regulier"

    # « donc c'est 7, 11 et 16 ans » once children are known: their ages listed again, not the person's
    liste_d_ages = re.search(r"\b\d{1,2}(?:(?:,| et|,? et) \d{1,2})+ ans\b", lu)
    spans_age = spans + ([liste_d_ages.span()] if liste_d_ages and isinstance(known.get("enfants"), list)
                         and known["enfants"] else [])
    conjoint = proche and _conjoint_aide(norm)
    if conjoint and "en_couple" not in facts and known.get("en_couple") is None:
        facts["en_couple"] = True  # the partner cared for lives with the speaker
    age = _age(_sans_age_d_un_autre_proche(_masquer(lu, spans_age), known.get("proche_nomme") if proche else None),
               proche, conjoint)
    if age is None and proche and not known.get("pour_un_proche") and not re.search(r"\b(il|elle) a \d", lu):
        age = _age(_masquer(norm, spans), False)  # "ma mère est malade et j'ai 30 ans": the speaker's
    if age is None and requested == "age" and proche:
        m = re.search(r"\b(il|elle) a " + _NUM, lu)
        age = float(m.group(2)) if m else None
    if age is not None and re.search(r"\b(1[89]|[2-9]\d) et (1[89]|[2-9]\d) ans\b", _masquer(lu, spans)) and \
            not re.search(r"\b(j ai|moi|age de|agee? de) \d+ ans\b", lu) and len(re.findall(rf"\b{int(age)}\b", lu)) == 1:
        ambigus.add("age")  # "nous avons 78 et 80 ans": two adults, whose age the bot asks (unless one is restated)
        age = None
    if age is not None and _a_peu_pres(lu, age, "ans?"):
        ambigus.add("age")  # "bientôt 60 ans", "70 ans passés": not one age, asked again
        age = None
    if facts.get("activite") == "salarie" and _INTERIM_SANS_MISSION.search(lu):
        # « intérimaire, mais en ce moment j'ai pas de mission »: between two missions, neither a job held nor surely a
        # jobseeker (four development writers of five mark it ambiguous): asked (a young one was kept from the CEJ)
        del facts["activite"]
        ambigus.add("activite")
    if age is not None and requested in ("enfants", "nb_enfants") and not _AGE_DE_SOI.search(lu):
        age = None  # "12 et 16 ans" to the children's question: their ages, not the speaker's
    if age is not None and requested == "titre_sejour_annees" and not re.search(r"\b(j ai|jai|moi|age de|agee? de) \d+ ans\b", lu):
        age = None  # « 15 ans, je suis comorien » to the residence permit's question: the years of the permit
    if age is not None:
        facts["age"] = age

    activite = facts.get("activite") or (known.get("activite") if known.get("activite") != INCONNU else None)
    masked = _masquer_non_montants(_masquer(lu, spans), montant_demande=requested in _QUESTIONS_MONTANT)
    if requested in ("retraite", "chomage", "pension_alimentaire_recue", "autres_ressources") and not re.search(
            r"\bpas encore (a la )?retraite\b|\b(je|j) (travaille|bosse)\b(?! (plus|pas|jamais)\b)", lu):
        # « 1 300 € net par mois » to the pension question: « net » says no pay here (it was read as pay); but a job still
        # held said with it (« pas encore à la retraite, je travaille toujours, 1900 net ») is what the net is of
        masked = re.sub(r"\b(net|nets|nette|nettes|brut|bruts|brute|brutes)\b", lambda m: " " * len(m.group(0)), masked)
    # the pay named as what one cannot cope with (« 430 le mois, j'y arrive pas avec ma paye »): no label of an amount
    masked = _AVEC_MA_PAYE.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)
    # child support the person pays is money going out, never a resource (« non c'est moi qui verse 300 par mois »)
    masked = _MONTANT_DE_PENSION_VERSEE.sub(lambda m: m.group(0)[:m.start(2) - m.start(0)] + " " * len(m.group(2)), masked)
    masked = _MONTANT_AVANT_PENSION_VERSEE.sub(
        lambda m: m.group(0)[:m.start(1) - m.start(0)] + " " * len(m.group(1)) + m.group(0)[m.end(1) - m.start(0):], masked)
    montants, ambigus_montants, lies, tous_places = _lire_montants(lu, masked, requested, activite, known,
                                                                   [ancien for _, ancien in remplaces])
    ambigus |= ambigus_montants
    for name, pattern in _NEGATIONS:
        if name == "revenus_activite" and requested in ("prestations_percues", "chomage", "retraite", "pension_alimentaire_recue") \
                and not re.search(r"\b(salaires?|paie|paye|revenus?|gagne|gagnons|travail)\b", lu):
            continue  # « je ne touche rien » to the benefits (the allowance's) question: none of it, not no pay
        # (a partner's or a relative's income denied, « ma copine est étudiante, elle a pas de revenu », says nothing of the
        # household's: the clauses about someone else are left out for the pay)
        if name not in montants and re.search(pattern, _masquer(lu, _propos_d_autrui(lu)) if name == "revenus_activite" and
                                              not proche else lu):
            montants[name] = 0.0
    if requested == "dette_loyer" and "dette_loyer" not in montants and re.match(r"\s*(non|nan|nn|pas de loyer)\b", lu) and \
            (not re.search(r"\bloyers?\b[^,.;!?]*\b(retard|impayes?|dois|doit|devons|dette)", lu) or
             re.match(r"\s*(non,? )?pas de loyers? (en retard|impayes?)\b", lu)):
        # (« pas de loyer en retard mais une facture d'électricité de 600 »: none of the rent)
        montants["dette_loyer"] = 0.0  # « non, le loyer ça va, c'est l'électricité, 600 € de retard »: another debt
    if montants.get("dette_loyer") and re.search(r"\b(je devais|on devait|nous devions|j avais|on avait|nous avions) \D{0,25}\d", lu) and \
            re.search(_TOUT_REMBOURSE, lu):
        montants["dette_loyer"] = 0.0  # « je devais 600 mais j'ai tout remboursé le mois dernier »: a debt of the past, none now
    if requested == "epargne" and "epargne" not in montants and _A_DECOUVERT.search(lu):
        montants["epargne"] = 0.0  # asked about savings: « 0 je suis à découvert » (an overdrawn account leaves none)
    if requested == "pension_alimentaire_recue" and "pension_alimentaire_recue" not in montants and \
            re.search(_PENSION_PAYEE_PAR_MOI, lu):
        montants["pension_alimentaire_recue"] = 0.0  # asked whether one receives it: « non, c'est moi qui la verse »
    facts.update(montants)
    if not montants and requested in (None, "correction") and _TOTAL.search(lu) and \
            not _DETTE.search(lu):  # (« les dettes c'est 14 000 € en tout » is no money coming in)
        # « je me suis trompé, c'est 1 350 € à nous deux » at the recap: the household's money, of the one kind known
        connues = [r for r in RESSOURCES if est_nombre(known.get(r))
                   and known[r] > 0]
        sommes = [n for n in _nombres(_masquer(lu, spans)) if n >= 50 and not re.search(rf"\b{n:g} ?ans\b", lu)]
        if len(connues) == 1 and len(sommes) > 1:
            # « ma femme c'est 750 pas 700, donc 1750 à nous deux »: the total is the amount the total word follows
            total = re.search(r"\b(\d+)\s*(?:euros?\s*|e\s*)?(?:" + _TOTAL.pattern + r")", lu)
            sommes = [float(total.group(1))] if total and float(total.group(1)) in sommes else sommes
        if len(connues) == 1 and len(sommes) == 1:
            facts[connues[0]] = sommes[0]
    if facts.get("revenus_activite") == 0 and facts.get("activite") == "salarie" and \
            not re.search(r"\b(cdi|cdd|interim|salariee?|je travaille)\b", lu):
        del facts["activite"]  # "mon salaire c'est 0" says no income, not a job

    recues, retirees = _prestations(lu, requested, lies)
    seul = facts.get("en_couple", known.get("en_couple")) is False
    if recues and _RECUES_PAR_UN_AUTRE.search(lu) and (seul or re.search(r"\b(ex|pere|mere)\b|\bmoi,? (rien|pas|jamais|non)\b|"
                                                                          r"\bpas moi\b", lu)):
        # « rien, les allocs c'est lui qui les touche » (separated): received by someone outside the household
        retirees |= set(recues)
        recues = []
        if requested == "prestations_percues":
            facts["prestations_percues"] = []
    if "chomage" not in facts and "chomage" not in recues and "ass" not in recues and _CHOMAGE_PAS_ENCORE.search(lu) and \
            not proche:
        # « inscrit à France Travail mais pas encore indemnisé », « au chômage depuis 2 ans, je ne touche plus rien »: no
        # unemployment benefit (a pay of nothing was read instead)
        facts["chomage"] = 0.0
    if recues:
        facts["prestations_percues"] = recues
    elif re.search(r"\b(ne|n) (touche|touchons|percois|percevons|recois|recevons|ai|avons|beneficie|beneficions) "
                   r"(aucune|pas d|plus d|plus aucune|jamais d|jamais eu d) (aides?|prestations?|allocations?)\b", lu):
        facts["prestations_percues"] = []  # "je ne touche aucune aide": none received
    if "ass" in (recues or []) and facts.get("chomage") == 0:
        # "en fin de droits, je touche l'ASS": the solidarity allowance is an unemployment benefit paid
        # by France Travail after the insurance rights end; its amount is asked, not taken for nothing.
        del facts["chomage"]
    if requested in ("chomage", "ressources") and "chomage" not in facts and \
            re.search(r"\b\d+(\.\d+)? ?(euros? |e )?(net |nets )?(par jour|la journee|par jour indemnise|journaliers?)\b", lu) and \
            (requested == "chomage" or re.search(r"\b(chomage|are|france travail|pole emploi|indemnites?|allocations?)\b", lu)) and \
            not {"chomage", "ass"} & set(facts.get("prestations_percues", [])):
        # « je touche 38 euros par jour » to the unemployment question: an allowance received, its monthly amount asked
        facts.setdefault("prestations_percues", []).append("ass" if re.search(r"\bass\b", lu) else "chomage")
    if "chomage" in facts and facts["chomage"] > 0 and not {"chomage", "ass"} & set(facts.get("prestations_percues", [])):
        # the allowance named ("550 d'ASS") or the insurance one (ARE) by default
        facts.setdefault("prestations_percues", []).append("ass" if re.search(r"\bass\b", lu) else "chomage")

    # (« 540 € de loyer avant APL » in a first message: the aid received; not in the answer to another question, where the
    # benefits said by the way made the dialogue take the list of benefits as known and lose the others: a held-out
    # conversation, found by its id and error kinds only)
    if (any(_part_de_l_aide_avant(lu, m.start()) for m in re.finditer(r"\b\d{2,}\b", lu)) or
            requested is None and _LOYER_ET_L_AIDE.search(lu) or
            requested in (None, "loyer") and _L_AIDE_PAIE_LE_RESTE.search(lu)) and \
            "aide_logement" not in facts.get("prestations_percues", []):
        # « 600 mais la CAF m'en paye 200 », « 540 € de loyer avant APL »: the housing aid is received
        facts.setdefault("prestations_percues", []).append("aide_logement")
    if "loyer" in facts and len(re.findall(r"\b\d{2,}\b", lu)) == 1 and _RESTE_APRES_L_AIDE.search(lu):
        # « je paye 180 après l'APL »: what is left once the aid is paid, the rent itself unknown (asked again)
        del facts["loyer"]
        ambigus.add("loyer")
    if facts.get("activite") == "sans_activite" and {"ass", "chomage"} & set(facts.get("prestations_percues", [])) and \
            {"ass", "chomage"} & set(_prestations(sans_conjoint, requested, set())[0]):
        # « je suis sans emploi et je touche l'ASS », « pas de travail, je touche l'ARE »: the allowance is a registered
        # jobseeker's (France Travail pays it), whatever word the person has for being out of work
        facts["activite"] = "demandeur_emploi"
    if facts.get("activite") == "sans_activite" and requested not in ("activite", "correction") and \
            known.get("activite") in (None, INCONNU) and _SANS_TRAVAIL.search(lu) and not _SANS_ACTIVITE_DITE.search(lu):
        # « je ne travaille pas » told unasked says no job, not the status: looking for one (France Travail, the CEJ),
        # a student, at home, on sick leave? The activity question, with its buttons, asks it (the writers of the
        # development sets mark it ambiguous or leave it unset three times out of four)
        del facts["activite"]
        ambigus.add("activite")
    couple_dit = facts.get("en_couple", known.get("en_couple"))
    if "revenus_activite" not in facts and requested not in (*RESSOURCES, "ressources", "activite", "correction") and (
            # « seule, je ne travaille pas »: no pay (the household's is one person's); a partner named by one who lives
            # alone is no pay of the household (« mon mari me frappe, je suis partie… je n'ai pas de travail »)
            couple_dit is not True and (_SANS_TRAVAIL_DU_PROCHE if proche else _SANS_TRAVAIL_DE_SOI).search(lu) and
            (couple_dit is False or not re.search(rf"\b(mon|ma|notre) ({_CONJOINT})\b", lu)) or
            # « seule avec mes 3 gosses… jai que l'asf et les allocs »
            couple_dit is False and not proche and _QUE_DES_PRESTATIONS.search(lu) or
            not proche and _SANS_TRAVAIL_DU_COUPLE.search(lu)):
        facts["revenus_activite"] = 0.0
    deduits = _activite_de_ses_ressources(facts, sans_conjoint, known, requested)
    _loyer_hors_charges(lu, facts)
    if "retraite" not in facts and (re.search(r"\b(?:aucune|pas de|pas encore de|jamais eu de) (?:retraite|pension de retraite)\b|"
                                              r"\bpas encore (?:a la )?retraite\b|"
                                              # (« je suis pas à la retraite car pas assez de trimestres »)
                                              r"\b(?:je suis|suis|je ne suis|jsuis) pas (?:encore )?a la retraite\b|"
                                              # (« je suis à la retraite depuis le mois dernier mais je touche pas encore ma
                                              # pension »: nothing paid yet)
                                              r"\b(?:touche|percois|recois|ai|ai rien) (?:pas |rien |toujours pas |)encore "
                                              r"(?:rien )?(?:touche |percu |recu )?(?:ma|mes|de|la) (?:retraite|pension)s?\b|"
                                              r"\bpas encore (?:touche|percu|recu) (?:ma|mes|de|la) (?:retraite|pension)s?\b|"
                                              # (« je n'ai pas encore demandé ma retraite »: none asked, none paid)
                                              r"\bpas encore (?:demande|liquide|fait (?:la |ma )?demande de) (?:ma|mes|de|la) "
                                              r"(?:retraite|pension)s?\b", lu) or
                                    # « pas encore, j'ai 60 ans » to the pension question
                                    requested == "retraite" and re.match(r"\s*(non,? )?pas encore\b", lu)):
        facts["retraite"] = 0.0  # « je ne touche aucune retraite », « pas encore à la retraite »: no pension
    if "chomage" not in facts and re.search(r"\b(?:pas|sans|aucune?|pas encore) (?:d |de |d)?(?:indemnisation|indemnites? (?:chomage|"
                                            r"de chomage)|allocations? (?:chomage|de chomage))\b", lu):
        facts["chomage"] = 0.0  # « inscrit à France Travail mais pas d'indemnisation »: no unemployment benefit
    if "chomage" not in facts and re.search(r"\b(?:j avais|j ai eu|je touchais|avais) (?:le |du |l )?(?:chomage|are)\b,? mais "
                                            r"(?:c est |ca s est |il est |elle est )?(?:fini|termine|arrete|epuise)\w*\b", lu) and \
            not re.search(r"\b(?:fini|termine)\b[^.;!?]{0,30}\b(?:prochain|dans \d+|bientot)\b|\bass\b", lu):
        # « j'avais le chômage mais c'est fini depuis fin octobre »: none paid now (the ASS that may follow is another
        # allowance, read apart)
        facts["chomage"] = 0.0
    _dette_en_mois_de_loyer(lu, facts, known, requested)
    _deux_salaires_du_couple(lu, facts, requested)
    _valeur_remplacee(_sans_accents(text), facts, known)  # before normaliser's own corrections, which drop the old value
    _part_du_conjoint_remplacee(_sans_accents(text), facts, known)

    flou = requested in ambigus or (requested == "ressources" and bool(ambigus & set(RESSOURCES)))
    nombres_pris = tous_places and requested in ("loyer", "epargne", "dette_loyer", "ressources", "age",
                                                 "nb_enfants", "enfants", "titre_sejour_annees", "handicap_taux")
    if requested == "nb_enfants" and "nb_enfants" not in facts and isinstance(facts.get("enfants"), list) and \
            facts["enfants"] and not re.search(r"\b\d+\b(?! ?(ans?|mois)\b)", lu):
        facts["nb_enfants"] = len(facts["enfants"])  # « mon fils de 10 ans »: one child of 10, not ten children
    # a question back (« ça compte comme si on était en couple ? ») states nothing of what it asks
    question_en_retour = re.search(r"\?\s*\W*$", text or "") is not None
    if requested and requested not in facts and not (requested == "ressources" and
                                                     any(r in facts for r in RESSOURCES)) \
            and not (requested in RESSOURCES and tous_places and any(r in facts for r in RESSOURCES)) \
            and not (requested in _QUESTIONS_MONTANT and tous_places and montants and
                     any(f in facts for f in _QUESTIONS_MONTANT)) \
            and not flou and not nombres_pris:
        # (no yes, whatever DIET read in it)
        question = intent == "affirm" and question_en_retour and not _OUI.match(lu)
        reponse = lu
        if requested in ("revenus_activite", "chomage", "retraite") and _MONTANT_D_UNE_PRESTATION.search(lu) and \
                not sorte_dite(lu, requested) and not (requested == "revenus_activite" and _PAIE_EN_PLUS.search(lu)):
            # the pay asked, a benefit's amount said (« 1033 d'AAH plus l'APL »): that benefit is the money, no pay
            # (it was taken for 1 033 € of pay)
            reponse = _MONTANT_D_UNE_PRESTATION.sub(" rien que ", lu)
        if requested == "age" and spans:
            reponse = _masquer(reponse, spans)  # « mes enfants de 4 et 9 ans » to the age question: theirs, not the person's
        direct = _reponse_directe(reponse, requested, None if question else intent, activite, proche,
                                  facts.get("en_couple", known.get("en_couple")),
                                  compte_en_lettres=_COMPTE_EN_LETTRES.match(_sans_accents(text)) is not None,
                                  compte_connu=known.get("nb_enfants"))
        if isinstance(direct, dict):
            facts.update(direct)
        elif direct is not None:
            facts[requested] = direct
        if isinstance(facts.get("nb_enfants"), (int, float)) and isinstance(facts.get("enfants"), list) and \
                len(facts["enfants"]) != facts["nb_enfants"]:
            del facts["enfants"]  # "3, j'oubliais le bébé": the number said counts; the ages are asked
    elif requested == "epargne" and nombres_pris and "epargne" not in facts and (
            re.search(_ZERO, re.sub(r"\d+(?:\.\d+)?", " ", lu)) or
            _NON.match(lu) and re.search(r"\b(decouvert|dettes?|credits?|dans le rouge|en negatif)\b", lu)):
        # "2000 de découvert, donc rien", « non et j'ai même un découvert de 400 »: the amount is a debt, the answer is nothing
        facts["epargne"] = 0.0
    if requested in ("revenus_activite", "chomage", "retraite") and facts.get(requested) and _PLUS_RIEN_DESORMAIS.search(lu):
        facts[requested] = 0.0  # « 1200 mais je viens de perdre mon boulot, donc plus rien maintenant »: nothing now
    if facts.get("pension_alimentaire_recue") and _PENSION_JAMAIS_PAYEE.search(lu):
        facts["pension_alimentaire_recue"] = 0.0  # "il doit me verser 200 mais ne paie jamais": owed, not received
    if requested == "ressources" and recues and not any(r in facts for r in RESSOURCES) and not flou and (
            # (not when the amount is a benefit's own, « 1033 d'AAH plus l'APL »: no total)
            _nombres(lu) and AVEC_LES_AIDES.search(lu) and not _MONTANT_D_UNE_PRESTATION.search(lu) or
            # « l'AAH et la retraite de mon mari »: another resource named without its amount
            any(sorte_dite(lu, k) for k in ("revenus_activite", "retraite", "chomage"))):
        # « avec les allocations on doit avoir 2 000 € »: a total with the benefits in it, whose pay part is not
        # said (it was taken for no income at all, and the RSA offered to a working household): asked again
        ambigus.add("ressources")
        flou = True
    if requested == "ressources" and recues and not any(r in facts for r in RESSOURCES) and not flou and \
            not re.search(r"\b(nos|mes|les|leurs) (2 |deux )?revenus\b", lu):
        # (« nos deux revenus et les allocs »: the incomes known and the benefits, not none)
        facts["revenus_activite"] = 0.0  # "juste le RSA": no earned income; the benefit is noted
    if requested == "prestations_percues" and "prestations_percues" not in facts and (retirees or re.search(
            # (a file made for the CAF by someone, the answer not known: « l'assistante sociale a fait des papiers pour la CAF »)
            r"\b(a|ont|avons|ai) (fait|rempli|envoye|depose) (des|les|un|le|mes|mon) (papiers|dossiers?|demandes?) (pour|a|a la) "
            r"(la )?(caf|msa)\b|"
            r"\b(demande|dossier|demarches?)\b[^.;!?]*\b(en cours|en attente|pas encore|pas (eu )?de reponse|j attends|"
            r"attends toujours)\b|\b(rien|aucune?) (pour l instant|pour le moment|encore)\b|"
            # only the pension or the pay one earned (« juste sa retraite », « seulement mon salaire »): no benefit
            r"^\s*(non,? )?(juste|que|seulement|uniquement|rien que) (sa|ma|la|leur|notre|mon|son|le) (retraite|pension de retraite|"
            r"salaire|paie|paye)( seulement)?\s*$|"
            # (nor a student's grant, which no list of benefits holds: « juste la bourse crous », asked three times)
            r"^\s*(non,? )?(juste|que|seulement|uniquement|rien que|rien a part|rien sauf)? ?(sa|ma|la|leur|mon|son|une) bourse"
            r"( (crous|d etudes?|d etudiante?|sur criteres sociaux|echelon \d))?( seulement| c est tout)?\s*$", lu)):
        facts["prestations_percues"] = []  # « j'ai fait la demande d'APL… pas encore de réponse »: none received yet
    if requested == "perte_autonomie":
        # « je me lave et m'habille seule, c'est le ménage et porter les courses qui est dur »: « seule » says by herself,
        # not living alone; a daily task said hard (the question names the shopping) answers yes
        if facts.get("en_couple") is False and not re.search(r"\b(vis|vit|vivons|habite) seule?\b|\bcelibataire\b", lu):
            del facts["en_couple"]
        if "perte_autonomie" not in facts and re.search(
                r"\b(menage|courses|porter|cuisine|repas|toilette|escaliers?|sortir|marcher|(me|se) lever|(me|se) laver)\b", lu) and \
                re.search(r"\b(dur|dure|difficile|du mal|de la peine|n arrive plus|arrive plus|peux plus|peut plus|besoin)\b", lu):
            facts["perte_autonomie"] = True
    if requested == "loyer" and "montant" in ambigus:
        ambigus.discard("montant")
        ambigus.add("loyer")
    ambigus.discard("montant")

    if proche and lu != norm:
        # Writing for a relative: DIET's entities in the speaker's own clauses (« moi j'ai 71 ans et je suis
        # retraitée ») are not the relative's facts (they were taken for his age and activity)
        entities = [e for e in entities if not _dans_un_passage_masque(text, lu, e)]
    if question_en_retour:
        # (no couple, whatever DIET tagged in it)
        entities = [e for e in entities if e.get("entity") != "en_couple"]
    if not proche:
        entities = [e for e in entities if not _activite_d_un_autre(text, e)]
    if _SANS_PAPIERS_AVANT.search(lu) and _nationalite(lu) != "hors_ue_irregulier":
        # papers lacked in the past only (« avant j'avais pas de papiers »): DIET's tag of them is no status of today
        entities = [e for e in entities if e.get("entity") != "nationalite"]
    for name, value in _depuis_entites(entities, requested, text).items():
        # A range or a vague amount is asked again, never read by DIET instead; and when the rules
        # placed every number of the message (« je touche le RSA, 580 euros » to the rent question:
        # the RSA's amount), DIET's guess does not move one to the question asked.
        # The resources question is answered once: a resource the rules read is not doubled by DIET's
        # guess of another kind for the same number.
        deja_repondu = requested == "ressources" and name in RESSOURCES and any(r in facts for r in RESSOURCES)
        if name == "logement" and "logement" not in facts and any(
                v == value and re.search(motif, lu) for v, motif in _LOGEMENT):
            # the rules saw that housing's own words and set them aside (« jbosse comme aide-soignante en EHPAD »: a
            # workplace; « mon mari est en EHPAD »: his home): DIET's reading of the same words does not bring it back
            continue
        if name == "logement" and value == "proprietaire" and "logement" not in facts and \
                re.search(r"\b(au|du|mon|ma|notre|le|la|a mon|a ma|a la|son|sa) (proprio|proprietaire|bailleur|bailleuse)\b", lu) and \
                not re.search(r"\b(je suis|j suis|jsuis|on est|nous sommes|suis|sommes) (proprietaire|proprio)s?\b", lu):
            continue  # « je dois 2 300 € au proprio »: the landlord DIET took for the person's own home (the arrears were dropped)
        if name == "logement" and value == "hebergement_structure" and _AU_FOYER.search(lu) and \
                not re.search(r"\b(dans|en) (un |le )?foyer\b|\bfoyer (d|de|pour)\b", lu):
            continue  # "je suis au foyer", "mère au foyer": staying at home, not a shelter DIET would read
        # Answering another question, DIET's closed value does not change a fact already known (« le chômage et
        # l'APL » to the benefits question made a part-time worker who also gets the ARE a jobseeker).
        autre_question = name in _ENUM_ENTITIES and requested not in (None, "correction", name) and \
            known.get(name) not in (None, INCONNU)
        # (nor a rate said as a band or a bound: DIET read « 80 » in « avec moins de 80 % il peut avoir l'AAH ? »)
        if name not in ambigus and not (nombres_pris and name in _NOMBRES) and not deja_repondu and not autre_question \
                and not (name == "handicap_taux" and taux_flou):
            facts.setdefault(name, value)

    if re.search(r"\bsmic\b", lu) and not re.search(r"\d", lu) and requested in (None, "revenus_activite", "ressources"):
        # « je touche le smic, rien de plus »: a pay said without its amount (not « rien »), asked once more
        if facts.get("revenus_activite") == 0:
            del facts["revenus_activite"]
        ambigus.add("revenus_activite")
    if facts.get("activite") == "independant" and isinstance(facts.get("retraite"), (int, float)) and facts["retraite"] > 0 and \
            re.search(r"\b(ferme|exploitation)\b", lu) and not re.search(
                r"\b((je|j|on|nous) (travaille|travaillons|bosse|eleve|elevons|cultive|cultivons|exploite)|agricult(eur|rice)|eleveu(r|se)|"
                r"viticult\w*|maraich\w*|exploitante?|encore en activite|toujours en activite|cumul|chiffre d affaires|benefices?)\b", lu):
        # a farm one lives on with a farmer's pension (« retraite agricole 780 euros… on a notre ferme »): retired, the farm
        # their home, not a trade
        del facts["activite"]
        deduits["activite"] = "retraite"
    if requested == "perte_autonomie" and "apa" in (facts.get("prestations_percues") or []) and "perte_autonomie" not in facts:
        facts["perte_autonomie"] = True  # « elle a déjà l'APA à domicile »: the APA is paid for a loss of autonomy (GIR 1 to 4)
    if requested == "perte_autonomie" and "perte_autonomie" not in facts and (re.match(
            rf"\s*(non|pas (pour l instant|pour le moment|encore|moi)|moi non|moi pas),? (mais|par contre) (mon|ma) {_CONJOINT}\b", lu) or
            # « pas pour l'instant », « pas encore »: no
            re.fullmatch(r"\s*(non,? )?(pas (pour l instant|pour le moment|encore|vraiment|trop)|toujours pas)\W*", lu)):
        facts["perte_autonomie"] = False  # « pas pour l'instant mais ma femme oui »: the person's answer is no
    if requested == "titre_sejour_annees" and "nationalite" not in facts and re.fullmatch(
            r"\s*(non,? )?(j en ai pas|je n en ai pas|j en ai aucun|aucun|pas de titre|j ai pas de titre|j ai pas de papiers|"
            r"sans papiers|pas de papiers)\s*", lu):
        facts["nationalite"] = "hors_ue_irregulier"  # « j'en ai pas » to the permit question: no permit
    if requested == "titre_sejour_annees" and "nationalite" not in facts and est_nombre(facts.get("titre_sejour_annees")) and \
            (_HORS_UE_RE.search(lu) or _SANS_PAPIERS_AVANT.search(lu)):
        # « 7 ans, je suis marocain », « ça fait 3 ans, avant j'étais sans papiers »
        facts["nationalite"] = "hors_ue_regulier"  # a permit held for years, so a non-EU nationality with a permit
    if requested == "chomage" and "chomage" not in facts and _OUI.fullmatch(lu.strip()) and \
            not re.search(r"\b(ass|allocation de solidarite)\b", lu) and \
            not {"chomage", "ass"} & set(facts.get("prestations_percues", [])):
        # « oui » to « touchez-vous une allocation chômage ? »: it is received, its amount still to say
        facts.setdefault("prestations_percues", []).append("chomage")
        ambigus.add("chomage")
    if requested in ("autres_ressources", "chomage", "retraite", "pension_alimentaire_recue") and requested not in facts and \
            re.match(r"\s*(non|nan|aucune?|rien),? (a part|sauf|juste|seulement|mais)\b", lu):
        facts[requested] = 0.0  # « non, à part 20 000 sur un livret »: none of what was asked, something else said
    if requested == "revenus_activite" and "revenus_activite" not in facts and re.search(
            r"\b(ne )?(travaille|bosse|taffe?)s? (pas|plus)\b|\b(sans|pas d|pas de) (emploi|travail|boulot|activite)\b|"
            r"\b(je suis|suis) (a la retraite|retraitee?)\b", lu) and not re.search(r"\b(mon|ma) " + _CONJOINT + r"\b|\b(lui|elle)\b", lu):
        facts["revenus_activite"] = 0.0  # « je travaille pas, je suis à la retraite » to the pay question: no pay
    # the share said of a flat's rent (« ma part c'est 350, on est trois en coloc pour 1050 »)
    part_dite = re.search(r"\bma part (?:c est |est de |de |fait |:)?(\d+(?:\.\d+)?)\b", lu)
    if part_dite and requested in (None, "loyer") and isinstance(facts.get("loyer"), (int, float)):
        facts["loyer"] = float(part_dite.group(1))
    if isinstance(facts.get("loyer"), (int, float)) and facts["loyer"] > 0:
        part = _part_d_une_colocation(lu)
        if part:
            facts["loyer"] = float(round(facts["loyer"] / part))  # the flat's whole rent shared out: the person's share
    ages_incomplets = _ages_incomplets(lu, facts, requested, known)
    if ages_incomplets:
        del facts["enfants"]
        facts.pop("nb_enfants", None)
        ambigus.add("enfants")
    out = _verifier(facts)
    if "age" in out.refus and requested != "age" and not re.search(r"\b(j ai|jai|moi,?|age de|agee? de|suis age)\s*\d+", lu):
        del out.refus["age"]  # « une carte de 10 ans » read as an age: no « je n'ai pas compris votre âge » for it
    if out.facts.get("logement") == "locataire" and "loyer" not in out.facts and "autres_ressources" in out.facts and \
            _loyer_recu_seulement(lu):
        del out.facts["logement"]  # « 200 de loyers d'un petit studio que je loue »: a landlord's income, no tenant
    dans_la_bande = _taux_dans_la_bande(lu) if taux_flou or requested == "handicap_taux" else None
    if dans_la_bande is not None:
        # « entre 50 et 79, 60 sur le papier je crois »: the rate said inside the band
        out.facts["handicap_taux"] = dans_la_bande
        ambigus.discard("handicap_taux")
    elif taux_flou:
        ambigus.add("handicap_taux")  # "un taux entre 50 et 79": a band, not a rate
    out.ambigus = {a for a in ambigus if a not in out.facts}
    out.incomplets = {"enfants"} if ages_incomplets else set()
    out.retirees = retirees
    # (the aids received listed to their question name no need: « le RSA, l'APL et la complémentaire santé »)
    # (nor does an overdrawn account said to the savings question: « 0 je suis à découvert » tells why there are none)
    out.besoins = _besoins(_sans_prestations_recues(sans_metier_d_aide, requested) if requested == "prestations_percues"
                           else re.sub(r"\b(decouvert|dans le rouge|en negatif)\b", " ", sans_metier_d_aide)
                           if requested == "epargne"
                           else sans_metier_d_aide)
    if requested is None:
        # a message typed with no question pending (a first message above all): the needs' reader rules out a need of
        # the words it finds unlikely and adds those said in words no list holds (actions.lecteur_besoins)
        out.besoins = besoins_lus_dans(text, out.besoins, CONTEXTE_DEBUT)
    out.deduits = {k: v for k, v in deduits.items() if k not in out.facts}
    out.remplaces = _montants_remplaces(remplaces, out.facts)
    return out


def _ages_incomplets(lu: str, facts: dict[str, Any], requested: Optional[str], known: dict[str, Any]) -> bool:
    """To the ages' question, fewer ages than the children known, every age said kept and no word that their number
    changed (« est-ce que la PAJE c'est que pour les bébés ? le petit a 2 ans » of a father of three was one child of 2):
    one child's age, not the answer; the ages of each are asked again, once (the same answer again is taken)."""
    ages, nb_connu = facts.get("enfants"), known.get("nb_enfants")
    return requested == "enfants" and known.get("precision") != "enfants" and isinstance(ages, list) and bool(ages) and \
        est_nombre(nb_connu) and len(ages) < nb_connu and facts.get("nb_enfants") in (None, len(ages)) and \
        len(re.findall(r"\b\d{1,2}\b", lu)) <= len(ages) and not _NOMBRE_D_ENFANTS_CHANGE.search(lu)


def _montants_remplaces(paires: Iterable[tuple[float, float]], facts: dict[str, Any]) -> dict[str, float]:
    """The amount each resource read replaces, from the (new, replaced) pairs the message says (« 370 pas 350 »,
    « 1 550 net, pas 1 600 », « 750 au lieu de 700 »): the amount said first is the resource's."""
    out: dict[str, float] = {}
    for nouveau, ancien in paires:
        for kind in RESSOURCES:
            if est_nombre(facts.get(kind)) and \
                    abs(float(facts[kind]) - nouveau) < 0.5:
                out[kind] = ancien
    return out


def _activite_de_ses_ressources(facts: dict[str, Any], propre: str, known: dict[str, Any],
                                requested: Optional[str]) -> dict[str, Any]:
    """A pension or an unemployment benefit of one's own implies the activity when none was said: « je touche
    640 € de retraite » is retired, « je touche l'ARE » a jobseeker. ``propre`` is the text without the
    clauses about a partner or a relative (« mon mari est retraité (1100 €) » says nothing of the speaker);
    a survivor's pension alone is no retirement, nor a pension before 55."""
    if "activite" in facts or known.get("activite") not in (None, INCONNU) or requested == "activite":
        return {}
    age = facts.get("age", known.get("age"))
    jeune = est_nombre(age) and age < 55
    retraite = facts.get("retraite")
    # (or any pension of one's own read past the retirement age: « veuf, 70 ans, ma femme avait la plus grosse retraite, je
    # n'ai plus que 820 euros », « britannique, 70 ans, ma pension anglaise fait 1000 »; over the 46 development sets, 20
    # messages more right, 3 wrong: a relative's pension whose activity the writer leaves out)
    if isinstance(retraite, (int, float)) and retraite > 0 and not jeune and \
            (re.search(r"\b(ma|mes|nos|notre|sa|ses|leur|leurs|une|la|de|en) (petite |petites )?retraites?\b|"
                       r"\bretraites? ((msa|agricole|carsat|de base|complementaire) )?(de|d|a|font|fait|est|c est)\b|"
                       r"\bretraite \d", propre) or est_nombre(age) and age >= 64) and \
            (not re.search(r"\breversion\b|\b(mari|epoux|femme|epouse|conjointe?|compagnon|compagne) (decedee?|morte?|"
                           r"defunte?)\b|\bjamais travaille", propre) or
             re.search(r"\bma (propre |petite )?retraite\b", propre) and not re.search(r"\bjamais travaille", propre)):
        return {"activite": "retraite"}
    recues = facts.get("prestations_percues") or []
    if "aspa" in recues and not jeune:
        return {"activite": "retraite"}  # the old-age minimum: from 65, or the pension age when unfit (CSS art. L815-1)
    chomage = facts.get("chomage")
    recoit = isinstance(chomage, (int, float)) and chomage > 0 or "chomage" in recues
    if recoit and re.search(r"\b(chomage|are|allocations? chomage|indemnites? (chomage|de france travail|pole emploi))\b",
                            propre):
        return {"activite": "demandeur_emploi"}
    if "ass" in recues:
        return {"activite": "demandeur_emploi"}  # the ASS (allocation de solidarité spécifique) is a jobseeker's
    paie = facts.get("revenus_activite")
    if isinstance(paie, (int, float)) and paie > 0 and re.search(
            r"(?<!pas )(?<!plus )(?<!aucun )\b(\d+ (euros? )?(net )?de salaire|(mon|ma|de) salaire|salaire (net )?(de )?\d+)\b",
            propre):
        return {"activite": "salarie"}  # one's own pay named as a wage: « je touche 1100 € de salaire »
    return {}


# Rent arrears counted in months: « 3 mois de loyer en retard », « je dois 2 mois de loyer ».
_MOIS_IMPAYES = re.compile(r"\b(\d{1,2}|un) mois (de loyers? )?(de retard|en retard|impayes?|non payes?|pas payes?|pas regles?|"
                           r"de loyers? impayes?|de dettes?|d impayes?|d arrieres?)\b|\b(dois|doit|devons|doivent) (\d{1,2}|un) (mois (de loyers?|d arrieres?)|"
                           # (« loyer 500, je dois 2 mois »: months of the rent named)
                           r"loyers|mois(?= *(?:$|[,.;!?])))\b")
_LOYER_DU_MOIS = re.compile(r"\b(?:loyers? (?:de |est de |c est |a |mensuel de )?|a |de )(\d+(?:\.\d+)?)(?: ?euros?)?"
                            r"(?! ?(?:euros? )?(?:au total|en tout|de dettes?|de retard))\b|"
                            r"\b(\d+(?:\.\d+)?) ?(?:euros? )?(?:par mois|/ ?mois|mensuels?)\b")
_TOTAL_DIT = re.compile(r"\b(soit|donc|ca fait|au total|en tout|total|en gros)\b")


_LOYER_HORS_CHARGES = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:euros? )?(?:hors charges?|hc|sans (?:les )?charges?)\b")
_LOYER_AVEC_CHARGES = re.compile(r"\b\d+(?:\.\d+)? ?(?:euros? )?(?:avec (?:les )?charges?|charges? (?:comprises?|incluses?)|cc)\b")


def _loyer_hors_charges(lu: str, facts: dict[str, Any]) -> None:
    """« 380 hors charges, 430 avec les charges »: the rent is the one without its charges (the housing aid takes the
    charges as a flat sum), not the last amount said."""
    hc, cc = _LOYER_HORS_CHARGES.search(lu), _LOYER_AVEC_CHARGES.search(lu)
    if hc and cc and isinstance(facts.get("loyer"), (int, float)) and facts["loyer"] != float(hc.group(1)):
        facts["loyer"] = float(hc.group(1))


def _dette_en_mois_de_loyer(lu: str, facts: dict[str, Any], known: dict[str, Any], requested: Optional[str]) -> None:
    """« 3 mois de loyer en retard » with a rent of 600 (said in the message or known) is 1,800 € owed;
    « 3 mois de retard de loyer à 550 € » says the monthly rent (550), not the debt; « 2 mois » answers
    the arrears question the same way. A total said as such (« soit 1800 € ») is kept as read."""
    if _dette_corrigee(lu, facts, known, requested):
        return
    m = _MOIS_IMPAYES.search(lu)
    if not m and requested == "dette_loyer":
        m = re.search(r"^(?:(?:oui|ben|euh|bah)[ ,]*)?(?:j ai |on a |environ |a peu pres |presque )?(\d{1,2}|un) mois\b", lu)
    dette_connue = known.get("dette_loyer")
    if not m and requested == "correction" and est_nombre(dette_connue) and dette_connue > 0:
        # the arrears corrected at the recap by their months (« non c'est 3 mois maintenant, 1 350, décembre n'est pas payé »)
        m = re.search(r"\b(?:c est |ca fait |on est a |j en suis a |maintenant )(\d{1,2}|un) mois\b", lu)
    if not m:
        return
    n = m.group(1) or (m.group(5) if m.re is _MOIS_IMPAYES else None)
    mois = 1 if n == "un" else int(n)
    if not 1 <= mois <= 24:
        return
    sans_les_mois = lu[:m.start()] + " " * (m.end() - m.start()) + lu[m.end():]
    # (a rent's amount, not a child's age: « 1 fils de 16 ans … loyer 650 »)
    apres = next((r for r in _LOYER_DU_MOIS.finditer(sans_les_mois)
                  if 50 <= float(r.group(1) or r.group(2)) <= 3000 and not re.match(r" ?(ans?|mois)\b", sans_les_mois[r.end():])),
                 None)
    loyer = float(apres.group(1) or apres.group(2)) if apres else None
    if _TOTAL_DIT.search(lu):
        # the total said as such is kept; the rent it is made of, said too (« 3 mois de loyer en retard à 550, ça fait 1650 »),
        # is the rent
        if loyer is not None and "loyer" not in facts and est_nombre(facts.get("dette_loyer")) and \
                abs(mois * loyer - float(facts["dette_loyer"])) < 1:
            facts["loyer"] = loyer
        return
    if loyer is None and "dette_loyer" not in facts and est_nombre(facts.get("loyer")):
        # the rent read in this very message (« 690 et j'ai 3 mois de retard » to the rent question, « 350 chacun … 2
        # mois de loyer pas payés »): the months are of that rent
        loyer = float(facts["loyer"])
    if loyer is None and not any(isinstance(facts.get(f), (int, float)) for f in ("loyer", "dette_loyer")):
        connu = known.get("loyer")
        loyer = float(connu) if est_nombre(connu) and connu > 0 else None
    if loyer is None or not 50 <= loyer <= 3000:
        return
    lu_ici = isinstance(facts.get("loyer"), (int, float)) and facts.get("loyer")
    if apres and not lu_ici:
        facts["loyer"] = loyer  # « à 550 € »: the monthly rent, said here
    facts["dette_loyer"] = mois * float(facts["loyer"] if lu_ici else loyer)


def _dette_corrigee(lu: str, facts: dict[str, Any], known: dict[str, Any], requested: Optional[str]) -> bool:
    """The arrears corrected at the recap, their months said with the old count denied or a total beside them (« c'est 3
    mois de retard pas 2, ça fait 2160 », « c'est plus 2 mois c'est 3 maintenant, 1800 »): the total said, else the months
    not denied times the rent. True when the debt was set."""
    dette_connue, loyer = known.get("dette_loyer"), known.get("loyer")
    if requested not in ("correction", None) or not est_nombre(dette_connue) or dette_connue <= 0 or \
            not re.search(r"\b(mois|retard|impayes?|dettes?|arrieres?)\b", lu):
        return False
    # (a debt word, or the months denied being those of the debt known: « c'est plus 2 mois » of 2 × 500 owed)
    nie = re.search(r"\b(?:pas|plus) (\d{1,2})\b", lu)
    if not re.search(r"\b(retard|impayes?|dettes?|arrieres?|loyers?)\b", lu) and not (
            nie and est_nombre(loyer) and abs(int(nie.group(1)) * float(loyer) - float(dette_connue)) < 1):
        return False
    # (not the rent, a count of months, an age or a percentage)
    montants = [float(m.group(1)) for m in re.finditer(r"\b(\d{3,5}(?:\.\d+)?)\b(?! ?(?:mois|ans?|jours?|%))", lu)
                if float(m.group(1)) != loyer and float(m.group(1)) != float(dette_connue)]
    if montants and (_MOIS_IMPAYES.search(lu) or nie):
        facts["dette_loyer"] = montants[-1]
        return True
    mois = [int(m.group(1)) for m in re.finditer(r"(?<!\bpas )(?<!\bplus )\b(\d{1,2}) (?:mois|maintenant)\b", lu)]
    if mois and nie and est_nombre(loyer) and 50 <= loyer <= 3000 and \
            1 <= mois[-1] <= 24 and not montants:
        facts["dette_loyer"] = mois[-1] * float(loyer)
        return True
    return False


# « nous sommes tous les deux salariés, 1400 € et 1350 € », « on gagne 1400 et 1350 »: the couple's two pays.
_DEUX_PAIES = re.compile(r"\b(\d{3,4}(?:\.\d+)?) ?(?:euros? )?(?:net |nets )?(?:et|\+) (\d{3,4}(?:\.\d+)?) ?(?:euros?)?\b")
_DU_COUPLE = re.compile(r"\b(tous les 2|toutes les 2|tous 2|toutes 2|on gagne|nous gagnons|on touche|a 2|chacun|"
                        r"nos (salaires|paies|payes)|nous (sommes|travaillons)|on (est|travaille|bosse))\b")


# « c'est 960 pas 940 », « 960 et non 940 », « pas 940 mais 960 », « 960 au lieu de 940 »
_REMPLACEE = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:euros? ?)?(?:[a-z ]{0,40}?)?,? (?:et )?(?:pas|non pas|non|au lieu de|plutot que) "
                        r"(\d+(?:\.\d+)?)\b|"
                        r"\b(?:pas|non pas) (\d+(?:\.\d+)?) ?(?:euros? ?)?,? (?:mais|c est|plutot) (\d+(?:\.\d+)?)\b|"
                        # « c'est plus 850 en moyenne que 800 »: rather the first than the second
                        r"\b(?:plus|plutot) (\d+(?:\.\d+)?) ?(?:euros? ?)?(?:[a-z ]{0,30}?) que (\d+(?:\.\d+)?)\b")


def _remplacement(m: re.Match) -> tuple[float, float]:
    """(new value, old value) of a correction ``_REMPLACEE`` read."""
    if m.group(1):
        return float(m.group(1)), float(m.group(2))
    if m.group(3):
        return float(m.group(4)), float(m.group(3))
    return float(m.group(5)), float(m.group(6))
_REMPLACABLES = ("loyer", "dette_loyer", "revenus_activite", "chomage", "retraite", "pension_alimentaire_recue",
                 "autres_ressources", "epargne", "ressources")


def _sans_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = re.sub(r"[^a-z0-9.]+", " ", "".join(c for c in text if not unicodedata.combining(c)).lower())
    # thousands written apart are one number (« c'est 2 950 avec les frais, pas 2 400 »: 950 had replaced 2)
    return re.sub(r"\b(\d{1,3}) (\d{3})\b(?! \d{3}\b)", r"\1\2", text)


_PAR_AN = re.compile(r"\b(par an|sur (toute )?l annee|sur un an|l an dernier|l annee derniere|annuels?|a l annee|par annee)\b")
_PAR_SEMAINE = re.compile(r"\b(par semaine|la semaine|hebdomadaires?|chaque semaine)\b")


def _valeur_remplacee(lu: str, facts: dict[str, Any], known: dict[str, Any]) -> None:
    """A value corrected by naming the one it replaces (« jme suis trompé c 960 pas 940 »), without a cue word:
    the field that held the old value, when exactly one did and nothing else was read for it."""
    m = _REMPLACEE.search(lu)
    if m is None:
        return
    nouveau, ancien = _remplacement(m)
    champs = [c for c in _REMPLACABLES if est_nombre(known.get(c))
              and float(known[c]) == ancien and nouveau != ancien]
    if not champs and nouveau != ancien:
        # both said by the year (or the week) and the field holding the month's (« non en fait l'an dernier c'était 13 200
        # sur l'année, pas 11 000 », 917 € a month known): the month's amounts
        par = 12 if _PAR_AN.search(lu) else 12 / 52 if _PAR_SEMAINE.search(lu) else None
        if par is not None:
            champs = [c for c in _REMPLACABLES if est_nombre(known.get(c)) and abs(float(known[c]) - ancien / par) < 1]
            if champs and not any(c in facts for c in champs):
                nouveau = round(nouveau / par, 2)
            else:
                champs = []
    total = "ressources" in champs
    champs = [c for c in champs if c != "ressources"] or champs  # the household's total held the part alone
    # « ma pension c'est 640 depuis la revalorisation, pas 610 »: the 640 read under a field that held nothing
    # (« pension »: a retirement pension) is the corrected one's
    mal_lus = [c for c in _REMPLACABLES if facts.get(c) == nouveau and known.get(c) is None and c != "ressources"]
    if len(champs) == 1 and champs[0] not in facts and len(mal_lus) <= 1 and \
            not any(facts.get(c) == nouveau for c in _REMPLACABLES if c not in mal_lus):
        for c in mal_lus:
            del facts[c]
        facts[champs[0]] = nouveau
        if total and champs[0] != "ressources":
            facts["ressources"] = nouveau


def _part_du_conjoint_remplacee(lu: str, facts: dict[str, Any], known: dict[str, Any]) -> None:
    """The partner's part of a couple's sum corrected (« la retraite de ma femme c'est 450 pas 410 »), the field
    holding both parts (« moi 620 et ma femme 410 »: 1 030): the sum with that part replaced, not the part alone."""
    m = _REMPLACEE.search(lu)
    if m is None or not re.search(rf"\b(ma|mon|sa|son) {_CONJOINT}\b|\b(lui|elle|moi)\b", normaliser(lu)):
        return
    nouveau, ancien = _remplacement(m)
    champs = ("revenus_activite", "chomage", "retraite", "autres_ressources")
    for champ in champs:
        somme = known.get(champ)
        if facts.get(champ) == nouveau and est_nombre(somme) and \
                somme > ancien and somme != nouveau:
            facts[champ] = somme - ancien + nouveau
            return
    # the part named by its person alone (« non en fait moi c'est 650 depuis septembre, pas 600 », 600 + 1 400 known): the
    # one sum that can hold it, when nothing else was read
    # (the amount the last one of two digits or more before the replaced one: « 650 depuis septembre (2e année), pas 600 »)
    texte, remplaces = _normaliser(lu)
    if remplaces:
        nouveau, ancien = remplaces[0]
    else:
        pas = re.search(r"\b(?:pas|non pas|au lieu de|plutot que) (\d{2,}(?:\.\d+)?)\b", texte)
        avant = re.findall(r"\b(\d{2,}(?:\.\d+)?)\b", texte[:pas.start()]) if pas else []
        if not avant:
            return
        nouveau, ancien = float(avant[-1]), float(pas.group(1))
    if max(nouveau, ancien) <= _AGE_MAX_A_CHARGE and re.search(r"\b\d{1,2} ?ans?\b", texte):
        return  # an age corrected (« la grande a 13 ans pas 12, elle a eu son anniversaire »), no pay (1 400 € became 1 401)
    sommes = [c for c in champs if est_nombre(known.get(c)) and known[c] > ancien and known[c] != nouveau]
    if len(sommes) == 1 and not any(c in facts for c in champs):
        facts[sommes[0]] = known[sommes[0]] - ancien + nouveau


# « moi 700 net par mois, ma femme 150 par semaine »: each partner's pay, each by its own period
_PAIE = r"(\d{2,5}(?:\.\d+)?)(?: ?(?:€|euros?))?(?: net| nets| nette)?(?: (par|la|a la|chaque) (mois|semaine|an|annee))?"
_PAIES_DE_CHACUN = re.compile(rf"\bmoi,? (?:je (?:gagne|touche|fais) )?{_PAIE}[^.;!?]*?\b(?:ma femme|mon mari|ma compagne|mon compagnon|"
                              rf"mon conjoint|ma conjointe|ma copine|mon copain|lui|elle),? (?:il |elle )?(?:gagne |touche |fait )?"
                              rf"{_PAIE}")


def _mensuel(valeur: str, periode: Optional[str]) -> float:
    montant = float(valeur)
    return round(montant * 52 / 12) if periode == "semaine" else montant / 12 if periode in ("an", "annee") else montant


def _deux_salaires_du_couple(lu: str, facts: dict[str, Any], requested: Optional[str] = None) -> None:
    pay = facts.get("revenus_activite")
    chacun = _PAIES_DE_CHACUN.search(lu) if requested == "revenus_activite" else None
    if chacun and isinstance(pay, (int, float)):
        # the pay question asks for the two partners' pay together
        facts["revenus_activite"] = _mensuel(chacun.group(1), chacun.group(3)) + _mensuel(chacun.group(4),
                                                                                         chacun.group(6))
        return
    m = _DEUX_PAIES.search(lu)
    if not isinstance(pay, (int, float)) or not m or not _DU_COUPLE.search(lu):
        return
    a, b = float(m.group(1)), float(m.group(2))
    if pay == a and a != b:
        facts["revenus_activite"] = a + b


_AU_FOYER = re.compile(r"(?:\b(femme|homme|mere|pere|parent|je suis|je reste|suis|reste|moi|elle est|il est|elle reste|il reste|j etais|"
                       r"etais|je suis restee?) au foyer\b|"
                       # (said bare among the facts, « française, 38 ans, au foyer, mon mari gagne 2200 »)
                       r"(?:[,;] ?|\bans,? )au foyer(?= ?[,;.!]| et | avec |$))" + _PAS_UN_FOYER_NOMME)


def part_du_smic(normalised: str) -> Optional[float]:
    """How many minimum wages (Smic) a normalised answer says without an amount: « au smic » 1, « un demi-smic »,
    « smic à mi-temps » 0.5, « deux smic », « tous les deux au smic » 2; None when it says none, or more or less
    than it (« un peu plus que le smic »)."""
    if not re.search(r"\bsmic\b", normalised) or re.search(r"\d", normalised) or re.search(
            r"\b(plus|moins|au dessus|en dessous|sous|inferieur|superieur|pres)( que| du| de| au| a)? (le |du |au )?smic\b",
            normalised):
        return None
    if re.search(r"\b(demi|moitie du|mi temps au|la moitie du) smic\b|\bsmic (a )?mi temps\b", normalised):
        return 0.5
    if re.search(r"\b(deux|2) smic\b|\b(tous|toutes) (les )?deux au smic\b", normalised):
        return 2.0
    return 1.0


def sorte_dite(normalised: str, kind: str) -> bool:
    """Whether a normalised answer names the kind of money ``kind`` ("salaire", "retraite", "chômage"…)."""
    return any(k == kind and pattern.search(normalised) for k, pattern in _CUE_RE)


# Money the person says they have besides the activity's own, named without its amount: a student's or a
# retiree's small job, a grant, a room let out, the parents' help. The form asks its amount (actions.parcours).
_PAIE_EN_PLUS = re.compile(
    r"\b(petite?s? (jobs?|boulots?|taf|contrats?)|jobs? (etudiant|d ete|le week end|le soir|a cote)|"
    r"(mon|ma) (taf|job|boulot|petit boulot|paie|paye|salaire)|"
    r"(je|j) (bosse|travaille|taffe|fais des extras|fais des menages|fais du baby sitting|donne des cours)\b"
    r"( (encore|un peu|aussi|a cote|le week end|le soir|quelques heures|a mi temps|a temps partiel|en parallele))?|"
    r"(je |j )?(fais|fait) (encore )?(quelques|des|un peu d|qq) (heures|extras|menages|missions|vacations)|"
    r"(un|des|mes) extras?|baby sitting|cours particuliers|je suis (aussi )?(serveuse|serveur|caissiere|caissier|"
    r"livreur|vendeuse|vendeur|animatrice|animateur|surveillante?) (a cote|le week end|le soir|en parallele))\b")
_AUTRES_EN_PLUS = re.compile(
    r"\b((j ai|je touche|je recois|je percois|avec|et|plus|ma|une|la) (une |la |ma )?bourse|boursiere?|"
    r"(je|j|on|nous) (sous )?(loue|louons) (\w+ ){1,6}?a (un|une|des|deux|2|3) (etudiante?s?|locataires?|jeunes?|"
    r"personnes?|touristes?)|(mes|nos) parents (me|m|nous) (aident|donnent|versent|envoient|passent)|"
    # the family's help (« juste ce que sa mère nous donne »)
    r"(mes|nos|ses|leurs|sa|son|ma|mon|leur) (parents|mere|pere|famille|belle mere|beau pere|grand mere|grand pere|"
    r"grands parents|tante|oncle|frere|soeur) (me |m |nous |lui |leur )(aide|aident|donne|donnent|verse|versent|envoie|"
    r"envoient|passe|passent))\b")
# The partner's work said (« mon mari travaille », « ma femme est salariée »): the household's pay, for a person
# without pay of their own in a couple (actions.parcours asks it).
_CONJOINT_TRAVAILLE = re.compile(rf"\b(mon|ma) {_CONJOINT} (travaille|bosse|taffe|est salariee?|est en (cdi|cdd|interim)|"
                                 r"a un (travail|emploi|boulot|job|cdi|cdd)|fait de l interim)\b")
_PAS_EN_PLUS = re.compile(r"\b(cherche|chercher|trouver|trouve pas|pas de|pas d|sans|plus de|aucun|aucune|droit a|perdu|quitte|"
                          r"demander|demande de|refusee?|pas boursiere?|voudrais|aimerais|faut que)\b")


# What the partner brings in, said in the conversation (« mon mari a été licencié », « ma femme est à la
# retraite »): a couple's total above the person's own pay is then that money, not money of no kind.
_DU_CONJOINT = rf"(?:(?:mon|ma) {_CONJOINT}|(?:il|elle|lui))"
_RESSOURCE_DU_CONJOINT = (
    ("chomage", re.compile(
        rf"\b{_DU_CONJOINT} (?:\w+ ){{0,2}}(?:est|a ete|vient d etre|s est fait|s est fait) (?:\w+ ){{0,1}}(?:au chomage|"
        rf"licenciee?|viree?|inscrite? (?:a|au) (?:france travail|pole emploi)|demandeu(?:r|se) d emploi)\b|"
        rf"\b{_DU_CONJOINT} (?:\w+ ){{0,2}}(?:touche|percoit|a|recoit) (?:le|du|l|son|une allocation) ?(?:chomage|are)\b|"
        rf"\b(?:le|du) chomage (?:de|du) (?:mon|ma) {_CONJOINT}\b|"
        # (no verb, in a list: « moi je suis en intérim et ma copine au chômage »)
        rf"\b{_DU_CONJOINT} au chomage\b")),
    ("retraite", re.compile(
        rf"\b{_DU_CONJOINT} (?:\w+ ){{0,2}}(?:est|sont|part) (?:a la |en |)retraite\b|"
        rf"\bla retraite (?:de|du) (?:mon|ma) {_CONJOINT}\b|\b(?:mon|ma) {_CONJOINT} (?:\w+ ){{0,1}}retraitee?\b")),
    ("revenus_activite", re.compile(
        rf"\b{_DU_CONJOINT} (?:\w+ ){{0,1}}(?:travaille|bosse|est salariee?|est en (?:cdi|cdd|interim)|"
        r"a un (?:travail|emploi|boulot|cdi|cdd))\b|"
        # (the partner's pay named: « 2200 par mois, le salaire de ma compagne »)
        rf"\b(?:le|du|son|sa) (?:salaire|paie|paye) (?:de|du|d) (?:mon|ma) {_CONJOINT}\b")),
)


# An amount said as the partner's, added to the pay already known (« le smic plus les 600 de ma femme », « et mon mari
# touche 600 »): the partner's part, not the household's total.
_PART_DU_CONJOINT = re.compile(rf"\b\d+(?: euros?)? (?:de|d) (?:ma|mon|sa|son) {_CONJOINT}\b|"
                               rf"\b(?:ma|mon) {_CONJOINT} (?:\w+ ){{0,2}}?\d+\b|"
                               r"\b(?:plus|en plus|avec|et) (?:les |ses |son |sa )?\d+\b")
# The person's own pay named beside it (« le smic », « mon salaire »): no kind of the partner's part.
_PAIE_DE_SOI = re.compile(r"\b(?:le smic|au smic|mon salaire|ma paie|ma paye|mes revenus|mon revenu)\b")


def taille_du_foyer(normalised: str) -> Optional[int]:
    """The household's number of people a normalised message says (« on est 5 à la maison », « nous sommes 4 »)."""
    m = re.search(r"\b(on est|nous sommes|on vit a|nous vivons a|foyer de) (\d{1,2})\b(?! ?(ans?|mois|euros?)\b)", normalised)
    if m and re.match(r" (adultes?|grands?)\b", normalised[m.end():]):
        # the grown-ups counted apart (« on est 2 adultes et 2 enfants »): with the children said after them
        enfants = re.match(r" (?:adultes?|grands?),? (?:et|avec|\+) (\d{1,2}) (?:enfants?|petits?|gosses|gamins|ados)\b",
                           normalised[m.end():])
        return int(m.group(2)) + int(enfants.group(1)) if enfants else None
    return int(m.group(2)) if m and 1 <= int(m.group(2)) <= 15 else None


def part_du_conjoint(normalised: str) -> Optional[bool]:
    """Whether a normalised answer to the household's total gives the partner's part on top of the pay known: True,
    with the kind of that part said (« et ma femme gagne 600 »: pay), False with no kind (« les 600 de ma femme »),
    None when it gives no partner's part."""
    if not _PART_DU_CONJOINT.search(normalised):
        return None
    return sorte_dite(_PAIE_DE_SOI.sub(" ", normalised), "revenus_activite")


_MONTANT_DU_CONJOINT = re.compile(rf"\b(\d+)(?: euros?)? (?:de|d) (?:ma|mon|sa|son) {_CONJOINT}\b|"
                                  rf"\b(?:ma|mon) {_CONJOINT},? (?:c est |ca fait |fait |a |)(\d+)\b")


def montant_du_conjoint(normalised: str) -> Optional[float]:
    """The amount a normalised answer gives as the partner's, its kind unsaid (« 1650 de mon mari + mon chômage »,
    « mon mari 1650 »), or None."""
    m = _MONTANT_DU_CONJOINT.search(normalised)
    return float(m.group(1) or m.group(2)) if m else None


def ressource_du_conjoint(normalised: str) -> Optional[str]:
    """The kind of money a normalised message says the partner brings in (``chomage``, ``retraite``), or None."""
    return next((kind for kind, pattern in _RESSOURCE_DU_CONJOINT if pattern.search(normalised)), None)


def ressources_en_plus(normalised: str, proche: bool = False) -> set[str]:
    """The money besides the activity's own that a normalised message says the person has, its amount not
    said: ``revenus_activite`` (« j'ai un petit job »), ``autres_ressources`` (« et une bourse »). A job sought
    or a grant asked for (« je cherche un petit job », « ai-je droit à une bourse ? ») is none."""
    found: set[str] = set()
    if proche:
        return found  # the first person is the writer, not the relative (« moi j'ai 59 ans et je travaille »)
    for kind, pattern in (("revenus_activite", _PAIE_EN_PLUS), ("revenus_activite", _CONJOINT_TRAVAILLE),
                          ("autres_ressources", _AUTRES_EN_PLUS)):
        for m in pattern.finditer(normalised):
            avant = normalised[max(0, m.start() - 25):m.start()]
            if not _PAS_EN_PLUS.search(avant + " " + m.group(0)):
                found.add(kind)
                break
    return found


# "rien à part le chômage", "rien de fixe, des petits boulots": something comes in after all.
_RIEN_SAUF = re.compile(r"\b(sauf|a part|hormis|juste|seulement|uniquement|de fixe|de regulier|de stable|"
                        r"boulots?|jobs?|missions?|extras?|que (le|la|les|l|des|mon|ma|mes|du))\b")


# Only a stock that is being used up, nothing that comes in: « il me reste un peu de mon pécule, c'est tout »
_RESTE_SEULEMENT = re.compile(r"\b(il me reste|il nous reste|reste de (mon|ma|mes|notre|nos)|pecule|je vis sur (mes|mon|nos) "
                              r"(economies|epargne|livret))\b")


# A total said with the benefits in it: « avec les allocations on a 2 000 € », « 2000 allocs comprises »
AVEC_LES_AIDES = re.compile(r"\b(avec|y compris|en comptant|compris|comprises|inclus|incluses|plus) (les |mes |nos |l |la )?"
                            r"(allocs?|allocations?|aides?|apl|caf|prestations?|af)\b|\b(allocs?|allocations?|aides?|apl) "
                            r"(comprises?|incluses?)\b")


def rien_ne_rentre(text: str, facts: dict[str, Any]) -> bool:
    """The answer to the resources question (``facts``, what ``extract`` read in it) says nothing at
    all comes in: a word for nothing, every amount read is 0, no benefit named, no exception ("rien
    à part…"). The extraction reads « rien » as no earned income; the dialogue
    (``actions.situation.noter``) knows the question was the household's total and takes it as
    nothing of each resource."""
    lu = normaliser(text).strip()
    rien = bool(re.search(_ZERO, lu) or re.fullmatch(r"(non|aucune?s?)( merci)?", lu) or _RESTE_SEULEMENT.search(lu)
                and not _nombres(lu))
    return rien and not _RIEN_SAUF.search(lu) and not facts.get("prestations_percues") and \
        all(facts.get(r) in (None, 0.0) for r in RESSOURCES)


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
            if name in ENTIERS:
                value = int(value)
            elif name == "enfants":
                value = [int(v) for v in value]
            else:
                value = float(value)
        out.facts[name] = value
    if "enfants" in out.facts and "nb_enfants" not in out.facts and "nb_enfants" not in out.refus:
        out.facts["nb_enfants"] = len(out.facts["enfants"])
    if out.facts.get("nb_enfants") == 0 and "enfants" not in out.facts:
        out.facts["enfants"] = []  # no child: the contract's empty list
    return out


_EFFACER = re.compile(
    r"\b(effac\w*|supprim\w*|detrui\w*|oubliez|oublie (tout|ce que|mes|toute)|droit a l oubli|"
    r"ne (gardez|garde|conservez) pas|(gardez|garde|conservez) pas)\b")


def effacement_explicite(text: str) -> bool:
    """A request to erase the conversation in words that can mean nothing else ("effacez mes données",
    "oubliez tout"); "j'ai oublié de dire…" is not one."""
    return bool(_EFFACER.search(normaliser(text)))


_RECOMMENCER = re.compile(
    r"\b(recommenc\w*|tout reprendre|reprendre (tout|depuis|du debut|a (zero|0))|(tout|on) reprend\w* (tout|depuis|du debut|a "
    r"(zero|0))|repart\w* (de|a) (zero|0)|depuis le debut|remettre a (zero|0)|reinitialis\w*|nouvelle "
    r"(demande|simulation|recherche|conversation)|(autre|une autre) (personne|situation)|reset|restart|"
    r"refai\w* (la simulation|tout|le questionnaire)|retour au debut|remet\w* tout a (zero|0)|annul\w* tout|"
    r"tout annuler|repart\w* (du|au) debut|oubliez)\b")


def recommencement_explicite(text: str) -> bool:
    """A request to start again in words that can mean nothing else ("on recommence", "reprendre depuis
    le début"); "zéro" answering an amount, or "je reprends le travail", is not one."""
    return bool(_RECOMMENCER.search(normaliser(text)))


def besoin_de_l_intent(intent: Optional[str]) -> Optional[str]:
    """``besoin_impayes_loyer`` -> ``impayes_loyer``."""
    if intent and intent.startswith("besoin_"):
        return intent[len("besoin_"):]
    return None
