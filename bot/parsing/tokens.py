"""Tokens and sentences: the smallest units the other parsing modules read."""

from __future__ import annotations

import re

# U.S. / U.N. / D.P.R.K.; an initial before a capital (S. Korea); a possessive;
# a word with inner hyphens or apostrophes (Man-gi, O'Brien); any other symbol.
# The two initial forms share their first "X." so the engine tries it once per token.
TOKEN_RE = re.compile(
    r"[A-Z]\.(?:(?:[A-Z]\.)+|(?=\s+[A-Z]))"
    r"|['’]s\b"
    r"|[A-Z][a-z]?\.[A-Z][a-z][\w-]*"  # "D.Ganbold", "Ts.Munkhbayar": an initial set close
    # "Man-gi", "O'Brien"; "Japan-U.S." and "Korea-U.S.-Japan": one compound each
    r"|\w+(?:[-‑](?:(?:[A-Z]\.){2,}|\w+))*(?:['’](?!s\b)\w+)*"
    r"|[^\w\s]"
)


_FINDALL = TOKEN_RE.findall
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def tokenize(text: str) -> list[str]:
    """TOKEN_RE's tokens: the same list as TOKEN_RE.findall(text), found faster."""
    return scan(text)[0]


def scan(text: str, whole: frozenset[str] = frozenset()) -> tuple[list[str], list[int]]:
    """TOKEN_RE's tokens, and the indices of those that open on a capital letter.

    Words in `whole` stay one token with their full stop: "Md." in "Md. Rafiqul
    Islam" is part of a name, and a name is only ever a run of tokens.

    The regex engine tests every character against Unicode's word classes, which
    makes it the costliest step of the parser. But tokens never span whitespace,
    and a whitespace-separated word made only of letters and digits is one token
    whole, so only words with other characters in them go to the regex. Its one
    look past a word is "S. Korea" (an initial before a capital): a word ending
    in a full stop is read with the next word's first character. Capitals are
    noted on the way, as names and entities are only ever looked for there.
    """
    out: list[str] = []
    capitals: list[int] = []
    add = out.append
    words = text.split()
    last = len(words) - 1
    for i, word in enumerate(words):
        # (a style's "Sen." that ends the text is a name's end and a full stop: "... and Dara Sen.")
        if word.isalnum() or word in whole and i < last:
            if word[0].isupper():
                capitals.append(len(out))
            add(word)
            continue
        if word[-1] in ",.;:" and word[:-1].isalnum() and word[:-1] not in _ASCII_CAPITALS:
            tokens = [word[:-1], word[-1]]  # "Seoul," / "talks." ("S." may be an initial)
        elif word[-1] == "." and i < last:
            tokens = _FINDALL(word + " " + words[i + 1][0])
            tokens.pop()  # the look-ahead character, a token of its own
        else:
            tokens = _FINDALL(word)
        for token in tokens:
            if token[0].isupper():
                capitals.append(len(out))
            add(token)
    return out, capitals


_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sen",
        "gen",
        "lt",
        "col",
        "capt",
        "adm",
        "gov",
        "rep",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "inc",
        "jr",
        "sr",
        "vs",
        "etc",
        "fig",
        "approx",
        "dept",
        "est",
    ]
)
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# The match takes in the full stop (or ! ?) itself: a pattern that opens on a character
# class lets the regex engine skip ahead to the next such character, where a look-behind
# would be tried at every position. The sentence ends one character after the match start.
# A scraped page may glue two sentences ("has said.He held"): a stop after a word and straight
# before a capitalised word also ends one.
_SPLIT_RE = re.compile(r"[.!?][\"”’)\]]*(?:\s+(?=[\"“‘(\[]?[A-Z0-9])|(?=[A-Z][a-z]))")


def split_sentences(paragraph: str, abbreviations: frozenset[str] = frozenset()) -> list[str]:
    """Sentences of one paragraph; abbreviations (Mr., U.S., S. Korea) do not end one.

    `abbreviations` adds the lexicon's own (casefolded, without the stop): "Hon.", "Md."
    """
    out: list[str] = []
    pos = 0
    for m in _SPLIT_RE.finditer(paragraph):
        stop = m.start() + 1  # just after the full stop
        chunk = paragraph[pos:stop].rstrip()
        word = paragraph[paragraph.rfind(" ", 0, stop) + 1 : stop]
        core = word.rstrip('."”’)]').lstrip('"“‘([')
        folded = core.casefold()
        if folded in _ABBREV or folded in abbreviations or _INITIALS_RE.fullmatch(core):
            continue
        compound, _, tail = core.replace("‑", "-").rpartition("-")
        if compound and "." in tail and _INITIALS_RE.fullmatch(tail):
            continue  # "a Japan-U.S. Foreign Ministers' talk": a compound's initials
        glued = not m.group()[-1].isspace()
        if glued and not (core.isalpha() and (len(core) > 2 or core.islower())):
            continue  # glued, but after no word: "a.m.Then", "2.Next", initials "Ts.Batbayar"
        if chunk:
            out.append(paragraph[pos : m.end()].strip())
        pos = m.end()
    rest = paragraph[pos:].strip()
    if rest:
        out.append(rest)
    return out
