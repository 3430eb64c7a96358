"""The audit trail viewer: who changed what, when, from what to what; filter by record, person and date."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.services.audit_trail import LIMIT, AuditRow, audit_entries

Index = QModelIndex | QPersistentModelIndex
EARLIEST = QDate(2000, 1, 1)


class AuditModel(QAbstractTableModel):
    HEADERS = ("When", "Who", "Record", "Kind", "Change", "Field", "From", "To")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        values = (f"{row.at.astimezone():%d/%m/%Y %H:%M:%S}", row.user, row.record, row.table.replace("_", " "),
                  row.action, row.field or "", row.old or "", row.new or "")
        return values[index.column()]


class AuditViewer(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, *, record_id: uuid.UUID | None = None,
                 title: str = "Audit trail") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.setWindowTitle(title)
        self.resize(1100, 640)
        self.record = QLineEdit()
        self.record.setPlaceholderText("Record (e.g. AH0005) or kind (risks, plans…)")
        self.record.setAccessibleName("Filter by record")
        self.user = QLineEdit()
        self.user.setPlaceholderText("Person")
        self.user.setAccessibleName("Filter by person")
        self.since = self._date("From date")
        self.until = self._date("To date")
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Changes")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 110, 170, 110, 70, 140, 180)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel()
        filters = QHBoxLayout()
        for text, widget in (("Record", self.record), ("Person", self.user), ("From", self.since),
                             ("To", self.until)):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        if record_id is None:
            layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        for edit in (self.record, self.user):
            edit.textChanged.connect(lambda _t: self.reload())
        for date_edit in (self.since, self.until):
            date_edit.dateChanged.connect(lambda _d: self.reload())
        self.reload()

    @staticmethod
    def _date(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(EARLIEST)
        edit.setSpecialValueText("any")
        edit.setDate(EARLIEST)
        return edit

    @staticmethod
    def _value(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == EARLIEST else date(value.year(), value.month(), value.day())

    def reload(self) -> None:
        rows = audit_entries(self.ctx, record=self.record.text() or None, user=self.user.text() or None,
                             since=self._value(self.since), until=self._value(self.until), record_id=self.record_id)
        self.model.set_rows(rows)
        more = f" (the newest {LIMIT}: narrow the filters to see older)" if len(rows) >= LIMIT else ""
        self.count.setText(f"{len(rows)} changes{more}")
