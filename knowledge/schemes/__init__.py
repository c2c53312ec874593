"""The scheme records: one reviewed, validated file per scheme id of the orientation contract.

    from knowledge.schemes import load_catalogue, Scheme
    load_catalogue()["rsa"].how

The engine (``knowledge.eligibility``), the bot's ranking, the web console, GET /schemes
and ``knowledge show`` read only these records.
"""
from knowledge.schemes.loader import (
    CATALOGUE_DIR, CatalogueError, load_catalogue, load_orientation, load_parametres, priorities_by_need,
    read_catalogue, read_orientation, read_parametres,
)
from knowledge.schemes.models import BESOINS, CONTACT_KINDS, SCHEME_IDS, Scheme

__all__ = ["BESOINS", "CATALOGUE_DIR", "CONTACT_KINDS", "CatalogueError", "SCHEME_IDS", "Scheme",
           "load_catalogue", "load_orientation", "load_parametres", "priorities_by_need", "read_catalogue",
           "read_orientation", "read_parametres"]
