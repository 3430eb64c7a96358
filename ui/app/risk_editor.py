"""The risk editor: every field of a risk, live scores, controls, actions, review comments, score history and the
recommendations from lessons that name it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
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
from bcm.risk_views import RiskDetail
from bcm.services.lessons import recommendations_for_risk
from bcm.services.matrix import get_matrix
from bcm.services.people import list_people_names
from bcm.services.risks import (
    RiskInput,
    ScoreKind,
    add_action,
    add_review_comment,
    create_risk,
    get_risk,
    register_names,
    save_risk,
    set_controls,
    update_action,
)
from db.models.risks import ACTION_STATUSES, RISK_KINDS, TREATMENTS
from ui.app.audit_viewer import AuditViewer
from ui.app.signals import RISKS, AppSignals
from ui.app.widgets.people_combo import people_combo
from ui.app.widgets.recommendations_panel import RecommendationsPanel
from ui.app.widgets.score_chart import ScoreChart
from ui.app.widgets.score_picker import ScorePicker

NO_DATE = QDate(2000, 1, 1)
ERROR_STYLE = "border: 2px solid #c62828;"


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("none")
    edit.setDate(NO_DATE)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def ask_reason_dialog(parent: QWidget, prompt: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, "Why has the score changed?", prompt)
    return text if ok else None


def ask_reload_dialog(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.warning(parent, "Changed elsewhere", message + "\n\nReload the risk now? Your unsaved "
                                 "changes here will be lost.", QMessageBox.StandardButton.Yes
                                 | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def confirm_leave_dialog(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, "Unsaved changes", question, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class RiskEditor(QDialog):
    saved = Signal(object)  # the risk's id, just before changed(RISKS) says so to every view

    def __init__(self, ctx: Context, signals: AppSignals, risk_id: uuid.UUID | None, *, register: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals
        self.risk_id = risk_id
        self.detail: RiskDetail | None = None
        self.matrix = get_matrix(ctx)
        # Injectable so tests can answer the prompts without a modal dialog.
        self.ask_reason: Callable[[str], str | None] = lambda prompt: ask_reason_dialog(self, prompt)
        self.ask_reload: Callable[[str], bool] = lambda message: ask_reload_dialog(self, message)
        self.confirm_leave: Callable[[str], bool] = lambda question: confirm_leave_dialog(self, question)
        self.setMinimumSize(860, 640)
        self.setAccessibleName("Risk editor")
        people = list_people_names(ctx)

        self.ref = QLineEdit()
        self.register = QComboBox()
        self.register.addItems(register_names(ctx))
        if register:
            self.register.setCurrentText(register)
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.cause = QPlainTextEdit()
        self.consequence = QPlainTextEdit()
        for box in (self.description, self.cause, self.consequence):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.category = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(list(RISK_KINDS))
        self.owner = people_combo("Owner", people)
        self.treatment = QComboBox()
        self.treatment.addItems(list(TREATMENTS))
        self.exposure = QLineEdit()
        self.exposure.setPlaceholderText("optional, e.g. 4.5")
        self.last_review = date_edit("Last review")
        self.next_review = date_edit("Next review")
        self.inherent = ScorePicker("Inherent", self.matrix)
        self.current = ScorePicker("Current", self.matrix, optional=False)
        self.target = ScorePicker("Target", self.matrix)
        self.fields: dict[str, QWidget] = {
            "ref": self.ref, "register": self.register, "title": self.title, "description": self.description,
            "cause": self.cause, "consequence": self.consequence, "category": self.category, "kind": self.kind,
            "owner": self.owner, "treatment": self.treatment, "financial exposure (£m)": self.exposure,
            "last review": self.last_review, "next review": self.next_review, "inherent": self.inherent,
            "current": self.current, "target": self.target,
        }
        form = QFormLayout()
        for text, widget in (("&Reference", self.ref), ("Re&gister", self.register), ("&Title and event", self.title),
                             ("&Description", self.description), ("Ca&use", self.cause),
                             ("Co&nsequence", self.consequence), ("Cate&gory", self.category),
                             ("Risk or opportunity", self.kind), ("O&wner", self.owner),
                             ("Treatment", self.treatment), ("Financial exposure (£m)", self.exposure),
                             ("Last review", self.last_review), ("Ne&xt review", self.next_review),
                             ("&Inherent score", self.inherent), ("&Current score", self.current),
                             ("T&arget score", self.target)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problems.setAccessibleName("Problems")
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, "Risk")
        self.tabs.addTab(self._controls_tab(people), "Controls and actions")
        self.tabs.addTab(self._reviews_tab(people), "Reviews")
        self.tabs.addTab(self._history_tab(), "Score history")
        self.lessons = RecommendationsPanel("risk")
        self.lessons.openRecommendation.connect(self.open_recommendation)
        self.tabs.addTab(self.lessons, "Lessons")
        self._loaded_state: tuple[object, ...] | None = None

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.audit_button = self.buttons.addButton("Record &history…", QDialogButtonBox.ButtonRole.HelpRole)
        self.audit_button.clicked.connect(self.show_audit)
        self.audit_button.setEnabled(risk_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for widget in (self.title, self.ref, self.exposure):
            widget.textChanged.connect(self._clear_problems)
        if risk_id is not None:
            try:
                self.load()
            except BaseException:  # gone or unreadable: not left behind, hidden, as a child of its parent
                self.setParent(None)
                self.deleteLater()
                raise
        else:
            self.setWindowTitle("New risk")
            self.current.set_value(3, 3)
            self._enable_live_parts(False)

    # --- tabs --------------------------------------------------------------------------------------------------

    def _controls_tab(self, people: list[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<b>Controls in place</b> (one per line; double-click to edit)"))
        self.controls = QListWidget()
        self.controls.setAccessibleName("Controls")
        self.controls.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
        layout.addWidget(self.controls, 1)
        row = QHBoxLayout()
        add_control = QPushButton("Add control")
        remove_control = QPushButton("Remove control")
        add_control.clicked.connect(self.add_control)
        remove_control.clicked.connect(lambda: self.controls.takeItem(self.controls.currentRow()))
        row.addWidget(add_control)
        row.addWidget(remove_control)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(QLabel("<b>Actions</b> (planned further controls)"))
        self.actions = QTableWidget(0, 4)
        self.actions.setHorizontalHeaderLabels(["Action", "Owner", "Due", "Status"])
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.setColumnWidth(1, 170)  # a name on one line (100 px wrapped "Olivia Z. Lindqvist")
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setAccessibleName("Actions")
        layout.addWidget(self.actions, 2)
        new_action = QHBoxLayout()
        self.action_text = QLineEdit()
        self.action_text.setPlaceholderText("New action")
        self.action_text.setAccessibleName("New action")
        self.action_owner = people_combo("New action owner", people)
        self.action_due = date_edit("New action due date")
        self.add_action_button = QPushButton("Add action")
        self.add_action_button.clicked.connect(self.add_action)
        self.action_status = QComboBox()
        self.action_status.addItems(list(ACTION_STATUSES))
        self.action_status.setAccessibleName("Status for the selected action")
        self.set_status_button = QPushButton("Set status")
        self.set_status_button.clicked.connect(self.set_action_status)
        for widget in (self.action_text, self.action_owner, self.action_due, self.add_action_button):
            new_action.addWidget(widget, 2 if widget is self.action_text else 0)
        new_action.addSpacing(20)
        new_action.addWidget(self.action_status)
        new_action.addWidget(self.set_status_button)
        layout.addLayout(new_action)
        return page

    def _reviews_tab(self, people: list[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<b>Review comments</b> (dated; added, never overwritten)"))
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setAccessibleName("Review comments")
        layout.addWidget(self.comments, 1)
        self.comment_text = QPlainTextEdit()
        self.comment_text.setPlaceholderText("e.g. Reviewed at DMT, agreed increase to likelihood")
        self.comment_text.setFixedHeight(70)
        self.comment_text.setAccessibleName("New review comment")
        self.comment_text.setTabChangesFocus(True)
        layout.addWidget(self.comment_text)
        row = QHBoxLayout()
        self.comment_author = people_combo("Comment by", people)
        self.add_comment_button = QPushButton("Add review comment")
        self.add_comment_button.clicked.connect(self.add_comment)
        row.addWidget(QLabel("By"))
        row.addWidget(self.comment_author, 1)
        row.addWidget(self.add_comment_button)
        layout.addLayout(row)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart = ScoreChart()
        layout.addWidget(self.chart)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAccessibleName("Score history")
        layout.addWidget(self.history, 1)
        return page

    def _enable_live_parts(self, enabled: bool) -> None:
        """Actions and comments are saved at once, so they need a saved risk."""
        for widget in (self.add_action_button, self.set_status_button, self.add_comment_button):
            widget.setEnabled(enabled)
            widget.setToolTip("" if enabled else "Save the new risk first")

    # --- loading -----------------------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.risk_id is not None
        detail = get_risk(self.ctx, self.risk_id)
        self.detail = detail
        row = detail.row
        self.setWindowTitle(f"{row.ref}: {row.title}")
        self.ref.setText(row.ref)
        self.ref.setReadOnly(True)
        self.register.setCurrentText(row.register)
        self.register.setEnabled(False)
        self.title.setText(row.title)
        self.description.setPlainText(detail.description)
        self.cause.setPlainText(row.cause)
        self.consequence.setPlainText(row.consequence)
        self.category.setText(row.category)
        self.kind.setCurrentText(detail.kind)
        self.owner.setCurrentText(row.owner)
        self.treatment.setCurrentText(detail.treatment)
        self.exposure.setText("" if detail.financial_exposure_m is None else f"{detail.financial_exposure_m:g}")
        set_date(self.last_review, row.last_review)
        set_date(self.next_review, row.next_review)
        self.inherent.set_value(row.inherent_likelihood, row.inherent_impact)
        self.current.set_value(row.likelihood, row.impact)
        self.target.set_value(row.target_likelihood, row.target_impact)
        self.controls.clear()
        for control in detail.controls:
            self._control_item(control.description)
        self._fill_actions(detail)
        self._fill_comments(detail)
        self._fill_history(detail)
        self._fill_lessons(row.ref)
        self._enable_live_parts(True)
        self._clear_problems()
        self._loaded_state = self._form_state()

    def _control_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.controls.addItem(item)
        return item

    def _fill_actions(self, detail: RiskDetail) -> None:
        self.actions.setRowCount(0)
        for action in detail.actions:
            r = self.actions.rowCount()
            self.actions.insertRow(r)
            due = f"{action.due_on:%d/%m/%Y}" if action.due_on else ""
            status = action.status.replace("_", " ") + (f" {action.done_on:%d/%m/%Y}" if action.done_on else "")
            for column, value in enumerate((action.description, action.owner, due + (" OVERDUE" if action.overdue
                                                                                      else ""), status)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, action.id)
                if action.overdue and column == 2:
                    item.setForeground(Qt.GlobalColor.red)
                self.actions.setItem(r, column, item)
        self.actions.resizeRowsToContents()

    def _fill_comments(self, detail: RiskDetail) -> None:
        self.comments.clear()
        for comment in reversed(detail.comments):
            self.comments.addItem(f"{comment.on:%d/%m/%Y} — {comment.author or 'unknown'}: {comment.text}")

    def _fill_history(self, detail: RiskDetail) -> None:
        self.history.clear()
        points = []
        for change in detail.history:
            before = f"{change.from_score[0]} x {change.from_score[1]}" if change.from_score else "unscored"
            after = f"{change.to_score[0]} x {change.to_score[1]}"
            self.history.addItem(f"{change.at.astimezone():%d/%m/%Y %H:%M}  {change.kind}: {before} → {after}  "
                                 f"({change.by}) — {change.reason}")
            if change.kind == "current":
                if not points and change.from_score:
                    points.append((change.at, change.from_score[0] * change.from_score[1]))
                points.append((change.at, change.to_score[0] * change.to_score[1]))
        if not points:
            points = [(self.ctx.now(), detail.row.score)]
        self.chart.set_points(self.matrix, points)

    def _fill_lessons(self, ref: str) -> None:
        """The recommendations from lessons that name this risk (read-only here)."""
        try:
            rows = recommendations_for_risk(self.ctx, ref)
        except DomainError as exc:
            self.lessons.summary.setText(str(exc))
            return
        self.lessons.set_rows(rows)
        self.tabs.setTabText(self.tabs.indexOf(self.lessons), self.lessons.tab_title())

    def _form_state(self) -> tuple[object, ...]:
        """What the form holds, to tell whether there are unsaved changes."""
        return (self.title.text(), self.description.toPlainText(), self.cause.toPlainText(),
                self.consequence.toPlainText(), self.category.text(), self.kind.currentText(),
                self.owner.currentText(), self.treatment.currentText(), self.exposure.text(),
                date_of(self.last_review), date_of(self.next_review), self.inherent.value(), self.current.value(),
                self.target.value(), tuple(self._controls_list()))

    def has_unsaved_changes(self) -> bool:
        return self._loaded_state is None or self._form_state() != self._loaded_state

    def open_recommendation(self, recommendation_id: uuid.UUID) -> bool:
        """Close the editor (asking first if there are unsaved changes) and show the recommendation in Exercises and
        lessons."""
        if self.has_unsaved_changes() and not self.confirm_leave(
                "This risk has changes that are not saved. Close it without saving and go to the recommendation in "
                "Exercises and lessons?"):
            return False
        self.reject()
        self.signals.openRecommendation.emit(recommendation_id)
        return True

    def show_audit(self) -> None:
        if self.risk_id is not None:
            AuditViewer(self.ctx, self, record_id=self.risk_id, title=f"Changes to {self.ref.text()}").open()

    # --- immediate changes -------------------------------------------------------------------------------------

    def add_control(self) -> None:
        item = self._control_item("New control")
        self.controls.setCurrentItem(item)
        self.controls.editItem(item)

    def add_action(self) -> None:
        if self.risk_id is None:
            return
        try:
            add_action(self.ctx, self.risk_id, self.action_text.text(), self.action_owner.currentText() or None,
                       date_of(self.action_due))
        except DomainError as exc:
            self.show_problems(str(exc))
            return
        self.action_text.clear()
        self._refresh_parts()

    def set_action_status(self) -> None:
        items = self.actions.selectedItems()
        if not items:
            self.show_problems("Select an action first")
            return
        action_id = items[0].data(Qt.ItemDataRole.UserRole)
        try:
            update_action(self.ctx, action_id, status=self.action_status.currentText())
        except DomainError as exc:
            self.show_problems(str(exc))
            return
        self._refresh_parts()

    def add_comment(self) -> None:
        if self.risk_id is None:
            return
        day = self.ctx.today()
        try:
            add_review_comment(self.ctx, self.risk_id, self.comment_text.toPlainText(),
                               author=self.comment_author.currentText() or None, on=day, reviewed=False)
        except DomainError as exc:
            self.show_problems(str(exc))
            return
        self.comment_text.clear()
        set_date(self.last_review, day)  # saved with the risk
        self._refresh_parts()

    def _refresh_parts(self) -> None:
        assert self.risk_id is not None
        detail = get_risk(self.ctx, self.risk_id)
        self._fill_actions(detail)
        self._fill_comments(detail)
        self.saved.emit(self.risk_id)
        self.signals.changed.emit(RISKS)

    # --- saving ------------------------------------------------------------------------------------------------

    def _clear_problems(self) -> None:
        self.problems.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show_problems(self, message: str, fields: list[str] | None = None) -> None:
        self.problems.setText(message)
        for name in fields or []:
            for key, widget in self.fields.items():
                if name.startswith(key) or key.startswith(name):
                    widget.setStyleSheet(ERROR_STYLE)

    def _exposure(self) -> float | None:
        text = self.exposure.text().strip().replace("£", "").replace("m", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValidationError.of("financial exposure (£m)", self.exposure.text(), "is not a number") from None

    def save(self) -> None:
        self._clear_problems()
        try:
            saved = self._save_new() if self.risk_id is None else self._save_existing()
        except ValidationError as exc:
            self.show_problems(str(exc), [p.field for p in exc.problems])
            return
        except ConflictError as exc:
            if self.ask_reload(str(exc)):
                self.load()
            else:
                self.show_problems(str(exc))
            return
        except DomainError as exc:
            self.show_problems(str(exc))
            return
        if saved:
            self.saved.emit(self.risk_id)
            self.signals.changed.emit(RISKS)
            self.accept()

    def _controls_list(self) -> list[str]:
        return [self.controls.item(i).text() for i in range(self.controls.count())]

    def _save_new(self) -> bool:
        inherent, current, target = self.inherent.value(), self.current.value(), self.target.value()
        self.risk_id = create_risk(self.ctx, RiskInput(
            register=self.register.currentText(), ref=self.ref.text(), title=self.title.text(),
            likelihood=current[0], impact=current[1], owner=self.owner.currentText() or None,
            description=self.description.toPlainText(), cause=self.cause.toPlainText(),
            consequence=self.consequence.toPlainText(), category=self.category.text(),
            kind=self.kind.currentText(), inherent_likelihood=inherent[0], inherent_impact=inherent[1],
            target_likelihood=target[0], target_impact=target[1], financial_exposure_m=self._exposure(),
            treatment=self.treatment.currentText(), last_review=date_of(self.last_review),
            next_review=date_of(self.next_review), controls=self._controls_list(),
        ))
        return True

    def _save_existing(self) -> bool:
        assert self.detail is not None and self.risk_id is not None
        row = self.detail.row
        old: dict[ScoreKind, tuple[int | None, int | None]] = {
            "inherent": (row.inherent_likelihood, row.inherent_impact), "current": (row.likelihood, row.impact),
            "target": (row.target_likelihood, row.target_impact)}
        new: dict[ScoreKind, tuple[int | None, int | None]] = {
            "inherent": self.inherent.value(), "current": self.current.value(), "target": self.target.value()}
        scores: dict[ScoreKind, tuple[Any, Any]] = {k: v for k, v in new.items() if v != old[k]}
        reason = ""
        if scores:
            described = "; ".join(f"{k} {old[k][0] or '-'} x {old[k][1] or '-'} → {v[0] or '-'} x {v[1] or '-'}"
                                  for k, v in scores.items())
            answer = self.ask_reason(f"{row.ref}: {described}\n\nWhy has it changed? (kept in the score history)")
            if answer is None:
                return False
            if not answer.strip():
                raise ValidationError.of("reason", answer, "say why the score changed (it goes in the score history)")
            reason = answer
        save_risk(
            self.ctx, self.risk_id, row.version, owner=self.owner.currentText() or None, scores=scores, reason=reason,
            title=self.title.text(), description=self.description.toPlainText().strip(),
            cause=self.cause.toPlainText().strip(), consequence=self.consequence.toPlainText().strip(),
            category=self.category.text().strip(), kind=self.kind.currentText(),
            treatment=self.treatment.currentText(), financial_exposure_m=self._exposure(),
            last_review=date_of(self.last_review), next_review=date_of(self.next_review),
        )
        if self._controls_list() != [c.description for c in self.detail.controls]:
            set_controls(self.ctx, self.risk_id, self._controls_list())
        return True
