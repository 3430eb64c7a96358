"""The first frame: the window as it opens on the risk registers, painted from the register's first rows read
straight from the file (bcm.first_rows), before the rest of the app is imported and the database opened. That
takes two thirds of a second, or several seconds on an old laptop, with nothing on the screen; the register is on
the screen at once instead.

Only what the first frame needs is imported first (Qt, the register view, the standard library's sqlite3), and the
file is read on another thread, started before Qt is loaded (ui.cli.main), while the view's modules are imported and
its widgets built. It is shown only for a SQLite file already at this version's schema, when the app last closed on
the risk registers; otherwise the app opens as before.

It answers input while the rest of the app is imported (ui.app.input_while_loading): the register can be scrolled,
sorted, searched and filtered, and its heat map clicked. What needs the app (a risk's editor, new risk, printing,
another workspace) waits: the buttons say so, and a risk double-clicked or a workspace chosen is opened as soon as
the main window is up. The main window, given the same rows, takes the frame's place (same size, same place) with
everything the user set in it (carry_over).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from bcm.first_rows import FirstRows, FirstRowsReading, start_reading
from ui.app.window_frame import (
    MENUS,
    RISKS_PAGE,
    WORKSPACES,
    beside,
    last_workspace,
    restore_layout,
    workspace_list,
)

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow


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
        self.register.set_acting(False)
        self.register.table.doubleClicked.connect(lambda _index: self._open_when_ready())
        self.opening: uuid.UUID | None = None  # a risk double-clicked here: opened once the main window is up
        self.dismissed = False  # closed before the main window was up: the app then stops there
        self.pages = QStackedWidget()  # as the main window holds its workspaces, so the two line up exactly
        self.pages.addWidget(self.register)
        self.waiting = QLabel()  # another workspace chosen here: shown once the main window is up
        self.pages.addWidget(self.waiting)
        self.nav.currentRowChanged.connect(self._workspace_chosen)
        self.splitter = beside(self.nav, self.pages)
        self.setCentralWidget(self.splitter)
        for name in MENUS:
            self.menuBar().addMenu(name)
        self.statusBar().addPermanentWidget(QLabel("Opening…"))
        self.setWindowTitle(f"bcm — {title}")
        restore_layout(self, self.splitter, self.register.splitter)

    def show_rows(self, data: FirstRows) -> None:
        self.data = data
        self.register.show_first_rows(data)

    def _workspace_chosen(self, row: int) -> None:
        self.waiting.setText(f"Opening {WORKSPACES[row][0]}…")
        self.pages.setCurrentIndex(0 if row == RISKS_PAGE else 1)

    def _open_when_ready(self) -> None:
        row = self.register.selected_row()
        if row is not None:
            self.opening = row.id
            self.statusBar().showMessage(f"{row.ref} opens as soon as the app is ready…")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.dismissed = True
        super().closeEvent(event)


def show_first_frame(target: str | None, reading: FirstRowsReading | None = None) -> FirstFrame | None:
    """The first frame, shown and painted, or None where there is none to show (see the module's note). `reading`:
    the file's first rows, if their read was started before Qt was loaded (ui.cli.main); else it starts here."""
    if last_workspace() != RISKS_PAGE:
        return None
    if reading is None:
        reading = start_reading(target)
        if reading is None:
            return None
    frame = FirstFrame(str(reading.path))  # built meanwhile
    data = reading.result()
    if data is None:
        frame.deleteLater()
        return None
    frame.show_rows(data)
    frame.show()
    # Painted now, as the events showing it posted are handled: the window is exposed, laid out and painted. (The
    # event loop does not run until the main window is ready, and repaint() paints nothing before the exposure.)
    QApplication.processEvents()
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # it answers, but the app is still opening
    return frame


def carry_over(frame: FirstFrame, window: MainWindow) -> None:
    """The main window, just shown in the frame's place, as the user left the frame: maximised or not, the
    splitters, the register's filters, search, heat map cell, sort, selection and scroll, and what they asked for
    that only the main window can do (a risk double-clicked, another workspace)."""
    from PySide6.QtCore import QEvent, QTimer

    window.setWindowState(frame.windowState())
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out at its size before the splitters
    window.splitter.setSizes(frame.splitter.sizes())
    window.risks.set_view_state(frame.register.view_state())
    if frame.nav.currentRow() != RISKS_PAGE:
        window.nav.setCurrentRow(frame.nav.currentRow())
    if frame.opening is not None:
        QTimer.singleShot(0, window, lambda risk=frame.opening: _open_asked(window, risk))  # once it is shown


def _open_asked(window: MainWindow, risk: uuid.UUID) -> None:
    from bcm.errors import DomainError

    try:
        window.risks.open_risk(risk)
    except DomainError as exc:  # deleted meanwhile, say, by another copy of the app or the command line
        window.statusBar().showMessage(f"Cannot open the risk double-clicked: {exc}", 10000)


def hand_over(frame: FirstFrame) -> None:
    """The main window has taken the frame's place (or will not): close it and give the pointer back."""
    frame.hide()  # not close(): that is the user dismissing it
    QApplication.restoreOverrideCursor()
