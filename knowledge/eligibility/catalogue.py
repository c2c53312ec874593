"""The scheme catalogue (issue 3: ``knowledge.schemes``), seen from the engine.

The engine judges every scheme id of the contract; names, how to apply,
sources, levels and contact kinds come from the catalogue. Until that module
is installed, a minimal stand-in keeps the engine answering (ids as names,
the contact kinds below), so the contract's fields are always present.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

SCHEME_IDS = (
    "rsa", "prime_activite", "aide_logement", "aah", "aspa", "css", "ame", "allocations_familiales",
    "asf", "ars", "paje", "apa", "pch", "cej", "fsl", "cheque_energie", "domiciliation",
    "aide_alimentaire", "hebergement_urgence", "surendettement", "aide_facultative",
)

# Where each scheme is asked for, in the contract's contact kinds; used only when
# the catalogue does not say.
FALLBACK_CONTACTS = {
    "rsa": ["caf", "departement", "ccas"], "prime_activite": ["caf"], "aide_logement": ["caf"],
    "aah": ["mdph", "caf"], "aspa": ["carsat"], "css": ["cpam"], "ame": ["cpam", "ccas"],
    "allocations_familiales": ["caf"], "asf": ["caf"], "ars": ["caf"], "paje": ["caf"],
    "apa": ["departement", "ccas"], "pch": ["mdph"], "cej": ["mission_locale", "france_travail"],
    "fsl": ["departement", "ccas"], "cheque_energie": ["france_services"], "domiciliation": ["ccas"],
    "aide_alimentaire": ["ccas", "association"], "hebergement_urgence": ["ccas"],
    "surendettement": ["banque_de_france"], "aide_facultative": ["ccas"],
}


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, Any]:
    try:
        from knowledge.schemes import load_catalogue  # issue 3
    except ImportError:
        return {}
    try:
        return dict(load_catalogue())
    except Exception:  # noqa: BLE001 - a broken catalogue must not stop orientation
        return {}


def scheme_info(scheme_id: str) -> dict[str, Any]:
    """Name, how, source, level, aid_type, form and contact kinds of a scheme."""
    scheme = _catalogue().get(scheme_id)
    get = (lambda name: getattr(scheme, name, None)) if scheme is not None else (lambda name: None)
    return {
        "name": get("name") or scheme_id,
        "how": get("how"),
        "source": get("source"),
        "level": get("level"),
        "aid_type": get("aid_type"),
        "form": get("form"),
        "online_url": get("online_url"),
        "contacts": list(get("contacts") or FALLBACK_CONTACTS.get(scheme_id, [])),
    }


def schemes_list() -> list[dict[str, Any]]:
    """Every scheme the engine judges, with its catalogue information."""
    return [{"id": sid, **scheme_info(sid)} for sid in SCHEME_IDS]
