"""RSS and Atom feeds: poll the ones that are due, take their new entries.

The scheduler calls `poll_due_feeds` every minute. Feeds come from the
settings (`feeds:`) and are synced into the `feeds` table before each round,
so a changed settings file takes effect without a restart. A feed is fetched
with our own Fetcher (conditional headers from its last answer: a 304 costs
one small request) and only the bytes go to feedparser, which therefore does
no network I/O. Each entry whose link the store does not know yet goes
through `bot.sources.ingest_url` with the entry's date and the feed's outlet.
A bad feed or entry is logged and recorded; the round goes on.
"""

from __future__ import annotations

import calendar
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import feedparser
from sqlalchemy.exc import IntegrityError

from bot.fetch import Fetcher, FetchError
from bot.models import IngestResult
from bot.store import feeds as feed_sql
from bot.store.feeds import FeedRow, FeedSpec

if TYPE_CHECKING:
    from bot.services import Services
    from bot.settings import Settings
    from bot.store import Store

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
DEFAULT_INTERVAL_MINUTES = 30
DEFAULT_WORKERS = 4


class FeedFormatError(ValueError):
    """Bytes that are not an RSS or Atom feed."""


@dataclass(frozen=True)
class FeedEntry:
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD


@dataclass(frozen=True)
class FeedPollResult:
    feed_id: int
    url: str
    status: str  # "not_modified", "ok" or "failed"
    entries: int = 0
    new: int = 0  # articles stored for the first time
    known: int = 0  # entries whose link or content the store already had
    failed: int = 0  # entries that could not be taken
    given_up: int = 0  # entries skipped: their page failed `entry_attempt_limit` polls in a row
    error: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class PollReport:
    results: tuple[FeedPollResult, ...] = ()
    seconds: float = 0.0

    @property
    def polled(self) -> int:
        return len(self.results)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.results)

    @property
    def failed_feeds(self) -> int:
        return sum(r.status == "failed" for r in self.results)


# --- configuration -----------------------------------------------------------

#: Polls in a row an entry's page may fail before it is no longer fetched.
DEFAULT_ENTRY_ATTEMPTS = 3


#: How long a given-up entry waits before its page is tried once more.
DEFAULT_ENTRY_RETRY_HOURS = 24.0


def entry_attempt_limit(settings: Settings) -> int:
    """`fetch.entry_attempts`: a page that keeps failing is given up, not fetched every poll."""
    value = settings.get("fetch.entry_attempts", DEFAULT_ENTRY_ATTEMPTS)
    return max(1, int(value or DEFAULT_ENTRY_ATTEMPTS))


def entry_retry_after(settings: Settings) -> timedelta:
    """`fetch.entry_retry_hours`: a given-up page is tried again this long after its last try,
    so an outlet's outage of an afternoon does not lose its articles for good."""
    value = settings.get("fetch.entry_retry_hours", DEFAULT_ENTRY_RETRY_HOURS)
    return timedelta(hours=max(0.1, float(value or DEFAULT_ENTRY_RETRY_HOURS)))


def _hours(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours:g} h"


def configured_feeds(settings: Settings) -> list[FeedSpec]:
    """The `feeds:` list as FeedSpecs; a malformed item is logged and left out."""
    specs: dict[str, FeedSpec] = {}
    for i, item in enumerate(settings.get("feeds") or ()):
        if isinstance(item, str):
            item = {"url": item}
        url = str(item.get("url") or "").strip() if isinstance(item, dict) else ""
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            log.error("feeds[%d] has no http(s) url, left out: %r", i, item)
            continue
        try:
            interval = int(item.get("interval_minutes") or DEFAULT_INTERVAL_MINUTES)
        except (TypeError, ValueError):
            log.error("feeds[%d] interval_minutes is not a number, using the default", i)
            interval = DEFAULT_INTERVAL_MINUTES
        specs[url] = FeedSpec(
            url=url,
            name=item.get("name") or None,
            outlet=item.get("outlet") or None,
            interval_minutes=max(1, interval),
        )
    return list(specs.values())


def sync_feeds(store: Store, settings: Settings) -> list[FeedRow]:
    """Bring the `feeds` table in line with the settings; returns every feed."""
    specs = configured_feeds(settings)
    with store.read() as conn:
        rows = feed_sql.list_feeds(conn)
    if {(r.url, r.name, r.outlet, r.interval_minutes) for r in rows} != {
        (s.url, s.name, s.outlet, s.interval_minutes) for s in specs
    }:
        try:
            with store.write() as conn:
                feed_sql.sync_feeds(conn, specs)
        except IntegrityError:  # another process synced the same feeds at the same moment
            log.info("feeds were synced concurrently by another process")
        with store.read() as conn:
            rows = feed_sql.list_feeds(conn)
    return rows


# --- parsing -----------------------------------------------------------------


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).strftime("%Y-%m-%d")
    return None


def parse_feed(body: bytes, url: str) -> tuple[str | None, list[FeedEntry]]:
    """(feed title, entries) from the feed's bytes; FeedFormatError if it is no feed.

    feedparser is given bytes, never a URL; `content-location` lets it resolve
    relative links against the feed's own address.
    """
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        detail = f": {why}" if why else ""
        raise FeedFormatError(f"not an RSS or Atom feed{detail}")
    entries = [
        FeedEntry(
            link=(e.get("link") or "").strip() or None,
            title=e.get("title") or None,
            published=_entry_date(e),
        )
        for e in parsed.entries
    ]
    return parsed.feed.get("title") or None, entries


# --- polling -----------------------------------------------------------------


def poll_feed(
    services: Services,
    feed: FeedRow,
    *,
    now: datetime | None = None,
    fetcher: Fetcher | None = None,
) -> FeedPollResult:
    """Poll one feed, take its new entries, and record how it went. Never raises."""
    from bot.sources import ingest_url

    started = time.monotonic()
    now = now or datetime.now(UTC)
    store = services.store
    fetcher = fetcher or Fetcher.from_settings(services.settings)
    conditional = {}
    if feed.etag:
        conditional["If-None-Match"] = feed.etag
    if feed.last_modified:
        conditional["If-Modified-Since"] = feed.last_modified

    retry_after = entry_retry_after(services.settings)

    def finish(
        result: FeedPollResult, recovered: Sequence[str] = (), **record: Any
    ) -> FeedPollResult:
        with store.write() as conn:
            feed_sql.record_poll(conn, feed.id, at=now, **record)
            feed_sql.clear_entry_failures(conn, recovered)
            # a page still listed is tried at least every `retry_after`: older rows are gone ones
            feed_sql.forget_stale_failures(conn, feed.id, now - 2 * retry_after)
        return replace(result, seconds=time.monotonic() - started)

    try:
        response = fetcher.get(feed.url, headers=conditional, accept=FEED_ACCEPT)
        # A server that ignores If-None-Match but sends back the ETag we hold has
        # sent the very representation we read last time: nothing to parse.
        same_etag = feed.etag is not None and response.headers.get("etag") == feed.etag
        if response.not_modified or same_etag:
            return finish(FeedPollResult(feed.id, feed.url, "not_modified"), ok=True)
        _title, entries = parse_feed(response.body, response.url)
    except (FetchError, FeedFormatError) as exc:
        message = str(exc) if isinstance(exc, FetchError) else f"{feed.url}: {exc}"
        log.warning("feed %s failed: %s", feed.url, message)
        return finish(
            FeedPollResult(feed.id, feed.url, "failed", error=message), ok=False, error=message
        )

    new = known = failed = retry = given_up = 0
    errors: list[str] = []
    limit = entry_attempt_limit(services.settings)
    links = [e.link for e in entries if e.link]
    with store.read() as conn:
        stored = feed_sql.known_urls(conn, links)
        tried = feed_sql.entry_failures(conn, [link for link in links if link not in stored])
    recovered: list[str] = []
    for entry in entries:
        if not entry.link:
            failed += 1
            errors.append(f"entry {entry.title or '(untitled)'!r} has no link")
            log.warning("feed %s: entry %r has no link, skipped", feed.url, entry.title)
            continue
        if entry.link in stored:
            known += 1
            continue
        past = tried.get(entry.link)
        if past is not None and past.given_up(limit, now, retry_after):
            given_up += 1
            continue
        try:
            result = ingest_url(
                store,
                entry.link,
                published=entry.published,
                outlet=feed.outlet,
                fetcher=fetcher,
                skip_known=True,
            )
        except Exception as exc:  # a parser or store bug on one page must not stop the feed
            log.exception("feed %s: taking %s failed", feed.url, entry.link)
            result = IngestResult(
                entry.link, "failed", message=f"{entry.link}: internal error: {exc}"
            )
        if result.status in ("new", "known"):
            if result.status == "new":
                new += 1
            else:
                known += 1
            if entry.link in tried:
                recovered.append(entry.link)
            continue
        failed += 1
        errors.append(result.message or f"{entry.link}: failed")
        with store.write() as conn:
            attempts = feed_sql.note_entry_failure(conn, feed.id, entry.link, errors[-1], now)
        if attempts < limit:
            retry += 1
    notes = []
    if errors:
        notes.append(f"{failed} of {len(entries)} entries not taken; last: {errors[-1]}")
    if given_up:
        notes.append(
            f"{given_up} entr{'y' if given_up == 1 else 'ies'} given up"
            f" after {limit} failed polls in a row (tried again every {_hours(retry_after)})"
        )
    error = "; ".join(notes) or None
    # Keep the old validators while a page failed that is still to be retried, so
    # the next poll sees the feed again (not a 304); the known ones cost nothing.
    validators = (
        (response.headers.get("etag"), response.headers.get("last-modified")) if not retry else None
    )
    result = FeedPollResult(
        feed.id,
        feed.url,
        "ok",
        entries=len(entries),
        new=new,
        known=known,
        failed=failed,
        given_up=given_up,
        error=error,
    )
    return finish(result, recovered, ok=True, error=error, taken=new, validators=validators)


def poll_due_feeds(
    services: Services,
    *,
    now: datetime | None = None,
    fetcher: Fetcher | None = None,
    force: bool = False,
) -> PollReport:
    """Poll every feed that is due (every feed with `force`), a few hosts at a time.

    Feeds run in a small thread pool; the fetcher's per-host lock keeps each
    host to one request at a time however many feeds it serves.
    """
    started = time.monotonic()
    now = now or datetime.now(UTC)
    rows = sync_feeds(services.store, services.settings)
    due = [f for f in rows if force or f.due(now)]
    if not due:
        return PollReport((), time.monotonic() - started)
    fetcher = fetcher or Fetcher.from_settings(services.settings)
    workers = int(services.settings.get("fetch.workers", DEFAULT_WORKERS) or 1)
    results = _run_all(services, due, now, fetcher, min(workers, len(due)))
    report = PollReport(tuple(results), time.monotonic() - started)
    log.info(
        "polled %d feeds in %.1fs: %d new articles, %d feeds failed",
        report.polled,
        report.seconds,
        report.new,
        report.failed_feeds,
    )
    return report


def _run_all(
    services: Services, due: Sequence[FeedRow], now: datetime, fetcher: Fetcher, workers: int
) -> list[FeedPollResult]:
    def one(feed: FeedRow) -> FeedPollResult:
        try:
            return poll_feed(services, feed, now=now, fetcher=fetcher)
        except Exception as exc:  # a bug or a store outage: record it, keep the round going
            log.exception("polling feed %s failed", feed.url)
            return FeedPollResult(feed.id, feed.url, "failed", error=f"internal error: {exc}")

    if workers <= 1:
        return [one(f) for f in due]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feed-poll") as pool:
        return list(pool.map(one, due))
