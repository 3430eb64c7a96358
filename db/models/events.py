"""Exercises and incidents, their debriefs and observations, and the lessons and recommendations drawn from them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record, UTCDateTime
from db.models.plans import DISRUPTIONS
from db.models.risks import one_of

EXERCISE_KINDS = ("discussion", "tabletop", "walk_through", "call_cascade_test", "functional", "live")
OBJECTIVE_RATINGS = ("met", "partially_met", "not_met")
DEBRIEF_KINDS = ("hot", "cold", "multi_agency", "post_incident")
OBSERVATION_KINDS = ("went_well", "improvement", "notable_practice")
RECOMMENDATION_STATUSES = ("identified", "in_progress", "implemented", "embedded")
INCIDENT_STATUSES = ("active", "stood_down", "closed")
LOG_KINDS = ("information", "decision", "action", "communication")

# An event is an exercise or an incident, never both, never neither.
ONE_EVENT = "(exercise_id IS NULL) <> (incident_id IS NULL)"


class Exercise(Record):
    __tablename__ = "exercises"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint(one_of("kind", EXERCISE_KINDS), name="kind_known"),
    )

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    multi_agency: Mapped[bool] = mapped_column(Boolean, default=False)
    held_on: Mapped[date] = mapped_column(Date)
    scenario: Mapped[str] = mapped_column(Text, default="")
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))


class ExerciseObjective(Record):
    __tablename__ = "exercise_objectives"
    __table_args__ = (CheckConstraint(f"rating IS NULL OR {one_of('rating', OBJECTIVE_RATINGS)}", name="rating_known"),)

    exercise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exercises.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    rating: Mapped[str | None] = mapped_column(String(14))


class ExerciseParticipant(Record):
    __tablename__ = "exercise_participants"
    __table_args__ = (UniqueConstraint("exercise_id", "person_id"),)

    exercise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exercises.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)


class ExercisePlan(Record):
    """A plan tested by an exercise."""

    __tablename__ = "exercise_plans"
    __table_args__ = (UniqueConstraint("exercise_id", "plan_id"),)

    exercise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exercises.id"), index=True)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)


class Incident(Record):
    __tablename__ = "incidents"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint(one_of("status", INCIDENT_STATUSES), name="status_known"),
        CheckConstraint("stood_down_at IS NULL OR stood_down_at >= started_at", name="stand_down_after_start"),
    )

    title: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stood_down_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="active")
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    closing_note: Mapped[str] = mapped_column(Text, default="")


class IncidentDisruption(Record):
    __tablename__ = "incident_disruptions"
    __table_args__ = (
        CheckConstraint(one_of("disruption", DISRUPTIONS), name="disruption_known"),
        UniqueConstraint("incident_id", "disruption"),
    )

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    disruption: Mapped[str] = mapped_column(String(12))


class IncidentService(Record):
    """A service affected by an incident, and whether its plan was invoked."""

    __tablename__ = "incident_services"
    __table_args__ = (UniqueConstraint("incident_id", "service_id"),)

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), index=True)
    plan_invoked: Mapped[bool] = mapped_column(Boolean, default=False)


class OpelChange(Record):
    __tablename__ = "opel_changes"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),)

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")


class SituationReport(Record):
    __tablename__ = "situation_reports"
    __table_args__ = (
        CheckConstraint("staffing_percent IS NULL OR (staffing_percent >= 0 AND staffing_percent <= 100)",
                        name="staffing_range"),
    )

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"))
    staffing_percent: Mapped[float | None] = mapped_column(Float)
    issues: Mapped[str] = mapped_column(Text, default="")


class LogEntry(Record):
    """JESIP incident and decision log entry. Append-only: triggers refuse UPDATE and DELETE."""

    __tablename__ = "log_entries"
    __table_args__ = (
        CheckConstraint(one_of("kind", LOG_KINDS), name="kind_known"),
        CheckConstraint("length(trim(text)) > 0", name="text_present"),
        CheckConstraint("kind <> 'decision' OR length(trim(coalesce(rationale, ''))) > 0", name="decision_rationale"),
        # not unique: two laptops offline may both write entry 5, and the merged log keeps both (by union)
        Index("ix_log_entries_incident_id_sequence", "incident_id", "sequence"),
    )

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    logged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    event_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    kind: Mapped[str] = mapped_column(String(14))
    text: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str | None] = mapped_column(Text)
    options_considered: Mapped[str | None] = mapped_column(Text)
    late_reason: Mapped[str | None] = mapped_column(Text)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("log_entries.id"))


class StepTick(Record):
    """A response card step ticked during an incident: who and when."""

    __tablename__ = "step_ticks"
    __table_args__ = (UniqueConstraint("incident_id", "step_id"),)

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    step_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_steps.id"))
    ticked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    ticked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Debrief(Record):
    __tablename__ = "debriefs"
    __table_args__ = (
        CheckConstraint(one_of("kind", DEBRIEF_KINDS), name="kind_known"),
        CheckConstraint(ONE_EVENT, name="one_event"),
    )

    exercise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("exercises.id"), index=True)
    incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(14))
    held_on: Mapped[date] = mapped_column(Date)
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))


class Theme(Record):
    __tablename__ = "themes"

    name: Mapped[str] = mapped_column(String(60), unique=True)


class Observation(Record):
    __tablename__ = "observations"
    __table_args__ = (
        CheckConstraint(one_of("kind", OBSERVATION_KINDS), name="kind_known"),
        CheckConstraint("length(trim(text)) > 0", name="text_present"),
    )

    debrief_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("debriefs.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(18))
    text: Mapped[str] = mapped_column(Text)


class ObservationTheme(Record):
    __tablename__ = "observation_themes"
    __table_args__ = (UniqueConstraint("observation_id", "theme_id"),)

    observation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("observations.id"), index=True)
    theme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("themes.id"), index=True)


class Lesson(Record):
    """A lesson identified from an exercise or an incident."""

    __tablename__ = "lessons"
    __table_args__ = (
        CheckConstraint(ONE_EVENT, name="one_event"),
        CheckConstraint("length(trim(text)) > 0", name="text_present"),
    )

    exercise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("exercises.id"), index=True)
    incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class LessonTheme(Record):
    __tablename__ = "lesson_themes"
    __table_args__ = (UniqueConstraint("lesson_id", "theme_id"),)

    lesson_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lessons.id"), index=True)
    theme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("themes.id"), index=True)


class Recommendation(Record):
    """identified -> in_progress -> implemented (evidence) -> embedded (verified by a later event)."""

    __tablename__ = "recommendations"
    __table_args__ = (
        CheckConstraint(one_of("status", RECOMMENDATION_STATUSES), name="status_known"),
        CheckConstraint("length(trim(text)) > 0", name="text_present"),
        CheckConstraint(
            "status NOT IN ('implemented', 'embedded') OR length(trim(coalesce(evidence, ''))) > 0",
            name="evidence_when_implemented",
        ),
        CheckConstraint(
            "status <> 'embedded' OR verified_by_exercise_id IS NOT NULL OR verified_by_incident_id IS NOT NULL",
            name="verified_when_embedded",
        ),
    )

    lesson_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lessons.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="identified")
    evidence: Mapped[str | None] = mapped_column(Text)
    verified_by_exercise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("exercises.id"))
    verified_by_incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id"))
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plans.id"), index=True)
    risk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("risks.id"), index=True)
