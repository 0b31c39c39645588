"""The ledger posts each delivery once, retries what Slack refused for now, pauses the rest.

Posting goes through the real poster (slack_sdk against the mock Web API),
so 429s, 500s and channel errors are Slack's answers, not stubs.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from bot.delivery import Item
from bot.store import deliveries as ledger_sql
from bot.store import subscriptions as subs_sql
from tests.mock_slack import Scripted
from tests.test_digest_support import Clock, make_ledger, posts_to, subscribe


def _item(channel: str = "C1", key: str = "2026-11-23", text: str = "hello") -> Item:
    return Item("digest", channel, key, {"text": text, "blocks": []})


def _row(store, channel: str = "C1", key: str = "2026-11-23", kind: str = "digest"):
    with store.read() as conn:
        return ledger_sql.get(conn, kind, channel, key)


def test_a_delivery_is_posted_once_however_often_it_is_run(store, mock_slack):
    first = make_ledger(store, mock_slack)
    assert first.deliver(_item()).status == "posted"
    # the same process again, and another process sharing the store
    assert first.deliver(_item()).status == "held"
    assert make_ledger(store, mock_slack).deliver(_item()).status == "held"
    assert len(posts_to(mock_slack, "C1")) == 1
    row = _row(store)
    assert row.status == "posted" and row.message_ts and row.attempts == 1


def test_two_processes_racing_for_one_delivery_post_it_once(store, mock_slack):
    ledgers = [make_ledger(store, mock_slack) for _ in range(4)]
    barrier = threading.Barrier(len(ledgers))
    results = []

    def go(ledger):
        barrier.wait()
        results.append(ledger.deliver(_item("C7")).status)

    threads = [threading.Thread(target=go, args=(led,)) for led in ledgers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["held", "held", "held", "posted"]
    assert len(posts_to(mock_slack, "C7")) == 1


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_429_waits_the_retry_after_then_posts(store, mock_slack):
    mock_slack.script(
        "chat.postMessage",
        Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}),
    )
    assert make_ledger(store, mock_slack).deliver(_item()).status == "posted"
    calls = posts_to(mock_slack, "C1")
    assert len(calls) == 2
    assert calls[1].at - calls[0].at >= 0.95  # waited Slack's Retry-After
    assert _row(store).status == "posted"


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_a_long_wait_on_slack_keeps_the_claim_so_nobody_posts_it_twice(store, mock_slack):
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
    mock_slack.script("chat.postMessage", limited, limited)
    clock = Clock()
    other = make_ledger(store, mock_slack, clock=clock)
    seen = []

    def slow_sleep(seconds: float) -> None:  # each wait on Slack takes three minutes
        clock.advance(minutes=3)
        seen.append(other.deliver(_item()).status)  # another process's tick meanwhile

    first = make_ledger(store, mock_slack, clock=clock, sleep=slow_sleep)
    assert first.deliver(_item()).status == "posted"
    assert seen == ["held", "held"]
    assert len(posts_to(mock_slack, "C1")) == 3  # two 429s, then one post
    assert _row(store).status == "posted"


def test_5xx_is_retried_then_left_pending_and_the_next_tick_posts_it(store, mock_slack):
    down = Scripted(500, {"ok": False, "error": "internal_error"})
    mock_slack.script("chat.postMessage", down, down, down)
    ledger = make_ledger(store, mock_slack)
    out = ledger.deliver(_item())
    assert out.status == "pending"
    row = _row(store)
    assert row.status == "pending" and row.claimed_by is None and row.attempts == 3
    assert "internal_error" in row.last_error
    # the next tick (of any process) posts exactly what was meant
    outcomes = make_ledger(store, mock_slack).retry_pending()
    assert [o.status for o in outcomes] == ["posted"]
    assert [c.params["text"] for c in posts_to(mock_slack, "C1")] == ["hello"] * 4
    assert ledger.retry_pending() == []


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_a_connection_error_is_transient(store, mock_slack):
    from slack_sdk import WebClient

    from bot.delivery import Ledger
    from handlers.poster import make_poster
    from tests.test_digest_support import FAST

    dead = WebClient(token="xoxb-test", base_url="http://127.0.0.1:9/api/")  # nothing listens
    out = Ledger(store, make_poster(dead), policy=FAST).deliver(_item())
    assert out.status == "pending"
    assert _row(store).status == "pending"
    assert make_ledger(store, mock_slack).retry_pending()[0].status == "posted"


def test_a_claim_of_a_process_that_died_is_taken_over_when_stale(store, mock_slack):
    clock = Clock()
    with store.write() as conn:  # a process claimed it and died before posting
        ledger_sql.claim(
            conn,
            "alert",
            "C1",
            "42",
            worker="dead:1",
            payload={"text": "m42"},
            now=clock(),
            stale_after=timedelta(minutes=5),
        )
    ledger = make_ledger(store, mock_slack, clock=clock)
    assert ledger.retry_pending() == []  # still fresh: its owner may be posting right now
    assert ledger.deliver(Item("alert", "C1", "42", {"text": "other"})).status == "held"
    clock.advance(minutes=6)
    assert [o.status for o in ledger.retry_pending()] == ["posted"]
    assert [c.params["text"] for c in posts_to(mock_slack, "C1")] == ["m42"]
    assert _row(store, key="42", kind="alert").claimed_by == ledger.worker


def test_a_channel_slack_refuses_is_paused_its_subscriber_told_and_others_still_served(
    store, mock_slack
):
    subscribe(store, "CGONE", ["JP"], by="U77")
    subscribe(store, "CFINE", ["JP"], by="U78")
    mock_slack.script(
        "chat.postMessage", Scripted(200, {"ok": False, "error": "channel_not_found"})
    )
    ledger = make_ledger(store, mock_slack)
    # one at a time so the scripted refusal meets the first channel
    outcomes = [ledger.deliver(_item("CGONE")), ledger.deliver(_item("CFINE"))]
    assert [o.status for o in outcomes] == ["failed", "posted"]
    with store.read() as conn:
        assert subs_sql.get_channel(conn, "CGONE").paused_reason == "channel_not_found"
        assert subs_sql.get_channel(conn, "CFINE").paused_reason is None
    dm = posts_to(mock_slack, "U77")
    assert len(dm) == 1 and "/invite @briefing" in dm[0].params["text"]
    assert len(posts_to(mock_slack, "CGONE")) == 1  # not retried
    assert ledger.retry_pending() == []


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_posts_to_one_channel_are_paced(store, mock_slack):
    from dataclasses import replace

    from tests.test_digest_support import FAST

    ledger = make_ledger(store, mock_slack, policy=replace(FAST, channel_interval_seconds=0.3))
    items = [Item("alert", "C1", str(k), {"text": f"m{k}"}) for k in range(3)]
    items += [Item("alert", "C2", "1", {"text": "other channel"})]
    assert {o.status for o in ledger.deliver_many(items)} == {"posted"}
    times = sorted(c.at for c in posts_to(mock_slack, "C1"))
    assert len(times) == 3
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.3
    # another channel does not queue behind the paced one
    assert posts_to(mock_slack, "C2")[0].at < times[-1]
