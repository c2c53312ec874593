"""The contract's vocabulary in French: field labels, value labels, verdicts, contact kinds.

One place for the words shown to people and agents about the contract (docs/situation.md):
the agents' console builds its form from it, the chat page and the bot's recap read their
labels from it (served by ``GET /situation/vocabulary``). The values and bounds themselves
come from the ``Situation`` model; a test checks that every field and value has its label.
"""
from __future__ import annotations

from typing import Any, get_args

from knowledge.eligibility.situation import Situation

# field -> (label in a form, label in a sentence addressed to the person, help text or None)
FIELDS: dict[str, tuple[str, str, str | None]] = {
    "age": ("Âge (en années)", "votre âge", None),
    "commune": ("Commune", "votre commune", "Nom, code postal ou code INSEE."),
    "en_couple": ("Vit en couple (marié, pacsé ou non)", "si vous vivez en couple", None),
    "enfants": ("Âges des enfants à charge", "l'âge de vos enfants",
                "Séparés par des virgules, 0 pour moins d'un an ; écrivez « aucun » s'il n'y en a pas."),
    "grossesse": ("Attend un enfant", "si vous attendez un enfant", None),
    "activite": ("Activité", "votre activité", None),
    "revenus_activite": ("Revenus d'activité nets du foyer (€ par mois)", "les revenus du travail du foyer", None),
    "chomage": ("Allocation chômage (€ par mois)", "votre allocation chômage", None),
    "retraite": ("Pension de retraite (€ par mois)", "votre retraite", None),
    "autres_ressources": ("Autres ressources (€ par mois)", "vos autres ressources", None),
    "pension_alimentaire_recue": ("Pension alimentaire reçue (€ par mois)", "la pension alimentaire reçue", None),
    "logement": ("Situation de logement", "votre logement", None),
    "loyer": ("Loyer (€ par mois)", "votre loyer", None),
    "handicap_taux": ("Taux d'incapacité reconnu (%)", "votre taux d'incapacité", None),
    "perte_autonomie": ("A besoin d'aide pour la vie quotidienne", "votre besoin d'aide au quotidien", None),
    "nationalite": ("Nationalité ou séjour", "votre nationalité ou titre de séjour", None),
    "titre_sejour_annees": ("Années depuis le premier titre de séjour permettant de travailler",
                            "depuis combien d'années vous avez un titre de séjour", None),
    "rqth": ("Reconnu travailleur handicapé (RQTH)", "la reconnaissance de travailleur handicapé (RQTH)", None),
    "regime_agricole": ("Régime agricole (Mutualité sociale agricole, MSA)", "votre régime de sécurité sociale", None),
    "protection_internationale": ("Réfugié, protection subsidiaire ou apatride",
                                  "si vous avez le statut de réfugié ou une protection", None),
    "confie_ase": ("Confié à l'aide sociale à l'enfance (ASE) avant 18 ans",
                   "si vous avez été confié(e) à l'aide sociale à l'enfance", None),
    "epargne": ("Épargne et patrimoine du foyer (€ au total)", "votre épargne", None),
    "dette_loyer": ("Loyers impayés dus (€ au total)", "le montant des loyers impayés", None),
    "prestations_percues": ("Aides déjà perçues", "les aides que vous touchez déjà", None),
    "besoins": ("Ce que la personne demande", "ce que vous cherchez", None),
}

VALUES: dict[str, dict[str, str]] = {
    "activite": {
        "salarie": "Salarié(e)", "independant": "Indépendant(e)", "demandeur_emploi": "Demandeur d'emploi",
        "etudiant": "Étudiant(e)", "retraite": "Retraité(e)", "sans_activite": "Sans activité",
        "apprenti": "Apprenti(e)",
    },
    "logement": {
        "locataire": "Locataire", "proprietaire": "Propriétaire", "heberge": "Hébergé(e) par des proches",
        "sans_domicile": "Sans logement", "hebergement_structure": "En foyer, hôtel ou centre d'hébergement",
        "etablissement": "En établissement (EHPAD, résidence pour personnes âgées ou handicapées)",
    },
    "nationalite": {
        "francaise": "Nationalité française", "ue": "Nationalité d'un pays de l'Union européenne",
        "hors_ue_regulier": "Titre de séjour (hors Union européenne)",
        "hors_ue_irregulier": "Sans titre de séjour",
    },
    "prestations_percues": {
        "rsa": "Revenu de solidarité active (RSA)", "prime_activite": "Prime d'activité",
        "aide_logement": "Aide au logement (APL, ALS, ALF)", "aah": "Allocation aux adultes handicapés (AAH)",
        "aspa": "Allocation de solidarité aux personnes âgées (ASPA)", "css": "Complémentaire santé solidaire (CSS)",
        "ame": "Aide médicale de l'État (AME)", "allocations_familiales": "Allocations familiales",
        "asf": "Allocation de soutien familial (ASF)", "ars": "Allocation de rentrée scolaire (ARS)",
        "paje": "Prestation d'accueil du jeune enfant (PAJE)", "apa": "Allocation personnalisée d'autonomie (APA)",
        "pch": "Prestation de compensation du handicap (PCH)", "cej": "Contrat d'engagement jeune (CEJ)",
        "cheque_energie": "Chèque énergie", "chomage": "Allocation chômage (ARE)",
        "ass": "Allocation de solidarité spécifique (ASS)", "pension_invalidite": "Pension d'invalidité",
    },
    "besoins": {
        "logement": "Logement", "impayes_loyer": "Loyers impayés", "alimentation": "Alimentation", "sante": "Santé",
        "emploi": "Emploi", "argent": "Argent", "famille": "Famille", "handicap": "Handicap",
        "autonomie": "Perte d'autonomie", "dettes": "Dettes", "energie": "Énergie",
        "administratif": "Démarches administratives", "violence": "Violences", "mobilite": "Mobilité",
        "numerique": "Numérique", "catastrophe": "Catastrophe (incendie, inondation…)",
    },
}
# A need in a sentence: "Vous cherchez de l'aide pour le logement."
NEEDS_IN_SENTENCE: dict[str, str] = {
    "logement": "le logement", "impayes_loyer": "des impayés de loyer", "alimentation": "l'alimentation",
    "sante": "la santé", "emploi": "le travail", "argent": "l'argent pour vivre", "famille": "la famille",
    "handicap": "le handicap", "autonomie": "l'autonomie", "dettes": "les dettes", "energie": "l'énergie",
    "administratif": "les papiers", "violence": "des violences", "mobilite": "les déplacements",
    "numerique": "le numérique", "catastrophe": "une catastrophe (inondation, incendie, tempête)",
}

VERDICTS: dict[str, str] = {
    "probable": "Droit probable", "possible": "Droit possible, à vérifier", "unlikely": "Peu probable",
    "deja_percu": "Déjà perçu",
}

CONTACT_KINDS: dict[str, str] = {
    "ccas": "Centre communal d'action sociale (CCAS)", "caf": "Caisse d'allocations familiales (CAF)",
    "msa": "Mutualité sociale agricole (MSA)", "cpam": "Caisse primaire d'assurance maladie (CPAM)",
    "mdph": "Maison départementale des personnes handicapées (MDPH)", "departement": "Conseil départemental",
    "mission_locale": "Mission locale", "france_travail": "France Travail",
    "carsat": "Caisse de retraite (Carsat)", "france_services": "France Services",
    "banque_de_france": "Banque de France", "association": "Association", "point_justice": "Point-justice",
    "mairie": "Mairie", "adil": "Agence départementale d'information sur le logement (ADIL)",
    "assureur": "Votre assureur", "clic": "Point d'information pour les personnes âgées (CLIC)",
    "pmi": "Protection maternelle et infantile (PMI)",
}


def _kind(annotation: Any) -> tuple[str, list[str]]:
    """(form type, allowed values) of a Situation field's annotation."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    inner = args[0] if args else annotation
    if getattr(inner, "__origin__", None) is list:
        item = get_args(inner)[0]
        item = get_args(item)[0] if get_args(item) and not isinstance(get_args(item)[0], str) else item
        values = [v for v in get_args(item) if isinstance(v, str)]
        return ("list_choice" if values else "list_int"), values
    values = [v for v in get_args(inner) if isinstance(v, str)]
    if values:
        return "choice", values
    return {bool: "bool", int: "int", float: "number", str: "text"}.get(inner, "text"), []


def describe() -> dict[str, Any]:
    """Everything a page needs to show and ask the contract's fields (GET /situation/vocabulary)."""
    schema = Situation.model_json_schema()["properties"]
    fields = []
    for name, info in Situation.model_fields.items():
        kind, values = _kind(info.annotation)
        label, person, help_text = FIELDS[name]
        prop = schema[name]
        bounds = next((p for p in prop.get("anyOf", [prop]) if p.get("type") != "null"), prop)
        if bounds.get("type") == "array":
            bounds = bounds.get("items", {})
        fields.append({
            "name": name, "type": kind, "label": label, "label_person": person, "help": help_text,
            "min": bounds.get("minimum"), "max": bounds.get("maximum"),
            "values": [{"value": v, "label": VALUES[name][v]} for v in values],
        })
    return {"fields": fields, "verdicts": VERDICTS, "contact_kinds": CONTACT_KINDS,
            "needs_in_sentence": NEEDS_IN_SENTENCE}


def field_label_person(name: str) -> str:
    """``"loyer"`` -> ``"votre loyer"`` (unknown names are returned as they are)."""
    return FIELDS[name][1] if name in FIELDS else name


def value_label(field: str, value: str) -> str:
    return VALUES.get(field, {}).get(value, value)
