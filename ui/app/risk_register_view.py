"""The register workspace's widgets: filters, the risk table, the heat map and the buttons, and what they show.

No service is called here, so the first frame paints this same view from the first rows read before the rest of
the app is loaded (ui.app.first_frame); RiskWorkspace loads it and acts on its risks."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bcm.first_rows import FirstRows
from bcm.heat import Cell
from bcm.risk_rows import RiskRow
from bcm.scoring import Matrix
from ui.app.models.risk_filter import RiskFilter, RiskFilterProxy
from ui.app.models.risk_table import ROW_ROLE, RiskTableModel
from ui.app.widgets.filter_combo import ALL, refill
from ui.app.widgets.heatmap import HeatMapWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray  # its first use builds its enums: not before the first frame

SCORE_KINDS = (("Current", "current"), ("Inherent", "inherent"), ("Target", "target"))
OVERDUE_REVIEWS, OVERDUE_ACTIONS, DUE_SOON = "overdue reviews", "overdue actions", "reviews due soon"  # show_due
NOT_YET = "Ready in a moment, once the app has finished opening"


@dataclass(frozen=True)
class ViewState:
    """What the user has set in the view: carried from the first frame to the main window in its place."""

    filters: tuple[str, str, str, str]  # register, owner, band, status, as the boxes show them
    overdue: tuple[bool, bool]  # review overdue, actions overdue
    search: str
    search_cursor: int
    score_kind: int
    moves: bool
    cell: tuple[int, int] | None  # the heat map cell chosen (likelihood, impact)
    sort: tuple[int, Qt.SortOrder]
    columns: QByteArray  # the table's column widths and order, as the user left them
    selected: uuid.UUID | None
    scrolled: int
    splitter: list[int]
    focus: str  # "search", "table" or "" (elsewhere)


def _combo(name: str, characters: int = 0) -> QComboBox:
    """A filter box as wide as its longest choice, or `characters` wide where choices are names of any length
    (registers, owners): as wide as the longest, they pushed the row past the window and squeezed its other boxes.
    The list opened from it is as wide as its longest choice either way."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if characters:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.currentTextChanged.connect(combo.setToolTip)  # the whole name, where the box cuts it short
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class RegisterView(QWidget):
    def __init__(self, matrix: Matrix) -> None:
        super().__init__()
        self.matrix = matrix
        self._first_heat: Counter[Cell] | None = None  # the heat map while only the first rows are in
        self.acting = True  # False in the first frame: nothing can be done to a risk until the app has opened
        self.model = RiskTableModel(self.matrix)
        self.proxy = RiskFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.register_box = _combo("Register", 14)
        self.owner_box = _combo("Owner", 10)
        self.band_box = _combo("Band")
        self.status_box = _combo("Status")
        self.status_box.addItems(["Open", "Closed", ALL])
        self.overdue_review_box = QCheckBox("Review overdue")
        self.overdue_actions_box = QCheckBox("Actions overdue")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search ref, title, cause, consequence…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search risks")
        self.search.setMinimumWidth(180)

        filters = QHBoxLayout()
        for text, widget in (("&Register", self.register_box), ("&Owner", self.owner_box),
                             ("&Band", self.band_box), ("S&tatus", self.status_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue_review_box)
        filters.addWidget(self.overdue_actions_box)
        filters.addWidget(self.search, 1)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RiskTableModel.SCORE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName("Risks")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((RiskTableModel.REF, 80), (RiskTableModel.TITLE, 260), (RiskTableModel.OWNER, 130),
                              (RiskTableModel.SCORE, 85), (RiskTableModel.TREND, 50), (RiskTableModel.TARGET, 52),
                              (RiskTableModel.NEXT_REVIEW, 158), (RiskTableModel.ACTIONS, 62),
                              (RiskTableModel.OVERDUE_ACTIONS, 66), (RiskTableModel.REGISTER, 150)):
            self.table.setColumnWidth(column, width)

        self.kind_box = _combo("Heat map score")
        for text, _ in SCORE_KINDS:
            self.kind_box.addItem(text)
        self.moves_box = QCheckBox("Show movement to target")
        self.heatmap = HeatMapWidget()
        self.heat_caption = QLabel()
        self.heat_caption.setWordWrap(True)
        heat_controls = QHBoxLayout()
        kind_label = QLabel("&Score")
        kind_label.setBuddy(self.kind_box)
        heat_controls.addWidget(kind_label)
        heat_controls.addWidget(self.kind_box)
        heat_controls.addWidget(self.moves_box)
        heat_controls.addStretch()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(heat_controls)
        side_layout.addWidget(self.heatmap, 1)
        side_layout.addWidget(self.heat_caption)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 360])

        buttons = QHBoxLayout()
        self.add_button = QPushButton("&New risk…")
        self.edit_button = QPushButton("&Edit…")
        self.close_button = QPushButton("C&lose risk…")
        self.reopen_button = QPushButton("Re&open")
        self.escalate_button = QPushButton("Es&calate…")
        self.print_button = QPushButton("&Print register…")
        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the register is loading
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("Loading…")
        self.progress.setAccessibleName("Loading risks")
        self.progress.hide()
        for button in (self.add_button, self.edit_button, self.close_button, self.reopen_button,
                       self.escalate_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.register_box.currentTextChanged.connect(self._register_chosen)
        self.owner_box.currentTextChanged.connect(lambda t: self._filter(owner=None if t == ALL else t))
        self.band_box.currentTextChanged.connect(lambda t: self._filter(band=None if t == ALL else t))
        self.status_box.currentTextChanged.connect(lambda t: self._filter(status=None if t == ALL else t.lower()))
        self.overdue_review_box.toggled.connect(lambda on: self._filter(overdue_review=on))
        self.overdue_actions_box.toggled.connect(lambda on: self._filter(overdue_actions=on))
        self.search.textChanged.connect(lambda text: self._filter(search=text.strip()))
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.moves_box.toggled.connect(self._moves_toggled)
        self.heatmap.cellClicked.connect(self.toggle_cell)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()  # nothing chosen yet

    def show_first_rows(self, data: FirstRows) -> None:
        """A big register's first rows, with the heat map of all its open risks, while the rest is read."""
        self.matrix = data.matrix
        self.model.set_rows(data.rows, data.matrix)
        refill(self.register_box, data.registers)
        refill(self.owner_box, [])  # the owners come with the whole register
        refill(self.band_box, [b.name for b in data.matrix.bands])
        self._first_heat = data.heat
        self._refresh_heatmap()
        self.count_label.setText(f"Loading… the {len(data.rows):,} highest-scored of {data.open_risks:,} open risks "
                                 "shown")

    def _register_chosen(self, name: str) -> None:
        """One register at a time, as at a DMT review: its column would only repeat its name."""
        self.table.setColumnHidden(RiskTableModel.REGISTER, name != ALL)
        self._filter(register=None if name == ALL else name)

    def _filter(self, **changes: object) -> None:
        self.proxy.set_filter(**changes)
        self._refresh_heatmap()

    def score_kind(self) -> str:
        return SCORE_KINDS[self.kind_box.currentIndex()][1]

    def _kind_changed(self) -> None:
        cell = self.proxy.current.cell
        if cell is not None:
            self.proxy.set_filter(cell=None)
            self.heatmap.set_selected(None)
        self._refresh_heatmap()

    def _refresh_heatmap(self) -> None:
        # Counted by the proxy from cells worked out once per load: this runs on every keystroke in the search box.
        first = self._first_heat if self.proxy.current == RiskFilter() and self.score_kind() == "current" else None
        counts = self.proxy.cell_counts(self.score_kind()) if first is None else first
        moves = self.proxy.movements() if self.moves_box.isChecked() else Counter()
        self.heatmap.set_data(self.matrix, counts, moves)
        cell = self.proxy.current.cell
        shown = self.proxy.rowCount()
        self.count_label.setText(f"{shown:,} of {self.model.rowCount():,} risks shown"
                                 + (" (loading…)" if self._first_heat is not None else ""))
        if cell is None:
            on_map = self.proxy.count_ignoring_cell() if first is None else sum(first.values())
            self.heat_caption.setText(f"{on_map:,} risks on the map. Click a cell to show only its risks.")
        else:
            _, likelihood, impact = cell
            self.heat_caption.setText(
                f"Showing {shown} risks at likelihood {likelihood} x impact {impact}. Click the cell again to clear.")

    def _moves_toggled(self, show: bool) -> None:
        self._refresh_heatmap()  # the movements are counted only while they are shown
        self.heatmap.set_show_moves(show)

    def toggle_cell(self, likelihood: int, impact: int) -> None:
        cell = (self.score_kind(), likelihood, impact)
        chosen = None if self.proxy.current.cell == cell else cell
        self.proxy.set_filter(cell=chosen)
        self.heatmap.set_selected((likelihood, impact) if chosen else None)
        self._refresh_heatmap()

    # --- selection and actions ---------------------------------------------------------------------------------

    def selected_row(self) -> RiskRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        row: RiskRow | None = self.proxy.data(indexes[0], ROW_ROLE)
        return row

    def select_risk(self, risk_id: uuid.UUID) -> bool:
        return self._select_first(lambda row: row.id == risk_id)

    def _select_first(self, wanted: Callable[[RiskRow], bool]) -> bool:
        """Select the first risk shown that is wanted, and scroll to it; False if none is."""
        found = self.proxy.row_of(wanted)
        if found is None:
            return False
        self.table.selectRow(found)
        self.table.scrollTo(self.proxy.index(found, 0))
        return True

    def show_due(self, kind: str, listed: Collection[uuid.UUID] = ()) -> None:
        """What a dashboard list had no room for, among every register's open risks: those with a review overdue
        (longest overdue first), or an action overdue (most first); or, for reviews due soon, every open risk by
        review date. `listed`: the risks the list named; the first risk shown that it did not name is selected,
        where the user carries on. Every other filter is cleared."""
        self.search.clear()
        for box, text in ((self.register_box, ALL), (self.owner_box, ALL), (self.band_box, ALL),
                          (self.status_box, "Open")):
            box.setCurrentText(text)
        if self.proxy.current.cell is not None:
            self.toggle_cell(*self.proxy.current.cell[1:])
        self.overdue_review_box.setChecked(kind == OVERDUE_REVIEWS)
        self.overdue_actions_box.setChecked(kind == OVERDUE_ACTIONS)
        if kind == OVERDUE_ACTIONS:
            self.table.sortByColumn(RiskTableModel.OVERDUE_ACTIONS, Qt.SortOrder.DescendingOrder)
        else:
            self.table.sortByColumn(RiskTableModel.NEXT_REVIEW, Qt.SortOrder.AscendingOrder)
        self.carry_on(listed)

    def carry_on(self, listed: Collection[uuid.UUID]) -> None:
        """Select the first risk shown that is not among `listed` (at the top if they are none)."""
        if not listed or not self._select_first(lambda row: row.id not in listed):
            self.table.clearSelection()
            self.table.scrollToTop()

    def set_acting(self, acting: bool) -> None:
        self.acting = acting
        for button in (self.add_button, self.edit_button, self.close_button, self.reopen_button,
                       self.escalate_button, self.print_button):
            button.setToolTip("" if acting else NOT_YET)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.acting)
        self.print_button.setEnabled(self.acting)
        row = self.selected_row() if self.acting else None
        self.edit_button.setEnabled(row is not None)
        self.close_button.setEnabled(row is not None and row.status == "open")
        self.reopen_button.setEnabled(row is not None and row.status == "closed")
        self.escalate_button.setEnabled(row is not None)

    # --- carried from the first frame ----------------------------------------------------------------------------

    def view_state(self) -> ViewState:
        cell = self.proxy.current.cell
        selected = self.selected_row()
        header = self.table.horizontalHeader()
        focused = self.window().focusWidget()  # the window's, whether or not it is the active window
        focus = "search" if focused is self.search else "table" if focused is self.table else ""
        return ViewState(
            (self.register_box.currentText(), self.owner_box.currentText(), self.band_box.currentText(),
             self.status_box.currentText()),
            (self.overdue_review_box.isChecked(), self.overdue_actions_box.isChecked()),
            self.search.text(), self.search.cursorPosition(), self.kind_box.currentIndex(), self.moves_box.isChecked(),
            (cell[1], cell[2]) if cell is not None else None,
            (header.sortIndicatorSection(), header.sortIndicatorOrder()), header.saveState(),
            selected.id if selected is not None else None, self.table.verticalScrollBar().value(),
            self.splitter.sizes(), focus)

    def set_view_state(self, state: ViewState) -> None:
        """As the user left it, but for a filter value this view does not offer."""
        for box, text in zip((self.register_box, self.owner_box, self.band_box, self.status_box), state.filters,
                             strict=True):
            if box.findText(text) >= 0:
                box.setCurrentText(text)
        self.overdue_review_box.setChecked(state.overdue[0])
        self.overdue_actions_box.setChecked(state.overdue[1])
        self.search.setText(state.search)
        self.search.setCursorPosition(state.search_cursor)
        self.kind_box.setCurrentIndex(state.score_kind)
        self.moves_box.setChecked(state.moves)
        if state.cell is not None and self.proxy.current.cell is None:
            self.toggle_cell(*state.cell)
        self.table.horizontalHeader().restoreState(state.columns)
        self.table.setColumnHidden(RiskTableModel.REGISTER, self.register_box.currentText() != ALL)
        self.table.sortByColumn(*state.sort)
        if state.selected is not None:
            self.select_risk(state.selected)
        self.table.verticalScrollBar().setValue(state.scrolled)
        self.splitter.setSizes(state.splitter)
        if state.focus:
            (self.search if state.focus == "search" else self.table).setFocus()
