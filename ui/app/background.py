"""Run slow service calls off the GUI thread and hand the result back to it.

Each call opens its own sessions inside the worker (the Context's session factory is thread-safe), so no ORM
object crosses threads: only the plain read-models come back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, exception


class _Task(QRunnable):
    """Owned by the thread pool once started (auto-delete), so nothing on the GUI side can free it mid-run. The
    signals it reports on are its Latest's, not its own: the pool deletes the task on its own thread, and a QObject
    of the GUI thread deleted there (while the GUI thread handles what it sent) crashed the app now and then."""

    def __init__(self, work: Callable[[], Any], generation: int, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.generation = generation
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._tell(self.signals.failed, exc)
        else:
            self._tell(self.signals.done, result)

    def _tell(self, signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the signals went with their Latest (its window closed meanwhile)
            signal.emit(self.generation, value)


class Latest(QObject):
    """Runs one kind of load at a time; when loads overlap, only the newest result is used.

    Give it the widget as parent: once the widget is gone, results still arriving are dropped."""

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self._generation = 0
        self._running: set[int] = set()
        self._signals = _Signals(self)  # deleted with this object, on the GUI thread
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, work: Callable[[], Any]) -> None:
        self._generation += 1
        self._running.add(self._generation)
        QThreadPool.globalInstance().start(_Task(work, self._generation, self._signals))

    def cancel(self) -> None:
        """What is running is no longer wanted: its result is dropped."""
        self._generation += 1
        self._running.clear()

    def _done(self, generation: int, result: Any) -> None:
        self._running.discard(generation)
        if generation == self._generation:
            self._on_done(result)

    def _failed(self, generation: int, error: Exception) -> None:
        self._running.discard(generation)
        if generation == self._generation:
            self._on_failed(error)
