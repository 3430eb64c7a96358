"""The lessons loop's rules: the recommendation lifecycle, when a recommendation is overdue, themes and their highlight.

Pure functions over plain values, shared by the services, the app, the command line and the printed report.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bcm.errors import Problem, ValidationError

STATUSES = ("identified", "in_progress", "implemented", "embedded")
OPEN_STATUSES = ("identified", "in_progress")
OBSERVATION_KINDS = ("went_well", "improvement", "notable_practice")
OBSERVATION_LABELS = {"went_well": "Went well", "improvement": "Area for improvement",
                      "notable_practice": "Notable practice"}
THEME_MAX = 60
RECURS_AT = 2  # a theme identified in this many events with nothing embedded is highlighted

# What a person may type for an observation's kind, as well as the stored names.
_KIND_WORDS = {
    "went well": "went_well", "well": "went_well", "good": "went_well", "+": "went_well",
    "improvement": "improvement", "area for improvement": "improvement", "improve": "improvement",
    "afi": "improvement", "-": "improvement",
    "notable practice": "notable_practice", "notable": "notable_practice", "practice": "notable_practice",
    "*": "notable_practice",
}


def status_label(status: str) -> str:
    return status.replace("_", " ")


def recommendation_overdue(due: date | None, status: str, today: date) -> bool:
    """Overdue once the due date has passed while the work is still open (identified or in progress)."""
    return due is not None and status in OPEN_STATUSES and due < today


def parse_observation_kind(value: str) -> str:
    key = " ".join(value.replace("_", " ").split()).lower()
    kind = _KIND_WORDS.get(key) or (key.replace(" ", "_") if key.replace(" ", "_") in OBSERVATION_KINDS else None)
    if kind is None:
        raise ValidationError.of("kind", value, "must be went well, area for improvement or notable practice")
    return kind


def clean_themes(themes: str | Iterable[str]) -> list[str]:
    """Theme names as stored: lower case, single spaces, no duplicates, in the order given. A string is split on
    commas (and semicolons), as typed in the debrief."""
    parts = themes.replace(";", ",").split(",") if isinstance(themes, str) else list(themes)
    cleaned: list[str] = []
    for part in parts:
        name = " ".join(part.split()).lower()
        if not name:
            continue
        if len(name) > THEME_MAX:
            raise ValidationError.of("themes", name, f"a theme name is at most {THEME_MAX} characters")
        if name not in cleaned:
            cleaned.append(name)
    return cleaned


def next_statuses(status: str) -> tuple[str, ...]:
    """Where a recommendation may go from here: one step on, or back from implemented to in progress when the
    evidence does not hold up. Embedded is final: a lesson that comes back is a new lesson from that event."""
    steps = {
        "identified": ("in_progress",),
        "in_progress": ("implemented",),
        "implemented": ("embedded", "in_progress"),
        "embedded": (),
    }
    return steps.get(status, ())


def check_transition(current: str, new: str, *, evidence: str | None, lesson_event: tuple[str, date],
                     verifying_event: tuple[str, date] | None, today: date) -> None:
    """Refuse a move the lifecycle does not allow, saying why and what to do instead.

    lesson_event and verifying_event are (name, date) of the event the lesson came from and of the later exercise or
    incident that verified the recommendation."""
    if new not in STATUSES:
        raise ValidationError.of("status", new, f"must be one of {', '.join(status_label(s) for s in STATUSES)}")
    if new == current:
        raise ValidationError.of("status", status_label(new), "the recommendation is already at this status")
    if new not in next_statuses(current):
        if current == "embedded":
            message = ("an embedded recommendation is final; if the lesson comes back, record it as a new lesson "
                       "from the event where it recurred")
        elif STATUSES.index(new) > STATUSES.index(current):
            step = next_statuses(current)[0]
            message = (f"cannot skip from {status_label(current)} to {status_label(new)}: move it to "
                       f"{status_label(step)} first")
        else:
            message = f"cannot go back from {status_label(current)} to {status_label(new)}"
        raise ValidationError.of("status", status_label(new), message)
    problems: list[Problem] = []
    if new in ("implemented", "embedded") and not (evidence and evidence.strip()):
        problems.append(Problem("evidence", evidence, "say what shows the recommendation is implemented "
                                                      "(evidence is required)"))
    if new == "embedded":
        if verifying_event is None:
            problems.append(Problem("verified by", None, "name the later exercise or incident that showed the "
                                                         "recommendation embedded"))
        else:
            name, held = verifying_event
            lesson_name, lesson_held = lesson_event
            if held <= lesson_held:
                problems.append(Problem(
                    "verified by", name,
                    f"took place on {held:%d/%m/%Y}, not after {lesson_name} ({lesson_held:%d/%m/%Y}) where the "
                    "lesson was identified: only a later exercise or incident can show it embedded"))
            elif held > today:
                problems.append(Problem("verified by", name, f"has not taken place yet ({held:%d/%m/%Y})"))
    if problems:
        raise ValidationError(problems)


def highlighted(event_count: int, embedded_count: int) -> bool:
    """A theme identified in two or more events without a single embedded recommendation needs attention."""
    return event_count >= RECURS_AT and embedded_count == 0
