"""The "All / each value" drop-downs that filter the workspaces' tables."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

ALL = "All"


def refill(combo: QComboBox, values: list[str]) -> None:
    """Put "All" and these values in the drop-down, keeping what was chosen if it is still there (quietly: a reload
    is not the user changing the filter)."""
    current = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(ALL)
    combo.addItems(values)
    combo.setCurrentIndex(max(combo.findText(current), 0))
    combo.blockSignals(False)
