"""A new store is built from the schema module, not by replaying migrations: it must
come out exactly as the migrated one, and later migrations must apply to it."""

from __future__ import annotations

import contextlib
import subprocess
import sys

import pytest
from sqlalchemy import inspect, text

from bot.store import Store, current_revision, open_store, upgrade_store
from bot.store import migrations as store_migrations
from bot.store.engine import create_store_engine
from tests.fixtures_store import parsed, person


@pytest.fixture(params=["sqlite", "postgresql"])
def two_empty_urls(request, tmp_path):
    if request.param == "sqlite":
        return [f"sqlite:///{tmp_path / name}" for name in ("fresh.sqlite3", "migrated.sqlite3")]
    server = request.getfixturevalue("pg_server")
    return [server.new_database(empty=True) for _ in range(2)]


def _shape(store: Store) -> dict[str, object]:
    """Every table's columns, keys, indexes and constraints, and the rows of the state tables."""
    with store.read() as conn:
        insp = inspect(conn)
        shape: dict[str, object] = {}
        for table in sorted(insp.get_table_names()):
            shape[table] = {
                # sorted: a migration's ALTER TABLE appends where the schema module may not
                "columns": sorted(
                    (c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
                ),
                "pk": insp.get_pk_constraint(table)["constrained_columns"],
                "fks": sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"])
                    for f in insp.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in insp.get_indexes(table)
                ),
                "uniques": sorted(
                    tuple(u["column_names"]) for u in insp.get_unique_constraints(table)
                ),
            }
        shape["state rows"] = conn.execute(text("SELECT key, value FROM store_state")).all()
        shape["revision"] = current_revision(conn)
    return shape


def test_a_new_store_is_the_store_the_migrations_build(two_empty_urls):
    fresh_url, migrated_url = two_empty_urls
    fresh = open_store(fresh_url)
    migrated = Store(create_store_engine(migrated_url))
    try:
        upgrade_store(migrated)
        assert _shape(fresh) == _shape(migrated)
        assert _shape(fresh)["revision"] == store_migrations.HEAD
    finally:
        fresh.close()
        migrated.close()


def test_a_new_store_takes_articles_and_reopens_without_migrating(two_empty_urls):
    url = two_empty_urls[0]
    store = open_store(url)
    try:
        body = "Jake Sullivan met Wang Yi in Vienna on Thursday for talks on trade."
        result = store.add_article(body, parsed([person("Wang Yi")]), source="a.txt")
        assert result.status == "new"
        version = store.data_version()
    finally:
        store.close()
    again = open_store(url)
    try:
        assert again.article_count() == 1
        assert again.data_version() == version
    finally:
        again.close()


def test_opening_a_new_store_does_not_import_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    code = (
        "import sys; from bot.store import open_store;"
        f" open_store({url!r}).close(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_sql_of_a_new_sqlite_store_is_what_the_schema_module_creates(tmp_path):
    import sqlite3

    from sqlalchemy import create_engine

    from bot.store import fresh_sqlite
    from bot.store.schema import metadata

    engine = create_engine(f"sqlite:///{tmp_path / 'from_metadata.sqlite3'}")
    with engine.begin() as conn:
        metadata.create_all(conn)
    engine.dispose()
    store = open_store(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    store.close()

    def objects(path):
        with contextlib.closing(sqlite3.connect(path)) as conn:
            return sorted(
                conn.execute(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master"
                    " WHERE name NOT IN ('alembic_version', 'sqlite_autoindex_alembic_version_1')"
                )
            )

    assert objects(tmp_path / "new.sqlite3") == objects(tmp_path / "from_metadata.sqlite3")
    assert sorted(fresh_sqlite.SCHEMA) == sorted(fresh_sqlite.schema_from_metadata())


def test_ingesting_into_a_sqlite_file_does_not_import_sqlalchemy(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    code = (
        "import sys; from bot.store import open_store; from tests.fixtures_store import parsed;"
        f" store = open_store({url!r});"
        " result = store.add_article('Talks were held.', parsed([]), source='a.txt');"
        " known = store.knows_text('Talks were held.'); store.close();"
        f" store = open_store({url!r}); store.close();"
        " print(result.status, known, 'sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "new True False"


def test_an_older_sqlite_store_opened_by_url_is_upgraded_with_its_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Store(create_store_engine(url))
    upgrade_store(old, "0006")
    with old.write() as conn:
        conn.execute(text("UPDATE store_state SET value = 41 WHERE key = 'data_version'"))
    old.close()
    store = open_store(url)
    try:
        assert store.data_version() == 41
        with store.read() as conn:
            assert current_revision(conn) == store_migrations.HEAD
    finally:
        store.close()


@pytest.mark.parametrize("query", ["", "?timeout=5"])  # the plain-file path and SQLAlchemy's
def test_a_sqlite_path_under_the_home_folder_opens_there(tmp_path, monkeypatch, query):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    store = open_store(f"sqlite:///~/stores/briefing.sqlite3{query}")
    try:
        assert store.add_article("Talks were held.", parsed([]), source="a.txt").status == "new"
    finally:
        store.close()
    assert (tmp_path / "stores" / "briefing.sqlite3").is_file()
    assert not (tmp_path / "~").exists()
