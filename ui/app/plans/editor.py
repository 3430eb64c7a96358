"""The plan editor: one service's business continuity plan in tabs, from its overview to its sign-off.

Every tab saves through one bcm service call at a time (`PlanEditor.run`), then the whole plan is read back, so what
is on screen is what is saved. Changing an approved plan starts a new draft: the editor says so above the tabs."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.errors import ConflictError, DomainError, ValidationError
from bcm.plan_edit_rules import format_hours
from bcm.plan_edit_views import PlanEdit, VersionRow
from bcm.services import plan_editing as pe
from bcm.services.lessons import recommendations_for_plan
from bcm.services.people import list_people_names
from ui.app.models.plan_tables import STATUS_COLOURS, VersionTableModel, day
from ui.app.plans.bia_tabs import ActivitiesTab, DependenciesTab
from ui.app.plans.common import InlineProblems, hint, row_table, selected_row, text_box
from ui.app.plans.contact_tabs import CardsTab, CascadeTab, ThresholdsTab
from ui.app.risk_editor import date_edit, date_of, set_date
from ui.app.signals import DATABASE, LESSONS, PEOPLE, PLANS, AppSignals
from ui.app.widgets.people_combo import people_combo, set_people
from ui.app.widgets.recommendations_panel import RecommendationsPanel

NOTICE_STYLE = "background: #fff3e0; color: #5d3a00; border: 1px solid #ffb74d; padding: 6px;"
TAB_TITLES = ("Overview", "Critical activities (BIA)", "Dependencies", "Contacts and call cascade",
              "Response cards", "Staffing thresholds", "Versions and sign-off")


def ask_summary_dialog(parent: QWidget, prompt: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, "Approve the plan", prompt)
    return text if ok else None


def ask_reload_dialog(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.warning(parent, "Changed elsewhere", message + "\n\nReload the plan now? Your unsaved "
                                 "changes here will be lost.", QMessageBox.StandardButton.Yes
                                 | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def confirm_dialog(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, "Business continuity plan", question)
    return answer == QMessageBox.StandardButton.Yes


def status_chip(status: str) -> str:
    background, text = STATUS_COLOURS.get(status, ("#eeeeee", "#000000"))
    return (f"<span style='background:{background}; color:{text}; font-weight:bold;'>"
            f"&nbsp;{status.upper()}&nbsp;</span>")


class OverviewTab(QWidget):
    def __init__(self, host: PlanEditor) -> None:
        super().__init__()
        self.host = host
        self.service = QLabel()
        self.owner = people_combo("Owner", host.people, find_anywhere=True)
        self.author = people_combo("Author", host.people, find_anywhere=True)
        self.approver = people_combo("Approver", host.people, find_anywhere=True)
        self.next_review = date_edit("Next review")
        self.last_exercised = QLabel()
        self.scope = text_box("Scope", 84)
        self.invocation = text_box("Invocation criteria", 84, "when the plan is invoked, e.g. staffing below 75%; "
                                                              "Mosaic down for more than 2 hours")
        self.who_may_invoke = text_box("Who may invoke", 60)
        form = QFormLayout()
        for text, widget in (("Service", self.service), ("&Owner", self.owner), ("&Author", self.author),
                             ("A&pprover", self.approver), ("&Next review", self.next_review),
                             ("Last exercised", self.last_exercised), ("S&cope", self.scope),
                             ("&Invocation criteria", self.invocation), ("&Who may invoke", self.who_may_invoke)):
            form.addRow(text, widget)
        self.problems = InlineProblems({"owner": self.owner, "author": self.author, "approver": self.approver,
                                        "next review": self.next_review})
        self.save_button = QPushButton("&Save overview")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton("&Revert")
        self.revert_button.clicked.connect(lambda: self.host.edit and self.fill(self.host.edit, force=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems.label)
        layout.addLayout(buttons)
        layout.addStretch()
        self.dirty = False
        for combo in (self.owner, self.author, self.approver):
            combo.currentTextChanged.connect(self._changed)
        for box in (self.scope, self.invocation, self.who_may_invoke):
            box.textChanged.connect(self._changed)
        self.next_review.dateChanged.connect(self._changed)

    def _changed(self, *_: Any) -> None:
        self.dirty = True

    def set_people(self, people: list[str]) -> None:
        for combo in (self.owner, self.author, self.approver):
            set_people(combo, people)

    def fill(self, edit: PlanEdit, force: bool = False) -> None:
        """Refill from the saved plan, unless there are unsaved edits here (another tab's save must not lose them)."""
        if self.dirty and not force:
            return
        o = edit.overview
        self.service.setText(f"<b>{o.service}</b>" + (f" ({o.short_name})" if o.short_name else ""))
        self.owner.setCurrentText(o.owner)
        self.author.setCurrentText(o.author)
        self.approver.setCurrentText(o.approver)
        set_date(self.next_review, o.next_review)
        self.last_exercised.setText(day(o.last_exercised) or "not yet exercised")
        self.scope.setPlainText(o.scope)
        self.invocation.setPlainText(o.invocation_criteria)
        self.who_may_invoke.setPlainText(o.who_may_invoke)
        self.problems.clear()
        self.dirty = False

    def data(self) -> pe.OverviewInput:
        return pe.OverviewInput(
            owner=self.owner.currentText() or None, author=self.author.currentText() or None,
            approver=self.approver.currentText() or None, scope=self.scope.toPlainText(),
            invocation_criteria=self.invocation.toPlainText(), who_may_invoke=self.who_may_invoke.toPlainText(),
            next_review=date_of(self.next_review))

    def save(self) -> bool:
        edit, data = self.host.edit, self.data()
        if edit is None:
            return False
        self.dirty = False
        ok = self.host.run(self.problems, lambda: pe.update_overview(self.host.ctx, edit.overview.plan_id,
                                                                     edit.overview.version, data))
        self.dirty = not ok
        return ok


class VersionsTab(QWidget):
    def __init__(self, host: PlanEditor) -> None:
        super().__init__()
        self.host = host
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Plan status")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.approve_button = QPushButton("&Approve this version…")
        self.approve_button.clicked.connect(self.approve)
        self.draft_button = QPushButton("Start a &review draft")
        self.draft_button.setToolTip("Open the next draft to review the plan; approve it even if nothing changed")
        self.draft_button.clicked.connect(self.start_draft)
        self.view_button = QPushButton("&View the version as approved…")
        self.view_button.clicked.connect(self.view_selected)
        self.model = VersionTableModel()
        self.table = row_table(self.model, "Version history", {
            VersionTableModel.NUMBER: 90, VersionTableModel.ISSUED: 110, VersionTableModel.OWNER: 160,
            VersionTableModel.APPROVED_BY: 160}, stretch=VersionTableModel.SUMMARY, wrap_lines=3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.view_selected())
        self.problems = InlineProblems()
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.problems.label)
        layout.addWidget(QLabel("<b>Version history</b> (as on the plan's front page; newest first)"))
        layout.addWidget(self.table, 1)
        layout.addWidget(hint("Approving freezes the draft as a version — number, date issued, summary of change, "
                              "owner and approver, with a copy of the whole plan — and sets the next review 12 months "
                              "on. Changing an approved plan starts a new draft; the approved version stays as it "
                              "was."))

    def fill(self, edit: PlanEdit) -> None:
        o = edit.overview
        if o.is_draft:
            last = next(iter(edit.versions), None)
            since = f" The last approved version, {last.number}, stays frozen below." if last else ""
            self.status.setText(f"{status_chip('draft')} <b>Draft {o.number}</b> — not yet approved.{since} "
                                f"Approver: {o.approver or '<i>name one on the Overview</i>'}.")
            self.approve_button.setText(f"&Approve version {o.number}…")
        else:
            by = f" by {o.approver}" if o.approver else ""
            self.status.setText(f"{status_chip(o.status)} <b>Version {o.number}</b>, approved {day(o.approved_on)}"
                                f"{by}. Next review {day(o.next_review) or 'not set'}.")
            self.approve_button.setText("&Approve this version…")
        self.approve_button.setEnabled(o.is_draft)
        self.draft_button.setVisible(not o.is_draft)
        self.approve_button.setToolTip("" if o.is_draft else "Already approved: change the plan to start a new draft")
        rows: list[VersionRow | str] = [o.number] if o.is_draft else []
        self.model.set_rows([*rows, *edit.versions])
        self.view_button.setEnabled(False)
        self.problems.clear()

    def _selected(self) -> None:
        r = selected_row(self.table)
        row = self.model.row_at(r) if r is not None else None
        self.view_button.setEnabled(isinstance(row, VersionRow) and row.frozen)

    def approve(self) -> bool:
        edit = self.host.edit
        if edit is None or not edit.overview.is_draft:
            return False
        o = edit.overview
        summary = self.host.ask_summary(
            f"Approve {o.service}'s plan, version {o.number}, as signed off by {o.approver or '(no approver yet)'}."
            "\n\nBrief summary of change (it goes in the version history):")
        if summary is None:
            return False
        return self.host.run(self.problems, lambda: pe.approve_plan(self.host.ctx, o.plan_id, o.version, summary))

    def start_draft(self) -> bool:
        edit = self.host.edit
        if edit is None or edit.overview.is_draft:
            return False
        o = edit.overview
        return self.host.run(self.problems, lambda: pe.start_draft(self.host.ctx, o.plan_id, o.version))

    def view_selected(self) -> None:
        r = selected_row(self.table)
        row = self.model.row_at(r) if r is not None else None
        if not isinstance(row, VersionRow) or not row.frozen:
            return
        snapshot = pe.version_snapshot(self.host.ctx, row.id)
        if snapshot is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Version {row.number} as approved on {day(row.issued_on)}")
        dialog.resize(760, 620)
        browser = QTextBrowser()
        browser.setHtml(snapshot_html(snapshot, row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.open()


def snapshot_html(snapshot: dict[str, Any], row: VersionRow) -> str:
    """The frozen plan, read-only: who, when, and its critical activities, cascade and cards."""
    from html import escape

    def text(value: Any) -> str:
        return escape(str(value or ""))

    parts = [f"<h2>{text(snapshot.get('service'))} — version {text(row.number)}</h2>",
             f"<p>Issued {day(row.issued_on)}; owner {text(row.owner)}; approved by {text(row.approved_by)}.<br>"
             f"Summary of change: {text(row.summary)}</p>",
             f"<p><b>Invocation criteria:</b> {text(snapshot.get('invocation_criteria'))}</p>",
             "<h3>Critical activities</h3><table border='1' cellpadding='3' cellspacing='0'>"
             "<tr><th>P</th><th>Activity</th><th>RTO</th><th>MTPD</th><th>Workarounds</th></tr>"]
    for a in snapshot.get("activities") or []:
        parts.append(f"<tr><td>{text(a.get('priority'))}</td><td>{text(a.get('name'))}</td>"
                     f"<td>{format_hours(a.get('rto_hours'))}</td><td>{format_hours(a.get('mtpd_hours'))}</td>"
                     f"<td>{text(a.get('workarounds'))}</td></tr>")
    parts.append("</table><h3>Call cascade</h3><ol>")
    for c in snapshot.get("cascade") or []:
        person = c.get("person") or {}
        parts.append(f"<li>{text(person.get('name'))} — {text(c.get('role'))} "
                     f"(out of hours {text(person.get('out_of_hours'))})</li>")
    parts.append("</ol><h3>Response cards</h3>")
    for card in snapshot.get("cards") or []:
        steps = "".join(f"<li>{text(s.get('text'))} <i>{text(s.get('who'))} {text(s.get('when'))}</i></li>"
                        for s in card.get("steps") or [])
        parts.append(f"<p><b>{text(card.get('label'))}</b></p><ol>{steps}</ol>")
    return "".join(parts)


class PlanEditor(QWidget):
    """One plan in tabs. Give it a plan with open_plan(); it saves through bcm and reads the plan back."""

    saved = Signal()

    def __init__(self, ctx: Context, signals: AppSignals) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = signals
        self.edit: PlanEdit | None = None
        self.people: list[str] = list_people_names(ctx)
        # Injectable so tests can answer the prompts without a modal dialog.
        self.ask_summary: Callable[[str], str | None] = lambda prompt: ask_summary_dialog(self, prompt)
        self.ask_reload: Callable[[str], bool] = lambda message: ask_reload_dialog(self, message)
        self.confirm: Callable[[str], bool] = lambda question: confirm_dialog(self, question)
        self._saving = False
        self.setAccessibleName("Plan editor")

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Plan")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setAccessibleName("Notice")
        self.notice.hide()
        self.overview = OverviewTab(self)
        self.activities = ActivitiesTab(self)
        self.dependencies = DependenciesTab(self)
        self.cascade = CascadeTab(self)
        self.cards = CardsTab(self)
        self.thresholds = ThresholdsTab(self)
        self.versions = VersionsTab(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Plan sections")
        for title, tab in zip(TAB_TITLES, (self.overview, self.activities, self.dependencies, self.cascade, self.cards,
                                           self.thresholds, self.versions), strict=True):
            self.tabs.addTab(tab, title)
        self.lessons = RecommendationsPanel("plan")
        self.lessons.openRecommendation.connect(signals.openRecommendation)
        self.tabs.addTab(self.lessons, "Lessons")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        signals.changed.connect(self._on_changed)

    # --- loading -----------------------------------------------------------------------------------------------

    @property
    def plan_id(self) -> uuid.UUID | None:
        return self.edit.overview.plan_id if self.edit else None

    def open_plan(self, plan_id: uuid.UUID) -> None:
        if plan_id != self.plan_id:
            self.notice.hide()
            self.overview.dirty = False
            self.activities.new()
            self.dependencies.new()
            self.cascade.new()
            self.cards.new()
        self.load(plan_id)

    def load(self, plan_id: uuid.UUID) -> None:
        self.edit = pe.get_plan_edit(self.ctx, plan_id)
        self._fill(self.edit)

    def reload(self) -> None:
        if self.plan_id is not None:
            self.load(self.plan_id)

    def _fill(self, edit: PlanEdit) -> None:
        o = edit.overview
        gaps = f" · <span style='color:#b71c1c'><b>{len(edit.gaps)} GAP{'S' if len(edit.gaps) != 1 else ''}</b>" \
               "</span>" if edit.gaps else ""
        self.heading.setText(f"<span style='font-size:15pt'><b>{o.service}</b></span> — business continuity plan, "
                             f"version {o.number} {status_chip(o.status)} · owner {o.owner or '<i>none</i>'} · next "
                             f"review {day(o.next_review) or '<i>not set</i>'}{gaps}")
        if not o.is_draft:
            self.notice.hide()
        for tab in (self.overview, self.activities, self.dependencies, self.cascade, self.cards, self.thresholds,
                    self.versions):
            tab.fill(edit)
        self._fill_lessons()

    def _fill_lessons(self) -> None:
        """The recommendations from lessons that name this plan (read-only here)."""
        if self.edit is None:
            return
        try:
            rows = recommendations_for_plan(self.ctx, self.edit.overview.service)
        except DomainError as exc:
            self.lessons.summary.setText(str(exc))
            return
        self.lessons.set_rows(rows)
        self.tabs.setTabText(self.tabs.indexOf(self.lessons), self.lessons.tab_title())

    def _on_changed(self, kind: str) -> None:
        if self._saving:
            return
        if kind in (PEOPLE, DATABASE):
            self.set_people(list_people_names(self.ctx))
        if kind == LESSONS:
            self._fill_lessons()
        if kind in (PLANS, PEOPLE) and self.plan_id is not None:
            try:
                self.reload()
            except DomainError:
                self.edit = None  # the plan went elsewhere: the workspace shows the list again

    def set_people(self, people: list[str]) -> None:
        self.people = people
        self.overview.set_people(people)
        self.cascade.set_people(people)

    # --- saving ------------------------------------------------------------------------------------------------

    def run(self, problems: InlineProblems, action: Callable[[], Any]) -> bool:
        """Make one change through bcm; show a refusal beside the fields, or read the plan back and tell the app."""
        before = self.edit.overview if self.edit else None
        problems.clear()
        try:
            action()
        except ValidationError as exc:
            problems.show_error(exc)
            return False
        except ConflictError as exc:
            if self.ask_reload(str(exc)):
                self.overview.dirty = False
                self.reload()
            else:
                problems.show(str(exc))
            return False
        except DomainError as exc:
            problems.show(str(exc))
            return False
        self.reload()
        after = self.edit.overview if self.edit else None
        if before is not None and after is not None and not before.is_draft and after.is_draft:
            self.notice.setText(
                f"<b>New draft {after.number} started.</b> You changed approved version {before.number}; it stays "
                f"frozen in the version history. When the changes are done, approve draft {after.number} on "
                "Versions and sign-off.")
            self.notice.show()
        elif after is not None and before is not None and before.is_draft and not after.is_draft:
            self.notice.setText(f"<b>Version {after.number} approved</b> and frozen. Next review "
                                f"{day(after.next_review)}.")
            self.notice.show()
        self._saving = True
        try:
            self.signals.changed.emit(PLANS)
        finally:
            self._saving = False
        self.saved.emit()
        return True
