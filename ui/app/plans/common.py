"""Small pieces the plan editor's tabs share: inline problems beside the fields, people pickers, table set-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from bcm.context import Context
from bcm.errors import ValidationError
from bcm.plan_edit_views import PlanEdit

FIT_EVERY_ROW = 300  # a wrapping table sizes every row to its text up to this many rows; beyond, the rows in view
ERROR_STYLE = "border: 2px solid #c62828;"
PROBLEM_STYLE = "color: #b71c1c; font-weight: bold;"
HINT_STYLE = "color: #455a64;"


class InlineProblems:
    """A red message under a form, and a red border on each field a ValidationError names."""

    def __init__(self, fields: dict[str, QWidget] | None = None) -> None:
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(PROBLEM_STYLE)
        self.label.setAccessibleName("Problems")
        self.label.hide()
        self.fields: dict[str, QWidget] = fields or {}

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.label.hide()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show(self, message: str, fields: Sequence[str] = ()) -> None:
        self.clear()
        self.label.setText(message)
        self.label.show()
        for name in fields:
            widget = self.fields.get(name) or next(
                (w for key, w in self.fields.items() if name.lower().startswith(key.lower())), None)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)

    def show_error(self, error: ValidationError) -> None:
        self.show(str(error), [p.field for p in error.problems])


class Host(Protocol):
    """What a tab needs from the plan editor that holds it."""

    ctx: Context
    edit: PlanEdit | None
    people: list[str]

    def run(self, problems: InlineProblems, action: Callable[[], Any]) -> bool: ...

    def confirm(self, question: str) -> bool: ...


def text_box(name: str, height: int = 64, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def row_table(model: QAbstractItemModel, name: str, widths: dict[int, int], *, stretch: int | None = None,
              draggable: bool = False, wrap_lines: int = 0) -> QTableView:
    """A table of whole rows, one selected at a time; optionally rows can be dragged to a new place, and long text
    wraps onto up to `wrap_lines` lines (the rest is in the tooltip and the form)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap_lines > 0)
    table.verticalHeader().hide()
    if wrap_lines:
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(table.fontMetrics().lineSpacing() + 14)
        rows.setMaximumSectionSize(table.fontMetrics().lineSpacing() * wrap_lines + 10)
        RowHeights(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    if draggable:
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
    return table


class RowHeights(QObject):
    """Rows of a wrapping table sized to their text (between the vertical header's minimum and maximum section size).

    Qt's ResizeToContents measures every row, asking the model about every cell, on every sort, filter or reset: at
    county scale (5,000 people, 2,000 services) that is seconds each time. Up to FIT_EVERY_ROW rows it is used as is;
    beyond, the rows are one line high until they come into view, and only the rows in view are measured."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_rows_in_view)
        model = table.model()
        # Straight away, not later: the header measures every row at its next layout if still asked to.
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._rows_changed)
        # Not connected to start itself: start(int) would take the scroll position (or the section) as the interval,
        # and the rows scrolled to were measured seconds later.
        table.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        table.horizontalHeader().sectionResized.connect(lambda *_section: self._timer.start())
        table.viewport().installEventFilter(self)
        table.verticalHeader().setDefaultSectionSize(table.verticalHeader().minimumSectionSize())
        self._every: bool | None = None
        self._rows_changed()

    def _rows_changed(self, *_args: object) -> None:
        every = self.table.model().rowCount() <= FIT_EVERY_ROW
        if every != self._every:
            self._every = every
            header = self.table.verticalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if every
                                        else QHeaderView.ResizeMode.Interactive)
        if not every:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)

    def fit_rows_in_view(self) -> None:
        table, header = self.table, self.table.verticalHeader()
        count = table.model().rowCount()
        if count <= FIT_EVERY_ROW:
            return
        low, high = header.minimumSectionSize(), header.maximumSectionSize()
        row, bottom = max(table.rowAt(0), 0), table.viewport().height()
        while row < count and table.rowViewportPosition(row) <= bottom:
            size = max(low, min(high, table.sizeHintForRow(row)))
            if header.sectionSize(row) != size:
                header.resizeSection(row, size)
            row += 1


class HasRows(Protocol):
    def rows(self) -> Sequence[Any]: ...


def select_record(table: QTableView, model: HasRows, record_id: object) -> bool:
    """Select the row whose record has this id; False when it is not (or no longer) in the table."""
    for r, row in enumerate(model.rows()):
        if row.id == record_id:
            table.selectRow(r)
            return True
    return False


def move_selected(table: QTableView, step: int, move_row: Callable[[int, int], None]) -> None:
    """Move the selected row `step` places (Move up / Move down), if it stays inside the table."""
    r = selected_row(table)
    model = table.model()
    if r is not None and model is not None and 0 <= r + step < model.rowCount():
        move_row(r, r + step)


def selected_row(table: QTableView) -> int | None:
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return rows[0].row() if rows else None
