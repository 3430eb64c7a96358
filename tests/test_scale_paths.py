"""What the county-scale work changed, kept honest: the register list's order, the heat map's register lookup,
the status bar's counts, and the workspaces built only when first shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.database import Database
from bcm.errors import NotFoundError
from bcm.services import risks
from bcm.services.health import check_database, counted, record_counts
from tests.gui_helpers import isolate_settings
from ui.app.main_window import RISKS_PAGE, WORKSPACES, MainWindow


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def test_risks_come_by_register_then_reference(demo_ctx: Context) -> None:
    rows = risks.list_risks(demo_ctx)
    assert [(r.register, r.ref) for r in rows] == sorted((r.register, r.ref) for r in rows)
    one = risks.list_risks(demo_ctx, "Operations", include_closed=False)
    assert one and all(r.register == "Operations" and r.status == "open" for r in one)


def test_heat_map_of_a_register_by_any_case_and_an_unknown_or_empty_one(demo_ctx: Context) -> None:
    assert risks.heatmap(demo_ctx, "  operations ").cells == risks.heatmap(demo_ctx, "Operations").cells
    with pytest.raises(NotFoundError, match="no risk register called 'Nowhere'"):
        risks.heatmap(demo_ctx, "Nowhere")
    risks.create_register(demo_ctx, "Empty register")
    assert sum(c.count for c in risks.heatmap(demo_ctx, "Empty register").cells) == 0


def test_status_counts_are_the_health_check_counts(demo_db: Database, demo_ctx: Context) -> None:
    assert record_counts(demo_ctx) == check_database(demo_db, demo_ctx).counts
    assert record_counts(demo_ctx)["risks"] == 28


def test_later_workspaces_are_built_when_first_shown(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    later = [title for title, _ in WORKSPACES[2:]]
    assert not any(window.pages.built(title) for title in later)
    assert all(title in window.pages for title in later)
    stand_in = window.stack.widget(3)
    window.nav.setCurrentRow(3)
    page = window.stack.currentWidget()
    assert window.pages.built(later[1]) and window.pages[later[1]] is page and page is not stand_in
    assert [window.stack.widget(i) for i in range(2)] == [window.dashboard, window.risks]
    assert window.stack.count() == len(WORKSPACES)
    assert isinstance(window.pages[later[0]], QWidget) and window.stack.currentWidget() is page  # looked up: built
    assert window.pages.built(later[0]) and window.stack.widget(2) is window.pages[later[0]]
    assert list(window.pages) == later and len(window.pages) == len(later)


def test_the_dashboard_counts_only_when_shown(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    """Opened on the registers, the dashboard waits: at county scale its count would slow the register down."""
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(RISKS_PAGE)
    window.show()
    qtbot.waitUntil(lambda: window.risks.model.rowCount() > 0)
    qtbot.wait(50)
    assert window.dashboard.bands.rowCount() == 0 and not window.dashboard._loader.busy
    window.nav.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.dashboard.bands.rowCount() > 0)


def test_counts_are_said_with_thousands_separators_and_one_in_the_singular() -> None:
    assert counted({"people": 5000, "registers": 200, "risks": 100_000, "plans": 1, "incidents": 1}) == \
        "5,000 people, 200 registers, 100,000 risks, 1 plan, 1 incident"
