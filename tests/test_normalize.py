from knowledge.territory.normalize import compact, normalise


def test_accents_case_hyphens_and_apostrophes():
    assert normalise("L'Haÿ-les-Roses") == "l hay les roses"
    assert normalise("  SAINT-ÉTIENNE ") == "saint etienne"
    assert normalise("Œuilly") == "oeuilly"


def test_saint_abbreviations_expanded():
    assert normalise("St-Denis") == normalise("Saint Denis") == "saint denis"
    assert normalise("Ste Foy lès Lyon") == "sainte foy les lyon"


def test_digits_split_from_letters():
    assert normalise("Lyon8ème") == "lyon 8 eme"
    assert normalise("Paris15e") == "paris 15 e"


def test_compact_ignores_spaces():
    assert compact(normalise("Saint-Étienne")) == compact(normalise("saintetienne")) == "saintetienne"


def test_empty_and_symbols():
    assert normalise("") == ""
    assert normalise("😀 !!! ???") == ""
