"""The SQL of the deliveries ledger: one row per (kind, channel, key), claimed before posting.

The unique key is what makes a restart, a re-run or a second bot process post
each digest and alert once: whoever inserts the row owns the post; everyone
else sees it and stands back. A claim that went stale (its process died or gave
up on a flaky Slack) is taken over with a compare-and-set on `claimed_at`, so
two processes can never both take it over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.store.schema import deliveries
from bot.store.subscriptions import as_utc

PENDING = "pending"
POSTED = "posted"
FAILED = "failed"  # Slack refused for good (channel gone); kept so it is not retried forever
SKIPPED = "skipped"  # nothing to say (an empty digest without "all quiet")


@dataclass(frozen=True)
class Delivery:
    id: int
    kind: str
    channel_id: str
    key: str
    status: str
    claimed_by: str | None
    claimed_at: datetime
    attempts: int
    payload: dict[str, Any] | None
    posted_at: datetime | None = None
    last_error: str | None = None
    message_ts: str | None = None


def _delivery(row) -> Delivery:
    return Delivery(
        id=row.id,
        kind=row.kind,
        channel_id=row.channel_id,
        key=row.key,
        status=row.status,
        claimed_by=row.claimed_by,
        claimed_at=as_utc(row.claimed_at),
        attempts=row.attempts,
        payload=row.payload,
        posted_at=as_utc(row.posted_at),
        last_error=row.last_error,
        message_ts=row.message_ts,
    )


def _insert_if_absent(conn: Connection, values: dict[str, Any]) -> bool:
    dialect = conn.dialect.name
    if dialect == "postgresql":
        stmt = postgresql.insert(deliveries).values(**values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite.insert(deliveries).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - the bot supports SQLite and PostgreSQL
        raise NotImplementedError(dialect)
    # RETURNING, not rowcount: psycopg reports no rowcount for an INSERT that returns the key
    return conn.execute(stmt.returning(deliveries.c.id)).first() is not None


def get(conn: Connection, kind: str, channel_id: str, key: str) -> Delivery | None:
    row = conn.execute(
        select(deliveries).where(
            deliveries.c.kind == kind,
            deliveries.c.channel_id == channel_id,
            deliveries.c.key == key,
        )
    ).first()
    return _delivery(row) if row else None


def claim(
    conn: Connection,
    kind: str,
    channel_id: str,
    key: str,
    *,
    worker: str,
    payload: dict[str, Any] | None,
    now: datetime,
    stale_after: timedelta,
) -> Delivery | None:
    """Take the right to post (kind, channel, key), or None if it is posted or someone holds it.

    A new claim keeps `payload`; a taken-over claim keeps the payload first
    stored, so a retry posts exactly what the first attempt meant to post.
    """
    inserted = _insert_if_absent(
        conn,
        {
            "kind": kind,
            "channel_id": channel_id,
            "key": key,
            "status": PENDING,
            "claimed_by": worker,
            "claimed_at": now,
            "attempts": 0,
            "payload": payload,
        },
    )
    found = get(conn, kind, channel_id, key)
    if found is None:  # pragma: no cover - the row was deleted under us
        return None
    if inserted:
        return found
    return take_over(conn, found, worker=worker, now=now, stale_after=stale_after)


def take_over(
    conn: Connection, found: Delivery, *, worker: str, now: datetime, stale_after: timedelta
) -> Delivery | None:
    """Claim a pending delivery that nobody holds, or whose holder went quiet."""
    if found.status != PENDING:
        return None
    if found.claimed_by is not None and found.claimed_at > now - stale_after:
        return None
    result = conn.execute(
        update(deliveries)
        .where(
            deliveries.c.id == found.id,
            deliveries.c.status == PENDING,
            deliveries.c.claimed_at == found.claimed_at,
        )
        .values(claimed_by=worker, claimed_at=now)
    )
    if result.rowcount != 1:
        return None
    return get(conn, found.kind, found.channel_id, found.key)


def renew(conn: Connection, delivery_id: int, *, worker: str, now: datetime) -> bool:
    """Keep a claim fresh while its holder still works on it (a long Retry-After, a backoff).

    False when the claim is no longer this worker's: someone took it over, or it
    was settled, and the holder must then stand back rather than post again.
    """
    result = conn.execute(
        update(deliveries)
        .where(
            deliveries.c.id == delivery_id,
            deliveries.c.status == PENDING,
            deliveries.c.claimed_by == worker,
        )
        .values(claimed_at=now)
    )
    return result.rowcount == 1


def retryable(
    conn: Connection, *, now: datetime, stale_after: timedelta, limit: int = 100
) -> list[Delivery]:
    """Pending deliveries that nobody holds or whose claim went stale, oldest first."""
    rows = conn.execute(
        select(deliveries)
        .where(
            deliveries.c.status == PENDING,
            or_(
                deliveries.c.claimed_by.is_(None),
                and_(deliveries.c.claimed_at <= now - stale_after),
            ),
        )
        .order_by(deliveries.c.claimed_at, deliveries.c.id)
        .limit(limit)
    )
    return [_delivery(r) for r in rows]


def finish(
    conn: Connection,
    delivery_id: int,
    *,
    status: str,
    now: datetime,
    message_ts: str | None = None,
    error: str | None = None,
    attempts: int = 0,
) -> None:
    """Record the outcome: posted (with its ts), skipped, or failed for good."""
    conn.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id)
        .values(
            status=status,
            posted_at=now if status == POSTED else None,
            message_ts=message_ts,
            last_error=error,
            attempts=deliveries.c.attempts + attempts,
        )
    )


def release(conn: Connection, delivery_id: int, *, error: str, attempts: int) -> None:
    """Give the claim back, still pending, so the next tick (of any process) retries it."""
    conn.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id, deliveries.c.status == PENDING)
        .values(claimed_by=None, last_error=error, attempts=deliveries.c.attempts + attempts)
    )


def done_keys(conn: Connection, kind: str, channel_ids: list[str], key: str) -> set[str]:
    """Channels whose (kind, key) delivery is settled (posted, skipped or failed)."""
    if not channel_ids:
        return set()
    rows = conn.execute(
        select(deliveries.c.channel_id).where(
            deliveries.c.kind == kind,
            deliveries.c.key == key,
            deliveries.c.channel_id.in_(channel_ids),
            deliveries.c.status != PENDING,
        )
    )
    return {r.channel_id for r in rows}


def for_channel(conn: Connection, channel_id: str, kind: str | None = None) -> list[Delivery]:
    stmt = select(deliveries).where(deliveries.c.channel_id == channel_id)
    if kind:
        stmt = stmt.where(deliveries.c.kind == kind)
    return [_delivery(r) for r in conn.execute(stmt.order_by(deliveries.c.id))]


def existing_keys(conn: Connection, kind: str, keys: list[str]) -> set[tuple[str, str]]:
    """(channel_id, key) of every ledger row of `kind` among `keys`, whatever its status."""
    found: set[tuple[str, str]] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = conn.execute(
            select(deliveries.c.channel_id, deliveries.c.key).where(
                deliveries.c.kind == kind, deliveries.c.key.in_(chunk)
            )
        )
        found.update((r.channel_id, r.key) for r in rows)
    return found
