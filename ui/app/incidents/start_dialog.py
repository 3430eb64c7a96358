"""Start an incident: title, disruption types, lead, affected services (suggested from the plans), OPEL level."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bcm.context import Context
from bcm.disruptions import LABELS
from bcm.errors import DomainError, ValidationError
from bcm.incident_rules import OPEL_LEVELS
from bcm.services.incidents import start_incident, suggested_services
from bcm.services.people import list_people_names
from bcm.services.plans import list_plans
from ui.app.widgets.people_combo import people_combo


class StartIncidentDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: uuid.UUID | None = None
        self.setWindowTitle("Start an incident")
        self.setMinimumSize(640, 600)
        self.title = QLineEdit()
        self.title.setPlaceholderText("e.g. Storm: power cut across Thanet")
        self.disruptions: dict[str, QCheckBox] = {}
        boxes = QGridLayout()
        for n, (key, text) in enumerate(LABELS.items()):
            box = QCheckBox(text)
            box.setAccessibleName(f"Disruption: {text}")
            box.toggled.connect(self._suggest)
            self.disruptions[key] = box
            boxes.addWidget(box, n // 3, n % 3)
        self.lead = people_combo("Lead", list_people_names(ctx))
        self.opel = QComboBox()
        self.opel.addItem("not set", None)
        for level, colour in OPEL_LEVELS.items():
            self.opel.addItem(f"OPEL {level} ({colour})", level)
        self.services = QListWidget()
        self.services.setAccessibleName("Affected services")
        for row in list_plans(ctx):
            item = QListWidgetItem(row.service)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.hint = QLabel("Tick the disruption types: the services whose plans they hit are ticked for you.")
        self.hint.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("Disruption", boxes)
        form.addRow("&Lead", self.lead)
        form.addRow("&OPEL level", self.opel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start incident")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.services, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def chosen_disruptions(self) -> list[str]:
        return [key for key, box in self.disruptions.items() if box.isChecked()]

    def chosen_services(self) -> list[str]:
        return [self.services.item(i).text() for i in range(self.services.count())
                if self.services.item(i).checkState() == Qt.CheckState.Checked]

    def _suggest(self) -> None:
        chosen = self.chosen_disruptions()
        suggested = set(suggested_services(self.ctx, chosen)) if chosen else set()
        for i in range(self.services.count()):
            item = self.services.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in suggested else Qt.CheckState.Unchecked)
        self.hint.setText(f"{len(suggested)} services' plans say they are hit; tick or untick as the picture "
                          "becomes clear." if chosen else "Tick the disruption types first.")

    def start(self) -> None:
        try:
            self.incident_id = start_incident(self.ctx, self.title.text(), self.chosen_disruptions(),
                                              self.lead.currentText() or None, self.chosen_services(),
                                              self.opel.currentData())
        except ValidationError as exc:
            self.problems.setText(str(exc))
            return
        except DomainError as exc:
            self.problems.setText(str(exc))
            return
        self.accept()
