"""Sentences as tokens, with the countries, organisations and outlets they name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.parsing.lexicon import Entity, Lexicon, token_key
from bot.parsing.tokens import TOKEN_RE


@dataclass
class Mention:
    start: int  # token index
    end: int
    entity: Entity


@dataclass
class Sentence:
    index: int
    text: str
    tokens: list[str]
    offsets: list[tuple[int, int]]
    keys: list[str]
    mentions: list[Mention] = field(default_factory=list)
    entity_at: list[Mention | None] = field(default_factory=list)
    paragraph: int = 0

    def surface(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        return self.text[self.offsets[start][0] : self.offsets[end - 1][1]]


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


_GROUP, _SPAN = re.Match.group, re.Match.span


def analyse(index: int, text: str, lex: Lexicon, paragraph: int = 0) -> Sentence:
    matches = list(TOKEN_RE.finditer(text))
    tokens = list(map(_GROUP, matches))  # map over C methods: no bytecode per token
    keys = list(map(token_key, tokens))
    sent = Sentence(index, text, tokens, list(map(_SPAN, matches)), keys, paragraph=paragraph)
    n = len(tokens)
    sent.entity_at = entity_at = [None] * n
    lengths_of = lex.entity_lengths_sorted
    entities = lex.entities
    next_free = 0
    for i in [i for i, key in enumerate(keys) if key in lengths_of]:
        if i < next_free or not tokens[i][:1].isupper():
            continue
        found = None
        for length in lengths_of[keys[i]]:
            if length > n - i:
                continue
            ent = entities.get(tuple(keys[i : i + length]))
            if ent is None:
                continue
            surface = tokens[i : i + length]
            if ent.acronym and not all(
                t.replace(".", "").isupper() for t in surface if t.replace(".", "").isalpha()
            ):
                continue
            found = Mention(i, i + length, ent)
            break
        if found:
            sent.mentions.append(found)
            for k in range(found.start, found.end):
                entity_at[k] = found
            next_free = found.end
    return sent


def country_codes(sent: Sentence, venue_blind: bool = True) -> list[tuple[int, str]]:
    """(token index, ISO code) of each country the sentence names as a state.

    A capital after "in/at/near" is a venue, not its government.
    """
    out = []
    for m in sent.mentions:
        ent = m.entity
        if ent.code is None or ent.kind in ("place", "org", "outlet"):
            continue
        if ent.kind == "capital" and venue_blind and m.start > 0:
            prev = sent.keys[m.start - 1]
            if prev in ("in", "at", "near", "outside", "to", "from"):
                continue
        out.append((m.start, ent.code))
    return out
