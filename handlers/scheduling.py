"""The scheduler of the running app, posting through the real Slack client.

`start(services, client)` builds the digest/alert jobs (bot/scheduler.py) with
the poster of handlers/poster.py; `register(app, services)` gives the
subscription commands their "may the bot post here?" check, so bot/answers
never touches Slack.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.schedulers.background import BackgroundScheduler

from bot.delivery import Ledger, RetryPolicy
from bot.digest import DigestRunner, DigestSettings
from bot.feeds import poll_due_feeds
from bot.leader import leader_for
from bot.render.digest import DigestRenderer
from bot.scheduler import BotScheduler
from handlers.poster import make_channel_check, make_poster

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    services.can_post = make_channel_check(app.client)


def build(services: Services, client: WebClient) -> BotScheduler:
    """The bot's scheduler, not started (tests start and stop it themselves)."""
    settings = services.settings
    cfg = DigestSettings.from_settings(settings)
    ledger = Ledger(services.store, make_poster(client), policy=RetryPolicy.from_settings(settings))
    runner = DigestRunner(services.store, ledger, cfg, DigestRenderer(services.gazetteer))
    return BotScheduler(
        runner,
        services.store,
        cfg,
        leader=leader_for(services.store),
        leader_retry_seconds=float(settings.get("scheduler.leader_retry_seconds", 15)),
        sync_seconds=float(settings.get("scheduler.sync_seconds", 60)),
        feed_poll=lambda: poll_due_feeds(services),
        feed_poll_seconds=float(settings.get("scheduler.feed_poll_seconds", 60)),
    )


def start(services: Services, client: WebClient) -> BackgroundScheduler:
    """Start digests and alerts for the running app; shutting the scheduler down frees the lead."""
    if getattr(services, "can_post", None) is None:
        services.can_post = make_channel_check(client)
    bot_scheduler = build(services, client)
    scheduler = bot_scheduler.start()

    def _on_shutdown(_event: Any) -> None:
        bot_scheduler.leader.release()

    scheduler.add_listener(_on_shutdown, EVENT_SCHEDULER_SHUTDOWN)
    return scheduler


def background_job(services: Services, client: WebClient) -> Any:
    """The scheduler as a BackgroundJob of bot/app.py's runtime (off with scheduler.enabled)."""
    from bot.app import BackgroundJob

    running: list[BackgroundScheduler] = []

    def _start() -> None:
        if not services.settings.get("scheduler.enabled", True):
            log.info("scheduler.enabled is false: no digests or alerts from this process")
            return
        running.append(start(services, client))

    def _stop() -> None:
        while running:
            running.pop().shutdown(wait=False)

    return BackgroundJob("digests and alerts", _start, _stop)
