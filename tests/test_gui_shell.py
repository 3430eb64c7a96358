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
    assert str(demo_db.path) in window.status_label.text()
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
