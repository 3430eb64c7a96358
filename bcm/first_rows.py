"""What a register window paints first: a big register's highest-scored open risks and the heat map of every open
risk, before the rest is read. Read through the services once the app is up, or straight from a SQLite file for the
first frame, before SQLAlchemy is imported (db.first_rows): the same rows either way."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bcm.heat import Cell
from bcm.risk_rows import row_maker
from bcm.risk_views import RiskRow
from bcm.scoring import Matrix, matrix_from_parts
from db.first_rows import read_first_rows

FIRST_ROWS = 200  # the rows of a big register painted before the rest is read: more than a screen holds


@dataclass(frozen=True)
class FirstRows:
    """A register's first rows as the table opens (open risks, highest current score first), sorted as list_risks
    sorts them, with the heat map of every open risk and the registers' names."""

    matrix: Matrix
    rows: list[RiskRow]
    registers: list[str]
    heat: Counter[Cell]  # open risks per cell of the current score: the heat map as it opens

    @property
    def open_risks(self) -> int:
        return sum(self.heat.values())


def first_rows_of_file(path: Path, limit: int, today: date) -> FirstRows | None:
    """The first rows of the register in a SQLite file, read without SQLAlchemy; None if the file cannot be read so
    (see db.first_rows)."""
    read = read_first_rows(path, limit, today)
    if read is None:
        return None
    matrix = matrix_from_parts(read.matrix)
    make = row_maker(matrix, today)
    rows = sorted((make(_as_read_by_the_models(r)) for r in read.risks), key=lambda row: (row.register, row.ref))
    return FirstRows(matrix, rows, read.registers, Counter({(lk, im): n for lk, im, n in read.heat}))


def _as_read_by_the_models(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row as SQLAlchemy's column types would hand it over: the id a UUID (stored as hex), review dates dates."""
    values = list(row)
    values[0] = uuid.UUID(hex=values[0])
    values[18] = date.fromisoformat(values[18]) if values[18] else None
    values[19] = date.fromisoformat(values[19]) if values[19] else None
    return tuple(values)
