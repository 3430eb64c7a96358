"""A read-only table model over a list of plain rows (frozen dataclasses from bcm): the base of the lessons models.

Subclasses give their column constants and HEADERS and say what each cell shows; sorting uses SORT_ROLE's raw values
and ROW_ROLE hands the row itself to the views."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts on
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row itself
# The roles as plain ints: data() is asked seven roles for every cell painted, and comparing with these is quicker
# than looking Qt.ItemDataRole's members up each time (a third of a table's repaint).
DISPLAY, TOOLTIP, FONT, ALIGNMENT, BACKGROUND, FOREGROUND, ACCESSIBLE = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.AccessibleTextRole))
_CENTRE = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

__all__ = ["ROW_ROLE", "SORT_ROLE", "Index", "PlainRowsModel"]


class PlainRowsModel(QAbstractTableModel, Generic[T]):
    HEADERS: tuple[str, ...] = ()
    CENTRED: tuple[int, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_row(self, row: T) -> None:
        self.append_rows([row])

    def append_rows(self, rows: list[T]) -> None:
        if not rows:
            return
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def insert_row(self, position: int, row: T) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()

    def replace_row(self, position: int, row: T) -> None:
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.HEADERS) - 1))

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, position: int) -> T | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: T, column: int, role: int) -> Any:
        """data() for a row in hand (a KeyedRowsProxy asks for the rows on screen this way)."""
        if role == DISPLAY:
            return self.display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == TOOLTIP:
            return self.tooltip(row, column)
        if role == ACCESSIBLE:
            return self.display(row, column)
        if role == ALIGNMENT:
            return _CENTRE if column in self.CENTRED else None
        return self.style(row, column, role)

    # --- what subclasses say ------------------------------------------------------------------------------------

    def display(self, row: T, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: T, column: int) -> Any:
        return self.display(row, column).casefold()

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def style(self, row: T, column: int, role: int) -> Any:
        """Background, foreground and font roles."""
        return None
