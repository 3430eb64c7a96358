"""Pulling: every record the server journaled since the last pull, applied to the replica in one transaction.

A record not changed here is overwritten; one changed here too is merged three ways over its base; one gone from the
server (a hard delete) goes here too. Log entries and audit entries are only ever added. Applying is idempotent: a
record whose base already has the server's version is skipped, so a pull killed part-way is simply done again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from bcm.services.bulk import audit_text, new_record
from bcm.sync import ledger
from bcm.sync.merge import three_way
from bcm.sync.report import SyncReport
from bcm.sync.rows import (
    APPEND_ONLY,
    Row,
    chunks,
    content_columns,
    encode_value,
    fetch,
    label,
    ordered_tables,
)
from bcm.sync.unique import adopt
from db.journal import changes, next_seq, write_entries
from db.models import AuditEntry

audit_table: Table = AuditEntry.__table__  # type: ignore[assignment]


ServerChanges = tuple[int, dict[str, dict[uuid.UUID, int]], dict[str, dict[uuid.UUID, Row]]]


def read_server_changes(server: Engine, since: int) -> ServerChanges:
    """(top sequence, {table: {id: seq}}, {table: {id: row}}) for everything journaled on the server after since."""
    by_table: dict[str, dict[uuid.UUID, int]] = defaultdict(dict)
    rows: dict[str, dict[uuid.UUID, Row]] = {}
    top = since
    with server.connect() as conn:
        query = (select(changes.c.table_name, changes.c.record_id, func.max(changes.c.seq))
                 .where(changes.c.seq > since).group_by(changes.c.table_name, changes.c.record_id))
        for table_name, record_id, seq in conn.execute(query):
            by_table[table_name][record_id] = seq
            top = max(top, seq)
        for table in ordered_tables():
            if table.name in by_table:
                rows[table.name] = fetch(conn, table, by_table[table.name])
    return top, by_table, rows


def pull(local: Engine, server: Engine, report: SyncReport, now: datetime, user: str) -> None:
    with local.connect() as conn:
        since = ledger.watermark(conn, ledger.PULLED)
    top, seqs, server_rows = read_server_changes(server, since)
    if top == since:
        return
    with local.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # checked at commit: order within a table is free
        applier = _Applier(conn, report, now, user)
        for table in reversed(ordered_tables()):  # removals first: a replaced row may hold the key its successor takes
            if table.name in seqs:
                applier.delete_gone(table, seqs[table.name], server_rows[table.name])
        for table in ordered_tables():
            if table.name in seqs:
                applier.apply(table, seqs[table.name], server_rows[table.name])
        applier.finish()
        ledger.set_state(conn, ledger.PULLED, str(min(applier.failed) - 1 if applier.failed else top))


class _Applier:
    def __init__(self, conn: Connection, report: SyncReport, now: datetime, user: str) -> None:
        self.conn, self.report, self.now, self.user = conn, report, now, user
        self.dirty = ledger.dirty(conn)
        self.held = ledger.held(conn)
        self.refused = ledger.refused(conn)
        self.failed: list[int] = []
        self.audits: list[dict[str, Any]] = []
        self.journal: list[ledger.Key] = []
        self.to_hold: dict[ledger.Key, str] = {}

    def apply(self, table: Table, seqs: dict[uuid.UUID, int], theirs: dict[uuid.UUID, Row]) -> None:
        mine = fetch(self.conn, table, [i for i in seqs if i in theirs])
        bases = ledger.bases(self.conn, table, mine)
        inserts: list[Row] = []
        overwrites: list[Row] = []
        new_bases: dict[uuid.UUID, tuple[int, Row]] = {}
        for record_id, row in theirs.items():
            base = bases.get(record_id)
            if base is not None and base[0] == row["version"]:
                continue  # already applied
            new_bases[record_id] = (row["version"], row)
            here = mine.get(record_id)
            if here is None:
                inserts.append(row)
            elif table.name in APPEND_ONLY:
                continue
            elif (table.name, record_id) not in self.dirty:
                overwrites.append(row | {"version": here["version"] + 1})
            else:
                self._merge(table, here, row, base[1] if base else None)
        for row in self._insert(table, inserts, seqs):
            new_bases.pop(row["id"], None)
        self._overwrite(table, overwrites)
        if new_bases:
            self.report.pulled[table.name] += len(new_bases)
        ledger.set_bases(self.conn, table, new_bases)

    def _insert(self, table: Table, rows: list[Row], seqs: dict[uuid.UUID, int]) -> list[Row]:
        """Insert rows; returns those that could not be applied."""
        if not rows:
            return []
        try:
            with self.conn.begin_nested():
                self.conn.execute(insert(table), rows)
            return []
        except IntegrityError:
            pass
        failed = []
        for row in rows:
            try:
                with self.conn.begin_nested():
                    self.conn.execute(insert(table), [row])
                continue
            except IntegrityError as exc:
                reason = str(exc.orig)
            adopted = adopt(self.conn, table, row, self.dirty)
            if adopted is not None:
                self.journal.extend(adopted.children)
                self._merge(table, adopted.row, row, None)
                continue
            failed.append(row)
            self.failed.append(seqs[row["id"]])
            self.report.problems.append(f"{label(table, row)} from the server could not be applied here ({reason}); "
                                        "change or remove the record here that clashes with it, then sync again")
        return failed

    def _overwrite(self, table: Table, rows: list[Row]) -> None:
        if not rows:
            return
        columns = [c.name for c in table.columns if c.name != "id"]
        statement = (update(table).where(table.c.id == bindparam("b_id"))
                     .values({c: bindparam(f"v_{c}") for c in columns}))
        self.conn.execute(statement, [{"b_id": r["id"]} | {f"v_{c}": r[c] for c in columns} for r in rows])

    def _merge(self, table: Table, here: Row, theirs: Row, base: Row | None) -> None:
        key = (table.name, here["id"])
        what = label(table, here)
        merged = three_way(base, here, theirs, content_columns(table))
        values = merged.values
        if merged.took_theirs or any(c.field == "deleted_at" for c in merged.conflicts):
            values = values | {"version": here["version"] + 1, "updated_at": max(here["updated_at"],
                                                                                   theirs["updated_at"])}
            self._overwrite(table, [values])
        if merged.took_theirs and not merged.conflicts:
            self.report.merged.append(f"{what}: took {', '.join(merged.took_theirs)} from the server, kept yours")
        for conflict in merged.conflicts:
            is_new = ledger.record_conflict(self.conn, self.now, {
                "table_name": table.name, "record_id": here["id"], "record_label": what[:200], "field": conflict.field,
                "mine": encode_value(conflict.mine), "theirs": encode_value(conflict.theirs),
                "base": None if base is None else encode_value(conflict.base),
            })
            if is_new:
                self.report.conflicts.append(f"{what}: {conflict.field} is {audit_text(conflict.mine)!r} here, "
                                             f"{audit_text(conflict.theirs)!r} on the server")
                self.audits.append(new_record(
                    self.now, at=self.now, user_name=self.user, table_name=table.name, record_id=here["id"],
                    record_label=f"{what} (sync conflict: old value here, new value on the server)"[:200],
                    action="update", field=conflict.field, old_value=audit_text(conflict.mine),
                    new_value=audit_text(conflict.theirs),
                ))
            # A change the server refused stays known as refused while it is in conflict: see conflicts.resolve.
            why, held = self.refused.get(key), self.held.get(key, "")
            if why is not None:
                self.to_hold[key] = f"{ledger.CONFLICT} ({ledger.REFUSED_BEFORE}: {why})"
            else:  # in conflict already, refused before or not: as it was
                self.to_hold[key] = held if ledger.REFUSED_BEFORE in held else ledger.CONFLICT

    def delete_gone(self, table: Table, seqs: dict[uuid.UUID, int], theirs: dict[uuid.UUID, Row]) -> None:
        """Hard deletes on the server go here too, unless changed here: then the record goes back up as new."""
        gone = [i for i in seqs if i not in theirs]
        ledger.drop_bases(self.conn, table, [i for i in gone if (table.name, i) in self.dirty])
        ids = [i for i in gone if (table.name, i) not in self.dirty]
        ledger.drop_bases(self.conn, table, ids)
        removed = sum(self.conn.execute(delete(table).where(table.c.id.in_(part))).rowcount for part in chunks(ids))
        if removed:
            self.report.pulled[table.name] += removed

    def finish(self) -> None:
        if self.audits:
            self.conn.execute(insert(audit_table), self.audits)
        keys = self.journal + [("audit_log", a["id"]) for a in self.audits]
        if keys:
            write_entries(self.conn, next_seq(self.conn), keys)
        if self.to_hold:
            ledger.hold(self.conn, self.to_hold)
