"""OpenFisca-France: the tax-benefit system loaded once per process, one simulation per situation.

The system is read-only once loaded; each call builds its own simulation, so
calls from several threads at once share nothing personal.
"""
from __future__ import annotations

import concurrent.futures
import functools
import logging
import os
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from knowledge.eligibility.facts import parameters_at
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
    return out


VARIABLES: dict[str, tuple[str, str]] = _variables()
# Figures the records' conditions read (knowledge.eligibility.facts), computed for every household.
FACT_VARIABLES: dict[str, tuple[str, str]] = {
    "plafond_css": ("cmu_c_plafond", "month"),                    # € per year, free CSS
}
# Read only with the CSS (they are computed with it): its resources and its upper ceiling, € per year.
CSS_FIGURES: dict[str, tuple[str, str]] = {
    "ressources_css": ("css_cmu_base_ressources", "month"),
    "plafond_css_participation": ("acs_plafond", "month"),
}
# Computed first. The aides au logement count in the RSA's and the CSS's resources and OpenFisca-France
# closes that loop in the order it meets the variables: computing them first gives every benefit the
# same figure, whichever others are asked for.
FIRST = ("aide_logement",)
ASPA_CEILINGS = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.plafond_ressources"


# Incomes the situation contract cannot describe: capital income declared on the tax return (boxes
# 2xx), life annuities bought for value (1AW-1DW), auto-entrepreneur turnover, daily sickness, maternity
# or work-accident allowances, work-accident annuities. Their formulas read only inputs the household
# never sets (tests/test_eligibility_openfisca.py checks it), so they are zero for every situation:
# neutralized, OpenFisca answers zero without running them for each of the months the benefits read.
NEVER_GIVEN = (
    "revenus_capital", "revenus_capitaux_prelevement_bareme", "revenus_capitaux_prelevement_liberatoire",
    "revenus_capitaux_prelevement_forfaitaire_unique_ir", "rente_viagere_titre_onereux",
    "rpns_auto_entrepreneur_CA_achat_revente", "rpns_auto_entrepreneur_CA_bic", "rpns_auto_entrepreneur_CA_bnc",
    "rpns_auto_entrepreneur_benefice", "indemnites_journalieres", "rente_accident_travail",
    "rente_accident_travail_base", "rente_accident_travail_rachat", "rente_accident_travail_apres_rachat",
    "rente_accident_travail_salarie", "rente_accident_travail_exploitant_agricole",
)


def tax_benefit_system():
    """The OpenFisca-France system, loaded on first use (a few seconds), then shared."""
    global _system, load_seconds
    if _system is None:
        with _lock:
            if _system is None:
                start = time.perf_counter()
                from openfisca_france import CountryTaxBenefitSystem
                system = CountryTaxBenefitSystem()
                for name in NEVER_GIVEN:
                    system.neutralize_variable(name)
                _accelerate()
                _system = system
                load_seconds = time.perf_counter() - start
    return _system


def _accelerate() -> None:
    """Memoize the pure bookkeeping OpenFisca-core repeats for every variable it computes.

    A household costs about 6 000 calculations; a third of their time went into date arithmetic
    (``Instant.offset`` through pendulum), turning a period into a period, and checking again
    that a variable belongs to its entity. Those answers never change within a process: they are
    kept (the caches are bounded; a race only computes an entry twice). Results are unchanged —
    the formulas are OpenFisca-France's own (tests/test_eligibility_openfisca.py)."""
    from openfisca_core import periods
    from openfisca_core.entities._core_entity import CoreEntity
    from openfisca_core.periods import Instant, Period

    if getattr(Instant, "_memoized_offset", False):
        return
    offset = Instant.offset
    offsets: dict = {}

    def memoized_offset(self, value, unit):
        key = (self, value, unit)
        found = offsets.get(key)
        if found is None:
            if len(offsets) > 200_000:
                offsets.clear()
            found = offsets[key] = offset(self, value, unit)
        return found

    Instant.offset = memoized_offset
    Instant._memoized_offset = True
    Instant._original_offset = offset

    make_period = periods.period

    def period(value):
        return value if value.__class__ is Period else make_period(value)

    functools.update_wrapper(period, make_period)
    periods.period = period

    check = CoreEntity.check_variable_defined_for_entity
    checked: set = set()

    def checked_once(self, variable_name):
        key = (self.key, variable_name)
        if key not in checked:
            check(self, variable_name)
            checked.add(key)

    CoreEntity.check_variable_defined_for_entity = checked_once


@lru_cache(maxsize=1)
def _fast_simulation_class():
    """A Simulation that answers a value already computed without the bookkeeping of a new one."""
    from openfisca_core.periods import Period
    from openfisca_core.simulations import Simulation

    class FastSimulation(Simulation):
        def calculate(self, variable_name, period):
            # A value already known for this exact period is returned as the base class would
            # (nothing to trace: no formula runs); everything else goes the usual way.
            if period.__class__ is Period:
                holders = self.__dict__.get("_known_holders")
                if holders is None:
                    holders = self.__dict__["_known_holders"] = {}
                holder = holders.get(variable_name)
                if holder is None:
                    holder = holders[variable_name] = self.get_holder(variable_name)
                variable = holder.variable
                if not variable.is_neutralized:
                    value = holder._memory_storage._arrays.get(period)
                    if value is not None:
                        return value
                    if not variable.formulas and period.unit == variable.definition_period and period.size == 1:
                        # An input nobody gave: its default, as the base class would store it (a
                        # variable without formula calls nothing, so there is no cycle to watch).
                        value = holder.default_array()
                        holder.put_in_cache(value, period)
                        return value
            return Simulation.calculate(self, variable_name, period)

    return FastSimulation


@dataclass(frozen=True)
class Amounts:
    """What OpenFisca computed for one household, by key of VARIABLES."""

    values: dict[str, float]
    month: str

    def __getitem__(self, key: str) -> float:
        return self.values[key]


@lru_cache(maxsize=4096)
def _period(text: str):
    """A parsed OpenFisca period (immutable, so shared): parsing one costs ~50 µs, a household has ~1 000."""
    from openfisca_core.periods import period as make_period

    return make_period(text)


@lru_cache(maxsize=1)
def _role_keys() -> frozenset[str]:
    """The keys of a group entity that name its members (``parents``, ``declarants``…), not variables."""
    keys = set()
    for entity in tax_benefit_system().group_entities:
        for role in entity.roles:
            keys.update(k for k in (role.key, role.plural) if k)
    return frozenset(keys)


def build_simulation(entities: dict):
    """The OpenFisca simulation of ``entities`` (the format of SimulationBuilder.build_from_entities).

    Same result as ``SimulationBuilder().build_from_entities``, about ten times faster: the builder
    only lays out the entities and their roles; each input is then stored directly for its period
    (parsed once per process), instead of being parsed and dispatched month by month."""
    from openfisca_core.simulation_builder import SimulationBuilder

    system = tax_benefit_system()
    roles = _role_keys()
    skeleton = {plural: {iid: {k: v for k, v in instance.items() if k in roles} for iid, instance in items.items()}
                for plural, items in entities.items()}
    simulation = SimulationBuilder().build_from_entities(system, skeleton)
    simulation.__class__ = _fast_simulation_class()
    for plural, items in entities.items():
        ids = list(items)
        count = len(ids)
        buffers: dict[str, dict[str, object]] = {}
        for index, instance in enumerate(items.values()):
            for name, by_period in instance.items():
                if name in roles:
                    continue
                variable = system.variables[name]
                for period_text, value in by_period.items():
                    arrays = buffers.setdefault(name, {})
                    array = arrays.get(period_text)
                    if array is None:
                        array = arrays[period_text] = variable.default_array(count)
                    array[index] = variable.check_set_value(value)
        for name, arrays in buffers.items():
            holder = simulation.get_holder(name)
            variable = holder.variable
            # Months before years, as the builder does, for the variables that dispatch a year.
            dated = sorted(((_period(text), array) for text, array in arrays.items()),
                           key=lambda item: (item[0].unit != variable.definition_period, item[0].size))
            for period, array in dated:
                if holder._eternal or (period.unit == variable.definition_period and period.size == 1):
                    holder.put_in_cache(array, period)
                else:
                    holder.set_input(period, array)
    return simulation


def compute(household: Household, wanted: Iterable[str] | None = None) -> Amounts:
    """The amounts of ``wanted`` (keys of VARIABLES; all by default) and the ceilings the records read.

    A benefit not asked for is not computed (its record already said no, or it is received):
    each costs tens of milliseconds."""
    simulation = build_simulation(household.entities)
    month = _period(household.month)
    keys = [k for k in VARIABLES if wanted is None or k in set(wanted)]
    keys.sort(key=lambda k: VARIABLES[k][0] not in FIRST)
    asked = {k: VARIABLES[k] for k in keys}
    asked.update(FACT_VARIABLES)
    if "css" in asked:
        asked.update(CSS_FIGURES)
    values: dict[str, float] = {}
    for key, (variable, kind) in asked.items():
        period = month if kind == "month" else month.this_year
        values[key] = round(float(simulation.calculate(variable, period).sum()), 2)
    if values.get("aspa"):
        values["aspa"] = _aspa_avec_rendement_du_patrimoine(values["aspa"], household)
    # Ceilings that are parameters: no formula to run.
    couple = "conjoint" in household.entities["individus"]
    values["plafond_aspa"] = _aspa_ceilings(household.month)[1 if couple else 0]
    values["plafond_logement_social"] = _social_housing_ceiling(simulation, month, household.month)
    return Amounts(values=values, month=household.month)


def _social_housing_ceiling(simulation, month, month_text: str) -> float:
    """The household's resource ceiling for social housing (PLUS, arrêté du 29 juillet 1987, annex I),
    as monthly net resources: it is set on the revenu fiscal de référence, wages less 10 %."""
    category = simulation.calculate("logement_social_categorie_menage", month).decode()[0].name
    zone = simulation.calculate("zone_logement_social", month).decode()[0].name
    dependants = int(simulation.calculate("al_nb_personnes_a_charge", month)[0])
    plus = _plus_parameters(month_text)
    annual = getattr(getattr(plus.par_categorie_de_menage, category), zone) \
        + max(0, dependants - 4) * getattr(plus.par_personne_supplementaire, zone)
    return round(float(annual) / 12 / 0.9, 2)


@lru_cache(maxsize=32)
def _plus_parameters(month: str):
    return tax_benefit_system().get_parameters_at_instant(f"{month}-01") \
        .prestations_sociales.aides_logement.logement_social.plu


def _aspa_avec_rendement_du_patrimoine(aspa: float, household: Household) -> float:
    """The ASPA with savings counted as the law counts them: 3 % of their value a year (CSS R815-25), not the Livret A
    interest OpenFisca-France gives it (the RSA's base of resources). The allowance is differential: what the savings are
    deemed to bring in more is that much less of it."""
    livret = household.entities["individus"].get("demandeur", {}).get("livret_a", {}).get(household.month) or 0.0
    if livret <= 0:
        return aspa
    taux_livret = float(tax_benefit_system().get_parameters_at_instant(f"{household.month}-01")
                        .taxation_capital.epargne.livret_a.taux)
    rendement = parameters_at(household.month)["aspa.rendement_patrimoine"] / 100
    return round(max(0.0, aspa - float(livret) * max(0.0, rendement - taux_livret) / 12), 2)


@lru_cache(maxsize=32)
def _aspa_ceilings(month: str) -> tuple[float, float]:
    """(single, couple) monthly ASPA resource ceilings in force in ``month``. Read from the system's
    parameters at the instant, which it caches: building them again costs ~100 ms."""
    ceilings = tax_benefit_system().get_parameters_at_instant(f"{month}-01")
    for name in ASPA_CEILINGS.split("."):
        ceilings = getattr(ceilings, name)
    return (round(float(ceilings.personnes_seules) / 12, 2), round(float(ceilings.couples) / 12, 2))


@lru_cache(maxsize=32)
def smic_net_mensuel(month: str) -> float:
    """The full-time minimum wage (Smic) of ``month``, net, per month: OpenFisca-France's gross monthly Smic
    (marche_travail.salaire_minimum.smic.smic_b_mensuel) through its own employee contributions (salaire_net)."""
    smic = tax_benefit_system().get_parameters_at_instant(f"{month}-01").marche_travail.salaire_minimum.smic
    simulation = build_simulation({
        "individus": {"salarie": {"salaire_de_base": {month: float(smic.smic_b_mensuel)},
                                  "date_naissance": {"ETERNITY": "1980-01-01"}}},
        "familles": {"famille": {"parents": ["salarie"]}},
        "foyers_fiscaux": {"foyer": {"declarants": ["salarie"]}},
        "menages": {"menage": {"personne_de_reference": ["salarie"]}}})
    return round(float(simulation.calculate("salaire_net", month)[0]), 2)


class Unavailable(RuntimeError):
    """OpenFisca failed or took longer than $OPENFISCA_TIMEOUT_SECONDS: no amounts this time."""


_pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="openfisca")
logger = logging.getLogger(__name__)


def compute_or_unavailable(household: Household, timeout: float | None = None,
                           wanted: Iterable[str] | None = None) -> Amounts:
    """``compute`` bounded in time ($OPENFISCA_TIMEOUT_SECONDS, 30 s by default; the call that
    loads the system gets $OPENFISCA_LOAD_SECONDS more, 300 by default, for a busy machine);
    any failure raises Unavailable (logged without the household)."""
    timeout = timeout if timeout is not None else float(os.environ.get("OPENFISCA_TIMEOUT_SECONDS", "30"))
    if _system is None:
        timeout += float(os.environ.get("OPENFISCA_LOAD_SECONDS", "300"))
    future = _pool.submit(compute, household, wanted)
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
