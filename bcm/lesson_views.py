"""Plain read-models of exercises, debriefs, lessons and recommendations."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class LessonRow:
    """One recommendation with the lesson and event it came from (or a lesson with none yet)."""

    recommendation_id: uuid.UUID | None
    event: str
    event_kind: str  # exercise / incident
    event_date: date
    lesson: str
    recommendation: str
    owner: str
    due: date | None
    status: str
    themes: tuple[str, ...]
    overdue: bool
    plan: str
    risk: str
    evidence: str
    verified_by: str

    def as_json(self) -> dict[str, object]:
        return {
            "event": self.event, "event_kind": self.event_kind, "event_date": self.event_date.isoformat(),
            "lesson": self.lesson, "recommendation": self.recommendation, "owner": self.owner,
            "due": self.due.isoformat() if self.due else None, "status": self.status, "themes": list(self.themes),
            "overdue": self.overdue, "plan": self.plan or None, "risk": self.risk or None,
            "evidence": self.evidence or None, "verified_by": self.verified_by or None,
        }


@dataclass(frozen=True)
class ExerciseRow:
    id: uuid.UUID
    name: str
    kind: str
    multi_agency: bool
    held_on: date
    facilitator: str
    objectives: int
    objectives_met: int
    observations: int
    open_recommendations: int

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name, "type": self.kind, "multi_agency": self.multi_agency, "date": self.held_on.isoformat(),
            "facilitator": self.facilitator, "objectives": self.objectives, "objectives_met": self.objectives_met,
            "observations": self.observations, "open_recommendations": self.open_recommendations,
        }


@dataclass(frozen=True)
class ObjectiveView:
    text: str
    rating: str | None


@dataclass(frozen=True)
class ObservationView:
    kind: str
    text: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class DebriefView:
    kind: str
    held_on: date
    facilitator: str
    observations: list[ObservationView] = field(default_factory=list)


@dataclass(frozen=True)
class ExerciseReport:
    name: str
    kind: str
    multi_agency: bool
    held_on: date
    scenario: str
    facilitator: str
    participants: list[str]
    plans_tested: list[str]
    objectives: list[ObjectiveView]
    debriefs: list[DebriefView]
    recommendations: list[LessonRow]
