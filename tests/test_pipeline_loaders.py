"""bot/rasa_ext/spacy_words.py and bot/rasa_ext/name_features.py, in the bot environment.

- ``SpacyWords`` loads spaCy's French model once per process without the parser and the entity
  recogniser, and the tokens the pipeline reads (words, lemmas, parts of speech, tags) are those
  of Rasa's own ``SpacyNLP`` model;
- ``NameCountVectorsFeaturizer`` counts the words of the intents' and actions' names exactly as
  Rasa's ``CountVectorsFeaturizer`` does (TED's inputs unchanged), and no longer the text.
"""
from __future__ import annotations

import json
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json, tempfile
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.nlu.utils.spacy_utils import SpacyNLP
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.rasa_ext.name_features import NameCountVectorsFeaturizer
from bot.rasa_ext.spacy_words import SpacyWords

TEXTS = ["Bonjour, je suis au RSA depuis 2 ans et je vis seule à Saint-Denis",
         "jai 3 enfants dont un bébé de 4 mois, mon loyer c'est 620 euros",
         "Mon mari me frappe, j'ai peur de rentrer ce soir",
         "aujourd'hui je sais pas ou dormir", "🙂", ""]

def tokens(model):
    return [[(t.text, t.lemma_, t.pos_, t.tag_) for t in model.model(text.lower())] for text in TEXTS]

ours, again = SpacyWords.load_model("fr_core_news_md"), SpacyWords.load_model("fr_core_news_md")
rasa = SpacyNLP.load_model("fr_core_news_md")
out = {"once": ours is again, "pipes": ours.model.pipe_names, "rasa_pipes": rasa.model.pipe_names,
       "same_tokens": tokens(ours) == tokens(rasa)}

examples = [Message(data={"text": t, "intent": i}) for t, i in
            [("bonjour", "greet"), ("je cherche un ccas", "chercher_ccas"), ("merci", "thank_you"),
             ("je veux un logement", "besoin_logement")]]
examples += [Message(data={"action_name": a}) for a in ["action_orientation", "utter_greet", "action_listen"]]
data = TrainingData(examples)
context = ExecutionContext(GraphSchema({}), node_name="cv")
WhitespaceTokenizer.create(WhitespaceTokenizer.get_default_config(), None, None, context).process_training_data(data)

def featurize(cls):
    storage = LocalModelStorage(Path(tempfile.mkdtemp()))
    featurizer = cls.create(cls.get_default_config(), storage, Resource("cv"), context)
    featurizer.train(data)
    probe = [Message(data={"intent": "chercher_ccas"}), Message(data={"action_name": "action_orientation"}),
             Message(data={"text": "je cherche un ccas"})]
    WhitespaceTokenizer.create(WhitespaceTokenizer.get_default_config(), None, None, context).process(probe)
    featurizer.process(probe)
    return [{a: f.features.toarray().tolist() for a in ("intent", "action_name", "text")
             for f in m.features if f.attribute == a} for m in probe]

out["full"] = featurize(CountVectorsFeaturizer)
out["names"] = featurize(NameCountVectorsFeaturizer)
print(json.dumps(out))
"""


def test_spacy_loaded_once_without_unread_pipes_and_names_counted_as_rasa_does():
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["once"] is True
    assert "ner" not in out["pipes"] and "parser" not in out["pipes"]
    assert "ner" in out["rasa_pipes"]  # Rasa's loader keeps it: the difference is real
    assert out["same_tokens"] is True
    full, names = out["full"], out["names"]
    # The names' features are Rasa's, to the count; the text gets none from the name featurizer.
    assert names[0]["intent"] == full[0]["intent"] and names[0]["intent"]
    assert names[1]["action_name"] == full[1]["action_name"] and names[1]["action_name"]
    assert "text" in full[2] and "text" not in names[2]
