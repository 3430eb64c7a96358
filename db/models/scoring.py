"""The scoring matrix stored per database: scale levels and score bands.

Risks reference the level rows, so a score off the matrix is refused by the database itself.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record


class LikelihoodLevel(Record):
    __tablename__ = "likelihood_levels"
    __table_args__ = (CheckConstraint("value BETWEEN 1 AND 10", name="value_range"),)

    value: Mapped[int] = mapped_column(Integer, unique=True)
    label: Mapped[str] = mapped_column(String(60))
    descriptor: Mapped[str] = mapped_column(Text, default="")


class ImpactLevel(Record):
    __tablename__ = "impact_levels"
    __table_args__ = (CheckConstraint("value BETWEEN 1 AND 10", name="value_range"),)

    value: Mapped[int] = mapped_column(Integer, unique=True)
    label: Mapped[str] = mapped_column(String(60))
    descriptor: Mapped[str] = mapped_column(Text, default="")


class ScoreBand(Record):
    __tablename__ = "score_bands"
    __table_args__ = (
        CheckConstraint("min_score >= 1 AND max_score >= min_score", name="range_valid"),
        CheckConstraint("length(colour) = 7", name="colour_hex"),
    )

    name: Mapped[str] = mapped_column(String(40), unique=True)
    min_score: Mapped[int] = mapped_column(Integer)
    max_score: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(7))
    rank: Mapped[int] = mapped_column(Integer, default=0)
