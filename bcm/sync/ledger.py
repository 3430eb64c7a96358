"""The replica's own bookkeeping, read and written on a connection inside the sync's transactions."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select, tuple_, update

from bcm.sync.rows import Row, chunks, decode_row, encode_row
from db.journal import changes
from db.models import SyncBase, SyncConflict, SyncHeld, SyncState

Key = tuple[str, uuid.UUID]

state_table = cast(Table, SyncState.__table__)
base_table = cast(Table, SyncBase.__table__)
held_table = cast(Table, SyncHeld.__table__)
conflict_table = cast(Table, SyncConflict.__table__)

SERVER, PULLED, PUSHED, LAST_SYNC = "server", "pulled_upto", "pushed_upto", "last_sync"
REFUSED = "refused by the server"  # how a held change's reason starts when the server's roles refused it
CONFLICT = "conflict waiting to be resolved"  # a held record's reason while a conflict on it is open
REFUSED_BEFORE = "the server had refused the change here"  # in a conflict's reason: its record was held as refused


def get_state(conn: Connection, key: str) -> str | None:
    value: str | None = conn.execute(select(state_table.c.value).where(state_table.c.key == key)).scalar()
    return value


def set_state(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(state_table).where(state_table.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(state_table).values(key=key, value=value))


def watermark(conn: Connection, key: str) -> int:
    return int(get_state(conn, key) or 0)


def journal_top(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(changes.c.seq), 0))).scalar_one())


def journaled_since(conn: Connection, seq: int) -> set[Key]:
    query = select(changes.c.table_name, changes.c.record_id).where(changes.c.seq > seq).distinct()
    return {(r[0], r[1]) for r in conn.execute(query)}


def prune_journal(conn: Connection, upto: int) -> None:
    conn.execute(delete(changes).where(changes.c.seq <= upto))


def held(conn: Connection) -> dict[Key, str]:
    return {(r[0], r[1]): r[2] for r in conn.execute(select(held_table))}


def hold(conn: Connection, keys: dict[Key, str]) -> None:
    release(conn, keys)
    if keys:
        conn.execute(insert(held_table), [{"table_name": t, "record_id": i, "reason": r} for (t, i), r in keys.items()])


def release(conn: Connection, keys: Iterable[Key]) -> None:
    for part in chunks(list(keys)):
        conn.execute(delete(held_table).where(tuple_(held_table.c.table_name, held_table.c.record_id).in_(part)))


def refused(conn: Connection) -> dict[Key, str]:
    """Changes kept back because the server's roles refused them, with the reason (who may make them)."""
    query = select(held_table).where(held_table.c.reason.startswith(REFUSED, autoescape=True))
    return {(r[0], r[1]): r[2].removeprefix(REFUSED).removeprefix(": ") for r in conn.execute(query)}


def dirty(conn: Connection) -> set[Key]:
    """Records changed here and not yet on the server."""
    return journaled_since(conn, watermark(conn, PUSHED)) | set(held(conn))


def bases(conn: Connection, table: Table, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[int, Row]]:
    found: dict[uuid.UUID, tuple[int, Row]] = {}
    for part in chunks(list(ids)):
        query = select(base_table.c.record_id, base_table.c.server_version, base_table.c.data).where(
            base_table.c.table_name == table.name, base_table.c.record_id.in_(part))
        for record_id, version, data in conn.execute(query):
            found[record_id] = (version, decode_row(table, data))
    return found


def set_bases(conn: Connection, table: Table, rows: dict[uuid.UUID, tuple[int, Row]]) -> None:
    drop_bases(conn, table, rows)
    if rows:
        conn.execute(insert(base_table), [
            {"table_name": table.name, "record_id": i, "server_version": v, "data": encode_row(r)}
            for i, (v, r) in rows.items()
        ])


def drop_bases(conn: Connection, table: Table, ids: Iterable[uuid.UUID]) -> None:
    for part in chunks(list(ids)):
        conn.execute(delete(base_table).where(base_table.c.table_name == table.name, base_table.c.record_id.in_(part)))


def open_conflict_keys(conn: Connection) -> set[Key]:
    query = select(conflict_table.c.table_name, conflict_table.c.record_id).where(
        conflict_table.c.resolved_at.is_(None))
    return {(r[0], r[1]) for r in conn.execute(query)}


def record_conflict(conn: Connection, now: datetime, values: dict[str, Any]) -> bool:
    """Keep a conflict; a field already in conflict gets the server's newest value. True if it is new."""
    where = (conflict_table.c.table_name == values["table_name"], conflict_table.c.record_id == values["record_id"],
             conflict_table.c.field == values["field"], conflict_table.c.resolved_at.is_(None))
    if conn.execute(update(conflict_table).where(*where).values(theirs=values["theirs"], mine=values["mine"])).rowcount:
        return False
    conn.execute(insert(conflict_table).values(id=uuid.uuid4(), detected_at=now, **values))
    return True
