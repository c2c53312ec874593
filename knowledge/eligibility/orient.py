"""``orient(situation) -> Orientation``: every scheme judged, why, where to go, what is missing."""
from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from knowledge.eligibility import openfisca_adapter
from knowledge.eligibility.catalogue import SCHEME_IDS, scheme_info
from knowledge.eligibility.household import build_household
from knowledge.eligibility.rules import check, evaluate, load_rules
from knowledge.eligibility.situation import RESOURCE_FIELDS, Situation, parse_situation
from knowledge.eligibility.amounts import amount_text, euros
from knowledge.eligibility.why import facts_sentence, sentence

logger = logging.getLogger(__name__)
PROPOSED = ("probable", "possible")
ANNUAL = {"ars", "cheque_energie"}
CAF_SCHEMES = ("rsa", "prime_activite", "aide_logement", "aah", "aspa", "css", "allocations_familiales",
               "asf", "ars", "paje", "cheque_energie")
# Years of regular stay the law asks of people from outside the EU (RSA, prime d'activité:
# Code de l'action sociale et des familles L262-4; ASPA: Code de la sécurité sociale L816-1).
TITRE_SEJOUR = {"rsa": 5, "prime_activite": 5, "aspa": 10}
MISSING_ORDER = ("commune", "age", "en_couple", "enfants", "activite", "revenus_activite", "chomage",
                 "retraite", "logement", "loyer", "nationalite", "handicap_taux", "perte_autonomie",
                 "grossesse", "besoins")


@dataclass
class SchemeResult:
    id: str
    name: str
    eligibility: str
    monthly_amount: float | None
    why: str
    how: str | None
    source: str | None
    contacts: list[str]
    level: str | None = None
    aid_type: str | None = None
    form: str | None = None
    annual_amount: float | None = None
    online_url: str | None = None
    amount_text: str = ""  # the amount in words with its caveat (knowledge.eligibility.amounts)

    def __post_init__(self) -> None:
        self.amount_text = amount_text(self.monthly_amount, self.annual_amount)

    @property
    def proposed(self) -> bool:
        return self.eligibility in PROPOSED


@dataclass
class Orientation:
    situation: dict[str, Any]
    schemes: list[SchemeResult]
    contacts: list[dict[str, Any]]
    emergency: list[dict[str, str]]
    missing: list[str]
    commune: dict[str, Any] | None = None
    commune_candidates: list[dict[str, Any]] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    period: str = ""

    def scheme(self, scheme_id: str) -> SchemeResult:
        return next(s for s in self.schemes if s.id == scheme_id)

    @property
    def proposed(self) -> list[SchemeResult]:
        return [s for s in self.schemes if s.proposed]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- commune -------------------------------------------------------------------
def _commune(situation: Situation) -> tuple[dict | None, list[dict], str | None]:
    """(resolved commune, candidates when ambiguous, code for OpenFisca)."""
    if not situation.commune:
        return None, [], None
    from knowledge.territory import resolve_commune

    resolution = resolve_commune(situation.commune)
    if resolution.status != "found":
        return None, [c.to_dict() for c in resolution.candidates], None
    best = resolution.best
    commune = {"code": best.code, "nom": best.nom, "label": best.label, "departement": best.departement,
               "departement_nom": best.departement_nom, "epci": best.epci,
               "commune_parent": best.commune_parent}
    # Housing zones are set per commune: an arrondissement takes its city's.
    return commune, [], best.commune_parent or best.code


# -- facts for the rules --------------------------------------------------------
def _facts(situation: Situation, amounts: openfisca_adapter.Amounts | None) -> dict[str, Any]:
    facts: dict[str, Any] = {name: getattr(situation, name) for name in Situation.model_fields}
    facts["besoins"] = situation.besoins or []  # nothing asked yet is nothing asked
    facts["ressources"] = situation.ressources if situation.ressources_connues else None
    facts["nb_enfants"] = len(situation.enfants) if situation.enfants is not None else None
    facts["plafond_css_mensuel"] = round(amounts["plafond_css"] / 12, 2) if amounts else None
    return facts


def _unknown_essentials(situation: Situation, essentials: list[str], commune_known: bool) -> list[str]:
    out = []
    for name in essentials:
        if name == "ressources":
            if not situation.ressources_connues:
                out.append("revenus_activite")
        elif name == "commune":
            if not commune_known:
                out.append("commune")
        elif name == "loyer":
            if situation.logement in (None, "locataire") and situation.loyer is None:
                out.append("loyer")
        elif getattr(situation, name) is None:
            out.append(name)
    return out


# -- cash benefits (OpenFisca) -------------------------------------------------
def _judge_cash(sid: str, situation: Situation, amounts: openfisca_adapter.Amounts,
                commune_known: bool) -> tuple[str, float | None, float | None, str, list[str]]:
    """(eligibility, monthly amount, annual amount, why, missing) for an OpenFisca benefit."""
    cfg = load_rules("prestations")[sid]
    facts = facts_sentence(situation, cfg["faits"])
    unknown = _unknown_essentials(situation, cfg.get("essentiels", []), commune_known)
    supposed = list(cfg.get("suppose", []))
    if situation.nationalite == "hors_ue_irregulier":
        why = ("Cette prestation demande un séjour régulier en France. L'aide médicale de l'État (AME), "
               "l'hébergement d'urgence, l'aide alimentaire et le CCAS (centre communal d'action sociale) "
               "restent possibles.")
        return "unlikely", None, None, why, []
    if situation.nationalite == "hors_ue_regulier" and sid in TITRE_SEJOUR:
        supposed.append(f"vous avez un titre de séjour permettant de travailler depuis au moins "
                        f"{TITRE_SEJOUR[sid]} ans")

    key = sid
    if sid == "css":
        free, participation = amounts["css_gratuite"] > 0, amounts["css_participation"]
        amount = participation if not free else 0.0
        positive = free or participation > 0
        text = (cfg["oui_gratuite"] if free else cfg["oui_participation"].format(montant=euros(participation))) \
            if positive else cfg["non"]
        monthly, annual = None, None
    else:
        amount = amounts[key]
        if sid == "rsa" and amounts["aah"] > 0:
            # The AAH counts in the RSA's resources: the RSA only tops it up.
            amount = max(0.0, round(amount - amounts["aah"], 2))
        positive = amount > 0
        monthly = round(amount, 2) if positive and sid not in ANNUAL else None
        annual = round(amount, 2) if positive and sid in ANNUAL else None
        text = cfg["oui"].format(montant=euros(amount)) if positive else cfg["non"]
        if sid == "aah" and positive and 50 <= (situation.handicap_taux or 0) < 80:
            supposed.append("la MDPH (maison départementale des personnes handicapées) doit reconnaître une "
                            "restriction substantielle et durable d'accès à l'emploi")
        if sid == "aah" and not positive and situation.handicap_taux is None and \
                "handicap" in (situation.besoins or []):
            return "possible", None, None, sentence(["vous parlez d'un handicap"]) + " " + \
                "L'allocation aux adultes handicapés (AAH) dépend du taux d'incapacité reconnu par la MDPH.", \
                ["handicap_taux"]
        if sid == "paje" and not positive and situation.grossesse:
            return "possible", None, None, cfg["oui_grossesse"], unknown
    if not positive:
        return "unlikely", None, None, " ".join(p for p in (facts, text) if p), []
    eligibility = "possible" if unknown or supposed else "probable"
    why = " ".join(p for p in (facts, text) if p)
    if supposed:
        why += " À vérifier : " + " ; ".join(supposed) + "."
    if unknown:
        why += " Estimation faite sans connaître : " + ", ".join(unknown) + "."
    return eligibility, monthly, annual, why, unknown


# -- cash benefits when OpenFisca is unavailable ------------------------------------
AMOUNTS_UNAVAILABLE = ("Les montants ne peuvent pas être calculés en ce moment (le service de calcul ne "
                       "répond pas) : l'orientation est faite sans eux, la CAF vous donnera le montant exact.")
# Only the plain conditions the `non` sentences of prestations.yml already state; the rest is "possible".
_CLEARLY_OUT = {
    "aspa": lambda s: s.age is not None and s.age < 62,
    "rsa": lambda s: s.age is not None and s.age < 25 and s.enfants == [] and not s.grossesse,
    "allocations_familiales": lambda s: s.enfants is not None and len(s.enfants) < 2,
    "asf": lambda s: s.en_couple is True or s.enfants == [],
    "aah": lambda s: s.handicap_taux is not None and s.handicap_taux < 50,
    "paje": lambda s: s.enfants is not None and not s.grossesse and all(a >= 3 for a in s.enfants),
    "ars": lambda s: s.enfants is not None and not any(6 <= a <= 18 for a in s.enfants),
}


def _judge_cash_without_amounts(sid: str, situation: Situation) -> tuple[str, str, list[str]]:
    """(eligibility, why, missing) from the situation alone: never "probable", never an amount."""
    cfg = load_rules("prestations")[sid]
    facts = facts_sentence(situation, cfg["faits"])
    if situation.nationalite == "hors_ue_irregulier" or _CLEARLY_OUT.get(sid, lambda s: False)(situation):
        return "unlikely", " ".join(p for p in (facts, cfg["non"]) if p), []
    why = " ".join(p for p in (facts, "Le montant ne peut pas être calculé en ce moment : "
                               "la CAF vous dira si vous y avez droit et combien.") if p)
    return "possible", why, []


# -- services (declarative rules) ----------------------------------------------
def _judge_rule(sid: str, facts: dict[str, Any]) -> tuple[str, str, list[str]]:
    rule = load_rules("dispositifs")[sid]
    verdict = evaluate(rule, facts)
    why = sentence(verdict.reasons)
    if verdict.supposed:
        why += (" " if why else "") + "À vérifier : " + " ; ".join(verdict.supposed) + "."
    if verdict.missing:
        why += (" " if why else "") + "À préciser : " + ", ".join(verdict.missing) + "."
    return verdict.eligibility, why.strip(), verdict.missing


def _emergency(facts: dict[str, Any]) -> list[dict[str, str]]:
    lines = []
    for line in load_rules("urgences"):
        if "une_de" in line:
            hit = any(check(c, facts)[0] is True for c in line["une_de"])
        else:
            hit = all(check(c, facts)[0] is True for c in line["toutes"])
        if hit:
            lines.append({"number": line["numero"], "label": line["label"]})
    return lines


def _contacts(commune: dict | None) -> list[dict[str, Any]]:
    if not commune:
        return []
    from sqlalchemy.exc import SQLAlchemyError

    from knowledge.contacts import contacts_for_commune

    try:
        return [c.to_dict() for c in contacts_for_commune(commune["code"])]
    except SQLAlchemyError:
        # An incomplete knowledge base (`knowledge build` not run since an upgrade) must not
        # stop the orientation: the schemes still say which kinds of contact to look for.
        logger.warning("contacts indisponibles pour %s : base de connaissances incomplète", commune["code"])
        return []


# -- the whole orientation -------------------------------------------------------
def orient(situation: Situation | dict | None, *, month: str | None = None) -> Orientation:
    """Judge every scheme of the contract for ``situation`` (a dict is validated first).

    Raises SituationError (French messages naming the fields) on invalid input.
    Thread-safe; nothing about the person is kept after the call.
    """
    situation = parse_situation(situation)
    month = month or openfisca_adapter.current_month()
    commune, candidates, depcom = _commune(situation)
    household = build_household(situation, month, depcom)
    try:
        amounts: openfisca_adapter.Amounts | None = openfisca_adapter.compute_or_unavailable(household)
    except openfisca_adapter.Unavailable:
        amounts = None  # degraded: the cash benefits are judged without OpenFisca, with no amount
    facts = _facts(situation, amounts)

    results: list[SchemeResult] = []
    missing: list[str] = []
    for sid in SCHEME_IDS:
        info = scheme_info(sid)
        monthly = annual = None
        if sid in CAF_SCHEMES and amounts is None:
            eligibility, why, unknown = _judge_cash_without_amounts(sid, situation)
        elif sid in CAF_SCHEMES:
            eligibility, monthly, annual, why, unknown = _judge_cash(sid, situation, amounts, commune is not None)
        else:
            eligibility, why, unknown = _judge_rule(sid, facts)
        if eligibility in PROPOSED:
            missing += unknown
        rule_source = None
        if sid not in CAF_SCHEMES:
            rule_source = load_rules("dispositifs")[sid]["source"]
        results.append(SchemeResult(
            id=sid, name=info["name"], eligibility=eligibility, monthly_amount=monthly, annual_amount=annual,
            why=why, how=info["how"], source=info["source"] or rule_source, contacts=info["contacts"],
            level=info["level"], aid_type=info["aid_type"], form=info["form"], online_url=info["online_url"],
        ))

    if situation.commune is None or commune is None:
        missing.insert(0, "commune")
    if situation.age is None:
        missing.append("age")
    provided = situation.provided()
    if commune:
        provided["commune"] = commune["code"]
    wanted = set(missing)
    return Orientation(
        situation=provided,
        schemes=results,
        contacts=_contacts(commune),
        emergency=_emergency(facts),
        missing=[name for name in MISSING_ORDER if name in wanted],
        commune=commune,
        commune_candidates=candidates,
        assumptions=household.assumptions + ([AMOUNTS_UNAVAILABLE] if amounts is None else []),
        period=month,
    )


def timed_orient(situation: Situation | dict, **kwargs: Any) -> tuple[Orientation, float]:
    start = time.perf_counter()
    result = orient(situation, **kwargs)
    return result, time.perf_counter() - start


__all__ = ["Orientation", "SchemeResult", "orient", "RESOURCE_FIELDS"]
