"""Reading the scoring matrix stored in the database."""

from __future__ import annotations

from sqlalchemy import Connection, Integer, cast, delete, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ValidationError
from bcm.scoring import Level, Matrix, matrix_from_parts
from bcm.services.audit import apply_changes, audit, created
from db.models import ImpactLevel, LikelihoodLevel, Risk, ScoreBand
from db.until_written import read_until_written

# The whole matrix in one statement (part 0: likelihood levels, 1: impact levels, 2: score bands): nearly every read
# asks for it, and a heat map of one register is well under a millisecond, so each statement is a good part of it.
_MATRIX = union_all(
    select(literal(0).label("part"), LikelihoodLevel.value.label("number"), LikelihoodLevel.label.label("name"),
           LikelihoodLevel.descriptor.label("text"), cast(null(), Integer).label("upper")),
    select(literal(1), ImpactLevel.value, ImpactLevel.label, ImpactLevel.descriptor, cast(null(), Integer)),
    select(literal(2), ScoreBand.min_score, ScoreBand.name, ScoreBand.colour, ScoreBand.max_score),
).order_by("part", "number")


def load_matrix(session: Session) -> Matrix:
    """Read as plain columns, not ORM objects, through the session's connection with a statement built once; kept
    with the connection until anything writes to the file (see db.until_written)."""
    return matrix_on(session.connection())


def matrix_on(conn: Connection) -> Matrix:
    return read_until_written(conn, "bcm.matrix", _read_matrix)


def _read_matrix(conn: Connection) -> Matrix:
    return matrix_from_parts(conn.execute(_MATRIX).all())  # fetched at once, not row by row


def get_matrix(ctx: Context) -> Matrix:
    with ctx.reading() as session:
        return load_matrix(session)


def save_matrix(ctx: Context, matrix: Matrix) -> None:
    """Replace the scoring matrix. Refused if it is invalid or if risks are scored on levels it would remove.
    Bands are worked out when risks are read, so every risk and heat map is re-banded at once."""
    matrix.validate()
    with ctx.unit_of_work() as session:
        _save_levels(session, ctx, "likelihood", LikelihoodLevel, matrix.likelihood)
        _save_levels(session, ctx, "impact", ImpactLevel, matrix.impact)
        session.execute(delete(ScoreBand))
        for rank, band in enumerate(matrix.bands):
            record = ScoreBand(name=band.name, min_score=band.min_score, max_score=band.max_score,
                               colour=band.colour, rank=rank)
            created(session, ctx, record, f"band {band.name} {band.min_score}-{band.max_score}")


def _save_levels(session: Session, ctx: Context, axis: str, model: type[LikelihoodLevel] | type[ImpactLevel],
                 wanted: tuple[Level, ...]) -> None:
    size = len(wanted)
    columns = [getattr(Risk, f"{kind}_{axis}") for kind in ("inherent", "current", "previous", "target")]
    in_use = session.scalar(select(func.count(Risk.id)).where(or_(*(c > size for c in columns))))
    if in_use:
        raise ValidationError.of(
            f"{axis} levels", size,
            f"{in_use} risks are scored above {size} on {axis}: rescore them before shrinking the scale",
        )
    rows: list[LikelihoodLevel | ImpactLevel] = list(session.scalars(select(model)))
    existing = {lv.value: lv for lv in rows}
    for level in wanted:
        row = existing.pop(level.value, None)
        if row is None:
            created(session, ctx, model(value=level.value, label=level.label, descriptor=level.descriptor),
                    f"{axis} level {level.value}")
        else:
            apply_changes(session, ctx, row, f"{axis} level {level.value}",
                          {"label": level.label, "descriptor": level.descriptor})
    for gone in existing.values():
        audit(session, ctx, gone, f"{axis} level {gone.value}", "delete")
        session.delete(gone)
