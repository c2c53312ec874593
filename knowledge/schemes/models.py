"""The schema of one scheme record (one YAML file per scheme id), validated at build and in tests.

A record holds everything the project says about a scheme: what it is, who carries
it, its legal basis, its conditions as typed data (never strings parsed by a regex),
the sentences that explain a yes, a no and a "to check", the OpenFisca-France
variable that computes its amount and what is judged without it, the contacts by
situation, its priority per need, how to apply, the documents to bring, the
official source and the date it was checked. Amounts and thresholds set by
OpenFisca-France are deliberately absent; the project's own legal thresholds are
dated parameters (``parametres.yaml``).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# The contract's vocabularies (docs/situation.md): keep them in step.
SCHEME_IDS = (
    "rsa", "prime_activite", "aide_logement", "aah", "aspa", "css", "ame",
    "allocations_familiales", "asf", "ars", "paje", "apa", "pch", "cej", "fsl",
    "cheque_energie", "domiciliation", "aide_alimentaire", "hebergement_urgence",
    "surendettement", "aide_facultative",
    # the rest of the map of social action
    "aide_sociale_enfance", "pmi", "aide_menagere", "aide_sociale_hebergement", "esat",
    "accompagnement_social", "registre_vulnerables", "catastrophe_naturelle",
)
CONTACT_KINDS = (
    "ccas", "caf", "msa", "cpam", "mdph", "departement", "mission_locale", "france_travail",
    "carsat", "france_services", "banque_de_france", "association", "point_justice",
    "mairie", "adil", "assureur", "clic", "pmi",
)
BESOINS = (
    "logement", "impayes_loyer", "alimentation", "sante", "emploi", "argent", "famille", "handicap",
    "autonomie", "dettes", "energie", "administratif", "violence", "mobilite", "numerique", "catastrophe",
)
Level = Literal["commune", "departement", "etat", "securite_sociale", "association"]
AidType = Literal["legale", "extralegale", "facultative"]
Form = Literal["especes", "nature"]
ContactKind = Literal[CONTACT_KINDS]  # type: ignore[valid-type]
Besoin = Literal[BESOINS]  # type: ignore[valid-type]
SchemeId = Literal[SCHEME_IDS]  # type: ignore[valid-type]
Operator = Literal["==", "!=", "<", "<=", ">", ">=", "dans", "hors", "contient", "sans", "inconnu"]

# Facts the engine derives from a situation, besides the situation's own fields
# (name -> kind). ``knowledge.eligibility.facts`` computes them.
DERIVED_FACTS = {
    "ressources": "nombre",             # monthly resources of the household, €
    "nb_enfants": "entier",
    "plus_jeune_enfant": "entier",      # age of the youngest child
    "parent_isole": "booleen",          # not in a couple, with a child born or expected
    "outre_mer": "booleen",             # the commune is in an overseas département
    "travaille": "booleen",             # salaried, self-employed or apprentice
    "handicap_signale": "booleen",      # a rate, an RQTH, a disability need or benefit was said
    "plafond_css_mensuel": "nombre",    # CSS ceiling for the household, per month (OpenFisca)
    "plafond_aspa_mensuel": "nombre",   # ASPA resource ceiling for the household, per month (OpenFisca)
    "en_domicile": "booleen",           # lives in an ordinary home (not an establishment, not homeless)
    "nb_enfants_6_18": "entier",        # children of school age for the allocation de rentrée scolaire
    "majoration_isolement": "booleen",  # the isolated-parent increase is due (RSA L262-9, PA L842-7); unknown
                                        # for a parent of children over three (recency of the separation)
    "departement": "texte",             # the commune's département code ("976" Mayotte, "973" Guyane)
    "mineur": "booleen",                # under 18
    "plafond_logement_social_mensuel": "nombre",  # social housing (PLUS) ceiling, as monthly net resources
    "css_pres_du_plafond": "booleen",   # CSS resources estimated within a few per cent above its ceiling
    "plafond_ash_mensuel": "nombre",    # resources above which an establishment's fees are usually covered
}
# Names usable in ``textes.faits``: the clauses of knowledge.eligibility.why.
FACT_SENTENCES = ("age", "foyer", "ressources", "logement", "handicap", "nationalite")
_URL = re.compile(r"^https://[^\s]+$")
_AMOUNT = re.compile(r"\d\s*€|\d\s*euros?\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _no_amount(value: str) -> str:
    if _AMOUNT.search(value):
        raise ValueError("pas de montant écrit à la main : les montants viennent d'OpenFisca-France")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# -- conditions -------------------------------------------------------------------------
class Test(_Strict):
    """``fait op valeur``: one test on a fact. The value is a literal (``valeur``), a dated
    parameter of the project (``parametre``) or another fact (``fait_valeur``)."""

    fait: str
    op: Operator
    valeur: Union[bool, int, float, str, list[str], None] = None
    parametre: str | None = None
    fait_valeur: str | None = None
    # An unknown fact makes the test unknown; "non"/"oui" count it as false/true
    # (for what a person would have said, such as a stay without a permit).
    si_inconnu: Literal["non", "oui"] | None = None
    # ... but it stays unknown when this holds (a 27-year-old who spoke of a disability
    # may have an RQTH: ask, do not answer "no").
    reste_inconnu_si: "Condition | None" = None
    oui: str | None = None
    non: str | None = None

    @model_validator(mode="after")
    def _one_right_side(self) -> "Test":
        given = [name for name in ("valeur", "parametre", "fait_valeur")
                 if getattr(self, name) is not None or (name == "valeur" and "valeur" in self.model_fields_set)]
        if len(given) != 1:
            raise ValueError("une condition compare un fait à exactement une chose : "
                             "« valeur », « parametre » ou « fait_valeur »")
        if self.op == "inconnu" and not isinstance(self.valeur, bool):
            raise ValueError("l'opérateur « inconnu » attend « valeur: true » (fait inconnu) ou « false »")
        if self.op in ("dans", "hors") and not isinstance(self.valeur, list):
            raise ValueError(f"l'opérateur « {self.op} » attend une liste dans « valeur »")
        if self.op in ("<", "<=", ">", ">=") and isinstance(self.valeur, (bool, str, list)):
            raise ValueError(f"l'opérateur « {self.op} » compare des nombres")
        return self


class UneDe(_Strict):
    """At least one of the conditions holds."""

    une_de: list["Condition"] = Field(min_length=2)
    oui: str | None = None
    non: str | None = None


class Toutes(_Strict):
    """All the conditions hold."""

    toutes: list["Condition"] = Field(min_length=2)
    oui: str | None = None
    non: str | None = None


Condition = Union[Test, UneDe, Toutes]
Test.__test__ = False  # type: ignore[attr-defined]  # not a pytest class
Test.model_rebuild()
UneDe.model_rebuild()
Toutes.model_rebuild()


class AVerifier(_Strict):
    """What the situation cannot tell: the verdict is then at best "possible"."""

    texte: str
    si: Condition | None = None  # said only when this is known to hold


class PossibleSansMontant(_Strict):
    """A zero amount from OpenFisca still gives "possible" when ``si`` holds (the simulation
    could not see the fact that opens the right)."""

    si: Condition
    texte: str


class OpenFisca(_Strict):
    """The OpenFisca-France variable(s) that compute the amount of a cash benefit."""

    variable: str
    periode: Literal["mois", "annee"] = "mois"
    # CSS: a second variable for the paying variant (participation forfaitaire).
    variable_participation: str | None = None
    # Facts without which the amount is only a hypothesis: "possible", not "probable".
    essentiels: list[str] = Field(default_factory=list)
    possible_sans_montant: list[PossibleSansMontant] = Field(default_factory=list)


class Textes(_Strict):
    """The sentences said to the person (vouvoiement, plain words, acronyms spelled out once)."""

    faits: list[str] = Field(default_factory=list)  # clauses recalled first (why.FACTS)
    oui: str                                        # {montant} = the estimate when computed
    non: str
    oui_sans_montant: str | None = None             # degraded mode, or no amount computed
    oui_participation: str | None = None            # CSS with a financial participation

    @field_validator("faits")
    @classmethod
    def _known_clauses(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in FACT_SENTENCES]
        if unknown:
            raise ValueError(f"faits inconnus : {', '.join(unknown)} (possibles : {', '.join(FACT_SENTENCES)})")
        return value


class Article(_Strict):
    """One article of law and its Légifrance link."""

    texte: str   # "Code de l'action sociale et des familles, art. L262-4"
    url: str

    @field_validator("url")
    @classmethod
    def _legifrance(cls, value: str) -> str:
        if not value.startswith("https://www.legifrance.gouv.fr/"):
            raise ValueError(f"lien Légifrance attendu (https://www.legifrance.gouv.fr/…) : {value!r}")
        return value


class ContactChoice(_Strict):
    """A contact kind for this scheme, given only when ``si`` holds (unknown counts as holding)."""

    kind: ContactKind
    si: Condition | None = None


class Formulaire(_Strict):
    nom: str
    url: str

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        if not _URL.match(value):
            raise ValueError(f"adresse web attendue (https://…) : {value!r}")
        return value


class Ouvre(_Strict):
    """What a benefit already received opens (said when its verdict is ``deja_percu``)."""

    id: SchemeId
    texte: str
    source: str


class QuestionFrequente(_Strict):
    """A question people ask about a scheme, answered from the scheme's own checked texts (its ``source`` and
    ``legal_basis``): each of ``mots`` (a regular expression on the normalised message) must be found; with
    ``nom_requis`` (the default) the message must name the scheme too."""

    mots: list[str] = Field(min_length=1)
    reponse: str
    nom_requis: bool = True

    @field_validator("mots")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for mot in value:
            try:
                re.compile(mot)
            except re.error as exc:
                raise ValueError(f"expression invalide « {mot} » : {exc}") from exc
        return value


class Scheme(_Strict):
    """One scheme (dispositif) of the contract."""

    id: str
    name: str
    description: str  # plain French, two to four sentences, no amount
    level: Level
    aid_type: AidType
    form: Form
    legal_basis: list[Article] = Field(min_length=1)
    source: str       # official page (service-public.fr, caf.fr, ameli.fr…)
    checked: str      # ISO date the record was last checked against its source and texts
    a_verifier_source: str | None = None  # what could not be confirmed when checked
    openfisca: OpenFisca | None = None
    conditions: list[Condition] = Field(default_factory=list)
    a_verifier: list[AVerifier] = Field(default_factory=list)
    textes: Textes
    contacts: list[ContactChoice] = Field(min_length=1)
    priorites: dict[Besoin, int] = Field(default_factory=dict)  # rank per need (1 = first)
    how: str          # one French sentence: how to apply
    online_url: str | None = None
    formulaire: Formulaire | None = None
    documents: list[str] = Field(min_length=1)
    ouvre: list[Ouvre] = Field(default_factory=list)
    autres_noms: list[str] = Field(default_factory=list)  # the names people use for it (« contrat jeune majeur »)
    questions: list[QuestionFrequente] = Field(default_factory=list)  # frequent questions, answered from its texts

    @field_validator("id")
    @classmethod
    def _known_id(cls, value: str) -> str:
        if value not in SCHEME_IDS:
            raise ValueError(f"identifiant de dispositif inconnu du contrat : {value}")
        return value

    @field_validator("description")
    @classmethod
    def _plain(cls, value: str) -> str:
        count = len(_sentences(value))
        if not 2 <= count <= 4:
            raise ValueError(f"la description doit tenir en deux à quatre phrases ({count} trouvées)")
        return _no_amount(value)

    @field_validator("how")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        if len(_sentences(value)) != 1:
            raise ValueError("« how » doit tenir en une phrase")
        return _no_amount(value)

    @field_validator("source", "online_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        if value is not None and not _URL.match(value):
            raise ValueError(f"adresse web attendue (https://…) : {value!r}")
        return value

    @field_validator("checked")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"date ISO attendue (AAAA-MM-JJ) : {value!r}") from None
        return value

    @field_validator("priorites")
    @classmethod
    def _ranks(cls, value: dict[str, int]) -> dict[str, int]:
        if any(rank < 1 for rank in value.values()):
            raise ValueError("un rang de priorité commence à 1")
        return value

    @model_validator(mode="after")
    def _cash_has_amount_text(self) -> "Scheme":
        if self.openfisca is not None and "{montant}" not in self.textes.oui + (self.textes.oui_participation or ""):
            raise ValueError("« textes.oui » d'une prestation calculée doit dire l'estimation ({montant})")
        return self

    # -- what the rest of the project reads -------------------------------------------
    @property
    def contact_kinds(self) -> list[str]:
        """Every contact kind the record may give, in its order."""
        return list(dict.fromkeys(c.kind for c in self.contacts))

    def to_dict(self) -> dict[str, Any]:
        """The record for GET /schemes and ``knowledge show`` (contacts as kinds, plus the rules)."""
        data = self.model_dump(mode="json", exclude_none=True)
        data["contact_rules"] = data.pop("contacts")
        data["contacts"] = self.contact_kinds
        return data


class Parametre(_Strict):
    """A legal threshold the project owns: dated values, each with the text that sets it."""

    description: str
    unite: str
    texte: str
    source: str
    verifie: str
    valeurs: list["ValeurDatee"] = Field(min_length=1)

    @field_validator("source")
    @classmethod
    def _https(cls, value: str) -> str:
        if not _URL.match(value):
            raise ValueError(f"adresse web attendue (https://…) : {value!r}")
        return value

    @field_validator("verifie")
    @classmethod
    def _iso(cls, value: str) -> str:
        date.fromisoformat(value)
        return value

    def value_at(self, day: str) -> float:
        """The value in force on ``day`` (ISO date)."""
        ordered = sorted(self.valeurs, key=lambda v: v.depuis)
        current = [v for v in ordered if v.depuis <= day]
        if not current:
            raise LookupError(f"aucune valeur en vigueur le {day}")
        return current[-1].valeur


class ValeurDatee(_Strict):
    depuis: str
    valeur: float

    @field_validator("depuis")
    @classmethod
    def _iso(cls, value: str) -> str:
        date.fromisoformat(value)
        return value


Parametre.model_rebuild()


class BesoinContacts(_Strict):
    """The offices a need sends to, whatever scheme is proposed."""

    contacts: list[ContactChoice]


class Orientation(_Strict):
    """``besoins.yaml``: contacts per need and per fact of the situation."""

    besoins: dict[Besoin, BesoinContacts]
    situations: list["SituationContacts"] = Field(default_factory=list)


class SituationContacts(_Strict):
    si: Condition
    contacts: list[ContactKind]
    pourquoi: str


Orientation.model_rebuild()
