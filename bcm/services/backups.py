"""Backing up and restoring a database file: the rules (what is checked, what is kept, in what order)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from bcm.context import system_clock
from bcm.database import Database, OpenError, open_database
from bcm.errors import DomainError, Problem, ValidationError
from db.backup import (
    DatabaseInUse,
    UnreadableBackup,
    backup_file,
    copy_database_file,
    copy_raw,
    inspect_database_file,
    is_sqlite_file,
    replace_database_file,
    take_offline,
)
from db.engine import make_engine, sqlite_path
from db.health import integrity_problems
from db.migrate import alembic_config, head_revision

BACKUP_FOLDER = "backups"


@dataclass(frozen=True)
class RestoreReport:
    target: Path
    restored_from: Path
    replaced_backup: Path | None  # the copy taken of what was replaced (None when there was no database)
    revision: str
    migrated: bool


def _file_of(target: str, what: str) -> Path:
    path = sqlite_path(target)
    if path is None:
        raise DomainError(f"{what} works on a database file; back up a server database on the server (pg_dump)")
    return path.resolve()


def default_backup_path(database_path: Path, now: datetime | None = None, note: str = "") -> Path:
    """backups/NAME-YYYY-MM-DD_HHMMSS.bak beside the database; never an existing file."""
    stamp = (now or system_clock()).astimezone().strftime("%Y-%m-%d_%H%M%S")
    folder = database_path.parent / BACKUP_FOLDER
    base = f"{database_path.stem}{'-' + note if note else ''}-{stamp}"
    candidate = folder / f"{base}.bak"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{base}-{counter}.bak"
    return candidate


def backup(database: Database, out: Path | None = None, now: datetime | None = None) -> Path:
    """A consistent copy of the open database (SQLite's online backup: safe while the app is writing to it)."""
    path = _file_of(database.target, "backup")
    dest = (out or default_backup_path(path, now)).resolve()
    if dest == path:
        raise ValidationError.of("--out", str(out), "is the database itself: choose another file")
    if dest.is_dir():
        raise ValidationError.of("--out", str(out), "is a folder: give a file name")
    backup_file(database.engine, dest)
    _, problems = inspect_database_file(dest)
    if problems:
        raise DomainError(f"the backup written to {dest} does not check out: {'; '.join(problems)}")
    return dest


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory  # imported when needed: Alembic is slow to import
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def check_backup(source: Path, staged: Path) -> str:
    """Copy source to staged and check the copy: a SQLite database, sound, at a schema this app knows.

    Returns its schema revision; raises ValidationError saying why not (staged is then removed).
    """
    try:
        copy_database_file(source, staged)
    except UnreadableBackup as exc:
        raise ValidationError(Problem("backup", str(source), f"{exc}: nothing was restored")) from exc
    revision, problems = inspect_database_file(staged)
    if not problems and revision is None:
        problems.append("it is not a bcm database (it has no schema revision)")
    if not problems and revision is not None and not known_revision(revision):
        problems.append(f"it is at schema revision {revision}, which this version of the app does not know "
                        "(it was written by a newer version): update the app first")
    if problems:
        staged.unlink(missing_ok=True)
        raise ValidationError(Problem("backup", str(source), "; ".join(problems) + ": nothing was restored"))
    assert revision is not None
    return revision


def _keep_copy(path: Path, now: datetime | None) -> Path | None:
    """Back up the database about to be replaced; a damaged one is copied byte for byte."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    dest = default_backup_path(path, now, "before-restore")
    if is_sqlite_file(path):
        engine = make_engine(str(path))
        try:
            return backup_file(engine, dest)
        except (sqlite3.Error, DBAPIError):
            dest.with_name(dest.name + ".partial").unlink(missing_ok=True)  # damaged: copied byte for byte below
        finally:
            engine.dispose()
    return copy_raw(path, dest)


def restore(target: str, source: Path, *, database: Database | None = None, now: datetime | None = None
            ) -> RestoreReport:
    """Replace the database at target with the backup in source.

    The backup is checked first (on a copy beside the target); the database it replaces is backed up; then the copy
    is renamed into place in one step. Works where there is no database yet. A database open in this process must
    be passed as database (it is closed first); one open in another program makes the restore refuse.
    """
    path = _file_of(target, "restore")
    source = source.expanduser().resolve()
    if source == path:
        raise ValidationError.of("backup", str(source), "is the database itself")
    if path.is_dir():
        raise ValidationError.of("--db", str(path), "is a folder, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(path.name + ".restoring")
    try:
        revision = check_backup(source, staged)
        if database is not None:
            database.close()
        replaced = _keep_copy(path, now)
        if path.exists() and is_sqlite_file(path):
            try:
                take_offline(path)
            except DatabaseInUse as exc:
                raise DomainError(f"{path} is open in another program ({exc}): close it there, then restore "
                                  "again; nothing was restored") from exc
        replace_database_file(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    try:
        restored = open_database(str(path))  # brings an older backup up to the current schema
    except OpenError as exc:
        raise DomainError(f"the backup was restored to {path} but cannot be opened: {exc}") from exc
    try:
        problems = integrity_problems(restored.engine)
    finally:
        restored.close()
    if problems:
        raise DomainError(f"the restored database does not check out: {'; '.join(problems)}")
    return RestoreReport(path, source, replaced, revision, revision != head_revision())


AUTO_NOTE = "auto"
DEFAULT_KEEP = 10


def auto_backup(database: Database, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """The backup taken each time the app opens a database file; only the newest `keep` are kept."""
    path = sqlite_path(database.target)
    if path is None or keep < 1:
        return None
    dest = backup(database, default_backup_path(path.resolve(), now, AUTO_NOTE), now)
    for old in sorted(dest.parent.glob(f"{path.stem}-{AUTO_NOTE}-*.bak"), key=lambda p: p.stat().st_mtime,
                      reverse=True)[keep:]:
        old.unlink(missing_ok=True)
    return dest
