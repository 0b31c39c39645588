"""Which bot process runs the scheduler: a PostgreSQL session-level advisory lock.

The lock lives as long as one dedicated connection (outside any pool, in
autocommit so it never idles inside a transaction): if the process dies, the
server ends its session and the lock frees itself; another process's next try
takes over. SQLite stores are on one machine and the ledger already keeps
posts single, so every process may lead there.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from typing import Any, Protocol

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for `pg_try_advisory_lock` from a readable name."""
    digest = hashlib.sha256(name.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


SCHEDULER_LOCK = lock_key("briefing-bot:scheduler")


class Leader(Protocol):
    @property
    def is_leader(self) -> bool: ...

    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


class SoloLeader:
    """Always the leader (SQLite, or a single process)."""

    is_leader = True

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass


class AdvisoryLockLeader:
    """Leader while this process holds the advisory lock on its own connection."""

    def __init__(self, url: str | URL, key: int = SCHEDULER_LOCK) -> None:
        url = make_url(url)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        self.engine = create_engine(url, poolclass=NullPool)
        self.key = key
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    @property
    def is_leader(self) -> bool:
        return self._conn is not None

    def try_acquire(self) -> bool:
        """Still leader, or became leader now; False when another process holds the lock."""
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.execute(text("SELECT 1"))
                    return True
                except Exception:
                    log.warning("lost the scheduler lock: its connection broke")
                    self._drop()
            try:
                conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            except Exception as exc:
                log.warning("cannot reach the database to elect a scheduler leader: %s", exc)
                return False
            try:
                got = bool(
                    conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar()
                )
            except Exception as exc:
                log.warning("leader election failed: %s", exc)
                conn.close()
                return False
            if not got:
                conn.close()
                return False
            self._conn = conn
            log.info("this process now runs the scheduler (advisory lock %d)", self.key)
            return True

    def release(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            with contextlib.suppress(Exception):
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def leader_for(store: Any) -> Leader:
    """An advisory-lock leader on PostgreSQL stores; every process leads on SQLite."""
    engine = getattr(store, "engine", None)
    if engine is not None and engine.dialect.name == "postgresql":
        return AdvisoryLockLeader(engine.url)
    return SoloLeader()
