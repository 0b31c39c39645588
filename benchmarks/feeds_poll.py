"""How long feed polls take, against local web servers on loopback addresses.

Three figures, each the median of several rounds:
  1. 100 feeds × 50 entries, all known, server answers 304 to conditional requests;
  2. the same, server ignoring conditional headers: once sending back the same
     ETag (nothing parsed), once sending none (every feed fetched and parsed,
     every entry link found already stored via one has_url query per feed);
  3. 500 new pages (10 feeds × 50 entries on 5 hosts) fetched, extracted, parsed
     and stored: pages per second.

Run: .venv/bin/python benchmarks/feeds_poll.py [--rounds N]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.feeds import poll_due_feeds  # noqa: E402
from bot.models import ParsedArticle  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.store import open_store  # noqa: E402
from tests.local_web import Item, LocalWeb, article_html, rss, seed_texts  # noqa: E402

FEEDS, ENTRIES = 100, 50
NEW_HOSTS, NEW_FEEDS_PER_HOST = 5, 2
T0 = datetime(2024, 3, 6, tzinfo=UTC)


def _services(store_path: Path, hosts: list[str], feeds: list[str]) -> Services:
    settings = load_settings().with_overrides(
        {
            "load_seeds": False,
            "fetch": {"allow_hosts": hosts, "workers": 4},
            "feeds": [{"url": u, "interval_minutes": 30} for u in feeds],
        }
    )
    store = open_store(f"sqlite:///{store_path}")
    return Services(settings=settings, store=store, gazetteer=None)  # type: ignore[arg-type]


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def known_feeds(rounds: int, folder: Path) -> None:
    web = LocalWeb().start()
    try:
        empty = ParsedArticle(None, None, None, None, (), (), ())
        feed_urls = []
        links = []
        for f in range(FEEDS):
            items = [Item(f"Story {f}-{e}", web.url(f"/s/{f}/{e}"), T0) for e in range(ENTRIES)]
            links += [it.link for it in items]
            feed_urls.append(
                web.serve(
                    f"/feed/{f}", rss(items), content_type="application/rss+xml", etag=f'"f{f}"'
                )
            )
        services = _services(folder / "known.sqlite3", ["127.0.0.1"], feed_urls)
        start = time.perf_counter()
        for link in links:  # known pages, stored without fetching them
            services.store.add_article(f"Known story at {link}\n", empty, source=link, url=link)
        print(f"setup: {len(links)} known articles stored in {time.perf_counter() - start:.1f} s")

        first = poll_due_feeds(services, force=True, now=T0)
        assert first.new == 0 and first.failed_feeds == 0, first
        web.clear_requests()

        times_304 = [_timed(lambda: poll_due_feeds(services, force=True)) for _ in range(rounds)]
        assert all(r.path.startswith("/feed/") for r in web.requests)
        print(
            f"{FEEDS} feeds x {ENTRIES} entries, 304 answers: "
            f"median {statistics.median(times_304):.3f} s "
            f"(rounds: {', '.join(f'{t:.3f}' for t in times_304)})"
        )

        for page in web.pages.values():
            page.honour_conditional = False
        same = [_timed(lambda: poll_due_feeds(services, force=True)) for _ in range(rounds)]
        print(
            f"{FEEDS} feeds x {ENTRIES} entries, conditional headers ignored but the same ETag "
            f"sent back: median {statistics.median(same):.3f} s"
        )
        for page in web.pages.values():
            page.etag = None
        times_full = []
        for _ in range(rounds):
            report = None

            def run() -> None:
                nonlocal report
                report = poll_due_feeds(services, force=True)

            times_full.append(_timed(run))
            assert report is not None and report.new == 0
            assert sum(r.known for r in report.results) == FEEDS * ENTRIES
        print(
            f"{FEEDS} feeds x {ENTRIES} entries, conditional headers ignored, no ETag, "
            f"all links known: median {statistics.median(times_full):.3f} s "
            f"({statistics.median(times_full) / statistics.median(times_304):.1f}x the 304 case)"
        )
        services.store.close()
    finally:
        web.stop()


def new_pages(folder: Path) -> None:
    seeds = seed_texts()
    servers = []
    feed_urls = []
    try:
        n = 0
        for h in range(NEW_HOSTS):
            web = LocalWeb(host=f"127.0.0.{h + 1}").start()
            servers.append(web)
            for f in range(NEW_FEEDS_PER_HOST):
                items = []
                for e in range(ENTRIES):
                    title, body = seeds[n % len(seeds)]
                    body += f"\nThis is dispatch number {n} from the regional desk."
                    link = web.serve(f"/a/{f}/{e}", article_html(title, body))
                    items.append(Item(title, link, T0))
                    n += 1
                feed_urls.append(
                    web.serve(f"/feed/{f}", rss(items), content_type="application/rss+xml")
                )
        hosts = [f"127.0.0.{h + 1}" for h in range(NEW_HOSTS)]
        services = _services(folder / "new.sqlite3", hosts, feed_urls)
        start = time.perf_counter()
        report = poll_due_feeds(services, now=T0)
        elapsed = time.perf_counter() - start
        failed = sum(r.failed for r in report.results)
        print(
            f"{n} new pages on {NEW_HOSTS} hosts: {report.new} stored, {failed} failed, "
            f"{elapsed:.1f} s, {report.new / elapsed:.1f} pages/s"
        )
        services.store.close()
    finally:
        for web in servers:
            web.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--skip-new", action="store_true", help="only the known-feed figures")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        known_feeds(args.rounds, Path(tmp))
        if not args.skip_new:
            new_pages(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
