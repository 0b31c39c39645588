"""Sentences as tokens, with the countries, organisations and outlets they name."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from bot.parsing.lexicon import Entity, Lexicon
from bot.parsing.tokens import scan


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
    keys: list[str]
    mentions: list[Mention] = field(default_factory=list)
    entity_at: list[Mention | None] = field(default_factory=list)
    paragraph: int = 0
    capitals: list[int] = field(default_factory=list)  # indices of tokens opening on a capital

    @functools.cached_property
    def offsets(self) -> list[tuple[int, int]]:
        """Character span of each token, worked out on first use (many sentences never ask).

        Every character the tokenizer skips is whitespace, so each token is the first
        occurrence of its text after the previous one: str.find is much cheaper than
        a match object per token.
        """
        find = self.text.find
        out = []
        pos = 0
        for tok in self.tokens:
            start = find(tok, pos)
            pos = start + len(tok)
            out.append((start, pos))
        return out

    @functools.cached_property
    def states(self) -> list[tuple[int, str]]:
        """country_codes(self): (token index, ISO code) of each country named as a state."""
        return _country_codes(self, True)

    def surface(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        offsets = self.offsets
        return self.text[offsets[start][0] : offsets[end - 1][1]]


# what a name written with its own accents may be read as ("Việt Nam", "HÀ NỘI")
_PLACE_KINDS = frozenset(["country", "capital", "place"])


def _plural_possessives(text: str, tokens: list[str], keys: list[str]) -> None:
    """ "the Netherlands' Prime Minister X", "the United Arab Emirates’ Crown Prince Y": the
    apostrophe after a capitalised word in -s, before another, is that name's "'s"."""
    for i in range(1, len(tokens) - 1):
        tok = tokens[i]
        if (
            tok in ("'", "’")
            and tokens[i - 1].endswith("s")
            and tokens[i - 1][:1].isupper()
            and tokens[i + 1][:1].isupper()
            and f"{tokens[i - 1]}{tok} {tokens[i + 1]}" in text
        ):
            keys[i] = "'s"


def analyse(index: int, text: str, lex: Lexicon, paragraph: int = 0) -> Sentence:
    tokens, capitals = scan(text, lex.dotted_words)
    keys = list(map(lex.token_keys.__getitem__, tokens))  # a dict lookup per token, in C
    if "s' " in text or "s’ " in text:
        _plural_possessives(text, tokens, keys)
    sent = Sentence(index, text, tokens, keys, paragraph=paragraph, capitals=capitals)
    n = len(tokens)
    sent.entity_at = entity_at = [None] * n
    mentions = sent.mentions
    lengths_of = lex.entity_lengths_sorted
    entities = lex.entities
    next_free = 0
    plain: list[str] | None = None  # the keys without accents, made when first needed
    for i in capitals:  # an entity opens on a capital
        if i < next_free:
            continue
        look = keys
        if keys[i] not in lengths_of:
            if keys[i].isascii() or lex.plain_keys[keys[i]] not in lengths_of:
                continue
            if i and tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha():
                continue  # "Việt Nam", "HÀ NỘI"; never "Tomás Jordán" (a name, not Jordan)
            if plain is None:
                plain = list(map(lex.plain_keys.__getitem__, keys))
            look = plain
        found = None
        for length in lengths_of[look[i]]:
            if length > n - i:
                continue
            ent = entities.get(tuple(look[i : i + length]) if length > 1 else (look[i],))
            if ent is None or look is not keys and ent.kind not in _PLACE_KINDS:
                continue
            if ent.acronym and not all(
                t.replace(".", "").isupper()
                for t in tokens[i : i + length]
                if t.replace(".", "").isalpha()
            ):
                continue
            end = i + length
            if (
                ent.kind in ("capital", "place")
                and end < n
                and keys[end] in lex.institution_words
                and tokens[end][:1].isupper()
            ):
                break  # "Victoria University", "Lagos Business School": the city names a body
            found = Mention(i, end, ent)
            break
        if found:
            mentions.append(found)
            for k in range(found.start, found.end):
                entity_at[k] = found
            next_free = found.end
    return sent


def country_codes(sent: Sentence, venue_blind: bool = True) -> list[tuple[int, str]]:
    """(token index, ISO code) of each country the sentence names as a state.

    A capital after "in/at/near" is a venue, not its government. The venue-blind
    list is asked for once per clause: it is worked out once per sentence.
    """
    if venue_blind:
        return sent.states
    return _country_codes(sent, venue_blind)


def _country_codes(sent: Sentence, venue_blind: bool) -> list[tuple[int, str]]:
    out = []
    for m in sent.mentions:
        ent = m.entity
        if ent.code is None or ent.kind in ("place", "org", "outlet"):
            continue
        if m.end < len(sent.tokens) and sent.tokens[m.end] == "$":
            continue  # "US$150 billion": a currency
        if ent.kind == "capital" and venue_blind and m.start > 0:
            prev = sent.keys[m.start - 1]
            if prev in ("in", "at", "near", "outside", "to", "from"):
                continue
        out.append((m.start, ent.code))
    return out


def compound_sides(sent: Sentence, lex: Lexicon) -> list[tuple[int, str]]:
    """(token index, ISO code) of each side a hyphenated pair names ("the Kenya-Tanzania
    commission", "Saudi-Serbian talks"): every part of the compound a country or a demonym,
    so "Indo-Pacific" and "Omani-mediated" name no sides."""
    out = []
    for i, key in enumerate(sent.keys):
        if "-" not in key or sent.entity_at[i] is not None or not sent.tokens[i][:1].isupper():
            continue
        parts = [lex.entities.get((part,)) for part in key.split("-")]
        if len(parts) >= 2 and all(
            ent is not None and ent.kind in ("country", "demonym") and ent.code for ent in parts
        ):
            out.extend((i, ent.code) for ent in parts if ent is not None and ent.code)
    return out
