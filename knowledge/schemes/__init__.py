"""The scheme catalogue: one reviewed record per scheme id of the orientation contract.

    from knowledge.schemes import load_catalogue, Scheme
    load_catalogue()["rsa"].how
"""
from knowledge.schemes.loader import CATALOGUE_DIR, CatalogueError, load_catalogue, read_catalogue
from knowledge.schemes.models import CONTACT_KINDS, SCHEME_IDS, Scheme

__all__ = ["CATALOGUE_DIR", "CONTACT_KINDS", "CatalogueError", "SCHEME_IDS", "Scheme", "load_catalogue", "read_catalogue"]
