"""Incident mode through the real widgets: start, log fast by keyboard, late entries, corrections, cards,
sitreps, stand down."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.services import incidents
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.incidents.start_dialog import StartIncidentDialog
from ui.app.incidents.workspace import IncidentsWorkspace
from ui.app.models.log_table import LogTableModel
from ui.app.signals import AppSignals

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves on: the incident runs at 02:00 and the RTOs tick by."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def ctx(demo_ctx: Context, clock: Clock) -> Context:
    return Context(demo_ctx.sessions, user="on.call", clock=clock)


@pytest.fixture
def workspace(qtbot: QtBot, ctx: Context) -> IncidentsWorkspace:
    widget = IncidentsWorkspace(ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def start_power_cut(qtbot: QtBot, workspace: IncidentsWorkspace) -> None:
    dialog = StartIncidentDialog(workspace.ctx, workspace)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Storm: power cut across Thanet")
    dialog.disruptions["power"].setChecked(True)
    assert "In-house Residential Services" in dialog.chosen_services()
    dialog.lead.setCurrentText("Kwame Asante")
    dialog.opel.setCurrentIndex(2)
    dialog.start()
    assert dialog.incident_id is not None, dialog.problems.text()
    workspace._started(dialog.incident_id)


def test_start_an_incident_and_see_the_recovery_clock(qtbot: QtBot, workspace: IncidentsWorkspace, clock: Clock,
                                                      tmp_path: Path) -> None:
    start_power_cut(qtbot, workspace)
    screen = workspace.screen
    assert "Storm: power cut across Thanet" in screen.heading.text()
    assert screen.me.currentText() == "Kwame Asante"
    rtos = [float(screen.clock.item(r, 0).text().split()[0]) for r in range(screen.clock.rowCount())]
    assert rtos == sorted(rtos) and rtos
    assert all(screen.clock.item(r, 2).text() == "WITHIN" for r in range(screen.clock.rowCount()))
    clock.now = T0 + timedelta(hours=max(rtos[0], 1) * 1.01)
    screen.refresh()
    assert screen.clock.item(0, 2).text() == "BREACHED"
    assert "RTOs breached" in screen.heading.text()
    screen.tabs.setCurrentIndex(1)
    qtbot.wait(20)  # laid out, as the event loop would have it
    screenshot(workspace, "incident-clock", tmp_path)


def test_fast_keyboard_logging_with_decisions_and_late_entries(qtbot: QtBot, workspace: IncidentsWorkspace,
                                                               clock: Clock, tmp_path: Path) -> None:
    start_power_cut(qtbot, workspace)
    log = workspace.screen.log
    clock.now = T0 + timedelta(minutes=5)
    log.reset_time()
    qtbot.keyClicks(log.text, "Power lost at three in-house units")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    qtbot.keyClick(log, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert log.kind.currentData() == "decision"
    qtbot.keyClicks(log.text, "Invoke the residential BCP")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    assert "rationale" in log.problems.text()  # refused, nothing written
    qtbot.keyClicks(log.rationale, "Three homes without power, overnight")
    qtbot.keyClick(log.rationale, Qt.Key.Key_Return)
    assert log.model.rowCount() == 2
    clock.now = T0 + timedelta(minutes=50)
    log.event_time.setDateTime(log.event_time.dateTime().addSecs(-40 * 60))  # event at 02:10, logged at 02:50
    log.kind.setCurrentIndex(0)
    asked: list[str] = []
    log.ask_late_reason = lambda message: asked.append(message) or "Loggist was on the phone to the generator firm"
    qtbot.keyClicks(log.text, "Generator started at Wayfarers")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    assert asked and "minutes after the event" in asked[0]
    detail = incidents.incident_detail(workspace.ctx, workspace.screen.incident_id)  # type: ignore[arg-type]
    assert [e.kind for e in detail.log] == ["information", "decision", "information"]
    assert detail.log[2].late_reason == "Loggist was on the phone to the generator firm"
    log.table.selectRow(0)
    log.start_correction()
    qtbot.keyClicks(log.text, "four units, not three")
    qtbot.keyClick(log.text, Qt.Key.Key_Return)
    detail = incidents.incident_detail(workspace.ctx, workspace.screen.incident_id)  # type: ignore[arg-type]
    assert detail.log[3].corrects == 1 and detail.log[0].corrected_by == (4,)
    assert "corrected by entry 4" in log.model.index(0, LogTableModel.ENTRY).data()
    log.filter.setCurrentIndex(2)  # decisions only
    assert log.model.rowCount() == 1
    qtbot.wait(20)  # laid out, as the event loop would have it
    screenshot(workspace, "incident-log", tmp_path)


def test_ticking_card_steps_sitreps_and_stand_down(qtbot: QtBot, workspace: IncidentsWorkspace, clock: Clock,
                                                  tmp_path: Path) -> None:
    start_power_cut(qtbot, workspace)
    screen = workspace.screen
    clock.now = T0 + timedelta(minutes=12)
    step = screen.cards.topLevelItem(0).child(0)
    step.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "Kwame Asante at" in screen.cards.topLevelItem(0).child(0).text(3))
    screen.sitrep_service.setCurrentText("Kent Enablement at Home")
    screen.sitrep_staffing.setValue(60)
    screen.record_sitrep()
    assert screen.sitreps.item(0, 3).text() == "AMBER"
    screen.opel_level.setCurrentIndex(2)
    screen.opel_reason.setText("Fuel for generators running low")
    screen.change_opel()
    assert screen.opel.item(0, 1).text().startswith("3")
    screen.tabs.setCurrentIndex(2)
    qtbot.wait(20)  # laid out, as the event loop would have it
    screenshot(workspace, "incident-cards", tmp_path)
    screen.ask_note = lambda _title, _prompt: "Power restored to all units at 06:10"
    screen.stand_down()
    assert not screen.log.log_button.isEnabled() and screen.note_button.isEnabled()
    qtbot.waitUntil(lambda: "stood down" in workspace.list.item(0).text())  # the list is read again on a worker


def test_the_live_incident_is_open_when_the_workspace_opens(qtbot: QtBot, workspace: IncidentsWorkspace,
                                                            ctx: Context) -> None:
    """On the day, Incidents opens on the incident being run; with none live, on the list to start or pick one."""
    live = [row for row in incidents.list_incidents(ctx) if row.status == "active"]
    for row in live:  # the demo's own, if any: stood down, so this test starts from none live
        incidents.stand_down(ctx, row.id, "stood down for the test")
    again = IncidentsWorkspace(ctx, AppSignals())
    qtbot.addWidget(again)
    assert again.pages.currentIndex() == 0 and again.list.currentItem() is None
    start_power_cut(qtbot, workspace)
    opened = IncidentsWorkspace(ctx, AppSignals())
    qtbot.addWidget(opened)
    assert opened.pages.currentIndex() == 1
    assert opened.screen.incident_id == workspace.screen.incident_id
    assert "Storm: power cut across Thanet" in opened.screen.heading.text()


def test_the_30_second_tick_reads_off_the_gui_thread_and_keeps_the_users_place_in_the_cards(
        qtbot: QtBot, workspace: IncidentsWorkspace, clock: Clock) -> None:
    """Every 30 s the clock moves on: read on a worker (35-60 ms at county scale, while someone types into the
    log), then shown. The cards keep what the user folded, the step they were on and how far down they were."""
    from ui.app.incidents.incident_screen import STEP_ROLE

    start_power_cut(qtbot, workspace)
    screen = workspace.screen
    screen.tabs.setCurrentIndex(2)
    workspace.resize(1000, 420)
    qtbot.wait(20)
    cards = screen.cards
    assert cards.topLevelItemCount() >= 3
    cards.topLevelItem(0).setExpanded(False)
    step = cards.topLevelItem(cards.topLevelItemCount() - 1).child(0)
    step_id = step.data(0, STEP_ROLE)
    cards.setCurrentItem(step)
    cards.scrollToItem(step)
    qtbot.wait(20)
    top = cards.itemAt(0, 0).text(0)
    assert top != cards.topLevelItem(0).text(0)  # scrolled down
    heading = screen.heading.text()
    clock.now = T0 + timedelta(hours=3)
    screen.timer.timeout.emit()
    assert screen._ticking.busy and screen.heading.text() == heading  # read on a worker: nothing shown yet
    qtbot.waitUntil(lambda: screen.heading.text() != heading)
    assert "3h 00m elapsed" in screen.heading.text()
    qtbot.wait(20)
    assert not cards.topLevelItem(0).isExpanded() and cards.topLevelItem(1).isExpanded()
    assert cards.currentItem().data(0, STEP_ROLE) == step_id
    assert cards.itemAt(0, 0).text(0) == top
    screen.timer.timeout.emit()
    screen.refresh()  # what the user does is shown at once; the tick's read, older, is dropped
    assert not screen._ticking.busy


def test_a_folded_card_holding_the_current_step_stays_folded(qtbot: QtBot, workspace: IncidentsWorkspace) -> None:
    start_power_cut(qtbot, workspace)
    screen = workspace.screen
    screen.tabs.setCurrentIndex(2)
    qtbot.wait(20)
    card = screen.cards.topLevelItem(0)
    screen.cards.setCurrentItem(card.child(1))
    card.setExpanded(False)  # folded with its arrow: its step is still the current one
    screen.refresh()
    assert not screen.cards.topLevelItem(0).isExpanded()
    assert screen.cards.currentItem().text(0) == screen.cards.topLevelItem(0).child(1).text(0)


def test_an_entry_a_sync_brings_in_is_shown_without_waiting_for_the_tick(qtbot: QtBot, workspace: IncidentsWorkspace,
                                                                        ctx: Context) -> None:
    """Another laptop's entry, brought in by a sync: the open incident and the list are read again off the GUI
    thread at once, not at the next 30 s tick."""
    start_power_cut(qtbot, workspace)
    screen = workspace.screen
    assert screen.incident_id is not None
    incidents.add_log_entry(ctx, screen.incident_id, "information", "From the other laptop: rest centre open")
    workspace.signals.changed.emit("incidents")  # as the sync says what it brought in
    assert workspace._listing.busy and screen._ticking.busy  # both read on workers
    qtbot.waitUntil(lambda: any(e.text == "From the other laptop: rest centre open"
                                for e in screen.log.model.rows()))
    qtbot.waitUntil(lambda: not workspace._listing.busy)
    assert workspace.list.count() >= 1 and workspace.list.currentItem() is not None
