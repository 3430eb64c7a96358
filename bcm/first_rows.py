"""What a register window paints first: a big register's highest-scored open risks and the heat map of every open
risk, before the rest is read. Read through the services once the app is up, or straight from a SQLite file for the
first frame, before SQLAlchemy is imported (db.first_rows): the same rows either way.

Reading the file for the first frame starts on a thread of its own (FirstRowsReading) as `bcm` starts, so Qt is
loaded, the window's modules imported and its widgets built meanwhile: sqlite3 lets go of the interpreter while
SQLite works. (Started after Qt, it finished 15-30 ms after the frame was built, and the frame waited.) Only what that
thread needs is imported here at once; what turns its rows into RiskRows is imported when they are."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.first_rows import FirstRowsRead, read_first_rows

if TYPE_CHECKING:
    from bcm.heat import Cell
    from bcm.risk_rows import RiskRow
    from bcm.scoring import Matrix

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


def start_reading(target: str | None) -> FirstRowsReading | None:
    """The first rows of the app's database being read, if it is a SQLite file that is there; started as the app
    starts, before Qt is loaded, so the read is done by the time the first frame is built. Whether the frame is
    shown at all (the user last left the app on the registers) is known only once Qt is up: if not, the read is
    not used."""
    from bcm.locations import default_target, sqlite_file

    path = sqlite_file(target or default_target())
    if path is None or not path.is_file():
        return None
    return FirstRowsReading(path, FIRST_ROWS, date.today())


class FirstRowsReading:
    """The first rows of the register in a SQLite file, being read on another thread; result() waits for them."""

    def __init__(self, path: Path, limit: int, today: date) -> None:
        self.path = path
        self._today = today
        self._read: FirstRowsRead | None = None
        self._thread = threading.Thread(target=self._run, args=(path, limit), name="first rows", daemon=True)
        self._thread.start()

    def _run(self, path: Path, limit: int) -> None:
        self._read = read_first_rows(path, limit, self._today)

    def result(self) -> FirstRows | None:
        """The rows as the register shows them; None if the file cannot be read so (see db.first_rows)."""
        self._thread.join()
        return None if self._read is None else _as_shown(self._read, self._today)


def _as_shown(read: FirstRowsRead, today: date) -> FirstRows | None:
    import uuid

    from bcm.errors import DomainError
    from bcm.risk_rows import row_maker
    from bcm.scoring import matrix_from_parts

    def as_read_by_the_models(row: tuple[Any, ...]) -> tuple[Any, ...]:
        """As SQLAlchemy's column types hand a row over: the id a UUID (stored as hex), review dates dates."""
        values = list(row)
        values[0] = uuid.UUID(hex=values[0])
        values[18] = date.fromisoformat(values[18]) if values[18] else None
        values[19] = date.fromisoformat(values[19]) if values[19] else None
        return tuple(values)

    matrix = matrix_from_parts(read.matrix)
    if matrix.problems():  # not a file the app wrote: left for opening to say what is wrong
        return None
    make = row_maker(matrix, today)
    try:
        rows = sorted((make(as_read_by_the_models(r)) for r in read.risks), key=lambda row: (row.register, row.ref))
    except (DomainError, ValueError, TypeError):  # a score off the matrix, an id or a date not as the app writes
        return None
    return FirstRows(matrix, rows, read.registers, Counter({(lk, im): n for lk, im, n in read.heat}))
