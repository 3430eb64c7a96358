"""The people-facing tabs of a plan: the call cascade, the response cards, and the staffing thresholds."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bcm.disruptions import LABELS
from bcm.plan_edit_rules import LEVEL_LABELS
from bcm.plan_edit_views import CardRow, CascadeRow, PlanEdit, StepRow
from bcm.services import plan_editing as pe
from db.models.plans import STAFFING_LEVELS
from ui.app.models.plan_tables import CascadeTableModel, StepTableModel
from ui.app.plans.common import (
    Host,
    InlineProblems,
    hint,
    move_selected,
    row_table,
    select_record,
    selected_row,
    text_box,
)
from ui.app.widgets.people_combo import people_combo, set_people

LEVEL_STYLES = {  # background and text: readable on each
    "amber": "background: #ffb300; color: #000000;",
    "red": "background: #c62828; color: #ffffff;",
    "black": "background: #000000; color: #ffffff;",
}


def _move_buttons(name: str, up: Callable[[], None], down: Callable[[], None]) -> tuple[QPushButton, QPushButton]:
    """Move up / Move down, for keyboard users (Alt+Up, Alt+Down) as well as the mouse."""
    up_button = QPushButton("Move &up")
    down_button = QPushButton("Move do&wn")
    up_button.setShortcut(QKeySequence("Alt+Up"))
    down_button.setShortcut(QKeySequence("Alt+Down"))
    up_button.setToolTip(f"Move the selected {name} up one place (Alt+Up)")
    down_button.setToolTip(f"Move the selected {name} down one place (Alt+Down)")
    up_button.clicked.connect(up)
    down_button.clicked.connect(down)
    return up_button, down_button


class CascadeTab(QWidget):
    """Who calls whom, in order, with alternates and out-of-hours numbers; reordered by dragging or the buttons."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.model = CascadeTableModel()
        self.model.moveRequested.connect(lambda source, target: self.move_row(source, target))
        self.table = row_table(self.model, "Call cascade", {
            CascadeTableModel.POSITION: 34, CascadeTableModel.PERSON: 150, CascadeTableModel.ROLE: 240,
            CascadeTableModel.CALLED_BY: 150, CascadeTableModel.MOBILE: 110, CascadeTableModel.OUT_OF_HOURS: 110,
            CascadeTableModel.ALTERNATE: 150}, draggable=True, wrap_lines=2)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.up_button, self.down_button = _move_buttons("person", lambda: self.move_by(-1), lambda: self.move_by(1))

        self.person = people_combo("Person called", host.people, find_anywhere=True)
        self.role = QLineEdit()
        self.role.setAccessibleName("Role")
        self.role.setPlaceholderText("e.g. Service Manager, on-call supervisor")
        self.called_by = people_combo("Called by", host.people, find_anywhere=True)
        self.alternate = people_combo("Alternate", host.people, find_anywhere=True)
        self.problems = InlineProblems({"person": self.person, "called by": self.called_by,
                                        "alternate": self.alternate})
        self.new_button = QPushButton("&New place")
        self.save_button = QPushButton("&Save place")
        self.remove_button = QPushButton("Remo&ve…")
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        form = QGridLayout()
        for r, c, text, widget in ((0, 0, "&Person called", self.person), (0, 2, "&Role", self.role),
                                   (1, 0, "&Called by", self.called_by), (1, 2, "&Alternate", self.alternate)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, r, c)
            form.addWidget(widget, r, c + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(hint("Phone numbers come from each person's details under People and services."), 1)
        self.box = QGroupBox("New place in the cascade")
        box_layout = QVBoxLayout(self.box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.problems.label)
        box_layout.addLayout(buttons)

        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(hint("Drag a row to reorder the cascade, or select it and use Move up / Move down "
                             "(Alt+Up, Alt+Down)."), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(moves)
        layout.addWidget(self.box)
        self._editing: CascadeRow | None = None
        self.new()

    def set_people(self, people: list[str]) -> None:
        for combo in (self.person, self.called_by, self.alternate):
            set_people(combo, people)

    def fill(self, edit: PlanEdit) -> None:
        keep = self._editing.id if self._editing else None
        self.model.set_rows(list(edit.cascade))
        if keep is None or not select_record(self.table, self.model, keep):
            self.new()
        else:
            self._selected()

    def _selected(self) -> None:
        r = selected_row(self.table)
        row = self.model.row_at(r) if r is not None else None
        self.up_button.setEnabled(row is not None and r != 0)
        self.down_button.setEnabled(row is not None and r != self.model.rowCount() - 1)
        if row is None:
            return
        self._editing = row
        self.box.setTitle(f"Place {row.position}: {row.person}")
        self.person.setCurrentText(row.person)
        self.role.setText(row.role)
        self.called_by.setCurrentText(row.called_by)
        self.alternate.setCurrentText(row.alternate)
        self.remove_button.setEnabled(True)
        self.problems.clear()

    def new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.box.setTitle("New place in the cascade")
        last = self.model.rows()[-1].person if self.model.rows() else ""
        for combo, text in ((self.person, ""), (self.called_by, last), (self.alternate, "")):
            combo.setCurrentText(text)
        self.role.clear()
        self.remove_button.setEnabled(False)
        self.up_button.setEnabled(False)
        self.down_button.setEnabled(False)
        self.problems.clear()

    def save(self) -> bool:
        edit, editing = self.host.edit, self._editing
        if edit is None:
            return False
        data = pe.CascadeInput(person=self.person.currentText(), role=self.role.text(),
                               called_by=self.called_by.currentText() or None,
                               alternate=self.alternate.currentText() or None)
        if editing is None:
            added: list[uuid.UUID] = []
            if not self.host.run(self.problems, lambda: added.append(
                    pe.add_cascade_entry(self.host.ctx, edit.overview.plan_id, data))):
                return False
            select_record(self.table, self.model, added[0])
            return True
        return self.host.run(self.problems, lambda: pe.update_cascade_entry(self.host.ctx, editing.id,
                                                                            editing.version, data))

    def remove(self) -> None:
        editing = self._editing
        if editing is None or not self.host.confirm(
                f"Take {editing.person} (place {editing.position}) out of the call cascade?"):
            return
        self._editing = None
        self.host.run(self.problems, lambda: pe.remove_cascade_entry(self.host.ctx, editing.id))
        self.new()

    def move_row(self, source: int, target: int) -> None:
        """Save a move (from a drag or a button): the row at `source` goes to `target` (0-based)."""
        row = self.model.row_at(source)
        if row is None:
            return
        self._editing = row
        self.host.run(self.problems, lambda: pe.move_cascade_entry(self.host.ctx, row.id, target + 1))
        select_record(self.table, self.model, row.id)
        self.table.setFocus()

    def move_by(self, step: int) -> None:
        move_selected(self.table, step, self.move_row)


class CardsTab(QWidget):
    """One card per disruption type, each an ordered checklist of steps (step, who, when)."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.types = QListWidget()
        self.types.setAccessibleName("Disruption types")
        self.types.setMinimumWidth(230)
        for key, label in LABELS.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.types.addItem(item)
        self.types.currentRowChanged.connect(lambda _r: self._show_card())

        self.title = QLineEdit()
        self.title.setAccessibleName("Card title")
        self.title.setPlaceholderText("the plan's own title, e.g. Loss of power at a KEaH base")
        self.title_button = QPushButton("Save &title")
        self.title_button.clicked.connect(self.save_title)
        self.remove_card_button = QPushButton("Remove card…")
        self.remove_card_button.clicked.connect(self.remove_card)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel("Title"))
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.title_button)
        title_row.addWidget(self.remove_card_button)

        self.model = StepTableModel()
        self.model.moveRequested.connect(lambda source, target: self.move_row(source, target))
        self.table = row_table(self.model, "Steps", {StepTableModel.POSITION: 34, StepTableModel.WHO: 170,
                                                     StepTableModel.WHEN: 150}, stretch=StepTableModel.TEXT,
                               draggable=True, wrap_lines=3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.up_button, self.down_button = _move_buttons("step", lambda: self.move_by(-1), lambda: self.move_by(1))

        self.step = QLineEdit()
        self.step.setAccessibleName("Step")
        self.step.setPlaceholderText("what is to be done, e.g. Phone every red-rated client who lives alone")
        self.who = QLineEdit()
        self.who.setAccessibleName("Who")
        self.who.setPlaceholderText("Who")
        self.when = QLineEdit()
        self.when.setAccessibleName("When")
        self.when.setPlaceholderText("When, e.g. within 1 hour")
        self.problems = InlineProblems({"step": self.step, "disruption": self.types})
        self.new_button = QPushButton("&New step")
        self.save_button = QPushButton("&Save step")
        self.remove_button = QPushButton("Remo&ve step")
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step, 3)
        step_row.addWidget(self.who, 1)
        step_row.addWidget(self.when, 1)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)

        self.card_box = QGroupBox()
        card_layout = QVBoxLayout(self.card_box)
        card_layout.addLayout(title_row)
        card_layout.addWidget(self.table, 1)
        card_layout.addLayout(step_row)
        card_layout.addWidget(self.problems.label)
        card_layout.addLayout(buttons)
        card_layout.addWidget(hint("Drag a step, or use Move up / Move down, to put the checklist in order. A service "
                                   "is hit by a disruption through its card or through the dependencies it cuts."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.types)
        splitter.addWidget(self.card_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 850])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._editing: StepRow | None = None
        self._cards: dict[str, CardRow] = {}
        self.types.setCurrentRow(0)

    def disruption(self) -> str:
        item = self.types.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "power"

    def fill(self, edit: PlanEdit) -> None:
        self._cards = {c.disruption: c for c in edit.cards}
        for i in range(self.types.count()):
            item = self.types.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            card = self._cards.get(key)
            count = len(card.steps) if card else 0
            item.setText(f"{LABELS[key]} — {count} step{'s' if count != 1 else ''}" if card
                         else f"{LABELS[key]} — no card")
            font = item.font()
            font.setItalic(card is None)
            item.setFont(font)
        self._show_card(keep=self._editing.id if self._editing else None)

    def show_type(self, disruption: str) -> None:
        self.types.setCurrentRow(list(LABELS).index(disruption))

    def _show_card(self, keep: uuid.UUID | None = None) -> None:
        key = self.disruption()
        card = self._cards.get(key)
        self.card_box.setTitle(f"{LABELS[key]}: immediate actions" if card else
                               f"{LABELS[key]}: no card yet — add the first step to start one")
        self.title.setText(card.title if card else "")
        self.remove_card_button.setEnabled(card is not None)
        self.model.set_rows(list(card.steps) if card else [])
        if keep is None or not select_record(self.table, self.model, keep):
            self.new()
        else:
            self._selected()

    def _selected(self) -> None:
        r = selected_row(self.table)
        row = self.model.row_at(r) if r is not None else None
        self.up_button.setEnabled(row is not None and r != 0)
        self.down_button.setEnabled(row is not None and r != self.model.rowCount() - 1)
        if row is None:
            return
        self._editing = row
        self.step.setText(row.text)
        self.who.setText(row.who)
        self.when.setText(row.when)
        self.remove_button.setEnabled(True)
        self.problems.clear()

    def new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        for edit in (self.step, self.who, self.when):
            edit.clear()
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(False)
        self.problems.clear()

    def save(self) -> bool:
        edit, editing, key = self.host.edit, self._editing, self.disruption()
        if edit is None:
            return False
        data = pe.StepInput(self.step.text(), self.who.text(), self.when.text())
        if editing is None:
            added: list[uuid.UUID] = []
            if not self.host.run(self.problems, lambda: added.append(
                    pe.add_card_step(self.host.ctx, edit.overview.plan_id, key, data))):
                return False
            self.new()  # ready for the next step of the checklist
            self.step.setFocus()
            return True
        return self.host.run(self.problems, lambda: pe.update_card_step(self.host.ctx, editing.id, editing.version,
                                                                        data))

    def save_title(self) -> None:
        edit, key, title = self.host.edit, self.disruption(), self.title.text()
        if edit is not None:
            self.host.run(self.problems, lambda: pe.set_card_title(self.host.ctx, edit.overview.plan_id, key, title))

    def remove(self) -> None:
        editing = self._editing
        if editing is None:
            return
        self._editing = None
        self.host.run(self.problems, lambda: pe.remove_card_step(self.host.ctx, editing.id))

    def remove_card(self) -> None:
        edit, key = self.host.edit, self.disruption()
        if edit is None or not self.host.confirm(f"Remove the “{LABELS[key]}” card and all its steps?"):
            return
        self._editing = None
        self.host.run(self.problems, lambda: pe.remove_card(self.host.ctx, edit.overview.plan_id, key))

    def move_row(self, source: int, target: int) -> None:
        row = self.model.row_at(source)
        if row is None:
            return
        self._editing = row
        self.host.run(self.problems, lambda: pe.move_card_step(self.host.ctx, row.id, target + 1))
        self.table.setFocus()

    def move_by(self, step: int) -> None:
        move_selected(self.table, step, self.move_row)


class ThresholdsTab(QWidget):
    """The staffing levels (%) at which the service moves to amber, red and black, and the actions at each."""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>Level</b>"), 0, 0)
        grid.addWidget(QLabel("<b>When staffing falls below</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Actions</b>"), 0, 2)
        self.percent: dict[str, QSpinBox] = {}
        self.actions: dict[str, QPlainTextEdit] = {}
        for r, level in enumerate(STAFFING_LEVELS, start=1):
            chip = QLabel(LEVEL_LABELS[level])
            chip.setStyleSheet(LEVEL_STYLES[level] + " padding: 6px 14px; font-weight: bold;")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setSpecialValueText("not set")
            spin.setAccessibleName(f"{LEVEL_LABELS[level]} below percent")
            spin.setMinimumWidth(110)
            box = text_box(f"{LEVEL_LABELS[level]} actions", 70)
            self.percent[level], self.actions[level] = spin, box
            grid.addWidget(chip, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(spin, r, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, r, 2)
        grid.setColumnStretch(2, 1)
        self.problems = InlineProblems({f"{level} below %": self.percent[level] for level in STAFFING_LEVELS})
        self.save_button = QPushButton("&Save thresholds")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint("Each level starts when staffing (as a % of the rostered hours) falls below its figure: "
                              "amber first, then red, then black, so black < red < amber. For example KEaH: below "
                              "75% redeploy from other functions; below 50% Director-level sharing across the "
                              "Directorate. The OPEL plan rates staffing 70%+ green, 50–70 amber, 35–50 red, under "
                              "35 black."))
        layout.addLayout(grid)
        layout.addWidget(self.problems.label)
        layout.addLayout(buttons)
        layout.addStretch()

    def fill(self, edit: PlanEdit) -> None:
        for level in STAFFING_LEVELS:
            threshold = edit.threshold(level)
            self.percent[level].setValue(round(threshold.below_percent) if threshold else 0)
            self.actions[level].setPlainText(threshold.actions if threshold else "")
        self.problems.clear()

    def levels(self) -> dict[str, tuple[float | None, str]]:
        return {level: (float(self.percent[level].value()) or None, self.actions[level].toPlainText())
                for level in STAFFING_LEVELS}

    def save(self) -> bool:
        edit, levels = self.host.edit, self.levels()
        if edit is None:
            return False
        return self.host.run(self.problems, lambda: pe.set_thresholds(self.host.ctx, edit.overview.plan_id, levels))
