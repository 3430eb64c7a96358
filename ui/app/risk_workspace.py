"""The risk register workspace: filters, the risk table and the heat map side by side."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError
from bcm.heat import Cell
from bcm.risk_views import RiskRow
from bcm.scoring import Matrix
from bcm.services.matrix import get_matrix
from bcm.services.risk_report import risk_report
from bcm.services.risks import (
    close_risk,
    escalate,
    heatmap,
    list_registers,
    list_risks,
    register_names,
    reopen_risk,
    top_open_risks,
)
from ui.app.background import Latest
from ui.app.models.risk_filter import RiskFilter, RiskFilterProxy
from ui.app.models.risk_table import ROW_ROLE, RiskTableModel
from ui.app.printing import Printer
from ui.app.signals import MATRIX, RISKS, AppSignals
from ui.app.widgets.filter_combo import ALL, refill
from ui.app.widgets.heatmap import HeatMapWidget

if TYPE_CHECKING:
    from ui.app.risk_editor import RiskEditor

SCORE_KINDS = (("Current", "current"), ("Inherent", "inherent"), ("Target", "target"))
FIRST_ROWS = 200  # rows of a big register painted before the rest is read: more than a screen holds
GATE_SECONDS = 5.0  # the whole register is read this long after its first rows at the latest, painted or not


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


@dataclass(frozen=True)
class _Loaded:
    matrix: Matrix
    rows: list[RiskRow]
    registers: list[str]
    owners: list[str]


@dataclass(frozen=True)
class _FirstRows:
    """What the window paints first on opening a big register: its highest-scored open risks (the first rows of the
    table as it opens: open risks, highest current score first) and the heat map of every open risk."""

    matrix: Matrix
    rows: list[RiskRow]
    registers: list[str]
    heat: Counter[Cell]  # open risks per cell of the current score: the heat map as it opens

    @property
    def open_risks(self) -> int:
        return sum(self.heat.values())


def _first_rows(ctx: Context, limit: int) -> _FirstRows | None:
    """Runs off the GUI thread: a few queries, no matter how big the register. None when there are no more open
    risks than `limit`: such a register is read whole at once."""
    heat = heatmap(ctx)
    counts = Counter({(c.likelihood, c.impact): c.count for c in heat.cells if c.count})
    if sum(counts.values()) <= limit:
        return None
    return _FirstRows(get_matrix(ctx), top_open_risks(ctx, limit), register_names(ctx), counts)


def _load(ctx: Context, gate: threading.Event | None = None) -> _Loaded:
    """Runs off the GUI thread: everything the workspace shows, worked out there. With a gate, it waits first until
    the first rows are on screen (reading 100,000 risks holds the interpreter lock the painting needs)."""
    if gate is not None:
        gate.wait(GATE_SECONDS)
    matrix = get_matrix(ctx)
    rows = list_risks(ctx)
    return _Loaded(matrix, rows, [r.name for r in list_registers(ctx)], sorted({r.owner for r in rows if r.owner}))


class RiskWorkspace(QWidget):
    statusMessage = Signal(str)
    loaded = Signal()  # every risk is in the table
    firstRowsShown = Signal()  # a big register's first rows are in the table; the rest are being read
    first_rows = FIRST_ROWS

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        self.matrix: Matrix = get_matrix(ctx)  # the heat map needs its shape before the first load
        self.model = RiskTableModel(self.matrix)
        self.proxy = RiskFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.register_box = _combo("Register")
        self.owner_box = _combo("Owner")
        self.band_box = _combo("Band")
        self.status_box = _combo("Status")
        self.status_box.addItems(["Open", "Closed", ALL])
        self.overdue_review_box = QCheckBox("Review overdue")
        self.overdue_actions_box = QCheckBox("Actions overdue")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search ref, title, cause, consequence…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search risks")
        self.search.setMinimumWidth(240)

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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

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
        self.printer = Printer(self)
        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the register is loading
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("Loading…")
        self.progress.setAccessibleName("Loading risks")
        self.progress.hide()
        for button, slot in ((self.add_button, self.add_risk), (self.edit_button, self.edit_selected),
                             (self.close_button, self.close_selected), (self.reopen_button, self.reopen_selected),
                             (self.escalate_button, self.escalate_selected),
                             (self.print_button, self.print_register)):
            button.clicked.connect(slot)
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
        signals.changed.connect(self._on_changed)
        self._loader = Latest(self._apply, self._load_failed, parent=self)
        # On opening, a big register is shown in two steps: its first rows, then (once those are painted) the rest.
        self._first_loader = Latest(self._apply_first, lambda _exc: self._open_gate(), parent=self)
        self._gate: threading.Event | None = None
        self._first_heat: Counter[Cell] | None = None  # the heat map while only the first rows are in
        self._complete = False  # every risk has been loaded at least once
        self.table.viewport().installEventFilter(self)
        self.reload()

    # --- loading and filtering ---------------------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind in (RISKS, MATRIX, "database"):
            self.reload()

    def reload(self) -> None:
        """Load the risks off the GUI thread (a county's registers take a moment); `loaded` fires when shown.

        The first time, the first rows of a big register are read and shown first (`firstRowsShown`); the whole
        register is read once they are painted."""
        ctx = self.ctx
        self.progress.show()
        gate = None
        if not self._complete and self._gate is None:
            gate = self._gate = threading.Event()
            limit = self.first_rows
            self._first_loader.start(lambda: _first_rows(ctx, limit))  # queued first: never waits on the gate
        self._loader.start(lambda: _load(ctx, gate))

    def _apply_first(self, data: _FirstRows | None) -> None:
        if data is None or self._complete:  # a small register (read whole at once), or already read whole
            self._open_gate()
            return
        self.matrix = data.matrix
        self.model.set_rows(data.rows, data.matrix)
        refill(self.register_box, data.registers)
        refill(self.band_box, [b.name for b in data.matrix.bands])
        self._first_heat = data.heat
        self._refresh_heatmap()
        self.count_label.setText(f"Loading… the {len(data.rows)} highest-scored of {data.open_risks} open risks "
                                 "shown")
        self.firstRowsShown.emit()
        if not self.table.viewport().isVisible():
            self._open_gate()  # nothing will be painted: read the rest now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._first_heat is not None and self._gate is not None \
                and not self._gate.is_set():
            QTimer.singleShot(0, self, self._open_gate)  # once this paint is done
        return super().eventFilter(watched, event)

    def _open_gate(self) -> None:
        if self._gate is not None:
            self._gate.set()

    def _apply(self, data: _Loaded) -> None:
        self._open_gate()
        self._complete = True
        self._first_heat = None
        selected = self.selected_row()
        self.matrix = data.matrix
        self.model.set_rows(data.rows, data.matrix)
        refill(self.register_box, data.registers)
        refill(self.owner_box, data.owners)
        refill(self.band_box, [b.name for b in data.matrix.bands])
        self._refresh_heatmap()
        if selected is not None:
            self.select_risk(selected.id)
        self._update_buttons()
        self.progress.hide()
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
        self._open_gate()
        self.progress.hide()
        QMessageBox.critical(self, "Cannot load the risks", str(error))


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
        self.count_label.setText(f"{shown} of {self.model.rowCount()} risks shown"
                                 + (" (loading…)" if self._first_heat is not None else ""))
        if cell is None:
            on_map = self.proxy.count_ignoring_cell() if first is None else sum(first.values())
            self.heat_caption.setText(f"{on_map} risks on the map. Click a cell to show only its risks.")
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
        found = self.proxy.row_of(lambda row: row.id == risk_id)
        if found is None:
            return False
        self.table.selectRow(found)
        self.table.scrollTo(self.proxy.index(found, 0))
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.close_button.setEnabled(row is not None and row.status == "open")
        self.reopen_button.setEnabled(row is not None and row.status == "closed")
        self.escalate_button.setEnabled(row is not None)

    def _context_menu(self, point: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for text, slot, enabled in (
            ("New risk…", self.add_risk, True),
            ("Edit…", self.edit_selected, self.edit_button.isEnabled()),
            ("Close risk…", self.close_selected, self.close_button.isEnabled()),
            ("Reopen", self.reopen_selected, self.reopen_button.isEnabled()),
            ("Escalate to another register…", self.escalate_selected, self.escalate_button.isEnabled()),
        ):
            action = QAction(text, menu)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _editor(self, risk_id: uuid.UUID | None, register: str | None = None) -> RiskEditor:
        from ui.app.risk_editor import RiskEditor  # imported when first opened: not what start-up waits for

        editor = RiskEditor(self.ctx, self.signals, risk_id, register=register, parent=self)
        editor.open()
        return editor

    def add_risk(self) -> None:
        register = self.register_box.currentText()
        self._editor(None, None if register == ALL else register)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_risk(row.id)

    def open_risk(self, risk_id: uuid.UUID) -> RiskEditor:
        return self._editor(risk_id)

    def _run(self, what: str, action: object) -> bool:
        try:
            assert callable(action)
            action()
        except DomainError as exc:
            QMessageBox.warning(self, what, str(exc))
            self.reload()
            return False
        self.signals.changed.emit(RISKS)
        return True

    def close_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, f"Close {row.ref}", "Why is this risk being closed?")
        if ok:
            self._run("Close risk", lambda: close_risk(self.ctx, row.id, row.version, reason))

    def reopen_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._run("Reopen risk", lambda: reopen_risk(self.ctx, row.id, row.version))

    def escalate_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        others = [r.name for r in list_registers(self.ctx) if r.name != row.register]
        if not others:
            QMessageBox.information(self, "Escalate", "There is no other register to escalate to.")
            return
        register, ok = QInputDialog.getItem(self, f"Escalate {row.ref}", "Escalate to register:", others, 0, False)
        if not ok:
            return
        ref, ok = QInputDialog.getText(self, f"Escalate {row.ref}",
                                       "Reference of the risk on that register (a new one is raised if it does not "
                                       "exist there yet):", text=f"{row.ref}-E")
        if ok and self._run("Escalate risk", lambda: self._escalate(row, register, ref)):
            self.statusMessage.emit(f"{row.ref} escalated to {register} as {ref}")

    def print_register(self) -> None:
        """The JCAD-style report of the register on screen (or of every register)."""
        ctx = self.ctx
        register = None if self.register_box.currentText() == ALL else self.register_box.currentText()
        name = (register or "all registers").replace(" ", "-").lower()

        def build(path: Path) -> Path:
            from exports.pdf.risk_report import risk_report_pdf  # ReportLab: imported when first used

            return risk_report_pdf(risk_report(ctx, register), path, ctx.now().astimezone())

        self.printer.print(f"Print {register or 'all registers'}", f"risk-register-{name}.pdf", build)

    def _escalate(self, row: RiskRow, register: str, ref: str) -> None:
        existing = [r for r in list_risks(self.ctx, register) if r.ref.lower() == ref.strip().lower()]
        if existing:
            escalate(self.ctx, row.id, row.version, register, existing_ref=ref)
        else:
            escalate(self.ctx, row.id, row.version, register, new_ref=ref)
