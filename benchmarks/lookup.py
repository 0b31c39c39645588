"""How long `/briefing <query>` takes on a large store: resolve the query and render the card.

    .venv/bin/python benchmarks/lookup.py [--queries 1000] [--rebuild]

Builds (once, then cached in the temp dir) a SQLite store of 50,000 people,
100,000 articles and 200,000 meetings with direct bulk inserts into the
schema's tables, then answers 1,000 mixed queries (exact names, typos, reversed
names, countries, ambiguous surnames) exactly as the Slack handler does
(`bot.commands.execute`), and prints p50/p99. In the same run it times the
naive approach, `rapidfuzz.process.extract(query, all_names, scorer=WRatio)`
over every name, and prints the ratio. The last line is machine-readable.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.commands import CommandContext, execute  # noqa: E402
from bot.gazetteer import load_gazetteer  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.store import open_store  # noqa: E402
from bot.store import schema as t  # noqa: E402
from bot.store.keys import family_key, name_key  # noqa: E402

N_PEOPLE = 50_000
N_ARTICLES = 100_000
N_MEETINGS = 200_000
LAYOUT = "v1"  # bump when the generated data changes shape

ONSETS = [*"bcdfghjklmnprstvwyz", "br", "ch", "dr", "gr", "kh", "sh", "st", "th", "tr", "zh"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ia", "io", "ou"]
CODAS = ["", "", "", "n", "r", "s", "l", "m", "k", "ng", "t"]
ROLES = [
    "foreign minister",
    "defence minister",
    "ambassador",
    "envoy",
    "president",
    "prime minister",
    "national security adviser",
    "deputy foreign minister",
]


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)]
    return "".join(parts).capitalize()


def _names(rng: random.Random, n: int, syllables: tuple[int, ...]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(_word(rng, rng.choice(syllables)))
    return sorted(out)


def build_store(path: Path, seed: int = 7) -> None:
    """Fill a new SQLite store at `path` with generated people, articles and meetings."""
    rng = random.Random(seed)
    store = open_store(f"sqlite:///{path}")
    codes = sorted({c for c in load_gazetteer().country_aliases().values()})
    given = _names(rng, 3_000, (2, 2, 3))
    family = _names(rng, 12_000, (1, 2, 2, 3))
    now = datetime(2024, 1, 1, tzinfo=UTC)

    people, mentions, seen = [], [], set()
    while len(people) < N_PEOPLE:
        name = f"{rng.choice(given)} {rng.choice(family)}"
        if rng.random() < 0.1:
            name = f"{rng.choice(given)} {rng.choice(given)} {rng.choice(family)}"
        key = name_key(name)
        if key in seen:
            continue
        seen.add(key)
        pid = len(people) + 1
        people.append(
            {
                "id": pid,
                "name": name,
                "name_key": key,
                "family_key": family_key(name),
                "country": rng.choice(codes),
                "role": rng.choice(ROLES),
                "org": None,
                "role_seen_on": "2023-01-01",
                "article_count": 2,
                "seen_on": "2023-01-01",
                "updated_at": now,
            }
        )
        mentions.append({"person_id": pid, "mention": name})
        mentions.append({"person_id": pid, "mention": name.split()[-1]})

    articles = [
        {
            "id": i,
            "source": f"bench/{i}.txt",
            "url": f"https://news.example/{i}",
            "content_hash": f"{i:064x}",
            "text": "",
            "title": f"Talks report {i}",
            "outlet": "Bench Wire",
            "published": f"20{10 + i % 14:02d}-{1 + i % 12:02d}-15",
            "dateline": None,
            "countries": [],
            "parsed": {},
            "parser_version": "bench",
            "flagged": False,
            "note": None,
            "ingested_at": now,
        }
        for i in range(1, N_ARTICLES + 1)
    ]
    roles = [
        {
            "person_id": p["id"],
            "article_id": 1 + (p["id"] * 7 + k) % N_ARTICLES,
            "role": p["role"],
            "org": None,
            "country": p["country"],
            "seen_on": "2023-01-01",
            "evidence": f"{p['role'].capitalize()} {p['name']} said.",
        }
        for p in people
        for k in range(2)
    ]
    meetings, parts, mcountries, marts = [], [], [], []
    for m in range(1, N_MEETINGS + 1):
        who = rng.sample(range(1, N_PEOPLE + 1), rng.choice((2, 2, 3)))
        cs = sorted({people[w - 1]["country"] for w in who})
        status = "planned" if rng.random() < 0.05 else "held"
        meetings.append(
            {
                "id": m,
                "summary": "Talks on regional security",
                "location": f"City {m % 3000}",
                "date": f"20{10 + m % 14:02d}-{1 + m % 12:02d}-{1 + m % 28:02d}",
                "mode": "in_person",
                "status": status,
                "is_primary": True,
                "countries": cs,
                "first_seen_at": now,
                "updated_at": now,
            }
        )
        parts += [{"meeting_id": m, "person_id": w} for w in who]
        mcountries += [{"meeting_id": m, "country": c} for c in cs]
        marts.append(
            {
                "meeting_id": m,
                "article_id": 1 + m % N_ARTICLES,
                "is_primary": True,
                "evidence": None,
            }
        )

    with store.write() as conn:
        for table, rows in (
            (t.people, people),
            (t.person_mentions, mentions),
            (t.articles, articles),
            (t.person_roles, roles),
            (t.meetings, meetings),
            (t.meeting_participants, parts),
            (t.meeting_countries, mcountries),
            (t.meeting_articles, marts),
        ):
            for i in range(0, len(rows), 20_000):
                conn.execute(table.insert(), rows[i : i + 20_000])
        conn.execute(t.store_state.update().values(value=t.store_state.c.value + 1))
    with store.write() as conn:
        conn.exec_driver_sql("ANALYZE")
    store.close()


def make_queries(services: Services, n: int, seed: int = 11) -> list[tuple[str, str]]:
    """(kind, text) pairs: exact, typo, reversed, country, ambiguous."""
    rng = random.Random(seed)
    people = services.store.name_index()
    by_surname: dict[str, int] = {}
    for p in people:
        s = p.name.split()[-1]
        by_surname[s] = by_surname.get(s, 0) + 1
    ambiguous = [s for s, c in by_surname.items() if c >= 3]
    countries = [
        "Japan",
        "japn",
        "South Korea",
        "S. Korea",
        "ROK",
        "DPRK",
        "U.S.",
        "Germny",
        "French",
        "South Korean",
        "brazil",
        "Indonesia",
    ]

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        return rng.choice(
            [
                word[:i] + word[i + 1 :],
                word[:i] + word[i] + word[i:],
                word[:i] + word[i + 1] + word[i] + word[i + 2 :],
            ]
        )

    out = []
    for i in range(n):
        kind = ("exact", "typo", "reversed", "country", "ambiguous")[i % 5]
        p = rng.choice(people)
        words = p.name.split()
        if kind == "exact":
            text = p.name.lower() if rng.random() < 0.5 else p.name
        elif kind == "typo":
            words[-1] = typo(words[-1]) if len(words[-1]) > 4 else words[-1]
            text = " ".join(words)
        elif kind == "reversed":
            text = " ".join(reversed(words))
        elif kind == "country":
            text = rng.choice(countries)
        else:
            text = rng.choice(ambiguous)
        out.append((kind, text))
    return out


def _time_store_reads(store: object) -> list[float]:
    """Wrap the store's read methods the cards use; returns a cell summing their ms."""
    cell = [0.0]
    for name in ("person_profile", "meetings", "people_of_country", "planned_meetings"):
        method = getattr(store, name)

        def timed(*a: object, _m: object = method, **kw: object) -> object:
            t0 = time.perf_counter()
            try:
                return _m(*a, **kw)  # type: ignore[operator]
            finally:
                cell[0] += (time.perf_counter() - t0) * 1000

        setattr(store, name, timed)
    return cell


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--rebuild", action="store_true", help="regenerate the cached store")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "briefing-bench"))
    args = ap.parse_args()

    folder = Path(args.cache)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"lookup-{LAYOUT}.sqlite3"
    if args.rebuild or not path.exists():
        for f in folder.glob(f"lookup-{LAYOUT}.sqlite3*"):
            f.unlink()
        started = time.perf_counter()
        build_store(path.with_suffix(".tmp"))
        for f in folder.glob(f"lookup-{LAYOUT}.tmp*"):
            f.rename(folder / f.name.replace(".tmp", ".sqlite3"))
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    else:
        print(f"using cached {path}")

    store = open_store(f"sqlite:///{path}")
    services = Services(settings=load_settings(), store=store, gazetteer=load_gazetteer())
    started = time.perf_counter()
    matcher = services.matcher()
    build_s = time.perf_counter() - started
    print(
        f"index: {len(matcher.people)} people, {len(matcher.vocab)} name words, "
        f"built in {build_s:.2f} s"
    )

    queries = make_queries(services, args.queries)
    store_ms = _time_store_reads(store)
    ctx = CommandContext(services=services)
    for _, q in queries[:50]:  # warm caches and the SQLite page cache
        execute(ctx, q)

    totals: list[float] = []
    without_store: list[float] = []
    resolve_only: list[float] = []
    by_kind: dict[str, list[float]] = {}
    outcomes: dict[str, int] = {}
    for kind, q in queries:
        t0 = time.perf_counter()
        matcher.resolve(q)
        t1 = time.perf_counter()
        store_ms[0] = 0.0
        reply = execute(ctx, q)
        t2 = time.perf_counter()
        without_store.append((t2 - t1) * 1000 - store_ms[0])
        resolve_only.append((t1 - t0) * 1000)
        totals.append((t2 - t1) * 1000)
        by_kind.setdefault(kind, []).append((t2 - t1) * 1000)
        first = reply.blocks[0] if reply.blocks else {}
        shape = "card" if first.get("type") == "header" else "choice/none"
        outcomes[f"{kind}:{shape}"] = outcomes.get(f"{kind}:{shape}", 0) + 1

    names = [p.name for p in matcher.people.values()]
    naive: list[float] = []
    for _, q in queries[:: max(1, len(queries) // 100)]:
        t0 = time.perf_counter()
        process.extract(q, names, scorer=fuzz.WRatio, limit=5)
        naive.append((time.perf_counter() - t0) * 1000)

    p50, p99 = statistics.median(totals), pct(totals, 0.99)
    naive_ms = statistics.median(naive)
    for kind, values in by_kind.items():
        print(f"  {kind:<10} p50={statistics.median(values):.2f} ms p99={pct(values, 0.99):.2f} ms")
    print(
        f"  resolve only: p50={statistics.median(resolve_only):.2f} ms "
        f"p99={pct(resolve_only, 0.99):.2f} ms"
    )
    print(
        f"  resolve + render, store reads excluded: p50={statistics.median(without_store):.2f} ms "
        f"p99={pct(without_store, 0.99):.2f} ms"
    )
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  outcomes: {dict(sorted(outcomes.items()))}")
    print(
        f"  naive WRatio over {len(names)} names: median {naive_ms:.1f} ms, "
        f"{naive_ms / statistics.median(resolve_only):.0f}x the resolve median, "
        f"{naive_ms / p50:.1f}x the full lookup median"
    )
    print(f"lookup p50={p50:.2f} ms p99={p99:.2f} ms naive={naive_ms:.1f} ms people={len(names)}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
