"""File menu: automatic and manual backups, restore, the import wizard, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.database import Database
from bcm.services import risks
from bcm.services.backups import auto_backup
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.import_wizard import ImportWizard
from ui.app.main_window import RISKS_PAGE, MainWindow
from ui.app.signals import AppSignals


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def test_automatic_backups_rotate(demo_db: Database) -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 11, 1, tzinfo=UTC)
    made = [auto_backup(demo_db, keep=3, now=start + timedelta(minutes=n)) for n in range(5)]
    assert all(made)
    folder = made[0].parent  # type: ignore[union-attr]
    kept = sorted(p.name for p in folder.glob("*-auto-*.bak"))
    assert len(kept) == 3


def test_opening_the_app_takes_a_backup(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.files.last_auto is not None, timeout=20_000)
    assert window.files.last_auto is not None and window.files.last_auto.exists()


def test_backup_then_restore_from_the_menu(qtbot: QtBot, demo_db: Database, demo_ctx: Context,
                                           tmp_path: Path) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    told: list[str] = []
    window.files.tell = lambda _title, text: told.append(text)
    window.files.ask_save = lambda *_a: str(tmp_path / "manual.bak")
    window.files.backup_now()
    assert (tmp_path / "manual.bak").exists() and "Backed up" in told[-1]
    risk_id = risks.risk_id_by_ref(window.ctx, "OPS0059")
    risks.close_risk(window.ctx, risk_id, None, "closed after the backup")
    window.files.ask_open = lambda *_a: str(tmp_path / "manual.bak")
    window.files.confirm = lambda *_a: True
    window.files.restore_backup()
    assert "Restored" in told[-1]
    restored = {r.ref: r.status for r in risks.list_risks(window.ctx)}
    assert restored["OPS0059"] == "open"
    window.database.close()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_import_wizard_shows_problems_and_imports_only_a_clean_file(qtbot: QtBot, demo_ctx: Context,
                                                                    tmp_path: Path) -> None:
    signals = AppSignals()
    wizard = ImportWizard(demo_ctx, signals)
    qtbot.addWidget(wizard)
    header = ["Exported from JCAD"], ["Risk Ref", "Risk Title and Event", "Risk Owner", "Current Likelihood",
                                      "Current Impact", "Next Review Date"]
    bad = write_csv(tmp_path / "bad.csv", [*header, ["NEW001", "Fuel shortage", "Kwame Asante", "Very Likely",
                                                     "Catastrophic", "31/02/2027"]])
    wizard.path.setText(str(bad))
    wizard.register.setCurrentText("Operations")
    wizard.check()
    qtbot.waitUntil(lambda: wizard.checked is not None, timeout=20_000)
    assert not wizard.import_button.isEnabled()
    problems = {wizard.problems.item(r, 1).text() for r in range(wizard.problems.rowCount())}
    assert {"impact", "next_review"} <= problems or len(problems) >= 2
    assert wizard.problems.item(0, 0).text() == "3"  # the row as the spreadsheet shows it
    screenshot(wizard, "import-wizard-problems", tmp_path)
    good = write_csv(tmp_path / "good.csv", [*header, ["NEW001", "Fuel shortage", "Kwame Asante", "Very Likely",
                                                      "Serious (4)", "28/02/2027"]])
    wizard.path.setText(str(good))
    wizard.check()
    qtbot.waitUntil(lambda: wizard.checked is not None, timeout=20_000)
    assert wizard.import_button.isEnabled(), wizard.status.text()
    mapped = {wizard.mapping.item(r, 0).text(): wizard.mapping.item(r, 1).text()
              for r in range(wizard.mapping.rowCount())}
    assert mapped["Risk Title and Event"] == "title" and mapped["Current Impact"] == "impact"
    with qtbot.waitSignal(signals.changed, timeout=20_000):
        wizard.run_import()
    row = next(r for r in risks.list_risks(demo_ctx) if r.ref == "NEW001")
    assert (row.register, row.score, row.owner) == ("Operations", 20, "Kwame Asante")


def test_export_from_the_menu_round_trips(qtbot: QtBot, demo_db: Database, demo_ctx: Context, tmp_path: Path) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    path = window.files.export_to("risks", "csv", "Operations", tmp_path / "ops.csv")
    with path.open(newline="", encoding="utf-8-sig") as f:  # a BOM, so Excel reads it as UTF-8
        refs = {row["ref"] for row in csv.DictReader(f)}
    assert refs == {"OPS0003", "OPS0005", "OPS0059"}


def test_the_demo_data_loads_from_the_menu_into_an_empty_database_only(qtbot: QtBot, database: Database,
                                                                       ctx: Context) -> None:
    window = MainWindow(database, ctx)
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []
    window.files.tell = lambda _title, text: told.append(text)
    load = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Load the &demo data…")
    load.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[-1].startswith("Loaded 68 people, 5 registers, 28 risks")
    window.nav.setCurrentRow(RISKS_PAGE)  # behind another page, the register reads the change once shown
    qtbot.waitUntil(lambda: window.risks.model.rowCount() == 28, timeout=10_000)
    qtbot.waitUntil(lambda: "28 risks" in window.status_label.text())  # counted off the GUI thread
    load.trigger()  # the database now holds data: refused, and says what to do instead
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
    assert "already holds data" in told[-1] and "New database" in told[-1]
    assert len(risks.list_risks(ctx)) == 28
