"""How long the Home tab takes to build and render over a large store.

Times `build_home` (the store's queries) plus `home_view` (Block Kit), as
`app_home_opened` runs them, on the shared synthetic store of
benchmarks/bigstore.py (100,000 articles, 200,000 meetings, 50,000 people,
1,000 subscribed channels). Target: median under 50 ms.

    python benchmarks/home_render.py [--runs 50]

Last line: `home_render median=… ms p90=… ms blocks=… articles=…`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bigstore import Shape, big_store_url  # noqa: E402
from bot.gazetteer import load_gazetteer  # noqa: E402
from bot.home import build_home  # noqa: E402
from bot.render.home import home_view  # noqa: E402
from bot.store import open_store  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--articles", type=int, default=Shape.articles)
    args = ap.parse_args()

    shape = Shape(articles=args.articles, meetings=2 * args.articles)
    store = open_store(big_store_url(shape))
    gazetteer = load_gazetteer()
    try:
        view = home_view(build_home(store), gazetteer)  # warm the connection pool and caches
        parts: dict[str, list[float]] = {"query": [], "render": [], "total": []}
        for _ in range(args.runs):
            t0 = time.perf_counter()
            content = build_home(store)
            t1 = time.perf_counter()
            view = home_view(content, gazetteer)
            t2 = time.perf_counter()
            parts["query"].append((t1 - t0) * 1000)
            parts["render"].append((t2 - t1) * 1000)
            parts["total"].append((t2 - t0) * 1000)
        articles = store.article_count()
    finally:
        store.close()

    for name, values in parts.items():
        print(f"{name:>6}: median {statistics.median(values):6.1f} ms  min {min(values):6.1f} ms")
    total = sorted(parts["total"])
    p90 = total[int(0.9 * (len(total) - 1))]
    print(
        f"home_render median={statistics.median(total):.1f} ms p90={p90:.1f} ms "
        f"blocks={len(view['blocks'])} articles={articles}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
