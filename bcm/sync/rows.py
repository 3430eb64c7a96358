"""The synchronised tables, in the order parents come before children, and rows as plain values and as JSON."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    Float,
    Integer,
    Numeric,
    Table,
    Uuid,
    select,
)

from db.journal import record_tables
from db.models import Base
from db.models.base import UTCDateTime

Row = dict[str, Any]

# Incident and decision log entries and the audit trail are only ever added to: they merge by union, never conflict.
APPEND_ONLY = frozenset({"log_entries", "audit_log"})
# Kept in step by each database for itself; never merged field by field.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})
LABEL_COLUMNS = ("ref", "name", "title", "text", "description", "disruption", "number", "field")
CHUNK = 500


@cache
def ordered_tables() -> tuple[Table, ...]:
    """Every synchronised table, each after the tables it refers to."""
    wanted = record_tables()
    return tuple(t for t in Base.metadata.sorted_tables if t.name in wanted)


def table_named(name: str) -> Table:
    return record_tables()[name]


def content_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in BOOKKEEPING]


def same_content(table: Table, a: Row, b: Row) -> bool:
    return all(a.get(c) == b.get(c) for c in content_columns(table))


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def fetch(conn: Connection, table: Table, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Row]:
    found: dict[uuid.UUID, Row] = {}
    for part in chunks(list(ids)):
        for row in conn.execute(select(table).where(table.c.id.in_(part))).mappings():
            found[row["id"]] = dict(row)
    return found


def label(table: Table, row: Row | None) -> str:
    words = table.name.replace("_", " ")
    if row:
        for name in LABEL_COLUMNS:
            value = row.get(name)
            if value:
                return f"{words}: {str(value)[:150]}"
    return words


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def decode_value(column: Column[Any], value: Any) -> Any:
    """A JSON value back into what the column holds."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return Decimal(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    return value


def encode_value(value: Any) -> str:
    return json.dumps(_encode(value), ensure_ascii=False, sort_keys=True)


def decode_field(table: Table, field: str, text: str | None) -> Any:
    return None if text is None else decode_value(table.c[field], json.loads(text))


def _default(value: Any) -> Any:
    encoded = _encode(value)
    if encoded is value:
        raise TypeError(f"cannot store {type(value).__name__} in a sync snapshot")
    return encoded


def encode_row(row: Row) -> str:
    return json.dumps(row, ensure_ascii=False, default=_default)


def decode_row(table: Table, text: str) -> Row:
    data = json.loads(text)
    return {c.name: decode_value(c, data.get(c.name)) for c in table.columns}


def parse_typed(table: Table, field: str, text: str) -> Any:
    """A value typed by a person (the command line's --take VALUE) as the column holds it."""
    column = table.c[field]
    kind = column.type
    if text == "" and column.nullable and not isinstance(kind, JSON):
        return None
    if isinstance(kind, Boolean):
        return text.strip().lower() in ("1", "true", "yes", "y")
    if isinstance(kind, JSON):
        return json.loads(text)
    return decode_value(column, text)
