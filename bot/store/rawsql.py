"""Plain SQL on the driver's cursor, for the statements ingest runs per article.

Core costs a few hundred microseconds a statement in Python (compile-cache
lookup, parameter processing, result set-up); an article takes about fifteen
statements, which made the store slower than the parser. These statements
are written once in SQL both SQLite and PostgreSQL accept, with named
parameters (`:name`, rewritten to psycopg's `%(name)s`; multi-row INSERTs take
theirs by position, `?` or `%s`), and run on a DBAPI cursor: of a
SQLAlchemy connection inside its transaction, or of a bare driver connection
whose transaction the store opens itself (`Store._driver_write`). Values are
converted as the schema's types would: timestamps to SQLite's text form,
JSON to text (SQLite) or psycopg's Json, booleans to 0/1 on SQLite.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")

# json.dumps' text (same separators, ASCII escapes) without its check for cycles:
# the values stored are trees built by the parser, and the check costs a tenth of
# encoding an article's annotation.
_JSON_TEXT = json.JSONEncoder(check_circular=False).encode


@cache
def _for_psycopg(sql: str) -> str:
    return _NAMED.sub(r"%(\1)s", sql)


class Raw:
    """The driver cursor of one SQLAlchemy connection, with the schema's value conversions."""

    def __init__(self, conn: Connection) -> None:
        self._setup(
            conn.connection.driver_connection,  # type: ignore[union-attr]
            conn.dialect.name == "postgresql",
        )

    @classmethod
    def on_driver(cls, driver_connection: Any, *, postgresql: bool) -> Raw:
        """A Raw on a bare driver connection (no SQLAlchemy Connection around it)."""
        raw = cls.__new__(cls)
        raw._setup(driver_connection, postgresql)
        return raw

    def _setup(self, driver_connection: Any, postgresql: bool) -> None:
        self.pg = postgresql
        self.driver = driver_connection
        self.cursor = driver_connection.cursor()
        if self.pg:
            from psycopg.types.json import Json

            self._json = Json
        else:
            self._json = _JSON_TEXT

    def sql(self, text: str) -> str:
        return _for_psycopg(text) if self.pg else text

    def run(self, text: str, params: dict[str, Any] | None = None) -> Any:
        self.cursor.execute(self.sql(text), params or {})
        return self.cursor

    def many(self, text: str, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.cursor.executemany(self.sql(text), rows)

    def insert(self, head: str, rows: Sequence[Sequence[Any]], tail: str = "") -> None:
        """`head VALUES (…), (…), … tail`: all `rows` in one statement, values by position.

        The driver's cost per execution (binding by name, a step, the GIL handed
        back and forth) is larger than SQLite's for a small row, so one statement
        for an article's rows beats executemany's one execution per row. Rows go
        in in order, as executemany would put them.
        """
        if not rows:
            return
        per_insert = max(1, min(_ROWS_PER_INSERT, _MAX_PARAMETERS // len(rows[0])))
        for start in range(0, len(rows), per_insert):
            chunk = rows[start : start + per_insert]
            sql = _insert_sql(head, len(chunk[0]), len(chunk), tail, self.pg)
            self.cursor.execute(sql, [value for row in chunk for value in row])

    def insert_id(self, text: str, params: dict[str, Any]) -> Any:
        """The id of the row an INSERT of one row adds; None when ON CONFLICT skipped it.

        SQLite hands RETURNING rows back through a temporary table, which costs
        more than inserting a small row, and its cursor knows the new rowid anyway;
        PostgreSQL is asked with RETURNING.
        """
        if self.pg:
            return self.one(text + " RETURNING id", params)
        cursor = self.run(text, params)
        return cursor.lastrowid if cursor.rowcount == 1 else None

    def one(self, text: str, params: dict[str, Any] | None = None) -> Any:
        row = self.run(text, params).fetchone()
        return None if row is None else row[0]

    def all(self, text: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        return self.run(text, params).fetchall()

    # --- values as the schema's column types store them ----------------------------

    def ts(self, value: datetime) -> Any:
        if self.pg:
            return value
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        # the text SQLAlchemy's SQLite DateTime writes (year in four digits, always six
        # of microseconds), without strftime's parsing of a format
        return value.isoformat(" ", "microseconds")

    def json(self, value: Any) -> Any:
        return self._json(value)

    def bool(self, value: bool) -> Any:
        return bool(value) if self.pg else int(bool(value))


#: Rows per multi-row INSERT at most, and parameters per statement at most: SQLite
#: before 3.32 (and builds that keep its old default) refuses more than 999.
_ROWS_PER_INSERT = 200
_MAX_PARAMETERS = 999


@cache
def _insert_sql(head: str, width: int, count: int, tail: str, postgresql: bool) -> str:
    mark = "%s" if postgresql else "?"
    row = "(" + ", ".join([mark] * width) + ")"
    return f"{head} VALUES {', '.join([row] * count)} {tail}".rstrip()


def in_list(prefix: str, values: Iterable[Any], params: dict[str, Any]) -> str:
    """`:prefix0, :prefix1, …` for an IN list, the values added to `params`."""
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return ", ".join(names) or "NULL"


def read_ts(value: Any) -> datetime | None:
    """A UTCDateTime column as Core reads it: aware, in UTC (SQLite keeps naive text)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def read_json(value: Any) -> Any:
    """A JSON column as Core reads it (SQLite returns the text, psycopg the value)."""
    return json.loads(value) if isinstance(value, str) else value
