"""The one ingest path: text → parser → store, for files, folders, seeds and URLs.

Every source ends in `ingest_text`, so a file, a pasted link and a feed entry
give the same record for the same text. Each article is stored in its own
transaction: an ingest that is killed keeps every article it finished and
none half-written, and running it again picks up the rest (known texts are
recognised by their content hash before they are parsed).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.documents import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    read_document,
    read_html_document,
)
from bot.models import IngestResult, IngestSummary

if TYPE_CHECKING:
    from bot.models import ParsedArticle
    from bot.settings import Settings
    from bot.store import Store

log = logging.getLogger(__name__)

#: File names a folder walk picks up; a file named on the command line is read whatever its name.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
#: Saved web pages: their article text is extracted first (bot.extract), as for a fetched URL.
HTML_SUFFIXES = frozenset({".html", ".htm"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Progress = Callable[[int, int, str], None]


class ParserUnavailableError(RuntimeError):
    pass


# --- reading files ------------------------------------------------------------------


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[IngestResult]]:
    """Files to ingest, in a stable order, and failures for paths that do not exist.

    Folders are walked recursively for text files (.txt, .text, .md, or no
    suffix) and saved web pages (.html, .htm), skipping hidden files and
    folders; a file named directly is taken whatever its name.
    """
    files: list[Path] = []
    missing: list[IngestResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(folder) / name
                    suffix = candidate.suffix.lower()
                    if not name.startswith(".") and (
                        suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES
                    ):
                        files.append(candidate)
        elif path.is_file():
            files.append(path)
        else:
            missing.append(
                IngestResult(source=str(path), status="failed", message="no such file or folder")
            )
    return list(dict.fromkeys(files)), missing


# --- the one ingest path -------------------------------------------------------------


def _parser() -> Callable[..., ParsedArticle]:
    try:
        from bot.parsing import parse_article
    except ImportError as exc:
        raise ParserUnavailableError(
            f"the article parser (bot.parsing) cannot be loaded: {exc}"
        ) from exc
    return parse_article


def ingest_text(
    store: Store,
    text: str,
    *,
    source: str,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    note: str | None = None,
) -> IngestResult:
    """Parse `text` and store it. Never raises for bad input: a failure is a result.

    A text already stored (same content) is "known" and not parsed again.
    `note` (e.g. a fallback encoding) is kept on the article and in the message.
    """
    if not text or not text.strip():
        return IngestResult(source=source, status="failed", message="empty text")
    if store.knows_text(text):
        return IngestResult(source=source, status="known", message="already stored")
    try:
        parse_article = _parser()
    except ParserUnavailableError as exc:
        return IngestResult(source=source, status="failed", message=str(exc))
    try:
        parsed = parse_article(text, published=published, url=url, outlet=outlet)
    except Exception as exc:  # a parser bug must not stop the other articles
        log.exception("parser failed on %s", source)
        return IngestResult(
            source=source, status="failed", message=f"parser error: {exc.__class__.__name__}: {exc}"
        )
    return store.add_article(text, parsed, source=source, url=url, note=note)


def ingest_file(
    store: Store, path: Path, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> IngestResult:
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            text, page_date = read_html_document(path, max_bytes=max_bytes)
            published, note = published or page_date, None
        else:
            text, note = read_document(path, max_bytes=max_bytes)
    except DocumentError as exc:
        return IngestResult(source=str(path), status="failed", message=str(exc))
    try:
        return ingest_text(store, text, source=str(path), published=published, note=note)
    except Exception as exc:  # a store error on one article is reported; the rest goes on
        log.debug("storing %s failed", path, exc_info=True)
        return IngestResult(
            source=str(path),
            status="failed",
            message=f"store error: {exc.__class__.__name__}: {exc}",
        )


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | None = None,
    progress: Progress | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
    max_bytes: int | None = None,
) -> IngestSummary:
    """Ingest files and folders (recursively), one transaction per article.

    `progress(done, total, path)` is called after each file; `on_result` gets
    each result as it comes, so a caller can report problems as they happen.
    """
    files, missing = collect_files(paths)
    summary = IngestSummary(results=list(missing))
    for result in missing:
        if on_result:
            on_result(result)
    limit = max_bytes if max_bytes is not None else _settings_max_bytes()
    for done, path in enumerate(files, 1):
        result = ingest_file(store, path, published=published, max_bytes=limit)
        summary.results.append(result)
        if on_result:
            on_result(result)
        if progress:
            progress(done, len(files), str(path))
    return summary


def _settings_max_bytes(settings: Settings | None = None) -> int:
    from bot.settings import load_settings

    try:
        settings = settings or load_settings()
        return int(settings.get("ingest.max_bytes", DEFAULT_MAX_BYTES))
    except Exception:  # unreadable settings are reported where they are loaded
        return DEFAULT_MAX_BYTES


def load_seeds_if_empty(store: Store) -> IngestSummary | None:
    """A new, empty store gets the seed articles, so a first question already has answers."""
    from bot import SEEDS_DIR

    if store.article_count() > 0 or not SEEDS_DIR.is_dir():
        return None
    summary = ingest_paths(store, sorted(SEEDS_DIR.glob("*.txt")))
    log.info("loaded seeds: %d new, %d failed", summary.new, summary.failed)
    for result in summary.results:
        if result.status == "failed":
            log.warning("seed %s: %s", result.source, result.message)
    return summary


# --- re-parsing -------------------------------------------------------------------------


@dataclass
class ReparseSummary:
    checked: int = 0
    reparsed: int = 0
    failed: int = 0


def reparse(
    store: Store, *, everything: bool = False, progress: Progress | None = None
) -> ReparseSummary:
    """Re-parse stored articles whose parser version differs from the current parser's.

    With `everything`, every article is re-parsed. Each article is its own transaction.
    """
    parse_article = _parser()
    import bot.parsing as parsing

    current = getattr(parsing, "PARSER_VERSION", None)
    only_other = None if everything or current is None else str(current)
    summary = ReparseSummary()
    total = store.article_count()
    for stored in store.iter_articles(parser_version_not=only_other):
        summary.checked += 1
        try:
            parsed = parse_article(
                stored.text, published=stored.published, url=stored.url, outlet=stored.outlet
            )
            if everything or parsed.parser_version != stored.parser_version:
                store.replace_parse(stored.id, parsed)
                summary.reparsed += 1
        except Exception:
            log.exception("re-parsing article %d (%s) failed", stored.id, stored.source)
            summary.failed += 1
        if progress:
            progress(summary.checked, total, stored.source)
    return summary


# --- the command line -------------------------------------------------------------------


class ProgressBar:
    """A plain progress bar on a terminal stream, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * done // max(total, 1)
        name = Path(label).name[:30]
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {name:<30}"
        )
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * (self.width + 45) + "\r")
            self.stream.flush()


def _describe(result: IngestResult) -> str | None:
    if result.status == "failed":
        return f"{result.source}: FAILED: {result.message}"
    if result.status == "new" and result.message:
        return f"{result.source}: warning: {result.message}"
    return None


def _open_cli_store() -> tuple[Store, int]:
    """The configured store, and the size limit for files (settings read once)."""
    from bot.settings import load_settings
    from bot.store import open_store

    settings = load_settings()
    return open_store(settings.database_url), _settings_max_bytes(settings)


def ingest_command(args: argparse.Namespace) -> int:
    """`briefing-bot ingest PATH|URL …`: exit status 1 when anything failed."""
    published = getattr(args, "published", None)
    if published and not _DATE.match(published):
        print(f"ingest: --published must be YYYY-MM-DD, not {published!r}", file=sys.stderr)
        return 2
    targets: Sequence[str] = args.paths
    urls = [t for t in targets if t.startswith(("http://", "https://"))]
    files = [t for t in targets if t not in urls]
    store, max_bytes = _open_cli_store()
    try:
        bar: ProgressBar | None = None
        if sys.stderr.isatty() and (len(files) > 5 or any(Path(f).is_dir() for f in files)):
            bar = ProgressBar(sys.stderr)

        def report(result: IngestResult) -> None:
            line = _describe(result)
            if line:
                if bar:
                    bar.clear()
                print(line, file=sys.stderr)

        summary = ingest_paths(
            store,
            files,
            published=published,
            progress=bar,
            on_result=report,
            max_bytes=max_bytes,
        )
        if bar:
            bar.clear()
        for url in urls:
            result = _ingest_url(store, url, published)
            summary.results.append(result)
            report(result)
    finally:
        store.close()
    flagged = sum(r.flagged_empty for r in summary.results)
    line = f"ingest: {summary.new} new, {summary.known} already known, {summary.failed} failed"
    if flagged:
        line += f" ({flagged} stored with no people or meetings found)"
    print(line)
    return 1 if summary.failed else 0


def _ingest_url(store: Store, url: str, published: str | None) -> IngestResult:
    try:
        from bot.sources import ingest_url
    except ImportError as exc:
        return IngestResult(
            source=url,
            status="failed",
            message=f"fetching URLs is not available in this installation (bot.sources: {exc})",
        )
    try:
        return ingest_url(store, url, published=published)
    except Exception as exc:  # report, never crash the rest of the ingest
        return IngestResult(source=url, status="failed", message=f"{exc.__class__.__name__}: {exc}")


def reparse_command(args: argparse.Namespace) -> int:
    """`briefing-bot reparse [--all]`: exit status 1 when an article could not be re-parsed."""
    store, _ = _open_cli_store()
    try:
        bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
        try:
            summary = reparse(store, everything=bool(getattr(args, "all", False)), progress=bar)
        except ParserUnavailableError as exc:
            print(f"reparse: {exc}", file=sys.stderr)
            return 1
        if bar:
            bar.clear()
    finally:
        store.close()
    print(
        f"reparse: {summary.reparsed} re-parsed of {summary.checked} checked,"
        f" {summary.failed} failed"
    )
    return 1 if summary.failed else 0
