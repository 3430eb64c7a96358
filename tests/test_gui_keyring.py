"""The shared server's password in the system keyring (ui.app.sync.credentials), through the `keyring` package with a
backend of the test's own: kept when asked, found for the next sync, and never a crash where there is no keyring
or a locked one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from bcm.sync.engine import remember_server
from tests.sync_helpers import new_replica
from ui.app.sync.connect_dialog import ConnectDialog
from ui.app.sync.controller import PASSWORD_NEEDED, SyncController
from ui.app.sync.credentials import SERVICE, keyring_available, store_password, stored_password

SERVER = "postgresql+psycopg://priya@127.0.0.1:1/bcm"  # nothing listens on port 1: a sync finds it unreachable


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # a usable keyring (the "fail" one has 0)

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.kept[(service, username)]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def machines_keyring_put_back() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def _ok(dialog: ConnectDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_password_kept_in_the_keyring_is_used_by_the_next_sync(qtbot: QtBot, tmp_path: Path) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    assert keyring_available() and dialog.remember.isEnabled()
    dialog.url.setText(SERVER)
    dialog.password.setText("s3cret")
    dialog.remember.setChecked(True)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert memory.kept == {(SERVICE, SERVER): "s3cret"}  # under the address without its password

    # The next session: the address is remembered, the password is not, and the keyring gives it.
    laptop = new_replica(tmp_path, "laptop")
    remember_server(laptop.database, SERVER)
    controller = SyncController(laptop.database, laptop.ctx)
    with qtbot.waitSignal(controller.stateChanged, timeout=30_000, check_params_cb=lambda s: s.kind != "syncing"):
        controller.sync_now()
    assert controller.password == "s3cret"
    assert controller.state.kind == "offline"  # it tried the server (unreachable here), not asked for a password
    laptop.database.close()


def test_unticked_the_password_stays_out_of_the_keyring(qtbot: QtBot) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog.url.setText(SERVER)
    dialog.password.setText("s3cret")
    _ok(dialog)
    assert dialog.session_password() == "s3cret" and memory.kept == {}


def test_with_no_keyring_the_box_says_so_and_the_password_is_asked_for(qtbot: QtBot, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    assert not keyring_available() and not dialog.remember.isEnabled()
    assert "No system keyring" in dialog.remember.toolTip()
    assert not store_password(SERVER, "s3cret") and stored_password(SERVER) is None
    laptop = new_replica(tmp_path, "laptop")
    remember_server(laptop.database, SERVER)
    controller = SyncController(laptop.database, laptop.ctx)
    controller.sync_now()
    assert controller.state.kind == "problem" and controller.state.message == PASSWORD_NEEDED
    laptop.database.close()


def test_a_locked_keyring_is_said_and_loses_nothing(qtbot: QtBot) -> None:
    keyring.set_keyring(LockedKeyring())
    assert not store_password(SERVER, "s3cret") and stored_password(SERVER) is None
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog.url.setText(SERVER)
    dialog.password.setText("s3cret")
    dialog.remember.setChecked(True)
    dialog.show()
    _ok(dialog)
    assert dialog.isVisible() and "keyring refused" in dialog.problem.text()  # said, not taken for kept
    dialog.remember.setChecked(False)
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session_password() == "s3cret"
