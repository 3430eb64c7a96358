"""Pushing: every record changed here since the last push, written to the server in one transaction.

A record goes up only at the server version it was merged over (its base): if the server moved on meanwhile it is
left for the next pull to merge. Inserts and updates go parents first, hard deletes children first. A row the server
refuses (a clash on a unique key, a permission) is kept back with the reason and tried again next time; the rest go.
A refusal by the server's roles (a service manager's change to another service's plan, any change by a viewer) is
reported with the server's word on who may make it, and the audit entries recording that change are kept back with it,
so the server's audit trail never shows a change it refused. A login that may write nothing at all (a viewer) is
refused before any row: every change is kept back with that reason.
Writing is idempotent: a record whose content equals its base is not sent, so a push whose acknowledgement was lost
(killed after the server committed) is recognised by the next pull and not sent twice.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, Table, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, ProgrammingError

from bcm.sync import ledger
from bcm.sync.report import SyncReport
from bcm.sync.rows import APPEND_ONLY, Row, chunks, fetch, label, ordered_tables, same_content, table_named
from db.journal import changes, next_seq, write_entries
from db.server import INSUFFICIENT_PRIVILEGE, explain_refusal

REFUSALS = (IntegrityError, ProgrammingError, DataError)
STALE = "changed on the server while this sync ran: merged at the next sync"
AUDIT = "audit_log"
WAITS = "an audit entry: waits for the change it records"


@dataclass
class Outgoing:
    inserts: list[Row] = field(default_factory=list)
    updates: list[tuple[Row, int]] = field(default_factory=list)  # (row, server version it was merged over)
    deletes: list[tuple[uuid.UUID, int]] = field(default_factory=list)


@dataclass
class Outcome:
    applied: dict[ledger.Key, tuple[int, Row]] = field(default_factory=dict)
    deleted: list[ledger.Key] = field(default_factory=list)
    refused: dict[ledger.Key, str] = field(default_factory=dict)
    denied: dict[ledger.Key, tuple[str, str]] = field(default_factory=dict)  # by the server's roles: (record, why)
    waiting: dict[ledger.Key, str] = field(default_factory=dict)  # audit entries kept back with a refused change
    settled: list[ledger.Key] = field(default_factory=list)  # kept back before, nothing to send now
    stale: int = 0
    pulled_to: int | None = None
    explained: dict[str, str] = field(default_factory=dict)  # the server's message: said for the user

    def kept_back(self, key: ledger.Key) -> bool:
        return key in self.refused or key in self.denied


def _denied(exc: BaseException) -> bool:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def _server_message(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    diag = getattr(orig, "diag", None)
    return str(getattr(diag, "message_primary", None) or _reason(exc))


def gather(conn: Connection) -> tuple[int, dict[str, Outgoing], list[ledger.Key], set[ledger.Key]]:
    """(journal top, what to send per table, records kept back before that have nothing to send now: put back as
    the server has them, or a local record removed before it ever went up, records in an open conflict: not sent),
    read in one snapshot of the replica."""
    top = ledger.journal_top(conn)
    blocked = ledger.open_conflict_keys(conn)
    wanted: dict[str, list[uuid.UUID]] = {}
    for table_name, record_id in ledger.dirty(conn) - blocked:
        wanted.setdefault(table_name, []).append(record_id)
    was_held = set(ledger.held(conn)) - blocked
    settled: list[ledger.Key] = []
    out: dict[str, Outgoing] = {}
    for table in ordered_tables():
        ids = wanted.get(table.name)
        if not ids:
            continue
        rows, bases = fetch(conn, table, ids), ledger.bases(conn, table, ids)
        going = out.setdefault(table.name, Outgoing())
        for record_id in ids:
            row, base = rows.get(record_id), bases.get(record_id)
            if row is None:
                if base is not None:
                    going.deletes.append((record_id, base[0]))
                    continue
            elif base is None:
                going.inserts.append(row)
                continue
            elif table.name not in APPEND_ONLY and not same_content(table, row, base[1]):
                going.updates.append((row, base[0]))
                continue
            if (table.name, record_id) in was_held:
                settled.append((table.name, record_id))
    return top, out, settled, blocked


def push(local: Engine, server: Engine, report: SyncReport) -> int:
    """Send local changes; returns how many were stale (changed on the server meanwhile)."""
    with local.connect() as conn, conn.begin():
        top, outgoing, settled, blocked = gather(conn)
        pulled = ledger.watermark(conn, ledger.PULLED)
    outcome = Outcome(settled=settled)
    if any(o.inserts or o.updates or o.deletes for o in outgoing.values()):
        try:
            with _driver_quiet(), server.begin() as conn:
                seq = next_seq(conn)
                if conn.execute(select(func.coalesce(func.max(changes.c.seq), 0))).scalar_one() <= pulled:
                    outcome.pulled_to = seq  # nothing new there since the pull: our own writes need not come back
                # removals first (a replaced row may hold the key its successor takes), children before parents;
                # one refused because something still refers to it is tried again after the other changes
                retry = _delete_all(conn, outgoing, outcome)
                for table in ordered_tables():
                    if table.name in outgoing and table.name != AUDIT:
                        _Writer(conn, table, outcome).write(outgoing[table.name])
                _delete_all(conn, retry, outcome)
                if AUDIT in outgoing:  # last: an entry goes up only with the change it records
                    _Writer(conn, _audit(), outcome).write(_audits_to_send(outgoing[AUDIT], outcome, blocked))
                write_entries(conn, seq, list(outcome.applied) + outcome.deleted)
        except DBAPIError as exc:
            if not _denied(exc):
                raise
            outcome = _all_denied(server, outgoing, settled, blocked, exc)
    _acknowledge(local, top, outcome, report)
    return outcome.stale


@contextmanager
def _driver_quiet() -> Iterator[None]:
    """psycopg warns when a batch the server refused ends its pipeline ("error ignored ... pipeline aborted"): here
    a refused row is expected, kept back and reported, so the warning would only alarm whoever reads the log."""
    driver = logging.getLogger("psycopg")
    level = driver.level
    driver.setLevel(logging.ERROR)
    try:
        yield
    finally:
        driver.setLevel(level)


def _audits_to_send(going: Outgoing, outcome: Outcome, blocked: set[ledger.Key]) -> Outgoing:
    """The audit entries to send: those recording a change kept back, or a change to a record in an open conflict
    (not sent until it is settled), wait for it."""
    send = Outgoing(updates=going.updates, deletes=going.deletes)
    for row in going.inserts:
        key = (row["table_name"], row["record_id"])
        if outcome.kept_back(key) or key in blocked:
            outcome.waiting[(AUDIT, row["id"])] = WAITS
        else:
            send.inserts.append(row)
    return send


def _audit() -> Table:
    return table_named(AUDIT)


def _all_denied(server: Engine, outgoing: dict[str, Outgoing], settled: list[ledger.Key],
                blocked: set[ledger.Key], exc: DBAPIError) -> Outcome:
    """The server refused this login any write (a viewer): every change is kept back, saying who may make it."""
    with server.connect() as conn:
        why = explain_refusal(conn, _server_message(exc))
    outcome = Outcome(settled=settled)
    audits: list[Row] = []
    for table in ordered_tables():
        going = outgoing.get(table.name)
        if going is None:
            continue
        if table.name == AUDIT:
            audits.extend(going.inserts)
            continue
        for row in going.inserts + [r for r, _ in going.updates]:
            outcome.denied[(table.name, row["id"])] = (label(table, row), why)
        for record_id, _ in going.deletes:
            outcome.denied[(table.name, record_id)] = (f"removing {label(table, None)}", why)
    for row in audits:
        key = (row["table_name"], row["record_id"])
        if outcome.kept_back(key) or key in blocked:
            outcome.waiting[(AUDIT, row["id"])] = WAITS
        else:
            outcome.denied[(AUDIT, row["id"])] = (label(_audit(), row), why)
    return outcome


def _delete_all(conn: Connection, outgoing: dict[str, Outgoing], outcome: Outcome) -> dict[str, Outgoing]:
    refused: dict[str, Outgoing] = {}
    for table in reversed(ordered_tables()):
        going = outgoing.get(table.name)
        if going is not None and going.deletes:
            left = _Writer(conn, table, outcome).delete(going.deletes)
            if left:
                refused[table.name] = Outgoing(deletes=left)
    return refused


def _acknowledge(local: Engine, top: int, outcome: Outcome, report: SyncReport) -> None:
    with local.begin() as conn:
        by_table: dict[str, dict[uuid.UUID, tuple[int, Row]]] = {}
        for (table_name, record_id), base in outcome.applied.items():
            by_table.setdefault(table_name, {})[record_id] = base
            report.pushed[table_name] += 1
        for table in ordered_tables():
            if table.name in by_table:
                ledger.set_bases(conn, table, by_table[table.name])
            gone = [i for t, i in outcome.deleted if t == table.name]
            if gone:
                ledger.drop_bases(conn, table, gone)
                report.pushed[table.name] += len(gone)
        ledger.release(conn, list(outcome.applied) + outcome.deleted + outcome.settled)
        ledger.hold(conn, outcome.refused | outcome.waiting
                    | {key: f"{ledger.REFUSED}: {why}" for key, (_, why) in outcome.denied.items()})
        ledger.set_state(conn, ledger.PUSHED, str(top))
        if outcome.pulled_to is not None:
            ledger.set_state(conn, ledger.PULLED, str(outcome.pulled_to))
        ledger.prune_journal(conn, top)
    report.problems.extend(reason for reason in outcome.refused.values() if reason != STALE)
    report.refused.extend(outcome.denied.values())


class _Writer:
    def __init__(self, conn: Connection, table: Table, outcome: Outcome) -> None:
        self.conn, self.table, self.outcome = conn, table, outcome

    def write(self, going: Outgoing) -> None:
        self._insert(going.inserts)
        self._update(going.updates)

    def _server_versions(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
        found: dict[uuid.UUID, int] = {}
        for part in chunks(list(ids)):
            query = select(self.table.c.id, self.table.c.version).where(self.table.c.id.in_(part))
            found.update({r[0]: r[1] for r in self.conn.execute(query)})
        return found

    def _insert(self, rows: list[Row]) -> None:
        if not rows:
            return
        present = self._server_versions(r["id"] for r in rows)
        if self.table.name in APPEND_ONLY:  # already there from an earlier, unacknowledged push: nothing to do
            for row in rows:
                if row["id"] in present:
                    self.outcome.applied[(self.table.name, row["id"])] = (present[row["id"]], row)
            rows = [r for r in rows if r["id"] not in present]
        else:
            for row in rows:
                if row["id"] in present:
                    self._refuse(row, STALE)
                    self.outcome.stale += 1
            rows = [r for r in rows if r["id"] not in present]
        rows = [r | {"version": 1} for r in _parents_first(self.table, rows)]
        if not rows:
            return
        try:
            with self.conn.begin_nested():
                self.conn.execute(insert(self.table), rows)
        except REFUSALS:
            for row in rows:
                try:
                    with self.conn.begin_nested():
                        self.conn.execute(insert(self.table), [row])
                except REFUSALS as exc:
                    self._refuse_for(row["id"], label(self.table, row), exc)
                    continue
                self._applied(row)
            return
        for row in rows:
            self._applied(row)

    def _update(self, updates: list[tuple[Row, int]]) -> None:
        if not updates:
            return
        present = self._server_versions(r["id"] for r, _ in updates)
        fresh = []
        for row, expected in updates:
            if present.get(row["id"]) != expected:
                self._refuse(row, STALE)
                self.outcome.stale += 1
            else:
                fresh.append(row | {"version": expected + 1})
        columns = [c.name for c in self.table.columns if c.name != "id"]
        statement = (update(self.table)
                     .where(self.table.c.id == bindparam("b_id"), self.table.c.version == bindparam("b_version"))
                     .values({c: bindparam(f"v_{c}") for c in columns}))

        def params(row: Row) -> dict[str, object]:
            return {"b_id": row["id"], "b_version": row["version"] - 1} | {f"v_{c}": row[c] for c in columns}

        if not fresh:
            return
        if self.conn.dialect.supports_sane_multi_rowcount:
            try:
                with self.conn.begin_nested():
                    if self.conn.execute(statement, [params(r) for r in fresh]).rowcount == len(fresh):
                        for row in fresh:
                            self._applied(row)
                        return
                    raise _Uneven
            except (_Uneven, *REFUSALS):
                pass
        for row in fresh:
            try:
                with self.conn.begin_nested():
                    if self.conn.execute(statement, [params(row)]).rowcount != 1:
                        raise _Uneven
            except _Uneven:
                self._refuse(row, "the server did not accept the change (not permitted for your account, or changed "
                                  "there meanwhile)")
                continue
            except REFUSALS as exc:
                self._refuse_for(row["id"], label(self.table, row), exc)
                continue
            self._applied(row)

    def delete(self, deletes: list[tuple[uuid.UUID, int]]) -> list[tuple[uuid.UUID, int]]:
        """Returns the removals refused."""
        left = []
        for record_id, expected in deletes:
            statement = delete(self.table).where(and_(self.table.c.id == record_id, self.table.c.version == expected))
            try:
                with self.conn.begin_nested():
                    self.conn.execute(statement)  # already gone there, or changed there: nothing to send
            except REFUSALS as exc:
                if _denied(exc):
                    self._refuse_for(record_id, f"removing {label(self.table, None)}", exc)
                else:
                    self.outcome.refused[(self.table.name, record_id)] = \
                        f"{self.table.name} removal refused: {_reason(exc)}"
                left.append((record_id, expected))
                continue
            self.outcome.refused.pop((self.table.name, record_id), None)
            self.outcome.denied.pop((self.table.name, record_id), None)
            self.outcome.deleted.append((self.table.name, record_id))
        return left

    def _applied(self, row: Row) -> None:
        self.outcome.applied[(self.table.name, row["id"])] = (row["version"], row)

    def _refuse_for(self, record_id: uuid.UUID, what: str, exc: Exception) -> None:
        key = (self.table.name, record_id)
        if not _denied(exc):
            self.outcome.refused[key] = f"{what}: {_reason(exc)}"
            return
        message = _server_message(exc)
        if message not in self.outcome.explained:  # the savepoint is gone: the transaction can still ask who may
            self.outcome.explained[message] = explain_refusal(self.conn, message)
        self.outcome.denied[key] = (what, self.outcome.explained[message])

    def _refuse(self, row: Row, reason: str) -> None:
        if reason != STALE:
            reason = f"{label(self.table, row)}: {reason}"
        self.outcome.refused[(self.table.name, row["id"])] = reason


class _Uneven(Exception):
    """Fewer rows updated than sent."""


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(exc).__name__


def _parents_first(table: Table, rows: list[Row]) -> list[Row]:
    """Rows of a table that refers to itself (risk escalated to risk, log entry correcting one), referred first."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return rows
    waiting = {r["id"]: r for r in rows}
    ordered: list[Row] = []
    while waiting:
        ready = [r for r in waiting.values() if not any(r[c] in waiting and r[c] != r["id"] for c in own)]
        if not ready:  # a cycle: send as is and let the server judge
            ready = list(waiting.values())
        for row in ready:
            ordered.append(row)
            del waiting[row["id"]]
    return ordered
