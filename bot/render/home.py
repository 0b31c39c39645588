"""The App Home tab and its modals as Block Kit.

Takes the plain `HomeContent` records from `bot.home` and never queries
anything. Meetings, people and articles are written with the shared helpers of
`bot.render.lines`, so the tab reads like the digest and the `/briefing` cards,
and every word that came from an article or a user is escaped on the way in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.commands import Reply
from bot.home import ChannelFollows, HomeContent, Page, StoreHealth
from bot.models import MeetingRecord
from bot.render.blocks import (
    actions,
    bulleted,
    button,
    context,
    divider,
    finalize,
    header,
    more_line,
    section,
)
from bot.render.cards import ACTION_EVIDENCE as CARD_EVIDENCE
from bot.render.cards import ACTION_PICK as CARD_PICK
from bot.render.digest import roles_line, source_line
from bot.render.flags import country_label
from bot.render.lines import meeting_line, participant_name
from bot.render.mrkdwn import escape, truncate, user_text

#: The Home tab allows 100 blocks (a message 50).
MAX_HOME_BLOCKS = 100
#: A modal's title is at most 24 characters.
MAX_MODAL_TITLE = 24

ACTION_LOOKUP = "home_lookup"
ACTION_DIGEST_PREVIEW = "home_digest_preview"
ACTION_PICK = "home_pick"  # prefix; a candidate button inside the lookup modal
ACTION_EVIDENCE = "home_evidence"  # "Where is this from?" inside the lookup modal
VIEW_LOOKUP = "home_lookup"  # the modal's callback_id
QUERY_BLOCK = "query"
QUERY_ACTION = "query"

FEED_PROBLEMS_SHOWN = 5
FOLLOWS_SHOWN = 12  # countries or people listed for one channel

_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,20}$")

Block = dict[str, Any]


# --- pieces ------------------------------------------------------------------


def channel_ref(channel_id: str) -> str:
    """`<#C123>` (Slack shows the channel's name) for a well-formed id; the escaped id otherwise."""
    if _CHANNEL_ID.match(channel_id or ""):
        return f"<#{channel_id}>"
    return escape(channel_id)


def slack_time(at: datetime) -> str:
    """A time Slack shows in the reader's own zone, with a UTC fallback for old clients."""
    fallback = at.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(at.timestamp())}^{{date_short_pretty}} at {{time}}|{fallback}>"


def sides_text(countries: Sequence[str], gazetteer: Any = None) -> str:
    """ "🇺🇸 United States – 🇯🇵 Japan": the sides of a meeting, with flags."""
    return " – ".join(escape(country_label(c, gazetteer)) for c in countries[:8] if c)


def meeting_block(m: MeetingRecord, gazetteer: Any = None) -> Block:
    """One meeting as the digest shows it (date, place, who), plus its sides and the source."""
    lines = [meeting_line(m, gazetteer)]
    if m.participants and m.countries:
        lines.append(f"      _Sides:_ {sides_text(m.countries, gazetteer)}")
    roles = roles_line(m.participants, gazetteer)
    if roles:
        lines.append(f"      _Roles:_ {roles}")
    source = source_line(m)
    if source:
        lines.append(f"      _Source:_ {source}")
    return section("\n".join(lines))


def digest_schedule(ch: ChannelFollows) -> str:
    if ch.paused_reason:
        return f"⏸ digest paused: {user_text(ch.paused_reason, 120)}"
    if ch.digest_time is None:
        return "no digest scheduled"
    if not ch.digest_enabled:
        return "digest off"
    return f"🕗 daily digest at {escape(ch.digest_time)} {escape(ch.timezone or 'UTC')}"


def channel_block(ch: ChannelFollows, gazetteer: Any = None) -> Block:
    lines = [f"*{channel_ref(ch.channel_id)}* · {digest_schedule(ch)}"]
    if ch.countries:
        labels = [escape(country_label(c, gazetteer)) for c in ch.countries]
        lines.append("Countries: " + _capped(labels))
    if ch.people:
        lines.append("People: " + _capped([participant_name(p, gazetteer) for p in ch.people]))
    if not ch.countries and not ch.people:
        lines.append("_Follows nothing yet_")
    preview = button("Preview digest", ACTION_DIGEST_PREVIEW, ch.channel_id[:2000])
    return section(truncate("\n".join(lines), 3000), accessory=preview)


def _capped(items: Sequence[str], shown: int = FOLLOWS_SHOWN) -> str:
    text = ", ".join(items[:shown])
    return text + (f", {more_line(len(items) - shown)}" if len(items) > shown else "")


def health_lines(health: StoreHealth) -> list[str]:
    n = health.articles
    lines = [f"📚 *{n:,}* article{'s' if n != 1 else ''} stored"]
    if health.latest_ingest_at:
        lines.append(f"🕒 Newest ingest: {slack_time(health.latest_ingest_at)}")
    else:
        lines.append("🕒 Nothing ingested yet")
    if health.feeds_total == 0:
        lines.append("📡 No feeds configured")
    elif not health.feed_problems:
        lines.append(
            f"📡 {health.feeds_total} feed{'s' if health.feeds_total != 1 else ''}, no errors"
        )
    else:
        bad = len(health.feed_problems)
        lines.append(f"⚠️ {bad} of {health.feeds_total} feeds with errors:")
        for f in health.feed_problems[:FEED_PROBLEMS_SHOWN]:
            since = f" (last success {slack_time(f.last_success_at)})" if f.last_success_at else ""
            lines.append(f"    • *{user_text(f.name, 60)}*: {user_text(f.error, 160)}{since}")
        if bad > FEED_PROBLEMS_SHOWN:
            lines.append("    " + more_line(bad - FEED_PROBLEMS_SHOWN))
    return lines


def _more(page: Page[Any], noun: str) -> list[Block]:
    return [context(more_line(page.more, noun))] if page.more else []


def _unavailable(what: str) -> Block:
    return context(
        f"⚠️ The {what} could not be read just now; it is logged. Reopen the tab to retry."
    )


# --- the tab -------------------------------------------------------------------


def lookup_prompt() -> list[Block]:
    hint = (
        "*Look someone up*: a person (`Sullivan`, even misspelt), a country (`Japan`, `ROK`) "
        "or a place (`Annapolis`). The same as typing `/briefing &lt;name&gt;` in a channel."
    )
    return [section(hint, accessory=button("Look up", ACTION_LOOKUP, "lookup", style="primary"))]


def first_run_blocks() -> list[Block]:
    return [
        header("Welcome to the diplomacy briefing"),
        section(
            "The store has no articles yet, so there is nothing to brief on. To get started:\n"
            "• *Add articles* on the server: `briefing-bot ingest PATH|URL` "
            "(files, folders or links)\n"
            "• *…or from Slack*: `/briefing add &lt;url&gt;` in any channel\n"
            "• *Follow a country* in a channel: `/briefing subscribe Japan` — "
            "the channel then gets a daily digest and alerts\n"
            "• `/briefing help` lists everything else"
        ),
    ]


def home_view(content: HomeContent, gazetteer: Any = None) -> dict[str, Any]:
    """The whole Home tab (≤ 100 blocks), or the first-run view when the store is empty."""
    blocks: list[Block] = []
    if content.first_run:
        blocks += first_run_blocks()
    else:
        blocks.append(header("Diplomacy briefing"))
        blocks += lookup_prompt()
        blocks.append(divider())
        blocks += _week_blocks(content, gazetteer)
        blocks.append(divider())
        blocks += _planned_blocks(content, gazetteer)
    blocks.append(divider())
    blocks += _follows_blocks(content, gazetteer)
    blocks.append(divider())
    blocks.append(header("Store health"))
    blocks.append(
        section("\n".join(health_lines(content.health)))
        if content.health
        else _unavailable("store's health")
    )
    return {"type": "home", "blocks": finalize(blocks, max_blocks=MAX_HOME_BLOCKS)}


def _week_blocks(content: HomeContent, gazetteer: Any) -> list[Block]:
    span = f"{content.week_from:%d %b} – {content.today:%d %b %Y}"
    out: list[Block] = [header(f"This week · {span}")]
    page = content.meetings
    if page is None:
        return [*out, _unavailable("week's meetings")]
    if not page.items:
        if not content.latest:
            return [*out, section("No meetings dated this week in the store.")]
        out.append(section("No meetings dated this week. The most recent news in the store:"))
        return out + [meeting_block(m, gazetteer) for m in content.latest]
    out += [meeting_block(m, gazetteer) for m in page.items]
    return out + _more(page, "more meetings this week")


def _planned_blocks(content: HomeContent, gazetteer: Any) -> list[Block]:
    out: list[Block] = [header("Upcoming")]
    page = content.planned
    if page is None:
        return [*out, _unavailable("planned meetings")]
    if not page.items:
        return [*out, section("No planned meetings announced.")]
    lines = [meeting_line(m, gazetteer, summary_limit=100) for m in page.items]
    return [*out, section(bulleted(None, lines, total=page.total))]


def _follows_blocks(content: HomeContent, gazetteer: Any) -> list[Block]:
    out: list[Block] = [header("What your channels follow")]
    page = content.follows
    if page is None:
        return [*out, _unavailable("subscriptions")]
    if not page.items:
        return [
            *out,
            section(
                "No channel follows anything yet. In a channel, try "
                "`/briefing subscribe Japan` or `/briefing follow Sullivan`."
            ),
        ]
    out += [channel_block(ch, gazetteer) for ch in page.items]
    return out + _more(page, "more channels")


def error_view() -> dict[str, Any]:
    """What the tab shows when building it failed altogether (the cause is logged)."""
    return {
        "type": "home",
        "blocks": [
            header("Diplomacy briefing"),
            section(
                "Sorry, the briefing could not be loaded just now. The error is logged; "
                "reopen the tab in a moment."
            ),
            *lookup_prompt(),
        ],
    }


# --- modals --------------------------------------------------------------------


def _plain(text: str, limit: int = MAX_MODAL_TITLE) -> dict[str, Any]:
    return {"type": "plain_text", "text": truncate(text, limit), "emoji": True}


def query_input(label: str = "A person, country or place", initial: str | None = None) -> Block:
    element: Block = {
        "type": "plain_text_input",
        "action_id": QUERY_ACTION,
        "max_length": 500,
        "placeholder": _plain("Sullivan, Japan, Annapolis…", 150),
    }
    if initial:
        element["initial_value"] = initial[:500]
    return {
        "type": "input",
        "block_id": QUERY_BLOCK,
        "label": _plain(label, 2000),
        "element": element,
    }


def lookup_modal() -> dict[str, Any]:
    """The "Look up" modal: one text field; submitting it shows the `/briefing` card."""
    return {
        "type": "modal",
        "callback_id": VIEW_LOOKUP,
        "title": _plain("Look up"),
        "submit": _plain("Look up"),
        "close": _plain("Cancel"),
        "blocks": [query_input()],
    }


def card_modal(query: str, reply: Reply) -> dict[str, Any]:
    """The `/briefing` card in the modal, with the field below to look up someone else.

    Sharing needs a channel the modal does not have, so that button is left
    out; candidate and evidence buttons are re-pointed at the Home handlers,
    which answer inside the modal instead of on a message's response_url.
    """
    blocks = [b for b in (_for_modal(b) for b in reply.blocks) if b is not None]
    blocks = finalize(blocks, max_blocks=MAX_HOME_BLOCKS - 2)
    blocks += [divider(), query_input("Look up someone else")]
    return {
        "type": "modal",
        "callback_id": VIEW_LOOKUP,
        "title": _plain("Briefing"),
        "submit": _plain("Look up"),
        "close": _plain("Done"),
        "private_metadata": query[:3000],
        "blocks": blocks,
    }


def _for_modal(block: Block) -> Block | None:
    if block.get("type") != "actions":
        return block
    kept = []
    for i, el in enumerate(block.get("elements", [])):
        action_id = str(el.get("action_id", ""))
        if action_id.startswith(CARD_PICK):
            kept.append({**el, "action_id": f"{ACTION_PICK}_{i}"})
        elif action_id == CARD_EVIDENCE:
            kept.append({**el, "action_id": ACTION_EVIDENCE})
    if not kept:
        return None
    return actions(*kept, block_id=block.get("block_id"))


def digest_modal(channel_id: str, reply: Reply) -> dict[str, Any]:
    """A channel's next digest, as the channel would get it, in a modal."""
    intro = context(f"The digest {channel_ref(channel_id)} would get next, if it were sent now.")
    return {
        "type": "modal",
        "title": _plain("Digest preview"),
        "close": _plain("Close"),
        "blocks": finalize([intro, *reply.blocks], max_blocks=MAX_HOME_BLOCKS),
    }


def reply_modal(title: str, reply: Reply) -> dict[str, Any]:
    """Any `/briefing` reply on its own in a modal (pushed over the lookup modal)."""
    return {
        "type": "modal",
        "title": _plain(title),
        "close": _plain("Back"),
        "blocks": finalize(list(reply.blocks), max_blocks=MAX_HOME_BLOCKS),
    }
