"""Web pages through the one ingest path: `ingest_url`, `briefing-bot ingest URL`, `sources`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.settings import Settings, load_settings
from bot.sources import ingest_url
from bot.store import Store, open_store
from tests.local_web import LocalWeb, article_html, seed_texts

ALLOW_LOCAL = {"fetch": {"allow_hosts": ["127.0.0.1"]}, "load_seeds": False}


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield s
    s.close()


@pytest.fixture()
def settings() -> Settings:
    return load_settings().with_overrides(ALLOW_LOCAL)


def test_a_page_is_stored_with_its_title_first_and_its_date(
    local_web: LocalWeb, store: Store, settings: Settings
) -> None:
    title, body = seed_texts()[0]
    url = local_web.serve("/news/talks", article_html(title, body, published="2021-04-02"))
    result = ingest_url(store, url, settings=settings)
    assert result.status == "new", result.message
    assert store.has_url(url)
    (article,) = list(store.iter_articles())
    assert article.text.splitlines()[0] == title
    assert article.published == "2021-04-02"
    assert article.source == url and article.url == url


def test_the_same_page_again_is_known_and_names_the_stored_article(
    local_web: LocalWeb, store: Store, settings: Settings
) -> None:
    title, body = seed_texts()[1]
    url = local_web.serve("/a", article_html(title, body))
    mirror = local_web.serve("/mirror/a", article_html(title, body))
    first = ingest_url(store, url, settings=settings)
    again = ingest_url(store, url, settings=settings)
    elsewhere = ingest_url(store, mirror, settings=settings)
    assert first.status == "new"
    assert (again.status, again.article_id) == ("known", first.article_id)
    assert (elsewhere.status, elsewhere.article_id) == ("known", first.article_id)
    assert store.article_count() == 1


def test_a_given_date_wins_over_the_page_date(
    local_web: LocalWeb, store: Store, settings: Settings
) -> None:
    title, body = seed_texts()[2]
    url = local_web.serve("/b", article_html(title, body, published="2020-01-01"))
    assert ingest_url(store, url, settings=settings, published="2021-11-05").status == "new"
    (article,) = list(store.iter_articles())
    assert article.published == "2021-11-05"


def test_a_private_address_is_refused_before_any_request(local_web: LocalWeb, store: Store) -> None:
    url = local_web.serve("/a", "<p>x</p>")
    result = ingest_url(store, url, settings=load_settings().with_overrides({"load_seeds": False}))
    assert result.status == "failed"
    assert "loopback address" in (result.message or "")
    assert local_web.requests == [] and store.article_count() == 0


@pytest.mark.parametrize(
    ("page", "why"),
    [
        ({"body": b"%PDF-1.4", "content_type": "application/pdf"}, "not an HTML page"),
        ({"body": "<html><body><nav>Home</nav></body></html>"}, "no article text"),
        ({"body": "down", "status": 503}, "HTTP 503"),
    ],
)
def test_bad_pages_fail_with_a_reason_and_store_nothing(
    local_web: LocalWeb, store: Store, settings: Settings, page: dict[str, object], why: str
) -> None:
    url = local_web.serve("/bad", **page)  # type: ignore[arg-type]
    result = ingest_url(store, url, settings=settings)
    assert result.status == "failed" and why in (result.message or "")
    assert url in (result.message or "")
    assert store.article_count() == 0


def _cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **extra: object) -> str:
    config = tmp_path / "settings.yaml"
    config.write_text(yaml.safe_dump({**ALLOW_LOCAL, **extra}), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    monkeypatch.setenv("BRIEFING_DATABASE_URL", url)
    return url


def test_briefing_bot_ingest_takes_urls(
    local_web: LocalWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    db = _cli_env(tmp_path, monkeypatch)
    title, body = seed_texts()[0]
    good = local_web.serve("/good", article_html(title, body))
    bad = local_web.url("/missing")
    assert main(["ingest", good, bad]) == 1
    out, err = capsys.readouterr()
    assert "1 new" in out and "1 failed" in out
    assert f"{bad}: FAILED" in err and "HTTP 404" in err
    store = open_store(db)
    try:
        assert store.has_url(good) and not store.has_url(bad)
    finally:
        store.close()


def test_briefing_bot_sources_lists_the_feeds(
    local_web: LocalWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    feed = local_web.url("/rss")
    _cli_env(tmp_path, monkeypatch, feeds=[{"url": feed, "name": "Desk", "interval_minutes": 15}])
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert f"Desk  <{feed}>  every 15 min" in out
    assert "last poll:    never" in out and "articles taken: 0" in out
