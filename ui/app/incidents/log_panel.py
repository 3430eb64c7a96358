"""The incident and decision log: fast keyboard entry, filter by kind, corrections that point at the entry."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError, ValidationError
from bcm.incident_views import IncidentDetail, LogView
from bcm.services.incidents import add_log_entry
from db.models.incidents import LOG_KINDS

KIND_NAMES = {"information": "Information", "decision": "Decision", "action": "Action",
              "communication": "Communication"}


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
        self.entries: list[LogView] = []
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
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["No", "Event", "Logged", "By", "Kind", "Entry"])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName("Incident and decision log")
        for column, width in ((0, 40), (1, 115), (2, 115), (3, 130), (4, 105)):
            self.table.setColumnWidth(column, width)

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

    def show_detail(self, detail: IncidentDetail) -> None:
        self.incident_id = detail.row.id
        self.entries = detail.log
        active = detail.row.status == "active"
        for widget in (self.kind, self.text, self.rationale, self.options, self.event_time, self.now_button,
                       self.log_button, self.correct_button):
            widget.setEnabled(active)
        if not active:
            self.problems.setText("This incident has been stood down: the log is closed (a closing note can be added).")
        self._fill()

    def _fill(self) -> None:
        kind = self.filter.currentData()
        shown = [e for e in self.entries if kind is None or e.kind == kind]
        self.table.setRowCount(len(shown))
        for r, entry in enumerate(shown):
            parts = [entry.text]
            if entry.rationale:
                parts.append(f"Rationale: {entry.rationale}")
            if entry.options:
                parts.append(f"Options: {entry.options}")
            if entry.late_reason:
                parts.append(f"Late because: {entry.late_reason}")
            if entry.corrects:
                parts.append(f"↳ corrects entry {entry.corrects}")
            if entry.corrected_by:
                parts.append("⚠ corrected by entry " + ", ".join(str(n) for n in entry.corrected_by))
            values = (str(entry.sequence), f"{entry.event_at.astimezone():%d/%m %H:%M}",
                      f"{entry.logged_at.astimezone():%d/%m %H:%M}", entry.author, KIND_NAMES[entry.kind],
                      "\n".join(parts))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.sequence)
                self.table.setItem(r, column, item)
        self.table.scrollToBottom()

    def start_correction(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.problems.setText("Select the entry to correct first.")
            return
        sequence = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.corrects = next(e for e in self.entries if e.sequence == sequence)
        self.correction_label.setText(f"Correcting entry {sequence} — the original stays in the log")
        self.text.setText(f"Correction to entry {sequence}: ")
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
