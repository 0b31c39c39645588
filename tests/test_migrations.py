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
from tests.fixtures_store import meeting, parsed, person


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
    first = old.add_article(
        "Sullivan met Wang in Vienna.",
        parsed(
            [person("Jake Sullivan", "adviser", "US"), person("Wang Yi", "minister", "CN")],
            [meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2023-05", "Vienna")],
        ),
        source="old.txt",
    )
    old.close()

    store = open_store(empty_url)
    try:
        with store.read() as conn:
            assert current_revision(conn) == store_migrations.HEAD
        assert store.article_count() == 1
        [found] = store.meetings()
        assert found.id == first.new_meeting_ids[0]
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
        # the same history again on a reopened store writes nothing and keeps the data
        store.close()
        store = open_store(empty_url)
        assert store.article_count() == 1
    finally:
        store.close()


def test_the_migrated_schema_is_the_schema_the_code_uses(empty_url):
    store = open_store(empty_url)
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
