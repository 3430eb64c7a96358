"""A value read from a SQLite file, kept with the connection that read it until anything writes to the file.

For what nearly every read asks for and hardly ever changes (the scoring matrix): reading it again was as long as
the whole heat map of a register. SQLite says cheaply whether the file changed: its data version moves when
another connection (this process or another) has committed, the connection's `total_changes` when it wrote rows
itself, and the schema version when it changed a table. Any of them moving reads the value again, so a write to any
table costs one more read. A transaction that has written reads the value afresh and does not keep it: the write may
yet be rolled back. Other databases have no such counter: the value is read each time.

Not seen: the backup API writing into a connection of this pool (this app only backs up *from* one; a restore
replaces the file with every connection closed, bcm.services.backups).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection

T = TypeVar("T")

_CHANGES_AT_BEGIN = "db.until_written.changes_at_begin"
_VERSIONS = "SELECT (SELECT data_version FROM pragma_data_version), (SELECT schema_version FROM pragma_schema_version)"


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
    if not conn.in_transaction() or conn.info.get(_CHANGES_AT_BEGIN) != changes:
        return read(conn)  # no snapshot to be of, or this transaction has written (or began unseen)
    stamp = (*driver.execute(_VERSIONS).fetchone(), changes)
    kept = conn.info.get(key)
    if kept is not None and kept[0] == stamp:
        value: T = kept[1]
        return value
    value = read(conn)
    conn.info[key] = (stamp, value)
    return value
