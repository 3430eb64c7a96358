"""A flat sorting and filtering proxy that works in bulk, in Python, over a model's list of plain rows.

The rows shown are a list of source row numbers, worked out with one pass of the filter over the rows; a sort is one
list.sort on the column's raw values (a key list, made once per sort); Qt only asks about the rows on screen. A
QSortFilterProxyModel instead calls Python for every row on each filter change and twice for every comparison when
sorting: at county scale (100,000 risks, 5,000 people, 2,000 services) that is seconds on opening a workspace.

Subclasses say which rows they let through (`accepts`, or `_filtered` for something cleverer) and may give a column's
sort key (`sort_key`; by default the source model's sort_value). The source model gives `rows()` (its rows, in source
order) and `cell(row, column, role)` (data() for a row in hand), as PlainRowsModel and RiskTableModel do.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from ui.app.slow_drop import SlowDrop

Index = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class KeyedRowsProxy(QAbstractProxyModel):
    """Sorts on key lists and filters in one pass; keeps the selection and the current row on the rows they were on
    across a sort or a filter change (as QSortFilterProxyModel does). A change of the source's rows (reset, rows
    inserted or removed) resets it."""

    def __init__(self) -> None:
        super().__init__()
        self._model: Any = None
        self._rows: list[Any] = []
        self._order: list[int] = []  # every source row, in the current sort order
        self._view: list[int] = []  # the rows shown
        self._position: list[int] | None = None  # source row -> shown row (-1: hidden), built when first asked
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list[Any]] = {}  # a column's sort keys, in source order, until the rows are read again
        self._orders: dict[tuple[int, bool], list[int]] = {}  # (column, descending): the rows in that order
        self._dropping = SlowDrop(self)

    # --- what subclasses say -------------------------------------------------------------------------------------

    def accepts(self, row: Any) -> bool:
        """Whether a row is shown (every row, unless a subclass says otherwise)."""
        return True

    def sort_key(self, column: int) -> Callable[[Any], Any]:
        """The raw value a column sorts on, as a function of the row."""
        model = self._model
        return lambda row: model.sort_value(row, column)

    def _filtered(self) -> None:
        """Work out the rows shown, in order, from self._order."""
        rows, accepts = self._rows, self.accepts
        self._view = [i for i in self._order if accepts(rows[i])]
        self._position = None

    def _order_changed(self) -> None:
        """Called after a sort (and after new rows): drop what was worked out for the old order."""

    def _rows_changed(self) -> None:
        """Called when the source's rows are read again: drop what was worked out for the old rows."""

    # --- what callers use ----------------------------------------------------------------------------------------

    def refilter(self) -> None:
        """The filter changed: work out the rows shown again, keeping the selection on the rows it was on."""
        self._relayout(resort=False)

    def resort(self) -> None:
        """Rows changed in place (which leaves the order and the filter as they were): sort and filter them again,
        as a reload would, keeping the selection on the rows it was on."""
        self._relayout(resort=True)

    def visible_rows(self) -> list[Any]:
        rows = self._rows
        return [rows[i] for i in self._view]

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        """The shown row number of the first row the predicate accepts."""
        rows = self._rows
        return next((n for n, i in enumerate(self._view) if predicate(rows[i])), None)

    # --- sorting and laying out ----------------------------------------------------------------------------------

    def _sorted(self) -> None:
        """The rows in the current sort order. Each column's keys, and each order it was sorted in, are kept until
        the rows are read again: sorting a county's register by a column took a tenth of a second, the keys made
        by calling Python for every row, and going back to a sort already seen is now a lookup."""
        column, descending = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < self.columnCount():
            self._order = list(range(len(self._rows)))
        elif (column, descending) in self._orders:
            self._order = self._orders[(column, descending)]
        else:
            keys = self._keys.get(column)
            if keys is None:
                keys = self._keys[column] = list(map(self.sort_key(column), self._rows))
            order = list(range(len(self._rows)))
            order.sort(key=keys.__getitem__, reverse=descending)  # stable: one order for a column and direction
            self._order = self._orders[(column, descending)] = order
        self._order_changed()

    def _relayout(self, resort: bool) -> None:
        """Filter (and sort) again, keeping the selection and current row on the rows they were on."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._view[p.row()] if 0 <= p.row() < len(self._view) else -1 for p in persistent]
        if resort:
            self._sorted()
        self._filtered()
        if persistent:
            where = self._shown_rows_of({s for s in sources if s >= 0})
            self.changePersistentIndexList(persistent, [
                self.createIndex(where[s], p.column()) if s in where else QModelIndex()
                for s, p in zip(sources, persistent, strict=True)
            ])
        self.layoutChanged.emit()

    def _shown_rows_of(self, sources: set[int]) -> dict[int, int]:
        """Where these source rows are shown now (hidden ones left out). The selection and the current row are a
        row or two: each is looked for in the shown rows (list.index, in C), not every source row's place worked
        out in Python, which took 6 ms of each keystroke in the search box at county scale."""
        if len(sources) > 8:
            position = self._positions()
            return {s: position[s] for s in sources if position[s] >= 0}
        where = {}
        for source in sources:
            with suppress(ValueError):  # hidden by the filter
                where[source] = self._view.index(source)
        return where

    def _positions(self) -> list[int]:
        if self._position is None:
            position = [-1] * len(self._rows)
            for n, i in enumerate(self._view):
                position[i] = n
            self._position = position
        return self._position

    # --- following the source model ------------------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self.beginResetModel()
        self._model = model
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        for about, done in ((model.rowsAboutToBeInserted, model.rowsInserted),
                            (model.rowsAboutToBeRemoved, model.rowsRemoved),
                            (model.rowsAboutToBeMoved, model.rowsMoved),
                            (model.layoutAboutToBeChanged, model.layoutChanged)):
            about.connect(lambda *_: self.beginResetModel())
            done.connect(lambda *_: self._source_reset())
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self._take_rows()
        self._sorted()
        self._filtered()

    def _take_rows(self) -> None:
        """The source's rows, read again: what was worked out from the old ones goes, and the old rows themselves a
        slice at a time (ui.app.slow_drop: at once, a county's held the GUI thread 80 ms)."""
        old, self._rows = self._rows, self._model.rows() if self._model is not None else []
        self._keys, self._orders = {}, {}
        self._rows_changed()
        self._dropping.drop(old)  # the proxy's own copy (PlainRowsModel.rows gives a new list): no one else's

    def _source_reset(self) -> None:
        self._load()
        self.endResetModel()

    def _source_data_changed(self, *_args: Any) -> None:
        # A row changed in place: what was worked out from the rows is dropped (the order and filter stay, as in a
        # QSortFilterProxyModel without dynamic sorting, until the next sort or filter change).
        self._take_rows()
        if self._view:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._view) - 1, self.columnCount() - 1))

    # --- QAbstractProxyModel -------------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, order) == (self._sort_column, self._sort_order) and (column, descending) in self._orders:
            return  # sorted so (QTableView.sortByColumn asks twice: once as it sets the header's indicator)
        self._sort_column, self._sort_order = column, order
        self._relayout(resort=True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._model is None else int(self._model.columnCount())

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._view)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._view) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()  # a flat table

    def sibling(self, row: int, column: int, _index: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._view):
            return QModelIndex()
        return model.index(self._view[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or not 0 <= source_index.row() < len(self._rows):
            return QModelIndex()
        row = self._positions()[source_index.row()]
        return self.createIndex(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._view):
            return None
        return self._model.cell(self._rows[self._view[index.row()]], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None or orientation == Qt.Orientation.Vertical:
            return None
        return model.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
