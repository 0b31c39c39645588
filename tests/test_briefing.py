"""`/briefing` end to end: the real Bolt app over HTTP, signed requests, the mock Slack API."""

from __future__ import annotations

import json
import re
import time

import pytest

from bot.models import ParsedArticle, ParsedMeeting, ParsedPerson
from bot.render.cards import ACTION_EVIDENCE, ACTION_PICK, ACTION_SHARE
from tests.fixtures_slack import response_text


def mrkdwn_and_fallback(body):
    """Everything Slack would parse for mentions: mrkdwn texts and the top-level text."""
    out = [body.get("text", "")]

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                out.append(node["text"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(body.get("blocks") or [])
    return "\n".join(out)


def ask(app, text, **kw):
    status, reply, name = app.command(text, **kw)
    assert status == 200, reply
    return app.wait_response(name)


def buttons(body):
    return [e for b in body.get("blocks") or [] if b["type"] == "actions" for e in b["elements"]]


def test_command_is_acked_at_once_and_answered_privately_on_the_response_url(slack_app):
    started = time.monotonic()
    status, reply, name = slack_app.command("Sullivan")
    assert status == 200 and time.monotonic() - started < 3
    body = slack_app.wait_response(name)
    assert body["response_type"] == "ephemeral"
    assert body["text"].strip()  # the top-level fallback
    text = response_text(body)
    assert "Jake Sullivan" in text
    assert "Meetings" in text and "Annapolis" in text
    assert "🇺🇸" in text
    assert {b["action_id"] for b in buttons(body)} >= {ACTION_SHARE, ACTION_EVIDENCE}
    # answering used the response_url only, not the Web API
    assert [c.method for c in slack_app.mock.calls] == ["response"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Sulivan", "Jake Sullivan"),
        ("jake sullivn", "Jake Sullivan"),
        ("JAKE   SULLIVAN", "Jake Sullivan"),
        ("Kitamura Shigeru", "Kitamura"),
        ("Kazuo Masuda", "Masuda"),
        ("kim man gi", "Man-gi"),
        ("Antony Blinkin", "Antony Blinken"),
        ("Biegun", "Stephen Biegun"),
    ],
)
def test_people_in_any_form_and_with_typos(slack_app, query, name):
    body = ask(slack_app, query)
    header = next(b for b in body["blocks"] if b["type"] == "header")["text"]["text"]
    assert name in header, response_text(body)


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("Japan", "Japan"),
        ("japn", "Japan"),
        ("ROK", "Korea"),
        ("S. Korea", "Korea"),
        ("South Korean", "Korea"),
        ("U.S.", "United States"),
    ],
)
def test_a_country_shows_its_meetings_people_and_plans(slack_app, query, country):
    body = ask(slack_app, query)
    text = response_text(body)
    assert country in text.splitlines()[0]
    assert "Recent meetings" in text and "People seen lately" in text and "Planned" in text


def test_a_country_card_lists_meetings_from_the_articles(slack_app):
    text = response_text(ask(slack_app, "Japan"))
    assert "Annapolis" in text or "Tokyo" in text


def test_a_place_shows_the_meetings_held_there(slack_app):
    text = response_text(ask(slack_app, "Annapolis"))
    assert "Meetings held here" in text
    assert "Sullivan" in text or "Kitamura" in text


def test_several_kims_get_buttons_and_a_click_shows_that_card(slack_app):
    body = ask(slack_app, "Kim")
    picks = [b for b in buttons(body) if b["action_id"].startswith(ACTION_PICK)]
    assert len(picks) >= 2, response_text(body)
    assert all("Kim" in b["text"]["text"] for b in picks)
    chosen = picks[0]
    status, _, name = slack_app.action(chosen["action_id"], chosen["value"])
    assert status == 200
    card = slack_app.wait_response(name)
    assert card.get("replace_original") is True
    header = next(b for b in card["blocks"] if b["type"] == "header")["text"]["text"]
    assert header in chosen["text"]["text"]


def test_no_match_is_polite_with_suggestions(slack_app):
    body = ask(slack_app, "Zzyzx Qwvbnm")
    text = response_text(body)
    assert "I found nobody" in text
    assert "Traceback" not in text and "error" not in text.lower()
    near = response_text(ask(slack_app, "Sullavon Jaek"))
    assert "Sullivan" in near


@pytest.mark.parametrize("text", ["", "help", "  HELP  "])
def test_help_lists_every_subcommand(slack_app, text):
    from bot.commands import subcommands

    body = ask(slack_app, text)
    out = response_text(body)
    assert "How to use /briefing" in out
    for cmd in subcommands():
        assert cmd.usage.split()[0] in out


def test_mentions_in_a_query_ping_nobody(slack_app):
    body = ask(slack_app, "<!channel> <@U0BOSS> & friends")
    parsed = mrkdwn_and_fallback(body)
    assert "<!channel>" not in parsed and "<@U0BOSS>" not in parsed
    assert "&lt;!channel&gt;" in parsed


def test_a_ten_thousand_character_query_is_answered(slack_app):
    body = ask(slack_app, "Sullivan " + "x" * 10_000)
    assert body["text"].strip()
    assert len(json.dumps(body)) < 40_000


def test_share_posts_the_card_for_everyone_with_who_shared(slack_app):
    body = ask(slack_app, "Sullivan")
    share = next(b for b in buttons(body) if b["action_id"] == ACTION_SHARE)
    status, _, name = slack_app.action(ACTION_SHARE, share["value"], user_id="U9SHARER")
    assert status == 200
    shared = slack_app.wait_response(name)
    assert shared["response_type"] == "in_channel"
    assert shared.get("replace_original") is False
    text = response_text(shared)
    assert "Jake Sullivan" in text
    assert "Shared by <@U9SHARER>" in mrkdwn_and_fallback(shared)
    assert not [b for b in buttons(shared) if b["action_id"] == ACTION_SHARE]


def test_evidence_button_shows_where_the_role_was_read(slack_app):
    body = ask(slack_app, "Sullivan")
    ev = next(b for b in buttons(body) if b["action_id"] == ACTION_EVIDENCE)
    _, _, name = slack_app.action(ACTION_EVIDENCE, ev["value"])
    text = response_text(slack_app.wait_response(name))
    assert "comes from" in text and "Sullivan" in text


@pytest.mark.parametrize("forgery", ["bad-secret", "stale"])
def test_forged_or_stale_requests_get_401_and_cause_nothing(slack_app, forgery):
    sign = (
        {"secret": "not-the-secret"}
        if forgery == "bad-secret"
        else {"timestamp": int(time.time()) - 60 * 10}
    )
    status, _, name = slack_app.command("Sullivan", **sign)
    assert status == 401
    status, _, act = slack_app.action(ACTION_SHARE, "person:1", **sign)
    assert status == 401
    time.sleep(0.3)
    assert slack_app.mock.calls == []


# --- a store with many meetings ------------------------------------------------


def _busy_store_services(tmp_path, n=120):
    from bot.services import build_services

    services = build_services(
        database_url=f"sqlite:///{tmp_path / 'busy.sqlite3'}", load_seeds=False
    )
    for i in range(n):
        other = f"Visitor Number{i:03d}"
        people = (
            ParsedPerson(
                "Ada Busybody",
                ("Ada Busybody",),
                "foreign minister",
                None,
                "FR",
                ("Foreign minister Ada Busybody met many.",),
            ),
            ParsedPerson(other, (other,), "envoy " + "x" * 200, None, "DE"),
        )
        meeting = ParsedMeeting(
            True,
            f"Busybody met {other} <!channel> " + "long " * 100,
            (people[0].name, other),
            ("FR", "DE"),
            date=f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-01",
            location=f"City{i}",
            mode="in_person",
        )
        art = ParsedArticle(
            f"Talks {i} " + "t" * 300,
            f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-02",
            "Wire",
            None,
            ("FR", "DE"),
            people,
            (meeting,),
        )
        services.store.add_article(f"article {i} text", art, source=f"busy{i}.txt")
    return services


def test_a_card_with_many_long_meetings_stays_within_block_kit_limits(tmp_path, slack_app_factory):
    harness = slack_app_factory(_busy_store_services(tmp_path))
    body = ask(harness, "Busybody")
    assert len(body["blocks"]) <= 50
    for b in body["blocks"]:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
        if b["type"] == "header":
            assert len(b["text"]["text"]) <= 150
        if b["type"] == "context":
            assert len(b["elements"]) <= 10
    text = response_text(body)
    assert "more" in text.split("Meetings")[1]
    assert "<!channel>" not in mrkdwn_and_fallback(body)
    country = ask(harness, "France")
    assert "more" in response_text(country)
    # the card reads only the meetings it shows, and says exactly how many more there are
    [recent] = [
        b["text"]["text"]
        for b in country["blocks"]
        if b["type"] == "section" and b["text"]["text"].startswith("*Recent meetings*")
    ]
    shown = recent.count("\n• ") + recent.startswith("• ")
    more = re.search(r"and (\d+) more", recent)
    assert shown >= 1 and more is not None
    assert shown + int(more.group(1)) == 120


def test_a_count_that_stops_at_its_cap_says_or_more(tmp_path, slack_app_factory, monkeypatch):
    from bot.answers import lookup

    monkeypatch.setattr(lookup, "COUNT_CAP", 50)
    harness = slack_app_factory(_busy_store_services(tmp_path, n=60))
    [recent] = [
        b["text"]["text"]
        for b in ask(harness, "France")["blocks"]
        if b["type"] == "section" and b["text"]["text"].startswith("*Recent meetings*")
    ]
    shown = recent.count("\n• ") + recent.startswith("• ")
    more = re.search(r"and (\d+) or more", recent)
    assert more is not None and shown + int(more.group(1)) == 50


def test_an_answer_refused_with_429_or_500_is_posted_again(tmp_path, slack_app_factory):
    from tests.mock_slack import Scripted

    harness = slack_app_factory(_busy_store_services(tmp_path, n=2))
    harness.mock.script(
        "response",
        Scripted(429, {"ok": False}, {"Retry-After": "0"}),
        Scripted(503, {"ok": False}),
    )
    _, _, name = harness.command("Busybody")
    body = harness.wait_response(name, count=3)
    assert "Ada Busybody" in response_text(body)


def test_new_articles_are_found_without_a_restart(tmp_path, slack_app_factory):
    services = _busy_store_services(tmp_path, n=1)
    harness = slack_app_factory(services)
    assert "I found nobody" in response_text(ask(harness, "Newcomer"))
    person = ParsedPerson("Zed Newcomer", ("Zed Newcomer",), "envoy", None, "NO")
    art = ParsedArticle("Envoy arrives", "2024-02-02", "Wire", None, ("NO",), (person,), ())
    services.store.add_article("a new article", art, source="new.txt")
    assert "Zed Newcomer" in response_text(ask(harness, "Newcomer"))
