"""The adaptive questionnaire, without Rasa: what to ask for which need, in which order.

The slots hold the facts of docs/situation.md (``None``: not known yet,
``INCONNU``: the person does not know or prefers not to answer). Only what
the needs require is asked, and nothing already known is asked again.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from actions.extraction import INCONNU, RESSOURCES
from knowledge.eligibility.amounts import euros
from knowledge.eligibility.vocabulary import FIELDS, NEEDS_IN_SENTENCE, VALUES, field_label_person, value_label

# Every question the situation form may ask, in the order it asks them.
ORDRE = ("commune", "age", "en_couple", "nb_enfants", "enfants", "grossesse", "logement", "loyer",
         "activite", "ressources", "handicap_taux", "perte_autonomie", "nationalite")

_FOYER = ("commune", "age", "en_couple", "nb_enfants", "enfants", "logement", "loyer", "activite", "ressources")
# What each need requires (docs/situation.md `besoins`): enough for the engine to judge its schemes.
QUESTIONS_PAR_BESOIN: dict[str, tuple[str, ...]] = {
    "logement": _FOYER,
    "impayes_loyer": _FOYER,
    "alimentation": ("commune", "en_couple", "nb_enfants", "ressources"),
    "sante": ("commune", "age", "en_couple", "nb_enfants", "activite", "ressources", "nationalite"),
    "emploi": ("commune", "age", "activite", "ressources"),
    "argent": _FOYER,
    "famille": _FOYER + ("grossesse",),
    "handicap": ("commune", "age", "en_couple", "nb_enfants", "activite", "ressources", "handicap_taux"),
    "autonomie": ("commune", "age", "en_couple", "ressources", "perte_autonomie"),
    "dettes": _FOYER,
    "energie": ("commune", "en_couple", "nb_enfants", "logement", "ressources"),
    "administratif": ("commune", "logement", "nationalite"),
    "violence": ("commune", "nb_enfants", "logement"),
    "mobilite": ("commune", "age", "activite"),
    "numerique": ("commune",),
    "catastrophe": ("commune", "logement", "ressources"),
}
BESOIN_PAR_DEFAUT = "argent"  # facts given without a need: "what am I entitled to?"

# Labels of the contract's vocabulary (knowledge.eligibility.vocabulary): one wording everywhere.
LIBELLES_BESOINS = NEEDS_IN_SENTENCE
LIBELLES_CHAMPS = {**{nom: field_label_person(nom) for nom in FIELDS},
                   "nb_enfants": "le nombre d'enfants", "ressources": "vos ressources"}


def _valeur(champ: str, valeur: str) -> str:
    """"Salarié(e)" -> "salarié(e)" inside a sentence of the recap."""
    texte = value_label(champ, valeur)
    return texte[0].lower() + texte[1:] if texte[1:2].islower() else texte


def besoins_de(slots: dict[str, Any]) -> list[str]:
    return list(slots.get("besoins") or []) or [BESOIN_PAR_DEFAUT]


def avec_besoin(slots: dict[str, Any], besoin: Optional[str]) -> Optional[list[str]]:
    """The needs with ``besoin`` added at the end, or None when it is absent or already known."""
    besoins = list(slots.get("besoins") or [])
    return besoins + [besoin] if besoin and besoin not in besoins else None


def ressources_connues(slots: dict[str, Any]) -> bool:
    return slots.get("ressources") is not None or any(slots.get(r) is not None for r in RESSOURCES)


def _connu(nom: str, slots: dict[str, Any]) -> bool:
    if nom == "ressources":
        return ressources_connues(slots)
    return slots.get(nom) is not None


def _utile(nom: str, slots: dict[str, Any]) -> bool:
    """Questions that only make sense after some answers."""
    if nom == "enfants":
        nb = slots.get("nb_enfants")
        return isinstance(nb, (int, float)) and nb > 0
    if nom == "loyer":
        return slots.get("logement") == "locataire"
    return True


def questions(slots: dict[str, Any]) -> list[str]:
    """Every question the needs require, in the form's order (asked or not)."""
    voulues: set[str] = set()
    for besoin in besoins_de(slots):
        voulues.update(QUESTIONS_PAR_BESOIN.get(besoin, QUESTIONS_PAR_BESOIN[BESOIN_PAR_DEFAUT]))
    return [nom for nom in ORDRE if nom in voulues and _utile(nom, slots)]


def prochaine_question(slots: dict[str, Any]) -> Optional[str]:
    """The next slot to ask, or ``None`` when everything the needs require is known."""
    return next((nom for nom in questions(slots) if not _connu(nom, slots)), None)


def situation(slots: dict[str, Any]) -> dict[str, Any]:
    """The situation of the contract from the slots; unknown answers are left out."""
    out: dict[str, Any] = {}
    for nom in ("commune", "age", "en_couple", "grossesse", "activite", "logement", "loyer", "handicap_taux",
                "perte_autonomie", "nationalite", *RESSOURCES):
        value = slots.get(nom)
        if value is not None and value != INCONNU:
            out[nom] = value
    enfants, nb = slots.get("enfants"), slots.get("nb_enfants")
    if isinstance(enfants, list):
        out["enfants"] = [int(a) for a in enfants]
    elif nb == 0:
        out["enfants"] = []
    if out.get("logement") != "locataire":
        out.pop("loyer", None)
    besoins = [b for b in (slots.get("besoins") or []) if b in QUESTIONS_PAR_BESOIN]
    if besoins:
        out["besoins"] = besoins
    return out


def incertains(slots: dict[str, Any]) -> list[str]:
    """Questions answered "je ne sais pas" or "je préfère ne pas répondre"."""
    return [nom for nom in ORDRE if slots.get(nom) == INCONNU]


def recapitulatif(slots: dict[str, Any], commune_label: Optional[str] = None) -> list[str]:
    """What was understood, one short line per fact, in plain French."""
    lignes: list[str] = []
    besoins = slots.get("besoins") or []
    if besoins:
        lignes.append("Vous cherchez de l'aide pour " + ", ".join(LIBELLES_BESOINS.get(b, b) for b in besoins) + ".")
    if slots.get("commune") and slots.get("commune") != INCONNU:
        lignes.append(f"Commune : {commune_label or slots['commune']}.")
    if isinstance(slots.get("age"), (int, float)):
        lignes.append(f"Âge : {int(slots['age'])} ans.")
    if slots.get("en_couple") in (True, False):
        lignes.append("Vous vivez en couple." if slots["en_couple"] else "Vous vivez seul(e).")
    nb = slots.get("nb_enfants")
    if isinstance(nb, (int, float)):
        if nb == 0:
            lignes.append("Pas d'enfant à charge.")
        else:
            ages = slots.get("enfants")
            detail = ""
            if isinstance(ages, list) and ages:
                detail = " (" + ", ".join("moins d'un an" if a == 0 else f"{a} ans" for a in ages) + ")"
            lignes.append(f"{int(nb)} enfant{'s' if nb > 1 else ''} à charge{detail}.")
    if slots.get("grossesse") is True:
        lignes.append("Vous attendez un enfant.")
    if slots.get("logement") in VALUES["logement"]:
        ligne = "Logement : " + _valeur("logement", slots["logement"])
        if slots.get("logement") == "locataire" and isinstance(slots.get("loyer"), (int, float)):
            ligne += f", loyer de {euros(slots['loyer'])} par mois"
        lignes.append(ligne + ".")
    if slots.get("activite") in VALUES["activite"]:
        lignes.append(f"Activité : {_valeur('activite', slots['activite'])}.")
    montants = [(r, slots.get(r)) for r in RESSOURCES if isinstance(slots.get(r), (int, float))]
    noms = {"revenus_activite": "revenus du travail", "chomage": "allocation chômage", "retraite": "retraite",
            "autres_ressources": "autres ressources", "pension_alimentaire_recue": "pension alimentaire"}
    if montants:
        if all(v == 0 for _, v in montants):
            lignes.append("Pas de revenus.")
        else:
            lignes.append("Ressources par mois : " + ", ".join(f"{noms[r]} {euros(v)}" for r, v in montants if v)
                          + ".")
    if isinstance(slots.get("handicap_taux"), (int, float)):
        lignes.append(f"Taux d'incapacité reconnu : {int(slots['handicap_taux'])} %.")
    if slots.get("perte_autonomie") is True:
        lignes.append("Vous avez besoin d'aide pour la vie quotidienne.")
    if slots.get("nationalite") in VALUES["nationalite"]:
        lignes.append(f"Situation : {_valeur('nationalite', slots['nationalite'])}.")
    flous = incertains(slots)
    if flous:
        lignes.append("Non précisé : " + ", ".join(LIBELLES_CHAMPS.get(n, n) for n in flous) + ".")
    return lignes


def libelles(champs: Iterable[str]) -> list[str]:
    return [LIBELLES_CHAMPS.get(c, c) for c in champs]


# -- the questions ------------------------------------------------------------------------

_NSP = {"title": "Je ne sais pas", "payload": "/ne_sait_pas"}
_OUI_NON = [{"title": "Oui", "payload": "/affirm"}, {"title": "Non", "payload": "/deny"}, _NSP]


def _informer(entite: str, valeur: str) -> str:
    return f'/informer{{"{entite}":"{valeur}"}}'


QUESTIONS: dict[str, tuple[str, list[dict[str, str]]]] = {
    "age": ("Quel âge avez-vous ?", []),
    "en_couple": ("Vivez-vous en couple (marié, pacsé ou non) ?", _OUI_NON),
    "nb_enfants": ("Combien d'enfants avez-vous à charge ? Écrivez 0 si vous n'en avez pas.", []),
    "enfants": ("Quel âge ont vos enfants ? Par exemple : « 3 et 7 ans ».", []),
    "grossesse": ("Attendez-vous un enfant ?", _OUI_NON),
    "logement": ("Où vivez-vous en ce moment ?", [
        {"title": "Locataire", "payload": _informer("logement", "locataire")},
        {"title": "Propriétaire", "payload": _informer("logement", "proprietaire")},
        {"title": "Hébergé(e) par des proches", "payload": _informer("logement", "heberge")},
        {"title": "Foyer, hôtel, centre", "payload": _informer("logement", "hebergement_structure")},
        {"title": "Sans logement", "payload": _informer("logement", "sans_domicile")},
        _NSP]),
    "loyer": ("Quel est votre loyer par mois, en euros (sans compter les aides) ?", []),
    "activite": ("Quelle est votre activité en ce moment ?", [
        {"title": "Salarié(e)", "payload": _informer("activite", "salarie")},
        {"title": "Indépendant(e)", "payload": _informer("activite", "independant")},
        {"title": "Au chômage", "payload": _informer("activite", "demandeur_emploi")},
        {"title": "Étudiant(e)", "payload": _informer("activite", "etudiant")},
        {"title": "Retraité(e)", "payload": _informer("activite", "retraite")},
        {"title": "Sans activité", "payload": _informer("activite", "sans_activite")},
        _NSP]),
    "ressources": ("Combien votre foyer reçoit-il par mois (salaires, chômage, retraite…), en euros ? "
                   "Écrivez « rien » si vous n'avez pas de revenus.", []),
    "handicap_taux": ("La MDPH (maison départementale des personnes handicapées) vous a-t-elle reconnu un "
                      "taux d'incapacité ? Si oui, lequel (par exemple « 80 % ») ? Sinon, écrivez « non ».", []),
    "perte_autonomie": ("Avez-vous besoin d'aide pour la vie de tous les jours (vous laver, vous habiller, "
                        "faire les courses) ?", _OUI_NON),
    "nationalite": ("Quelle est votre situation : nationalité française, d'un pays européen, titre de séjour, "
                    "ou sans titre de séjour ? Vous pouvez ne pas répondre.", [
                        {"title": "Française", "payload": _informer("nationalite", "francaise")},
                        {"title": "Pays européen", "payload": _informer("nationalite", "ue")},
                        {"title": "Titre de séjour", "payload": _informer("nationalite", "hors_ue_regulier")},
                        {"title": "Sans titre de séjour", "payload": _informer("nationalite", "hors_ue_irregulier")},
                        {"title": "Je préfère ne pas répondre", "payload": "/ne_sait_pas"}]),
    # Asked after "non" to the recap (actions/situation.py).
    "correction": ("D'accord. Dites-moi ce qu'il faut corriger, par exemple « j'ai 3 enfants », "
                   "« je suis en couple » ou « mon loyer est de 500 euros ».", []),
}
