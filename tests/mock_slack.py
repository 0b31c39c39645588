"""A Slack Web API stand-in on 127.0.0.1 that records every call.

The bot is pointed at it with SLACK_API_URL. It answers the Web API methods
the bot uses, accepts `response_url` posts under /response/, and can be
scripted to answer a method with 429, 5xx or an error such as
channel_not_found, so tests see exactly what the bot did and when.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Call:
    method: str  # "chat.postMessage", or "response" for a response_url post
    params: dict[str, Any]
    headers: dict[str, str]
    at: float
    path: str = ""


@dataclass
class Scripted:
    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


class MockSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._scripts: dict[str, deque[Scripted]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._ts = itertools.count(1)
        self.channels: dict[str, dict[str, Any]] = {}  # conversations.info answers by id
        self.memberships: dict[str, list[str]] = {}  # users.conversations: user id -> channel ids
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # --- life cycle ------------------------------------------------------
    def start(self) -> MockSlack:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        """The Web API base URL, with the trailing slash slack_sdk needs."""
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def response_url(self, name: str = "r1") -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/response/{name}"

    # --- scripting and reading -------------------------------------------
    def script(self, method: str, *answers: Scripted) -> None:
        """Answer the next calls of `method` with these, in order, then as usual."""
        with self._lock:
            self._scripts[method].extend(answers)

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Block until `method` was called `count` times; returns those calls."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                got = [c for c in self.calls if c.method == method]
                if len(got) >= count:
                    return got
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"{method} called {len(got)} times, expected {count}; "
                        f"calls: {[c.method for c in self.calls]}"
                    )
                self._cond.wait(left)

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._scripts.clear()

    # --- the default answers ---------------------------------------------
    def _default(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "user_id": "UBOT",
                "bot_id": "BBOT",
                "team_id": "T1",
                "team": "Test",
            }
        if method in ("chat.postMessage", "chat.update"):
            ts = f"{1700000000 + next(self._ts)}.000100"
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": params}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{1700000000 + next(self._ts)}.000200"}
        if method == "conversations.info":
            ch = params.get("channel")
            info = self.channels.get(ch, {"id": ch, "is_member": True, "is_archived": False})
            return {"ok": True, "channel": info}
        if method == "users.conversations":
            ids = self.memberships.get(params.get("user", ""), [])
            return {
                "ok": True,
                "channels": [{"id": c} for c in ids],
                "response_metadata": {"next_cursor": ""},
            }
        if method in ("views.publish", "views.open", "views.update", "views.push"):
            view = params.get("view")
            if isinstance(view, str):
                view = json.loads(view)
            return {"ok": True, "view": {"id": "V1", **(view or {})}}
        return {"ok": True}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802
                self._reply(404, {"ok": False, "error": "unknown_method"})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                ctype = self.headers.get("Content-Type", "")
                params: dict[str, Any]
                if "json" in ctype:
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                for key in ("blocks", "view", "attachments"):
                    if isinstance(params.get(key), str):
                        with contextlib.suppress(ValueError):
                            params[key] = json.loads(params[key])
                if self.path.startswith("/api/"):
                    method = self.path[len("/api/") :].split("?")[0]
                elif self.path.startswith("/response/"):
                    method = "response"
                else:
                    self._reply(404, {"ok": False, "error": "not_found"})
                    return
                with mock._cond:
                    mock.calls.append(
                        Call(method, params, dict(self.headers.items()), time.time(), self.path)
                    )
                    scripted = mock._scripts[method].popleft() if mock._scripts[method] else None
                    mock._cond.notify_all()
                if scripted is not None:
                    body = scripted.body if scripted.body is not None else {"ok": False}
                    self._reply(scripted.status, body, scripted.headers)
                    return
                if method == "response":
                    self._reply(200, {"ok": True})
                    return
                self._reply(200, mock._default(method, params))

            def _reply(
                self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        return Handler
