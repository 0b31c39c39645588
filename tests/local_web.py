"""A web server on 127.0.0.1 serving feeds and article pages, with scriptable failures.

Pages are registered by path with their body, status and headers; the server
answers conditional requests (ETag / Last-Modified) unless told to ignore
them, records every request it saw, and can redirect, stall or answer with
4xx/5xx. Helpers build RSS, Atom and article HTML from the repo's seed texts.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot import SEEDS_DIR


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    honour_conditional: bool = True
    delay: float = 0.0  # seconds to wait before answering
    gzip: bool = False


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]
    at: float


class LocalWeb:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), self._handler())
        self.server.daemon_threads = True
        self.server.request_queue_size = 128
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> LocalWeb:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes | str = b"", **kw: object) -> str:
        """Serve `body` at `path`; returns the full URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.pages[path] = Page(body=body, **kw)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.pages[path] = Page(status=status, headers={"Location": to})
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                headers = {k.lower(): v for k, v in self.headers.items()}
                with web._lock:
                    web.requests.append(Seen(self.path, headers, time.monotonic()))
                page = web.pages.get(self.path)
                if page is None:
                    return self._send(404, b"not found", "text/plain", {})
                if page.delay:
                    time.sleep(page.delay)
                extra = dict(page.headers)
                if page.etag:
                    extra["ETag"] = page.etag
                if page.last_modified:
                    extra["Last-Modified"] = page.last_modified
                if page.honour_conditional and page.status == 200:
                    inm = headers.get("if-none-match")
                    ims = headers.get("if-modified-since")
                    if (page.etag and inm == page.etag) or (
                        not inm and page.last_modified and ims == page.last_modified
                    ):
                        return self._send(304, b"", None, extra)
                body = page.body
                if page.gzip and "gzip" in headers.get("accept-encoding", ""):
                    body = gzip.compress(body)
                    extra["Content-Encoding"] = "gzip"
                self._send(page.status, body, page.content_type, extra)

            def _send(
                self, status: int, body: bytes, ctype: str | None, extra: dict[str, str]
            ) -> None:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in extra.items():
                    self.send_header(k, v)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                if status != 304:
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        self.wfile.write(body)
                self.close_connection = True

        return Handler


# --- content helpers ---------------------------------------------------------


def seed_texts() -> list[tuple[str, str]]:
    """(title, body) of each seed article; the title is the seed's headline line."""
    out = []
    for path in sorted(Path(SEEDS_DIR).glob("*.txt")):
        lines = [ln.strip().lstrip("•").strip() for ln in path.read_text("utf-8").splitlines()]
        # The headline is the first line long enough to be one and too short to be a paragraph.
        title = next(ln for ln in lines if 25 < len(ln) < 150)
        body = "\n".join(dict.fromkeys(ln for ln in lines if len(ln) > 60 and ln != title))
        out.append((title, body))
    return out


def article_html(title: str, body: str, *, published: str | None = None) -> str:
    """A simple news page: navigation, the article with its paragraphs, a footer."""
    meta = (
        f'<meta property="article:published_time" content="{published}T08:00:00Z">'
        if published
        else ""
    )
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{html.escape(title)} | World Desk</title>
<meta property="og:title" content="{html.escape(title)}">{meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav>
<article><h1>{html.escape(title)}</h1>
{paragraphs}
</article>
<footer>Copyright World Desk. All rights reserved.</footer></body></html>"""


@dataclass(frozen=True)
class Item:
    title: str
    link: str | None
    published: datetime | None = None
    guid: str | None = None


def rss(items: Sequence[Item], *, title: str = "World Desk") -> str:
    parts = []
    for it in items:
        link = f"<link>{html.escape(it.link)}</link>" if it.link else ""
        date = f"<pubDate>{format_datetime(it.published)}</pubDate>" if it.published else ""
        guid = f'<guid isPermaLink="false">{html.escape(it.guid or it.link or it.title)}</guid>'
        parts.append(f"<item><title>{html.escape(it.title)}</title>{link}{date}{guid}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.invalid/</link>"
        f"<description>news</description>{''.join(parts)}</channel></rss>"
    )


def atom(items: Sequence[Item], *, title: str = "World Desk") -> str:
    parts = []
    for it in items:
        link = f'<link rel="alternate" href="{html.escape(it.link)}"/>' if it.link else ""
        when = (it.published or datetime(2024, 1, 1, tzinfo=UTC)).isoformat()
        parts.append(
            f"<entry><title>{html.escape(it.title)}</title>{link}"
            f"<id>{html.escape(it.guid or it.link or it.title)}</id>"
            f"<updated>{when}</updated><published>{when}</published></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>urn:test</id>"
        f"<updated>2024-01-01T00:00:00Z</updated>{''.join(parts)}</feed>"
    )


@pytest.fixture()
def local_web() -> Iterator[LocalWeb]:
    web = LocalWeb().start()
    try:
        yield web
    finally:
        web.stop()
