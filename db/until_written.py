"""A value read from a SQLite file, kept with the connection that read it until anything writes to the file.

For what nearly every read asks for and hardly ever changes (the scoring matrix): reading it again was as long as
the whole heat map of a register. SQLite says cheaply whether the file changed: `PRAGMA data_version` moves when
another connection (this process or another) has committed, and the connection's `total_changes` when it wrote
itself. Either moving reads the value again, so a write to any table costs one more read, never a stale value.
A transaction that has written reads the value afresh and does not keep it: the write may yet be rolled back.
Other databases have no such counter: the value is read each time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection

T = TypeVar("T")

_CHANGES_AT_BEGIN = "db.until_written.changes_at_begin"


def note_begin(conn: Connection, driver: Any) -> None:
    """Called as each SQLite transaction begins (db.engine): what the connection had written before it."""
    conn.info[_CHANGES_AT_BEGIN] = driver.total_changes


def read_until_written(conn: Connection, key: str, read: Callable[[Connection], T]) -> T:
    """`read(conn)`, or what it gave on this connection last time if nothing has written to the file since.

    Call it inside the transaction that uses the value: the pragma then reads the version of that transaction's
    snapshot, so the value and the rest of the transaction's reads agree."""
    if conn.dialect.name != "sqlite":
        return read(conn)
    driver = conn.connection.driver_connection
    if driver is None:
        return read(conn)
    changes = driver.total_changes
    if conn.info.get(_CHANGES_AT_BEGIN) != changes:  # this transaction has written (or began unseen)
        return read(conn)
    stamp = (driver.execute("PRAGMA data_version").fetchone()[0], changes)
    kept = conn.info.get(key)
    if kept is not None and kept[0] == stamp:
        value: T = kept[1]
        return value
    value = read(conn)
    conn.info[key] = (stamp, value)
    return value
