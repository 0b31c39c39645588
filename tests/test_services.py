"""The name index follows the store without ever holding lookups up."""

from __future__ import annotations

import time
from pathlib import Path

from bot.gazetteer import load_gazetteer
from bot.ingest import ingest_text
from bot.services import Services
from bot.settings import load_settings
from bot.store import open_store

NEWS = (
    "Australia, Indonesia hold talks\n\n"
    "JAKARTA: Australian Foreign Minister Penelope Wongsakul met Indonesian Foreign Minister "
    "Retno Marsudi in Jakarta on Monday to discuss maritime security.\n"
)


def _names(services: Services) -> set[str]:
    return {p.name for p in services.matcher().people.values()}


def test_a_new_name_is_found_at_once_on_a_small_store(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    services = Services(load_settings(), store, load_gazetteer())
    assert "Retno Marsudi" not in _names(services)
    ingest_text(store, NEWS, source="test")
    assert "Retno Marsudi" in _names(services)


def test_a_slow_index_is_rebuilt_in_the_background_while_the_old_one_answers(
    tmp_path: Path,
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    services = Services(load_settings(), store, load_gazetteer())
    services.SYNC_REBUILD_SECONDS = -1.0  # every rebuild counts as slow, as on a large store
    before = services.matcher()
    ingest_text(store, NEWS, source="test")
    assert services.matcher() is before  # answered at once, by the index it had
    deadline = time.monotonic() + 10
    while services.matcher() is before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "Retno Marsudi" in _names(services)
