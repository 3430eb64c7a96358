"""Run slow service calls off the GUI thread and hand the result back to it.

Each call opens its own sessions inside the worker (the Context's session factory is thread-safe), so no ORM
object crosses threads: only the plain read-models come back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, generation: int) -> None:
        super().__init__()
        self.generation = generation


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], generation: int) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals(generation)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Latest(QObject):
    """Runs one kind of load at a time; when loads overlap, only the newest result is used.

    Give it the widget as parent: once the widget is gone, results still arriving are dropped."""

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self._generation = 0
        self._tasks: dict[int, _Task] = {}

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(self, work: Callable[[], Any]) -> None:
        self._generation += 1
        task = _Task(work, self._generation)
        task.setAutoDelete(False)
        self._tasks[self._generation] = task
        task.signals.done.connect(self._done)  # a slot of this QObject: disconnected when it is destroyed
        task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(task)

    def _finished(self) -> bool:
        sender = self.sender()
        generation = sender.generation if isinstance(sender, _Signals) else -1
        self._tasks.pop(generation, None)
        return generation == self._generation

    def _done(self, result: Any) -> None:
        if self._finished():
            self._on_done(result)

    def _failed(self, error: Exception) -> None:
        if self._finished():
            self._on_failed(error)
