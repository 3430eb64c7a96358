"""What a command is handed: the parsed arguments and the database, opened on first use."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from bcm.context import Context
from bcm.database import Database, default_target, open_database


@dataclass
class Runtime:
    args: argparse.Namespace
    _database: Database | None = field(default=None, init=False)

    @property
    def target(self) -> str:
        return getattr(self.args, "db", None) or default_target()

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.target)
        return self._database

    @property
    def ctx(self) -> Context:
        return Context(self.database.sessions)

    def reset(self) -> None:
        """Forget the open database so the next use opens it afresh."""
        self.close()
        self._database = None

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
