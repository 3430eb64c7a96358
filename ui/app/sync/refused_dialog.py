"""Changes the shared server refused: each with who may make it, and taking the server's version back for some."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.database import Database
from bcm.errors import DomainError
from bcm.sync.discard import UNDO_LOG, RefusedChange, discard_refused, refused_changes
from bcm.sync.ledger import Key

TITLE = "Refused changes"
INTRO = ("The shared server refused these changes made on this computer: the login you sync with may not make them. "
         "They stay here and are sent again at each sync. Ask the person named to make the change, or take the "
         "server's version back.")
LOGS_KEPT = ("Incident and decision log entries are never deleted: taking the server's version back keeps a refused "
             "entry on this computer only, and it is not sent to the server.")
NONE_LEFT = "No refused changes: everything made here can go to the server."


def confirm_dialog(parent: QWidget, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, TITLE, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText("Take the server's version back")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def undo_question(changes: list[RefusedChange]) -> str:
    undone = [c for c in changes if c.undo != UNDO_LOG]
    kept = [c for c in changes if c.undo == UNDO_LOG]
    parts = []
    if undone:
        parts.append("These changes made on this computer will be undone, each record back as the server has it:\n"
                     + "\n".join(f"• {c.record_label} ({c.undo})" for c in undone))
    if kept:
        parts.append("These log entries are never deleted: they stay on this computer only and are not sent:\n"
                     + "\n".join(f"• {c.record_label}" for c in kept))
    parts.append("The audit trail here records it. This cannot be undone.")
    return "\n\n".join(parts)


class RefusedDialog(QDialog):
    discarded = Signal()  # records here changed: the workspaces and the sync indicator look again

    def __init__(self, database: Database, user: str, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.user, self.now = database, user, now
        self.confirm: Callable[[str], bool] = lambda question: confirm_dialog(self, question)
        self.setWindowTitle(TITLE)
        self.resize(860, 460)
        self.changes: list[RefusedChange] = []
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(TITLE)
        self.table.setHorizontalHeaderLabels(["Record", "Why refused (who may make it)", "If taken back"])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(2, 210)
        # long reasons wrap, whole: the rows fit again once the columns have their new widths
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.table.resizeRowsToContents))
        self.table.itemSelectionChanged.connect(self._selected)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setAccessibleName("Why it was refused")
        self.take_back = QPushButton("&Take the server's version back")
        self.take_back.clicked.connect(self.discard_selected)
        select_all = QPushButton("Select &all")
        select_all.clicked.connect(self.table.selectAll)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.logs_note = QLabel(f"<i>{LOGS_KEPT}</i>")
        self.logs_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_back)
        buttons.addWidget(select_all)
        buttons.addStretch(1)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.logs_note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.changes = refused_changes(self.database)
        self.table.clearContents()
        self.table.clearSpans()
        self.table.setRowCount(max(len(self.changes), 1))
        for row, change in enumerate(self.changes):
            for column, text in enumerate((change.record_label, change.reason, change.undo)):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{change.record_label}\n\n{change.reason}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        if not self.changes:
            item = QTableWidgetItem(NONE_LEFT)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(0, 0, item)
            self.table.setSpan(0, 0, 1, 3)
        else:
            self.table.selectRow(0)
        self.table.resizeRowsToContents()
        self._selected()

    def selected(self) -> list[RefusedChange]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.changes[r] for r in rows if 0 <= r < len(self.changes)]

    def _selected(self) -> None:
        chosen = self.selected()
        self.take_back.setEnabled(bool(chosen))
        self.problem.clear()
        if len(chosen) == 1:
            self.reason.setText(f"<b>{_html(chosen[0].record_label)}</b>: {_html(chosen[0].reason)}")
        elif chosen:
            self.reason.setText(f"{len(chosen)} changes selected.")
        else:
            self.reason.setText("")

    def discard_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        keys: list[Key] = [(c.table_name, c.record_id) for c in chosen]
        going = refused_changes(self.database, only=keys)  # with what cannot stay without them
        if not self.confirm(undo_question(going)):
            return
        try:
            discard_refused(self.database, self.user, self.now(), only=keys)
        except DomainError as exc:
            self.problem.setText(f"Nothing was taken back: {str(exc).splitlines()[0]}")
            return
        self.discarded.emit()
        self.reload()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
