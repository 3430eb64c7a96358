"""The incident and decision log: fast keyboard entry, filter by kind, corrections that point at the entry.

A week-long incident's log is 200,000 entries. The panel shows the latest at once and reads the rest behind them,
then reads only what is new (after an entry is logged, and every half minute): never the whole log again."""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterator
from datetime import datetime
from operator import attrgetter

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError, ValidationError
from bcm.incident_views import LogView
from bcm.services.incidents import add_log_entry, log_entries, log_size
from db.models.incidents import LOG_KINDS
from ui.app.background import Latest
from ui.app.models.log_table import KIND_NAMES, LogTableModel, entry_in_full

FIRST_ENTRIES = 500  # shown at once when an incident is opened; the rest are read behind them
NOTHING_SELECTED = "Select an entry to read it in full here: its rationale, options and corrections."


def ask_late_reason_dialog(parent: QWidget, message: str) -> str | None:
    text, ok = QInputDialog.getText(parent, "Logged late", message + "\n\nWhy is it late?")
    return text if ok else None


class LogPanel(QWidget):
    logged = Signal()

    def __init__(self, ctx: Context, author: Callable[[], str | None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.author = author
        self.incident_id: uuid.UUID | None = None
        self.corrects: LogView | None = None
        self.entries: list[LogView] = []  # in order; from the first entry once `complete`
        self.complete = True
        self._rest = Latest(self._rest_read, self._rest_failed, parent=self)
        self._following = True  # at the end of the log, new entries kept in view, until the user scrolls up
        self._changing = False
        self.ask_late_reason: Callable[[str], str | None] = lambda message: ask_late_reason_dialog(self, message)
        self.kind = QComboBox()
        for n, kind in enumerate(LOG_KINDS, start=1):
            self.kind.addItem(f"{KIND_NAMES[kind]} (Alt+{n})", kind)
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self)
            shortcut.activated.connect(lambda i=n - 1: self.kind.setCurrentIndex(i))
        self.kind.setAccessibleName("Kind of entry")
        self.text = QLineEdit()
        self.text.setPlaceholderText("What happened, was decided, done or said — Enter logs it")
        self.text.setAccessibleName("Log entry")
        self.rationale = QLineEdit()
        self.rationale.setPlaceholderText("Why: required for a decision")
        self.rationale.setAccessibleName("Rationale")
        self.options = QLineEdit()
        self.options.setPlaceholderText("Options considered (optional)")
        self.options.setAccessibleName("Options considered")
        self.event_time = QDateTimeEdit()
        self.event_time.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.event_time.setAccessibleName("Time of the event")
        self.now_button = QPushButton("Now")
        self.now_button.clicked.connect(self.reset_time)
        self.correction_label = QLabel()
        self.correction_label.setStyleSheet("color: #0d47a1;")
        self.log_button = QPushButton("&Log entry")
        self.log_button.clicked.connect(self.submit)
        self.correct_button = QPushButton("Co&rrect selected…")
        self.correct_button.clicked.connect(self.start_correction)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.filter = QComboBox()
        self.filter.addItem("All kinds", None)
        for kind in LOG_KINDS:
            self.filter.addItem(KIND_NAMES[kind], kind)
        self.filter.setAccessibleName("Show kind")
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.model = LogTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(LogTableModel.ENTRY, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # one line per entry, all the same height: the whole entry is shown below
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName("Incident and decision log")
        number = self.table.fontMetrics().horizontalAdvance("9" * 7) + 16  # a week-long log's entry 200,000 in full
        for column, width in ((0, number), (1, 90), (2, 90), (3, 130), (4, 105)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.verticalScrollBar().rangeChanged.connect(lambda *_: self._follow())  # the table grew or shrank
        self.selected_entry = QLabel()
        self.selected_entry.setWordWrap(True)
        self.selected_entry.setTextFormat(Qt.TextFormat.PlainText)  # as typed, whatever it holds
        self.selected_entry.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.selected_entry.setAccessibleName("Selected entry")
        self.selected_entry.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for an entry with its rationale and options, so the table does not jump as the selection moves.
        self.selected_entry.setMinimumHeight(self.selected_entry.fontMetrics().lineSpacing() * 5)
        self.loading = QLabel()
        self.loading.hide()

        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.event_time)
        when.addWidget(self.now_button)
        when.addStretch()
        form.addRow("&Kind", self.kind)
        form.addRow("&Entry", self.text)
        form.addRow("Rat&ionale", self.rationale)
        form.addRow("O&ptions", self.options)
        form.addRow("Time of event", when)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.correction_label, 1)
        buttons.addWidget(QLabel("Show"))
        buttons.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.loading)
        layout.addWidget(self.selected_entry)
        for field in (self.text, self.rationale, self.options):
            field.returnPressed.connect(self.submit)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.reset_time()
        self._kind_changed()

    def _kind_changed(self) -> None:
        decision = self.kind.currentData() == "decision"
        self.rationale.setPlaceholderText("Why: required for a decision" if decision else "Why (optional)")

    def reset_time(self) -> None:
        self.event_time.setDateTime(QDateTime(self.ctx.now().astimezone().replace(tzinfo=None)))

    def show_incident(self, incident_id: uuid.UUID, active: bool, counted: int | None = None) -> None:
        """The incident's log as it now stands: its latest entries at once (the rest read behind them) when it is
        another incident, or what was logged since it was last read. counted: how many entries the log held when
        the caller read the incident (the incident screen's read counts them); else they are counted here, a 15 ms
        index scan at 200,000 entries."""
        for widget in (self.kind, self.text, self.rationale, self.options, self.event_time, self.now_button,
                       self.log_button, self.correct_button):
            widget.setEnabled(active)
        if not active:
            self.problems.setText("This incident has been stood down: the log is closed (a closing note can be added).")
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self.entries = log_entries(self.ctx, incident_id, last=FIRST_ENTRIES)
            self.complete = len(self.entries) < FIRST_ENTRIES
            self._following = True
            self.table.clearSelection()
            if self.complete:
                self._rest.cancel()
                self.loading.hide()
            else:
                self._read_whole()
            self._fill()
            return
        new = log_entries(self.ctx, incident_id, after=self.entries[-1].sequence if self.entries else 0)
        self._add(new)
        if self._rest.busy:
            return
        if not self.complete:
            self._read_whole()  # the last reading failed: again
        elif self._out_of_turn(incident_id, None if new else counted):
            self._read_whole()  # entries numbered out of turn (merged from another laptop's log): read it again

    def _out_of_turn(self, incident_id: uuid.UUID, counted: int | None) -> bool:
        """Whether the log holds entries not shown: numbered out of turn, so not read as new. counted: the caller's
        count, when nothing new was read since (with something new, the count may be older than it, and it is
        counted again). Entries this panel logged since that count make it smaller than what is shown, so only a
        larger count says anything; a merged entry it then misses is caught at the next count."""
        if counted is None:
            return log_size(self.ctx, incident_id) != len(self.entries)
        return counted > len(self.entries)

    def _read_whole(self) -> None:
        incident_id, ctx = self.incident_id, self.ctx
        assert incident_id is not None
        if not self.complete:
            self.loading.setText(f"Showing the latest {len(self.entries)} entries; reading the earlier ones…")
            self.loading.show()
        self._rest.start(lambda: (incident_id, log_entries(ctx, incident_id)))

    def _add(self, new: list[LogView]) -> None:
        """New entries on the end; an entry one of them corrects is marked (entries are never changed otherwise).
        Only the new entries of the kind shown go into the table, not the whole log again."""
        if not new:
            return
        corrected = {e.corrects_id for e in new if e.corrects_id is not None}
        changed = []
        for i, entry in enumerate(self.entries) if corrected else ():
            if entry.id in corrected:
                fixes = tuple(e.sequence for e in new if e.corrects_id == entry.id)
                self.entries[i] = dataclasses.replace(entry, corrected_by=(*entry.corrected_by, *fixes))
                changed.append(self.entries[i])
        self.entries.extend(new)
        kind = self.filter.currentData()
        with self._moving():
            if changed:
                shown_at = {e.id: i for i, e in enumerate(self.model.rows())}
                for entry in changed:
                    if entry.id in shown_at:
                        self.model.replace_row(shown_at[entry.id], entry)
            self.model.append_rows([e for e in new if kind is None or e.kind == kind])
        self._follow()
        self._show_selected()

    def _rest_read(self, read: tuple[uuid.UUID, list[LogView]]) -> None:
        incident_id, whole = read
        if incident_id != self.incident_id:
            return
        # Logged (or merged from another laptop) while it was being read: what is shown and not in what was read.
        # Only the entries read numbered from the lowest shown can be among them (the read is in number order): a
        # set of all 200,000 ids took 0.15 s.
        lowest = min((e.sequence for e in self.entries), default=0)
        held = {e.id for e in whole[bisect_left(whole, lowest, key=attrgetter("sequence")):]}
        newer = [e for e in self.entries if e.id not in held]
        self.entries = whole
        self.complete = True
        self.loading.hide()
        self._fill()
        self._add(newer)

    def _rest_failed(self, error: Exception) -> None:
        self.loading.setText(f"The earlier entries could not be read (tried again in a moment): {error}")
        self.loading.show()

    def _fill(self) -> None:
        """The entries of the kind chosen. The selection is kept, and so is the place in the log: at its end if the
        user was following it, else the entry at the top stays at the top."""
        kind = self.filter.currentData()
        shown = self.entries if kind is None else [e for e in self.entries if e.kind == kind]
        selected = self.selected()
        top = self.model.row_at(self.table.rowAt(0)) if not self._following else None
        with self._moving():
            self.model.set_rows(shown)
            where = {e.id: i for i, e in enumerate(shown)} if selected is not None or top is not None else {}
            if selected is not None and selected.id in where:
                self.table.selectRow(where[selected.id])
            if top is not None and top.id in where:
                self.table.scrollTo(self.model.index(where[top.id], 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._follow()
        self._show_selected()

    # --- following the end of the log ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _moving(self) -> Iterator[None]:
        """The table's rows change: what the scroll bar does meanwhile is not the user leaving the end."""
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def _scrolled(self, value: int) -> None:
        if not self._changing:
            self._following = value >= self.table.verticalScrollBar().maximum()

    def _follow(self) -> None:
        if self._following:
            with self._moving():
                self.table.scrollToBottom()

    def selected(self) -> LogView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        entry = self.selected()
        self.selected_entry.setText(entry_in_full(entry) if entry is not None else NOTHING_SELECTED)

    def start_correction(self) -> None:
        entry = self.selected()
        if entry is None:
            self.problems.setText("Select the entry to correct first.")
            return
        self.corrects = entry
        self.correction_label.setText(f"Correcting entry {entry.sequence} — the original stays in the log")
        self.text.setText(f"Correction to entry {entry.sequence}: ")
        self.text.setFocus()

    def _event_time(self) -> datetime:
        return self.event_time.dateTime().toPython().astimezone()  # type: ignore[no-any-return]

    def submit(self, late_reason: str | None = None) -> bool:
        if self.incident_id is None:
            return False
        self.problems.clear()
        try:
            add_log_entry(self.ctx, self.incident_id, self.kind.currentData(), self.text.text(),
                          author=self.author(), event_at=self._event_time(), rationale=self.rationale.text(),
                          options=self.options.text(), late_reason=late_reason,
                          corrects=self.corrects.id if self.corrects else None)
        except ValidationError as exc:
            late = [p for p in exc.problems if p.field == "late reason"]
            if late and late_reason is None and len(exc.problems) == 1:
                reason = self.ask_late_reason(late[0].message)
                if reason:
                    return self.submit(reason)
            self.problems.setText(str(exc))
            return False
        except DomainError as exc:
            self.problems.setText(str(exc))
            return False
        for field in (self.text, self.rationale, self.options):
            field.clear()
        self.corrects = None
        self.correction_label.clear()
        self.reset_time()
        self.text.setFocus()
        self.logged.emit()
        return True
