"""OpenFisca is warmed at start-up only in the process that answers the Rasa server."""
from __future__ import annotations

import subprocess
import sys
import types

from actions.orientation import sert_les_requetes


def _main(monkeypatch, name: str | None) -> None:
    module = types.ModuleType("__main__")
    module.__spec__ = types.SimpleNamespace(name=name) if name else None
    monkeypatch.setitem(sys.modules, "__main__", module)


def test_the_manager_process_of_rasa_sdk_does_not_warm_openfisca(monkeypatch):
    _main(monkeypatch, "rasa_sdk.__main__")
    monkeypatch.delenv("SANIC_WORKER_NAME", raising=False)
    assert not sert_les_requetes()


def test_the_sanic_worker_and_any_other_program_warm_it(monkeypatch):
    _main(monkeypatch, "rasa_sdk.__main__")
    monkeypatch.setenv("SANIC_WORKER_NAME", "Sanic-Server-0-0")
    assert sert_les_requetes()
    monkeypatch.delenv("SANIC_WORKER_NAME")
    _main(monkeypatch, None)  # python -c, pytest, a script
    assert sert_les_requetes()


def test_importing_the_actions_in_the_manager_starts_no_warm_up_thread():
    code = ("import sys, threading, types; "
            "sys.modules['__main__'].__spec__ = types.SimpleNamespace(name='rasa_sdk.__main__'); "
            "import actions.orientation; "
            "print(any(t.name == 'orient-warmup' for t in threading.enumerate()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={k: v for k, v in __import__("os").environ.items() if k != "SANIC_WORKER_NAME"})
    assert out.stdout.strip() == "False"
