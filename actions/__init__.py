"""Rasa custom actions of the orientation assistant (rasa-sdk action server).

Thin adapters: they read slots, call the ``knowledge`` package, and render
short French answers. No business rule and no SQL here.

Run from the repository root with
``python -m actions --port 5055`` (``actions/__main__.py``: rasa_sdk after a check of the knowledge base): the server imports every
module of this package and registers its actions.
"""

import re as _re

# The actions and the knowledge base compile many regular expressions from strings at the call (``re.search(r"…")``,
# patterns built from word lists): more than the 512 the ``re`` module keeps, so it dropped and compiled them again
# turn after turn (measured 2026-12-04: about 10 ms more per turn at the median once a few dozen patterns were
# added). A larger cache keeps them all compiled once.
_re._MAXCACHE = max(getattr(_re, "_MAXCACHE", 0), 4096)
