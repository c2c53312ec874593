"""The schema of one scheme record of the catalogue (validated on load)."""
from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

# The contract's vocabularies (docs/situation.md): keep them in step.
SCHEME_IDS = (
    "rsa", "prime_activite", "aide_logement", "aah", "aspa", "css", "ame",
    "allocations_familiales", "asf", "ars", "paje", "apa", "pch", "cej", "fsl",
    "cheque_energie", "domiciliation", "aide_alimentaire", "hebergement_urgence",
    "surendettement", "aide_facultative",
)
CONTACT_KINDS = (
    "ccas", "caf", "msa", "cpam", "mdph", "departement", "mission_locale", "france_travail",
    "carsat", "france_services", "banque_de_france", "association", "point_justice",
)
Level = Literal["commune", "departement", "etat", "securite_sociale", "association"]
AidType = Literal["legale", "extralegale", "facultative"]
Form = Literal["especes", "nature"]
ContactKind = Literal[CONTACT_KINDS]  # type: ignore[valid-type]

_URL = re.compile(r"^https://[^\s]+$")
_AMOUNT = re.compile(r"€|\beuros?\b", re.IGNORECASE)


class Scheme(BaseModel):
    """One scheme (dispositif) of the contract: what it is, who carries it, how to apply.

    Amounts and thresholds are deliberately absent: they come from OpenFisca-France.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    description: str  # two plain-French sentences
    level: Level
    aid_type: AidType
    form: Form
    contacts: list[ContactKind]
    how: str  # one French sentence
    online_url: str | None = None
    documents: list[str]
    source: str  # official source URL
    legal_basis: str | None = None  # the text of law, in words, when the source is a code
    checked: str  # ISO date the record was last checked against its source

    @field_validator("id")
    @classmethod
    def _known_id(cls, value: str) -> str:
        if value not in SCHEME_IDS:
            raise ValueError(f"identifiant de dispositif inconnu du contrat : {value}")
        return value

    @field_validator("description")
    @classmethod
    def _two_sentences(cls, value: str) -> str:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", value.strip()) if s]
        if len(sentences) != 2:
            raise ValueError(f"la description doit tenir en deux phrases ({len(sentences)} trouvées)")
        if _AMOUNT.search(value):
            raise ValueError("pas de montant dans le catalogue : ils viennent d'OpenFisca-France")
        return value

    @field_validator("how")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        if len([s for s in re.split(r"(?<=[.!?])\s+", value.strip()) if s]) != 1:
            raise ValueError("« how » doit tenir en une phrase")
        if _AMOUNT.search(value):
            raise ValueError("pas de montant dans le catalogue")
        return value

    @field_validator("source", "online_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        if value is not None and not _URL.match(value):
            raise ValueError(f"adresse web attendue (https://…) : {value!r}")
        return value

    @field_validator("checked")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        date.fromisoformat(value)
        return value

    @field_validator("contacts", "documents")
    @classmethod
    def _not_empty(cls, value: list) -> list:
        if not value:
            raise ValueError("au moins un élément")
        return value

    def to_dict(self) -> dict:
        return self.model_dump()
