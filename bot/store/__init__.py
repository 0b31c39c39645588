"""The store: the only place that knows SQL.

`open_store(url)` returns a `Store` on SQLite (the default, one file) or
PostgreSQL (several bot processes), with its schema upgraded to the newest
migration. Other rooms write their own tables through `Store.write()` and read
through `Store.read()`; articles, people and meetings go through the methods
below, which return the frozen records of `bot.models`.

SQLAlchemy is imported on first use, not with this package: a store on a
SQLite file opens, and takes articles, on the driver alone (see `open_store`),
so a short `ingest` does not spend most of its start-up importing it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.models import (
    IngestResult,
    MeetingRecord,
    ParsedArticle,
    PersonProfile,
    PersonSummary,
)
from bot.store import articles as write_path
from bot.store import fresh_sqlite
from bot.store.engine import (
    BEGIN_OPTION,
    StoreURLError,
    connect_sqlite_file,
    create_store_engine,
    plain_sqlite_file,
)
from bot.store.keys import content_hash

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = ["Store", "StoreError", "StoreURLError", "StoredArticle", "open_store"]

#: PostgreSQL advisory lock key held while migrating, so two processes starting
#: together do not both create the tables.
_MIGRATION_LOCK = zlib.crc32(b"briefing-bot migrations")


class StoreError(RuntimeError):
    """The store cannot be opened or upgraded; the message names the database and why."""


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with what re-parsing it needs."""

    id: int
    source: str
    url: str | None
    text: str
    published: str | None
    outlet: str | None
    parser_version: str
    note: str | None


_VERSION_SQL = "SELECT value FROM store_state WHERE key = 'data_version'"


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Articles, people and meetings in one database. Safe to share between threads."""

    def __init__(self, engine: Engine | None, *, url: str | None = None) -> None:
        """A Store on `engine`; or, with `url` instead, one that makes its Engine on first use."""
        self._engine = engine
        self._url = url
        self._engine_lock = threading.Lock()
        # a plain SQLite file: its per-article connection is opened without SQLAlchemy
        self._sqlite_file = plain_sqlite_file(url) if engine is None and url else None
        self._ids = write_path.PersonIds()
        self._probe_lock = threading.Lock()
        self._probe: object | None = None  # a DBAPI connection kept for data_version()
        self._kept_lock = threading.Lock()
        # see _driver_connection(): how to let the connection go, and a Raw on it
        self._kept: tuple[Callable[[], object], write_path.Raw] | None = None
        self._closed = False

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    assert self._url is not None
                    self._engine = create_store_engine(self._url)
        return self._engine

    @property
    def dialect(self) -> str:
        return "sqlite" if self._sqlite_file is not None else self.engine.dialect.name

    # --- transactions -------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A Connection in a write transaction, committed on leaving, rolled back on error.

        On SQLite the transaction starts with BEGIN IMMEDIATE: it takes the write
        lock before the first read, waiting up to the busy timeout for another
        writer, so a read-then-write never fails with "database is locked".
        """
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Connection for reads (one consistent snapshot until it is closed)."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _driver_connection(self) -> Iterator[write_path.Raw]:
        """A Raw on a driver connection with no transaction open, for the per-article path.

        On SQLite one connection is kept for it, taken in turn by this process's
        threads: a pool checkout and return cost more than an article's smaller
        statements, and a file connection does not go stale. On a plain SQLite
        file it is opened as the Engine would open it, without making the Engine.
        PostgreSQL takes one from the pool each time, which checks it is still alive.
        """
        if self.dialect != "sqlite":
            pooled = self.engine.raw_connection()
            try:
                yield write_path.Raw.on_driver(pooled.driver_connection, postgresql=True)
            finally:
                pooled.close()  # back to the pool (which resets it)
            return
        with self._kept_lock:
            if self._closed:
                raise StoreError("the store is closed")
            if self._kept is None:
                if self._sqlite_file is not None:
                    driver: Any = connect_sqlite_file(self._sqlite_file)
                    release = driver.close
                else:
                    pooled = self.engine.raw_connection()
                    driver, release = pooled.driver_connection, pooled.invalidate
                self._kept = (release, write_path.Raw.on_driver(driver, postgresql=False))
            try:
                yield self._kept[1]
            except BaseException:
                self._drop_kept()  # whatever went wrong, the next article starts afresh
                raise

    def _drop_kept(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            with contextlib.suppress(Exception):  # a broken connection is gone either way
                kept[0]()

    @contextmanager
    def _driver_write(self) -> Iterator[write_path.Raw]:
        """A write transaction on a driver connection, for the per-article path.

        The same transaction as `write()` (BEGIN IMMEDIATE on SQLite, committed on
        leaving, rolled back on error) without SQLAlchemy's Connection around it:
        its begin/commit machinery cost more than a small article's statements.
        """
        with self._driver_connection() as raw:
            driver = raw.driver
            if not raw.pg:
                raw.cursor.execute("BEGIN IMMEDIATE")
            try:
                yield raw
            except BaseException:
                driver.rollback()
                raise
            driver.commit()

    def _driver_read(self, sql: str, params: dict[str, object]) -> object:
        """One value of a one-statement read on a driver connection (no BEGIN on SQLite)."""
        with self._driver_connection() as raw:
            return raw.one(sql, params)

    def close(self) -> None:
        with self._probe_lock:
            self._drop_probe()
        with self._kept_lock:
            self._closed = True
            self._drop_kept()
        if self._engine is not None:
            self._engine.dispose()

    # --- writing articles --------------------------------------------------------

    def knows_text(self, text: str) -> bool:
        """True when an article with this content (normalised) is stored already."""
        return self.article_id_for_text(text) is not None

    def article_id_for_text(self, text: str) -> int | None:
        """The id of the stored article with this content (normalised), if any."""
        found = self._driver_read(write_path.KNOWN_SQL, {"digest": content_hash(text)})
        return None if found is None else int(found)  # type: ignore[call-overload]

    def article_parse(self, article_id: int) -> ParsedArticle | None:
        """What the parser read out of a stored article, as it was stored."""
        from sqlalchemy import select

        from bot.store.schema import articles

        with self.read() as conn:
            data = conn.execute(
                select(articles.c.parsed).where(articles.c.id == article_id)
            ).scalar_one_or_none()
        return ParsedArticle.from_annotation(data) if data is not None else None

    def add_article(
        self,
        text: str,
        parsed: ParsedArticle,
        *,
        source: str,
        url: str | None = None,
        note: str | None = None,
    ) -> IngestResult:
        """Store an article with its people and meetings, in one transaction.

        Idempotent: the same content (after normalising whitespace) again gives
        status "known" and writes nothing. `new_meeting_ids` are the meetings this
        article created, not those it merged into. A parse with no people and no
        meetings is stored flagged, and says so in `message`.
        """
        ids = self._ids.transaction()
        with self._driver_write() as raw:
            result = write_path.write_article(
                raw, text, parsed, source=source, url=url, note=note, now=_now(), ids=ids
            )
        ids.commit()
        return result

    def replace_parse(self, article_id: int, parsed: ParsedArticle) -> list[int]:
        """Swap a stored article's parse for `parsed`; returns meetings it created anew."""
        ids = self._ids.transaction()
        with self.write() as conn:
            created = write_path.replace_parse(conn, article_id, parsed, now=_now(), ids=ids)
        ids.commit()
        return created

    def iter_articles(
        self, *, parser_version_not: str | None = None, batch: int = 200
    ) -> Iterator[StoredArticle]:
        """Stored articles in id order, read in batches (no long-held transaction).

        With `parser_version_not`, only those parsed by another parser version.
        """
        from sqlalchemy import select

        from bot.store.schema import articles

        last = 0
        while True:
            query = select(
                articles.c.id,
                articles.c.source,
                articles.c.url,
                articles.c.text,
                articles.c.published,
                articles.c.outlet,
                articles.c.parser_version,
                articles.c.note,
            ).where(articles.c.id > last)
            if parser_version_not is not None:
                query = query.where(articles.c.parser_version != parser_version_not)
            with self.read() as conn:
                rows = conn.execute(query.order_by(articles.c.id).limit(batch)).all()
            if not rows:
                return
            for r in rows:
                yield StoredArticle(**r._asdict())
            last = rows[-1].id

    # --- small facts -----------------------------------------------------------------

    def has_url(self, url: str) -> bool:
        from bot.store import queries

        with self.read() as conn:
            return queries.has_url(conn, url)

    def article_count(self) -> int:
        from bot.store import queries

        with self.read() as conn:
            return queries.article_count(conn)

    def latest_ingest_at(self) -> datetime | None:
        from bot.store import queries

        with self.read() as conn:
            return queries.latest_ingest_at(conn)

    def data_version(self) -> object:
        """Changes whenever people or meetings change, in this process or another.

        Read on one dedicated autocommit connection with a bare cursor: no pool
        checkout, no BEGIN/ROLLBACK, so it is cheap enough to call per command.
        """
        with self._probe_lock:
            for attempt in (1, 2):
                try:
                    if self._probe is None:
                        self._probe = self._open_probe()
                    cursor = self._probe.cursor()  # type: ignore[attr-defined]
                    try:
                        cursor.execute(_VERSION_SQL)
                        return cursor.fetchone()[0]
                    finally:
                        cursor.close()
                except Exception:
                    self._drop_probe()
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    def _open_probe(self) -> object:
        raw = self.engine.raw_connection()
        if self.dialect == "postgresql":
            raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        return raw

    def _drop_probe(self) -> None:
        probe, self._probe = self._probe, None
        if probe is not None:
            with contextlib.suppress(Exception):  # a broken connection is gone either way
                probe.invalidate()  # type: ignore[attr-defined]

    # --- people ------------------------------------------------------------------------

    def name_index(self) -> list[PersonSummary]:
        """Every person a stored article mentions: what the fuzzy matcher indexes."""
        from bot.store import queries

        with self.read() as conn:
            return queries.name_index(conn)

    def people_by_ids(self, ids: Sequence[int]) -> list[PersonSummary]:
        from bot.store import queries

        with self.read() as conn:
            return queries.people_by_ids(conn, ids)

    def person_profile(self, person_id: int, *, meeting_limit: int = 20) -> PersonProfile | None:
        """Roles newest first, meetings newest first, articles, and who they meet most."""
        from bot.store import queries

        with self.read() as conn:
            return queries.person_profile(conn, person_id, meeting_limit=meeting_limit)

    def people_of_country(self, code: str, *, limit: int = 10) -> list[PersonSummary]:
        from bot.store import queries

        with self.read() as conn:
            return queries.people_of_country(conn, code, limit=limit)

    def places(self) -> list[str]:
        """Distinct meeting locations, as written."""
        from bot.store import queries

        with self.read() as conn:
            return queries.places(conn)

    # --- meetings ------------------------------------------------------------------------

    def meetings(
        self,
        *,
        country: str | None = None,
        countries: Sequence[str] | None = None,
        person_ids: Sequence[int] | None = None,
        location: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        ingested_since: datetime | None = None,
        ingested_until: datetime | None = None,
        status: str | None = None,
        limit: int | None = None,
        primary: bool | None = None,
        exact_dates: bool = False,
    ) -> list[MeetingRecord]:
        """Meetings newest meeting date first (undated last).

        `country`/`countries`: any of these sides took part. `person_ids`: any of
        these people took part. `location`: a case-insensitive part of the place.
        `date_from`/`date_to`: inclusive, partial dates overlap ("2021-04" is within
        2021-04-15..). `ingested_since`/`ingested_until` filter on `first_seen_at`.
        `primary`: only news (True) or only background mentions (False).
        `exact_dates`: `date_from` is a plain bound, so "2021-04" is not within 2021-04-15...
        """
        from bot.store import queries

        with self.read() as conn:
            return queries.find_meetings(
                conn,
                country=country,
                countries=countries,
                person_ids=person_ids,
                location=location,
                date_from=date_from,
                date_to=date_to,
                ingested_since=ingested_since,
                ingested_until=ingested_until,
                status=status,
                limit=limit,
                primary=primary,
                exact_dates=exact_dates,
            )

    def count_meetings(self, **filters: object) -> int:
        """How many meetings `meetings(**filters)` would return without a limit."""
        from bot.store import queries

        with self.read() as conn:
            return queries.count_meetings(conn, **filters)

    def planned_meetings(
        self,
        *,
        country: str | None = None,
        countries: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[MeetingRecord]:
        """Planned meetings from today on (undated ones last), soonest first."""
        from bot.store import queries

        with self.read() as conn:
            return queries.planned_meetings(conn, country=country, countries=countries, limit=limit)

    def count_planned_meetings(
        self, *, country: str | None = None, countries: Sequence[str] | None = None
    ) -> int:
        """How many meetings `planned_meetings` would return without a limit."""
        from bot.store import queries

        with self.read() as conn:
            return queries.count_planned_meetings(conn, country=country, countries=countries)


# --- opening -------------------------------------------------------------------------


def current_revision(conn: Connection) -> str | None:
    """The migration the store is at; None for an empty database."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def upgrade_store(store: Store, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction (DDL is transactional on both)."""
    from sqlalchemy import text

    from bot.store import migrations

    with store.write() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        current = current_revision(conn)
        if revision == "head" and current == migrations.HEAD:
            return
        migrations.upgrade(conn, revision, current=current)


def create_fresh_store(store: Store) -> bool:
    """Build the newest schema straight from bot.store.schema in a database with no tables.

    What replaying every migration would build (tests/test_migrations.py and
    tests/test_store_open.py hold the two equal), stamped at the head revision,
    without importing Alembic or running its scripts: a new store opens in a few
    milliseconds. False, writing nothing, when the database has any table.
    """
    from sqlalchemy import inspect, text

    from bot.store import migrations
    from bot.store.schema import metadata, store_state

    with store.write() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        if inspect(conn).get_table_names():
            return False
        metadata.create_all(conn)
        conn.execute(store_state.insert().values(key="data_version", value=0))
        conn.execute(text(fresh_sqlite.VERSION_TABLE_DDL))
        conn.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": migrations.HEAD}
        )
    return True


# The names inspect(conn).get_table_names() gives on SQLite, and the revision.
_SQLITE_TABLES_SQL = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
)
_SQLITE_REVISION_SQL = "SELECT version_num FROM alembic_version"


def _open_sqlite_file(url: str) -> Store | None:
    """A Store on a plain SQLite file at the head revision, opened without SQLAlchemy.

    A new file gets the schema of bot.store.fresh_sqlite. None, with no table
    written, when the file needs more (an upgrade, or has tables of another kind)
    or SQLite reports a problem: `open_store` then opens it the usual way, which
    upgrades it, or reports the problem in the usual words.
    """
    from bot.store import migrations

    store = Store(None, url=url)
    try:
        with store._driver_connection() as raw:
            current = _sqlite_revision(raw)
            if current is None:
                raw.cursor.execute("BEGIN IMMEDIATE")
                try:
                    if not raw.all(_SQLITE_TABLES_SQL):  # nor did another process make them
                        fresh_sqlite.build(raw.cursor, migrations.HEAD)
                        current = migrations.HEAD
                except BaseException:
                    raw.driver.rollback()
                    raise
                raw.driver.commit()
    except sqlite3.Error:
        current = None
    if current == migrations.HEAD:
        return store
    store.close()
    return None


def _sqlite_revision(raw: write_path.Raw) -> str | None:
    if "alembic_version" not in {name for (name,) in raw.all(_SQLITE_TABLES_SQL)}:
        return None
    return raw.one(_SQLITE_REVISION_SQL)


def open_store(url: str) -> Store:
    """A Store on `url`, its schema created or upgraded to the newest revision."""
    if plain_sqlite_file(url) is not None:
        opened = _open_sqlite_file(url)
        if opened is not None:
            return opened
    from sqlalchemy.exc import SQLAlchemyError

    from bot.store import migrations

    engine = create_store_engine(url)
    store = Store(engine)
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with store.read() as conn:
            current = current_revision(conn)
        if current is None and create_fresh_store(store):
            current = migrations.HEAD
        if current != migrations.HEAD:
            upgrade_store(store)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(
            f"cannot open the store at {shown}: {exc.__class__.__name__}: {exc}"
        ) from exc
    return store
