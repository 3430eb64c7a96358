"""Plain read-models of one whole business continuity plan: what the printed packs (and the incident screen) need."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from bcm.plan_views import AffectedActivity


@dataclass(frozen=True)
class ActivityView:
    """A critical activity of the business impact analysis."""

    id: uuid.UUID
    name: str
    priority: int
    rto_hours: float
    mtpd_hours: float
    minimum_staff: int = 0
    minimum_service_level: str = ""
    workarounds: str = ""
    description: str = ""


@dataclass(frozen=True)
class DependencyView:
    id: uuid.UUID
    kind: str
    name: str
    recovery_hours: float | None
    activity_ids: tuple[uuid.UUID, ...] = ()
    activities: tuple[str, ...] = ()  # names of the activities that need it, in priority order
    notes: str = ""


@dataclass(frozen=True)
class Gap:
    """A dependency that comes back later than an activity needing it must be running again."""

    dependency: str
    kind: str
    recovery_hours: float
    activity: str
    rto_hours: float
    dependency_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = None

    @property
    def short_by_hours(self) -> float:
        return self.recovery_hours - self.rto_hours


@dataclass(frozen=True)
class ContactView:
    """A person as the cascade prints them: how to reach them at any hour."""

    name: str
    job_title: str = ""
    work_phone: str = ""
    mobile: str = ""
    out_of_hours: str = ""
    email: str = ""
    on_call_role: str = ""


@dataclass(frozen=True)
class CascadeView:
    position: int
    person: ContactView
    role: str
    called_by: str
    alternate: ContactView | None


@dataclass(frozen=True)
class StepView:
    position: int
    text: str
    who: str
    when: str


@dataclass(frozen=True)
class CardView:
    disruption: str
    label: str  # "Loss of power"
    title: str  # the plan's own title for its card, e.g. "Loss of power at a care home"
    steps: tuple[StepView, ...]


@dataclass(frozen=True)
class ThresholdView:
    level: str  # amber / red / black
    below_percent: float
    actions: str


@dataclass(frozen=True)
class VersionView:
    number: str
    issued_on: date
    summary: str
    owner: str


@dataclass(frozen=True)
class PlanDetail:
    """Everything one service's plan holds, in the order a grab pack prints it."""

    service_id: uuid.UUID
    plan_id: uuid.UUID
    service: str
    short_name: str
    division: str
    locality: str
    manager: str
    description: str
    status: str  # draft / approved / review overdue
    version: str
    owner: str
    author: str
    approver: str
    approved_on: date | None
    next_review: date | None
    review_overdue: bool
    last_exercised: date | None
    scope: str
    invocation_criteria: str
    who_may_invoke: str
    activities: tuple[ActivityView, ...]  # by priority, then recovery time
    dependencies: tuple[DependencyView, ...]
    gaps: tuple[Gap, ...]
    cascade: tuple[CascadeView, ...]  # by position
    cards: tuple[CardView, ...]  # in the order of bcm.disruptions.LABELS
    thresholds: tuple[ThresholdView, ...]  # amber, red, black
    versions: tuple[VersionView, ...]  # oldest first

    def card(self, disruption: str) -> CardView | None:
        return next((c for c in self.cards if c.disruption == disruption), None)

    def gaps_of(self, dependency: DependencyView) -> tuple[Gap, ...]:
        return tuple(g for g in self.gaps if g.dependency_id == dependency.id)

    @property
    def alternates_outside_cascade(self) -> tuple[ContactView, ...]:
        """Stand-ins who are not themselves in the cascade: their numbers must be printed too."""
        inside = {c.person.name for c in self.cascade}
        found: dict[str, ContactView] = {}
        for entry in self.cascade:
            if entry.alternate is not None and entry.alternate.name not in inside:
                found.setdefault(entry.alternate.name, entry.alternate)
        return tuple(found.values())


@dataclass(frozen=True)
class DisruptionPack:
    """One disruption type across every service it hits: the summary, then each service's plan."""

    disruption: str
    label: str
    cuts: tuple[str, ...]  # dependency kinds it takes away
    activities: tuple[AffectedActivity, ...]  # soonest recovery first, across services
    plans: tuple[PlanDetail, ...]  # in the order their first activity must be back
