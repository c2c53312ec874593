"""The fast OpenFisca path gives OpenFisca-France's own figures: same simulation as its builder, same values
whether a benefit is computed alone or with all the others, same period arithmetic."""
import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from knowledge.eligibility import openfisca_adapter as oa
from knowledge.eligibility.household import build_household
from knowledge.eligibility.situation import Situation

MONTH = "2026-11"
SITUATIONS = [
    dict(age=35, en_couple=False, enfants=[], activite="salarie", revenus_activite=1000, logement="locataire", loyer=450),
    dict(age=38, en_couple=True, enfants=[1, 7, 12], activite="salarie", revenus_activite=1700, logement="locataire",
         loyer=750),
    dict(age=45, en_couple=False, enfants=[], activite="sans_activite", revenus_activite=0, logement="locataire",
         loyer=450, handicap_taux=80, prestations_percues=["aah", "aide_logement"]),
    dict(age=23, en_couple=False, enfants=[], grossesse=True, activite="etudiant", revenus_activite=0,
         logement="locataire", loyer=380),
    dict(age=72, en_couple=True, enfants=[], activite="retraite", retraite=900, logement="proprietaire"),
    dict(age=67, en_couple=False, enfants=[], activite="retraite", retraite=300, logement="locataire", loyer=400,
         nationalite="hors_ue_regulier", titre_sejour_annees=7),
]


def household(fields):
    return build_household(Situation(**fields), MONTH, "69266")


def figures(simulation, month, keys):
    out = {}
    for key in keys:
        variable, kind = {**oa.VARIABLES, **oa.FACT_VARIABLES, **oa.CSS_FIGURES}[key]
        period = oa._period(month) if kind == "month" else oa._period(month).this_year
        out[key] = round(float(simulation.calculate(variable, period).sum()), 2)
    return out


@pytest.mark.parametrize("fields", SITUATIONS)
def test_fast_simulation_gives_the_builders_figures(fields):
    h = household(fields)
    keys = sorted(oa.VARIABLES, key=lambda k: oa.VARIABLES[k][0] not in oa.FIRST) + list(oa.FACT_VARIABLES) \
        + list(oa.CSS_FIGURES)
    reference = SimulationBuilder().build_from_entities(oa.tax_benefit_system(), h.entities)
    assert type(reference).__name__ == "Simulation"
    assert figures(oa.build_simulation(h.entities), h.month, keys) == figures(reference, h.month, keys)


@pytest.mark.parametrize("fields", SITUATIONS[:3])
def test_a_benefit_computed_alone_has_the_figure_it_has_with_all_others(fields):
    h = household(fields)
    everything = oa.compute(h).values
    for key in ("css", "rsa", "prime_activite"):
        alone = oa.compute(h, [key]).values
        assert alone[key] == everything[key], key
        assert set(alone) < set(everything)


def test_memoized_period_arithmetic_is_the_original():
    from openfisca_core.periods import DateUnit, Instant

    oa.tax_benefit_system()
    original = Instant._original_offset
    for start in (Instant((2024, 1, 31)), Instant((2026, 2, 28)), Instant((2025, 12, 1))):
        for offset in (-13, -1, 0, 1, 12, "first-of", "last-of"):
            for unit in (DateUnit.MONTH, DateUnit.YEAR, DateUnit.DAY):
                if isinstance(offset, str) and unit == DateUnit.DAY:
                    continue
                assert start.offset(offset, unit) == original(start, offset, unit)


@pytest.mark.parametrize("fields", SITUATIONS)
def test_neutralized_incomes_are_never_given_by_a_household(fields):
    """The variables neutralized for speed read only inputs no household sets (tax-return boxes, turnover,
    daily allowances, work-accident annuities): they would be zero anyway."""
    import re

    system = oa.tax_benefit_system()
    given = {name for items in household(fields).entities.values() for instance in items.values() for name in instance}
    assert not given & set(oa.NEVER_GIVEN)
    assert not [n for n in given if re.match(r"^(f\d|ebic|ebnc|rpns_|indemnites_journalieres|rente_|taux_accident)", n)]
    for name in oa.NEVER_GIVEN:
        assert system.variables[name].is_neutralized
