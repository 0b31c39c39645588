"""The Home tab's content and view, over a real store (no Slack here; see test_home_slack)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.home import build_home
from bot.models import ParsedArticle, ParsedMeeting, ParsedPerson
from bot.render.home import MAX_HOME_BLOCKS, home_view
from bot.store import feeds as feeds_sql
from bot.store import subscriptions as subs_sql

TODAY = datetime.now(UTC).date()
NOW = datetime.now(UTC)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def add_meeting(
    store,
    key: str,
    when: str | None,
    *,
    primary: bool = True,
    status: str = "held",
    summary: str | None = None,
    title: str | None = None,
    place: str = "Tokyo",
    countries: tuple[str, ...] = ("US", "JP"),
    people: tuple[tuple[str, str, str], ...] | None = None,
    evidence: str | None = None,
) -> None:
    """One article reporting one meeting between two people of two sides."""
    people = people or (
        (f"Alice {key}son", "foreign minister", countries[0]),
        (f"Bora {key}ova", "national security adviser", countries[-1]),
    )
    persons = tuple(
        ParsedPerson(
            name, (name, name.split()[-1]), role, None, country, (evidence,) if evidence else ()
        )
        for name, role, country in people
    )
    meeting = ParsedMeeting(
        primary=primary,
        summary=summary or f"Talks {key} on trade",
        participants=tuple(p.name for p in persons),
        countries=countries,
        date=when,
        location=place,
        mode="in_person",
        status=status,
    )
    parsed = ParsedArticle(
        title=title or f"Article {key}",
        published=when if when and len(when) == 10 else None,
        outlet="Example Wire",
        dateline=None,
        countries=countries,
        people=persons,
        meetings=(meeting,),
        url=f"https://news.example/{key}",
    )
    result = store.add_article(f"article text {key}", parsed, source=f"{key}.txt")
    assert result.status == "new", result


def subscribe(store, channel: str, *, countries=(), people=(), time="08:00", tz="UTC") -> None:
    defaults = subs_sql.ChannelDefaults(time, tz, True, False)
    with store.write() as conn:
        subs_sql.ensure_channel(conn, channel, defaults, NOW)
        for code in countries:
            subs_sql.add(conn, channel, "country", code, "U1", NOW)
        for pid in people:
            subs_sql.add(conn, channel, "person", str(pid), "U1", NOW)


@pytest.fixture
def home_store(store):
    """The shared `store` fixture: each test runs on SQLite and on PostgreSQL."""
    return store


def all_text(view: dict) -> str:
    return json.dumps(view, ensure_ascii=False)


def section_texts(view: dict) -> list[str]:
    return [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]


def test_week_shows_news_first_then_newest_date_and_leaves_out_older_and_planned(home_store):
    add_meeting(home_store, "old", day(-9))
    add_meeting(home_store, "bgnew", day(0), primary=False)
    add_meeting(home_store, "newsmid", day(-3))
    add_meeting(home_store, "newsnew", day(-1))
    add_meeting(home_store, "month", TODAY.strftime("%Y-%m"))
    add_meeting(home_store, "plan", day(4), status="planned")

    content = build_home(home_store, today=TODAY)

    shown = [m.summary for m in content.meetings.items]
    # news first, newest date first; a meeting known only by its month is not placed in a week
    assert shown == ["Talks newsnew on trade", "Talks newsmid on trade", "Talks bgnew on trade"]
    assert "Talks old on trade" not in shown
    assert [m.summary for m in content.planned.items] == ["Talks plan on trade"]
    assert content.health.articles == 6
    assert content.health.latest_ingest_at is not None
    assert not content.first_run


def test_meeting_shows_date_place_sides_roles_and_source(home_store):
    add_meeting(home_store, "k", day(-1), place="Annapolis")
    view = home_view(build_home(home_store, today=TODAY))
    text = next(t for t in section_texts(view) if "Talks k" in t)
    assert day(-1) in text
    assert "Annapolis" in text
    assert "🇯🇵" in text and "🇺🇸" in text
    assert "Alice kson" in text and "foreign minister" in text
    assert "national security adviser" in text
    assert "<https://news.example/k|Article k>" in text and "Example Wire" in text


def test_big_store_is_cut_to_the_home_tab_limit_with_honest_counts(home_store):
    for i in range(45):
        add_meeting(home_store, f"w{i}", day(-(i % 7)))
    for i in range(14):
        add_meeting(home_store, f"p{i}", day(3 + i), status="planned")
    for i in range(30):
        subscribe(home_store, f"C{i:04d}", countries=("JP",))

    content = build_home(home_store, today=TODAY)
    view = home_view(content)

    assert len(view["blocks"]) <= MAX_HOME_BLOCKS
    meetings_shown = sum("Talks w" in t for t in section_texts(view))
    assert meetings_shown == len(content.meetings.items) and meetings_shown < 45
    blob = all_text(view)
    assert f"and {45 - meetings_shown} more meetings this week" in blob
    assert f"and {30 - len(content.follows.items)} more channels" in blob
    assert "and 4 more" in blob  # planned: 10 of 14 listed


def test_article_text_that_looks_like_a_mention_is_escaped(home_store):
    add_meeting(
        home_store,
        "evil",
        day(0),
        summary="Envoys met <@U123> and <!channel> & more",
        title="Breaking <!here> <@U999|boss>",
        place="<#C42>",
    )
    blob = all_text(home_view(build_home(home_store, today=TODAY)))
    for raw in ("<@U123>", "<!channel>", "<!here>", "<@U999", "<#C42>"):
        assert raw not in blob
    assert "&lt;@U123&gt;" in blob and "&lt;!channel&gt; &amp; more" in blob
    assert "&lt;!here&gt;" in blob


def test_empty_store_gets_the_first_run_view(home_store):
    content = build_home(home_store, today=TODAY)
    assert content.first_run
    view = home_view(content)
    blob = all_text(view)
    assert "briefing-bot ingest" in blob
    assert "/briefing add" in blob
    assert "/briefing subscribe Japan" in blob
    assert "This week" not in blob
    assert len(view["blocks"]) <= MAX_HOME_BLOCKS


def test_channels_show_their_follows_schedule_and_a_preview_button(home_store):
    add_meeting(
        home_store,
        "s",
        day(-1),
        people=(
            ("Jake Sullivan", "national security adviser", "US"),
            ("Suh Hoon", "adviser", "KR"),
        ),
        countries=("US", "KR"),
    )
    sullivan = next(p for p in home_store.name_index() if p.name == "Jake Sullivan")
    subscribe(home_store, "C0JAPAN", countries=("JP", "KR"), time="07:30", tz="Asia/Tokyo")
    subscribe(home_store, "C0PEOPLE", people=(sullivan.id,))
    with home_store.write() as conn:
        subs_sql.set_schedule(conn, "C0PEOPLE", enabled=False, now=NOW)

    view = home_view(build_home(home_store, today=TODAY))
    blocks = [
        b
        for b in view["blocks"]
        if b.get("accessory", {}).get("action_id") == "home_digest_preview"
    ]
    by_channel = {b["accessory"]["value"]: b["text"]["text"] for b in blocks}
    assert list(by_channel) == ["C0JAPAN", "C0PEOPLE"]  # most subscriptions first
    assert "<#C0JAPAN>" in by_channel["C0JAPAN"]
    assert "07:30 Asia/Tokyo" in by_channel["C0JAPAN"]
    assert "🇯🇵" in by_channel["C0JAPAN"] and "🇰🇷" in by_channel["C0JAPAN"]
    assert "Jake Sullivan" in by_channel["C0PEOPLE"]
    assert "digest off" in by_channel["C0PEOPLE"]


def test_a_channel_following_many_countries_lists_a_dozen_and_counts_the_rest(home_store):
    add_meeting(home_store, "m", day(-1))
    codes = ("AU", "BR", "CA", "CN", "DE", "EG", "FR", "GB", "IN", "IT", "JP", "KR", "MX", "NG")
    subscribe(home_store, "C0MANY", countries=codes)
    view = home_view(build_home(home_store, today=TODAY))
    text = next(t for t in section_texts(view) if "<#C0MANY>" in t)
    assert "…and 2 more" in text
    assert "🇦🇺" in text and "🇳🇬" not in text


def test_health_lists_article_count_newest_ingest_and_failing_feeds(home_store):
    add_meeting(home_store, "h", day(-2))
    with home_store.write() as conn:
        feeds_sql.sync_feeds(
            conn,
            [
                feeds_sql.FeedSpec("https://ok.example/rss", "Fine Feed"),
                feeds_sql.FeedSpec("https://bad.example/rss", "Broken Feed"),
            ],
        )
        bad = next(f for f in feeds_sql.list_feeds(conn) if f.name == "Broken Feed")
        feeds_sql.record_poll(conn, bad.id, at=NOW, ok=False, error="HTTP 500 <from server>")

    content = build_home(home_store, today=TODAY)
    health = next(t for t in section_texts(home_view(content)) if "stored" in t)
    assert "*1* article stored" in health
    stamp = int(content.health.latest_ingest_at.timestamp())
    assert re.search(rf"<!date\^{stamp}\^", health)
    assert "1 of 2 feeds with errors" in health
    assert "Broken Feed" in health and "HTTP 500 &lt;from server&gt;" in health
    assert "Fine Feed" not in health


def test_a_part_that_cannot_be_read_is_reported_and_the_rest_still_shows(home_store, caplog):
    add_meeting(home_store, "x", day(-1))

    class NoPlans:
        """The real store, except planned meetings fail as a broken query would."""

        def __getattr__(self, name):
            return getattr(home_store, name)

        def planned_meetings(self, **kwargs):
            raise RuntimeError("planned query broke")

    content = build_home(NoPlans(), today=TODAY)
    blob = all_text(home_view(content))
    assert content.planned is None
    assert "Talks x on trade" in blob
    assert "planned meetings could not be read" in blob
    assert "planned query broke" in caplog.text


def test_week_window_is_seven_days_including_today(home_store):
    add_meeting(home_store, "edge", day(-6))
    add_meeting(home_store, "out", day(-7))
    content = build_home(home_store, today=TODAY)
    assert [m.summary for m in content.meetings.items] == ["Talks edge on trade"]
    assert content.week_from == TODAY - timedelta(days=6)
    assert isinstance(content.today, date)


def test_a_week_without_meetings_shows_the_most_recent_news_instead(home_store):
    add_meeting(home_store, "older", day(-40))
    add_meeting(home_store, "old", day(-20))
    add_meeting(home_store, "background", day(-10), primary=False)
    content = build_home(home_store, today=TODAY)
    assert content.meetings.total == 0
    assert [m.summary for m in content.latest] == ["Talks old on trade", "Talks older on trade"]
    texts = section_texts(home_view(content))
    assert any("No meetings dated this week. The most recent news" in t for t in texts)
    assert texts.index(next(t for t in texts if "Talks old on" in t)) < texts.index(
        next(t for t in texts if "Talks older on" in t)
    )
