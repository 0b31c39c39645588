"""Engines for the store: SQLite beside a second writer, or PostgreSQL.

SQLite gets WAL (readers never block the writer), `synchronous=NORMAL` (safe
under WAL, far fewer fsyncs), a busy timeout and foreign keys on every new
connection. pysqlite's own transaction handling is switched off and we emit
BEGIN ourselves (SQLAlchemy's documented recipe), so that a write transaction
can start with BEGIN IMMEDIATE: it waits for the write lock up front, within
the busy timeout, instead of failing with "database is locked" when a
read-then-write transaction finds another writer at its first write.

The WAL is checkpointed into the database every WAL_AUTOCHECKPOINT_PAGES
instead of SQLite's default 1,000: an article's commit writes some forty
pages across the tables and their indexes, so the default checkpointed (two
fsyncs, and every touched page copied again) every couple of dozen articles,
which cost an ingest more wall time than all its statements.

SQLAlchemy is imported only when an Engine is made: `connect_sqlite_file`
opens the store's own per-article connection on a plain SQLite file without
it, configured as the Engine configures its connections.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: How long a SQLite connection waits for another process's write lock.
BUSY_TIMEOUT_MS = 30_000

#: Pages (4 KiB) the WAL may grow to before a commit checkpoints it (about 40 MB).
WAL_AUTOCHECKPOINT_PAGES = 10_000

#: Connection execution option naming the BEGIN a SQLite transaction uses.
BEGIN_OPTION = "sqlite_begin"


class StoreURLError(ValueError):
    """A database URL the store cannot use; the message says why."""


def create_store_engine(url: str) -> Engine:
    """An Engine for `url` with the settings the store relies on."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        # neither the URL nor the parser's message (which quotes it) is repeated:
        # it may carry a password
        raise StoreURLError(
            "the database URL cannot be read; expected sqlite:///PATH or "
            "postgresql+psycopg://USER:PASSWORD@HOST/DB"
        ) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5)
    raise StoreURLError(
        f"unsupported database {backend!r} in {parsed.render_as_string(hide_password=True)}:"
        " use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
    )


def _sqlite_engine(url: Any) -> Engine:
    from sqlalchemy import create_engine, event

    database = url.database
    if database and database != (database := _in_home(database)):
        url = url.set(database=database)
    _make_parent(database)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure_sqlite_connection(dbapi_connection, database)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _make_parent(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def configure_sqlite_connection(dbapi_connection: sqlite3.Connection, database: str | None) -> None:
    """The settings of every SQLite connection of the store (see module docstring)."""
    # Hand transaction control to us (see module docstring).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if database and database != ":memory:":
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


# A URL naming a SQLite file and nothing else: no query string (driver or URI
# options), no host or user. SQLAlchemy reads these the same way (the path after
# "sqlite:///", percent-decoded); anything else is left to it.
_PLAIN_SQLITE_FILE = re.compile(r"sqlite:///([^?]+)")


def plain_sqlite_file(url: str) -> str | None:
    """The database path of a `sqlite:///PATH` URL naming a file, else None."""
    found = _PLAIN_SQLITE_FILE.fullmatch(url)
    if found is None:
        return None
    database = unquote(found.group(1))
    if database == ":memory:" or database.startswith("file:"):
        return None
    return _in_home(database)


def _in_home(database: str) -> str:
    """ "~/briefing.db" in a URL ("sqlite:///~/briefing.db"): the file in the home folder."""
    return str(Path(database).expanduser()) if database.startswith("~") else database


def connect_sqlite_file(database: str) -> sqlite3.Connection:
    """A connection to a SQLite file as the Engine of `sqlite:///{database}` opens one.

    The same arguments SQLAlchemy's pysqlite dialect passes for a file (an
    absolute path; usable from any thread, as its pool hands connections between
    threads), and the store's settings.
    """
    _make_parent(database)
    connection = sqlite3.connect(
        os.path.abspath(database), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    try:
        configure_sqlite_connection(connection, database)
    except BaseException:
        connection.close()
        raise
    return connection
