"""Ingest throughput: `briefing-bot ingest FOLDER` of 1,000 distinct articles, fresh SQLite.

Times the whole command in a subprocess (start-up, schema creation, parsing,
storing), pinned to one core with `taskset -c 0` where available, three runs,
each on a new store. Target: at least 400 articles/s (median). The command's
start-up alone is timed too (an empty folder, a new store: imports, settings,
schema). A second part splits one in-process pass into parser time and store
time (CPU seconds), so a slow figure says which side to look at. Where `perf`
is installed, the instructions of one whole ingest are counted as well: a
figure that does not move with the machine's load, for comparing versions.

    python -m benchmarks.ingest_throughput [--count 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from benchmarks.make_articles import make_articles  # noqa: E402

TARGET = 400.0


def cli_command(folder: Path) -> list[str]:
    cmd = [sys.executable, "-m", "bot.cli", "ingest", str(folder)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    return cmd


def timed_ingest(folder: Path, work: Path, run: int | str) -> tuple[float, str]:
    db = work / f"run{run}.sqlite3"
    config = work / "settings.yaml"
    config.write_text("load_seeds: false\n")
    env = {**os.environ, "BRIEFING_DATABASE_URL": f"sqlite:///{db}", "BRIEFING_CONFIG": str(config)}
    start = time.perf_counter()
    done = subprocess.run(cli_command(folder), env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"ingest failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed, done.stdout.strip().splitlines()[-1]


def instructions(folder: Path, work: Path, run: str) -> int | None:
    """User-space instructions of one whole ingest, from `perf stat` when it is installed.

    Wall time on a shared machine swings with its neighbours; the instruction
    count of the same command moves by well under 1 %, so it compares versions.
    """
    if not shutil.which("perf"):
        return None
    db = work / f"perf{run}.sqlite3"
    env = {**os.environ, "BRIEFING_DATABASE_URL": f"sqlite:///{db}"}
    env["BRIEFING_CONFIG"] = str(work / "settings.yaml")
    perf = ["perf", "stat", "-x,", "-e", "instructions:u", *cli_command(folder)]
    done = subprocess.run(perf, env=env, capture_output=True, text=True)
    for line in done.stderr.splitlines():
        if "instructions" in line and line.split(",")[0].isdigit():
            return int(line.split(",")[0])
    return None


def startup_seconds(work: Path, runs: int) -> float:
    """Median wall time of `ingest EMPTY_FOLDER` on a new store: the fixed cost of a run."""
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    times = [timed_ingest(empty, work, f"start{run}")[0] for run in range(runs)]
    return statistics.median(times)


def split_parse_and_store(folder: Path, work: Path) -> tuple[float, float, int]:
    """CPU seconds of parsing all files, then of storing the parses, in this process."""
    from bot.parsing import parse_article
    from bot.store import open_store

    texts = [(p, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    start = time.process_time()
    parsed = [parse_article(text) for _, text in texts]
    parse_cpu = time.process_time() - start
    store = open_store(f"sqlite:///{work / 'split.sqlite3'}")
    start = time.process_time()
    for (path, text), record in zip(texts, parsed, strict=True):
        store.add_article(text, record, source=str(path))
    store_cpu = time.process_time() - start
    store.close()
    return parse_cpu, store_cpu, len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        make_articles(folder, args.count)
        rates = []
        for run in range(args.runs):
            elapsed, summary = timed_ingest(folder, work, run)
            rates.append(args.count / elapsed)
            print(
                f"run {run + 1}: {elapsed:.2f} s, {args.count / elapsed:.0f} articles/s ({summary})"
            )
        median = statistics.median(rates)
        verdict = "meets" if median >= TARGET else "misses"
        print(f"median: {median:.0f} articles/s ({verdict} the {TARGET:.0f}/s target)")
        print(f"start-up (empty folder, new store): {startup_seconds(work, 5):.2f} s (median of 5)")
        whole, empty = instructions(folder, work, "all"), instructions(work / "empty", work, "0")
        if whole and empty:
            print(
                f"instructions (perf): whole command {whole / 1e9:.2f} G, start-up"
                f" {empty / 1e9:.2f} G, {(whole - empty) / args.count / 1e6:.2f} M an article"
            )
        parse_cpu, store_cpu, n = split_parse_and_store(folder, work)
        print(
            f"in-process split over {n} articles: parser {parse_cpu / n * 1e3:.2f} ms CPU/article,"
            f" store {store_cpu / n * 1e3:.2f} ms CPU/article"
            f" (store alone: {n / store_cpu:.0f} articles/s)"
        )


if __name__ == "__main__":
    main()
