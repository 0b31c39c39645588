"""Block Kit building blocks that stay inside Slack's limits by construction.

Slack rejects a whole message when one block is too long (`invalid_blocks`),
so every builder here cuts its text to the documented limit, and `finalize`
checks a whole message once more before it leaves. Long lists end with
"and N more" rather than silently losing the rest.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.render.mrkdwn import truncate

MAX_BLOCKS = 50  # a message; the Home tab allows 100
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_CONTEXT_TEXT = 2000
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ID = 255
MAX_ACTIONS_ELEMENTS = 25
MAX_FALLBACK_TEXT = 3000

Block = dict[str, Any]


def header(text: str) -> Block:
    """A header block (plain text, so nothing in it is ever a mention)."""
    return {
        "type": "header",
        "text": {
            "type": "plain_text",
            "text": truncate(text or " ", MAX_HEADER_TEXT),
            "emoji": True,
        },
    }


def section(text: str, *, accessory: Block | None = None, block_id: str | None = None) -> Block:
    """A mrkdwn section; `text` must already be escaped."""
    block: Block = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": truncate(text, MAX_SECTION_TEXT)},
    }
    if accessory is not None:
        block["accessory"] = accessory
    if block_id:
        block["block_id"] = block_id[:255]
    return block


def context(*texts: str) -> Block:
    """A context line of up to ten mrkdwn elements (escaped); extra ones are dropped."""
    parts = [t for t in texts if t][:MAX_CONTEXT_ELEMENTS]
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": truncate(t, MAX_CONTEXT_TEXT)} for t in parts or [" "]
        ],
    }


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, *, style: str | None = None) -> Block:
    """A button; its label is plain text (never a mention) cut to 75 characters."""
    if len(value) > MAX_BUTTON_VALUE:
        raise ValueError(f"button value longer than {MAX_BUTTON_VALUE} characters")
    el: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": truncate(text, MAX_BUTTON_TEXT), "emoji": True},
        "action_id": action_id[:MAX_ACTION_ID],
        "value": value,
    }
    if style in ("primary", "danger"):
        el["style"] = style
    return el


def actions(*elements: Block, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements[:MAX_ACTIONS_ELEMENTS])}
    if block_id:
        block["block_id"] = block_id[:255]
    return block


def more_line(count: int, noun: str = "more") -> str:
    """ "…and 12 more": what a cut list ends with."""
    return f"…and {count} {noun}"


def bulleted(
    title: str | None,
    lines: Sequence[str],
    *,
    limit: int = MAX_SECTION_TEXT,
    max_items: int | None = None,
    total: int | None = None,
    bullet: str = "• ",
    open_ended: bool = False,
) -> str:
    """A titled bulleted list that fits in `limit` characters, ending with "and N more".

    `total` is how many items exist in all when `lines` is already a cut of them
    (the store was asked for a page), so the count stays honest; `open_ended`
    says the store may hold even more than that, and the last line says "N+".
    """
    total = len(lines) if total is None else max(total, len(lines))
    head = f"{title}\n" if title else ""
    shown: list[str] = []
    used = len(head)
    cap = len(lines) if max_items is None else min(max_items, len(lines))
    for i, line in enumerate(lines[:cap]):
        item = bullet + line
        remaining_after = total - (i + 1)
        reserve = len(more_line(remaining_after)) + 1 if remaining_after > 0 else 0
        if used + len(item) + 1 + reserve > limit:
            if not shown:  # one huge item: cut it instead of showing nothing
                room = limit - used - 1 - (len(more_line(total - 1)) + 1 if total > 1 else 0)
                shown.append(truncate(item, max(room, 20)))
            break
        shown.append(item)
        used += len(item) + 1
    body = head + "\n".join(shown)
    left = total - len(shown)
    if left > 0:
        body += "\n" + more_line(left, "or more" if open_ended else "more")
    return truncate(body, limit)


def finalize(blocks: list[Block], *, max_blocks: int = MAX_BLOCKS) -> list[Block]:
    """The message's blocks, cut to `max_blocks` with a closing "and N more" context.

    Builders already respect the per-block limits; this is the last guard for
    the count, which only the whole message knows.
    """
    if len(blocks) <= max_blocks:
        return blocks
    kept = blocks[: max_blocks - 1]
    dropped = len(blocks) - len(kept)
    return [*kept, context(more_line(dropped, "more blocks not shown"))]


def fallback_text(text: str) -> str:
    """The top-level `text` notifications and screen readers use."""
    return truncate(text or " ", MAX_FALLBACK_TEXT)


def encode_value(data: dict[str, Any]) -> str:
    """A compact JSON button value (checked against the 2,000-character limit)."""
    value = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if len(value) > MAX_BUTTON_VALUE:
        raise ValueError("button value too long")
    return value
