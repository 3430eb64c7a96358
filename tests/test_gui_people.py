"""The People and services workspace, driven through the real widgets on the demo database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.people_views import WhereUsed
from bcm.services import people_admin as pa
from bcm.services import plan_editing as pe
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.people_workspace import PeopleWorkspace
from ui.app.signals import AppSignals

SHOTS = Path("/tmp/shots-plans")


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


@pytest.fixture
def workspace(qtbot: QtBot, demo_ctx: Context) -> PeopleWorkspace:
    widget = PeopleWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1170, 760)
    widget.show()
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.people_model.rowCount() > 0)
    widget.confirm = lambda _question: True
    return widget


def names(workspace: PeopleWorkspace) -> list[str]:
    return [r.name for r in workspace.people_proxy.visible_rows()]


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, workspace: PeopleWorkspace) -> None:
    for model in (workspace.people_model, workspace.people_proxy, workspace.services_model,
                  workspace.services_proxy):
        qtmodeltester.check(model)


def test_search_people_and_services(qtbot: QtBot, workspace: PeopleWorkspace) -> None:
    total = workspace.people_model.rowCount()
    qtbot.keyClicks(workspace.people_search, "enablement supervisor")
    assert names(workspace) == ["Shauna McBride"]
    assert workspace.people_count.text() == f"1 of {total} people"
    workspace.people_search.setText("Gold")
    assert len(names(workspace)) >= 3 and all(r.on_call_role.startswith("Gold")
                                              for r in workspace.people_proxy.visible_rows())
    workspace.services_search.setText("thanet")
    assert [r.short_name for r in workspace.services_proxy.visible_rows()] == ["OPPD TSKC"]


def test_add_a_person_with_inline_validation(qtbot: QtBot, workspace: PeopleWorkspace) -> None:
    workspace.new_person()
    qtbot.keyClicks(workspace.name, "Hannah Okafor")
    qtbot.keyClicks(workspace.email, "hannah at kent")
    qtbot.keyClicks(workspace.out_of_hours, "07700 900699")
    assert not workspace.save_person()
    assert "email" in workspace.person_problems.text() and "border" in workspace.email.styleSheet()
    assert workspace.name.styleSheet() == ""
    workspace.email.setText("hannah.okafor@example.kent.gov.uk")
    workspace.on_call_role.setCurrentText("Bronze (operational)")
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.save_person()
    assert "Hannah Okafor" in [r.name for r in workspace.people_model.rows()]
    assert workspace.person_box.title() == "Hannah Okafor"  # the new person is selected: a second save edits them
    assert workspace.out_of_hours.text() == "07700 900699"
    assert "Not named anywhere yet" in workspace.used_summary.text()


def test_where_used_shows_plans_cascades_and_risks(workspace: PeopleWorkspace, tmp_path: Path) -> None:
    assert workspace.select_person("Priya Natarajan")
    groups = [workspace.used_tree.topLevelItem(i).text(0) for i in range(workspace.used_tree.topLevelItemCount())]
    assert any(g.startswith("Business continuity plans") for g in groups)
    assert any(g.startswith("Call cascade places") for g in groups)
    assert any(g.startswith("Risks owned") for g in groups)
    assert "Holds" in workspace.used_summary.text() and "1 plan" in workspace.used_summary.text()
    path = screenshot(workspace, "people-workspace", tmp_path)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)


def test_removing_a_person_who_holds_open_items_offers_to_hand_them_over(qtbot: QtBot,
                                                                         workspace: PeopleWorkspace) -> None:
    assert workspace.select_person("Colin Baptiste")
    offered: list[tuple[WhereUsed, list[str]]] = []
    workspace.ask_reassign = lambda used, candidates: offered.append((used, candidates)) and None
    assert not workspace.remove_person()  # declined: nothing changes
    assert offered and offered[0][0].open_uses and "Colin Baptiste" not in offered[0][1]
    assert "hand them to someone else" in workspace.person_problems.text()
    assert "Colin Baptiste" in [r.name for r in workspace.people_model.rows()]

    workspace.ask_reassign = lambda used, candidates: "Lauren Fairweather"
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.remove_person()
    assert "Colin Baptiste" not in [r.name for r in workspace.people_model.rows()]
    plan = pe.plan_id_for_service(workspace.ctx, "KEaH")
    assert plan is not None
    assert "Colin Baptiste" not in {c.person for c in pe.get_plan_edit(workspace.ctx, plan).cascade}
    assert workspace.select_person("Lauren Fairweather")
    assert "Holds" in workspace.used_summary.text()


def test_a_person_named_nowhere_open_is_removed_after_confirming(qtbot: QtBot, workspace: PeopleWorkspace) -> None:
    pa.create_person(workspace.ctx, pa.PersonInput("Agency Cover"))
    with qtbot.waitSignal(workspace.loaded):
        workspace.reload()
    assert workspace.select_person("Agency Cover")
    asked: list[str] = []
    workspace.confirm = lambda question: asked.append(question) is None and False
    assert not workspace.remove_person()
    assert asked and "Agency Cover" in [r.name for r in workspace.people_model.rows()]
    workspace.confirm = lambda _question: True
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.remove_person()
    assert "Agency Cover" not in [r.name for r in workspace.people_model.rows()]


def test_add_and_edit_a_service(qtbot: QtBot, workspace: PeopleWorkspace, tmp_path: Path) -> None:
    workspace.tabs.setCurrentIndex(1)
    workspace.new_service()
    workspace.service_name.setText("Carers' Support")
    workspace.short_name.setText("Carers")
    workspace.division.setCurrentText("Adult Social Care and Health Operations - West Kent")
    workspace.locality.setCurrentText("West Kent")
    workspace.manager.setCurrentText("Nobody We Know")
    assert not workspace.save_service()
    assert "manager" in workspace.service_problems.text() and "border" in workspace.manager.styleSheet()
    workspace.manager.setCurrentText("Sunita Varma")
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.save_service()
    row = next(r for r in workspace.services_model.rows() if r.name == "Carers' Support")
    assert (row.locality, row.manager, row.plan_status) == ("West Kent", "Sunita Varma", "no plan")
    assert workspace.service_box.title() == "Carers' Support"
    workspace.description.setPlainText("Carers' assessments and support, West Kent")
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.save_service()
    assert [r.name for r in workspace.services_model.rows()].count("Carers' Support") == 1
    path = screenshot(workspace, "people-services", tmp_path)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
