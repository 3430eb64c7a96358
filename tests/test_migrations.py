"""Alembic migrations: head equals the models, files are backed up before migrating, newer files are refused."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from bcm.database import Database, OpenError, open_database
from db import migrate
from db.migrate import current_revision, head_revision
from db.models import Base

SCORE = "ix_risks_open_score"


def test_upgrading_an_empty_database_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "fresh.db"))
    try:
        assert current_revision(database.engine) == head_revision()
        with database.engine.connect() as conn, warnings.catch_warnings():
            # SQLAlchemy cannot read an index on an expression back from SQLite: that one is checked below
            warnings.filterwarnings("ignore", f"Skipped unsupported reflection of expression-based index {SCORE}")
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
            made = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (SCORE,)).scalar()
            partial = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_risks_open%'")
                           .tuples().all())
        assert differences == []
        assert len(partial) == 3 and all(sql.endswith(" WHERE status = 'open' AND deleted_at IS NULL")
                                         for sql in partial.values())  # of the open risks alone
        assert made == ("CREATE INDEX ix_risks_open_score ON risks ((current_likelihood * current_impact), status, "
                        "deleted_at) WHERE status = 'open' AND deleted_at IS NULL")
    finally:
        database.close()


def test_an_existing_file_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (text TEXT)")
        conn.exec_driver_sql("INSERT INTO notes VALUES ('kept')")
    engine.dispose()
    database = open_database(str(path))
    database.close()
    backups = list(tmp_path.glob("old.db.pre-migration-*.bak"))
    assert len(backups) == 1
    copy = create_engine(f"sqlite:///{backups[0]}")
    with copy.connect() as conn:
        assert conn.exec_driver_sql("SELECT text FROM notes").scalar() == "kept"
    copy.dispose()


def test_a_database_from_a_newer_version_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff9999'")
    engine.dispose()
    with pytest.raises(OpenError, match="newer version"):
        open_database(str(path))


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n" * 100)
    with pytest.raises(OpenError, match="not a bcm database"):
        open_database(str(path))
    assert path.read_text().startswith("shopping list")


def test_opening_twice_does_not_migrate_or_back_up_again(tmp_path: Path) -> None:
    path = tmp_path / "twice.db"
    open_database(str(path)).close()
    open_database(str(path)).close()
    assert not list(tmp_path.glob("*.bak"))


def test_the_head_the_app_checks_on_open_is_the_newest_migration() -> None:
    # Opening compares the file's stamp with HEAD without importing Alembic; a new migration must move HEAD too.
    assert migrate.scripts_head() == migrate.HEAD == migrate.head_revision()


def test_the_open_risk_indexes_are_partial_on_either_server(database: Database) -> None:
    """The models name the partial indexes' condition for SQLite alone (naming it for PostgreSQL loads that dialect on
    every start): the migration makes them partial on both."""
    with database.engine.connect() as conn:
        query = ("SELECT name, sql FROM sqlite_master WHERE name LIKE :name" if conn.dialect.name == "sqlite"
                 else "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE :name")
        definitions = dict(conn.execute(text(query), {"name": "ix_risks_open%"}).tuples().all())
    assert sorted(definitions) == ["ix_risks_open_by_register", "ix_risks_open_score", "ix_risks_open_scores"]
    for sql in definitions.values():
        assert "WHERE" in sql and "status" in sql.split("WHERE")[1] and "deleted_at IS NULL" in sql.split("WHERE")[1]


def test_a_sqlite_file_is_opened_without_the_postgresql_dialect(tmp_path: Path) -> None:
    """60 ms of every start and every command on a SQLite file, for a server it does not use. (Creating or migrating
    a file loads it: Alembic loads every dialect's operations.)"""
    open_database(str(tmp_path / "app.db")).close()
    code = ("import sys; from bcm.database import open_database; import bcm.dashboard, bcm.services.risks; "
            f"open_database({str(tmp_path / 'app.db')!r}).close(); "
            "print(sorted(m for m in sys.modules if 'postgresql' in m or 'psycopg' in m))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
