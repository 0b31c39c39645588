"""Keys the store matches on: folded person names and article content hashes.

A name key ignores case, accents, spaces, hyphens and punctuation, so "Kim
Jong-un", "KIM Jong Un" and "Kim Jongun" are one key, while word order is
kept: "Sung Kim" and "Kim Sung-hwan" stay apart. Lone initials are dropped
("Antony J. Blinken" is "Antony Blinken"). A name of one word is a surname
(or a given name) only, too weak to identify anyone across articles.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")


# Combining marks (accents) left by NFKD decomposition.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case, accent-free form of `text` (compatibility-normalised)."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def name_words(name: str) -> list[str]:
    return list(_name_words(name))


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    # remembered: the people in the news are few, and every article names them again
    words = _WORD.findall(fold(name))
    full = [w for w in words if len(w) > 1]
    return tuple(full if len(full) >= 2 else words)


def name_key(name: str) -> str:
    """The key one person is stored under; "" when the name has no letters."""
    return "".join(_name_words(name))


def family_key(name: str) -> str | None:
    """The folded last word: a weak hint for surname lookups, never a merge key."""
    words = _name_words(name)
    return words[-1] if words else None


def is_full_name(name: str) -> bool:
    """Two words or more: enough to create or merge a person on."""
    return len(_name_words(name)) >= 2


# The characters str.isspace() (and regex \s) takes for whitespace, beyond these five
# and the space itself.
_CONTROL_SPACES = "\t\n\r\x0b\x0c"
_OTHER_SPACES = (
    "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


@functools.lru_cache(maxsize=4)
def _nfc(text: str) -> str:
    """Unicode NFC of an article's text, kept for the few texts being stored: the
    content hash and the fingerprints both start from it."""
    return unicodedata.normalize("NFC", text)


def normalise_text(text: str) -> str:
    """The form whose hash identifies an article: Unicode NFC, whitespace runs folded."""
    text = _nfc(text)
    if any(space in text for space in _OTHER_SPACES):
        return " ".join(text.split())  # str.split() breaks on exactly str.isspace()
    # The same result without a string per word: a few C-speed passes over the text.
    for space in _CONTROL_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


@functools.lru_cache(maxsize=4)
def content_hash(text: str) -> str:
    """The hash of `normalise_text(text)`.

    Remembered for the last few texts: ingest asks before parsing whether a text is
    known, then the write asks again, and normalising costs more than the look-up.
    """
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1024)
def location_key(location: str | None) -> str:
    """Folded words of a place; remembered, since matching compares a place many times."""
    return " ".join(_WORD.findall(fold(location))) if location else ""


def place_key(location: str | None) -> str | None:
    """The place a location names, as stored in meetings.place_key: the folded words
    before its first comma, so "Annapolis, Maryland" and "annapolis" are one place."""
    return location_key(location.split(",")[0]) or None if location else None


PRINT_MIN_WORDS = 12
PRINTS_PER_ARTICLE = 8


# A byte table: every ASCII character but letters and digits to a space, the rest kept.
_ASCII_WORD_BYTES = bytes(b if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))
# General Punctuation (U+2000-U+206F: typographic quotes, dashes, bullets, spaces):
# none is a word character, nor is anything fold() turns one into. As text, and as
# UTF-8 (E2 80 80 to E2 81 AF).
_GENERAL_PUNCTUATION_TEXT = re.compile("[\u2000-\u206f]")
_GENERAL_PUNCTUATION = re.compile(rb"\xe2(?:\x80[\x80-\xbf]|\x81[\x80-\xaf])")


def _folded_words(sentence: str) -> str:
    """ " ".join(_WORD.findall(fold(sentence))), at a fraction of the regex's cost.

    In ASCII a word character is a letter or a digit, so a byte translation turns
    every other ASCII character into a space and a split cuts the words apart.
    """
    if sentence.isascii():
        data = sentence.lower().encode("ascii")
    else:
        # Typographic punctuation separates words like a space: as one, it often
        # leaves plain ASCII, where fold() is lower(). Replaced in the UTF-8 bytes,
        # where the regex jumps from one E2 byte to the next instead of testing
        # every character of the text.
        data = _GENERAL_PUNCTUATION.sub(b" ", sentence.encode("utf-8"))
        if not data.isascii():
            return _folded_words_beyond_ascii(_GENERAL_PUNCTUATION_TEXT.sub(" ", sentence))
        data = data.lower()
    return b" ".join(data.translate(_ASCII_WORD_BYTES).split()).decode("ascii")


def _folded_words_beyond_ascii(sentence: str) -> str:
    """_folded_words of a sentence with letters beyond ASCII.

    A piece holding a non-ASCII character (UTF-8 bytes are all >= 0x80, never a
    space) still goes through _WORD, which alone knows which of those are letters.
    """
    data = fold(sentence).encode("utf-8").translate(_ASCII_WORD_BYTES)
    data = _GENERAL_PUNCTUATION.sub(b" ", data)
    if data.isascii():
        return b" ".join(data.split()).decode("ascii")
    words: list[str] = []
    for piece in data.split():
        if piece.isascii():
            words.append(piece.decode("ascii"))
        else:
            words += _WORD.findall(piece.decode("utf-8"))
    return " ".join(words)


def _sentences(text: str) -> list[str]:
    r"""text split after each [.!?] that whitespace follows (the whitespace dropped).

    The same pieces as re.split(r"(?<=[.!?])\s+", text), several times faster: the
    marks are found with str.find, and only their few places are looked at in Python,
    where a regex engine tries every character.
    """
    marks = []
    for mark in ".!?":
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    pieces = []
    start, size = 0, len(text)
    for at in marks:
        cut = end = at + 1
        while end < size and text[end].isspace():  # str.isspace is exactly regex \s
            end += 1
        if end > cut:
            pieces.append(text[start:cut])
            start = end
    pieces.append(text[start:])
    return pieces


def text_prints(text: str) -> list[str]:
    """Fingerprints of an article's body: short hashes of its longest sentences.

    Agencies syndicate one text under different site chrome (menus, teasers,
    captions, stamps). Chrome lines are short, so the longest sentences are
    body text, and two copies of one story share them while their content
    hashes differ.
    """
    sentences = {_folded_words(s) for s in _sentences(_nfc(text))}
    long = [s for s in sentences if s.count(" ") + 1 >= PRINT_MIN_WORDS]
    long.sort(key=lambda s: (-len(s), s))
    return [
        hashlib.blake2b(s.encode("utf-8"), digest_size=8).hexdigest()
        for s in long[:PRINTS_PER_ARTICLE]
    ]


def prints_needed(count: int) -> int:
    """How many shared prints make two articles copies of one story: half of them."""
    return max(1, (count + 1) // 2)
