"""Every French text the situation dialogue and the orientation send, in one place.

Fixed answers that need no data live in Rasa's responses (bot/domain/*.yml); the texts here are
those the actions fill in (questions with their buttons, the recap, the orientation). Labels of
the contract's fields and values come from knowledge.eligibility.vocabulary, never copied here.
Plain words, vouvoiement, acronyms spelled out once.
"""
from __future__ import annotations

# -- the questions of the situation form (asked in actions.parcours.ORDRE) ----------------------

_NSP = {"title": "Je ne sais pas", "payload": "/ne_sait_pas"}
_OUI_NON = [{"title": "Oui", "payload": "/affirm"}, {"title": "Non", "payload": "/deny"}, _NSP]


def _informer(entite: str, valeur: str) -> str:
    return f'/informer{{"{entite}":"{valeur}"}}'


QUESTIONS: dict[str, tuple[str, list[dict[str, str]]]] = {
    "besoins": ("Pour quoi cherchez-vous de l'aide ? Par exemple : le loyer, payer les factures, "
                "manger, la santé, trouver un travail, les enfants, le handicap.", []),
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
        {"title": "Maison de retraite, EHPAD", "payload": _informer("logement", "etablissement")},
        {"title": "Sans logement", "payload": _informer("logement", "sans_domicile")},
        _NSP]),
    "loyer": ("Quel est votre loyer par mois, en euros (sans compter les aides) ?", []),
    "dette_loyer": ("Avez-vous du retard dans le paiement de votre loyer (des loyers impayés) ? Si oui, combien "
                    "devez-vous en tout, en euros ? Écrivez « non » sinon.", []),
    "activite": ("Quelle est votre activité en ce moment ?", [
        {"title": "Salarié(e)", "payload": _informer("activite", "salarie")},
        {"title": "Indépendant(e)", "payload": _informer("activite", "independant")},
        {"title": "Apprenti(e)", "payload": _informer("activite", "apprenti")},
        {"title": "Au chômage", "payload": _informer("activite", "demandeur_emploi")},
        {"title": "Étudiant(e)", "payload": _informer("activite", "etudiant")},
        {"title": "Retraité(e)", "payload": _informer("activite", "retraite")},
        {"title": "Sans activité", "payload": _informer("activite", "sans_activite")},
        _NSP]),
    # The resource the activity brings in, asked before the household's total (actions.parcours).
    "revenus_activite": ("Combien gagnez-vous par mois en travaillant, en euros (salaire net) ? Si vous vivez "
                         "en couple, comptez les revenus du travail des deux. Un montant approximatif suffit.", []),
    "chomage": ("Touchez-vous une allocation chômage de France Travail ? Si oui, combien par mois, en euros ? "
                "Écrivez « non » sinon.", []),
    "retraite": ("Combien touchez-vous de retraite par mois, en euros ? Si vous vivez en couple, comptez les "
                 "retraites des deux.", []),
    "ressources": ("Combien votre foyer reçoit-il par mois (salaires, chômage, retraite, pension "
                   "alimentaire…), en euros ? Écrivez « rien » si vous n'avez pas de revenus.", []),
    "pension_alimentaire_recue": ("Recevez-vous une pension alimentaire pour vos enfants ? Si oui, combien "
                                  "par mois, en euros ? Écrivez « non » sinon.", []),
    "prestations_percues": ("Touchez-vous déjà des aides ? Par exemple le RSA (revenu de solidarité active), "
                            "l'APL (aide au logement), l'AAH (allocation aux adultes handicapés), les "
                            "allocations familiales. Écrivez « non » si vous n'en touchez pas.", []),
    "epargne": ("Avez-vous de l'épargne (livrets, comptes) ? Si oui, combien en tout, à peu près ? "
                "Écrivez « non » sinon.", []),
    "handicap_taux": ("La MDPH (maison départementale des personnes handicapées) vous a-t-elle reconnu un "
                      "taux d'incapacité ? Si oui, lequel (par exemple « 80 % ») ? Sinon, écrivez « non ».", []),
    "rqth": ("Êtes-vous reconnu(e) travailleur handicapé (RQTH) ?", _OUI_NON),
    "perte_autonomie": ("Avez-vous besoin d'aide pour la vie de tous les jours (vous laver, vous habiller, "
                        "faire les courses) ?", _OUI_NON),
    "nationalite": ("Quelle est votre situation : nationalité française, d'un pays européen, titre de séjour, "
                    "ou sans titre de séjour ? Vous pouvez ne pas répondre.", [
                        {"title": "Française", "payload": _informer("nationalite", "francaise")},
                        {"title": "Pays européen", "payload": _informer("nationalite", "ue")},
                        {"title": "Titre de séjour", "payload": _informer("nationalite", "hors_ue_regulier")},
                        {"title": "Sans titre de séjour", "payload": _informer("nationalite", "hors_ue_irregulier")},
                        {"title": "Je préfère ne pas répondre", "payload": "/ne_sait_pas"}]),
    "titre_sejour_annees": ("Depuis combien d'années avez-vous un titre de séjour qui permet de travailler ?", []),
    # Asked after "non" to the recap (actions/situation.py).
    "correction": ("D'accord. Dites-moi ce qu'il faut corriger, par exemple « j'ai 3 enfants », "
                   "« je suis en couple » ou « mon loyer est de 500 euros ».", []),
}

# The household's total asked of a couple after the pay (or pension) on its own: the partner's money too.
# The same, of a person alone who said other money without its amount (« un petit job et une bourse »).
RESSOURCES_EN_PLUS = ("Et en tout, avec le reste de ce que vous recevez (bourse, aide de la famille, loyer d'une "
                      "chambre…), combien recevez-vous par mois, en euros ? Écrivez « c'est tout » s'il n'y a rien "
                      "d'autre.")
# After the partner's pay asked of a person without work of their own (PAIE_DU_CONJOINT).
RESSOURCES_APRES_PAIE_DU_CONJOINT = ("Et en tout, avec le reste de ce que votre foyer reçoit (chômage, pension "
                                     "alimentaire…), combien recevez-vous par mois, en euros ? Écrivez « c'est "
                                     "tout » s'il n'y a rien d'autre.")
RESSOURCES_DU_COUPLE = ("Et en tout, avec ce que reçoit votre conjoint(e) (salaire, chômage, retraite, pension "
                        "alimentaire…), combien votre foyer reçoit-il par mois, en euros ? Écrivez « c'est tout » s'il "
                        "n'y a rien d'autre.")

# The nationality question again, after a nationality from outside the European Union (« haïtienne »): what
# the orientation needs is whether the person has a residence permit.
NATIONALITE_TITRE = ("Avez-vous un titre de séjour en France (carte de séjour, récépissé, carte de résident) ? "
                     "Répondez « oui » ou « non ». Vous pouvez ne pas répondre.")
NATIONALITE_TITRE_BOUTONS = [{"title": "Oui", "payload": _informer("nationalite", "hors_ue_regulier")},
                             {"title": "Non", "payload": _informer("nationalite", "hors_ue_irregulier")},
                             {"title": "Je préfère ne pas répondre", "payload": "/ne_sait_pas"}]

# The benefits question when benefits were read before it ("mon salaire plus les allocs"): said back.
PRESTATIONS_AUTRES = ("Vous touchez déjà : {liste}. Touchez-vous d'autres aides ? Par exemple le RSA (revenu de "
                      "solidarité active), l'APL (aide au logement), l'AAH (allocation aux adultes handicapés). "
                      "Écrivez « non » si vous n'en touchez pas d'autre.")

# The needs question when needs were read before it (the first message): said back, to complete or correct.
BESOINS_AUTRE = ("Si j'ai bien compris, vous cherchez de l'aide pour {besoins}. Avez-vous besoin d'aide pour "
                 "autre chose aussi ? Par exemple : le loyer, payer les factures, manger, la santé, trouver un "
                 "travail, les enfants, le handicap. Sinon, écrivez « non ».")
BESOINS_AUTRE_BOUTONS = [{"title": "Non, c'est tout", "payload": "/deny"}]
# Before the needs question asked once more (the answer gave other facts, noted, but no need).
BESOINS_ENCORE = "C'est noté. "

# Before each question when the situation is a relative's ("c'est pour ma mère").
POUR_UN_PROCHE = "Pour la personne que vous aidez : "

# An answer that is a range or a vague amount: asked once more, in one short question.
# After the explanation of a scheme, to a person who asked whether they are entitled to it.
VERIFIER_LE_DROIT = ("Pour savoir si vous pouvez l'avoir, je vais vous poser quelques questions sur votre situation. "
                     "Vous pouvez répondre « je ne sais pas ».")
PRECISION = "Pouvez-vous me donner un seul montant, même approximatif ? Par exemple « 550 »."
# The same for an age (« bientôt 60 ans », « nous avons 78 et 80 ans ») and a number of years (« dans les 3 ans »): they
# were asked for « un seul montant… par exemple « 550 » ».
PRECISION_AGE = "Pouvez-vous me donner votre âge en années ? Par exemple « 59 »."
PRECISION_ANNEES = "Pouvez-vous me donner un nombre d'années, même approximatif ? Par exemple « 3 »."
# The same for the activity of a temp worker between two missions, with the activity's buttons.
PRECISION_ACTIVITE = "Entre deux missions, qu'est-ce qui vous décrit le mieux en ce moment ?"
# The same for the disability rate (« avec moins de 80 % il peut avoir l'AAH ? » was asked for « un seul montant »).
PRECISION_TAUX = ("Quel taux d'incapacité est écrit sur la décision de la MDPH ? Par exemple « 80 % ». "
                  "Si vous ne le savez pas, écrivez « je ne sais pas ».")
# Children said to come only for visits (« un week-end sur deux »), among others at home or not: who lives there.
PRECISION_ENFANTS = ("Combien de vos enfants vivent avec vous la plupart du temps ? Donnez leur âge, par exemple "
                     "« 3 et 7 ans ». Écrivez 0 s'ils vivent surtout chez leur autre parent.")
# Fewer ages than the children known given to the ages' question (« le petit a 2 ans » of a father of three).
AGES_DE_CHACUN = ("Vous m'avez dit avoir {nb} enfants : quel âge a chacun d'eux ? Par exemple « 2, 7 et 12 ans ». "
                  "Si l'un d'eux ne vit plus avec vous, dites-le.")
# The pay said as the minimum wage (« au smic »): its net amount, computed with OpenFisca-France, then the question.
PRECISION_SMIC = ("Le Smic (salaire minimum) à temps plein fait environ {montant} net par mois. Combien touchez-vous "
                  "par mois, en euros, même approximativement ? Si c'est ce montant, écrivez simplement « le smic ».")
# The pay asked of a person without work of their own whose partner works (« mon mari travaille »).
PAIE_DU_CONJOINT = ("Combien votre conjoint(e) gagne-t-il (ou elle) par mois en travaillant, en euros (salaire net) ? "
                    "Un montant approximatif suffit.")
# The household's money asked when benefits are already known (« je touche l'AAH »): they are counted apart, from what
# the law says of each; a total that holds them was read as pay (« 2 433 € à deux », AAH included, was 2 433 € of pay).
RESSOURCES_HORS_AIDES = ("Sans compter {aides}, combien votre foyer reçoit-il par mois (salaires, chômage, retraite, "
                         "pension alimentaire…), en euros ? Écrivez « rien » s'il n'y a rien d'autre.")
AIDES_AVEC_ARTICLE = {"rsa": "le RSA", "aah": "l'AAH", "aspa": "l'ASPA", "prime_activite": "la prime d'activité",
                      "allocations_familiales": "les allocations familiales", "aide_logement": "l'aide au logement (APL)",
                      "asf": "l'ASF", "paje": "la PAJE"}
RESSOURCES_EN_DEHORS_DES_AIDES = ("Ce montant comprend vos aides, que je compte à part. En dehors de {aides}, recevez-vous "
                                  "autre chose chaque mois (salaire, chômage, retraite, pension alimentaire…) ? Si oui, "
                                  "combien en euros ? Écrivez « rien » s'il n'y a rien d'autre.")
RESSOURCES_SANS_AIDES = ("Sans compter les aides (allocations, aide au logement…), combien votre foyer gagne-t-il par "
                         "mois en travaillant, en euros ? Un montant approximatif suffit.")
# « oui » to a question that asks « si oui, combien ? »: only the amount asked for, once.
MONTANT_APRES_OUI = {
    "dette_loyer": "Combien devez-vous de loyer en tout, à peu près, en euros ?",
    "epargne": "Combien avez-vous d'épargne en tout, à peu près, en euros ?",
    "pension_alimentaire_recue": "Combien recevez-vous de pension alimentaire par mois, en euros ?",
    "chomage": "Combien touchez-vous de chômage par mois, en euros ?",
}
# A question answered three times in a row without an answer the bot understands: not asked a fourth time.
# A question asked during the questions that the assistant cannot answer: said plainly, then the question pending again.
QUESTION_EN_PASSANT = ("Je ne sais pas répondre à cette question précise ici. Le CCAS (centre communal d'action sociale) "
                       "de votre commune ou l'organisme concerné pourra vous renseigner. Je reprends :")
# A question asked mid-form about an eviction or a lease (« est-ce que le propriétaire peut nous mettre dehors en plein
# hiver ? »): the ADIL answers it with the person's papers in hand (knowledge/directory/national.yaml, checked 2026-11-30).
QUESTION_EN_PASSANT_LOGEMENT = ("Pour une question sur l'expulsion ou le bail, l'ADIL (agence départementale d'information "
                                "sur le logement) vous conseille gratuitement, avec vos papiers en main : {site} donne "
                                "celle de votre département. Je reprends :")
# A question asked mid-form that names a need (« et pour mes enfants, il y a des aides ? »): noted, answered with the rest.
QUESTION_EN_PASSANT_BESOIN = ("C'est noté : je vous indiquerai à la fin les aides pour {besoins}, avec les autres. "
                              "Je reprends :")
QUESTION_PASSEE = ("Je n'ai pas compris votre réponse, excusez-moi. Je passe à la question suivante ; "
                   "vous pourrez corriger à la fin.")

# « Pourquoi vous me demandez ça ? », « c'est obligatoire ? » asked about a question: what it is for, then that one may
# not answer (the question follows again).
_POURQUOI_RESSOURCES = ("Le montant de la plupart des aides (le RSA, revenu de solidarité active, la prime d'activité, "
                        "l'aide au logement) dépend de ce que votre foyer reçoit chaque mois.")
_POURQUOI_FOYER = "Les aides se calculent pour tout le foyer : la personne qui vit avec vous et les enfants comptent."
_POURQUOI_HANDICAP = ("Un handicap reconnu ouvre des aides à part, comme l'AAH (allocation aux adultes handicapés) ou "
                      "des aides pour l'emploi.")
POURQUOI_QUESTION: dict[str, str] = {
    "besoins": "Je vous demande ce qui vous aiderait pour chercher les aides et les services qui y répondent.",
    "commune": "Votre commune me sert à trouver le CCAS (centre communal d'action sociale) et les services près de chez vous.",
    "age": "L'âge change les aides possibles : certaines commencent à 25 ans, d'autres à l'âge de la retraite.",
    "en_couple": _POURQUOI_FOYER,
    "nb_enfants": _POURQUOI_FOYER,
    "enfants": "L'âge des enfants change les aides pour la famille (allocations, rentrée scolaire, garde).",
    "grossesse": "Une grossesse ouvre des aides (prime à la naissance) et change le calcul d'autres aides.",
    "logement": "L'aide au logement et les aides en cas d'impayés dépendent de l'endroit où vous vivez.",
    "loyer": "L'aide au logement dépend du loyer que vous payez.",
    "dette_loyer": ("Des loyers impayés ouvrent des aides à part, comme le FSL (fonds de solidarité pour le logement), "
                    "pour éviter l'expulsion."),
    "activite": "Les aides ne sont pas les mêmes si vous travaillez, cherchez un emploi, étudiez ou êtes à la retraite.",
    "revenus_activite": _POURQUOI_RESSOURCES,
    "chomage": _POURQUOI_RESSOURCES,
    "retraite": _POURQUOI_RESSOURCES,
    "autres_ressources": _POURQUOI_RESSOURCES,
    "ressources": _POURQUOI_RESSOURCES,
    "pension_alimentaire_recue": _POURQUOI_RESSOURCES,
    "prestations_percues": ("Pour ne pas vous proposer une aide que vous touchez déjà, et pour compter ce qu'elle vous "
                            "apporte."),
    "epargne": "Certaines aides tiennent compte de l'épargne, pas seulement des revenus.",
    "handicap_taux": _POURQUOI_HANDICAP,
    "rqth": _POURQUOI_HANDICAP,
    "perte_autonomie": ("Si vous avez besoin d'aide au quotidien, il existe des aides pour cela, comme l'APA (allocation "
                        "personnalisée d'autonomie) ou la PCH (prestation de compensation du handicap)."),
    "nationalite": ("Certaines aides dépendent de la nationalité ou du titre de séjour : le RSA (revenu de solidarité "
                    "active) par exemple, ou l'AME "
                    "(aide médicale de l'État) pour les soins. Je ne transmets votre réponse à personne."),
    "titre_sejour_annees": ("Pour certaines aides, comme le RSA (revenu de solidarité active), il faut un titre de séjour "
                            "depuis plusieurs années."),
}
POURQUOI_AUTRE = "Cette question sert à trouver les aides qui correspondent à votre situation."
POURQUOI_FACULTATIF = ("Vous n'êtes pas obligé(e) de répondre : écrivez « je ne sais pas » et je passerai à la question "
                       "suivante. Le résultat sera seulement moins précis.")

# -- the recap ----------------------------------------------------------------------------------

RECAP_DEBUT = "Voici ce que j'ai compris :"
RECAP_FIN = ("Est-ce correct ? Répondez « oui » pour voir les aides possibles, ou dites ce qu'il faut "
             "corriger (par exemple « j'ai 3 enfants » ou « mon loyer est de 500 euros »).")
RECAP_BOUTONS = [{"title": "Oui, c'est correct", "payload": "/affirm"},
                 {"title": "Corriger", "payload": "/deny"}]
RECAP_POUR_UN_PROCHE = "Vous faites la demande pour un proche : les réponses le concernent."
RECAP_BESOINS = "Vous cherchez de l'aide pour {besoins}."
RECAP_COMMUNE = "Commune : {commune}."
RECAP_AGE = "Âge : {age} ans."
RECAP_COUPLE = "Vous vivez en couple."
RECAP_SEUL = "Vous vivez seul(e)."
RECAP_SANS_ENFANT = "Pas d'enfant à charge."
RECAP_ENFANTS = "{nb} enfant{s} à charge{detail}."
RECAP_MOINS_UN_AN = "moins d'un an"
RECAP_GROSSESSE = "Vous attendez un enfant."
RECAP_LOGEMENT = "Logement : {logement}"
RECAP_LOYER = ", loyer de {loyer} par mois"
RECAP_DETTE = "Loyers impayés : {montant} en tout."
RECAP_ACTIVITE = "Activité : {activite}."
RECAP_SANS_REVENU = "Pas de revenus."
RECAP_RESSOURCES = "Ressources par mois : {liste}."
NOMS_RESSOURCES = {"revenus_activite": "revenus du travail", "chomage": "allocation chômage",
                   "retraite": "retraite", "autres_ressources": "autres ressources",
                   "pension_alimentaire_recue": "pension alimentaire"}
RECAP_PRESTATIONS = "Aides que vous touchez déjà : {liste}."
RECAP_SANS_PRESTATION = "Vous ne touchez pas d'aide pour l'instant."
RECAP_EPARGNE = "Épargne : {montant}."
RECAP_SANS_EPARGNE = "Pas d'épargne."
RECAP_HANDICAP = "Taux d'incapacité reconnu : {taux} %."
RECAP_RQTH = "Vous êtes reconnu(e) travailleur handicapé (RQTH)."
RECAP_AGRICOLE = "Vous dépendez du régime agricole : votre caisse est la Mutualité sociale agricole (MSA)."
# Overseas there is no MSA: the caisse générale de sécurité sociale (Mayotte: the CSSM) and the CAF do its work
RECAP_AGRICOLE_OUTRE_MER = ("Vous dépendez du régime agricole : outre-mer, ce sont la caisse générale de sécurité "
                            "sociale (CGSS) et la CAF qui s'en occupent.")
RECAP_AGRICOLE_MAYOTTE = ("Vous dépendez du régime agricole : à Mayotte, c'est la Caisse de sécurité sociale de "
                          "Mayotte (CSSM) qui s'en occupe.")
RECAP_PROTECTION = "Vous avez le statut de réfugié (ou une protection subsidiaire, ou vous êtes apatride)."
RECAP_ASE = "Vous avez été confié(e) à l'aide sociale à l'enfance (ASE) avant vos 18 ans."
RECAP_AUTONOMIE = "Vous avez besoin d'aide pour la vie quotidienne."
RECAP_NATIONALITE = "Situation : {nationalite}."
RECAP_TITRE = "Titre de séjour depuis {annees} an{s}."
RECAP_NON_PRECISE = "Non précisé : {liste}."

# A greeting that says the message is written for a relative (« bonjour je vous écris pour ma mère »)
SALUER_POUR_UN_PROCHE = ("Dites-moi avec vos mots ce qui arrive à votre proche, par exemple « elle n'arrive plus à payer son "
                         "loyer » ou « il a besoin d'aide à la maison » : je vous dirai à quelles aides cette personne pourrait "
                         "avoir droit et où les demander.")

RECOMMENCER = ("D'accord, on recommence depuis le début : j'ai oublié ce que vous m'aviez dit. "
               "Dites-moi avec vos mots ce qui vous arrive.")

# -- erasure: asked before it is done -----------------------------------------------------------

EFFACEMENT_QUESTION = ("Voulez-vous que j'efface cette conversation et tout ce que vous m'avez dit ? "
                       "Répondez « oui » pour effacer, « non » pour continuer.")
EFFACEMENT_BOUTONS = [{"title": "Oui, tout effacer", "payload": "/affirm"},
                      {"title": "Non, continuer", "payload": "/deny"}]
EFFACEMENT_ANNULE = "D'accord, je n'efface rien. Continuons."

# -- the orientation ----------------------------------------------------------------------------

ORIENTATION_RESUME = "D'après ce que vous m'avez dit : {parts}."
ORIENTATION_A_DEMANDER = ("{n} aide à demander", "{n} aides à demander")
ORIENTATION_A_VERIFIER = ("{n} à vérifier", "{n} à vérifier")
ORIENTATION_DEJA = ("{n} que vous touchez déjà", "{n} que vous touchez déjà")
ORIENTATION_OU = "Où aller : {ou}."
ORIENTATION_RIEN = ("Avec ce que vous m'avez dit, je ne trouve pas d'aide nationale qui vous corresponde à "
                    "coup sûr. Le CCAS (centre communal d'action sociale) de votre commune peut étudier votre "
                    "situation.")
ORIENTATION_LISTE_PROBABLES = "À demander maintenant :"
ORIENTATION_LISTE_POSSIBLES = "À vérifier (cela dépend de points que je ne connais pas) :"
ORIENTATION_ESTIMATION = ("Les montants sont des estimations : seul l'organisme qui verse l'aide peut confirmer "
                          "votre droit.")
ORIENTATION_DEJA_PERCU = "Vous touchez déjà : {liste}. Je ne vous les propose donc pas une nouvelle fois."
ORIENTATION_OUVRE = "Ce que cela vous ouvre :"
ORIENTATION_CONTACTS = "Où vous adresser :"
ORIENTATION_INCERTAIN = ("Ce qui reste incertain, faute de le savoir : {liste}. Le résultat pourra changer quand "
                         "ces points seront connus.")
ORIENTATION_DETAILS = ("Pour le détail d'une aide (ce que c'est, comment la demander, les papiers), écrivez par "
                       "exemple « c'est quoi {exemple} ? ». Vous pouvez aussi corriger une information, écrire "
                       "« recommencer » ou me poser une autre question.")
ORIENTATION_URGENCE = "En cas d'urgence : {lignes}."
DISPOSITIF_PROBABLE = "droit probable"
DISPOSITIF_POSSIBLE = "droit possible, à vérifier"

# -- the commune and the CCAS (actions/render.py) --------------------------------------------------

COMMUNE_QUESTION = ("Dans quelle commune habitez-vous ? Écrivez son nom (par exemple Villeurbanne) "
                    "ou son code postal (par exemple 69100).")
COMMUNE_INCONNUE = "Je ne trouve pas de commune qui corresponde à « {saisie} »."
COMMUNE_INCONNUE_VIDE = "Je n'ai pas reconnu de nom de commune."
COMMUNE_CHOIX = ("Plusieurs communes correspondent. Laquelle est la vôtre ? "
                 "Choisissez-la ci-dessous, ou écrivez son code postal.")
ERREUR = ("Désolé, je n'arrive pas à consulter mes informations pour le moment. "
          "Réessayez dans quelques minutes. En attendant, la mairie de votre commune "
          "peut vous dire où vous adresser.")
COMMUNE_INTROUVABLE = ("Je ne retrouve pas cette commune dans mes informations. "
                       "Pouvez-vous me redonner son nom ou son code postal ?")
CCAS_AUCUN = ("Je n'ai pas encore d'information pour {commune}. "
              "La mairie de votre commune peut vous dire où vous adresser.")
CCAS_DEBUT = "Pour {commune}, voici où vous adresser :"
CCAS_GENERIQUES = ("Je n'ai pas encore les adresses et téléphones exacts : "
                   "l'annuaire officiel indiqué ci-dessus les donne.")
CONTACT_CHAMPS = {"address": "Adresse", "phone": "Téléphone", "hours": "Horaires", "url": "Site"}

# -- a scheme in full (actions/render_orientation.py) -----------------------------------------------

PORTEURS = {
    "commune": "le CCAS (centre communal d'action sociale) de votre commune",
    "departement": "le département",
    "etat": "l'État",
    "securite_sociale": "la sécurité sociale (CAF, CPAM ou caisse de retraite)",
    "association": "des associations",
}
TYPES_AIDE = {
    "legale": "un droit prévu par la loi",
    "extralegale": "une aide décidée localement, au-delà de la loi",
    "facultative": "une aide ponctuelle, décidée par la commune au cas par cas",
}
PORTE_PAR = "porté par {porteur}"
DETAIL_MONTANT = "Montant : {montant}."
DETAIL_POURQUOI = "Pourquoi : {why}"
DETAIL_COMMENT = "Comment : {how}"
DETAIL_OU = "Où : {ou}."
DETAIL_SOURCE = "Source : {source}"
EXPLICATION_COMMENT = "Comment la demander : {how}"
EXPLICATION_PAPIERS = "Papiers à préparer : {papiers}."
EXPLICATION_EN_LIGNE = "En ligne : {url}"
EXPLICATION_SOURCE = "Source officielle : {source} (vérifiée le {checked})."
DISPOSITIF_INCONNU = "Je ne connais pas cette aide. Je peux vous expliquer par exemple : {exemples}."
DISPOSITIF_EXEMPLES = "le RSA, la prime d'activité, l'AAH"

# An answer out of range twice in a row for the same question: the form goes on without it.
REFUS_DEUX_FOIS = ("Je n'arrive pas à lire cette réponse : je continue sans elle. Vous pourrez la corriger "
                   "sur le résumé, à la fin.")
