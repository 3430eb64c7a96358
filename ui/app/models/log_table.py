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


def entry_parts(entry: LogView) -> list[str]:
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
    return parts


def entry_in_full(entry: LogView) -> str:
    return (f"Entry {entry.sequence} · {KIND_NAMES[entry.kind]} · event {entry.event_at.astimezone():%d/%m %H:%M}"
            f" · logged {entry.logged_at.astimezone():%d/%m %H:%M}" + (f" by {entry.author}" if entry.author else "")
            + "\n" + "\n".join(entry_parts(entry)))


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
        return "  ·  ".join(entry_parts(row))

    def sort_value(self, row: LogView, column: int) -> Any:
        return row.sequence  # the log reads in its own order

    def tooltip(self, row: LogView, column: int) -> str | None:
        return entry_in_full(row)

    def style(self, row: LogView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.corrected_by:
            return CORRECTED
        return None
