"""Subscription commands typed in Slack, over signed HTTP requests to the real app."""

from __future__ import annotations

from bot.store import subscriptions as subs_sql
from tests.fixtures_slack import response_text
from tests.test_digest_support import KITAMURA, SUH, add_meeting, subscribe


def _say(app, text: str, **kw) -> str:
    status, _, name = app.command(text, **kw)
    assert status == 200
    return response_text(app.wait_response(name))


def _subs(app, channel: str = "C1") -> list[tuple[str, str]]:
    with app.services.store.read() as conn:
        return [(s.kind, s.target) for s in subs_sql.for_channel(conn, channel)]


def test_subscribe_understands_misspellings_and_short_forms_and_confirms_with_the_flag(slack_app):
    answer = _say(slack_app, "subscribe Japn")
    assert "Japan" in answer and "🇯🇵" in answer and "Subscribed" in answer
    answer = _say(slack_app, "subscribe ROK")
    assert "South Korea" in answer and "🇰🇷" in answer
    assert "already follows" in _say(slack_app, "subscribe japan")
    assert _subs(slack_app) == [("country", "JP"), ("country", "KR")]
    listed = _say(slack_app, "subscriptions")
    assert "Japan" in listed and "South Korea" in listed and "08:00 UTC" in listed
    assert "Unsubscribed" in _say(slack_app, "unsubscribe Japan")
    assert _subs(slack_app) == [("country", "KR")]
    assert "I don't know a country" in _say(slack_app, "subscribe Qwxyzland")
    assert _subs(slack_app) == [("country", "KR")]


def test_users_not_allowed_get_a_polite_refusal_and_nothing_changes(slack_app):
    services = slack_app.services
    services.settings = services.settings.with_overrides(
        {"subscriptions": {"allowed_users": ["UBOSS"]}}
    )
    answer = _say(slack_app, "subscribe Japan", user_id="U2")
    assert "Sorry" in answer and "only" in answer
    assert _subs(slack_app) == []
    assert "Subscribed" in _say(slack_app, "subscribe Japan", user_id="UBOSS")
    assert "Sorry" in _say(slack_app, "schedule 09:00", user_id="U2")
    assert "Japan" in _say(slack_app, "subscriptions", user_id="U2")  # reading is for everyone


def test_a_channel_the_bot_is_not_in_is_told_how_to_invite_it(slack_app):
    slack_app.mock.channels["CNOPE"] = {"id": "CNOPE", "is_member": False, "is_archived": False}
    answer = _say(slack_app, "subscribe Japan", channel_id="CNOPE")
    assert "/invite @briefing" in answer
    assert _subs(slack_app, "CNOPE") == []
    asked = slack_app.mock.calls_to("conversations.info")
    assert asked and asked[-1].params["channel"] == "CNOPE"


def test_schedule_validates_time_and_zone_and_persists(slack_app):
    assert "not a time" in _say(slack_app, "schedule 8h30")
    assert "hours run 00–23" in _say(slack_app, "schedule 25:00")
    answer = _say(slack_app, "schedule 08:30 Europe/Helsnki")
    assert "not a time zone" in answer and "Europe/Helsinki" in answer
    answer = _say(slack_app, "schedule 7:05 europe/helsinki")
    assert "07:05 Europe/Helsinki" in answer
    with slack_app.services.store.read() as conn:
        ch = subs_sql.get_channel(conn, "C1")
    assert (ch.digest_time, ch.timezone, ch.digest_enabled) == ("07:05", "Europe/Helsinki", True)
    assert "off" in _say(slack_app, "schedule off")
    with slack_app.services.store.read() as conn:
        assert subs_sql.get_channel(conn, "C1").digest_enabled is False
    assert "all quiet" in _say(slack_app, "schedule quiet on")


def test_follow_a_person_and_an_ambiguous_name_answers_with_candidates(slack_app):
    store = slack_app.services.store
    add_meeting(store, [("Park Jin", "KR", "foreign minister"), KITAMURA])
    add_meeting(store, [("Park Geun", "KR", "ambassador"), SUH])
    status, _, name = slack_app.command("follow Park")
    assert status == 200
    choices = slack_app.wait_response(name)
    answer = response_text(choices)
    assert "Park Jin" in answer and "Park Geun" in answer and "Which one" in answer
    assert _subs(slack_app) == []
    buttons = [el for b in choices["blocks"] if b["type"] == "actions" for el in b["elements"]]
    [geun] = [b for b in buttons if "Park Geun" in b["text"]["text"]]
    assert {b["action_id"] for b in buttons} == {"briefing_follow_0", "briefing_follow_1"}

    status, _, clicked = slack_app.action(geun["action_id"], geun["value"])
    assert status == 200
    done = slack_app.wait_response(clicked)
    assert done["replace_original"] is True
    assert "Following" in response_text(done) and "Park Geun" in response_text(done)
    geun_id = next(p.id for p in store.name_index() if p.name == "Park Geun")
    assert _subs(slack_app) == [("person", str(geun_id))]
    assert "Stopped following" in _say(slack_app, "unfollow Park Geun")

    answer = _say(slack_app, "follow Park Jin")
    assert "Following" in answer and "Park Jin" in answer
    pid = next(p.id for p in store.name_index() if p.name == "Park Jin")
    assert _subs(slack_app) == [("person", str(pid))]
    assert "Park Jin" in _say(slack_app, "subscriptions")
    assert "Stopped following" in _say(slack_app, "unfollow Park Jin")
    assert _subs(slack_app) == []


def test_digest_shows_the_next_digest_only_to_the_asker(slack_app):
    store = slack_app.services.store
    assert "follows nothing" in _say(slack_app, "digest")
    _say(slack_app, "subscribe Japan")
    add_meeting(store, [KITAMURA, SUH], summary="Preview talks in Seoul")
    status, _, name = slack_app.command("digest")
    body = slack_app.wait_response(name)
    assert body.get("response_type", "ephemeral") == "ephemeral"
    assert "Preview talks in Seoul" in response_text(body)
    assert slack_app.mock.calls_to("chat.postMessage") == []  # a preview posts nothing


def test_a_long_digest_preview_stays_within_slack_limits_and_says_what_it_cut(slack_app):
    store = slack_app.services.store
    codes = [
        "FR",
        "DE",
        "IT",
        "ES",
        "PL",
        "SE",
        "NO",
        "FI",
        "DK",
        "NL",
        "BE",
        "AT",
        "PT",
        "GR",
        "IE",
        "CZ",
        "SK",
        "HU",
        "RO",
        "BG",
        "HR",
        "SI",
        "EE",
        "LV",
        "LT",
    ]
    subscribe(store, "C1", codes)
    for i, code in enumerate(codes):  # one group a country: more groups than 50 blocks hold
        guest = (f"Guest{i} Envoy", code, "foreign minister")
        add_meeting(store, [KITAMURA, guest], summary=f"Talks {code}")
    status, _, name = slack_app.command("digest")
    body = slack_app.wait_response(name)
    blocks = body["blocks"]
    assert len(blocks) <= 50
    assert blocks[-1]["elements"][0]["text"] == "Only you can see this preview."
    shown = response_text(body)
    assert "more groups" in shown  # what did not fit is counted, not silently dropped


def test_help_lists_the_subscription_commands(slack_app):
    answer = _say(slack_app, "help")
    for usage in ("subscribe <country>", "follow <person>", "schedule HH:MM", "digest"):
        assert usage in answer


def test_a_paused_channel_resumes_once_the_bot_can_post_there_again(slack_app):
    from datetime import UTC, datetime

    _say(slack_app, "subscribe Japan")
    with slack_app.services.store.write() as conn:
        subs_sql.set_paused(conn, "C1", "not_in_channel", datetime.now(UTC))
    slack_app.mock.channels["C1"] = {"id": "C1", "is_member": False, "is_archived": False}
    answer = _say(slack_app, "subscriptions")
    assert "paused (not_in_channel)" in answer
    slack_app.mock.channels["C1"] = {"id": "C1", "is_member": True, "is_archived": False}
    answer = _say(slack_app, "subscriptions")
    assert "resume" in answer and "08:00 UTC" in answer
    with slack_app.services.store.read() as conn:
        assert subs_sql.get_channel(conn, "C1").paused_reason is None
