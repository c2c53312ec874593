"""Benchmark: annuaire import throughput and `contacts_for_commune` latency.

Builds a synthetic export of 60,000 records in the published bulk format of the
service-public.fr local directory (``{"service": [...]}`` with nested lists), shaped
like the real one: one mairie per commune, CCAS in the larger communes, CIAS per
intercommunality, CAF / CPAM / MDPH offices competent for a whole département,
Missions locales and France Services for groups of communes, and offices outside
the scope of orientation. Every value is fictitious. Then it prints:

- first import throughput (records/s, every record created);
- re-import throughput with every record changed (updates) and unchanged;
- `contacts_for_commune` latency p50 / p99 over a few thousand communes.

Runs on a throwaway database: TEST_DATABASE_URL when set (see harness/with_postgres.py),
else a temporary SQLite file; never on the project's knowledge base. Prints figures,
asserts nothing.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# The base alone: no live lookup in the official directory (bench/annuaire_live.py measures those).
os.environ.setdefault("ANNUAIRE_API_URL", "")

from knowledge.contacts import contacts_for_commune  # noqa: E402
from knowledge.db import get_engine
from knowledge.directory.importers.annuaire import import_annuaire
from knowledge.territory import reset_index
from knowledge.territory.build import build_territory, load_derivative

N_RECORDS = 60_000
N_COMMUNES = 3_000
SEED = 20261123
DAYS = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi")


def _record(n: int, nom: str, pivot: str, communes: list[str], code_insee: str, version: int) -> dict:
    """One office in the bulk export's shape (nested fields as lists, French dates)."""
    return {
        "id": f"00000000-0000-4000-8000-{n:012d}", "nom": nom, "categorie": "SL",
        "pivot": [{"type_service_local": pivot, "code_insee_commune": communes}],
        "code_insee_commune": code_insee, "siret": None, "siren": None, "sigle": None,
        "adresse": [{"type_adresse": "Adresse", "complement1": "", "complement2": "",
                     "numero_voie": f"{n % 200 + 1} rue de l'Exemple", "service_distribution": "",
                     "code_postal": "01000", "nom_commune": "Exemple", "pays": "", "continent": "",
                     "longitude": "4.8", "latitude": "45.7", "accessibilite": "ACC", "note_accessibilite": ""}],
        "telephone": [{"valeur": f"01 99 00 {n % 100:02d} {version % 100:02d}", "description": ""}],
        "site_internet": [{"libelle": "", "valeur": f"https://exemple-{n}.example.org/"}],
        "adresse_courriel": [f"accueil-{n}@example.org"],
        "plage_ouverture": [{"nom_jour_debut": "Lundi", "nom_jour_fin": DAYS[n % 5], "valeur_heure_debut_1": "08:30:00",
                             "valeur_heure_fin_1": "12:00:00", "valeur_heure_debut_2": "13:30:00",
                             "valeur_heure_fin_2": "17:00:00", "commentaire": ""}],
        "url_service_public": f"https://lannuaire.service-public.fr/exemple/{n}",
        "date_modification": f"{1 + version % 28:02d}/10/2026 09:00:00", "date_creation": "02/01/2019 10:00:00",
        "telecopie": [], "reseau_social": [], "texte_reference": [], "affectation_personne": [],
        "organigramme": [], "ancien_identifiant": [], "ancien_nom": [], "annuaire": [], "tchat": [],
        "hierarchie": [], "sve": [], "telephone_accessible": [], "application_mobile": [],
        "formulaire_contact": [], "version_type": "Publiable", "statut_de_diffusion": "true",
    }


def synthetic_export(version: int = 1) -> dict:
    """60,000 records whose competence zones follow the real territory."""
    rng = random.Random(SEED)
    communes = [c for c in load_derivative()["communes"] if c[2] == "commune"]
    by_dep: dict[str, list[str]] = defaultdict(list)
    by_epci: dict[str, list[str]] = defaultdict(list)
    for code, _nom, _kind, dep, _reg, epci, _pop, _cps, _parent in communes:
        by_dep[dep].append(code)
        if epci:
            by_epci[epci].append(code)
    records: list[dict] = []

    def add(nom: str, pivot: str, zone: list[str], code_insee: str) -> None:
        records.append(_record(len(records) + 1, f"{nom} (exemple)", pivot, zone, code_insee, version))

    for code, nom, *_ in communes:  # one mairie per commune
        add(f"Mairie - {nom}", "mairie", [code], code)
    for code, nom, _k, _d, _r, _e, population, *_ in communes:
        if (population or 0) >= 1500:  # the CCAS is compulsory from 1,500 inhabitants
            add(f"Centre communal d'action sociale - {nom}", "ccas", [code], code)
    for epci, codes in sorted(by_epci.items())[::3]:  # a third of intercommunalities run a CIAS
        add(f"Centre intercommunal d'action sociale {epci}", "cias", codes, codes[0])
    for dep, codes in sorted(by_dep.items()):
        for pivot, label, offices in (("caf", "CAF", 3), ("cpam", "CPAM", 3), ("maison_handicapees", "MDPH", 1),
                                      ("cg", "Maison des solidarités", 6)):
            for i in range(offices):
                add(f"{label} {dep} - accueil {i + 1}", pivot, codes, codes[0])
        chunk = max(1, len(codes) // 5)
        for i in range(0, len(codes), chunk):
            add(f"Mission locale {dep}-{i // chunk + 1}", "mission_locale", codes[i:i + chunk], codes[i])
        for i in range(0, len(codes), 12):
            add(f"France Services {dep}-{i // 12 + 1}", "msap", codes[i:i + 12], codes[i])
        for i in range(0, len(codes), 40):
            add(f"Point conseil budget {dep}-{i // 40 + 1}", "pcb", codes[i:i + 40], codes[i])
    outside = ("gendarmerie", "commissariat_police", "tribunal_judiciaire", "prefecture", "sous_pref", "ddfip")
    while len(records) < N_RECORDS:  # offices outside orientation: read, counted as ignored
        code = rng.choice(communes)[0]
        add(f"Service local {len(records)}", rng.choice(outside), [code], code)
    return {"service": records[:N_RECORDS]}


def _timed_import(path: Path, engine) -> tuple[float, float, object]:
    """Wall time and this process's CPU time (the machine may be shared: CPU time varies less)."""
    start, cpu = time.perf_counter(), time.process_time()
    report = import_annuaire(path, engine)
    return time.perf_counter() - start, time.process_time() - cpu, report


def main() -> None:
    url = os.environ.get("TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory() as tmp:
        url = url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        os.environ["DATABASE_URL"] = url
        engine = get_engine(url)
        print(f"Base : {engine.dialect.name} (jetable)")
        build_territory(engine)
        reset_index()
        first, second = Path(tmp) / "annuaire-v1.json", Path(tmp) / "annuaire-v2.json"
        start = time.perf_counter()
        data = synthetic_export(version=1)
        first.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        second.write_text(json.dumps(synthetic_export(version=2), ensure_ascii=False), encoding="utf-8")
        zones = sum(len(r["pivot"][0]["code_insee_commune"]) for r in data["service"])
        print(f"Export synthétique : {len(data['service'])} enregistrements, {zones} codes de compétence, "
              f"{first.stat().st_size / 1e6:.0f} Mo ({time.perf_counter() - start:.1f} s pour les écrire)")

        for label, path in (("import initial (créations)", first), ("réimport modifié (mises à jour)", second),
                            ("réimport identique (inchangés)", second)):
            seconds, cpu, report = _timed_import(path, engine)
            print(f"{label:<32} {N_RECORDS / seconds:>8.0f} enregistrements/s ({seconds:.1f} s ; "
                  f"{N_RECORDS / cpu:.0f}/s en temps processeur du processus) — "
                  f"{report.created} créés, {report.updated} mis à jour, {report.unchanged} inchangés, "
                  f"{len(report.rejected)} rejetés, {sum(report.ignored.values())} ignorés")

        rng = random.Random(SEED)
        communes = [c[0] for c in load_derivative()["communes"]]
        sample = rng.sample(communes, N_COMMUNES)
        for code in sample[:50]:  # warm-up: territory index, connection pool
            contacts_for_commune(code, engine)
        timings, generic = [], 0
        for code in sample:
            start = time.perf_counter()
            contacts = contacts_for_commune(code, engine)
            timings.append((time.perf_counter() - start) * 1000)
            generic += sum(c.generic for c in contacts)
        timings.sort()
        p50 = statistics.median(timings)
        p99 = timings[int(len(timings) * 0.99) - 1]
        print(f"contacts_for_commune sur {N_COMMUNES} communes : p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
              f"max {timings[-1]:.1f} ms ({generic} contacts génériques sur l'ensemble)")
        engine.dispose()


if __name__ == "__main__":
    main()
