"""Small dialogs of the lessons loop: a lesson identified from an event, a recommendation drawn from a lesson, and a
recommendation re-assigned or re-dated."""

from __future__ import annotations

import uuid
from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import DomainError, Problem, ValidationError
from bcm.lesson_rules import status_label
from bcm.lesson_views import EventOption, LessonRow
from bcm.services.exercises import list_plan_services
from bcm.services.lessons import add_lesson, add_recommendation, list_themes, update_recommendation
from bcm.services.people import list_people_names
from bcm.services.risks import list_risks
from ui.app.risk_editor import ERROR_STYLE, date_edit, date_of, set_date
from ui.app.signals import LESSONS, AppSignals
from ui.app.widgets.line_edits import ThemesEdit
from ui.app.widgets.people_combo import people_combo

NONE = "(none)"


def _problems_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b71c1c; font-weight: bold;")
    label.setAccessibleName("Problems")
    return label


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(80)
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(name)
    return box


class _Dialog(QDialog):
    """Save runs the service; a refusal is shown inside the dialog, beside the field, and nothing closes."""

    def __init__(self, ctx: Context, signals: AppSignals, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.form = QFormLayout()
        self.problems = _problems_label()
        self.fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, widget: QWidget, field: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setWordWrap(True)
        self.form.addRow(label, widget)
        widget.setAccessibleName(text.replace("&", ""))
        self.fields[field] = widget

    def save(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self.problems.clear()
        try:
            self.write()
        except ValidationError as exc:
            self.problems.setText(str(exc))
            for problem in exc.problems:
                widget = self.fields.get(problem.field)
                if widget is not None:
                    widget.setStyleSheet(ERROR_STYLE)
            self._fit()
            return
        except DomainError as exc:
            self.problems.setText(str(exc))
            self._fit()
            return
        self.signals.changed.emit(LESSONS)
        self.accept()

    def _fit(self) -> None:
        """Grow to show the message in full (a wrapped label does not make the dialog taller by itself)."""
        wanted = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() \
            else self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def write(self) -> None:
        raise NotImplementedError


class LessonDialog(_Dialog):
    def __init__(self, ctx: Context, signals: AppSignals, events: list[EventOption],
                 event: EventOption | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, signals, "Lesson identified", parent)
        self.lesson_id: uuid.UUID | None = None
        self.event_box = QComboBox()
        for option in events:
            self.event_box.addItem(option.label, option)
        if event is not None:
            self.event_box.setCurrentIndex(max(self.event_box.findText(event.label), 0))
        self.text = _text_box("Lesson", "e.g. Call cascade contact details go out of date after staff moves")
        self.themes = ThemesEdit(list_themes(ctx))
        self.themes.setPlaceholderText("Themes, comma separated, e.g. call cascade, communications")
        self.themes.submitted.connect(self.save)
        self.add_row("&From", self.event_box, "event")
        self.add_row("&Lesson", self.text, "lesson")
        self.add_row("&Themes", self.themes, "themes")
        self.text.setFocus()

    def write(self) -> None:
        option = self.event_box.currentData()
        if not isinstance(option, EventOption):
            raise ValidationError.of("event", None, "choose the exercise or incident the lesson comes from")
        self.lesson_id = add_lesson(self.ctx, option.ref, self.text.toPlainText(), self.themes.themes())


class RecommendationDialog(_Dialog):
    def __init__(self, ctx: Context, signals: AppSignals, lesson_id: uuid.UUID, lesson: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, signals, "Recommendation", parent)
        self.lesson_id = lesson_id
        self.recommendation_id: uuid.UUID | None = None
        shown = QLabel(lesson)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow("Lesson", shown)
        self.text = _text_box("Recommendation", "What should change, and where: e.g. Service managers verify their "
                                                "call cascade every quarter")
        self.owner = people_combo("Owner", list_people_names(ctx), editable=False)
        self.due = date_edit("Due")
        set_date(self.due, ctx.today() + timedelta(days=90))
        self.plan = QComboBox()
        self.plan.addItems([NONE, *list_plan_services(ctx)])
        self.risk = QComboBox()
        self.risk.addItems([NONE, *sorted(f"{r.ref}: {r.title}" for r in list_risks(ctx, include_closed=False))])
        self.add_row("&Recommendation", self.text, "recommendation")
        self.add_row("&Owner", self.owner, "owner")
        self.owner.setToolTip("Chosen from People")
        self.add_row("&Due", self.due, "due")
        self.add_row("&Plan it changes", self.plan, "plan")
        self.add_row("Ris&k it changes", self.risk, "risk")
        self.text.setFocus()

    def write(self) -> None:
        plan = self.plan.currentText()
        risk = self.risk.currentText()
        self.recommendation_id = add_recommendation(
            self.ctx, self.lesson_id, self.text.toPlainText(), self.owner.currentText() or None, date_of(self.due),
            plan=None if plan == NONE else plan, risk=None if risk == NONE else risk.split(":")[0])


class RecommendationChangeDialog(_Dialog):
    """Re-assign an open recommendation to someone else in People, or give it a new due date."""

    def __init__(self, ctx: Context, signals: AppSignals, row: LessonRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, signals, "Change owner or due date", parent)
        assert row.recommendation_id is not None
        self.row = row
        shown = QLabel(f"<b>{escape(row.recommendation)}</b>")
        shown.setWordWrap(True)
        shown.setMinimumHeight(shown.heightForWidth(480))  # the form does not grow for wrapped lines by itself
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow("Recommendation", shown)
        self.form.addRow("From", QLabel(
            f"{escape(row.event)}, {row.event_date:%d/%m/%Y} · {status_label(row.status)}"
            + (" · <span style='color:#b71c1c'><b>OVERDUE</b></span>" if row.overdue else "")))
        people = list_people_names(ctx)
        self.owner = people_combo("Owner", people, editable=False)
        self.owner.setCurrentText(row.owner)
        self.owner.setToolTip("Chosen from People")
        self.due = date_edit("Due")
        set_date(self.due, row.due)
        self.add_row("&Owner", self.owner, "owner")
        self.add_row("&Due", self.due, "due")
        self.form.addRow("", QLabel(f"Now: {escape(row.owner) or 'no owner'}, due "
                                    f"{f'{row.due:%d/%m/%Y}' if row.due else 'no date'}. The change is kept in the "
                                    "record's history."))
        self.owner.setFocus()

    def write(self) -> None:
        assert self.row.recommendation_id is not None
        owner, due = self.owner.currentText(), date_of(self.due)
        problems = []
        if not owner.strip():
            problems.append(Problem("owner", owner, "every recommendation needs an owner: choose someone from People"))
        if due is None:
            problems.append(Problem("due", None, "every recommendation needs a due date"))
        if problems:
            raise ValidationError(problems)
        update_recommendation(self.ctx, self.row.recommendation_id, self.row.version,
                              owner=None if owner == self.row.owner else owner,
                              due=None if due == self.row.due else due)
