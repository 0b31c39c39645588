"""Polling feeds from a local web server into a real SQLite store."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.feeds import poll_due_feeds, poll_feed, sync_feeds
from bot.parsing import parse_article
from bot.services import Services
from bot.settings import Settings, load_settings
from bot.sources import sources_report
from bot.store import open_store
from tests.local_web import Item, LocalWeb, article_html, atom, rss, seed_texts

T0 = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)


@dataclass
class World:
    web: LocalWeb
    services: Services
    article_urls: list[str]

    def configure(self, *feeds: dict[str, object]) -> None:
        self.services.settings = self.services.settings.with_overrides({"feeds": list(feeds)})

    def stored(self) -> dict[str, tuple[str | None, str | None, str]]:
        """url → (published, outlet, first line of text) of every stored article."""
        return {
            a.url: (a.published, a.outlet, a.text.splitlines()[0])
            for a in self.services.store.iter_articles()
            if a.url
        }


def _settings(**over: object) -> Settings:
    return load_settings().with_overrides(
        {"load_seeds": False, "fetch": {"allow_hosts": ["127.0.0.1"], "workers": 2}, **over}
    )


@pytest.fixture()
def world(local_web: LocalWeb, tmp_path: Path) -> Iterator[World]:
    """Three seed articles as pages, and an RSS feed listing them."""
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    urls = []
    for i, (title, body) in enumerate(seed_texts()):
        page = article_html(title, body, published=f"2020-01-0{i + 1}")
        urls.append(local_web.serve(f"/news/{i}", page))
    items = [
        Item(title, url, datetime(2024, 3, 1 + i, 9, 0, tzinfo=UTC))
        for i, ((title, _), url) in enumerate(zip(seed_texts(), urls, strict=True))
    ]
    local_web.serve("/rss", rss(items), content_type="application/rss+xml", etag='"r1"')
    services = Services(settings=_settings(), store=store, gazetteer=None)  # type: ignore[arg-type]
    w = World(local_web, services, urls)
    w.configure(
        {
            "url": local_web.url("/rss"),
            "name": "Desk RSS",
            "outlet": "World Desk",
            "interval_minutes": 30,
        }
    )
    try:
        yield w
    finally:
        store.close()


def test_new_entries_are_stored_with_the_entry_date_and_the_feed_outlet(world: World) -> None:
    report = poll_due_feeds(world.services, now=T0)
    assert [(r.status, r.new, r.failed) for r in report.results] == [("ok", 3, 0)]
    stored = world.stored()
    assert set(stored) == set(world.article_urls)
    texts = {a.url: a.text for a in world.services.store.iter_articles()}
    took_entry_date = took_feed_outlet = 0
    for i, (title, _) in enumerate(seed_texts()):
        url = world.article_urls[i]
        published, outlet, first_line = stored[url]
        # The entry's date (not the page's) and the feed's outlet are what the parser
        # assumes where the text states none of its own.
        own = parse_article(texts[url])
        assert published == (own.published or f"2024-03-0{i + 1}")
        assert outlet == (own.outlet or "World Desk")
        took_entry_date += own.published is None
        took_feed_outlet += own.outlet is None
        assert first_line == title  # the parser reads the title from the first line
    assert took_entry_date and took_feed_outlet
    (feed,) = sync_feeds(world.services.store, world.services.settings)
    assert feed.articles_taken == 3 and feed.last_error is None
    assert feed.last_success_at == T0 and feed.etag == '"r1"'


def test_a_feed_is_polled_only_when_due_and_a_304_costs_one_request(world: World) -> None:
    poll_due_feeds(world.services, now=T0)
    world.web.clear_requests()
    assert poll_due_feeds(world.services, now=T0 + timedelta(minutes=10)).polled == 0
    assert world.web.requests == []
    report = poll_due_feeds(world.services, now=T0 + timedelta(minutes=30))
    assert [r.status for r in report.results] == ["not_modified"]
    assert [r.path for r in world.web.requests] == ["/rss"]
    assert world.web.requests[0].headers["if-none-match"] == '"r1"'
    (feed,) = sync_feeds(world.services.store, world.services.settings)
    assert feed.last_poll_at == T0 + timedelta(minutes=30) and feed.articles_taken == 3


def test_known_links_are_not_fetched_again_when_the_server_ignores_conditions(
    world: World,
) -> None:
    poll_due_feeds(world.services, now=T0)
    feed = world.web.pages["/rss"]
    feed.honour_conditional = False
    world.web.clear_requests()
    # The same ETag back on a 200: the same feed, not parsed again.
    report = poll_due_feeds(world.services, now=T0 + timedelta(hours=1))
    assert [r.status for r in report.results] == ["not_modified"]
    feed.etag = None
    report = poll_due_feeds(world.services, now=T0 + timedelta(hours=2))
    assert [(r.status, r.new, r.known) for r in report.results] == [("ok", 0, 3)]
    assert [r.path for r in world.web.requests] == ["/rss", "/rss"]


def test_a_page_syndicated_by_a_second_feed_is_stored_once(world: World) -> None:
    title, body = seed_texts()[0]
    mirror = world.web.serve("/mirror/0", article_html(title, body))
    world.web.serve("/atom", atom([Item(title, mirror, T0)]), content_type="application/atom+xml")
    world.configure({"url": world.web.url("/rss")}, {"url": world.web.url("/atom")})
    report = poll_due_feeds(world.services, now=T0)
    # The two feeds run side by side: whichever takes the shared story first stores it.
    assert sum(r.new for r in report.results) == 3
    assert sum(r.known for r in report.results) == 1
    assert sum(r.failed for r in report.results) == 0
    assert world.services.store.article_count() == 3


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bad_sources_are_recorded_and_the_round_goes_on(world: World) -> None:
    web = world.web
    title, body = seed_texts()[1]
    web.serve("/good", article_html(title, body))
    web.serve("/nav", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    web.serve("/report.pdf", b"%PDF-1.4", content_type="application/pdf")
    items = [
        Item("no link", None),
        Item("nav page", web.url("/nav")),
        Item("a pdf", web.url("/report.pdf")),
        Item("gone", web.url("/gone")),
        Item(title, web.url("/good")),
    ]
    web.serve("/mixed", rss(items), content_type="application/rss+xml")
    web.serve("/notxml", "<html><body>Our feed moved</body></html>")
    web.serve("/broken", "oops", status=500)
    down = f"http://127.0.0.1:{_closed_port()}/rss"
    world.configure(
        {"url": down, "name": "Down"},
        {"url": web.url("/missing"), "name": "Missing"},
        {"url": web.url("/notxml"), "name": "Not XML"},
        {"url": web.url("/broken"), "name": "Broken"},
        {"url": web.url("/mixed"), "name": "Mixed"},
    )
    report = poll_due_feeds(world.services, now=T0)
    by_url = {r.url: r for r in report.results}
    assert "refused the connection" in by_url[down].error
    assert "HTTP 404" in by_url[web.url("/missing")].error
    assert "not an RSS or Atom feed" in by_url[web.url("/notxml")].error
    assert "HTTP 500" in by_url[web.url("/broken")].error
    mixed = by_url[web.url("/mixed")]
    assert (mixed.status, mixed.new, mixed.failed) == ("ok", 1, 4)
    assert world.stored()[web.url("/good")][2] == title

    listing = sources_report(world.services.store, world.services.settings)
    for name in ("Down", "Missing", "Not XML", "Broken", "Mixed"):
        assert name in listing
    assert "refused the connection" in listing and "HTTP 500" in listing
    assert "articles taken: 1" in listing
    assert "4 of 5 entries not taken" in listing


def test_entry_failures_are_named(world: World, caplog: pytest.LogCaptureFixture) -> None:
    web = world.web
    web.serve("/nav", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    web.serve("/report.pdf", b"%PDF-1.4", content_type="application/pdf")
    items = [
        Item("untitled entry", None),
        Item("nav", web.url("/nav")),
        Item("pdf", web.url("/report.pdf")),
    ]
    web.serve("/mixed", rss(items), content_type="application/rss+xml")
    world.configure({"url": web.url("/mixed")})
    poll_due_feeds(world.services, now=T0)
    assert "entry 'untitled entry' has no link" in caplog.text
    assert "no article text" in caplog.text
    assert "not an HTML page (content type application/pdf)" in caplog.text


def test_feeds_follow_the_settings(world: World) -> None:
    poll_due_feeds(world.services, now=T0)
    world.configure({"url": world.web.url("/rss"), "name": "Renamed", "interval_minutes": 5})
    (feed,) = sync_feeds(world.services.store, world.services.settings)
    assert (feed.name, feed.interval_minutes, feed.articles_taken) == ("Renamed", 5, 3)
    world.configure()
    assert sync_feeds(world.services.store, world.services.settings) == []
    assert poll_due_feeds(world.services, now=T0 + timedelta(days=1)).polled == 0


def test_poll_feed_polls_one_feed_even_when_not_due(world: World) -> None:
    (feed,) = sync_feeds(world.services.store, world.services.settings)
    first = poll_feed(world.services, feed, now=T0)
    assert first.new == 3
    (feed,) = sync_feeds(world.services.store, world.services.settings)
    again = poll_feed(world.services, feed, now=T0 + timedelta(minutes=1))
    assert again.status == "not_modified"


def test_an_entry_that_failed_is_retried_on_the_next_poll(world: World) -> None:
    world.web.pages["/news/1"].status = 503
    first = poll_due_feeds(world.services, now=T0)
    assert [(r.new, r.failed) for r in first.results] == [(2, 1)]
    world.web.pages["/news/1"].status = 200
    world.web.clear_requests()
    second = poll_due_feeds(world.services, now=T0 + timedelta(minutes=30))
    assert [(r.status, r.new, r.known) for r in second.results] == [("ok", 1, 2)]
    assert "if-none-match" not in world.web.hits("/rss")[0].headers
    assert sorted(r.path for r in world.web.requests) == ["/news/1", "/rss"]
    third = poll_due_feeds(world.services, now=T0 + timedelta(minutes=60))
    assert [r.status for r in third.results] == ["not_modified"]


def test_a_page_that_keeps_failing_is_given_up_and_the_feed_says_so(world: World) -> None:
    world.services.settings = world.services.settings.with_overrides(
        {"fetch": {"allow_hosts": ["127.0.0.1"], "workers": 2, "entry_attempts": 2}}
    )
    world.web.pages["/news/1"].status = 404
    first = poll_due_feeds(world.services, now=T0)
    assert [(r.new, r.failed, r.given_up) for r in first.results] == [(2, 1, 0)]
    second = poll_due_feeds(world.services, now=T0 + timedelta(minutes=30))
    assert [(r.status, r.failed, r.given_up) for r in second.results] == [("ok", 1, 0)]

    # Two failures in a row: the feed's validators move on, so an unchanged feed is a 304.
    world.web.clear_requests()
    third = poll_due_feeds(world.services, now=T0 + timedelta(minutes=60))
    assert [r.status for r in third.results] == ["not_modified"]
    assert [r.path for r in world.web.requests] == ["/rss"]

    # The feed changes: its entries are read again, but the given-up page is not fetched.
    world.web.pages["/rss"].etag = '"r2"'
    world.web.clear_requests()
    fourth = poll_due_feeds(world.services, now=T0 + timedelta(minutes=90))
    assert [(r.status, r.known, r.failed, r.given_up) for r in fourth.results] == [("ok", 2, 0, 1)]
    assert "/news/1" not in [r.path for r in world.web.requests]
    listing = sources_report(world.services.store, world.services.settings)
    assert "given up: 1 entries whose page failed 2 polls in a row" in listing
    assert "1 entry given up after 2 failed polls in a row (tried again every 24 h)" in listing

    # A day later the page is back: it is tried again, taken, and no longer given up.
    world.web.pages["/news/1"].status = 200
    world.web.pages["/rss"].etag = '"r3"'
    later = poll_due_feeds(world.services, now=T0 + timedelta(hours=26))
    assert [(r.new, r.given_up, r.error) for r in later.results] == [(1, 0, None)]
    assert "given up" not in sources_report(world.services.store, world.services.settings)
