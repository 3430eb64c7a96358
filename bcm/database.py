"""Opening a database: resolve the target, migrate it, make sure it has a scoring matrix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, make_url, select
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from bcm.context import current_user
from bcm.errors import DomainError
from bcm.scoring import Matrix, kent_default
from db.backup import DatabaseInUse, copy_raw, remove_database_files, take_offline
from db.engine import make_engine, session_factory, sqlite_path
from db.migrate import DatabaseTooNew, current_revision, head_revision, upgrade
from db.models import ImpactLevel, LikelihoodLevel, ScoreBand


class OpenError(DomainError):
    """The database cannot be opened; the message says why and what to do."""


class PasswordRequired(OpenError):
    """The server wants a password that the URL does not give (ask for it: never store it in plain text)."""


@dataclass
class Database:
    target: str
    engine: Engine
    sessions: sessionmaker[Session]
    login: str | None = None  # on a server: the login connected (what the audit trail records)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.target)

    def describe(self) -> str:
        path = self.path
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=True)

    def user(self) -> str:
        """Who changes are made as: the server login, else the person logged in to this computer."""
        return self.login or current_user()

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
    engine: Engine | None = None
    try:
        engine = make_engine(target)
        upgrade(engine, target)
        database = Database(target, engine, session_factory(engine))
        ensure_matrix(database.sessions)
        if engine.dialect.name != "sqlite":
            with engine.connect() as conn:
                database.login = str(conn.exec_driver_sql("SELECT session_user").scalar_one())
    except Exception as exc:
        explained = _explain_open_failure(exc, target, engine)
        if engine is not None:
            engine.dispose()  # no connection left open behind a refusal
        if explained is None:
            raise
        raise explained from exc
    return database


def _explain_open_failure(exc: Exception, target: str, engine: Engine | None) -> OpenError | None:
    """What went wrong when opening, said for the user; None when it is not ours to explain."""
    shown = _shown(target)
    if isinstance(exc, DatabaseTooNew):
        return OpenError(str(exc))
    if isinstance(exc, OperationalError):
        text = str(exc.orig) if exc.orig else str(exc)
        if "locked" in text or "busy" in text:
            return OpenError(f"{shown} is locked by another program: close it there and try again")
        if "no password supplied" in text:
            return PasswordRequired(f"the server at {shown} needs a password for this login")
        return OpenError(f"cannot open {shown}: {text.strip()}")
    if isinstance(exc, SQLDatabaseError):
        if getattr(exc.orig, "sqlstate", None) == "42501" and engine is not None:
            return OpenError(_refused_on_open(engine, shown))
        return OpenError(f"{shown} is damaged ({exc.orig}): restore it from a backup")
    if isinstance(exc, PermissionError):
        return OpenError(f"no permission to open {target}: {exc.strerror}")
    return None


def _shown(target: str) -> str:
    """The target as it may be shown: a server URL without its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except ArgumentError:
        return "the database URL"


def _refused_on_open(engine: Engine, shown: str) -> str:
    try:
        revision, head = current_revision(engine), head_revision()
    except DBAPIError:
        revision, head = None, ""
    if revision is not None and revision != head:
        return (f"the server database {shown} is at schema revision {revision} and this version of the app needs "
                f"{head}: its administrator must run `bcm server init` with this version")
    return (f"this login may not read {shown}: its administrator can give it a role with "
            "`bcm server add-user LOGIN --role lead|manager|viewer`")


def recreate(database: Database) -> Path:
    """Back up a SQLite database, then replace it with an empty one. Returns the backup's path.

    Refused while another program (the app, another command) has the file open: removed under it, that program
    would go on writing to a file no longer there, and lose what it wrote. That is known first, so a refusal leaves
    no backup behind (a county's file is hundreds of megabytes a try)."""
    path = database.path
    if path is None:
        raise DomainError("only a database file can be replaced; a server database must be emptied on the server")
    database.close()
    try:
        take_offline(path)
    except DatabaseInUse as exc:
        raise DomainError(f"{path} is open in another program ({exc}): close it there and try again; nothing was "
                          "replaced") from exc
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    # Out of WAL mode, with no other program on it, the file alone holds the whole database.
    backup = copy_raw(path, path.with_name(f"{path.name}.replaced-{stamp}.bak"))
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
