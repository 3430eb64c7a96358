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
    lesson_id: uuid.UUID | None = None
    version: int | None = None  # the recommendation's, for optimistic locking
    event_id: uuid.UUID | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "event": self.event, "event_kind": self.event_kind, "event_date": self.event_date.isoformat(),
            "lesson": self.lesson, "recommendation": self.recommendation, "owner": self.owner,
            "due": self.due.isoformat() if self.due else None, "status": self.status, "themes": list(self.themes),
            "overdue": self.overdue, "plan": self.plan or None, "risk": self.risk or None,
            "evidence": self.evidence or None, "verified_by": self.verified_by or None,
        }


@dataclass(frozen=True)
class RecommendationSummary:
    """The dashboard's view of the lessons loop: open and overdue recommendations, and the longest overdue."""

    open: int
    overdue: int
    oldest_overdue: tuple[LessonRow, ...] = ()


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


@dataclass(frozen=True)
class EventRef:
    """An exercise or an incident: what a debrief or lesson belongs to, or what verified a recommendation."""

    kind: str  # exercise / incident
    id: uuid.UUID


@dataclass(frozen=True)
class EventOption:
    kind: str  # exercise / incident
    id: uuid.UUID
    name: str
    held_on: date

    @property
    def ref(self) -> EventRef:
        return EventRef(self.kind, self.id)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.kind}, {self.held_on:%d/%m/%Y})"


@dataclass(frozen=True)
class ObjectiveRow:
    id: uuid.UUID
    text: str
    rating: str | None


@dataclass(frozen=True)
class ObservationRow:
    id: uuid.UUID
    debrief_id: uuid.UUID
    position: int
    kind: str
    text: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class DebriefRow:
    id: uuid.UUID
    kind: str
    held_on: date
    facilitator: str
    observations: tuple[ObservationRow, ...] = ()

    @property
    def label(self) -> str:
        kind = self.kind.replace("_", " ")
        by = f", {self.facilitator}" if self.facilitator else ""
        return f"{kind.capitalize()} debrief {self.held_on:%d/%m/%Y}{by} ({len(self.observations)} observations)"


@dataclass(frozen=True)
class ExerciseDetail:
    id: uuid.UUID
    version: int
    name: str
    kind: str
    multi_agency: bool
    held_on: date
    scenario: str
    facilitator: str
    objectives: tuple[ObjectiveRow, ...]
    participants: tuple[str, ...]
    plans_tested: tuple[str, ...]
    debriefs: tuple[DebriefRow, ...]

    @property
    def ref(self) -> EventRef:
        return EventRef("exercise", self.id)


@dataclass(frozen=True)
class ThemeRow:
    """A theme across every exercise and incident: where it was identified and how far its recommendations got."""

    name: str
    events: tuple[str, ...]  # where identified, oldest first
    lessons: int
    observations: int
    open_recommendations: tuple[LessonRow, ...]
    implemented: int
    embedded: int
    highlight: bool

    @property
    def overdue(self) -> int:
        return sum(r.overdue for r in self.open_recommendations)

    def as_json(self) -> dict[str, object]:
        return {
            "theme": self.name, "events": list(self.events), "event_count": len(self.events),
            "lessons": self.lessons, "observations": self.observations,
            "open_recommendations": len(self.open_recommendations), "overdue": self.overdue,
            "implemented": self.implemented, "embedded": self.embedded, "highlight": self.highlight,
            "open": [{"recommendation": r.recommendation, "owner": r.owner,
                      "due": r.due.isoformat() if r.due else None, "status": r.status, "overdue": r.overdue}
                     for r in self.open_recommendations],
        }
