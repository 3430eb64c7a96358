"""Adopting the server's identity for a record created here that the server already has under another id.

Two databases each given the default scoring matrix, or two laptops that each added the same participant to an
exercise, hold one fact under two ids. When a pulled row clashes with a local row on a unique key and the local row has
never been synced, the local row takes the server's id (and every reference to it follows); the two are then merged
with no base, so any field on which they differ becomes a conflict for a person to settle.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Table, UniqueConstraint, and_, select, update

from bcm.sync import ledger
from bcm.sync.rows import Row, ordered_tables
from db.journal import changes


@dataclass
class Adopted:
    row: Row
    children: list[ledger.Key]  # records here that now point at the new id: changed here, so journaled


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    keys = {tuple(c.name for c in u.columns)
            for u in table.constraints if isinstance(u, UniqueConstraint)}
    keys |= {(c.name,) for c in table.columns if c.unique}
    return sorted(keys)


def adopt(conn: Connection, table: Table, theirs: Row, dirty: set[ledger.Key]) -> Adopted | None:
    for columns in unique_keys(table):
        query = select(table).where(and_(*(table.c[c] == theirs[c] for c in columns)), table.c.id != theirs["id"])
        found = conn.execute(query).mappings().first()
        if found is None:
            continue
        old = found["id"]
        if ledger.bases(conn, table, [old]) or (table.name, old) not in dirty:
            return None  # the local record came from the server: a real clash, for a person
        return Adopted(dict(found) | {"id": theirs["id"]}, _rename(conn, table, old, theirs["id"]))
    return None


def _rename(conn: Connection, table: Table, old: uuid.UUID, new: uuid.UUID) -> list[ledger.Key]:
    """Give a record a new id; references follow (foreign keys are deferred to commit in the pull's transaction)."""
    conn.execute(update(table).where(table.c.id == old).values(id=new))
    conn.execute(update(changes).where(changes.c.table_name == table.name, changes.c.record_id == old)
                 .values(record_id=new))
    children: list[ledger.Key] = []
    for child in ordered_tables():
        for fk in child.foreign_keys:
            if fk.column is table.c.id:
                column = fk.parent
                ids = list(conn.execute(select(child.c.id).where(column == old)).scalars())
                if ids:
                    conn.execute(update(child).where(column == old).values({column.name: new}))
                    children.extend((child.name, i) for i in ids)
    return children
