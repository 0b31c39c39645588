"""Peak memory of `briefing-bot ingest` over 5,000 articles (target: under 300 MB RSS).

Runs the command in a subprocess on a fresh SQLite store and reads the
child's peak resident set size from the kernel (wait4's rusage), so the
figure covers start-up, the parser's tables and the store, and nothing of
this script.

    python -m benchmarks.ingest_memory [--count 5000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script

from benchmarks.make_articles import make_articles  # noqa: E402

TARGET_MB = 300.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ingest-mem-") as tmp:
        work = Path(tmp)
        make_articles(work / "articles", args.count)
        config = work / "settings.yaml"
        config.write_text("load_seeds: false\n")
        env = {
            **os.environ,
            "BRIEFING_DATABASE_URL": f"sqlite:///{work / 'store.sqlite3'}",
            "BRIEFING_CONFIG": str(config),
        }
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "ingest", str(work / "articles")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        out = child.stdout.read() if child.stdout else ""
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
        print(out.strip().splitlines()[-1] if out.strip() else "(no summary)")
        print(f"{args.count} articles in {elapsed:.1f} s, exit status {child.returncode}")
        verdict = "under" if peak_mb < TARGET_MB else "OVER"
        print(f"peak RSS: {peak_mb:.0f} MB ({verdict} the {TARGET_MB:.0f} MB target)")


if __name__ == "__main__":
    main()
