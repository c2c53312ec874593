"""actions/dispositifs.py: the need a scheme asked about adds to the conversation."""
from __future__ import annotations

from actions.dispositifs import besoin_du_dispositif
from knowledge.schemes.loader import load_catalogue


def test_a_scheme_asked_about_never_says_the_person_is_in_danger():
    catalogue = load_catalogue()
    # the child support's allowance is second in the violence need's list, third in the family's: a question about it
    # is the family's need, not a danger (it brought the emergency lines and the emergency shelter to a single mother)
    assert besoin_du_dispositif(catalogue["asf"]) == "famille"
    assert all(besoin_du_dispositif(scheme) not in ("violence", "catastrophe") for scheme in catalogue.values())
    # (nor a disaster: the emergency shelter asked about is a need of housing)
    assert besoin_du_dispositif(catalogue["hebergement_urgence"]) == "logement"
