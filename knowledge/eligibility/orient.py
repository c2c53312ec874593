"""``orient(situation) -> Orientation``: every scheme judged from its record, why, where to go, what is missing.

One source: the scheme records (knowledge/schemes/catalogue/<id>.yaml). A record's
typed conditions say what is judged without OpenFisca-France; its ``openfisca``
variable computes the amount of a cash benefit; its texts explain a yes, a no and
a "to check"; its contacts are chosen for the situation.
"""
from __future__ import annotations

import logging
import time
from functools import lru_cache
from dataclasses import asdict, dataclass, field
from typing import Any

from knowledge.eligibility import openfisca_adapter
from knowledge.eligibility.facts import derive, parameters_at
from knowledge.eligibility.household import build_household
from knowledge.eligibility.rules import Verdict, check, evaluate, fill, holds, load_rules
from knowledge.eligibility.situation import RESOURCE_FIELDS, RESOURCE_OF_ACTIVITY, Situation, parse_situation
from knowledge.eligibility.amounts import amount_text, euros
from knowledge.eligibility.why import facts_sentence, sentence
from knowledge.schemes import load_catalogue, load_orientation, priorities_by_need
from knowledge.schemes.models import Scheme, Test

logger = logging.getLogger(__name__)
PROPOSED = ("probable", "possible")
# The verdicts, in the order a reader meets them.
VERDICTS = ("probable", "possible", "unlikely", "deja_percu")
MISSING_ORDER = ("commune", "age", "en_couple", "enfants", "grossesse", "activite", "revenus_activite", "chomage",
                 "retraite", "logement", "loyer", "nationalite", "titre_sejour_annees", "handicap_taux", "rqth",
                 "perte_autonomie", "epargne", "dette_loyer", "besoins")
# Savings change the verdict of these only (RSA: interest; CSS and ASPA: assets): asked only then.
SAVINGS_MATTER = ("rsa", "css", "aspa")
AAH_ABOVE_RSA = ("L'allocation aux adultes handicapés (AAH), qui vous est ouverte, compte dans les ressources du "
                 "revenu de solidarité active (RSA) et dépasse le montant qu'il garantit : c'est l'AAH qu'il faut demander.")
PENDING_AAH = ("Si l'allocation aux adultes handicapés (AAH) vous est accordée, elle comptera dans les "
               "ressources du RSA, qui ne fera plus que la compléter.")
AMOUNTS_UNAVAILABLE = ("Les montants ne peuvent pas être calculés en ce moment (le service de calcul ne "
                       "répond pas) : l'orientation est faite sans eux, la CAF vous donnera le montant exact.")


def scheme_ids() -> tuple[str, ...]:
    return tuple(load_catalogue())


SCHEME_IDS = scheme_ids()


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
    documents: list[str] = field(default_factory=list)
    legal_basis: list[dict[str, str]] = field(default_factory=list)
    checked: str | None = None
    opens: list[dict[str, str]] = field(default_factory=list)
    formulaire: dict[str, str] | None = None
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
    deja_percu: list[str] = field(default_factory=list)
    contact_kinds: list[str] = field(default_factory=list)

    def scheme(self, scheme_id: str) -> SchemeResult:
        return next(s for s in self.schemes if s.id == scheme_id)

    @property
    def proposed(self) -> list[SchemeResult]:
        return [s for s in self.schemes if s.proposed]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- commune -------------------------------------------------------------------
def _commune(situation: Situation) -> tuple[dict | None, list[dict], str | None]:
    """(resolved commune, candidates when ambiguous, code for OpenFisca).

    In a situation, an exact INSEE code always wins over reading it as a postal code
    (59350 is Lille, 97411 Saint-Denis de La Réunion, though both are also postal codes)."""
    if not situation.commune:
        return None, [], None
    from knowledge.territory import CODE_COMMUNE, resolve_commune

    resolution = resolve_commune(situation.commune)
    raw = situation.commune.replace(" ", "").upper()
    exact = [c for c in resolution.candidates if c.match == "code_insee" and c.code == raw] \
        if CODE_COMMUNE.match(raw) else []
    if exact:
        best = exact[0]
    elif resolution.status == "found":
        best = resolution.best
    else:
        return None, [c.to_dict() for c in resolution.candidates], None
    commune = {"code": best.code, "nom": best.nom, "label": best.label, "departement": best.departement,
               "departement_nom": best.departement_nom, "epci": best.epci,
               "commune_parent": best.commune_parent}
    # Housing zones are set per commune: an arrondissement takes its city's.
    return commune, [], best.commune_parent or best.code


# -- judging one scheme ------------------------------------------------------------
@dataclass
class Judgement:
    eligibility: str
    why: str
    missing: list[str] = field(default_factory=list)
    monthly: float | None = None
    annual: float | None = None


def _why(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


# What to ask, in plain words, for the facts a verdict lacks.
ASK = {
    "age": "votre âge", "commune": "votre commune", "en_couple": "si vous vivez en couple",
    "enfants": "vos enfants à charge", "grossesse": "si vous attendez un enfant", "activite": "votre activité",
    "revenus_activite": "vos revenus", "ressources": "vos ressources", "chomage": "votre allocation chômage",
    "retraite": "votre retraite", "logement": "votre logement", "loyer": "votre loyer",
    "nationalite": "votre nationalité ou votre titre de séjour",
    "titre_sejour_annees": "depuis combien d'années vous avez un titre de séjour permettant de travailler",
    "handicap_taux": "votre taux d'incapacité reconnu par la MDPH",
    "rqth": "si vous êtes reconnu travailleur handicapé (RQTH)", "perte_autonomie": "votre besoin d'aide au quotidien",
    "epargne": "votre épargne", "dette_loyer": "le montant de vos loyers impayés",
    "plafond_css_mensuel": "le plafond de ressources de votre foyer", "plafond_aspa_mensuel": "le plafond de ressources",
    "plus_jeune_enfant": "l'âge de vos enfants", "nb_enfants": "vos enfants à charge",
    "nb_enfants_6_18": "l'âge de vos enfants", "parent_isole": "si vous élevez seul vos enfants",
    "outre_mer": "votre commune", "travaille": "votre activité", "en_domicile": "votre logement",
    "majoration_isolement": "depuis quand vous élevez seul vos enfants", "departement": "votre commune",
    "mineur": "votre âge", "plafond_logement_social_mensuel": "vos ressources", "plafond_ash_mensuel": "vos ressources",
    "css_pres_du_plafond": "vos ressources",
}


def _checks(verdict: Verdict) -> str:
    out = []
    if verdict.supposed:
        out.append("À vérifier : " + " ; ".join(dict.fromkeys(verdict.supposed)) + ".")
    if verdict.missing:
        asked = list(dict.fromkeys(ASK.get(name, name) for name in verdict.missing))
        out.append("À préciser : " + ", ".join(asked) + ".")
    return " ".join(out)


def _unknown_essentials(situation: Situation, essentials: list[str], commune_known: bool) -> list[str]:
    out = []
    for name in essentials:
        if name == "ressources":
            if not situation.ressources_connues:
                out.append(RESOURCE_OF_ACTIVITY.get(situation.activite or "", "revenus_activite"))
        elif name == "commune":
            if not commune_known:
                out.append("commune")
        elif name == "loyer":
            if situation.logement in (None, "locataire") and situation.loyer is None:
                out.append("loyer")
        elif getattr(situation, name) is None:
            out.append(name)
    return out


def _judge_cash(scheme: Scheme, situation: Situation, facts: dict, params: dict,
                amounts: openfisca_adapter.Amounts | None, commune_known: bool,
                aah_probable: bool = False) -> Judgement:
    of = scheme.openfisca
    recalled = facts_sentence(situation, scheme.textes.faits)
    verdict = evaluate(scheme.conditions, scheme.a_verifier, facts, params)
    if verdict.eligibility == "unlikely":
        return Judgement("unlikely", _why(recalled, sentence(verdict.reasons) or scheme.textes.non))
    if amounts is None:
        text = scheme.textes.oui_sans_montant or ""
        return Judgement("possible", _why(recalled, sentence(verdict.reasons), text,
                                          "Le montant ne peut pas être calculé en ce moment : l'organisme vous "
                                          "dira si vous y avez droit et combien.", _checks(verdict)),
                         verdict.missing)
    monthly = annual = None
    pending_aah = ""
    if of.variable_participation:  # CSS: free, or with a participation
        free, participation = amounts[scheme.id] > 0, amounts[f"{scheme.id}_participation"]
        positive = free or participation > 0
        text = scheme.textes.oui if free else (scheme.textes.oui_participation or "").replace(
            "{montant}", euros(participation))
    else:
        amount = amounts[scheme.id]
        if scheme.id == "rsa" and amounts.values.get("aah", 0) > 0 and "aah" not in facts["prestations_percues"]:
            if aah_probable:
                # The AAH counts in the RSA's resources: once paid, the RSA only tops it up.
                amount = max(0.0, round(amount - amounts["aah"], 2))
                if amount == 0:
                    return Judgement("unlikely", _why(recalled, AAH_ABOVE_RSA))
            else:
                # Not yet granted (the MDPH decides): the RSA is due meanwhile (CASF L262-10).
                pending_aah = PENDING_AAH
        positive = amount > 0
        if positive and of.periode == "annee":
            annual = round(amount, 2)
        elif positive:
            monthly = round(amount, 2)
        text = scheme.textes.oui.replace("{montant}", euros(amount))
    if not positive:
        for rescue in of.possible_sans_montant:
            if check(rescue.si, facts, params).value is True:
                return Judgement("possible", _why(recalled, rescue.texte, _checks(verdict)),
                                 list(dict.fromkeys(verdict.missing + _missing_of(rescue.si, facts))))
        return Judgement("unlikely", _why(recalled, scheme.textes.non))
    unknown = _unknown_essentials(situation, of.essentiels, commune_known)
    eligibility = "possible" if verdict.eligibility == "possible" or unknown else "probable"
    why = _why(recalled, text, pending_aah, _checks(verdict))
    if unknown:
        why += " Estimation faite sans connaître : " + ", ".join(ASK.get(n, n) for n in unknown) + "."
    return Judgement(eligibility, why, list(dict.fromkeys(verdict.missing + unknown)), monthly, annual)


def _missing_of(cond, facts: dict) -> list[str]:
    if isinstance(cond, Test):
        return [cond.fait] if facts.get(cond.fait) is None and cond.fait not in ("handicap_signale",) else []
    subs = getattr(cond, "une_de", None) or getattr(cond, "toutes", None) or []
    return [m for sub in subs for m in _missing_of(sub, facts)]


def _judge_rule(scheme: Scheme, facts: dict, params: dict) -> Judgement:
    verdict = evaluate(scheme.conditions, scheme.a_verifier, facts, params)
    if verdict.eligibility == "unlikely":
        return Judgement("unlikely", sentence(verdict.reasons) or scheme.textes.non)
    said = sentence(verdict.reasons) or scheme.textes.oui
    return Judgement(verdict.eligibility, _why(said, _checks(verdict)), verdict.missing)


# -- emergency lines -------------------------------------------------------------
def _emergency(facts: dict[str, Any], params: dict) -> list[dict[str, str]]:
    from knowledge.eligibility.urgences import emergency_lines

    lines = []
    for line in emergency_lines():
        if line.une_de:
            hit = any(check(c, facts, params).value is True for c in line.une_de)
        else:
            hit = all(check(c, facts, params).value is True for c in line.toutes)
        if hit:
            lines.append({"number": line.numero, "label": line.label})
    return lines


# -- contacts ------------------------------------------------------------------------
def rank(schemes: list[SchemeResult], besoins: list[str]) -> list[SchemeResult]:
    """Proposed schemes, those answering the needs first, probable before possible (the bot's order)."""
    priorities = priorities_by_need()
    ranks: dict[str, int] = {}
    for need in besoins:
        for i, sid in enumerate(priorities.get(need, ())):
            ranks[sid] = min(ranks.get(sid, 99), i)
    proposed = [s for s in schemes if s.proposed]
    return sorted(proposed, key=lambda s: (s.id not in ranks, s.eligibility != "probable", ranks.get(s.id, 99),
                                           -(s.monthly_amount or 0)))


def _contact_kinds(results: list[SchemeResult], besoins: list[str], facts: dict, params: dict) -> list[str]:
    """The offices relevant to the situation: the proposed schemes' contacts (chosen by situation),
    those of the needs and of a few facts (a jobseeker, rent arrears); the CCAS when nothing else."""
    kinds: list[str] = []
    for scheme in rank(results, besoins):
        kinds += scheme.contacts
    # The office that pays or follows a benefit already received stays the person's contact for it.
    for scheme in results:
        if scheme.eligibility == "deja_percu":
            kinds += scheme.contacts
    routes = load_orientation()
    for need in besoins:
        entry = routes.besoins.get(need)
        if entry:
            kinds += [c.kind for c in entry.contacts if holds(c.si, facts, params)]
    for item in routes.situations:
        if check(item.si, facts, params).value is True:
            kinds += item.contacts
    return list(dict.fromkeys(kinds)) or ["ccas"]


def _contacts(commune: dict | None, kinds: list[str]) -> list[dict[str, Any]]:
    if not commune:
        return []
    from sqlalchemy.exc import SQLAlchemyError

    from knowledge.contacts import contacts_for_commune

    try:
        return [c.to_dict() for c in contacts_for_commune(commune["code"], kinds=kinds)]
    except SQLAlchemyError:
        # An incomplete knowledge base (`knowledge build` not run since an upgrade) must not
        # stop the orientation: the schemes still say which kinds of contact to look for.
        logger.warning("contacts indisponibles pour %s : base de connaissances incomplète", commune["code"])
        return []


# -- the whole orientation -------------------------------------------------------
def orient(situation: Situation | dict | None, *, month: str | None = None) -> Orientation:
    """Judge every scheme of the contract for ``situation`` (a dict is validated first).

    Raises SituationError (French messages naming the fields) on invalid input.
    Thread-safe (records, parameters and the OpenFisca system are read-only once loaded);
    nothing about the person is kept after the call.
    """
    situation = parse_situation(situation)
    month = month or openfisca_adapter.current_month()
    catalogue = load_catalogue()
    params = parameters_at(month)
    commune, candidates, depcom = _commune(situation)
    received = list(dict.fromkeys(situation.prestations_percues or []))
    household = build_household(situation, month, depcom)
    wanted = _amounts_needed(catalogue, derive(situation, commune, None, params), params, received)
    try:
        amounts: openfisca_adapter.Amounts | None = openfisca_adapter.compute_or_unavailable(household, wanted=wanted)
    except openfisca_adapter.Unavailable:
        amounts = None  # degraded: the cash benefits are judged by their conditions, with no amount
    facts = derive(situation, commune, amounts.values if amounts else None, params)

    aah = catalogue["aah"]
    aah_probable = evaluate(aah.conditions, aah.a_verifier, facts, params).eligibility == "probable"
    results: list[SchemeResult] = []
    missing: list[str] = []
    for sid, scheme in catalogue.items():
        opens: list[dict[str, str]] = []
        if sid in received:
            opens = [o.model_dump() for o in scheme.ouvre]
            judged = Judgement("deja_percu", _why(
                "Vous nous avez dit la recevoir déjà : elle n'est pas proposée une nouvelle fois.",
                *(o["texte"] for o in opens)))
        elif scheme.openfisca is not None:
            judged = _judge_cash(scheme, situation, facts, params, amounts, commune is not None, aah_probable)
        else:
            judged = _judge_rule(scheme, facts, params)
        if judged.eligibility in PROPOSED:
            missing += judged.missing
            if sid in SAVINGS_MATTER and situation.epargne is None:
                missing.append("epargne")
        results.append(SchemeResult(
            id=sid, name=scheme.name, eligibility=judged.eligibility, monthly_amount=judged.monthly,
            annual_amount=judged.annual, why=judged.why, how=scheme.how, source=scheme.source,
            contacts=[c.kind for c in scheme.contacts if holds(c.si, facts, params)],
            level=scheme.level, aid_type=scheme.aid_type, form=scheme.form, online_url=scheme.online_url,
            documents=list(scheme.documents), legal_basis=[a.model_dump() for a in scheme.legal_basis],
            checked=scheme.checked, opens=opens,
            formulaire=scheme.formulaire.model_dump() if scheme.formulaire else None,
        ))
    _apply_opens(results, catalogue, received)

    if situation.commune is None or commune is None:
        missing.insert(0, "commune")
    if situation.age is None:
        missing.append("age")
    provided = situation.provided()
    if commune:
        provided["commune"] = commune["code"]
    wanted = set(missing)
    kinds = _contact_kinds(results, list(situation.besoins or []), facts, params)
    assumptions = household.assumptions + ([AMOUNTS_UNAVAILABLE] if amounts is None else [])
    return Orientation(
        situation=provided,
        schemes=results,
        contacts=_contacts(commune, kinds),
        emergency=_emergency(facts, params),
        missing=[name for name in MISSING_ORDER if name in wanted],
        commune=commune,
        commune_candidates=candidates,
        assumptions=assumptions,
        period=month,
        deja_percu=received,
        contact_kinds=kinds,
    )


def _amounts_needed(catalogue: dict[str, Scheme], facts: dict, params: dict, received: list[str]) -> list[str]:
    """The OpenFisca keys worth computing: the cash benefits not received whose conditions do not
    already say no (judged before any amount; a condition on a figure OpenFisca gives is unknown then,
    never false, so nothing is skipped that the amounts could have opened)."""
    wanted = []
    for sid, scheme in catalogue.items():
        if scheme.openfisca is None or sid in received:
            continue
        if not _reads_openfisca(sid) and evaluate(scheme.conditions, [], facts, params).eligibility == "unlikely":
            continue
        wanted.append(sid)
        if scheme.openfisca.variable_participation:
            wanted.append(f"{sid}_participation")
    return wanted


@lru_cache(maxsize=None)
def _reads_openfisca(sid: str) -> bool:
    """Whether the record's conditions read a figure that OpenFisca computes (then never skipped)."""
    from knowledge.eligibility.facts import OPENFISCA_FACTS
    from knowledge.schemes.loader import _conditions

    scheme = load_catalogue()[sid]
    return any(isinstance(c, Test) and (c.fait in OPENFISCA_FACTS or c.fait_valeur in OPENFISCA_FACTS)
               for _, c in _conditions(scheme))


def _apply_opens(results: list[SchemeResult], catalogue: dict[str, Scheme], received: list[str]) -> None:
    """A benefit received opens another right (the RSA opens the CSS without participation): that
    right is then probable, whatever the estimate, and says why."""
    by_id = {r.id: r for r in results}
    for sid in received:
        scheme = catalogue.get(sid)
        for opened in scheme.ouvre if scheme else ():
            target = by_id[opened.id]
            if target.eligibility == "deja_percu":
                continue
            target.eligibility = "probable"
            target.monthly_amount = None
            target.why = opened.texte


def timed_orient(situation: Situation | dict, **kwargs: Any) -> tuple[Orientation, float]:
    start = time.perf_counter()
    result = orient(situation, **kwargs)
    return result, time.perf_counter() - start


__all__ = ["Orientation", "SchemeResult", "orient", "rank", "RESOURCE_FIELDS", "SCHEME_IDS", "VERDICTS", "fill",
           "load_rules"]
