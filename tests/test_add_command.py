"""`/briefing add <url>` over signed HTTP, answered through response_url."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.fixtures_slack import SlackHarness, response_text
from tests.local_web import LocalWeb, article_html, seed_texts


def _allow_local(services: Any) -> Any:
    services.settings = services.settings.with_overrides({"fetch": {"allow_hosts": ["127.0.0.1"]}})
    return services


def test_add_lists_the_meetings_and_people_found(
    local_web: LocalWeb, seeded: Any, slack_app_factory: Callable[[Any], SlackHarness]
) -> None:
    app = slack_app_factory(_allow_local(seeded))
    title, body = seed_texts()[0]
    url = local_web.serve("/news/talks", article_html(title, body, published="2021-04-03"))
    status, _, name = app.command(f"add <{url}>")
    assert status == 200
    text = response_text(app.wait_response(name))
    assert text.startswith("Added: ")
    assert title in text
    stored = app.services.store.article_parse(
        app.services.store.article_id_for_text(
            next(a.text for a in app.services.store.iter_articles() if a.url == url)
        )
    )
    assert stored.meetings and stored.people  # the seed article reports a meeting
    assert f"Meetings ({len(stored.meetings)})" in text
    assert f"People ({len(stored.people)})" in text
    for person in stored.people[:12]:
        assert person.name in text

    status, _, again = app.command(f"add {url}")
    assert response_text(app.wait_response(again)).startswith("Already in the store: ")


def test_add_refuses_a_private_address_and_says_why(
    local_web: LocalWeb, slack_app: SlackHarness
) -> None:
    url = local_web.serve("/internal", "<p>secret</p>")
    status, _, name = slack_app.command(f"add {url}")
    assert status == 200
    text = response_text(slack_app.wait_response(name))
    assert "Nothing was added" in text and "loopback address" in text
    assert local_web.requests == []


def test_add_without_a_link_shows_how(slack_app: SlackHarness) -> None:
    for typed in ("add", "add the summit in Geneva", "add file:///etc/passwd"):
        _, _, name = slack_app.command(typed)
        text = response_text(slack_app.wait_response(name))
        assert "/briefing add https://" in text, typed


def test_add_reports_a_page_with_nothing_to_read(
    local_web: LocalWeb, seeded: Any, slack_app_factory: Callable[[Any], SlackHarness]
) -> None:
    app = slack_app_factory(_allow_local(seeded))
    url = local_web.serve("/photo.jpg", b"\xff\xd8\xff", content_type="image/jpeg")
    _, _, name = app.command(f"add {url}")
    text = response_text(app.wait_response(name))
    assert "Nothing was added" in text and "not an HTML page (content type image/jpeg)" in text
