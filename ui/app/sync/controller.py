"""Background sync: a timer starts a sync off the GUI thread when none is running; the status says how it went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from bcm.context import Context
from bcm.database import Database
from bcm.sync.discard import refused_changes
from bcm.sync.engine import SyncStatus, needs_password, sync, sync_status, with_password
from bcm.sync.report import ServerUnreachable, SyncReport
from ui.app.background import Latest

INTERVAL_MS = 60_000
PASSWORD_NEEDED = "the server's password is needed: click the sync status to give it (kept for this session only)"
NOT_CONNECTED, SYNCING, ONLINE, OFFLINE, PROBLEM = "not connected", "syncing", "online", "offline", "problem"


@dataclass(frozen=True)
class SyncState:
    kind: str
    last_sync: datetime | None = None
    open_conflicts: int = 0
    waiting: int = 0
    message: str = ""
    refused: int = 0  # changes the server refused, kept here: the indicator opens them

    def text(self) -> str:
        last = f"last sync {self.last_sync.astimezone():%d/%m %H:%M}" if self.last_sync else "never synced"
        conflicts = f", {self.open_conflicts} conflicts to settle" if self.open_conflicts else ""
        if self.kind == NOT_CONNECTED:
            return "Local only"
        if self.kind == SYNCING:
            return f"Syncing… ({last})"
        if self.kind == ONLINE:
            return f"● Online — {last}{conflicts}"
        waiting = f", {self.waiting} changes waiting" if self.waiting else ""
        if self.kind == OFFLINE:
            return f"○ Offline — {last}{waiting}{conflicts}"
        refused = f", {self.refused} refused by the server" if self.refused else ""
        return f"⚠ Sync problem — {last}{waiting}{refused}{conflicts}"


class SyncController(QObject):
    """Owns the timer and the worker; the GUI thread only ever sees plain reports and states."""

    stateChanged = Signal(object)  # SyncState
    synced = Signal(object)  # SyncReport, after a sync that reached the server

    def __init__(self, database: Database, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.ctx = database, ctx
        self.password: str | None = None  # for this session only
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.worker = Latest(self._done, self._failed, self)
        self.state = SyncState(NOT_CONNECTED)
        self._refresh_idle(ONLINE)

    @property
    def server(self) -> str | None:
        return self._status().server

    def _status(self) -> SyncStatus:
        return sync_status(self.database)

    def switch(self, database: Database, ctx: Context) -> None:
        self.database, self.ctx, self.password = database, ctx, None
        self._refresh_idle(ONLINE)

    def connect_to(self, url: str, password: str | None) -> None:
        from bcm.sync.engine import remember_server

        remember_server(self.database, url)
        self.password = password
        self.sync_now()

    def _refresh_idle(self, kind: str, message: str = "") -> None:
        status = self._status()
        if status.server is None:
            self.timer.stop()
            self._set(SyncState(NOT_CONNECTED))
            return
        if not self.timer.isActive():
            self.timer.start()
        if status.refused and kind == ONLINE:
            kind, message = PROBLEM, self._refusal_message()
        self._set(SyncState(kind, status.last_sync, status.open_conflicts, status.waiting, message, status.refused))

    def _refusal_message(self) -> str:
        found = refused_changes(self.database)
        lines = SyncReport(refused=[(c.record_label, c.reason) for c in found]).refusal_lines()[:-1]
        return "\n".join([*lines, "Click to see them and take the server's version back"])

    def refresh(self) -> None:
        """Say again how things stand after a change made here to what waits (refused changes taken back)."""
        if self.state.kind == SYNCING:
            return  # the sync under way says it when it ends
        refused_only = self.state.kind == PROBLEM and self.state.refused > 0
        self._refresh_idle(ONLINE if refused_only else self.state.kind, "" if refused_only else self.state.message)

    def _set(self, state: SyncState) -> None:
        self.state = state
        self.stateChanged.emit(state)

    def sync_now(self) -> None:
        server = self.server
        if server is None or self.worker.busy:
            return
        if needs_password(server) and self.password is None:
            from ui.app.sync.credentials import stored_password

            self.password = stored_password(server)
            if self.password is None:
                self._refresh_idle(PROBLEM, PASSWORD_NEEDED)
                return
        url = with_password(server, self.password)
        database, user, clock = self.database, self.ctx.user, self.ctx.clock
        self._set(SyncState(SYNCING, self.state.last_sync, self.state.open_conflicts, self.state.waiting,
                            refused=self.state.refused))
        self.worker.start(lambda: sync(database, url, user, clock))

    def _done(self, report: SyncReport) -> None:
        self._refresh_idle(ONLINE)  # refused changes, this sync's or earlier ones, make it a problem
        self.synced.emit(report)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ServerUnreachable):
            self._refresh_idle(OFFLINE, str(error))
        else:
            self._refresh_idle(PROBLEM, str(error) or type(error).__name__)
