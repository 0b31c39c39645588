"""The one grammar of `/briefing` and `briefing-bot ask`.

Both front ends hand the raw text here, so a subcommand exists everywhere or
nowhere, and the help text is generated from the same table that dispatches.
Subcommands are registered by the modules in COMMAND_MODULES with the
`subcommand` decorator; text that starts with no subcommand word is a lookup.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)

#: Modules whose import registers subcommands, in the order help lists them.
COMMAND_MODULES = (
    "bot.answers.lookup",
    "bot.answers.subscriptions",
    "bot.answers.sources",
)

#: The longest query text we look at; the rest is ignored, never crashed on.
MAX_QUERY_CHARS = 500


@dataclass(frozen=True)
class CommandContext:
    services: Services
    user_id: str | None = None
    channel_id: str | None = None
    team_id: str | None = None
    console: bool = False  # typed in a terminal, not in Slack


@dataclass(frozen=True)
class Reply:
    """An answer as Block Kit blocks with its plain-text fallback."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    in_channel: bool = False  # ephemeral unless a command says otherwise

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"text": self.text, "blocks": self.blocks}
        body["response_type"] = "in_channel" if self.in_channel else "ephemeral"
        return body


Runner = Callable[[CommandContext, str], Reply]


@dataclass(frozen=True)
class Subcommand:
    name: str
    usage: str  # e.g. "subscribe <country>"
    summary: str  # one line for help
    run: Runner
    aliases: tuple[str, ...] = ()
    example: str | None = None


_REGISTRY: dict[str, Subcommand] = {}
_ORDER: list[Subcommand] = []
_LOADED = False

#: The name of the subcommand that handles text starting with no subcommand word.
DEFAULT = "lookup"


def subcommand(
    name: str,
    usage: str,
    summary: str,
    *,
    aliases: tuple[str, ...] = (),
    example: str | None = None,
) -> Callable[[Runner], Runner]:
    def register(run: Runner) -> Runner:
        cmd = Subcommand(name, usage, summary, run, aliases, example)
        for word in (name, *aliases):
            if word in _REGISTRY and _REGISTRY[word].run is not run:
                raise ValueError(f"subcommand word {word!r} registered twice")
            _REGISTRY[word] = cmd
        if cmd not in _ORDER:
            _ORDER.append(cmd)
        return run

    return register


def load() -> None:
    global _LOADED
    if _LOADED:
        return
    for module in COMMAND_MODULES:
        importlib.import_module(module)
    _LOADED = True


def subcommands() -> list[Subcommand]:
    load()
    return list(_ORDER)


def parse(text: str) -> tuple[Subcommand | None, str]:
    """Split `text` into (subcommand, its argument). (None, "") means help."""
    load()
    text = " ".join((text or "")[:MAX_QUERY_CHARS].split())
    if not text:
        return None, ""
    head, _, rest = text.partition(" ")
    word = head.lower()
    if word in ("help", "-h", "--help", "?"):
        return None, rest
    if word in _REGISTRY and word != DEFAULT:
        return _REGISTRY[word], rest.strip()
    return _REGISTRY.get(DEFAULT), text


def help_text(prefix: str = "/briefing") -> str:
    lines = [f"*How to use {prefix}*"]
    for cmd in subcommands():
        usage = cmd.usage if cmd.name != DEFAULT else cmd.usage
        lines.append(f"• `{prefix} {usage}`: {cmd.summary}")
    lines.append(f"• `{prefix} help`: this list")
    return "\n".join(lines)


def help_reply(prefix: str = "/briefing") -> Reply:
    text = help_text(prefix)
    return Reply(text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}])


def execute(ctx: CommandContext, text: str) -> Reply:
    """Run one command; never raises, so Slack never sees a trace."""
    cmd, arg = parse(text)
    if cmd is None:
        return help_reply("briefing-bot ask" if ctx.console else "/briefing")
    try:
        return cmd.run(ctx, arg)
    except Exception:
        log.exception("subcommand %s failed", cmd.name)
        msg = (
            f"Sorry, `{cmd.name}` failed on our side. The error is logged; "
            "please try again in a moment."
        )
        return Reply(
            text=msg, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": msg}}]
        )
