"""The first frame: the register's first rows read straight from the file are the rows the services read, it is
painted only where it can be right, and the main window takes its place with the same rows, size and place."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.database import Database
from bcm.first_rows import FIRST_ROWS, FirstRows, FirstRowsReading, start_reading
from bcm.services import risks
from bcm.services.matrix import get_matrix
from tests.conftest import fixed_clock
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.first_frame import hand_over, show_first_frame
from ui.app.launch import start
from ui.app.window_frame import DASHBOARD, RISKS_PAGE
from ui.cli.main import main as cli_main

pytestmark = pytest.mark.sqlite_only  # the first frame reads SQLite files only

TODAY = fixed_clock().astimezone().date()


def first_rows_of_file(path: Path, limit: int, today: date) -> FirstRows | None:
    return FirstRowsReading(path, limit, today).result()  # as the first frame reads them


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")
    QSettings().setValue("main/workspace", RISKS_PAGE)


def through_the_services(ctx: Context, limit: int) -> FirstRows:
    heat = risks.heatmap(ctx)
    return FirstRows(get_matrix(ctx), risks.top_open_risks(ctx, limit), risks.register_names(ctx),
                     Counter({(c.likelihood, c.impact): c.count for c in heat.cells if c.count}))


@pytest.mark.parametrize("limit", [1, 5, 12, FIRST_ROWS])
def test_the_first_rows_read_from_the_file_are_the_rows_the_services_read(demo_db: Database, demo_ctx: Context,
                                                                           limit: int) -> None:
    assert demo_db.path is not None
    risk = risks.list_risks(demo_ctx)[0]  # a deleted risk and a closed one are left out by both
    risks.close_risk(demo_ctx, risk.id, risk.version, "no longer a risk")
    read = first_rows_of_file(demo_db.path, limit, TODAY)
    assert read == through_the_services(demo_ctx, limit)
    assert len(read.rows) == min(limit, read.open_risks) and risk.id not in {r.id for r in read.rows}
    assert any(r.overdue_actions for r in first_rows_of_file(demo_db.path, FIRST_ROWS, TODAY).rows)


def test_any_text_comes_through_the_one_step_read_unchanged(database: Database, ctx: Context) -> None:
    """The file is read in one statement whose answers come back as JSON: quotes, backslashes, line breaks and
    characters beyond the Basic Multilingual Plane come back as they were stored, and an empty file reads empty."""
    assert database.path is not None
    empty = first_rows_of_file(database.path, 10, TODAY)
    assert empty == through_the_services(ctx, 10) and empty is not None and empty.rows == [] and not empty.heat
    odd = 'He said "no" \\ then \u00e9 \U0001F30A \u2028 <b>&amp;</b> [1, null]'
    risks.create_register(ctx, 'Ops "north" \\ \u03a9 \U0001F30A')
    risks.create_risk(ctx, risks.RiskInput(register='Ops "north" \\ \u03a9 \U0001F30A', ref="OPS1", title=odd,
                                           likelihood=3, impact=4, cause=f"{odd}\nsecond line", consequence=odd,
                                           category=odd))
    read = first_rows_of_file(database.path, 10, TODAY)
    assert read == through_the_services(ctx, 10)
    assert read is not None and read.rows[0].cause == f"{odd}\nsecond line" and read.registers == [
        'Ops "north" \\ \u03a9 \U0001F30A']


def test_no_first_rows_where_the_file_is_not_one_this_version_reads(tmp_path: Path, demo_file: Path) -> None:
    missing = tmp_path / "none.db"
    assert first_rows_of_file(missing, 10, TODAY) is None
    assert not missing.exists()  # not created by looking
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    assert first_rows_of_file(text, 10, TODAY) is None
    unbanded = tmp_path / "unbanded.db"  # not as the app writes a file: opening it says what is wrong
    shutil.copy(demo_file, unbanded)
    with sqlite3.connect(unbanded) as conn:
        conn.execute("DELETE FROM score_bands WHERE min_score > 1")
    assert first_rows_of_file(unbanded, 10, TODAY) is None
    older = tmp_path / "older.db"
    shutil.copy(demo_file, older)
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")  # opening migrates it: no first frame
    assert first_rows_of_file(older, 10, TODAY) is None
    assert first_rows_of_file(demo_file, 10, TODAY) is not None


def test_the_first_frame_is_painted_only_on_a_file_and_on_the_registers(tmp_path: Path, demo_file: Path,
                                                                        qtbot: QtBot) -> None:
    assert show_first_frame("postgresql+psycopg://someone@server/bcm") is None
    assert show_first_frame(str(tmp_path / "new.db")) is None
    QSettings().setValue("main/workspace", DASHBOARD)
    assert show_first_frame(str(demo_file)) is None
    QSettings().setValue("main/workspace", RISKS_PAGE)
    frame = show_first_frame(str(demo_file))
    assert frame is not None
    qtbot.addWidget(frame)
    hand_over(frame)
    assert QApplication.overrideCursor() is None


def test_the_rows_read_as_the_app_starts_are_the_frames_or_unused(tmp_path: Path, demo_file: Path, qtbot: QtBot,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert start_reading("postgresql+psycopg://someone@server/bcm") is None
    assert start_reading(str(tmp_path / "new.db")) is None
    QSettings().setValue("main/workspace", DASHBOARD)
    assert show_first_frame(str(demo_file), start_reading(str(demo_file))) is None  # read, and not used
    QSettings().setValue("main/workspace", RISKS_PAGE)
    reading = start_reading(str(demo_file))
    assert reading is not None and reading.path == demo_file.resolve()
    frame = show_first_frame(str(demo_file), reading)
    assert frame is not None
    qtbot.addWidget(frame)
    expected = first_rows_of_file(demo_file, FIRST_ROWS, date.today())
    assert expected is not None and frame.data is not None
    assert [r.ref for r in frame.data.rows] == [r.ref for r in expected.rows]
    hand_over(frame)
    # `bcm --db FILE` starts that read before Qt is loaded and hands it to the app
    handed: list[tuple[str | None, object]] = []
    monkeypatch.setattr("ui.app.launch.run_app", lambda target, reading=None: handed.append((target, reading)) or 0)
    assert cli_main(["--db", str(demo_file)]) == 0
    [(target, given)] = handed
    assert target == str(demo_file) and isinstance(given, FirstRowsReading) and given.path == demo_file.resolve()
    given.result()  # let its thread finish


def test_the_main_window_takes_the_first_frames_place(qtbot: QtBot, demo_db: Database, demo_ctx: Context,
                                                      tmp_path: Path) -> None:
    assert demo_db.path is not None
    target = str(demo_db.path)
    demo_db.close()
    frame = show_first_frame(target)
    assert frame is not None
    qtbot.addWidget(frame)
    assert frame.isVisible() and frame.nav.currentRow() == RISKS_PAGE
    shown = [frame.register.proxy.index(i, 0).data() for i in range(frame.register.proxy.rowCount())]
    assert shown and shown == [r.ref for r in sorted(frame.data.rows, key=lambda r: -r.score)]
    assert "Loading…" in frame.register.count_label.text() and str(frame.data.open_risks) in \
        frame.register.heat_caption.text()
    assert frame.windowTitle() == f"bcm — {target}"
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor  # it answers; the app is opening
    screenshot(frame, "first-frame", tmp_path / "shots")
    place = frame.geometry()

    window = start(target, frame)
    assert window is not None
    qtbot.addWidget(window)
    assert not frame.isVisible() and window.isVisible() and QApplication.overrideCursor() is None
    assert window.geometry().topLeft() == place.topLeft() and window.height() == place.height()
    assert window.width() == max(place.width(), window.minimumSizeHint().width())  # unless its content needs more
    assert window.nav.currentRow() == RISKS_PAGE
    assert window.risks.model.rowCount() == len(frame.data.rows)  # the same rows at once, never an empty table
    assert not window.risks._first_loader.busy  # and not read again
    qtbot.waitUntil(lambda: not window.risks._loader.busy, timeout=20000)
    assert window.risks.model.rowCount() == len(risks.list_risks(demo_ctx))  # then the whole register
    screenshot(window, "after-first-frame", tmp_path / "shots")
    window.close()
    window.database.close()


def _qt_on_the_registers(settings: Path) -> str:
    """A probe's lines making the QApplication, with settings in this folder saying the app last closed on the risk
    registers (so a first frame is shown)."""
    return ("from PySide6.QtCore import QSettings\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
            f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(settings)!r})\n"
            "QSettings().setValue('main/workspace', 1)\n")


def _printed_by(probe: str) -> list[str]:
    """The lines a probe prints, run in a fresh Python (what it imports is its own)."""
    import subprocess

    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    return result.stdout.split("\n")


def test_the_app_paints_its_first_frame_before_importing_sqlalchemy(demo_file: Path, tmp_path: Path) -> None:
    """What is imported when the first frame is painted (painted by the time show_first_frame returns, not only
    shown): not SQLAlchemy, not the models, not the services."""
    probe = (
        "import sys\n"
        + _qt_on_the_registers(tmp_path) +
        "from ui.app.widgets.heatmap import HeatMapWidget\n"
        "painted = []\n"
        "HeatMapWidget.paintEvent = lambda self, event: painted.append(self)\n"
        "from ui.app.first_frame import show_first_frame\n"
        f"frame = show_first_frame({str(demo_file)!r})\n"
        "print(frame is not None and bool(painted), sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic') or m.startswith(('db.models', 'bcm.services', 'bcm.context', 'bcm.database'))))\n"
    )
    assert _printed_by(probe)[0] == "True []"


def test_the_desktop_starts_without_collecting_garbage_until_the_gui_thread_does(demo_file: Path, tmp_path: Path
                                                                                 ) -> None:
    """`bcm` with no command (ui.cli.main.start_desktop) turns automatic collection off before Qt is loaded: nothing
    is collected on the way to the first frame (about fifty collections of objects that live as long as the app,
    before), and none can run on the reading thread; the GUI thread's collector then takes over."""
    probe = (
        "import gc, sys\n"
        "collected = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and collected.append(info['generation']))\n"
        "from ui.cli.main import start_desktop\n"
        "collected.clear()\n"
        f"reading = start_desktop({str(demo_file)!r})\n"
        + _qt_on_the_registers(tmp_path) +
        "from ui.app.first_frame import show_first_frame\n"
        f"frame = show_first_frame({str(demo_file)!r}, reading)\n"
        "print(frame is not None, gc.isenabled(), len(collected))\n"
        "from ui.app.gui_thread_gc import collect_on_the_gui_thread\n"
        "collector = collect_on_the_gui_thread()\n"
        "[object() for _ in range(3)]\n"
        "gc.set_threshold(1)\n"
        "collector.threshold = gc.get_threshold()\n"
        "collector.collect()\n"
        "print(gc.isenabled(), len(collected) > 0)\n"
    )
    assert _printed_by(probe)[:2] == ["True False 0", "False True"]


def test_if_the_main_window_cannot_be_built_the_first_frame_and_its_busy_cursor_go(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.app.main_window

    def broken(*_args: object) -> None:
        raise RuntimeError("the window could not be built")

    frame = show_first_frame(str(demo_file))
    assert frame is not None
    qtbot.addWidget(frame)
    monkeypatch.setattr(ui.app.main_window, "MainWindow", broken)
    with pytest.raises(RuntimeError):  # for the crash guard to report
        start(str(demo_file), frame)
    assert not frame.isVisible() and QApplication.overrideCursor() is None
