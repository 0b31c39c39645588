"""The app's wiring: Web API base URL, retries, health check, start-up errors, secrets in logs."""

from __future__ import annotations

import logging
import urllib.request

import pytest

from bot.app import api_base_url, create_app, make_web_client
from bot.cli import main
from tests.fixtures_slack import BOT_TOKEN
from tests.mock_slack import Scripted
from tests.slack_signing import SIGNING_SECRET


@pytest.mark.parametrize("suffix", ["", "/", "//"])
def test_api_url_gets_exactly_one_trailing_slash(suffix):
    assert api_base_url("http://127.0.0.1:9/api" + suffix) == "http://127.0.0.1:9/api/"


@pytest.fixture
def empty_services(tmp_path):
    from bot.services import build_services

    services = build_services(database_url=f"sqlite:///{tmp_path / 'e.sqlite3'}", load_seeds=False)
    yield services
    services.store.close()


def test_api_url_without_slash_still_reaches_the_api_path(mock_slack, monkeypatch, empty_services):
    monkeypatch.setenv("SLACK_API_URL", mock_slack.url.rstrip("/"))
    create_app(empty_services, token=BOT_TOKEN, signing_secret=SIGNING_SECRET)
    # Bolt checks the token with auth.test at start-up: it must land on /api/auth.test
    (call,) = mock_slack.wait_for("auth.test")
    assert call.path == "/api/auth.test"


def test_web_client_retries_rate_limits_and_server_errors(mock_slack):
    client = make_web_client(BOT_TOKEN, mock_slack.url)
    mock_slack.script(
        "chat.postMessage",
        Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"}),
        Scripted(503, {"ok": False}),
    )
    resp = client.chat_postMessage(channel="C1", text="hi")
    assert resp["ok"]
    assert len(mock_slack.calls_to("chat.postMessage")) == 3


def test_healthz(slack_app_factory, empty_services):
    harness = slack_app_factory(empty_services)
    with urllib.request.urlopen(f"{harness.url}/healthz", timeout=5) as resp:
        assert resp.status == 200 and resp.read().strip() == b"ok"


@pytest.mark.parametrize(
    ("command", "env", "missing"),
    [
        (["serve", "--port", "0"], {}, "SLACK_BOT_TOKEN"),
        (["serve", "--port", "0"], {"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_SIGNING_SECRET"),
        (["run"], {"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_APP_TOKEN"),
        (["run"], {"SLACK_APP_TOKEN": "xapp-1-test-not-real"}, "SLACK_BOT_TOKEN"),
    ],
)
def test_a_missing_variable_stops_start_up_naming_it(monkeypatch, capsys, command, env, missing):
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert main(command) == 2
    err = capsys.readouterr().err
    assert missing in err and "is not set" in err
    assert "Traceback" not in err
    assert BOT_TOKEN not in err


def _no_seeds_config(tmp_path):
    cfg = tmp_path / "settings.yaml"
    cfg.write_text("load_seeds: false\n")
    return str(cfg)


def test_the_token_never_reaches_logs(
    slack_app_factory, empty_services, caplog, capsys, monkeypatch, tmp_path, mock_slack
):
    slack_app = slack_app_factory(empty_services)
    caplog.set_level(logging.DEBUG)
    # a request, answered through the Web API client and the response_url
    _, _, name = slack_app.command("Sullivan")
    slack_app.wait_response(name)
    slack_app.app.client.chat_postMessage(channel="C1", text="logged call")
    # a start-up that Slack refuses
    mock_slack.script("auth.test", Scripted(200, {"ok": False, "error": "invalid_auth"}))
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("SLACK_API_URL", mock_slack.url)
    monkeypatch.setenv("BRIEFING_DATABASE_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    monkeypatch.setenv("BRIEFING_CONFIG", _no_seeds_config(tmp_path))
    assert main(["serve", "--port", "0"]) == 2
    out = capsys.readouterr()
    assert "invalid_auth" in out.err
    everything = caplog.text + out.out + out.err
    assert "chat.postMessage" in caplog.text  # the client did log at DEBUG
    assert BOT_TOKEN not in everything
    assert SIGNING_SECRET not in everything


def test_the_manifest_matches_what_the_app_listens_for():
    import yaml

    from bot import PROJECT_ROOT
    from handlers.briefing import COMMAND

    manifest = yaml.safe_load((PROJECT_ROOT / "manifest.yaml").read_text())
    (cmd,) = manifest["features"]["slash_commands"]
    assert cmd["command"] == COMMAND and cmd["usage_hint"]
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert "app_home_opened" in manifest["settings"]["event_subscriptions"]["bot_events"]
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "commands",
        "chat:write",
        "channels:read",
        "groups:read",
    }


def test_socket_mode_refused_is_a_message_without_tokens(monkeypatch, capsys, tmp_path, mock_slack):
    mock_slack.script(
        "apps.connections.open", Scripted(200, {"ok": False, "error": "invalid_auth"})
    )
    app_token = "xapp-1-test-app-token-do-not-log"
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", app_token)
    monkeypatch.setenv("SLACK_API_URL", mock_slack.url)
    monkeypatch.setenv("BRIEFING_DATABASE_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    monkeypatch.setenv("BRIEFING_CONFIG", _no_seeds_config(tmp_path))
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "Socket Mode" in err and "invalid_auth" in err
    assert "Traceback" not in err
    assert app_token not in err and BOT_TOKEN not in err
    # the app token went to apps.connections.open, and only there
    (call,) = mock_slack.calls_to("apps.connections.open")
    assert call.headers.get("Authorization") == f"Bearer {app_token}"
