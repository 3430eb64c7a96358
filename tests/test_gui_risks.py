"""The risk register workspace and editor, driven through the real widgets."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.services import risks
from bcm.services.matrix import get_matrix
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.models.risk_table import ROW_ROLE, SORT_ROLE, RiskTableModel
from ui.app.risk_editor import RiskEditor
from ui.app.risk_workspace import RiskWorkspace
from ui.app.signals import AppSignals
from ui.app.widgets.heatmap import HeatMapWidget


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


@pytest.fixture
def workspace(qtbot: QtBot, demo_ctx: Context) -> RiskWorkspace:
    widget = RiskWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    wait_loaded(qtbot, widget)
    return widget


def wait_loaded(qtbot: QtBot, widget: RiskWorkspace) -> None:
    """The register loads off the GUI thread; wait until it is shown."""
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.model.rowCount() > 0)


def shown_refs(workspace: RiskWorkspace) -> set[str]:
    return {row.ref for row in workspace.proxy.visible_rows()}


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, workspace: RiskWorkspace) -> None:
    qtmodeltester.check(workspace.model)
    qtmodeltester.check(workspace.proxy)


def test_sorting_uses_raw_values_not_display_text(workspace: RiskWorkspace) -> None:
    workspace.proxy.sort(RiskTableModel.SCORE, Qt.SortOrder.AscendingOrder)
    scores = [workspace.proxy.data(workspace.proxy.index(r, RiskTableModel.SCORE), SORT_ROLE)
              for r in range(workspace.proxy.rowCount())]
    assert scores == sorted(scores)
    assert scores[0] < 10 < scores[-1]  # "9 Medium" sorts before "12 Medium" though "9" > "1" as text


def test_typing_in_search_filters_as_you_type(qtbot: QtBot, workspace: RiskWorkspace) -> None:
    before = workspace.proxy.rowCount()
    qtbot.keyClicks(workspace.search, "ops0005")
    assert shown_refs(workspace) == {"OPS0005"}
    workspace.search.clear()
    qtbot.keyClicks(workspace.search, "deprivation")
    assert "OPS0005" in shown_refs(workspace) and len(shown_refs(workspace)) < before
    for row in workspace.proxy.visible_rows():
        assert "deprivation" in f"{row.ref} {row.title} {row.cause} {row.consequence}".lower()
    workspace.search.clear()
    assert workspace.proxy.rowCount() == before


def test_clicking_a_heat_map_cell_filters_and_clicking_again_clears(qtbot: QtBot, workspace: RiskWorkspace) -> None:
    workspace.register_box.setCurrentText("Adult Social Care and Health")
    assert len(shown_refs(workspace)) == 6
    assert workspace.register_box.toolTip() == "Adult Social Care and Health"  # whole, where the box cuts it short
    heat = workspace.heatmap
    centre = heat.cell_rect(5, 4).center().toPoint()
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=centre)
    refs = shown_refs(workspace)
    assert len(refs) == 2
    assert all(r.likelihood == 5 and r.impact == 4 for r in workspace.proxy.visible_rows())
    assert "Click the cell again" in workspace.heat_caption.text()
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=centre)
    assert len(shown_refs(workspace)) == 6
    assert heat.counts[(4, 3)] == 2 and heat.counts[(3, 3)] == 1


def test_heat_map_switches_to_target_and_keyboard_picks_cells(qtbot: QtBot, workspace: RiskWorkspace) -> None:
    workspace.register_box.setCurrentText("Operations")
    workspace.kind_box.setCurrentIndex(2)  # target
    targets = risks.heatmap(workspace.ctx, "Operations", "target")
    assert {k: v for k, v in workspace.heatmap.counts.items() if v} == {
        (c.likelihood, c.impact): c.count for c in targets.cells if c.count}
    workspace.heatmap.setFocus()
    workspace.heatmap.focus_cell = next((c.likelihood, c.impact) for c in targets.cells if c.count)
    qtbot.keyClick(workspace.heatmap, Qt.Key.Key_Return)
    assert workspace.proxy.rowCount() == next(c.count for c in targets.cells if c.count)


def test_an_overdue_review_is_shown_as_overdue(workspace: RiskWorkspace) -> None:
    workspace.overdue_review_box.setChecked(True)
    rows = workspace.proxy.visible_rows()
    assert rows and all(r.next_review is not None and r.next_review < date(2026, 11, 23) for r in rows)
    index = workspace.proxy.index(0, RiskTableModel.NEXT_REVIEW)
    assert "overdue" in workspace.proxy.data(index)
    assert workspace.proxy.data(index, Qt.ItemDataRole.ForegroundRole) is not None


def test_create_a_risk_through_the_editor(qtbot: QtBot, demo_ctx: Context, workspace: RiskWorkspace,
                                          tmp_path: Path) -> None:
    editor = RiskEditor(demo_ctx, workspace.signals, None, register="Operations", parent=workspace)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.ref, "OPS0100")
    editor.save()
    assert "title" in editor.problems.text()  # inline message, nothing written
    assert "border" in editor.title.styleSheet()
    qtbot.keyClicks(editor.title, "Loss of power at Broadmeadow care home")
    editor.owner.setCurrentText("Declan Forsythe")
    editor.current.set_value(4, 5)
    assert "20" in editor.current.result.text() and "High" in editor.current.result.text()
    editor.target.set_value(2, 5)
    with qtbot.waitSignal(workspace.loaded):
        editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    row = next(r for r in workspace.model.rows() if r.ref == "OPS0100")
    assert (row.register, row.owner, row.score, row.target_score) == ("Operations", "Declan Forsythe", 20, 10)
    screenshot(editor, "risk-editor-new", tmp_path)


def test_rescore_with_a_reason_writes_and_shows_the_history(qtbot: QtBot, demo_ctx: Context,
                                                            workspace: RiskWorkspace, tmp_path: Path) -> None:
    risk_id = risks.risk_id_by_ref(demo_ctx, "AH0035")
    editor = RiskEditor(demo_ctx, workspace.signals, risk_id, parent=workspace)
    qtbot.addWidget(editor)
    asked: list[str] = []
    editor.ask_reason = lambda prompt: asked.append(prompt) or "Reviewed at DMT 07/07, agreed increase to likelihood"
    before = editor.detail.row.score if editor.detail else 0
    editor.current.set_value(4, 4)
    editor.save()
    assert asked and "current" in asked[0]
    detail = risks.get_risk(demo_ctx, risk_id)
    assert detail.row.score == 16 and detail.row.previous_score == before
    assert detail.history[-1].reason == "Reviewed at DMT 07/07, agreed increase to likelihood"
    reopened = RiskEditor(demo_ctx, workspace.signals, risk_id, parent=workspace)
    qtbot.addWidget(reopened)
    reopened.tabs.setCurrentIndex(3)
    reopened.show()
    assert "agreed increase to likelihood" in reopened.history.item(reopened.history.count() - 1).text()
    assert reopened.chart.points[-1][1] == 16
    screenshot(reopened, "risk-editor-history", tmp_path)


def test_cancelling_the_reason_saves_nothing(qtbot: QtBot, demo_ctx: Context, workspace: RiskWorkspace) -> None:
    risk_id = risks.risk_id_by_ref(demo_ctx, "AH0035")
    editor = RiskEditor(demo_ctx, workspace.signals, risk_id, parent=workspace)
    qtbot.addWidget(editor)
    editor.ask_reason = lambda _prompt: None
    editor.current.set_value(1, 1)
    editor.save()
    assert risks.get_risk(demo_ctx, risk_id).row.score != 1


def test_a_stale_save_says_so_and_offers_reload(qtbot: QtBot, demo_ctx: Context, workspace: RiskWorkspace) -> None:
    risk_id = risks.risk_id_by_ref(demo_ctx, "OPS0059")
    editor = RiskEditor(demo_ctx, workspace.signals, risk_id, parent=workspace)
    qtbot.addWidget(editor)
    elsewhere = Context(demo_ctx.sessions, user="another.manager", clock=demo_ctx.clock)
    version = risks.get_risk(elsewhere, risk_id).row.version
    risks.update_risk(elsewhere, risk_id, version, title="Changed on another laptop")
    messages: list[str] = []
    editor.ask_reload = lambda message: messages.append(message) or True
    editor.title.setText("My edit")
    editor.save()
    assert messages and "another.manager" in messages[0]
    assert editor.title.text() == "Changed on another laptop"  # reloaded
    assert risks.get_risk(demo_ctx, risk_id).row.title == "Changed on another laptop"


def test_review_comments_and_actions_from_the_editor(qtbot: QtBot, demo_ctx: Context,
                                                     workspace: RiskWorkspace) -> None:
    risk_id = risks.risk_id_by_ref(demo_ctx, "OPS0059")
    editor = RiskEditor(demo_ctx, workspace.signals, risk_id, parent=workspace)
    qtbot.addWidget(editor)
    comments_before = editor.comments.count()
    editor.comment_text.setPlainText("Reviewed at DMT, no change")
    editor.add_comment()
    assert editor.comments.count() == comments_before + 1
    assert "Reviewed at DMT, no change" in editor.comments.item(0).text()
    editor.action_text.setText("Agree s12 doctor rota with the ICB")
    editor.action_owner.setCurrentText("Declan Forsythe")
    editor.add_action()
    texts = [editor.actions.item(r, 0).text() for r in range(editor.actions.rowCount())]
    assert "Agree s12 doctor rota with the ICB" in texts
    editor.actions.selectRow(texts.index("Agree s12 doctor rota with the ICB"))
    editor.action_status.setCurrentText("done")
    editor.set_action_status()
    detail = risks.get_risk(demo_ctx, risk_id)
    done = next(a for a in detail.actions if a.description == "Agree s12 doctor rota with the ICB")
    assert done.status == "done" and done.done_on == date(2026, 11, 23)


def test_close_and_reopen_from_the_context_menu_actions(qtbot: QtBot, workspace: RiskWorkspace,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    workspace.search.setText("OPS0059")
    workspace.table.selectRow(0)
    assert workspace.close_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Transferred to the ICB", True))
    workspace.close_selected()  # shown at once: the row read again, not the whole register
    assert not workspace._loader.busy
    workspace.status_box.setCurrentText("All")
    workspace.select_risk(risks.risk_id_by_ref(workspace.ctx, "OPS0059"))
    row = workspace.selected_row()
    assert row is not None and row.status == "closed"
    assert workspace.reopen_button.isEnabled()
    workspace.reopen_selected()
    assert next(r for r in workspace.model.rows() if r.ref == "OPS0059").status == "open"
    assert not workspace._loader.busy
    workspace._context_menu(QPoint(5, 5))  # builds without error


def test_row_role_returns_the_plain_row(workspace: RiskWorkspace) -> None:
    row = workspace.model.data(workspace.model.index(0, 0), ROW_ROLE)
    assert row.ref and row.score == row.likelihood * row.impact


def test_a_countys_counts_fit_their_heat_map_cells(qtbot: QtBot, demo_ctx: Context, tmp_path: Path) -> None:
    """Thousands of risks in a cell: the counts are drawn smaller, all at one size, rather than over the next cell."""
    heat = HeatMapWidget()
    qtbot.addWidget(heat)
    heat.resize(340, 600)
    matrix = get_matrix(demo_ctx)
    heat.set_data(matrix, Counter({(1, 1): 7}), Counter())
    few = heat.count_font()
    heat.set_data(matrix, Counter({(1, 1): 7, (5, 5): 123_456, (3, 3): 8_765}), Counter())
    many = heat.count_font()
    width = heat.cell_rect(1, 1).width()
    assert QFontMetricsF(many).horizontalAdvance("123456") <= width - 6 < QFontMetricsF(few).horizontalAdvance("123456")
    assert many.pointSizeF() < few.pointSizeF() and few.bold()
    heat.show()
    screenshot(heat, "heatmap-county-counts", tmp_path)


def test_each_heat_map_cell_is_painted_in_its_band_colour_between_white_lines(qtbot: QtBot, demo_ctx: Context) -> None:
    """The grid is painted on whole pixels: each cell in its band's colour (paler with no risk in it), white lines
    between the cells, and the counts with thousands separators."""
    from PySide6.QtGui import QColor

    heat = HeatMapWidget()
    qtbot.addWidget(heat)
    heat.resize(420, 340)
    matrix = get_matrix(demo_ctx)
    heat.set_data(matrix, Counter({(5, 5): 12_345, (1, 1): 2}), Counter())
    image = heat.grab().toImage()
    for likelihood, impact, counted in ((5, 5, True), (1, 1, True), (3, 2, False)):
        rect = heat.cell_rect(likelihood, impact)
        colour = QColor(matrix.band(likelihood, impact).colour)
        expected = colour if counted else colour.lighter(150)
        inside = image.pixelColor(int(rect.left()) + 4, int(rect.bottom()) - 4)
        assert inside.name() == expected.name(), (likelihood, impact)
    between = heat.cell_rect(3, 2).right()
    assert image.pixelColor(round(between), int(heat.cell_rect(3, 2).center().y())).name() == "#ffffff"
    assert heat.tooltip_for((5, 5)).endswith("12,345 risks")


def test_movement_arrows_paint_with_none_to_draw_and_with_a_countys(qtbot: QtBot, demo_ctx: Context) -> None:
    """Every risk at its target: no arrow, and no error. A county's thousands each: arrows as thick as their share,
    the counts still drawn over them."""
    heat = HeatMapWidget()
    qtbot.addWidget(heat)
    heat.resize(340, 600)
    heat.set_show_moves(True)
    matrix = get_matrix(demo_ctx)
    heat.set_data(matrix, Counter({(2, 2): 4}), Counter())
    assert not heat.grab().isNull()
    heat.set_data(matrix, Counter({(5, 5): 4_000, (2, 2): 3_000}),
                  Counter({((5, 5), (2, 2)): 3_000, ((5, 5), (4, 4)): 40}))
    assert not heat.grab().isNull()


def test_a_name_typed_in_part_is_completed_to_the_person(qtbot: QtBot, demo_ctx: Context) -> None:
    """The owner box completes a name from its start as it is typed, as a plain drop-down does: leaving it with
    'amy ' typed gives Amy Sorensen, not a new person called 'amy ' when the risk is saved."""
    from PySide6.QtWidgets import QApplication

    from bcm.services.people import list_people_names

    target = next(n for n in list_people_names(demo_ctx) if n.startswith("Amy "))
    risk_id = risks.list_risks(demo_ctx)[0].id
    editor = RiskEditor(demo_ctx, AppSignals(), risk_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    line = editor.owner.lineEdit()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)  # the completer completes what is typed in the focused box
    line.selectAll()
    qtbot.keyClicks(line, target[:4].lower())
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.owner.currentText() == target


def test_a_risk_saved_from_the_register_shows_at_once_without_reading_the_register_again(
        qtbot: QtBot, demo_ctx: Context, workspace: RiskWorkspace) -> None:
    """At county scale the register took two seconds to read again before an edit showed: the saved risk's row is
    read and put in its place (sorted and filtered as a reload would), and nothing else is read."""
    risk_id = risks.risk_id_by_ref(demo_ctx, "AH0035")
    editor = workspace.open_risk(risk_id)
    qtbot.addWidget(editor)
    editor.ask_reason = lambda _prompt: "Agreed at DMT"
    editor.title.setText("Making a Difference Every Day, reviewed")
    editor.current.set_value(1, 1)
    editor.save()
    assert not workspace._loader.busy  # not read again
    row = workspace.selected_row()
    assert row is not None and (row.title, row.score) == ("Making a Difference Every Day, reviewed", 1)
    shown = workspace.proxy.visible_rows()
    assert shown == sorted(shown, key=lambda r: -r.score)  # in its place by score, highest first
    assert workspace.heatmap.counts == risks_heat(demo_ctx)

    new = workspace._editor(None, "ASCH Budget Risks")  # New risk…, in the register that comes first
    qtbot.addWidget(new)
    new.ref.setText("BR000")
    new.title.setText("Generator fuel runs out at Broadmeadow")
    new.owner.setCurrentText("Someone New")  # a new person: the owner filter offers them
    new.current.set_value(4, 5)
    new.save()
    assert not workspace._loader.busy and workspace.selected_row().ref == "BR000"
    assert workspace.owner_box.findText("Someone New") > 0
    assert workspace.model.rows() == risks.list_risks(demo_ctx)  # as a reload reads them, in its order


def risks_heat(ctx: Context) -> Counter[tuple[int, int]]:
    return Counter({(c.likelihood, c.impact): c.count for c in risks.heatmap(ctx).cells if c.count})
