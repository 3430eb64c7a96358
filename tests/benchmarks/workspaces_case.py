"""Opening the Dashboard, Business continuity and People and services workspaces at scale (registered in cases.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

from tests.benchmarks.cases import Bench, Result, timed

_OPEN = "r.status = 'open' AND r.deleted_at IS NULL"
_OPEN_ACTION = f"a.status IN ('open', 'in_progress') AND a.deleted_at IS NULL AND {_OPEN}"
# What the Dashboard shows: counts, and each list's first 100 (bcm.dashboard.LISTED) with how many in all.
_DASHBOARD_SQL = (
    "SELECT g.name, r.current_likelihood * r.current_impact, count(*) FROM risks r JOIN risk_registers g "
    f"ON g.id = r.register_id WHERE {_OPEN} GROUP BY 1, 2",
    "SELECT count(CASE WHEN next_review < date('now') THEN 1 END), count(CASE WHEN next_review >= date('now') "
    f"THEN 1 END) FROM risks r WHERE {_OPEN} AND r.next_review <= date('now', '+30 days')",
    "SELECT r.id, r.ref, r.title, p.name, r.next_review FROM risks r LEFT JOIN people p ON p.id = r.owner_id "
    f"WHERE {_OPEN} AND r.next_review < date('now') ORDER BY r.next_review, r.ref LIMIT 100",
    "SELECT r.id, r.ref, r.title, p.name, r.next_review FROM risks r LEFT JOIN people p ON p.id = r.owner_id "
    f"WHERE {_OPEN} AND r.next_review >= date('now') AND r.next_review <= date('now', '+30 days') "
    "ORDER BY r.next_review, r.ref LIMIT 100",
    # The overdue actions, and how many open actions and recommendations each owner holds: an owner's own are read
    # only when opened.
    f"SELECT count(*) FROM risk_actions a JOIN risks r ON r.id = a.risk_id WHERE {_OPEN_ACTION} "
    "AND a.due_on < date('now')",
    "SELECT a.risk_id, r.ref, a.description, p.name, a.due_on FROM risk_actions a JOIN risks r ON r.id = a.risk_id "
    f"LEFT JOIN people p ON p.id = a.owner_id WHERE {_OPEN_ACTION} AND a.due_on < date('now') "
    "ORDER BY a.due_on, r.ref LIMIT 100",
    "SELECT p.name, count(*) FROM risk_actions a JOIN risks r ON r.id = a.risk_id LEFT JOIN people p "
    f"ON p.id = a.owner_id WHERE {_OPEN_ACTION} GROUP BY p.name",
    "SELECT p.name, count(*) FROM recommendations c JOIN lessons l ON l.id = c.lesson_id LEFT JOIN people p "
    "ON p.id = c.owner_id WHERE c.status IN ('identified', 'in_progress') AND c.deleted_at IS NULL "
    "AND l.deleted_at IS NULL GROUP BY p.name",
)
_PLANS_SQL = (
    "SELECT s.id, p.id, s.name, s.short_name, s.division, s.locality, m.name, p.status, p.current_version, "
    "o.name, p.next_review, p.last_exercised FROM services s LEFT JOIN plans p ON p.service_id = s.id AND "
    "p.deleted_at IS NULL LEFT JOIN people o ON o.id = p.owner_id LEFT JOIN people m ON m.id = s.manager_id "
    "WHERE s.deleted_at IS NULL ORDER BY s.name",
)
_PEOPLE_SQL = (
    "SELECT * FROM people WHERE deleted_at IS NULL ORDER BY lower(name)",
    "SELECT s.*, m.name, p.status, p.next_review FROM services s LEFT JOIN people m ON m.id = s.manager_id "
    "LEFT JOIN plans p ON p.service_id = s.id AND p.deleted_at IS NULL WHERE s.deleted_at IS NULL ORDER BY s.name",
    "SELECT DISTINCT division FROM services WHERE deleted_at IS NULL",
)


def open_workspaces(bench: Bench) -> list[Result]:
    """From building the page to it painted with everything it shows (as when first chosen in the main window),
    beside reading what it shows with raw sqlite3. The issue sets no target for these: an absolute 2 s is used, the
    register window's."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.app.dashboard import DashboardWidget
    from ui.app.people_workspace import PeopleWorkspace
    from ui.app.plans_workspace import PlansWorkspace
    from ui.app.signals import AppSignals

    app = QApplication.instance()
    assert app is not None

    def opening(build: Callable[..., QWidget]) -> float:
        started = time.perf_counter()
        widget = build(bench.ctx, AppSignals())
        widget.resize(1360, 820)
        widget.show()
        loop = QEventLoop()
        widget.loaded.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
        app.processEvents()
        widget.repaint()
        elapsed = time.perf_counter() - started
        widget.close()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone, with what it held, before the next
        app.processEvents()
        return elapsed

    def raw(queries: tuple[str, ...]) -> None:
        for sql in queries:
            bench.raw.execute(sql).fetchall()

    results = []
    for name, build, queries in (("open the Dashboard", DashboardWidget, _DASHBOARD_SQL),
                                 ("open Business continuity (plans)", PlansWorkspace, _PLANS_SQL),
                                 ("open People and services", PeopleWorkspace, _PEOPLE_SQL)):
        opening(build)  # untimed: imports and the file system's cache
        samples = [opening(build) for _ in range(bench.runs)]
        baseline = [timed(lambda q=queries: raw(q)) for _ in range(bench.runs)]
        results.append(Result(name, "s", samples, baseline, "reading what it shows with raw sqlite3", max_value=2,
                              notes=["built, loaded off the GUI thread and painted, its modules already imported"]))
    return results
