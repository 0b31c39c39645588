"""Word lists as regular expressions that the regex engine scans quickly."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def word_alternation(words: Iterable[str], *, presence_only: bool = False) -> str:
    """A non-capturing alternation of literal words, factored by shared prefixes.

    `met|meet|meets|meeting` costs the engine one attempt per word at every
    position; the factored `me(?:et(?:ing|s)?|t)` costs one per distinct next
    letter, which makes a long list about twice as fast to search. The factored
    form prefers longer words where the plain one preferred the earlier listed,
    so unless the caller only asks whether a match exists, no word may run on
    into another past a non-word character ("phone" / "phone call"): then at most
    one word can match between two word boundaries, whatever the order.
    """
    unique = sorted(set(words))
    if not presence_only:
        for a in unique:
            for b in unique:
                if b != a and b.startswith(a) and not re.match(r"\w", b[len(a)]):
                    raise ValueError(f"{a!r} runs on into {b!r}: the order of the two matters")
    trie: dict[str, dict] = {}
    for word in unique:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        body = "(?:" + body + ")?"
    return body


class TextPattern:
    """A compiled pattern that reads ASCII text with an ASCII-only twin of itself.

    On ASCII text the two find exactly the same matches (the parser's sentences
    hold no whitespace but plain spaces, so \\s agrees too); but the Unicode form
    looks every character's class up through Unicode tables, while the ASCII
    form uses a small table, which makes it about a quarter cheaper per search.
    """

    __slots__ = ("_unicode", "_ascii", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self._unicode = re.compile(pattern, flags)
        self._ascii = re.compile(pattern, flags | re.ASCII)
        self.pattern = pattern

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return (self._ascii if text.isascii() else self._unicode).search(text, *span)

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return (self._ascii if text.isascii() else self._unicode).match(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return (self._ascii if text.isascii() else self._unicode).finditer(text, *span)
