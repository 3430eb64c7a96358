"""The Business continuity workspace and plan editor, driven through the real widgets on the demo database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QTextBrowser
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.services import plan_editing as pe
from bcm.services.people_admin import ServiceInput, create_service
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.models.plan_tables import ROW_ROLE, AffectedTableModel, DependencyTableModel, PlanListModel
from ui.app.plans.editor import PlanEditor
from ui.app.plans_workspace import PlansWorkspace
from ui.app.signals import AppSignals

SHOTS = Path("/tmp/shots-plans")
KEAH = "Kent Enablement at Home"


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


@pytest.fixture
def workspace(qtbot: QtBot, demo_ctx: Context) -> PlansWorkspace:
    widget = PlansWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1170, 760)
    widget.show()
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.model.rowCount() > 0)
    return widget


def shot(widget: object, name: str, tmp_path: Path) -> None:
    """Keep a screenshot for a person to look at (also in /tmp/shots-plans)."""
    path = screenshot(widget, name, tmp_path)  # type: ignore[arg-type]
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)


def open_keah(qtbot: QtBot, workspace: PlansWorkspace) -> PlanEditor:
    row = next(r for r in workspace.model.rows() if r.service == KEAH)
    workspace.select_service(row.service_id)
    workspace.open_selected()
    editor = workspace.editor
    assert workspace.pages.currentIndex() == 1 and editor.edit is not None
    editor.confirm = lambda _question: True
    return editor


def after_reload(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    qtbot.waitUntil(lambda: not workspace._loader.busy)


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot, workspace: PlansWorkspace) -> None:
    qtmodeltester.check(workspace.model)
    qtmodeltester.check(workspace.proxy)
    editor = open_keah(qtbot, workspace)
    for model in (editor.activities.model, editor.dependencies.model, editor.cascade.model, editor.cards.model,
                  editor.versions.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    with qtbot.waitSignal(workspace.affected.loaded):
        workspace.affected.choose("power")
    qtmodeltester.check(workspace.affected.model)


def test_the_list_shows_plan_status_and_filters_by_division_and_locality(workspace: PlansWorkspace) -> None:
    rows = workspace.proxy.visible_rows()
    assert {r.status for r in rows} >= {"approved", "draft", "review overdue"}
    cpt = next(r for r in range(workspace.proxy.rowCount())
               if workspace.proxy.index(r, 0).data() == "County Placement Team")
    status = workspace.proxy.index(cpt, PlanListModel.STATUS)
    assert status.data() == "review overdue"
    assert isinstance(status.data(Qt.ItemDataRole.ForegroundRole), QColor)
    workspace.locality_box.setCurrentText("Thanet and South Kent Coast")
    assert [r.locality for r in workspace.proxy.visible_rows()] == ["Thanet and South Kent Coast"]
    workspace.locality_box.setCurrentText("All")
    workspace.division_box.setCurrentText("Business Delivery Unit")
    assert [r.service for r in workspace.proxy.visible_rows()] == ["County Placement Team"]
    assert "1 of 10 services, 1 review overdue" in workspace.count_label.text()
    workspace.division_box.setCurrentText("All")
    workspace.search.setText("natarajan")
    assert [r.service for r in workspace.proxy.visible_rows()] == [KEAH]


def test_edit_the_overview_starts_a_new_draft_and_shows_it(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    editor = open_keah(qtbot, workspace)
    assert editor.edit is not None and editor.edit.overview.number == "4.0"
    assert not editor.versions.approve_button.isEnabled()
    editor.overview.who_may_invoke.setPlainText("Head of KEaH or either Service Manager; out of hours the Senior "
                                                "on Call.")
    with qtbot.waitSignal(workspace.loaded):
        assert editor.overview.save()
    overview = editor.edit.overview
    assert (overview.status, overview.number) == ("draft", "4.1")
    assert overview.who_may_invoke.startswith("Head of KEaH or either Service Manager")
    assert editor.notice.isVisibleTo(editor) and "New draft 4.1 started" in editor.notice.text()
    assert "DRAFT" in editor.heading.text()
    assert editor.versions.model.index(0, 0).data() == "4.1 draft"
    assert editor.versions.model.index(1, 0).data() == "4.0"
    assert editor.versions.approve_button.isEnabled()
    row = next(r for r in workspace.model.rows() if r.service == KEAH)
    assert (row.status, row.version) == ("draft", "4.1")


def test_an_activity_with_an_rto_beyond_its_mtpd_is_refused_beside_the_fields(qtbot: QtBot,
                                                                              workspace: PlansWorkspace,
                                                                              tmp_path: Path) -> None:
    editor = open_keah(qtbot, workspace)
    tab = editor.activities
    editor.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    tab.new()
    qtbot.keyClicks(tab.name, "Phone welfare checks to people who live alone")
    qtbot.keyClicks(tab.rto, "48")
    qtbot.keyClicks(tab.mtpd, "24")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    message = tab.problems.text()
    assert "RTO 48" in message and "MTPD (24 h)" in message
    assert tab.problems.label.isVisibleTo(tab)
    assert "border" in tab.rto.styleSheet() and tab.name.styleSheet() == ""
    assert tab.model.rowCount() == before
    assert editor.edit is not None and editor.edit.overview.status == "approved"  # nothing written, no draft
    shot(editor, "plan-editor-bad-rto", tmp_path)
    tab.rto.setText("2 d")
    assert tab.problems.text() == ""  # typing clears the message
    tab.rto.setText("4")
    assert tab.save()
    names = [r.name for r in tab.model.rows()]
    assert "Phone welfare checks to people who live alone" in names and len(names) == before + 1
    assert tab.box.title().endswith("Phone welfare checks to people who live alone")


def test_dependencies_flag_gaps_with_text_and_colour(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    editor = open_keah(qtbot, workspace)
    model = editor.dependencies.model
    gaps = [r for r in range(model.rowCount()) if model.index(r, DependencyTableModel.GAP).data() == "GAP"]
    assert gaps and len(gaps) < model.rowCount()
    index = model.index(gaps[0], DependencyTableModel.NAME)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == QColor("#ffebee")
    assert "must be back within" in model.index(gaps[0], DependencyTableModel.GAP).data(Qt.ItemDataRole.ToolTipRole)
    assert "GAP: 3 dependency gaps" in editor.dependencies.gap_note.text()
    # making the rostering system recover within the visits' RTO closes that gap
    tab = editor.dependencies
    tab.select(model.data(model.index(gaps[0], 0), ROW_ROLE).id)
    tab.recovery.setText("4")
    assert tab.save()
    assert "GAP: 2 dependency gaps" in tab.gap_note.text()


def test_reorder_the_cascade_with_the_buttons_and_by_drag_and_drop(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    editor = open_keah(qtbot, workspace)
    tab = editor.cascade
    editor.tabs.setCurrentWidget(tab)
    people = [r.person for r in tab.model.rows()]
    tab.table.selectRow(0)
    assert tab.down_button.isEnabled() and not tab.up_button.isEnabled()
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    moved = [r.person for r in tab.model.rows()]
    assert moved == [people[1], people[0], *people[2:]]
    assert [r.position for r in tab.model.rows()] == list(range(1, len(people) + 1))
    assert tab._editing is not None and tab._editing.person == people[0]  # still selected after the move
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [r.person for r in tab.model.rows()] == people

    # a drag of the last row dropped above the first row
    data = tab.model.mimeData([tab.model.index(len(people) - 1, 0)])
    assert tab.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # saved, then reloaded
    assert [r.person for r in tab.model.rows()] == [people[-1], *people[:-1]]
    # dropped below the last row
    data = tab.model.mimeData([tab.model.index(0, 0)])
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert [r.person for r in tab.model.rows()] == people
    assert editor.edit is not None and editor.edit.overview.number == "4.1"
    assert pe.get_plan_edit(workspace.ctx, editor.edit.overview.plan_id).cascade[0].person == people[0]


def test_response_card_steps_are_added_and_reordered(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    editor = open_keah(qtbot, workspace)
    tab = editor.cards
    editor.tabs.setCurrentWidget(tab)
    tab.show_type("cyber")
    assert "no card yet" in tab.card_box.title()
    for text in ("Disconnect affected laptops from the network", "Switch to printed rosters"):
        tab.step.setText(text)
        tab.who.setText("Patch supervisors")
        assert tab.save()
    assert [r.text for r in tab.model.rows()] == ["Disconnect affected laptops from the network",
                                                  "Switch to printed rosters"]
    assert "Cyber attack — 2 steps" in tab.types.item(8).text()
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [r.position for r in tab.model.rows()] == [1, 2]
    assert tab.model.rows()[0].text == "Switch to printed rosters"
    tab.step.clear()
    tab.new()
    assert not tab.save()
    assert "step" in tab.problems.text() and "border" in tab.step.styleSheet()


def test_thresholds_out_of_order_are_refused_beside_the_field(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    editor = open_keah(qtbot, workspace)
    tab = editor.thresholds
    assert tab.percent["amber"].value() == 75
    tab.percent["red"].setValue(80)
    assert not tab.save()
    assert "must be lower than amber" in tab.problems.text() and "border" in tab.percent["red"].styleSheet()
    tab.percent["red"].setValue(55)
    assert tab.save()
    assert editor.edit is not None and editor.edit.threshold("red").below_percent == 55  # type: ignore[union-attr]


def test_approve_then_edit_shows_a_new_draft(qtbot: QtBot, workspace: PlansWorkspace, tmp_path: Path) -> None:
    editor = open_keah(qtbot, workspace)
    editor.activities.select(editor.edit.activities[0].id)  # type: ignore[union-attr]
    editor.activities.staff.setValue(170)
    assert editor.activities.save()
    assert editor.edit is not None and editor.edit.overview.number == "4.1"
    prompts: list[str] = []
    editor.ask_summary = lambda prompt: prompts.append(prompt) or "Minimum staff for visits revised after winter"
    editor.tabs.setCurrentWidget(editor.versions)
    with qtbot.waitSignal(workspace.loaded):
        qtbot.mouseClick(editor.versions.approve_button, Qt.MouseButton.LeftButton)
    assert prompts and "version 4.1" in prompts[0] and "Rowan Ellery" in prompts[0]
    overview = editor.edit.overview
    assert (overview.status, overview.number, overview.next_review.isoformat()) == (  # type: ignore[union-attr]
        "approved", "4.1", "2027-11-23")
    versions = editor.versions.model
    assert [versions.index(r, 0).data() for r in range(2)] == ["4.1", "4.0"]
    assert versions.index(0, 2).data() == "Minimum staff for visits revised after winter"
    assert "Version 4.1 approved" in editor.notice.text()
    assert not editor.versions.approve_button.isEnabled() and editor.versions.draft_button.isVisibleTo(editor.versions)

    editor.cards.show_type("power")
    editor.cards.step.setText("Check the generator at the Ashford base")
    assert editor.cards.save()
    assert editor.edit.overview.number == "4.2" and editor.edit.overview.status == "draft"
    assert "New draft 4.2 started" in editor.notice.text() and "approved version 4.1" in editor.notice.text()
    assert [versions.index(r, 0).data() for r in range(3)] == ["4.2 draft", "4.1", "4.0"]
    snapshot = pe.version_snapshot(workspace.ctx, editor.edit.versions[0].id)
    assert snapshot is not None and snapshot["version"] == "4.1"
    assert "Check the generator" not in str(snapshot)  # the approved version is frozen
    assert not editor.versions.draft_button.isVisibleTo(editor.versions)
    editor.versions.table.selectRow(1)
    assert editor.versions.view_button.isEnabled()
    shot(workspace, "plan-editor-new-draft", tmp_path)
    editor.versions.view_selected()
    dialog = editor.versions.findChildren(QDialog)[-1]
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Kent Enablement at Home — version 4.1" in text and "Minimum staff for visits revised" in text
    assert "Check the generator" not in text
    dialog.close()


def test_a_service_without_a_plan_gets_one(qtbot: QtBot, workspace: PlansWorkspace) -> None:
    create_service(workspace.ctx, ServiceInput("Carers' Support", "Carers", "Adult Social Care and Health Operations",
                                               "West Kent", "Sunita Varma"))
    with qtbot.waitSignal(workspace.loaded):
        workspace.reload()
    row = next(r for r in workspace.model.rows() if r.service == "Carers' Support")
    assert row.status == "no plan"
    workspace.select_service(row.service_id)
    assert workspace.create_button.isEnabled() and not workspace.open_button.isEnabled()
    workspace.confirm = lambda _question: True
    workspace.create_selected()
    assert workspace.pages.currentIndex() == 1
    overview = workspace.editor.edit.overview  # type: ignore[union-attr]
    assert (overview.service, overview.status, overview.number, overview.owner) == (
        "Carers' Support", "draft", "0.1", "Sunita Varma")


def test_the_affected_panel_lists_activities_soonest_recovery_first(qtbot: QtBot, workspace: PlansWorkspace,
                                                                    tmp_path: Path) -> None:
    panel = workspace.affected
    workspace.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.loaded):
        panel.boxes["power"].setChecked(True)
    model = panel.model
    rtos = [model.data(model.index(r, 0), ROW_ROLE).rto_hours for r in range(model.rowCount())]
    assert len(rtos) > 10 and rtos == sorted(rtos)
    assert "Loss of power</b> hits <b>9 services" in panel.summary.text()
    assert model.index(0, AffectedTableModel.RTO).data() == "1 h"
    first = model.data(model.index(0, 0), ROW_ROLE)
    detail = panel.detail.toPlainText()
    assert first.activity in detail and first.workaround[:30] in detail and first.first_steps[0][:30] in detail
    shot(workspace, "plans-affected-power", tmp_path)
    with qtbot.waitSignal(panel.loaded):
        panel.boxes["fuel"].setChecked(True)
    both = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
    assert len(both) >= len(rtos) and [r.rto_hours for r in both] == sorted(r.rto_hours for r in both)
    assert "Loss of power and fuel disruption" in panel.summary.text()
    opened: list[str] = []
    panel.openService.connect(opened.append)
    panel.table.selectRow(0)
    panel._open_selected()
    assert opened == [both[0].service] and workspace.pages.currentIndex() == 1
    with qtbot.waitSignal(panel.loaded):
        panel.clear()
    assert model.rowCount() == 0 and "Tick a disruption" in panel.summary.text()


def test_screenshots_of_every_tab_of_the_keah_plan(qtbot: QtBot, workspace: PlansWorkspace, tmp_path: Path) -> None:
    shot(workspace, "plans-list", tmp_path)
    editor = open_keah(qtbot, workspace)
    names = ("overview", "activities", "dependencies", "cascade", "cards", "thresholds", "versions")
    for i, name in enumerate(names):
        editor.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        shot(workspace, f"plan-editor-{i + 1}-{name}", tmp_path)
    assert len(list(tmp_path.glob("plan-editor-*.png"))) == len(names)
