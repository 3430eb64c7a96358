"""The contacts and call cascade: who calls whom, in order, with alternates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import Problem, ValidationError
from bcm.services.audit import apply_changes, check_version, created
from bcm.services.plan_editing.common import (
    begin_draft,
    find_plan,
    live_record,
    moved,
    person_named,
    renumber,
    soft_delete,
)
from db.models import CascadeEntry


@dataclass
class CascadeInput:
    person: str
    role: str = ""
    called_by: str | None = None
    alternate: str | None = None


def _cascade_values(session: Session, ctx: Context, data: CascadeInput) -> dict[str, Any]:
    problems: list[Problem] = []
    ids: dict[str, uuid.UUID | None] = {}
    for field, key, given in (("person", "person_id", data.person), ("called by", "called_by_id", data.called_by),
                              ("alternate", "alternate_id", data.alternate)):
        try:
            ids[key] = person_named(session, ctx, field, given)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if not problems and ids["person_id"] is None:
        problems.append(Problem("person", data.person, "say who is called"))
    if ids.get("person_id") is not None:
        if ids.get("alternate_id") == ids["person_id"]:
            problems.append(Problem("alternate", data.alternate, "must be someone other than the person called"))
        if ids.get("called_by_id") == ids["person_id"]:
            problems.append(Problem("called by", data.called_by, "a person does not call themselves"))
    if problems:
        raise ValidationError(problems)
    return {**ids, "role": " ".join(data.role.split())}


def _cascade(session: Session, plan_id: uuid.UUID) -> list[CascadeEntry]:
    return list(session.scalars(
        select(CascadeEntry).where(CascadeEntry.plan_id == plan_id, CascadeEntry.deleted_at.is_(None))
        .order_by(CascadeEntry.position, CascadeEntry.created_at)
    ))


def add_cascade_entry(ctx: Context, plan_id: uuid.UUID, data: CascadeInput,
                      position: int | None = None) -> uuid.UUID:
    """Add a place in the cascade: at the end, or at a position with those after it moving down one."""
    with ctx.unit_of_work() as session:
        plan, label = find_plan(session, plan_id)
        values = _cascade_values(session, ctx, data)
        entries = _cascade(session, plan_id)
        entry = CascadeEntry(plan_id=plan_id, position=len(entries) + 1, **values)
        created(session, ctx, entry, f"{label}: cascade")
        if position is not None:
            renumber(session, ctx, moved([*entries, entry], entry, position), f"{label}: cascade")
        begin_draft(session, ctx, plan, label)
        return entry.id


def update_cascade_entry(ctx: Context, entry_id: uuid.UUID, expected_version: int | None,
                         data: CascadeInput) -> int:
    with ctx.unit_of_work() as session:
        entry = live_record(session, CascadeEntry, entry_id, "cascade entry")
        plan, label = find_plan(session, entry.plan_id)
        check_version(session, entry, expected_version, f"cascade place {entry.position}")
        if apply_changes(session, ctx, entry, f"{label}: cascade", _cascade_values(session, ctx, data)):
            begin_draft(session, ctx, plan, label)
        session.flush()
        return entry.version


def remove_cascade_entry(ctx: Context, entry_id: uuid.UUID) -> None:
    with ctx.unit_of_work() as session:
        entry = live_record(session, CascadeEntry, entry_id, "cascade entry")
        plan, label = find_plan(session, entry.plan_id)
        soft_delete(session, ctx, entry, f"{label}: cascade")
        renumber(session, ctx, [e for e in _cascade(session, plan.id) if e is not entry], f"{label}: cascade")
        begin_draft(session, ctx, plan, label)


def move_cascade_entry(ctx: Context, entry_id: uuid.UUID, new_position: int) -> None:
    """Move a place in the cascade to a new position; every position is renumbered 1..n in the same unit of work."""
    with ctx.unit_of_work() as session:
        entry = live_record(session, CascadeEntry, entry_id, "cascade entry")
        plan, label = find_plan(session, entry.plan_id)
        entries = _cascade(session, plan.id)
        ordered = moved(entries, entry, new_position)
        if ordered != entries or [e.position for e in entries] != list(range(1, len(entries) + 1)):
            renumber(session, ctx, ordered, f"{label}: cascade")
            begin_draft(session, ctx, plan, label)
