"""The incident log panel on a long log: the latest entries at once and the rest behind them, then only what is new;
one line per entry, the selected entry in full below."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.services import incidents
from db.models import LogEntry
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.incidents import log_panel
from ui.app.incidents.incident_screen import IncidentScreen
from ui.app.models.log_table import LogTableModel

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def at(ctx: Context, minutes: int) -> Context:
    return Context(ctx.sessions, user="loggist", clock=lambda: T0 + timedelta(minutes=minutes))


@pytest.fixture
def incident(demo_ctx: Context) -> uuid.UUID:
    """A power cut with twelve entries logged, entry 10 correcting entry 2, every third one a decision."""
    ctx = at(demo_ctx, 0)
    incident_id = incidents.start_incident(ctx, "Storm: power cut", ["power"], "Kwame Asante",
                                           incidents.suggested_services(ctx, ["power"])[:2])
    second: uuid.UUID | None = None
    for n in range(1, 13):
        moment = at(demo_ctx, n)
        decision = n % 3 == 0
        incidents.add_log_entry(moment, incident_id, "decision" if decision else "information", f"Entry number {n}",
                                rationale="Because it had to be done" if decision else None,
                                corrects=second if n == 10 else None)
        if n == 2:
            second = incidents.log_entries(moment, incident_id)[-1].id
    return incident_id


@pytest.fixture
def screen(qtbot: QtBot, demo_ctx: Context, monkeypatch: pytest.MonkeyPatch) -> IncidentScreen:
    monkeypatch.setattr(log_panel, "FIRST_ENTRIES", 5)  # twelve entries make a long log
    widget = IncidentScreen(at(demo_ctx, 20))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def shown(screen: IncidentScreen) -> list[int]:
    return [int(screen.log.model.index(r, LogTableModel.NUMBER).data()) for r in range(screen.log.model.rowCount())]


def test_the_latest_entries_at_once_then_the_rest(qtbot: QtBot, screen: IncidentScreen, incident: uuid.UUID,
                                                  tmp_path: Path) -> None:
    screen.show_incident(incident)
    assert shown(screen) == [8, 9, 10, 11, 12]  # at once
    assert "reading the earlier ones" in screen.log.loading.text()
    screen.log.table.selectRow(2)
    assert "corrects entry 2" in screen.log.selected_entry.text()  # an entry not read yet, named by its number
    screen.log.table.clearSelection()
    qtbot.waitUntil(lambda: shown(screen) == list(range(1, 13)))
    assert screen.log.loading.isHidden() and screen.log.complete
    second = screen.log.model.index(1, LogTableModel.ENTRY).data()
    assert "Entry number 2" in second and "corrected by entry 10" in second
    screen.log.table.selectRow(9)
    assert "Entry 10" in screen.log.selected_entry.text() and "corrects entry 2" in screen.log.selected_entry.text()
    qtbot.wait(20)  # laid out again
    screenshot(screen, "incident-log-long", tmp_path)


def test_what_is_logged_while_the_rest_is_read_is_kept(qtbot: QtBot, screen: IncidentScreen, incident: uuid.UUID,
                                                      demo_ctx: Context) -> None:
    """An entry logged while the earlier ones are still being read is shown once, after them, with what it corrects
    marked, not lost or doubled when the whole log arrives."""
    screen.show_incident(incident)
    assert not screen.log.complete
    first = screen.log.entries[0]  # entry 8, shown at once
    incidents.add_log_entry(at(demo_ctx, 21), incident, "information", "Power back at the depot", corrects=first.id)
    screen.refresh()  # as the half-minute timer does: what is new is added at once
    assert shown(screen)[-1] == 13
    qtbot.waitUntil(lambda: screen.log.complete)
    assert shown(screen) == list(range(1, 14))
    assert "corrected by entry 13" in screen.log.model.index(7, LogTableModel.ENTRY).data()


def test_what_is_logged_is_added_without_reading_the_log_again(qtbot: QtBot, screen: IncidentScreen,
                                                              incident: uuid.UUID,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    screen.show_incident(incident)
    qtbot.waitUntil(lambda: screen.log.complete)
    asked: list[dict[str, Any]] = []
    read = incidents.log_entries

    def recorded(ctx: Context, incident_id: uuid.UUID, **kw: Any) -> Any:
        asked.append(kw)
        return read(ctx, incident_id, **kw)

    monkeypatch.setattr(log_panel, "log_entries", recorded)
    log = screen.log
    log.table.selectRow(3)
    log.start_correction()
    qtbot.keyClicks(log.text, "it was four, not three")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    assert asked == [{"after": 12}]  # only what is new
    assert shown(screen)[-1] == 13
    assert "corrected by entry 13" in log.model.index(3, LogTableModel.ENTRY).data()
    log.filter.setCurrentIndex(log.filter.findData("decision"))
    assert shown(screen) == [3, 6, 9, 12]
    screen.refresh()  # as the half-minute timer does
    assert asked == [{"after": 12}, {"after": 13}]


def test_the_log_model(qtmodeltester: ModelTester, demo_ctx: Context, incident: uuid.UUID) -> None:
    model = LogTableModel()
    model.set_rows(incidents.log_entries(demo_ctx, incident))
    qtmodeltester.check(model)
    assert model.index(2, LogTableModel.KIND).data() == "Decision"
    assert "Rationale: Because it had to be done" in model.index(2, LogTableModel.ENTRY).data()
    assert "Entry 3 · Decision" in model.index(2, LogTableModel.ENTRY).data(Qt.ItemDataRole.ToolTipRole)


def merged_from_another_laptop(ctx: Context, incident_id: uuid.UUID, sequence: int, text: str,
                               corrects: uuid.UUID | None = None) -> uuid.UUID:
    """An entry as a sync merge brings it: numbered on the other laptop, so its number may already be taken here."""
    with ctx.unit_of_work() as session:
        entry = LogEntry(incident_id=incident_id, sequence=sequence, logged_at=T0 + timedelta(minutes=15),
                         event_at=T0 + timedelta(minutes=15), kind="information", text=text, corrects_id=corrects)
        session.add(entry)
        session.flush()
        return entry.id


def test_entries_merged_out_of_turn_are_shown_and_corrections_marked_on_the_right_one(
        qtbot: QtBot, screen: IncidentScreen, incident: uuid.UUID, demo_ctx: Context) -> None:
    screen.show_incident(incident)
    qtbot.waitUntil(lambda: screen.log.complete and not screen.log._rest.busy)
    theirs = merged_from_another_laptop(demo_ctx, incident, 3, "Their entry 3: fuel bowser on its way")
    merged_from_another_laptop(demo_ctx, incident, 4, "Their entry 4: bowser was for Wayfarers", corrects=theirs)
    screen.refresh()  # as the half-minute timer does
    texts = lambda: [e.text for e in screen.log.model.rows()]  # noqa: E731
    qtbot.waitUntil(lambda: "Their entry 4: bowser was for Wayfarers" in texts())
    assert len(screen.log.model.rows()) == 14
    ours, their = (next(e for e in screen.log.model.rows() if e.sequence == 3 and e.text.startswith(start))
                   for start in ("Entry number 3", "Their entry 3"))
    assert their.corrected_by == (4,) and ours.corrected_by == ()  # the one it corrects, not the other number 3


def test_an_entry_merged_before_the_ticks_count_is_shown_though_another_came_in_after_it(
        qtbot: QtBot, screen: IncidentScreen, incident: uuid.UUID, demo_ctx: Context) -> None:
    """The 30 s tick counts the log on a worker; an entry logged elsewhere between that count and its showing is
    read as new, and then the log is counted again: the count alone would match and hide the merged one."""
    screen.show_incident(incident)
    qtbot.waitUntil(lambda: screen.log.complete and not screen.log._rest.busy)
    merged_from_another_laptop(demo_ctx, incident, 5, "Their entry 5: sandbags at Thanet Way")
    detail = incidents.incident_detail(demo_ctx, incident, with_log=False)  # the tick's read, on its worker
    incidents.add_log_entry(at(demo_ctx, 40), incident, "information", "Logged on the CLI meanwhile")
    screen._ticked(detail)
    texts = lambda: [e.text for e in screen.log.model.rows()]  # noqa: E731
    qtbot.waitUntil(lambda: "Their entry 5: sandbags at Thanet Way" in texts())
    assert "Logged on the CLI meanwhile" in texts() and len(texts()) == incidents.log_size(demo_ctx, incident)


def test_the_end_of_the_log_is_followed_until_the_user_scrolls_up(qtbot: QtBot, screen: IncidentScreen,
                                                                 incident: uuid.UUID, demo_ctx: Context) -> None:
    for n in range(13, 61):  # enough to scroll
        incidents.add_log_entry(at(demo_ctx, n), incident, "information", f"Entry number {n}")
    screen.resize(1300, 600)
    screen.show_incident(incident)
    log = screen.log
    bar = log.table.verticalScrollBar()
    qtbot.waitUntil(lambda: log.complete)
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # still at the end once the whole log is in

    def last_visible() -> int:
        return int(log.model.index(log.table.rowAt(log.table.viewport().height() - 2), 0).data())

    assert last_visible() == 60
    log.text.setText("Generator running at Wayfarers")
    assert log.submit()
    assert last_visible() == 61  # followed
    bar.setValue(0)  # the user scrolls up to read the first hours
    log.text.setText("Fuel delivered")
    assert log.submit()
    assert bar.value() == 0 and log.model.rowCount() == 62  # left where they were reading
    bar.setValue(bar.maximum())
    log.text.setText("Power back at Wayfarers")
    assert log.submit()
    assert last_visible() == 63
