"""The three-way merge on its own: field by field over the base."""

from __future__ import annotations

from datetime import UTC, datetime

from bcm.sync.merge import three_way

FIELDS = ("title", "cause", "deleted_at")
BASE = {"title": "Fuel", "cause": "Strike", "deleted_at": None}
GONE = datetime(2026, 11, 1, tzinfo=UTC)


def test_one_side_changed_takes_that_side() -> None:
    merged = three_way(BASE, BASE | {"title": "Fuel shortage"}, BASE | {"cause": "Panic buying"}, FIELDS)
    assert merged.values["title"] == "Fuel shortage" and merged.values["cause"] == "Panic buying"
    assert merged.conflicts == [] and merged.took_theirs == ["cause"]


def test_both_changed_alike_agree_and_differently_conflict() -> None:
    agree = three_way(BASE, BASE | {"title": "X"}, BASE | {"title": "X"}, FIELDS)
    assert agree.conflicts == [] and agree.took_theirs == []
    clash = three_way(BASE, BASE | {"title": "X"}, BASE | {"title": "Y"}, FIELDS)
    [conflict] = clash.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.base) == ("title", "X", "Y", "Fuel")
    assert clash.values["title"] == "X"


def test_without_a_base_every_difference_is_a_conflict() -> None:
    merged = three_way(None, BASE, BASE | {"cause": "Other"}, FIELDS)
    assert [c.field for c in merged.conflicts] == ["cause"]


def test_a_deletion_against_an_edit_is_a_conflict_and_a_plain_deletion_is_not() -> None:
    edited_here = three_way(BASE, BASE | {"title": "X"}, BASE | {"deleted_at": GONE}, FIELDS)
    assert [c.field for c in edited_here.conflicts] == ["deleted_at"] and edited_here.values["deleted_at"] is None
    untouched_here = three_way(BASE, BASE, BASE | {"deleted_at": GONE}, FIELDS)
    assert untouched_here.conflicts == [] and untouched_here.values["deleted_at"] == GONE
