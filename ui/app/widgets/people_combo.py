"""The person pickers: a drop-down of the people in the directory, typed into to find a name anywhere in it.

A county's directory holds 5,000 names. A QComboBox sized to its contents measures every one of them when its
dialog is first shown: 30 ms a picker, and the risk editor has three. These are sized in characters instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

WIDTH = 16  # characters: most names whole, without pushing a form wider


def people_combo(name: str, people: Sequence[str], *, blank: bool = True, editable: bool = True) -> QComboBox:
    """A person picker: pick from the list, or (editable) type to find, matching anywhere in the name. `blank`: an
    empty first choice, for no one."""
    combo = QComboBox()
    combo.setEditable(editable)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(name)
    combo.setMinimumContentsLength(WIDTH)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    set_people(combo, people, blank=blank)
    return combo


def set_people(combo: QComboBox, people: Sequence[str], *, blank: bool = True) -> None:
    """The picker's names again (the directory changed), keeping what it shows."""
    current = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(([""] if blank else []) + list(people))
    if combo.isEditable():
        completer = QCompleter(list(people), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
    combo.setCurrentText(current)
    combo.blockSignals(False)
