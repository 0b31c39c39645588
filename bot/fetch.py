"""Polite, bounded HTTP GETs that a pasted link cannot turn against the host network.

Built on the standard library's http.client rather than a client library
because every part of a request has to be ours to check: the name is
resolved here, every resolved address is checked, and the socket connects to
the very address that was checked (TLS still verifies the certificate
against the host name), so DNS rebinding cannot swap in a private address
between the check and the connection. Redirects are followed by hand so each
hop gets the same checks; bodies are streamed and cut at `fetch.max_bytes`;
one request at a time goes to any one host.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

from bot import __version__

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_PROJECT_URL = "https://example.invalid/briefing-bot"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Cloud metadata endpoints; link-local and unique-local checks catch them too,
#: they are named so the refusal says what they are.
METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_CHUNK = 65536
_PATH_SAFE = "/%:@!$&'()*+,;=~"
_QUERY_SAFE = _PATH_SAFE + "?"


class FetchError(Exception):
    """A URL that could not be fetched; the message names the URL and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class BlockedAddressError(FetchError):
    """The URL leads to an address the bot must not reach (private, loopback, metadata …)."""


class HTTPStatusError(FetchError):
    def __init__(self, url: str, status: int, phrase: str = "") -> None:
        super().__init__(url, f"HTTP {status} {phrase}".strip())
        self.status = status


class TooLargeError(FetchError):
    """The body is larger than `fetch.max_bytes`."""


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allow_hosts: frozenset[str] = frozenset()
    user_agent: str = f"briefing-bot/{__version__} (+{DEFAULT_PROJECT_URL})"

    @classmethod
    def from_settings(cls, settings: Settings | None) -> FetchPolicy:
        if settings is None:
            return cls()
        read = float(settings.get("fetch.timeout_seconds", 15))
        project_url = settings.get("fetch.project_url") or DEFAULT_PROJECT_URL
        return cls(
            connect_timeout=float(settings.get("fetch.connect_timeout_seconds", min(read, 5.0))),
            read_timeout=read,
            max_bytes=int(settings.get("fetch.max_bytes", 5 * 1024 * 1024)),
            max_redirects=int(settings.get("fetch.max_redirects", 5)),
            allow_hosts=frozenset(h.lower() for h in settings.get("fetch.allow_hosts") or ()),
            user_agent=f"briefing-bot/{__version__} (+{project_url})",
        )


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    status: int  # 200, or 304 for a conditional request the server answered "not modified"
    headers: Mapping[str, str] = field(default_factory=dict)  # names lower-cased
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self._content_type_header().get_content_type()

    @property
    def charset(self) -> str | None:
        return self._content_type_header().get_content_charset()

    def _content_type_header(self) -> Message:
        msg = Message()
        msg["content-type"] = self.headers.get("content-type", "application/octet-stream")
        return msg


# --- the address guard -------------------------------------------------------


def blocked_reason(address: str) -> str | None:
    """Why the bot must not connect to `address`, or None when it is a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for test, name in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(ip, test):
            return name
    if not ip.is_global:
        return "not a public address"
    return None


def resolve_checked(url: str, host: str, port: int, allow_hosts: Iterable[str]) -> list[str]:
    """The addresses `host` resolves to, refused as a whole if any one is not public.

    Refusing when any address is private (rather than picking a public one)
    keeps a name that points both ways from being a foothold.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host!r}: {exc}") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(url, f"host {host!r} has no address")
    if host.lower() in allow_hosts:
        return addresses
    for address in addresses:
        reason = blocked_reason(address)
        if reason:
            raise BlockedAddressError(
                url,
                f"refused: {host} resolves to {address}, {reason} "
                "(add the host to fetch.allow_hosts to allow it)",
            )
    return addresses


# --- one host at a time ------------------------------------------------------

_HOST_LOCKS: dict[str, threading.Lock] = {}
_HOST_LOCKS_GUARD = threading.Lock()


def host_lock(host: str) -> threading.Lock:
    """The lock every request to `host` holds, shared by all fetchers in the process."""
    key = host.lower()
    with _HOST_LOCKS_GUARD:
        lock = _HOST_LOCKS.get(key)
        if lock is None:
            lock = _HOST_LOCKS[key] = threading.Lock()
        return lock


# --- connections pinned to a checked address --------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, policy: FetchPolicy) -> None:
        super().__init__(host, port, timeout=policy.connect_timeout)
        self._address = address
        self._read_timeout = policy.read_timeout

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock.settimeout(self._read_timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, policy: FetchPolicy) -> None:
        super().__init__(host, port, timeout=policy.connect_timeout)
        self._address = address
        self._read_timeout = policy.read_timeout

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        sock.settimeout(self._read_timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


# --- the fetcher -------------------------------------------------------------


class Fetcher:
    """GETs URLs under one FetchPolicy. Thread-safe; per-host locks are process-wide."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()

    @classmethod
    def from_settings(cls, settings: Settings | None) -> Fetcher:
        return cls(FetchPolicy.from_settings(settings))

    def get(
        self, url: str, *, headers: Mapping[str, str] | None = None, accept: str = "*/*"
    ) -> Response:
        """The body at `url`, following redirects; 304 is returned, not raised.

        Raises FetchError (or a subclass) with a message naming what went wrong.
        """
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            response = self._get_once(current, headers or {}, accept)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(current, f"HTTP {response.status} redirect without a Location")
            current = urljoin(current, location.strip())
            log.debug("redirect %s -> %s", url, current)
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

    def _get_once(self, url: str, headers: Mapping[str, str], accept: str) -> Response:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(url, f"only http and https links can be fetched, not {scheme or '?'}:")
        host = parts.hostname
        if not host:
            raise FetchError(url, "the link has no host")
        try:
            host = host.encode("idna").decode("ascii")  # the form DNS and the Host header take
        except UnicodeError as exc:
            raise FetchError(url, f"bad host name {host!r}: {exc}") from exc
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(url, f"bad port: {exc}") from exc
        addresses = resolve_checked(url, host, port, self.policy.allow_hosts)
        # Spaces and non-ASCII in a link are sent percent-encoded, as browsers do.
        target = quote(parts.path or "/", safe=_PATH_SAFE)
        if parts.query:
            target += "?" + quote(parts.query, safe=_QUERY_SAFE)
        request_headers = {
            "User-Agent": self.policy.user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip",
            "Connection": "close",
            **headers,
        }
        with host_lock(host):
            last_error: Exception | None = None
            for address in addresses:
                conn_cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
                conn = conn_cls(host, port, address, self.policy)
                try:
                    conn.request("GET", target, headers=request_headers)
                    return self._read(url, conn.getresponse())
                except ssl.SSLError as exc:
                    raise FetchError(url, f"TLS failed: {exc}") from exc
                except TimeoutError as exc:
                    last_error = exc
                    break
                except OSError as exc:  # refused, unreachable: try the next address
                    last_error = exc
                except http.client.HTTPException as exc:
                    raise FetchError(url, f"bad HTTP answer: {exc!r}") from exc
                finally:
                    conn.close()
            raise FetchError(url, _describe_os_error(host, port, last_error)) from last_error

    def _read(self, url: str, resp: http.client.HTTPResponse) -> Response:
        headers = {k.lower(): v for k, v in resp.getheaders()}
        status = resp.status
        if status in REDIRECT_STATUSES or status == 304:
            return Response(url=url, status=status, headers=headers)
        if status >= 400 or status < 200:
            raise HTTPStatusError(url, status, resp.reason or "")
        limit = self.policy.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise TooLargeError(url, f"{declared} bytes is more than the {limit}-byte limit")
        body = _read_bounded(url, resp, headers.get("content-encoding", ""), limit, self.policy)
        return Response(url=url, status=status, headers=headers, body=body)


def _read_bounded(
    url: str, resp: http.client.HTTPResponse, encoding: str, limit: int, policy: FetchPolicy
) -> bytes:
    """Stream the body, decompressing as it comes, and stop at `limit` bytes."""
    encoding = encoding.strip().lower()
    decomp = None
    if encoding in ("gzip", "x-gzip"):
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decomp = zlib.decompressobj()
    deadline = time.monotonic() + policy.connect_timeout + 2 * policy.read_timeout
    out = bytearray()
    while True:
        chunk = resp.read1(_CHUNK) if hasattr(resp, "read1") else resp.read(_CHUNK)
        if not chunk:
            break
        if decomp is not None:
            try:
                chunk = decomp.decompress(chunk, limit + 1 - len(out))
            except zlib.error as exc:
                raise FetchError(url, f"cannot decompress the {encoding} body: {exc}") from exc
        out += chunk
        if len(out) > limit:
            raise TooLargeError(url, f"the body is more than the {limit}-byte limit")
        if time.monotonic() > deadline:
            raise FetchError(url, "the body took too long to arrive")
    return bytes(out)


def _describe_os_error(host: str, port: int, exc: Exception | None) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return f"{host}:{port} did not answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return f"{host}:{port} refused the connection"
    return f"cannot reach {host}:{port}: {exc}"
