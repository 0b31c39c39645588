"""Parser throughput: articles per second on one core, median of several runs.

    .venv/bin/python benchmarks/parse_speed.py [CORPUS_DIR] [--repeat N] [--runs R]

Reads the repo's seeds/*.txt plus CORPUS_DIR/dev/*.txt (default ../shared/corpus
beside the repo, skipped when absent), repeats them to N articles and times
parse_article over them R times. CPU time is printed beside wall-clock time
because a shared machine makes the wall clock noisy.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bot import PROJECT_ROOT, SEEDS_DIR
from bot.parsing import parse_article


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(PROJECT_ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--repeat", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    files = sorted(SEEDS_DIR.glob("*.txt")) + sorted((Path(args.corpus) / "dev").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    batch = [texts[i % len(texts)] for i in range(args.repeat)]
    parse_article(texts[0])  # load the lexicon and gazetteer outside the timing
    rates, cpu_rates = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in batch:
            parse_article(t)
        rates.append(len(batch) / (time.perf_counter() - t0))
        cpu_rates.append(len(batch) / (time.process_time() - c0))
    size = sum(map(len, batch)) / len(batch)
    wall, cpu = statistics.median(rates), statistics.median(cpu_rates)
    print(f"texts: {len(texts)} distinct, {len(batch)} per run, mean {size:.0f} chars")
    print(f"parse (wall clock): median {wall:.0f} articles/s ({1000 / wall:.2f} ms each)")
    print(f"parse (CPU time):   median {cpu:.0f} articles/s ({1000 / cpu:.2f} ms each)")
    print("runs (wall clock, articles/s):", [round(r) for r in rates])


if __name__ == "__main__":
    main()
