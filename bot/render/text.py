"""Block Kit as readable plain text, for `briefing-bot ask` in a terminal.

The console shows the very blocks Slack would get, so what a user reads in the
terminal is what the channel would see: links become "title (url)", entities
are unescaped, bold and italics lose their markers, buttons show in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_BARE = re.compile(r"<(https?://[^>]+)>")
_MENTION = re.compile(r"<([@#!][^>|]+)(?:\|([^>]+))?>")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")


def mrkdwn_to_text(text: str) -> str:
    """One mrkdwn string as plain text."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    text = _BARE.sub(lambda m: m.group(1), text)
    text = _MENTION.sub(lambda m: m.group(2) or m.group(1), text)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _text_of(obj: dict[str, Any] | None) -> str:
    if not obj:
        return ""
    raw = obj.get("text", "")
    return mrkdwn_to_text(raw) if obj.get("type") == "mrkdwn" else raw


def blocks_to_text(blocks: Iterable[dict[str, Any]], width: int = 78) -> str:
    """A whole message as lines of text."""
    out: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _text_of(block.get("text"))
            out += [title, "=" * min(max(len(title), 3), width)]
        elif kind == "section":
            body = _text_of(block.get("text"))
            if body:
                out.append(body)
            for field in block.get("fields") or ():
                out.append(_text_of(field))
            acc = block.get("accessory")
            if acc and acc.get("type") == "button":
                out.append(f"[{_text_of(acc.get('text'))}]")
        elif kind == "context":
            out.append(
                " · ".join(_text_of(e) for e in block.get("elements") or () if e.get("text"))
            )
        elif kind == "actions":
            labels = [
                f"[{_text_of(e.get('text'))}]" for e in block.get("elements") or () if e.get("text")
            ]
            if labels:
                out.append(" ".join(labels))
        elif kind == "divider":
            out.append("-" * min(40, width))
        elif kind == "image":
            out.append(f"(image: {block.get('alt_text', '')})")
    return "\n".join(out).strip() + "\n"
