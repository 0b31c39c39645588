"""Mentions into meetings: the Draft record, and how a new mention joins one told before.

Each clause's mention is compared with the recent meetings (people, sides, day, place,
status) and either absorbed into one of them or kept as a meeting of its own. The
reader builds on this: it reads the mentions, and asks which meetings were told so far
and which one is the news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from bot.parsing.meeting_places import (
    capital_in,
    capitals_apart,
    countries_apart,
    is_building,
    is_country_place,
)
from bot.parsing.people import Person


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
    sub: bool = False  # read from a clause about another event ("after a summit in ...")
    sequel: bool = False  # "later", "then": told as a further encounter
    attendance: bool = False  # "Attending the meeting were ...": who else sat in on it
    named_with: bool = False  # "during the meeting with X": the one met is named
    aside: bool = False  # "on the sidelines of the meeting, X held separate talks with Y"
    also: bool = False  # "X also met Y", "later received": a further encounter of the same visit
    separate: bool = False  # "held separate calls with ...": one encounter per counterpart
    in_turn: bool = False  # "also met President A, Prime Minister B and ...": one each
    during_visit: bool = False  # "during his stay", "during the visit": within the visit told
    unnamed_other: bool = False  # "received by the Albanian Prime Minister", named nowhere
    last: int = -1  # the sentence that last told of it
    earlier: bool = False  # "the previous session was held in Cobija": not the one told of
    group_size: int = 0  # the first so many met one counterpart each among the rest
    joined: list[int] = field(default_factory=list)  # "X also took part", before anyone met
    round_of: bool = False  # "held talks with leaders of A, B and C": each encounter told after
    parts: int = 0  # how many encounters of the round were told after it
    round: Draft | None = None  # the round it is one encounter of
    apart: bool = False  # "both meetings were held separately": the one told, one per counterpart
    # "A, B along with C took part in a meeting": a meeting brought in as a new one
    introduced: bool = False
    per_country: bool = False  # "made phone calls to counterparts from A, B and C": one each
    days: dict[int, str] = field(default_factory=dict)  # "meet A on Sunday and B on Monday"
    all_told: bool = False  # "The meetings were attended by A and B": each encounter told


class MeetingMerger:
    """The meetings told so far: each mention read merges into one of them or opens a
    new one; the first not read from a "since ..." phrase is the news."""

    events: list[Draft]
    by_key: dict[int, Person]
    published: date | None
    _unclaimed: Draft | None

    def _told_last(self) -> Draft:
        """The meeting the text told of most recently: what "later", "the same day" and
        "accompanied by" point back to."""
        return max(self.events, key=lambda x: x.last)

    def _told_last_day(self) -> Draft:
        """The meeting "on the same day" points back to: the latest told of with a day to
        it, past a background one of only a month ("the commission met in February")."""
        # not a summit told of only as a setting ("the outcomes of the GCC Summit held in
        # Kuwait City on December 1"): no one of the text's people sat in it
        dated = [e for e in self.events if e.date and len(e.date) == 10 and e.participants]
        # nor one before the news ("They last spoke by phone on May 27. Earlier in the day,
        # X held talks with Y"): the day meant is the news's own, or one after it
        lead = self._primary().date
        if lead and len(lead) == 10:
            dated = [e for e in dated if e.date >= lead] or dated
        return max(dated, key=lambda x: x.last) if dated else self._told_last()

    def _primary(self) -> Draft:
        return next((e for e in self.events if not e.from_since), self.events[0])

    def _held_beside(self, d: Draft) -> Draft | None:
        """The meeting told as held on the sidelines of the gathering the draft's sentence
        names ("The IGAD summit"), if one was."""
        m = _THE_GATHERING_RE.match(d.evidence[0])
        if m is None:
            return None
        name = m.group(1).casefold()
        for e in self.events:
            told = e.evidence[0].casefold()
            if "sidelines" in told or "margins" in told:
                words = name.split()
                if words[-1] in told and (len(words) == 1 or any(w in told for w in words[:-1])):
                    return e
        return None

    def _sat_in_on_each(self, e: Draft, d: Draft) -> None:
        """ "X met A on Thursday ... On Friday he met B. The meetings were attended by C and D":
        C and D sat in on each encounter held by the one who met, not on those told as
        background or still to come."""
        if not e.participants:
            return
        host = e.participants[0]
        for x in self.events:
            if (
                x is not e
                and x.participants
                and host in x.participants
                and x.status == "held"
                and not (x.earlier or x.from_since or x.sub)
                and x.mode == e.mode
            ):
                x.participants.extend(k for k in d.participants if k not in x.participants)
                x.countries |= {c for k in d.participants if (c := self.by_key[k].country)}

    @staticmethod
    def _of_the_pair(d: Draft, e: Draft, recent: list[Draft]) -> bool:
        """Whether another meeting than `e` already seats everyone `d` names, two or more."""
        return len(d.participants) >= 2 and any(
            x is not e and set(d.participants) <= set(x.participants) and _compatible(x, d)
            for x in recent
        )

    def _merge(self, d: Draft, anaphoric: bool) -> None:
        events = self.events
        if anaphoric and len(d.participants) >= 3 and (beside := self._held_beside(d)):
            # "... met on the sidelines of the IGAD summit", then "The IGAD summit, chaired by
            # X, brought together A, B and C": the summit itself, a meeting of its own
            d.date = d.date or beside.date
            d.location = d.location or beside.location
            d.status = beside.status
            d.last = d.first
            events.append(d)
            return
        # the meeting told of most recently comes first: "that meeting" points back to it
        recent = sorted(events[-MERGE_WINDOW:], key=lambda x: x.last, reverse=True)
        if anaphoric and len(recent) > 1 and recent[0].last == recent[1].last:
            # "X called Y, and the two agreed to meet at the summit", then "The two leaders
            # agreed to meet at the summit in Osaka": of two told in one sentence, the one
            # still to come is the one a plan points back to (and a done one to the done)
            top = recent[0].last
            recent.sort(key=lambda x: not (x.last == top and x.status == d.status))
        if (
            anaphoric
            and d.mode in ("call", "virtual")
            and (
                not d.participants
                # "in the phone talks, Xi hoped ...": their call, past the summit planned since
                or any(
                    x.mode == d.mode and set(d.participants) <= set(x.participants) for x in recent
                )
            )
        ):  # "The call came as ...": the call told of, past a visit planned since
            recent.sort(key=lambda x: x.mode != d.mode)
        elif d.attendance and d.mode == "unknown":
            # "Also attending the talks were A and B": people sit in on talks, not on the
            # phone call told of since
            recent.sort(key=lambda x: x.mode == "call")
        # the round first: "At the meeting with Chinese ambassador Y" after "During the
        # meeting with Russian ambassador X" is the round's next encounter, not X's again
        recent.sort(key=lambda x: not _one_of_the_round(x, d))
        for rank, e in enumerate(recent):
            if (
                d.round is not None
                and e.round is d.round
                and not set(e.participants) <= set(d.participants)
            ):
                continue  # another encounter of the same round, with someone else
            if _one_of_the_round(e, d):
                # "Abiy and South Sudanese President Kiir exchanged views": one encounter of
                # the round, on its day and at its place, and a meeting of its own
                d.date = d.date or e.date
                d.location = d.location or e.location
                if d.mode == "unknown":
                    d.mode = e.mode
                if e.participants[0] not in d.participants:
                    d.participants.insert(0, e.participants[0])
                    if home := self.by_key[e.participants[0]].country:
                        d.countries.add(home)
                if len(d.participants) >= 3:  # "may meet with A, B and C": one with each
                    host = e.participants[0]
                    d.participants = [host, *(k for k in d.participants if k != host)]
                    d.separate = True
                e.parts += 1
                if d.round is None or e.first < d.round.first:
                    d.round = e
                continue
            dating = e.earlier and not d.earlier and _dates_the_earlier_one(e, d)
            if (
                e.from_since != d.from_since
                or d.earlier
                and not e.earlier
                # "The second JCBC was held in Suva in 2019. On the sidelines of the JCBC, X
                # paid a courtesy call on Y": the sitting of years before is not where they met
                or e.earlier
                and not d.earlier
                and e.status == "held"
                and len(d.participants) >= 2
                and not anaphoric
                and not dating
                # "held separate talks with Lu and Baek before the trilateral": encounters
                # of their own, not the joint meeting told before
                or d.separate
                and not e.separate
                or d.group_size
            ):
                continue
            shared = set(e.participants) & set(d.participants)
            new = set(d.participants) - set(e.participants)
            if d.aside and set(e.participants) != set(d.participants):
                continue  # the side meeting is not the one it was held beside
            if d.aside and e.countries and d.countries - e.countries:
                continue  # "where they also held a trilateral with their Japanese counterpart"
            if (
                d.attendance
                and new
                and (
                    d.status == "held"
                    and e.status == "planned"
                    or not e.participants
                    and len(e.countries) < 2
                )
            ):  # "The meeting was attended by X" after a visit still to come, or a summit
                continue  # told of only as the setting of what they discussed
            # "will travel for the talks with A and B": talks with others than those told
            # of are no pointer back
            pointer = anaphoric and not d.sub and not (d.named_with and new)
            if not _compatible(e, d, pointer, bool(shared)):
                continue
            if (
                shared
                and (d.sub or e.sub)
                and not (
                    (
                        len(shared) >= 2
                        # "During a joint conference after their meeting, Abe touted ...":
                        # the pair's meeting told before, one of them named
                        or anaphoric
                        and d.sub
                        and set(d.participants) <= set(e.participants)
                    )
                    and (d.date == e.date or not d.date)
                )
            ):
                pass
            elif shared and not anaphoric and _coarse_against_none(d.date, e.date) and not dating:
                pass  # "last met in Budapest in December 2023" is not today's meeting
            elif shared and not e.date and _long_before(d.date, self.published):
                pass  # "met ... in Delhi. Their meeting took place on November 2, 2021": another
            elif (
                shared
                and (
                    len(shared) >= min(2, len(d.participants))
                    or set(e.participants) <= set(d.participants)
                )
                # "The minister was later received by the Prime Minister": another encounter
                and not (
                    (d.sequel or d.also)
                    and (new or d.unnamed_other)
                    and d.status == "held"
                    and not anaphoric
                )
                # "A held talks with B", then "A, B along with C took part in a meeting of the
                # conference": a meeting told as a new one, with another state at the table
                # (not "A, B and B's finance minister held a closed-door meeting": the talks)
                and not (
                    d.introduced
                    and not anaphoric
                    and len(shared) >= 2
                    and {self.by_key[k].country for k in new} - e.countries - {None}
                )
                # "The Prime Minister also met with the leaders of Algeria and Morocco": the one
                # met with further sides, unnamed
                and not (d.round_of and d.countries - e.countries)
            ):
                _absorb(e, d, anaphoric)
                self._split_separate(e)
                return
            others = len(d.participants) >= 2 and len(e.participants) >= 2 and not shared
            if (
                d.date
                and d.date == e.date
                and d.countries
                and d.countries == e.countries
                and not others  # the ministers' own meeting beside the presidents'
                # "Later on Wednesday, A paid a courtesy call on B": a further encounter
                and not ((d.sequel or d.also) and (new or d.unnamed_other) and shared)
                # "In the evening the Crown Prince received the minister at Bayan Palace":
                # someone else, somewhere else, that day
                and not (new and not shared and d.location and e.location != d.location)
                # "the Crown Prince received the Iraqi minister at Bayan Palace" that evening:
                # a new host at a place of his own, not the talks held before
                and not (
                    new
                    and d.location
                    and not (e.location and _compatible_places(d.location, e.location))
                )
                # a caption's "A and B at their talks", read last: A and B's meeting that
                # day, not the courtesy call B paid on C after it
                and not (
                    anaphoric
                    and not set(d.participants) <= set(e.participants)
                    and self._of_the_pair(d, e, recent)
                )
            ):
                _absorb(e, d, anaphoric)
                self._split_separate(e)
                return
            if d.sub or e.sub:
                continue
            if d.from_since and d.countries == e.countries:
                _absorb(e, d, anaphoric)
                self._split_separate(e)
                return
            if (
                anaphoric
                # a date in a sentence only pointing back is mostly the saying's ("the call
                # sends a clear signal, X told the Global Times on Tuesday")
                and (d.date is None or d.date == e.date or not d.participants and rank == 0)
                and (not e.participants or len(new) <= 1 or d.attendance)
                # "during the meeting with Y" after X's meeting with Z: the one with Y
                and not (d.named_with and new)
                # "X also co-chaired the commission meeting with Y": a further encounter; but
                # not one of the sides of a meeting told without names ("Ministers from A, B
                # and C met ...", then "B's minister X called the meeting unprecedented")
                # ("Earlier on Monday, X paid a courtesy call on Y, who is hosting the summit":
                # a further encounter, though it points back to the summit)
                and not (
                    (d.also or d.sequel and d.evidence[0].startswith(("Earlier", "Later")))
                    and new
                    and d.status == "held"
                    and not d.attendance
                    and (e.participants or e.status != "held")
                )
                # "Within the framework of the visit, X will be received by the Prime
                # Minister": an encounter still to come, not the talks held
                and not (new and d.status == "planned" and e.status == "held")
                # "updating on the talks between the United States and Ukraine in Jeddah"
                # after a call with Japan's leader: two other states' talks
                # (not "At the meeting, the situation in Syria and Libya was discussed")
                and not (
                    not d.participants
                    and len(d.countries) >= 2
                    and e.countries
                    and not d.countries & e.countries
                    and " between " in d.evidence[0]
                )
                # a caption's "A and B during the working meeting", read last: the meeting
                # of A and B told before, not a sitting told since with no one named
                and not (
                    not set(d.participants) <= set(e.participants)
                    and self._of_the_pair(d, e, recent)
                )
            ):
                _absorb(e, d, anaphoric)
                if d.all_told and d.attendance:
                    # those who sat in on each encounter are no further ones met apart
                    self._sat_in_on_each(e, d)
                else:
                    self._split_separate(e)
                return
            # "The sides will continue to hold discussions": a nameless sitting of one side
            # told since is no meeting of its own to come between
            latest = (
                rank == 0
                or bool(d.participants)
                and all(not x.participants and len(x.countries) < 2 for x in recent[:rank])
            )
            inter = d.countries & e.countries
            dates_fit = d.date == e.date or (
                (d.date is None or e.date is None) and (not d.participants or not e.participants)
            )
            if (
                latest
                and dates_fit
                and inter
                and (d.countries <= e.countries or e.countries <= d.countries)
                and (len(inter) >= 2 or d.countries == e.countries)
                and (not d.participants or not e.participants or len(inter) >= 3)
                # "On October 2, a meeting of the delegations of A and B was held": not the
                # leaders' talks told undated on a page of mid-October
                and not (
                    not e.date
                    and not d.participants
                    and _long_before(d.date, self.published, days=4)
                )
                # a caption's "A greets B in X", read last: the meeting of A and B told
                # before, not the sideless one told just before it
                and not self._of_the_pair(d, e, recent)
            ):
                _absorb(e, d, anaphoric)
                self._split_separate(e)
                return
        if not d.participants and not d.countries:
            self._unclaimed = d  # "at a meeting of the Council": whose, the next sentence may say
            return
        if (
            anaphoric
            and (told := self._unclaimed) is not None
            and d.first - told.first <= 2
            and told.status == d.status
        ):  # "... yesterday in Lusaka at a meeting of the Council. The meeting was co-chaired
            d.date = d.date or told.date  # by A and B": that meeting's day and place
            d.location = d.location or told.location
            if d.mode == "unknown":
                d.mode = told.mode
        if events and ((d.also or d.sequel) and d.status != "cancelled" or d.during_visit):
            self._same_visit(d)
        d.last = d.first
        events.append(d)
        self._split_separate(d)

    def _fold_into_the_visit(self, e: Draft) -> None:
        """ "A will visit Australia. B will meet his Samoan counterpart in Canberra": the
        meeting, its counterpart now named, is the visit the sentence before told."""
        at = next(i for i, x in enumerate(self.events) if x is e)
        if at == 0:
            return
        b = self.events[at - 1]
        if (
            b.last == e.first - 1
            and b.participants
            and set(b.participants) <= set(e.participants)
            and b.status == e.status
            and not (b.earlier or e.earlier or b.round_of or b.parts)
            and _compatible(b, e, False, True)
        ):
            _absorb(b, e)
            del self.events[at]

    def _split_separate(self, e: Draft) -> None:
        """ "held separate phone calls with his Somali and Ethiopian counterparts", then the
        names: one encounter with each counterpart, told in the same words."""
        if e.per_country and len(e.participants) == 1:
            self._split_per_country(e)
            return
        if not e.separate or len(e.participants) < 3:
            return
        host, *others = e.participants
        at = self.events.index(e)
        split = []
        pairs = [[host, other] for other in others]
        if e.group_size and len(e.participants) == 2 * e.group_size:
            pairs = self._counterparts_by_office(
                e.participants[: e.group_size], e.participants[e.group_size :]
            )
        if e.in_turn:  # not the one already told ("at the invitation of X, also met A, B")
            told = [
                set(x.participants)
                for x in self.events
                if x is not e
                and x.status == e.status
                and (e.date is None or x.date in (e.date, None))
            ]
            pairs = [pair for pair in pairs if set(pair) not in told] or pairs
        for pair in pairs:
            countries = {c for k in pair if (c := self.by_key[k].country)} or set(e.countries)
            split.append(
                replace(
                    e,
                    participants=pair,
                    countries=countries,
                    evidence=list(e.evidence),
                    date=e.days.get(pair[-1], e.date),
                )
            )
        self.events[at : at + 1] = split

    def _split_per_country(self, e: Draft) -> None:
        """ "made phone calls to counterparts from Angola, Benin and Comoros": one encounter
        with each country, its counterpart unnamed, where the one who called serves a country
        of the list's sentence."""
        home = self.by_key[e.participants[0]].country
        others = sorted(e.countries - {home})
        if home not in e.countries or len(others) < 2:
            return
        at = self.events.index(e)
        self.events[at : at + 1] = [
            replace(
                e, participants=list(e.participants), countries={home, c}, evidence=list(e.evidence)
            )
            for c in others
        ]

    def _counterparts_by_office(self, group: list[int], others: list[int]) -> list[list[int]]:
        """Each of the group with the one of the others in the same office ("Interior
        Minister" with "Interior Minister"), else in the order named ("respectively")."""
        left = list(others)
        pairs = []
        for g in group:
            office = office_key(self.by_key[g].role)
            same = [o for o in left if office and office_key(self.by_key[o].role) == office]
            match = same[0] if same else None
            if match is None:
                return [[g, o] for g, o in zip(group, others, strict=True)]
            left.remove(match)
            pairs.append([g, match])
        return pairs

    def _same_visit(self, d: Draft) -> None:
        """ "He also met Prime Minister X": a further encounter of the visit the news is about,
        on its day and, face to face, in its city, where the sentence names neither."""
        primary = self._primary()
        if not set(primary.participants) & set(d.participants):
            return
        # "As part of the visit, he is expected to meet X": the visit planned is where
        if primary.status != "held" and not (
            primary.status == d.status == "planned" and d.during_visit
        ):
            return
        if d.status == "planned" and not d.during_visit and not days_after(primary.date, d.date):
            return  # "is also to visit X next year": another journey
        if d.date and len(d.date) >= 7 and primary.date and d.date[:7] != primary.date[:7]:
            return  # "Days later, X visited Y" after a day in March: another month, another stay
        if (
            d.location is None
            and d.mode not in ("call", "virtual")
            # "Earlier on Monday, X held talks with Y": in the city, not the lead's building
            and not (d.sequel and primary.location and is_building(primary.location))
        ):
            d.location = primary.location  # "... on Thursday before returning home": still there
        if d.date not in (None, primary.date):
            return
        if d.status == "planned":  # "is also to meet X during his stay": some day of the stay
            d.date = d.date or (primary.date[:7] if primary.date else None)
        else:
            d.date = primary.date


def office_key(role: str | None) -> str:
    """A role as compared between people: "Interior Minister" is "interior minister" and
    "Minister of the Interior" is "minister interior"; "" for none."""
    words = (role or "").casefold().split()
    return " ".join(w for w in words if w not in ("of", "the"))


_THE_GATHERING_RE = re.compile(  # "The IGAD summit, hosted by Uganda, brought together ..."
    r"The ((?:[A-Z][\w-]* ){0,3}(?:[Ss]ummit|[Cc]onference|[Ff]orum))\b"
)
MERGE_WINDOW = 40  # a mention is compared with this many recent meetings, not all of them


def _coarse_against_none(a: str | None, b: str | None) -> bool:
    """One mention dated only by month or year, the other not dated at all."""
    return (a is None) != (b is None) and len(a or b or "") <= 7


def _dates_the_earlier_one(e: Draft, d: Draft) -> bool:
    """ "... came a month after the two held their first phone conversation", then "The two
    ministers spoke by phone last month": the same pair's earlier call, now dated."""
    return (
        e.date is None
        and d.date is not None
        and e.mode == d.mode
        and e.mode in ("call", "virtual")
        and d.status == "held"
        and set(e.participants) == set(d.participants)
        and not (d.sequel or d.also)
    )


def _long_before(day: str | None, published: date | None, days: int = 31) -> bool:
    """Whether `day` fell more than `days` days (by default a month) before the page's
    date: news told with no day of its own is of the days around that date (a Monday page
    may tell Friday's talks), not of that one."""
    if day is None or len(day) != 10 or published is None:
        return False
    return published.toordinal() - date.fromisoformat(day).toordinal() > days


def days_after(start: str | None, day: str | None, most: int = 7) -> bool:
    """Whether `day` is unknown or falls within `most` days after `start` (a stay's days)."""
    if day is None:
        return True
    if start is None or len(start) != 10 or len(day) != 10:
        return False
    return 0 <= date.fromisoformat(day).toordinal() - date.fromisoformat(start).toordinal() <= most


def _one_of_the_round(e: Draft, d: Draft) -> bool:
    """Whether the draft is one encounter of the round `e` told of: its one named person
    meeting someone else, in the same tense."""
    return (
        e.round_of
        and (
            e.participants[0] in d.participants
            and len(d.participants) >= 2
            # "During the meeting with Russian ambassador X, the Head of State noted ...":
            # the one the round's host met
            or len(d.participants) == 1
            and d.participants[0] != e.participants[0]
            and d.mode == e.mode
        )
        and d.status == e.status
        and not d.earlier
        # "Yesterday, the Prime Minister also had bilateral meetings with ...": before the round
        and not (d.date and e.date and d.date < e.date)
        # "Last year, X met Y": a month or a year of its own, not the round's days
        and not (d.date and len(d.date) < 10 and not (e.date or "").startswith(d.date))
    )


def _compatible(a: Draft, b: Draft, anaphoric: bool = False, shared: bool = False) -> bool:
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    same_place = bool(a.location and a.location == b.location)
    remote = {a.mode, b.mode} & {"call", "virtual"}
    if remote and "in_person" in (a.mode, b.mode):
        if (a.location or b.location) and not anaphoric:
            return False  # a phone call is not the meeting held in a named place
        if set(b.participants) - set(a.participants):
            return False  # "Following the talks, A and B held a videoconference with C"
    elif (
        b.mode in remote
        and a.mode == "unknown"
        and a.participants
        and set(b.participants) - set(a.participants)
    ):
        # "A and B held a working meeting ... Last Friday, the two held a videoconference
        # with C": a call with someone new is not the talks told without their kind
        return False
    if a.status != b.status:
        if "cancelled" in (a.status, b.status):
            return False
        if not (anaphoric or (shared and same_place) or _plan_told_done(a, b)):
            return False
    if (
        not anaphoric
        and a.location
        and b.location
        and not same_place
        and not (a.date and a.date == b.date)  # one day's talks: one country is a topic
        and countries_apart(a.location, b.location)
    ):
        return False  # "speaks with Y at the forum in Guyana", then "held talks in Suriname"
    return not (
        a.location
        and b.location
        and not same_place
        and not (
            len(set(a.participants) & set(b.participants)) >= 2
            and not b.sequel
            and not capitals_apart(a.location, b.location)
        )
        and not (is_building(a.location) or is_building(b.location))
        and not (is_country_place(a.location) or is_country_place(b.location))
        and not (a.location in b.location or b.location in a.location)
    )


def _compatible_places(a: str, b: str) -> bool:
    """Whether two places may be the one venue: the same, one inside the other's words
    ("Bayan Palace", "Bayan Palace, Kuwait City"), or a country and a city in it."""
    return a in b or b in a or is_country_place(a) or is_country_place(b)


def _plan_told_done(a: Draft, b: Draft) -> bool:
    """ "travelled to Kenya on Monday for a tour that will see her hold talks with X", then
    "X hosted her at State House in Nairobi": the plan of the trip, told as done by the same
    two on the same day, at the place the plan named or in that country's capital."""
    if (a.status, b.status) != ("planned", "held") or not a.date or len(a.date) != 10:
        return False  # a plan with no day ("will hold a summit") may be one still to come
    if b.date is not None and b.date != a.date:
        return False
    if len(a.participants) != 2 or set(a.participants) != set(b.participants):
        return False
    if not (a.location and b.location) or a.location == b.location:
        return True
    return is_country_place(a.location) and capital_in(b.location, a.location)


def _absorb(e: Draft, d: Draft, anaphoric: bool = False) -> None:
    e.last = max(e.last, d.first)
    if _plan_told_done(e, d):
        e.status = "held"
    for p in d.participants:
        if p not in e.participants:
            e.participants.append(p)
    if not (anaphoric and not d.participants):
        e.countries |= d.countries
    if d.date and (not e.date or len(d.date) > len(e.date)):
        e.date = d.date
    better = not e.location or (
        is_country_place(e.location) and not is_country_place(d.location or "")
    )
    if d.location and not (anaphoric and is_country_place(d.location)) and better:
        e.location = d.location
    if e.mode == "unknown" or (e.mode == "in_person" and d.mode in ("call", "virtual")):
        e.mode = d.mode
    if e.mode in ("call", "virtual"):  # a call or a video link has no one venue
        e.location = None
    e.evidence.extend(x for x in d.evidence if x not in e.evidence)
    e.separate = e.separate or d.apart
    e.in_turn = e.in_turn or d.in_turn
