"""The adaptive questionnaire, without Rasa: what to ask for which need, in which order.

The slots hold the facts of docs/situation.md (``None``: not known yet,
``INCONNU``: the person does not know or prefers not to answer). Only what
the needs require is asked, and nothing already known is asked again.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from actions import textes
from actions.extraction import INCONNU, PRESTATIONS_DU_HANDICAP, RESSOURCES
from knowledge.eligibility.amounts import est_nombre, euros
from knowledge.eligibility.situation import RESOURCE_OF_ACTIVITY
from knowledge.eligibility.vocabulary import FIELDS, NEEDS_IN_SENTENCE, VALUES, field_label_person, value_label

# The resource an activity brings in, asked on its own before the household's total (easier to answer
# than a sum: "combien gagnez-vous en travaillant ?"); the total is then known. When this question gets
# no amount (« je ne sais pas »), the household's total is asked after it: another way to say it.
QUESTION_DE_L_ACTIVITE = {**RESOURCE_OF_ACTIVITY, "demandeur_emploi": "chomage"}
RESSOURCE_DE_L_ACTIVITE = tuple(dict.fromkeys(QUESTION_DE_L_ACTIVITE.values()))

# Every question the situation form may ask, in the order it asks them.
ORDRE = ("besoins", "commune", "age", "en_couple", "nb_enfants", "enfants", "grossesse", "logement", "loyer",
         "dette_loyer", "activite", *RESSOURCE_DE_L_ACTIVITE, "ressources", "pension_alimentaire_recue", "prestations_percues", "epargne", "handicap_taux", "rqth",
         "perte_autonomie", "nationalite", "titre_sejour_annees")

# A tenant is asked about rent arrears whatever the need: the housing solidarity fund (FSL) and the
# social worker's support hinge on them, and few people name them unasked (an unknown debt counts as none).
# Pregnancy and a disability recognised by the MDPH are asked whatever the need: few people name them unasked, and
# each opens rights of its own (RSA with its increase for a person alone, PAJE's birth grant, PMI; AAH, RQTH, PCH).
_FOYER = ("besoins", "commune", "age", "en_couple", "nb_enfants", "enfants", "grossesse", "logement", "loyer", "dette_loyer",
          "activite", "ressources", "pension_alimentaire_recue", "prestations_percues", "epargne", "handicap_taux",
          "perte_autonomie", "nationalite", "titre_sejour_annees")
# What each need requires (docs/situation.md `besoins`): the household, its resources and the benefits it
# receives for every need (the engine judges every scheme: an answer nothing is missing from), plus what
# the need itself decides.
QUESTIONS_PAR_BESOIN: dict[str, tuple[str, ...]] = {
    "logement": _FOYER,
    "impayes_loyer": _FOYER,
    "alimentation": _FOYER,
    "sante": _FOYER,
    "emploi": _FOYER + ("rqth",),
    "argent": _FOYER,
    "famille": _FOYER,
    "handicap": _FOYER + ("rqth",),
    "autonomie": _FOYER,
    "dettes": _FOYER,
    "energie": _FOYER,
    "administratif": _FOYER,
    "violence": _FOYER,
    "mobilite": _FOYER,
    "numerique": _FOYER,
    "catastrophe": _FOYER,
}
BESOIN_PAR_DEFAUT = "argent"  # facts given without a need: "what am I entitled to?"
# Not a slot: whether the needs question was asked (or the form went past it) in this conversation.
BESOINS_DEMANDES = "besoins_demandes"
# Whether the benefits question was asked (set by actions.situation from the conversation; absent: asked).
# Benefits read in passing ("mon salaire plus les allocs") are said back once: "d'autres aides ?"
PRESTATIONS_DEMANDEES = "prestations_demandees"
# Not a slot: the money besides the activity's own that the conversation named without its amount
# (actions.extraction.ressources_en_plus, read by actions.situation from the person's messages).
RESSOURCES_EN_PLUS = "ressources_en_plus"
# Questions whose answer is a list (never None once answered, [] when "none").
LISTES = ("besoins", "prestations_percues")

# Labels of the contract's vocabulary (knowledge.eligibility.vocabulary): one wording everywhere.
LIBELLES_BESOINS = NEEDS_IN_SENTENCE
LIBELLES_CHAMPS = {**{nom: field_label_person(nom) for nom in FIELDS},
                   "nb_enfants": "le nombre d'enfants", "ressources": "vos ressources"}
QUESTIONS = textes.QUESTIONS


def _valeur(champ: str, valeur: str) -> str:
    """"Salarié(e)" -> "salarié(e)" inside a sentence of the recap."""
    texte = value_label(champ, valeur)
    return texte[0].lower() + texte[1:] if texte[1:2].islower() else texte


def besoins_de(slots: dict[str, Any]) -> list[str]:
    besoins = slots.get("besoins")
    return [b for b in besoins if b in QUESTIONS_PAR_BESOIN] if isinstance(besoins, list) and besoins \
        else [BESOIN_PAR_DEFAUT]


def avec_besoin(slots: dict[str, Any], besoin: Optional[str]) -> Optional[list[str]]:
    """The needs with ``besoin`` added at the end, or None when it is absent or already known."""
    besoins = list(slots.get("besoins") or []) if isinstance(slots.get("besoins"), list) else []
    return besoins + [besoin] if besoin and besoin not in besoins else None


def _en_plus(slots: dict[str, Any]) -> set[str]:
    valeur = slots.get(RESSOURCES_EN_PLUS)
    return set(valeur) if isinstance(valeur, (list, tuple, set)) else set()


def sans_paie_en_couple(slots: dict[str, Any]) -> bool:
    """A person without work of their own in a couple: the household's pay is the partner's."""
    return slots.get("en_couple") is True and slots.get("activite") == "sans_activite"


def _paie_en_plus(slots: dict[str, Any]) -> bool:
    """A student's or a retiree's small job said in the conversation (« j'ai un petit job »), or the partner's work
    for a person in a couple without pay of their own (« mon mari travaille, moi je reste à la maison »): its pay is
    asked (the household's, « comptez les revenus du travail des deux »)."""
    sans_paie = slots.get("activite") in ("etudiant", "retraite") or sans_paie_en_couple(slots)
    return sans_paie and "revenus_activite" in _en_plus(slots)


def ressource_de_l_activite_inconnue(slots: dict[str, Any]) -> Optional[str]:
    """The resource the activity brings in (pay, pension) when its amount is not known, else None; then the
    pay of a student's or a retiree's small job said in the conversation."""
    attendue = QUESTION_DE_L_ACTIVITE.get(slots.get("activite") or "")
    if attendue and _nombre(slots.get(attendue)) is None:
        return attendue
    return "revenus_activite" if _paie_en_plus(slots) and _nombre(slots.get("revenus_activite")) is None else None


def ressource_du_couple(slots: dict[str, Any]) -> Optional[str]:
    """The resource asked on its own whose amount is known when the household's total is still to ask after
    it: for a couple, the activity's own (the partner's pay, unemployment benefit, pension come on top); for
    anyone, the activity's own or a small job's pay when other money was said without its amount (« et une
    bourse », « je loue une chambre ») or is likely (a student's), which the total gives."""
    attendue = QUESTION_DE_L_ACTIVITE.get(slots.get("activite") or "")
    if attendue is None and (_paie_en_plus(slots) or slots.get("activite") == "etudiant" and
                             (_nombre(slots.get("revenus_activite")) or 0) > 0):
        # (a student's job's pay read in a first message, « je bosse le week-end, 100 balles par semaine », as well as one
        # said later: the total is asked after it, the parents' help or a grant seldom absent)
        attendue = "revenus_activite"
    if not attendue or _nombre(slots.get(attendue)) is None:
        return None
    if slots.get("en_couple") is True:
        return attendue
    # A student's small job is seldom all their money (a grant, the parents' help): the total is asked after it; so
    # is it after a pay or a pension too small to live on (« une toute petite retraite de 180 € », a son's help beside it).
    autres_dites = ("autres_ressources" in _en_plus(slots) or slots.get("activite") == "etudiant" or
                    _trop_peu_pour_vivre(_nombre(slots.get(attendue)))) and slots.get("autres_ressources") is None
    return attendue if autres_dites else None


# A month's pay or pension below which what else the person lives on is asked (a few hours of work, a tiny pension).
# Not a legal figure: it only decides whether the household's total is worth asking.
_TROP_PEU_POUR_VIVRE = 400


def _trop_peu_pour_vivre(montant: Optional[float]) -> bool:
    return montant is not None and 0 < montant < _TROP_PEU_POUR_VIVRE


def ressource_trop_petite(slots: dict[str, Any]) -> Optional[str]:
    """The resource of the activity of a person alone when its amount is known and too small to live on (the
    household's total is asked after it), else None."""
    attendue = ressource_du_couple(slots)
    montant = _nombre(slots.get(attendue)) if attendue else None
    return attendue if slots.get("en_couple") is not True and _trop_peu_pour_vivre(montant) else None


# The resources a status brings (the unemployment benefit of a jobseeker, a retired person's pension, the pay of work),
# which « je touche rien » or « je ne travaille pas » may deny alone.
_RESSOURCES_D_UN_STATUT = {"chomage", "retraite", "revenus_activite"}


def ressources_connues(slots: dict[str, Any]) -> bool:
    """The resources question is answered (even « je ne sais pas »); an amount of another resource does
    not answer it while the resource of the activity is unknown (a salaried person's pay). A couple's
    pay or pension asked on its own does not answer it either: ``ressources``, the household's total, is
    set by an answer to the total or by amounts the person gave unasked (actions.situation)."""
    if slots.get("ressources") is not None:
        return True
    if ressource_du_couple(slots):
        return False
    if seule_ressource_du_statut_nulle(slots):
        return False
    return ressource_de_l_activite_inconnue(slots) is None and any(slots.get(r) is not None for r in RESSOURCES)


def seule_ressource_du_statut_nulle(slots: dict[str, Any]) -> bool:
    """Only a resource of the person's status said to be nothing (« inscrite à France Travail mais je touche rien », « je ne
    travaille pas »): the household's other money (a sister's help, a pay, child support) is still to ask; it was taken
    for no resources at all."""
    connues = {r: slots.get(r) for r in RESSOURCES if slots.get(r) is not None}
    return bool(connues) and set(connues) <= _RESSOURCES_D_UN_STATUT and all(est_nombre(v) and v == 0 for v in connues.values())


def _connu(nom: str, slots: dict[str, Any]) -> bool:
    if nom == "ressources":
        return ressources_connues(slots)
    if nom == "besoins":
        if slots.get("precision") == "besoins":
            return False  # the answer named no need: asked once more
        if slots.get("besoins") == INCONNU:
            return True
        # Needs read before any question (the opening message, sometimes by the classifier alone) are
        # asked back once: "Vous cherchez de l'aide pour X. Y a-t-il autre chose ?" (BESOINS_DEMANDES,
        # set by actions.situation from the conversation; absent: nothing to ask back).
        return bool(slots.get("besoins")) and slots.get(BESOINS_DEMANDES, True) is not False
    if nom == "prestations_percues" and slots.get(nom):
        return slots.get(PRESTATIONS_DEMANDEES, True) is not False
    return slots.get(nom) is not None


def _nombre(value: Any) -> Optional[float]:
    return float(value) if est_nombre(value) else None


def _ressources_modestes(slots: dict[str, Any]) -> bool:
    """Savings change a verdict only for modest resources (RSA, complémentaire santé solidaire) or
    from 60 (ASPA): a rough test so that the question is not asked of everyone. The ceilings
    themselves are the engine's (OpenFisca); this only decides whether asking is worth it."""
    age = _nombre(slots.get("age"))
    if (age is not None and age >= 60) or slots.get("activite") == "retraite":
        return True
    total = sum(_nombre(slots.get(r)) or 0 for r in RESSOURCES)
    if not any(_nombre(slots.get(r)) is not None for r in RESSOURCES):
        return True
    enfants = _nombre(slots.get("nb_enfants")) or 0
    parts = 1 + (0.5 if slots.get("en_couple") is True else 0) + 0.3 * enfants
    return total <= 1400 * parts


def _utile(nom: str, slots: dict[str, Any]) -> bool:
    """Questions that only make sense after some answers."""
    if nom in RESSOURCE_DE_L_ACTIVITE:
        # A jobseeker in a couple is asked the unemployment benefit too, then the household's total (the
        # partner's pay): a total « à nous deux » answered first could not be split (it was all taken for the benefit).
        # A worker who also gets the ARE (« j'ai retrouvé un mi-temps, je touche le chômage ») is asked its amount.
        recues = slots.get("prestations_percues") if isinstance(slots.get("prestations_percues"), list) else []
        return QUESTION_DE_L_ACTIVITE.get(slots.get("activite") or "") == nom or \
            nom == "chomage" and bool({"chomage", "ass"} & set(recues)) or \
            nom == "revenus_activite" and _paie_en_plus(slots) and (
                slots.get("activite") != "retraite" or slots.get("retraite") is not None)  # the pension first
    if nom == "enfants":
        nb = slots.get("nb_enfants")
        return isinstance(nb, (int, float)) and nb > 0
    if nom in ("loyer", "dette_loyer"):
        return slots.get("logement") == "locataire"
    if nom == "grossesse":
        # « Attendez-vous un enfant ? » is not asked of a person of 55 or more (a couple of retired people)
        age = _nombre(slots.get("age"))
        return age is None or age < 55
    if nom == "titre_sejour_annees":
        # Not for a refugee, a beneficiary of subsidiary protection or a stateless person: the condition of years
        # does not apply to them (RSA, CASF art. L262-4; prime d'activité, CSS art. L842-2; ASPA, CSS art. L816-1)
        return slots.get("nationalite") == "hors_ue_regulier" and slots.get("protection_internationale") is not True
    if nom == "epargne":
        # modest resources (the savings may change a verdict), or debts (an over-indebtedness file counts them)
        return _ressources_modestes(slots) or "dettes" in besoins_de(slots)
    if nom == "pension_alimentaire_recue":
        # A parent alone with children: child support decides the ASF (allocation de soutien familial)
        # and counts in resources. A household that receives nothing at all has said it already (the
        # answer « rien » to the resources question is 0 for each resource, child support included).
        nb = _nombre(slots.get("nb_enfants"))
        return slots.get("en_couple") is False and nb is not None and nb > 0
    if nom == "handicap_taux":
        # The AAH is asked for before the pension age (62), the ASPA from it with a rate of 50 % (65 without;
        # CSS art. L815-1, service-public.fr F16871, checked 2026-12-05): later, a rate is asked only when the
        # need is a disability or a loss of autonomy.
        age = _nombre(slots.get("age"))
        return bool({"handicap", "autonomie"} & set(besoins_de(slots))) or age is None or age < 65
    if nom == "perte_autonomie":
        age = _nombre(slots.get("age"))
        return "autonomie" in besoins_de(slots) or (age is not None and age >= 60)
    if nom == "rqth":
        taux = _nombre(slots.get("handicap_taux"))
        age = _nombre(slots.get("age"))
        # a disability need, a rate, or a benefit of disability received (AAH, PCH, invalidity pension)
        handicap = "handicap" in besoins_de(slots) or (taux is not None and taux > 0) or \
            bool(PRESTATIONS_DU_HANDICAP & set(slots.get("prestations_percues") or []))
        return handicap and slots.get("activite") != "retraite" and (age is None or age < 62)
    return True


def questions(slots: dict[str, Any]) -> list[str]:
    """Every question the needs require, in the form's order (asked or not)."""
    voulues: set[str] = set()
    for besoin in besoins_de(slots):
        voulues.update(QUESTIONS_PAR_BESOIN.get(besoin, QUESTIONS_PAR_BESOIN[BESOIN_PAR_DEFAUT]))
    if "ressources" in voulues:
        voulues.update(RESSOURCE_DE_L_ACTIVITE)
    return [nom for nom in ORDRE if nom in voulues and _utile(nom, slots)]


def prochaine_question(slots: dict[str, Any]) -> Optional[str]:
    """The next slot to ask, or ``None`` when everything the needs require is known."""
    suivante = next((nom for nom in questions(slots) if not _connu(nom, slots)), None)
    if suivante == "besoins" and isinstance(slots.get("besoins"), list) and slots.get("besoins") and \
            slots.get("commune_choix") and not _connu("commune", slots):
        return "commune"  # the commune just typed is resolved first (its list of communes), then the needs said back
    return suivante


_SIMPLES = ("commune", "age", "en_couple", "grossesse", "activite", "logement", "loyer", "handicap_taux",
            "perte_autonomie", "nationalite", "titre_sejour_annees", "rqth", "regime_agricole", "protection_internationale",
            "confie_ase",
            "epargne", "dette_loyer",
            *RESSOURCES)


def situation(slots: dict[str, Any]) -> dict[str, Any]:
    """The situation of the contract from the slots; unknown answers are left out."""
    out: dict[str, Any] = {}
    for nom in _SIMPLES:
        value = slots.get(nom)
        if value is not None and value != INCONNU:
            out[nom] = value
    if ressources_connues(slots) and slots.get("ressources") != INCONNU:
        # The household's resources are known (their total answered, or the activity's own resource that
        # stands for it) and the recap lists them: a resource it does not name is none. The engine counts
        # it so already (Situation.ressources); the contract's situation says it instead of leaving it out.
        for nom in RESSOURCES:
            if slots.get(nom) is None:
                out[nom] = 0.0
    enfants, nb = slots.get("enfants"), slots.get("nb_enfants")
    if isinstance(enfants, list):
        out["enfants"] = [int(a) for a in enfants]
    elif nb == 0:
        out["enfants"] = []
    if out.get("logement") != "locataire":
        out.pop("loyer", None)
        out.pop("dette_loyer", None)
    if out.get("nationalite") != "hors_ue_regulier":
        out.pop("titre_sejour_annees", None)
    for nom in ("age", "handicap_taux", "titre_sejour_annees"):
        if nom in out:
            out[nom] = int(out[nom])
    prestations = slots.get("prestations_percues")
    if isinstance(prestations, list):
        out["prestations_percues"] = list(dict.fromkeys(prestations))
    besoins = [b for b in (slots.get("besoins") or []) if b in QUESTIONS_PAR_BESOIN] \
        if isinstance(slots.get("besoins"), list) else []
    if besoins:
        out["besoins"] = besoins
    return out


def incertains(slots: dict[str, Any]) -> list[str]:
    """Questions answered "je ne sais pas" or "je préfère ne pas répondre"."""
    return [nom for nom in ORDRE if nom != "besoins" and slots.get(nom) == INCONNU]


def recapitulatif(slots: dict[str, Any], commune_label: Optional[str] = None) -> list[str]:
    """What was understood, one short line per fact, in plain French."""
    t = textes
    lignes: list[str] = []
    if slots.get("pour_un_proche") is True:
        lignes.append(t.RECAP_POUR_UN_PROCHE)
    besoins = slots.get("besoins") if isinstance(slots.get("besoins"), list) else []
    if besoins:
        lignes.append(t.RECAP_BESOINS.format(besoins=", ".join(LIBELLES_BESOINS.get(b, b) for b in besoins)))
    if slots.get("commune") and slots.get("commune") != INCONNU:
        lignes.append(t.RECAP_COMMUNE.format(commune=commune_label or slots["commune"]))
    if _nombre(slots.get("age")) is not None:
        lignes.append(t.RECAP_AGE.format(age=int(slots["age"])))
    if slots.get("en_couple") in (True, False):
        lignes.append(t.RECAP_COUPLE if slots["en_couple"] else t.RECAP_SEUL)
    nb = slots.get("nb_enfants")
    if _nombre(nb) is not None:
        if nb == 0:
            lignes.append(t.RECAP_SANS_ENFANT)
        else:
            ages = slots.get("enfants")
            detail = ""
            if isinstance(ages, list) and ages:
                detail = " (" + ", ".join(t.RECAP_MOINS_UN_AN if a == 0 else f"{int(a)} an" if a == 1 else f"{a} ans"
                                          for a in ages) + ")"
            lignes.append(t.RECAP_ENFANTS.format(nb=int(nb), s="s" if nb > 1 else "", detail=detail))
    if slots.get("grossesse") is True:
        lignes.append(t.RECAP_GROSSESSE)
    if slots.get("logement") in VALUES["logement"]:
        ligne = t.RECAP_LOGEMENT.format(logement=_valeur("logement", slots["logement"]))
        if slots.get("logement") == "locataire" and _nombre(slots.get("loyer")) is not None:
            ligne += t.RECAP_LOYER.format(loyer=euros(slots["loyer"]))
        lignes.append(ligne + ".")
        if slots.get("logement") == "locataire" and _nombre(slots.get("dette_loyer")):
            lignes.append(t.RECAP_DETTE.format(montant=euros(slots["dette_loyer"])))
    if slots.get("activite") in VALUES["activite"]:
        lignes.append(t.RECAP_ACTIVITE.format(activite=_valeur("activite", slots["activite"])))
    montants = [(r, slots.get(r)) for r in RESSOURCES if _nombre(slots.get(r)) is not None]
    if montants:
        if all(v == 0 for _, v in montants):
            if ressource_de_l_activite_inconnue(slots) is None:  # a salaried person's unknown pay is no « 0 »
                lignes.append(t.RECAP_SANS_REVENU)
        else:
            lignes.append(t.RECAP_RESSOURCES.format(liste=", ".join(
                f"{t.NOMS_RESSOURCES[r]} {euros(v)}" for r, v in montants if v)))
    prestations = slots.get("prestations_percues")
    if isinstance(prestations, list):
        if prestations:
            lignes.append(t.RECAP_PRESTATIONS.format(liste=", ".join(
                value_label("prestations_percues", p) for p in prestations)))
        else:
            lignes.append(t.RECAP_SANS_PRESTATION)
    if _nombre(slots.get("epargne")) is not None:
        lignes.append(t.RECAP_EPARGNE.format(montant=euros(slots["epargne"])) if slots["epargne"]
                      else t.RECAP_SANS_EPARGNE)
    if _nombre(slots.get("handicap_taux")) is not None and slots["handicap_taux"]:
        lignes.append(t.RECAP_HANDICAP.format(taux=int(slots["handicap_taux"])))
    if slots.get("rqth") is True:
        lignes.append(t.RECAP_RQTH)
    if slots.get("regime_agricole") is True:
        code = str(slots.get("commune") or "")
        lignes.append(t.RECAP_AGRICOLE_MAYOTTE if code.startswith("976") else
                      t.RECAP_AGRICOLE_OUTRE_MER if code[:3] in ("971", "972", "973", "974") else t.RECAP_AGRICOLE)
    if slots.get("protection_internationale") is True:
        lignes.append(t.RECAP_PROTECTION)
    if slots.get("confie_ase") is True:
        lignes.append(t.RECAP_ASE)
    if slots.get("perte_autonomie") is True:
        lignes.append(t.RECAP_AUTONOMIE)
    if slots.get("nationalite") in VALUES["nationalite"]:
        lignes.append(t.RECAP_NATIONALITE.format(nationalite=_valeur("nationalite", slots["nationalite"])))
        annees = _nombre(slots.get("titre_sejour_annees"))
        if slots["nationalite"] == "hors_ue_regulier" and annees is not None:
            lignes.append(t.RECAP_TITRE.format(annees=int(annees), s="s" if annees > 1 else ""))
    flous = incertains(slots)
    if flous:
        lignes.append(t.RECAP_NON_PRECISE.format(liste=", ".join(LIBELLES_CHAMPS.get(n, n) for n in flous)))
    return lignes


def libelles(champs: Iterable[str]) -> list[str]:
    return [LIBELLES_CHAMPS.get(c, c) for c in champs]
