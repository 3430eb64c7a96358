"""What a command is handed: the parsed arguments and the database, opened on first use."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass, field

from sqlalchemy import make_url

from bcm.context import Context
from bcm.database import Database, PasswordRequired, open_database
from bcm.locations import default_target


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
            try:
                self._database = open_database(self.target)
            except PasswordRequired as exc:
                if not sys.stdin.isatty():
                    raise PasswordRequired(f"{exc}: run interactively to be asked for it, or set PGPASSWORD for "
                                           "this session") from exc
                # asked for, used and forgotten: never written anywhere
                secret = getpass.getpass(f"{exc}; password: ")
                url = make_url(self.target).set(password=secret)
                self._database = open_database(url.render_as_string(hide_password=False))
        return self._database

    @property
    def ctx(self) -> Context:
        return Context(self.database.sessions, user=self.database.user())

    def reset(self) -> None:
        """Forget the open database so the next use opens it afresh."""
        self.close()
        self._database = None

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
