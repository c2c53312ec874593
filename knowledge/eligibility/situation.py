"""The situation of the orientation contract (docs/situation.md), validated.

Every field is optional. Unknown fields and absurd values are refused with a
French message that names the field, so that an agent or a web page can say
what to correct.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Activite = Literal["salarie", "independant", "demandeur_emploi", "etudiant", "retraite", "sans_activite", "apprenti"]
Logement = Literal["locataire", "proprietaire", "heberge", "sans_domicile", "hebergement_structure", "etablissement"]
Nationalite = Literal["francaise", "ue", "hors_ue_regulier", "hors_ue_irregulier"]
Besoin = Literal[
    "logement", "impayes_loyer", "alimentation", "sante", "emploi", "argent", "famille", "handicap",
    "autonomie", "dettes", "energie", "administratif", "violence", "mobilite", "numerique", "catastrophe",
]
# Benefits a household may already receive: the scheme ids that are benefits, plus three that are not
# schemes of the contract (unemployment benefit, allocation de solidarité spécifique, invalidity pension).
PrestationPercue = Literal[
    "rsa", "prime_activite", "aide_logement", "aah", "aspa", "css", "ame", "allocations_familiales", "asf",
    "ars", "paje", "apa", "pch", "cej", "cheque_energie", "chomage", "ass", "pension_invalidite",
]

MAX_MONTHLY = 100_000.0  # € per month: above this, the value is a typing error, not a resource
MAX_TOTAL = 10_000_000.0  # € in total (savings, debts): above this, a typing error
RESOURCE_FIELDS = ("revenus_activite", "chomage", "retraite", "autres_ressources", "pension_alimentaire_recue")
# The activities that bring in earned income (revenus_activite).
WORKING = ("salarie", "independant", "apprenti")
# The resource a stated activity brings in: while its amount is unknown, so are the household's resources
# (a salaried person whose pay is not given does not live on 0 €, whatever else is known).
RESOURCE_OF_ACTIVITY = {**{a: "revenus_activite" for a in WORKING}, "retraite": "retraite"}


def _money(description: str) -> Any:
    return Field(default=None, ge=0, le=MAX_MONTHLY, description=description)


class Situation(BaseModel):
    """What we know of a person; ``None`` means "not said yet"."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    age: int | None = Field(default=None, ge=0, le=120, description="âge de la personne, en années")
    commune: str | None = Field(default=None, min_length=1, max_length=200,
                                description="code INSEE, code postal ou nom de la commune")
    en_couple: bool | None = Field(default=None, description="vit en couple (marié, pacsé ou non)")
    enfants: list[Annotated[int, Field(ge=0, le=25)]] | None = Field(default=None, max_length=20,
                                      description="âges des enfants à charge, un par enfant (0 = moins d'un an)")
    grossesse: bool | None = Field(default=None, description="attend un enfant")
    activite: Activite | None = None
    revenus_activite: float | None = _money("revenus d'activité nets mensuels du foyer, en €")
    chomage: float | None = _money("allocation chômage mensuelle, en €")
    retraite: float | None = _money("pension de retraite mensuelle, en €")
    autres_ressources: float | None = _money("autres ressources mensuelles, en €")
    pension_alimentaire_recue: float | None = _money("pension alimentaire reçue chaque mois, en €")
    logement: Logement | None = None
    loyer: float | None = Field(default=None, ge=0, le=20_000, description="loyer mensuel, en €")
    handicap_taux: int | None = Field(default=None, ge=0, le=100, description="taux d'incapacité reconnu, en %")
    perte_autonomie: bool | None = Field(default=None, description="a besoin d'aide pour la vie quotidienne")
    nationalite: Nationalite | None = None
    titre_sejour_annees: int | None = Field(default=None, ge=0, le=80,
                                            description="années depuis le premier titre de séjour permettant de travailler")
    rqth: bool | None = Field(default=None, description="reconnu travailleur handicapé (RQTH)")
    regime_agricole: bool | None = Field(default=None,
                                         description="relève du régime agricole (Mutualité sociale agricole, MSA)")
    protection_internationale: bool | None = Field(
        default=None, description="réfugié, bénéficiaire de la protection subsidiaire ou apatride")
    confie_ase: bool | None = Field(
        default=None, description="confié à l'aide sociale à l'enfance (ASE) avant sa majorité")
    epargne: float | None = Field(default=None, ge=0, le=MAX_TOTAL, description="épargne et patrimoine du foyer, en €")
    dette_loyer: float | None = Field(default=None, ge=0, le=MAX_TOTAL, description="loyers impayés dus, en € au total")
    prestations_percues: list[PrestationPercue] | None = Field(default=None, max_length=18,
                                                               description="prestations déjà perçues par le foyer")
    besoins: list[Besoin] | None = Field(default=None, max_length=16, description="ce que la personne demande")

    # -- facts derived from the fields ---------------------------------------
    @property
    def ressources_connues(self) -> bool:
        implied = RESOURCE_OF_ACTIVITY.get(self.activite or "")
        if implied is not None and getattr(self, implied) is None:
            return False
        return any(getattr(self, f) is not None for f in RESOURCE_FIELDS)

    @property
    def ressources(self) -> float:
        """Monthly resources of the household, unknown ones counted as 0."""
        return float(sum(getattr(self, f) or 0 for f in RESOURCE_FIELDS))

    def provided(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)


class SituationError(ValueError):
    """Invalid situation: ``errors`` lists ``{"field", "message"}`` in French."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        self.errors = errors
        super().__init__(" ; ".join(e["message"] for e in errors))


_BOUNDS = {"age": (0, 120), "enfants": (0, 25), "loyer": (0, 20_000), "handicap_taux": (0, 100),
           "titre_sejour_annees": (0, 80), "epargne": (0, MAX_TOTAL), "dette_loyer": (0, MAX_TOTAL),
           **{f: (0, MAX_MONTHLY) for f in RESOURCE_FIELDS}}
_UNITS = {"age": " ans", "enfants": " ans (âge de chaque enfant)", "loyer": " € par mois",
          "handicap_taux": " %", "titre_sejour_annees": " ans", "epargne": " €", "dette_loyer": " €",
          **{f: " € par mois" for f in RESOURCE_FIELDS}}
_ENUMS = {"activite": Activite, "logement": Logement, "nationalite": Nationalite, "besoins": Besoin,
          "prestations_percues": PrestationPercue}


def _choices(field: str) -> str:
    return ", ".join(_ENUMS[field].__args__)  # type: ignore[attr-defined]


def _message(error: dict) -> dict[str, str]:
    loc = [str(part) for part in error.get("loc", ())]
    field = loc[0] if loc else "situation"
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    name = f"« {field} »"
    if kind == "extra_forbidden":
        text = f"Le champ {name} n'existe pas dans une situation (voir la liste des champs du contrat)."
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        lo, hi = _BOUNDS.get(field, (None, None))
        if lo is None:
            text = f"La valeur du champ {name} est hors des limites possibles."
        else:
            text = f"Le champ {name} doit être compris entre {lo:g} et {hi:g}{_UNITS.get(field, '')}."
    elif kind == "literal_error":
        text = f"Le champ {name} doit valoir l'une de ces valeurs : {_choices(field)}."
    elif kind in ("int_parsing", "int_type", "int_from_float"):
        text = f"Le champ {name} doit être un nombre entier."
    elif kind in ("float_parsing", "float_type", "finite_number"):
        text = f"Le champ {name} doit être un nombre (en euros)."
    elif kind in ("bool_parsing", "bool_type"):
        text = f"Le champ {name} doit valoir vrai ou faux (true ou false)."
    elif kind in ("list_type",):
        text = f"Le champ {name} doit être une liste."
    elif kind in ("string_type", "string_too_short", "string_too_long"):
        text = f"Le champ {name} doit être un texte de 1 à 200 caractères."
    elif kind == "too_long":
        text = f"Le champ {name} contient trop d'éléments ({ctx.get('max_length', '')} au plus)."
    elif kind == "model_type" or kind == "dict_type":
        field, text = "situation", "La situation doit être un objet (des champs et leurs valeurs)."
    else:
        text = f"La valeur du champ {name} n'est pas valide."
    return {"field": field, "message": text}


def parse_situation(data: Any) -> Situation:
    """Validate a mapping into a Situation, or raise SituationError (French messages)."""
    if isinstance(data, Situation):
        return data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SituationError([{"field": "situation",
                               "message": "La situation doit être un objet (des champs et leurs valeurs)."}])
    try:
        return Situation.model_validate(data)
    except ValidationError as exc:
        errors = [_message(error) for error in exc.errors()]
        # One message per field is enough.
        seen: dict[str, dict[str, str]] = {}
        for e in errors:
            seen.setdefault(e["field"], e)
        raise SituationError(list(seen.values())) from None
