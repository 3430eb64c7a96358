"""The cyclic garbage collector runs on the GUI thread only: a loader thread never frees a window's objects."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui.app.gui_thread_gc import collect_on_the_gui_thread


class Cycle:
    """An object in a reference cycle: only the cyclic collector frees it, and it says on which thread."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_are_freed_by_the_timer_on_the_gui_thread_not_by_a_loader(qtbot: QtBot) -> None:
    collector = collect_on_the_gui_thread()
    assert collect_on_the_gui_thread() is collector and not gc.isenabled()  # one, and automatic collection off
    Cycle.freed_on.clear()
    for _ in range(1000):  # past Python's threshold of new objects for a collection
        Cycle()
    made = threading.Thread(target=lambda: [[n] for n in range(200_000)], name="loader")  # would trigger collections
    made.start()
    made.join()
    assert Cycle.freed_on == []  # nothing was collected on the loader's thread
    collector.timer.setInterval(10)
    try:
        qtbot.waitUntil(lambda: len(Cycle.freed_on) == 1000, timeout=5000)
    finally:
        collector.timer.setInterval(1000)
    assert set(Cycle.freed_on) == {threading.main_thread().name}
