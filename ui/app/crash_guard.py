"""The last line in the app: an unexpected error is written to a log file and told in plain words, never as a
traceback in the user's face, and the app stays up (each save is one transaction, so nothing half-written)."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from bcm.errors import DomainError


def log_path() -> Path:
    import platformdirs  # when something has gone wrong, not at every start

    return Path(platformdirs.user_log_dir("bcm", appauthor=False)) / "errors.log"


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n")
            f.write("".join(traceback.format_exception(kind, error, tb)))
    except OSError:
        path = Path("(the log could not be written)")
    message = str(error) if isinstance(error, DomainError) else (
        f"Something went wrong: {error or kind.__name__}.\n\nWhat you saved before this is safe: each save is "
        f"all or nothing. The details were written to {path}.")
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), "bcm", message)


def install() -> None:
    sys.excepthook = _hook
