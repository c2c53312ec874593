"""The class of a stored event found by its name in a table, not by walking Rasa's classes each time.

Rasa 3.6 rebuilds every stored conversation from its events at each message (the in-memory and
SQL tracker stores keep them serialised), and finds the class of each event with
``Event.resolve_by_type``: it lists all the subclasses of ``Event`` again, recursively, asking
``inspect.isabstract`` of each, for every event. On a form's conversation of a hundred events that
was a tenth of the Rasa server's CPU per message (py-spy over bench/dialogue.py, 2026-12-07).

``install()`` (called by the declared input channels, ``channels.py``) replaces it with a table
from type name to class, built from the same list in the same order (the first class that carries
a name wins, as in Rasa's loop). A name the table lacks — a subclass imported since, ``topic``, an
unknown name — rebuilds the table once and otherwise goes to Rasa's own function, which returns the
default or raises exactly as before.
"""
from __future__ import annotations

from typing import Optional, Type

from rasa.shared.core import events
from rasa.shared.utils.common import all_subclasses

_original = events.Event.resolve_by_type
_by_name: dict[str, Type[events.Event]] = {}
_installed = False


def _rebuild() -> None:
    table: dict[str, Type[events.Event]] = {}
    for cls in all_subclasses(events.Event):
        table.setdefault(cls.type_name, cls)
    _by_name.clear()
    _by_name.update(table)


def resolve_by_type(type_name: str,
                    default: Optional[Type[events.Event]] = None) -> Optional[Type[events.Event]]:
    """``Event.resolve_by_type`` from the table (see the module's docstring)."""
    cls = _by_name.get(type_name)
    if cls is None:
        _rebuild()
        cls = _by_name.get(type_name)
    if cls is not None:
        return cls
    return _original(type_name, default)


def install() -> None:
    global _installed
    if _installed:
        return
    events.Event.resolve_by_type = staticmethod(resolve_by_type)
    _installed = True


__all__ = ["install", "resolve_by_type"]
