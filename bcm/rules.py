"""Small domain rules shared by the services, the app and the printed packs."""

from __future__ import annotations

from datetime import date
from typing import Literal

from bcm.errors import ValidationError

Trend = Literal["up", "down", "same", "new"]
ReviewState = Literal["overdue", "due_soon", "ok", "none"]

DUE_SOON_DAYS = 30


def trend(current: int, previous: int | None) -> Trend:
    """Movement of the current score against the previous current score."""
    if previous is None:
        return "new"
    if current > previous:
        return "up"
    if current < previous:
        return "down"
    return "same"


TREND_ARROWS: dict[Trend, str] = {"up": "▲", "down": "▼", "same": "►", "new": "●"}


def review_state(next_review: date | None, today: date, due_soon_days: int = DUE_SOON_DAYS) -> ReviewState:
    if next_review is None:
        return "none"
    if next_review < today:
        return "overdue"
    if (next_review - today).days <= due_soon_days:
        return "due_soon"
    return "ok"


def action_overdue(due_on: date | None, status: str, today: date) -> bool:
    return due_on is not None and status in ("open", "in_progress") and due_on < today


def check_rto(rto_hours: float, mtpd_hours: float) -> None:
    """The recovery time objective must fall within the maximum tolerable period of disruption."""
    if rto_hours <= 0:
        raise ValidationError.of("RTO", rto_hours, "must be more than 0 hours")
    if rto_hours > mtpd_hours:
        raise ValidationError.of(
            "RTO", rto_hours, f"is longer than the MTPD ({mtpd_hours:g} h): the service would fail before it recovers"
        )
