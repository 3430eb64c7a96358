"""One incident on screen: the recovery clock by RTO, card checklists, situation reports and OPEL, the log."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.disruptions import LABELS
from bcm.errors import DomainError
from bcm.incident_rules import OPEL_LEVELS
from bcm.incident_views import IncidentDetail
from bcm.services.incidents import (
    add_closing_note,
    change_opel,
    incident_detail,
    record_sitrep,
    stand_down,
    tick_step,
)
from bcm.services.lessons import list_lessons
from bcm.services.people import list_people_names
from bcm.services.plan_detail import disruption_pack, get_plan_detail
from ui.app.background import Latest
from ui.app.colours import text_on
from ui.app.incidents.log_panel import LogPanel
from ui.app.printing import Printer
from ui.app.widgets.people_combo import people_combo

STATE_COLOURS = {"within": "#2e7d32", "approaching": "#f9a825", "breached": "#c62828"}
RATING_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828", "black": "#000000"}
STEP_ROLE = Qt.ItemDataRole.UserRole
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # a card's (service, disruption)


def ask_note_dialog(parent: QWidget, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
    return text if ok else None


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _hours(value: float) -> str:
    sign = "-" if value < 0 else ""
    minutes = round(abs(value) * 60)
    return f"{sign}{minutes // 60}h {minutes % 60:02d}m"


def _item_key(item: QTreeWidgetItem | None) -> object:
    """What a card or step item stands for, to find it again once the cards are filled again."""
    if item is None:
        return None
    return item.data(0, STEP_ROLE) if item.parent() is not None else item.data(0, CARD_ROLE)


def _coloured(item: QTableWidgetItem, colour: str) -> QTableWidgetItem:
    item.setBackground(QColor(colour))
    item.setForeground(text_on(colour))
    return item


class IncidentScreen(QWidget):
    changed = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.incident_id: uuid.UUID | None = None
        self.detail: IncidentDetail | None = None
        self.ask_note: Callable[[str, str], str | None] = lambda title, prompt: ask_note_dialog(self, title, prompt)
        people = list_people_names(ctx)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(False)  # its lines are set; wrapped, it was cut short inside the workspace's pages
        self.me = people_combo("Logging as", people)
        self.stand_down_button = QPushButton("Stand &down…")
        self.stand_down_button.clicked.connect(self.stand_down)
        self.note_button = QPushButton("Add closing &note…")
        self.note_button.clicked.connect(self.closing_note)
        self.printer = Printer(self)
        self.report_button = QPushButton("Print &report…")
        self.report_button.clicked.connect(self.print_report)
        self.pack_button = QPushButton("Print &packs")
        self.pack_menu = QMenu(self.pack_button)
        self.pack_button.setMenu(self.pack_menu)
        top = QHBoxLayout()  # the heading has a row of its own: beside the buttons, a long title was cut short
        top.addStretch(1)
        top.addWidget(QLabel("Logging as"))
        top.addWidget(self.me)
        top.addWidget(self.report_button)
        top.addWidget(self.pack_button)
        top.addWidget(self.stand_down_button)
        top.addWidget(self.note_button)

        self.clock = QTableWidget(0, 7)
        self.clock.setHorizontalHeaderLabels(["RTO", "Time left", "State", "Service", "P", "Critical activity",
                                              "Workaround"])
        self.clock.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.clock.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clock.setWordWrap(True)
        self.clock.verticalHeader().hide()
        self.clock.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.clock.setAccessibleName("Recovery clock")
        for column, width in ((0, 60), (1, 90), (2, 110), (3, 170), (4, 30), (5, 260)):
            self.clock.setColumnWidth(column, width)

        self.cards = QTreeWidget()
        self.cards.setHeaderLabels(["Step", "Who", "When", "Done"])
        self.cards.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cards.header().setStretchLastSection(False)
        for column, width in ((1, 170), (2, 130), (3, 170)):
            self.cards.setColumnWidth(column, width)
        self.cards.setAccessibleName("Response cards")
        self.cards.itemChanged.connect(self._step_changed)

        self.log = LogPanel(ctx, lambda: self.me.currentText() or None)
        self.log.logged.connect(self._logged)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.log, "&Log")
        self.tabs.addTab(self.clock, "Recovery &clock")
        self.tabs.addTab(self.cards, "Response c&ards")
        self.tabs.addTab(self._sitrep_tab(), "&Situation")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)  # the clock moves on without anyone touching it
        self.timer.timeout.connect(self.read_again)
        # The tick's read runs off the GUI thread: at county scale it is 35-60 ms, every 30 s, while someone types
        # into the log. What the user does is shown at once (refresh), and drops a tick's read still running.
        self._ticking = Latest(self._ticked, lambda exc: self.heading.setToolTip(f"Could not refresh: {exc}"),
                               parent=self)

    def _sitrep_tab(self) -> QWidget:
        page = QWidget()
        self.sitrep_service = QComboBox()
        self.sitrep_staffing = QDoubleSpinBox()
        self.sitrep_staffing.setRange(0, 100)
        self.sitrep_staffing.setSuffix(" %")
        self.sitrep_staffing.setValue(100)
        self.sitrep_issues = QLineEdit()
        record = QPushButton("Record situation report")
        record.clicked.connect(self.record_sitrep)
        self.opel_level = QComboBox()
        for level, colour in OPEL_LEVELS.items():
            self.opel_level.addItem(f"OPEL {level} ({colour})", level)
        self.opel_reason = QLineEdit()
        change = QPushButton("Change OPEL level")
        change.clicked.connect(self.change_opel)
        self.situation_problems = QLabel()
        self.situation_problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.sitreps = QTableWidget(0, 5)
        self.sitreps.setHorizontalHeaderLabels(["Time", "Service", "Staffing", "Rating", "Issues"])
        self.sitreps.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.sitreps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sitreps.setAccessibleName("Situation reports")
        self.opel = QTableWidget(0, 3)
        self.opel.setHorizontalHeaderLabels(["Time", "OPEL", "Reason"])
        self.opel.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.opel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.opel.setAccessibleName("OPEL changes")
        form = QFormLayout()
        form.addRow("Service", self.sitrep_service)
        form.addRow("Staffing available", self.sitrep_staffing)
        form.addRow("Issues", self.sitrep_issues)
        form.addRow("", record)
        form.addRow("OPEL level", self.opel_level)
        form.addRow("Reason", self.opel_reason)
        form.addRow("", change)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.situation_problems)
        layout.addWidget(self.sitreps, 2)
        layout.addWidget(self.opel, 1)
        return page

    # --- showing -----------------------------------------------------------------------------------------------

    def show_incident(self, incident_id: uuid.UUID) -> None:
        self.incident_id = incident_id
        self.refresh()
        if self.detail is not None and not self.me.currentText():
            self.me.setCurrentText(self.detail.row.lead)
        self.timer.start()

    def _logged(self) -> None:
        """Only the log has changed: what is new in it is read, not the whole screen again."""
        if self.incident_id is not None:
            self.log.show_incident(self.incident_id, True)

    def refresh(self) -> None:
        if self.incident_id is None:
            return
        self._ticking.cancel()  # older than what is read now
        self._show(incident_detail(self.ctx, self.incident_id, with_log=False))  # the log panel reads the log

    def read_again(self) -> None:
        """The incident read again off the GUI thread, and shown once read: each 30 s tick, and when something
        changed it elsewhere (a sync brought another laptop's entries)."""
        if self.incident_id is not None:
            ctx, incident_id = self.ctx, self.incident_id
            self._ticking.start(lambda: incident_detail(ctx, incident_id, with_log=False))

    def _ticked(self, detail: IncidentDetail) -> None:
        if detail.row.id == self.incident_id:  # not another incident opened meanwhile
            self.heading.setToolTip("")
            self._show(detail)

    def _show(self, detail: IncidentDetail) -> None:
        self.detail = detail
        row = detail.row
        now = self.ctx.now()
        elapsed = (row.stood_down_at or now) - row.started_at
        opel = f" · OPEL {row.opel} ({OPEL_LEVELS[row.opel]})" if row.opel else ""
        breached = sum(c.state == "breached" for c in detail.clock)
        approaching = sum(c.state == "approaching" for c in detail.clock)
        self.heading.setText(
            f"<h2>{row.title}</h2>{', '.join(LABELS.get(d, d) for d in row.disruptions)} · lead {row.lead or '—'}"
            f" · started {row.started_at.astimezone():%d/%m/%Y %H:%M} · <b>{_hours(elapsed.total_seconds() / 3600)}"
            f" elapsed</b>{opel} · status {row.status.replace('_', ' ')}<br>"
            f"<b style='color:#c62828'>{breached} RTOs breached</b> · "
            f"<b style='color:#8d6e00'>{approaching} approaching</b>")
        active = row.status == "active"
        self.stand_down_button.setEnabled(active)
        self.note_button.setEnabled(not active)
        self._fill_pack_menu(detail)
        self._fill_clock(detail)
        self._fill_cards(detail, active)
        self._fill_situation(detail)
        self.log.show_incident(row.id, active, row.entries)
        current = self.sitrep_service.currentText()
        self.sitrep_service.clear()
        self.sitrep_service.addItems(detail.services)
        self.sitrep_service.setCurrentText(current)

    def _fill_pack_menu(self, detail: IncidentDetail) -> None:
        self.pack_menu.clear()
        for disruption in detail.row.disruptions:
            action = self.pack_menu.addAction(f"Disruption pack: {LABELS.get(disruption, disruption)}…")
            action.triggered.connect(lambda _c=False, d=disruption: self.print_disruption_pack(d))
        self.pack_menu.addSeparator()
        for service in detail.services:
            action = self.pack_menu.addAction(f"Grab pack: {service}…")
            action.triggered.connect(lambda _c=False, s=service: self.print_service_pack(s))

    def print_report(self) -> None:
        if self.detail is None:
            return
        from exports.pdf.incident_report import incident_report_pdf  # ReportLab: imported when first used

        ctx, title = self.ctx, self.detail.row.title
        incident_id = self.detail.row.id

        def build(path: Path) -> Path:
            detail = incident_detail(ctx, incident_id)
            lessons = [r for r in list_lessons(ctx) if r.event_kind == "incident" and r.event == title]
            return incident_report_pdf(detail, lessons, path, ctx.now().astimezone())

        self.printer.print(f"Print the report of {title}", f"incident-report-{_slug(title)}.pdf", build)

    def print_disruption_pack(self, disruption: str) -> None:
        from exports.pdf.disruption_pack import disruption_pack_pdf  # ReportLab: imported when first used

        ctx = self.ctx
        self.printer.print(f"Print the {LABELS[disruption].lower()} pack", f"disruption-pack-{disruption}.pdf",
                           lambda path: disruption_pack_pdf(disruption_pack(ctx, disruption), path,
                                                            ctx.now().astimezone()))

    def print_service_pack(self, service: str) -> None:
        from exports.pdf.service_pack import service_pack_pdf  # ReportLab: imported when first used

        ctx = self.ctx
        self.printer.print(f"Print the grab pack for {service}", f"grab-pack-{_slug(service)}.pdf",
                           lambda path: service_pack_pdf(get_plan_detail(ctx, service), path,
                                                         ctx.now().astimezone()))

    def _fill_clock(self, detail: IncidentDetail) -> None:
        self.clock.setRowCount(len(detail.clock))
        for r, c in enumerate(detail.clock):
            left = _hours(c.hours_left) if c.hours_left >= 0 else f"over by {_hours(-c.hours_left)}"
            values = (f"{c.rto_hours:g} h", left, c.state.upper(), c.service, str(c.priority), c.activity,
                      c.workaround)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    _coloured(item, STATE_COLOURS[c.state])
                self.clock.setItem(r, column, item)

    def _fill_cards(self, detail: IncidentDetail, active: bool) -> None:
        """The cards filled again, the user's place kept: which cards they folded, the step they were on and how
        far down they had scrolled (every 30 s, the list went back to its top with every card unfolded)."""
        cards = [self.cards.topLevelItem(i) for i in range(self.cards.topLevelItemCount())]
        folded = {card.data(0, CARD_ROLE) for card in cards if card is not None and not card.isExpanded()}
        current, top = (_item_key(item) for item in (self.cards.currentItem(), self.cards.itemAt(0, 0)))
        made: dict[object, QTreeWidgetItem] = {}  # each card and step filled again, by what it stands for
        self.cards.blockSignals(True)
        self.cards.clear()
        for card in detail.cards:
            done = sum(s.ticked_at is not None for s in card.steps)
            parent = QTreeWidgetItem([f"{card.service}: {card.title or LABELS[card.disruption]} "
                                      f"({done}/{len(card.steps)} done)"])
            for step in card.steps:
                ticked = step.ticked_at is not None
                stamp = f"{step.ticked_by or '—'} at {step.ticked_at.astimezone():%H:%M}" if step.ticked_at else ""
                child = QTreeWidgetItem([f"{step.position}. {step.text}", step.who, step.when, stamp])
                child.setData(0, STEP_ROLE, step.id)
                made[step.id] = child
                for column, full in enumerate((step.text, step.who, step.when)):
                    child.setToolTip(column, full)
                child.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                if ticked or not active:  # a tick is a record: it is not taken back
                    child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                parent.addChild(child)
            parent.setData(0, CARD_ROLE, (card.service, card.disruption))
            made[(card.service, card.disruption)] = parent
            self.cards.addTopLevelItem(parent)
            parent.setExpanded((card.service, card.disruption) not in folded)
        if current in made:  # without scrolling to it: that unfolds its card, folded or not
            self.cards.setAutoScroll(False)
            self.cards.setCurrentItem(made[current])
            self.cards.setAutoScroll(True)
        if top in made:
            self.cards.scrollToItem(made[top], QAbstractItemView.ScrollHint.PositionAtTop)
        self.cards.blockSignals(False)

    def _fill_situation(self, detail: IncidentDetail) -> None:
        self.sitreps.setRowCount(len(detail.sitreps))
        for r, s in enumerate(reversed(detail.sitreps)):
            staffing = f"{s.staffing_percent:g}%" if s.staffing_percent is not None else ""
            for column, value in enumerate((f"{s.at.astimezone():%d/%m %H:%M}", s.service, staffing,
                                            (s.rating or "").upper(), s.issues)):
                item = QTableWidgetItem(value)
                if column == 3 and s.rating:
                    _coloured(item, RATING_COLOURS[s.rating])
                self.sitreps.setItem(r, column, item)
        self.opel.setRowCount(len(detail.opel))
        for r, o in enumerate(reversed(detail.opel)):
            for column, value in enumerate((f"{o.at.astimezone():%d/%m %H:%M}",
                                            f"{o.level} ({OPEL_LEVELS[o.level]})", o.reason)):
                item = QTableWidgetItem(value)
                if column == 1:
                    _coloured(item, RATING_COLOURS[OPEL_LEVELS[o.level]])
                self.opel.setItem(r, column, item)

    # --- changes -----------------------------------------------------------------------------------------------

    def _step_changed(self, item: QTreeWidgetItem, column: int) -> None:
        step_id = item.data(0, STEP_ROLE)
        if column != 0 or step_id is None or self.incident_id is None:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            try:
                tick_step(self.ctx, self.incident_id, step_id, self.me.currentText() or None)
            except DomainError as exc:
                self.situation_problems.setText(str(exc))
        # Rebuilding the tree here would delete the item whose change is still being delivered: do it next turn.
        QTimer.singleShot(0, self._after_tick)

    def _after_tick(self) -> None:
        self.refresh()
        self.changed.emit()

    def _do(self, action: Callable[[], None]) -> bool:
        self.situation_problems.clear()
        try:
            action()
        except DomainError as exc:
            self.situation_problems.setText(str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def record_sitrep(self) -> None:
        if self.incident_id is not None:
            incident_id = self.incident_id
            if self._do(lambda: record_sitrep(self.ctx, incident_id, self.sitrep_service.currentText(),
                                              self.sitrep_staffing.value(), self.sitrep_issues.text())):
                self.sitrep_issues.clear()

    def change_opel(self) -> None:
        if self.incident_id is not None:
            incident_id = self.incident_id
            if self._do(lambda: change_opel(self.ctx, incident_id, self.opel_level.currentData(),
                                            self.opel_reason.text())):
                self.opel_reason.clear()

    def stand_down(self) -> None:
        if self.incident_id is None:
            return
        incident_id = self.incident_id
        note = self.ask_note("Stand down", "Closing note: why is the incident stood down? The log closes to new "
                             "entries and the incident moves on to its debrief.")
        if note is not None:
            self._do(lambda: stand_down(self.ctx, incident_id, note))

    def closing_note(self) -> None:
        if self.incident_id is None:
            return
        incident_id = self.incident_id
        note = self.ask_note("Closing note", "Add to the closing note (it is added to, never overwritten):")
        if note is not None:
            self._do(lambda: add_closing_note(self.ctx, incident_id, note))
