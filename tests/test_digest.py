"""A channel's digest: its countries' and people's new meetings, once, within Slack's limits."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from bot.digest import build_digests, digest_key, last_due
from bot.render.digest import digest_message, digest_text
from bot.store import subscriptions as subs_sql
from bot.store.schema import meetings
from tests.test_digest_support import (
    BAERBOCK,
    KITAMURA,
    SUH,
    SULLIVAN,
    WANG,
    Clock,
    add_meeting,
    digest_settings,
    make_runner,
    person_id,
    posts_to,
    subscribe,
)

CFG = digest_settings()


def _digest(store, channel_id: str, until: datetime | None = None):
    with store.read() as conn:
        channels = subs_sql.all_channels(conn)
        subs = subs_sql.all_subscriptions(conn)
    until = until or datetime.now(UTC) + timedelta(seconds=1)
    return build_digests(store, channels, subs, until, CFG)[channel_id]


def _ids(meetings) -> list[int]:
    return [m.id for m in meetings]


def test_news_newest_first_then_plans_only_for_the_channels_countries(sqlite_url):
    from bot.store import open_store

    store = open_store(sqlite_url)
    old = add_meeting(store, [KITAMURA, SUH], date="2026-11-10", location="Seoul")
    new = add_meeting(store, [KITAMURA, SULLIVAN], date="2026-11-19", location="Tokyo")
    plan = add_meeting(store, [KITAMURA, WANG], date="2026-12-05", status="planned")
    later_plan = add_meeting(store, [KITAMURA, BAERBOCK], date="2027-01-15", status="planned")
    elsewhere = add_meeting(store, [WANG, BAERBOCK], date="2026-11-20", location="Berlin")
    subscribe(store, "C1", ["JP"])
    d = _digest(store, "C1")
    assert len(d.groups) == 1 and d.groups[0].countries == ("JP",)
    group = d.groups[0]
    assert _ids(group.news) == [new.new_meeting_ids[0], old.new_meeting_ids[0]]
    assert _ids(group.upcoming) == [plan.new_meeting_ids[0], later_plan.new_meeting_ids[0]]
    assert elsewhere.new_meeting_ids[0] not in _ids(group.news + group.upcoming)
    text, blocks = digest_message(d)
    body = json.dumps(blocks, ensure_ascii=False)
    # date, place, mode, participants with roles, and the source with its link
    for expected in (
        "2026-11-19",
        "Tokyo",
        "in person",
        "Jake Sullivan",
        "national security adviser",
        "Test Wire",
        "https://news.example/",
    ):
        assert expected in body
    assert body.index("News") < body.index("Upcoming")
    assert "4 new meetings" in text
    store.close()


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_several_countries_are_grouped_and_a_followed_person_counts(store):
    add_meeting(store, [KITAMURA, SUH], location="Seoul")
    add_meeting(store, [WANG, BAERBOCK], location="Berlin")
    add_meeting(store, [SULLIVAN, WANG], location="Beijing")
    sullivan = person_id(store, "Jake Sullivan")
    subscribe(store, "C1", ["JP", "DE"], [sullivan])
    d = _digest(store, "C1")
    assert [g.countries for g in d.groups] == [("DE",), ("JP",), ()]
    assert d.meeting_count == 3
    from bot.gazetteer import load_gazetteer

    plain = digest_text(d, load_gazetteer())
    assert plain.index("Germany") < plain.index("Japan") < plain.index("## People you follow")


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_a_meeting_reported_by_several_articles_appears_once(store):
    first = add_meeting(store, [KITAMURA, SUH, SULLIVAN], date="2026-11-20", outlet="Wire A")
    again = add_meeting(store, [KITAMURA, SUH, SULLIVAN], date="2026-11-20", outlet="Wire B")
    assert again.new_meeting_ids == ()  # the store merged it into the first report's meeting
    subscribe(store, "C1", ["JP", "KR", "US"])
    d = _digest(store, "C1")
    assert d.meeting_count == 1
    assert _ids(d.groups[0].news) == list(first.new_meeting_ids)
    assert "(+1 more report)" in json.dumps(digest_message(d)[1], ensure_ascii=False)


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_the_window_starts_where_the_previous_digest_ended(store):
    add_meeting(store, [KITAMURA, SUH])
    cut = datetime.now(UTC)
    later = add_meeting(store, [KITAMURA, SULLIVAN])
    subscribe(store, "C1", ["JP"], last_digest_at=cut)
    d = _digest(store, "C1")
    assert _ids(d.groups[0].news) == list(later.new_meeting_ids)
    # a first digest looks back first_window_hours only
    subscribe(store, "C2", ["JP"])
    far = _digest(
        store, "C2", until=datetime.now(UTC) + timedelta(hours=CFG.first_window_hours + 1)
    )
    assert far.empty


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_a_long_day_stays_within_block_kit_limits_and_says_how_many_more(store):
    from tests.test_digest_support import article

    codes = ["JP", "KR", "US", "CN", "DE", "FR", "IN", "BR"]
    people = [(f"Envoy {c}", c, "special envoy") for c in codes]
    meeting_ids: set[int] = set()

    def report(a: int, b: int, n: int, date: str = "2026-10-01") -> None:
        text, parsed = article(
            [people[a], people[b]],
            date=date,
            summary=("Long talks " * 30) + str(n),
        )
        meeting_ids.update(store.add_article(text, parsed, source=f"t{n}").new_meeting_ids)

    n = 0
    for a in range(len(people)):  # 28 pairs: more groups than 50 blocks hold
        for b in range(a + 1, len(people)):
            n += 1
            report(a, b, n)
    for month in range(1, 13):  # one pair with more meetings than a section lists
        n += 1
        report(3, 7, n, date=f"2025-{month:02d}-10")  # Brazil and China: the first group
    subscribe(store, "C1", codes)
    d = _digest(store, "C1")
    assert d.meeting_count == len(meeting_ids)
    text, blocks = digest_message(d)
    assert len(blocks) <= 50
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert all(len(t) <= 3000 for t in sections)
    body = json.dumps(blocks, ensure_ascii=False)
    pair = sections[0]
    shown = pair.count("\n• ") + pair.startswith("• ")
    more = re.search(r"…and (\d+) more", pair)
    assert more and shown + int(more.group(1)) == 13
    assert "more groups" in body  # the groups that did not fit are counted, not dropped
    assert len(text) <= 3000


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # the logic, not the engine
def test_an_empty_day_posts_nothing_unless_the_channel_wants_all_quiet(store, mock_slack):
    clock = Clock(datetime.now(UTC) + timedelta(days=3))
    subscribe(store, "CQUIET", ["JP"], all_quiet=True)
    subscribe(store, "CSILENT", ["JP"])
    runner = make_runner(store, mock_slack, clock=clock)
    assert runner.run_digest("CSILENT").status == "skipped"
    assert runner.run_digest("CQUIET").status == "posted"
    assert posts_to(mock_slack, "CSILENT") == []
    assert "All quiet" in posts_to(mock_slack, "CQUIET")[0].params["text"]


def test_a_posted_digest_moves_the_window_so_the_next_one_has_only_news(store, mock_slack):
    add_meeting(store, [KITAMURA, SUH], summary="Talks in Seoul")
    subscribe(store, "C1", ["JP"])
    clock = Clock()
    runner = make_runner(store, mock_slack, clock=clock)
    assert runner.run_digest("C1").status == "posted"
    assert runner.run_digest("C1") is None  # today's is done
    add_meeting(store, [KITAMURA, SULLIVAN], summary="Talks in Tokyo")
    clock.advance(days=1)
    assert runner.run_digest("C1").status == "posted"
    first, second = (c.params for c in posts_to(mock_slack, "C1"))
    assert "Talks in Seoul" in json.dumps(first["blocks"])
    assert "Talks in Tokyo" in json.dumps(second["blocks"])
    assert "Talks in Seoul" not in json.dumps(second["blocks"])


def test_a_meeting_stored_just_before_a_digest_goes_into_the_next_one_not_lost(store, mock_slack):
    clock = Clock()
    runner = make_runner(store, mock_slack, clock=clock, settle_seconds=120)
    add_meeting(store, [KITAMURA, SUH], summary="Talks in Seoul")
    subscribe(store, "C1", ["JP"])
    clock.advance(hours=1)
    assert runner.run_digest("C1").status == "posted"
    # its write began a minute before this digest was built, and it may commit after it
    clock.advance(days=1)
    late = add_meeting(store, [KITAMURA, SULLIVAN], summary="Talks in Tokyo")
    with store.write() as conn:
        conn.execute(
            update(meetings)
            .where(meetings.c.id.in_(late.new_meeting_ids))
            .values(first_seen_at=clock.now - timedelta(minutes=1))
        )
    assert runner.run_digest("C1").status == "skipped"  # not in today's: too fresh
    clock.advance(days=1)
    assert runner.run_digest("C1").status == "posted"  # in tomorrow's
    posted = [json.dumps(c.params["blocks"]) for c in posts_to(mock_slack, "C1")]
    assert ["Talks in Tokyo" in p for p in posted] == [False, True]


def test_the_digest_key_is_the_local_date_it_was_due_on():
    ch = subs_sql.Channel("C1", True, "23:30", "America/New_York", False, None, None)
    # 04:10 UTC on the 24th is 23:10 on the 23rd in New York: the 22nd's digest is the last due
    now = datetime(2026, 11, 24, 4, 10, tzinfo=UTC)
    assert digest_key(ch, last_due(ch, now)) == "2026-11-22"
    now = datetime(2026, 11, 24, 4, 40, tzinfo=UTC)
    assert digest_key(ch, last_due(ch, now)) == "2026-11-23"


def test_the_digest_command_prints_each_channels_next_digest(tmp_path, monkeypatch, capsys):
    from bot.cli import main
    from bot.store import open_store

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    store = open_store(url)
    add_meeting(store, [KITAMURA, SUH], summary="Talks for the terminal")
    subscribe(store, "CTERM", ["JP"])
    store.close()
    (tmp_path / "settings.yaml").write_text("load_seeds: false\n")
    monkeypatch.setenv("BRIEFING_DATABASE_URL", url)
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "settings.yaml"))
    assert main(["digest"]) == 0
    out = capsys.readouterr().out
    assert "CTERM: 1 new meeting" in out and "Talks for the terminal" in out
    assert main(["digest", "--channel", "CNONE"]) == 1
    assert "CNONE has no subscriptions" in capsys.readouterr().err
