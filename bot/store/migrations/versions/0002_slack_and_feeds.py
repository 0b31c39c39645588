"""The Slack side (subscriptions, channels, deliveries) and feeds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target", sa.String(64), nullable=False),
        sa.Column("created_by", sa.String(32)),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint(
            "channel_id", "kind", "target", name="uq_subscriptions_channel_id_kind_target"
        ),
    )
    op.create_index("ix_subscriptions_channel_id", "subscriptions", ["channel_id"])

    op.create_table(
        "channels",
        sa.Column("channel_id", sa.String(32), primary_key=True),
        sa.Column("digest_enabled", sa.Boolean, nullable=False),
        sa.Column("digest_time", sa.String(5), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("all_quiet", sa.Boolean, nullable=False),
        sa.Column("last_digest_at", TS),
        sa.Column("paused_reason", sa.Text),
        sa.Column("updated_at", TS, nullable=False),
    )

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("claimed_at", TS, nullable=False),
        sa.Column("posted_at", TS),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("message_ts", sa.String(32)),
        sa.Column("payload", sa.JSON),
        sa.UniqueConstraint("kind", "channel_id", "key", name="uq_deliveries_kind_channel_id_key"),
    )
    op.create_index("ix_deliveries_status", "deliveries", ["status"])

    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("interval_minutes", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_poll_at", TS),
        sa.Column("last_success_at", TS),
        sa.Column("last_error", sa.Text),
        sa.Column("articles_taken", sa.Integer, nullable=False),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )


def downgrade() -> None:
    for table in ("feeds", "deliveries", "channels", "subscriptions"):
        op.drop_table(table)
