"""Reading the audit trail: every change (who, when, record, field, old, new), filtered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_, select

from bcm.context import Context
from db.models import AuditEntry

LIMIT = 5000  # the viewer pages through filters, not through the whole history at once


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user: str
    table: str
    record_id: uuid.UUID
    record: str
    action: str
    field: str | None
    old: str | None
    new: str | None


def audit_entries(ctx: Context, *, record: str | None = None, user: str | None = None,
                  since: date | None = None, until: date | None = None, record_id: uuid.UUID | None = None,
                  limit: int = LIMIT) -> list[AuditRow]:
    """Newest first. `record` matches the record's label (e.g. a risk ref) or its kind (table name)."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.created_at.desc()).limit(limit)
    if record:
        needle = f"%{record.strip().lower()}%"
        query = query.where(or_(func.lower(AuditEntry.record_label).like(needle),
                                func.lower(AuditEntry.table_name).like(needle)))
    if user:
        query = query.where(func.lower(AuditEntry.user_name).like(f"%{user.strip().lower()}%"))
    if since:
        query = query.where(AuditEntry.at >= datetime.combine(since, time(), tzinfo=UTC))
    if until:
        query = query.where(AuditEntry.at < datetime.combine(until + timedelta(days=1), time(), tzinfo=UTC))
    if record_id:
        query = query.where(AuditEntry.record_id == record_id)
    with ctx.reading() as session:
        return [AuditRow(a.at, a.user_name, a.table_name, a.record_id, a.record_label, a.action, a.field,
                         a.old_value, a.new_value) for a in session.scalars(query)]
