"""A plan's overview: owner, author, approver, scope, invocation criteria and who may invoke."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from bcm.context import Context
from bcm.errors import Problem, ValidationError
from bcm.services.audit import apply_changes, check_version
from bcm.services.plan_editing.common import begin_draft, find_plan, person_named


@dataclass
class OverviewInput:
    owner: str | None = None
    author: str | None = None
    approver: str | None = None
    scope: str = ""
    invocation_criteria: str = ""
    who_may_invoke: str = ""
    next_review: date | None = None


def update_overview(ctx: Context, plan_id: uuid.UUID, expected_version: int | None, data: OverviewInput) -> int:
    """Owner, author, approver, scope, invocation criteria and who may invoke; returns the plan's new lock version.
    A changed review date alone is housekeeping and does not start a new draft."""
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        check_version(session, plan, expected_version, label.removeprefix("Plan: ") + "'s plan")
        problems: list[Problem] = []
        ids: dict[str, uuid.UUID | None] = {}
        for field in ("owner", "author", "approver"):
            try:
                ids[f"{field}_id"] = person_named(session, ctx, field, getattr(data, field))
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        changed = apply_changes(session, ctx, plan, label, {
            **ids, "scope": data.scope.strip(), "invocation_criteria": data.invocation_criteria.strip(),
            "who_may_invoke": data.who_may_invoke.strip(), "next_review": data.next_review,
        })
        if set(changed) - {"next_review"}:
            begin_draft(session, ctx, plan, label)
        session.flush()
        return plan.version
