"""The stops of a journey through several states: "his four-nation tour to Mozambique,
South Africa, Tanzania and Kenya" tells of a visit to each, a meeting of the visitor with
each host even where no host is named. A stop the text already tells a meeting of (the
talks in Maputo) is not told twice."""

from __future__ import annotations

import re

from bot.parsing.entities import Sentence, country_codes
from bot.parsing.lexicon import Lexicon
from bot.parsing.meeting_merge import Draft
from bot.parsing.meeting_places import host_country
from bot.parsing.meeting_words import BACK_FROM_RE, PLANNED_RE
from bot.parsing.people import Occurrence, Person

#: "a four-nation tour to", "a tour of four countries, namely", "visits to three African
#: countries:", "a five-country tour of": a journey through a counted number of states, whose
#: list follows (a bare "a trip to A and B" is as often a team's, a firm's or a wish)
_N = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
_TOUR_RE = re.compile(
    # "a three-nation tour of West Africa that also took him to Ghana and Senegal"
    rf"\b{_N}-(?:nation|country) [^.;]{{0,60}}?\b(?:took|takes|take|taking) (?:him|her|them) to "
    rf"|\b{_N}-(?:nation|country|state) (?:[\w-]+ )?(?:tour|visit|trip|swing) (?:of|to|through) "
    rf"|\b(?:tour|visits|trip|swing) (?:of|to|through) {_N} (?:[\w-]+ ){{0,2}}"
    r"(?:countries|nations|states)(?:,|:)? (?:namely |including |to )?"
)
#: where the list ends: the sentence's next clause
_LIST_END_RE = re.compile(
    r"[.;:]|, (?:where|which|with|during|as|and will|to)\b| (?:from|on|for)\b"
)
#: "began his four-nation visit", "commencing his tour", "ahead of his tour", "plans a
#: tour", "during his tour": the stops are still ahead (or some of them)
_AHEAD_RE = re.compile(
    r"\b(?:begin|began|begins|commenc|embark|start|kick|first leg|ahead of|plans?\b|during"
    r"|is on|are on|currently)"
)
#: a tour called off, cut short or denied: no stop to tell
_CALLED_OFF_RE = re.compile(
    r"\b(?:cancel|called off|call off|postpon|put off|scrapped|shelved|cut short|would not"
    r"|will not|won't|did not|didn't|proposed|propose)"
)
#: "during his three-nation tour", "on her tour": the sentence's subject's own journey
_OWN_TOUR_RE = re.compile(r"\b(?:his|her)\s+(?:[\w,-]+\s+){0,3}$")
#: "The new Prime Minister is on a 10-day, five-country tour": a journey told of someone
#: the sentence does not name
_ON_A_TOUR_RE = re.compile(r"\b(?:his|her|(?:is|was) on an?)\s+(?:[\w,-]+\s+){0,3}$")


def tour_stops(
    drafts: list[Draft],
    sentences: list[Sentence],
    occ: list[Occurrence],
    by_key: dict[int, Person],
    lex: Lexicon,
) -> list[Draft]:
    """A visit to each state a journey's list names, where no meeting of the visitor there
    is told: the visitor alone, both sides, the state as written as the place. A meeting
    read from the list's own sentence keeps only the state it was held in."""
    if not drafts:
        return []
    named: dict[int, list[Occurrence]] = {}
    for o in occ:
        named.setdefault(o.sentence, []).append(o)
    out: list[Draft] = []
    for sent in sentences:
        low = sent.text.lower()
        if "tour" not in low and "visit" not in low and "trip" not in low:
            continue
        for m in _TOUR_RE.finditer(low):
            if BACK_FROM_RE.search(low, max(0, m.start() - 40), m.start()):
                continue  # "back from a three-nation tour": no stop still ahead or news
            if _CALLED_OFF_RE.search(low):
                continue  # "postponed his three-nation tour", "would not make a ...": none
            stops = _listed_states(sent, m.end())
            if len(stops) < 2:
                continue
            occs = named.get(sent.index, [])
            codes = {code for code, _ in stops}
            visitor = _visitor(occs, sent, m.start(), drafts[0], by_key, codes)
            home = by_key[visitor].country if visitor is not None else None
            if home is None:
                continue
            if not occs and _at_home(drafts[0], home, lex):
                continue  # "his swing through Asia" in a story of talks at X's home: not X's
            ahead = PLANNED_RE.search(low) is not None or bool(_AHEAD_RE.search(low))
            here = [d for d in drafts if d.first == sent.index]
            # "first met in 2022, when X visited Nigeria on a tour that also took him to ...":
            # a tour gone by is of the time of the meeting the sentence tells; one ahead, of
            # its month, not its day ("met Y on Monday during his tour of ...")
            day = next((d.date for d in here if d.date), None)
            if ahead and day:
                day = day[:7]  # "will start on Tuesday a tour of four countries": that month
            codes -= {home}
            for d in here:
                if visitor in d.participants and len(d.countries & codes) >= 2:
                    served = {by_key[k].country for k in d.participants}
                    held_in = host_country(lex, d.location) if d.location else None
                    d.countries -= codes - served - {held_in}
            for code, place in stops:
                if code == home or _told(drafts + out, visitor, code, by_key, lex):
                    continue
                out.append(
                    Draft(
                        participants=[visitor],
                        countries={home, code},
                        date=day,
                        location=place,
                        mode="in_person",
                        status="planned" if ahead else "held",
                        evidence=[sent.text],
                        first=sent.index,
                        last=sent.index,
                    )
                )
    return out


def _listed_states(sent: Sentence, at: int) -> list[tuple[str, str]]:
    """(code, name as written) of the states named in one list from `at` on."""
    end = _LIST_END_RE.search(sent.text, at)
    stop = end.start() if end else len(sent.text)
    offsets = sent.offsets
    out = []
    gap_from = at
    for k, code in country_codes(sent):
        if at <= offsets[k][0] < stop:
            mention = sent.entity_at[k]
            if mention is None or mention.entity.kind != "country":
                return []  # "to Lusaka and Harare": cities, told apart by their own meetings
            gap = sent.text[gap_from : offsets[k][0]].strip(" ,").lower()
            if gap in ("or", "or the"):
                return []  # "Ghana, Nigeria or Senegal": one of them, no list of stops
            if gap not in _JOINERS:
                break  # "a trip to the Southeast Asian country since ... China": no list
            out.append((code, sent.surface(mention.start, mention.end)))
            gap_from = offsets[mention.end - 1][1]
    return out


#: what stands between two states of one list ("A, B, the Philippines and C")
_JOINERS = frozenset(("", "and", "the", "and the", "as well as", "as well as the"))


def _visitor(
    occs: list[Occurrence],
    sent: Sentence,
    at: int,
    lead: Draft,
    by_key: dict[int, Person],
    stops: set[str],
) -> int | None:
    """Who travels: the subject on "his tour" ("X met Y in Accra during his tour of ..."),
    else the one named nearest before the tour word ("X met Y, who was on a tour of ..."),
    or the one a description after the names points to ("A and B last met when the Indian
    minister visited ..."); never one serving a state of the list, a host. With no one
    named ("During his four-nation tour, ..."), the first of the news's meeting."""
    before = sorted((o for o in occs if sent.offsets[o.start][0] < at), key=lambda o: o.start)
    if not before:
        if occs or not lead.participants or not _ON_A_TOUR_RE.search(sent.text.lower(), 0, at):
            return None
        candidates = [lead.participants[0]]
    elif _OWN_TOUR_RE.search(sent.text.lower(), 0, at):
        candidates = [before[0].person]
    else:
        nearest = before[-1]
        candidates = [nearest.person]
        for k, code in country_codes(sent):
            if nearest.end <= k and sent.offsets[k][0] < at and sent.keys[k - 1] == "the":
                candidates = [o.person for o in before if by_key[o.person].country == code]
                break
    return next((k for k in candidates if by_key[k].country not in stops), None)


def _at_home(lead: Draft, home: str, lex: Lexicon) -> bool:
    """Whether the news's meeting was held in its first one's own state."""
    return lead.location is not None and host_country(lex, lead.location) == home


def _told(
    drafts: list[Draft], visitor: int, code: str, by_key: dict[int, Person], lex: Lexicon
) -> bool:
    """Whether a meeting of the visitor in that state, or with its side, is already told."""
    return any(
        visitor in d.participants
        and (
            code in d.countries
            and (len(d.countries) <= 2 or any(by_key[k].country == code for k in d.participants))
            or d.location is not None
            and host_country(lex, d.location) == code
        )
        for d in drafts
    )
