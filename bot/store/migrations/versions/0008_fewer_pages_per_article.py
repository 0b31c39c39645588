"""Fewer pages written per article: link tables in one B-tree, fewer index entries.

On SQLite, a table whose primary key is not one integer keeps its rows by
rowid and its key in an index beside them: two B-trees written per row, each a
page of every commit. article_prints, person_mentions, meeting_participants and
meeting_countries become WITHOUT ROWID tables (rebuilt here with their rows; no
change on PostgreSQL, which has no rowid). The index of articles by url leaves
out the articles that have none (files), which are never looked up by it. The
index of prints by article goes: no query reads prints by article (only the
deletion of an article would, and the bot deletes none), and every article
wrote eight entries into it.

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
_PRINTS_BY_ARTICLE = "ix_article_prints_article_id"


def _link_tables(with_rowid: bool) -> list[sa.Table]:
    """The four link tables with their indexes: before this revision, or (not with_rowid) after."""
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
    if with_rowid:
        sa.Index(_PRINTS_BY_ARTICLE, prints.c.article_id)
    sa.Index(
        "ix_meeting_participants_person_meeting",
        participants.c.person_id,
        participants.c.meeting_id,
    )
    sa.Index(
        "ix_meeting_countries_country_date",
        sides.c.country,
        sides.c.date,
        sides.c.meeting_id,
        sides.c.status,
    )
    return [prints, mentions, participants, sides]


def _rebuild_sqlite(with_rowid: bool) -> None:
    """Each link table made anew (its rows copied over), under its own name and DDL.

    The old table's indexes are dropped first: renamed with it, they would keep
    the names the new table's indexes take.
    """
    bind = op.get_bind()
    for table in _link_tables(with_rowid):
        old = f"_old_{table.name}"
        indexes = bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",  # not the key's own (automatic) index
            (table.name,),
        ).scalars()
        for name in list(indexes):
            op.execute(f"DROP INDEX {name}")
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
        _rebuild_sqlite(with_rowid=False)  # without the prints index
    else:
        op.drop_index(_PRINTS_BY_ARTICLE, table_name="article_prints")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(with_rowid=True)
    else:
        op.create_index(_PRINTS_BY_ARTICLE, "article_prints", ["article_id"])
    _url_index(None)
