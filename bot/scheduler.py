"""APScheduler wiring: daily digests per channel, alert polls, leader election.

The scheduler is handed plain callables (a DigestRunner's methods) and never
knows Slack. Jobs live in the memory job store only and are rebuilt from the
`channels` table at start-up and whenever a schedule changes: a pickled job in
the database could be rewritten by whoever can write that table into code the
bot would run. Every job has a fixed id with `replace_existing=True`, so a
rebuild replaces and never duplicates.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from bot.digest import DigestRunner, DigestSettings, parse_hhmm
from bot.leader import Leader, SoloLeader
from bot.store import subscriptions as subs_sql

log = logging.getLogger(__name__)

ALERTS_JOB = "alerts"
FEEDS_JOB = "feeds"
LEADER_JOB = "leader"
SYNC_JOB = "sync"


def digest_job_id(channel_id: str) -> str:
    return f"digest:{channel_id}"


class DailyTrigger(BaseTrigger):
    """A CronTrigger at HH:MM in a zone that fires at most once per local date.

    CronTrigger alone fires twice when the time repeats (fall back: 01:30 in
    New York on 2013-11-03); this keeps the first. A time skipped by spring
    forward still fires once, an hour later in wall time. `shift` moves the
    clock the trigger reads, for rehearsing a schedule without waiting for it.
    """

    def __init__(self, hhmm: str, tz: str, shift: timedelta = timedelta(0)) -> None:
        at = parse_hhmm(hhmm)
        self.zone = ZoneInfo(tz)
        self.cron = CronTrigger(hour=at.hour, minute=at.minute, timezone=self.zone)
        self.shift = shift

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        prev = previous_fire_time + self.shift if previous_fire_time else None
        at = self.cron.get_next_fire_time(prev, now + self.shift)
        while at is not None and prev is not None and self._day(at) == self._day(prev):
            after = at.astimezone(UTC) + timedelta(seconds=1)
            at = self.cron.get_next_fire_time(at, after)
        if at is None:
            return None
        # through UTC: a wall time skipped by DST comes back as the real instant's local time
        return (at.astimezone(UTC) - self.shift).astimezone(self.zone)

    def _day(self, when: datetime) -> Any:
        return when.astimezone(self.zone).date()

    def __str__(self) -> str:
        return f"daily[{self.cron}]"


_live: weakref.WeakSet[BotScheduler] = weakref.WeakSet()


def schedule_changed() -> None:
    """Tell the schedulers of this process that a channel's schedule changed in the store."""
    for sched in list(_live):
        try:
            sched.sync_digests()
        except Exception:
            log.exception("rebuilding digest jobs failed")


def _quiet_apscheduler() -> None:
    """APScheduler logs every run at INFO; an alert poll every 20 s would flood the log."""
    for name in ("apscheduler.scheduler", "apscheduler.executors.default"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.WARNING)


class BotScheduler:
    """One BackgroundScheduler whose jobs run only while this process is the leader."""

    def __init__(
        self,
        runner: DigestRunner,
        store: Any,
        cfg: DigestSettings,
        *,
        leader: Leader | None = None,
        leader_retry_seconds: float = 15,
        sync_seconds: float = 60,
        shift: timedelta = timedelta(0),
        feed_poll: Callable[[], object] | None = None,
        feed_poll_seconds: float = 60,
    ) -> None:
        self.runner = runner
        self.feed_poll = feed_poll
        self.feed_poll_seconds = feed_poll_seconds
        self.store = store
        self.cfg = cfg
        self.leader = leader or SoloLeader()
        self.leader_retry_seconds = leader_retry_seconds
        self.sync_seconds = sync_seconds
        self.shift = shift
        self.scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore()},  # never a database job store: see above
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self._leading = False
        _quiet_apscheduler()
        self._sync_lock = threading.Lock()
        self._specs: dict[str, tuple[str, str]] = {}

    # --- life cycle ----------------------------------------------------
    def start(self) -> BackgroundScheduler:
        s = self.scheduler
        self._every(self.elect, self.leader_retry_seconds, LEADER_JOB)
        self._every(self.sync_digests, self.sync_seconds, SYNC_JOB)
        if self.cfg.alerts_enabled:
            self._every(self.alert_tick, self.cfg.poll_seconds, ALERTS_JOB)
        if self.feed_poll is not None:
            self._every(self.feed_tick, self.feed_poll_seconds, FEEDS_JOB)
        self.sync_digests()
        s.start()
        _live.add(self)
        s.add_job(self.elect, id="leader:first", replace_existing=True)  # now, not in 15 s
        return s

    def _every(self, job: Callable[[], object], seconds: float, job_id: str) -> None:
        """A periodic job under a fixed id; a late run still runs (no misfire grace limit)."""
        self.scheduler.add_job(
            job,
            "interval",
            seconds=seconds,
            id=job_id,
            replace_existing=True,
            misfire_grace_time=None,
        )

    def shutdown(self, wait: bool = True) -> None:
        _live.discard(self)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        self.leader.release()
        self._leading = False

    # --- jobs --------------------------------------------------------------
    def elect(self) -> bool:
        """Try to lead; on becoming leader, catch up the digests missed while nobody led."""
        leading = self.leader.try_acquire()
        if leading and not self._leading:
            self._leading = True
            self.runner.reset_watermark()
            self.runner.catch_up()
            self.runner.retry_pending()
        elif not leading and self._leading:
            log.warning("no longer the scheduler leader; jobs pause until the lock is back")
            self._leading = False
        return leading

    def run_digest(self, channel_id: str) -> None:
        if not self._leading:
            return
        try:
            out = self.runner.run_digest(channel_id)
            if out is not None:
                log.info("digest %s for %s: %s", out.item_key[2], channel_id, out.status)
        except Exception:
            log.exception("digest of %s failed; the next tick retries what is pending", channel_id)

    def alert_tick(self) -> None:
        if not self._leading:
            return
        try:
            self.runner.poll_alerts()
        except Exception:
            log.exception("alert poll failed")
        try:
            self.runner.retry_pending()
        except Exception:
            log.exception("retrying pending deliveries failed")

    def feed_tick(self) -> None:
        """Poll the feeds that are due; only the leader does, so two bots never fetch twice."""
        if not self._leading or self.feed_poll is None:
            return
        try:
            self.feed_poll()
        except Exception:
            log.exception("feed poll failed; the next tick tries again")

    def sync_digests(self) -> None:
        """Make the digest jobs match the `channels` table: add, replace, remove."""
        with self._sync_lock:
            with self.store.read() as conn:
                channels = subs_sql.all_channels(conn)
                subscribed = {s.channel_id for s in subs_sql.all_subscriptions(conn)}
            wanted = {}
            for ch in channels:
                if ch.digest_enabled and not ch.paused_reason and ch.channel_id in subscribed:
                    wanted[digest_job_id(ch.channel_id)] = ch
            for job in self.scheduler.get_jobs():
                if job.id.startswith("digest:") and job.id not in wanted:
                    job.remove()
                    self._specs.pop(job.id, None)
            for job_id, ch in wanted.items():
                existing = self.scheduler.get_job(job_id)
                spec = (ch.digest_time, ch.timezone)
                if existing is not None and self._specs.get(job_id) == spec:
                    continue
                try:
                    trigger = DailyTrigger(ch.digest_time, ch.timezone, self.shift)
                except Exception as exc:
                    log.error(
                        "channel %s has an unusable schedule %s: %s", ch.channel_id, spec, exc
                    )
                    continue
                if existing is not None and not self.scheduler.running:
                    existing.remove()  # before start, replace_existing does not dedupe pending jobs
                self.scheduler.add_job(
                    self.run_digest,
                    trigger,
                    args=[ch.channel_id],
                    id=job_id,
                    replace_existing=True,
                    coalesce=True,
                    misfire_grace_time=int(self.cfg.grace_hours * 3600),
                )
                self._specs[job_id] = spec

    def next_digest(self, channel_id: str) -> datetime | None:
        job = self.scheduler.get_job(digest_job_id(channel_id))
        return job.next_run_time if job is not None else None
