"""The facts the scheme records' conditions read: the situation's fields plus a few derived ones
(knowledge.schemes.models.DERIVED_FACTS), and the dated parameters in force for the month."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from knowledge.eligibility.situation import WORKING, Situation
from knowledge.schemes import load_parametres

OUTRE_MER = ("971", "972", "973", "974", "976")  # Guadeloupe, Martinique, Guyane, La Réunion, Mayotte
DISABILITY_BENEFITS = ("aah", "pch", "pension_invalidite")
AGE_ENFANT_MAJORATION = 3  # CASF R262-2: twelve months after the separation, or until the youngest child is three
MAJORITE = 18
MARGE_ESTIMATION = 0.05    # an estimate this close above a ceiling is "possible", not "no"
# Facts computed from OpenFisca-France figures (unknown when it cannot run, or before it runs).
OPENFISCA_FACTS = frozenset({"plafond_css_mensuel", "plafond_aspa_mensuel", "plafond_logement_social_mensuel",
                             "css_pres_du_plafond"})


@lru_cache(maxsize=32)
def _parameters_at(month: str) -> tuple[tuple[str, float], ...]:
    day = f"{month}-01"
    return tuple((name, p.value_at(day)) for name, p in load_parametres().items())


def parameters_at(month: str) -> dict[str, float]:
    """Every parameter of parametres.yaml, at the first day of ``month`` (YYYY-MM)."""
    return dict(_parameters_at(month))


def majoration_isolement(parent_isole: bool | None, grossesse: bool | None, plus_jeune: int | None) -> bool | None:
    """Whether the isolated-parent increase of the RSA (CASF L262-9, R262-2) and of the prime d'activité
    (CSS L842-7) is due: to an isolated person expecting a child or raising one under three, it is;
    with older children it is due only in the twelve months after the separation (out of eighteen),
    which a situation does not say (unknown); not isolated, it is not."""
    if parent_isole is not True:
        return parent_isole
    if grossesse or (plus_jeune is not None and plus_jeune < AGE_ENFANT_MAJORATION):
        return True
    return None


def derive(situation: Situation, commune: dict | None, amounts: dict[str, float] | None = None,
           params: dict[str, float] | None = None) -> dict[str, Any]:
    """The facts of ``situation``; ``amounts`` are the figures OpenFisca-France computed (ceilings),
    None when it could not run (the facts that need them are then unknown)."""
    amounts = amounts or {}
    params = params or {}
    facts: dict[str, Any] = {name: getattr(situation, name) for name in Situation.model_fields}
    facts["besoins"] = situation.besoins or []            # nothing asked yet is nothing asked
    facts["prestations_percues"] = situation.prestations_percues or []
    facts["ressources"] = situation.ressources if situation.ressources_connues else None
    kids = situation.enfants
    facts["nb_enfants"] = len(kids) if kids is not None else None
    facts["plus_jeune_enfant"] = min(kids) if kids else None
    facts["nb_enfants_6_18"] = sum(1 for a in kids if 6 <= a <= 18) if kids is not None else None
    with_child = (bool(kids) or situation.grossesse is True) if (kids is not None or situation.grossesse) else None
    if situation.en_couple is True:
        facts["parent_isole"] = False
    elif situation.en_couple is False and with_child is not None:
        facts["parent_isole"] = with_child
    else:
        facts["parent_isole"] = None
    facts["outre_mer"] = (commune["departement"] in OUTRE_MER) if commune else None
    if facts["outre_mer"] and facts.get("regime_agricole") is True:
        # No MSA overseas: the caisses générales de sécurité sociale (Mayotte: the CSSM) run the agricultural
        # scheme, and the CAF pays family benefits, the RSA and the prime d'activité; the contacts are theirs
        # (cgss.gf, « la protection sociale agricole dans les DOM »; CSS art. L752-1; checked 2026-12-04)
        facts["regime_agricole"] = False
    facts["travaille"] = (situation.activite in WORKING) if situation.activite else None
    facts["handicap_signale"] = bool(
        (situation.handicap_taux or 0) > 0 or situation.rqth or "handicap" in facts["besoins"]
        or any(p in facts["prestations_percues"] for p in DISABILITY_BENEFITS))
    facts["en_domicile"] = (situation.logement not in ("etablissement", "sans_domicile", "hebergement_structure")
                            if situation.logement else None)
    facts["majoration_isolement"] = majoration_isolement(facts["parent_isole"], situation.grossesse,
                                                         facts["plus_jeune_enfant"])
    facts["departement"] = commune["departement"] if commune else None
    facts["mineur"] = (situation.age < MAJORITE) if situation.age is not None else None
    facts["plafond_css_mensuel"] = round(amounts["plafond_css"] / 12, 2) if "plafond_css" in amounts else None
    facts["plafond_aspa_mensuel"] = amounts.get("plafond_aspa")
    facts["plafond_logement_social_mensuel"] = amounts.get("plafond_logement_social")
    # CSS: an estimate within a few per cent of the ceiling cannot say no (benefits received are
    # simulated at their full rate, the ceilings are revalued in April).
    base, ceiling = amounts.get("ressources_css"), amounts.get("plafond_css_participation")
    facts["css_pres_du_plafond"] = (base <= ceiling * (1 + MARGE_ESTIMATION)) if base is not None and ceiling else None
    # ASH: 90 % of the resources go to the establishment (CASF L132-3); above the dearest
    # département's average price of a room open to the social aid, they pay it.
    price = params.get("ash.prix_journalier_habilite_le_plus_eleve")
    facts["plafond_ash_mensuel"] = round(price * 365 / 12 / 0.9, 2) if price else None
    return facts
