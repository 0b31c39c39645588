"""Word lists as regular expressions that the regex engine scans quickly."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
