"""Plain read-models of one plan as the editor shows it: every part with its id and lock version."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from bcm.plan_detail_views import Gap


@dataclass(frozen=True)
class PlanOverview:
    plan_id: uuid.UUID
    version: int  # optimistic-lock counter of the plan row
    service_id: uuid.UUID
    service: str
    short_name: str
    status: str  # draft / approved / review overdue
    number: str  # the printed version, e.g. "4.1"
    owner: str
    author: str
    approver: str
    approved_on: date | None
    next_review: date | None
    last_exercised: date | None
    scope: str
    invocation_criteria: str
    who_may_invoke: str

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    version: int
    name: str
    priority: int
    rto_hours: float
    mtpd_hours: float
    minimum_service_level: str
    minimum_staff: int
    workarounds: str
    description: str


@dataclass(frozen=True)
class DependencyRow:
    id: uuid.UUID
    version: int
    kind: str
    kind_label: str
    name: str
    recovery_hours: float | None
    notes: str
    activity_ids: tuple[uuid.UUID, ...]
    activities: tuple[str, ...]
    gaps: tuple[Gap, ...]  # the activities needing it that it cannot be back in time for

    @property
    def is_gap(self) -> bool:
        return bool(self.gaps)


@dataclass(frozen=True)
class CascadeRow:
    id: uuid.UUID
    version: int
    position: int
    person: str
    job_title: str
    work_phone: str
    mobile: str
    out_of_hours: str
    role: str
    called_by: str
    alternate: str
    alternate_out_of_hours: str


@dataclass(frozen=True)
class StepRow:
    id: uuid.UUID
    version: int
    position: int
    text: str
    who: str
    when: str


@dataclass(frozen=True)
class CardRow:
    id: uuid.UUID
    version: int
    disruption: str
    label: str
    title: str
    steps: tuple[StepRow, ...]


@dataclass(frozen=True)
class ThresholdRow:
    id: uuid.UUID
    version: int
    level: str
    below_percent: float
    actions: str


@dataclass(frozen=True)
class VersionRow:
    id: uuid.UUID
    number: str
    issued_on: date
    summary: str
    owner: str
    approved_by: str
    frozen: bool  # holds a snapshot of the plan as approved


@dataclass(frozen=True)
class PlanEdit:
    """Everything the plan editor shows, read in one go."""

    overview: PlanOverview
    activities: tuple[ActivityRow, ...]  # by priority, then RTO
    dependencies: tuple[DependencyRow, ...]
    gaps: tuple[Gap, ...]
    cascade: tuple[CascadeRow, ...]  # by position
    cards: tuple[CardRow, ...]  # in the order of bcm.disruptions.LABELS
    thresholds: tuple[ThresholdRow, ...]  # amber, red, black
    versions: tuple[VersionRow, ...]  # newest first

    def card(self, disruption: str) -> CardRow | None:
        return next((c for c in self.cards if c.disruption == disruption), None)

    def threshold(self, level: str) -> ThresholdRow | None:
        return next((t for t in self.thresholds if t.level == level), None)
