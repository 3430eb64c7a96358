"""The cyclic garbage collector runs on the GUI thread only.

Python runs it in whichever thread happens to make an object when a threshold is crossed: often a thread reading a
register or the incident log. Whatever it frees there, it frees there, and a widget or other Qt object of the GUI
thread destroyed on another thread brings the app down (seen in the test suite, as an abort while a loader thread
collected a closed window's garbage). So automatic collection is switched off and the same thresholds are checked
from a timer on the GUI thread, as pyqtgraph's GarbageCollector does. Reference counting frees everything that makes
no cycle at once, as ever; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

EVERY_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(every_ms)

    def collect(self) -> None:
        """A collection of each generation whose count is past Python's own threshold, as Python would have done."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


_installed: GuiThreadCollector | None = None


def collect_on_the_gui_thread() -> GuiThreadCollector:
    """Installed once, on the application; the same collector after. (Kept here rather than looked for among the
    application's children: findChild took 6-10 ms, which the first frame's first answer to input waited for.)"""
    global _installed
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication first"
    if _installed is None or not isValid(_installed) or _installed.parent() is not app:
        _installed = GuiThreadCollector(app)
    return _installed
