"""Read the reviewed scheme catalogue (one YAML file per scheme id)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.schemes.models import SCHEME_IDS, Scheme

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"


class CatalogueError(ValueError):
    """The catalogue is incomplete or a record does not follow the schema."""


def read_catalogue(directory: Path = CATALOGUE_DIR) -> dict[str, Scheme]:
    """Validate every record of `directory`; raise CatalogueError naming the faulty file."""
    schemes: dict[str, Scheme] = {}
    for path in sorted(directory.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
        if isinstance(raw, dict) and raw.get("checked") is not None and not isinstance(raw["checked"], str):
            raw["checked"] = str(raw["checked"])  # an unquoted YAML date
        try:
            scheme = Scheme.model_validate(raw)
        except Exception as exc:  # pydantic.ValidationError, or a non-mapping file
            raise CatalogueError(f"{path.name} : {exc}") from exc
        if scheme.id != path.stem:
            raise CatalogueError(f"{path.name} : l'identifiant {scheme.id!r} ne correspond pas au nom du fichier")
        schemes[scheme.id] = scheme
    missing = [i for i in SCHEME_IDS if i not in schemes]
    if missing:
        raise CatalogueError(f"dispositifs sans fiche dans le catalogue : {', '.join(missing)}")
    return {i: schemes[i] for i in SCHEME_IDS}


@lru_cache(maxsize=1)
def _cached() -> dict[str, Scheme]:
    return read_catalogue()


def load_catalogue() -> dict[str, Scheme]:
    """The 21 schemes of the contract keyed by id, in the contract's order (read once per process)."""
    return dict(_cached())
