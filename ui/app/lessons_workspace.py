"""The "Exercises and lessons" workspace: exercises and their debriefs, lessons and recommendations through their
lifecycle, and the themes that keep coming back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError
from bcm.lesson_rules import OPEN_STATUSES, STATUSES, next_statuses, status_label
from bcm.lesson_views import EventOption, ExerciseRow, LessonRow, ThemeRow
from bcm.services.exercises import get_exercise
from bcm.services.lessons import (
    exercise_report,
    list_events,
    list_exercises,
    list_lessons,
    move_recommendation,
    recurring_themes,
)
from ui.app.background import Latest
from ui.app.debrief_capture import DebriefCapture
from ui.app.exercise_editor import ExerciseEditor
from ui.app.lesson_dialogs import LessonDialog, RecommendationChangeDialog, RecommendationDialog
from ui.app.lesson_html import exercise_html, lesson_html, theme_html
from ui.app.models.exercise_table import ExerciseTableModel
from ui.app.models.lesson_table import OPEN, LessonFilterProxy, LessonTableModel
from ui.app.models.rows import ROW_ROLE, SORT_ROLE
from ui.app.models.theme_table import ThemeTableModel
from ui.app.signals import DATABASE, LESSONS, PEOPLE, PLANS, RISKS, AppSignals
from ui.app.widgets.filter_combo import ALL, refill

RELOAD_ON = (LESSONS, PEOPLE, PLANS, RISKS, DATABASE, "incidents")  # incidents: lessons name the incident
EXERCISES_TAB, LESSONS_TAB, THEMES_TAB = range(3)


@dataclass(frozen=True)
class _Loaded:
    exercises: list[ExerciseRow]
    lessons: list[LessonRow]
    themes: list[ThemeRow]
    events: list[EventOption]


def _table(model: QSortFilterProxyModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _sorted(model: QAbstractItemModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def _button(text: str, slot: Callable[[], None], row: QHBoxLayout) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


def _browser(name: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setAccessibleName(name)
    browser.setOpenLinks(False)
    return browser


def ask_pdf_path_dialog(parent: QWidget, suggested: str) -> str | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(parent, "Save the post-exercise report", str(Path(folder) / suggested),
                                          "PDF files (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None


def ask_evidence_dialog(parent: QWidget, row: LessonRow) -> str | None:
    text, ok = QInputDialog.getMultiLineText(
        parent, "Implemented: what is the evidence?",
        f"{row.recommendation}\n\nWhat shows this is implemented? (e.g. 'Template messages approved and held in plan "
        "annex C, March 2023')", row.evidence)
    return text if ok else None


def ask_verifier_dialog(parent: QWidget, row: LessonRow, events: list[EventOption]) -> EventOption | None:
    labels = [e.label for e in events]
    chosen, ok = QInputDialog.getItem(
        parent, "Embedded: verified by which later event?",
        f"{row.recommendation}\n\nWhich later exercise or incident showed it embedded?", labels, len(labels) - 1,
        False)
    return events[labels.index(chosen)] if ok and chosen in labels else None


def ask_incident_dialog(parent: QWidget, incidents: list[EventOption]) -> EventOption | None:
    labels = [e.label for e in incidents]
    chosen, ok = QInputDialog.getItem(parent, "Debrief an incident", "Which incident is being debriefed?", labels,
                                      len(labels) - 1, False)
    return incidents[labels.index(chosen)] if ok and chosen in labels else None


class LessonsWorkspace(QWidget):
    loaded = Signal()
    statusMessage = Signal(str)
    reportPrinted = Signal(object)  # the Path written

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        self.events: list[EventOption] = []
        self._wanted: uuid.UUID | None = None  # a recommendation to show once the lessons are loaded
        # Injectable so tests can answer without modal dialogs or opening a PDF viewer.
        self.ask_pdf_path: Callable[[str], str | None] = lambda name: ask_pdf_path_dialog(self, name)
        self.ask_evidence: Callable[[LessonRow], str | None] = lambda row: ask_evidence_dialog(self, row)
        self.ask_verifier: Callable[[LessonRow, list[EventOption]], EventOption | None] = \
            lambda row, events: ask_verifier_dialog(self, row, events)
        self.ask_incident: Callable[[list[EventOption]], EventOption | None] = \
            lambda incidents: ask_incident_dialog(self, incidents)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.setAccessibleName("Exercises and lessons")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._exercises_tab(), "&Exercises")
        self.tabs.addTab(self._lessons_tab(), "Lessons and &recommendations")
        self.tabs.addTab(self._themes_tab(), "Recurring &themes")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Loading")
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)

        capture = QShortcut(QKeySequence("Ctrl+D"), self)
        capture.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        capture.activated.connect(self.capture_debrief)
        signals.changed.connect(self._on_changed)
        self._loader = Latest(self._apply, self._load_failed, parent=self)
        self._printer = Latest(self._printed, self._print_failed, parent=self)
        self._update_buttons()
        self.reload()

    # --- tabs ----------------------------------------------------------------------------------------------------

    def _exercises_tab(self) -> QWidget:
        self.exercise_model = ExerciseTableModel()
        self.exercise_proxy = _sorted(self.exercise_model)
        self.exercise_table = _table(self.exercise_proxy, "Exercises")
        self.exercise_table.sortByColumn(ExerciseTableModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.exercise_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(ExerciseTableModel.OPEN + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == ExerciseTableModel.NAME
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.exercise_table.doubleClicked.connect(lambda _i: self.edit_exercise())
        self.exercise_table.selectionModel().selectionChanged.connect(lambda *_: self._exercise_selected())
        self.exercise_detail = _browser("Exercise summary")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.exercise_table)
        splitter.addWidget(self.exercise_detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 440])
        buttons = QHBoxLayout()
        self.new_exercise_button = _button("&New exercise…", self.new_exercise, buttons)
        self.edit_exercise_button = _button("Ed&it exercise…", self.edit_exercise, buttons)
        self.capture_button = _button("&Debrief capture… (Ctrl+D)", self.capture_debrief, buttons)
        self.incident_debrief_button = _button("Debrief an in&cident…", self.capture_incident_debrief, buttons)
        self.exercise_lesson_button = _button("Add &lesson…", self.add_lesson, buttons)
        self.print_button = _button("&Print report…", self.print_report, buttons)
        buttons.addStretch()
        self.exercise_count = QLabel()
        buttons.addWidget(self.exercise_count)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    def _lessons_tab(self) -> QWidget:
        self.lesson_model = LessonTableModel()
        self.lesson_proxy = LessonFilterProxy()
        self.lesson_proxy.setSourceModel(self.lesson_model)
        self.status_box = QComboBox()
        self.status_box.addItem(ALL, None)
        self.status_box.addItem("Open (identified or in progress)", OPEN)
        for status in STATUSES:
            self.status_box.addItem(status_label(status).capitalize(), status)
        self.theme_box = QComboBox()
        self.owner_box = QComboBox()
        self.overdue_box = QCheckBox("&Overdue only")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search lessons and recommendations…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search lessons")
        filters = QHBoxLayout()
        for text, widget in (("&Status", self.status_box), ("T&heme", self.theme_box), ("O&wner", self.owner_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue_box)
        filters.addWidget(self.search, 1)
        self.status_box.currentIndexChanged.connect(lambda _i: self._filter(status=self.status_box.currentData()))
        self.theme_box.currentTextChanged.connect(lambda t: self._filter(theme=None if t == ALL else t))
        self.owner_box.currentTextChanged.connect(lambda t: self._filter(owner=None if t == ALL else t))
        self.overdue_box.toggled.connect(lambda on: self._filter(overdue=on))
        self.search.textChanged.connect(lambda t: self._filter(search=t.strip()))

        self.lesson_table = _table(self.lesson_proxy, "Lessons and recommendations")
        self.lesson_table.sortByColumn(LessonTableModel.EVENT, Qt.SortOrder.AscendingOrder)
        for column, width in ((LessonTableModel.EVENT, 210), (LessonTableModel.LESSON, 230),
                              (LessonTableModel.RECOMMENDATION, 290), (LessonTableModel.OWNER, 125),
                              (LessonTableModel.DUE, 165), (LessonTableModel.STATUS, 95),
                              (LessonTableModel.THEMES, 170)):
            self.lesson_table.setColumnWidth(column, width)
        self.lesson_table.selectionModel().selectionChanged.connect(lambda *_: self._lesson_selected())
        self.lesson_detail = QLabel()
        self.lesson_detail.setWordWrap(True)
        self.lesson_detail.setTextFormat(Qt.TextFormat.RichText)
        self.lesson_detail.setAccessibleName("Selected recommendation")
        self.lesson_detail.setMinimumHeight(60)
        self.lesson_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lesson_problems = QLabel()
        self.lesson_problems.setWordWrap(True)
        self.lesson_problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.lesson_problems.setAccessibleName("Problems")
        buttons = QHBoxLayout()
        self.add_lesson_button = _button("Add &lesson…", self.add_lesson, buttons)
        self.add_recommendation_button = _button("Add re&commendation…", self.add_recommendation, buttons)
        buttons.addSpacing(16)
        self.start_button = _button("&Start work", lambda: self.move_selected("in_progress"), buttons)
        self.implemented_button = _button("I&mplemented…", lambda: self.move_selected("implemented"), buttons)
        self.embedded_button = _button("Em&bedded…", lambda: self.move_selected("embedded"), buttons)
        self.reopen_button = _button("Back to in pro&gress", lambda: self.move_selected("in_progress"), buttons)
        buttons.addSpacing(16)
        self.change_button = _button("Change owner or d&ue…", self.change_recommendation, buttons)
        buttons.addStretch()
        self.lesson_count = QLabel()
        buttons.addWidget(self.lesson_count)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.lesson_table, 1)
        layout.addWidget(self.lesson_detail)
        layout.addWidget(self.lesson_problems)
        layout.addLayout(buttons)
        return page

    def _themes_tab(self) -> QWidget:
        self.theme_model = ThemeTableModel()
        self.theme_proxy = _sorted(self.theme_model)
        self.theme_table = _table(self.theme_proxy, "Recurring themes")
        self.theme_table.sortByColumn(ThemeTableModel.FLAG, Qt.SortOrder.DescendingOrder)
        for column, width in ((ThemeTableModel.FLAG, 240), (ThemeTableModel.THEME, 140),
                              (ThemeTableModel.EVENTS, 60), (ThemeTableModel.OPEN, 80), (ThemeTableModel.OVERDUE, 70),
                              (ThemeTableModel.IMPLEMENTED, 95), (ThemeTableModel.EMBEDDED, 80)):
            self.theme_table.setColumnWidth(column, width)
        self.theme_table.selectionModel().selectionChanged.connect(lambda *_: self._theme_selected())
        self.theme_table.doubleClicked.connect(lambda _i: self.show_theme_lessons())
        caption = QLabel("Themes cross-reference every exercise and incident, through lessons and debrief "
                         "observations. <b>⚠ Recurring, none embedded</b> marks a theme identified in two or more "
                         "events with no recommendation yet verified as embedded by a later event.")
        caption.setWordWrap(True)
        self.theme_detail = _browser("Selected theme")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.theme_table)
        splitter.addWidget(self.theme_detail)
        splitter.setSizes([380, 240])
        buttons = QHBoxLayout()
        self.theme_lessons_button = _button("Show its &lessons", self.show_theme_lessons, buttons)
        buttons.addStretch()
        self.theme_count = QLabel()
        buttons.addWidget(self.theme_count)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(caption)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    # --- loading -------------------------------------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind in RELOAD_ON:
            self.reload()

    def reload(self) -> None:
        """Load everything off the GUI thread; `loaded` fires once it is shown."""
        ctx = self.ctx
        self.progress.show()
        self._loader.start(lambda: _Loaded(list_exercises(ctx), list_lessons(ctx), recurring_themes(ctx),
                                           list_events(ctx)))

    def _apply(self, data: _Loaded) -> None:
        exercise, lesson, theme = self.selected_exercise(), self.selected_lesson(), self.selected_theme()
        self.events = data.events
        self.exercise_model.set_rows(data.exercises)
        self.lesson_model.set_rows(data.lessons)
        self.theme_model.set_rows(data.themes)
        refill(self.theme_box, sorted({t for r in data.lessons for t in r.themes}))
        refill(self.owner_box, sorted({r.owner for r in data.lessons if r.owner}))
        if exercise is not None:
            self._select(self.exercise_table, lambda r: r.id == exercise.id)
        elif self.exercise_proxy.rowCount():
            self.exercise_table.selectRow(0)
        if lesson is not None:
            self._select(self.lesson_table, lambda r: (r.recommendation_id, r.lesson_id)
                         == (lesson.recommendation_id, lesson.lesson_id))
        elif self.lesson_proxy.rowCount():
            self.lesson_table.selectRow(0)
        if theme is not None:
            self._select(self.theme_table, lambda r: r.name == theme.name)
        elif self.theme_proxy.rowCount():
            self.theme_table.selectRow(0)
        self._exercise_selected()
        self._lesson_selected()
        self._theme_selected()
        self._counts()
        self.progress.hide()
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.show_recommendation(wanted)
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
        self.progress.hide()
        QMessageBox.critical(self, "Cannot load exercises and lessons", str(error))


    def _filter(self, **changes: object) -> None:
        self.lesson_proxy.set_filter(**changes)
        self._lesson_selected()
        self._counts()

    def _counts(self) -> None:
        rows = self.lesson_model.rows()
        self.exercise_count.setText(f"{self.exercise_model.rowCount()} exercises")
        self.lesson_count.setText(f"{self.lesson_proxy.rowCount():,} of {len(rows):,} shown; "
                                  f"{sum(r.overdue for r in rows):,} overdue")
        themes = self.theme_model.rows()
        flagged = sum(t.highlight for t in themes)
        self.theme_count.setText(f"{len(themes)} themes, {flagged} recurring with nothing embedded")

    # --- selection -----------------------------------------------------------------------------------------------

    @staticmethod
    def _selected(table: QTableView) -> object | None:
        model = table.selectionModel()
        indexes = model.selectedRows() if model else []
        return table.model().data(indexes[0], ROW_ROLE) if indexes else None

    @staticmethod
    def _select(table: QTableView, wanted: Callable[[object], bool]) -> bool:
        model = table.model()
        for r in range(model.rowCount()):
            row = model.data(model.index(r, 0), ROW_ROLE)
            if row is not None and wanted(row):
                table.selectRow(r)
                table.scrollTo(model.index(r, 0))
                return True
        return False

    def selected_exercise(self) -> ExerciseRow | None:
        row = self._selected(self.exercise_table)
        return row if isinstance(row, ExerciseRow) else None

    def selected_lesson(self) -> LessonRow | None:
        row = self._selected(self.lesson_table)
        return row if isinstance(row, LessonRow) else None

    def selected_theme(self) -> ThemeRow | None:
        row = self._selected(self.theme_table)
        return row if isinstance(row, ThemeRow) else None

    def select_exercise(self, name: str) -> bool:
        return self._select(self.exercise_table, lambda r: isinstance(r, ExerciseRow) and r.name == name)

    def select_recommendation(self, text: str) -> bool:
        return self._select(self.lesson_table, lambda r: isinstance(r, LessonRow) and r.recommendation == text)

    def show_recommendation(self, recommendation_id: uuid.UUID) -> bool:
        """Show this recommendation on the lessons tab, clearing any filter that hides it (once loaded, if the
        workspace is still loading)."""
        self.tabs.setCurrentIndex(LESSONS_TAB)
        if not any(r.recommendation_id == recommendation_id for r in self.lesson_model.rows()):
            if self._loader.busy:
                self._wanted = recommendation_id
            else:
                self.lesson_problems.setText("That recommendation is no longer recorded (it may have been deleted "
                                             "elsewhere).")
            return False
        self.status_box.setCurrentIndex(0)
        self.theme_box.setCurrentIndex(0)
        self.owner_box.setCurrentIndex(0)
        self.overdue_box.setChecked(False)
        self.search.clear()
        found = self._select(self.lesson_table, lambda r: isinstance(r, LessonRow)
                             and r.recommendation_id == recommendation_id)
        self.lesson_table.setFocus()
        return found

    def _exercise_selected(self) -> None:
        row = self.selected_exercise()
        if row is None:
            self.exercise_detail.setHtml("<p><i>Choose an exercise to see its objectives and debriefs, or add one "
                                         "with New exercise.</i></p>")
        else:
            try:
                self.exercise_detail.setHtml(exercise_html(get_exercise(self.ctx, row.id)))
            except DomainError as exc:
                self.exercise_detail.setPlainText(str(exc))
        self._update_buttons()

    def _lesson_selected(self) -> None:
        row = self.selected_lesson()
        self.lesson_detail.setText(lesson_html(row) if row else "<i>Choose a lesson or recommendation.</i>")
        self.lesson_problems.clear()
        self._update_buttons()

    def _theme_selected(self) -> None:
        row = self.selected_theme()
        self.theme_detail.setHtml(theme_html(row) if row else "<p><i>Choose a theme.</i></p>")
        self.theme_lessons_button.setEnabled(row is not None)

    def _update_buttons(self) -> None:
        exercise = self.selected_exercise()
        for button in (self.edit_exercise_button, self.capture_button, self.print_button):
            button.setEnabled(exercise is not None)
        self.print_button.setEnabled(exercise is not None and not self._printer.busy)
        lesson = self.selected_lesson()
        steps = next_statuses(lesson.status) if lesson and lesson.recommendation_id else ()
        self.add_recommendation_button.setEnabled(lesson is not None)
        self.start_button.setEnabled("in_progress" in steps and lesson is not None and lesson.status == "identified")
        self.implemented_button.setEnabled("implemented" in steps)
        self.embedded_button.setEnabled("embedded" in steps)
        self.reopen_button.setEnabled("in_progress" in steps and lesson is not None
                                      and lesson.status == "implemented")
        changeable = lesson is not None and lesson.recommendation_id is not None and lesson.status in OPEN_STATUSES
        self.change_button.setEnabled(changeable)
        self.change_button.setToolTip("Re-assign the recommendation to someone else or give it a new due date"
                                      if changeable else "Choose an open recommendation (identified or in progress)")

    # --- exercises -----------------------------------------------------------------------------------------------

    def new_exercise(self) -> ExerciseEditor:
        editor = ExerciseEditor(self.ctx, self.signals, None, parent=self)
        editor.open()
        return editor

    def edit_exercise(self) -> ExerciseEditor | None:
        row = self.selected_exercise()
        if row is None:
            return None
        editor = ExerciseEditor(self.ctx, self.signals, row.id, parent=self)
        editor.open()
        return editor

    def capture_debrief(self) -> DebriefCapture | None:
        row = self.selected_exercise()
        if row is None:
            return None
        detail = get_exercise(self.ctx, row.id)
        capture = DebriefCapture(self.ctx, self.signals, detail.ref, detail.name, detail.held_on, detail.objectives,
                                 detail.facilitator, parent=self)
        capture.open()
        return capture

    def capture_incident_debrief(self) -> DebriefCapture | None:
        """A hot debrief or post-incident review of an incident, captured the same way as an exercise's."""
        incidents = [e for e in self.events if e.kind == "incident"]
        if not incidents:
            QMessageBox.information(self, "Debrief an incident", "No incident has been recorded yet.")
            return None
        chosen = self.ask_incident(incidents)
        if chosen is None:
            return None
        capture = DebriefCapture(self.ctx, self.signals, chosen.ref, chosen.name, chosen.held_on, parent=self)
        capture.open()
        return capture

    def print_report(self) -> None:
        row = self.selected_exercise()
        if row is None or self._printer.busy:
            return
        path = self.ask_pdf_path(f"Post-exercise report - {row.name}.pdf")
        if not path:
            return
        from exports.pdf.exercise_report import exercise_report_pdf  # ReportLab: imported when first used

        ctx, printed_at, target = self.ctx, self.ctx.now().astimezone(), Path(path)
        self.print_button.setEnabled(False)
        self.progress.show()
        self.statusMessage.emit(f"Printing the report on {row.name}…")
        self._printer.start(lambda: exercise_report_pdf(exercise_report(ctx, str(row.id)), target, printed_at))

    def _printed(self, path: Path) -> None:
        self.progress.hide()
        self._update_buttons()
        self.statusMessage.emit(f"Post-exercise report saved to {path}")
        self.reportPrinted.emit(path)
        self.open_url(QUrl.fromLocalFile(str(path)))

    def _print_failed(self, error: Exception) -> None:
        self.progress.hide()
        self._update_buttons()
        QMessageBox.warning(self, "Cannot print the report", str(error))

    # --- lessons and recommendations -----------------------------------------------------------------------------

    def _current_event(self) -> EventOption | None:
        if self.tabs.currentIndex() == EXERCISES_TAB:
            exercise = self.selected_exercise()
            return next((e for e in self.events if exercise and e.id == exercise.id), None)
        lesson = self.selected_lesson()
        return next((e for e in self.events if lesson and e.id == lesson.event_id), None)

    def add_lesson(self) -> LessonDialog:
        dialog = LessonDialog(self.ctx, self.signals, self.events, self._current_event(), parent=self)
        dialog.open()
        return dialog

    def add_recommendation(self) -> RecommendationDialog | None:
        row = self.selected_lesson()
        if row is None or row.lesson_id is None:
            return None
        dialog = RecommendationDialog(self.ctx, self.signals, row.lesson_id, row.lesson, parent=self)
        dialog.open()
        return dialog

    def change_recommendation(self) -> RecommendationChangeDialog | None:
        """Re-assign the selected open recommendation or give it a new due date."""
        row = self.selected_lesson()
        self.lesson_problems.clear()
        if row is None or row.recommendation_id is None or row.status not in OPEN_STATUSES:
            self.lesson_problems.setText("Choose an open recommendation (identified or in progress) first.")
            return None
        dialog = RecommendationChangeDialog(self.ctx, self.signals, row, parent=self)
        dialog.open()
        return dialog

    def move_selected(self, status: str) -> bool:
        """Move the selected recommendation on, asking for evidence or the verifying event when the step needs it;
        a refusal is shown under the table."""
        row = self.selected_lesson()
        self.lesson_problems.clear()
        if row is None or row.recommendation_id is None:
            self.lesson_problems.setText("Choose a recommendation first.")
            return False
        evidence, verifier = None, None
        if status == "implemented":
            evidence = self.ask_evidence(row)
            if evidence is None:
                return False
        if status == "embedded":
            later = [e for e in self.events if e.held_on > row.event_date and e.held_on <= self.ctx.today()]
            if not later:
                self.lesson_problems.setText(f"No exercise or incident has taken place since {row.event}: only a "
                                             "later event can show the recommendation embedded.")
                return False
            verifier = self.ask_verifier(row, later)
            if verifier is None:
                return False
        try:
            move_recommendation(self.ctx, row.recommendation_id, row.version, status, evidence=evidence,
                                verified_by=verifier.ref if verifier else None)
        except DomainError as exc:
            self.lesson_problems.setText(str(exc))
            return False
        self.statusMessage.emit(f"Recommendation now {status_label(status)}")
        self.signals.changed.emit(LESSONS)
        return True

    def show_theme_lessons(self) -> None:
        theme = self.selected_theme()
        if theme is None:
            return
        self.status_box.setCurrentIndex(0)
        self.overdue_box.setChecked(False)
        self.search.clear()
        self.theme_box.setCurrentText(theme.name if self.theme_box.findText(theme.name) >= 0 else ALL)
        self.tabs.setCurrentIndex(LESSONS_TAB)
