"""Plain read-models of services and their plans."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlanRow:
    service_id: uuid.UUID
    plan_id: uuid.UUID | None
    service: str
    short_name: str
    division: str
    locality: str
    manager: str
    status: str  # no plan / draft / approved / review overdue
    version: str
    owner: str
    next_review: date | None
    overdue: bool
    last_exercised: date | None

    def as_json(self) -> dict[str, object]:
        return {
            "service": self.service, "short_name": self.short_name, "division": self.division,
            "locality": self.locality, "manager": self.manager, "status": self.status, "version": self.version,
            "owner": self.owner, "next_review": self.next_review.isoformat() if self.next_review else None,
            "overdue": self.overdue, "last_exercised": self.last_exercised.isoformat() if self.last_exercised else None,
        }


@dataclass(frozen=True)
class AffectedActivity:
    """A critical activity of a service that a disruption hits, with what to do about it."""

    service: str
    activity: str
    priority: int
    rto_hours: float
    mtpd_hours: float
    minimum_staff: int
    minimum_service_level: str
    workaround: str
    disruptions: tuple[str, ...]
    via: tuple[str, ...]  # the dependencies it needs that the disruption takes away
    first_steps: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "service": self.service, "activity": self.activity, "priority": self.priority,
            "rto_hours": self.rto_hours, "mtpd_hours": self.mtpd_hours, "minimum_staff": self.minimum_staff,
            "minimum_service_level": self.minimum_service_level, "workaround": self.workaround,
            "disruptions": list(self.disruptions), "via": list(self.via), "first_steps": list(self.first_steps),
        }
