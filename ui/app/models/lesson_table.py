"""Lessons and their recommendations: the table, and the filters (status, theme, owner, overdue, search)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from bcm.lesson_rules import OPEN_STATUSES, STATUSES, status_label
from bcm.lesson_views import LessonRow
from ui.app.models.rows import ROW_ROLE, SORT_ROLE, PlainRowsModel

OVERDUE = QColor("#b71c1c")
NONE_YET = QColor("#555555")
OPEN = "open"  # the status filter's "identified or in progress"


def due_text(row: LessonRow) -> str:
    """A recommendation's due date as the tables show it, marked when it has passed."""
    if row.due is None:
        return ""
    return f"{row.due:%d/%m/%Y}" + (" OVERDUE" if row.overdue else "")


def status_text(row: LessonRow) -> str:
    """A recommendation's status as the tables' tooltips give it, with its evidence and who verified it."""
    parts = [status_label(row.status)]
    if row.evidence:
        parts.append(f"Evidence: {row.evidence}")
    if row.verified_by:
        parts.append(f"Verified by: {row.verified_by}")
    return "\n".join(parts)


class LessonTableModel(PlainRowsModel[LessonRow]):
    EVENT, LESSON, RECOMMENDATION, OWNER, DUE, STATUS, THEMES, CHANGES = range(8)
    HEADERS = ("Event", "Lesson identified", "Recommendation", "Owner", "Due", "Status", "Themes", "Changes")

    def display(self, row: LessonRow, column: int) -> str:
        if column == self.EVENT:
            return f"{row.event} ({row.event_date:%m/%Y})"
        if column == self.LESSON:
            text = row.lesson.removeprefix("Lesson identified: ")
            return text[:1].upper() + text[1:]
        if column == self.RECOMMENDATION:
            return row.recommendation or "(no recommendation yet)"
        if column == self.OWNER:
            return row.owner
        if column == self.DUE:
            return due_text(row)
        if column == self.STATUS:
            return status_label(row.status) if row.recommendation_id else ""
        if column == self.THEMES:
            return ", ".join(row.themes)
        return ", ".join(part for part in (f"plan: {row.plan}" if row.plan else "",
                                           f"risk: {row.risk}" if row.risk else "") if part)

    def sort_value(self, row: LessonRow, column: int) -> Any:
        if column == self.EVENT:
            return f"{row.event_date.toordinal():07d} {row.event.casefold()}"
        if column == self.DUE:
            return (row.due or date.max).toordinal()
        if column == self.STATUS:
            return STATUSES.index(row.status) if row.status in STATUSES else -1
        return self.display(row, column).casefold()

    def tooltip(self, row: LessonRow, column: int) -> str | None:
        if column == self.LESSON:
            return row.lesson
        if column == self.RECOMMENDATION and row.recommendation:
            return row.recommendation
        if column == self.STATUS and row.recommendation_id:
            return status_text(row)
        if column == self.DUE and row.overdue:
            return "The due date has passed and the recommendation is not yet implemented"
        return None

    def style(self, row: LessonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DUE and row.overdue:
                return OVERDUE
            if column == self.RECOMMENDATION and not row.recommendation_id:
                return NONE_YET
        if role == Qt.ItemDataRole.FontRole and ((column == self.DUE and row.overdue)
                                                 or (column == self.RECOMMENDATION and not row.recommendation_id)):
            font = QFont()
            font.setBold(row.overdue)
            font.setItalic(not row.recommendation_id)
            return font
        return None


@dataclass(frozen=True)
class LessonFilter:
    status: str | None = None  # a status, OPEN for identified or in progress, None for all
    theme: str | None = None
    owner: str | None = None
    overdue: bool = False
    search: str = ""

    def accepts(self, row: LessonRow) -> bool:
        if self.status == OPEN and (row.status not in OPEN_STATUSES or row.recommendation_id is None):
            return False
        if self.status not in (None, OPEN) and (row.status != self.status or row.recommendation_id is None):
            return False
        if self.theme and self.theme not in row.themes:
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.overdue and not row.overdue:
            return False
        if self.search:
            haystack = f"{row.event}\n{row.lesson}\n{row.recommendation}\n{row.plan}\n{row.risk}".casefold()
            if not all(word in haystack for word in self.search.casefold().split()):
                return False
        return True


class LessonFilterProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._filter = LessonFilter()

    @property
    def current(self) -> LessonFilter:
        return self._filter

    def set_filter(self, **changes: object) -> None:
        self.beginFilterChange()
        self._filter = replace(self._filter, **changes)  # type: ignore[arg-type]
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return row is not None and self._filter.accepts(row)

    def visible_rows(self) -> list[LessonRow]:
        return [self.data(self.index(r, 0), ROW_ROLE) for r in range(self.rowCount())]
