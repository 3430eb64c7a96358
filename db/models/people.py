"""People and the services they run."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Record

LOCALITIES = ("North Kent", "West Kent", "Ashford and Canterbury", "Thanet and South Kent Coast", "countywide")


class Person(Record):
    __tablename__ = "people"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_present"),)

    name: Mapped[str] = mapped_column(String(200), index=True)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    work_phone: Mapped[str] = mapped_column(String(40), default="")
    mobile: Mapped[str] = mapped_column(String(40), default="")
    out_of_hours: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    on_call_role: Mapped[str] = mapped_column(String(100), default="")


class Service(Record):
    __tablename__ = "services"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("locality IN (" + ", ".join(f"'{x}'" for x in LOCALITIES) + ")", name="locality_known"),
    )

    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    division: Mapped[str] = mapped_column(String(200), default="")
    locality: Mapped[str] = mapped_column(String(40), default="countywide")
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
