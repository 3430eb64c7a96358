"""The Business continuity workspace: services with their plan status, the plan editor, and “who does this
disruption hit?”."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError
from bcm.plan_views import PlanRow
from bcm.services.plan_detail import get_plan_detail
from bcm.services.plan_editing import create_plan
from bcm.services.plans import list_plans
from db.models.people import LOCALITIES
from ui.app.background import Latest
from ui.app.models.plan_tables import PlanFilterProxy, PlanListModel
from ui.app.plans.affected_panel import AffectedPanel
from ui.app.plans.common import hint, row_table, selected_row
from ui.app.plans.editor import PlanEditor, confirm_dialog
from ui.app.printing import Printer
from ui.app.signals import DATABASE, PEOPLE, PLANS, AppSignals

ALL = "All"
RELOAD_ON = (PLANS, PEOPLE, DATABASE, "lessons")  # lessons: exercises set a plan's last exercised date


@dataclass(frozen=True)
class _Loaded:
    rows: list[PlanRow]


class PlansWorkspace(QWidget):
    loaded = Signal()

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        self.confirm: Callable[[str], bool] = lambda question: confirm_dialog(self, question)
        self.setAccessibleName("Business continuity")

        # --- the services and their plans ---
        self.model = PlanListModel()
        self.proxy = PlanFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.division_box = QComboBox()
        self.division_box.setAccessibleName("Division")
        self.division_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.locality_box = QComboBox()
        self.locality_box.setAccessibleName("Locality")
        self.locality_box.addItems([ALL, *LOCALITIES])
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search service, owner, manager…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search services")
        filters = QHBoxLayout()
        for text, widget in (("&Division", self.division_box), ("&Locality", self.locality_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        self.table = row_table(self.proxy, "Services and plans", {
            PlanListModel.SERVICE: 290, PlanListModel.DIVISION: 215, PlanListModel.LOCALITY: 120,
            PlanListModel.STATUS: 120, PlanListModel.VERSION: 60, PlanListModel.OWNER: 140,
            PlanListModel.NEXT_REVIEW: 95}, wrap_lines=2)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PlanListModel.SERVICE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton("&Open plan")
        self.create_button = QPushButton("&Create a plan…")
        self.open_button.clicked.connect(self.open_selected)
        self.create_button.clicked.connect(self.create_selected)
        self.printer = Printer(self)
        self.print_button = QPushButton("&Print grab pack…")
        self.print_button.setToolTip("The service's paper pack for its grab bag: OFFICIAL-SENSITIVE")
        self.print_button.clicked.connect(self.print_selected)
        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Loading plans")
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.count_label)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)
        list_layout.addWidget(hint("Open a plan to edit its business impact analysis, dependencies, call cascade, "
                                   "response cards and staffing thresholds, and to sign it off."))

        # --- one plan ---
        self.editor = PlanEditor(ctx, signals)
        self.back_button = QPushButton("← &Back to all services")
        self.back_button.clicked.connect(self.show_list)
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch()
        self.editor_print_button = QPushButton("Print grab pack…")
        self.editor_print_button.clicked.connect(self.print_selected)
        top.addWidget(self.editor_print_button)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.editor, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(editor_page)

        self.affected = AffectedPanel(ctx)
        self.affected.openService.connect(self.open_service)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pages, "Services and plans")
        self.tabs.addTab(self.affected, "Who does this disruption hit?")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.division_box.currentTextChanged.connect(lambda _t: self._filter())
        self.locality_box.currentTextChanged.connect(lambda _t: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        signals.changed.connect(self._on_changed)
        self.current_plan: uuid.UUID | None = None
        self._loader = Latest(self._apply, self._load_failed, parent=self)
        self._update_buttons()
        self.reload()

    # --- loading and filtering ---------------------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind in RELOAD_ON:
            self.reload()
            if self.affected.chosen():
                self.affected.reload()
        if kind == DATABASE:
            self.show_list()

    def reload(self) -> None:
        ctx = self.ctx
        self.progress.show()
        self._loader.start(lambda: _Loaded(list_plans(ctx)))

    def _apply(self, data: _Loaded) -> None:
        selected = self.selected_row()
        self.model.set_rows(data.rows)
        current = self.division_box.currentText() or ALL
        self.division_box.blockSignals(True)
        self.division_box.clear()
        self.division_box.addItems([ALL, *sorted({r.division for r in data.rows if r.division})])
        self.division_box.setCurrentIndex(max(self.division_box.findText(current), 0))
        self.division_box.blockSignals(False)
        self._filter()
        if selected is not None:
            self.select_service(selected.service_id)
        self.progress.hide()
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
        self.progress.hide()
        QMessageBox.critical(self, "Cannot load the plans", str(error))

    def _filter(self) -> None:
        division, locality = self.division_box.currentText(), self.locality_box.currentText()
        self.proxy.set_filter(division=None if division in (ALL, "") else division,
                              locality=None if locality == ALL else locality, search=self.search.text())
        rows = self.proxy.visible_rows()
        overdue = sum(1 for r in rows if r.status == "review overdue")
        none = sum(1 for r in rows if r.status == "no plan")
        extra = "".join(f", {n:,} {what}" for n, what in ((overdue, "review overdue"), (none, "with no plan")) if n)
        self.count_label.setText(f"{len(rows):,} of {self.model.rowCount():,} services{extra}")
        self._update_buttons()

    # --- selection and actions ---------------------------------------------------------------------------------

    def selected_row(self) -> PlanRow | None:
        r = selected_row(self.table)
        return self.proxy.visible_rows()[r] if r is not None else None

    def select_service(self, service_id: uuid.UUID) -> bool:
        for r, row in enumerate(self.proxy.visible_rows()):
            if row.service_id == service_id:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None and row.plan_id is not None)
        self.create_button.setEnabled(row is not None and row.plan_id is None)
        self.print_button.setEnabled(row is not None and row.plan_id is not None)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.plan_id is None:
            self.create_selected()
        else:
            self.open_plan(row.plan_id)

    def print_selected(self) -> None:
        """The grab pack of the plan on screen, or of the service picked in the list."""
        row = self.selected_row()
        if self.pages.currentIndex() == 1 and self.current_plan is not None:
            row = next((r for r in self.model.rows() if r.plan_id == self.current_plan), row)
        if row is None or row.plan_id is None:
            return
        ctx, service = self.ctx, row.service
        slug = "-".join("".join(c if c.isalnum() else " " for c in service.lower()).split())
        from exports.pdf.service_pack import service_pack_pdf  # ReportLab: imported when first used

        self.printer.print(f"Print the grab pack for {service}", f"grab-pack-{slug}.pdf",
                           lambda path: service_pack_pdf(get_plan_detail(ctx, service), path,
                                                         ctx.now().astimezone()))

    def open_plan(self, plan_id: uuid.UUID) -> PlanEditor:
        self.current_plan = plan_id
        self.tabs.setCurrentIndex(0)
        self.editor.open_plan(plan_id)
        self.pages.setCurrentIndex(1)
        return self.editor

    def open_service(self, service: str) -> None:
        row = next((r for r in self.model.rows() if r.service == service), None)
        if row is not None and row.plan_id is not None:
            self.open_plan(row.plan_id)

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)

    def create_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.plan_id is not None:
            return
        if not self.confirm(f"{row.service} has no business continuity plan. Start a draft plan (0.1) owned by "
                            f"{row.manager or 'its manager'}?"):
            return
        try:
            plan_id = create_plan(self.ctx, row.service_id)
        except DomainError as exc:
            QMessageBox.warning(self, "Create a plan", str(exc))
            return
        self.signals.changed.emit(PLANS)
        self.open_plan(plan_id)
