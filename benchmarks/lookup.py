"""How long `/briefing <query>` takes on a large store: resolve the query and render the card.

    .venv/bin/python benchmarks/lookup.py [--queries 1000] [--rebuild]

Uses the shared large synthetic store of benchmarks/bigstore.py (50,000
people, 100,000 articles, 200,000 meetings; built once, then cached in the
temp dir), answers 1,000 mixed queries (exact names, typos, reversed names,
countries, ambiguous surnames) exactly as the Slack handler does
(`bot.commands.execute`), and prints p50/p99 overall and per kind. Place
cards (a city typed) are timed apart, outside the mix. In the same run it
times the naive approach, `rapidfuzz.process.extract(query, all_names,
scorer=WRatio)` over every name, and prints the ratio. The last line is
machine-readable.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bigstore import PLACES, big_store_url  # noqa: E402
from bot.commands import CommandContext, execute  # noqa: E402
from bot.gazetteer import load_gazetteer  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.store import open_store  # noqa: E402


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


def _time_store_reads(store: Any) -> list[float]:
    """Time every read transaction of the store (each store read, and a card's reads
    sharing one connection, go through `store.read()`); returns a cell summing ms."""
    cell = [0.0]
    opened = store.read

    @contextmanager
    def timed() -> Iterator[Any]:
        t0 = time.perf_counter()
        try:
            with opened() as conn:
                yield conn
        finally:
            cell[0] += (time.perf_counter() - t0) * 1000

    store.read = timed
    return cell


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--rebuild", action="store_true", help="regenerate the cached store")
    args = ap.parse_args()

    store = open_store(big_store_url(rebuild=args.rebuild))
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
    cpu: list[float] = []  # this thread's CPU time: what the lookup costs without waiting
    without_store: list[float] = []
    resolve_only: list[float] = []
    by_kind: dict[str, list[float]] = {}
    outcomes: dict[str, int] = {}
    for kind, q in queries:
        t0 = time.perf_counter()
        matcher.resolve(q)
        t1 = time.perf_counter()
        store_ms[0] = 0.0
        c1 = time.thread_time()
        reply = execute(ctx, q)
        t2 = time.perf_counter()
        cpu.append((time.thread_time() - c1) * 1000)
        without_store.append((t2 - t1) * 1000 - store_ms[0])
        resolve_only.append((t1 - t0) * 1000)
        totals.append((t2 - t1) * 1000)
        by_kind.setdefault(kind, []).append((t2 - t1) * 1000)
        first = reply.blocks[0] if reply.blocks else {}
        shape = "card" if first.get("type") == "header" else "choice/none"
        outcomes[f"{kind}:{shape}"] = outcomes.get(f"{kind}:{shape}", 0) + 1

    places: list[float] = []
    for place in PLACES * 3:  # a place card, outside the mix: a city typed
        t0 = time.perf_counter()
        reply = execute(ctx, place.lower())
        places.append((time.perf_counter() - t0) * 1000)

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
        f"  place cards ({len(PLACES)} cities, outside the mix): "
        f"p50={statistics.median(places):.2f} ms p99={pct(places, 0.99):.2f} ms"
    )
    print(
        f"  resolve only: p50={statistics.median(resolve_only):.2f} ms "
        f"p99={pct(resolve_only, 0.99):.2f} ms"
    )
    print(
        f"  resolve + render, store reads excluded: p50={statistics.median(without_store):.2f} ms "
        f"p99={pct(without_store, 0.99):.2f} ms"
    )
    print(
        f"  CPU time per lookup (no waiting for a busy CPU): p50={statistics.median(cpu):.2f} ms "
        f"p99={pct(cpu, 0.99):.2f} ms"
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
