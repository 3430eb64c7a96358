"""The "Exercises and lessons" workspace, the exercise editor and the keyboard-first debrief capture."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.database import Database
from bcm.lesson_views import EventOption, LessonRow
from bcm.services import exercises, lessons
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.debrief_capture import DebriefCapture
from ui.app.exercise_editor import set_checked
from ui.app.lessons_workspace import LESSONS_TAB, THEMES_TAB, LessonsWorkspace
from ui.app.models.lesson_table import OPEN, LessonTableModel
from ui.app.models.observation_table import ObservationTableModel
from ui.app.models.rows import ROW_ROLE
from ui.app.models.theme_table import HIGHLIGHT_MARK, ThemeTableModel
from ui.app.signals import AppSignals

SHOTS = Path("/tmp/shots-lessons")


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    """A screenshot where tests keep them (BCM_SHOTS), and a copy in /tmp/shots-lessons to look at."""
    QApplication.processEvents()
    path = screenshot(widget, name, tmp_path)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path


@pytest.fixture
def workspace(qtbot: QtBot, demo_ctx: Context) -> LessonsWorkspace:
    widget = LessonsWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1360, 820)
    widget.open_url = lambda url: None  # never launch a PDF viewer from a test
    widget.show()
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.lesson_model.rowCount() > 0)
    return widget


def settled(qtbot: QtBot, workspace: LessonsWorkspace) -> None:
    """Every save reloads the workspace in the background: end a test once that load is shown (pytest-qt closes
    the widgets before any fixture teardown runs)."""
    qtbot.waitUntil(lambda: not workspace._loader.busy)


def open_capture(qtbot: QtBot, workspace: LessonsWorkspace, name: str) -> DebriefCapture:
    assert workspace.select_exercise(name)
    capture = workspace.capture_debrief()
    assert capture is not None
    qtbot.addWidget(capture)
    capture.activateWindow()
    qtbot.waitUntil(capture.isActiveWindow)
    return capture


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, workspace: LessonsWorkspace) -> None:
    for model in (workspace.exercise_model, workspace.exercise_proxy, workspace.lesson_model, workspace.lesson_proxy,
                  workspace.theme_model, workspace.theme_proxy):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    observations = ObservationTableModel()
    oak = lessons.find_event(workspace.ctx, "Exercise Mighty Oak")
    observations.set_rows([o for d in exercises.list_debriefs(workspace.ctx, oak) for o in d.observations])
    assert observations.rowCount() > 5
    qtmodeltester.check(observations)


def test_registered_in_the_main_window(qtbot: QtBot, demo_db: Database, demo_ctx: Context) -> None:
    from ui.app.main_window import WORKSPACES, MainWindow

    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    page = window.pages["Exercises and lessons"]
    assert isinstance(page, LessonsWorkspace)
    window.nav.setCurrentRow([title for title, _ in WORKSPACES].index("Exercises and lessons"))
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: not page._loader.busy)


def test_hot_debrief_by_keyboard_several_in_a_row(qtbot: QtBot, workspace: LessonsWorkspace,
                                                  tmp_path: Path) -> None:
    ctx = workspace.ctx
    exercises.create_exercise(ctx, exercises.ExerciseInput(
        name="Exercise Kestrel", kind="tabletop", held_on=date(2026, 11, 23), facilitator="Kwame Asante",
        objectives=["Run the cascade without mobiles", "Find people on powered equipment"]))
    with qtbot.waitSignal(workspace.loaded):
        workspace.reload()
    capture = open_capture(qtbot, workspace, "Exercise Kestrel")
    assert capture.current_debrief() is None  # straight after the exercise: a new hot debrief
    assert capture.text.hasFocus()
    typed = [
        ("Generator at Broadmeadow did not start", 2, "power, generators"),
        ("Loggist kept the decision log on paper", 3, "communications"),
        ("Radios reached every unit within 10 minutes", 1, "communications, call cascade"),
        ("Mosaic client list was a day old", 2, "mosaic"),
    ]
    for text, kind, themes in typed:
        qtbot.keyClicks(capture.text, text)
        qtbot.keyClick(capture.text, Qt.Key.Key_Tab)
        assert capture.themes.hasFocus()
        qtbot.keyClicks(capture.themes, themes)
        qtbot.keyClick(capture.themes, getattr(Qt.Key, f"Key_{kind}"), Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(capture.themes, Qt.Key.Key_Return)
        assert capture.text.text() == "" and capture.themes.text() == "" and capture.text.hasFocus()
        assert capture.problems.text() == ""
    assert capture.model.rowCount() == 4
    shot(capture, "debrief-capture", tmp_path)
    debriefs = exercises.list_debriefs(ctx, lessons.find_event(ctx, "Exercise Kestrel"))
    assert len(debriefs) == 1 and debriefs[0].kind == "hot" and debriefs[0].held_on == date(2026, 11, 23)
    assert debriefs[0].facilitator == "Kwame Asante"  # the exercise's facilitator, by default
    saved = [(o.text, o.kind, o.themes) for o in debriefs[0].observations]
    assert saved == [
        ("Generator at Broadmeadow did not start", "improvement", ("generators", "power")),
        ("Loggist kept the decision log on paper", "notable_practice", ("communications",)),
        ("Radios reached every unit within 10 minutes", "went_well", ("call cascade", "communications")),
        ("Mosaic client list was a day old", "improvement", ("mosaic",)),
    ]
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)  # nothing typed: said inline, nothing saved
    assert "type what was observed" in capture.problems.text() and capture.model.rowCount() == 4
    capture.rating_boxes[next(iter(capture.rating_boxes))].setCurrentIndex(1)  # Met
    detail = exercises.get_exercise(ctx, lessons.find_event(ctx, "Exercise Kestrel").id)
    assert detail.objectives[0].rating == "met"
    settled(qtbot, workspace)


def test_themes_complete_from_those_in_use(qtbot: QtBot, workspace: LessonsWorkspace) -> None:
    capture = open_capture(qtbot, workspace, "Exercise Mighty Oak")
    capture.debrief_box.setCurrentIndex(capture.debrief_box.count() - 1)  # a new debrief
    qtbot.keyClicks(capture.text, "Fuel bowser arrived late")
    capture.themes.setFocus()
    qtbot.keyClicks(capture.themes, "power, mos")
    popup = capture.themes.completer_.popup()
    assert popup.isVisible() and capture.themes.completer_.currentCompletion() == "mosaic"
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the popup has the keyboard while it is open
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert capture.themes.text() == "power, mosaic, " and not popup.isVisible()
    assert capture.model.rowCount() == 0  # Enter on a suggestion takes the theme; it does not save yet
    qtbot.keyClicks(capture.themes, "fu")
    popup.hide()
    qtbot.keyClick(capture.themes, Qt.Key.Key_Return)
    row = capture.model.rows()[-1]
    assert row.text == "Fuel bowser arrived late" and row.themes == ("fu", "mosaic", "power")
    settled(qtbot, workspace)


def test_lesson_filters(workspace: LessonsWorkspace) -> None:
    everything = workspace.lesson_proxy.rowCount()
    workspace.status_box.setCurrentIndex(workspace.status_box.findData("embedded"))
    assert {r.status for r in workspace.lesson_proxy.visible_rows()} == {"embedded"}
    workspace.status_box.setCurrentIndex(workspace.status_box.findData(OPEN))
    assert {r.status for r in workspace.lesson_proxy.visible_rows()} <= {"identified", "in_progress"}
    workspace.overdue_box.setChecked(True)
    overdue = workspace.lesson_proxy.visible_rows()
    assert overdue and all(r.overdue for r in overdue)
    index = workspace.lesson_proxy.index(0, LessonTableModel.DUE)
    assert "OVERDUE" in workspace.lesson_proxy.data(index)
    assert workspace.lesson_proxy.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    workspace.theme_box.setCurrentText("mosaic")
    assert all("mosaic" in r.themes for r in workspace.lesson_proxy.visible_rows())
    workspace.owner_box.setCurrentText("Neil Harcourt")
    assert {r.owner for r in workspace.lesson_proxy.visible_rows()} == {"Neil Harcourt"}
    for box in (workspace.status_box, workspace.theme_box, workspace.owner_box):
        box.setCurrentIndex(0)
    workspace.overdue_box.setChecked(False)
    assert workspace.lesson_proxy.rowCount() == everything


def test_move_a_recommendation_along_with_inline_errors(qtbot: QtBot, workspace: LessonsWorkspace,
                                                        tmp_path: Path) -> None:
    workspace.tabs.setCurrentIndex(LESSONS_TAB)
    row = next(r for r in workspace.lesson_model.rows() if r.recommendation.startswith("Print a weekly paper list"))
    text = row.recommendation
    assert row.status == "in_progress" and workspace.select_recommendation(text)
    assert workspace.implemented_button.isEnabled() and not workspace.embedded_button.isEnabled()
    workspace.ask_evidence = lambda r: "  "
    assert not workspace.move_selected("implemented")
    assert "evidence is required" in workspace.lesson_problems.text()
    shot(workspace, "lessons-inline-error", tmp_path)
    workspace.ask_evidence = lambda r: "Weekly list printed by Business Support from June 2023"
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.move_selected("implemented")
    assert workspace.select_recommendation(text)
    selected = workspace.selected_lesson()
    assert selected is not None and selected.status == "implemented" and workspace.embedded_button.isEnabled()

    offered: list[list[EventOption]] = []

    def pick(r: LessonRow, events: list[EventOption]) -> EventOption:
        offered.append(events)
        return events[-1]

    workspace.ask_verifier = pick
    with qtbot.waitSignal(workspace.loaded):
        assert workspace.move_selected("embedded")
    assert offered and all(e.held_on > row.event_date for e in offered[0])
    done = next(r for r in lessons.list_lessons(workspace.ctx) if r.recommendation == text)
    assert (done.status, done.verified_by) == ("embedded", offered[0][-1].name)


def test_embedded_with_no_later_event_is_refused_inline(qtbot: QtBot, workspace: LessonsWorkspace) -> None:
    latest = max(workspace.events, key=lambda e: e.held_on)
    lesson = lessons.add_lesson(workspace.ctx, latest.ref, "Fuel cards were not held by night staff", ["fuel"])
    rec = lessons.add_recommendation(workspace.ctx, lesson, "Issue fuel cards to night staff", "Mark Dunstan",
                                     date(2027, 1, 31))
    lessons.move_recommendation(workspace.ctx, rec, None, "in_progress")
    lessons.move_recommendation(workspace.ctx, rec, None, "implemented", evidence="Cards issued")
    with qtbot.waitSignal(workspace.loaded):
        workspace.reload()
    assert workspace.select_recommendation("Issue fuel cards to night staff")
    workspace.ask_verifier = lambda r, events: pytest.fail("nothing to offer")
    assert not workspace.move_selected("embedded")
    assert "only a later event" in workspace.lesson_problems.text()


def test_recurring_themes_are_highlighted_in_words_too(workspace: LessonsWorkspace, tmp_path: Path) -> None:
    workspace.tabs.setCurrentIndex(THEMES_TAB)
    expected = {r.name for r in lessons.recurring_themes(workspace.ctx) if r.highlight}
    proxy = workspace.theme_proxy
    marked = set()
    for r in range(proxy.rowCount()):
        row = proxy.data(proxy.index(r, 0), ROW_ROLE)
        flag = proxy.data(proxy.index(r, ThemeTableModel.FLAG))
        background = proxy.data(proxy.index(r, ThemeTableModel.THEME), Qt.ItemDataRole.BackgroundRole)
        if row.highlight:
            marked.add(row.name)
            assert flag == HIGHLIGHT_MARK and background is not None
        else:
            assert flag == "" and background is None
    assert marked == expected and marked
    first = proxy.data(proxy.index(0, 0), ROW_ROLE)
    assert first.highlight  # highlighted first
    assert first.name in workspace.theme_detail.toPlainText()
    shot(workspace, "lessons-themes", tmp_path)
    workspace.show_theme_lessons()
    assert workspace.tabs.currentIndex() == LESSONS_TAB
    assert all(first.name in r.themes for r in workspace.lesson_proxy.visible_rows())


def test_print_the_post_exercise_report(qtbot: QtBot, workspace: LessonsWorkspace, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    workspace.open_url = opened.append
    workspace.ask_pdf_path = lambda name: str(tmp_path / name)
    assert workspace.select_exercise("Exercise Mighty Oak")
    with qtbot.waitSignal(workspace.reportPrinted, timeout=20000) as printed:
        workspace.print_report()
    path = printed.args[0]
    assert path.name == "Post-exercise report - Exercise Mighty Oak.pdf"
    assert opened and opened[0].toLocalFile() == str(path)
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    assert "Exercise Mighty Oak" in text and "Partially met" in text


def test_exercise_editor_creates_and_edits(qtbot: QtBot, workspace: LessonsWorkspace, tmp_path: Path) -> None:
    editor = workspace.new_exercise()
    qtbot.addWidget(editor)
    editor.save()
    assert "name" in editor.problems.text() and "border" in editor.name.styleSheet()
    qtbot.keyClicks(editor.name, "Exercise Osprey")
    editor.kind.setCurrentIndex(editor.kind.findData("call_cascade_test"))
    editor.scenario.setPlainText("No-notice cascade test at 07:30")
    editor.facilitator.setCurrentText("Megan Pryce")
    for objective in ("Reach 90% of contacts in 60 minutes", "Confirm out-of-hours numbers"):
        qtbot.keyClicks(editor.objective_text, objective)
        qtbot.keyClick(editor.objective_text, Qt.Key.Key_Return)  # adds the objective, does not save the dialog
    assert editor.objectives.rowCount() == 2 and editor.isVisible()
    set_checked(editor.participants, ["Kwame Asante", "Owen Treharne"])
    set_checked(editor.plans, ["AMHP Service"])
    editor.tabs.setCurrentIndex(1)
    shot(editor, "exercise-editor", tmp_path)
    with qtbot.waitSignal(workspace.loaded):
        editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    assert workspace.select_exercise("Exercise Osprey")
    edit = workspace.edit_exercise()
    assert edit is not None
    qtbot.addWidget(edit)
    rating = edit.objectives.cellWidget(0, 1)
    rating.setCurrentIndex(rating.findData("partially_met"))  # type: ignore[union-attr]
    with qtbot.waitSignal(workspace.loaded):
        edit.save()
    detail = exercises.get_exercise(workspace.ctx, edit.exercise_id)  # type: ignore[arg-type]
    assert detail.kind == "call_cascade_test" and detail.participants == ("Kwame Asante", "Owen Treharne")
    assert detail.plans_tested == ("AMHP Service",)
    assert [(o.text, o.rating) for o in detail.objectives] == [
        ("Reach 90% of contacts in 60 minutes", "partially_met"), ("Confirm out-of-hours numbers", None)]
    assert "Partially met" in workspace.exercise_detail.toPlainText()


def test_add_lesson_and_recommendation_dialogs(qtbot: QtBot, workspace: LessonsWorkspace) -> None:
    assert workspace.select_exercise("Exercise Lemur")
    dialog = workspace.add_lesson()
    qtbot.addWidget(dialog)
    assert "Exercise Lemur" in dialog.event_box.currentText()
    dialog.text.setPlainText("Rota disconnection blocks are not in the plans")
    qtbot.keyClicks(dialog.themes, "power, Rota Disconnection")
    with qtbot.waitSignal(workspace.loaded):
        qtbot.keyClick(dialog.themes, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    workspace.tabs.setCurrentIndex(LESSONS_TAB)
    row = next(r for r in workspace.lesson_model.rows() if r.lesson.startswith("Rota disconnection"))
    assert row.themes == ("power", "rota disconnection") and row.recommendation_id is None
    workspace._select(workspace.lesson_table, lambda r: r == row)
    rec = workspace.add_recommendation()
    assert rec is not None
    qtbot.addWidget(rec)
    rec.text.setPlainText("Record the block letter for every premises")
    rec.save()
    assert "owner" in rec.problems.text() and rec.isVisible()
    rec.owner.setCurrentText("Priya Raman")
    rec.plan.setCurrentText("In-house Residential Services")
    with qtbot.waitSignal(workspace.loaded):
        rec.save()
    made = next(r for r in lessons.list_lessons(workspace.ctx) if r.recommendation.startswith("Record the block"))
    assert (made.owner, made.plan, made.status) == ("Priya Raman", "In-house Residential Services", "identified")


def test_workspace_screenshots(qtbot: QtBot, workspace: LessonsWorkspace, tmp_path: Path) -> None:
    assert workspace.select_exercise("Exercise Mighty Oak")
    assert "Exercise Mighty Oak" in workspace.exercise_detail.toPlainText()
    shot(workspace, "lessons-exercises", tmp_path)
    workspace.tabs.setCurrentIndex(LESSONS_TAB)
    shot(workspace, "lessons-recommendations", tmp_path)
    capture = open_capture(qtbot, workspace, "Exercise Mighty Oak")
    assert capture.model.rowCount() > 0  # long after the exercise: opens on the latest debrief
    shot(capture, "debrief-capture-demo", tmp_path)


def test_an_incident_is_debriefed_the_same_way(qtbot: QtBot, workspace: LessonsWorkspace) -> None:
    workspace.ask_incident = lambda incidents: next(e for e in incidents if e.name == "Fuel supply crisis")
    capture = workspace.capture_incident_debrief()
    assert capture is not None
    qtbot.addWidget(capture)
    capture.debrief_box.setCurrentIndex(capture.debrief_box.count() - 1)  # a new one
    capture.debrief_kind.setCurrentIndex(capture.debrief_kind.findData("post_incident"))
    capture.text.setText("Essential user letters arrived on day 4")
    capture.themes.setText("fuel")
    capture.save()
    incident = lessons.find_event(workspace.ctx, "Fuel supply crisis")
    latest = exercises.list_debriefs(workspace.ctx, incident)[-1]
    assert latest.kind == "post_incident" and [o.text for o in latest.observations] == [
        "Essential user letters arrived on day 4"]
    settled(qtbot, workspace)
