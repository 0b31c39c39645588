"""A large synthetic store for benchmarks: people, articles, meetings and channels.

Built with direct bulk inserts into the schema's tables (the parser and the
ingest path would take far too long for 100,000 articles), after `open_store`
has created the schema, so every index the real store has is there. The file
is cached in the temp directory under a name that holds the parameters and
the schema revision, so a second run starts at once.

    from benchmarks.bigstore import big_store_url
    url = big_store_url()                 # 50,000 people, 100,000 articles, 200,000 meetings
    store = open_store(url)

    python -m benchmarks.bigstore [--people N --articles N --meetings N --channels N --rebuild]

Shape: meeting dates spread over the last two years, and 3 % up to two months
ahead (those are planned); a tenth of them known only by month; articles ingested
over the same two years, so any week, day or digest window holds a realistic
share; two to four participants and two sides per meeting; a few meetings
reported by two articles; `channels` channels each subscribed to one to three
countries (and some to a person) with a daily digest schedule.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bot.store.keys import name_key

COUNTRIES = (
    "US",
    "JP",
    "KR",
    "KP",
    "CN",
    "RU",
    "UA",
    "FR",
    "DE",
    "GB",
    "IN",
    "BR",
    "ZA",
    "TR",
    "IR",
    "IL",
    "SA",
    "EG",
    "AU",
    "CA",
    "MX",
    "ID",
    "VN",
    "PH",
    "PL",
    "IT",
    "ES",
    "NG",
    "KE",
    "QA",
)
ROLES = (
    "foreign minister",
    "national security adviser",
    "president",
    "prime minister",
    "defence minister",
    "ambassador",
    "special envoy",
    "deputy foreign minister",
    "secretary of state",
    "trade minister",
)
PLACES = (
    "Tokyo",
    "Seoul",
    "Washington",
    "Beijing",
    "Moscow",
    "Kyiv",
    "Paris",
    "Berlin",
    "London",
    "New Delhi",
    "Brasilia",
    "Pretoria",
    "Ankara",
    "Tehran",
    "Jerusalem",
    "Riyadh",
    "Cairo",
    "Canberra",
    "Ottawa",
    "Mexico City",
    "Jakarta",
    "Hanoi",
    "Manila",
    "Warsaw",
    "Rome",
    "Madrid",
    "Abuja",
    "Nairobi",
    "Doha",
    "Geneva",
    "Annapolis",
    "Singapore",
    "Brussels",
)
OUTLETS = ("Example Wire", "Daily Dispatch", "Global Courier", "The Observer Post", "Asia Desk")
SYLLABLES = (
    "ka",
    "to",
    "mi",
    "ra",
    "su",
    "lin",
    "an",
    "el",
    "jo",
    "han",
    "min",
    "sa",
    "vi",
    "den",
    "or",
    "lu",
    "ber",
    "ta",
    "no",
    "ke",
    "mar",
    "io",
    "zen",
    "fa",
    "ri",
    "go",
    "ul",
    "pe",
)
MODES = ("in_person", "in_person", "in_person", "call", "virtual")
#: The share of meetings announced for the coming two months (the rest were held).
PLANNED_SHARE = 0.03
#: Bump when the generated data changes shape, so cached stores are rebuilt.
LAYOUT = "v2"


@dataclass(frozen=True)
class Shape:
    people: int = 50_000
    articles: int = 100_000
    meetings: int = 200_000
    channels: int = 1_000
    seed: int = 7
    today: date | None = None  # the day the store is built for (default: today, UTC)

    def key(self) -> str:
        day = (self.today or _today()).isoformat()
        sizes = f"p{self.people}-a{self.articles}-m{self.meetings}-c{self.channels}"
        return f"{LAYOUT}-{sizes}-s{self.seed}-{day}"


def _today() -> date:
    return datetime.now(UTC).date()


def _cache_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / "briefing-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def big_store_url(shape: Shape | None = None, *, rebuild: bool = False, quiet: bool = False) -> str:
    """A SQLite URL of a store of `shape`, built now or taken from the cache."""
    from bot.store.migrations import HEAD

    shape = shape or Shape()
    path = _cache_dir() / f"bigstore-{HEAD}-{shape.key()}.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists() and not rebuild:
        return url
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    partial = path.with_suffix(".building")
    for stale in path.parent.glob(partial.name + "*"):
        stale.unlink()
    started = time.perf_counter()
    build(f"sqlite:///{partial}", shape)
    for part in path.parent.glob(partial.name + "*"):  # the file and any -wal/-shm beside it
        part.rename(path.parent / part.name.replace(partial.name, path.name))
    if not quiet:
        took = time.perf_counter() - started
        print(f"built {path.name} in {took:.1f} s", file=sys.stderr)
    return url


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        given = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        family = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        name = f"{given} {family}"
        key = name_key(name)
        if key not in used:
            used.add(key)
            return name


def _batches(
    rows: Sequence[dict[str, Any]], size: int = 20_000
) -> Iterator[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def build(url: str, shape: Shape) -> None:
    """Create the schema at `url` and fill it with `shape`'s synthetic data."""
    from bot.store import open_store
    from bot.store import schema as t
    from bot.store.keys import family_key, place_key

    rng = random.Random(shape.seed)
    today = shape.today or _today()
    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    span_days = 730

    # people ---------------------------------------------------------------------
    used: set[str] = set()
    people = []
    mentions = []
    for pid in range(1, shape.people + 1):
        name = _name(rng, used)
        country = rng.choice(COUNTRIES)
        seen = (today - timedelta(days=rng.randrange(span_days))).isoformat()
        people.append(
            {
                "id": pid,
                "name": name,
                "name_key": name_key(name),
                "family_key": family_key(name),
                "country": country,
                "role": rng.choice(ROLES),
                "org": None,
                "role_seen_on": seen,
                "article_count": 0,
                "seen_on": seen,
                "updated_at": now,
            }
        )
        mentions.append({"person_id": pid, "mention": name})
        mentions.append({"person_id": pid, "mention": name.split()[-1]})

    # articles -------------------------------------------------------------------
    articles = []
    for aid in range(1, shape.articles + 1):
        ago = rng.random() * span_days
        ingested = now - timedelta(days=ago)
        published = (ingested - timedelta(days=rng.random())).date().isoformat()
        text = f"Synthetic article {aid} of seed {shape.seed}."
        articles.append(
            {
                "id": aid,
                "source": f"synthetic/{aid}.txt",
                "url": f"https://news.example/{aid}",
                "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                "text": text,
                "title": f"Talks report {aid}",
                "outlet": rng.choice(OUTLETS),
                "published": published,
                "dateline": None,
                "countries": [],
                "parsed": {},
                "parser_version": "bench",
                "flagged": False,
                "note": None,
                "ingested_at": ingested,
            }
        )

    # meetings -------------------------------------------------------------------
    meetings, parts, sides, links, roles = [], [], [], [], []
    role_seen: set[tuple[int, int]] = set()
    by_country: dict[str, list[int]] = {c: [] for c in COUNTRIES}
    for p in people:
        by_country[p["country"]].append(p["id"])
    for mid in range(1, shape.meetings + 1):
        aid = rng.randrange(1, shape.articles + 1)
        art = articles[aid - 1]
        a, b = rng.sample(COUNTRIES, 2)
        # most reports are of meetings held; a few announce one within two months
        offset = rng.randint(1, 60) if rng.random() < PLANNED_SHARE else -rng.randrange(span_days)
        when = today + timedelta(days=offset)
        status = "planned" if offset > 0 else "held"
        text_date = when.isoformat() if rng.random() > 0.1 else when.strftime("%Y-%m")
        location = rng.choice(PLACES)
        meetings.append(
            {
                "id": mid,
                "summary": f"Talks between {a} and {b} on item {mid}",
                "date": text_date,
                "location": location,
                "place_key": place_key(location),
                "mode": rng.choice(MODES),
                "status": status,
                "is_primary": rng.random() < 0.6,
                "countries": sorted((a, b)),
                "first_seen_at": art["ingested_at"],
                "updated_at": art["ingested_at"],
            }
        )
        sides += [
            {"meeting_id": mid, "country": c, "date": text_date, "status": status} for c in (a, b)
        ]
        chosen = {rng.choice(by_country[a]), rng.choice(by_country[b])}
        for _ in range(rng.randint(0, 2)):
            chosen.add(rng.randrange(1, shape.people + 1))
        for pid in chosen:
            parts.append({"meeting_id": mid, "person_id": pid})
            if (pid, aid) not in role_seen:
                role_seen.add((pid, aid))
                p = people[pid - 1]
                roles.append(
                    {
                        "person_id": pid,
                        "article_id": aid,
                        "role": p["role"],
                        "org": None,
                        "country": p["country"],
                        "seen_on": art["published"],
                        "evidence": f"{p['name']}, the {p['role']}, met counterparts.",
                    }
                )
        links.append({"meeting_id": mid, "article_id": aid, "is_primary": True, "evidence": None})
        if rng.random() < 0.05:  # syndicated: a second report of the same meeting
            other = rng.randrange(1, shape.articles + 1)
            if other != aid:
                links.append(
                    {"meeting_id": mid, "article_id": other, "is_primary": False, "evidence": None}
                )
    counts: dict[int, int] = {}
    for r in roles:
        counts[r["person_id"]] = counts.get(r["person_id"], 0) + 1
    for p in people:
        p["article_count"] = counts.get(p["id"], 0)

    # channels ---------------------------------------------------------------------
    channels, subs = [], []
    for i in range(shape.channels):
        cid = f"C{i:08d}"
        channels.append(
            {
                "channel_id": cid,
                "digest_enabled": True,
                "digest_time": f"{rng.randint(6, 10):02d}:{rng.choice((0, 30)):02d}",
                "timezone": rng.choice(("UTC", "Europe/Helsinki", "Asia/Tokyo", "US/Eastern")),
                "all_quiet": False,
                "last_digest_at": now - timedelta(hours=24),
                "paused_reason": None,
                "updated_at": now,
            }
        )
        for code in rng.sample(COUNTRIES, rng.randint(1, 3)):
            subs.append(
                {
                    "channel_id": cid,
                    "kind": "country",
                    "target": code,
                    "created_by": "U1",
                    "created_at": now,
                }
            )
        if rng.random() < 0.3:
            subs.append(
                {
                    "channel_id": cid,
                    "kind": "person",
                    "target": str(rng.randrange(1, shape.people + 1)),
                    "created_by": "U1",
                    "created_at": now,
                }
            )

    store = open_store(url)
    try:
        with store.write() as conn:
            for table, rows in (
                (t.people, people),
                (t.person_mentions, mentions),
                (t.articles, articles),
                (t.person_roles, roles),
                (t.meetings, meetings),
                (t.meeting_participants, parts),
                (t.meeting_countries, sides),
                (t.meeting_articles, links),
                (t.channels, channels),
                (t.subscriptions, subs),
            ):
                for batch in _batches(rows):
                    conn.execute(insert(table), list(batch))
        with store.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    d = Shape()
    ap.add_argument("--people", type=int, default=d.people)
    ap.add_argument("--articles", type=int, default=d.articles)
    ap.add_argument("--meetings", type=int, default=d.meetings)
    ap.add_argument("--channels", type=int, default=d.channels)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args(argv)
    shape = Shape(args.people, args.articles, args.meetings, args.channels)
    print(big_store_url(shape, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    sys.exit(main())
