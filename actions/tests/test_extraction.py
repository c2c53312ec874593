"""Facts read from French messages the way people write them (actions.extraction)."""
from __future__ import annotations

import pytest

from actions.extraction import INCONNU, besoins_de_la_reponse, extract, normaliser, rien_ne_rentre


@pytest.mark.parametrize("text, expected", [
    ("j'ai 33 ans, je vis en couple avec 3 enfants de 2, 5 et 9 ans",
     {"age": 33, "en_couple": True, "nb_enfants": 3, "enfants": [2, 5, 9]}),
    ("jai 28 ans seul sans enfant je gagne rien",
     {"age": 28, "en_couple": False, "nb_enfants": 0, "enfants": [], "revenus_activite": 0.0}),
    ("je suis seule avec 1 enfant de 6 ans, je gagne 1100 € et mon loyer est de 550 €",
     {"en_couple": False, "nb_enfants": 1, "enfants": [6], "revenus_activite": 1100.0, "loyer": 550.0}),
    ("je suis au chomage, je touche 1050 euros et je paie 620 euros de loyer",
     {"activite": "demandeur_emploi", "chomage": 1050.0, "loyer": 620.0, "prestations_percues": ["chomage"]}),
    ("j ai soixante dix ans et ma retraite fait huit cent cinquante euros",
     {"age": 70, "retraite": 850.0}),  # the activity only from words that state it
    ("on est mariés, quatre enfants, mon mari gagne 1 800 euros",
     {"en_couple": True, "nb_enfants": 4, "revenus_activite": 1800.0}),
    ("mes enfants ont 5, 9 et 12 ans", {"enfants": [5, 9, 12], "nb_enfants": 3}),
    ("je suis enceinte", {"grossesse": True}),
    ("mon proprio veut me mettre dehors", {}),  # implied, not said: actions.extraction.logement_deduit
    ("je suis hébergée chez ma sœur", {"logement": "heberge"}),
    ("je dors dans ma voiture", {"logement": "sans_domicile"}),
    ("on est au foyer depuis 2 mois", {"logement": "hebergement_structure"}),
    ("la MDPH m'a reconnu un taux de 80 %", {"handicap_taux": 80}),
    ("j'ai un titre de séjour", {"nationalite": "hors_ue_regulier"}),
    ("je suis sans papiers", {"nationalite": "hors_ue_irregulier"}),
    ("je suis portugaise", {"nationalite": "ue"}),
    ("je suis étudiante", {"activite": "etudiant"}),
    ("je suis auto-entrepreneur", {"activite": "independant"}),
])
def test_facts_in_one_message(text, expected):
    assert extract(text).facts == expected


@pytest.mark.parametrize("text, requested, expected", [
    ("35", "age", {"age": 35}),
    ("vingt-cinq", "age", {"age": 25}),
    ("oui", "en_couple", {"en_couple": True}),
    ("non", "grossesse", {"grossesse": False}),
    ("2", "nb_enfants", {"nb_enfants": 2}),
    ("non aucun", "nb_enfants", {"nb_enfants": 0, "enfants": []}),
    ("3 et 7", "enfants", {"enfants": [3, 7], "nb_enfants": 2}),
    ("huit cent cinquante", "loyer", {"loyer": 850.0}),
    ("rien", "ressources", {"revenus_activite": 0.0}),
    ("1200", "ressources", {"revenus_activite": 1200.0}),
    ("non", "handicap_taux", {"handicap_taux": 0}),
])
def test_short_answer_to_the_question_asked(text, requested, expected):
    assert extract(text, requested=requested).facts == expected


@pytest.mark.parametrize("text", ["rien", "0", "aucune", "rien pour l instant", "rien, j ai pas droit au chomage",
                                  "on a rien du tout"])
def test_nothing_comes_in(text):
    facts = extract(text, requested="ressources", known={"activite": "demandeur_emploi"}).facts
    assert rien_ne_rentre(text, facts)


@pytest.mark.parametrize("text", ["rien a part le chomage", "rien de fixe, des petits boulots",
                                  "pas de salaire, juste le chomage", "le rsa et les allocs", "1200"])
def test_nothing_but_something_is_not_nothing(text):
    assert not rien_ne_rentre(text, extract(text, requested="ressources").facts)


@pytest.mark.parametrize("text, ages", [("12 et 16 ans", [12, 16]), ("15 ans", [15]), ("ils ont 3 et 17 ans", [3, 17])])
def test_ages_answering_the_children_question_are_not_the_speaker_s(text, ages):
    facts = extract(text, requested="enfants").facts
    assert facts["enfants"] == ages and "age" not in facts


def test_amount_without_kind_follows_the_activity():
    facts = extract("900", requested="ressources", known={"activite": "demandeur_emploi"}).facts
    assert facts == {"chomage": 900.0, "prestations_percues": ["chomage"]}


def test_out_of_range_is_refused_with_an_explanation():
    result = extract("200", requested="age")
    assert result.facts == {}
    assert "entre 14 et 120" in result.refus["age"]
    assert "pourcentage" in extract("taux de 150 %").refus["handicap_taux"]


def test_diet_entities_only_fill_what_the_text_missed():
    # The regex found the age; DIET's duplicate age entity must not count twice or win.
    entities = [{"entity": "age", "value": "34"}, {"entity": "logement", "value": "heberge"},
                {"entity": "activite", "value": "pas_une_valeur"}]
    facts = extract("j'ai 35 ans et je loge chez un pote", entities).facts
    assert facts["age"] == 35
    assert facts["logement"] == "heberge"
    assert "activite" not in facts


def test_no_fact_in_small_talk():
    assert extract("bonjour").facts == {}
    assert extract("merci beaucoup").facts == {}


def test_normalisation_handles_elisions_accents_and_words():
    assert normaliser("J’ai Trois Enfants") == "j ai 3 enfants"
    assert normaliser("1.300 €") == "1300 euros"


def test_inconnu_is_a_plain_marker():
    assert INCONNU == "inconnu"


def test_a_number_read_by_the_rules_is_not_read_again_from_diet():
    # DIET tagged "750" as a salary while the rent was asked, and "4" of "4 et 9 ans" as 4 children.
    rent = extract("750", [{"entity": "revenus_activite", "value": "750"}], requested="loyer").facts
    assert rent == {"loyer": 750.0}
    ages = extract("4 et 9 ans", [{"entity": "nb_enfants", "value": "4"}, {"entity": "age_enfant", "value": "9"}],
                   requested="enfants", known={"nb_enfants": 2.0}).facts
    assert ages["enfants"] == [4, 9] and ages["nb_enfants"] == 2


def test_a_number_diet_found_only_answers_the_question_asked():
    # "je touche 1200": no cue says what it is; DIET's guess is not enough, the question is.
    diet = [{"entity": "revenus_activite", "value": "1200"}]
    assert extract("je touche 1200", diet).facts == {}
    assert extract("je touche 1200", diet, requested="ressources").facts == {"revenus_activite": 1200.0}


@pytest.mark.parametrize("text, expected", [
    ("je paie 530 euros de loyer pour un salaire de 1400 euros",
     {"loyer": 530.0, "revenus_activite": 1400.0}),
    ("mon salaire de 1200 euros ne suffit pas pour payer le loyer",
     {"revenus_activite": 1200.0}),
])
def test_each_amount_takes_the_kind_named_nearest_to_it(text, expected):
    assert extract(text).facts == expected


@pytest.mark.parametrize("text, expected", [
    ("j'attends un bébé", {"grossesse": True}),
    ("on attend des jumeaux", {"grossesse": True}),
    ("j'ai 2 enfants et j'attends un bébé", {"nb_enfants": 2, "grossesse": True}),
])
def test_a_baby_on_the_way_is_a_pregnancy_not_a_child(text, expected):
    assert extract(text).facts == expected


@pytest.mark.parametrize("text", ["j'habite à Lyon 8e", "Paris 20e", "je vis à Marseille 15eme",
                                  "dans le 3e arrondissement"])
def test_an_arrondissement_is_not_an_amount(text):
    assert not {"revenus_activite", "chomage", "retraite", "loyer"} & set(extract(text).facts)
    assert not {"revenus_activite"} & set(extract(text, requested="commune").facts)


def test_an_amount_beside_an_arrondissement_is_still_read():
    assert extract("j'habite Lyon 8e et je gagne 900 euros").facts["revenus_activite"] == 900.0


# -- facts in context (issue: understanding what people actually type) --------------------------------

@pytest.mark.parametrize("text, requested, expected", [
    # a cue names the field; the question asked only takes an amount without any cue
    ("je suis locataire, 620 euros par mois", None, {"logement": "locataire", "loyer": 620.0}),
    ("je touche le RSA, 700 euros", "loyer", {"prestations_percues": ["rsa"]}),
    ("je dois 1800 euros de loyer", None, {"dette_loyer": 1800.0}),
    ("1200 euros de loyers impayés", None, {"dette_loyer": 1200.0}),
    # (« à deux »: the money of a couple, the writers of dev13, dev16 and dev19 read it so)
    ("on gagne 2100 à deux", None, {"revenus_activite": 2100.0, "en_couple": True}),
    ("je gagne 1000 et mon mari 1300", None, {"revenus_activite": 2300.0, "en_couple": True}),
    ("j'ai 3000 euros sur un livret", None, {"epargne": 3000.0}),
    ("820", "loyer", {"loyer": 820.0}),
    ("j'ai 900 euros", None, {}),  # no cue, no question: not guessed
])
def test_an_amount_goes_where_its_cue_or_the_question_says(text, requested, expected):
    assert extract(text, requested=requested).facts == expected


@pytest.mark.parametrize("text, requested, field", [
    ("dans les 500-600 euros", "loyer", "loyer"),
    ("entre cinq cents et six cents euros", "loyer", "loyer"),
    ("plus de 2000", "ressources", "revenus_activite"),
])
def test_a_range_is_never_added_up_nor_guessed(text, requested, field):
    result = extract(text, requested=requested)
    assert field not in result.facts and field in result.ambigus


@pytest.mark.parametrize("text, expected", [
    ("je n'ai pas de salaire", {"revenus_activite": 0.0}),
    ("mon salaire c'est 0", {"revenus_activite": 0.0}),  # zero income, not a job
    ("je ne touche plus le chômage", {"chomage": 0.0}),
    ("pas d'épargne", {"epargne": 0.0}),
])
def test_negations_and_zero(text, expected):
    assert extract(text).facts == expected


@pytest.mark.parametrize("text, expected", [
    ("mon fils de 7 ans", {"enfants": [7], "nb_enfants": 1}),
    ("un bébé de 4 mois", {"enfants": [0], "nb_enfants": 1}),
    ("mes enfants ont 18 mois et 5 ans", {"enfants": [1, 5], "nb_enfants": 2}),
    ("trois enfants dont un de 5 ans", {"nb_enfants": 3}),
])
def test_children_months_and_years(text, expected):
    assert extract(text).facts == expected


def test_a_relative_s_situation_is_theirs():
    facts = extract("c'est pour mon père, il a 79 ans, moi j'ai 50 ans").facts
    assert facts["age"] == 79 and facts["pour_un_proche"] is True
    assert "enfants" not in facts
    assert extract("il a 81 ans", requested="age", known={"pour_un_proche": True}).facts["age"] == 81


@pytest.mark.parametrize("text, requested, received, removed", [
    ("je touche le RSA", None, ["rsa"], set()),
    ("je suis à l'AAH", None, ["aah"], set()),
    ("on a les APL et les allocations familiales", None, ["aide_logement", "allocations_familiales"], set()),
    ("le rsa, les allocs et l al", "ressources", ["rsa", "allocations_familiales", "aide_logement"], set()),
    ("je ne touche plus l'APL", None, None, {"aide_logement"}),
    ("c'est quoi le RSA ?", None, None, set()),
    ("j'ai demandé le RSA", None, None, set()),
    ("non", "prestations_percues", [], set()),
])
def test_benefits_already_received(text, requested, received, removed):
    result = extract(text, requested=requested)
    assert result.facts.get("prestations_percues") == received
    assert result.retirees == removed


def test_an_erasure_request_is_explicit():
    from actions.extraction import effacement_explicite

    assert effacement_explicite("effacez mes données")
    assert effacement_explicite("oubliez tout ce que je vous ai dit")
    assert not effacement_explicite("j'ai oublié de dire que j'ai 2 enfants")
    assert not effacement_explicite("j'avais oublié, je touche l'APL")


def test_needs_named_in_the_words():
    assert "alimentation" in extract("je n'ai plus rien à manger").besoins
    assert "impayes_loyer" in extract("j'ai des loyers impayés").besoins


@pytest.mark.parametrize("text, expected", [
    ("une", 1), ("un seul", 1), ("une seule fille", 1), ("mes enfants sont grands", 0),
    ("ils sont tous majeurs", 0), ("2", 2),
])
def test_number_of_children_in_words(text, expected):
    assert extract(text, requested="nb_enfants").facts.get("nb_enfants") == expected


def test_a_grown_child_still_at_home_is_not_read_as_none():
    assert extract("ils sont grands sauf le dernier", requested="nb_enfants").facts.get("nb_enfants") is None


@pytest.mark.parametrize("text, requested", [
    ("salariée, aide soignante à 80%", "activite"), ("temps partiel 80 %", None), ("je travaille à 80 pour cent", None),
])
def test_a_working_time_rate_is_no_pay(text, requested):
    facts = extract(text, requested=requested).facts
    assert facts.get("activite") == "salarie"
    assert "revenus_activite" not in facts


@pytest.mark.parametrize("text, expected", [
    ("700 euros, non 750 avec les charges", 750), ("750 euros avec les charges", 750), ("600 sans les charges", 600),
])
def test_rent_with_or_without_charges(text, expected):
    assert extract(text, requested="loyer").facts.get("loyer") == expected


def test_the_ass_is_unemployment_money_not_nothing():
    facts = extract("j ai 57 ans, je suis en fin de droits, je touche l ASS").facts
    assert facts["prestations_percues"] == ["ass"]
    assert "chomage" not in facts  # its amount is asked
    facts = extract("l ass 550 par mois", requested="ressources").facts
    assert facts["chomage"] == 550 and facts["prestations_percues"] == ["ass"]
    assert extract("fin de droits, plus rien").facts.get("chomage") == 0


def test_at_home_is_no_shelter_even_for_the_nlu():
    shelter = [{"entity": "logement", "value": "hebergement_structure", "start": 12, "end": 17}]
    facts = extract("je suis au foyer", entities=shelter, requested="activite", known={"logement": "locataire"}).facts
    assert facts == {"activite": "sans_activite"}
    assert extract("je suis dans un foyer", entities=shelter, requested="logement").facts["logement"] == \
        "hebergement_structure"


@pytest.mark.parametrize("text", [
    "on est un couple avec des enfants, ma femme reste à la maison pour le bébé", "j'ai mes enfants et le bébé",
])
def test_several_children_with_one_named_are_counted_by_a_question(text):
    facts = extract(text).facts
    assert "nb_enfants" not in facts and "enfants" not in facts


def test_aspa_by_its_name_is_no_unemployment_money():
    facts = extract("je touche l'allocation de solidarité aux personnes âgées, 300 euros", requested="ressources").facts
    assert "chomage" not in facts


def test_a_couple_of_retirees_their_ages_and_their_money():
    facts = extract("moi et ma femme on est à la retraite à Pointe-à-Pitre, j'ai 68 ans elle 66, on a 950 euros à deux "
                    "et le loyer est de 500").facts
    assert facts["activite"] == "retraite" and facts["age"] == 68
    assert facts["retraite"] == 950 and facts["loyer"] == 500


@pytest.mark.parametrize("text, requested, expected", [
    ("environ 60000", "epargne", 60000), ("75000", "dette_loyer", 75000),
])
def test_five_digits_answering_an_amount_question_are_an_amount(text, requested, expected):
    assert extract(text, requested=requested).facts[requested] == expected


def test_an_amount_of_ass_is_the_ass():
    assert extract("550 d ass", requested="chomage").facts == {"chomage": 550, "prestations_percues": ["ass"]}


def test_a_number_corrected_after_dots_and_a_child_remembered():
    assert extract("2... ah non 3 j oubliais le bebe", requested="nb_enfants").facts == {"nb_enfants": 3}


@pytest.mark.parametrize("text", ["je travaillais pas, il voulait pas", "j'ai jamais travaillé", "je ne travaille plus"])
def test_not_working_answers_the_activity_question(text):
    assert extract(text, requested="activite").facts["activite"] == "sans_activite"


def test_staying_at_home_is_the_speaker_s_activity_not_a_shelter():
    known = {"logement": "locataire", "en_couple": True, "nb_enfants": 3, "enfants": [3, 8, 12]}
    assert extract("moi je suis au foyer, mon mari est salarié", requested="activite", known=known).facts == \
        {"activite": "sans_activite", "en_couple": True}
    assert extract("mon mari travaille, moi je garde le bébé", requested="activite", known=known).facts == \
        {"activite": "sans_activite", "en_couple": True}  # the baby is one of the three children


@pytest.mark.parametrize("text, expected", [
    ("ah non le grand il a 13 ans, pas 12", [3, 8, 13]), ("pas 8 mais 9 ans", [3, 9, 12]),
])
def test_one_child_s_age_corrected(text, expected):
    facts = extract(text, known={"nb_enfants": 3, "enfants": [3, 8, 12]}).facts
    assert facts["enfants"] == expected and facts["nb_enfants"] == 3


def test_a_turnover_that_fell_is_no_fall_of_an_elderly_person():
    assert "perte_autonomie" not in extract("je suis chauffeur vtc, mon chiffre a chuté, je gagne à peine 500").facts
    assert extract("ma mère fait des chutes").facts["perte_autonomie"] is True


@pytest.mark.parametrize("text, requested, expected", [
    ("je touche 300 euros par semaine", "revenus_activite", 1300),
    ("je fais environ 9600 € de chiffre d'affaires par an", None, 800),
    ("on a dégagé à peine 6000 euros sur l'année", "revenus_activite", 500),
])
def test_amounts_by_the_week_or_by_the_year_are_made_monthly(text, requested, expected):
    assert extract(text, requested=requested).facts["revenus_activite"] == expected


@pytest.mark.parametrize("text, expected", [
    ("une place dans une structure adaptée", ["handicap"]), ("une allocation", ["argent"]),
    ("les allocations familiales", ["famille"]),
    # the household said with whom one lives is no need of the family; help asked for the children is
    ("on vit à Arras avec ma femme et nos 3 enfants, on ne sait plus quoi faire", []),
    ("j'ai 2 enfants, je sais pas par où commencer", []),
    ("une aide pour mes 2 enfants", ["famille"]),
])
def test_needs_named_in_an_answer_to_the_needs_question(text, expected):
    from actions.extraction import besoins_de_la_reponse

    assert besoins_de_la_reponse(text) == expected


@pytest.mark.parametrize("text, age", [
    ("je vous écris au sujet de mon fils de 22 ans qui est autiste", 22),
    ("je suis la maman d'un jeune homme autiste de 20 ans, il avait l'AEEH", 20),
])
def test_a_parent_writing_for_an_adult_child(text, age):
    facts = extract(text).facts
    assert facts["pour_un_proche"] is True and facts["age"] == age and "enfants" not in facts


def test_a_young_child_is_the_parent_s_household():
    facts = extract("je vous écris au sujet de mon fils de 8 ans").facts
    assert "pour_un_proche" not in facts and facts["enfants"] == [8]


@pytest.mark.parametrize("text, requested, field, expected", [
    ("plus rien cest fini depuis 2 mois", "chomage", "chomage", 0.0),  # a duration is no amount
    ("850 par mois depuis 3 mois", "chomage", "chomage", 850.0),
    ("rien depuis 6 mois", "ressources", "revenus_activite", 0.0),
])
def test_a_duration_in_an_answer_to_an_amount_question_is_no_amount(text, requested, field, expected):
    assert extract(text, requested=requested).facts[field] == expected


@pytest.mark.parametrize("text, expected", [
    ("de largent pour le bb, couches lait", {"famille", "argent"}),
    ("Je travaille à mi-temps et le papa ne paye plus la pension depuis un an", {"famille"}),
    ("je suis séparée, j'élève seule mes deux enfants", {"famille"}),
])
def test_a_baby_s_needs_and_unpaid_child_support_are_the_family_need(text, expected):
    from actions.extraction import besoins_de_la_reponse

    assert expected <= set(besoins_de_la_reponse(text))


@pytest.mark.parametrize("text, expected", [
    # a low pay told as a difficulty
    ("il voudrait se soigner, il n'a pas de mutuelle, et il gagne pas beaucoup", {"sante", "argent"}),
    ("on gagne tres peu tous les deux", {"argent"}),
    # child support wished for: the ASF and the CAF's recovery
    ("une mutuelle pour me soigner, et que la pension soit payée", {"sante", "famille"}),
    ("je voudrais récupérer la pension de mes enfants", {"famille"}),
    # the housing aid or a cash benefit asked about names its need in any message
    ("On se demandait si on avait droit à la prime d'activité ou à l'APL.", {"argent", "logement"}),
    ("est-ce que j'ai droit aux APL ?", {"logement"}),
])
def test_needs_said_as_a_difficulty_or_a_benefit_asked_about(text, expected):
    assert expected <= set(extract(text).besoins)


@pytest.mark.parametrize("text", ["je touche le rsa et l'apl", "je gagne 1500 par mois", "il a droit à une pension"])
def test_benefits_received_and_plain_pay_name_no_need(text):
    assert not {"argent", "logement", "famille"} & set(extract(text).besoins)


def test_bb_is_a_baby():
    facts = extract("bjr jai 22 ans jai un bb de 6 mois").facts
    assert facts["age"] == 22 and facts["nb_enfants"] == 1 and facts["enfants"] == [0]


@pytest.mark.parametrize("text, requested, field, expected", [
    ("Avec nos deux petites retraites on paye le loyer et il ne reste presque rien.", None, "retraite", None),
    ("1 salaire de 1400", None, "revenus_activite", 1400.0),
    ("2 salaires, 1500 et 1200", "ressources", "revenus_activite", 2700.0),
])
def test_a_count_of_incomes_is_no_amount(text, requested, field, expected):
    # « nos deux petites retraites » was a pension of 2 €
    assert extract(text, requested=requested).facts.get(field) == expected


@pytest.mark.parametrize("text, requested, facts", [
    ("son fils vit au Canada", "nb_enfants", {"nb_enfants": 0}),  # a child living elsewhere is not at charge
    ("ils vivent en métropole", "nb_enfants", {"nb_enfants": 0}),
    ("un fils qui vit chez moi", "nb_enfants", {"nb_enfants": 1}),
    ("ché ma mere", "logement", {"logement": "heberge"}),  # SMS spelling of « chez »
    ("r", "prestations_percues", {"prestations_percues": []}),  # « rien » typed as one letter
])
def test_short_answers_typed_on_a_phone(text, requested, facts):
    got = extract(text, requested=requested).facts
    assert {k: got.get(k) for k in facts} == facts


def test_a_parent_writing_for_an_adult_child_named_by_first_name():
    facts = extract("Bonjour, j'écris pour mon fils Damien, 35 ans, qui a une déficience intellectuelle (taux 80 %)").facts
    assert facts["pour_un_proche"] is True and facts["age"] == 35 and facts["handicap_taux"] == 80
    assert "pour_un_proche" not in extract("je vous écris pour ma fille de 8 ans").facts


def test_the_foyer_of_an_esat_worker_is_an_establishment():
    facts = extract("Il travaille en ESAT à Angers et vit au foyer d'hébergement.", known={"pour_un_proche": True}).facts
    assert facts["logement"] == "etablissement" and facts["activite"] == "salarie"
    assert extract("je vis dans un foyer d'hébergement", requested="logement").facts["logement"] == "hebergement_structure"


@pytest.mark.parametrize("text, expected", [
    ("1200 € net environ, ça dépend des heures", 1200.0),  # an estimate, said to vary: the one amount asked
    ("ça varie, en moyenne il me reste 900 € par mois", 900.0),
    ("400 ce mois ci mais ça varie", None),  # one month's amount, said to vary: asked again
])
def test_an_average_or_an_estimate_of_a_varying_pay_is_taken(text, expected):
    assert extract(text, requested="revenus_activite").facts.get("revenus_activite") == expected


@pytest.mark.parametrize("text, requested, expected", [
    ("le bénéfice agricole, environ 11 000 € par an, donc à peu près 900 € par mois", "revenus_activite", 900.0),
    ("900 par mois, environ 11000 par an", "revenus_activite", 900.0),  # one amount in two units: not added
    ("je gagne 800 et mon mari 1000", None, 1800.0),
    ("900 € par mois plus les allocations familiales", "ressources", 900.0),  # the benefit added is another item
])
def test_an_amount_restated_or_followed_by_another_item(text, requested, expected):
    assert extract(text, requested=requested).facts["revenus_activite"] == expected


def test_a_child_s_birthday_at_the_recap_changes_that_child_s_age():
    known = {"enfants": [14, 17], "nb_enfants": 2, "age": 46}
    facts = extract("Je me suis trompée : notre fils a eu 18 ans le mois dernier, il est toujours au lycée",
                    requested="correction", known=known).facts
    assert facts["enfants"] == [14, 18] and facts["nb_enfants"] == 2
    assert "enfants" not in extract("ma fille a eu 10 ans", requested="correction", known=known).facts


@pytest.mark.parametrize("text, known, expected", [
    ("rien, les allocs c est lui qui les touche", {"en_couple": False}, []),  # separated: the ex receives them
    ("mon ex touche les allocs familiales", {}, []),
    ("c est lui qui touche le chomage", {"en_couple": True}, ["chomage"]),  # a partner's benefit is the household's
])
def test_a_benefit_received_by_someone_outside_the_household_is_not_received(text, known, expected):
    assert extract(text, requested="prestations_percues", known=known).facts["prestations_percues"] == expected


@pytest.mark.parametrize("text, known, expected", [
    ("non, il avait un cdd trop court", {"pour_un_proche": True}, None),  # a past contract is no activity now
    ("j ai eu un cdi pendant 3 ans", {}, None),
    ("j ai un cdd", {}, "salarie"),
])
def test_a_contract_in_the_past_is_no_activity_now(text, known, expected):
    assert extract(text, requested="chomage", known=known).facts.get("activite") == expected


@pytest.mark.parametrize("text", ["J ai besoin de quelqu un pour m aider a la maison pour la toilette",
                                  "une aide humaine a domicile pour mon handicap"])
def test_help_for_daily_life_told_in_words(text):
    assert extract(text).facts["perte_autonomie"] is True


def test_a_past_contract_read_by_diet_is_no_activity_now():
    text = "non, il avait un cdd trop court"
    start = text.index("cdd")
    entities = [{"entity": "activite", "value": "salarie", "start": start, "end": start + 3}]
    assert "activite" not in extract(text, entities, requested="chomage", known={"pour_un_proche": True}).facts


@pytest.mark.parametrize("text, expected", [
    ("bonjour jecris pour mes parents qui habitent a chenerailles, mon pere 82 ans a alzheimer et ma mere 79 ans "
     "s'en occupe seule, elle est epuisee", True),  # « s'en occupe seule » is how, not living alone
    ("j ecris pour mes parents, ils sont divorces", False),
])
def test_writing_for_one_s_parents_is_a_couple_s_situation(text, expected):
    assert extract(text).facts["en_couple"] is expected


def test_a_total_for_the_two_of_them():
    # « à eux deux » was 2 € more (1,602 €)
    assert extract("1600 € à eux deux", requested="retraite").facts["retraite"] == 1600.0


@pytest.mark.parametrize("text, expected", [
    ("qu'elle soit mieux soignée et un peu d'argent", {"sante", "argent"}),
    ("une aide pour son handicap, et qu'il soit bien soigné", {"handicap", "sante"}),
])
def test_being_cared_for_is_the_health_need(text, expected):
    from actions.extraction import besoins_de_la_reponse

    assert expected <= set(besoins_de_la_reponse(text))
    assert "sante" not in besoins_de_la_reponse("je le soigne tous les jours, c'est mon père")


@pytest.mark.parametrize("text, proche", [
    ("bonjour je suis la soeur de Rodrigue, il habite chez moi, il est handicapé", True),
    ("je suis le cousin de Karim, il a perdu son travail", True),
    ("je suis sa soeur, elle a 30 ans", True),
    ("je suis la mère de deux enfants", False),  # a parent writes for their own household
    ("je suis le père de Lucas, 4 ans", False),
])
def test_the_speaker_saying_who_they_are_to_the_person_writes_for_a_relative(text, proche):
    assert (extract(text).facts.get("pour_un_proche") is True) is proche


def test_benefits_said_received_name_no_need_and_the_end_of_the_month_is_money():
    from actions.extraction import besoins_de_la_reponse

    text = ("On touche déjà les allocations familiales, la PAJE et l'allocation logement, mais on n'arrive pas au bout "
            "du mois et on n'a pas de mutuelle.")
    assert set(besoins_de_la_reponse(text)) == {"argent", "sante"}
    # named as wanted, they still are needs
    assert besoins_de_la_reponse("je voudrais l'APL") == ["logement"]
    assert "logement" in besoins_de_la_reponse("je touche l'APL mais mon loyer est trop cher")


def test_a_benefit_of_disability_received_still_names_the_disability():
    from actions.extraction import besoins_de_la_reponse

    assert besoins_de_la_reponse("je touche l'AAH et l'APL, à quoi d'autre j'ai droit ?") == ["handicap"]


# Twenty-eighth session (conversations_dev11): a verb glued to its subject, a correction with words around it,
# a payment already made.
def test_a_debt_said_with_the_subject_glued_to_the_verb_is_a_debt_not_a_rent():
    assert extract("bonsoir, jdois à peu près 2400 de loyer à l'office hlm").facts == {"dette_loyer": 2400.0}


def test_a_correction_with_words_around_it_replaces_the_number_said_before():
    assert extract("1900... non attendez je me suis trompée c'est 1700", requested="dette_loyer").facts == \
        {"dette_loyer": 1700.0}


def test_a_payment_already_made_is_not_the_amount_asked():
    assert extract("2100 en tout, on a fait un versement de 150 en octobre", requested="dette_loyer").facts == \
        {"dette_loyer": 2100.0}
    assert extract("je paye 480 de loyer", requested="loyer").facts == {"loyer": 480.0}


def test_child_support_the_person_pays_is_neither_received_nor_a_pension():
    assert extract("non, c'est moi qui la verse, 280 par mois", requested="pension_alimentaire_recue").facts == \
        {"pension_alimentaire_recue": 0.0}
    assert extract("je verse une pension de 200 à mon ex", requested="pension_alimentaire_recue").facts[
        "pension_alimentaire_recue"] == 0.0
    assert extract("oui je touche 180 de pension alimentaire", requested="pension_alimentaire_recue").facts == \
        {"pension_alimentaire_recue": 180.0}


def test_children_who_come_on_visits_are_asked_about_and_those_living_elsewhere_are_not_at_charge():
    # seen on visits, whether they count is the person's to say: asked (« à charge »), not assumed either way
    out = extract("divorcé, mes trois gamins viennent un week-end sur deux et la moitié des vacances")
    assert "nb_enfants" not in out.facts and "enfants" in out.ambigus
    assert extract("j'ai mes 2 filles en garde alternée, une semaine sur deux").facts["nb_enfants"] == 2
    # living with their other parent, said plainly: none at charge
    facts = extract("séparé, mes deux enfants vivent chez leur mère, je travaille à Brest").facts
    assert facts["nb_enfants"] == 0 and facts["enfants"] == []


def test_grown_up_children_are_not_children_at_charge():
    assert extract("deux, mais elles sont grandes maintenant", requested="nb_enfants").facts["nb_enfants"] == 0
    assert extract("ils ont tous plus de 35 ans", requested="enfants").facts == {"nb_enfants": 0, "enfants": []}
    assert extract("28 et 16 ans", requested="enfants").facts == {"nb_enfants": 1, "enfants": [16]}


def test_needs_of_wanting_to_work_of_what_else_one_is_entitled_to_and_no_letter_received():
    from actions.extraction import besoins_de_la_reponse

    assert "emploi" in besoins_de_la_reponse("j'aimerais reprendre un poste à mi-temps sans perdre mes droits")
    assert "argent" not in besoins_de_la_reponse("bosser un peu sans perdre mes droits")
    assert set(besoins_de_la_reponse("payer le gaz, et voir à quoi on a droit")) == {"energie", "argent"}
    assert "administratif" not in besoins_de_la_reponse("3 mois de retard de loyer, l'agence m'a envoyé un courrier")
    assert "administratif" in besoins_de_la_reponse("de l'aide pour répondre à un courrier des impôts")


# Twenty-eighth session (conversations_dev11), in our own words.
def test_the_pay_named_as_what_one_cannot_cope_with_labels_no_amount():
    facts = extract("je loge en résidence sociale à Brest, 390 par mois, je m'en sors pas avec mon salaire").facts
    assert "revenus_activite" not in facts


def test_an_overdrawn_account_is_no_savings():
    assert extract("zéro, je suis à découvert depuis des mois", requested="epargne").facts == {"epargne": 0.0}


def test_the_baby_to_come_is_no_child_at_charge():
    facts = extract("je voudrais savoir les aides pour le bébé", requested="besoins", known={"grossesse": True}).facts
    assert "enfants" not in facts and "nb_enfants" not in facts
    assert extract("mon bébé a 2 mois et je suis de nouveau enceinte").facts["enfants"] == [0]


def test_a_comparison_with_the_french_and_a_nationality_in_one_s_own_language():
    assert extract("nous sommes européens, on a les mêmes droits que les français ?", requested="nationalite").facts == \
        {"nationalite": "ue"}
    assert extract("hola, soy española y vivo en Pau desde hace un año").facts["nationalite"] == "ue"


def test_children_living_abroad_are_not_at_charge_here():
    assert extract("3 enfants restés au pays avec ma mère", requested="nb_enfants").facts["nb_enfants"] == 0
    assert extract("8 et 13 ans mais ils sont pas ici, ils sont au Sénégal", requested="enfants").facts == \
        {"nb_enfants": 0, "enfants": []}


def test_about_that_many_thousands_is_an_approximate_amount():
    assert extract("une vingtaine de milliers sur son livret A", requested="epargne").facts == {"epargne": 20000.0}


def test_a_life_of_work_in_the_banana_or_cane_plantations_is_the_agricultural_scheme():
    from actions.extraction import faits_sans_slot

    assert faits_sans_slot("j'ai bossé 40 ans dans les bananeraies à Capesterre")["regime_agricole"] is True
    assert faits_sans_slot("mon voisin m'a donné des bananes") == {}


def test_a_total_said_after_its_parts_is_no_more_money_and_family_help_is_other_resources():
    assert extract("250 de ménages plus 100 de ma mère, donc 350 par mois", requested="ressources").facts == \
        {"revenus_activite": 250.0, "autres_ressources": 100.0}


def test_a_count_of_children_is_no_amount():
    facts = extract("je suis auto-entrepreneuse et maman d'une petite de 3 ans").facts
    assert "revenus_activite" not in facts and facts["enfants"] == [3]


def test_working_only_a_few_hours_is_no_wish_to_work():
    from actions.extraction import besoins_de_la_reponse

    assert "emploi" not in besoins_de_la_reponse("je ne peux bosser que 8 h par semaine avec ma maladie")
    assert "emploi" in besoins_de_la_reponse("jaimerais retravailler un peu")


def test_a_relative_named_near_a_small_number_is_no_money_from_the_family():
    facts = extract("je vous écris au sujet de ma mère, 90 ans, tombée deux fois ce mois-ci, GIR 2").facts
    assert "autres_ressources" not in facts


# -- twenty-ninth session: mechanisms from conversations_dev12 (sentences of our own) ---------------------

@pytest.mark.parametrize("text,requested,known,expected", [
    # « tous les 2 » is both of them: never money, and one age said for twins is each one's
    ("on travaille tous les 2", "besoins", {}, {"activite": "salarie"}),
    ("8 mois toutes les 2", "enfants", {"nb_enfants": 2}, {"enfants": [0, 0], "nb_enfants": 2}),
    ("des jumelles de 2 ans", "enfants", {}, {"enfants": [2, 2], "nb_enfants": 2}),
    # the same child's age said again as the age to come, and an age to come in the present tense
    ("4 ans et demi, il a 5 ans en mars", "enfants", {"nb_enfants": 1}, {"enfants": [4], "nb_enfants": 1}),
    ("il fait 6 ans en janvier", "enfants", {"nb_enfants": 1}, {"enfants": [5], "nb_enfants": 1}),
    # the job named first in the answer to the activity question; not working « en ce moment » answers it
    ("aide a domicile, mais je suis en arret depuis juin", "activite", {}, {"activite": "salarie"}),
    ("la je travaille pas en ce moment", "activite", {}, {"activite": "sans_activite"}),
    ("je fais rien pour l'instant", "activite", {}, {"activite": "sans_activite"}),
    # child support the person pays, its amount said first, is no rent
    ("je paie 180 de pension pour ma fille", None, {}, {}),
])
def test_dev12_mechanisms(text, requested, known, expected):
    facts = extract(text, requested=requested, known=known).facts
    assert {k: v for k, v in facts.items() if k in ("enfants", "nb_enfants", "activite", "revenus_activite", "loyer")} == \
        expected


def test_a_home_carer_named_in_the_activity_answer_is_no_need_of_help_at_home():
    out = extract("aide a domicile mais en arret maladie", requested="activite")
    assert "autonomie" not in out.besoins and "perte_autonomie" not in out.facts


def test_benefits_asked_about_after_a_question_are_not_received():
    text = "je voudrais savoir si j'ai droit au RSA et à l'aide pour le logement"
    assert "prestations_percues" not in extract(text).facts
    assert extract("je touche le RSA et l'APL").facts["prestations_percues"] == ["rsa", "aide_logement"]


def test_a_question_back_is_no_yes():
    text = "il vient voir le petit le dimanche, ça compte comme un couple ?"
    assert "en_couple" not in extract(text, requested="en_couple", intent="affirm").facts
    assert extract("oui", requested="en_couple", intent="affirm").facts["en_couple"] is True


def test_a_relative_named_with_an_adjective_is_the_relative_written_for():
    facts = extract("je vous ecris pour ma grande soeur, elle a 34 ans et elle fait rien").facts
    assert facts.get("pour_un_proche") is True and facts.get("age") == 34 and facts.get("activite") == "sans_activite"


@pytest.mark.parametrize("text,expected", [
    ("chez nos parents", "heberge"),
    ("locataire chez mon bailleur social", "locataire"),
])
def test_housing_said_with_our_or_my(text, expected):
    assert extract(text, requested="logement").facts["logement"] == expected


def test_a_couple_entity_in_a_question_back_states_no_couple():
    text = "il vient voir le petit le dimanche, ça compte comme un couple ?"
    entity = {"entity": "en_couple", "value": "couple", "start": text.index("couple"), "end": len(text) - 2}
    assert "en_couple" not in extract(text, entities=[entity], requested="en_couple").facts


def test_nothing_received_to_the_benefits_question_leaves_the_pay():
    known = {"revenus_activite": 1150.0, "activite": "salarie"}
    facts = extract("Je ne touche rien.", requested="prestations_percues", known=known).facts
    assert facts == {"prestations_percues": []}
    assert extract("je ne touche rien", requested="ressources").facts.get("revenus_activite") == 0.0


@pytest.mark.parametrize("text,need,absent", [
    ("on doit des cotisations à l'URSSAF et au grossiste, on s'en sort plus", "dettes", None),
    ("je dois des papiers à la caf", None, "dettes"),
    ("quelqu'un pour aider à la maison pour ma mère, je suis épuisée", "autonomie", "argent"),
])
def test_needs_of_money_owed_and_of_help_at_home(text, need, absent):
    found = besoins_de_la_reponse(text)
    assert need is None or need in found
    assert absent is None or absent not in found


@pytest.mark.parametrize("text,expected", [
    ("retraitée, avant aide-soignante", "retraite"),
    ("avant j'étais cariste, maintenant je suis au chômage", "demandeur_emploi"),
])
def test_a_trade_of_before_is_no_activity_now(text, expected):
    assert extract(text, requested="activite").facts["activite"] == expected


def test_averages_sublets_carers_and_work_stopped():
    # the average the person settles on is the amount, those around it its range
    assert extract("1500 les bons mois, des fois 700, en moyenne disons 1000", requested="revenus_activite",
                   known={"activite": "salarie"}).facts["revenus_activite"] == 1000.0
    # a sublet is a tenancy
    assert extract("je sous-loue un studio chez un monsieur", requested="logement").facts["logement"] == "locataire"
    # the state of the parent one cares for is not the writer's, and work stopped for it is no activity
    facts = extract("j'ai arrêté de travailler pour m'occuper de mon père qui ne peut plus se laver").facts
    assert facts.get("activite") == "sans_activite" and "perte_autonomie" not in facts
    assert extract("plus rien depuis 2 ans, j'étais cariste", requested="activite").facts["activite"] == "sans_activite"


def test_dev13_mechanisms():
    known = {"revenus_activite": 1700.0, "en_couple": True, "activite": "independant"}
    # the total after a corrected part, at the recap
    assert extract("mon mari c'est 650 pas 600, donc 1650 à nous deux", requested="correction",
                   known=known).facts["revenus_activite"] == 1650.0
    # an hourly rate with the hours of a week
    assert extract("10 net de l'heure, 15h par semaine", requested="revenus_activite",
                   known={"activite": "salarie"}).facts["revenus_activite"] == 650.0
    # a training of France Travail; the job trained for is no job yet
    assert extract("en formation France Travail pour devenir aide-soignante", requested="activite").facts["activite"] == \
        "demandeur_emploi"
    # an inherited home is owned
    assert extract("la maison de ma grand-mère, j'en ai hérité", requested="logement").facts["logement"] == "proprietaire"


@pytest.mark.parametrize("text,proche,expected", [
    ("c'est pour ma maman, elle vit seule à Tulle", True, False),
    ("c'est pour ma mère, mon frère vit à Lyon", True, True),
    ("mon fils vit à Lyon", False, True),
])
def test_the_place_of_the_relative_written_for_is_theirs(text, proche, expected):
    from actions.extraction import lieu_d_autrui
    assert lieu_d_autrui(text, proche) is expected


def test_a_contract_of_hours_an_amount_taken_back_a_trade_retired_from():
    facts = extract("ma femme touche le chômage 900 € et moi j'ai un contrat 24h à 750 €").facts
    assert facts["chomage"] == 900 and facts["revenus_activite"] == 750 and facts["activite"] == "salarie"
    assert extract("le loyer c'est 480, enfin 495 avec les charges").facts["loyer"] == 495
    assert extract("j'ai 40 ans, enfin 3 enfants").facts["age"] == 40
    assert extract("je suis ouvrier retraité, 66 ans").facts["activite"] == "retraite"
    assert extract("je suis viticulteur retraité").facts["activite"] == "retraite"


@pytest.mark.parametrize("text, expected", [
    ("on est arrivés à Lyon, on n'a pas de logement", "logement"),
    ("les murs sont pleins de moisissures et le bailleur fait rien", "logement"),
    ("je voudrais de l'aide pour la garde des enfants après la séparation", "famille"),
    ("nous voulons entrer en maison de retraite", "autonomie"),
    ("mon père n'arrive plus à s'occuper d'elle", "autonomie"),
    ("j'ai un redressement fiscal à payer", "dettes"),
    ("on mange une fois par jour", "alimentation"),
])
def test_needs_said_without_a_request_word(text, expected):
    assert expected in extract(text).besoins


def test_a_childminders_job_is_no_need_of_the_family():
    assert "famille" not in extract("je garde des enfants chez moi, assistante maternelle, 900 €").besoins


def test_a_profit_over_the_whole_year_and_a_debt_to_the_urssaf():
    assert extract("on a dégagé 12 000 € de bénéfice sur toute l'année à nous deux").facts["revenus_activite"] == 1000
    # a debt to the social contributions' office is no rent arrears, and stays a need of its own beside them
    assert "dette_loyer" not in extract("loyer en retard, et je dois 1500 à l'urssaf", requested="besoins").facts
    assert besoins_de_la_reponse("le loyer en retard et les dettes, je dois 1500 à l'urssaf") == ["impayes_loyer", "dettes"]


def test_a_job_held_is_no_need_of_work():
    assert besoins_de_la_reponse("j'ai un petit boulot le samedi") == []
    assert besoins_de_la_reponse("j'ai un petit boulot mais je cherche un vrai travail") == ["emploi"]


def test_the_second_persons_amount_and_a_town_named_after_a_trade():
    # the second amount of the kind just said, for the other person of the couple
    assert extract("au chômage tous les deux (ARE 1200 et 800)").facts["chomage"] == 2000
    assert extract("on est retraités, 1300 € pour moi et 500 € pour mon mari").facts["retraite"] == 1800
    assert extract("je touche 1100 de chômage et 300 de loyer").facts == {"chomage": 1100, "loyer": 300,
                                                                         "prestations_percues": ["chomage"]}
    # « à Mâcon » is a town, no mason: the amount after « locataires » is the rent
    facts = extract("locataires à Mâcon 590 €").facts
    assert facts.get("loyer") == 590 and "activite" not in facts


def test_hours_by_the_month_a_trainees_pay_a_pension_told_with_the_status():
    assert extract("je fais 90 h par mois à 11 € net de l'heure").facts["revenus_activite"] == 990
    assert extract("en formation rémunérée par la région, 650 € par mois").facts["autres_ressources"] == 650
    assert extract("retraité de la SNCF, 1800 € par mois", requested="activite").facts["retraite"] == 1800
    assert extract("2, de 4 et 8 ans", requested="enfants").facts["enfants"] == [4, 8]


def test_benefits_never_had_or_paid_to_the_other_and_a_recognition_expired():
    assert extract("le RSA c'est tout, la prime d'activité on me l'a jamais proposée",
                   requested="prestations_percues").facts["prestations_percues"] == ["rsa"]
    assert extract("moi je touche rien, les allocs allaient sur son compte à lui",
                   requested="prestations_percues").facts["prestations_percues"] == []
    assert extract("en fait ma RQTH a expiré en mars, je dois la refaire", requested="correction").facts["rqth"] is False


def test_an_employer_named_a_year_and_a_half_debts_beside_the_rent():
    facts = extract("380 du macdo et la bourse", requested="ressources",
                    known={"activite": "etudiant", "en_couple": False}).facts
    assert facts.get("revenus_activite") == 380
    assert extract("un an et demi et 4 ans", requested="enfants", known={"nb_enfants": 2}).facts["enfants"] == [1, 4]
    assert besoins_de_la_reponse("2 mois de loyer en retard et l'urssaf qui me relance") == ["impayes_loyer", "dettes"]
    assert besoins_de_la_reponse("le loyer en retard et les dettes") == ["impayes_loyer", "dettes"]
    assert besoins_de_la_reponse("son père est reparti, il donne rien") == ["famille"]


def test_an_amounts_own_complement_and_the_kind_in_brackets():
    assert extract("1800 € de remboursements pour 1600 € de salaire").facts.get("revenus_activite") == 1600
    facts = extract("on vit avec 2100 € à nous deux (salaires), locataires 600 € et on a 3 mois d'impayés").facts
    assert facts["revenus_activite"] == 2100 and facts["dette_loyer"] == 1800
    assert extract("il est plombier à son compte, il se verse 1400").facts["revenus_activite"] == 1400
    facts = extract("je suis apprenti, je touche 900 la redevance c 380").facts
    assert facts["revenus_activite"] == 900 and facts["loyer"] == 380
    assert extract("je gagne 21000 par an, mon mari 15000").facts["revenus_activite"] == 3000
    assert extract("en moyenne 1400 par mois sur l'année", requested="revenus_activite").facts["revenus_activite"] == 1400


def test_anothers_status_ones_own_child_kept_a_seasonal_job():
    assert extract("je suis au chômage, je vis avec ma copine étudiante").facts["activite"] == "demandeur_emploi"
    assert extract("mon mari est en cdi, moi je garde le petit").facts["activite"] == "sans_activite"
    assert extract("je suis saisonnière dans les stations").facts["activite"] == "salarie"


def test_needs_of_dev17_kinds_and_a_permits_year_in_words():
    assert "numerique" in extract("j'ai pas d'ordi pour faire mes démarches").besoins
    assert "emploi" in extract("pas de diplôme, je veux bosser").besoins
    assert besoins_de_la_reponse("je dors dehors depuis lundi") == ["logement"]
    assert extract("un an et demi", requested="titre_sejour_annees").facts["titre_sejour_annees"] == 1
    assert extract("je viens de l'avoir le mois dernier", requested="titre_sejour_annees").facts["titre_sejour_annees"] == 0


def test_nothing_to_the_activity_question_is_no_activity():
    assert extract("plus rien", requested="activite").facts["activite"] == "sans_activite"
    assert "activite" not in extract("plus rien", requested="epargne").facts


def test_at_home_with_a_partner_named_is_without_activity():
    # « je suis au foyer » alone may be a shelter; with a partner named, staying at home
    assert extract("je vis avec mon mari, je suis au foyer").facts["activite"] == "sans_activite"
    assert "activite" not in extract("je suis au foyer").facts
