"""The scoring matrix is read once per connection and kept until anything writes to the file: never stale."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, update
from sqlalchemy.exc import OperationalError

from bcm.context import Context
from bcm.database import Database, open_database
from bcm.scoring import Band, Matrix
from bcm.services.matrix import get_matrix, load_matrix, save_matrix
from bcm.services.risks import heatmap
from db.models import ScoreBand
from db.until_written import read_until_written
from tests.conftest import fixed_clock

THREE_BANDS = (Band("Low", 1, 4, "#00a000"), Band("Medium", 5, 12, "#ffbf00"), Band("High", 15, 25, "#d00000"))


def _counting(reads: list[int]):  # type: ignore[no-untyped-def]
    def read(conn: Connection) -> int:
        reads.append(1)
        return len(reads)
    return read


def test_kept_until_the_file_is_written_on_sqlite_read_each_time_elsewhere(database: Database) -> None:
    reads: list[int] = []
    read = _counting(reads)
    with database.engine.begin() as conn:  # the value is read inside a transaction
        first = read_until_written(conn, "test.value", read)
        second = read_until_written(conn, "test.value", read)
    with database.engine.begin() as conn:  # a later read on the same connection from the pool
        third = read_until_written(conn, "test.value", read)
    if database.engine.dialect.name == "sqlite":
        assert (first, second, third) == (1, 1, 1)
    else:  # no change counter to ask: read each time
        assert (first, second, third) == (1, 2, 3)
    with database.engine.begin() as conn:  # any write, to any table
        conn.exec_driver_sql("UPDATE score_bands SET colour = colour")
    with database.engine.begin() as conn:
        assert read_until_written(conn, "test.value", read) == len(reads) > 1


@pytest.mark.sqlite_only  # a server's value is read each time (the test above)
def test_a_table_changed_on_the_same_connection_or_no_transaction_reads_again(database: Database) -> None:
    reads: list[int] = []
    read = _counting(reads)
    with database.engine.connect() as conn:  # one connection throughout: its own changes are the question
        assert read_until_written(conn, "test.value", read) == 1  # not in a transaction: read, not kept
        with conn.begin():
            assert [read_until_written(conn, "test.value", read) for _ in range(2)] == [2, 2]
        with conn.begin():
            conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")  # DDL moves no total_changes
        with conn.begin():
            assert read_until_written(conn, "test.value", read) == 3


@pytest.mark.sqlite_only  # BEGIN is SQLite's own listener (db.engine)
def test_an_error_beginning_a_transaction_is_sqlalchemys_not_the_drivers(database: Database) -> None:
    with database.engine.connect() as conn:
        conn.connection.driver_connection.execute("BEGIN")  # type: ignore[union-attr]
        with pytest.raises(OperationalError, match="within a transaction"):
            conn.exec_driver_sql("SELECT 1")


def test_a_matrix_saved_here_shows_at_once_in_heat_maps(demo_ctx: Context) -> None:
    register = "Adult Social Care and Health"
    before = heatmap(demo_ctx, register)
    assert {cell.band for cell in before.cells} == {band.name for band in get_matrix(demo_ctx).bands}
    matrix = get_matrix(demo_ctx)
    save_matrix(demo_ctx, Matrix(matrix.likelihood, matrix.impact, THREE_BANDS))
    after = heatmap(demo_ctx, register)
    assert [c.count for c in after.cells] == [c.count for c in before.cells]
    assert {(c.likelihood * c.impact, c.band, c.colour) for c in after.cells if c.likelihood * c.impact >= 15} == {
        (score, "High", "#d00000") for score in (15, 16, 20, 25)}
    assert get_matrix(demo_ctx).bands == THREE_BANDS


def test_a_matrix_saved_by_another_copy_of_the_app_shows_at_once(demo_db: Database) -> None:
    other = open_database(demo_db.target)  # a second engine on the same file or server database
    try:
        here = Context(demo_db.sessions, user="here", clock=fixed_clock)
        there = Context(other.sessions, user="there", clock=fixed_clock)
        assert get_matrix(here).bands != THREE_BANDS  # read, and kept
        heatmap(here)
        matrix = get_matrix(there)
        save_matrix(there, Matrix(matrix.likelihood, matrix.impact, THREE_BANDS))
        assert get_matrix(here).bands == THREE_BANDS
        assert {c.band for c in heatmap(here).cells} == {"Low", "Medium", "High"}
    finally:
        other.close()


def test_a_change_not_yet_committed_is_seen_by_its_own_transaction(demo_ctx: Context) -> None:
    kept = get_matrix(demo_ctx)
    with demo_ctx.sessions() as session:
        assert load_matrix(session) == kept
        session.execute(update(ScoreBand).where(ScoreBand.name == kept.bands[0].name).values(colour="#123456"))
        assert load_matrix(session).bands[0].colour == "#123456"
        session.rollback()
        assert load_matrix(session) == kept
    assert get_matrix(demo_ctx) == kept
