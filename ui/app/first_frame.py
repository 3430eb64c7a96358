"""The first frame: the window as it opens on the risk registers, painted from the register's first rows read
straight from the file (bcm.first_rows), before the rest of the app is imported and the database opened. That
takes two thirds of a second, or several seconds on an old laptop, with nothing on the screen; the register is on
the screen at once instead.

Only what the first frame needs is imported first (Qt, the register view, the standard library's sqlite3), and the
file is read on another thread while the view's modules are imported and its widgets built. It is shown only for a
SQLite file already at this version's schema, when the app last closed on the risk registers; otherwise the app
opens as before. It takes no input: the main window, given the same rows, takes its place (same size, same place)
as soon as it is built.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from bcm.first_rows import FIRST_ROWS, FirstRows, FirstRowsReading
from bcm.locations import default_target, sqlite_file
from ui.app.window_frame import MENUS, RISKS_PAGE, beside, last_workspace, restore_layout, workspace_list


class FirstFrame(QMainWindow):
    def __init__(self, title: str) -> None:
        from bcm.scoring import Matrix
        from ui.app.risk_register_view import RegisterView  # imported while the file is being read

        super().__init__()
        self.data: FirstRows | None = None
        self.nav = workspace_list()
        self.nav.setCurrentRow(RISKS_PAGE)
        self.register = RegisterView(Matrix(likelihood=(), impact=(), bands=()))  # the file's, once read
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

    def show_rows(self, data: FirstRows) -> None:
        self.data = data
        self.register.show_first_rows(data)


def show_first_frame(target: str | None) -> FirstFrame | None:
    """The first frame, shown and painted, or None where there is none to show (see the module's note)."""
    path = sqlite_file(target or default_target())
    if path is None or not path.is_file() or last_workspace() != RISKS_PAGE:
        return None
    reading = FirstRowsReading(path, FIRST_ROWS, date.today())
    frame = FirstFrame(str(path))  # built meanwhile
    data = reading.result()
    if data is None:
        frame.deleteLater()
        return None
    frame.show_rows(data)
    frame.show()
    frame.repaint()  # now: the event loop does not run until the main window is ready
    from PySide6.QtCore import Qt  # after the paint: its first use costs 30 ms

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # it takes no input yet: say so
    return frame


def hand_over(frame: FirstFrame) -> None:
    """The main window has taken the frame's place: close it and give the pointer back."""
    frame.close()
    QApplication.restoreOverrideCursor()
