"""The Slack side of posting: chat.postMessage mapped to a plain PostResult.

The ledger (bot/delivery.py) owns retries, so the client used here retries
nothing itself: a 429 comes back as RATE_LIMITED with Slack's Retry-After, a
5xx or a broken connection as TRANSIENT, and an answer that means the bot can
never post there (deleted, archived, not a member) as GONE.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.delivery import GONE, OK, RATE_LIMITED, REJECTED, TRANSIENT, Poster, PostResult

log = logging.getLogger(__name__)

#: Slack errors after which posting to that channel cannot work until someone acts
GONE_ERRORS = frozenset(
    {"channel_not_found", "is_archived", "not_in_channel", "channel_is_archived", "user_not_found"}
)
#: Slack errors worth trying again later
TRANSIENT_ERRORS = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"}
)


def plain_client(client: WebClient) -> WebClient:
    """A client like `client` (token, base URL) that retries nothing on its own."""
    return WebClient(
        token=client.token, base_url=client.base_url, timeout=client.timeout, retry_handlers=[]
    )


def _header(headers: Any, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value[0] if isinstance(value, list) else value
    return None


def classify(err: SlackApiError) -> PostResult:
    """What a Slack error answer means for the ledger."""
    response = err.response
    status = getattr(response, "status_code", 0) or 0
    code = None
    try:
        code = response.get("error")
    except Exception:
        code = None
    if status == 429 or code == "ratelimited":
        raw = _header(getattr(response, "headers", None), "Retry-After")
        try:
            retry_after = float(raw) if raw is not None else None
        except ValueError:
            retry_after = None
        return PostResult(RATE_LIMITED, retry_after=retry_after, error=code or "ratelimited")
    if code in GONE_ERRORS:
        return PostResult(GONE, error=code)
    if status >= 500 or code in TRANSIENT_ERRORS:
        return PostResult(TRANSIENT, error=code or f"http {status}")
    return PostResult(REJECTED, error=code or f"http {status}")


def make_poster(client: WebClient) -> Poster:
    """A Poster over chat.postMessage (a user id as the channel posts a direct message)."""
    web = plain_client(client)

    def post(channel_id: str, message: dict[str, Any]) -> PostResult:
        try:
            resp = web.chat_postMessage(
                channel=channel_id,
                text=message.get("text") or " ",
                blocks=message.get("blocks") or None,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as err:
            return classify(err)
        except Exception as exc:  # connection refused, reset, timeout, unreadable answer
            return PostResult(TRANSIENT, error=f"{type(exc).__name__}: {exc}")
        return PostResult(OK, ts=resp.get("ts"))

    return post


def make_channel_check(client: WebClient) -> Callable[[str], bool | None]:
    """`can_post(channel_id)`: True if the bot is a member, False if not, None if unknown.

    Direct messages and channels whose info Slack will not give are "unknown":
    the subscription goes ahead, and a failed post pauses it later.
    """

    def can_post(channel_id: str) -> bool | None:
        if not channel_id or channel_id[0] not in "CG":
            return None
        try:
            info = client.conversations_info(channel=channel_id)
        except SlackApiError as err:
            code = err.response.get("error") if err.response is not None else None
            if code == "channel_not_found":
                return False
            log.info("conversations.info %s: %s", channel_id, code)
            return None
        except Exception as exc:
            log.info("conversations.info %s failed: %s", channel_id, exc)
            return None
        channel = info.get("channel") or {}
        if channel.get("is_archived"):
            return False
        member = channel.get("is_member")
        return bool(member) if member is not None else None

    return can_post
