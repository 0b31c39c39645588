"""The fetcher: polite, bounded, and unable to reach addresses a pasted link must not reach."""

from __future__ import annotations

import gzip
import socket
import threading

import pytest

from bot import __version__
from bot.fetch import (
    BlockedAddressError,
    Fetcher,
    FetchError,
    FetchPolicy,
    HTTPStatusError,
    TooLargeError,
    blocked_reason,
)
from tests.local_web import LocalWeb


def local_fetcher(**kw: object) -> Fetcher:
    """A fetcher that, like the tests' settings, allows 127.0.0.1 by name."""
    return Fetcher(FetchPolicy(allow_hosts=frozenset({"127.0.0.1"}), **kw))  # type: ignore[arg-type]


def test_get_sends_a_user_agent_naming_the_bot_and_decodes_gzip(local_web: LocalWeb) -> None:
    url = local_web.serve("/page", "<p>hello</p>" * 100, gzip=True)
    response = local_fetcher().get(url)
    assert response.status == 200
    assert response.body == b"<p>hello</p>" * 100
    assert response.content_type == "text/html" and response.charset == "utf-8"
    agent = local_web.hits("/page")[0].headers["user-agent"]
    assert agent.startswith(f"briefing-bot/{__version__} (+http")


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("169.254.10.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("0.0.0.0", "address"),
        ("100.64.0.1", "address"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_addresses_a_link_must_not_reach_are_named(address: str, why: str) -> None:
    reason = blocked_reason(address)
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(address) is None


def test_loopback_is_refused_unless_its_host_is_allowed(local_web: LocalWeb) -> None:
    url = local_web.serve("/page", "<p>x</p>")
    with pytest.raises(BlockedAddressError, match="loopback address.*fetch.allow_hosts"):
        Fetcher(FetchPolicy()).get(url)
    assert local_web.hits("/page") == []  # refused before any connection
    assert local_fetcher().get(url).status == 200


def test_a_name_is_checked_after_resolution(local_web: LocalWeb) -> None:
    """`localhost` is not 127.0.0.1 by name: allowing the one does not allow the other."""
    url = local_web.url("/page").replace("127.0.0.1", "localhost")
    local_web.serve("/page", "<p>x</p>")
    with pytest.raises(BlockedAddressError, match="localhost resolves to"):
        local_fetcher().get(url)


def test_every_redirect_hop_is_checked(local_web: LocalWeb) -> None:
    local_web.serve("/inside", "<p>secret</p>")
    sneaky = local_web.url("/inside").replace("127.0.0.1", "localhost")
    url = local_web.redirect("/out", sneaky)
    with pytest.raises(BlockedAddressError):
        local_fetcher().get(url)
    assert local_web.hits("/inside") == []


def test_redirects_are_followed_to_the_final_url(local_web: LocalWeb) -> None:
    final = local_web.serve("/final", "<p>here</p>")
    local_web.redirect("/two", "/final", status=301)
    url = local_web.redirect("/one", local_web.url("/two"))
    response = local_fetcher().get(url)
    assert response.url == final and response.body == b"<p>here</p>"


def test_redirect_loops_stop_at_the_limit(local_web: LocalWeb) -> None:
    url = local_web.redirect("/loop", "/loop")
    with pytest.raises(FetchError, match="more than 3 redirects"):
        local_fetcher(max_redirects=3).get(url)
    assert len(local_web.hits("/loop")) == 4


@pytest.mark.parametrize("link", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_only_http_and_https(link: str, local_web: LocalWeb) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        local_fetcher().get(link)
    url = local_web.redirect("/to-file", link)
    with pytest.raises(FetchError, match="only http and https"):
        local_fetcher().get(url)


def test_bodies_over_the_cap_are_refused(local_web: LocalWeb) -> None:
    url = local_web.serve("/big", b"x" * 5000)
    with pytest.raises(TooLargeError, match="4096-byte limit"):
        local_fetcher(max_bytes=4096).get(url)


def test_a_compressed_bomb_stops_at_the_cap(local_web: LocalWeb) -> None:
    body = b"\0" * 2_000_000  # ~2 KB gzipped
    url = local_web.serve("/bomb", body, gzip=True)
    assert len(gzip.compress(body)) < 10_000
    with pytest.raises(TooLargeError):
        local_fetcher(max_bytes=100_000).get(url)


def test_http_errors_name_the_status(local_web: LocalWeb) -> None:
    url = local_web.serve("/broken", "oops", status=500)
    with pytest.raises(HTTPStatusError, match="HTTP 500") as err:
        local_fetcher().get(url)
    assert err.value.status == 500
    with pytest.raises(HTTPStatusError, match="HTTP 404"):
        local_fetcher().get(local_web.url("/missing"))


def test_a_slow_server_times_out(local_web: LocalWeb) -> None:
    url = local_web.serve("/slow", "<p>late</p>", delay=1.5)
    with pytest.raises(FetchError, match="did not answer in time"):
        local_fetcher(read_timeout=0.3).get(url)


def test_an_unreachable_port_is_a_clear_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="refused the connection"):
        local_fetcher().get(f"http://127.0.0.1:{port}/feed")


def test_an_unknown_host_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(host, *args, **kw):  # the resolver's answer, without asking one off-machine
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(FetchError, match="cannot resolve host"):
        local_fetcher().get("http://no-such-host.invalid/feed")


def test_conditional_requests_get_304_without_a_body(local_web: LocalWeb) -> None:
    url = local_web.serve(
        "/feed", "<rss/>", etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
    )
    first = local_fetcher().get(url)
    assert first.headers["etag"] == '"v1"'
    again = local_fetcher().get(url, headers={"If-None-Match": '"v1"'})
    assert again.not_modified and again.body == b""
    assert local_web.hits("/feed")[1].headers["if-none-match"] == '"v1"'


def test_one_request_at_a_time_per_host(local_web: LocalWeb) -> None:
    urls = [local_web.serve(f"/p{i}", "<p>x</p>", delay=0.2) for i in range(3)]
    fetcher = local_fetcher()
    threads = [threading.Thread(target=fetcher.get, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts = sorted(local_web.hits(f"/p{i}")[0].at for i in range(3))
    assert starts[1] - starts[0] >= 0.19 and starts[2] - starts[1] >= 0.19


def test_the_connection_goes_to_the_address_that_was_checked(
    local_web: LocalWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is resolved once per hop and the socket opened to that very address."""
    real = socket.getaddrinfo
    answers = iter(["127.0.0.1", "10.9.9.9"])  # a second lookup would rebind to a private address
    lookups: list[str] = []

    def fake(host: str, port: int, *a: object, **kw: object):  # type: ignore[no-untyped-def]
        if host == "news.example":
            lookups.append(host)
            return real(next(answers), port, *a, **kw)
        return real(host, port, *a, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    url = local_web.serve("/page", "<p>ok</p>").replace("127.0.0.1", "news.example")
    fetcher = Fetcher(FetchPolicy(allow_hosts=frozenset({"news.example"}), connect_timeout=1))
    assert fetcher.get(url).body == b"<p>ok</p>"
    assert lookups == ["news.example"]
    assert local_web.hits("/page")[0].headers["host"].startswith("news.example:")


def test_the_user_agent_names_the_project_url_from_settings(local_web: LocalWeb) -> None:
    from bot.settings import Settings

    settings = Settings(
        {"fetch": {"allow_hosts": ["127.0.0.1"], "project_url": "https://bot.example/about"}}
    )
    url = local_web.serve("/p", "<p>x</p>")
    Fetcher.from_settings(settings).get(url)
    agent = local_web.hits("/p")[0].headers["user-agent"]
    assert agent == f"briefing-bot/{__version__} (+https://bot.example/about)"


def test_spaces_and_non_ascii_in_a_link_are_sent_encoded(local_web: LocalWeb) -> None:
    local_web.serve("/news/caf%C3%A9%20talks?q=a%20b", "<p>ok</p>")
    url = local_web.url("/news/café talks?q=a b")
    assert local_fetcher().get(url).body == b"<p>ok</p>"
