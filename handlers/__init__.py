"""Slack-facing listeners. Each module has `register(app, services)`; the app calls them all."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.services import Services

HANDLER_MODULES = (
    "handlers.briefing",
    "handlers.home",
    "handlers.scheduling",
)


def register_all(app: App, services: Services) -> None:
    for name in HANDLER_MODULES:
        importlib.import_module(name).register(app, services)
