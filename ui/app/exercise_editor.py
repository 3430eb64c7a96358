"""The exercise editor: name, type, date, scenario, facilitator, objectives with ratings, participants, plans tested."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import ConflictError, DomainError, ValidationError
from bcm.lesson_views import ExerciseDetail
from bcm.services.exercises import (
    KIND_LABELS,
    RATING_LABELS,
    ExerciseInput,
    ObjectiveInput,
    create_exercise,
    get_exercise,
    list_plan_services,
    update_exercise,
)
from bcm.services.people import list_people_names
from ui.app.risk_editor import ERROR_STYLE, ask_reload_dialog, date_edit, date_of, set_date
from ui.app.signals import LESSONS, AppSignals
from ui.app.widgets.line_edits import SubmitLineEdit
from ui.app.widgets.people_combo import people_combo


def checklist(name: str, items: list[str]) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    for text in items:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, names: tuple[str, ...] | list[str]) -> None:
    wanted = set(names)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)


class ExerciseEditor(QDialog):
    def __init__(self, ctx: Context, signals: AppSignals, exercise_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.exercise_id = exercise_id
        self.detail: ExerciseDetail | None = None
        self.ask_reload: Callable[[str], bool] = lambda message: ask_reload_dialog(self, message)
        self.setMinimumSize(820, 600)
        self.setAccessibleName("Exercise editor")
        people = list_people_names(ctx)

        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. Exercise Mighty Oak")
        self.kind = QComboBox()
        for key, text in KIND_LABELS.items():
            self.kind.addItem(text, key)
        self.multi_agency = QCheckBox("Multi-agency (partners such as the NHS or the Kent Resilience Forum took part)")
        self.held_on = date_edit("Date")
        set_date(self.held_on, ctx.today())
        self.scenario = QPlainTextEdit()
        self.scenario.setTabChangesFocus(True)
        self.scenario.setPlaceholderText("What the exercise simulated, e.g. a three-day power outage in winter")
        self.facilitator = people_combo("Facilitator", people)
        form = QFormLayout()
        for text, widget in (("&Name", self.name), ("&Type", self.kind), ("", self.multi_agency),
                             ("&Date", self.held_on), ("&Scenario", self.scenario),
                             ("&Facilitator", self.facilitator)):
            form.addRow(text, widget)
            if text:
                widget.setAccessibleName(text.replace("&", ""))
        self.fields: dict[str, QWidget] = {"name": self.name, "type": self.kind, "date": self.held_on,
                                           "facilitator": self.facilitator}
        details = QWidget()
        QVBoxLayout(details).addLayout(form)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, "Exercise")
        self.tabs.addTab(self._objectives_tab(), "Objectives")
        self.tabs.addTab(self._people_tab(people), "Participants and plans tested")
        self.fields |= {"participants": self.participants, "plans tested": self.plans}

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problems.setAccessibleName("Problems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._clear_problems)
        if exercise_id is not None:
            self.load()
        else:
            self.setWindowTitle("New exercise")

    # --- tabs ----------------------------------------------------------------------------------------------------

    def _objectives_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("What the exercise set out to test, each rated after the debrief. "
                                "Double-click an objective to edit its text."))
        self.objectives = QTableWidget(0, 2)
        self.objectives.setHorizontalHeaderLabels(["Objective", "Rating"])
        self.objectives.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.objectives.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.objectives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objectives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.objectives.setWordWrap(True)
        self.objectives.verticalHeader().hide()
        self.objectives.setAccessibleName("Objectives")
        layout.addWidget(self.objectives, 1)
        row = QHBoxLayout()
        self.objective_text = SubmitLineEdit()
        self.objective_text.setPlaceholderText("New objective, e.g. Validate the call cascade within 60 minutes")
        self.objective_text.setAccessibleName("New objective")
        self.objective_text.submitted.connect(self.add_objective_from_line)
        add = QPushButton("&Add objective")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_objective_from_line)
        remove = QPushButton("&Remove selected")
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.objectives.removeRow(self.objectives.currentRow()))
        row.addWidget(self.objective_text, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        return page

    def _people_tab(self, people: list[str]) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>Participants</b> (from People; tick each one)"))
        self.participant_filter = QLineEdit()
        self.participant_filter.setPlaceholderText("Type to find a person")
        self.participant_filter.setAccessibleName("Find a participant")
        self.participant_filter.setClearButtonEnabled(True)
        self.participants = checklist("Participants", people)
        self.participant_filter.textChanged.connect(self._filter_people)
        left.addWidget(self.participant_filter)
        left.addWidget(self.participants, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>Plans tested</b> (business continuity plans)"))
        self.plans = checklist("Plans tested", list_plan_services(self.ctx))
        right.addWidget(self.plans, 1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        return page

    def _filter_people(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def add_objective(self, text: str, rating: str | None = None) -> None:
        row = self.objectives.rowCount()
        self.objectives.insertRow(row)
        self.objectives.setItem(row, 0, QTableWidgetItem(text))
        combo = QComboBox()
        combo.addItem("Not rated", None)
        for key, label in RATING_LABELS.items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(combo.findData(rating), 0))
        combo.setAccessibleName(f"Rating of objective {row + 1}")
        self.objectives.setCellWidget(row, 1, combo)
        self.objectives.resizeRowsToContents()

    def add_objective_from_line(self) -> None:
        text = self.objective_text.text().strip()
        if text:
            self.add_objective(text)
            self.objective_text.clear()

    def objective_inputs(self) -> list[ObjectiveInput | str]:
        inputs: list[ObjectiveInput | str] = []
        for row in range(self.objectives.rowCount()):
            item = self.objectives.item(row, 0)
            combo = self.objectives.cellWidget(row, 1)
            rating = combo.currentData() if isinstance(combo, QComboBox) else None
            inputs.append(ObjectiveInput(item.text() if item else "", rating))
        return inputs

    # --- loading and saving --------------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.exercise_id is not None
        detail = get_exercise(self.ctx, self.exercise_id)
        self.detail = detail
        self.setWindowTitle(f"Exercise: {detail.name}")
        self.name.setText(detail.name)
        self.kind.setCurrentIndex(max(self.kind.findData(detail.kind), 0))
        self.multi_agency.setChecked(detail.multi_agency)
        set_date(self.held_on, detail.held_on)
        self.scenario.setPlainText(detail.scenario)
        self.facilitator.setCurrentText(detail.facilitator)
        self.objectives.setRowCount(0)
        for objective in detail.objectives:
            self.add_objective(objective.text, objective.rating)
        set_checked(self.participants, detail.participants)
        set_checked(self.plans, detail.plans_tested)
        self._clear_problems()

    def data(self) -> ExerciseInput:
        return ExerciseInput(
            name=self.name.text(), kind=self.kind.currentData(), held_on=date_of(self.held_on),
            multi_agency=self.multi_agency.isChecked(), scenario=self.scenario.toPlainText(),
            facilitator=self.facilitator.currentText() or None, objectives=self.objective_inputs(),
            participants=checked(self.participants), plans_tested=checked(self.plans),
        )

    def _clear_problems(self) -> None:
        self.problems.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def save(self) -> None:
        self._clear_problems()
        try:
            if self.exercise_id is None:
                self.exercise_id = create_exercise(self.ctx, self.data())
            else:
                update_exercise(self.ctx, self.exercise_id, self.detail.version if self.detail else None,
                                self.data())
        except ValidationError as exc:
            self.problems.setText(str(exc))
            for problem in exc.problems:
                widget = self.fields.get(problem.field)
                if widget is not None:
                    widget.setStyleSheet(ERROR_STYLE)
            return
        except ConflictError as exc:
            if self.ask_reload(str(exc)):
                self.load()
            else:
                self.problems.setText(str(exc))
            return
        except DomainError as exc:
            self.problems.setText(str(exc))
            return
        self.signals.changed.emit(LESSONS)
        self.accept()
