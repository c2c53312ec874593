"""Plain French sentences from the facts of a situation ("Vous avez 35 ans, vivez seul...")."""
from __future__ import annotations

from knowledge.eligibility.amounts import euros
from knowledge.eligibility.situation import Situation

LOGEMENT = {
    "locataire": "vous êtes locataire",
    "proprietaire": "vous êtes propriétaire de votre logement",
    "heberge": "vous êtes hébergé par de la famille ou des amis",
    "sans_domicile": "vous êtes sans domicile",
    "hebergement_structure": "vous êtes hébergé dans une structure (foyer, hôtel, centre d'hébergement)",
    "etablissement": "vous vivez dans un établissement (EHPAD ou résidence pour personnes âgées ou handicapées)",
}


def _foyer(s: Situation) -> str | None:
    if s.en_couple is None and s.enfants is None:
        return None
    couple = "vous vivez en couple" if s.en_couple else "vous n'êtes pas en couple"
    n = len(s.enfants or [])
    kids = "sans enfant à charge" if n == 0 else ("avec un enfant à charge" if n == 1
                                                  else f"avec {n} enfants à charge")
    if s.grossesse:
        kids += ", et vous attendez un enfant"
    if s.enfants is None:
        return couple
    if s.en_couple is None:
        return f"vous avez {n} enfant{'s' if n > 1 else ''} à charge" if n else "vous n'avez pas d'enfant à charge"
    return f"{couple}, {kids}" if not s.en_couple else f"{couple} {kids}"


def _ressources(s: Situation) -> str | None:
    if not s.ressources_connues:
        return None
    if s.ressources == 0:
        if s.prestations_percues:
            return "en dehors des prestations que vous recevez, vous n'avez pas de ressources"
        return "vous n'avez pas de ressources"
    parts = [(s.revenus_activite, "de revenus d'activité"), (s.chomage, "d'allocation chômage"),
             (s.retraite, "de retraite"), (s.pension_alimentaire_recue, "de pension alimentaire"),
             (s.autres_ressources, "d'autres ressources")]
    said = [f"{euros(v)} {label}" for v, label in parts if v]
    return "vous déclarez " + join_french(said) + " par mois"


def _logement(s: Situation) -> str | None:
    if not s.logement:
        return None
    text = LOGEMENT[s.logement]
    if s.logement == "locataire" and s.loyer:
        text += f" (loyer de {euros(s.loyer)} par mois)"
    return text


def _handicap(s: Situation) -> str | None:
    if s.handicap_taux is None:
        return None
    if s.handicap_taux == 0:
        return "aucun taux d'incapacité ne vous est reconnu"
    return f"un taux d'incapacité de {s.handicap_taux} % vous est reconnu"


NATIONALITE = {
    "francaise": "vous êtes de nationalité française",
    "ue": "vous êtes citoyen d'un pays de l'Union européenne",
    "hors_ue_regulier": "vous avez un titre de séjour",
    "hors_ue_irregulier": "vous n'avez pas de titre de séjour",
}


def _nationalite(s: Situation) -> str | None:
    if not s.nationalite:
        return None
    text = NATIONALITE[s.nationalite]
    if s.nationalite == "hors_ue_regulier" and s.titre_sejour_annees is not None:
        text += f" depuis {s.titre_sejour_annees} an{'s' if s.titre_sejour_annees > 1 else ''}"
    return text


FACTS = {
    "age": lambda s: f"vous avez {s.age} ans" if s.age is not None else None,
    "foyer": _foyer,
    "ressources": _ressources,
    "logement": _logement,
    "handicap": _handicap,
    "nationalite": _nationalite,
}


def join_french(parts: list[str]) -> str:
    """« a », « a et b », « a, b et c »."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]


def sentence(parts: list[str]) -> str:
    """Join clauses into one sentence with a capital and a full stop."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    text = join_french(parts)
    return text[0].upper() + text[1:] + "."


def facts_sentence(situation: Situation, names: list[str]) -> str:
    return sentence([FACTS[name](situation) for name in names if FACTS[name](situation)])
