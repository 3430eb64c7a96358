"""The sync part of the main window: the status-bar indicator, and the File menu's connect, sync, conflicts and
refused changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QToolButton, QWidget

from bcm.context import Context
from bcm.database import Database
from bcm.sync.report import SyncReport
from ui.app.signals import DATABASE
from ui.app.sync.changed_kinds import changed_kinds
from ui.app.sync.controller import PASSWORD_NEEDED, SyncController, SyncState

if TYPE_CHECKING:
    from ui.app.main_window import MainWindow
    from ui.app.sync.refused_dialog import RefusedDialog


class SyncIndicator(QToolButton):
    """Online / offline / syncing and the time of the last sync; a click settles conflicts, shows the changes the
    server refused, or syncs now."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAutoRaise(True)
        self.setAccessibleName("Sync status")
        controller.stateChanged.connect(self.show_state)
        self.show_state(controller.state)

    def show_state(self, state: SyncState) -> None:
        self.setText(state.text())
        tip = state.message or ("Click to settle the conflicts" if state.open_conflicts else "Click to sync now")
        self.setToolTip(tip)


class SyncUi:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = SyncController(window.database, window.ctx, window)
        self.indicator = SyncIndicator(self.controller, window)
        self.indicator.clicked.connect(self._clicked)
        self.controller.synced.connect(self._synced)
        self.pulling = False  # while the views are told what a sync brought in (not saved by this user)
        window.statusBar().addPermanentWidget(self.indicator)

    def switch(self, database: Database, ctx: Context) -> None:
        self.controller.switch(database, ctx)

    def connect_server(self) -> None:
        from ui.app.sync.connect_dialog import ConnectDialog  # the dialogs: imported when first opened

        dialog = ConnectDialog(self.controller.server, self.window)
        if dialog.exec():
            self.controller.connect_to(dialog.server_url(), dialog.session_password())

    def sync_now(self) -> None:
        self.controller.sync_now()

    def show_conflicts(self) -> None:
        from ui.app.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.window.ctx, self.window)
        dialog.settled.connect(lambda: self.window.signals.changed.emit(DATABASE))
        dialog.finished.connect(lambda _r: self.controller.switch(self.window.database, self.window.ctx))
        dialog.open()

    def show_refused(self) -> RefusedDialog:
        from ui.app.sync.refused_dialog import RefusedDialog

        dialog = RefusedDialog(self.window.database, self.window.ctx.user, self.window.ctx.now, self.window)
        dialog.discarded.connect(self._discarded)
        dialog.open()
        return dialog

    def _discarded(self) -> None:
        self.controller.refresh()
        self.window.signals.changed.emit(DATABASE)

    def _clicked(self) -> None:
        if self.controller.state.message == PASSWORD_NEEDED:
            password, given = QInputDialog.getText(self.window, "Shared server", "Password for the shared server",
                                                   QLineEdit.EchoMode.Password)
            if given and password:
                self.controller.password = password
                self.controller.sync_now()
        elif self.controller.state.open_conflicts:
            self.show_conflicts()
        elif self.controller.state.refused:
            self.show_refused()
        else:
            self.controller.sync_now()

    def _synced(self, report: SyncReport) -> None:
        # What was pulled (merged records included) changed here; what was pushed was already here.
        self.pulling = True
        try:
            for kind in changed_kinds(report.pulled):
                self.window.signals.changed.emit(kind)
        finally:
            self.pulling = False
