"""Data safety: backups while in use, restore checks first and keeps what it replaces, a killed import leaves all or
nothing, and a stale save from a second process is refused."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bcm.context import Context
from bcm.database import Database, open_database
from bcm.errors import ConflictError, DomainError, ValidationError
from bcm.services import risks
from bcm.services.backups import BACKUP_FOLDER, backup, restore
from bcm.services.health import check_database
from db.models import Base, Risk
from tests.conftest import fixed_clock

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.sqlite_only  # backup and restore are for files; tests/test_postgres.py covers the refusal


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
                for t in Base.metadata.sorted_tables}
    finally:
        conn.close()


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.cli.main", *args], capture_output=True, text=True,
                          timeout=timeout, check=False, cwd=ROOT)


def test_backup_then_restore_into_a_new_file_keeps_everything(demo_db: Database, demo_ctx: Context,
                                                              tmp_path: Path) -> None:
    copy = backup(demo_db, tmp_path / "out" / "demo.bak")
    target = tmp_path / "new" / "restored.db"
    report = restore(str(target), copy)
    assert report.replaced_backup is None and not report.migrated
    assert table_counts(target) == table_counts(copy)
    restored = open_database(str(target))
    try:
        ctx = Context(restored.sessions, user="tester", clock=fixed_clock)
        assert risks.list_risks(ctx) == risks.list_risks(demo_ctx)
        assert check_database(restored, ctx).sound
    finally:
        restored.close()
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_backup_defaults_to_a_timestamped_file_in_a_backups_folder(demo_db: Database) -> None:
    assert demo_db.path is not None
    first = backup(demo_db)
    second = backup(demo_db)
    assert first.parent == demo_db.path.parent / BACKUP_FOLDER
    assert first != second and first.name.startswith("demo-") and first.suffix == ".bak"


def test_a_backup_is_consistent_while_another_connection_is_writing(ctx: Context, database: Database,
                                                                    tmp_path: Path) -> None:
    risks.create_register(ctx, "Committed register")
    assert database.path is not None
    writer = sqlite3.connect(database.path)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE risk_registers SET name = 'Half-written'")
        copy = backup(database, tmp_path / "during.bak")
    finally:
        writer.rollback()
        writer.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM risk_registers").fetchall() == [("Committed register",)]
    conn.close()


def test_restore_backs_up_the_database_it_replaces(ctx: Context, database: Database, demo_file: Path) -> None:
    risks.create_register(ctx, "Only in the replaced database")
    assert database.path is not None
    database.close()
    report = restore(database.target, demo_file)
    assert report.replaced_backup is not None and report.replaced_backup.parent.name == BACKUP_FOLDER
    kept = sqlite3.connect(report.replaced_backup)
    assert kept.execute("SELECT name FROM risk_registers").fetchall() == [("Only in the replaced database",)]
    kept.close()
    assert table_counts(database.path) == table_counts(demo_file)


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is a spreadsheet, honest\n" * 100)


def _truncated(path: Path, demo: Path) -> None:
    path.write_bytes(demo.read_bytes()[: demo.stat().st_size // 3])


def _bare_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()


def _from_the_future(path: Path, demo: Path) -> None:
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("damage", "message"), [
    ("garbage", "not a SQLite database file"),
    ("truncated", "malformed"),
    ("bare", "not a bcm database"),
    ("future", "newer version"),
    ("missing", "no such file"),
])
def test_restore_refuses_a_file_that_is_not_a_sound_backup(ctx: Context, database: Database, demo_file: Path,
                                                           tmp_path: Path, damage: str, message: str) -> None:
    risks.create_register(ctx, "Still here")
    database.close()
    assert database.path is not None
    before = table_counts(database.path)
    bad = tmp_path / "bad.bak"
    {"garbage": lambda: _garbage(bad), "truncated": lambda: _truncated(bad, demo_file),
     "bare": lambda: _bare_sqlite(bad), "future": lambda: _from_the_future(bad, demo_file),
     "missing": lambda: None}[damage]()
    with pytest.raises(ValidationError, match=message):
        restore(database.target, bad)
    assert table_counts(database.path) == before
    assert not list(tmp_path.glob("*.restoring*")) and not (tmp_path / BACKUP_FOLDER).exists()


def test_restore_command_refuses_with_exit_2_and_never_creates_the_target(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bak"
    _garbage(bad)
    result = cli("--db", str(tmp_path / "r.db"), "restore", str(bad))
    assert result.returncode == 2
    assert "not a SQLite database file: nothing was restored" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "r.db").exists()


def test_restore_refuses_while_another_program_has_the_database_open(ctx: Context, database: Database,
                                                                     demo_file: Path) -> None:
    risks.create_register(ctx, "In use")
    assert database.path is not None
    with database.engine.connect() as conn:  # the app, holding the file open
        conn.execute(text("SELECT 1"))
        with pytest.raises(DomainError, match="open in another program"):
            restore(database.target, demo_file)
    assert risks.list_registers(ctx)[0].name == "In use"


def test_backup_and_restore_commands(demo_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    source.write_bytes(demo_file.read_bytes())
    made = cli("--db", str(source), "backup", "--out", str(tmp_path / "b.bak"))
    assert made.returncode == 0, made.stderr
    restored = cli("--db", str(tmp_path / "r.db"), "restore", str(tmp_path / "b.bak"))
    assert restored.returncode == 0, restored.stderr
    assert table_counts(tmp_path / "r.db") == table_counts(source)
    missing = cli("--db", str(tmp_path / "none.db"), "backup")
    assert missing.returncode == 2 and "no database there" in missing.stderr


# --- killed mid-way, and two writers ---------------------------------------------------------------------------------

KILL_ROWS = 20_000


def test_an_import_killed_mid_way_leaves_a_sound_database_with_none_of_it(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    open_database(str(db)).close()  # migrated and closed: no -wal until the import writes
    big = tmp_path / "big.csv"
    with big.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["ref", "register", "title", "owner", "likelihood", "impact", "next_review", "controls"])
        for i in range(KILL_ROWS):
            writer.writerow([f"K{i:06d}", "Load test", f"Generated risk {i} " + "x" * 200, f"Owner {i % 50}",
                             1 + i % 5, 1 + (i // 5) % 5, "31/01/2027", "First control\nSecond control"])
    wal = db.with_name(db.name + "-wal")
    process = subprocess.Popen([sys.executable, "-m", "ui.cli.main", "--db", str(db), "import", "risks", str(big)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    killed = False
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 1_000_000:  # it has started writing the risks
            os.kill(process.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.005)
    _, stderr = process.communicate(timeout=30)
    assert killed, f"the import ended before it could be killed: {process.returncode} {stderr!r}"
    assert process.returncode == -signal.SIGKILL
    database = open_database(str(db))
    try:
        report = check_database(database, Context(database.sessions))
        assert report.sound, report.problems
        with database.sessions() as session:
            assert session.scalar(select(func.count(Risk.id))) == 0
    finally:
        database.close()


def test_a_stale_save_from_a_second_process_is_refused(ctx: Context, database: Database) -> None:
    risks.create_register(ctx, "Ops")
    risk_id = risks.create_risk(ctx, risks.RiskInput(register="Ops", ref="OPS1", title="Fuel", likelihood=3,
                                                     impact=3))
    read_version = risks.get_risk(ctx, risk_id).row.version
    other = textwrap.dedent(f"""
        import uuid
        from bcm.context import Context
        from bcm.database import open_database
        from bcm.services.risks import update_risk
        db = open_database({database.target!r})
        update_risk(Context(db.sessions, user="other desk"), uuid.UUID({str(risk_id)!r}), {read_version},
                    title="Fuel disruption (saved first)")
        db.close()
    """)
    first = subprocess.run([sys.executable, "-c", other], cwd=ROOT, capture_output=True, text=True, timeout=60,
                           check=False)
    assert first.returncode == 0, first.stderr
    with pytest.raises(ConflictError, match="changed elsewhere by other desk"):
        risks.update_risk(ctx, risk_id, read_version, title="Fuel shortage (saved second, stale)")
    assert risks.get_risk(ctx, risk_id).row.title == "Fuel disruption (saved first)"
