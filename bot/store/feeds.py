"""The `feeds` table: which feeds the operator configured, and how their polls went.

Functions take a Connection from `Store.read()` / `Store.write()` so a caller
decides the transaction; times are stored and returned in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select, update

from bot.store.schema import articles, feed_entry_failures, feeds


@dataclass(frozen=True)
class FeedSpec:
    """One feed as configured under `feeds:` in the settings."""

    url: str
    name: str | None = None
    outlet: str | None = None
    interval_minutes: int = 30


@dataclass(frozen=True)
class FeedRow:
    id: int
    url: str
    name: str | None
    outlet: str | None
    interval_minutes: int
    etag: str | None
    last_modified: str | None
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    articles_taken: int

    def due(self, now: datetime) -> bool:
        if self.last_poll_at is None:
            return True
        return self.last_poll_at + timedelta(minutes=self.interval_minutes) <= now


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _row(r: object) -> FeedRow:
    m = r._mapping  # type: ignore[attr-defined]
    return FeedRow(
        id=m["id"],
        url=m["url"],
        name=m["name"],
        outlet=m["outlet"],
        interval_minutes=m["interval_minutes"],
        etag=m["etag"],
        last_modified=m["last_modified"],
        last_poll_at=_utc(m["last_poll_at"]),
        last_success_at=_utc(m["last_success_at"]),
        last_error=m["last_error"],
        articles_taken=m["articles_taken"] or 0,
    )


def list_feeds(conn: Connection) -> list[FeedRow]:
    return [_row(r) for r in conn.execute(select(feeds).order_by(feeds.c.id))]


def get_feed(conn: Connection, feed_id: int) -> FeedRow | None:
    r = conn.execute(select(feeds).where(feeds.c.id == feed_id)).first()
    return _row(r) if r is not None else None


def known_urls(conn: Connection, urls: Sequence[str]) -> set[str]:
    """Which of `urls` a stored article has: one query for a feed's entries, not one each."""
    found: set[str] = set()
    unique = list(dict.fromkeys(urls))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        found.update(
            conn.execute(select(articles.c.url).where(articles.c.url.in_(chunk))).scalars()
        )
    return found


def sync_feeds(conn: Connection, specs: Sequence[FeedSpec]) -> bool:
    """Make the table hold exactly `specs`, keeping the poll history of feeds that stay.

    Writes only what differs, so calling it before every poll costs a read.
    Returns whether anything changed.
    """
    wanted = {s.url: s for s in specs}
    have = {f.url: f for f in list_feeds(conn)}
    changed = False
    gone = [f.id for url, f in have.items() if url not in wanted]
    if gone:
        conn.execute(delete(feeds).where(feeds.c.id.in_(gone)))
        changed = True
    for url, spec in wanted.items():
        values = {
            "name": spec.name,
            "outlet": spec.outlet,
            "interval_minutes": spec.interval_minutes,
        }
        row = have.get(url)
        if row is None:
            conn.execute(insert(feeds).values(url=url, articles_taken=0, **values))
            changed = True
        elif (row.name, row.outlet, row.interval_minutes) != tuple(values.values()):
            conn.execute(update(feeds).where(feeds.c.id == row.id).values(**values))
            changed = True
    return changed


def record_poll(
    conn: Connection,
    feed_id: int,
    *,
    at: datetime,
    ok: bool,
    error: str | None = None,
    taken: int = 0,
    validators: tuple[str | None, str | None] | None = None,
) -> None:
    """Note one poll: its time, success or error, articles taken, new ETag/Last-Modified.

    `validators` None keeps the stored ones (a 304 or a failure); a pair
    replaces them (a 200, whose validators may be absent).
    """
    values: dict[str, object] = {
        "last_poll_at": at,
        "last_error": error,
        "articles_taken": feeds.c.articles_taken + taken,
    }
    if ok:
        values["last_success_at"] = at
    if validators is not None:
        values["etag"], values["last_modified"] = validators
    conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))


# --- entries whose page failed ---------------------------------------------------


@dataclass(frozen=True)
class EntryFailures:
    """Failed polls in a row of one entry's page, and when it was last tried."""

    attempts: int
    last_try_at: datetime

    def given_up(self, limit: int, now: datetime, retry_after: timedelta) -> bool:
        """Skipped this poll: failed `limit` times, and last tried less than `retry_after` ago."""
        return self.attempts >= limit and now - self.last_try_at < retry_after


def entry_failures(conn: Connection, urls: Sequence[str]) -> dict[str, EntryFailures]:
    """The failures of each of `urls` whose page failed before (absent: none)."""
    found: dict[str, EntryFailures] = {}
    unique = list(dict.fromkeys(urls))
    t = feed_entry_failures
    for i in range(0, len(unique), 500):
        rows = conn.execute(
            select(t.c.url, t.c.attempts, t.c.last_try_at).where(t.c.url.in_(unique[i : i + 500]))
        )
        found.update({url: EntryFailures(n, _utc(at)) for url, n, at in rows})  # type: ignore[arg-type]
    return found


def note_entry_failure(
    conn: Connection, feed_id: int, url: str, error: str | None, at: datetime
) -> int:
    """Count one more failed attempt at `url`; returns the attempts so far.

    One upsert: feeds are polled by several workers at once, and two feeds may
    list the same page.
    """
    t = feed_entry_failures
    values = {"feed_id": feed_id, "last_error": error, "last_try_at": at}
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    statement = upsert(t).values(url=url, attempts=1, **values)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=[t.c.url], set_={"attempts": t.c.attempts + 1, **values}
        )
    )
    return int(conn.execute(select(t.c.attempts).where(t.c.url == url)).scalar_one())


def forget_stale_failures(conn: Connection, feed_id: int, before: datetime) -> None:
    """Drop a feed's failures not tried since `before`: pages its feed no longer lists."""
    t = feed_entry_failures
    conn.execute(delete(t).where(t.c.feed_id == feed_id, t.c.last_try_at < before))


def clear_entry_failures(conn: Connection, urls: Sequence[str]) -> None:
    """Forget the failures of entries now taken (or known)."""
    if urls:
        t = feed_entry_failures
        conn.execute(delete(t).where(t.c.url.in_(list(urls))))


def given_up_count(conn: Connection, feed_id: int, limit: int) -> int:
    """Entries of a feed that failed `limit` polls in a row and are no longer fetched."""
    t = feed_entry_failures
    query = select(func.count()).where(t.c.feed_id == feed_id, t.c.attempts >= limit)
    return int(conn.execute(query).scalar_one())
