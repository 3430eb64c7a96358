"""The first frame answers input while the rest of the app is imported, and the main window takes its place as the
user left it: filters, search, heat map cell, sort, selection, the workspace chosen and a risk double-clicked."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui_helpers import isolate_settings, screenshot
from ui.app.first_frame import FirstFrame, show_first_frame
from ui.app.input_while_loading import Stopped, answering_input
from ui.app.launch import run_app, start
from ui.app.models.risk_table import RiskTableModel
from ui.app.risk_editor import RiskEditor
from ui.app.risk_register_view import NOT_YET
from ui.app.window_frame import RISKS_PAGE, WORKSPACES

pytestmark = pytest.mark.sqlite_only  # the first frame reads SQLite files only


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")
    QSettings().setValue("main/workspace", RISKS_PAGE)


@pytest.fixture
def target(demo_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return str(copy)


def first_frame(qtbot: QtBot, target: str) -> FirstFrame:
    frame = show_first_frame(target)
    assert frame is not None
    qtbot.addWidget(frame)
    return frame


def test_what_the_user_did_in_the_first_frame_the_main_window_keeps(qtbot: QtBot, target: str,
                                                                    tmp_path: Path) -> None:
    frame = first_frame(qtbot, target)
    view = frame.register
    view.table.selectRow(3)
    risk = view.selected_row()
    assert risk is not None
    # Nothing can be done to a risk until the app has opened, and the buttons say so.
    assert not view.edit_button.isEnabled() and not view.add_button.isEnabled()
    assert view.edit_button.toolTip() == NOT_YET
    word = max(risk.title.split(), key=len)
    view.band_box.setCurrentText(risk.band)
    qtbot.keyClicks(view.search, word)
    view.toggle_cell(risk.likelihood, risk.impact)
    view.table.sortByColumn(RiskTableModel.REF, Qt.SortOrder.AscendingOrder)
    shown = [view.proxy.index(i, RiskTableModel.REF).data() for i in range(view.proxy.rowCount())]
    assert risk.ref in shown
    row = shown.index(risk.ref)
    place = view.table.visualRect(view.proxy.index(row, RiskTableModel.TITLE)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=place)  # a view takes a double click
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=place)  # after a press, as a hand makes

    assert frame.opening == risk.id and risk.ref in frame.statusBar().currentMessage()
    view.splitter.setSizes([700, sum(view.splitter.sizes()) - 700])  # the heat map given more room
    view.table.setColumnWidth(RiskTableModel.TITLE, 420)
    view.search.setFocus()
    qtbot.wait(20)  # laid out again, as the frame is while the app loads
    screenshot(frame, "first-frame-in-use", tmp_path / "shots")

    window = start(target, frame)
    assert window is not None
    qtbot.addWidget(window)
    kept = window.risks
    assert abs(kept.splitter.sizes()[1] - view.splitter.sizes()[1]) <= 10  # the heat map as wide as it was left
    assert kept.table.columnWidth(RiskTableModel.TITLE) == 420
    assert window.focusWidget() is kept.search  # typing goes on where it was
    assert kept.search.text() == word and kept.band_box.currentText() == risk.band
    assert kept.proxy.current.cell == ("current", risk.likelihood, risk.impact)
    header = kept.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (RiskTableModel.REF,
                                                                            Qt.SortOrder.AscendingOrder)
    assert [kept.proxy.index(i, RiskTableModel.REF).data() for i in range(kept.proxy.rowCount())] == shown
    selected = kept.selected_row()
    assert selected is not None and selected.id == risk.id and kept.edit_button.isEnabled()
    qtbot.waitUntil(lambda: any(e.isVisible() for e in kept.findChildren(RiskEditor)), timeout=5000)
    editor = next(e for e in kept.findChildren(RiskEditor) if e.isVisible())
    assert risk.ref in editor.windowTitle()
    screenshot(window, "main-window-as-the-frame-was-left", tmp_path / "shots")
    editor.reject()
    qtbot.waitUntil(lambda: not kept._loader.busy, timeout=20000)
    assert kept.search.text() == word and kept.selected_row() is not None  # still, once the whole register is in
    window.close()
    window.database.close()


def test_a_risk_double_clicked_but_deleted_meanwhile_is_said_not_opened(qtbot: QtBot, target: str) -> None:
    frame = first_frame(qtbot, target)
    frame.register.table.selectRow(0)
    risk = frame.register.selected_row()
    assert risk is not None
    frame.register.table.doubleClicked.emit(frame.register.proxy.index(0, RiskTableModel.TITLE))
    assert frame.opening == risk.id
    with sqlite3.connect(target) as conn:  # by another copy of the app, say
        changed = conn.execute("UPDATE risks SET deleted_at = '2026-11-30 08:00:00' WHERE id = ?", (risk.id.hex,))
        assert changed.rowcount == 1
    window = start(target, frame)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "Cannot open the risk double-clicked" in window.statusBar().currentMessage())
    assert not window.risks.findChildren(RiskEditor)  # none left behind, half made
    window.close()
    window.database.close()


def test_a_workspace_chosen_in_the_first_frame_is_opened_once_the_app_is_up(qtbot: QtBot, target: str) -> None:
    frame = first_frame(qtbot, target)
    plans = [title for title, _ in WORKSPACES].index("Business continuity")
    frame.nav.setCurrentRow(plans)
    assert frame.pages.currentWidget() is frame.waiting and "Opening Business continuity" in frame.waiting.text()
    window = start(target, frame)
    assert window is not None
    qtbot.addWidget(window)
    assert window.nav.currentRow() == plans
    window.close()
    window.database.close()


def test_closing_the_first_frame_while_the_app_opens_stops_it_there(qtbot: QtBot, target: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(QApplication.topLevelWidgets())
    frame = first_frame(qtbot, target)
    frame.close()  # as if clicked while the rest of the app was being imported
    monkeypatch.setattr("ui.app.launch.show_first_frame", lambda _target, _reading=None: frame)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs the crash guard's: put back after
    assert run_app(target) == 0  # not an error: the user closed it
    assert QApplication.overrideCursor() is None
    assert not [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]


def building_the_main_window_also(monkeypatch: pytest.MonkeyPatch, then: Callable[[], None]) -> None:
    """`then` is done while the main window is being built: as input that comes in meanwhile."""
    import ui.app.main_window

    class Built(ui.app.main_window.MainWindow):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            then()

    monkeypatch.setattr(ui.app.main_window, "MainWindow", Built)


def test_keys_typed_while_the_main_window_is_built_reach_it(qtbot: QtBot, target: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    frame = first_frame(qtbot, target)
    frame.register.search.setFocus()
    qtbot.keyClicks(frame.register.search, "fire")
    typed = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier, "s")
    building_the_main_window_also(monkeypatch, lambda: QApplication.postEvent(frame.register.search, typed))
    window = start(target, frame)
    assert window is not None
    qtbot.addWidget(window)
    assert window.risks.search.text() == "fires"  # the last key went to the frame, then came across with the rest
    window.close()
    window.database.close()


def test_closing_the_first_frame_while_the_main_window_is_built_stops_the_app(
        qtbot: QtBot, target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(QApplication.topLevelWidgets())
    frame = first_frame(qtbot, target)
    building_the_main_window_also(monkeypatch, lambda: QApplication.postEvent(frame, QCloseEvent()))
    assert start(target, frame) is None
    assert frame.dismissed and QApplication.overrideCursor() is None
    QApplication.processEvents()  # the window built is deleted
    assert not [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]


def test_closing_the_window_stops_the_imports_there(tmp_path: Path, qtbot: QtBot) -> None:
    package = slow_package(tmp_path)
    closed = False

    def close() -> None:
        nonlocal closed
        closed = True

    QTimer.singleShot(0, close)
    sys.path.insert(0, str(tmp_path))
    try:
        with pytest.raises(Stopped), answering_input(every=0.01, stop=lambda: closed):
            import slowpackage  # noqa: F401
        imported = sorted(m for m in sys.modules if m.startswith(package))
    finally:
        forget(tmp_path, package)
    assert closed and "slowpackage.part4" not in imported  # it stopped part of the way through


def slow_package(folder: Path) -> str:
    """slowpackage, of five modules each taking 30 ms to import."""
    package = folder / "slowpackage"
    package.mkdir()
    names = [f"part{i}" for i in range(5)]
    for name in names:
        (package / f"{name}.py").write_text("import time\ntime.sleep(0.03)\n")
    (package / "__init__.py").write_text("".join(f"from slowpackage import {name}\n" for name in names))
    return package.name


def forget(folder: Path, package: str) -> None:
    sys.path.remove(str(folder))
    for name in [m for m in sys.modules if m.startswith(package)]:
        del sys.modules[name]


def test_imports_let_the_window_handle_input_between_modules(tmp_path: Path, qtbot: QtBot) -> None:
    """Each module of a slow package takes 30 ms to import: a timer due at once fires before the package is in."""
    package = slow_package(tmp_path)
    seen: list[list[str]] = []
    QTimer.singleShot(0, lambda: seen.append(sorted(m for m in sys.modules if m.startswith(package))))
    sys.path.insert(0, str(tmp_path))
    try:
        with answering_input(every=0.01) as finder:
            started = time.perf_counter()
            import slowpackage  # noqa: F401
            took = time.perf_counter() - started
    finally:
        forget(tmp_path, package)
    assert seen and "slowpackage.part4" not in seen[0]  # handled while the package was being imported
    assert finder.looks >= 3 and took < 1  # between modules, not once
    assert finder not in sys.meta_path


def test_typing_in_the_first_frame_while_the_app_is_imported(target: str, tmp_path: Path) -> None:
    """The app started as `bcm` starts it, in a fresh interpreter: keys typed into the first frame's search box
    before the main window's modules are imported are handled then, and the main window shows the same search."""
    probe = textwrap.dedent(f"""
        import json, sys, time
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / "probe")!r})
        QSettings().setValue("main/workspace", {RISKS_PAGE})
        from ui.app.first_frame import show_first_frame
        from ui.app.launch import start
        frame = show_first_frame({target!r})
        typed = {{}}
        def type_word():
            from PySide6.QtTest import QTest
            QTest.keyClicks(frame.register.search, "flood")
            typed["shown"] = frame.register.proxy.rowCount()
            typed["app_loaded"] = "ui.app.main_window" in sys.modules
        QTimer.singleShot(0, type_word)
        window = start({target!r}, frame)
        after = {{"search": window.risks.search.text(), "shown_after": window.risks.proxy.rowCount()}}
        print(json.dumps({{**typed, **after}}))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env,
                            cwd=Path(__file__).parent.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["app_loaded"] is False  # typed while the rest of the app was still being imported
    assert report["search"] == "flood" and report["shown"] == report["shown_after"] > 0
