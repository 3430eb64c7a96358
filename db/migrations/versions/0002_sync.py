"""offline replicas: change journal, sync clock, base snapshots, held changes, conflicts; log entries merge by union

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOG_UNIQUE = "uq_log_entries_incident_id_sequence"
LOG_MESSAGE = "log_entries are append-only: record a correction as a new entry"


def upgrade() -> None:
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )
    op.create_table(
        "sync_changes",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", "table_name", "record_id", name=op.f("pk_sync_changes")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_held",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_held")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("record_label", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_open", ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflicts_record_id"), ["record_id"], unique=False)
    _journal_existing_records()
    _log_sequence_not_unique()


def _journal_existing_records() -> None:
    """Records written before this revision count as changed at sequence 1: a replica pushes them, a server serves them."""
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        columns = {c["name"] for c in inspector.get_columns(table)}
        if table.startswith("sync_") or not {"id", "version", "deleted_at"} <= columns:
            continue
        op.execute(f"INSERT INTO sync_changes (seq, table_name, record_id) SELECT 1, '{table}', id FROM {table}")
    op.execute("INSERT INTO sync_clock (id, seq) VALUES (1, 1)")


def _log_sequence_not_unique() -> None:
    """Two laptops offline may each write entry 5 of one incident's log: the merged log keeps both."""
    if op.get_bind().dialect.name == "sqlite":
        # the table is copied without its guard triggers: drop them first, put them back after
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS log_entries_no_{verb}")
        with op.batch_alter_table("log_entries", schema=None, recreate="always") as batch_op:
            batch_op.drop_constraint(LOG_UNIQUE, type_="unique")
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER log_entries_no_{verb.lower()} BEFORE {verb} ON log_entries "
                f"BEGIN SELECT RAISE(ABORT, '{LOG_MESSAGE}'); END"
            )
    else:
        op.drop_constraint(LOG_UNIQUE, "log_entries", type_="unique")
    with op.batch_alter_table("log_entries", schema=None) as batch_op:
        batch_op.create_index("ix_log_entries_incident_id_sequence", ["incident_id", "sequence"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("log_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_log_entries_incident_id_sequence")
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS log_entries_no_{verb}")
        with op.batch_alter_table("log_entries", schema=None, recreate="always") as batch_op:
            batch_op.create_unique_constraint(LOG_UNIQUE, ["incident_id", "sequence"])
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER log_entries_no_{verb.lower()} BEFORE {verb} ON log_entries "
                f"BEGIN SELECT RAISE(ABORT, '{LOG_MESSAGE}'); END"
            )
    else:
        op.create_unique_constraint(LOG_UNIQUE, "log_entries", ["incident_id", "sequence"])
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_record_id"))
        batch_op.drop_index("ix_sync_conflicts_open")
    for table in ("sync_conflicts", "sync_held", "sync_base", "sync_state", "sync_changes", "sync_clock"):
        op.drop_table(table)
