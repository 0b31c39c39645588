"""Feed bytes → entries, and the `feeds:` settings → feed specs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.feeds import FeedFormatError, configured_feeds, parse_feed
from bot.settings import Settings
from tests.local_web import Item, atom, rss

ITEMS = [
    Item("Ministers meet", "https://news.example/a", datetime(2024, 3, 5, 23, 30, tzinfo=UTC)),
    Item("Envoy visits", "/b", datetime(2024, 3, 6, 8, 0, tzinfo=UTC)),
    Item("No link here", None, None),
]


@pytest.mark.parametrize("render", [rss, atom])
def test_entries_keep_their_link_title_and_date(render) -> None:  # type: ignore[no-untyped-def]
    title, entries = parse_feed(render(ITEMS, title="Desk").encode(), "https://news.example/feed")
    assert title == "Desk"
    assert [e.title for e in entries] == ["Ministers meet", "Envoy visits", "No link here"]
    assert entries[0].link == "https://news.example/a"
    assert entries[1].link == "https://news.example/b"  # relative to the feed's address
    assert entries[0].published == "2024-03-05" and entries[1].published == "2024-03-06"


def test_an_rss_entry_without_a_link_has_none() -> None:
    _, entries = parse_feed(rss(ITEMS).encode(), "https://news.example/feed")
    assert entries[2].link is None and entries[2].published is None


@pytest.mark.parametrize(
    "body", [b"<html><body><p>Not a feed</p></body></html>", b"\x00\x01garbage", b""]
)
def test_bytes_that_are_no_feed_are_refused(body: bytes) -> None:
    with pytest.raises(FeedFormatError, match="not an RSS or Atom feed"):
        parse_feed(body, "https://news.example/feed")


def test_feed_settings_become_specs_and_bad_items_are_left_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings(
        {
            "feeds": [
                {
                    "url": "https://a.example/rss",
                    "name": "A",
                    "outlet": "Agency",
                    "interval_minutes": 5,
                },
                "https://b.example/atom",
                {"name": "no url"},
                {"url": "ftp://c.example/rss"},
                {"url": "https://d.example/rss", "interval_minutes": "often"},
            ]
        }
    )
    specs = configured_feeds(settings)
    assert [(s.url, s.name, s.outlet, s.interval_minutes) for s in specs] == [
        ("https://a.example/rss", "A", "Agency", 5),
        ("https://b.example/atom", None, None, 30),
        ("https://d.example/rss", None, None, 30),
    ]
    assert "feeds[2] has no http(s) url" in caplog.text
    assert "feeds[3] has no http(s) url" in caplog.text
    assert "feeds[4] interval_minutes is not a number" in caplog.text
