"""The scoring matrix: score, band and label parsing, on Kent's default and on other shapes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bcm.errors import ValidationError
from bcm.scoring import Band, Level, Matrix, kent_default

KENT = kent_default()
levels = st.integers(min_value=1, max_value=5)


@given(levels, levels)
def test_every_cell_has_exactly_one_band_and_score_is_product(likelihood: int, impact: int) -> None:
    score = KENT.score(likelihood, impact)
    assert score == likelihood * impact
    holding = [b for b in KENT.bands if b.holds(score)]
    assert len(holding) == 1
    assert KENT.band(likelihood, impact) == holding[0]


@pytest.mark.parametrize(("likelihood", "impact", "band", "colour"), [
    (1, 1, "Low", "#2e7d32"), (2, 3, "Low", "#2e7d32"), (2, 4, "Medium", "#f9a825"), (3, 5, "Medium", "#f9a825"),
    (4, 4, "High", "#c62828"), (5, 4, "High", "#c62828"), (5, 5, "High", "#c62828"),
])
def test_kent_bands_match_the_papers(likelihood: int, impact: int, band: str, colour: str) -> None:
    assert KENT.band(likelihood, impact).name == band
    assert KENT.band(likelihood, impact).colour == colour


@given(levels, st.sampled_from(["likelihood", "impact"]), st.sampled_from(["plain", "number", "both"]),
       st.sampled_from([str.lower, str.upper, str.title, lambda s: s]), st.text(" \t\n", max_size=3))
def test_parse_accepts_numbers_labels_and_both_in_any_case(value: int, axis: str, form: str, case: object,
                                                           pad: str) -> None:
    label = KENT.label(axis, value)  # type: ignore[arg-type]
    text = {"plain": label, "number": str(value), "both": f"{label} ({value})"}[form]
    assert callable(case)
    assert KENT.parse(axis, pad + case(text) + pad) == value  # type: ignore[arg-type]


def test_parse_examples_from_the_register() -> None:
    assert KENT.parse("impact", "Serious (4)") == 4
    assert KENT.parse("likelihood", "very likely") == 5
    assert KENT.parse("likelihood", "Very\nLikely (5)") == 5
    assert KENT.parse("impact", 3) == 3
    assert KENT.parse("impact", "2.0") == 2


@given(st.text(max_size=20))
def test_parse_never_crashes_only_validates(text: str) -> None:
    try:
        value = KENT.parse("impact", text)
    except ValidationError as exc:
        assert exc.problems and exc.problems[0].field == "impact"
    else:
        assert 1 <= value <= 5


@pytest.mark.parametrize(("text", "why"), [
    ("6", "off the scale"), ("0", "off the scale"), ("Catastrophic", "unknown label"),
    ("Minor (4)", "disagree"), ("", "empty"),
])
def test_parse_refuses_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        KENT.parse("impact", text)


def four_by_four(bands: tuple[Band, ...]) -> Matrix:
    return Matrix(
        likelihood=tuple(Level(i, f"L{i}") for i in range(1, 5)),
        impact=tuple(Level(i, f"I{i}") for i in range(1, 5)),
        bands=bands,
    )


def test_other_shapes_validate() -> None:
    matrix = four_by_four((Band("Low", 1, 4, "#00aa00"), Band("Medium", 5, 9, "#ffaa00"),
                           Band("High", 10, 16, "#cc0000"))).validate()
    assert matrix.band(4, 4).name == "High"
    with pytest.raises(ValidationError, match="off the scale"):
        matrix.score(5, 1)


def test_bands_must_cover_every_score_once() -> None:
    gap = four_by_four((Band("Low", 1, 3, "#00aa00"), Band("High", 5, 16, "#cc0000")))
    assert any("4" in str(p) and "no band" in str(p) for p in gap.problems())
    overlap = four_by_four((Band("Low", 1, 6, "#00aa00"), Band("High", 6, 16, "#cc0000")))
    assert any("overlap" in str(p) for p in overlap.problems())
    bad_colour = four_by_four((Band("All", 1, 16, "red"),))
    assert any("colour" in str(p) for p in bad_colour.problems())
    assert KENT.problems() == []
