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


_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
_DAYS = re.compile(rf"^{_DAY}(?:-{_DAY})?(?:,{_DAY}(?:-{_DAY})?)*$")
_SPANS = re.compile(r"^\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*$")


def _days_fr(days: str) -> str:
    parts = []
    for chunk in days.split(","):
        first, _, last = chunk.partition("-")
        parts.append(f"du {FRENCH[first]} au {FRENCH[last]}" if last else FRENCH[first])
    return ", ".join(parts)


def osm_to_french(value: str | None) -> str | None:
    """Render simple OSM opening_hours rules in French (``Mo-Fr 08:30-12:00`` ->
    ``du lundi au vendredi : 08h30-12h00``); a rule it cannot read makes it return the value as it is."""
    if not value:
        return None
    parts = []
    for rule in (r.strip() for r in value.split(";")):
        if not rule:
            continue
        if rule == "PH off":
            parts.append("fermé les jours fériés")
            continue
        days, _, spans = rule.partition(" ")
        spans = spans.strip()
        if not _DAYS.match(days) or not (spans == "off" or _SPANS.match(spans)):
            return value
        hours = "fermé" if spans == "off" else " et ".join(s.replace(":", "h") for s in spans.split(","))
        parts.append(f"{_days_fr(days)} : {hours}")
    return " ; ".join(parts) or None
