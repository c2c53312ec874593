"""Benchmark: time to build the territory base, commune-resolution latency.

Prints figures; asserts nothing. Queries are generated from the data with a
fixed seed: exact names, lower-case without accents, "St" abbreviations,
one-letter typos, names with a département or postal code, postal and
INSEE codes, arrondissements, and unknown strings.
"""
from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from knowledge.db import get_engine
from knowledge.territory.build import build_territory
from knowledge.territory.normalize import normalise
from knowledge.territory.resolver import TerritoryIndex

N_QUERIES = 5000


def typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, max(2, len(word) - 1))
    op = rng.choice("dsi")
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if op == "d":
        return word[:i] + word[i + 1:]
    if op == "s":
        return word[:i] + letter + word[i + 1:]
    return word[:i] + letter + word[i:]


def queries(index: TerritoryIndex, rng: random.Random) -> list[tuple[str, str, str | None]]:
    """(kind, query, expected INSEE code or None when any answer is acceptable)."""
    entries = [e for e in index.entries.values() if e.type == "commune"]
    # People ask mostly about inhabited places: weight by population.
    weights = [max(e.population or 1, 50) for e in entries]
    picks = rng.choices(entries, weights=weights, k=N_QUERIES)
    out = []
    for n, e in enumerate(picks):
        kind = ["nom", "minuscules", "saint", "typo", "avec_departement", "code_postal", "code_insee",
                "arrondissement", "inconnu"][n % 9]
        if kind == "nom":
            out.append((kind, e.nom, None))
        elif kind == "minuscules":
            out.append((kind, normalise(e.nom), None))
        elif kind == "saint":
            out.append((kind, e.nom.replace("Saint-", "St ").replace("Sainte-", "Ste "), None))
        elif kind == "typo":
            out.append((kind, typo(rng, e.nom.lower()), e.code if len(e.nom) >= 8 else None))
        elif kind == "avec_departement":
            # "Marseille 13" means the 13th arrondissement: no single expected answer there.
            expected = None if e.nom in ("Paris", "Lyon", "Marseille") else e.code
            out.append((kind, f"{e.nom} {e.departement}", expected))
        elif kind == "code_postal":
            out.append((kind, rng.choice(e.codes_postaux) if e.codes_postaux else e.code, None))
        elif kind == "code_insee":
            out.append((kind, e.code, e.code))
        elif kind == "arrondissement":
            city, number = rng.choice([("Paris", 20), ("Lyon", 9), ("Marseille", 16)])
            out.append((kind, f"{city} {rng.randint(1, number)}e", None))
        else:
            out.append((kind, "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(4, 12))), None))
    return out


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        start = time.perf_counter()
        counts = build_territory(engine)
        build_s = time.perf_counter() - start
        start = time.perf_counter()
        index = TerritoryIndex(engine)
        index_s = time.perf_counter() - start

        rng = random.Random(20261123)
        qs = queries(index, rng)
        for _, q, _ in qs[:200]:  # warm-up
            index.resolve(q)
        latencies: dict[str, list[float]] = {}
        found: dict[str, list[bool]] = {}
        for kind, q, expected in qs:
            t = time.perf_counter()
            result = index.resolve(q)
            latencies.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
            if expected:
                found.setdefault(kind, []).append(expected in [c.code for c in result.candidates])
            if kind == "inconnu":
                found.setdefault(kind, []).append(not result.candidates)

    every = [x for values in latencies.values() for x in values]
    print("== Base de connaissances : territoire ==")
    print(f"construction de la base (SQLite) : {build_s:.2f} s "
          f"({counts['communes']} communes, {counts['arrondissements']} arrondissements)")
    print(f"chargement de l'index en mémoire : {index_s * 1000:.0f} ms")
    print(f"résolution de communes, {len(every)} requêtes : p50 {percentile(every, 50):.3f} ms, "
          f"p99 {percentile(every, 99):.3f} ms, max {max(every):.2f} ms, moyenne {statistics.mean(every):.3f} ms")
    print(f"{'type de requête':<18} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'trouvée':>8}")
    for kind, values in latencies.items():
        hits = found.get(kind)
        rate = f"{100 * sum(hits) / len(hits):.1f} %" if hits else "—"
        print(f"{kind:<18} {len(values):>5} {percentile(values, 50):>8.3f} {percentile(values, 99):>8.3f} {rate:>8}")
    print("('trouvée' : la commune attendue est parmi les candidates ; pour 'inconnu' : aucune réponse)")


if __name__ == "__main__":
    main()
