"""The risk table's filter proxy works in bulk; it must show exactly what RiskFilter.accepts lets through, in the
order the column's raw values give, and keep the selection on its row, whatever the order of the changes."""

from __future__ import annotations

import dataclasses
import random
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.modeltest import ModelTester

from bcm.heat import count_cells, movements
from bcm.risk_views import RiskRow
from bcm.rules import review_state, trend
from bcm.scoring import kent_default
from ui.app.models.risk_filter import RiskFilter, RiskFilterProxy, search_text
from ui.app.models.risk_table import ROW_ROLE, RiskTableModel

MATRIX = kent_default()
TODAY = date(2026, 11, 23)
WORDS = ("Flooding", "Loss of power", "Cyber attack", "Heatwave", "Staff shortage", "flood damage")


def make_rows(n: int, seed: int = 1) -> list[RiskRow]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
        score = likelihood * impact
        band = MATRIX.band_of_score(score)
        previous = rng.choice((None, rng.randint(1, 25)))
        target = rng.choice((None, (rng.randint(1, likelihood), rng.randint(1, impact))))
        status = rng.choice(("open", "open", "closed"))
        next_review = TODAY + timedelta(days=rng.randint(-40, 90))
        rows.append(RiskRow(
            id=uuid.uuid4(), version=1, ref=f"R{i % 3}-{i:04d}", register=f"Register {i % 3}",
            title=f"{rng.choice(WORDS)} in {rng.choice(('Dover', 'Thanet', 'Ashford'))}",
            cause=rng.choice(WORDS).lower(), consequence=rng.choice(("Visits missed", "Records lost", "")),
            category="", owner=rng.choice(("Ann Lee", "Bo Chan", "")), status=status, likelihood=likelihood,
            impact=impact, score=score, band=band.name, band_colour=band.colour, previous_score=previous,
            trend=trend(score, previous), inherent_likelihood=rng.choice((None, 5)), inherent_impact=5,
            target_likelihood=target[0] if target else None, target_impact=target[1] if target else None,
            target_score=target[0] * target[1] if target else None, last_review=None, next_review=next_review,
            review_state=review_state(next_review, TODAY) if status == "open" else "none",
            open_actions=rng.randint(0, 2), overdue_actions=rng.choice((0, 0, 1)),
        ))
    return rows


ROWS = make_rows(300)


def expected(rows: list[RiskRow], f: RiskFilter, column: int, order: Qt.SortOrder) -> list[RiskRow]:
    """What a QSortFilterProxyModel would show: a stable sort on the raw values, then the filter."""
    ordered = list(rows)
    if column >= 0:
        key = RiskTableModel.sort_key(column)
        ordered.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
    return [r for r in ordered if f.accepts(r)]


def proxy_over(rows: list[RiskRow]) -> tuple[RiskTableModel, RiskFilterProxy]:
    model = RiskTableModel(MATRIX)
    proxy = RiskFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows, MATRIX)
    return model, proxy


filters = st.fixed_dictionaries({
    "register": st.sampled_from((None, "Register 1")),
    "owner": st.sampled_from((None, "Ann Lee", "")),
    "band": st.sampled_from((None, *(b.name for b in MATRIX.bands))),
    "status": st.sampled_from(("open", "closed", None)),
    "overdue_review": st.booleans(),
    "overdue_actions": st.booleans(),
    "search": st.sampled_from(("", "f", "fl", "flood", "FLOOD  dover", "r1-", "power loss", "zzz", "  ")),
    "cell": st.sampled_from((None, ("current", 3, 3), ("target", 1, 2), ("inherent", 5, 5))),
})


@pytest.mark.usefixtures("qapp")
@settings(max_examples=60, deadline=None)
@given(steps=st.lists(st.tuples(filters, st.integers(-1, RiskTableModel.COLUMNS - 1),
                                st.sampled_from((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder))),
                      min_size=1, max_size=6))
def test_shows_what_the_filter_accepts_in_sort_order(steps: list[tuple[dict[str, Any], int, Qt.SortOrder]]) -> None:
    _, proxy = proxy_over(ROWS)
    for changes, column, order in steps:
        proxy.set_filter(**changes)
        proxy.sort(column, order)
        f = RiskFilter(**changes)
        assert proxy.visible_rows() == expected(ROWS, f, column, order)
        assert proxy.rowCount() == len(proxy.visible_rows())
        unpicked = [r for r in ROWS if RiskFilter(**{**changes, "cell": None}).accepts(r)]
        assert proxy.count_ignoring_cell() == len(unpicked)
        for kind in ("current", "inherent", "target"):
            assert proxy.cell_counts(kind) == count_cells(unpicked, kind)
        assert proxy.movements() == movements(unpicked)


@pytest.mark.usefixtures("qapp")
def test_typing_and_deleting_in_the_search_box() -> None:
    """Narrowing reuses the last search's rows; widening and other filters must not."""
    _, proxy = proxy_over(ROWS)
    proxy.sort(RiskTableModel.SCORE, Qt.SortOrder.DescendingOrder)
    for search, status in (("f", "open"), ("fl", "open"), ("flo", "open"), ("flood", "open"), ("flood", None),
                           ("floo", None), ("flood d", None), ("d", None), ("do", "closed"), ("", "closed"),
                           ("power", "open"), ("power of", "open"), ("of", "open")):
        proxy.set_filter(search=search, status=status)
        f = RiskFilter(search=search, status=status)
        assert proxy.visible_rows() == expected(ROWS, f, RiskTableModel.SCORE, Qt.SortOrder.DescendingOrder)


@pytest.mark.usefixtures("qapp")
def test_a_new_load_replaces_everything() -> None:
    model, proxy = proxy_over(ROWS)
    proxy.set_filter(search="flood")
    first = proxy.visible_rows()
    fresh = make_rows(120, seed=7)
    model.set_rows(fresh, MATRIX)
    assert proxy.visible_rows() == expected(fresh, RiskFilter(search="flood"), -1, Qt.SortOrder.AscendingOrder)
    assert proxy.visible_rows() != first
    assert proxy.data(proxy.index(0, RiskTableModel.REF), ROW_ROLE) is proxy.visible_rows()[0]


def test_selection_stays_on_its_risk(qtbot: Any, qtmodeltester: ModelTester) -> None:
    _, proxy = proxy_over(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(True)
    view.sortByColumn(RiskTableModel.SCORE, Qt.SortOrder.DescendingOrder)
    chosen = next(r for r in proxy.visible_rows() if "flood" in r.title.lower())
    row = proxy.row_of(lambda r: r is chosen)
    assert row is not None
    view.selectRow(row)

    def selected() -> RiskRow | None:
        rows = view.selectionModel().selectedRows()
        return proxy.data(rows[0], ROW_ROLE) if rows else None

    proxy.set_filter(search="flood")
    assert selected() is chosen
    view.sortByColumn(RiskTableModel.REF, Qt.SortOrder.AscendingOrder)
    assert selected() is chosen
    assert [r.ref for r in proxy.visible_rows()] == sorted(r.ref for r in proxy.visible_rows())
    proxy.set_filter(search="zzz")
    assert selected() is None and proxy.rowCount() == 0
    proxy.set_filter(search="")
    qtmodeltester.check(proxy)


@pytest.mark.usefixtures("qapp")
def test_rare_and_common_words_in_a_long_register() -> None:
    """Past a few thousand rows a rare word is found in the joined texts, a common one row by row: same rows."""
    rows = make_rows(9000, seed=3)
    _, proxy = proxy_over(rows)
    proxy.sort(RiskTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    for search in ("cyber", "cyber thanet", "r1-0", "flood", "s", "r2-8999", "zzz", "k attack", "attack"):
        for status in ("open", None):
            proxy.set_filter(search=search, status=status)
            f = RiskFilter(search=search, status=status)
            assert proxy.visible_rows() == expected(rows, f, RiskTableModel.TITLE, Qt.SortOrder.AscendingOrder)


def test_a_selection_of_many_rows_stays_on_its_risks(qtbot: Any) -> None:
    """A row or two are found in the shown rows one by one; a bigger selection through every row's place."""
    _, proxy = proxy_over(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for count in (2, 30):
        view.clearSelection()
        for row in range(0, 2 * count, 2):
            view.selectRow(row)
        chosen = {proxy.data(proxy.index(row, 0), ROW_ROLE).id for row in range(0, 2 * count, 2)}
        proxy.set_filter(search="flood")
        kept = {proxy.data(i, ROW_ROLE).id for i in view.selectionModel().selectedRows()}
        assert kept == {r.id for r in proxy.visible_rows() if r.id in chosen} and kept
        proxy.set_filter(search="")
        assert {proxy.data(i, ROW_ROLE).id for i in view.selectionModel().selectedRows()} == kept


@pytest.mark.usefixtures("qapp")
def test_a_row_changed_in_place_is_sorted_and_filtered_by_its_new_values() -> None:
    """What is kept between sorts and filter changes (each column's keys, each value's rows, the search texts) is
    dropped when a row changes: the next sort or filter sees the change."""
    model, proxy = proxy_over(ROWS)
    proxy.sort(RiskTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    proxy.set_filter(owner="Ann Lee", search="flood", status=None)
    proxy.set_filter(owner=None, search="flood", status="open")
    first = next(n for n, row in enumerate(ROWS) if row.status == "open" and "flood" not in search_text(row))
    changed = dataclasses.replace(ROWS[first], title="Aardvark flood", owner="Ann Lee")
    model.replace_row(first, changed)
    rows = [changed if n == first else row for n, row in enumerate(ROWS)]
    proxy.set_filter(search="flood aardvark")  # narrows the last search: its rows are not reused after the change
    assert proxy.visible_rows() == [changed]
    changed = dataclasses.replace(changed, status="closed")
    model.replace_row(first, changed)
    rows = [changed if n == first else row for n, row in enumerate(ROWS)]
    proxy.set_filter(search="", status="open")
    proxy.sort(RiskTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    proxy.sort(RiskTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    for changes in ({"status": None}, {"owner": "Ann Lee", "search": "aardvark"}, {"status": "closed"}):
        proxy.set_filter(**changes)
        assert proxy.visible_rows() == expected(rows, proxy.current, RiskTableModel.TITLE,
                                                Qt.SortOrder.AscendingOrder)
    assert proxy.visible_rows()[0] is changed
