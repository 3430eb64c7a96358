"""Letting go of a county's rows a slice at a time, between events.

Freeing 100,000 risk rows at once, when a register is read again, held the GUI thread 80 ms: each row's fields, its
texts and dates, are freed with it, in one go that Python cannot interrupt. Freed a slice at a time, from a timer
that runs between events, each slice is a few milliseconds and input is answered between them.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QTimer

SLICE = 4_000  # rows freed between two looks at the event queue: about 3 ms of a county's


class SlowDrop(QObject):
    """Give it the parent whose lists it frees: they go with it if it goes first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: deque[list[Any]] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def drop(self, items: list[Any]) -> None:
        """Take over a list that nothing else holds, and free it a slice at a time."""
        if items:
            self._pending.append(items)
            self._timer.start()

    @property
    def pending(self) -> int:
        return sum(map(len, self._pending))

    def _step(self) -> None:
        items = self._pending[0]
        del items[-SLICE:]
        if not items:
            self._pending.popleft()
        if not self._pending:
            self._timer.stop()
