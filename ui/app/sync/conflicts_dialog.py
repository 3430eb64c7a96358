"""Settling sync conflicts: each field changed here and on the server, with yours, theirs, and a combined value."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError
from bcm.sync.conflicts import ConflictView, open_conflicts, resolve


class ConflictsDialog(QDialog):
    settled = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Sync conflicts")
        self.resize(760, 480)
        self.conflicts: list[ConflictView] = []
        self.list = QListWidget()
        self.list.setAccessibleName("Conflicts")
        self.list.currentRowChanged.connect(self._show)
        self.mine = QPlainTextEdit()
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        self.combined = QPlainTextEdit()
        self.combined.setAccessibleName("Combined value")
        self.take_mine = QPushButton("Keep &mine")
        self.take_theirs = QPushButton("Take &theirs")
        self.save_combined = QPushButton("Save &combined")
        self.take_mine.clicked.connect(lambda: self._settle("mine"))
        self.take_theirs.clicked.connect(lambda: self._settle("theirs"))
        self.save_combined.clicked.connect(lambda: self._settle("value"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        sides = QHBoxLayout()
        for title, box in (("Yours (this computer)", self.mine), ("Theirs (the server)", self.theirs)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(box)
            sides.addLayout(column)
        buttons = QHBoxLayout()
        for button in (self.take_mine, self.take_theirs, self.save_combined):
            buttons.addWidget(button)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The same field was changed here and on the server. Choose which to keep, or write "
                                "the value to keep; both versions stay in the audit trail."))
        layout.addWidget(self.list, 1)
        layout.addLayout(sides, 2)
        layout.addWidget(QLabel("Combined"))
        layout.addWidget(self.combined, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.conflicts = open_conflicts(self.ctx)
        self.list.clear()
        for c in self.conflicts:
            self.list.addItem(f"{c.record_label} — {c.field}")
        if not self.conflicts:
            self.list.addItem("No conflicts: everything is settled")
        self.list.setCurrentRow(0)
        self._show(0 if self.conflicts else -1)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        conflict = self.current()
        for button in (self.take_mine, self.take_theirs, self.save_combined):
            button.setEnabled(conflict is not None)
        self.problem.clear()
        if conflict is None:
            for box in (self.mine, self.theirs, self.combined):
                box.setPlainText("")
            return
        self.mine.setPlainText(conflict.mine_text)
        self.theirs.setPlainText(conflict.theirs_text)
        joined = "\n".join(t for t in (conflict.mine_text, conflict.theirs_text) if t)
        self.combined.setPlainText(joined if conflict.is_text else conflict.mine_text)

    def _settle(self, take: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        value = self.combined.toPlainText() if take == "value" else None
        try:
            resolve(self.ctx, conflict.id, take, value)
        except DomainError as exc:
            self.problem.setText(str(exc))
            return
        self.settled.emit()
        self.reload()
