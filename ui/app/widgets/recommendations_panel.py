"""The recommendations from lessons that name one risk or plan, read-only: the "Lessons" tab of the risk editor and
of the plan editor. A recommendation is changed in Exercises and lessons; the panel offers to go there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bcm.lesson_rules import OPEN_STATUSES
from bcm.lesson_views import LessonRow
from ui.app.models.recommendation_table import RecommendationTableModel
from ui.app.models.rows import ROW_ROLE, SORT_ROLE
from ui.app.plans.common import hint, row_table, selected_row

M = RecommendationTableModel


class RecommendationsPanel(QWidget):
    openRecommendation = Signal(object)  # the recommendation's id

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        """`what` names the record in the captions: "risk", "plan"."""
        super().__init__(parent)
        self.what = what
        self.setAccessibleName(f"Recommendations naming this {what}")
        self.model = RecommendationTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName("Recommendations summary")
        self.table = row_table(self.proxy, f"Recommendations naming this {what}", {
            M.OWNER: 140, M.DUE: 150, M.STATUS: 95, M.FROM: 200}, stretch=M.RECOMMENDATION, wrap_lines=3)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)  # as the service gives them: open first, soonest due first
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.empty = hint(f"No recommendation names this {what} yet. When a lesson from an exercise or incident "
                          f"leads to a change here, add the recommendation in Exercises and lessons and choose this "
                          f"{what} as the one it changes.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton("Show in Exercises and &lessons")
        self.open_button.setToolTip("Go to the recommendation in Exercises and lessons, to move it on, re-assign it "
                                    "or change its due date")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint("Read-only here: a recommendation is owned, dated and moved through its lifecycle in "
                              "Exercises and lessons. Overdue means past its due date and not yet implemented."))
        self.set_rows([])

    def set_rows(self, rows: list[LessonRow]) -> None:
        self.model.set_rows(rows)
        live = [r for r in rows if r.status in OPEN_STATUSES]
        late = sum(r.overdue for r in rows)
        if rows:
            noun = "recommendation names" if len(rows) == 1 else "recommendations name"
            overdue = f", <span style='color:#b71c1c'><b>{late} overdue</b></span>" if late else ""
            self.summary.setText(f"<b>{len(rows)}</b> {noun} this {self.what} as the one it changes: "
                                 f"{len(live)} open{overdue}.")
        else:
            self.summary.setText(f"<b>Lessons</b> — recommendations that name this {self.what}.")
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.open_button.setVisible(bool(rows))
        self._selected()

    def rows(self) -> list[LessonRow]:
        """In the order shown."""
        return [self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) for r in range(self.proxy.rowCount())]

    def tab_title(self) -> str:
        rows = self.model.rows()
        live = sum(r.status in OPEN_STATUSES for r in rows)
        return f"Lessons ({live} open)" if live else f"Lessons ({len(rows)})" if rows else "Lessons"

    def selected(self) -> LessonRow | None:
        r = selected_row(self.table)
        row = self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) if r is not None else None
        return row if isinstance(row, LessonRow) else None

    def _selected(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> None:
        self._open(self.selected())

    def _open_index(self, index: QModelIndex) -> None:
        self._open(self.proxy.data(self.proxy.index(index.row(), 0), ROW_ROLE) if index.isValid() else None)

    def _open(self, row: object) -> None:
        if isinstance(row, LessonRow) and row.recommendation_id is not None:
            self.openRecommendation.emit(row.recommendation_id)
