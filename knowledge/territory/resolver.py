"""Commune resolution: from what a person types to INSEE codes, best first.

Accepted forms: INSEE code (``69266``, ``2A004``), postal code (``69100``; one
postal code may cover several communes), a name typed any way (no accents or
hyphens, any case, ``St``/``Ste``, small typos), a name with a postal code or a
département beside it (``Marseille 13003``, ``Saint-Denis 93``, ``Saint-Denis
La Réunion``), municipal arrondissements (``Lyon 8e``, ``Paris 15``,
``75015``) and former communes merged into a current one. Unknown input gives
an empty result, never an exception.

The index is read once per process from the database and then kept in memory
(read-only, no personal data).
"""
from __future__ import annotations

import bisect
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from sqlalchemy import Engine, select

from knowledge.db import get_engine
from knowledge.territory.models import AncienneCommune, CodePostal, Commune, Departement
from knowledge.territory.normalize import compact, normalise

# (« sans_article »: the exact name once its article is put back, « Tampon » for Le Tampon)
Match = Literal["code_insee", "code_postal", "nom", "ancienne_commune", "prefixe", "approx", "sans_article"]
Status = Literal["found", "ambiguous", "unknown"]

# An INSEE code (or a postal code: both are five characters; the context tells them apart).
CODE_COMMUNE = re.compile(r"^(\d{5}|2[ab]\d{3})$", re.IGNORECASE)
# Five digits said as money in running text (normalised: no accents, apostrophes as spaces).
_AMOUNT_AFTER = re.compile(r"\b\d{5}\b(?= ?(?:euros?|eur\b|e\b|balles|de cote|d epargne|sur (?:mon|un|le|les|mes|nos|notre|ses|son) "
                           r"(?:livrets?|comptes?)|net|brut|par (?:an|mois)|"
                           # a sum owed (« des crédits que j'arrive plus à rembourser, 14000 en tout »)
                           r"en tout|au total|de dettes?|de credits?|de retard|d impayes?|de decouvert|a rembourser|"
                           # a year's takings or income (« 14400 de chiffre cette année »)
                           r"de (?:chiffre|ca|revenus?|benefices?|salaires?|retraite|pension|frais|charges)\b))")
_AMOUNT_BEFORE = re.compile(r"\b(ai|avons|(?:il|elle|on) a|ont|environ|gagne|gagnons|touche|paie|paye|dois|devons|economise|economies|fait|"
                            r"epargne|cote|livret|compte|dans les|a peu pres|pres de|autour de|plus de|moins de|"
                            r"quasiment|presque|genre|max|maximum|minimum|reste|restent|"
                            # a sum said as a total (« 3 crédits et un découvert, au total 21000 »)
                            r"au total|en tout|total|en cumule|"
                            # a sum named by what it is (« on a un livret de 15000 », « un crédit de 12000 »)
                            r"(?:livrets?|livret a|comptes?|epargne|economies|heritage|pret|credits?|dettes?|decouvert|"
                            r"assurance vie|placements?) (?:de|d)|"
                            # a person's money (« je gagne 24000 par an, mon conjoint 18000 »)
                            r"conjoint|conjointe|mari|femme|epoux|epouse|compagnon|compagne|moi|lui) \d{5}\b")
_POSTAL_TOKEN = re.compile(r"^\d{5}$")
_DEP_TOKEN = re.compile(r"^(\d{2,3}|2[ab])$")
_ARRONDISSEMENT = re.compile(
    r"^(paris|lyon|marseille) (\d{1,2}|[ivxl]+)(?: (?:e|eme|em|er|ere|ier|iere|ieme))?(?: arr\w*)?$"
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
MAX_CANDIDATES = 10
# Ordinary French words that are also commune names ("Y", "Eu", "Vie", "Aide"...)
# are not taken as a commune when they stand alone in a sentence.
_STOPWORDS = set("""
a au aux de des du d l la le les un une en et ou je j suis habite habiter vis vit vivre
sur sous pres chez dans ma mon mes me m moi on nous vous il elle y eu vie aide aider
cherche chercher besoin bonjour merci ccas mairie ville commune oui non bien
""".split())
_PLACE_WORDS = {"a", "au", "aux", "habite", "vis", "sur", "vers", "pres", "dans", "commune", "ville", "de"}
# Words that introduce a place in a sentence ("j'habite a", "sur", "vers"), and "de" after these nouns
# ("la mairie de", "pres de").
_CUES = {"a", "au", "aux", "sur", "vers", "jhabite", "jvis", "habite", "habitons", "habitez", "habitent", "vis", "vit", "vivons",
         "vivent", "resident", "reside", "residons", "domicilie", "domiciliee", "sis",
         # the creoles of the Antilles: « mwen ka rété Les Abymes » (I live at)
         "rete"}
# Pronouns before « a » that make it the verb « avoir » (« l'ASE m'a lâchée », « il a brûlé »), never « à ».
_AVOIR_SUJETS = {"m", "t", "l", "il", "elle", "on", "ca", "qui", "y", "s"}  # (not « nous »: « il vit chez nous à Brive »)
# Who acts on a tenant or a worker, with its article, before « a » and a word typed in small letters: the verb « avoir »
# (« le proprio a lancé une procédure » is no Lancé; « chez un propriétaire à Nancy », « je suis propriétaire à
# luneville » are places).
_AVOIR_SUJETS_NOMS = {"proprio", "proprietaire", "bailleur", "huissier", "juge", "patron", "employeur"}
# Words that introduce a place: glued to a name ("a brest"), they are not part of it (Abrest).
_PLACE_WORDS = {"a", "au", "aux", "sur", "vers", "en", "de", "du", "des"}
# A place verb before "a" makes the cue strong ("j'habite a vezelay"); "a" alone is weak ("a charge").
_STRONG = {"rete", "jhabite", "jvis", "jsuis", "chui", "chuis", "habite", "habitons", "habitez", "habitent", "vis", "vit", "vivons", "vivent", "resident", "reside",
           "residons", "domicilie", "domiciliee", "suis", "sommes", "est", "installe", "installee", "installes",
           "arrive", "arrivee", "loge", "logee", "heberge",
           # a move (« j'ai déménagé à Bergerac la semaine dernière »)
           "demenage", "demenagee", "demenages", "demenagees", "emmenage", "emmenagee", "emmenages", "emmenagees", "demenager",
           "emmenager",
           "hebergee", "reste", "restons", "trouve", "situe", "situee", "mairie", "ccas", "commune", "ville",
           "village", "habitant", "habitante", "j", "moi"}
# Housing words: "locataire a Morlaix", "proprietaires a Vesoul" say where one lives, as a place verb does.
_HOME = {"locataire", "locataires", "proprietaire", "proprietaires", "proprio", "proprios", "occupant", "occupante",
         "colocation", "coloc", "location", "hebergee", "heberges", "hebergees", "logee", "loges", "logees",
         # where a person without a home is: « on est dans la rue a Guingamp », « sur le trottoir a Flers »
         "rue", "trottoir", "dehors", "voiture", "tente", "squat",
         # the home itself: « il vit seul dans sa maison a Montsalvy », « un studio a Brest »
         "maison", "appartement", "appart", "studio", "pavillon", "hlm", "logement",
         # a home of social housing or care: « je vis en résidence autonomie à Vesoul », « au FJT à Quimper »
         "residence", "autonomie", "foyer", "fjt", "chrs", "ehpad", "caravane",
         # a shelter (« dans un centre d'hébergement à Nancy », « au CADA de Limoges »)
         "hebergement", "cada", "huda", "cph",
         # a hotel room paid by the 115 (« je vis à l'hôtel à Nancy avec les enfants »)
         "hotel",
         # the rent paid there: « loyer 350 € à Lunéville », « on loue 600 à Nancy »
         "loyer", "loyers", "loue", "louons", "louent"}
# Words that may stand between a place verb and "a" ("je vis seule a", "il vit avec nous a").
_BETWEEN = {"seul", "seule", "seuls", "seules", "encore", "toujours", "maintenant", "actuellement", "avec", "nous",
            "moi", "lui", "elle", "eux", "ensemble", "tous", "toutes", "deux", "2",
            # « je vis en couple à Nancy », « on vit en famille à Lens »
            "en", "couple", "famille", "concubinage",
            # a home and what it is: « logement social à Sedan », « un studio meublé à Albi »
            "social", "sociale", "sociaux", "meuble", "meublee", "prive", "privee", "loue", "louee", "hlm",
            # whom one lives with: « je vis avec ma mère à Trappes », « on habite avec mes parents à Lens »
            "ma", "mon", "mes", "mere", "pere", "maman", "papa", "parents", "soeur", "frere", "copain", "copine", "mari",
            "femme", "conjoint", "conjointe", "compagnon", "compagne", "enfants", "fils", "fille", "filles", "petits",
            # how long: « je vis depuis 10 ans à Tours »
            "depuis", "ans", "an", "mois", "longtemps"}
_CUES_DE = {"commune", "ville", "mairie", "ccas", "secteur", "centre", "quartier", "village"}
# Where a person is, named by a place of the town: « la gare de Vire », « le parking du Leclerc de Landivisiau »,
# « l'internat de Pontivy », « le centre de détention d'Argentan » (a shop's or a building's name may stand between).
_LIEUX_DE = {"gare", "parking", "internat", "foyer", "residence", "cite", "place", "plage", "camping", "port", "prison",
             "detention", "arret", "eglise", "parc", "pont", "viaduc", "halle", "marche", "zone", "hlm", "aire", "fjt", "chrs",
             "cada", "crous", "fac"}
# Paris's stations named after the towns they serve: not those towns (« je dors gare de Lyon »).
GARES_DE_PARIS = frozenset({"lyon", "austerlitz", "bercy"})


def _gare_de_paris(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` names a Paris station after « gare de » (« gare de Lyon »), not a town."""
    return 2 <= i < len(tokens) and tokens[i] in GARES_DE_PARIS and tokens[i - 2] == "gare" and \
        tokens[i - 1] in ("de", "d")
# A commune said as a neighbour ("a cote de Lille", "pres de Rennes", "la banlieue de Lyon") is not where the
# person lives: the CCAS would be another one's.
_NEAR = {"cote", "pres", "proche", "loin", "environs", "alentours", "banlieue", "agglomeration", "agglo", "region",
         "peripherie"}
# A place after these words is not where the person lives: work, birth, a move to come, a trip.
_ETUDES = {"etudiant", "etudiante", "etudiants", "etudiantes", "universite", "lycee", "college", "iut", "bts", "master",
           "licence", "inscrite", "inscrit", "fac"}
# A home said after a place (« … et j'habite à Villeurbanne », « en résid Crous à Villeurbanne »).
_HOME_APRES = re.compile(r"\b(?:habite|habitons|vis|vit|vivons|loge|logee?|dors|resid|residence|crous|studio|chambre|appart|"
                         r"appartement|coloc|colocation|foyer|internat)\b(?: \w+){0,3} a (?!la |le |l |les |un |une |\d|deux\b|trois\b|quatre\b|plusieurs\b|cote\b|pied\b|peu\b|"
                         r"nous\b|moi\b|lui\b|elle\b|eux\b)[a-z]\w+")
_DEMENAGER = {"demenage", "demenager", "emmenage", "emmenager"}
# A coming to a place (« venu », « partie ») and the life made there after it (« vivre », « habiter », « m'installer »).
_VENU = {"venu", "venue", "venus", "venues", "parti", "partie", "partis", "parties", "partir", "arrive", "arrivee"}
_Y_VIVRE = {"vivre", "habiter", "installer", "vis", "vit", "habite", "vivons", "habitons"}


def _demenagement_fait(tokens: list[str], k: int) -> bool:
    """The move at ``k`` is done: « j'ai déménagé », « je viens de déménager »."""
    avant = tokens[k - 1] if k >= 1 else ""
    return avant in ("ai", "a", "avons", "ont", "suis", "sommes", "est") or (
        avant in ("de", "d") and k >= 2 and tokens[k - 2] in ("viens", "vient", "venons", "viennent"))


_AILLEURS = {"travaille", "travaillons", "bosse", "travail", "boulot", "job", "ne", "nee", "originaire", "etudie",
             "demenage", "demenageons", "demenagent", "demenagera", "demenagerons", "emmenage", "emmenager",
             "vacances", "demenager", "demenagerai", "partir", "aller", "vais", "va", "irai", "rdv", "rendez",
             "hopital", "ecole", "stage", "mutee", "mute", "venu", "venue", "venant", "quitte", "quitter",
             # a trip (« je suis allée à Lourdes en pèlerinage »)
             "alle", "allee", "alles", "allees", "allais", "allait", "pelerinage", "voyage", "sejour", "weekend",
             # a home of the past (« j'avais le RSA avant à Lille », « je vivais à Lille »)
             "avant", "avais", "avait", "avions", "habitais", "habitait", "habitions", "habitaient", "vivais", "vivait",
             "vivions", "vivaient", "autrefois", "anciennement"}
# Never a commune in a sentence, even after a place word: people, body parts, everyday words that are
# also the names of small communes ("père" is Péré, "la rue" is Rue, "ma mère" is Méré).
_NEVER = set("""
pere mere papa maman fils fille frere soeur mari femme oncle tante cousin cousine grand grands parents
enfant enfants bebe neveu niece epoux epouse compagnon compagne copain copine beau belle voisin voisine
ami amie patron patronne mamie papi papy mamy famille gendre bru petit petite aucun aucune marie mariee
jumeaux jumelles boulot
tete dos bras main mains pied pieds jambe jambes ventre coeur genou genoux dent dents oeil yeux cou epaule
gorge peau nez bouche hanche poitrine
rue foyer hotel maison appartement loyer travail emploi caf banque poste ecole hopital gare centre
retraite chomage salaire argent aide aides droits enceinte seule seul couple rien euros euro mois ans
pays bled etranger
ime itep esat sessad ehpad chrs cada huda mecs fjt crous
bailleur bailleurs proprietaire proprio proprios huissier huissiers notaire syndic agence gestionnaire locataire
cantine creche usine cuisine bureau bureaux magasin entrepot chantier chantiers mairie pharmacie boulangerie supermarche
brule brulee brules brulees inonde inondee inondes inondees
place
""".split())  # (workplaces: « ma femme touche 1100 à la cantine » is not Cantin; a disaster's words: « notre maison a
# brûlé » is not Bruley; « la CAF me verse l'ASF à la place » is not Placé)
# Big communes whose name is also an everyday French word: only after a place word.
_COMMON_WORDS = set("""
avion croix fontaine grasse orange sens tours vienne plaisir cannes lattes moulins saintes trappes valence
vitre sceaux nancy lens bruges stains toul marmande laval olivet loos port
""".split())  # (« je me gare vers le port »: a harbour; « au Port » is still Le Port)
# Everyday words written with their capital after « à » are the town (« seule avec mon fils de 11 ans à Tours »), but not a
# company's name one pays or owes (« une dette de 250 à Orange »).
_MARQUES = {"orange"}
# Everyday phrases that are also a commune's name: that commune only typed with its hyphens or its capitals.
_EXPRESSIONS = {"entre deux"}
# Words that count what a number before them is (« Paris 4 days ago »): no arrondissement, no département.
_UNITES_APRES_UN_NOMBRE = {"jours", "jour", "days", "day", "ans", "an", "mois", "semaines", "semaine", "heures", "h", "fois",
                           "nuits", "nuit", "enfants", "personnes", "weeks", "months", "years", "hours"}
_BIG = 20000
# A name that begins with its article (« Le Port », « La Rochelle », « L'Isle-Adam »).
_ARTICLE = re.compile(r"^(?:le|la|les|l) ")
# Everyday words after "a" that start no place name a person would shorten ("a peu pres", "a cote").
_COMMON = set("""
peu pres cote part cause partir moins plus peine nouveau vrai fond jour jours temps tout toute tous cette ce
cet ces quoi qui que faire payer manger vivre present moment fin debut domicile travers propos mi droite
gauche chaque personne jamais nous vous lui eux elles cela ca ceci mon ma mes ton ta tes son sa ses notre
nos votre vos leur leurs rien pas trop bien mal peur faim froid chaud cause l heure heures
charge bout plein partiel decouvert table velo jour terme vie nouveau peine fac college lycee creche
colere colocation arret maladie travail domicile present court sec vif fleur genoux plat point bord bois
un deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille
rez chaussee etage escalier escaliers appartement appart studio pavillon cite quartier residence batiment immeuble
urgences hopital ecole caf marche marches gare poste prefecture pharmacie banque eglise mosquee supermarche
centre foyer hotel rue campagne montagne mer plage matin soir nuit semaine semaines mois an ans annee annees
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
septembre octobre novembre decembre chomage retraite rsa apl loyer loyers salaire liste attente
livret livrets compte comptes epargne
salon chambre sejour grenier cave canape
accueil famille
parc parvis square banc
""".split())  # (the rooms of a home: « je dors au salon » is not Salon-de-Provence; « sur un banc au parc » is not Le Parc,
# « sur le parvis » not Paris)
FUZZY_CUTOFF = 85.0


@dataclass(frozen=True)
class Candidate:
    code: str
    nom: str
    type: str  # "commune" | "arrondissement"
    departement: str
    departement_nom: str
    region: str
    epci: str | None
    population: int | None
    codes_postaux: list[str]
    commune_parent: str | None
    match: Match = "nom"
    score: float = 100.0
    via: str | None = None  # the former commune's name when matched through it

    @property
    def label(self) -> str:
        return f"{self.nom} ({self.departement} — {self.departement_nom})"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["label"] = self.label
        return data


@dataclass(frozen=True)
class Resolution:
    query: str
    status: Status
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def to_dict(self) -> dict:
        return {"query": self.query, "status": self.status,
                "candidates": [c.to_dict() for c in self.candidates]}


@dataclass
class _Entry:
    code: str
    nom: str
    type: str
    departement: str
    region: str
    epci: str | None
    population: int | None
    parent: str | None
    norm: str
    codes_postaux: list[str] = field(default_factory=list)


class TerritoryIndex:
    """In-memory lookup tables over the commune table."""

    def __init__(self, engine: Engine) -> None:
        with engine.connect() as conn:
            departements = dict(conn.execute(select(Departement.code, Departement.nom)).all())
            rows = conn.execute(select(
                Commune.code, Commune.nom, Commune.type, Commune.departement_code,
                Commune.region_code, Commune.epci_code, Commune.population,
                Commune.commune_parent_code, Commune.nom_normalise,
            )).all()
            postal = conn.execute(select(CodePostal.code_postal, CodePostal.commune_code)).all()
            aliases = conn.execute(select(
                AncienneCommune.nom, AncienneCommune.nom_normalise, AncienneCommune.commune_code
            )).all()
        if not rows:
            raise LookupError("La base de connaissances ne contient aucune commune : lancez `knowledge build`.")
        self.departements = departements
        self.entries: dict[str, _Entry] = {r[0]: _Entry(*r) for r in rows}
        self.by_postal: dict[str, list[str]] = {}
        for cp, code in postal:
            self.by_postal.setdefault(cp, []).append(code)
            self.entries[code].codes_postaux.append(cp)
        for entry in self.entries.values():
            entry.codes_postaux.sort()

        # Name keys: compact form of the normalised name -> codes (current communes,
        # arrondissements) and -> (code, former name) for former communes.
        self.by_key: dict[str, list[str]] = {}
        for entry in self.entries.values():
            self.by_key.setdefault(compact(entry.norm), []).append(entry.code)
        self.alias_by_key: dict[str, list[tuple[str, str]]] = {}
        for nom, norm, code in aliases:
            if code in self.entries:
                self.alias_by_key.setdefault(compact(norm), []).append((code, nom))
        # Fuzzy and prefix search run over the normalised names.
        self.names: list[str] = []
        self.name_codes: list[str] = []
        for entry in self.entries.values():
            self.names.append(entry.norm)
            self.name_codes.append(entry.code)
        order = sorted(range(len(self.names)), key=lambda i: len(compact(self.names[i])))
        self.keys_by_length = [compact(self.names[i]) for i in order]
        self.codes_by_length = [self.name_codes[i] for i in order]
        self.key_lengths = [len(k) for k in self.keys_by_length]
        self.sorted_names_codes = sorted(zip(self.names, self.name_codes))
        self.sorted_names = [name for name, _ in self.sorted_names_codes]
        # Arrondissements by (city, number).
        self.arrondissements: dict[tuple[str, int], str] = {}
        for entry in self.entries.values():
            m = re.match(r"^(paris|lyon|marseille) (\d+)", entry.norm)
            if entry.type == "arrondissement" and m:
                self.arrondissements[(m.group(1), int(m.group(2)))] = entry.code
        # Département names, longest first, to strip "Saint-Denis La Réunion".
        self.departement_names = sorted(
            ((normalise(nom), code) for code, nom in departements.items()),
            key=lambda item: -len(item[0]),
        )

    # -- building candidates -------------------------------------------------
    def candidate(self, code: str, match: Match, score: float = 100.0, via: str | None = None) -> Candidate:
        e = self.entries[code]
        return Candidate(
            code=e.code, nom=e.nom, type=e.type, departement=e.departement,
            departement_nom=self.departements.get(e.departement, e.departement), region=e.region,
            epci=e.epci, population=e.population, codes_postaux=list(e.codes_postaux),
            commune_parent=e.parent, match=match, score=round(score, 1), via=via,
        )

    # -- the steps of resolution ---------------------------------------------
    def by_code(self, code: str, postal_first: bool = False) -> list[Candidate]:
        """INSEE and postal codes; 3,058 strings are both, so both are offered.

        With ``postal_first`` (a person typing in a chat, who does not know INSEE
        codes), an INSEE code is only tried when no postal code matches.
        """
        code = code.upper()
        found = []
        # People type postal codes far more often than INSEE codes: postal first.
        for insee in self.by_postal.get(code, []):
            found.append(self.candidate(insee, "code_postal"))
        if found and postal_first:
            return _prefer_arrondissements(found)
        if code in self.entries and all(c.code != code for c in found):
            # Kept within the MAX_CANDIDATES shown, even after many postal matches.
            found.insert(min(len(found), MAX_CANDIDATES - 1), self.candidate(code, "code_insee"))
        return _prefer_arrondissements(found)

    def exact(self, norm: str) -> list[Candidate]:
        """Exact name (any spacing, accents, hyphens), arrondissement or former commune."""
        key = compact(norm)
        if not key:
            return []
        m = _ARRONDISSEMENT.match(norm)
        if m:
            number = _number(m.group(2))
            code = self.arrondissements.get((m.group(1), number)) if number else None
            if code:
                return [self.candidate(code, "nom")]
        found = [self.candidate(code, "nom") for code in self.by_key.get(key, [])]
        found += [self.candidate(code, "ancienne_commune", via=nom)
                  for code, nom in self.alias_by_key.get(key, [])]
        if not _ARTICLE.match(norm) and len(key) >= 4:
            # The article of a name is often left out (« Lamentin » for Le Lamentin, « au Tampon », « Moule »):
            # the names with it are exact too, beside a commune named without one (Lamentin, Guadeloupe), so
            # that both are offered; before, « Moule » was Moulle (Pas-de-Calais) and « Tampon » nothing.
            for article in ("le ", "la ", "les ", "l "):
                found += [self.candidate(code, "sans_article") for code in self.by_key.get(compact(article + norm), [])]
        return _dedupe(found)

    def prefix(self, norm: str) -> list[Candidate]:
        """Names that start with the query as whole words: "Aix" -> "Aix-en-Provence"."""
        if len(compact(norm)) < 3:
            return []
        start = norm + " "
        lo = bisect.bisect_left(self.sorted_names, start)
        hi = bisect.bisect_left(self.sorted_names, norm + "!")  # "!" sorts right after " "
        return _by_population([self.candidate(code, "prefixe", 90.0)
                               for _, code in self.sorted_names_codes[lo:hi]])

    def fuzzy(self, norm: str) -> list[Candidate]:
        """Small typos: names whose compact key is close (Indel ratio) to the query's."""
        key = compact(norm)
        if len(key) < 5:
            return []
        # Only keys whose length allows a ratio above the cutoff can match.
        slack = len(key) * (100 - FUZZY_CUTOFF) / (100 + FUZZY_CUTOFF)
        lo = bisect.bisect_left(self.key_lengths, len(key) - slack - 1)
        hi = bisect.bisect_right(self.key_lengths, len(key) + slack + 1)
        hits = process.extract(key, self.keys_by_length[lo:hi], scorer=fuzz.ratio,
                               score_cutoff=FUZZY_CUTOFF, limit=MAX_CANDIDATES)
        if not hits:
            return []
        best = hits[0][1]
        found = [self.candidate(self.codes_by_length[lo + i], "approx", score)
                 for _, score, i in hits if score >= best - 3]
        return sorted(found, key=lambda c: (-c.score, -(c.population or 0)))

    def by_name(self, norm: str) -> list[Candidate]:
        exact = self.exact(norm)
        if exact:
            # "Aix" is a village of Corrèze, but people typing it may mean a much
            # bigger "Aix-..." : offer those too, biggest first.
            biggest = max(_taille_du_nom(c) for c in exact)
            wider = [c for c in self.prefix(norm) if (c.population or 0) > 10 * max(biggest, 1000)]
            return exact + wider[: MAX_CANDIDATES - len(exact)] if wider else exact
        return self.prefix(norm) or self.fuzzy(norm)

    def split_hint(self, norm: str) -> tuple[str, str | None, str | None]:
        """Separate a postal code or a département (code or name) from the name."""
        tokens = norm.split()
        if len(tokens) >= 2:
            for position in (-1, 0):
                token = tokens[position]
                rest = " ".join(tokens[:-1] if position == -1 else tokens[1:])
                if _POSTAL_TOKEN.match(token):
                    return rest, token, None
                if _DEP_TOKEN.match(token) and token.upper() in self.departements:
                    return rest, None, token.upper()
        for name, code in self.departement_names:
            if norm.endswith(" " + name) and len(norm) > len(name) + 1:
                # (« … la Réunion », « … dans le Cantal », « … en Corrèze »: the words before the département's name)
                nom = re.sub(r" (?:dans (?:le|la|l|les)|dans|en|la)$", "", norm[: -len(name) - 1])
                return nom.strip(), None, code
        return norm, None, None

    def resolve(self, query: str) -> Resolution:
        text = (query or "").strip()[:200]
        raw = text.replace(" ", "").upper()
        if CODE_COMMUNE.match(raw):
            return _resolution(text, self.by_code(raw))
        norm = normalise(text)
        if not norm:
            return Resolution(query=text, status="unknown")
        exact = self.exact(norm)
        if exact:
            return _resolution(text, self.by_name(norm))
        name, postal, departement = self.split_hint(norm)
        if name == norm or not name:
            return _resolution(text, self.by_name(norm))
        candidates = self.by_name(name)
        if postal:
            in_postal = [c for c in candidates if postal in c.codes_postaux]
            if in_postal:
                # "Marseille 13003": the arrondissement that has this postal code.
                arr = [c for c in self.by_code(postal)
                       if c.type == "arrondissement" and c.commune_parent in {x.code for x in in_postal}]
                candidates = arr or in_postal
            elif not candidates:
                candidates = self.by_code(postal, postal_first=True)
        elif departement:
            in_dep = [c for c in candidates if c.departement == departement]
            candidates = in_dep or candidates
        # "Pont-de-l'Isère", "Montereau-Fault-Yonne": what looked like a hint was part of the name.
        return _resolution(text, candidates or self.by_name(norm))

    def find_in_text(self, text: str) -> Resolution:
        """Find a commune mentioned inside a sentence ("j'habite a villeurbanne").

        A short answer (four words at most) is resolved whole, typos included. In a longer sentence a
        name is taken only after a word that introduces a place ("a", "sur", "habite", "la mairie
        de"…), where small typos and shortened names are accepted ("a evian"), or when it cannot be
        anything else: a name of several words, or a big commune whose name is not an everyday
        word. Family words, body parts and everyday words are never communes ("père" is not Péré).
        """
        raw = brut = (text or "")[:500]
        # « mes parents mont virée »: « m'ont » typed without its apostrophe, no village named Mont
        raw = re.sub(r"(?i)\b(parents|ils|elles|gens|flics|policiers|voisins|enfants|potes|amis) mont\b(?=\s+[a-zà-ÿ])", r"\1 m'ont", raw)
        # Names written with a capital inside a sentence (« la semaine dernière à Quillan »): what the person typed as a
        # proper noun, read before the amounts are taken out (which lowers the case).
        capitalised = _capitalised(raw)
        # Names typed with their hyphens (« à Oloron-Sainte-Marie »): a proper noun, even when one of its words is an
        # everyday one that is never a commune alone (« marie »).
        composes = {normalise(w) for w in re.findall(r"\w+(?:-\w+)+", raw)}
        normalised = normalise(raw)
        sans_montants = _without_amounts(normalised)
        if sans_montants != normalised:
            # "45000 euros de côté", "j'ai 45000 d'épargne": an amount, not Orléans' postal code.
            raw = text = sans_montants
        lu = normalise(raw)
        arrondissement = _ARRONDISSEMENT_AVANT.sub(r"\2 \1e", lu)
        if arrondissement != lu:
            # "dans le 13e a marseille": the arrondissement said before its city, as "marseille 13e"
            raw = text = arrondissement
            lu = normalise(raw)
        tokens = lu.split()
        if not tokens:
            return Resolution(query=text, status="unknown")
        clause_start = _clause_starts(raw, tokens)
        near = {i for i in range(2, len(tokens)) if tokens[i - 1] in ("de", "d") and tokens[i - 2] in _NEAR}
        if len(tokens) <= 4 and not near and not all(t in _STOPWORDS or t in _NEVER for t in tokens) and \
                not any(t.isdigit() and len(t) != 5 for t in tokens):
            whole = self.resolve(text)
            words = [t for t in tokens if t not in _STOPWORDS]
            # (a name found only with an article it lacks, « robert » for Le Robert, is no place in a sentence: a first name)
            if whole.candidates and all(c.match not in ("approx", "prefixe", "sans_article") for c in whole.candidates) and (
                    len(words) >= 2 or any(c.match in ("code_postal", "code_insee") for c in whole.candidates) or
                    words and words[0] not in _COMMON and words[0] not in _COMMON_WORDS and
                    max(c.population or 0 for c in whole.candidates) >= _BIG):
                return whole
        for token in re.findall(r"\b(\d{5}|2[AaBb]\d{3})\b(?! ?(?:euros?|€|e\b|eur\b|balles|par an|par mois))", raw):
            found = self.by_code(token, postal_first=True)
            # (the postal code of several communes beside the name of one of them: « j'habite à Rodez, 12000 »)
            nommee = [c for c in found if f" {normalise(c.nom)} " in f" {lu} "]
            if len(nommee) == 1:
                return _resolution(text, nommee)
            if found:
                return _resolution(text, found)

        def strength(i: int) -> int:
            """2: a place verb or noun introduces what follows; 1: only "a", "au", "sur"; 0: nothing or a place
            that is not the person's home ("je travaille a Lyon")."""
            if elsewhere(i):
                return 0
            before = tokens[i - 1] if i >= 1 else None
            if before in ("la", "le", "les", "l") and i >= 2 and tokens[i - 2] in _CUES:
                i, before = i - 1, tokens[i - 2]  # "a la rochelle": the article belongs to the name
            if before == "de" and i >= 2 and tokens[i - 2] in _CUES_DE:
                return 2
            if before == "de" and i >= 3 and tokens[i - 2] in ("est", "suis", "sommes") and tokens[i - 3] in ("on", "je", "nous"):
                return 2  # « on est de Mazamet »: where the household lives (not « je viens de Lyon », an origin)
            if before in ("de", "d") and i >= 2 and any(t in _LIEUX_DE for t in tokens[max(0, i - 4, clause_start[i]):i - 1]) \
                    and not _gare_de_paris(tokens, i):
                return 2
            if before not in _CUES:
                return 0
            if before == "a" and i >= 2 and (tokens[i - 2] in _AVOIR_SUJETS or
                                             tokens[i - 2] in _AVOIR_SUJETS_NOMS and tokens[i] not in capitalised and
                                             i >= 3 and tokens[i - 3] in ("le", "la", "l", "mon", "ma", "notre", "son", "sa")) and \
                    not (i >= 3 and tokens[i - 3].isdigit()) and \
                    not (i >= 3 and tokens[i - 3] == "chez"):  # (« chez elle à Issoire »: her home, no verb)
                # (not a surface, « 40 m² à Schœlcher »)
                return 0  # « il m'a lâchée », « elle a brûlé »: the verb « avoir », no place (it was La Chèze)
            if before not in ("a", "au", "aux", "sur", "vers"):
                return 2
            # (« marié, à Tours, 2400 € de retraite »: « à » opening its own clause says where the person is)
            # (« à Guéret, dans un HLM »: « à » opening the answer too)
            # (« je suis retraitée à Cannes », « je suis agriculteur à Espalion »: what the person is, where they are; not
            # « je suis infirmière à l'hôpital de », a workplace, which ``elsewhere`` leaves out before)
            return 2 if i >= 2 and tokens[i - 2] in _STRONG or home_before(i - 1) or \
                clause_start[i - 1] == i - 1 and before in ("a", "au", "aux") or \
                before == "a" and i >= 4 and tokens[i - 3] in ("suis", "sommes", "jsuis", "chui", "chuis") and \
                tokens[i - 4] in ("je", "j", "nous", "on") and tokens[i - 2] not in _STOPWORDS else 1

        def elsewhere(i: int) -> bool:
            """A word of work, birth or travel just before, in the same clause ("je travaille a Lyon"; not
            "je n'ai jamais travaillé. On vit à Roubaix")."""
            debut = max(0, i - 4, clause_start[i] if i < len(tokens) else 0)
            # (« avant-hier » is a day, not a home of the past)
            # (a place of study is elsewhere when a home is said after it: « étudiante à Lyon 2 et je suis en résid Crous
            # à Villeurbanne »; « étudiante à Lyon » alone is where the person lives)
            # (a move done is the home now: « j'ai déménagé à Bergerac », « je viens d'emménager à Albi »; « je déménage à
            # Lyon le mois prochain » is a home to come)
            # (nor a coming said with the life made there: « je suis venu vivre à Annemasse », « partie habiter à Brest »)
            return any(t in _AILLEURS and not (t == "avant" and k + 1 < len(tokens) and tokens[k + 1] == "hier") and
                       not (t in _DEMENAGER and _demenagement_fait(tokens, k)) and
                       not (t in _VENU and any(w in _Y_VIVRE for w in tokens[k + 1:i])) or
                       t in _ETUDES and _HOME_APRES.search(" ".join(tokens[i:]))
                       for k, t in enumerate(tokens[debut:i], start=debut))

        def home_before(a: int) -> bool:
            """Before "a" at ``a``: where one lives, said with a few words between ("je vis seule a",
            "locataires a", "chez mes parents a", "il vit avec nous a")."""
            # (an amount between a home word and « à » is left out: « loyer 350 € à Lunéville »)
            window = [t for t in tokens[max(0, a - 6, clause_start[a]):a] if not t.isdigit() and t not in _MONNAIE][-4:]
            # (a home word anywhere before: « je vis dans un logement de 35 m² à Schœlcher »)
            large = tokens[max(0, a - 8, clause_start[a]):a]
            # (a home word and what it is between: « logement social à Sedan », « studio meublé à Albi »)
            sans_entre = list(window)
            while len(sans_entre) > 1 and sans_entre[-1] in _BETWEEN:
                sans_entre.pop()
            # (the household counted just before, « famille de 6 personnes à Lens », « on est 4 à Calais »)
            if re.search(r"\b(?:(?:famille|foyer|menage) de \d{1,2}(?: personnes)?|(?:on est|nous sommes|on vit) \d{1,2})$",
                         " ".join(tokens[max(0, a - 5, clause_start[a]):a])):
                return True
            return bool(window) and (window[-1] in _HOME or sans_entre[-1] in _HOME or "chez" in window or
                                     any(t in _HOME for t in large) and any(t in _STRONG for t in large) or any(
                t in _STRONG - {"j", "moi", "suis", "sommes", "est", "trouve", "reste", "restons"} and
                all(w in _BETWEEN for w in window[k + 1:]) for k, t in enumerate(window)))

        def cued(i: int) -> bool:
            return strength(i) > 0

        def departement_apres(j: int, found: list[Candidate]) -> bool:
            """The département's number right after a name (« à Mauriac (15) »): one of the names found."""
            return j < len(tokens) and bool(_DEP_TOKEN.fullmatch(tokens[j])) and \
                any(c.departement == tokens[j].upper().zfill(2) for c in found)

        def refine(gram: list[str], i: int, found: list[Candidate]) -> Resolution:
            after = tokens[i + len(gram):i + len(gram) + 1]
            unite = tokens[i + len(gram) + 1:i + len(gram) + 2]
            # (a count after the name is no arrondissement: « I arrived in Paris 4 days ago », « à Lyon 3 jours »)
            if after and unite and unite[0] in _UNITES_APRES_UN_NOMBRE:
                return _resolution(text, found)
            if after and (_POSTAL_TOKEN.match(after[0]) or _DEP_TOKEN.match(after[0])):
                refined = self.resolve(" ".join(gram + after))
                if refined.candidates:
                    return refined
            return _resolution(text, found)

        # Département names ("seine saint denis", "la drome") are not communes inside them.
        phrase = " " + " ".join(tokens) + " "
        in_dep: set[int] = set()
        for name, _ in self.departement_names:
            at = phrase.find(" " + name + " ")
            if at >= 0 and " " in name:
                first = phrase[:at + 1].count(" ") - 1
                last = first + name.count(" ") + 1
                if any(self.exact(" ".join(tokens[first:end])) for end in range(last + 1, min(len(tokens), first + 6) + 1)):
                    continue  # the beginning of a longer commune's name (« saint martin d heres », not Saint-Martin)
                in_dep.update(range(first, last))
        # A big commune's bare name, without a place word, is kept for last: a place said with one wins over it
        # (« maçon à mon compte à Annecy »: Annecy, not Mâcon).
        sans_indice: Resolution | None = None
        for size in range(min(len(tokens), 6), 0, -1):
            for i in range(len(tokens) - size + 1):
                gram = tokens[i:i + size]
                if in_dep & set(range(i, i + size)) or elsewhere(i) or i in near or size == 1 and _gare_de_paris(tokens, i):
                    continue
                # (« du Lamentin » too, written as a name: « sur le rond-point du Lamentin » is Le Lamentin's; « du parc
                # privé » is a park)
                # (and the creoles' « o », written as a name: « an lari o Lamentin »)
                if i >= 1 and (tokens[i - 1] in ("au", "aux") or tokens[i - 1] in ("du", "o") and gram[0] in capitalised) and \
                        gram[0] not in _STOPWORDS and not (gram[0] in _COMMON and gram[0] not in capitalised):
                    article = self.exact(" ".join([("les" if tokens[i - 1] == "aux" else "le"), *gram]))
                    if article:
                        # (the same name without its article elsewhere: « au Lamentin » is Le Lamentin in Martinique or
                        # Lamentin in Guadeloupe, as people say there; both are offered, or the region said chooses)
                        sans = [c for c in self.exact(" ".join(gram)) if c.match != "sans_article" and
                                c.code not in {a.code for a in article} and c.departement.startswith("97") and
                                any(a.departement.startswith("97") for a in article)]
                        return refine(gram, i, article + sans)
                words = [t for t in gram if t not in _STOPWORDS]
                if not words or len("".join(gram)) < 3 or gram[0] in _STOPWORDS and not cued(i) or \
                        any(t in _NEVER for t in gram) and not (size > 1 and " ".join(gram) in composes):
                    continue
                if size > 1 and gram[-1] in _STOPWORDS:
                    continue  # « au port a la reunion »: « port a » glued is Porta; a name does not end on « a »
                if size > 1 and gram[-1].isdigit() and tokens[i + size:i + size + 1] and \
                        tokens[i + size] in _UNITES_APRES_UN_NOMBRE:
                    continue  # « Paris 4 days ago »: a count, no arrondissement
                if " ".join(gram) in _EXPRESSIONS and " ".join(gram) not in composes and \
                        not (gram[0] in capitalised and gram[-1] in capitalised):
                    continue  # « entre deux logements » is no Entre-Deux (typed « Entre-Deux » it is)
                found = self.exact(" ".join(gram))
                if size > 1:
                    # words of a sentence glued into one name are no name (« ni ce soir » is not Nice, « tout le monde »
                    # not Toutlemonde, « plus un sou ce soir » not Soucé): a name of as many words as were typed
                    found = [c for c in found if len(normalise(c.via or c.nom).split()) >= size or
                             " ".join(gram) in composes]
                # a name that needs its article put back (« robert » for Le Robert) is read in a whole answer to the
                # commune question only, never inside a sentence (« mon mari s'appelle robert »)
                found = [c for c in found if c.match != "sans_article"]
                if not found and strength(i) >= 1 and not (i >= 1 and tokens[i - 1] in ("la", "le", "les", "l")) and \
                        not any(t in _COMMON or t in _COMMON_WORDS or t in _NEVER for t in gram):
                    # « seul avec mes 3 gosses à Hénin », « on vit de sa retraite à Brive »: a big town's shortened name
                    found = _debut_d_un_nom(self, gram)
                if found and gram[0] in _PLACE_WORDS:
                    # "a brest" is not Abrest: a place word glued to a name only when the name has it as a word
                    found = [c for c in found if normalise(c.nom).split()[:1] == gram[:1]]
                if not found:
                    continue
                # (« à Villefranche »: a village merged into Charny Orée de Puisaye, or Villefranche-sur-Saône)
                plus_grand = max(_taille_du_nom(c) for c in found)
                if plus_grand < _BIG // 4:
                    # a village's exact name that is also the start of a big town's (« à Charleville »: Charleville,
                    # Marne, 262 inhabitants, or Charleville-Mézières): both offered, the person chooses; a small town's
                    # too, when the big one is ten times its size (« à Saint-Ouen »: two of 3,000 and 1,800, and
                    # Saint-Ouen-sur-Seine, 53,000)
                    found = found + [c for c in self.resolve(" ".join(gram)).candidates
                                     if c.match == "prefixe" and (c.population or 0) >= _BIG and
                                     (plus_grand < _PETITE or (c.population or 0) >= 10 * plus_grand)]
                with_article = i >= 1 and tokens[i - 1] in ("la", "le", "les", "l")
                big = max(c.population or 0 for c in found) >= _BIG
                # (with its article too: « vers le port » is a harbour, « à Le Port » or « au Port » the commune)
                everyday = size == 1 and (gram[0] in _COMMON or gram[0] in _COMMON_WORDS) or \
                    size == 2 and gram[0] in ("le", "la", "les", "l") and (gram[1] in _COMMON or gram[1] in _COMMON_WORDS)
                # (a small town's name after « à » alone when the person wrote it as a proper noun: « seul à Mende »)
                propre = size == 1 and gram[0] in capitalised and max(c.population or 0 for c in found) >= _PETITE
                if (strength(i) == 2 or strength(i) == 1 and (big or propre or len(words) >= 2 or
                                                            departement_apres(i + size, found))) \
                        and not with_article \
                        and not (everyday and strength(i) < 2 and (gram[0] not in capitalised or gram[0] in _MARQUES)) \
                        and gram[0] not in _COMMON \
                        or len(words) >= 2:
                    return refine(gram, i, found)
                if size == 1 and not everyday and big:
                    sans_indice = sans_indice or refine(gram, i, found)
                    continue
                if with_article and cued(i) and not everyday and gram[0] not in _COMMON:
                    article = self.exact(" ".join(tokens[i - 1:i + size]))
                    return refine(tokens[i - 1:i + size], i - 1, article) if article else refine(gram, i, found)
        if sans_indice is not None:
            return sans_indice
        # A name standing alone between commas (« seule, Chauny, j'attends la CAF », « 26 ans, Guingamp, au RSA »): a
        # commune of some size with that exact name and no other, not an everyday word.
        # (the message as typed, its commas kept: the amounts taken out above lowered it to words)
        seule = _nom_seul_entre_virgules(self, brut)
        if seule is not None:
            return _resolution(text, seule)
        # After a place word: shortened names and small typos ("a evian", "habite villeurbane").
        for i, token in enumerate(tokens):
            if i + 1 >= len(tokens) or strength(i + 1) == 0:
                continue
            start = i + 1
            for size in (4, 3, 2, 1):
                gram = tokens[start:start + size]
                if strength(start) < 2 and (start + size != len(tokens) or len("".join(gram)) < 6 or tokens[i] == "aux"):
                    # after "a" alone: only a long name ending the sentence ("aide a villeurbane"); never after « aux »
                    # alone, which comes before everyday plurals (« je comprends rien aux papiers » is no Pamiers: a
                    # commune « les … » is read by its article above)
                    continue
                # (nor a word that stands between a place verb and « à »: « il vit toujours à la maison » is not Toujouse)
                if len(gram) < size or gram[0] in _STOPWORDS or gram[0] in _BETWEEN or \
                        any(t in _NEVER or t in _COMMON for t in gram) or \
                        any(t.isdigit() for t in gram) or in_dep & set(range(start, start + size)):
                    continue
                found = self.resolve(" ".join(gram)).candidates
                # A typo rarely hits the first letter ("aux urgences" is not Argences).
                found = [c for c in found if c.match != "approx" or normalise(c.nom)[:1] == gram[0][:1]]
                found = [c for c in found if c.match != "sans_article"]
                if found and all(c.match in ("nom", "prefixe", "approx", "ancienne_commune") for c in found):
                    return _resolution(text, found)
        return Resolution(query=text, status="unknown")


def _clause_starts(raw: str, tokens: list[str]) -> list[int]:
    """For each token of ``normalise(raw)``, the index of the first token of its clause (clauses cut at
    punctuation); every clause starts at 0 when the pieces do not add up to the same tokens."""
    starts: list[int] = []
    for piece in re.split(r"[.,;:!?()\n]+", raw):
        first = len(starts)
        starts.extend(first for _ in normalise(piece).split())
    return starts if len(starts) == len(tokens) else [0] * len(tokens)


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    total, previous = 0, 0
    for ch in reversed(token):
        value = _ROMAN.get(ch, 0)
        total, previous = (total - value, previous) if value < previous else (total + value, value)
    return total or None


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    seen: dict[str, Candidate] = {}
    for c in candidates:
        seen.setdefault(c.code, c)
    return _by_population(list(seen.values()))


def _by_population(candidates: list[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: -(c.population or 0))


def _prefer_arrondissements(candidates: list[Candidate]) -> list[Candidate]:
    """When a postal code names both Lyon and Lyon 8e, the arrondissement is the answer."""
    parents = {c.commune_parent for c in candidates if c.commune_parent}
    return [c for c in candidates if c.code not in parents]


# A commune this small whose name begins a big one's is offered with it (« Charleville »: also Charleville-Mézières).
_PETITE = 2000
# Money words left out between a home word and « à » (« loyer 350 € à Lunéville »).
_MONNAIE = {"euros", "euro", "e", "eur", "balles", "par", "mois"}
# The smallest commune a bare name between commas is taken for (« seule, Chauny, j'attends »): a first name or a
# small village's name standing alone is more often something else.
_NOM_SEUL_POPULATION = 5000


def _capitalised(raw: str) -> set[str]:
    """The normalised words written with a capital then small letters, not at the start of a sentence (« Quillan » in
    « inondée à Quillan »; not « Bonjour », nor a message typed in capitals)."""
    words = re.findall(r"(?<![.!?]\s)(?<![.!?])(?<=\s)([A-ZÀ-Ý][a-zà-ÿ]+)\b", raw)
    return {normalise(w) for w in words}


_SALUTATIONS = {"merci", "bonjour", "bonsoir", "salut", "coucou", "cordialement", "bien", "a", "bientot", "bonne", "journee",
                "soiree", "beaucoup", "hello", "re"}


def _nom_seul_entre_virgules(index: "TerritoryIndex", raw: str) -> list[Candidate] | None:
    """A commune named alone in its own clause of a longer message, exactly, with no other of that name."""
    morceaux = [(m.strip(), normalise(m).split()) for m in re.split(r"[,;.!?()\n]", raw)]
    if len(morceaux) < 2:
        return None
    avant: list[str] = []  # the last clause with words before this one
    for brut, mots in morceaux:
        # (a name that begins with its article, « 38 ans, Le Havre »; a town whose name is an everyday word or a first
        # name when written with its capital, « seule, 1100 net, Laval », « Tours », but not a name greeted or signed,
        # « Merci, Nancy »)
        article = len(mots) >= 2 and mots[0] in ("le", "la", "les", "l")
        ecrit_en_nom = len(mots) == 1 and bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+", brut)) and \
            not (avant and all(t in _SALUTATIONS for t in avant))
        avant = mots or avant
        if not 1 <= len(mots) <= 3 or any(t in _NEVER or t in _COMMON or t.isdigit() for t in mots) or \
                any(t in _COMMON_WORDS for t in mots) and not ecrit_en_nom or \
                mots[0] in _STOPWORDS and not article or mots[-1] in _STOPWORDS or any(t in _AILLEURS for t in mots):
            continue
        found = _la_grande_ville([c for c in index.exact(" ".join(mots)) if c.match == "nom"]) or \
            _debut_d_un_nom(index, mots)
        if len(found) == 1 and (found[0].population or 0) >= _NOM_SEUL_POPULATION:
            return found
    return None


# A town this big, ten times as big as all its homonyms together, is the one a name alone means (« La Rochelle »: not
# the village of 40 inhabitants in Haute-Saône); the same rule as the dialogue's (actions.territoire).
_GRANDE_VILLE = 10_000


def _taille_du_nom(candidate: Candidate) -> int:
    """The population of the place a name found names: a former commune counts as a village (its candidate carries the
    merged commune's population: « Villefranche » of Charny Orée de Puisaye had hidden Villefranche-sur-Saône)."""
    return 0 if candidate.match == "ancienne_commune" else candidate.population or 0


def _la_grande_ville(found: list[Candidate]) -> list[Candidate]:
    if len(found) < 2:
        return found
    par_taille = _by_population(found)
    premiere = par_taille[0].population or 0
    if premiere >= _GRANDE_VILLE and premiere >= 10 * max(sum(c.population or 0 for c in par_taille[1:]), 1):
        return par_taille[:1]
    return found


_DEBUT_POPULATION = 15_000  # (Saint-Dié-des-Vosges: 19,251)


def _debut_d_un_nom(index: "TerritoryIndex", mots: list[str]) -> list[Candidate]:
    """A big town named by the first words of its compound name, as people shorten it (« Hénin » for Hénin-Beaumont,
    « Brive », « Saint-Dié »): when no commune bears those words as its whole name and a single town of 15,000
    inhabitants or more (``_DEBUT_POPULATION``) begins with them."""
    if not mots or len("".join(mots)) < 4 or index.exact(" ".join(mots)) or mots[0] in _STOPWORDS and len(mots) == 1:
        return []
    debut = " ".join(mots) + " "
    grandes = [c for c in index.resolve(" ".join(mots)).candidates
               if c.match == "prefixe" and normalise(c.nom).startswith(debut) and (c.population or 0) >= _DEBUT_POPULATION]
    return grandes if len(grandes) == 1 else []


def _resolution(query: str, candidates: list[Candidate]) -> Resolution:
    candidates = candidates[:MAX_CANDIDATES]
    if not candidates:
        return Resolution(query=query, status="unknown")
    return Resolution(query=query, status="found" if len(candidates) == 1 else "ambiguous",
                      candidates=candidates)


_indexes: dict[str, TerritoryIndex] = {}
_lock = threading.Lock()


def territory_index(engine: Engine | None = None) -> TerritoryIndex:
    engine = engine or get_engine()
    key = str(engine.url)
    index = _indexes.get(key)
    if index is None:
        with _lock:
            index = _indexes.get(key)
            if index is None:
                index = _indexes[key] = TerritoryIndex(engine)
    return index


def reset_index() -> None:
    """Forget the in-memory indexes (after a rebuild of the database)."""
    with _lock:
        _indexes.clear()


def resolve_commune(query: str, engine: Engine | None = None) -> Resolution:
    """Resolve what a person typed into communes, best first."""
    return territory_index(engine).resolve(query)


def _without_amounts(normalised: str) -> str:
    """Five digits said as money ("45000 euros de côté", "j'ai 45000") taken out: not a postal code."""
    return _AMOUNT_BEFORE.sub(r"\1 ", _AMOUNT_AFTER.sub(" ", normalised))


# An arrondissement named before its city: "le 13e a marseille", "dans le 7eme arrondissement de lyon".
_ARRONDISSEMENT_AVANT = re.compile(r"\b(\d{1,2}) ?(?:e|eme|er|ere|ieme)(?: arrondissement)? (?:a|de|du|sur) (paris|lyon|marseille)\b")


def find_commune_in_text(text: str, engine: Engine | None = None) -> Resolution:
    """Resolve a commune mentioned anywhere in a sentence."""
    return territory_index(engine).find_in_text(text)


def commune_by_code(code: str, engine: Engine | None = None) -> Candidate | None:
    index = territory_index(engine)
    code = (code or "").strip().upper()
    return index.candidate(code, "code_insee") if code in index.entries else None
