"""Writing a table as CSV, XLSX or JSON, atomically (written beside the target, then renamed into place)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from bcm.tabular import Cell

FORMATS = ("csv", "xlsx", "json")
DATE_FORMAT = "dd/mm/yyyy"


def format_of(path: Path, given: str | None) -> str:
    if given:
        return given
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "csv"


def write_table(path: Path, fmt: str, title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Path:
    writers: dict[str, Callable[[Path, str, Sequence[str], Sequence[Sequence[Cell]]], None]] = {
        "csv": _csv, "xlsx": _xlsx, "json": _json,
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}")
    return atomic_write(path, lambda partial: writers[fmt](partial, title, headers, rows))


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        write(partial)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    return path


def _plain(value: Cell) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _csv(path: Path, _title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    # utf-8 with a byte order mark: Excel then reads £ and accents correctly
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows([["" if v is None else _plain(v) for v in row] for row in rows])


def _json(path: Path, _title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    records = [{h: _plain(v) for h, v in zip(headers, row, strict=True)} for row in rows]
    with path.open("w", encoding="utf-8") as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
        f.write("\n")


def _xlsx(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "Sheet1")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[_letter(index)].width = _width(header, [r[index - 1] for r in rows[:200]])
    heading = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([xlsx_cell(sheet, value, wrap) for value in row])
    workbook.save(path)


def xlsx_cell(sheet: Any, value: Cell, wrap: Any = None) -> Any:
    """A cell that shows the value as it is: dates as dates, text never taken for a formula."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # a title such as "=== urgent ===" stays text
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    if isinstance(value, str) and "\n" in value and wrap is not None:
        cell.alignment = wrap
    return cell


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _width(header: str, sample: list[Cell]) -> float:
    longest = max([len(header)] + [max((len(line) for line in str(v).splitlines()), default=0)
                                   for v in sample if v is not None])
    return float(min(max(longest + 2, 8), 60))
