"""What every service call is given: the session factory, the current user and a clock (injectable for tests)."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from bcm.errors import BusyError, ConflictError, PermissionDenied
from db.server import explain_refusal

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for a refusal by GRANT, row-level security or our guards
# A read on PostgreSQL sees one state of the database throughout, as a SQLite read transaction does. Under the
# server's default (READ COMMITTED) each statement sees what was committed as it began, so a count and the list it
# heads, or a plan and its tables in a printed pack, could disagree by a change another user committed between the
# two. A read-only transaction at REPEATABLE READ is never refused for a conflict.
_ONE_SNAPSHOT = text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def system_clock() -> datetime:
    return datetime.now(UTC)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return "unknown"


@dataclass(frozen=True)
class Context:
    sessions: sessionmaker[Session]
    user: str = field(default_factory=current_user)
    clock: Callable[[], datetime] = system_clock

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().astimezone().date()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error.

        Two copies of the app on one file: a save that loses the race is refused as a conflict, and a database
        kept busy past the busy timeout says so, rather than either surfacing as a crash."""
        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError as exc:
            raise ConflictError("this record was changed elsewhere while you were saving it; reload it and make "
                                "your change again") from exc
        except OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise BusyError("the database is busy (another copy of the app or a command is writing to it); "
                                "nothing was saved: try again in a moment") from exc
            raise
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                raise PermissionDenied(self._refusal(exc)) from exc
            raise

    def _refusal(self, exc: DBAPIError) -> str:
        diag = getattr(exc.orig, "diag", None)
        message = str(getattr(diag, "message_primary", None) or exc.orig)
        try:
            with self.sessions() as session:
                return explain_refusal(session.connection(), message)
        except DBAPIError:
            return f"the server refused this change: {message}"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read: every statement in it sees the same state of the database (_ONE_SNAPSHOT); it writes nothing."""
        with self.sessions() as session:
            if self._on_a_server():
                session.execute(_ONE_SNAPSHOT)
            yield session

    @contextmanager
    def reading_columns(self) -> Iterator[Connection]:
        """A read on a Core connection, for plain columns and no ORM objects, as `reading`. A session costs as much
        as a register's whole heat map query; reads of well under a millisecond, asked for on each click, use this."""
        with self.sessions.kw["bind"].connect() as conn:
            if self._on_a_server():
                conn.execute(_ONE_SNAPSHOT)
            yield conn

    def _on_a_server(self) -> bool:
        return bool(self.sessions.kw["bind"].dialect.name == "postgresql")
