"""bot/rasa_ext/regex_cache.py: spaCy's French word pattern compiled from the kept program matches
exactly as the pattern compiled by Python, and a damaged cache file only costs the usual compile.
Runs in the bot environment (Python 3.10, spaCy), where the Rasa server uses it."""
from __future__ import annotations

import json

from harness.processes import run_bot_script

_SCRIPT = r"""
import json, sre_compile, sys
from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH
from bot.rasa_ext import regex_cache
pattern = TOKEN_MATCH.__self__.pattern
words = json.loads(sys.argv[1])
reference = sre_compile.compile(pattern, 0)            # what Python builds, no cache
files = lambda: sorted(p.name for p in regex_cache.CACHE_DIR.glob("*") if not p.name.endswith(".tmp"))
before = files()
built = regex_cache.compile_cached(pattern, 0)           # builds and keeps the program
after_build = files()
parse = regex_cache.sre_parse.parse
def no_parse(*args, **kwargs):
    raise AssertionError("parsed again")
regex_cache.sre_parse.parse = no_parse
loaded = regex_cache.compile_cached(pattern, 0)          # from the kept program, never parsed
regex_cache.sre_parse.parse = parse
for path in regex_cache.CACHE_DIR.glob("*.code"):
    path.write_bytes(path.read_bytes()[:1000])           # damaged
damaged = regex_cache.compile_cached(pattern, 0)
def matches(p):
    return [[m.group(0), m.span()] if m else None for m in (p.match(w) for w in words)]
print("RESULT " + json.dumps({
    "before": before, "after_build": after_build,
    "same": [(p.pattern == reference.pattern, p.flags == reference.flags, p.groups == reference.groups,
              matches(p) == matches(reference)) for p in (built, loaded, damaged)],
    "matched": sum(1 for m in matches(reference) if m),
}))
"""

WORDS = ["aujourd'hui", "Aujourd'hui", "peut-être", "c'est-à-dire", "Saint-Denis", "porte-monnaie",
         "grand-mère", "prud'hommes", "presqu'île", "l'APL", "j'habite", "RSA", "bonjour", "rien",
         "week-end", "après-midi", "arc-en-ciel", "anti-inflammatoire", "vis-à-vis", "quelqu'un",
         "ex-mari", "mi-temps", "sans-abri", "Vitry-sur-Seine", "abcd-efgh", "123-456", ""]


def test_kept_program_matches_as_python_compiles_it(tmp_path):
    result = run_bot_script(_SCRIPT, json.dumps(WORDS), env={"REGEX_CACHE_DIR": str(tmp_path / "regex")})
    assert result["before"] == []
    assert len(result["after_build"]) == 2  # the program and its description
    assert result["same"] == [[True, True, True, True]] * 3  # built, loaded, after damage
    assert result["matched"] >= 10  # the pattern was really exercised
