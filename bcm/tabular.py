"""Tables coming in from spreadsheets: column names and their aliases, header matching, and cell parsing.

Pure: the readers in exports/ hand over a Sheet (headers and rows of plain values, each with the row number the
spreadsheet shows); the importers in bcm.services.imports validate and write it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from bcm.errors import Problem

Cell = str | int | float | Decimal | date | datetime | bool | None


def normalise(header: object) -> str:
    """A header as compared: case, spacing and punctuation ignored ("Risk Ref" == "risk_ref" == "RISK-REF")."""
    return re.sub(r"[^0-9a-z]", "", str(header).casefold()) if header is not None else ""


@dataclass(frozen=True)
class Column:
    """One field of an import or export: its canonical header and the other names spreadsheets give it."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    def matches(self) -> set[str]:
        return {normalise(self.name), *(normalise(a) for a in self.aliases)}


@dataclass(frozen=True)
class Columns:
    kind: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def lookup(self) -> dict[str, str]:
        """Normalised alias -> canonical column name."""
        found: dict[str, str] = {}
        for column in self.columns:
            for alias in column.matches():
                if alias in found and found[alias] != column.name:
                    raise AssertionError(f"{alias!r} names both {found[alias]} and {column.name}")
                found[alias] = column.name
        return found

    def known_in(self, cells: Iterable[object]) -> int:
        """How many cells of a row are known headers (used to find the header row)."""
        lookup = self.lookup()
        return sum(1 for cell in cells if normalise(cell) in lookup)

    def is_header(self, cells: Sequence[object]) -> bool:
        return self.known_in(cells) >= min(2, len(self.columns))


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it: 1-based, header and title rows counted
    values: tuple[Cell, ...]


@dataclass
class Sheet:
    """A table read from a file: the header row as written, and the rows under it (blank rows left out)."""

    source: str
    header_row: int
    headers: tuple[str, ...]
    rows: list[SheetRow] = field(default_factory=list)


@dataclass(frozen=True)
class Mapping:
    """Which file column holds which field."""

    index: dict[str, int]  # canonical name -> position in the row
    header: dict[str, str]  # canonical name -> header as written in the file
    ignored: tuple[str, ...]

    def has(self, name: str) -> bool:
        return name in self.index

    def label(self, name: str) -> str:
        return self.header.get(name, name)

    def get(self, row: SheetRow, name: str) -> Cell:
        position = self.index.get(name)
        if position is None or position >= len(row.values):
            return None
        return row.values[position]


def map_columns(sheet: Sheet, columns: Columns, *, optional: Iterable[str] = ()) -> tuple[Mapping, list[Problem]]:
    """Match the file's headers to the fields; problems for a field given twice or a required field missing."""
    lookup = columns.lookup()
    index: dict[str, int] = {}
    header: dict[str, str] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    for position, written in enumerate(sheet.headers):
        name = lookup.get(normalise(written))
        if name is None:
            if str(written).strip():
                ignored.append(str(written).strip())
            continue
        if name in index:
            problems.append(Problem(written, written, f"is a second {name} column (the first is "
                                    f"{header[name]!r}); keep one", sheet.header_row))
            continue
        index[name] = position
        header[name] = str(written).strip()
    excused = set(optional)
    for column in columns.columns:
        if column.required and column.name not in index and column.name not in excused:
            aliases = ", ".join(column.aliases[:3])
            problems.append(Problem(column.name, None, f"the file has no {column.name} column"
                                    + (f" (also recognised: {aliases})" if aliases else ""), sheet.header_row))
    return Mapping(index, header, tuple(ignored)), problems


# --- cells -----------------------------------------------------------------------------------------------------


def text(value: Cell) -> str:
    """A cell as trimmed text: whole numbers without ".0", dates as ISO."""
    if type(value) is str:  # nearly every cell: tested first (an import reads hundreds of thousands of cells)
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def one_line(value: Cell) -> str:
    return " ".join((value if type(value) is str else text(value)).split())


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; str() says why."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_UK = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")


def parse_date(value: Cell) -> date | None:
    """ISO yyyy-mm-dd or UK dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy, two-digit years), or a real date cell."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | int | float | Decimal):
        raise CellError("is not a date (write it as dd/mm/yyyy)")
    raw = str(value).strip()
    if not raw:
        return None
    iso = _ISO.match(raw)
    uk = _UK.match(raw)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif uk:
        day, month, year = int(uk[1]), int(uk[2]), int(uk[3])
        if len(uk[3]) == 2:
            year += 2000
    else:
        raise CellError("is not a date (write it as dd/mm/yyyy or yyyy-mm-dd)")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("no such date") from None


def parse_amount(value: Cell) -> float | None:
    """A number such as 1.5, "£1.5m" or "2,000"."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise CellError("is not a number")
    if isinstance(value, int | float | Decimal):
        number = float(value)
    else:
        raw = str(value).strip().lower().replace(",", "").replace("£", "").strip()
        if raw.endswith("m"):
            raw = raw[:-1].strip()
        if not raw:
            return None
        try:
            number = float(Decimal(raw))
        except (InvalidOperation, ValueError):
            raise CellError("is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise CellError("is not a number")
    return number


def score_text(value: Cell) -> str:
    """A score cell as the matrix parser takes it: 4, 4.0 and "4" alike; "Serious (4)" and labels as written."""
    if isinstance(value, float) and not value.is_integer():
        raise CellError("is not a whole number")
    if isinstance(value, datetime | date):
        raise CellError("is a date, not a score")
    return one_line(value)


def choice(value: Cell, allowed: dict[str, str], default: str) -> str:
    """One of a few words (any case, spacing or punctuation); allowed maps normalised spellings to the stored word."""
    raw = normalise(text(value))
    if not raw:
        return default
    found = allowed.get(raw)
    if found is None:
        known = sorted(set(allowed.values()))
        raise CellError(f"must be one of {', '.join(known)}")
    return found


def lines(value: Cell) -> list[str]:
    """A cell holding one item per line (controls): blank lines and bullets dropped."""
    items = []
    for line in text(value).splitlines():
        item = " ".join(line.split()).lstrip("•*-–· ").strip()
        if item:
            items.append(item)
    return items
