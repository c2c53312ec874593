"""The facts the scheme records' conditions read: the situation's fields plus a few derived ones
(knowledge.schemes.models.DERIVED_FACTS), and the dated parameters in force for the month."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from knowledge.eligibility.situation import Situation
from knowledge.schemes import load_parametres

OUTRE_MER = ("971", "972", "973", "974", "976")  # Guadeloupe, Martinique, Guyane, La Réunion, Mayotte
WORKING = ("salarie", "independant", "apprenti")
DISABILITY_BENEFITS = ("aah", "pch", "pension_invalidite")


@lru_cache(maxsize=32)
def _parameters_at(month: str) -> tuple[tuple[str, float], ...]:
    day = f"{month}-01"
    return tuple((name, p.value_at(day)) for name, p in load_parametres().items())


def parameters_at(month: str) -> dict[str, float]:
    """Every parameter of parametres.yaml, at the first day of ``month`` (YYYY-MM)."""
    return dict(_parameters_at(month))


def derive(situation: Situation, commune: dict | None, plafond_css: float | None,
           plafond_aspa: float | None) -> dict[str, Any]:
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
    facts["travaille"] = (situation.activite in WORKING) if situation.activite else None
    facts["handicap_signale"] = bool(
        (situation.handicap_taux or 0) > 0 or situation.rqth or "handicap" in facts["besoins"]
        or any(p in facts["prestations_percues"] for p in DISABILITY_BENEFITS))
    facts["en_domicile"] = (situation.logement not in ("etablissement", "sans_domicile", "hebergement_structure")
                            if situation.logement else None)
    facts["plafond_css_mensuel"] = plafond_css
    facts["plafond_aspa_mensuel"] = plafond_aspa
    return facts
