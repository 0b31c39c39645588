"""The newest schema as the SQL that builds it on SQLite, for opening a new store.

`metadata.create_all` would build the same tables, but it needs SQLAlchemy
imported (most of the start-up time of a short `ingest`), and a command on a
SQLite file needs SQLAlchemy for nothing else. tests/test_store_open.py holds
SCHEMA equal to what `schema_from_metadata()` derives from bot.store.schema;
after changing the schema, `python -m bot.store.fresh_sqlite` prints the new
SCHEMA to paste here.
"""

# ruff: noqa: E501  (SCHEMA holds the SQL lines as SQLAlchemy writes them)

from __future__ import annotations

import sqlite3

#: CREATE statements for every table of bot.store.schema, each followed by its indexes.
SCHEMA: tuple[str, ...] = (
    (
        "\n"
        "CREATE TABLE store_state (\n"
        '\t"key" VARCHAR(32) NOT NULL, \n'
        "\tvalue INTEGER NOT NULL, \n"
        '\tCONSTRAINT pk_store_state PRIMARY KEY ("key")\n'
        ")\n"
        "\n"
    ),
    (
        "\n"
        "CREATE TABLE articles (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsource TEXT NOT NULL, \n"
        "\turl TEXT, \n"
        "\tcontent_hash VARCHAR(64) NOT NULL, \n"
        "\ttext TEXT NOT NULL, \n"
        "\ttitle TEXT, \n"
        "\toutlet TEXT, \n"
        "\tpublished VARCHAR(10), \n"
        "\tdateline TEXT, \n"
        "\tcountries JSON NOT NULL, \n"
        "\tparsed JSON NOT NULL, \n"
        "\tparser_version VARCHAR(32) NOT NULL, \n"
        "\tflagged BOOLEAN NOT NULL, \n"
        "\tnote TEXT, \n"
        "\tingested_at DATETIME NOT NULL, \n"
        "\tCONSTRAINT pk_articles PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_articles_content_hash UNIQUE (content_hash)\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_articles_ingested_at ON articles (ingested_at)",
    "CREATE INDEX ix_articles_url ON articles (url) WHERE url IS NOT NULL",
    (
        "\n"
        "CREATE TABLE people (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tname TEXT NOT NULL, \n"
        "\tname_key TEXT NOT NULL, \n"
        "\tfamily_key TEXT, \n"
        "\tcountry VARCHAR(2), \n"
        "\trole TEXT, \n"
        "\torg TEXT, \n"
        "\trole_seen_on VARCHAR(10), \n"
        "\tarticle_count INTEGER NOT NULL, \n"
        "\tseen_on VARCHAR(10), \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tCONSTRAINT pk_people PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_people_name_key UNIQUE (name_key)\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_people_country_seen_on ON people (country, seen_on)",
    "CREATE INDEX ix_people_family_key ON people (family_key)",
    (
        "\n"
        "CREATE TABLE meetings (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tsummary TEXT NOT NULL, \n"
        "\tdate VARCHAR(10), \n"
        "\tlocation TEXT, \n"
        "\tplace_key TEXT, \n"
        "\tmode VARCHAR(16) NOT NULL, \n"
        "\tstatus VARCHAR(16) NOT NULL, \n"
        "\tis_primary BOOLEAN NOT NULL, \n"
        "\tcountries JSON NOT NULL, \n"
        "\tfirst_seen_at DATETIME NOT NULL, \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tCONSTRAINT pk_meetings PRIMARY KEY (id)\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_meetings_date ON meetings (date)",
    "CREATE INDEX ix_meetings_first_seen_at ON meetings (first_seen_at)",
    "CREATE INDEX ix_meetings_place_key_date ON meetings (place_key, date, id)",
    "CREATE INDEX ix_meetings_status_date ON meetings (status, date)",
    (
        "\n"
        "CREATE TABLE subscriptions (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tchannel_id VARCHAR(32) NOT NULL, \n"
        "\tkind VARCHAR(16) NOT NULL, \n"
        "\ttarget VARCHAR(64) NOT NULL, \n"
        "\tcreated_by VARCHAR(32), \n"
        "\tcreated_at DATETIME NOT NULL, \n"
        "\tCONSTRAINT pk_subscriptions PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_subscriptions_channel_id_kind_target UNIQUE (channel_id, kind, target)\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_subscriptions_channel_id ON subscriptions (channel_id)",
    (
        "\n"
        "CREATE TABLE channels (\n"
        "\tchannel_id VARCHAR(32) NOT NULL, \n"
        "\tdigest_enabled BOOLEAN NOT NULL, \n"
        "\tdigest_time VARCHAR(5) NOT NULL, \n"
        "\ttimezone VARCHAR(64) NOT NULL, \n"
        "\tall_quiet BOOLEAN NOT NULL, \n"
        "\tlast_digest_at DATETIME, \n"
        "\tpaused_reason TEXT, \n"
        "\tupdated_at DATETIME NOT NULL, \n"
        "\tCONSTRAINT pk_channels PRIMARY KEY (channel_id)\n"
        ")\n"
        "\n"
    ),
    (
        "\n"
        "CREATE TABLE deliveries (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tkind VARCHAR(16) NOT NULL, \n"
        "\tchannel_id VARCHAR(32) NOT NULL, \n"
        '\t"key" VARCHAR(64) NOT NULL, \n'
        "\tstatus VARCHAR(16) NOT NULL, \n"
        "\tclaimed_by VARCHAR(64), \n"
        "\tclaimed_at DATETIME NOT NULL, \n"
        "\tposted_at DATETIME, \n"
        "\tattempts INTEGER NOT NULL, \n"
        "\tlast_error TEXT, \n"
        "\tmessage_ts VARCHAR(32), \n"
        "\tpayload JSON, \n"
        "\tCONSTRAINT pk_deliveries PRIMARY KEY (id), \n"
        '\tCONSTRAINT uq_deliveries_kind_channel_id_key UNIQUE (kind, channel_id, "key")\n'
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_deliveries_status ON deliveries (status)",
    (
        "\n"
        "CREATE TABLE feeds (\n"
        "\tid INTEGER NOT NULL, \n"
        "\turl TEXT NOT NULL, \n"
        "\tname TEXT, \n"
        "\toutlet TEXT, \n"
        "\tinterval_minutes INTEGER NOT NULL, \n"
        "\tetag TEXT, \n"
        "\tlast_modified TEXT, \n"
        "\tlast_poll_at DATETIME, \n"
        "\tlast_success_at DATETIME, \n"
        "\tlast_error TEXT, \n"
        "\tarticles_taken INTEGER NOT NULL, \n"
        "\tCONSTRAINT pk_feeds PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_feeds_url UNIQUE (url)\n"
        ")\n"
        "\n"
    ),
    (
        "\n"
        "CREATE TABLE article_prints (\n"
        "\tprint VARCHAR(16) NOT NULL, \n"
        "\tarticle_id INTEGER NOT NULL, \n"
        "\tCONSTRAINT pk_article_prints PRIMARY KEY (print, article_id), \n"
        "\tCONSTRAINT fk_article_prints_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE\n"
        ")\n"
        " WITHOUT ROWID\n"
        "\n"
    ),
    (
        "\n"
        "CREATE TABLE person_mentions (\n"
        "\tperson_id INTEGER NOT NULL, \n"
        "\tmention TEXT NOT NULL, \n"
        "\tCONSTRAINT pk_person_mentions PRIMARY KEY (person_id, mention), \n"
        "\tCONSTRAINT fk_person_mentions_person_id_people FOREIGN KEY(person_id) REFERENCES people (id) ON DELETE CASCADE\n"
        ")\n"
        " WITHOUT ROWID\n"
        "\n"
    ),
    (
        "\n"
        "CREATE TABLE person_roles (\n"
        "\tid INTEGER NOT NULL, \n"
        "\tperson_id INTEGER NOT NULL, \n"
        "\tarticle_id INTEGER NOT NULL, \n"
        "\trole TEXT, \n"
        "\torg TEXT, \n"
        "\tcountry VARCHAR(2), \n"
        "\tseen_on VARCHAR(10), \n"
        "\tevidence TEXT, \n"
        "\tCONSTRAINT pk_person_roles PRIMARY KEY (id), \n"
        "\tCONSTRAINT uq_person_roles_person_id_article_id UNIQUE (person_id, article_id), \n"
        "\tCONSTRAINT fk_person_roles_person_id_people FOREIGN KEY(person_id) REFERENCES people (id) ON DELETE CASCADE, \n"
        "\tCONSTRAINT fk_person_roles_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_person_roles_article_id ON person_roles (article_id)",
    (
        "\n"
        "CREATE TABLE meeting_participants (\n"
        "\tmeeting_id INTEGER NOT NULL, \n"
        "\tperson_id INTEGER NOT NULL, \n"
        "\tCONSTRAINT pk_meeting_participants PRIMARY KEY (meeting_id, person_id), \n"
        "\tCONSTRAINT fk_meeting_participants_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, \n"
        "\tCONSTRAINT fk_meeting_participants_person_id_people FOREIGN KEY(person_id) REFERENCES people (id) ON DELETE CASCADE\n"
        ")\n"
        " WITHOUT ROWID\n"
        "\n"
    ),
    "CREATE INDEX ix_meeting_participants_person_meeting ON meeting_participants (person_id, meeting_id)",
    (
        "\n"
        "CREATE TABLE meeting_countries (\n"
        "\tmeeting_id INTEGER NOT NULL, \n"
        "\tcountry VARCHAR(2) NOT NULL, \n"
        "\tdate VARCHAR(10), \n"
        "\tstatus VARCHAR(16), \n"
        "\tCONSTRAINT pk_meeting_countries PRIMARY KEY (meeting_id, country), \n"
        "\tCONSTRAINT fk_meeting_countries_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE\n"
        ")\n"
        " WITHOUT ROWID\n"
        "\n"
    ),
    "CREATE INDEX ix_meeting_countries_country_date ON meeting_countries (country, date, meeting_id, status)",
    (
        "\n"
        "CREATE TABLE meeting_articles (\n"
        "\tmeeting_id INTEGER NOT NULL, \n"
        "\tarticle_id INTEGER NOT NULL, \n"
        "\tis_primary BOOLEAN NOT NULL, \n"
        "\tevidence TEXT, \n"
        "\tCONSTRAINT pk_meeting_articles PRIMARY KEY (meeting_id, article_id), \n"
        "\tCONSTRAINT fk_meeting_articles_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, \n"
        "\tCONSTRAINT fk_meeting_articles_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_meeting_articles_article ON meeting_articles (article_id)",
    (
        "\n"
        "CREATE TABLE feed_entry_failures (\n"
        "\turl TEXT NOT NULL, \n"
        "\tfeed_id INTEGER NOT NULL, \n"
        "\tattempts INTEGER NOT NULL, \n"
        "\tlast_error TEXT, \n"
        "\tlast_try_at DATETIME NOT NULL, \n"
        "\tCONSTRAINT pk_feed_entry_failures PRIMARY KEY (url), \n"
        "\tCONSTRAINT fk_feed_entry_failures_feed_id_feeds FOREIGN KEY(feed_id) REFERENCES feeds (id) ON DELETE CASCADE\n"
        ")\n"
        "\n"
    ),
    "CREATE INDEX ix_feed_entry_failures_feed_id ON feed_entry_failures (feed_id)",
)

#: The table Alembic keeps its revision in, as Alembic creates it.
VERSION_TABLE_DDL = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
    " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def build(cursor: sqlite3.Cursor, revision: str) -> None:
    """Create the schema on `cursor` (inside the caller's transaction), stamped at `revision`."""
    for statement in SCHEMA:
        cursor.execute(statement)
    cursor.execute("INSERT INTO store_state (key, value) VALUES ('data_version', 0)")
    cursor.execute(VERSION_TABLE_DDL)
    cursor.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))


def schema_from_metadata() -> tuple[str, ...]:
    """The CREATE statements `metadata.create_all` runs on an empty SQLite database."""
    from sqlalchemy import create_engine, event

    from bot.store.schema import metadata

    engine = create_engine("sqlite://")
    statements: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _keep(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("CREATE"):
            statements.append(statement)

    with engine.begin() as conn:
        metadata.create_all(conn)
    engine.dispose()
    # each table, then its indexes by name (create_all takes those in no set order)
    groups: list[list[str]] = []
    for statement in statements:
        if "CREATE TABLE" in statement:
            groups.append([statement])
        else:
            groups[-1].append(statement)
    return tuple(s for table, *indexes in groups for s in (table, *sorted(indexes)))


def schema_source() -> str:
    """SCHEMA as Python source, one line of SQL per line."""
    out = ["SCHEMA: tuple[str, ...] = ("]
    for statement in schema_from_metadata():
        lines = statement.splitlines(keepends=True)
        if len(lines) == 1:
            out.append(f"    {statement!r},")
        else:
            out += ["    (", *(f"        {line!r}" for line in lines), "    ),"]
    return "\n".join([*out, ")"])


if __name__ == "__main__":
    print(schema_source())
