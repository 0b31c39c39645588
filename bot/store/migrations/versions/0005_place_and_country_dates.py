"""Meetings by place and by country read in index order.

`meetings.place_key` (bot.store.keys.place_key of the location) lets the place
card find a place's meetings by equality on an index, newest first, instead of
matching a substring against every location. `meeting_countries` gets a copy
of its meeting's date and status and an index (country, date, meeting_id,
status), so a country's page of held or planned meetings stops at the page
size instead of sorting all of that country's meetings; it replaces the index
on country alone. Existing rows are filled in here.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meetings", sa.Column("place_key", sa.Text))
    op.add_column("meeting_countries", sa.Column("date", sa.String(10)))
    op.add_column("meeting_countries", sa.Column("status", sa.String(16)))

    from bot.store.keys import place_key

    conn = op.get_bind()
    meetings = sa.table(
        "meetings",
        sa.column("id", sa.Integer),
        sa.column("location", sa.Text),
        sa.column("place_key", sa.Text),
        sa.column("date", sa.String),
        sa.column("status", sa.String),
    )
    locations = conn.execute(
        sa.select(meetings.c.location).where(meetings.c.location.is_not(None)).distinct()
    ).scalars()
    keyed = [{"loc": loc, "key": place_key(loc)} for loc in locations]
    if keyed:
        conn.execute(
            meetings.update()
            .where(meetings.c.location == sa.bindparam("loc"))
            .values(place_key=sa.bindparam("key")),
            keyed,
        )
    sides = sa.table(
        "meeting_countries",
        sa.column("meeting_id", sa.Integer),
        sa.column("date", sa.String),
        sa.column("status", sa.String),
    )

    def of_meeting(col: sa.ColumnClause) -> sa.ScalarSelect:
        return sa.select(col).where(meetings.c.id == sides.c.meeting_id).scalar_subquery()

    conn.execute(
        sides.update().values(
            date=of_meeting(meetings.c.date), status=of_meeting(meetings.c.status)
        )
    )
    op.create_index("ix_meetings_place_key_date", "meetings", ["place_key", "date", "id"])
    op.create_index(
        "ix_meeting_countries_country_date",
        "meeting_countries",
        ["country", "date", "meeting_id", "status"],
    )
    op.drop_index("ix_meeting_countries_country", table_name="meeting_countries")


def downgrade() -> None:
    op.create_index("ix_meeting_countries_country", "meeting_countries", ["country"])
    op.drop_index("ix_meeting_countries_country_date", table_name="meeting_countries")
    op.drop_index("ix_meetings_place_key_date", table_name="meetings")
    with op.batch_alter_table("meeting_countries") as batch:
        batch.drop_column("status")
        batch.drop_column("date")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("place_key")
