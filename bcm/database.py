"""Opening a database: resolve the target, migrate it, make sure it has a scoring matrix."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bcm.errors import DomainError
from bcm.scoring import Matrix, kent_default
from db.backup import backup_file, remove_database_files
from db.engine import make_engine, session_factory, sqlite_path
from db.migrate import DatabaseTooNew, upgrade
from db.models import ImpactLevel, LikelihoodLevel, ScoreBand

APP_NAME = "bcm"


class OpenError(DomainError):
    """The database cannot be opened; the message says why and what to do."""


def default_target() -> str:
    """BCM_DB, else the default file in the user data directory (platformdirs: right on Windows too)."""
    env = os.environ.get("BCM_DB")
    if env:
        return env
    return str(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bcm.db")


@dataclass
class Database:
    target: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.target)

    def describe(self) -> str:
        path = self.path
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str, *, must_exist: bool = False) -> Database:
    path = sqlite_path(target)
    if path is not None:
        if must_exist and not path.exists():
            raise OpenError(f"no database at {path}: check the path, or create a new database there")
        if path.exists() and path.is_dir():
            raise OpenError(f"{path} is a folder, not a database file")
        if path.exists() and path.stat().st_size > 0 and not _looks_like_sqlite(path):
            raise OpenError(f"{path} is not a bcm database (not a SQLite file): open another file, or restore a backup")
    try:
        engine = make_engine(target)
        upgrade(engine, target)
        database = Database(target, engine, session_factory(engine))
        ensure_matrix(database.sessions)
    except DatabaseTooNew as exc:
        raise OpenError(str(exc)) from exc
    except OperationalError as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        if "locked" in text or "busy" in text:
            raise OpenError(f"{target} is locked by another program: close it there and try again") from exc
        raise OpenError(f"cannot open {target}: {text}") from exc
    except SQLDatabaseError as exc:
        raise OpenError(f"{target} is damaged ({exc.orig}): restore it from a backup") from exc
    except PermissionError as exc:
        raise OpenError(f"no permission to open {target}: {exc.strerror}") from exc
    return database


def recreate(database: Database) -> Path:
    """Back up a SQLite database, then replace it with an empty one. Returns the backup's path."""
    path = database.path
    if path is None:
        raise DomainError("only a database file can be replaced; a server database must be emptied on the server")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = backup_file(database.engine, path.with_name(f"{path.name}.replaced-{stamp}.bak"))
    database.close()
    remove_database_files(path)
    return backup


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def ensure_matrix(sessions: sessionmaker[Session]) -> None:
    """A new database gets Kent's default matrix."""
    with sessions.begin() as session:
        if session.scalar(select(LikelihoodLevel.id).limit(1)) is None:
            write_matrix(session, kent_default())


def write_matrix(session: Session, matrix: Matrix) -> None:
    for level in matrix.likelihood:
        session.add(LikelihoodLevel(value=level.value, label=level.label, descriptor=level.descriptor))
    for level in matrix.impact:
        session.add(ImpactLevel(value=level.value, label=level.label, descriptor=level.descriptor))
    for rank, band in enumerate(matrix.bands):
        session.add(
            ScoreBand(name=band.name, min_score=band.min_score, max_score=band.max_score, colour=band.colour, rank=rank)
        )
