"""What the App Home tab shows, read from the store as plain records.

The Home tab is a dashboard a member opens many times a day, so it is built
from a handful of bounded queries (a page of meetings, a count, the
subscriptions, the feeds' last errors) and never from a scan of the store.
Each part has its own function, so one missing or failing part shows as
"unavailable" instead of taking the whole tab down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Generic, TypeVar

from bot.models import MeetingRecord

if TYPE_CHECKING:
    from bot.store import Store

log = logging.getLogger(__name__)

#: How many days "this week" reaches back, today included.
WEEK_DAYS = 7
#: The most meetings of the week, planned meetings and channels the tab lists;
#: the rest is counted ("and N more"), which keeps the tab within 100 blocks.
MEETINGS_SHOWN = 20
LATEST_SHOWN = 5
PLANNED_SHOWN = 10
CHANNELS_SHOWN = 15

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """The first items of a list, and how many there are in all."""

    items: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        return max(self.total - len(self.items), 0)


@dataclass(frozen=True)
class FollowedPerson:
    person_id: int
    name: str
    country: str | None


@dataclass(frozen=True)
class ChannelFollows:
    """What one channel follows and when its digest comes."""

    channel_id: str
    countries: tuple[str, ...]
    people: tuple[FollowedPerson, ...]
    digest_enabled: bool
    digest_time: str | None  # HH:MM local; None when the channel has no schedule row
    timezone: str | None
    paused_reason: str | None = None


@dataclass(frozen=True)
class FeedProblem:
    name: str
    url: str
    error: str
    last_success_at: datetime | None


@dataclass(frozen=True)
class StoreHealth:
    articles: int
    latest_ingest_at: datetime | None
    feeds_total: int
    feed_problems: tuple[FeedProblem, ...]


@dataclass(frozen=True)
class HomeContent:
    """Everything the Home tab shows; `None` parts could not be read (logged)."""

    today: date
    week_from: date
    meetings: Page[MeetingRecord] | None
    planned: Page[MeetingRecord] | None
    follows: Page[ChannelFollows] | None
    health: StoreHealth | None
    #: the newest news before this week, shown only when nothing is dated this week
    latest: tuple[MeetingRecord, ...] = ()

    @property
    def first_run(self) -> bool:
        """A store with no article yet: the tab explains how to start instead."""
        return self.health is not None and self.health.articles == 0


# --- the parts -------------------------------------------------------------


def week_meetings(store: Store, today: date, limit: int = MEETINGS_SHOWN) -> Page[MeetingRecord]:
    """Meetings dated within the last WEEK_DAYS days: the news (primary) first, newest first.

    The news is asked for on its own so that a week full of background
    mentions cannot push it off the page; the total is counted, not loaded.
    Only meetings dated to the day are placed in a week: one known only as
    "2026-11" would otherwise sit in every week of its month. Every status is listed
    (each line says whether it was held, planned or cancelled): a meeting
    planned for last Tuesday and not yet reported as held is still this week's
    diplomacy, and the date index alone then answers the query.
    """
    window = {
        "date_from": (today - timedelta(days=WEEK_DAYS - 1)).isoformat(),
        "date_to": today.isoformat(),
        "exact_dates": True,
    }
    shown = store.meetings(**window, primary=True, limit=limit)
    if len(shown) < limit:
        shown += store.meetings(**window, primary=False, limit=limit - len(shown))
    total = store.count_meetings(**window) if len(shown) == limit else len(shown)
    return Page(tuple(shown), total)


def latest_meetings(store: Store, today: date, limit: int = LATEST_SHOWN) -> list[MeetingRecord]:
    """The newest news up to today: what a quiet week (or a store of old articles) shows."""
    return store.meetings(date_to=today.isoformat(), primary=True, limit=limit)


def upcoming_meetings(store: Store, limit: int = PLANNED_SHOWN) -> Page[MeetingRecord]:
    """Planned meetings from today on, soonest first (undated ones last)."""
    found = store.planned_meetings(limit=limit)
    total = store.count_planned_meetings() if len(found) == limit else len(found)
    return Page(tuple(found), total)


def channel_follows(
    store: Store, limit: int = CHANNELS_SHOWN, *, only: Collection[str] | None = None
) -> Page[ChannelFollows]:
    """The channels that follow something, busiest (most subscriptions) first.

    Only the page shown is loaded, however many channels subscribe. `only`
    keeps to the channels the reader is in, so a private channel's interests
    are shown to its members alone.
    """
    from bot.store import subscriptions as subs_sql

    with store.read() as conn:
        ids = subs_sql.busiest_channels(conn, limit, only)
        total = subs_sql.count_subscribed_channels(conn, only) if len(ids) == limit else len(ids)
        subs = subs_sql.for_channels(conn, ids)
        schedules = {c.channel_id: c for c in subs_sql.channels_by_ids(conn, ids)}
    person_ids = sorted({int(s.target) for s in subs if s.kind == "person" and s.target.isdigit()})
    people = {p.id: p for p in store.people_by_ids(person_ids)} if person_ids else {}

    countries: dict[str, list[str]] = {}
    followed: dict[str, list[FollowedPerson]] = {}
    for s in subs:
        if s.kind == "country":
            countries.setdefault(s.channel_id, []).append(s.target)
        elif s.kind == "person" and s.target.isdigit():
            p = people.get(int(s.target))
            name = p.name if p else f"person {s.target}"
            followed.setdefault(s.channel_id, []).append(
                FollowedPerson(int(s.target), name, p.country if p else None)
            )
    rows = []
    for cid in ids:
        ch = schedules.get(cid)
        rows.append(
            ChannelFollows(
                channel_id=cid,
                countries=tuple(sorted(countries.get(cid, ()))),
                people=tuple(sorted(followed.get(cid, ()), key=lambda f: f.name.casefold())),
                digest_enabled=bool(ch and ch.digest_enabled),
                digest_time=ch.digest_time if ch else None,
                timezone=ch.timezone if ch else None,
                paused_reason=ch.paused_reason if ch else None,
            )
        )
    return Page(tuple(rows), total)


def store_health(store: Store) -> StoreHealth:
    from bot.store import feeds as feeds_sql

    with store.read() as conn:
        feeds = feeds_sql.list_feeds(conn)
    problems = tuple(
        FeedProblem(f.name or f.outlet or f.url, f.url, f.last_error, f.last_success_at)
        for f in feeds
        if f.last_error
    )
    return StoreHealth(
        articles=store.article_count(),
        latest_ingest_at=store.latest_ingest_at(),
        feeds_total=len(feeds),
        feed_problems=problems,
    )


# --- the whole tab ---------------------------------------------------------


def build_home(
    store: Store, *, today: date | None = None, channels: Collection[str] | None = None
) -> HomeContent:
    """The Home tab's content. A part that fails is logged and left out, never fatal.

    `channels`: the channels whose subscriptions the reader may see (None: all).
    """
    today = today or datetime.now(UTC).date()
    health = _part("store health", lambda: store_health(store))
    first_run = health is not None and health.articles == 0
    week = None if first_run else _part("week's meetings", lambda: week_meetings(store, today))
    latest: list[MeetingRecord] | None = []
    if week is not None and week.total == 0:
        latest = _part("latest meetings", lambda: latest_meetings(store, today))
    return HomeContent(
        today=today,
        week_from=today - timedelta(days=WEEK_DAYS - 1),
        meetings=week,
        planned=None if first_run else _part("planned meetings", lambda: upcoming_meetings(store)),
        follows=_part("channel subscriptions", lambda: channel_follows(store, only=channels)),
        health=health,
        latest=tuple(latest or ()),
    )


def _part(name: str, build: Callable[[], T]) -> T | None:
    try:
        return build()
    except Exception:
        log.exception("Home tab: could not read the %s", name)
        return None
