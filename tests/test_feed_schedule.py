"""The running bot polls its configured feeds by itself: no command needed to stay fresh."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from slack_sdk import WebClient

from bot.gazetteer import load_gazetteer
from bot.services import Services
from bot.settings import load_settings
from bot.store import open_store
from handlers.scheduling import build
from tests.local_web import Item, LocalWeb, article_html, rss, seed_texts


def test_the_bot_scheduler_polls_the_configured_feeds_into_the_store(
    local_web: LocalWeb, mock_slack, tmp_path: Path
) -> None:
    urls = []
    for i, (title, body) in enumerate(seed_texts()):
        urls.append(local_web.serve(f"/news/{i}", article_html(title, body)))
    items = [
        Item(title, url, datetime(2024, 3, 1 + i, 9, 0, tzinfo=UTC))
        for i, ((title, _), url) in enumerate(zip(seed_texts(), urls, strict=True))
    ]
    local_web.serve("/rss", rss(items), content_type="application/rss+xml", etag='"v1"')
    settings = load_settings().with_overrides(
        {
            "load_seeds": False,
            "fetch": {"allow_hosts": ["127.0.0.1"]},
            "feeds": [{"url": local_web.url("/rss"), "outlet": "World Desk"}],
            "alerts": {"enabled": False},
            "scheduler": {"feed_poll_seconds": 0.2},
        }
    )
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    services = Services(settings=settings, store=store, gazetteer=load_gazetteer())
    sched = build(services, WebClient(token="xoxb-not-a-token", base_url=mock_slack.url))
    sched.start()
    try:
        deadline = time.monotonic() + 15
        while store.article_count() < len(urls) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        sched.shutdown()
        store.close()
    stored = {a.url for a in open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}").iter_articles()}
    assert stored == set(urls)
