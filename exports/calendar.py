"""Reminders as an iCalendar file that Outlook imports: one all-day event each, with an alarm the day before."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from bcm.services.reminders import Reminder


def write_calendar(reminders: Sequence[Reminder], path: Path, created: datetime) -> Path:
    calendar = Calendar()
    calendar.add("prodid", "-//bcm//resilience reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "bcm reminders")
    for reminder in reminders:
        event = Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", created)
        event.add("dtstart", reminder.on)
        event.add("dtend", reminder.on + timedelta(days=1))
        event.add("summary", reminder.title)
        event.add("description", f"{reminder.detail}\n\nOwner: {reminder.owner or 'not set'}")
        event.add("categories", [reminder.kind])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", reminder.title)
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
        calendar.add_component(event)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(calendar.to_ical())
    os.replace(partial, path)
    return path
