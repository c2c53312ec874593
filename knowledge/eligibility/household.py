"""From a situation to an OpenFisca-France household, the way the state's simulators build it.

- the resources declared for the current month are repeated over the previous
  months and spread over the past years (the "ressources des 3 derniers mois"
  of the RSA and the prime d'activité, the rolling 12 months of the aides au
  logement and of the complémentaire santé solidaire, the fiscal year N-2 of
  the prestations familiales and of the chèque énergie);
- the benefits the person does not say they receive are zeroed over the past
  months (they would otherwise be simulated back in time and counted as
  resources); a benefit the person says they receive (``prestations_percues``)
  is simulated over the past months instead, so that each benefit's formula
  counts it the way the law counts it (the AAH and the ASS in the RSA's
  resources of the last three months, nothing of the RSA in the aides au
  logement, which read fiscal income);
- the conditions that are not about resources (age of the RSA, residence
  permit, nationality) are judged by the scheme records: OpenFisca is given a
  regular stay long enough and the RSA jeune actif condition, so that it
  computes the means-tested amount; the record then says "possible, à
  vérifier" or "unlikely" with the right reason;
- in a couple where the person does not work, the household's earned income
  is the partner's (since October 2023 only the person's own income counts
  for the AAH);
- savings (``epargne``) are set as a Livret A: the RSA counts the interest
  they earn (CASF R262-6 as read by the Conseil d'État, 2017), the aides au
  logement count assets above their threshold;
- children's birth dates are derived from their ages; the couple, housing,
  rent, commune (housing zones), disability rate, pregnancy, nationality and
  residence status are set for the current month.

Pure data: no OpenFisca import here, so that the mapping is testable alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from knowledge.eligibility.situation import WORKING, Situation

DEMANDEUR, CONJOINT = "demandeur", "conjoint"
DEFAULT_AGE = 35           # used when the age is unknown (age-bound schemes then say "possible")
DEFAULT_RETIRED_AGE = 67   # unknown age of a person who says they are retired
YEARS_BACK = 2             # fiscal year N-2 is the oldest period the benefits read
BENEFIT_MONTHS_BACK = 14

# Benefits that would otherwise be simulated over past months and counted as resources.
PAST_FAMILY_BENEFITS = ("rsa", "ppa", "aide_logement", "apl", "als", "alf", "aspa", "af", "cf", "asf",
                        "paje_base", "aeeh")
PAST_PERSONAL_BENEFITS = ("aah", "caah", "asi", "ass")
# A benefit received (contract id) -> the OpenFisca variables simulated instead of zeroed.
RECEIVED = {
    "rsa": ("rsa",), "prime_activite": ("ppa",), "aide_logement": ("aide_logement", "apl", "als", "alf"),
    "aspa": ("aspa", "asi"), "allocations_familiales": ("af",), "asf": ("asf",), "paje": ("paje_base",),
    "aah": ("aah", "caah"), "ass": ("ass",),
}

STATUT_OCCUPATION = {
    "locataire": "locataire_vide",
    "proprietaire": "proprietaire",
    "heberge": "loge_gratuitement",
    "sans_domicile": "sans_domicile",
    "hebergement_structure": "sans_domicile",
    "etablissement": "locataire_foyer",
}
ACTIVITE = {
    "salarie": "actif", "independant": "actif", "demandeur_emploi": "chomeur",
    "etudiant": "etudiant", "retraite": "retraite", "sans_activite": "inactif",
    "apprenti": "actif",
}
# OpenFisca reads a nationality as an ISO country code; "EU"/"ZZ" are placeholders
# whose meaning is carried by ressortissant_eee and duree_possession_titre_sejour.
NATIONALITE = {"francaise": "FR", "ue": "EU", "hors_ue_regulier": "ZZ", "hors_ue_irregulier": "ZZ"}
# The residence conditions are judged by the scheme records: OpenFisca computes as if they held.
TITRE_SEJOUR_POUR_LE_CALCUL = 99
# ... except that the RSA counts the ASPA as due (CASF L262-10): a person outside the EU known to hold
# a permit for fewer years than the ASPA's ten (CSS L816-1; parameter aspa.titre_sejour_annees) is
# given those years (at least the RSA's and the prime d'activité's five, which their records judge),
# so that OpenFisca computes no ASPA for them. (OpenFisca-France never grants the ASPA on the years
# alone: its condition passes only for EEA nationals, hence "as if" above the ten years.)
TITRE_SEJOUR_MINIMUM_CALCUL = 5
TITRE_SEJOUR_ASPA = 10


@dataclass
class Household:
    """The OpenFisca input plus what was assumed to build it."""

    entities: dict
    month: str
    assumptions: list[str] = field(default_factory=list)


def months_back(month: str, count: int) -> list[str]:
    """``count`` months before ``month`` (YYYY-MM), most recent first."""
    year, mon = map(int, month.split("-"))
    out = []
    for _ in range(count):
        mon -= 1
        if mon == 0:
            year, mon = year - 1, 12
        out.append(f"{year:04d}-{mon:02d}")
    return out


def birth_date(age: int, today: date) -> str:
    """A birth date giving ``age`` today: six months past the birthday (mid-year)."""
    year, month = today.year - age, today.month - 6
    if month <= 0:
        year, month = year - 1, month + 12
    return f"{year:04d}-{month:02d}-01"


def person_age(situation: Situation) -> int:
    if situation.age is not None:
        return situation.age
    return DEFAULT_RETIRED_AGE if situation.activite == "retraite" else DEFAULT_AGE


def build_household(situation: Situation, month: str, depcom: str | None = None) -> Household:
    """The OpenFisca entities for ``situation`` in ``month`` (YYYY-MM)."""
    today = date(int(month[:4]), int(month[5:7]), 15)
    year = int(month[:4])
    first_month = f"{year - YEARS_BACK:04d}-01"
    past = [m for m in months_back(month, 12 * (YEARS_BACK + 1)) if m >= first_month]
    every = [month, *past]
    # Benefits are read back at most twelve months (CSS) plus the two-month lag of the aides au logement.
    recent = months_back(month, BENEFIT_MONTHS_BACK)
    assumptions: list[str] = []
    received = set(situation.prestations_percues or [])
    age = person_age(situation)
    if situation.age is None and "aspa" in received:
        age = DEFAULT_RETIRED_AGE
    if situation.age is None:
        assumptions.append(f"âge inconnu : calcul fait pour {age} ans")
    taux = situation.handicap_taux
    if taux is None and "aah" in received:
        taux = 80  # an AAH received: simulated so that it counts where the law counts it
        assumptions.append("vous recevez l'AAH : calcul fait avec un taux d'incapacité d'au moins 80 %")
    for benefit, label in (("chomage", "l'allocation chômage"), ("pension_invalidite", "la pension d'invalidité")):
        if benefit in received and not (benefit == "chomage" and situation.chomage):
            assumptions.append(f"montant de {label} inconnu : il n'est pas compté dans les ressources")

    def monthly(value: float | None) -> dict[str, float]:
        return {m: float(value or 0) for m in every}

    def current(value) -> dict:
        # Personal and housing facts hold over every month simulated (some formulas,
        # such as the chèque énergie's, read January of the current year).
        return {m: value for m in every}

    activite = ACTIVITE.get(situation.activite or "", None)
    nationalite = situation.nationalite or "francaise"
    # In a couple where the person does not work, the earned income is the partner's.
    partner_earns = bool(situation.en_couple and situation.revenus_activite
                         and situation.activite is not None and situation.activite not in WORKING)
    own_salary = None if partner_earns else situation.revenus_activite
    years_known = (nationalite == "hors_ue_regulier" and situation.titre_sejour_annees is not None
                   and situation.titre_sejour_annees < TITRE_SEJOUR_ASPA
                   and situation.protection_internationale is not True)  # refugees: no years' condition
    demandeur: dict = {
        "date_naissance": {"ETERNITY": birth_date(age, today)},
        # Resources: net and taxable amounts are taken equal (the person states net amounts).
        "salaire_net": monthly(own_salary),
        "salaire_imposable": monthly(own_salary),
        "chomage_net": monthly(situation.chomage),
        "chomage_imposable": monthly(situation.chomage),
        "retraite_nette": monthly(situation.retraite),
        "retraite_imposable": monthly(situation.retraite),
        # The minimum vieillesse reads gross amounts; the net ones stand in for them
        # (a slight underestimate of resources, said in the assumptions).
        "retraite_brute": monthly(situation.retraite),
        "salaire_de_base": monthly(own_salary),
        "pensions_alimentaires_percues": monthly(situation.pension_alimentaire_recue),
        "revenus_locatifs": monthly(situation.autres_ressources),
        "nationalite": current(NATIONALITE[nationalite]),
        "ressortissant_eee": current(not years_known),
        "duree_possession_titre_sejour": current(max(situation.titre_sejour_annees, TITRE_SEJOUR_MINIMUM_CALCUL)
                                                 if years_known else TITRE_SEJOUR_POUR_LE_CALCUL),
        "enceinte": current(bool(situation.grossesse)),
        "taux_incapacite": current((taux or 0) / 100),
        "handicap": current((taux or 0) >= 50),
        # A 50-79 % rate opens the AAH only with a "restriction substantielle et durable
        # d'accès à l'emploi", which the MDPH decides: assumed, and the record says so.
        "aah_restriction_substantielle_durable_acces_emploi": current(50 <= (taux or 0) < 80),
        # Under 25, the RSA's age condition (child, pregnancy, RSA jeune actif) is the record's.
        "rsa_jeune_condition_heures_travail_remplie": current(age < 25),
        "livret_a": current(float(situation.epargne or 0)),
    }
    if activite:
        demandeur["activite"] = current(activite)
    if situation.activite == "apprenti":
        # An apprentice gets the prime d'activité only above about 78 % of the Smic (CSS L842-2, 3°):
        # OpenFisca-France applies that floor to the individuals marked as apprentices.
        demandeur["apprenti"] = current(True)
    if situation.activite == "etudiant" and situation.en_couple is False and (situation.enfants or situation.grossesse):
        # The RSA's student condition does not apply to an isolated parent entitled to the increase
        # (CASF L262-4, 4°), which OpenFisca-France does not know: the record judges it, OpenFisca
        # computes as if it held (the prime d'activité lifts its own student condition for them too).
        demandeur["etudiant"] = current(False)
    if situation.autres_ressources and "aah" in received:
        # An AAH received and « other resources » told: that amount is the AAH as the person receives it (« mon AAH,
        # 1033 € »), counted as the AAH, not simulated again on top of it as patrimony income (counted twice, it put
        # the complémentaire santé solidaire out of reach of a person living on the AAH alone)
        demandeur["revenus_locatifs"] = monthly(0)
        demandeur["aah"] = monthly(situation.autres_ressources)
        assumptions.append("vos autres ressources sont comptées comme votre AAH")
    elif situation.autres_ressources:
        assumptions.append("autres ressources comptées comme des revenus du patrimoine")
    individus = {DEMANDEUR: demandeur}
    parents = [DEMANDEUR]
    if situation.en_couple:
        individus[CONJOINT] = {
            "date_naissance": {"ETERNITY": birth_date(age, today)},
            "nationalite": current(NATIONALITE[nationalite]),
            "ressortissant_eee": demandeur["ressortissant_eee"],
            "duree_possession_titre_sejour": demandeur["duree_possession_titre_sejour"],
        }
        if partner_earns:
            for name in ("salaire_net", "salaire_imposable", "salaire_de_base"):
                individus[CONJOINT][name] = monthly(situation.revenus_activite)
            individus[CONJOINT]["activite"] = current("actif")
        parents.append(CONJOINT)
        demandeur["statut_marital"] = current("marie")
        individus[CONJOINT]["statut_marital"] = current("marie")
    children = []
    for i, child_age in enumerate(situation.enfants or []):
        name = f"enfant_{i + 1}"
        individus[name] = {"date_naissance": {"ETERNITY": birth_date(child_age, today)}}
        children.append(name)

    # Benefits not received are zero over the past months; those received are simulated.
    simulated = {variable for sid in received for variable in RECEIVED.get(sid, ())}
    familles_past = {benefit: {m: 0.0 for m in recent} for benefit in PAST_FAMILY_BENEFITS
                     if benefit not in simulated}
    for who in parents:
        for benefit in PAST_PERSONAL_BENEFITS:
            if benefit not in simulated:
                individus[who][benefit] = {m: 0.0 for m in recent}

    # Fiscal years: the reference income (chèque énergie) and the collective
    # incomes (prestations familiales) of past years, from the resources of today.
    taxable = 12 * sum(v or 0 for v in (situation.revenus_activite, situation.chomage, situation.retraite))
    rfr = round(0.9 * taxable, 2)  # 10 % standard deduction on wages, benefits and pensions
    fiscal_years = [str(year - k) for k in range(1, YEARS_BACK + 1)]
    foyer = {
        "declarants": parents,
        "personnes_a_charge": children,
        "rfr": {y: rfr for y in fiscal_years},
        "rev_coll": {y: 0.0 for y in fiscal_years},
    }
    logement = situation.logement
    menage: dict = {
        "personne_de_reference": [DEMANDEUR],
        "enfants": children,
    }
    if situation.en_couple:
        menage["conjoint"] = [CONJOINT]
    if logement:
        menage["statut_occupation_logement"] = current(STATUT_OCCUPATION[logement])
    else:
        menage["statut_occupation_logement"] = current("locataire_vide")
        assumptions.append("logement inconnu : calcul fait pour un locataire")
    if (logement in (None, "locataire")) and situation.loyer is not None:
        menage["loyer"] = current(float(situation.loyer))
    if depcom:
        menage["depcom"] = current(depcom)
    return Household(
        entities={
            "individus": individus,
            "familles": {"famille": {"parents": parents, "enfants": children, **familles_past}},
            "foyers_fiscaux": {"foyer_fiscal": foyer},
            "menages": {"menage": menage},
        },
        month=month,
        assumptions=assumptions,
    )
