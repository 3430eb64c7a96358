"""Dashboard items open what they name; the scoring matrix dialog validates and re-bands."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.dashboard import dashboard
from bcm.database import Database
from bcm.services import risks
from bcm.services.matrix import get_matrix
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.dashboard import ID_ROLE, DashboardWidget
from ui.app.main_window import RISKS_PAGE, MainWindow
from ui.app.matrix_dialog import MatrixDialog
from ui.app.risk_editor import RiskEditor
from ui.app.risk_register_view import DUE_SOON, OVERDUE_REVIEWS
from ui.app.risk_workspace import RiskWorkspace
from ui.app.signals import AppSignals


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def test_dashboard_counts_and_overdue_lists(qtbot: QtBot, demo_ctx: Context, tmp_path: Path) -> None:
    widget = DashboardWidget(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.bands.rowCount() > 0)
    registers = [widget.bands.verticalHeaderItem(r).text() for r in range(widget.bands.rowCount())]
    row = registers.index("Adult Social Care and Health")
    high = [widget.bands.horizontalHeaderItem(c).text() for c in range(widget.bands.columnCount())].index("High")
    assert widget.bands.item(row, high).text() == "2 High"
    overdue = [widget.overdue_reviews.item(i).text() for i in range(widget.overdue_reviews.count())]
    assert any(text.startswith("AH0005") for text in overdue)
    assert widget.overdue_actions.count() > 0 and widget.owners.topLevelItemCount() > 0
    qtbot.wait(20)  # laid out again around the rows, as the event loop would have it
    screenshot(widget, "dashboard", tmp_path)


def test_dashboard_item_opens_the_risk(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.risks.model.rowCount() > 0 and window.dashboard.overdue_reviews.count() > 1)
    item = next(window.dashboard.overdue_reviews.item(i) for i in range(window.dashboard.overdue_reviews.count())
                if window.dashboard.overdue_reviews.item(i).text().startswith("AH0005"))
    window.dashboard.overdue_reviews.itemDoubleClicked.emit(item)
    assert window.nav.currentRow() == RISKS_PAGE
    row = window.risks.selected_row()
    assert row is not None and row.ref == "AH0005"
    editors = window.risks.findChildren(RiskEditor)
    assert editors and editors[-1].ref.text() == "AH0005" and editors[-1].isVisible()
    window.close()


def test_band_cell_opens_the_register_filtered(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.risks.model.rowCount() > 0 and window.dashboard.bands.rowCount() > 0)
    bands = window.dashboard.bands
    registers = [bands.verticalHeaderItem(r).text() for r in range(bands.rowCount())]
    high = [bands.horizontalHeaderItem(c).text() for c in range(bands.columnCount())].index("High")
    bands.cellDoubleClicked.emit(registers.index("Operations"), high)
    assert window.nav.currentRow() == RISKS_PAGE
    assert {r.ref for r in window.risks.proxy.visible_rows()} == {"OPS0003", "OPS0005", "OPS0059"}


def test_matrix_dialog_refuses_a_gap_and_saves_new_bands(qtbot: QtBot, demo_ctx: Context) -> None:
    signals = AppSignals()
    dialog = MatrixDialog(demo_ctx, signals)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled()
    dialog.bands.setItem(1, 1, QTableWidgetItem("10"))  # Medium now starts at 10: 8, 9 are in no band
    assert not save.isEnabled() and "no band" in dialog.problems.text()
    dialog.bands.setItem(0, 2, QTableWidgetItem("9"))  # Low now covers up to 9
    assert save.isEnabled(), dialog.problems.text()
    dialog.likelihood.setItem(4, 0, QTableWidgetItem("Almost certain"))
    with qtbot.waitSignal(signals.changed):
        dialog.save()
    matrix = get_matrix(demo_ctx)
    assert matrix.label("likelihood", 5) == "Almost certain"
    assert matrix.band(3, 3).name == "Low"  # 9 re-banded
    assert all(r.band == "Low" for r in risks.list_risks(demo_ctx) if r.score == 9)


def test_matrix_dialog_will_not_shrink_under_scored_risks(qtbot: QtBot, demo_ctx: Context) -> None:
    dialog = MatrixDialog(demo_ctx, AppSignals())
    qtbot.addWidget(dialog)
    dialog.likelihood_size.setValue(4)
    dialog.impact_size.setValue(4)
    dialog.bands.setItem(2, 2, QTableWidgetItem("16"))
    dialog.save()
    assert "rescore them before shrinking" in dialog.problems.text()
    assert len(get_matrix(demo_ctx).likelihood) == 5


def test_an_owners_list_holds_their_recommendations_and_opens_them(qtbot: QtBot, demo_ctx: Context,
                                                                    tmp_path: Path) -> None:
    signals = AppSignals()
    widget = DashboardWidget(demo_ctx, signals)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.owners.topLevelItemCount() > 0)
    owner = next(widget.owners.topLevelItem(i) for i in range(widget.owners.topLevelItemCount())
                 if widget.owners.topLevelItem(i).text(0).startswith("Neil Harcourt"))
    owner.setExpanded(True)
    children = [owner.child(i) for i in range(owner.childCount())]
    lessons = [c for c in children if c.text(0).startswith("Recommendation: ")]
    # Neil Harcourt holds two open recommendations, both past due on the demo's date, and one open risk action.
    assert len(lessons) == 2 and all(c.text(2).endswith("OVERDUE") for c in lessons)
    assert any(not c.text(0).startswith("Recommendation: ") for c in children)
    assert owner.text(0) == f"Neil Harcourt ({len(children)})"
    with qtbot.waitSignal(signals.openRecommendation) as opened:
        widget.owners.itemDoubleClicked.emit(lessons[0], 0)
    assert opened.args == [lessons[0].data(0, ID_ROLE)] and isinstance(opened.args[0], uuid.UUID)
    widget.owners.scrollToItem(lessons[0])
    screenshot(widget, "dashboard-owner-recommendations", tmp_path)


def test_a_list_cut_short_carries_on_in_the_register(qtbot: QtBot, demo_db: Database, demo_ctx: Context,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """At county scale each list shows its first items: its last line says how many more, and opens them in the
    register, with every other filter cleared."""
    monkeypatch.setattr(DashboardWidget, "listed", 2)
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    board = window.dashboard
    qtbot.waitUntil(lambda: window.risks.model.rowCount() > 0 and not window.risks._loader.busy
                    and board.overdue_reviews.count() > 1)
    data = dashboard(demo_ctx)
    reviews = board.overdue_reviews
    assert reviews.count() == 3 and reviews.item(2).text() == (
        f"…and {data.overdue_review_total - 2} more overdue reviews\nDouble-click to see them all in the register")
    assert f"<b>{data.overdue_review_total}</b> reviews overdue" in board.heading.text()
    screenshot(window, "dashboard-cut-short", tmp_path)
    window.risks.search.setText("flood")  # filters set before: cleared
    window.risks.band_box.setCurrentText("High")
    reviews.itemDoubleClicked.emit(reviews.item(2))
    risks_page = window.risks
    assert window.nav.currentRow() == RISKS_PAGE and risks_page.overdue_review_box.isChecked()
    assert (risks_page.search.text(), risks_page.band_box.currentText(), risks_page.register_box.currentText(),
            risks_page.status_box.currentText()) == ("", "All", "All", "Open")
    shown = risks_page.proxy.visible_rows()
    assert len(shown) == data.overdue_review_total and all(r.review_state == "overdue" for r in shown)
    assert [r.next_review for r in shown] == sorted(r.next_review for r in shown)  # longest overdue first
    selected = risks_page.selected_row()
    listed = {i.risk_id for i in data.overdue_reviews[:2]}  # the two the list showed
    assert selected is not None and selected.id not in listed  # where the list left off: the first it did not name
    assert all(r.id in listed for r in shown[:shown.index(selected)])
    screenshot(window, "register-overdue-reviews", tmp_path)

    window.nav.setCurrentRow(0)
    board.overdue_actions.itemDoubleClicked.emit(board.overdue_actions.item(board.overdue_actions.count() - 1))
    assert risks_page.overdue_actions_box.isChecked() and not risks_page.overdue_review_box.isChecked()
    shown = risks_page.proxy.visible_rows()
    assert shown and all(r.overdue_actions for r in shown)
    assert {r.ref for r in shown} == {i.ref for i in dashboard(demo_ctx, listed=1000).overdue_actions}

    window.nav.setCurrentRow(0)
    soon = board.due_soon
    if data.due_soon_total > 2:
        soon.itemDoubleClicked.emit(soon.item(soon.count() - 1))
    else:  # the demo's few: no line to carry on from
        assert soon.count() == data.due_soon_total and not soon.item(soon.count() - 1).text().startswith("…")
        board.showDue.emit(DUE_SOON, frozenset(i.risk_id for i in data.reviews_due_soon[:1]))
    assert not risks_page.overdue_actions_box.isChecked() and not risks_page.overdue_review_box.isChecked()
    shown = risks_page.proxy.visible_rows()
    assert len(shown) == len(risks.list_risks(demo_ctx, include_closed=False))
    selected = risks_page.selected_row()  # every open risk by review date: the first not listed
    assert selected is not None and selected == next(r for r in shown if r.id != data.reviews_due_soon[0].risk_id)
    window.close()


def test_carrying_on_waits_for_every_risk_when_asked_before(qtbot: QtBot, demo_ctx: Context) -> None:
    """Asked while only a big register's first rows are in, the register carries on from the right risk once the
    rest are."""
    monkeypatch_first = RiskWorkspace.first_rows
    RiskWorkspace.first_rows = 3  # the demo's register, as a big one: three rows first, then the rest
    try:
        workspace = RiskWorkspace(demo_ctx, AppSignals())
    finally:
        RiskWorkspace.first_rows = monkeypatch_first
    qtbot.addWidget(workspace)
    workspace.resize(1300, 800)
    with qtbot.waitSignal(workspace.firstRowsShown, timeout=20000):
        workspace.show()
    assert workspace.model.rowCount() == 3
    data = dashboard(demo_ctx, listed=2)
    listed = frozenset(i.risk_id for i in data.overdue_reviews)
    workspace.show_due(OVERDUE_REVIEWS, listed)
    with qtbot.waitSignal(workspace.loaded, timeout=20000):
        pass
    shown = workspace.proxy.visible_rows()
    assert len(shown) == data.overdue_review_total
    selected = workspace.selected_row()
    assert selected is not None and selected == next(r for r in shown if r.id not in listed)


def test_with_no_recommendation_overdue_the_reviews_due_soon_take_the_room(qtbot: QtBot, ctx: Context,
                                                                           demo_ctx: Context) -> None:
    """The recommendations box shrinks to its summary line when none is overdue: at county scale, the reviews due
    soon showed two of thousands beside an empty box."""
    heights = {}
    for name, context in (("none overdue", ctx), ("demo", demo_ctx)):
        widget = DashboardWidget(context, AppSignals())
        qtbot.addWidget(widget)
        widget.resize(1300, 800)
        widget.show()
        qtbot.waitUntil(lambda w=widget: "Loading" not in w.heading.text() and w.recommendations_summary.text() != "")
        overdue = dashboard(context).recommendations.overdue
        assert widget.overdue_recommendations.isVisible() == (overdue > 0)
        qtbot.wait(20)  # laid out again, as the event loop would have it
        heights[name] = widget.due_soon.height()
    assert heights["none overdue"] > 2 * heights["demo"]


def test_the_register_behind_another_page_reads_a_change_when_shown(qtbot: QtBot, demo_db: Database,
                                                                     demo_ctx: Context) -> None:
    """A change that comes in (a sync) while another page is in front is read when the register is next shown:
    taking a county's rows in held the GUI thread a quarter of a second on whatever page was open."""
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(RISKS_PAGE)
    qtbot.waitUntil(lambda: window.risks.model.rowCount() > 0 and not window.risks._loader.busy)
    window.nav.setCurrentRow(0)  # the Dashboard in front
    register = risks.list_registers(demo_ctx)[0].name
    risks.create_risk(demo_ctx, risks.RiskInput(register=register, ref="ZZ-SYNCED", title="Brought in by a sync",
                                                likelihood=2, impact=2))
    window.signals.changed.emit("risks")
    assert not window.risks._loader.busy and window.risks._stale
    refs = lambda: {window.risks.model.rows()[i].ref for i in range(window.risks.model.rowCount())}  # noqa: E731
    assert "ZZ-SYNCED" not in refs()
    with qtbot.waitSignal(window.risks.loaded, timeout=10_000):
        window.nav.setCurrentRow(RISKS_PAGE)
    assert "ZZ-SYNCED" in refs() and not window.risks._stale


def test_what_the_dashboard_opens_in_a_register_read_again_is_shown_once_read(
        qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    """The register behind the Dashboard, changed meanwhile, is read again as it is shown: a register new since
    the last read, and a risk in it, are shown and selected once read, not looked for among the old rows."""
    from bcm.services.people_admin import PersonInput, list_people, update_person

    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(RISKS_PAGE)
    qtbot.waitUntil(lambda: window.risks.model.rowCount() > 0 and not window.risks._loader.busy)
    window.nav.setCurrentRow(0)
    risks.create_register(demo_ctx, "Pulled Register")
    risk_id = risks.create_risk(demo_ctx, risks.RiskInput(register="Pulled Register", ref="PR1",
                                                          title="Brought in by a sync", likelihood=5, impact=5))
    window.signals.changed.emit("risks")
    with qtbot.waitSignal(window.risks.loaded, timeout=10_000):
        window.open_register("Pulled Register", "High")
    assert (window.risks.register_box.currentText(), window.risks.band_box.currentText()) == ("Pulled Register",
                                                                                                "High")
    assert [r.ref for r in window.risks.proxy.visible_rows()] == ["PR1"]
    window.nav.setCurrentRow(0)
    risks.create_risk(demo_ctx, risks.RiskInput(register="Pulled Register", ref="PR2", title="Another",
                                                likelihood=1, impact=1))
    window.signals.changed.emit("risks")
    window.risks.band_box.setCurrentText("All")
    with qtbot.waitSignal(window.risks.loaded, timeout=10_000):
        window.open_risk(risks.risk_id_by_ref(demo_ctx, "PR2"))
    row = window.risks.selected_row()
    assert row is not None and row.ref == "PR2" and risk_id != row.id
    # A person renamed elsewhere: the register, its owners joined in from people, shows the new name once shown.
    owners = {r.owner for r in window.risks.model.rows()}
    person = next(p for p in list_people(demo_ctx) if p.name in owners)
    window.nav.setCurrentRow(0)
    update_person(demo_ctx, person.id, None, PersonInput(name=f"{person.name} Renamed"))
    owner = person.name
    window.signals.changed.emit("people")
    with qtbot.waitSignal(window.risks.loaded, timeout=10_000):
        window.nav.setCurrentRow(RISKS_PAGE)
    assert any(r.owner == f"{owner} Renamed" for r in window.risks.model.rows())


def test_a_sync_bringing_several_kinds_in_reads_the_dashboard_once(qtbot: QtBot, demo_ctx: Context) -> None:
    """A sync says each kind of record it brought in, one after the other: the Dashboard, which counts them all,
    reads a county's registers once for them, not once for each."""
    signals = AppSignals()
    widget = DashboardWidget(demo_ctx, signals)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.bands.rowCount() > 0 and not widget._loader.busy)
    started: list[int] = []
    real_start = widget._loader.start
    widget._loader.start = lambda work: (started.append(1), real_start(work))  # type: ignore[method-assign]
    for kind in ("risks", "people", "incidents"):
        signals.changed.emit(kind)
    qtbot.waitUntil(lambda: bool(started) and not widget._loader.busy)
    qtbot.wait(20)
    assert started == [1]
