"""Critical activities, the business impact analysis: priority, RTO, MTPD (never shorter than the RTO), minimum
service level and staff."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import Problem, ValidationError
from bcm.plan_edit_rules import parse_hours
from bcm.rules import check_rto
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.plan_editing.common import begin_draft, find_plan, live_record, soft_delete
from db.models import CriticalActivity, DependencyActivity


@dataclass
class ActivityInput:
    name: str
    rto_hours: float | str
    mtpd_hours: float | str
    priority: int = 1
    minimum_service_level: str = ""
    minimum_staff: int = 0
    workarounds: str = ""
    description: str = ""


def _shown(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else hours


def validate_activity(data: ActivityInput) -> dict[str, Any]:
    """Every problem at once; RTO above MTPD is refused with both values named."""
    problems: list[Problem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", data.name, "a critical activity needs a name"))
    if not isinstance(data.priority, int) or data.priority < 1:
        problems.append(Problem("priority", data.priority, "must be a whole number, 1 for the most critical"))
    if not isinstance(data.minimum_staff, int) or data.minimum_staff < 0:
        problems.append(Problem("minimum staff", data.minimum_staff, "must be a whole number, 0 or more"))
    hours: dict[str, float | None] = {}
    for field, given in (("RTO", data.rto_hours), ("MTPD", data.mtpd_hours)):
        try:
            hours[field] = parse_hours(field, given)
        except ValidationError as exc:
            problems.extend(exc.problems)
            hours[field] = None
    rto, mtpd = hours["RTO"], hours["MTPD"]
    if mtpd is not None and mtpd <= 0:
        problems.append(Problem("MTPD", _shown(mtpd), "must be more than 0 hours"))
    elif rto is not None and mtpd is not None:
        try:
            check_rto(rto, mtpd)
        except ValidationError as exc:
            problems.extend(Problem(p.field, _shown(rto), p.message) for p in exc.problems)
    if problems:
        raise ValidationError(problems)
    return dict(name=name, priority=data.priority, rto_hours=rto, mtpd_hours=mtpd,
                minimum_service_level=data.minimum_service_level.strip(), minimum_staff=data.minimum_staff,
                workarounds=data.workarounds.strip(), description=data.description.strip())


def _check_activity_name(session: Session, plan_id: uuid.UUID, name: str, own: uuid.UUID | None) -> None:
    clash = session.scalar(
        select(CriticalActivity.id).where(CriticalActivity.plan_id == plan_id, CriticalActivity.deleted_at.is_(None),
                                          func.lower(CriticalActivity.name) == name.lower())
    )
    if clash is not None and clash != own:
        raise ValidationError.of("name", name, "the plan already has a critical activity with this name")


def add_activity(ctx: Context, plan_id: uuid.UUID, data: ActivityInput) -> uuid.UUID:
    values = validate_activity(data)
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        _check_activity_name(session, plan_id, values["name"], None)
        activity = CriticalActivity(plan_id=plan_id, **values)
        created(session, ctx, activity, f"{label}: {values['name']}")
        begin_draft(session, ctx, plan, label)
        return activity.id


def update_activity(ctx: Context, activity_id: uuid.UUID, expected_version: int | None, data: ActivityInput) -> int:
    values = validate_activity(data)
    with ctx.unit_of_work() as session:
        activity = live_record(session, CriticalActivity, activity_id, "critical activity")
        plan, label = find_plan(session, activity.plan_id)
        check_version(session, activity, expected_version, activity.name)
        _check_activity_name(session, plan.id, values["name"], activity.id)
        if apply_changes(session, ctx, activity, f"{label}: {values['name']}", values):
            begin_draft(session, ctx, plan, label)
        session.flush()
        return activity.version


def remove_activity(ctx: Context, activity_id: uuid.UUID) -> None:
    """Soft-delete the activity and its links to the dependencies it needed."""
    with ctx.unit_of_work() as session:
        activity = live_record(session, CriticalActivity, activity_id, "critical activity")
        plan, label = find_plan(session, activity.plan_id)
        for link in session.scalars(select(DependencyActivity).where(DependencyActivity.activity_id == activity_id,
                                                                     DependencyActivity.deleted_at.is_(None))):
            soft_delete(session, ctx, link, f"{label}: {activity.name} dependency")
        soft_delete(session, ctx, activity, f"{label}: {activity.name}")
        begin_draft(session, ctx, plan, label)
