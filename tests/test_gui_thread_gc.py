"""The cyclic garbage collector runs on the GUI thread only: a loader thread never frees a window's objects."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QObject
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


class FakeGc:
    """The counts and the oldest generation's size a test sets, and the collections asked for."""

    def __init__(self, oldest: int) -> None:
        self.counts = (0, 0, 0)
        self.oldest = oldest
        self.collected: list[int] = []
        self.survivors = oldest  # what a full collection leaves in the oldest generation
        self.frozen = 0

    def get_threshold(self) -> tuple[int, int, int]:
        return (700, 10, 10)

    def disable(self) -> None:
        pass

    def get_count(self) -> tuple[int, int, int]:
        return self.counts

    def get_objects(self, generation: int) -> list[object]:
        assert generation == 2
        return [None] * self.oldest

    def collect(self, generation: int) -> None:
        assert generation < 2 or not self.frozen, "what was set aside is taken back before a full collection"
        self.collected.append(generation)
        if generation == 2:
            self.oldest = self.survivors

    def freeze(self) -> None:
        self.frozen += self.oldest + sum(self.counts[:1])
        self.oldest, self.counts = 0, (0, 0, 0)
        self.collected.append(-1)  # set aside

    def unfreeze(self) -> None:
        self.oldest += self.frozen
        self.frozen = 0

    def get_freeze_count(self) -> int:
        return self.frozen


def test_the_oldest_generation_waits_until_a_quarter_more_has_reached_it(qtbot: QtBot,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """As Python's own collector: a full collection (half a second with a county open) only once the long-lived
    objects are a quarter more than after the last one."""
    import ui.app.gui_thread_gc as module

    fake = FakeGc(oldest=400_000)
    monkeypatch.setattr(module, "gc", fake)
    parent = QObject()
    collector = module.GuiThreadCollector(parent, clock=lambda: 0.0)
    collector.timer.stop()  # collections here are asked for by the test
    fake.counts = (500, 11, 11)
    collector.collect()  # too few new objects for a collection at all
    fake.counts = (701, 3, 11)
    collector.collect()  # the middle generation is not due: the youngest only
    fake.counts = (701, 11, 11)
    fake.oldest = 499_999
    collector.collect()  # due, but under a quarter more: the middle generation instead
    fake.oldest = 500_001
    fake.survivors = 450_000
    collector.collect()
    assert fake.collected == [0, 1, 2] and collector.long_lived == 450_000  # measured afresh after it
    fake.oldest = 562_000
    collector.collect()
    fake.oldest = 563_000
    collector.collect()
    assert fake.collected == [0, 1, 2, 1, 2]


def test_a_load_of_rows_is_set_aside_not_looked_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """200,000 log entries read at once: set aside (0.4 s of the GUI thread to collect, finding nothing), counted as
    long-lived, and taken back by the next full collection, which they make due as a quarter more."""
    import ui.app.gui_thread_gc as module

    fake = FakeGc(oldest=400_000)
    monkeypatch.setattr(module, "gc", fake)
    parent = QObject()
    collector = module.GuiThreadCollector(parent, clock=lambda: 0.0)
    collector.timer.stop()
    fake.counts = (module.BULK + 200_000, 3, 4)
    collector.collect()
    assert fake.collected == [-1] and fake.frozen == 700_000 and fake.oldest == 0
    fake.counts = (701, 11, 11)
    fake.survivors = 690_000
    collector.collect()  # 700,000 long-lived against 400,000 after the last full collection
    assert fake.collected == [-1, 2] and fake.frozen == 0 and collector.long_lived == 690_000


def test_loads_that_replace_their_rows_still_let_closed_windows_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """A register read again every minute (after each sync) frees as many rows as it sets aside: the long-lived
    count stays put, so the quarter rule alone would never take back what closed windows left in cycles among them.
    A full collection comes at least every FULL_AT_LEAST_EVERY seconds."""
    import ui.app.gui_thread_gc as module

    fake = FakeGc(oldest=400_000)
    monkeypatch.setattr(module, "gc", fake)
    now = [0.0]
    parent = QObject()
    collector = module.GuiThreadCollector(parent, clock=lambda: now[0])
    collector.timer.stop()
    for minute in range(1, 12):
        now[0] = minute * 60.0
        fake.counts = (module.BULK + 1, 0, 0)
        collector.collect()  # a reload: set aside
        fake.frozen, fake.oldest = 400_000, 0  # as many freed as made
        fake.counts = (701, 11, 11)
        collector.collect()
    assert fake.collected.count(2) == 1 and collector.last_full == 11 * 60.0  # once, past ten minutes
    assert fake.collected[-2:] == [2, 1]  # at the eleventh minute's first look, then as before
