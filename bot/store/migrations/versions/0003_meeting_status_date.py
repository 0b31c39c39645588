"""An index on meetings (status, date): planned and held meetings by date.

Upcoming plans ("status = planned, date from today, soonest first") and a
status-filtered date range are read in index order and stop at their limit,
instead of reading every meeting of that status and sorting it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_meetings_status_date", "meetings", ["status", "date"])


def downgrade() -> None:
    op.drop_index("ix_meetings_status_date", table_name="meetings")
