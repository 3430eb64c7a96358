"""Finding the records a plan edit works on, and the steps every edit shares (a new draft, soft delete, renumbering)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import NotFoundError, ValidationError
from bcm.plan_edit_rules import next_draft_number
from bcm.services.audit import apply_changes
from bcm.services.people import person_id
from bcm.services.plan_detail import find_service
from db.models import CardStep, CascadeEntry, Plan, Record, Service

R = TypeVar("R", bound=Record)


def find_plan(session: Session, plan_id: uuid.UUID) -> tuple[Plan, str]:
    """The live plan and the label its audit entries carry."""
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFoundError("that plan no longer exists (it may have been deleted elsewhere)")
    service = session.scalar(select(Service.name).where(Service.id == plan.service_id))
    return plan, f"Plan: {service}"


def live_record(session: Session, model: type[R], record_id: uuid.UUID, what: str) -> R:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFoundError(f"that {what} no longer exists (it may have been removed elsewhere)")
    return record


def person_named(session: Session, ctx: Context, field: str, name: str | None) -> uuid.UUID | None:
    """A known person by name; plans name people who are already in People and services."""
    try:
        return person_id(session, ctx, name, create=False)
    except ValidationError:
        raise ValidationError.of(field, name, "no such person; add them under People and services first") from None


def plan_id_for_service(ctx: Context, service: str | uuid.UUID) -> uuid.UUID | None:
    """The plan of a service (by id, name or short name), or None when it has none yet."""
    with ctx.reading() as session:
        service_id = service if isinstance(service, uuid.UUID) else find_service(session, service)
        return session.scalar(select(Plan.id).where(Plan.service_id == service_id, Plan.deleted_at.is_(None)))


def begin_draft(session: Session, ctx: Context, plan: Plan, label: str) -> None:
    """A change to an approved plan starts the next draft; the approved version stays frozen in plan_versions."""
    if plan.status == "approved":
        apply_changes(session, ctx, plan, label,
                      {"status": "draft", "current_version": next_draft_number(plan.current_version)})


def soft_delete(session: Session, ctx: Context, record: Record, label: str) -> None:
    apply_changes(session, ctx, record, label, {"deleted_at": ctx.now()})


def renumber(session: Session, ctx: Context, records: Sequence[CascadeEntry | CardStep], label: str) -> None:
    for position, record in enumerate(records, start=1):
        apply_changes(session, ctx, record, label, {"position": position})


def moved(records: list[Any], record: Any, new_position: int) -> list[Any]:
    """The list with one record taken out and put back at a 1-based position (clamped to the list)."""
    rest = [r for r in records if r is not record]
    index = min(max(new_position, 1), len(rest) + 1) - 1
    return [*rest[:index], record, *rest[index:]]
