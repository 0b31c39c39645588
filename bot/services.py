"""The bot's parts, built once and handed to whoever needs them.

One place decides which store, settings and knowledge a process uses, so the
console, the Slack app, the scheduler and the tests all wire the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.settings import Settings, load_settings

if TYPE_CHECKING:
    from bot.gazetteer import Gazetteer
    from bot.matching import Matcher
    from bot.store import Store


@dataclass
class Services:
    settings: Settings
    store: Store
    gazetteer: Gazetteer
    #: set by the Slack wiring: may the bot post in this channel? (None: cannot tell)
    can_post: Callable[[str], bool | None] | None = field(default=None, repr=False)
    _matcher: Matcher | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def matcher(self) -> Matcher:
        """The fuzzy index, rebuilt when the store has changed since it was built."""
        from bot.matching import Matcher

        with self._lock:
            version = self.store.data_version()
            if self._matcher is None or self._matcher.version != version:
                self._matcher = Matcher.build(self.store, self.gazetteer, version)
            return self._matcher


def build_services(
    settings: Settings | None = None, database_url: str | None = None, *, load_seeds: bool | None = None
) -> Services:
    from bot.gazetteer import load_gazetteer
    from bot.store import open_store

    settings = settings or load_settings()
    store = open_store(database_url or settings.database_url)
    if settings.get("load_seeds", True) if load_seeds is None else load_seeds:
        from bot.ingest import load_seeds_if_empty

        load_seeds_if_empty(store)
    return Services(settings=settings, store=store, gazetteer=load_gazetteer())
