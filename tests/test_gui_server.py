"""The desktop app connected to the shared server as a service manager: a change the server refuses is told beside
the form, saying who may make it; their own service's plan saves as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_helpers import isolate_settings
from tests.test_postgres_server import SharedServer, server_template, shared  # noqa: F401  (fixtures)
from ui.app.plans.editor import PlanEditor
from ui.app.plans_workspace import PlansWorkspace
from ui.app.signals import AppSignals


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def open_plan(qtbot: QtBot, workspace: PlansWorkspace, service: str) -> PlanEditor:
    row = next(r for r in workspace.model.rows() if r.service == service)
    workspace.select_service(row.service_id)
    workspace.open_selected()
    editor = workspace.editor
    assert editor.edit is not None
    editor.confirm = lambda _question: True
    return editor


def test_a_refused_change_says_who_may_make_it(shared: SharedServer, qtbot: QtBot) -> None:  # noqa: F811
    # shared first: it is torn down last, after the widgets and their background loads
    workspace = PlansWorkspace(shared.as_login("t_priya"), AppSignals())
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(lambda: not workspace._loader.busy and workspace.model.rowCount() > 0)
    editor = open_plan(qtbot, workspace, "AMHP Service")
    editor.overview.who_may_invoke.setPlainText("Anyone at all")
    assert not editor.overview.save()
    shown = editor.overview.problems.text()
    assert "the server refused this change" in shown and "AMHP Service (Declan Forsythe)" in shown
    assert editor.edit is not None and editor.edit.overview.who_may_invoke != "Anyone at all"

    editor = open_plan(qtbot, workspace, "Kent Enablement at Home")
    editor.overview.who_may_invoke.setPlainText("Head of KEaH")
    with qtbot.waitSignal(workspace.loaded):
        assert editor.overview.save()
    assert editor.edit is not None and editor.edit.overview.who_may_invoke == "Head of KEaH"
