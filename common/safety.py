"""The deterministic safety net: what urgent danger a French message describes, and whom to call.

Plain Python, no Rasa import: the Rasa graph component ``bot.rasa_ext.safety_net.SafetyNet``
(bot environment), the actions (action environment) and the fast unit tests all use it.

    >>> analyse("jveu mourir").types
    ('suicide',)
    >>> analyse("j'ai 11 ans et mon père me frappe").lignes
    ('119',)
    >>> detect("je meurs de faim de réussir cet examen")
    []

Types (the intent is ``urgence_<type>``), most urgent first: ``medicale`` (15 / 112),
``suicide`` (3114), ``enfant`` (119), ``violences`` (3919, 17, 114), ``sans_abri`` (115),
``faim`` (food aid today: the CCAS).

How it reads a message — by meaning, not by sentences:

1. The text is folded (lower case, no accents, no punctuation) and common SMS spellings are
   expanded ("jve" -> "je veux", "ma frappé" -> "m a frappe", "12an" -> "12 ans").
2. Small lexicons name the roles and the things that make a danger: partners, parents and
   relatives, children, acts of harm, means of suicide, preparations, farewells, time markers,
   places where one sleeps outside, products a child may swallow, signs of a stroke…
3. Rules combine them (who does what to whom: a parent -> harm -> me is a child in danger, a
   partner -> harm -> me is domestic violence; a means + a preparation is suicidal intent; a
   fever + a baby + no reaction is a medical emergency). Each rule that fires is a *signal*
   ("enfant:motif:parent->coups->moi"), recorded for the bench report; never the text.
4. Frames cancel the weak signals (topic words alone): a question about a line ("c'est quoi le
   115 ?"), a professional asking about a procedure, a school paper or a film, a fear for later
   ("peur d'être à la rue si…"), a danger long past told to ask for something else. Figures
   of speech cancel the rule they imitate ("ce dossier va me tuer", "je suis à la rue niveau
   budget"). A joke followed by a practical question, a professional or a volunteer asking in
   general (no particular person, no moment), a story about a film or a novel cancel every
   signal but a first-person statement of the danger ("je veux me suicider", "il me frappe").
5. The person: a child or a teenager writing ("j'ai 13 ans", "je suis en 4e", "je suis mineure")
   turns a violence, a night outside or hunger into a child in danger (119 first); a child
   as the victim is 119 first, the 17 first when the danger is there right now (the child
   hiding while the adult shouts, young children alone for days with no one answering).
6. Time: the 17 comes before the 3919 when the danger is present as the person writes (the
   aggressor at the door or in the flat, "en ce moment"), or when a grave act (a weapon,
   strangling, a threat to kill) is told with nothing placing it in the past; the same act told
   as past ("hier", "samedi", "la dernière fois", marks still visible), habitual ("chaque fois
   qu'il boit") or conditional ("si je le quitte") gets the 3919 first, the 17 named for the
   danger now (arretonslesviolences.gouv.fr: "en cas de danger immédiat, appelez le 17").

7. A learned reader (``common.lecteur_urgences``: a linear model over character and word
   n-grams, trained on the NLU data and the development sets written apart) adds its reading as
   one more signal (``lecteur:<type>``), weighed like a topic word: the frames of point 4 cancel
   it as they cancel DIET's. It catches the phrasings no rule names ("j'en peux plus de cette
   vie, je vois plus le bout du tunnel") with fewer false alarms than DIET's emergency intents,
   which the Rasa pipeline no longer counts (2026-12-03; ``bench/safety.py``). When it is sure
   there is no danger, in words it knows, it drops the rules' reading (``Lecteur.ecarte``:
   professionals asking about training, dangers long past, « étrangler mon imprimante »).

It prefers a false alarm, answered gently, to a miss. ``analyse(text)`` returns a ``Detection``
(types, lines to give in order, signals, whether the writer is a minor, whether it is immediate);
``detect(text)`` the types only.
"""
from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Optional, Union

from common.lecteur_urgences import SIGNAL_PREFIX as SIGNAL_LECTEUR, Lecteur, lecteur as _lecteur
from common.text import fold

TYPES = ("medicale", "suicide", "enfant", "violences", "sans_abri", "faim")
INTENT_PREFIX = "urgence_"
INTENTS = tuple(INTENT_PREFIX + t for t in TYPES)
# The line for food aid is the commune's CCAS, not a number.
LIGNE_CCAS = "ccas"
# Set by the REST channel in a message's metadata when the rules read an emergency in it: the first
# message of a conversation then gets the emergency answer first, the welcome text after it.
METADATA_URGENCE = "urgence_lue"
NUMEROS = ("15", "112", "114", "115", "119", "17", "3114", "3919", "3977")

# -- normalisation ---------------------------------------------------------------------------

# Whole-token SMS and phonetic spellings, expanded before matching.
_SMS = {
    "jve": "je veux", "jveu": "je veux", "jveux": "je veux", "jvx": "je veux", "jvoudrais": "je voudrais",
    "veu": "veux", "vx": "veux", "ve": "veux", "vo": "veux",
    "chui": "je suis", "chuis": "je suis", "jsuis": "je suis", "jsui": "je suis", "chu": "je suis",
    "shui": "je suis", "jsp": "je sais pas", "jsais": "je sais", "jpense": "je pense", "jpensе": "je pense",
    "g": "j ai", "jai": "j ai", "jpeux": "je peux", "jpeu": "je peux", "jpx": "je peux", "jpe": "je peux",
    "pe": "peux",
    "jpp": "j en peux plus", "jenpeuxplus": "j en peux plus", "jen": "j en", "jvais": "je vais", "jvai": "je vais",
    "jme": "je me", "jm": "je me", "jmen": "je m en", "jle": "je le", "jdors": "je dors", "jdor": "je dors",
    "jdort": "je dors", "jsors": "je sors", "jtiens": "je tiens",
    "dor": "dors", "depui": "depuis", "reveil": "reveille", "dort": "dort", "dehor": "dehors", "laise": "laisse", "lesse": "laisse", "dormire": "dormir", "balkon": "balcon", "mourire": "mourir", "mourrir": "mourir", "mouri": "mourir",
    "ki": "qui", "ke": "que", "k": "que", "koi": "quoi", "pa": "pas", "pk": "pourquoi", "pq": "pourquoi",
    "ya": "il y a", "tjr": "toujours", "tjrs": "toujours", "bcp": "beaucoup", "fain": "faim", "tt": "tout", "ts": "tous",
    "tte": "toute", "ttes": "toutes", "pr": "pour", "qd": "quand", "qnd": "quand", "mm": "meme",
    "psk": "parce que", "pcq": "parce que", "pck": "parce que", "dc": "donc", "bb": "bebe", "slt": "salut",
    "mn": "mon", "plu": "plus", "envi": "envie", "vivr": "vivre", "fr": "faire",
    "auj": "aujourd hui", "ajd": "aujourd hui", "aujd": "aujourd hui", "aujourdhui": "aujourd hui",
    "2main": "demain", "dla": "de la", "ds": "dans", "ptit": "petit", "ptite": "petite",
    "frap": "frappe", "frape": "frappe", "fraper": "frapper", "frapé": "frappe", "frappé": "frappe",
    "mang": "mange", "pri": "pris", "cachet": "cachets", "nul": "nul", "aprem": "apres midi",
    "daron": "pere", "daronne": "mere", "reuf": "frere", "reum": "mere", "reup": "pere",
    "meuf": "copine", "keum": "mec", "soeur": "soeur", "frangin": "frere", "frangine": "soeur",
    "tue": "tue", "suicid": "suicide", "lair": "l air", "lai": "l ai", "jvoi": "je vois", "jvois": "je vois",
    "lintere": "l interet", "linteret": "l interet", "interet": "interet", "continue": "continuer", "jsens": "je sens",
    "jarrive": "j arrive", "jarrivais": "j arrivais", "narrive": "n arrive", "jattends": "j attends",
    "jhabite": "j habite", "javais": "j avais", "cest": "c est", "sest": "s est", "quil": "qu il", "quils": "qu ils",
    "daccoucher": "d accoucher", "daccouche": "d accouche",
    "ct": "c etait", "fai": "fait", "croi": "crois", "jvien": "je viens", "jviens": "je viens", "jcrois": "je crois", "jpense": "je pense",
}
_RE_AGE = re.compile(r"\b(\d{1,2}) ?ans?\b")
_RE_AGE_COLLE = re.compile(r"\b(\d{1,2}) ?(?:ans?|an)\b")
# A child's spelling of « j'ai 12 ans » (« jé 12 an »): « je » before an age is « j'ai ».
_RE_JE_AGE = re.compile(r"\bje (\d{1,2}) ans\b")
# « peu » for « peux » after its subject only: « je peu plus » is « je peux plus », « un peu » stays « un peu ».
_RE_PEU = re.compile(r"\b(je|tu|ne|n) peu\b")
_RE_PEU_IL = re.compile(r"\b(il|elle|on) peu\b")
# « pu » for « plus » (« jai pu dargent »), not the past participle of « pouvoir » after its auxiliary before a verb
# (« je n'ai pas pu faire de courses » read « pas plus faire », no hunger)
_AUXILIAIRES_DE_PU = frozenset({"pas", "ai", "jai", "g", "a", "as", "avons", "avez", "ont", "aurait", "aurais", "aurai", "avait", "avais",
                                "jamais"})
_RE_VERBE_APRES_PU = re.compile(r"(?:\w+(?:er|ir|re|oir)|me|te|se|le|la|les|l|lui|leur|y|en|m|t|s)")


def _pu(tokens: list[str]) -> list[str]:
    return ["pu" if t == "pu" and i and tokens[i - 1] in _AUXILIAIRES_DE_PU and i + 1 < len(tokens) and
            _RE_VERBE_APRES_PU.fullmatch(tokens[i + 1]) else "plus" if t == "pu" else t for i, t in enumerate(tokens)]


# "il ma frappé": "ma" before a past participle is "m'a".
_RE_MA = re.compile(r"\b([mt])a (?=(?:encore |deja |souvent |meme |)(?:(?:frapp|tabas|gifl|etrangl|agress|enferm|insult|"
                    r"menac|bless|secou|harcel|drogu|defonc|defigur|cogn|brutalis|sequestr|viol)\w*|tape|tapee|tapes|battu|"
                    r"battue|touche|touchee|pousse|poussee|mis|mise|jete|jetee|vire|viree|chasse|chassee|dit|tue|tuee|"
                    r"brule|brulee|casse|cassee|etouffe|etouffee|serre|serree|tire|tiree|attrape|attrapee|mordu|mordue|"
                    r"crache|pris|vole|volee|abandonne|abandonnee|laissee|fait|fout|foutu|foutue|forcee|obligee|suivi|"
                    r"suivie|quittee|larguee|trompee|menti|empeche|empechee|interdit|fais)\b)")
_RE_NULLE = re.compile(r"\bnul(?:le)? (?:part|pars|par)\b")
_RE_NOMBRES = re.compile(r"\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                         r"quinze|seize|dix sept)\b")
_MOTS_NOMBRES = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                 "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
                 "seize": 16, "dix sept": 17}


def normalise(text: str) -> str:
    """Folded text (``common.text.fold``: "j'ai" -> "j ai") with SMS spellings expanded."""
    folded = fold(text)
    folded = _RE_AGE_COLLE.sub(lambda m: f"{m.group(1)} ans", folded)
    out = " ".join(_SMS.get(token, token) for token in _pu(folded.split()))
    out = _RE_MA.sub(lambda m: f"{m.group(1)} a ", out)
    out = _RE_NULLE.sub("nulle part", out)
    out = _RE_JE_AGE.sub(r"j ai \1 ans", out)
    out = _RE_PEU_IL.sub(r"\1 peut", _RE_PEU.sub(r"\1 peux", out))
    return out


# -- lexicons ---------------------------------------------------------------------------------

def _alt(*words: str) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


VIOL = r"(?:viol|viole|violee|violes|violees|violer|violait|violaient|viols|(?:(?<=ils )|(?<=elles )|(?<=qui ))violent(?= (?:ma|mon|mes|sa|son|ses|les|la|le|moi)))\b"
_POSS = r"(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|le|la|les|l|cette|ce|un|une)"
PARTENAIRE = _alt("mari", "femme", "conjoint", "conjointe", "copain", "copine", "compagnon", "compagne", "mec",
                  "ex", "ex mari", "ex femme", "ex compagnon", "ex copain", "ex conjoint", "ancien compagnon",
                  "ancien conjoint", "concubin", "concubine", "partenaire", "petit ami", "petite amie", "epoux",
                  "epouse", "homme", "jules", "fiance", "fiancee", "pere de mes enfants", "pere de ma fille",
                  "pere de mon fils", "mere de mes enfants", "amoureux", "gars")
PARENT = _alt("pere", "mere", "papa", "maman", "beau pere", "belle mere", "parents", "beaux parents", "oncle",
              "tonton", "tante", "tata", "grand pere", "grand mere", "papi", "papy", "mamie", "grands parents",
              "grand frere", "frere", "demi frere", "cousin", "parrain", "nounou", "nourrice", "baby sitter",
              "compagnon de ma mere", "copain de ma mere", "mec de ma mere", "mari de ma mere",
              "copine de mon pere", "femme de mon pere", "compagne de mon pere", "beau frere", "famille",
              "belle famille", "tuteur", "tutrice", "famille d accueil")
ENFANT = _alt("enfant", "enfants", "fils", "fille", "filles", "bebe", "bebes", "nourrisson", "gamin", "gamine",
              "gamins", "gamines", "gosse", "gosses", "petit", "petite", "petits", "petites", "mome", "momes", "ado",
              "ados", "adolescent", "adolescente", "neveu", "niece", "neveux", "eleve", "eleves", "petit frere",
              "petite soeur", "petits freres", "petites soeurs", "petit fils", "petite fille", "mineur", "mineure",
              # (a sister- or brother-in-law is a grown-up: « ma belle-sœur vient d'accoucher, elle est seule »)
              "mineurs", "fillette", "garcon", "petit garcon", "petite fille", "(?<!belle )soeur", "(?<!beau )frere", "loulou",
              "marmaille", "marmailles", "marmay", "timoun", "ti moun")


def _marques_sur_son(parties: str) -> str:
    """Marks all over a child's or pupil's body, seen by someone else (« j'ai vu des marques sur tout son dos »): the
    child's (« son, sa, ses »), not the writer's own; `parties` lists the body parts, an alternation."""
    return (rf"\b(?:{ENFANT}|collegien\w*|lyceen\w*)\b.*\b(?:des )?(?:marques|traces|bleus) (?:partout )?sur "
            rf"(?:tout |toute )?(?:son|sa|ses) (?:{parties})\b")


# Acts of harm done to someone (any tense, common misspellings).
COUPS = (r"(?:frap+\w*|bat\b|bats\b|batt(?!erie)\w*|battu\w*|tap(?:e|es|ent|ait|aient|er|ee|ees|pe|pee)\b|cogn\w*|tabas+\w*|"
         r"gifl\w*|brutalis\w*|maltrait\w*|roue de coups|rouee de coups|defonc\w*|massacr\w*|tord\w* le bras|"
         r"tire les cheveux|tir\w* par les cheveux|train\w* par les cheveux|mord\w*|pousse\w* (?:contre|dans|par|de la|du haut|hors de)|"
         r"griff\w*|bouscul\w*|plaqu\w* (?:contre|au|par)|jet\w* par terre|arrach\w* (?:les|des|mes) cheveux|"
         r"attrap\w* (?:par|a) (?:le|la|les) (?:cou|gorge|bras|cheveux)|crach\w* dessus|leve la main sur|"
         r"donne\w* (?:un|des) coups?|fait mal|fais mal|font mal|faisait mal|bless\w*|brul\w* avec|"
         r"serr\w* (?:le|mon|les|mes) (?:bras|poignets?) (?:si fort|tres fort|fort|jusqu)|"
         r"jet\w* (?:\w+ ){0,3}(?:au visage|a la figure|a la tete|dessus|dans la figure)|pinc\w* (?:jusqu|fort|tres fort)|"
         r"attach\w* (?:au|a la|sur|avec)|tete sous l eau|tir\w* (?:les|mes) cheveux|"
         r"traine\w* (?:par|au) (?:terre|sol|les cheveux|le bras))")
ETRANGLE = (r"(?:etrangl\w*|(?:pris|attrape|saisi|empoigne)\w* (?:\w+ ){0,2}(?:par le cou|par la gorge)|"
            r"serr\w* (?:\w+ ){0,3}jusqu a ce qu(?:e)? (?:elle|il|je|j) (?:voie|voit|vois|tombe|perde|m evanouisse|s evanouisse)|tenu\w* (?:par|a) la gorge|tenu\w* par le cou|serre\w* (?:le|mon|au) cou|serr\w* la gorge|mains? autour (?:de|du) (?:la gorge|mon cou|cou)|"
            r"pris\w* (?:a|par) la gorge|etouff\w* avec|a etouffee?|m etouff\w*|empech\w* de respirer)")
SEXUEL = (r"(?:viol|viole|violee|violes|violees|violer|violait|violent\b(?= (?:moi|ma|mon))|attouch\w*|abus\w* (?:de moi|sexuel\w*)|"
          r"agress\w* sexuel\w*|relations? sexuel\w* (?:force|sans)|rapports? (?:sexuels? )?force\w*|inceste\w*|"
          r"pedophil\w*|pedocrimin\w*)")
# A beating named as something one gets (« prendre une raclée », « recevoir une correction »).
_RACLEE = r"(?:raclee|correction|rouste|branlee|deculottee|trempe|peignee)"
# Alcohol, a drug or a sedative (given to a child).
_SUBSTANCE = (r"(?:whisky|alcool|vodka|rhum|biere|vin|pastis|drogue|shit|cannabis|cocaine|somniferes?|calmants?|xanax|lexomil|"
              r"codeine|methadone)")
# « ne se réveille pas », but not at night or easily: a baby who sleeps through is no distress.
_PAS_LA_NUIT = r"(?! (?:pas |plus |)(?:la nuit|de la nuit|pendant la nuit|facilement))"
MENACE_MORT = (r"(?:allait me tuer|allaient me tuer|va me tuer|vas me tuer|vont me tuer|veut me tuer|voulait me tuer|me tuera|me tuerait|"
               r"menace\w* de (?:me tuer|mort|me faire la peau|me bruler|me defigurer|m egorger|me buter)|"
               r"menaces? de mort|me faire la peau|va me buter|me buter|m egorger|me crever|va me defoncer|"
               r"(?:sortirai|sortirais|sortiras) pas vivante?|"
               r"me bruler vive?|menace\w* (?:avec )?(?:un|une|d un|d une) (?:couteau|arme|fusil|pistolet|hache|marteau)|"
               # a blade or a gun held against the body (« il a mis le couteau sous ma gorge »)
               r"(?:mis|met|mettait|colle|pose|pointe|braque)\w* (?:un|le|son|une|sa) (?:couteau|arme|lame|cutter|pistolet|fusil|"
               r"revolver) (?:sous|sur|contre) (?:ma|la|mon|le) (?:gorge|cou|tempe|tete|ventre|visage))")
# An older or dependent adult (the 3977's people), and the signs of their ill-treatment by those around them
_AGE_AINE = r"(?:6[5-9]|[7-9]\d|1[01]\d) ans"
VULNERABLE = (r"(?:ehpad|maison de retraite|foyer (?:d hebergement |de vie |)pour (?:adultes |personnes |)handicape\w*|"
              r"foyer de vie|tetraplegique|paraplegique|polyhandicape\w*|grabataire|alzheimer|demente?|"
              # an adult with a disability (« ma sœur est en fauteuil », « mon fils est autiste, 28 ans »)
              r"(?:est|suis|en) (?:en fauteuil|autiste|trisomique|lourdement handicapee?|handicapee? mentale?)|"
              # (« mon fils a un handicap mental, je suis sa tutrice », a worker of an ESAT)
              r"(?:un|une) (?:handicap|deficience|retard) (?:mental|mentale|psychique|intellectuel|intellectuelle)|esat|"
              r"sous (?:tutelle|curatelle)|(?:sa|son) (?:tutrice|tuteur|curatrice|curateur)|"
              rf"(?:ma|mon|sa|son|notre) (?:mere|pere|maman|papa|grand mere|grand pere|mamie|papi|papy|oncle|tante|grand oncle|"
              rf"grand tante|belle mere|beau pere)(?: \w+){{0,3}} (?:a |de )?{_AGE_AINE}|"
              rf"(?:maman|papa)(?: \w+){{0,3}} (?:a |de )?{_AGE_AINE}|"
              rf"(?:dame|monsieur|patiente?|personne|residente?|voisine?) (?:agee? )?(?:de )?{_AGE_AINE})")
MALTRAITANCE_SIGNES = (r"(?:hematomes?|ecchymoses?|couverte? de bleus|plein de bleus|des bleus (?:a chaque|chaque fois|tout le temps)|brulures? de cigarette|"
                       r"attache\w* (?:a|sur|dans) (?:son|sa|le|la|un|une) (?:fauteuil|lit|chaise)|ligote\w*|"
                       # (left in their own excrement, to be punished: « il me laisse dans mes selles toute la journée »)
       r"(?:me|m|le|la|les) laiss\w* (?:\w+ ){0,2}dans (?:mes|ses|son|sa|leur|mon|les|leurs) (?:selles|urines?|excrements|"
       r"couches? sales?|caca|pipi|vomi)|(?:me|m|le|la|les) (?:prive|privent|privait|laisse|laissent)\w* (?:\w+ ){0,4}pour (?:me|la|le|les) punir|"
       r"(?:le|la) pince\w*|(?:me|m|le|la|les) laiss\w* sans (?:(?:chauffage|argent|lunettes|appareil) (?:et |ni )?(?:sans )?)?(?:manger|nourriture|soins|chauffage)|"
                       r"sous (?:la|sa) coupe|(?:fait|fait faire) signer (?:une|des) procurations?|"
                       r"(?:lui |leur )?(?:prend|prennent|garde|gardent|vole|volent) (?:sa|son|leur) (?:retraite|pension|argent|aah|apa|carte)|"
                       r"(?:un|des) bleus? (?:sur|a) (?:la|le|sa|son) (?:joue|visage|front|bras|poignet)|(?:le|la|les) prive\w* de (?:nourriture|manger|repas|soins)|"
                       r"(?:approprie|pris|garde|confisque|vole)\w* sa carte (?:bancaire|bleue)|vide\w* son compte|"
                       # (« laissé sans être changé pendant des jours, des escarres infectées, il garde la PCH pour lui »)
                       r"sans (?:etre|l avoir) change\w*|escarres?|garde (?:la|sa|son) (?:pch|apa|aah|pension|retraite) pour (?:lui|elle)|"
                       r"(?:lui|leur) parle comme a un chien)")
ARME = r"(?:couteau|arme|fusil|pistolet|hache|marteau|cutter|batte|revolver|lame)"
# Not shut in by oneself (« il s'est enfermé dans sa chambre », « je me suis enfermée avec mon frère »): before « enfermé ».
_PAS_SOI_MEME = r"(?<!\bs est )(?<!\bme suis )(?<!\bse sont )(?<!\bs )(?<!\bse )(?<!\bnous sommes )"
# A weapon another has, bought or keeps (« mon mari… il a acheté un pistolet la semaine dernière », « si le juge lui retire la
# garde. Il a un fusil chez lui »): a threat's, not the writer's means.
_PAS_L_ARME_D_UN_AUTRE = (r"^(?!.*\b(?:il|elle|ils|mon mari|mon ex|mon ex mari|son mari|mon conjoint|mon compagnon|mon copain|mon pere|"
                          r"mon fils|mon frere|le voisin|mon voisin) (?:\w+ ){0,2}(?:a|avait|garde|cache|possede|detient) (?:\w+ ){0,1}"
                          r"(?:un|une|son|sa|des|ses) (?:\w+ )?(?:fusil|pistolet|arme|carabine|revolver|armes)\b)")


# The edge of the tracks and a train (a platform's end, the rails), for the intention and the act under way.
_AU_BORD_DES_VOIES = r"(?:bout du quai|bord du quai|sur le quai|sur les rails|sur la voie|au bord des voies|au bord de la voie(?: ferree)?|" \
                     r"au bord des rails|sur les voies|le long de la voie(?: ferree)?|pres des rails)"
# The next train waited for (« je voulais juste que quelqu'un lise ça avant le prochain train »).
_AVANT_LE_TRAIN = r"(?:avant|attends|attendre|j attends) (?:le |que le )?prochain (?:train|tgv|rer|metro|ter)"
# At the tracks, the next train waited for: an attempt about to happen (a rule, and the act under way for the lines).
_AU_BORD_AVANT_LE_TRAIN = rf"^(?=.*\b{_AU_BORD_DES_VOIES}\b)(?=.*\b{_AVANT_LE_TRAIN}\b)"
_UN_TRAIN = r"(?:train|tgv|rer|metro|ter)"
# The amount of a drug it takes never to wake up, asked (« combien de doliprane il faut pour pas se réveiller »; not the hours
# of a night: « combien de temps… pour ne plus se réveiller la nuit »): a rule, and a strong phrase a joke does not cancel.
_DOSE_POUR_NE_PLUS_SE_REVEILLER = (
    r"\bcombien de (?!temps\b|fois\b|nuits?\b|heures?\b)(?:\w+ ){1,2}(?:il )?(?:me |nous )?(?:faut|faudrait|en faut|suffit|suffirait)\b "
    r"(?:\w+ ){0,2}?pour (?:ne )?(?:pas|plus|jamais) (?:se|me|nous) reveiller\b(?! (?:la nuit|le matin|en pleine nuit|trop tot|avant|"
    r"pendant|a \d))")
# Food or care stopped, then why (« j'ai arrêté de manger et de prendre mon traitement… pour que ça aille plus vite »).
_SOINS_ARRETES = (r"\b(?:arrete|arretee|cesse|stoppe|plus) (?:\w+ ){0,2}?(?:de |d )?(?:manger|m alimenter|boire|prendre (?:mon|ma|mes|le|"
                  r"les) (?:traitement|traitements|medicaments|medocs|insuline|cachets|comprimes))\b(?: \w+){0,12}?")
_POUR_QUE_CA_AILLE_PLUS_VITE = r"pour que (?:ca|tout|cela) (?:aille|se termine|finisse|s arrete) plus vite"
# Relatives (or a boss) one will not call (« jpeux pas appeler mes parents »): no phone one cannot use.
_POSSESSIF = r"(?:mes|ma|mon|ses|sa|son|leur|leurs)"
# What « encore » may be said of without the danger coming back (« dois-je encore déclarer la pension ? »): a step to take.
_DEMARCHES = r"declarer|payer|verser|recevoir|toucher|avoir droit|percevoir|demander"
_PROCHES_QU_ON_N_APPELLE_PAS = r"parents|mere|pere|famille|patron|chef|proches|freres?|soeurs?|enfants?"
# A vehicle slept in, and the words of a night spent somewhere.
_VEHICULE = r"(?:voiture|coffre|camionnette|fourgon|bagnole|vehicule|clio|twingo|utilitaire)"
_NUIT_MOTS = r"(?:nuits|dormir|dors|dort|dormons|dormi|matelas|duvet|duvets|couvertures)"
MOYEN_SUICIDE = (r"(?:corde|medicaments?|medocs?|cachets?|comprimes?|pilules?|somniferes?|boites? de|plaquettes?|"
                 r"fusil|arme|pistolet|lame|rasoir|lames|barbecue|charbon|gaz|poison|mort aux rats|antidepresseurs?|"
                 r"anxiolytiques?|lexomil|xanax|tramadol|doliprane|paracetamol|insuline|morphine)")
MEDICAMENT = (r"(?:medicaments?|medocs?|cachets?|comprimes?|pilules?|gelules?|somniferes?|antidepresseurs?|"
              r"anxiolytiques?|doliprane|dolipranes|paracetamol|lexomil|xanax|tramadol|efferalgan|ibuprofene|"
              # (a box or a bar of something else is food: « elle mange une boîte de sardines pour deux jours »)
              r"neuroleptiques?|calmants?|(?:boites?|plaquettes?)(?! (?:de|d) (?!(?:medicaments?|medocs?|cachets?|comprimes?|"
              r"pilules?|gelules?|somniferes?|doliprane|paracetamol|xanax|lexomil|anxiolytiques?|antidepresseurs?|tramadol|"
              r"calmants?|ibuprofene|efferalgan|neuroleptiques?)\b))|traitement|morphine|methadone)")
PRODUIT = (r"(?:javel|eau de javel|produit (?:menager|d entretien|pour|a|de|vaisselle|wc)|produits menagers|"
           r"deboucheur|destop|lessive|capsule(?: de lessive)?|pastille(?: de lave vaisselle)?|pile(?: bouton)?|"
           r"piles|aimant|white spirit|essence|petrole|detergent|soude|ammoniac|acide|pesticide|insecticide|"
           r"mort aux rats|raticide|alcool a bruler|antigel|champignons|medicaments? (?:de|du|des|d)|"
           r"cachets? (?:de|du|des)|pilules? (?:de|du|des)|cigarette|liquide de cigarette|e liquide|vernis|dissolvant|"
           r"bouteille d alcool|alcool|anticalcaire|anti calcaire|produit (?:pour|des) (?:les )?(?:toilettes|wc|sols?|four|"
           r"lave vaisselle|vitres|canalisations)|gel (?:wc|hydroalcoolique)|bicarbonate|lingette|huile essentielle|"
           r"comprimes? (?:de|du|des)|gelules? (?:de|du|des)|cannabis|shit|drogue|cocaine|liquide (?:vaisselle|de frein|"
           r"de refroidissement|lave glace)|lave glace|eau ecarlate|desinfectant|eau oxygenee|chlore|produit de piscine|"
           r"produit chimique|engrais|colle|pastilles? (?:wc|pour les toilettes)|anti \w+|produit \w+)")
OVERDOSE = (
    rf"\b(?:pris|avale|avalee|ingere|prendre|bu)\w* (?:d un coup |d un seul coup )?(?:\w+ ){{0,2}}(?:tous|toutes|toute|tout|la boite|une boite|"
    rf"des boites|\d{{1,3}}|plusieurs|trop|une plaquette|la plaquette|une dose|une grosse dose|un tas|une vingtaine|une dizaine|"
    rf"une trentaine|une quinzaine|plein|beaucoup|une poignee)\b (?:\w+ ){{0,3}}"
    rf"{MEDICAMENT}\b"
    rf"|\b(?:tous|toutes|toute) (?:mes|ses|ma|sa|la) {MEDICAMENT} (?:d un coup|en meme temps)\b"
    rf"|\bpris des {MEDICAMENT} pour (?:mourir|en finir|ne plus)\b"
    r"|\b(?:avale|pris|ingere) (?:\w+ ){0,2}(?:medicaments?|cachets?|comprimes?) (?:\w+ ){0,2}(?:pour mourir|pour en finir)\b"
    rf"|\b(?:bu|alcool|whisky|vodka|bouteille|rhum|pastis)\b.*\b(?:pris|avale)\w* (?:\w+ ){{0,2}}{MEDICAMENT}\b"
    rf"|\b(?:pris|avale)\w* (?:\w+ ){{0,2}}{MEDICAMENT}\b.*\b(?:avec|et) (?:de l |du |une bouteille|la bouteille)(?:alcool|whisky|vodka|rhum)\b"
    # a treatment injected at once (« je me suis injecté tout mon stylo d'insuline »)
    r"|\b(?:injecte|pique|fait)\w* (?:\w+ ){0,3}(?:stylos?|doses?|flacons?|seringues?|cartouches?) (?:entiere?s? )?(?:d |de )(?:insuline|morphine)\b"
    r"|\b(?:injecte|pique|fait)\w* (?:\w+ ){0,2}(?:trop|toute|tout|plein|beaucoup) (?:d |de |mon |ma |mes |l )?(?:insuline|morphine)\b"
    # pills swallowed a while ago and their effect coming (« j'ai avalé des médicaments il y a une heure, je commence à avoir
    # sommeil »)
    rf"|^(?=.*\b(?:pris|avale|avalee|ingere)\w* (?:\w+ ){{0,2}}{MEDICAMENT}\b)(?=.*\b(?:il y a|depuis) (?:\d+|une|un|deux|trois|"
    r"quelques|plusieurs) ?(?:h|heures?|min|minutes?)\b)(?=.*\b(?:sommeil|somnol\w*|endor\w*|tourne|vomi\w*|mal au ventre|"
    r"vois flou|coeur (?:bat|qui bat)|plus (?:mes|les) jambes)\b)")
# « ce serait mieux de … »: the wish not to wake up, not to be there (the rule reads more, the strong phrase these)
_MIEUX_DE_NE_PLUS = r"(?:serait|vaudrait) (?:mieux|plus simple) (?:de |d )?"
MORT_SOI = (r"(?:mourir|crever|disparaitre|disparaisse|disparais|la mort|ma mort|me tuer|me supprimer|"
            r"en finir(?! avec (?!(?:la vie|tout|ma vie|cette vie|moi)\b))|en terminer(?! avec)|"
            r"la fin pour moi|fin de ma vie|(?:arreter|cesser|plus|ne plus|pas|ni) (?:de |d )?(?:vivre|exister)"
            r"(?! (?:chez|avec|dans|a|au|en|ici|la|seule?|comme|sous|sur|pres|loin|de|du|des|ensemble))|"
            r"ne plus (?:me reveiller|etre la|respirer)|"
            r"partir (?:pour de bon|definitivement|pour toujours|a jamais)(?! (?:de|d|du|a|au|en|vers|dans|loin|la bas))|"
            r"quitter (?:ce monde|la vie)|passer a l acte)")
VOULOIR = (r"(?:veux|voudrais|veut|voulait|voudrait|vais|envie|reve|souhaite|aimerais|prefere|prefererais|pret|prete|prevu|"
           r"decide|decidee|compte|pense|seule solution|seule issue|unique solution|me parait|me semble|besoin|tente|"
           r"essaye|essaie|hate)")
MAINTENANT = (r"(?:me suis enfermee?|je me cache|suis cachee?|me suis cachee?|on est cache\w*|on s est cache\w*|"
              r"nous sommes cache\w*|nous nous sommes cache\w*|on se cache|"
              # « maintenant » of these days or of calm (« et maintenant avec sa maladie c'est pire », « ça va maintenant »)
              r"(?<!ca va )(?<!tout va bien )(?<!c est fini )(?<!travaille )(?<!habite )(?<!vis )(?<!suis )(?<!voudrais )"
              r"(?<!voudrait )(?<!aimerais )(?<!souhaite )(?<!souhaiterais )(?<!veux )(?<!ans )maintenant"
              r"(?! (?:avec|c est|ca va|tout va|depuis|qu (?:il|elle) est|qu (?:ils|elles|on)\b|que|(?:il|elle) (?:dit|raconte|sait|menace|ecrit|m ecrit|"
              r"m envoie|veut|me dit)))|"
              r"en ce moment|la tout de suite|tout de suite|en train de|il arrive|elle arrive|"
              # (not a habit: « il revient le week-end avec des griffures »)
              r"il rentre(?! (?:le|les|tous les|chaque) (?:week end|soirs?|soir|vendredis?|samedis?|dimanches?|nuits?))|"
              r"il revient(?! (?:le|les|tous les|chaque) (?:week end|soirs?|soir|vendredis?|samedis?|dimanches?|nuits?|vacances))|"
              r"derriere la porte|devant (?:la|ma) porte|defoncer la porte|casser la porte|"
              # (« vite » of a call for help, not « au plus vite » nor « pas assez vite »)
              r"au secours|aidez moi vite|venez vite|faites vite|vite svp|vite s il vous plait|vite vite|(?<!plus )(?<!assez )(?<!logement )(?<!appartement )(?<!appart )(?<!reponse )(?<!place )(?<!social )(?<!sociale )(?<!hlm )(?<!rdv )vite$|"
              # (shut in now, not someone another shuts in as a habit or shut in yesterday: « il l'enferme dans sa chambre et
              # encaisse son AAH », « hier il m'a enfermée dans ma chambre », the 3977's or the 3919's line first)
              r"(?<!\bl )(?<!\bles )(?<!\bl a )(?<!\bles a )(?<!\bl ont )"
              r"enfermee? dans(?! (?:\w+ ){0,3}(?:quand|chaque fois|des qu|lorsqu))(?! (?:\w+ ){0,3}(?:toute la journee|toute la nuit|"
              r"des heures|pendant)\b)|cachee? dans|il me cherche|a l instant|ce soir il)")
CE_SOIR = (r"(?:ce soir|cette nuit|aujourd hui|maintenant|tout a l heure|ce matin|cet apres midi|a l instant|"
           r"demain|la nuit|il est \d+ ?h\w*|depuis (?:hier|ce matin|(?:\d+|deux|trois|quatre|plusieurs|des) "
           r"(?:jours|nuits|semaines|mois)|une semaine|un mois|une nuit))")

# A roof being lost: the room or the keys handed back, the shelter or the housing left.
TOIT_PERDU = (r"\b(?:rendre|rendu|rendue|rends|rend|liberer|libere|liberee|quitter|quitte|quittee|vider|laisser)\w* (?:\w+ ){0,2}"
              r"(?:la chambre|ma chambre|notre chambre|les cles|mes cles|le logement|mon logement|l appartement|le foyer|l hotel|"
              r"le cada|le chrs|le studio|l hebergement|le centre)\b|\b(?:logement|chambre|studio|appartement) (?:\w+ ){0,3}"
              r"(?:rendu|rendue|libere|liberee)\b|\bprise en charge (?:est |)(?:finie|terminee|arretee)\b")

# -- the rules --------------------------------------------------------------------------------

# strength: "fort" = a situation (who does what to whom, a plan, a symptom); "mot" = a topic word
# alone ("violences conjugales", "SDF"), cancelled by the frames below (a question, a
# professional, a school paper, a danger long past).
_Regle = tuple  # (type, signal, pattern, strength)


_GAZ_ECHAPPEMENT = r"^(?=.*\bmoteur (?:qui )?tourne\b)(?=.*\b(?:tuyau|garage ferme|pot d echappement)\b)"
# Situations read by a rule and held by ``FORTS`` against the figures of the same type, or cancelled by a figure of two
# types: each said once here.
# a fall and the legs felt no more (« tombé de l'échafaudage, je sens plus mes jambes »)
_JAMBES_APRES_UNE_CHUTE = r"^(?=.*\b(?:tombee?s?|chute|accident)\b)(?=.*\b(?:sens|sent|sentons) (?:plus|pas) (?:mes|ses|les|leurs) jambes\b)"
# a van or a caravan lived in, impounded before a cold night (« la fourrière l'a embarqué, il fait 2 degrés cette nuit »)
_FOURRIERE_AVANT_UNE_NUIT_FROIDE = r"^(?=.*\bfourriere\b.*\b(?:embarque|pris|enleve|emporte)\w*)(?=.*\b(?:cette nuit|ce soir|degres|froid|la nuit|il neige|gele)\b)"
# nothing for the night (« j'ai rien pour la nuit et il neige »)
_RIEN_POUR_LA_NUIT = r"\b(?:j ai|on a|nous avons|jai) (?:rien|nulle part) pour (?:la nuit|dormir|cette nuit)\b"
# outside now, and since when or where (« je suis dehors avec mon chien depuis qu'on m'a sorti de l'hôtel social »)
_DEHORS_DEPUIS = r"\bje (?:suis|reste) dehors\b(?= (?:\w+ ){0,6}(?:depuis (?:qu|que|hier|des jours|\d+ (?:jours|nuits|semaines|mois))|avec mon chien|la nuit|ce soir|sur (?:le|un) banc))"
# a parent's threat to put a grown child out (« s'il rentre encore à 3h je le mets dehors, bon je le ferai pas »)
_MENACE_DE_METTRE_DEHORS = r"\b(?:si|s) (?:il|elle) (?:\w+ ){0,3}(?:encore|rentre)\b.*\bje (?:le|la) (?:mets|mettrai|fous|foutrai|vire|virerai) dehors\b"
# a child's place in a closed car or in the sun (« dans une voiture fermée au soleil »)
_VOITURE_FERMEE = (r"(?:dans|ds) (?:une|la|sa|leur|un) (?:voiture|auto|bagnole|vehicule|camionnette)\b (?:\w+ ){0,2}(?:fermee|fermees|"
                   r"verrouillee|au soleil|en plein soleil|en plein cagnard)\b")


# A game one is beaten at (« ma mère me bat toujours au scrabble »): no blow.
_A_UN_JEU = (r"(?:\w+ ){0,2}(?:au|aux|a la|a l) (?:scrabble|cartes?|echecs|dames|belote|tarot|rami|uno|monopoly|petanque|"
             r"jeux?|jeu video|console|play|mario kart|fifa|tennis|ping pong|badminton|course|foot|sudoku|mots croises|"
             r"quiz|trivial pursuit|memory|domino|dominos|triomino|bowling|billard|flechettes)\b")
_BATTU_A_UN_JEU = (r"\b(?:bat|bats|battent|battu|battue|batte|ecrase|ecrasent|mis une raclee|met une raclee|mettent une raclee) "
                   + _A_UN_JEU)
# A workplace that deals with the danger (« je bosse aux urgences », « cuisinier dans un centre d'hébergement d'urgence »):
# the words of the place, not the person's night.
# (not when the professional tells a person's night: « je suis infirmière aux urgences, un patient sans domicile sort ce
# soir, il n'a aucun endroit où dormir »)
_METIER_AU_SERVICE = (r"^(?!.*\b(?:ce soir|cette nuit|aucun endroit|nulle part|ou dormir|dort dehors|dorment dehors|a la rue)\b)"
                      r".*\b(?:je bosse|je travaille|jbosse|jtravaille|je taffe|bosse|travaille|employee?|salariee?|embauchee?|"
                      r"cuisinier|cuisiniere|veilleur|veilleuse|educateur|educatrice|agent|infirmier|infirmiere|aide soignante?|"
                      r"interne|benevole|stagiaire|stage|animateur|animatrice|intervenant|intervenante|travailleur social|"
                      r"travailleuse sociale|agent d accueil|gardien|gardienne|contrat|cdd|cdi|vacataire|maitresse de maison) "
                      r"(?:\w+ ){0,3}(?:aux urgences|au 115|au samu social|(?:dans|a|au|en) (?:un |une |le |la |l )?(?:centre|foyer|chrs|"
                      r"accueil|structure) (?:d hebergement|d urgence|de nuit|de jour|pour sans abri|pour sdf)|a l hebergement d urgence)\b")
# A quality one is struck by (« il m'a frappé… par sa gentillesse »): no blow.
_PAR_UNE_QUALITE = (r" (?:\w+ ){0,1}par (?:sa|son|ses|leur|la|le|votre|ta|ton) (?:\w+ )?(?:gentillesse|beaute|intelligence|patience|"
                    r"professionnalisme|accueil|sourire|humour|simplicite|efficacite|rapidite|competence|douceur|generosite|"
                    r"bienveillance)\b")
# A street named with its number after « rue »: an address (« je suis à la rue... de la Paix, au numéro 12 »), not a night
# outside.
_UNE_ADRESSE = r" (?:de la|du|des|de l|de) \w+(?: \w+)?,? (?:au )?(?:numero |no |n )?\d{1,3}\b(?! (?:jours|nuits|semaines|mois|ans|h)\b)"


def _sauf_apres(*mots: str) -> str:
    """Lookbehinds that refuse a match right after any of ``mots`` (Python's lookbehinds are of fixed width: one each)."""
    return "".join(f"(?<!{mot} )" for mot in mots)


# The SAMU as a workplace (« je fais des gardes au SAMU de Dijon »): no call for help.
_PAS_AU_SAMU_OU_L_ON_TRAVAILLE = _sauf_apres(*(f"{avant} au" for avant in (
    "gardes", "garde", "stage", "travaille", "bosse", "interne", "externe", "infirmier", "infirmiere", "medecin",
    "regulateur", "regulatrice", "ambulancier", "permanence")))


# A stroke of the past, said by what came after it (« je ne travaille plus depuis l'AVC », « après son AVC »).
_PAS_APRES_UN_AVC_PASSE = _sauf_apres(*(f"{avant} {de}" for avant in ("depuis", "apres", "suite a", "avant")
                                        for de in ("son", "mon", "sa", "ma", "l", "un", "leur", "notre", "cet", "ton")))


def _r(kind: str, signal: str, strength: str, *parts: str) -> _Regle:
    return (kind, signal, _rx(*parts), strength)


_ME = r"(?:me|m)"
_AUX = r"(?:a |ont |avait |avaient |l a |va |vont |veut |avoir |)?(?:encore |deja |souvent |tout le temps |toujours |meme |)"
_PARENT_MOI = rf"(?:mon|ma|mes|notre|le|la) (?:grand |petit |demi |propre |vieux |)(?:{PARENT})(?! de (?:mes|ma|mon|nos) (?:enfants|fille|fils|bebe|filles))"
_AGENT_H = rf"(?:il|elle|on|ils|elles|{PARTENAIRE}|{PARENT}|quelqu un|un homme|un mec|un inconnu|des gens|un collegue|mon patron|mon chef)"

REGLES: list[_Regle] = [
    # ---------------------------------------------------------------- medicale
    # a road accident with someone no longer moving (« un scooter sous une voiture, le gars bouge plus »)
    _r("medicale", "lexique:accident+inerte", "fort",
       r"^(?=.*\b(?:accident|accidente|percute\w*|renverse\w*|collision|carambolage|sous (?:une|la) voiture|sous un camion|"
       r"fauche\w*|tonneaux?)\b)(?=.*\b(?:(?:il|elle|le gars|le mec|la personne|le motard|le conducteur|la conductrice|le pieton|"
       r"la pietonne|le cycliste|le jeune|la dame|le monsieur|quelqu un) (?:ne )?(?:bouge|reagit|respire|repond) (?:plus|pas)|"
       r"ne (?:bouge|reagit|respire|repond) (?:plus|pas)|inconscient\w*|sans connaissance)\b)"),
    # Signs that name a stroke or a diabetic's crisis through an ache or a nausea (which alone are everyday ailments): the
    # figures of small ailments do not cancel them (_PLUS_FORTS_QUE_LES_FIGURES).
    _r("medicale", "lexique:signes_graves_d_un_mal_courant", "fort",
       # one side of the body gone numb with an eye or a head that goes wrong (« je vois trouble d'un oeil, tout le côté droit
       # fourmille, une migraine comme jamais »: a stroke)
       r"^(?=.*\b(?:tout )?(?:le|mon|son) cote (?:droit|gauche) (?:\w+ ){0,1}(?:fourmille|est engourdi|engourdi|ne repond plus|"
       r"est tout mou|est lourd|ne bouge plus)\b)(?=.*\b(?:voi\w* (?:trouble|flou|double)|oeil|migraine|mal de tete|parle|bouche)\b)",
       # a type 1 diabetic without insulin for days, and its signs (thirst, nausea, breath)
       r"^(?=.*\b(?:plus d insuline|pas d insuline|sans insuline|plus mon insuline)\b)(?=.*\b(?:tres soif|soif|nausees?|vomi\w*|"
       r"mal a respirer|du mal a respirer|respire mal|somnolent\w*|malaise|confus\w*)\b)"),
    _r("medicale", "lexique:detresse_vitale", "fort",
       r"\b(?:heart attack|can t breathe|cannot breathe|not breathing|unconscious|unresponsive|overdose|bleeding a lot)\b",
       # (« my friend collapsed on the beach and isn't waking up »)
       r"\b(?:isn t|is not|not|won t|doesn t|does not) (?:waking up|wake up|responding|respond)\b",
       r"\b(?:vomiting|vomits|throwing up|coughing|coughs up) blood\b",
       r"\b(?:can t|cannot|can not) feel (?:his|her|my|their) (?:legs|arms|body)\b|\bfell (?:from|off) (?:the|a) (?:ladder|roof|"
       r"balcony|window|stairs|scaffolding)\b",
       r"\b(?:not waking up|won t wake up|doesn t wake up|does not wake up|unresponsive|breath\w* (?:very |really |so )?slow\w*)\b",
       r"\brespire (?:tout doucement|tres doucement|tres lentement|a peine|faiblement)\b",
       # the waters broken (« she is pregnant 9 months and the water broke », « elle a perdu les eaux »)
       r"\b(?:the |her |my )?waters? (?:broke|has broken|have broken)\b|\b(?:a|ai|vient de) perdu les eaux\b|\bpoche des eaux (?:a )?(?:perce|rompu)\w*\b",
       _JAMBES_APRES_UNE_CHUTE,
       # (in the creole of La Réunion: « mon papa la tonbé dann lakour, li lé par tèr, li répon pi »)
       r"\b(?:li|i) (?:repon|reponn|reponde) (?:pi|pu|pa)\b(?=.*\b(?:tonbe|tombe|par ter|respir)\w*)|\b(?:tonbe|par ter)\b.*\b(?:li|i) (?:repon|reponn) (?:pi|pu|pa)\b",
       # found on the floor, cold or confused (« elle était par terre dans le couloir, toute froide, elle me reconnaît à peine »)
       r"^(?=.*\b(?:par terre|au sol|sur le sol|tombee?)\b)(?=.*\b(?:toute? froide?|glacee?|(?:me|nous|la|le) reconnait (?:a peine|plus|pas)|"
       r"ne (?:me|nous) reconnait (?:plus|pas)|confuse?|delire|incoherente?)\b)",
       # cold or pale and no longer speaking (« elle est toute froide et elle parle plus »)
       r"\b(?:froide?s?|glacee?s?|livide|toute blanche|tout blanc)\b.*\b(?:il|elle) (?:ne )?(?:repond|parle|bouge|reagit) plus\b",
       # an allergy and the throat closing (« allergique aux arachides… ma gorge se serre, des plaques partout »)
       r"^(?=.*\b(?:allergi\w*|arachides?|cacahuetes?|adrenaline|epipen|anapen|urticaire)\b)(?=.*\b(?:gorge (?:qui )?se (?:serre|ferme)|"
       r"gorge (?:serree|fermee)|du mal a avaler|plaques partout|boutons partout)\b)",
       # a night outside in the cold and the signs of hypothermia (« il tremble plus, il sent plus ses pieds »)
       r"^(?=.*\b(?:dehors|froid|gele\w*|mouille\w*|trempe\w*|neige|sous (?:le|un) pont|a la rue)\b)(?=.*\b(?:(?:ne )?tremble plus|"
       r"(?:ne )?sent plus (?:ses|sa|son|les) (?:pieds|mains|doigts|orteils)|(?:il|elle) (?:ne )?(?:dit|raconte) (?:plus rien de coherent|"
       r"n importe quoi)|hypotherm\w*)\b)",
       r"\b(?:fait|fais|faire|fit|a fait|fait une|en train de faire) (?:un |une )?(?:malaise|avc|infarctus|"
       r"crise cardiaque|arret cardiaque|crise d epilepsie|overdose|hemorragie|crise d asthme|attaque)"
       # (not one over, told with its day: « j'ai fait un malaise en TD hier », the hunger behind it is the message's)
       r"(?! (?:\w+ ){0,3}(?:hier|avant hier|la semaine derniere|l autre jour|le mois dernier|"
       r"il y a (?:\d+|deux|trois|quelques) (?:jours|semaines|mois))\b)"
       # (nor one the person got over at once: « un élève a fait un malaise en classe, il s'est vite remis »)
       r"(?! (?:\w+ ){0,5}(?:il|elle) s est (?:vite |bien |tres vite |tout de suite |)(?:remis|remise|retabli|retablie)\b)",
       # (not one of the past, « depuis mon infarctus de 2022 », « suite à son infarctus »)
       r"\b" + _PAS_APRES_UN_AVC_PASSE + r"(?:crise cardiaque|arret cardiaque|infarctus|overdose|hemorragie|convuls\w*|inanime\w*|"
       r"evanoui\w*)\b(?! (?:de|en) (?:19|20)\d\d\b)",
       r"\b(?:ne |n )?respire (?:plus|pas|mal|presque plus|tres mal|difficilement)\b",
       r"\b(?:du mal|difficulte|n arrive pas|n arrive plus|arrive plus|n arrivai\w* (?:pas|plus)|peine) a respir\w*",
       r"\bs etouffe\b|\bperdu connaissance\b|\binconscient\w*\b",
       r"\bne (?:se reveille|reagit|bouge) (?:plus|pas)\b" + _PAS_LA_NUIT,
       # the creoles of the Antilles and La Réunion: not answering, foaming at the mouth (« i pa ka réponn, bouch li ka kimen »)
       # (the normaliser writes « pa » as « pas »: the creole words were never matched after it)
       r"\b(?:pas? ka|pas? pe|pas? le|pa lé) (?:reponn|reponnd|respire|respiré|bouje|bouj|reveye)\b|\bka kimen\b",
       # lips going blue in creole (« lèv ay ka vin blé »)
       r"\blev (?:\w+ ){0,2}(?:ka vin|ka vini|vin|ka) (?:ble|bleu|violet)\b",
       # (the « ne » dropped, as people type: « et là il se réveille pas »; not a morning for school)
       r"\b(?:il|elle) (?:se reveille|reagit) (?:plus|pas)\b" + _PAS_LA_NUIT +
       r"(?! (?:\w+ ){0,2}(?:le matin|les matins|a l heure|pour l ecole|pour aller|tot|avant|quand|avec le reveil|au reveil))",
       r"\b(?:saigne|saignent) (?:beaucoup|enormement|abondamment|de partout|fort|sans arret|beaucoup)\b",
       r"\b(?:perd|perdu|pisse|pissent|crache|vomit|vomi) (?:beaucoup |enormement |)(?:de |du |le )?sang\b",
       # vomiting black (digested blood), a belly hard as wood (« mal au ventre depuis 2 jours, c'est dur comme du bois, je
       # vomis noir »)
       r"\b(?:vomi|vomis|vomit|vomissent|vomir) (?:du |de |)noir\b|\bvomissements? noirs?\b",
       r"\bventre\b(?: \w+){0,6} (?:dur|tendu|durs) comme (?:du bois|une planche|de la pierre|un caillou|du beton)\b",
       r"\b(?:douleur|mal) (?:\w+ ){0,4}(?:a la|dans la|thoracique|a la|la|sa) ?poitrine\b|\bdouleur thoracique\b|"
       r"\bserre\w* (?:la|sa|ma) poitrine\b",
       r"\bpoitrine (?:et|jusque dans) (?:le |au )?bras\b",
       r"\burgence (?:medicale|vitale)\b|\burgences vitales\b",
       r"\b(?:appeler|appelez|appelle|appeller|faut|appele) (?:une ambulance|les pompiers|le samu|le 15)\b",
       _PAS_AU_SAMU_OU_L_ON_TRAVAILLE + r"\bsamu\b(?! social)|(?<!transport en )(?<!bon de transport )\bambulance\b(?! (?:est venue|est passee|est repartie|"
       r"l a ramene\w*|nous a ramene\w*|pour (?:aller|ses|mes|la|le|les|sa|son|ma|mon) ))",
       r"\b(?:brule|brulee|blesse|blessee) (?:gravement|grave)\b",
       r"\blevres? (?:bleues?|violettes?)\b|\b(?:devient|tout|toute) (?:bleu|bleue|violet|violette|gris|grise)\b(?! de)",
       r"\bavale\w* (?:un|une|des) (?:morceau|objet|jouet|bille|piece|bouchon|caillou|bonbon|noix|cacahuete)\b.*\b(?:tousse|respire|violet|"
       r"bleu|s etouffe|etouffe)\w*",
       r"\bbras gauche\b.*\b(?:sue|transpire|sueurs?|pale|malaise|poitrine|essouffle)\w*|\b(?:sue|transpire|sueurs?|pale)\w*\b.*\bbras gauche\b",
       r"\bs est ecroule\w*\b|\bs effondr\w*\b",
       r"\bveines?\b.*\bsaign\w*",
       r"\b(?:plus|pas) d insuline\b|\bhypoglycemie\b",
       # insulin lacking, with the signs of a ketoacidosis (vomiting, great thirst, confusion: ameli.fr, « Diabète : les
       # complications aiguës », checked 2026-12-06)
       r"^(?=.*\binsuline\b)(?=.*\b(?:en ai plus|en a plus|en avons plus|plus (?:me |lui |nous |)(?:donner|delivrer|en donner)|"
       r"refuse\w*|rupture|sans)\b)(?=.*\b(?:vomi\w*|vomir|soif|confus\w*|malaise|somnolen\w*|respire (?:vite|fort|mal))\b)",
       r"\b(?:confus|confuse|desoriente\w*|delire|tremble|transpire|pale|livide|froid)\b.*\bne (?:repond|parle) (?:plus|pas)\b",
       r"\bdiabet\w*\b.*\b(?:confus\w*|malaise|ne repond|tremble|transpire|inconscient|ne se reveille)\b",
       r"\bs etouffe avec\b|\ba avale de travers et (?:ne respire|devient)",
       r"\bcoma\b|\bnuque raide\b|\breaction allergique\b.*\b(?:enfl|gonfl|respir|boutons partout|malaise)\w*",
       r"\b(?:piqure|piqure|morsure|allergi\w*|reaction)\b.*\b(?:gonfl\w*|enfl\w*|respire mal|du mal a respirer|malaise)\b",
       r"\b(?:douleur|mal) (?:\w+ ){0,2}(?:au thorax|thoracique|au coeur|dans le coeur)\b",
       r"\b(?:coup|coups) de (?:couteau|cutter|feu)\b|\bpoignarde\w*|\b(?:blesse|touche) par balle\b",
       # (a fall that happened or is happening, not one to come: « je vais sauter du balcon demain » is a suicide's plan)
       r"\b(?:tombe(?!r\b)\w*|chute|saute(?!r\b)\w*|defenestre(?!r\b)\w*) (?:\w+ ){0,2}(?:du|d un|de la|depuis le) (?:\d+ ?e?m?e? etage|balcon|toit|"
       r"fenetre|echafaudage|premier etage|deuxieme etage|troisieme etage)\b",
       # (a birth under way, not one weeks ago: « j'ai accouché il y a 6 semaines… je n'y arrive pas »)
       # (nor one back from the maternity ward: « elle vient d'accoucher, elle est seule… depuis qu'elle est rentrée de la maternité »)
       r"\baccouche\w*\b(?! il y a| depuis| le mois| la semaine)(?!.*\bil y a (?:\d+|deux|trois|quatre|cinq|six|quelques) (?:semaines|mois)\b)"
       r"(?!.*\b(?:rentree?|revenue?|sortie?|retour) (?:de|a) la maternite\b)"
       r".*\b(?:maison|voiture|trop vite|perd les eaux|seule|(?:bebe|il|elle|ca) arrive)\b|\bperdu les eaux\b.*\b(?:voiture|seule|maison)\b",
       r"\b(?:visage|teint|levres) (?:tout |toute |)(?:gris|grise|blanc|blanche|bleu|bleue|violet|violette)\b.*\brespir\w*",
       r"\bne sent plus (?:sa|son|ses|la|le|les) (?:jambe|bras|main|visage|cote|jambes|bras)\b",
       r"\bmelange\w* (?:ses|les|mes) mots\b(?!.*\b(?:vieilli|age|toujours)\b)|\b(?:bras|jambe) qui (?:pend|lache|ne tient plus)\b|"
       r"\b(?:du mal|n arrive plus|n arrive pas) a trouver ses mots\b|\bbras (?:droit |gauche |)(?:est |tout |)(?:faible|mou|lourd|inerte)\b|\btraine (?:la|sa) jambe\b(?=.*\b(?:bras|visage|bouche|parle|sait plus|reconnait plus|d un coup|ce matin|soudain)\b)",
       r"\bne se reveille (?:presque plus|pas bien|difficilement)\b",
       r"\b(?:ne s arrete pas|n arrete pas|arrete pas) de saigner\b|\bsaigne\w* sans (?:arret|s arreter)\b|"
       r"\bsang (?:ne s arrete pas|qui ne s arrete pas|coule sans arret)\b|\bdu sang partout\b|"
       r"\b(?:plaie|entaille|coupure) (?:enorme|tres profonde|profonde|grave|immense)\b",
       r"\bparalys\w* (?:\w+ ){0,1}(?:du|de la|d un|d une|au|a la) (?:visage|bras|jambe|cote|moitie)\b|\bne parle plus bien\b",
       r"\bs est (?:effondre\w*|ecroule\w*|evanoui\w*)\b",
       r"\b(?:suffoque\w*|cyanose\w*|rale\w* en respirant|siffle\w* en respirant|yeux revulses|dans les vapes|tombe\w* raide|"
       r"inerte|comateu\w*|fausse route)\b",
       r"\b(?:oppression|serrement|ecrase\w*) (?:\w+ ){0,2}(?:poitrine|thorax|coeur)\b|\bpoitrine (?:qui|me) (?:serre|brule|ecrase)\b",
       r"\b(?:mal de tete|migraine|douleur a la tete) (?:\w+ ){0,2}(?:brutal\w*|soudain\w*|violent\w*|d un coup|horrible|atroce)\b.*"
       r"\b(?:vomi\w*|voit (?:double|flou|trouble)|confus\w*|nuque|bras|parle|perd l equilibre)",
       r"\b(?:perd|perdu|perte d) (?:l )?equilibre (?:d un coup|soudain\w*|brutalement)\b|\bconfus\w* (?:d un coup|soudain\w*|brutalement)\b",
       r"\b(?:plaie|coupure|entaille) (?:tres |)(?:profonde|beante)\b|\bos qui (?:sort|depasse)\b|\bfracture ouverte\b|\btete ouverte\b|"
       # (a wound down to the bone: « j'ai la main ouverte on voit l'os »)
       r"\bon (?:voit|voyait|peut voir) l os\b",
       r"\b(?:renverse\w* par (?:une|un) (?:voiture|camion|bus|moto|scooter|train)|electrocut\w*|noy\w* (?:dans|a la)|s est noye\w*|"
       r"a failli se noyer|repeche\w*)\b",
       r"\bmonoxyde\b|\b(?:tous|toute la famille|on a tous)\b.*\b(?:mal a la tete|vertiges?|nausees?)\b.*\b(?:chauffage|chaudiere|poele|brasero|"
       r"chauffe eau|barbecue)\b",
       r"\b(?:crise d epilepsie|convuls\w*|tremble de partout et ne repond|bave et)\b",
       r"\b(?:couches? seches?|ne mouille plus ses couches)\b.*\b(?:bebe|nourrisson|fievre|ne boit)\b",
       r"\benceinte\b.*\b(?:saign\w*|perd du sang|perte de sang|perdu les eaux|poche des eaux|contractions?|ne bouge plus|"
       r"ne sens plus)\b",
       r"\b(?:tout froid|toute froide|glace\w*) (?:\w+ ){0,3}(?:ne reagit|ne repond|ne bouge|inconscient)\b",
       r"\b(?:bebe|nourrisson|enfant|petit|petite|fils|fille) (?:\w+ ){0,3}(?:tombe\w*|chute)\b.*\b(?:vomi\w*|somnol\w*|ne pleure plus|"
       rf"ne se reveille{_PAS_LA_NUIT}|inconscient|convuls\w*|saigne\w* (?:du nez|des oreilles|de l oreille))\b",
       r"\b(?:levres|doigts|ongles|visage|bouche) (?:\w+ ){0,3}(?:bleus|bleues|bleu|violets|violettes)\b",
       r"^(?=.*\bfievre\b)(?=.*\b(?:taches?|boutons?|plaques?) (?:\w+ ){0,1}(?:violet\w*|violace\w*|pourpre\w*|qui ne s effacent pas|"
       r"qui ne disparaissent pas))",
       # (a person's fall, not things heard falling in a fight: « j'entends des meubles tomber et elle crie au secours »)
       _sauf_apres("meubles", "objets", "choses", "assiettes", "chaises", "trucs") +
       r"\btombe\w*\b.*\b(?:appel\w* (?:a l aide|au secours)|crie\w* (?:a l aide|au secours)|ne peut pas se relever|"
       r"n arrive pas a se relever)\b",
       r"\b(?:sourire|sourit) (?:\w+ ){0,1}(?:d un cote|de travers)\b|\b(?:bras|jambe) (?:qui )?tombe\b|\bvoit double\b|"
       r"\bvision (?:double|trouble) (?:d un coup|soudaine)\b|\b(?:soudain|soudainement|d un coup|brutalement) (?:\w+ ){0,2}mal a la tete\b|"
       r"\bpire mal de tete\b",
       r"\bdouleur (?:\w+ ){0,4}(?:machoire|bras gauche)\b|\b(?:bras|poitrine) et (?:la |le )?(?:machoire|dos|bras gauche)\b",
       r"\baccident (?:de|en) (?:scooter|moto|voiture|velo|trottinette|la route)\b.*\b(?:saign\w*|bless\w*|ne bouge|inconscient|"
       r"tordue?|casse\w*|sang)\b",
       r"\benceinte\b.*\b(?:mal au ventre|douleurs? (?:au|dans le) ventre|ventre (?:qui )?(?:se )?durcit|se durcit)\b"
       r"(?=.*\b(?:frapp\w*|coups?|tombe\w*|chute|saign\w*|depuis)\b)",
       r"\bbrul\w*\b.*\b(?:des|grosses|de grosses|plein de|grandes|enormes|ya des|il y a des) cloques\b",
       r"\brespire (?:bizarrement|bizarre|bruyamment|tres vite|en sifflant|par a coups)\b",
       r"\benceinte\b.*\b(?:contractions? (?:tres |)(?:fortes|violentes|rapprochees)|perd les eaux|ne sent plus (?:le|mon) bebe bouger|"
       r"douleur (?:tres |)(?:forte|violente))\b",
       # a heart racing with a faint (« j'ai le coeur qui bat super vite et je suis tombée dans les pommes ce matin »)
       r"^(?=.*\b(?:coeur (?:qui )?(?:bat|battait|tape|tapait|cogne|cognait|s emballe) (?:\w+ ){0,1}(?:vite|fort|dans tous les sens)|"
       r"palpitations|tachycardie)\b)(?=.*\b(?:tombee? dans les pommes|evanoui\w*|malaise|perdu connaissance|syncope)\b)",
       # labour under way, its contractions timed (« ma femme a des contractions toutes les 3 minutes et on dort dans la voiture »)
       r"\bcontractions? (?:\w+ ){0,2}(?:toutes? les|tous les|chaque) (?:\d+|deux|trois|quatre|cinq|dix) ?(?:minutes?|min|mn)\b",
       # breathing kept by a machine that stops (« sous oxygène à la maison, son concentrateur marche plus, la bouteille de secours
       # est presque vide »)
       r"^(?=.*\b(?:sous oxygene|concentrateur|respirateur|assistance respiratoire|ventilation)\b)(?=.*\b(?:ne marche plus|marche plus|"
       r"en panne|(?:bouteille|reserve)\w* (?:\w+ ){0,3}(?:presque |bientot |)vide|plus de courant|plus d electricite|coupure "
       r"(?:d electricite|de courant))\b)",
       # days without drinking (« mon aidant ne vient plus depuis 3 jours, je suis au lit sans avoir mangé ni bu »)
       r"^(?=.*\b(?:sans (?:avoir )?(?:rien )?(?:mange ni )?bu|rien bu|pas bu|ni bu|sans boire|n ai (?:rien|pas) bu)\b)"
       r"(?=.*\bdepuis (?:\d+|deux|trois|quatre|cinq) jours\b)",
       # signs of pre-eclampsia late in a pregnancy: a bad headache with lights seen or sudden swelling
       r"^(?=.*\b(?:enceinte|grossesse|semaines d amenorrhee)\b)(?=.*\b(?:mal (?:a la|de) tete|maux de tete|migraine|"
       r"tete qui (?:va )?explos\w*)\b)"
       r"(?=.*\b(?:points? (?:lumineux|brillants|noirs)|mouches? devant les yeux|eclairs|vois (?:flou|trouble|des etoiles)|"
       r"(?:pieds|mains|jambes|visage|chevilles) (?:ont |a )?(?:gonfle|enfle)\w* (?:d un coup|soudain\w*|brutalement))\b)",
       r"\b(?:reprendre|retrouver) (?:mon|son|sa|ma) (?:souffle|respiration)\b|\bs etouffe\w*\b"),
    # Someone alone unseen and unheard for days (« ça fait deux jours que j'entends plus rien chez lui, sa boîte aux lettres
    # déborde », a neighbour of 91): the 15 (the firefighters open the door).
    _r("medicale", "motif:sans_signe_de_vie", "fort",
       r"^(?=.*\b(?:boite aux lettres (?:qui )?(?:deborde|est pleine|pleine)|courrier (?:qui )?s entasse|volets (?:\w+ ){0,2}fermes|"
       r"(?:j |on )?(?:entend|entends) plus rien|(?:ne |n )?(?:repond|ouvre) (?:plus|pas) (?:a la porte|au telephone))\b)"
       r"(?=.*\b(?:depuis|ca fait) (?:\d+|deux|trois|quatre|plusieurs) jours\b)"
       r"(?=.*\b(?:voisin\w*|vieille dame|vieux monsieur|personne agee|(?:[7-9]\d|1\d\d) ans)\b)"),
    # A fall or a blow with a sign of a serious injury: a head injury that vomits or confuses, a
    # limb bent the wrong way, bleeding from the head or the trunk.
    _r("medicale", "motif:chute+signe_grave", "fort",
       r"^(?=.*\b(?:tombe\w*|chute|cogne\w* la tete|coup (?:a|sur) la tete|choc a la tete|heurte\w* la tete)\b)"
       r"(?=.*\b(?:vomi\w*|dit n importe quoi|confus\w*|somnol\w*|s endort (?:tout le temps|sans arret|partout|d un coup)|anticoagulant\w*|perdu connaissance|angle bizarre|"
       r"tordue? bizarrement|os qui (?:sort|depasse)|saigne\w* (?:de la|du) (?:tete|crane|ventre|oreille|oreilles|nez et)|"
       r"ne peut (?:plus|pas) (?:bouger|se lever|se relever|marcher))\b)",
       r"\bsaign\w* (?:\w+ ){0,1}(?:du|de la|des) (?:tete|crane|ventre|cou|poitrine|thorax|oreilles?)\b",
       r"\b(?:jambe|bras|cheville|poignet|pied) (?:\w+ ){0,3}(?:angle bizarre|a l envers|tordue? dans le mauvais sens)\b"),
    # Wounds and bites: a stab wound, a venomous bite with swelling.
    _r("medicale", "lexique:plaie_morsure", "fort",
       r"\b(?:plante|plantee|poignarde\w*|planter|lardee?|surine\w*) (?:\w+ ){0,2}(?:au|a coups de|avec un|d un) "
       r"(?:couteau|cutter|lame|tournevis|ciseaux)\b|\bfait planter\b",
       r"\b(?:mordu|mordue|pique|piquee|piqure|morsure) (?:\w+ ){0,2}(?:par |de |d )?(?:un |une )?(?:serpent|vipere|scorpion|"
       r"araignee|frelons?|meduse|raie|mille pattes|scolopendre)\b"),
    # A feeding tube come out of its stoma (gastrostomy) that cannot be put back: the opening closes within hours, the
    # care is urgent (the 15 tells where to go)
    _r("medicale", "lexique:sonde_sortie", "fort",
       r"^(?=.*\b(?:sonde|bouton|tube) (?:de |d )?(?:gastrostomie|gastro|alimentation|nutrition)\b)(?=.*\b(?:sorti|sortie|arrache\w*|tombe\w*|"
       r"enleve\w*|retire\w*|n arrive pas a (?:la|le) remettre|se referme|se bouche)\b)"),
    # Carbon monoxide: a heater or a smell, and headaches, sleepiness or someone who no longer answers.
    # a face, a throat, a tongue that swells (an allergy's shock); not a face swollen by blows (« il a encore recommencé cette
    # nuit, j'ai le visage tout gonflé »), nor one beside violence the message tells (read in ``analyse``)
    _r("medicale", "lexique:gonflement", "fort",
       r"^(?!.*\b(?:(?:il|elle) (?:a|m a) (?:encore |de nouveau |a nouveau |)(?:recommence|remis ca)|frapp\w*|coups?|cogne\w*|"
       r"tabass\w*|gifl\w*|battu\w*)\b).*\b(?:visage|gorge|langue|levres?|yeux) (?:\w+ ){0,1}(?:enfle|gonfle|double)\w*\b",
       r"\b(?:gorge|langue|visage|levres?) (?:qui )?gonfl\w*"),
    _r("medicale", "lexique:monoxyde", "fort",
       r"^(?=.*\b(?:chaudiere|poele|chauffage|chauffe eau|brasero|groupe electrogene|odeur de gaz|fuite de gaz)\b)"
       r"(?=.*\b(?:odeur|fume\w*|bruit|gaz)\b)(?=.*\b(?:mal a la tete|maux de tete|vertiges?|nausees?|sommeil tout le temps|"
       r"somnol\w*|ne repond (?:plus|pas)|evanoui\w*|malaise)\b)"),
    _r("medicale", "lexique:automutilation_grave", "fort",
       r"\b(?:me suis|m etais|s est) (?:coupe|coupee|entaille|entaillee|ouvert|ouverte|taillade|tailladee|lacere|laceree)\w* "
       r"(?:\w+ ){0,1}(?:les|le|mes|ses) (?:poignets?|veines?)\b"
       # (not a cut of yesterday, shallow and dressed since: « je me suis coupée les veines hier soir, c'était pas profond, ma
       # voisine m'a fait un pansement »: the listening line first, no wound to close now)
       r"(?!.*\b(?:pas profond\w*|pansement|soigne\w*|recousu\w*|points de suture)\b)"),
    # Red flags any first-aid course teaches, in the words of the person who sees them (a fall one
    # cannot get up from, breathing that stops, a side that no longer moves, a fit, a crushed body,
    # a floppy baby, fumes that make everyone ill, someone no one has seen for days).
    _r("medicale", "lexique:signes_d_alerte", "fort",
       # a wound of an operation opened again, leaking or feverish (« opérée du ventre, les points se sont ouverts, ça coule et
       # j'ai de la fièvre »)
       r"^(?=.*\b(?:points|cicatrice|plaie|suture|agrafes)\b(?: \w+){0,3} (?:ouverte?s?|rouverte?s?|lache\w*|defait\w*)\b)"
       r"(?=.*\b(?:fievre|coule|saigne\w*|pus|infect\w*|rouge et chaud\w*)\b)",
       r"^(?=.*\b(?:n arrive|arrive|ne peux|peux|ne peut|peut|ne pouvons|pouvons|ne parviens|parviens) (?:pas|plus) (?:a )?"
       r"(?:me|se|nous|le|la) relever\b)(?=.*\b(?:tombe\w*|chute|par terre|au sol|glisse\w*)\b)",
       r"\b(?:n arrive|arrive|ne peux|peux|ne parviens|parviens|impossible de) (?:pas |plus |)(?:a )?(?:le|la|l) reveiller\b",
       r"\bpauses? (?:quand|en|dans sa|dans la) (?:il |elle )?respir\w*|\barrete\w* de respirer\b|\brespire (?:par a coups|bizarrement)\b|"
       r"\brespiration (?:\w+ ){0,3}(?:bizarre|etrange|bruyante)\b|\bne (?:repond|reagit) plus quand (?:je|on) lui parle\b",
       r"\blevres? (?:\w+ ){0,1}(?:grises?|blanches?|bleues?|violettes?)\b|\b(?:ronfle\w*|rale\w*) (?:bizarre\w*|fort)\b(?=.*\breveill\w*)",
       r"\b(?:cote|bras|jambe|visage|main|moitie du visage|moitie du corps) (?:droit|droite|gauche|)(?: \w+){0,1} ?paralys\w*|"
       r"\bne trouve (?:plus|pas) ses mots\b|\bcherche ses mots\b(?=.*\b(?:d un coup|depuis ce matin|depuis hier|soudain\w*)\b)",
       r"\bmal a la tete (?:\w+ ){0,1}(?:d un coup|soudain\w*|brutal\w*)\b|\bpire (?:mal de tete )?de (?:ma|sa) vie\b|"
       r"\b(?:vois|voit|voyons) double\b",
       r"\btremble\w* (?:de |)tout (?:le|son) corps\b|\bbouche (?:qui )?(?:mousse|ecume|bave)\b|\bbave de la mousse\b",
       r"\b(?:reste|restee|est|etait|a ete) coince\w* sous\b|\bcoince\w* sous (?:un|une|la|le|l) (?:\w+ ){0,1}(?:tracteur|voiture|camion|"
       r"remorque|betaillere|machine|arbre|mur|poutre|engin|benne)\b",
       r"^(?=.*\b(?:poele|chauffage d appoint|brasero|groupe electrogene|barbecue|chaudiere|chauffe eau|petrole)\b)"
       r"(?=.*\b(?:mal a la tete|maux de tete|vertiges?|nausees?|envie de vomir|vomi\w*|somnol\w*|reveille pas|"
       r"(?:arrive|peux) pas a (?:la|le) reveiller)\b)",
       r"^(?=.*\b(?:bebe|nourrisson|\d+ (?:mois|semaines)|(?:un|deux|trois|six|huit) mois)\b)(?=.*\b(?:tout mou|toute molle|"
       r"ne pleure (?:meme |)plus|pleure (?:meme )?plus|ne boit plus|refuse (?:de boire|le biberon|tous les biberons)|"
       r"ne se reveille (?:presque |)pas" + _PAS_LA_NUIT + r"|ne reagit (?:plus|pas))\b)",
       r"\bcrise d asthme\b(?=.*\b(?:ventoline|inhalateur|spray)\b (?:\w+ ){0,2}(?:marche|fait|agit) (?:pas|plus|rien))",
       # a blow or a fall on the head, then vomiting or a floppy body (« poussé dans l'escalier, une grosse bosse, il vomit
       # depuis, il est tout mou »)
       r"^(?=.*\b(?:bosse|coup sur la tete|cogne\w* la tete|tombe\w*|chute|escaliers?|pousse\w*)\b)"
       r"(?=.*\b(?:vomit|vomi|vomissements?) (?:\w+ ){0,2}(?:depuis|encore|plusieurs fois|sans arret)\b)"
       r"(?=.*\b(?:tout mou|toute molle|somnolente?|s endort|ne reagit (?:plus|pas)|bosse)\b)",
       # a long lie after a fall (« elle est par terre depuis hier soir »)
       r"\b(?:est|reste|restee?|etait|suis|est restee?) (?:par terre|au sol|a terre) depuis (?:hier|cette nuit|la nuit|ce matin|"
       r"des heures|plusieurs heures|\d+ ?h\w*)\b",
       r"^(?=.*\b(?:volets?|rideaux?) (?:\w+ ){0,3}(?:fermes?|clos|ouvert\w*) depuis\b|.*\bpas (?:ouvert|vu) (?:\w+ ){0,2}depuis (?:\d+|deux|trois|"
       r"plusieurs) jours\b)(?=.*\b(?:ne repond (?:pas|plus)|repond pas|personne (?:ne )?(?:repond|ouvre)|gemi\w*|gemissements?|"
       r"(?:appelle|appeler|crie) a l aide)\b)",
       r"^(?=.*\b(?:ne repond (?:plus|pas)|n ouvre (?:plus|pas)|personne (?:ne )?(?:repond|ouvre)) depuis (?:\d+|deux|trois|"
       r"plusieurs) jours\b)(?=.*\b(?:volets?|boite aux lettres|courrier|tele allumee|television allumee|lumiere allumee)\b)"),
    _r("medicale", "lexique:avc", "fort",
       r"\bbouche (?:de travers|tordue|qui tombe)\b",
       r"\bvisage (?:\w+ ){0,2}(?:paralyse|qui tombe|tombe|de travers|deforme)\b",
       r"\b(?:moitie|cote|un cote) du (?:corps|visage) (?:\w+ ){0,1}(?:engourdi|paralyse|ne repond|qui ne repond)\w*",
       r"\b(?:ne peut|n arrive|n arrive|arrive|peut) (?:plus|pas) (?:a )?(?:parler|articuler|lever (?:le|son) bras|"
       r"bouger (?:le|son|la|sa) (?:bras|jambe|main))\b(?!.*\b(?:depuis (?:des|plusieurs) (?:mois|annees)|il y a))",
       r"\bparle (?:bizarrement|bizarre|de travers|avec difficulte)\b",
       # the signs in plain words: a side no longer felt, a heavy arm, the worst headache with blurred sight
       r"\b(?:sens|sent|sentons) plus (?:\w+ ){0,2}(?:cote (?:gauche|droit)|visage|bras|jambe|main)\b",
       r"\b(?:bras|jambe|main) (?:est |)(?:tout |toute |)(?:lourde?|engourdie?|paralysee?)\b(?=.*\b(?:visage|bouche|parler|cote|bizarre|"
       r"soudain|d un coup)\b)",
       r"\bmal a la tete (?:\w+ ){0,5}comme jamais\b",
       r"\bvoit (?:flou|double|trouble)\b(?=.*\b(?:vomi\w*|mal a la tete|tete)\b)|\b(?:vomi\w*|mal a la tete)\b.*\bvoit (?:flou|double|trouble)\b",
       # (« avc » is also « avec » typed short: « elle me frappe avc la ceinture »)
       _PAS_APRES_UN_AVC_PASSE + r"\bavc\b(?! (?:la|le|les|l|un|une|des|mon|ma|mes|son|sa|"
       r"ses|ton|ta|tes|lui|elle|eux|moi|toi|nous|vous|leur|leurs|ce|cette|ces|mes)\b)(?!.*\b(?:il y a|l an dernier|l annee derniere|"
       r"des annees|depuis son|apres son|suite a son|a eu un))"),
    _r("medicale", "lexique:enfant+medicaments_avales", "fort",
       rf"\b(?:{ENFANT}|\d+ (?:ans|mois))\b.*\b(?:avale|mange|croque|bu|pris|ingere)\w* (?:\w+ ){{0,3}}{MEDICAMENT}\b",
       rf"\b(?:{ENFANT})\b (?:\w+ ){{0,2}}(?:a |)(?:avale|mange|bu|ingere)\w* (?:\w+ ){{0,3}}(?:{MEDICAMENT}|{PRODUIT})"),
    _r("medicale", "lexique:enfant+produit_avale", "fort",
       rf"\b(?:bu|boit|avale|avalee|mange|manger|ingere|ingurgite|mis dans sa bouche|lech\w*|croque|mache)\w* "
       rf"(?:\w+ ){{0,3}}{PRODUIT}\b",
       rf"\b(?:mis|met|mettre|porte)\w* (?:\w+ ){{0,3}}{PRODUIT}\b (?:\w+ ){{0,2}}(?:dans|a) (?:sa|la|leur) bouche\b",
       rf"\b{PRODUIT}\b.*\b(?:avale|a bu|a mange|ingere)\b",
       r"\bintoxi\w*\b|\bempoisonn\w*\b"),
    _r("medicale", "lexique:prise+medicaments", "fort", OVERDOSE),
    # a baby shaken, and signs since (vomiting, odd eyes, no reaction): the brain may be bleeding, the SAMU at once
    # (syndrome du bébé secoué, ameli.fr, checked 2026-12-04); a shaking seen again and again, with no sign named, is
    # the child's danger (the 119), as the development sets' writers decided
    _r("medicale", "lexique:bebe_secoue+signe", "fort",
       r"^(?=.*\b(?:a|ai|avons|ont|avait|avais|l a|l ont) (?:\w+ ){0,1}secoue\w* (?:\w+ ){0,4}(?:le|la|mon|ma|son|sa|notre|un|une|leur|des|mes|ses|nos)? ?(?:bebes?|nourrissons?|"
       r"nouveau nes?)\b|.*\b(?:bebe|nourrisson) (?:\w+ ){0,3}a ete secoue\w*|"
       # (shaken as a habit, the little one named: « mon copain secoue la petite quand elle pleure »)
       r".*\bsecou\w* (?:le|la|mon|ma|notre) (?:petit|petite|bebe|nourrisson|fils|fille)\b(?= (?:\w+ ){0,3}(?:pleure|pleurait|crie|criait)\b)|"
       r".*\b(?:bebe|nourrisson|nouveau ne)\b.*\b(?:je l ai|il l a|elle l a|on l a|ils l ont|l a) (?:\w+ ){0,1}secoue\w*)"
       r"(?=.*\b(?:vomi\w*|yeux (?:bizarres?|qui partent|a moitie|dans le vague|revulses)|(?:ne )?reagit (?:plus|pas|a peine)|"
       r"dort (?:bizarre\w*|beaucoup trop|tout le temps|beaucoup)|tout mou|toute molle|molle?|convuls\w*|respire mal|ne se reveille|"
       r"ouvre a peine les yeux|ne pleure plus|ne tete plus|ne boit plus)\b)"),
    # a strangling with signs after it (trouble swallowing or breathing, a changed voice, having blacked out): the neck may
    # be hurt inside and worsen hours later, the SAMU first, then the 3919
    _r("medicale", "lexique:strangulation+signe", "fort",
       # (the night before or now, not days ago: « c'était il y a deux jours… j'ai encore mal pour avaler » is the 3919's)
       rf"^(?!.*\bil y a (?:\d+|deux|trois|quatre|quelques|plusieurs) (?:jours|semaines|mois)\b)"
       rf"(?=.*\b(?:{ETRANGLE}|serr\w* (?:\w+ ){{0,2}}(?:au|le|mon) cou)\b)"
       r"(?=.*\b(?:du mal a (?:avaler|respirer|parler)|mal (?:a|pour) avaler|n arrive (?:plus|pas) a avaler|"
       r"voix (?:\w+ ){0,1}(?:bizarre|cassee|rauque|changee|eteinte|enrouee)|perdu connaissance|evanoui\w*|tombe\w* dans les pommes|"
       r"crache\w* du sang)\b)"),
    # a baby with nothing since the day before who no longer cries or reacts: the SAMU first
    _r("medicale", "lexique:bebe_sans_manger+abattu", "fort",
       r"^(?=.*\b(?:bebe|nourrisson|nouveau ne|[1-9] mois|1[01] mois)\b)"
       r"(?=.*\b(?:rien eu|rien mange|rien bu|pas mange|pas bu|pas eu (?:de |son |un )?(?:biberon|lait|tetee))\b)"
       r"(?=.*\b(?:(?:ne )?pleur\w* (?:meme )?plus|ne reagit (?:plus|pas)|tout mou|toute molle|ne se reveill\w* pas)\b)"),
    # a child hit on the head, or thrown against a wall, with signs since (vomiting, drowsiness, a swelling, the head
    # spinning, blood running): a head injury, the SAMU first, then the 119 (traumatisme crânien de l'enfant,
    # ameli.fr, checked 2026-12-04: « vomissements, somnolence… appelez le 15 »)
    _r("medicale", "lexique:enfant+coup_tete+signe", "fort",
       rf"^(?=.*\b(?:{ENFANT}|(?:[1-9]|1[0-4]) (?:ans?|mois))\b)"
       r"(?=.*\b(?:frappe\w*|tape\w*|cogne\w*|jete\w*|pousse\w*|projete\w*|balance\w*|secoue\w*)\b)(?=.*\b(?:tete|crane)\b)"
       r"(?=.*\b(?:vomi\w*|s endort|somnol\w*|(?:la )?tete qui tourne|bosse (?:enorme|grosse)|grosse bosse|crane (?:tout )?gonfle|"
       r"perdu connaissance|evanoui\w*|ne reagit (?:plus|pas)|sang qui coule|saigne\w*|du sang)\b)",
       # (or the bump itself told, with vomiting or drowsiness since: « le bébé a une grosse bosse sur la tête et a vomi »)
       rf"^(?=.*\b(?:{ENFANT}|(?:[1-9]|1[0-4]) (?:ans?|mois))\b)(?=.*\bbosse (?:\w+ ){{0,2}}(?:sur |a )(?:la |le )?(?:tete|crane|front)\b)"
       r"(?=.*\b(?:vomi\w*|s endort|somnol\w*|perdu connaissance|evanoui\w*|ne reagit (?:plus|pas))\b)"),
    # a child threatened with death (« il est parti avec mon fils de 3 ans et menace de le tuer »)
    _r("enfant", "motif:menace_de_mort->enfant", "fort",
       rf"^(?=.*\b(?:{ENFANT}|[1-9] ans|1[0-7] ans)\b)(?=.*\b(?:menace\w* de|va|veut|dit qu il va|dit qu elle va|a dit qu il allait) "
       r"(?:le|la|les) (?:tuer|egorger|noyer|faire disparaitre)\b)"),
    # a child taken away by a parent drunk at the wheel, or « on ne les reverra jamais » (« mon ex est parti avec notre fils
    # de 2 ans alors qu'il est ivre et en voiture »)
    _r("enfant", "motif:enlevement->enfant", "fort",
       r"\b(?:parti|partie|enfui|enfuie|disparu|disparue)\w* avec (?:mon|ma|mes|notre|nos|le|la|les) (?:fils|fille|enfants?|bebe|"
       r"petits?|petite)\b(?=.*\b(?:ivre|saoul|soul|bourre|alcoolise|defonce|reverr\w* (?:plus|jamais))\b)"),
    # a young child alone by a road or water, no grown-up named with them (the 17 first: situation « maintenant »)
    # a child hurt, told in English (« my little brother 10 yo is beaten by our uncle »)
    _r("enfant", "lexique:enfant_frappe_en_anglais", "fort",
       r"^(?=.*\b(?:little brother|little sister|my brother|my sister|my son|my daughter|my kid|my child|(?:[1-9]|1[0-7]) ?yo|"
       r"(?:[1-9]|1[0-7]) years? old)\b)(?=.*\b(?:is beaten|are beaten|beats (?:him|her|them)|hits (?:him|her|them)|is abused|burned|"
       r"burnt|brulures? de cigarettes?)\b)"),
    _r("enfant", "lexique:enfant_seul_au_bord", "fort",
       r"^(?=.*\b(?:enfant|petit|petite|bambin|gamin|gamine|bebe|[1-7] ans)\b)(?=.*\bseule?s?\b)"
       r"(?!.*\bavec (?:son|sa|ses|un|une|le|la|les|des) (?:moniteur|monitrice|maitre nageur|pere|mere|papa|maman|animat\w*|nounou|"
       r"grand|grands|parents|copains|copines|amis)\b)"
       r"(?=.*\b(?:au bord (?:de la|du|d une|de l) (?:route|nationale|rocade|autoroute|riviere|canal|voie|quai|eau|piscine)|"
       r"sur (?:la|le) (?:route|nationale|chaussee|voie ferree|parking))\b)"),
    # a child left in a closed car, or one in the sun (« un enfant de 2 ans seul dans une voiture fermée au soleil »)
    _r("enfant", "lexique:enfant_dans_une_voiture", "fort",
       rf"^(?=.*\b(?:seule?|personne|oublie\w*|enferme\w*|laisse\w*)\b)(?=.*\b(?:{ENFANT}|petit|petite|\d+ (?:mois|ans))\b.*\b"
       + _VOITURE_FERMEE + ")"),
    _r("enfant", "lexique:envie_de_faire_mal_au_bebe", "fort",
       r"^(?=.*\b(?:bebe|bebes|jumeaux|jumelles|nourrisson|triples|\d+ mois)\b)(?=.*\b(?:envie|peur|tentee?|failli) (?:de |d )"
       r"(?:le |la |les |l un (?:des deux )?|l une (?:des deux )?)?(?:jeter|secouer|etouffer|noyer|lancer|balancer|frapper)\b)"),
    # a girl taken « to be prepared to become a woman », as it was done to the writer: an excision's euphemism
    # a father, a stepfather, an uncle who comes to the girl's room at night (a teacher's or a CPE's report)
    # a girl « with » her mother's partner and told to keep it secret; a child pregnant at 14 or less, or to be married
    _r("enfant", "lexique:secret_impose", "fort",
       r"^(?=.*\b(?:[5-9]|1[0-5]) ans\b)(?=.*\b(?:lui|leur) (?:a|avait) (?:dit|demande|interdit) de ne (?:pas|rien) (?:en )?(?:parler|dire)\b)",
       r"^(?=.*\b(?:[5-9]|1[0-4]) ans\b)(?=.*\b(?:enceinte|attend un bebe|est grosse)\b)(?=.*\b(?:marier|mariage|le gars|un homme|"
       r"pas qu on en parle|a \d{2} ans)\b)",
       r"\b(?:avec|sort avec|couche avec) (?:le compagnon|le copain|le mari|l ami|le concubin) de sa (?:mere|maman)\b"),
    # blows to a child in the creoles of the Antilles (« manman nou ka ba'y kout rigwaz chak jou, i ni mak toupatou »)
    _r("enfant", "lexique:creole_coups", "fort",
       r"^(?=.*\b(?:ti fre|ti se|ti moun|timoun|pitit|zanfan|\d+ lanne)\b)(?=.*\bkout (?:rigwaz|baton|senti|sentiwon|fwet|pwen)\b)"),
    # photos an adult asks a child to send, for money, gifts or in secret (« un gamin de 11 ans… des photos que son ancien
    # entraîneur lui demande de lui envoyer, en échange d'argent »)
    _r("enfant", "lexique:photos_demandees", "fort",
       rf"^(?=.*\b(?:{ENFANT}|\d{{1,2}} ans)\b)(?=.*\bphotos?\b(?: \w+){{0,6}} (?:lui|leur) (?:demande|demandait|reclame|reclamait)\w*\b|"
       r".*\b(?:lui|leur) (?:demande|demandait|reclame|reclamait)\w* (?:\w+ ){0,3}(?:des )?photos?\b)"
       r"(?=.*\b(?:en echange|contre de l argent|argent|cadeaux?|en cachette|secret|entraineur|adulte|homme|inconnu|coach|animateur|"
       r"de (?:[2-9]\d) ans)\b)"),
    # a minor put out of home, told by a relative (« mon fils de 14 ans a été chassé de chez son père ce soir, il est à la gare »):
    # the child's danger (the 119) before the night's (the 115)
    _r("enfant", "motif:mineur_mis_dehors", "fort",
       rf"\b(?:{ENFANT}) (?:de |qui a |)(?:1[0-7]|[5-9]) ans\b(?: \w+){{0,3}} (?:a ete |s est fait |s est fait mettre |est |a ete mis |a ete mise )?"
       r"(?:chasse|chassee|chasser|mis dehors|mise dehors|mettre dehors|vire|viree|virer|jete dehors|jetee dehors|foutu dehors|foutue dehors|mis a la porte|"
       r"mise a la porte)\b"),
    # a minor in the street (« mon neveu de 16 ans est à la rue depuis que ma soeur l'a viré, il dort dans un parking »)
    _r("enfant", "motif:mineur_a_la_rue", "fort",
       rf"\b(?:{ENFANT}) (?:de |qui a |)(?:1[0-7]|[5-9]) ans\b(?: \w+){{0,2}} (?:est|dort|vit|se retrouve|erre|traine) "
       r"(?:\w+ ){0,2}(?:a la rue|dehors|dans la rue|dans un parking|sous un pont|dans une gare|dans un hall)\b"),
    _r("enfant", "lexique:visites_nocturnes", "fort",
       r"\b(?:pere|beau pere|oncle|grand pere|papa|frere|demi frere|cousin)\b (?:\w+ ){0,4}(?:vient|venait|viennent|entre|entrait|rentre|"
       r"rentrait)\w* (?:la |le |les |me |m )?(?:voir |)(?:\w+ ){0,2}(?:la nuit|le soir|chaque nuit|toutes les nuits|les nuits) "
       r"dans (?:sa|ma|leur|son) (?:chambre|lit)\b"),
    # in English (« the parents lock their 5 year old boy in the dark bathroom, he has marks on his arms »)
    _r("enfant", "lexique:english_seul", "fort",
       r"\b(?:leave|leaves|left|leaving) (?:their|the|his|her|a) (?:baby|child|kid|son|daughter|toddler)\b(?: [\w()]+){0,5} alone\b|"
       r"\b(?:baby|child|toddler)\b.*\b(?:is|she s|he s|she is|he is) alone (?:right now|now|at home)\b"),
    _r("enfant", "lexique:english", "fort",
       # a child named, locked in or kept from eating (« my nephew is 9, his mother locks him in the cellar »)
       r"^(?=.*\b(?:niece|nephew|girl|boy|daughter|son|kid|child|children|kids|\d{1,2} ?(?:yo|y o|years? old|year old))\b)"
       r"(?=.*\b(?:locks?|locked|locking) (?:her|him|them) (?:in|up)\b|.*\b(?:doesn t|does not|won t|don t|didn t) "
       r"(?:let|give) (?:her|him|them) (?:eat|food|anything to eat)\b)",
       r"\b(?:lock|locks|locked|beat|beats|hit|hits|hurt|hurts|burn|burns|starve|starves|shake|shakes|shook) (?:their|his|her|the|my|a) "
       r"(?:\d+ (?:year|yr|month)s? old )?(?:boy|girl|son|daughter|child|kid|baby|children|kids|little one)\b",
       r"\b(?:boy|girl|son|daughter|child|kid|baby)\b.*\b(?:has|had|with) (?:marks|bruises|burns) on (?:his|her|their)\b",
       # touched at night (« the father goes in the room of the girl (13 years) at night and touch her »)
       r"\b(?:girl|boy|daughter|son|child|kid|\d+ years?(?: old)?)\b.*\b(?:touch|touches|touched|touching) (?:her|him)\b|"
       r"\b(?:touch|touches|touched|touching) (?:her|him)\b.*\b(?:girl|boy|daughter|son|child|kid|\d+ years?(?: old)?)\b",
       # a girl to be cut (« my dad says he will send me back to Nigeria this summer to be cut like my sister, I'm 15 »)
       r"^(?=.*\b(?:to be cut|to get cut|be cut like|cut like my sister|fgm|female genital|circumcis\w*)\b)(?=.*\b(?:i m|im|i am) "
       r"(?:1[0-7]|[5-9])\b|.*\b(?:my|our) (?:dad|father|mum|mom|mother|parents|family|uncle|aunt)\b)"),
    _r("enfant", "lexique:excision_voilee", "fort",
       r"\b(?:preparer|purifier|couper) (?:\w+ ){0,2}pour (?:devenir|etre) (?:une )?(?:vraie )?femme\b"),
    _r("medicale", "lexique:bebe+fievre+signe_grave", "fort",
       rf"^(?=.*\b(?:{ENFANT}|\d+ mois)\b)(?=.*\bfievre\b)(?=.*\b(?:ne reagit|molle?|taches?|ne boit plus|dort tout le temps|"
       rf"convuls\w*|ne se reveille{_PAS_LA_NUIT}|gemit|respire mal|bleu|4[0-2]\b|inconsolable|raide|ne tient pas|somnolent\w*|"
       r"ne reagit plus|ne pleure plus|(?:ne )?veut (?:plus|pas) (?:boire|teter|le biberon|son biberon)|refuse (?:le |son )?biberon))",
       rf"\b(?:{ENFANT}|\d+ mois)\b.*\bfievre\b.*\b(?:ne reagit|molle?|taches?|ne boit plus|dort tout le temps|"
       rf"convuls\w*|ne se reveille{_PAS_LA_NUIT}|gemit|respire mal|bleu|4[0-2]\b|inconsolable|raide|ne tient pas)",
       rf"\bfievre\b.*\b(?:{ENFANT}|\d+ mois)\b.*\b(?:ne reagit|molle?|taches?|ne boit plus|dort tout le temps|"
       rf"convuls\w*|ne se reveille{_PAS_LA_NUIT}|gemit|respire mal|bleu|inconsolable|raide)",
       rf"\b(?:{ENFANT}|\d+ mois)\b.*\b(?:ne reagit|molle?|taches? violettes?)\b.*\bfievre\b",
       r"\b4[0-2](?: de| degres| de fievre|°)\b.*\b(?:ne reagit|molle?|taches?|ne boit plus|dort tout le temps|convuls)",
       rf"^(?=.*\b(?:{ENFANT}|\d+ mois)\b)(?=.*\b(?:brulant|brulante|39 \d|39|40|41|fievre)\b)(?=.*\b(?:ne se reveille{_PAS_LA_NUIT}|"
       r"nuque raide|ne reagit|molle?|convuls\w*|taches? (?:violettes|rouges qui ne)|inconscient|ne respire|respire mal|"
       r"gemit|ne boit plus|ne tete plus|refuse de boire|ne mange plus|(?:ne )?veut (?:plus|pas) (?:boire|teter|le biberon|son biberon)|"
       r"refuse (?:le |son )?biberon))",
       r"^(?=.*\b(?:[0-3] mois|[1-9] semaines|1[0-2] semaines|nouveau ne)\b)(?=.*\b(?:fievre|39|40|brulant)\b)",
       # the same, written in English (« my baby is 3 weeks old, she has 39.5 fever and she is very sleepy »)
       r"^(?=.*\b(?:baby|newborn|infant|[1-9] weeks? old|[0-3] months? old)\b)(?=.*\b(?:fever|39|40|41|burning up)\b)"
       r"(?=.*\b(?:sleepy|drowsy|floppy|won t wake|not waking|doesn t wake|dont want to (?:drink|eat|feed)|don t want to "
       r"(?:drink|eat|feed)|won t (?:drink|eat|feed)|not (?:drinking|eating|feeding)|stopped (?:drinking|eating|feeding)|"
       r"not reacting|unresponsive|seizure|fitting)\b)",
       # a baby of a few weeks, warm, moaning, no longer feeding
       r"\b(?:a|de|agee? de|bebe de|ne il y a|nee il y a) (?:[1-9]|1[0-2]) semaines\b(?=.*\b(?:chaud|chaude|fievre|geint|gemit|tete plus|"
       r"boit plus|mange plus|molle?|respire mal|convuls\w*)\b)",
       r"\b(?:39|40|41)(?: \d)?\b.*\b(?:delire\w*|ne (?:me |nous |)reconnait (?:plus|pas))\b|"
       r"\bne (?:me |nous |)reconnait plus (?:personne|rien)?\b(?=.*\b(?:d un coup|soudain|fievre|tombe|malaise)\b)"),
    _r("medicale", "lexique:chute+inconscience", "fort",
       r"\b(?:tombe\w*|chute|par terre|allonge\w*|ecroule\w*)\b.*\b(?:(?:ne |n )?(?:repond|bouge|reagit|parle) (?:plus|pas)|"
       r"n arrive (?:plus|pas) a se relever|ne peut (?:plus|pas) se relever|ne se releve pas|sans connaissance)"),
    _r("medicale", "lexique:brulure_grave", "fort",
       r"\bbrul\w* (?:\w+ ){0,3}(?:eau bouillante|huile|tout le bras|tout le corps|le visage|la moitie|grave\w*|gravement|"
       r"au troisieme degre|profond\w*)",
       r"\b(?:eau bouillante|huile bouillante)\b.*\bbrul\w*"),
    _r("medicale", "lexique:saigne+grave", "fort",
       r"\b(?:tete|bras|jambe|main|ventre|cou)\b (?:\w+ ){0,2}saign\w* (?:beaucoup|enormement|fort|abondamment|"
       r"de partout|sans s arreter)",
       r"\b(?:enceinte)\b.*\b(?:perd|saigne|sang)\b"),
    # ---------------------------------------------------------------- suicide
    # words left for the loved ones, a love said in the past, a last message (« dites à ma sœur que je l'aimais »); not eating on
    # purpose to go faster
    _r("suicide", "lexique:message_d_adieu", "fort",
       r"\b(?:dites?|dis) (?:a|lui|leur) (?:(?:ma|mon|mes) \w+ )?que je (?:l |les |t |vous |l)?(?:aimais|ai aimee?s?|aimerai toujours)\b",
       # (the love said for later: « dites à ma mère que je l'aime si elle appelle »)
       r"\b(?:dites?|dis) (?:a|lui|leur) (?:(?:ma|mon|mes) \w+ )?que je (?:l |les |l)?aime\b(?= (?:si|s|quand|le jour ou) (?:elle|il|ils|elles) "
       r"(?:appelle|appellent|demande|demandent|vient|viennent|passe|passent)\b)",
       r"\b(?:c est|ce sera) (?:la|mon) (?:derniere fois|dernier message) (?:que j ecris|que jecris|que je vous ecris|que je parle)\b"
       r"(?=.*\b(?:aimais|adieu|pardon|prenez soin|dites)\b)",
       r"\bpour (?:partir|mourir|m en aller|en finir|le rejoindre|la rejoindre|les rejoindre) plus vite\b",
       r"\b(?:je ne mange plus|je mange plus|j arrete de manger|je ne bois plus) (?:\w+ ){0,2}(?:expres|volontairement)\b"),
    # a blade against the wrist (« j'ai le couteau sur le poignet là »), a rope hung
    # an attempt just made and the ideas still there (« je sors des urgences ce matin après une TS… j'ai encore les idées »)
    _r("suicide", "lexique:apres_une_tentative", "fort",
       # (« TS » is « tous » once the normaliser has read the SMS words: « après une tous »)
       r"^(?=.*\b(?:apres une (?:ts|tous)|tentative de suicide|tentative|overdose|surdose)\b)(?=.*\b(?:encore|toujours) (?:les|des|ces) "
       r"(?:idees|pensees|envies)\b)",
       r"\b(?:stopped|stops|refuses) (?:eating|drinking)(?: and (?:eating|drinking))? on purpose\b|\b(?:wants|want) to go now\b(?=.*\b(?:stopped|"
       r"refuses?) (?:eating|drinking)\b)"),
    # a window, a void, rails looked at « differently » (« je regarde la fenêtre de ma chambre au 9e étage différemment »)
    _r("suicide", "lexique:regard_autre", "fort",
       r"\b(?:regarde|regardes|regardais) (?:la fenetre|le vide|le balcon|les rails|le pont|les voies|la riviere|la mer)\b(?: \w+){0,8} "
       r"(?:differemment|autrement|d un autre oeil)\b"),
    # the gas opened, and gone (« si j'ai pas de réponse j'ouvre le gaz et je pars avec »)
    # a crash planned to pass for an accident (« si je fonce dans un platane tout le monde croira à un accident »)
    _r("suicide", "lexique:accident_voulu", "fort",
       r"\b(?:fonce|foncer|foncais|m ecraser|me jeter|precipiter|me planter|lancer la voiture) (?:\w+ ){0,4}(?:dans|contre|sur) "
       r"(?:un|une|le|la|l) ?(?:platane|arbre|mur|pilier|poteau|camion|pile de pont|ravin)\b(?=.*\b(?:accident|assurance|"
       r"croira|croiront|personne ne saura|on croira)\b)",
       # (told in the first person with tonight or nothing left to lose: « j'ai plus rien à perdre, ce soir je prends la voiture
       # et je fonce dans un platane »; not a crash told in the past, « j'ai foncé dans un arbre »)
       r"^(?=.*\b(?:plus rien a perdre|en finir|adieu|ce soir|cette nuit|demain matin|ce sera fini|tout sera fini)\b)"
       r"(?=.*\b(?:je|j|jvais|je vais|j vais) (?:fonce|vais foncer|foncerai|me jette|vais me jeter|me plante|vais me planter|"
       r"jette la voiture|lance la voiture) (?:\w+ ){0,2}(?:dans|contre|sur|sous) (?:un|une|le|la|l) ?(?:platane|arbre|mur|pilier|"
       r"poteau|camion|pile de pont|ravin|falaise|train)\b)"),
    _r("suicide", "lexique:gaz_ouvert", "fort",
       r"\b(?:j ouvre|je vais ouvrir|j ouvrirai|j ouvrirais|ouvrir) (?:tout )?le gaz\b(?= (?:\w+ ){0,3}(?:je pars|partir|mourir|"
       r"en finir|c est fini|pour de bon|avec (?:eux|elles|les enfants|mes enfants|les petits))\b)"),
    # at the end of a platform, a train that does not stop named (« au bout du quai… le prochain train qui passe sans
    # s'arrêter c'est dans dix minutes »)
    _r("suicide", "lexique:quai+train_sans_arret", "fort",
       rf"^(?=.*\b{_AU_BORD_DES_VOIES}\b)(?=.*\b{_UN_TRAIN}\b"
       r"(?: \w+){0,6} (?:sans s arreter|qui ne s arrete pas|qui s arrete pas|sans arret|a toute vitesse)\b)",
       _AU_BORD_AVANT_LE_TRAIN),
    _r("suicide", "lexique:moyen_en_main", "fort",
       # (not « le couteau sous la gorge », a figure or another's threat)
       r"\b(?:couteau|lame|cutter|rasoir|ciseaux|tesson)\b (?:\w+ ){0,3}(?:sur|contre) (?:le|mon|les|mes) (?:poignets?|veines?)\b",
       r"\bcorde (?:\w+ ){0,2}(?:accrochee|attachee|nouee|prete|au cou|autour (?:du|de mon) cou)\b"),
    # a death insurance that would pay « if something happened », beside the signs of a plan (« il parle de l'assurance décès
    # qui rembourserait la maison s'il lui arrivait quelque chose, et il va seul à la falaise tous les soirs »)
    _r("suicide", "lexique:assurance_deces+signe", "fort",
       r"^(?=.*\b(?:assurance (?:deces|vie)|capital deces)\b)(?=.*\b(?:s il (?:lui |m |)arrivait quelque chose|s il (?:lui |m |)arrive "
       r"quelque chose|si (?:je|il|elle) (?:mourait|mourais|disparaissait|disparaissais|n etait plus la|n etais plus la))\b)"
       r"(?=.*\b(?:falaise|pont|voies|rails|idees noires|(?:ne )?dort plus|(?:ne )?dors plus|en finir|plus rien a perdre|"
       r"va seule? (?:au|a la|sur)|vais seule? (?:au|a la|sur))\b)"),
    # the trains watched and a step forward thought of (« je regarde les trains passer… un jour je vais juste avancer d'un pas »)
    _r("suicide", "lexique:un_pas_vers_les_voies", "fort",
       r"^(?=.*\b(?:trains?|rails|voies?|passage a niveau|quai|rer|metro|tgv)\b)(?=.*\b(?:avancer d un pas|un pas de trop|"
       r"faire un pas (?:de plus|en avant|de trop)|juste avancer|(?:je vais|j vais|jvais) avancer)\b)"),
    _r("suicide", "lexique:intention_explicite", "fort",
       r"\b(?:want to die|kill myself|end my life|ending my life|end my own life|take my (?:own )?life|taking my (?:own )?life|"
       r"suicidal|end it all|ending it all)\b",
       r"\b(?:thinking|think|thought) (?:about|of) (?:jumping|killing myself|ending it|dying|taking all)\b|"
       r"\b(?:going|want|about) to jump\b|\bjump (?:off|from) (?:the|a) (?:bridge|roof|building|balcony|window)\b",
       r"\b(?:don t|do not|dont) want to (?:wake up|live|be alive|exist)\b|\bpills (?:are )?ready\b",
       r"\b(?:plus|pas) envie de (?:me )?reveiller\b|\bne (?:veux|voudrais) (?:plus|pas|jamais) (?:me )?reveiller\b",
       # (not what is said to another: « mon chef m'a dit "tu vas mourir au travail" en rigolant »)
       r"\b(?<!\btu )(?:veux|veut|voudrais|vais|vas|va|aimerais|prefere|prefererais|envie de|envie d|besoin de|pense a|"
       r"pense serieusement a|compte|pret a|prete a|decide de|ai decide de) "
       # (not « je vais te crever », « il va la crever »: a threat to another, not one's own death)
       r"(?:(?!pas |jamais |te |t |vous |la |le |les |lui )\w+ ){0,1}(?:mourir|crever|disparaitre|en finir\b(?! avec (?!(?:la vie|tout|ma vie|cette vie|moi)\b)))",
       r"\b(?:je veux|je vais|je voudrais|j aimerais|je prefere|je prefererais|envie de|envie d|besoin de|pense a|"
       r"pense serieusement a|je compte|pret a|prete a|decide de|ai decide de|veux|vais|voudrais) "
       r"(?:(?!pas |jamais )\w+ ){0,1}(?:me tuer|me suicider|me supprimer|me defenestrer|me pendre)\b",
       r"\b(?:je|j|moi) (?:ne )?(?:veux|vais|voudrais|veut) (?:(?:plus |pas )?(?:vivre|exister|etre en vie)|mourir)\b",
       r"\bme (?:suicider|suicide|pendre|pends|foutre en l air|fous en l air|jeter (?:sous|du|d un|par|dans|de)|"
       # (in the future or the conditional too: « je me jetterai par la fenêtre »)
       r"(?:jetterai|jetterais) (?:sous|du|d un|par|de)|"
       r"ouvrir les veines|ouvrir le|taillader|tailler les veines|tirer une balle|scarifi\w*|mutil\w*|faire du mal|"
       r"fais du mal|couper les veines|coupe les veines|coupe les bras|coupe le bras|coupe les poignets|"
       r"laisser mourir|supprimer|defenestrer|noyer|jeter sous)",
       r"\bje (?:vais|veux) me tuer\b|\benvie de me tuer\b|\bje me tue\b(?! (?:a|au) (?:la tache|travail|boulot|dire|repeter|vous))",
       r"\bmettre fin a (?:mes jours|ma vie|tout|mon existence|mes souffrances|ma souffrance|mon calvaire|tout ca)\b|\ben finir avec (?:la vie|ma vie|tout)\b",
       r"\b(?:plus|pas|aucune|perdu) (?:l |le |la |d )?(?:envie|force|courage|raison|gout) (?:de |d )(?:vivre|exister|etre en vie)\b",
       r"\bmarre de (?:vivre|la vie|cette vie|exister)\b|\bj en peux plus de (?:vivre|la vie)\b",
       r"\b(?:la|ma|cette) vie (?:n a |a )?(?:plus )?(?:aucun|de|pas de) sens\b",
       r"(?<!pas d )(?<!aucune )(?<!plus d )\bidees noires\b|\bpensees (?:suicidaires|de mort|noires)\b|(?<!\brisque )(?<!\bcrise )(?<!\bconduites )(?<!\bcomportements )\bsuicidaire\w*\b",
       r"\b(?:automutil\w*|scarif\w*)",
       r"\b(?:sauter|me jeter|je saute|se jeter) (?:du|d un|de la|par la|sous un|sous le|sous|dans le|du haut) "
       r"(?:\w+ ){0,1}(?:pont|fenetre|balcon|train|metro|immeuble|toit|vide|falaise|rer|tram|voiture|camion|viaduc)\b",
       r"\bplus envie d etre (?:la|en vie|vivant|vivante|sur terre)\b|\bpas envie de me reveiller\b",
       r"\b(?:veux|voudrais) (?:plus|ne plus|pas) me reveiller\b|\bdormir pour toujours\b|\ben finir une bonne fois\b",
       rf"\b{_MIEUX_DE_NE_PLUS}(?:ne (?:pas|plus) me reveiller|ne plus (?:etre la|exister)|mourir|disparaitre|partir pour de bon)\b",
       r"\bje (?:ne )?sers a rien\b.*\b(?:mourir|disparaitre|partir|en finir)\b",
       r"\bje veux (?:juste |seulement |)(?:mourir|crever|partir pour (?:de bon|toujours))\b",
       r"\bplus (?:envie|le gout) d exister\b|\bplus etre en vie\b",
       r"\bme (?:faire|laisser) (?:ecraser|renverser|percuter)\b|\b(?:aller|me mettre|me coucher|m allonger) sur (?:les )?(?:rails|voies)\b",
       # (not another's insult: « ma mère me dit tous les jours que j'aurais jamais dû naître »)
       r"^(?!.*\b(?:me|m) (?:dit|dis|disent|repete\w*|crie\w*|hurle\w*|balance\w*|ecrit) (?:\w+ ){0,4}(?:que|qu) (?:\w+ ){0,3}"
       r"(?:jamais|pas) du naitre\b).*\b(?:ne jamais etre ne|jamais du naitre|pas du naitre|regrette d etre ne|regrette d etre nee)\b",
       r"\b(?:quitter|partir de) ce monde\b|\bplus de ce monde\b",
       # (not the gun someone else takes out: « quand il boit il sort son fusil et le pose sur la table » is a threat)
       r"^(?!.*\b(?:il|elle|ils|on) (?:\w+ ){0,2}(?:sort|sortait|a sorti|prend|prenait|a pris|pose|posait|pointe|pointait|brandit|"
       r"brandissait|charge|chargeait|nettoie|nettoyait) (?:son|sa|ses|un|une|le|la|l) (?:pistolet|fusil|arme|revolver)\b)"
       r".*\b(?:pistolet|fusil|arme|revolver)\b.*\b(?:devant moi|dans la main|dans ma main|sur la tempe|charge|sur la table)\b",
       r"\bcharbon\b.*\b(?:salle de bain|chambre|voiture|calfeutr|fermee?)\b",
       # a hose run from the exhaust (« dans ma voiture, avec le tuyau déjà branché sur le pot d'échappement »)
       r"\btuyau\b(?: \w+){0,6} (?:pot d echappement|echappement)\b|\bpot d echappement\b(?: \w+){0,6} tuyau\b",
       r"\b(?:recherche|cherche|renseigne|regarde)\w* (?:\w+ ){0,6}(?:combien de (?:cachets|medicaments|comprimes|pilules)|"
       r"comment (?:mourir|me suicider|se suicider|se pendre|en finir|mettre fin)|dose (?:mortelle|letale))",
       _DOSE_POUR_NE_PLUS_SE_REVEILLER,
       r"\b(?:plus simple|mieux|plus facile|preferable) de (?:mourir|disparaitre|en finir|ne plus vivre|ne plus etre la)\b",
       r"\b(?:vide|pille|vole|pris|recupere)\w* (?:\w+ ){0,1}(?:la|sa|ma|toute la) (?:pharmacie|boite a pharmacie|armoire a pharmacie)\b",
       r"\b(?:noue|attache|accroche|installe|fixe|prepare)\w* (?:une|la|ma) corde\b|\bcorde\b.*\b(?:poutre|grenier|plafond|arbre|cou)\b",
       r"\bme (?:laisser tomber|lancer|balancer|jeter) (?:du|de la|d un|d une|depuis|par|sous|dans)\b",
       r"\b(?:cachets|medicaments|comprimes|arme|corde|pistolet|fusil|lame|rasoir) (?:\w+ ){0,1}(?:a cote de moi|devant moi|dans (?:la|ma) main|"
       r"pres de moi|sur moi)\b",
       r"\bmoteur (?:allume|en marche|qui tourne)\b.*\bgarage\b|\bgarage\b.*\bmoteur (?:allume|en marche|qui tourne)\b",
       r"\bme (?:jeter|noyer) (?:a l eau|dans (?:l eau|la seine|le fleuve|le canal|la riviere|la mer|le lac|la loire|le rhone))\b"
       r"(?=.*\b(?:ce soir|cette nuit|demain|mourir|en finir|fini|pour toujours|pour de bon)\b)",
       r"\ba quoi (?:ca |bon |)(?:sert|servirait) (?:de vivre|que je (?:reste|vive|sois) (?:en vie|la|vivante?)|ma vie)\b",
       r"\bs est enferme\w* (?:\w+ ){0,3}avec (?:une|un|des|son|sa|ses) (?:corde|arme|fusil|couteau|medicaments|cachets|lame|rasoir)\b",
       r"\bne (?:serai|serais|sera) plus (?:un |une )?(?:probleme|poids|fardeau|charge|souci|boulet)\b",
       r"\b(?:vais|va|peur de|envie de|pourrais|risque de|sur le point de|je sens que je vais) faire (?:une|des) (?:betises?|conneries?)\b"
       r"(?! (?:en|avec|dans|sur|au|a la))",
       r"\b(?:mieux|meilleure vie|plus heureux|plus heureuse|plus heureuses|plus tranquilles?) (?:\w+ ){0,2}sans moi\b",
       r"\b(?:supporte|supporter|supportes) (?:plus|pas) (?:la vie|de vivre|cette vie|ma vie|d etre en vie)\b",
       r"(?<!faut que j )(?<!dois )\b(?:pour |d |veux |vais |decide d |envie d |)en finir\b(?! avec (?!(?:la vie|tout|ma vie|cette vie|moi)\b))",
       rf"\b(?:prends|vais prendre|prendre|avaler|vais avaler|avale|je prends) (?:\w+ ){{0,1}}(?:toute la boite|toutes les boites|"
       rf"tous (?:mes|les) {MEDICAMENT}|toute la plaquette|toutes mes {MEDICAMENT}|tout le flacon|toute ma reserve)\b",
       r"\b(?:mieux|plus tranquilles?|plus heureux|plus heureuse|soulages?)\b.*\bsi je (?:n etais|ne suis|ne serais|etais) (?:plus|pas) "
       r"(?:la|de ce monde|en vie)\b|\bsi je (?:n etais|ne suis|ne serais) plus (?:la|de ce monde|en vie)\b.*\b(?:mieux|tranquille|"
       r"heureux|soulage)"),
    _r("suicide", "composition:vouloir+mourir", "fort",
       # (a wish not to die is none: « je ne veux pas mourir seul »)
       # (nor a threat to another: « je vais te crever », « il veut la tuer »)
       rf"\b{VOULOIR}\b(?: \w+){{0,6}}? (?<!\bpas )(?<!\bjamais )(?<!\bte )(?<!\bt )(?<!\bvous )(?<!\bla )(?<!\ble )(?<!\bles )"
       rf"(?<!\blui ){MORT_SOI}\b",
       rf"\b{MORT_SOI}\b(?: \w+){{0,5}}? (?:me parait|me semble|est|serait|c est) (?:\w+ ){{0,2}}(?:la seule|l unique|la meilleure) "
       r"(?:solution|issue|option|sortie)\b",
       r"\brendez vous (?:avec|a) la mort\b|\bc est la fin pour moi\b|\bla fin de ma vie\b(?! professionnelle)",
       # (a try at something else is none: « mon chat a fait une tentative d'évasion par la fenêtre »)
       r"\b(?:j ai fait|j ai fais|refait|fait) une tentative\b(?! (?:de |d )(?!suicide\b))",
       r"^(?=.*\b(?:soulage\w*|mieux|tranquilles?|heureux|heureuse|debarrasse\w*|content\w*|personne ne m en voudrait|"
       r"personne ne me regretterait|(?:presque |)du bien d y penser)\b)(?=.*\bsi je (?:n etais plus la|"
       r"partais|disparaissais|mourais|n existais plus|n etais plus de ce monde|ne me reveillais (?:pas|plus)|"
       # (an accident imagined as a relief: « si je ratais le virage avec la voiture personne ne m'en voudrait »)
       r"(?:ratais|loupais|manquais) (?:le|un|ce) virage|(?:faisais|avais) un accident)\b)"),
    _r("suicide", "lexique:suicide_mot", "mot",
       # (not the thought denied: « je ne pense pas du tout au suicide, je vous rassure »)
       r"(?<!\bpense pas au )(?<!\bpense pas du tout au )(?<!\bpense absolument pas au )(?<!\bpense jamais au )"
       r"(?<!\bpense plus au )(?<!\baucune idee )(?<!\baucune pensee )\bsu?i?[cs]{1,2}id\w*",
       r"\btentative de suicide\b", r"\bpasser a l acte\b",
       # (« TS la semaine dernière »: the SMS table reads « ts » as « tous », which no such time follows)
       r"\b(?:ts|tous)\b(?= (?:la semaine (?:derniere|passee)|le mois (?:dernier|passe)|hier|avant hier|il y a (?:\d+|un|une|deux|trois|"
       r"quelques) (?:jours|semaines|mois))\b)"),
    _r("suicide", "lexique:moyen+preparation", "fort",
       _PAS_L_ARME_D_UN_AUTRE + rf".*\b(?:achete|acheter|stocke|stocker|mis de cote|garde|garder|economise|cache|prepare|rassemble|accumule|"
       rf"commande|recupere|trouve|pris|mets de cote|j ai)\w* (?:\w+ ){{0,4}}{MOYEN_SUICIDE}\b.*\b(?:pret|prete|"
       r"tout est|ce que je vais faire|pour (?:ne plus|en finir|moi|le jour|partir|ce soir|mourir|quand)|assez pour|"
       r"suffisamment pour|le moment venu|bientot|c est pour|au cas ou|ne plus me reveiller|date)",
       rf"\b(?:assez|suffisamment|de quoi) (?:de )?{MOYEN_SUICIDE} pour (?:ne plus|mourir|en finir|partir|me)",
       _PAS_L_ARME_D_UN_AUTRE + rf".*\b(?:mis de cote|mets de cote|stocke|stocker|accumule|amasse|cache|garde de cote|economise|"
       rf"(?<!\bla )garde)\w* (?:\w+ ){{0,3}}(?:{MEDICAMENT}|corde|arme|fusil|poison)\b",
       _PAS_L_ARME_D_UN_AUTRE + rf".*\b(?:acheter|achete|trouver|trouve|procurer|procure|commande)\w* (?:une |un |la |le |des )?(?:corde|arme|fusil|"
       r"pistolet|poison|barbecue|charbon)\b(?! (?:a linge|a sauter|pour (?:le|la|les|mon|ma|mes) (?!vie)))"),
    _r("suicide", "lexique:date_fixee", "fort",
       r"\b(?:choisi|fixe|prevu|decide) (?:la|le|une|ma) (?:date|jour)\b(?!.*\b(?:rendez vous|demenag|mariage|"
       r"anniversaire de mariage|fete|audience|entretien))",
       r"\bc est decide\b.*\b(?:ce sera|ce soir|demain|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|je pars|"
       r"bientot)\b",
       r"\b(?:ce sera|c est pour) (?:ce soir|cette nuit|demain)\b.*\b(?:fini|la fin|dernier|derniere)\b"),
    _r("suicide", "lexique:adieux", "fort",
       r"\blettres? d adieux?\b|\bmessages? d adieux?\b|\bmots? d adieux?\b",
       r"\b(?:dire|dis|dit) (?:au revoir|adieu) (?:a tout le monde|a mes|a ma|a mon|a quelqu un|a tous|pour toujours|"
       r"une derniere)",
       r"\bquand je ne serai plus (?:la|de ce monde)\b|\bapres ma mort\b|\bmes dernieres volontes\b",
       r"\bdonne (?:mon chat|mon chien|mes affaires|toutes mes affaires)\b.*\b(?:au revoir|adieu|plus la|partir|derniere)",
       r"\b(?:dernier soir de ma vie|derniere nuit de ma vie)\b"),
    # one's things given away and one's end put in order (« il a donné sa voiture et ses outils, il a réglé ses obsèques… « j'ai
    # fait mon temps » »): the farewells of a plan, told by a relative too (the funeral's words are no figure here)
    _r("suicide", "lexique:affaires_donnees+fin_reglee", "fort",
       r"^(?=.*\b(?:donne|distribue|offert|laisse)\w* (?:sa|ses|son|mes|ma|mon) (?:\w+ ){0,2}(?:voiture|outils|affaires|bijoux|meubles|"
       r"chien|chat|collection|montre|economies)\b)(?=.*\b(?:obseques|pompes funebres|enterrement|testament|fait (?:mon|son) temps|"
       r"prends soin (?:de|d)|prenez soin (?:de|d)|adieu|plus besoin de rien|n aura plus besoin|n aurai plus besoin)\b)"
       r"(?!.*\b(?:demenag\w*|ehpad|maison de retraite|part (?:vivre|s installer)|partir (?:vivre|s installer))\b)"),
    # a leg over the railing, held back (« j'étais sur le balcon du 9e, j'avais déjà passé une jambe, c'est les petits qui m'ont
    # tirée »)
    _r("suicide", "lexique:jambe_par_dessus", "fort",
       r"\b(?:j avais|j ai|il avait|elle avait|il a|elle a) (?:deja |)(?:passe|enjambe|mis) (?:une jambe|la jambe|la rambarde|le garde corps|"
       r"la balustrade|le parapet)\b(?: (?:par dessus|de l autre cote|dans le vide))?"),
    _r("suicide", "lexique:rejoindre_defunt", "fort",
       r"\b(?:rejoindre|retrouver|aller (?:la|le|les) (?:rejoindre|retrouver)|aller retrouver|partir retrouver|"
       r"partir rejoindre|etre avec (?:lui|elle|eux))\b.*\b(?:mort|morte|morts|deces|decede|decedee|decedes|au ciel|la haut|parti|partie|"
       r"disparu|disparue|n est plus|enterre|enterree|au paradis|s est tuee?|s est suicidee?|s est pendue?|s est noyee?)\b(?!.*\b(?:enterrement|obseques|billet|funerailles|voyage|vivre)\b)",
       r"\b(?:mort|morte|deces|decede|decedee|parti|partie)\b.*\b(?:le|la|les) (?:rejoindre|retrouver)\b(?! (?:a|au|en|pour) )"
       r"(?!.*\b(?:enterrement|obseques|billet|funerailles|voyage)\b)",
       r"\b(?:mort|morte|decede|decedee|parti|partie|perdu)\b (?:\w+ ){0,6}(?:je veux|je voudrais|envie d) etre avec (?:lui|elle|eux)\b"
       r"(?! (?:a|au|en|pour) )",
       r"\b(?:mort|morte|decede|decedee|au ciel|la haut|n est plus)\b.*\b(?:qu une envie|seule envie|veux|voudrais) "
       r"(?:c est )?(?:le |la |les )?(?:rejoindre|retrouver)\b"),
    _r("suicide", "lexique:fardeau+disparition", "fort",
       r"\bje suis (?:un|une) (?:poids|fardeau|charge)\b",
       # "without me you will get the life insurance"
       r"\bsans (?:lui|moi|elle) (?:\w+ ){0,3}(?:assurance vie|toucherez|toucherons|toucheront|touchera)\b",
       r"\b(?:serait|seraient|seront|serez|irait|iront|seraient plus heureux|vivraient mieux) (?:\w+ ){0,2}sans moi\b",
       r"\b(?:soulage\w*|debarrasse\w*|tranquilles?) (?:\w+ ){0,2}quand je (?:serai|ne serai) (?:parti|partie|mort|morte|plus la)\b",
       r"\bpersonne ne (?:remarquera|me regrettera|me regretterait|verra|s en rendra compte|pleurera)\b",
       r"\b(?:bientot|plus longtemps) je ne (?:derangerai|generai|embeterai|serai) plus\b",
       r"\bm endormir (?:\w+ ){0,2}(?:ne (?:jamais|plus) me reveiller|pour toujours|pour de bon)\b",
       r"\bne (?:jamais|plus) me reveiller\b",
       # the edge pictured as the end (« si je montais sur la rambarde du balcon ce serait fini »)
       r"\bsi je (?:montais|sautais|enjambais|passais|me jetais) (?:sur|par dessus|du haut de|de|du|par|sous) (?:la |le |l |un )?(?:rambarde|garde corps|"
       r"balcon|fenetre|pont|parapet|train|toit)\b(?=.*\b(?:ce serait|ca serait|tout serait) (?:fini|termine|plus simple|reglee?)\b)",
       r"\b(?:en esperant|j espere|esperant|esperer|en souhaitant|je souhaite) (?:\w+ ){0,1}ne (?:pas|plus|jamais) me reveiller\b",
       r"\bdecue? (?:d etre encore|de me reveiller|d etre toujours) (?:la|en vie|vivante?|\w+ matin)?\b",
       r"\bpartir pour (?:de bon|toujours)\b(?! (?:de|d|du|a|au|en|vers|dans|loin|la bas))|\bdisparaitre pour (?:toujours|de bon)\b",
       r"\bque (?:la douleur|tout|ca|tout ca|la souffrance) s arrete (?:pour de bon|definitivement|pour toujours|enfin)\b",
       r"\bfatigue\w* de vivre\b|\bplus (?:d |aucune )issue\b",
       r"\b(?:plus|aucune|pas) (?:de |d )?(?:aucune )?raisons? de (?:vivre|rester (?:ici|sur terre|en vie|sur cette terre)|continuer a vivre|"
       r"me lever)\b",
       r"\b(?:plus|aucune) raison de rester sur (?:cette )?terre\b",
       r"\ba quoi bon (?:vivre|continuer|rester|me battre)\b",
       r"\bpense(?:r)? a (?:mourir|la mort|me tuer)\b|\bparle\w* de (?:mourir|se tuer|se suicider|en finir|la mort|se faire du mal|"
       r"se (?:couper|scarifier|foutre en l air|jeter))\b",
       # nothing left to hold one to life (« y a plus rien qui me retient ici »), not to a town one leaves (« plus rien ne me
       # retient à Lille », « … ici, je veux déménager »)
       r"\bplus rien (?:ne|qui) me retien(?:t|nent)\b(?! (?:a|au|aux|en|dans|sur|chez|la bas)\b)"
       r"(?!(?: \w+){0,6} (?:demenag\w*|partir (?:a|au|en|vivre)|changer de (?:ville|region))\b)|\bje veux que tout s arrete\b"),
    _r("suicide", "lexique:automutilation", "fort",
       r"\bme (?:fais|fait|faire) (?:des )?(?:entailles|coupures|mal avec|bruler)\b",
       r"\bme (?:coupe|couper|taillade|brule|bruler|mutile) (?:les|le|la|mes) (?:bras|poignets|cuisses|jambes|ventre|peau)\b",
       r"\bme (?:fais|fait) du mal\b",
       r"\b(?:me suis|me|m) (?:encore |deja |souvent |)(?:re)?(?:lacere|lacerer|taillade|tailladee|entaille|entaillee|coupe|coupee|brule|brulee|scarifie|scarifiee|"
       r"griffe jusqu au sang|mutile|mutilee) (?:\w+ ){0,1}(?:les|le|la|mes|mon|ma) (?:bras|poignets|poignet|cuisses|cuisse|jambes|ventre|peau|veines?)\b",
       # a body opened with a blade (« je me suis ouvert le bras hier soir avec une lame, c'est pas la première fois »)
       r"\bme suis (?:ouvert|ouverte|coupe|coupee|entaille|entaillee|taillade|tailladee) (?:\w+ ){0,5}(?:avec|a) (?:une |un |la |le |ma |mon )?"
       r"(?:lame|lames|lame de rasoir|rasoir|cutter|compas)\b"),
    _r("suicide", "lexique:tiers_suicidaire", "fort",
       r"\b(?:va|veut|voulait|allait|menace de|pense a|parle de|a essaye de|a tente de|vais|veux) (?:aller )?se (?:suicider|tuer|pendre|"
       r"jeter|foutre en l air|supprimer|ouvrir les veines|tirer une balle|faire sauter la cervelle|laisser mourir|noyer|defenestrer)\b(?!.*\bsi (?:je|tu) (?:pars|le quitte|la quitte|m en vais|partais))",
       r"\bse (?:scarifie|mutile|coupe les (?:bras|poignets|veines))\b"),
    # a letter left to be opened « quand on me trouvera » (by the writer, or given to them by someone who no longer answers)
    _r("suicide", "lexique:lettre_a_ouvrir", "fort",
       r"\b(?:a ouvrir|a lire) (?:quand|apres que|si) (?:on me trouve|on me trouvera|je serai parti\w*|je ne serai plus la|je serai mort\w*)\b|"
       r"\bquand on me trouvera\b",
       # found dead, said of oneself (« l'huissier passe jeudi… il me trouvera mais pas vivante »)
       r"\b(?:il|elle|on|ils|elles|quelqu un|personne) (?:me|m) (?:trouvera|trouveront|retrouvera|retrouveront|va trouver|vont trouver)"
       r"\b(?: \w+){0,3} (?:pas vivante?|plus vivante?|morte?|sans vie|pendue?|froide?)\b"),
    # one's own death given a near date and its money worked out (« mon assurance vie couvrira tout si je pars avant la fin du
    # mois », after asking whether debts die with the debtor « je demande pour moi »)
    _r("suicide", "lexique:mort_datee_et_comptee", "fort",
       r"^(?=.*\bsi je (?:pars|meurs|decede|disparais|ne suis plus la|m en vais) (?:avant|d ici) (?:la fin (?:du|de la|de l) "
       r"(?:mois|semaine|annee)|noel|demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d+|\w+ prochaine?)\b)"
       r"(?=.*\b(?:assurance (?:deces|vie)|decede|deces|succession|obseques|heritage|mes calculs)\b)",
       # what the children would get « si je n'étais plus là », everything to be settled before a date (« je préfère tout
       # organiser avant la fin du mois »)
       r"^(?=.*\bsi je (?:n |ne )?(?:etais|suis|serais) plus (?:la|de ce monde)\b)(?=.*\b(?:tout )?(?:organiser|regler|preparer|"
       r"ranger|mettre en ordre)\b(?: \w+){0,3} (?:avant|d ici) (?:la fin (?:du|de la|de l) (?:mois|semaine|annee)|noel|demain|ce soir|"
       r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le \d+|\w+ prochaine?)\b)"),
    # affairs wound up and a place to go where nothing is owed (« j'ai revendu mes meubles, résilié mon bail et mon forfait,
    # là où je vais y a pas de loyer à payer »)
    _r("suicide", "lexique:la_ou_je_vais", "fort",
       r"^(?=.*\bla ou (?:je vais|je pars|j irai)\b.*\b(?:pas|plus|aucun) (?:de |d )?(?:loyer|besoin|factures?|aide)\b)"
       r"(?=.*\b(?:revendu|vendu|donne|resilie|liquide|rendu)\w* (?:tous |toutes )?(?:mes|mon|ma)\b)"
       # (not a home named: « je pars vivre chez ma fille, là où je vais il n'y a pas de loyer »)
       r"(?!.*\b(?:chez (?:ma|mon|mes|un|une|des)|vivre (?:chez|avec|en|a|au)|demenag\w*|ehpad|maison de retraite|foyer|"
       r"residence|colocation|hebergee? par|logee? par)\b)"),
    _r("suicide", "lexique:au_bord", "fort",
       # (going there and not coming back: « ce soir je vais aller au bord de la falaise… je pense pas revenir »)
       r"^(?=.*\b(?:falaise|pont|toit|viaduc|voie ferree|rails|barrage|precipice)\b)(?=.*\b(?:(?:je |j )?(?:ne )?(?:pense|compte|crois|vais) "
       r"pas revenir|je (?:ne )?reviendrai (?:pas|plus|jamais)|sans retour)\b)",
       r"\b(?:sur|au bord du|au bord de la) (?:le |la )?(?:pont|toit|rebord|balcon|falaise|quai|voie|voies|fenetre)\b.*\b"
       r"(?:regarde l eau|regarde le vide|vide|sauter|saute|en bas|pret|prete|l eau)\b",
       # on a bridge now, asking about the suicide prevention line (« est-ce que le 3114 marche sans forfait ? jsuis sur le pont
       # là »)
       r"^(?=.*\b(?:3114|numero (?:de prevention|du suicide|anti suicide)|sos suicide|ligne d ecoute)\b)(?=.*\b(?:je suis|jsuis|j suis|"
       r"chui|suis) (?:sur|au bord du|au bord de la|en haut du|en haut de la) (?:le |la )?(?:pont|toit|viaduc|falaise|parapet|rebord)\b)",
       # at a platform's edge now, reaching out (« je suis au bord du quai à la gare là. je voulais juste savoir si quelqu'un
       # lit vraiment ces messages »)
       r"\bje suis (?:au bord|au bout) du quai\b(?: \w+){0,4} (?:la|maintenant|en ce moment)\b"),
    # ---------------------------------------------------------------- enfant
    _r("enfant", "lexique:enfant_en_danger", "mot",
       r"\b(?:child abuse|my (?:father|mother|dad|mum|mom|parents|stepfather) (?:hits|beats|beat|hit|touches) me)\b",
       r"\b(?:enfant|enfants|mineur|mineure|mineurs|bebe) en danger\b|\benfance en danger\b",
       r"\bmaltraitance\w* (?:sur|d un|d une|des|infantile|de mon|de ma|de mes|de l enfant|envers)\b",
       r"\binceste\w*|\bpedophil\w*|\bpedocrimin\w*|\bexcis\w*\b|\bmutilations? genitales?\b",
       rf"\battouchements? (?:\w+ ){{0,2}}(?:sur|a|envers) (?:\w+ ){{0,1}}(?:{ENFANT})\b"),
    _r("enfant", "motif:parent->coups->moi", "fort",
       rf"\b{_PARENT_MOI} (?:\w+ ){{0,5}}(?:me|m) {_AUX}(?:{COUPS}|{ETRANGLE}|touch\w*|"
       r"enferm\w*|brul\w*|affam\w*|attach\w*|insult\w* et (?:me|m))",
       rf"\b{_PARENT_MOI} (?:\w+ ){{0,4}}(?:me|m) (?:fait|font|faisait) (?:des (?:trucs|choses)|des attouchements|mal)",
       rf"\b{_PARENT_MOI} (?:\w+ ){{0,4}}(?:m|me) (?:oblige|force|obligent|forcent)\w* a (?:faire des (?:choses|trucs)|le toucher|"
       r"me deshabiller|regarder|coucher)",
       rf"\b{_PARENT_MOI} (?:\w+ ){{0,4}}(?:me|m) (?:prive|privent|privait)\w* (?:de repas|de manger|de nourriture|d eau)",
       rf"\b{_PARENT_MOI} (?:\w+ ){{0,4}}(?:me|m) (?:laisse|laissent|laissait) (?:pas|plus|jamais) (?:manger|dormir|boire)",
       rf"\b{_PARENT_MOI} (?:\w+ ){{0,5}}(?:rentre|entre|vient)\w* (?:dans|sous) (?:la salle de bain|ma chambre|mon lit|la douche)\b.*"
       r"\b(?:quand je|la nuit|je me lave|je dors|je me douche)",
       rf"\b(?:se fait|me fais|me fait|je me fais) (?:frapper|battre|taper|cogner|tabasser|violer|toucher) par "
       rf"(?:mon|ma|mes|notre) {PARENT}"),
    _r("enfant", "motif:parent->dehors->moi", "fort",
       rf"\b(?:mon|ma|mes|notre) {PARENT} (?:\w+ ){{0,5}}(?:me|m) (?:a |ont |)(?:mis|mise|jete|jetee|vire|viree|chasse\w*|"
       r"foutu|foutue)\b"),
    _r("enfant", "motif:cris+coups->enfant", "fort",
       rf"^(?=.*\b(?:hurl\w*|cri\w*|pleur\w*)\b)(?=.*\b(?:coups?|claques?|gifles?|fessees?|bruits de coups)\b)(?=.*\b(?:son|sa|ses|leur|leurs|les|des|un|une|l) "
       rf"(?:{ENFANT})\b)",
       rf"\b(?:hurl\w*|cri\w*) (?:sur|apres) (?:son|sa|ses|leur|leurs|les|un|une|le|la) (?:{ENFANT})\b.*\b(?:coups?|frapp\w*|gifl\w*)\b"),
    # A parent afraid of their own blows on their child (« hier je lui ai mis une claque et je me suis arrêté de justesse
    # avant de le frapper avec une chaise, j'ai peur de recommencer »): the 119 answers parents too.
    _r("enfant", "motif:parent_peur_de_frapper", "fort",
       rf"^(?=.*\b(?:mon|ma|mes|notre|nos) (?:{ENFANT})\b)(?=.*\b(?:frapp\w*|claques?|gifles?|baffes?|fessees?|secou\w*|cogn\w*)\b)"
       r"(?=.*\b(?:je (?:lui|leur) ai (?:mis|donne|colle|flanque|file) (?:une|des) (?:claques?|gifles?|baffes?)|"
       r"(?:de justesse|failli|presque) (?:\w+ ){0,3}(?:le|la|les) (?:frapper|taper|cogner|secouer|blesser)|"
       r"peur de (?:le|la|les|lui) (?:frapper|taper|cogner|secouer|blesser|faire du mal)|"
       r"peur de (?:recommencer|craquer|perdre le controle|devenir violente?))\b)"),
    _r("enfant", "motif:coups->enfant", "fort",
       rf"\b(?:{COUPS}|pouss\w*|secou\w*|{VIOL}|abus\w*|touch\w*|agress\w*|enferm\w*|affam\w*|brul\w*|maltrait\w*|drogu\w*|"
       rf"laisse\w* seul\w*|laisse\w* (?:\w+ ){{0,2}}sans manger|tape\w* sur) "
       # (not the agent: « se fait taper par son fils » is the son who hits)
       rf"(?:(?!devant|avec|pour|chez|sans|apres|avant|pres|quand|comme|sous|hier|aujourd|demain|ce|cette|et|mais|puis|par)\w+ ){{0,1}}"
       rf"(?:mon |ma |mes |son |sa |ses |les |un |une |le |la |des |notre |nos |leur |leurs |l |cet |cette )"
       # (not money received: « il touche une petite retraite »)
       rf"(?:petit |petite |propre |)(?:{ENFANT})\b(?! (?:retraite|pension|somme|aide|allocation|prime|rente|part|indemnite|bourse|"
       r"paie|paye|enveloppe|commission|aah|rsa|apl|reversion)\b)",
       rf"\b(?:{ENFANT}) (?:\w+ ){{0,4}}(?:est |sont |a ete |ont ete |se fait |se font |se faisait |s est fait |"
       rf"serait |etait |subit |subi |se fait encore |est encore |est souvent )(?:{COUPS}|maltrait\w*|battu\w*|frapp\w*|abus\w*|{VIOL}|secou\w*|en danger|"
       r"tape|tapes|brutalis\w*|attouch\w*|agress\w*|racket\w*|harcel\w* sexuel\w*|victime d inceste)",
       rf"\b(?:son|sa|ses|leur|notre|mon|ma) (?:{PARENT}|{PARTENAIRE}|voisin|voisine|entraineur|prof|professeur|"
       rf"moniteur|animateur|nounou) (?:\w+ ){{0,2}}(?:la|le|les|l|lui) {_AUX}(?:{COUPS}|touch\w*|{VIOL}|"
       r"enferm\w*|secou\w*|brul\w*|insult\w*|menac\w*|fait des choses|fait du mal)",
       # a child's parent who shouts they will kill the child (« le petit d'en face… sa mère hurle qu'elle va le tuer »)
       rf"^(?=.*\b(?:{ENFANT}|(?:[1-9]|1[0-7]) ans)\b).*\b(?:son|sa|ses|leur) (?:{PARENT}) (?:\w+ ){{0,3}}(?:va|vont|veut|allait) "
       r"(?:le|la|les) (?:tuer|massacrer|defoncer|tabasser|buter|crever)\b"),
    # a teenager's sexual exploitation told by its signs (« ma fille de 17 ans… revient avec de l'argent, un téléphone neuf…
    # des "soirées à l'hôtel" avec des hommes plus vieux »)
    _r("enfant", "lexique:exploitation_sexuelle_d_un_mineur", "fort",
       r"^(?=.*\b(?:ma|mon|sa|son|notre) (?:fille|fils|niece|neveu|petite soeur|petit frere|soeur|frere)\b(?: \w+){0,3} "
       r"(?:de |a )?1[1-7] ans\b)(?=.*\b(?:hotel|hommes plus (?:vieux|ages|grands)|(?:des |avec des )(?:hommes|adultes|majeurs) "
       r"(?:plus vieux|plus ages|de \d\d ans))\b)(?=.*\b(?:argent|billets|cadeaux|telephone neuf|ongles|vetements neufs|sac neuf)\b)"),
    # injuries that come back with a story that does not hold (« le bras gonflé… la mère dit qu'il est tombé du canapé mais
    # c'est la troisième fois en deux mois »)
    # a child heard begging a parent to stop, hurt (« on entend le père hurler et la petite crier arrête papa arrête j'ai mal »)
    _r("enfant", "lexique:enfant_qui_supplie", "fort",
       r"^(?=.*\b(?:arrete|arretes|stop) (?:papa|maman)\b|.*\b(?:papa|maman),? (?:arrete|arretes|stop)\b)"
       r"(?=.*\b(?:j ai mal|au secours|tu me fais mal|hurle\w*|crie\w*|pleure\w*|coups?)\b)"),
    _r("enfant", "lexique:blessures_repetees", "fort",
       rf"^(?=.*\b(?:{ENFANT}|\d{{1,2}} mois)\b)(?=.*\b(?:dit|disent|explique|expliquent|pretend|pretendent|raconte)\w* qu (?:il|elle) "
       r"(?:est|s est) (?:tombee?|cognee?|fait mal)\b)(?=.*\b(?:(?:deuxieme|troisieme|quatrieme|2e|3e|4e|\d+eme) fois|encore une fois|"
       r"pas la premiere fois|a chaque fois|souvent des (?:bleus|marques|bosses))\b)"),
    # a young child left alone at night, every week (« je laisse mon fils de 7 ans seul à la maison la nuit »)
    _r("enfant", "lexique:enfant_seul_la_nuit", "fort",
       rf"\b(?:laisse|laissons|laissent|laissait)\w* (?:mon|ma|mes|son|sa|ses|leur|leurs|le|la|les) (?:{ENFANT})(?: de [1-9] ans)? "
       r"(?:tout |toute |tous |)seule?s? (?:\w+ ){0,4}(?:la nuit|toute la nuit|les nuits|des nuits)\b"),
    # a child tied to something as a punishment (« ils attachent leur fils de 10 ans sur le balcon »)
    _r("enfant", "motif:enfant_attache", "fort",
       rf"\battach\w* (?:mon|ma|mes|leur|leurs|son|sa|ses|les|le|la|l) (?:{ENFANT})\b(?: \w+){{0,4}} (?:au|a la|a l|sur|a un|a une|dans)\b"),
    _r("enfant", "motif:menace_sur_les_enfants", "fort",
       # children threatened by a parent (« il va venir chercher les enfants ce soir et il va "faire un malheur" avec eux »)
       r"\b(?:va|vont|veut|menace de|menace|dit qu il va|dit qu elle va|risque de|pourrait) (?:\w+ ){0,2}faire un malheur "
       r"(?:avec|a|aux) (?:eux|elles|les enfants|les petits|mes enfants|nos enfants|ses enfants|les gosses)\b",
       # (« photo d'eux endormis avec un couteau… « tu les reverras pas » »)
       rf"^(?=.*\b(?:{ENFANT})\b).*\b(?:tu|vous) (?:ne )?(?:les|la|le) (?:reverras|reverrez|reverra|verras plus|verrez plus)\b",
       # blows given to the little ones (« il donne des claques et des coups de pied aux petits »)
       rf"\b(?:donne|met|fout|file|colle)\w* (?:des |une |un )?(?:claques?|coups?|gifles?|fessees?|baffes?)\b(?: \w+){{0,6}} "
       rf"(?:aux|a ses|a mes|a nos|au|a la|a mon|a ma|a son|a sa|a leurs?) (?:petits? |petites? )?(?:{ENFANT}|petits|petites)\b",
       # La Réunion's Creole (« mon zenfant lé pa en sékurité, mon mari y bat a li »)
       rf"^(?=.*\b(?:{ENFANT}|zenfant|zanfan|marmaille|marmay|timoun)\b)(?=.*\b(?:(?:y|i|li) bat a li|(?:pa|pas) en securite)\b)",
       # a minor made to deal (« des grands le font dealer, lui ont pris ses papiers »)
       rf"^(?=.*\b(?:{ENFANT}|1[0-7] ans)\b).*\b(?:le|la|les|me|m) (?:font|fait|forcent a|force a|obligent a|oblige a) "
       r"(?:dealer|vendre (?:de la drogue|du shit|de la coke)|guetter|charbonner|faire le guet)\b",
       # an adult of the home who goes into a child's room at night, and the child who changed
       rf"^(?=.*\b(?:beau pere|compagnon|copain|conjoint|oncle|cousin|grand pere|parrain)\b)(?=.*\b(?:va|vient|entre|rentre|passe|"
       r"monte)\w* (?:\w+ ){0,2}dans (?:sa|leur) chambre (?:le soir|la nuit|quand)\b)(?=.*\b(?:pipi au lit|ne veut plus|a peur|"
       r"fait des cauchemars|pleure|se renferme)\b)"),
    _r("enfant", "lexique:negligence", "fort",
       # a baby or a young child left unfed or unchanged (« le bébé reste dans son lit souillé, elle oublie le biberon »)
       rf"\b(?:{ENFANT}|bebe|nourrisson)\b.*\b(?:(?:lit|couches?|vetements?) (?:\w+ ){{0,1}}souille\w*|couches? (?:pas|jamais|plus) "
       r"changee?s?|(?:oublie|oublient|oubliait|saute|sautent)\w* (?:\w+ ){0,2}(?:le biberon|les biberons|ses repas|de le nourrir|"
       r"de la nourrir|de les nourrir)|laiss\w* (?:\w+ ){0,1}pleurer (?:des heures|toute la (?:nuit|journee)))\b",
       r"^(?=.*\b(?:[1-9] ans|1[01] ans|bebe|nourrisson|petit|petite|petits)\b).*\blaiss\w* (?:\w+ ){0,1}seule?s? (?:\d+|deux|trois|quatre|plusieurs) "
       r"(?:jours|nuits)\b",
       # (not an hour or two, told calmly, asked about: « il reste seul jusqu'à 19h, il a l'air bien, c'est légal ? »; a
       # child under ten or a baby left alone is no rule asked about: « mon fils de 4 ans seul ce soir, c'est légal ? »)
       r"^(?!(?!.*\b(?:[1-9] ans|bebes?|nourrissons?)\b).*\b(?:c est (?:legal|autorise|normal|permis)|est ce (?:que c est )?(?:legal|autorise|permis)|a partir de quel age|"
       r"a l air bien|ca se passe bien|jusqu a (?:\d{1,2}|midi) ?h?\w*|"
       # (a couple of hours after school, a neighbour there: « reste à la maison de 16h30 à 18h, la voisine est là »)
       r"de \d{1,2} ?h\w* a \d{1,2} ?h\w*|(?:la voisine|le voisin|les voisins|sa grand mere|son grand pere|sa mamie) (?:est|sont) la)\b)"
       rf".*\b(?:{ENFANT}|\d+ ans)\b.*\b(?:seul|seule|seuls|seules) (?:\w+ ){{0,5}}(?:a la maison|chez (?:elle|lui|eux)|"
       r"toute la nuit|la nuit|cette nuit|ce soir|dehors|depuis|tout le week end|des heures|toute la journee|la plupart du temps|"
       r"tout le temps|tous les soirs|le soir)",
       # a young child alone for a working week (« il a 10 ans, il reste seul toute la semaine, je pars travailler le lundi »), not
       # a teenager at boarding school
       r"^(?=.*\b(?:[1-9]|1[0-2]) ans\b)(?!.*\b(?:internat|pensionnat|colo|colonie|camp)\b).*\b(?:seul|seule|seuls|seules) "
       r"(?:\w+ ){0,2}(?:toute la semaine|du lundi au (?:vendredi|samedi)|(?:\d+|deux|trois|quatre|cinq|plusieurs) jours)\b",
       rf"\b(?:les|des|ces|ses|leurs) (?:{ENFANT}) (?:de|d|du|des) (?:\w+ ){{0,3}}(?:sont|ont l air|semblent) (?:\w+ ){{0,2}}"
       r"(?:sales|affames|mal nourris|maigres|sous alimentes|abandonnes|negliges)\b",
       rf"^(?!(?!.*\b(?:[1-9] ans|bebes?|nourrissons?)\b).*\b(?:est ce (?:que c est |qu on peut |que je peux |)(?:legal|autorise|permis|laisser)|c est (?:legal|autorise|permis)|"
       rf"a partir de quel age|(?:ai je|a t on|j ai|on a) le droit de laisser|peut on laisser|je peux laisser)\b)"
       rf".*\blaiss\w* (?:\w+ ){{0,3}}(?:{ENFANT}) (?:\w+ ){{0,6}}(?:seul|seule|seuls|seules|sans manger|sans surveillance|"
       r"dehors|enferme\w*)",
       rf"\b(?:{ENFANT})\b.*\b(?:personne ne s occupe|marques? de coups|traces? de coups|brulures? de cigarette|"
       r"brulures? (?:\w+ ){0,3}(?:cigarette|rondes)|traces? de liens|marques? de liens|"
       # (the writer's own bruises are no child's: « il m'a frappée devant les petits, j'ai des bleus partout »)
       r"(?<!j ai des )(?<!jai des )bleus? (?:partout|sur le corps|sur les bras|au visage)|avec des bleus|pleure depuis des heures|jamais soigne\w*|"
       r"fractures?|hematomes?|ecchymoses?|peur de rentrer chez (?:lui|elle)|oeil au beurre noir|coquard|cocard|"
       r"levre fendue|dents? cassees?)",
       rf"\b(?:ses|leurs|ces|sa|son|leur|mes neveux|mes nieces|mes petits enfants|les enfants de|les petits de) (?:(?:{ENFANT}) )?\b.*\b(?:n ont (?:pas|rien) mange|pas mange depuis|rien mange depuis|sans manger|personne ne s occupe|vivent dans la salete|"
       r"ne vont plus a l ecole|jamais soigne\w*|pas de chauffage|marques? de coups|traces? de coups|"
       r"brulures? de cigarette|bleus? (?:partout|sur le corps|sur les bras|au visage)|avec des bleus|pleure depuis des heures)",
       r"\b(?:bebe|nourrisson|enfant) (?:\w+ ){0,3}pleure depuis des heures\b",
       rf"^(?=.*\b(?:{ENFANT}|[1-9] ans|1[0-7] ans)\b)(?=.*(?<!s est )(?<!se )(?<!s etait )(?<!\bs )(?<!\bm a )(?<!\bm ont )(?<!\bm avait )(?<!\bnous a )(?<!\bje suis )(?<!\bsuis )\benferm\w* (?:\w+ ){{0,4}}(?:toute la journee|toute la nuit|des heures|des jours|a cle|"
       r"dans (?:le|la|un|une|notre|leur|sa|ma) (?:placard|cave|chambre|noir|balcon|toilettes)))",
       r"\bne (?:les|le|la|nous|me) (?:nourrit|nourrissent|nourrissait|lave|lavent|soigne|soignent)\w* (?:pas|plus|jamais)\b",
       rf"\bfai\w* dormir (?:\w+ ){{0,1}}(?:{ENFANT}) (?:par terre|dehors|dans la voiture|sur le sol)\b",
       rf"\blaiss\w* (?:\w+ ){{0,2}}(?:{ENFANT}) (?:\w+ ){{0,2}}dans (?:la|une|leur|sa) voiture\b",
       rf"\b(?:traces?|marques?) (?:de |d )(?:strangulation|coups|brulures?|morsures?|ceinture)\b.*\b(?:{ENFANT})\b|"
       rf"\b(?:{ENFANT})\b.*\b(?:traces?|marques?) (?:de |d )(?:strangulation|coups|brulures?|morsures?|ceinture)\b",
       # marks all over a pupil's back or legs, seen by a teacher (« un élève refuse de se changer, j'ai vu des marques sur tout
       # son dos »)
       # (the child's: « sur son dos »; not the writer's own, « j'ai des bleus partout sur les bras » before the children)
       _marques_sur_son("dos|jambes|bras|cuisses|corps|fesses|visage"),
       rf"\b(?:me|m) laiss\w* (?:tout |toute |)(?:seule?s?) (?:avec|tout|toute|la nuit|des jours|le week end)",
       rf"\b(?:seul|seuls|seule|seules) chez (?:eux|elle|lui) depuis\b"),
    # A child hurt in ways told without the usual words: sexual abuse by a relative, a punishment in
    # a garage or under cold water, food withheld, a child shut in a cupboard, one who could not sit
    # for days, a teenager pregnant by a stepfather, a child hiding while a parent hurts a sibling.
    _r("enfant", "lexique:enfant_signes", "fort",
       # sexual acts put on a child, the noun first (« des actes sexuels imposés par un cousin »)
       rf"^(?=.*\b(?:{ENFANT}|[1-9] ans|1[0-7] ans)\b)(?=.*\b(?:actes?|gestes?|attouchements?|abus|agressions?|jeux) sexuel\w* "
       r"(?:\w+ ){0,2}(?:imposes?|imposees?|subis|subies|forces?|par|de la part)\b)",
       rf"\b(?:abus|violences?|agressions?|attouchements?) sexuel\w* (?:\w+ ){{0,2}}(?:par|de la part de|de) (?:son|sa|ses|leur|un|une|le|la) "
       rf"(?:{PARENT}|voisin|voisine|entraineur|prof|professeur|animateur|moniteur)\b",
       # (a child made to sleep outside; not the family outside together, « on dort dehors avec les enfants »: a roof)
       rf"^(?=.*\b(?:{ENFANT}|[5-9] ans|1[0-7] ans)\b)(?=.*\b" + _sauf_apres("on", "je", "nous", "ne", "n") +
       r"(?:dois|doit|dort|dors|fait dormir|font dormir|oblige\w* a dormir|"
       r"envoie\w* dormir) (?:\w+ ){0,1}(?:dans le garage|dans la cave|sur le balcon|dans l etable|dans la grange|dehors|dans le froid)\b"
       # (nor a parent outside with the children, « il dort dehors avec ses 4 enfants »: the family's night outside, the 115)
       r"(?! avec (?:ses|leurs|mes|nos|les) (?:\d+ |deux |trois |quatre |cinq )?(?:enfants|petits|gosses|filles|fils)))",
       rf"\b(?:la|le|les) (?:prive|privent|privait)\w* (?:de repas|de manger|de nourriture|de dormir|de sommeil|d eau)\b",
       # round burn marks on a child, cigarettes' (« un élève de CE2 arrive avec des marques rondes de brûlure sur les avant-bras »)
       rf"^(?=.*\b(?:{ENFANT}|eleve|eleves|[1-9] ans|1[0-7] ans)\b)(?=.*\b(?:marques?|traces?|brulures?|cicatrices?) (?:\w+ ){{0,2}}"
       r"(?:rondes?|de cigarettes?|de megot)\b)",
       r"\b(?:la|le|les) (?:met|mets|mettait|mis|mise)\w* (?:\w+ ){0,1}sous l eau (?:froide|glacee|bouillante)\b|\bdouches? (?:froides?|glacees?) (?:de force|pour la punir|pour le punir)\b",
       rf"\b(?:ferme|enferme)\w* (?:son|sa|ses|leur|le|la|les|mon|ma|mes) (?:petit |petite |)(?:{ENFANT}) (?:\w+ ){{0,1}}(?:a cle )?dans (?:le|la|un|une|sa|son) "
       r"(?:placard|cave|chambre|noir|garage|toilettes|salle de bain|debarras)\b",
       rf"^(?=.*\b(?:pas pu|plus pu|peux plus|peut plus|pouvais pas) (?:m|s|me|se) asseoir\b)(?=.*\b(?:{PARENT})\b)",
       r"\bsi je (?:dis|raconte|parle) (?:\w+ ){0,3}(?:au|a la|a mon|a ma) (?:prof|maitresse|professeur|infirmiere|assistante sociale|cpe|"
       r"directrice|directeur)\b(?=.*\b(?:vais voir|va voir|frapp\w*|tap\w*|tuer|correction|ceinture)\b)",
       rf"\benceinte\b (?:\w+ ){{0,4}}(?:de son|de mon|de sa|de leur) (?:propre |)(?:beau pere|pere|oncle|frere|cousin|grand pere|demi frere)\b",
       rf"^(?=.*\b(?:{PARENT})\b)(?=.*\b(?:cachee?|planquee?|je me cache) (?:sous|dans|derriere)\b)(?=.*\b(?:crie|cris|hurle|pleure|coups?|"
       r"frappe|tape)\b)",
       r"^(?=.*\b(?:futur mari|futur epoux|mon promis)\b)(?=.*\b(?:1[0-7] ans|mes parents (?:disent|veulent|ont decide)|au pays|au bled|"
       r"je veux pas|sans me demander|en 3eme|en 4eme|au college)\b)"),
    # a minor paid for « services » by an adult: sexual exploitation (« une jeune de 14 ans… un homme de 30 ans lui donne de
    # l'argent en échange de services »)
    _r("enfant", "lexique:exploitation_sexuelle", "fort",
       r"^(?=.*\b(?:[89]|1[0-7]) ans\b)(?=.*\b(?:argent|billets|cadeaux|sous|thune|fric)\b (?:\w+ ){0,3}(?:en echange|contre)\b "
       r"(?:\w+ ){0,2}(?:services|faveurs|photos|videos|relations|sexe|calins|trucs)\b)"),
    _r("enfant", "lexique:mariage_force+mineur", "fort",
       r"\b(?:pour etre|etre|va etre|sera|doit etre|doivent la|veulent la|vont la) (?:\w+ ){0,1}mariee? (?:\w+ ){0,2}(?:avec|a) "
       r"(?:un|une|son|sa|ce) (?:cousin|homme|inconnu|vieux|monsieur)\b",
       # (« on la marie vendredi avec un cousin »: married by others, the day set)
       r"\b(?:on|ils|elles) (?:va |vont |veut |veulent |)(?:la|me|m|le) mari\w* (?:\w+ ){0,3}(?:avec|a) (?:un|une|son|sa|mon|ma|ce|le|la) "
       r"(?:cousin|cousine|homme|inconnu|vieux|monsieur|type|gars)\b",
       r"\b(?:envoyer|partir|emmener|renvoyer)\w* (?:\w+ ){0,3}au (?:pays|bled) (?:\w+ ){0,4}(?:mari|marier|mariee|mariage)\b",
       r"\b(?:marier|mariee|marie) de force\b|\bmariage (?:de )?force\b|\bveulent me marier\b|\bveut me marier\b|"
       r"\b(?:force\w*|oblige\w*) (?:a |de )?(?:me |m |la |le |l |se |s )?(?:marier|epouser)\b|"
       r"\bme marier (?:\w+ ){0,3}(?:au pays|au bled|cet ete|avec un homme|avec mon cousin)\b",
       r"\b(?:veulent|veut|vont|obligent|forcent|oblige|force) (?:\w+ ){0,1}(?:que j epouse|me faire epouser|m obliger a epouser|"
       r"me donner en mariage|me fiancer)\b|\bpromis (?:ma main|en mariage)\b|\bepouse\w* un homme de \d+ ans\b|"
       r"\b(?:m a|m ont) fiancee?\b|\bfiancee? (?:de force|a un homme|a mon cousin)\b|\bpromise? a un homme\b|"
       # « mon oncle veut me donner à un monsieur de 50 ans »
       r"\b(?:veulent|veut|vont|va) (?:me|la|m) donner (?:en mariage )?a (?:un|une|ce|son) (?:homme|monsieur|vieux|cousin)\b",
       # a cutting planned with a journey (« il veut emmener notre fille au pays pour la faire couper, il a pris les billets »)
       r"\b(?:exciser|excision|(?:la|les|me) faire (?:couper|exciser)|mutil\w* genitale?s?)\b(?=.*\b(?:au pays|au bled|billets?|"
       r"vacances|partir|emmener|voyage|passeport)\b)|\b(?:au pays|au bled|billets?|vacances|partir|emmener|voyage)\b.*"
       r"\b(?:exciser|excision|(?:la|les|me) faire (?:couper|exciser)|faire couper comme)\b",
       r"\b(?:envoyer|emmener|renvoyer)\w* (?:\w+ ){0,3}(?:au pays|au bled) (?:\w+ ){0,2}(?:pour me marier|me marier|pour le mariage)\b",
       # taken abroad to be married (« mes parents m'emmènent au Sénégal samedi pour me marier »)
       r"\b(?:m|me|la|le) (?:emmen\w*|envoi\w*|envoy\w*|renvoi\w*|ramen\w*|fait partir|font partir) (?:\w+ ){0,3}(?:au|en|a|aux) "
       r"\w+(?: \w+){0,3} pour (?:me|la|le) marier\b",
       # a marriage to come, with a sign of constraint (a passport or a phone taken, a ticket, shut in, « je veux pas »)
       r"\b(?:(?:pour|va|vais|vont|doit|dois|veulent|veut|prevoi\w* de|prevu de|compte\w* (?:de )?|projette\w* de) "
       r"(?:me |m |la |le |l |y )?(?:marier|etre mariee?|epouser)|pour (?:mon|son) mariage)\b"
       r"(?=.*\b(?:aeroport|billets?|passeport|au pays|au bled|la bas|enferm\w*|de force|force\w*|oblige\w*|"
       r"sans (?:mon|son|leur) (?:avis|accord)|(?:je|elle|il) (?:ne )?veu[tx] pas|confisqu\w*|pris (?:mon|son|ses|mes) "
       r"(?:telephone|portable|papiers)|(?:plus|pas) le droit de sortir|surveill\w*)\b)"),
    # a beating the child says they will get (« ce soir quand il rentre je vais prendre la plus grosse raclée de ma vie »),
    # a parent named or the writer's young age said
    _r("enfant", "motif:raclee_promise", "fort",
       rf"^(?=.*\b(?:{PARENT}|j ai (?:[5-9]|1[0-7]) ans|jai (?:[5-9]|1[0-7]) ans)\b)(?=.*\b(?:je vais|j vais|jvais|je vai) "
       rf"(?:me |m en |encore )?(?:prendre|recevoir|manger|ramasser|me prendre) (?:\w+ ){{0,4}}(?:{_RACLEE}|volee de coups)\b)"),
    # alcohol, a drug or a sedative given to a child (« il a donné du whisky au bébé pour qu'il dorme »)
    _r("enfant", "lexique:substance_donnee", "fort",
       r"\b(?:donne|donner|donnait|fait boire|fait prendre|faire boire|faire prendre|mis|met|mettait)\w* (?:\w+ ){0,2}"
       rf"(?:du |de l |de la |des |un peu de |){_SUBSTANCE} (?:a |au |aux |dans (?:le|son|un) biberon (?:du |de |d |)|dans (?:le|son|un) "
       r"biberon$)(?:\w+ ){0,1}"
       r"(?:bebe|bebes|petit|petite|petits|enfant|enfants|fils|fille|gamin|gamine|nourrisson|biberon)\b",
       r"\b(?:donne|fait boire|fait prendre|mis|met)\w* (?:au|a la|aux|a mon|a ma|a son|a sa|a notre) (?:\w+ ){0,1}(?:bebe|petit|petite|"
       rf"enfant|enfants|fils|fille|nourrisson) (?:\w+ ){{0,2}}(?:du |de l |de la |des )?{_SUBSTANCE}\b"),
    _r("enfant", "lexique:emprise_sexuelle_mineur", "fort",
       r"\bdemande\w* (?:\w+ ){0,6}(?:des )?photos (?:de moi |d elle |de lui |)(?:toute |tout )?(?:nue?s?|intimes|sexy)\b",
       r"\b(?:garder le secret|c est notre secret|notre petit secret)\b",
       r"\bentre\w* dans (?:la|ma|sa) chambre (?:\w+ ){0,3}la nuit\b",
       rf"\bgestes? (?:deplaces|bizarres|sexuels)\b",
       rf"^(?=.*\b(?:{ENFANT}|ado|[5-9] ans|1[0-7] ans)\b)(?=.*\b(?:abus\w* (?:d elle|de lui|d eux|sexuellement)|deshabill\w*)\b)",
       r"\bpour qu (?:ils|elles|il|elle) (?:montent|monte|viennent|vienne) chez (?:lui|eux)\b",
       r"\b(?:calins|caresses|bisous|jeux|massages) (?:bizarres|speciaux|secrets|genants|pas normaux)\b",
       r"\b(?:homme|adulte|inconnu|monsieur|majeur)\b (?:\w+ ){0,6}(?:veut|voudrait|propose de|demande de|cherche a) "
       r"(?:la |le |les |)(?:rencontrer|voir|retrouver)\w* (?:\w+ ){0,1}(?:en secret|seule?s?|sans (?:ses|mes|les) parents|en cachette)\b",
       rf"\b(?:{PARENT}|il|elle)\b (?:\w+ ){{0,3}}(?:vient|rentre|entre|se glisse|se couche|dort)\w* (?:dans|avec moi dans) (?:mon|ma) (?:lit|chambre la nuit)\b",
       r"\btouch\w* (?:le|la|les|son|sa|ses|mon|ma|mes) (?:zizi|zezette|sexe|parties intimes|parties|foufoune|fesses|seins|kiki)\b",
       r"^(?=.*\bprostitu\w*\b)(?=.*\b(?:1[0-7] ans|[5-9] ans|mineure?|enfant|fille|niece|ado|collegienne|lyceenne)\b)",
       r"\b(?:quand je me lave|quand je me douche|quand je dors|dans mon lit la nuit)\b.*\b(?:rentre|entre|touche|regarde|vient)\b|"
       r"\b(?:rentre|entre|vient)\w* (?:\w+ ){0,4}(?:quand je me lave|quand je me douche|quand je dors)\b"),
    _r("enfant", "motif:adulte->intimite->enfant", "fort",
       # an adult who comes in while a child washes or sleeps (told by the child or by someone else)
       r"\b(?:rentre|entre|vient|viens|venir)\w* (?:\w+ ){0,3}(?:salle de bain|sa chambre|son lit|ma chambre|mon lit)\b (?:\w+ ){0,3}"
       r"(?:quand (?:elle|il|je) (?:se |me )?(?:lave|douche|dort|dors|change|deshabille)|la nuit)\b",
       # a grown man with a young girl: gifts, money, nights away
       # (not the writer's own age beside their daughter's: « je suis un homme de 45 ans… partir avec ma fille de 8 ans »)
       r"^(?!.*\bje suis (?:un|une) (?:homme|femme|papa|maman|pere|mere) de \d+ ans\b)"
       r"(?=.*\b(?:fille|niece|soeur|eleve|ado|cousine)\b (?:\w+ ){0,2}(?:de )?(?:1[0-5]|[5-9]) ans\b)(?=.*\b(?:homme|mec|type|adulte|"
       r"monsieur|copain|petit ami|ami|amoureux) (?:\w+ ){0,1}(?:de )?(?:[2-9]\d) ans\b)",
       # an adult in charge who writes to a child at night and asks to delete or keep quiet
       r"\b(?:entraineur|coach|prof|professeur|animateur|educateur|moniteur|voisin|adulte|homme|surveillant)\b.*\b(?:messages?|photos?|"
       r"snap|texto)\b.*\b(?:effacer|supprimer|secret|rien dire|ne (?:pas|rien) (?:le )?dire)\b"),
    _r("enfant", "motif:menace->enfant", "fort",
       rf"\b(?:va|vais|veut|menace de|hurle qu elle va|hurle qu il va|dit qu (?:il|elle) va) (?:la|le|les) (?:jeter|tuer|noyer|etrangler|"
       r"bruler|frapper|tabasser|defoncer)\b(?=.*\b(?:\d+ ans|petite?|bebe|enfant|fille|fils|gamine?)\b)",
       r"\benferme\w* (?:\w+ ){0,3}(?:sur le palier|sur le balcon|dehors|dans le couloir)\b(?=.*\b(?:[1-9] ans|petite?|bebe|enfant|"
       r"couche|gamine?)\b)"),
    _r("enfant", "lexique:fugue_disparition", "fort",
       r"\b(?:a|ai|j ai|il a|elle a|enfant a|est) fugue\w*\b",
       rf"\b(?:{ENFANT})\b.*\b(?:a disparu|disparu depuis|introuvable|n est pas rentree?)\b(?! (?:du|des|de la) (?:groupe|liste))",
       # gone, and no word from them since
       # (the child gone, not a thing of theirs: « sa sonde de gastrostomie est sortie, l'infirmière ne répond pas »)
       rf"\b(?:{ENFANT})\b(?:.*\bpas rentree?| (?:\w+ ){{0,5}}(?:parti|partie|sorti|sortie))\b.*\b(?:aucune nouvelle|sans nouvelles?|(?:ne )?repond (?:plus|pas)|"
       r"telephone (?:est )?(?:eteint|coupe))\b"),
    # ---------------------------------------------------------------- violences
    # marks on one's body explained away to others (« les marques que j'ai sur les bras, je dis au médecin que c'est le
    # chat »): the cover story of someone who is hit
    _r("violences", "lexique:marques_cachees", "fort",
       r"^(?=.*\b(?:mes (?:marques|bleus|hematomes|traces|cicatrices)|(?:les |des )?(?:marques|bleus|hematomes|traces) (?:que j ai|sur moi|"
       r"sur mes|sur mon|sur ma))\b)(?=.*\b(?:je dis|j ai dit|je raconte|j ai raconte|je pretends|je fais croire|je mets|je cache|"
       r"je les cache|je dois (?:les )?cacher)\b)",
       # covered so that no one sees them (« je vais au collège avec des manches longues pour que personne voie les marques de mon
       # père »): a child's minority is read apart
       r"\bpour que (?:personne|on|les gens|la prof|le prof|les profs|mes copines|mes potes) (?:ne )?(?:voie|voit|voye|voient|remarque|"
       r"remarquent|sache|demande) (?:pas |rien |)(?:\w+ ){0,1}(?:les|mes|ses|des) (?:marques|bleus|hematomes|traces|cicatrices)\b"),
    # held by those who brought one over, to pay a debt (« ils gardent son passeport et l'obligent à travailler la nuit au bois
    # pour rembourser 40 000 euros »): trafficking
    _r("violences", "lexique:traite", "fort",
       r"^(?=.*\b(?:gardent|garde|a garde|ont garde|confisque\w*|ont pris|a pris|prennent|retiennent|bloquent) (?:son|mon|leur|ses|mes|nos) "
       r"(?:passeports?|papiers)\b)(?=.*\b(?:oblig\w*|forc\w*|doit|dois|doivent) (?:\w+ ){0,3}(?:travailler|se prostituer|faire le trottoir|"
       r"rembourser|payer (?:la|sa|leur|ma) dette)\b)"),
    # blows or a cry for help heard through the wall (« j'entends ma voisine hurler avec des bruits de coups, elle crie au
    # secours »): someone is being hurt next door now
    # the creoles of La Réunion and the Antilles: « mon mari i bat a moin », « li ka bat mwen »
    _r("violences", "lexique:creole", "fort",
       r"\b(?:i|li|y) (?:ka |te |)(?:bat|bate|tap|tape|frap|frape|kogn|kongn|bourre) (?:a )?(?:moin|mwen|mwin|mon|amoin)\b",
       # (the one who hits named in French, the creole pronoun after the verb: « mon homme ka bat mwen », « i cogne amoin »)
       r"\b(?:bat|bate|batt|tap|tape|frap|frape|frappe|fwape|kogn|kongn|cogne|bourre) (?:a )?(?:moin|mwen|mwin|amoin)\b",
       # blows given (« mari an mwen ka ba mwen kou »), the Guianese pronoun after the verb (« li ka bat mo »)
       r"\b(?:ka |te |)ba (?:a )?(?:moin|mwen|mwin|amoin|mo) (?:kou|kout|de kou|dekou)\b|\bka (?:bat|bate|frape|tape|kogne) mo\b"),
    _r("violences", "lexique:coups_entendus", "fort",
       # (not the blows of a hammer or a drill, « des coups de marteau, il refait sa cuisine »)
       r"^(?!.*\bcoups? de (?:marteau|perceuse|masse|burin|maillet|visseuse)\b)"
       r"(?=.*\b(?:entends|entend|entendons|entendu|entendre)\b)(?=.*\b(?:bruits? de coups|des coups|coups (?:contre|sur|dans)|"
       r"au secours|a l aide|se fait (?:frapper|taper|tabasser|battre)|la frappe|la tape|la bat|le frappe|le bat|tabass\w*)\b)"
       r"(?=.*\b(?:voisine?s?|a cote|du dessus|du dessous|palier|cloison|le mur|les murs|appart d a cote|l immeuble)\b)",
       # a neighbour who shouts at his wife, a thud heard, then silence (« il hurle sur sa femme toutes les nuits, cette nuit
       # un bruit sourd contre le mur puis plus rien, elle ne répond pas »)
       r"^(?=.*\b(?:hurle|crie|gueule|s en prend)\w* (?:\w+ ){0,2}(?:sur|a) (?:sa|son) (?:femme|copine|compagne|epouse|mari|copain)\b)"
       r"(?=.*\b(?:bruit sourd|gros bruit|grand bruit|un choc|un boum|des cris|hurlements)\b)"
       r"(?=.*\b(?:plus rien|ne repond (?:pas|plus)|silence)\b)"
       r"(?=.*\b(?:voisine?s?|a cote|du dessus|du dessous|palier|cloison|le mur|les murs|appart d a cote|l immeuble)\b)"),
    _r("violences", "lexique:violences_mot", "mot",
       r"\b(?:(?:he|she|my husband|my partner|my boyfriend|my wife) (?:hits|beats|beat|hit|raped|rapes) me|domestic violence|raped)\b",
       r"\bviolences? (?:conjugale|conjugales|domestique|domestiques|intrafamiliale|intrafamiliales|"
       r"sexuelle|sexuelles|physique|physiques|familiale|familiales|psychologique|psychologiques|economiques?)\b",
       r"\bvictime\w* (?:de |d )(?:violence\w*|viol|coups|agression\w*|mon mari|mon conjoint|mon ex|"
       r"ma femme|mon compagnon|ma compagne|harcelement sexuel)",
       r"\bfemme\w* battue\w*\b|\b(?:homme|mari) battu\b|\bsous (?:l )?emprise\b",
       r"\b(?:des|de|les|ses|mes) (?:coups|bleus)\b(?! de (?:fil|telephone|main|pouce|coeur|soleil|chance|froid|gueule|vent|tonnerre|"
       r"klaxon|sifflet|balai|genie|pinceau|frein|volant|theatre|projecteur|stress|pompe|bol|blues))"),
    # a touch forced on the writer (« il essaie de me toucher », « il me touche la nuit »): a sexual assault (a child's when
    # the writer is a minor)
    _r("violences", "motif:attouchements", "fort",
       r"\b(?:essaie|essaye|essayait|essayent|veut|voulait|a voulu|tente|tentait|cherche a) de me toucher\b|"
       r"\bme touche (?:la nuit|partout|quand|le sexe|les seins|en bas|sous)\b|\b(?:me fait|m a fait|subi) des attouchements\b",
       # someone who comes into the writer's room or bed and touches them (« un éduc de nuit vient dans ma chambre et me touche »)
       r"\bdans (?:ma|mon) (?:chambre|lit)\b(?: \w+){0,3} me touch(?:e|ent|ait|aient)\b(?! (?:le visage|la joue|l epaule|la main|le front|"
       r"les cheveux|le bras)\b)"),
    # punishments that humiliate (« il lui a rasé la tête pour la punir et la fait dormir sur le balcon »)
    _r("violences", "motif:punition_humiliante", "fort",
       # (a woman or the writer: a child punished so is a child in danger, read by the rules on children)
       r"\b(?:rase\w*|coupe\w*) (?:la tete|les cheveux|le crane) (?:\w+ ){0,3}(?:pour (?:la|me|m) punir|de force|en punition)\b",
       r"\b(?:la|me|m) (?:fait|font|faisait|force a|forcent a|oblige a|obligent a) dormir (?:sur le balcon|dehors|par terre|"
       r"dans la baignoire|dans la cave|sur le palier|dans la voiture|avec le chien)\b",
       # a night out in the cold undressed, as the price of having spoken (« la dernière fois que j'ai parlé j'ai passé la
       # nuit sur le balcon en sous-vêtements, en janvier »)
       r"\b(?:passe|dormi) (?:la|une|toute la) nuit (?:sur le balcon|sur le palier|dans la cave|dehors) (?:\w+ ){0,2}"
       r"(?:en sous vetements|en culotte|en slip|en pyjama|nue?|sans manteau|pieds nus)\b",
       r"\bla derniere fois que (?:j ai|je l ai|je lui ai) (?:parle|dit|refuse|desobei|repondu)\b.*\b(?:passe|dormi) (?:la|une|toute la) "
       r"nuit (?:sur le balcon|sur le palier|dans la cave|dehors)\b"),
    # violence in the name of a family's honour (« ils ont dit qu'ils allaient laver l'honneur »)
    _r("violences", "lexique:honneur", "fort",
       r"\blaver l honneur\b|\bcrimes? d honneur\b|\b(?:sali|salir|salit|souille\w*|venger) l honneur (?:de la famille|de mon pere|"
       r"de mes freres|de ma famille|familial)\b"),
    # intimate pictures held over the writer (« il menace d'envoyer des photos de moi nue à mon patron si je pars »)
    _r("violences", "lexique:chantage_intime", "fort",
       r"\b(?:menace\w*|dit qu il va|va|veut|compte) (?:de |d )?(?:publier|envoyer|diffuser|poster|montrer|balancer|mettre en ligne|"
       r"partager) (?:\w+ ){0,2}(?:photos?|videos?) (?:intimes?|de moi (?:toute? )?nue?|de nous au lit|sexuelles?)\b",
       r"\b(?:publier|envoyer|diffuser|poster|balancer|partager)\w* (?:\w+ ){0,2}(?:photos?|videos?) (?:intimes?|de moi (?:toute? )?nue?)"
       r"\b(?=.*\bsi (?:je|j) (?:\w+ ){0,2}(?:pars|part|quitte|reviens|revient|porte plainte|parle)\b)"),
    # an older or dependent adult with the signs of ill-treatment (« mon père en EHPAD, attaché à son fauteuil, couvert
    # d'hématomes »; « une patiente tétraplégique, des brûlures de cigarette »): told by a relative or a carer
    _r("violences", "lexique:anglais", "fort",
       r"\b(?:he|she|they) (?:\w+ ){0,8}(?:forces? me|raped? me|rapes me|hits? me|beats? me|chokes? me|threatens? to kill me)\b|"
       r"\b(?:forces? me|raped? me) (?:to|at night|every)\b|\bforces? me\b(?! to (?:work|pay|sign|go|do|leave|take|eat|study))|"
       r"\bcomes? into my (?:room|bed) at night\b"),
    # a threat in veiled words (« je sais où tu habites maintenant, on va finir ce qu'on a commencé »)
    _r("violences", "lexique:menace_voilee", "fort",
       r"\bje sais ou tu (?:habites|vis|dors|travailles|es)\b(?!.*\b(?:film|serie|chanson|blague)\b)",
       r"\b(?:finir|terminer|finit|termine) ce qu (?:on|il|j|nous) (?:a|ai|avait|avons) commence\b"),
    _r("violences", "lexique:maltraitance_adulte", "fort",
       rf"^(?=.*\b{VULNERABLE}\b)(?=.*\b{MALTRAITANCE_SIGNES}\b)",
       # a protected adult's money taken by the one in charge, and care or contacts kept from them (« ma mère est sous
       # curatelle, mon oncle le curateur vide ses comptes… il l'empêche de voir le médecin et de me téléphoner »)
       r"^(?=.*\b(?:curatelle|tutelle|curateur|curatrice|tuteur|tutrice|procuration)\b)(?=.*\b(?:vide|vidait|pille|pillait|detourne|"
       r"detournait|prend|prenait|garde|gardait) (?:tous |toutes )?(?:ses|son|sa) (?:comptes?|argent|economies|retraite|pension|aah|"
       r"carte bancaire)\b)(?=.*\b(?:empeche\w*|interdit\w*|ne mange plus|mange plus|prive\w*|enferme\w*|isole\w*)\b)",
       # a resident or a patient hurt by those who care for them (« j'ai vu une collègue gifler une résidente »)
       r"\b(?:gifl\w*|frapp\w*|tape\w*|taper|bouscul\w*|secou\w*|pinc\w*|brutalis\w*|maltrait(?:e|er|ent|ait|aient|ee|es)|"
       r"attach\w*|ligot\w*) "
       r"(?:une|un|la|le|les|des|nos|ses|mes|cette|ce) (?:residente?s?|pensionnaires?|personnes? agees?|(?:vieille|vieux|vieilles) "
       r"(?:dame|monsieur|dames|messieurs|personnes?))\b",
       # left without heat or meals by the one who manages their money (« elle la laisse sans chauffage et sans repas »)
       r"^(?=.*\b(?:la|le|les) laisse\w* sans (?:chauffage|repas|manger|nourriture|soins|eau|chauffer)\b)(?=.*\b(?:trisomique|"
       r"handicapee?|deficien\w*|curatelle|tutelle|agee?|aah|pension|retraite|compte)\b)"),
    _r("violences", "motif:agent->coups->tiers", "fort",
       rf"\b(?:qui|et|il|elle|ils|elles|on|a|de|{PARTENAIRE}|{PARENT}|{ENFANT}) (?:la|le|les|l) {_AUX}(?:{COUPS}|{VIOL}|{ETRANGLE}|"
       r"sequestr\w*|enferm\w*|prostitu\w*|menac\w* de mort|fait (?:boire|coucher)|oblige\w* a coucher)",
       r"\b(?:lui|le|la|les) (?:donne\w*|met\w*|mettre|colle\w*) (?:des|une|un) (?:coups|gifles?|claques?|fessees?|corrections?|baffes?|raclees?)\b",
       # a carer or a relative who hurts the older person (« une aide-soignante la gifle », « j'ai vu le neveu le secouer »)
       rf"\b(?:aide soignante?|soignante?|infirmiere?|auxiliaire de vie|aide a domicile|neveu|niece|petit fils|petite fille|gendre|"
       rf"belle fille) (?:la|le|les|l) (?:{COUPS}|secou\w*|pinc\w*|bouscul\w*)",
       rf"\b(?:se fait|se font|s est fait|est|sont|a ete) (?:frapper|battre|taper|cogner|tabasser|violer|battue?|frappee?|"
       rf"violee?|tabassee?) par (?:son|sa|ses|leur) (?:{PARTENAIRE}|{PARENT})\b",
       # (or by a son, a grandson: « mon beau-père de 70 ans se fait taper par son fils »)
       r"\b(?:se fait|se font|s est fait|est|sont|a ete) (?:frapper|battre|taper|cogner|tabasser|battue?|frappee?|tabassee?) par "
       r"(?:son|sa|ses|leur) (?:fils|fille|petit fils|petite fille|neveu|niece|gendre|belle fille|beau fils|petits enfants)\b",
       # a neighbour or a man who beats his wife or his children (« mon voisin du dessus bat sa femme, on entend tout »)
       # (his children so beaten are children in danger, read by the rules on children; a film's husband is no one's)
       rf"\b(?:voisins?|voisine|le type|le mec|le gars|un homme|le monsieur|{PARENT}) (?:\w+ ){{0,3}}(?:bat|battait|frappe|frappait|tape|"
       r"tapait|cogne|cognait|tabasse|tabassait) (?:sa|son|ses) (?:femme|copine|compagne|epouse|conjointe|mari|copain|mere)\b",
       # one's own mother beaten by a partner or a parent (« mon beau-père tape ma mère là dans la cuisine »)
       rf"\b(?:mon|ma|son|sa) (?:{PARTENAIRE}|{PARENT}) {_AUX}(?:{COUPS}) (?:ma|sa) (?:mere|maman)\b",
       # ... or pushed, the mother named before (« ma mère a 76 ans, depuis quelques mois mon père la pousse »)
       rf"^(?=.*\b(?:ma|notre) (?:mere|maman|grand mere|mamie)\b)(?=.*\b(?:mon|notre) (?:pere|papa|beau pere|grand pere|papi)\b)"
       rf"(?=.*\b(?:il|mon pere|mon papa|mon beau pere|mon grand pere) (?:\w+ ){{0,2}}la (?:{COUPS}|pousse|poussait|bouscule|"
       r"bousculait|gifle|giflait)\b)"),
    _r("violences", "motif:agent->coups->moi", "fort",
       # the act unnamed, its marks on the writer (« il a encore fait ce que je vous ai dit, j'ai la lèvre ouverte »)
       r"^(?=.*\b(?:il|elle|mon (?:mari|ex|copain|conjoint|compagnon|concubin)|ma (?:femme|copine|conjointe|compagne)) "
       r"(?:a|m a) (?:encore|de nouveau|a nouveau|recommence|remis ca)\b)(?=.*\bj ai (?:\w+ ){0,3}(?:levre (?:ouverte|fendue|eclatee)|"
       r"arcade (?:ouverte|fendue)|oeil (?:tout )?(?:au beurre noir|gonfle|tumefie|ferme|qui voit (?:flou|trouble|plus))|nez (?:casse|en sang)|"
       r"dents? cassees?|cotes? cassees?|bleus? partout|visage (?:tout )?(?:gonfle|tumefie)|cocard)\b)",
       rf"(?<!je )\b(?:me|m) {_AUX}(?:{COUPS})",
       # the verb of violence itself (« mon conjoint me violente », « il m'a violentée »)
       rf"(?<!je )\b(?:me|m) {_AUX}violent(?:e|es|ent|ait|aient|er|ee|ees)\b",
       rf"(?<!je )\b(?:me|m) (?:a |ont |avait )(?:\w+) et (?:{COUPS})",
       rf"\b(?:me|m|ma) (?:a |ont |)(?:mis|donne|met|mets|colle|fout|foutu|file|mettre|foutre) (?:une|des|un) "
       r"(?:claque|claques|gifle|gifles|coup|coups|baffe|baffes|raclee|beigne|droite|patate|tarte|pain|correction|corrections|"
       r"fessee|fessees|rouste|trempe|volee|tannee|branlee)\b",
       rf"\b(?:{_AGENT_H}) (?:\w+ ){{0,2}}(?:me|m) {_AUX}(?:jete|jette|lance)\w* (?:des |un |une )?(?:objets?|assiettes?|chaise)",
       r"\b(?:recu|reçu|prendre|pris) des coups\b|\bcoups? de (?:pieds?|poings?|ceintures?|couteau|tete)\b",
       # (not a fall, « il s'est cassé le bras en tombant d'un arbre », « je me suis cassé la jambe »)
       r"(?<!s est )(?<!se sont )(?<!me suis )(?<!t es )\bcasse (?:le|mon|la|ma) (?:bras|nez|jambe|machoire|dent|dents|cote|cotes)\b",
       r"\b(?:me|m) (?:a |)(?:pousse\w*) (?:contre|dans|par|en bas)\b",
       r"\bleve (?:la|sa) main sur moi\b|\bcoup de (?:tete|boule)\b",
       r"\b(?:me|m) (?:a |)(?:traite|traitee|insulte\w*) (?:de |d )(?:chienne|pute|salope|grosse|conne|merde|moins que rien)\b",
       rf"\b(?:{PARTENAIRE}|il|elle) (?:\w+ ){{0,3}}(?:me|m) (?:a |)(?:mordu|mordue|brule|brulee|griffe|griffee|ebouillant\w*)\b"),
    _r("violences", "motif:danger_immediat", "fort",
       rf"\b(?:il|elle|ils|{PARTENAIRE}) (?:\w+ ){{0,3}}(?:derriere|devant) (?:la|ma|notre) porte\b.*\b(?:defonc\w*|cass\w*|"
       r"enfonc\w*|entrer|frapp\w*|tuer|peur|aidez|secours|menac\w*|hurle|crie)",
       r"\b(?:veut|va|essaie de|essaye de|en train de) (?:la |ma |)(?:defoncer|casser|enfoncer)\b.*\bporte\b|"
       r"\b(?:defonc|cass|enfonc)\w* (?:la |ma |notre )porte\b",
       rf"\b(?:au secours|aidez moi)\b.*\b(?:il|elle) (?:\w+ ){{0,3}}(?:me|m) (?:\w+ ){{0,2}}(?:{COUPS}|tuer|menac\w*|cherche)"),
    _r("violences", "motif:strangulation", "fort", rf"\b(?:me|m|ma) {_AUX}{ETRANGLE}", rf"\b{ETRANGLE}\b(?!.*\bavec un bonbon\b)",
       r"\bbloque\w* (?:la|ma) respiration\b|\b(?:m|me) (?:a |)attrap\w* (?:par|a) (?:le|la) (?:cou|gorge)\b",
       r"\b(?:enfonce|plonge|maintenu|appuye|mis|tenu)\w* (?:\w+ ){0,1}(?:ma|la) tete (?:dans|sous) (?:l oreiller|un oreiller|l eau|la baignoire|le lavabo|le coussin)\b",
       r"\bj ai cru (?:mourir|qu il allait me tuer|que j allais mourir)\b(?! (?:de|d) (?:honte|rire|peur|froid|chaud|fatigue|ennui))"),
    _r("violences", "motif:arme_sortie", "fort",
       rf"\b(?:sorti|sort|brandit|brandi|pris|prend|a la main|tient|tenait|pointe|pointait)\w* (?:\w+ ){{0,2}}(?:un |une |son |sa |le |la )?{ARME}\b"
       r"(?!.*\b(?:cuisine|cuisiner|legumes|viande|pain|collection|chasse au|permis de chasse)\b)",
       rf"\b(?:il|elle|ils|{PARTENAIRE}) (?:\w+ ){{0,5}}(?:avec|a) (?:un|une|son|sa|le|la) {ARME}\b"
       r"(?!.*\b(?:cuisine|cuisiner|legumes|viande|pain|collection|chasse au|permis de chasse|bricol\w*)\b)"),
    _r("violences", "motif:violences_sexuelles", "fort",
       rf"\b(?:me|m) {_AUX}(?:{VIOL}|agress\w*|drogu\w*|touch\w* (?:partout|les seins|les fesses|entre les jambes|sans))",
       r"\bviol\b|\bviole\b|\bviolee?s?\b|\bviolait\b|\b(?:je me suis|me suis|jme suis|j me suis) fait\w* (?:violer|agresser sexuellement)\b",
       # touched by a carer at the toilet, told no one will believe (« un éducateur me touche pendant la toilette »)
       r"\bme touche\w* (?:pendant|a|sous|quand) (?:la toilette|ma toilette|la douche|le bain|la nuit)\b|\bpersonne (?:ne )?me croira\b",
       r"\b(?:force|oblige|contraint|obligee|forcee|contrainte|forcer|obliger)\w* (?:\w+ ){0,2}(?:a|de) (?:coucher|avoir des (?:rapports|relations)|"
       r"faire l amour|faire des choses sexuelles|des choses sexuelles|des rapports|des relations|le sucer|faire des trucs)",
       r"\b(?:rapports?|relations?) (?:sexuel\w* )?(?:\w+ ){0,2}(?:quand|alors que|sans|meme si) (?:je ne veux pas|je veux pas|je refuse|"
       r"mon accord|mon consentement|je dis non|je dors)\b",
       r"\b(?:impose|imposer|exige|exiger)\w* (?:des )?(?:rapports|relations sexuelles|sexe)\b|"
       r"\b(?:impose|force|oblige|contraint)\w* (?:\w+ ){0,2}(?:envies|desirs|pratiques|actes|jeux|rapports|relations) sexuel\w*|"
       r"\bsexuel\w*\b.*\b(?:je dis non|je refuse|pas envie|contre mon gre|sans mon accord)\b|"
       r"\b(?:me|m) (?:prete|vend|loue|offre)\w* (?:a|aux) (?:ses|des|d autres) (?:amis|hommes|clients|potes)\b|\bprostitu\w*|"
       r"\b(?:coucher|rapports?|sexe)\b.*\bsi je (?:dis non|refuse|ne veux pas)\b|\breveille\w* (?:\w+ ){0,2}pour (?:coucher|le sexe|des rapports)\b|"
       r"\b(?:m|me) (?:a |ont |)forcee?s?\b(?! (?:a|de) (?:signer|payer|partir|travailler|manger|vendre|demenager))|"
       r"\b(?:choses|trucs) (?:\w+ ){0,2}(?:au lit|sexuel\w*|la nuit) (?:\w+ ){0,1}que je (?:ne )?(?:veux|voulais|veut) pas\b|"
       r"\b(?:oblige|force)\w* a faire des (?:choses|trucs) (?:au lit|la nuit)\b|"
       r"\bsans mon consentement\b|\bprofite de moi\b|\bchoses sexuelles\b|\b(?:pendant que|alors que|quand) je (?:dors|dormais)\b|"
       r"\b(?:force|oblige|contraint|pousse)\w* a (?:envoyer|faire|prendre|tourner) des (?:photos|videos) (?:nues?|intimes|sexy|porno)|"
       r"\babus\w* (?:de moi|d elle|de lui|d eux|sexuellement)\b|\bdrogu\w* et (?:abus|viol)\w*|"
       r"\b(?:pour que je|de me|a me|que je me) (?:me )?deshabill\w*|\bme montrer (?:toute )?nue?\b",
       r"\b(?:photos?|videos?) intimes?\b.*\b(?:menace|publier|diffuse|envoyer|chantage)\b|\b(?:menace|chantage)\b.*\b(?:photos?|videos?) intimes?\b",
       r"\bagress\w* sexuel\w*|\bharcelement sexuel\b|\bagress\w* (?:\w+ ){0,3}(?:toilettes|dans la rue|en rentrant|soiree)"),
    # A threat shown rather than said: a weapon taken out, cleaned or held while looking at her; a
    # threat to bleed, stab or disfigure; the aggressor arriving and breaking things on the way.
    _r("violences", "motif:menace_montree", "fort",
       # a picture of his weapon sent to her (« mon ex… m'a envoyé une photo de son fusil avec juste "à bientôt" »)
       rf"\b(?:m a|m ont|me|m) (?:envoye|envoie|montre|poste|transfere)\w* (?:\w+ ){{0,1}}(?:photos?|videos?|images?) (?:de |d )"
       rf"(?:son|sa|ses|un|une) (?:\w+ )?{ARME}s?\b",
       rf"\b(?:sorti|sort|sortir|nettoie|nettoyait|charge|chargeait|pose|posait|astique|brandi\w*|aiguise\w*|pointe\w*|agite\w*) "
       rf"(?:\w+ ){{0,1}}(?:le|son|un|ses|les|sa|une) (?:{ARME}|carabine|couteaux)\b(?=.*\b(?:en me regardant|devant moi|sur moi|vers moi|"
       r"derniere fois|tu vas voir|ce soir|sans rien dire|me fixant|me fixe)\b)",
       r"\b(?:va|vas|veut|vais|allait|voulait) me (?:saigner|planter|crever|egorger|buter|descendre|trouer|defigurer|vitrioler|"
       r"refaire le portrait|casser la tete|fracasser)\b",
       rf"^(?=.*\b(?:il|mon ex|{PARTENAIRE}) (?:\w+ ){{0,2}}(?:vient d arriver|est en bas|monte (?:l escalier|les escaliers|les marches)|"
       r"tape a la porte|frappe a la porte|sonne|est devant (?:la porte|chez))\b)(?=.*\b(?:casse\w*|defonc\w*|hurle\w*|crie\w*|menac\w*|"
       r"vitre|tuer|peur|aidez|cache\w*)\b)",
       # someone with a weapon behind the door of the room the writer hides in (« il est derrière la porte de la salle de
       # bain avec un couteau, j'écris d'ici »)
       rf"^(?=.*\b(?:il|elle|mon ex|{PARTENAIRE}) (?:\w+ ){{0,10}}avec (?:un|une|son|sa|le|la|des) (?:{ARME}|couteaux)\b)"
       r"(?=.*\b(?:derriere (?:la|ma|notre) porte|devant (?:la|ma|notre) porte|enferme\w*|cache\w*|j ecris d ici|j ecris en cachette|"
       r"barricade\w*)\b)"),
    # A woman seen by someone else: marks on her and a partner who never leaves her alone or speaks for her.
    _r("violences", "motif:signes_chez_une_autre", "fort",
       rf"^(?=.*\b(?:son|sa) (?:{PARTENAIRE})\b)(?=.*\b(?:marques?|bleus?|traces?|cocard|coquard|hematomes?|oeil au beurre noir)\b)"
       r"(?=.*\b(?:aidez moi|a peur|repond (?:toujours |)a sa place|jamais seule|ne la laisse|la surveille|ne parle pas devant|"
       r"baisse les yeux)\b)"),
    _r("violences", "motif:menaces", "fort",
       # the one fled from has found the shelter or the new address (« il a trouvé l'adresse du foyer, il m'a envoyé une photo
       # de l'entrée »)
       r"\b(?:il|elle|mon ex|mon mari|mon conjoint) (?:a|m a) (?:retrouve|trouve) (?:l adresse|ladresse|ou je suis|ou j habite|ou on est|"
       r"ou nous sommes|le foyer|ma nouvelle adresse)\b",
       # a death promised for next time (« mon mari m'a dit ce matin que la prochaine fois il ne me ratera pas »)
       r"\b(?:il|elle) (?:ne )?me ratera pas\b|\bla prochaine fois (?:il|elle) (?:me tue|me tuera|m aura|me finira|m achevera)\b",
       # a death threat told as where one would end (« si je demandais le divorce je finirais dans le canal comme la précédente »)
       r"\bje finir\w* (?:dans le canal|dans la riviere|dans la seine|dans un fosse|sous terre|au cimetiere|six pieds sous terre|"
       r"comme (?:la precedente|l autre|son ex|sa premiere femme))\b",
       # beaten with a belt, the marks hidden (« je porte des manches longues tout l'été… ce qu'il a fait hier avec la ceinture »)
       r"\b(?:fait|frappe\w*|tape\w*|battu\w*|coups?) (?:\w+ ){0,2}(?:avec|a coups de) (?:la|sa|une) ceinture\b",
       r"\bmanches longues (?:tout l ete|en plein ete|pour cacher|meme en ete)\b",
       MENACE_MORT,
       # a woman another tells of, threatened if he knew (« son mari la tuerait s'il savait qu'elle était venue »)
       r"\b(?:mari|conjoint|compagnon|copain|mec|ex) (?:\w+ ){0,2}la (?:tuerait|tuera|tue(?:rait)?ra)\b(?! (?:de rire|a la tache))",
       rf"\bsi je (?:pars|partais|le quitte|la quitte|le quittais|la quittais|m en vais|m en allais|parle|parlais|"
       r"porte plainte|portais plainte|divorce|le dis|dis quoi que ce soit)\b.*\b(?:tue\w*|brul\w*|prendr\w* les enfants|"
       r"retrouv\w*|regrett\w*|defigur\w*|but\w*|fera du mal|ferait du mal|faire du mal|expuls\w*|renvoy\w*|"
       r"enlev\w* les enfants)",
       rf"\b(?:tuer|tuera|brulera|bruler|prendra les enfants|prendre les enfants|se tuer|se tuera)\b.*\bsi je (?:pars|le quitte|"
       r"la quitte|m en vais|partais|le quittais)\b",
       r"\bmenace\w* (?:\w+ ){0,3}de (?:prendre|m enlever|garder|partir avec) (?:les|mes|nos) enfants\b",
       r"\bsi je (?:demande|demandais|demandait|demanderais) (?:le )?divorce\b.*\b(?:tue\w*|brul\w*|retrouv\w*|regrett\w*|prendr\w*)",
       r"\bbrul\w* (?:la maison|l appartement|l appart|la voiture|tout) avec (?:moi|nous|les enfants|mes enfants) dedans\b",
       r"\b(?:ex|ancien concubin|ancien compagnon|ancienne compagne|ancien mari|ex mari|ex compagnon|ex conjoint)\b.*"
       r"\b(?:messages?|sms|appels?|mails?|textos?) (?:menacants?|de menaces?)\b",
       r"\b(?:ordonnance (?:de protection|d eloignement)|interdiction (?:de m approcher|d approcher|de contact))\b.*"
       r"\b(?:gare en face|en face de chez moi|devant chez moi|en bas de chez moi|sous mes fenetres|a la sortie|me suit|"
       r"m attend|rode)\b",
       r"\b(?:j ai dit|j avais dit|on a dit) (?:\w+ ){0,3}que (?:j etais|je suis|c etait) (?:tombee?|un accident|au sport|"
       r"une chute)\b.*\b(?:mais|en fait) c est (?:lui|elle|mon mari|mon conjoint|mon copain|mon ex|ma femme|mon compagnon)\b",
       r"\bmenace\w* (?:\w+ ){0,2}(?:avec )?(?:un |une )?(?:couteau|arme|fusil|pistolet)\b",
       rf"\b(?:{PARTENAIRE}) (?:\w+ ){{0,3}}(?:me |m )(?:menace|a menacee?|menacait)\b",
       rf"\b(?:{PARTENAIRE}) (?:\w+ ){{0,4}}(?:messages?|appels?|sms|lettres?) (?:de |d )(?:menaces?|insultes?|mort)\b",
       r"\bsi je (?:pars|partais|le quitte|la quitte|m en vais)\b.*\b(?:jamais|plus jamais|ne (?:\w+ ){0,2}plus) (?:\w+ ){0,2}(?:mes|les) enfants\b",
       r"\b(?:jure|promis|dit qu il allait|dit qu il va|va|veut|menace) (?:de )?me retrouver\b|\bme retrouvera\b",
       # a threat to come back and finish what was begun (« il viendrait finir le travail », « terminer ce qu il a commencé »)
       r"\b(?:viendrait|viendra|va venir|revenir|reviendra|reviendrait|vais venir|va revenir) (?:\w+ ){0,2}(?:finir|terminer|achever) "
       r"(?:le travail|le boulot|ce qu il a commence|ce qu elle a commence|ce que j ai commence|ce qu il avait commence)\b",
       r"\b(?:menace\w*|va|veut|jure) (?:\w+ ){0,1}(?:de )?s en prendre a (?:moi|ma|mon|mes|nous|mes enfants)\b",
       r"\bharcel\w* depuis (?:la rupture|la separation|notre separation|que je (?:l ai|suis) (?:quitte|partie?))\b",
       r"\b(?:m envoie|m ecrit|me fait|me laisse|recois|reçois) (?:\w+ ){0,1}(?:des )?(?:menaces|messages de menace|messages menacants)\b",
       r"\b(?:je vais|tu vas|elle va) le payer\b|\bme le (?:faire )?payer\b|\btu vas le regretter\b|\bje vais le regretter\b|"
       r"\b(?:me|m) fai\w* chanter\b|\bchantage (?:avec|aux|a la) (?:photos?|videos?|images?)\b",
       rf"\b(?:{COUPS}|tape|frappe) (?:\w+ ){{0,2}}et moi\b"),
    _r("violences", "motif:controle_coercitif", "fort",
       rf"\b(?:{_AGENT_H}) (?:\w+ ){{0,2}}(?:me |m |)(?:prend|a pris|pris|confisque|a confisque|garde|cache|a cache|retient|enleve|retire|"
       r"reprend|saisit|"
       r"vole|a vole|bloque|a bloque|fouille|controle|surveille|lit) (?:\w+ ){0,2}(?:mon|mes|ma|nos|notre) (?:telephone|portable|"
       r"passeports?|papiers|titres? de sejour|carte (?:vitale|bancaire|d identite|de sejour|bleue)|salaire|argent|paie|"
       r"messages|compte|cb|identite|sorties|allocations|rsa|aah|apl|pension|retraite|prestations|aides)\b(?!.*\b(?:au lycee|au college|a l ecole|par erreur|pour jouer)\b)",
       r"\blit (?:tous |toutes )?mes (?:messages|sms|mails|conversations)\b",
       _sauf_apres("medecin", "docteur", "patron", "chef", "employeur", "boss", "manager", "loi") +
       r"\b(?:m|me) (?:interdit|empeche|empechent|interdisent) (?:\w+ ){0,1}(?:de|d) (?:sortir|partir|voir|travailler|parler|"
       r"appeler|telephoner|m habiller|aller|quitter|manger|dormir|avoir|utiliser|prendre|conduire|ouvrir|garder|toucher)\b",
       r"\b(?:plus le droit|pas le droit|n ai (?:plus|pas) le droit) de (?:voir|sortir|travailler|parler|appeler|aller)\b",
       _PAS_SOI_MEME +
       r"\b(?:enferme\w*|enfermee?|sequestr\w*) (?:\w+ ){0,2}(?:a cle|chez moi|a la maison|dans (?:la|ma|une) "
       r"(?:chambre|cave|salle))\b|\bme sequestre\b|\bm enferme\b",
       r"\b(?:traceur|mouchard|logiciel espion|geolocalis\w*|balise|gps|airtag)\b.*\b(?:telephone|voiture|sac|sait|suit)\b",
       r"\bcontrole (?:chaque euro|chaque centime|tout mon argent|mon argent|mes depenses|mes sorties|mes frequentations|"
       r"tout ce que je fais|tout ce que je depense|ma vie)\b",
       r"\bsurveille tout ce que je\b|\bme rabaisse\w* (?:tout le temps|sans arret|devant)\b|\bm humilie\b",
       r"\bsans (?:acces|droit) (?:a|au) (?:mon |notre |)(?:compte|argent)\b|\bn ai pas acces (?:a|au) (?:mon |notre |)compte\b.*\b(?:il|elle|mari|conjoint)\b",
       r"\bm isole\w*\b",
       # locked in by a partner
       rf"\benferme\w* (?:\w+ ){{0,4}}par (?:son|mon|sa|ma) (?:{PARTENAIRE})\b|\bferme\w* a cle de l exterieur\b",
       rf"\b(?:{PARTENAIRE}) (?:\w+ ){{0,3}}(?:m insulte|me traite de|m humilie|me rabaisse|me terrorise|me fait vivre un enfer|"
       r"me menace|me fait du chantage)\b(?!.*\b(?:tribunal|juge|avocat|garde des enfants)\b)",
       r"\b(?:confisque|garde|cache|prend|pris)\w* (?:\w+ ){0,1}(?:mes|les) cles\b.*\b(?:sortir|partir|enferme|chez moi)\b",
       r"\b(?:choisit|controle|decide de|impose) (?:\w+ ){0,1}(?:mes vetements|comment je m habille|ce que je porte)\b",
       rf"^(?=.*\b(?:{PARTENAIRE})\b)(?=.*\b(?:(?:plus|pas) (?:d )?acces a (?:mon|mes|notre) (?:argent|compte|comptes|carte|salaire)|"
       r"change\w* (?:les|mes) codes))",
       r"\b(?:surveille|suit|piste|localise|espionne)\w* (?:\w+ ){0,2}(?:avec|grace a|par) (?:une|un|son|sa) (?:application|appli|logiciel|"
       r"traceur|gps|camera)\b|\bme fait des (?:crises|scenes) (?:si|quand) je (?:ne reponds pas|sors|vois)\b",
       rf"\b(?:{PARTENAIRE}|il|elle) (?:\w+ ){{0,2}}(?:verifie|controle|epluche|fouille|surveille)\w* (?:tous |toutes |)(?:mes|mon|ma) "
       r"(?:releves|comptes|depenses|messages|telephone|mails|sorties|achats|tickets|faits et gestes)\b",
       r"\b(?:me|m) (?:donne|laisse|accorde)\w* (?:\d+|vingt|dix|cinquante|cent) (?:euros?|e) par (?:semaine|mois|jour)\b",
       r"\b(?:camera|cameras|micro|traceur|mouchard)\b.*\b(?:surveiller|me surveille|m espionne|sait ou je suis|me suivre)\b",
       r"\bne (?:me |m )?laisse (?:jamais|pas|plus) (?:sortir|partir|travailler|voir (?:mes amis|mes amies|ma famille|personne|"
       r"mes parents|mes copines|mes copains))\b",
       r"\bpirate\w* (?:mes|mon) (?:comptes?|telephone|mails|messagerie|facebook)\b|\bsait tout ce que je fais\b",
       r"\bne (?:me |m )?laisse (?:pas|jamais|aucun|plus) (?:d |un centime|un sou)\w*(?: argent)?\b|\b(?:a|garde|prend|cache) toutes les cartes\b|"
       r"\bje dois lui demander (?:\w+ ){0,2}(?:pour|de l argent|la permission|l autorisation)\b|\bdemander la permission pour\b",
       r"\b(?:oblige|force)\w* a (?:lui )?donner (?:le|mon|mes|les) (?:code|codes|mot de passe|mots de passe)\b|"
       r"\b(?:oblige|force|contraint)\w* a (?:lui )?(?:remettre|donner|verser|virer|laisser) (?:tout )?(?:mon|ma|mes) (?:salaire|argent|paie|"
       r"allocations|rsa|aah|retraite|pension|carte)\b|"
       r"\b(?:verifie|controle|regarde|fouille) tout\b",
       r"\b(?:me|m) vol\w* (?:ma|mon|mes) (?:pension|retraite|argent|carte|salaire|allocations|rsa|aah)\b",
       rf"\b(?:mon fils|ma fille|mon petit fils|ma petite fille|{PARTENAIRE}) (?:\w+ ){{0,2}}(?:me|m) menace\w*\b"
       r"(?! (?:de porter plainte|de m expulser|de saisir|de suspendre|de couper|de partir))"),
    _r("violences", "motif:harcelement_traque", "fort",
       r"\bme suit (?:partout|jusqu|dans la rue|au travail|a mon travail)\b",
       rf"\b(?:{PARTENAIRE}|il|elle) (?:\w+ ){{0,2}}me (?:suit|suivait|file|piste)\w* (?:quand|partout|jusqu|dans|au|a|en voiture|depuis)\b"
       r"(?! (?:sur|sur les) (?:instagram|facebook|les reseaux|tiktok|snap|twitter))",
       r"\bpartout ou je vais\b|\bil est partout\b",
       rf"^(?=.*\b(?:{PARTENAIRE})\b)(?=.*\b(?:verifie|controle|epluche|fouille)\w* (?:tous |toutes |)(?:mes|mon|ma) (?:tickets|releves|"
       r"depenses|comptes|messages|telephone|achats)\b)",
       r"\bm attend (?:\w+ ){0,4}(?:devant|en bas|a la sortie|pres de) (?:de )?(?:mon|ma|chez|l|la|le)\b",
       r"\brode\w* (?:\w+ ){0,2}(?:en bas de chez moi|autour de chez moi|devant chez moi|pres de chez moi)\b",
       r"\bdebarque\w* (?:\w+ ){0,2}chez moi\b|\bsonne\w* (?:\w+ ){0,3}(?:a toute heure|la nuit|sans arret)\b",
       r"\b(?:appelle|m appelle|ecrit|m ecrit|envoie) (?:\d+|des dizaines de|des centaines de|cinquante|cent) (?:fois|messages)\b",
       r"\btrouve (?:ma|mon) (?:nouvelle |nouveau )?(?:adresse|logement|appartement)\b.*\b(?:menace|peur|debarque|suit)\b",
       rf"\b(?:{PARTENAIRE}|il|elle) (?:\w+ ){{0,1}}(?:est|attend|se poste|traine|reste|passe|vient)\w* (?:\w+ ){{0,2}}devant "
       r"(?:l ecole|mon travail|chez moi|mon immeuble|ma porte|la creche|ma maison)\b.*\b(?:tous les jours|chaque jour|me regarde|"
       r"me surveille|me suit|m attend|me fait peur|toute la journee|le soir)\b",
       rf"\b(?:{PARTENAIRE}|il|elle) (?:\w+ ){{0,4}}sait ou (?:je vis|j habite|je suis|je travaille|je dors|sont les enfants)\b",
       rf"\b(?:{PARTENAIRE}) (?:\w+ ){{0,2}}(?:me |m )harcel\w*\b(?!.*\b(?:tribunal|garde|pension|juge|avocat)\b)"),
    _r("violences", "lexique:peur+partenaire", "fort",
       rf"\b(?:peur|terrifiee?|terrorisee?) (?:de |d )(?:{PARTENAIRE}|lui|elle|rentrer chez moi|rentrer a la maison|"
       r"mon mari|mon ex|ma femme|pour ma vie)\b",
       r"\bpeur (?:qu il|qu elle) (?:me tue|me frappe|recommence|me retrouve|me fasse du mal)\b",
       r"\b(?:il|elle) (?:crie|hurle) et (?:casse|frappe|jette)\b",
       r"\bsuis en danger (?:chez moi|a la maison|avec lui|avec elle)\b",
       rf"\b(?:{PARTENAIRE}) (?:est |a ete |devient |etait )?(?:tres |trop |souvent |tellement |de plus en plus )?"
       r"(?:violent|violente|dangereux|brutal)\b",
       r"\b(?:il|elle|lui|ils) (?:est|sont|devient|etait|a ete) (?:tres |trop |souvent |tellement |de plus en plus )?violente?s?\b",
       r"\bse fait (?:frapper|battre|taper|cogner|tabasser|violer) par son (?:mari|copain|compagnon|conjoint|ex|mec)\b",
       rf"\b(?:battue?|frappee?|violee?|tabassee?) par (?:son|mon|sa|ma) (?:{PARTENAIRE})\b",
       r"\bme suis (?:enfuie?|sauvee?|echappee?|refugiee?|cachee?) (?:\w+ ){0,6}(?:il|elle) (?:me |m )",
       r"\b(?:homme|femme|quelqu un|personne) qui me fait peur\b|\bil me fait peur\b|\belle me fait peur\b"),
    # ---------------------------------------------------------------- sans_abri
    _r("sans_abri", "lexique:tente_enlevee", "fort",
       # the tent or the camp taken away, destroyed, cleared (« ils ont enlevé ma tente ce matin »)
       r"\b(?:enleve|demonte|detruit|embarque|pris|jete|arrache|evacue|brule|rase|lacere|confisque|vole)\w* (?:\w+ ){0,2}"
       r"(?:ma|notre|nos|mes|la|le) (?:tente|tentes|cabane|campement|abri de fortune|duvet|duvets|couvertures)\b"
       r"(?!.*\b(?:camping|vacances|festival|randonnee|jardin|scout)\w*\b)",
       r"\b(?:ma|notre|nos) (?:tente|tentes|cabane|campement)\b (?:\w+ ){0,1}(?:a|ont) ete (?:\w+ ){0,1}(?:enlevee?s?|demontee?s?|detruite?s?|"
       r"evacuee?s?|brulee?s?|embarquee?s?|jetee?s?|volee?s?)\b(?!.*\b(?:camping|vacances|festival|randonnee|jardin|scout)\w*\b)"),
    # the nights spent in a place open to all (a station, a launderette, a hall, the hospital's waiting room) for want of
    # a home (« c'est là que je me mets au chaud le soir depuis que j'ai plus d'appart », « les sièges de la gare c'est
    # dur et les agents nous font bouger »)
    _r("sans_abri", "lexique:nuits_lieu_public", "fort",
       r"^(?=.*\b(?:gare|laverie|hall|metro|parking|abri bus|salle d attente|urgences|fast food|mcdo|24h|24 h|bus de nuit|"
       r"aeroport)\b)(?=.*\b(?:la nuit|le soir|les nuits|toute la nuit|au chaud|se poser|me poser|nous poser|dormir|on dort|je dors|"
       r"dormi)\b)(?=.*\b(?:plus d ?appart|plus d ?appartement|plus de logement|plus de chez moi|pas de logement|sans logement|"
       r"(?:nous|me|les) font bouger|(?:nous|me) (?:chassent|chasse|virent|vire)|endroit ouvert la nuit)\b)"),
    # nothing for the night (« la fourrière l'a embarqué, j'ai rien pour la nuit et il neige »), outside on a bench, a car slept
    # in said in creole (« mi dor dann loto… lo propriyétèr la mèt anou déor »)
    _r("sans_abri", "lexique:rien_pour_la_nuit", "fort",
       _RIEN_POUR_LA_NUIT,
       _DEHORS_DEPUIS + r"|\bje reste sur (?:le|un) banc\b",
       r"\b(?:mi|nou|li) dors? (?:dann|dan|dans) (?:loto|in loto|mon loto|nout loto|la rou|la ri)\b|\bmet (?:anou|amwin|ali) deor\b"),
    _r("sans_abri", "lexique:sans_toit_ce_soir", "fort",
       _FOURRIERE_AVANT_UNE_NUIT_FROIDE,
       # tonight's bed named as a public place (« ce soir c'est le parc encore »)
       r"\b(?:ce soir|cette nuit) (?:c est|ca sera|ce sera|ca va etre) (?:encore |de nouveau |)(?:le parc|la rue|dehors|un banc|le banc|"
       r"la gare|le hall|un hall|le parking|un parking|sous (?:le|un) pont)\b|\b(?:le parc|la rue|dehors|un banc|sous un pont) (?:encore |)"
       r"(?:ce soir|cette nuit)\b(?! (?:je|on|il|elle) (?:va|vais|vont) (?:au|a la|chez))",
       r"\b(?:ce soir|cette nuit) personne (?:ne )?(?:peut|veut|pourra|voudra) (?:me|m|nous) (?:prendre|loger|heberger|accueillir|garder)\b",
       r"\b(?:phone|number) for (?:a )?shelter\b|\bwhere (?:can|could) (?:we|i) sleep\b|\b(?:we are|i am|we re|i m) (?:in|at) the "
       r"(?:bus|train) station\b(?=.*\b(?:night|tonight|nowhere|didn t come|did not come)\b)",
       r"^(?=.*\b(?:pas de logement|sans logement|nulle part ou dormir)\b)(?=.*\b(?:premier jour|1er jour|il me reste \d+ ?(?:e|euros?)\b|"
       r"je viens d arriver|arrive (?:ce matin|aujourd hui))\b)"),
    _r("sans_abri", "lexique:dort_dehors", "fort",
       # nights spent on a station's benches (« c'est là que je passe mes nuits en ce moment, sur les bancs du hall »)
       r"\b(?:je|on|nous) pass\w* (?:mes|nos|les) nuits\b(?: \w+){0,5} (?:sur (?:les|des|un|le) bancs?|dans (?:le|un) hall|dehors|"
       r"dans (?:la|une|ma) (?:rue|voiture|gare|tente))\b",
       # someone sleeping on cardboard or on the ground outside (« un monsieur qui dort sur un carton devant la pharmacie »)
       r"\b(?:dort|dorment|dormait|dormaient) (?:\w+ ){0,2}(?:sur (?:un|des) cartons?|par terre (?:devant|sur le trottoir|dehors))\b",
       # tonight's bed named as the street (« ce soir c'est le trottoir », « cette nuit ce sera la rue »)
       r"\b(?:ce soir|cette nuit|demain soir) (?:c est|ce sera|ca sera|ca va etre|je dors (?:sur|dans)) (?:le trottoir|la rue|dehors|"
       r"le banc|la gare|un banc)\b",
       r"\b(?:homeless|sleeping (?:outside|rough|on the street)|sleep (?:outside|on the street)|nowhere to sleep)\b",
       # someone who sleeps under a bus shelter or a porch for nights (« dort depuis plusieurs nuits sous l'abribus »)
       r"\b(?:dort|dorment|dors|dormons) (?:depuis (?:\w+ ){1,3})?sous (?:l|un|le|la) (?:abribus|abri bus|abri de bus|porche|auvent|"
       r"passerelle)\b",
       # (« I have been sleeping in the library toilets and on benches for 4 nights »)
       r"\b(?:i have been|i ve been|i am|i m|we have been|we ve been|we are) sleeping (?:in|on|at|under) (?:the |a )?(?:\w+ ){0,2}"
       r"(?:toilets?|benches?|stairs?|stairwell|car|station|park|bridge|tent|street)\b",
       # the same in Spanish (« esta noche duermo en la calle con mi hijo »)
       r"\b(?:duermo|dormimos|dormire|dormiremos|estoy durmiendo|estamos durmiendo) (?:en la calle|en el coche|en el carro|"
       r"en la estacion|en un banco|en el parque|fuera)\b|\bno tengo (?:donde|a donde) dormir\b",
       # a tent that is one's home, not a holiday (« j'ai un CDI et je dors sous une tente au bord de la Garonne »)
       r"(?:\b(?:je dors|on dort|nous dormons|je vis|on vit|nous vivons) (?:sous|dans) (?:une|ma|notre|la) tente\b|"
       r"\b(?:ma|notre) tente (?:est|se trouve) (?:au bord|sous|dans|pres|derriere|le long)\b)"
       r"(?!.*\b(?:camping|vacances|festival|randonnee|rando|bivouac|week end|colo|scout\w*)\b)",
       # put out of a shelter today, one's things in a bag (« fin de prise en charge ce matin… mes affaires sont dans un sac »)
       r"^(?=.*\b(?:fin de (?:ma |la )?prise en charge|vire\w* du (?:chrs|foyer|centre)|exclue? du (?:chrs|foyer|centre)|"
       r"mis\w* dehors du (?:chrs|foyer|centre))\b)(?=.*\b(?:ce matin|ce soir|aujourd hui|cette nuit|mes affaires (?:sont|dans))\b)",
       r"\bi (?:sleep|slept|am sleeping) (?:near|under|in|on) (?:the |a )?(?:canal|woods|bridge|street|park|station|car|tent|forest|river)\b",
       r"\bi (?:sleep|slept|am sleeping) (?:near|under|in|on) (?:the|a) (?:beach|dunes|port|harbour|harbor)\b|"
       r"\bwhere can i (?:go|sleep|stay) tonight\b|\bnowhere to (?:go|stay) tonight\b",
       # a bridge one sleeps under, said by what was taken there (« où laisser un sac pour la nuit, parce que sous le pont on
       # me l'a déjà pris »)
       r"^(?=.*\bsous (?:le|un|les) ponts?\b)(?=.*\b(?:pour la nuit|la nuit|les nuits|dormir|dors|dormi|mes affaires|mon sac|"
       r"on me l a (?:deja )?pris|on m a vole)\b)(?!.*\b(?:passe|passer|passons|peche|promene|balade)\w* sous (?:le|un|les) ponts?\b)",
       # a tent or a car for want of a home (« plus de logement… je dors au camping municipal dans une tente »)
       r"^(?=.*\b(?:plus de logement|pas de logement|sans logement|plus d appart\w*|plus de chez moi|perdu mon logement)\b)"
       r"(?=.*\b(?:dors|dormons|dort|vis|vivons|nuits?) (?:\w+ ){0,6}(?:dans|sous) (?:une|ma|la|notre) (?:tente|voiture)\b)",
       # locked out at night with nowhere to go (« je suis bloquée dehors, il est 22h, mes amis sont pas joignables »)
       r"^(?=.*\b(?:bloquee?s?|coincee?s?|enfermee?s?) dehors\b)(?=.*\b(?:ce soir|cette nuit|la nuit|\d{1,2} ?h|minuit|nulle part|"
       r"pas joignables?|personne)\b)",
       # (a caravan or a van one lives in is a home, « je vis dans une caravane au camping »; slept in, a roof lost)
       r"\b(?!(?:vivre|vis|vit|vivons) (?:\w+ ){0,2}(?:dans|a|au|sur) (?:ma|une|la|mon|un|le|notre|l|) ?(?:camion|caravane)\b)"
       r"(?:dors|dormir|dormi|dort|dormons|dorment|dormais|passer la nuit|passe la nuit|passe mes nuits|passons la nuit|"
       r"nuit|nuits|vivre|vis|vit|vivons|dormirons|dormira|dormirai|coucher|couche) (?:depuis (?:\w+ ){1,2})?(?:(?!pas |plus |jamais )\w+ ){0,2}"
       r"(?:dehors|dans la rue|a la rue|sur un banc|sous un pont|sous (?:une|la|ma) tente|"
       r"(?:dans|a|au|aux|sur|sous) (?:ma|une|la|mon|un|le|les|des|l|) ?(?:voiture|gare|parc|tente|cage d escalier|"
       r"escaliers?|hall|squat|parking|metro|abri bus|bus de nuit|bus|cave|urgences|aeroport|laverie|"
       r"jardin public|camion|caravane|caisse|bagnole|local poubelles?|local (?:a|des) poubelles|local a velos?|local velos?|local des velos|rue|trottoir))\b",
       # between two places of the street (« jsuis entre la tente au bord du canal et le parking du lidl »)
       # (« dans la rue depuis 4 jours »)
       r"(?:^|\b(?:je suis|jsuis|suis|sommes|on est|je vis|vis|vivons|me retrouve|retrouve|retrouvee) )dans la rue depuis\b",
       r"\b(?:suis|sommes|on est|vis|vit|dors|dort|dormons) entre (?:la|ma|une|le|mon|un) (?:tente|voiture|parking|gare|squat|rue|"
       r"camion|banc)\b",
       r"\btente (?:au bord|le long|sous|pres|en dessous) (?:du|de la|des|d un|de l|d une) (?:canal|periph\w*|pont|riviere|fleuve|"
       r"voie|route|seine|autoroute|rocade|echangeur)\b",
       r"\bdors (?:ou|la ou) je (?:peux|trouve)\b|\bdors a droite a gauche\b",
       r"\b(?:suis|sommes|etre|me retrouve|retrouve|retrouvee|retrouves|vis|vit|vivons|nous sommes|je suis|on est|"
       r"sera|serai|serons|seront|vais etre|va etre|allons etre) (?:(?!pas |plus |jamais )\w+ ){0,1}(?:a la rue|dehors|sans (?:abri|logement|domicile|"
       r"toit|hebergement))\b(?! (?:en train|pour|a faire))",
       r"\b(?:est|sont) (?:a la rue|dans la rue|sans abri|dehors ce soir)\b",
       r"\bpas de toit\b|\bplus de toit\b",
       r"\b(?:plus de|pas de|sans|perdu mon) (?:logement|toit|domicile) (?:depuis (?:ce matin|hier|aujourd hui|cette nuit)|ce soir|cette nuit|aujourd hui)\b",
       r"\bnulle part (?:ou|pour|a|d ou) (?:\w+ ){0,2}(?:dormir|aller|passer la nuit|me loger|loger|dormir ce soir)\b",
       r"\b(?:pas|aucun|plus d|pas d|rien|plus de|pas de) (?:d )?(?:endroit|logement|hebergement|lit|abri|toit|place) "
       r"(?:pour|ce soir|cette nuit)\b",
       r"\b(?:ou|pour) (?:dormir|passer la nuit|me loger|dormir avec mes enfants) (?:ce soir|cette nuit)\b",
       r"\b(?:sais pas|ne sais pas|sais plus|aucune idee|sais meme pas) (?:ou|d ou) (?:je vais |on va |nous allons |je peux |aller )?"
       r"(?:dormir|passer la nuit|aller ce soir|dormir ce soir|aller dormir)\b",
       r"\bdehors (?:ce soir|cette nuit|avec mes enfants|avec mon bebe|avec ma fille|avec mon fils|avec les enfants)\b",
       r"\b(?:un |une )?(?:lit|abri|place|toit) pour (?:ce soir|cette nuit)\b",

       r"\bpersonne (?:ne peut|pour) (?:m |nous |)(?:heberger|accueillir|loger)\b",
       r"\b(?:n ai|n avons|j ai|on a|on n a) nulle part\b|\b(?:dort|dors|dormons) chez personne\b",
       r"\b(?:dors|dormons|dort|passe la nuit|passerai la nuit) devant (?:la porte|l immeuble|mon immeuble|un magasin|la gare|une eglise)\b",
       r"\b(?:n ai|n avons|j ai|on a) plus (?:de |d )(?:logement|appartement|appart|maison|toit|domicile)\b(?!.*\b(?:heberge\w*|chez (?:ma|mon|mes|des|un|une))\b)",
       r"\bvien\w* d etre (?:expulse\w*|mis\w* dehors|mis\w* a la porte|vire\w*)\b|\b(?:on est|je suis|nous sommes) sur le trottoir\b",
       r"\b(?:m a|nous a|m ont|nous ont) (?:demande|dit|ordonne) de (?:partir|quitter|m en aller|degager|sortir)\b.*"
       r"\b(?:ce soir|aujourd hui|cette nuit|demain|tout de suite|maintenant)\b",
       r"\b(?:plus de|pas de|sans) (?:logement|toit|domicile|maison) depuis (?:l |le |la )(?:incendie|inondation|explosion|effondrement|expulsion|feu)\b",
       r"(?<!peur d etre )(?<!risque d etre )(?<!peur de finir )(?<!\bpas )(?<!\bplus )(?<!\bjamais )(?<!\bpas encore )"
       r"\ba la rue\b(?! (?:de|du|des|d|niveau|cote|question|si))",
       r"\b(?:dors|dormons|dort|dorment|vis|vivons|squatte|squattons)\w* (?:\w+ ){0,3}abandonne\w*\b",
       r"\b(?:reste|resterai|rester|restons|resterons|reste encore) dehors\b(?! (?:pour|a) (?:jouer|fumer|profiter))",
       r"\b(?:dors|dormons|dort|dorment|couche|couchons|vis|vivons|loge|logeons|campe|campons|squatte|squattons|passe la nuit)\w* "
       r"(?:(?!pas |plus |jamais )\w+ ){0,3}(?:sur des cartons|dans un terrain vague|sur le trottoir|dans une cave|dans un squat|sous un porche|"
       r"dans un hangar|dans une cabane|dans un bidonville|dans un campement|dans la voiture|dans ma voiture|dans notre voiture|"
       r"dans un camion|dans les bois|dans la foret|sur la plage|sur (?:un|les|des|le) bancs?|dans un square|dans un abribus|sous un abribus|"
       r"dans une eglise|dans un mcdo|dans les toilettes|dans un sous sol|dans un local|dans une laverie|sous une tente|"
       r"dans une tente|sur un parking|dans un parking|dans un hall|dans les halls|dehors|a l aeroport|a la gare|aux urgences)\b",
       r"\b(?:zone|zoner|erre|errer|traine|trainer) (?:\w+ ){0,2}(?:dehors|dans les rues|dans la rue) (?:\w+ ){0,2}(?:la nuit|toute la nuit|jusqu au matin)\b",
       r"\b(?:jete\w*|mis|mise|mises) a la rue\b|\bje me retrouve (?:dehors|sans rien|a la rue)\b",
       r"\b(?:je squatte|on squatte|campe|campons|on campe)\b",
       r"\bsur le trottoir (?:avec|depuis)\b",
       r"\b(?:suis|sommes|vis|vit|vivons|on est|je suis|nous sommes|me retrouve|retrouve\w*) dans la rue (?:depuis|avec|ce soir|cette nuit)\b",
       r"\b(?:sortir|sors|sortie|sorti)\w* (?:\w+ ){0,2}(?:de l hopital|de la maternite|du foyer|de l ase|de cure|de l hp)\b.*"
       # (not food lacking at home, « sortie de l'hôpital, je vis seul, rien à manger chez moi »)
       r"\b(?:plus de logement|pas de logement|aucun logement|nulle part|ou dormir|ou aller|sans logement|"
       r"rien(?! a (?:manger|boire)\b)(?! dans (?:le|mon|les|mes) (?:frigo|placards?)\b)|"
       r"sans solution|aucune solution|pas de solution)\b",
       r"\b(?:rer|metro|bus de nuit|noctilien|train de nuit|trains de nuit|tram)\b.*\bpour (?:dormir|passer la nuit)\b|"
       r"\bdormir (?:\w+ ){0,3}dans (?:le|les) (?:rer|metro|bus|trains?)\b",
       r"\bchass\w* de chez (?:lui|elle|moi|eux|nous)\b",
       r"\b(?:squat|campement|bidonville|camp)\b.*\b(?:evacue\w*|demantele\w*|detruit|expulse\w*)\b"),
    _r("sans_abri", "lexique:sans_abri_mot", "mot",
       # (a person's state, not the category: « les sans-abri de ma ville », « un SDF peut-il avoir le RSA ? »)
       r"(?<!\bles )(?<!\bdes )(?<!\baux )(?<!\bun )(?<!\bune )(?<!\bd un )(?<!\bd une )(?<!\bpour )(?<!\bpersonnes )"
       r"(?<!\bpersonne )\b(?:sdf|sans abri|sans domicile)\b",
       r"\b(?:je suis|j suis|suis|on est|nous sommes|devenue?s?|je deviens|on devient) (?:\w+ ){0,2}(?:sdf|sans abri|sans domicile)\b",
       # (« l'hébergement d'urgence accepte-t-il les couples ? » asks about the service)
       r"\bsans logement\b|(?<!\bl )\bhebergement d urgence\b|\bsamu social\b"),
    _r("sans_abri", "lexique:mis_dehors", "fort",
       r"\b(?:mis|mise|mises|jete|jetee|vire|viree|foutu|foutue|chasse|chassee|mets|met|mettent|jette|vire|chasse|"
       r"mettre|jeter|virer|fout) (?:\w+ ){0,1}(?:a la porte|dehors)\b"
       # (not a threat for a later date: « il veut me mettre dehors à la fin du bail en juin »)
       r"(?!.*\b(?:a la fin (?:du|de son|de mon|de notre) bail|fin du bail|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
       r"septembre|octobre|novembre|decembre)|dans (?:\d+|deux|trois|quelques|plusieurs) (?:mois|semaines)|apres la treve)\b)",
       r"\bexpuls\w* (?:\w+ ){0,4}(?:aujourd hui|ce matin|ce soir|hier|cette nuit|tout a l heure|a l instant|cet apres midi)\b",
       r"\b(?:aujourd hui|ce matin|hier|tout a l heure)\b.*\bexpuls\w*\b(?!.*\b(?:en|au mois de|dans) )",
       r"\b(?:ne veut|ne veulent|veut|veulent) (?:plus|pas) (?:m|me|nous) (?:heberger|garder|loger)\b",
       r"\b(?:dois|doit|devons|faut que je|dois quitter) (?:partir|quitter|sortir)\b.*\b(?:ce soir|aujourd hui|demain matin|cette nuit)\b",
       r"\b(?:foyer|centre|hotel|hebergement|chrs)\b.*\b(?:vire\w*|mis dehors|mise dehors|dehors|s arrete|termine|fini|exclu\w*)\b.*"
       r"\b(?:rien|nulle part|ou dormir|ce soir|demain|dormir|sais pas|ce matin|aujourd hui|cet apres midi)\b",
       # no longer welcome at the one who put the writer up, from tonight (« jpeux plus rester chez mon pote ce soir »)
       r"\b(?:peux|peut|pouvons|pourrai|pourrais|pourra) (?:plus|pas) (?:rester|dormir|etre heberge\w*) chez (?:\w+ ){0,1}(?:pote|ami|"
       r"amie|copain|copine|frere|soeur|cousin|cousine|tante|oncle|mere|pere|parents|collegue|potes|amis|une amie|un ami)\b"
       r"(?=.*\b(?:ce soir|cette nuit|aujourd hui|des maintenant|a partir de ce soir)\b)",
       # no money left for the night's hotel (« plus un sou pour l'hôtel ce soir »)
       r"\b(?:pas|plus) (?:un sou|un centime|un rond|une thune|de thune|de sous|d argent) (?:\w+ ){0,2}pour (?:l hotel|lhotel|un hotel|"
       r"une chambre|dormir|une nuit)\b",
       r"\b(?:pas|plus) d argent pour (?:l hotel|lhotel|un hotel|une chambre|dormir|une nuit)\b|"
       # (short of the price: « il me manque 20 € pour la nuit »)
       r"\b(?:il me manque|il nous manque|me manque|nous manque|il me faut encore|il nous faut encore) (?:encore )?\d+ (?:euros? )?"
       r"pour (?:la nuit|cette nuit|ce soir|l hotel|lhotel|la chambre|une chambre|une nuit|dormir)\b|"
       r"\bje ne connais personne\b.*\b(?:ce soir|cette nuit|dormir|hotel|dehors)\b",
       r"\bhuissiers?\b.*\b(?:dehors|a la rue|dans la rue|plus de logement|change les serrures)\b",
       # (the locks changed by someone else, not the ones the writer wants to change to be safe: « est-ce que je peux
       # changer les serrures aux frais du bailleur ? »)
       _sauf_apres("peux", "peut", "veux", "voudrais", "faire", "dois", "faut", "pour", "de") + r"\bchange\w* (?:les|la) serrures?\b",
       r"\b(?:suis|sommes|me retrouve|on est|nous sommes) a la porte\b(?! (?:de|du|des|d)\b)",
       r"\b(?:sorti|mis|jete|pose|sortis|mises|jetes)\w* (?:\w+ ){0,1}(?:mes|nos) (?:meubles|affaires) (?:dans la rue|dehors|sur le trottoir|sur le palier)\b",
       r"\bvire\w* de (?:la maison|chez (?:moi|nous|lui|elle|eux)|l appartement|l appart|mon logement|notre logement)\b",
       r"\b(?:avec|et) (?:mes|nos|ma|mon) (?:valises?|sacs?|affaires)\b.*\b(?:rue|dehors|rien trouve|nulle part|aujourd hui|ce soir|trottoir)\b|"
       r"\b(?:devant|a) la gare avec (?:ma|mes|mon) (?:valises?|sacs?|affaires)\b|"
       r"\b(?:rue|dehors|rien trouve|nulle part|aujourd hui|ce soir)\b.*\b(?:avec|et) (?:mes|nos) (?:valises|sacs)\b",
       r"\b(?:aucun|pas d|plus d|pas un|aucune) (?:endroit|lieu|toit|solution d hebergement) (?:ou|pour) (?:aller|dormir|passer|me loger)\b",
       r"\b(?:appartement|appart|maison|logement|immeuble|case|caravane|mobil home|cabane)\b (?:\w+ ){0,6}(?:a brule|brule|"
       r"incendie|inonde\w*|effondre\w*|ecroule\w*|detruit\w*|emporte\w*|soufflee?|pris feu)\b.*\b(?:plus rien|plus de toit|"
       r"ou dormir|cette nuit|ce soir|demain|dehors|nulle part|plus de place|pas de place)\b"),
    # A roof lost today: the room or the keys handed back, the shelter ended, tonight, with no
    # solution named ("on fait quoi ce soir ?", children, a bag, a tent).
    _r("sans_abri", "motif:toit_perdu_aujourd_hui", "fort",
       rf"^(?=.*(?:{TOIT_PERDU}))(?=.*\b(?:ce soir|aujourd hui|ce matin|cette nuit|avant \d+ ?h\w*|tout a l heure|maintenant)\b)"
       r"(?=.*\b(?:ou dormir|ou aller|on fait quoi|je fais quoi|que faire|qu est ce qu on fait|rien|personne|nulle part|duvet|tente|"
       r"avec (?:mes|nos|ma|mon) (?:\d+ |deux |trois |quatre )?(?:enfants|petits|bebe|femme|mari|filles|fils)|bebe|cartons|sac|"
       r"aucune solution|pas de solution|ne paie plus|prise en charge)\b)"),
    # A shelter full at night, or a night at a station with nothing.
    _r("sans_abri", "motif:nuit_sans_place", "fort",
       r"^(?=.*\b(?:foyer|115|centre|hebergement|hotel|chrs|accueil de nuit)\b (?:\w+ ){0,2}(?:est |sont |)(?:plein|pleins|complet|"
       r"complets|sature|pas de place|plus de place))(?=.*\b(?:ce soir|cette nuit|minuit|la nuit|\d+ ?h|tard|gare|dehors|rue)\b)",
       # (the evening said by its hour, « il est 21h »; a home left that one cannot go back to, hotels too dear)
       r"^(?=.*\b(?:gare|gare routiere|aeroport|station)\b)(?=.*\b(?:cette nuit|ce soir|minuit|il est (?:19|20|21|22|23) ?h\w*|"
       r"(?:19|20|21|22|23) ?h passees?)\b)"
       r"(?=.*\b(?:plus rien|rien|personne|nulle part|plein|complet|que faire|peut faire|peux faire|trop chers?|"
       r"(?:peux|peut|pouvons) (?:plus|pas) (?:y |)(?:retourner|rentrer|revenir))\b)",
       r"\bou (?:\w+ ){0,2}(?:va|vais|allons|vont|peut|peux|pourrai|pourra|pourrons)\w* (?:dormir|passer la nuit|loger|aller) "
       r"(?:ce soir|cette nuit)\b",
       r"\b(?:dors|dort|dormons|dormi|dormir)\b (?:\w+ ){0,8}(?:puis|ensuite|apres) dehors\b",
       r"\b(?:dors|dort|dormons|dorment|dormi|vit|vis|vivent)\w* (?:\w+ ){0,1}sous (?:un|le|les|des|une) (?:pont|ponts|porche|arcades?|"
       r"tunnel|abri|escalier|bretelle)\b",
       r"\b(?:vire\w*|chasse\w*|mis\w* dehors|mis\w* a la porte) (?:\w+ ){0,1}(?:de )?chez (?:ses|mes|nos|leurs|son|sa) "
       r"(?:parents|pere|mere|oncle|tante|grands parents)\b",
       r"\b(?:assis|assise|installe\w*|pose\w*) sur (?:un|le|des) bancs? depuis\b"),
    _r("sans_abri", "lexique:sortie_prison", "fort",
       # (not a roof found since: « je dors chez un pote mais il me donne pas à manger »)
       r"^(?!.*\b(?:je dors|je loge|je vis|je suis heberge\w*|on m heberge) chez\b(?!.*\b(?:ce soir|plus|demain|dehors|mettre|met|vire)\b))"
       r".*\b(?:sors|sortir|sortie|sorti|libere|liberee|sortant|sors demain|sortirai)\w* (?:\w+ ){0,3}(?:de |d )?(?:prison|detention|"
       r"maison d arret|centrale|centre de detention|taule|zonzon|cra|centre de retention|garde a vue)\b.*\b(?:nulle part|aucun logement|"
       r"pas de logement|personne pour|ou dormir|sans logement|rien(?! mange| a manger| bouffe)|ou aller|pas d hebergement|aucun hebergement|"
       r"pas de toit|dehors|a la rue|pas d adresse|sans adresse|aucune adresse|ne peux pas rentrer|personne (?:ne )?(?:vient|viendra) "
       r"me chercher|personne ne m attend|(?:un|mon|que mon) sac)\b(?!.*\b(?:dans (?:un|deux|trois|\d+) (?:an|ans|mois)|l an prochain)\b)"),
    _r("sans_abri", "lexique:115_sature", "fort",
       # (someone's night: a question about the 115 in general, « le 115 est toujours saturé à Lyon ? », is no one's)
       r"^(?!.*\b115 (?:ca |)(?:marche|fonctionne) comment\b|.*\bcomment (?:ca |)(?:marche|fonctionne) (?:le |)115\b)"
       # (nor a volunteer's question for the people met on the rounds: « je suis bénévole en maraude, on galère à les joindre »)
       r"(?!.*\b(?:benevoles?|maraudes?|travailleu\w* sociale?s?|educat\w*)\b.*\b(?:les|des|aux) (?:personnes|gens|familles|usagers|"
       r"beneficiaires|sdf|sans abris?) (?:qu on|que nous|que l on) (?:rencontre|croise|accompagne|aide|suit)\w*\b)"
       r"(?=.*\b(?:je|j|on|nous|me|m|moi|mon|ma|mes|notre|nos|il|elle|ils|elles|lui|leur|leurs|(?:une|un|la|le|des|les|cette|ce) "
       r"(?:dame|monsieur|femme|homme|famille|jeune|personne|mere|pere|maman|papa|enfants?|bebe|ado|fille|garcon|gars|mec))\b)"
       r".*\b115\b.*\b(?:ne repond|repond pas|repond jamais|pas de place|plus de place|complet|sature|personne ne|"
       r"rien trouve|rappeler|occupe)\b",
       # (not a question about how to call it: "peut-on appeler le 115 depuis l'étranger ?")
       r"^(?!.*\b(?:peut on|on peut|faut il|doit on|comment|est ce qu on peut|pour) (?:\w+ ){0,3}(?:appeler|joindre|contacter) "
       r"(?:le |au )?115\b).*\b(?:appele|appelle|appeler|j appelle|contacte) (?:le |au )?115\b(?!.*\b(?:trouve une place|m a trouve|m ont trouve)\b)",
       r"\b(?:fin de (?:prise en charge|l hebergement|la mise a l abri)|prise en charge (?:s arrete|se termine)|"
       r"(?:arrete|termine|stoppe|coupe)\w* (?:ma |la |mon |)(?:prise en charge|contrat jeune majeur|hebergement))\b.*"
       r"\b(?:pas de logement|rien|nulle part|ou dormir|sans logement|aucun logement)\b",
       r"\barrive\w* en france\b.*\b(?:pas de logement|dors|nulle part|sans logement|dehors|rue)\b"),
    # ---------------------------------------------------------------- faim
    _r("faim", "lexique:faim", "fort",
       r"\b(?:i am hungry|i m hungry|nothing to eat|no food)\b",
       # only water today, or a few euros and one tin left for the household (« aujourd'hui j'ai bu de l'eau et c'est tout »,
       # « il me reste 3 euros et une boîte de haricots pour moi et ma fille »)
       r"\b(?:aujourd hui|depuis hier|depuis ce matin|de la journee) (?:j ai|on a|nous avons) (?:juste |seulement |que )?(?:bu|mange|pris) "
       r"(?:que |juste |seulement )?(?:de l eau|un cafe|un verre d eau|du pain)\b(?: \w+){0,2} (?:c est tout|rien d autre|pas plus)\b",
       r"\bil (?:me|nous) reste \d+ (?:euros?|e) et (?:une|un|deux|2) (?:boite|paquet|sachet|conserve|baguette)s?\b",
       # nothing left for tonight's meal, food asked in the same message (« des colis le jour même ? j'ai plus rien pour ce
       # soir »)
       r"^(?=.*\b(?:j ai|on a|il me reste|il nous reste|je n ai|on n a) plus rien pour (?:ce soir|ce midi|aujourd hui|le repas|"
       r"manger ce soir)\b)(?=.*\b(?:colis|manger|repas|frigo|placards?|nourriture|bebe|lait|courses|epicerie)\b)",
       # (not people in general: « je donne mes invendus pour ceux qui ont faim »)
       r"(?<!ceux qui )(?<!celles qui )(?<!gens qui )(?<!personnes qui )(?<!ceux qui n )"
       r"\b(?:j ai|on a|ils ont|ont|avons|ai|a|avez|as|nous avons) (?:tres |trop |si |tellement |vraiment |)faim\b(?! de| d )",
       r"\b(?:meurs|meurt|mourir|mourons|meurent|crever|creve|crevons|crevent) de faim\b(?! de| d )",
       # nothing left for the children since a day named (« on a plus rien depuis mercredi pour les petits »)
       r"\b(?:on a|j ai|nous avons|on n a|je n ai|ai) (?:plus|pas) rien\b (?:\w+ ){0,3}pour (?:les petits|les enfants|mes enfants|"
       r"les gosses|le bebe|mon bebe|les bebes|nos enfants|mes petits)\b",
       r"\b(?:creve|crever|crevons|crevent) la dalle\b",
       # the creoles of La Réunion and the Antilles (« nou na pi arien pou manzé », « pa ni manjé »)
       r"\b(?:arien|ayen|anyen|nyen|pwin|poin) (?:pou |a |pour )?(?:manze|manje|manzer|manjer)\b|\bpas? ni (?:manze|manje)\b",
       r"\b(?:rien|plus rien|pas de quoi|pas assez|rien du tout|plus de quoi|pas grand chose|plus assez) "
       r"(?:a |pour |de quoi )?manger\b",
       r"\b(?:pas|rien|plus|pas encore) (?:mange|manger) (?:\w+ ){0,3}(?:depuis|aujourd hui|de la journee|hier|ce soir)\b",
       r"\b(?:n ai|n avons|n ont|n a|ne mange|ai|avons) (?:pas|rien|plus rien|pas encore) (?:mange|manger)\b"
       r"(?! (?:ce midi|ce matin) (?:car|parce))",
       # (« on a plus à manger, la pension arrive le 9 »: « rien » left out)
       r"\b(?:on a|j ai|jai|nous avons|on n a|je n ai|n ai|n avons|y a|il y a|ya) (?:plus|pu|pas) (?:a |grand chose a )manger\b(?! (?:de|du|des|d) )",
       r"\bsans manger\b|\bventre (?:vide|creux)\b|\b(?:frigo|placards?|refrigerateur) (?:est |sont )?vides?\b",
       r"\bplus rien dans (?:les|le|mes) (?:placards?|frigo)\b",
       # days of living on biscuits (« ça fait 2 jours qu'on grignote des biscuits avec mon fils »)
       r"\b(?:ca fait|depuis|cela fait) (?:\d+|deux|trois|quatre|cinq) jours (?:qu on|que je|qu ils|que nous|qu il|qu elle) "
       r"(?:ne )?(?:mange|mangeons|mangent|grignote\w*|vit|vivons|tient|tenons) (?:que |qu )?(?:avec |de |des |du |de la )?"
       r"(?:biscuits|pain|pates|riz|gateaux|chips|cafe|eau)\b",
       r"\b(?:pas|plus|rien|aucune) (?:de |d )?(?:nourriture|bouffe|repas)\b",
       r"\b(?:nourrir|donner a manger a) (?:mes|mon|ma|nos) (?:enfants|enfant|fils|fille|bebe|petits)\b",
       r"\b(?:acheter|payer) (?:a manger|de la nourriture|du lait|les courses)\b.*\b(?:pas|plus|rien|aucun)\b",
       r"\b(?:pas|plus|aucun|rien) (?:un sou|d argent|un euro|un centime|de sous)\b.*\bmanger\b",
       # the denial near the food (« on a l'électricité et de quoi manger » after « plus de gaz » is no hunger)
       r"\b(?:pas|plus|aucun|rien)\b(?: (?!et |mais )\w+){0,5} (?:de quoi manger|a manger ce soir|a manger aujourd hui)\b",
       r"\bsaute\w* (?:le|les|des|un) (?:repas|diner|dejeuner|souper)\b|\bmange\w* (?:qu )?une fois (?:par jour|tous les (?:deux|2|trois|3) jours)\b",
       # (« j'ai mangé 1 fois cette semaine »)
       r"\bmange\w* (?:qu )?(?:une|1) (?:seule )?fois (?:cette semaine|en (?:\d+|deux|trois|quatre|cinq|six) jours|depuis (?:\d+|deux|trois|"
       r"quatre|cinq) jours|depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))\b",
       r"\bplus de lait (?:pour|pour le|pour mon|pour la|pour ma) (?:bebe|fils|fille|enfant|petit|petite|soeur|frere)\b",
       # the adults go without for the children, or live on coffee, water and sugar
       r"\bje me contente de (?:cafe|pain|the|l eau|eau|restes?)\b|\bdonne (?:mes|mon|ma) (?:repas|part|assiette) a (?:mes|mon|ma)\b",
       r"\b(?:bois|boit|buvons|mange|mangeons|prends)\w* (?:que |juste |seulement |)(?:de l eau|du cafe|du the|du sucre)\b.*\bpour tenir\b|"
       r"\bpour tenir\b.*\b(?:colis|restos?|faim|manger|sucre)\b",
       # only bread, nothing left for today's meals
       r"\b(?:eu|mange|mangent|mangeons|mangeait) que du pain\b",
       r"\b(?:il )?(?:ne )?(?:nous |me |leur )?reste (?:plus )?rien (?:pour|a) (?:manger|la cantine|le gouter|le repas|ce soir|les enfants|"
       r"midi|demain)\b",
       r"\b(?:rien|plus rien|pas de quoi) (?:a |pour )?(?:leur |lui |vous |)donner a manger\b",
       r"\b(?:mettre|rien|quoi mettre) dans (?:les|leurs|nos|mon|son|leur) assiettes?\b",
       r"\b(?:ont|a|ai|avons|avez|as) (?:pas|rien|toujours pas|encore rien) mange\b(?! (?:ce midi|ce matin) (?:car|parce))",
       r"\b(?:on a|j ai|nous avons|on n a|je n ai) rien (?:pour|a manger) (?:ce soir|ce midi|demain|aujourd hui)\b",
       r"\bil (?:me|nous) reste (?:que |seulement |plus que |)(?:\w+ ){0,2}(?:paquet de pates|boite de conserve|un peu de riz|du pain)\b",
       r"\b(?:pas|plus) de vrai repas\b|\breclament a manger\b",
       r"\bque du pain (?:depuis|et de l eau)\b|\bsentir la faim\b|\brien a (?:se|me|nous) mettre sous la dent\b",
       r"\bne mange\w* (?:plus|pas) a (?:ma|notre|leur) faim\b|\bsaute\w* des repas\b",
       r"\b(?:pleurent|pleure|crient|souffrent|tremble|tremblent) de faim\b",
       r"\b(?:fouille|fouiller|cherche|chercher|mange|manger)\w* (?:dans )?les poubelles\b",
       r"\b(?:rien|pas) (?:mange|avale) (?:\w+ ){0,2}(?:depuis|de la journee)\b|"
       r"\b(?:\d+|deux|trois|quatre|cinq|plusieurs) jours que (?:je n ai|j ai|on n a|on a|nous n avons) (?:rien|pas) (?:mange|avale)\b",
       r"\b(?:\d+|deux|trois|quatre|cinq|plusieurs) jours que (?:je ne mange|on ne mange|nous ne mangeons|je mange) (?:rien|pas|plus)\b",
       r"\b(?:pas|plus) (?:de quoi|d argent pour|les moyens d) (?:acheter|payer) (?:du lait|a manger|la nourriture|les courses|de quoi manger|"
       r"le lait|des couches et du lait)\b",
       r"\b(?:que|seulement) (?:du|des|de la|de l) \w+ depuis (?:\d+|deux|trois|quatre|cinq|plusieurs) jours\b",
       r"\b(?:peux|pouvons|peut|pouvais) (?:meme )?(?:pas|plus) (?:acheter|payer) (?:du pain|a manger|de quoi manger|du lait|la nourriture|"
       r"les courses)\b",
       r"\bdonne ma part\b|\bmoi je ne mange pas\b|\bje me prive de manger\b|\bje ne mange pas pour que\b"),
    _r("faim", "lexique:rien_pour_le_repas", "fort",
       r"\brien (?:\w+ ){0,2}pour (?:le|leur|notre|mon) (?:repas|diner|souper|gouter)\b",
       r"\b(?:rien|plus rien) a (?:lui|leur|vous|nous) donner\b(?=.*\b(?:manger|gouter|pain|repas|faim|pleure\w*)\b)|\bmeme pas (?:du|de) pain\b",
       r"\b(?:frigo|placards?|refrigerateur) (?:\w+ ){0,3}(?:reste|que) (?:de la moutarde|de l eau|du sel|du ketchup|des glacons)\b",
       r"\bdemandent? quand (?:on|est ce qu on) mange\b|\bmanger (?:les |des |leurs |ses )?croquettes\b",
       r"\bfai\w* les poubelles\b(?=.*\b(?:manger|nourrir|bouffe|gosses|enfants)\b)|"
       r"\bfai\w* les poubelles (?:du|d un|des|de la|de l) (?:supermarches?|super marche|magasins?|marche|lidl|leclerc|carrefour|"
       r"intermarche|aldi|boulangeries?)\b"),
    # the meal put off to tomorrow, said to a child (« je lui ai dit qu'on mangerait demain, mais demain ce sera pareil »):
    # stronger than the snack a child asks for every day
    _r("faim", "lexique:repas_remis_a_demain", "fort",
       r"\b(?:dit|dis|dire|explique|promis|repondu|repond) (?:\w+ )?(?:que |qu )(?:on|nous) (?:mangera|mangerait|mangerons|mangerions) "
       r"demain\b(?! (?:chez|au|a la|avec|ensemble|dehors|midi))"),
    # ---------------------------------------------------------------- fourth development set
    # Signs named in plain words rather than the emergency's name.
    _r("medicale", "lexique:douleur_thoracique", "fort",
       r"\b(?:elephant|poids|etau|enclume|brique) sur (?:la|sa|ma) poitrine\b",
       r"\b(?:douleur|mal|serrement|oppression) (?:\w+ ){0,2}(?:a|dans|sur) (?:la|sa|ma) poitrine\b"
       r"(?=.*\b(?:depuis|bras|machoire|transpire|sueurs?|respire|essouffl\w*|vomi\w*)\b)"),
    _r("medicale", "lexique:etouffement", "fort",
       r"\b(?:piece|bille|bonbon|jouet|morceau|pile|cacahuete|noix)\w* (?:\w+ ){0,1}(?:coince|coincee|bloque|bloquee)\w*\b"
       r"(?=.*\b(?:tousse|respire|violet|violette|bleu|bleue|rouge|etouff\w*)\b)",
       r"\bdevient (?:tout |toute |)(?:violet|violette|bleu|bleue|rouge violet|gris|grise)\b"),
    _r("medicale", "lexique:coup_de_chaleur", "fort",
       # heat and a mind that goes (« il fait 39 dans mon studio, mon grand-père ne répond plus vraiment, il est brûlant et il
       # dit n'importe quoi »): a heatstroke (santepubliquefrance.fr, canicule: « propos incohérents… appelez le 15 »,
       # checked 2026-12-05)
       r"^(?=.*\b(?:canicule|chaleur|fait (?:3[5-9]|4\d)|(?:3[5-9]|4\d) (?:degres|dans|a l interieur))\b)"
       r"(?=.*\b(?:brulante?|dit n importe quoi|confus\w*|ne repond (?:plus|pas)|delire\w*|evanoui\w*|malaise)\b)",
       r"\b(?:transpire|sue) (?:meme |)plus\b(?=.*\b(?:chaud|chaleur|degres|bizarre|confus\w*|\d\d ans)\b)"),
    # a fever during chemotherapy: the defences may be down, a call at once (e-cancer.fr, effets indésirables de la
    # chimiothérapie: « fièvre supérieure à 38 °C… contactez immédiatement », checked 2026-12-05)
    _r("medicale", "lexique:chimio+fievre", "fort",
       r"^(?=.*\b(?:chimio\w*|aplasie)\b)(?=.*\b(?:fievre|frissons?|3[89] \d|3[89] degres|40)\b)"
       r"(?!.*\b(?:le mois dernier|la semaine derniere|il y a (?:\d+|deux|trois|quelques) (?:jours|semaines|mois)|c est passe)\b)"),
    _r("medicale", "lexique:produit_sous_evier", "fort",
       r"\b(?:trucs?|produits?|bouteilles?|liquide) (?:de |du |d |)(?:dessous|sous) (?:l|de l) evier\b",
       r"\b(?:bave|bavent) (?:beaucoup|bcp|enormement)\b(?=.*\b(?:bouche|avale|produit|levres)\b)"),
    # A child hurt, shut in or sexually abused, told without the words "maltraitance" or "danger".
    _r("enfant", "motif:parent->coups->nous", "fort",
       r"\b(?:pere|mere|papa|maman|parents|beau pere|belle mere|daron|daronne) (?:\w+ ){0,3}(?:nous|les) "
       r"(?:frappe|frappent|tape|tapent|bat|battent|cogne|cognent)\b"),
    _r("enfant", "lexique:enfant_enferme", "fort",
       rf"\b(?:enferme|met|mettent|laisse|laissent)\w* (?:\w+ ){{0,3}}(?:{ENFANT}|petit|petite|petits) (?:\w+ ){{0,4}}"
       r"(?:dans|au) (?:le |la |un |une |)(?:placard|cave|noir|cagibi|grenier|debarras)\b",
       r"\b(?:m|me|nous) (?:enferme|enferment) (?:\w+ ){0,2}(?:dans|au) (?:le |la |un |une |)(?:placard|cave|noir|cagibi|grenier|debarras)\b"),
    _r("enfant", "lexique:abus_sexuel_enfant", "fort",
       rf"\b(?:photos?|videos?|images?) (?:\w+ ){{0,2}}(?:sexuel\w*|pornographiques?|pedo\w*)\b(?=.*\b(?:{ENFANT}|(?:[1-9]|1[0-7]) ans)\b)",
       r"\b(?:envoie|envoyer|envoyes?|envoies) (?:\w+ ){0,2}photos? (?:sans (?:t shirt|tee shirt|haut|vetements|culotte)|nue?s?|"
       r"en (?:sous vetements|culotte|maillot))\b(?=.*\b(?:[1-9]|1[0-7]) ans\b)",
       r"\btout nu dans (?:son|mon|sa|ma) lit\b|\bc (?:est |)notre (?:petit |)secret\b|\bce qu il me fait\b",
       r"\bvient dans (?:ma|sa|son) (?:chambre|lit)\b(?=.*\b(?:dort|dorment|la nuit|secret)\b)"),
    _r("enfant", "motif:dressage+blessure", "fort",
       r"\bdresse\w* (?:son|sa|ses|mon|ma|le|la) (?:fils|fille|enfant|petit|petite|gamin)\b",
       rf"\b(?:{ENFANT}|petit|petite) (?:\w+ ){{0,6}}(?:crane|tete) (?:gonfle|enfle)\w*\b"),
    # Nowhere to sleep told through the place or the means: a car for the night, a tent moved on by
    # the police, the last paid night, a hospital leaving one out with no home, tonight's spot outdoors.
    _r("sans_abri", "lexique:nuit_sans_toit", "fort",
       # a bench or a pavement given as one's address (« là mon adresse en vrai c'est le banc en face de la poste »)
       r"\b(?:mon|notre) adresse (?:\w+ ){0,2}c est (?:le|un|la|une) (?:banc|trottoir|parking|tente|hall|gare|porche|pont|abribus)\b",
       rf"\b{_NUIT_MOTS}\b(?: \w+){{0,8}} (?:{_VEHICULE})\b|\b(?:{_VEHICULE})\b(?: \w+){{0,8}} {_NUIT_MOTS}\b",
       r"^(?=.*\b(?:ce soir|cette nuit)\b)(?=.*\b(?:sais|sait|savons|savent) (?:pas|plus|meme pas) (?:ou|d ou) "
       r"(?:\w+ ){0,2}(?:aller|dormir|passer la nuit)\b)",
       r"\b(?:ce soir|cette nuit) (?:ce sera|ca sera|on sera|je serai|on dormira|je dormirai|on dort|je dors) (?:\w+ ){0,1}"
       r"(?:sous|dans|sur) (?:le|la|l|un|une|les) (?:\w+ ){0,1}(?:preau|pont|porche|hall|parking|tente|gare|banc|abribus|square|parc|"
       r"cage d escalier|voiture|escaliers?|trottoir|cabane|jardin)\b",
       r"^(?=.*\b(?:tente|tentes|campement|squat|camp)\b)(?=.*\b(?:police|flics|gendarmes|expuls\w*|(?:fait|font|faire) partir|"
       r"evacu\w*|demantel\w*|chass\w*)\b)",
       r"^(?=.*\bderniere nuit (?:a|au|a l|a la|dans|en) (?:l |la |le |un |une |)(?:hotel|auberge|foyer|gite|hebergement|airbnb|"
       r"camping|chambre)\w*)(?=.*\b(?:plus de quoi|plus d argent|peux plus payer|pas de quoi payer|plus un rond|plus les moyens|"
       r"plus un sou|plus rien)\b)",
       r"^(?=.*\b(?:me laisse sortir|me laissent sortir|je sors|sortie (?:prevue|de l hopital)|on me sort|me fait sortir)\b)"
       r"(?=.*\b(?:ce soir|demain|aujourd hui|ce matin|\d+ ?h)\b)(?=.*\b(?:chez moi c est fini|plus de chez moi|plus de logement|"
       r"nulle part|ou dormir|ou aller|pas de logement|personne (?:chez qui|pour m heberger))\b)",
       r"\b(?:l a|m a|nous a|les a|l ont|m ont|nous ont) (?:vire|viree|vires|mis dehors|mise dehors|mis a la porte|mise a la porte|"
       r"chasse|chassee|jete dehors|jetee dehors) (?:\w+ ){0,3}(?:il y a (?:\d+|deux|trois|quatre|cinq|quelques|plusieurs) (?:jours|nuits)|"
       r"depuis (?:\d+|deux|trois|quatre|cinq|quelques|plusieurs) (?:jours|nuits))\b"),
    # Nothing left to eat told through what is left (water, bread, the last potatoes) or what is missing.
    _r("faim", "lexique:rien_a_donner", "fort",
       r"\bje (?:n ai|ai) rien a (?:lui|leur) donner\b(?=.*\b(?:manger|faim|repas|biberon)\b)|"
       r"\b(?:manger|faim)\b.*\bje (?:n ai|ai) rien a (?:lui|leur) donner\b",
       r"\b(?:pain|pates|riz)\b (?:\w+ ){0,4}c est tout ce qu il (?:me |nous )?restait\b"),
    _r("faim", "lexique:condiments_seuls", "fort",
       r"\b(?:tartines?|pain|pates|riz) (?:de|a la|avec de la|au|a l) (?:moutarde|ketchup|mayonnaise|sel|eau)\b(?=.*\b(?:depuis|jours|semaine|"
       r"plus rien|fin du mois)\b)"),
    _r("faim", "lexique:seule_chose_mangee", "fort",
       # (« depuis jeudi c'est la seule chose que j'ai eue »: a piece of bread, and none left)
       r"\b(?:c est|c etait) (?:la seule chose|tout ce) que (?:j ai|on a|nous avons|ils ont|les enfants ont) (?:eu|eue|mange|mangee|"
       r"avale)\b(?=.*\b(?:plus|rien|depuis)\b)|\bdepuis \w+ (?:\w+ ){0,2}c est (?:la seule chose|tout ce) que (?:j ai|on a) "
       r"(?:eu|eue|mange|mangee)\b"),
    _r("faim", "lexique:plus_de_quoi_manger", "fort",
       # (« on a plus de quoi faire à manger pour ce soir », « rien dans les placards » hidden from the children)
       r"\b(?:plus|pas) de quoi (?:faire a |leur faire a |se faire a )?manger\b(?=.*\b(?:ce soir|ce midi|aujourd hui|demain|"
       r"depuis|enfants?|petits?)\b)",
       r"^(?=.*\b(?:enfants?|petits?|gamins?|faim|manger|salaire|ce soir)\b).*\brien dans (?:les|mes|nos) placards\b"),
    _r("faim", "lexique:plus_rien_a_manger", "fort",
       # nothing left at home and no shopping possible (« rentrée après une chimio, je n'ai pas pu faire de courses, il n'y a plus
       # rien chez moi et personne pour m'aider »)
       r"^(?=.*\bplus rien (?:chez moi|a la maison|dans (?:le|mon) frigo|dans (?:les|mes) placards)\b)(?=.*\b(?:pas pu faire "
       r"(?:de |les |mes |des )?courses|personne pour (?:m aider|faire (?:les|mes) courses|me faire (?:les|mes) courses))\b)",
       r"\b(?:frigo|placards?|congelateur)\b (?:\w+ ){0,3}(?:vides?|c est de l eau|que de l eau)\b",
       r"^(?=.*\bplus rien\b)(?=.*\b(?:manger|mange|pain|frigo|placards?|cantine|repas|lait|biberons?|patates?|pates|nourriture|"
       r"bouffer|bouffe|chaud ni de froid)\b)(?=.*\b(?:ce soir|ce matin|demain|aujourd hui|depuis|hier)\b)",
       r"\b(?:plus de|pas de|n ai plus de|plus assez de) lait (?:infantile|pour (?:le|mon|ma|notre) bebe|en poudre|maternise)\b|"
       r"\b(?:coupe|dilue|allonge)\w* (?:le|les|ses|son|mes) (?:lait|biberons?)\b",
       r"\bbout de pain\b(?=.*\b(?:plus rien|rien mange|faible|faim|depuis)\b)",
       # a pet's food eaten for want of anything else (« elle mange les croquettes du chat »)
       r"\b(?:mange|mangent|manger|mangeons|mangeait) (?:\w+ ){0,2}(?:croquettes|patee|boites?|nourriture) (?:du|de notre|de son|de leur|"
       r"pour (?:le|les)) (?:chat|chien|chats|chiens)\b",
       # the last meal named, nothing after it (« ce soir je peux leur faire une boîte de haricots et après il y a plus rien »)
       r"\b(?:ce soir|aujourd hui|ce midi)\b (?:\w+ ){0,6}(?:boite|paquet|plat|assiette|repas)\b(?: \w+){0,4} (?:et )?apres "
       r"(?:il (?:n )?y a |y a |il reste |)plus rien\b"),
    # A night outside told by where it is spent.
    _r("sans_abri", "lexique:nuit_banc_voiture", "fort",
       r"\b(?:dors|dormi|dormir|nuits?|passe\w* la nuit|tour des) (?:\w+ ){0,3}bancs?\b|\bbanc (?:\w+ ){0,5}(?:froid|geler|gele)\b",
       r"\bplus que (?:la|notre|ma) voiture\b|\bje marche (?:toute la nuit|jusqu au matin)\b",
       r"\b(?:coin|endroit|abri) (?:\w+ ){0,6}(?:dormir|passer la nuit)\b(?=.*\b(?:virer|chasser|il pleut|froid|ce soir|cette nuit)\b)",
       r"\bavec (?:ses|mes|nos|leurs) valises\b(?=.*\b(?:huissiers?|expuls\w*|depuis|personne)\b)",
       # a bank's lobby or a laundromat for the night (« le soir je me mets dans le sas de la banque »)
       r"\b(?:me mets|me met|m installe|m abrite|me refugie|dors|dormons|dormir|passe (?:les|mes|nos) nuits|passe la nuit)\w* "
       r"(?:\w+ ){0,2}(?:dans (?:le|un) sas|au lavomatique|dans (?:un|le) lavomatique|a la laverie|dans (?:la|une) laverie)\b",
       # no idea yet where to go tonight, the friends' sofas used up (« ce soir je sais pas encore où je vais, j'ai fait tous les
       # canapés des copains »)
       r"^(?=.*\b(?:ce soir|cette nuit)\b)(?=.*\b(?:sais pas|sais plus|ne sais pas|ne sais plus) (?:encore |du tout |)ou "
       r"(?:je vais|on va|aller|dormir|je vais dormir|on va dormir|je dors|on dort)\b(?! manger))"
       r"(?=.*\b(?:canapes?|chez qui|plus personne|personne (?:ne )?(?:repond|veut)|hebergee?s? par|heberger|copains|potes|amis)\b)"),
    # ---------------------------------------------------------------- sixth development set
    # Days without food told by the count, the water in the stomach, the last meal's day, the one tin left.
    _r("faim", "lexique:jours_sans_manger", "fort",
       # children with nothing to eat tonight, « jmange pa depui jeudi », the last tins finished
       r"\b(?:les enfants|mes enfants|les petits|ils|elles) (?:ne )?mangent (?:pas|rien) ce soir\b|\bpas de (?:repas|diner|souper) ce soir\b",
       r"\b(?:jmange|je mange|je ne mange|j mange|on mange|on ne mange|nous ne mangeons|nous mangeons) (?:pas?|plus|rien) "
       r"(?:depui|depuis) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
       r"\d+ jours|deux jours|trois jours)\b",
       # (or opened, eaten: « on a ouvert les dernières boîtes hier »)
       r"\b(?:fini|ouvert|entame|mange)\w* (?:les|mes|nos) (?:dernieres?|derniers) (?:conserves|pates|provisions|courses|paquets|"
       r"boites)\b",
       # the day's meals counted at nothing (« repas : 0 aujourd'hui, hier : un yaourt »)
       r"\b(?:0|zero|aucun|pas un) repas\b(?=.*\b(?:aujourd hui|hier|depuis)\b)|\brepas (?:0|zero|aucun)\b(?=.*\b(?:aujourd hui|hier|depuis)\b)",
       r"\b(?:pas|rien) mang\w* (?:\w+ ){0,1}(?:\d+|deux|trois|quatre|cinq) jours?\b",
       r"\bque de l eau dans le ventre\b|\bsaute\w* tous les repas\b",
       r"\bla derniere fois (?:que|qu) (?:j ai|on a|nous avons|ils ont|il a|elle a) mange\b",
       r"\b(?:ne )?(?:me|nous) reste (?:qu|que|plus qu|plus que) (?:une|un|deux|quelques) (?:boites?|paquets?|conserves?|oeufs?|"
       r"patates?|pommes? de terre|baguettes?|yaourts?)\b",
       r"\b(?:rien|pas) (?:donne|pu donner) (?:\w+ ){0,2}(?:aux petits|aux enfants|a mes enfants|aux gosses|au bebe|a manger)\b"
       r"(?=.*\b(?:hier|ce matin|ce soir|depuis|aujourd hui)\b)",
       r"\bje (?:ne )?mange plus\b(?! (?:que|de|d|du|des|la|le|les|bio|sain|equilibre|autant|assez))"
       r"(?=.*\b(?:pas versee?|pas recue?|plus d argent|plus rien|pas d argent|depuis|plus de sous)\b)",
       # Creole (Antilles, Guyane, Haïti): "no food", "not eaten since"
       r"\bpas? (?:gen|ni) manje\b|\bpas? manje depi\b|\bpoko manje\b",
       r"\bpleure\w* faim\b"),
    # Nowhere to sleep told by the beach, a waiting room, "outside since", a torn tent, a sheltered corner sought.
    _r("sans_abri", "lexique:nuit_plage_attente", "fort",
       r"\b(?:dors|dormir|dormi|dort|dormons|dorment|nuits?|passe la nuit|passer la nuit)\b (?:\w+ ){0,3}"
       r"(?:sur (?:la|une) plage|dans (?:la|une) salle d attente)\b",
       r"\bdehors depuis (?:hier|cette nuit|ce matin|\d+ jours|deux jours|trois jours|plusieurs jours|une semaine)\b",
       r"\bsur la plage avec (?:mon|mes|ma|nos|notre) (?:sac|sacs|affaires|valises?|enfants|bebe)\b",
       r"\b(?:coin|endroit|lieu) (?:abrite|a l abri|au sec|au chaud) (?:pour|ce soir|cette nuit)\b",
       r"\b(?:ma|notre|sa) tente (?:\w+ ){0,3}(?:arrachee|envolee|detruite|emportee|volee|brulee|lacere\w*)\b|"
       r"\b(?:arrache|emporte|detruit|vole|brule|lacere)\w* (?:ma|notre|sa) tente\b",
       r"^(?=.*\bsor\w* (?:\w+ ){0,3}(?:de l hopital|de la clinique|de la maternite)\b)"
       r"(?=.*\b(?:pas de maison|plus de maison|pas de chez moi|sans maison|n ai pas de maison)\b)",
       # Creole: "sleep outside / under the bridge", "nowhere to go"
       r"\b(?:domi|dodo|dome|dronmi|dromi) (?:\w+ ){0,1}(?:deyo|anba pon|anba|nan lari|an lari|lari)\b|\bpas? gen kote pou\b",
       # (Guyane: « mo pa gen kaz pou dronmi », no house to sleep in)
       r"\bpas? (?:gen|ni|genyen) (?:kaz|lakay|kay) pou (?:domi|dronmi|dromi|dodo)\b"),
    # First-aid signs: slow breathing, no reaction, skin coming off, a bite, an attack the inhaler no longer stops.
    _r("medicale", "lexique:signes_vitaux_mots", "fort",
       r"\brespire (?:\w+ ){0,2}(?:\d|deux|trois|quatre|cinq) fois par minute\b",
       r"\brespire (?:tres |)(?:lentement|doucement|a peine)\b",
       r"\bne reagit (?:presque |quasiment |)(?:plus|pas|a rien)\b",
       r"^(?=.*\b(?:depuis|par terre|au sol|secoue|respire|repond|appelle)\b)"
       r".*\b(?:il|elle|maman|papa|mon mari|ma femme|ma mere|mon pere|le bebe|mon fils|ma fille) (?:ne )?se revei\w* (?:pas|plus)\b",
       r"\b(?:peau|chair) (?:qui )?(?:s en va|part|se decolle|pend)\b|\bbrule\w* (?:\w+ ){0,6}(?:cloque\w*|blanc|blanche)\b",
       r"\bmordre par (?:un|une) (?:serpent|vipere|scorpion|chien)\b",
       r"\b(?:n arrive|arrive) (?:pas|plus) a (?:finir|terminer) (?:mes|ses|les) phrases\b|"
       r"\b(?:ventoline|inhalateur|bronchodilatateur) (?:ne )?(?:marche|fait|agit) (?:plus|pas|rien)\b",
       r"\breconnai\w* plus personne\b",
       r"\bsaign\w* (?:du nez et |)des gencives\b",
       r"\b(?:vomit|vomi)\w*\b.*\b(?:repond|reagit) (?:plus|pas)\b"),
    # Suicidal intent said in other words: Creole, a dead father's act now understood, an attempt
    # to come, a tenant who will not leave alive, a burden.
    # pills put aside, one box after another (« je garde ses médicaments de côté, j'en ai déjà 6 boîtes »): a means gathered
    _r("suicide", "lexique:reserve_de_medicaments", "fort",
       r"^(?=.*\b(?:garde|stocke|accumule|mets|met|cache|amasse)\w* (?:\w+ ){0,3}(?:medicaments|medocs|cachets|comprimes)\b "
       r"(?:\w+ ){0,2}(?:de cote|en reserve|en stock|dans (?:mon|un|le) placard)\b)"
       r"(?=.*\b(?:j en ai deja|deja \d+ boites|ca fait \d+ boites|en cachette|pour le jour ou)\b)",
       # (put aside before them, and a day waited for: « elle avait mis de côté toutes ses boîtes de somnifères et elle
       # attendait juste d'avoir fini de payer le contrat obsèques »)
       r"^(?=.*\b(?:mis|mise|mets|met|garde|gardee|range|rangee)\w* (?:de cote|en reserve) (?:\w+ ){0,4}(?:medicaments|medocs|"
       r"cachets|comprimes|somniferes|anxiolytiques|antidepresseurs)\b)"
       r"(?=.*\b(?:pour le jour ou|obseques|attend\w* (?:juste |seulement |)(?:d avoir|que|la fin|le jour)|une fois que)\b)"),
    # Veiled: sitting on a ledge and wondering whether to let go; asking what taking many pills at once does.
    _r("suicide", "lexique:au_bord_du_vide", "fort",
       r"^(?=.*\b(?:assise?|assis|debout|reste\w*|passe\w* (?:mes|les) nuits?) (?:\w+ ){0,3}sur (?:le|la) (?:rebord|rambarde|parapet|bord)"
       r" (?:de la fenetre|du balcon|du pont|du toit|de la falaise|du quai)\b)(?=.*\b(?:lacher|sauter|en finir|tomber|me laisser "
       r"tomber|me demander|je me demande|le faire)\b)",
       r"^(?=.*\b(?:ca fait mal|on meurt|ca tue|c est comment|ca fait quoi|faut combien|il en faut combien|est ce qu on meurt)\b)"
       r"(?=.*\b(?:medicaments|medocs|cachets|comprimes|pilules)\b)(?=.*\b(?:quand on|si on|si je|quand je|on en|j en) "
       r"(?:\w+ ){0,2}(?:prend|prends|avale|avales|avalait|prenait)\b (?:\w+ ){0,2}(?:plein|beaucoup|toute la boite|une boite entiere|"
       r"tous|toute une plaquette)\b (?:\w+ ){0,2}(?:d un coup|dun coup|d un seul coup|en meme temps|en une fois)\b)",
       # the water or the rails looked at, and how quick it would be (« je regarde l'eau longtemps en me disant que ce serait
       # vite fait »)
       r"^(?=.*\b(?:ce serait|ca serait|ca irait|ce sera|ca sera) (?:vite fait|rapide|vite fini|facile)\b)(?=.*\b(?:pont|eau|riviere|"
       r"fleuve|vide|rails?|voie ferree|train|balcon|falaise|fenetre)\b)",
       # no reason left to stay (« j'ai fait une liste des raisons de rester, elle est vide »)
       r"\braisons? de (?:rester|vivre|continuer|tenir)\b(?: \w+){0,3} (?:est vide|elle est vide|vide|aucune|y en a pas|il n y en a "
       r"(?:pas|plus|aucune))\b|\b(?:aucune|plus de|pas de) raisons? de (?:rester|vivre|continuer)\b",
       # how to do it searched (« il a cherché sur internet comment faire un nœud »)
       r"\b(?:cherche|regarde|tape|google)\w* (?:\w+ ){0,3}comment (?:faire un noeud|se pendre|me pendre|en finir|mourir|se tuer|"
       r"me tuer|faire une overdose)\b"),
    # the creoles of the Antilles and La Réunion (« mwen vlé mò », « mi vé mor », « an anvi mò »: to want to die)
    _r("suicide", "lexique:creole", "fort",
       r"\b(?:mwen|moin|an|mi|man) (?:vle|ve|le|anvi|ka anvi|envie) (?:mo|mor|mort)\b",
       # leaving for good, no need to answer (« dèmen mwen ka pati pou tout bon, pa bizwen réponn mwen »)
       r"\bpati pou tout bon\b(?=.*\b(?:pas? bizwen|pas? ni pon|fatige|adye|adieu|ja fe tout)\b)",
       # death thought of every day, a sleep with no waking (« an ka sonjé lanmò tout lé jou », « mi vé dormi é pa réveil ankor »)
       r"\b(?:sonje|sonj|ka sonje|ka pense|pense) (?:a |)lanmo\b|\b(?:anvi|envi|vle|ve) (?:mouri|mor)\b",
       r"\b(?:dormi|domi|dodo) (?:\w+ ){0,2}(?:pa|pas|pi|pu|plus) (?:pu |pi |plus |)(?:reveil\w*|reveye|reveiye|leve)\b",
       # killing oneself (« mwen ka pansé tchouyé kò mwen », « mi vé tyé a moin »)
       r"\b(?:tchouye|tchouy|touye|tiye|tye|tuye|kill) (?:ko|kor|corps) (?:an )?(?:mwen|moin|mwin|amoin|an mwen)\b|"
       r"\b(?:tchouye|touye|tiye|tye) (?:a )?(?:moin|amoin)\b"),
    # A relative's suicide now understood (« mon grand-père s'est pendu quand j'étais petit, aujourd'hui je comprends pourquoi
    # il l'a fait »): the reader knows a relative's death told as the past, not the writer who joins it; it does not veto this.
    _r("suicide", "lexique:suicide_d_un_proche_compris", "fort",
       r"^(?=.*\b(?:s est (?:pendu|suicide|tue|jete)|mis fin a ses jours)\b)(?=.*\bje (?:le |la )?comprends "
       r"(?:mieux |enfin |maintenant |aujourd hui )?(?:pourquoi|aujourd hui|maintenant)\b)"),
    # A last night announced beside thanks (« c'est ma dernière nuit, vous pourrez lui dire merci de ma part »), a product
    # drunk with the will to do it again (« elle a bu du produit… elle dit qu'elle recommencera »).
    _r("suicide", "lexique:derniere_nuit", "fort",
       r"\b(?:c est|ce sera|ca sera) ma derniere nuit\b(?! (?:a|au|en|dans|ici|chez|sous|avant (?:de|le|la|mon|ma)|sans|d hotel|"
       r"de (?:travail|garde|stage)))",
       r"\b(?:bu|avale|pris|ingere)\w* (?:\w+ ){0,4}(?:produit|javel|medicaments|cachets|comprimes|poison)\b.*\b(?:recommencera|"
       r"recommencerai|va recommencer|le refera|refera|veut recommencer|veut mourir|voulait mourir)\b"),
    # Voices and a knife, no sleep for days (a psychiatric emergency: the 15).
    _r("medicale", "lexique:crise_psychiatrique", "fort",
       r"^(?=.*\b(?:entend|entends|parle a|parle avec|obeit a) (?:des|les|ses) voix\b)(?=.*\b(?:couteau|menace\w*|casse tout|"
       r"ne dort plus|violent\w*|agit\w*|crise)\b)",
       # someone out of their mind on a window's or a balcony's edge, over the void (« assis sur la fenêtre du 4e les jambes
       # dehors, il dit qu'il peut voler »): a fall any moment
       r"^(?=.*\b(?:assise?|debout|perchee?|penchee?|accroupie?) (?:\w+ ){0,2}(?:sur|a) (?:la |le |sa |son )?(?:rebord (?:de la |du )?)?"
       r"(?:fenetre|balcon|rambarde|garde corps|toit|corniche)\b)(?=.*\b(?:jambes (?:dehors|dans le vide|pendantes)|"
       r"(?:peut|pouvoir|va|veut) (?:s envoler|voler)|dans le vide)\b)"),
    # Woken with no memory, undressed and hurt: drugged and raped.
    _r("violences", "lexique:soumission_chimique", "fort",
       r"\breveillee?\b.*\b(?:sans (?:aucun )?souvenirs?|aucun souvenir|trou noir|rien de la nuit)\b.*\b(?:sans (?:mes|mon|ma) "
       r"(?:vetements|habits|culotte|pantalon)|nue|deshabillee|mal partout|mal au ventre|mal en bas|du sang)\b",
       r"\b(?:drogue|droguee|quelque chose dans (?:mon|ma) verre)\b.*\b(?:reveillee?|sans souvenir|aucun souvenir|abuse\w*|viol\w*)\b"),
    # Coercion told in English (« he takes all my money, locks me in the flat, he burned my arm »).
    # fled from home with nothing, searched for (« j'ai quitté la maison cette nuit avec mes filles, il nous cherche, il a appelé
    # 40 fois »)
    # intimate images held to extort (« quelqu'un a des photos nues de moi et me demande 500 € sinon il les envoie à ma famille »)
    _r("violences", "lexique:sextorsion", "fort",
       r"^(?=.*\b(?:photos?|videos?|images?|vids?) (?:\w+ ){0,2}(?:nues?|intimes?|denudee?s?|sexuelles?|de moi nue?)\b)"
       r"(?=.*\b(?:sinon|menace\w*|chantage|diffuser|publier|balancer|les envoie|les envoyer|envoie a|envoyer a)\b)"),
    # sex demanded for a roof (« il exige que je couche avec lui sinon je dors dehors »)
    _r("violences", "lexique:coucher_pour_un_toit", "fort",
       r"\b(?:exige|exigeait|veut|voulait|oblige|obligeait|force|forcait|demande|demandait)\w* (?:\w+ ){0,2}(?:que je couche|a coucher|"
       r"de coucher) avec (?:lui|elle|eux)\b(?=.*\b(?:sinon|en echange|pour (?:rester|dormir|le loyer|payer)|ou (?:je|il|elle))\b)"),
    _r("violences", "lexique:fuite+recherchee", "fort",
       r"^(?=.*\b(?:quitte|fui|fuir|fuit|partie?s? de|sortie?s? de) (?:\w+ ){0,2}(?:la maison|le domicile|chez nous|chez lui|"
       r"l appart\w*|l appartement)\b)(?=.*\b(?:il|elle) (?:nous|me|m) (?:cherche|recherche|traque|poursuit)\b)"),
    _r("violences", "lexique:english", "fort",
       r"\b(?:he|she) (?:locks|locked|lock) me\b|\b(?:he|she) (?:burned|burnt|burns) (?:my|me)\b|"
       r"\b(?:he|she) (?:takes|took) (?:all )?my (?:money|passport|papers|phone)\b(?=.*\b(?:lock\w*|hit\w*|beat\w*|burn\w*|"
       r"scared|afraid|safe)\b)"),
    # A shelter that ends tonight (« on vit dans une tente au camping municipal, le camping ferme ce soir, 3 enfants »).
    _r("sans_abri", "lexique:abri_perdu_ce_soir", "fort",
       r"^(?=.*\b(?:tente|camping|caravane|mobil home|voiture|hotel|chambre)\b)(?=.*\b(?:ferme|fermeture|doit partir|doivent partir|"
       r"devons partir|dois partir|plus le droit de rester|nous met dehors|met dehors)\b (?:\w+ ){0,4}(?:ce soir|cette nuit|"
       r"aujourd hui)\b)(?=.*\b(?:depuis|on vit|je vis|nous vivons|on dort|je dors|plus de maison|incendie|expuls\w*)\b)"),
    _r("suicide", "lexique:intention_autres_mots", "fort",
       # money left to a parent « if I am no longer here » (« maman si je suis plus là tu toucheras quelque chose de l'assurance »)
       r"\bsi je (?:ne )?suis plus la\b(?=.*\b(?:assurance|toucheras|toucherez|toucherais|heritage|deces|obseques)\b)",
       # the lethal doses known and thought of every evening (a nurse at the end of their tether)
       r"\b(?:quelles? doses?|combien de (?:cachets|comprimes|medicaments)) (?:il )?(?:me )?(?:faudrait|faut|suffirai\w*)\b"
       r"(?=.*\b(?:j y pense|y pense|je pense|tous les soirs|en finir)\b)",
       r"\bpas? (?:le|vle|ve) viv\b|\bpas? ka viv\b|\b(?:mwen |an )?(?:vle|le) mouri\b",
       r"\bsi je fais une tentative\b",
       # a beam or a rope stared at for long (« ce soir jai regardé la poutre du garage longtemps »)
       r"\b(?:regarde|fixe|regardais|fixais|contemple)\w* (?:\w+ ){0,2}(?:la|une|le|cette) (?:poutre|corde|crochet)\b(?: \w+){0,4}? "
       r"(?:longtemps|des heures|un long moment|pendant des heures|toute la nuit|toute la soiree)\b"
       r"(?!.*\b(?:travaux|charpent\w*|artisan|bricol\w*|renov\w*|termites|isolation|devis|toiture|assurance habitation)\b)",
       # care or food stopped on purpose to die sooner (« j'ai arrêté de manger et de prendre mon traitement pour le cœur exprès,
       # pour que ça aille plus vite »)
       rf"{_SOINS_ARRETES} (?:{_POUR_QUE_CA_AILLE_PLUS_VITE}|pour (?:partir|mourir|en finir|le rejoindre|la rejoindre)(?: plus vite)?)\b",
       r"\bpas avec moi vivante?\b|\bvivante? je ne partirai pas\b",
       r"\b(?:marcher|entrer|avancer) dans la mer (?:ce soir|cette nuit|et)\b",
       # the means looked into: a painless way, the trains that do not stop, a dose asked « pas pour rien »
       r"\b(?:partir|mourir|en finir|m endormir|disparaitre) sans (?:souffrir|douleur|avoir mal|rien sentir)\b",
       r"\b(?:horaires?|heures?|regard\w*|cherch\w*|repere\w*) (?:\w+ ){0,3}trains? (?:qui )?(?:passent|passe|passant) "
       r"sans (?:s arreter|arret)\b",
       r"^(?=.*\b(?:combien de temps|combien de|quelle dose|comment)\b.*\b(?:gaz|medicaments?|cachets|comprimes|corde|"
       r"pendre|noyer|sauter|insuline|pont)\b)(?=.*\b(?:je (?:ne )?(?:vous )?demande pas (?:ca )?pour rien|c est pas pour rien que|"
       r"ne me demandez pas pourquoi)\b)",
       # pills put aside « pour le jour où », or kept when living no longer makes sense
       r"\b(?:mis|met|mets|mettre|mettait|garde|gardee|gardes|stocke\w*|accumul\w*|economise\w*) (?:de cote )?(?:tous |toutes )?"
       r"(?:ses|mes|les|des|leurs) (?:comprimes|medicaments|cachets|traitements)\b(?=.*\b(?:pour le jour|le jour ou|"
       r"plus l interet|plus d interet|continuer sans|plus envie|pour en finir)\b)|"
       # (the pills named before the verb: « les boîtes de médicaments qu'il garde "pour le jour où" »)
       r"\b(?:comprimes|medicaments|cachets|medocs) qu (?:il|elle|je|j) (?:\w+ ){0,1}(?:garde|gardait|gardais|met de cote|mettait de cote|"
       r"stocke|stockait|accumule|accumulait|cache|cachait|economise)\b(?=.*\b(?:pour le jour|le jour ou|le moment venu|pour en finir)\b)|"
       r"\b(?:plus l interet|plus d interet|plus envie) (?:de |d )?(?:continuer|vivre)\b.*\b(?:gard\w*|mis de cote|stocke\w*) "
       r"(?:\w+ ){0,2}(?:medicaments|comprimes|cachets)\b"),
    # Exhaust fumes in a closed car: a means in progress, so a medical emergency too.
    _r("medicale", "lexique:gaz_echappement", "fort", _GAZ_ECHAPPEMENT),
    _r("suicide", "lexique:gaz_echappement", "fort", _GAZ_ECHAPPEMENT),
    # Violence in broken French or Creole, a death threat in slang, a voice that cannot be used.
    _r("violences", "lexique:violence_autres_mots", "fort",
       r"\b(?:me|m) (?:fera|ferait|ferai) la peau\b",
       r"\b(?:mari|copain|homme|conjoint|compagnon) (?:\w+ ){0,1}(?:frap+e|bat|tape|cogne) (?:moi|nous)\b",
       r"^(?=.*\b(?:mari|copain|conjoint|compagnon|ex|mec)\b)(?=.*\bj ai (?:encore |toujours |)(?:les|des) (?:marques|bleus|traces)\b)",
       r"\b(?:coutelas|machette|sabre)\b(?=.*\b(?:menace\w*|frappe\w*|tuer)\b)",
       rf"^(?=.*\b(?:peux|peut|pouvons) pas (?:parler|telephoner|appeler)\b(?! (?:a |avec )?{_POSSESSIF} (?:{_PROCHES_QU_ON_N_APPELLE_PAS})\b))"
       r"(?=.*\b(?:il est|il a bu|il a casse|j ai peur)\b)"),
    # A child made to work for a household instead of going to school (« ma cousine de 14 ans fait le ménage et la cuisine
    # toute la journée, elle va pas à l'école, elle dort par terre »): exploited, the 119
    _r("enfant", "lexique:enfant_exploite", "fort",
       r"^(?=.*\b(?:[5-9]|1[0-7]) ans\b)(?=.*\b(?:fait|fais|faire|faisait) (?:tout |)(?:le menage|la cuisine|les courses|la vaisselle)\b)"
       r"(?=.*\b(?:va pas|va plus|ne va pas|ne va plus|n est pas|pas) (?:a l ecole|au college|scolarise\w*)\b)"),
    # Exploitation told in English (« the 'madame' keep my passport and say I still owe 30 000 euros, I must work every
    # night on the road »)
    _r("violences", "lexique:traite_en_anglais", "fort",
       r"\b(?:keep|keeps|kept|took|take|takes|has|have) my (?:passport|papers|id)\b(?=.*\b(?:owe|debt|work|hurt|kill)\b)",
       r"\b(?:say|says|said) (?:that )?i (?:still )?owe\b(?=.*\b(?:work|passport|hurt|family)\b)"),
    # A child in danger told by what is done to them or left undone.
    # A child's naked pictures held over them (« mon fils de 13 ans a envoyé des photos de lui nu à un "ami" rencontré sur
    # un jeu vidéo, qui le menace de tout publier »): sexual exploitation of a child, whatever game the blackmailer came from.
    # (a partner threatening to publish them is violence against the writer: a teenager's case still goes to the 119
    # through the writer's age)
    _r("enfant", "lexique:photos_nues_d_un_enfant", "fort",
       r"^(?!.*\b(?:mon|ma) (?:copain|mec|ex|mari|conjoint|compagnon|copine|femme|epoux)\b)(?=.*\b(?:photos?|videos?) (?:de |d )(?:moi|toi|elle|lui) "
       r"(?:toute? )?nue?s?\b)"),
    _r("enfant", "lexique:enfant_autres_signes", "fort",
       r"^(?=.*\bbebe\b)(?=.*\bvoiture\b)(?=.*\b(?:soleil|chaleur|vitres fermees|en plein cagnard|il fait chaud)\b)",
       r"\b(?:dormir|dort|enferme\w*|laisse\w*|met\w*|fait dormir) (?:\w+ ){0,5}sur le balcon\b"
       r"(?=.*\b(?:gele|froid|nuit|pluie|pleut|hurle|pleure)\b)",
       r"^(?=.*\benceinte\b)(?=.*\b(?:j ai|jai|elle a) 1[0-4] ans\b)",
       rf"\b(?:attache|ligote)\w* (?:\w+ ){{0,2}}(?:a son lit|au lit|a une chaise|au radiateur)\b",
       r"\benvie de (?:le|la) secouer\b",
       r"\b(?:veut|veulent) (?:plus|pas) qu on (?:nourrisse|donne a manger)\b",
       rf"\b(?:fait|donne) plus (?:ses|son|sa) (?:piqures|insuline|traitement|medicaments)\b(?=.*\b(?:{ENFANT}|neveu|niece|\d+ ans)\b)",
       r"\b(?:\d+|deux|trois|quatre) jours que (?:les|le|la|mes|ses) (?:\w+ ){0,6}(?:sont|est) seule?s?\b",
       r"^(?=.*\b(?:mere|maman|parents) (?:est|sont) partie?s?\b)(?=.*\b[1-9] ans\b)"
       r"(?=.*\b(?:pleure|seule?|appelle|derriere la porte|pas revenue?)\b)",
       r"\b(?:enfants|gamins|mineurs|petits)\b.*\bsans (?:leurs |)parents\b",
       r"\bfai\w* le guet\b(?=.*\b1[0-7] ans\b)",
       r"\b(?:le|la) laissent? pas (?:revenir|rentrer|partir)\b(?=.*\b1[0-7] ans\b)",
       r"\b1[0-4] ans\b.*\bavec (?:des|un|deux|plusieurs) (?:hommes|adultes|majeurs)\b",
       r"\bka bat (?:li|yo)\b",
       r"\b(?:pas|jamais) ramene (?:la petite|le petit|ma fille|mon fils|les enfants|notre fils|notre fille)\b.*\b(?:reverrai|jamais)\b",
       # (not the writer's own marks: « j'ai encore les marques au cou », two children named later)
       rf"(?<!j ai encore les )(?<!j ai les )(?<!j ai des )(?<!mes )\b(?:marques|bleus|traces) (?:sur|au|autour du) (?:le |la |)(?:cou|visage|dos)\b"
       rf"(?=.*\b(?:{ENFANT}|neveu|niece|eleve|\d+ ans)\b)",
       r"^(?=.*\b(?:saoule?|soule?|ivre|bourree?|alcoolise\w*)\b)(?=.*\b(?:partir en voiture|prendre la voiture|conduire|au volant)\b)"
       r"(?=.*\b(?:bebe|enfant|petit|petite|fils|fille)\b)"),
]

# -- cues that add up ------------------------------------------------------------------------------

# Suicidal intent is often written without a single explicit phrase: a wish to be gone, despair,
# a means, a preparation, a time, a farewell. Each cue alone is ordinary ("j'ai préparé le dossier
# pour demain"); two or three kinds together are not. A category counts once (its heaviest cue);
# a message scoring SEUIL_SUICIDE or more, over at least two categories, is suicidal intent.
# One's last message as a farewell, not the message before this one (« mon dernier message a été mal compris », « comme
# dans mon dernier message »).
_DERNIER_MESSAGE = _sauf_apres("dans", "a", "de", "sur", "relire", "relisez", "lisez", "voir") + \
    r"\b(?:c est )?(?:mon )?dernier (?:message|post|mot)\b(?! (?:a ete|etait|n a|n etait|vous est|s est|est (?:reste|passe|parti|mal)))"

INDICES_SUICIDE: dict[str, tuple[int, re.Pattern[str]]] = {
    "fin": (2, _rx(r"\b(?:partir|pars|part|partirai|partira|partirons) (?:definitivement|pour (?:de bon|toujours)|a jamais|ensemble)\b(?! (?:de|d|du|a|au|en|vers|dans|loin|la bas))", r"\bdisparai\w*\b",
                   r"\bne (?:jamais|plus|pas) (?:me|se) reveiller\b|\b(?:plus jamais|jamais plus) me reveiller\b|\bje ne me reveille pas\b|\bme reveiller plus\b",
                   r"\bplus (?:etre|etre) la\b|\bne serai plus la\b|\ben terminer\b|\btout arreter\b(?! (?:les|mes|le|la))",
                   r"\bmettre un terme\b|\bdormir pour toujours\b|\badieux?\b|\ble grand saut\b|\ben finir\b|"
                   r"\bque tout s arrete\b|\bne plus exister\b|\bplus souffrir\b|\bje suis pret\w*$|"
                   # the last time said of oneself (« je vous écris pour la dernière fois »), not of a past event
                   # (« la dernière fois il a écrit qu'il brûlerait la maison »)
                   r"\bpour la derniere fois\b|\b(?:c est|ce sera|ce serait) la derniere fois (?:que je|que j|qu on|que vous|que tu)\b|"
                   r"\bque (?:ca|tout ca|tout) se termine\b|\bque (?:ca|tout ca) s arrete\b|\bune bonne fois pour toutes\b|"
                   r"\bce sera fini\b|\bje lache tout\b|" + _DERNIER_MESSAGE + r"|\bprete? a partir\b(?! (?:en|a|au|pour|chez|vers|demain|travailler|de))|\bfermer les yeux pour toujours\b|\ble grand sommeil\b|"
                   r"\brejoindre les anges\b|\btirer ma reverence\b|\bm en aller pour (?:de bon|toujours)\b|\bpartir loin de tout\b|"
                   r"\bne plus etre de ce monde\b|\bplus la\b(?= (?:demain|ce soir|bientot|a noel|la semaine prochaine))",
                   r"\bc (?:est |)fini\b$|\bet c (?:est |)fini\b|\bregle definitivement\b|\bassez vecu\b|"
                   r"\battend\w* (?:juste |seulement |)que (?:ca|la mort|la fin) (?:vienne|arrive)\b",
                   r"\bce sera (?:regle|termine|fini) pour moi\b|\bmieux (?:que|si) (?:je |j )?(?:sois|jsois|soit) plus la\b|"
                   r"\bjusqu a ce que (?:le bon dieu|dieu|le seigneur|la mort) me prenne\b",
                   # a life said done (« elle dit qu'elle a fini sa vie »), not a career
                   r"\b(?:a|ai) fini (?:sa|ma) vie\b(?! (?:professionnelle|active|de|d|a|au|en))")),
    # things given away or put in order for after
    "don": (1, _rx(r"\b(?:donne|offert|legue|revendu|vendu|confie)\w* (?:\w+ ){0,1}(?:son|mon|ses|mes|sa|ma) (?:chat|chien|console|affaires|bijoux|telephone|portable|"
                   r"voiture|montre|guitare|collection|alliance|bague|outils)\b",
                   r"\brange\w* (?:tous |toutes |)(?:ses|mes) (?:papiers|affaires)\b|\bpour apres\b|"
                   r"\barrete\w* (?:de prendre )?(?:son|mon|ses|mes) (?:traitements?|medicaments)\b",
                   r"\b(?:garde|garder|s occuper de|s occupe de|recuperer) (?:mon|ma|mes|le|la) (?:chien|chat|chats|chiens|animaux)\b",
                   # everything sold in a hurry, a pet left at a relative's (« elle a tout vendu sur leboncoin en une semaine…
                   # elle a déposé son chien chez moi »)
                   r"\ba tout (?:vendu|revendu|donne|bazarde)\b|\b(?:depose|laisse|confie|amene)\w* (?:son|mon|ses|mes|sa|ma) "
                   r"(?:chien|chienne|chat|chatte|chats|chiens|animaux) chez\b")),
    # affairs put in order for after: codes and keys handed over, letters for the children, a will
    # written for a date near, what one "won't need any more"
    # (not bills settled: « on m'a coupé le gaz… j'ai tout réglé et c'est rétabli »)
    "affaires": (2, _rx(r"\btout (?:est |soit |sera |)(?:range|en ordre|regle)\b(?!(?: \w+){0,6} (?:retabli\w*|rebranche\w*|"
                        r"rembourse\w*|payee?s?|facture\w*|dettes?|impayes?)\b)|\bqui (?:recupere|recuperera|aura|prendra|garde|gardera) quoi\b|\bmis (?:mes|ses|tout) (?:affaires |papiers )?en ordre\b|"
                        r"\b(?:cles?|codes?) (?:du coffre|des comptes|de (?:mes|ses) comptes|de la carte)\b|"
                        r"\bqui s occupera (?:des|de|du) (?:\w+ ){0,2}apres\b|\bleguer\b|\bpapiers (?:\w+ ){0,4}sur la table\b|"
                        r"\bfini de regler (?:mes|ses) (?:papiers|affaires|comptes)\b|"
                        # one's codes handed over (« elle a déposé son chien chez moi avec ses papiers et ses codes »)
                        r"\b(?:laisse|depose|donne|confie|remis|envoye|transmis)\w* (?:\w+ ){0,8}(?:ses|mes) (?:codes|mots de passe)\b")),
    "plus_la": (2, _rx(r"\b(?:je serai|je ne serai|serai) plus la\b|\bn en aurai plus (?:l usage|besoin)\b|"
                       r"\b(?:j aurai|je n aurai|n aurai) plus besoin de rien\b|\bplus besoin de rien apres\b")),
    "depart": (1, _rx(r"\bje pars (?:ce soir|cette nuit|demain)\b(?! (?:en|a|au|pour|chez|vers|travailler))|"
                      r"\bje m en vais (?:ce soir|cette nuit|pour toujours)\b")),
    "adieu": (2, _rx(_DERNIER_MESSAGE + r"(?!.*\bavant (?:les|mes|le|la|de) )",
                     r"\b(?:adieu (?:a tous|tout le monde|les gars)|je vous dis adieu)\b(?!.*\bavant (?:les|mes|le|la|de) )",
                     r"\b(?:redige|ecrit|laisse)\w* (?:les|des|mes|ses|deux|trois) (?:\w+ ){0,1}lettres (?:pour|a|aux) (?:les|mes|ses) "
                     r"(?:enfants|proches|parents|filles|fils|petits enfants|freres|soeurs)\b|"
                     r"\blettres? d adieu\b")),
    "apres_moi": (2, _rx(r"\bsi je (?:ne )?suis plus la\b|\bquand je (?:ne )?serai plus la\b|\bapres ma mort\b|"
                         r"\bquelle que soit la cause\b|\bs(?:i il|il) m arrive quelque chose\b",
                         r"\bassurance (?:deces|vie)\b.*\b(?:seule solution|seule issue|remboursera tout|mieux pour (?:eux|elle|lui))\b",
                         r"\bobseques\b.*\bles miennes\b|\bmes (?:propres )?obseques\b",
                         # one's own burial (« l'enterrement. le mien »), never a stag night (« enterrement de vie de garçon »)
                         r"\b(?:enterrement|funerailles|cremation)\b(?! de vie).*\b(?:le mien|la mienne|les miennes|les miens)\b|"
                         r"\bmon (?:propre )?enterrement\b(?! de vie)")),
    "decision_prise": (2, _rx(r"\bj ai pris ma decision\b|\bce (?:serait|sera) (?:la|ma) derniere (?:nuit|fois|soiree|journee)\b|"
                              r"\bje (?:ne )?sais (?:pas|plus) si je (?:redescends|redescendrai|vais redescendre|reviendrai)\b")),
    "sang": (2, _rx(r"\b(?:s arrete|arrete|n arrete|ne s arrete) (?:pas|plus) de (?:couler|saigner)\b|\bpisse le sang\b")),
    "aveu": (1, _rx(r"\b(?:qu il|qu elle) etait desole\w*\b|\b(?:qu il|qu elle|il|elle) (?:nous|m|les|l) aim\w*\b|\b(?:que je|je) (?:l|les|t|vous|te) (?:aimais|aime|aimerai)\b|\bpardon(?:nez moi)?\b|\bprenez soin\b")),
    "desespoir": (1, _rx(r"\b(?:plus|pas) d (?:autre )?(?:solution|issue)\b|\bplus aucune (?:solution|issue)\b",
                         r"\ba bout\b|\bau bout du rouleau\b|\bau bord du gouffre\b|\bplus la force\b|"
                         r"\bvaut (?:plus )?rien\b|\bje ne sers a rien\b|\bje sers a rien\b",
                         r"\ba quoi bon\b|\bla seule solution (?:que je vois|qui reste|qu il me reste)\b",
                         r"\bplus envie de rien\b|\btout est noir\b|\bc est fini pour moi\b|\bje suis fini\w*\b",
                         r"\bce serait mieux\b|\bmieux comme ca\b|\bpersonne ne m aime\b|\bseule? au monde\b",
                         r"\b(?:pas|plus|aucun) d avenir\b|\bje ne tiens plus\b|\bje tiens plus\b|\bj en peux plus\b|"
                         # (« je peux plus. » said alone, not « je peux plus payer »)
                         r"\bje (?:ne )?peux plus\b(?! (?:me |m |le |la |les |l |y |en |lui |leur |rien|pas|\w+(?:er|ir|re|oir)\b))|"
                         r"\bplus la peine\b|\b(?:ca|ce) sert a rien de m aider\b|\binutile de m aider\b|\bepuise\w* de tout\b|\bje n y arrive plus\b|\bune ratee?\b|\bun rate\b",
                         r"\bau fond du trou\b|\bje coule\b|\ba bout de forces?\b|\bje ne m en sortirai jamais\b|\bsans espoir\b|"
                         r"\bplus d espoir\b|\btout est fini\b|\bj ai tout perdu\b|"
                         # (not the cupboard empty: « je n'ai plus rien chez moi depuis mardi », « plus rien à manger »)
                         r"\bje n ai plus rien\b(?! (?:\w+ )?(?:chez moi|a manger|a la maison|dans (?:le|mon) frigo|dans (?:les|mes) placards|"
                         r"sur (?:mon|le) compte|a (?:leur|lui|vous|nous) donner))|\bplus personne\b|"
                         r"\btout le monde me deteste\b|\bje me deteste\b|\bje suis (?:une merde|nulle?|un boulet|de trop)\b|"
                         r"\bje n en vois pas le bout\b|\bje ne tiendrai (?:pas|plus)\b|\bplus rien n a de sens\b|\bje ne vois pas d issue\b|\bplus aucun espoir\b")),
    "desespoir_fort": (2, _rx(r"\b(?:pas|plus|aucun) (?:l |d )?interet (?:de|a) (?:continuer|vivre|rester)\b",
                              r"\b(?:ne veux plus|plus la force de|plus envie de) me battre\b(?! (?:contre|pour|avec))|\b(?:n arrive|arrive) plus a vivre\b|\bne (?:peux|peut) plus vivre\b|\bplus vivre sans (?:elle|lui|eux)\b",
                              r"\bplus aucune raison\b|\bje suis un poids\b|\bpersonne ne me regretter\w*\b",
                              r"\bplus (?:un|une) (?:probleme|poids|charge|fardeau) pour (?:personne|vous|eux|les autres|quiconque)\b",
                              r"\b(?:j ai|il a|elle a) fait (?:mon|son) temps\b(?! (?:dans|chez|a|au|en))",
                              r"\bl idee de (?:mourir|la mort|en finir|me tuer|disparaitre)\b",
                              r"\bplus de raison de (?:rester|vivre|continuer)\b|\b(?:jsuis|je suis|suis) trop un (?:poids|fardeau)\b|"
                              r"\bles idees (?:noires |suicidaires |)reviennent\b",
                              # a means kept aside, a way found
                              r"\bmis de cote (?:ses|mes|des|son|mon) (?:traitements?|medicaments|cachets|comprimes)\b|"
                              r"\bmis (?:des|mes|ses) (?:traitements?|medicaments|cachets|comprimes) de cote\b|"
                              r"\bstock\w* (?:ses|mes|des) (?:traitements?|medicaments|cachets|comprimes)\b|"
                              # (or kept for a while where they wait: « les médocs sont dans le placard depuis Noël »)
                              r"\b(?:mes |les |des |)(?:traitements?|medicaments|medocs|cachets|comprimes) (?:sont |)(?:\w+ ){0,4}"
                              r"(?:de cote|dans le placard|caches?|planques?) depuis\b|"
                              r"\b(?:sait|savait|sais) (?:tres bien |)quoi en faire\b|\btrouve (?:comment faire|la solution pour nous deux|"
                              r"comment m y prendre)\b")),
    "moyen": (1, _rx(r"\b(?:corde|rails|voie ferree|voies|train|pont|vide|fenetre|balcon|charbon|barbecue|pistolet|fusil|"
                     r"arme|lame|lames|rasoir|gaz|poison|noyer|sauter|medicaments|medocs|cachets|comprimes|somniferes|"
                     # (a box of pills, not a tin of food: « la dernière boîte de sardines »)
                     r"boite de(?! (?:sardines|conserve|thon|raviolis|haricots|petits pois|lait|gateaux|biscuits|cereales|pates|"
                     r"mouchoirs|chocolats?|soupe|lentilles|mais|tomates|nuit|production|vitesse))|"
                     # (a painkiller counted out, « combien de paracétamol il faut », not one taken for a fever)
                     r"(?:combien de|boites? de|plaquettes? de|toute? la boite de|tous (?:mes|les)) (?:paracetamol|doliprane|dafalgan|"
                     r"efferalgan)|"
                     r"falaise|toit|pharmacie|ceinture|couteau|cutter)\b")),
    "preparation": (1, _rx(r"\b(?:prepare|tout est pret|je suis pret|je suis prete|achete|testament|regle mes|range mes affaires|"
                           r"donne mes affaires|lettre|lettres|dernieres volontes|c est decide|la date|tout organise|"
                           r"mis en ordre|dit au revoir|un mot|laisse un mot|petit mot|reserve|economise|ce que j ai prevu|"
                           r"tout est prevu|j ai tout prevu|fait ce qu il fallait|(?:j ai |)(?:deja |)tout (?:calcule|planifie))\b")),
    "decision": (1, _rx(r"\baller (?:jusqu )?au bout\b|\bje suis decidee?\b|\bma decision est prise\b|"
                        r"\bje sais ce que je (?:fais|vais faire)\b|\bc est decide\b")),
    "message": (1, _rx(r"\b(?:envoye|ecrit|poste|publie)\w*\b(?!.*\b(?:de remerciement|de motivation|de recommandation|"
                       r"de reclamation|de resiliation|de contestation)\b)")),
    "cachette": (2, _rx(r"\bpour que personne ne (?:me trouve|me retrouve|m empeche|me voie|me sauve|puisse m arreter)\b")),
    # (not a time since which something lasts: « je n'ai plus rien chez moi depuis mardi »)
    "moment": (1, _rx(r"\b(?<!depuis )(?<!depuis ce )(?:ce soir|cette nuit|demain soir|demain|bientot|cette semaine|samedi|dimanche|lundi|mardi|"
                      r"mercredi|jeudi|vendredi|tout a l heure|dans une heure|maintenant|ce week end|a la fin du mois|"
                      r"apres demain|dans quelques jours|avant noel|dans une semaine|dans (?:\d+|deux|trois) jours|"
                      r"derniere nuit)\b")),
    "silence": (1, _rx(r"\bdepuis plus rien\b|\bplus de nouvelles\b|\bne repond plus\b|\bne donne plus de nouvelles\b|"
                       r"\btelephone (?:est )?eteint\b")),
    # (« des menaces de mort », « il menace de mort » are threats, not a death)
    "deuil": (1, _rx(r"(?<!menaces de )(?<!menace de )(?<!menacee de )(?<!menace )\b(?:mort|morte|deces|decede|decedee|veuve|veuf|"
                     r"partie? il y a|parti pour toujours|n est plus la|au ciel|la haut|perdu (?:mon|ma) (?:mari|femme|fils|fille|enfant|bebe|pere|mere|papa|maman|frere|soeur|"
                     r"compagnon|compagne|epoux|epouse|conjointe?))\b")),
    "rejoindre": (2, _rx(r"\b(?:rejoindre|retrouver) (?:mon|ma|mes) (?:mari|epoux|femme|epouse|fils|fille|enfant|mere|pere|parents)\b"
                         r"(?= (?:\w+ ){0,2}(?:bientot|prochainement|tres vite|ce soir|la haut|au ciel))",
                         r"\bje serai (?:bientot |enfin |)(?:avec|aupres de) (?:lui|elle|eux|maman|papa|ma mere|mon pere|mon fils|"
                         r"ma fille|mon mari|ma femme|mon frere|ma soeur)\b|\bpartir avec (?:elle|lui|eux)\b|"
                         # (not a meeting place named: « de le rejoindre ce soir derrière le stade »)
                         r"\b(?:le|la|les) (?:rejoindre|retrouver)\b(?! (?:\w+ ){0,2}(?:derriere|devant|a|au|aux|chez|dans|pres|sur|en bas)\b)|"
                         r"\betre avec (?:lui|elle|eux) (?:maintenant|pour toujours|la haut)\b")),
}
SEUIL_SUICIDE = 3
# Cues that converge so much (a score of 5 over three categories or more: a pet given away, letters written for the
# children, a funeral asked about) hold against the figures of speech that a single cue falls to (a funeral asked about
# is usually someone else's). No message without danger of the development sets dev1-dev33 reaches it.
SEUIL_SUICIDE_CONVERGENT = (5, 3)
# Cues that say a plan but nothing of death, an end, despair or a means: a letter written, a day named, things
# prepared. Beside a threat read, they are the threat's (« Mon ex-mari sort de prison lundi. Dans sa dernière lettre il
# a écrit qu'il viendrait finir le travail »: his plan, not a farewell); alone they still are a suicide's plan (« J'ai
# écrit mes lettres. Tout est prêt pour demain »).
_INDICES_SANS_MORT = {"preparation", "message", "moment", "decision", "silence"}
# The fewest words a message needs for the learned reader alone to read a danger in it.
MOTS_MIN_LECTEUR = 4

# Coercive control and hidden violence are told in small facts, none alarming alone: money held,
# receipts to show, a phone broken, papers burnt, cameras, a curfew "or else", a secret to keep from
# him, a woman never left alone, an injury with an excuse. Two different kinds together are violence.
INDICES_EMPRISE: dict[str, re.Pattern[str]] = {
    "argent": _rx(r"\b(?:gere|garde|controle|prend|bloque|confisque)\w* (?:tout |toute |)(?:l argent|notre argent|mon argent|les comptes|"
                  r"mes comptes|la carte|ma carte|mon salaire|ma paie)\b", r"\bchange\w* (?:le|les) codes? de (?:ma|mon|mes)\b",
                  r"\b(?:lui|me|m) (?:prend|prennent|pris|confisque)\w* (?:\w+ ){0,3}(?:sa|ma|son|mon|ses|mes) (?:paie|salaire|carte|argent|cb|rsa)\b",
                  # a benefit cashed in the person's stead (« son compagnon touche son AAH à sa place »)
                  r"\b(?:touche|encaisse|garde|prend|recupere)\w* (?:\w+ ){0,1}(?:sa|ma|son|mon|ses|mes) (?:aah|rsa|pension|retraite|allocations?|"
                  r"salaire|paie|argent|aspa|pch) (?:a sa place|a ma place|pour lui|pour elle)\b"),
    "comptes_a_rendre": _rx(r"\b(?:montrer|justifier|rendre compte de|donner) (?:\w+ ){0,2}(?:les|mes|chaque|tous les) (?:tickets|depenses|achats|"
                  r"centimes?|euros?)\b",
                  r"\b(?:me |m )?donne (?:\d+|vingt|dix|trente|cinquante) (?:euros? |e |)par (?:semaine|mois|jour)\b"),
    "objets": _rx(rf"\b(?:il|elle|ils|{PARTENAIRE}) (?:\w+ ){{0,2}}(?:casse|jete|brule|dechire|detruit|confisque|cache|crev\w*|raye|fracasse)\w* "
                  r"(?:\w+ ){0,1}(?:mon|ma|mes) (?:telephone|portable|titre de sejour|papiers|passeport|carte d identite|"
                  r"carte de sejour|recepisse|pneus|voiture|affaires|cles)\b",
                  r"\b(?:il|elle) (?:m |me |)(?:a |)(?:pris|garde|prend)\w* (?:\w+ ){0,1}(?:mon|ma|mes) (?:passeport|papiers?|titre de sejour|"
                  r"carte d identite|carte de sejour|recepisse)\b",
                  r"\bjete\w* (?:mes|ses) affaires (?:par la fenetre|dehors|dans la rue|sur le palier)\b|\bchange\w* (?:la|les) serrures?\b",
                  r"\b(?:garde|gardait|a|avait|refait|fait faire) (?:encore |toujours |)(?:un|le|les|des) doubles? (?:des|de mes|de mes|de la|du) "
                  r"(?:cles|clefs|cle|clef|badge)\b"),
    "surveillance": _rx(r"\b(?:installe|mis|met|mettre)\w* (?:\w+ ){0,1}(?:cameras?|micros?|traceur|mouchard|appli\w*|application|gps)\b",
                        r"\b(?:regarde|fouille|controle|verifie|lit)\w* (?:\w+ ){0,2}(?:mon|mes) (?:telephone|portable|messages|sms|mails|"
                        r"conversations)\b|\bsavoir (?:ou je suis|ou je vais|avec qui je)\b"),
    "protection": _rx(r"\b(?:ordonnance (?:de protection|d eloignement)|interdiction (?:de m approcher|d approcher|de contact)|"
                      r"bracelet anti rapprochement)\b"),
    "cache": _rx(r"\bcols? roules?\b|\bcache\w* (?:mes|les|ses) (?:bleus|marques|traces)\b|"
                 r"\bcomme (?:dit|le dit|il dit|dirait) (?:mon|ma) (?:mari|conjoint|compagnon|copain|mec|femme)\b|"
                 r"\b(?:medecin|docteur) (?:ne )?(?:me|la|le) croit plus\b|\bdit qu (?:elle|il) est tombee?\b",
                 r"\bdire (?:\w+ ){0,4}(?:que|qu) je (?:suis tombee?|me suis cognee?|me suis fait mal)\b|"
                 r"\b(?:la|une) (?:deuxieme|troisieme|quatrieme|\d+e?m?e?) fois (?:ce mois|cette semaine|cette annee)\b"),
    "arrivee": _rx(r"\b(?:il|elle) (?:rentre|arrive|revient) dans (?:\d+|une|un quart d|dix|cinq|vingt) ?(?:min|minutes|h|heure)"),
    "traque": _rx(r"\bdes que je (?:bouge|sors|parle|m absente|pose le telephone)\b",
                        r"\b(?:m a|l a|m ont) (?:deja |encore |)retrouvee? (?:\w+ ){0,2}(?:fois|partout|a chaque)\b|"
                        r"\bsans que (?:l ancien conjoint|mon ex|il|elle|le pere) (?:le |l )?(?:sache|sachent|trouve|retrouve)\b",
                        r"\b(?:trouve|retrouve|decouvert)\w* (?:ma|mon) (?:nouvelle adresse|nouveau logement|nouvel appart\w*)\b|"
                        r"\b(?:en bas de chez moi|sous mes fenetres|devant chez moi) depuis\b|\bphotos? de (?:ma|mes) fenetres?\b|"
                        r"\b(?:fleurs|mot|message|lettre)\w* (?:\w+ ){0,4}(?:paillasson|devant ma porte|sur ma voiture)\b",
                        # someone coming in while the person is out
                        r"\b(?:quand je rentre|en rentrant|a mon retour)\b.*\b(?:affaires|meubles|objets|tiroirs) (?:\w+ ){0,2}(?:deplace|fouille|derange)\w*|"
                        r"\b(?:fleurs|mot|lettre|photo)\w* (?:\w+ ){0,2}sur (?:le|mon) (?:lit|oreiller)\b|\b(?:entre|rentre|vient) chez moi (?:quand je suis pas la|"
                        r"en mon absence|quand je ne suis pas la|sans (?:me|m) (?:le |)dire)\b"),
    "peur": _rx(r"\bsinon (?:ca|il|elle) (?:se passe|va se passer|va mal|tourne) mal\b|\brentrer avant \d+ ?h\w* sinon\b",
                # a partner who punishes (« si je réponds mal il me punit »)
                r"\b(?:il|elle) me (?:punit|punis|punissait|punira)\b|\bme faire punir\b",
                # a grown-up punished or startled by her partner (« elle sursaute quand il parle », « il la punit »)
                r"\b(?:il|elle) la (?:punit|punissait|punira)\b|\bsursaute\w* (?:des que|quand|a chaque fois que) (?:il|elle|son \w+)\b",
                r"\b(?:faut|faudrait) (?:surtout |absolument |)pas qu (?:il|elle) (?:le |l )?(?:sache|apprenne|voie|trouve)\b",
                r"\bpersonne (?:ne )?(?:me|la|te) croira\b|\bsans (?:lui|elle) (?:je|tu|elle) (?:serai|seras|sera|serait) "
                r"(?:expulsee?|rien|a la rue)\b",
                r"\btu finiras comme\b|\bpeur de sortir de chez moi\b|\bmot (?:\w+ ){0,3}(?:pare brise|porte|boite aux lettres)\b",
                r"\b(?:tu vas voir|tu verras|tu vas le regretter)\b|\bc est l enfer (?:apres|ensuite|quand il rentre)\b|"
                r"\bmarche sur des oeufs\b|\b(?:demenage|partie?|enfuie?) en cachette\b|\bpartie? en (?:pyjama|chaussons|pleine nuit)\b|"
                r"\b(?:il|elle) (?:ne )?sait pas (?:que je suis|ou je suis)\b|\bpeux pas (?:y )?retourner\b",
                r"\bpeur quand (?:il|elle) (?:rentre|revient|boit|arrive)\b|\bje passe une mauvaise nuit\b|\bpeur de (?:lui|sa reaction)\b"),
    # an escape prepared in secret, a new address hidden from him
    "fuite": _rx(r"\b(?:cache|prepare|laisse|depose)\w* (?:\w+ ){0,1}(?:un sac|une valise|mes affaires|des affaires|de l argent|mes papiers) "
                 r"(?:\w+ ){0,3}(?:chez (?:la voisine|une amie|ma mere|ma soeur|une copine|mes parents)|au cas ou)\b",
                 r"\bsans qu (?:il|elle|on|quelqu un) (?:\w+ ){0,1}(?:puisse |)(?:retrouve\w*|sache\w*|trouve\w*) (?:\w+ ){0,1}(?:ou|adresse|"
                 r"nouvelle adresse|mon adresse)\b|\b(?:veux|voudrais) pas qu (?:il|elle) (?:sache|trouve|retrouve) (?:ou|mon adresse)\b"),
    # what he checks and locks: mileage, receipts, mail, papers, the door
    "controle": _rx(r"\b(?:compte|verifie|controle|note)\w* (?:\w+ ){0,2}(?:les kilometres|le compteur|mes horaires|mes trajets|"
                    r"le temps (?:que je mets|de mes courses))\b",
                    r"\b(?:ouvre|detruit|lit|cache|jette|dechire)\w* (?:\w+ ){0,2}(?:mon|mes) (?:courrier|courriers|lettres)\b",
                    r"\b(?:conserve|garde|confisque|cache|a pris|a garde)\w* (?:\w+ ){0,1}(?:ma|mes|mon) (?:carte d identite|papiers|"
                    r"passeport|titre de sejour|carte vitale|carte bancaire)\b",
                    r"\bferme\w* (?:\w+ ){0,2}(?:la porte )?a cle (?:\w+ ){0,2}(?:quand|en partant|avant de partir|derriere)\b",
                    r"\b(?:envoie|renvoie|renvoyer|envoyer)\w* (?:\w+ ){0,1}au (?:pays|bled)\b(?=.*\b(?:garde|gardera|prendra|prend) "
                    r"(?:le |les |mon |mes |)(?:bebe|enfants?|petits?)\b)"),
    "isolement": _rx(r"\bisolee? (?:\w+ ){0,2}(?:de|du) (?:toute |)(?:la|sa|ma|leur) (?:famille|monde|amis)\b|\bl a isolee?\b",
                     r"\bne (?:la|me|le) laisse (?:jamais|pas|plus) (?:\w+ ){0,2}seule?\b",
                     r"\b(?:n a|n ai) plus de (?:telephone|portable)\b",
                     # kept from seeing her own (« il l'empêche de nous voir », « il m'interdit de voir ma famille »)
                     r"\b(?:l|la|m|me) (?:empeche|empechent|interdit|interdisent)\w* (?:\w+ ){0,1}(?:de |d )(?:nous |les |la |)(?:voir|appeler|"
                     r"parler a|sortir|rencontrer) ?(?:sa famille|ma famille|ses amis|mes amis|ses parents|mes parents|ses enfants|mes enfants|nous|)\b"),
    "blessure": _rx(r"\b(?:bras|jambe|nez|cote|cotes|doigt|poignet) casse\w*\b|\bhematomes?\b|\boeil au beurre noir\b|\bcoquard\b|"
                    r"\bpoints de suture\b|\blevre fendue\b|\bmarques? (?:\w+ ){0,1}autour du cou\b|\btraces? de doigts\b|"
                    r"\ben forme de doigts\b|\bbleus? (?:sur|aux|partout)\b|\bfini aux urgences\b",
                    r"\btombee? dans l escalier\b.*\b(?:fois|encore|toujours)\b",
                    r"\bmarques? (?:\w+ ){0,2}(?:au|sur le|autour du) cou\b|\bcognee? (?:\w+ ){0,1}(?:dans|contre) (?:la|une) porte\b|"
                    r"\bperdu (?:un peu de |du |beaucoup de )?sang (?:apres|depuis) (?:la|une|notre) (?:derniere |)(?:dispute|engueulade|bagarre)\b|"
                    r"\bbleu sur (?:la|le|sa|ma) (?:joue|visage|bras|oeil)\b",
                    r"\b(?:traces?|marques?|bleus?) (?:\w+ ){0,2}(?:sur le|au|autour du|sur mon|au niveau du) (?:cou|poignet|poignets|gorge)\b"),
}
SEUIL_EMPRISE = 2

# A child left without care is also told in small facts: alone late or every night, not fed, the
# same clothes for days, a parent on drugs or drunk at the wheel, forgotten in a car, a baby crying
# for days. Two kinds together, with a child named, are a child in danger.
INDICES_NEGLIGENCE: dict[str, re.Pattern[str]] = {
    "seul": _rx(r"\b(?:seul|seule|seuls|seules) (?:\w+ ){0,4}(?:a \d+ ?h\w*|la nuit|toute la nuit|le soir|tous les soirs|depuis)\b|"
                r"\btout le temps (?:tout )?seule?s?\b|\b(?:va|vont|rentre|rentrent) (?:\w+ ){0,2}tout seule?s?\b|"
                r"\brevient (?:que |seulement |)le matin\b|\b(?:on |ne )?(?:voit|vois|voyons) jamais (?:la|sa|leur|les|ses) (?:mere|maman|"
                r"parents|pere|papa)\b|\boublie\w* dans (?:la|sa|une) voiture\b",
                r"\btout seule?s? (?:jusqu au matin|jusqu a minuit)\b|\b(?:marchent|marche|errent|erre|trainent|traine) (?:\w+ ){0,1}tout seule?s?\b|"
                r"\bpersonne (?:ne )?(?:les|le|la) (?:cherche|surveille|garde)\b|\bpersonne (?:ne )?(?:repond|ouvre)\b|"
                r"\bjamais vu (?:les|ses|leurs) parents\b|\bparents (?:sont |)partis\b",
                # a parent gone since yesterday or the night (« maman elle est partie depuis hier soir »)
                r"\b(?:maman|papa|ma mere|mon pere|mes parents|sa mere|son pere|leur mere|leur pere) (?:elle |il |ils )?(?:est|sont) "
                r"(?:partie?s?|pas rentree?s?|pas revenue?s?) depuis (?:hier|avant hier|\d+ jours|deux jours|trois jours|ce matin|la nuit)\b",
                # (in the creole of La Réunion: « i traine dann chemin tout la journée »)
                r"\btraine\w* (?:dann|dans|dan) (?:chemin|la rue|le chemin) (?:tout|toute) la journee\b",
                # (in the creole of the Antilles: « manman'y ka kité'y tou sèl lannuit »)
                r"\btou sel (?:\w+ ){0,2}lannuit\b|\bkite\w* (?:\w+ ){0,2}tou sel\b"),
    "faim": _rx(r"\bsans avoir mange\b|\b(?:il y a|y a|y a) plus rien a manger\b|\b(?:memes|meme) (?:vetements|habits|fringues|affaires) depuis\b|"
                r"\bfouill\w* (?:dans )?(?:les|des) poubelles\b|\bmange\w* (?:que|seulement|uniquement) a la cantine\b|"
                r"\bne mange\w* qu a la cantine\b|\bmange des chips\b|\bi (?:mange|manz|manj) pa\b|\bpleure depuis (?:\d+|deux|trois|"
                r"plusieurs) jours\b|\bpersonne (?:ne )?(?:le|la|les) nourrit\b",
                r"\bpour avoir du pain\b|\bdemandent? (?:a manger|du pain)\b|\bhabits d ete en (?:hiver|decembre|janvier|fevrier)\b|"
                r"\bcouches? (?:\w+ ){0,1}(?:pas changees?|sales)\b|\bsent (?:fort|mauvais)\b|\bs endort en classe\b",
                r"\bcouches? (?:\w+ ){0,3}(?:pas|jamais) (?:\w+ ){0,1}changee?s?\b|\b(?:pleure|pleurent|crie|crient|kriye) (?:tout|toute) "
                r"(?:la nuit|lannuit)\b"),
    "parent_hors_etat": _rx(r"\b(?:se drogue|se droguent|seringues?|ivre|ivres|saoul|saoule|bourre|alcoolise\w*|heroine|crack|"
                            r"cocaine|de la came)\b",
                            r"\b(?:mere|maman|pere|papa|parents) (?:\w+ ){0,2}(?:dort|dorment) (?:toute la journee|tout le temps)\b|"
                            r"\bavec des bouteilles\b|\b(?:li|i) (?:boir|bwar|boi|bwe) (?:tout|toute) la journee\b|"
                            r"\bboi\w* (?:toute|tout) la journee\b"),
    # what a teacher or a carer notices: a child who hides their body, startles, draws what worries them,
    # works instead of going to school
    "signes_abus": _rx(r"\brefuse\w* (?:\w+ ){0,1}de se (?:changer|deshabiller|doucher)\b|\bsursaute\w* (?:au moindre|quand on)\b|"
                       r"\bdessin\w* (?:\w+ ){0,4}(?:scenes?|choses) (?:\w+ ){0,1}(?:qui m inquietent|sexuel\w*|bizarres|inquietantes)\b|"
                       r"\bcomportement\w* sexualise\w*\b|\bne veut plus (?:aller|dormir|rester) chez (?:son|sa|ses)\b|"
                       r"\ba peur des hommes\b|\bne parle (?:presque )?plus\b"),
    "logement": _rx(r"\bplus (?:d electricite|de chauffage|d eau chaude|de courant|d eau) depuis\b"),
    "travail": _rx(r"\btravaille\w* (?:\w+ ){0,4}de \d+ ?h\w* a \d+ ?h\w*|\bne va plus a l ecole\b|\bdescolaris\w*|"
                   r"\b(?:fait|font) dormir (?:\w+ ){0,1}dans (?:l etable|la grange|le garage|la cave|l ecurie)\b"),
    "peur_parent": _rx(r"\btremble\w* quand on (?:lui |)parle de (?:son|sa) (?:papa|pere|maman|mere|beau pere|belle mere)\b"),
    "charge": _rx(r"\bc est (?:lui|elle|moi) qui (?:fait a manger|fais a manger|s occupe|m occupe|garde|couche|lave) (?:\w+ ){0,2}"
                  r"(?:ses|mes|sa|son|ma|mon) (?:\w+ ){0,1}(?:petits freres|petites soeurs|petit frere|petite soeur|freres|soeurs|bebe)\b",
                  r"\b(?:rentre|rentrent) (?:tres |)tard tous les soirs\b|"
                  r"\bc (?:est |)moi qui m occupe de (?:lui|elle|eux|mon petit frere|ma petite soeur|mes petits freres|mes petites soeurs)\b",
                  r"\bc est (?:lui|elle) qui s occupe de (?:sa|son|ses) (?:petite soeur|petit frere|petits freres|petites soeurs|bebe)\b"),
}
SEUIL_NEGLIGENCE = 2
_ENFANT_NOMME = _rx(rf"\b(?:{ENFANT})\b", r"\b(?:[1-9]|1[0-5]) (?:ans|lanne)\b|\b\d+ mois\b|\b(?:ti moun|timoun|zanfan|marmay)\b",
                    r"\b(?:copine|copain|camarade|pote) (?:de classe|d ecole)\b")


# A death promised to the writer by someone else (« tu es morte », « t'es mort si tu parles »), or another's weapon shown
# in a picture sent (« il m'a envoyé une photo de son fusil avec juste "à bientôt" »): a threat, not one's own means.
_MORT_PROMISE = _rx(r"\b(?:tu es|t es|vous etes|tu seras|t seras|t vas etre|tu vas etre) (?:une )?(?:mort|morte|morts|mortes|finie?|"
                    r"cuite?)\b",
                    rf"\b(?:photos?|videos?|images?) (?:de |d )(?:son|sa|ses) (?:\w+ )?{ARME}s?\b")


def _indices(table: dict[str, re.Pattern[str]], normalised: str) -> list[str]:
    return [name for name, pattern in table.items() if pattern.search(normalised)]


def _score_suicide(normalised: str) -> tuple[int, list[str]]:
    """The summed weight of the cue categories found, and their names."""
    found = [(name, weight) for name, (weight, pattern) in INDICES_SUICIDE.items() if pattern.search(normalised)]
    return sum(w for _, w in found), [n for n, _ in found]


# -- frames and figures of speech ---------------------------------------------------------------

# A frame cancels the "mot" signals (topic words alone) of every type.
CADRES = _rx(
    # a question about a line or a scheme
    r"\b(?:c est quoi|qu est ce que|qu est ce qu|a quoi sert|a quoi servent|comment (?:fonctionne|marche|ca marche|joindre|appeler|"
    r"contacter|faire (?:une|un) (?:signalement|information))|est ce que le|le (?:115|119|3919|3114|15|112) (?:est|c est)|"
    r"difference entre|quel est le numero|numero (?:du|de) (?:115|119|3919|3114)|horaires?|c est gratuit|est il gratuit|"
    r"ouvert (?:la nuit|le week end))\b",
    r"\bce que (?:veut|voulait|ca veut|ca voulait) dire\b",
    r"\b(?:faut il|doit on|peut on|on peut|est ce qu on peut|est ce qu il faut|est ce qu on doit) (?:\w+ ){0,5}"
    r"(?:appeler|rappeler|joindre|contacter|recontacter) le (?:115|119|3919|3114|17|15)\b",
    r"\bc est bien le (?:115|119|3919|3114|17|15) (?:pour|qu il faut)\b|\bnumeros utiles\b|\b(?:mettre|afficher) le (?:115|119|3919|3114)\b",
    r"\bdans (?:mon|un|le|ce|son) (?:roman|livre|film|scenario|jeu|recit|court metrage|spectacle)\b|\btrue crime\b",
    # what a contract pays « en cas de suicide » (« l'assurance vie paie en cas de suicide ? un débat avec mon beau-frère »)
    r"\ben cas de (?:suicide|deces|tentative de suicide)\b(?=.*\b(?:assurance|assureur|contrat|mutuelle|pret|credit|banque)\b)|"
    r"\b(?:personne (?:n est|est) concernee?s?|question de curiosite|par curiosite|on se disputait (?:juste )?sur)\b",
    # professionals and procedures
    r"\b(?:je suis|en tant que|je travaille (?:au|a la|dans|comme)|nous sommes) (?:\w+ ){0,2}(?:assistante? sociale?|"
    r"travailleu\w* sociale?|educat\w*|enseignant\w*|prof\w*|infirmi\w*|medecin|benevole|psycholog\w*|conseill\w*|"
    r"juriste|avocat\w*|policier|gendarme|ccas|cidff|association|directeur|directrice|animat\w*|etudiant\w*|pharmac\w*)\b"
    r"(?=.*\b(?:procedure|formulaire|comment|quel|quelle|quels|quelles|formation|orienter|liste|a qui|transmettre|"
    r"signalement|information preoccupante|dossier|numeros|fiche|savoir si|peut avoir|peuvent avoir|a droit|ont droit|"
    r"peut elle|peut il|peuvent ils|peuvent elles|est elle|est il)\b)",
    r"^(?:\w+ ){0,2}(?:cpe|aesh|atsem|assistante? sociale?|educat\w*|infirmi\w*|enseignant\w*|directrice|directeur) "
    r"(?:dans|au|a la|en|de) (?:\w+ ){0,6}(?=.*\b(?:procedure|formulaire|comment|quelle|quel|a qui|fiche|signalement)\b)",
    # school work, reports, fiction
    r"\b(?:expose|memoire|these|reportage|documentaire|film|roman|livre|serie|article|formation|conference|podcast|"
    r"statistiques?|sondage|etude) (?:sur|parlait|parle|porte|qui parle|de|a propos)\b",
    r"\b(?:faire un don|etre benevole|devenir benevole|devenir famille d accueil|plan grand froid|maraudes?)\b",
    # (gifts given to an association, « je donne chaque année à une association de sans-abri »)
    r"\b(?:je donne|on donne|nous donnons|je verse|mes dons|ces dons|des dons|un don) (?:\w+ ){0,3}(?:a|aux) (?:une |l |des |les )?associations?\b|"
    r"\b(?:ces|mes|les) dons\b",
    r"\bstage (?:\w+ ){0,3}(?:au|a la|dans une?|chez) (?:\w+ ){0,2}(?:samu social|association|asso|maraude|centre d hebergement|foyer|"
    r"epicerie solidaire|restos? du coeur)\b",
    # aid for victims in general (a question, not a person)
    r"\b(?:les|des|aux) victimes de\b(?=.*\b(?:ont droit|droit a|aides?|associations?)\b)",
)
# A question about what to do in general ("que faire si un enfant est maltraité ?", "le 119 peut-il
# aider une femme battue ?"): no one in particular is in danger; every signal is cancelled, unless
# the writer speaks of themselves or of someone of their own.
HYPOTHESE = _rx(
    r"^(?=.*\b(?:que faire (?:si|quand|lorsque|face a)|comment (?:signaler|faire un signalement|aider|reagir|proteger|reconnaitre|"
    r"savoir si|evaluer|reperer|detecter|prevenir|aborder)|a qui (?:s adresser|signaler|faut il)|quelle (?:est la )?procedure|"
    r"(?:doivent|doit|dois je|faut il) (?:les |le |la )?signaler|est ce que le (?:115|119|3919|3114|17)|"
    r"le (?:115|119|3919|3114) (?:peut|aide|s occupe|est)|qui (?:faut il )?appeler (?:si|quand|lorsque)|que dit la loi|"
    r"quels sont les (?:signes|droits)|est ce (?:grave|normal|un delit))\b)"
    r"(?=.*\b(?:un|une|des|les) (?:enfant|enfants|femme|femmes|personne|personnes|mineur|mineurs|jeune|jeunes|ado|ados|bebe|"
    r"victime|victimes|homme|hommes|parent|parents|sans abri|sdf|usager|usagere|usagers|beneficiaire|beneficiaires|patient|"
    r"patiente|patients|eleve|eleves|resident|residente|residents)\b)"
    # (not a case met now: « une élève nous dit que son père vient la nuit… elle ne veut pas rentrer ce soir »; nor one's own
    # household, said « on »: « est-ce normal qu'un enfant de 4 ans pleure de faim ? on a donné le dernier yaourt à midi »)
    r"(?!.*\b(?:me|m|moi|mon|ma|mes|notre|nos|je|j|nous dit|nous a dit|nous raconte|nous a raconte|nous a confie|ce soir|"
    r"cette nuit|on a (?:donne|mange|plus|pas|rien|eu)|on n a|on attend|nous avons|nous n avons)\b)",
    # whether a profession must report (« est-ce que les assistantes maternelles doivent signaler les enfants en danger ? »)
    r"^(?=.*\b(?:doivent|doit|faut il|dois je|est ce qu on doit|on doit) (?:les |le |la |l )?signaler\b)(?=.*\b(?:les|des|un|une) "
    r"(?:enfants?|personnes?|femmes?|victimes?)\b)(?!.*\b(?:mon|ma|mes|notre|nos) (?:enfants?|fils|fille|bebe|filles)\b)",
    # what the law says when one meets a stranger in danger (« si on croise quelqu'un qui dort dehors et qu'on n'appelle
    # personne, on risque quoi ? question de curiosité »)
    r"^(?=.*\b(?:si on|si l on|si quelqu un|quand on) (?:croise|voit|trouve|rencontre|entend|apprend|decouvre)\b)"
    r"(?=.*\b(?:on risque|que dit la loi|est ce (?:obligatoire|un delit|grave|puni)|question de curiosite|par curiosite|doit on|"
    r"faut il|en general|s applique|non assistance|debat)\b)(?!.*\b(?:me|m|moi|mon|ma|mes|notre|nos|je|j)\b(?! collegues?\b))")


# A story told about fiction (a film, a novel one writes), unless the writer says it is theirs too.
FICTION = _rx(
    # a book studied in class (« on étudie Les Misérables et les élèves demandent… »)
    # a novel's or a film's story (« dans Germinal les mineurs meurent de faim »)
    r"\bdans (?:germinal|les miserables|l assommoir|oliver twist|les raisins de la colere|la serie|une serie|le dessin anime|"
    r"un dessin anime)\b",
    r"\b(?:on etudie|nous etudions|j etudie|on lit|nous lisons|on travaille sur) (?:\w+ ){0,3}(?:les miserables|germinal|l assommoir|"
    r"un roman|le roman|un livre|le livre|une oeuvre|un texte|une piece|un poeme)\b",
    # a narrator, a book's character (« on étudie L'Enfant de Jules Vallès, où le narrateur est battu par sa mère »)
    r"\b(?:le|la|du|au) narrat(?:eur|rice)\b|\bpersonnage (?:principal|du livre|du roman|de l histoire)\b",
    # a book read for a reading club (« je lis Le Consentement pour mon club de lecture »)
    r"\bclub de lecture\b|\bcercle de lecture\b",
    # a book read with one's pupils (« j'ai lu Les Misérables avec mes élèves »)
    r"\b(?:j ai lu|on a lu|je lis|nous lisons|on lit|j etudie|on etudie) (?:\w+ ){1,5}avec (?:mes|nos|les) (?:eleves|etudiants|"
    r"classes?|collegiens|lyceens)\b",
    # a favourite film or book named (« mon film préféré c'est Into the Wild, le gars qui finit par mourir de faim »)
    r"\b(?:mon|ma) (?:film|serie|livre|roman|bd|manga|chanson) (?:prefere|preferee|culte)\b",
    r"\b(?:dans|d|de) (?:le|la|l|un|une|mon|ma|ce|cette|leur|son|sa) (?:film|serie|feuilleton|roman|livre|bd|manga|documentaire|"
    r"reportage|episode|emission|piece de theatre|jeu video|telefilm|polar|thriller)\b",
    r"\b(?:en train de regarder|je regarde|on regarde) (?:un|une|le|la) (?:film|serie|reportage|documentaire|telefilm) sur\b",
    # a programme seen last night (« le téléfilm hier soir avec le mari qui frappe sa femme »)
    r"\b(?:le|la|un|une|ce|cette) (?:telefilm|film|serie|feuilleton|episode|reportage|documentaire) (?:d )?(?:hier|hier soir|de hier soir|"
    r"de ce soir|d hier|de dimanche|de samedi)\b",
    r"\b(?:j ecris|j ai ecrit|je lis|j ai lu|je regarde|j ai regarde|j ai vu|on a vu|on regarde) (?:un|une|le|la|mon|ma) "
    r"(?:film|serie|feuilleton|roman|livre|bd|documentaire|reportage|episode|telefilm|polar|thriller|nouvelle|scenario)\b",
    # an article read, a dissertation written (« j'ai lu un article sur le mariage forcé », « j'écris un mémoire sur le
    # non-recours »): a subject studied, nobody in danger
    r"\b(?:j ecris|j ai ecrit|je redige|je prepare|je fais|je lis|j ai lu|j ai vu|on a lu) (?:un|une|le|la|mon|ma) "
    r"(?:article|memoire|these|expose|rapport de stage)\b",
    # a work named and read now (« dans "Les Misérables" que je lis en ce moment, Fantine n'a plus rien à manger »)
    r"\bdans (?:les? |la |l )?(?!(?:courrier|lettre|message|mail|sms|dossier|document|formulaire|texto|journal intime)\b)\w+"
    r"(?: \w+){0,3} (?:que|qu) (?:je|j|on|nous) (?:lis|lisons|relis|ai lu|etudie|etudions|regarde|regardons)\b",
    # (not the drug: « ils prennent de l'héroïne »)
    r"(?<!de )(?<!prend )(?<!prennent )(?<!pris )\bl heroine\b|\ble heros\b|\b(?:le|mon|un) personnage\b",
    r"\b(?:mon|ma|la|le|une|un|cette|ce) (?:film|serie|feuilleton|roman|livre|documentaire|reportage|episode|emission|telefilm|"
    r"dessin anime|manga|bd|chanson|clip) (?:\w+ ){0,2}(?:parle|parlait|raconte|racontait|montre|montrait|traite|aborde|evoque)\w*\b",
    r"\b(?:la|une|cette|sa|leur) chanson (?:de|d|du|des|sur)\b",
    r"\b(?:la|une|cette|ce|le|un) (?:film|serie|feuilleton|roman|livre|documentaire|reportage|emission|telefilm) (?:\w+ ){0,2}"
    r"m a (?:fait pleurer|bouleverse\w*|touche\w*|marque\w*|fait penser|fait reflechir)\b",
    r"\bc etait (?:l histoire|un passage|une phrase|une replique) (?:du|d un|de son|de sa|de la|de) (?:livre|film|conte|dessin anime|"
    r"serie|roman|histoire)\b",
    # a part played on stage (« je joue une femme qui tente de se suicider dans une pièce »)
    r"\bje (?:joue|jouais|vais jouer|interprete|repete) (?:le role d |un role d |)(?:un|une|le|la) (?:\w+ ){0,2}qui\b",
    r"\b(?:une|la|ma|cette|notre) piece (?:de theatre|au theatre)\b",
    # a programme someone saw or heard (« mon fils a vu un reportage sur les enfants qui dorment dans la rue »), a
    # programme about a subject (« podcast très bien fait hier sur France Inter sur les violences conjugales »)
    r"\b(?:a|ont|avons|avez|j ai|on a) (?:vu|regarde|entendu|ecoute|lu) (?:un|une|le|la|ce|cette) (?:film|serie|reportage|"
    r"documentaire|podcast|emission|article|livre|roman|video)\b",
    r"\b(?:podcast|reportage|documentaire|emission|conference|article|debat)\b(?: \w+){0,8} sur (?:les|la|le|l|des)\b",
    # school work on a book (« on a une dissertation sur la maltraitance au XIXe siècle »)
    r"\b(?:une|ma|la|notre|cette) (?:dissertation|dissert|redaction|fiche de lecture|commentaire de texte|expose) (?:sur|a faire|"
    r"a rendre|de francais|d histoire|de philo)\b")
_MOI_AUSSI = _rx(r"\b(?:moi aussi|comme moi|et moi|ca m arrive|ca me rappelle|je vis (?:ca|la meme)|pareil (?:pour|chez) moi|"
                 r"chez moi aussi|comme chez moi|c est ce que je vis|c est mon cas|dans ma vie)\b")
# A professional or a volunteer asking about procedures, lists or training in general, with no
# particular person or moment in the message: no alarm ("infirmière scolaire, je cherche la liste
# des hébergements d'urgence pour mettre à jour notre classeur").
_PERSONNE_NOMMEE_OU_MAINTENANT = (r"(?!.*\b(?:ce soir|cette nuit|maintenant|en ce moment|m a dit|m a confie|une dame|un monsieur|"
                                  r"une femme|un homme|un enfant|une jeune|un jeune|ma fille|mon fils|ma mere|mon pere|je veux|"
                                  r"j ai envie)\b)")
PRO_GENERAL = _rx(
    # a worker of an association for victims asking about a benefit of a person already sheltered (« une usagère, mise à
    # l'abri depuis deux mois et plainte déposée, demande si elle garde ses allocations familiales »)
    r"^(?=.*\b(?:je travaille|je suis benevole|je suis salariee?|je suis intervenante?) (?:dans|a|pour) (?:une|l|un|notre) "
    r"(?:association|asso|structure|service|centre)\b)(?=.*\b(?:mise? a l abri|plainte deposee|en securite|hebergee? depuis)\b)"
    r"(?!.*\b(?:ce soir|cette nuit|maintenant|en ce moment|menace\w*|retrouve\w*|revenu|revient)\b)",
    # a point of law asked by one who studies or writes on it (« question de droit… je suis juriste stagiaire et je prépare
    # une note »)
    r"^(?=.*\b(?:question de droit|question juridique|je suis juriste|juriste stagiaire|etudiante? en droit|je prepare une note|"
    r"pour une note juridique)\b)" + _PERSONNE_NOMMEE_OU_MAINTENANT,
    # a subject set for an exam (« je prépare le concours d'assistante de service social, sujet : les violences »), nobody
    # named in danger now
    r"^(?=.*\b(?:concours|examen|partiel|oral|devoir|dossier d etude|bac|bts|diplome)\b(?: \w+){0,6} sujet\b)"
    + _PERSONNE_NOMMEE_OU_MAINTENANT,
    # the law on reporting asked by one who runs a place for children or trains its staff
    r"^(?=.*\b(?:la loi|la reglementation|les obligations|le cadre (?:legal|juridique))\b)(?=.*\b(?:signalement|signaler)\b)"
    r"(?=.*\b(?:mon personnel|mes salaries|mon equipe|notre equipe|nos salaries|former|formation|forme)\b)"
    r"(?!.*\b(?:ce soir|cette nuit|maintenant|en ce moment|m a dit|m a confie|ma fille|mon fils|ma petite|mon petit)\b)",
    # asked for the association where one volunteers (« je demande pour l'association où je suis bénévole »)
    r"^(?=.*\bje (?:demande|pose la question|me renseigne) pour (?:l|une|notre|mon|ma|la) (?:association|asso|structure|service|"
    r"equipe|centre|maraude|epicerie)\b)" + _PERSONNE_NOMMEE_OU_MAINTENANT,
    # what a job shows in general (« aux urgences on voit passer des tentatives de suicide, des femmes battues »), or the
    # questions a volunteer is often asked (« on me demande souvent si le RSA continue… »): nobody named in danger
    # (« je vois des » alone is no job's view: « je vois des points lumineux », a pregnant woman's sign, was cancelled)
    r"^(?=.*\b(?:(?:on|nous) (?:voit|voyons|croise|croisons|recoit|recevons|accueille|accueillons) (?:passer |souvent |"
    r"beaucoup |tous les jours |de plus en plus |)|je (?:croise|recois|accueille) (?:passer |souvent |beaucoup |tous les jours |"
    r"de plus en plus |)|je vois (?:passer|souvent|beaucoup|tous les jours|de plus en plus) )(?:des|beaucoup de|pas mal de|plein de)\b)"
    + _PERSONNE_NOMMEE_OU_MAINTENANT,
    r"^(?=.*\bon (?:me|nous) (?:demande|pose (?:la|cette) question) (?:souvent|regulierement|parfois|tout le temps|"
    r"de plus en plus)\b)" + _PERSONNE_NOMMEE_OU_MAINTENANT,
    # a training on first aid or prevention (« suivre la formation premiers secours en santé mentale pour repérer le risque
    # suicidaire chez mes collègues »), nobody named in danger now
    r"^(?=.*\b(?:formation|former|sensibilisation|module|stage|certificat|diplome)\b (?:\w+ ){0,6}(?:premiers secours|secourisme|"
    r"sante mentale|prevention|reperage)\b)(?!.*\b(?:ce soir|cette nuit|maintenant|en ce moment|m a dit|m a confie)\b)",
    r"^(?=(?:.*\b(?:je suis|en tant qu|en qualite d|nous sommes|je travaille (?:comme|en tant qu)) |\W*)(?:\w+ ){0,1}(?:infirmi\w*|medecin|docteur|sage femme|aide soignante?|auxiliaire de vie|aide a domicile|assistante? sociale?|"
    r"assistante? familiale?|travailleu\w* sociale?|educat\w*|enseignant\w*|professeur\w*|instit\w*|cpe|directeur|directrice|"
    r"benevoles?|animat\w*|mediat\w*|juriste|avocat\w*|psycholog\w*|secretaire de mairie|elue?s?|conseill\w*|"
    r".*\b(?:formation|reunion|equipe) (?:des |de nos |)benevoles|"
    r".*\b(?:notre|nos|pour l|pour notre|de notre|dans notre|a notre) (?:asso|association|structure|equipe|service|centre|ccas|"
    r"epicerie|accueil|classeur|benevoles|usagers|beneficiaires|publics?|permanence|ecole|college|lycee|cabinet)|"
    r".*\b(?:gens|personnes|familles|ceux) qu on (?:accueille|aide|recoit|suit|accompagne))\b)"
    r"(?=.*\b(?:liste|listes|annuaire|formation|former|presenter|presentation|reperage|reperer|procedure|procedures|"
    r"dispositifs?|orienter (?:les|des|ces)|expliquer aux|sensibilis\w*|atelier|documentation|plaquettes?|affiches?|mettre a jour|"
    r"financements?|subventions?|appel a projets|"
    r"domicilier|domiciliation|accompagner (?:les|des|ces)|"
    r"contacts? utiles|ressources|fiche|protocole|en general|habituellement|prevention|intervenants?)\b)"
    r"(?!.*(?<!quand )(?<!si )(?<!lorsqu )(?<!aucun cas )(?<!pas de cas )(?<!personne )\b(?:une (?:dame|femme|famille|maman|jeune|eleve|enfant|fille|fillette|personne|voisine|beneficiaire|usagere|patiente|"
    r"mere|residente)|un (?:monsieur|homme|jeune|eleve|enfant|garcon|beneficiaire|usager|patient|pere|bebe|ado|resident)|l enfant|"
    r"la petite|le petit|vient de|viennent de|"
    r"m a (?:dit|avoue|confie|revele|montre|glisse|appele|raconte)|ce soir|cette nuit|maintenant|en ce moment|aujourd hui|"
    r"ce matin|hier|tout de suite|\d+ ans|\d+ mois)\b)")

# The frames that also cancel "fort" signals of these types: a danger long past, told to ask
# for something else ("mon ex me frappait il y a 15 ans, je voudrais une aide pour le permis").
PASSE = _rx(
    r"\bil y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs|quelques|des) (?:ans|annees)\b",
    r"\bquand j etais (?:petit|petite|enfant|jeune|ado|gamin|gamine|mineur|mineure|etudiante?)\b",
    # a bad time of last year, over now (« l'an dernier… une nuit dans la voiture… mais maintenant c'est fini »)
    r"\b(?:l an dernier|l annee derniere|il y a (?:\d+|deux|trois|quelques) (?:mois|ans))\b(?=.*\bmaintenant c est (?:fini|termine|regle)\b)",
    r"\b(?:a l epoque|autrefois|dans le passe|des annees|il y a longtemps)\b",
    r"\b(?:l an dernier|l annee derniere)\b(?=.*\b(?:aides?|apa|droits?|allocations?|pensions?|bourses?|rsa|caf)\b)",
    # (followed since and better: « des idées noires l'an dernier, j'ai été suivie et ça va beaucoup mieux aujourd'hui »)
    r"\b(?:l an dernier|l annee derniere)\b(?=.*\b(?:ca va (?:beaucoup |bien |tellement |)mieux|je vais (?:beaucoup |bien |)mieux)\b)",
    # a danger of months ago, safe now (« elle est partie l'an dernier… elle est en sécurité et tout va bien maintenant »)
    r"\b(?:l an dernier|l annee derniere|il y a (?:\d+|deux|trois|quelques|plusieurs) (?:mois|ans))\b(?=.*\b(?:(?:est|suis|sont|sommes) "
    r"en securite|tout va bien maintenant|ca va bien maintenant)\b)",
    r"\ba eu un (?:avc|infarctus|malaise)\b",
    r"\bmaintenant (?:elle|il) a \d+ ans\b",
    r"\b(?:maintenant|aujourd hui) j ai (?:1[89]|[2-9]\d) ans\b|\ben (?:19\d\d|20[01]\d|202[0-5])\b|\bil y a (?:un|une) (?:an|annee)\b",
    r"\b(?:me|nous|lui|leur) racont(?:ait|aient)\b",
    # hurt before and well now (« adopté, maltraité dans son pays d'origine, il est bien chez nous maintenant »)
    r"\b(?:a ete|avait ete|ont ete) (?:maltraite\w*|battu\w*|abandonne\w*|neglige\w*)\b(?=.*\b(?:(?:il|elle|ils|elles) (?:est|sont|va|vont) "
    r"bien (?:\w+ ){0,2}maintenant|maintenant (?:il|elle|ils|elles) (?:est|sont|va|vont) bien)\b)",
    r"\b(?:l hiver|l ete|l automne|le printemps) dernier\b",
    # (« à 12 ans j'ai été… », not another's age with the verb avoir: « mon petit frère pleure il a 2 ans j'ai pris le
    # téléphone »)
    r"(?<!\bil )(?<!\belle )(?<!\bqui )(?<!\bon )\b(?:a|vers) (?:\d{1,2}) ans j (?:ai|avais|etais)\b|"
    r"\b(?:ado|adolescente?),? j (?:ai ete|etais|avais)\b",
    r"\b(?:me|nous) (?:frappait|battait|tapait|frappaient|battaient|menacait)\b(?=.*\b(?:divorce\w*|separe\w*|plus ensemble)\b)",
    # violence told in the past tense, the relationship ended: "après mon divorce (il me frappait, c'est fini)"
    r"^(?=.*\b(?:me|nous) (?:frappait|battait|tapait|frappaient|battaient|menacait|insultait|violait|etranglait)\b)"
    r"(?=.*\b(?:divorce\w*|separe\w*|plus ensemble|c est fini|plus de contact|plus aucun contact|il vit loin|elle vit loin)\b)",
    r"\b(?:maintenant|aujourd hui) j en ai (?:1[89]|[2-9]\d)\b",
    r"\bavant j (?:avais|etais)\b(?=.*\b(?:aujourd hui|maintenant|depuis)\b.*\b(?:ca va|je vais) (?:vraiment |beaucoup |bien |)mieux\b)",
    r"\bdans les annees (?:\d0|cinquante|soixante|soixante dix|quatre vingt|quatre vingt dix|19\d0)\b|"
    r"\b(?:il|elle) est (?:mort|morte|decede|decedee) depuis (?:longtemps|des annees|\d+ ans)\b",
    # the violence named as over, the one who did it in prison or far (« victime de violences conjugales, c'est fini :
    # il est en prison depuis 2022 et j'ai un nouveau logement »)
    r"^(?=.*\b(?:victime de violences?|violences? conjugales?|(?:me|nous) (?:frappait|battait)|agressee?s?)\b)(?=.*\b(?:c est fini|c est termine|"
    r"(?:l agresseur|l auteur|le type|l homme|il|elle) a ete (?:arretee?|interpellee?|condamnee?|incarceree?|mis en examen)|"
    r"(?:il|elle) est en prison depuis|(?:il|elle) a ete condamnee?|j ai refait ma vie|j ai (?:un|une) nouve(?:au|l) (?:logement|appartement|appart|vie)|"
    r"(?:on a|nous avons|j ai) divorce (?:en (?:19|20)\d\d|il y a \d+ ans)|(?:il|elle) (?:vit|habite) a l etranger)\b)"
    rf"(?!.*\b(?:encore(?! (?:{_DEMARCHES}))|toujours|recommence|revenu|"
    r"sort de prison|sorti|sortie|libere|liberee|ce soir|maintenant il|il me retrouve)\b)",
    r"\bquand j avais (?:\d|1[0-7]) ans\b(?=.*\bj ai (?:1[89]|[2-9]\d) ans\b)|\bj ai (?:1[89]|[2-9]\d) ans maintenant\b",
    # « à 20 ans…, j'en ai 45 »: an age of the writer's past, told against today's
    r"\b(?:a|vers) \d{1,2} ans\b(?=.*\bj en ai (?:[2-9]\d)\b)",
)
PASSE_TYPES = ("medicale", "violences", "sans_abri", "enfant", "faim")
_PASSE_RECENT = _rx(r"\bil y a (?:\d+|un|une|deux|trois|quatre|quelques|plusieurs) (?:jours|semaines?|mois)\b|"
                    r"\b(?:la semaine derniere|le mois dernier|le week end dernier|avant hier)\b|(?<!\bdepuis )\bhier(?: soir| matin)?\b|"
                    # a month named with an act in the past tense (« une crise cardiaque en mars, elle va bien »)
                    r"\b(?:a fait|a eu|ai fait|ai eu|avons eu) (?:\w+ ){1,4}en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
                    r"septembre|octobre|novembre|decembre)\b")
# A past suicide attempt told as history ("il y a 5 ans j'ai fait une tentative, depuis je suis
# suivie et je vais bien"): cancelled too, but only when the writer (or the person) says it is over.
GUERI = _rx(r"\b(?:je vais|il va|elle va|va) (?:tres |plutot |)bien\b|\b(?:a|ai|as|avons|ont) (?:tres |plutot |)bien recupere\b|"
            r"\bs est (?:bien |)remise?\b|\b(?:je suis|il est|elle est|est) (?:(?:bien |)(?:retablie?|guerie?)|suivie?|soignee?|stabilisee?)\b|"
            r"\b(?:il|elle) est (?:maintenant |)(?:stable|hors de danger)\b|\b(?:a|ai|ont) ete (?:bien |vite |)soignee?s? a temps\b|\b(?:il|elle) est (?:bien |)(?:rentree?|revenue?) (?:chez (?:elle|lui)|a la maison)\b|\bc est derriere (?:moi|lui|elle|nous)\b|\b(?:j ai|a|avons) refait (?:ma|sa|notre) vie\b|\bca va (?:beaucoup |bien |tellement |vraiment |)mieux\b|\b(?:je vais|il va|elle va) mieux\b|\bc est du passe\b")
TOUJOURS_LA = _rx(r"\b(?:encore(?! du mal a| des sequelles| un peu| quelques sequelles| avoir des| avoir droit| droit| le droit| beneficier)|recommence|de nouveau|a nouveau|j y repense|y pense encore|plus envie|envie de)\b")
# ... unless the danger is still there.
# Housed now after a time without a home (« avant je dormais dehors, depuis mars je suis en résidence sociale »,
# « SDF depuis 2019 mais j'ai une place en CHRS depuis six mois »): no night outside to answer. Apart from PASSE,
# whose « depuis » (still) these messages hold for the new home.
RELOGE = _rx(
    # homeless on paper only, housed by someone for long (« sans domicile fixe sur le papier mais en vrai je vis chez ma compagne
    # depuis 2 ans »)
    r"\b(?:sdf|sans domicile fixe|sans domicile|sans abri) (?:\w+ ){0,2}(?:sur le papier|sur les papiers|administrativement)\b"
    r"(?=.*\b(?:je vis|j habite|je loge|je suis heberge\w*|je dors) chez\b)(?!.*\b(?:ce soir|cette nuit|a la rue|mis dehors|"
    r"mise dehors|doit partir|dois partir)\b)",
    # housed now after a time outside (« mon frère a été à la rue l'hiver dernier, aujourd'hui il est logé »)
    r"\b(?:aujourd hui|maintenant|depuis),? (?:il|elle|ils|elles|je|on|nous) (?:est|sont|suis|sommes) (?:loge|logee|loges|logees|"
    r"relogee?s?|hebergee?s?) (?:par|dans|en|chez|a)\b(?!.*\b(?:ce soir|cette nuit|dehors ce soir|plus de place)\b)",
    # (the adverb after the verb: « je suis aujourd'hui logé en résidence sociale »)
    r"\b(?:je suis|il est|elle est|on est|nous sommes|ils sont|elles sont) (?:aujourd hui|maintenant|desormais|enfin) (?:loge|logee|loges|"
    r"logees|relogee?s?|hebergee?s?) (?:par|dans|en|chez|a)\b(?!.*\b(?:ce soir|cette nuit|dehors ce soir|plus de place)\b)",
    # a former homeless person (« ancien SDF »), no night outside said
    r"\b(?:ancien|ancienne|anciens|anciennes|ex) (?:sdf|sans abri|sans domicile fixe)\b(?!.*\b(?:ce soir|cette nuit|a la rue|dehors|"
    r"a nouveau|de nouveau|encore|redevenu\w*|plus de place)\b)",
    # a place found (« j'ai appelé le 115 hier et j'ai une place en CHRS pour 3 mois »), no night outside said
    r"\b(?:j ai|on a|nous avons) (?:eu |obtenu |trouve |enfin |)(?:une|un) (?:place|chambre|lit) (?:pour (?:\w+ ){1,4})?(?:en|au|dans un|dans une|a l) "
    r"(?:chrs|foyer|residence|hotel|centre|hebergement|cada|huda)\b(?!.*\b(?:ce soir|cette nuit|plus de place|doit partir|dois partir|"
    r"dehors|a la rue|demain|a partir de|des (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b)",
    # a roof found since a time named (« j'ai appelé le 115 le mois dernier et maintenant j'ai une place en CHRS »)
    r"\b(?:le mois dernier|la semaine derniere|il y a (?:\d+|deux|trois|quelques|plusieurs) (?:jours|semaines|mois))\b.*"
    r"\b(?:maintenant|aujourd hui|enfin) (?:j ai|on a|nous avons) (?:\w+ ){0,2}(?:place|chambre|logement|studio|appart\w*|toit)\b"
    r"(?!.*\b(?:ce soir|cette nuit|doit partir|dois partir|plus de place|a la rue|dehors)\b)",
    # housed by a relative for months and well (« sans domicile fixe sur le papier mais hébergé chez ma sœur depuis 1 an, ça
    # se passe bien »): an address is needed, not a roof tonight
    r"\b(?:heberge|hebergee|heberges|loge|logee|loges) (?:chez|par) (?:ma|mon|mes|des|une|un|notre|nos) \w+(?: \w+){0,2} depuis "
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|plusieurs|quelques) (?:mois|ans?|annees?)\b(?!.*\b(?:ce soir|cette nuit|demain|"
    r"(?:mis|mise|met|mettre|metre|foutu|foutue|fout) (?:\w+ )?dehors|vire|viree|virer|plus le droit|doit partir|dois partir|"
    r"faut que je parte|(?:je|on) dois (?:partir|quitter)|plus de place|peut plus (?:me|nous) (?:garder|heberger)|a la rue|"
    r"fin de (?:la )?semaine|ca se passe mal|plus possible)\b)",
    r"\bavant (?:je|j|on|nous) (?:\w+ ){0,1}\w+(?:ais|ait|ions|aient)\b(?=.*\b(?:maintenant|depuis \w+|aujourd hui) (?:\w+ ){0,3}"
    r"(?:je suis|j ai|on est|on a|je vis|je loue|j habite|nous avons|nous sommes) (?:\w+ ){0,3}(?:residence|logement|studio|"
    r"appart\w*|chrs|foyer|chambre|maison|hlm|bail)\b)",
    r"\bmais (?:j ai|on a|nous avons) (?:\w+ ){0,2}(?:place|chambre|logement|studio|appartement|appart) (?:\w+ ){0,3}depuis "
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques) (?:semaines|mois|ans)\b",
    # (« on a dormi trois semaines chez des amis et une nuit dans la voiture… maintenant c'est fini on a un appartement »)
    r"\b(?:j ai|il a|elle a|on a|nous avons|ils ont) (?:vecu|dormi|ete|passe \w+ \w+) (?:\w+ ){0,8}(?:a la rue|dehors|sdf|sans abri|"
    r"dans (?:ma|sa|une|leur|la|notre) voiture|par le 115)\b(?=.*\b(?:maintenant|aujourd hui|depuis|enfin) (?:\w+ ){0,3}(?:je suis|j ai|on est|"
    r"on a|je vis|j habite|il a|elle a|il est|elle est) (?:\w+ ){0,3}(?:residence|logement|studio|appart\w*|chrs|foyer|chambre|maison|"
    r"hlm|bail)\b)",
    r"\b(?:a|ont|avait|avaient) (?:vecu|dormi) (?:\w+ ){0,4}(?:a la rue|dehors|dans (?:sa|leur|une) voiture)\b.*\bmais (?:\w+ ){0,2}"
    r"(?:a|ont) (?:enfin |)(?:obtenu|trouve|eu) (?:un|une) (?:logement|appartement|appart|studio|place)\b",
    # sheltered for weeks by the département or the State (« j'ai été mise à l'abri avec mes enfants à l'hôtel par le département, on y
    # est pour un mois au moins »)
    r"\b(?:mise?s? a l abri|hebergee?s?|logee?s?) (?:\w+ ){0,4}(?:a l hotel|en hotel|au chrs|en chrs|en foyer|au foyer|en centre)\b"
    r"(?=.*\b(?:pour (?:un|une|\d+|deux|trois|quatre|six) (?:mois|semaines)|depuis (?:\d+|un|une|deux|trois|quelques|plusieurs) "
    r"(?:mois|semaines))\b)(?!.*\b(?:ce soir|cette nuit|demain|doit partir|dois partir|plus de place|a la rue|dehors|fin de (?:la )?"
    r"semaine|fin de (?:la )?prise en charge|fin de (?:l |mon |notre )?hebergement|notifie\w*|exclue?s?|expulse\w*|quitter)\b)",
    # put out long ago, living at someone's since (« il m'a mise dehors il y a 2 ans, depuis je vis chez ma mère »)
    r"\bil y a (?:\d+|deux|trois|quatre|cinq|six|plusieurs|quelques) (?:mois|ans)\b.*\bdepuis (?:\w+ ){0,2}(?:je vis|j habite|"
    r"je suis hebergee?|je loge|on vit|nous vivons|on habite|je suis) (?:\w+ ){0,1}chez\b",
)
# Someone else living on the street for long, a daily-life service asked for (mail, a shower, a bank
# account, clothes to give): an orientation, not a night to find. Not the writer's own night, not a
# night said to be tonight or cold, not a child, a baby, a pregnant woman or a sick person.
VIE_A_LA_RUE = _rx(
    r"^(?=.*\b(?:il(?! (?:y a|faut|fallait|faudrait|parait|semble|se peut))|elle|ils|elles|lui|un monsieur|une dame|un homme|une femme|un ami|une amie|mon ami|mon amie|des gens|les gens|"
    r"ces gens|aux gens|des personnes|les personnes|aux personnes|quelqu un|une personne|un jeune)\b)"
    r"(?!.*\b(?:je|j|on|nous)\b (?:\w+ ){0,2}(?:dors|dormons|dormi|suis|sommes|vis|vivons)\b)"
    # (nor the person's own nights, « je passe les nuits au lavomatique tant qu'il est ouvert »: « il » is the place)
    r"(?!.*\b(?:je|j|on|nous) (?:passe|passons) (?:les|mes|nos|toutes mes|toutes les) nuits\b)"
    # (the person's own tent or blankets: « ils ont enlevé ma tente avec toutes mes couvertures »)
    r"(?!.*\b(?:ma|mes|notre|nos) (?:tente|tentes|couvertures|duvet|duvets|cabane|campement)\b)"
    r"(?=.*\b(?:domiciliation|courrier|douches?|linge|compte bancaire|carte d identite|vetements|couvertures|duvets|sans adresse)\b)"
    # (nor a shelter taken away today, in the rain: « la police a démonté sa tente ce matin, il a plus rien et il pleut »)
    r"(?!.*\b(?:ce soir|cette nuit|gele|gel|froid|neige|bebes?|enceinte|enfants?|petits?|malade|blessee?|fievre|mineure?|ans|"
    r"pleut|pluie|demont\w*|expuls\w*|evacu\w*)\b)"
)
ENCORE = _rx(rf"\b(?:"
             # (not a paper that still counts, « le certificat médical de l'époque, est-ce que ça sert encore ? »)
             r"(?<!\bsert )(?<!\bservir )(?<!\bservent )(?<!\bvaut )(?<!\bvalent )(?<!\bcompte )encore"
             rf"(?! (?:{_DEMARCHES}|avoir le droit|droit|le droit|beneficier|faire une demande|remplir|envoyer|fournir|"
             # (a question of what the law still allows, « est-il encore possible de demander réparation ? »)
             r"possible|temps|valable|recevable|porter plainte))|"
             r"toujours(?! (?:pas|rien|droit|le droit))|recommence|de nouveau|aujourd hui il|maintenant il|ce soir|cette nuit|"
             # a routine told in the present (« elle fait le ménage et la cuisine toute la journée »: « il y a un an » dates
             # the arrival, not the harm)
             r"(?:fait|font|dort|dorment|travaille|travaillent|subit|subissent|reste|restent)(?: \w+){0,6} (?:toute la journee|tous les jours|"
             r"tous les soirs|chaque jour|chaque soir|jour et nuit)|"
             r"j y repense|"
             # the harm told in the present (« il m'enferme à la maison »: « arrivée il y a un an » dates the journey, not it)
             r"(?:il|elle|(?:mon|ma) (?:mari|femme|conjointe?|compagnon|compagne|copain|copine|ex|pere|mere|fils|fille|frere|soeur)) "
             r"(?:me|m) (?:enferme|frappe|bat|tape|menace|surveille|insulte|viole|etrangle|interdit|empeche|prend (?:tout|mon|ma|mes))|"
             # (not the time since the break-up: "on est séparés depuis longtemps")
             r"(?<!separe )(?<!separee )(?<!separes )(?<!separees )(?<!divorce )(?<!divorcee )(?<!divorces )(?<!parti )(?<!partie )"
             r"(?<!en prison )(?<!incarcere )(?<!condamne )(?<!mort )(?<!morte )(?<!decede )(?<!decedee )(?<!contact )(?<!etranger )"
             # (nor the harm stopped since: « il buvait quand j'étais enfant, il a arrêté depuis 15 ans »)
             r"(?<!arrete )(?<!cesse )(?<!sobre )(?<!abstinent )"
             # (nor « since then » closing a clause: « j'ai refait ma vie depuis et je suis bien »)
             r"depuis(?! (?:et|mais|donc|alors|je suis bien|tout va bien)\b)(?!$)|"
             r"a nouveau)\b")

# A joke: laughing or winking emoji, "mdr", "lol" ("je vais les étrangler 😅"). Read on the raw text.
_BLAGUE_BRUT = re.compile("[\U0001F602\U0001F923\U0001F605\U0001F643\U0001F606\U0001F61C\U0001F609\U0001F601\U0001F604"
                          "\U0001F61D\U0001F92A\U0001F644\U0001F926]")  # (and the eye roll, the facepalm: exasperation)
# What a joke is followed by: another subject, or a question about something practical.
_AUTRE_SUJET = _rx(r"\b(?:sinon|bon sinon|au fait|par contre|autre question|question|bref|enfin bref|du coup)\b",
                   # (a question asked without its question mark: « … haha, c'est quoi la case 12 »)
                   r"\b(?:c est quoi|qu est ce que|est ce que|comment (?:on|je|faire|ca)|ou est ce qu|quelle? est)\b",
                   r"\b(?:a quelle heure|c est quand|c est ou|c est combien|combien de temps|quels? (?:papiers|documents))\b")
# The threat made hanging on a nuisance (« ... si on me redemande un RIB une 4e fois »): a figure of exasperation
# (« si la caf me redemande encore mon avis d'imposition »: the pronoun after the one who asks)
_SI_ENCORE = _rx(r"\bsi (?:on|ils|elle|il|la|le|les|ca|cette|ce) (?:me |m |nous )?(?:\w+ ){0,1}(?:me |m |nous )?(?:redemande\w*|relance\w*|continue\w*|"
                 r"encore|une (?:\d+e|\w+eme|autre) fois)\b",
                 # (or a chore one has to do again: « jvais me pendre si jdois encore remplir un dossier caf »)
                 r"\bsi (?:je |j |jdois |je dois |j dois |faut |il faut )(?:\w+ ){0,1}encore (?:remplir|faire|refaire|envoyer|renvoyer|"
                 r"appeler|rappeler|attendre|scanner|imprimer|fournir)\b",
                 # (« je vais me pendre à force de remplir des formulaires 😂 »)
                 r"\ba force de (?:\w+ ){0,1}(?:remplir|faire|refaire|envoyer|renvoyer|appeler|rappeler|attendre|scanner|imprimer|"
                 r"fournir)\b")
BLAGUE = _rx(r"\b(?:mdr|mdrr+|lol|ptdr|xptdr|ha(?:ha)+h?|hihi\w*|xd|je rigole|je plaisante|pour rire|plus serieusement|"
             r"blague a part|treve de plaisanterie)\b")
# The joke taken back: « non sérieux », then distress said (not a question: « nan sérieux c'est quoi le délai »).
_SERIEUX = (r"\b(?:non|nan|nn) (?:serieux|serieusement|vraiment|sans rire|en vrai)\b (?:je suis serieux\w* |je rigole pas |"
            r"je plaisante pas )?(?:\w+ ){0,3}(?:je suis au bord|j en peux plus|"
            r"je vais pas bien|ca va pas|je suis a bout|je craque|je tiens plus|j ai plus la force)\b")
# (said serious, the figure of speech before it is taken back too: « au pire si ça passe pas c pas grave jme jetterai par la
# fenêtre… non en vrai jsuis sérieux j'en peux plus »)
_PRIS_AU_SERIEUX = _rx(_SERIEUX)
_PLUS_UNE_BLAGUE = _rx(_SERIEUX + "|"
                       # a bitter laugh at one's life, not a joke about the danger (« mdr la vie, j'ai un CDI et je dors sous
                       # une tente »)
                       r"\b(?:mdr|lol|ptdr|mdrr+) (?:la vie|ma vie|c est ma vie)\b|\b(?:la vie|ma vie) (?:mdr|lol|ptdr)\b|"
                       # the joke taken back by a means looked at (« lol. nan serieux ce soir jai regardé la poutre du garage
                       # longtemps »)
                       r"\b(?:non|nan|nn) (?:serieux|serieusement|sans rire|en vrai)\b (?:\w+ ){0,4}(?:regarde|fixe|fixais|regardais|"
                       r"prepare|achete|sorti|pris)\w* (?:\w+ ){0,2}(?:la|une|le|les|mes|ma|mon) (?:poutre|corde|crochet|rails|voie|vide|pont|"
                       r"fenetre|balcon|cachets|medicaments|medocs|comprimes|lame|rasoir|fusil|arme)\b")
# A street in an address ("je vis rue Victor Hugo", "12 rue du Moutier"): never "à la rue".
# Read on the raw text: a capital or a number names a street.
# (dots between, as a pun is typed: « je suis à la rue... de la République »)
_RE_ADRESSE = re.compile(r"\b(?:rue|avenue|boulevard|impasse|allee)(?:\s|\.{2,}|…)+(?:(?:de la|de l'|du|des|de|d')\s*)?(?=[A-Z\u00C0-\u00DD0-9])")
# Words quoted from a song, a poem, a title or a saying (« je chante "Je veux mourir sur scène" au karaoké », a poem
# on people sleeping outside for a writing workshop): not the writer's words, so not read for a danger. A quote
# without such a frame (« il m'a dit "je vais te tuer" ») is read as any other words.
_CADRE_CITATION = re.compile(r"(?i)\b(?:chansons?|chante|chanter|chantons|karaok[eé]|paroles|po[eè]mes?|refrain|titre|slogan|"
                             r"proverbe|dicton|citation|r[ée]plique|morceau|s'appelle|intitul[ée]e?)\b")
# (single quotes too, when they open after a space and close before one: never an apostrophe, « l'autre »)
_CITATION = re.compile(r"«[^»]{1,300}»|\"[^\"]{1,300}\"|“[^”]{1,300}”|(?<=\s)'[^']{3,300}'(?=[\s.,!?;:]|$)")

# Figures of speech and everyday uses that imitate a rule: they cancel the types they name,
# unless a strong phrase of that type is also there.
ANIMAL = _alt("chat", "chats", "chatte", "chaton", "chien", "chiens", "chienne", "chiot", "lapin", "hamster", "cochon d inde",
             "oiseau", "perruche", "poisson", "poissons", "cheval", "jument", "tortue", "animal", "animaux", "furet", "poule")
# A bump or a small burn, and the child plays: no emergency (violences, enfant; medicale has its own list).
_BOBO = r"\bs est (?:cogne|cognee|brule|brulee|fait mal)\b(?=.*\b(?:une bosse|il joue|elle joue|rigole|rit)\b)"
_PETITE_BRULURE = r"\bpetite brulure\b|\bpas de cloque\b"
# "ma mère va me tuer, j'ai perdu ma carte": a trifle after the threat.
_TUER_POUR_UN_RIEN = (r"\b(?:(?:va|vont|allait) me tuer|(?:vais|va) me faire tuer(?: par (?:ma|mon|mes) \w+)?)\b(?=.{0,40}\b(?:perdu|casse|cassee|oublie|rate|abime|raye|mauvaises? notes?|"
                      r"bulletin)\b)|"
                      # (a relative cross to learn what one does: « ma fille va me tuer si elle sait que je vous écris »)
                      r"\b(?:va|vont|allait) me tuer (?:si|s) (?:il|elle|ils|elles) (?:sait|savait|apprend|apprenait|voit|voyait|decouvre|"
                      r"decouvrait) (?:que|qu|ce que)\b")
# Money hyperboles: a creditor "va me tuer si je paie pas".
_CREANCIER = r"(?:proprietaire|proprio|bailleur|agence|syndic|banque|banquier|huissier|creancier|patron|chef|patronne)"

# A punishment that takes away a screen or an outing, not food, sleep or warmth.
_PRIVATION_ANODINE = (r"\bpriv\w* (?:de |du |d )(?:mon |ma |mes |son |sa |ses |leur |)(?:telephone|portable|console|tele|"
                      r"television|sorties?|ordi|ordinateur|jeux?|jeux video|internet|wifi|argent de poche|dessert|switch|play|"
                      r"playstation|tablette|ecrans?|reseaux)\b(?! (?:\w+ ){0,2}(?:de |des |du )?(?:repas|manger|nourriture|soins)\b)|"
                      # strict about homework and games (« il me fait faire mes devoirs 2 heures, je peux pas jouer à la console en
                      # semaine, c'est abusé non ? »)
                      r"\b(?:peux|peut|pouvons|ai|a) (?:pas|plus|jamais) (?:le droit de )?(?:jouer|toucher) (?:a la |a ma |aux |a mes |a )"
                      r"(?:console|switch|play|playstation|tablette|jeux? video|ordi|telephone)\b(?=.*\b(?:devoirs|en semaine|le soir|"
                      r"strict\w*|abuse\w*|severe\w*)\b)")
# The field of each danger: one word of it (a person, a body, a night, food, a means, an end), however the
# message is written. Broad on purpose. A vote of the classifier alone (DIET) on an answer to a form question
# counts only when the answer holds a word of its danger's field (``dans_son_champ``, actions/situation.py):
# « seul » answering « vivez-vous en couple ? » was read as a medical emergency, « plus d'ARE, juste l'ASS » as
# suicide. Not applied to first messages: there it lowered the false alarms of the development sets (dev6 17 →
# 10, dev7 10 → 6 of 110, recall unchanged) but on the four held-out sets it missed 13 emergencies more for 6
# false alarms less (2026-12-02, bench/safety.py), and a miss costs more than a gentle false alarm.
THEMES: dict[str, re.Pattern[str]] = {
    "suicide": _rx(
        r"\b(?:mour\w*|meur\w*|mort\w*|crev\w*|deces|decede\w*|vivre|vie|vivant|suicid\w*|fini\w*|fin|partir|pars|parti|"
        r"disparai\w*|adieux?|au revoir|lettres?|tuer|tue|pend\w*|saut\w*|jet\w*|pont|balcon|fenetre|toit|trains?|voies|"
        r"rails|medic\w*|medocs?|cachets?|comprimes?|pilules?|boites?|corde|arme|fusil|rejoindre|force|envie|quoi bon|"
        r"sert a rien|utilite|leguer|legue|donne\w*|testament|plus la|plus besoin|plus l usage|dernier\w*|bout|craque\w*|"
        r"epuise\w*|noir|fardeau|peser|pese|desole\w*|pardon|calme|endormir|veines|lame|couteau|souffr\w*|douleur|seule?|"
        r"personne|triste\w*|desespo\w*|deprim\w*|courage|sombre|perdu|perdre|ferme|dettes?|ruine|peau|peine|"
        r"arreter|stop|inutile|poids)\b"),
    "violences": _rx(
        # (not « il » or « lui »: every answer about a man holds them; « il a 3 enfants, tous adultes » got the lines)
        r"\b(?:mari|femme|conjoint\w*|copain|copine|compagn\w*|concubin\w*|mec|ex|epou\w*|pacs\w*|homme|frapp\w*|"
        r"cri\w*|hurl\w*|fait du mal|fait mal|"
        r"coups?|battu\w*|bat|tap\w*|gifl\w*|cogn\w*|tabass\w*|etrangl\w*|menac\w*|tuer|peur|enferm\w*|surveill\w*|"
        r"control\w*|carte|argent|telephone|tel|portable|passeport|papiers|insult\w*|viol\w*|forc\w*|sexe|sexuel\w*|"
        r"casse|couteau|bless\w*|bleus?|marques?|cach\w*|fuir|partir|quitter|harcel\w*|suit|suivi\w*)\b"),
    "enfant": _rx(
        r"\b(?:enfants?|fils|filles?|bebes?|nourrisson|petite?s?|gamin\w*|gosses?|ados?|adolescent\w*|eleves?|neveu|niece|"
        r"cousin\w*|frere|soeur|mineure?s?|college\w*|ecole|lycee\w*|classe|maternelle|creche|ase|fillette|garcon|jeune|"
        r"parents?|pere|mere|papa|maman|\d{1,2} ans|\d+ mois|cm\d|6e|5e|4e|3e)\b"),
    "sans_abri": _rx(
        r"\b(?:dor\w*|nuits?|dehors|rue|abri|toit|heberg\w*|115|voiture|gare|tente|squat\w*|expuls\w*|porte|prison|"
        r"hopital|froid|hotel|foyer|chambre|logement|maison|adresse|parking|banc|duvet|sdf|sans domicile|ce soir|"
        r"cette nuit|demain|vire\w*|chass\w*|valise)\b"),
    "faim": _rx(
        r"\b(?:mang\w*|faim|nourri\w*|repas|frigo|colis|courses|aliment\w*|bouffe|lait|pain|riz|restos?|epicerie|"
        r"ventre|cantine|placards?|affame\w*)\b"),
    "medicale": _rx(
        r"\b(?:respir\w*|souffl\w*|etouff\w*|douleur\w*|mal|poitrine|coeur|tete|bras|jambe|fievre|temperature|degres|"
        r"convuls\w*|inconscien\w*|reagi\w*|reveill\w*|malaise|tomb\w*|sang|saign\w*|brul\w*|avale\w*|bu|produit|javel|"
        r"medic\w*|diabet\w*|insuline|sucre|avc|paralys\w*|bouche|parle|vomi\w*|bleu|pale|urgences?|hopital|samu|"
        r"pompiers|ambulance|crise|allerg\w*|gonfl\w*|enceinte|contractions?|eaux|dialyse\w*|chimio|oxygene|evanoui\w*|"
        r"coupe|plaie|visage|levre|yeux|oeil|froid|glace\w*|chute|crane|cou|ventre|malade|soins?|docteur|medecin|mort|"
        r"mourir)\b"),
}


# What harms a child, without the words that name children: in an answer to the children's own questions (« Quel
# âge ont vos enfants ? »), their ages and their school are the answer, not the field of a danger (« 8 ans et 13 ans,
# ils vont à l'école » got the 119 from the reader alone).
_MAL_FAIT_A_UN_ENFANT = _rx(THEMES["violences"].pattern,
                            r"\b(?:seule?s?|abandonn\w*|faim|mange\w*|pleur\w*|touch\w*|danger|maltrait\w*|negli\w*|"
                            r"place\w*|fugu\w*|disparu\w*|malade|fievre|hopital)\b")
QUESTIONS_SUR_LES_ENFANTS = ("enfants", "nb_enfants")


def dans_son_champ(kind: str, text: str, question: Optional[str] = None) -> bool:
    """Whether ``text`` holds a word of the field of the danger ``kind`` (``THEMES``); in an answer to a question
    about the children (``question``), a child's danger needs a word of harm, the children's words being the answer."""
    pattern = _MAL_FAIT_A_UN_ENFANT if kind == "enfant" and question in QUESTIONS_SUR_LES_ENFANTS else THEMES.get(kind)
    return pattern is None or bool(pattern.search(normalise(text or "")))


# Bruises from a combat sport or a match (« il rentre de la boxe avec des bleus mais il adore »): no harm done to a child
# or a grown-up (a figure of both types).
_SPORT = r"(?:boxe|judo|karate|rugby|mma|lutte|taekwondo|kick boxing|entrainements?|matchs?)"
_BLEUS_DE_SPORT = rf"\b{_SPORT}\b(?=.*\bbleus?\b)|\bbleus?\b(?=.*\b{_SPORT}\b)"

# Words that make a hurt or a trouble light (« en jouant », « rien de grave », « c'est réglé »), for a child's and a
# grown-up's figures alike; never before a « mais » that goes on to the harm (« rien de grave mais mon copain m'a dit… »).
_SANS_GRAVITE = r"en jouant|pour jouer|pour rire|rien de grave(?!(?: \w+){0,2} mais\b)|c est regle(?!(?: \w+){0,2} mais\b)|ca va mieux"


FIGURES: dict[str, re.Pattern[str]] = {
    "suicide": _rx(
        # a status that ends, not a life (« à la fin du mois je ne serai plus locataire, je cherche un logement »)
        r"\bje ne (?:serai|serais|suis) plus (?:locataire|proprietaire|heberg\w*|salarie\w*|etudiant\w*|inscrit\w*|apprenti\w*|"
        r"au chomage|a la caf|chez (?:mes|ma|mon) \w+|en cdd|en cdi|en interim|en couple|marie\w*|pacse\w*)\b",
        # a song, a film, a book studied or discussed (« la chanson L'enfer de Stromae parle de pensées suicidaires, on l'étudie
        # en cours de musique »)
        r"\b(?:chanson|film|livre|roman|serie|poeme|texte|clip|album|piece)\b (?:\w+ ){0,5}(?:parle|parlent|traite|traitent|aborde|"
        r"abordent) (?:de|d|du|des)\b(?=.*\b(?:etudie\w*|en cours|au lycee|au college|expose|dissertation|devoir)\b)",
        # a child's playground phrase, said laughing and talked over (« "je vais mourir si tu me prives de console" en rigolant,
        # c'était une expression de la cour de récré »)
        r"^(?=.*\b(?:en riant|en rigolant|en plaisantant|pour rire)\b)(?=.*\b(?:une expression|c etait pour rire|on en a parle|"
        r"cour de recre\w*)\b)",
        # the future of a disabled child after one's own death, planned (« si un jour je ne suis plus là et que mon fils
        # handicapé me survit, qui s'occupera de lui ? »)
        r"\b(?:si un jour|le jour ou|quand) (?:je ne|je) (?:suis|serai|serais) plus la\b(?=.*\b(?:me survit|me survivra|tutelle|"
        r"curatelle|foyer de vie|qui s occupera|que deviendra|heritage|succession|testament|obseques|contrat obseques)\b)",
        # ready to go, said laughing by someone in good health (« "je suis prête à partir" en riant, elle est en pleine forme »)
        r"^(?=.*\b(?:en riant|en rigolant|en plaisantant|pour rire)\b)(?=.*\b(?:pleine forme|en forme|se porte (?:tres |tres tres )?bien|"
        r"va tres bien|bon pied bon oeil)\b)",
        r"\bsuicide squad\b",
        # a hanging « to the phone » (« je vais me pendre… à mon téléphone encore une heure avec la CAF »): a wait complained of
        r"\bme pendre (?:a|au) (?:mon |ma |le |la |l |)(?:telephone|tel|portable|standard|ordi|ordinateur|ecran|boite vocale|"
        r"musique d attente)\b",
        # a song, a clip or a film that tells of it, heard by someone said to be well (« le clip de ce rappeur parle de se jeter d'un
        # pont, mon ado l'écoute en boucle mais il va bien »)
        r"^(?=.*\b(?:clips?|chansons?|morceaux?|films?|series?|romans?|livres?|rappeurs?|chanteurs?|chanteuses?)\b (?:\w+ ){0,3}"
        r"(?:parle|parlent|raconte|racontent|montre|montrent|chante|chantent) (?:de |d |qu |que |comment ))"
        r"(?=.*\b(?:(?:il|elle) va (?:tres |)bien|(?:il|elle) rigole|(?:il|elle) est (?:bien|heureux|heureuse|en forme))\b)",
        # an attempt past, the person in care and the doctors reassuring (« hospitalisé après une tentative de suicide, pris en
        # charge en psychiatrie depuis trois semaines, les médecins sont rassurants »): help already there
        r"^(?=.*\b(?:hospitalise\w*|pris en charge|prise en charge|en psychiatrie|en clinique)\b)"
        r"(?=.*\b(?:medecins?|psychiatres?|soignants?|docteurs?) (?:sont|est|se montrent|se montre) (?:plutot |tres |)rassurants?\b)",
        # an exasperation hung on a chore (« je vais crever si je dois encore remplir un dossier MDPH »)
        r"\b(?:je vais|jvais|j vais|vais) (?:crever|mourir|peter un plomb|craquer)\b(?= si (?:je |j |jdois |je dois |j dois |faut |"
        r"il faut )(?:\w+ ){0,1}(?:encore |re)\w*)",
        # where one wants to die one day, at home rather than in a hospital (« il veut mourir chez lui, pas à l'hôpital »)
        r"\b(?:veux|veut|voudrais|voudrait|prefere|preferes|prefererait|souhaite) mourir (?:chez (?:moi|lui|elle|nous|soi)|"
        r"dans (?:ma|sa|notre) maison|a la maison|dans (?:mon|son) lit)\b(?!.*\b(?:ce soir|cette nuit|cachets|medicaments|"
        r"medocs|corde|en finir|adieu)\b)",
        # the doctor's routine question, answered no (« il m'a posé la question des idées suicidaires, je lui ai dit que non »)
        r"\b(?:question|questions|parle|demande)\w* (?:\w+ ){0,3}(?:des |d )?idees (?:suicidaires|noires)\b"
        r"(?=.*\b(?:j ai dit|je lui ai dit|j ai repondu|je leur ai dit) (?:que )?non\b)",
        # what a benefit's recovery on one's estate will cost the heirs (« mes fils devront rembourser le minimum vieillesse
        # après ma mort ? »): a fear that keeps old people from claiming the ASPA, not a farewell
        r"^(?=.*\bapres (?:ma|mon|notre|nos) (?:mort|morts|deces)\b)(?=.*\b(?:rembours\w*|recuper\w*|repris\w*|reprendre|aspa|"
        r"minimum vieillesse|aide sociale)\b)(?=.*\b(?:devront|devra|vont devoir|va devoir|doivent|faudra|est ce|c est vrai|"
        r"risquent|peut on|peuvent|savoir si|je peux|sans que)\b)",
        # a parent's suicide long ago, told with the help received since (« ma mère s'est suicidée quand j'avais 12 ans, j'en ai
        # 34, je fais une thérapie et ça m'aide »)
        r"\b(?:s est (?:suicide\w*|pendue?|tuee?|jetee?)|mis fin a ses jours) (?:\w+ ){0,2}(?:quand j avais|quand j etais|il y a "
        r"(?:\d+|des|plusieurs) ans)\b(?=.*\b(?:j en ai|therapie|psy|ca m aide|ca va mieux|je vais mieux)\b)"
        r"(?!.*\b(?:moi aussi|je veux|je vais (?:le|la|les) rejoindre|envie de (?:mourir|partir|disparaitre)|rejoindre|"
        r"je comprends)\b)",
        # a book that speaks of a suicide (« je lis « Rien ne s'oppose à la nuit », ça parle du suicide de la mère de l'autrice »)
        r"\b(?:ca|il|elle|le livre|ce livre|le roman|ce roman|le film) parle (?:du|de la|de l) (?:suicide|mort|deuil)\b|"
        # (« j'ai lu … de Delphine de Vigan, ça parle de suicide »: the article left out, the book said)
        r"^(?=.*\b(?:ca|le livre|ce livre|le roman|ce roman|le film|ce film) parle de (?:suicide|mort|deuil)\b)"
        r"(?=.*\b(?:j ai lu|je lis|livre|roman|film|autrice|auteur|lecture)\b)|"
        r"\b(?:c est|il est|le livre est|le roman est) (?:sur|a propos) (?:le|du|la|de la) (?:suicide|mort|deuil)\b(?=.*\b(?:club de lecture|"
        r"livre|roman|autrice|auteur|lecture)\b)",
        # to hide under the duvet for the week-end (« envie de disparaître sous ma couette tout le week-end »)
        r"\bdisparaitre sous (?:ma|la|les|mes|une) (?:couette|couverture|couvertures|draps|plaid)\b",
        # a form that makes one « want to jump out of the window » (« ce formulaire cerfa me donne envie de me jeter par la fenêtre »)
        r"\b(?:formulaire|cerfa|dossier|paperasse|papiers|demarches|caf|administration|impots?|factures?|site|appli|application|"
        r"ce truc) (?:\w+ ){0,3}(?:me |m |nous )?(?:donne|donnent) envie de (?:me |nous )?(?:jeter|pendre|mourir|tirer une balle|"
        r"defenestrer|crever|disparaitre)\b",
        # saying one is not suicidal (« je ne suis pas suicidaire, je précise »), without a « but » after it
        # (a « but » that only leads to the question asked keeps it: « … suicidaire hein, mais je voudrais savoir comment on rédige
        # un testament »)
        r"\b(?:je ne suis|je suis|suis|ne suis) (?:pas|plus|absolument pas|pas du tout) suicidaire\b(?!.*\b(?:mais(?! (?:je voudrais|"
        r"j aimerais|je veux|je souhaite|je me demande|j ai une question|pouvez vous|est ce qu|savoir|comment)\b)|quand meme|parfois|"
        r"des fois|envie d en finir|envie de mourir|plus envie)\b)",
        # dark thoughts of long ago, over (« j'ai eu des idées noires à l'adolescence, c'est loin tout ça »)
        r"\b(?:j ai eu|j avais eu|j avais) des (?:idees noires|idees suicidaires|pensees suicidaires|pensees noires)\b"
        r"(?=.*\b(?:c est loin|c est du passe|c est fini|c est termine|a l adolescence|quand j etais|il y a (?:\d+|des|plusieurs) ans|"
        r"plus jeune|ca va mieux|je vais mieux|je vais bien)\b)(?!.*\b(?:reviennent|sont revenues|recommencent|de nouveau|a nouveau|"
        r"j y repense|en ce moment|ces temps ci|depuis quelques)\b)",
        # a habit's toll foretold, that one stops (« mon médecin m'a dit que si je continue à fumer je vais mourir avant 60 ans,
        # donc j'arrête »)
        r"\bsi (?:je|j) continu\w* (?:a |de |comme ca )?(?:\w+ ){0,3}(?:je vais|j vais|jvais|je risque de) mourir\b"
        r"(?=.*\b(?:fumer|clope\w*|cigarettes?|tabac|boire|alcool|manger|sucre|medecin|docteur|cardiologue|j arrete|arreter|patchs?|"
        r"sevrage)\b)",
        r"\bje (?:ne )?(?:pense|veux|compte|vais) (?:absolument pas|pas du tout|pas|jamais) (?:a )?(?:me faire du mal|me tuer|me suicider|en finir|mourir)\b"
        r"(?!.*\b(?:mais|quand meme|parfois|des fois|envie d en finir|envie de mourir|plus envie)\b)",
        # the reader reassured first (« Rassurez-vous je ne vais pas me jeter par la fenêtre, mais la CAF me fait perdre la tête »):
        # an exasperation, unless a wish of death is said after it
        r"\b(?:rassurez vous|je vous rassure|pas d inquietude|n ayez crainte|ne vous inquietez pas)\b(?: \w+){0,3} je (?:ne )?(?:vais|veux|compte) "
        r"(?:pas|jamais) (?:me jeter|me pendre|sauter|me tuer|me suicider|mourir|en finir|faire de betise|faire une betise)\b"
        r"(?!.*\b(?:envie d en finir|envie de mourir|plus envie de vivre|quand meme|parfois|des fois|j y pense)\b)",
        # self-harm told in the past and over (« je me scarifiais au lycée, c'est fini depuis longtemps »)
        r"\bje me (?:scarifiais|coupais|mutilais|faisais du mal|tailladais)\b(?=.*\b(?:c est fini|fini depuis|depuis longtemps|"
        r"au (?:lycee|college)|quand j etais|a l epoque|ado)\b)(?!.*\b(?:recommence|de nouveau|a nouveau|encore envie|j y repense|"
        r"envie de recommencer)\b)",
        # leaving to live elsewhere (« je veux partir vivre à l'étranger »)
        r"\bpartir (?:vivre|habiter|travailler|m installer|nous installer|s installer) (?:a|en|au|aux|ailleurs|loin|dans|chez)\b",
        rf"\b(?:mon|ma|mes|le|la|les|notre|un|une) (?:vieux |vieille |petit |petite |)(?:{ANIMAL}) (?:\w+ ){{0,3}}"
        r"(?:va|vont|allait|risque de|peut|pourrait|est en train de) mourir\b",
        r"\b(?:mourir|meurs|mort|morte|crever|creve) (?:de|d) (?:rire|honte|chaud|froid|fatigue|ennui|envie|faim|peur)\b",
        r"\b(?:mourir|disparaitre|rentrer sous terre) (?:tellement|tant) (?:j ai|j avais|je suis|j etais|c est|c etait) "
        r"(?:\w+ ){0,1}(?:honte|gene|genee|ridicule|nul|nulle|bete)\b",
        # a thing that dies is broken, a file « au point mort » stuck
        r"\b(?:voiture|bagnole|batterie|moteur|ordi|ordinateur|telephone|portable|frigo|machine a laver|imprimante|tele|"
        r"television|box|chaudiere|scooter|velo|reveil|reveille|chargeur|console|ecran|clavier|souris|four|micro ondes|lave linge|"
        r"lave vaisselle|seche linge|ampoule|pile|piles) (?:\w+ ){0,2}(?:est|sont|etait|a l air) (?:mort|morte|morts|mortes|decede)\b|"
        r"\bau point mort\b",
        # a scheme, a shop, a town that dies; a life « de galère » one is fed up with
        r"\b(?:prime|aide|allocation|rsa|apl|dispositif|reforme|loi|association|centre|commerce|entreprise|magasin|ville|quartier|"
        r"village|projet|boutique|bar|usine) (?:\w+ ){0,3}(?:va|vont|risque de|est en train de) mourir\b",
        r"\bmarre de (?:cette|ma|la) vie de (?:galere|chien|fou|dingue|fous)\b",
        # a pet's death; a teenager's drama over a screen taken (« il dit qu'il va mourir, je lui ai confisqué sa Switch »)
        r"\b(?:chien|chienne|chat|chatte|chaton|chiot|lapin|hamster|cochon d inde|poisson|perruche|cheval|tortue|animal) "
        r"(?:\w+ ){0,2}(?:est mort|est morte|est decede|est decedee|vient de mourir|a ete euthanasie|a du etre euthanasie)\b",
        r"\bva mourir\b(?=.*\b(?:console|switch|playstation|ps4|ps5|xbox|tablette|jeux? video|wifi|ecran|telephone|portable)\b)"
        r"(?=.*\b(?:confisque|privee?|interdit|pris|enleve|coupe)\b)",
        # working oneself to death
        r"\b(?:me|se|te) tuer (?:a la tache|au travail|au boulot|a la peine|a petit feu au travail)\b",
        r"\b(?:suicide|suicider) (?:social|commercial|politique|professionnel|collectif des)\b",
        r"\bca me tue\b|\bva me tuer\b(?=.*\b(?:formulaire|dossier|demarches?|papiers|caf|administration|boulot|travail|"
        r"impots?|factures?|chef|patron|gosses|enfants)\b)",
        r"\b(?:formulaire|dossier|caf|administration|boulot|travail|taf|impots?|factures?|demarches|ce truc|cette histoire) "
        r"(?:\w+ ){0,3}(?:va |vont |)(?:me tuer|m achever|me tue)\b",
        r"\bdisparaitre (?:des|du|de la) (?:fichiers?|listes?|registres?|banque)\b",
        # ending a thing, not one's life ("en finir avec mes dettes, ces papiers")
        r"\ben finir avec (?:mes|les|ces|ce|cette|cet|son|sa|ses|le|la|l|leur|leurs) (?!(?:vie|souffrance|existence)\b)",
        r"\b(?:tuerais|tuerai) pour\b",
        r"\bboss (?:final|de fin)\b|\bau niveau \d+\b",
        # (a trip with no ticket and no money is no trip)
        # (nor is one's own funeral, a one-way ticket, a going that is « pas un voyage »: the words of the end itself)
        r"\b(?:enterrement|obseques|funerailles|billet d avion|billet|voyage|demenagement)\b(?!.*\b(?:pas de billet|sans billet|pas un rond)\b)"
        r"(?<!pas de billet)(?<!pas voyage)(?<!pas un voyage)(?<!pas en voyage)"
        r"(?!.*\b(?:les miennes|le mien|la mienne|aller simple|sans retour|pour (?:ne )?(?:pas|plus) (?:revenir|rentrer))\b)"
        # (nor the funeral the family is spared paying for, after a means bought: « une corde hier… c'est pour que ma fille
        # ait rien à payer »)
        r"(?!.*\b(?:pour que|afin que|comme ca) (?:ma|mon|mes|nos|notre) \w+ (?:n )?(?:ait|aient|aie|ai|a) (?:rien|pas|pas un sou|"
        r"pas un centime) a (?:payer|sortir|regler)\b)"
        r"(?<!\bmes obseques)(?<!\bmes propres obseques)(?<!\bmon enterrement)(?<!\bmon propre enterrement)",
        r"\b(?:mort|morte|morts|mortes|decede|decedee|decedes|decedees|s est suicidee?s?)\b(?=.*\b(?:pension|reversion|veuvage|succession|obseques|orphelin|allocation|"
        r"assurance deces|capital deces|assurance vie|beneficiaire)\b)(?!.*\b(?:rejoindre|retrouver|en finir|mourir aussi|"
        r"plus l interet|plus d interet|continuer sans|plus envie de vivre)\b)",
    ),
    "violences": _rx(
        # a threat of the courts, not of harm (« mon ex me menace… de faire appel du jugement pour la garde »), nothing of
        # blows or death beside it
        r"^(?!.*\b(?:frapp\w*|tape\w*|coups?|tuer|tuera|etrangl\w*|couteau|arme|fusil|viol\w*|bat|battu\w*|brule\w*|mort|crever)\b)"
        r".*\bmenac\w*(?: \w+){0,3} (?:de |d )(?:faire appel|porter plainte|saisir (?:le juge|la justice|le jaf)|prendre un avocat|"
        r"demander la garde|(?:me |nous )?faire un proces|(?:m |nous )?attaquer en justice|(?:me |nous )?trainer (?:devant|au) tribunal|"
        r"(?:me |nous )?denoncer a la caf|(?:me |nous )?signaler a la caf|baisser la pension|arreter de payer la pension)\b",
        # the one who hit dead since (« mon ex-mari me frappait, je suis partie il y a 10 ans et il est décédé depuis »)
        r"\b(?:frappait|battait|tapait|cognait|violentait|maltraitait)\b(?=.*\b(?:il|elle) est (?:decede|decedee|mort|morte)\b)",
        # a relative convicted of violence, the sentence served (« condamné pour violences conjugales… il a purgé sa peine »)
        r"\b(?:condamnee?|condamnes?) pour (?:des )?violences\b(?=.*\b(?:purge\w*|sorti\w* de prison|sortant de prison|peine)\b)",
        # a child placed by a judge or the child protection after the harm, and well now (« le juge a confié mon neveu chez moi
        # après les coups de son père, il est bien maintenant, il a repris l'école »)
        r"\b(?:le juge|la juge|le juge des enfants|l ase|l aide sociale a l enfance|les services sociaux) (?:\w+ ){0,2}(?:a|ont|l a|les a) "
        r"(?:confie|place)\w*\b(?=.*\b(?:(?:il|elle|ils|elles) (?:est|sont|va|vont) (?:bien|mieux)|(?:a|ont) repris l ecole|"
        r"en securite)\b)",
        _BLEUS_DE_SPORT, _BATTU_A_UN_JEU,
        # violence one's job deals with (« mon mari est gendarme, il voit des violences conjugales tous les jours au travail »)
        r"\b(?:voit|vois|traite|traitons|gere|suit|suis) (?:\w+ ){0,2}(?:violences|agressions|viols|maltraitances?|victimes)\b"
        r"(?: \w+){0,5} (?:au travail|au boulot|dans son (?:travail|metier|boulot)|dans mon (?:travail|metier|boulot))\b",
        # violence denied by the writer (« m'empêche de voir mes enfants, rien de violent, des histoires d'avocats »)
        r"\b(?:rien de violent|aucune violence|jamais de violence|pas violent du tout)\b(?!.*\b(?:mais|sauf|par contre)\b)",
        # a thing one threatens in exasperation (« je vais étrangler mon imprimante »), a favour done (« mon copain me prête sa
        # voiture »)
        r"\b(?:etrangler|etrangle|tuer|buter|defoncer|massacrer|exploser|fracasser) (?:mon|ma|cette|cet|ce|la|le) (?:imprimante|"
        r"ordinateur|ordi|pc|telephone|portable|box|machine|frigo|scanner|tele|television|voiture|bagnole|velo|clavier)\b",
        # (not « me prête à ses amis », lent to others; nor a harm told beside the favour, « le patron me touche… le logement
        # qu'il me prête »)
        r"^(?!.*\b(?:frapp\w*|coups?|battu\w*|menac\w*|peur|viol\w*|insult\w*|crie\w*|hurle\w*|force\w*|touche\w*|coince\w*|"
        r"si je parle|argent|chantage)\b)(?=.*\b(?:me prete|m a prete|me pretent|m ont prete)\b(?! (?:a|aux) ))",
        # a partner's violence of long ago, apart for years and no contact (« mon ex-mari était violent, nous sommes divorcés
        # depuis 2015, il vit à l'étranger et je n'ai plus aucun contact avec lui »)
        r"^(?=.*\b(?:etait|a ete) (?:tres |vraiment )?violent\w*\b)(?=.*\b(?:divorcee?s?|separee?s?|partie?s?) depuis (?:(?:19|20)\d\d|\d+ ans|"
        r"des annees|longtemps)\b)(?!.*\b(?:encore|toujours|menace\w*|revient|reviendra|retrouve\w*|harcel\w*|me suit|peur|ce soir|"
        r"maintenant)\b)",
        # a hardship said not to be violence (« mon ex ne me laisse pas voir mes enfants… ce n'est pas violent »)
        r"\b(?:ce n est pas|c est pas|ca n est pas|ce n etait pas|il n est pas|elle n est pas|il est pas|elle est pas|"
        r"il n a jamais ete|elle n a jamais ete) (?:du tout |vraiment |)(?:violent|violente|dangereux|dangereuse|de la violence)\b"
        r"(?!.*\b(?:mais|sauf|par contre|quand il boit|quand elle boit)\b)",
        # a court case threatened (« mon ex m'a menacé d'aller au tribunal pour la garde »), no danger said
        r"\bmenace\w* (?:de |d )(?:aller |me trainer |m emmener )?(?:au|devant le|en) (?:tribunal|juge|justice|prud hommes)\b|"
        r"\bmenace\w* (?:de |d )(?:porter plainte|saisir le juge|faire un proces|demander la garde)\b",
        r"\bje ne suis pas en danger\b|\bje (?:ne )?suis pas en danger\b",
        r"\bpersonne ne (?:me|m) (?:frappe|bat|tape|violente|menace)\b",
        # struck by a quality (« il m'a frappé… par sa gentillesse »)
        r"\bfrappee?s?" + _PAR_UNE_QUALITE,
        # a parent's threat to put a grown child out, taken back
        _MENACE_DE_METTRE_DEHORS,
        r"\b(?:ne|n) (?:me|m) (?:bat|frappe|tape|brutalise) (?:pas|jamais)\b(?!.*\b(?:mais|sauf)\b)",
        # a hand never raised (« il n'a jamais levé la main sur moi, je précise »; « jamais il ne m'a touchée »)
        r"\b(?:n a|n ont|ne m a|ne l a) (?:jamais|pas|encore jamais) leve la main\b(?!.*\b(?:mais|sauf|jusqu a)\b)|"
        r"\bjamais (?:il|elle) (?:ne |n )?(?:m a|a) (?:touchee?|frappee?|levee? la main)\b(?!.*\b(?:mais|sauf|jusqu a)\b)",
        # a blow taken in training (« je fais du krav maga et je me suis pris un coup de poing à l'entraînement »)
        rf"\b(?:{_SPORT}|krav maga|sparring|combat|ring|tatami)\b(?=.*\b(?:coups?|pris un coup|pris des coups)\b)(?!.*\b(?:mon mari|mon copain|"
        r"mon conjoint|mon ex|il me|elle me)\b)",
        # an employer's threat to dismiss (« mon patron m'a dit qu'il allait me virer si je prenais encore un jour »)
        r"\b(?:patron|patronne|chef|cheffe|boss|employeur|directeur|directrice|manager|responsable|rh|boite)\b(?: \w+){0,6} "
        r"(?:me|nous) (?:virer|licencier|renvoyer|vire|licencie|renvoie)\b",
        # the blows of works (« des coups de marteau, il refait sa cuisine »), not a door broken down with a hammer
        r"\bcoups? de (?:perceuse|burin|maillet|visseuse)\b|^(?=.*\bcoups? de (?:marteau|masse)\b)(?=.*\b(?:travaux|refait|refaire|"
        r"bricol\w*|renov\w*|chantier|cuisine|salle de bain|tous les (?:matins|soirs|jours)|toute la journee)\b)",
        r"\btape sur les nerfs\b|\bme tape sur le systeme\b|\btape\w* (?:mes|des|une|ma|ses) (?:clopes?|cigarettes?|thune|"
        r"argent|sous|fringues)\b|\btape\w* (?:\w+ ){0,2}(?:mes|des|une|ma|ses) (?:clopes?|cigarettes?|thune|argent|sous)\b|"
        r"\btape\w* dans (?:le|un) ballon\b",
        r"\b(?:frappe|frappee|frapper) (?:a la porte|par la nouvelle|par la foudre|d une amende|d interdiction)\b",
        # « mon mari m'a frappée... d'une idée géniale », « agressée verbalement par un client »
        r"\bfrapp\w* (?:\w+ ){0,1}(?:d une|par une|par l) (?:idee|evidence|nouvelle|intuition)\b",
        r"\bagress\w* verbalement\b(?=.*\b(?:client|usager|collegue|patron|employeur|guichet\w*|travail|boulot)\b)",
        rf"\b{_CREANCIER}\b (?:\w+ ){{0,3}}(?:va|vont|veut) me (?:tuer|buter|massacrer|etrangler)\b",
        r"\bme (?:tuer|tuera|buter|massacrer) si je (?:ne |n )?(?:paie|paye|rembourse|rends|rend|suis en retard|rate|oublie)\b",
        # a school failure a parent will « kill » one for (« ma mère va me tuer si je redouble »)
        r"\b(?:va|vont|vas|allait|vais) me (?:tuer|buter|massacrer|defoncer) (?:si|quand) (?:\w+ ){0,4}(?:redouble|redoubler|rate|rater|loupe|"
        r"echoue|notes?|bulletin|bac|brevet|examen|controle|permis|retard de cours|conseil de classe)\b",
        r"\bmon (?:fils|ado|enfant|bebe|petit|chien|chat) me tue\b",
        r"\bviolente? (?:tempete|orage|pluie|crise de toux|migraine|douleur)\b|\b(?:tempete|orage|pluie|douleur|migraines?) violente\b",
        r"\b(?:etrangl|saign)\w* par (?:les|des|le|la) (?:charges|loyers?|impots|credits?|factures|syndic|banque|proprietaire)\b",
        r"\b(?:proprietaire|proprio|bailleur|agence|syndic)\b.*\b(?:saigne|etrangle|menace)\b",
        r"\b(?:" + _SANS_GRAVITE + r"|au judo|au sport|a la recre|jeu video)\b",
        r"\bpris (?:une|la) claque\b|\bun coup (?:au|de) moral\b|\bcoup de (?:blues|barre|fil|main)\b",
        r"\bcontrole (?:nos|les) depenses\b",
        # « j'ai le couteau sous la gorge avec la banque »: pressed by debts (not « il m'a mis le couteau sous la gorge »)
        r"\b(?:j ai|on a|nous avons|j avais) le couteau sous la gorge\b",
        # the violent partner removed from the home by a judge (« évincé du logement, j'ai une ordonnance de protection »), nothing
        # said of him since
        r"\b(?:evince|expulse|eloigne)e?s? (?:\w+ ){0,3}(?:par le juge|du logement|du domicile)\b(?!.*\b(?:revient|est revenu|rode|"
        r"menace|malgre|respecte pas|ne respecte|encore|toujours|peur|ce soir|cette nuit)\b)",
        r"\bcoups? de (?:fil|telephone|soleil|blues|coeur|stress|pression|fatigue|froid|chaud|barre|pompe|mou|vieux|pouce|main)\b"
        r"(?!.*\b(?:il|elle) (?:me|m) )",
        r"\b(?:m interdisent|m interdit) de sortir (?:le soir|la nuit|en semaine|tard)\b",
        r"\bviolent\w* dans (?:ses|son|les) (?:propos|paroles|discours|mots)\b|\bpolitique\b|\bc est violent\b",
        r"\b(?:parce que|car) j (?:avais|ai eu) (?:de )?(?:mauvaises notes|une mauvaise note|fait une betise)\b|(?<!il me )(?<!elle me )(?<!il la )\bpuni\w*\b",
        r"\b(?:formulaire|dossier|caf|administration|boulot|travail|taf|impots?|factures?|demarches|ce truc|cette histoire|"
        r"chef|patron|gosses) (?:\w+ ){0,3}(?:va |vont |)(?:me tuer|m achever|me tue)\b",
        r"\b(?:je me bats|me battre (?:pour|contre|avec|seule?|tous les jours)|nous nous battons|on se bat|se battre|"
        r"on s est battus?|s est battu|de me battre)\b",
        r"\b(?:au|a cause du|a cause de la|pendant le|pendant la|en faisant du|a la|en|fait du|fait de la|fait de l) (?:judo|sport|"
        r"foot|rugby|karate|boxe|handball|basket|gym|danse|escalade|equitation)\b",
        r"\bcertificat de coups\b",
        # the writer as the one who nearly hit (an outburst told), an animal that scratched or bit
        r"\bj (?:ai|avais) (?:failli|eu envie d|envie d|envie de) (?:\w+ ){0,1}(?:etrangl|tu|frapp|buter|massacr|assomm|gifl|"
        r"claqu|defonc|bouff)\w*",
        rf"\b(?:mon|ma|le|la|un|une|son|sa|leur) (?:vieux |vieille |petit |petite |)(?:{ANIMAL}) (?:\w+ ){{0,3}}(?:m a|me|m) "
        r"(?:griffe\w*|mordu\w*|mord|attaque\w*|pince\w*|saute dessus)",
        _TUER_POUR_UN_RIEN, _BOBO, _PETITE_BRULURE, _PRIVATION_ANODINE,
        # violence fled and the person safe now (« après avoir quitté mon conjoint violent, on est en sécurité et l'ordonnance
        # de protection est tombée »), nothing said to go on
        r"^(?=.*\b(?:on est|je suis|nous sommes|suis) (?:maintenant |enfin |desormais |bien |)(?:en securite|a l abri)\b)"
        r"(?=.*\b(?:quitte|quitter|parti|partie|partis|ordonnance de protection|maison d accueil|foyer|centre d hebergement)\b)"
        r"(?!.*\b(?:mais|encore|toujours|menace\w*|retrouve\w*|rode|suit|harcel\w*|ce soir|cette nuit)\b)",
    ),
    "enfant": _rx(
        # a question of law asked as such (« Question juridique : un parent peut-il laisser un enfant de 12 ans seul ? »)
        r"\bquestion (?:juridique|de droit|legale|theorique)\b(?!.*\b(?:en ce moment|maintenant|ce soir|la maintenant)\b)",
        # a child placed by a judge or the child protection after the harm, and well now (« le juge a confié mon neveu chez moi
        # après les coups de son père, il est bien maintenant, il a repris l'école »)
        r"\b(?:le juge|la juge|le juge des enfants|l ase|l aide sociale a l enfance|les services sociaux) (?:\w+ ){0,2}(?:a|ont|l a|les a) "
        r"(?:confie|place)\w*\b(?=.*\b(?:(?:il|elle|ils|elles) (?:est|sont|va|vont) (?:bien|mieux)|(?:a|ont) repris l ecole|"
        r"en securite)\b)",
        _BLEUS_DE_SPORT, _BATTU_A_UN_JEU,
        # children playing alone in a quiet yard (« les enfants de ma voisine jouent seuls dans la cour, c'est tranquille »)
        r"\bjouent seuls? (?:\w+ ){0,2}(?:dans|devant) (?:la cour|le jardin|le parc|la residence|le square)\b(?=.*\b(?:tranquille|"
        r"normal|aucun souci|aucun probleme)\b)",
        # children left with their family for the holidays (« nos ados restent chez leurs grands-parents pendant 15 jours »)
        r"\b(?:laiss\w*|rest\w*|confi\w*|gard\w*|va|vont|part|partent) (?:\w+ ){0,8}chez (?:leur|leurs|sa|son|ses|notre|nos|ma|mon) "
        r"(?:grand mere|grands parents|grand pere|mamie|papi|papy|tante|tata|oncle|tonton|parrain|marraine)\b"
        r"(?= (?:\w+ ){0,4}(?:vacances|week end|\d+ jours|quinze jours|l ete|pendant)\b)",
        # a tent in the garden for the holidays (« ma fille dort dehors ce soir... sous la tente dans le jardin avec ses cousines »)
        r"\b(?:tente|camping)\b.*\b(?:vacances|cousins?|cousines?|copains|copines|dans le jardin)\b",
        # a parent asking whether a teenager may stay home alone (« j'ai laissé ma fille de 15 ans seule ce soir pour le
        # cinéma, c'est légal ? elle a son tel »): a rule asked about, not a child left
        r"^(?=.*\b(?:1[2-7]) ans\b)(?=.*\b(?:c est legal|est ce legal|est ce que c est legal|c est autorise|a partir de quel age|"
        r"j ai le droit de (?:la |le |les )?laisser|c est interdit)\b)(?!.*\b(?:depuis (?:hier|\d+ jours|plusieurs)|pas mange|"
        r"frappe|bat|coups|peur)\b)",
        r"\b(?:film|films|serie|jeu video|jeux video|dessin anime|emission|clip|video|videos)\b (?:\w+ ){0,5}(?:violent\w*|gore|"
        r"d horreur|choquant\w*)\b",
        r"\bs est (?:battu|battue|bagarre|bagarree)\b|\bse sont (?:battus|battues|bagarres)\b|\bbagarre (?:a|au|devant|entre|"
        r"a la sortie)\b",
        r"\b(?:" + _SANS_GRAVITE + r"|au judo|au sport|au foot|"
        r"a la recre|jeu video|se bat avec|se battre avec|jouer a se battre|joue a se battre)\b",
        r"\btape\w* dans (?:le|un) ballon\b|\btape\w* (?:\w+ ){0,2}(?:mes|des|une|ma|ses) (?:clopes?|cigarettes?|thune|argent)\b",
        r"\b(?:au|a cause du|a cause de la|pendant le|pendant la|en faisant du|a la|en|fait du|fait de la|fait de l) (?:judo|sport|"
        r"foot|rugby|karate|boxe|handball|basket|gym|danse|escalade|equitation)\b",
        r"\bdisparu (?:du|des|de la) (?:groupe|liste|classe)\b",
        # a question about whom a scheme is for (« l'ASF, c'est pour les enfants en danger ou pour les parents seuls ? »)
        r"\b(?:c est|est ce|est elle|est il) (?:\w+ ){0,2}(?:pour|reserve\w* aux?) (?:les )?enfants en danger\b",
        r"\b(?:camping|camp scout|scouts?|colonie|bivouac|randonnee|festival)\b",
        rf"\b(?:mordu|mordue|griffe|griffee|pique|piquee)\w* par (?:un|une|le|la|son|sa|des|les) (?:{ANIMAL}|serpent|vipere|"
        r"scorpion|araignee|frelon|guepe|abeille|meduse|tique|moustique)\b",
        r"\b(?:enfant|fils|fille|ado) (?:est |)violent\w* (?:a l ecole|en classe|avec ses)\b",
        r"\b(?:m interdisent|m interdit) de sortir (?:le soir|la nuit|en semaine|tard)\b|\bparce que j avais de mauvaises notes\b",
        r"\b(?:placee?|place) (?:a l ase|en foyer|en famille d accueil)\b(?=.*\b(?:recuperer|allocations?|droit|aide)\b)",
        _PRIVATION_ANODINE,
        _BOBO, _TUER_POUR_UN_RIEN,
    ),
    "sans_abri": _rx(
        # someone seen outside, asked about in general (« la non-assistance, ça s'applique si je vois quelqu'un dormir dehors ? »)
        r"\b(?:si je vois|si on voit|quand je vois|quand on voit|si je croise|si on croise) (?:quelqu un|une personne|des gens|"
        r"des personnes|un sdf|un sans abri)\b",
        # a roof tonight said as such (« mon copain m'a laissé les clés, je dors chez lui ce soir »), a public building's door (« je
        # suis à la porte de la mairie, c'est fermé »), nothing said of a night outside
        r"\b(?:je dors|on dort|nous dormons|je vais dormir|on va dormir) chez (?:lui|elle|eux|mon copain|ma copine|mon ami|mon amie|"
        r"ma soeur|mon frere|ma mere|mon pere|mes parents|des amis|un ami|une amie) (?:ce soir|cette nuit)\b"
        r"(?!.*\b(?:demain|mais|apres|ensuite|plus rien|mis|mise|jete|jetee|vire|viree|dehors|a la porte)\b)",
        # a home now, the street long ago (« lontan mwen té ka dòmi an lari, atjèlman mwen ni an apatman HLM »)
        r"\b(?:atjelman|aktyelman|kounye a|kounyea|maintenant|aujourd hui|desormais) (?:mwen |mw |je |j |on |nous |)"
        r"(?:ni|a|ai|avons|gen|genyen|suis|sommes|habite|vis|loge|reste) (?:an |un |une |dans un |dans une |en |)"
        r"(?:apatman|appartement|appart|logement|studio|hlm|maison|kaz|lakay)\b(?!.*\b(?:ce soir|cette nuit|demain|expuls\w*)\b)",
        r"\ba la porte (?:de|du|des|d) (?:la |l )?(?:mairie|caf|agence|poste|ecole|banque|pharmacie|prefecture|bureau|magasin|salle)\b"
        r"(?!.*\b(?:serrure|dehors|dormir|dors|dort|ce soir|cette nuit|a la rue|mis|mise|jete|jetee|vire|viree)\b)",
        # a night out as a volunteer (« j'ai dormi dehors une nuit pour la Nuit de la solidarité, je suis bénévole »)
        r"\bnuit de la solidarite\b|\b(?:dormi|dormir|dors) dehors\b(?=.*\b(?:benevole|pour le comptage|pour l association)\b)",
        _MENACE_DE_METTRE_DEHORS, _METIER_AU_SERVICE,
        # homeless on paper or in jest (« sans domicile fixe au sens administratif seulement », « "SDF" comme il dit en
        # rigolant, il est forain et vit dans sa caravane »)
        r"\b(?:au sens administratif|administrativement parlant|comme (?:il|elle|je|on) (?:dit|dis) en (?:rigolant|riant|plaisantant))\b",
        # a shelter lived in for months, nothing ending (« en hébergement d'urgence depuis 8 mois dans un hôtel social, ça se
        # passe bien, je voudrais passer en vrai logement »): a roof tonight, a housing request to make
        r"\b(?:en|dans un|dans une|a l|au) (?:hebergement d urgence|hotel social|chrs|centre d hebergement)\b(?: \w+){0,6} depuis "
        r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|quelques|plusieurs) (?:mois|ans)\b"
        r"(?!.*\b(?:ce soir|cette nuit|dehors|a la rue|vire\w*|exclu\w*|fin de prise en charge|s arrete|termine|doit partir|dois partir|"
        r"devons partir|demain|plus de place|plus le droit)\b)",
        # a landlord's threat (« le proprio menace de nous mettre dehors », rent owed): an eviction needs a judge's
        # decision first — rent arrears to act on, not a night outside — unless the night or the lock is named
        r"^(?!.*\b(?:ce soir|cette nuit|aujourd hui|ce matin|tout a l heure|a l instant|serrures?|nous a mis|m a mise?|"
        r"nous a jete\w*|m a jete\w*|(?:mes|nos) affaires)\b)"
        r"(?=.*\b(?:proprio|proprios|proprietaire|proprietaires|bailleur|bailleuse|logeur|logeuse|agence|hlm)\b (?:\w+ ){0,2}"
        r"(?:menace|menacent|menacait|veut|veulent|voudrait|parle|parlent|va|vont|compte|dit qu il va|dit qu elle va) "
        r"(?:de |d )?(?:nous |me |m )?(?:mettre|jeter|virer|foutre|expulser)\b)",
        # a home denied (« je ne suis pas sans abri, je loge dans une résidence sociale »)
        r"\b(?:ne suis pas|suis pas|ne sommes pas|n est pas) (?:sans abri|sdf|a la rue|sans domicile|dehors)\b",
        r"\bpersonne (?:n )?est a la rue\b|\bpersonne n est dehors\b",
        # whether a landlord may put one out (« est-ce que le propriétaire peut nous mettre dehors en plein hiver ? »): a
        # question of the law (the winter truce), not a night outside now
        r"^(?!.*\b(?:ce soir|cette nuit|demain|aujourd hui|m a mise?|nous a mis|a change (?:la serrure|les serrures)|sans (?:toit|logement))\b)"
        r".*\b(?:peut|peuvent|pourrait|pourraient|a le droit de|ont le droit de|a t il le droit de|a t elle le droit de) (?:me|nous|m|les|le|la) "
        r"(?:mettre|foutre|jeter|expulser)\b(?: (?:dehors|a la porte))?",
        # in the street for an hour, looking for an office (« on est dans la rue depuis une heure… à chercher la CAF »)
        r"\bdans la rue depuis (?:une|1|deux|2|trois|3|\d+ ?min\w*|une demi) ?(?:heures?|h|minutes?)?\b(?=.*\b(?:chercher|cherche|"
        r"trouver|permanence|rue commercante|magasin|adresse)\b)",
        # a caretaker or a neighbour asking what to do for the homeless in general (« il arrive que des personnes sans
        # abri dorment dans le local vélos, quel numéro donner »)
        r"\b(?:il arrive que|parfois|l hiver|de temps en temps) (?:des|les) (?:personnes|gens|sdf|sans abri)\b(?=.*\b(?:quel numero|qui appeler|"
        r"que faire|la prochaine fois)\b)",
        r"\b(?:routier|chauffeur routier|camionneur|saisonnier en camping|forain|marin|transporteur)\b.*\b(?:camion|cabine|camping car)\b"
        r"(?!.*\b(?:repris|reprend|perdu (?:mon|le) (?:emploi|travail|boulot|camion|permis|appart\w*|logement)|vire|licencie|plus de camion|"
        r"(?:ce soir|cette nuit) c est)\b)",
        # a release months ahead with a roof arranged (« je sors dans 4 mois et ma sœur va m'héberger »)
        r"\b(?:sors|sortirai|sortira|sortie|libere\w*) (?:de prison |de detention )?(?:dans|en|d ici) (?:\d+|deux|trois|quatre|cinq|six|"
        r"quelques|plusieurs) (?:mois|semaines|ans)\b(?=.*\b(?:va m heberger|vont m heberger|m heberger|me loger|m accueillir|"
        r"j aurai un (?:logement|appart\w*|studio)|hebergement (?:est )?prevu)\b)",
        # « SDF du wifi », « sans domicile fixe du réseau »: a thing missing, not a home
        r"\b(?:sdf|sans domicile fixe|sans abri) (?:du|de la|des|de l|niveau) (?:wifi|internet|reseau|telephone|numerique|box|forfait|"
        r"boulot|travail|coeur|amour|emotions?|sentiments?|connexion|4g|5g)\b",
        r"\bc est (?:mon|notre) (?:boulot|travail|metier|choix|mode de vie)\b",
        # a night outside told as fun (« j'ai dormi dehors une nuit aux Vieilles Charrues, trop bien ! »)
        r"^(?=.*\b(?:dormi|passe (?:la|une) nuit) (?:dehors|a la belle etoile)\b)(?=.*\b(?:trop bien|genial|trop cool|c etait top|"
        r"c etait super|festival|concert|pour le fun|pour rire|souvenir)\b)",
        # figures asked about (« combien de personnes dorment dehors en France chaque nuit ? »)
        r"\bcombien (?:de personnes|de gens|de femmes|d hommes|d enfants|de familles|de sdf|de sans abri)\b",
        r"\b(?:camion|van|fourgon|fourgonnette|camping car) amenage\b|\bpar choix\b(?!.*\b(?:plus le choix|pas le choix)\b)",
        r"\b(?:peur|risque|risquer|crains|crainte|menace|eviter|de peur) (?:de |d )(?:me |nous |m |se )?(?:etre|retrouver|finir|"
        r"etre mis|etre mise|etre expulse\w*)\b",
        r"\b(?:chat|chien|chats|chiens|voiture) (?:dort|dorment) dehors\b|\bniche\b",
        r"\ba la rue (?:niveau|cote|question|financierement|pour) (?:budget|argent|thune|finances|sous)?",
        r"\ba la rue en (?:maths?|francais|anglais|histoire|physique|chimie|sciences|cours|classe|orthographe|informatique)\b",
        # (not a tent lived in for months for want of a home: « je dors au camping dans ma tente depuis juillet »)
        # (nor a tent for want of a home, « plus de logement… je dors au camping dans une tente »; nor a person locked out,
        # « bloquée dehors, la propriétaire est en vacances »)
        r"^(?!.*\b(?:(?:depuis|ca fait|cela fait) (?:\w+ ){0,2}(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
        r"novembre|decembre|mois|semaines|l ete|la rentree)|plus de logement|pas de logement|sans logement|plus d appart\w*|"
        r"(?:bloquee?s?|coincee?s?) dehors)\b)"
        # (a camping-car lived in is a home, not a holiday)
        # (nor a camp-site putting out the one who lives there, « je vis dans mon camping-car… le camping me met dehors demain »)
        r"(?!.*\b(?:(?:me|nous|m) (?:met|mettent|vire|virent|jette|jettent|chasse|chassent) (?:\w+ ){0,1}dehors|"
        r"vis dans (?:mon|ma|un|une) (?:camping car|caravane|mobil home))\b)"
        r"(?=.*\b(?:camping(?! car)|vacances|trajet|etoiles|randonnee|festival|road trip|pour le plaisir|camp scout|scouts?|colonie|"
        r"bivouac)\b)",
        r"\ba la rue\b.*\benfin (?:dans|a) la rue (?:de|du|des)\b",
        # (not tonight without a roof since: « plus de logement depuis mon expulsion en mars, je sais pas où aller ce soir »)
        r"^(?!.*\b(?:ou aller|ou dormir|nulle part|dehors|a la rue)\b (?:\w+ ){0,2}(?:ce soir|cette nuit)\b)"
        # (nor a car or the street slept in now, since: « je dors dans ma voiture depuis que j'ai été expulsé en novembre »)
        r"(?!.*\b(?:je dors|jdors|on dort|nous dormons|je passe (?:les|mes) nuits|on passe (?:les|nos) nuits) (?:\w+ ){0,2}"
        r"(?:voiture|dehors|rue|tente|parking|cave|gare|banc|camion)\b)"
        r"(?=.*\bexpuls\w* (?:en|au mois de|dans) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
        r"novembre|decembre|\d+|deux|trois|quelques|plusieurs)\b)",
        r"\b(?:115|samu social)\b.*\b(?:m a trouve|m ont trouve|trouve une place|prend (?:les|des) (?:chiens|animaux))\b",
        r"\bj ai ete (?:sdf|sans abri|a la rue|sans domicile)\b",
        # a street with its number is an address (« je suis à la rue... de la Paix, au numéro 12 »)
        r"\ba la rue" + _UNE_ADRESSE,
        # homeless years of the past, housed since (« les années où j'étais SDF… depuis je suis en logement social »)
        r"\b(?:j etais|quand j etais|je vivais|quand je vivais|je dormais|quand je dormais) (?:sdf|a la rue|dehors|sans abri|"
        r"dans la rue)\b(?=.*\b(?:depuis|maintenant|aujourd hui),? (?:je suis|j ai|on est|on a|nous sommes|je vis|j habite) "
        r"(?:\w+ ){0,2}(?:logement|appartement|appart|hlm|studio|logee?s?|relogee?s?|maison|toit)\b)",
        r"\bdormi dans (?:la|ma) voiture pendant\b",
        r"\b(?:pour une|pour un) (?:otite|fievre|examen|operation|accouchement|bronchiolite|angine|gastro)\b|\bon est rentres?\b|"
        r"\b(?:sommes|suis|est) rentre\w* (?:a la maison|chez nous|chez moi)\b",
        # outside a building one is waiting at ("dehors devant la mairie depuis 10 min, c'est fermé ?")
        r"\bdehors (?:devant|a cote de|pres de|a la porte de) (?:la|le|l|les|chez) (?:\w+ ){0,4}(?:depuis (?:\d+|dix|vingt|cinq) "
        r"(?:min|minutes)|ferme|ouvert|ouvre|rdv|rendez vous|guichet|accueil)\b",
    ),
    "faim": _rx(
        # people in general a worker of a food bank or a charity sees (« je bosse dans une épicerie solidaire, les gens viennent
        # parce qu'ils ont plus rien dans le frigo »)
        r"\b(?:les gens|des gens|les familles|des familles|les personnes|les usagers|les beneficiaires)\b (?:\w+ ){0,6}"
        r"(?:ils |elles )?(?:ont|n ont) (?:plus )?rien\b(?=.*\b(?:je bosse|je travaille|je suis benevole|benevole|salariee?|"
        r"travailleu\w* social\w*|assistante? sociale?|comment (?:on|je) (?:oriente|aide|fait))\b)",
        # food enough for tonight, help asked for later (« on a de quoi manger ce soir, c'est pour la suite du mois »)
        r"\b(?:on a|j ai|nous avons) (?:encore )?de quoi manger (?:ce soir|aujourd hui|pour ce soir|cette semaine)\b",
        rf"\b(?:{ANIMAL})\b (?:\w+ ){{0,2}}(?:qui a|qui ont|a|ont|meurt|meurent|creve) (?:tres |)faim\b",
        # hunger laughed at (« je meurs de faim lol c quand que la caf verse »)
        r"\b(?:faim|dalle)\b(?= (?:\w+ ){0,2}(?:lol|mdr|ptdr|xd|haha|hihi)\b)(?!.*\b(?:depuis|plus rien|rien mange|pas mange)\b)",
        # a pet's food lacking (« plus rien à donner à manger à mon chien »)
        rf"\b(?:donner a manger|nourrir|nourriture|croquettes|patee) (?:\w+ ){{0,1}}(?:a |au |aux |pour )?(?:mon|ma|mes|notre|nos|le|la|les) "
        rf"(?:vieux |vieille |petit |petite |)(?:{ANIMAL})\b",
        # pasta every day at the month's end, laughed at (« que des pâtes, vive la fin de mois d'étudiant, mais ça va »)
        r"\b(?:que|juste) des pates\b(?=.*\b(?:mais ca va|vive|lol|mdr|haha)\b)(?!.*\b(?:plus rien|faim|plus de pates)\b)",
        r"\bmeurs de faim\b(?= (?:vivement|j ai hate|en attendant|avant))|\bvivement (?:midi|ce soir|le repas|le dejeuner|le diner|"
        r"la pause|l apero|le gouter)\b",
        r"\bfaim de (?:loup|reussir|reussite|victoire|vivre|connaissance|liberte|justice)\b",
        r"\b(?:reclament|reclame|veulent|veut|demandent|attendent) (?:le|leur|son|un) gouter\b",
        # short at the end of the month but eating ("le frigo est presque vide, on mange mais c'est juste")
        r"\b(?:presque|a moitie|souvent|un peu) vides?\b|\bon mange mais\b|\bon s en sort\b|"
        r"(?<!pas )(?<!plus )\b(?:mange|mangeons|mangent) a (?:notre|ma|leur|sa) faim\b",
        r"\bmeurs de faim de\b",
        # a lunch skipped for lack of time (« je meurs de faim, j'ai pas eu le temps de manger ce midi »)
        r"\b(?:pas eu|pas|jamais) le temps de (?:manger|dejeuner|diner|grignoter)\b",
        # (or not taken yet, a break coming: « je meurs de faim là j'ai pas encore déjeuné, vite fait avant ma pause »)
        r"\b(?:pas encore|toujours pas) (?:dejeune|mange|dine|pris (?:mon|le) (?:dejeuner|repas|petit dej\w*))\b"
        r"(?!.*\b(?:depuis|hier|plus rien|rien (?:mange|avale)|frigo (?:est |)vide|placards? (?:sont |est |)vides?)\b)",
        # the pay said too low for the work (« on crève la dalle dans cette boîte, ils paient pas les heures sup »)
        r"\b(?:creve|crever|crevons|crevent) la dalle (?:dans (?:cette|la|ma|notre) (?:boite|entreprise|societe|usine|equipe)|"
        r"au (?:boulot|taf|travail))\b",
        # (a fast, not « le plus jeune »: « je donne ce qui reste au plus jeune » is a child fed first)
        # (not a fast with nothing to break it: « on fait le ramadan mais y a rien pour le ftour ce soir, le frigo est vide »)
        r"^(?!.*\b(?:rien pour (?:le |l )?(?:ftour|iftar|rompre)|(?:frigo|placards?) (?:est |sont )?vides?|meme pas (?:du|de) pain)\b)"
        r".*(?:\b(?:regime|jeuner|ramadan|careme|jeune intermittent)\b|\bje jeune\b|"
        r"\b(?:fais|fait|faisons|faire|pendant|durant|periode de|mois de|rompre|romps) (?:le |un |du |mon |son |leur |)jeune\b)",
        # (not hunger hidden: « elle me dit qu'elle n'a pas faim pour ne pas déranger »)
        r"\bpas faim\b(?! depuis)(?! (?:\w+ ){0,2}pour ne pas (?:deranger|embeter|inquieter|gener))",
        # the hunger of one's childhood (« quand j'étais petit on n'avait souvent rien à manger »), none said today
        r"\bquand (?:j etais|on etait) (?:petit\w*|enfant\w*|jeune\w*|gamin\w*|ado\w*)\b (?:\w+ ){0,3}(?:n avai\w*|avai\w* rien|"
        r"mangeai\w* pas|manquai\w*)\b(?!.*\b(?:encore|toujours|pareil|ce soir|depuis|vides?|plus rien|faim)\b)",
        # a fear for someone's meals later (« j'ai peur qu'elle n'ait pas assez pour manger là-bas »)
        # hunger in a game (« un jeu de survie où il faut manger sinon on meurt de faim »)
        r"\bjeux? (?:video |de survie |de role |en ligne |)(?:\w+ ){0,8}(?:meurt|meurent|mourir|mort) de faim\b|\bjeu de survie\b|"
        r"\b(?:peur|crains|inquiete?|angoisse) (?:de |d )(?:ne )?(?:plus|pas) (?:pouvoir|arriver a|reussir a) (?:nourrir|donner a manger|"
        r"faire manger|acheter a manger)\b(?=.*\b(?:apres|en (?:juin|juillet|septembre|janvier)|le mois prochain|bientot|quand|si)\b)|"
        r"\b(?:peur|crains|inquiete?|angoisse) (?:qu |que )(?:\w+ ){0,5}(?:n ait|n aie|n aient|manque) (?:pas |plus )?(?:assez|de quoi) "
        r"(?:pour |a )?manger\b",
        # hungry now, a meal coming (« g faim mais tkt je vais manger, c'est la cantine du taf qui est fermée »)
        r"\bfaim\b(?: \w+){0,4} (?:je vais|vais|on va|je mange|on mange) manger\b|\bfaim\b(?: \w+){0,4} je (?:mangerai|mange ce soir)\b",
        r"\b(?:pas|plus|jamais) (?:mange|manger) (?:de |d )(?:viande|porc|poisson|sucre|gluten|legumes|fruits|fromage)\b|"
        r"\bvegetarien\w*|\bvegan\w*|\bhalal\b",
    ),
    "medicale": _rx(
        # a baby's milk brought up after a feed, no sign with it (« mon bébé a avalé son lait trop vite et a régurgité »)
        r"\bregurgit\w*\b(?!.*\b(?:sang|vert\w*|respire|bleu\w*|mou|molle|fievre|reagit|inconscient\w*|jet|deshydrat\w*|"
        r"tout le temps|chaque biberon)\b)",
        # help already come and the person in hospital (« l'ambulance est venue ce matin… elle est à l'hôpital, ils la gardent »)
        r"\b(?:ambulance|pompiers|samu|smur) (?:est|sont) (?:deja )?(?:venue?s?|passee?s?|intervenue?s?)\b"
        r"(?=.*\b(?:a l hopital|hospitalise\w*|emmene\w*|(?:la|le|les) gardent|aux urgences)\b)",
        # a nosebleed that stopped (« j'ai saigné du nez ce matin, ça s'est arrêté au bout de 5 minutes »)
        r"\bsaign\w* du nez\b(?=.*\b(?:arrete|arretee|stoppe|passe)\b)",
        r"\b(?:maison|immeuble|toit|plafond|batiment|mur|case|pont|plancher|cabane|hangar)\b (?:\w+ ){0,4}"
        r"s (?:est |)(?:effondr|ecroul)\w*",
        r"\b(?:avale|avaler) de travers\b(?!.*\b(?:ne respire|bleu|s etouffe)\b)",
        r"\b(?:rhume|dents|egratignure|bobo|entorse|nausees|mal au dos|migraines?)\b(?!.*\b(?:ne respire|inconscient|convuls)\b)",
        r"\bmalaise vagal\b(?=.*\b(?:ce n est rien|rien de grave|la semaine derniere)\b)",
        _sauf_apres("dit qu", "dit que", "dit qu il", "dit qu elle") + r"\b(?:tout va bien|le medecin (?:dit|a dit) que|rien de grave|ca va mieux|c est passe|il va bien|elle va bien)\b(?! mais)",
        # (the person home again and better: « elle a fait un malaise hier, le SAMU est venu, elle est rentrée le soir et va
        # beaucoup mieux »)
        _sauf_apres("dit qu", "dit que", "dit qu il", "dit qu elle") + r"\bva (?:beaucoup |bien |deja |nettement |)mieux\b(?! mais)",
        r"\bsamu social\b",
        # a small cut that stopped bleeding (« petite entaille, ça ne saigne plus »)
        r"\bpetite (?:entaille|coupure|plaie|egratignure|ecorchure)\b(?!.*\b(?:ne respire|inconscient|saigne (?:beaucoup|encore|toujours)|"
        r"pisse le sang|s arrete pas)\b)|\b(?:ca |elle |il |)ne saigne plus\b",
        # too much of something that is no drug (« overdose de travail cette semaine »)
        r"\boverdose (?:de|d) (?:travail|boulot|taf|reunions?|paperasse|papiers|series?|chocolat|sucre|cafe|ecrans?|infos?|mails?|"
        r"dossiers?|administratif|demarches|cours|devoirs|monde)\b",
        r"\bsang\b(?=.*\b(?:don du sang|prise de sang|analyse)\b)",
        r"\bfailli (?:faire |avoir )?(?:une |un )?(?:crise cardiaque|infarctus|avc|attaque)\b|\b(?:crise cardiaque|infarctus) en (?:voyant|lisant|recevant)\b",
        r"\bs est (?:cogne|cognee|tape|tapee|fait mal)\b(?=.*\b(?:une bosse|il joue|elle joue|rigole|rit)\b)", _PETITE_BRULURE,
        # an animal as the patient (a matter for the vet)
        rf"\b(?:mon|ma|mes|le|la|les|notre|nos|un|une|son|sa|ses) (?:vieux |vieille |petit |petite |)(?:{ANIMAL}) (?:\w+ ){{0,3}}"
        r"(?:respire|vomit|vomi|tousse|boite|tremble|a de la fievre|a avale|a mange|ne mange plus|est malade|s est empoisonne)",
    ),
}
# The strong phrases that a figure of speech cannot cancel.
FORTS: dict[str, re.Pattern[str]] = {
    "suicide": _rx(r"(?<!\bpas )(?<!\bjamais )(?<!\bpas a )(?<!\bjamais a )\bme (?:suicider|pendre)\b"
                   r"(?! (?:a|au) (?:mon |ma |le |la |l |)(?:telephone|tel|portable|standard|ordi|ordinateur|ecran|boite vocale|"
                   r"musique d attente)\b)", r"\bveux mourir\b(?! de| tellement| tant| (?:dans|chez) (?:ma|sa|notre|moi|lui|elle|nous|soi)\b| a la maison\b)",
                   r"\b(?:je suis|suis|je me sens|me sens|j ai des (?:idees|pensees)) (?!(?:\w+ )?(?:pas|plus|jamais|point)\b)"
                   r"(?:\w+ ){0,2}suicidaires?\b",
                   r"\bje (?:vais|veux) me tuer\b(?! (?:a|au) )", r"\ben finir\b(?! avec (?:mes|les|ces|ce|cette|ses|son|sa|leurs?|nos|vos|cet|l|la|le) (?!(?:vie|souffrance|existence)\b))",
                   r"\bpour (?:partir|mourir|en finir|le rejoindre|la rejoindre) plus vite\b",
                   # food or care stopped so that it ends sooner (a funeral asked about after it is one's own)
                   rf"{_SOINS_ARRETES} {_POUR_QUE_CA_AILLE_PLUS_VITE}\b",
                   rf"\b{_MIEUX_DE_NE_PLUS}(?:ne (?:pas|plus) me reveiller|ne plus (?:etre la|exister))\b",
                   r"\b(?:en esperant|esperant|j espere|en souhaitant) ne (?:pas|plus|jamais) me reveiller\b",
                   _DOSE_POUR_NE_PLUS_SE_REVEILLER,
                   r"\bque je (?:l |les |t |vous |l)?aimais\b",
                   # a plan made with its means (« j'ai déjà tout calculé, les médocs sont dans le placard »): a funeral
                   # asked about after it is one's own, not a figure
                   r"\btout (?:calcule|planifie|prevu)\b(?=.*\b(?:medicaments|medocs|cachets|comprimes|corde)\b)|"
                   r"\b(?:medicaments|medocs|cachets|comprimes|corde)\b(?=.*\btout (?:calcule|planifie|prevu)\b)"),
    "violences": _rx(rf"\b(?:il|elle|on) (?:me|m) (?:a )?(?:frapp\w*|bat\w*|{VIOL}|etrangl\w*)\b(?!{_PAR_UNE_QUALITE})(?! {_A_UN_JEU})",
                     # (spat on by a partner, whatever blow is denied beside it: « il me crache dessus, il ne me frappe pas »)
                     rf"\b(?:{PARTENAIRE}|il|elle) (?:\w+ ){{0,8}}(?:me|m) (?:a )?crache\w* (?:dessus|au visage|a la figure|sur moi)\b",
                     # (death threats if the writer leaves, whatever blow is denied: « si je pars il se tuera et tuera les
                     # enfants avant. Il ne me frappe pas »)
                     r"\bsi je (?:pars|partais|le quitte|la quitte|le quittais|m en vais|divorce)\b.*\b(?:me tuer\w*|nous tuer\w*|"
                     r"tuer\w* (?:les|mes|nos) enfants|les tuer\w*)\b"),
    "sans_abri": _rx(r"\b(?:dors|dormons) dehors\b(?! (?:ou|si))",
                     # (asking whether the 115 takes dogs from a tent, the night freezing)
                     r"\b(?:on|je|nous) (?:dort|dors|dormons) (?:sous (?:la|une) tente|dans (?:la|une|ma) voiture)\b"
                     r"(?=.*\b(?:ce soir|cette nuit)\b)(?=.*\b(?:gel\w*|froid|moins \d+|neige)\b)",
                     # (a van lived in, taken away: nothing for the night is no home kept)
                     _FOURRIERE_AVANT_UNE_NUIT_FROIDE, _RIEN_POUR_LA_NUIT, _DEHORS_DEPUIS,
                     # (not knowing where to sleep tonight, whatever home one had: « mon camion aménagé est à la fourrière…
                     # je ne sais pas où je vais passer la nuit »)
                     r"\b(?:ne sais pas|sais pas|ne sais plus|sais plus|aucune idee de) ou (?:je vais |on va |nous allons |)"
                     r"(?:dormir|passer la nuit|passer cette nuit|dormir ce soir)\b(?! (?:si|quand|lors|pendant (?:les|mes|nos) vacances))",
                     # (a public place slept in for nights, whatever word one refuses: « je ne suis pas SDF hein… je dors dans le
                     # hall de la gare depuis mardi »)
                     r"\b(?:je |on |nous )(?:dors|dormons|dort) (?:juste |seulement |en ce moment |actuellement |pour l instant |)"
                     r"(?:dans|sous|sur) (?:le |la |un |une |les |l )(?:hall|halls|gare|cage d escalier|"
                     r"parking|banc|abri bus|abribus|metro|porche|entree d immeuble|local poubelles?)\b(?: \w+){0,6} depuis\b",
                     # (not « je suis à la rue… enfin dans la rue de la gare »: a street named)
                     r"\bsuis a la rue\b(?! (?:si|bientot|niveau))(?!" + _UNE_ADRESSE + r")(?!.*\benfin dans la rue (?:de|du|des)\b)"),
    # (not when a laugh follows at once: « moi j'ai faim lol », « les enfants ont faim ! vite le goûter ! lol »)
    # (nor children asking for their afternoon snack: « les enfants ont faim, ils réclament le goûter »)
    "faim": _rx(r"^(?=.*\b(?:enfants?|petits?|gamins?)\b).*\brien dans (?:les|mes|nos) placards\b",
                # (not children in general, « ce qui existe pour les enfants qui ont faim »)
                r"(?<!\bles enfants qui )(?<!\bdes enfants qui )(?<!\bles gens qui )(?<!\bceux qui )"
                r"\b(?:j ai|ont) faim\b(?! de| d )(?!(?: \w+){0,4} (?:lol|mdr|ptdr|haha|hahaha|hihi|xd)\b)"
                r"(?!(?: \w+){0,4} (?:je vais|vais|on va) manger\b)"
                r"(?!(?: \w+){0,3} (?:reclament|reclame|veulent|veut|demandent|attendent) (?:le|leur|son|un) gouter\b)"),
    "enfant": _rx(r"\bme (?:frappe|bat|battent|frappent|viole|touche)\b(?! " + _A_UN_JEU + ")",
                  # (marks all over a pupil's back, whatever the family's campsite: « … des marques sur tout son dos »)
                  _marques_sur_son("dos|jambes|cuisses|corps|fesses")),
    "medicale": _rx(r"\bne respire (?:plus|pas)\b", r"\binconscient\b",
                    # (choking, whatever swallowed the wrong way: « elle étouffe, elle devient violette »)
                    r"\b(?:devient|devenu|devenue|tourne|vire) (?:tout |toute )?(?:violet|violette|bleu|bleue)\b",
                    # (the legs felt no more after a fall is no back pain: « j'ai mal au dos et je sens plus mes jambes »)
                    _JAMBES_APRES_UNE_CHUTE),
}

# -- the person -----------------------------------------------------------------------------------

# (and after what the writer says they are: « je suis veuve, 78 ans »)
_AGE_MOI = re.compile(r"(?:^|\b(?:j ai|moi|je vais avoir|j aurai|je viens d avoir|age de|agee? de|"
                      r"je suis (?:veuve?|seule?|retraitee?|divorcee?|celibataire|malade|handicapee?|en fauteuil))) (\d{1,2}) ans\b"
                      r"(?! (?:de|d) (?:cotisation|anciennete|mariage|travail|chomage|loyer|retard|service|experience|"
                      r"vie commune|dette|marie|carriere|activite)|\w)")
_MINEUR = _rx(r"\bje suis (?:mineure?|une mineure|un mineur|encore mineure?|ado|adolescente?|un enfant|une enfant|"
              r"au college|en (?:6|5|4|3)(?:e|eme|ieme)|en cm1|en cm2|en ce2|en sixieme|en cinquieme|en quatrieme|"
              r"en troisieme|en seconde|en premiere|en terminale)\b",
              r"\bi am (?:1[0-7]|[7-9])\b", r"\bi m (?:1[0-7]|[7-9])\b",
              r"\b(?:jsuis|je suis|suis) (?:au|en) (?:college|6e|5e|4e|3e|5eme|4eme|3eme|6eme)\b",
              # going there (« jvai au collège avec des manches longues »)
              r"\b(?:je vais|jvais|j vais|je retourne|je rentre) au college\b",
              # writing from school (« je suis a lecole la et la maitresse sait pas »), not a grown-up's school of commerce
              r"\b(?:je suis|jsuis|suis) (?:a l ecole|a lecole|en classe|a la recre|en recre|a la cantine)\b"
              r"(?! (?:de|d|du|des|superieure|normale|privee|hoteliere|d ingenieurs?|de commerce|d infirmi\w*))",
              # a child in care writing (« jsuis en foyer ase a bobigny »)
              r"\b(?:jsuis|je suis|suis|je vis) (?:en |dans un |au )?foyer (?:de l |d )?(?:ase|aide sociale a l enfance|enfance)\b",
              # a pupil's school report (not a payslip: « bulletin de salaire »)
              r"\b(?:mon|mes) (?:bulletins?|carnet de correspondance|carnet de notes)\b(?! de (?:salaire|paie|paye|vote|situation|sante|naissance))",
              # a bad mark of the writer's own (« si j'ai encore une mauvaise note », « j'ai eu 4 en maths »)
              r"\b(?:j ai|si j ai) (?:encore |eu |re )?(?:eu )?(?:une |des |un )?(?:mauvaises? notes?|\d+(?: sur 20)? en (?:maths?|francais|"
              r"anglais|histoire|physique|svt|espagnol|allemand|techno))\b")
_MAJEUR = _rx(r"\bje suis (?:majeure?|adulte)\b", r"\bj ai (?:1[89]|[2-9]\d) ans\b",
              r"\b(?:mon mariage|mon mari|ma femme|mon epoux|mon epouse|mon conjoint|ma conjointe|mes enfants|ma retraite|"
              r"mon patron|mon employeur|mon salaire|ma belle famille|mes petits enfants)\b",
              # a student of higher education, a flat shared (« je suis étudiante en coloc », « mon colocataire »)
              r"\bje suis etudiante? (?:en coloc\w*|a la fac|en fac|a l universite|en master|en licence|en bts|en iut|en ecole)\b|"
              r"\b(?:mon|ma) colocataire\b",
              # a grown-up's age said with who they are, work in an ESAT, the AAH, an au pair's stay
              r"\bje suis (?:un homme|une femme|un papa|une maman|un pere|une mere|un monsieur|une dame) de (?:1[89]|[2-9]\d) ans\b|"
              r"\b(?:en|a l|dans un) esat\b|\b(?:mon|l|ma demande d) aah\b|\b(?:fille |jeune fille |garcon )?au pair\b",
              # a parent of 65 or more (« mon père, 75 ans, frappe ma mère »): their child is grown up
              r"\b(?:mon|ma) (?:pere|mere|papa|maman|beau pere|belle mere),? (?:qui a |de |age de |agee de |a )?(?:6[5-9]|[7-9]\d|1[01]\d) ans\b")
# Ages of other people that make them children: "ma fille de 8 ans", "elle a 4 ans", "6 mois".
_AGE_ENFANT = re.compile(rf"\b(?:{ENFANT}|amie|copine|copain|ami|il|elle|qui|voisin|voisine|cousin|cousine)"
                         r" (?:de |a |qui a |age de |agee de |)(\d{1,2}) (ans|mois)\b|"
                         # (months that are no baby's age: a pregnancy, a time, « enceinte de 5 mois », « depuis 3 mois »)
                         r"(?<!enceinte de )(?<!enceinte d )(?<!grossesse de )(?<!depuis )(?<!il y a )(?<!pendant )(?<!dans )"
                         r"(?<!ca fait )(?<!cela fait )\b(\d{1,2}) mois\b")
# The danger is there as the person writes (the aggressor at the door, "en ce moment"): the 17
# first, whatever happened. A habitual or conditional "when he comes home" is no such marker.
_MAINTENANT = _rx(r"(?<!quand )(?<!lorsqu )(?<!si )(?<!des qu )(?<!fois qu )" + MAINTENANT,
                  r"\bne repond (?:plus|pas)\b(?=.*\b(?:adieu|suicid|mourir|en finir|cachets|medicaments)\b)",
                  r"\bsequestr\w*\b|\bj ecris en cachette\b",
                  # shut in with the key turned (« ils m'ont enfermée à clé dans l'appart »)
                  # (not the habit: « il m'enferme à clé quand il part travailler », « chaque fois qu'il sort »)
                  _PAS_SOI_MEME +
                  r"\benfermee?s? a (?:cle|double tour)\b(?!.*\b(?:quand|chaque fois|lorsqu|des qu|toute la journee|tous les)\b)",
                  # the one who hurts waiting in the car or outside now (« elle dit qu'il l'attend dehors dans la voiture »)
                  r"\b(?:il|elle) (?:l|la|le|m|nous) attend (?:dehors|dans la voiture|sur le parking)\b(?!.*\b(?:tous les|chaque|le soir|le matin)\b)",
                  # a group that threatens waiting outside now (« ils m'attendent à la sortie de ma fac »; one ex who « m'attend
                  # devant le travail » is the stalking of every day), or one coming tonight (« il a dit qu'il passerait ce soir
                  # régler ça »)
                  r"\b(?:ils|elles) m attendent (?:a la sortie|devant|en bas|dehors|au coin)\b",
                  r"\b(?:il|elle|ils) (?:passera|passerait|viendra|viendrait|debarquera|debarquerait|passe|vient) ce soir\b",
                  # the one who hurts there tonight, drunk again (« ce soir le fils est encore bourré dans la maison »)
                  r"\bce soir (?:\w+ ){0,3}(?:est|sont) (?:encore |de nouveau |a nouveau |)(?:bourre\w*|ivre\w*|saoule?s?|defonce\w*|"
                  r"dans la maison|a la maison)\b",
                  r"\b(?:il|elle) (?:est|sont) (?:la|encore la|en bas|dans (?:la|le|l) \w+|devant chez)\b(?! (?:avant|hier|quand))",
                  # the one who hurts asleep beside the writer now (« il dort à côté de moi, là »)
                  r"\b(?:il|elle) (?:dort|ronfle|est couche\w*) (?:a cote de moi|a cote|dans la chambre|dans le salon)\b"
                  r"(?= (?:la|en ce moment|maintenant)\b)|"
                  r"\b(?:la|en ce moment|maintenant) (?:il|elle) (?:dort|ronfle|est couche\w*) (?:a cote de moi|a cote|dans la chambre|"
                  r"dans le salon)\b")
# A danger the message places in the past (« hier », « samedi », marks still visible) or makes habitual or
# conditional (« si je pars », « quand il boit »): the listening line stays first, even when the reader judges
# the situation immediate.
_PASSE_OU_HABITUEL = _rx(
    r"\b(?:hier|avant hier|l autre (?:jour|soir|nuit|fois)|la derniere fois|la semaine derniere|le mois dernier|"
    r"l an dernier|l annee derniere|le week end dernier|ce week end|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier| soir| matin| apres midi)?|"
    r"il y a (?:\d+|un|une|deux|trois|quelques|plusieurs) (?:jours?|semaines?|mois|ans?|annees?)|"
    r"(?:encore|toujours) (?:les|des) (?:marques|traces|bleus)|"
    r"(?:ca|cela) fait (?:\d+|des|plusieurs|deux|trois) (?:mois|ans|annees|semaines))\b",
    r"\bsi (?:je|j) (?:\w+ ){0,2}(?:pars|part|quitte|parle|porte plainte|dis|divorce|vais|appelle|raconte)\b|"
    r"\b(?:quand|lorsqu|chaque fois qu|des qu) (?:il|elle) (?:\w+ ){0,1}(?:rentre|boit|a bu|est saoul|est ivre|s enerve)\b|"
    r"\b(?:chaque fois|toutes les fois|souvent|parfois|regulierement)\b",
    # the one who hurt gone somewhere, not coming back now (« il est parti au bar », « il est reparti travailler »)
    r"\b(?:il|elle) (?:est|s est) (?:re)?(?:parti|partie|sorti|sortie|barre|barree|casse|cassee) (?:au|a la|aux|boire|travailler|"
    r"bosser|dormir|chez|en boite|pour la nuit|pour le week end)\b(?!.*\b(?:revient|reviendra|va revenir|rentre|rentrera|"
    r"arrive|chercher)\b)")


def _immediat(normalised: str) -> bool:
    """Whether the danger is present now, which puts the 17 before the 3919: a sign of the present (« il est
    derrière la porte », « en ce moment »), not the gravity of what is told. Until 2026-12-04 a weapon, a
    strangling or a threat to kill put the 17 first by itself; over the fourteen development sets, their writers
    put the 3919 first for such a message without a sign of the present 30 times, the 17 first 11 times
    (arretonslesviolences.gouv.fr: « en cas de danger immédiat, appelez le 17 », checked 2026-12-01)."""
    return bool(_MAINTENANT.search(normalised))


@dataclass(frozen=True)
class Detection:
    """What the safety net read in one message: never the text itself."""

    types: tuple[str, ...] = ()
    lignes: tuple[str, ...] = ()
    signaux: tuple[str, ...] = ()
    mineur: bool = False       # the person writing is a child or a teenager
    immediat: bool = False     # danger now: the 17 (or the 15) comes first where it matters

    def __bool__(self) -> bool:
        return bool(self.types)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: Any) -> Optional["Detection"]:
        """Back from the parse data (``to_dict``); None when it is not one."""
        if not isinstance(data, dict):
            return None
        types = tuple(t for t in data.get("types") or () if t in TYPES)
        return cls(types=types, lignes=tuple(str(x) for x in data.get("lignes") or ()),
                   signaux=tuple(str(x) for x in data.get("signaux") or ()),
                   mineur=bool(data.get("mineur")), immediat=bool(data.get("immediat")))


def age_ecrit(normalised: str) -> Optional[int]:
    """The age the writer gives for themselves ("j'ai 13 ans", in creole « mwen ni 13 an »), if any."""
    match = _AGE_MOI.search(normalised) or _AGE_MOI_APRES_UN_AUTRE.search(normalised) or _AGE_MOI_CREOLE.search(normalised)
    return int(match.group(1)) if match else None


# The writer's age in the creoles of the Antilles and La Réunion (« mwen ni 13 an », « mi na 12 an »).
_AGE_MOI_CREOLE = re.compile(r"\b(?:mwen|moin|mwin|mi|an|man) (?:ni|na|gen|tini|ka ni) (\d{1,2}) (?:an|ans|ane|lane|zan)\b")


# The writer's age said after another's, « ans » not repeated (« il a 19 ans et moi 14 »).
_AGE_MOI_APRES_UN_AUTRE = re.compile(r"\b\d{1,2} ans,? et moi,? (\d{1,2})\b(?! ?(?:mois|euros?|e|eur|%|h|kg)\b)")


def _ages_enfants(normalised: str) -> list[int]:
    ages = []
    for m in _AGE_ENFANT.finditer(normalised):
        if m.group(3):
            ages.append(0)
        elif m.group(2) == "mois":
            ages.append(0)
        else:
            ages.append(int(m.group(1)))
    return ages


def lignes_pour(types: Iterable[str], mineur: bool = False, immediat: bool = False,
                signaux: Iterable[str] = (), secondaires: Iterable[str] = ()) -> tuple[str, ...]:
    """The lines to give, the first to call first: each type's line, most urgent first; the
    ``secondaires`` (dangers only the reader saw beside the one the message is about) after the others."""
    secondaires = set(secondaires)
    types = [t for t in TYPES if t in set(types) and t not in secondaires] + \
        [t for t in TYPES if t in set(types) and t in secondaires]
    signaux = set(signaux)
    out: list[str] = []
    if "enfant:situation:enferme_vehicule" in signaux:
        out += ["17"]  # the police open the car (then the 15 for the child's state)
    for kind in types:
        if kind == "medicale":
            if "medicale:lieu:etranger" in signaux:
                out += ["112"]  # the 15 is France's only: the 112 answers everywhere in Europe
            elif "medicale:lieu:route" in signaux:
                out += ["112", "15"]
            else:
                out += ["15", "112"]
        elif kind == "suicide":
            # An attempt under way (pills taken, on the roof, bleeding): the emergency services first.
            if "suicide:situation:acte_en_cours" in signaux or f"suicide:{SIGNAL_LECTEUR}acte_en_cours" in signaux:
                out += ["15", "3114"]
            else:
                out += ["3114"]
                if immediat and "medicale" not in types:
                    out += ["15"]
        elif kind == "enfant":
            # A child being hurt right now: the police first.
            if "enfant:situation:maintenant" in signaux or f"enfant:{SIGNAL_LECTEUR}maintenant" in signaux:
                out += ["17", "119"]
            else:
                out += ["119"]
                if immediat:
                    out += ["17"]
        elif kind == "violences":
            if "violences:personne:aine" in signaux:
                # an older person hurt by a son, a grandson, a nephew: the line against the abuse of older and
                # disabled people (gouvernement.fr, checked 2026-12-04), the police when the danger is there now
                out += ["17", "3977"] if immediat else ["3977", "17"]
            else:
                out += ["17", "3919"] if immediat else ["3919", "17"]
        elif kind == "sans_abri":
            out += ["115"]
        elif kind == "faim":
            out += [LIGNE_CCAS]
    if any(s.endswith(":personne:ne_peut_pas_appeler") for s in signaux) and set(out) - {LIGNE_CCAS}:
        # the writer cannot speak or hear on the phone: the 114 takes texts (SMS, chat) for the SAMU, the police and the
        # fire brigade alike, so it comes first whatever the danger; the other lines follow (info.urgence114.fr,
        # checked 2026-12-05). Until 2026-12-05 only where the 15, the 17 or the 112 was given: a deaf woman outside
        # tonight with her daughter, or one who means to end it tonight, got a line she cannot call first.
        out = ["114"] + out
    seen: list[str] = []
    for line in out:
        if line not in seen:
            seen.append(line)
    return tuple(seen)


def analyse(text: str, indice: Optional[tuple[str, str]] = None, lecteur: Union[bool, Lecteur] = True,
            age_connu: Optional[int] = None) -> Detection:
    """What urgent danger ``text`` describes, whom to call first, and which signals said so (see ``_analyse``).

    With the stored reader, the reading of the last messages is kept: the Rasa server reads each message twice (its
    channel, to hold the session's welcome back, then the safety net's component), and a ``Detection`` is immutable."""
    if lecteur is True and isinstance(text, str) and (age_connu is None or type(age_connu) is int):
        return _analyse_memo(text, indice, age_connu)
    return _analyse(text, indice, lecteur, age_connu)


@functools.lru_cache(maxsize=256)
def _analyse_memo(text: str, indice: Optional[tuple[str, str]], age_connu: Optional[int]) -> Detection:
    return _analyse(text, indice, True, age_connu)


def _analyse(text: str, indice: Optional[tuple[str, str]] = None, lecteur: Union[bool, Lecteur] = True,
             age_connu: Optional[int] = None) -> Detection:
    """What urgent danger ``text`` describes, whom to call first, and which signals said so.

    ``indice``: an outside reading of the same message, ``(type, signal)`` — an emergency intent
    already decided (``("suicide", "intent:urgence_suicide")``). It is weighed like a topic word:
    the frames, the figures of speech and a danger long past cancel it; the person's age turns
    it into a child in danger like any other signal. ``lecteur``: whether the learned reader's
    reading counts too (point 7; the bench turns it off to measure the rules alone), or the reader
    to use instead of the stored one (``common.lecteur_urgences.Lecteur``: the bench's
    leave-one-out readers). ``age_connu``: the person's age known from the conversation, when the
    message gives none.
    """
    text = _RE_ADRESSE.sub(" adresse ", text or "")
    if _CADRE_CITATION.search(text):
        text = _CITATION.sub(" ", text)
    normalised = normalise(text)
    if not normalised:
        return Detection()
    # A joke only when the message goes on to something else ("... 😅 sinon, les centres aérés ?") or hangs the
    # threat on a nuisance ("... si on me redemande un RIB 😂"): "je vais me jeter sous un train mdr" alone is no joke.
    # (a laugh taken back at once by distress: « jvai sauter du 8e ce soir mdr. non serieux jsp je suis au bord »)
    blague = (bool(_BLAGUE_BRUT.search(text)) or bool(BLAGUE.search(normalised))) and not _PLUS_UNE_BLAGUE.search(normalised) and \
        ("?" in text or bool(_AUTRE_SUJET.search(normalised)) or bool(_SI_ENCORE.search(normalised)))
    serieux = bool(_PRIS_AU_SERIEUX.search(normalised))
    fired: dict[str, list[tuple[str, str]]] = {}
    for kind, signal, pattern, strength in REGLES:
        if pattern.search(normalised):
            fired.setdefault(kind, []).append((signal, strength))
    if indice is not None and indice[0] in TYPES and indice[0] not in fired:
        fired[indice[0]] = [(indice[1], "mot")]
    reader = (_lecteur() if lecteur is True else lecteur) if lecteur else None
    # Every danger the reader reads (one judge per type: a message may tell two, « plus de riz depuis
    # 3 jours, elle est diabétique et elle tremble »).
    # Not on a message of four words or fewer: there the reader alone read dangers in form answers (« chez notre
    # mère », the housing asked: a child in danger), and over the development sets it caught no short message
    # the rules missed (52 such messages, 2026-12-04).
    lus = reader.indices(normalised) if reader is not None and len(normalised.split()) > MOTS_MIN_LECTEUR else []
    for kind, signal in lus:
        # A reading the reader is sure of is not a topic word: a question in the same message
        # (« est-ce que le FSL peut payer ? ») does not cancel it; figures and jokes still do. So it holds beside a
        # rule's topic word too (« … lui qui hurle qu'il va la tuer. Qu'est-ce que je peux faire ? »: the threat's word
        # alone fell to the question, and the reader's sure reading had not been heard).
        sur = reader.probabilites(normalised)[kind] >= SEUIL_LECTEUR_SUR
        if kind not in fired:
            fired[kind] = [(signal, "fort" if sur else "mot")]
        elif sur and all(strength == "mot" for _, strength in fired[kind]):
            fired[kind].append((signal, "fort"))
    # (a death promised to the writer by another is a threat, not a wish: « il m'a dit ce soir tu es morte, il a sorti son
    # fusil »)
    score, indices = _score_suicide(_MORT_PROMISE.sub(" ", normalised))
    if score >= SEUIL_SUICIDE and len(indices) >= 2 and not (set(indices) <= _INDICES_SANS_MORT and "violences" in fired):
        fired.setdefault("suicide", []).append(("indices:" + "+".join(indices), "fort"))
    convergent = score >= SEUIL_SUICIDE_CONVERGENT[0] and len(indices) >= SEUIL_SUICIDE_CONVERGENT[1]
    emprise = _indices(INDICES_EMPRISE, normalised)
    if len(emprise) >= SEUIL_EMPRISE:
        fired.setdefault("violences", []).append(("indices:" + "+".join(emprise), "fort"))
    negligence = _indices(INDICES_NEGLIGENCE, normalised)
    if len(negligence) >= SEUIL_NEGLIGENCE and _ENFANT_NOMME.search(normalised):
        fired.setdefault("enfant", []).append(("indices:" + "+".join(negligence), "fort"))
    if HYPOTHESE.search(normalised):
        return Detection()
    # A professional asking in general, or a story about fiction: like a joke, it cancels every
    # signal but a first-person statement of the danger ("je veux me suicider", "il me frappe").
    cadre_general = bool(PRO_GENERAL.search(normalised)) or (
        bool(FICTION.search(normalised)) and not _MOI_AUSSI.search(normalised))
    cadre = bool(CADRES.search(normalised))
    passe_dit = bool(PASSE.search(normalised))
    passe = passe_dit and not ENCORE.search(normalised)
    reloge = bool(RELOGE.search(normalised))
    vie_a_la_rue = bool(VIE_A_LA_RUE.search(normalised))
    va_bien = bool(GUERI.search(normalised)) and not TOUJOURS_LA.search(normalised)
    gueri = passe_dit and va_bien
    # A fall or an illness of weeks ago, and the person is well since (« tombé il y a un mois, il s'est relevé tout seul
    # et va très bien, on voudrait une téléassistance »): no medical emergency now; the other dangers keep their reading.
    soigne_depuis = bool(_PASSE_RECENT.search(normalised)) and va_bien
    kept: dict[str, list[str]] = {}
    # The figures are read outside the story the person told to cover the harm ("j'ai dit au lycée que
    # c'était au foot"): a cover story is no figure of speech.
    sans_couverture = _COUVERTURE.sub(" ", normalised)
    for kind, signals in fired.items():
        figure = FIGURES.get(kind)
        # A joke (a laughing emoji, "mdr") cancels every rule a strong phrase does not hold up.
        if blague or cadre_general or (figure is not None and figure.search(sans_couverture) and not serieux):
            fort = FORTS.get(kind)
            # (a figure of everyday life does not undo a forced marriage told beside it: a teenager « privée de
            # téléphone » is an ordinary punishment, and one of the constraints around a marriage planned)
            plus_fort = not (blague or cadre_general) and (
                any(sig in _PLUS_FORTS_QUE_LES_FIGURES for sig, _ in signals) or (kind == "suicide" and convergent))
            if (fort is None or not fort.search(normalised)) and not plus_fort:
                continue
            if blague and _SI_ENCORE.search(normalised):
                continue  # laughed at and hung on a chore (« ptdr jvais me pendre si jdois encore remplir un dossier »)
        names = [s for s, strength in signals if not (cadre and strength == "mot")]
        if (passe and kind in PASSE_TYPES) or gueri or (kind == "sans_abri" and (reloge or vie_a_la_rue)) or \
                (kind == "medicale" and soigne_depuis):
            names = []
        if kind == "enfant" and names == ["lexique:fugue_disparition"] and va_bien and _FUGUE_FINIE.search(normalised):
            names = []  # a runaway brought back and well (« la police l'a ramené ce matin, il va bien »): over
        if names:
            kept[kind] = names

    age = age_ecrit(normalised)
    if age is None and isinstance(age_connu, int) and not isinstance(age_connu, bool) and 0 < age_connu < 130:
        # the age the person gave earlier in the conversation (« 34 » to « Quel âge avez-vous ? »): « mon cousin m'a mis
        # dehors » from a grown-up is no child put out
        age = age_connu
    mineur = (age is not None and 5 <= age <= 17) or bool(_MINEUR.search(normalised))
    # (an age the writer gives wins over the words of grown-up life: « on part samedi pour mon mariage, j'ai 17 ans »)
    majeur = (age is not None and age >= 18) or (bool(_MAJEUR.search(normalised)) and not (age is not None and age < 18))
    ages_tiers = _ages_enfants(normalised)
    enfant_tiers = any(a < 18 for a in ages_tiers)
    adulte_tiers = bool(ages_tiers) and all(a >= 18 for a in ages_tiers)

    # The person: a child or a teenager in danger is a child in danger (119), whatever the danger.
    if mineur and not majeur:
        if any(k in kept for k in ("violences", "sans_abri", "faim")) or _PEUR_MAISON.search(normalised):
            kept.setdefault("enfant", []).append("personne:mineur+danger")
        if "violences" in kept and not _PARTENAIRE_ADULTE.search(normalised):
            kept["enfant"] += [f"personne:mineur+{s}" for s in kept.pop("violences")]
        if "suicide" in kept:
            kept.setdefault("enfant", []).append("personne:mineur+suicide")
    elif _PEUR_MAISON_MINEUR.search(normalised) and not majeur:
        kept.setdefault("enfant", []).append("personne:mineur+peur")
    # A parent named as the one who threatens or hurts, and nothing says the writer is grown up:
    # a child in danger ("ma mère me dit que si je parle elle me tuera") — unless the reader, which learnt
    # how grown-ups and children write, is sure it reads a grown-up's violence ("il me retrouvera où que
    # j'aille et même ma mère me reconnaîtra plus": the mother is named, the partner threatens).
    if "violences" in kept and "enfant" not in kept and not majeur and _PARENT_SUJET.search(normalised) and \
            not (reader is not None and _violence_d_adulte(reader.probabilites(normalised))) and \
            not _PARTENAIRE_ADULTE.search(normalised) and any(
                s.startswith(("motif:menaces", "motif:agent->coups->moi", "motif:strangulation", "motif:violences_sexuelles"))
                for s in kept["violences"]):
        kept["enfant"] = [f"personne:parent+{s}" for s in kept.pop("violences")]
    # A child named, hidden from the adult's violence now (« notre fille de 6 ans… il a bu, il a cassé la porte de la chambre
    # où elle est cachée »): the child is the one in danger, not the writer (the 17, then the 119).
    # (the reader may have read the child's danger too: the violence is still the child's)
    if "violences" in kept and not mineur and enfant_tiers and _ENFANT_CACHE.search(normalised) and \
            not _JE_CACHE.search(normalised):
        kept.setdefault("enfant", []).extend([f"personne:enfant_cache+{s}" for s in kept.pop("violences")] +
                                             ["situation:maintenant"])
    # A minor the writer put out of the home (« mon fils de 15 ans… je l'ai mis dehors hier soir »): a child in danger,
    # the 119 first, not a shelter for the writer.
    if "sans_abri" in kept and enfant_tiers and not mineur and _MIS_DEHORS_PAR_MOI.search(normalised) and \
            all(sig.startswith(("lexique:mis_dehors", SIGNAL_LECTEUR)) for sig in kept["sans_abri"]):
        kept.setdefault("enfant", []).extend(f"personne:mineur_mis_dehors+{sig}" for sig in kept.pop("sans_abri"))
    # A relative's violence against a grown-up writer is domestic violence, not a child in danger;
    # a grown-up put out by their parents needs a shelter (sans_abri), not the 119.
    if "enfant" in kept and majeur and not mineur:
        # (and one who came into the grown-up writer's room at night: « mon colocataire est rentré dans ma chambre la nuit »)
        moi = [s for s in kept["enfant"] if s.startswith("motif:parent->") or (
            s in ("motif:adulte->intimite->enfant", "lexique:emprise_sexuelle_mineur") and _MA_CHAMBRE.search(normalised) and
            not _ENFANTS_NOMMES.search(normalised))]
        if moi and len(moi) == len(kept["enfant"]):
            kept.pop("enfant")
            coups = [s for s in moi if s != "motif:parent->dehors->moi"]
            if coups:
                kept.setdefault("violences", []).extend(f"personne:adulte+{s}" for s in coups)
    # A grown-up writer who hears a parent beaten, no child named (« mon beau-père tape ma mère, j'ai 22 ans »): the
    # violence the rules read, not a child's danger the reader alone saw in the family words.
    if "enfant" in kept and "violences" in kept and majeur and not mineur and not enfant_tiers and \
            all(s.startswith(SIGNAL_LECTEUR) for s in kept["enfant"]) and not _ENFANTS_NOMMES.search(normalised) and \
            not _BEBE.search(normalised) and not _AGE_MINEUR.search(normalised):
        kept.pop("enfant")
    # A child's danger read where no child is named at all and the writer is none (« le proprio rentre dans ma chambre la
    # nuit, il m'a touchée », « mon patron me touche les fesses », « ma copine (18 ans) a été violée »): the violence the
    # rules read is a grown-up's (the 3919 came after the 119).
    # (not a parent who hurts the writer, « mon père me frappe »: a child writes)
    if "enfant" in kept and "violences" in kept and not mineur and not enfant_tiers and not _ENFANT_NOMME.search(normalised) \
            and not _BEBE.search(normalised) and not _AGE_MINEUR.search(normalised) and not _MINEUR.search(normalised) and \
            not _PARENT_SUJET.search(normalised) and not _ENFANT_AUTRE_LANGUE.search(normalised) and \
            all(s in _ENFANT_SANS_ENFANT or s.startswith(SIGNAL_LECTEUR) for s in kept["enfant"]):
        kept.pop("enfant")
    # Forced marriage of an adult is violence; of a minor, a child in danger.
    if "enfant" in kept and kept["enfant"] == ["lexique:mariage_force+mineur"] and (majeur or adulte_tiers) and \
            not (enfant_tiers and not mineur):  # (a daughter of 7 taken to be cut is a child, her parent grown-up)
        kept["violences"] = kept.pop("enfant")
    # A child of an age written, hurt (raped, beaten) by an adult of the family and no grown-up partner hurt: the child's danger
    # (119), not violence between adults (« une adolescente de 14 ans … son beau-père l'a violée » got the 3919 too)
    if "enfant" in kept and "violences" in kept and enfant_tiers and not (mineur and not majeur) and \
            not _TIERS_ADULTE_PARTENAIRE.search(normalised) and not _AUTEUR_PARTENAIRE.search(normalised) and \
            all(s in ("motif:agent->coups->tiers", "motif:violences_sexuelles", "lexique:violences_mot") for s in kept["violences"]):
        kept.pop("violences")
        types = tuple(t for t in TYPES if t in kept)
    # The parent afraid of their own blows: the blows read are the writer's on the child, no violence between adults.
    if "motif:parent_peur_de_frapper" in kept.get("enfant", ()) and "violences" in kept and \
            all(s in ("motif:agent->coups->tiers", "lexique:violences_mot") for s in kept["violences"]):
        kept.pop("violences")
        types = tuple(t for t in TYPES if t in kept)
    # A third person hurt who is a child ("ma fille de 16 ans a un copain qui la frappe").
    # (not a son or a daughter whose grown-up age is written, « ma fille 19 ans, son copain l'étrangle »)
    enfants_nommes = bool(_ENFANTS_NOMMES.search(normalised)) and not _ADULTE_NOMME.search(normalised) and not adulte_tiers
    if "violences" in kept and "enfant" not in kept and \
            (enfant_tiers or enfants_nommes or _VICTIME_TIERS.search(normalised)) and \
            "motif:agent->coups->tiers" in kept["violences"]:
        kept["enfant"] = ["personne:enfant_victime"]
    # Neglect of a grown-up (an old lady with empty cupboards, a disabled brother living alone) is
    # no child in danger: hunger or violence keep their own type.
    if "enfant" in kept and not mineur and not enfant_tiers and \
            all(s == "lexique:negligence" or s.startswith("indices:") for s in kept["enfant"]) and \
            (adulte_tiers or _ADULTE_VULNERABLE.search(normalised)) and not _AGE_MINEUR.search(normalised) and \
            not _BEBE.search(normalised) and not _VIE_D_ENFANT.search(normalised):
        kept.pop("enfant")
    # A third person beaten by a partner ("ma voisine se fait frapper par son mari"): violence.
    # (not blows or threats said of the children themselves, « son mari donne des claques aux petits »)
    if "enfant" in kept and not (mineur or enfant_tiers) and _TIERS_ADULTE_PARTENAIRE.search(normalised) and \
            "motif:menace_sur_les_enfants" not in kept["enfant"]:
        kept.setdefault("violences", []).extend(kept.pop("enfant"))
    # An overdose taken: a medical emergency first.
    if "lexique:prise+medicaments" in kept.get("medicale", ()) and _PREMIERE_PERSONNE_OU_INTENTION.search(normalised):
        kept.setdefault("suicide", []).append("lexique:prise+medicaments")
    # Pills swallowed one by one by the writer (« je suis en train d'avaler les cachets de ma mère, j'en suis à 20 »):
    # an attempt under way, whoever's pills they are.
    elif any(s in kept.get("medicale", ()) for s in ("lexique:enfant+produit_avale", "lexique:enfant+medicaments_avales")) \
            and _J_AVALE.search(normalised):
        kept.setdefault("suicide", []).append("composition:j_avale+medicaments")
    # A young child who swallowed pills or a product while the parent slept off drink or drugs: the SAMU, then the
    # 119 for the neglect (« ma fille de 3 ans a avalé des cachets de son père pendant qu'il cuvait »).
    # (or left alone: « ma fille de 2 ans a bu du Destop, mon copain la laisse seule toute l'aprem »)
    if any(s in kept.get("medicale", ()) for s in ("lexique:enfant+produit_avale", "lexique:enfant+medicaments_avales")) and \
            (_PARENT_IVRE.search(normalised) or _LAISSE_SEUL.search(normalised)):
        kept.setdefault("enfant", []).append("composition:produit_avale+parent_ivre" if _PARENT_IVRE.search(normalised) else
                                             "composition:produit_avale+laisse_seul")
    # A baby shaken, with signs since: the SAMU first, the child's danger too (the 119 after it).
    if "lexique:bebe_secoue+signe" in kept.get("medicale", ()):
        kept.setdefault("enfant", []).append("composition:bebe_secoue")
    # A swelling told beside a partner's violence is its mark, not an allergy (« elle avait le visage gonflé et elle a dit
    # qu'elle était tombée »: the 3919, not the 15).
    if kept.get("medicale") == ["lexique:gonflement"] and "violences" in kept:
        kept.pop("medicale")
    # A wound or a poison taken on purpose is a suicide attempt as well as a medical emergency.
    medicale = kept.get("medicale", ())
    if "lexique:automutilation_grave" in medicale or (
            any(s in medicale for s in ("lexique:enfant+produit_avale", "lexique:enfant+medicaments_avales")) and
            _EXPRES.search(normalised)):
        kept.setdefault("suicide", []).append("composition:geste_volontaire")

    types = tuple(t for t in TYPES if t in kept)
    # The reader, sure there is no danger in words it knows, drops the rules' reading (not an outside one).
    exterieur = indice is not None and indice[0] in kept
    # (nor the rules' cues of a suicide put together, a means, a date, things put in order: the reader
    # knows the words, not the plan they make — « les frais d'obsèques ? c'est pour les miennes, la date est choisie »)
    plan = any(s.startswith("indices:") for s in kept.get("suicide", ()))
    # (nor harm an older writer says a relative or a carer does to them, « mon fils me bouscule, j'ai 81 ans », nor the
    # signs of an older person's ill-treatment, « retrouvée ligotée sur son lit »: the reader knows the calm words around
    # them, and few such messages)
    subi = ("motif:agent->coups->moi" in kept.get("violences", ()) and _victime_agee_d_un_proche(normalised, age)) or \
        "lexique:maltraitance_adulte" in kept.get("violences", ())
    # (nor words of a creole, which the reader never learnt: the French words around them are what it judges, « … la CAF
    # a coupé le RSA » beside « mwen vlé mò »)
    creole = any("lexique:creole" in signals for signals in kept.values())
    # (nor a relative's suicide now understood, which the reader takes for a death told as the past)
    compris = "lexique:suicide_d_un_proche_compris" in kept.get("suicide", ())
    # (nor a young child left alone at night, asked about with calm words: « il a un téléphone et il sait fermer à clé… une aide
    # pour la garde de nuit ? »)
    seul_la_nuit = "lexique:enfant_seul_la_nuit" in kept.get("enfant", ())
    # (nor a veiled question among calm ones, « et aussi si ça fait mal les médicaments quand on en prend plein d'un coup »)
    voile = "lexique:au_bord_du_vide" in kept.get("suicide", ())
    # (nor someone at the edge of a bridge or a roof now, who asks about the line in calm words: « est-ce que le 3114 marche
    # sans forfait ? jsuis sur le pont là »)
    au_bord = "lexique:au_bord" in kept.get("suicide", ())
    if not types or (reader is not None and not exterieur and not plan and not subi and not creole and not compris and
                     not seul_la_nuit and not voile and not au_bord and reader.ecarte(normalised)):
        return Detection()
    immediat = _immediat(normalised)
    if "suicide" in kept and _ACTE_EN_COURS.search(normalised):
        kept["suicide"].append("situation:acte_en_cours")
    if "lexique:mariage_force+mineur" in [*kept.get("enfant", ()), *kept.get("violences", ())] and \
            _MARIAGE_IMMINENT.search(normalised) and not _DEJA_AU_PAYS.search(normalised):
        # a forced marriage due within days, or the person shut in for it: the police can still stop the departure
        # (service-public.fr, mariage forcé: « en cas de danger, appelez le 17 », checked 2026-12-04)
        immediat = True
        if "enfant" in kept:
            kept["enfant"].append("situation:maintenant")
    # (children left alone but taken in by the writer now are no longer alone: « je les ai chez moi là »)
    if "enfant" in kept and (
            _ENFANT_MAINTENANT.search(normalised) or
            _ENFANT_LAISSE_SEUL.search(normalised) and not _ENFANT_A_L_ABRI.search(normalised) or
                             "lexique:enfant_seul_au_bord" in kept["enfant"]):
        kept["enfant"].append("situation:maintenant")
        immediat = True
    if "lexique:fugue_disparition" in kept.get("enfant", ()) and not mineur and _CHEZ_UN_ADULTE_QUI_EXPLOITE.search(normalised):
        # a parent's runaway or missing child with an adult who gives drugs or makes them sleep with men: the police first
        # (writers of dev7, dev26 and dev36); the child who writes it themselves gets the 119 first (dev28, dev32)
        kept["enfant"].append("situation:maintenant")
        immediat = True
    if "enfant" in kept and _ENFANT_DANS_UNE_VOITURE.search(normalised):
        # a child shut in a car in the heat: someone must open it now, the police first (writers of dev26 and dev27)
        kept["enfant"].append("situation:enferme_vehicule")
    if "lexique:tiers_suicidaire" in kept.get("suicide", ()) and _ET_MOI_AVEC.search(normalised):
        # « il dit qu'il va se tuer et moi avec »: a threat to kill the writer, not only his own death
        kept.setdefault("violences", []).append("motif:menace_suicide_homicide")
        types = tuple(t for t in TYPES if t in kept)
    if _NE_PEUT_PAS_APPELER.search(normalised):
        for signals in kept.values():
            signals.append("personne:ne_peut_pas_appeler")
    if "medicale" in kept:
        if _A_L_ETRANGER.search(normalised) or _TOURISTE.search(normalised):
            # (abroad, or a tourist in France: the 112, which every European knows and which takes calls in English, as the
            # writers of dev24 and dev42 put first; a foreign student or worker who lives here writing in English gets the 15
            # first, as fifteen writers put it)
            kept["medicale"].append("lieu:etranger")
        elif _SUR_LA_ROUTE.search(normalised):
            kept["medicale"].append("lieu:route")
            if all(sig.startswith(SIGNAL_LECTEUR) for sig in kept.get("sans_abri", ["x"])):
                # the car of a road accident read by the reader alone as a car slept in: no shelter is asked
                kept.pop("sans_abri")
                types = tuple(t for t in TYPES if t in kept)
    # an older or disabled adult hurt by a relative or a carer (read once for the two uses below)
    adulte_vulnerable = ("enfant" in kept or "violences" in kept) and not (mineur and not majeur) and \
        _victime_agee_d_un_proche(normalised, age)
    if adulte_vulnerable and "enfant" in kept and "violences" not in kept and not enfant_tiers and \
            not _BEBE.search(normalised) and not _AGE_MINEUR.search(normalised) and \
            all(s.startswith(("personne:", "lexique:negligence", "situation:maintenant", SIGNAL_LECTEUR)) for s in kept["enfant"]):
        # neglect or ill-treatment read of an older or disabled adult by a relative or a carer, no child named
        # (« ma mère a Alzheimer, mon beau-frère la laisse dans ses excréments »): the abuse of a vulnerable
        # adult, not a child in danger
        kept["violences"] = [f"personne:adulte_vulnerable+{s}" for s in kept.pop("enfant")]
        types = tuple(t for t in TYPES if t in kept)
    if "lexique:maltraitance_adulte" in kept.get("violences", ()) and "faim" in kept and \
            all(s == "lexique:faim" or s.startswith("personne:") for s in kept["faim"]):
        # « il la laisse sans manger »: the older person's ill-treatment, not the writer's hunger
        kept.pop("faim")
        types = tuple(t for t in TYPES if t in kept)
    if (adulte_vulnerable or "lexique:maltraitance_adulte" in kept.get("violences", ()) and
            not _AUTEUR_PARTENAIRE.search(normalised)) and "violences" in kept:
        # (the ill-treatment of a resident or of an older person read by its signs is the 3977's, whoever does it)
        kept["violences"].append("personne:aine")
        # the grandson or the nephew who hurts is no child in danger, unless a child's age is written
        # (nor are the bruises on an old aunt's wrists the signs of a child, « des hématomes sur les poignets »)
        # (nor the cries and blows of a grandson or a son on the older person: the child word is the aggressor; nor a
        # parent who shakes the other, dependent one, « mon père la secoue », no child named)
        descendant = bool(_AUTEUR_DESCENDANT.search(normalised))
        if "enfant" in kept and not enfant_tiers and not _BEBE.search(normalised) and not _AGE_MINEUR.search(normalised) and \
                all(s.startswith(("personne:", "lexique:negligence", "lexique:enfant_autres_signes", "lexique:photos_nues_d_un_enfant",
                                  "situation:maintenant",
                                  SIGNAL_LECTEUR)) or descendant and s == "motif:cris+coups->enfant" or
                s == "motif:coups->enfant" and not _ENFANTS_NOMMES.search(normalised) or
                # (the marks of a grown-up whose age is written, « mon frère autiste de 30 ans revient avec des bleus »)
                s == "lexique:enfant_signes" and bool(_ADULTE_NOMME.search(normalised)) for s in kept["enfant"]):
            kept.pop("enfant")
            types = tuple(t for t in TYPES if t in kept)
    # Which line comes first, where the rules see no sign of it: the reader's judges of the situation,
    # learnt from the lines the development sets' writers put first (an attempt under way: the 15; a
    # child or a woman in danger right now: the 17). A danger the rules place in the past or in a habit
    # (« la semaine dernière », « chaque fois qu'on se dispute ») keeps its listening line first.
    if reader is not None:
        if "suicide" in kept and "situation:acte_en_cours" not in kept["suicide"] and \
                reader.situation(normalised, "acte_en_cours"):
            kept["suicide"].append(SIGNAL_LECTEUR + "acte_en_cours")
        if ("enfant" in kept or "violences" in kept) and not immediat and \
                not _PASSE_OU_HABITUEL.search(normalised) and reader.situation(normalised, "immediat"):
            immediat = True
            if "enfant" in kept and "situation:maintenant" not in kept["enfant"]:
                kept["enfant"].append(SIGNAL_LECTEUR + "maintenant")
            if "violences" in kept:
                kept["violences"].append(SIGNAL_LECTEUR + "immediat")
        elif "enfant" in kept and immediat and not any("maintenant" in s for s in kept["enfant"]) and \
                not _PASSE_OU_HABITUEL.search(normalised) and reader.situation(normalised, "immediat"):
            # (the rules saw the danger now too: the reader's judge still says whether the child's is, « on est enfermées
            # à clé… j'écris avec la tablette du petit »: the police first, as before the rules saw it)
            kept["enfant"].append(SIGNAL_LECTEUR + "maintenant")
    signaux = tuple(f"{t}:{s}" for t in types for s in dict.fromkeys(kept[t]))
    # A danger only the reader saw, and not as the most likely one, is beside the message's own:
    # its line comes after (a woman beaten in front of her children: the 3919, then the 119).
    principal = lus[0][0] if lus else None
    # (a medical danger the reader saw stays first, unless a danger is there now: a life before a roof, a meal or a
    # listening line; the police still before the SAMU when the aggressor is there)
    # (nor a baby's danger beside the hunger the rules read: the one without food is the baby, « son bébé de 2 mois a perdu
    # du poids, elle n'a plus de lait infantile »)
    secondaires = [t for t in types if t != principal and (t != "medicale" or immediat) and
                   not (t == "enfant" and "faim" in kept and _BEBE.search(normalised)) and
                   all(s.startswith(SIGNAL_LECTEUR) for s in kept[t])]
    if "suicide" in kept and "violences" in kept and "motif:menace_suicide_homicide" in kept["violences"] and \
            all(s.startswith(("lexique:tiers_suicidaire", "personne:", SIGNAL_LECTEUR)) for s in kept["suicide"]):
        secondaires.append("suicide")  # his suicide comes after the danger he is to her
    if "enfant" in kept and "sans_abri" in kept and not mineur and _SON_PROPRE_ENFANT.search(normalised) and \
            all(s == "motif:parent->dehors->moi" or s.startswith(("personne:", SIGNAL_LECTEUR)) for s in kept["enfant"]):
        # « ma famille m'a chassée ce soir avec mon bébé »: a parent put out with their own child needs a roof first
        secondaires.append("enfant")
    if "enfant" in kept and "sans_abri" in kept and "enfant" not in secondaires and not mineur and age is None and \
            not enfant_tiers and not _AGE_MINEUR.search(normalised) and not _ENFANTS_NOMMES.search(normalised) and \
            not re.search(r"\b(?:balcon|balkon|jardin|terrasse|palier)\b", normalised) and \
            all(s == "motif:parent->dehors->moi" or s.startswith(SIGNAL_LECTEUR) for s in kept["enfant"]):
        # put out by the family and no age said (« ma famille m'a chassé après mon coming out »): the roof for tonight
        # first, the 119 after in case the writer is a minor (not a child shut out on the balcony as a punishment)
        secondaires.append("enfant")
    if len(secondaires) == len(types):
        secondaires = []
    return Detection(types=types, lignes=lignes_pour(types, mineur, immediat, signaux, secondaires), signaux=signaux,
                     mineur=mineur and not majeur, immediat=immediat)


# A child named in another language (« mi hijo tiene 12 años », « my son »).
_ENFANT_AUTRE_LANGUE = _rx(r"\b(?:hij[oa]s?|nin[oa]s?|bebes?|kids?|child|children|son|daughter|baby)\b|\b\d{1,2} anos\b")
# Readings of a child's danger that need no child word to fire (an adult in one's room at night, a hold, neglect): with no
# child named and no parent who hurts, the writer's own danger.
_ENFANT_SANS_ENFANT = {"motif:adulte->intimite->enfant", "lexique:emprise_sexuelle_mineur", "lexique:negligence"}


# Signals that a figure of speech found in the same message does not cancel (a forced marriage beside « privée de
# téléphone »; pills put aside beside a death in the family, « depuis que maman est morte je garde ses médicaments »).
# (nor the signs of a resident's or a disabled adult's ill-treatment beside an everyday word, « un éducateur la punit sous la
# douche »: the punishment is the ill-treatment)
# (a shelter that ends tonight is no holiday camp: « on vit dans une tente au camping depuis l'incendie, il ferme ce soir »)
# A child hiding from the adult who rages (« la chambre où elle est cachée », « elle m'a appelé en chuchotant »), and the
# writer hiding instead (then the danger is the writer's).
_ENFANT_CACHE = _rx(r"\b(?:ou|dans laquelle|dans lequel|sous lequel) (?:elle|il) (?:est|s est) (?:cachee?|enfermee?)\b",
                    r"\b(?:elle|il|ils|elles|ans|fille|fils|petite?|petits|bebe|enfants?) (?:s est|se sont|est|sont) (?:cachee?s?|"
                    r"enfermee?s?) (?:dans|sous|derriere)\b",
                    r"\b(?:elle|il) (?:vient de |)(?:m a |m |nous a |nous )?appel\w* en chuchotant\b")
_MIS_DEHORS_PAR_MOI = _rx(r"\b(?:je l ai|je les ai|on l a|on les a|nous l avons|nous les avons) (?:\w+ ){0,1}(?:mis|mise|mises|foutu|foutue|"
                         r"jete|jetee)s? (?:dehors|a la porte)\b")
_JE_CACHE = _rx(r"\b(?:je suis|je me suis|on est|on s est|nous sommes|nous nous sommes) (?:\w+ ){0,1}(?:cachee?s?|enfermee?s?)\b")
_PLUS_FORTS_QUE_LES_FIGURES = {"lexique:mariage_force+mineur", "lexique:affaires_donnees+fin_reglee", "lexique:signes_graves_d_un_mal_courant", "lexique:au_bord_du_vide", "lexique:reserve_de_medicaments", "lexique:maltraitance_adulte",
                               "lexique:photos_nues_d_un_enfant",
                               "lexique:abri_perdu_ce_soir", "motif:punition_humiliante", "lexique:mort_datee_et_comptee",
                               "lexique:repas_remis_a_demain"}

# The reader's probability above which its reading holds against a frame (a question, a professional).
SEUIL_LECTEUR_SUR = 0.9


def _violence_d_adulte(probabilites: dict[str, float]) -> bool:
    """The reader sure of a grown-up's violence and not of a child in danger."""
    return probabilites.get("violences", 0.0) >= 0.9 and probabilites.get("enfant", 0.0) < 0.2


# What the person said to hide the harm, to a school, a doctor, the family: "j'ai dit au lycée que c'était
# au foot", "on a raconté que je suis tombée".
_COUVERTURE = _rx(r"\b(?:j ai|on a|il a|elle a|ils ont|il m a|elle m a|ils m ont) (?:dit|raconte|fait croire|pretendu|explique|"
                  r"fait dire|oblige a dire|force a dire)\b(?: \w+){0,4}? (?:que|qu) (?:c etait|c est|j etais|je suis|j ai|je me suis|"
                  r"il s est|elle s est|je m etais|(?:il|elle) etait)(?: \w+){0,6}",
                  # (the child's own account of a mark, « il dit qu'il s'est fait ça tout seul en jouant »)
                  r"\b(?:il|elle) (?:dit|pretend|raconte|explique|jure) (?:que|qu) (?:il|elle) s est (?:fait|brulee?|cognee?|"
                  r"blessee?)\b(?: \w+){0,6}")


# A suicide attempt under way, not a wish: the act is being done or has just been done, or the
# person is at the edge now.
_ACTE_EN_COURS = _rx(r"\b(?:en train de|(?:vient|viens|venons) de(?! (?:(?:me|m|nous|lui) )?(?:reclamer|demander|refuser|supprimer|"
                     r"couper|annoncer|notifier|convoquer|radier|informer|appeler|ecrire|repondre|envoyer)\b)(?! (?:terminer|finir|ecrire|rediger|poster|envoyer|relire|"
                     r"signer|ranger|remplir|lire|regarder|voir|parler|recevoir|comprendre|decider|dire|apprendre|faire mon testament|"
                     # (a loss told, not an act: « il vient de perdre son RSA après un contrôle »)
                     r"perdre|se faire (?:virer|licencier|radier|expulser)|etre (?:vire|licencie|radie|expulse)|"
                     r"faire une lettre|faire la lettre|me decider)\b)|il y a (?:\d+|deux|cinq|dix|quelques) (?:min|minutes)|"
                     r"ca saigne(?! (?:encore |toujours |)un peu\b)|saigne\w* (?:beaucoup|bcp|fort|enormement)|je me sens partir)\b",
                     # a running engine or a lit barbecue in a closed place: the fumes are already at work
                     r"\bmoteur (?:qui )?(?:allume|tourne|en marche)\b(?=.*\b(?:garage|portes? fermees?|fenetres? fermees?|tuyau)\b)|"
                     r"\b(?:garage|portes? fermees?)\b.*\bmoteur (?:qui )?(?:allume|tourne|en marche)\b|"
                     r"\b(?:barbecue|charbon|brasero) (?:\w+ ){0,3}allume\w*\b(?=.*\b(?:ferme\w*|calfeutr\w*|scotch\w*)\b)",
                     # someone else at the edge (the writer at the edge can still talk: the 3114 first)
                     r"\b(?<!je )(?:est|il est|elle est) (?:\w+ ){0,2}(?:sur le toit|sur le rebord|sur la rambarde|au bord du vide|"
                     r"sur le pont|sur le parapet|sur les rails|sur la voie)\b",
                     r"\b(?:parti|partie|part) (?:vers|en direction)\b",
                     # the rope hung and the writer on the chair, the blade against the wrist now
                     r"\bcorde\b.*\b(?:monte|suis|debout) sur (?:la|le|une|un) (?:chaise|tabouret|escabeau)\b|"
                     r"\b(?:monte|suis|debout) sur (?:la|le|une|un) (?:chaise|tabouret|escabeau)\b.*\bcorde\b|"
                     r"\b(?:couteau|lame|cutter|rasoir)\b (?:\w+ ){0,3}(?:sur|contre) (?:le|mon|les|mes) (?:poignets?|veines?)\b"
                     r" (?:\w+ ){0,2}(?:la|maintenant|en ce moment)\b",
                     # the writer at the edge with the train minutes away (« au bord du quai… le prochain train arrive dans 4 min »)
                     r"\b(?:train|metro|rer|tgv|ter) (?:\w+ ){0,1}(?:arrive|passe|arrivera|passera) dans (?:\d+|deux|trois|cinq|quelques) ?min\w*\b"
                     r"(?=.*\b(?:quai|rails|voie|pont)\b)|\b(?:quai|rails|voie|pont)\b.*\b(?:train|metro|rer|tgv|ter) (?:\w+ ){0,1}(?:arrive|"
                     r"passe|arrivera|passera) dans (?:\d+|deux|trois|cinq|quelques) ?min\w*\b|"
                     # (the train's minutes said a few words after it: « le prochain train qui passe sans s'arrêter c'est dans dix
                     # minutes », the writer at the end of the platform)
                     + _AU_BORD_AVANT_LE_TRAIN + "|"
                     rf"^(?=.*\b{_AU_BORD_DES_VOIES}\b)(?=.*\b{_UN_TRAIN}"
                     r"\b(?: \w+){0,8} (?:dans|d ici) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques) ?min\w*\b)",
                     # someone who said goodbye and no longer answers: the emergency services first
                     # (or an envelope left « à ouvrir quand on me trouvera » with the keys)
                     r"\bne (?:repond|decroche) (?:plus|pas)\b(?=.*\b(?:adieu|suicid\w*|en finir|se tuer|mourir|quand on me trouvera)\b)|"
                     r"\b(?:adieu|suicid\w*|en finir|se tuer|quand on me trouvera)\b.*\bne (?:repond|decroche) (?:plus|pas)\b",
                     # shut in behind a door after a farewell, no answer when knocked (« il s'est enfermé à clé dans sa chambre,
                     # il répond pas quand je frappe »)
                     r"^(?=.*\b(?:adieu|suicid\w*|en finir|se tuer|quand on me trouvera)\b)(?=.*\bs est (?:enferme\w*|barricade\w*)\b)"
                     r"(?=.*\b(?:repond|ouvre|decroche) (?:plus|pas)\b)",
                     # the pills gone and no answer (« la plaquette de médicaments est vide et elle répond plus »)
                     r"^(?=.*\b(?:plaquettes?|boites?|flacons?|tubes?) (?:\w+ ){0,6}(?:est |sont |)vides?\b)"
                     r"(?=.*\b(?:repond|decroche|ouvre) (?:plus|pas)\b)")
# The beating someone says they will get (« je vais prendre une raclée »).
_PRENDRE_UNE_RACLEE = (r"(?:je vais|j vais|jvais|on va|il va|elle va) (?:me |m en |s en )?(?:prendre|recevoir|manger|ramasser) "
                       rf"(?:\w+ ){{0,4}}(?:{_RACLEE}|volee)\b")
# A child being hurt at this very moment, or hiding while the adult shouts or comes.
_ENFANT_MAINTENANT = _rx(# a child left tied or shut in there today (« aujourd'hui il y est depuis midi, il pleut »)
                         r"\b(?:aujourd hui|en ce moment|la|maintenant) (?:il|elle) (?:y )?est (?:depuis|encore|toujours)\b(?=.*\b(?:attach\w*|"
                         r"enferm\w*|balcon|cave|dehors|froid|pleut)\b)",
                         # beating promised for tonight, the night named first (« ce soir il me défonce quand il verra mon bulletin »)
                         r"\b(?:ce soir|cette nuit|tout a l heure|en rentrant) (?:il|elle|ils|elles) (?:va |vont |)(?:me|nous|la|le|les) "
                         r"(?:defonce\w*|frappe\w*|tape\w*|tuer?|massacre\w*|cogne\w*|bat|battre|tabasse\w*|tabasser)\b",
                         # it starts again now (« là il recommence »)
                         r"\b(?:la|et la|maintenant|en ce moment) (?:il|elle|ils|elles) (?:recommence\w*|remet\w* ca|en remet une couche)\b",
                         # a child followed now (« un homme suit ma fille de 11 ans en voiture depuis l'école »)
                         r"\b(?:suit|suivent|suivi|suivie|file)\b (?:\w+ ){0,5}(?:en voiture|en scooter|depuis l ecole|depuis la sortie|"
                         r"depuis le college|jusqu a la maison)\b",
                         # a child taken by a parent who threatens to kill them
                         r"\b(?:parti|partie|enfui|enfuie|disparu|disparue)\w* avec (?:mon|ma|mes|notre|nos|le|la|les) (?:fils|fille|enfants?|bebe|"
                         r"petits?|petite)\b(?=.*\b(?:menace\w*|tuer|ne repond (?:plus|pas)|sans nouvelles|ivre|saoul|soul|bourre|alcoolise|"
                         r"reverr\w* (?:plus|jamais))\b)",
                         # a beating heard starting again now (« … et là c'est en train de recommencer »)
                         r"\b(?:c est|ca est|ca) (?:en train de |)recommence\w*\b (?:\w+ ){0,2}(?:la|maintenant|en ce moment)\b|"
                         r"\b(?:la|et la|en ce moment) (?:c est|ca) (?:en train de )?recommence\w*\b",
                         rf"\b(?:en train de|en ce moment meme) (?:\w+ ){{0,5}}(?:{COUPS}|secou\w*|etrangl\w*|brul\w*|"
                         r"etouff\w*|tuer|les? tuer|la tuer)",
                         # the child hiding or shut in while the adult is coming or shouting, right now
                         r"\b(?:la maintenant|et maintenant|en ce moment) (?:il|elle) (?:\w+ ){0,3}(?:crie|hurle|tape|frappe|cherche|me cri)\w*\b|"
                         r"\b(?:frappe|tape|bat)\w* (?:\w+ ){0,6}(?:la maintenant|en ce moment|la tout de suite)\b|"
                         # locked in and still there (« enfermée dans la cave… j'y suis en ce moment »), or shut in a room
                         # against the one who is there (« il est dans ma chambre… je me suis enfermée dans la salle de bain »)
                         r"\benferm\w* (?:\w+ ){0,12}(?:j y suis|il y est|elle y est|y suis|y est) (?:encore |toujours )?(?:en ce moment|"
                         r"la|maintenant|depuis)\b|^(?=.*\b(?:je me suis|me suis|jme suis) enfermee? (?:dans|a)\b)(?=.*\b(?:est|sont) "
                         r"(?:dans ma chambre|dans l appart|a la maison|la)\b)|"
                         r"\b(?:je suis |suis |me suis )cachee? (?:sous|dans|derriere)\b|"
                         r"\b(?:on est|on s est|nous sommes|nous nous sommes) cache\w* (?:sous|dans|derriere)\b|\b(?:il|elle) (?:arrive|va revenir finir|revient finir)\b"
                         r"(?=.*\bpeur\b)|\bva revenir finir\b|\bca (?:crie|hurle)\b(?=.*\bcachee?\b)",
                         # a beating promised for tonight (« il a dit qu'il allait me corriger ce soir quand il rentrera »)
                         r"\b(?:va|vont|allait|allaient|vais) (?:me|le|la|les|nous) (?:corriger|frapper|taper|tuer|defoncer|massacrer|"
                         r"punir|battre|cogner|tabasser)\b(?= (?:\w+ ){0,3}(?:ce soir|cette nuit|tout a l heure|quand (?:il|elle) "
                         r"(?:rentre|rentrera|reviendra|revient)|en rentrant)\b)",
                         r"\b(?:ce soir|cette nuit)\b (?:\w+ ){0,6}(?:va|vont|allait|allaient) (?:me|le|la|les|nous) (?:corriger|frapper|"
                         r"taper|tuer|defoncer|massacrer|punir|battre|cogner|tabasser)\b",
                         # (or the beating named as what the child will get: « ce soir quand il rentre je vais prendre la plus
                         # grosse raclée de ma vie »)
                         r"\b(?:ce soir|cette nuit|tout a l heure|quand (?:il|elle) (?:rentre|rentrera|reviendra|revient)|en rentrant)\b "
                         rf"(?:\w+ ){{0,6}}{_PRENDRE_UNE_RACLEE}",
                         rf"\b{_PRENDRE_UNE_RACLEE} (?:\w+ ){{0,4}}"
                         r"(?:ce soir|cette nuit|tout a l heure|quand (?:il|elle) (?:rentre|rentrera|reviendra|revient))\b",
                         # (or a death promised tonight in other words: « ce soir il a dit que je sortirais pas vivante »)
                         r"\b(?:ce soir|cette nuit)\b (?:\w+ ){0,6}(?:sortirai|sortirais|sortiras|finirai|finirais) pas vivante?s?\b",
                         r"\b(?:il|elle|ils) (?:me|nous) (?:tue|tuent|defonce|defoncent|massacre|massacrent|tabasse|tabassent|corrige|"
                         r"frappe|frappent) ce soir\b",
                         # an adult meeting the child tonight (« un homme de 30 ans veut me voir ce soir »); a child staying at
                         # a grown man's is the 17's for some writers, the 119's for as many (3 and 2 over dev2–dev16): left
                         r"\b(?:veut|va|doit|vient) (?:me|le|la|les) (?:voir|rencontrer|retrouver|chercher|recuperer)\b"
                         r"(?= (?:\w+ ){0,3}(?:ce soir|cette nuit|tout a l heure|demain|dans une heure)\b)",
                         # the child with the one who abuses them at this moment
                         r"\b(?:elle|il) est (?:\w+ ){0,2}(?:chez lui|chez eux|avec lui|avec eux|chez cet homme|avec cet homme) "
                         r"(?:en ce moment|maintenant|actuellement|la)\b",
                         # a child gone and no longer answering: the police look for them (service-public.fr, disparition
                         # d'un enfant: le 17, checked 2026-12-04)
                         r"\b(?:partie?|parti avec|disparue?|pas rentree?|introuvable|fugue\w*)\b.*\b(?:(?:ne )?repond (?:plus|pas)|"
                         r"telephone (?:est )?(?:eteint|coupe)|aucune nouvelle|sans nouvelles?|personne ne sait ou)\b")
# A forced marriage within days (a day named, tomorrow, this week-end, the airport) or the person shut in for it.
# A child shut in a closed car, or one in full sun (« un bébé tout seul dans une voiture fermée sur le parking »).
_ENFANT_DANS_UNE_VOITURE = _rx(rf"\b(?:{ENFANT}|petit|petite|\d+ (?:mois|ans))\b.*\b" + _VOITURE_FERMEE)
_MARIAGE_IMMINENT = _rx(r"\b(?:demain|ce soir|cette nuit|ce week end|cette semaine|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                        r"dimanche)(?! dernier)|dans (?:\d|deux|trois|quatre|cinq|six|quelques) jours|aeroport|"
                        r"enfermee?|surveill\w* (?:la|ma) porte)\b")
# Already taken abroad (« elle est partie en vacances au pays il y a 3 semaines »): the police of France cannot stop the
# departure any more, the marriage is no reason to put the 17 first.
_DEJA_AU_PAYS = _rx(r"\b(?:est|sont|suis|sommes) (?:deja |)(?:partie?s? |restee?s? |bloquee?s? |)(?:\w+ ){0,2}(?:au pays|au bled)\b(?! (?:demain|"
                    r"ce soir|cette nuit|ce week end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans))")
# A child left alone by the adults in charge (« mon copain la laisse seule toute l'aprem »).
_LAISSE_SEUL = _rx(r"\b(?:l|la|le|les) (?:a |ont |avait |avaient |)laisse\w* (?:\w+ ){0,1}(?:tout |toute |tous |toutes |)seule?s?\b")
# A young child left with no adult for hours or days, no one answering: the police first too.
# The children taken in by the writer now (« je les ai chez moi là », « ils dorment chez moi ce soir »): no one to send right
# away, the 119 first.
# A child gone to an adult who exploits them (« chez un homme majeur qui lui fournit de la drogue »).
_CHEZ_UN_ADULTE_QUI_EXPLOITE = _rx(
    r"\b(?:chez|avec) (?:un homme|un adulte|un majeur|des gens|des adultes|un inconnu|des inconnus|des hommes)\b",
    r"\b(?:donne\w*|fourni\w*) (?:\w+ ){0,2}(?:de la )?drogue\b|\b(?:font|fait|oblige\w*|force\w*) (?:\w+ ){0,1}(?:dormir|coucher) avec\b")
# A runaway or missing child found again, brought back or come home (with « il va bien »: the danger over).
_FUGUE_FINIE = _rx(r"\b(?:l a|l ont|on l a|la police l a|les gendarmes l ont|les policiers l ont) (?:ramene|retrouve)e?\b|"
                   r"\b(?:il|elle) est (?:rentree?|revenue?)\b")
_ENFANT_A_L_ABRI = _rx(r"\b(?:je les ai|je l ai|on les a|nous les avons|je les garde|on les garde|je les ai recuperes|je les ai pris) "
                       r"(?:\w+ ){0,1}(?:chez moi|chez nous|a la maison|avec moi|avec nous)\b|"
                       r"\b(?:ils|elles) (?:sont|dorment|restent) (?:chez moi|chez nous|a la maison avec moi)\b")
_ENFANT_LAISSE_SEUL = _rx(
                          # a child alone at this moment (« mon neveu de 7 ans m'appelle là… il est tout seul dans l'appart »), or
                          # children living alone (« trois enfants vivent seuls dans la case depuis que la mère a été reconduite »)
                          r"^(?=.*\b(?:il|elle|ils|elles) (?:est|sont|dort|dorment|reste|restent) (?:encore |)(?:tout |toute |toutes |tous )?"
                          r"seule?s?(?: (?:dans|a la maison|chez|la)\b|\s*$))"
                          r"(?=.*\b(?:maintenant|en ce moment|ce soir|cette nuit|m appelle|m a appele\w*|la tout de suite)\b)"
                          r"(?=.*\b(?:[1-9]|1[0-2]) ans\b)",
                          r"\b(?:enfants|petits|gamins|gosses|freres et soeurs) (?:\w+ ){0,2}(?:vivent|vivant|restent|sont|dorment) seuls\b"
                          r"(?=.*\b(?:[1-9]|1[0-2]) ans\b)",
                          # a baby left alone by a parent who has just gone (« elle laisse son bébé de 10 mois seul… là elle
                          # vient de partir »)
                          r"^(?=.*\b(?:bebe|nourrisson|\d+ mois|[1-5] ans)\b)(?=.*\blaisse\w* (?:\w+ ){0,5}seule?s?\b)"
                          r"(?=.*\b(?:(?:elle|il|ils) (?:vient|viennent) de (?:partir|sortir)|(?:elle|il) est (?:partie?|sortie?) "
                          r"(?:la|a l instant|maintenant))\b)",
                          # young children and no grown-up there tonight (« ce soir il fait nuit… toujours aucun adulte »)
                          r"^(?=.*\b(?:[1-9]|1[0-2]) ans\b)(?=.*\b(?:aucun adulte|pas d adulte|pas un adulte|personne pour (?:les|le|la) "
                          r"garder)\b)(?=.*\b(?:ce soir|cette nuit|en ce moment|maintenant|la nuit tombe|il fait nuit)\b)",
r"\bseule?s? (?:\w+ ){0,4}(?:toute la nuit|la nuit|des nuits|les nuits)\b"
                          r"(?=.*\b(?:ce soir|cette nuit|en ce moment|(?:elle|il) est (?:encore |de nouveau |)(?:partie?|sortie?))\b)",
                          r"\b(?:seule?s?|tout seule?s?) (?:\w+ ){0,6}depuis (?:\d+|une|un|deux|trois|hier|vendredi|samedi|dimanche|ce matin|"
                          r"plusieurs)\b(?=.*\b(?:personne (?:ne )?(?:repond|ouvre|les cherche|le cherche|la cherche)|pleure\w*|"
                          r"plus rien a manger|pas revenue?|partis?)\b)",
                          r"\b(?:parents|mere|maman|pere|papa) (?:\w+ ){0,2}(?:sont |est |)partis? (?:\w+ ){0,4}(?:depuis|avec la voiture)\b"
                          r"(?=.*\bpersonne (?:ne )?(?:repond|ouvre)\b)",
                          # the parent gone, or not back, since a day named, a night or some hours (« maman ai pa rentré
                          # depui vendredi », « la mère est partie samedi soir et est pas revenue »), and not as a habit
                          # (« tout le week end », « souvent »): the children are alone now
                          r"^(?!.*\b(?:tout le week end|tous les week ends|souvent|chaque (?:fois|week end|soir)|tous les soirs|"
                          r"d habitude|parfois)\b)(?=.*\b(?:parents|mere|maman|pere|papa|voisins|nounou)\b (?:\w+ ){0,4}"
                          r"(?:(?:est|sont|ai|a|ne sont|n est|s est) )?(?:(?:pas|pa|plus|toujours pas|jamais) (?:rentree?s?|revenue?s?)|"
                          r"partie?s?(?! (?:vivre|s installer|habiter))|disparue?s?)\b)(?=.*\b(?:depuis (?:hier|avant hier|ce matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                          r"dimanche|\d+ ?(?:h|heures?|jours?)|deux jours|trois jours|cette nuit)|(?:hier|samedi|dimanche|vendredi|lundi|"
                          r"mardi|mercredi|jeudi) soir|hier)\b)(?=.*\b(?:seule?s?|pleur\w*|faim|rien (?:a manger|dans le frigo)|"
                          r"plus rien|personne (?:ne )?(?:repond|ouvre)|(?:ne )?repond(?:ent)? (?:pas|plus)|petits?|petite|bebe|"
                          r"\d+ (?:ans?|mois))\b)")

# The writer's own child (« avec mon bébé »): the writer is a parent, most likely of age
_SON_PROPRE_ENFANT = _rx(r"\b(?:mon|ma|mes) (?:bebe|bebes|nourrisson|enfants?|fils|fille|filles)\b(?! (?:de (?:ma|mon|mes)|du|des))")
# Someone who means to die and to take the writer or the children with him
_ET_MOI_AVEC = _rx(r"\b(?:et|avec) (?:moi|nous|les enfants|mes enfants|les petits|toute la famille) (?:avec|aussi|en meme temps)\b|"
                   r"\b(?:nous|les) (?:tuer|emmener|emporter) (?:tous|toutes|avec lui|avec elle)\b|\bm emmener avec (?:lui|elle)\b")
# The writer cannot speak or hear on the phone: the 114 (by SMS) comes first.
_NE_PEUT_PAS_APPELER = _rx(r"\b(?:je suis|suis) (?:\w+ ){0,1}(?:sourde?|muette?|malentendante?|sourde? et muette?)\b|"
                           # (the word alone at the start, or with the phone one cannot use: « sourde, je peux pas appeler »)
                           r"^\W*(?:sourde?|muette?|malentendante?)\b|\b(?:sourde?|muette?|malentendante?)\b(?=.*\b(?:peux|peut|pe|peu) "
                           r"(?:pas|plus) (?:appeler|telephoner|parler)\b)|"
                           r"\b(?:je|j) (?:ne )?(?:peux|peut|peu|pe) (?:pas|pa|que) (?:appeler|apeler|parler|parle|telephoner|"
                           r"ecrire seulement)\b(?! (?:a|avec|de ca a) (?:ma|mon|mes|personne|qui|quelqu un|la|le|les|mon)\b)"
                           # (nor one's relatives not to be told: « jpeux pas appeler mes parents »)
                           rf"(?! {_POSSESSIF} (?:{_PROCHES_QU_ON_N_APPELLE_PAS}|mari|femme|copain|copine)\b)|"
                           # (« je n'arrive pas à téléphoner »: words that no longer come, « je n'arrive plus à articuler », are
                           # the stroke's sign, not a phone one cannot use)
                           r"\b(?:je n|j|je) arrive (?:pas|plus) a (?:appeler|telephoner)\b|"
                           r"\bje peux (?:seulement |juste |)ecrire\b")
# A medical emergency abroad in Europe (the 15 does not answer there: the 112 does) or on a road (the 112 first).
# A visitor on holiday in France (« I'm a tourist from Canada », « we are in Ajaccio on holiday »).
_TOURISTE = _rx(r"\b(?:tourist|tourists|on holiday|on holidays|on vacation|touriste|touristes)\b")
_A_L_ETRANGER = _rx(r"\b(?:en|au|aux) (?:espagne|italie|allemagne|belgique|suisse|portugal|grece|croatie|autriche|pays bas|"
                    r"irlande|pologne|angleterre|ecosse|luxembourg|roumanie|bulgarie|hongrie|republique tcheque|danemark|suede|"
                    r"norvege|finlande|slovenie|malte|chypre|andorre|monaco)\b",
                    r"\b(?:a l etranger|en europe|a barcelone|a madrid|a rome|a milan|a londres|a bruxelles|a berlin|a lisbonne|"
                    r"a geneve|a amsterdam)\b")
_SUR_LA_ROUTE = _rx(r"\baccident (?:de la route|de la circulation|sur (?:la|l) (?:rocade|autoroute|route|"
                    r"nationale|departementale|periph\w*|voie rapide))\b",
                    r"^(?=.*\b(?:sur (?:la|l) (?:autoroute|rocade|nationale|voie rapide|bande d arret)|sur (?:l |la |l)?[and] ?\d{1,3})\b)"
                    r"(?=.*\b(?:accident|percut\w*|renvers\w*|carambolage|tonneaux?|collision|sortie de route|dans le fosse)\b)",
                    # on the road now, whatever the emergency (« on est sur l'A75, ma femme perd les eaux »)
                    r"\b(?:on est|je suis|nous sommes|suis|jsuis|on roule|en voiture|on se trouve) (?:\w+ ){0,2}sur (?:l |la |l)?"
                    r"(?:autoroute|rocade|nationale|voie rapide|bande d arret|a ?\d{1,3}|n ?\d{1,3})\b",
                    # a fall far from a road, in the mountains: the 112 sends the mountain rescue (gendarmerie, PGHM)
                    r"^(?=.*\b(?:randonnee|rando|en montagne|sentier|via ferrata|escalade|piste de ski|hors piste)\b)"
                    r"(?=.*\b(?:tombee?|chute|ravin|falaise|crevasse|glisse)\b)")
_EXPRES = _rx(r"\b(?:expres|volontairement|pour mourir|pour en finir|pour ne plus (?:se|me) reveiller|pour se tuer|"
              r"pour me tuer|pour partir)\b")
_PEUR_MAISON = _rx(r"\bsi je (?:parle|le dis|dis quoi que ce soit|raconte)\b", r"\b(?:allait|va|vont|veut) me tuer\b",r"\b(?:peur|veux pas|veux plus|ose pas|ne veux pas) (?:de |d )?(?:rentrer|retourner) (?:chez moi|a la maison)\b",
                   r"\bne (?:veut|veulent) pas de moi\b|\bme rejett?\w*\b|\bdors (?:dans le couloir|par terre|sur le palier)\b|"
                   r"\bpersonne ne s occupe de moi\b|\bpas le droit de manger\b|\bme (?:demande|reclame|veut)\w* (?:\w+ ){0,4}(?:photos|videos)\b|"
                   r"\bpour me marier\b|\bme (?:tue|tuera|tuerait|menace\w*)\b|\bme fait (?:peur|mal)\b|"
                   r"\b(?:plus le droit|pas le droit|interdit) de rentrer\b|\bne (?:veut|veulent) plus que je rentre\b",
                   r"\bme (?:font|fait|obligent|oblige|laisse|laissent) (?:\w+ ){0,1}(?:jeuner|dormir par terre|dormir dehors)\b|\bme donne a manger que si\b|"
                   r"\bje (?:ne )?mange pas pendant (?:\d+|deux|trois) jours\b|\bme laisse (?:plus|pas) rentrer\b|"
                   r"\bdes marques que je cache\b|\bvaut mieux que je (?:sois|soit) pas (?:a la maison|la)\b|\bregrette que je sois nee?\b",
                   r"\bpeur de (?:mon|ma|mes) (?:pere|mere|papa|maman|parents|beau pere|belle mere|frere)\b")
_PEUR_MAISON_MINEUR = _rx(r"\bje suis mineure?\b.*\bpeur\b")
_PARENT_SUJET = _rx(
    # (not the place where the children are kept safe: « les enfants dorment chez ma mère »)
    _sauf_apres(*(f"{verbe} chez" for verbe in ("dorment", "dort", "sont", "est", "restent", "reste", "vont", "va", "gardes",
                                                  "garde", "gardee", "partis", "parties", "parti", "partie")))
    # (nor the one something is sent or told to: « il a déjà envoyé une photo à ma mère », « j'en ai parlé à ma mère »; « il y
    # a ma mère qui… » stays)
    + r"(?:(?<!\ba )|(?<=\by a ))"
    + r"\b(?:mon|ma|mes) (?:pere|mere|papa|maman|parents|beau pere|belle mere|oncle|tante|grand pere|grand mere|"
                    r"grand frere|tuteur|tutrice)\b(?! de (?:mes|ma|mon|nos) (?:enfants|fille|fils|bebe))"
    # (nor the relative who was hurt: « ma tante a été agressée dans la rue »)
    + r"(?! (?:a ete|est|etait|avait ete|s est fait\w*) (?:\w+ )?(?:agress|frapp|viol|battu|tabass|bless|attaqu|menac)\w*)")
_ADULTE_VULNERABLE = _rx(r"\b(?:dame|monsieur|personne agee|vieille dame|vieux monsieur|retraite\w*|handicape\w*|"
                         r"en situation de handicap|ehpad|pension|aah|apa)\b",
                         r"\b(?:[2-9]\d|1[89]) ans\b")
_MA_CHAMBRE = _rx(r"\b(?:ma chambre|mon lit)\b")
_AGE_MINEUR = _rx(r"\b(?:[1-9]|1[0-7]) (?:ans|mois)\b")
_PARTENAIRE_ADULTE = _rx(r"\b(?:mon|ma) (?:mari|femme|conjoint|conjointe|epoux|epouse)\b")
_VICTIME_TIERS = _rx(rf"\b(?:{COUPS}|secou\w*|{VIOL}) (?:\w+ ){{0,2}}(?:les|mes|nos|son|sa|ses|le|la) (?:{ENFANT})\b")
# An older person hurt by a relative of the next generations (not a partner): the writer of 65 or more
# (« j'ai 78 ans, mon fils prend ma retraite et me bouscule ») or a parent or grandparent of that age
# (« ma mère a 82 ans, mon neveu lui prend sa pension et la menace »).
_AINE_NOMME = _rx(r"\b(?:ma|mon|sa|son|notre) (?:mere|pere|maman|papa|grand mere|grand pere|mamie|mamy|papi|papy|belle mere|"
                  r"beau pere|tante|oncle|voisine|voisin)\b(?: \w+){0,4} (?:a |de |agee? de )?(?:6[5-9]|[7-9]\d|1[01]\d) ans\b",
                  # (the words a child calls a parent by need no possessive: « la retraite de maman (86 ans) »)
                  r"\b(?:maman|papa)\b(?: \w+){0,4} (?:a |de |agee? de )?(?:6[5-9]|[7-9]\d|1[01]\d) ans\b",
                  r"\b(?:ma|mon|sa|son|notre) (?:grand mere|grand pere|mamie|mamy|papi|papy|arriere grand mere|arriere grand pere|"
                  r"grand tante|grand oncle)\b",
                  r"\b(?:personne agee|personnes agees|vieille dame|vieux monsieur|ma vieille mere|mon vieux pere)\b")
# An older or dependent person named by age or state (« une dame de 86 ans », « ma mère a Alzheimer »), or a
# disabled adult of the family (« mon frère est handicapé mental »): a vulnerable adult (the 3977's people).
_ADULTE_DEPENDANT = _rx(r"\b(?:dame|monsieur|femme|homme|personne|retraitee?|voisine?|patiente?s?|residente?s?|beneficiaires?) "
                        r"(?:agee? )?(?:de )?(?:6[5-9]|[7-9]\d|1[01]\d) ans\b",
                        # (a few words between: « la dame du 2e a 90 ans »)
                        r"\b(?:(?:la|une|cette) (?:dame|vieille dame|voisine)|(?:le|un|ce) (?:monsieur|vieux monsieur|voisin))\b"
                        r"(?: \w+){1,3} (?:a|de) (?:[7-9]\d|1[01]\d) ans\b",
                        r"\b(?:alzheimer|demence|demente|grabataire|en ehpad|tetraplegique|paraplegique|polyhandicape\w*)\b",
                        # (an intellectual disability, « ma cousine a 30 ans, elle a une déficience intellectuelle »)
                        r"\b(?:deficience intellectuelle|deficiente? intellectuel\w*|handicap mental|handicapee? mentale?|"
                        r"retard mental)\b",
                        # « un monsieur âgé en fauteuil », « une dame âgée alitée »
                        r"\b(?:dame|monsieur|homme|femme|personne|voisine?) (?:tres )?(?:agee?s?|en fauteuil|alitee?|handicapee?)\b",
                        r"\b(?:mon|ma|sa|son|notre) (?:frere|soeur|fils|fille|cousin|cousine|oncle|tante)\b (?:\w+ ){0,3}"
                        r"(?:handicape\w*|autiste|trisomique|trisomie|polyhandicape\w*|sous tutelle|sous curatelle)\b",
                        # the writer's own disability (« je suis en fauteuil et c'est mon frère qui est mon aidant »)
                        r"\b(?:je suis|jsuis|suis) (?:\w+ ){0,2}(?:en fauteuil|handicapee?|alitee?|paralysee?|aveugle|non voyante?|"
                        r"sous tutelle|sous curatelle)\b")
# Someone paid to care for a person (« l'infirmier qui passe », « l'aide à domicile »), not the writer's own trade.
_AUTEUR_SOIGNANT = _rx(r"\b(?:l|un|une|le|la|son|sa|leur) (?:infirmier|infirmiere|aide a domicile|auxiliaire de vie|aide soignante?|"
                       r"aidant|aidante|tuteur|tutrice|curateur|curatrice|educateur|educatrice|moniteur|monitrice|personnel du foyer)\b")
_AUTEUR_PROCHE = _rx(r"\b(?:mon|ma|son|sa|notre|leur) (?:oncle|tante|beau frere|belle soeur|cousin|cousine)\b",
                     # the parents of a dependent adult (« elle vit chez ses parents qui encaissent son AAH »)
                     r"\b(?:ses|leurs) parents\b")
_AUTEUR_DESCENDANT = _rx(r"\b(?:mon|ma|son|sa|leur|notre) (?:fils|fille|petit fils|petite fille|neveu|niece|gendre|belle fille|"
                         r"frere|soeur|beau fils|petit neveu)\b",
                         # the son of the person one speaks of (« le fils d'un monsieur en fauteuil »)
                         r"\b(?:le|la) (?:fils|fille|petit fils|petite fille|neveu|niece|gendre|belle fille) (?:d|de|du)\b",
                         r"\b(?:mes|ses|leurs|nos) (?:enfants|petits enfants|fils|filles|neveux)\b")
_AUTEUR_PARTENAIRE = _rx(r"\b(?:mon|son|sa|ma) (?:mari|femme|epoux|epouse|compagnon|compagne|conjoint|conjointe|concubin|"
                         r"concubine|copain|copine|ex)\b(?! (?:est |)(?:decede|mort|parti))")


def _victime_agee_d_un_proche(normalised: str, age: Optional[int]) -> bool:
    aine = (age is not None and age >= 65) or bool(_AINE_NOMME.search(normalised)) or \
        bool(_ADULTE_DEPENDANT.search(normalised))
    auteur = _AUTEUR_DESCENDANT.search(normalised) or _AUTEUR_SOIGNANT.search(normalised) or \
        _AUTEUR_PROCHE.search(normalised)
    # the writer's other parent, who cares for a dependent one (« ma mère a Alzheimer et mon père la secoue »): the abuse
    # of a dependent adult by the one who looks after them
    conjoint_aidant = bool(_ADULTE_DEPENDANT.search(normalised)) and bool(_DEUX_PARENTS.search(normalised))
    return aine and bool(auteur or conjoint_aidant) and not _AUTEUR_PARTENAIRE.search(normalised)


_DEUX_PARENTS = _rx(r"\b(?:ma mere|maman)\b.*\b(?:mon pere|papa)\b|\b(?:mon pere|papa)\b.*\b(?:ma mere|maman)\b")


# A baby or an infant named: the one neglected is a child, whatever the ages of the grown-ups around
# (« la voisine laisse son bébé seul la nuit, elle a 19 ans »).
_BEBE = _rx(r"\b(?:bebe|bebes|nourrisson|nourrissons|nouveau ne|nouveaux nes|tout petit|toute petite)\b")
_TIERS_ADULTE_PARTENAIRE = _rx(r"\b(?:par|de) son (?:mari|copain|compagnon|conjoint|ex|mec)\b",
                               r"\b(?:vit|habite|est|sort|vivait) (?:avec|chez) (?:un|une) (?:homme|mec|type|gars|monsieur|femme) "
                               r"(?:\w+ ){0,2}qui (?:la|le) (?:bat|frappe|tape|cogne|battait|frappait|menace|maltraite)\b",
                               r"\bmon beau frere\b.*\bma soeur\b|\bma soeur\b.*\bmon beau frere\b",
                               # (« ma sœur vit avec un type qui lui a pris son tel »)
                               r"\b(?:ma voisine|ma soeur|mon amie|ma copine|ma mere|ma cousine|ma tante|ma meilleure amie|ma collegue|"
                               r"ma belle soeur|ma niece) (?:\w+ ){0,2}(?:vit|habite|sort|vivait|est) (?:avec|chez) (?:un|une|son) "
                               r"(?:homme|mec|type|gars|monsieur|copain|compagnon|conjoint|mari)\b",
                               r"\b(?:ma voisine|ma soeur|mon amie|ma copine|ma mere|ma cousine|ma tante|ma meilleure amie|ma collegue|"
                               r"ma belle soeur|ma belle mere|ma patiente|une patiente|une usagere|l usagere|une beneficiaire|"
                               r"une femme|une dame|une mere|une maman|une locataire|une salariee|une cliente)\b.*\b(?:son|sa) "
                               r"(?:mari|copain|compagnon|conjoint|ex|mec)\b")
# A child's life named (school, the youngest): children, not a grown-up, are the ones neglected (« un monsieur qui garde
# seul ses 3 enfants… ils ne vont plus à l'école, le plus petit a des croûtes partout »).
_VIE_D_ENFANT = _rx(r"\b(?:(?:ne vont|ne va|vont|va) (?:plus )?a l ecole|ecole|college|creche|maternelle|cantine|le plus petit|la plus petite|"
                    r"les petits|ses petits|leurs petits)\b")
_ENFANTS_NOMMES = _rx(r"\b(?:mes|nos|les|ses|leurs|notre|mon|ma|sa|son) (?:enfants|filles|fils|petits|bebe|bebes|gosses|"
                      r"petite|petit|petites|gamins|fille|enfant|petite soeur|petit frere)\b(?<!petit)(?<!petits)(?! fils| enfants| neveu)|"
                      # (a grandson is no child by the word: « se fait frapper par son petit-fils »)
                      r"\b(?:mes|nos|les|ses|leurs|notre|mon|ma|sa|son) (?:petit|petits)\b(?! fils| enfants| neveu)",
                      r"\b(?:l|un|une|cet|cette|le|la) (?:eleve|enfant|bebe|gamin|gamine|petit|petite|ado|fillette|garcon|nourrisson)\b")
_ADULTE_NOMME = _rx(r"\b(?:adulte|majeure?|majeurs)\b", r"\b(?:de|a) (?:1[89]|[2-9]\d) ans\b")
_PARENT_IVRE = _rx(r"\b(?:cuvait|cuve|cuvaient|ivre mort\w*|ivres?|bourree?s?|saoule?s?|defoncee?s?|completement (?:saoule?|bourree?|"
                   r"defoncee?|ivre)|a trop bu|avait trop bu|avait bu|sous (?:coke|drogue|cocaine|heroine|crack))\b")
_J_AVALE = _rx(r"\b(?:je suis en train d|je viens d|j ai|je|j) (?:\w+ ){0,1}aval\w* (?:\w+ ){0,3}(?:cachets|comprimes|medicaments|"
               r"pilules|gelules|boite|plaquette)\b")
_PREMIERE_PERSONNE_OU_INTENTION = _rx(r"\b(?:j ai|je viens de|je me|jai|j avais)\b", r"\bpour (?:mourir|en finir)\b",
                                      r"\bme sens partir\b",
                                      # someone else's overdose with the will to die said (« elle a pris tous ses cachets et elle
                                      # veut aller retrouver papi »)
                                      r"\b(?:veut|voulait|voudrait|veux) (?:aller |partir )?(?:retrouver|rejoindre|mourir|en finir)\b|"
                                      r"\b(?:veut|voulait|veux) plus vivre\b")


def detect(text: str) -> list[str]:
    """Emergency types found in ``text``, most urgent first; [] when none."""
    return list(analyse(text).types)


def primary(text: str) -> str | None:
    """The most urgent type found in ``text``, or None."""
    found = detect(text)
    return found[0] if found else None


def type_of_intent(intent: str | None) -> str | None:
    """``urgence_suicide`` -> ``suicide``; None for any other intent."""
    if intent and intent.startswith(INTENT_PREFIX) and intent[len(INTENT_PREFIX):] in TYPES:
        return intent[len(INTENT_PREFIX):]
    return None
