"""Changes the server refused: listing them, and taking the server's version back (`bcm sync discard`).

A refused change is kept on the replica and sent again at every sync (a lead may yet give the login the right, or
the person named may make it). Discarding is the way out: each refused record goes back to the server's version
(an edit is undone, a record made here is removed, one removed here comes back), the audit trail here records that,
and nothing of it is sent. Incident and decision log entries are never removed: a refused one stays here only, marked
as not for the server, and the report says so. Audit entries that recorded a discarded change stay here only too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Table, bindparam, delete, insert, update

from bcm.database import Database
from bcm.services.bulk import new_record
from bcm.sync import ledger
from bcm.sync.rows import APPEND_ONLY, Row, fetch, label, ordered_tables, table_named

AUDIT = "audit_log"
LOCAL_ONLY = 0  # the server version given to a record that is kept here only: never sent, never overwritten


@dataclass(frozen=True)
class RefusedChange:
    table_name: str
    record_id: uuid.UUID
    record_label: str
    reason: str


@dataclass
class Discarded:
    reverted: list[str] = field(default_factory=list)  # records put back as the server has them
    kept_here: list[str] = field(default_factory=list)  # log entries: kept on this computer only


def refused_changes(database: Database) -> list[RefusedChange]:
    with database.engine.connect() as conn:
        found = ledger.refused(conn)
        out = []
        for table in ordered_tables():
            ids = [i for t, i in found if t == table.name]
            if not ids:
                continue
            rows, bases = fetch(conn, table, ids), ledger.bases(conn, table, ids)
            for record_id in ids:
                row = rows.get(record_id) or (bases[record_id][1] if record_id in bases else None)
                out.append(RefusedChange(table.name, record_id, label(table, row), found[(table.name, record_id)]))
    return out


def discard_refused(database: Database, user: str, now: datetime) -> Discarded:
    """Take the server's version back for every change it refused. One transaction."""
    done = Discarded()
    with database.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # parents and children come back in any order
        refused = ledger.refused(conn)
        if not refused:
            return done
        settled: set[ledger.Key] = set()
        audits: list[Row] = []
        for table in reversed(ordered_tables()):  # children first: a record made here goes before its parent
            ids = [i for t, i in refused if t == table.name]
            if not ids:
                continue
            rows, bases = fetch(conn, table, ids), ledger.bases(conn, table, ids)
            for record_id in ids:
                row, base = rows.get(record_id), bases.get(record_id)
                what = label(table, row or (base[1] if base else None))
                settled.add((table.name, record_id))
                if table.name in APPEND_ONLY:
                    if row is not None:
                        _keep_here_only(conn, table, row)
                    done.kept_here.append(what)
                    continue
                _put_back(conn, table, record_id, row, base[1] if base else None)
                done.reverted.append(what)
                audits.append(new_record(
                    now, at=now, user_name=user, table_name=table.name, record_id=record_id,
                    record_label=f"{what} (refused by the server: its version taken back)"[:200],
                    action="delete" if base is None else "create" if row is None else "update", field=None,
                    old_value=None, new_value=None,
                ))
        _keep_audits_here(conn, settled)
        if audits:
            audit = table_named(AUDIT)
            conn.execute(insert(audit), audits)
            ledger.set_bases(conn, audit, {a["id"]: (LOCAL_ONLY, a) for a in audits})
        ledger.release(conn, refused)
    return done


def _put_back(conn: Connection, table: Table, record_id: uuid.UUID, row: Row | None, base: Row | None) -> None:
    if base is None:  # made here: it goes
        conn.execute(delete(table).where(table.c.id == record_id))
    elif row is None:  # removed here: it comes back
        conn.execute(insert(table), [base])
    else:
        columns = [c.name for c in table.columns if c.name not in ("id", "version")]
        statement = (update(table).where(table.c.id == bindparam("b_id"))
                     .values({c: bindparam(f"v_{c}") for c in [*columns, "version"]}))
        conn.execute(statement, [{"b_id": record_id, "v_version": row["version"] + 1}
                                 | {f"v_{c}": base[c] for c in columns}])


def _keep_here_only(conn: Connection, table: Table, row: Row) -> None:
    ledger.set_bases(conn, table, {row["id"]: (LOCAL_ONLY, row)})


def _keep_audits_here(conn: Connection, settled: set[ledger.Key]) -> None:
    """Audit entries held back with a change now discarded: kept in this computer's trail, never sent."""
    audit = table_named(AUDIT)
    waiting = [i for t, i in ledger.held(conn) if t == AUDIT]
    rows = fetch(conn, audit, waiting)
    kept = {i: (LOCAL_ONLY, r) for i, r in rows.items() if (r["table_name"], r["record_id"]) in settled}
    ledger.set_bases(conn, audit, kept)
    ledger.release(conn, [(AUDIT, i) for i in kept])
