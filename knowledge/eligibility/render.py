"""A readable orientation, for a terminal or a chat (amounts labelled as estimates)."""
from __future__ import annotations

from knowledge.eligibility.orient import Orientation

LABEL = {"probable": "probable", "possible": "possible", "unlikely": "peu probable", "deja_percu": "déjà perçu"}


def render_text(orientation: Orientation, show_unlikely: bool = False) -> str:
    lines: list[str] = []
    if orientation.emergency:
        lines.append("EN CAS D'URGENCE")
        lines += [f"  {e['number']} — {e['label']}" for e in orientation.emergency]
        lines.append("")
    if orientation.commune:
        lines.append(f"Commune : {orientation.commune['label']}")
    elif orientation.commune_candidates:
        lines.append("Commune à préciser parmi : " + ", ".join(c["label"] for c in orientation.commune_candidates))
    proposed = orientation.proposed
    lines.append(f"Aides et dispositifs proposés ({len(proposed)}) — les montants sont des estimations :")
    for scheme in proposed:
        amount = scheme.amount_text
        lines.append(f"  • {scheme.name} [{LABEL[scheme.eligibility]}]" + (f" : {amount}" if amount else ""))
        lines.append(f"      Pourquoi : {scheme.why}")
        if scheme.how:
            lines.append(f"      Comment : {scheme.how}")
        if scheme.contacts:
            lines.append(f"      Où : {', '.join(scheme.contacts)}")
        if scheme.source:
            lines.append(f"      Source : {scheme.source}")
    received = [s for s in orientation.schemes if s.eligibility == "deja_percu"]
    if received:
        lines.append("Déjà perçues : " + ", ".join(s.name for s in received))
        lines += [f"      {o['texte']}" for s in received for o in s.opens]
    others = [s for s in orientation.schemes if s.eligibility == "unlikely"]
    if show_unlikely and others:
        lines.append("Peu probables :")
        lines += [f"  – {s.name} : {s.why}" for s in others]
    elif others:
        lines.append("Peu probables : " + ", ".join(s.name for s in others))
    if orientation.contacts:
        lines.append("Contacts :")
        for c in orientation.contacts:
            lines.append(f"  [{c['kind']}] {c['name']}" + (f" — {c['url']}" if c.get("url") else ""))
    if orientation.missing:
        lines.append("Pour être plus précis, il faudrait savoir : " + ", ".join(orientation.missing))
    if orientation.assumptions:
        lines.append("Hypothèses du calcul : " + " ; ".join(orientation.assumptions))
    return "\n".join(lines)
