"""The incident and decision log as a table: one line per entry, its whole text in the tooltip (and below the table,
for the entry selected). A week-long incident's log is 200,000 entries: a model draws only the rows on screen, where
an item per cell took a minute and a half to fill."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bcm.incident_views import LogView
from ui.app.models.rows import PlainRowsModel

KIND_NAMES = {"information": "Information", "decision": "Decision", "action": "Action",
              "communication": "Communication"}
CORRECTED = QColor("#8d6e00")  # dark amber: an entry later corrected, still readable on white


def entry_in_full(entry: LogView) -> str:
    return (f"Entry {entry.sequence} · {KIND_NAMES[entry.kind]} · event {entry.event_at.astimezone():%d/%m %H:%M}"
            f" · logged {entry.logged_at.astimezone():%d/%m %H:%M}" + (f" by {entry.author}" if entry.author else "")
            + "\n" + "\n".join(entry.parts()))


class LogTableModel(PlainRowsModel[LogView]):
    NUMBER, EVENT, LOGGED, BY, KIND, ENTRY = range(6)
    HEADERS = ("No", "Event", "Logged", "By", "Kind", "Entry")
    CENTRED = (NUMBER,)

    def display(self, row: LogView, column: int) -> str:
        if column == self.NUMBER:
            return str(row.sequence)
        if column == self.EVENT:
            return f"{row.event_at.astimezone():%d/%m %H:%M}"
        if column == self.LOGGED:
            return f"{row.logged_at.astimezone():%d/%m %H:%M}"
        if column == self.BY:
            return row.author
        if column == self.KIND:
            return KIND_NAMES[row.kind]
        return ("⚠ " if row.corrected_by else "") + "  ·  ".join(row.parts())  # marked, not by colour alone

    def tooltip(self, row: LogView, column: int) -> str | None:
        return entry_in_full(row)

    def style(self, row: LogView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.corrected_by:
            return CORRECTED
        return None
