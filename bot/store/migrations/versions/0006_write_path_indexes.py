"""Fewer index pages written per article, and people's meetings read from the index.

Every index on a table an article writes is pages written (and copied into the
WAL) on each commit. Two indexes only repeated the first column of another:
person_roles (person_id) is the start of the unique (person_id, article_id),
and meetings (status) the start of (status, date); queries on the first
column read the longer index just as well. The index of meeting participants
by person gains the meeting id, so "meetings of these people" is answered from
the index alone instead of reading the table row of every entry.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_roles_person_id", table_name="person_roles")
    op.drop_index("ix_meetings_status", table_name="meetings")
    op.create_index(
        "ix_meeting_participants_person_meeting",
        "meeting_participants",
        ["person_id", "meeting_id"],
    )
    op.drop_index("ix_meeting_participants_person", table_name="meeting_participants")


def downgrade() -> None:
    op.create_index("ix_meeting_participants_person", "meeting_participants", ["person_id"])
    op.drop_index("ix_meeting_participants_person_meeting", table_name="meeting_participants")
    op.create_index("ix_meetings_status", "meetings", ["status"])
    op.create_index("ix_person_roles_person_id", "person_roles", ["person_id"])
