"""Posting through the ledger: claim, post through an injected callable, record.

Nothing here knows Slack. The poster is a plain callable that answers with a
PostResult (the Slack side lives in handlers/poster.py), so the retry policy
is tested with a scripted mock server and the same code runs in the console.

The order is what makes it exactly once: claim in one short transaction, post
outside any transaction, record in another. A process that dies between post
and record leaves a pending claim that goes stale and is retried; a process
that loses the claim race never posts.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.store import deliveries as ledger_sql
from bot.store import subscriptions as subs_sql

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

OK = "ok"
RATE_LIMITED = "rate_limited"
TRANSIENT = "transient"
GONE = "gone"  # channel_not_found, is_archived, not_in_channel: posting there cannot work
REJECTED = "rejected"  # Slack refused this message itself (invalid_blocks …): retrying cannot help


@dataclass(frozen=True)
class PostResult:
    status: str  # OK, RATE_LIMITED, TRANSIENT or GONE
    ts: str | None = None
    retry_after: float | None = None  # seconds, from Slack's Retry-After
    error: str | None = None  # Slack's error code or the exception, for the log and the ledger


#: (channel or user id, {"text": ..., "blocks": [...]}) -> what Slack said
Poster = Callable[[str, dict[str, Any]], PostResult]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def worker_id() -> str:
    """Who holds a claim, readable in the ledger when two processes share a store."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # posts tried per tick before the delivery is left pending
    backoff_seconds: float = 1.0  # first wait after a 5xx or a connection error; doubles
    max_backoff_seconds: float = 30.0
    max_retry_after_seconds: float = 120.0  # longer Retry-After: leave it for the next tick
    stale_after: timedelta = timedelta(minutes=5)  # a claim older than this is taken over
    channel_interval_seconds: float = 1.0  # Slack allows about one message a second a channel
    workers: int = 4  # posts in flight at once, over different channels

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        d = cls()
        get = settings.get
        return cls(
            attempts=int(get("delivery.attempts", d.attempts)),
            backoff_seconds=float(get("delivery.backoff_seconds", d.backoff_seconds)),
            max_backoff_seconds=float(get("delivery.max_backoff_seconds", d.max_backoff_seconds)),
            max_retry_after_seconds=float(
                get("delivery.max_retry_after_seconds", d.max_retry_after_seconds)
            ),
            stale_after=timedelta(
                seconds=float(get("delivery.stale_after_seconds", d.stale_after.total_seconds()))
            ),
            channel_interval_seconds=float(
                get("delivery.channel_interval_seconds", d.channel_interval_seconds)
            ),
            workers=int(get("delivery.workers", d.workers)),
        )


@dataclass(frozen=True)
class Item:
    """One message to deliver: its ledger key and what to post."""

    kind: str  # "digest", "alert" or "notice"
    channel_id: str
    key: str
    payload: dict[str, Any]  # {"text", "blocks"}, plus "until" for a digest


@dataclass(frozen=True)
class Outcome:
    item_key: tuple[str, str, str]
    status: str  # "posted", "skipped", "held" (by another), "pending" (retry later), "failed"
    detail: str | None = None


class Pacer:
    """At most one post a channel per interval, however many threads post."""

    def __init__(self, interval: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._sleep = sleep
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def hold(self, channel_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(channel_id, threading.Lock())

    def wait_turn(self, channel_id: str) -> None:
        """Call with `hold(channel_id)` held, before posting."""
        last = self._last.get(channel_id)
        if last is not None:
            left = self.interval - (time.monotonic() - last)
            if left > 0:
                self._sleep(left)

    def posted(self, channel_id: str) -> None:
        """Call after the post returned: the interval counts from Slack's answer."""
        self._last[channel_id] = time.monotonic()


class Ledger:
    """Delivers through the ledger with the retry policy; one failing channel never stops others."""

    def __init__(
        self,
        store: Any,
        post: Poster,
        *,
        policy: RetryPolicy | None = None,
        worker: str | None = None,
        clock: Clock = utc_now,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.post = post
        self.policy = policy or RetryPolicy()
        self.worker = worker or worker_id()
        self.clock = clock
        self.sleep = sleep
        self.pacer = Pacer(self.policy.channel_interval_seconds, sleep)

    # --- the three steps --------------------------------------------------
    def deliver(self, item: Item) -> Outcome:
        ident = (item.kind, item.channel_id, item.key)
        with self.store.write() as conn:
            claimed = self._claim(conn, item)
        if claimed is None:
            return Outcome(ident, "held")
        return self._post_claimed(claimed)

    def _claim(self, conn: Any, item: Item) -> Any:
        return ledger_sql.claim(
            conn,
            item.kind,
            item.channel_id,
            item.key,
            worker=self.worker,
            payload=item.payload,
            now=self.clock(),
            stale_after=self.policy.stale_after,
        )

    def record_skipped(self, item: Item) -> bool:
        """Mark (kind, channel, key) as settled with nothing posted; False if it already was."""
        with self.store.write() as conn:
            claimed = self._claim(conn, item)
            if claimed is None:
                return False
            ledger_sql.finish(conn, claimed.id, status=ledger_sql.SKIPPED, now=self.clock())
            self._after_settled(conn, claimed)
        return True

    def deliver_many(self, items: Iterable[Item]) -> list[Outcome]:
        items = list(items)
        if len(items) <= 1 or self.policy.workers <= 1:
            return [self._safe(self.deliver, i) for i in items]
        with ThreadPoolExecutor(max_workers=self.policy.workers, thread_name_prefix="post") as pool:
            return list(pool.map(lambda i: self._safe(self.deliver, i), items))

    def retry_pending(self, limit: int = 100) -> list[Outcome]:
        """Post again what an earlier tick, or a process that died, left pending."""
        with self.store.read() as conn:
            stale = ledger_sql.retryable(
                conn, now=self.clock(), stale_after=self.policy.stale_after, limit=limit
            )
        outcomes = []
        for found in stale:
            with self.store.write() as conn:
                claimed = ledger_sql.take_over(
                    conn,
                    found,
                    worker=self.worker,
                    now=self.clock(),
                    stale_after=self.policy.stale_after,
                )
            if claimed is not None:
                outcomes.append(self._safe(self._post_claimed, claimed))
        return outcomes

    # --- posting with the retry policy --------------------------------------
    def _safe(self, fn: Callable[[Any], Outcome], arg: Any) -> Outcome:
        try:
            return fn(arg)
        except Exception as exc:  # one broken channel must not stop the others
            ident = (
                getattr(arg, "kind", "?"),
                getattr(arg, "channel_id", "?"),
                getattr(arg, "key", "?"),
            )
            log.exception("delivery %s failed unexpectedly; it stays pending", ident)
            return Outcome(ident, "pending", repr(exc))

    def _post_claimed(self, claimed: ledger_sql.Delivery) -> Outcome:
        ident = (claimed.kind, claimed.channel_id, claimed.key)
        payload = claimed.payload or {}
        message = {"text": payload.get("text", ""), "blocks": payload.get("blocks") or []}
        p = self.policy
        tries = 0
        last: PostResult | None = None
        with self.pacer.hold(claimed.channel_id):
            while tries < p.attempts:
                self.pacer.wait_turn(claimed.channel_id)
                if tries and not self._renew(claimed):
                    log.warning("%s: another worker took this delivery over; standing back", ident)
                    return Outcome(ident, "held")
                tries += 1
                last = self._call_post(claimed.channel_id, message)
                self.pacer.posted(claimed.channel_id)
                if last.status == OK:
                    return self._record_posted(claimed, last, tries)
                if last.status == GONE:
                    return self._record_gone(claimed, last, tries)
                if last.status == REJECTED:
                    return self._record_rejected(claimed, last, tries)
                if tries >= p.attempts:
                    break
                if last.status == RATE_LIMITED:
                    wait = last.retry_after if last.retry_after is not None else p.backoff_seconds
                    if wait > p.max_retry_after_seconds:
                        break
                else:
                    wait = min(p.backoff_seconds * 2 ** (tries - 1), p.max_backoff_seconds)
                log.info(
                    "posting %s to %s: %s (%s); retrying in %.1f s",
                    claimed.kind,
                    claimed.channel_id,
                    last.status,
                    last.error,
                    wait,
                )
                if not self._renew(claimed):
                    log.warning("%s: another worker took this delivery over; standing back", ident)
                    return Outcome(ident, "held")
                self.sleep(wait)
        error = f"{last.status}: {last.error}" if last else "not tried"
        log.warning(
            "posting %s %s to %s failed %d times (%s); left pending for the next tick",
            claimed.kind,
            claimed.key,
            claimed.channel_id,
            tries,
            error,
        )
        with self.store.write() as conn:
            ledger_sql.release(conn, claimed.id, error=error, attempts=tries)
        return Outcome(ident, "pending", error)

    def _renew(self, claimed: ledger_sql.Delivery) -> bool:
        """Refresh the claim before a retry, so waiting on Slack never lets it go stale."""
        with self.store.write() as conn:
            return ledger_sql.renew(conn, claimed.id, worker=self.worker, now=self.clock())

    def _call_post(self, channel_id: str, message: dict[str, Any]) -> PostResult:
        try:
            return self.post(channel_id, message)
        except Exception as exc:  # a poster that raises is a transient failure, not a crash
            return PostResult(TRANSIENT, error=repr(exc))

    def _record_posted(
        self, claimed: ledger_sql.Delivery, result: PostResult, tries: int
    ) -> Outcome:
        with self.store.write() as conn:
            ledger_sql.finish(
                conn,
                claimed.id,
                status=ledger_sql.POSTED,
                now=self.clock(),
                message_ts=result.ts,
                attempts=tries,
            )
            self._after_settled(conn, claimed)
        return Outcome((claimed.kind, claimed.channel_id, claimed.key), "posted", result.ts)

    def _after_settled(self, conn: Any, claimed: ledger_sql.Delivery) -> None:
        until = (claimed.payload or {}).get("until")
        if claimed.kind == "digest" and until:
            subs_sql.advance_last_digest(conn, claimed.channel_id, datetime.fromisoformat(until))

    def _record_rejected(
        self, claimed: ledger_sql.Delivery, result: PostResult, tries: int
    ) -> Outcome:
        log.error(
            "Slack refused the %s %s for %s: %s; not retried",
            claimed.kind,
            claimed.key,
            claimed.channel_id,
            result.error,
        )
        with self.store.write() as conn:
            ledger_sql.finish(
                conn,
                claimed.id,
                status=ledger_sql.FAILED,
                now=self.clock(),
                error=f"rejected: {result.error}",
                attempts=tries,
            )
        return Outcome((claimed.kind, claimed.channel_id, claimed.key), "failed", result.error)

    def _record_gone(self, claimed: ledger_sql.Delivery, result: PostResult, tries: int) -> Outcome:
        reason = result.error or "cannot post"
        now = self.clock()
        ident = (claimed.kind, claimed.channel_id, claimed.key)
        if claimed.kind == "notice":  # a DM that failed: nothing more to tell anyone
            with self.store.write() as conn:
                ledger_sql.finish(
                    conn,
                    claimed.id,
                    status=ledger_sql.FAILED,
                    now=now,
                    error=reason,
                    attempts=tries,
                )
            return Outcome(ident, "failed", reason)
        with self.store.write() as conn:
            ledger_sql.finish(
                conn, claimed.id, status=ledger_sql.FAILED, now=now, error=reason, attempts=tries
            )
            subs_sql.set_paused(conn, claimed.channel_id, reason, now)
            subscribers = {
                s.created_by for s in subs_sql.for_channel(conn, claimed.channel_id) if s.created_by
            }
        log.warning(
            "paused channel %s: Slack answered %s; subscribers told: %s",
            claimed.channel_id,
            reason,
            ", ".join(sorted(subscribers)) or "nobody to tell",
        )
        for user_id in sorted(subscribers):
            text = paused_notice(claimed.channel_id, reason)
            self._safe(
                self.deliver,
                Item(
                    "notice",
                    user_id,
                    f"paused:{claimed.channel_id}:{now.date().isoformat()}",
                    {
                        "text": text,
                        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}],
                    },
                ),
            )
        return Outcome(ident, "failed", reason)


def paused_notice(channel_id: str, reason: str) -> str:
    why = {
        "channel_not_found": "the channel no longer exists or I cannot see it",
        "is_archived": "the channel is archived",
        "not_in_channel": "I am not a member of the channel",
    }.get(reason, f"Slack answered `{reason}`")
    return (
        f"I stopped posting briefings to <#{channel_id}>: {why}. "
        "To start again, invite me with `/invite @briefing` "
        "and run `/briefing subscriptions` there."
    )
