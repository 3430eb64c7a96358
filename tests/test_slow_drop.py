"""Big lists let go of a slice at a time between events, so freeing a county's rows never holds the GUI thread."""

from __future__ import annotations

import weakref

from pytestqt.qtbot import QtBot

from tests.test_risk_filter import make_rows
from ui.app.models.risk_filter import RiskFilterProxy
from ui.app.models.risk_table import RiskTableModel
from ui.app.slow_drop import SLICE, SlowDrop


class Item:
    """An object whose freeing can be seen (a weak reference to it dies)."""


def test_a_list_is_freed_a_slice_at_a_time_between_events(qtbot: QtBot) -> None:
    dropper = SlowDrop()
    items = [Item() for _ in range(3 * SLICE + 5)]
    first, last = weakref.ref(items[0]), weakref.ref(items[-1])
    dropper.drop(items)
    del items
    assert dropper.pending == 3 * SLICE + 5 and first() is not None  # nothing freed until the loop runs
    dropper._step()
    assert dropper.pending == 2 * SLICE + 5 and last() is None and first() is not None  # one slice, from the end
    qtbot.waitUntil(lambda: dropper.pending == 0)
    assert first() is None


def test_the_register_proxy_lets_go_of_its_old_rows_slowly(qtbot: QtBot) -> None:
    model = RiskTableModel()
    proxy = RiskFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(make_rows(2 * SLICE))
    model.set_rows(make_rows(10))  # read again: the old rows go to the dropper, not all at once
    assert proxy._dropping.pending == 2 * SLICE and len(proxy._rows) == 10
    qtbot.waitUntil(lambda: proxy._dropping.pending == 0)
