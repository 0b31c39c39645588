"""Web pages into the store: fetch → extract → the one ingest path.

A pasted link, a feed entry and `briefing-bot ingest https://…` all come
through `ingest_url`, so each gives the same record as the same text read
from a file would. Failures come back as an IngestResult with status
"failed" and a message naming the URL and what was wrong; nothing raises.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from bot.extract import HTML_TYPES, ExtractError, extract_article
from bot.fetch import Fetcher, FetchError
from bot.models import IngestResult

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store import Store

log = logging.getLogger(__name__)

HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


def ingest_url(
    store: Store,
    url: str,
    *,
    published: str | None = None,
    settings: Settings | None = None,
    outlet: str | None = None,
    fetcher: Fetcher | None = None,
    skip_known: bool = False,
) -> IngestResult:
    """Fetch the page at `url`, take its article text, and parse and store it.

    `published` (YYYY-MM-DD) wins over the page's own date: a feed entry's
    date is the more reliable one. With `skip_known`, a URL already in the
    store is not fetched again (feeds); a pasted link is fetched anyway, so
    its answer can say what the stored article holds.
    """
    url = url.strip()
    if skip_known and store.has_url(url):
        return IngestResult(source=url, status="known", message="already stored")
    if fetcher is None:
        if settings is None:
            from bot.settings import load_settings

            settings = load_settings()
        fetcher = Fetcher.from_settings(settings)
    try:
        response = fetcher.get(url, accept=HTML_ACCEPT)
        if response.content_type not in HTML_TYPES:
            raise ExtractError(f"not an HTML page (content type {response.content_type})")
        page = extract_article(response.body, url=response.url, charset=response.charset)
    except FetchError as exc:
        log.warning("cannot fetch %s", exc)
        return IngestResult(source=url, status="failed", message=str(exc))
    except ExtractError as exc:
        log.warning("nothing to read at %s: %s", url, exc)
        return IngestResult(source=url, status="failed", message=f"{url}: {exc}")
    from bot.ingest import ingest_text

    try:
        result = ingest_text(
            store,
            page.text,
            source=url,
            url=url,
            published=published or page.published,
            outlet=outlet,
        )
    except IntegrityError:
        # The same text stored by another thread between the check and the write.
        if store.article_id_for_text(page.text) is None:
            raise
        result = IngestResult(source=url, status="known", message="already stored")
    if result.status == "known" and result.article_id is None:
        result = replace(result, article_id=store.article_id_for_text(page.text))
    return result


# --- `briefing-bot sources` ------------------------------------------------------


def _when(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "never"
    minutes = int((now - value).total_seconds() // 60)
    ago = f"{minutes} min ago" if minutes < 120 else f"{minutes // 60} h ago"
    return f"{value:%Y-%m-%d %H:%M} UTC ({ago})"


def sources_report(store: Store, settings: Settings) -> str:
    """The feeds, each with its last poll, last success, error and articles taken."""
    from bot.feeds import entry_attempt_limit, sync_feeds
    from bot.store import feeds as feed_sql

    rows = sync_feeds(store, settings)
    if not rows:
        return "No feeds configured (add them under `feeds:` in the settings)."
    now = datetime.now(UTC)
    limit = entry_attempt_limit(settings)
    with store.read() as conn:
        given_up = {f.id: feed_sql.given_up_count(conn, f.id, limit) for f in rows}
    lines = []
    for f in rows:
        label = f.name or f.outlet or f.url
        lines.append(f"{label}  <{f.url}>  every {f.interval_minutes} min")
        lines.append(f"  last poll:    {_when(f.last_poll_at, now)}")
        lines.append(f"  last success: {_when(f.last_success_at, now)}")
        lines.append(f"  articles taken: {f.articles_taken}")
        if given_up[f.id]:
            lines.append(
                f"  given up: {given_up[f.id]} entries whose page failed {limit} polls in a row"
            )
        if f.last_error:
            lines.append(f"  error: {f.last_error}")
    return "\n".join(lines)


def sources_command(args: argparse.Namespace) -> int:
    from bot.services import build_services

    services = build_services(load_seeds=False)
    print(sources_report(services.store, services.settings))
    return 0
