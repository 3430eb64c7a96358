"""Incidents: the disruptions and services they hit, OPEL levels, situation reports, the log and the response
card steps ticked."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record, UTCDateTime
from db.models.plans import DISRUPTIONS
from db.models.risks import one_of

INCIDENT_STATUSES = ("active", "stood_down", "closed")
LOG_KINDS = ("information", "decision", "action", "communication")


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
