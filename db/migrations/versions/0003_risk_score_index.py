"""indexes for the questions every register window asks first: the heat map of open risks, the highest-scored open
risks, a register's open risks (this last one takes the place of the index on register_id alone)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_risks_status_scores", "risks", ["status", "deleted_at", "current_likelihood", "current_impact"])
    op.create_index("ix_risks_open_score", "risks",
                    ["status", "deleted_at", sa.text("(current_likelihood * current_impact)")])
    op.create_index("ix_risks_register_scores", "risks",
                    ["register_id", "status", "deleted_at", "current_likelihood", "current_impact"])
    op.drop_index("ix_risks_register_id", table_name="risks")


def downgrade() -> None:
    op.create_index("ix_risks_register_id", "risks", ["register_id"])
    op.drop_index("ix_risks_register_scores", table_name="risks")
    op.drop_index("ix_risks_open_score", table_name="risks")
    op.drop_index("ix_risks_status_scores", table_name="risks")
