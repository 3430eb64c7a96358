"""Writing many records in one unit of work without a query per record: lookups preloaded into dicts, then batched
INSERTs and UPDATEs (executemany) with their audit entries. Used by the importers."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ConflictError
from db.models import AuditEntry, Person, RiskRegister, utcnow

BATCH = 5000


def audit_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return str(value)


def name_key(name: str) -> str:
    """People and registers are matched by name with case and spacing ignored."""
    return " ".join(name.split()).casefold()


def new_record(now: datetime, **values: Any) -> dict[str, Any]:
    """The columns every Record has, for a row written with a core INSERT."""
    row: dict[str, Any] = {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "deleted_at": None}
    row.update(values)
    return row


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(table), list(rows[start:start + BATCH]))


def update_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[dict[str, Any]],
                now: datetime) -> None:
    """UPDATE rows by id, each at the version it was read at (a stale row refuses the whole unit of work).

    Each row dict holds id, version (as read) and every column in columns.
    """
    if not rows:
        return
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        .values({c: bindparam(f"v_{c}") for c in columns} | {"version": bindparam("v_new_version"),
                                                              "updated_at": bindparam("v_updated_at")})
    )
    changed = 0
    for start in range(0, len(rows), BATCH):
        params = [
            {"b_id": r["id"], "b_version": r["version"], "v_new_version": r["version"] + 1, "v_updated_at": now}
            | {f"v_{c}": r[c] for c in columns}
            for r in rows[start:start + BATCH]
        ]
        result = session.execute(statement, params)
        changed += result.rowcount  # type: ignore[attr-defined]
    counted = session.get_bind().dialect.supports_sane_multi_rowcount
    if counted and changed != len(rows):
        raise ConflictError(f"{len(rows) - changed} of the records were changed elsewhere while this ran; "
                            "nothing was saved: try again")


@dataclass
class AuditLog:
    """Audit entries gathered in memory and written with one executemany."""

    ctx: Context
    rows: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.at = self.ctx.now()
        self.stamp = utcnow()

    def add(self, table: str, record_id: uuid.UUID, label: str, action: str, field_name: str | None = None,
            old: Any = None, new: Any = None) -> None:
        self.rows.append(new_record(
            self.stamp, at=self.at, user_name=self.ctx.user, table_name=table, record_id=record_id,
            record_label=label[:200], action=action, field=field_name, old_value=audit_text(old),
            new_value=audit_text(new),
        ))

    def changes(self, table: str, record_id: uuid.UUID, label: str, old: dict[str, Any],
                changes: dict[str, Any]) -> None:
        for name, value in changes.items():
            self.add(table, record_id, label, "update", name, old.get(name), value)

    def write(self, session: Session) -> None:
        insert_rows(session, AuditEntry.__table__, self.rows)  # type: ignore[arg-type]
        self.rows.clear()


class NameLookup:
    """Records found by name (people, registers), loaded once; unknown names become new records on write."""

    def __init__(self, found: Iterable[tuple[uuid.UUID, str, bool]]) -> None:
        self.ids: dict[str, uuid.UUID] = {}
        self.names: dict[uuid.UUID, str] = {}
        self.deleted: set[str] = set()
        for record_id, name, deleted in found:
            key = name_key(name)
            self.names[record_id] = name
            if deleted:
                self.deleted.add(key)
            else:
                self.ids.setdefault(key, record_id)
        self.new: dict[str, tuple[uuid.UUID, str]] = {}  # key -> (id, name as first written)

    def is_deleted(self, name: str) -> bool:
        key = name_key(name)
        return key in self.deleted and key not in self.ids

    def id_for(self, name: str) -> uuid.UUID:
        key = name_key(name)
        found = self.ids.get(key)
        if found is not None:
            return found
        if key not in self.new:
            self.new[key] = (uuid.uuid4(), " ".join(name.split()))
            self.names[self.new[key][0]] = self.new[key][1]
        return self.new[key][0]

    def name_of(self, record_id: uuid.UUID) -> str:
        return self.names[record_id]

    @property
    def new_names(self) -> tuple[str, ...]:
        return tuple(name for _, name in self.new.values())


def people_lookup(session: Session) -> NameLookup:
    query = select(Person.id, Person.name, Person.deleted_at.is_not(None)).order_by(Person.created_at)
    return NameLookup((r[0], r[1], bool(r[2])) for r in session.execute(query))


def register_lookup(session: Session) -> NameLookup:
    query = select(RiskRegister.id, RiskRegister.name, RiskRegister.deleted_at.is_not(None))
    return NameLookup((r[0], r[1], bool(r[2])) for r in session.execute(query))


def write_new_people(session: Session, people: NameLookup, log: AuditLog) -> None:
    now = utcnow()
    rows = [new_record(now, id=pid, name=name, job_title="", team="", work_phone="", mobile="", out_of_hours="",
                       email="", on_call_role="") for pid, name in people.new.values()]
    insert_rows(session, Person.__table__, rows)  # type: ignore[arg-type]
    for row in rows:
        log.add("people", row["id"], row["name"], "create")


def write_new_registers(session: Session, registers: NameLookup, log: AuditLog, level: str = "directorate") -> None:
    now = utcnow()
    rows = [new_record(now, id=rid, name=name, level=level, owner_id=None, description="")
            for rid, name in registers.new.values()]
    insert_rows(session, RiskRegister.__table__, rows)  # type: ignore[arg-type]
    for row in rows:
        log.add("risk_registers", row["id"], row["name"], "create")
