"""A recommendation that names a risk or plan shows on that risk and plan, on the dashboard and in its owner's list
of actions, overdue after its due date; it can be re-assigned and re-dated from Exercises and lessons. Driven
through the real widgets on the demo database (the clock says 23/11/2026, so every open demo recommendation is
overdue)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bcm.context import Context
from bcm.database import Database
from bcm.lesson_rules import OPEN_STATUSES
from bcm.lesson_views import LessonRow
from bcm.people_views import RECOMMENDATIONS
from bcm.services import lessons, risks
from bcm.services import plan_editing as pe
from tests.gui_helpers import isolate_settings, screenshot
from ui.app.dashboard import RECOMMENDATION_ROLE, DashboardWidget
from ui.app.lessons_workspace import LESSONS_TAB, LessonsWorkspace
from ui.app.models.recommendation_table import RecommendationTableModel
from ui.app.people_workspace import PeopleWorkspace
from ui.app.plans.editor import PlanEditor
from ui.app.risk_editor import RiskEditor
from ui.app.signals import LESSONS, AppSignals
from ui.app.widgets.recommendations_panel import RecommendationsPanel

KEAH = "Kent Enablement at Home"
M = RecommendationTableModel


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path / "settings")


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    """A screenshot where tests keep them (BCM_SHOTS=folder to look at them)."""
    for _ in range(3):  # a layout changed by a load settles over a few passes of the event loop
        QApplication.processEvents()
    return screenshot(widget, name, tmp_path)


def cells(panel: RecommendationsPanel) -> list[tuple[str, ...]]:
    """What the panel shows, row by row, as displayed."""
    proxy = panel.proxy
    return [tuple(str(proxy.index(r, c).data()) for c in range(proxy.columnCount())) for r in range(proxy.rowCount())]


def open_risk_editor(qtbot: QtBot, ctx: Context, signals: AppSignals, ref: str) -> RiskEditor:
    editor = RiskEditor(ctx, signals, risks.risk_id_by_ref(ctx, ref))
    qtbot.addWidget(editor)
    editor.resize(980, 700)
    editor.show()
    return editor


def open_plan_editor(qtbot: QtBot, ctx: Context, signals: AppSignals, service: str) -> PlanEditor:
    editor = PlanEditor(ctx, signals)
    qtbot.addWidget(editor)
    plan_id = pe.plan_id_for_service(ctx, service)
    assert plan_id is not None
    editor.open_plan(plan_id)
    editor.resize(1170, 700)
    editor.show()
    return editor


# --- the shared table ---------------------------------------------------------------------------------------------


def test_the_recommendations_model_passes_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot,
                                                            demo_ctx: Context) -> None:
    panel = RecommendationsPanel("risk")
    qtbot.addWidget(panel)
    panel.set_rows(lessons.recommendations_for_risk(demo_ctx, "AH0011"))
    assert panel.model.rowCount() > 5
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    empty = RecommendationTableModel()
    qtmodeltester.check(empty)


def test_open_ones_come_first_and_sorting_uses_raw_dates(qtbot: QtBot, demo_ctx: Context) -> None:
    panel = RecommendationsPanel("risk")
    qtbot.addWidget(panel)
    panel.set_rows(lessons.recommendations_for_risk(demo_ctx, "AH0011"))
    rows = panel.rows()
    open_count = sum(r.status in OPEN_STATUSES for r in rows)
    assert open_count == 2 and all(r.status in OPEN_STATUSES for r in rows[:open_count])
    assert [r.due for r in rows[:open_count]] == sorted(r.due for r in rows[:open_count])
    panel.table.sortByColumn(M.DUE, Qt.SortOrder.AscendingOrder)
    dues = [r.due for r in panel.rows()]
    assert dues == sorted(dues)  # by date, not by the text dd/mm/yyyy


# --- on the risk ----------------------------------------------------------------------------------------------------


def test_the_risk_editor_lists_the_recommendations_naming_the_risk(qtbot: QtBot, demo_ctx: Context,
                                                                   tmp_path: Path) -> None:
    editor = open_risk_editor(qtbot, demo_ctx, AppSignals(), "AH0011")
    panel = editor.lessons
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Lessons (2 open)"
    shown = cells(panel)
    assert len(shown) == len(lessons.recommendations_for_risk(demo_ctx, "AH0011")) == 9
    fuel = next(c for c in shown if c[M.RECOMMENDATION].startswith("Give DLUHC a local view"))
    assert (fuel[M.OWNER], fuel[M.DUE], fuel[M.STATUS]) == ("Mark Dunstan", "30/09/2022 OVERDUE", "in progress")
    cascade = next(c for c in shown if c[M.RECOMMENDATION].startswith("Service managers verify their call cascade"))
    assert (cascade[M.OWNER], cascade[M.DUE], cascade[M.STATUS]) == ("Priya Raman", "31/12/2021", "embedded")
    assert "2 open" in panel.summary.text() and "2 overdue" in panel.summary.text()
    editor.tabs.setCurrentWidget(panel)
    shot(editor, "risk-editor-lessons", tmp_path)


def test_a_risk_no_recommendation_names_says_so(qtbot: QtBot, demo_ctx: Context, tmp_path: Path) -> None:
    editor = open_risk_editor(qtbot, demo_ctx, AppSignals(), "AH0005")
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.lessons)) == "Lessons"
    assert editor.lessons.model.rowCount() == 0
    assert editor.lessons.empty.isVisibleTo(editor.lessons) and not editor.lessons.table.isVisibleTo(editor.lessons)
    assert not editor.lessons.open_button.isEnabled()
    editor.tabs.setCurrentWidget(editor.lessons)
    shot(editor, "risk-editor-lessons-none", tmp_path)


def test_from_the_risk_to_the_recommendation_asks_before_dropping_changes(qtbot: QtBot, demo_ctx: Context) -> None:
    signals = AppSignals()
    opened: list[uuid.UUID] = []
    signals.openRecommendation.connect(opened.append)
    editor = open_risk_editor(qtbot, demo_ctx, signals, "AH0033")
    assert not editor.lessons.open_button.isEnabled()  # nothing chosen yet
    editor.lessons.table.selectRow(0)
    assert editor.lessons.open_button.isEnabled()
    first = editor.lessons.selected()
    assert first is not None and first.recommendation_id is not None
    editor.title.setText(editor.title.text() + " (edited)")
    asked: list[str] = []
    editor.confirm_leave = lambda question: asked.append(question) is None and False
    editor.lessons.open_button.click()
    assert asked and "not saved" in asked[0] and not opened and editor.isVisible()
    editor.confirm_leave = lambda _question: True
    editor.lessons.open_button.click()
    assert opened == [first.recommendation_id] and not editor.isVisible()

    unchanged = open_risk_editor(qtbot, demo_ctx, signals, "AH0033")
    unchanged.confirm_leave = lambda _question: pytest.fail("nothing was changed: no need to ask")
    unchanged.lessons.table.doubleClicked.emit(unchanged.lessons.proxy.index(0, 0))
    assert len(opened) == 2 and not unchanged.isVisible()


# --- on the plan ----------------------------------------------------------------------------------------------------


def test_the_plan_editor_lists_the_recommendations_naming_the_plan(qtbot: QtBot, demo_ctx: Context,
                                                                   tmp_path: Path) -> None:
    signals = AppSignals()
    editor = open_plan_editor(qtbot, demo_ctx, signals, KEAH)
    panel = editor.lessons
    shown = cells(panel)
    owners = {(c[M.OWNER], c[M.STATUS], c[M.DUE].endswith("OVERDUE")) for c in shown}
    assert owners == {("Neil Harcourt", "in progress", True), ("Priya Natarajan", "in progress", True),
                      ("Kwame Asante", "implemented", False), ("Priya Natarajan", "embedded", False)}
    assert [c[M.STATUS] for c in shown[:2]] == ["in progress", "in progress"]  # open ones first
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Lessons (2 open)"
    editor.tabs.setCurrentWidget(panel)
    shot(editor, "plan-editor-lessons", tmp_path)

    # A new recommendation naming the plan shows once the lessons loop says something changed.
    oak = lessons.find_event(demo_ctx, "Exercise Mighty Oak")
    lesson = lessons.add_lesson(demo_ctx, oak, "Care staff could not reach clients' key safes in the dark")
    lessons.add_recommendation(demo_ctx, lesson, "Add head torches to every KEaH grab bag", "Shauna McBride",
                               date(2027, 1, 31), plan=KEAH)
    signals.changed.emit(LESSONS)
    added = next(c for c in cells(panel) if c[M.RECOMMENDATION] == "Add head torches to every KEaH grab bag")
    assert (added[M.OWNER], added[M.DUE], added[M.STATUS]) == ("Shauna McBride", "31/01/2027", "identified")
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Lessons (3 open)"

    opened: list[uuid.UUID] = []
    signals.openRecommendation.connect(opened.append)
    panel.table.selectRow(0)
    panel.open_selected()
    assert opened and opened[0] == panel.selected().recommendation_id  # type: ignore[union-attr]


# --- on the dashboard -----------------------------------------------------------------------------------------------


def test_the_dashboard_counts_open_and_overdue_recommendations(qtbot: QtBot, demo_ctx: Context,
                                                               tmp_path: Path) -> None:
    signals = AppSignals()
    widget = DashboardWidget(demo_ctx, signals)
    qtbot.addWidget(widget)
    widget.resize(1360, 820)
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        widget.show()
    open_rows = [r for rows in lessons.open_recommendations_by_owner(demo_ctx).values() for r in rows]
    overdue = [r for r in open_rows if r.overdue]
    assert len(open_rows) == 11 and len(overdue) == 11
    assert "11</b> open" in widget.recommendations_summary.text()
    assert "11 overdue" in widget.recommendations_summary.text()
    assert "<b>11</b> recommendations overdue" in widget.heading.text()
    items = [widget.overdue_recommendations.item(i) for i in range(widget.overdue_recommendations.count())]
    first = items[0].text()
    assert first.startswith("Give DLUHC a local view") and "Mark Dunstan · was due 30/09/2022" in first
    assert items[-1].text().startswith("…and 3 more overdue")  # 8 shown, the longest overdue first
    shot(widget, "dashboard-recommendations", tmp_path)

    opened: list[uuid.UUID] = []
    signals.openRecommendation.connect(opened.append)
    widget.overdue_recommendations.itemDoubleClicked.emit(items[0])
    widget.overdue_recommendations.itemDoubleClicked.emit(items[-1])  # "and 3 more": not one recommendation
    assert opened == [items[0].data(RECOMMENDATION_ROLE)]


def test_a_dashboard_recommendation_opens_in_exercises_and_lessons(qtbot: QtBot, demo_db: Database,
                                                                   demo_ctx: Context) -> None:
    from ui.app.main_window import LESSONS_PAGE, WORKSPACES, MainWindow

    window = MainWindow(demo_db, demo_ctx)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(0)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.overdue_recommendations.count() > 1, timeout=20000)
    item = window.dashboard.overdue_recommendations.item(0)
    window.dashboard.overdue_recommendations.itemDoubleClicked.emit(item)
    assert window.nav.currentRow() == [t for t, _ in WORKSPACES].index(LESSONS_PAGE)
    page = window.pages[LESSONS_PAGE]
    assert isinstance(page, LessonsWorkspace)
    qtbot.waitUntil(lambda: page.selected_lesson() is not None
                    and page.selected_lesson().recommendation_id == item.data(RECOMMENDATION_ROLE))  # type: ignore[union-attr]
    assert page.tabs.currentIndex() == LESSONS_TAB
    # Shown even when a filter would hide it.
    page.overdue_box.setChecked(False)
    page.status_box.setCurrentIndex(page.status_box.findData("embedded"))
    assert page.show_recommendation(item.data(RECOMMENDATION_ROLE))
    assert page.status_box.currentIndex() == 0
    qtbot.waitUntil(lambda: not page._loader.busy and not window.dashboard._loader.busy
                    and not window.risks._loader.busy and not window.risks._first_loader.busy, timeout=20000)
    window.close()


# --- in the owner's list of actions ---------------------------------------------------------------------------------


@pytest.fixture
def people(qtbot: QtBot, demo_ctx: Context) -> PeopleWorkspace:
    widget = PeopleWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1170, 760)
    widget.show()
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.people_model.rowCount() > 0)
    return widget


def recommendations_group(workspace: PeopleWorkspace) -> list[tuple[str, str]]:
    tree = workspace.used_tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0).startswith(RECOMMENDATIONS):
            return [(group.child(c).text(0), group.child(c).text(1)) for c in range(group.childCount())]
    return []


def test_a_persons_actions_include_their_recommendations_overdue_marked(qtbot: QtBot, people: PeopleWorkspace,
                                                                         tmp_path: Path) -> None:
    assert people.select_person("Neil Harcourt")
    shown = recommendations_group(people)
    print_list = next(d for w, d in shown if w.startswith("Print a weekly paper list"))
    assert print_list == "OVERDUE · due 30/09/2023, in progress"
    report = next(d for w, d in shown if w.startswith("Add the emergency client report"))
    assert report == "due 30/06/2022, implemented (history)"  # done: not overdue, not his to hand over
    assert "2 open recommendations" in people.used_summary.text()
    group = next(people.used_tree.topLevelItem(i) for i in range(people.used_tree.topLevelItemCount())
                 if people.used_tree.topLevelItem(i).text(0).startswith(RECOMMENDATIONS))
    assert group.text(1) == "2 open, 2 overdue"
    people.used_tree.scrollToItem(group)
    shot(people, "people-where-used-recommendations", tmp_path)


def test_removing_the_owner_hands_their_open_recommendations_over(qtbot: QtBot, people: PeopleWorkspace) -> None:
    ctx = people.ctx
    before = lessons.open_recommendations_by_owner(ctx)
    neils = {r.recommendation_id for r in before["Neil Harcourt"]}
    assert len(neils) == 2
    assert people.select_person("Neil Harcourt")
    people.ask_reassign = lambda used, candidates: "Shauna McBride"
    with qtbot.waitSignal(people.loaded):
        assert people.remove_person()
    after = lessons.open_recommendations_by_owner(ctx)
    assert "Neil Harcourt" not in after
    assert neils <= {r.recommendation_id for r in after["Shauna McBride"]}
    done = next(r for r in lessons.list_lessons(ctx) if r.recommendation.startswith("Add the emergency client"))
    assert done.owner == "Neil Harcourt"  # history keeps the name
    assert people.select_person("Shauna McBride")
    assert sum(d.startswith("OVERDUE") for _w, d in recommendations_group(people)) >= 2


# --- re-assigning and re-dating in Exercises and lessons -------------------------------------------------------------


@pytest.fixture
def workspace(qtbot: QtBot, demo_ctx: Context) -> LessonsWorkspace:
    widget = LessonsWorkspace(demo_ctx, AppSignals())
    qtbot.addWidget(widget)
    widget.resize(1360, 820)
    widget.show()
    qtbot.waitUntil(lambda: not widget._loader.busy and widget.lesson_model.rowCount() > 0)
    widget.tabs.setCurrentIndex(LESSONS_TAB)
    return widget


def row_for(workspace: LessonsWorkspace, start: str) -> LessonRow:
    return next(r for r in workspace.lesson_model.rows() if r.recommendation.startswith(start))


def test_reassign_and_redate_a_recommendation_with_messages_beside_the_fields(qtbot: QtBot,
                                                                             workspace: LessonsWorkspace,
                                                                             tmp_path: Path) -> None:
    target = row_for(workspace, "Print a weekly paper list")
    assert workspace.select_recommendation(target.recommendation)
    assert workspace.change_button.isEnabled()
    dialog = workspace.change_recommendation()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert (dialog.owner.currentText(), dialog.due.date()) == ("Neil Harcourt", QDate(2023, 9, 30))
    shot(dialog, "recommendation-change-dialog", tmp_path)

    dialog.owner.setCurrentText("")
    dialog.due.setDate(dialog.due.minimumDate())  # "none"
    dialog.save()
    assert dialog.isVisible()
    assert "needs an owner" in dialog.problems.text() and "needs a due date" in dialog.problems.text()
    assert dialog.owner.styleSheet() and dialog.due.styleSheet()
    shot(dialog, "recommendation-change-refused", tmp_path)

    dialog.owner.setCurrentText("Shauna McBride")
    dialog.due.setDate(QDate(2027, 3, 31))
    with qtbot.waitSignal(workspace.loaded):
        dialog.save()
    assert not dialog.isVisible()
    changed = row_for(workspace, "Print a weekly paper list")
    assert (changed.owner, changed.due, changed.overdue, changed.status) == (
        "Shauna McBride", date(2027, 3, 31), False, "in_progress")
    assert workspace.selected_lesson() is not None and workspace.selected_lesson().recommendation_id == \
        target.recommendation_id  # type: ignore[union-attr]


def test_a_stale_change_is_refused_without_a_traceback(qtbot: QtBot, workspace: LessonsWorkspace) -> None:
    target = row_for(workspace, "Print a weekly paper list")
    assert workspace.select_recommendation(target.recommendation)
    dialog = workspace.change_recommendation()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert target.recommendation_id is not None
    lessons.update_recommendation(workspace.ctx, target.recommendation_id, target.version, due=date(2027, 1, 1))
    dialog.owner.setCurrentText("Shauna McBride")
    dialog.save()
    assert dialog.isVisible() and "changed" in dialog.problems.text().lower()
    dialog.reject()
    qtbot.waitUntil(lambda: not workspace._loader.busy)


def test_only_open_recommendations_are_reassigned_here(workspace: LessonsWorkspace) -> None:
    done = row_for(workspace, "Service managers verify their call cascade")
    assert workspace.select_recommendation(done.recommendation)
    assert not workspace.change_button.isEnabled()
    assert workspace.change_recommendation() is None
    assert "open recommendation" in workspace.lesson_problems.text()
