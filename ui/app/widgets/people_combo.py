"""The person pickers: a drop-down of the people in the directory, typed into to find a name anywhere in it.

A county's directory holds 5,000 names. A QComboBox sized to its contents measures every one of them when its
dialog is first shown: 30 ms a picker, and the risk editor has three. These are sized in characters instead."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

WIDTH = 16  # characters: most names whole, without pushing a form wider


def people_combo(name: str, people: Sequence[str], *, blank: bool = True, editable: bool = True,
                 find_anywhere: bool = False) -> QComboBox:
    """A person picker: pick from the list, or (editable) type a name, which Qt completes from the start of a name as
    it is typed. `find_anywhere`: typing shows a list of the names holding the text anywhere instead, and the text
    typed stays as typed until one is picked (the plans editor and People, whose saves refuse a name not in the
    directory; elsewhere a name typed is a new person, and a half-typed one would be one). `blank`: an empty first
    choice, for no one."""
    combo = QComboBox()
    combo.setEditable(editable)
    if find_anywhere:
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setProperty("find_anywhere", True)
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
    if combo.isEditable() and combo.property("find_anywhere"):
        completer = QCompleter(list(people), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
    combo.setCurrentText(current)
    combo.blockSignals(False)
