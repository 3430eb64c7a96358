"""Business continuity plans and their business impact analysis, dependencies, cascade, cards and thresholds."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record
from db.models.risks import one_of

PLAN_STATUSES = ("draft", "approved")
DISRUPTIONS = ("power", "fuel", "ict", "telephony", "premises", "staff", "weather", "supplier", "cyber")
DEPENDENCY_KINDS = ("it_system", "telephony", "premises", "supplier", "vehicles_fuel", "utilities_power", "staff_skill")
IMPACT_HORIZONS = ("1h", "4h", "1d", "3d", "1w")
HARMS = ("people", "statutory", "finance", "reputation")
STAFFING_LEVELS = ("amber", "red", "black")


class Plan(Record):
    """One current plan per service; its approved versions are frozen in plan_versions."""

    __tablename__ = "plans"
    __table_args__ = (CheckConstraint(one_of("status", PLAN_STATUSES), name="status_known"),)

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    current_version: Mapped[str] = mapped_column(String(20), default="0.1")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    approver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    approved_on: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date)
    last_exercised: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")
    invocation_criteria: Mapped[str] = mapped_column(Text, default="")
    who_may_invoke: Mapped[str] = mapped_column(Text, default="")


class PlanVersion(Record):
    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # "2.1" as printed; `version` is the optimistic-lock counter
    issued_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    snapshot: Mapped[dict[str, object] | None] = mapped_column(JSON)


class CriticalActivity(Record):
    __tablename__ = "critical_activities"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("priority >= 1", name="priority_positive"),
        CheckConstraint("rto_hours > 0", name="rto_positive"),
        CheckConstraint("rto_hours <= mtpd_hours", name="rto_within_mtpd"),
        CheckConstraint("minimum_staff >= 0", name="minimum_staff_positive"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=1)
    rto_hours: Mapped[float] = mapped_column(Float)
    mtpd_hours: Mapped[float] = mapped_column(Float)
    minimum_service_level: Mapped[str] = mapped_column(Text, default="")
    minimum_staff: Mapped[int] = mapped_column(Integer, default=0)
    workarounds: Mapped[str] = mapped_column(Text, default="")


class ActivityImpact(Record):
    """Impact over time if the activity stops (1 hour .. 1 week), with the kind of harm."""

    __tablename__ = "activity_impacts"
    __table_args__ = (
        CheckConstraint(one_of("after", IMPACT_HORIZONS), name="after_known"),
        CheckConstraint(one_of("harm", HARMS), name="harm_known"),
        CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
        UniqueConstraint("activity_id", "after", "harm"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("critical_activities.id"), index=True)
    after: Mapped[str] = mapped_column(String(3))
    score: Mapped[int] = mapped_column(Integer)
    harm: Mapped[str] = mapped_column(String(12), default="people")


class Dependency(Record):
    __tablename__ = "dependencies"
    __table_args__ = (
        CheckConstraint(one_of("kind", DEPENDENCY_KINDS), name="kind_known"),
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("recovery_hours IS NULL OR recovery_hours >= 0", name="recovery_positive"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    recovery_hours: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")


class DependencyActivity(Record):
    """Which critical activities need which dependency."""

    __tablename__ = "dependency_activities"
    __table_args__ = (UniqueConstraint("dependency_id", "activity_id"),)

    dependency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dependencies.id"), index=True)
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("critical_activities.id"), index=True)


class CascadeEntry(Record):
    """A place in the call cascade: who is called, by whom, in what order, and who stands in."""

    __tablename__ = "cascade_entries"
    __table_args__ = (CheckConstraint("position >= 1", name="position_positive"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    called_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    alternate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))


class ResponseCard(Record):
    __tablename__ = "response_cards"
    __table_args__ = (
        CheckConstraint(one_of("disruption", DISRUPTIONS), name="disruption_known"),
        UniqueConstraint("plan_id", "disruption"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    disruption: Mapped[str] = mapped_column(String(12), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")


class CardStep(Record):
    __tablename__ = "card_steps"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_present"),)

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("response_cards.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(200), default="")
    when: Mapped[str] = mapped_column(String(100), default="")


class StaffingThreshold(Record):
    __tablename__ = "staffing_thresholds"
    __table_args__ = (
        CheckConstraint(one_of("level", STAFFING_LEVELS), name="level_known"),
        CheckConstraint("below_percent > 0 AND below_percent <= 100", name="percent_range"),
        UniqueConstraint("plan_id", "level"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    level: Mapped[str] = mapped_column(String(6))
    below_percent: Mapped[float] = mapped_column(Float)
    actions: Mapped[str] = mapped_column(Text, default="")
