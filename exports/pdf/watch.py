"""Watching a print being built, from another thread: its pages counted as they are laid out, and a way to stop it
(exports.pdf.document's canvas asks at each page). Apart from document so that the app can use it without loading
ReportLab."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Watch = tuple[Callable[[int], None], Callable[[], bool]]


class PrintCancelled(Exception):
    """The print was stopped before its end: nothing is written."""


_watch = threading.local()  # the print being built on this thread: (on_page, cancelled)


@contextmanager
def watched(on_page: Callable[[int], None], cancelled: Callable[[], bool]) -> Iterator[None]:
    """Within, on this thread: each page laid out is told (on_page, with how many so far), and the print stops with
    PrintCancelled, writing nothing, at the first page laid out once cancelled() says so. A county's full register
    report is 145,000 pages and seven minutes."""
    _watch.value = (on_page, cancelled)
    try:
        yield
    finally:
        _watch.value = None


def watching() -> Watch | None:
    """What watches the print being built on this thread, if anything."""
    found: Watch | None = getattr(_watch, "value", None)
    return found
