"""The app's sync: connecting once, the online / offline / syncing indicator, and settling conflicts in a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bcm.sync.conflicts import open_conflicts
from bcm.sync.engine import sync_status
from db.models import Person
from tests.sync_helpers import Replica, new_replica, new_server_file
from ui.app.main_window import MainWindow
from ui.app.sync.conflicts_dialog import ConflictsDialog
from ui.app.sync.connect_dialog import ConnectDialog
from ui.app.sync.controller import SyncController


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _conflicted(tmp_path: Path) -> tuple[Replica, str]:
    server = new_server_file(tmp_path)
    a, b = new_replica(tmp_path, "alice"), new_replica(tmp_path, "bob")
    pid = a.add_person("Priya Shah")
    a.sync(server)
    b.sync(server)
    a.edit_person(pid, job_title="Locality manager")
    b.edit_person(pid, job_title="Area manager")
    a.sync(server)
    b.sync(server)
    a.database.close()
    return b, server


def test_the_indicator_goes_syncing_then_online_with_the_time(qtbot: QtBot, tmp_path: Path) -> None:
    server = new_server_file(tmp_path)
    laptop = new_replica(tmp_path, "laptop")
    window = MainWindow(laptop.database, laptop.ctx)
    qtbot.addWidget(window)
    indicator = window.sync.indicator
    assert indicator.text() == "Local only"
    with qtbot.waitSignal(window.sync.controller.synced, timeout=30_000):
        window.sync.controller.connect_to(server, None)
        assert indicator.text().startswith("Syncing")
    assert indicator.text().startswith("● Online — last sync ")
    assert sync_status(laptop.database).server == server
    laptop.database.close()


def test_an_unreachable_server_shows_offline_and_changes_waiting(qtbot: QtBot, tmp_path: Path) -> None:
    laptop = new_replica(tmp_path, "laptop")
    laptop.add_person("Made offline")
    controller = SyncController(laptop.database, laptop.ctx)
    with qtbot.waitSignal(controller.stateChanged, timeout=30_000,
                          check_params_cb=lambda state: state.kind == "offline"):
        controller.connect_to(str(tmp_path / "server-not-there.db"), None)
    assert controller.state.text().startswith("○ Offline — never synced")
    assert "changes waiting" in controller.state.text()
    assert "cannot be reached" in controller.state.message or "no server" in controller.state.message
    laptop.database.close()


def test_the_password_is_never_stored(qtbot: QtBot, tmp_path: Path) -> None:
    laptop = new_replica(tmp_path, "laptop")
    controller = SyncController(laptop.database, laptop.ctx)
    with qtbot.waitSignal(controller.stateChanged, timeout=30_000, check_params_cb=lambda s: s.kind != "syncing"):
        controller.connect_to("postgresql+psycopg://lead:s3cret@127.0.0.1:1/bcm", "s3cret")
    assert sync_status(laptop.database).server == "postgresql+psycopg://lead@127.0.0.1:1/bcm"
    assert b"s3cret" not in (tmp_path / "laptop.db").read_bytes()
    laptop.database.close()


@pytest.mark.parametrize("choice, expected", [("mine", "Area manager"), ("theirs", "Locality manager"),
                                              ("value", "Area and locality manager")])
def test_the_conflicts_dialog_settles_by_mine_theirs_or_combined(qtbot: QtBot, tmp_path: Path, choice: str,
                                                                  expected: str) -> None:
    laptop, _server = _conflicted(tmp_path)
    dialog = ConflictsDialog(laptop.ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "job_title" in dialog.list.item(0).text()
    assert dialog.mine.toPlainText() == "Area manager" and dialog.theirs.toPlainText() == "Locality manager"
    assert dialog.combined.toPlainText() == "Area manager\nLocality manager"
    button = {"mine": dialog.take_mine, "theirs": dialog.take_theirs, "value": dialog.save_combined}[choice]
    if choice == "value":
        dialog.combined.setPlainText(expected)
    with qtbot.waitSignal(dialog.settled):
        button.click()
    assert open_conflicts(laptop.ctx) == []
    assert "No conflicts" in dialog.list.item(0).text() and not dialog.take_mine.isEnabled()
    with laptop.database.sessions() as session:
        assert session.scalars(select(Person.job_title)).one() == expected
    laptop.database.close()


def test_a_server_needing_a_password_asks_rather_than_failing_each_minute(qtbot: QtBot, tmp_path: Path) -> None:
    from bcm.sync.engine import remember_server
    from ui.app.sync.controller import PASSWORD_NEEDED

    laptop = new_replica(tmp_path, "laptop")
    remember_server(laptop.database, "postgresql+psycopg://lead@127.0.0.1:1/bcm")
    controller = SyncController(laptop.database, laptop.ctx)
    controller.sync_now()
    assert controller.state.kind == "problem" and controller.state.message == PASSWORD_NEEDED
    assert not controller.worker.busy
    laptop.database.close()


def test_the_connect_dialog_checks_the_address_and_keeps_the_password_out_of_it(qtbot: QtBot) -> None:
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Give the server's address" and dialog.isVisible()
    dialog.url.setText("postgresql+psycopg://priya:s3cret@server.example:5432/bcm")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.server_url() == "postgresql+psycopg://priya@server.example:5432/bcm"
    assert dialog.session_password() == "s3cret"
