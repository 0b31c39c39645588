"""How long building the daily digests of 1,000 subscribed channels takes on a large store.

    .venv/bin/python benchmarks/digest_build.py [--repeat 5] [--baseline 100] [--rebuild]

Uses the shared synthetic store of benchmarks/bigstore.py (100,000 articles,
200,000 meetings, 1,000 channels subscribed to one to three countries, some
to a person, each with its last digest 24 hours before the store's "now").
Times `bot.digest.build_digests` for every channel (one store query for the
widest window, then a fan-out in memory) plus rendering each digest's Block
Kit (each meeting rendered once a batch, as the scheduler's runner does), and
reports the median of `--repeat` runs. In the same run it times the
naive way, one store query per channel, over `--baseline` channels, and prints
the per-channel ratio. Posting is not timed: it is Slack-bound. The last line
is machine-readable.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bigstore import Shape, _today, big_store_url  # noqa: E402
from bot.digest import DigestSettings, Interests, build_digests, select_digest  # noqa: E402
from bot.render.digest import digest_message  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.store import open_store  # noqa: E402
from bot.store import subscriptions as subs_sql  # noqa: E402


def build_all(store, channels, subs, until, cfg) -> tuple[int, int]:
    digests = build_digests(store, channels, subs, until, cfg)
    meetings = 0
    rendered: dict[int, str] = {}  # as DigestRunner does: each meeting rendered once a batch
    for d in digests.values():
        if not d.empty:
            digest_message(d, cache=rendered)
        meetings += d.meeting_count
    return len(digests), meetings


def naive_one(store, channel, subs, until, cfg) -> int:
    """The per-channel way: ask the store for this channel's meetings, then render."""
    interests = Interests.of(subs)
    since = channel.last_digest_at or until - timedelta(hours=cfg.first_window_hours)
    found = store.meetings(
        countries=sorted(interests.countries), ingested_since=since, ingested_until=until
    )
    if interests.person_ids:
        found += store.meetings(
            person_ids=sorted(interests.person_ids), ingested_since=since, ingested_until=until
        )
    d = select_digest(channel.channel_id, interests, found, since, until)
    if not d.empty:
        digest_message(d)
    return d.meeting_count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--baseline", type=int, default=100, help="channels timed the naive way")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args(argv)

    shape = Shape()
    store = open_store(big_store_url(shape, rebuild=args.rebuild))
    until = datetime.combine(shape.today or _today(), datetime.min.time(), tzinfo=UTC)
    until += timedelta(hours=12)  # the store's "now" (see bigstore.build)
    cfg = DigestSettings.from_settings(load_settings())
    with store.read() as conn:
        channels = subs_sql.all_channels(conn)
        subs = subs_sql.all_subscriptions(conn)
    print(
        f"store: {store.article_count()} articles, {len(channels)} channels, "
        f"{len(subs)} subscriptions",
        file=sys.stderr,
    )

    build_all(store, channels, subs, until, cfg)  # warm the page cache
    times, built, meetings = [], 0, 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        built, meetings = build_all(store, channels, subs, until, cfg)
        times.append(time.perf_counter() - started)
    total = statistics.median(times)
    print(
        f"batched: {built} digests holding {meetings} meetings; "
        f"median {total:.3f} s of {args.repeat} runs (min {min(times):.3f}, max {max(times):.3f})",
        file=sys.stderr,
    )

    by_channel: dict[str, list] = {}
    for s in subs:
        by_channel.setdefault(s.channel_id, []).append(s)
    sample = channels[: args.baseline]
    started = time.perf_counter()
    for ch in sample:
        naive_one(store, ch, by_channel.get(ch.channel_id, []), until, cfg)
    naive_per = (time.perf_counter() - started) / max(len(sample), 1)
    per_channel = total / max(built, 1)
    print(
        f"baseline (one query per channel, {len(sample)} channels): "
        f"{naive_per * 1000:.2f} ms a channel, {naive_per / per_channel:.1f}x the batched cost",
        file=sys.stderr,
    )
    store.close()
    print(f"digest channels={built} total={total:.3f} s per_channel={per_channel * 1000:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
