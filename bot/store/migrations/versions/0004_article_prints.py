"""Article body fingerprints, so syndicated copies of one story share their meetings.

Existing articles get their prints computed here, in batches.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    prints = op.create_table(
        "article_prints",
        sa.Column("print", sa.String(16), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey(
                "articles.id", ondelete="CASCADE", name="fk_article_prints_article_id_articles"
            ),
            primary_key=True,
        ),
    )
    op.create_index("ix_article_prints_article_id", "article_prints", ["article_id"])

    from bot.store.keys import text_prints

    conn = op.get_bind()
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("text", sa.Text))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(articles.c.id, articles.c.text)
            .where(articles.c.id > last)
            .order_by(articles.c.id)
            .limit(500)
        ).all()
        if not rows:
            break
        batch = [{"print": p, "article_id": row.id} for row in rows for p in text_prints(row.text)]
        if batch:
            conn.execute(prints.insert(), batch)
        last = rows[-1].id


def downgrade() -> None:
    op.drop_table("article_prints")
