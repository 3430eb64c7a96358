"""Errors carrying a message fit to show a user: what is wrong, where, and why."""

from __future__ import annotations

from dataclasses import dataclass


class DomainError(Exception):
    """Any refusal by the domain; str() is the message for the user."""


@dataclass
class Problem:
    """One thing wrong with one value: where (row, field), what (value), why (message)."""

    field: str
    value: object
    message: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        shown = "" if self.value is None or self.value == "" else f" {self.value!r}"
        return f"{where}{self.field}{shown}: {self.message}"


class ValidationError(DomainError):
    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def of(cls, field: str, value: object, message: str) -> ValidationError:
        return cls(Problem(field, value, message))


class ConflictError(DomainError):
    """The record changed elsewhere since it was read."""


class NotFoundError(DomainError):
    pass


class PermissionDenied(DomainError):
    """The server refused the change to this login (its role or row-level security); the message says who may."""


class BusyError(DomainError):
    """The database stayed locked by another writer past the busy timeout; nothing was written."""
