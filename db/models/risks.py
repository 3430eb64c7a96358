"""Risk registers, risks and everything hung on a risk: controls, actions, comments, score history, acceptance."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    and_,
    literal_column,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Record, UTCDateTime

REGISTER_LEVELS = ("corporate", "directorate", "operational", "service", "project")
RISK_KINDS = ("risk", "opportunity")
RISK_STATUSES = ("open", "closed")
TREATMENTS = ("avoid", "reduce", "share", "accept")
ACTION_STATUSES = ("open", "in_progress", "done", "cancelled")
SCORE_KINDS = ("inherent", "current", "target")
OPEN_RISK = text("status = 'open' AND deleted_at IS NULL")


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def paired(prefix: str) -> str:
    """Likelihood and impact are given together or not at all."""
    return f"({prefix}_likelihood IS NULL) = ({prefix}_impact IS NULL)"


class RiskRegister(Record):
    __tablename__ = "risk_registers"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint(one_of("level", REGISTER_LEVELS), name="level_known"),
    )

    name: Mapped[str] = mapped_column(String(200), unique=True)
    level: Mapped[str] = mapped_column(String(20), default="directorate")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Risk(Record):
    __tablename__ = "risks"
    __table_args__ = (
        CheckConstraint("length(trim(ref)) > 0", name="ref_present"),
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint(one_of("kind", RISK_KINDS), name="kind_known"),
        CheckConstraint(one_of("status", RISK_STATUSES), name="status_known"),
        CheckConstraint(one_of("treatment", TREATMENTS), name="treatment_known"),
        CheckConstraint(paired("inherent"), name="inherent_paired"),
        CheckConstraint(paired("previous"), name="previous_paired"),
        CheckConstraint(paired("target"), name="target_paired"),
        CheckConstraint("financial_exposure_m IS NULL OR financial_exposure_m >= 0", name="exposure_positive"),
        CheckConstraint("escalated_to_id IS NULL OR escalated_to_id <> id", name="not_escalated_to_self"),
        # What a register window asks first, read from indexes of the open risks alone, not from 100,000 wide rows:
        # the heat map of every open risk, the highest-scored open risks, a register's open risks (its count and
        # heat map). Partial indexes: the planner does not take them for questions about other risks, as it took
        # (status, deleted_at, ...) indexes over the review and due-date indexes. status and deleted_at are in them
        # too, so SQLite answers from the index alone. They are partial on PostgreSQL too (migration 0003), which is
        # not said here: postgresql_where has SQLAlchemy import its PostgreSQL dialect, 60 ms more to every start and
        # every command on a SQLite file. The schema is the migrations'; a test checks both servers' indexes.
        Index("ix_risks_open_scores", "current_likelihood", "current_impact", "status", "deleted_at",
              sqlite_where=OPEN_RISK),
        # SQLAlchemy cannot read an index on an expression back from SQLite: a migration that copies this table
        # (batch_alter_table) drops it without a word, and must create it again.
        Index("ix_risks_open_score", text("(current_likelihood * current_impact)"), "status", "deleted_at",
              sqlite_where=OPEN_RISK),
        Index("ix_risks_open_by_register", "register_id", "current_likelihood", "current_impact", "status",
              "deleted_at", sqlite_where=OPEN_RISK),
    )

    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_registers.id"), index=True)
    ref: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    consequence: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(12), default="risk")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    inherent_likelihood: Mapped[int | None] = mapped_column(ForeignKey("likelihood_levels.value"))
    inherent_impact: Mapped[int | None] = mapped_column(ForeignKey("impact_levels.value"))
    current_likelihood: Mapped[int] = mapped_column(ForeignKey("likelihood_levels.value"))
    current_impact: Mapped[int] = mapped_column(ForeignKey("impact_levels.value"))
    previous_likelihood: Mapped[int | None] = mapped_column(ForeignKey("likelihood_levels.value"))
    previous_impact: Mapped[int | None] = mapped_column(ForeignKey("impact_levels.value"))
    target_likelihood: Mapped[int | None] = mapped_column(ForeignKey("likelihood_levels.value"))
    target_impact: Mapped[int | None] = mapped_column(ForeignKey("impact_levels.value"))
    financial_exposure_m: Mapped[Decimal | None] = mapped_column(Numeric(12, 3))
    treatment: Mapped[str] = mapped_column(String(10), default="reduce")
    last_review: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date, index=True)
    escalated_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("risks.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_reason: Mapped[str] = mapped_column(Text, default="")

    controls: Mapped[list[Control]] = relationship(lazy="raise", order_by="Control.position")
    actions: Mapped[list[RiskAction]] = relationship(lazy="raise", order_by="RiskAction.due_on")
    comments: Mapped[list[ReviewComment]] = relationship(lazy="raise", order_by="ReviewComment.commented_on")
    history: Mapped[list[ScoreChange]] = relationship(lazy="raise", order_by="ScoreChange.changed_at")


# An open, live risk, as the partial indexes above say it. 'open' is written into the statement, not bound: SQLite
# prepares a statement again on every run when a bound value decides whether a partial index applies, and a
# PostgreSQL generic plan cannot use them at all.
RISK_IS_OPEN = and_(Risk.status == literal_column("'open'"), Risk.deleted_at.is_(None))


class RiskAcceptance(Record):
    """ISO 31000 acceptance: who accepted, when, until when, at what scores."""

    __tablename__ = "risk_acceptances"
    __table_args__ = (
        CheckConstraint("expires_on IS NULL OR expires_on >= accepted_on", name="expiry_after_acceptance"),
    )

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risks.id"), index=True)
    accepted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"))
    accepted_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    likelihood: Mapped[int] = mapped_column(ForeignKey("likelihood_levels.value"))
    impact: Mapped[int] = mapped_column(ForeignKey("impact_levels.value"))
    note: Mapped[str] = mapped_column(Text, default="")


class Control(Record):
    __tablename__ = "controls"
    __table_args__ = (CheckConstraint("length(trim(description)) > 0", name="description_present"),)

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risks.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)


class RiskAction(Record):
    __tablename__ = "risk_actions"
    __table_args__ = (
        CheckConstraint("length(trim(description)) > 0", name="description_present"),
        CheckConstraint(one_of("status", ACTION_STATUSES), name="status_known"),
        CheckConstraint("status <> 'done' OR done_on IS NOT NULL", name="done_has_date"),
    )

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risks.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)


class ReviewComment(Record):
    """Dated review comments are added, never overwritten."""

    __tablename__ = "review_comments"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_present"),)

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risks.id"), index=True)
    commented_on: Mapped[date] = mapped_column(Date)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    text: Mapped[str] = mapped_column(Text)


class ScoreChange(Record):
    """One rescoring of a risk: when, who, from, to, why."""

    __tablename__ = "score_history"
    __table_args__ = (
        CheckConstraint(one_of("score_kind", SCORE_KINDS), name="score_kind_known"),
        CheckConstraint("length(trim(reason)) > 0", name="reason_present"),
    )

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risks.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    score_kind: Mapped[str] = mapped_column(String(10), default="current")
    from_likelihood: Mapped[int | None] = mapped_column(ForeignKey("likelihood_levels.value"))
    from_impact: Mapped[int | None] = mapped_column(ForeignKey("impact_levels.value"))
    to_likelihood: Mapped[int] = mapped_column(ForeignKey("likelihood_levels.value"))
    to_impact: Mapped[int] = mapped_column(ForeignKey("impact_levels.value"))
    reason: Mapped[str] = mapped_column(Text)
