"""Migrations: a store made by an older version upgrades in place and keeps its data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.store import Store, current_revision, open_store, upgrade_store
from bot.store import migrations as store_migrations
from bot.store.engine import create_store_engine
from bot.store.schema import metadata
from tests.fixtures_store import parsed, person


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}"
    return request.getfixturevalue("pg_server").new_database(empty=True)


def test_head_constant_matches_the_scripts():
    assert store_migrations.script_head() == store_migrations.HEAD


def test_a_store_at_0001_with_data_upgrades_to_head_losing_nothing(empty_url):
    old = Store(create_store_engine(empty_url))
    upgrade_store(old, "0001")
    with old.read() as conn:
        assert current_revision(conn) == "0001"
        assert not inspect(conn).has_table("subscriptions")
    # Rows as the 0001 version of the bot wrote them (its code, not today's, made them).
    now = datetime.now(UTC)
    body = (
        "Jake Sullivan met Wang Yi in Vienna for two days of talks on trade, Taiwan and the"
        " war in Ukraine, officials of both governments said on Thursday evening."
    )
    with old.write() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (id, source, content_hash, text, countries, parsed,"
                " parser_version, flagged, ingested_at) VALUES (1, 'old.txt', 'h1', :body,"
                " '[\"CN\", \"US\"]', '{}', 'v0', :no, :now)"
            ),
            {"body": body, "no": False, "now": now},
        )
        for pid, name, key in ((1, "Jake Sullivan", "jakesullivan"), (2, "Wang Yi", "wangyi")):
            conn.execute(
                text(
                    "INSERT INTO people (id, name, name_key, article_count, updated_at)"
                    " VALUES (:id, :name, :key, 1, :now)"
                ),
                {"id": pid, "name": name, "key": key, "now": now},
            )
            conn.execute(
                text("INSERT INTO person_roles (person_id, article_id) VALUES (:id, 1)"),
                {"id": pid},
            )
            conn.execute(
                text("INSERT INTO person_mentions (person_id, mention) VALUES (:id, :name)"),
                {"id": pid, "name": name},
            )
        conn.execute(
            text(
                "INSERT INTO meetings (id, summary, date, location, mode, status, is_primary,"
                " countries, first_seen_at, updated_at) VALUES (7, 'talks', '2023-05', 'Vienna',"
                " 'in_person', 'held', :yes, '[\"CN\", \"US\"]', :now, :now)"
            ),
            {"yes": True, "now": now},
        )
        conn.execute(text("INSERT INTO meeting_participants VALUES (7, 1), (7, 2)"))
        conn.execute(text("INSERT INTO meeting_countries VALUES (7, 'CN'), (7, 'US')"))
        conn.execute(
            text(
                "INSERT INTO meeting_articles (meeting_id, article_id, is_primary)"
                " VALUES (7, 1, :y)"
            ),
            {"y": True},
        )
        if conn.dialect.name == "postgresql":
            for table in ("articles", "people", "meetings", "person_roles"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)"))
    old.close()

    store = open_store(empty_url)
    try:
        with store.read() as conn:
            assert current_revision(conn) == store_migrations.HEAD
        assert store.article_count() == 1
        [found] = store.meetings()
        assert found.id == 7 and found.date == "2023-05"
        # 0005 filled in the place key and the sides' dates the cards read by
        assert [m.id for m in store.meetings(location="vienna", limit=5)] == [7]
        assert [m.id for m in store.meetings(country="CN", status="held", limit=5)] == [7]
        assert {p.name for p in found.participants} == {"Jake Sullivan", "Wang Yi"}
        assert [a.source for a in found.articles] == ["old.txt"]
        with store.write() as conn:  # the tables 0002 adds are there and usable
            conn.execute(
                text(
                    "INSERT INTO subscriptions (channel_id, kind, target, created_at)"
                    " VALUES ('C1', 'country', 'CN', :now)"
                ),
                {"now": datetime.now(UTC)},
            )
        with store.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM subscriptions")).scalar_one() == 1
            # 0004 fingerprinted the article stored before it existed
            assert conn.execute(text("SELECT count(*) FROM article_prints")).scalar_one() == 1
        # the same history again on a reopened store writes nothing and keeps the data
        store.close()
        store = open_store(empty_url)
        assert store.article_count() == 1
        # and the upgraded store takes new articles beside the old ones
        again = store.add_article(body + " More.", parsed([person("Wang Yi")]), source="new.txt")
        assert again.status == "new" and store.article_count() == 2
        assert [p.article_count for p in store.name_index() if p.name == "Wang Yi"] == [2]
    finally:
        store.close()


def test_the_migrated_schema_is_the_schema_the_code_uses(empty_url):
    store = Store(create_store_engine(empty_url))  # open_store would build it from `metadata`
    upgrade_store(store)
    try:
        with store.read() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = [d for d in compare_metadata(context, metadata) if d[0] != "remove_table"]
        assert diff == []
    finally:
        store.close()


def test_an_unusable_database_is_reported_by_name(tmp_path):
    from bot.store import StoreError

    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not a database file" * 100)
    with pytest.raises(StoreError, match="not-a-db.sqlite3"):
        open_store(f"sqlite:///{bad}")


def test_0008_rebuilds_the_sqlite_link_tables_as_a_new_store_has_them(tmp_path):
    import contextlib
    import sqlite3

    rebuilt = {"article_prints", "person_mentions", "meeting_participants", "meeting_countries"}
    old_url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Store(create_store_engine(old_url))
    upgrade_store(old, "0007")
    old.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "old.sqlite3")) as conn, conn:
        conn.execute(
            "INSERT INTO people (id, name, name_key, article_count, updated_at)"
            " VALUES (1, 'Wang Yi', 'wangyi', 1, '2024-01-01 00:00:00.000000')"
        )
        conn.execute("INSERT INTO person_mentions VALUES (1, 'Wang Yi'), (1, 'Wang')")
    open_store(old_url).close()
    open_store(f"sqlite:///{tmp_path / 'new.sqlite3'}").close()

    def objects(name):
        with contextlib.closing(sqlite3.connect(tmp_path / name)) as conn:
            found = conn.execute("SELECT tbl_name, name, sql FROM sqlite_master")
            return sorted(row for row in found if row[0] in rebuilt or row[1] == "ix_articles_url")

    assert len(objects("new.sqlite3")) == len(rebuilt) + 3  # and the indexes that stay
    assert objects("old.sqlite3") == objects("new.sqlite3")
    with contextlib.closing(sqlite3.connect(tmp_path / "old.sqlite3")) as conn:
        mentions = conn.execute("SELECT person_id, mention FROM person_mentions").fetchall()
    assert sorted(mentions) == [(1, "Wang"), (1, "Wang Yi")]
