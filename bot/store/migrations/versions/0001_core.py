"""Core tables: articles, people, their mentions and roles, meetings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    state = op.create_table(
        "store_state",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.bulk_insert(state, [{"key": "data_version", "value": 0}])

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("dateline", sa.Text),
        sa.Column("countries", sa.JSON, nullable=False),
        sa.Column("parsed", sa.JSON, nullable=False),
        sa.Column("parser_version", sa.String(32), nullable=False),
        sa.Column("flagged", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("ingested_at", TS, nullable=False),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])

    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("family_key", sa.Text, nullable=True),
        sa.Column("country", sa.String(2)),
        sa.Column("role", sa.Text),
        sa.Column("org", sa.Text),
        sa.Column("role_seen_on", sa.String(10)),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("seen_on", sa.String(10)),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("name_key", name="uq_people_name_key"),
    )
    op.create_index("ix_people_family_key", "people", ["family_key"])
    op.create_index("ix_people_country_seen_on", "people", ["country", "seen_on"])

    op.create_table(
        "person_mentions",
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey(
                "people.id", ondelete="CASCADE", name="fk_person_mentions_person_id_people"
            ),
            primary_key=True,
        ),
        sa.Column("mention", sa.Text, primary_key=True),
    )

    op.create_table(
        "person_roles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("people.id", ondelete="CASCADE", name="fk_person_roles_person_id_people"),
            nullable=False,
        ),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey(
                "articles.id", ondelete="CASCADE", name="fk_person_roles_article_id_articles"
            ),
            nullable=False,
        ),
        sa.Column("role", sa.Text),
        sa.Column("org", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("seen_on", sa.String(10)),
        sa.Column("evidence", sa.Text),
        sa.UniqueConstraint("person_id", "article_id", name="uq_person_roles_person_id_article_id"),
    )
    op.create_index("ix_person_roles_person_id", "person_roles", ["person_id"])
    op.create_index("ix_person_roles_article_id", "person_roles", ["article_id"])

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("location", sa.Text),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("is_primary", sa.Boolean, nullable=False),
        sa.Column("countries", sa.JSON, nullable=False),
        sa.Column("first_seen_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_meetings_date", "meetings", ["date"])
    op.create_index("ix_meetings_status", "meetings", ["status"])
    op.create_index("ix_meetings_first_seen_at", "meetings", ["first_seen_at"])

    op.create_table(
        "meeting_participants",
        sa.Column(
            "meeting_id",
            sa.Integer,
            sa.ForeignKey(
                "meetings.id",
                ondelete="CASCADE",
                name="fk_meeting_participants_meeting_id_meetings",
            ),
            primary_key=True,
        ),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey(
                "people.id", ondelete="CASCADE", name="fk_meeting_participants_person_id_people"
            ),
            primary_key=True,
        ),
    )
    op.create_index("ix_meeting_participants_person", "meeting_participants", ["person_id"])

    op.create_table(
        "meeting_countries",
        sa.Column(
            "meeting_id",
            sa.Integer,
            sa.ForeignKey(
                "meetings.id", ondelete="CASCADE", name="fk_meeting_countries_meeting_id_meetings"
            ),
            primary_key=True,
        ),
        sa.Column("country", sa.String(2), primary_key=True),
    )
    op.create_index("ix_meeting_countries_country", "meeting_countries", ["country"])

    op.create_table(
        "meeting_articles",
        sa.Column(
            "meeting_id",
            sa.Integer,
            sa.ForeignKey(
                "meetings.id", ondelete="CASCADE", name="fk_meeting_articles_meeting_id_meetings"
            ),
            primary_key=True,
        ),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey(
                "articles.id", ondelete="CASCADE", name="fk_meeting_articles_article_id_articles"
            ),
            primary_key=True,
        ),
        sa.Column("is_primary", sa.Boolean, nullable=False),
        sa.Column("evidence", sa.Text),
    )
    op.create_index("ix_meeting_articles_article", "meeting_articles", ["article_id"])


def downgrade() -> None:
    for table in (
        "meeting_articles",
        "meeting_countries",
        "meeting_participants",
        "meetings",
        "person_roles",
        "person_mentions",
        "people",
        "articles",
        "store_state",
    ):
        op.drop_table(table)
