"""The audit trail: who changed what, when, from what to what."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record, UTCDateTime
from db.models.risks import one_of

AUDIT_ACTIONS = ("create", "update", "delete")


class AuditEntry(Record):
    __tablename__ = "audit_log"
    __table_args__ = (CheckConstraint(one_of("action", AUDIT_ACTIONS), name="action_known"),)

    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user_name: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    record_label: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(8))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
