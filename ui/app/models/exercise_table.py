"""The exercises table: one row per ExerciseRow."""

from __future__ import annotations

from typing import Any

from bcm.lesson_views import ExerciseRow
from bcm.services.exercises import KIND_LABELS
from ui.app.models.rows import PlainRowsModel


class ExerciseTableModel(PlainRowsModel[ExerciseRow]):
    DATE, NAME, TYPE, FACILITATOR, OBJECTIVES, OBSERVATIONS, OPEN = range(7)
    HEADERS = ("Date", "Exercise", "Type", "Facilitator", "Objectives met", "Observations", "Open recs")
    CENTRED = (OBJECTIVES, OBSERVATIONS, OPEN)

    def display(self, row: ExerciseRow, column: int) -> str:
        if column == self.DATE:
            return f"{row.held_on:%d/%m/%Y}"
        if column == self.NAME:
            return row.name
        if column == self.TYPE:
            return KIND_LABELS.get(row.kind, row.kind) + (", multi-agency" if row.multi_agency else "")
        if column == self.FACILITATOR:
            return row.facilitator
        if column == self.OBJECTIVES:
            return f"{row.objectives_met} of {row.objectives}" if row.objectives else "none"
        if column == self.OBSERVATIONS:
            return str(row.observations)
        return str(row.open_recommendations)

    def sort_value(self, row: ExerciseRow, column: int) -> Any:
        if column == self.DATE:
            return row.held_on.toordinal()
        if column == self.OBJECTIVES:
            return row.objectives_met / row.objectives if row.objectives else -1.0
        if column == self.OBSERVATIONS:
            return row.observations
        if column == self.OPEN:
            return row.open_recommendations
        return self.display(row, column).casefold()

    def tooltip(self, row: ExerciseRow, column: int) -> str | None:
        if column == self.OBJECTIVES:
            return f"{row.objectives_met} of {row.objectives} objectives rated met"
        if column == self.OPEN:
            return f"{row.open_recommendations} recommendations identified or in progress"
        if column == self.NAME:
            return row.name
        return None
