"""The People and services workspace: people (phones, on-call roles) and services (division, locality, manager);
add, edit and search; where a person is named; removing a person, with the offer to hand their work over first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import ConflictError, DomainError, ValidationError
from bcm.people_views import USE_KINDS, PersonRow, ServiceRow, WhereUsed
from bcm.services import people_admin as pa
from db.models.people import LOCALITIES
from ui.app.background import Latest
from ui.app.models.people_tables import MatchProxy, PeopleTableModel, ServiceTableModel
from ui.app.plans.common import InlineProblems, hint, row_table, selected_row, text_box
from ui.app.read_when_shown import ReadWhenShown
from ui.app.signals import DATABASE, PEOPLE, PLANS, RISKS, AppSignals
from ui.app.widgets.people_combo import people_combo, set_people

RELOAD_ON = (PEOPLE, PLANS, RISKS, DATABASE, "lessons", "incidents")
OPEN_TEXT = "#b71c1c"
HISTORY_TEXT = "#616161"


@dataclass(frozen=True)
class _Loaded:
    people: list[PersonRow]
    services: list[ServiceRow]
    divisions: list[str]


def ask_reassign_dialog(parent: QWidget, used: WhereUsed, candidates: list[str]) -> str | None:
    name, ok = QInputDialog.getItem(
        parent, f"Remove {used.person}",
        f"{used.person} still holds {used.summary()}.\n\nHand all of it to someone else and remove "
        f"{used.person} in one step? Closed and past records keep {used.person}'s name.\n\nHand over to:",
        candidates, 0, False)
    return name if ok and name else None


def confirm_dialog(parent: QWidget, question: str) -> bool:
    return QMessageBox.question(parent, "People and services", question) == QMessageBox.StandardButton.Yes


def _search_box(placeholder: str, name: str) -> QLineEdit:
    search = QLineEdit()
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    search.setAccessibleName(name)
    return search


def _page(content: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(content)
    return page


def _select(table: Any, proxy: MatchProxy, record_id: uuid.UUID) -> bool:
    for r, row in enumerate(proxy.visible_rows()):
        if row.id == record_id:
            table.selectRow(r)
            return True
    return False


class PeopleWorkspace(ReadWhenShown):
    loaded = Signal()

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        # Injectable so tests can answer the prompts without a modal dialog.
        self.ask_reassign: Callable[[WhereUsed, list[str]], str | None] = \
            lambda used, names: ask_reassign_dialog(self, used, names)
        self.confirm: Callable[[str], bool] = lambda question: confirm_dialog(self, question)
        self.setAccessibleName("People and services")
        self._person: PersonRow | None = None
        self._service: ServiceRow | None = None
        self._added: uuid.UUID | None = None  # a record just created: selected once the lists reload
        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_page(), "People")
        self.tabs.addTab(self._services_page(), "Services")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        signals.changed.connect(lambda kind: self.reload_when_shown() if kind in RELOAD_ON else None)
        self._loader = Latest(self._apply, self._failed, parent=self)
        self.new_person()
        self.new_service()
        self.reload()

    # --- people ------------------------------------------------------------------------------------------------

    def _people_page(self) -> QWidget:
        self.people_model = PeopleTableModel()
        self.people_proxy = MatchProxy()
        self.people_proxy.setSourceModel(self.people_model)
        self.people_search = _search_box("Search name, job title, team, role, phone…", "Search people")
        self.people_search.textChanged.connect(self._search_people)
        self.people_table = row_table(self.people_proxy, "People", {
            PeopleTableModel.NAME: 130, PeopleTableModel.JOB_TITLE: 175, PeopleTableModel.TEAM: 125,
            PeopleTableModel.MOBILE: 98, PeopleTableModel.OUT_OF_HOURS: 98}, wrap_lines=2)
        self.people_table.setSortingEnabled(True)
        self.people_table.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.people_table.selectionModel().selectionChanged.connect(lambda *_: self._person_selected())
        self.people_count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.people_search)
        left_layout.addWidget(self.people_table, 1)
        left_layout.addWidget(self.people_count)

        self.name = QLineEdit()
        self.job_title = QLineEdit()
        self.team = QLineEdit()
        self.work_phone = QLineEdit()
        self.mobile = QLineEdit()
        self.out_of_hours = QLineEdit()
        self.email = QLineEdit()
        self.on_call_role = QComboBox()
        self.on_call_role.setEditable(True)
        form = QFormLayout()
        for text, widget in (("&Name", self.name), ("&Job title", self.job_title), ("&Team", self.team),
                             ("&Work phone", self.work_phone), ("&Mobile", self.mobile),
                             ("&Out of hours", self.out_of_hours), ("&Email", self.email),
                             ("On-&call role", self.on_call_role)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        self.person_problems = InlineProblems({
            "name": self.name, "job title": self.job_title, "team": self.team, "work phone": self.work_phone,
            "mobile": self.mobile, "out-of-hours": self.out_of_hours, "email": self.email,
            "on-call role": self.on_call_role})
        self.new_person_button = QPushButton("&New person")
        self.save_person_button = QPushButton("&Save person")
        self.remove_person_button = QPushButton("&Remove person…")
        self.new_person_button.clicked.connect(self.new_person)
        self.save_person_button.clicked.connect(self.save_person)
        self.remove_person_button.clicked.connect(self.remove_person)
        buttons = QHBoxLayout()
        for button in (self.new_person_button, self.save_person_button, self.remove_person_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.person_box = QGroupBox("New person")
        box_layout = QVBoxLayout(self.person_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.person_problems.label)
        box_layout.addLayout(buttons)

        self.used_summary = QLabel()
        self.used_summary.setWordWrap(True)
        self.used_summary.setAccessibleName("Where used summary")
        self.used_summary.setMinimumHeight(self.used_summary.fontMetrics().lineSpacing() * 3 + 6)
        self.used_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.used_tree = QTreeWidget()
        self.used_tree.setAccessibleName("Where used")
        self.used_tree.setHeaderLabels(["Where", "As"])
        self.used_tree.setColumnWidth(0, 230)
        self.used_tree.setWordWrap(True)
        used_box = QGroupBox("Where this person is named")
        used_layout = QVBoxLayout(used_box)
        used_layout.addWidget(self.used_summary)
        used_layout.addWidget(self.used_tree, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.person_box)
        right_layout.addWidget(used_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([690, 470])
        return _page(splitter)

    def _search_people(self, text: str) -> None:
        self.people_proxy.set_search(text)
        self.people_count.setText(f"{self.people_proxy.rowCount():,} of {self.people_model.rowCount():,} people")

    def selected_person(self) -> PersonRow | None:
        r = selected_row(self.people_table)
        return self.people_proxy.visible_rows()[r] if r is not None else None

    def select_person(self, name: str) -> bool:
        for r, row in enumerate(self.people_proxy.visible_rows()):
            if row.name == name:
                self.people_table.selectRow(r)
                self.people_table.scrollTo(self.people_proxy.index(r, 0))
                return True
        return False

    def _person_selected(self) -> None:
        row = self.selected_person()
        if row is None:
            return
        self._person = row
        self.person_box.setTitle(row.name)
        for widget, value in ((self.name, row.name), (self.job_title, row.job_title), (self.team, row.team),
                              (self.work_phone, row.work_phone), (self.mobile, row.mobile),
                              (self.out_of_hours, row.out_of_hours), (self.email, row.email)):
            widget.setText(value)
        self.on_call_role.setCurrentText(row.on_call_role)
        self.remove_person_button.setEnabled(True)
        self.person_problems.clear()
        self.show_where_used(row.id)

    def new_person(self) -> None:
        self.people_table.clearSelection()
        self._person = None
        self.person_box.setTitle("New person")
        for widget in (self.name, self.job_title, self.team, self.work_phone, self.mobile, self.out_of_hours,
                       self.email):
            widget.clear()
        self.on_call_role.setCurrentText("")
        self.remove_person_button.setEnabled(False)
        self.person_problems.clear()
        self.used_tree.clear()
        self.used_summary.setText("Select a person to see where they are named.")

    def show_where_used(self, person_id: uuid.UUID) -> WhereUsed | None:
        try:
            used = pa.where_used(self.ctx, person_id)
        except DomainError as exc:
            self.used_summary.setText(str(exc))
            return None
        self.used_tree.clear()
        bold = QFont()
        bold.setBold(True)
        for kind in USE_KINDS:
            uses = [u for u in used.uses if u.kind == kind]
            if not uses:
                continue
            live = sum(u.open for u in uses)
            late = sum(u.overdue for u in uses)
            group = QTreeWidgetItem([f"{kind} ({len(uses)})", (f"{live} open" if live else "history only")
                                     + (f", {late} overdue" if late else "")])
            group.setFont(0, bold)
            if late:
                group.setForeground(1, QColor(OPEN_TEXT))
            for use in uses:
                detail = ("OVERDUE · " if use.overdue else "") + use.detail + ("" if use.open else " (history)")
                child = QTreeWidgetItem([use.what, detail])
                child.setToolTip(0, use.what)
                child.setToolTip(1, detail)
                if not use.open:
                    for column in (0, 1):
                        child.setForeground(column, Qt.GlobalColor.darkGray)
                elif use.overdue:
                    child.setForeground(1, QColor(OPEN_TEXT))
                    child.setFont(1, bold)
                group.addChild(child)
            self.used_tree.addTopLevelItem(group)
            group.setExpanded(True)
        if used.open_uses:
            self.used_summary.setText(f"<span style='color:{OPEN_TEXT}'><b>Holds {used.summary()}.</b></span> "
                                      "Removing them hands these to someone else first.")
        elif used.uses:
            self.used_summary.setText("Named only on closed or past records: can be removed; those records keep "
                                      "the name.")
        else:
            self.used_summary.setText("Not named anywhere yet.")
        return used

    def _person_input(self) -> pa.PersonInput:
        return pa.PersonInput(self.name.text(), self.job_title.text(), self.team.text(), self.work_phone.text(),
                              self.mobile.text(), self.out_of_hours.text(), self.email.text(),
                              self.on_call_role.currentText())

    def _run(self, problems: InlineProblems, action: Callable[[], Any], *kinds: str) -> bool:
        problems.clear()
        try:
            action()
        except ValidationError as exc:
            problems.show_error(exc)
            return False
        except ConflictError as exc:
            problems.show(str(exc))
            self.reload()
            return False
        except DomainError as exc:
            problems.show(str(exc))
            return False
        for kind in kinds or (PEOPLE,):
            self.signals.changed.emit(kind)
        return True

    def save_person(self) -> bool:
        data, person = self._person_input(), self._person
        if person is None:
            return self._run(self.person_problems, lambda: self._remember(pa.create_person(self.ctx, data)))
        return self._run(self.person_problems, lambda: pa.update_person(self.ctx, person.id, person.version, data))

    def remove_person(self) -> bool:
        """Remove the selected person; if they still hold open items, offer to hand them over in the same step."""
        person = self._person
        if person is None:
            return False
        try:
            used = pa.where_used(self.ctx, person.id)
        except DomainError as exc:
            self.person_problems.show(str(exc))
            return False
        if used.open_uses:
            candidates = [r.name for r in self.people_model.rows() if r.id != person.id]
            to = self.ask_reassign(used, candidates)
            target = next((r for r in self.people_model.rows() if r.name == to), None)
            if target is None:
                self.person_problems.show(f"{person.name} still holds {used.summary()}: hand them to someone else "
                                          "to remove this person.")
                return False
            done = self._run(self.person_problems, lambda: pa.reassign_and_remove(self.ctx, person.id, target.id),
                             PEOPLE, PLANS, RISKS, "lessons")
        else:
            if not self.confirm(f"Remove {person.name}? They are not named on anything open; past records keep "
                                "their name."):
                return False
            done = self._run(self.person_problems, lambda: pa.remove_person(self.ctx, person.id, person.version))
        if done:
            self.new_person()
        return done

    # --- services ----------------------------------------------------------------------------------------------

    def _services_page(self) -> QWidget:
        self.services_model = ServiceTableModel()
        self.services_proxy = MatchProxy()
        self.services_proxy.setSourceModel(self.services_model)
        self.services_search = _search_box("Search service, division, locality, manager…", "Search services")
        self.services_search.textChanged.connect(self.services_proxy.set_search)
        self.services_table = row_table(self.services_proxy, "Services", {
            ServiceTableModel.NAME: 200, ServiceTableModel.SHORT_NAME: 85, ServiceTableModel.DIVISION: 170,
            ServiceTableModel.LOCALITY: 110, ServiceTableModel.MANAGER: 120}, wrap_lines=2)
        self.services_table.setSortingEnabled(True)
        self.services_table.sortByColumn(ServiceTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.services_table.selectionModel().selectionChanged.connect(lambda *_: self._service_selected())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.services_search)
        left_layout.addWidget(self.services_table, 1)

        self.service_name = QLineEdit()
        self.short_name = QLineEdit()
        self.division = QComboBox()
        self.division.setEditable(True)
        self.locality = QComboBox()
        self.locality.addItems(list(LOCALITIES))
        self.manager = people_combo("Manager", [], find_anywhere=True)
        self.description = text_box("Description", 90)
        form = QFormLayout()
        for text, widget in (("&Name", self.service_name), ("S&hort name", self.short_name),
                             ("&Division", self.division), ("&Locality", self.locality), ("&Manager", self.manager),
                             ("Descri&ption", self.description)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        self.service_problems = InlineProblems({"name": self.service_name, "short name": self.short_name,
                                                "locality": self.locality, "manager": self.manager})
        self.new_service_button = QPushButton("&New service")
        self.save_service_button = QPushButton("&Save service")
        self.new_service_button.clicked.connect(self.new_service)
        self.save_service_button.clicked.connect(self.save_service)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_service_button)
        buttons.addWidget(self.save_service_button)
        buttons.addStretch()
        self.service_box = QGroupBox("New service")
        box_layout = QVBoxLayout(self.service_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.service_problems.label)
        box_layout.addLayout(buttons)
        box_layout.addWidget(hint("A service's business continuity plan is kept under Business continuity."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.service_box)
        right_layout.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 360])
        return _page(splitter)

    def selected_service(self) -> ServiceRow | None:
        r = selected_row(self.services_table)
        return self.services_proxy.visible_rows()[r] if r is not None else None

    def _service_selected(self) -> None:
        row = self.selected_service()
        if row is None:
            return
        self._service = row
        self.service_box.setTitle(row.name)
        self.service_name.setText(row.name)
        self.short_name.setText(row.short_name)
        self.division.setCurrentText(row.division)
        self.locality.setCurrentText(row.locality)
        self.manager.setCurrentText(row.manager)
        self.description.setPlainText(row.description)
        self.service_problems.clear()

    def new_service(self) -> None:
        self.services_table.clearSelection()
        self._service = None
        self.service_box.setTitle("New service")
        for widget in (self.service_name, self.short_name):
            widget.clear()
        self.division.setCurrentText("")
        self.locality.setCurrentText("countywide")
        self.manager.setCurrentText("")
        self.description.clear()
        self.service_problems.clear()

    def save_service(self) -> bool:
        service = self._service
        data = pa.ServiceInput(self.service_name.text(), self.short_name.text(), self.division.currentText(),
                               self.locality.currentText(), self.manager.currentText() or None,
                               self.description.toPlainText())
        if service is None:
            return self._run(self.service_problems, lambda: self._remember(pa.create_service(self.ctx, data)),
                             PEOPLE, PLANS)
        return self._run(self.service_problems,
                         lambda: pa.update_service(self.ctx, service.id, service.version, data), PEOPLE, PLANS)

    def _remember(self, added: uuid.UUID) -> None:
        self._added = added

    # --- loading -----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self.ctx
        self._loader.start(lambda: _Loaded(pa.list_people(ctx), pa.list_services(ctx), pa.list_divisions(ctx)))

    def _apply(self, data: _Loaded) -> None:
        person, service = self._person, self._service
        self.people_model.set_rows(data.people)
        self.services_model.set_rows(data.services)
        self._search_people(self.people_search.text())
        names = [p.name for p in data.people]
        set_people(self.manager, names)
        roles = sorted({p.on_call_role for p in data.people if p.on_call_role})
        for combo, values in ((self.on_call_role, roles), (self.division, data.divisions)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(["", *values])
            combo.setCurrentText(current)
            combo.blockSignals(False)
        added, self._added = self._added, None
        if added is not None:
            if not _select(self.people_table, self.people_proxy, added):
                _select(self.services_table, self.services_proxy, added)
        elif person is not None and not _select(self.people_table, self.people_proxy, person.id):
            self.new_person()
        if added is None and service is not None and not _select(self.services_table, self.services_proxy,
                                                                 service.id):
            self.new_service()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        QMessageBox.critical(self, "Cannot load people and services", str(error))
