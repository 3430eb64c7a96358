"""The main window: workspaces reachable by mouse and keyboard, status bar names the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.database import Database
from ui.app.main_window import WORKSPACES, MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_navigation_and_status(qtbot: QtBot, demo_db: Database, demo_ctx: Context, tmp_path: Path) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.nav.count() == len(WORKSPACES)
    qtbot.waitUntil(lambda: "28 risks" in window.status_label.text())  # counted off the GUI thread
    assert demo_db.path is not None and demo_db.path.name in window.status_label.text()
    assert window.status_label.toolTip() == str(demo_db.path) and str(demo_db.path) in window.windowTitle()
    assert "28 risks" in window.status_label.text()
    window.nav.setCurrentRow(2)
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 3
    window.grab().save(str(tmp_path / "shell.png"))


def test_last_workspace_is_restored(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    first = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(first)
    first.nav.setCurrentRow(4)
    first.close()
    second = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(second)
    assert second.nav.currentRow() == 4


@pytest.mark.parametrize(("content", "message"), [
    (None, "no database at"),
    (b"not a database at all\n" * 50, "not a bcm database"),
    (b"SQLite format 3\x00" + b"\xff" * 4096, "damaged"),
])
def test_opening_a_bad_database_says_why_and_keeps_the_open_one(
    qtbot: QtBot, demo_db: Database, demo_ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    content: bytes | None, message: str,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    target = tmp_path / "other.db"
    if content is not None:
        target.write_bytes(content)
    assert not window.switch_database(str(target), must_exist=True)
    assert shown and message in shown[0] and "stays open" in shown[0]
    assert window.database is demo_db
    qtbot.waitUntil(lambda: "28 risks" in window.status_label.text())


def test_opening_a_database_from_a_newer_version_says_so(
    qtbot: QtBot, demo_db: Database, demo_ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import create_engine

    from bcm.database import open_database

    path = tmp_path / "newer.db"
    open_database(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'fff999'")
    engine.dispose()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    assert not window.switch_database(str(path), must_exist=True)
    assert "newer version" in shown[0]


def test_switching_to_another_database_reloads_every_workspace(
    qtbot: QtBot, demo_db: Database, demo_ctx: Context, tmp_path: Path,
) -> None:
    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "28 risks" in window.status_label.text())
    assert window.switch_database(str(tmp_path / "new.db"))
    assert "28 risks" not in window.status_label.text()  # never the other database's counts beside this one's name
    qtbot.waitUntil(lambda: "0 risks" in window.status_label.text())
    qtbot.waitUntil(lambda: not window.risks._loader.busy)
    assert window.risks.model.rowCount() == 0
    window.database.close()


def test_an_unexpected_error_is_logged_and_told_plainly(qapp: object, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import crash_guard

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(crash_guard, "log_path", lambda: tmp_path / "logs" / "errors.log")
    try:
        raise RuntimeError("disk unplugged")
    except RuntimeError as exc:
        crash_guard._hook(RuntimeError, exc, exc.__traceback__)
    assert "disk unplugged" in shown[0] and "Traceback" not in shown[0]
    assert "Traceback" in (tmp_path / "logs" / "errors.log").read_text()
