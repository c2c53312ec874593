"""Intents that end or sidestep the conversation need their words.

A goodbye needs words of goodbye: DIET's ``goodbye`` without one is the NLU fallback.
``goodbye`` ends the situation form (a rule of bot/data/rules_situation.yml) and the person's
answers stop there. DIET learnt it from about thirty short farewells, and on short answers it has
not seen it may pick it with a middling confidence: « 850 a peu pres », the pay asked by the form,
was read ``goodbye`` (0.44) and got « Au revoir, et bon courage ». A farewell says so in words (au
revoir, bye, à plus, bonne journée, je vous laisse, c'est tout pour moi…); when none of them is in
the message, the ``FallbackClassifier`` gives ``nlu_fallback`` instead, as it does for a low
confidence, and the form reads the message as the answer to its question (an intent it takes as
an answer). Outside the form, the fallback asks the person to say it again, which costs less than
ending the conversation.

An out-of-scope message does not tell the person's own situation: DIET's ``out_of_scope`` on « je
bosse 12h par semaine dans un fast-food à côté » got « Désolé, je ne sais pas répondre à cela » and
the fact was lost. A message that says the person's age, money, work, housing or household in the
first person (``tells_situation``) is ``informer`` instead: the form, or the first message's action,
reads its facts.

A message DIET is unsure of (the ``FallbackClassifier``'s ``nlu_fallback``) that tells a situation, the
person's or a relative's (« j'écris pour mon petit frère, il a 20 ans »), is ``informer`` too: it had got
« Je n'ai pas bien compris » as a first message, and the relative it was about was lost.

``install()`` is called by the declared input channels (``channels.py``), like the other changes
Rasa 3.6 offers no setting for; the model file is unchanged.
"""
from __future__ import annotations

import re
import unicodedata

from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

GOODBYE = "goodbye"
NLU_FALLBACK = "nlu_fallback"
# The confidence given to a situation told that DIET was unsure of (the policies read the intent's name only).
FALLBACK_TO_INFORMER_CONFIDENCE = 1.0
OUT_OF_SCOPE = "out_of_scope"
INFORMER = "informer"
# Words a person uses to take leave (folded: no accents, lower case, punctuation as spaces).
_FAREWELL = re.compile(
    r"(?<![a-z0-9])(au ?revoir|aurevoir|orevoir|bye|byebye|ciao|tchao|tchuss|adieu|salut|a plus|a \+|a\+|@\+|a tout( a l heure)?|"
    r"bonne (journee|soiree|nuit|fin de journee|continuation|semaine|week ?end|fin de semaine)|"
    r"a (bientot|demain|la prochaine|une prochaine|plus tard|la revoyure)|"
    r"je (m en vais|vous laisse|te laisse|pars|quitte|file|me deconnecte|reviendrai|repasserai)|"
    r"on (s arrete|arrete)|j arrete( la)?|c est tout pour (moi|aujourd hui|le moment)|"
    r"fin de (la )?(conversation|discussion)|dernier message|derniere fois que je vous ecris)(?![a-z0-9])")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9@+]+", " ", text).strip()


def says_goodbye(text: str) -> bool:
    """Whether the message has words of goodbye."""
    return bool(_FAREWELL.search(_fold(text)))


def unfounded_goodbye(message: Message) -> bool:
    """DIET's top intent is ``goodbye`` and the message has no word of goodbye."""
    intent = (message.data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    return intent == GOODBYE and not says_goodbye(message.get(TEXT) or "")


# The person's own situation in the first person (folded text): an age, an amount, work, housing, household.
_SITUATION = re.compile(
    r"(?<![a-z0-9])(j ai \d{1,3} ans|\d+ ?(euros?|e|eur|h|heures?)( net)?( par (mois|semaine|an|jour))?|"
    r"(je|j) (bosse|travaille|taffe|vis|habite|loue|paie|paye|touche|gagne|percois|recois|dors|elev\w*|"
    r"suis (etudiante?|au chomage|a la retraite|retraitee?|enceinte|seule?|celibataire|locataire|proprietaire|hebergee?|"
    r"en (cdi|cdd|interim|arret|apprentissage|alternance|formation|couple)|mariee?|divorcee?|veuve?|separee?|"
    r"sans (emploi|travail|logement|papiers)|handicapee?|salariee?|auto entrepreneu\w*|independante?|apprentie?))|"
    r"(mon|ma|mes|notre|nos) (loyer|salaire|paie|retraite|pension|mari|femme|conjointe?|compagnon|compagne|enfants?|"
    r"fils|filles?|bebe|appart\w*|studio|logement|proprio|employeur|patron)|"
    # the situation of a relative the person writes for: « j'écris pour mon petit frère, il a 20 ans »
    r"(j ecris|je vous ecris|j envoie|je demande|c est|je viens|je me renseigne) pour (mon|ma|mes|notre|nos) \w+|"
    r"(il|elle) a \d{1,3} ans)(?![a-z0-9])")


def tells_situation(text: str) -> bool:
    """Whether the message tells the person's own situation (an age, an amount, work, housing, household)."""
    return bool(_SITUATION.search(_fold(text)))


def out_of_scope_telling_a_situation(message: Message) -> bool:
    """DIET's top intent is ``out_of_scope`` and the message tells the person's situation."""
    intent = (message.data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    return intent == OUT_OF_SCOPE and tells_situation(message.get(TEXT) or "")


_should_fallback = FallbackClassifier._should_fallback
_process = FallbackClassifier.process
_installed = False


def _should_fallback_or_unfounded(self: FallbackClassifier, message: Message) -> bool:
    return _should_fallback(self, message) or unfounded_goodbye(message)


def _process_with_situations(self: FallbackClassifier, messages: list[Message]) -> list[Message]:
    for message in messages:
        if out_of_scope_telling_a_situation(message):
            confidence = (message.data.get(INTENT) or {}).get("confidence")
            message.data[INTENT] = {INTENT_NAME_KEY: INFORMER, "confidence": confidence}
    messages = _process(self, messages)
    for message in messages:
        # A message DIET is unsure of that tells a situation is one told, not one to say again: « bjr j'écris
        # pour mon petit frère, il a 20 ans et il fait rien en ce moment » had got « Je n'ai pas bien compris ».
        if (message.data.get(INTENT) or {}).get(INTENT_NAME_KEY) == NLU_FALLBACK and \
                tells_situation(message.get(TEXT) or "") and not says_goodbye(message.get(TEXT) or ""):
            message.data[INTENT] = {INTENT_NAME_KEY: INFORMER, "confidence": FALLBACK_TO_INFORMER_CONFIDENCE}
    return messages


def install() -> None:
    global _installed
    if _installed:
        return
    FallbackClassifier._should_fallback = _should_fallback_or_unfounded
    FallbackClassifier.process = _process_with_situations
    _installed = True
