"""Channel subscriptions: subscribe, unsubscribe, follow, unfollow, subscriptions, schedule, digest.

Slack-free: whether the bot may post in a channel is asked through
`services.can_post(channel_id)`, which the Slack wiring provides. Every change
goes through `Store.write()`, and a schedule change tells this process's
scheduler to rebuild its jobs (other processes pick it up on their next sync).
"""

from __future__ import annotations

import difflib
import re
import zoneinfo
from datetime import datetime, timedelta

from bot.commands import CommandContext, Reply, subcommand
from bot.delivery import utc_now
from bot.digest import DigestSettings, due_at, preview
from bot.render.blocks import MAX_BLOCKS, context, fallback_text, section
from bot.render.cards import ACTION_FOLLOW, choices_card, message_card
from bot.render.digest import digest_message
from bot.render.flags import country_label
from bot.render.lines import person_line
from bot.render.mrkdwn import escape, user_text
from bot.store import subscriptions as subs_sql

INVITE_HINT = "invite me first with `/invite @briefing`, then run the command again"
_HHMM = re.compile(r"^(\d{1,2}):(\d{2})$")


# --- shared checks ------------------------------------------------------------


def _settings(ctx: CommandContext) -> DigestSettings:
    return DigestSettings.from_settings(ctx.services.settings)


def _need_channel(ctx: CommandContext) -> Reply | None:
    if ctx.channel_id:
        return None
    return message_card(
        "Subscriptions belong to a Slack channel: run this as `/briefing …` in the channel "
        "that should get the digest."
    )


def _may_change(ctx: CommandContext) -> Reply | None:
    allowed = ctx.services.settings.get("subscriptions.allowed_users") or []
    if not allowed or (ctx.user_id and ctx.user_id in allowed):
        return None
    return message_card(
        "Sorry, only the people this workspace chose can change what this channel follows. "
        "Ask one of them, or run `/briefing subscriptions` to see what it follows now."
    )


def _can_post(ctx: CommandContext) -> bool | None:
    check = getattr(ctx.services, "can_post", None)
    if check is None or not ctx.channel_id:
        return None
    try:
        return check(ctx.channel_id)
    except Exception:
        return None


def _not_member() -> Reply:
    return message_card(f"I cannot post in this channel yet: {INVITE_HINT}. Nothing was changed.")


def _changed() -> None:
    from bot.scheduler import schedule_changed

    schedule_changed()


def _guard_change(ctx: CommandContext) -> tuple[Reply | None, bool | None]:
    """The refusal to answer with, if any, and whether the bot can post here."""
    refusal = _need_channel(ctx) or _may_change(ctx)
    if refusal is not None:
        return refusal, None
    can = _can_post(ctx)
    if can is False:
        return _not_member(), False
    return None, can


def _usage(usage: str, example: str) -> Reply:
    return message_card(f"Usage: `/briefing {usage}`, for example `/briefing {example}`.")


# --- countries ------------------------------------------------------------------


def resolve_country(ctx: CommandContext, text: str) -> tuple[str | None, list[str]]:
    """The ISO code `text` means (exact, short form, code or near spelling), else suggestions."""
    gaz = ctx.services.gazetteer
    code = gaz.find_country(text)
    if code:
        return code, []
    matcher = ctx.services.matcher()
    res = matcher.resolve(text)
    if res.best is not None and res.best.kind == "country":
        return res.best.key, []
    near = [c for c in (*res.alternatives, *res.suggestions, *matcher.suggest(text, 10))]
    names = list(dict.fromkeys(c.key for c in near if c.kind == "country"))
    return None, names[:3]


def _unknown_country(ctx: CommandContext, text: str, near: list[str]) -> Reply:
    msg = f"I don't know a country called “{user_text(text, 60)}”."
    if near:
        msg += " Did you mean " + " or ".join(
            country_label(c, ctx.services.gazetteer) for c in near
        )
        msg += "?"
    else:
        msg += " Try its English name, a short form such as `ROK`, or its ISO code."
    return message_card(msg)


def _schedule_phrase(channel: subs_sql.Channel) -> str:
    if channel.paused_reason:
        return f"posting here is paused ({escape(channel.paused_reason)})"
    if not channel.digest_enabled:
        return "the daily digest is off (`/briefing schedule HH:MM` turns it on)"
    return f"a daily digest at {channel.digest_time} {escape(channel.timezone)}"


@subcommand(
    "subscribe",
    usage="subscribe <country>",
    summary="this channel gets a daily digest and alerts about a country",
    example="subscribe Japan",
)
def subscribe(ctx: CommandContext, text: str) -> Reply:
    refusal, can = _guard_change(ctx)
    if refusal is not None:
        return refusal
    if not text:
        return _usage("subscribe <country>", "subscribe Japan")
    code, near = resolve_country(ctx, text)
    if code is None:
        return _unknown_country(ctx, text, near)
    label = country_label(code, ctx.services.gazetteer)
    now = utc_now()
    with ctx.services.store.write() as conn:
        channel = subs_sql.ensure_channel(
            conn, ctx.channel_id, _settings(ctx).channel_defaults(), now
        )
        added = subs_sql.add(conn, ctx.channel_id, "country", code, ctx.user_id, now)
        if channel.paused_reason and can:
            subs_sql.set_paused(conn, ctx.channel_id, None, now)
        channel = subs_sql.get_channel(conn, ctx.channel_id)
    _changed()
    if not added:
        return message_card(f"This channel already follows *{label}*.")
    return message_card(
        f"Subscribed to *{label}*. This channel gets {_schedule_phrase(channel)}, "
        "and an alert when a new meeting involving it is reported."
    )


@subcommand(
    "unsubscribe",
    usage="unsubscribe <country>",
    summary="stop this channel's digest and alerts about a country",
    example="unsubscribe Japan",
)
def unsubscribe(ctx: CommandContext, text: str) -> Reply:
    refusal = _need_channel(ctx) or _may_change(ctx)
    if refusal is not None:
        return refusal
    if not text:
        return _usage("unsubscribe <country>", "unsubscribe Japan")
    code, near = resolve_country(ctx, text)
    if code is None:
        return _unknown_country(ctx, text, near)
    label = country_label(code, ctx.services.gazetteer)
    with ctx.services.store.write() as conn:
        removed = subs_sql.remove(conn, ctx.channel_id, "country", code)
    _changed()
    if not removed:
        return message_card(f"This channel does not follow *{label}*; nothing to remove.")
    return message_card(f"Unsubscribed from *{label}*.")


# --- people ------------------------------------------------------------------------


def _person_choices(ctx: CommandContext, text: str, ids: list[int], total: int) -> Reply:
    """Namesakes as buttons: a click follows that person (see `follow_target`)."""
    matcher = ctx.services.matcher()
    intro = (
        f"“{user_text(text, 60)}” could be several people. Which one should this channel follow?"
    )
    return choices_card(
        text,
        [matcher.people[i] for i in ids],
        ctx.services.gazetteer,
        total=total,
        intro=intro,
        action=ACTION_FOLLOW,
    )


def resolve_person(ctx: CommandContext, text: str) -> tuple[int | None, Reply | None]:
    matcher = ctx.services.matcher()
    res = matcher.resolve(text)
    if res.ambiguous:
        ids = [int(c.key) for c in res.alternatives if c.kind == "person"]
        return None, _person_choices(ctx, text, ids, res.total_alternatives)
    if res.best is not None and res.best.kind == "person":
        return int(res.best.key), None
    if res.best is not None and res.best.kind == "country":
        label = country_label(res.best.key, ctx.services.gazetteer)
        return None, message_card(
            f"{label} is a country: use `/briefing subscribe {escape(res.best.label)}`."
        )
    names = [c.label for c in res.suggestions if c.kind == "person"][:3]
    msg = f"I don't know anyone called “{user_text(text, 60)}” yet."
    if names:
        msg += " Did you mean " + " or ".join(f"*{escape(n)}*" for n in names) + "?"
    return None, message_card(msg)


@subcommand(
    "follow",
    usage="follow <person>",
    summary="this channel gets the digest and alerts about a person's meetings",
    example="follow Jake Sullivan",
)
def follow(ctx: CommandContext, text: str) -> Reply:
    refusal, can = _guard_change(ctx)
    if refusal is not None:
        return refusal
    if not text:
        return _usage("follow <person>", "follow Jake Sullivan")
    person_id, answer = resolve_person(ctx, text)
    if person_id is None:
        return answer  # type: ignore[return-value]
    return _follow(ctx, person_id, can)


def follow_target(ctx: CommandContext, target: str) -> Reply:
    """A namesake button from `follow`: `person:ID` is followed, with the same checks."""
    refusal, can = _guard_change(ctx)
    if refusal is not None:
        return refusal
    kind, _, key = (target or "").partition(":")
    people = ctx.services.matcher().people
    if kind != "person" or not key.isdigit() or int(key) not in people:
        return message_card("That person is no longer in the store. Try `/briefing follow` again.")
    return _follow(ctx, int(key), can)


def _follow(ctx: CommandContext, person_id: int, can: bool | None) -> Reply:
    person = ctx.services.matcher().people[person_id]
    now = utc_now()
    with ctx.services.store.write() as conn:
        subs_sql.ensure_channel(conn, ctx.channel_id, _settings(ctx).channel_defaults(), now)
        added = subs_sql.add(conn, ctx.channel_id, "person", str(person_id), ctx.user_id, now)
        channel = subs_sql.get_channel(conn, ctx.channel_id)
        if channel.paused_reason and can:
            subs_sql.set_paused(conn, ctx.channel_id, None, now)
            channel = subs_sql.get_channel(conn, ctx.channel_id)
    _changed()
    line = person_line(person, ctx.services.gazetteer)
    if not added:
        return message_card(f"This channel already follows {line}.")
    return message_card(
        f"Following {line}. This channel gets {_schedule_phrase(channel)}, "
        "and an alert when a new meeting of theirs is reported."
    )


@subcommand(
    "unfollow",
    usage="unfollow <person>",
    summary="stop following a person in this channel",
    example="unfollow Jake Sullivan",
)
def unfollow(ctx: CommandContext, text: str) -> Reply:
    refusal = _need_channel(ctx) or _may_change(ctx)
    if refusal is not None:
        return refusal
    if not text:
        return _usage("unfollow <person>", "unfollow Jake Sullivan")
    person_id, answer = resolve_person(ctx, text)
    if person_id is None:
        return answer  # type: ignore[return-value]
    name = escape(ctx.services.matcher().people[person_id].name)
    with ctx.services.store.write() as conn:
        removed = subs_sql.remove(conn, ctx.channel_id, "person", str(person_id))
    _changed()
    if not removed:
        return message_card(f"This channel does not follow *{name}*; nothing to remove.")
    return message_card(f"Stopped following *{name}*.")


# --- listing ------------------------------------------------------------------------


def next_digest_at(channel: subs_sql.Channel, now: datetime) -> datetime:
    today = now.astimezone(zoneinfo.ZoneInfo(channel.timezone)).date()
    for ahead in range(0, 3):
        at = due_at(channel, today + timedelta(days=ahead))
        if at > now:
            return at
    raise AssertionError("a daily schedule is due within three days")


@subcommand(
    "subscriptions",
    usage="subscriptions",
    summary="the countries and people this channel follows, and its digest schedule",
)
def subscriptions(ctx: CommandContext, text: str) -> Reply:
    refusal = _need_channel(ctx)
    if refusal is not None:
        return refusal
    store, gaz = ctx.services.store, ctx.services.gazetteer
    with store.read() as conn:
        channel = subs_sql.get_channel(conn, ctx.channel_id)
        subs = subs_sql.for_channel(conn, ctx.channel_id)
    resumed = False
    if channel is not None and channel.paused_reason and _can_post(ctx):
        # the bot was invited back (or the channel unarchived): posting resumes
        with store.write() as conn:
            subs_sql.set_paused(conn, ctx.channel_id, None, utc_now())
            channel = subs_sql.get_channel(conn, ctx.channel_id)
        _changed()
        resumed = True
    if not subs:
        return message_card(
            "This channel follows nothing yet. Try `/briefing subscribe Japan` "
            "or `/briefing follow <person>`."
        )
    countries = [country_label(s.target, gaz) for s in subs if s.kind == "country"]
    ids = [int(s.target) for s in subs if s.kind == "person" and s.target.isdigit()]
    people = store.people_by_ids(ids) if ids else []
    lines = ["I can post here again: digests and alerts resume."] if resumed else []
    lines.append("*This channel follows*")
    if countries:
        lines.append("Countries: " + ", ".join(sorted(countries)))
    if people:
        lines.append("People: " + "; ".join(person_line(p, gaz) for p in people))
    if channel is not None:
        when = _schedule_phrase(channel)
        if channel.digest_enabled and not channel.paused_reason:
            nxt = next_digest_at(channel, utc_now())
            local = nxt.astimezone(zoneinfo.ZoneInfo(channel.timezone))
            when += f" (next: {local:%a %d %b %H:%M})"
        lines.append("Digest: " + when[0].upper() + when[1:])
        if channel.all_quiet:
            lines.append("An “all quiet” line is posted when nothing is new.")
    msg = "\n".join(lines)
    return Reply(text=fallback_text(msg), blocks=[section(msg)])


# --- the schedule ------------------------------------------------------------------------


def parse_time(text: str) -> tuple[str | None, str | None]:
    """("HH:MM", None) or (None, why it is not a time)."""
    m = _HHMM.match(text)
    if not m:
        return None, (
            f"“{user_text(text, 20)}” is not a time: use HH:MM on a 24-hour clock, "
            "for example `/briefing schedule 08:30 Europe/Helsinki`."
        )
    hh, mm = int(m.group(1)), int(m.group(2))
    if hh > 23 or mm > 59:
        return None, (
            f"“{user_text(text, 20)}” is not a time of day: hours run 00–23 and minutes 00–59."
        )
    return f"{hh:02d}:{mm:02d}", None


def parse_zone(text: str) -> tuple[str | None, str | None]:
    """(IANA name, None) or (None, why it is not a zone, with the nearest names)."""
    if text.upper() in ("UTC", "GMT", "Z"):
        return "UTC", None
    names = zoneinfo.available_timezones()
    by_fold = {n.casefold(): n for n in names}
    found = by_fold.get(text.casefold())
    if found:
        return found, None
    near = difflib.get_close_matches(text.casefold(), list(by_fold), n=3, cutoff=0.6)
    msg = (
        f"“{user_text(text, 40)}” is not a time zone I know: use an Area/City name "
        "such as `Europe/Helsinki` or `America/New_York`, or `UTC`."
    )
    if near:
        msg += " Did you mean " + " or ".join(f"`{by_fold[n]}`" for n in near) + "?"
    return None, msg


@subcommand(
    "schedule",
    usage="schedule HH:MM [Area/City] | off | quiet on|off",
    summary="when this channel's daily digest is posted (and whether quiet days say so)",
    example="schedule 08:30 Europe/Helsinki",
)
def schedule(ctx: CommandContext, text: str) -> Reply:
    refusal = _need_channel(ctx) or _may_change(ctx)
    if refusal is not None:
        return refusal
    words = text.split()
    if not words:
        return _usage("schedule HH:MM [Area/City]", "schedule 08:30 Europe/Helsinki")
    now = utc_now()
    defaults = _settings(ctx).channel_defaults()
    store = ctx.services.store
    head = words[0].lower()
    if head == "off" and len(words) == 1:
        with store.write() as conn:
            subs_sql.ensure_channel(conn, ctx.channel_id, defaults, now)
            subs_sql.set_schedule(conn, ctx.channel_id, enabled=False, now=now)
        _changed()
        return message_card(
            "The daily digest is off for this channel. Alerts about new meetings continue; "
            "`/briefing schedule HH:MM` turns the digest back on."
        )
    if head == "quiet":
        if len(words) != 2 or words[1].lower() not in ("on", "off"):
            return _usage("schedule quiet on|off", "schedule quiet on")
        on = words[1].lower() == "on"
        with store.write() as conn:
            subs_sql.ensure_channel(conn, ctx.channel_id, defaults, now)
            subs_sql.set_all_quiet(conn, ctx.channel_id, on, now)
        if on:
            return message_card("On days with nothing new, the digest will say “all quiet”.")
        return message_card("On days with nothing new, no digest is posted.")
    if len(words) > 2:
        return _usage("schedule HH:MM [Area/City]", "schedule 08:30 Europe/Helsinki")
    hhmm, why = parse_time(words[0])
    if hhmm is None:
        return message_card(why or "")
    zone: str | None = None
    if len(words) == 2:
        zone, why = parse_zone(words[1])
        if zone is None:
            return message_card(why or "")
    if _can_post(ctx) is False:
        return _not_member()
    with store.write() as conn:
        channel = subs_sql.ensure_channel(conn, ctx.channel_id, defaults, now)
        subs_sql.set_schedule(
            conn,
            ctx.channel_id,
            enabled=True,
            now=now,
            digest_time=hhmm,
            timezone=zone or channel.timezone,
        )
        channel = subs_sql.get_channel(conn, ctx.channel_id)
        has_subs = bool(subs_sql.for_channel(conn, ctx.channel_id))
    _changed()
    nxt = next_digest_at(channel, now).astimezone(zoneinfo.ZoneInfo(channel.timezone))
    msg = (
        f"This channel's digest is now posted daily at {channel.digest_time} "
        f"{escape(channel.timezone)} (next: {nxt:%a %d %b %H:%M})."
    )
    if not has_subs:
        msg += " It follows nothing yet: try `/briefing subscribe Japan`."
    return message_card(msg)


# --- the next digest, now ------------------------------------------------------------------


@subcommand(
    "digest",
    usage="digest",
    summary="show me (only me) the digest this channel would get next",
)
def digest(ctx: CommandContext, text: str) -> Reply:
    refusal = _need_channel(ctx)
    if refusal is not None:
        return refusal
    found = preview(ctx.services, ctx.channel_id)
    if found is None:
        return message_card(
            "This channel follows nothing yet, so it gets no digest. "
            "Try `/briefing subscribe Japan`."
        )
    if found.empty:
        since = found.since.strftime("%Y-%m-%d %H:%M UTC")
        return message_card(
            f"Nothing new for this channel since {since}: the next digest would be empty."
        )
    fallback, blocks = digest_message(found, ctx.services.gazetteer, max_blocks=MAX_BLOCKS - 1)
    blocks = [*blocks, context("Only you can see this preview.")]
    return Reply(text=fallback, blocks=blocks)
