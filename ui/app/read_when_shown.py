"""Workspace pages that read a change only once they are in front.

A laptop syncing with the shared server takes in other laptops' changes every minute. A page behind another one that
read each of them at once held the GUI thread for the page in front: a county's register took a quarter of a second
to take its 100,000 rows in, while someone typed into the incident log. And a page in front reads a burst of
changes (a sync says each kind of record it brought in, one after the other) once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QWidget):
    """Put before the page's own widget class in its bases; the page defines reload()."""

    _stale = False  # changed while another page was in front: read again when next shown
    _reload_due = False  # a read asked for in this turn of the event loop, not yet started

    def reload(self) -> None:
        raise NotImplementedError

    def reload_when_shown(self) -> None:
        """Read again once this turn of the event loop is done if the page is in front (or not placed in a window
        yet), else once it is shown. A sync says each kind of record it brought in, one after the other: a page
        that shows several of them reads once, not once for each."""
        if self.isHidden() and self.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            self._stale = True
        elif not self._reload_due:
            self._reload_due = True
            QTimer.singleShot(0, self, self._due_reload)

    def _due_reload(self) -> None:
        self._reload_due = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
