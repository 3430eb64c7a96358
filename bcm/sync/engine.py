"""One sync of a local replica with a server database: pull and merge, then push; again if the server moved on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from bcm.database import Database
from bcm.errors import BusyError
from bcm.sync import ledger
from bcm.sync.pull import pull
from bcm.sync.push import push
from bcm.sync.report import ServerUnreachable, SyncRefused, SyncReport
from db.engine import is_url, make_engine, sqlite_path
from db.migrate import current_revision, head_revision

ROUNDS = 3  # pull+push again while the server keeps moving under us
CONNECT_TIMEOUT_SECONDS = 10


def without_password(url: str) -> str:
    """The URL as it may be stored: never with its password."""
    if not is_url(url):
        return url
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str | None) -> str:
    """The URL to connect with: the stored URL and a password given for this session only."""
    if not password or not is_url(url):
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def needs_password(url: str) -> bool:
    return is_url(url) and make_url(url).get_backend_name() != "sqlite" and make_url(url).password is None


def connect_server(url: str) -> Engine:
    """An engine on the server, checked reachable and at this app's schema."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise ServerUnreachable(f"no server database at {path}")
    try:
        target = url
        if is_url(url) and make_url(url).get_backend_name() == "postgresql":
            timed = make_url(url).update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_SECONDS)})
            target = timed.render_as_string(hide_password=False)
        engine = make_engine(target)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise SyncRefused(f"cannot use {without_password(url)} as a server: {exc}") from exc
    try:
        revision = current_revision(engine)
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise ServerUnreachable(f"the server {without_password(url)} cannot be reached ({reason}); you are working "
                                "offline: your changes are kept here and go up at the next sync") from exc
    if revision != head_revision():
        engine.dispose()
        raise SyncRefused(f"the server {without_password(url)} is at schema revision {revision or 'none'} and this "
                          f"app needs {head_revision()}: prepare or upgrade it with `bcm server init`")
    return engine


def sync(database: Database, url: str, user: str, clock: Callable[[], datetime]) -> SyncReport:
    report = SyncReport()
    server = connect_server(url)
    try:
        for _ in range(ROUNDS):
            pull(database.engine, server, report, clock(), user)
            if not push(database.engine, server, report):
                break
        report.finished_at = clock()
        with database.engine.begin() as conn:
            ledger.set_state(conn, ledger.SERVER, without_password(url))
            ledger.set_state(conn, ledger.LAST_SYNC, report.finished_at.isoformat())
            report.open_conflicts = len(ledger.open_conflict_keys(conn))
    except OperationalError as exc:
        text = str(exc.orig)
        if ("locked" in text or "busy" in text) and exc.connection_invalidated is False:
            raise BusyError("the local database is busy: nothing was lost; sync again in a moment") from exc
        raise ServerUnreachable("the connection to the server was lost part-way through the sync; nothing is lost: "
                                "the next sync completes it") from exc
    finally:
        server.dispose()
    return report


@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    last_sync: datetime | None
    open_conflicts: int
    waiting: int  # records changed here, not yet on the server
    refused: int = 0  # of those, changes the server's roles refused (kept here: bcm sync discard takes them back)


def sync_status(database: Database) -> SyncStatus:
    with database.engine.connect() as conn:
        server = ledger.get_state(conn, ledger.SERVER)
        last = ledger.get_state(conn, ledger.LAST_SYNC)
        waiting = len(ledger.dirty(conn)) if server else 0
        refused = len(ledger.refused(conn)) if server else 0
        conflicts = conn.execute(select(func.count()).select_from(ledger.conflict_table)
                                 .where(ledger.conflict_table.c.resolved_at.is_(None))).scalar_one()
    return SyncStatus(server, datetime.fromisoformat(last) if last else None, conflicts, waiting, refused)


def remember_server(database: Database, url: str) -> None:
    with database.engine.begin() as conn:
        ledger.set_state(conn, ledger.SERVER, without_password(url))
