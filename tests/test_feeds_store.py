"""The feeds table on both engines: sync from settings, poll records, known links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.models import ParsedArticle
from bot.store import Store, open_store
from bot.store import feeds as feed_sql
from bot.store.feeds import FeedSpec

T0 = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()


def test_sync_adds_updates_and_removes_feeds_keeping_history(store: Store) -> None:
    a, b = "https://a.example/rss", "https://b.example/atom"
    with store.write() as conn:
        assert feed_sql.sync_feeds(conn, [FeedSpec(a, "A", "Agency", 10), FeedSpec(b)])
    with store.write() as conn:
        (fa, _) = feed_sql.list_feeds(conn)
        feed_sql.record_poll(conn, fa.id, at=T0, ok=True, taken=4, validators=('"e1"', None))
    with store.write() as conn:
        assert not feed_sql.sync_feeds(conn, [FeedSpec(a, "A", "Agency", 10), FeedSpec(b)])
        assert feed_sql.sync_feeds(conn, [FeedSpec(a, "A2", None, 5)])
    with store.read() as conn:
        (only,) = feed_sql.list_feeds(conn)
    assert (only.url, only.name, only.outlet, only.interval_minutes) == (a, "A2", None, 5)
    assert (only.articles_taken, only.etag, only.last_success_at) == (4, '"e1"', T0)


def test_poll_records_success_failure_and_validators(store: Store) -> None:
    with store.write() as conn:
        feed_sql.sync_feeds(conn, [FeedSpec("https://a.example/rss", interval_minutes=30)])
        (feed,) = feed_sql.list_feeds(conn)
    assert feed.due(T0)
    with store.write() as conn:
        feed_sql.record_poll(conn, feed.id, at=T0, ok=True, taken=2, validators=('"x"', "Mon"))
        feed_sql.record_poll(
            conn, feed.id, at=T0 + timedelta(hours=1), ok=False, error="HTTP 500 Internal"
        )
    with store.read() as conn:
        polled = feed_sql.get_feed(conn, feed.id)
    assert polled is not None
    assert polled.last_poll_at == T0 + timedelta(hours=1) and polled.last_success_at == T0
    assert polled.last_error == "HTTP 500 Internal" and polled.articles_taken == 2
    assert (polled.etag, polled.last_modified) == ('"x"', "Mon")  # a failure keeps them
    assert not polled.due(T0 + timedelta(hours=1, minutes=29))
    assert polled.due(T0 + timedelta(hours=1, minutes=30))


def test_known_urls_finds_stored_links_in_one_go(store: Store) -> None:
    empty = ParsedArticle(None, None, None, None, (), (), ())
    stored = [f"https://news.example/{i}" for i in range(3)]
    for i, url in enumerate(stored):
        store.add_article(f"Story {i} text\n", empty, source=url, url=url)
    asked = [*stored, "https://news.example/new", *[f"https://x.example/{i}" for i in range(600)]]
    with store.read() as conn:
        assert feed_sql.known_urls(conn, asked) == set(stored)


def test_a_page_two_feeds_list_counts_its_failures_in_one_row(store: Store) -> None:
    a, b = "https://a.example/rss", "https://b.example/rss"
    page = "https://news.example/gone"
    with store.write() as conn:
        feed_sql.sync_feeds(conn, [FeedSpec(a), FeedSpec(b)])
        fa, fb = feed_sql.list_feeds(conn)
    with store.write() as conn:
        assert feed_sql.note_entry_failure(conn, fa.id, page, "HTTP 404", T0) == 1
    with store.write() as conn:
        assert feed_sql.note_entry_failure(conn, fb.id, page, "HTTP 410", T0) == 2
    with store.read() as conn:
        (failures,) = feed_sql.entry_failures(conn, [page, "https://news.example/fine"]).values()
        assert feed_sql.given_up_count(conn, fb.id, limit=2) == 1
    assert failures.attempts == 2 and failures.last_try_at == T0
    assert failures.given_up(2, T0 + timedelta(hours=1), timedelta(hours=24))
    assert not failures.given_up(2, T0 + timedelta(hours=25), timedelta(hours=24))

    with store.write() as conn:
        feed_sql.forget_stale_failures(conn, fb.id, T0 + timedelta(days=3))
    with store.read() as conn:
        assert feed_sql.entry_failures(conn, [page]) == {}
