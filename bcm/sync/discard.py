"""Changes the server refused: listing them, and taking the server's version back (`bcm sync discard`).

A refused change is kept on the replica and sent again at every sync (a lead may yet give the login the right, or
the person named may make it). Discarding is the way out: each refused record goes back to the server's version
(an edit is undone, a record made here is removed, one removed here comes back), the audit trail here records that,
and nothing of it is sent. Incident and decision log entries are never removed: a refused one stays here only, marked
as not for the server, and the report says so. Audit entries that recorded a discarded change stay here only too.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Table, bindparam, delete, insert, update
from sqlalchemy.exc import IntegrityError

from bcm.database import Database
from bcm.errors import DomainError
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
    undo: str = ""  # what taking the server's version back does to it, in words


# What taking the server's version back does, by what was done here.
UNDO_EDIT = "your edit is undone"
UNDO_MADE = "made here: removed"
UNDO_REMOVED = "removed here: comes back"
UNDO_LOG = "log entry: never removed, kept on this computer only and not sent"


@dataclass
class Discarded:
    reverted: list[str] = field(default_factory=list)  # records put back as the server has them
    kept_here: list[str] = field(default_factory=list)  # log entries: kept on this computer only


def refused_changes(database: Database, only: Collection[ledger.Key] | None = None) -> list[RefusedChange]:
    """The changes the server refused, parents first; with `only`, those that discarding them would take back:
    the ones chosen and the refused records that cannot stay without them (see `discard_refused`)."""
    with database.engine.connect() as conn:
        found = ledger.refused(conn)
        if only is not None:
            found = _with_dependants(conn, found, only)
        out = []
        for table in ordered_tables():
            ids = [i for t, i in found if t == table.name]
            if not ids:
                continue
            rows, bases = fetch(conn, table, ids), ledger.bases(conn, table, ids)
            for record_id in ids:
                here, base = rows.get(record_id), bases.get(record_id)
                undo = (UNDO_LOG if table.name in APPEND_ONLY else UNDO_MADE if base is None
                        else UNDO_REMOVED if here is None else UNDO_EDIT)
                out.append(RefusedChange(table.name, record_id, label(table, here or (base[1] if base else None)),
                                         found[(table.name, record_id)], undo))
    return out


def discard_refused(database: Database, user: str, now: datetime,
                    only: Collection[ledger.Key] | None = None) -> Discarded:
    """Take the server's version back for every change it refused, or for those in `only` (table name, record id).

    A record made here goes with the refused records made here that refer to it (an activity added to a plan made
    here), and a record removed here comes back with the refused removals of what it refers to: the local database
    is never left with a reference to nothing. One transaction."""
    try:
        return _discard(database, user, now, only)
    except IntegrityError as exc:
        raise DomainError("the server's versions cannot be taken back for these alone: other changes made here "
                          "depend on them; take those back too, or all of them") from exc


def _discard(database: Database, user: str, now: datetime, only: Collection[ledger.Key] | None) -> Discarded:
    done = Discarded()
    with database.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # parents and children come back in any order
        refused = ledger.refused(conn)
        if only is not None:
            refused = _with_dependants(conn, refused, only)
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


def keep_record_audits_here(conn: Connection, key: ledger.Key) -> None:
    """Every audit entry about this record that is not on the server yet: kept in this computer's trail, never sent
    (a change the server refused, given up for the server's version)."""
    audit = table_named(AUDIT)
    rows = fetch(conn, audit, [i for t, i in ledger.dirty(conn) if t == AUDIT])
    kept = {i: (LOCAL_ONLY, r) for i, r in rows.items() if (r["table_name"], r["record_id"]) == key}
    ledger.set_bases(conn, audit, kept)
    ledger.release(conn, [(AUDIT, i) for i in kept])


def _with_dependants(conn: Connection, refused: dict[ledger.Key, str],
                     chosen: Collection[ledger.Key]) -> dict[ledger.Key, str]:
    """The chosen refused changes, with each refused record that would refer to nothing once they are taken back:
    the children of a record made here (it goes), and the parents of a record removed here (it comes back)."""
    picked = {key for key in chosen if key in refused}
    if len(picked) == len(refused):
        return dict(refused)
    here: dict[ledger.Key, Row] = {}  # each refused record as it is here
    made_here: set[ledger.Key] = set()
    removed_here: set[ledger.Key] = set()
    for table in ordered_tables():
        ids = [i for t, i in refused if t == table.name]
        if ids:
            rows, bases = fetch(conn, table, ids), ledger.bases(conn, table, ids)
            here.update({(table.name, i): r for i, r in rows.items()})
            made_here.update((table.name, i) for i in ids if i not in bases)
            removed_here.update((table.name, i) for i in ids if i not in rows and i in bases)
            here.update({(table.name, i): bases[i][1] for i in ids if i not in rows and i in bases})

    def references(key: ledger.Key) -> set[ledger.Key]:
        row = here.get(key)
        if row is None:
            return set()
        return {(fk.column.table.name, row[fk.parent.name]) for fk in table_named(key[0]).foreign_keys
                if row.get(fk.parent.name) is not None}

    grown = True
    while grown:
        grown = False
        for key in refused:
            if key in picked:
                continue
            child_of_going = any(parent in picked and parent in made_here for parent in references(key))
            parent_of_returning = key in removed_here and any(
                key in references(other) for other in picked if other in removed_here)
            if child_of_going or parent_of_returning:
                picked.add(key)
                grown = True
    return {key: refused[key] for key in refused if key in picked}
