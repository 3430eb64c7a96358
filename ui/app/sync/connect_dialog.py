"""File › Connect to a shared server: the server's URL, and its password for this session or the system keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bcm.sync.engine import without_password
from db.engine import is_url
from ui.app.sync.credentials import keyring_available, store_password


class ConnectDialog(QDialog):
    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to a shared server")
        self.url = QLineEdit(current or "")
        self.url.setPlaceholderText("postgresql+psycopg://you@server.example/bcm")
        self.url.setAccessibleName("Server address")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.remember = QCheckBox("Keep the password in this computer's keyring")
        self.remember.setEnabled(keyring_available())
        if not keyring_available():
            self.remember.setToolTip("No system keyring here: you will be asked once each session")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(QLabel("This database becomes your local copy: you keep working on it offline, and it syncs "
                           "with the server whenever the server can be reached."))
        form.addRow("Server", self.url)
        form.addRow("Password", self.password)
        form.addRow(self.remember)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        text = self.url.text().strip()
        if not text:
            self.problem.setText("Give the server's address")
            return
        if is_url(text):
            try:
                given = make_url(text).password
            except ArgumentError:
                self.problem.setText("That is not a database address (e.g. postgresql+psycopg://you@host/bcm)")
                return
            if given and not self.password.text():
                self.password.setText(str(given))
        if self.remember.isChecked() and self.password.text() \
                and not store_password(self.server_url(), self.password.text()):
            self.problem.setText("The keyring refused the password (it may be locked): unlock it and press OK "
                                 "again, or untick the box to be asked for it once each session")
            return
        self.accept()

    def server_url(self) -> str:
        """The address as stored: without its password."""
        return without_password(self.url.text().strip())

    def session_password(self) -> str | None:
        return self.password.text() or None
