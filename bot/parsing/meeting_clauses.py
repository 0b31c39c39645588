"""A sentence's clauses that may tell of a meeting, and whom and which sides each names.

A sentence may tell of more than one encounter ("met A in Paris, and then with B"): it
is cut into clauses. Within a clause, people quoted only as speakers are set aside, "the
two leaders" or "the prime minister" are resolved to people named before, and countries
named as sides are told from topics and venues.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.parsing.dates import MONTH_WORD, WEEKDAY_WORD
from bot.parsing.entities import Sentence, compound_sides, country_codes
from bot.parsing.lexicon import holds_title, token_key
from bot.parsing.meeting_merge import MeetingMerger
from bot.parsing.meeting_places import LOCATION_RE, MeetingPlaces, host_country
from bot.parsing.meeting_words import (
    CANCEL_WORDS,
    CANCELLED_NEEDLES,
    TRIGGER_RE,
    UNNAMED_OFFICES,
    any_in,
    has_group,
    sitting_verb,
)
from bot.parsing.people import Occurrence
from bot.parsing.places import dateline_city

_TOPIC_BEFORE_RE = re.compile(
    r"\b(?:over|about|on|regarding|posed by|against|toward|towards|including|across|since)"
    r"\s+(?:the\s+)?$"
)
_TOPIC_CLAUSE_RE = re.compile(
    r"\b(?:regarding|concerning|to discuss|discussed|focus(?:ed)? on|over the issue"
    r"|exchanged views)\b"
)
_TOPIC_WORDS = (  # the words _TOPIC_BEFORE_RE can end on, before its trailing spaces
    "over",
    "about",
    "on",
    "regarding",
    "posed by",
    "against",
    "toward",
    "towards",
    "including",
    "across",
    "since",
    "the",
)
_TOPIC_CLAUSE_NEEDLES = (
    "regarding",
    "concerning",
    "to discuss",
    "discussed",
    "focus",
    "over the issue",
    "exchanged views",
)
# "discussed policing with the prime ministers of Solomon Islands and Fiji": the countries
# of the office holders met, not what was discussed
_OFFICES_OF_RE = re.compile(rf"\bwith the (?:[\w-]+ )?{UNNAMED_OFFICES} of (?:the )?")
_NOT_A_LIST_RE = re.compile(r"[^\w ,.'’-]|\b(?:on|about|in|at|over|regarding|during|to)\b")


def _offices_of_the_listed(clause: str) -> bool:
    """Whether a lowered clause ends in a list of countries after "with the <offices> of"."""
    found = list(_OFFICES_OF_RE.finditer(clause)) if " of " in clause else []
    if not found:
        return False
    rest = clause[found[-1].end() :]
    return len(rest) <= 60 and _NOT_A_LIST_RE.search(rest) is None


_SINCE_MEETING_CLAUSE_RE = re.compile(r"\bsince\b.*\b(?:meeting|summit|talks)\b")
HEAD_RE = re.compile(
    r"^(?:In contrast, |Meanwhile, )?(?:The|This|That|Their|Sunday['’]s|Monday['’]s|Tuesday['’]s|"
    r"Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|meetings|talks|visit|summit|gathering|call|trip)\b(?P<mid>.*?)\s+"
    r"(?P<verb>came|comes|come|follows|followed|follow|was planned as|was arranged as)\b",
)
SUB_RE = re.compile(
    r"\b(?:during|at|after|following|to restore|results of|of|since)\s+(?:a|an|another|"
    r"last week['’]s|last month['’]s|their last|the last|the latest|the first|the second|"
    r"the previous|a previous)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks)\b"
    r"|\b(?:after|following) (?:his|her|their) (?:[\w-]+ ){0,2}?(?:visit|trip)\b"
    # "..., following their telephone call on 9 January": the earlier call
    r"|\b(?:after|following) their (?:[\w-]+ ){0,2}?(?:call|conversation|meeting|talks)\b",
    re.I,
)
# SUB_RE for lower-cased ASCII text, where it finds the same spans twice as fast: lower()
# keeps ASCII offsets, and case-insensitive matching of ASCII is plain lower-case matching.
_SUB_ASCII_RE = re.compile(SUB_RE.pattern.replace("[A-Z]", "[a-z]"), re.ASCII)
SPEAKER_VERBS = ("said", "says", "told", "tweeted", "wrote", "added", "noted", "stressed")
SPEAKER_VERBS += ("stated", "announced")
SPEAKER_VERB_RE = re.compile(r"^(?:'s )?(?:has |had )?(?:" + "|".join(SPEAKER_VERBS) + r")\b")
_SPEAKER_OPENERS = ("'s", "has", "had", *SPEAKER_VERBS)  # what a SPEAKER_VERB_RE match opens on
TALKED_VERBS = ("discussed", "reviewed", "exchanged views")  # talks told by what was said
_TALKED_RE = re.compile(r"\b(?:" + "|".join(TALKED_VERBS) + r")\b")
_SPOKE_AFTER_TALKS_RE = re.compile(
    r"\b(?:after|following|at the end of|during) (?:the |his |her |their )?(?:[\w-]+ )?"
    r"(?:talks|negotiations|meeting|meetings) with\b"
    # "X said after meeting his Croatian counterpart Y", right after the speech verb (not
    # "said that after meeting Y, X would fly on", "said after meeting reporters")
    r"|^\S+ after (?:meeting|holding talks with) (?!reporters|journalists|the press|the media)"
)
# "A and B first met in Jakarta in July, and last spoke by phone in February"
_AND_LAST_MET_RE = re.compile(
    r", and (?:last|later|then|most recently) (?:spoke|met|talked|held|had)\b"
)
_HE_MET = r"(?:he|she) (?:had |has )?(?:met|sat|held|spoke|spoken|talked)\b"
# "said he will meet Y", "wrote that he is talking with Y": talks the speaker is to hold or
# is holding (not "said he would meet the press", "was meeting his commitments", "would
# hold Y accountable", "was holding out hope")
_HE_WILL_MEET = (
    r"(?:he|she) (?:(?:will|would|is to|was to|is due to|was due to) (?:meet|hold talks)"
    r"|(?:is|was) (?:meeting with|holding talks|talking with))\b"
    r"(?! (?:the (?:press|media|needs|demands|deadline)|reporters|journalists"
    r"|(?:his|her|their|its) (?:commitments|obligations|targets|goals|needs|promises))\b)"
)
# "said he met", and the talks to come or under way: the speaker's own
_HE_MET_RE = re.compile(r"\b(?:that )?(?:" + _HE_MET + "|" + _HE_WILL_MEET + ")")
# "X said that he would discuss migration ... when he met Y later on Friday": the speaker
# tells of talks of his own still to come
# ("X told a news conference in Merida, where he is due to meet Y": where he spoke)
_HE_WOULD_WHEN_HE_MEETS_RE = re.compile(
    r"\S+ (?:that )?(?:he|she) (?:would|will)\b[^.;]{0,200}?\bwhen (?:he|she) (?:meets|met)\b"
    r"|\S+ (?:a |the )?(?:news|press) conference [^.;,]{0,60}, where (?:he|she) "
    r"(?:is due to|is to|will|is set to|is expected to) (?:meet|hold talks)\b"
)
# the speaker's own meeting told after a longer aside ("said at a press conference at the
# palace that she had held ..."): "that" opens what the speaker said of themself
_THAT_HE_MET_RE = re.compile(r"^([^.;]*?)\bthat " + _HE_MET)


class ClauseReader(MeetingPlaces, MeetingMerger):
    """A sentence's clauses that may tell of a meeting, and whom and which sides a clause
    names, read against the people and the groups the text has told of so far."""

    groups: list[list[int]]
    last_group: list[int]
    mentioned: list[int]
    _sent_index: int
    _named_at: tuple[int, list[int], str]
    _sent_low: str
    _name_at: set[int]
    _compounds: dict[int, list[tuple[int, str]]]

    # --- clauses ---------------------------------------------------------------
    def _segments(self, sent: Sentence) -> list[tuple[int, int, str, list[int]]]:
        """(start, end, kind, extra participants) of the clauses that may tell of a meeting."""
        text = sent.text
        out: list[tuple[int, int, str, list[int]]] = []
        start = 0
        tl = self._sent_low
        if any_in(tl, _HEAD_NEEDLES) and (m := HEAD_RE.match(text)):  # HEAD_RE opens with ^
            out.append((0, m.start("verb"), "anaphor", []))
            start = m.end("verb")
        rest_start = start
        if not any_in(tl, _SUB_NEEDLES):
            subs = []
        elif rest_start == 0:  # the first match is all the loop below reads
            m = _SUB_ASCII_RE.search(tl) if text.isascii() else SUB_RE.search(text)
            subs = [m] if m else []
        else:
            subs = [m for m in SUB_RE.finditer(text) if m.start() >= rest_start]
        end = len(text)
        for m in subs:
            if (
                m.start() == rest_start
                and m.group(0).lower().endswith(("visit", "trip"))
                and (comma := text.find(", ", m.end(), end)) > 0
            ):
                # "Following his visit to Uzbekistan, X paid a visit to Kyrgyzstan": the
                # opening phrase is the earlier event, the rest of the sentence the news
                out.append((m.start(), comma, "sub", []))
                rest_start = comma + 2
                break
            if (
                (rest_start or not _sets_the_scene(tl, m.start()))
                and (
                    # "The decision was reached yesterday in Lusaka at a meeting of the Council":
                    # with no meeting word before it, the meeting is the sentence's own
                    TRIGGER_RE.search(tl, rest_start, m.start())
                    or sitting_verb(tl[rest_start : m.start()])
                    or not m.group(0).lower().startswith("at ")
                    and not (
                        m.group(0).lower().startswith(("during a ", "during an "))
                        and _TALKED_RE.search(tl, rest_start, m.start())
                    )
                    # "X said this during a meeting with Y": with no meeting word before it, a
                    # meeting "with" someone is the subject's own
                    # (not "X said that Y had raised it during a meeting with Z", "remarks made
                    # by Y during a meeting with Z", "X's message was delivered by Y during ...")
                    and not (
                        m.start() > rest_start
                        and tl.startswith(" with ", m.end())
                        and not any_in(tl[rest_start : m.start()], (" that ", " by ", "'s ", "’s "))
                    )
                )
            ):
                # "X discussed trade with Y during a bilateral meeting in New York": with no
                # meeting word before it, the meeting is the sentence's own
                out.append((m.start(), end, "sub", []))
                end = m.start()
            break
        rel = _WHOSE_RE.search(text[rest_start:end]) if "whose" in text else None
        if rel:  # "..., whose President X held a call with Y": another encounter
            out.append((rest_start + rel.start(), end, "main", []))
            end = rest_start + rel.start()
        if "agreed to meet" in tl or "will meet" in tl:
            # "X spoke by phone with Y, and the two agreed to meet in Z": a second encounter
            agreed = _AGREED_RE.search(text, rest_start, end)
            if agreed and agreed.start() > rest_start:
                out.append((agreed.start(), end, "agreed", [rest_start, agreed.start()]))
                end = agreed.start()
        then = _THEN_MEETING_RE.search(tl, rest_start, end) if any_in(tl, _THEN_NEEDLES) else None
        if then and (first := TRIGGER_RE.search(tl, rest_start, then.start())):
            # "X held talks with A at the party headquarters before meeting B": two encounters
            out.append((then.start(), end, "then", [rest_start, first.start()]))
            end = then.start()
        again = tl.find(" and again ", rest_start, end) if " again " in tl else -1
        if again > 0 and (first := TRIGGER_RE.search(tl, rest_start, again)):
            # "A and B met in Vilnius in July and again in New York in September": the verb
            # and who met carry over to the second place and time
            out.append((again + 5, end, "then", [rest_start, first.end()]))
            end = again
        last = _AND_LAST_MET_RE.search(tl, rest_start, end) if ", and " in tl else None
        if last and (first := TRIGGER_RE.search(tl, rest_start, last.start())):
            # "A and B first met in Jakarta in July, and last spoke by phone in February": who
            # met carries over to the second encounter, with its own day and means
            out.append((last.start() + 6, end, "then", [rest_start, first.start()]))
            end = last.start()
        both = tl.find(", and ", rest_start, end) if ", and " in tl else -1
        if both < 0 and ", while " in tl:  # "..., while the defence ministers will meet in X"
            both = tl.find(", while ", rest_start, end)
        first, second = tl[rest_start:both], tl[both:end]
        if both > 0 and (
            sitting_verb(first)
            and sitting_verb(second)
            # "..., while the defence ministers will meet in Baku": each with a place of its own
            or tl.startswith(", while ", both)
            and (sitting_verb(first) or TRIGGER_RE.search(first))
            and (sitting_verb(second) or TRIGGER_RE.search(second))
            and LOCATION_RE.search(text, rest_start, both) is not None
            and LOCATION_RE.search(text, both, end) is not None
        ):
            # "The second session was held in Tokyo in 2019, and the third is expected to take
            # place in Accra later this year": two sittings, each with its day and place
            out.append((both + 2, end, "main", []))
            end = both
        adding = tl.find(", adding ", rest_start, end) if ", adding " in tl else -1
        if adding < 0 and " agreeing " in tl:
            # "..., with the two officials agreeing that the next session will be held in X"
            agreeing = _WITH_AGREEING_RE.search(tl, rest_start, end)
            adding = agreeing.start() if agreeing else -1
        if adding > 0 and TRIGGER_RE.search(tl, rest_start, adding):
            # "... during phone talks on Tuesday, the ministry said, adding that X is expected
            # to attend": what the source added tells of another event, if of any
            out.append((adding + 2, end, "main", []))
            end = adding
        off = (
            _AFTER_CANCELLED_RE.search(tl, rest_start, end)
            if " after " in tl and any_in(tl, CANCELLED_NEEDLES)
            else None
        )
        if off and TRIGGER_RE.search(tl, rest_start, off.start()):
            # "The virtual meeting was arranged after X's planned visit to Dhaka was called
            # off": the meeting held, and the visit put off, each an encounter of its own
            out.append((off.start() + 1, end, "main", []))
            end = off.start()
        agreed = _AGREED_SITTING_RE.search(tl, rest_start, end) if "agreed" in tl else None
        if (
            agreed
            and TRIGGER_RE.search(tl, rest_start, agreed.start())
            and sitting_verb(tl[agreed.start() : end])
            # "A and B in a video conference today agreed to hold the next round of
            # consultations in Male": without a comma, only after the meeting's own words
            and (
                tl[agreed.start()] == ","
                or _IN_A_MEETING_RE.search(tl, rest_start, agreed.start()) is not None
            )
        ):
            # "Recalling the phone conversation of the two presidents in June, the sides agreed
            # to hold the 13th meeting of the Commission in Ankara": the sitting is another
            out.append((agreed.start() + (2 if tl[agreed.start()] == "," else 1), end, "main", []))
            end = agreed.start()
        when = text.find(", when ", rest_start, end)
        if when < 0 and ", where they also " in tl:
            when = tl.find(", where they also ", rest_start, end)
        if (
            when > 0
            and "since" not in tl[:when]
            and has_group(tl[rest_start:when])  # a clause of its own on who met, then
            and TRIGGER_RE.search(tl, rest_start, when)
            and TRIGGER_RE.search(tl, when, end)
        ):
            # "The two ministers last met in Tehran in February, when X paid a visit and was
            # received by President Y": the clause tells of a further encounter of that visit
            out.append((when + 2, end, "when", []))
            end = when
        who = text.find(", who ", rest_start, end) if ", who " in text else -1
        if (
            who > 0
            and _WHO_DID_RE.match(tl, who)
            and (met := TRIGGER_RE.search(tl, rest_start, who))
            # "received his counterpart X, who visited Baku on August 31": the guest's visit
            # is the one told
            and not met.group(1).startswith(("receiv", "host", "greet"))
            and (named := _name_before(sent, who)) is not None
        ):
            # "Davis met with Prime Minister X, who visited Nassau in August to attend ...":
            # X's own earlier trip, with its own day and place
            out.append((who + 6, end, "who", [named, who]))
            end = who
        last = _WHO_LAST_MET_RE.match(tl, who) if 0 < who < end else None
        back = _MAIN_VERB_BACK_RE.search(tl, last.end(), end) if last else None
        close = back.start() if back else -1
        if close > 0 and (TRIGGER_RE.search(tl, close, end) or sitting_verb(tl[close:end])):
            # "A and B, who last met in Paris in June, are both due at the summit in Malta":
            # the pair's earlier encounter, and what the sentence goes on to tell of them
            out.append((who + 6, close, "who", [rest_start, who]))
            out.append((close + 2, end, "then", [rest_start, who]))
            end = who
        main = (rest_start, end)
        chunk = text[main[0] : main[1]]
        cuts = (
            [main[0] + m.start() for m in _CUT_RE.finditer(chunk)]
            if "with" in chunk and any_in(chunk, _CUT_NEEDLES)
            else []
        )
        if cuts:
            first_with = re.search(r"\bwith\b", chunk)
            subject_end = main[0] + first_with.start() if first_with else cuts[0]
            subject_end = min(subject_end, cuts[0])
            bounds = sorted({subject_end, *cuts, main[1]})
            for a, b in zip(bounds, bounds[1:], strict=False):
                out.append((a, b, "with", [main[0], subject_end]))
        else:
            out.append((main[0], main[1], "main", []))
        out.sort(key=lambda seg: (seg[2] == "sub", seg[0]))
        return out

    def _titled_group(self, low: str) -> list[int]:
        """The group "the two presidents" names: the latest told of whose members all hold
        that title, else the latest of all ("the two leaders", "both sides")."""
        m = _GROUP_TITLE_RE.search(low)
        if m:
            title = m.group(1).rstrip("s")
            office = _OFFICE_GATHERING_RE.search(low) if title == "minister" else None
            if office is not None:
                # "The ministers agreed to meet at the ASEAN Foreign Ministers' Retreat": a
                # gathering of one office seats only its holders, so "the ministers" are
                # those, not other ministers told of since
                field = office.group(1)
                spellings = ("defence", "defense") if field.startswith("defen") else (field,)
                for group in reversed(self.groups):
                    if all(
                        any(_holds(self.by_key[p].role, f"{f} minister") for f in spellings)
                        for p in group
                    ):
                        return group
            for group in reversed(self.groups):
                roles = [(self.by_key[p].role or "").casefold() for p in group]
                # "the two Ministers" are not two prime ministers
                if all(title in r and not r.endswith(f"prime {title}") for r in roles):
                    return group
            for group in reversed(self.groups):
                roles = [(self.by_key[p].role or "").casefold() for p in group]
                if all(title in r for r in roles):
                    return group
            words = m.group(0).split()
            count = _GROUP_COUNTS.get(words[1], 2 if words[0] == "both" else 0)
            for group in reversed(self.groups):
                # "A will meet his counterpart B, minister C announced. ... the second meeting
                # between the two presidents": those of the group who hold the title, as
                # many as the text says
                holders = [p for p in group if title in (self.by_key[p].role or "").casefold()]
                if len(holders) >= 2 and len(holders) == (count or len(holders)):
                    return holders
            if not self.groups and "two" in m.group(0):
                # "..., the two prime ministers announced" before either is named: the two
                # the story names in that office
                holders = [k for k, p in self.by_key.items() if title in (p.role or "").casefold()]
                told = [k for k in dict.fromkeys(self.mentioned) if k in holders]
                if len(told) == 2:  # "The two ministers last met ...": the two told of so far
                    return told
                if len(holders) == 2:
                    return holders
        elif " leaders" in low and _THE_LEADERS_RE.search(low):
            # "The leaders looked forward to seeing each other" after a word on their foreign
            # ministers' meeting: the heads of state or government told of last
            leaders = self.lex.leader_titles
            for group in reversed(self.groups):
                if all(holds_title(self.by_key[p].role, leaders) for p in group):
                    return group
            if "two leaders" in low or "both leaders" in low:
                # "The Head of State asked the minister to convey his greetings to Uzbek
                # President X ... The two leaders last met in August": the heads of state
                # of two countries told of last, though they met in no meeting told before
                pair: dict[str, int] = {}
                for key in dict.fromkeys(reversed(self.mentioned)):
                    p = self.by_key[key]
                    role = (p.role or "").casefold()
                    if (
                        p.country
                        and p.country not in pair
                        and holds_title(p.role, leaders)
                        and not any(w in role for w in ("vice", "former", "deputy"))
                    ):
                        pair[p.country] = key
                    if len(pair) == 2:
                        return sorted(pair.values(), key=self.mentioned.index)
        return self.last_group

    def _the_titled(self, text: str) -> int | None:
        """The person "The prime minister ..." opening a sentence points back to: the one
        named last whose role ends on that title."""
        m = _THE_TITLE_RE.match(text)
        if m is None and (cap := _THE_CAPITAL_TITLE_RE.match(text)) is not None:
            # "The Prime Minister met with Somali President X": the one the news is about, if
            # that one holds the office; a release's own head of government, named nowhere,
            # is none of those named
            title = cap.group(1).casefold()
            offices = _HEAD_OF.get(title, (title,))
            # not the one met in "The Prime Minister spoke to Prime Minister X": an unnamed
            # one of that office opened it, the release's own
            leads = {
                e.participants[0]
                for e in self.events
                if e.participants
                and not _opens_on_the_title(
                    e.evidence[0], title, self.by_key[e.participants[0]].name
                )
            }
            for key in dict.fromkeys(reversed(self.mentioned)):
                if key in leads and any(_holds(self.by_key[key].role, o) for o in offices):
                    return key
            # "ASTANA ... was received by President of Kazakhstan X. The President recalled
            # ...": the host in that office the sentence just before names, if it names one
            # alone and no unnamed "The President" of its own ("The Prime Minister spoke to
            # Prime Minister X of Japan. The Prime Minister began by ...": the release's own);
            # never the guest ("Visiting President X arrived. The President held talks")
            at, named, told = self._named_at
            if at != self._sent_index - 1 or _THE_CAPITAL_TITLE_RE.search(told):
                return None
            host = self._dateline_country()
            if not host and any_in(told.casefold(), ("visiting", "arriv", "guest")):
                return None  # no host known, and the one named may be the visitor
            holders = {
                k
                for k in named
                if (not host or self.by_key[k].country == host)
                and any(_holds(self.by_key[k].role, o) for o in offices)
            }
            return holders.pop() if len(holders) == 1 else None
        if m is None:
            visiting = _THE_VISITING_RE.match(text)
            # "The visiting minister was received by X": another encounter of the visitor's;
            # "The visiting minister, on a two-day visit, conveyed ...": the visit itself
            other = TRIGGER_RE.search(text.lower(), visiting.end()) if visiting else None
            if other is None or other.group(1).startswith("visit"):
                return None
            return self._visitor(visiting.group(1).casefold())
        title = m["low"] or m["any"] or m["after"] or m["placed"] or m["said"]
        title = title.casefold()
        if title.endswith("pm"):  # "the Deputy PM"
            title = title[:-2] + "prime minister"
        elif title.endswith(" foreign affairs"):
            title = "foreign minister"
        return self._last_titled(title)

    def _the_titled_and_one(self, text: str) -> int | None:
        """ "Also on Tuesday, the foreign minister and X discussed ...": the office holder
        told of before, where the title is joined by "and" to the sentence's one name."""
        m = _THE_TITLE_RE.match(text)
        if m is None or not text.startswith(" and ", m.end()):
            return None
        return self._the_titled(text)

    def _last_titled(self, title: str) -> int | None:
        """_last_holding, where "the Head of State" is the president (or monarch) named last
        and "the Head of Government" the prime minister."""
        offices = _HEAD_OF.get(title, (title,))
        found = [k for o in offices if (k := self._last_holding(o)) is not None]
        if not found:
            return None
        order = {k: i for i, k in enumerate(self.mentioned)}
        return max(found, key=lambda k: order.get(k, -1))

    def _dateline_country(self) -> str | None:
        """The country whose capital the dateline names: the host of news told from there."""
        if not self.dateline:
            return None
        return self.lex.gazetteer.capital_country(dateline_city(self.dateline))

    def _visitor(self, title: str) -> int | None:
        """The one "The visiting minister" points back to: the one named last in that office
        who does not serve the country the news happens in."""
        place = self._primary().location if self.events else None
        host = host_country(self.lex, place) if place else None
        if host is None:
            host = self._dateline_country()
        for key in dict.fromkeys(reversed(self.mentioned)):
            p = self.by_key[key]
            if p.country and p.country != host and _holds(p.role, title):
                return key
        return None

    def _the_titled_pair(self, text: str) -> list[int]:
        """The two people "The Secretary and the Minister ..." opening a sentence point back
        to, each the one named last whose role ends on that title; none unless both are
        found and are two."""
        m = _THE_TITLE_PAIR_RE.match(text)
        if m is None:
            return []
        first = self._last_holding(m.group(1).casefold())
        second = self._last_holding(m.group(2).casefold())
        return [first, second] if first is not None and second not in (None, first) else []

    def _the_national(self, before: str) -> int | None:
        """The person "the Tongan leader" before the meeting word points back to: the one
        named last who serves that country, in that office ("leader": any head of state or
        government)."""
        m = _THE_NATIONAL_RE.search(before)
        kind = "demonym"
        if m is None and ("'s " in before or "’s " in before):
            m, kind = _COUNTRYS_TITLE_RE.search(before), "country"  # "Argentina's foreign minister"
        ent = self.lex.entities.get(tuple(map(token_key, m.group(1).split()))) if m else None
        if m is None or ent is None or ent.kind != kind:
            return None
        return self._last_holding(m.group(2).casefold(), ent.code)

    def _the_nationals(self, text: str, trigger: re.Match | None = None) -> list[int]:
        """The people "the Croatian, Slovak and Slovenian foreign ministers" names: for each
        country, the one named so far in that office, else the one the whole text names in
        it ("A meeting between the Thai and Cambodian foreign ministers has been pushed back,
        Foreign Minister X said"); none unless two or more are found."""
        m = _THE_NATIONALS_RE.search(text)
        if m is None:
            return []
        if (
            trigger is not None
            and m.start() > trigger.start()
            and not _OBJECT_GAP_RE.fullmatch(text, trigger.end(), m.start())
        ):
            # "R met Q on Friday, a day after the Thai and Cambodian ministers held talks":
            # the phrase is the meeting's subject or its object ("a meeting of the ...",
            # "received the ..."), not an aside after it
            return []
        title = m.group(2).casefold().rstrip("s")
        found = []
        for words in re.split(r",? and |, ", m.group(1)):
            ent = self.lex.entities.get(tuple(token_key(w) for w in words.split()))
            if ent is None or ent.kind != "demonym" or not ent.code:
                return []  # "the Saudi and Gulf ministers": not a list of countries
            key = self._last_holding(title, ent.code)
            if key is None:
                of_country = [k for k, p in self.by_key.items() if p.country == ent.code]
                holders = [k for k in of_country if _holds(self.by_key[k].role, title)]
                # "his Somali and Ethiopian counterparts, A and B ... The Somali and Ethiopian
                # ministers": the one of that country the text gives no other title
                untitled = [k for k in of_country if not self.by_key[k].role]
                if not holders:
                    holders = untitled
                key = holders[0] if len(holders) == 1 else None
            if key is not None and key not in found:
                found.append(key)
        return found if len(found) >= 2 else []

    def _the_titled_owner(self, text: str, participants: list[int]) -> int | None:
        """ "during the new foreign minister's first phone conversation with Y": the one named
        before in that office, whose encounter it was (not Y, who may hold it too)."""
        m = _THE_TITLED_OWNER_RE.search(text)
        if m is None:
            return None
        # the story's subject in that office, not the counterpart named last ("X met Y in
        # Jakarta. The visit comes ahead of the foreign minister's meeting with Z")
        title = m.group(1).casefold()
        holders = [k for k in dict.fromkeys(self.mentioned) if _holds(self.by_key[k].role, title)]
        lead = self.events[0].participants[:1] if self.events else []
        key = lead[0] if lead and lead[0] in holders else (holders[0] if holders else None)
        return key if key is not None and key not in participants else None

    def _last_holding(self, title: str, country: str | None = None) -> int | None:
        """The person named last whose role ends on `title` ("leader": any head of state or
        government), of `country` where one is given; one titled in their own words before
        one who takes the title only as someone's "counterpart"."""
        found = [
            key
            for key in dict.fromkeys(reversed(self.mentioned))
            if (country is None or self.by_key[key].country == country)
            and _holds(self.by_key[key].role, title)
        ]
        own = [k for k in found if any(r.role for r in self.by_key[k].roles)] or found
        if not own:
            return None
        # the story's own subject, named most, before one named last in passing
        if len(own) == 1:
            return own[0]
        counts = Counter(self.mentioned)
        return max(own, key=counts.__getitem__)

    def _serves_under_a_leader(self, key: int) -> bool:
        """Whether the text gives the person a role below a head of state or government,
        who are the ones a summit seats."""
        role = (self.by_key[key].role or "").casefold()
        return bool(role) and not any(w in role for w in _LEADER_WORDS)

    def _sides(self, sent: Sentence, cs: int, ce: int) -> set[str]:
        out = set()
        text = sent.text
        # lower() keeps an ASCII text's offsets: slices of the lowered sentence will do
        low = self._sent_low if text.isascii() else None
        named = country_codes(sent)
        compounds: list = []
        if "-" in text:  # "the Kenya-Tanzania Joint Permanent Commission"
            if (cached := self._compounds.get(sent.index)) is None:
                cached = self._compounds[sent.index] = compound_sides(sent, self.lex)
            compounds = cached
            named = named + cached
        for k, code in named:
            pos = sent.offsets[k][0]
            if not cs <= pos < ce or k in self._name_at:  # "President Santiago Pena"
                continue
            if low is None:
                before = text[max(cs, pos - 30) : pos].lower()
                clause = text[cs:pos].lower()
            else:
                before = low[max(cs, pos - 30) : pos]
                clause = low[cs:pos]
            if before.rstrip().endswith(_TOPIC_WORDS) and _TOPIC_BEFORE_RE.search(before):
                continue
            if (
                any_in(clause, _TOPIC_CLAUSE_NEEDLES)
                and _TOPIC_CLAUSE_RE.search(clause)
                and not _offices_of_the_listed(clause)
                # "exchanged views on ... the Uzbekistan-Malaysia Commission": its members
                and (k, code) not in compounds
            ):
                continue
            e_ = sent.entity_at[k].end if sent.entity_at[k] else k + 1
            if e_ < len(sent.tokens) and sent.keys[e_] in self.lex.press_roles:
                continue  # "in an interview with American blogger X": the press's, no side
            if (
                e_ + 1 < len(sent.tokens)
                and sent.keys[e_] == "'s"
                and sent.tokens[e_ + 1][:1].islower()
                and sent.keys[e_ + 1] not in self.lex.title_heads
                and sent.keys[e_ + 1] not in self.lex.title_modifiers
            ):
                continue
            if "since" in clause and not _SINCE_MEETING_CLAUSE_RE.search(clause):
                continue
            out.add(code)
        return out

    def _unnamed_official(self, text: str) -> bool:
        """Whether the clause meets an official it names only by nation and office ("was
        received by Albania's Prime Minister", "by the Albanian Prime Minister")."""
        if " by " not in text and " with " not in text:
            return False
        for m in _UNNAMED_OFFICIAL_RE.finditer(text):
            ent = self.lex.entities.get((token_key(m.group(1) or m.group(2)),))
            if ent is not None and ent.kind in ("demonym", "country"):
                return True
        return False


def speakers_of(sent: Sentence, occs: list[Occurrence]) -> set[int]:
    """The people the sentence names as speakers ("X said", "X, the minister, told ...",
    "according to X"): quoted, not taking part."""
    out = set()
    tokens, keys = sent.tokens, sent.keys
    n = len(tokens)
    for o in occs:
        k = o.end
        if _for_the_commentator(tokens, keys, o):
            out.add(o.person)
            continue
        if _after_their_own_meeting(keys, o):
            continue
        if k < n and tokens[k] == ",":
            j = k + 1
            while j < n and tokens[j] not in (",", ".") and j - k < 16:
                j += 1
            if j < n and tokens[j] == ",":
                if keys[k + 1] == "who" and TRIGGER_RE.search(" ".join(keys[k + 1 : j])):
                    continue  # "X, who met Y on Wednesday, said ...": one who met, too
                k = j + 1
        if (
            k < n
            and keys[k] == "told"
            and any(_before_the_title(tokens, x.start) == k + 1 for x in occs)
        ):
            continue  # "told X", "told Danish Prime Minister X": X is the one told
        # the joined keys are only built where their first (or last) key can open
        # (or close) a match: SPEAKER_VERB_RE reads from the start, "to"/"said" end it
        if (
            (
                k < n
                and keys[k].startswith(_SPEAKER_OPENERS)
                and SPEAKER_VERB_RE.match(" ".join(keys[k : k + 4]))
                and not _HE_MET_RE.search(" ".join(keys[k : k + 8]))
                and not (
                    any_in(ahead := " ".join(keys[k : k + 40]), (" when ", " where "))
                    and _HE_WOULD_WHEN_HE_MEETS_RE.match(ahead)
                )
                and not _said_of_themself(keys, k, occs)
                # "X said this at a press conference after negotiations with Y": X took part
                and not _SPOKE_AFTER_TALKS_RE.search(" ".join(keys[k : k + 18]))
            )
            or (
                o.start
                and keys[o.start - 1].endswith(("to", "said"))
                and _ACCORDING_RE.search(" ".join(keys[max(0, o.start - 3) : o.start]))
                and not _subject_of_what_was_said(tokens, keys, o)
            )
            # "According to Foreign Ministry Spokesman X, ...": the source, past the title
            or (
                (titled_at := _before_the_title(tokens, o.start)) < o.start
                and keys[titled_at - 2 : titled_at] == ["according", "to"]
            )
        ):
            out.add(o.person)
    return out


_QUOTE_OR_STOP = frozenset({",", ".", '"', "“", "”", "'", "‘", "’", ":", ";", "-", "–", "—"})


def _subject_of_what_was_said(tokens: list[str], keys: list[str], o: Occurrence) -> bool:
    """ "The agency said X also spoke by phone with Y": the name after "said" opens what was
    said, its subject, where a source (a word, not a comma or a quote) comes before "said"
    and a word, not a comma or the end, comes after the name (not '"..." said X, the
    spokesman', nor "... was friendly said X, the spokesman")."""
    return (
        o.start >= 2
        and keys[o.start - 1] == "said"
        and tokens[o.start - 2] not in _QUOTE_OR_STOP
        and o.end < len(tokens)
        and tokens[o.end][:1].islower()
    )


def _before_the_title(tokens: list[str], start: int) -> int:
    """Where the capitalised title before a name starts ("according to Foreign Ministry
    Spokesman X"): the word before it is what the name follows."""
    j = start
    while j > 1 and start - j < 5 and tokens[j - 1][:1].isupper():
        j -= 1
    return j


def _for_the_commentator(tokens: list[str], keys: list[str], o: Occurrence) -> bool:
    """ "For Brazilian political scientist X, a professor at ..., the call signals ...": the
    one whose view the sentence gives, told by a description in lower case, not by an office
    ("For President X, the talks were ..." may be of one who took part)."""
    return (
        keys[0] == "for"
        and 2 <= o.start <= 8
        and o.end < len(tokens)
        and tokens[o.end] == ","
        and "," not in tokens[1 : o.start]
        and any(t[:1].islower() for t in tokens[1 : o.start])
    )


def _after_their_own_meeting(keys: list[str], o: Occurrence) -> bool:
    """ "In his meeting with Chinese Foreign Minister X, Y said both sides discussed
    ...": the one who tells of "his meeting" is the one who met, not a voice quoted."""
    return (
        len(keys) > 4
        and keys[0] in ("in", "during", "at")
        and keys[1] in ("his", "her", "their")
        and o.start >= 4
        and keys[o.start - 1] == ","
        and "," not in keys[2 : o.start - 1]
        and any(w in _OWN_MEETING_WORDS for w in keys[2:5])
    )


_OWN_MEETING_WORDS = frozenset(("meeting", "talks", "call", "conversation", "discussion"))
_OWN_MEETING_WORDS |= frozenset(("meetings", "discussions", "audience", "phone", "telephone"))


def _said_of_themself(keys: list[str], k: int, occs: list[Occurrence]) -> bool:
    """ "X said at a press conference at the palace that she had held talks with Y": X took
    part; not where another is named before "that" ("X said that R would travel, and that
    he had held talks": "he" may be R)."""
    m = _THAT_HE_MET_RE.search(" ".join(keys[k : k + 20]))
    if m is None:
        return False
    end = k + m.group(1).count(" ")
    return not any(k <= o.start < end for o in occs)


def _opens_on_the_title(text: str, title: str, name: str) -> bool:
    """Whether the sentence opens on an unnamed "The <title>" and names another of that
    title further on ("The Prime Minister spoke to Prime Minister X")."""
    cap = _THE_CAPITAL_TITLE_RE.match(text)
    return (
        cap is not None
        and cap.group(1).casefold() == title
        and f" {cap.group(1)} {name}" in text[cap.end() :]
    )


def _holds(role: str | None, title: str) -> bool:
    """Whether the role is the title's ("Minister of Foreign Affairs" and "Minister for Europe
    and Foreign Affairs" hold "minister" and "foreign minister")."""
    role = (role or "").casefold()
    field = title[: -len(" minister")] if title.endswith(" minister") else None
    return (
        role == title
        # "the Foreign Minister" is the "Minister of Foreign Affairs" named before, and the
        # "Minister for Europe and Foreign Affairs" too, not the "Minister of Investment and
        # Foreign Trade"
        or field is not None
        and field != "prime"
        and (
            f"minister of {field}" in role
            or f"minister for {field}" in role
            or role.startswith(("minister of ", "minister for "))
            and field in role.split()
            and role.endswith(" affairs")
        )
        or role.endswith(" " + title)
        # "Foreign and European Affairs Minister", "Foreign Affairs Minister"
        or field is not None
        and field != "prime"
        and re.search(rf"(?:^| ){re.escape(field)} (?:and [\w -]+ |affairs )minister$", role)
        is not None
        or role.startswith((title + " of ", title + " for "))  # "Minister of Foreign Affairs"
        or role.startswith(title + " and ")  # "Deputy Prime Minister and Foreign Minister"
        or f" {title} of " in role
        or title == "leader"
        and any(w in role for w in _LEADER_WORDS)
    )


_HEAD_OF = {
    "head of state": ("president", "king", "emir", "sultan", "head of state"),
    "head of government": ("prime minister", "premier", "chancellor", "head of government"),
    "chief executive": ("president", "chief executive"),
    "top diplomat": ("foreign minister", "secretary of state", "foreign secretary"),
}
_LEADER_WORDS = ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader")
_LEADER_WORDS += ("sultan", "crown prince", "head of state", "general secretary", "taoiseach")
#: "the Tongan leader", "The visiting Fijian prime minister": a person told of by nation
_THE_NATIONAL_RE = re.compile(
    # "the Hungarian Minister" too, and "the Costa Rican minister"
    r"\b[Tt]he (?:visiting )?([A-Z][\w-]+(?: [A-Z][\w-]+)??) "
    r"((?i:leader|(?:prime |foreign |defen[cs]e |deputy |vice )?"
    r"(?:minister|president|premier|chancellor|secretary|envoy)))\b"
)
_OBJECT_GAP_RE = re.compile(r"\s*(?:of|between|with|among)?\s*")
_NATIONAL = r"[A-Z][\w-]+(?: [A-Z][\w-]+)?"  # "Japanese", "South Korean"
_THE_NATIONALS_RE = re.compile(
    rf"\b[Tt]he ((?:{_NATIONAL}, )*{_NATIONAL},? and {_NATIONAL}) "
    r"((?i:leaders|presidents|prime ministers|premiers|foreign ministers|defen[cs]e ministers"
    r"|ministers))\b"
)
_COUNTRYS_TITLE_RE = re.compile(
    r"^([A-Z][\w-]+)['’]s (leader|(?:prime |foreign |defen[cs]e |deputy |vice )?"
    r"(?:minister|president|premier|chancellor|secretary|envoy))\b"
)
_THE_LEADERS_RE = re.compile(r"\b(?:the|both) (?:two |three )?leaders\b")
# "the two presidents": a count the group named must match
_GROUP_COUNTS = {"two": 2, "three": 3}
# "the Foreign Ministers' Retreat", "a defence ministers' meeting": a gathering of one office
_OFFICE_GATHERING_RE = re.compile(r"\b(foreign|defen[cs]e) ministers['’]")
_GROUP_TITLE_RE = re.compile(
    r"\b(?:the|both) (?:two |three )?(presidents|prime ministers|premiers|foreign ministers"
    r"|defen[cs]e ministers|ministers)\b"
)


def _sets_the_scene(low: str, at: int) -> bool:
    """ "met Y on the sidelines of a regional meeting in Dubrovnik", "held talks with Y
    during a summit in Z": the event named there is where the encounter took place, not a
    further one. "During last week's summit" is an earlier event of its own."""
    if not _SCENE_RE.match(low, at) or not TRIGGER_RE.search(low, 0, at):
        return False
    return not low.startswith("of", at) or low[:at].rstrip().endswith(("sidelines", "margins"))


_SCENE_RE = re.compile(r"(?:during|at|of) an? ")
_AGREED_RE = re.compile(  # "..., and (the two) agreed to meet in person ..."
    r",? and (?:(?:the two|they|both)(?: (?:leaders?|ministers?|presidents?|sides))? )?"
    r"(?:agreed to meet|will meet)\b"
)
#: "X will be received by Y later today, and on 15 May he will ...": a further encounter of X's
# (", and on 15 May he will", "and on Tuesday he is set for talks with")
_THEN_HE = (
    r",? and (?:on|later|then)\b[^,]{0,30}? (?:he|she) "
    r"(?:will|is (?:set|due|scheduled|expected) (?:to|for))"
)
_THEN_MEETING_RE = re.compile(  # "... before meeting B", "met in Munich and spoke by phone ..."
    r" (?:before|after) (?:meeting|holding talks with|talks with|sitting down with"
    r"|calling on|paying a courtesy call on) "
    r"| and (?:later |then |also )?(?:spoke|talked) (?:by (?:tele)?phone|on the phone)\b"
    # "were received by the President and then held separate meetings with ..."
    r"| and (?:later |then |also )?held separate (?:talks|meetings)\b"
    # "A and B met in public in 2017 and media reported that they had held a secret summit
    # in Egypt": a further encounter of the pair, told by others
    r"|,? and (?:[\w-]+ ){1,3}(?:reported|said|reports|says) (?:[\w-]+ ){0,3}?that they "
    r"(?:had )?(?:held|met)\b"
    # (with a time of its own: not "... reported that they had met at the UN for two hours")
    r"(?=[^.;]*\b(?:in (?:(?:19|20)\d\d|" + MONTH_WORD.lower() + r")|last (?:week|month|year)"
    r"|earlier)\b)"
    # "held a working meeting with A, and was subsequently received by the President, B"
    r"|,? and (?:was|were) (?:later|then|subsequently|afterwards|also) received by "
    # "postponed a planned visit to Santiago and instead held a telephone conversation with"
    r"| and instead (?:held|spoke|talked|met)\b"
    # "is scheduled to meet X on Wednesday and to travel to Seoul on Friday, where ..."
    r"| and (?:then )?(?:to )?(?:travel|fly|head|proceed)s? (?:on )?to \b"
    # "will be received by the Prime Minister later today, and on 15 May he will meet ..."
    r"|" + _THEN_HE + r" (?:meet|hold talks|call on|talks with)\b"
    # "a bilateral meeting with X on Friday, followed by a trilateral meeting with ..."
    r"|, followed by an? (?:[\w-]+ )?(?:meeting|talks|summit)\b"
    # "highlighted the exchange with A, and referred to a cordial meeting with B": another
    # encounter, told as one ("a", not "the" one just told)
    # (not "and requested a meeting with B", "proposed", "recalled a previous meeting")
    r"|, and (?:also )?(?:referred to|pointed to|highlighted|mentioned|described|hailed"
    r"|praised) an? (?!(?:previous|earlier|former|past|upcoming|future|possible|planned"
    r"|proposed|new)\b)(?:[\w-]+ ){0,2}(?:meeting|exchange|conversation) with "
)
THEN_HE_RE = re.compile(_THEN_HE + r"\b")
# one of them is in every _THEN_MEETING_RE match ("and then", "and to", "and travels" ...)
_THEN_NEEDLES = (" before ", " after ", " spoke ", " talked ", " separate ", "instead", " and t")
_THEN_NEEDLES += (" and fl", " and he", " and pr", " and on ", ", and later", "followed by")
_THEN_NEEDLES += ("ed to a", "ed a ", "ed an ")  # "referred to a", "praised a", ...
_THEN_NEEDLES += (" received by ", "that they ")
_CUT_RE = re.compile(r"(?:,|;)\s+and (?:then )?with\b|\band then with\b|:\s+with\b")
_CUT_NEEDLES = ("and with", "and then with", ":")  # one of them is in every _CUT_RE match
_HEAD_NEEDLES = ("came", "come", "follow", " as ")  # HEAD_RE's verbs
_SUB_NEEDLES = ("summit", "meeting", "talks", "visit", "trip", "call", "conversation")
_ACCORDING_RE = re.compile(r"\b(?:according to|said)$")
_WHOSE_RE = re.compile(r",\s+whose\b")
_WHO_LAST_MET_RE = re.compile(
    r", who (?:had )?(?:last|first|previously) (?:met|held talks|spoke)\b"
)
#: ", are both due at ...": the subject's own verb after a clause on it ("in Geneva,
#: Switzerland, in 2021" and "on June 5, 2021" stay inside that clause)
_MAIN_VERB_BACK_RE = re.compile(
    r", (?=(?:are|is|were|was|will|would|have|has|had|both|also|plan|planned)\b)"
)
_WHO_DID_RE = re.compile(  # ", who visited Nassau in August": a trip of the one named
    r", who (?:had |has |also |earlier |last |previously )?"
    r"(?:visited|travell?ed to|paid a visit to|was in)\b"
)


def _name_before(sent: Sentence, at: int) -> int | None:
    """Where the capitalised name ending at character `at` begins ("Prime Minister Manuel
    Marrero, who ..."), or None where no name ends there."""
    k = next((i for i, (_, e) in enumerate(sent.offsets) if e == at), None)
    if k is None or not sent.tokens[k][:1].isupper():
        return None
    while k > 0 and sent.tokens[k - 1][:1].isupper():
        k -= 1
    if k > 0 and sent.keys[k - 1] in ("and", ","):
        return None  # "A and B, who met in Abuja": the pair's encounter, told again
    return sent.offsets[k][0]


# the sentence's subject: "The prime minister will also ...", or after an opening phrase
# "Later the same day, the Foreign Minister held talks ...", "In the afternoon, the prime
# minister ..." (a capitalised "The Prime Minister" opening a government's release is its
# own, often unnamed, head; "In his meeting with X, the minister ..." may be either of them)
_THE_TITLE = (
    # "the Minister of Foreign Affairs": the foreign minister, by the office's full name
    r"(?:minister (?:of|for) foreign affairs"
    r"|(?:prime |foreign |defen[cs]e |deputy |vice ){0,2}"  # "the Deputy Prime Minister"
    r"(?:minister|president|premier|chancellor|secretary|envoy|ambassador)"
    r"|(?:deputy )?pm|head of state|head of government|chief executive|top diplomat)"
)
_THE_TITLED_OWNER_RE = re.compile(
    rf"\b[Tt]he (?:new |visiting |top )?((?i:{_THE_TITLE}))['’]s (?:[\w-]+ ){{0,2}}?"
    r"(?:(?:phone|telephone|video) )?(?:conversation|call|talks|meeting) with\b"
)
#: the openings of a sentence that puts a place or a time before its subject ("In Sri Lanka,
#: the top diplomat ...", "En route to Colombo on Tuesday, the minister ...")
PLACE_OPENERS = ("In", "At", "On", "From", "After", "Before", "En route to", "Upon arriving in")
PLACE_OPENERS += ("While in",)
_THE_TITLE_RE = re.compile(
    rf"(?:The (?P<low>{_THE_TITLE}|(?:Deputy )?PM)"
    rf"|[A-Z][^,]{{0,40}}, the (?=[A-Z])(?P<any>(?i:{_THE_TITLE}))"
    # "Later, the foreign minister ...", "Also on Tuesday, the foreign minister ..."
    rf"|[A-Z](?:[a-z ]|{WEEKDAY_WORD}){{0,40}}, the (?P<after>{_THE_TITLE})"
    # "In Sri Lanka, the top diplomat will ...", "En route to Sri Lanka on Tuesday, the
    # minister plans ...": a place opens the sentence, the subject follows
    r"|(?:" + "|".join(PLACE_OPENERS) + r") [A-Z][^,.;:]{0,40}"
    rf", the (?P<placed>{_THE_TITLE})"
    # "Officials said the Prime Minister is expected in Nairobi": the sentence's own subject
    rf"|[A-Z][^,.;:]{{0,60}}? said (?:that )?the (?P<said>(?i:{_THE_TITLE})))"
    # "The foreign minister's spokesman" is someone else ("The minister's programme" is his)
    r"\b(?! of\b)(?!['’]s (?:spokes\w+|deputy|aide|advis[eo]r|envoy|representative)\b)"
)
_TITLE_WORD = (
    r"(?:[Pp]rime |[Ff]oreign |[Dd]efen[cs]e |[Dd]eputy |[Vv]ice )?(?:[Mm]inister|[Pp]resident"
    r"|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Ee]nvoy|[Aa]mbassador)"
)
_WITH_AGREEING_RE = re.compile(r", with (?:the |both )?(?:[\w-]+ ){0,3}agreeing (?:that|to)\b")
_THE_CAPITAL_TITLE_RE = re.compile(
    r"The ((?:Prime |Foreign |Defen[cs]e |Deputy |Vice )?(?:Minister|President|Premier"
    # "The President of the Republic received ...": the state's own, not another's
    r"|Chancellor|Secretary)|Head of State|Head of Government"
    # "The King received ...", not "The King Fahd Foundation"
    r"|(?:Emir|Amir|King|Queen|Sultan|Crown Prince)(?! [A-Z]))\b(?: of the Republic\b)?(?! of\b)"
)
_THE_VISITING_RE = re.compile(rf"The visiting ({_THE_TITLE})\b")
_THE_TITLE_PAIR_RE = re.compile(
    r"The (" + _TITLE_WORD + r") and the (" + _TITLE_WORD + r")\b(?! of\b)"
)
_AFTER_CANCELLED_RE = re.compile(
    r",? (?:(?:days|weeks|hours|shortly|just|only|a day|a week) )?after\b[^,]*?"
    r"\b(?:" + CANCEL_WORDS + r")\b"
)
_AGREED_SITTING_RE = re.compile(
    r"(?:, (?:and )?(?:the (?:two )?(?:sides|parties|ministers|leaders)|they|both sides) |, and | )"
    r"(?:also )?(?:agreed|decided) (?:to (?:hold|convene)|that)\b"
)
_IN_A_MEETING_RE = re.compile(
    r"\b(?:in|during|at) (?:a|an|the|their) (?:[\w-]+ ){0,2}?"
    r"(?:video ?conference|(?:phone |telephone )?call|conversation|talks|meeting)\b"
)
_UNNAMED_OFFICIAL_RE = re.compile(
    r"\b(?:by|with) (?:the ([A-Z][\w-]+) |([A-Z][\w-]+)['’]s )(?:(?i:prime minister|president"
    r"|foreign minister|king|emir|premier|chancellor|vice president|head of state))\b(?!,? [A-Z])"
)
