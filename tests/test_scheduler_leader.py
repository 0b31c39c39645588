"""Leader election on PostgreSQL: one advisory-lock holder at a time, handed over on release."""

from __future__ import annotations

from bot.leader import AdvisoryLockLeader, SoloLeader, leader_for
from bot.store import open_store


def test_one_process_leads_and_another_takes_over_when_it_lets_go(pg_url):
    first, second = AdvisoryLockLeader(pg_url), AdvisoryLockLeader(pg_url)
    try:
        assert first.try_acquire() is True
        assert second.try_acquire() is False and not second.is_leader
        assert first.try_acquire() is True  # still leading: the same session holds it
        first._conn.invalidate()  # noqa: SLF001 - the leader's connection dies
        assert second.try_acquire() is True
        assert first.try_acquire() is False and not first.is_leader
        second.release()
        assert first.try_acquire() is True
    finally:
        first.release()
        second.release()


def test_sqlite_stores_lead_everywhere_and_postgres_stores_elect(pg_url, sqlite_url):
    pg, lite = open_store(pg_url), open_store(sqlite_url)
    try:
        assert isinstance(leader_for(pg), AdvisoryLockLeader)
        assert isinstance(leader_for(lite), SoloLeader)
    finally:
        pg.close()
        lite.close()
