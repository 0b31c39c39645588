"""The store's migration history (Alembic), run from code by `bot.store.open_store`.

No alembic.ini is needed: `run_migrations` points Alembic at this package.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

#: The newest revision; `open_store` skips Alembic entirely when a store is at it.
#: tests/test_migrations.py checks it against the scripts.
HEAD = "0004"

SCRIPT_LOCATION = str(Path(__file__).resolve().parent)


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    cfg.attributes["connection"] = connection
    return cfg


def script_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the store on `connection` (inside its transaction) to `revision`."""
    command.upgrade(alembic_config(connection), revision)
