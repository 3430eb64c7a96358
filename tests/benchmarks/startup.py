"""The child process of the start-up and memory benchmarks: start, show a window, paint it, say so on stdout.

    python -m tests.benchmarks.startup register DB SETTINGS_FOLDER   # the app on the Risk registers workspace
    python -m tests.benchmarks.startup empty - SETTINGS_FOLDER       # the baseline: an empty QMainWindow

It prints one JSON line once the window is painted (for the register window: once the risk table has its first rows:
a big register's highest-scored risks, read before the rest, or the whole of a small one), with the phases it went
through and its peak RSS. The register window then waits for the rest of the register and prints a second line, with
the phase "all_loaded" and the peak RSS with every risk in memory (what the memory benchmark reports). Then it leaves
at once (os._exit) so teardown is not timed.

The paint is QWidget.repaint() on the shown window: every widget on screen painted into the backing store, as the
first frame the user sees. (QWidget.grab() would also lay out the pages the window does not show, work done when
a page is first opened, not on start.)
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

STARTED = time.perf_counter()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _current_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: list[str]) -> int:
    mode, target, settings_folder = argv
    phases: dict[str, float] = {}

    def mark(name: str) -> None:
        phases[name] = round(time.perf_counter() - STARTED, 4)

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("bcm")
    app.setOrganizationName("bcm")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    mark("qt")
    rows = 0
    if mode == "empty":
        window = QMainWindow()
        window.resize(1360, 820)
        window.show()
    else:
        from bcm.context import Context
        from bcm.database import open_database
        from ui.app.main_window import RISKS_PAGE, MainWindow

        mark("imports")
        QSettings().setValue("main/workspace", RISKS_PAGE)  # someone who last worked on the registers
        database = open_database(target)
        mark("open_database")
        window = MainWindow(database, Context(database.sessions))
        mark("main_window")
        window.show()
        loop = QEventLoop()
        # Queued from the loader threads: cannot fire before exec.
        window.risks.firstRowsShown.connect(loop.quit)
        window.risks.loaded.connect(loop.quit)
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
        mark("loaded")
        rows = window.risks.model.rowCount()
    app.processEvents()
    window.repaint()  # paints every widget on screen into the window's backing store, now
    mark("painted")
    report = {"mode": mode, "phases": phases, "rows": rows, "peak_mb": round(_peak_mb(), 1),
              "rss_mb": round(_current_mb(), 1)}
    print(json.dumps(report), flush=True)
    if mode != "empty":
        if window.risks._loader.busy:  # the rest of a big register, read once its first rows are painted
            loop = QEventLoop()
            window.risks.loaded.connect(loop.quit)
            QTimer.singleShot(600_000, loop.quit)
            loop.exec()
        mark("all_loaded")
        report.update(phases=phases, all_rows=window.risks.model.rowCount(), peak_mb=round(_peak_mb(), 1),
                      rss_mb=round(_current_mb(), 1))
    print(json.dumps(report), flush=True)
    os._exit(0)  # leave background work (the automatic backup on opening) and teardown untimed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
