"""Escaping and cutting text for Slack's mrkdwn.

Everything that comes from a user or an article passes through `escape`, so a
query such as `<!channel>` or an article quoting `<@U123>` is shown, not acted
on: Slack only treats `<…>` as a mention or link when the angle brackets are
literal, and `&` must go first so that existing entities stay visible as typed.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"

_ENTITY_TAIL = re.compile(r"&[a-z]{0,4}$")


def escape(text: str | None) -> str:
    """`&`, `<` and `>` as Slack's entities; nothing else changes."""
    if not text:
        return ""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(text: str, limit: int, ellipsis: str = ELLIPSIS) -> str:
    """At most `limit` characters, cut at a word where one is near, never inside `&amp;`."""
    if len(text) <= limit:
        return text
    room = max(limit - len(ellipsis), 0)
    cut = text[:room]
    space = cut.rfind(" ")
    if space >= room * 0.7:
        cut = cut[:space]
    cut = _ENTITY_TAIL.sub("", cut).rstrip()
    return cut + ellipsis


def user_text(text: str | None, limit: int = 80) -> str:
    """A user's or an article's words, cut to `limit` and then escaped."""
    return escape(truncate(" ".join((text or "").split()), limit))


def link(url: str | None, label: str) -> str:
    """`<url|label>` for http(s) URLs; only the label (escaped) otherwise.

    The label must already be escaped; `|` and `>` would end the link early, so
    a URL holding them is shown as text instead of linked.
    """
    if url and re.match(r"^https?://[^\s<>|]+$", url):
        return f"<{url}|{label.replace('|', '¦')}>"
    return label


def bold(text: str) -> str:
    return f"*{text}*" if text else text
