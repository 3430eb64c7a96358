"""Staffing thresholds: the levels (%) at which the service moves to amber, red and black."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select

from bcm.context import Context
from bcm.errors import Problem, ValidationError
from bcm.plan_edit_rules import check_thresholds
from bcm.services.audit import apply_changes, created
from bcm.services.plan_editing.common import begin_draft, find_plan, soft_delete
from db.models import StaffingThreshold


def set_thresholds(ctx: Context, plan_id: uuid.UUID, levels: Mapping[str, tuple[float | None, str]]) -> None:
    """The staffing % below which the service moves to amber, red and black, with the actions at each.

    A level given with no % is removed. Validated together: black < red < amber."""
    problems: list[Problem] = []
    for level, (percent, actions) in levels.items():
        if percent is None and actions.strip():
            problems.append(Problem(f"{level} below %", None, "give the staffing % at which these actions start"))
    if problems:
        raise ValidationError(problems)
    check_thresholds({level: percent for level, (percent, _) in levels.items()})
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        existing = {t.level: t for t in session.scalars(
            select(StaffingThreshold).where(StaffingThreshold.plan_id == plan_id))}
        merged: dict[str, float | None] = {level: t.below_percent for level, t in existing.items()
                                           if t.deleted_at is None}
        merged.update({level: percent for level, (percent, _) in levels.items()})
        check_thresholds(merged)  # levels not given keep theirs: check them with the new ones
        changed = False
        for level, (percent, actions) in levels.items():
            row_label = f"{label}: {level} staffing threshold"
            threshold = existing.get(level)
            if percent is None:
                if threshold is not None and threshold.deleted_at is None:
                    soft_delete(session, ctx, threshold, row_label)
                    changed = True
            elif threshold is None:
                created(session, ctx, StaffingThreshold(plan_id=plan_id, level=level, below_percent=percent,
                                                        actions=actions.strip()), row_label)
                changed = True
            else:
                changed |= bool(apply_changes(session, ctx, threshold, row_label, {
                    "deleted_at": None, "below_percent": percent, "actions": actions.strip()}))
        if changed:
            begin_draft(session, ctx, plan, label)
