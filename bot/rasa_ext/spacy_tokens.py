"""Rasa graph component: Rasa's spaCy tokenizer, whose tokens Rasa's training cache hashes fast.

In a training, Rasa's cache takes a fingerprint of every node's inputs and output. For the
training data that means every message, and for a message every token: Rasa's
``Token.fingerprint`` hashes each of the token's five fields apart, then the token's data key by
key (about eight MD5 hashes and two JSON dumps per token, 60,000 tokens in ``data/nlu``, several
nodes). In a retraining after a one-line NLU change that was about 5 of its 56 s (py-spy,
2026-12-04). ``HashedToken`` hashes the same fields in one JSON dump and one MD5: the same tokens
give the same fingerprint from one run to the next, so Rasa's cache finds what it stored, and a
change of any field still changes it. Nothing else differs: the tokens are the tokenizer's own.

Declared in a pipeline as ``bot.rasa_ext.spacy_tokens.SpacyTokens``, in ``SpacyTokenizer``'s place.
"""
from __future__ import annotations

import hashlib
import json
from typing import List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message


class HashedToken(Token):
    """A token whose fingerprint is one hash of its text, offsets, lemma and data."""

    def fingerprint(self) -> Text:
        dump = json.dumps([self.text, self.start, self.end, self.lemma, self.data],
                          sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.md5(dump.encode("utf-8")).hexdigest()  # nosec: a cache key, not a secret


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class SpacyTokens(SpacyTokenizer):
    """``SpacyTokenizer`` giving ``HashedToken``s."""

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        return [HashedToken(t.text, t.start, t.end, data=t.data, lemma=t.lemma)
                for t in super().tokenize(message, attribute)]
