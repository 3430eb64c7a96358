"""`bcm server init URL`, `bcm server add-user LOGIN --role ROLE --person NAME` and `bcm server users`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from bcm.errors import ValidationError
from bcm.services import server
from ui.cli.output import emit, emit_json, table
from ui.cli.runtime import Runtime


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("server", help="prepare a shared PostgreSQL server and give people logins",
                            parents=[common])
    commands = parser.add_subparsers(dest="server_command", required=True, metavar="SUBCOMMAND")
    init = commands.add_parser(
        "init", parents=[common],
        help="migrate a PostgreSQL database and create the bcm roles, grants and row-level security (idempotent)",
    )
    init.add_argument("url", nargs="?", metavar="URL",
                      help="postgresql+psycopg://ADMIN@HOST/DATABASE (default: --db); connect as its owner")
    init.set_defaults(handler=init_command)
    add = commands.add_parser(
        "add-user", parents=[common],
        help="create a login (or change its role): lead, manager (their own services) or viewer (read-only)",
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=server.ROLE_NAMES)
    add.add_argument("--person", metavar="NAME", help="who the login is, from People (required for a manager)")
    add.add_argument("--password-env", metavar="VAR",
                     help="read the password from this environment variable (default: ask for it)")
    add.set_defaults(handler=add_user_command)
    users = commands.add_parser("users", parents=[common], help="list the logins, their roles and people")
    users.add_argument("--format", choices=("table", "json"), default="table")
    users.set_defaults(handler=users_command)


def init_command(rt: Runtime) -> int:
    target = rt.args.url or rt.target
    ready = server.init_server(target)
    emit(f"server database ready: {ready.target} at schema revision {ready.revision}")
    emit(f"roles: {', '.join(ready.roles)}; grants on {ready.tables} tables; row-level security and guards on "
         f"{ready.guarded} (plans, risks, actions and what hangs on them)")
    emit("next: bcm server add-user LOGIN --role lead|manager|viewer --person NAME --db URL")
    return 0


def _password(rt: Runtime) -> str:
    variable = rt.args.password_env
    if variable:
        value = os.environ.get(variable, "")
        if not value:
            raise ValidationError.of("--password-env", variable, "is not set, or empty, in the environment")
        return value
    if not sys.stdin.isatty():
        raise ValidationError.of("password", "", "not given: run interactively to be asked, or use --password-env VAR")
    first = getpass.getpass(f"password for {rt.args.login}: ")
    if not first:
        raise ValidationError.of("password", "", "is empty")
    if getpass.getpass("again: ") != first:
        raise ValidationError.of("password", "", "the two entries differ")
    return first


def add_user_command(rt: Runtime) -> int:
    args = rt.args
    existing = {u.login for u in server.list_users(rt.database)}
    password = None if args.login in existing and not args.password_env and not sys.stdin.isatty() \
        else _password(rt)
    added = server.add_user(rt.database, args.login, args.role, args.person, password)
    who = f" ({added.person})" if added.person else ""
    emit(f"{'created' if added.created else 'updated'} login {added.login}{who}: {added.role}")
    return 0


def users_command(rt: Runtime) -> int:
    users = server.list_users(rt.database)
    if rt.args.format == "json":
        emit_json([{"login": u.login, "role": u.role, "person": u.person} for u in users])
    else:
        emit(table(["login", "role", "person"], [(u.login, u.role, u.person) for u in users]))
    return 0
