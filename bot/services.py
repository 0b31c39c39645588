"""The bot's parts, built once and handed to whoever needs them.

One place decides which store, settings and knowledge a process uses, so the
console, the Slack app, the scheduler and the tests all wire the same way.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.settings import Settings, load_settings

log = logging.getLogger(__name__)

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
    _rebuilding: bool = field(default=False, repr=False)
    _build_seconds: float = field(default=0.0, repr=False)

    #: A rebuild slower than this runs in the background while the previous index answers.
    SYNC_REBUILD_SECONDS = 0.25

    def matcher(self) -> Matcher:
        """The fuzzy index, rebuilt when the store has changed since it was built.

        A small store's index is rebuilt on the spot, so a name ingested a moment
        ago is found at once. A large store's takes seconds; holding every lookup
        for that after each ingest would stall the bot, so the previous index keeps
        answering while a thread builds the next one.
        """
        version = self.store.data_version()
        with self._lock:
            current = self._matcher
            if current is not None and current.version == version:
                return current
            if current is not None and self._build_seconds > self.SYNC_REBUILD_SECONDS:
                if not self._rebuilding:
                    self._rebuilding = True
                    threading.Thread(
                        target=self._rebuild, args=(version,), name="matcher-rebuild", daemon=True
                    ).start()
                return current
            return self._build(version)

    def _build(self, version: object) -> Matcher:
        self._matcher = self._build_unlocked(version)
        return self._matcher

    def _rebuild(self, version: object) -> None:
        try:
            built = self._build_unlocked(version)
            with self._lock:
                self._matcher = built
        except Exception:
            log.exception("rebuilding the name index failed; the previous one keeps answering")
        finally:
            with self._lock:
                self._rebuilding = False

    def _build_unlocked(self, version: object) -> Matcher:
        from bot.matching import Matcher

        started = time.perf_counter()
        matcher = Matcher.build(self.store, self.gazetteer, version)
        self._build_seconds = time.perf_counter() - started
        return matcher


def build_services(
    settings: Settings | None = None,
    database_url: str | None = None,
    *,
    load_seeds: bool | None = None,
) -> Services:
    from bot.gazetteer import load_gazetteer
    from bot.store import open_store

    settings = settings or load_settings()
    store = open_store(database_url or settings.database_url)
    if settings.get("load_seeds", True) if load_seeds is None else load_seeds:
        from bot.ingest import load_seeds_if_empty

        load_seeds_if_empty(store)
    return Services(settings=settings, store=store, gazetteer=load_gazetteer())
