"""Very large regular expressions compiled once per machine, not at every start of the Rasa server.

spaCy's French tokenizer matches the words that keep their hyphen or apostrophe ("aujourd'hui",
"peut-être", about 16,000 of them) with one regular expression of 1.4 million characters,
compiled by Python's ``re`` when the model loads: Python 3.10 parses and translates it in pure
Python, about 5 s of the server's start (py-spy and cProfile of the model's load). The result of
that translation — the program that the C engine ``_sre`` runs — depends only on the pattern, its
flags and the Python version, so it is kept on disk and given back to ``_sre.compile``, which
checks the program before accepting it (a damaged file raises, and the pattern is then compiled
as usual). Patterns under 100,000 characters are left to ``re`` as they are.

The compiled pattern is the same object Python would build (same program, flags and groups);
tests/test_regex_cache.py compiles spaCy's pattern both ways and compares their matches.
``install()`` is called by the declared input channels (``channels.py``) before the model loads.
"""
from __future__ import annotations

import array
import hashlib
import json
import logging
import os
import sre_compile
import sre_parse
import sys
from pathlib import Path
from typing import Any, Optional

import _sre

logger = logging.getLogger(__name__)

MIN_LENGTH = 100_000
CACHE_DIR = Path(os.environ.get("REGEX_CACHE_DIR")
                 or Path(__file__).resolve().parents[2] / "var" / "cache" / "regex")

_compile = sre_compile.compile
_installed = False


def _key(pattern: str, flags: int) -> str:
    digest = hashlib.sha256()
    for part in (sys.version, str(sre_compile.MAGIC), str(int(flags)), pattern):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _load(pattern: str, key: str) -> Optional[Any]:
    meta_path, code_path = CACHE_DIR / f"{key}.json", CACHE_DIR / f"{key}.code"
    if not (meta_path.is_file() and code_path.is_file()):
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    code = array.array(meta["typecode"])
    code.frombytes(code_path.read_bytes())
    groupindex = {name: int(index) for name, index in meta["groupindex"].items()}
    return _sre.compile(pattern, int(meta["flags"]), code.tolist(), int(meta["groups"]) - 1,
                        groupindex, tuple(meta["indexgroup"]))


def _save(key: str, flags: int, code: list, groups: int, groupindex: dict, indexgroup: list) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    packed = array.array("I", code)
    meta = {"flags": flags, "groups": groups, "groupindex": groupindex, "indexgroup": indexgroup,
            "typecode": packed.typecode}
    # Written under temporary names, then renamed: a reader never sees half a file.
    for suffix, data in ((".code", packed.tobytes()), (".json", json.dumps(meta).encode("utf-8"))):
        tmp = CACHE_DIR / f"{key}{suffix}.{os.getpid()}.tmp"
        tmp.write_bytes(data)
        tmp.replace(CACHE_DIR / f"{key}{suffix}")


def compile_cached(p: Any, flags: int = 0) -> Any:
    """``sre_compile.compile`` with the translated program of very large patterns kept on disk."""
    if not isinstance(p, str) or len(p) < MIN_LENGTH or flags & sre_compile.SRE_FLAG_DEBUG:
        return _compile(p, flags)
    key = _key(p, flags)
    try:
        cached = _load(p, key)
        if cached is not None:
            return cached
    except Exception as error:  # noqa: BLE001 - a damaged or foreign file: compile as usual
        logger.warning("Cache d'expression régulière illisible (%s) : compilation ordinaire.", type(error).__name__)
    # What sre_compile.compile does (Python 3.10), keeping the program it builds.
    tree = sre_parse.parse(p, flags)
    code = sre_compile._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled = _sre.compile(p, flags | tree.state.flags, code, tree.state.groups - 1, groupindex,
                            tuple(indexgroup))
    try:
        _save(key, flags | tree.state.flags, code, tree.state.groups, dict(groupindex), indexgroup)
    except OSError as error:  # a read-only deployment: compiled at every start, as before
        logger.info("Cache d'expression régulière non écrit (%s).", type(error).__name__)
    return compiled


def install() -> None:
    global _installed
    if _installed:
        return
    sre_compile.compile = compile_cached
    _installed = True
