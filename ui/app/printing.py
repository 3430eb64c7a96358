"""Printing from the app: choose where, build the PDF off the GUI thread with a progress indicator, open it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from exports.pdf.watch import PrintCancelled, watched
from ui.app.background import Latest


def choose_pdf_dialog(parent: QWidget, title: str, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), "PDF (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class Printer(QObject):
    """One per screen. Tests replace `choose` and `open` to run without dialogs or a PDF viewer.

    While a PDF is built the progress dialog counts its pages, and its Cancel stops the print at the next page,
    writing nothing (a county's full register report is 145,000 pages and seven minutes)."""

    pagesLaidOut = Signal(int)  # from the building thread: how many pages so far

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.choose: Callable[[str, str], Path | None] = lambda title, name: choose_pdf_dialog(parent, title, name)
        self.open: Callable[[Path], None] = open_in_viewer
        self.last: Path | None = None
        self.cancelled = False  # the last print was stopped by the user
        self._title = ""
        self._progress: QProgressDialog | None = None
        self._stop = threading.Event()
        self._runner = Latest(self._done, self._failed, parent=self)
        self.pagesLaidOut.connect(self._pages_laid_out)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def print(self, title: str, suggested_name: str, build: Callable[[Path], Path]) -> None:
        path = self.choose(title, suggested_name)
        if path is None:
            return
        progress = QProgressDialog(f"{title}…", "Cancel", 0, 0, self.widget)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # only shown when it takes a while: multi-service packs
        stop = self._stop = threading.Event()
        progress.canceled.connect(stop.set)
        self._title, self._progress, self.cancelled = title, progress, False
        told = self.pagesLaidOut.emit

        def on_page(pages: int) -> None:
            if pages % 50 == 0:  # often enough to see it move, not a signal a page
                told(pages)

        def watched_build() -> Path:
            with watched(on_page, stop.is_set):
                return build(path)

        self._runner.start(watched_build)

    def _pages_laid_out(self, pages: int) -> None:
        if self._progress is not None and not self._stop.is_set():
            self._progress.setLabelText(f"{self._title}… {pages:,} pages so far")

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _done(self, path: Path) -> None:
        self._close_progress()
        self.last = path
        self.open(path)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, PrintCancelled):
            self.cancelled = True
            return
        QMessageBox.warning(self.widget, "Could not print", str(error))
