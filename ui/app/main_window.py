"""The main window: navigation between the workspaces, menus, and a status bar saying which database is open."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bcm import __version__
from bcm.context import Context
from bcm.database import Database, OpenError, open_database
from bcm.first_rows import FirstRows
from bcm.services.health import counted, record_counts
from ui.app.background import Latest
from ui.app.dashboard import DashboardWidget
from ui.app.file_actions import FileActions
from ui.app.risk_workspace import RiskWorkspace
from ui.app.signals import DATABASE, AppSignals
from ui.app.sync.status import SyncUi
from ui.app.window_frame import (
    LESSONS_PAGE,
    MENUS,
    RISKS_PAGE,
    WORKSPACES,
    beside,
    last_workspace,
    restore_layout,
    save_layout,
    workspace_list,
)


def _builder(module: str, name: str) -> Callable[[Context, AppSignals], QWidget]:
    """A later workspace's class, imported when the page is first built: start-up does not import (or pay for)
    the pages not yet shown, nor what only they use (ReportLab, icalendar…)."""

    def build(ctx: Context, signals: AppSignals) -> QWidget:
        page: QWidget = getattr(importlib.import_module(module), name)(ctx, signals)
        return page

    return build


def placeholder(title: str, text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(f"<h2>{title}</h2>")
    body = QLabel(f"{text}<br><br><i>This workspace is being built. Meanwhile the <tt>bcm</tt> command line has "
                  "it: <tt>bcm plans list</tt>, <tt>bcm plans affected --disruption power</tt>, "
                  "<tt>bcm lessons list</tt>, <tt>bcm --help</tt>.</i>")
    body.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch()
    page.setAccessibleName(title)
    return page


class LazyPages(Mapping[str, QWidget]):
    """The later workspaces by title; each is built the first time it is shown or looked up, in its place."""

    def __init__(self, window: MainWindow, builders: dict[str, Callable[[Context, AppSignals], QWidget]]) -> None:
        self._window = window
        self._builders = builders
        self._pages: dict[str, QWidget] = {}

    def add(self, title: str, page: QWidget) -> QWidget:
        self._pages[title] = page
        return page

    def built(self, title: str) -> bool:
        return title in self._pages

    def __getitem__(self, title: str) -> QWidget:
        if title not in self._pages:
            builder = self._builders[title]  # KeyError for a title that is not a page
            window = self._window
            index = [t for t, _ in WORKSPACES].index(title)
            page = builder(window.ctx, window.signals)
            stack, current = window.stack, window.stack.currentIndex()
            stand_in = stack.widget(index)
            stack.insertWidget(index, page)
            stack.removeWidget(stand_in)
            stand_in.deleteLater()
            stack.setCurrentIndex(current)
            self._pages[title] = page
        return self._pages[title]

    def __contains__(self, title: object) -> bool:
        return title in self._builders or title in self._pages

    def __iter__(self) -> Iterator[str]:
        return iter([t for t, _ in WORKSPACES if t in self])

    def __len__(self) -> int:
        return len(list(iter(self)))


class MainWindow(QMainWindow):
    def __init__(self, database: Database, ctx: Context, first_rows: FirstRows | None = None) -> None:
        """first_rows: the register's first rows, already read for the first frame (see ui.app.first_frame)."""
        super().__init__()
        self._first_rows = first_rows
        self.database = database
        self.ctx = ctx
        self.signals = AppSignals()
        self.last_saved: datetime | None = None
        self.nav = workspace_list()
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._show_page)
        self.splitter = beside(self.nav, self.stack)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._counts = ""  # the record counts last counted, shown until the next count is in
        self._counting = Latest(self._counted, lambda _error: self._show_status("record counts unavailable"),
                                parent=self)
        self.signals.changed.connect(self._changed)
        self.signals.openRecommendation.connect(self.open_recommendation)
        self.files = FileActions(self)
        self.sync = SyncUi(self)
        self._build_workspaces()
        self._menus()
        self._restore()

    # --- workspaces --------------------------------------------------------------------------------------------

    def _build_workspaces(self) -> None:
        current = self.stack.currentIndex()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.dashboard = DashboardWidget(self.ctx, self.signals)
        self.risks = RiskWorkspace(self.ctx, self.signals, self._first_rows)
        self._first_rows = None  # for this database only
        self.dashboard.openRisk.connect(self.open_risk)
        self.dashboard.openRegister.connect(self.open_register)
        self.dashboard.showDue.connect(self.show_due)
        self.risks.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.risks)
        # Each later workspace: its title in WORKSPACES -> a function building it from (ctx, signals).
        builders: dict[str, Callable[[Context, AppSignals], QWidget]] = {
            "Exercises and lessons": _builder("ui.app.lessons_workspace", "LessonsWorkspace"),
            "Incidents": _builder("ui.app.incidents.workspace", "IncidentsWorkspace"),
            "Business continuity": _builder("ui.app.plans_workspace", "PlansWorkspace"),
            "People and services": _builder("ui.app.people_workspace", "PeopleWorkspace"),
        }
        # Built when first shown (or asked for): at county scale each one's load would compete with the page the
        # window opens on, for the one interpreter lock.
        self.pages = LazyPages(self, builders)
        for title, text in WORKSPACES[2:]:
            self.stack.addWidget(QWidget() if title in builders else self.pages.add(title, placeholder(title, text)))
        self._show_page(max(current, 0))
        self.setWindowTitle(f"bcm — {self.database.describe()}")
        self.refresh_status()
        self.files.start_auto_backup()

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(WORKSPACES) and WORKSPACES[row][0] in self.pages:
            self.pages[WORKSPACES[row][0]]  # builds it if it is not built yet
        self.stack.setCurrentIndex(row)

    def open_risk(self, risk_id: uuid.UUID) -> None:
        self.nav.setCurrentRow(RISKS_PAGE)
        self.risks.search.clear()
        self.risks.open_risk(risk_id)

    def open_recommendation(self, recommendation_id: uuid.UUID) -> None:
        """From a risk, a plan or the dashboard to the recommendation in Exercises and lessons."""
        self.nav.setCurrentRow([title for title, _ in WORKSPACES].index(LESSONS_PAGE))
        page = self.pages[LESSONS_PAGE]
        from ui.app.lessons_workspace import LessonsWorkspace  # imported with the page, not at start-up

        assert isinstance(page, LessonsWorkspace)
        page.show_recommendation(recommendation_id)

    def open_register(self, register: str, band: str) -> None:
        self.nav.setCurrentRow(RISKS_PAGE)
        self.risks.show_register(register, band)

    def show_due(self, kind: str, listed: frozenset[uuid.UUID]) -> None:
        self.nav.setCurrentRow(RISKS_PAGE)
        self.risks.show_due(kind, listed)

    # --- menus -------------------------------------------------------------------------------------------------

    def _action(self, menu_name: str, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        menu = self._menus_by_name[menu_name]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        self._menus_by_name = {name: self.menuBar().addMenu(name) for name in MENUS}
        self._action("&File", "&New database…", self.new_database, QKeySequence.StandardKey.New)
        self._action("&File", "&Open database…", self.open_database, QKeySequence.StandardKey.Open)
        self._menus_by_name["&File"].addSeparator()
        self._action("&File", "Load the &demo data…", self.files.load_demo_data)
        self._action("&File", "&Back up now…", self.files.backup_now, "Ctrl+B")
        self._action("&File", "&Restore from a backup…", self.files.restore_backup)
        self._action("&File", "Automatic backups…", self.files.set_keep)
        self._menus_by_name["&File"].addSeparator()
        self._action("&File", "&Import from a spreadsheet…", self.files.import_file, "Ctrl+I")
        self._action("&File", "E&xport…", self.files.export, "Ctrl+Shift+E")
        self._action("&File", "Export &calendar reminders…", self.files.export_calendar)
        self._menus_by_name["&File"].addSeparator()
        self._action("&File", "Connect to a shared &server…", self.sync.connect_server)
        self._action("&File", "S&ync now", self.sync.sync_now, "F9")
        self._action("&File", "Sync co&nflicts…", self.sync.show_conflicts)
        self._action("&File", "Re&fused changes…", self.sync.show_refused)
        self._menus_by_name["&File"].addSeparator()
        self._action("&File", "&Print register to PDF…", lambda: self._on_risks(self.risks.print_register),
                     QKeySequence.StandardKey.Print)
        self._menus_by_name["&File"].addSeparator()
        self._action("&File", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self._action("&Edit", "&New risk…", lambda: self._on_risks(self.risks.add_risk), "Ctrl+Shift+N")
        self._action("&Edit", "&Edit selected risk…", lambda: self._on_risks(self.risks.edit_selected), "Ctrl+E")
        self._action("&Edit", "&Find risks", self.find, QKeySequence.StandardKey.Find)
        self._menus_by_name["&Edit"].addSeparator()
        self._action("&Edit", "Scoring &matrix…", self.edit_matrix)
        for row, (title, _) in enumerate(WORKSPACES):
            self._action("&View", title, lambda _c=False, r=row: self.nav.setCurrentRow(r), f"Ctrl+{row + 1}")
        self._action("&View", "&Audit trail…", self.show_audit_trail, "Ctrl+Shift+A")
        self._action("&View", "&Refresh", lambda: self.signals.changed.emit(DATABASE), QKeySequence.StandardKey.Refresh)
        self._action("&Help", "&About bcm", self.show_about)

    def _on_risks(self, action: object) -> None:
        self.nav.setCurrentRow(RISKS_PAGE)
        assert callable(action)
        action()

    def find(self) -> None:
        self.nav.setCurrentRow(RISKS_PAGE)
        self.risks.search.setFocus()
        self.risks.search.selectAll()

    def show_audit_trail(self) -> None:
        from ui.app.audit_viewer import AuditViewer

        AuditViewer(self.ctx, self).open()

    def edit_matrix(self) -> None:
        from ui.app.matrix_dialog import MatrixDialog  # the dialogs: imported when first opened, not at start-up

        MatrixDialog(self.ctx, self.signals, self).open()

    def show_about(self) -> None:
        QMessageBox.about(self, "About bcm", f"<b>bcm {__version__}</b><br>Risk registers, business continuity "
                          f"plans, exercises and incidents.<br><br>Database: {self.database.describe()}")

    def _choose(self, title: str, saving: bool) -> str | None:
        folder = str(self.database.path.parent) if self.database.path else str(Path.home())
        pattern = "bcm databases (*.db);;All files (*)"
        if saving:
            path, _ = QFileDialog.getSaveFileName(self, title, folder, pattern)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, folder, pattern)
        return path or None

    def new_database(self) -> None:
        path = self._choose("New database", saving=True)
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, "New database", f"{path} already exists: choose File › Open to open it.")
                return
            self.switch_database(path)

    def open_database(self) -> None:
        path = self._choose("Open database", saving=False)
        if path:
            self.switch_database(path, must_exist=True)

    def switch_database(self, target: str, must_exist: bool = False) -> bool:
        try:
            database = open_database(target, must_exist=must_exist)
        except OpenError as exc:
            QMessageBox.critical(self, "Cannot open the database", f"{exc}\n\nThe database you had open stays open.")
            return False
        self.database.close()
        self.database = database
        self._counts = ""  # the other database's, until this one's are counted
        self.ctx = Context(database.sessions, user=self.ctx.user, clock=self.ctx.clock)
        self.last_saved = None
        self.sync.switch(database, self.ctx)
        self._build_workspaces()
        QSettings().setValue("main/database", target)
        return True

    # --- status ------------------------------------------------------------------------------------------------

    def _changed(self, kind: str) -> None:
        if kind != DATABASE and not self.sync.pulling:  # what a sync brought in was not saved here
            self.last_saved = self.ctx.now()
        self.refresh_status()

    def refresh_status(self) -> None:
        """The file, its record counts and the last save. Counted off the GUI thread: at county scale counting is
        tens of milliseconds, at start-up and after every save. (Counts only: the full integrity check, `bcm check`,
        reads the whole file, seconds at county scale.)"""
        ctx = self.ctx
        self._counting.start(lambda: record_counts(ctx))
        self._show_status(self._counts)

    def _counted(self, counts: dict[str, int]) -> None:
        self._counts = counted(counts)
        self._show_status(self._counts)

    def _show_status(self, counts: str) -> None:
        saved = f" — last saved {self.last_saved.astimezone():%H:%M:%S}" if self.last_saved else ""
        where = self.database.path.name if self.database.path is not None else self.database.describe()
        # the whole path is in the title bar and the tooltip
        self.status_label.setText(f"{where} — {counts or 'counting…'}{saved}")
        self.status_label.setToolTip(self.database.describe())

    # --- window state ------------------------------------------------------------------------------------------

    def _restore(self) -> None:
        restore_layout(self, self.splitter, self.risks.splitter)
        self.nav.setCurrentRow(last_workspace())

    def closeEvent(self, event: QCloseEvent) -> None:
        save_layout(self, self.splitter, self.risks.splitter, self.nav.currentRow())
        super().closeEvent(event)
