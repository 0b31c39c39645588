"""`/briefing add <url>`: read one article from a link and say what was found in it.

The link is untrusted: it goes through the same fetcher as every feed, which
refuses private, loopback and metadata addresses. The answer lists the
meetings and people the parser found, or says why nothing was taken.
"""

from __future__ import annotations

import logging
import re

from bot.commands import CommandContext, Reply, subcommand
from bot.models import IngestResult, ParsedArticle, ParsedMeeting, ParsedPerson
from bot.render.mrkdwn import bold, escape, link, user_text
from bot.sources import ingest_url

log = logging.getLogger(__name__)

#: How many meetings and people the answer lists before saying "and N more".
MAX_MEETINGS = 8
MAX_PEOPLE = 12
_SECTION_CHARS = 2900  # under Block Kit's 3,000 per section text

USAGE = "Give me a link to a news article: `/briefing add https://…`"


def link_from_text(text: str) -> str | None:
    """The URL in what the user typed; Slack may have wrapped it as `<url>` or `<url|label>`."""
    word = (text or "").strip().split(" ", 1)[0] if text and text.strip() else ""
    match = re.fullmatch(r"<([^|>]+)(?:\|[^>]*)?>", word)
    if match:
        word = match.group(1)
    return word if re.match(r"^https?://\S+$", word, re.IGNORECASE) else None


@subcommand(
    "add",
    usage="add <url>",
    summary="read a news article from a link and store who met whom in it",
    example="add https://example.org/news/talks-in-geneva",
)
def add(ctx: CommandContext, text: str) -> Reply:
    url = link_from_text(text)
    if url is None:
        shown = user_text(text, 60)
        why = f"`{shown}` is not a link. " if shown else ""
        return _reply(why + USAGE)
    result = ingest_url(ctx.services.store, url, settings=ctx.services.settings)
    log.info("add %s by %s: %s", url, ctx.user_id or "console", result.status)
    if result.status == "failed":
        return _reply(f"Nothing was added from {link(url, escape(url))}.\n{escape(result.message)}")
    parsed = (
        ctx.services.store.article_parse(result.article_id)
        if result.article_id is not None
        else None
    )
    return _reply(*describe(url, result, parsed))


def describe(url: str, result: IngestResult, parsed: ParsedArticle | None) -> list[str]:
    """The answer's sections: what the article is, its meetings, its people."""
    title = (parsed.title if parsed else None) or url
    head = "Added" if result.status == "new" else "Already in the store"
    facts = [f for f in ((parsed.outlet, parsed.published) if parsed else ()) if f]
    line = f"{head}: {bold(link(url, user_text(title, 150)))}"
    if facts:
        line += f" ({escape(', '.join(facts))})"
    if parsed is None or not (parsed.meetings or parsed.people):
        return [line, "No meetings and no people were found in it."]
    sections = [line]
    if parsed.meetings:
        rows = [_meeting_line(m) for m in parsed.meetings[:MAX_MEETINGS]]
        more = len(parsed.meetings) - MAX_MEETINGS
        if more > 0:
            rows.append(f"… and {more} more")
        sections.append(_cut(f"*Meetings ({len(parsed.meetings)})*\n" + "\n".join(rows)))
    else:
        sections.append("No meetings were found in it.")
    if parsed.people:
        rows = [_person_line(p) for p in parsed.people[:MAX_PEOPLE]]
        more = len(parsed.people) - MAX_PEOPLE
        if more > 0:
            rows.append(f"… and {more} more")
        sections.append(_cut(f"*People ({len(parsed.people)})*\n" + "\n".join(rows)))
    return sections


def _meeting_line(m: ParsedMeeting) -> str:
    line = f"• {user_text(m.summary or 'a meeting', 200)}"
    if m.participants:
        line += f" — {user_text(', '.join(m.participants), 200)}"
    bits = [b for b in (m.date, m.location, m.status if m.status != "held" else None) if b]
    if bits:
        line += f" ({escape(', '.join(bits))})"
    return line


def _person_line(p: ParsedPerson) -> str:
    about = [b for b in (p.role, p.org, p.country) if b]
    return f"• {bold(user_text(p.name, 80))}" + (
        f", {user_text(', '.join(about), 150)}" if about else ""
    )


def _cut(text: str) -> str:
    return text if len(text) <= _SECTION_CHARS else text[: _SECTION_CHARS - 1] + "…"


def _reply(*sections: str) -> Reply:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections]
    return Reply(text="\n".join(sections), blocks=blocks)
