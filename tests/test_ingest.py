"""`briefing-bot ingest`: files and folders through the parser into the store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bot import SEEDS_DIR
from bot.cli import main
from bot.ingest import ingest_paths, ingest_text, load_seeds_if_empty
from bot.store import open_store

SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
WEATHER = "Weather: sunny and mild across the region today, with light winds from the west.\n"


def write_articles(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """`count` distinct article files made from the seeds (a reference line keeps hashes apart)."""
    folder.mkdir(parents=True, exist_ok=True)
    bodies = [p.read_text(encoding="utf-8") for p in SEEDS]
    paths = []
    for i in range(start, start + count):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(f"{bodies[i % len(bodies)]}\n\nReference {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def cli_env(monkeypatch, tmp_path, store_url):
    """The CLI pointed at the test store, with a small size limit."""
    config = tmp_path / "settings.yaml"
    config.write_text("ingest:\n  max_bytes: 200000\nload_seeds: false\n")
    monkeypatch.setenv("BRIEFING_DATABASE_URL", store_url)
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    return store_url


def test_bad_files_are_named_with_their_reason_and_the_rest_is_stored(cli_env, tmp_path, capsys):
    folder = tmp_path / "in"
    [good] = write_articles(folder, 1)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n ")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "huge.txt").write_text("Talks. " * 40_000)
    (folder / "garbled.txt").write_bytes(b"Talks were \x81\x8d held.")
    latin = SEEDS[1].read_text(encoding="utf-8") + "\nCaf\u00e9 diplomacy, na\u00efvely.\n"
    (folder / "latin1.txt").write_bytes(latin.encode("cp1252", errors="replace"))
    (folder / "weather.md").write_text(WEATHER)
    (folder / "gold.json").write_text('{"people": []}')  # not a text file: left alone
    (folder / ".hidden.txt").write_text(WEATHER)
    missing = tmp_path / "nowhere"

    status = main(["ingest", str(folder), str(missing)])
    out, err = capsys.readouterr()

    assert status == 1
    assert "empty.txt: FAILED: empty file" in err
    assert "blank.txt: FAILED: empty file" in err
    assert "image.txt: FAILED: binary file" in err
    assert "huge.txt: FAILED: too large: 280,000 bytes, over the 200,000-byte limit" in err
    assert "garbled.txt: FAILED: undecodable bytes" in err
    assert f"{missing}: FAILED: no such file or folder" in err
    assert "latin1.txt: warning: not valid UTF-8" in err and "cp1252" in err
    assert "weather.md: warning: no people or meetings found" in err
    assert "gold.json" not in err + out and ".hidden" not in err + out
    assert (
        "ingest: 3 new, 0 already known, 6 failed (1 stored with no people or meetings found)"
        in out
    )

    store = open_store(cli_env)
    try:
        assert store.article_count() == 3
        with store.read() as conn:
            rows = dict(conn.execute(text("SELECT source, note FROM articles")).all())
            flagged = (
                conn.execute(text("SELECT source FROM articles WHERE flagged")).scalars().all()
            )
        assert set(rows) == {str(good), str(folder / "latin1.txt"), str(folder / "weather.md")}
        assert "cp1252" in rows[str(folder / "latin1.txt")]
        assert flagged == [str(folder / "weather.md")]
        assert store.name_index(), "the seed-made article names people"
    finally:
        store.close()

    # Again: everything stored is known, nothing is written twice.
    status = main(["ingest", str(good), str(folder / "weather.md")])
    assert status == 0
    assert "ingest: 0 new, 2 already known, 0 failed" in capsys.readouterr().out


def test_a_bad_published_date_is_refused(cli_env, capsys):
    assert main(["ingest", "--published", "23/11/2026", str(SEEDS[0])]) == 2
    assert "--published must be YYYY-MM-DD" in capsys.readouterr().err


def test_seeds_load_into_an_empty_store_only(store):
    summary = load_seeds_if_empty(store)
    assert summary is not None and summary.new == len(SEEDS) and summary.failed == 0
    assert store.article_count() == len(SEEDS)
    assert load_seeds_if_empty(store) is None


def test_ingest_text_reports_known_and_empty_texts(store):
    body = SEEDS[0].read_text(encoding="utf-8")
    first = ingest_text(store, body, source="pasted", url="https://example.test/a")
    assert first.status == "new" and store.has_url("https://example.test/a")
    assert ingest_text(store, body + "  \n", source="again").status == "known"
    assert ingest_text(store, " \n", source="blank").status == "failed"


def _consistency(store) -> dict[str, int]:
    """Invariants that hold only when every article was written whole or not at all."""
    with store.read() as conn:
        one = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            # each stored article bumped the counter exactly once, in its own transaction
            "version_minus_articles": one("SELECT value FROM store_state")
            - one("SELECT count(*) FROM articles"),
            "count_drift": one("SELECT coalesce(sum(article_count), 0) FROM people")
            - one("SELECT count(*) FROM person_roles"),
            "meetings_without_article": one(
                "SELECT count(*) FROM meetings m WHERE NOT EXISTS"
                " (SELECT 1 FROM meeting_articles a WHERE a.meeting_id = m.id)"
            ),
            "articles_without_people": one(
                "SELECT count(*) FROM articles a WHERE NOT a.flagged AND NOT EXISTS"
                " (SELECT 1 FROM person_roles r WHERE r.article_id = a.id)"
                " AND NOT EXISTS (SELECT 1 FROM meeting_articles m WHERE m.article_id = a.id)"
            ),
        }


def _cli(*args: str, url: str) -> subprocess.Popen:
    env = {**os.environ, "BRIEFING_DATABASE_URL": url}
    env.pop("BRIEFING_CONFIG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_killed_ingest_loses_nothing_and_a_rerun_completes(store_url, tmp_path):
    count = 200
    write_articles(tmp_path / "in", count)
    store = open_store(store_url)
    try:
        proc = _cli("ingest", str(tmp_path / "in"), url=store_url)
        deadline = time.monotonic() + 60
        while store.article_count() < 10:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest stored nothing in a minute"
            time.sleep(0.02)
        proc.kill()
        proc.wait()
        done = _consistency(store)
        assert 10 <= done["articles"] < count
        assert {k: v for k, v in done.items() if k != "articles"} == {
            "version_minus_articles": 0,
            "count_drift": 0,
            "meetings_without_article": 0,
            "articles_without_people": 0,
        }
        if store.dialect == "sqlite":
            with store.read() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []

        rerun = _cli("ingest", str(tmp_path / "in"), url=store_url)
        out, err = rerun.communicate(timeout=300)
        assert rerun.returncode == 0, err
        stored_before = done["articles"]
        assert f"{count - stored_before} new, {stored_before} already known, 0 failed" in out
        after = _consistency(store)
        assert after["articles"] == count
        assert after["version_minus_articles"] == after["count_drift"] == 0
    finally:
        store.close()


def test_a_second_process_ingesting_at_the_same_time_never_hits_a_lock(sqlite_url, tmp_path):
    write_articles(tmp_path / "a", 200)
    write_articles(tmp_path / "b", 80, start=200)
    store = open_store(sqlite_url)
    try:
        proc = _cli("ingest", str(tmp_path / "a"), url=sqlite_url)
        while store.article_count() == 0:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.01)
        mine = ingest_paths(store, [tmp_path / "b"])
        reads = len(store.meetings(limit=50))  # the bot answering meanwhile
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "locked" not in err
        assert (mine.new, mine.failed) == (80, 0), [r.message for r in mine.results if r.message]
        assert reads > 0
        assert store.article_count() == 280
    finally:
        store.close()


def test_reparse_rereads_articles_of_another_parser_version(cli_env, capsys):
    assert main(["ingest", str(SEEDS[0]), str(SEEDS[1])]) == 0
    store = open_store(cli_env)
    try:
        meetings_before = [(m.date, m.location) for m in store.meetings()]
        with store.write() as conn:
            conn.execute(text("UPDATE articles SET parser_version = 'old' WHERE id = 1"))
        capsys.readouterr()
        assert main(["reparse"]) == 0
        assert "reparse: 1 re-parsed of 1 checked, 0 failed" in capsys.readouterr().out
        versions = [a.parser_version for a in store.iter_articles()]
        assert "old" not in versions and len(set(versions)) == 1
        assert [(m.date, m.location) for m in store.meetings()] == meetings_before
        assert main(["reparse", "--all"]) == 0
        assert "reparse: 2 re-parsed of 2 checked" in capsys.readouterr().out
        assert [(m.date, m.location) for m in store.meetings()] == meetings_before
    finally:
        store.close()


def test_the_progress_bar_draws_and_clears():
    import io

    from bot.ingest import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream, width=10)
    bar(5, 10, "/some/folder/article.txt")
    bar(10, 10, "/some/folder/last.txt")
    bar.clear()
    drawn = stream.getvalue()
    assert "[#####.....] 5/10 article.txt" in drawn
    assert "[##########] 10/10 last.txt" in drawn
    assert drawn.endswith("\r")


def test_a_saved_web_page_is_read_for_its_article_text(store, tmp_path):
    body = SEEDS[0].read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    page = tmp_path / "pages" / "story.html"
    page.parent.mkdir()
    page.write_text(
        "<html><head><title>Talks</title></head><body><nav>Home | World</nav>"
        f"<article>{paragraphs}</article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "pages" / "menu.htm").write_text("<html><body><nav>Home</nav></body></html>")
    summary = ingest_paths(store, [tmp_path / "pages"])
    by_name = {Path(r.source).name: r for r in summary.results}
    assert by_name["story.html"].status == "new"
    assert by_name["menu.htm"].status == "failed" and "web page" in by_name["menu.htm"].message
    with store.read() as conn:
        stored = conn.execute(text("SELECT text FROM articles")).scalar_one()
    assert "<p>" not in stored and "Sullivan" in stored
