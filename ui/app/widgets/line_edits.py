"""Line edits for fast keyboard entry: Enter submits (and goes no further), and comma-separated themes complete."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SubmitLineEdit(QLineEdit):
    """A line edit whose Enter saves (and goes no further, so no dialog button is pressed as well)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ThemesEdit(SubmitLineEdit):
    """Comma-separated themes, each completed from the themes already in use."""

    def __init__(self, themes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(themes, self)
        self.completer_ = QCompleter(self.names, self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.activated[str].connect(self.insert_theme)
        self.textEdited.connect(self._complete)

    def themes(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def add_known(self, names: list[str]) -> None:
        known = self.names.stringList()
        fresh = [n for n in names if n not in known]
        if fresh:
            self.names.setStringList(sorted(known + fresh))

    def _complete(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        popup = self.completer_.popup()
        if not prefix:
            popup.hide()
            return
        self.completer_.setCompletionPrefix(prefix)
        exact = self.completer_.completionCount() == 1 and self.completer_.currentCompletion().lower() == prefix.lower()
        if self.completer_.completionCount() == 0 or exact:
            popup.hide()
            return
        popup.setCurrentIndex(popup.model().index(-1, -1))  # nothing picked until Up/Down: Enter still saves
        self.completer_.complete()

    def insert_theme(self, name: str) -> None:
        parts = self.text().split(",")[:-1]
        self.setText(", ".join([p.strip() for p in parts if p.strip()] + [name]) + ", ")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer_.popup()
        if popup.isVisible():
            if event.key() in (*ENTER_KEYS, Qt.Key.Key_Tab) and popup.currentIndex().isValid():
                event.ignore()  # the completer takes the theme picked with Up/Down
                return
            if event.key() in ENTER_KEYS:
                popup.hide()
        super().keyPressEvent(event)
