"""`briefing-bot parse FILE... --out DIR`: one ANNOTATION.md JSON per article."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.documents import DocumentError, read_document
from bot.parsing import parse_article


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
            text, note = read_document(path)
        except DocumentError as exc:
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
