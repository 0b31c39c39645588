"""Store fixtures: a SQLite store, and a throwaway PostgreSQL server.

`store` runs a test on both engines. The PostgreSQL server is started once per
test session (initdb into a temp dir, as the `postgres` user when we are root,
since PostgreSQL refuses root); each test gets a fresh database copied from a
template that is already migrated, which takes milliseconds. Without the
PostgreSQL binaries the PostgreSQL cases are skipped, except under CI=true,
where they fail: CI must test what production runs.

Fixtures for the other layers: `store_url` (both engines, schema at head),
`pg_url` (a fresh PostgreSQL database at head), `pg_server` (make more
databases with `pg_server.new_database()`).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

TEMPLATE = "briefing_template"


def _pg_bin() -> Path | None:
    configured = os.environ.get("PG_BIN")
    candidates = [configured] if configured else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    which = shutil.which("pg_ctl")
    if which:
        candidates.append(str(Path(which).parent))
    for folder in candidates:
        if folder and (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A PostgreSQL server in a temp dir, trusting local connections, for one test session."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._counter = itertools.count(1)
        if self._as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.dir / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed: {done.stdout}{done.stderr}{tail}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.dir / "server.log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def prepare_template(self) -> None:
        from bot.store import open_store

        self._admin(f"CREATE DATABASE {TEMPLATE}")
        open_store(self.url(TEMPLATE)).close()

    def new_database(self, *, empty: bool = False) -> str:
        """A fresh database's URL: schema at head, or `empty` for migration tests."""
        name = f"t{os.getpid()}_{next(self._counter)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {'template0' if empty else TEMPLATE}")
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        message = "PostgreSQL server binaries not found (set PG_BIN or install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI=true requires them")
        pytest.skip(message)
    server = PostgresServer(bin_dir)
    try:
        server.start()
        server.prepare_template()
    except Exception:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """A fresh PostgreSQL database at the newest schema."""
    return pg_server.new_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL on each engine in turn (PostgreSQL: a fresh database at head)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("pg_server").new_database()


@pytest.fixture
def store(store_url: str):
    """An open Store on each engine in turn."""
    from bot.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()


# --- records for store tests -------------------------------------------------------


def person(
    name: str, role: str | None = None, country: str | None = None, *, org=None, mentions=()
):
    """A ParsedPerson; its mentions default to the name and its last word."""
    from bot.models import ParsedPerson

    forms = tuple(mentions) or (name, name.split()[-1])
    return ParsedPerson(name=name, mentions=forms, role=role, org=org, country=country)


def meeting(
    participants,
    countries,
    date=None,
    location=None,
    *,
    status="held",
    primary=True,
    mode="in_person",
    summary=None,
):
    from bot.models import ParsedMeeting

    return ParsedMeeting(
        primary=primary,
        summary=summary or " and ".join(participants) + " meet",
        participants=tuple(participants),
        countries=tuple(countries),
        date=date,
        location=location,
        mode=mode,
        status=status,
    )


def parsed(people=(), meetings=(), *, published=None, title=None, outlet=None, version="test-1"):
    from bot.models import ParsedArticle

    countries = sorted(
        {c for m in meetings for c in m.countries} | {p.country for p in people if p.country}
    )
    return ParsedArticle(
        title=title,
        published=published,
        outlet=outlet,
        dateline=None,
        countries=tuple(countries),
        people=tuple(people),
        meetings=tuple(meetings),
        parser_version=version,
    )
