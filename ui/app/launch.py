"""Starting the desktop app: open the database (or say clearly why not), then show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import make_url

from bcm.context import Context
from bcm.database import Database, OpenError, PasswordRequired, default_target, open_database
from ui.app import crash_guard
from ui.app.main_window import MainWindow


def run_app(target: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("bcm")
    app.setOrganizationName("bcm")
    app.setApplicationDisplayName("Resilience: risks, plans, exercises and incidents")
    crash_guard.install()
    chosen = target or default_target()
    try:
        database = _open(chosen)
    except OpenError as exc:
        shown = make_url(chosen).render_as_string(hide_password=True) if "://" in chosen else chosen
        QMessageBox.critical(None, "Cannot open the database", f"{exc}\n\nDatabase: {shown}")
        return 1
    if database is None:
        return 1
    window = MainWindow(database, Context(database.sessions, user=database.user()))
    window.show()
    code = app.exec()
    database.close()
    return code


def _open(target: str) -> Database | None:
    """Open the database; a server that wants a password gets it asked for (kept in memory only). None: cancelled."""
    try:
        return open_database(target)
    except PasswordRequired as exc:
        secret, ok = QInputDialog.getText(None, "Password", f"{exc}.\nPassword:", QLineEdit.EchoMode.Password)
        if not ok:
            return None
        return open_database(make_url(target).set(password=secret).render_as_string(hide_password=False))
