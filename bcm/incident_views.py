"""Plain read-models of incidents: the list, the recovery clock, cards, situation reports and the log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from bcm.incident_rules import ClockState, Rating


@dataclass(frozen=True)
class IncidentRow:
    id: uuid.UUID
    title: str
    status: str
    started_at: datetime
    stood_down_at: datetime | None
    lead: str
    disruptions: tuple[str, ...]
    services: int
    opel: int | None
    entries: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": str(self.id), "title": self.title, "status": self.status,
            "started_at": self.started_at.isoformat(),
            "stood_down_at": self.stood_down_at.isoformat() if self.stood_down_at else None,
            "lead": self.lead, "disruptions": list(self.disruptions), "services": self.services,
            "opel": self.opel, "entries": self.entries,
        }


@dataclass(frozen=True)
class ClockRow:
    service: str
    activity: str
    priority: int
    rto_hours: float
    mtpd_hours: float
    workaround: str
    state: ClockState
    hours_left: float


@dataclass(frozen=True)
class StepView:
    id: uuid.UUID
    position: int
    text: str
    who: str
    when: str
    ticked_by: str | None
    ticked_at: datetime | None


@dataclass(frozen=True)
class CardView:
    service: str
    disruption: str
    title: str
    steps: list[StepView]


@dataclass(frozen=True)
class SitrepView:
    at: datetime
    service: str
    staffing_percent: float | None
    rating: Rating | None
    issues: str


@dataclass(frozen=True)
class OpelView:
    at: datetime
    level: int
    reason: str


@dataclass(frozen=True)
class LogView:
    id: uuid.UUID
    sequence: int
    logged_at: datetime
    event_at: datetime
    author: str
    kind: str
    text: str
    rationale: str | None
    options: str | None
    late_reason: str | None
    corrects: int | None  # the sequence number of the entry this one corrects
    corrected_by: tuple[int, ...] = ()
    corrects_id: uuid.UUID | None = None  # that entry (numbers can repeat once laptops' logs are merged)

    def parts(self) -> list[str]:
        """What the entry says, as the screen and the printed report show it: its text, then its rationale,
        options, late reason and corrections, one a line."""
        parts = [self.text]
        if self.rationale:
            parts.append(f"Rationale: {self.rationale}")
        if self.options:
            parts.append(f"Options considered: {self.options}")
        if self.late_reason:
            parts.append(f"Logged late because: {self.late_reason}")
        if self.corrects:
            parts.append(f"This corrects entry {self.corrects}")
        if self.corrected_by:
            parts.append("This was corrected by entry " + ", ".join(str(n) for n in self.corrected_by))
        return parts


@dataclass(frozen=True)
class IncidentDetail:
    row: IncidentRow
    closing_note: str
    services: list[str]
    clock: list[ClockRow] = field(default_factory=list)
    cards: list[CardView] = field(default_factory=list)
    sitreps: list[SitrepView] = field(default_factory=list)
    opel: list[OpelView] = field(default_factory=list)
    log: list[LogView] = field(default_factory=list)
