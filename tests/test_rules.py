"""Trend, review and action due rules, RTO within MTPD."""

from __future__ import annotations

from datetime import date

import pytest

from bcm.errors import ValidationError
from bcm.rules import action_overdue, check_rto, review_state, trend

TODAY = date(2026, 11, 23)


def test_trend_against_previous_score() -> None:
    assert trend(20, 16) == "up"
    assert trend(12, 16) == "down"
    assert trend(16, 16) == "same"
    assert trend(16, None) == "new"


@pytest.mark.parametrize(("next_review", "state"), [
    (date(2026, 11, 22), "overdue"), (date(2026, 11, 23), "due_soon"), (date(2026, 12, 23), "due_soon"),
    (date(2026, 12, 24), "ok"), (None, "none"),
])
def test_review_state(next_review: date | None, state: str) -> None:
    assert review_state(next_review, TODAY) == state


def test_action_overdue_only_when_live_and_past_due() -> None:
    assert action_overdue(date(2026, 11, 1), "open", TODAY)
    assert action_overdue(date(2026, 11, 1), "in_progress", TODAY)
    assert not action_overdue(date(2026, 11, 1), "done", TODAY)
    assert not action_overdue(date(2026, 11, 23), "open", TODAY)
    assert not action_overdue(None, "open", TODAY)


def test_rto_must_not_exceed_mtpd() -> None:
    check_rto(4, 24)
    check_rto(24, 24)
    with pytest.raises(ValidationError, match="longer than the MTPD"):
        check_rto(48, 24)
    with pytest.raises(ValidationError, match="more than 0"):
        check_rto(0, 24)
