"""Records as flat tables under the canonical import headers, so an exported file imports back to the same data."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from bcm.context import Context
from bcm.errors import ValidationError
from bcm.services.imports import (
    ACTION_COLUMNS,
    LESSON_COLUMNS,
    PEOPLE_COLUMNS,
    PLAN_COLUMNS,
    RISK_COLUMNS,
    SERVICE_COLUMNS,
)
from bcm.services.lessons import list_lessons
from bcm.services.risks import register_id
from bcm.tabular import Cell
from db.models import Control, CriticalActivity, Person, Plan, Risk, RiskAction, RiskRegister, Service

LESSON_HEADERS = tuple(LESSON_COLUMNS.names)  # what bcm.services.imports_lessons reads back
assert LESSON_HEADERS == ("event", "event_kind", "event_date", "lesson", "recommendation", "owner", "due", "status",
                          "themes", "overdue", "plan", "risk", "evidence", "verified_by")


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[Cell, ...]]

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip(self.headers, row, strict=True)) for row in self.rows]


def risk_table(ctx: Context, register: str | None = None) -> Table:
    owner, escalated = aliased(Person), aliased(Risk)
    query = (
        select(Risk, RiskRegister.name, owner.name, escalated.ref)
        .join(RiskRegister, RiskRegister.id == Risk.register_id)
        .outerjoin(owner, owner.id == Risk.owner_id)
        .outerjoin(escalated, escalated.id == Risk.escalated_to_id)
        .where(Risk.deleted_at.is_(None))
        .order_by(RiskRegister.name, Risk.ref)
    )
    controls: dict[Any, list[str]] = defaultdict(list)
    with ctx.reading() as session:
        if register is not None:
            query = query.where(Risk.register_id == register_id(session, register))
        for risk_id, description in session.execute(
            select(Control.risk_id, Control.description).where(Control.deleted_at.is_(None))
            .order_by(Control.risk_id, Control.position)
        ):
            controls[risk_id].append(description)
        rows = []
        for risk, register_name, owner_name, escalated_ref in session.execute(query).tuples():
            values: dict[str, Cell] = {
                "ref": risk.ref, "register": register_name, "title": risk.title, "description": risk.description,
                "cause": risk.cause, "consequence": risk.consequence, "category": risk.category, "kind": risk.kind,
                "owner": owner_name or "", "status": risk.status, "likelihood": risk.current_likelihood,
                "impact": risk.current_impact, "previous_likelihood": risk.previous_likelihood,
                "previous_impact": risk.previous_impact, "inherent_likelihood": risk.inherent_likelihood,
                "inherent_impact": risk.inherent_impact, "target_likelihood": risk.target_likelihood,
                "target_impact": risk.target_impact, "treatment": risk.treatment,
                "financial_exposure_m": float(risk.financial_exposure_m)
                if risk.financial_exposure_m is not None else None,
                "last_review": risk.last_review, "next_review": risk.next_review,
                "escalated_to": escalated_ref or "", "controls": "\n".join(controls.get(risk.id, [])),
            }
            rows.append(tuple(values[name] for name in RISK_COLUMNS.names))
    return Table("Risks", tuple(RISK_COLUMNS.names), rows)


def action_table(ctx: Context, register: str | None = None) -> Table:
    query = (
        select(Risk.ref, RiskAction.description, Person.name, RiskAction.due_on, RiskAction.status,
               RiskAction.done_on)
        .join(Risk, Risk.id == RiskAction.risk_id)
        .outerjoin(Person, Person.id == RiskAction.owner_id)
        .where(RiskAction.deleted_at.is_(None), Risk.deleted_at.is_(None))
        .order_by(Risk.ref, RiskAction.due_on, RiskAction.created_at)
    )
    with ctx.reading() as session:
        if register is not None:
            query = query.where(Risk.register_id == register_id(session, register))
        rows = [(r[0], r[1], r[2] or "", r[3], r[4], r[5]) for r in session.execute(query)]
    assert tuple(ACTION_COLUMNS.names) == ("risk_ref", "description", "owner", "due_on", "status", "done_on")
    return Table("Actions", tuple(ACTION_COLUMNS.names), rows)


def people_table(ctx: Context) -> Table:
    names = PEOPLE_COLUMNS.names
    with ctx.reading() as session:
        rows = [tuple(getattr(p, n) for n in names) for p in session.scalars(
            select(Person).where(Person.deleted_at.is_(None)).order_by(Person.name))]
    return Table("People", tuple(names), rows)


def service_table(ctx: Context) -> Table:
    manager = aliased(Person)
    with ctx.reading() as session:
        rows: list[tuple[Cell, ...]] = [
            (s.name, s.short_name, s.division, s.locality, manager_name or "", s.description)
            for s, manager_name in session.execute(
                select(Service, manager.name).outerjoin(manager, manager.id == Service.manager_id)
                .where(Service.deleted_at.is_(None)).order_by(Service.name)).tuples()
        ]
    return Table("Services", tuple(SERVICE_COLUMNS.names), rows)


def _hours(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else hours


def plan_table(ctx: Context) -> Table:
    """The business impact analysis: one row per critical activity (a plan with none still gets a row)."""
    owner = aliased(Person)
    activities: dict[Any, list[CriticalActivity]] = defaultdict(list)
    with ctx.reading() as session:
        for activity in session.scalars(
            select(CriticalActivity).where(CriticalActivity.deleted_at.is_(None))
            .order_by(CriticalActivity.priority, CriticalActivity.rto_hours, CriticalActivity.name)
        ):
            activities[activity.plan_id].append(activity)
        rows: list[tuple[Cell, ...]] = []
        for plan, service_name, owner_name in session.execute(
            select(Plan, Service.name, owner.name).join(Service, Service.id == Plan.service_id)
            .outerjoin(owner, owner.id == Plan.owner_id)
            .where(Plan.deleted_at.is_(None), Service.deleted_at.is_(None)).order_by(Service.name)
        ).tuples():
            head = (service_name, plan.status, plan.current_version, owner_name or "", plan.next_review)
            rows += [(*head, a.name, a.priority, _hours(a.rto_hours), _hours(a.mtpd_hours), a.minimum_staff,
                      a.minimum_service_level, a.workarounds, a.description)
                     for a in activities.get(plan.id, [])] or [(*head, *(None,) * 8)]
    assert PLAN_COLUMNS.names == ["service", "plan_status", "plan_version", "plan_owner", "next_review", "activity",
                                  "priority", "rto_hours", "mtpd_hours", "minimum_staff", "minimum_service_level",
                                  "workarounds", "description"]
    return Table("Plans", tuple(PLAN_COLUMNS.names), rows)


def lesson_table(ctx: Context) -> Table:
    rows = [
        (r.event, r.event_kind, r.event_date, r.lesson, r.recommendation, r.owner, r.due, r.status,
         "; ".join(r.themes), "yes" if r.overdue else "no", r.plan, r.risk, r.evidence, r.verified_by)
        for r in list_lessons(ctx)
    ]
    return Table("Lessons", LESSON_HEADERS, rows)


EXPORTABLE = ("risks", "actions", "plans", "lessons", "people", "services")


def export_table(ctx: Context, kind: str, register: str | None = None) -> Table:
    if register is not None and kind not in ("risks", "actions"):
        raise ValidationError.of("--register", register, f"only risks and actions are kept by register, not {kind}")
    if kind == "risks":
        return risk_table(ctx, register)
    if kind == "actions":
        return action_table(ctx, register)
    if kind == "plans":
        return plan_table(ctx)
    if kind == "lessons":
        return lesson_table(ctx)
    if kind == "people":
        return people_table(ctx)
    if kind == "services":
        return service_table(ctx)
    raise ValidationError.of("kind", kind, f"must be one of {', '.join(EXPORTABLE)}")
