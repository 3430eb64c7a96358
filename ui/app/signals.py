"""One application-level signal saying what kind of record changed; the views showing that kind reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

RISKS = "risks"
PEOPLE = "people"
MATRIX = "matrix"
PLANS = "plans"
LESSONS = "lessons"  # exercises, debriefs, lessons, recommendations, themes
DATABASE = "database"  # a different file was opened: everything reloads


class AppSignals(QObject):
    changed = Signal(str)
    openRecommendation = Signal(object)  # a recommendation's id: the main window shows it in Exercises and lessons
