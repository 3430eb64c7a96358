"""The scoring matrix: likelihood x impact scales with labels, score bands with colours, and label parsing."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bcm.errors import Problem, ValidationError

Axis = Literal["likelihood", "impact"]


@dataclass(frozen=True)
class Level:
    value: int
    label: str
    descriptor: str = ""


@dataclass(frozen=True)
class Band:
    name: str
    min_score: int
    max_score: int
    colour: str

    def holds(self, score: int) -> bool:
        return self.min_score <= score <= self.max_score


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


_LABEL_WITH_NUMBER = re.compile(r"^(?P<label>.*?)\s*\(\s*(?P<num>\d+)\s*\)$")


@dataclass(frozen=True)
class Matrix:
    likelihood: tuple[Level, ...]
    impact: tuple[Level, ...]
    bands: tuple[Band, ...]

    def levels(self, axis: Axis) -> tuple[Level, ...]:
        return self.likelihood if axis == "likelihood" else self.impact

    def size(self, axis: Axis) -> int:
        return len(self.levels(axis))

    def label(self, axis: Axis, value: int) -> str:
        return self.levels(axis)[value - 1].label

    def achievable_scores(self) -> set[int]:
        return {lk.value * im.value for lk in self.likelihood for im in self.impact}

    def score(self, likelihood: int, impact: int) -> int:
        self.check_level("likelihood", likelihood)
        self.check_level("impact", impact)
        return likelihood * impact

    def band_of_score(self, score: int) -> Band:
        for band in self.bands:
            if band.holds(score):
                return band
        raise ValidationError.of("score", score, "is in no score band of the matrix")

    def band(self, likelihood: int, impact: int) -> Band:
        return self.band_of_score(self.score(likelihood, impact))

    @functools.cached_property
    def cells(self) -> tuple[tuple[int, int, Band], ...]:
        """Every cell, likelihood by impact, with its band: worked out once per matrix, which is read once until
        the database changes (bcm.services.matrix); banding 25 cells on each heat map was a fifth of it."""
        return tuple((lk.value, im.value, self.band(lk.value, im.value))
                     for lk in self.likelihood for im in self.impact)

    def check_level(self, axis: Axis, value: int) -> None:
        if not 1 <= value <= self.size(axis):
            raise ValidationError.of(axis, value, f"is off the scale (1 to {self.size(axis)})")

    def parse(self, axis: Axis, text: str | int) -> int:
        """A level from "4", 4, "Serious (4)", "Serious" or "very likely" (any case and spacing)."""
        levels = self.levels(axis)
        if isinstance(text, int) and not isinstance(text, bool):
            self.check_level(axis, text)
            return text
        raw = " ".join(str(text).split())
        if not raw:
            raise ValidationError.of(axis, text, "is empty")
        by_label = {_normal(level.label): level.value for level in levels}
        if re.fullmatch(r"\d+(\.0+)?", raw):
            value = int(float(raw))
            self.check_level(axis, value)
            return value
        labelled = _LABEL_WITH_NUMBER.match(raw)
        if labelled:
            value = int(labelled["num"])
            self.check_level(axis, value)
            label = _normal(labelled["label"])
            if label and by_label.get(label, value) != value:
                raise ValidationError.of(axis, text, f"the label and the number disagree ({self.label(axis, value)} "
                                         f"is {value})")
            if label and label not in by_label:
                raise ValidationError.of(axis, text, f"unknown label; known: {self.known_labels(axis)}")
            return value
        found = by_label.get(_normal(raw))
        if found is None:
            raise ValidationError.of(axis, text, f"unknown label; known: {self.known_labels(axis)}")
        return found

    def known_labels(self, axis: Axis) -> str:
        return ", ".join(f"{level.label} ({level.value})" for level in self.levels(axis))

    def problems(self) -> list[Problem]:
        """Everything wrong with this matrix: scales numbered 1..n with labels, bands covering every score once."""
        found: list[Problem] = []
        axes: tuple[Axis, ...] = ("likelihood", "impact")
        for axis in axes:
            levels = self.levels(axis)
            if not 2 <= len(levels) <= 10:
                found.append(Problem(axis, len(levels), "a scale needs 2 to 10 levels"))
            if [lv.value for lv in levels] != list(range(1, len(levels) + 1)):
                found.append(Problem(axis, [lv.value for lv in levels], "levels must be numbered 1, 2, 3 ..."))
            labels = [_normal(lv.label) for lv in levels]
            if any(not label for label in labels):
                found.append(Problem(axis, "", "every level needs a label"))
            if len(set(labels)) != len(labels):
                found.append(Problem(axis, labels, "labels must differ"))
        for band in self.bands:
            if band.min_score > band.max_score:
                found.append(Problem("band", band.name, f"runs from {band.min_score} down to {band.max_score}"))
            if not re.fullmatch(r"#[0-9a-fA-F]{6}", band.colour):
                found.append(Problem("band colour", band.colour, f"{band.name}: not a colour like #2e7d32"))
        for a_index, a in enumerate(self.bands):
            for b in self.bands[a_index + 1 :]:
                if a.min_score <= b.max_score and b.min_score <= a.max_score:
                    found.append(Problem("band", f"{a.name}/{b.name}", "bands overlap"))
        if not found:
            for score in sorted(self.achievable_scores()):
                if not any(band.holds(score) for band in self.bands):
                    found.append(Problem("band", score, "this score is in no band"))
        return found

    def validate(self) -> Matrix:
        found = self.problems()
        if found:
            raise ValidationError(found)
        return self


def kent_default() -> Matrix:
    """Kent County Council's 5x5 matrix, as printed in the committee papers."""
    return Matrix(
        likelihood=(
            Level(1, "Very Unlikely", "Will probably never happen or recur"),
            Level(2, "Unlikely", "Do not expect it to happen or recur, but it is possible"),
            Level(3, "Possible", "Might happen or recur occasionally"),
            Level(4, "Likely", "Will probably happen or recur, but it is not a persisting issue"),
            Level(5, "Very Likely", "Will undoubtedly happen or recur, possibly frequently"),
        ),
        impact=(
            Level(1, "Minor", "Minimal effect on service users, staff or budget"),
            Level(2, "Moderate", "Short disruption to services; small overspend; local media interest"),
            Level(3, "Significant", "Service disruption; harm to individuals; regional media interest"),
            Level(4, "Serious", "Prolonged loss of a statutory service; serious harm; national media interest"),
            Level(5, "Major", "Failure of statutory duty; loss of life; government intervention"),
        ),
        bands=(
            Band("Low", 1, 6, "#2e7d32"),
            Band("Medium", 8, 15, "#f9a825"),
            Band("High", 16, 25, "#c62828"),
        ),
    )


def matrix_from_parts(rows: Iterable[Sequence[Any]]) -> Matrix:
    """The matrix from the rows of its one-statement read (part, number, name, text, upper): part 0 likelihood
    levels, 1 impact levels (value, label, descriptor), 2 score bands (min_score, name, colour, max_score)."""
    levels: tuple[list[Level], list[Level]] = ([], [])
    bands: list[Band] = []
    for part, number, name, text, upper in rows:
        if part == 2:
            bands.append(Band(name, number, upper, text))
        else:
            levels[part].append(Level(number, name, text))
    return Matrix(likelihood=tuple(levels[0]), impact=tuple(levels[1]), bands=tuple(bands))
