"""Rules for editing and signing off business continuity plans (pure: no database, no clock).

Version numbers as printed on a plan's front page ("2.1"); recovery times typed as "4", "4 h", "1 d" or "1 week";
staffing thresholds that must step down from amber to red to black; the review date a sign-off sets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from itertools import pairwise

from bcm.errors import Problem, ValidationError
from db.models.plans import DEPENDENCY_KINDS, STAFFING_LEVELS

DEPENDENCY_LABELS: dict[str, str] = {
    "it_system": "IT system",
    "telephony": "Telephony",
    "premises": "Premises",
    "supplier": "Supplier or provider",
    "vehicles_fuel": "Vehicles and fuel",
    "utilities_power": "Utilities and power",
    "staff_skill": "Staff skill",
}
assert tuple(DEPENDENCY_LABELS) == DEPENDENCY_KINDS

LEVEL_LABELS: dict[str, str] = {"amber": "Amber", "red": "Red", "black": "Black"}
assert tuple(LEVEL_LABELS) == STAFFING_LEVELS

REVIEW_MONTHS = 12

_NUMBER = re.compile(r"^(\d+)\.(\d+)$")
_HOURS = re.compile(r"^(\d+(?:\.\d+)?)\s*([a-z]*)$")
_UNITS: dict[str, float] = {
    "": 1, "h": 1, "hr": 1, "hrs": 1, "hour": 1, "hours": 1,
    "m": 1 / 60, "min": 1 / 60, "mins": 1 / 60, "minute": 1 / 60, "minutes": 1 / 60,
    "d": 24, "day": 24, "days": 24, "w": 168, "wk": 168, "week": 168, "weeks": 168,
}


def next_draft_number(number: str) -> str:
    """The number of the draft that follows an approved version: 2.1 -> 2.2, 4.0 -> 4.1, 2.9 -> 2.10."""
    clean = number.strip()
    found = _NUMBER.match(clean)
    if found:
        return f"{found.group(1)}.{int(found.group(2)) + 1}"
    if clean.isdigit():
        return f"{clean}.1"
    return f"{clean or '0'}.1"


def approval_number(draft: str, issued: Iterable[str]) -> str:
    """The number a draft is approved as: its own, except that a first draft (0.x) becomes 1.0, and a number already
    in the version history moves on to the next free one (a version once issued is never issued again)."""
    used = set(issued)
    found = _NUMBER.match(draft.strip())
    number = "1.0" if found and found.group(1) == "0" else draft.strip() or "1.0"
    while number in used:
        number = next_draft_number(number)
    return number


def review_after(day: date, months: int = REVIEW_MONTHS) -> date:
    """The same day `months` later (29 February falls back to the 28th)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return day.replace(year=year, month=month, day=28)


def parse_hours(field: str, text: str | float | int | None, *, required: bool = True) -> float | None:
    """Hours from what a person types: "4", "4h", "90 min", "1 d", "3 days", "1 week"."""
    if isinstance(text, int | float):
        return float(text)
    clean = (text or "").strip().lower()
    if not clean:
        if required:
            raise ValidationError.of(field, text, "is required (in hours, or e.g. 2 d, 1 week)")
        return None
    found = _HOURS.match(clean)
    if not found or found.group(2) not in _UNITS:
        raise ValidationError.of(field, text, "is not a time: give hours (e.g. 4) or days (e.g. 2 d) or weeks")
    return round(float(found.group(1)) * _UNITS[found.group(2)], 4)


def format_hours(hours: float | None) -> str:
    """4 h, 1 d, 3 d, 1 w; a part day stays in hours (36 h)."""
    if hours is None:
        return ""
    if hours >= 168 and hours % 168 == 0:
        return f"{hours / 168:g} w"
    if hours >= 24 and hours % 24 == 0:
        return f"{hours / 24:g} d"
    return f"{hours:g} h"


def check_thresholds(levels: Mapping[str, float | None]) -> None:
    """Each given level between 0 and 100%, and stepping down: black below red below amber."""
    problems: list[Problem] = []
    for level, percent in levels.items():
        if level not in STAFFING_LEVELS:
            problems.append(Problem("level", level, f"must be one of {', '.join(STAFFING_LEVELS)}"))
        elif percent is not None and not 0 < percent <= 100:
            problems.append(Problem(f"{level} below %", percent, "must be more than 0 and at most 100"))
    if problems:
        raise ValidationError(problems)
    given = [(level, levels[level]) for level in STAFFING_LEVELS if levels.get(level) is not None]
    for (higher, high), (lower, low) in pairwise(given):
        assert high is not None and low is not None
        if low >= high:
            problems.append(Problem(
                f"{lower} below %", low,
                f"must be lower than {higher} ({high:g}%): {' < '.join(reversed(STAFFING_LEVELS))} as staffing falls",
            ))
    if problems:
        raise ValidationError(problems)
