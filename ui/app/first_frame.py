"""The first frame: the window as it opens on the risk registers, painted from the register's first rows read
straight from the file (bcm.first_rows), before the rest of the app is imported and the database opened. That
takes two thirds of a second, or several seconds on an old laptop, with nothing on the screen; the register is on
the screen at once instead.

Only this module's imports are loaded first (Qt, the register view, the standard library's sqlite3). It is shown
only for a SQLite file already at this version's schema, when the app last closed on the risk registers; otherwise
the app opens as before. It takes no input: the main window, given the same rows, takes its place (same size, same
place) as soon as it is built.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from bcm.first_rows import FIRST_ROWS, FirstRows, first_rows_of_file
from bcm.locations import default_target, sqlite_file
from ui.app.risk_register_view import RegisterView
from ui.app.window_frame import MENUS, RISKS_PAGE, beside, last_workspace, restore_layout, workspace_list


class FirstFrame(QMainWindow):
    def __init__(self, data: FirstRows, title: str) -> None:
        super().__init__()
        self.data = data
        self.nav = workspace_list()
        self.nav.setCurrentRow(RISKS_PAGE)
        self.register = RegisterView(data.matrix)
        self.register.show_first_rows(data)
        self.register.progress.show()
        pages = QStackedWidget()  # as the main window holds its workspaces, so the two line up exactly
        pages.addWidget(self.register)
        self.splitter = beside(self.nav, pages)
        self.setCentralWidget(self.splitter)
        for name in MENUS:
            self.menuBar().addMenu(name)
        self.statusBar().addPermanentWidget(QLabel("Opening…"))
        self.setWindowTitle(f"bcm — {title}")
        restore_layout(self, self.splitter, self.register.splitter)


def show_first_frame(target: str | None) -> FirstFrame | None:
    """The first frame, shown and painted, or None where there is none to show (see the module's note)."""
    path = sqlite_file(target or default_target())
    if path is None or last_workspace() != RISKS_PAGE:
        return None
    data = first_rows_of_file(path, FIRST_ROWS, date.today())
    if data is None:
        return None
    frame = FirstFrame(data, str(path))
    frame.show()
    frame.repaint()  # now: the event loop does not run until the main window is ready
    return frame
