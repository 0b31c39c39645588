"""`/briefing` and the buttons on its cards.

Every listener acknowledges first (Slack waits 3 s), then works and answers
through the request's `response_url`: ephemeral by default, which works in
DMs and private channels where the bot is not a member. Posts to the
response_url are retried on connection errors, 429 and 5xx.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from slack_sdk.webhook import WebhookClient

from bot.answers.lookup import evidence, render_target
from bot.answers.subscriptions import follow_target
from bot.commands import CommandContext, Reply, execute
from bot.render.cards import (
    ACTION_EVIDENCE,
    ACTION_FOLLOW,
    ACTION_PICK,
    ACTION_SHARE,
    message_card,
)

if TYPE_CHECKING:
    from slack_bolt import Ack, App

    from bot.services import Services

log = logging.getLogger(__name__)

COMMAND = "/briefing"
_PICK = re.compile(rf"^{ACTION_PICK}(_\d+)?$")
_FOLLOW = re.compile(rf"^{ACTION_FOLLOW}_\d+$")
_SORRY = "Sorry, that went wrong on our side. It is logged; please try again in a moment."


def send(response_url: str | None, reply: Reply, **extra: Any) -> bool:
    """Post `reply` to a response_url (retried); False when there is none or it failed."""
    if not response_url:
        log.warning("no response_url to answer on")
        return False
    from bot.app import retry_handlers

    body = {**reply.payload(), **extra}
    try:
        resp = WebhookClient(response_url, timeout=10, retry_handlers=retry_handlers()).send_dict(
            body
        )
    except Exception as exc:
        log.warning("posting to the response_url failed: %s", type(exc).__name__)
        return False
    if resp.status_code != 200:
        log.warning("response_url answered %s: %s", resp.status_code, (resp.body or "")[:200])
        return False
    return True


def _context(services: Services, body: dict[str, Any]) -> CommandContext:
    user = body.get("user_id") or (body.get("user") or {}).get("id")
    channel = body.get("channel_id") or (body.get("channel") or {}).get("id")
    team = body.get("team_id") or (body.get("team") or {}).get("id")
    return CommandContext(services=services, user_id=user, channel_id=channel, team_id=team)


def register(app: App, services: Services) -> None:
    @app.command(COMMAND)
    def on_briefing(ack: Ack, command: dict[str, Any]) -> None:
        ack()
        ctx = _context(services, command)
        reply = _safely(lambda: execute(ctx, command.get("text") or ""))
        send(command.get("response_url"), reply)

    @app.action(_PICK)
    def on_pick(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        """A choice among namesakes or a suggestion: the chosen card replaces the list."""
        ack()
        reply = _safely(lambda: render_target(_context(services, body), action.get("value") or ""))
        send(body.get("response_url"), reply, replace_original=True)

    @app.action(_FOLLOW)
    def on_follow_pick(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        """A namesake chosen for `follow`: the confirmation replaces the list."""
        ack()
        reply = _safely(lambda: follow_target(_context(services, body), action.get("value") or ""))
        send(body.get("response_url"), reply, replace_original=True)

    @app.action(ACTION_EVIDENCE)
    def on_evidence(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        ack()
        reply = _safely(lambda: evidence(_context(services, body), action.get("value") or ""))
        send(body.get("response_url"), reply, replace_original=False)

    @app.action(ACTION_SHARE)
    def on_share(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        """Post the card for everyone in the channel, saying who shared it."""
        ack()
        ctx = _context(services, body)
        reply = _safely(
            lambda: render_target(ctx, action.get("value") or "", shared_by=ctx.user_id or "")
        )
        # the shared card is in_channel; an error message stays ephemeral
        send(body.get("response_url"), reply, replace_original=False)


def _safely(make: Any) -> Reply:
    try:
        return make()
    except Exception:
        log.exception("rendering a card failed")
        return message_card(_SORRY)
