"""Table models of the People and services workspace, and a proxy searching with each row's own `matches`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from bcm.people_views import PersonRow, ServiceRow
from ui.app.models.plan_tables import status_style
from ui.app.models.rows import ROW_ROLE, SORT_ROLE, Index, PlainRowsModel


class PeopleTableModel(PlainRowsModel[PersonRow]):
    NAME, JOB_TITLE, TEAM, MOBILE, OUT_OF_HOURS, ON_CALL = range(6)
    HEADERS = ("Name", "Job title", "Team", "Mobile", "Out of hours", "On-call role")

    def display(self, row: PersonRow, column: int) -> str:
        return (row.name, row.job_title, row.team, row.mobile, row.out_of_hours, row.on_call_role)[column]

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        if column in (self.NAME, self.JOB_TITLE):
            return "\n".join(x for x in (row.name, row.job_title, row.team, row.email) if x)
        return None


class ServiceTableModel(PlainRowsModel[ServiceRow]):
    NAME, SHORT_NAME, DIVISION, LOCALITY, MANAGER, PLAN = range(6)
    HEADERS = ("Service", "Short name", "Division", "Locality", "Manager", "Plan")

    def display(self, row: ServiceRow, column: int) -> str:
        return (row.name, row.short_name, row.division, row.locality, row.manager, row.plan_status)[column]

    def style(self, row: ServiceRow, column: int, role: int) -> Any:
        return status_style(row.plan_status, role) if column == self.PLAN else None


class MatchProxy(QSortFilterProxyModel):
    """Sorts on raw values; shows the rows whose `matches(text)` says yes to every word searched."""

    def __init__(self) -> None:
        super().__init__()
        self.search = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search = text.strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and (not self.search or bool(row.matches(self.search)))

    def visible_rows(self) -> list[Any]:
        return [self.index(r, 0).data(ROW_ROLE) for r in range(self.rowCount())]
