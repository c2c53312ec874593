"""Links into the official directory's web site for a kind of office and a commune.

When the base knows no office of a kind for a commune, the generic contact points to the page of
the official directory (Annuaire de l'administration, service-public, DILA) that lists that kind
of office near that commune, and says in words what to type there, instead of the site's home page.

URL pattern: ``https://lannuaire.service-public.gouv.fr/recherche?whoWhat=<what>&where=<where>``.
Where it was found (public code that links to the site this way; read 2026-11-30):

- ``recherche?where=<postal code>&whoWhat=Mairie`` and ``recherche?whoWhat=&where=<postal code>``:
  several public repositories linking an organisation to its mairie;
- ``recherche?whoWhat=Mairie&where=<commune name>`` and ``recherche?whoWhat=Greffe+des+associations``
  on the ``service-public.gouv.fr`` host (code written in 2025-2026, after service-public.fr moved to
  service-public.gouv.fr; the API catalogue is on ``api-lannuaire.service-public.gouv.fr`` too);
- ``recherche?whoWhat=Mairie&where=Val+D%27oise+95``: a place name followed by a number.

Also seen, and not used: ``/navigation/<type>`` (every office of a type in France, e.g.
``/navigation/maison_handicapees``, ``/navigation/ccas``), ``/navigation/<région>/<département>/<type>``
(needs the site's own slugs for régions and départements, which we could not confirm for every
one), and ``/navigation/mairie?where=<commune>`` (seen once only). The search page is the pattern
seen most often; what the site does with ``where`` (a name, a postal code, both) is its own search,
which we could not try from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

SITE = "https://lannuaire.service-public.gouv.fr/"

# What to search for, per contact kind: the words a person would type, as the directory names them.
WHAT = {
    "ccas": "CCAS",
    "mairie": "Mairie",
    "caf": "CAF",
    "msa": "MSA",
    "cpam": "CPAM",
    "mdph": "MDPH",
    "departement": "Conseil départemental",
    "mission_locale": "Mission locale",
    "france_travail": "France Travail",
    "carsat": "Carsat",
    "france_services": "France services",
    "banque_de_france": "Banque de France",
    "point_justice": "Point-Justice",
    "adil": "ADIL",
    "clic": "CLIC",
    "pmi": "PMI",
}


@dataclass(frozen=True)
class DeepLink:
    url: str
    what: str
    where: str

    @property
    def words(self) -> str:
        """How to find it, in French, for a person who cannot click (SMS, phone reading)."""
        return (f"Sur l'annuaire officiel de l'administration (lannuaire.service-public.gouv.fr), cherchez "
                f"« {self.what} » et « {self.where} » : la fiche donne l'adresse, le téléphone et les horaires.")


def where_of(nom: str, codes_postaux: list[str] | None, departement: str) -> str:
    """The place to search: the commune and its postal code, or its département when it has several."""
    codes = list(dict.fromkeys(codes_postaux or []))
    return f"{nom} {codes[0]}" if len(codes) == 1 else f"{nom} {departement}"


def search_url(what: str, where: str) -> str:
    return f"{SITE}recherche?{urlencode({'whoWhat': what, 'where': where}, quote_via=quote)}"


def deep_link(kind: str, nom: str, codes_postaux: list[str] | None, departement: str,
              what: str | None = None) -> DeepLink | None:
    """The directory's search page for `kind` near a commune; None for a kind the directory does not list."""
    what = what or WHAT.get(kind)
    if not what:
        return None
    where = where_of(nom, codes_postaux, departement)
    return DeepLink(url=search_url(what, where), what=what, where=where)
