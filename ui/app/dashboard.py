"""The dashboard: open risks by band per register, what is overdue, what is due soon, who owns what."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.dashboard import Dashboard, DueItem, dashboard
from ui.app.background import Latest
from ui.app.colours import text_on
from ui.app.signals import AppSignals

ID_ROLE = Qt.ItemDataRole.UserRole


def _when(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "no date"


class DashboardWidget(QWidget):
    openRisk = Signal(object)  # risk id
    openRegister = Signal(str, str)  # register, band ("" for all)
    loaded = Signal()

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.bands = QTableWidget()
        self.bands.setAccessibleName("Open risks by band and register")
        self.bands.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bands.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bands.cellDoubleClicked.connect(self._band_cell)
        self.overdue_reviews = self._list("Overdue reviews")
        self.overdue_actions = self._list("Overdue actions")
        self.due_soon = self._list("Reviews due in the next 30 days")
        self.owners = QTreeWidget()
        self.owners.setHeaderLabels(["Owner / action", "Risk", "Due"])
        self.owners.setAccessibleName("Open actions by owner")
        self.owners.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.owners.itemDoubleClicked.connect(self._tree_item)

        grid = QGridLayout()
        grid.addWidget(self._box("Open risks by band (double-click to open the register)", self.bands), 0, 0, 1, 2)
        grid.addWidget(self._box("Overdue reviews", self.overdue_reviews), 1, 0)
        grid.addWidget(self._box("Overdue actions", self.overdue_actions), 1, 1)
        grid.addWidget(self._box("Reviews due in the next 30 days", self.due_soon), 2, 0)
        grid.addWidget(self._box("Open actions by owner", self.owners), 2, 1)
        for row, stretch in ((0, 0), (1, 3), (2, 3)):
            grid.setRowStretch(row, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self._loader = Latest(self._show, lambda exc: self.heading.setText(f"<h2>Dashboard</h2>Cannot load: {exc}"),
                              parent=self)
        self._stale = True
        signals.changed.connect(lambda _kind: self.reload())
        QTimer.singleShot(0, self, self._reload_if_stale)  # once placed: a page not shown waits until it is

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_stale()

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        widget.setSpacing(2)
        widget.itemActivated.connect(self._list_item)
        widget.itemDoubleClicked.connect(self._list_item)
        return widget

    def reload(self) -> None:
        """Counted off the GUI thread: at county scale this reads every risk, so not while another page is shown
        (it would compete with the page being opened); it is counted when next shown."""
        if self.isHidden() and self.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            self._stale = True
            return
        self._stale = False
        ctx = self.ctx
        if not self.heading.text():
            self.heading.setText("<h2>Dashboard</h2>Loading…")
        self._loader.start(lambda: dashboard(ctx))

    def _show(self, data: Dashboard) -> None:
        total = sum(sum(c.values()) for c in data.counts.values())
        self.heading.setText(
            f"<h2>Dashboard</h2>{total} open risks in {len(data.counts)} registers · "
            f"<b>{len(data.overdue_reviews)}</b> reviews overdue · <b>{len(data.overdue_actions)}</b> actions overdue "
            f"· {len(data.reviews_due_soon)} reviews due in the next 30 days")
        self._fill_bands(data)
        for widget, items, stamp in ((self.overdue_reviews, data.overdue_reviews, "review was due"),
                                     (self.overdue_actions, data.overdue_actions, "was due"),
                                     (self.due_soon, data.reviews_due_soon, "review due")):
            widget.clear()
            for item in items:
                entry = QListWidgetItem(f"{item.ref} — {item.text}\n{item.owner or 'no owner'} · {stamp} "
                                        f"{_when(item.due)}")
                entry.setData(ID_ROLE, item.risk_id)
                widget.addItem(entry)
            if not items:
                widget.addItem(QListWidgetItem("Nothing here"))
        self.owners.clear()
        for owner, items in data.open_actions_by_owner.items():
            parent = QTreeWidgetItem([f"{owner} ({len(items)})"])
            for item in items:
                child = QTreeWidgetItem([item.text, item.ref, _when(item.due)])
                child.setData(0, ID_ROLE, item.risk_id)
                parent.addChild(child)
            self.owners.addTopLevelItem(parent)
        self.loaded.emit()

    def _fill_bands(self, data: Dashboard) -> None:
        registers = list(data.counts)
        self.bands.clear()
        self.bands.setRowCount(len(registers))
        self.bands.setColumnCount(len(data.bands) + 1)
        self.bands.setHorizontalHeaderLabels([*data.bands, "Total"])
        self.bands.setVerticalHeaderLabels(registers)
        for r, register in enumerate(registers):
            counts = data.counts[register]
            for c, band in enumerate(data.bands):
                item = QTableWidgetItem(f"{counts.get(band, 0)} {band}")
                colour = data.band_colours[band]
                item.setBackground(QColor(colour))
                item.setForeground(text_on(colour))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.bands.setItem(r, c, item)
            total = QTableWidgetItem(str(sum(counts.values())))
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.bands.setItem(r, len(data.bands), total)
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bands.resizeRowsToContents()
        height = self.bands.horizontalHeader().height() + sum(
            self.bands.rowHeight(r) for r in range(self.bands.rowCount())) + 4
        self.bands.setFixedHeight(max(height, 60))

    def _band_cell(self, row: int, column: int) -> None:
        register = self.bands.verticalHeaderItem(row).text()
        band = self.bands.horizontalHeaderItem(column).text()
        self.openRegister.emit(register, "" if band == "Total" else band)

    def _list_item(self, item: QListWidgetItem) -> None:
        risk_id = item.data(ID_ROLE)
        if isinstance(risk_id, uuid.UUID):
            self.openRisk.emit(risk_id)

    def _tree_item(self, item: QTreeWidgetItem, _column: int) -> None:
        risk_id = item.data(0, ID_ROLE)
        if isinstance(risk_id, uuid.UUID):
            self.openRisk.emit(risk_id)


__all__ = ["DashboardWidget", "DueItem"]
