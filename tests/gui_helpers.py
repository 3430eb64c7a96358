"""Shared set-up for the pytest-qt tests: settings kept out of the user's profile, screenshots on request."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget


def isolate_settings(folder: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def screenshot(widget: QWidget, name: str, fallback: Path) -> Path:
    """Save what the widget looks like; BCM_SHOTS=folder keeps them for a person to look at."""
    folder = Path(os.environ.get("BCM_SHOTS", fallback))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
