"""The recommendations that name one risk or plan: shown read-only on that risk or plan (its "Lessons" tab)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from bcm.lesson_rules import OPEN_STATUSES, STATUSES, status_label
from bcm.lesson_views import LessonRow
from ui.app.models.lesson_table import OVERDUE, due_text, status_text
from ui.app.models.rows import PlainRowsModel

DONE = QColor("#546e7a")  # implemented or embedded: no longer anyone's action


class RecommendationTableModel(PlainRowsModel[LessonRow]):
    RECOMMENDATION, OWNER, DUE, STATUS, FROM = range(5)
    HEADERS = ("Recommendation", "Owner", "Due", "Status", "From")

    def display(self, row: LessonRow, column: int) -> str:
        if column == self.RECOMMENDATION:
            return row.recommendation
        if column == self.OWNER:
            return row.owner
        if column == self.DUE:
            return due_text(row)
        if column == self.STATUS:
            return status_label(row.status)
        return f"{row.event} ({row.event_date:%m/%Y})"

    def sort_value(self, row: LessonRow, column: int) -> Any:
        if column == self.DUE:
            return (row.due or date.max).toordinal()
        if column == self.STATUS:
            return STATUSES.index(row.status) if row.status in STATUSES else -1
        if column == self.FROM:
            return f"{row.event_date.toordinal():07d} {row.event.casefold()}"
        return self.display(row, column).casefold()

    def tooltip(self, row: LessonRow, column: int) -> str | None:
        if column == self.RECOMMENDATION:
            return f"{row.recommendation}\n\nLesson identified: {row.lesson.removeprefix('Lesson identified: ')}"
        if column == self.DUE and row.overdue:
            return "The due date has passed and the recommendation is not yet implemented"
        if column == self.STATUS:
            return status_text(row)
        if column == self.FROM:
            return f"Identified from the {row.event_kind} {row.event}, {row.event_date:%d/%m/%Y}"
        return None

    def style(self, row: LessonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column in (self.DUE, self.STATUS):
                return OVERDUE
            if row.status not in OPEN_STATUSES:
                return DONE
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == self.DUE:
            font = QFont()
            font.setBold(True)
            return font
        return None
