"""bot/rasa_ext/grounded_intents.py: DIET's ``goodbye`` stands only with words of goodbye; without
them the FallbackClassifier gives ``nlu_fallback`` (the form then reads the message as its answer).
Runs in the bot environment (Python 3.10, Rasa)."""
from __future__ import annotations

import json

from harness.processes import run_bot_script

_SCRIPT = r"""
import json, sys
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.training_data.message import Message
from bot.rasa_ext import grounded_intents
grounded_intents.install()
grounded_intents.install()  # twice: still one patch
classifier = FallbackClassifier(FallbackClassifier.get_default_config() | {"threshold": 0.4, "ambiguity_threshold": 0.1})
out = {}
for text, intent, confidence in json.loads(sys.argv[1]):
    ranking = [{"name": intent, "confidence": confidence}, {"name": "informer", "confidence": 0.01}]
    message = Message(data={"text": text, "intent": ranking[0], "intent_ranking": list(ranking)})
    classifier.process([message])
    out[text] = message.get("intent")["name"]
print("RESULT " + json.dumps(out))
"""

CASES = [
    # (text, DIET's top intent, confidence) -> intent after the fallback classifier
    ("850 a peu pres", "goodbye", 0.44, "nlu_fallback"),
    ("dans les 1200 je crois", "goodbye", 0.9, "nlu_fallback"),
    ("au revoir", "goodbye", 0.99, "goodbye"),
    ("Merci, bonne journée à vous !", "goodbye", 0.8, "goodbye"),
    ("c bon je vous laisse", "goodbye", 0.7, "goodbye"),
    ("a+", "goodbye", 0.9, "goodbye"),
    ("Ok à bientôt", "goodbye", 0.9, "goodbye"),
    # other intents are the classifier's own business
    ("j'ai 34 ans", "informer", 0.9, "informer"),
    ("qsdkjf zzz", "informer", 0.2, "nlu_fallback"),
    ("et sinon ?", "greet", 0.2, "nlu_fallback"),
    # a situation told that DIET is unsure of is one told, not one to say again
    ("j'ai 34 ans", "informer", 0.2, "informer"),
    ("bjr j'ecris pour mon petit frere, il a 20 ans et il fait rien en ce moment", "greet", 0.3, "informer"),
    # an out-of-scope reading of the person's own situation is a fact to read
    ("je bosse 12h par semaine dans un fast-food à côté", "out_of_scope", 0.63, "informer"),
    ("moi j'habite a Brest avec mes 2 enfants", "out_of_scope", 0.7, "informer"),
    ("quel temps fera-t-il demain à Lyon ?", "out_of_scope", 0.9, "out_of_scope"),
    ("tu connais une bonne recette de crêpes ?", "out_of_scope", 0.8, "out_of_scope"),
]


def test_goodbye_and_out_of_scope_need_their_words() -> None:
    data = json.dumps([case[:3] for case in CASES])
    result = run_bot_script(_SCRIPT, data)
    assert result == {text: expected for text, _, _, expected in CASES}
