"""The App Home tab: published on each open, with a lookup modal and digest previews.

Every listener acknowledges first where Slack waits for it, then works. The
lookup modal answers its submission in the same HTTP response
(`response_action: update`) with the very card `/briefing` would show, so the
reader sees it in place without a second round trip.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from bot.commands import DEFAULT, CommandContext, Reply, execute, parse
from bot.home import build_home
from bot.render.blocks import section
from bot.render.home import (
    ACTION_DIGEST_PREVIEW,
    ACTION_EVIDENCE,
    ACTION_LOOKUP,
    ACTION_PICK,
    QUERY_ACTION,
    QUERY_BLOCK,
    VIEW_LOOKUP,
    card_modal,
    digest_modal,
    error_view,
    home_view,
    lookup_modal,
    reply_modal,
)
from bot.render.mrkdwn import escape, user_text

if TYPE_CHECKING:
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    @app.event("app_home_opened")
    def publish_home(event: dict[str, Any], client: WebClient) -> None:
        # Opening the Messages tab sends the same event; only the Home tab is ours.
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        user = event["user"]
        client.views_publish(user_id=user, view=home_for(services, member_channels(client, user)))

    @app.action(ACTION_LOOKUP)
    def open_lookup(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        client.views_open(trigger_id=body["trigger_id"], view=lookup_modal())

    @app.view(VIEW_LOOKUP)
    def submit_lookup(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        query = submitted_query(view)
        if not query:
            ack(
                response_action="errors", errors={QUERY_BLOCK: "Type a name, a country or a place."}
            )
            return
        reply = _safely(lambda: lookup_reply(_context(services, body), query))
        ack(response_action="update", view=card_modal(query, reply))

    @app.action(re.compile(f"^{ACTION_PICK}_"))
    def pick_in_modal(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient
    ) -> None:
        ack()
        from bot.answers.lookup import render_target

        view = body.get("view") or {}
        reply = _safely(lambda: render_target(_context(services, body), action.get("value", "")))
        client.views_update(
            view_id=view.get("id"),
            hash=view.get("hash"),
            view=card_modal(view.get("private_metadata", ""), reply),
        )

    @app.action(ACTION_EVIDENCE)
    def evidence_in_modal(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient
    ) -> None:
        ack()
        from bot.answers.lookup import evidence

        reply = _safely(lambda: evidence(_context(services, body), action.get("value", "")))
        client.views_push(trigger_id=body["trigger_id"], view=reply_modal("Where from", reply))

    @app.action(ACTION_DIGEST_PREVIEW)
    def preview_digest(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient
    ) -> None:
        ack()
        channel_id = action.get("value", "")
        user = (body.get("user") or {}).get("id", "")
        if channel_id not in member_channels(client, user):
            msg = "You can preview the digest of the channels you are in."
            reply = Reply(text=msg, blocks=[section(msg)])
        else:
            reply = _safely(lambda: digest_preview(services, channel_id))
        client.views_open(trigger_id=body["trigger_id"], view=digest_modal(channel_id, reply))


def member_channels(client: WebClient, user_id: str) -> set[str]:
    """The channels `user_id` is in: whose subscriptions the Home tab may show them.

    A private channel's interests are its members' business. When Slack cannot
    say (a missing scope, an outage), the answer is no channel rather than all.
    """
    found: set[str] = set()
    cursor = None
    try:
        while True:
            resp = client.users_conversations(
                user=user_id,
                types="public_channel,private_channel",
                exclude_archived=True,
                limit=999,
                cursor=cursor,
            )
            found.update(c["id"] for c in resp.get("channels") or [])
            cursor = (resp.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return found
    except Exception:
        log.warning(
            "could not list the channels of %s; showing none of their subscriptions", user_id
        )
        return found


def home_for(services: Services, channels: set[str] | None = None) -> dict[str, Any]:
    """The Home view to publish; a failure shows a short apology (logged), never nothing."""
    try:
        return home_view(build_home(services.store, channels=channels), services.gazetteer)
    except Exception:
        log.exception("Home tab could not be built")
        return error_view()


def submitted_query(view: dict[str, Any]) -> str:
    values = (view.get("state") or {}).get("values") or {}
    typed = (values.get(QUERY_BLOCK) or {}).get(QUERY_ACTION) or {}
    return " ".join((typed.get("value") or "").split())


def lookup_reply(ctx: CommandContext, query: str) -> Reply:
    """What `/briefing query` answers, for lookups; other subcommands belong in a channel.

    The modal has no channel, so `subscribe Japan` typed here would have
    nowhere to subscribe: it is pointed back to the channel instead.
    """
    cmd, _ = parse(query)
    if cmd is not None and cmd.name != DEFAULT:
        msg = (
            f"`{escape(cmd.name)}` works in a channel: type `/briefing {user_text(query, 200)}` "
            "there. This field looks up a person, a country or a place."
        )
        return Reply(text=msg, blocks=[section(msg)])
    return execute(ctx, query)


def digest_preview(services: Services, channel_id: str) -> Reply:
    """The digest `channel_id` would get next, built as the scheduler would build it."""
    from bot.digest import preview
    from bot.render.digest import digest_message

    digest = preview(services, channel_id)
    if digest is None:
        msg = "This channel follows no country or person, so it gets no digest."
        return Reply(text=msg, blocks=[section(msg)])
    text, blocks = digest_message(digest, services.gazetteer)
    return Reply(text=text, blocks=blocks)


def _context(services: Services, body: dict[str, Any]) -> CommandContext:
    return CommandContext(
        services=services,
        user_id=(body.get("user") or {}).get("id"),
        team_id=(body.get("team") or {}).get("id"),
    )


def _safely(build: Any) -> Reply:
    try:
        return build()
    except Exception:
        log.exception("Home modal could not be built")
        msg = "Sorry, that could not be shown just now. The error is logged; please try again."
        return Reply(text=msg, blocks=[section(msg)])
