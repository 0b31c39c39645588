"""One-line renderings of meetings, people and articles, shared by every message.

The digest, the Home tab, alerts and `/briefing` cards all show a meeting or a
person the same way, so readers learn one format. Every function returns
escaped mrkdwn, ready to go into a section.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.models import ArticleRef, MeetingRecord, Participant, PersonSummary
from bot.render.flags import country_label, flag
from bot.render.mrkdwn import escape, link, user_text

MODE_LABELS = {"in_person": "in person", "call": "call", "virtual": "video call"}
STATUS_LABELS = {"held": "held", "planned": "planned", "cancelled": "cancelled"}


def participant_name(p: Participant | PersonSummary, gazetteer: Any = None) -> str:
    """ "Suh Hoon 🇰🇷": a name with the flag of the country they spoke for."""
    mark = flag(p.country, gazetteer)
    return escape(p.name) + (f" {mark}" if mark else "")


def role_text(role: str | None, org: str | None, limit: int = 120) -> str:
    """ "National security adviser, White House": role and organisation, escaped."""
    parts = [r for r in (role, org) if r]
    if role and org and org.casefold() in role.casefold():
        parts = [role]
    return user_text(", ".join(parts), limit) if parts else ""


def person_line(
    person: PersonSummary, gazetteer: Any = None, *, show_articles: bool = False
) -> str:
    """ "*Jake Sullivan* 🇺🇸, national security adviser, White House (3 articles)"."""
    text = f"*{escape(person.name)}*"
    mark = flag(person.country, gazetteer)
    if mark:
        text += f" {mark}"
    role = role_text(person.role, person.org)
    if role:
        text += f", {role}"
    if show_articles and person.article_count:
        n = person.article_count
        text += f" ({n} article{'s' if n != 1 else ''})"
    return text


def meeting_line(
    meeting: MeetingRecord,
    gazetteer: Any = None,
    *,
    exclude_person_id: int | None = None,
    max_participants: int = 6,
    summary_limit: int = 140,
) -> str:
    """ "*2021-04-02* · Annapolis, Maryland · in person · held: summary — with A 🇯🇵, B 🇰🇷".

    `exclude_person_id` leaves out the person whose card this is, so the line
    lists the *other* participants.
    """
    head = [f"*{escape(meeting.date or 'date unknown')}*"]
    if meeting.location:
        head.append(user_text(meeting.location, 80))
    mode = MODE_LABELS.get(meeting.mode)
    if mode:
        head.append(mode)
    status = STATUS_LABELS.get(meeting.status, meeting.status)
    head.append(f"_{status}_" if meeting.status != "held" else status)
    text = " · ".join(head)
    if meeting.summary:
        text += f": {user_text(meeting.summary, summary_limit)}"
    others = [p for p in meeting.participants if p.person_id != exclude_person_id]
    if others:
        names = [participant_name(p, gazetteer) for p in others[:max_participants]]
        if len(others) > max_participants:
            names.append(f"and {len(others) - max_participants} more")
        text += " — with " + ", ".join(names)
    elif meeting.countries and exclude_person_id is None:
        text += " — " + ", ".join(country_label(c, gazetteer) for c in meeting.countries[:6])
    return text


def article_line(article: ArticleRef) -> str:
    """ "<url|Title> — Outlet, 2021-04-03": linked when the URL is known."""
    title = user_text(article.title or "Untitled article", 150)
    text = link(article.url, title)
    meta = [m for m in (user_text(article.outlet, 60), escape(article.published or "")) if m]
    if meta:
        text += " — " + ", ".join(meta)
    return text


def names_list(people: Sequence[PersonSummary | Participant], gazetteer: Any = None) -> str:
    return ", ".join(participant_name(p, gazetteer) for p in people)
