"""Opening hours: service-public.fr ``plage_ouverture`` -> OpenStreetMap ``opening_hours`` -> French."""
from __future__ import annotations

import re

DAYS = {"lundi": "Mo", "mardi": "Tu", "mercredi": "We", "jeudi": "Th", "vendredi": "Fr",
        "samedi": "Sa", "dimanche": "Su"}
FRENCH = {v: k for k, v in DAYS.items()}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")


def _hhmm(value: str | None) -> str | None:
    match = _TIME.match((value or "").strip())
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if hours > 24 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def plages_to_osm(plages: list[dict]) -> str | None:
    """``[{"nom_jour_debut": "Lundi", "nom_jour_fin": "Vendredi", "valeur_heure_debut_1": "08:30:00", …}]``
    -> ``"Mo-Fr 08:30-12:00,13:30-17:00"``; slots that cannot be read are left out."""
    rules = []
    for plage in plages:
        if not isinstance(plage, dict):
            continue
        start = DAYS.get(str(plage.get("nom_jour_debut") or "").strip().lower())
        end = DAYS.get(str(plage.get("nom_jour_fin") or "").strip().lower()) or start
        if not start:
            continue
        spans = []
        for i in (1, 2):
            opens, closes = _hhmm(plage.get(f"valeur_heure_debut_{i}")), _hhmm(plage.get(f"valeur_heure_fin_{i}"))
            if opens and closes:
                spans.append(f"{opens}-{closes}")
        if spans:
            days = start if start == end else f"{start}-{end}"
            rules.append(f"{days} {','.join(spans)}")
    return "; ".join(rules) or None


def osm_to_french(value: str | None) -> str | None:
    """Render the simple rules written by `plages_to_osm` in French; other OSM strings are returned as they are."""
    if not value:
        return None
    parts = []
    for rule in value.split(";"):
        match = re.fullmatch(r"\s*(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?\s+([\d:,\-]+)\s*", rule)
        if not match:
            return value
        first, last, spans = match[1], match[2], match[3]
        days = FRENCH[first] if not last else f"du {FRENCH[first]} au {FRENCH[last]}"
        hours = " et ".join(span.replace(":", "h").replace("-", "-") for span in spans.split(","))
        parts.append(f"{days} : {hours}")
    return " ; ".join(parts)
