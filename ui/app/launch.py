"""Starting the desktop app: paint the first frame if there is one, open the database (or say clearly why not), then
show the main window in the first frame's place.

Nothing that imports SQLAlchemy or the models is imported before the first frame is painted (see first_frame)."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from bcm.locations import default_target
from ui.app import crash_guard
from ui.app.first_frame import FirstFrame, carry_over, hand_over, show_first_frame
from ui.app.gui_thread_gc import collect_on_the_gui_thread
from ui.app.input_while_loading import Stopped, answering_input

if TYPE_CHECKING:
    from bcm.database import Database
    from bcm.first_rows import FirstRowsReading
    from ui.app.main_window import MainWindow


def run_app(target: str | None, reading: FirstRowsReading | None = None) -> int:
    """`reading`: the first frame's rows, if their read was started before Qt was loaded (ui.cli.main)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    name_app(app)
    frame = show_first_frame(target, reading)
    window = start(target, frame, first_frame=False)
    if window is None:
        return 0 if frame is not None and frame.dismissed else 1
    code = app.exec()
    window.database.close()
    return code


def name_app(app: QApplication) -> None:
    app.setApplicationName("bcm")
    app.setOrganizationName("bcm")
    app.setApplicationDisplayName("Resilience: risks, plans, exercises and incidents")
    crash_guard.install()


def start(target: str | None, frame: FirstFrame | None = None, *, first_frame: bool = True) -> MainWindow | None:
    """The first frame (unless given, or not wanted), then the database opened and the main window shown in its
    place, as the user left the frame; None if the database cannot be opened (said in a message box), the password
    prompt is cancelled or the frame was closed while the app was opening."""
    if frame is None and first_frame:
        frame = show_first_frame(target)
    try:
        return _main_window(target, frame)
    except Stopped:  # the frame was closed while the app was opening: it stops there
        assert frame is not None
        hand_over(frame)
        return None
    except BaseException:
        if frame is not None and frame.isVisible():  # whatever went wrong, the frame and its busy cursor go
            hand_over(frame)
        raise


def _main_window(target: str | None, frame: FirstFrame | None) -> MainWindow | None:
    collect_on_the_gui_thread()  # before any loader thread: after the first frame, which it would only delay
    # The rest of the app, the frame on the screen and answering.
    with answering_input(stop=lambda: frame.dismissed) if frame is not None else nullcontext():
        from sqlalchemy import make_url

        from bcm.context import Context
        from bcm.database import OpenError
        from ui.app.main_window import MainWindow

    if frame is not None and frame.dismissed:
        raise Stopped
    chosen = target or default_target()
    try:
        database = _open(chosen)
    except OpenError as exc:
        if frame is not None:
            hand_over(frame)
        shown = make_url(chosen).render_as_string(hide_password=True) if "://" in chosen else chosen
        QMessageBox.critical(None, "Cannot open the database", f"{exc}\n\nDatabase: {shown}")
        return None
    if database is None:
        if frame is not None:
            hand_over(frame)
        return None
    _answer(frame, database)
    # Given the first frame's rows, the main window shows them at once (never an empty table in between) and reads
    # the rest of the register behind them.
    window = MainWindow(database, Context(database.sessions, user=database.user()),
                        frame.data if frame is not None else None)
    _answer(frame, database, window)
    if frame is not None:
        window.setGeometry(frame.geometry())
    window.show()
    if frame is not None:  # once shown, laid out at its size: the splitters then keep the sizes they are given
        carry_over(frame, window)
        hand_over(frame)
    return window


def _answer(frame: FirstFrame | None, database: Database, window: MainWindow | None = None) -> None:
    """Between the slow steps after the imports, the frame answers: what came in goes to it, and so is carried over
    to the main window. Closed meanwhile, the app stops there."""
    if frame is None:
        return
    QApplication.processEvents()
    if frame.dismissed:
        if window is not None:
            window.deleteLater()
        database.close()
        raise Stopped


def _open(target: str) -> Database | None:
    """Open the database; a server that wants a password gets it asked for (kept in memory only). None: cancelled."""
    from sqlalchemy import make_url

    from bcm.database import PasswordRequired, open_database

    try:
        return open_database(target)
    except PasswordRequired as exc:
        secret, ok = QInputDialog.getText(None, "Password", f"{exc}.\nPassword:", QLineEdit.EchoMode.Password)
        if not ok:
            return None
        return open_database(make_url(target).set(password=secret).render_as_string(hide_password=False))
