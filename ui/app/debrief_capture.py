"""Hot-debrief capture, keyboard first: type an observation, Tab to its themes, Ctrl+1/2/3 for its kind, Enter.

Enter saves the observation and clears the line for the next one; the list below grows as people speak. Themes
complete from the ones already used anywhere (comma separated; a new one is created the first time it is used)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError, ValidationError
from bcm.lesson_rules import OBSERVATION_KINDS
from bcm.lesson_views import DebriefRow, EventRef, ObjectiveRow
from bcm.services.exercises import (
    DEBRIEF_LABELS,
    RATING_LABELS,
    add_debrief,
    add_observation,
    list_debriefs,
    rate_objective,
)
from bcm.services.lessons import list_themes
from bcm.services.people import list_people_names
from db.models.lessons import DEBRIEF_KINDS
from ui.app.models.observation_table import ObservationTableModel
from ui.app.risk_editor import ERROR_STYLE, date_edit, date_of, set_date
from ui.app.signals import LESSONS, AppSignals
from ui.app.widgets.line_edits import SubmitLineEdit, ThemesEdit
from ui.app.widgets.people_combo import people_combo

NEW_DEBRIEF = "New debrief"
KIND_TEXTS = {"went_well": "&Went well", "improvement": "Area for &improvement",
              "notable_practice": "&Notable practice"}


class DebriefCapture(QDialog):
    saved = Signal(object)  # ObservationRow

    def __init__(self, ctx: Context, signals: AppSignals, event: EventRef, event_name: str, event_date: date,
                 objectives: tuple[ObjectiveRow, ...] = (), facilitator: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.event_ref = event
        self.event_date = event_date
        self.setWindowTitle(f"Debrief: {event_name}")
        self.setAccessibleName("Debrief capture")
        self.setMinimumSize(900, 620)
        people = list_people_names(ctx)

        heading = QLabel(f"<h3>Debrief of {event_name}</h3>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.debrief_box = QComboBox()
        self.debrief_box.setAccessibleName("Debrief")
        self.debrief_box.setToolTip("Add to a debrief already held, or start a new one: it is saved with the first "
                                    "observation")
        self.debrief_kind = QComboBox()
        self.debrief_kind.setAccessibleName("Debrief type")
        for kind in DEBRIEF_KINDS:
            if kind != "post_incident" or event.kind == "incident":
                self.debrief_kind.addItem(DEBRIEF_LABELS[kind], kind)
        self.debrief_date = date_edit("Debrief date")
        today = ctx.today()
        recent = event_date <= today <= event_date + timedelta(days=60)
        set_date(self.debrief_date, today if recent else event_date)  # a debrief long after is dated with its event
        self.facilitator = people_combo("Debrief facilitator", people)
        self.facilitator.setCurrentText(facilitator)  # the exercise's facilitator usually runs its debrief
        self.default_facilitator = facilitator
        top = QGridLayout()
        for column, (text, widget) in enumerate((("&Debrief", self.debrief_box), ("&Type", self.debrief_kind),
                                                 ("Dat&e", self.debrief_date), ("&Facilitator", self.facilitator))):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.debrief_box:
                top.addWidget(label, 0, 0)
                top.addWidget(widget, 0, 1, 1, 5)
            else:
                top.addWidget(label, 1, 2 * (column - 1))
                top.addWidget(widget, 1, 2 * (column - 1) + 1)
        top.setColumnStretch(5, 1)

        self.rating_boxes: dict[uuid.UUID, QComboBox] = {}
        objectives_box = self._objectives(objectives)

        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel("Kind:"))
        for number, kind in enumerate(OBSERVATION_KINDS, start=1):
            button = QRadioButton(f"{KIND_TEXTS[kind]}  (Ctrl+{number})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+letter picks it and the cursor stays in the text
            button.setAccessibleName(KIND_TEXTS[kind].replace("&", ""))
            self.kind_group.addButton(button, number - 1)
            kinds.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda k=kind: self.set_kind(k))
        kinds.addStretch()
        self.kind_group.button(0).setChecked(True)

        self.text = SubmitLineEdit()
        self.text.setPlaceholderText("Type an observation and press Enter, e.g. Generator did not start automatically")
        self.text.setAccessibleName("Observation")
        self.themes = ThemesEdit(list_themes(ctx))
        self.themes.setPlaceholderText("Themes, comma separated, e.g. power, communications")
        self.themes.setAccessibleName("Themes")
        self.save_button = QPushButton("&Save observation (Enter)")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.text.submitted.connect(self.save)
        self.themes.submitted.connect(self.save)
        entry = QFormLayout()
        observation_label = QLabel("&Observation")
        observation_label.setBuddy(self.text)
        themes_label = QLabel("T&hemes")
        themes_label.setBuddy(self.themes)
        entry.addRow(observation_label, self.text)
        entry.addRow(themes_label, self.themes)
        hint = QLabel("Enter saves and clears the line for the next observation; Tab moves to the themes; "
                      "Ctrl+1, Ctrl+2, Ctrl+3 (or Alt+W, Alt+I, Alt+N) set the kind, which stays for the next one. "
                      "Up and Down pick a suggested theme.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #444444;")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problems.setAccessibleName("Problems")

        self.model = ObservationTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Observations captured")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.table.horizontalHeader()
        for column, width in ((ObservationTableModel.NUMBER, 36), (ObservationTableModel.KIND, 190),
                              (ObservationTableModel.THEMES, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(ObservationTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()

        close = QPushButton("Close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch()
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        if objectives_box is not None:
            layout.addWidget(objectives_box)
        layout.addLayout(kinds)
        layout.addLayout(entry)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._fill_debriefs(list_debriefs(ctx, event))
        self.debrief_box.currentIndexChanged.connect(lambda _i: self._debrief_chosen())
        self.text.textChanged.connect(self._clear_problems)
        self.setTabOrder(self.text, self.themes)
        self.text.setFocus()

    # --- parts ---------------------------------------------------------------------------------------------------

    def _objectives(self, objectives: tuple[ObjectiveRow, ...]) -> QGroupBox | None:
        if not objectives:
            return None
        box = QGroupBox("Objectives: rate each one (saved at once)")
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        for number, objective in enumerate(objectives, start=1):
            combo = QComboBox()
            combo.addItem("Not rated", None)
            for key, text in RATING_LABELS.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(objective.rating), 0))
            combo.setAccessibleName(f"Rating of objective {number}")
            combo.currentIndexChanged.connect(lambda _i, o=objective.id, c=combo: self._rate(o, c))
            label = QLabel(f"{number}. {objective.text}")
            label.setWordWrap(True)
            label.setBuddy(combo)
            grid.addWidget(label, number - 1, 0)
            grid.addWidget(combo, number - 1, 1)
            self.rating_boxes[objective.id] = combo
        return box

    def _rate(self, objective_id: uuid.UUID, combo: QComboBox) -> None:
        try:
            rate_objective(self.ctx, objective_id, combo.currentData())
        except DomainError as exc:
            self.problems.setText(str(exc))
            return
        self.signals.changed.emit(LESSONS)

    def _fill_debriefs(self, debriefs: list[DebriefRow], select: uuid.UUID | None = None) -> None:
        self._debriefs = {d.id: d for d in debriefs}
        self.debrief_box.blockSignals(True)
        self.debrief_box.clear()
        for debrief in debriefs:
            self.debrief_box.addItem(debrief.label, debrief.id)
        self.debrief_box.addItem(NEW_DEBRIEF, None)
        # Straight after the event: today's debrief, else a new one. Long after (writing up): the latest one.
        today = [d.id for d in debriefs if d.held_on == self.ctx.today()]
        long_after = self.ctx.today() > self.event_date + timedelta(days=60)
        wanted = select or (today[-1] if today else debriefs[-1].id if debriefs and long_after else None)
        self.debrief_box.setCurrentIndex(self.debrief_box.findData(wanted) if wanted else self.debrief_box.count() - 1)
        self.debrief_box.blockSignals(False)
        self._debrief_chosen()

    def _debrief_chosen(self) -> None:
        debrief = self.current_debrief()
        for widget in (self.debrief_kind, self.debrief_date, self.facilitator):
            widget.setEnabled(debrief is None)
        if debrief is not None:
            self.debrief_kind.setCurrentIndex(max(self.debrief_kind.findData(debrief.kind), 0))
            set_date(self.debrief_date, debrief.held_on)
            self.facilitator.setCurrentText(debrief.facilitator)
        else:
            self.facilitator.setCurrentText(self.default_facilitator)
        self.model.set_rows(list(debrief.observations) if debrief else [])
        self._count()

    def current_debrief(self) -> DebriefRow | None:
        debrief_id = self.debrief_box.currentData()
        return self._debriefs.get(debrief_id) if debrief_id else None

    def set_kind(self, kind: str) -> None:
        self.kind_group.button(OBSERVATION_KINDS.index(kind)).setChecked(True)

    def kind(self) -> str:
        return OBSERVATION_KINDS[max(self.kind_group.checkedId(), 0)]

    def _count(self) -> None:
        rows = self.model.rows()
        by_kind = ", ".join(f"{sum(r.kind == k for r in rows)} {KIND_TEXTS[k].replace('&', '').lower()}"
                            for k in OBSERVATION_KINDS)
        self.count_label.setText(f"{len(rows)} observations in this debrief ({by_kind})")

    def _clear_problems(self) -> None:
        if self.problems.text():
            self.problems.clear()
            for widget in (self.text, self.themes, self.debrief_date, self.facilitator):
                widget.setStyleSheet("")

    # --- saving --------------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the typed observation (creating the debrief with the first one), then clear for the next."""
        self._clear_problems()
        if not self.text.text().strip():
            self._show(ValidationError.of("observation", "", "type what was observed, then press Enter"))
            return
        try:
            debrief = self.current_debrief()
            if debrief is None:
                debrief = add_debrief(self.ctx, self.event_ref, self.debrief_kind.currentData(),
                                      date_of(self.debrief_date), self.facilitator.currentText() or None)
                self._debriefs[debrief.id] = debrief
                self.debrief_box.blockSignals(True)
                self.debrief_box.insertItem(self.debrief_box.count() - 1, debrief.label, debrief.id)
                self.debrief_box.setCurrentIndex(self.debrief_box.count() - 2)
                self.debrief_box.blockSignals(False)
                for widget in (self.debrief_kind, self.debrief_date, self.facilitator):
                    widget.setEnabled(False)
            observation = add_observation(self.ctx, debrief.id, self.kind(), self.text.text(),
                                          self.themes.themes())
        except ValidationError as exc:
            self._show(exc)
            return
        except DomainError as exc:
            self.problems.setText(str(exc))
            return
        self.model.append_row(observation)
        self.table.scrollToBottom()
        self._debriefs[debrief.id] = DebriefRow(debrief.id, debrief.kind, debrief.held_on, debrief.facilitator,
                                                tuple(self.model.rows()))
        self.debrief_box.setItemText(self.debrief_box.currentIndex(), self._debriefs[debrief.id].label)
        self.themes.add_known(list(observation.themes))
        self.text.clear()
        self.themes.clear()
        self.text.setFocus()
        self._count()
        self.saved.emit(observation)
        self.signals.changed.emit(LESSONS)

    def _show(self, exc: ValidationError) -> None:
        self.problems.setText(str(exc))
        fields = {"observation": self.text, "themes": self.themes, "date": self.debrief_date,
                  "facilitator": self.facilitator}
        for problem in exc.problems:
            widget = fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
