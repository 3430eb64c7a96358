"""Table models of the Business continuity workspace, each over plain rows from bcm.

The cascade and card-step models can be reordered by drag and drop: a drop asks (moveRequested) for the move to be
saved, and the view shows the new order when the plan is read back, so the screen never shows an unsaved order."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from bcm.disruptions import LABELS
from bcm.plan_edit_rules import format_hours
from bcm.plan_edit_views import ActivityRow, CascadeRow, DependencyRow, StepRow, VersionRow
from bcm.plan_views import AffectedActivity, PlanRow
from ui.app.models.keyed_proxy import KeyedRowsProxy
from ui.app.models.rows import ROW_ROLE, SORT_ROLE, Index, PlainRowsModel

__all__ = ["ROW_ROLE", "SORT_ROLE"]

GAP_BACKGROUND = QColor("#ffebee")
GAP_TEXT = QColor("#b71c1c")
STATUS_COLOURS: dict[str, tuple[str, str]] = {  # background, text: dark text on light tints, always readable
    "approved": ("#e8f5e9", "#1b5e20"),
    "draft": ("#fff3e0", "#8a4b00"),
    "review overdue": ("#ffebee", "#b71c1c"),
    "no plan": ("#eeeeee", "#424242"),
}
ROW_MIME = "application/x-bcm-row"


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def day(value: date | None) -> str:
    # Not strftime: this runs for thousands of rows when a column of them is sorted, five times quicker.
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else ""


def status_style(status: str, role: int) -> Any:
    colours = STATUS_COLOURS.get(status)
    if colours is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QColor(colours[0])
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor(colours[1])
    if role == Qt.ItemDataRole.FontRole and status == "review overdue":
        return bold()
    return None


class PlanListModel(PlainRowsModel[PlanRow]):
    SERVICE, DIVISION, LOCALITY, STATUS, VERSION, OWNER, NEXT_REVIEW, LAST_EXERCISED = range(8)
    HEADERS = ("Service", "Division", "Locality", "Plan status", "Version", "Owner", "Next review", "Last exercised")
    CENTRED = (VERSION,)

    def display(self, row: PlanRow, column: int) -> str:
        values = (row.service, row.division, row.locality, row.status, row.version, row.owner,
                  day(row.next_review), day(row.last_exercised) or ("never" if row.plan_id else ""))
        return values[column]

    def sort_value(self, row: PlanRow, column: int) -> Any:
        if column == self.NEXT_REVIEW:
            return (row.next_review or date.max).toordinal()
        if column == self.LAST_EXERCISED:
            return (row.last_exercised or date.min).toordinal()
        if column == self.STATUS:
            return ("review overdue", "no plan", "draft", "approved").index(row.status) \
                if row.status in STATUS_COLOURS else 9
        return self.display(row, column).casefold()

    def tooltip(self, row: PlanRow, column: int) -> str | None:
        if column == self.SERVICE:
            return f"{row.service} ({row.short_name}), managed by {row.manager or 'nobody yet'}"
        if column == self.STATUS and row.status == "review overdue":
            return f"The review was due on {day(row.next_review)}"
        return None

    def style(self, row: PlanRow, column: int, role: int) -> Any:
        if column == self.STATUS:
            return status_style(row.status, role)
        return None


class PlanFilterProxy(KeyedRowsProxy):
    """Division, locality and a search over service, owner and manager; sorts on raw values (key lists)."""

    def __init__(self) -> None:
        super().__init__()
        self.division: str | None = None
        self.locality: str | None = None
        self.search = ""

    def set_filter(self, *, division: str | None = None, locality: str | None = None, search: str = "") -> None:
        self.division, self.locality, self.search = division, locality, search.strip().lower()
        self.refilter()

    def accepts(self, row: PlanRow | None) -> bool:
        if row is None:
            return False
        if self.division and row.division != self.division:
            return False
        if self.locality and row.locality != self.locality:
            return False
        text = f"{row.service} {row.short_name} {row.owner} {row.manager}".lower()
        return all(word in text for word in self.search.split())

    def visible_rows(self) -> list[PlanRow]:
        return super().visible_rows()


class ActivityTableModel(PlainRowsModel[ActivityRow]):
    PRIORITY, NAME, RTO, MTPD, STAFF, LEVEL, WORKAROUNDS = range(7)
    HEADERS = ("P", "Critical activity", "RTO", "MTPD", "Min staff", "Minimum service level", "Workarounds")
    CENTRED = (PRIORITY, RTO, MTPD, STAFF)

    def display(self, row: ActivityRow, column: int) -> str:
        values = (str(row.priority), row.name, format_hours(row.rto_hours), format_hours(row.mtpd_hours),
                  str(row.minimum_staff), row.minimum_service_level, row.workarounds)
        return values[column].replace("\n", " ")

    def sort_value(self, row: ActivityRow, column: int) -> Any:
        numbers = {self.PRIORITY: row.priority, self.RTO: row.rto_hours, self.MTPD: row.mtpd_hours,
                   self.STAFF: row.minimum_staff}
        return numbers.get(column, self.display(row, column).casefold())

    def tooltip(self, row: ActivityRow, column: int) -> str | None:
        if column == self.RTO:
            return f"Recovery time objective: back within {format_hours(row.rto_hours)}"
        if column == self.MTPD:
            return f"Maximum tolerable period of disruption: {format_hours(row.mtpd_hours)}"
        text = self.display(row, column)
        return text if len(text) > 40 else None


class DependencyTableModel(PlainRowsModel[DependencyRow]):
    GAP, KIND, NAME, RECOVERY, NEEDED_BY, NOTES = range(6)
    HEADERS = ("Gap", "Type", "Dependency", "Recovers in", "Needed by", "Notes")
    CENTRED = (GAP, RECOVERY)

    def display(self, row: DependencyRow, column: int) -> str:
        values = ("GAP" if row.is_gap else "", row.kind_label, row.name,
                  format_hours(row.recovery_hours) or "not known", "\n".join(row.activities) or "nothing yet",
                  row.notes)
        return values[column]

    def sort_value(self, row: DependencyRow, column: int) -> Any:
        if column == self.GAP:
            return 0 if row.is_gap else 1
        if column == self.RECOVERY:
            return row.recovery_hours if row.recovery_hours is not None else float("inf")
        return self.display(row, column).casefold()

    def tooltip(self, row: DependencyRow, column: int) -> str | None:
        if row.is_gap:
            return "\n".join(f"Gap: {g.dependency} recovers in {format_hours(g.recovery_hours)} but “{g.activity}” "
                             f"must be back within {format_hours(g.rto_hours)} ({format_hours(g.short_by_hours)} "
                             "short) unless a workaround covers it" for g in row.gaps)
        if column in (self.NAME, self.NOTES) and row.notes:
            return f"{row.name}\n{row.notes}"
        return None

    def style(self, row: DependencyRow, column: int, role: int) -> Any:
        if not row.is_gap:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return GAP_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.GAP, self.RECOVERY):
            return GAP_TEXT
        if role == Qt.ItemDataRole.FontRole and column in (self.GAP, self.RECOVERY):
            return bold()
        return None


class ReorderableModel(PlainRowsModel[Any]):
    """Rows that can be dragged to a new place; the move itself is left to whoever saves it."""

    moveRequested = Signal(int, int)  # row dragged, row it should end up at (0-based)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(ROW_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Dropping before row r (or on row r, or below the last row) asks for the dragged row to move there.

        Returns False so the view does not remove the dragged row itself: the saved order is shown on reload."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        if not 0 <= source < len(self._rows):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        target = row if row <= source else row - 1
        target = min(max(target, 0), len(self._rows) - 1)
        if target != source:
            self.moveRequested.emit(source, target)
        return False


class CascadeTableModel(ReorderableModel):
    POSITION, PERSON, ROLE, CALLED_BY, MOBILE, OUT_OF_HOURS, ALTERNATE, ALTERNATE_PHONE = range(8)
    HEADERS = ("#", "Person called", "Role", "Called by", "Mobile", "Out of hours", "Alternate", "Alternate's phone")
    CENTRED = (POSITION,)

    def display(self, row: CascadeRow, column: int) -> str:
        values = (str(row.position), row.person, row.role, row.called_by or "(starts the cascade)", row.mobile,
                  row.out_of_hours, row.alternate, row.alternate_out_of_hours)
        return values[column]

    def sort_value(self, row: CascadeRow, column: int) -> Any:
        return row.position if column == self.POSITION else self.display(row, column).casefold()

    def tooltip(self, row: CascadeRow, column: int) -> str | None:
        if column == self.PERSON:
            return "\n".join(x for x in (row.person, row.job_title, f"Work {row.work_phone}" if row.work_phone
                                         else "") if x)
        return None


class StepTableModel(ReorderableModel):
    POSITION, TEXT, WHO, WHEN = range(4)
    HEADERS = ("#", "Step", "Who", "When")
    CENTRED = (POSITION,)

    def display(self, row: StepRow, column: int) -> str:
        return (str(row.position), row.text, row.who, row.when)[column]

    def sort_value(self, row: StepRow, column: int) -> Any:
        return row.position if column == self.POSITION else self.display(row, column).casefold()

    def tooltip(self, row: StepRow, column: int) -> str | None:
        return row.text if column == self.TEXT and len(row.text) > 60 else None


class VersionTableModel(PlainRowsModel[VersionRow | str]):
    """Versions newest first; a plan in draft shows its draft on top (a str: its number), not yet issued."""

    NUMBER, ISSUED, SUMMARY, OWNER, APPROVED_BY = range(5)
    HEADERS = ("Version", "Date issued", "Summary of change", "Owner", "Approved by")
    CENTRED = (NUMBER,)

    def display(self, row: VersionRow | str, column: int) -> str:
        if isinstance(row, str):
            return (f"{row} draft", "not yet issued", "Changes since the last approved version, awaiting sign-off",
                    "", "")[column]
        return (row.number, day(row.issued_on), row.summary, row.owner, row.approved_by or "not recorded")[column]

    def sort_value(self, row: VersionRow | str, column: int) -> Any:
        if column == self.ISSUED:
            return date.max.toordinal() if isinstance(row, str) else row.issued_on.toordinal()
        return self.display(row, column).casefold()

    def tooltip(self, row: VersionRow | str, column: int) -> str | None:
        if isinstance(row, VersionRow) and column == self.NUMBER:
            return "Frozen at sign-off: View the version to read it as approved" if row.frozen \
                else "Recorded before sign-off was kept in this app: no frozen copy"
        return None

    def style(self, row: VersionRow | str, column: int, role: int) -> Any:
        if isinstance(row, str):
            return status_style("draft", role) if role != Qt.ItemDataRole.FontRole else _italic()
        if column == self.APPROVED_BY and not row.approved_by and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#616161")
        return None


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class AffectedTableModel(PlainRowsModel[AffectedActivity]):
    RTO, MTPD, SERVICE, PRIORITY, ACTIVITY, STAFF, WORKAROUND, VIA, DISRUPTIONS = range(9)
    HEADERS = ("RTO", "MTPD", "Service", "P", "Critical activity", "Min staff", "Workaround", "Hit through",
               "Disruption")
    CENTRED = (RTO, MTPD, PRIORITY, STAFF)

    def display(self, row: AffectedActivity, column: int) -> str:
        values = (format_hours(row.rto_hours), format_hours(row.mtpd_hours), row.service, str(row.priority),
                  row.activity, str(row.minimum_staff), row.workaround or "none recorded",
                  "; ".join(row.via) or "response card", ", ".join(LABELS[d] for d in row.disruptions))
        return values[column].replace("\n", " ")

    def sort_value(self, row: AffectedActivity, column: int) -> Any:
        numbers = {self.RTO: row.rto_hours, self.MTPD: row.mtpd_hours, self.PRIORITY: row.priority,
                   self.STAFF: row.minimum_staff}
        return numbers.get(column, self.display(row, column).casefold())

    def tooltip(self, row: AffectedActivity, column: int) -> str | None:
        if column == self.WORKAROUND and row.workaround:
            return row.workaround
        if column == self.ACTIVITY and row.first_steps:
            return "First steps of the card:\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(row.first_steps, 1))
        return None

    def style(self, row: AffectedActivity, column: int, role: int) -> Any:
        if column == self.WORKAROUND and not row.workaround and role == Qt.ItemDataRole.ForegroundRole:
            return GAP_TEXT
        return None
