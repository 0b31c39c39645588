"""`briefing-bot ask TEXT`: the `/briefing` answer in a terminal, without Slack."""

from __future__ import annotations

import argparse
import json
import sys

from bot.commands import CommandContext, execute
from bot.render.text import blocks_to_text


def ask_command(args: argparse.Namespace) -> int:
    """Print the answer as text, or with `--json` as the Block Kit payload Slack would get."""
    from bot.services import build_services
    from bot.settings import SettingsError

    try:
        services = build_services()
    except SettingsError as exc:
        print(f"briefing-bot: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a store URL that does not work, a database that is gone …
        print(f"briefing-bot: cannot open the store: {exc}", file=sys.stderr)
        return 2
    reply = execute(CommandContext(services=services, console=True), " ".join(args.query or ()))
    if getattr(args, "json", False):
        print(json.dumps(reply.payload(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(blocks_to_text(reply.blocks) if reply.blocks else reply.text + "\n")
    return 0
