"""Likelihood and impact pickers that show the scale labels, with the live score and band beside them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from bcm.scoring import Matrix
from ui.app.colours import text_on

NONE = "—"


class ScorePicker(QWidget):
    changed = Signal()

    def __init__(self, name: str, matrix: Matrix, optional: bool = True) -> None:
        super().__init__()
        self.matrix = matrix
        self.optional = optional
        self.likelihood = QComboBox()
        self.impact = QComboBox()
        self.likelihood.setAccessibleName(f"{name} likelihood")
        self.impact.setAccessibleName(f"{name} impact")
        self.result = QLabel()
        self.result.setMinimumWidth(110)
        self.result.setAccessibleName(f"{name} score")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Likelihood"))
        layout.addWidget(self.likelihood)
        layout.addWidget(QLabel("× Impact"))
        layout.addWidget(self.impact)
        layout.addWidget(self.result)
        layout.addStretch()
        for combo, levels in ((self.likelihood, matrix.likelihood), (self.impact, matrix.impact)):
            if optional:
                combo.addItem(NONE, None)
            for level in levels:
                combo.addItem(f"{level.label} ({level.value})", level.value)
                combo.setItemData(combo.count() - 1, level.descriptor, 3)  # tooltip: the descriptor
            combo.currentIndexChanged.connect(self._update)
        self._update()

    def value(self) -> tuple[int | None, int | None]:
        return self.likelihood.currentData(), self.impact.currentData()

    def set_value(self, likelihood: int | None, impact: int | None) -> None:
        for combo, value in ((self.likelihood, likelihood), (self.impact, impact)):
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
        self._update()

    def _update(self) -> None:
        likelihood, impact = self.value()
        if likelihood is None or impact is None:
            self.result.setText("not scored")
            self.result.setStyleSheet("")
        else:
            band = self.matrix.band(likelihood, impact)
            self.result.setText(f" {likelihood * impact}  {band.name} ")
            self.result.setStyleSheet(
                f"background: {band.colour}; color: {text_on(band.colour).name()}; font-weight: bold; "
                "border-radius: 3px; padding: 2px 6px;")
        self.changed.emit()
