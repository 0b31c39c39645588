"""HTML page → the article's main text, title and date, with trafilatura.

trafilatura is handed bytes we fetched ourselves and never a URL, so it does
no network I/O. The parser reads an article's title from the first line of
its text, so the title goes first in `Extracted.text`; the date goes to the
parser as `published`.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from trafilatura import bare_extraction

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Fewer characters than this is a navigation page or an error page, not an article.
MIN_TEXT_CHARS = 200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ExtractError(ValueError):
    """A page that holds no article text; the message says why."""


@dataclass(frozen=True)
class Extracted:
    text: str  # title on the first line, then the main text
    title: str | None
    published: str | None  # YYYY-MM-DD from the page's metadata


def extract_article(
    html: bytes | str, *, url: str | None = None, charset: str | None = None
) -> Extracted:
    """The article in `html`; ExtractError when there is none to speak of."""
    if isinstance(html, bytes) and charset:
        # An unknown or wrong charset: trafilatura guesses the encoding from the bytes.
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            html = html.decode(charset)
    doc = bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body) < MIN_TEXT_CHARS:
        found = f"only {len(body)} characters" if body else "no text"
        raise ExtractError(f"no article text on the page ({found} of main text)")
    title = _clean(getattr(doc, "title", None))
    published = getattr(doc, "date", None)
    if not (isinstance(published, str) and _DATE.match(published)):
        published = None
    first_line = body.split("\n", 1)[0].strip()
    text = body if not title or first_line == title else f"{title}\n\n{body}"
    return Extracted(
        text=text + "\n",
        title=title,
        published=published,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
