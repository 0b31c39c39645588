"""Helpers shared by the digest, alert, delivery and scheduler tests (no tests here).

Meetings are stored through the real write path (`Store.add_article`) from
hand-written parses, so what the digest reads is what ingest writes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk import WebClient

from bot.delivery import Ledger, RetryPolicy
from bot.digest import DigestRunner, DigestSettings
from bot.models import IngestResult, ParsedArticle, ParsedMeeting, ParsedPerson
from bot.render.digest import DigestRenderer
from bot.settings import load_settings
from bot.store import subscriptions as subs_sql
from handlers.poster import make_poster

_serial = itertools.count(1)

#: (name, country, role) of the people the helpers put in meetings
KITAMURA = ("Shigeru Kitamura", "JP", "secretary-general of the National Security Secretariat")
SUH = ("Suh Hoon", "KR", "national security adviser")
SULLIVAN = ("Jake Sullivan", "US", "national security adviser")
BAERBOCK = ("Annalena Baerbock", "DE", "foreign minister")
WANG = ("Wang Yi", "CN", "foreign minister")

FAST = RetryPolicy(
    attempts=3,
    backoff_seconds=0.05,
    max_backoff_seconds=0.2,
    stale_after=timedelta(minutes=5),
    channel_interval_seconds=0.0,
    workers=4,
)


def article(
    people: Sequence[tuple[str, str, str]],
    *,
    date: str = "2026-11-20",
    status: str = "held",
    location: str | None = "Annapolis",
    primary: bool = True,
    summary: str | None = None,
    title: str | None = None,
    outlet: str = "Test Wire",
    n: int | None = None,
) -> tuple[str, ParsedArticle]:
    """(text, parse) of an article reporting one meeting of `people`."""
    n = next(_serial) if n is None else n
    names = tuple(p[0] for p in people)
    countries = tuple(sorted({p[1] for p in people}))
    summary = summary or f"{' and '.join(names)} {'will meet' if status == 'planned' else 'met'}"
    parsed = ParsedArticle(
        title=title or f"Report {n}: {summary}",
        published="2026-11-21",
        outlet=outlet,
        dateline=None,
        countries=countries,
        people=tuple(ParsedPerson(name, (name,), role, None, c) for name, c, role in people),
        meetings=(
            ParsedMeeting(
                primary=primary,
                summary=summary,
                participants=names,
                countries=countries,
                date=date,
                location=location,
                mode="in_person",
                status=status,
            ),
        ),
        url=f"https://news.example/{n}",
    )
    return f"Article {n}. {summary} on {date} in {location}. ({outlet})", parsed


def add_meeting(store: Any, people: Sequence[tuple[str, str, str]], **kw: Any) -> IngestResult:
    text, parsed = article(people, **kw)
    result = store.add_article(text, parsed, source=f"test:{parsed.url}", url=parsed.url)
    assert result.status == "new", result
    return result


def subscribe(
    store: Any,
    channel_id: str,
    countries: Sequence[str] = (),
    person_ids: Sequence[int] = (),
    *,
    by: str = "U1",
    digest_time: str = "08:00",
    timezone: str = "UTC",
    all_quiet: bool = False,
    last_digest_at: datetime | None = None,
) -> None:
    now = datetime.now(UTC)
    defaults = subs_sql.ChannelDefaults(digest_time, timezone, True, all_quiet)
    with store.write() as conn:
        subs_sql.ensure_channel(conn, channel_id, defaults, now)
        for code in countries:
            subs_sql.add(conn, channel_id, "country", code, by, now)
        for pid in person_ids:
            subs_sql.add(conn, channel_id, "person", str(pid), by, now)
        if last_digest_at is not None:
            subs_sql.advance_last_digest(conn, channel_id, last_digest_at)


def person_id(store: Any, name: str) -> int:
    return next(p.id for p in store.name_index() if p.name == name)


@dataclass
class Clock:
    """A clock a test moves by hand."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def web_client(mock: Any) -> WebClient:
    return WebClient(token="xoxb-test-not-real", base_url=mock.url)


def make_ledger(store: Any, mock: Any, *, policy: RetryPolicy = FAST, **kw: Any) -> Ledger:
    return Ledger(store, make_poster(web_client(mock)), policy=policy, **kw)


def digest_settings(**over: Any) -> DigestSettings:
    """The defaults, but a digest covers meetings stored up to the moment it is built
    (unless a test says otherwise), so a test need not wait out the settle margin."""
    base = DigestSettings.from_settings(load_settings())
    return DigestSettings(**{**base.__dict__, "settle_seconds": 0, **over})


def make_runner(
    store: Any, mock: Any, *, clock: Any = None, ledger: Ledger | None = None, **cfg: Any
) -> DigestRunner:
    ledger = ledger or make_ledger(store, mock)
    kw = {"clock": clock} if clock is not None else {}
    return DigestRunner(store, ledger, digest_settings(**cfg), DigestRenderer(None), **kw)


def posts_to(mock: Any, channel: str) -> list[Any]:
    return [c for c in mock.calls_to("chat.postMessage") if c.params.get("channel") == channel]
