"""Incident rules: the recovery clock, staffing ratings, OPEL levels and JESIP decision-log checks."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from bcm.errors import Problem, ValidationError

ClockState = Literal["within", "approaching", "breached"]
Rating = Literal["green", "amber", "red", "black"]

LATE_AFTER = timedelta(minutes=15)  # an entry logged this long after the event must say why it is late
APPROACHING_AT = 0.75  # warn when three quarters of the RTO has gone
OPEL_LEVELS = {1: "green", 2: "amber", 3: "red", 4: "black"}
# The OPEL plan's staffing ratings, used where a service's plan sets no thresholds of its own.
DEFAULT_THRESHOLDS: dict[str, float] = {"amber": 70, "red": 50, "black": 35}


def clock_state(started_at: datetime, now: datetime, rto_hours: float) -> ClockState:
    elapsed = (now - started_at).total_seconds() / 3600
    if elapsed > rto_hours:
        return "breached"
    if elapsed >= rto_hours * APPROACHING_AT:
        return "approaching"
    return "within"


def time_left(started_at: datetime, now: datetime, rto_hours: float) -> timedelta:
    return started_at + timedelta(hours=rto_hours) - now


def staffing_rating(percent: float, thresholds: dict[str, float] | None = None) -> Rating:
    """Rated by the service's own thresholds (below amber %, below red %, below black %), else the OPEL ones."""
    levels = thresholds or DEFAULT_THRESHOLDS
    for level in ("black", "red", "amber"):
        if level in levels and percent < levels[level]:
            return level
    return "green"


def check_thresholds(amber: float | None, red: float | None, black: float | None) -> None:
    given = [(name, value) for name, value in (("amber", amber), ("red", red), ("black", black)) if value is not None]
    for name, value in given:
        if not 0 < value <= 100:
            raise ValidationError.of(f"{name} threshold", value, "must be a percentage between 0 and 100")
    values = [v for _, v in given]
    if values != sorted(values, reverse=True) or len(set(values)) != len(values):
        raise ValidationError.of("thresholds", ", ".join(f"{n} {v:g}%" for n, v in given),
                                 "amber must be above red, and red above black")


def check_log_entry(kind: str, text: str, rationale: str | None, event_at: datetime, logged_at: datetime,
                    late_reason: str | None) -> None:
    """JESIP decision logging: a decision says why; an entry logged late says why it is late."""
    problems: list[Problem] = []
    if not text or not text.strip():
        problems.append(Problem("entry", text, "say what happened, was decided or was done"))
    if kind == "decision" and not (rationale and rationale.strip()):
        problems.append(Problem("rationale", rationale, "a decision must record its rationale"))
    if event_at > logged_at + timedelta(minutes=1):
        problems.append(Problem("time of event", f"{event_at.astimezone():%d/%m/%Y %H:%M}", "is in the future"))
    elif logged_at - event_at > LATE_AFTER and not (late_reason and late_reason.strip()):
        minutes = int((logged_at - event_at).total_seconds() // 60)
        problems.append(Problem("late reason", late_reason,
                                f"this entry is logged {minutes} minutes after the event: say why it is late"))
    if problems:
        raise ValidationError(problems)
