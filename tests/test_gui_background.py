"""Slow calls off the GUI thread (ui.app.background.Latest): only the newest result is used, a result for a widget
that is gone is dropped, and what the tasks report through is deleted on the GUI thread only."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.app import background
from ui.app.background import Latest


def test_only_the_newest_of_overlapping_loads_is_used(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    got: list[object] = []
    first_may_finish = threading.Event()
    latest = Latest(got.append, got.append, parent=widget)
    latest.start(lambda: first_may_finish.wait(5) and "old")
    latest.start(lambda: "new")
    qtbot.waitUntil(lambda: got == ["new"])
    first_may_finish.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert got == ["new"] and not latest.busy


def test_a_result_for_a_widget_that_is_gone_is_dropped(qtbot: QtBot) -> None:
    widget = QWidget()
    got: list[object] = []
    may_finish = threading.Event()
    Latest(got.append, got.append, parent=widget).start(lambda: may_finish.wait(5) and "late")
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window closed while it loads
    may_finish.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    assert got == []


def test_what_a_task_reports_through_is_never_deleted_off_the_gui_thread(qtbot: QtBot,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool deletes each task on its own thread once it has run. A QObject of the GUI thread deleted there, while
    the GUI thread handles what it sent, crashed the app now and then (seen once in the test suite, as a segfault
    while collecting garbage): what the tasks report through belongs to their Latest."""
    deleted_on: list[str] = []

    class Watched(background._Signals):
        def __del__(self) -> None:
            deleted_on.append(threading.current_thread().name)

    monkeypatch.setattr(background, "_Signals", Watched)
    widget = QWidget()
    got: list[object] = []
    kept = [Latest(got.append, got.append, parent=widget)]
    for n in range(5):
        kept[0].start(lambda n=n: n)
    qtbot.waitUntil(lambda: not kept[0].busy)
    assert QThreadPool.globalInstance().waitForDone(5000)
    gc.collect()
    assert got == [4] and deleted_on == []  # none deleted while its Latest lives...
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kept.clear()
    gc.collect()
    assert set(deleted_on) <= {threading.main_thread().name}  # ...and then only on the GUI thread
