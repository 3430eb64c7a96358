"""The main window: navigation between the workspaces, menus, and a status bar saying which database is open."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bcm import __version__
from bcm.context import Context
from bcm.database import Database
from bcm.services.health import check_database

WORKSPACES = (
    ("Dashboard", "Counts by band, overdue reviews and actions, what is due in the next 30 days."),
    ("Risk registers", "The risk registers, their heat maps and the risk editor."),
    ("Business continuity", "Service business continuity plans and “who does this disruption hit?”."),
    ("Exercises and lessons", "Exercises, debriefs, lessons and recommendations."),
    ("Incidents", "Incident mode: the decision log, situation reports and printed packs."),
    ("People and services", "People, their phones and on-call roles; services and their managers."),
)


def placeholder(title: str, text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(f"<h2>{title}</h2>")
    body = QLabel(f"{text}<br><br><i>This workspace is being built; use the bcm command line meanwhile.</i>")
    body.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch()
    page.setAccessibleName(title)
    return page


class MainWindow(QMainWindow):
    def __init__(self, database: Database, ctx: Context) -> None:
        super().__init__()
        self.database = database
        self.ctx = ctx
        self.setWindowTitle(f"bcm — {database.describe()}")
        self.nav = QListWidget()
        self.nav.setAccessibleName("Workspaces")
        self.stack = QStackedWidget()
        for title, text in WORKSPACES:
            self.nav.addItem(title)
            self.stack.addWidget(placeholder(title, text))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 900])
        self.setCentralWidget(self.splitter)
        self._menus()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.refresh_status()
        self._restore()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        for row, (title, _) in enumerate(WORKSPACES):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About bcm", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        QMessageBox.about(self, "About bcm", f"bcm {__version__}\n\nDatabase: {self.database.describe()}")

    def refresh_status(self) -> None:
        report = check_database(self.database, self.ctx)
        counts = ", ".join(f"{n} {label}" for label, n in report.counts.items())
        self.status_label.setText(f"{self.database.describe()} — {counts}")

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1200, 760)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
        self.nav.setCurrentRow(int(settings.value("main/workspace", 0)))  # type: ignore[call-overload]

    def closeEvent(self, event: object) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/workspace", self.nav.currentRow())
        super().closeEvent(event)  # type: ignore[arg-type]
