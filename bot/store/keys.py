"""Keys the store matches on: folded person names and article content hashes.

A name key ignores case, accents, spaces, hyphens and punctuation, so "Kim
Jong-un", "KIM Jong Un" and "Kim Jongun" are one key, while word order is
kept: "Sung Kim" and "Kim Sung-hwan" stay apart. Lone initials are dropped
("Antony J. Blinken" is "Antony Blinken"). A name of one word is a surname
(or a given name) only, too weak to identify anyone across articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free form of `text` (compatibility-normalised)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_words(name: str) -> list[str]:
    words = _WORD.findall(fold(name))
    full = [w for w in words if len(w) > 1]
    return full if len(full) >= 2 else words


def name_key(name: str) -> str:
    """The key one person is stored under; "" when the name has no letters."""
    return "".join(name_words(name))


def family_key(name: str) -> str | None:
    """The folded last word: a weak hint for surname lookups, never a merge key."""
    words = name_words(name)
    return words[-1] if words else None


def is_full_name(name: str) -> bool:
    """Two words or more: enough to create or merge a person on."""
    return len(name_words(name)) >= 2


def normalise_text(text: str) -> str:
    """The form whose hash identifies an article: Unicode NFC, whitespace runs folded."""
    text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", text).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def location_key(location: str | None) -> str:
    return " ".join(_WORD.findall(fold(location))) if location else ""
