"""What an import did: created, updated, unchanged, rejected (with reasons), ignored."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


class ImportFormatError(ValueError):
    """The file is not in the expected published format: nothing was imported."""


class RecordError(ValueError):
    """One record cannot be imported; the message is the reason, in French."""


@dataclass
class ImportReport:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (record id or position, reason)
    ignored: Counter = field(default_factory=Counter)  # reason -> count (records outside our scope)

    def reject(self, where: str, reason: str) -> None:
        self.rejected.append((where, reason))

    def add(self, other: ImportReport) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.ignored.update(other.ignored)

    @property
    def accepted(self) -> int:
        return self.created + self.updated + self.unchanged

    def to_dict(self) -> dict:
        return {"source": self.source, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "rejected": [{"record": w, "reason": r} for w, r in self.rejected],
                "ignored": dict(self.ignored)}

    def to_text(self, max_reasons: int = 20) -> str:
        lines = [f"Import {self.source} : {self.created} créés, {self.updated} mis à jour, "
                 f"{self.unchanged} inchangés, {len(self.rejected)} rejetés"
                 + (f", {sum(self.ignored.values())} ignorés" if self.ignored else "") + "."]
        for where, reason in self.rejected[:max_reasons]:
            lines.append(f"  rejeté {where} : {reason}")
        if len(self.rejected) > max_reasons:
            lines.append(f"  … et {len(self.rejected) - max_reasons} autres rejets")
        for reason, count in sorted(self.ignored.items()):
            lines.append(f"  ignorés ({reason}) : {count}")
        return "\n".join(lines)


def pydantic_reason(exc: Exception) -> str:
    """One line naming the faulty fields of a pydantic ValidationError."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    parts = []
    for error in errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ())) or "enregistrement"
        message = str(error.get("msg"))
        if len(message) > 160:  # enum errors list every allowed value
            message = message[:157] + "…"
        parts.append(f"{where} : {message}")
    return " ; ".join(parts)
