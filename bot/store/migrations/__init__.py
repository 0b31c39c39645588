"""The store's migration history (Alembic), run from code by `bot.store.open_store`.

No alembic.ini is needed: `upgrade` points Alembic at this package. Alembic
is imported only when a store actually needs upgrading, so opening a store
that is up to date costs one query and no imports.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: The newest revision; `open_store` skips Alembic entirely when a store is at it.
#: tests/test_migrations.py checks it against the scripts.
HEAD = "0008"

SCRIPT_LOCATION = str(Path(__file__).resolve().parent)

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    cfg.attributes["connection"] = connection
    return cfg


def script_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(connection: Connection, revision: str = "head", *, current: str | None = None) -> None:
    """Upgrade the store on `connection` (inside its transaction) to `revision`.

    Alembic's own step-by-step log is kept at WARNING; one line says what happened.
    """
    logging.getLogger("alembic").setLevel(logging.WARNING)  # before import: it logs then
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
    log.info("store schema upgraded from %s to %s", current or "nothing", revision)
