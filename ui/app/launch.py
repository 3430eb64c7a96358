"""Starting the desktop app: open the database (or say clearly why not), then show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from bcm.context import Context
from bcm.database import OpenError, default_target, open_database
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
        database = open_database(chosen)
    except OpenError as exc:
        QMessageBox.critical(None, "Cannot open the database", f"{exc}\n\nDatabase: {chosen}")
        return 1
    window = MainWindow(database, Context(database.sessions))
    window.show()
    code = app.exec()
    database.close()
    return code
