"""Writing the audit trail, and the optimistic-lock check that refuses a stale save."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ConflictError
from db.models import AuditEntry, Record


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def audit(
    session: Session, ctx: Context, record: Record, label: str, action: str,
    field: str | None = None, old: Any = None, new: Any = None,
) -> None:
    session.add(
        AuditEntry(
            at=ctx.now(), user_name=ctx.user, table_name=record.__tablename__, record_id=record.id,
            record_label=label[:200], action=action, field=field, old_value=_text(old), new_value=_text(new),
        )
    )


def created(session: Session, ctx: Context, record: Record, label: str) -> None:
    session.add(record)
    session.flush([record])
    audit(session, ctx, record, label, "create")


def apply_changes(session: Session, ctx: Context, record: Record, label: str, changes: dict[str, Any]) -> list[str]:
    """Set each changed attribute and audit it field by field; returns the fields that really changed."""
    changed = []
    for field, new in changes.items():
        old = getattr(record, field)
        if old != new:
            setattr(record, field, new)
            audit(session, ctx, record, label, "update", field, old, new)
            changed.append(field)
    return changed


def check_version(session: Session, record: Record, expected: int | None, label: str) -> None:
    """Refuse a save made against an older read of the record, saying who changed it and when."""
    if expected is None or record.version == expected:
        return
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_id == record.id)
        .order_by(AuditEntry.at.desc(), AuditEntry.created_at.desc())
        .limit(1)
    ).first()
    by = f" by {last.user_name} at {last.at.astimezone():%d/%m/%Y %H:%M}" if last else ""
    raise ConflictError(
        f"{label} was changed elsewhere{by} since you opened it; reload it to see the change, then make yours again"
    )
