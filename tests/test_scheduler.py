"""Digest schedules: once a local day across DST, rebuilt from the store, caught up after a stop."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.jobstores.memory import MemoryJobStore

from bot.digest import due_at, last_due
from bot.scheduler import BotScheduler, DailyTrigger, digest_job_id
from bot.store import deliveries as ledger_sql
from bot.store import subscriptions as subs_sql
from tests.test_digest_support import (
    KITAMURA,
    SUH,
    Clock,
    add_meeting,
    digest_settings,
    make_runner,
    posts_to,
    subscribe,
)


def fire_times(hhmm: str, tz: str, start: datetime, count: int) -> list[datetime]:
    """The trigger's fire times from `start`, as the scheduler walks them."""
    trigger = DailyTrigger(hhmm, tz)
    out: list[datetime] = []
    prev, now = None, start
    for _ in range(count):
        at = trigger.get_next_fire_time(prev, now)
        out.append(at)
        prev, now = at, at.astimezone(UTC) + timedelta(microseconds=1)
    return out


def _local(times: list[datetime], tz: str) -> list[str]:
    zone = ZoneInfo(tz)
    return [t.astimezone(UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M%z") for t in times]


@pytest.mark.parametrize(
    ("hhmm", "tz", "day", "expected"),
    [
        # spring forward: 02:30 does not exist on 2013-03-10 in New York; it fires once, at 03:30
        (
            "02:30",
            "US/Eastern",
            "2013-03-09",
            ["2013-03-09 02:30-0500", "2013-03-10 03:30-0400", "2013-03-11 02:30-0400"],
        ),
        # fall back: 01:30 happens twice on 2013-11-03; the digest fires at the first only
        (
            "01:30",
            "US/Eastern",
            "2013-11-02",
            ["2013-11-02 01:30-0400", "2013-11-03 01:30-0400", "2013-11-04 01:30-0500"],
        ),
        (
            "03:30",
            "US/Eastern",
            "2013-11-02",
            ["2013-11-02 03:30-0400", "2013-11-03 03:30-0500", "2013-11-04 03:30-0500"],
        ),
        # Helsinki falls back at 04:00 on 2017-10-29: 03:30 happens twice there
        (
            "03:30",
            "Europe/Helsinki",
            "2017-10-28",
            ["2017-10-28 03:30+0300", "2017-10-29 03:30+0300", "2017-10-30 03:30+0200"],
        ),
    ],
)
def test_a_daily_digest_fires_exactly_once_a_local_day_across_dst(hhmm, tz, day, expected):
    start = datetime.fromisoformat(day).replace(tzinfo=ZoneInfo(tz))
    times = fire_times(hhmm, tz, start, 3)
    assert _local(times, tz) == expected
    # the catch-up at start-up agrees with the trigger about when each day's digest was due
    ch = subs_sql.Channel("C1", True, hhmm, tz, False, None, None)
    for at in (t.astimezone(UTC) for t in times):  # UTC: == is unreliable on repeated hours
        assert due_at(ch, at.astimezone(ZoneInfo(tz)).date()) == at
        assert last_due(ch, at + timedelta(minutes=5)) == at


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_jobs_are_rebuilt_from_the_channels_table_with_fixed_ids(store, mock_slack):
    subscribe(store, "C1", ["JP"], digest_time="08:00", timezone="Europe/Helsinki")
    subscribe(store, "C2", ["KR"], digest_time="09:15", timezone="UTC")
    sched = BotScheduler(make_runner(store, mock_slack), store, digest_settings())
    sched.sync_digests()
    sched.sync_digests()  # a rebuild replaces, never duplicates
    ids = sorted(j.id for j in sched.scheduler.get_jobs() if j.id.startswith("digest:"))
    assert ids == [digest_job_id("C1"), digest_job_id("C2")]
    job = sched.scheduler.get_job("digest:C1")
    assert job.misfire_grace_time == 6 * 3600 and job.coalesce
    # jobs live in memory only: nothing pickled into the database
    stores = sched.scheduler._jobstores  # noqa: SLF001 - the scheduler's own configuration
    assert set(stores) == {"default"} and isinstance(stores["default"], MemoryJobStore)
    with store.write() as conn:
        subs_sql.set_schedule(
            conn,
            "C1",
            enabled=True,
            now=datetime.now(UTC),
            digest_time="07:45",
            timezone="Asia/Tokyo",
        )
        subs_sql.set_schedule(conn, "C2", enabled=False, now=datetime.now(UTC))
    sched.sync_digests()
    assert [j.id for j in sched.scheduler.get_jobs() if j.id.startswith("digest:")] == ["digest:C1"]
    trigger = sched.scheduler.get_job("digest:C1").trigger
    nxt = trigger.get_next_fire_time(None, datetime.now(UTC)).astimezone(ZoneInfo("Asia/Tokyo"))
    assert (nxt.hour, nxt.minute) == (7, 45)


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_a_scheduled_digest_arrives_once_and_not_again_after_a_restart(store, mock_slack):
    add_meeting(store, [KITAMURA, SUH], summary="Security talks in Seoul")
    real = datetime.now(UTC)
    target = (real + timedelta(minutes=2)).replace(second=0, microsecond=0)
    shift = target - timedelta(seconds=2) - real  # the scheduler's clock reads 2 s before HH:MM
    subscribe(store, "C1", ["JP"], digest_time=target.strftime("%H:%M"))

    def boot() -> BotScheduler:
        runner = make_runner(store, mock_slack, clock=lambda: datetime.now(UTC) + shift)
        sched = BotScheduler(runner, store, digest_settings(alerts_enabled=False), shift=shift)
        sched.start()
        return sched

    sched = boot()
    try:
        calls = mock_slack.wait_for("chat.postMessage", 1, timeout=8)
        assert "Security talks in Seoul" in json.dumps(calls[0].params["blocks"])
    finally:
        sched.shutdown()
    sched = boot()  # a restart within the grace window: the catch-up finds it posted
    try:
        time.sleep(0.5)
    finally:
        sched.shutdown()
    assert len(posts_to(mock_slack, "C1")) == 1
    with store.read() as conn:
        row = ledger_sql.get(conn, "digest", "C1", target.date().isoformat())
    assert row.status == "posted"


def test_a_bot_down_at_digest_time_posts_it_once_within_the_grace_and_not_after(store, mock_slack):
    add_meeting(store, [KITAMURA, SUH], summary="Talks while the bot was down")
    now = datetime.now(UTC)
    due = (now - timedelta(hours=2)).strftime("%H:%M")  # two hours ago: within the 6 h grace
    late = (now - timedelta(hours=7)).strftime("%H:%M")  # seven hours ago: past it
    subscribe(store, "CLATE", ["JP"], digest_time=due)
    subscribe(store, "CGONE", ["JP"], digest_time=late)
    clock = Clock(now)
    for _ in range(2):  # two start-ups: the second finds the first's post in the ledger
        outcomes = make_runner(store, mock_slack, clock=clock).catch_up()
    assert outcomes == []
    assert len(posts_to(mock_slack, "CLATE")) == 1
    assert posts_to(mock_slack, "CGONE") == []
    # the channel that missed its digest gets everything in the next one
    clock.advance(hours=24 - 7 + 0.1)
    assert make_runner(store, mock_slack, clock=clock).run_digest("CGONE").status == "posted"
    assert "Talks while the bot was down" in json.dumps(posts_to(mock_slack, "CGONE")[0].params)
