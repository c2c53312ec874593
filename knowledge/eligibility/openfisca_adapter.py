"""OpenFisca-France: the tax-benefit system loaded once per process, one simulation per situation.

The system is read-only once loaded; each call builds its own simulation, so
calls from several threads at once share nothing personal.
"""
from __future__ import annotations

import concurrent.futures
import logging
import os
import threading
import time
from dataclasses import dataclass

from knowledge.eligibility.household import Household

_system = None
_lock = threading.Lock()
load_seconds: float | None = None



def _variables() -> dict[str, tuple[str, str]]:
    """key -> (OpenFisca variable, period kind), from the scheme records (``openfisca`` field).

    "month" amounts are monthly, "year" amounts yearly (allocation de rentrée scolaire, chèque
    énergie). The CSS has two keys: ``css`` (free) and ``css_participation`` (paying variant)."""
    from knowledge.schemes import load_catalogue

    out: dict[str, tuple[str, str]] = {}
    for sid, scheme in load_catalogue().items():
        if scheme.openfisca is None:
            continue
        kind = "month" if scheme.openfisca.periode == "mois" else "year"
        out[sid] = (scheme.openfisca.variable, kind)
        if scheme.openfisca.variable_participation:
            out[f"{sid}_participation"] = (scheme.openfisca.variable_participation, kind)
    # facts read by the records' conditions
    out["plafond_css"] = ("cmu_c_plafond", "month")
    return out


VARIABLES: dict[str, tuple[str, str]] = _variables()
ASPA_CEILINGS = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.plafond_ressources"


def tax_benefit_system():
    """The OpenFisca-France system, loaded on first use (a few seconds), then shared."""
    global _system, load_seconds
    if _system is None:
        with _lock:
            if _system is None:
                start = time.perf_counter()
                from openfisca_france import CountryTaxBenefitSystem
                _system = CountryTaxBenefitSystem()
                load_seconds = time.perf_counter() - start
    return _system


@dataclass(frozen=True)
class Amounts:
    """What OpenFisca computed for one household, by key of VARIABLES."""

    values: dict[str, float]
    month: str

    def __getitem__(self, key: str) -> float:
        return self.values[key]


def compute(household: Household) -> Amounts:
    from openfisca_core.periods import period as make_period
    from openfisca_core.simulation_builder import SimulationBuilder

    system = tax_benefit_system()
    simulation = SimulationBuilder().build_from_entities(system, household.entities)
    month = make_period(household.month)
    values: dict[str, float] = {}
    for key, (variable, kind) in VARIABLES.items():
        period = month if kind == "month" else month.this_year
        values[key] = round(float(simulation.calculate(variable, period).sum()), 2)
    # The ASPA resource ceiling (aide ménagère of the social aid), a parameter: no simulation.
    ceilings = system.parameters(f"{household.month}-01")
    for name in ASPA_CEILINGS.split("."):
        ceilings = getattr(ceilings, name)
    couple = "conjoint" in household.entities["individus"]
    values["plafond_aspa"] = round(float(ceilings.couples if couple else ceilings.personnes_seules) / 12, 2)
    return Amounts(values=values, month=household.month)


class Unavailable(RuntimeError):
    """OpenFisca failed or took longer than $OPENFISCA_TIMEOUT_SECONDS: no amounts this time."""


_pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="openfisca")
logger = logging.getLogger(__name__)


def compute_or_unavailable(household: Household, timeout: float | None = None) -> Amounts:
    """``compute`` bounded in time ($OPENFISCA_TIMEOUT_SECONDS, 30 s by default; the call that
    loads the system gets $OPENFISCA_LOAD_SECONDS more, 300 by default, for a busy machine);
    any failure raises Unavailable (logged without the household)."""
    timeout = timeout if timeout is not None else float(os.environ.get("OPENFISCA_TIMEOUT_SECONDS", "30"))
    if _system is None:
        timeout += float(os.environ.get("OPENFISCA_LOAD_SECONDS", "300"))
    future = _pool.submit(compute, household)
    try:
        return future.result(timeout=timeout)
    except concurrent.futures.TimeoutError as error:
        logger.warning("OpenFisca: no answer within %g s, orientation without amounts", timeout)
        raise Unavailable("timeout") from error
    except Exception as error:  # an engine error must not stop the orientation
        logger.warning("OpenFisca failed (%s), orientation without amounts", type(error).__name__)
        raise Unavailable(type(error).__name__) from error


def warm_up() -> float:
    """Load the system and run one simulation (first formulas are slow); seconds spent."""
    from knowledge.eligibility.household import build_household
    from knowledge.eligibility.situation import Situation

    start = time.perf_counter()
    compute(build_household(Situation(age=40, enfants=[4], logement="locataire", loyer=500,
                                      revenus_activite=900), current_month()))
    return time.perf_counter() - start


def current_month() -> str:
    return time.strftime("%Y-%m")
