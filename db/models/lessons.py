"""Debriefs of exercises and incidents, their observations and themes, and the lessons and recommendations drawn
from them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record
from db.models.risks import one_of

DEBRIEF_KINDS = ("hot", "cold", "multi_agency", "post_incident")
OBSERVATION_KINDS = ("went_well", "improvement", "notable_practice")
RECOMMENDATION_STATUSES = ("identified", "in_progress", "implemented", "embedded")

# An event is an exercise or an incident, never both, never neither.
ONE_EVENT = "(exercise_id IS NULL) <> (incident_id IS NULL)"


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
