"""`briefing-bot parse FILE... --out DIR`: one ANNOTATION.md JSON per article."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.parsing import parse_article

MAX_BYTES = 5 * 1024 * 1024


class BadInput(Exception):
    """A file the parser cannot read; the message says why."""


def read_article(path: Path) -> tuple[str, str | None]:
    """The file's text, and a note when a fallback encoding was used."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadInput("no such file") from None
    except OSError as exc:
        raise BadInput(f"cannot read it ({exc.strerror or exc})") from None
    if path.is_dir():
        raise BadInput("is a directory")
    if size == 0:
        raise BadInput("is empty")
    if size > MAX_BYTES:
        raise BadInput(f"is {size / 1024 / 1024:.1f} MB, over the 5 MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read it ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise BadInput("looks binary (NUL bytes), not text")
    try:
        text, note = data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        try:
            text, note = data.decode("cp1252"), "not UTF-8; read as cp1252"
        except UnicodeDecodeError:
            raise BadInput("is neither UTF-8 nor cp1252 text") from None
    if not text.strip():
        raise BadInput("holds only whitespace")
    return text, note


def parse_command(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"parse: cannot create output folder {out}: {exc}", file=sys.stderr)
        return 1
    published = getattr(args, "published", None)
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            text, note = read_article(path)
        except BadInput as exc:
            print(f"parse: {name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        if note:
            print(f"parse: {name}: {note}", file=sys.stderr)
        article = parse_article(text, published=published)
        target = out / f"{path.stem}.json"
        target.write_text(
            json.dumps(article.to_annotation(file=path.name), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    return 1 if failed else 0
