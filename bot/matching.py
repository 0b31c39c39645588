"""Turns what someone typed after `/briefing` into a person, a country or a place.

The index is built once per store version (`Services.matcher()` rebuilds it
when `store.data_version()` moves), so a query costs dictionary look-ups and,
only when those miss, a fuzzy pass over a short vocabulary of name tokens
rather than over every full name. That keeps a typo lookup in a store of tens
of thousands of people within a few milliseconds.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from bot.models import PersonSummary

#: Scores are 0..100. A match at or above ACCEPT is answered; below, suggested.
ACCEPT = 80.0
SUGGEST = 55.0
SUGGEST_OTHER = 75.0
#: Two people within this many points of each other are both offered.
TIE_MARGIN = 4.0
#: Query tokens shorter than this are only matched exactly ("Kim", "Suh").
FUZZY_TOKEN_MIN = 4
#: Only the first words of a very long query are looked at.
MAX_QUERY_TOKENS = 8
#: How many people the token prefilter hands to the WRatio rescoring.
RESCORE_POOL = 40

_DROP = re.compile(r"[.'’`´ʼ]")
_SPLIT = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Casefolded, accent-free, punctuation-free words separated by one space.

    "Kim Jong-un" and "kim jong un" fold alike; "U.S." folds to "us" (dots and
    apostrophes vanish, other punctuation separates words).
    """
    if not text:
        return ""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPLIT.sub(" ", _DROP.sub("", text.casefold())).strip()


def compact(folded: str) -> str:
    """The folded text without spaces: "kim man gi" and "kim mangi" meet here."""
    return folded.replace(" ", "")


def _orders(tokens: list[str]) -> Iterable[tuple[str, ...]]:
    """Every token order of short names, and the two rotations of long ones."""
    if len(tokens) <= 3:
        return itertools.permutations(tokens)
    return (tuple(tokens), tuple(tokens[-1:] + tokens[:-1]), tuple(tokens[1:] + tokens[:1]))


@dataclass(frozen=True)
class Candidate:
    """One thing a query may mean."""

    kind: str  # "person", "country" or "place"
    key: str  # person id as text, ISO country code, or the place as stored
    label: str  # what to show: the person's name, the country, the place
    score: float  # 0..100
    how: str  # "exact", "name", "fuzzy"
    matched: str = ""  # the indexed form that matched

    @property
    def target(self) -> str:
        """`kind:key`, the form buttons carry and `bot.answers.lookup` reads back."""
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True)
class Resolution:
    query: str
    best: Candidate | None = None
    #: several candidates of similar strength, best first (empty unless ambiguous)
    alternatives: tuple[Candidate, ...] = ()
    #: the nearest things when nothing matched well enough
    suggestions: tuple[Candidate, ...] = ()
    #: how many equally good candidates there were in all (alternatives may be cut)
    total_alternatives: int = 0

    @property
    def ambiguous(self) -> bool:
        return len(self.alternatives) > 1


@dataclass
class Matcher:
    """The fuzzy index over people, countries and places of one store version."""

    version: Any
    people: dict[int, PersonSummary] = field(default_factory=dict)
    exact: dict[str, set[int]] = field(default_factory=dict)  # compact name, any order
    tokens: dict[str, set[int]] = field(default_factory=dict)  # one name word
    vocab: list[str] = field(default_factory=list)  # every name word
    #: every name word under each of its one-letter deletions (and itself): two
    #: words one typo apart (a letter added, dropped, changed or two swapped)
    #: share a key, so most typos cost a handful of dict look-ups
    deletions: dict[str, list[str]] = field(default_factory=dict)
    #: name words by first and by last letter: for typos further apart, the
    #: fuzzy pass scans the two buckets sharing an end with the query word
    by_first: dict[str, list[str]] = field(default_factory=dict)
    by_last: dict[str, list[str]] = field(default_factory=dict)
    keys: dict[int, tuple[str, ...]] = field(default_factory=dict)  # folded names per person
    countries: dict[str, str] = field(default_factory=dict)  # compact alias -> code
    capitals: dict[str, str] = field(default_factory=dict)  # compact capital -> code
    country_names: dict[str, str] = field(default_factory=dict)  # code -> display name
    country_choices: list[str] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)  # compact place -> as stored
    place_choices: list[str] = field(default_factory=list)

    # --- building -----------------------------------------------------------
    @classmethod
    def build(cls, store: Any, gazetteer: Any, version: Any) -> Matcher:
        """Index the store's people and places and the gazetteer's countries."""
        people = list(store.name_index())
        places = _place_names(store.places())
        matcher = cls.from_records(people, gazetteer, places, version)
        if len(people) >= FREEZE_PEOPLE:
            _settle_heap()
        return matcher

    @classmethod
    def from_records(
        cls,
        people: Iterable[PersonSummary],
        gazetteer: Any,
        places: Iterable[str],
        version: Any = None,
    ) -> Matcher:
        m = cls(version=version)
        exact: dict[str, set[int]] = defaultdict(set)
        tokens: dict[str, set[int]] = defaultdict(set)
        for person in people:
            m.people[person.id] = person
            folded_names: list[str] = []
            for name in dict.fromkeys((person.name, *person.mentions)):
                folded = fold(name)
                if not folded:
                    continue
                folded_names.append(folded)
                words = folded.split()
                for word in words:
                    if len(word) >= 2:
                        tokens[word].add(person.id)
                # one-word mentions ("Biegun") are surnames: tokens, not full names
                if len(words) >= 2:
                    for order in _orders(words):
                        exact["".join(order)].add(person.id)
            m.keys[person.id] = tuple(folded_names)
        m.exact = dict(exact)
        m.tokens = dict(tokens)
        m.vocab = sorted(tokens)
        by_first: dict[str, list[str]] = defaultdict(list)
        by_last: dict[str, list[str]] = defaultdict(list)
        for word in m.vocab:
            by_first[word[0]].append(word)
            by_last[word[-1]].append(word)
        m.by_first, m.by_last = dict(by_first), dict(by_last)
        deletions: dict[str, list[str]] = defaultdict(list)
        for word in m.vocab:
            if len(word) >= FUZZY_TOKEN_MIN - 1:
                for key in _one_deleted(word):
                    deletions[key].append(word)
        m.deletions = dict(deletions)
        m._index_countries(gazetteer)
        for place in places:
            # "Annapolis, Maryland" is also found as "Annapolis"
            for form in (place, place.split(",")[0]):
                key = compact(fold(form))
                if key and key not in m.places:
                    m.places[key] = place
        m.place_choices = list(m.places)
        return m

    def _index_countries(self, gazetteer: Any) -> None:
        if gazetteer is None:
            return
        aliases = dict(gazetteer.country_aliases())
        capitals: set[str] = set()
        for code in set(aliases.values()):
            info = gazetteer.country(code)
            if info is None:
                continue
            self.country_names[code] = info.name
            for alias in (info.name, *getattr(info, "aliases", ()), *getattr(info, "demonyms", ())):
                self._add_country(alias, code)
            for capital in getattr(info, "capitals", ()):
                capitals.add(capital)
                key = compact(fold(capital))
                if key:
                    self.capitals.setdefault(key, code)
        # a capital names a place first ("Tokyo": the meetings held there)
        for alias, code in aliases.items():
            if alias not in capitals:
                self._add_country(alias, code)
        for code in set(aliases.values()):
            self._add_country(code, code)
        # fuzzy only over longer aliases: "us" must not drift to "uk"
        self.country_choices = [k for k in self.countries if len(k) >= FUZZY_TOKEN_MIN]

    def _add_country(self, alias: str, code: str) -> None:
        key = compact(fold(alias))
        if key:
            self.countries.setdefault(key, code)

    # --- looking up ---------------------------------------------------------
    def resolve(self, query: str, *, max_alternatives: int = 10) -> Resolution:
        """What `query` most likely means; ambiguous or empty answers say so."""
        folded = fold(query)
        words = folded.split()[:MAX_QUERY_TOKENS]
        folded = " ".join(words)
        key = compact(folded)
        if not key:
            return Resolution(query=query)

        # 1. a full name, in any order, with any spacing and hyphens
        if len(words) >= 2 and key in self.exact:
            return self._people_answer(query, self.exact[key], "exact", folded, max_alternatives)
        # 2. a country by name, short form, code or demonym; 3. a place
        if key in self.countries:
            return Resolution(query, self._country(self.countries[key], 100.0, "exact", folded))
        if key in self.places:
            place = self.places[key]
            return Resolution(query, Candidate("place", place, place, 100.0, "exact", folded))
        if key in self.capitals:
            return Resolution(query, self._country(self.capitals[key], 100.0, "exact", folded))
        # 4. every word is a known name word: surname, given name, or both
        hits = [self.tokens.get(w) for w in words]
        if all(hits):
            common = set.intersection(*hits)  # type: ignore[arg-type]
            if common:
                return self._people_answer(query, common, "name", folded, max_alternatives)

        # 5. fuzzy, over people, countries and places
        found = self._fuzzy(words, folded, cutoff=SUGGEST)
        strong = [c for c in found if c.score >= ACCEPT]
        if not strong:
            return Resolution(query, suggestions=_suggestions(found))
        best = strong[0]
        tied = [c for c in strong if c.kind == "person" and best.score - c.score <= TIE_MARGIN]
        if best.kind == "person" and len(tied) > 1:
            return Resolution(
                query,
                best,
                alternatives=tuple(tied[:max_alternatives]),
                total_alternatives=len(tied),
            )
        return Resolution(query, best)

    def suggest(self, query: str, limit: int = 5) -> list[Candidate]:
        words = fold(query).split()[:MAX_QUERY_TOKENS]
        return list(_suggestions(self._fuzzy(words, " ".join(words), cutoff=SUGGEST), limit))

    def _near_words(self, word: str, cutoff: float) -> list[tuple[str, float]]:
        """Name words within a typo or two of `word`, best first."""
        found: dict[str, float] = {}
        for key in _one_deleted(word):
            for choice in self.deletions.get(key, ()):
                if choice != word and choice not in found:
                    score = fuzz.ratio(word, choice, score_cutoff=cutoff)
                    if score:
                        found[choice] = score
        if found:
            return sorted(found.items(), key=lambda kv: -kv[1])[:8]
        buckets = (self.by_first.get(word[0], []), self.by_last.get(word[-1], []))
        return _near_words_impl(word, buckets, cutoff)

    def _people_answer(
        self, query: str, ids: set[int], how: str, folded: str, max_alternatives: int
    ) -> Resolution:
        ranked = heapq.nlargest(
            max_alternatives, ids, key=lambda i: (self.people[i].article_count, -i)
        )
        cands = tuple(self._person(i, 100.0, how, folded) for i in ranked)
        if len(ids) == 1:
            return Resolution(query, cands[0])
        return Resolution(query, cands[0], alternatives=cands, total_alternatives=len(ids))

    def _person(self, pid: int, score: float, how: str, matched: str) -> Candidate:
        return Candidate("person", str(pid), self.people[pid].name, score, how, matched)

    def _country(self, code: str, score: float, how: str, matched: str) -> Candidate:
        return Candidate("country", code, self.country_names.get(code, code), score, how, matched)

    def _fuzzy(self, words: list[str], folded: str, cutoff: float) -> list[Candidate]:
        out: list[Candidate] = []
        out.extend(self._fuzzy_people(words, folded, cutoff))
        key = compact(folded)
        if len(key) >= FUZZY_TOKEN_MIN:
            for choice, score, _ in process.extract(
                key, self.country_choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
            ):
                out.append(self._country(self.countries[choice], score, "fuzzy", choice))
            for choice, score, _ in process.extract(
                key, self.place_choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
            ):
                place = self.places[choice]
                out.append(Candidate("place", place, place, score, "fuzzy", choice))
        out.sort(key=lambda c: (-c.score, c.kind != "person", c.label))
        seen: set[str] = set()
        unique = []
        for c in out:
            if c.target not in seen:
                seen.add(c.target)
                unique.append(c)
        return unique

    def _fuzzy_people(self, words: list[str], folded: str, cutoff: float) -> list[Candidate]:
        # Prefilter: which people share a (nearly) equal word with the query.
        coverage: dict[int, float] = defaultdict(float)
        token_cutoff = 75.0 if cutoff >= ACCEPT else 60.0
        for word in dict.fromkeys(words):
            matches: list[tuple[str, float]] = []
            if word in self.tokens:
                matches.append((word, 100.0))
            known = bool(matches)
            if (len(word) >= FUZZY_TOKEN_MIN and not (known and cutoff >= ACCEPT)) or (
                cutoff < ACCEPT and len(word) >= 3
            ):
                matches.extend(self._near_words(word, token_cutoff))
            per_word: dict[int, float] = {}
            for choice, score in matches:
                for pid in self.tokens[choice]:
                    per_word[pid] = max(score, per_word.get(pid, 0.0))
            for pid, score in per_word.items():
                coverage[pid] += score
        if not coverage:
            return []
        pool = heapq.nlargest(RESCORE_POOL, coverage, key=lambda p: (coverage[p], -p))
        key = compact(folded)
        n_words = max(len(dict.fromkeys(words)), 1)
        found = []
        for pid in pool:
            # word by word ("sulivan" is one typo from the surname), or as a whole
            by_words = coverage[pid] / n_words
            best, matched = 0.0, ""
            for name in self.keys.get(pid, ()):
                score = max(fuzz.WRatio(folded, name), fuzz.ratio(key, compact(name)), by_words)
                if score > best:
                    best, matched = score, name
            if best >= cutoff:
                found.append(self._person(pid, round(best, 1), "fuzzy", matched))
        return found


def _suggestions(found: list[Candidate], limit: int = 5) -> tuple[Candidate, ...]:
    """People first (what a misspelt query usually is), then close countries and places.

    Country and place names are short, so a weak match to one is mostly noise:
    they are only suggested from SUGGEST_OTHER up.
    """
    people = [c for c in found if c.kind == "person"][:3]
    others = [c for c in found if c.kind != "person" and c.score >= SUGGEST_OTHER]
    return tuple((people + others)[:limit])


def _one_deleted(word: str) -> set[str]:
    """The word and every form of it with one letter left out."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _near_words_impl(
    word: str, buckets: tuple[list[str], ...], cutoff: float, limit: int = 8
) -> list[tuple[str, float]]:
    found: dict[str, float] = {}
    for bucket in buckets:
        for choice, score, _ in process.extract(
            word, bucket, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
        ):
            if choice != word:
                found[choice] = max(score, found.get(choice, 0.0))
    return sorted(found.items(), key=lambda kv: -kv[1])[:limit]


#: From this many people on, the index is kept out of the garbage collector's sight.
FREEZE_PEOPLE = 10_000


def _settle_heap() -> None:
    """Move what is alive now (the new index with it) out of the collector's full passes.

    A large index is millions of long-lived objects; each full collection would
    walk them all and stall whatever lookup triggered it (tens of ms, the p99 of
    a lookup). Unfreezing and collecting first lets the previous index, and any
    garbage, be freed: only live objects are frozen, and only until the next build.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _place_names(places: Iterable[Any]) -> list[str]:
    """Accept the store's places as strings, (place, count) pairs or records with `.name`."""
    out = []
    for item in places:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, tuple | list) and item:
            out.append(str(item[0]))
        elif hasattr(item, "name"):
            out.append(str(item.name))
        elif hasattr(item, "location"):
            out.append(str(item.location))
    return [p for p in out if p]
