"""`/briefing <anything>`: find the person, country or place meant, and answer with its card.

This is the default subcommand: text that starts with no subcommand word
lands here. Buttons on the cards carry a target (`person:12`, `country:JP`,
`place:Annapolis`) that `render_target` turns back into the same card, so a
click, a share and a typed query all render through one path.
"""

from __future__ import annotations

import logging

from bot.commands import CommandContext, Reply, subcommand
from bot.matching import Candidate
from bot.render.cards import MAX_MEETINGS as SHOWN
from bot.render.cards import (
    choices_card,
    country_card,
    evidence_card,
    message_card,
    no_match_card,
    person_card,
    place_card,
)
from bot.render.mrkdwn import user_text
from bot.store.queries import country_page

log = logging.getLogger(__name__)

#: How many meetings (or people) a card asks the store for; a full page says "or more".
PAGE = 40
#: Country and place cards read only the meetings they show (SHOWN) and count the
#: rest up to COUNT_CAP ("and 985 or more" beyond), so a busy country costs about
#: what a quiet one does.
COUNT_CAP = 1000


@subcommand(
    "lookup",
    usage="<person | country | place>",
    summary="who someone is and whom they met; a country's or a place's recent meetings",
    example="Sullivan",
)
def lookup(ctx: CommandContext, text: str) -> Reply:
    return answer(ctx, text)


def answer(ctx: CommandContext, text: str) -> Reply:
    """The reply to a free-text query: a card, a choice of people, or suggestions."""
    matcher = ctx.services.matcher()
    res = matcher.resolve(text)
    if res.ambiguous:
        people = [matcher.people[int(c.key)] for c in res.alternatives if c.kind == "person"]
        return choices_card(text, people, ctx.services.gazetteer, total=res.total_alternatives)
    if res.best is not None:
        return render_target(ctx, res.best.target, match=res.best)
    return no_match_card(text, res.suggestions)


def render_target(
    ctx: CommandContext,
    target: str,
    *,
    match: Candidate | None = None,
    shared_by: str | None = None,
) -> Reply:
    """The card of `kind:key`; `shared_by` makes the in-channel version with its attribution."""
    kind, _, key = (target or "").partition(":")
    services = ctx.services
    store, gaz = services.store, services.gazetteer
    if kind == "person" and key.isdigit():
        profile = store.person_profile(int(key), meeting_limit=PAGE)
        if profile is None:
            return message_card("That person is no longer in the store. Try the name again.")
        return person_card(profile, gaz, match=match, shared_by=shared_by, page=PAGE)
    if kind == "country" and key:
        with store.read() as conn:  # one connection for the card's five reads
            page = country_page(conn, key, shown=SHOWN, count_cap=COUNT_CAP, people_limit=PAGE)
        return country_card(
            key,
            gaz,
            recent=page.recent,
            recent_total=page.recent_total,
            people=page.people,
            planned=page.planned,
            planned_total=page.planned_total,
            count_cap=COUNT_CAP,
            match=match,
            shared_by=shared_by,
            page=PAGE,
        )
    if kind == "place" and key:
        return place_card(
            key,
            store.meetings(location=key, limit=SHOWN),
            gaz,
            total=store.count_meetings(location=key, at_most=COUNT_CAP),
            count_cap=COUNT_CAP,
            match=match,
            shared_by=shared_by,
            page=PAGE,
        )
    log.warning("unknown card target %r", target[:100])
    return message_card(f"I cannot show “{user_text(target, 60)}”.")


def evidence(ctx: CommandContext, person_id: str) -> Reply:
    """Where a person's name and roles were read: the sentences and their articles."""
    if not person_id.isdigit():
        return message_card("I cannot tell which person that was.")
    profile = ctx.services.store.person_profile(int(person_id))
    if profile is None:
        return message_card("That person is no longer in the store.")
    return evidence_card(profile, ctx.services.gazetteer)
