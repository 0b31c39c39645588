"""`briefing-bot` subcommands. Each one is a thin shell over a plain function."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence


def _add_published(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date to assume where the text does not state one",
    )


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="briefing-bot", description="Reads diplomatic news; answers who met whom."
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("run", help="run the Slack app over Socket Mode")
    p = sub.add_parser("serve", help="run the Slack app over HTTP (POST /slack/events)")
    p.add_argument("--port", type=int, default=3000)
    p.add_argument("--host", default="0.0.0.0")

    p = sub.add_parser("ingest", help="parse and store articles from files, folders or URLs")
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    _add_published(p)

    p = sub.add_parser("parse", help="parse articles to ANNOTATION.md JSON, one file each")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--out", required=True, metavar="DIR")
    _add_published(p)

    p = sub.add_parser("reparse", help="re-parse stored articles read by another parser version")
    p.add_argument("--all", action="store_true", help="re-parse every stored article")

    p = sub.add_parser("ask", help="answer a /briefing query in the terminal")
    p.add_argument("query", nargs="*", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print the Block Kit payload")

    p = sub.add_parser("digest", help="print the digest a channel would get next")
    p.add_argument("--channel", default=None, help="a subscribed channel id (default: all)")

    sub.add_parser("sources", help="list the feeds with their last poll and errors")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    from bot.settings import SettingsError
    from bot.store import StoreError
    from bot.store.engine import StoreURLError

    try:
        return _dispatch(args)
    except (StoreError, StoreURLError, SettingsError) as exc:
        # a message, not a trace: the store or settings named by the environment are unusable
        print(f"briefing-bot: {exc}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "parse":
        from bot.parsing.cli import parse_command

        return parse_command(args)
    if args.command in ("ingest", "reparse"):
        from bot.ingest import ingest_command, reparse_command

        return ingest_command(args) if args.command == "ingest" else reparse_command(args)
    if args.command == "ask":
        from bot.answers.console import ask_command

        return ask_command(args)
    if args.command in ("run", "serve"):
        from bot.app import run_command, serve_command

        return run_command(args) if args.command == "run" else serve_command(args)
    if args.command == "digest":
        from bot.digest import digest_command

        return digest_command(args)
    if args.command == "sources":
        from bot.sources import sources_command

        return sources_command(args)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
