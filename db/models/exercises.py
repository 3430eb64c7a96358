"""Exercises: their objectives, participants and the plans they test."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record
from db.models.risks import one_of

EXERCISE_KINDS = ("discussion", "tabletop", "walk_through", "call_cascade_test", "functional", "live")
OBJECTIVE_RATINGS = ("met", "partially_met", "not_met")


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
