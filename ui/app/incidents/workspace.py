"""The Incidents workspace: incidents newest first, start one, and the incident on screen."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.incident_views import IncidentRow
from bcm.services.incidents import list_incidents
from ui.app.background import Latest
from ui.app.incidents.incident_screen import IncidentScreen
from ui.app.incidents.start_dialog import StartIncidentDialog
from ui.app.signals import AppSignals

INCIDENTS = "incidents"
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class IncidentsWorkspace(QWidget):
    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        self.list = QListWidget()
        self.list.setAccessibleName("Incidents")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.start_button = QPushButton("&Start an incident…")
        self.start_button.clicked.connect(self.start)
        self.screen = IncidentScreen(ctx)
        self.screen.changed.connect(self._own_change)
        self._telling = False  # while this workspace says what it changed: its screen shows it already
        empty = QLabel("<h2>No incident selected</h2>Start an incident when a disruption hits, or pick a past one "
                       "to read its log.")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(self.screen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.start_button)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setSizes([260, 1000])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        # A change (a sync bringing other laptops' entries, each minute on the day) is read off the GUI thread: the
        # list counts a county's 200,000 entries (30 ms), and the open incident is read again as its tick does.
        self._listing = Latest(self._fill, lambda exc: self.list.setToolTip(f"Could not list the incidents: {exc}"),
                               parent=self)
        signals.changed.connect(self._changed)
        self.reload()
        # The live incident open at once: on the day, that is what this workspace is opened for.
        live = next((i for i in range(self.list.count()) if self.list.item(i).data(STATUS_ROLE) == "active"), None)
        if live is not None:
            self.list.setCurrentRow(live)

    def _own_change(self) -> None:
        self._telling = True
        try:
            self.signals.changed.emit(INCIDENTS)
        finally:
            self._telling = False

    def _changed(self, kind: str) -> None:
        if kind in (INCIDENTS, "database"):
            ctx = self.ctx
            self._listing.start(lambda: list_incidents(ctx))
            if not self._telling:
                self.screen.read_again()

    def reload(self) -> None:
        """The list read again at once (on opening, and for an incident just started, chosen in it next)."""
        self._listing.cancel()
        self._fill(list_incidents(self.ctx))

    def _fill(self, rows: list[IncidentRow]) -> None:
        self.list.setToolTip("")
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            marker = "● ACTIVE" if row.status == "active" else row.status.replace("_", " ")
            item = QListWidgetItem(f"{row.title}\n{row.started_at.astimezone():%d/%m/%Y %H:%M} · {marker}")
            item.setData(ID_ROLE, row.id)
            item.setData(STATUS_ROLE, row.status)
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.pages.setCurrentIndex(0)
            return
        self.open_incident(item.data(ID_ROLE))

    def open_incident(self, incident_id: uuid.UUID) -> None:
        self.pages.setCurrentIndex(1)
        self.screen.show_incident(incident_id)

    def start(self) -> None:
        dialog = StartIncidentDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._started(dialog.incident_id))
        dialog.open()

    def _started(self, incident_id: uuid.UUID | None) -> None:
        if incident_id is None:
            return
        self.reload()
        self._own_change()
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == incident_id:
                self.list.setCurrentRow(i)
        self.screen.tabs.setCurrentIndex(0)
        self.screen.log.text.setFocus()
