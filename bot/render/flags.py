"""Flag emoji and country labels."""

from __future__ import annotations

from typing import Any


def flag(code: str | None, gazetteer: Any = None) -> str:
    """The flag emoji of an ISO 3166 alpha-2 code ("JP" → 🇯🇵), or "" when there is none.

    The gazetteer's own flag wins (it knows codes such as XK); otherwise the two
    regional-indicator letters are computed, which every Slack client renders.
    """
    if not code:
        return ""
    if gazetteer is not None:
        info = _info(gazetteer, code)
        if info is not None and getattr(info, "flag", None):
            return info.flag
    code = code.upper()
    if len(code) != 2 or not code.isalpha() or not code.isascii():
        return ""
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code)


def country_name(code: str | None, gazetteer: Any = None) -> str:
    """The country's name from the gazetteer, else the code itself."""
    if not code:
        return ""
    info = _info(gazetteer, code) if gazetteer is not None else None
    return getattr(info, "name", None) or code.upper()


def country_label(code: str | None, gazetteer: Any = None) -> str:
    """ "🇯🇵 Japan": flag and name, for cards and lines."""
    if not code:
        return ""
    return " ".join(p for p in (flag(code, gazetteer), country_name(code, gazetteer)) if p)


def _info(gazetteer: Any, code: str) -> Any:
    try:
        return gazetteer.country(code)
    except (KeyError, LookupError):
        return None
