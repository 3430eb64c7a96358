"""Low-level soundness checks of a database file."""

from __future__ import annotations

from sqlalchemy import Engine


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity and foreign key checks; empty when sound. Server databases check themselves."""
    if engine.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    with engine.connect() as conn:
        result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(f"integrity: {line}" for line in result)
        for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: {table} row {rowid} points at a missing {parent} row")
    return problems
