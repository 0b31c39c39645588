"""Meetings: talks, summits, calls and visits between officials of different sides.

Each sentence with a meeting word becomes a mention (who, which sides, when,
where, how, held or planned); mentions that tell of the same encounter merge
into one meeting. The first meeting the body reports is the news; the others
are background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bot.parsing import dates
from bot.parsing.entities import Sentence, country_codes
from bot.parsing.lexicon import Lexicon
from bot.parsing.people import Occurrence, Person

TRIGGER_RE = re.compile(
    r"\b(met|meet|meets|meeting|meetings|talks|summit|summits|call|phone|telephone|"
    r"teleconference|videoconference|video conference|virtual meeting|visit|visits|visited|"
    r"visiting|hosted|host|hosts|received|receives|receive|sat down|sit-down|consultations|"
    r"negotiations|discussions|rendezvous|gathering|gathered|ministerial|engaged|spoke|talked|"
    r"held a meeting|dialogue)\b",
    re.I,
)
NOT_MEETING_RE = re.compile(
    r"\b(press conference|news conference|press briefing|(?:hoped|hopes|hope|wish|wishes|"
    r"willingness|readiness|ready|prepared|calling|called) (?:for|to)\b[^.]{0,60}\b(?:summit|talks|meet|dialogue))",
    re.I,
)
WISH_RE = re.compile(r"\b(hoped for|hopes for|hope for|willingness to meet|readiness to|voiced readiness|expressed a willingness|resum\w+ (?:the )?\w*[- ]?party talks|in order for)\b", re.I)
PLANNED_RE = re.compile(
    r"\b(will|would|to hold|to meet|to visit|to host|set to|expected to|scheduled|plans? to|planned|"
    r"is to|are to|due to|agreed to meet|upcoming|next week|next month|later this|is likely to|"
    r"are likely to|aims to|intends to)\b",
    re.I,
)
CANCELLED_RE = re.compile(r"\b(cancell?ed|called off|scrapped)\b", re.I)
CALL_RE = re.compile(r"\b(phone|telephone|three-way call|phone call|by phone|call)\b", re.I)
NOT_CALL_RE = re.compile(r"\bcall(?:ed|ing|s)? (?:on|for)\b", re.I)
VIRTUAL_RE = re.compile(r"\b(teleconference|video ?conference|videoconference|virtual|video call|online meeting|virtually)\b", re.I)
IN_PERSON_RE = re.compile(
    r"\b(met|meet|meets|visit\w*|hosted|host|hosts|received|receives|sat down|sit-down|arrived|in-person|in person|held talks|gathered|summit)\b",
    re.I,
)
ANAPHOR_RE = re.compile(
    r"\b(?:the|that|this|their|during their|in the|during the)\s+(?:\w+\s+){0,2}?(meeting|talks|summit|visit|gathering|call|teleconference|encounter)\b",
    re.I,
)
GROUP_RE = re.compile(r"\b(?:the|both) (?:two|three|four) (?:leaders|ministers|foreign ministers|officials|men|sides|top diplomats)\b|\bboth leaders\b|\bthe ministers\b|\bthe leaders\b", re.I)
LOCATION_RE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’\-]+)(?:\s+(?:[A-Z][\w'’\-]+|of|de|du))*(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
)
CAPITAL_OF_RE = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)(?:['’]s)? capital(?:,)?(?:\s+(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))?")
SINCE_MEETING_RE = re.compile(r"\b(first|last|previous)\b.*\bsince\b", re.I)
NOT_PLACES = frozenset(
    "the a an this that these early late mid".split()
)


@dataclass
class Draft:
    participants: list[int] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    date: str | None = None
    location: str | None = None
    mode: str = "unknown"
    status: str = "held"
    evidence: list[str] = field(default_factory=list)
    first: int = 0
    from_since: bool = False


class MeetingReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def read(
        self,
        sentences: list[Sentence],
        people: list[Person],
        occ: list[Occurrence],
        published: date | None,
        dateline: str | None,
    ) -> list[Draft]:
        by_key = {p.key: p for p in people}
        occ_by_sent: dict[int, list[Occurrence]] = {}
        for o in occ:
            occ_by_sent.setdefault(o.sentence, []).append(o)
        events: list[Draft] = []
        last_group: list[int] = []
        for sent in sentences:
            here = [o.person for o in occ_by_sent.get(sent.index, []) if o.person in by_key]
            persons = list(dict.fromkeys(here))
            text = sent.text
            if len(persons) >= 2:
                last_group = persons
            since = dates.since_date(text, published) if SINCE_MEETING_RE.search(text) else None
            if since and TRIGGER_RE.search(text) or since and re.search(r"\bfirst time\b", text):
                d = self._since_event(sent, since, events, text)
                if d is not None:
                    self._merge(events, d, anaphoric=False)
            if not TRIGGER_RE.search(text) or NOT_MEETING_RE.search(text) and not re.search(r"\b(met|held talks|held a meeting)\b", text):
                continue
            if WISH_RE.search(text):
                continue
            speakers = self._speakers(sent, occ_by_sent.get(sent.index, []))
            participants = [p for p in persons if p not in speakers] or (persons if len(persons) >= 2 else [])
            if not participants and GROUP_RE.search(text):
                participants = list(last_group)
            sides = {c for _, c in country_codes(sent)} - self._topic_countries(sent)
            pcountries = {by_key[p].country for p in participants if by_key[p].country}
            future = bool(PLANNED_RE.search(text))
            d = Draft(
                participants=participants,
                countries=pcountries or sides,
                date=dates.event_date(text, published, future=future),
                location=self._location(sent, dateline),
                mode=self._mode(text),
                status="cancelled" if CANCELLED_RE.search(text) else ("planned" if future else "held"),
                evidence=[text],
                first=sent.index,
            )
            if d.mode == "call":
                d.location = None
            if d.mode == "unknown" and d.location:
                d.mode = "in_person"
            if not pcountries and sides:
                d.countries = sides
            elif len(pcountries) == 1 and len(sides) >= 2 and not participants[1:]:
                d.countries = pcountries | sides
            self._merge(events, d, anaphoric=bool(ANAPHOR_RE.search(text)))
        return [e for e in events if self._is_meeting(e, by_key)]

    def _since_event(self, sent: Sentence, since: str, events: list[Draft], text: str) -> Draft | None:
        countries = {c for _, c in country_codes(sent)}
        if re.search(r"\btwo Koreas\b", text):
            countries |= {"KP", "KR"}
        if len(countries) < 2 and events:
            countries = set(events[0].countries)
        if len(countries) < 2:
            return None
        tail = text[re.search(r"\bsince\b", text, re.I).end() :]
        loc = None
        m = LOCATION_RE.search(tail)
        if m:
            loc = self._clean_place(m.group("place"))
        return Draft([], countries, since, loc, "in_person" if loc else "unknown", "held", [text], sent.index, True)

    def _speakers(self, sent: Sentence, occs: list[Occurrence]) -> set[int]:
        out = set()
        for o in occs:
            after = " ".join(sent.keys[o.end : o.end + 3])
            before = " ".join(sent.keys[max(0, o.start - 3) : o.start])
            if re.match(r"(?:'s )?(?:said|says|told reporters|tweeted|wrote|added)\b", after) or re.search(r"\b(?:according to|said)$", before):
                out.add(o.person)
        return out

    def _topic_countries(self, sent: Sentence) -> set[str]:
        out = set()
        for m in sent.mentions:
            if m.entity.code and m.start > 0:
                prev = " ".join(sent.keys[max(0, m.start - 3) : m.start])
                if re.search(r"\b(?:over|about|on|regarding|posed by|from|against|toward|towards|including|in|to)$", prev):
                    out.add(m.entity.code)
        return out

    def _mode(self, text: str) -> str:
        if VIRTUAL_RE.search(text):
            return "virtual"
        if CALL_RE.search(text) and not NOT_CALL_RE.search(text):
            return "call"
        if IN_PERSON_RE.search(text):
            return "in_person"
        return "unknown"

    def _clean_place(self, place: str) -> str | None:
        words = place.split()
        while words and (words[-1].casefold() in dates.MONTHS or words[-1].casefold() in dates.WEEKDAYS or words[-1].casefold() in ("of",)):
            words.pop()
        if not words or words[0].casefold() in dates.MONTHS or words[0].casefold() in dates.WEEKDAYS:
            return None
        place = " ".join(words).rstrip(",")
        if place.casefold() in self.lex.stop_words or re.fullmatch(r"\d+", place):
            return None
        return place

    def _location(self, sent: Sentence, dateline: str | None) -> str | None:
        text = sent.text
        found: list[tuple[int, str]] = []
        for m in CAPITAL_OF_RE.finditer(text):
            if m.group("city"):
                found.append((0, m.group("city")))
            else:
                code = self.lex.gazetteer.find_country(m.group("dem"))
                c = self.lex.gazetteer.country(code) if code else None
                if c and c.capitals:
                    found.append((1, c.capitals[0]))
        for m in LOCATION_RE.finditer(text):
            place = self._clean_place(m.group("place"))
            if not place:
                continue
            first = place.split(",")[0].strip()
            code = self.lex.gazetteer.find_country(first)
            country = self.lex.gazetteer.country(code) if code else None
            if country and first.casefold() == country.name.casefold() and first not in country.capitals:
                found.append((3, place))  # a country: a city elsewhere is more precise
            elif re.search(r"\b(?:Assembly|Council|Forum|Summit|Conference|Ministry|Party|Twitter|Facebook)\b", place):
                tail = re.search(r"\bin ([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)$", place)
                if tail:
                    found.append((2, tail.group(1)))
            elif first.split()[0].casefold() in self.lex.stop_words and not code:
                continue
            else:
                found.append((2 if not code else 1, place))
        m = re.search(r"\b(\w+ )?(?P<city>[A-Z][\w\-]+) (?:visit|trip)\b", text)
        if m and self.lex.gazetteer.find_country(m.group("city")):
            found.append((1, m.group("city")))
        if re.search(r"\bhere\b", text) and dateline:
            found.append((2, dateline.split(",")[0].title() if dateline.isupper() else dateline))
        if not found:
            return None
        found.sort(key=lambda x: x[0])
        return found[0][1]

    def _merge(self, events: list[Draft], d: Draft, anaphoric: bool) -> None:
        for e in reversed(events):
            if not _compatible(e, d):
                continue
            shared = set(e.participants) & set(d.participants)
            if shared and (len(shared) >= min(2, len(d.participants)) or anaphoric):
                _absorb(e, d)
                return
            if anaphoric and (not d.participants or not e.participants) and (d.date == e.date or d.date is None):
                _absorb(e, d)
                return
            if not d.participants and not e.participants and d.countries == e.countries and d.date == e.date:
                _absorb(e, d)
                return
        events.append(d)

    def _is_meeting(self, e: Draft, by_key: dict[int, Person]) -> bool:
        if len(e.countries) >= 2:
            return True
        orgs = {by_key[p].org for p in e.participants if by_key[p].org}
        return bool(orgs) and bool(e.countries) and len(e.participants) >= 2


def _compatible(a: Draft, b: Draft) -> bool:
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.status != b.status and not (a.status == "held" and b.status == "planned" and b.date is None):
        return False
    if a.location and b.location and a.location != b.location and not (a.location in b.location or b.location in a.location):
        return bool(set(a.participants) & set(b.participants)) and len(set(a.participants) & set(b.participants)) >= 2
    return True


def _absorb(e: Draft, d: Draft) -> None:
    for p in d.participants:
        if p not in e.participants:
            e.participants.append(p)
    e.countries |= d.countries
    if d.date and (not e.date or len(d.date) > len(e.date)):
        e.date = d.date
    if d.location and not e.location:
        e.location = d.location
    if e.mode == "unknown" or (e.mode == "in_person" and d.mode in ("call", "virtual")):
        e.mode = d.mode
    if e.mode == "call":
        e.location = None
    e.evidence.extend(x for x in d.evidence if x not in e.evidence)
