"""The risk register workspace: filters, the risk table and the heat map side by side."""

from __future__ import annotations

import threading
import uuid
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError
from bcm.first_rows import FIRST_ROWS, FirstRows
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
    risk_rows,
    top_open_risks,
)
from ui.app.background import Latest
from ui.app.printing import Printer
from ui.app.read_when_shown import ReadWhenShown
from ui.app.risk_register_view import RegisterView
from ui.app.signals import MATRIX, PEOPLE, RISKS, AppSignals
from ui.app.widgets.filter_combo import ALL, refill

if TYPE_CHECKING:
    from ui.app.risk_editor import RiskEditor

GATE_SECONDS = 5.0  # the whole register is read this long after its first rows at the latest, painted or not


@dataclass(frozen=True)
class _Loaded:
    matrix: Matrix
    rows: list[RiskRow]
    registers: list[str]
    owners: list[str]


def _first_rows(ctx: Context, limit: int) -> FirstRows | None:
    """Runs off the GUI thread: a few queries, no matter how big the register. None when there are no more open
    risks than `limit`: such a register is read whole at once."""
    heat = heatmap(ctx)
    counts = Counter({(c.likelihood, c.impact): c.count for c in heat.cells if c.count})
    if sum(counts.values()) <= limit:
        return None
    return FirstRows(get_matrix(ctx), top_open_risks(ctx, limit), register_names(ctx), counts)


def _load(ctx: Context, gate: threading.Event | None = None) -> _Loaded:
    """Runs off the GUI thread: everything the workspace shows, worked out there. With a gate, it waits first until
    the first rows are on screen (reading 100,000 risks holds the interpreter lock the painting needs)."""
    if gate is not None:
        gate.wait(GATE_SECONDS)
    matrix = get_matrix(ctx)
    rows = list_risks(ctx)
    return _Loaded(matrix, rows, [r.name for r in list_registers(ctx)], sorted({r.owner for r in rows if r.owner}))


class RiskWorkspace(ReadWhenShown, RegisterView):
    """The register view at work: its risks loaded off the GUI thread, and the actions on them."""

    statusMessage = Signal(str)
    loaded = Signal()  # every risk is in the table
    firstRowsShown = Signal()  # a big register's first rows are in the table; the rest are being read
    first_rows = FIRST_ROWS

    def __init__(self, ctx: Context, signals: AppSignals, first_rows: FirstRows | None = None) -> None:
        """first_rows: the first rows already read (by the first frame), shown at once rather than read again."""
        # The heat map needs the matrix's shape before the first load.
        super().__init__(first_rows.matrix if first_rows is not None else get_matrix(ctx))
        self._given_first_rows = first_rows
        self.ctx = ctx
        self.signals = signals
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.printer = Printer(self)
        # Asked before printing every register of a big file: True each risk's page, False summaries only, None not
        # at all. Injectable so tests can answer without a modal dialog.
        self.ask_each_risk: Callable[[int], bool | None] = lambda pages: _ask_each_risk(self, pages)
        for button, slot in ((self.add_button, self.add_risk), (self.edit_button, self.edit_selected),
                             (self.close_button, self.close_selected), (self.reopen_button, self.reopen_selected),
                             (self.escalate_button, self.escalate_selected),
                             (self.print_button, self.print_register)):
            button.clicked.connect(slot)
        signals.changed.connect(self._on_changed)
        self._loader = Latest(self._apply, self._load_failed, parent=self)
        # On opening, a big register is shown in two steps: its first rows, then (once those are painted) the rest.
        self._first_loader = Latest(self._apply_first, lambda _exc: self._open_gate(), parent=self)
        self._gate: threading.Event | None = None
        self._complete = False  # every risk has been loaded at least once
        self._carrying_on: Collection[uuid.UUID] | None = None  # carry_on asked before every risk was in
        self.table.viewport().installEventFilter(self)
        self._shown_saved = False  # a risk saved here is shown: the changed(RISKS) that follows needs no reading
        self._asked: tuple[str, str] | None = None  # a register and band asked for while the register was read
        self._selecting: uuid.UUID | None = None  # a risk opened while the register was read: selected once read
        self.reload()

    # --- loading and filtering ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the risks off the GUI thread (a county's registers take a moment); `loaded` fires when shown.

        The first time, the first rows of a big register are read and shown first (`firstRowsShown`); the whole
        register is read once they are painted."""
        self._stale = False
        ctx = self.ctx
        self.progress.show()
        gate = None
        if not self._complete and self._gate is None:
            gate = self._gate = threading.Event()
            given, self._given_first_rows = self._given_first_rows, None
            if given is not None:
                self.show_first_rows(given)  # the rest is read once they are painted, as below
            else:
                limit = self.first_rows
                self._first_loader.start(lambda: _first_rows(ctx, limit))  # queued first: never waits on the gate
        self._loader.start(lambda: _load(ctx, gate))

    def _apply_first(self, data: FirstRows | None) -> None:
        if data is None or self._complete:  # a small register (read whole at once), or already read whole
            self._open_gate()
            return
        self.show_first_rows(data)
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

    def show_register(self, register: str, band: str) -> None:
        """One register's risks (of one band, or all): as asked from the Dashboard. Asked while the register is
        being read again (it was behind another page when something changed), it is shown once read: a register
        new since the last read is not among the choices yet."""
        self._asked = (register, band) if self._loader.busy else None
        self.register_box.setCurrentText(register)
        self.band_box.setCurrentText(band or ALL)

    def open_risk(self, risk_id: uuid.UUID) -> RiskEditor:
        """The risk selected in the table (once the register is read, if it is being read) and its editor opened."""
        selected = self.selected_row()  # double-clicked in the table: selected already (no need to look for it)
        if (selected is None or selected.id != risk_id) and not self.select_risk(risk_id) and self._loader.busy:
            self._selecting = risk_id
        return self._editor(risk_id)

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
        if self._asked is not None:
            self.show_register(*self._asked)  # asked for while this was read
            self._asked = None
        self._refresh_heatmap()
        if self._carrying_on is not None:
            self.carry_on(self._carrying_on)
        elif self._selecting is not None:
            self.select_risk(self._selecting)
        elif selected is not None:
            self.select_risk(selected.id)
        self._selecting = None
        self._update_buttons()
        self.progress.hide()
        self.loaded.emit()

    def carry_on(self, listed: Collection[uuid.UUID]) -> None:
        """As RegisterView.carry_on, and again once every risk is in if they are not all in yet: among the first
        rows alone, the first not listed is not the one to carry on from."""
        self._carrying_on = None if self._complete and not self._loader.busy else listed  # again on the rows read
        super().carry_on(listed)

    def _load_failed(self, error: Exception) -> None:
        self._open_gate()
        self.progress.hide()
        QMessageBox.critical(self, "Cannot load the risks", str(error))


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
        editor.saved.connect(self._show_saved)
        editor.open()
        return editor

    def _show_saved(self, risk_id: uuid.UUID) -> None:
        """A risk just saved here, shown at once: its row read again and put in place, and the changed(RISKS) that
        follows is not a reason to read the whole register again (two seconds at county scale before the edit
        showed). Changes made elsewhere still come in with a sync, a refresh, or their own views' saves."""
        if not self._complete or self._loader.busy:
            return  # the whole register is being read: it brings the change
        found = risk_rows(self.ctx, [risk_id])
        if not found:
            return  # gone meanwhile: read everything again
        row = found[0]
        rows = self.model.rows()
        position = next((i for i, r in enumerate(rows) if r.id == risk_id), None)
        if position is None:  # new: where a reload would put it, by register then reference (ties keep that order)
            self.model.insert_row(bisect_left(rows, (row.register, row.ref), key=lambda r: (r.register, r.ref)), row)
        else:
            self.model.replace_row(position, row)
            self.proxy.resort()  # to its place and through the filters, as a reload would have it
        for box, value in ((self.owner_box, row.owner), (self.register_box, row.register)):
            if value and box.findText(value) < 0:  # a new owner typed into the editor
                refill(box, sorted({box.itemText(i) for i in range(1, box.count())} | {value}))
        self._refresh_heatmap()
        self.select_risk(risk_id)
        self._update_buttons()  # the row may be selected still, with its status changed
        self._shown_saved = True

    def _on_changed(self, kind: str) -> None:
        if kind == RISKS and self._shown_saved:
            self._shown_saved = False
            return
        if kind in (RISKS, MATRIX, PEOPLE, "database"):  # people: the owners' names, joined in
            self.reload_when_shown()

    def add_risk(self) -> None:
        register = self.register_box.currentText()
        self._editor(None, None if register == ALL else register)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_risk(row.id)


    def _run(self, what: str, action: object, risk: uuid.UUID | None = None) -> bool:
        """Do an action on risks; `risk`: the one it changed, shown at once (see _show_saved)."""
        try:
            assert callable(action)
            action()
        except DomainError as exc:
            QMessageBox.warning(self, what, str(exc))
            self.reload()
            return False
        if risk is not None:
            self._show_saved(risk)
        self.signals.changed.emit(RISKS)
        return True

    def close_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, f"Close {row.ref}", "Why is this risk being closed?")
        if ok:
            self._run("Close risk", lambda: close_risk(self.ctx, row.id, row.version, reason), row.id)

    def reopen_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._run("Reopen risk", lambda: reopen_risk(self.ctx, row.id, row.version), row.id)

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
        each_risk = True
        pages = sum(row.status == "open" for row in self.model.rows())  # a page for each open risk
        if register is None and pages > MANY_PAGES:
            answer = self.ask_each_risk(pages)
            if answer is None:
                return
            each_risk = answer
            name += "" if each_risk else "-summaries"

        def build(path: Path) -> Path:
            from exports.pdf.risk_report import risk_report_pdf  # ReportLab: imported when first used

            return risk_report_pdf(risk_report(ctx, register, each_risk=each_risk), path, ctx.now().astimezone())

        self.printer.print(f"Print {register or 'all registers'}", f"risk-register-{name}.pdf", build)

    def _escalate(self, row: RiskRow, register: str, ref: str) -> None:
        existing = [r for r in list_risks(self.ctx, register) if r.ref.lower() == ref.strip().lower()]
        if existing:
            escalate(self.ctx, row.id, row.version, register, existing_ref=ref)
        else:
            escalate(self.ctx, row.id, row.version, register, new_ref=ref)


MANY_PAGES = 2_000  # a page for each open risk: past this, printing every register asks whether to


def _ask_each_risk(parent: QWidget, pages: int) -> bool | None:
    box = QMessageBox(QMessageBox.Icon.Question, "Print every register",
                      f"Every register together holds {pages:,} open risks, and the full report gives each its own "
                      f"page: about {pages:,} pages, and several minutes to print.\n\nThe summaries give each "
                      "register's counts by band, heat map and risk level changes.", parent=parent)
    summaries = box.addButton("Summaries only", QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(f"Every risk ({pages:,} pages)", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(summaries)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is every else False if clicked is summaries else None

