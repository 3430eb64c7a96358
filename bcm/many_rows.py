"""Reading tens of thousands of rows into plain read-models without the cyclic garbage collector's pauses.

Each few hundred objects made, CPython's collector may walk every object alive: with a county's registers in memory
(100,000 risks and their strings) that is a third of the time of reading 100,000 more rows. Read-models of plain
values make no reference cycles, so nothing is lost by not looking for cycles while they are made; reference counting
frees them as ever. The collector is switched off for the duration only if it was on, and back on after, whatever
happens; it is process-wide, so another thread's work in the meantime is not collected either (for those seconds).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_readers = 0  # how many reads are under way: the collector goes back on when the last one ends


@contextmanager
def reading_many_rows() -> Iterator[None]:
    global _readers
    with _lock:
        if _readers == 0 and not gc.isenabled():
            switched = False  # someone else turned it off: leave it as it is
        else:
            switched = True
            _readers += 1
            gc.disable()
    try:
        yield
    finally:
        if switched:
            with _lock:
                _readers -= 1
                if _readers == 0:
                    gc.enable()
