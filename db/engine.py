"""One engine per target, SQLite pragmas on every connection, and a session factory (never a global session)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db.journal import install
from db.until_written import note_begin

BUSY_TIMEOUT_MS = 10_000


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind a target, or None for a server URL or an in-memory database."""
    if not is_url(target):
        return Path(target).expanduser()
    url = make_url(target)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser()
    return None


def create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only: it holds staff phone numbers.

    SQLite gives its -wal and -shm files the same permissions as the database file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy own transactions (pysqlite's own BEGIN handling would defer the write lock).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    # SQLite's own lower() folds ASCII letters only, so "Élodie" was not found as "élodie" (what str.lower()
    # makes of a name typed in any case), where PostgreSQL's folds every letter. No index is on lower(): nothing
    # stored depends on which lower() ran.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_begin(conn: Any) -> None:
    # On the driver's connection, not through exec_driver_sql: every read opens a transaction, and that path
    # cost a fifth of a register's heat map. SQLAlchemy does not wrap what a begin listener raises: this does, so
    # an error here is the DBAPIError the callers handle (a deferred BEGIN takes no lock, so is rarely one).
    driver = conn.connection.driver_connection
    try:
        driver.execute("BEGIN")
    except sqlite3.Error as exc:
        raise DBAPIError.instance("BEGIN", None, exc, sqlite3.Error) from exc
    note_begin(conn, driver)


def make_engine(target: str) -> Engine:
    """Engine for a SQLite file path or any SQLAlchemy URL."""
    if not is_url(target):
        path = Path(target).expanduser().resolve()
        create_private_file(path)
        url: str | URL = URL.create("sqlite", database=str(path))  # a path may hold "?" or "#": not parsed as a URL
    else:
        url = target
        path_or_none = sqlite_path(target)
        if path_or_none is not None:
            create_private_file(path_or_none)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that journal every record they write (db.journal), for sync."""
    factory = sessionmaker(engine, expire_on_commit=False)
    install(factory)
    return factory
