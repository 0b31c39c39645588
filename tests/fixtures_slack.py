"""Slack fixtures: the mock Web API server and the real Bolt app served over HTTP.

`mock_slack`  a started `tests.mock_slack.MockSlack` (stopped after the test);
              `mock_slack.url` is the Web API base URL, `mock_slack.response_url(name)`
              a response_url it records under method "response".
`slack_app`   the real app: `bot.app.create_app` over a fresh SQLite store holding
              the seed articles, served by `bot.app.make_http_server` on
              127.0.0.1:0 in a thread, with SLACK_API_URL pointing at the mock.
              It yields a `SlackHarness` (below) with signed-request helpers.
`slack_app_factory`  the same over a store you filled yourself:
              `slack_app_factory(services)` returns a started `SlackHarness`.

The seeded store is built once per session and copied per test, so each test
starts from the same fresh data without parsing the seeds again.
"""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.mock_slack import Call, MockSlack
from tests.slack_signing import (
    SIGNING_SECRET,
    event_body,
    interactive_body,
    post,
    signed_headers,
    slash_command_body,
)

#: Looks like a bot token, so a test can grep logs for it; it is not a real one.
BOT_TOKEN = "xoxb-0000000000-test-token-do-not-log"

_names = itertools.count(1)


@dataclass
class SlackHarness:
    """The running app and helpers to talk to it as Slack would."""

    url: str  # http://127.0.0.1:PORT, no trailing slash
    mock: MockSlack
    services: Any
    app: Any
    server: Any
    signing_secret: str = SIGNING_SECRET
    token: str = BOT_TOKEN
    _stop: list[Callable[[], None]] = field(default_factory=list)

    @property
    def events_url(self) -> str:
        return f"{self.url}/slack/events"

    # --- signed requests -------------------------------------------------
    def post_signed(
        self,
        body: str,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> tuple[int, str]:
        headers = signed_headers(
            body,
            secret=secret or self.signing_secret,
            timestamp=timestamp,
            content_type=content_type,
        )
        return post(self.events_url, body, headers)

    def command(
        self,
        text: str,
        *,
        user_id: str = "U1",
        channel_id: str = "C1",
        response: str | None = None,
        **sign: Any,
    ) -> tuple[int, str, str]:
        """POST `/briefing text`; returns (status, body, response name for `wait_response`)."""
        name = response or f"cmd{next(_names)}"
        body = slash_command_body(
            text, response_url=self.mock.response_url(name), user_id=user_id, channel_id=channel_id
        )
        status, reply = self.post_signed(body, **sign)
        return status, reply, name

    def action(
        self,
        action_id: str,
        value: str,
        *,
        user_id: str = "U1",
        channel_id: str = "C1",
        response: str | None = None,
        block_id: str = "b1",
        **sign: Any,
    ) -> tuple[int, str, str]:
        """POST a block_actions payload (a button click) as from an ephemeral message."""
        name = response or f"act{next(_names)}"
        payload = {
            "type": "block_actions",
            "user": {"id": user_id, "username": "tester", "team_id": "T1"},
            "api_app_id": "A1",
            "token": "unused",
            "container": {"type": "message", "is_ephemeral": True, "channel_id": channel_id},
            "trigger_id": "1.2.3",
            "team": {"id": "T1", "domain": "test"},
            "channel": {"id": channel_id, "name": "general"},
            "response_url": self.mock.response_url(name),
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": block_id,
                    "value": value,
                    "text": {"type": "plain_text", "text": "x"},
                    "action_ts": str(time.time()),
                }
            ],
        }
        status, reply = self.post_signed(interactive_body(payload), **sign)
        return status, reply, name

    def event(self, event: dict[str, Any], **sign: Any) -> tuple[int, str]:
        """POST an Events API callback (e.g. {"type": "app_home_opened", "user": "U1"})."""
        return self.post_signed(event_body(event), content_type="application/json", **sign)

    # --- what the app sent back ---------------------------------------------
    def responses(self, name: str) -> list[Call]:
        return [c for c in self.mock.calls_to("response") if c.path.endswith(f"/{name}")]

    def wait_response(self, name: str, count: int = 1, timeout: float = 10.0) -> dict[str, Any]:
        """The `count`-th body posted to response_url `name` (waits for it)."""
        deadline = time.monotonic() + timeout
        while True:
            got = self.responses(name)
            if len(got) >= count:
                return got[count - 1].params
            if time.monotonic() > deadline:
                raise AssertionError(f"no response {count} on {name}; calls: {self.mock.calls}")
            time.sleep(0.02)

    def close(self) -> None:
        for stop in reversed(self._stop):
            stop()


@pytest.fixture
def mock_slack() -> Iterator[MockSlack]:
    mock = MockSlack().start()
    yield mock
    mock.stop()


def start_harness(services: Any, mock: MockSlack, monkeypatch: pytest.MonkeyPatch) -> SlackHarness:
    """The real app over `services`, served on 127.0.0.1:0, talking to `mock`."""
    from bot.app import create_app, make_http_server, serve_in_thread

    monkeypatch.setenv("SLACK_API_URL", mock.url)
    app = create_app(services, token=BOT_TOKEN, signing_secret=SIGNING_SECRET)
    server = make_http_server(app, "127.0.0.1", 0)
    serve_in_thread(server)
    harness = SlackHarness(
        url=f"http://127.0.0.1:{server.server_port}",
        mock=mock,
        services=services,
        app=app,
        server=server,
    )
    harness._stop.append(server.server_close)
    harness._stop.append(server.shutdown)
    mock.reset()  # forget the start-up auth.test: tests count what requests cause
    return harness


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store with the seeds, built once and copied for each test."""
    from bot.services import build_services

    folder = tmp_path_factory.mktemp("seeded")
    url = f"sqlite:///{folder / 'briefing.sqlite3'}"
    services = build_services(database_url=url, load_seeds=True)
    services.store.close()
    return folder


def seeded_services(template: Path, into: Path) -> Any:
    from bot.services import build_services

    into.mkdir(parents=True, exist_ok=True)
    for f in template.iterdir():
        shutil.copy(f, into / f.name)
    return build_services(database_url=f"sqlite:///{into / 'briefing.sqlite3'}", load_seeds=False)


@pytest.fixture
def seeded(_seeded_template: Path, tmp_path: Path) -> Iterator[Any]:
    """`Services` over a fresh copy of the seeded store."""
    services = seeded_services(_seeded_template, tmp_path / "store")
    yield services
    services.store.close()


@pytest.fixture
def slack_app(
    seeded: Any, mock_slack: MockSlack, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SlackHarness]:
    harness = start_harness(seeded, mock_slack, monkeypatch)
    yield harness
    harness.close()


@pytest.fixture
def slack_app_factory(
    mock_slack: MockSlack, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Any], SlackHarness]]:
    started: list[SlackHarness] = []

    def make(services: Any) -> SlackHarness:
        harness = start_harness(services, mock_slack, monkeypatch)
        started.append(harness)
        return harness

    yield make
    for h in started:
        h.close()


def response_text(body: dict[str, Any]) -> str:
    """A response body's blocks as plain text (what a reader sees), for assertions."""
    from bot.render.text import blocks_to_text

    return blocks_to_text(body.get("blocks") or []) if body.get("blocks") else body.get("text", "")


__all__ = ["BOT_TOKEN", "SlackHarness", "response_text", "seeded_services", "start_harness"]
