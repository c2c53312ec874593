"""What makes a retrain after a small NLU change fast, in the bot environment, each checked to
give what a training without it gives:

- ``SpacyWords``' ``DocCache``: the documents read back from disk carry the same words, offsets,
  lemmas, parts of speech, tags and morphology as spaCy's, only new texts are parsed, and a
  damaged file is parsed again rather than trusted;
- ``SpacyTokens``: the tokens of Rasa's ``SpacyTokenizer``, whose one-hash fingerprint is equal
  for equal tokens and changes with any field;
- ``WordIntentClassifier``'s ``WarmStart``: a training started from the previous solution (with
  a new example, a new n-gram and a new intent since) reaches the probabilities of a training
  from zero; with no file it starts from zero.
"""
from __future__ import annotations

import json
import os
import subprocess

from harness.processes import BOT_BIN, ROOT

_SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
import numpy as np
from bot.rasa_ext.spacy_words import SpacyWords, DocCache
from bot.rasa_ext.word_intents import WordIntentClassifier as C, WarmStart
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

out = {}
# -- DocCache
model = SpacyWords.load_model("fr_core_news_md").model
TEXTS = ["bonjour, je suis au rsa depuis 2 ans et je vis seule a saint-denis",
         "j'ai 3 enfants dont un bébé de 4 mois, mon loyer c'est 620 euros",
         "mon mari me frappe, j'ai peur de rentrer ce soir", "  espaces  doubles ", "🙂 ok"]
def attrs(doc):
    return [(t.text, t.idx, t.whitespace_, t.lemma_, t.pos_, t.tag_, str(t.morph), t.norm_) for t in doc]
directory = Path(tempfile.mkdtemp())
first = DocCache(model, directory).docs(TEXTS[:3])
calls = []
piped = model.pipe
def counting_pipe(texts, **kw):
    texts = list(texts); calls.append(texts); return piped(texts, **kw)
model.pipe = counting_pipe
again = DocCache(model, directory).docs(TEXTS + TEXTS[:1])
out["parsed_again"] = list(calls)
out["same"] = [attrs(d) for d in again] == [attrs(model(t)) for t in TEXTS + TEXTS[:1]]
cache = DocCache(model, directory)
cache.path.write_bytes(b"not a docbin")
calls.clear()
out["damaged_same"] = [attrs(d) for d in cache.docs(TEXTS[:2])] == [attrs(model(t)) for t in TEXTS[:2]]
out["damaged_parsed"] = calls
model.pipe = piped

# -- SpacyTokens: Rasa's tokens, with a one-hash fingerprint that follows every field
from bot.rasa_ext.spacy_tokens import SpacyTokens, HashedToken
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
def fields(tokens):
    return [(t.text, t.start, t.end, t.lemma, t.data) for t in tokens]
mine, rasa_own = SpacyTokens(SpacyTokens.get_default_config()), SpacyTokenizer(SpacyTokenizer.get_default_config())
msgs = [Message(data={"text": t, "text_spacy_doc": model(t)}) for t in TEXTS]
out["tokens_same"] = all(fields(mine.tokenize(m, "text")) == fields(rasa_own.tokenize(m, "text")) for m in msgs)
token = mine.tokenize(msgs[0], "text")[2]
twin = HashedToken(token.text, token.start, token.end, data=dict(token.data), lemma=token.lemma)
prints = {token.fingerprint()}
for changed in (HashedToken(token.text + "x", token.start, token.end, data=dict(token.data), lemma=token.lemma),
                HashedToken(token.text, token.start + 1, token.end + 1, data=dict(token.data), lemma=token.lemma),
                HashedToken(token.text, token.start, token.end, data=dict(token.data), lemma=token.lemma + "x")):
    prints.add(changed.fingerprint())
before = twin.fingerprint()
twin.set("pattern", {"code_postal": True})
prints.add(twin.fingerprint())
out["token_prints"] = [len(prints), before == token.fingerprint()]

# -- WarmStart
EXAMPLES = {
    "greet": ["bonjour", "salut", "bonsoir", "coucou", "bonjour madame", "salut a vous"],
    "besoin_logement": ["je cherche un logement", "je n'ai plus d'appartement", "trouver un logement social",
                        "je dois quitter mon appart", "besoin d'un toit", "demande de HLM"],
    "besoin_alimentation": ["je n'ai plus rien a manger", "colis alimentaire", "besoin de nourriture",
                            "les restos du coeur", "aide pour manger", "banque alimentaire"],
}
MORE = {"besoin_sante": ["je dois voir un medecin", "ma mutuelle est trop chere", "soins dentaires urgents"],
        "greet": ["bonjour je voudrais un renseignement"]}
def data(*groups):
    return TrainingData([Message(data={"text": t, "intent": i}) for g in groups for i, ts in g.items() for t in ts])
TEST = ["bjr", "jai plus de logement", "on a rien a manger ce soir", "mal aux dents", "🙂"]
def trained(training, cache_dir):
    import os
    os.environ["RASA_CACHE_DIRECTORY"] = str(cache_dir)
    c = C.create({}, LocalModelStorage(Path(tempfile.mkdtemp())), Resource("intents"), None)
    c.train(training)
    return c.probabilities(TEST), c.intents
warm_dir, cold_dir = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
trained(data(EXAMPLES), warm_dir)
kept = WarmStart(C.get_default_config(), warm_dir).path.is_file()
warm, warm_intents = trained(data(EXAMPLES, MORE), warm_dir)
cold, cold_intents = trained(data(EXAMPLES, MORE), cold_dir)
out["kept"] = kept
out["intents"] = [warm_intents, cold_intents]
out["max_diff"] = float(np.abs(warm - cold).max())
out["same_reading"] = warm.argmax(1).tolist() == cold.argmax(1).tolist()
# The start is laid out by name: a new intent starts at zero, a known one from its old row.
ws = WarmStart(C.get_default_config(), warm_dir)
import numpy as np
stored = np.load(ws.path)
names, classes = list(stored["names"]), list(stored["classes"])
coef, intercept = ws.start(names[::-1] + ["1\tnouveau"], ["zzz_nouvelle"] + classes)
out["layout"] = (bool(np.allclose(coef[1:, :-1], stored["coef"][:, ::-1])) and not coef[0].any()
                 and not coef[:, -1].any() and bool(np.allclose(intercept[1:], stored["intercept"])))
out["no_file"] = WarmStart(C.get_default_config(), Path(tempfile.mkdtemp())).start(names, classes) is None
print(json.dumps(out))
"""


def test_doc_cache_tokens_and_warm_start_give_what_a_training_without_them_gives(tmp_path):
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(tmp_path)}
    result = subprocess.run([str(BOT_BIN / "python"), "-c", _SCRIPT], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    # Only the two texts the file did not hold went through spaCy, once.
    assert out["parsed_again"] == [["  espaces  doubles ", "🙂 ok"]]
    assert out["same"] is True
    assert out["damaged_same"] is True and len(out["damaged_parsed"]) == 1
    # SpacyTokens: Rasa's tokens; equal tokens hash alike, a change of text, offsets, lemma or data does not.
    assert out["tokens_same"] is True
    assert out["token_prints"] == [5, True]
    assert out["kept"] is True
    assert out["intents"][0] == out["intents"][1]
    assert out["max_diff"] < 1e-3 and out["same_reading"] is True
    assert out["layout"] is True
    assert out["no_file"] is True
