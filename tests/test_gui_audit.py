"""The audit trail viewer: every change with who, when, field, old and new; filters; a record's own history."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.services import risks
from tests.gui_helpers import screenshot
from ui.app.audit_viewer import AuditViewer
from ui.app.risk_editor import RiskEditor
from ui.app.signals import AppSignals


def test_viewer_filters_by_record_and_person(qtbot: QtBot, demo_ctx: Context, qtmodeltester: ModelTester,
                                             tmp_path: Path) -> None:
    risk_id = risks.risk_id_by_ref(demo_ctx, "AH0005")
    version = risks.get_risk(demo_ctx, risk_id).row.version
    editor_ctx = Context(demo_ctx.sessions, user="dmt.secretary", clock=demo_ctx.clock)
    risks.rescore(editor_ctx, risk_id, version, 4, 4, "Agreed at DMT")
    viewer = AuditViewer(demo_ctx)
    qtbot.addWidget(viewer)
    qtmodeltester.check(viewer.model)
    total = viewer.model.rowCount()
    qtbot.keyClicks(viewer.user, "dmt.secretary")
    rows = [[viewer.model.data(viewer.model.index(r, c)) for c in range(8)] for r in range(viewer.model.rowCount())]
    assert 0 < len(rows) < total
    assert ["dmt.secretary", "AH0005", "risks", "update", "current_likelihood", "5", "4"] in [r[1:] for r in rows]
    viewer.user.clear()
    qtbot.keyClicks(viewer.record, "OPS0003")
    assert all(viewer.model.data(viewer.model.index(r, 2)) == "OPS0003" for r in range(viewer.model.rowCount()))
    screenshot(viewer, "audit-trail", tmp_path)


def test_a_records_own_history_from_its_editor(qtbot: QtBot, demo_ctx: Context) -> None:
    risk_id = risks.risk_id_by_ref(demo_ctx, "OPS0059")
    risks.update_risk(demo_ctx, risk_id, None, cause="New cause")
    editor = RiskEditor(demo_ctx, AppSignals(), risk_id)
    qtbot.addWidget(editor)
    editor.show_audit()
    viewer = editor.findChild(AuditViewer)
    assert viewer is not None
    fields = {viewer.model.data(viewer.model.index(r, 5)) for r in range(viewer.model.rowCount())}
    assert "cause" in fields
    assert {viewer.model.data(viewer.model.index(r, 2)) for r in range(viewer.model.rowCount())} == {"OPS0059"}
