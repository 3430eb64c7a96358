"""Finding people by name (owners, authors, contacts), creating the ones a record names for the first time."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bcm.context import Context
from bcm.errors import ValidationError
from bcm.services.audit import created
from db.models import Person


def person_id(session: Session, ctx: Context, name: str | None, *, create: bool = True) -> uuid.UUID | None:
    """The id of the person with this name (case and spacing ignored), created if unknown and create is set."""
    if name is None or not name.strip():
        return None
    clean = " ".join(name.split())
    found = session.scalar(
        select(Person.id).where(func.lower(Person.name) == clean.lower(), Person.deleted_at.is_(None)).limit(1)
    )
    if found is not None:
        return found
    if not create:
        raise ValidationError.of("person", name, "no such person")
    person = Person(name=clean)
    created(session, ctx, person, clean)
    return person.id


def names_by_id(session: Session, ids: Collection[uuid.UUID | None] | None = None) -> dict[uuid.UUID, str]:
    """Everyone's name by id (the deleted too: history keeps their names); only those of `ids`, if given, rather than
    a county's thousands."""
    query = select(Person.id, Person.name)
    if ids is not None:
        query = query.where(Person.id.in_({pid for pid in ids if pid is not None}))
    return dict(session.execute(query).tuples().all())


def list_people_names(ctx: Context) -> list[str]:
    with ctx.reading() as session:
        return list(session.scalars(select(Person.name).where(Person.deleted_at.is_(None)).order_by(Person.name)))
