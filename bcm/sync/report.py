"""What one sync did, for the command line and the status bar."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from bcm.errors import DomainError


class ServerUnreachable(DomainError):
    """The server cannot be reached: normal when offline; the local replica keeps working."""


class SyncRefused(DomainError):
    """The server or the replica is not fit to sync (wrong schema, not set up); the message says what to do."""


@dataclass
class SyncReport:
    pushed: Counter[str] = field(default_factory=Counter)
    pulled: Counter[str] = field(default_factory=Counter)
    merged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # new this time
    problems: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (record, the server's reason with who may)
    open_conflicts: int = 0
    finished_at: datetime | None = None

    @property
    def changed_anything(self) -> bool:
        return bool(self.pushed or self.pulled or self.merged or self.conflicts)

    def lines(self) -> list[str]:
        def counts(c: Counter[str]) -> str:
            total = sum(c.values())
            if not total:
                return "nothing"
            return f"{total} records (" + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(c.items())) + ")"

        out = [f"pushed: {counts(self.pushed)}", f"pulled: {counts(self.pulled)}"]
        if self.merged:
            out.append(f"merged (changed on both sides, different fields): {len(self.merged)}")
            out.extend(f"  {m}" for m in self.merged)
        if self.conflicts:
            out.append(f"new conflicts: {len(self.conflicts)}")
            out.extend(f"  {c}" for c in self.conflicts)
        out.extend(f"not synced: {p}" for p in self.problems)
        out.extend(self.refusal_lines())
        if self.open_conflicts:
            out.append(f"{self.open_conflicts} conflicts wait for you: bcm sync conflicts, then bcm sync resolve")
        return out

    def refusal_lines(self) -> list[str]:
        """The changes the server refused, grouped by its reason (which says who may make them)."""
        if not self.refused:
            return []
        by_reason: dict[str, list[str]] = {}
        for record, reason in self.refused:
            by_reason.setdefault(reason, []).append(record)
        n = len(self.refused)
        out = [f"refused by the server: {n} change{'' if n == 1 else 's'}, kept here and sent again at each sync"]
        for reason, records in by_reason.items():
            out.append(f"  {'; '.join(sorted(records))}: {reason}")  # sorted: the same report each time
        out.append("  ask who may make them to do so, or take the server's version back with: bcm sync discard")
        return out
