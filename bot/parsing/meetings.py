"""Meetings: talks, summits, calls and visits between officials of different sides.

Each sentence with a meeting word becomes a mention (who, which sides, when,
where, how, held or planned); mentions that tell of the same encounter merge
into one meeting. The first meeting the body reports is the news; the others
are background.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from bot.parsing import dates
from bot.parsing.entities import Sentence, compound_sides, country_codes
from bot.parsing.lexicon import Lexicon, token_key
from bot.parsing.patterns import TextPattern, word_alternation
from bot.parsing.people import Occurrence, Person
from bot.parsing.places import dateline_city

# Word lists are searched as prefix-factored alternations (patterns.word_alternation):
# the same matches, found about twice as fast.
TRIGGER_WORDS = (
    *("met", "meet", "meets", "meeting", "meetings", "talks", "summit", "summits", "call"),
    *("phone", "telephone", "teleconference", "videoconference", "video conference"),
    *("virtual meeting", "visit", "visits", "visited", "visiting", "hosted", "host", "hosts"),
    *("received", "receives", "receive", "sat down", "sit-down", "consultations"),
    *("negotiations", "discussions", "rendezvous", "gathering", "gathered", "ministerial"),
    *("engaged", "spoke by phone", "spoke with", "talked", "held a meeting", "trilaterally"),
    *("spoke briefly with", "spoke separately with", "spoke informally with"),
    *("bilaterally", "previous one", "last one", "first one", "co-chaired", "co-chair"),
    *("called on", "calls on", "calling on"),  # "called on President X": a courtesy visit
    *("convene", "convenes", "convened", "sit down", "sitting down"),
    # a dialogue as an event, not as a wish ("not ruling out dialogue with Pyongyang")
    *("strategic dialogue", "dialogue between", "ministers' dialogue", "security dialogue"),
)
TRIGGER_RE = TextPattern(r"\b(" + word_alternation(TRIGGER_WORDS) + r")\b")
NOT_MEETING_RE = TextPattern(
    r"\b(press conference|news conference|press briefing|(?:hoped|hopes|hope|wish|wishes|"
    r"willingness|readiness|ready|prepared|calling|called) (?:for|to)\b[^.]{0,60}"
    r"\b(?:summit|talks|meet|dialogue)"
    r"|\bmet (?:two|three|four|five|several|many|\d+) times\b"
    r"|\bsummon\w*|\blodged (?:\w+ )?(?:representations|protests?)\b"
    r"|meets? (?:the )?(?:demands|needs|requirements|goals|targets|expectations|criteria"
    r"|standards)"
    # "the thaw gathered pace": an idiom, not a gathering
    r"|\bgather(?:ed|s|ing) (?:pace|momentum|steam|dust)\b)"
)
WISH_RE = TextPattern(
    r"\b(hoped for|hopes for|hope for|willingness to meet|readiness to|voiced readiness|"
    r"expressed a willingness|preparedness to|resum\w+ (?:the )?\w*[- ]?party talks|in order for|"
    r"another (?:summit|meeting)|necessary for|need for a|need to hold)\b"
)
PLANNED_WORDS = (
    *("will", "set to", "expected to", "scheduled", "plan to", "plans to", "planned", "future"),
    *("committed to conduct", "committed to hold", "agreed to meet", "to meet again"),
    *("agreed to hold", "agreed to convene", "toward holding", "towards holding"),
    *("are visiting", "is visiting", "is to", "are to", "upcoming", "next week"),
    # "due to" + a verb; "due to restrictions" gives a cause, not a plan
    *("due to be", "due to meet", "due to hold", "due to visit", "due to travel", "due to fly"),
    *("due to arrive", "due to attend", "due to host", "due to receive", "due to sign"),
    *("due to start", "due to begin", "due to take", "due to head", "due to open"),
    # "is due in Kigali on Wednesday", not "the summit due in November"
    *("is due in", "are due in", "is expected in", "are expected in", "is expected back"),
    *("due to resume", "due to continue", "due to convene", "due to discuss", "due to speak"),
    *("next month", "later this", "is likely to", "are likely to", "aims to", "intends to"),
    # a modal before a meeting verb tells of one to come: "would receive", "should meet"
    *("would meet", "would receive", "would visit", "would hold", "would host", "would travel"),
    *("should meet", "should hold", "could meet", "may meet", "might meet", "would be held"),
    *("possible meeting", "possible summit", "possible talks", "possible visit"),
    *("to be held", "to be co-chaired", "looked forward to", "looks forward to"),
    *("look forward to", "set for", "slated for"),
)
PLANNED_RE = TextPattern(  # only ever asked whether it matches
    r"(?<!the )\b(?:" + word_alternation(PLANNED_WORDS, presence_only=True) + r")\b"
)
CANCELLED_RE = TextPattern(r"\b(cancell?ed|called off|scrapped|postponed|put off|shelved)\b")
_CANCELLED_NEEDLES = ("cancel", "called off", "scrapped", "postponed", "put off", "shelved")
CALL_RE = TextPattern(r"\b(phone|telephone|three-way call|phone call|by phone|call)\b")
NOT_CALL_RE = re.compile(  # "called on both sides", not "a phone call on Sunday"
    r"\bcall(?:ed|ing|s)? (?:on|for)\b(?! (?:\w+day|\d|(?:the )?(?:morning|evening|afternoon)))"
    r"|\bcourtesy call"
)
VIRTUAL_RE = TextPattern(
    r"\b(teleconference|video ?conference|videoconference|virtual|video call|video link"
    r"|online meeting|virtually)\b"
)
IN_PERSON_WORDS = (
    *("met", "meet", "meets", "hosted", "host", "hosts", "received", "receives", "sat down"),
    *("sit-down", "arrived", "in-person", "in person", "held talks", "gathered", "summit"),
    *("had a meeting", "held a meeting", "meeting with", "bilateral meeting"),
    *("bilateral meetings", "courtesy call", "called on", "calls on", "calling on"),
)
IN_PERSON_RE = TextPattern(  # only ever asked whether it matches
    r"\b(?:" + word_alternation(IN_PERSON_WORDS, presence_only=True) + r"|visit\w*|co-chair\w*)\b"
)
# meeting words IN_PERSON_RE finds on their own: where one is the trigger, it matches
_IN_PERSON_TRIGGERS = frozenset(w for w in TRIGGER_WORDS if IN_PERSON_RE.search(w))
ANAPHOR_RE = TextPattern(
    r"\b(?:the|that|this|their|during their|in the|during the)\s+"
    r"(?!first\b|second\b|third\b|last\b|next\b|previous\b)(?:[\w-]+\s+){0,2}?"
    r"(meeting|talks|summit|visit|gathering|call|teleconference|encounter|event)\b"
)
GROUP_RE = TextPattern(
    r"\b(?:the|both) (?:two|three|four|2|3|4) (?:[\w-]+ )?"
    r"(?:leaders|ministers|officials|men|sides|diplomats|heads of state|presidents|premiers"
    r"|prime ministers|counterparts|chiefs|envoys|negotiators|delegations)\b"
    r"|\bboth leaders\b|\bthe (?:foreign |defen[cs]e )?ministers\b"
    r"|\bthe leaders (?:also )?(?:agreed|met|held|spoke|discussed)\b"  # "agreed to meet in Khiva"
    # "They had met in Rio", "They agreed to ...", "The two last met in June"
    r"|(?:^|[,;] )they (?:\w+ )?(?:met|held|spoke|spoken|talked|agreed)\b"
    r"|\bwhere they also (?:met|held|spoke|talked)\b"
    r"|\bthe (?:two|pair) (?:(?:\w+ly|last|first|had|have|also) ){0,2}"
    r"(?:met|held talks|spoke|talked|agreed)\b"
    r"|\bthe heads of (?:state|government)\b"
)
LOCATION_RE = TextPattern(  # (?<!\w..) is a \b before in/at: written after them, it lets the
    # regex engine skip straight to an "i" or an "a" instead of trying every position
    r"(?:[Ii]n|at)(?<!\w..)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’\-]+)"
    # "Dar es Salaam", "Punta del Este", "Santa Cruz de la Sierra"
    r"(?:\s+(?:[A-Z][\w'’\-]+|(?:of the|of|de la|del|de|du|es|dos|do|da)(?!\w)))*"
    r"(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
)
CAPITAL_OF_RE = TextPattern(
    r"\b(?:the\s+)?(?P<dem>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)(?:['’]s)? capital(?:,)?"
    r"(?:\s+(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))?"
)
SINCE_MEETING_RE = re.compile(  # "the first since ...", "has not been held since ..."
    r"\b(first|last|previous)\b.*\bsince\b|\bnot (?:been )?(?:held|met|convened)\b.*\bsince\b"
)
_TOPIC_BEFORE_RE = re.compile(
    r"\b(?:over|about|on|regarding|posed by|against|toward|towards|including|across|since)"
    r"\s+(?:the\s+)?$"
)
_TOPIC_CLAUSE_RE = re.compile(
    r"\b(?:regarding|concerning|to discuss|discussed|focus(?:ed)? on|over the issue)\b"
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
)
_SINCE_MEETING_CLAUSE_RE = re.compile(r"\bsince\b.*\b(?:meeting|summit|talks)\b")
_CITY = r"[A-Z][\w\-'’]+(?: (?:de |da |do |del |la |el )?[A-Z][\w\-'’]+)?"  # "Rio de Janeiro"
_VISIT_PLACE_RE = TextPattern(
    r"\b(?:his |her |their )?(?P<city>[A-Z][\w\-]+) (?:visit|trip)\b"
    rf"|\b(?:visit|trip|arrived|arrives) (?:to|in) (?P<city2>{_CITY})"
    rf"|\b(?:visit|visits|visited|visiting) (?P<city3>{_CITY})"
    r"|\b(?:travel(?:s|ed|led|ing|ling)?(?: on)?|fl(?:y|ies|ew|ying)(?: on)?|head(?:s|ed|ing)?"
    rf"|(?:move|moves|moved|moving) on|proceed(?:s|ed|ing)?) to (?P<city4>{_CITY})"
)

_FROM_WHERE_RE = TextPattern(  # "heads on Thursday to Abidjan, where she is due to meet X"
    rf"\b(?:from|in|to|at|for) (?P<place>{_CITY}(?:, {_CITY})?)"
    r"(?: (?:last|this|next|on|in) \w+(?: \w+)?)?, where (?:[^,.;]*? )?"
    r"(?:met|meets|meet|held|holds|hold|spoke|talked)\b"
)
_VISIT_NEEDLES = ("visit", "trip", "arrive", "travel", " fl", "head", "move", "proceed")


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
    aside: bool = False  # "on the sidelines of the meeting, X held separate talks with Y"
    also: bool = False  # "X also met Y", "later received": a further encounter of the same visit
    separate: bool = False  # "held separate calls with ...": one encounter per counterpart
    during_visit: bool = False  # "during his stay", "during the visit": within the visit told
    unnamed_other: bool = False  # "received by the Albanian Prime Minister", named nowhere
    last: int = -1  # the sentence that last told of it
    earlier: bool = False  # "the previous session was held in Cobija": not the one told of
    group_size: int = 0  # the first so many met one counterpart each among the rest
    joined: list[int] = field(default_factory=list)  # "X also took part", before anyone met


# "X and his Iraqi counterpart Y on Thursday discussed ...": two sides as one subject of
# talks the sentence names by what was said in them, not by a word for a meeting
_JOINT_TALKS_RE = re.compile(
    r"\bcounterparts?\b[^.;:]{0,80}?\b(discussed|reviewed|exchanged views)\b"
)
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
    r"|\bafter (?:his|her|their) (?:[A-Z][\w-]+ )?(?:visit|trip)\b"
    # "..., following their telephone call on 9 January": the earlier call
    r"|\b(?:after|following) their (?:[\w-]+ ){0,2}?(?:call|conversation|meeting|talks)\b",
    re.I,
)
# SUB_RE for lower-cased ASCII text, where it finds the same spans twice as fast: lower()
# keeps ASCII offsets, and case-insensitive matching of ASCII is plain lower-case matching.
_SUB_ASCII_RE = re.compile(SUB_RE.pattern.replace("[A-Z]", "[a-z]"), re.ASCII)
EXPLICIT_WORDS = (
    *("held", "hold", "holds", "holding", "met", "meet", "meets", "gathered", "took place"),
    *("will", "to hold", "due to", "set to", "convened", "conduct", "discussed", "hosted"),
    *("visited", "was held", "were held", "resume"),
)
EXPLICIT_RE = TextPattern(  # only ever asked whether it matches
    r"\b(?:" + word_alternation(EXPLICIT_WORDS, presence_only=True) + r")\b"
)
NATIONS_RE = TextPattern(
    r"\b(?:the|their|both|all) (?:two|three|four|2|3|4) "
    r"(?:nations|countries|governments|sides|allies)"
    r"|\bboth countries\b|\bthe (?:two|three) nations['’]|\btheir countries\b"
)
SPEAKER_VERBS = ("said", "says", "told", "tweeted", "wrote", "added", "noted", "stressed")
SPEAKER_VERBS += ("stated", "announced")
SPEAKER_VERB_RE = re.compile(r"^(?:'s )?(?:has |had )?(?:" + "|".join(SPEAKER_VERBS) + r")\b")
_SPEAKER_OPENERS = ("'s", "has", "had", *SPEAKER_VERBS)  # what a SPEAKER_VERB_RE match opens on
_HE_MET_RE = re.compile(r"\b(?:that )?(?:he|she) (?:had |has )?(?:met|sat|held|spoke|talked)\b")


class MeetingReader:
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
        self.published = published
        self.dateline = dateline
        occ_by_sent: dict[int, list[Occurrence]] = {}
        for o in occ:
            if o.person in self.by_key:
                occ_by_sent.setdefault(o.sentence, []).append(o)
        self.events: list[Draft] = []
        self.last_group: list[int] = []
        self.groups: list[list[int]] = []  # every group told of, in order
        self.last_subject: int | None = None
        self.mentioned: list[int] = []  # every person named, in order
        self._clause_participants: list[int] = []  # who met in the clause read last
        self._unclaimed: Draft | None = None  # a meeting told of with no one and no side named
        self._compounds: dict[int, list[tuple[int, str]]] = {}  # compound_sides of a sentence
        self._main_group: list[int] = []  # who met in the sentence's main clause
        for sent in sentences:
            occs = occ_by_sent.get(sent.index, [])
            sent_low = sent.text.lower()
            trigger = TRIGGER_RE.search(sent_low)
            if trigger is None and "counterpart" in sent_low and len(occs) >= 2:
                trigger = _JOINT_TALKS_RE.search(sent_low)  # "A and his counterpart B discussed"
            if trigger is None:
                trigger = (
                    _sitting(sent_low)
                    or _acronym_held(sent.text, sent_low)
                    or _journey(sent.text, sent_low)
                )
            if trigger:
                self._speaker_cache = self._speakers(sent, occs)
                self._sent_low, self._sent_trigger = sent_low, trigger
                self._name_at = {k for o in occs for k in range(o.start, o.end)}
                self._main_group = []
                for seg in self._segments(sent):
                    self._segment(sent, occs, *seg)
            elif occs and self.events and _any_in(sent_low, _ACCOMPANY_NEEDLES):
                self._accompanied(sent, sent_low, occs)
            if occs:
                persons = list(dict.fromkeys([o.person for o in occs]))
                if len(persons) >= 2:
                    # "They" after "The two ministers met ..., when X was received by Y":
                    # the two who met, not everyone the sentence names
                    self.last_group = (trigger and self._main_group) or persons
                    self.groups.append(persons)
                self.last_subject = occs[0].person
                self.mentioned.extend(o.person for o in occs)
        for e in self.events:
            if not e.participants and len(e.countries) >= 2 and not e.from_since:
                self._name_the_officials(e, occ_by_sent)
            if len(e.participants) == 1:
                self._name_the_counterpart(e, occ_by_sent)
            if e.participants:
                e.participants.extend(k for k in e.joined if k not in e.participants)
        self._sides_of_the_lead()
        return [e for e in self.events if self._is_meeting(e)]

    def _name_the_counterpart(self, e: Draft, occ_by_sent: dict[int, list[Occurrence]]) -> None:
        """ "talks between Foreign Minister X and his Argentine counterpart", then "Mariela
        Sosa Quiroga, Argentina's minister of foreign affairs, arrived on Tuesday": the
        counterpart is the one of that country the next sentence names."""
        m = _NATIONAL_COUNTERPART_RE.search(e.evidence[0])
        ent = self.lex.entities.get((token_key(m.group(1)),)) if m else None
        if ent is None or ent.kind != "demonym" or not ent.code:
            return
        if any(self.by_key[k].country == ent.code for k in e.participants):
            return
        for o in occ_by_sent.get(e.first + 1, []):
            if self.by_key[o.person].country == ent.code and o.person not in e.participants:
                e.participants.append(o.person)
                e.countries.add(ent.code)
                return

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

    def _accompanied(self, sent: Sentence, low: str, occs: list[Occurrence]) -> None:
        """ "He was accompanied by Foreign Minister X and ambassador Y", "Also present were
        ...": officials who sat in on the talks just told of take part in them."""
        if not _ACCOMPANY_RE.search(low):
            return
        told = self._told_last()
        if told.status != "held" or told.mode == "call" or sent.index - told.last > 5:
            return
        # talks whose sides the text has yet to name: they join once the sides are known,
        # unless they are the sides ("The Azerbaijani delegation was led by X")
        leads = "led by" in low or "headed by" in low
        joiners = told.participants if told.participants or leads else told.joined
        for o in occs:
            p = self.by_key[o.person]
            if o.person in told.participants or not p.role:
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
        if not e.evidence or not _PLURAL_TITLE_OF_RE.search(e.evidence[0]):
            return
        for index in (e.first + 1, e.first + 2):
            found: dict[str, int] = {}
            for o in occ_by_sent.get(index, []):
                code = self.by_key[o.person].country
                if code in e.countries and code not in found:
                    found[code] = o.person
            if set(found) == e.countries:
                e.participants = list(found.values())
                for later in self.events:  # "... and agreed to meet in Warsaw next month"
                    if later.first == e.first and later is not e and not later.participants:
                        later.participants = list(e.participants)
                        later.countries |= e.countries
                return

    # --- clauses ---------------------------------------------------------------
    def _segments(self, sent: Sentence) -> list[tuple[int, int, str, list[int]]]:
        """(start, end, kind, extra participants) of the clauses that may tell of a meeting."""
        text = sent.text
        out: list[tuple[int, int, str, list[int]]] = []
        start = 0
        tl = self._sent_low
        if _any_in(tl, _HEAD_NEEDLES) and (m := HEAD_RE.match(text)):  # HEAD_RE opens with ^
            out.append((0, m.start("verb"), "anaphor", []))
            start = m.end("verb")
        rest_start = start
        if not _any_in(tl, _SUB_NEEDLES):
            subs = []
        elif rest_start == 0:  # the first match is all the loop below reads
            m = _SUB_ASCII_RE.search(tl) if text.isascii() else SUB_RE.search(text)
            subs = [m] if m else []
        else:
            subs = [m for m in SUB_RE.finditer(text) if m.start() >= rest_start]
        end = len(text)
        for m in subs:
            if (rest_start or not _sets_the_scene(tl, m.start())) and (
                # "The decision was reached yesterday in Lusaka at a meeting of the Council":
                # with no meeting word before it, the meeting is the sentence's own
                TRIGGER_RE.search(tl, rest_start, m.start())
                or _sitting(tl[rest_start : m.start()])
                or not m.group(0).lower().startswith("at ")
            ):
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
        then = _THEN_MEETING_RE.search(tl, rest_start, end) if _any_in(tl, _THEN_NEEDLES) else None
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
        both = tl.find(", and ", rest_start, end) if ", and " in tl else -1
        if both < 0 and ", while " in tl:  # "..., while the defence ministers will meet in X"
            both = tl.find(", while ", rest_start, end)
        first, second = tl[rest_start:both], tl[both:end]
        if both > 0 and (
            _sitting(first)
            and _sitting(second)
            # "..., while the defence ministers will meet in Baku": each with a place of its own
            or tl.startswith(", while ", both)
            and (_sitting(first) or TRIGGER_RE.search(first))
            and (_sitting(second) or TRIGGER_RE.search(second))
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
        agreed = _AGREED_SITTING_RE.search(tl, rest_start, end) if "agreed" in tl else None
        if (
            agreed
            and TRIGGER_RE.search(tl, rest_start, agreed.start())
            and _sitting(tl[agreed.start() : end])
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
            and _has_group(tl[rest_start:when])  # a clause of its own on who met, then
            and TRIGGER_RE.search(tl, rest_start, when)
            and TRIGGER_RE.search(tl, when, end)
        ):
            # "The two ministers last met in Tehran in February, when X paid a visit and was
            # received by President Y": the clause tells of a further encounter of that visit
            out.append((when + 2, end, "when", []))
            end = when
        main = (rest_start, end)
        chunk = text[main[0] : main[1]]
        cuts = (
            [main[0] + m.start() for m in _CUT_RE.finditer(chunk)]
            if "with" in chunk and _any_in(chunk, _CUT_NEEDLES)
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

    def _segment(
        self, sent: Sentence, occs: list[Occurrence], cs: int, ce: int, kind: str, extra: list[int]
    ) -> None:
        text = sent.text[cs:ce]
        if kind in ("with", "then") and extra:  # "Lula held two meetings: with A, and with B"
            text = sent.text[extra[0] : extra[1]] + " " + text
        if text == sent.text:  # the whole sentence: read() has lowered and searched it
            low, trigger = self._sent_low, self._sent_trigger
        else:
            low = text.lower()
            trigger = (
                TRIGGER_RE.search(low)
                or _sitting(low)
                or _acronym_held(text, low)
                or _journey(text, low)
            )
        if trigger and "since" in low and len(low) == len(text):
            # "The Joint Commission, dormant since 2022, will meet in Abuja next month": the
            # aside dates the dormancy; the day and the place are the clause's own
            aside = _SINCE_ASIDE_RE.search(low)
            if aside and not _MEETING_WORD_RE.search(low, aside.start(), aside.end()):
                blank = " " * (aside.end() - aside.start())
                text = text[: aside.start()] + blank + text[aside.end() :]
                low = low[: aside.start()] + blank + low[aside.end() :]
                trigger = TRIGGER_RE.search(low) or _sitting(low)
        if not trigger:
            return
        word = trigger.group(1)
        if word.startswith("summit") and _BY_DEADLINE_RE.search(low, 0, trigger.start()):
            return  # "full membership at the latest by the bloc's 2026 summits": a deadline
        if word.endswith(" on") and not _calls_on_someone(text, low, trigger.end()):
            return  # "called on both sides to show restraint": an appeal, not a visit
        upto = low[: trigger.end()]
        if "times" in low and _MET_TIMES_RE.search(low):  # "have met three times": a tally
            return
        if kind != "anaphor" and (
            _any_in(upto, _WISH_NEEDLES)
            and WISH_RE.search(upto)
            or _any_in(low, _NOT_MEETING_NEEDLES)
            and NOT_MEETING_RE.search(low)
            and not _MET_OR_HELD_RE.search(low)
        ):
            return
        offsets = sent.offsets if occs else ()  # worked out only where someone is named
        inside = [o for o in occs if cs <= offsets[o.start][0] < ce]
        if kind in ("with", "agreed", "then") and extra:
            inside = [o for o in occs if extra[0] <= offsets[o.start][0] < extra[1]] + inside
        since_at = _SINCE_RE.search(text) if "since" in text else None
        since_named: list[int] = []
        if since_at:  # people named in "since the launch of X's administration" did not meet
            cut = cs + since_at.start()
            since_named = [o.person for o in inside if sent.offsets[o.start][0] >= cut]
            inside = [o for o in inside if sent.offsets[o.start][0] < cut]
        persons = list(dict.fromkeys([o.person for o in inside]))
        speakers = self._speaker_cache
        participants = [p for p in persons if p not in speakers]
        if (
            self.last_subject is not None
            and ("He" in text or "She" in text)
            and _HE_SHE_RE.match(text)
        ):
            participants.insert(0, self.last_subject)
        elif text.startswith("The ") and (pair := self._the_titled_pair(text)):
            # "The Secretary and the Minister first met in Vientiane in July 2024"
            participants = [*pair, *(p for p in participants if p not in pair)]
        elif (
            ("The " in text[:4] or "the " in text[:48])
            and (titled := self._the_titled(text)) is not None
            and titled not in participants
        ):
            # "The prime minister will also call on X", "Later the same day, the Foreign
            # Minister held talks with X"
            participants.insert(0, titled)
        elif (
            _any_in(lead_in := text[: trigger.start()], ("he ", "'s ", "’s "))
            and (national := self._the_national(lead_in)) is not None
            and national not in participants
        ):
            participants.insert(0, national)  # "the Tongan leader paid a courtesy call on X"
        if (
            len(participants) <= 1
            and word == "visit"
            and "arriv" in low
            and _ARRIVED_FOR_RE.search(low)
            and all(m.group(1) == "visit" for m in TRIGGER_RE.finditer(low, trigger.end()))
        ):
            return  # "X, who arrived in Nadi on Tuesday for a three-day visit": not a meeting
        if kind == "sub" and re.search(r"\b(?:his|her|their)\b", text[:40]) and occs:
            participants.insert(0, occs[0].person)
        if len(participants) < 2 and _has_group(low):  # "the two leaders were joined by X"
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
                word in _SITTING_VERBS
                or word.startswith(("hold", "conven"))
                and _CONVENE_BODY_RE.search(low) is not None
            ) and _GROUP_SAYS_RE.search(low):
                group = []  # "the ministers agreed that the next session will be held in X"
            participants = [*group, *(p for p in participants if p not in group)]
        if not participants and kind == "sub":
            before = [o for o in occs if sent.offsets[o.start][0] < cs and o.person not in speakers]
            if before:
                participants = [before[-1].person]
            elif " their " in low and _has_group(self._sent_low[:cs]):
                participants = list(self._titled_group(self._sent_low[:cs]))  # "the two ..."
        if (
            len(participants) == 1
            and "trilateral" in low
            and (pairs := [e for e in self.events if len(e.participants) == 2])
            and participants[0] not in (pair := max(pairs, key=lambda e: e.last).participants)
        ):  # "A trilateral meeting with Ukraine's X ...": the two just told of, and X
            participants = [*pair, *participants]
        if kind == "then" and len(participants) < 2:  # "... met in Munich and spoke by phone"
            if self._clause_participants and _THEN_HE_RE.search(text):
                # "X will be received by Y later today, and on 15 May he will meet Z": X
                participants = [self._clause_participants[0], *participants]
            else:
                participants = [*self._clause_participants, *participants]
        participants = list(dict.fromkeys(participants))
        if kind != "then":
            self._clause_participants = list(participants)
        if kind == "main" and len(participants) >= 2 and not self._main_group:
            self._main_group = list(participants)
        sides = self._sides(sent, cs, ce) | self.lex.joint_countries(text)
        if kind == "agreed" and extra:  # "the ministers of A and B ... agreed to meet again"
            sides |= self._sides(sent, extra[0], extra[1])
        if word in _ONE_WORDS and not participants and self.events:
            sides |= self._primary().countries  # "The last one, held in Lima in 2022": of that kind
        if len(participants) >= 2 and " their " in low and _THEIR_OFFICIALS_RE.search(low):
            # "The two agreed to hold a meeting of their foreign and defence ministers": their
            # countries are the sides; the ministers who will sit are not named
            sides |= {c for p in participants if (c := self.by_key[p].country)}
            participants = []
        nothing_named = not (
            participants or sides or kind == "anaphor" or "held" in low or "meet" in low
        )
        # "The 11th session of the Joint Commission was held in Arusha", "The JPC last met
        # in Nairobi in 2019": a standing body's sitting, its members the sides of the news
        sitting = not participants and (
            _sitting(low) is not None
            or _ACRONYM_MET_RE.search(text) is not None
            or _acronym_held(text, low) is not None
        )
        if nothing_named and not (
            sitting
            or _has_group(low)
            or _has_nations(low)
            or _NEXT_ROUND_RE.search(low)
            or _any_in(low, _ANAPHOR_NEEDLES)
            and ANAPHOR_RE.search(low)
        ):
            return
        pcountries = {self.by_key[p].country for p in participants if self.by_key[p].country}
        future = (
            (
                _any_in(low, _PLANNED_NEEDLES)
                # "held talks ..., days before Tehran is due to ...": the aside's plan is not this
                and bool(PLANNED_RE.search(_before_an_aside(low)))
                # "received a phone call from X ... on the GCC summit next month": the verb told
                # it as done; the plan after it is what they spoke of
                and not (
                    (
                        word in _PAST_TRIGGERS
                        # "a working group co-chaired by A will meet": a participle, no deed
                        and not low.startswith(" by ", trigger.end())
                        or _HELD_BEFORE_RE.search(low, 0, trigger.start())
                    )
                    # the plan must be told in the meeting's own clause: "X and Y will restore
                    # rail freight, the two prime ministers announced after talks on Thursday"
                    and not PLANNED_RE.search(
                        low[low.rfind(", ", 0, trigger.start()) + 1 : trigger.start()]
                    )
                    and not _MODAL_PAST_RE.search(low[: trigger.start()])
                )
            )
            or (  # "invited X to visit Kenya", "accepted Y's invitation to visit in April"
                _any_in(low, ("invit", "agreed to")) and bool(_INVITED_RE.search(low))
            )
            # "They discussed the upcoming meeting of the joint committee": the meeting told
            or low[: trigger.start()].endswith(("the upcoming ", "the forthcoming "))
        )
        if future and trigger.start() == 0 and _PARTICIPLE_PAST_RE.match(low) is not None:
            # "Meeting at Malacanang Palace, the two leaders confirmed that Japan will ...": the
            # participle's deed is the past verb after it; the plan is what they agreed
            future = False
        if word.split()[0] in _JOURNEY_WORDS and not (future and participants):
            return  # "travelled to Geneva": a trip told, no meeting named; or nobody's trip
        if (
            future
            and participants
            and "chair" not in low
            and (
                (says := _GROUP_SAYS_RE.search(low))
                # "During the talks, A and B agreed to hold the next session of their joint
                # committee in Astana": a standing body, not the two who agreed on it
                or (says := _AGREED_ON_BODY_RE.search(low))
            )
            and " with " not in low[: says.start()]
            and " led by " not in low
            # "The leaders agreed to hold the next meeting of the Supreme Interstate Council":
            # the heads of state sit in their own council
            and not _any_in(says.group(0), ("leaders", "presidents"))
            and _sitting(low) is not None
            and not _any_in(low, ("ministers'", "ministers’", "leaders'", "leaders’"))
        ):
            # "the two ministers agreed that the next session of the Joint Commission will be
            # held in Nairobi": who agreed is told, not who will sit (unless the body is theirs:
            # "the Foreign Ministers' Strategic Dialogue")
            participants = []
            pcountries = set()
        anaphoric = (
            kind == "anaphor"
            or (
                kind != "agreed"
                and _any_in(low, _ANAPHOR_NEEDLES)
                and bool(m_ana := ANAPHOR_RE.search(low))
                and not (_any_in(low, _EARLIER_NEEDLES) and _EARLIER_RE.search(low))
                # "to meet on the sidelines of the ASEAN summit": the setting, not a pointer
                and not _on_the_sidelines(low, m_ana.start())
            )
            # "It will be the first visit to China by a Japanese foreign minister in a year"
            or (" the first" in low and bool(_IS_THE_FIRST_RE.match(low)))
        )
        separate = (  # "separate calls with A and B", "with his X and Y counterparts"
            "separate" in low
            and (len(participants) >= 3 or "counterparts" in low)
            and bool(_SEPARATE_RE.search(low))
        )
        group_size = 0
        if separate and "counterparts" in low and _has_group(low):
            # "The two ministers held separate meetings with their counterparts, A and B":
            # each of the group met their own counterpart
            group = [p for p in self._titled_group(low) if p not in participants]
            if len(group) >= 2 and len(participants) == len(group):
                participants = [*group, *participants]
                group_size = len(group)
        aside = (
            not separate
            and len(participants) >= 2
            and _any_in(low, _ASIDE_NEEDLES)
            and bool(self.events)
            and _beside_the_one_told(text, low)
        )
        if aside:  # its own encounter, on the day and at the place of the one it sits beside
            anaphoric = False
        cancelled = _any_in(low, _CANCELLED_NEEDLES) and bool(CANCELLED_RE.search(low))
        instead = kind == "then" and " instead " in low and _INSTEAD_RE.search(low) is not None
        if instead:  # "postponed the visit and instead held a call": what happened, not the plan
            cancelled = future = False
        d = Draft(
            participants=participants,
            countries=set(pcountries),
            # "had been scheduled for February but was called off": this winter or the last
            date=self._where_date(text, future, cancelled)
            or dates.event_date(
                _without_arrival(text) if ", who arriv" in text else text,
                self.published,
                future=future,
                nearest=cancelled,
            ),
            # "... since June, when they met in Singapore": that place is the earlier meeting's
            location=self._location(text[: since_at.start()], low[: since_at.start()])
            if since_at
            else self._location(text, low),
            mode=self._mode(low[: since_at.start()], "")
            if since_at and trigger.start() >= since_at.start()
            else self._mode(low, trigger.group(1)),
            status="cancelled" if cancelled else ("planned" if future else "held"),
            evidence=[sent.text],
            first=sent.index,
            sub=kind == "sub",
            sequel=_any_in(low, _SEQUEL_NEEDLES)
            and bool(_SEQUEL_RE.search(low))
            # "X, who met Y on Wednesday evening, said ...": an encounter of X's own
            or ", who " in low
            and bool(_WHO_MET_RE.search(low)),
            attendance=anaphoric and _any_in(low, _ATTEND_NEEDLES) and bool(_ATTEND_RE.search(low)),
            aside=aside,
            also=_any_in(low, _ALSO_NEEDLES) and bool(_ALSO_RE.search(low)),
            separate=separate,
            group_size=group_size,
            during_visit=_any_in(low, ("during", "before")) and bool(_DURING_VISIT_RE.search(low)),
        )
        if d.sequel or d.also:  # only a further encounter asks who else was met
            d.unnamed_other = self._unnamed_official(text)
        if word in _SITTING_VERBS and not d.date and _THE_SITTING_RE.search(low):
            anaphoric = True  # "at the opening of the session, held at the Palace of Culture"
        d.earlier = (
            bool(
                sitting
                and (
                    _EARLIER_SITTING_RE.search(low)
                    or _NEXT_SITTING_RE.search(low)
                    # "The second JCBC was held in Suva in 2019": a sitting of years before
                    or d.date
                    and self.published
                    and d.date[:4] < str(self.published)[:4]
                )
            )
            or (
                # "they last met in January in Yerevan": not the news it follows
                not participants
                and bool(d.date)
                and _any_in(low, _EARLIER_NEEDLES)
                and _EARLIER_RE.search(low) is not None
            )
        )
        if self.events and _any_in(low, _SAME_DAY_NEEDLES) and _SAME_DAY_RE.search(low):
            told = self._told_last_day()  # "On the same day, X held talks"
            # "arrived on Sunday from Abu Dhabi, where he met X earlier that day": its own day
            d.date, d.also, d.aside = d.date or told.date, True, len(participants) >= 2
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
        elif separate and self.events and _AROUND_THE_ONE_TOLD_RE.search(low):
            beside = self._primary()  # "Before the trilateral meeting, X held separate talks"
            d.date = d.date or beside.date
            d.location = d.location or beside.location
        if not pcountries or (len(pcountries) == 1 and len(participants) <= 1):
            d.countries |= sides
        elif len(left := sides - pcountries - self._venues(sent, cs, ce)) == 1 and (
            sum(not self.by_key[p].country for p in participants) == 1
        ):  # the one side left over is the one person the text gives no country
            d.countries |= left
        elif len(pcountries) == 2 and _any_in(low, ("trilateral", "three-way")):
            d.countries |= sides - self._venues(sent, cs, ce)  # "a trilateral with Bolivia"
        if len(d.countries) < 2 and _has_nations(low) and self.events:
            d.countries |= self._primary().countries
        if (
            len(d.countries) == 1
            and len(participants) == 1
            and d.status in ("planned", "cancelled")
            and d.location
            and (host := self._host_country(d.location)) is not None
        ):  # "X will travel to Budapest next month for talks": the host government is a side
            d.countries.add(host)
        if d.mode in ("call", "virtual"):  # a call or a video link has no one venue
            d.location = None
        if d.mode == "unknown" and d.location:
            d.mode = "in_person"
        if d.status == "planned" and not d.location and d.mode == "in_person":
            d.mode = "unknown"
        if (
            kind == "main"
            and "a day after" in text
            and _DAY_AFTER_RE.match(text)
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
        undated = since_hit and self.published is None and _SINCE_WHEN_MET_RE.search(whole)
        earlier = None  # merged after this clause's own meeting: the news comes first
        if (since or undated) and self._since_is_meeting(whole):
            s = self._since_event(sent, since, whole, since_named, participants)
            if s is not None:
                if len(d.countries) > len(s.countries) and _has_nations(whole.lower()):
                    s.countries = set(d.countries)  # "when the leaders of the three countries met"
                if not participants and not (d.location and d.location != s.location):
                    self._merge(s, False)
                    return  # the sentence told only of the earlier meeting
                earlier = s
        keep = bool(participants or kind == "anaphor" or EXPLICIT_RE.search(low))
        keep = keep or bool(d.date or d.location)
        if keep and not participants and kind != "anaphor":
            if not d.countries and self.events and (d.date or d.location) and _HELD_RE.search(text):
                d.countries = set(self.events[-1].countries)
            elif (
                len(d.countries) < 2
                and self.events
                and (d.date or d.location)
                # "the third round is due in Ankara in December"
                and (sitting or _NEXT_ROUND_RE.search(low))
            ):
                d.countries |= self._primary().countries
        if keep:
            self._merge(d, anaphoric)
        if earlier is not None:
            self._merge(earlier, False)

    def _since_is_meeting(self, text: str) -> bool:
        m = re.search(r"\bsince\s+(?P<what>[^,;]*)", text, re.I)
        if not m:
            return False
        what = m.group("what")
        return (
            bool(
                re.match(
                    r"(?:early |late |mid-)?(?:" + "|".join(dates.MONTHS) + r"|\d{4})\b", what, re.I
                )
            )
            or bool(
                re.match(
                    r"(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:meeting|summit|talks|call|conversation|video conference)\b",
                    what,
                    re.I,
                )
            )
            or bool(_SINCE_THEY_MET_RE.match(what))
        )

    def _titled_group(self, low: str) -> list[int]:
        """The group "the two presidents" names: the latest told of whose members all hold
        that title, else the latest of all ("the two leaders", "both sides")."""
        m = _GROUP_TITLE_RE.search(low)
        if m:
            title = m.group(1).rstrip("s")
            for group in reversed(self.groups):
                roles = [(self.by_key[p].role or "").casefold() for p in group]
                # "the two Ministers" are not two prime ministers
                if all(title in r and not r.endswith(f"prime {title}") for r in roles):
                    return group
            for group in reversed(self.groups):
                roles = [(self.by_key[p].role or "").casefold() for p in group]
                if all(title in r for r in roles):
                    return group
            if not self.groups and "two" in m.group(0):
                # "..., the two prime ministers announced" before either is named: the two
                # the story names in that office
                holders = [k for k, p in self.by_key.items() if title in (p.role or "").casefold()]
                if len(holders) == 2:
                    return holders
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
            leads = {e.participants[0] for e in self.events if e.participants}
            for key in dict.fromkeys(reversed(self.mentioned)):
                if key in leads and any(_holds(self.by_key[key].role, o) for o in offices):
                    return key
            return None
        if m is None:
            visiting = _THE_VISITING_RE.match(text)
            # "The visiting minister was received by X": another encounter of the visitor's;
            # "The visiting minister, on a two-day visit, conveyed ...": the visit itself
            other = TRIGGER_RE.search(text.lower(), visiting.end()) if visiting else None
            if other is None or other.group(1).startswith("visit"):
                return None
            return self._visitor(visiting.group(1).casefold())
        return self._last_titled((m.group("low") or m.group("any") or m.group("after")).casefold())

    def _last_titled(self, title: str) -> int | None:
        """_last_holding, where "the Head of State" is the president (or monarch) named last
        and "the Head of Government" the prime minister."""
        offices = _HEAD_OF.get(title, (title,))
        found = [k for o in offices if (k := self._last_holding(o)) is not None]
        if not found:
            return None
        order = {k: i for i, k in enumerate(self.mentioned)}
        return max(found, key=lambda k: order.get(k, -1))

    def _visitor(self, title: str) -> int | None:
        """The one "The visiting minister" points back to: the one named last in that office
        who does not serve the country the news happens in."""
        place = self._primary().location if self.events else None
        host = self._host_country(place) if place else None
        if host is None and self.dateline:
            host = self.lex.gazetteer.capital_country(dateline_city(self.dateline))
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
        ent = self.lex.entities.get((token_key(m.group(1)),)) if m else None
        if m is None or ent is None or ent.kind != kind:
            return None
        return self._last_holding(m.group(2).casefold(), ent.code)

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
        return max(own, key=self.mentioned.count)

    def _serves_under_a_leader(self, key: int) -> bool:
        """Whether the text gives the person a role below a head of state or government,
        who are the ones a summit seats."""
        role = (self.by_key[key].role or "").casefold()
        return bool(role) and not any(w in role for w in _LEADER_WORDS)

    def _primary(self) -> Draft:
        return next((e for e in self.events if not e.from_since), self.events[0])

    def _venues(self, sent: Sentence, cs: int, ce: int) -> set[str]:
        """Countries the clause names as a place ("in Cambodia"), not as a side."""
        keys, offsets, entity_at = sent.keys, sent.offsets, sent.entity_at
        out = set()
        for k, code in country_codes(sent):
            if not (cs <= offsets[k][0] < ce and k):
                continue
            before = entity_at[k - 2] if k > 1 and keys[k - 1] == "," else None
            if keys[k - 1] in ("in", "at", "to", "near") or (
                before is not None and before.entity.kind in ("capital", "place")
            ):
                out.add(code)  # "in Cambodia", "in Bali, Indonesia"
        return out

    def _sides(self, sent: Sentence, cs: int, ce: int) -> set[str]:
        out = set()
        text = sent.text
        # lower() keeps an ASCII text's offsets: slices of the lowered sentence will do
        low = self._sent_low if text.isascii() else None
        named = country_codes(sent)
        if "-" in text:  # "the Kenya-Tanzania Joint Permanent Commission"
            if (cached := self._compounds.get(sent.index)) is None:
                cached = self._compounds[sent.index] = compound_sides(sent, self.lex)
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
            if _any_in(clause, _TOPIC_CLAUSE_NEEDLES) and _TOPIC_CLAUSE_RE.search(clause):
                continue
            e_ = sent.entity_at[k].end if sent.entity_at[k] else k + 1
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
        if _SINCE_THEY_MET_RE.match(tail_low):  # the pair this sentence names, else the last
            pair = list(before) if len(before) >= 2 else list(self.last_group)
        elif len(before) >= 2 and _SINCE_ENCOUNTER_RE.match(tail_low):
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
            "in_person" if loc else "unknown",
            "held",
            [text],
            sent.index,
            True,
        )

    def _speakers(self, sent: Sentence, occs: list[Occurrence]) -> set[int]:
        out = set()
        tokens, keys = sent.tokens, sent.keys
        n = len(tokens)
        for o in occs:
            k = o.end
            if k < n and tokens[k] == ",":
                j = k + 1
                while j < n and tokens[j] not in (",", ".") and j - k < 16:
                    j += 1
                if j < n and tokens[j] == ",":
                    if keys[k + 1] == "who" and TRIGGER_RE.search(" ".join(keys[k + 1 : j])):
                        continue  # "X, who met Y on Wednesday, said ...": one who met, too
                    k = j + 1
            if k < n and keys[k] == "told" and any(x.start == k + 1 for x in occs):
                continue  # "told X": X is the one told
            # the joined keys are only built where their first (or last) key can open
            # (or close) a match: SPEAKER_VERB_RE reads from the start, "to"/"said" end it
            if (
                k < n
                and keys[k].startswith(_SPEAKER_OPENERS)
                and SPEAKER_VERB_RE.match(" ".join(keys[k : k + 4]))
                and not _HE_MET_RE.search(" ".join(keys[k : k + 8]))
            ) or (
                o.start
                and keys[o.start - 1].endswith(("to", "said"))
                and _ACCORDING_RE.search(" ".join(keys[max(0, o.start - 3) : o.start]))
            ):
                out.add(o.person)
        return out

    def _mode(self, text: str, trigger: str) -> str:
        """How they met; `trigger` is the meeting word found in the text."""
        if ("tele" in text or "video" in text or "virtual" in text or "online" in text) and (
            VIRTUAL_RE.search(text)
        ):
            return "virtual"
        if (
            ("phone" in text or "call" in text)
            and CALL_RE.search(text)
            and not NOT_CALL_RE.search(text)
        ):
            return "call"
        if trigger in _IN_PERSON_TRIGGERS or IN_PERSON_RE.search(text):
            return "in_person"
        return "unknown"

    def _location(self, text: str, low: str) -> str | None:
        """The place the clause names for its meeting; `low` is text.lower()."""
        found: list[tuple[int, int, str]] = []  # (rank, position, place)
        for m in CAPITAL_OF_RE.finditer(text) if "capital" in text else ():
            if m.group("city"):
                found.append((0, m.start(), m.group("city")))
            else:
                code = self.lex.gazetteer.find_country(m.group("dem"), codes=False)
                c = self.lex.gazetteer.country(code) if code else None
                if c and c.capitals:
                    found.append((0, m.start(), c.capitals[0]))
        visits = any(map(low.__contains__, _VISIT_NEEDLES))
        for m in _VISIT_PLACE_RE.finditer(text) if visits else ():
            city = m.group("city") or m.group("city2") or m.group("city3") or m.group("city4")
            if self.lex.gazetteer.capital_country(city) or _is_known_place(self.lex, city):
                found.append((0, m.start(), city))
            elif self._host_country(city) is not None:
                found.append((2, m.start(), city))  # "is expected to visit China later this year"
        for m in LOCATION_RE.finditer(text):
            if _after_a_topic(self.lex, text, m.start()):
                continue  # "focusing on the situation in Myanmar": a subject, not a venue
            if venue := _venue(self.lex, m.group("place")):
                place = venue[1]
                if ", " in place and self._names_someone(place.split(", ", 1)[1]):
                    place = place.split(", ", 1)[0]  # "held in Tehran, Mousavi-Nejad said"
                # "at the Presidential Villa in Abuja": the city is the place to report
                rank = venue[0] + 0.5 if is_building(place) else venue[0]
                found.append((rank, m.start(), place))
        for m in _CITY_OF_RE.finditer(text) if _any_in(text, _CITY_OF_NEEDLES) else ():
            found.append((1, m.start(), m.group("city")))
        for m in _SET_FOR_PLACE_RE.finditer(text) if " for " in text else ():
            city = m.group("city")  # "the joint committee, set for Belgrade in June"
            if self.lex.gazetteer.capital_country(city) or _is_known_place(self.lex, city):
                found.append((1, m.start(), city))
        if self.dateline and "here" in text and _HERE_RE.search(text):
            # "at Seri Perdana here": the city the story comes from, before an unknown venue
            found.append((0.9, text.index("here"), dateline_city(self.dateline)))
        if (
            self.dateline
            and "in the capital" in text
            and (m := _IN_THE_CAPITAL_RE.search(text))
            and self.lex.gazetteer.capital_country(city := dateline_city(self.dateline))
        ):
            found.append((1, m.start(), city))  # "talks in the capital" under ASTANA
        if (
            ", where" in text
            and (m := _FROM_WHERE_RE.search(text))
            and (place := _clean_place(self.lex, m.group("place")))
            # "travels to Tonga, where he is due to meet X in Nuku'alofa": the clause's own
            and not any(at > m.end() and rank <= 1 for rank, at, _ in found)
        ):
            # "arrived in Kuwait from Abu Dhabi, where he met X": the place before "where"
            found.append((-1, m.start(), place))
        if not found:
            return None
        found.sort(key=lambda x: (x[0], x[1]))
        return found[0][2]

    def _where_date(self, text: str, future: bool, cancelled: bool) -> str | None:
        """ "arrived in Riyadh on Tuesday from Cairo, where he met X on Monday": the day the
        clause after "where" gives is the meeting's, not the journey's."""
        at = text.find(", where ")
        if at < 0 or not TRIGGER_RE.search(low := text.lower(), at):
            return None
        end = low.find(", ", at + 2)
        end = len(low) if end < 0 else end  # the clause "where" opens, to its next comma
        if not dates.WEEKDAY_RE.search(low, at, end) or not dates.WEEKDAY_RE.search(low, 0, at):
            return None  # a day of its own after "where", and another before it
        return dates.event_date(text[at:end], self.published, future=future, nearest=cancelled)

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

    def _host_country(self, place: str) -> str | None:
        """The country whose government a visitor to `place` calls on: a capital's, or a
        whole country's named as the place ("to visit Hungary next year")."""
        first = place.split(",")[0].strip()
        gaz = self.lex.gazetteer
        if code := gaz.capital_country(first):
            return code
        code = gaz.find_country(first, codes=False)
        country = gaz.country(code) if code else None
        return code if country and first.casefold() == country.name.casefold() else None

    def _names_someone(self, words: str) -> bool:
        """Whether the words after a place's comma open on a person: "Mousavi-Nejad",
        "Mr" (of "Mr. Yavorivskyi"), not a region ("Maryland")."""
        first = words.split()[0]
        return words in self._names or token_key(first) in self.lex.honorifics

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
        if anaphoric and d.mode in ("call", "virtual") and not d.participants:
            # "The call came as ...": the call told of, past a visit planned since
            recent.sort(key=lambda x: x.mode != d.mode)
        for rank, e in enumerate(recent):
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
            if not _compatible(e, d, anaphoric and not d.sub, bool(shared)):
                continue
            if (
                shared
                and (d.sub or e.sub)
                and not (len(shared) >= 2 and (d.date == e.date or not d.date))
            ):
                pass
            elif shared and not anaphoric and _coarse_against_none(d.date, e.date):
                pass  # "last met in Budapest in December 2023" is not today's meeting
            elif (
                shared
                and (
                    len(shared) >= min(2, len(d.participants))
                    or set(e.participants) <= set(d.participants)
                )
                # "The minister was later received by the Prime Minister": another encounter
                and not (
                    d.sequel and (new or d.unnamed_other) and d.status == "held" and not anaphoric
                )
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
                # "X also co-chaired the commission meeting with Y": a further encounter
                and not (d.also and new and d.status == "held" and not d.attendance)
                # "Within the framework of the visit, X will be received by the Prime
                # Minister": an encounter still to come, not the talks held
                and not (new and d.status == "planned" and e.status == "held")
            ):
                _absorb(e, d, anaphoric)
                self._split_separate(e)
                return
            latest = rank == 0
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

    def _split_separate(self, e: Draft) -> None:
        """ "held separate phone calls with his Somali and Ethiopian counterparts", then the
        names: one encounter with each counterpart, told in the same words."""
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
        for pair in pairs:
            countries = {c for k in pair if (c := self.by_key[k].country)} or set(e.countries)
            split.append(
                replace(e, participants=pair, countries=countries, evidence=list(e.evidence))
            )
        self.events[at : at + 1] = split

    def _counterparts_by_office(self, group: list[int], others: list[int]) -> list[list[int]]:
        """Each of the group with the one of the others in the same office ("Interior
        Minister" with "Interior Minister"), else in the order named ("respectively")."""
        left = list(others)
        pairs = []
        for g in group:
            office = _office(self.by_key[g].role)
            same = [o for o in left if office and _office(self.by_key[o].role) == office]
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
        if not set(primary.participants) & set(d.participants) or primary.status != "held":
            return
        if d.status == "planned" and not d.during_visit and not _days_after(primary.date, d.date):
            return  # "is also to visit X next year": another journey
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

    def _is_meeting(self, e: Draft) -> bool:
        if len(e.countries) >= 2:
            return True
        if len(e.participants) == 1 and _any_in(e.evidence[0].casefold(), CREDENTIAL_WORDS):
            return True  # "received the credentials of four new ambassadors": the envoys follow
        return len(e.participants) >= 2 and any(self.by_key[p].country for p in e.participants)


@functools.lru_cache(maxsize=4096)
def _venue(lex: Lexicon, raw: str) -> tuple[int, str] | None:
    """(rank, place) of an "in/at <Place>" phrase, or None where it names no venue.

    Rank 1 for a city or venue, 2 for a whole country (a city elsewhere is more
    precise). Cached: a pure function of a short phrase, and places recur.
    """
    place = _clean_place(lex, raw)
    if not place:
        return None
    first = place.split(",")[0].strip()
    code = lex.gazetteer.find_country(first, codes=False)
    country = lex.gazetteer.country(code) if code else None
    if country and first.casefold() == country.name.casefold() and first not in country.capitals:
        return 2, place
    if country and first in country.demonyms:
        return None  # "in the Chilean city of Arica": the city names the place
    if _not_a_venue(lex, place):
        tail = _IN_PLACE_END_RE.search(place)
        return (1, tail.group(1)) if tail else None
    if country and first in country.capitals or _is_known_place(lex, first):
        return 1, place  # "Port Moresby", "Port Louis": a known city, whatever its first word
    word = first.split()[0]
    if (
        word.casefold() in lex.stop_words
        and not code
        # "the Palace of Serbia": a building is a venue, whatever else its word may be
        or word.casefold() in lex.non_person
        and word.casefold() not in lex.building_words
        or lex.gazetteer.find_country(word, codes=False)
        and not code
        # "Victoria Falls", "Port Louis": a capital's name opening a longer place is the place's
        and not (len(first.split()) > 1 and _entity_kind(lex, word) == "capital")
    ):
        return None
    return 1, place


def _entity_kind(lex: Lexicon, word: str) -> str | None:
    ent = lex.entities.get((token_key(word),))
    return ent.kind if ent is not None else None


def _after_a_topic(lex: Lexicon, text: str, at: int) -> bool:
    """Whether the "in <Place>" at `at` follows a topic noun ("the situation in Myanmar")."""
    before = text[max(0, at - 20) : at].split()
    return bool(before) and before[-1].casefold().strip(",") in lex.topic_nouns


def _not_a_venue(lex: Lexicon, place: str) -> bool:
    """ "the ASEAN Regional Forum", "Twitter": a body or a medium, not a place to meet."""
    words = place.replace(",", " ").split()
    if any(w.casefold() in lex.non_venue_words for w in words):
        return True
    ent = lex.entities.get((words[0].replace(".", "").casefold(),)) if words else None
    return ent is not None and ent.kind in ("org", "outlet")


def _clean_place(lex: Lexicon, place: str) -> str | None:
    words = place.split()
    while words and (
        words[-1].casefold() in dates.MONTHS
        or words[-1].casefold() in dates.WEEKDAYS
        or words[-1].casefold() in ("of", "the")
    ):
        words.pop()
    if not words or words[0].casefold() in dates.MONTHS or words[0].casefold() in dates.WEEKDAYS:
        return None
    for i in range(1, len(words) - 1):
        # "received at the Ittihadiya Palace Chadian Foreign Minister X": the venue ends
        # where a person's nationality and title begin
        nation = lex.entities.get((token_key(words[i]),))
        title = token_key(words[i + 1])
        if (
            nation is not None
            and nation.kind == "demonym"
            and (title in lex.title_heads or title in lex.title_modifiers)
        ):
            words = words[:i]
            break
    place = " ".join(words).rstrip(",")
    if place.casefold() in lex.stop_words or _DIGITS_RE.fullmatch(place):
        return None
    return place


_GROUP_NEEDLES = ("two", "three", "four", " 2 ", " 3 ", " 4 ", "both", "ministers", "they ", "pair")
_GROUP_NEEDLES += ("heads of", "leaders")


def _holds(role: str | None, title: str) -> bool:
    """Whether the role ends on the title ("Minister of Foreign Affairs" holds "minister")."""
    role = (role or "").casefold()
    return (
        role == title
        or role.endswith(" " + title)
        or role.startswith(title + " of ")  # "Minister of Foreign Affairs"
        or f" {title} of " in role
        or title == "leader"
        and any(w in role for w in _LEADER_WORDS)
    )


_HEAD_OF = {
    "head of state": ("president", "king", "emir", "sultan", "head of state"),
    "head of government": ("prime minister", "premier", "chancellor", "head of government"),
}
_LEADER_WORDS = ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader")
_LEADER_WORDS += ("sultan", "crown prince", "head of state", "general secretary", "taoiseach")
#: "arrived in Nadi on Tuesday for a three-day official visit": an arrival, not a meeting
_ARRIVED_FOR_RE = re.compile(
    r"\barriv\w* (?:in|at) [^,;]{1,60}?\b(?:on|for) an? (?:[\w-]+ ){0,3}visit\b"
)
#: "the Tongan leader", "The visiting Fijian prime minister": a person told of by nation
_THE_NATIONAL_RE = re.compile(
    r"\b[Tt]he (?:visiting )?([A-Z][\w-]+) "  # "the Hungarian Minister" too
    r"((?i:leader|(?:prime |foreign |defen[cs]e |deputy |vice )?"
    r"(?:minister|president|premier|chancellor|secretary|envoy)))\b"
)
_COUNTRYS_TITLE_RE = re.compile(
    r"^([A-Z][\w-]+)['’]s (leader|(?:prime |foreign |defen[cs]e |deputy |vice )?"
    r"(?:minister|president|premier|chancellor|secretary|envoy))\b"
)
_GROUP_TITLE_RE = re.compile(
    r"\b(?:the|both) (?:two |three )?(presidents|prime ministers|premiers|foreign ministers"
    r"|defen[cs]e ministers|ministers)\b"
)


_ASIDE_CUT_RE = re.compile(
    r",? (?:(?:days|weeks|hours) )?(?:before|ahead of|amid|as|while) |, (?:who|which|where) "
)
_ASIDE_OPENERS = (  # one of them is in every _ASIDE_CUT_RE match
    *(" before ", " ahead of ", " amid ", " as ", " while "),
    *(", who ", ", which ", ", where "),
)
_HELD_VERB_RE = re.compile(r"\b(?:held|met|received|hosted|spoke|talked|visited|welcomed)\b")


def _before_an_aside(low: str) -> str:
    """The clause up to a trailing aside on another event ("... met X on Monday, days before
    Tehran is due to resume talks"), where a meeting verb in the past tense precedes it: what
    the aside plans is not this meeting."""
    if not _any_in(low, _ASIDE_OPENERS):
        return low
    cut = _ASIDE_CUT_RE.search(low)
    if cut and _HELD_VERB_RE.search(low, 0, cut.start()):
        return low[: cut.start()]
    return low


def _sets_the_scene(low: str, at: int) -> bool:
    """ "met Y on the sidelines of a regional meeting in Dubrovnik", "held talks with Y
    during a summit in Z": the event named there is where the encounter took place, not a
    further one. "During last week's summit" is an earlier event of its own."""
    if not _SCENE_RE.match(low, at) or not TRIGGER_RE.search(low, 0, at):
        return False
    return not low.startswith("of", at) or low[:at].rstrip().endswith(("sidelines", "margins"))


_SCENE_RE = re.compile(r"(?:during|at|of) an? ")


def _on_the_sidelines(low: str, at: int) -> bool:
    """ "expected to meet on the sidelines of the summit in Kuala Lumpur": the event after
    "sidelines of" is where a meeting told before it takes place."""
    return low[:at].rstrip().endswith(("sidelines of", "margins of")) and bool(
        TRIGGER_RE.search(low, 0, at)
    )


def _has_group(low: str) -> bool:
    """ "the two leaders", "both ministers": a group named before."""
    return any(map(low.__contains__, _GROUP_NEEDLES)) and GROUP_RE.search(low) is not None


def _has_nations(low: str) -> bool:
    """ "the two countries", "their countries": the sides named before."""
    return (
        _any_in(low, ("nations", "countries", "governments", "sides", "allies"))
        and NATIONS_RE.search(low) is not None
    )


# "the two previously met ...": an earlier encounter, whatever "the two" points back to
_EARLIER_RE = TextPattern(r"\b(?:previously|last|had|first|earlier) (?:met|held talks|visited)\b")
_EARLIER_NEEDLES = ("previously", "last", "had", "first", "earlier")
_AGREED_RE = re.compile(  # "..., and (the two) agreed to meet in person ..."
    r",? and (?:(?:the two|they|both)(?: (?:leaders|ministers|presidents|sides))? )?"
    r"(?:agreed to meet|will meet)\b"
)
#: "X will be received by Y later today, and on 15 May he will ...": a further encounter of X's
_THEN_HE = r", and (?:on|later|then)\b[^,]{0,30}? (?:he|she) will"
_THEN_MEETING_RE = re.compile(  # "... before meeting B", "met in Munich and spoke by phone ..."
    r" (?:before|after) (?:meeting|holding talks with|talks with|sitting down with"
    r"|calling on|paying a courtesy call on) "
    r"| and (?:later |then |also )?(?:spoke|talked) (?:by (?:tele)?phone|on the phone)\b"
    # "were received by the President and then held separate meetings with ..."
    r"| and (?:later |then |also )?held separate (?:talks|meetings)\b"
    # "postponed a planned visit to Santiago and instead held a telephone conversation with"
    r"| and instead (?:held|spoke|talked|met)\b"
    # "is scheduled to meet X on Wednesday and to travel to Seoul on Friday, where ..."
    r"| and (?:then )?(?:to )?(?:travel|fly|head|proceed)s? (?:on )?to \b"
    # "will be received by the Prime Minister later today, and on 15 May he will meet ..."
    r"|" + _THEN_HE + r" (?:meet|hold talks|call on)\b"
    # "a bilateral meeting with X on Friday, followed by a trilateral meeting with ..."
    r"|, followed by an? (?:[\w-]+ )?(?:meeting|talks|summit)\b"
)
_THEN_HE_RE = re.compile(_THEN_HE + r"\b")
# one of them is in every _THEN_MEETING_RE match ("and then", "and to", "and travels" ...)
_THEN_NEEDLES = (" before ", " after ", " spoke ", " talked ", " separate ", "instead", " and t")
_THEN_NEEDLES += (" and fl", " and he", " and pr", ", and on", ", and later", "followed by")
_CUT_RE = re.compile(r"(?:,|;)\s+and (?:then )?with\b|\band then with\b|:\s+with\b")
_CUT_NEEDLES = ("and with", "and then with", ":")  # one of them is in every _CUT_RE match
_HEAD_NEEDLES = ("came", "come", "follow", " as ")  # HEAD_RE's verbs
_SUB_NEEDLES = ("summit", "meeting", "talks", "visit", "trip", "call", "conversation")
_DIGITS_RE = re.compile(r"\d+")
_IN_PLACE_END_RE = re.compile(r"\bin ([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)$")
_HERE_RE = re.compile(r"\bhere\b")
#: "X, who arrived in Colombo on Sunday night, also called on Y": the day of a night arrival,
#: or of one before a further encounter, is not the encounter's (one who "arrived on Tuesday
#: morning" and met X may have met the same day)
_ARRIVAL_RE = re.compile(r", who arriv(?:ed|es)\b[^,]*,")
_LATER_ON_RE = re.compile(r"\b(?:also|later)\b")


def _without_arrival(text: str) -> str:
    m = _ARRIVAL_RE.search(text)
    if m and (" night" in m.group(0) or _LATER_ON_RE.search(text, m.end())):
        return text[: m.start()] + text[m.end() - 1 :]
    return text


_IN_THE_CAPITAL_RE = re.compile(r"\bin the capital\b(?! of| city of)")
_ACCORDING_RE = re.compile(r"\b(?:according to|said)$")
# a meeting told beside a "press conference" or a "call for talks": still a meeting
_MET_OR_HELD_RE = re.compile(
    r"\b(met|held talks|hold talks|holding talks|held a meeting|talks with)\b"
)
_SINCE_RE = re.compile(r"\bsince\b")
_SINCE_ASIDE_RE = re.compile(
    r",[^,;]{0,60}\bsince\b[^,;]*,(?=\s+(?:will|would|is|are|was|were|has|have|had|shall|could"
    # "X, on his first tour since taking office, arrived in Riyadh from Cairo, where he met Y"
    r"|may|might|must|arrived|met|held|paid|travelled|traveled|flew)\b)"
)
_MEETING_WORD_RE = re.compile(r"\b(?:met|meet\w*|talks|summit|visit\w*|call|calls|spoke)\b")
_HE_SHE_RE = re.compile(r"\s*(?:He|She)\b")
_DAY_AFTER_RE = re.compile(r"\s*a day after\b")
_WHOSE_RE = re.compile(r",\s+whose\b")
# Substrings every match of a costly pattern contains: where none occurs, the search is skipped.
_WISH_NEEDLES = (
    "hope",
    "willingness",
    "readiness",
    "preparedness",
    "resum",
    "in order for",
    "another",
    "necessary for",
    "need",
)
_NOT_MEETING_NEEDLES = (
    "press conference",
    "news conference",
    "press briefing",
    *(
        f"{verb} {prep}"
        for verb in (
            "hoped",
            "hopes",
            "hope",
            "wish",
            "wishes",
            "willingness",
            "readiness",
            "ready",
            "prepared",
            "calling",
            "called",
        )
        for prep in ("for", "to")
    ),
    "times",
    "summon",
    "lodged ",
    *("demands", "needs", "requirements", "goals", "targets", "expectations", "criteria"),
    "standards",
    *("gathered ", "gathers ", "gathering "),
)
_PLANNED_NEEDLES = (
    "will",
    "would ",
    "should ",
    "could meet",
    "may meet",
    "might meet",
    "possible ",
    "set to",
    "expected to",
    "scheduled",
    "plan",
    "future",
    "committed to",
    "agreed to meet",
    "agreed to hold",
    "agreed to convene",
    "toward",
    "to meet again",
    "visiting",
    "is to",
    "are to",
    "due to",
    "due in",
    "expected in",
    "expected back",
    "upcoming",
    "next week",
    "next month",
    "later this",
    "likely to",
    "to be held",
    "to be co-chaired",
    "forward to",
    "aims to",
    "intends to",
    "set for",
    "slated for",
)
_ANAPHOR_NEEDLES = (
    "meeting",
    "talks",
    "summit",
    "visit",
    "gathering",
    "call",
    "teleconference",
    "encounter",
    "event",
)
_SEQUEL_NEEDLES = ("later", "then", "afterwards", "subsequently", "next day", "earlier")


def _beside_the_one_told(text: str, low: str) -> bool:
    """ "on the sidelines of the meeting", "held separate talks": beside the encounter just
    told of; "on the sidelines of the G20 summit in New Delhi" names an event of its own."""
    m = _ASIDE_RE.search(low)
    if m is None:
        return False
    return low != text.lower() or not _NAMED_EVENT_RE.search(text, m.start(), m.end())


_NAMED_EVENT_RE = re.compile(r"\bof (?:the|this|that) [A-Z0-9]")


def _calls_on_someone(text: str, low: str, at: int) -> bool:
    """ "called on Sri Lankan President X in Colombo": a visit, where an office or a name
    follows and no "to <verb>" of an appeal comes after it."""
    rest = text[at:].lstrip()
    if rest.startswith("the "):  # "called on the Secretary General of the Forum, X"
        rest = rest[4:]
    if not rest[:1].isupper() and not low[at:].lstrip().startswith(("his ", "her ")):
        return False
    return not _APPEAL_RE.match(low, at)


_APPEAL_RE = re.compile(  # read on lower-cased text: "... to <verb>"
    r"[^.;]{0,100}?\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b)[a-z]+"
)


def _any_in(text: str, needles: tuple[str, ...]) -> bool:
    """Whether any needle occurs in the text: much cheaper than a regex of alternatives."""
    return any(map(text.__contains__, needles))


#: "The foreign ministers of France, Germany and Ukraine ...": officials named by their sides
_PLURAL_TITLE_OF_RE = re.compile(
    r"\b[Tt]he (?:[\w-]+ )?(?:ministers|leaders|presidents|prime ministers|premiers|chiefs"
    r"|heads of state|heads of government|envoys) of (?:the )?[A-Z]"
    # "the two countries' foreign ministers said after talks in Astana": named next
    r"|\b(?:the two countries|both countries|the two sides)['’] (?:[\w-]+ )?(?:ministers|leaders"
    r"|presidents|prime ministers|premiers|heads of state|heads of government)\b"
)
# the sentence's subject: "The prime minister will also ...", or after an opening phrase
# "Later the same day, the Foreign Minister held talks ...", "In the afternoon, the prime
# minister ..." (a capitalised "The Prime Minister" opening a government's release is its
# own, often unnamed, head; "In his meeting with X, the minister ..." may be either of them)
_THE_TITLE = (
    r"(?:(?:prime |foreign |defen[cs]e |deputy |vice )?"
    r"(?:minister|president|premier|chancellor|secretary|envoy|ambassador)"
    r"|head of state|head of government)"
)
_THE_TITLE_RE = re.compile(
    rf"(?:The (?P<low>{_THE_TITLE})|[A-Z][^,]{{0,40}}, the (?=[A-Z])(?P<any>(?i:{_THE_TITLE}))"
    rf"|[A-Z][a-z ]{{0,40}}, the (?P<after>{_THE_TITLE}))"
    r"\b(?! of\b)"
)
_TITLE_WORD = (
    r"(?:[Pp]rime |[Ff]oreign |[Dd]efen[cs]e |[Dd]eputy |[Vv]ice )?(?:[Mm]inister|[Pp]resident"
    r"|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Ee]nvoy|[Aa]mbassador)"
)
_PAST_TRIGGERS = frozenset(
    ("met", "received", "hosted", "visited", "convened", "held a meeting", "spoke by phone")
    + ("spoke with", "talked", "called on", "sat down", "gathered", "co-chaired", "engaged")
)
# "held talks", "had a phone call", "received a call": the noun told as done
_HELD_BEFORE_RE = re.compile(
    r"\b(?:held|had|conducted|received|hosted|made)\s+(?:a |an |the |their |his |her )?"
    r"(?:[\w-]+ ){0,2}$"
    r"|\b(?:announced|said|agreed|declared) (?:after|following) (?:the |their )?(?:[\w-]+ )?$"
)
_MODAL_PAST_RE = re.compile(r"\b(?:will|would|to|had been|have|has)\s+(?:\w+\s+)?$")
_WHO_MET_RE = re.compile(r", who (?:also |later |had )?(?:met|held talks|received|hosted)\b")
_WITH_AGREEING_RE = re.compile(r", with (?:the |both )?(?:[\w-]+ ){0,3}agreeing (?:that|to)\b")
_THE_CAPITAL_TITLE_RE = re.compile(
    r"The ((?:Prime |Foreign |Defen[cs]e |Deputy |Vice )?(?:Minister|President|Premier"
    # "The President of the Republic received ...": the state's own, not another's
    r"|Chancellor|Secretary)|Head of State|Head of Government)\b(?: of the Republic\b)?(?! of\b)"
)
_INSTEAD_RE = re.compile(r"\binstead (?:held|spoke|talked|met)\b")
_THE_VISITING_RE = re.compile(rf"The visiting ({_THE_TITLE})\b")
_THE_TITLE_PAIR_RE = re.compile(
    r"The (" + _TITLE_WORD + r") and the (" + _TITLE_WORD + r")\b(?! of\b)"
)
_SINCE_ENCOUNTER_RE = re.compile(
    r"(?:a|an|their|the) (?:[\w-]+ ){0,2}?(?:call|conversation|video conference|meeting|talks)\b"
)
_IS_THE_FIRST_RE = re.compile(
    r"(?:it|this|that|the (?:[\w-]+ )?(?:visit|trip|meeting|talks|call)|[\w-]+['’]s (?:visit|trip))"
    r" (?:will be|would be|is|was|marks|marked) the first\b"
)
_SINCE_WHEN_MET_RE = re.compile(r"\bsince\b.*\b(?:met|held talks)\b")
# "... since they met in Jakarta last July": the pair told of last, at that earlier time
_SINCE_THEY_MET_RE = re.compile(
    r"(?:they|both|the two \w+)\s+(?:had\s+|last\s+|first\s+)?"
    r"(?:met|held|joined|talked|spoke|sat)\b",
    re.I,
)
# "The third round is due to be held in Ankara in December": an encounter of the same sides
_NEXT_ROUND_RE = re.compile(
    r"\b(?:next|second|third|fourth|fifth|sixth|upcoming|following|new) (?:[\w-]+ )?"
    r"(?:round|session|meeting|edition)\b|\bjoint (?:[\w-]+ )?(?:commission|committee)\b"
    r"|\bintergovernmental consultations\b"
)
# the standing bodies, and their sittings, that meet without a meeting word of their own
_SITTING_NOUNS = (
    r"(?:sessions?|edition|round|cabinet|consultations?|council|commission|committee|retreat"
    r"|dialogue|forum|mechanism|working group)\b"
)
_SITTING_RE = TextPattern(
    r"\b" + _SITTING_NOUNS + r"[^.;:]{0,60}?\b(held|took place|take place|taking place"
    r"|convened|convene)\b"
)
_CONVENE_BODY_RE = TextPattern(  # "agreed to convene the Joint Working Group in Mombasa"
    r"\b(convene|convened|convening|hold|holding)\b (?:the|a|an|its|their) (?:[\w'-]+ ){0,4}?"
    # "hold the 13th meeting of the Mongolia-Türkiye Joint Intergovernmental Commission"
    r"(?:(?:meeting|session) of (?:the |their |its )?(?:[\w'-]+ ){0,5}?)?" + _SITTING_NOUNS
)
_ACRONYM_MET_RE = re.compile(  # "The JPC last met in Nairobi", "The NB8 will meet in Oslo"
    r"\b[A-Z][A-Z0-9+]{1,6}\b (?:[a-z]+ ){0,2}?"
    r"(?:met|meets|convened|convenes|to meet|took place|will take place)\b"
    # "The commission, set up in 1963, last met in Nairobi": the body the news is of
    r"|^The (?:[a-z]+ )?(?:commission|council|committee|cabinet|forum|mechanism)"
    r"(?:, [^,]{1,60},)? (?:last |previously |first |had last )?(?:met|convened)\b"
    # "... is governed by a ministerial council which last met in Victoria in November"
    r"|\b(?:commission|council|committee|cabinet|forum|mechanism),? (?:which|that) "
    r"(?:last |previously |first )(?:met|convened)\b"
)


_THE_SITTING_RE = re.compile(
    r"\b(?:the|this|that)\s+(?!first\b|second\b|third\b|last\b|next\b|previous\b|\d)"
    r"(?:[\w-]+\s+){0,2}?(?:session|edition|round|cabinet|council|commission|committee|meeting)\b"
)
_NEXT_SITTING_RE = re.compile(r"\b(?:next|upcoming|the following)\b")  # not "following the"
_EARLIER_SITTING_RE = re.compile(r"\b(?:previous|last|preceding|prior)\b")
_AGREED_ON_BODY_RE = re.compile(
    r"\b(?:agreed|agreeing|decided|announced|confirmed)\s+(?:that|to (?:hold|convene))\b"
    r"(?=.*\b(?:commission|committee|council|consultations|working group|mechanism|forum)\b)"
)
_AGREED_SITTING_RE = re.compile(
    r"(?:, (?:and )?(?:the (?:two )?(?:sides|parties|ministers|leaders)|they|both sides) |, and | )"
    r"(?:also )?(?:agreed|decided) (?:to (?:hold|convene)|that)\b"
)
_IN_A_MEETING_RE = re.compile(
    r"\b(?:in|during|at) (?:a|an|the|their) (?:[\w-]+ ){0,2}?"
    r"(?:video ?conference|(?:phone |telephone )?call|conversation|talks|meeting)\b"
)
_SITTING_VERBS = frozenset(("held", "took place", "take place", "taking place"))
_GROUP_SAYS_RE = re.compile(
    r"(?:\b(?:the|both) (?:two |three )?(?:[\w-]+ )?(?:sides|ministers|leaders|officials"
    r"|delegations|parties)|^they)\s+(?:also |further )?"
    r"(?:agreed|agreeing|said|noted|announced|recalled|decided|welcomed)\b"
)


def _office(role: str | None) -> str:
    """A role without the country it serves: "Spanish Foreign Minister" → "foreign minister"."""
    words = (role or "").casefold().split()
    return " ".join(w for w in words if not w[:1].isupper() and w not in ("of", "the"))


_ACRONYM_HELD_RE = re.compile(  # "The second JCBC was held in Suva in 2019"
    r"\b[A-Z][A-Z0-9+]{1,6}\b (?:[a-z]+ ){0,2}?(?:was|were|is|be) (held|convened)\b"
)


def _acronym_held(text: str, low: str) -> re.Match[str] | None:
    """A standing body known by its acronym, and its sitting ("the previous JMC was held in
    Jakarta"): the case of the text tells the body's name from a word."""
    return _ACRONYM_HELD_RE.search(text) if " held" in low or " convened" in low else None


def _journey(text: str, low: str) -> re.Match[str] | None:
    """A trip to a named place where the sentence has no meeting word ("will travel to Baku
    early next month", "plans to travel to China"): a visit, if it is still to come."""
    if " to " not in low:
        return None
    m = _JOURNEY_RE.search(low)
    if m is None or not text[m.end() + 1 : m.end() + 2].isupper():
        return None
    # "will travel to Fiji and Tonga from Monday": a tour, told by the meetings it holds
    return None if _TOUR_RE.match(text, m.end() + 1) else m


_JOURNEY_RE = re.compile(
    r"\b((?:travel|travels|travelling|traveling|fly|flies|head|heads|proceed|go) (?:on )?to)\b"
)
_TOUR_RE = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)* and [A-Z]"
)
_JOURNEY_WORDS = frozenset(("travel", "travels", "travelling", "traveling", "fly", "flies"))
_JOURNEY_WORDS |= frozenset(("head", "heads", "proceed", "go"))


def _sitting(low: str) -> re.Match[str] | None:
    """The holding verb of a standing body's sitting ("the next session would be held in
    Dar es Salaam"), where the sentence has no meeting word of its own."""
    if "held" in low or "place" in low or "conven" in low or "hold" in low:
        return _SITTING_RE.search(low) or _CONVENE_BODY_RE.search(low)
    return None


_HELD_RE = re.compile(r"\b(?:was|were|will be|would be|to be|is being|are being) held\b")
_INVITED_RE = re.compile(  # "invited X to visit Kenya", "invited X for a state visit"
    r"\binvited (?:[\w'’-]+ ){1,4}(?:to (?:visit|come|travel|attend)|for an? (?:[\w-]+ )?visit)\b"
    r"|\baccept(?:ed|s|ing)? (?:[\w'’.-]+ ){0,4}?invitations? "
    r"(?:(?:extended |issued |made |sent )?(?:by|from) (?:[\w'’.-]+ ){1,5}?)?to\b"
    # "agreed to coordinate closely with C to hold a summit": the summit is to come
    r"|\bagreed to (?:[\w'’-]+ ){1,8}?(?:hold|meet|convene|organi[sz]e|visit|host)\b"
)
_DURING_VISIT_RE = re.compile(
    r"\b(?:during|while on) (?:his|her|the|this) (?:[\w-]+ )?(?:visit|stay|trip)\b"
    r"|\bbefore (?:returning|flying back|heading back|leaving for|returning to)\b"
)
_SAME_DAY_NEEDLES = ("same day", " that day", " in the day", "r in the ", "r that ")
_SAME_DAY_RE = TextPattern(
    r"\b(?:on )?the same day\b"
    r"|\b(?:later|earlier) (?:that|the same|in the) (?:day|morning|afternoon|evening)\b"
)
_SEPARATE_RE = TextPattern(
    r"\bseparate (?:phone |telephone |video |bilateral )?(?:calls|talks|meetings|conversations)\b"
)
_ALSO_NEEDLES = ("also", "later", "separately", "afterwards", "during his", "during her")
_ALSO_RE = TextPattern(
    r"\b(?:also|later|separately|afterwards)\b(?! (?:this|next|in|on) )"
    r"|\bduring (?:his|her) (?:visit|trip|stay)\b"
)
_ASIDE_NEEDLES = ("sidelines", "margins", "separate")
_ASIDE_RE = TextPattern(
    r"\b(?:on|at) the (?:sidelines|margins) of (?:the|this|that) (?:[\w-]+ )?"
    r"(?:meeting|summit|talks|conference|gathering|forum|session|visit)\b"
    r"|\bseparate(?:ly)? (?:talks|meetings?|bilateral)\b|\bheld separate\b"
)
_AROUND_THE_ONE_TOLD_RE = re.compile(
    r"\b(?:before|after|ahead of|following|on the (?:sidelines|margins) of) (?:the|this|that) "
    r"(?:[\w-]+ )?(?:meeting|summit|talks|session|gathering|consultations)\b"
)
_ATTEND_NEEDLES = ("attend", "present", "joined", "took part", "participated")
_ATTEND_RE = TextPattern(
    r"\b(?:attended by|attending (?:the|their|this|that)|(?:were|was) (?:also )?present"
    r"|also present|(?:also )?joined (?:the|them|him|her)|also (?:took part|participated))\b"
)
_ACCOMPANY_NEEDLES = (
    "accompanied",
    "present",
    "attendance",
    "also took",
    "also partic",
    "also att",
    "led by",
    "headed by",
)
_ACCOMPANY_RE = TextPattern(
    r"\b(?:was|were) accompanied by\b|\balso present (?:was|were)\b"
    r"|\b(?:was|were) (?:also )?(?:present|in attendance)\b"
    r"|\balso (?:took part|participated|attended)\b"
    r"|\bdelegations? (?:was|were) (?:led|headed) by\b"
)
_SEQUEL_RE = TextPattern(  # "Earlier on Monday, X held talks with Y": a further encounter
    r"\b(?:later|then|afterwards|subsequently|next day"
    r"|earlier (?:on \w+day|that day|in the day|the same day|today|this morning))\b"
)
_ONE_WORDS = frozenset(("previous one", "last one", "first one"))
_THEIR_OFFICIALS_RE = re.compile(
    r"\bagreed (?:to|that) (?:\S+ ){0,6}?their (?:[\w-]+ (?:and [\w-]+ )?)?"
    r"(?:ministers|officials|chiefs|deputies|teams|experts|secretaries|envoys|negotiators)\b"
)
_SET_FOR_PLACE_RE = re.compile(
    r"\b(?:set|scheduled|slated|planned) for (?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
_UNNAMED_OFFICIAL_RE = re.compile(
    r"\b(?:by|with) (?:the ([A-Z][\w-]+) |([A-Z][\w-]+)['’]s )(?:(?i:prime minister|president"
    r"|foreign minister|king|emir|premier|chancellor|vice president|head of state))\b(?!,? [A-Z])"
)
_NATIONAL_COUNTERPART_RE = re.compile(  # "and his Argentine counterpart at the ministry"
    r"\b(?:his|her) ([A-Z][\w-]+) counterpart\b(?!,? [A-Z])"
)
_BY_DEADLINE_RE = re.compile(r"\bby (?:the |its |their )?(?:[\w'’-]+ ){0,3}$")
_PARTICIPLE_PAST_RE = re.compile(
    r"meeting (?:at|in|on|with)\b[^.]*?, (?:the |both )?[\w' ]{1,40}? "
    r"(?:\w+ed|met|held|said|agreed|spoke|made|took|gave)\b"
)
_THE_GATHERING_RE = re.compile(  # "The IGAD summit, hosted by Uganda, brought together ..."
    r"The ((?:[A-Z][\w-]* ){0,3}(?:[Ss]ummit|[Cc]onference|[Ff]orum))\b"
)
_MET_TIMES_RE = re.compile(r"\bmet (?:two|three|four|five|several|many|\d+) times\b")
_CITY_OF_NEEDLES = tuple(
    f"{w} of " for w in ("city", "town", "port", "resort", "island", "village", "retreat", "estate")
)
_CITY_OF_RE = re.compile(
    r"\b(?:city|town|port|resort|island|village|retreat|estate) of "
    r"(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)"
)
#: words of an envoy's credentials: a host's audience with each envoy named
CREDENTIAL_WORDS = ("credence", "credentials", "letter of commission", "letters of commission")
MERGE_WINDOW = 40  # a mention is compared with this many recent meetings, not all of them


@functools.lru_cache(maxsize=4096)
def is_building(place: str) -> bool:
    """ "the ARG Presidential Office": a venue inside some city, so no clash with the city."""
    from bot.parsing.lexicon import load_lexicon

    words = load_lexicon().building_words
    return any(w.casefold() in words for w in place.split())


def _is_known_place(lex: Lexicon, name: str) -> bool:
    """A city the gazetteer knows that is no capital ("travel to Rio de Janeiro")."""
    words = name.split()
    if words[-1].split("-")[-1].casefold() in _REGION_WORDS:
        return False  # "travel to Southeast Asia": a region, no place to meet in
    ent = lex.entities.get(tuple(token_key(w) for w in words))
    return ent is not None and ent.kind == "place"


_REGION_WORDS = frozenset(
    ("asia", "africa", "europe", "america", "americas", "pacific", "east", "bank", "gulf", "sea")
)


def _coarse_against_none(a: str | None, b: str | None) -> bool:
    """One mention dated only by month or year, the other not dated at all."""
    return (a is None) != (b is None) and len(a or b or "") <= 7


@functools.lru_cache(maxsize=4096)
def _is_country_place(place: str) -> bool:
    from bot.gazetteer import load_gazetteer

    g = load_gazetteer()
    code = g.find_country(place.split(",")[0], codes=False)
    c = g.country(code) if code else None
    return bool(c) and place.split(",")[0].strip() not in c.capitals


def _days_after(start: str | None, day: str | None, most: int = 7) -> bool:
    """Whether `day` is unknown or falls within `most` days after `start` (a stay's days)."""
    if day is None:
        return True
    if start is None or len(start) != 10 or len(day) != 10:
        return False
    return 0 <= date.fromisoformat(day).toordinal() - date.fromisoformat(start).toordinal() <= most


def _compatible(a: Draft, b: Draft, anaphoric: bool = False, shared: bool = False) -> bool:
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    same_place = bool(a.location and a.location == b.location)
    remote = {a.mode, b.mode} & {"call", "virtual"}
    if remote and "in_person" in (a.mode, b.mode) and (a.location or b.location) and not anaphoric:
        return False  # a phone call is not the meeting held in a named place
    if a.status != b.status:
        if "cancelled" in (a.status, b.status):
            return False
        if not (anaphoric or (shared and same_place)):
            return False
    return not (
        a.location
        and b.location
        and not same_place
        and not (len(set(a.participants) & set(b.participants)) >= 2 and not b.sequel)
        and not (is_building(a.location) or is_building(b.location))
        and not (_is_country_place(a.location) or _is_country_place(b.location))
        and not (a.location in b.location or b.location in a.location)
    )


def _absorb(e: Draft, d: Draft, anaphoric: bool = False) -> None:
    e.last = max(e.last, d.first)
    for p in d.participants:
        if p not in e.participants:
            e.participants.append(p)
    if not (anaphoric and not d.participants):
        e.countries |= d.countries
    if d.date and (not e.date or len(d.date) > len(e.date)):
        e.date = d.date
    better = not e.location or (
        _is_country_place(e.location) and not _is_country_place(d.location or "")
    )
    if d.location and not (anaphoric and _is_country_place(d.location)) and better:
        e.location = d.location
    if e.mode == "unknown" or (e.mode == "in_person" and d.mode in ("call", "virtual")):
        e.mode = d.mode
    if e.mode in ("call", "virtual"):  # a call or a video link has no one venue
        e.location = None
    e.evidence.extend(x for x in d.evidence if x not in e.evidence)
