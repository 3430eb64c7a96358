"""Alembic migrations shipped in the package, applied on open; a file is backed up before it is migrated."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from db.backup import backup_file
from db.engine import sqlite_path
from db.revision import HEAD

if TYPE_CHECKING:  # Alembic costs a fifth of a second to import: only when a migration is to be run
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD


def scripts_head() -> str | None:
    """The head as Alembic finds it among the scripts (slow: for the test that keeps HEAD in step)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision Alembic stamped, read directly (as Alembic's own MigrationContext reads it)."""
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, target: str) -> Path | None:
    """Bring the database to head. Returns the backup taken first, if any."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    if current is not None and not _known(scripts, current):
        raise DatabaseTooNew(
            f"this database is at schema revision {current}, which this version of the app does not know; "
            "it was written by a newer version: update the app to open it"
        )
    backup = None
    path = sqlite_path(target)
    if path is not None and not is_empty(engine):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup = path.with_name(f"{path.name}.pre-migration-{current or 'none'}-{stamp}.bak")
        backup_file(engine, backup)
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # table copies in batch mode must not cascade
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    return backup
