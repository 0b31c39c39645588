"""Meetings: talks, summits, calls and visits between officials of different sides.

Each sentence with a meeting word becomes a mention (who, which sides, when,
where, how, held or planned); mentions that tell of the same encounter merge
into one meeting. The first meeting the body reports is the news; the others
are background.

MeetingReader drives the passes over the sentences. Its vocabulary lives in
meeting_words, places and days in meeting_places, clause cuts and the people and sides
a clause names in meeting_clauses, and the merging of mentions in meeting_merge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from bot.parsing import dates
from bot.parsing.entities import Sentence, country_codes
from bot.parsing.lexicon import Lexicon, holds_title, token_key
from bot.parsing.meeting_clauses import (
    PLACE_OPENERS,
    TALKED_VERBS,
    THEN_HE_RE,
    ClauseReader,
    speakers_of,
)
from bot.parsing.meeting_merge import Draft, days_after, office_key
from bot.parsing.meeting_places import (
    ARRIVAL_NEEDLES,
    THE_FIRST_WAS_RE,
    host_country,
    is_country_place,
    venue_countries,
    without_arrival,
    without_their_own_day,
)
from bot.parsing.meeting_words import (
    A_MEETING_WITH_RE,
    ACCOMPANY_NEEDLES,
    ACCOMPANY_RE,
    ACRONYM_MET_RE,
    AGREED_ON_BODY_RE,
    AGREED_VISIT_RE,
    AHEAD_ASIDE_RE,
    AHEAD_OF_IT_RE,
    ALSO_NEEDLES,
    ALSO_RE,
    ANAPHOR_NEEDLES,
    ANAPHOR_RE,
    APART_RE,
    AROUND_THE_ONE_TOLD_RE,
    ARRIVED_FOR_RE,
    ASIDE_NEEDLES,
    ASIDE_ROUND_NEEDLES,
    ATTEND_NEEDLES,
    ATTEND_RE,
    BACK_FROM_RE,
    BACKGROUND_NEEDLES,
    BACKGROUND_RE,
    BODY_WILL_MEET_RE,
    BY_DEADLINE_RE,
    CANCELLED_NEEDLES,
    CANCELLED_RE,
    CONVENE_BODY_RE,
    COUNTERPARTS_FROM_RE,
    CREDENTIAL_WORDS,
    DAY_AFTER_RE,
    DISCUSSED_WITH_UNNAMED_RE,
    DURING_TRIGGER_RE,
    DURING_VISIT_RE,
    EARLIER_NEEDLES,
    EARLIER_RE,
    EARLIER_SITTING_RE,
    EXPLICIT_RE,
    GATHERING_NEEDLES,
    GROUP_SAYS_RE,
    HE_SHE_RE,
    HELD_BEFORE_RE,
    HELD_RE,
    INSTEAD_RE,
    INTRODUCED_RE,
    INVITED_RE,
    IS_THE_FIRST_RE,
    JOINT_ACTS_RE,
    JOINT_NEEDLES,
    JOINT_TALKS_RE,
    JOURNEY_WORDS,
    LAST_MET_RE,
    LISTED_RE,
    MAINTAINING_RE,
    MEAL_NEEDLES,
    MEET_AGAIN_RE,
    MEETING_WORD_RE,
    MEETINGS_OF_ONE_RE,
    MEETINGS_WITH_RE,
    MET_EACH_NEEDLES,
    MET_OR_HELD_RE,
    MET_TIMES_RE,
    MODAL_PAST_RE,
    NATIONAL_COUNTERPART_RE,
    NEXT_ROUND_RE,
    NEXT_SITTING_RE,
    NOT_MEETING_NEEDLES,
    NOT_MEETING_RE,
    OBJECT_PRONOUN_RE,
    ONE_CALL_RE,
    ONE_TABLE_NEEDLES,
    ONE_WORDS,
    ONWARD_RE,
    PAIR_ACTS_RE,
    PARTICIPLE_PAST_RE,
    PAST_JOURNEY_DAY_RE,
    PAST_TRIGGERS,
    PLANNED_NEEDLES,
    PLANNED_RE,
    PLURAL_TITLE_OF_RE,
    POSSESSED_MEETINGS_RE,
    PRESS_WORDS,
    QUOTE_THEN_HE_RE,
    ROUND_RE,
    SAID_AFTER_RE,
    SAID_HE_AND_RE,
    SAID_NEEDLES,
    SAID_THAT_RE,
    SAME_DAY_NEEDLES,
    SAME_DAY_RE,
    SEPARATE_NEEDLES,
    SEPARATE_RE,
    SEQUEL_NEEDLES,
    SEQUEL_RE,
    SINCE_ASIDE_RE,
    SINCE_ENCOUNTER_RE,
    SINCE_MEETING_RE,
    SINCE_RE,
    SINCE_THEY_MET_RE,
    SINCE_WHEN_MET_RE,
    SITTING_VERBS,
    STATEMENT_HE_RE,
    STAY_SPAN_RE,
    THE_MEETING_WITH_RE,
    THE_MEETINGS_ATTENDED_RE,
    THE_SITTING_RE,
    THEIR_OFFICIALS_RE,
    TOGETHER_NEEDLES,
    TOLD_BY_PHONE_RE,
    TOUR_NEEDLES,
    TOUR_OF_STATES_RE,
    TRIGGER_RE,
    WHO_MET_RE,
    WILL_ATTEND_RE,
    WISH_NEEDLES,
    WISH_RE,
    acronym_held,
    any_in,
    before_an_aside,
    beside_the_one_told,
    calls_on_someone,
    cancelled_elsewhere,
    has_group,
    has_nations,
    journey,
    meeting_mode,
    on_the_sidelines,
    plan_only_said,
    since_is_meeting,
    sitting_verb,
    visit_will_bring,
)
from bot.parsing.people import Occurrence, Person


class Arrival(NamedTuple):
    """ "X arrived in Dushanbe on Thursday": who, in which city, on what day (if told)."""

    visitor: int
    city: str
    day: str | None

    def by(self, day: str | None) -> bool:
        """Whether a meeting on `day` may be in the city: not told as before the arrival."""
        return not (day and self.day and day < self.day)


#: the opening phrase a meeting word may stand in before the subject ("At the end of the
#: talks, X invited Y to visit ...")
_OPENING_PHRASES = ("at ", "after ", "during ", "following ", "on ", "in ", "upon ")


_PER_COUNTRY_NEEDLES = (
    "counterparts",
    "separate ",
    "one-on-one ",
    "individual ",
    "bilateral ",
    "series of ",
)
#: "has not yet discussed the issue with the leaders of A and B", "denied that he had"
_DENIED_RE = re.compile(r"\b(?:not|never|denied|denies|deny|n't)\b")
_WELCOMED_RE = re.compile(r"\b(?:welcomed|welcomes|hosted|hosts)\b")
#: a gathering the sentence tells as one ("held a trilateral summit", "sat down for a
#: summit"); not one that only frames the time ("on the eve of the regional summit")
_GATHERING_BEFORE_RE = re.compile(
    r"\b(?:a|an|held|hold|holds|holding|hosted|convened) (?:[\w-]+ ){0,2}?"
    r"(?:trilateral|multilateral|quadrilateral|summit)\b"
)
#: a sentence that tells one of the encounters told together
_ENCOUNTER_TOLD_RE = re.compile(r"\b(?:meeting|talks|met|session|welcom\w*|reception|received)\b")
#: "During the meetings, ...", "the meetings were ...": the encounters just told (not "the
#: spring meetings of the IMF", "for the meetings of NATO defence ministers")
_THE_MEETINGS_BACK_RE = re.compile(r"\b(?:the|these|their|both) meetings\b(?! of\b)")
#: how many sentences after separate encounters told together may name the ones met
_NAMING_WINDOW = 10


def _unplaced_encounter_of(e: Draft, visitor: int) -> bool:
    """Whether `e` is a held encounter of the visitor, face to face or of no kind told, that
    names no place and is not an earlier one: one that an arrival told near it may place."""
    return (
        e.location is None
        and e.status == "held"
        and e.mode in ("in_person", "unknown")
        and visitor in e.participants
        and not e.from_since
    )


#: after "delivered a message": who sent it, up to whom it went ("from President A to")
_SENDER_RE = re.compile(r" from [^,;]*? to ")
_THEY_WERE_MET_RE = re.compile(r"They were (?:met|received|welcomed|greeted)\b")
#: the meeting word, then "between": "a bilateral summit between A and B" (a noun: "X
#: hosted a summit between A and B" is X's too)
_MEETING_NOUNS = frozenset(("summit", "summits", "meeting", "meetings", "talks", "call"))
_BETWEEN_RE = re.compile(r"(?: [\w-]+){0,2}? between ")


#: cheap needles before the regex: a clause naming no plural office names no
#: "Thai and Cambodian foreign ministers"
_PLURAL_OFFICES = ("ministers", "leaders", "presidents", "premiers")
# "discussed the upcoming meeting of ...": talked about, not held by the ones who talked
_TALKED_ABOUT_RE = re.compile(
    r"\b(?:" + "|".join((*TALKED_VERBS, "talked about", "spoke about")) + r")\b"
)
_INTERVIEWER_RE = re.compile(
    r"(?<!joint )\binterview (?:with|to|by) (?:an? |the )?(?:[\w-]+ ){0,4}$", re.I
)
_OF_THEIR_OWN = (" of the two", " of both", " of their ", " of the leaders of the two")


class MeetingReader(ClauseReader):
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._name_at: set[int] = set()

    def read(
        self,
        sentences: list[Sentence],
        people: list[Person],
        occ: list[Occurrence],
        published: date | None,
        dateline: str | None,
    ) -> list[Draft]:
        self.by_key = {p.key: p for p in people}
        self._names = {m for p in people for m in (p.name, *p.mentions)}
        self._surnames = {p.name.rsplit(None, 1)[-1] for p in people if " " in p.name}
        self.published = published
        self.dateline = dateline
        occ_by_sent: dict[int, list[Occurrence]] = {}
        for o in occ:
            if o.person in self.by_key:
                occ_by_sent.setdefault(o.sentence, []).append(o)
        self.events: list[Draft] = []
        self.last_group: list[int] = []
        self._last_group_at = -1  # the sentence that told the last group
        self.groups: list[list[int]] = []  # every group told of, in order
        self.last_subject: int | None = None
        self.mentioned: list[int] = []  # every person named, in order
        self._sent_index = -1  # the sentence being read
        self._named_at: tuple[int, list[int], str] = (-1, [], "")  # the last to name anyone
        self._clause_participants: list[int] = []  # who met in the clause read last
        self._unclaimed: Draft | None = None  # a meeting told of with no one and no side named
        self._compounds: dict[int, list[tuple[int, str]]] = {}  # compound_sides of a sentence
        self._main_group: list[int] = []  # who met in the sentence's main clause
        self._arrived: Arrival | None = None  # where the text last said a visitor arrived
        # who the text says is setting out on a journey through several states
        self._travellers: set[int] = set()
        self._sentences = sentences
        for sent in sentences:
            occs = occ_by_sent.get(sent.index, [])
            self._sent_index = sent.index
            sent_low = sent.text.lower()
            if occs and any_in(sent_low, TOUR_NEEDLES):
                self._travellers |= _setting_out(sent_low, occs)
            trigger = TRIGGER_RE.search(sent_low)
            if trigger is None and (
                len(occs) >= 2
                # "Also on Tuesday, the foreign minister and X discussed ...": the one named
                # before by that title is the other
                or occs
                and self.events
                and " and " in sent_low
                and self._the_titled_and_one(sent.text) is not None
                or len(occs) == 1
                and " with the " in sent_low
                and DISCUSSED_WITH_UNNAMED_RE.search(sent.text) is not None
                and _DENIED_RE.search(sent_low) is None
            ):  # "A and his counterpart B discussed"
                trigger = JOINT_TALKS_RE.search(sent_low)
                if trigger is None and "counterpart" in sent_low:
                    trigger = JOINT_ACTS_RE.search(sent_low)
                if trigger is None and len(occs) >= 2 and not self.events:
                    trigger = self._pair_acting(sent, sent_low, occs)
            if trigger is None:
                trigger = (
                    sitting_verb(sent_low)
                    or acronym_held(sent.text, sent_low)
                    or journey(sent.text, sent_low)
                )
            if trigger and sent.text.endswith("?"):
                trigger = None  # "Have the two leaders met before?": asked, not told
            if trigger:
                self._speaker_cache = speakers_of(sent, occs)
                self._sent_low, self._sent_trigger = sent_low, trigger
                self._name_at = {k for o in occs for k in range(o.start, o.end)}
                self._main_group = []
                for seg in self._segments(sent):
                    self._segment(sent, occs, *seg)
            elif occs and self.events and any_in(sent_low, ACCOMPANY_NEEDLES):
                self._accompanied(sent, sent_low, occs)
            elif occs and self.events and " attend" in sent_low and WILL_ATTEND_RE.search(sent_low):
                self._will_attend(sent, occs)
            elif (
                self.events
                and self.events[-1].round_of
                and LISTED_RE.match(sent.text)
                # "These included pledges on trade with Egypt": names, not only countries
                and (len(occs) >= 2 or not sent.text.startswith("These included"))
            ):
                self._round_listed(sent, occs)
            if occs:
                persons = list(dict.fromkeys([o.person for o in occs]))
                if len(persons) >= 2:
                    # "They" after "The two ministers met ..., when X was received by Y":
                    # the two who met, not everyone the sentence names
                    self.last_group = (trigger and self._main_group) or persons
                    self._last_group_at = sent.index
                    self.groups.append(persons)
            elif trigger and len(self._main_group) >= 2:
                # "The meeting will be the second between the two presidents. They last met
                # in January": "they" are the two that sentence meant
                self.last_group = list(self._main_group)
                self._last_group_at = sent.index
            if any_in(sent_low, ARRIVAL_NEEDLES) and (at := self._arrival(sent.text)):
                self._note_arrival(sent, occs, *at)
            if occs:
                # "He plans to ... hold talks with his counterpart, Y": "he" is still the
                # subject, not Y, the first one the sentence names
                if self.last_subject is None or not (
                    HE_SHE_RE.match(sent.text)
                    or QUOTE_THEN_HE_RE.match(sent.text)
                    or STATEMENT_HE_RE.match(sent.text)
                ):
                    self.last_subject = occs[0].person
                    # "The Deputy PM repeated the invitation to President X. He also ...": the
                    # office holder told of before, not X, is the subject
                    # ("In Sri Lanka, the top diplomat will hold talks with X. In Vietnam,
                    # he will meet Y": the top diplomat, not X)
                    if (
                        (
                            sent.text.startswith("The ")
                            or sent.text.startswith(_PLACE_OPENERS)
                            and ", the " in sent.text[: sent.offsets[occs[0].start][0]]
                        )
                        and sent.offsets[occs[0].start][0] > 4
                        and (titled := self._the_titled(sent.text)) is not None
                    ):
                        self.last_subject = titled
                self.mentioned.extend(o.person for o in occs)
                self._named_at = (sent.index, [o.person for o in occs], sent.text)
        for e in list(self.events):
            if len(e.countries) >= 2 and not e.from_since:
                self._name_the_officials(e, occ_by_sent)
            if len(e.participants) == 1:
                self._name_the_counterpart(e, occ_by_sent)
                if not any(x is e for x in self.events):
                    continue  # folded into the visit told just before
            if e.participants:
                e.participants.extend(k for k in e.joined if k not in e.participants)
        self._sides_of_the_lead()
        # a round whose encounters were each told is told by them
        return [e for e in self.events if self._is_meeting(e) and not (e.round_of and e.parts)]

    def _pair_acting(
        self, sent: Sentence, low: str, occs: list[Occurrence]
    ) -> re.Match[str] | None:
        """ "Foreign Minister X and Foreign Minister of Maldives Y, Saturday, agreed to deepen
        cooperation": the sentence opens on two officials of two states joined as one
        subject, and what they did together (agreed, signed, pledged) tells that they met.
        Only before any meeting is told: later, such a sentence recounts the talks told
        already. Not "X said Y and Z agreed" (the first named is no part of the subject),
        nor two named apart by a clause of their own, nor "A and B agreed to attend the
        meeting", a meeting still to come."""
        act = PAIR_ACTS_RE.search(low)
        if act is None or _TO_MEET_RE.match(low, act.end()) or _APART_RE.search(low):
            return None
        first, second = occs[0], occs[1]
        a_at = sent.offsets[first.start][0]
        a_end = sent.offsets[first.end - 1][1]
        b_at = sent.offsets[second.start][0]
        b_end = sent.offsets[second.end - 1][1]
        if a_at > 60 or b_end > act.start() or act.start() - b_end > 60:
            return None
        between = low[a_end:b_at]
        if " and " not in between or len(between) > 80 or _CLAUSE_VERB_RE.search(between):
            return None
        if _CLAUSE_VERB_RE.search(low, b_end, act.start()) or _CLAUSE_VERB_RE.search(low, 0, a_at):
            return None
        one, other = self.by_key.get(first.person), self.by_key.get(second.person)
        if one is None or other is None or not one.country or not other.country:
            return None
        return act if one.country != other.country else None

    def _will_attend(self, sent: Sentence, occs: list[Occurrence]) -> None:
        """ "... confirmed that the Mercosur summit will be held in Buenos Aires in July. X
        said he will attend in person": the one who says so joins the gathering just told of,
        if it is still to come."""
        persons = {o.person for o in occs}
        if len(persons) != 1 or sent.offsets[occs[0].start][0] != 0:
            return
        told = self._told_last()
        if told.status != "planned" or sent.index - told.last > 1:
            return
        key = occs[0].person
        if key not in told.participants:
            told.participants.append(key)
            if country := self.by_key[key].country:
                told.countries.add(country)
        told.evidence.append(sent.text)
        told.last = sent.index

    def _note_arrival(self, sent: Sentence, occs: list[Occurrence], at: int, city: str) -> None:
        """ "Uzbek President X arrived in Dushanbe ... At the airport, he was met by Y": the
        visitor is in that city for the encounters told after it that name no other place."""
        before = [o.person for o in occs if sent.offsets[o.start][0] < at]
        if before:
            visitor = before[0]
        elif self.last_subject is not None and HE_SHE_RE.match(sent.text):
            visitor = self.last_subject
        else:
            return
        arrival = Arrival(visitor, city, dates.event_date(sent.text, self.published))
        first_arrival = self._arrived is None
        self._arrived = arrival
        if sent.text.startswith("will be", at):
            return  # "X will be in Paris on Friday": where X meets next, not where X met
        if first_arrival:
            self._met_where_arrived(arrival)
        told = self._told_last() if self.events else None
        if (
            told is not None
            and 0 < sent.index - told.last <= 2
            and _unplaced_encounter_of(told, visitor)
            and arrival.by(told.date)
        ):  # "X has met Y, a readout said. X arrived in Amman earlier today": where they met
            told.location = city
            told.mode = "in_person"

    def _met_where_arrived(self, arrival: Arrival) -> None:
        """ "X called on President Y here on Monday ... X arrived in Colombo on Sunday night
        on a two-day visit": the visitor's encounters told before the one arrival the text
        tells, face to face in the country whose capital that is, with no place of their
        own, were in that city (within three days of the arrival, where both are dated)."""
        code = self.lex.gazetteer.capital_country(arrival.city)
        for e in self.events:
            if (
                _unplaced_encounter_of(e, arrival.visitor)
                and code in e.countries
                and (arrival.day is None or days_after(arrival.day, e.date, 3))
            ):
                e.location = arrival.city
                e.mode = "in_person"

    def _round_listed(self, sent: Sentence, occs: list[Occurrence]) -> None:
        """ "Hu held separate meetings with presidents of five African countries. The five
        leaders are A of Namibia, B of Mozambique ...": the round told by its encounters;
        "The counterparts were from Romania, Algeria and Estonia": one with each country."""
        e = self.events[-1]
        if e.parts or not e.participants:
            return
        host = e.participants[0]
        named = [k for k in dict.fromkeys(o.person for o in occs) if k != host]
        home = self.by_key[host].country
        sides = [c for c in dict.fromkeys(c for _, c in country_codes(sent)) if c != home]
        if not named and len(sides) >= 2:
            for code in sides:
                part = _encounter_of(e, sent, [host], {code} | ({home} if home else set()))
                part.round = e
                e.parts += 1
                self.events.append(part)
            return
        if len(named) < 2:
            return
        met = [host, *named]
        countries = {c for k in met if (c := self.by_key[k].country)}
        self._merge(_encounter_of(e, sent, met, countries), False)

    def _name_the_counterpart(self, e: Draft, occ_by_sent: dict[int, list[Occurrence]]) -> None:
        """ "talks between Foreign Minister X and his Argentine counterpart", then "Mariela
        Sosa Quiroga, Argentina's minister of foreign affairs, arrived on Tuesday": the
        counterpart is the one of that country the next sentence names."""
        if e.per_country:
            self._name_the_one_of_the_country(e, occ_by_sent)
            return
        m = NATIONAL_COUNTERPART_RE.search(e.evidence[0])
        if m is None:
            return
        for word in filter(None, m.groups()):  # "his Libyan and Tunisian counterparts": each
            ent = self.lex.entities.get((token_key(word),))
            if ent is not None and ent.kind == "demonym" and ent.code:
                self._name_a_counterpart(e, ent.code, occ_by_sent)

    def _name_the_one_of_the_country(
        self, e: Draft, occ_by_sent: dict[int, list[Occurrence]]
    ) -> None:
        """ "held separate meetings with new ambassadors from A and B", then "Welcoming A's
        Ambassador X, ..." and "At his reception for B's Ambassador Y, ...": each encounter
        is with the one of its country the sentences after name in the office told."""
        host = e.participants[0]
        others = e.countries - {self.by_key[host].country}
        m = COUNTERPARTS_FROM_RE.search(e.evidence[0].lower())
        if len(others) != 1 or m is None:
            return
        code, office = others.pop(), next(filter(None, m.groups()), None)
        listed = {
            c for x in self.events if x.first == e.first and x.per_country for c in x.countries
        }
        named_elsewhere = {
            k
            for x in self.events
            if x is not e and self._another_encounter(x, host, listed)
            for k in x.participants
        }
        for index in range(e.first + 1, e.first + _NAMING_WINDOW):
            if any(
                x.first == index and self._another_encounter(x, host, listed) for x in self.events
            ):
                return  # the story has gone on to another encounter
            for o in occ_by_sent.get(index, []):
                k = o.person
                if (
                    self.by_key[k].country == code
                    and k not in named_elsewhere
                    and self._holds_the_office(host, k, office)
                    # "representatives": any office, so the sentence must tell the encounter
                    # ("At the meeting with A, ...", "In a third meeting, ..."), not "days
                    # after Chinese President Y warned ..."
                    and (
                        office not in ("representatives", "delegations")
                        or _ENCOUNTER_TOLD_RE.search(self._sentences[index].text.lower())
                    )
                ):
                    e.participants.append(k)
                    return

    def _another_encounter(self, x: Draft, host: int, listed: set[str]) -> bool:
        """Whether `x` is an encounter other than those told together: "At the informal
        meeting with A, A's minister Y shared his views" names only one of a country
        listed, so it tells an encounter already counted, not a new one; "A's president
        and B's chancellor met in Berlin" is one of their own."""
        others = set(x.participants) - {host}
        return len(others) > 1 or any(self.by_key[k].country not in listed for k in others)

    def _holds_the_office(self, host: int, other: int, office: str | None) -> bool:
        """Whether `other` holds the office a plural named ("ambassadors", "prime ministers";
        none for "counterparts": the host's own)."""
        if office in (None, "counterparts"):
            return self._same_office(host, other)
        role = (self.by_key[other].role or "").casefold()
        if any(w in role.split() for w in ("vice", "deputy", "former", "ex-", "acting")):
            return False  # "Kenyan Vice President Y", "Former Swedish ambassador Y"
        if office in ("representatives", "delegations"):
            return True
        if office in ("leaders", "heads of state", "heads of government", "premiers"):
            return holds_title(role, self.lex.leader_titles)
        titles = ("ambassador", "envoy") if office == "envoys" else (office.rstrip("s"),)
        return holds_title(role, titles)

    def _name_a_counterpart(
        self, e: Draft, code: str, occ_by_sent: dict[int, list[Occurrence]]
    ) -> None:
        if any(self.by_key[k].country == code for k in e.participants):
            return
        for o in occ_by_sent.get(e.first + 1, []):
            if self.by_key[o.person].country == code and o.person not in e.participants:
                e.participants.append(o.person)
                e.countries.add(code)
                return
        # "X called on his Kenyan counterpart Y ... he will chair the commission along with his
        # Kenyan counterpart": the one of that country X was told to meet before
        at = next(i for i, x in enumerate(self.events) if x is e)
        leaders = self.lex.leader_titles
        own_rank = (
            holds_title(self.by_key[e.participants[0]].role, leaders) if e.participants else False
        )
        for before in reversed(self.events[:at]):
            if e.participants and e.participants[0] in before.participants:
                met = [
                    k
                    for k in before.participants
                    if self.by_key[k].country == code
                    # a minister's counterpart is no head of state
                    and holds_title(self.by_key[k].role, leaders) == own_rank
                ]
                if len(met) == 1:
                    e.participants.append(met[0])
                    e.countries.add(code)
                    return
        # "Samoan Prime Minister A will visit Australia. B will meet his Samoan counterpart in
        # Canberra": the one of that country the sentence before named, where it named one in
        # the same office (a leader for a leader) or the host's office is not told
        told = {o.person for o in occ_by_sent.get(e.first - 1, [])}
        told = {
            k
            for k in told
            if self.by_key[k].country == code
            and k not in e.participants
            and self._same_office(e.participants[0], k)
        }
        if len(told) == 1:
            e.participants.append(told.pop())
            e.countries.add(code)
            self._fold_into_the_visit(e)

    def _same_office(self, host: int, other: int) -> bool:
        """Whether `other` may be `host`'s counterpart: the host's office untold, or both
        leaders, or both in an office of the same name ("Foreign Minister")."""
        role = self.by_key[host].role
        if not role:
            return True
        leaders = self.lex.leader_titles
        theirs = self.by_key[other].role
        if holds_title(role, leaders) or holds_title(theirs, leaders):
            return holds_title(role, leaders) == holds_title(theirs, leaders)
        return bool(theirs) and office_key(role) == office_key(theirs)

    def _sides_of_the_lead(self) -> None:
        """ "Whitcombe and Liang last met in London": an encounter of two or more, one of
        whom the text gives no country, that shows one side or none, is between the two
        sides of the lead meeting, where the lead has two."""
        if not self.events:
            return
        lead = self._primary()
        if len(lead.countries) != 2:
            return
        for e in self.events:
            if (
                e is not lead
                and len(e.countries) < 2
                and e.countries <= lead.countries
                and len(e.participants) >= 2
                and any(self.by_key[k].country is None for k in e.participants)
                and set(e.participants) & set(lead.participants)
            ):
                e.countries |= lead.countries

    def _host_who_spoke(self, guest: int, sides: set[str], inside: list[Occurrence]) -> list[int]:
        """ "Modi will visit Sri Lanka on June 9, Sri Lankan President Sirisena said": the
        leader who announces a visit to their own country is the one who receives it."""
        home = self.by_key[guest].country
        for o in inside:
            p = self.by_key[o.person]
            if (
                o.person in self._speaker_cache
                and p.country in sides
                and p.country != home
                and (role := (p.role or "").casefold())
                and not role.startswith(("vice", "deputy"))
                and holds_title(role, self.lex.leader_titles)
            ):
                return [o.person]
        return []

    def _accompanied(self, sent: Sentence, low: str, occs: list[Occurrence]) -> None:
        """ "He was accompanied by Foreign Minister X and ambassador Y", "Also present were
        ...": officials who sat in on the talks just told of take part in them."""
        if not ACCOMPANY_RE.search(low):
            return
        told = self._told_last()
        if told.status != "held" or told.mode == "call" or sent.index - told.last > 5:
            return
        # talks whose sides the text has yet to name: they join once the sides are known,
        # unless they are the sides ("The Azerbaijani delegation was led by X")
        leads = "led by" in low or "headed by" in low
        joiners = told.participants if told.participants or leads else told.joined
        # "A and B were also welcomed at the airport": guests, whether or not titled, named
        # before the phrase (not "The deal was also welcomed in Kyiv, where X called it ...")
        welcomed = m.start() if (m := _ALSO_WELCOMED_RE.search(low)) else -1
        for o in occs:
            p = self.by_key[o.person]
            guest = 0 <= sent.offsets[o.start][0] < welcomed
            if o.person in told.participants or not (p.role or guest):
                continue
            if welcomed >= 0 and not guest:
                continue
            joiners.append(o.person)
            if p.country:
                told.countries.add(p.country)
        if sent.text not in told.evidence:
            told.evidence.append(sent.text)

    def _name_the_officials(self, e: Draft, occ_by_sent: dict[int, list[Occurrence]]) -> None:
        """ "The foreign ministers of France, Germany and Ukraine held a video conference",
        then "French Foreign Minister A, her German counterpart B and ... C spoke for an
        hour": the officials named next, one for each side, are the ones who met."""
        if not e.evidence or not PLURAL_TITLE_OF_RE.search(e.evidence[0]):
            return
        # named already where the next sentence was read as the same talk
        for index in (e.first + 1, e.first + 2) if not e.participants else ():
            found: dict[str, int] = {}
            for o in occ_by_sent.get(index, []):
                code = self.by_key[o.person].country
                if code in e.countries and code not in found:
                    found[code] = o.person
            if set(found) == e.countries:
                e.participants = list(found.values())
                self._told_one_by_one(e, index)
                break
        if not e.participants:
            return
        for later in self.events:  # "... and agreed to meet in Warsaw next month"
            if later.first == e.first and later is not e and not later.participants:
                later.participants = list(e.participants)
                later.countries |= e.countries

    def _days_later(self, low: str, index: int) -> str | None:
        """ "X attended Y's inauguration on June 1. Days later, Z visited Y": the day (or
        for "days later", the month) counted from the one the sentence before gave."""
        if (m := DAYS_LATER_RE.match(low)) is None:
            return None
        before = dates.event_date(self._sentences[index - 1].text, self.published)
        if before is None or len(before) < 7:
            return None
        if m["count"] is None or len(before) == 7:
            # "days later": within the month, on a day not told (past its third week, maybe
            # the next: only the year is sure)
            return before[:7] if len(before) == 7 or int(before[8:]) <= 21 else before[:4]
        days = {"a": 1, "one": 1, "two": 2, "three": 3}[m["count"]]
        return date.fromordinal(date.fromisoformat(before).toordinal() + days).isoformat()

    def _told_one_by_one(self, e: Draft, index: int) -> None:
        """ "The President received in Tashkent the heads of government of A, B and C", then
        "X held bilateral meetings with the Prime Ministers of A Y, ...": the reception is
        the round of those meetings, each held where and when the reception was."""
        if not e.evidence or not RECEIVED_THE_RE.search(e.evidence[0]):
            return  # "The foreign ministers of A, B and C met in Weimar": a meeting of its own
        parts = [
            x
            for x in self.events
            if x.first == index
            and x.separate
            and x.status == e.status
            and x.round is None
            and (x.date is None or x.date == e.date)
            and (
                x.location is None
                or is_country_place(x.location)
                or bool(e.location)
                and (x.location in e.location or e.location in x.location)
            )
        ]
        met = {k for x in parts for k in x.participants}
        if (
            len(parts) < 2
            or met != set(e.participants)
            or len({x.participants[0] for x in parts}) != 1
        ):
            return
        for x in parts:
            if e.location and (not x.location or is_country_place(x.location)):
                x.location = e.location
            x.date = x.date or e.date
            x.round = e
        e.round_of = True
        e.parts = len(parts)

    def _they_as_the_named_pair(
        self, occs: list[Occurrence], participants: list[int], before: str
    ) -> list[int]:
        """ "They" who met, where the sentence names one or two people and no one else
        "they" could be: the two people the sentence names, else the two the text named
        last, where whoever the sentence names is one of them. "The three leaders ...
        during their summit" names no one; in "Farmers told X of rising costs when they
        met", "they" are the farmers (data: plural_people), not X and the one before."""
        words = {w.strip(".,;:'’\"") for w in before.split()}
        if words & self.lex.plural_people and not has_group(before):
            return participants
        named = list(dict.fromkeys(o.person for o in occs))
        pair = named if len(named) == 2 else self.last_group
        if len(pair) != 2 or not set(named) | set(participants) <= set(pair):
            return participants
        return list(pair)

    def _told_by_phone(self, text: str, low: str, at: int) -> bool:
        """Whether "phone" ending at `at` tells how something was said to the press ("told Reuters
        by phone", "said by telephone"), not a call: no one the text names is told it."""
        m = TOLD_BY_PHONE_RE.search(low, max(0, at - 70), at)
        if m is None:
            return False
        if m.group(1) is None:  # "said by telephone"
            return True
        told = text[m.start(1) : m.end(1)].split()
        # "told Radio Nord by telephone", "told reporters by phone"; not "told him by phone"
        # nor "told Prime Minister X by phone": a call to the one told
        press = told[0][:1].isupper() or told[-1].casefold() in PRESS_WORDS
        return press and not any(set(p.name.split()) & set(told) for p in self.by_key.values())

    def _segment(
        self, sent: Sentence, occs: list[Occurrence], cs: int, ce: int, kind: str, extra: list[int]
    ) -> None:
        text = sent.text[cs:ce]
        # "Lula held two meetings: with A, and with B"; "met X, who visited Nassau": X first
        if kind in ("with", "then", "who") and extra:
            text = sent.text[extra[0] : extra[1]] + " " + text
        if text == sent.text:  # the whole sentence: read() has lowered and searched it
            low, trigger = self._sent_low, self._sent_trigger
        else:
            low = text.lower()
            trigger = (
                TRIGGER_RE.search(low)
                or sitting_verb(low)
                or acronym_held(text, low)
                or journey(text, low)
            )
        if trigger and "since" in low and len(low) == len(text):
            # "The Joint Commission, dormant since 2022, will meet in Abuja next month": the
            # aside dates the dormancy; the day and the place are the clause's own
            aside = SINCE_ASIDE_RE.search(low)
            if aside and not MEETING_WORD_RE.search(low, aside.start(), aside.end()):
                blank = " " * (aside.end() - aside.start())
                text = text[: aside.start()] + blank + text[aside.end() :]
                low = low[: aside.start()] + blank + low[aside.end() :]
                trigger = TRIGGER_RE.search(low) or sitting_verb(low)
        if not trigger:
            return
        word = trigger.group(1)
        if word in ("phone", "telephone") and self._told_by_phone(text, low, trigger.end()):
            # "..., he told Radio Nord by telephone": the saying was by phone, no call is told
            trigger = TRIGGER_RE.search(low, trigger.end())
            if trigger is None:
                return
            word = trigger.group(1)
        sender = None
        if word.endswith(("message", "letter")):
            # "delivered a message from President A to President B": A sent it, B received
            # it; with no sender and addressee told ("handed over a message addressed to the
            # Amir", "handed over a letter to Y during their meeting"), the clause's other
            # meeting word tells the encounter, if it has one
            sender = _SENDER_RE.match(low, trigger.end())
            if sender is None:
                trigger = TRIGGER_RE.search(low, trigger.end())
                if trigger is None:
                    return
                word = trigger.group(1)
        if word.startswith("summit") and BY_DEADLINE_RE.search(low, 0, trigger.start()):
            return  # "full membership at the latest by the bloc's 2026 summits": a deadline
        if word.endswith(" on") and not calls_on_someone(text, low, trigger.end()):
            return  # "called on both sides to show restraint": an appeal, not a visit
        upto = low[: trigger.end()]
        if "times" in low and MET_TIMES_RE.search(low):  # "have met three times": a tally
            return
        if kind != "anaphor" and (
            any_in(upto, WISH_NEEDLES)
            and WISH_RE.search(upto)
            and not DURING_TRIGGER_RE.search(low, 0, trigger.start())
            or any_in(low, NOT_MEETING_NEEDLES)
            # "told a news conference in Merida, where he is due to meet Y": the clause
            # after "where" is a meeting of its own
            and NOT_MEETING_RE.search(low, _where_clause_at(low, trigger.start()))
            and not MET_OR_HELD_RE.search(low)
            or " maintaining " in upto
            and MAINTAINING_RE.search(upto)
            and not MET_OR_HELD_RE.search(low, trigger.end())
        ):
            return
        offsets = sent.offsets if occs else ()  # worked out only where someone is named
        inside = [o for o in occs if cs <= offsets[o.start][0] < ce]
        if kind in ("with", "agreed", "then", "who") and extra:
            inside = [o for o in occs if extra[0] <= offsets[o.start][0] < extra[1]] + inside
        if "interview" in low:  # "... talks with B in an interview with blogger C": C asked
            inside = [
                o
                for o in inside
                if not _INTERVIEWER_RE.search(
                    sent.text, max(0, offsets[o.start][0] - 60), offsets[o.start][0]
                )
            ]
        since_at = SINCE_RE.search(text) if "since" in text else None
        since_named: list[int] = []
        if since_at:  # people named in "since the launch of X's administration" did not meet
            cut = cs + since_at.start()
            gerund = dates.SINCE_GERUND_WITH_RE.match(text, since_at.start())
            back = cs + gerund.end() if gerund else len(sent.text)
            since_named = [o.person for o in inside if cut <= sent.offsets[o.start][0] < back]
            inside = [o for o in inside if not cut <= sent.offsets[o.start][0] < back]
        # "During the meeting with X, the Head of State noted the importance of the forum in
        # Kostanay this fall": who and where come before what was said (read where lower()
        # kept the text's offsets)
        said = (
            SAID_THAT_RE.search(low, trigger.end())
            if len(low) == len(text) and any_in(low, SAID_NEEDLES)
            else None
        )
        if said:
            cut = cs + said.end()
            inside = [o for o in inside if offsets[o.start][0] < cut]
        if " of " in low or " to " in low or " from " in low:
            # "X, elder brother of President Y, arrived": Y is not there; "paid respects to
            # X": honoured, not met; "delivered a letter from President Z": Z sent it
            inside = [o for o in inside if not self._named_not_met(sent, o)]
        if "'s " in low or "’s " in low:
            # "President X's special envoy Y conferred with Z": X sent Y, and was not there
            inside = [o for o in inside if not self._sender_of_the_named(sent, o, inside)]
        if "under " in low or "during " in low:
            # "the first visit to the U.S. under President X's administration": a time, not
            # one who met
            inside = [o for o in inside if not _names_a_time(sent, o)]
        if sender is not None:  # the one who sent the message is not met
            at = (cs + sender.start(), cs + sender.end())
            inside = [o for o in inside if not at[0] <= offsets[o.start][0] < at[1]]
        persons = list(dict.fromkeys([o.person for o in inside]))
        speakers = self._speaker_cache
        participants = [p for p in persons if p not in speakers]
        if (
            len(participants) <= 1
            and occs
            and since_at is None
            and ("they " in low or "their " in low)  # cheap: most clauses have neither
            and (they := _THEY_BEFORE_RE.search(low, max(0, trigger.start() - 30), trigger.start()))
        ):
            # "A said he was glad to see B when they met in Vientiane in July", "B recalled
            # their meeting in Lima": the pair the sentence, or the one before, named
            participants = self._they_as_the_named_pair(occs, participants, low[: they.start()])
        if (
            word in _MEETING_NOUNS
            and " between " in low
            and (btw := _BETWEEN_RE.match(low, trigger.end())) is not None
        ):
            # "agreed to broker a summit between A and B": those two, not who agreed to it
            paired = [o.person for o in inside if offsets[o.start][0] >= cs + btw.end()]
            if len(set(paired)) >= 2:
                participants = [p for p in dict.fromkeys(paired) if p not in speakers]
        if " and " in low and (pair := SAID_HE_AND_RE.search(low)) and len(low) == len(text):
            said_by = [o.person for o in inside if offsets[o.start][0] < cs + pair.start()]
            if said_by and said_by[-1] not in participants:
                participants.insert(0, said_by[-1])  # "X said that he and Y agreed to meet"
        if (
            self.last_subject is not None
            and (
                ("He" in text or "She" in text or " he " in text or " she " in text)
                and HE_SHE_RE.match(text)
                # "X arrived with a delegation. They were met on arrival by President Y"
                or text.startswith("They were ")
                and _THEY_WERE_MET_RE.match(text) is not None
                and self.last_subject not in participants
                or text[:1] in '"“'
                and (
                    # the meeting told after the quote, of the one who spoke: not one the
                    # quote tells of, nor one of others named after it
                    (quoted := QUOTE_THEN_HE_RE.match(text)) is not None
                    and trigger.start() >= quoted.end()
                    and not any(
                        quoted.end() <= offsets[o.start][0] - cs < trigger.start() for o in inside
                    )
                    or STATEMENT_HE_RE.match(text) is not None
                )
            )
        ):
            participants.insert(0, self.last_subject)
        elif (
            len(participants) == 1
            and self.last_subject is not None
            and self.last_subject not in participants
            and (" him" in low or " her" in low)
            and OBJECT_PRONOUN_RE.match(low, trigger.start())
        ):
            participants.append(self.last_subject)  # "Mr X hosted her at State House"
        elif text.startswith("The ") and (pair := self._the_titled_pair(text)):
            # "The Secretary and the Minister first met in Vientiane in July 2024"
            participants = [*pair, *(p for p in participants if p not in pair)]
        elif (
            ("The " in text[:4] or "the " in text[:90])
            and (titled := self._the_titled(text)) is not None
            and titled not in participants
        ):
            # "The prime minister will also call on X", "Later the same day, the Foreign
            # Minister held talks with X"
            participants.insert(0, titled)
        elif (
            any_in(
                lead_in := text[: _before_the_named(text, trigger, inside, offsets, cs, extra)],
                ("he ", "'s ", "’s "),
            )
            and (national := self._the_national(lead_in)) is not None
            and national not in participants
        ):
            participants.insert(0, national)  # "the Tongan leader paid a courtesy call on X"
        elif (
            len(participants) == 1
            and ("'s " in text or "’s " in text)
            and (owner := self._the_titled_owner(text, participants)) is not None
        ):
            participants.insert(0, owner)  # "during the foreign minister's call with Y"
        elif (
            participants
            and word.startswith("welcomed")  # not "looks forward to welcoming": to come
            and (national := self._the_national(text[trigger.start() : trigger.end()])) is not None
            and national not in participants
        ):
            if any({participants[0], national} <= set(e.participants) for e in self.events):
                return  # "X welcomed the Japanese minister, praising ...": the talks told
            participants.append(national)  # "Y has welcomed the Ethiopian prime minister"
        elif (
            participants
            and (gap := _THE_OBJECT_RE.match(text, trigger.end())) is not None
            and (national := self._the_national(text[gap.end() : gap.end() + 50])) is not None
            and national not in participants
            # not "will host the Sri Lankan leader's wife": someone of his
            and not _WHOSE_RE.match(text, gap.end())
        ):
            participants.append(national)  # "X called on the visiting Sri Lankan leader"
        if (
            len(participants) <= 1
            and word == "visit"
            and "arriv" in low
            and ARRIVED_FOR_RE.search(low)
            and all(m.group(1) == "visit" for m in TRIGGER_RE.finditer(low, trigger.end()))
        ):
            return  # "X, who arrived in Nadi on Tuesday for a three-day visit": not a meeting
        if (
            len(participants) <= 1
            and word.startswith("welcom")
            and "minister" in word.replace("prime minister", "")
        ):
            # "Dr. X welcomed the Japanese minister, praising ...": the guest of the visit
            # told, welcomed again in its account; a minister welcomed is one named
            return
        if kind == "sub" and re.search(r"\b(?:his|her|their)\b", text[:40]) and occs:
            participants.insert(0, occs[0].person)
        if len(participants) < 2 and has_group(low):  # "the two leaders were joined by X"
            group = self._titled_group(low)
            named = list(dict.fromkeys(o.person for o in occs))
            if (
                len(named) == 1
                and "the two" in low
                and (national := self._the_national(sent.text)) not in (None, named[0])
            ):  # "Whitcomb's second meeting with the Saudi minister; the two last met ..."
                group = [named[0], national]
            if word.startswith("summit") and any(map(self._serves_under_a_leader, group)):
                group = []  # ministers who "agreed to work toward a summit" will not sit in it
            if (
                word in SITTING_VERBS
                or word.startswith(("hold", "conven"))
                and CONVENE_BODY_RE.search(low) is not None
                # "the two sides agreed that the joint fisheries committee will meet in X"
                or word.startswith("meet")
                and BODY_WILL_MEET_RE.search(low) is not None
            ) and GROUP_SAYS_RE.search(low):
                group = []  # "the ministers agreed that the next session will be held in X"
            participants = [*group, *(p for p in participants if p not in group)]
        if (
            not participants
            and len(self.last_group) >= 2
            and text.lstrip().startswith("They ")
            and any_in(low, ("continue their", "resume their"))
        ):  # "They are scheduled to continue their talks on Friday": the pair, again
            participants = list(self.last_group)
        if not participants and kind == "sub":
            before = [o for o in occs if sent.offsets[o.start][0] < cs and o.person not in speakers]
            if before:
                participants = [before[-1].person]
            elif " their " in low and has_group(self._sent_low[:cs]):
                participants = list(self._titled_group(self._sent_low[:cs]))  # "the two ..."
        if (
            len(participants) == 1
            and "trilateral" in low
            and (pairs := [e for e in self.events if len(e.participants) == 2])
            and participants[0] not in (pair := max(pairs, key=lambda e: e.last).participants)
        ):  # "A trilateral meeting with Ukraine's X ...": the two just told of, and X
            participants = [*pair, *participants]
        if kind == "then" and len(participants) < 2:  # "... met in Munich and spoke by phone"
            if self._clause_participants and THEN_HE_RE.search(text):
                # "X will be received by Y later today, and on 15 May he will meet Z": X
                participants = [self._clause_participants[0], *participants]
            else:
                participants = [*self._clause_participants, *participants]
        if (
            " and " in text
            and any_in(low, _PLURAL_OFFICES)
            and (nationals := self._the_nationals(text, trigger))
        ):
            named = {o.person for o in inside}
            # "A trilateral meeting of the Croatian, Slovak and Slovenian foreign ministers":
            # one of each, in place of any other of those countries the clause did not name
            # (a prime minister carried over from the sentence before)
            codes = {self.by_key[k].country for k in nationals}
            participants = [
                *nationals,
                *(p for p in participants if p in named or self.by_key[p].country not in codes),
            ]
        participants = list(dict.fromkeys(participants))
        if kind != "then":
            self._clause_participants = list(participants)
        if kind == "main" and len(participants) >= 2 and not self._main_group:
            self._main_group = list(participants)
        sides = self._sides(sent, cs, ce) | self.lex.joint_countries(text)
        if kind == "agreed" and extra:  # "the ministers of A and B ... agreed to meet again"
            sides |= self._sides(sent, extra[0], extra[1])
        if word in ONE_WORDS and not participants and self.events:
            sides |= self._primary().countries  # "The last one, held in Lima in 2022": of that kind
        if len(participants) >= 2 and " their " in low and THEIR_OFFICIALS_RE.search(low):
            # "The two agreed to hold a meeting of their foreign and defence ministers": their
            # countries are the sides; the ministers who will sit are not named
            sides |= {c for p in participants if (c := self.by_key[p].country)}
            participants = []
        if len(participants) == 1 and word.startswith("visit") and speakers:
            participants += self._host_who_spoke(participants[0], sides, inside)
        nothing_named = not (
            participants or sides or kind == "anaphor" or "held" in low or "meet" in low
        )
        # "The 11th session of the Joint Commission was held in Arusha", "The JPC last met
        # in Nairobi in 2019": a standing body's sitting, its members the sides of the news
        sitting = not participants and (
            sitting_verb(low) is not None
            or ACRONYM_MET_RE.search(text) is not None
            or acronym_held(text, low) is not None
        )
        if nothing_named and not (
            sitting
            or has_group(low)
            or has_nations(low)
            or NEXT_ROUND_RE.search(low)
            or any_in(low, ANAPHOR_NEEDLES)
            and ANAPHOR_RE.search(low)
        ):
            return
        pcountries = {self.by_key[p].country for p in participants if self.by_key[p].country}
        agreed_on = self._agreed_what_is_to_come(low, trigger.start(), inside, offsets, cs)
        future = (
            (
                any_in(low, PLANNED_NEEDLES)
                # "held talks ..., days before Tehran is due to ...": the aside's plan is not this
                and bool(PLANNED_RE.search(before_an_aside(low)))
                # "received a phone call from X ... on the GCC summit next month": the verb told
                # it as done; the plan after it is what they spoke of
                and not (
                    (
                        word in PAST_TRIGGERS
                        # "a working group co-chaired by A will meet": a participle, no deed
                        and not low.startswith(" by ", trigger.end())
                        or HELD_BEFORE_RE.search(low, 0, trigger.start())
                    )
                    # the plan must be told in the meeting's own clause: "X and Y will restore
                    # rail freight, the two prime ministers announced after talks on Thursday"
                    and not PLANNED_RE.search(
                        low[low.rfind(", ", 0, trigger.start()) + 1 : trigger.start()]
                    )
                    and not MODAL_PAST_RE.search(low[: trigger.start()])
                )
            )
            and not plan_only_said(low, trigger.end())
            and agreed_on < 0
            and not (
                visit_will_bring(low, trigger.start())
                and participants
                and any(
                    e.status == "held"
                    and e.mode == "in_person"
                    and set(participants) <= set(e.participants)
                    for e in self.events
                )
            )
            or (  # "invited X to visit Kenya", "accepted Y's invitation to visit in April"
                any_in(low, ("invit", "agreed to"))
                and (invitation := INVITED_RE.search(low)) is not None
                # "met Y and invited him to visit Kenya": the meeting told before the
                # invitation, in its clause, was held ("At the end of the talks, X invited
                # Y to visit": the invitation is what the sentence tells)
                and (
                    trigger.start() >= invitation.start()
                    or low.startswith(_OPENING_PHRASES)
                    and ", " in low[trigger.end() : invitation.start()]
                )
            )
            or (
                "agreed " in low
                and (agreed := AGREED_VISIT_RE.search(low)) is not None
                and agreed.start() <= trigger.start() < agreed.end()
            )
            # "They discussed the upcoming meeting of the joint committee": the meeting told
            or low[: trigger.start()].endswith(("the upcoming ", "the forthcoming "))
        )
        if future and trigger.start() == 0 and PARTICIPLE_PAST_RE.match(low) is not None:
            # "Meeting at Malacanang Palace, the two leaders confirmed that Japan will ...": the
            # participle's deed is the past verb after it; the plan is what they agreed
            future = False
        if word.split()[0] in JOURNEY_WORDS and not (future and participants):
            return  # "travelled to Geneva": a trip told, no meeting named; or nobody's trip
        if (
            word.split()[0] in JOURNEY_WORDS
            and ONWARD_RE.search(low) is not None
            and any(set(participants) <= set(e.participants) for e in self.events)
        ):  # "The South Korean leader is expected to fly to Tokyo afterwards", "to travel to
            return  # Pokhara before flying home": the visit's next leg, no one met there told
        if (
            future
            and participants
            and "chair" not in low
            and (
                (says := GROUP_SAYS_RE.search(low))
                # "During the talks, A and B agreed to hold the next session of their joint
                # committee in Astana": a standing body, not the two who agreed on it
                or (says := AGREED_ON_BODY_RE.search(low))
            )
            and " with " not in low[: says.start()]
            and " led by " not in low
            # "The leaders agreed to hold the next meeting of the Supreme Interstate Council":
            # the heads of state sit in their own council
            and not any_in(says.group(0), ("leaders", "presidents"))
            and sitting_verb(low) is not None
            and not any_in(low, ("ministers'", "ministers’", "leaders'", "leaders’"))
        ):
            # "the two ministers agreed that the next session of the Joint Commission will be
            # held in Nairobi": who agreed is told, not who will sit (unless the body is theirs:
            # "the Foreign Ministers' Strategic Dialogue")
            participants = []
            pcountries = set()
        if (
            future
            and participants
            and low.startswith(" of ", trigger.end())
            and not low.startswith(_OF_THEIR_OWN, trigger.end())
            and low[: trigger.start()].endswith(("the upcoming ", "the forthcoming "))
            and _TALKED_ABOUT_RE.search(low, 0, trigger.start()) is not None
            # "the upcoming meeting of President A with President B": theirs, named
            and not any(offsets[o.start][0] >= cs + trigger.end() for o in inside)
        ):
            # "The ministers discussed the upcoming meeting of NATO foreign ministers": a
            # body's sitting they talked about; who sits in it is not told
            participants = []
        anaphoric = (
            kind == "anaphor"
            or (
                kind != "agreed"
                and any_in(low, ANAPHOR_NEEDLES)
                and bool(m_ana := ANAPHOR_RE.search(low))
                # "the meetings" point back only bare ("during the meetings"), not as a
                # gathering's name ("for the spring meetings of the IMF")
                and not (m_ana.group(1) == "meetings" and not _THE_MEETINGS_BACK_RE.search(low))
                and not (any_in(low, EARLIER_NEEDLES) and EARLIER_RE.search(low))
                # "A and B are expected to meet again next month, at the Consultative Meeting
                # of ...": a further encounter, not the one told (but "During the meeting,
                # they agreed to meet again" still points back)
                and not (
                    " again" in low
                    and (again := MEET_AGAIN_RE.search(low)) is not None
                    and m_ana.start() > again.start()
                )
                # "to meet on the sidelines of the ASEAN summit": the setting, not a pointer
                and not on_the_sidelines(low, m_ana.start())
                # "Prior to the official talks, X met Y": an encounter before the one told
                and low[: m_ana.start()] not in ("prior to ", "before ", "ahead of ")
            )
            # "It will be the first visit to China by a Japanese foreign minister in a year"
            or (" the first" in low and bool(IS_THE_FIRST_RE.match(low)))
        )
        # "The meetings were attended by A and B": who sat in on each encounter just told
        all_told = " meetings " in low and THE_MEETINGS_ATTENDED_RE.match(low) is not None
        anaphoric = anaphoric or all_told
        # "Both gatherings were held separately": pointing back to the encounters just told
        apart = not participants and "separately" in low and bool(APART_RE.search(low))
        anaphoric = anaphoric or apart
        if (
            anaphoric
            and not participants
            and not self.events
            and len(self.last_group) == 2
            and self._last_group_at == sent.index - 1
            and text.startswith("The ")
            # two sides: not "Japanese Prime Minister A and Foreign Minister B spoke to reporters"
            and len({self.by_key[p].country for p in self.last_group}) == 2
        ):
            # "A and B agreed Wednesday to cooperate ... The meeting, held on the sidelines of
            # a forum": the meeting first told is the pair's the sentence before
            participants = list(self.last_group)
            pcountries = {c for p in participants if (c := self.by_key[p].country)}
        separate = (
            (  # "separate calls with A and B", "with his X and Y counterparts"
                any_in(low, SEPARATE_NEEDLES)
                and (len(participants) >= 3 or "counterparts" in low)
                and bool(SEPARATE_RE.search(low))
                # (not "a working dinner for A and B, at which the three leaders discussed
                # bilateral and regional issues": one table, where nothing says apart)
                and ("separate" in low or not any_in(low, ONE_TABLE_NEEDLES))
            )
            or (
                "; " in text
                and len(participants) >= 3
                and _one_to_a_clause(text, cs, offsets, inside, participants[1:])
                and not self._counterparts_listed(text[cs:], participants[1:])
            )
            or (
                len(participants) >= 3
                and " meetings with " in low
                and not any_in(low, TOGETHER_NEEDLES)
                and self._meetings_of_the_first(text, participants)
            )
            or (
                # "held a tour of meetings with A, B and C", "continued with the meetings,
                # which he described as fruitful, with the ministers of A, B and C": one each
                len(participants) >= 3
                and "meetings" in low
                and not any_in(low, TOGETHER_NEEDLES)
                and (held := MEETINGS_OF_ONE_RE.search(low)) is not None
                and self._each_of_another_country(participants, bodies=True)
                # those met listed after it ("A, B and C held meetings with D": not A's)
                and _listed_after(text, cs, offsets, inside, participants[1:], held.end())
            )
        )
        turn = None
        if (
            not separate
            and len(participants) >= 3
            and (
                meeting_mode(low, trigger.group(1)) == "call"
                # not "On Friday in Accra, X had dinner with A, B and C": one table
                or participants[0] in self._travellers
                and not any_in(low, GATHERING_NEEDLES)
                # "X also met with Moldova's A, Ukraine's B and Singapore's C", "has met
                # leaders including A and B": a round of the first one's, one meeting each
                # (not "had a five-hour meeting with A and B", nor a dinner)
                or (turn := _round_of_the_first(low, offsets, cs, inside, participants[0]))
            )
            and not any_in(low, TOGETHER_NEEDLES)
            and ONE_CALL_RE.search(low) is None
        ):
            # "held phone talks with Tajik President A and Turkmen President B": a call each;
            # on a tour of several states, "will meet President A of X, President B of Y":
            # each in his own capital ("During the visit, X will meet A": the list follows
            # the last meeting word)
            after = turn.end() if turn else trigger.end()
            if participants[0] in self._travellers:
                after = max((m.end() for m in TRIGGER_RE.finditer(low, after)), default=after)
            separate = self._each_of_another_country(participants) and _listed_after(
                text, cs, offsets, inside, participants[1:], after
            )
        days: dict[int, str] = {}
        if (
            not separate
            and len(participants) >= 3
            and " on " in low
            and (" and " in low or " before " in low and _BEFORE_MEETING_RE.search(low))
        ):
            # "Ostrin was to meet A on Sunday and B on Monday", "... A on Wednesday before
            # visiting B on Thursday": one encounter each, on its day
            days = self._each_on_its_day(sent, inside, participants, future)
            separate = bool(days)
        if (
            not separate
            and len(participants) >= 3
            and low[: trigger.start()].rstrip().endswith("separately")
            and text == sent.text[cs:ce]
        ):
            # "A and B separately called on the visiting leader": he met each of them
            before = list(
                dict.fromkeys(
                    o.person for o in inside if offsets[o.start][0] - cs < trigger.start()
                )
            )
            after = [p for p in participants if p not in before]
            if len(before) >= 2 and len(after) == 1:
                participants, separate = [*after, *before], True
        in_turn = not separate and self._officials_in_turn(text, low, participants)
        separate = separate or in_turn
        group_size = 0
        if not separate and len(participants) >= 3 and "respectively" in low:
            # "A and B also met with C, respectively": C met each of them in turn; "A and B
            # met their counterparts C and D, respectively": A met C, and B met D
            before, between = _either_side_of_respectively(text, low, cs, offsets, inside, trigger)
            if len(between) == 1 and len(before) >= 2:
                participants = [*between, *(p for p in participants if p not in between)]
                separate = True
            elif (
                len(before) == 1
                and len(between) >= 2
                and len(participants) == 1 + len(between)
                # (not "with Polish and Gabonese foreign ministers, B and C, respectively",
                # "with the heads of the two delegations", "with Georgia's President and
                # Prime Minister, B and C, respectively": it pairs countries or titles with
                # the names)
                and not _PLURAL_TITLE_RE.search(low, trigger.end(), low.find("respectively"))
                and " and "
                not in text[trigger.end() : _first_named_at(offsets, cs, inside, between)]
            ):
                # "A held talks with Prime Minister B and Foreign Minister C respectively"
                participants, separate = [*before, *between], True
            elif len(between) == len(before) >= 2 and len(participants) == 2 * len(before):
                participants, group_size, separate = [*before, *between], len(before), True
        if separate and "counterparts" in low and has_group(low):
            # "The two ministers held separate meetings with their counterparts, A and B":
            # each of the group met their own counterpart
            group = [p for p in self._titled_group(low) if p not in participants]
            if len(group) >= 2 and len(participants) == len(group):
                participants = [*group, *participants]
                group_size = len(group)
        aside = (
            not separate
            and len(participants) >= 2
            and any_in(low, ASIDE_NEEDLES)
            and bool(self.events)
            and beside_the_one_told(text, low)
        )
        if aside:  # its own encounter, on the day and at the place of the one it sits beside
            anaphoric = False
        also_in = low
        if (
            anaphoric
            and low.lstrip().startswith(("in the ", "during the ", "at the "))
            and (comma := low.find(", ", trigger.end())) > 0
        ):
            # "In the meeting chaired by X, the ministers also discussed Y": the "also" is the
            # talk's, not a further encounter's
            also_in = low[:comma]
        cancelled = (
            any_in(low, CANCELLED_NEEDLES)
            and bool(CANCELLED_RE.search(low))
            and not cancelled_elsewhere(low, trigger.start())
        )
        instead = kind == "then" and " instead " in low and INSTEAD_RE.search(low) is not None
        if instead:  # "postponed the visit and instead held a call": what happened, not the plan
            cancelled = future = False
        # what was said after the meeting word does not place it, nor an aside on another event
        ahead = (
            AHEAD_ASIDE_RE.search(low, trigger.end())
            if not said and len(low) == len(text) and any_in(low, (" ahead of ", " before "))
            else None
        )
        cut = said.start() if said else ahead.start() if ahead else len(text)
        if (
            not future
            and "invit" in low
            and (invited := INVITED_RE.search(low, trigger.end())) is not None
            and len(low) == len(text)
        ):
            # "called on X and invited him to pay a visit to Islamabad": the place of the
            # visit asked for is not where they met
            cut = min(cut, invited.start())
        if agreed_on >= 0:
            cut = min(cut, agreed_on)
        if " time" in text and (first := THE_FIRST_WAS_RE.search(text)):
            cut = min(cut, first.start(1))  # "..., the first one in March in Beijing"
        unsaid = (text[:cut], low[:cut])
        if since_at:
            # "... since June, when they met in Singapore": that place is the earlier meeting's
            location = self._location(text[: since_at.start()], low[: since_at.start()])
        elif len(participants) < 2 and AHEAD_OF_IT_RE.match(low):
            location = None  # "Before the meeting, X laid a wreath at Y": one side, elsewhere
        else:
            location = self._location(*unsaid)
        d = Draft(
            participants=participants,
            countries=set(pcountries),
            # "had been scheduled for February but was called off": this winter or the last
            date=self._where_date(text, future, cancelled)
            or dates.event_date(
                without_arrival(text)
                if ", who arriv" in text
                # "noted the relevance of the summit in Xian in May": not the meeting's day
                else unsaid[0]
                if said and not said.group(0).endswith("that") or ahead or agreed_on >= 0
                else without_their_own_day(text, future),
                self.published,
                future=future
                and not ("day" in low and PAST_JOURNEY_DAY_RE.search(low, 0, trigger.start())),
                nearest=cancelled,
            ),
            location=location,
            mode=meeting_mode(low[: since_at.start()], "")
            if since_at and trigger.start() >= since_at.start()
            # "ahead of the visit, ... since the commission they co-chaired in the virtual
            # format": the earlier meeting's way is not this one's
            else meeting_mode(low[: since_at.start()], trigger.group(1))
            if since_at and trigger.end() <= since_at.start() and SINCE_MEETING_RE.search(low)
            else meeting_mode(low, trigger.group(1)),
            status="cancelled" if cancelled else ("planned" if future else "held"),
            evidence=[sent.text],
            first=sent.index,
            sub=kind in ("sub", "who"),
            sequel=any_in(low, SEQUEL_NEEDLES)
            and bool(SEQUEL_RE.search(low))
            # "X, who met Y on Wednesday evening, said ...": an encounter of X's own
            or ", who " in low
            and bool(WHO_MET_RE.search(low)),
            attendance=anaphoric and any_in(low, ATTEND_NEEDLES) and bool(ATTEND_RE.search(low)),
            all_told=all_told,
            # "during the meeting with the Minister of State of Germany, X": the one met named
            named_with=anaphoric
            and bool(participants)
            and " with " in low
            and THE_MEETING_WITH_RE.search(low) is not None,
            aside=aside,
            also=any_in(low, ALSO_NEEDLES) and bool(ALSO_RE.search(also_in)),
            separate=separate,
            introduced=INTRODUCED_RE.search(low, max(0, trigger.start(1) - 40), trigger.start(1))
            is not None,
            in_turn=in_turn,
            days=days,
            group_size=group_size,
            apart=apart,
            per_country=len(participants) == 1
            and any_in(low, _PER_COUNTRY_NEEDLES)
            and (each := COUNTERPARTS_FROM_RE.search(low)) is not None
            # not "held a trilateral summit ..., followed by bilateral meetings with the
            # presidents of both countries": the gathering the sentence tells is its own
            and _GATHERING_BEFORE_RE.search(low, 0, each.start()) is None
            and _GATHERING_BEFORE_RE.search(low, each.end()) is None,
            round_of=len(participants) == 1
            and any_in(low, (" of ", "bilateral", "the visiting "))
            and bool(ROUND_RE.search(low)),
            during_visit=any_in(low, ("during", "before", "as part of"))
            and bool(DURING_VISIT_RE.search(low)),
        )
        if (
            d.status == "held"
            and d.date
            and self.published
            and d.date > str(self.published)[: len(d.date)]
        ):  # a day after the news is not that of talks already held
            if SAID_AFTER_RE.search(low, trigger.end()):  # "At the start of the talks, Li
                d.date = None  # said ... the 50th anniversary next year": the day of a saying
            else:  # "agreed to coordinate in preparing the sixth meeting of the Joint
                d.status = "planned"  # Commission in Jakarta in 2025": one to come
        if word.startswith(("spoke for", "talked for")):
            # "The two ministers spoke for around an hour, the Foreign Office in Berlin said":
            # the length of a talk told before, not how or where it was held
            d.mode, d.location = "unknown", None
            if self.events and set(participants) <= set((before := self._told_last()).participants):
                d.date, d.mode, d.location = d.date or before.date, before.mode, before.location
        if d.sequel or d.also:  # only a further encounter asks who else was met
            d.unnamed_other = self._unnamed_official(text)
        if word in SITTING_VERBS and not d.date and THE_SITTING_RE.search(low):
            anaphoric = True  # "at the opening of the session, held at the Palace of Culture"
        d.earlier = (
            bool(
                sitting
                and (
                    EARLIER_SITTING_RE.search(low)
                    or NEXT_SITTING_RE.search(low)
                    # "The second JCBC was held in Suva in 2019": a sitting of years before
                    or d.date
                    and self.published
                    and d.date[:4] < str(self.published)[:4]
                )
            )
            or (
                # "they last met in January in Yerevan", "The ministers noted that they last
                # met in April": not the news it follows (the pair named before, not here)
                (not participants or not persons and LAST_MET_RE.search(low) is not None)
                and bool(d.date)
                and any_in(low, EARLIER_NEEDLES)
                and EARLIER_RE.search(low) is not None
            )
            # "Molo and Bukar had last been together last week in New York": the time before
            # the talks told, on a day none of them was held
            or bool(self.events)
            and bool(d.date)
            and "last " in low
            and LAST_MET_RE.search(low) is not None
            and all(e.date != d.date for e in self.events)
            # "In November, in their first telephone contact ...", "have already met on four
            # occasions": an encounter before the news, told after it
            or bool(self.events)
            and any_in(low, BACKGROUND_NEEDLES)
            and BACKGROUND_RE.search(low) is not None
        )
        if self.events and any_in(low, SAME_DAY_NEEDLES) and (same := SAME_DAY_RE.search(low)):
            told = self._told_last_day()  # "On the same day, X held talks"
            # "arrived on Sunday from Abu Dhabi, where he met X earlier that day": its own day;
            # but "Later the same day, he held talks with X on ... the summit in October": the
            # day told before, whatever else the clause dates
            day = told.date if same.start() == 0 and told.date else d.date or told.date
            d.date, d.also, d.aside = day, True, len(participants) >= 2
        if (
            low.startswith(("another meeting", "another round", "another session"))
            and d.status == "held"
            and (
                before := next(
                    (e for e in reversed(self.events) if e.participants and not e.earlier), None
                )
            )
        ):  # "Another meeting was held between A and B": the day and the place of the
            if d.date in (None, before.date):  # encounter told before
                d.location = d.location or before.location
            d.date = d.date or before.date
            d.mode = before.mode if d.mode == "unknown" else d.mode
            d.also = True
        if "later" in low and kind in ("main", "then") and sent.index > 0 and not d.date:
            d.date = self._days_later(low, sent.index)
            kind = "main" if d.date else kind  # "Days later, ...": not then and there
        if kind == "then" and self.events and not instead:  # on the day and at the place of
            before = self._told_last()  # the one before
            d.date = d.date or before.date
            d.location = d.location or before.location
            d.aside = True
        if kind == "when" and len(participants) < 2:
            return  # "..., when X is due to make an official visit": the same encounter
        if kind == "when" and self.events and self._told_last().first == sent.index:
            before = self._told_last()  # "..., when he was received by Y": then and there
            d.date = d.date or before.date
            d.location = d.location or before.location
            d.status, d.aside = before.status, True
        if aside:  # "the meeting" it sits beside is the news: the day and the venue are its
            beside = self._primary()
            d.date = d.date or beside.date
            d.location = beside.location or d.location
        elif separate and self.events and AROUND_THE_ONE_TOLD_RE.search(low):
            beside = self._primary()  # "Before the trilateral meeting, X held separate talks"
            d.date = d.date or beside.date
            d.location = d.location or beside.location
        if not pcountries or (len(pcountries) == 1 and len(participants) <= 1):
            d.countries |= sides
        elif len(left := sides - pcountries - venue_countries(sent, cs, ce)) == 1 and (
            sum(not self.by_key[p].country for p in participants) == 1
        ):  # the one side left over is the one person the text gives no country
            d.countries |= left
        elif len(pcountries) == 2 and any_in(low, ("trilateral", "three-way")):
            d.countries |= sides - venue_countries(sent, cs, ce)  # "a trilateral with Bolivia"
        if len(d.countries) < 2 and has_nations(low) and self.events:
            d.countries |= self._primary().countries
        if (
            len(d.countries) == 1
            and len(participants) == 1
            and d.status in ("planned", "cancelled")
            and d.location
            and (host := host_country(self.lex, d.location)) is not None
        ):  # "X will travel to Budapest next month for talks": the host government is a side
            d.countries.add(host)
        if d.mode in ("call", "virtual"):  # a call or a video link has no one venue
            d.location = None
        elif (
            d.location is None
            and (arrived := self._arrived) is not None
            and arrived.visitor in participants
            and d.status != "cancelled"
            and not since_at
            and not word.startswith("visit")  # "is to visit the Mongla port": a trip onwards
            and arrived.by(d.date)
        ):  # the visitor met Y where the text last said he arrived
            d.location = arrived.city
        if d.mode == "unknown" and d.location:
            d.mode = "in_person"
        if d.status == "planned" and not d.location and d.mode == "in_person":
            d.mode = "unknown"
        if (
            kind == "main"
            and "a day after" in text
            and DAY_AFTER_RE.match(text)
            and self.events
            and self.events[-1].date
        ):
            try:
                prev = date.fromisoformat(self.events[-1].date)
                d.date = date.fromordinal(prev.toordinal() - 1).isoformat()
            except ValueError:
                pass
        # the "since ..." phrase runs to the sentence's end, past any clause cut inside it
        whole = sent.text[cs:] if "since" in low else text
        since_hit = "since" in low and bool(SINCE_MEETING_RE.search(low))
        since = dates.since_date(whole, self.published) if since_hit else None
        # undated, "since June last year, when they met in Singapore" still tells of a meeting
        undated = since_hit and self.published is None and SINCE_WHEN_MET_RE.search(whole)
        earlier = None  # merged after this clause's own meeting: the news comes first
        if (since or undated) and since_is_meeting(whole):
            s = self._since_event(sent, since, whole, since_named, participants)
            if s is not None:
                if len(d.countries) > len(s.countries) and has_nations(whole.lower()):
                    s.countries = set(d.countries)  # "when the leaders of the three countries met"
                if not participants and not (d.location and d.location != s.location):
                    self._merge(s, False)
                    return  # the sentence told only of the earlier meeting
                earlier = s
        keep = bool(participants or kind == "anaphor" or EXPLICIT_RE.search(low))
        keep = keep or bool(d.date or d.location)
        if keep and not participants and kind != "anaphor":
            if not d.countries and self.events and (d.date or d.location) and HELD_RE.search(text):
                d.countries = set(self.events[-1].countries)
            elif (
                len(d.countries) < 2
                and self.events
                and (d.date or d.location)
                # "the third round is due in Ankara in December"
                and (sitting or NEXT_ROUND_RE.search(low))
            ):
                d.countries |= self._primary().countries
        if (
            keep
            and word.startswith("visit")
            and " visit to " in low
            and self.events
            and (stay := STAY_SPAN_RE.search(low)) is not None
            # "... from May 12 to 14 and held talks with Premier Li": an encounter of its own
            and not TRIGGER_RE.search(low, stay.end())
            and any(
                e.status == "held" and not e.earlier and set(participants) & set(e.participants)
                for e in self.events
            )
        ):
            # "X is paying an official visit to China from May 12 to 14 at the invitation of Y",
            # after X's talks were told: the stay they were held in, not one more encounter
            keep = False
        if keep:
            self._merge(d, anaphoric)
        if earlier is not None:
            self._merge(earlier, False)

    def _since_event(
        self, sent: Sentence, since: str | None, text: str, named: list[int], before: list[int]
    ) -> Draft | None:
        countries = self._sides(sent, 0, len(sent.text)) | self.lex.joint_countries(text)
        if len(countries) < 2 and self.events:
            countries = set(self._primary().countries)
        if len(countries) < 2:
            return None
        tail = text[re.search(r"\bsince\b", text, re.I).end() :]
        loc = self._location(tail, tail.lower())  # "met in the Chinese city of Chengdu"
        tail_low = tail.lower().lstrip()
        pair = []
        if SINCE_THEY_MET_RE.match(tail_low):  # the pair this sentence names, else the last
            pair = list(before) if len(before) >= 2 else list(self.last_group)
        elif len(before) >= 2 and SINCE_ENCOUNTER_RE.match(tail_low):
            pair = list(before)  # "the first call between the two since a phone call in March"
        if len(set(named)) >= 2:  # "since June, when Tanabe and Liang met in Singapore"
            pair = list(dict.fromkeys(named))
        own = {c for p in pair if (c := self.by_key[p].country)}
        if len(own) >= 2:  # "since they met in Bali, Indonesia": the sides are theirs
            countries = own
        return Draft(
            pair,  # "since they met in Jakarta": the pair told of last
            countries,
            since,
            loc,
            # "since the commission they co-chaired in the virtual format": its own way
            "in_person"
            if loc
            else (mode if (mode := meeting_mode(tail_low, "")) != "in_person" else "unknown"),
            "held",
            [text],
            sent.index,
            True,
        )

    def _sender_of_the_named(self, sent: Sentence, o: Occurrence, inside: list[Occurrence]) -> bool:
        """Whether the name is the possessor of the title of the next one named ("X's special
        envoy Y", "X's national security adviser Y"): one who sent or employs the one who
        met. Not "X's counterpart Y", "X's host Y" nor "X's wife Y", who come beside X."""
        toks, keys = sent.tokens, sent.keys
        if o.end >= len(toks) or toks[o.end] not in ("'s", "’s"):
            return False
        after = min((p for p in inside if p.start > o.end), key=lambda p: p.start, default=None)
        if after is None or not 0 < after.start - o.end - 1 <= 6:
            return False
        between = keys[o.end + 1 : after.start]
        return (
            any(k in self.lex.deputed_titles for k in between)
            and not any(k in _NOT_A_TITLES_WORDS or k in self.lex.relation_words for k in between)
            and not MEETING_WORD_RE.search(" ".join(between))
        )

    def _named_not_met(self, sent: Sentence, o: Occurrence) -> bool:
        """Whether the name and its title follow "<relation> of" ("the son of the late
        President X": named only to say whose relative someone is), "envoy of" or "adviser
        to" a leader (who sent the one who met), "paid respects to",
        "the tomb of", "the passing of" (someone honoured or mourned) or "a letter from"
        (someone who wrote, and was not there)."""
        link, word, after = _word_before_link(sent, o)
        if link == "from":
            return word in self.lex.sent_words
        return (
            word in self.lex.tribute_words
            or link == "of"
            and word in self.lex.relation_words
            # "Y, Special Representative of President X, met Z": X sent Y (not after "the":
            # "Secretary to the President X met Z" names the secretary)
            or word in self.lex.deputed_titles
            and after in self.lex.leader_heads
        )

    def _agreed_what_is_to_come(
        self, low: str, at: int, inside: list[Occurrence], offsets: list, cs: int
    ) -> int:
        """Where "agreed that" opens what two named before it agreed on, or -1: "X and his
        Australian counterpart Y agreed that Japan will join the exercise later this month in
        Australia": the two met; the plan, its day and its place are what they agreed on. Not
        where the meeting word is in what they agreed ("agreed that their ministers will meet
        in Germany"): that meeting is the one to come."""
        agreed = low.find(" agreed that ", at)
        if agreed < 0 or TRIGGER_RE.search(low, agreed):
            return -1
        named = {o.person for o in inside if offsets[o.start][0] - cs < agreed}
        return agreed if len(named) >= 2 and not PLANNED_RE.search(low[:agreed]) else -1

    def _counterparts_listed(self, text: str, met: list[int]) -> bool:
        """ "welcomed the Minister of Foreign Affairs of A, X; the Minister of Foreign Affairs
        of B, Y; and ... of C, Z, to Riga": holders of one office from several states whom a
        host welcomed, set off by semicolons with no verb of their own, met together (not
        "met with A, the Director of Y; and B, an ambassador", nor "met President A on
        Monday; President B on Tuesday": one by one)."""
        if not _WELCOMED_RE.search(text) or any(
            TRIGGER_RE.search(piece.lower()) for piece in text.split("; ")[1:]
        ):
            return False
        offices = {office_key(self.by_key[k].role) for k in met}
        countries = [self.by_key[k].country for k in met]
        return len(offices) == 1 and "" not in offices and len(set(countries)) == len(met)

    def _officials_in_turn(self, text: str, low: str, participants: list[int]) -> bool:
        """ "X also met President A, Prime Minister B and Finance Minister C": one visitor
        calling on several office holders of the country visited meets each in turn. Two
        named together stay one meeting: a leader often receives with a minister beside him
        ("met Prime Minister A and Foreign Minister B")."""
        if len(participants) < 3 or " and " not in low:
            return False
        meetings = "meetings" in low and MEETINGS_WITH_RE.search(text) is not None
        if not meetings and (len(participants) == 3 or not any_in(low, MET_EACH_NEEDLES)):
            return False  # "held meetings today with Prime Minister A and President B": two
        if any_in(low, JOINT_NEEDLES):
            return False
        visitor, *others = (self.by_key[p] for p in participants)
        sides = {o.country for o in others}
        if visitor.country is None or len(sides) != 1 or visitor.country in sides or None in sides:
            return False
        offices = [office_key(o.role) for o in others]
        return all(offices) and len(set(offices)) == len(offices)

    def _meetings_of_the_first(self, text: str, participants: list[int]) -> bool:
        """ "a look back at Kandros' meetings with A, B and C": the meetings are one person's,
        the first named, each with one of the others from another state."""
        owner = POSSESSED_MEETINGS_RE.search(text)
        first = self.by_key[participants[0]].name.split()
        return (
            owner is not None
            and owner.group(1) == first[-1]
            and self._each_of_another_country(participants)
        )

    def _each_of_another_country(self, participants: list[int], bodies: bool = False) -> bool:
        """Whether each one the first spoke with serves a country no one else there serves:
        leaders of different states on one line are each called apart, as a joint call would
        be told as one ("a three-way call"). With `bodies`, the head of a body with no
        country ("the OECD's Secretary-General") is a side of that body's."""
        own = self.by_key[participants[0]].country
        sides = [
            self.by_key[k].country or (self.by_key[k].org if bodies else None)
            for k in participants[1:]
        ]
        return None not in sides and own not in sides and len(set(sides)) == len(sides)

    def _each_on_its_day(
        self, sent: Sentence, inside: list[Occurrence], participants: list[int], future: bool
    ) -> dict[int, str]:
        """The day each one met (or to be met) is told right after their name, and the days
        differ: "to meet A's President X on Sunday and B's President Y on Monday"."""
        others = participants[1:]
        named = {o.person: o for o in inside if o.person in others}
        if len(named) != len(others):
            return {}
        ends = [sent.offsets[named[k].end - 1][1] for k in others]
        starts = [sent.offsets[named[k].start][0] for k in others[1:]] + [len(sent.text)]
        days = {}
        for k, a, b in zip(others, ends, starts, strict=True):
            told = _OWN_DAY_RE.match(sent.text, a, b)
            if told is None:
                return {}
            day = dates.event_date(told.group(0), self.published, future=future)
            if day is None:
                return {}
            days[k] = day
        return days if len(set(days.values())) == len(days) else {}

    def _is_meeting(self, e: Draft) -> bool:
        if not e.participants and self.lex.private_delegation.search(e.evidence[0]):
            return False  # "the Head of State received a delegation of Hungarian businessmen"
        if len(e.countries) >= 2:
            return True
        if len(e.participants) == 1 and any_in(e.evidence[0].casefold(), CREDENTIAL_WORDS):
            return True  # "received the credentials of four new ambassadors": the envoys follow
        if len(e.participants) >= 2:
            return any(self.by_key[p].country for p in e.participants)
        return len(e.participants) == 1 and bool(e.countries) and self._unnamed_leader_met(e)

    def _unnamed_leader_met(self, e: Draft) -> bool:
        """ "The Prime Minister met the President of Guyana X": a government's readout names
        its own leader by office alone, so the one named with a country is met by a leader
        the page never names (only a leader's office opening the sentence, which names no
        one else)."""
        m = _UNNAMED_LEADER_RE.match(e.evidence[0])
        if m is None or self.by_key[e.participants[0]].country is None:
            return False
        return m.group(1).casefold() in self.lex.leader_titles


#: right after the meeting word, its object named by nation and office: "called on the
#: visiting Sri Lankan leader", "met with the Tongan prime minister"
_THE_OBJECT_RE = re.compile(r"\s*(?:with |on |upon )?(?=[Tt]he )")
#: a reception by one host: "The President received in Tashkent the heads of government"
RECEIVED_THE_RE = re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b")
#: "the Sri Lankan leader's wife": someone of the one the words name, not that one
_WHOSE_RE = re.compile(r"[Tt]he (?:[\w-]+ ){1,5}?[\w-]+['’]s\b")
#: "Days later, X visited Y", "Two days later, ...": a day counted from the one told before
DAYS_LATER_RE = re.compile(r"(?:(?P<count>a|one|two|three) days?|(?:a few )?days) later\b")
#: "meet A on Wednesday before visiting B on Thursday" (not "before the two are received by
#: B on Thursday": the two together)
_BEFORE_MEETING_RE = re.compile(
    r"\bbefore (?:visiting|meeting|calling on|holding talks with|talks with|receiving)\b"
)
_OWN_DAY_RE = re.compile(  # " on Sunday", " on 16 June": the day told right after a name
    rf",? on (?:{dates.WEEKDAY_WORD}|\d{{1,2}} [A-Z][a-z]+|[A-Z][a-z]+ \d{{1,2}}\b)"
)
_TERMS = frozenset(
    {"administration", "presidency", "premiership", "term", "tenure", "era", "leadership", "rule"}
)


#: "when they met", "that they last met", "their meeting": the pair told as "they", right
#: before the meeting word
_THEY_BEFORE_RE = re.compile(r"\b(?:they|their)\s+(?:[a-z]+\s+)?$")


#: "The Prime Minister met ...", "The President spoke to ...": a leader by office alone
#: opening the sentence that tells the encounter
_UNNAMED_LEADER_RE = re.compile(
    r"The ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?:today |also |this \w+ )?"
    r"(?:met|meets|spoke (?:to|with)|speaks (?:to|with)|held talks with|received|hosted)\b"
)
#: "in separate statements", "their spokesmen said in statements posted on X", "signed a
#: joint op-ed": what two did each from home, told of as such
_APART_RE = re.compile(
    r"\b(?:separate(?:ly)?|statements|op-eds?|letters?|posted|spokes(?:man|men|woman|women"
    r"|persons?)|offices said|in a joint article)\b"
)
#: "agreed to attend the meeting", "agreed to meet again": an encounter still to come
_TO_MEET_RE = re.compile(
    r" to (?:attend|meet|hold|visit|travel|take part|participate|convene|host|talk)\b"
)
#: a verb that makes a clause of its own between or before the pair ("X said Y and Z agreed",
#: "X, who met Y, and Z agreed")
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:said|says|told|who|which|that|when|after|while|met|meet|called|urged|asked)\b"
)


#: "A and B were also welcomed at the airport": the guests are named before it
_ALSO_WELCOMED_RE = re.compile(r"also (?:welcomed|received|greeted)")


def _where_clause_at(low: str, at: int) -> int:
    """Where the ", where ..." clause holding `at` opens (0 where there is none)."""
    return max(low.rfind(", where ", 0, at), 0) if ", where " in low else 0


def _before_the_named(
    text: str,
    trigger: re.Match,
    inside: list[Occurrence],
    offsets: Sequence,
    cs: int,
    extra: list[int],
) -> int:
    """Where the words before the meeting's people end: at the meeting word, or past an
    opening phrase that holds one ("As part of the visit, the Kyrgyz leader is expected to
    hold meetings with X"), at the first name."""
    if extra or not inside:
        return trigger.start()
    first = min(offsets[o.start][0] for o in inside) - cs
    if first <= trigger.start() or ", " not in text[trigger.end() : first]:
        return trigger.start()
    return first


def _names_a_time(sent: Sentence, o: Occurrence) -> bool:
    """Whether the name stands for a term of office: "under President X's administration",
    "during X's presidency"."""
    keys = sent.keys
    if not (o.end + 1 < len(keys) and keys[o.end] in ("'s", "’s") and keys[o.end + 1] in _TERMS):
        return False
    j = o.start - 1
    while j >= 0 and keys[j] not in ("under", "during") and sent.tokens[j][:1].isupper():
        j -= 1  # the title before the name ("Under President X's administration" too)
    return j >= 0 and keys[j] in ("under", "during")


def _word_before_link(sent: Sentence, o: Occurrence) -> tuple[str, str, str]:
    """The link ("of", "to" or "from") that the name and its title follow, the word before
    it and the word after it ("of", "son", "the" in "the son of the late President X");
    ("", "", "") where there is none (the word after is "" where the name follows the link
    straight away)."""
    keys = sent.keys
    j = o.start - 1
    while j >= 1 and o.start - j <= 6 and keys[j] not in _LINKS:
        if not (sent.tokens[j][:1].isupper() or keys[j] in ("the", "late", "former")):
            return "", "", ""
        j -= 1
    if j < 1 or keys[j] not in _LINKS:
        return "", "", ""
    return keys[j], keys[j - 1], keys[j + 1] if j + 1 < o.start else ""


_LINKS = ("of", "to", "from")
_PLACE_OPENERS = tuple(f"{w} " for w in PLACE_OPENERS)


def _encounter_of(e: Draft, sent: Sentence, participants: list[int], countries: set[str]) -> Draft:
    """One encounter of the round `e`, told in `sent`: on the round's day, at its place."""
    return Draft(
        participants=participants,
        countries=countries,
        date=e.date,
        location=e.location,
        mode=e.mode,
        status=e.status,
        evidence=[sent.text],
        first=sent.index,
    )


#: a plural title a list of countries goes before ("Polish and Gabonese foreign ministers")
_PLURAL_TITLE_RE = re.compile(
    r"\b(?:ministers|presidents|leaders|counterparts|envoys|heads|chiefs|delegations)\b"
)


def _first_named_at(
    offsets: Sequence[tuple[int, int]], start: int, inside: list[Occurrence], persons: list[int]
) -> int:
    """Where in the clause the first of `persons` is named."""
    return min(offsets[o.start][0] - start for o in inside if o.person in persons)


def _either_side_of_respectively(
    text: str,
    low: str,
    start: int,
    offsets: Sequence[tuple[int, int]],
    inside: list[Occurrence],
    trigger: re.Match[str],
) -> tuple[list[int], list[int]]:
    """Those named before the meeting word, and those between it and "respectively", each
    once in the order named: "respectively" pairs the two lists only where it closes the
    second ("met with C, respectively"), not where it pairs them with offices or places
    ("in Abuja and Lagos, respectively": each host, in his own city)."""
    at = low.find("respectively", trigger.end())
    if at < 0:
        return [], []
    before: list[int] = []
    between: list[int] = []
    last = -1
    for o in sorted(inside, key=lambda o: o.start):
        lo, hi = offsets[o.start][0] - start, offsets[o.end - 1][1] - start
        if o.person in before or o.person in between:
            continue
        if hi <= trigger.start():
            before.append(o.person)
        elif trigger.end() <= lo and hi <= at:
            between.append(o.person)
            last = hi
    if last < 0 or text[last:at].strip(" ,"):
        return [], []
    return before, between


#: words that make "X's ... Y" other than X's envoy Y: "X's counterpart Y", "X's talks
#: with Y", "X's and Y's"
_NOT_A_TITLES_WORDS = frozenset(
    (",", "and", "with", "to", "by", "for", "counterpart", "counterparts")
)


def _setting_out(low: str, occs: list[Occurrence]) -> set[int]:
    """Those named in a sentence telling of a journey through several states still ahead
    or under way ("X will pay visits to four countries"; not "X, back from a three-country
    tour")."""
    m = TOUR_OF_STATES_RE.search(low)
    if m is None or BACK_FROM_RE.search(low, max(0, m.start() - 30), m.start()):
        return set()
    return {o.person for o in occs}


def _round_of_the_first(
    low: str, offsets: Sequence[tuple[int, int]], start: int, inside: list[Occurrence], first: int
) -> re.Match[str] | None:
    """ "X also met with Moldova's A, Ukraine's B and Singapore's C", "has met leaders,
    including A and B", "On the sidelines, X met A and B": a round of the first one's, one
    meeting each; the meeting word after the first one's name, where those met are listed.
    Not "had a five-hour meeting with A and B", a dinner, or a meeting in a named format;
    not an "also" or "including" of another clause ("X, who also chairs the committee, met
    A and B", "to discuss issues including migration")."""
    if any_in(low, MEAL_NEEDLES) or " format" in low or A_MEETING_WITH_RE.search(low):
        return None
    named = [offsets[o.start][1] - start for o in inside if o.person == first]
    met = TRIGGER_RE.search(low, named[0]) if named else None
    if met is None:
        return None
    if (
        any_in(low, ASIDE_ROUND_NEEDLES)
        or low.endswith("also ", 0, met.start())
        or _INCLUDING_LISTED_RE.match(low, met.end())
    ):
        return met
    return None


#: "has met a number of world leaders, including A and B": those met, listed
_INCLUDING_LISTED_RE = re.compile(r"[^,.;]{0,40}?,? (?:including|such as) ")


def _listed_after(
    text: str,
    start: int,
    offsets: Sequence[tuple[int, int]],
    inside: list[Occurrence],
    others: list[int],
    after: int,
) -> bool:
    """Whether the others are named in one list just after the meeting word ("held phone
    talks with Tajik President A and Turkmen President B"), not in clauses of their own
    ("explained his talks with A to B by phone")."""
    first: dict[int, Occurrence] = {}
    for o in inside:
        if o.person in others:
            first.setdefault(o.person, o)
    if len(first) != len(others):
        return False
    named = sorted(first.values(), key=lambda o: o.start)
    at = offsets[named[0].start][0] - start
    if at < after or len(text[after:at].split()) > 8:
        return False  # "A, B and C gathered for a virtual meeting": a list before it, not after
    for a, b in pairwise(named):
        gap = text[offsets[a.end - 1][1] - start : offsets[b.start][0] - start]
        words = gap.replace(",", " ").split()
        if "," not in gap and "and" not in words:
            return False
        if any(w.islower() and w != "and" for w in words):
            return False
    return True


def _one_to_a_clause(
    text: str,
    start: int,
    offsets: Sequence[tuple[int, int]],
    inside: list[Occurrence],
    met: list[int],
) -> bool:
    """ "he will call on A; meet B; and hold talks with C": each counterpart named in a
    clause of their own, set off by semicolons, is an encounter of their own."""
    clause: dict[int, int] = {}
    for o in inside:
        if o.person in met:
            at = offsets[o.start][0] - start
            clause.setdefault(o.person, text.count("; ", 0, max(at, 0)))
    return len(clause) == len(met) and len(set(clause.values())) == len(met)
