"""Article text, title and date out of a news page."""

from __future__ import annotations

import pytest

from bot.extract import ExtractError, extract_article
from tests.local_web import article_html, seed_texts


@pytest.mark.parametrize("seed", range(len(seed_texts())))
def test_a_seed_page_gives_its_title_first_then_its_text(seed: int) -> None:
    title, body = seed_texts()[seed]
    page = extract_article(article_html(title, body, published="2021-04-03").encode())
    lines = page.text.splitlines()
    assert lines[0] == title
    assert page.title == title and page.published == "2021-04-03"
    assert lines.count(title) == 1  # the h1 is not repeated under the title
    first_paragraph = body.split("\n")[0]
    assert first_paragraph in page.text
    assert "All rights reserved" not in page.text and "About" not in lines


def test_a_page_without_a_date_has_none() -> None:
    title, body = seed_texts()[1]
    assert extract_article(article_html(title, body)).published is None


def test_the_declared_charset_is_used() -> None:
    title, body = seed_texts()[0]
    # The page itself declares no charset; the Content-Type header's one is all there is.
    raw = article_html(title, body + "\nThe minister met Zoë Müller in Genève.").replace(
        '<meta charset="utf-8">', ""
    )
    page = extract_article(raw.encode("cp1252"), charset="windows-1252")
    assert "Zoë Müller in Genève" in page.text


def test_a_page_with_no_article_text_is_refused() -> None:
    html = (
        "<html><head><title>Index</title></head><body><nav><a href='/a'>A</a></nav></body></html>"
    )
    with pytest.raises(ExtractError, match="no article text"):
        extract_article(html)
