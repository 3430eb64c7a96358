"""Table models of the People and services workspace, and a proxy searching with each row's own `matches`."""

from __future__ import annotations

from typing import Any

from bcm.people_views import PersonRow, ServiceRow
from ui.app.models.keyed_proxy import KeyedRowsProxy
from ui.app.models.plan_tables import status_style
from ui.app.models.rows import PlainRowsModel


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


class MatchProxy(KeyedRowsProxy):
    """Sorts on raw values (key lists); shows the rows whose `matches(text)` says yes to every word searched."""

    def __init__(self) -> None:
        super().__init__()
        self.search = ""

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.refilter()

    def accepts(self, row: Any) -> bool:
        return row is not None and (not self.search or bool(row.matches(self.search)))
