"""What the main window and the first frame share, so the one takes the other's place unseen: the workspace list,
the splitter beside it, the menu titles and the geometry saved on closing. Light to import (Qt only)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QWidget

WORKSPACES = (
    ("Dashboard", "Counts by band, overdue reviews and actions, what is due in the next 30 days."),
    ("Risk registers", "The risk registers, their heat maps and the risk editor."),
    ("Business continuity", "Service business continuity plans and “who does this disruption hit?”."),
    ("Exercises and lessons", "Exercises, debriefs, lessons and recommendations."),
    ("Incidents", "Incident mode: the decision log, situation reports and printed packs."),
    ("People and services", "People, their phones and on-call roles; services and their managers."),
)
DASHBOARD, RISKS_PAGE = 0, 1
LESSONS_PAGE = "Exercises and lessons"
MENUS = ("&File", "&Edit", "&View", "&Help")


def workspace_list() -> QListWidget:
    nav = QListWidget()
    nav.setAccessibleName("Workspaces")
    for title, _ in WORKSPACES:
        nav.addItem(title)
    nav.setMinimumWidth(180)
    nav.setMaximumWidth(260)
    return nav


def beside(nav: QWidget, content: QWidget) -> QSplitter:
    splitter = QSplitter()  # side by side (not Qt.Orientation: its first use costs the first frame 30 ms)
    splitter.addWidget(nav)
    splitter.addWidget(content)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([190, 1170])
    return splitter


def last_workspace() -> int:
    return int(QSettings().value("main/workspace", DASHBOARD))  # type: ignore[call-overload]


def restore_layout(window: QMainWindow, splitter: QSplitter, register_splitter: QSplitter) -> None:
    """The size, place and splitters the window had when last closed (save_layout)."""
    settings = QSettings()
    geometry = settings.value("main/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)  # type: ignore[arg-type]
    else:
        window.resize(1360, 820)
    for key, each in (("main/splitter", splitter), ("risks/splitter", register_splitter)):
        state = settings.value(key)
        if state is not None:
            each.restoreState(state)  # type: ignore[arg-type]


def save_layout(window: QMainWindow, splitter: QSplitter, register_splitter: QSplitter, workspace: int) -> None:
    settings = QSettings()
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/splitter", splitter.saveState())
    settings.setValue("risks/splitter", register_splitter.saveState())
    settings.setValue("main/workspace", workspace)
