"""Observations captured in a debrief, in the order they were said; the capture appends to it live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from bcm.lesson_rules import OBSERVATION_LABELS
from bcm.lesson_views import ObservationRow
from ui.app.models.rows import PlainRowsModel

KIND_MARKS = {"went_well": "+", "improvement": "!", "notable_practice": "*"}


class ObservationTableModel(PlainRowsModel[ObservationRow]):
    NUMBER, KIND, TEXT, THEMES = range(4)
    HEADERS = ("#", "Kind", "Observation", "Themes")
    CENTRED = (NUMBER,)

    def display(self, row: ObservationRow, column: int) -> str:
        if column == self.NUMBER:
            return str(row.position)
        if column == self.KIND:
            return f"{KIND_MARKS.get(row.kind, '')} {OBSERVATION_LABELS.get(row.kind, row.kind)}"
        if column == self.TEXT:
            return row.text
        return ", ".join(row.themes)

    def sort_value(self, row: ObservationRow, column: int) -> Any:
        if column == self.NUMBER:
            return row.position
        return self.display(row, column).casefold()

    def tooltip(self, row: ObservationRow, column: int) -> str | None:
        return row.text if column == self.TEXT else None

    def style(self, row: ObservationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == self.KIND and row.kind != "went_well":
            font = QFont()
            font.setBold(True)
            return font
        return None
