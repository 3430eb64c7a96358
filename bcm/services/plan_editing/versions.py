"""Sign-off: approving freezes a version; editing an approved plan starts the next draft."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from bcm.context import Context
from bcm.errors import Problem, ValidationError
from bcm.plan_edit_rules import approval_number, review_after
from bcm.plan_edit_views import VersionRow
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.plan_detail import load_plan_details
from bcm.services.plan_editing.common import begin_draft, find_plan, live_record, person_named
from db.models import CriticalActivity, Person, PlanVersion


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def approve_plan(ctx: Context, plan_id: uuid.UUID, expected_version: int | None, summary: str, *,
                 approver: str | None = None, issued_on: date | None = None,
                 next_review: date | None = None) -> VersionRow:
    """Sign off the draft: freeze it as a version (number, date issued, summary of change, owner, approver and a
    snapshot of the whole plan), mark the plan approved, and set the next review (default: 12 months on)."""
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        check_version(session, plan, expected_version, label.removeprefix("Plan: ") + "'s plan")
        problems: list[Problem] = []
        if plan.status == "approved":
            raise ValidationError.of("status", plan.status, f"version {plan.current_version} is already approved; "
                                     "change the plan to start a new draft, then approve that")
        if not summary or not summary.strip():
            problems.append(Problem("summary of change", summary, "say briefly what changed in this version"))
        approver_id = plan.approver_id
        if approver and approver.strip():
            try:
                approver_id = person_named(session, ctx, "approver", approver)
            except ValidationError as exc:
                problems.extend(exc.problems)
        elif approver_id is None:
            problems.append(Problem("approver", None, "name who approves the plan (on the Overview, or here)"))
        owner = session.get(Person, plan.owner_id) if plan.owner_id else None
        if owner is None:
            problems.append(Problem("owner", None, "a plan needs an owner before it is signed off"))
        if session.scalar(select(func.count(CriticalActivity.id)).where(
                CriticalActivity.plan_id == plan_id, CriticalActivity.deleted_at.is_(None))) == 0:
            problems.append(Problem("critical activities", None,
                                    "a plan needs at least one critical activity before it is signed off"))
        issued = issued_on or ctx.today()
        review = next_review or review_after(issued)
        if review <= issued:
            problems.append(Problem("next review", review.isoformat(), "must be after the date of issue"))
        if problems:
            raise ValidationError(problems)
        assert owner is not None
        used = session.scalars(select(PlanVersion.number).where(PlanVersion.plan_id == plan_id)).all()
        number = approval_number(plan.current_version, used)
        apply_changes(session, ctx, plan, label, {
            "status": "approved", "current_version": number, "approver_id": approver_id, "approved_on": issued,
            "next_review": review,
        })
        session.flush()
        detail = load_plan_details(session, [plan_id], ctx.today())[0]
        version = PlanVersion(plan_id=plan_id, number=number, issued_on=issued, summary=summary.strip(),
                              owner_name=owner.name, approved_by_id=approver_id,
                              snapshot=_jsonable(dataclasses.asdict(detail)))
        created(session, ctx, version, f"{label}: version {number}")
        approver_name = session.scalar(select(Person.name).where(Person.id == approver_id)) or ""
        return VersionRow(version.id, number, issued, version.summary, owner.name, approver_name, True)


def start_draft(ctx: Context, plan_id: uuid.UUID, expected_version: int | None) -> str:
    """Open the next draft of an approved plan without changing anything yet (e.g. an annual review that may find
    nothing to change: approving the draft then records the review). Returns the draft's number."""
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        check_version(session, plan, expected_version, label.removeprefix("Plan: ") + "'s plan")
        if plan.status != "approved":
            raise ValidationError.of("status", plan.status, f"draft {plan.current_version} is already open")
        begin_draft(session, ctx, plan, label)
        return plan.current_version


def version_snapshot(ctx: Context, version_id: uuid.UUID) -> dict[str, Any] | None:
    """The plan as it stood when this version was approved (None for versions recorded before sign-off existed)."""
    with ctx.reading() as session:
        version = live_record(session, PlanVersion, version_id, "plan version")
        return dict(version.snapshot) if version.snapshot is not None else None
