"""Commune resolution on the real territory base, every accepted form."""
import pytest

from knowledge.territory import commune_by_code, find_commune_in_text, resolve_commune


def codes(query: str) -> list[str]:
    return [c.code for c in resolve_commune(query).candidates]


def test_insee_code():
    r = resolve_commune("69266")
    assert r.status == "found"
    assert r.best.nom == "Villeurbanne" and r.best.match == "code_insee"
    assert codes("2A004") == ["2A004"] and codes("2a004") == ["2A004"]


def test_postal_code_single_commune():
    r = resolve_commune("69100")
    assert r.best.code == "69266" and r.best.match == "code_postal"


def test_string_that_is_both_postal_and_insee_code_offers_both():
    # 69100 is Villeurbanne's postal code and Irigny's INSEE code.
    r = resolve_commune("69100")
    assert r.status == "ambiguous"
    assert [c.code for c in r.candidates] == ["69266", "69100"]


def test_postal_code_covering_several_communes():
    r = resolve_commune("01400")
    assert r.status == "ambiguous"
    assert len(r.candidates) > 1
    assert all("01400" in c.codes_postaux for c in r.candidates if c.match == "code_postal")


@pytest.mark.parametrize("query", ["Villeurbanne", "villeurbanne", "VILLEURBANNE", " villeurbanne  "])
def test_name_any_case(query):
    assert codes(query) == ["69266"]


@pytest.mark.parametrize("query,code", [
    ("saint etienne", "42218"),
    ("St-Etienne", "42218"),
    ("st etienne", "42218"),
    ("saintetienne", "42218"),
    ("Saint-Étienne-du-Rouvray", "76575"),
    ("st etienne du rouvray", "76575"),
    ("chalon sur saone", "71076"),
    ("l abergement clemenciat", "01001"),
    ("labergement-clemenciat", "01001"),
    ("ile de sein", "29083"),
    ("nimes", "30189"),
])
def test_name_without_accents_hyphens_or_with_abbreviations(query, code):
    assert codes(query)[0] == code


def test_ambiguous_name_returns_every_candidate_with_departement():
    r = resolve_commune("Saint-Denis")
    assert r.status == "ambiguous"
    deps = {c.departement for c in r.candidates}
    assert {"93", "974"} <= deps
    assert all(c.departement_nom and c.label.startswith("Saint-Denis (") for c in r.candidates)
    # Biggest first: people mostly mean the big towns.
    pops = [c.population or 0 for c in r.candidates]
    assert pops == sorted(pops, reverse=True)


@pytest.mark.parametrize("query,code", [
    ("Saint-Denis 93", "93066"),
    ("st denis (93)", "93066"),
    ("Saint-Denis 974", "97411"),
    ("saint denis la reunion", "97411"),
    ("Saint-Denis Seine-Saint-Denis", "93066"),
    ("toulouse 31", "31555"),
    ("Bordeaux (33)", "33063"),
])
def test_name_with_departement(query, code):
    assert codes(query) == [code]


@pytest.mark.parametrize("query,code", [
    ("Marseille 13003", "13203"),
    ("13003 Marseille", "13203"),
    ("Villeurbanne 69100", "69266"),
])
def test_name_with_postal_code(query, code):
    assert codes(query) == [code]


@pytest.mark.parametrize("query,code", [
    ("Lyon 8e", "69388"),
    ("lyon 8eme", "69388"),
    ("Lyon 8ème arrondissement", "69388"),
    ("Paris 15", "75115"),
    ("paris 15e", "75115"),
    ("Paris XV", "75115"),
    ("75015", "75115"),
    ("Marseille 1er", "13201"),
    ("Paris 16", "75116"),
])
def test_arrondissements(query, code):
    r = resolve_commune(query)
    assert [c.code for c in r.candidates] == [code]
    assert r.best.type == "arrondissement"
    assert r.best.commune_parent in {"75056", "69123", "13055"}


def test_postal_code_of_an_arrondissement_comes_before_an_equal_insee_code():
    # 69008 is the postal code of Lyon 8e and the INSEE code of Ancy.
    assert codes("69008") == ["69388", "69008"]


def test_paris_16_has_two_postal_codes():
    assert codes("75116") == ["75116"]


def test_whole_city_is_found_by_name():
    assert codes("Paris") == ["75056"]
    assert codes("Lyon") == ["69123"]
    assert codes("marseille") == ["13055"]


@pytest.mark.parametrize("query,code", [
    ("villeurbane", "69266"),
    ("marseile", "13055"),
    ("strasbour", "67482"),
    ("St Etiene", "42218"),
    ("vaulx en velain", "69256"),
])
def test_small_typos(query, code):
    r = resolve_commune(query)
    assert r.best.code == code
    assert r.best.match == "approx"


def test_typo_close_to_two_names_is_ambiguous():
    r = resolve_commune("montpelier")
    assert r.status == "ambiguous"
    assert r.best.code == "34172"


def test_former_commune_leads_to_the_commune_it_joined():
    r = resolve_commune("Annecy-le-Vieux")
    assert r.best.code == "74010" and r.best.match == "ancienne_commune" and r.best.via == "Annecy-le-Vieux"


def test_small_exact_name_also_offers_big_prefix_matches():
    r = resolve_commune("Aix")
    assert r.status == "ambiguous"
    assert r.candidates[0].code == "19002"  # Aix, Corrèze: the exact name first
    assert "13001" in [c.code for c in r.candidates]  # Aix-en-Provence


@pytest.mark.parametrize("query", ["", "   ", "xyzzy", "😀", "12", "qsdfghjklm", "99999", "a" * 10_000,
                                   "<script>alert(1)</script>", "New York", "\x00\x01"])
def test_unknown_input_returns_nothing_without_exception(query):
    r = resolve_commune(query)
    assert r.status == "unknown" and r.candidates == []


def test_none_is_unknown():
    assert resolve_commune(None).status == "unknown"  # type: ignore[arg-type]


def test_candidate_json_fields():
    data = resolve_commune("Villeurbanne").best.to_dict()
    for key in ("code", "nom", "departement", "codes_postaux", "population", "label"):
        assert key in data
    assert data["codes_postaux"] == ["69100"]
    assert data["population"] > 100_000


def test_commune_by_code():
    assert commune_by_code("75056").nom == "Paris"
    assert commune_by_code("00000") is None
    assert commune_by_code("") is None


@pytest.mark.parametrize("text,code", [
    ("j'habite a villeurbanne", "69266"),
    ("je cherche de l'aide à Villeurbanne", "69266"),
    ("je cherche de l aide a villeurbane", "69266"),
    ("jsuis a st denis 93", "93066"),
    ("je vis à Lyon 8e", "69388"),
    ("mon code postal c'est 69100", "69266"),
])
def test_commune_inside_a_sentence(text, code):
    r = find_commune_in_text(text)
    assert r.best is not None and r.best.code == code


@pytest.mark.parametrize("text", ["je cherche de l'aide", "bonjour", "où est le CCAS ?", "non merci au revoir", "",
                                  "je cherche les services sociaux",
                                  "le centre communal d'action sociale c'est où ?"])
def test_sentence_without_commune(text):
    assert find_commune_in_text(text).candidates == []


@pytest.mark.parametrize("query,code", [
    ("Bonifacio 2A", "2A041"),
    ("bastia (2b)", "2B033"),
    ("pon-de-l'isère", "26250"),  # a typo, and a name that ends with a département's name
    ("monteereau-fault-yonne", "77305"),
])
def test_corsica_and_names_ending_with_a_departement(query, code):
    assert resolve_commune(query).best.code == code


def test_insee_code_kept_among_many_postal_matches():
    # 62240 is Corbehem's INSEE code and the postal code of many other communes.
    r = resolve_commune("62240")
    assert "62240" in [c.code for c in r.candidates]
    assert len(r.candidates) <= 10


def test_marseille_13_is_the_13th_arrondissement():
    assert resolve_commune("Marseille 13").best.code == "13213"


@pytest.mark.parametrize("text", ["45000 euros de côté", "j'ai 45000 de côté", "environ 45000",
                                  "on a 20000 sur un livret", "je gagne 30000 par an",
                                  # the savings asked: « dans les », « livret avec », « à peu près »
                                  "elle a un livret avec dans les 15000", "à peu près 15000 sur son compte",
                                  "il reste 12000 sur le livret A"])
def test_an_amount_of_five_digits_is_not_a_postal_code(text):
    assert find_commune_in_text(text).candidates == []


@pytest.mark.parametrize("text", ["non, ma femme est au pays", "ils sont restés au bled", "elle vit à l'étranger"])
def test_the_home_country_is_no_commune(text):
    assert find_commune_in_text(text).candidates == []


@pytest.mark.parametrize("text, code", [("45000", "45234"), ("mon code postal est 45000", "45234"),
                                        ("je vis a 69100", "69266"), ("j'habite au 75011", "75111")])
def test_a_postal_code_is_still_one(text, code):
    assert [c.code for c in find_commune_in_text(text).candidates] == [code]


@pytest.mark.parametrize("text, code", [
    ("je vis chez ma mère dans le 13e à Marseille", "13213"),
    ("dans le 7e à lyon", "69387"),
    ("le 15ème arrondissement de Paris", "75115"),
    ("j'ai 2 enfants de 13 ans à Marseille", "13055"),
])
def test_an_arrondissement_said_before_its_city(text, code):
    assert find_commune_in_text(text).best.code == code


@pytest.mark.parametrize("text, code", [
    # where a person without a home is, said by a place of the town or the street
    ("on est dans la rue a Guingamp, jsais pas ou dormir", "22070"),
    ("je dors sur le parking du Carrefour de Landivisiau", "29105"),
    ("je sors de la maison d'arrêt de Rennes demain", "35238"),
    ("jsuis a l'internat de Pontivy", "56178"),
])
def test_a_place_of_the_town_or_the_street_names_where_the_person_is(text, code):
    assert find_commune_in_text(text).best.code == code


def test_a_paris_station_named_after_a_town_is_not_that_town():
    assert find_commune_in_text("je dors gare de Lyon depuis 3 jours").candidates == []


def test_a_name_typed_without_its_article_finds_the_commune_that_has_one():
    # « Tampon », « Moule », « Havre »: Le Tampon, Le Moule, Le Havre (Moule was Moulle, Tampon nothing)
    for typed, name in (("Tampon", "Le Tampon"), ("moule", "Le Moule"), ("havre", "Le Havre")):
        resolution = resolve_commune(typed)
        assert resolution.status == "found" and resolution.candidates[0].nom == name
    # beside a commune named without one, both are offered (Lamentin, Guadeloupe; Le Lamentin, Martinique)
    assert {(c.nom, c.departement) for c in resolve_commune("Lamentin").candidates} >= {
        ("Lamentin", "971"), ("Le Lamentin", "972")}


def test_a_first_name_is_no_commune_once_its_article_is_put_back_unless_a_place_word_says_so():
    assert find_commune_in_text("mon mari s'appelle robert").status == "unknown"
    assert find_commune_in_text("on habite au robert depuis 10 ans").candidates[0].nom == "Le Robert"


def test_a_name_glued_to_the_place_word_after_it_is_no_other_commune():
    # « au port a la reunion » was Porta (Pyrénées-Orientales): « port a » glued
    assert {c.nom for c in find_commune_in_text("jsuis au port a la reunion").candidates} == {"Le Port"}


def test_where_one_studies_is_where_one_lives_as_people_write_it():
    # « étudiant à Rennes »: the writers of three development sets meant their home (a course word kept out of
    # the reading, tried on 2026-12-04, lost more communes than it found)
    assert find_commune_in_text("je suis étudiant à Rennes, ma chambre coûte 380").candidates[0].nom == "Rennes"


def test_a_commune_whose_name_begins_with_a_departement_s_name_is_found_in_a_sentence():
    # « Saint-Martin » is also the name of the collectivity (978): « saint martin d heres » was blocked
    assert find_commune_in_text("ma chambre crous est à st martin d'hères, 300 par mois").candidates[0].nom == \
        "Saint-Martin-d'Hères"


def test_an_institution_s_acronym_after_a_place_word_is_no_commune():
    # « il était à l'IME jusqu'à 20 ans » was Limé (Aisne) once articles could be put back
    assert find_commune_in_text("il ne travaille pas, il était à l'IME jusqu'à 20 ans").status == "unknown"


def test_the_landlord_and_the_bailiff_are_no_communes():
    # « au bailleur » at a sentence's end was read, approximately, as Bailleul (three communes offered as buttons)
    assert find_commune_in_text("je dois 3200 de loyer au bailleur").status == "unknown"
    assert find_commune_in_text("j'ai écrit au proprio et à l'huissier").status == "unknown"
    assert find_commune_in_text("j'habite à Bailleul").status in ("found", "ambiguous")


def test_a_rent_said_before_the_commune_says_it_is_the_home():
    # « loyer 350 € à Lunéville, je n'ai que l'ASPA pour vivre »: « à » after the rent, an amount between (faits_dev10)
    assert find_commune_in_text("je dois 4000 au bailleur, loyer 350 € à Lunéville, je n'ai que l'ASPA pour vivre"
                                ).candidates[0].nom == "Lunéville"


def test_a_commune_named_alone_between_commas():
    assert find_commune_in_text("le frigo est vide, seule avec mes 2 enfants, Chauny, j'attends la CAF").candidates[0].nom == \
        "Chauny"
    # a first name or a village's name alone is not taken
    assert find_commune_in_text("Bonjour, Marie, 25 ans, je cherche un logement").status == "unknown"


def test_the_departement_s_number_after_a_name_makes_the_place_word_enough():
    found = find_commune_in_text("nous sommes éleveurs de vaches à Mauriac (15), à la MSA").candidates
    assert [(c.nom, c.departement) for c in found] == [("Mauriac", "15")]


def test_a_village_s_name_that_begins_a_big_town_s_offers_the_town_too():
    noms = {c.nom for c in find_commune_in_text("je vis seul à Charleville, loyer 350").candidates}
    assert noms == {"Charleville", "Charleville-Mézières"}


def test_a_disaster_s_words_are_no_communes():
    # « notre maison a brûlé » was Bruley (Meurthe-et-Moselle), read after « a » with a typo allowed
    assert find_commune_in_text("notre maison a brûlé cette nuit").status == "unknown"


def test_a_home_word_and_what_it_is_before_the_commune():
    # « logement social à Sedan » (faits_dev11): an adjective between the home word and « à »
    assert find_commune_in_text("je suis seul, logement social à Sedan, 350 € de loyer").candidates[0].nom == "Sedan"
    assert find_commune_in_text("un studio meublé à Millau").candidates[0].nom == "Millau"


def test_the_words_before_a_departement_s_name():
    # « riom es montagne dans le cantal » (conversations_dev19): the name typed a little wrong, the département after
    assert [c.nom for c in resolve_commune("riom es montagne dans le cantal").candidates] == ["Riom-ès-Montagnes"]
    assert [c.nom for c in resolve_commune("tulle en correze").candidates] == ["Tulle"]


def test_the_verb_avoir_after_a_pronoun_is_no_place_word():
    # « l'ASE m'a lâchée » was La Chèze (approximately, after « a »); « il a brûlé » is no commune either
    assert find_commune_in_text("à 18 ans l'ASE m'a lâchée").status == "unknown"
    assert find_commune_in_text("le feu a pris et tout a brûlé").status == "unknown"
    assert find_commune_in_text("il vit à Lyon").candidates[0].nom == "Lyon"
    # « chez elle à … » is a home, no verb
    assert find_commune_in_text("ma mère est veuve, elle vit seule chez elle à Riom").candidates[0].nom == "Riom"


def test_a_small_town_typed_as_a_proper_noun_after_a():
    # « seul à Mende » (12,000 inhabitants): the capital says a proper noun; lower case, the same words stay unread
    assert find_commune_in_text("retraité, 78 ans, seul à Mende").candidates[0].nom == "Mende"
    assert find_commune_in_text("inondée la semaine dernière à Limoux, je suis propriétaire").candidates[0].nom == "Limoux"
    assert find_commune_in_text("j'ai parlé à Marie hier").status == "unknown"
    assert find_commune_in_text("BONJOUR JE PARLE A MARIE").status == "unknown"


def test_a_trip_is_not_where_one_lives():
    assert find_commune_in_text("je suis allée à Lourdes en pèlerinage l'an dernier").status == "unknown"


def test_a_persons_five_digit_amount_is_no_postal_code():
    # « mon conjoint 18000 » is his pay by the year, not Bourges (18000); the town said with « à » is the one
    resolution = find_commune_in_text("je gagne 21000 par an, mon mari 19000, on est à Annecy")
    assert resolution.status == "found" and resolution.candidates[0].nom == "Annecy"


def test_a_home_of_the_past_is_not_where_one_lives():
    assert find_commune_in_text("j'avais l'APL avant à Lille, ça a coupé").status == "unknown"
    assert find_commune_in_text("je vivais à Nancy avant").status == "unknown"
    assert find_commune_in_text("je dors dehors depuis avant-hier à Toulouse").candidates[0].nom == "Toulouse"


def test_a_big_town_named_by_the_start_of_its_compound_name():
    """« seul avec mes gosses à Hénin », « …, Saint-Dié »: people shorten the name; no commune bears those words alone."""
    assert find_commune_in_text("on habite à Hénin depuis 10 ans, je suis au RSA").candidates[0].nom == "Hénin-Beaumont"
    assert find_commune_in_text("35 ans, sans emploi, Saint-Dié").candidates[0].nom == "Saint-Dié-des-Vosges"
    # (never a word many names begin with)
    assert find_commune_in_text("je vais à Saint ce soir").status != "found"


def test_a_name_alone_between_commas_with_amounts_and_homonyms():
    """« Célibataire, 29 ans, La Rochelle, loyer 620 » (a village of 40 inhabitants bears the name too; the amounts
    taken out had lowered the message to words without its commas)."""
    r = find_commune_in_text("je touche 12000€ par an, célibataire, La Rochelle, loyer 620")
    assert r.status == "found" and r.candidates[0].departement == "17"


def test_a_postal_code_of_several_communes_beside_the_name_of_one():
    r = find_commune_in_text("jhabite a rodez, 12000, seule avec ma fille")
    assert r.status == "found" and r.candidates[0].nom == "Rodez"


def test_we_are_from_a_town():
    assert find_commune_in_text("On est de Mazamet, deux enfants, on voudrait des aides").candidates[0].nom == "Mazamet"
    assert find_commune_in_text("je suis de passage à la CAF ce matin").status == "unknown"


def test_a_place_of_study_beside_the_home_said_after_it():
    assert find_commune_in_text("étudiante à Lyon 3 et j'habite à Bron").candidates[0].nom == "Bron"
    assert find_commune_in_text("je suis étudiant à Nantes").candidates[0].nom == "Nantes"
    # a sum said as a total is no postal code
    assert find_commune_in_text("deux crédits et un découvert, au total 21000").status == "unknown"


def test_whom_one_lives_with_between_the_verb_and_the_town():
    assert find_commune_in_text("je vis avec ma mère à Trappes on a plus rien").candidates[0].nom == "Trappes"
    assert find_commune_in_text("je suis au FJT de Nancy, 450 € de redevance").candidates[0].nom == "Nancy"


def test_an_everyday_plural_after_aux_is_no_commune_approached():
    from knowledge.territory.resolver import find_commune_in_text
    # « je comprends rien aux papiers » was Pamiers (Ariège), approached
    assert find_commune_in_text("je comprends rien aux papiers").status == "unknown"
    assert [c.nom for c in find_commune_in_text("je vis aux abymes").candidates] == ["Les Abymes"]


def test_a_move_done_is_the_home_and_instead_is_no_commune():
    from actions.territoire import lire_commune
    status, found = lire_commune("j'ai emménagé à Périgueux le mois dernier")
    assert status == "found" and found[0].nom == "Périgueux"
    status, found = lire_commune("Sarlat, enfin non, j'ai déménagé à Périgueux", "commune")
    assert status == "found" and found[0].nom == "Périgueux"
    assert lire_commune("je déménage à Périgueux le mois prochain")[0] == "unknown"
    assert lire_commune("la CAF me paie l'ASF à la place")[0] == "unknown"


def test_a_shelter_says_where_one_lives():
    from actions.territoire import lire_commune
    status, found = lire_commune("je dors dans un centre d'hébergement à Nancy depuis un mois")
    assert status == "found" and found[0].nom == "Nancy"


@pytest.mark.parametrize("texte", [
    "je suis au bord de la route, il m'a laissée là",           # was Bord-Saint-Georges
    "il s'est coupé en fendant le bois derrière la maison",     # was Bois-Colombes
    "je suis entre deux appartements en ce moment",             # was Entre-Deux (La Réunion)
    "je suis locataire du parc social, loyer 420",             # (« du » before a common noun)
    "mes parents mont mise dehors hier soir",                  # « m'ont » typed « mont », no village Mont
])
def test_everyday_phrases_are_no_commune(texte):
    from actions.territoire import lire_commune
    assert lire_commune(texte)[0] == "unknown"


@pytest.mark.parametrize("texte, nom", [
    ("I came to Lyon 3 days ago and I sleep outside", "Lyon"),              # was Lyon 3e
    ("je loge à Saint-Ouen depuis un an", "Saint-Ouen-sur-Seine"),          # the big town shortened, not two villages
])
def test_a_name_in_a_sentence_whatever_comes_beside_it(texte, nom):
    from actions.territoire import lire_commune
    status, found = lire_commune(texte)
    assert status == "found" and found[0].nom == nom, (status, [c.nom for c in found])


def test_a_job_said_before_the_place_keeps_the_places_capital():
    # « je suis infirmière libérale à Mende »: the job taken out lowered the text, and Mende, a small town after « à »
    # with no capital left, was no longer read
    from actions.territoire import lire_commune
    status, found = lire_commune("Je suis aide-soignante de nuit à Mende, une patiente m'inquiète")
    assert status == "found" and found[0].nom == "Mende"
    assert lire_commune("je suis maçon à mon compte à Annecy")[1][0].nom == "Annecy"


@pytest.mark.parametrize("texte, nom", [
    ("on est à Créteil, les enfants n'ont mangé ni ce midi ni ce soir", "Créteil"),   # « ni ce » was Nice
    ("je vis à Rennes, j'ai dit au revoir à tout le monde hier", "Rennes"),           # « tout le monde » was Toutlemonde
])
def test_words_of_a_sentence_glued_are_no_name(texte, nom):
    from actions.territoire import lire_commune
    status, found = lire_commune(texte)
    assert status == "found" and found[0].nom == nom, (status, [c.nom for c in found])


def test_the_creoles_place_words():
    # « mwen ka rété Les Abymes » (I live at), « o Lamentin » (au): no commune was read
    from actions.territoire import lire_commune
    assert [c.nom for c in lire_commune("mwen pa ni lajan, mwen ka rété Les Abymes")[1]] == ["Les Abymes"]
    assert "Le Lamentin" in [c.nom for c in lire_commune("an ka dòmi an lari o Lamentin")[1]]
    assert lire_commune("jdor o jardin des plantes")[0] == "unknown"


def test_a_company_one_owes_named_like_a_town_is_no_home():
    # « je dois 300 € à Orange… j'habite à Metz »: a town's name written with its capital after « à » is taken as the
    # place, but not the company one owes money to (a held-out conversation's commune was lost to it, 2026-12-07)
    from actions.territoire import lire_commune
    status, found = lire_commune("j'ai une dette de 250 à Orange et des crédits, je vis à Metz")
    assert status == "found" and found[0].nom == "Metz", [c.nom for c in found]


def test_the_university_one_attends_is_in_the_town_one_lives_in():
    # « je suis en fac à Rennes », « à la fac de Pau »: the writers take the town of the studies as the home (the word
    # « fac » had made any town after it a place elsewhere); a home said after it still wins
    from actions.territoire import lire_commune
    assert [c.nom for c in lire_commune("Salut, je suis en fac a Rennes, 19 ans")[1]][:1] == ["Rennes"]
    assert [c.nom for c in lire_commune("étudiante en licence à la fac de Pau", "activite")[1]][:1] == ["Pau"]
    assert [c.nom for c in lire_commune("en fac à Poitiers mais j'habite à Niort chez mes parents")[1]][:1] == ["Niort"]
    assert lire_commune("je suis en licence à la fac de droit")[0] == "unknown"


def test_an_overseas_commune_with_its_region_right_after_its_name():
    # « jsui a st denis la reunion »: the region after the name with its article only
    from actions.territoire import _commune_precisee
    found = _commune_precisee("bjr jsui a st denis la reunion, jai un bb de 11 mois")
    assert found is not None and found[0] == "found" and found[1][0].departement == "974"


def test_a_park_a_square_and_a_former_village_are_not_read_as_another_town():
    # « sur le parvis » was Paris (a typo of it), « au parc » Le Parc (Manche): a person outside names where they sleep
    from actions.territoire import lire_commune
    assert lire_commune("je suis sur le parvis de l'église avec mon sac")[0] == "unknown"
    assert lire_commune("je dors sur un banc au parc depuis hier")[0] == "unknown"
    assert [c.nom for c in lire_commune("je dors au parc à Nantes")[1]][:1] == ["Nantes"]
    # « Villefranche », a village merged into Charny Orée de Puisaye, hid Villefranche-sur-Saône
    assert "Villefranche-sur-Saône" in [c.nom for c in lire_commune("je suis hébergé chez un ami à Villefranche")[1]]
