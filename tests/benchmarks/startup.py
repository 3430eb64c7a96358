"""The child process of the start-up and memory benchmarks: start, show a window, paint it, say so on stdout.

    python -m tests.benchmarks.startup register DB SETTINGS_FOLDER   # the app on the Risk registers workspace
    python -m tests.benchmarks.startup register DB SETTINGS_FOLDER answering   # ... until it first handles input
    python -m tests.benchmarks.startup empty - SETTINGS_FOLDER       # the baseline: an empty QMainWindow

The register child starts as the app starts (ui.cli.main, ui.app.launch): the register's first rows read from the file
while Qt loads, the first frame painted from them,
then the database opened and the main window shown in its place. It prints one JSON line at each milestone, as it
reaches it: "first_frame" once the first frame is painted, "answering" once it has first handled input (while the
rest of the app is imported; the longest it left input waiting until the main window was up is reported as the
phase "longest_wait"), "working" once the main window is shown in its place
with the same first rows (or, with no first frame, once it has read its own first rows: a big register's
highest-scored risks, or the whole of a small one) and painted, and a last line
once every risk is loaded, with the phases it went through and its peak RSS (what the memory benchmark reports).
The empty child prints "working" once its window is painted, then the last line. Then it leaves at once (os._exit)
so teardown is not timed.

The paint is the shown window's first exposure, handled by processEvents: every widget on screen painted into the
backing store, as the first frame the user sees (then QWidget.repaint(), for the empty window and the main window;
before the exposure, repaint() paints nothing). QWidget.grab() would also lay out the pages the window does not
show, work done when a page is first opened, not on start.
"""

from __future__ import annotations

import itertools
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
    mode, target, settings_folder, *until = argv  # until "answering": leave once the first frame has handled input
    phases: dict[str, float] = {}

    def mark(name: str) -> None:
        phases[name] = round(time.perf_counter() - STARTED, 4)

    reading = None
    if mode == "register":  # as `bcm` starts the app (ui.cli.main): the first rows read while Qt loads
        from ui.cli.main import start_desktop

        reading = start_desktop(target)
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("bcm")
    app.setOrganizationName("bcm")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    mark("qt")

    def say(milestone: str, **more: object) -> None:
        print(json.dumps({"milestone": milestone, "phases": phases, "peak_mb": round(_peak_mb(), 1),
                          "rss_mb": round(_current_mb(), 1), **more}), flush=True)

    if mode == "empty":
        window = QMainWindow()
        window.resize(1360, 820)
        window.show()
        app.processEvents()
        window.repaint()
        mark("painted")
        say("working")
        say("done")
        os._exit(0)

    from ui.app.first_frame import show_first_frame
    from ui.app.launch import start
    from ui.app.window_frame import RISKS_PAGE

    QSettings().setValue("main/workspace", RISKS_PAGE)  # someone who last worked on the registers
    frame = show_first_frame(target, reading)  # shown and painted
    mark("first_frame")
    say("first_frame", rows=frame.register.model.rowCount() if frame is not None else 0)
    # How soon, and how promptly, the first frame handles input while the rest of the app is imported: a timer due
    # at once runs each time Qt looks at its events, as a keystroke or a scroll would be handled then.
    looked: list[float] = [time.perf_counter()]

    def look() -> None:
        looked.append(time.perf_counter())
        if len(looked) == 2:
            mark("answering")
            say("answering")
            if until == ["answering"]:
                os._exit(0)

    ticking = QTimer()
    ticking.setInterval(0)
    ticking.timeout.connect(look)
    if frame is not None:
        ticking.start()
    main_window = start(target, frame)
    assert main_window is not None, "the database did not open"
    window = main_window
    mark("main_window")
    ticking.stop()
    if frame is not None:
        looked.append(time.perf_counter())  # the main window is up: the wait until then counts too
        phases["longest_wait"] = round(max(b - a for a, b in itertools.pairwise(looked)), 4)
    if window.risks.model.rowCount() == 0:  # no first frame was shown: the window reads its own first rows
        loop = QEventLoop()
        # Queued from the loader threads: cannot fire before exec.
        window.risks.firstRowsShown.connect(loop.quit)
        window.risks.loaded.connect(loop.quit)
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
    mark("loaded")
    app.processEvents()
    window.repaint()
    mark("painted")
    say("working", rows=window.risks.model.rowCount())
    if window.risks._loader.busy:  # the rest of a big register, read once its first rows are painted
        loop = QEventLoop()
        window.risks.loaded.connect(loop.quit)
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
    mark("all_loaded")
    say("done", all_rows=window.risks.model.rowCount())
    os._exit(0)  # leave background work (the automatic backup on opening) and teardown untimed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
