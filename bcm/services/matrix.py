"""Reading the scoring matrix stored in the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.scoring import Band, Level, Matrix
from db.models import ImpactLevel, LikelihoodLevel, ScoreBand


def load_matrix(session: Session) -> Matrix:
    likelihood = session.scalars(select(LikelihoodLevel).order_by(LikelihoodLevel.value)).all()
    impact = session.scalars(select(ImpactLevel).order_by(ImpactLevel.value)).all()
    bands = session.scalars(select(ScoreBand).order_by(ScoreBand.min_score)).all()
    return Matrix(
        likelihood=tuple(Level(x.value, x.label, x.descriptor) for x in likelihood),
        impact=tuple(Level(x.value, x.label, x.descriptor) for x in impact),
        bands=tuple(Band(b.name, b.min_score, b.max_score, b.colour) for b in bands),
    )


def get_matrix(ctx: Context) -> Matrix:
    with ctx.reading() as session:
        return load_matrix(session)
