"""Dependencies: what each critical activity needs, and how long that takes to recover."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import Problem, ValidationError
from bcm.plan_edit_rules import DEPENDENCY_LABELS, parse_hours
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.plan_editing.common import begin_draft, find_plan, live_record, soft_delete
from db.models import CriticalActivity, Dependency, DependencyActivity
from db.models.plans import DEPENDENCY_KINDS


@dataclass
class DependencyInput:
    kind: str
    name: str
    recovery_hours: float | str | None = None
    activity_ids: Sequence[uuid.UUID] = ()
    notes: str = ""


def _dependency_values(data: DependencyInput) -> dict[str, Any]:
    problems: list[Problem] = []
    kind = data.kind.strip()
    by_label = {label.lower(): key for key, label in DEPENDENCY_LABELS.items()}
    kind = kind if kind in DEPENDENCY_KINDS else by_label.get(kind.lower(), kind)
    if kind not in DEPENDENCY_KINDS:
        problems.append(Problem("type", data.kind, f"must be one of {', '.join(DEPENDENCY_LABELS.values())}"))
    name = " ".join(data.name.split())
    if not name:
        problems.append(Problem("name", data.name, "a dependency needs a name (e.g. Mosaic, the Ashford base)"))
    recovery: float | None = None
    try:
        recovery = parse_hours("recovery time", data.recovery_hours, required=False)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if recovery is not None and recovery < 0:
        problems.append(Problem("recovery time", data.recovery_hours, "cannot be negative"))
    if problems:
        raise ValidationError(problems)
    return dict(kind=kind, name=name, recovery_hours=recovery, notes=data.notes.strip())


def _set_needs(session: Session, ctx: Context, dependency: Dependency, activity_ids: Sequence[uuid.UUID],
               label: str) -> bool:
    """Make the dependency needed by exactly these activities of its plan; True when anything changed."""
    wanted = list(dict.fromkeys(activity_ids))
    live = set(session.scalars(select(CriticalActivity.id).where(
        CriticalActivity.plan_id == dependency.plan_id, CriticalActivity.deleted_at.is_(None))))
    if any(a not in live for a in wanted):
        raise ValidationError.of("needed by", "", "an activity chosen is not (or no longer) in this plan")
    links = {link.activity_id: link for link in session.scalars(
        select(DependencyActivity).where(DependencyActivity.dependency_id == dependency.id))}
    changed = False
    for activity_id in wanted:
        link = links.get(activity_id)
        if link is None:
            created(session, ctx, DependencyActivity(dependency_id=dependency.id, activity_id=activity_id), label)
            changed = True
        elif link.deleted_at is not None:
            changed |= bool(apply_changes(session, ctx, link, label, {"deleted_at": None}))
    for activity_id, link in links.items():
        if activity_id not in wanted and link.deleted_at is None:
            soft_delete(session, ctx, link, label)
            changed = True
    return changed


def add_dependency(ctx: Context, plan_id: uuid.UUID, data: DependencyInput) -> uuid.UUID:
    values = _dependency_values(data)
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        dependency = Dependency(plan_id=plan_id, **values)
        created(session, ctx, dependency, f"{label}: {values['name']}")
        _set_needs(session, ctx, dependency, data.activity_ids, f"{label}: {values['name']} needed by")
        begin_draft(session, ctx, plan, label)
        return dependency.id


def update_dependency(ctx: Context, dependency_id: uuid.UUID, expected_version: int | None,
                      data: DependencyInput) -> int:
    values = _dependency_values(data)
    with ctx.unit_of_work() as session:
        dependency = live_record(session, Dependency, dependency_id, "dependency")
        plan, label = find_plan(session, dependency.plan_id)
        check_version(session, dependency, expected_version, dependency.name)
        changed = bool(apply_changes(session, ctx, dependency, f"{label}: {values['name']}", values))
        if _set_needs(session, ctx, dependency, data.activity_ids, f"{label}: {values['name']} needed by"):
            dependency.updated_at = ctx.now()  # what needs it is part of it: a stale editor must see the change
            changed = True
        if changed:
            begin_draft(session, ctx, plan, label)
        session.flush()
        return dependency.version


def remove_dependency(ctx: Context, dependency_id: uuid.UUID) -> None:
    with ctx.unit_of_work() as session:
        dependency = live_record(session, Dependency, dependency_id, "dependency")
        plan, label = find_plan(session, dependency.plan_id)
        for link in session.scalars(select(DependencyActivity).where(
                DependencyActivity.dependency_id == dependency_id, DependencyActivity.deleted_at.is_(None))):
            soft_delete(session, ctx, link, f"{label}: {dependency.name} needed by")
        soft_delete(session, ctx, dependency, f"{label}: {dependency.name}")
        begin_draft(session, ctx, plan, label)
