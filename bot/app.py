"""The Slack app: a Bolt App factory, and its two runners (Socket Mode and HTTP).

Tests and production build the app with the same `create_app` and serve it
with the same `make_http_server` (Bolt's WSGI adapter on a threading stdlib
server), so what the tests drive over HTTP is what a team runs.

Secrets come from the environment only and never reach a log line: a missing
one stops start-up with a message naming the variable, not its value.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


class MissingSetting(SystemExit):
    """A required environment variable is not set; exits with status 2."""

    def __init__(self, name: str, why: str) -> None:
        self.variable = name
        self.message = f"briefing-bot: {name} is not set ({why})."
        super().__init__(2)


def require_env(name: str, why: str) -> str:
    """The variable's value, or MissingSetting naming it (never echoing any value)."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSetting(name, why)
    return value


def api_base_url(url: str | None = None) -> str | None:
    """SLACK_API_URL (or `url`) with exactly one trailing slash, or None for Slack's own.

    slack_sdk joins method names onto the base URL with urljoin, which drops the
    last path segment of a base without a trailing slash ("…/api" + "chat.postMessage"
    would become "…/chat.postMessage").
    """
    url = (url if url is not None else os.environ.get("SLACK_API_URL", "")).strip()
    if not url:
        return None
    return url.rstrip("/") + "/"


def retry_handlers() -> list[Any]:
    """Retry connection errors, 429s (honouring Retry-After) and 5xx answers."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def make_web_client(token: str, api_url: str | None = None) -> WebClient:
    base = api_base_url(api_url)
    client = WebClient(token=token, base_url=base or WebClient.BASE_URL, timeout=15)
    for handler in retry_handlers():
        # the default list already has a connection-error handler; do not double it
        if not any(type(h) is type(handler) for h in client.retry_handlers):
            client.retry_handlers.append(handler)
    return client


def create_app(
    services: Services,
    *,
    token: str,
    signing_secret: str | None = None,
    api_url: str | None = None,
    socket_mode: bool = False,
) -> App:
    """The Bolt app with every handler of `handlers/` registered.

    `signing_secret` is required over HTTP (each request is verified with it);
    Socket Mode requests arrive over an authenticated WebSocket instead.
    """
    from handlers import register_all

    if not socket_mode and not signing_secret:
        raise ValueError("an HTTP app needs a signing secret")
    app = App(
        client=make_web_client(token, api_url),
        signing_secret=signing_secret or "",
        request_verification_enabled=not socket_mode,
        name="briefing-bot",
        logger=logging.getLogger("briefing_bot.slack"),
    )
    register_all(app, services)
    return app


# --- background work started beside the app ---------------------------------


@dataclass(frozen=True)
class BackgroundJob:
    """Something that runs beside the app (the scheduler, feed polling …)."""

    name: str
    start: Callable[[], None]
    stop: Callable[[], None]


@dataclass
class Runtime:
    app: App
    background: list[BackgroundJob] = field(default_factory=list)

    def start_background(self) -> None:
        for job in self.background:
            log.info("starting %s", job.name)
            job.start()

    def stop_background(self) -> None:
        for job in reversed(self.background):
            try:
                job.stop()
            except Exception:
                log.exception("stopping %s failed", job.name)


def build_runtime(services: Services, app: App) -> Runtime:
    """The app plus the background jobs both runners start after it and stop on exit.

    This is the one place where the scheduler (digests, alerts, feed polls) is
    wired in: append a `BackgroundJob` to `runtime.background`.
    """
    from handlers.scheduling import background_job

    runtime = Runtime(app=app)
    runtime.background.append(background_job(services, app.client))
    return runtime


# --- HTTP -------------------------------------------------------------------


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        # the request line holds no secret, but keep access logs out of INFO
        log.debug("http %s %s", self.address_string(), format % args)


def wsgi_app(app: App) -> Callable[..., Iterable[bytes]]:
    """Bolt's WSGI adapter on POST /slack/events, plus GET /healthz for load balancers."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in (
            "GET",
            "HEAD",
        ):
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        return slack(environ, start_response)

    return application


def make_http_server(app: App, host: str, port: int) -> WSGIServer:
    """A threading WSGI server for `app`; port 0 picks a free one (see `server_port`)."""
    return make_server(
        host, port, wsgi_app(app), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


# --- the two runners ------------------------------------------------------


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _build(socket_mode: bool) -> tuple[Services, App]:
    from bot.services import build_services

    token = require_env("SLACK_BOT_TOKEN", "the bot token, xoxb-…, from the app's OAuth page")
    secret = None
    if not socket_mode:
        secret = require_env(
            "SLACK_SIGNING_SECRET", "Basic Information → Signing Secret; needed to verify requests"
        )
    services = build_services()
    return services, create_app(
        services, token=token, signing_secret=secret, socket_mode=socket_mode
    )


def run_command(args: argparse.Namespace) -> int:
    """`briefing-bot run`: Socket Mode, for a team without a public URL."""
    try:
        app_token = require_env(
            "SLACK_APP_TOKEN", "an app-level token, xapp-…, with connections:write, for Socket Mode"
        )
        services, app = _build(socket_mode=True)
    except MissingSetting as exc:
        return _fail(exc.message)
    except Exception as exc:  # auth.test refused the token, store unreachable …
        return _fail(f"briefing-bot: cannot start: {_describe(exc)}")
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    runtime = build_runtime(services, app)
    runtime.start_background()
    try:
        log.info("connecting to Slack over Socket Mode")
        SocketModeHandler(app, app_token).start()
    except KeyboardInterrupt:
        pass
    except Exception as exc:  # the app token refused, Slack unreachable
        return _fail(f"briefing-bot: cannot connect over Socket Mode: {_describe(exc)}")
    finally:
        runtime.stop_background()
    return 0


def serve_command(args: argparse.Namespace) -> int:
    """`briefing-bot serve --port N`: HTTP, POST /slack/events and GET /healthz."""
    try:
        services, app = _build(socket_mode=False)
    except MissingSetting as exc:
        return _fail(exc.message)
    except Exception as exc:
        return _fail(f"briefing-bot: cannot start: {_describe(exc)}")
    host = getattr(args, "host", "0.0.0.0")
    port = int(getattr(args, "port", 3000))
    try:
        server = make_http_server(app, host, port)
    except OSError as exc:
        return _fail(f"briefing-bot: cannot listen on {host}:{port}: {exc.strerror or exc}")
    runtime = build_runtime(services, app)
    runtime.start_background()
    log.info("listening on http://%s:%d%s", host, server.server_port, EVENTS_PATH)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        runtime.stop_background()
    return 0


def serve_in_thread(server: WSGIServer) -> threading.Thread:
    """Serve `server` on a daemon thread (tests; stop with `server.shutdown()`)."""
    thread = threading.Thread(target=server.serve_forever, name="briefing-http", daemon=True)
    thread.start()
    return thread


_SECRET_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")


def _describe(exc: BaseException) -> str:
    """One line on why start-up failed: Slack's error code when Slack said no."""
    response = getattr(exc, "response", None)
    if response is not None and hasattr(response, "get") and response.get("error"):
        return f"Slack answered {response.get('error')!r}"
    return f"{type(exc).__name__}: {_scrub(str(exc))}"


def _scrub(text: str) -> str:
    """`text` with any secret from the environment replaced, for error messages."""
    for name in _SECRET_VARS:
        value = os.environ.get(name)
        if value and len(value) >= 6:
            text = text.replace(value, f"<{name}>")
    return text
