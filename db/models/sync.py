"""Bookkeeping for offline replicas and the shared server. None of these tables is itself synchronised.

Every database, replica or server, journals the records written to it in `sync_changes`, each change stamped with a
sequence number taken from the single `sync_clock` row; holding that row until commit makes sequence order commit
order, so a reader that has seen sequence N has seen every change up to N. A replica also keeps how far it has pulled
and pushed (`sync_state`), the last synced values of each record for three-way merges (`sync_base`), records kept back
from the push (`sync_held`), and the conflicts waiting for a person (`sync_conflicts`).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UTCDateTime


class SyncClock(Base):
    __tablename__ = "sync_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncChange(Base):
    """One record written at one sequence number (a hard delete leaves its entry; the missing row is the tombstone)."""

    __tablename__ = "sync_changes"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)


class SyncState(Base):
    """Replica settings and watermarks: server (URL without password), pulled_upto, pushed_upto, last_sync."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncBase(Base):
    """The record as both sides last agreed on it, and its version on the server."""

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    server_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class SyncHeld(Base):
    """A local change not yet on the server: it waits for a conflict to be resolved, or was refused by the server."""

    __tablename__ = "sync_held"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    """The same field changed here and on the server to different values; both are kept until a person chooses."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    record_label: Mapped[str] = mapped_column(String(200), default="")
    field: Mapped[str] = mapped_column(String(60))
    mine: Mapped[str] = mapped_column(Text)  # JSON-encoded values
    theirs: Mapped[str] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolution: Mapped[str | None] = mapped_column(Text)
