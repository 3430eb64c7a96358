"""Reminders as iCalendar events Outlook can import: every open review and due date, with an alarm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar

from bcm.context import Context
from bcm.services import risks
from bcm.services.reminders import reminders
from exports.calendar import write_calendar
from tests.test_cli import bcm


def test_reminders_cover_reviews_actions_recommendations_and_plans(demo_ctx: Context) -> None:
    items = reminders(demo_ctx)
    kinds = {r.kind for r in items}
    assert kinds == {"risk review", "action due", "recommendation due", "plan review"}
    open_risks = [r for r in risks.list_risks(demo_ctx, include_closed=False) if r.next_review]
    assert len([r for r in items if r.kind == "risk review"]) == len(open_risks)
    assert len({r.uid for r in items}) == len(items)


def test_owner_filter_and_ics_content(demo_ctx: Context, tmp_path: Path) -> None:
    mine = reminders(demo_ctx, "priya natarajan")
    assert mine and all(r.owner == "Priya Natarajan" for r in mine)
    path = write_calendar(mine, tmp_path / "priya.ics", demo_ctx.now())
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(mine)
    first = events[0]
    assert isinstance(first.decoded("dtstart"), date)
    alarms = list(first.walk("VALARM"))
    assert alarms and str(alarms[0]["action"]) == "DISPLAY"
    assert "Priya Natarajan" in str(first["description"])


def test_cli_export_calendar(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert bcm("demo", db=db).returncode == 0
    result = bcm("export", "calendar", "--out", str(tmp_path / "all.ics"), db=db)
    assert result.returncode == 0, result.stderr
    assert "reminders" in result.stdout
    assert (tmp_path / "all.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
