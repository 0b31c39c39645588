"""Alerts: a new meeting reaches each channel that follows one of its sides or people, once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from bot.scheduler import BotScheduler
from bot.store.schema import meetings
from tests.mock_slack import Scripted
from tests.test_digest_support import (
    BAERBOCK,
    KITAMURA,
    SUH,
    SULLIVAN,
    WANG,
    add_meeting,
    digest_settings,
    make_runner,
    person_id,
    posts_to,
    subscribe,
)


def test_a_new_meeting_alerts_each_following_channel_once(store, mock_slack):
    add_meeting(store, [SULLIVAN, WANG], summary="Earlier talks")  # known before the poll
    sullivan = person_id(store, "Jake Sullivan")
    subscribe(store, "CJP", ["JP"])
    subscribe(store, "CKR", ["KR"])
    subscribe(store, "CPERSON", [], [sullivan])
    subscribe(store, "CDE", ["DE"])
    runner = make_runner(store, mock_slack)
    runner.poll_alerts()  # alerts what is new since start-up, with the look-back
    mock_slack.reset()
    add_meeting(store, [KITAMURA, SUH, SULLIVAN], summary="Trilateral security talks")
    runner.poll_alerts()
    for channel in ("CJP", "CKR", "CPERSON"):
        calls = posts_to(mock_slack, channel)
        assert len(calls) == 1, channel
        assert "Trilateral security talks" in json.dumps(calls[0].params["blocks"])
    assert posts_to(mock_slack, "CDE") == []
    assert "You follow" in json.dumps(posts_to(mock_slack, "CPERSON")[0].params["blocks"])
    # the overlap re-reads that meeting on the next polls; the ledger keeps it single
    runner.poll_alerts()
    make_runner(store, mock_slack).poll_alerts()  # a second process polling the same store
    assert len(mock_slack.calls_to("chat.postMessage")) == 3


def test_a_meeting_reported_again_by_another_article_is_not_alerted_twice(store, mock_slack):
    subscribe(store, "CJP", ["JP"])
    runner = make_runner(store, mock_slack)
    add_meeting(store, [KITAMURA, SUH], summary="Talks in Seoul", outlet="Wire A")
    runner.poll_alerts()
    again = add_meeting(store, [KITAMURA, SUH], summary="Talks in Seoul", outlet="Wire B")
    assert again.new_meeting_ids == ()
    runner.poll_alerts()
    assert len(posts_to(mock_slack, "CJP")) == 1


def test_a_plan_is_alerted_and_again_once_it_is_reported_held(store, mock_slack):
    subscribe(store, "CJP", ["JP"])
    runner = make_runner(store, mock_slack)
    runner.poll_alerts()
    kw = {"date": "2026-12-05", "location": "Tokyo"}
    plan = add_meeting(store, [KITAMURA, SUH], status="planned", summary="Talks to come", **kw)
    runner.poll_alerts()
    with store.write() as conn:  # the plan was reported a while ago, before the poll's window
        conn.execute(
            update(meetings)
            .where(meetings.c.id.in_(plan.new_meeting_ids))
            .values(first_seen_at=datetime.now(UTC) - timedelta(minutes=30))
        )
    add_meeting(store, [KITAMURA, SUH], status="planned", summary="Talks to come", **kw)
    runner.poll_alerts()  # the same plan reported again: nothing new
    held = add_meeting(store, [KITAMURA, SUH], status="held", summary="Talks held", **kw)
    assert held.new_meeting_ids == ()  # the plan became held: one meeting
    runner.poll_alerts()
    add_meeting(store, [KITAMURA, SUH], status="held", summary="Talks held", **kw)
    runner.poll_alerts()  # held reported again: nothing new
    texts = [c.params["text"] for c in posts_to(mock_slack, "CJP")]
    assert len(texts) == 2
    assert texts[0].startswith("Planned meeting") and texts[1].startswith("New meeting")


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_an_alert_pings_nobody_whatever_the_article_says(store, mock_slack):
    subscribe(store, "CJP", ["JP"])
    runner = make_runner(store, mock_slack)
    add_meeting(store, [KITAMURA, SUH], summary="Talks <!channel> & <@U123>")
    runner.poll_alerts()
    (call,) = posts_to(mock_slack, "CJP")
    sent = call.params["text"] + json.dumps(call.params["blocks"])
    assert "<!channel>" not in sent and "<@U123>" not in sent
    assert "&lt;!channel&gt;" in call.params["text"]


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_a_failed_alert_is_retried_by_a_later_tick(store, mock_slack):
    subscribe(store, "CJP", ["JP"])
    down = Scripted(503, {"ok": False, "error": "service_unavailable"})
    mock_slack.script("chat.postMessage", down, down, down)
    runner = make_runner(store, mock_slack)
    add_meeting(store, [KITAMURA, BAERBOCK], summary="Berlin talks")
    assert [o.status for o in runner.poll_alerts()] == ["pending"]
    assert runner.poll_alerts() == []  # the pending alert is not claimed twice by the poll
    assert [o.status for o in runner.retry_pending()] == ["posted"]
    assert len(posts_to(mock_slack, "CJP")) == 4


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_the_scheduler_polls_and_alerts_within_its_interval(store, mock_slack):
    subscribe(store, "CJP", ["JP"])
    cfg = digest_settings(poll_seconds=0.3)
    sched = BotScheduler(make_runner(store, mock_slack), store, cfg, leader_retry_seconds=0.2)
    sched.start()
    try:
        mock_slack.reset()
        started = datetime.now(UTC)
        add_meeting(store, [KITAMURA, WANG], summary="Beijing talks")
        calls = mock_slack.wait_for("chat.postMessage", 1, timeout=5)
        assert "Beijing talks" in json.dumps(calls[0].params["blocks"])
        assert datetime.fromtimestamp(calls[0].at, UTC) - started < timedelta(seconds=5)
    finally:
        sched.shutdown()
