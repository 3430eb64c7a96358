"""Sorting on raw values and filtering the risk table: register, owner, band, status, overdue, search, heat cell."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from bcm.heat import cell_of
from bcm.risk_views import RiskRow
from ui.app.models.risk_table import ROW_ROLE, SORT_ROLE


@dataclass(frozen=True)
class RiskFilter:
    register: str | None = None
    owner: str | None = None
    band: str | None = None
    status: str | None = "open"
    overdue_review: bool = False
    overdue_actions: bool = False
    search: str = ""
    cell: tuple[str, int, int] | None = None  # (score kind, likelihood, impact) picked on the heat map

    def accepts(self, row: RiskRow) -> bool:
        if self.register and row.register != self.register:
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.band and row.band != self.band:
            return False
        if self.status and row.status != self.status:
            return False
        if self.overdue_review and row.review_state != "overdue":
            return False
        if self.overdue_actions and not row.overdue_actions:
            return False
        if self.cell is not None and cell_of(row, self.cell[0]) != self.cell[1:]:
            return False
        if self.search:
            needle = self.search.casefold()
            haystack = f"{row.ref}\n{row.title}\n{row.cause}\n{row.consequence}".casefold()
            if not all(word in haystack for word in needle.split()):
                return False
        return True


class RiskFilterProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._filter = RiskFilter()

    @property
    def current(self) -> RiskFilter:
        return self._filter

    def set_filter(self, **changes: object) -> None:
        self.beginFilterChange()
        self._filter = replace(self._filter, **changes)  # type: ignore[arg-type]
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return row is not None and self._filter.accepts(row)

    def rows_ignoring_cell(self) -> list[RiskRow]:
        """What the heat map counts: the rows every other filter lets through."""
        model = self.sourceModel()
        unpicked = replace(self._filter, cell=None)
        rows = (model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount()))
        return [row for row in rows if unpicked.accepts(row)]

    def visible_rows(self) -> list[RiskRow]:
        return [self.data(self.index(r, 0), ROW_ROLE) for r in range(self.rowCount())]
