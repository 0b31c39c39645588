"""What a channel has not seen yet: its next digest, and the alerts it is owed.

The work is batched: one store query loads every meeting first seen in the
widest window any channel needs, and the channels are served from memory by a
(kind, target) -> channels index, so a thousand channels cost one query, not a
thousand. Posting goes through the ledger (bot/delivery.py); nothing here
knows Slack.
"""

from __future__ import annotations

import logging
import sys
import threading
from argparse import Namespace
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.delivery import Clock, Item, Ledger, Outcome, utc_now
from bot.models import MeetingRecord
from bot.store import deliveries as ledger_sql
from bot.store import subscriptions as subs_sql
from bot.store.subscriptions import Channel, Subscription

log = logging.getLogger(__name__)

DIGEST = "digest"
ALERT = "alert"


@dataclass(frozen=True)
class DigestSettings:
    time: str = "08:00"
    timezone: str = "UTC"
    enabled_on_subscribe: bool = True
    all_quiet: bool = False
    grace_hours: float = 6
    first_window_hours: float = 24
    alerts_enabled: bool = True
    poll_seconds: float = 20
    alert_overlap_seconds: float = 120  # re-read this much before the watermark
    alert_lookback_seconds: float = 600  # at start-up, or on becoming leader
    #: a posted digest covers meetings first seen up to this long before it is
    #: built: an article whose write began earlier but committed later then lands
    #: in the next digest instead of falling between two
    settle_seconds: float = 120

    @classmethod
    def from_settings(cls, settings: Any) -> DigestSettings:
        d = cls()
        get = settings.get
        return cls(
            time=str(get("digest.time", d.time)),
            timezone=str(get("digest.timezone", d.timezone)),
            enabled_on_subscribe=bool(get("digest.enabled_on_subscribe", d.enabled_on_subscribe)),
            all_quiet=bool(get("digest.all_quiet", d.all_quiet)),
            grace_hours=float(get("digest.grace_hours", d.grace_hours)),
            first_window_hours=float(get("digest.first_window_hours", d.first_window_hours)),
            alerts_enabled=bool(get("alerts.enabled", d.alerts_enabled)),
            poll_seconds=float(get("alerts.poll_seconds", d.poll_seconds)),
            alert_overlap_seconds=float(get("alerts.overlap_seconds", d.alert_overlap_seconds)),
            alert_lookback_seconds=float(get("alerts.lookback_seconds", d.alert_lookback_seconds)),
            settle_seconds=float(get("digest.settle_seconds", d.settle_seconds)),
        )

    def channel_defaults(self) -> subs_sql.ChannelDefaults:
        return subs_sql.ChannelDefaults(
            digest_time=self.time,
            timezone=self.timezone,
            digest_enabled=self.enabled_on_subscribe,
            all_quiet=self.all_quiet,
        )


# --- the digest's content ------------------------------------------------------


@dataclass(frozen=True)
class DigestGroup:
    """The meetings of one country (or of the people followed), news before plans."""

    countries: tuple[str, ...]  # () for meetings found only through a followed person
    news: tuple[MeetingRecord, ...]
    upcoming: tuple[MeetingRecord, ...]


@dataclass(frozen=True)
class Digest:
    channel_id: str
    since: datetime
    until: datetime
    groups: tuple[DigestGroup, ...]

    @property
    def meeting_count(self) -> int:
        return sum(len(g.news) + len(g.upcoming) for g in self.groups)

    @property
    def empty(self) -> bool:
        return self.meeting_count == 0


@dataclass(frozen=True)
class Interests:
    """What one channel follows."""

    countries: frozenset[str]
    person_ids: frozenset[int]

    @classmethod
    def of(cls, subs: Iterable[Subscription]) -> Interests:
        countries, people = set(), set()
        for s in subs:
            if s.kind == "country":
                countries.add(s.target.upper())
            elif s.kind == "person" and s.target.isdigit():
                people.add(int(s.target))
        return cls(frozenset(countries), frozenset(people))

    def __bool__(self) -> bool:
        return bool(self.countries or self.person_ids)

    def matches(self, meeting: MeetingRecord) -> bool:
        if self.countries.intersection(meeting.countries):
            return True
        return any(p.person_id in self.person_ids for p in meeting.participants)


def _date_key(meeting: MeetingRecord) -> str:
    return meeting.date or ""


def select_digest(
    channel_id: str,
    interests: Interests,
    meetings: Sequence[MeetingRecord],
    since: datetime,
    until: datetime,
) -> Digest:
    """The channel's meetings first seen in [since, until), grouped and ordered.

    The window is half-open like the store's filter, so the next digest, which
    starts where this one ended, neither repeats nor loses a meeting.

    A meeting reported by several articles is one record, so it appears once;
    a meeting of two followed countries goes under both names in one group.
    """
    seen: set[int] = set()
    chosen: list[MeetingRecord] = []
    for m in meetings:
        if m.id in seen or not (since <= subs_sql.as_utc(m.first_seen_at) < until):
            continue
        if interests.matches(m):
            seen.add(m.id)
            chosen.append(m)
    by_group: dict[tuple[str, ...], list[MeetingRecord]] = {}
    for m in chosen:
        key = tuple(sorted(interests.countries.intersection(m.countries)))
        by_group.setdefault(key, []).append(m)
    groups = []
    for key in sorted(by_group, key=lambda k: (not k, k)):
        items = by_group[key]
        news = [m for m in items if m.status != "planned"]
        upcoming = [m for m in items if m.status == "planned"]
        # newest meeting date first; news before background mentions of the same date
        news.sort(key=lambda m: (_date_key(m), m.primary, m.id), reverse=True)
        # soonest plan first; undated plans last
        upcoming.sort(key=lambda m: (m.date is None, _date_key(m), m.id))
        groups.append(DigestGroup(key, tuple(news), tuple(upcoming)))
    return Digest(channel_id, since, until, tuple(groups))


def alert_key(meeting: MeetingRecord) -> str:
    """The ledger key of a meeting's alert: a plan, and later its being held, are one each."""
    return f"{meeting.id}:planned" if meeting.status == "planned" else str(meeting.id)


def window_start(channel: Channel, until: datetime, cfg: DigestSettings) -> datetime:
    """Since the previous digest; the first one looks back `first_window_hours`."""
    if channel.last_digest_at is not None:
        return channel.last_digest_at
    return until - timedelta(hours=cfg.first_window_hours)


def load_meetings(store: Any, since: datetime, until: datetime) -> list[MeetingRecord]:
    """Every meeting first seen in the window: one query for all channels."""
    return list(store.meetings(ingested_since=since, ingested_until=until, limit=None))


def build_digests(
    store: Any,
    channels: Sequence[Channel],
    subs: Sequence[Subscription],
    until: datetime,
    cfg: DigestSettings,
) -> dict[str, Digest]:
    """The next digest of each channel, with one store query for them all."""
    by_channel: dict[str, list[Subscription]] = {}
    for s in subs:
        by_channel.setdefault(s.channel_id, []).append(s)
    wanted = [(c, Interests.of(by_channel.get(c.channel_id, ()))) for c in channels]
    wanted = [(c, i) for c, i in wanted if i]
    if not wanted:
        return {}
    starts = {c.channel_id: window_start(c, until, cfg) for c, _ in wanted}
    meetings = load_meetings(store, min(starts.values()), until)
    index = MeetingIndex(meetings)
    return {
        c.channel_id: select_digest(
            c.channel_id, i, index.candidates(i), starts[c.channel_id], until
        )
        for c, i in wanted
    }


class MeetingIndex:
    """Meetings by side and by participant, so each channel looks only at its own."""

    def __init__(self, meetings: Sequence[MeetingRecord]) -> None:
        self.order = {m.id: n for n, m in enumerate(meetings)}
        self.by_country: dict[str, list[MeetingRecord]] = {}
        self.by_person: dict[int, list[MeetingRecord]] = {}
        for m in meetings:
            for code in m.countries:
                self.by_country.setdefault(code.upper(), []).append(m)
            for p in m.participants:
                self.by_person.setdefault(p.person_id, []).append(m)

    def candidates(self, interests: Interests) -> list[MeetingRecord]:
        found: dict[int, MeetingRecord] = {}
        for code in interests.countries:
            for m in self.by_country.get(code, ()):
                found[m.id] = m
        for pid in interests.person_ids:
            for m in self.by_person.get(pid, ()):
                found[m.id] = m
        return sorted(found.values(), key=lambda m: self.order[m.id])


def preview(services: Any, channel_id: str, now: datetime | None = None) -> Digest | None:
    """The digest `channel_id` would get if it were built now (nothing is posted or moved)."""
    cfg = DigestSettings.from_settings(services.settings)
    now = now or utc_now()
    with services.store.read() as conn:
        channel = subs_sql.get_channel(conn, channel_id)
        subs = subs_sql.for_channel(conn, channel_id)
    if channel is None or not subs:
        return None
    return build_digests(services.store, [channel], subs, now, cfg).get(channel_id)


# --- when a digest is due ------------------------------------------------------


def parse_hhmm(text: str) -> time:
    hh, mm = text.split(":")
    return time(int(hh), int(mm))


def due_at(channel: Channel, day: date) -> datetime:
    """The UTC instant of the channel's digest on local `day`.

    A time that does not exist that day (spring forward) is read with the
    offset before the change, a repeated one (fall back) as its first
    occurrence: the same instants APScheduler's CronTrigger picks.
    """
    zone = ZoneInfo(channel.timezone)
    local = datetime.combine(day, parse_hhmm(channel.digest_time), tzinfo=zone)
    return local.astimezone(UTC)


def last_due(channel: Channel, now: datetime) -> datetime:
    """The latest scheduled digest instant at or before `now`."""
    today = now.astimezone(ZoneInfo(channel.timezone)).date()
    for back in range(0, 3):
        at = due_at(channel, today - timedelta(days=back))
        if at <= now:
            return at
    raise AssertionError("a daily schedule is due at least once in three days")


def _digest_on(channel: Channel) -> bool:
    return channel.digest_enabled and not channel.paused_reason


def digest_key(channel: Channel, due: datetime) -> str:
    """The ledger key of a digest: the channel's local date it was due on."""
    return due.astimezone(ZoneInfo(channel.timezone)).date().isoformat()


# --- running digests and alerts --------------------------------------------------


class Renderer(Protocol):
    """What the runner needs from bot/render/digest.py's DigestRenderer."""

    def digest_message(
        self, digest: Digest, cache: dict[int, str] | None = None
    ) -> tuple[str, list[dict[str, Any]]]: ...

    def alert_message(
        self, meeting: MeetingRecord, interests: Interests
    ) -> tuple[str, list[dict[str, Any]]]: ...


class DigestRunner:
    """The scheduler's jobs as plain callables: a channel's digest, the catch-up, alert polls."""

    def __init__(
        self,
        store: Any,
        ledger: Ledger,
        cfg: DigestSettings,
        render: Renderer,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.store = store
        self.ledger = ledger
        self.cfg = cfg
        self.render = render
        self.clock = clock
        self._watermark: datetime | None = None
        self._alert_lock = threading.Lock()
        self._batch_lock = threading.Lock()
        #: (channel, key) built in another channel's batch whose own job has not asked yet
        self._handled: dict[tuple[str, str], Outcome] = {}

    # digests
    def run_digest(self, channel_id: str) -> Outcome | None:
        """Post the channel's digest that is due now, once; None when there is nothing to do.

        Channels due at the same instant (most keep the default time) are
        built together: the first of their jobs to run loads the window's
        meetings once and fans out; the others find their digest handled.
        """
        with self._batch_lock:
            now = self.clock()
            with self.store.read() as conn:
                channel = subs_sql.get_channel(conn, channel_id)
            if channel is None or not _digest_on(channel):
                return None
            due = last_due(channel, now)
            handled = self._handled.pop((channel_id, digest_key(channel, due)), None)
            if handled is not None:
                return handled
            batch = self._due_together(due, now)
            if channel_id not in {c.channel_id for c, _ in batch}:
                return None  # settled already, or nothing to follow
            with self.store.read() as conn:
                subs = subs_sql.all_subscriptions(conn)
            wanted = {c.channel_id for c, _ in batch}
            subs = [s for s in subs if s.channel_id in wanted]
            until = now - timedelta(seconds=self.cfg.settle_seconds)
            digests = build_digests(self.store, [c for c, _ in batch], subs, until, self.cfg)
            items, skipped = self._items(batch, digests)
        outcomes = {o.item_key[1]: o for o in self.ledger.deliver_many(items)}
        for item in skipped:
            if self.ledger.record_skipped(item):
                outcomes[item.channel_id] = Outcome((DIGEST, item.channel_id, item.key), "skipped")
        with self._batch_lock:
            for other, out in outcomes.items():
                if other != channel_id:
                    self._handled[(other, out.item_key[2])] = out
            if len(self._handled) > 10_000:  # jobs that never came to ask: forget the oldest
                for stale in list(self._handled)[: len(self._handled) - 10_000]:
                    del self._handled[stale]
        return outcomes.get(channel_id)

    def _due_together(self, due: datetime, now: datetime) -> list[tuple[Channel, str]]:
        """(channel, ledger key) of every channel whose digest fell due at `due`, not settled."""
        with self.store.read() as conn:
            channels = [c for c in subs_sql.all_channels(conn) if _digest_on(c)]
            batch = [(c, digest_key(c, due)) for c in channels if last_due(c, now) == due]
            settled: set[str] = set()
            for key in {k for _, k in batch}:
                ids = [c.channel_id for c, k in batch if k == key]
                settled |= ledger_sql.done_keys(conn, DIGEST, ids, key)
        return [(c, k) for c, k in batch if c.channel_id not in settled]

    def _items(
        self, batch: list[tuple[Channel, str]], digests: dict[str, Digest]
    ) -> tuple[list[Item], list[Item]]:
        """(what to post, what to record as skipped) for a batch of built digests."""
        cache: dict[int, str] = {}
        post, skip = [], []
        for channel, key in batch:
            digest = digests.get(channel.channel_id)
            if digest is None:
                continue  # subscriptions removed meanwhile
            payload: dict[str, Any] = {"until": digest.until.isoformat()}
            if digest.empty and not channel.all_quiet:
                skip.append(Item(DIGEST, channel.channel_id, key, payload))
                continue
            text, blocks = self.render.digest_message(digest, cache)
            payload.update(text=text, blocks=blocks)
            post.append(Item(DIGEST, channel.channel_id, key, payload))
        return post, skip

    def catch_up(self) -> list[Outcome]:
        """At start-up: post the digests that fell due while the bot was down, within the grace."""
        now = self.clock()
        grace = timedelta(hours=self.cfg.grace_hours)
        with self.store.read() as conn:
            channels = subs_sql.all_channels(conn)
        outcomes = []
        for channel in channels:
            if not channel.digest_enabled or channel.paused_reason:
                continue
            due = last_due(channel, now)
            if now - due > grace:
                continue  # too late: the next digest covers the gap
            try:
                out = self.run_digest(channel.channel_id)
            except Exception:
                log.exception("catching up the digest of %s failed", channel.channel_id)
                continue
            if out is not None:
                log.info(
                    "caught up the %s digest of %s: %s",
                    out.item_key[2],
                    channel.channel_id,
                    out.status,
                )
                outcomes.append(out)
        return outcomes

    # alerts
    def reset_watermark(self) -> None:
        """Start looking back `alert_lookback_seconds` (on start-up, or on becoming leader)."""
        with self._alert_lock:
            self._watermark = self.clock() - timedelta(seconds=self.cfg.alert_lookback_seconds)

    def poll_alerts(self) -> list[Outcome]:
        """Alert every subscribed channel about meetings first seen since the last poll."""
        with self._alert_lock:
            now = self.clock()
            if self._watermark is None:
                self._watermark = now - timedelta(seconds=self.cfg.alert_lookback_seconds)
            since = self._watermark - timedelta(seconds=self.cfg.alert_overlap_seconds)
            meetings = load_meetings(self.store, since, now)
            items = self.alert_items(meetings)
            outcomes = self.ledger.deliver_many(items)
            # a transaction that committed late is caught by the overlap; the ledger stops doubles
            self._watermark = now
            return outcomes

    def alert_items(self, meetings: Sequence[MeetingRecord]) -> list[Item]:
        """(channel, meeting) pairs owed an alert and not in the ledger yet."""
        if not meetings:
            return []
        with self.store.read() as conn:
            channels = {c.channel_id: c for c in subs_sql.all_channels(conn)}
            subs = subs_sql.all_subscriptions(conn)
        by_channel: dict[str, list[Subscription]] = {}
        for s in subs:
            if s.channel_id in channels and not channels[s.channel_id].paused_reason:
                by_channel.setdefault(s.channel_id, []).append(s)
        interests = {ch: Interests.of(ss) for ch, ss in by_channel.items()}
        index = subs_sql.subscribers_by_target(s for ss in by_channel.values() for s in ss)
        pairs: list[tuple[str, MeetingRecord]] = []
        seen: set[tuple[str, int]] = set()
        for m in meetings:
            targets = [("country", c.upper()) for c in m.countries]
            targets += [("person", str(p.person_id)) for p in m.participants]
            for target in targets:
                for ch in index.get(target, ()):
                    if (ch, m.id) not in seen:
                        seen.add((ch, m.id))
                        pairs.append((ch, m))
        if not pairs:
            return []
        with self.store.read() as conn:
            known = ledger_sql.existing_keys(conn, ALERT, [alert_key(m) for m in meetings])
        items = []
        for ch, m in pairs:
            if (ch, alert_key(m)) in known:
                continue
            text, blocks = self.render.alert_message(m, interests[ch])
            items.append(Item(ALERT, ch, alert_key(m), {"text": text, "blocks": blocks}))
        return items

    def retry_pending(self) -> list[Outcome]:
        return self.ledger.retry_pending()


# --- `briefing-bot digest` -----------------------------------------------------------


def digest_command(args: Namespace) -> int:
    """Print the digest each subscribed channel (or `--channel`) would get next."""
    from bot.render.digest import digest_text
    from bot.services import build_services

    services = build_services()
    cfg = DigestSettings.from_settings(services.settings)
    now = utc_now()
    with services.store.read() as conn:
        channels = subs_sql.all_channels(conn)
        subs = subs_sql.all_subscriptions(conn)
    if args.channel:
        channels = [c for c in channels if c.channel_id == args.channel]
        if not channels:
            print(f"channel {args.channel} has no subscriptions", file=sys.stderr)
            return 1
    digests = build_digests(services.store, channels, subs, now, cfg)
    if not digests:
        print("no channel subscribes to anything yet", file=sys.stderr)
        return 0 if not args.channel else 1
    for _channel_id, digest in sorted(digests.items()):
        print(digest_text(digest, services.gazetteer))
        print()
    return 0
