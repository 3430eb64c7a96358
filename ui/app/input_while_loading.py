"""The first frame answers input while the rest of the app is imported.

Importing SQLAlchemy, the models and the workspaces takes the GUI thread two thirds of a second here, several
seconds on an old laptop, and nothing can be imported on another thread without slowing the first paint (they
share the interpreter lock). So the imports themselves give way: before each module is looked for, if the window
has waited long enough, Qt handles what came in (a scroll, a keystroke in the search box, a click on the heat map).
The longest a module takes to import alone (a few tens of milliseconds) is the longest input waits.

Events are handled in the middle of an import, holding the import lock: what handles them (the first frame's
register view) must not import anything itself, since a module being imported is only half there, and another
thread that imports waits meanwhile.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

from PySide6.QtCore import QCoreApplication

EVERY_SECONDS = 0.01  # input is looked at no more often than this: each look costs a little


class Stopped(BaseException):
    """The window was closed while the app was being imported: the imports stop there (a BaseException, so that
    no module's `except Exception` around an import takes it for a failed import)."""


class _GivingWay:
    """A finder that finds nothing: it is asked first for every module not yet imported, and lets Qt handle events
    then (never while already doing so)."""

    def __init__(self, every: float, stop: Callable[[], bool]) -> None:
        self.every = every
        self.stop = stop
        self.last = -every  # the first module looked for lets input in at once
        self.busy = False
        self.looks = 0

    def find_spec(self, _name: str, _path: Sequence[str] | None, _target: ModuleType | None = None
                  ) -> ModuleSpec | None:
        if not self.busy and time.perf_counter() - self.last >= self.every:
            self.busy = True
            try:
                QCoreApplication.processEvents()
                self.looks += 1
            finally:
                self.busy = False
                self.last = time.perf_counter()
            if self.stop():
                raise Stopped
        return None


@contextmanager
def answering_input(every: float = EVERY_SECONDS, stop: Callable[[], bool] = lambda: False
                    ) -> Iterator[_GivingWay]:
    """Within: every import lets Qt handle input at most `every` seconds apart (and once at the end), and raises
    Stopped once `stop()` says so after input was handled."""
    finder = _GivingWay(every, stop)
    sys.meta_path.insert(0, finder)
    try:
        yield finder
    finally:
        sys.meta_path.remove(finder)
    QCoreApplication.processEvents()
