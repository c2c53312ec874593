"""The deterministic safety net: curated French patterns for urgent danger.

Plain Python, no Rasa import: the Rasa graph component ``bot.rasa_ext.safety_net.SafetyNet``
(bot environment), the actions (action environment) and the fast unit tests
all use it. ``detect(text)`` returns the emergency types found in a message,
most urgent first::

    >>> detect("jveu mourir")
    ['suicide']
    >>> detect("je meurs de faim de réussir cet examen")
    []

Types (the intent is ``urgence_<type>``): ``medicale`` (15 / 112),
``suicide`` (3114), ``enfant`` (119), ``violences`` (3919, 17, 114),
``sans_abri`` (115), ``faim`` (food aid). Order of priority: immediate danger
to life first, then a child, then violence, shelter, food.

The patterns work on a normalised text: lower case, no accents, apostrophes
and punctuation as spaces, common SMS spellings expanded ("jve" -> "je veux",
"chui" -> "je suis", "g" -> "j ai"). They prefer a false alarm, answered
gently, to a miss; a few English phrases are caught too (the numbers are the same); a few narrow vetoes handle figures of speech ("je meurs de
faim de réussir", "il me tape sur les nerfs", "mort de rire").
"""
from __future__ import annotations

import re

from common.text import fold

TYPES = ("medicale", "suicide", "enfant", "violences", "sans_abri", "faim")
INTENT_PREFIX = "urgence_"
INTENTS = tuple(INTENT_PREFIX + t for t in TYPES)

# Whole-token SMS and phonetic spellings, expanded before matching.
_SMS = {
    "jve": "je veux", "jveu": "je veux", "jveux": "je veux", "jvx": "je veux", "jvoudrais": "je voudrais",
    "veu": "veux", "vx": "veux", "ve": "veux",
    "chui": "je suis", "chuis": "je suis", "jsuis": "je suis", "jsui": "je suis", "chu": "je suis",
    "shui": "je suis", "jsp": "je sais pas",
    "g": "j ai", "jai": "j ai", "jpeux": "je peux", "jpeu": "je peux", "jpx": "je peux",
    "jpp": "j en peux plus", "jenpeuxplus": "j en peux plus",
    "jme": "je me", "jm": "je me", "jmen": "je m en", "jle": "je le", "jdors": "je dors", "jdor": "je dors",
    "dor": "dors", "dehor": "dehors", "mourire": "mourir", "mourrir": "mourir", "mouri": "mourir",
    "ki": "qui", "ke": "que", "k": "que", "koi": "quoi", "pa": "pas", "pk": "pourquoi", "pq": "pourquoi",
    "ya": "il y a", "tjr": "toujours", "tjrs": "toujours", "bcp": "beaucoup",
    "mn": "mon",
    "auj": "aujourd hui", "ajd": "aujourd hui", "aujd": "aujourd hui", "aujourdhui": "aujourd hui",
    "2main": "demain", "dla": "de la", "ds": "dans", "ptit": "petit", "ptite": "petite",
    "frap": "frappe", "frape": "frappe", "fraper": "frapper",
    "mang": "mange",
}


def normalise(text: str) -> str:
    """Folded text (``common.text.fold``: "j'ai" -> "j ai") with SMS spellings expanded."""
    return " ".join(_SMS.get(token, token) for token in fold(text).split())


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


_PARTNER = (r"(?:mon|ma|son|sa) (?:mari|femme|conjoint|conjointe|copain|copine|compagnon|compagne|mec|ex|"
            r"concubin|concubine|partenaire|petit ami|petite amie|epoux|epouse)")
_PARENT = (r"(?:mon (?:pere|beau pere|daron|papa|oncle|grand pere|frere)|ma (?:mere|belle mere|daronne|maman|"
           r"tante|grand mere)|mes parents|mes (?:beaux )?parents)")
_CHILD = (r"(?:fils|fille|filles|enfant|enfants|bebe|bebes|gamin|gamine|gamins|petit|petite|petits|gosse|gosses|"
          r"neveu|niece|eleve|ado|adolescent|adolescente|mome|momes|petit fils|petite fille)")
_HIT = (r"(?:frapp\w*|frappe|bat|battu|battue|battus|bats|battent|cogn\w*|tabass\w*|etrangl\w*|gifl\w*|"
        r"brutalis\w*|maltrait\w*|sequestr\w*|viol|viole|violee|violent|violente|tap(?:e|ent|ait|aient)\b"
        r"(?! sur (?:les nerfs|le systeme|la tete de)))")

POSITIVE: dict[str, re.Pattern[str]] = {
    "medicale": _rx(
        r"\b(?:heart attack|can t breathe|cannot breathe|not breathing|unconscious|overdose|bleeding a lot)\b",
        r"\b(?:fait|fais|faire|fit|a fait|fait une|en train de faire) (?:un |une )?(?:malaise|avc|infarctus|"
        r"crise cardiaque|arret cardiaque|crise d epilepsie|overdose|hemorragie|crise d asthme)",
        r"\b(?:crise cardiaque|arret cardiaque|infarctus|overdose|hemorragie|convulsion\w*)\b",
        r"\b(?:ne |n )?respire (?:plus|pas|mal|presque plus)\b",
        r"\b(?:du mal|difficulte|n arrive pas|n arrive plus|arrive plus) a respir\w*",
        r"\bs etouffe\b|\bperdu connaissance\b|\binconscient\w*\b|\bs est evanoui\w*\b",
        r"\bne (?:se reveille|reagit|bouge) (?:plus|pas)\b",
        r"\b(?:saigne|saignent) (?:beaucoup|enormement|abondamment|de partout|fort|sans arret)\b",
        r"\bperd (?:beaucoup|enormement) de sang\b",
        r"\b(?:douleur|mal) (?:a la|dans la|thoracique|a la) ?poitrine\b|\bdouleur thoracique\b",
        r"\burgence (?:medicale|vitale)\b|\burgences vitales\b",
        r"\b(?:appeler|appelez|appelle|appeller|faut) (?:une ambulance|les pompiers|le samu|le 15)\b",
        r"\bsamu\b|\bambulance\b",
        r"\b(?:a|ai|j ai|il a|elle a|vient d) (?:avale|pris) (?:tous|toutes|toute|une boite|la boite|trop) ",
        r"\b(?:brule|brulee|blesse|blessee) (?:gravement|grave)\b",
    ),
    "suicide": _rx(
        r"\b(?:want to die|kill myself|end my life|suicidal)\b",
        r"\bsu?i?[cs]{1,2}id\w*",
        r"\b(?:veux|veut|voudrais|vais|aimerais|prefere|prefererais|envie de|envie d|besoin de|pense a) "
        r"(?:mourir|crever|disparaitre|me tuer|me suicider|en finir\b(?! avec (?!(?:la vie|tout|ma vie|cette vie|moi)\b)))",
        r"\b(?:je|j|moi) (?:ne )?(?:veux|vais|voudrais|veut) (?:plus |pas )?(?:vivre|mourir)\b",
        r"\bme (?:suicider|suicide|pendre|pends|foutre en l air|fous en l air|jeter (?:sous|du|d un|par|dans)|"
        r"ouvrir les veines|taillader|tailler les veines|tirer une balle|scarifi\w*|mutil\w*|faire du mal|"
        r"fais du mal|couper les veines|coupe les veines|coupe les bras|coupe le bras|coupe les poignets|"
        r"laisser mourir)",
        r"\bje (?:vais|veux) me tuer\b|\benvie de me tuer\b|\bje me tue\b(?! (?:a|au) (?:la tache|travail|dire|repeter|vous))",
        r"\bmettre fin a (?:mes jours|ma vie|tout)\b|\ben finir avec (?:la vie|ma vie|tout)\b",
        r"\b(?:plus|pas|aucune) (?:envie|la force|le courage|de raison|raison) de vivre\b",
        r"\bmarre de (?:vivre|la vie|cette vie)\b|\bj en peux plus de (?:vivre|la vie)\b",
        r"\b(?:raison de vivre|envie de vivre)\b.*\b(?:plus|aucune|pas)\b",
        r"\b(?:la|ma|cette) vie (?:n a |a )?(?:plus )?(?:aucun|de|pas de) sens\b",
        r"\b(?:serait|seraient|seront|serez|irait|iront) mieux sans moi\b",
        r"\bidees noires\b|\bpensees (?:suicidaires|de mort|noires)\b",
        r"\b(?:automutil\w*|scarif\w*)",
        r"\b(?:sauter|me jeter|je saute) (?:du|d un|de la|par la|sous un|sous le|sous|dans le) "
        r"(?:pont|fenetre|balcon|train|metro|immeuble|toit|vide|falaise|rer|tram)\b",
        r"\bplus envie d etre (?:la|en vie|vivant|vivante)\b|\bpas envie de me reveiller\b",
        r"\bveux plus me reveiller\b|\bdormir pour toujours\b|\ben finir une bonne fois\b",
        r"\bje (?:ne )?sers a rien\b.*\b(?:mourir|disparaitre|partir|en finir)\b",
    ),
    "enfant": _rx(
        r"\b(?:child abuse|my (?:father|mother|dad|mum|mom|parents) (?:hits|beats|beat|hit) me)\b",
        rf"\b{_PARENT} (?:me |m )(?:a |ont )?(?:{_HIT}|touche|touchent|enferme\w*|brule\w*|affame\w*)",
        rf"\b(?:enfant|enfants|bebe|{_CHILD}) (?:est |sont |a ete |ont ete |se fait |se font |se faisait )?"
        r"(?:maltrait\w*|battu\w*|frapp\w*|abus\w*|viol\w*|secou\w*|en danger|tape|tapes|brutalis\w*|"
        r"attouch\w*|agress\w*)",
        rf"\b(?:{_HIT}|touche|secoue|abuse|agresse|enferme|affame|laisse seul|laisse seuls) "
        rf"(?:mon |ma |mes |son |sa |ses |les |un |une |le |la |des |notre |nos )?(?:{_CHILD})\b",
        r"\b(?:enfant|enfants|mineur|mineure|mineurs|bebe) en danger\b|\benfance en danger\b|\b119\b",
        r"\battouchement\w*|\binceste\w*|\bpedophil\w*|\bpedocrimin\w*",
        r"\bmaltraitance\w* (?:sur|d un|d une|des|infantile|de mon|de ma|de mes|de l enfant|envers)\b",
        r"\b(?:seul|seule|seuls|seules) (?:a la maison|chez (?:elle|lui|eux)|toute la nuit|dehors)\b.*\b(?:[1-9]|1[0-2]) ans\b",
        r"\b(?:[1-9]|1[0-2]) ans\b.*\b(?:seul|seule|seuls|seules) (?:a la maison|chez (?:elle|lui|eux)|toute la nuit|dehors)\b",
        r"\bbebe secoue\b|\benfant\w* (?:seul|seuls) (?:a la maison|toute la nuit|dehors|depuis)",
        r"\b(?:j ai|jai) (?:1[0-7]|[7-9]) ans\b.*\b(?:frapp\w*|bat|battu\w*|tape|viol\w*|touche|peur|danger|"
        r"dehors|fugue\w*|mettre dehors|mis dehors|mise dehors)\b",
        r"\b(?:je suis|suis) (?:mineur|mineure)\b.*\b(?:frapp\w*|bat|tape|viol\w*|peur|danger|dehors|rue)\b",
        r"\b(?:a|ai|j ai|il a|elle a|enfant a) fugue\b",
    ),
    "violences": _rx(
        r"\b(?:(?:he|she|my husband|my partner|my boyfriend) (?:hits|beats|beat|hit|raped|rapes) me|domestic violence|raped)\b",
        rf"\b(?:me|m) (?:a |ont |avait |l a )?(?:encore |deja |souvent |tout le temps |toujours )?{_HIT}",
        r"\bviolences? (?:conjugale|conjugales|domestique|domestiques|intrafamiliale|intrafamiliales|"
        r"sexuelle|sexuelles|physique|physiques|familiale|familiales|psychologique|psychologiques)\b",
        r"\bvictime\w* (?:de |d )(?:violence\w*|viol|coups|agression\w*|mon mari|mon conjoint|mon ex|harcelement)",
        r"\bfemme\w* battue\w*\b|\b(?:homme|mari) battu\b",
        r"\b(?:des|de|les|ses|mes) (?:coups|bleus)\b(?! de (?:fil|telephone|main|pouce|coeur|soleil|chance))",
        r"\bagress\w* sexuel\w*|\bharcelement sexuel\b|\bviol\b|\bviolee?s?\b",
        r"\b(?:il|elle|lui|ils) (?:est|sont|devient|etait|a ete) (?:tres |trop |souvent |tellement |de plus en plus )?violente?s?\b",
        r"\b(?:me|m|ma) (?:a |ont )?(?:mis|donne|met|mets|colle|fout|foutu) (?:une|des|un) (?:claque|claques|gifle|gifles|coup|coups|baffe|baffes|raclee|beigne)\b",
        rf"\b(?:peur|terrifiee?|terrorisee?) (?:de |d )(?:{_PARTNER}|lui|rentrer chez moi|rentrer a la maison|"
        r"mon mari|mon ex)\b",
        r"\b(?:va|veut|menace de|menace|a menace de|vont|voulait|essaie de|a essaye de|a voulu) (?:me |m )tuer\b",
        r"\bmenaces? de mort\b|\bmenace (?:avec |d )(?:un couteau|une arme|un fusil)\b",
        rf"\b{_PARTNER} (?:est |a ete |devient |etait )?(?:tres |trop |souvent |tellement |de plus en plus )?(?:violent|violente|dangereux|brutal)\b",
        rf"\b{_PARTNER} (?:me |m )?(?:{_HIT}|menace|insulte et me)",
        r"\b(?:m empeche|m interdit) de (?:sortir|partir|voir)\b|\b(?:enfermee?|sequestree?) (?:chez moi|a la maison)\b",
        r"\bforce a (?:coucher|avoir des relations|faire l amour)\b|\bsans mon consentement\b",
        rf"\b(?:il|elle|on|ils|{_PARTNER}) ma (?:{_HIT}|menace\w*)",
        r"\b3919\b",
    ),
    "sans_abri": _rx(
        r"\b(?:homeless|sleeping (?:outside|rough|on the street)|sleep (?:outside|on the street)|nowhere to sleep)\b",
        r"\b(?:dors|dormir|dormi|dort|dormons|dorment|dormais|passer la nuit|passe la nuit|nuit|nuits|vivre|vis|vit) "
        r"(?:dehors|dans la rue|a la rue|sur un banc|sous un pont|"
        r"dans (?:ma|une|la|mon|un) (?:voiture|gare|parc|tente|cage d escalier|hall|squat|parking|metro|abri bus))\b",
        r"\b(?:suis|sommes|etre|me retrouve|retrouve|retrouvee|retrouves|vis|vit|vivons|nous sommes|je suis) "
        r"(?:a la rue|dans la rue|sans (?:abri|logement|domicile|toit|rien|hebergement))\b",
        r"\b(?:est|sont) (?:a la rue|dans la rue|sans abri|dehors ce soir)\b",
        r"\bsdf\b|\bsans abri\b|\bsans domicile\b|\bpas de toit\b|\bplus de toit\b",
        r"\bnulle part (?:ou|pour|a) (?:dormir|aller|passer la nuit|me loger|loger)\b",
        r"\b(?:pas|aucun|plus d|pas d|rien) (?:d )?(?:endroit|logement|hebergement|lit|abri|toit) "
        r"(?:pour|ce soir|cette nuit)\b",
        r"\b(?:ou|pour) (?:dormir|passer la nuit|me loger|dormir avec mes enfants) (?:ce soir|cette nuit)\b",
        r"\b(?:mis|mise|jete|jetee|vire|viree|foutu|foutue|chasse|chassee|mets|met) (?:a la porte|dehors)\b",
        r"\bexpulse\w* (?:aujourd hui|ce matin|ce soir|hier|cette nuit|de mon logement aujourd hui)\b",
        r"\bhebergement d urgence\b|\b115\b|\bsamu social\b",
        r"\bdehors (?:ce soir|cette nuit|avec mes enfants|avec mon bebe)\b",
        r"\b(?:un |une )?(?:lit|abri|place|toit) pour (?:ce soir|cette nuit)\b",
    ),
    "faim": _rx(
        r"\b(?:i am hungry|i m hungry|nothing to eat|no food)\b",
        r"\b(?:j ai|on a|ils ont|ont|avons|ai|a|avez|as) (?:tres |trop |si |tellement |vraiment )?faim\b(?! de| d )",
        r"\b(?:meurs|meurt|mourir|mourons|meurent|crever|creve|crevons|crevent) de faim\b(?! de| d )",
        r"\b(?:rien|plus rien|pas de quoi|pas assez|rien du tout|plus de quoi|pas grand chose|plus assez) "
        r"(?:a |pour |de quoi )?manger\b",
        r"\b(?:pas|rien|plus|pas encore) (?:mange|manger) (?:depuis|aujourd hui|de la journee|hier|ce matin|ce midi|"
        r"ce soir|depuis ce matin)\b",
        r"\b(?:n ai|n avons|n ont|n a|ne mange|ai|avons) (?:pas|rien|plus rien|pas encore) (?:mange|manger)\b",
        r"\bsans manger\b|\bventre vide\b|\b(?:frigo|placards?|refrigerateur) (?:est |sont )?vides?\b",
        r"\b(?:pas|plus|rien|aucune) (?:de |d )?(?:nourriture|bouffe|repas)\b",
        r"\b(?:nourrir|donner a manger a) (?:mes|mon|ma|nos) (?:enfants|enfant|fils|fille|bebe|petits)\b",
        r"\b(?:acheter|payer) (?:a manger|de la nourriture|du lait|les courses)\b.*\b(?:pas|plus|rien|aucun)\b",
        r"\b(?:pas|plus|aucun|rien) (?:un sou|d argent|un euro|un centime|de sous)\b.*\bmanger\b",
        r"\b(?:pas|plus|rien|aucun)\b.*\b(?:de quoi manger|a manger ce soir|a manger aujourd hui)\b",
    ),
}

# Figures of speech that cancel a type when they are the only reason it matched.
VETO: dict[str, re.Pattern[str]] = {
    "suicide": _rx(
        r"\b(?:mourir|meurs|mort|morte|crever|creve) de (?:rire|honte|chaud|froid|fatigue|ennui|envie|faim)\b",
        r"\b(?:suicide|suicider) (?:social|commercial|politique|professionnel)\b",
        r"\bca me tue\b",
    ),
    "violences": _rx(
        r"\btape sur les nerfs\b|\bme tape sur le systeme\b",
        r"\b(?:frappe|frappee|frapper) (?:a la porte|par la nouvelle|par la foudre|d une amende|d interdiction)\b",
        r"\bmon (?:fils|ado|enfant|bebe|petit|chien|chat) me tue\b",
        r"\bviolente? (?:tempete|orage|pluie|crise de toux|migraine|douleur)\b|\b(?:tempete|orage|pluie|douleur) violente\b",
    ),
    "sans_abri": _rx(
        r"\b(?:peur|risque|risquer|crains|crainte|menace|eviter) (?:de |d )(?:me |nous |m |se )?(?:etre|retrouver|finir|"
        r"etre mis|etre mise|etre expulse\w*)\b",
        r"\b(?:chat|chien|chats|chiens|voiture) (?:dort|dorment) dehors\b",
    ),
    "faim": _rx(
        r"\bfaim de (?:loup|reussir|reussite|victoire|vivre|connaissance|liberte|justice)\b",
        r"\bmeurs de faim de\b",
    ),
}

# Vetoes that only apply when no other positive pattern of the type also fires on a strong phrase.
_STRONG: dict[str, re.Pattern[str]] = {
    "suicide": _rx(r"\bme (?:suicider|tuer|pendre)\b", r"\bveux mourir\b(?! de)", r"\bsuicidaire\b"),
    "violences": _rx(r"\b(?:il|elle|on) (?:me|m) (?:a )?(?:frapp\w*|bat|battu\w*|viol\w*|etrangl\w*)"),
    "sans_abri": _rx(r"\b(?:dors|dormons) dehors\b(?! (?:ou|si))", r"\bsuis a la rue\b(?! (?:si|bientot))"),
    "faim": _rx(r"\b(?:j ai|ont) faim\b(?! de| d )"),
}


def detect(text: str) -> list[str]:
    """Emergency types found in ``text``, most urgent first; [] when none."""
    normalised = normalise(text)
    if not normalised:
        return []
    found = []
    for kind in TYPES:
        if not POSITIVE[kind].search(normalised):
            continue
        veto = VETO.get(kind)
        if veto is not None and veto.search(normalised):
            strong = _STRONG.get(kind)
            if strong is None or not strong.search(normalised):
                continue
        found.append(kind)
    return found


def primary(text: str) -> str | None:
    """The most urgent type found in ``text``, or None."""
    found = detect(text)
    return found[0] if found else None


def type_of_intent(intent: str | None) -> str | None:
    """``urgence_suicide`` -> ``suicide``; None for any other intent."""
    if intent and intent.startswith(INTENT_PREFIX) and intent[len(INTENT_PREFIX):] in TYPES:
        return intent[len(INTENT_PREFIX):]
    return None
