"""The change journal: every record written through a session is entered in sync_changes with a sequence number.

Sessions made by db.engine.session_factory carry these hooks. The first write of a transaction takes the next number
from the sync_clock row (before any row is written, so every writer locks the clock first and none can deadlock on
it); the row stays locked until commit, so numbers are handed out in commit order. ORM flushes are journaled from the
session's new, changed and deleted objects; core INSERT, UPDATE and DELETE statements run through the session (the
importers' batches) from their parameters or their WHERE clause.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Connection, Table, event, insert, select, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.session import ORMExecuteState

from db.models import Base, Record, SyncChange, SyncClock

Key = tuple[str, uuid.UUID]

_STATE = "sync_journal"  # session.info: (root transaction, seq, keys already journaled in it)
clock = cast(Table, SyncClock.__table__)
changes = cast(Table, SyncChange.__table__)


def record_tables() -> dict[str, Table]:
    """Every synchronised table by name (all Record subclasses)."""
    found: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Record):
            table = mapper.local_table
            assert isinstance(table, Table)
            found[table.name] = table
    return found


def next_seq(connection: Connection) -> int:
    """The next sequence number; locks the clock row until the transaction ends."""
    if connection.execute(update(clock).where(clock.c.id == 1).values(seq=clock.c.seq + 1)).rowcount == 0:
        connection.execute(insert(clock).values(id=1, seq=1))
    seq: int = connection.execute(select(clock.c.seq).where(clock.c.id == 1)).scalar_one()
    return seq


def write_entries(connection: Connection, seq: int, keys: Iterable[Key]) -> None:
    rows = [{"seq": seq, "table_name": t, "record_id": i} for t, i in keys]
    if rows:
        connection.execute(insert(changes), rows)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)


def _state(session: Session) -> tuple[int, set[Key]]:
    root = session.get_transaction()
    held = session.info.get(_STATE)
    if held is not None and held[0] is root:
        return held[1], held[2]
    seq = next_seq(session.connection())
    seen: set[Key] = set()
    session.info[_STATE] = (root, seq, seen)
    return seq, seen


def _journal(session: Session, keys: Iterable[Key]) -> None:
    seq, seen = _state(session)
    fresh = [k for k in dict.fromkeys(keys) if k not in seen]
    seen.update(fresh)
    write_entries(session.connection(), seq, fresh)


def _records(objects: Iterable[object]) -> list[Record]:
    return [o for o in objects if isinstance(o, Record)]


def _before_flush(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    if _records(session.new) or _records(session.dirty) or _records(session.deleted):
        _state(session)  # lock the clock before any row


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    # a partial flush (session.flush([obj])) leaves other objects pending: those without an id yet wait for theirs
    keys = [(r.__tablename__, r.id) for r in _records(session.new) + _records(session.deleted) if r.id is not None]
    keys += [(r.__tablename__, r.id) for r in _records(session.dirty) if session.is_modified(r)]
    if keys:
        _journal(session, keys)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if not isinstance(table, Table) or table.name not in record_tables():
        return
    params = state.parameters
    batch: list[dict[str, Any]] = (
        [dict(p) for p in params] if isinstance(params, list | tuple) else [dict(cast(dict[str, Any], params or {}))]
    )
    if state.is_insert:
        missing = [p for p in batch if p.get("id") is None]
        if missing:
            raise ValueError(f"a core INSERT into {table.name} must give each row its id, so sync can journal it")
        ids = [p["id"] for p in batch]
    elif all("b_id" in p for p in batch) and batch:
        ids = [p["b_id"] for p in batch]  # db-wide convention for executemany UPDATEs by id (bcm.services.bulk)
    else:
        where = state.statement.whereclause  # type: ignore[attr-defined]
        query = select(table.c.id) if where is None else select(table.c.id).where(where)
        connection = state.session.connection()
        ids = [i for p in batch for i in connection.execute(query, p).scalars()]
    _journal(state.session, [(table.name, i) for i in ids])
