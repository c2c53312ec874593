"""Amounts in French, and the one caveat that goes with every estimate.

Every page and message that shows an amount uses these: the engine (``SchemeResult.amount_text``
in the orientation JSON), the terminal rendering, the bot's messages, the web pages.
"""
from __future__ import annotations

# What every estimated amount says of itself (the engine is not the paying body).
CAVEAT = "estimation, à confirmer par l'organisme qui verse l'aide"


def est_nombre(value: object) -> bool:
    """A figure the person gave (``int`` or ``float``), not a yes or no (``True`` is an ``int`` in Python)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def euros(amount: float) -> str:
    """``1234.5`` -> ``"1 235 €"`` (narrow no-break space between thousands)."""
    return f"{float(amount):,.0f} €".replace(",", "\u202f")


def amount_text(monthly: float | None, annual: float | None = None) -> str:
    """``"environ 573 € par mois (estimation, à confirmer …)"``, or ``""`` without an amount."""
    if monthly:
        return f"environ {euros(monthly)} par mois ({CAVEAT})"
    if annual:
        return f"environ {euros(annual)} par an ({CAVEAT})"
    return ""
