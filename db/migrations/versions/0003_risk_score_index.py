"""an index for the questions every register window asks first: open risks by score (heat map, highest-scored first)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_risks_status_scores", "risks", ["status", "deleted_at", "register_id", "current_likelihood", "current_impact"])


def downgrade() -> None:
    op.drop_index("ix_risks_status_scores", table_name="risks")
