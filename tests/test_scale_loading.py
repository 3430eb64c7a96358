"""What the county-scale loading changed, kept honest on the demo data: a big register's first rows painted before
the rest, the shared key-list proxy of the people and plans tables, rows measured only in view, the dashboard
counted by the database and its owners' actions added when opened, and the packs' cheaper paragraphs."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from reportlab.platypus import Paragraph

from bcm.context import Context
from bcm.dashboard import NO_OWNER, dashboard, owner_items
from bcm.heat import count_cells
from bcm.people_views import PersonRow
from bcm.rules import action_overdue, review_state
from bcm.services import risks
from exports.pdf.styles import BODY, CELL, CELL_BOLD, text
from tests.gui_helpers import isolate_settings
from ui.app.dashboard import OWNER_ROLE, DashboardWidget
from ui.app.models.people_tables import MatchProxy, PeopleTableModel
from ui.app.models.risk_table import RiskTableModel
from ui.app.plans.common import FIT_EVERY_ROW, RowHeights, row_table
from ui.app.risk_workspace import RiskWorkspace
from ui.app.signals import AppSignals


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def in_table_order(rows: list[risks.RiskRow]) -> list[str]:
    """The register as it opens: open risks, highest current score first (a stable sort of list_risks' order)."""
    return [r.ref for r in sorted((r for r in rows if r.status == "open"), key=lambda r: -r.score)]


def test_the_highest_scored_open_risks_are_the_first_rows_of_the_register(demo_ctx: Context) -> None:
    everything = risks.list_risks(demo_ctx)
    for limit in (1, 5, 12, 1000):
        first = risks.top_open_risks(demo_ctx, limit)
        assert [(r.register, r.ref) for r in first] == sorted((r.register, r.ref) for r in first)
        assert in_table_order(first) == in_table_order(everything)[:limit]
        by_id = {r.id: r for r in everything}
        assert all(by_id[r.id] == r for r in first)  # the same rows list_risks makes


def test_a_big_register_paints_its_first_rows_then_loads_the_rest(qtbot: QtBot, demo_ctx: Context,
                                                                  qtmodeltester: ModelTester,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RiskWorkspace, "first_rows", 5)
    everything = risks.list_risks(demo_ctx)
    widget = RiskWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitSignal(widget.firstRowsShown):
        widget.show()
    assert widget.model.rowCount() == 5 and widget._loader.busy
    assert [r.ref for r in widget.proxy.visible_rows()] == in_table_order(everything)[:5]
    assert "loading" in widget.count_label.text().lower()
    open_cells = count_cells((r for r in everything if r.status == "open"), "current")
    assert widget.heatmap is not None and widget._first_heat == open_cells  # the map of every open risk already
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.proxy)
    with qtbot.waitSignal(widget.loaded):
        pass  # the rest follows once the first rows are painted
    assert widget.model.rowCount() == len(everything) and not widget._loader.busy
    assert [r.ref for r in widget.proxy.visible_rows()][:5] == in_table_order(everything)[:5]
    assert widget.proxy.cell_counts("current") == open_cells
    assert "loading" not in widget.count_label.text().lower()
    qtmodeltester.check(widget.proxy)


def test_a_hidden_or_small_register_is_read_whole_at_once(qtbot: QtBot, demo_ctx: Context,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    total = len(risks.list_risks(demo_ctx))
    shown: list[int] = []
    widget = RiskWorkspace(demo_ctx, AppSignals())  # 200 first rows: more than the demo's open risks
    qtbot.addWidget(widget)
    widget.firstRowsShown.connect(lambda: shown.append(1))
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.model.rowCount() == total)
    assert not shown
    monkeypatch.setattr(RiskWorkspace, "first_rows", 3)
    hidden = RiskWorkspace(demo_ctx, AppSignals())  # never shown, so never painted: the rest is read anyway
    qtbot.addWidget(hidden)
    qtbot.waitUntil(lambda: not hidden._loader.busy and hidden.model.rowCount() == total)


def person(n: int) -> PersonRow:
    return PersonRow(id=__import__("uuid").uuid4(), version=1, name=f"Person {n:04d}", job_title=f"Job {n % 7}",
                     team=f"Team {n % 3}", work_phone="", mobile=f"0770{n:06d}", out_of_hours="", email="",
                     on_call_role="Silver" if n % 10 == 0 else "")


def test_the_key_list_proxy_sorts_filters_and_keeps_the_selection(qtbot: QtBot,
                                                                   qtmodeltester: ModelTester) -> None:
    model = PeopleTableModel()
    model.set_rows([person(n) for n in (5, 3, 9, 1, 7, 20, 10)])
    proxy = MatchProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert [r.name for r in proxy.visible_rows()] == [f"Person {n:04d}" for n in (5, 3, 9, 1, 7, 20, 10)]
    proxy.sort(PeopleTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in proxy.visible_rows()] == [f"Person {n:04d}" for n in (20, 10, 9, 7, 5, 3, 1)]
    kept = QPersistentModelIndex(proxy.index(3, 0))  # Person 0007
    proxy.set_search("team 1")  # 1, 7, 10 are in team 1
    assert [r.name for r in proxy.visible_rows()] == [f"Person {n:04d}" for n in (10, 7, 1)]
    assert kept.isValid() and kept.row() == 1 and proxy.data(proxy.index(kept.row(), 0)) == "Person 0007"
    proxy.sort(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert kept.row() == 1 and proxy.visible_rows()[0].name == "Person 0001"
    proxy.set_search("silver")
    assert not kept.isValid() and proxy.rowCount() == 2
    qtmodeltester.check(proxy)
    model.set_rows([person(n) for n in range(1, 4)])  # nobody on call: the search still applies to new rows
    assert proxy.rowCount() == 0 and proxy.index(0, 0) == QModelIndex()
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_a_long_wrapping_table_measures_only_the_rows_in_view(qtbot: QtBot) -> None:
    model = PeopleTableModel()
    proxy = MatchProxy()
    proxy.setSourceModel(model)
    table = row_table(proxy, "People", {PeopleTableModel.NAME: 40}, wrap_lines=2)
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    model.set_rows([person(n) for n in range(10)])
    header = table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    model.set_rows([person(n) for n in range(FIT_EVERY_ROW + 50)])
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    qtbot.waitUntil(lambda: header.sectionSize(0) > header.minimumSectionSize())  # "Person 0000" wraps at 40 px
    assert header.sectionSize(0) <= header.maximumSectionSize()
    assert header.sectionSize(FIT_EVERY_ROW + 40) == header.minimumSectionSize()  # out of view: not measured
    table.scrollToBottom()
    qtbot.waitUntil(lambda: header.sectionSize(FIT_EVERY_ROW + 49) > header.minimumSectionSize(), timeout=300)
    table.horizontalHeader().resizeSection(PeopleTableModel.NAME, 60)
    assert table.findChild(RowHeights)._timer.interval() == 0  # at once, whatever the scroll position or section
    model.set_rows([person(n) for n in range(10)])
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents


def test_the_dashboard_counts_what_the_register_shows(demo_ctx: Context) -> None:
    """Counted by the database now: the same counts and lists as worked out from every open risk."""
    rows = risks.list_risks(demo_ctx, include_closed=False)
    data = dashboard(demo_ctx)
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        counts.setdefault(row.register, Counter())[row.band] += 1
    assert data.counts == dict(sorted(counts.items()))
    today = demo_ctx.today()
    key = lambda r: (r.next_review or date.max, r.ref)  # noqa: E731
    overdue = [r.ref for r in sorted(rows, key=key) if review_state(r.next_review, today) == "overdue"]
    due_soon = [r.ref for r in sorted(rows, key=key) if review_state(r.next_review, today) == "due_soon"]
    assert [i.ref for i in data.overdue_reviews] == overdue and data.overdue_review_total == len(overdue)
    assert [i.ref for i in data.reviews_due_soon] == due_soon and data.due_soon_total == len(due_soon)
    assert len(overdue) > 1 and len(due_soon) > 1
    cut = dashboard(demo_ctx, listed=1)  # a county's lists: the first few, and how many in all
    assert [i.ref for i in cut.overdue_reviews] == overdue[:1] and cut.overdue_review_total == len(overdue)
    assert [i.ref for i in cut.reviews_due_soon] == due_soon[:1] and cut.due_soon_total == len(due_soon)


def test_the_owners_counts_are_their_items_and_the_overdue_actions_are_theirs_past_due(demo_ctx: Context) -> None:
    """Counted by the database per owner, read per owner when opened: the counts are the owners' lists' lengths, each
    list soonest due first with the owner's open actions and open recommendations, and the overdue actions are every
    owner's open actions past their due date, as worked out from every open risk's actions."""
    data = dashboard(demo_ctx)
    today = demo_ctx.today()
    lists = {owner: owner_items(demo_ctx, owner) for owner in data.open_actions_by_owner}
    assert {owner: len(items) for owner, items in lists.items()} == data.open_actions_by_owner
    assert list(data.open_actions_by_owner) == sorted(data.open_actions_by_owner)
    everything = [item for items in lists.values() for item in items]
    assert any(i.recommendation_id for i in everything) and any(i.recommendation_id is None for i in everything)
    for owner, items in lists.items():
        assert all(i.owner == owner for i in items)
        assert items == sorted(items, key=lambda i: (i.due is not None, i.due or date.min, i.ref))
    actions = [(r.ref, a.description, a.due_on, a.owner or NO_OWNER)
               for r in risks.list_risks(demo_ctx, include_closed=False)
               for a in risks.get_risk(demo_ctx, r.id).actions if a.status in ("open", "in_progress")]
    assert sorted((i.ref, i.text, i.due, i.owner) for i in everything if i.recommendation_id is None) == sorted(actions)
    overdue = [(i.ref, i.text, i.due, i.owner) for i in data.overdue_actions]
    assert sorted(overdue) == sorted(a for a in actions if action_overdue(a[2], "open", today))
    assert overdue == sorted(overdue, key=lambda a: (a[2], a[0]))  # soonest due first, then by risk
    assert len(overdue) > 3 and data.overdue_action_total == len(overdue)
    cut = dashboard(demo_ctx, listed=3)
    assert [(i.ref, i.text, i.due, i.owner) for i in cut.overdue_actions] == overdue[:3]
    assert cut.overdue_action_total == len(overdue)


def test_an_owners_actions_are_added_when_opened(qtbot: QtBot, demo_ctx: Context) -> None:
    widget = DashboardWidget(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded):
        widget.show()
    data = dashboard(demo_ctx)
    owners = widget.owners
    assert [owners.topLevelItem(i).text(0) for i in range(owners.topLevelItemCount())] == [
        f"{owner} ({count})" for owner, count in data.open_actions_by_owner.items()]
    # The first owner whose list starts with a risk action (others may hold only recommendations from lessons).
    index, actions = next((i, items) for i, items in enumerate(map(lambda o: owner_items(demo_ctx, o),
                                                                   data.open_actions_by_owner))
                          if items[0].recommendation_id is None)
    first = owners.topLevelItem(index)
    assert first.childCount() == 0
    first.setExpanded(True)
    assert first.childCount() == data.open_actions_by_owner[first.data(0, OWNER_ROLE)] == len(actions)
    assert [first.child(i).text(1) for i in range(first.childCount())] == [
        "from a lesson" if a.recommendation_id else a.ref for a in actions]
    opened: list[object] = []
    widget.openRisk.connect(opened.append)
    owners.itemDoubleClicked.emit(first.child(0), 0)
    due = widget.overdue_reviews
    due.itemDoubleClicked.emit(due.item(0))
    assert opened == [actions[0].risk_id, data.overdue_reviews[0].risk_id]


@pytest.mark.parametrize("value", ["Service Manager", "  spaces   between  ", "Émilie O'Connor – 07700 900123",
                                   "a & b < c", "two\nlines", "", "x" * 300])
def test_plain_cells_are_the_paragraphs_the_parser_makes(value: str) -> None:
    for style in (BODY, CELL, CELL_BOLD):
        fast = text(value, style)
        parsed = Paragraph(escape(value).replace("\n", "<br/>"), style)
        assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
        for width in (30, 120, 400, 120):  # the same width again: the lines broken the first time
            assert fast.wrap(width, 800) == parsed.wrap(width, 800)
            assert repr(fast.blPara.lines) == repr(parsed.blPara.lines)  # fragments compare by identity


def test_a_risk_table_sort_key_covers_every_column() -> None:
    assert all(callable(RiskTableModel.sort_key(c)) for c in range(RiskTableModel.COLUMNS))
