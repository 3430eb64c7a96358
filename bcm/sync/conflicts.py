"""Conflicts left by a sync: listing them, and settling one field by taking mine, theirs or a combined value."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from bcm.context import Context
from bcm.errors import NotFoundError, ValidationError
from bcm.services.audit import audit
from bcm.services.bulk import audit_text
from bcm.sync import ledger
from bcm.sync.discard import keep_record_audits_here
from bcm.sync.rows import decode_field, fetch, parse_typed, same_content, table_named
from db.models import Base, Record, SyncConflict, SyncHeld

CHOICES = ("mine", "theirs", "value")


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table_name: str
    record_id: uuid.UUID
    record_label: str
    field: str
    mine: Any
    theirs: Any
    detected_at: datetime

    @property
    def mine_text(self) -> str:
        return audit_text(self.mine) or ""

    @property
    def theirs_text(self) -> str:
        return audit_text(self.theirs) or ""

    @property
    def is_text(self) -> bool:
        """Both sides are text: a person may combine them."""
        return isinstance(self.mine, str | None) and isinstance(self.theirs, str | None)


def _view(c: SyncConflict) -> ConflictView:
    table = table_named(c.table_name)
    return ConflictView(c.id, c.table_name, c.record_id, c.record_label, c.field,
                        decode_field(table, c.field, c.mine), decode_field(table, c.field, c.theirs), c.detected_at)


def open_conflicts(ctx: Context) -> list[ConflictView]:
    with ctx.reading() as session:
        query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.detected_at,
                                                                                          SyncConflict.record_label)
        return [_view(c) for c in session.scalars(query)]


def find_conflict(ctx: Context, prefix: str) -> uuid.UUID:
    """A conflict by its id or the start of it (the command line shows the first eight characters)."""
    wanted = prefix.strip().lower().replace("-", "")
    matches = [c.id for c in open_conflicts(ctx) if c.id.hex.startswith(wanted)] if wanted else []
    if not matches:
        raise NotFoundError(f"no open conflict {prefix!r}: see bcm sync conflicts")
    if len(matches) > 1:
        raise ValidationError.of("conflict", prefix, "matches more than one conflict: give more of its id")
    return matches[0]


def _model(table_name: str) -> type[Record]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name and issubclass(mapper.class_, Record):
            return mapper.class_
    raise NotFoundError(f"no table {table_name}")


def resolve(ctx: Context, conflict_id: uuid.UUID, take: str, value: str | None = None) -> ConflictView:
    """Settle a conflict. The chosen value is saved here (audited: both versions and the choice) and pushed."""
    if take not in CHOICES:
        raise ValidationError.of("take", take, "choose mine, theirs or a value")
    with ctx.unit_of_work() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError("that conflict is not open any more: see bcm sync conflicts")
        view = _view(conflict)
        record = session.get(_model(conflict.table_name), conflict.record_id)
        if record is None:
            raise NotFoundError(f"{conflict.record_label} is no longer here")
        chosen = _chosen(view, take, value)
        old = getattr(record, conflict.field)
        how = {"mine": "kept the value here", "theirs": "took the server's value", "value": "combined"}[take]
        audit(session, ctx, record, f"{conflict.record_label} (sync conflict settled: {how})"[:200], "update",
              conflict.field, old, chosen)
        setattr(record, conflict.field, chosen)
        try:
            session.flush()
        except IntegrityError as exc:
            raise ValidationError.of(view.field, value if take == "value" else take,
                                     f"the database refuses it ({str(exc.orig).splitlines()[0]})") from exc
        conflict.resolved_at, conflict.resolved_by = ctx.now(), ctx.user
        conflict.resolution = f"{take}: {audit_text(chosen)}"
        held = session.get(SyncHeld, (conflict.table_name, conflict.record_id))
        refused_before = held is not None and ledger.REFUSED_BEFORE in held.reason
        last = not _open_on(session, conflict)
        if held is None:
            session.add(SyncHeld(table_name=conflict.table_name, record_id=conflict.record_id,
                                 reason="conflict settled: goes to the server at the next sync"))
        elif last:  # while another field is in conflict, the record stays held as it was
            held.reason = "conflict settled: goes to the server at the next sync"
        if refused_before and last:
            session.flush()
            conn = session.connection()
            if _as_on_the_server(conn, conflict.table_name, conflict.record_id):
                # Nothing is left of the change the server refused (the server's side taken, or a value that is
                # the server's): what this laptop's trail says of it (the change, the conflict, this choice) stays
                # here, so the server's trail never shows it. Anything left of it goes up at the next sync, and is
                # refused and held again if the server still refuses it, its trail waiting with it.
                keep_record_audits_here(conn, (conflict.table_name, conflict.record_id))
        return view


def _as_on_the_server(conn: Connection, table_name: str, record_id: uuid.UUID) -> bool:
    """Whether the record here is as the server last had it."""
    table = table_named(table_name)
    row, base = fetch(conn, table, [record_id]).get(record_id), ledger.bases(conn, table, [record_id]).get(record_id)
    return row is not None and base is not None and same_content(table, row, base[1])


def _open_on(session: Any, conflict: SyncConflict) -> bool:
    """Whether another field of the same record is still in conflict."""
    return session.scalar(select(SyncConflict.id).where(
        SyncConflict.table_name == conflict.table_name, SyncConflict.record_id == conflict.record_id,
        SyncConflict.resolved_at.is_(None), SyncConflict.id != conflict.id).limit(1)) is not None


def _chosen(view: ConflictView, take: str, value: str | None) -> Any:
    if take == "mine":
        return view.mine
    if take == "theirs":
        return view.theirs
    if value is None:
        raise ValidationError.of(view.field, None, "give the combined value")
    try:
        return parse_typed(table_named(view.table_name), view.field, value)
    except (ValueError, ArithmeticError) as exc:
        raise ValidationError.of(view.field, value, f"not a valid value for this field ({exc})") from exc

