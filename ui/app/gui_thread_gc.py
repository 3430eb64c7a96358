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
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

EVERY_MS = 1000
# Objects made since the last look, past which they are a load of rows (a register's 100,000 risks, an incident log's
# 200,000 entries) rather than the work of a click: set aside, not collected (GuiThreadCollector.collect).
BULK = 100_000
# A full collection at least this often (seconds) while there is anything in the oldest generation or set aside:
# loads that replace as many rows as they free (a register read again after a sync, every minute) leave the count
# of long-lived objects where it was, and what windows closed meanwhile left in cycles would otherwise stay.
FULL_AT_LEAST_EVERY = 600


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, every_ms: int = EVERY_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.clock = clock
        self.long_lived = _long_lived()  # as of the last full collection
        self.last_full = clock()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(every_ms)

    def collect(self) -> None:
        """One collection, as Python's own would choose it (CPython 3.11's collect_generations): of the oldest
        generation whose count is past its threshold. The oldest generation itself is collected only once the
        long-lived objects (those in it, and those set aside) are a quarter more than after its last collection, or
        FULL_AT_LEAST_EVERY seconds after it: with a county's registers and incident log open there are 750,000 of
        them and a full collection takes half a second, which without that rule came every thirty seconds of use.
        (The quarter is checked as the middle generation is due, not on every tick: counting them takes a few tens
        of milliseconds.)

        Past BULK new objects, a load of rows has just come in, and they live as long as their workspace: looking
        through them all to find no garbage took 0.4 s of the GUI thread after the incident log was read. They are
        set aside instead (gc.freeze, with everything else alive), and count as long-lived; a full collection takes
        them back first, and so frees any cycle among them that has become garbage since."""
        young, middle, old = gc.get_count()
        if young <= self.threshold[0]:
            return
        if self.clock() - self.last_full > FULL_AT_LEAST_EVERY:  # not by the counts: setting aside restarts them
            self.collect_all()
        elif young > BULK:
            gc.freeze()
        elif middle <= self.threshold[1]:
            gc.collect(0)
        elif old > self.threshold[2] and _long_lived() - self.long_lived > self.long_lived // 4:
            self.collect_all()
        else:
            gc.collect(1)

    def collect_all(self) -> None:
        """A full collection, of what was set aside too."""
        gc.unfreeze()
        gc.collect(2)
        self.long_lived = _long_lived()
        self.last_full = self.clock()


def _long_lived() -> int:
    """The objects in the oldest generation and set aside."""
    return len(gc.get_objects(generation=2)) + gc.get_freeze_count()


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
