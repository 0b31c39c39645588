"""The `/briefing` answers as Block Kit: person, country and place cards, choices, no match.

Cards take records and return a `Reply`; they never query anything, so the
console, Slack and the tests render exactly the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.commands import Reply
from bot.matching import Candidate
from bot.models import MeetingRecord, PersonProfile, PersonSummary
from bot.render.blocks import (
    MAX_BUTTON_VALUE,
    actions,
    bulleted,
    button,
    context,
    divider,
    fallback_text,
    finalize,
    header,
    section,
)
from bot.render.flags import country_label, country_name, flag
from bot.render.lines import (
    article_line,
    meeting_line,
    participant_name,
    person_line,
    role_text,
)
from bot.render.mrkdwn import escape, truncate, user_text

#: action_id prefixes the Slack handlers listen for (a suffix keeps ids unique in a block)
ACTION_PICK = "briefing_pick"
ACTION_SHARE = "briefing_share"
ACTION_EVIDENCE = "briefing_evidence"
ACTION_FOLLOW = "briefing_follow"  # a namesake chosen for `follow`

MAX_MEETINGS = 15
MAX_ARTICLES = 10
MAX_CO = 8
MAX_CHOICES = 10

_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _full(rows: Sequence[Any], page: int | None) -> bool:
    return page is not None and len(rows) >= page


def _more_behind(rows: Sequence[Any], page: int | None, total: int | None, cap: int | None) -> bool:
    """Whether the store may hold more than the list (or its count) says."""
    if total is None:
        return _full(rows, page)
    return cap is not None and total >= cap


def _meetings_section(
    title: str,
    rows: Sequence[MeetingRecord],
    gazetteer: Any,
    *,
    empty: str,
    page: int | None,
    total: int | None,
    cap: int | None,
) -> dict[str, Any]:
    """A titled list of meetings cut to MAX_MEETINGS, saying how many more the store holds."""
    lines = [meeting_line(m, gazetteer) for m in rows[:MAX_MEETINGS]]
    if not lines:
        return section(f"{title}\n{empty}")
    return section(
        bulleted(
            title,
            lines,
            max_items=MAX_MEETINGS,
            total=len(rows) if total is None else total,
            open_ended=_more_behind(rows, page, total, cap),
        )
    )


def shared_by_line(user_id: str | None) -> str | None:
    """ "Shared by <@U123>", only for a well-formed Slack user id (nothing else is linked)."""
    if user_id and _USER_ID.match(user_id):
        return f"Shared by <@{user_id}>"
    return None


def match_note(match: Candidate | None) -> str | None:
    """How sure the lookup is, in words a reader can judge."""
    if match is None:
        return None
    typed = user_text(match.matched or "", 60)
    if match.how == "exact":
        return "Exact match"
    if match.how == "name":
        return f"Matched by name “{typed}”"
    return f"Closest match for “{typed}” ({match.score:.0f}% similar)"


def _share_and_more(target: str, *, evidence_for: int | None = None) -> dict[str, Any]:
    elements = []
    if evidence_for is not None:
        elements.append(button("Where is this from?", ACTION_EVIDENCE, str(evidence_for)))
    elements.append(
        button("Share in channel", ACTION_SHARE, target[:MAX_BUTTON_VALUE], style="primary")
    )
    return actions(*elements, block_id="briefing_card_actions")


def _finish(
    blocks: list[dict[str, Any]], text: str, shared_by: str | None, in_channel: bool
) -> Reply:
    line = shared_by_line(shared_by)
    if line:
        blocks.append(context(line))
        text = f"{text} (shared by <@{shared_by}>)"
    return Reply(text=fallback_text(text), blocks=finalize(blocks), in_channel=in_channel)


def person_card(
    profile: PersonProfile,
    gazetteer: Any = None,
    *,
    match: Candidate | None = None,
    shared_by: str | None = None,
    page: int | None = None,
) -> Reply:
    """Who someone is, how sure we are, whom they met (newest first), where we read it."""
    p = profile.person
    blocks: list[dict[str, Any]] = [header(p.name)]
    about = role_text(p.role, p.org, 300) or "_No role recorded yet_"
    place = country_label(p.country, gazetteer)
    about = f"*{about}*" if p.role or p.org else about
    blocks.append(section(f"{about}\n{place}" if place else about))
    notes = [match_note(match)]
    n_art = max(len(profile.articles), p.article_count)
    notes.append(f"Read in {n_art} article{'s' if n_art != 1 else ''}")
    if profile.roles and profile.roles[0].seen_on:
        notes.append(f"Role as of {escape(profile.roles[0].seen_on)}")
    blocks.append(context(*[n for n in notes if n]))
    if shared_by is None:
        blocks.append(_share_and_more(f"person:{p.id}", evidence_for=p.id))

    blocks.append(divider())
    # only the lines a list can show are rendered; `total` keeps "and N more" honest
    meetings = [
        meeting_line(m, gazetteer, exclude_person_id=p.id) for m in profile.meetings[:MAX_MEETINGS]
    ]
    blocks.append(
        section(
            bulleted(
                "*Meetings* (newest first)",
                meetings,
                max_items=MAX_MEETINGS,
                total=len(profile.meetings),
                open_ended=_full(profile.meetings, page),
            )
        )
        if meetings
        else section("*Meetings*\nNone recorded yet.")
    )
    if profile.articles:
        arts = [article_line(a) for a in profile.articles[:MAX_ARTICLES]]
        blocks.append(section(bulleted("*Articles*", arts, max_items=MAX_ARTICLES, total=n_art)))
    if profile.co_participants:
        co = [
            f"{participant_name(s, gazetteer)} ({n} meeting{'s' if n != 1 else ''})"
            for s, n in profile.co_participants
        ]
        blocks.append(section(bulleted("*Meets most*", co, max_items=MAX_CO)))

    role_plain = ", ".join(x for x in (p.role, p.org) if x)
    text = p.name + (f", {role_plain}" if role_plain else "")
    if p.country:
        text += f" ({country_name(p.country, gazetteer)})"
    n_meet = len(profile.meetings)
    text += f": {_count(n_meet, 'meeting')}, {_count(n_art, 'article')}"
    return _finish(blocks, escape(text), shared_by, shared_by is not None)


def evidence_card(profile: PersonProfile, gazetteer: Any = None, *, limit: int = 8) -> Reply:
    """The sentences the roles were read from, with the article each came from."""
    p = profile.person
    titles = {a.id: a for a in profile.articles}
    lines = []
    for r in profile.roles:
        if not r.evidence:
            continue
        src = titles.get(r.article_id)
        where = article_line(src) if src else f"article {r.article_id}"
        role = role_text(r.role, r.org) or "no role"
        lines.append(
            f"_{role}_ ({escape(r.seen_on or 'undated')}): “{user_text(r.evidence, 400)}” — {where}"
        )
    title = f"*Where “{escape(p.name)}” comes from*"
    body = (
        bulleted(title, lines, max_items=limit)
        if lines
        else f"{title}\nNo evidence sentence was stored."
    )
    return Reply(text=fallback_text(f"Where {escape(p.name)} comes from"), blocks=[section(body)])


def country_card(
    code: str,
    gazetteer: Any,
    *,
    recent: Sequence[MeetingRecord],
    people: Sequence[PersonSummary],
    planned: Sequence[MeetingRecord],
    match: Candidate | None = None,
    shared_by: str | None = None,
    page: int | None = None,
    recent_total: int | None = None,
    planned_total: int | None = None,
    count_cap: int | None = None,
) -> Reply:
    """A country's recent meetings, its people seen lately, and what is planned.

    `page` is how many rows the store was asked for: a list that long may have
    more behind it, and says "N or more". `recent_total` and `planned_total`,
    when the store counted them, make it say how many more (exactly, unless the
    count stopped at `count_cap`).
    """
    label = country_label(code, gazetteer)
    blocks: list[dict[str, Any]] = [header(label)]
    blocks.append(context(*[n for n in (match_note(match), f"Code {escape(code.upper())}") if n]))
    if shared_by is None:
        blocks.append(_share_and_more(f"country:{code}"))
    blocks.append(divider())
    blocks.append(
        _meetings_section(
            "*Recent meetings*",
            recent,
            gazetteer,
            empty="None recorded yet.",
            page=page,
            total=recent_total,
            cap=count_cap,
        )
    )
    if people:
        lines = [person_line(s, gazetteer) for s in people[:MAX_MEETINGS]]
        blocks.append(
            section(
                bulleted(
                    "*People seen lately*",
                    lines,
                    max_items=MAX_MEETINGS,
                    total=len(people),
                    open_ended=_full(people, page),
                )
            )
        )
    blocks.append(
        _meetings_section(
            "*Planned*",
            planned,
            gazetteer,
            empty="Nothing announced.",
            page=page,
            total=planned_total,
            cap=count_cap,
        )
    )
    name = country_name(code, gazetteer)
    n_recent = len(recent) if recent_total is None else recent_total
    n_planned = len(planned) if planned_total is None else planned_total
    text = f"{name}: {n_recent} recent meetings, {n_planned} planned"
    return _finish(blocks, escape(text), shared_by, shared_by is not None)


def place_card(
    place: str,
    meetings: Sequence[MeetingRecord],
    gazetteer: Any = None,
    *,
    match: Candidate | None = None,
    shared_by: str | None = None,
    page: int | None = None,
    total: int | None = None,
    count_cap: int | None = None,
) -> Reply:
    """The meetings held in one place, newest first; `total` is how many there are in all
    (or at least, when the count stopped at `count_cap`)."""
    blocks: list[dict[str, Any]] = [header(f"📍 {place}")]
    note = match_note(match)
    if note:
        blocks.append(context(note))
    if shared_by is None:
        blocks.append(_share_and_more(f"place:{truncate(place, 200)}"))
    blocks.append(divider())
    blocks.append(
        _meetings_section(
            "*Meetings held here*",
            meetings,
            gazetteer,
            empty="None recorded.",
            page=page,
            total=total,
            cap=count_cap,
        )
    )
    n = len(meetings) if total is None else total
    text = f"{place}: {n} meeting{'s' if n != 1 else ''}"
    return _finish(blocks, escape(text), shared_by, shared_by is not None)


def choice_label(person: PersonSummary, gazetteer: Any = None) -> str:
    """A button label that tells namesakes apart: flag, name, role.

    The flag and the name come first so that cutting to 75 characters only
    ever shortens the role.
    """
    mark = flag(person.country, gazetteer)
    label = f"{mark} {person.name}" if mark else person.name
    if person.role:
        label += f" · {person.role}"
    return truncate(label, 75)


def choices_card(
    query: str,
    people: Sequence[PersonSummary],
    gazetteer: Any = None,
    *,
    total: int | None = None,
    intro: str | None = None,
    action: str = ACTION_PICK,
) -> Reply:
    """Several people match about equally well: one button each, with role and country.

    A button's value is `person:ID` and its action `action`, so the same list
    serves a lookup (the card replaces it) and `follow` (the follow does).
    """
    total = max(total or 0, len(people))
    shown = list(people[:MAX_CHOICES])
    intro = intro or f"Several people match “{user_text(query)}”. Which one?"
    lines = [person_line(p, gazetteer, show_articles=True) for p in shown]
    blocks = [section(bulleted(intro, lines, total=total))]
    buttons = [
        button(choice_label(p, gazetteer), f"{action}_{i}", f"person:{p.id}")
        for i, p in enumerate(shown)
    ]
    blocks.append(actions(*buttons, block_id=f"{action}_choices"))
    text = f"Several people match “{truncate(query, 80)}”: " + ", ".join(p.name for p in shown)
    return Reply(text=fallback_text(escape(text)), blocks=finalize(blocks))


def no_match_card(query: str, suggestions: Sequence[Candidate]) -> Reply:
    """Nothing matched well enough: say so kindly and offer the nearest names."""
    shown = user_text(query)
    if suggestions:
        names = ", ".join(f"*{escape(s.label)}*" for s in suggestions)
        msg = f"I found nobody, no country and no place matching “{shown}”. Did you mean {names}?"
    else:
        msg = (
            f"I found nobody, no country and no place matching “{shown}”. "
            "Try a surname (`Sullivan`), a country (`Japan`) or a city."
        )
    blocks = [section(msg)]
    if suggestions:
        buttons = [
            button(truncate(s.label, 75), f"{ACTION_PICK}_{i}", s.target[:MAX_BUTTON_VALUE])
            for i, s in enumerate(suggestions[:5])
        ]
        blocks.append(actions(*buttons, block_id="briefing_suggestions"))
    return Reply(text=fallback_text(msg), blocks=blocks)


def message_card(text: str) -> Reply:
    """A one-section answer (already escaped mrkdwn)."""
    return Reply(text=fallback_text(text), blocks=[section(text)])
