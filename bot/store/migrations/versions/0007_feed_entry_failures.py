"""Feed entries whose page failed: how often, so a page that keeps failing is given up.

Before this, an entry whose page could not be fetched or read was fetched
again on every poll of its feed, for as long as the feed listed it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_entry_failures",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column(
            "feed_id",
            sa.Integer,
            sa.ForeignKey(
                "feeds.id", ondelete="CASCADE", name="fk_feed_entry_failures_feed_id_feeds"
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("last_try_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_feed_entry_failures_feed_id", "feed_entry_failures", ["feed_id"])


def downgrade() -> None:
    op.drop_table("feed_entry_failures")
