"""The three-way merge of one record changed both here and on the server since they last agreed (the base).

A field changed on one side only takes that side's value; changed on both to the same value, agrees; changed on both
to different values, is a conflict: the local value stays until a person chooses. A deletion on one side against an
edit on the other is a conflict on deleted_at, so neither the deletion nor the edit is lost unseen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: Any
    theirs: Any
    base: Any


@dataclass
class Merged:
    values: Row
    conflicts: list[FieldConflict] = field(default_factory=list)
    took_theirs: list[str] = field(default_factory=list)


def three_way(base: Row | None, mine: Row, theirs: Row, fields: Sequence[str]) -> Merged:
    """Merge mine and theirs over base (None when the two never agreed: every difference is a conflict)."""
    values = dict(mine)
    merged = Merged(values)
    for name in fields:
        m, t = mine.get(name), theirs.get(name)
        if m == t:
            continue
        b = base.get(name) if base is not None else _absent
        if m == b:
            values[name] = t
            merged.took_theirs.append(name)
        elif t != b:
            merged.conflicts.append(FieldConflict(name, m, t, None if b is _absent else b))
    _edit_against_delete(base, mine, theirs, fields, merged)
    return merged


class _Absent:
    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0


_absent: Any = _Absent()


def _edit_against_delete(base: Row | None, mine: Row, theirs: Row, fields: Sequence[str], merged: Merged) -> None:
    if base is None or "deleted_at" not in fields or base.get("deleted_at") is not None:
        return
    deleted_here, deleted_there = mine.get("deleted_at") is not None, theirs.get("deleted_at") is not None
    if deleted_here == deleted_there:
        return
    edited = theirs if deleted_here else mine
    if any(edited.get(f) != base.get(f) for f in fields if f != "deleted_at"):
        merged.values["deleted_at"] = mine.get("deleted_at")
        if "deleted_at" in merged.took_theirs:
            merged.took_theirs.remove("deleted_at")
        merged.conflicts.append(FieldConflict("deleted_at", mine.get("deleted_at"), theirs.get("deleted_at"), None))
