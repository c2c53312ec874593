"""The emergency lines of the orientation (rules/urgences.yml), validated like the scheme records."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from knowledge.schemes.loader import CatalogueError, check_condition, fact_kinds, load_parametres
from knowledge.schemes.models import Condition

URGENCES_FILE = Path(__file__).resolve().parent / "rules" / "urgences.yml"
NUMBERS = ("115", "119", "3919", "3114", "15", "17", "112", "114")  # docs/situation.md


class EmergencyLine(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    numero: Literal[NUMBERS]  # type: ignore[valid-type]
    label: str
    une_de: list[Condition] = Field(default_factory=list)
    toutes: list[Condition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_kind(self) -> "EmergencyLine":
        if bool(self.une_de) == bool(self.toutes):
            raise ValueError("une ligne a soit « une_de », soit « toutes »")
        return self


@lru_cache(maxsize=1)
def emergency_lines() -> tuple[EmergencyLine, ...]:
    raw = yaml.safe_load(URGENCES_FILE.read_text(encoding="utf-8"))
    kinds, parametres = fact_kinds(), load_parametres()
    lines = []
    for i, item in enumerate(raw):
        try:
            line = EmergencyLine.model_validate(item)
            for j, cond in enumerate([*line.une_de, *line.toutes]):
                check_condition(f"[{i}].conditions[{j}]", cond, kinds, parametres)
        except (ValidationError, ValueError) as exc:
            raise CatalogueError(f"{URGENCES_FILE.name} : ligne {i + 1} : {exc}") from None
        lines.append(line)
    return tuple(lines)
