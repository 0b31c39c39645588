"""Digest and alert messages in Block Kit, and the digest as plain text for the console.

Meeting and source lines come from bot/render/lines.py so a meeting reads the
same in a digest, an alert and a `/briefing` card. Cuts end with "and N more"
so a long day never silently loses meetings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.digest import Digest, DigestGroup, Interests
from bot.models import MeetingRecord, Participant
from bot.render.blocks import (
    MAX_BLOCKS,
    Block,
    bulleted,
    context,
    divider,
    fallback_text,
    header,
    more_line,
    section,
)
from bot.render.flags import country_label
from bot.render.lines import article_line, meeting_line, participant_name, role_text
from bot.render.mrkdwn import escape

#: meetings listed in one section before "and N more" (Slack allows 3,000 characters)
MAX_MEETINGS_PER_SECTION = 8


def roles_line(participants: Sequence[Participant], gazetteer: Any = None) -> str:
    """ "Suh Hoon 🇰🇷, national security adviser; …": who spoke in what role."""
    parts = []
    for p in participants[:8]:
        role = role_text(p.role, p.org, 80)
        if role:
            parts.append(f"{participant_name(p, gazetteer)}, {role}")
    return "; ".join(parts)


def source_line(meeting: MeetingRecord) -> str:
    """The first article that reported the meeting, and how many others did."""
    if not meeting.articles:
        return ""
    first = sorted(meeting.articles, key=lambda a: (a.ingested_at, a.id))[0]
    text = article_line(first)
    others = len(meeting.articles) - 1
    if others:
        text += f" (+{others} more report{'s' if others != 1 else ''})"
    return text


def meeting_entry(meeting: MeetingRecord, gazetteer: Any = None) -> str:
    """A meeting with date, place, mode, participants, their roles, and its source."""
    lines = [meeting_line(meeting, gazetteer)]
    roles = roles_line(meeting.participants, gazetteer)
    if roles:
        lines.append(f"      _Roles:_ {roles}")
    source = source_line(meeting)
    if source:
        lines.append(f"      _Source:_ {source}")
    return "\n".join(lines)


def group_title(group: DigestGroup, gazetteer: Any = None) -> str:
    if not group.countries:
        return "People you follow"
    return " · ".join(country_label(c, gazetteer) for c in group.countries)


def _entries(
    meetings: Sequence[MeetingRecord], gazetteer: Any, cache: dict[int, str] | None
) -> list[str]:
    """The entries a section can show (the rest become "and N more"), each rendered once."""
    out = []
    for m in meetings[:MAX_MEETINGS_PER_SECTION]:
        if cache is None:
            out.append(meeting_entry(m, gazetteer))
            continue
        entry = cache.get(m.id)
        if entry is None:
            entry = cache[m.id] = meeting_entry(m, gazetteer)
        out.append(entry)
    return out


def _group_blocks(
    group: DigestGroup, gazetteer: Any, titled: bool, cache: dict[int, str] | None = None
) -> list[Block]:
    blocks: list[Block] = []
    title = f"*{group_title(group, gazetteer)}*\n" if titled else ""
    for name, items in (("News", group.news), ("Upcoming", group.upcoming)):
        if items:
            text = bulleted(f"{title}*{name}*", _entries(items, gazetteer, cache), total=len(items))
            blocks.append(section(text))
            title = ""
    return blocks


def _count(n: int) -> str:
    return f"{n} new meeting{'s' if n != 1 else ''}"


def digest_message(
    digest: Digest,
    gazetteer: Any = None,
    *,
    cache: dict[int, str] | None = None,
    max_blocks: int = MAX_BLOCKS,
) -> tuple[str, list[Block]]:
    """(fallback text, blocks) of a channel's digest, or its "all quiet" line when empty.

    `cache` (meeting id -> entry) lets a batch of digests render each meeting once;
    `max_blocks` leaves room for what a caller adds below (a preview's note).
    """
    since = digest.since.strftime("%Y-%m-%d %H:%M UTC")
    if digest.empty:
        text = f"All quiet: no new meetings for this channel since {since}."
        return text, [section(text)]
    countries = [c for g in digest.groups for c in g.countries]
    label = ", ".join(dict.fromkeys(country_label(c, gazetteer) for c in countries))
    text = fallback_text(
        f"Briefing digest: {_count(digest.meeting_count)}" + (f" ({label})" if label else "")
    )
    blocks: list[Block] = [
        header(f"Briefing digest: {_count(digest.meeting_count)}"),
        context(f"Reported since {since}"),
    ]
    titled = len(digest.groups) > 1 or bool(digest.groups and digest.groups[0].countries)
    room = max_blocks - 1  # keep one for "and N more"
    for i, group in enumerate(digest.groups):
        more = _group_blocks(group, gazetteer, titled, cache)
        if i and len(blocks) + 1 + len(more) > room:
            rest = digest.groups[i:]
            left = sum(len(g.news) + len(g.upcoming) for g in rest)
            blocks.append(
                context(
                    more_line(left, f"meetings in {len(rest)} more groups")
                    + ": run `/briefing digest` for the full list"
                )
            )
            break
        if i:
            blocks.append(divider())
        blocks.extend(more)
    return text, blocks


def alert_message(
    meeting: MeetingRecord, interests: Interests | None = None, gazetteer: Any = None
) -> tuple[str, list[Block]]:
    """One new meeting, and which of the channel's subscriptions it touched."""
    why = []
    if interests is not None:
        why = [
            country_label(c, gazetteer)
            for c in sorted(interests.countries & set(meeting.countries))
        ]
        why += [
            participant_name(p, gazetteer)
            for p in meeting.participants
            if p.person_id in interests.person_ids
        ]
    kind = "Planned meeting" if meeting.status == "planned" else "New meeting"
    # the fallback text is mrkdwn too: an article's words must not ping anyone
    text = fallback_text(f"{kind}: {escape(meeting.summary or meeting.date or '')}")
    blocks = [section(f"*{kind}*\n" + meeting_entry(meeting, gazetteer))]
    if why:
        blocks.append(context("You follow " + ", ".join(why)))
    return text, blocks


def digest_text(digest: Digest, gazetteer: Any = None) -> str:
    """The digest for a terminal: the same content, without Block Kit."""
    since = digest.since.strftime("%Y-%m-%d %H:%M UTC")
    head = f"# {digest.channel_id}: "
    if digest.empty:
        return head + f"no new meetings since {since}"
    lines = [head + f"{_count(digest.meeting_count)} since {since}"]
    for group in digest.groups:
        lines.append("")
        lines.append(f"## {group_title(group, gazetteer)}")
        for name, items in (("News", group.news), ("Upcoming", group.upcoming)):
            if items:
                lines.append(f"{name}:")
                lines.extend("- " + meeting_entry(m, gazetteer) for m in items)
    return "\n".join(lines)


class DigestRenderer:
    """The renderer the scheduler's jobs use, bound to the gazetteer of the running bot."""

    def __init__(self, gazetteer: Any = None) -> None:
        self.gazetteer = gazetteer

    def digest_message(
        self, digest: Digest, cache: dict[int, str] | None = None
    ) -> tuple[str, list[Block]]:
        return digest_message(digest, self.gazetteer, cache=cache)

    def alert_message(
        self, meeting: MeetingRecord, interests: Interests
    ) -> tuple[str, list[Block]]:
        return alert_message(meeting, interests, self.gazetteer)
