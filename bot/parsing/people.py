"""People: capitalised name spans, the titles around them, and who is who.

A name is a run of capitalised words that no lexicon claims (title, country,
organisation, stop word). Its role comes from the title phrase before it
("White House national security adviser Jake Sullivan") or an apposition after
it ("Shigeru Kitamura, secretary-general of Japan's ..."). A lone surname joins
the full name it belongs to; two different Kims stay two people.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import compress

from bot.parsing.dates import MONTHS
from bot.parsing.entities import Mention, Sentence
from bot.parsing.lexicon import Lexicon, holds_title, strip_accents, token_key
from bot.parsing.officials import Officials, load_officials
from bot.parsing.tokens import tokenize

CONNECTORS = frozenset(
    [
        "of",
        "for",
        "to",
        "from",
        "and",
        "the",
        "a",
        "an",
        "at",
        "in",
        "on",
        "with",
        "his",
        "her",
        "their",
        "its",
    ]
)
POSSESSIVES = frozenset(["his", "her", "their", "its"])
ADMIN_NOUNS = frozenset(
    [
        "administration",
        "government",
        "presidency",
        "era",
        "regime",
        "cabinet",
        "camp",
        "family",
        "years",
    ]
)
COUNTRY_KINDS = ("country", "demonym", "capital")
#: what a verb's object opens on ("continues his visit"), never a plural title's "to the"
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its"))
#: what follows a past verb, not a participle in a title: "briefed the President on ..."
_AFTER_A_VERB = _DETERMINERS | {"on", "to", "with"}
#: the day words a verb may take before its object ("continues today his visit")
_TODAY = frozenset(("today", "tomorrow", "tonight", "yesterday", "now"))
_SAID = frozenset(("said", "says", "told", "stated", "added", "stressed"))
_PLACE_KINDS = frozenset({*COUNTRY_KINDS, "place"})
_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "reported",
        "stated",
        "announced",
        "added",
        "noted",
        "tweeted",
        "wrote",
        "confirmed",
        "met",
        # past tenses without "-ed": "Tajikistan President X, Kazakhstan President gave a
        # positive assessment ...": the next clause's subject, not X's title
        "gave",
        "made",
        "took",
        "held",
        "paid",
        "spoke",
        "sent",
        "sought",
        "brought",
        "is",
        "was",
        "are",
        "were",
        # an auxiliary makes the words a clause ("the ministers will discuss ..."), no title
        "will",
        "would",
        "has",
        "have",
        "had",
    ]
)


_OBJECT_MARKERS = frozenset(
    [
        "met",
        "meets",
        "on",
        "to",
        "by",
        "with",
        "received",
        "receives",
        "hosted",
        "hosts",
        "welcomed",
        "visited",
        "called",
        "calls",
    ]
)
# what may stand before the one who acts: the sentence's start, "by", a list's "and" or comma
_ACTOR_OPENERS = frozenset(["", "by", "and", ","])
_CLAUSE_WORDS = frozenset(
    ["with", "by", "received", "hosted", "welcomed", "held", "paid", "visited", "called", "spoke"]
)


_GLUED_INITIAL_RE = re.compile(r"^[^\W\d_]{1,2}\.(?=\w)")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,4}")


_VISIT_VERBS = frozenset({"visit", "visits", "visited", "visiting", "toured", "tour"})


def _clause_break(keys: list[str], start: int, end: int) -> bool:
    """Whether ", and" (", but", ", while") or ";" parts the words from `start` to `end`."""
    for j in range(start, end):
        if keys[j] == ";" or keys[j] == "," and j + 1 < end and keys[j + 1] in _CONJUNCTIONS:
            return True
    return False


_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "after", "before", "following"})


@dataclass
class RoleCand:
    role: str | None
    org: str | None
    country: str | None
    sentence: int
    counterpart_of: int | None = None  # person key whose role this one mirrors
    plural_role: str | None = None  # "the prime ministers ... their counterpart"
    possessive_of: int | None = None  # "his deputy": country of that person
    press: bool = False
    of_country: bool = False  # "Luis Choque of Bolivia": the name's own "of <Country>"

    @property
    def weight(self) -> int:
        return len(self.role or "") + len(self.org or "")


@dataclass
class Person:
    key: int
    tokens: list[str]
    mentions: list[str] = field(default_factory=list)
    roles: list[RoleCand] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    window_country: str | None = None
    first: tuple[int, int] = (0, 0)
    role: str | None = None
    org: str | None = None
    country: str | None = None
    # the country came from the page as a whole (the outlet's home, the most-named country,
    # the dateline), not from anything said of this person: the first to give way
    guessed: bool = False
    # the officials table gave a country the text did not: it marks no side for the rules
    # that read the text's marks ("one side named, the others are the rest")
    from_table: bool = False
    press: bool = False

    @property
    def name(self) -> str:
        return _join(self.tokens)


@dataclass
class Occurrence:
    person: int
    sentence: int
    start: int
    end: int


def _join(tokens: list[str]) -> str:
    return " ".join(tokens)


# words that are never a name's first, though short and capitalised like "To" in "To Lam"
_PRONOUNS = frozenset(("we", "us", "our", "my", "it", "its"))  # not "I", an initial
_OPENERS = frozenset(['"', "“", "(", ":", "—", "–", "-", "'", "‘", ".", ";"])
_LIST_RE = re.compile(
    r"\b(\w+ )?(\w+?)s of ((?:[A-Z][\w.]*(?: [A-Z][\w.]*)*,? )+(?:and )(?:the )?"
    r"[A-Z][\w.]*(?: [A-Z][\w.]*)*)"
)
# "both countries' defence ministers, New Zealand's A and Australia's B": each holds it
_PLURAL_TITLE = r"((?:[a-z]+ ){0,2}?)(ministers|presidents|leaders|secretaries|envoys|ambassadors)"
_PLURAL_TITLE_NAMES_RE = re.compile(
    r"\b(?:the|both|both countries['’]|the two countries['’]|their) " + _PLURAL_TITLE + ",? "
)
# "former presidents of Mozambique A and B": each held it, for that country
_PLURAL_TITLE_OF_RE = re.compile(
    r"\b" + _PLURAL_TITLE + r" of (?:the )?(?P<country>[A-Z][\w\-]+)(?P<more> [A-Z][\w\-]+)?"
)
_JOINING_WORDS = frozenset({"and", "of", "for", "on", "&"})


def _spelt_out(toks: list[str], keys: list[str], end: int, acronym: str) -> bool:
    """Whether the capitalised words before `end`, joined by "and", "of" and the like, spell
    the acronym after them ("Humanitarian Assistance and Disaster Relief (HADR)"); a name
    with its initials ("Andrés Manuel López Obrador (AMLO)") has no joining word."""
    initials, joined = "", False
    j = end - 1
    while j >= 0 and len(initials) < len(acronym):
        if toks[j][:1].isupper():
            initials = toks[j][0] + initials
        elif keys[j] in _JOINING_WORDS:
            joined = True
        else:
            break
        j -= 1
    return joined and initials == acronym


_ARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ad|as|ash|at|az)-")
_SPACE_BEFORE_STOP_RE = re.compile(r"\s+([,.])")
_ROMAN = frozenset(["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
_ARABIC_ARTICLE_RE = re.compile(r"(?:al|el|ad|as|ash|at|az)-[A-Z]")
_LOWER_ARTICLE_RE = re.compile(r"(?:al|el)-[a-z]{3,}$")


_OPEN_QUOTES = frozenset({"“", '"', "‘", "«", "'"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "»", "'"})


def _after_nickname(tokens: list[str], j: int) -> int | None:
    """The index after a nickname in quotation marks opening at `j` ("“Bongbong”", and
    "''Bongbong''" typed with doubled apostrophes), if one does."""
    marks = 2 if tokens[j] == "'" and j + 1 < len(tokens) and tokens[j + 1] == "'" else 1
    word = j + marks
    end = word + 1 + marks
    if end > len(tokens) or not _is_cap(tokens[word]):
        return None
    if any(t not in _CLOSE_QUOTES for t in tokens[word + 1 : end]):
        return None
    return end


_GENERATIONS = frozenset(["Jr", "Sr", "Jr.", "Sr."])


def _name_words(tokens: list[str]) -> list[str]:
    """The words of a name run without a nickname in quotes or the comma before "Jr.": the
    person is the same one, however the text styles the name."""
    if not any(t in _OPEN_QUOTES or t == "," for t in tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _OPEN_QUOTES and (after := _after_nickname(tokens, i)) is not None:
            i = after
        elif tokens[i] == ",":
            i += 1
        else:
            out.append(tokens[i])
            i += 1
    return out


def _is_cap(tok: str) -> bool:
    first = tok[:1]
    return first.isupper() or (
        first in ("a", "e") and "-" in tok and bool(_ARABIC_ARTICLE_RE.match(tok))
    )


@lru_cache(maxsize=4)
def _listed_with_words(
    officials: Officials, blocked: frozenset[str]
) -> dict[str, list[tuple[str, ...]]]:
    """ "Prime Minister John Key", "Godwin Friday": the listed officials whose full names
    hold a common word, by their first word; written whole, that is their name. Built once
    a table, as a reader is made for every article."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in officials.names:
        words = tuple(map(token_key, tokenize(name)))
        if not blocked.isdisjoint(words):
            out.setdefault(words[0], []).append(words)
    return out


class PeopleReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.officials = load_officials()
        self._blocked = lex.blocked_for_names
        self._listed_with_words = _listed_with_words(self.officials, self._blocked)
        # the styles of several words by their last word, longest first ("His Royal
        # Highness" before "Royal Highness"): the walk back from a name meets them there
        styles = sorted((p for ps in lex.honorific_phrases.values() for p in ps), key=len)
        self._styles_by_end: dict[str, list[tuple[str, ...]]] = {}
        for phrase in reversed(styles):
            if len(phrase) > 1:
                self._styles_by_end.setdefault(phrase[-1], []).append(phrase)

    # --- pass 1: name runs --------------------------------------------------
    def _country_as_first_name(self, sent: Sentence, k: int) -> bool:
        """ "Defence Minister Israel Katz", "President Santiago Pena", "Foreign Ministers A of
        Uruguay and Santiago Cafiero of Argentina": a country or capital word that opens a
        name, after a title or before the country its bearer serves."""
        m = sent.entity_at[k]
        if m is None or m.end - m.start != 1 or m.entity.kind not in ("country", "capital"):
            return False
        prev = sent.keys[k - 1] if k else ""
        nxt = k + 1
        return (
            (prev in self.lex.title_heads or self._of_a_country(sent, k + 2))
            and nxt < len(sent.tokens)
            and sent.entity_at[nxt] is None
            and _is_cap(sent.tokens[nxt])
            and sent.keys[nxt] not in self._blocked
            # "President Uzbekistan Shavkat Mirziyoyev": only a country that is also a
            # given name (config/lexicon.yaml) opens one; the others are the title's country
            and (m.entity.kind != "country" or sent.keys[k] in self.lex.given_name_countries)
        )

    @staticmethod
    def _of_a_country(sent: Sentence, k: int) -> bool:
        """Whether "of <Country>" stands at token `k`."""
        return (
            k + 1 < len(sent.tokens)
            and sent.keys[k] == "of"
            and (m := sent.entity_at[k + 1]) is not None
            and m.entity.kind == "country"
        )

    def runs(self, sent: Sentence) -> list[tuple[int, int]]:
        """Spans of name words; only capitalised tokens and particles are visited."""
        out = []
        tokens, keys, entity_at = sent.tokens, sent.keys, sent.entity_at
        n = len(tokens)
        blocked = self._blocked
        ok = [False] * n
        # _is_cap over every token: the capitals the tokenizer noted, then the rare
        # lower-case "al-Sisi" forms, which need a hyphen somewhere in the sentence
        caps = sent.capitals
        if "-" in sent.text:
            arabic = [
                i
                for i, t in enumerate(tokens)
                if t[0] in "ae"
                and "-" in t
                and (
                    _ARABIC_ARTICLE_RE.match(t)
                    # "Mohammad Shia al-sudani": a family name in lower case after a name
                    or i
                    and _LOWER_ARTICLE_RE.match(t)
                    and tokens[i - 1][:1].isupper()
                    and entity_at[i - 1] is None
                )
            ]
            if arabic:
                caps = sorted(caps + arabic)
        for i in caps:
            if entity_at[i] is not None:
                ok[i] = self._country_as_first_name(sent, i)
            elif keys[i] not in blocked:
                t = tokens[i]  # an acronym (DPP, ATTN) is not a name, nor "US-made", "Kyiv-based"
                ok[i] = not (t.isupper() and len(t.replace("-", "")) >= 2) and not (
                    "-" in t and t.rpartition("-")[2] in self.lex.adjective_suffixes
                )
        if n > 2 and ok[0] and ok[1] and len(keys[0]) >= 9 and keys[0].endswith("ing"):
            # (not given names such as "Flemming", "Sterling" or "Henning")
            ok[0] = False  # "Accompanying Palmieri were ...": a participle opens the sentence
        for i in caps:  # "YAPI Ahoua Clément", "Hiroki KANEDA": a family name in capitals
            t = tokens[i]
            if (
                not ok[i]
                and entity_at[i] is None
                and t.isupper()
                and keys[i] not in blocked
                # "(L-R) A, B": two letters and a hyphen are no family name
                and len(letters := t.replace("-", "").replace("'", "")) >= 3
                and letters.isalpha()
                and (
                    i + 1 < n
                    and ok[i + 1]
                    and not tokens[i + 1].isupper()
                    or i
                    and ok[i - 1]
                    and not tokens[i - 1].isupper()
                )
            ):
                ok[i] = True
        phrases = self.lex.honorific_phrases
        # "Tan Sri Ahmad Fuad": a style of two words, neither of them a name; one test in C
        # over the sentence spares the loop in all the sentences without one
        styled: set[int] = set()  # "H. E.": a style, never the initials of a name
        for i in caps if not phrases.keys().isdisjoint(keys) else ():
            for phrase in phrases.get(keys[i], ()):
                if tuple(keys[i : i + len(phrase)]) == phrase:
                    ok[i : i + len(phrase)] = [False] * len(phrase)
                    styled.update(range(i, i + len(phrase)))
        styles = self.lex.name_styles
        # "Hassan Sheikh Mahamud": a style between two names is one of them; as for the
        # phrases above, one test in C spares the loop in the sentences without a style
        for i in caps if not styles.isdisjoint(keys) else ():
            if (  # "the Amir Sheikh Mishal", "Qatar's Amir Sheikh Tamim": a ruler's title, then
                ok[i]  # his style and his name; "Amir" alone stays a given name
                and 0 < i < n - 2
                and keys[i] in self.lex.leader_titles
                and keys[i + 1] in styles
                and ok[i + 2]
                and (
                    keys[i - 1] in ("the", "'s")
                    or (e := entity_at[i - 1]) is not None
                    and e.entity.kind in ("country", "demonym")
                )
            ):
                ok[i] = False
            elif (
                not ok[i]
                and 0 < i < n - 1
                and keys[i] in styles
                and ok[i - 1]
                and ok[i + 1]
                and entity_at[i - 1] is None
                and f"{keys[i - 1]} {keys[i]}" not in self.lex.title_heads  # "Crown Prince"
            ):
                ok[i] = True
        for i in caps:  # "President of the Republic of Kelvania Ivo Marek": the republic's
            if (  # name, then the president's; never one name of three words
                ok[i]
                and 2 <= i < n - 2
                and keys[i - 1] == "of"
                and keys[i - 2] in self.lex.state_forms
                and ok[i + 1]
                and ok[i + 2]
            ):
                ok[i] = False
        surnames = self.lex.surname_words
        for i in caps:  # "Park Jin", "Park Sung-jin": a family name that is also a word
            if not ok[i] and keys[i] in surnames and i + 1 < n:
                # before a given name, or alone before a verb ("Park said"): never in
                # "Central Park" or "Park Avenue"
                ok[i] = ok[i + 1] or (
                    not _is_cap(tokens[i + 1]) and not (i and ok[i - 1]) and tokens[i + 1] != "'s"
                )
        for i in caps:  # "Foreign Minister María José Lagos joined": a city closing a name
            m = entity_at[i]  # and "Emilio Santiago Mercado", "Isabel Montenegro Ruiz": inside
            if (
                m is not None
                and i
                and ok[i - 1]
                and entity_at[i - 1] is None
                and m.end - m.start == 1
                and (
                    m.entity.kind in ("capital", "place")
                    and (i + 1 >= n or not _is_cap(tokens[i + 1]))
                    or m.entity.kind in ("capital", "place", "country")
                    and i + 1 < n
                    and ok[i + 1]
                    and entity_at[i + 1] is None
                )
            ):
                ok[i] = True
        stop_words = self.lex.stop_words
        for i in caps:  # "To Lam", "An Duc": a capitalised small word opening a name
            t = tokens[i]
            if (
                0 < i < n - 1
                and not ok[i]
                and t[:1].isupper()
                and keys[i] in stop_words
                and keys[i] not in self.lex.honorifics  # "lecturer Dr Mele Havili"
                and keys[i] not in _PRONOUNS  # a slogan's "We Care, We Prosper"
                # "in St Ann's": a place's saint, where no name comes before it
                and (keys[i] not in self.lex.saint_abbreviations or ok[i - 1])
                and ok[i + 1]
                and tokens[i - 1] not in _OPENERS
                and len(t) <= 3
            ):
                ok[i] = True
        particles = self.lex.particles
        # "Sultan Faris bin Omar Al Said": after a name and its particle, a capitalised
        # "Said" or "Will" is the family's name, not a verb; as for the styles above, one
        # test in C spares the loop in the sentences without a particle
        for i in caps if not particles.isdisjoint(keys) else ():
            if (
                i > 1
                and not ok[i]
                and entity_at[i] is None
                and keys[i] in blocked
                and tokens[i][1:].islower()
                and keys[i - 1] in particles
                and (ok[i - 2] or keys[i - 2] in particles)
            ):
                ok[i] = True
        # "S. Jaishankar", "K. D. Lalith Wijeratne", "A.F.M. Nazmul Huda": initials opening a
        # name, read from the last, so each initial finds the name (or initial) after it
        for i in reversed(caps):
            t = tokens[i]
            if (
                not ok[i]
                and entity_at[i] is None
                and keys[i] not in self.lex.honorifics  # "H.E." is a style, not an initial
                and i not in styled
                and _INITIALS_RE.fullmatch(t)
                and i + 1 < n
                and ok[i + 1]
                and (len(tokens[i + 1]) > 2 or _INITIALS_RE.fullmatch(tokens[i + 1]))
            ) or (  # "KP Sharma Oli": two initials without their stops, before a full name
                not ok[i]
                and len(t) == 2
                and t.isalpha()
                and t.isupper()
                and entity_at[i] is None
                and keys[i] not in blocked
                and i + 2 < n
                and ok[i + 1]
                and ok[i + 2]
                and len(tokens[i + 1]) > 2
            ):
                ok[i] = True
        for i in caps:  # "Wang Jun", "Liu May": a month's name closing a name, not a date
            if (
                i
                and not ok[i]
                and ok[i - 1]
                and keys[i] in MONTHS
                and not (i + 1 < n and tokens[i + 1][:1].isdigit())
                # "On Oct. 16": a date's month, abbreviated
                and not (i + 2 < n and tokens[i + 1] == "." and tokens[i + 2][:1].isdigit())
            ):
                ok[i] = True
        # "Saudi Arabia's Sultan bin Saad": a title word before "bin" is the given name of a
        # man named for his father (not "Crown Prince bin X", nor "Senator Ben X" or
        # "President Ould X": names of their own); one test in C spares the loop elsewhere
        son_of = self.lex.son_of_particles
        for i in caps if not son_of.isdisjoint(keys) else ():
            if (
                not ok[i]
                and i + 2 < n
                and keys[i + 1] in son_of
                and ok[i + 2]
                and keys[i] in self.lex.title_heads
                and entity_at[i] is None
                and (i == 0 or not _is_cap(tokens[i - 1]))
            ):
                ok[i] = True
        for i in caps:  # "King Abdullah II"
            if i and not ok[i] and ok[i - 1] and tokens[i] in _ROMAN:
                ok[i] = True
        listed = self._listed_with_words
        for i in caps if not listed.keys().isdisjoint(keys) else ():
            for words in listed.get(keys[i], ()):
                end = i + len(words)
                if tuple(keys[i:end]) == words and all(
                    _is_cap(tokens[j]) or keys[j] in self.lex.particles for j in range(i, end)
                ):
                    ok[i:end] = [True] * len(words)
        before_surname = self.lex.surname_honorifics
        # "Mr Key said", "Mrs May will": after Mr or Mrs, a capitalised common word is a
        # family name, not "Mr President" or "Madam Deputy Speaker"
        for i in caps if not before_surname.isdisjoint(keys) else ():
            if (
                i
                and not ok[i]
                and keys[i - 1] in before_surname
                and entity_at[i] is None
                and keys[i] not in self.lex.title_heads
                and keys[i] not in self.lex.honorifics
                and not (i + 1 < n and keys[i + 1] in self.lex.title_heads)
                and tokens[i].isalpha()
                and not tokens[i].isupper()
            ):
                ok[i] = True
        particles = self.lex.particles
        heads = list(compress(range(n), ok))
        if not particles.isdisjoint(keys):
            heads = sorted({*heads, *compress(range(n), map(particles.__contains__, keys))})
        k = 0
        for h in heads:
            if h < k:
                continue
            k = h
            if not (
                ok[k] or (k + 1 < n and ok[k + 1])
            ):  # a particle opens a run only before a name
                continue
            j = k + 1
            while j < n:
                if ok[j]:
                    j += 1
                elif keys[j] in particles:
                    q = j
                    while q < n and keys[q] in particles and q - j < 3:
                        q += 1
                    if q < n and ok[q]:
                        j = q + 1
                    else:
                        break
                elif (  # "Ferdinand “Bongbong” Marcos Jr.": a nickname inside a name
                    tokens[j] in _OPEN_QUOTES
                    and (after := _after_nickname(tokens, j)) is not None
                    and after < n
                    and ok[after]
                ):
                    j = after
                elif tokens[j] == "," and j + 1 < n and tokens[j + 1] in _GENERATIONS:
                    j += 2  # "Ferdinand R. Marcos, Jr."
                elif (  # "Hishammuddin Tun Hussein": a father's style inside the name
                    keys[j] in self.lex.inner_honorifics
                    and j + 1 < n
                    and ok[j + 1]
                    # "the Archbishop of Cebu Cardinal X": the see, then his style
                    and not (k and keys[k - 1] == "of")
                ):
                    j += 2
                elif (
                    tokens[j] in ("In", "Un", "On")
                    and j - k >= 2
                    and (j + 1 >= n or not _is_cap(tokens[j + 1]))
                ):
                    j += 1
                else:
                    break
            if self._keep_run(sent, k, j):
                out.append((k, j))
            k = j
        return out

    def _keep_run(self, sent: Sentence, s: int, e: int) -> bool:
        toks, keys = sent.tokens, sent.keys
        nxt = e
        if nxt < len(toks) and keys[nxt] == "'s":
            nxt += 1
        # "Moranbong Park", "Supreme People's Assembly", and a few capitalised words on,
        # "Continental Free Trade Area": the run names a thing, not a person
        for j in range(nxt, min(nxt + 3, len(toks))):
            if keys[j] in self.lex.site_adjectives and _is_cap(toks[j]):
                # "President X International Airport": an airport named after him, not him
                # (not "Y Federal Minister for Planning": his title, with no comma before)
                if j + 1 < len(toks) and keys[j + 1] in self.lex.institution_words:
                    return False
                break
            if not _is_cap(toks[j]) or keys[j] in self.lex.stop_words:
                break
            if keys[j] in self.lex.non_person:
                return False
        if nxt == e and e < len(toks) and keys[e] in self.lex.place_nouns:
            return False  # "Syr Darya water", "the Fergana valley": a place
        if (
            e - s >= 2
            and e + 1 < len(toks)
            and toks[e].islower()
            and keys[e] in self.lex.title_heads
            # (not a verb: "X heads Nigeria's delegation", "X chairs ASEAN")
            and not toks[e].endswith("s")
            and _is_cap(toks[e + 1])
            and not toks[e + 1].isupper()
        ):
            return False  # "Fianna Fáil leader X", "Jatiya Party chairman Y": a party's name
        if _quoted(toks, s, e) or _inside_a_named_quote(toks, keys, s):
            return False  # an exercise or plan dubbed “Freedom Shield”: a name, not a person
        if e + 2 < len(toks) and toks[e] == "(" and toks[e + 2] == ")":
            short = toks[e + 1]
            # "Humanitarian Assistance and Disaster Relief (HADR)", "Enhanced Forward Presence
            # (eFP)": a thing and its short name
            if short.isupper() and _spelt_out(toks, keys, e, short):
                return False
            if _mixed_initials(toks, e, short):
                return False
        before = toks[s - 1] if s > 0 else ""
        if "-" in before and before.rpartition("-")[2] in self.lex.adjective_suffixes:
            return False  # "the Paris-based Institut Montaigne", "US-made Patriot batteries"
        if s > 0 and keys[s - 1] in _LOCATIVES and not _possessive_at(toks, keys, e):
            return False  # "talks in Padang Besar", "at Palazzo Chigi": a place
        if s > 1 and keys[s - 1] == "of" and keys[s - 2] in self.lex.place_nouns:
            return False  # "the port of Bandar Abbas"
        if s > 0 and keys[s - 1] in self.lex.building_prefixes and _is_cap(toks[s - 1]):
            return False  # "at Istana Nurul Iman", "Wisma Putra": the building's own name
        if s > 1 and keys[s] in self.lex.building_words and keys[s - 2] == "the":
            return False  # "in the Presidential Villa Abuja": a building and its city
        if any(self._joint_countries(toks[k], keys[k + 1 : e]) for k in range(s, e)):
            return False  # "the 23rd Malaysia-Brunei Darussalam Annual Leaders' Consultation"
        last = toks[e - 1]
        if "-" in last and last.rpartition("-")[2] in self.lex.adjective_suffixes:
            return False  # "a Marshall Islands-flagged tanker", "the UN-backed government"
        if s > 0 and keys[s - 1] == "the":
            # "the Trump administration", "the Donald Trump administration's decision"
            return (
                e < len(toks)
                and keys[e] in ADMIN_NOUNS
                # (two words: a person's administration, or a known leader's government, not
                # "the Frente Amplio government", "the Khmer Rouge regime", "the Nur Shams camp")
                and (
                    e - s == 1
                    or e - s == 2
                    and (
                        keys[e] in ("administration", "presidency")
                        or self.officials.country_of([" ".join(toks[s:e])]) is not None
                    )
                )
            )
        # "attended a Shamrock Rovers match", "A Palacio San Martín statement": a thing's name
        return not (s > 0 and keys[s - 1] in ("a", "an") and e < len(toks) and toks[e].islower())

    def _joint_countries(self, token: str, rest: list[str]) -> bool:
        """Whether the token joins two countries' names ("Malaysia-Brunei", "Serbia–Hungary",
        "Maldives-Sri" with "Lanka" among the words that follow it, `rest`)."""
        if "-" not in token and "–" not in token:
            return False  # most words: no split, no lookups
        parts = re.split(r"[-–]", token)
        if len(parts) != 2:
            return False
        first = self.lex.entities.get((token_key(parts[0]),))
        if first is None or first.kind not in ("country", "demonym"):
            return False
        second = token_key(parts[1])
        # ("Japan-South Korea-U.S.": the second name ends where a third is joined on)
        cut = [re.split(r"[-–]", w)[0] for w in rest[:2]]
        return any(
            (k := self.lex.entities.get((second, *words))) is not None
            and k.kind in ("country", "demonym")
            for n in range(min(len(rest), 2) + 1)
            for words in {tuple(rest[:n]), (*rest[: n - 1], *cut[n - 1 : n])}
        )

    # --- pass 2: people ------------------------------------------------------
    def read(
        self,
        sentences: list[Sentence],
        title: Sentence | None = None,
        home: str | None = None,
        dateline_home: str | None = None,
        posted_in: str | None = None,
        dateline_is_a_side: bool = False,
    ) -> tuple[list[Person], list[Occurrence]]:
        """`home` is the outlet's own country: a national outlet names its own
        officials by bare title ("Prime Minister Han Duck-soo"), others by country.
        `dateline_home` is the country of a capital the story is datelined from, the last
        guess for an official the text gives no country at all. `posted_in` is the country
        an embassy's own site reports from: there the ambassador goes by bare title as the
        home's envoy, and so do the host country's officials he calls on."""
        self._home = home
        self._dateline_home = dateline_home
        self._posted_in = posted_in
        self._dateline_is_a_side = dateline_is_a_side
        people: list[Person] = []
        self._by_token: dict[str, list[Person]] = {}
        self._role_countries: dict[str, set[str]] = {}
        pending: list[tuple[Sentence, int, int]] = []
        occ: list[Occurrence] = []
        all_runs = [(sent, s, e) for sent in sentences for s, e in self.runs(sent)]
        if headlines := {s.index for s in sentences if _headline_cased(s)}:
            all_runs = _told_outside_headlines(all_runs, sentences, headlines)
        for sent, s, e in all_runs:
            name_tokens = _name_words(sent.tokens[s:e])
            if len([t for t in name_tokens if t.casefold() not in self.lex.particles]) < 2:
                pending.append((sent, s, e))
                continue
            p = self._match_full(people, name_tokens)
            if p is None:
                p = Person(len(people), list(name_tokens), first=(sent.index, s))
                people.append(p)
                self._index(p)
            elif (
                len(name_tokens) > len(p.tokens)
                and set(map(str.casefold, p.tokens)) <= set(map(str.casefold, name_tokens))
                # "A. Kaplan" in the headline, "Abdurrahman Kaplan" below: the full name
                or len(name_tokens) == len(p.tokens)
                and _given_as_initials(p.tokens)
                and not any(_INITIALS_RE.fullmatch(t) for t in name_tokens[:-1])
            ):
                p.tokens = list(name_tokens)
                self._index(p)
            occ.append(Occurrence(p.key, sent.index, s, e))
        for sent, s, e in pending:
            surface = _name_words(sent.tokens[s:e])
            p = self._match_single(people, surface)
            if p is None:
                if not self._standalone_ok(sent, s, e):
                    continue
                p = Person(len(people), list(surface), first=(sent.index, s))
                people.append(p)
                self._index(p)
            occ.append(Occurrence(p.key, sent.index, s, e))
        occ.sort(key=lambda o: (o.sentence, o.start))
        by_sentence = {s.index: s for s in sentences}
        for o in occ:
            p = people[o.person]
            sent = by_sentence[o.sentence]
            surface = sent.surface(o.start, o.end)
            if surface not in p.mentions:
                p.mentions.append(surface)
            if sent.text not in p.evidence and len(p.evidence) < 3:
                p.evidence.append(sent.text)
        spans: dict[int, list[Occurrence]] = {}  # each sentence's names, in order
        for o in occ:
            spans.setdefault(o.sentence, []).append(o)
        self._spans, self._sentences = spans, by_sentence
        self._roles(people, occ, by_sentence, spans)
        self._lists(people, spans, sentences)
        self._plural_titles(people, spans, sentences)
        self._paired_counterparts(people, occ, sentences)
        self._decide(people, sentences, occ, title)
        self._accompanying(people, spans, by_sentence)
        self._styled_lone_names(people, occ, by_sentence)
        people = [p for p in people if not p.press and p.mentions]
        for p in people:
            if p.name not in p.mentions:
                p.mentions.insert(0, p.name)
        people.sort(key=lambda p: p.first)
        kept = {p.key for p in people}
        return people, [o for o in occ if o.person in kept]

    def _styled_lone_names(
        self, people: list[Person], occ: list[Occurrence], by_sentence: dict[int, Sentence]
    ) -> None:
        """ "Sheikh Tamim" where the text never gives more than the one given name: the
        style is part of the fullest name it gives, and the bare "Tamim" names no one."""
        for o in occ:
            p = people[o.person]
            if len(p.tokens) != 1 or o.start == 0:
                continue
            style = by_sentence[o.sentence].tokens[o.start - 1]
            if style.casefold() in self.lex.lone_name_styles and style[0].isupper():
                p.tokens = [style, *p.tokens]

    def _index(self, p: Person) -> None:
        for t in p.tokens:
            for key in {t.casefold(), _core(t)}:
                bucket = self._by_token.setdefault(key, [])
                if p not in bucket:
                    bucket.append(p)

    def _candidates(self, toks: list[str]) -> list[Person]:
        """People who share a word with the name, earliest introduced first."""
        seen: dict[int, Person] = {}
        for t in toks:
            for p in self._by_token.get(_core(t), ()):
                seen[p.key] = p
        return [seen[k] for k in sorted(seen)]

    def _match_full(self, people: list[Person], toks: list[str]) -> Person | None:
        keys = set(map(_core, toks))
        candidates = self._candidates(toks)
        for p in candidates:
            pk = set(map(_core, p.tokens))
            if keys <= pk or pk <= keys:
                return p
        for p in candidates:
            same_ends = (
                p.tokens[-1].casefold() == toks[-1].casefold() and p.tokens[0][:1] == toks[0][:1]
            )
            if not same_ends or not _aligned(p.tokens, toks):
                continue
            # "H. Fidan" after "Hakan Fidan": the same man, his first name cut to its initial
            if _similar(_join(p.tokens), _join(toks)) or _initials_for(p.tokens, toks):
                return p
        return None

    def _match_single(self, people: list[Person], surface: list[str]) -> Person | None:
        core = [t.casefold() for t in surface if t.casefold() not in self.lex.particles]
        if not core:
            return None
        word = core[-1]
        candidates = self._candidates([word])
        word = _core(word)
        # "Prince Turki" after "Faisal bin Turki" and "Turki bin Nawaf": the one named Turki
        candidates.sort(key=lambda p: self._fathers_name_only(p, word))
        for p in candidates:  # earliest introduced first: a bare "Kim" is the first Kim named
            if len(p.tokens) >= 2 and word in (_core(t) for t in p.tokens):
                if len(surface) > 1 and _join(surface).casefold() not in _join(p.tokens).casefold():
                    continue
                return p
        for p in candidates:
            if len(p.tokens) == 1 and _core(p.tokens[0]) == word:
                return p
        return None

    def _fathers_name_only(self, p: Person, word: str) -> bool:
        """Whether the word is in the person's name only as a father's ("bin Turki")."""
        places = [i for i, t in enumerate(p.tokens) if _core(t) == word]
        patronymics = self.lex.patronymic_particles
        return bool(places) and all(i and p.tokens[i - 1].casefold() in patronymics for i in places)

    def _before_styles(self, keys: list[str], k: int) -> int:
        """The index before the styles that end at `k` ("Mr", "Tan Sri", "H.E. Dr")."""
        while k >= 0:
            # the styles of several words first: "His Excellency" and "His Royal Highness"
            # would otherwise leave "His" behind
            size = next(
                (
                    len(phrase)
                    for phrase in self._styles_by_end.get(keys[k], ())
                    if len(phrase) <= k + 1 and tuple(keys[k - len(phrase) + 1 : k + 1]) == phrase
                ),
                0,
            )
            if size:
                k -= size
            elif keys[k] in self.lex.honorifics:
                k -= 1
            else:
                return k
        return k

    def _standalone_ok(self, sent: Sentence, s: int, e: int) -> bool:
        """A lone unknown word is a person only after a title or before "administration"."""
        if (
            e < len(sent.keys)
            and sent.keys[e] in ADMIN_NOUNS
            and s > 0
            and sent.keys[s - 1] == "the"
        ):
            return True
        k = self._before_styles(sent.keys, s - 1)
        if k < s - 1 and (k >= 0 or sent.tokens[s - 1][-1] == "."):
            return True  # "... said Mr Tupou", and "Mr. Tupou said" opening a sentence
        if k >= 0 and sent.keys[k] in self.lex.title_heads:
            return sent.tokens[k][:1].isupper()  # "Foreign Minister Wiryawan"
        if k >= 0 and sent.keys[k] == ",":
            k -= 1  # "the ambassador to Malaysia, Sutarman"
        # "Ambassador to Malaysia Sutarman", "Minister for Economic Affairs Haryono": a title
        # phrase (its portfolio, its country) ends right before the one name
        keys, heads, words = sent.keys, self.lex.title_heads, self.lex.title_phrase_words
        last = sent.entity_at[k] if k >= 0 else None
        if (
            k < 0
            or len(sent.tokens[s]) < 2
            or not (
                last is not None
                and last.entity.kind in _PLACE_KINDS
                and last.start > 0
                and keys[last.start - 1] in ("to", "of", "for", "in")
                or keys[k] == "affairs"
            )
        ):
            return False  # a portfolio's own last word ("Public Works") is no name
        start = k
        while k >= 0 and start - k <= 8:
            m = sent.entity_at[k]
            if keys[k] in heads:
                return sent.tokens[k][:1].isupper()
            if m is not None and m.entity.kind in _PLACE_KINDS:
                k = m.start - 1
            elif keys[k] in words or k < start and _is_cap(sent.tokens[k]):
                k -= 1
            else:
                return False
        return False

    # --- pass 3: roles ---------------------------------------------------------
    def _roles(
        self,
        people: list[Person],
        occ: list[Occurrence],
        by_sentence: dict,
        spans: dict[int, list[Occurrence]],
    ) -> None:
        for o in occ:
            sent = by_sentence[o.sentence]
            taken = {k for x in spans[o.sentence] if x is not o for k in range(x.start, x.end)}
            p = people[o.person]
            if (of := self._of_country(sent, o) or self._on_behalf_of(sent, o, taken)) is not None:
                p.roles.insert(0, of)  # a name's own country: before any window's
            for cand in (
                self._before(sent, o, taken, spans[o.sentence]),
                self._after(sent, o, taken),
            ):
                if cand is not None:
                    if cand.press:
                        p.press = True
                    p.roles.append(cand)
            if p.window_country is None:
                p.window_country = self._window_country(sent, o.start, taken)
            if _is_press_credit(sent, o.start, o.end):
                p.press = True

    def _before(
        self, sent: Sentence, o: Occurrence, taken: set[int], same: list[Occurrence]
    ) -> RoleCand | None:
        toks, keys = sent.tokens, sent.keys
        k = self._before_styles(keys, o.start - 1)
        if k >= 1 and toks[k] == ")" and "(" in toks[max(0, k - 12) : k]:
            # "Ambassador of Armenia to Argentina (with residence in Buenos Aires) X": the
            # aside set in brackets between the title and the name is not part of either
            j = k - 1
            while toks[j] != "(":
                j -= 1
            k = j - 1
        if (
            k >= 2
            and keys[k] in self.lex.ranks_after_office
            and toks[k - 1] == ","
            and self._ends_title(sent, k - 2 - _acronym_before(toks, k - 2))
        ):
            # "The Minister of Defence, Major-General X (rtd)", "Minister of State for
            # Petroleum Resources, Chief X": the rank or style between, the office before it
            k = self._before_styles(keys, k - 1)
        if k >= 3 and toks[k] == ",":
            # "Ghanaian President, His Excellency, X": the style set off between title and name
            j = self._before_styles(keys, k - 1)
            if 1 <= j < k - 1 and toks[j] == "," and self._ends_title(sent, j - 1):
                k = j
        # "The National Security Adviser (NSA), X": the title's own letters before the comma
        acronym = _acronym_before(toks, k - 1) if k >= 4 and toks[k] == "," else 0
        comma = k >= 1 and toks[k] == "," and self._ends_title(sent, k - 1 - acronym)
        if comma:
            k -= 1 + acronym
        end = k + 1
        entity_at, stop_words = sent.entity_at, self.lex.stop_words
        phrase_words = self.lex.title_phrase_words
        while k >= 0 and k not in taken:
            m = entity_at[k]
            key = keys[k]
            if m is not None:
                k = m.start - 1
                if m.entity.kind == "demonym" and k >= 0 and keys[k] == "of":
                    break  # "the visit to Moscow of Mongolian Foreign Minister X": from "Mongolian"
            elif (
                (  # "the minister and the Ethiopian Ambassador X": a second party's title
                    key == "and"
                    and k + 2 < end
                    and keys[k + 1] == "the"
                    and any(x in self.lex.title_heads for x in keys[k + 2 : end])
                )
                or (  # "A of Bangladesh and Maldives Foreign Minister X": X's title opens
                    key == "and"  # at "Maldives", not at the first one's "of Bangladesh"
                    and k > 0
                    and (e := entity_at[k + 1]) is not None
                    and e.entity.kind in COUNTRY_KINDS
                    and any(x in self.lex.title_heads for x in keys[e.end : end])
                    and (
                        (b := entity_at[k - 1]) is not None
                        and b.entity.kind == "country"  # not "the Somali and Kenyan ministers"
                        # "The Prime Minister and Guyana President X": another's title
                        or keys[k - 1] in self.lex.title_heads
                    )
                )
                or (  # "a Special Envoy of PM X", "adviser to President X": another's title,
                    key in ("of", "to")  # then X's own
                    and k > 0
                    and k + 1 < end
                    and keys[k - 1] in self.lex.title_heads
                    and keys[k + 1] in self.lex.leader_heads
                )
                or (  # "B, Minister of Energy and Vice Admiral X": X's rank, after B's title
                    key == "and"
                    and k + 1 < end
                    and _after_anothers_name(toks, k, taken)
                    and (
                        keys[k + 1] in self.lex.ranks_after_office
                        or k + 2 < end
                        and keys[k + 1] in self.lex.hyphen_ranks
                        and keys[k + 2] in self.lex.ranks_after_office
                    )
                )
                or (  # "the visit to Russia of Prime Minister of Laos X": from the title
                    key == "of"
                    and k + 1 < end
                    and keys[k + 1] in self.lex.title_heads
                    and k > 0
                    and (e := entity_at[k - 1]) is not None
                    and e.entity.kind in COUNTRY_KINDS
                )
            ):
                break
            elif (
                (
                    key in phrase_words
                    or k == end - 1
                    and key in self.lex.org_heads  # "spokesperson of the ministry"
                    or _is_cap(toks[k])
                    and key not in stop_words
                    and toks[k].isalpha() is not False
                    or "-" in toks[k]
                    and toks[k][0].islower()
                )
                or (  # "Minister of State at the Ministry of Foreign Affairs X"
                    key == "at"
                    and k >= 1
                    and keys[k - 1] in phrase_words
                    and k + 2 < end
                    and keys[k + 1] == "the"
                    and keys[k + 2] in self.lex.org_heads
                )
                or (  # "Ghana's ambassador in Cuba, X": the post's seat, after its title
                    key == "in"
                    and k >= 1
                    and keys[k - 1] in self.lex.title_heads
                    and (e := entity_at[k + 1]) is not None
                    and e.entity.kind in COUNTRY_KINDS
                    and e.end == end
                )
            ):
                k -= 1
            elif key in POSSESSIVES:
                k -= 1
                break
            elif key == "," and self._portfolio_list(sent, k, end):
                k -= 1  # "Minister of Foreign Affairs, Emigration and Expatriates X"
            else:
                break
        start = k + 1
        if (
            comma
            and not _set_beside(sent, o)
            and (
                # "According to the DFA official, Marcos' meeting": the source's title, not
                # "according to the spokeswoman, Constanza Rios."
                _after_according_to(keys, start, end)
                # "During the meeting with the Czech minister in Kyiv, X noted": a title at its
                # post, in a phrase that opens the sentence, then a name going on to its verb
                or (post := sent.entity_at[end - 1]) is not None
                and post.start > 0
                and keys[post.start - 1] == "in"
                and k >= 0
                and (keys[k] in _OBJECT_MARKERS or keys[k] in _PREPOSITIONS or keys[k] == "meeting")
                # "Following the meeting with the Chief of Staff of the Army, X told reporters":
                # the one met, in the phrase that opens the sentence, then a name going on to
                # its verb (not "held talks with Guinean President, X in the capital")
                or k >= 0
                and (keys[k] == "with" or k >= 1 and keys[k] == "the" and keys[k - 1] == "with")
                and (keys[0] in _PREPOSITIONS or keys[0] == "following")
                and "," not in toks[:k]
                and o.end < len(toks)
                and toks[o.end].islower()
                and keys[o.end] not in CONNECTORS
                and keys[o.end] not in _PREPOSITIONS
            )
        ):
            return None
        opener = start - 1 if start >= 1 and keys[start - 1] in ("a", "an") else start
        if (
            comma
            and keys[opener] in ("a", "an")
            and opener >= 2
            and keys[opener - 1] == ","
            and any(x.end == opener - 1 for x in same)
        ):
            # "the meeting with A, a Bruneian official, B said": a description of A, set
            # between commas after A's name, is never how B is introduced
            return None
        while start < end and (
            keys[start] in CONNECTORS
            and keys[start] not in POSSESSIVES
            # "HH the Emir Sheikh X", not "Lord Mayor X"
            or keys[start] in self.lex.honorifics
            and start + 1 < end
            and keys[start + 1] == "the"
        ):
            start += 1
        if (
            comma
            and start >= 2
            and keys[start - 1] == ","
            and not _opens_on_a_country(sent, start)
            # B goes on in the list, not to a verb of its own (not "Speaking after the meeting
            # with A, Minister of Foreign Affairs, B, said")
            # (a title in lower case there is an apposition: "Meeting with A, vice president
            # of X, B called for ...")
            and (not _goes_on_to_a_verb(toks, o.end) or toks[start].islower())
            and any(x.end == start - 1 and self._names_first(sent, x, same) for x in same)
        ):
            # "including A, Deputy Prime Minister, B, Minister of Finance": the title set
            # after A is A's (not in "Minister of X, A, Minister of Y, B")
            return None
        if start >= end or keys[end - 1] in _NAME_OBJECT_PREPOSITIONS or keys[end - 1] == "and":
            # "an invitation from Ankara for X": the phrase is not X's title; nor is "the Crown
            # Prince and X" (another's, who stands beside X)
            return None
        possessive = keys[start] in POSSESSIVES
        cand = self._interpret(sent, start, end)
        if cand is None:
            return None
        words = [w.casefold().rstrip("s") for w in cand.role.split()] if cand.role else []
        own = cand.role.split(maxsplit=1)[1] if len(words) > 1 else ""
        if words[-1:] == ["counterpart"] or (words[:1] == ["counterpart"] and own[:1].isupper()):
            # "his counterpart C", "his counterpart President C": the title C holds, if any,
            # is C's own; the other side's is mirrored later
            cand.role = None if words[-1] == "counterpart" else own
            ref = [x for x in same if x.start < start]
            if ref:  # "A called on B and held talks with his counterpart C": A's
                subjects = [x for x in ref if not self._is_object(sent, x)]
                cand.counterpart_of = (subjects or ref[:1])[-1].person
            elif (he := self._subject_told_before(sent)) is not None:
                cand.counterpart_of = he  # "He also met his Mauritian counterpart C"
            else:
                cand.plural_role = self._plural_role(sent)
        elif possessive:
            ref = [x for x in same if x.start < start]
            if ref:
                cand.possessive_of = ref[-1].person
        return cand

    def _portfolio_list(self, sent: Sentence, comma: int, end: int) -> bool:
        """Whether the comma at `comma` sits inside one office's list of portfolios: the
        words before it end a title, those after it close the list with "and" and name no
        title of their own ("..., Emigration and Egyptian Expatriates X")."""
        after = sent.keys[comma + 1 : end]
        return (
            "and" in after
            and after != ["and"]  # not "A, Foreign Minister of Togo, and X": the list's last
            and not any(k in self.lex.title_heads for k in after)
            and self._ends_title(sent, comma - 1)
        )

    def _subject_told_before(self, sent: Sentence) -> int | None:
        """Who a sentence's opening "He" or "She" is: the first name of the sentence right
        before it, where no verb acts on it."""
        if sent.keys[:1] not in (["he"], ["she"]):
            return None
        if sent.index - 1 not in self._spans:
            return None
        first = self._spans[sent.index - 1][0]
        return None if self._is_object(self._sentences[first.sentence], first) else first.person

    def _is_object(self, sent: Sentence, o: Occurrence) -> bool:
        """Whether a name, with the title before it, is what a verb or preposition acts on
        ("called on President X", "met X", "according to Aide X"): not who "his" means."""
        k = self._title_start(sent, o) - 1
        return k >= 0 and sent.keys[k] in _OBJECT_MARKERS

    def _of_country(self, sent: Sentence, o: Occurrence) -> RoleCand | None:
        """ "Foreign ministers Annika Roth of Germany and ...", "Renata Lacerda of Brazil",
        "former ministers Anna Lind from Sweden and ...": a name followed by "of/from
        <Country>" serves that country; so does "Carla Neves (Brazil)", a list's country in
        brackets."""
        k = o.end
        if k + 1 >= len(sent.keys) or sent.keys[k] not in ("of", "(", "from"):
            return None
        if sent.keys[k] == "from":
            return self._from_country(sent, o)
        if sent.keys[k] == "(":
            m = sent.entity_at[k + 1]
            if m is None or m.entity.kind != "country" or not m.entity.code:
                return None
            if m.end >= len(sent.keys) or sent.keys[m.end] != ")":
                return None
            return RoleCand(None, None, m.entity.code, sent.index, of_country=True)
        k += 1 + (sent.keys[k + 1] == "the")
        m = sent.entity_at[k] if k < len(sent.keys) else None
        if m is None or m.entity.kind != "country" or not m.entity.code:
            return None
        return RoleCand(None, None, m.entity.code, sent.index, of_country=True)

    def _on_behalf_of(self, sent: Sentence, o: Occurrence, taken: set[int]) -> RoleCand | None:
        """ "exchanged by X, Minister of Foreign Affairs, on behalf of the Maldives": one who
        acts on a country's behalf serves it. The name must be the one acting: after "by",
        or opening the sentence or a list, with only its own apposition between; in "X
        thanked President Y on behalf of Ghana" it is X who acts. A weaker sign than the
        title's own country ("Swiss Ambassador X, on behalf of the United States")."""
        keys = sent.keys
        before = keys[o.start - 1] if o.start else ""
        if before not in _ACTOR_OPENERS:  # past the name's title, if any
            start = self._title_start(sent, o, taken)
            before = keys[start - 1] if start > 0 else ""
        k = o.end
        if k < len(keys) and keys[k] == "," and before in _ACTOR_OPENERS:
            k += 1  # past the apposition, commas and all
            while k < len(keys) and keys[k - 1 : k + 2] != [",", "on", "behalf"]:
                if k in taken or keys[k] in (".", ";", ":", "(", ")") or k - o.end > 16:
                    return None
                k += 1
        elif before != "by":
            return None
        if keys[k : k + 3] != ["on", "behalf", "of"]:
            return None
        k += 3 + (keys[k + 3 : k + 4] == ["the"])
        m = sent.entity_at[k] if k < len(keys) else None
        if m is None or m.entity.kind != "country" or not m.entity.code:
            return None
        return RoleCand(None, None, m.entity.code, sent.index)

    def _title_start(
        self, sent: Sentence, o: Occurrence, taken: set[int] | frozenset[int] = frozenset()
    ) -> int:
        """Where the name's title begins: the first of the words before it that are
        capitalised, a title's or a country's, short of another name."""
        k = o.start
        while (
            k > 0
            and k - 1 not in taken
            and (
                sent.entity_at[k - 1] is not None
                or _is_cap(sent.tokens[k - 1])
                or sent.keys[k - 1] in self.lex.title_phrase_words
            )
        ):
            k -= 1
        return k

    def _from_country(self, sent: Sentence, o: Occurrence) -> RoleCand | None:
        """ "former ministers Anna Lind from Sweden and ...": a weaker sign than "of" (a
        title's own country outranks it), as "from" also tells where something came from
        ("messages reached X from Qatar and Kuwait", "X from Japan's embassy")."""
        keys = sent.keys
        at = o.end + 1
        if at + 1 < len(keys) and keys[at] == "the":
            at += 1  # "A from the Maldives"
        m = sent.entity_at[at]
        if m is None or m.entity.kind != "country" or not m.entity.code:
            return None
        after = keys[m.end : m.end + 2]
        if after[:1] in (["'s"], ["to"]) or (
            after[:1] == ["and"]
            and m.end + 1 < len(keys)
            and (e := sent.entity_at[m.end + 1]) is not None
            and e.entity.kind == "country"
        ):
            return None
        return RoleCand(None, None, m.entity.code, sent.index)

    def _ends_title(self, sent: Sentence, k: int) -> bool:
        """Whether the words before a comma end a title: "Japan's foreign minister, X",
        "The Minister of Foreign Affairs, X", "the ambassador to Chile, X"."""
        if k < 0:
            return False
        m = sent.entity_at[k]
        if m is not None:
            start = m.start
            if start > 1 and sent.keys[start - 1] == "the":
                start -= 1  # "the President of the Czech Republic, X"
            if m.entity.kind in COUNTRY_KINDS and start > 0:
                if sent.keys[start - 1] in ("of", "from"):
                    return start > 1  # "From Male, X will travel on": no title before it
                keys, walked = sent.keys, False
                while (  # "the ambassador to Pakistan, Iran and the Netherlands, X": to the first
                    start > 2
                    and keys[start - 1] in ("and", ",")
                    and (first := sent.entity_at[start - 2]) is not None
                    and first.entity.kind in COUNTRY_KINDS
                ):
                    start, walked = first.start, True
                    if start > 1 and keys[start - 1] == "the":
                        start -= 1
                head = keys[start - 2] if start > 1 else ""
                if walked and head.endswith("s") and head[:-1] in self.lex.title_heads:
                    return False  # "the envoys to A and B, X and Y": one to each
                return (
                    start > 1
                    and keys[start - 1] in ("to", "for", "in")
                    and head in self.lex.title_heads
                )  # "the ambassador to Chile, X", "Ghana's ambassador in Cuba, X"
            return False
        if sent.keys[k] in self.lex.title_heads:
            return True
        keys = sent.keys
        if (  # "The spokesperson of the ministry, X"
            keys[k] in self.lex.org_heads
            and k >= 3
            and keys[k - 2 : k] == ["of", "the"]
            and (keys[k - 3] in self.lex.title_heads or keys[k - 3] in self.lex.press_roles)
        ):
            return True
        # "Minister of Foreign Affairs": a title's head, then of/for and the office's
        # capitalised words, which may run over "and" and commas ("Minister for Foreign
        # Affairs and Regional Integration", "Minister of Foreign Affairs, African
        # Cooperation and ..."), or after "of State" ("Minister of State for Foreign Affairs")
        j = k
        keys = sent.keys
        while j >= 0 and k - j < 9 and keys[j] not in ("of", "for"):
            if not (_is_cap(sent.tokens[j]) or keys[j] in ("the", "and", "&", ",")):
                return False
            j -= 1
        if j >= 3 and keys[j - 1] == "state" and keys[j - 2] == "of":
            j -= 2
        elif j >= 3 and _is_cap(sent.tokens[j - 1]) and keys[j - 2] in ("of", "for"):
            j -= 2  # "Chief of Staff of the Defence Force": a title of two "of"s
        return j >= 1 and keys[j - 1] in self.lex.title_heads

    def _after(self, sent: Sentence, o: Occurrence, taken: set[int]) -> RoleCand | None:
        toks, keys = sent.tokens, sent.keys
        k = o.end
        if k >= len(toks) or toks[k] != ",":
            return None
        start = k + 1
        j = start
        while (
            j < len(toks)
            and toks[j] not in (",", ".", ";", "(", ")", ":", "“", '"')
            and j - start < 16
        ):
            if j in taken:
                # "B, Minister of Energy and Vice Admiral X": B's title ends at the "and" that
                # opens the next one's name or title
                # (a name in a list, "including A, Minister of Finance, B": not "Foreign
                # Minister A, Deputy Chairman and Foreign Minister of Y B", which is B's)
                j = next((a for a in range(j - 1, start, -1) if keys[a] == "and"), start)
                if (
                    j == start
                    or not (j + 1 in taken or self._opens_a_title(keys[j + 1]))
                    or not self._opens_a_title(keys[start])
                    or o.start > 0
                    and toks[o.start - 1] != ","
                    and not toks[o.start - 1].islower()
                ):
                    return None
                break
            j += 1
        if j == start:
            return None
        first = start + (1 if keys[start] in ("the", "a", "an") else 0)
        if first >= j:
            return None
        head_pos = [
            x
            for x in range(first, min(j, first + 5))
            if keys[x] in self.lex.title_heads
            or keys[x] in self.lex.relation_words
            or keys[x] in self.lex.press_roles
        ]
        if not head_pos:
            return None
        if keys[first] in ("who", "which", "whose", "and", "but", "said"):
            return None
        if keys[start] in _PREPOSITIONS:
            return None  # "X, on his first official visit to Astana since ...": no title
        if keys[start] == "mp" and (start + 1 == j or keys[start + 1] not in ("for", "of")):
            return None  # "X, MP, Secretary of State", "X, M.P. at the Guest House": letters
        if (
            keys[start].endswith("ed")
            and toks[start].islower()
            and start + 1 < j
            and keys[start + 1] in _AFTER_A_VERB
        ):
            # "Special Envoy of PM X, briefed the President on ...": a verb and its object,
            # not "X, retired army general" or "X, seasoned diplomat"
            return None
        if (
            toks[start].islower()
            and keys[start].endswith("s")
            and not keys[start].endswith(("ss", "is", "us", "as"))
            and keys[start] not in _DETERMINERS
            and start + 1 < j
            and (keys[start + 1] in _DETERMINERS or keys[start + 1] in _TODAY)
        ):
            return None  # "Foreign Minister, X, continues today his visit": a verb, no title
        # "a veteran diplomat who took up the post in March": the title ends at the clause
        j = next((x for x in range(first, j) if keys[x] in ("who", "which", "whose")), j)
        if any(keys[x] in _VERBS for x in range(start, j)):
            return None
        head = head_pos[0]
        if any(keys[x] in _CLAUSE_WORDS or keys[x] in _HOST_VERBS for x in range(start, head)):
            return None  # "X, Thursday afternoon received the President of ...": a clause
        if any(
            keys[x].endswith("ed")
            and toks[x].islower()  # "Chief of Staff of the Armed Forces": a name, no verb
            and keys[x] not in self.lex.title_phrase_words
            and sent.entity_at[x] is None  # "of the United Kingdom": a name, no verb
            for x in range(head + 1, j)
        ):
            return None  # "With Nnadi, the president discussed energy": a clause, not a title
        if (
            _opens_on_a_country(sent, start)
            and j + 1 < len(toks)
            and toks[j] == ","
            and j + 1 in taken
        ):
            return None  # "A, Jamaica's Foreign Minister, B": the title set before B's name
        cand = self._interpret(sent, start, j)
        if cand is not None and cand.country is None:
            cand.country = self._stacked_titles_country(sent, j, taken)
        elif cand is not None and self._next_title_of_another(sent, j, cand.country, taken):
            # "Secretary General X, Vice-President of Uganda, Deputy Prime Minister of South
            # Africa ... also met Y": a list of office holders, not X's titles
            return None
        return cand

    def _names_first(self, sent: Sentence, o: Occurrence, same: list[Occurrence]) -> bool:
        """Whether the list the name stands in sets each name before its title: "including
        A, Minister of X, B, Minister of Y", not "Minister of X, A, Minister of Y, B" nor
        "Foreign Minister A"."""
        for _ in range(12):
            k = self._before_styles(sent.keys, o.start - 1)
            if k < 0:
                return True
            if sent.tokens[k] != ",":
                return not _is_cap(sent.tokens[k])
            if not self._ends_title(sent, k - 1):
                return True
            # a title before the comma: the list's name before it decides whose it is
            prev = max((x for x in same if x.end < k), key=lambda x: x.end, default=None)
            if (
                prev is None
                or sent.tokens[prev.end] != ","
                # "A, Barbados Prime Minister, B": a country opens a title set before its name
                or _opens_on_a_country(sent, prev.end + 1)
            ):
                return False
            o = prev
        return False

    def _opens_a_title(self, key: str) -> bool:
        """Whether a word can open someone's title: a head, a modifier or a rank ("Vice
        Admiral", "Minister"), the test of where one title in a list ends and the next begins."""
        lex = self.lex
        return (
            key in lex.title_heads
            or key in lex.title_modifiers
            or key in lex.hyphen_ranks
            or key in lex.ranks_after_office
        )

    def _next_title_of_another(
        self, sent: Sentence, j: int, country: str | None, taken: set[int]
    ) -> bool:
        """Whether the comma at `j` opens a title of another country than `country`, with no
        name of its own ("X, Foreign Minister of Croatia, Serbian Foreign Minister Y": each
        has his own title)."""
        toks, keys = sent.tokens, sent.keys
        if j + 1 >= len(toks) or toks[j] != "," or not _is_cap(toks[j + 1]):
            return False
        titled = keys[j + 1] in self.lex.title_heads or keys[j + 1] in self.lex.title_modifiers
        demonym = (m := sent.entity_at[j + 1]) is not None and m.entity.kind == "demonym"
        if not titled and not demonym:
            return False
        end = j + 1
        while end < len(toks) and toks[end] not in (",", ".", ";", "(", ")") and end - j < 16:
            if end in taken:
                return False
            end += 1
        other = self._interpret(sent, j + 1, end)
        return other is not None and other.country is not None and other.country != country

    def _stacked_titles_country(self, sent: Sentence, j: int, taken: set[int]) -> str | None:
        """ "X, Minister of State, Minister of Foreign Affairs and Ivorians Abroad of Côte
        d'Ivoire": titles stacked after a comma end on the country they all serve."""
        toks, keys = sent.tokens, sent.keys
        found = None
        while j < len(toks) and toks[j] == "," and j + 1 < len(toks):
            if not _is_cap(toks[j + 1]) or not (
                keys[j + 1] in self.lex.title_heads or keys[j + 1] in self.lex.title_modifiers
            ):
                break
            j += 1
            start = j
            while j < len(toks) and toks[j] not in (",", ".", ";", "(", ")") and j - start < 16:
                if j in taken or keys[j] in _VERBS:
                    return None
                m = sent.entity_at[j]
                if (
                    m is not None
                    and m.entity.kind == "country"
                    and "of" in keys[max(0, m.start - 2) : m.start]
                ):
                    found = m.entity.code
                    j = m.end
                    continue
                j += 1
        return found

    def _interpret(self, sent: Sentence, start: int, end: int) -> RoleCand | None:
        """A title phrase → role, organisation and country."""
        toks, keys = sent.tokens, sent.keys
        out: list[tuple[str, str]] = []  # (text, key)
        country = org = None
        k = start
        while k < end:
            m = sent.entity_at[k]
            if m is not None:
                ent = m.entity
                surface = sent.surface(m.start, min(m.end, end))
                prev = out[-1][1] if out else ""
                if ent.kind in COUNTRY_KINDS or (ent.kind == "place" and ent.code):
                    if prev in ("for", "to", "in", "on", "over", "with", "against", "toward"):
                        out.append((surface, "#"))
                    elif country is None:
                        country = ent.code
                        possessive = m.end < end and keys[m.end] == "'s"
                        if prev in ("of", "from") and not possessive:
                            out.pop()
                            if out and out[-1][1] == "the":
                                out.pop()
                    else:
                        out.append((surface, "#"))
                elif ent.kind in ("org", "gov"):
                    if prev == "and" and m.end < end and keys[m.end] in self.lex.title_modifiers:
                        out.append((surface, "#"))  # "Minister of Foreign and CARICOM Affairs"
                    elif org is None:
                        org = ent.name if ent.acronym else surface
                        if ent.kind == "gov" and country is None and ent.code:
                            country = ent.code
                        while out and out[-1][1] in ("the", "at", "of", "in"):
                            out.pop()
                    else:
                        out.append((surface, "#"))
                else:
                    out.append((surface, "#"))
                k = m.end
                continue
            if keys[k] != "'s":
                tok, key = toks[k], keys[k]
                if "-" in key and key.startswith(_TIME_PREFIXES):  # "then-President"
                    cut = key.index("-") + 1
                    tok, key = tok[cut:], key[cut:]
                out.append((tok, key))
            k += 1
        while out and (out[0][1] in CONNECTORS or out[0][1] in self.lex.address_words):
            out.pop(0)  # "His Excellency President X": the form of address is not the role
        while out and out[-1][1] in CONNECTORS:
            out.pop()
        while (
            len(out) > 1
            and out[-1][1] in self.lex.name_styles
            # "Crown Prince Mohammed": the office itself, not a style before the name
            and f"{out[-2][1]} {out[-1][1]}" not in self.lex.title_heads
        ):
            out.pop()  # "his Saudi counterpart Prince Turki": the style is not the role
        # "... of Japan's National Security Secretariat": a named body at the end is the org
        words = [w for w, _ in out]
        wkeys = [kk for _, kk in out]
        caps_end = len(words)
        while (
            caps_end > 0
            and words[caps_end - 1][:1].isupper()
            and wkeys[caps_end - 1] not in self.lex.title_heads
        ):
            caps_end -= 1
        if len(words) - caps_end >= 2 and any(kk in self.lex.non_person for kk in wkeys[caps_end:]):
            cut = caps_end
            while (
                cut > 0
                and words[cut - 1][:1].islower()
                and wkeys[cut - 1] not in self.lex.title_heads
            ):
                if wkeys[cut - 1] in ("of", "at"):
                    body = cut - 2  # "Minister of State at the Ministry of Foreign Affairs"
                    lead = body - (body >= 1 and wkeys[body - 1] == "the")
                    if (
                        wkeys[cut - 1] == "of"
                        and lead >= 2
                        and wkeys[body] in self.lex.org_heads
                        and words[body][:1].isupper()
                        and wkeys[lead - 1] in ("at", "of", "in")
                    ):
                        org = org or _join(words[body:])
                        words, wkeys = words[: lead - 1], wkeys[: lead - 1]
                        break
                    if (  # "Minister of Foreign Affairs": title words, the title goes on
                        cut >= 2
                        and wkeys[cut - 2] in self.lex.title_heads
                        and all(kk in self.lex.title_modifiers for kk in wkeys[caps_end:])
                    ):
                        break
                    org = org or _join(words[caps_end:])
                    words, wkeys = words[: cut - 1], wkeys[: cut - 1]
                    break
                cut -= 1
        # "Foreign Ministry spokesperson": a body named by title words, then the title
        caps = 0
        while caps < len(words) and words[caps][:1].isupper():
            caps += 1
        org_end = max((i + 1 for i in range(caps) if wkeys[i] in self.lex.org_heads), default=0)
        if org is None and 0 < org_end < len(words) and wkeys[org_end] in self.lex.title_heads:
            org = _join(words[:org_end])
            words, wkeys = words[org_end:], wkeys[org_end:]
        # "Sovereign Council Chairman": a named body before the title
        lead = 0
        while (
            lead < len(words)
            and words[lead][:1].isupper()
            and wkeys[lead] not in self.lex.title_heads
            and wkeys[lead] not in self.lex.title_modifiers
        ):
            lead += 1
        if 1 < lead < len(words) and wkeys[lead - 1] in self.lex.non_person and org is None:
            org = _join(words[:lead])
            words, wkeys = words[lead:], wkeys[lead:]
        heads = [
            kk
            for kk in wkeys
            if kk in self.lex.title_heads
            or kk in self.lex.press_roles
            or kk in self.lex.relation_words
        ]
        if not heads and country is None and org is None:
            return None
        press = any(kk in self.lex.press_roles for kk in wkeys)
        if any(w.endswith("ing") and w.islower() and len(w) > 5 for w in words[1:]):
            heads = []  # "the two ministers exchanging views on ...": a clause, not a title
        role = _join(words) if heads else None
        if heads and heads[0] in self.lex.relation_words:
            role = None
        if role and not any(kk in self.lex.title_heads for kk in wkeys) and not press:
            role = None
        if role:
            if "," in role or "." in role:
                role = _SPACE_BEFORE_STOP_RE.sub(r"\1", role)
            role = self._singular(role)
        return RoleCand(role, org, country, sent.index, press=press)

    def _singular(self, role: str) -> str:
        """ "Foreign Ministers", "Ministers of Finance", "heads of Health": the title one of
        them holds, its head word in the singular."""
        words = role.split()
        heads = self.lex.title_heads
        for i, w in enumerate(words):
            if w in ("of", "for"):
                break  # "Chairman of the Joint Chiefs of Staff": the body keeps its plural
            low = w.casefold()
            if (
                low.endswith("s")
                and low[:-1] in heads
                and (i + 1 == len(words) or words[i + 1] in ("of", "for"))
            ):
                words[i] = w[:-1]
        return " ".join(words)

    def _plural_role(self, sent: Sentence) -> str | None:
        for k, key in enumerate(sent.keys):
            if key.endswith("s") and key[:-1] in self.lex.title_heads and key != "'s":
                j = k
                while (
                    j > 0
                    and sent.keys[j - 1] in self.lex.title_modifiers
                    and sent.keys[j - 1] not in CONNECTORS
                ):
                    j -= 1
                words = sent.tokens[j : k + 1]
                words[-1] = words[-1][:-1]
                return _join(words)
        return None

    def _window_country(self, sent: Sentence, start: int, taken: set[int]) -> str | None:
        keys = sent.keys
        if start and keys[start - 1] in ("for", "to", "from", "with"):
            return None  # "an invitation from Ankara for X": what comes before is not X's
        if start >= 4 and keys[start - 1] == ",":
            j = start - 2
            while j > 0 and start - j <= 12 and keys[j] != ",":
                j -= 1
            if keys[j] == "," and keys[j + 1] in ("a", "an") and j - 1 in taken:
                return None  # "with A, a Bruneian official, B said": A's description
        k = start - 1
        while k >= 0 and start - k <= 12:
            if sent.tokens[k] in _CLOSE_QUOTES:
                return None  # '"... is Indonesia's success," President X said': a quote
            if sent.keys[k] in _SAID:
                return None  # "attacks on Poland and Latvia, said President X": what was said
            m = sent.entity_at[k]
            if m is not None and m.entity.kind in COUNTRY_KINDS and k not in taken:
                prev = sent.keys[m.start - 1] if m.start else ""
                if m.entity.kind == "capital" and _clause_break(sent.keys, m.end, start):
                    k = m.start - 1  # "to visit Tokyo this year, and Baek accepted": a place
                    continue
                after = sent.keys[m.end] if m.end < len(sent.keys) else ""
                if (
                    prev == "of"
                    and m.start >= 2
                    and self._ends_title(sent, m.start - 2)
                    # a verb or "with" between: that office holder acts on X ("and his
                    # deputy X" may serve the same country)
                    and any(
                        sent.keys[x] in _VERBS or sent.keys[x] in ("with", "by")
                        for x in range(m.end, start)
                    )
                ):
                    # "The Foreign Minister of Oman also met with Prime Minister X": the
                    # country of the office named before, not X's
                    k = m.start - 1
                    continue
                if m.entity.kind != "demonym" and self._topic_noun_after(sent, m, start):
                    k = m.start - 1  # "the Myanmar crisis", "Canberra's support": a topic
                    continue
                if (
                    m.entity.kind == "demonym"
                    and after not in self.lex.title_heads
                    and after not in self.lex.title_modifiers
                    and _clause_break(sent.keys, m.end, start)
                ):
                    k = m.start - 1  # "through the Indian grid, after talks between Minister X"
                    continue
                if (
                    m.entity.kind == "demonym"
                    and prev in (",", "and")
                    and m.start >= 2
                    and (before := sent.entity_at[m.start - 2]) is not None
                    and before.entity.kind == "demonym"
                    and self._plural_title_at(sent.keys, m.end)
                ):
                    return None  # "the Turkish and Georgian ministers, which X will attend"
                if (
                    m.entity.kind == "demonym"
                    or m.entity.kind == "capital"
                    and sent.keys[m.end : m.end + 1] != ["'s"]
                ) and _HOSTING_VERBS.intersection(sent.keys[m.end + 1 : start]):
                    # "the Iraqi delegation was received by Minister X", "the Lithuanian
                    # couple will host a dinner for President X", "Brasília looked forward
                    # to welcoming Mr X": host and guest
                    return None
                if not (
                    prev in ("in", "at", "to", "for", "against")
                    or prev == ","
                    and _ends_a_place(sent, m.start - 1)  # "in Labuan Bajo, Indonesia today"
                    # "ready to work with Egypt to implement the consensus reached by
                    # President X": a partner, not the title of the name further on
                    or prev == "with"
                    and after not in ("'s", "’s")
                    and after not in self.lex.title_heads
                    and after not in self.lex.title_modifiers
                    or prev in _VISIT_VERBS
                    and m.entity.kind != "demonym"  # "to visit Sri Lanka"
                    or self._titles_another(sent, m.end, start, taken)
                    or self._in_apposition(sent, m.end, taken)
                ):
                    return m.entity.code
            k -= 1
        return None

    def _plural_title_at(self, keys: list[str], at: int) -> bool:
        """Whether a plural title ("foreign ministers") starts at `at`: the title of
        several, none of whom it gives a country alone."""
        while at < len(keys) and keys[at] in self.lex.title_modifiers:
            at += 1
        word = keys[at] if at < len(keys) else ""
        if word.endswith("ies"):  # "secretaries"
            return word[:-3] + "y" in self.lex.title_heads
        return word.endswith("s") and word[:-1] in self.lex.title_heads

    def _in_apposition(self, sent: Sentence, after: int, taken: set[int]) -> bool:
        """ "The Prime Minister of Tonga, Hon. A, and Prime Minister B": the country ends
        the title of the name set off after it, not of one further on; and "Mr. A,
        Minister of Defense of Japan, and Secretary B": the title set off after the name
        before it."""
        keys = sent.keys
        if after >= len(keys) or keys[after] != ",":
            return False
        j = after + 1
        while j < len(keys) and keys[j] in self.lex.honorifics:
            j += 1
        if j in taken:
            return True
        m = sent.entity_at[after - 1]
        k = (m.start if m is not None else after) - 1
        words = self.lex.title_phrase_words
        while k >= 0 and k not in taken and keys[k] in words:
            k -= 1
        return k >= 1 and keys[k] == "," and k - 1 in taken

    def _topic_noun_after(self, sent: Sentence, m: Mention, name: int) -> bool:
        """Whether a country's name qualifies a plain noun ("the Myanmar crisis", "Canberra's
        support"), so it names what is talked of, not whom a title serves: not "Peru sent",
        nor "Argentina's libertarian leader X", where a title follows before the name."""
        keys, toks = sent.keys, sent.tokens
        possessive = m.end < len(keys) and keys[m.end] in ("'s", "’s")
        if not possessive and not (m.start and keys[m.start - 1] == "the"):
            return False
        j = m.end + possessive
        if j >= len(keys) or not toks[j].isalpha() or not toks[j].islower():
            return False
        lex = self.lex
        phrase = list(itertools.takewhile(lambda k: k not in (",", ";", ":"), keys[j:name]))
        # "amid North Korea's nuclear weapons and missile development, Yoon and X": a phrase
        # the comma ends before the name titles it only with a title's head in it
        words = lex.title_heads if len(phrase) < name - j else lex.title_phrase_words
        return keys[j] not in lex.stop_words and not any(
            k in words or k in lex.org_heads or k in lex.group_nouns or k in lex.press_roles
            for k in phrase
        )

    def _titles_another(self, sent: Sentence, after: int, name: int, taken: set[int]) -> bool:
        """ "the Brazilian minister was received by X", "Japanese Foreign Minister A held
        talks with X": the demonym belongs to a title or a name that stands for someone
        else, and a clause lies between it and X."""
        keys, heads = sent.keys, self.lex.title_heads
        words = self.lex.title_phrase_words
        j = after  # "from Iraqi Prime Minister A to X": the demonym titles A, its name next
        while j < name and j not in taken and keys[j] in words:
            j += 1
        if j < name and j in taken:
            office = keys[after:j]
            while j < name and j in taken:
                j += 1
            # unless X is titled alongside A: "Japanese Foreign Minister A and Defense Minister X";
            # but one office has one holder: "Australian Defence Minister A and Defence Minister X"
            shared = j < name and keys[j] in ("and", ",")
            return not (
                shared
                and name > j + 1
                and all(keys[k] in words for k in range(j + 1, name))
                and keys[j + 1 : name] != office
            )
        other = False
        for j in range(after, name):
            key = keys[j]
            if j in taken or key in heads or key.endswith("s") and key[:-1] in heads:
                other = True
            elif other and (key in _VERBS or key in _CLAUSE_WORDS):
                return True
        return False

    def _lists(
        self,
        people: list[Person],
        by_sent: dict[int, list[Occurrence]],
        sentences: list[Sentence],
    ) -> None:
        """'Ministers of A, B and C ...' then 'X, Y and Z gathered': pair them in order."""
        for i, sent in enumerate(sentences):
            if "s of " not in sent.text or " and " not in sent.text:  # both in every match
                continue
            m = _LIST_RE.search(sent.text)
            if not m or m.group(2).casefold() not in self.lex.title_heads:
                continue
            codes = [
                c
                for c in (
                    self.lex.gazetteer.find_country(x.strip(), codes=False)
                    for x in re.split(r",|\band\b", m.group(3).replace(" the ", " "))
                    if x.strip()
                )
                if c
            ]
            role = ((m.group(1) or "") + m.group(2)).strip()
            # "The presidents of Peru and Bolivia, A and B": the names set off right after
            named = [o for o in by_sent.get(sent.index, []) if sent.offsets[o.start][0] >= m.end()]
            named = named[: len(codes)]
            gaps = [m.end(), *(sent.offsets[o.end - 1][1] for o in named[:-1])]
            if len(named) == len(codes) >= 2 and all(
                self._list_gap(sent.text[a : sent.offsets[o.start][0]], role)
                for a, o in zip(gaps, named, strict=True)
            ):
                for o, code in zip(named, codes, strict=True):
                    cand = RoleCand(role, None, code, sent.index, of_country=True)
                    people[o.person].roles.append(cand)
                continue
            for later in sentences[i : i + 3]:
                group = [
                    o
                    for o in by_sent.get(later.index, [])
                    if not people[o.person].roles
                    or all(r.role is None for r in people[o.person].roles)
                ]
                if len(group) == len(codes) >= 2:
                    for o, code in zip(group, codes, strict=True):
                        people[o.person].roles.append(RoleCand(role, None, code, later.index))
                    break

    def _plural_titles(
        self,
        people: list[Person],
        by_sent: dict[int, list[Occurrence]],
        sentences: list[Sentence],
    ) -> None:
        """ "both countries' defence ministers, New Zealand's A and Australia's B": the
        names set off right after a plural title each hold it, in the singular."""
        for sent in sentences:
            named = by_sent.get(sent.index, [])
            if len(named) < 2 or " and " not in sent.text:
                continue
            plural = [*_PLURAL_TITLE_NAMES_RE.finditer(sent.text)]
            if " of " in sent.text:
                plural += _PLURAL_TITLE_OF_RE.finditer(sent.text)
            for m in plural:
                code, end = None, m.end()
                if "country" in m.re.groupindex:
                    # "of Mozambique A", "of South Africa A": the country, then the names
                    find = self.lex.gazetteer.find_country
                    if m["more"] and (code := find(m["country"] + m["more"])) is not None:
                        end = m.end("more")
                    elif (code := find(m["country"])) is not None:
                        end = m.end("country")
                    else:
                        continue  # "ministers of Foreign Affairs A and B": a portfolio
                after = [o for o in named if sent.offsets[o.start][0] >= end][:2]
                if len(after) < 2:
                    continue
                gaps = [
                    sent.text[a : sent.offsets[o.start][0]]
                    for a, o in zip([end, sent.offsets[after[0].end - 1][1]], after, strict=True)
                ]
                if not all(self._possessive_gap(g) for g in gaps):
                    continue
                head = m.group(2)[:-3] + "y" if m.group(2).endswith("ies") else m.group(2)[:-1]
                if head not in self.lex.title_heads:
                    continue
                # "the two ministers": "two" is no part of the title
                mods = [w for w in m.group(1).split() if w in self.lex.title_modifiers - {"the"}]
                role = " ".join([*mods, head])
                for o in after:
                    p = people[o.person]
                    # "a meeting in Adelaide of the defence ministers, A and B": the plural
                    # read as A's own title gives way to the singular
                    p.roles = [r for r in p.roles if not (r.role or "").endswith(m.group(2))]
                    if not any(r.role for r in p.roles):
                        p.roles.append(RoleCand(role, None, code, sent.index))
                break

    def _possessive_gap(self, gap: str) -> bool:
        """Between a plural title and its names: nothing, "and", or a country's possessive."""
        words = gap.strip(" ,").split()
        if words[:1] == ["and"]:
            words = words[1:]
        if not words:
            return True
        last = " ".join(words)
        if not last.endswith(("'s", "’s")):
            return False
        return self.lex.gazetteer.find_country(last[:-2], codes=False) is not None

    @staticmethod
    def _list_gap(gap: str, role: str) -> bool:
        """Between the list's names: nothing, "and", or the list's own title again
        ("the Foreign Ministers of A and B, Minister X, and Minister Y"); another title
        ("..., Secretary-General X") is someone else."""
        words = gap.strip(" ,:–-").casefold().split()
        if words[:1] == ["and"]:
            words = words[1:]
        return set(words) <= set(role.casefold().split())

    def _paired_counterparts(
        self, people: list[Person], occ: list[Occurrence], sentences: list[Sentence]
    ) -> None:
        """ "hosted his Somali and Ethiopian counterparts, A and B": in that order."""
        for sent in sentences:
            if "counterparts" not in sent.text:
                continue
            m = _PAIRED_COUNTERPARTS_RE.search(sent.text)
            if not m:
                continue
            codes = [self._demonym_code(m.group(g)) for g in ("a", "b")]
            here = [o for o in occ if o.sentence == sent.index]
            before = [o for o in here if sent.offsets[o.start][0] < m.start()]
            after = [o for o in here if sent.offsets[o.start][0] >= m.end()]
            if None in codes or not before or len(after) < 2:
                continue
            for o, code in zip(after[:2], codes, strict=True):
                cand = RoleCand(None, None, code, sent.index, counterpart_of=before[-1].person)
                people[o.person].roles.insert(0, cand)

    def _demonym_code(self, word: str) -> str | None:
        ent = self.lex.entities.get((token_key(word),))
        return ent.code if ent is not None and ent.kind in COUNTRY_KINDS else None

    # --- pass 4: one role and country per person -----------------------------------
    def _accompanying(
        self,
        people: list[Person],
        spans: dict[int, list[Occurrence]],
        by_sentence: dict[int, Sentence],
    ) -> None:
        """ "Basescu, who is accompanied by Transport Minister A and Interior Minister B": the
        officials in a visitor's party serve the visitor's state, where the page told nothing
        of their own (a head of state at one's side is a host, not one of the party)."""
        for index, here in spans.items():
            sent = by_sentence[index]
            at = sent.text.find("accompanied by ")
            if at < 0:
                continue
            stop = sent.text.find(";", at)
            before = [o for o in here if sent.offsets[o.start][0] < at]
            if not before or (lead := people[before[-1].person]).country is None or lead.guessed:
                continue
            # "X, accompanied by", "X, who is accompanied by", "X is accompanied by" (his
            # party as the story tells it): the party of the one just named
            link = sent.text[sent.offsets[before[-1].end - 1][1] : at]
            if link not in (", ", ", who is ", ", who was ", " ", " is ", " was "):
                continue
            for o in here:
                start = sent.offsets[o.start][0]
                p = people[o.person]
                if (
                    at < start < (stop if stop > 0 else len(sent.text))
                    and (p.country is None or p.guessed)
                    and p.role
                    and not holds_title(p.role, self.lex.leader_titles)
                    # "Marek was accompanied by Province Governor Y as he toured": a local
                    # host at the guest's side, not one of his party
                    and not any(w in p.role.casefold() for w in self.lex.local_offices)
                ):
                    p.country, p.guessed = lead.country, False

    def _decide(
        self,
        people: list[Person],
        sentences: list[Sentence],
        occ: list[Occurrence],
        title: Sentence | None = None,
    ) -> None:
        for p in people:
            own = [r for r in p.roles if r.role]
            # "President Dina Arce of Peru and President Luis Choque of Bolivia": the name's
            # own "of <Country>" before a title phrase that ran on from the name before it
            surest = next((r.country for r in p.roles if r.of_country), None)
            if own:
                best = max(own, key=lambda r: r.weight)
                p.role, p.org = best.role, best.org
                p.country = (
                    surest or best.country or next((r.country for r in p.roles if r.country), None)
                )
            else:
                p.country = next((r.country for r in p.roles if r.country), None)
                p.org = next((r.org for r in p.roles if r.org), None)
        for p in people:  # mirrored roles, once every own role is known
            if p.role is None:
                for r in p.roles:
                    if r.counterpart_of is not None and people[r.counterpart_of].role:
                        p.role = people[r.counterpart_of].role
                        break
                    if r.plural_role:
                        p.role = r.plural_role
                        break
        for p in people:
            if p.role:
                p.role = self._tidy_role(p.role)
            if p.country and p.role:
                self._role_countries.setdefault(p.role.casefold(), set()).add(p.country)
        visited: dict[int, set[str]] | None = None
        for p in people:
            if p.country is None and p.role:
                p.country = self.lex.title_countries.get(p.role.casefold())
                if p.country and p.country in self._counterparts_countries(p, people):
                    p.country = None  # "his counterpart": the other side, whatever the title
            if p.country is None:
                for r in p.roles:
                    if r.possessive_of is not None and people[r.possessive_of].country:
                        p.country = people[r.possessive_of].country
            if p.country is None and p.role and p.org is None and p.window_country:
                # "President X, currently on a state visit to the Maldives": not theirs
                if visited is None:
                    visited = self._visited(sentences, occ)
                if p.window_country not in visited.get(p.key, ()):
                    p.country = p.window_country
            if p.country and p.role:
                self._role_countries.setdefault(p.role.casefold(), set()).add(p.country)
        self._known_officials(people)
        if title is not None:
            held = {p.country for p in people if p.country}
            free = {
                m.entity.code
                for m in title.mentions
                if m.entity.kind in COUNTRY_KINDS
                and m.entity.code not in held
                # "in Addis", "talks on Somalia": a place or a topic, not a side
                and not (m.start and title.keys[m.start - 1] in ("in", "at", "on", "over", "about"))
            }
            named = {m.entity.code for m in title.mentions if m.entity.kind in COUNTRY_KINDS}
            if len(free) == 1 and len(named) == 1:
                code = free.pop()
                at = next(m.end for m in title.mentions if m.entity.code == code)
                for p in people:
                    if p.country is None and p.role and not self._international(p.org):
                        # "Talks between Foreign Minister A and U.S. Secretary of State B":
                        # one the headline names elsewhere than after the country is not its
                        named_at = [
                            k
                            for k, key in enumerate(title.keys)
                            if key == token_key(p.name.split()[-1])
                        ]
                        if named_at and not any(at <= k <= at + 6 for k in named_at):
                            continue
                        p.country = code
        self._hosts_met_abroad(people, sentences, occ)
        self._the_national_leader(people, sentences)
        unknown = [p for p in people if p.country is None]
        if self._home:  # before the most-named country: bare titles are the outlet's own
            for p in people:
                if (
                    p.country is None
                    and p.role
                    and not self._international(p.org)
                    and self._home not in self._counterparts_countries(p, people)
                ):
                    envoy = self.lex.is_envoy_title(p.role)
                    p.country = self._posted_in if self._posted_in and not envoy else self._home
        counts = Counter()
        for sent in sentences:
            for m in sent.mentions:
                if m.entity.kind in COUNTRY_KINDS and m.entity.code and not _of_a_venue(sent, m):
                    counts[m.entity.code] += 1
        if self._dateline_home and self._dateline_is_a_side:  # "Doha: Minister X ...": named too
            counts[self._dateline_home] += 1
        # only someone still without a country needs to know where they were visiting
        if visited is None and any(p.country is None for p in people):
            visited = self._visited(sentences, occ)
        visited = visited or {}
        self._across_from_counterparts(people, counts)
        marked = {p.country for p in people if p.country and not p.from_table and self._serves(p)}
        if len(marked) == 1:
            self._home_by_elimination(people, counts)  # one side marked: the others are the rest
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            for p in people:
                if (
                    p.country is None
                    and not self._international(p.org)
                    # "X held talks with his Indian counterpart Y": on a page naming India
                    # most, X is still not Indian
                    and ranked[0][0] not in self._across_countries(p, people)
                    and ranked[0][0] not in visited.get(p.key, ())
                ):
                    p.country = ranked[0][0]
        self._home_by_elimination(people, counts, visited)
        if (home := self._dateline_home) and counts[home]:  # "ASTANA - ... Prime Minister X"
            for p in people:
                if (
                    p.country is None
                    and self._serves(p)
                    and not self._international(p.org)
                    and home not in self._counterparts_countries(p, people)
                    and home not in visited.get(p.key, ())
                ):
                    p.country = home
        self._home_of_visitors(people, counts, visited)
        for p in people:  # "a researcher at the German Institute ...": serves no state
            if p.role and not self._serves(p):
                # only the title's own demonym ties them to one ("Sudanese political analyst")
                p.country = next((r.country for r in p.roles if r.role == p.role), None)
        for p in unknown:
            p.guessed = p.country is not None

    def _unstyled(self, p: Person) -> list[str]:
        """The name without a style that stays in it ("Seyyed Reza Tavana"), as the officials
        table lists it; for one the text gives no country, the name without its first word
        ("Ahmed Reza Tavana" as the table's "Reza Tavana"). Not where the text tells the
        country: "Honduran Minister Rui Carlos Vega" is not the table's "Carlos Vega"."""
        first, _, rest = p.name.partition(" ")
        if " " in rest and (token_key(first) in self.lex.kept_styles or p.country is None):
            return [rest]
        return []

    def _known_officials(self, people: list[Person]) -> None:
        """What a reader knows of who holds which office. A paper names its own leaders
        by bare title, and the parser's reading of who serves whom in a long sentence is
        an inference ("X of Mozambique received Prime Minister Y"): a well-known official's
        country is a fact, so it stands over both. Not for one the text shows serving an
        organisation ("Nato Secretary General X"): once a minister at home, now of no state.
        Only a country the text did not give marks no side for the guesses that follow."""
        for p in people:
            if (
                (known := self.officials.country_of([p.name, *p.mentions, *self._unstyled(p)]))
                and not p.press
                and not self._international(p.org)
                and not (p.role and self._opens_on_an_org(p.role))
            ):
                p.from_table = p.country != known
                p.country = known

    def _opens_on_an_org(self, role: str) -> bool:
        """A title that opens on an organisation ("Nato Secretary General"). Only at the
        start: "Secretary of the National Security Council" is a state's office."""
        keys = [token_key(tok) for tok in tokenize(role)]
        for n in self.lex.entity_lengths_sorted.get(keys[0], ()) if keys else ():
            ent = self.lex.entities.get(tuple(keys[:n]))
            if ent is not None:
                return ent.kind == "org"
        return False

    def _serves(self, p: Person) -> bool:
        """Whether the person holds an office, not a chair or a column ("political analyst")."""
        heads = self.lex.unaffiliated_heads
        return bool(p.role) and not any(
            w.casefold().rstrip("s") in heads for w in p.role.split()[:3]
        )

    def _home_by_elimination(
        self, people: list[Person], counts: Counter, visited: dict[int, set[str]] | None = None
    ) -> None:
        """ "President Mutai ... Ethiopian Prime Minister Haile": a paper names foreign
        officials by their country and its own by bare title, so an official left without
        a country serves the country the text names most that no named official serves."""
        held = {p.country for p in people if p.country and not p.from_table}
        free = [(c, n) for c, n in counts.most_common() if c not in held]
        if not held or not free or free[0][1] < 2 or len(free) > 1 and 2 * free[1][1] > free[0][1]:
            return
        # a country named in passing beside the two sides the text is about serves no one
        if len(held) >= 2 and 2 * free[0][1] < min(counts[c] for c in held):
            return
        for p in people:
            if (
                p.country is None
                and p.role
                and not self._international(p.org)
                and free[0][0] not in (visited or {}).get(p.key, ())
            ):
                p.country = free[0][0]

    def _counterparts_countries(self, p: Person, people: list[Person]) -> set[str]:
        """The countries of those whose counterpart `p` is called: never `p`'s own."""
        return {
            c
            for r in p.roles
            if r.counterpart_of is not None and (c := people[r.counterpart_of].country)
        }

    def _home_of_visitors(
        self, people: list[Person], counts: Counter, visited: dict[int, set[str]]
    ) -> None:
        """A visitor still without a country serves the one the text names far more than
        any other, once the visited countries are set aside."""
        for p in people:
            if p.country is not None or not p.role or p.key not in visited:
                continue
            others = [(c, n) for c, n in counts.most_common() if c not in visited[p.key]]
            if (
                others
                and others[0][1] >= 2
                and (len(others) == 1 or others[0][1] >= 2 * others[1][1])
            ):
                p.country = others[0][0]

    def _visited(self, sentences: list[Sentence], occ: list[Occurrence]) -> dict[int, set[str]]:
        """ "President X arrived in Abuja, Nigeria", "X's state visit to Ghana": the country a
        person is told arriving in or visiting is not theirs, however often the story names it."""
        gaz = self.lex.gazetteer
        visited: dict[int, set[str]] = {}
        for sent in sentences:
            text = sent.text
            if not any(w in text for w in ("arriv", "landed in", "lands in", "visit to")):
                continue
            here = [o for o in occ if o.sentence == sent.index]
            for m in _VISITED_RE.finditer(text):
                before = [o for o in here if sent.offsets[o.end - 1][1] <= m.start()]
                if not before:
                    continue
                gap = text[sent.offsets[before[-1].end - 1][1] : m.start()]
                if not _VISITOR_GAP_RE.fullmatch(gap):
                    continue
                for place in m.group("country", "place", "to"):  # "Abuja, Nigeria": Nigeria
                    if place and (
                        code := gaz.capital_country(place) or gaz.find_country(place, codes=False)
                    ):
                        visited.setdefault(before[-1].person, set()).add(code)
                        break
        return visited

    def _across_countries(self, p: Person, people: list[Person]) -> set[str]:
        """The countries across the table from `p`: of those called `p`'s counterpart, and
        of those whose counterpart `p` is called."""
        theirs = {
            q.country
            for q in people
            if q.country and any(r.counterpart_of == p.key for r in q.roles)
        }
        return theirs | self._counterparts_countries(p, people)

    def _across_from_counterparts(self, people: list[Person], counts: Counter) -> None:
        """ "Foreign Minister Bartha Zoltán ... his Serbian counterpart": whoever has a
        counterpart serves another country, the one the text names most after it."""
        across: dict[int, set[str]] = {}
        for q in people:
            for r in q.roles:
                if r.counterpart_of is not None and q.country:
                    across.setdefault(r.counterpart_of, set()).add(q.country)
        for p in people:  # and "his counterpart X" serves another country than his
            if p.country is None and p.role and (theirs := self._counterparts_countries(p, people)):
                across.setdefault(p.key, set()).update(theirs)
        for p in people:
            if p.country is not None or not p.role or p.key not in across:
                continue
            others = [(c, n) for c, n in counts.most_common() if c not in across[p.key]]
            if others and others[0][1] >= 2 and (len(others) == 1 or others[0][1] > others[1][1]):
                p.country = others[0][0]

    def _hosts_met_abroad(
        self, people: list[Person], sentences: list[Sentence], occ: list[Occurrence]
    ) -> None:
        """ "Qaisrani's trip to Turkiye last week, where he met President X and Foreign
        Minister Y", "a visit to Tokyo at the invitation of Prime Minister Z": officials met
        on a visit, or inviting to it, or "X is now in New Zealand and will meet her
        counterpart Y", "While in Vanuatu, they will meet X", "will travel to Fiji. During
        the visit he will meet X", the text giving them no country, are the visited
        country's (before any guess from the outlet's own country)."""
        by_key = {p.key: p for p in people}
        bound_for: str | None = None  # "will travel to Papua New Guinea": the place just told
        for sent in sentences:
            m = _WHERE_MET_RE.search(sent.text) if ", where " in sent.text else None
            if m is None and " invitation of " in sent.text:
                m = _INVITED_TO_RE.search(sent.text)
            if m is None and " in " in sent.text:
                m = _IN_PLACE_TO_MEET_RE.search(sent.text)
            if m is None and sent.text.startswith("While in "):
                m = _WHILE_IN_RE.match(sent.text)  # "While in Vanuatu, they will meet X"
            place = m.group("place") if m else None
            if m is None and bound_for and (m := _DURING_THE_VISIT_RE.match(sent.text)):
                place = bound_for  # "... travel to PNG. During the visit he will meet X"
            if " to " in sent.text and (to := _BOUND_FOR_RE.search(sent.text)):
                bound_for = to.group("place")
            if m is None or place is None:
                continue
            gaz = self.lex.gazetteer
            code = gaz.capital_country(place) or gaz.find_country(place, codes=False)
            if not code:
                continue
            # the clause that names them: to the sentence's end, or the invitation's comma
            end = sent.text.find(", ", m.end()) if m.re is _INVITED_TO_RE else -1
            end = len(sent.text) if end < 0 else end
            for o in occ:
                p = by_key.get(o.person)
                if (
                    p is not None
                    and o.sentence == sent.index
                    and m.end() < sent.offsets[o.start][0] < end
                    and p.country is None
                    and p.role
                ):
                    p.country = code

    def _the_national_leader(self, people: list[Person], sentences: list[Sentence]) -> None:
        """ "President Yoon will discuss ties with Canadian Prime Minister Trudeau ... The
        South Korean leader is expected to ...": "the <demonym> leader" (or president,
        premier ...) points back to the one leader the text left without a country."""
        leaders = self.lex.leader_titles
        for sent in sentences:
            for m in sent.mentions:
                if m.entity.kind != "demonym" or m.start != 1 or sent.keys[0] != "the":
                    continue  # the sentence's subject: "The South Korean leader is ..."
                after = " ".join(sent.keys[m.end : m.end + 2])
                noun = next(
                    (t for t in ("leader", *leaders) if after == t or after.startswith(t + " ")),
                    None,
                )
                code = m.entity.code
                if noun is None or not code:
                    continue
                held = leaders if noun == "leader" else (noun,)
                if any(p.country == code and holds_title(p.role, held) for p in people):
                    continue  # "the Canadian prime minister": the one already known
                free = [
                    p
                    for p in people
                    if p.country is None
                    and p.first[0] < sent.index  # told of before it points back
                    and holds_title(p.role, held)
                    and code not in self._counterparts_countries(p, people)
                ]
                if len(free) == 1:
                    free[0].country = code

    def _tidy_role(self, role: str) -> str | None:
        """Drop what a title phrase swept up around the title itself: a place it was read
        from ("Mausoleum of President") and a style before the name ("Foreign Minister
        Prince Faisal")."""
        words = role.split()
        if len(words) >= 2 and words[0] == "The":
            words = words[1:]  # "The National Security Adviser, X, said": the sentence's article
        keys = [w.casefold() for w in words]
        if (
            len(words) >= 3
            and keys[1] == "of"
            and keys[0] in self.lex.non_person
            and keys[0] not in self.lex.title_heads
        ):
            words, keys = words[2:], keys[2:]
        if (
            len(words) >= 3
            and keys[-1] in self.lex.name_styles
            and keys[-2] in self.lex.title_heads
        ):
            words, keys = words[:-1], keys[:-1]
        if len(words) >= 4 and keys[-3:-1] == ["of", "the"] and keys[-1] in self.lex.state_forms:
            words = words[:-3]  # "Minister of Foreign Affairs of the Republic (of Uzbekistan)"
        return " ".join(words) or None

    def _international(self, org: str | None) -> bool:
        """Whether the body someone serves is of no state: one the lexicon knows, or one
        named as such bodies are ("International Telecommunication Union", "World Customs
        Organization"), not a state's "International Department"."""
        if not org:
            return False
        if org in self.lex.organisation_names:
            return True
        words = org.casefold().split()
        return (
            len(words) >= 3
            and words[0] in self.lex.international_openers
            and words[-1] in self.lex.international_bodies
        )


_WHERE_MET_RE = re.compile(
    r"\b(?:trip|visit|travelled|traveled|went) (?:\w+ ){0,3}?(?:to|in) (?P<place>[A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’-]+)?)[^.;]*?, where (?:he|she|they) (?:met|held talks with|was received by"
    r"|were received by|called on)\b"
)
_INVITED_TO_RE = re.compile(  # "an official visit to Tokyo in June at the invitation of X"
    r"\b(?:visit|trip) to (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[^.;]*? at the invitation"
    r" of\b"
)
# "President X arrived in Abuja, Nigeria", "X's state visit to Ghana"
_VISITED_RE = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands) in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?:, (?P<country>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?"
    r"|\b(?:state|official|working) visit to (?:the )?(?P<to>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# between the visitor's name and the arrival: "X arrived", "X's state visit", "X, who arrived"
_VISITOR_GAP_RE = re.compile(
    r"(?:['’]s|, who| has| had| have| on \w+| \w+ly"
    r"|,?(?: who)?(?: is| was)?(?: \w+ly)? on)? ?(?:an? |his |her )?"  # ", currently on a"
)
# "Prime Minister X is now in New Zealand and will meet with her counterpart Y": the one met
# where the visitor is
_IN_PLACE_TO_MEET_RE = re.compile(
    r"\b(?:is|was|arrived|arrives|landed) (?:now |currently |on \w+ )?in (?P<place>[A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’-]+)?)(?: on \w+| this \w+| today)?(?:(?:,| and| to| for talks,?)"
    r" (?:will |is to |is due to |is set to )?(?:meet|met|meets|hold talks|held talks|holds talks)"
    r"(?: with)?| for (?:\w+ )?(?:talks|meetings?|consultations) with)\b"
)
_WHILE_IN_RE = re.compile(
    r"While in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*), (?:he|she|they|the \w+)"
    r" (?:will |would |also )?(?:meet|met|hold talks with|held talks with|call on|called on)\b"
)
_DURING_THE_VISIT_RE = re.compile(
    r"During (?:the|his|her|their) (?:visit|trip|stay),? (?:he|she|they) (?:will |would |also )?"
    r"(?:meet|met|hold talks with|held talks with|call on|called on)\b"
)
_BOUND_FOR_RE = re.compile(
    r"\b(?:travel|travels|travelled|traveled|fly|flies|flew|go|goes|went|head|heads|headed)"
    r" to (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
)
_NAME_OBJECT_PREPOSITIONS = frozenset(("for", "to", "from", "with", "by", "at", "in", "on"))
_PREPOSITIONS = frozenset(("on", "in", "at", "during", "after", "before", "for", "from", "while"))
_HOST_VERBS = frozenset(("received", "welcomed", "hosted", "greeted", "host", "hosts"))
#: the host verbs in any form, between a place and the guest it hosts ("Brasília looked
#: forward to welcoming Mr X")
_HOSTING_VERBS = _HOST_VERBS | frozenset(
    ("welcoming", "welcome", "receiving", "receive", "hosting")
)


_LOCATIVES = frozenset(("in", "at", "near"))


def _possessive_at(toks: list[str], keys: list[str], e: int) -> bool:
    """Whether the name ending before `e` is someone's, not a place: "at Smith's", and a
    bare apostrophe only before what a person has ("at Kandros' meetings", not "at Les
    Invalides' courtyard")."""
    if e >= len(toks):
        return False
    return keys[e] == "'s" or (
        toks[e] in ("'", "’")
        and toks[e - 1].endswith("s")
        and e + 1 < len(keys)
        and keys[e + 1] in _OWNED
    )


_OWNED = frozenset(("meetings", "meeting", "talks", "request", "invitation"))


_PAIRED_COUNTERPARTS_RE = re.compile(
    r"\b(?:his|her|their) (?P<a>[A-Z][\w-]+) and (?P<b>[A-Z][\w-]+) counterparts\b,?\s*"
)


_VENUE_OPENERS = frozenset(["in", "at", "to", "visit", "visits", "visited", "visiting"])


def _ends_a_place(sent: Sentence, comma: int) -> bool:
    """Whether the comma closes a place's name ("in Labuan Bajo, Indonesia"), so that the
    country after it is where, not whose."""
    toks, keys = sent.tokens, sent.keys
    j = comma - 1
    while j >= 0 and _is_cap(toks[j]) and comma - j <= 4:
        j -= 1
    return j < comma - 1 and j >= 0 and keys[j] in _LOCATIVES


def _after_according_to(keys: list[str], start: int, end: int) -> bool:
    """Whether the phrase keys[start:end] opens on, or follows, "according to"."""
    at = max(0, start - 3)
    return any(keys[i] == "according" and keys[i + 1] == "to" for i in range(at, end - 1))


def _of_a_venue(sent: Sentence, m: Mention) -> bool:
    """ "will be in Jakarta, Indonesia": the country of a venue, no side of the story."""
    if m.start < 3 or sent.tokens[m.start - 1] != ",":
        return False
    k = m.start - 2
    while k > 0 and m.start - k <= 4 and _is_cap(sent.tokens[k]) and sent.entity_at[k] is None:
        k -= 1  # a town the gazetteer does not know ("Bandung, Indonesia")
    place = sent.entity_at[k]
    if place is not None:
        if place.entity.kind not in ("capital", "place"):
            return False
        k = place.start - 1
    return k < m.start - 2 and k >= 0 and sent.keys[k] in _VENUE_OPENERS


def _goes_on_to_a_verb(toks: list[str], end: int) -> bool:
    """Whether a name ending at `end` goes on to a word of the sentence ("B said", "B, who
    ...", "B, noted"), not to a list's next item ("B, Minister of X", "B and C")."""
    if end >= len(toks):
        return True
    nxt = toks[end + 1] if toks[end] == "," and end + 1 < len(toks) else toks[end]
    return nxt.islower() and nxt != "and"


def _after_anothers_name(toks: list[str], k: int, taken: set[int]) -> bool:
    """Whether the title phrase holding `k` opens after another's name and its comma ("B,
    Minister of Energy and ..."), not on a sentence's own title ("Commander of the Army and
    Chief of Defence Staff X")."""
    j = k - 1
    while j >= 1 and toks[j] != "," and k - j < 12:
        j -= 1
    return j >= 1 and toks[j] == "," and j - 1 in taken


def _opens_on_a_country(sent: Sentence, at: int) -> bool:
    """Whether a country, its people or its capital stands at token `at` ("Jamaica's Foreign
    Minister"): a title opening so is written before its bearer's name."""
    m = sent.entity_at[at] if at < len(sent.tokens) else None
    return m is not None and m.entity.kind in COUNTRY_KINDS


def _acronym_before(toks: list[str], at: int) -> int:
    """3 where the tokens ending at `at` are a bracketed acronym ("(NSA)"), else 0."""
    if at >= 2 and toks[at] == ")" and toks[at - 2] == "(":
        letters = toks[at - 1]
        return 3 if len(letters) >= 2 and letters.isalpha() and letters.isupper() else 0
    return 0


def _set_beside(sent: Sentence, o: Occurrence) -> bool:
    """Whether a name closes with the sentence or a stop, as one set beside the title
    before its comma does ("the ambassador in Tokyo, X, said")."""
    return o.end == len(sent.tokens) or sent.tokens[o.end] in (",", ".", ";", ")")


#: words after which a quotation names a thing ("the theme “Bringing Nations Together”",
#: "the ‘Forum on Water: Leaving No One Behind’"), not a speaker's words
_NAMING_BEFORE_QUOTE = frozenset(
    {"the", "a", "an", "theme", "themed", "titled", "entitled", "slogan", "motto", "dubbed"}
)


#: the small words a headline in title case leaves in lower case
_HEADLINE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "via",
        "vs",
        "with",
    ]
)


def _headline_cased(sent: Sentence) -> bool:
    """Whether the line is a headline in title case, five words or more and no stop or comma
    ("Families Displaced By New Floods in Need of Urgent Help"): a link to another story
    among the page's chrome, where capitals mark no names."""
    words = sent.text.split()
    return (
        len(words) >= 5
        and sent.text[-1:] not in '.!?"”'
        # (not "Enquiries: Mr X, Spokesperson for the Department of ...", a contact's line)
        and "," not in sent.text
        and ":" not in sent.text
        and all(w[:1].isupper() or w in _HEADLINE_SMALL_WORDS for w in words)
        and sum(w in _HEADLINE_SMALL_WORDS for w in words) < len(words) / 2
    )


def _told_outside_headlines(
    runs: list[tuple[Sentence, int, int]], sentences: list[Sentence], headlines: set[int]
) -> list[tuple[Sentence, int, int]]:
    """The name runs, less those in a title-case headline that no other line repeats whole:
    "Urgent Help" in a related story's headline is no one, nor "Ana Vitorino Signs" (her
    name told below stands on its own)."""
    told = " ".join(s.text for s in sentences if s.index not in headlines)
    return [
        (sent, s, e)
        for sent, s, e in runs
        if sent.index not in headlines or " ".join(sent.tokens[s:e]) in told
    ]


_ORDINAL_RE = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|annual|upcoming|forthcoming)$"
)


def _inside_a_named_quote(toks: list[str], keys: list[str], s: int) -> bool:
    """Whether the run stands inside a quoted name that a word like "the" or "theme" opens:
    the title of a forum or a theme, not its people."""
    for j in range(s - 1, max(s - 25, 0) - 1, -1):
        t = toks[j]
        if t in _OPEN_QUOTES:
            k = j - 1 if j and toks[j - 1] == ":" else j
            # (not 'ruled by the "independence leader X"': a name opens on a capital)
            return (
                k > 0
                and (
                    keys[k - 1] in _NAMING_BEFORE_QUOTE
                    # 'at the second "Meeting of Speakers on Combating Terrorism"'
                    or k > 1
                    and keys[k - 2] in ("the", "a", "an")
                    and _ORDINAL_RE.match(keys[k - 1]) is not None
                )
                and _is_cap(toks[j + 1])
            )
        if t in _CLOSE_QUOTES or t in (".", "!", "?"):
            return False
    return False


def _mixed_initials(toks: list[str], end: int, short: str) -> bool:
    """Whether the capitalised words before `end` have the bracketed short name after them
    in mixed case ("Enhanced Forward Presence (eFP)"): no person's initials are written so."""
    if not (2 <= len(short) <= 6 and short.isalpha()) or short.isupper() or short.islower():
        return False
    initials = "".join(t[0] for t in toks[max(end - len(short), 0) : end] if _is_cap(t))
    return initials.upper() == short.upper()


def _quoted(toks: list[str], s: int, e: int) -> bool:
    """Is the run the whole of a quotation (“Freedom Edge,” or "Operation Dawn")?"""
    if s == 0 or toks[s - 1] not in _OPEN_QUOTES:
        return False
    after = e + 1 if e < len(toks) and toks[e] in (",", ".") else e
    return after < len(toks) and toks[after] in _CLOSE_QUOTES


@lru_cache(maxsize=8192)
def _core(token: str) -> str:
    """A name word without its Arabic article or its accents: "el-Sisi" and "Sisi" are one
    surname, and a caption's "Ozolins" is the story's "Ozoliņš"."""
    key = token.casefold()
    if "." in key:
        key = _GLUED_INITIAL_RE.sub("", key)  # "Ts.Munkhbayar" is Munkhbayar
    key = strip_accents(key)
    return _ARTICLE_PREFIX_RE.sub("", key) if "-" in key else key


def _similar(a: str, b: str) -> bool:
    """Two spellings of one name ("Mohammad Hassan" / "Muhammad Hasan")."""
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.75


def _aligned(a: list[str], b: list[str]) -> bool:
    """Whether names of as many words are spelled alike word by word: "Mohamed Lemine Ould
    Cheikh Ahmed" and "Mohamed Salem Ould Baba Ahmed" look alike whole, yet are two men."""
    if len(a) != len(b):
        return True
    return all(
        _initial_of(x, y)
        or _initial_of(y, x)
        or SequenceMatcher(None, x.casefold(), y.casefold()).ratio() >= 0.6
        for x, y in zip(a, b, strict=True)
    )


def _initials_for(a: list[str], b: list[str]) -> bool:
    """Whether one of two names of as many words writes the other's given names as initials."""
    if len(a) != len(b) or len(a) < 2:
        return False
    return _given_as_initials(a) or _given_as_initials(b)


def _given_as_initials(name: list[str]) -> bool:
    """ "A. Kaplan", "K. D. Wijeratne": every word before the surname an initial."""
    return all(_INITIALS_RE.fullmatch(t) for t in name[:-1])


def _initial_of(initial: str, word: str) -> bool:
    """ "D." (or "D") stands for "Daulet"."""
    return len(initial.rstrip(".")) == 1 and word[:1].casefold() == initial[:1].casefold()


_TIME_PREFIXES = ("then-", "ex-", "former-", "late-")


def _is_press_credit(sent: Sentence, start: int, end: int) -> bool:
    """ "Al Jazeera's Hashem Ahelbarra", "X, reporting from Doha": the outlet's own staff."""
    keys = sent.keys
    if start >= 2 and keys[start - 1] == "'s":
        m = sent.entity_at[start - 2]
        if m is not None and m.entity.kind == "outlet":
            return True
    after = keys[end : end + 3]
    return after[:1] == [","] and after[1:3] in (["reporting", "from"], ["reporting", "for"])
