"""Fewer pages written per article: link tables in one B-tree, url index only where set.

On SQLite, a table whose primary key is not one integer keeps its rows by
rowid and its key in an index beside them: two B-trees written per row, each a
page of every commit. article_prints, person_mentions, meeting_participants and
meeting_countries become WITHOUT ROWID tables (rebuilt here with their rows; no
change on PostgreSQL, which has no rowid). The index of articles by url leaves
out the articles that have none (files), which are never looked up by it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_URL_SET = "url IS NOT NULL"


def _link_tables(with_rowid: bool) -> list[tuple[sa.Table, list[sa.Index]]]:
    """The four link tables as of this revision, and their indexes besides the key."""
    meta = sa.MetaData()
    for name in ("articles", "people", "meetings"):
        sa.Table(name, meta, sa.Column("id", sa.Integer, primary_key=True))

    def fk(column: str, parent: str, name: str) -> sa.ForeignKeyConstraint:
        return sa.ForeignKeyConstraint([column], [f"{parent}.id"], ondelete="CASCADE", name=name)

    prints = sa.Table(
        "article_prints",
        meta,
        sa.Column("print", sa.String(16), nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("print", "article_id", name="pk_article_prints"),
        fk("article_id", "articles", "fk_article_prints_article_id_articles"),
        sqlite_with_rowid=with_rowid,
    )
    mentions = sa.Table(
        "person_mentions",
        meta,
        sa.Column("person_id", sa.Integer, nullable=False),
        sa.Column("mention", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("person_id", "mention", name="pk_person_mentions"),
        fk("person_id", "people", "fk_person_mentions_person_id_people"),
        sqlite_with_rowid=with_rowid,
    )
    participants = sa.Table(
        "meeting_participants",
        meta,
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("person_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name="pk_meeting_participants"),
        fk("meeting_id", "meetings", "fk_meeting_participants_meeting_id_meetings"),
        fk("person_id", "people", "fk_meeting_participants_person_id_people"),
        sqlite_with_rowid=with_rowid,
    )
    sides = sa.Table(
        "meeting_countries",
        meta,
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("status", sa.String(16)),
        sa.PrimaryKeyConstraint("meeting_id", "country", name="pk_meeting_countries"),
        fk("meeting_id", "meetings", "fk_meeting_countries_meeting_id_meetings"),
        sqlite_with_rowid=with_rowid,
    )
    return [
        (prints, [sa.Index("ix_article_prints_article_id", prints.c.article_id)]),
        (mentions, []),
        (
            participants,
            [
                sa.Index(
                    "ix_meeting_participants_person_meeting",
                    participants.c.person_id,
                    participants.c.meeting_id,
                )
            ],
        ),
        (
            sides,
            [
                sa.Index(
                    "ix_meeting_countries_country_date",
                    sides.c.country,
                    sides.c.date,
                    sides.c.meeting_id,
                    sides.c.status,
                )
            ],
        ),
    ]


def _rebuild_sqlite(with_rowid: bool) -> None:
    """Each link table made anew (its rows copied over), under its own name and DDL.

    Its indexes are dropped first: renamed with the old table, they would keep
    the names the new table's indexes take.
    """
    bind = op.get_bind()
    for table, indexes in _link_tables(with_rowid):
        old = f"_old_{table.name}"
        for index in indexes:
            op.execute(f"DROP INDEX {index.name}")
        op.execute(f"ALTER TABLE {table.name} RENAME TO {old}")
        table.create(bind)  # with its indexes, filled as the rows go in
        columns = ", ".join(column.name for column in table.columns)
        op.execute(f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {old}")
        op.execute(f"DROP TABLE {old}")


def _url_index(where: str | None) -> None:
    op.drop_index("ix_articles_url", table_name="articles")
    dialects = () if where is None else ("sqlite", "postgresql")
    partial = {f"{dialect}_where": sa.text(where) for dialect in dialects}
    op.create_index("ix_articles_url", "articles", ["url"], **partial)


def upgrade() -> None:
    _url_index(_URL_SET)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(with_rowid=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(with_rowid=True)
    _url_index(None)
