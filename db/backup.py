"""Consistent copies of a SQLite database while it is in use (SQLite's online backup API)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def backup_file(engine: Engine, dest: Path) -> Path:
    """Copy the live database behind engine to dest, atomically (written beside it, then renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    if partial.exists():
        partial.unlink()
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
    finally:
        raw.close()
    os.replace(partial, dest)
    return dest


def remove_database_files(path: Path) -> None:
    """Delete a SQLite database with its -wal and -shm companions (the engine must be disposed first)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.unlink()


# --- restoring ---------------------------------------------------------------------------------------------------

SQLITE_HEADER = b"SQLite format 3\x00"


class UnreadableBackup(Exception):
    """The file is not a SQLite database that can be read; str() says why."""


class DatabaseInUse(Exception):
    """Another program holds the database open."""


def is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == SQLITE_HEADER


def copy_database_file(source: Path, dest: Path) -> Path:
    """Copy the SQLite database in source (not in use, or in use: the copy is consistent) to dest, atomically.

    The source is opened read-only and left as it is. Raises UnreadableBackup when it is not a readable database.
    """
    if not source.is_file():
        raise UnreadableBackup("no such file")
    if source.stat().st_size and not is_sqlite_file(source):
        raise UnreadableBackup("not a SQLite database file")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    if partial.exists():
        partial.unlink()
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
    except sqlite3.Error as exc:
        partial.unlink()
        raise UnreadableBackup(f"cannot be read as a database ({exc})") from exc
    os.replace(partial, dest)
    return dest


def inspect_database_file(path: Path) -> tuple[str | None, list[str]]:
    """The schema revision recorded in a database file (Alembic's), and what SQLite's integrity checks find wrong."""
    problems: list[str] = []
    revision: str | None = None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                problems.extend(f"integrity: {line}" for line in result[:20])
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(f"foreign key: {table} row {rowid} points at a missing {parent} row")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problems.append(f"cannot be read as a database ({exc})")
    return revision, problems


def take_offline(path: Path, timeout: float = 2.0) -> None:
    """Fold the write-ahead log into the file and leave it out of WAL mode: possible only when no other program
    has the database open (raises DatabaseInUse otherwise). Engines on it must be disposed first."""
    try:
        conn = sqlite3.connect(path, timeout=timeout)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise DatabaseInUse(str(exc)) from exc
    if not mode or str(mode[0]).lower() != "delete":
        raise DatabaseInUse("another program has the database open")


def replace_database_file(staged: Path, path: Path) -> None:
    """Put a staged database file (written beside path) in place of path in one rename, its stale -wal, -shm and
    -journal companions removed first so SQLite cannot apply them to the new file."""
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.unlink()
    os.replace(staged, path)
    if hasattr(os, "O_DIRECTORY"):  # make the rename durable (POSIX)
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_raw(path: Path, dest: Path) -> Path:
    """A byte copy of a file that SQLite cannot back up (damaged), with its -wal if it has one."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, dest)
    os.chmod(dest, 0o600)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, dest.with_name(dest.name + "-wal"))
    return dest
