"""The business impact analysis tabs: critical activities (RTO, MTPD, minimum service, workarounds) and the
dependencies they need, with gaps flagged."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bcm.plan_edit_rules import DEPENDENCY_LABELS, format_hours
from bcm.plan_edit_views import ActivityRow, DependencyRow, PlanEdit
from bcm.services import plan_editing as pe
from ui.app.models.plan_tables import ActivityTableModel, DependencyTableModel
from ui.app.plans.common import Host, InlineProblems, hint, row_table, select_record, selected_row, text_box

GAP_NOTE_STYLE = "background: #ffebee; color: #b71c1c; padding: 6px; border: 1px solid #ef9a9a;"
OK_NOTE_STYLE = "background: #e8f5e9; color: #1b5e20; padding: 6px; border: 1px solid #a5d6a7;"


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    return row


class ActivitiesTab(QWidget):
    """The critical activities in priority order, and a form to add or change one."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.model = ActivityTableModel()
        self.table = row_table(self.model, "Critical activities", {
            ActivityTableModel.PRIORITY: 30, ActivityTableModel.NAME: 190, ActivityTableModel.RTO: 48,
            ActivityTableModel.MTPD: 50, ActivityTableModel.STAFF: 64, ActivityTableModel.LEVEL: 170},
            stretch=ActivityTableModel.WORKAROUNDS, wrap_lines=4)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.name = QLineEdit()
        self.priority = QSpinBox()
        self.priority.setRange(1, 99)
        self.rto = QLineEdit()
        self.rto.setPlaceholderText("hours, e.g. 4, or 2 d")
        self.mtpd = QLineEdit()
        self.mtpd.setPlaceholderText("hours, e.g. 24, or 3 d")
        self.staff = QSpinBox()
        self.staff.setRange(0, 99999)
        self.level = text_box("Minimum service level", 58)
        self.workarounds = text_box("Workarounds", 78, "e.g. printed rosters and the overnight emergency client "
                                                       "report if Mosaic is down")
        self.description = text_box("Description", 44)
        form = QFormLayout()
        for text, widget in (("&Name", self.name), ("&Priority", self.priority), ("&RTO", self.rto),
                             ("&MTPD", self.mtpd), ("Minimum &staff", self.staff),
                             ("Minimum service &level", self.level), ("&Workarounds", self.workarounds),
                             ("Description", self.description)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        self.problems = InlineProblems({"name": self.name, "priority": self.priority, "RTO": self.rto,
                                        "MTPD": self.mtpd, "minimum staff": self.staff})
        self.new_button = QPushButton("&New activity")
        self.save_button = QPushButton("&Save activity")
        self.remove_button = QPushButton("Remo&ve activity…")
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.box = QGroupBox("New critical activity")
        box_layout = QVBoxLayout(self.box)
        box_layout.addLayout(form)
        box_layout.addWidget(hint("RTO: how soon it must be running again. MTPD: the point where the harm becomes "
                                  "unacceptable. The RTO cannot be longer than the MTPD."))
        box_layout.addWidget(self.problems.label)
        box_layout.addLayout(_buttons(self.new_button, self.save_button, self.remove_button))
        box_layout.addStretch()
        for widget in (self.name, self.rto, self.mtpd):
            widget.textChanged.connect(lambda _t: self.problems.clear())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 350])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._editing: ActivityRow | None = None
        self.new()

    def fill(self, edit: PlanEdit) -> None:
        keep = self._editing.id if self._editing else None
        self.model.set_rows(list(edit.activities))
        if keep is not None and not self.select(keep):
            self.new()
        elif keep is None and not self.name.text():
            self.priority.setValue(len(edit.activities) + 1)

    def select(self, activity_id: uuid.UUID) -> bool:
        if not select_record(self.table, self.model, activity_id):
            return False
        self._selected()
        return True

    def _selected(self) -> None:
        r = selected_row(self.table)
        row = self.model.row_at(r) if r is not None else None
        if row is None:
            return
        self._editing = row
        self.box.setTitle(f"Critical activity {row.priority}: {row.name}")
        self.name.setText(row.name)
        self.priority.setValue(row.priority)
        self.rto.setText(format_hours(row.rto_hours))
        self.mtpd.setText(format_hours(row.mtpd_hours))
        self.staff.setValue(row.minimum_staff)
        self.level.setPlainText(row.minimum_service_level)
        self.workarounds.setPlainText(row.workarounds)
        self.description.setPlainText(row.description)
        self.remove_button.setEnabled(True)
        self.problems.clear()

    def new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.box.setTitle("New critical activity")
        for edit in (self.name, self.rto, self.mtpd):
            edit.clear()
        for box in (self.level, self.workarounds, self.description):
            box.clear()
        self.priority.setValue(len(self.model.rows()) + 1 if self.model.rows() else 1)
        self.staff.setValue(0)
        self.remove_button.setEnabled(False)
        self.problems.clear()

    def data(self) -> pe.ActivityInput:
        return pe.ActivityInput(
            name=self.name.text(), rto_hours=self.rto.text(), mtpd_hours=self.mtpd.text(),
            priority=self.priority.value(), minimum_service_level=self.level.toPlainText(),
            minimum_staff=self.staff.value(), workarounds=self.workarounds.toPlainText(),
            description=self.description.toPlainText())

    def save(self) -> bool:
        edit, data, editing = self.host.edit, self.data(), self._editing
        if edit is None:
            return False
        if editing is None:
            added: list[uuid.UUID] = []
            if not self.host.run(self.problems, lambda: added.append(pe.add_activity(self.host.ctx,
                                                                                      edit.overview.plan_id, data))):
                return False
            self.select(added[0])
            return True
        return self.host.run(self.problems, lambda: pe.update_activity(self.host.ctx, editing.id, editing.version,
                                                                       data))

    def remove(self) -> None:
        editing = self._editing
        if editing is None or not self.host.confirm(
                f"Remove the critical activity “{editing.name}” from the plan? Dependencies stop listing it."):
            return
        self._editing = None
        self.host.run(self.problems, lambda: pe.remove_activity(self.host.ctx, editing.id))
        self.new()


class DependenciesTab(QWidget):
    """What the activities depend on, how fast each comes back, and the gaps where that is too slow."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.gap_note = QLabel()
        self.gap_note.setWordWrap(True)
        self.gap_note.setAccessibleName("Gaps")
        self.model = DependencyTableModel()
        self.table = row_table(self.model, "Dependencies", {
            DependencyTableModel.GAP: 44, DependencyTableModel.KIND: 110, DependencyTableModel.NAME: 200,
            DependencyTableModel.RECOVERY: 84}, stretch=DependencyTableModel.NEEDED_BY, wrap_lines=4)
        self.table.setColumnHidden(DependencyTableModel.NOTES, True)  # in the form and the tooltip
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.kind = QComboBox()
        for key, label in DEPENDENCY_LABELS.items():
            self.kind.addItem(label, key)
        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. Mosaic, the Ashford base, CM2000")
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("its own recovery time, e.g. 48 or 2 d")
        self.needed_by = QListWidget()
        self.needed_by.setAccessibleName("Needed by")
        self.needed_by.setMinimumHeight(90)
        self.needed_by.setWordWrap(True)
        self.needed_by.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes = text_box("Notes", 48)
        form = QFormLayout()
        for text, widget in (("&Type", self.kind), ("&Name", self.name), ("&Recovers in", self.recovery),
                             ("Needed b&y", self.needed_by), ("N&otes", self.notes)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        self.problems = InlineProblems({"type": self.kind, "name": self.name, "recovery time": self.recovery,
                                        "needed by": self.needed_by})
        self.new_button = QPushButton("&New dependency")
        self.save_button = QPushButton("&Save dependency")
        self.remove_button = QPushButton("Remo&ve…")
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.box = QGroupBox("New dependency")
        box_layout = QVBoxLayout(self.box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.problems.label)
        box_layout.addLayout(_buttons(self.new_button, self.save_button, self.remove_button))
        box_layout.addStretch()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 370])
        layout = QVBoxLayout(self)
        layout.addWidget(self.gap_note)
        layout.addWidget(splitter, 1)
        self._editing: DependencyRow | None = None
        self._activities: tuple[ActivityRow, ...] = ()
        self.new()

    def fill(self, edit: PlanEdit) -> None:
        keep = self._editing.id if self._editing else None
        self._activities = edit.activities
        self.model.set_rows(list(edit.dependencies))
        if edit.gaps:
            lines = [f"{g.dependency} recovers in {format_hours(g.recovery_hours)} but “{g.activity}” must be back "
                     f"within {format_hours(g.rto_hours)}" for g in edit.gaps]
            self.gap_note.setText(f"<b>GAP: {len(edit.gaps)} dependency {'gap' if len(edit.gaps) == 1 else 'gaps'}"
                                  "</b> — unless a workaround covers them:<br>" + "<br>".join(lines))
            self.gap_note.setStyleSheet(GAP_NOTE_STYLE)
        else:
            self.gap_note.setText("No gaps: every dependency with a known recovery time comes back within the RTO "
                                  "of each activity that needs it.")
            self.gap_note.setStyleSheet(OK_NOTE_STYLE)
        if keep is None or not self.select(keep):
            self.new()

    def _fill_needed_by(self, chosen: tuple[uuid.UUID, ...]) -> None:
        self.needed_by.clear()
        for activity in self._activities:
            item = QListWidgetItem(f"{activity.priority}. {activity.name} (RTO {format_hours(activity.rto_hours)})")
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if activity.id in chosen else Qt.CheckState.Unchecked)
            self.needed_by.addItem(item)

    def select(self, dependency_id: uuid.UUID) -> bool:
        if not select_record(self.table, self.model, dependency_id):
            return False
        self._selected()
        return True

    def _selected(self) -> None:
        r = selected_row(self.table)
        row = self.model.row_at(r) if r is not None else None
        if row is None:
            return
        self._editing = row
        self.box.setTitle(f"{row.kind_label}: {row.name}" + ("  — GAP" if row.is_gap else ""))
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.name.setText(row.name)
        self.recovery.setText(format_hours(row.recovery_hours))
        self.notes.setPlainText(row.notes)
        self._fill_needed_by(row.activity_ids)
        self.remove_button.setEnabled(True)
        self.problems.clear()

    def new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.box.setTitle("New dependency")
        self.name.clear()
        self.recovery.clear()
        self.notes.clear()
        self._fill_needed_by(())
        self.remove_button.setEnabled(False)
        self.problems.clear()

    def chosen_activities(self) -> list[uuid.UUID]:
        return [self.needed_by.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.needed_by.count())
                if self.needed_by.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> bool:
        edit, editing = self.host.edit, self._editing
        if edit is None:
            return False
        data = pe.DependencyInput(kind=str(self.kind.currentData()), name=self.name.text(),
                                  recovery_hours=self.recovery.text(), activity_ids=self.chosen_activities(),
                                  notes=self.notes.toPlainText())
        if editing is None:
            added: list[uuid.UUID] = []
            if not self.host.run(self.problems, lambda: added.append(
                    pe.add_dependency(self.host.ctx, edit.overview.plan_id, data))):
                return False
            self.select(added[0])
            return True
        return self.host.run(self.problems, lambda: pe.update_dependency(self.host.ctx, editing.id, editing.version,
                                                                         data))

    def remove(self) -> None:
        editing = self._editing
        if editing is None or not self.host.confirm(f"Remove the dependency “{editing.name}” from the plan?"):
            return
        self._editing = None
        self.host.run(self.problems, lambda: pe.remove_dependency(self.host.ctx, editing.id))
        self.new()
