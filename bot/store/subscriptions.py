"""The SQL of subscriptions and channel schedules.

Every function takes a Connection so the caller decides the transaction:
changes go through `Store.write()` (which takes SQLite's write lock up front),
reads through `Store.read()`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from bot.store.schema import channels, subscriptions

KINDS = ("country", "person")


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


@dataclass(frozen=True)
class Subscription:
    channel_id: str
    kind: str  # "country" or "person"
    target: str  # ISO code, or person id as text
    created_by: str | None
    created_at: datetime


@dataclass(frozen=True)
class Channel:
    channel_id: str
    digest_enabled: bool
    digest_time: str  # HH:MM local
    timezone: str  # IANA zone name
    all_quiet: bool
    last_digest_at: datetime | None
    paused_reason: str | None


@dataclass(frozen=True)
class ChannelDefaults:
    digest_time: str
    timezone: str
    digest_enabled: bool
    all_quiet: bool


def _channel(row) -> Channel:
    return Channel(
        channel_id=row.channel_id,
        digest_enabled=bool(row.digest_enabled),
        digest_time=row.digest_time,
        timezone=row.timezone,
        all_quiet=bool(row.all_quiet),
        last_digest_at=as_utc(row.last_digest_at),
        paused_reason=row.paused_reason,
    )


def _subscription(row) -> Subscription:
    return Subscription(
        channel_id=row.channel_id,
        kind=row.kind,
        target=row.target,
        created_by=row.created_by,
        created_at=as_utc(row.created_at),
    )


def get_channel(conn: Connection, channel_id: str) -> Channel | None:
    row = conn.execute(select(channels).where(channels.c.channel_id == channel_id)).first()
    return _channel(row) if row else None


def ensure_channel(
    conn: Connection, channel_id: str, defaults: ChannelDefaults, now: datetime
) -> Channel:
    """The channel's row, created with the configured defaults on first use."""
    found = get_channel(conn, channel_id)
    if found is not None:
        return found
    conn.execute(
        insert(channels).values(
            channel_id=channel_id,
            digest_enabled=defaults.digest_enabled,
            digest_time=defaults.digest_time,
            timezone=defaults.timezone,
            all_quiet=defaults.all_quiet,
            updated_at=now,
        )
    )
    return get_channel(conn, channel_id)  # type: ignore[return-value]


def add(
    conn: Connection, channel_id: str, kind: str, target: str, created_by: str | None, now: datetime
) -> bool:
    """Subscribe; False when the channel already had this subscription."""
    if kind not in KINDS:
        raise ValueError(f"unknown subscription kind {kind!r}")
    exists = conn.execute(
        select(subscriptions.c.id).where(
            subscriptions.c.channel_id == channel_id,
            subscriptions.c.kind == kind,
            subscriptions.c.target == target,
        )
    ).first()
    if exists:
        return False
    conn.execute(
        insert(subscriptions).values(
            channel_id=channel_id, kind=kind, target=target, created_by=created_by, created_at=now
        )
    )
    return True


def remove(conn: Connection, channel_id: str, kind: str, target: str) -> bool:
    """Unsubscribe; False when there was nothing to remove."""
    result = conn.execute(
        delete(subscriptions).where(
            subscriptions.c.channel_id == channel_id,
            subscriptions.c.kind == kind,
            subscriptions.c.target == target,
        )
    )
    return result.rowcount > 0


def for_channel(conn: Connection, channel_id: str) -> list[Subscription]:
    rows = conn.execute(
        select(subscriptions)
        .where(subscriptions.c.channel_id == channel_id)
        .order_by(subscriptions.c.kind, subscriptions.c.target)
    )
    return [_subscription(r) for r in rows]


def all_subscriptions(conn: Connection) -> list[Subscription]:
    rows = conn.execute(select(subscriptions).order_by(subscriptions.c.id))
    return [_subscription(r) for r in rows]


def all_channels(conn: Connection) -> list[Channel]:
    rows = conn.execute(select(channels).order_by(channels.c.channel_id))
    return [_channel(r) for r in rows]


def set_schedule(
    conn: Connection,
    channel_id: str,
    *,
    enabled: bool,
    now: datetime,
    digest_time: str | None = None,
    timezone: str | None = None,
) -> None:
    values: dict = {"digest_enabled": enabled, "updated_at": now}
    if digest_time is not None:
        values["digest_time"] = digest_time
    if timezone is not None:
        values["timezone"] = timezone
    conn.execute(update(channels).where(channels.c.channel_id == channel_id).values(**values))


def set_paused(conn: Connection, channel_id: str, reason: str | None, now: datetime) -> None:
    """Pause (reason) or resume (None) posting to a channel Slack refused."""
    conn.execute(
        update(channels)
        .where(channels.c.channel_id == channel_id)
        .values(paused_reason=reason, updated_at=now)
    )


def advance_last_digest(conn: Connection, channel_id: str, until: datetime) -> None:
    """Move the channel's digest window forward, never back (a late retry must not rewind it)."""
    row = conn.execute(
        select(channels.c.last_digest_at).where(channels.c.channel_id == channel_id)
    ).first()
    if row is None:
        return
    current = as_utc(row.last_digest_at)
    if current is None or current < until:
        conn.execute(
            update(channels).where(channels.c.channel_id == channel_id).values(last_digest_at=until)
        )


def subscribers_by_target(subs: Iterable[Subscription]) -> dict[tuple[str, str], set[str]]:
    """(kind, target) -> channel ids: the in-memory fan-out index for digests and alerts."""
    index: dict[tuple[str, str], set[str]] = {}
    for s in subs:
        index.setdefault((s.kind, s.target), set()).add(s.channel_id)
    return index


def set_all_quiet(conn: Connection, channel_id: str, on: bool, now: datetime) -> None:
    """Whether an empty digest still posts an "all quiet" line."""
    conn.execute(
        update(channels)
        .where(channels.c.channel_id == channel_id)
        .values(all_quiet=on, updated_at=now)
    )


# --- a page of channels (the Home tab lists a few of many) --------------------


def busiest_channels(
    conn: Connection, limit: int, only: Collection[str] | None = None
) -> list[str]:
    """Ids of the channels with the most subscriptions, busiest first (then by id).

    `only` keeps to these channels (those a reader may see); None means all.
    """
    n = func.count().label("n")
    query = select(subscriptions.c.channel_id, n)
    if only is not None:
        query = query.where(subscriptions.c.channel_id.in_(list(only)))
    rows = conn.execute(
        query.group_by(subscriptions.c.channel_id)
        .order_by(n.desc(), subscriptions.c.channel_id)
        .limit(limit)
    )
    return [r.channel_id for r in rows]


def count_subscribed_channels(conn: Connection, only: Collection[str] | None = None) -> int:
    """How many channels (of `only`, when given) subscribe to at least one country or person."""
    query = select(func.count(subscriptions.c.channel_id.distinct()))
    if only is not None:
        query = query.where(subscriptions.c.channel_id.in_(list(only)))
    return conn.execute(query).scalar_one()


def for_channels(conn: Connection, channel_ids: Iterable[str]) -> list[Subscription]:
    """The subscriptions of these channels, by channel, kind and target."""
    ids = list(channel_ids)
    if not ids:
        return []
    rows = conn.execute(
        select(subscriptions)
        .where(subscriptions.c.channel_id.in_(ids))
        .order_by(subscriptions.c.channel_id, subscriptions.c.kind, subscriptions.c.target)
    )
    return [_subscription(r) for r in rows]


def channels_by_ids(conn: Connection, channel_ids: Iterable[str]) -> list[Channel]:
    ids = list(channel_ids)
    if not ids:
        return []
    rows = conn.execute(select(channels).where(channels.c.channel_id.in_(ids)))
    return [_channel(r) for r in rows]
