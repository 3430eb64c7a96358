"""Making tens of thousands of objects (rows read into plain read-models, the flowables of a printed pack) without
the cyclic garbage collector's pauses.

Each few hundred objects made, CPython's collector may walk every object alive: with a county's registers in memory
(100,000 risks and their strings) that is a third of the time of reading 100,000 more rows, and over a third of the
time of printing a county-wide pack or importing a 10,000-row register. Nothing is lost by not looking for cycles
while they are made: reference counting frees what makes no cycle as ever, and the collector finds the rest once it
is back on. It is switched off for the duration only if it was on, and back on after, whatever happens; it is
process-wide, so another thread's work in the meantime is not collected either (for those seconds). Usable as a
decorator too (@making_many_objects()).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_readers = 0  # how many reads are under way: the collector goes back on when the last one ends


@contextmanager
def making_many_objects() -> Iterator[None]:
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
