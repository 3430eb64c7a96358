"""The app's sync: connecting once, the online / offline / syncing indicator, and settling conflicts in a dialog."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bcm.services.incidents import add_log_entry, incident_detail, start_incident
from bcm.sync.conflicts import open_conflicts
from bcm.sync.engine import sync_status
from db.models import Person
from tests.sync_helpers import VIEWER_REASON, Replica, new_replica, new_server_file, refuse
from ui.app.main_window import MainWindow
from ui.app.sync.conflicts_dialog import ConflictsDialog
from ui.app.sync.connect_dialog import ConnectDialog
from ui.app.sync.controller import SyncController
from ui.app.sync.refused_dialog import RefusedDialog


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


# --- changes the server refused -------------------------------------------------------------------------------------


def _refused_edit(tmp_path: Path) -> tuple[Replica, uuid.UUID]:
    """A laptop whose edit to a person the server refused (held as a push holds it: no PostgreSQL needed)."""
    server = new_server_file(tmp_path)
    laptop = new_replica(tmp_path, "laptop")
    pid = laptop.add_person("Priya Shah", job_title="Locality manager")
    laptop.sync(server)
    laptop.edit_person(pid, job_title="Changed offline")
    refuse(laptop, "people", pid)
    return laptop, pid


def _answer_the_confirmation(qtbot: QtBot, said: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)


def test_the_refused_changes_dialog_lists_them_and_takes_the_servers_version_back(qtbot: QtBot,
                                                                                  tmp_path: Path) -> None:
    laptop, pid = _refused_edit(tmp_path)
    window = MainWindow(laptop.database, laptop.ctx)
    qtbot.addWidget(window)
    indicator = window.sync.indicator
    assert indicator.text().startswith("⚠ Sync problem") and "1 refused by the server" in indicator.text()
    assert "people: Priya Shah" in indicator.toolTip() and "laptop is a viewer" in indicator.toolTip()
    assert [a.text() for a in window.menuBar().actions()[0].menu().actions() if "fused changes" in a.text()] == \
        ["Re&fused changes…"]

    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)  # the indicator opens the refused changes
    dialog = window.findChild(RefusedDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["people: Priya Shah", VIEWER_REASON,
                                                                  "your edit is undone"]
    assert "resilience lead (Eleanor Whitcombe) may make it" in dialog.reason.text()
    assert "log entries are never deleted" in dialog.logs_note.text()

    said: list[str] = []
    _answer_the_confirmation(qtbot, said)
    with qtbot.waitSignal(dialog.discarded):
        qtbot.mouseClick(dialog.take_back, Qt.MouseButton.LeftButton)
    assert "will be undone" in said[0] and "• people: Priya Shah (your edit is undone)" in said[0]
    assert dialog.table.rowCount() == 1 and "No refused changes" in dialog.table.item(0, 0).text()
    assert not dialog.take_back.isEnabled()
    assert laptop.person(pid).job_title == "Locality manager"  # the server's version, back
    assert indicator.text().startswith("● Online") and window.sync.controller.state.refused == 0
    laptop.database.close()


def test_cancelling_takes_nothing_back_and_a_refused_log_entry_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    laptop, pid = _refused_edit(tmp_path)
    incident = start_incident(laptop.ctx, "Power cut: County Hall", ["power"], "Duty officer", [])
    add_log_entry(laptop.ctx, incident, "information", "Lifts out of use")
    [entry] = [e.id for e in incident_detail(laptop.ctx, incident).log]
    refuse(laptop, "log_entries", entry)
    dialog = RefusedDialog(laptop.database, laptop.user, laptop.ctx.now)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["people: Priya Shah",
                                                                  "log entries: Lifts out of use"]
    asked: list[str] = []

    def say_no(question: str) -> bool:
        asked.append(question)
        return False

    dialog.confirm = say_no
    dialog.table.selectAll()
    dialog.take_back.click()
    assert "These log entries are never deleted" in asked[0] and "Lifts out of use" in asked[0]
    assert dialog.table.rowCount() == 2 and laptop.person(pid).job_title == "Changed offline"

    dialog.confirm = lambda question: True
    dialog.table.selectRow(1)
    dialog.take_back.click()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "people: Priya Shah"
    assert [e.text for e in incident_detail(laptop.ctx, incident).log] == ["Lifts out of use"]
    laptop.database.close()


def test_a_sync_reloads_only_the_views_of_what_it_brought_in(qtbot: QtBot, tmp_path: Path) -> None:
    """Every pull on the day brings other laptops' log entries: the views of those reload, not every view (the
    register's 100,000 rows held the GUI thread a quarter of a second, every minute). What was pushed was here."""
    server = new_server_file(tmp_path)
    other, laptop = new_replica(tmp_path, "other"), new_replica(tmp_path, "laptop")
    other.sync(server)
    window = MainWindow(laptop.database, laptop.ctx)
    qtbot.addWidget(window)
    emitted: list[str] = []
    window.signals.changed.connect(emitted.append)
    with qtbot.waitSignal(window.sync.controller.synced, timeout=30_000):
        window.sync.controller.connect_to(server, None)
    other.add_person("Priya Shah")
    other.sync(server)
    emitted.clear()
    with qtbot.waitSignal(window.sync.controller.synced, timeout=30_000):
        window.sync.controller.sync_now()
    assert emitted == ["people"]
    assert window.last_saved is None  # brought in, not saved here: the status bar says no "last saved"
    laptop.add_person("Sam Okafor")  # pushed only: nothing here changed
    emitted.clear()
    with qtbot.waitSignal(window.sync.controller.synced, timeout=30_000):
        window.sync.controller.sync_now()
    assert emitted == []
    laptop.database.close()
    other.database.close()


def test_every_synced_table_says_which_views_it_reloads() -> None:
    from db.models import Base
    from ui.app.sync.changed_kinds import KIND_OF_TABLE, changed_kinds

    tables = {name for name in Base.metadata.tables if not name.startswith("sync_")}
    assert tables == set(KIND_OF_TABLE), "map a new table to the kind of view that shows it"
    assert changed_kinds(["log_entries", "step_ticks", "people"]) == ["incidents", "people"]
    assert changed_kinds(["audit_log"]) == []
    assert changed_kinds(["a_table_added_later", "risks"]) == ["database"]
