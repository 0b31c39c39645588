"""The Home tab over HTTP: signed events and interactions into the real Bolt app,
and what it sent to the mock Slack Web API."""

from __future__ import annotations

import json
import time

import pytest

from bot.render.home import MAX_HOME_BLOCKS
from tests.test_home import add_meeting, day, subscribe

USER = "U0HOME"
SULLIVAN_AND_SUH = (
    ("Jake Sullivan", "national security adviser", "US"),
    ("Suh Hoon", "adviser", "KR"),
)


@pytest.fixture
def services(tmp_path):
    from bot.services import build_services

    services = build_services(
        database_url=f"sqlite:///{tmp_path / 'home.sqlite3'}", load_seeds=False
    )
    yield services
    services.store.close()


def open_home(app, user: str = USER, tab: str = "home") -> tuple[int, str]:
    return app.event({"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": tab})


def view_submission(app, query: str, *, view_id: str = "V0MODAL") -> tuple[int, str]:
    from tests.slack_signing import interactive_body

    payload = {
        "type": "view_submission",
        "team": {"id": "T1", "domain": "test"},
        "user": {"id": USER, "username": "tester", "team_id": "T1"},
        "api_app_id": "A1",
        "token": "unused",
        "trigger_id": "1.2.3",
        "view": {
            "id": view_id,
            "type": "modal",
            "callback_id": "home_lookup",
            "hash": "h1",
            "private_metadata": "",
            "state": {"values": {"query": {"query": {"type": "plain_text_input", "value": query}}}},
        },
    }
    return app.post_signed(interactive_body(payload))


def view_action(app, action_id: str, value: str, *, view: dict | None = None) -> tuple[int, str]:
    """A button clicked on the Home tab (view=None) or inside a modal."""
    from tests.slack_signing import interactive_body

    container = {"type": "view", "view_id": (view or {}).get("id", "VHOME")}
    payload = {
        "type": "block_actions",
        "team": {"id": "T1", "domain": "test"},
        "user": {"id": USER, "username": "tester", "team_id": "T1"},
        "api_app_id": "A1",
        "token": "unused",
        "container": container,
        "trigger_id": "9.8.7",
        "view": view or {"id": "VHOME", "type": "home", "hash": "hh"},
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "action_ts": str(time.time()),
            }
        ],
    }
    return app.post_signed(interactive_body(payload))


def test_opening_the_home_tab_publishes_the_week_cut_and_escaped(services, slack_app_factory):
    for i in range(40):
        add_meeting(services.store, f"w{i}", day(-(i % 7)))
    add_meeting(services.store, "evil", day(0), summary="Met <@U123> then <!channel>")
    add_meeting(services.store, "plan", day(9), status="planned")
    subscribe(services.store, "C0JAPAN", countries=("JP",))
    app = slack_app_factory(services)
    app.mock.memberships[USER] = ["C0JAPAN"]

    status, _ = open_home(app)
    assert status == 200
    call = app.mock.wait_for("views.publish")[0]
    assert call.params["user_id"] == USER
    view = call.params["view"]
    assert view["type"] == "home"
    assert len(view["blocks"]) <= MAX_HOME_BLOCKS
    blob = json.dumps(view, ensure_ascii=False)
    assert "This week" in blob and "Talks w0 on trade" in blob
    assert "more meetings this week" in blob  # 41 meetings do not all fit
    assert "Talks plan on trade" in blob
    assert "<#C0JAPAN>" in blob
    assert "<@U123>" not in blob and "<!channel>" not in blob
    assert "&lt;@U123&gt;" in blob and "&lt;!channel&gt;" in blob


def test_a_channel_the_reader_is_not_in_stays_private(services, slack_app_factory):
    add_meeting(services.store, "jp", day(-1), summary="Tokyo talks on chips")
    subscribe(services.store, "C0MINE", countries=("JP",))
    subscribe(services.store, "G0SECRET", countries=("KR",))
    app = slack_app_factory(services)
    app.mock.memberships[USER] = ["C0MINE"]

    open_home(app)
    blob = json.dumps(app.mock.wait_for("views.publish")[0].params["view"], ensure_ascii=False)
    assert "<#C0MINE>" in blob and "G0SECRET" not in blob
    view_action(app, "home_digest_preview", "G0SECRET")
    shown = json.dumps(app.mock.wait_for("views.open")[0].params["view"], ensure_ascii=False)
    assert "channels you are in" in shown and "Tokyo talks" not in shown


def test_an_empty_store_publishes_the_first_run_view(services, slack_app_factory):
    app = slack_app_factory(services)
    open_home(app)
    view = app.mock.wait_for("views.publish")[0].params["view"]
    blob = json.dumps(view, ensure_ascii=False)
    assert "briefing-bot ingest" in blob and "/briefing subscribe Japan" in blob
    assert "This week" not in blob


def test_the_messages_tab_publishes_nothing(services, slack_app_factory):
    app = slack_app_factory(services)
    assert open_home(app, tab="messages")[0] == 200
    open_home(app, user="U0OTHER")
    calls = app.mock.wait_for("views.publish")
    time.sleep(0.3)  # give a wrongly handled "messages" event time to show up
    calls = app.mock.calls_to("views.publish")
    assert [c.params["user_id"] for c in calls] == ["U0OTHER"]


def test_look_up_button_opens_the_modal_with_the_trigger_id(services, slack_app_factory):
    app = slack_app_factory(services)
    status, _ = view_action(app, "home_lookup", "lookup")
    assert status == 200
    call = app.mock.wait_for("views.open")[0]
    assert call.params["trigger_id"] == "9.8.7"
    view = call.params["view"]
    assert view["type"] == "modal" and view["callback_id"] == "home_lookup"
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert inputs and inputs[0]["element"]["type"] == "plain_text_input"


def test_submitting_a_name_updates_the_modal_with_the_briefing_card(services, slack_app_factory):
    add_meeting(
        services.store,
        "s",
        day(-1),
        people=SULLIVAN_AND_SUH,
        countries=("US", "KR"),
    )
    app = slack_app_factory(services)

    status, body = view_submission(app, "  jake   sulivan ")
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "update"
    card = answer["view"]
    assert card["type"] == "modal"
    blob = json.dumps(card["blocks"], ensure_ascii=False)
    assert "Jake Sullivan" in blob and "national security adviser" in blob
    assert "Suh Hoon" in blob  # whom he met
    assert "briefing_share" not in blob  # a modal has no channel to share into
    assert card["blocks"][-1]["type"] == "input"  # look up someone else from here
    assert len(card["blocks"]) <= 100


def test_submitting_nothing_asks_for_a_name(services, slack_app_factory):
    app = slack_app_factory(services)
    status, body = view_submission(app, "   ")
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors"
    assert "query" in answer["errors"]


def test_an_ambiguous_name_offers_buttons_that_work_inside_the_modal(services, slack_app_factory):
    for key, name, country in (("a", "Kim Jong Un", "KP"), ("b", "Kim Yo-jong", "KP")):
        add_meeting(
            services.store,
            key,
            day(-2),
            people=((name, "leader", country), (f"Other {key}", "envoy", "CN")),
            countries=(country, "CN"),
        )
    app = slack_app_factory(services)

    answer = json.loads(view_submission(app, "Kim")[1])
    buttons = [
        el
        for b in answer["view"]["blocks"]
        if b["type"] == "actions"
        for el in b["elements"]
        if el["action_id"].startswith("home_pick_")
    ]
    assert len(buttons) >= 2
    chosen = next(b for b in buttons if "Yo-jong" in b["text"]["text"])

    modal = {**answer["view"], "id": "V0MODAL", "hash": "h2"}
    view_action(app, chosen["action_id"], chosen["value"], view=modal)
    call = app.mock.wait_for("views.update")[0]
    assert call.params["view_id"] == "V0MODAL"
    blob = json.dumps(call.params["view"], ensure_ascii=False)
    assert "Kim Yo-jong" in blob and "Kim Jong Un" not in blob


def test_digest_preview_opens_the_channels_next_digest(services, slack_app_factory):
    add_meeting(services.store, "jp", day(-1), summary="Tokyo talks on chips")
    add_meeting(
        services.store,
        "fr",
        day(-1),
        summary="Paris talks on wine",
        countries=("FR", "DE"),
    )
    subscribe(services.store, "C0JAPAN", countries=("JP",))
    app = slack_app_factory(services)
    app.mock.memberships[USER] = ["C0JAPAN"]

    view_action(app, "home_digest_preview", "C0JAPAN")
    view = app.mock.wait_for("views.open")[0].params["view"]
    assert view["type"] == "modal"
    blob = json.dumps(view, ensure_ascii=False)
    assert "<#C0JAPAN>" in blob
    assert "Tokyo talks on chips" in blob
    assert "Paris talks on wine" not in blob


def test_digest_preview_of_a_channel_that_follows_nothing_says_so(services, slack_app_factory):
    app = slack_app_factory(services)
    app.mock.memberships[USER] = ["C0NOTHING"]
    view_action(app, "home_digest_preview", "C0NOTHING")
    blob = json.dumps(app.mock.wait_for("views.open")[0].params["view"], ensure_ascii=False)
    assert "follows no country or person" in blob


def test_where_is_this_from_inside_the_modal_pushes_the_evidence(services, slack_app_factory):
    add_meeting(
        services.store,
        "e",
        day(-1),
        people=SULLIVAN_AND_SUH,
        countries=("US", "KR"),
        evidence="National security adviser Jake Sullivan met Suh Hoon <@U123> in Annapolis.",
    )
    app = slack_app_factory(services)
    card = json.loads(view_submission(app, "Jake Sullivan")[1])["view"]
    button = next(
        el
        for b in card["blocks"]
        if b["type"] == "actions"
        for el in b["elements"]
        if el["action_id"] == "home_evidence"
    )

    view_action(app, "home_evidence", button["value"], view={**card, "id": "V0MODAL"})
    call = app.mock.wait_for("views.push")[0]
    assert call.params["trigger_id"] == "9.8.7"
    blob = json.dumps(call.params["view"], ensure_ascii=False)
    assert "met Suh Hoon" in blob and "&lt;@U123&gt;" in blob and "<@U123>" not in blob


def test_a_channel_command_typed_in_the_modal_is_pointed_to_a_channel(services, slack_app_factory):
    app = slack_app_factory(services)
    answer = json.loads(view_submission(app, "subscribe Japan")[1])
    blob = json.dumps(answer["view"]["blocks"], ensure_ascii=False)
    assert "works in a channel" in blob and "/briefing subscribe Japan" in blob
    with services.store.read() as conn:
        from bot.store import subscriptions as subs_sql

        assert subs_sql.all_subscriptions(conn) == []
