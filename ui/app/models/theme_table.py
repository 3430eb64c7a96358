"""Recurring themes across every exercise and incident; a highlighted theme says so in words as well as colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from bcm.lesson_views import ThemeRow
from ui.app.models.rows import PlainRowsModel

HIGHLIGHT_BACKGROUND = QColor("#fff3cd")  # pale amber; dark text stays readable on it
HIGHLIGHT_TEXT = QColor("#5c3c00")
HIGHLIGHT_MARK = "⚠ Recurring, none embedded"


class ThemeTableModel(PlainRowsModel[ThemeRow]):
    FLAG, THEME, EVENTS, OPEN, OVERDUE, IMPLEMENTED, EMBEDDED, WHERE = range(8)
    HEADERS = ("Attention", "Theme", "Events", "Open recs", "Overdue", "Implemented", "Embedded", "Where identified")
    CENTRED = (EVENTS, OPEN, OVERDUE, IMPLEMENTED, EMBEDDED)

    def display(self, row: ThemeRow, column: int) -> str:
        values = {
            self.FLAG: HIGHLIGHT_MARK if row.highlight else "", self.THEME: row.name,
            self.EVENTS: str(len(row.events)), self.OPEN: str(len(row.open_recommendations)),
            self.OVERDUE: str(row.overdue) if row.overdue else "", self.IMPLEMENTED: str(row.implemented),
            self.EMBEDDED: str(row.embedded), self.WHERE: "; ".join(row.events),
        }
        return values[column]

    def sort_value(self, row: ThemeRow, column: int) -> Any:
        numbers = {self.FLAG: int(row.highlight) * 10_000 + len(row.events) * 100 + len(row.open_recommendations),
                   self.EVENTS: len(row.events),
                   self.OPEN: len(row.open_recommendations), self.OVERDUE: row.overdue,
                   self.IMPLEMENTED: row.implemented, self.EMBEDDED: row.embedded}
        if column in numbers:
            return numbers[column]
        return self.display(row, column).casefold()

    def tooltip(self, row: ThemeRow, column: int) -> str | None:
        if column == self.FLAG and row.highlight:
            return (f"Identified in {len(row.events)} events and no recommendation on this theme is embedded yet: "
                    "the same lesson keeps coming back")
        if column == self.WHERE:
            return "\n".join(row.events)
        if column == self.OPEN and row.open_recommendations:
            return "\n".join(f"{r.owner} (due {r.due:%d/%m/%Y}): {r.recommendation}" if r.due else r.recommendation
                             for r in row.open_recommendations)
        return None

    def style(self, row: ThemeRow, column: int, role: int) -> Any:
        if not row.highlight:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return HIGHLIGHT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return HIGHLIGHT_TEXT
        if role == Qt.ItemDataRole.FontRole and column in (self.FLAG, self.THEME):
            font = QFont()
            font.setBold(True)
            return font
        return None
