"""partial indexes of the open risks for the questions every register window asks first: the heat map of open risks,
the highest-scored open risks, a register's open risks

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

OPEN_RISK = sa.text("status = 'open' AND deleted_at IS NULL")


def upgrade() -> None:
    where = {"sqlite_where": OPEN_RISK, "postgresql_where": OPEN_RISK}
    op.create_index("ix_risks_open_scores", "risks", ["current_likelihood", "current_impact", "status", "deleted_at"],
                    **where)
    op.create_index("ix_risks_open_score", "risks",
                    [sa.text("(current_likelihood * current_impact)"), "status", "deleted_at"], **where)
    op.create_index("ix_risks_open_by_register", "risks",
                    ["register_id", "current_likelihood", "current_impact", "status", "deleted_at"], **where)


def downgrade() -> None:
    op.drop_index("ix_risks_open_by_register", table_name="risks")
    op.drop_index("ix_risks_open_score", table_name="risks")
    op.drop_index("ix_risks_open_scores", table_name="risks")
