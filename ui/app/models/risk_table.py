"""The risk table model: one row per RiskRow, raw values for sorting, the row itself for the views."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtGui import QColor, QFont

from bcm.risk_rows import RiskRow
from bcm.rules import TREND_ARROWS
from bcm.scoring import Matrix
from ui.app.colours import text_on
from ui.app.models.rows import BACKGROUND, FONT, FOREGROUND, ROW_ROLE, SORT_ROLE, PlainRowsModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "RiskTableModel"]

TREND_WORDS = {"up": "rising", "down": "falling", "same": "unchanged", "new": "no previous score"}
OVERDUE = QColor("#b71c1c")


class RiskTableModel(PlainRowsModel[RiskRow]):
    REF, TITLE, OWNER, SCORE, TREND, TARGET, NEXT_REVIEW, ACTIONS, OVERDUE_ACTIONS, REGISTER = range(10)
    HEADERS = ("Ref", "Title", "Owner", "Current", "Trend", "Target", "Next review", "Actions", "Overdue",
               "Register")
    COLUMNS = len(HEADERS)
    CENTRED = (SCORE, TREND, TARGET, ACTIONS, OVERDUE_ACTIONS)

    def __init__(self, matrix: Matrix | None = None) -> None:
        super().__init__()
        self._matrix = matrix

    def set_rows(self, rows: list[RiskRow], matrix: Matrix | None = None) -> None:  # the matrix labels the tooltips
        self._matrix = matrix or self._matrix
        super().set_rows(rows)

    def style(self, row: RiskRow, column: int, role: int) -> Any:
        if column == self.SCORE and role == BACKGROUND:
            return QColor(row.band_colour)
        if column == self.SCORE and role == FOREGROUND:
            return text_on(row.band_colour)
        if role == FOREGROUND and (
            (column == self.NEXT_REVIEW and row.review_state == "overdue")
            or (column == self.OVERDUE_ACTIONS and row.overdue_actions)
        ):
            return OVERDUE
        if role == FONT and column == self.NEXT_REVIEW and row.review_state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def display(self, row: RiskRow, column: int) -> str:
        if column == self.REF:
            return row.ref + (" (closed)" if row.status == "closed" else "")
        if column == self.TITLE:
            return row.title
        if column == self.OWNER:
            return row.owner
        if column == self.SCORE:
            return f"{row.score} {row.band}"
        if column == self.TREND:
            return TREND_ARROWS[row.trend]
        if column == self.TARGET:
            return "" if row.target_score is None else str(row.target_score)
        if column == self.NEXT_REVIEW:
            if row.next_review is None:
                return ""
            return f"{row.next_review:%d/%m/%Y}" + (" overdue" if row.review_state == "overdue" else "")
        if column == self.ACTIONS:
            return str(row.open_actions)
        if column == self.OVERDUE_ACTIONS:
            return str(row.overdue_actions) if row.overdue_actions else ""
        return row.register

    @classmethod
    def sort_key(cls, column: int) -> Callable[[RiskRow], Any]:
        """The raw value a column sorts on, as a function of the row (the filter proxy sorts 100,000 rows with it)."""
        return _SORT_KEYS[column]

    def sort_value(self, row: RiskRow, column: int) -> Any:
        return _SORT_KEYS[column](row)

    def tooltip(self, row: RiskRow, column: int) -> str | None:
        matrix = self._matrix
        if column == self.SCORE and matrix is not None:
            return (f"{matrix.label('likelihood', row.likelihood)} ({row.likelihood}) x "
                    f"{matrix.label('impact', row.impact)} ({row.impact}) = {row.score}, {row.band}")
        if column == self.TARGET and matrix is not None and row.target_likelihood and row.target_impact:
            return (f"Target: {matrix.label('likelihood', row.target_likelihood)} x "
                    f"{matrix.label('impact', row.target_impact)} = {row.target_score}")
        if column == self.TREND:
            previous = f" (previous {row.previous_score})" if row.previous_score is not None else ""
            return f"Score {TREND_WORDS[row.trend]}{previous}"
        if column == self.TITLE:
            return row.title
        if column == self.NEXT_REVIEW and row.review_state == "overdue":
            return "The review date has passed"
        if column == self.ACTIONS:
            return f"{row.open_actions} open actions"
        if column == self.OVERDUE_ACTIONS and row.overdue_actions:
            return f"{row.overdue_actions} actions past their due date"
        return None


# attrgetter where the key is a field as it is: read in C, a third of the time a lambda takes over 100,000 rows.
_SORT_KEYS: dict[int, Callable[[RiskRow], Any]] = {
    RiskTableModel.REF: attrgetter("ref"),
    RiskTableModel.TITLE: lambda row: row.title.lower(),
    RiskTableModel.OWNER: lambda row: row.owner.lower(),
    RiskTableModel.SCORE: attrgetter("score"),
    RiskTableModel.TREND: lambda row: (row.score - row.previous_score) if row.previous_score is not None else 0,
    RiskTableModel.TARGET: lambda row: row.target_score if row.target_score is not None else -1,
    RiskTableModel.NEXT_REVIEW: lambda row: (row.next_review or date.max).toordinal(),
    RiskTableModel.ACTIONS: attrgetter("open_actions"),
    RiskTableModel.OVERDUE_ACTIONS: attrgetter("overdue_actions"),
    RiskTableModel.REGISTER: lambda row: row.register.lower(),
}
