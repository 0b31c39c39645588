"""Two real bot processes on one PostgreSQL store post each digest and alert once.

Both run `briefing-bot serve` against the mock Slack Web API; only the holder
of the advisory lock runs the jobs, and when it dies the other takes over
without repeating what was already posted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import deliveries as ledger_sql
from bot.store import open_store
from tests.fixtures_slack import BOT_TOKEN
from tests.slack_signing import SIGNING_SECRET
from tests.test_digest_support import BAERBOCK, KITAMURA, SUH, WANG, add_meeting, subscribe

CONFIG = """
load_seeds: false
digest: {settle_seconds: 0}
alerts: {poll_seconds: 0.5, overlap_seconds: 30, lookback_seconds: 600}
scheduler: {leader_retry_seconds: 0.5, sync_seconds: 1}
delivery: {backoff_seconds: 0.05, channel_interval_seconds: 0, stale_after_seconds: 5}
"""


def _start(tmp: Path, name: str, env: dict[str, str]) -> subprocess.Popen:
    out = open(tmp / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", "0"],
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
    )


def _messages(mock, channel: str) -> list[str]:
    return [
        json.dumps(c.params, ensure_ascii=False)
        for c in mock.calls_to("chat.postMessage")
        if c.params.get("channel") == channel
    ]


def _wait(check, timeout: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _count(mock, channel: str, needle: str) -> int:
    return sum(needle in m for m in _messages(mock, channel))


def test_two_bot_processes_post_each_digest_and_alert_once(pg_url, mock_slack, tmp_path):
    store = open_store(pg_url)
    due = (datetime.now(UTC) - timedelta(hours=1)).strftime("%H:%M")  # missed, within the grace
    subscribe(store, "CJP", ["JP"], digest_time=due)
    subscribe(store, "CKR", ["KR"], digest_time=due)
    add_meeting(store, [KITAMURA, SUH], summary="Talks A")
    (tmp_path / "settings.yaml").write_text(CONFIG)
    env = {
        **os.environ,
        "BRIEFING_DATABASE_URL": pg_url,
        "BRIEFING_CONFIG": str(tmp_path / "settings.yaml"),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": mock_slack.url,
    }
    procs = {name: _start(tmp_path, name, env) for name in ("one", "two")}
    try:
        for ch in ("CJP", "CKR"):
            _wait(
                lambda ch=ch: (
                    _count(mock_slack, ch, "Briefing digest") == 1
                    and _count(mock_slack, ch, "Talks A") == 2
                ),
                what=f"digest and alert in {ch}",
            )
        add_meeting(store, [KITAMURA, WANG], summary="Talks B")
        _wait(lambda: _count(mock_slack, "CJP", "Talks B") == 1, what="alert B")

        assert all(p.poll() is None for p in procs.values()), "both processes must be running"
        # kill the leader outright; the other process takes the lock over
        with store.read() as conn:
            holder = ledger_sql.get(conn, "alert", "CJP", _meeting_key(store, "Talks B")).claimed_by
        pid = int(holder.split(":")[1])
        leader = next(n for n, p in procs.items() if p.pid == pid)
        procs[leader].send_signal(signal.SIGKILL)
        procs[leader].wait(timeout=10)
        add_meeting(store, [SUH, BAERBOCK], summary="Talks C")
        _wait(lambda: _count(mock_slack, "CKR", "Talks C") == 1, what="alert C after failover")
        time.sleep(2)  # several more polls and a catch-up by the new leader: nothing repeats
        with store.read() as conn:
            holder_c = ledger_sql.get(conn, "alert", "CKR", _meeting_key(store, "Talks C"))
        assert holder_c.claimed_by.split(":")[1] != str(pid)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs.values():
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        store.close()
    logs = "\n".join((tmp_path / f"{n}.log").read_text() for n in procs)
    assert BOT_TOKEN not in logs
    assert _count(mock_slack, "CJP", "Briefing digest") == 1
    assert _count(mock_slack, "CKR", "Briefing digest") == 1
    assert [_count(mock_slack, "CJP", t) for t in ("Talks A", "Talks B", "Talks C")] == [2, 1, 0]
    assert [_count(mock_slack, "CKR", t) for t in ("Talks A", "Talks B", "Talks C")] == [2, 0, 1]


def _meeting_key(store, summary: str) -> str:
    return str(next(m.id for m in store.meetings() if m.summary == summary))


_RACER = """
import sys, time
from pathlib import Path
from slack_sdk import WebClient
from bot.delivery import Item, Ledger, RetryPolicy
from bot.store import open_store
from handlers.poster import make_poster

url, api, go = sys.argv[1:4]
ledger = Ledger(
    open_store(url),
    make_poster(WebClient(token="xoxb-racer-not-real", base_url=api)),
    policy=RetryPolicy(channel_interval_seconds=0.0),
)
while not Path(go).exists():
    time.sleep(0.005)
outcomes = [ledger.deliver(Item("digest", f"CR{i}", "2026-11-23", {"text": f"digest {i}"}))
            for i in range(20)]
print(" ".join(o.status for o in outcomes))
"""


def test_two_processes_that_both_run_post_each_delivery_once(pg_url, mock_slack, tmp_path):
    """Leader election keeps one scheduler running; should two ever run, the ledger still holds."""
    open_store(pg_url).close()  # the schema, before both race for it
    go = tmp_path / "go"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, pg_url, mock_slack.url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    time.sleep(1.5)  # both have imported and opened the store
    go.touch()
    results = [r.communicate(timeout=60) for r in racers]
    assert all(r.returncode == 0 for r in racers), [err for _, err in results]
    statuses = [out.split() for out, _ in results]
    for i in range(20):
        assert sorted(s[i] for s in statuses) == ["held", "posted"]
        assert len(_messages(mock_slack, f"CR{i}")) == 1
