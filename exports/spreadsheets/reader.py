"""Reading a table from a CSV, XLSX or JSON file: find the header row (it need not be the first: exported registers
often have a title row above it) and keep each row's number as the spreadsheet shows it."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from bcm.errors import Problem, ValidationError
from bcm.many_objects import making_many_objects
from bcm.tabular import Cell, Columns, Sheet, SheetRow

HEADER_SEARCH_ROWS = 50  # how far down a header row is looked for
READABLE = (".csv", ".txt", ".xlsx", ".xlsm", ".json")

Numbered = Iterable[tuple[int, tuple[Cell, ...]]]


def _refuse(path: Path | str, message: str) -> ValidationError:
    return ValidationError(Problem("file", str(path), message))


@making_many_objects()  # a row and its cells are a few objects each, and a county's file has tens of thousands
def read_sheet(path: Path, columns: Columns, *, source: str | None = None) -> Sheet:
    """The table in a file, with its header row found by the column names it holds."""
    name = source or str(path)
    if not path.exists():
        raise _refuse(name, "no such file")
    if path.is_dir():
        raise _refuse(name, "is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path, columns, name)
    if suffix in (".csv", ".txt"):
        return _csv(path, columns, name)
    if suffix == ".json":
        return _json(path, columns, name)
    if suffix == ".xls":
        raise _refuse(name, "old-style .xls workbooks cannot be read: open it in Excel and save it as .xlsx or .csv")
    raise _refuse(name, f"cannot read {suffix or 'a file without an extension'}: give a .csv or .xlsx file")


def _blank(values: tuple[Cell, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _find_table(numbered: Numbered, columns: Columns, source: str) -> Sheet:
    rows = iter(numbered)
    header: tuple[int, tuple[Cell, ...]] | None = None
    for number, values in rows:
        if columns.is_header(values):
            header = (number, values)
            break
        if number >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        expected = ", ".join(columns.names[:6])
        raise _refuse(source, f"no header row found in its first {HEADER_SEARCH_ROWS} rows: expected column names "
                              f"such as {expected}")
    header_row, header_values = header
    width = len(header_values)
    while width and (header_values[width - 1] is None or not str(header_values[width - 1]).strip()):
        width -= 1
    headers = tuple("" if v is None else str(v).strip() for v in header_values[:width])
    sheet = Sheet(source, header_row, headers)
    for number, values in rows:
        values = values[:width]
        if _blank(values):
            continue
        if len(values) < width:
            values = values + (None,) * (width - len(values))
        sheet.rows.append(SheetRow(number, values))
    return sheet


def _decode(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Windows saves "CSV" in the ANSI code page
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _csv(path: Path, columns: Columns, source: str) -> Sheet:
    content = _decode(path)
    first_error: ValidationError | None = None
    for delimiter in (",", ";", "\t"):  # commas, or what Excel writes where the decimal separator is a comma
        try:
            return _find_table(_csv_rows(content, delimiter, source), columns, source)
        except ValidationError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


def _csv_rows(content: str, delimiter: str, source: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):  # a record is one spreadsheet row, line breaks and all
            yield number, tuple(record)
    except csv.Error as exc:
        raise _refuse(source, f"is not a readable CSV file ({exc})") from None


def _xlsx(path: Path, columns: Columns, source: str) -> Sheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _refuse(source, f"is not a readable Excel workbook ({type(exc).__name__})") from None
    try:
        sheets = [workbook.active] + [ws for ws in workbook.worksheets if ws is not workbook.active]
        first_error: ValidationError | None = None
        for worksheet in sheets:
            if worksheet is None or not hasattr(worksheet, "iter_rows"):
                continue
            numbered = (
                (number, values if _PLAIN.issuperset(map(type, values)) else tuple(map(_xlsx_cell, values)))
                for number, values in enumerate(worksheet.iter_rows(min_row=1, min_col=1, values_only=True), start=1)
            )
            try:
                sheet = _find_table(numbered, columns, source)
            except ValidationError as exc:
                first_error = first_error or exc
                continue
            if len(workbook.worksheets) > 1:
                sheet.source = f"{source} [{worksheet.title}]"
            return sheet
        raise first_error or _refuse(source, "holds no worksheet")
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise _refuse(source, f"is not a readable Excel workbook ({type(exc).__name__})") from None
    finally:
        workbook.close()


# The types a cell is kept as; a row of nothing else (nearly every row) is kept as openpyxl reads it.
_PLAIN = frozenset((type(None), str, int, float, bool, datetime, date))


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool | datetime | date):
        return value
    return str(value)  # times, durations, formula errors


def _json(path: Path, columns: Columns, source: str) -> Sheet:
    try:
        data = json.loads(_decode(path))
    except json.JSONDecodeError as exc:
        raise _refuse(source, f"is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, dict):  # {"risks": [...]} as well as [...]
        data = next((v for v in data.values() if isinstance(v, list)), [])
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise _refuse(source, "is not a JSON list of records")
    headers: dict[str, None] = {}
    for item in data:
        headers.update(dict.fromkeys(str(k) for k in item))
    names = list(headers)
    # numbered as the same table would be in a spreadsheet: header on row 1, the first record on row 2
    numbered = [(1, tuple[Cell, ...](names))] + [
        (position, tuple(_json_cell(item.get(name)) for name in names))
        for position, item in enumerate(data, start=2)
    ]
    return _find_table(numbered, columns, source)


def _json_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return "\n".join("" if v is None else str(v) for v in value)
    return json.dumps(value)
