"""The store's tables, in SQLAlchemy Core.

Core rather than the ORM: ingest writes thousands of rows a second and the
queries are joins that read better as SQL expressions than as relationships.
Every table of the bot lives here so that one migration history covers them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """A timestamp that always comes back timezone-aware, in UTC.

    SQLite keeps no zone, so a plain UTCDateTime() reads back naive
    there and aware on PostgreSQL; code comparing times would then behave
    differently per engine. Naive values written in are taken as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

# --- bookkeeping --------------------------------------------------------------

#: Small counters. `data_version` is bumped by every write that changes people
#: or meetings, so another process can tell cheaply that its indexes are stale.
store_state = Table(
    "store_state",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

# --- articles and what was read out of them ----------------------------------

# Link tables WITHOUT ROWID on SQLite (revision 0008). A table whose primary key
# is not one integer is, on SQLite, a table of rows by rowid plus an index of its
# key: every row written twice, in two B-trees, each a page of the article's
# commit. WITHOUT ROWID keeps the rows in key order, in one B-tree. Not
# meeting_articles: its rows carry text (evidence), and in key order they would
# spread over more pages than its rowid table and key index together.

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),  # path or URL it came from
    Column("url", Text, nullable=True),  # by url: ix_articles_url below
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", String(10)),  # YYYY-MM-DD
    Column("dateline", Text),
    Column("countries", JSON, nullable=False, default=list),
    Column("parsed", JSON, nullable=False),  # ParsedArticle.to_annotation()
    Column("parser_version", String(32), nullable=False),
    Column("flagged", Boolean, nullable=False, default=False),  # nothing found in it
    Column("note", Text),  # e.g. "decoded as cp1252"
    Column("ingested_at", UTCDateTime(), nullable=False, index=True),
    # Only articles that have a url are looked up by it (revision 0008): files,
    # most of what is ingested, add no entry to it.
    Index(
        "ix_articles_url",
        "url",
        sqlite_where=text("url IS NOT NULL"),
        postgresql_where=text("url IS NOT NULL"),
    ),
)

#: Fingerprints of each article's body (bot.store.keys.text_prints): copies of one
#: syndicated story share them, so their meetings are matched with each other.
#: Read by print only: no index by article (revision 0008), whose eight entries
#: per article only an article's deletion would read, and nothing deletes one.
article_prints = Table(
    "article_prints",
    metadata,
    Column("print", String(16), primary_key=True),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,  # one B-tree on SQLite: see above articles
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, unique=True),  # case/accent/space/hyphen-folded
    Column("family_key", Text, nullable=True, index=True),  # folded last word of the name
    Column("country", String(2)),
    Column("role", Text),  # latest role seen
    Column("org", Text),
    Column("role_seen_on", String(10)),
    Column("article_count", Integer, nullable=False, default=0),
    Column("seen_on", String(10)),  # newest publication (or ingest) date it was seen on
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_people_country_seen_on", "country", "seen_on"),
)

person_mentions = Table(
    "person_mentions",
    metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("mention", Text, primary_key=True),
    sqlite_with_rowid=False,  # one B-tree on SQLite: see above articles
)

person_roles = Table(
    "person_roles",
    metadata,
    Column("id", Integer, primary_key=True),
    # by person: the unique (person_id, article_id) below (revision 0006)
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", Text),
    Column("org", Text),
    Column("country", String(2)),
    Column("seen_on", String(10)),
    Column("evidence", Text),
    UniqueConstraint("person_id", "article_id"),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("summary", Text, nullable=False),
    Column("date", String(10), index=True),  # YYYY-MM-DD, YYYY-MM or YYYY
    Column("location", Text),
    # bot.store.keys.place_key(location): the place card finds a place's meetings
    # by equality on an index instead of a substring scan of every location
    Column("place_key", Text),
    Column("mode", String(16), nullable=False),
    Column("status", String(16), nullable=False),  # by status: (status, date) below
    Column("is_primary", Boolean, nullable=False, default=False),
    Column("countries", JSON, nullable=False, default=list),
    # when first reported, or reported held after being planned: what digests and alerts read
    Column("first_seen_at", UTCDateTime(), nullable=False, index=True),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_meetings_status_date", "status", "date"),  # plans by date (revision 0003)
    Index("ix_meetings_place_key_date", "place_key", "date", "id"),  # revision 0005
)

meeting_participants = Table(
    "meeting_participants",
    metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    # a person's meetings from the index alone (revision 0006)
    Index("ix_meeting_participants_person_meeting", "person_id", "meeting_id"),
    sqlite_with_rowid=False,  # one B-tree on SQLite: see above articles
)

meeting_countries = Table(
    "meeting_countries",
    metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True),
    # The meeting's date and status, copied here (revision 0005) and kept in step
    # by the write path, so a country's page of meetings is read in index order
    # (country, date) and stops at the page size instead of sorting them all.
    Column("date", String(10)),
    Column("status", String(16)),
    Index("ix_meeting_countries_country_date", "country", "date", "meeting_id", "status"),
    sqlite_with_rowid=False,  # one B-tree on SQLite: see above articles
)

meeting_articles = Table(
    "meeting_articles",
    metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("is_primary", Boolean, nullable=False, default=False),
    Column("evidence", Text),
    Index("ix_meeting_articles_article", "article_id"),
)

# --- the Slack side (subscriptions, schedules, deliveries) -----------------

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel_id", String(32), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # "country" or "person"
    Column("target", String(64), nullable=False),  # ISO code, or person id as text
    Column("created_by", String(32)),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("channel_id", "kind", "target"),
)

channels = Table(
    "channels",
    metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("digest_enabled", Boolean, nullable=False, default=True),
    Column("digest_time", String(5), nullable=False),  # HH:MM local
    Column("timezone", String(64), nullable=False),  # IANA zone name
    Column("all_quiet", Boolean, nullable=False, default=False),
    Column("last_digest_at", UTCDateTime()),  # ingest time the last digest covered
    Column("paused_reason", Text),  # set when Slack says the bot cannot post there
    Column("updated_at", UTCDateTime(), nullable=False),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # "digest" or "alert"
    Column("channel_id", String(32), nullable=False),
    Column("key", String(64), nullable=False),  # local date for digests, meeting id for alerts
    Column("status", String(16), nullable=False),  # "pending", "posted", "failed"
    Column("claimed_by", String(64)),
    Column("claimed_at", UTCDateTime(), nullable=False),
    Column("posted_at", UTCDateTime()),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("message_ts", String(32)),
    Column("payload", JSON),  # what to post, kept so a retry posts the same thing
    UniqueConstraint("kind", "channel_id", "key"),
    Index("ix_deliveries_status", "status"),
)

# --- sources (feeds) ---------------------------------------------------------

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("outlet", Text),
    Column("interval_minutes", Integer, nullable=False, default=30),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_poll_at", UTCDateTime()),
    Column("last_success_at", UTCDateTime()),
    Column("last_error", Text),
    Column("articles_taken", Integer, nullable=False, default=0),
)

# Feed entries whose page could not be taken: retried on later polls, given up
# after `fetch.entry_attempts` failures in a row (revision 0007).
feed_entry_failures = Table(
    "feed_entry_failures",
    metadata,
    Column("url", Text, primary_key=True),  # the entry's link
    Column("feed_id", ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    Column("last_try_at", UTCDateTime(), nullable=False),
)
