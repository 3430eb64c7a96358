"""Where the database is when none is named: known without importing SQLAlchemy (the first frame asks)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "bcm"


def default_target() -> str:
    """BCM_DB, else the default file in the user data directory (platformdirs: right on Windows too)."""
    env = os.environ.get("BCM_DB")
    if env:
        return env
    import platformdirs  # only here: `bcm --db FILE` starts without it

    return str(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bcm.db")


def sqlite_file(target: str) -> Path | None:
    """The file a target names, if it names a SQLite file by its path (not a URL, not the in-memory database)."""
    if "://" in target or target in ("", ":memory:"):
        return None
    return Path(target).expanduser()
