"""The words of meetings: what tells that a clause speaks of a meeting, and of what kind.

The word lists and compiled patterns the meeting reader matches a clause against (a
meeting word, a wish or a plan, a call or a visit, a group, a standing body's sitting,
a further encounter), the cheap substring tests that spare it a costly pattern, and the
small tests built on them alone. Kept out of the reader so that its code reads as rules
and the vocabulary sits in one place.
"""

from __future__ import annotations

import re

from bot.parsing import dates
from bot.parsing.patterns import TextPattern, word_alternation

# Word lists are searched as prefix-factored alternations (patterns.word_alternation):
# the same matches, found about twice as fast.
TRIGGER_WORDS = (
    *("met", "meet", "meets", "meeting", "meetings", "talks", "summit", "summits", "call"),
    *("phone", "telephone", "teleconference", "videoconference", "video conference"),
    *("telephonic", "telephonically"),  # "held a telephonic conversation"
    *("phoned", "telephoned"),  # "Sultan X today phoned Sheikh Y, Emir of Kuwait"
    # "looked forward to seeing each other in June", not "stop seeing each other as rivals"
    *("forward to seeing each other", "forward to see each other"),
    *("virtual meeting", "visit", "visits", "visited", "visiting", "hosted", "host", "hosts"),
    *("received", "receives", "receive", "sat down", "sit-down", "consultations"),
    *("greets", "greeted", "shake hands", "shook hands"),  # a caption's "X greets Y at Z"
    *("negotiations", "discussions", "rendezvous", "gathering", "gatherings", "gathered"),
    "ministerial",
    *("engaged", "spoke by phone", "spoke with", "talked", "held a meeting", "trilaterally"),
    *("held discussion", "held a discussion", "had a discussion", "hold a discussion"),
    *("spoke briefly with", "spoke separately with", "spoke informally with"),
    "spoke privately",  # "A and B spoke privately at the National Palace"
    *("dined", "had dinner", "had lunch", "working lunch", "working dinner"),
    # "X told Y during a reception in Hanoi": one received by the other
    *("during a reception", "during the reception", "at a reception for"),
    # "also held an encounter with the Foreign Minister", "had last been together in New York"
    *("held an encounter", "had an encounter", "separate encounter", "last been together"),
    *("discussed with", "conferred with", "exchanged views with", "audience", "audiences"),
    "interacted with",  # "also interacted with President X"
    # "highlighted the fraternal exchange with X": an exchange as an encounter, where a word
    # says how it went (not "a prisoner exchange with Russia")
    *("fraternal exchange with", "cordial exchange with", "friendly exchange with"),
    *("fruitful exchange with", "warm exchange with"),
    *("brief exchange with", "productive exchange with", "constructive exchange with"),
    # "wrote that he is talking with Prime Minister X": talks under way, told by the one in
    # them (not "X was talking with reporters about Y", "Washington is talking with Y")
    *("he is talking with", "she is talking with", "he was talking with", "she was talking with"),
    *("we are talking with", "they are talking with", "they were talking with"),
    *("bilaterally", "previous one", "last one", "first one", "co-chaired", "co-chair"),
    *("called on", "calls on", "calling on"),  # "called on President X": a courtesy visit
    # "five new ambassadors presented their credentials to President X": an audience each
    *("presented their credentials", "presented his credentials", "presented her credentials"),
    *("present their credentials", "presents credentials", "presented credentials"),
    *("letter of credence", "letters of credence", "credentials to"),
    *("convene", "convenes", "convened", "sit down", "sitting down"),
    # a dialogue as an event, not as a wish ("not ruling out dialogue with Pyongyang")
    *("strategic dialogue", "dialogue between", "ministers' dialogue", "security dialogue"),
)
# "held a fruitful bilateral discussion with": a discussion held, whatever its kind (a
# meeting word, and one told face to face)
DISCUSSION_HELD = r"(?:held|had|holds|has|hold) an? (?:[\w-]+ ){1,2}discussion"
# "X called (up) Prime Minister Y to congratulate him": a phone call told by its purpose
# (not "called on the government to", "called for", "called a meeting to discuss", nor
# "called the meeting a chance to discuss", "the so-called Quad", "a meeting called by
# France to discuss", "called Y's invitation to discuss": a word for a thing, no call)
CALLED_TO = (
    r"(?<!so-)called (?:up )?"
    r"(?!(?:on|for|upon|off|in|out|a|an|the|by|it|them|this|that|back|its|their)\b)"
    r"(?:(?!(?:invitation|opportunity|chance|proposal|plan|decision|meeting|visit|talks"
    r"|move|deal|partnership|agreement|offer|request|step|trip)\b)[\w'’.-]+ ){1,6}?"
    r"to (?:congratulate|discuss|thank|express|offer|convey|extend|wish|brief|inquire"
    r"|condole)\b"
)
#: a host welcoming, not a guest welcomed ("were welcomed by President X", a step of a visit)
_WELCOMING = r"(?<!was )(?<!were )(?<!been )(?<!being )welcom"
TRIGGER_RE = TextPattern(
    r"\b("
    + word_alternation(TRIGGER_WORDS)
    + r"|"
    + CALLED_TO
    # "spoke last evening with", "spoke on Sunday with": a talk whatever its time of day
    + r"|spoke (?:(?:on|last|late|early|this) \w+|yesterday|today|tonight|earlier|again) with"
    + r"|"
    + DISCUSSION_HELD
    # "The two leaders previously held a conversation on July 24": a talk, however held
    + r"|(?:held|had) an? (?:[\w-]+ ){0,2}?conversation"
    # "X has delivered a special message from President A to President B": an envoy's call
    # ("his letter of credence" is an audience of its own kind, read as such)
    + r"|(?:delivered|handed) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:message|letter)(?! of cred)"
    # "spoke to President X", "spoke to German chancellor X", "spoke to his counterpart": a
    # talk with an office holder (not "spoke to reporters", "spoke to the BBC")
    + r"|(?:spoke|spoken) to (?:his |her |their )?(?:[\w'’-]+ ){0,4}?(?:president|presidents"
    + r"|prime ministers?|chancellor|premier|king|emir|counterparts?|leaders)\b"
    # "X speaks with Guyana President Y at the forum", as captions put it (not "speaks with
    # pride of", "speaks with the authority of President Y")
    + r"|speaks with (?:his |her |their )?(?:(?!of\b)[\w'’-]+ ){0,4}?(?:president|prime minister"
    + r"|chancellor|premier|king|emir|counterpart)\b"
    # "has welcomed the President of Italy, X, at the Akorda": a guest received (not
    # "welcomed the President's decision", "welcomed Prime Minister X's assurances",
    # "welcomed the decision of the President", "welcomed the talks between President A
    # and B", nor "were welcomed (on arrival) by President X", a step of the visit told)
    + r"|"
    + _WELCOMING
    + r"(?:ed|ing) "
    + r"(?:(?!(?:of|by|between|and|on|to|for|with|from|that|talks|meeting|news|comments"
    + r"|remarks|assurances|statements?|appointment|election)\b)[\w'’-]+ ){0,3}?"
    + r"(?:president|prime minister|chancellor|premier|king|queen|emir|counterpart"
    # "welcomed the Minister of Foreign Affairs of Estonia, X, to Riga"
    + r"|minister|foreign secretary|secretary of state)s?\b"
    + r"(?!(?: [\w-]+){0,6}(?:['’]s|s['’])(?!\w))"
    # "welcomed Lee Hsien Loong, the Prime Minister of the Republic of Singapore": a guest
    # named, then his office (not "welcomed the proposal, the President of X said", nor
    # "welcomed closer trade ties, the Prime Minister of Y said")
    + r"|"
    + _WELCOMING
    + r"(?:ed|es|ing) "
    + r"(?:(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|of|by|and|to|for|with"
    + r"|from|on|in|at|ties|relations|cooperation|trade|proposals?|plans?|moves?|decisions?"
    + r"|steps?|initiatives?|efforts|support|progress|agreements?|deals?|talks|news)\b)"
    + r"[\w'’.-]+ ){1,3}[\w'’.-]+, (?:the )?(?:[\w-]+ ){0,2}?"
    + r"(?:president|prime minister|chancellor|premier|king|queen|emir|minister"
    + r"|foreign secretary|secretary of state|secretary-general|secretary general) of"
    + r"(?![^.;]*\b(?:said|says|stated|told|noted|added)\b)"
    # "X welcomed Y at Bashar Air Base", "welcomed Y on arrival": a guest met where they
    # landed, the guest named however briefly
    + r"|"
    + _WELCOMING
    + r"(?:ed|es|ing) "
    # (not "welcomed the country's Olympic team", "welcomed journalist X" home)
    + r"(?!(?:the|a|an|his|her|their|its|our|journalist|reporter|athletes|students)\b)"
    + r"(?:[\w'’.-]+ ){1,4}?"
    + r"(?:at (?:the )?(?:[\w'’-]+ ){0,3}?(?:airport|air base|airbase|airfield|base)"
    + r"|(?:on|upon) (?:his |her |their )?arrival)"
    # "presided over the welcome ceremony for President Y": a state visit's first encounter,
    # told by its host (not "thanked the guards after the welcome ceremony for the guest")
    + r"|(?:presided over|hosted|held|chaired|led) (?:the |an? )?(?:[\w-]+ )?"
    + r"welcom(?:e|ing) ceremony for"
    # "A and B spoke for over 30 minutes", "talked for an hour": a talk told by its length
    + r"|(?:spoke|spoken|talked) for (?:over |about |around |more than |nearly |almost |some )?"
    + r"(?:\w+ |half an )?(?:minutes|hours?)"
    + r")\b"
)
NOT_MEETING_RE = TextPattern(
    r"\b(press conference|news conference|press briefing|(?:hoped|hopes|hope|wish|wishes|"
    r"willingness|readiness|ready|prepared|calling|called) (?:for|to)\b[^.]{0,60}"
    r"\b(?:summit|talks|meet|dialogue)"
    r"|\bmet (?:two|three|four|five|several|many|\d+) times\b"
    r"|\bsummon\w*|\blodged (?:\w+ )?(?:representations|protests?)\b"
    r"|meets? (?:the )?(?:demands|needs|requirements|goals|targets|expectations|criteria"
    r"|standards)"
    # "the thaw gathered pace": an idiom, not a gathering
    r"|\bgather(?:ed|s|ing) (?:pace|momentum|steam|dust)\b"
    # "the ambassador, who has not presented his credentials": no audience yet
    r"|\b(?:not|never|yet to)\s+(?:yet\s+)?present(?:ed)?\s+(?:his |her |their )?credentials)"
)
WISH_RE = TextPattern(
    r"\b(hoped for|hopes for|hope for|willingness to meet|readiness to|voiced readiness|"
    r"expressed a willingness|preparedness to|resum\w+ (?:the )?\w*[- ]?party talks|in order for|"
    # "hoped for another meeting", not "Another meeting was held between A and B" (searched
    # up to the meeting word only)
    r"(?<=\w )another (?:summit|meeting)|necessary for|need for a|need to hold"
    # "agreed to regularly maintain meetings at all levels": a habit wished for, no meeting
    # (not "who has maintained close contacts with Lao leaders, held talks with ...")
    r"|(?:regularly|continue to|continuing to|to) maintain(?:ing)? (?:[\w-]+ ){0,3}?"
    r"(?:meetings|visits|contacts|talks))\b"
)
#: "reaffirmed their readiness to deepen ties during a phone conversation": the wish was
#: voiced in the talks, and the talks were held
DURING_TRIGGER_RE = re.compile(
    r"\b(?:during|in the course of|throughout) (?:a |an |the |their |his |her |its |this |that )?"
    # "readiness to sign the roadmap during the next summit": the summit is still to come
    r"(?!(?:next|upcoming|forthcoming|coming|future|possible|proposed|planned)\b)"
    r"(?:[\w-]+ ){0,2}$"
)
PLANNED_WORDS = (
    *("will", "set to", "expected to", "scheduled", "plans to", "planned", "future"),
    *("committed to conduct", "committed to hold", "agreed to meet", "to meet again"),
    *("agreed to hold", "agreed to convene", "toward holding", "towards holding"),
    *("is to", "are to", "upcoming", "next week"),
    # "are in talks to hold a trilateral summit": the summit is what is to come
    "in talks to hold",
    # "due to" + a verb; "due to restrictions" gives a cause, not a plan
    *("due to be", "due to meet", "due to hold", "due to visit", "due to travel", "due to fly"),
    *("due to arrive", "due to attend", "due to host", "due to receive", "due to sign"),
    *("due to start", "due to begin", "due to take", "due to head", "due to open"),
    # "is due in Kigali on Wednesday", not "the summit due in November"
    *("is due in", "are due in", "is expected in", "are expected in", "is expected back"),
    # "A and B are both due at the summit in Malta" (not "a communiqué is due at the weekend")
    *("are due at", "are both due", "are all due", "are both expected", "are all expected"),
    *("due to resume", "due to continue", "due to convene", "due to discuss", "due to speak"),
    *("next month", "later this", "is likely to", "are likely to", "aims to", "intends to"),
    # a modal before a meeting verb tells of one to come: "would receive", "should meet"
    *("would meet", "would receive", "would visit", "would hold", "would host", "would travel"),
    *("should meet", "should hold", "could meet", "may meet", "might meet", "would be held"),
    *("would take place", "would convene", "would be convened", "would pay", "would join"),
    *("would be hosted", "expect to", "expects to", "intended to", "intend to"),
    # "said he would discuss migration when he met Y later on Friday": talks to come
    *("would discuss", "would hold talks"),
    # "is preparing a visit to Mexico in coming months"
    *("preparing a visit", "preparing to visit", "in coming months", "in the coming months"),
    *("in coming weeks", "in the coming weeks", "in the coming days"),
    # a trip told in the present is one on the schedule: "flies to Jakarta on Tuesday"
    *("flies to", "travels to", "heads to", "leaves for", "departs for", "flies on to"),
    # "when they meet in Dar es Salaam in December": a when-clause in the present looks ahead
    *("when they meet", "when the two meet", "when he visits", "when she visits"),
    *("when they visit", "when the leaders meet", "when leaders meet", "when ministers meet"),
    *("possible meeting", "possible summit", "possible talks", "possible visit"),
    *("to be held", "to be co-chaired", "looked forward to", "looks forward to"),
    *("look forward to", "set for", "slated for"),
    # "On Sunday, X was to have talks with Y": the schedule as told the day before
    # ("was to have been held" is a plan that fell through, not one still to come)
    *("was to have talks", "was to have a", "was to hold", "was to meet", "were to meet"),
    *("were to hold", "were to have talks"),
    # "has approached India to arrange a meeting between A and B": one asked for
    # (not "requested Y to arrange a meeting with Z" at a meeting held)
    *("to arrange a meeting between", "to arrange talks between", "to arrange a summit between"),
)
PLANNED_RE = TextPattern(  # only ever asked whether it matches
    r"(?<!the )\b(?:"
    + word_alternation(PLANNED_WORDS, presence_only=True)
    # "they plan to meet", not the noun: "agreed to draw up an action plan to strengthen ties"
    # (one alternation: a second branch at the top would double the cost of every search)
    # ("a joint plan to manage the flow of migrants", "a new plan to")
    + r"|(?<!\ba )(?<!\ban )(?<!\baction )(?<!'s )(?<!\bits )(?<!\btheir )(?<!\bjoint )"
    + r"(?<!\bnew )plan to)\b"
)
#: the words that put a meeting off, shared by the clause's status and the cut before an
#: "after ..." clause that tells of another's (meeting_clauses)
CANCEL_WORDS = r"cancell?ed|called off|scrapped|postponed|put off|shelved"
CANCELLED_RE = TextPattern(
    r"\b("
    + CANCEL_WORDS
    # "X was to have been received in Podgorica by Y": the plan that fell through
    + r"|(?:was|were) to have been)\b"
)
CANCELLED_NEEDLES = ("cancel", "called off", "scrapped", "postponed", "put off", "shelved")
CANCELLED_NEEDLES += ("to have been",)
_AFTER_RE = re.compile(r"\b(?:after|following)\b")


def cancelled_elsewhere(low: str, start: int) -> bool:
    """Whether every cancellation the clause tells sits in an "after ..." clause that the
    meeting word at `start` is not part of: "held a video call on Monday, days after X
    postponed a planned trip to Beijing" is a call held, the trip the one put off."""
    found = False
    for m in CANCELLED_RE.finditer(low):
        after = None
        for a in _AFTER_RE.finditer(low, 0, m.start()):
            after = a
        if after is None or ", " in low[after.end() : m.start()]:
            return False
        stop = low.find(", ", m.end())
        if after.start() <= start < (len(low) if stop < 0 else stop):
            return False
        found = True
    return found


# "..., he told Radio Nord by telephone", "said by phone from Kyiv": how the press heard it
TOLD_BY_PHONE_RE = re.compile(
    r"\b(?:(?:told|tells|telling) ((?:[\w'’.-]+ ){1,3}?)|(?:said|says|saying) )"
    r"(?:by|over the|on the) (?:tele)?phone\b"
)
#: who may be told something by phone without a call to them: the press, not "him"
PRESS_WORDS = frozenset(("reporters", "journalists", "media", "press", "newspaper", "radio"))
CALL_RE = TextPattern(
    r"\b(phone|telephone|telephonic|telephonically|three-way call|phone call|by phone|call"
    r"|phoned|telephoned|" + CALLED_TO + r")\b"
)
NOT_CALL_RE = re.compile(  # "called on both sides", not "a phone call on Sunday"
    r"\bcall(?:ed|ing|s)? (?:on|for)\b"
    # "a call on Sunday", "a separate call on the same day": when it was, not an appeal
    r"(?! (?:\w+day|\d|(?:the )?(?:morning|evening|afternoon)|the same\b|that day\b))"
    r"|\bcourtesy call|\bcall-on\b"  # "In a separate call-on by Ambassador X": a visit
    # "Johnson made the call during a meeting with ...": an appeal voiced, not a phone call
    r"|\bmade (?:the|this|that|these|a similar|similar) calls?\b(?! to\b)"
)
VIRTUAL_RE = TextPattern(
    r"\b(teleconference|video ?conference|videoconference|virtual|video call|video link"
    r"|online meeting|virtually)\b"
)
IN_PERSON_WORDS = (
    *("met", "meet", "meets", "hosted", "host", "hosts", "received", "receives", "sat down"),
    *("sit-down", "arrived", "in-person", "in person", "held talks", "gathered", "summit"),
    *("had a meeting", "held a meeting", "meeting with", "bilateral meeting"),
    *("held discussion", "held discussions", "held a discussion"),
    *("bilateral meetings", "courtesy call", "called on", "calls on", "calling on"),
    *("face to face", "face-to-face"),
)
IN_PERSON_RE = TextPattern(  # only ever asked whether it matches
    r"\b(?:"
    + word_alternation(IN_PERSON_WORDS, presence_only=True)
    + r"|visit\w*|co-chair\w*"
    + r"|"
    + DISCUSSION_HELD
    + r")\b"
)
# meeting words IN_PERSON_RE finds on their own: where one is the trigger, it matches
_IN_PERSON_TRIGGERS = frozenset(w for w in TRIGGER_WORDS if IN_PERSON_RE.search(w))
ANAPHOR_RE = TextPattern(
    r"\b(?:the|that|this|their|during their|in the|during the)\s+"
    # "the sixth meeting of the Joint Commission" is one sitting of many, not a pointer back
    r"(?!first\b|second\b|third\b|last\b|next\b|previous\b"
    r"|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|\w+tie|\d+)th\b|\d+(?:st|nd|rd)\b"
    # "due to travel to Beijing this week for talks with Tang": a time, not a pointer
    r"|(?:week|month|year|weekend|morning|afternoon|evening|time)\b)"
    r"(?:[\w-]+\s+){0,2}?"
    r"(meetings?|talks|summit|visit|gathering|call|teleconference|encounter|event)\b"
)
THE_MEETING_WITH_RE = re.compile(
    r"\b(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation)\s+with\b"
)
GROUP_RE = TextPattern(
    # "the two leaders", "both ministers", a sentence opening "Two leaders, said a statement, ..."
    r"(?:^|\b(?:the|both) )(?:two|three|four|2|3|4) (?:[\w-]+ )?"
    r"(?:leaders|ministers|officials|men|sides|diplomats|heads of state|presidents|premiers"
    r"|prime ministers|counterparts|chiefs|envoys|negotiators|delegations)\b"
    r"|\bboth leaders\b|\bthe (?:foreign |defen[cs]e )?ministers\b"
    # "the leaders agreed to meet in Khiva", "the presidents agreed to meet again"
    # ("The leaders last met in Nadi in March")
    r"|\bthe (?:leaders|presidents|premiers|prime ministers|chancellors|counterparts)"
    r" (?:(?:\w+ly|last|first|had|have|also) ){0,2}"
    r"(?:agreed|met|held|spoke|discussed|looked forward|look forward)\b"
    # "They had met in Rio", "They agreed to ...", "The two last met in June"
    r"|(?:^|[,;] )they (?:\w+ )?(?:met|meet|held|spoke|spoken|talked|agreed)\b"
    r"|\bwhere they also (?:met|held|spoke|talked)\b"
    r"|\bthe (?:two|pair) (?:(?:\w+ly|last|first|had|have|also) ){0,2}"
    r"(?:met|held talks|spoke|talked|agreed)\b"
    # "The two will meet again in Beijing", "the pair are due to hold talks": a plan of theirs
    r"|\bthe (?:two|pair) (?:will|would|shall|are (?:due|set|expected|scheduled) to)"
    r" (?:\w+ )?(?:meet|hold talks|speak|talk)\b"
    r"|\bthe heads of (?:state|government)\b"
    # "The parties met on the sidelines of the council in Skopje"
    # (not "The parties met the registration deadline")
    r"|\bthe (?:parties|sides) (?:also |had )?(?:met|held talks|spoke|talked)\b"
    r"(?! (?:the|their|a|an|its|his|her)\b)"
)
SINCE_MEETING_RE = re.compile(  # "the first since ...", "has not been held since ..."
    r"\b(first|last|previous)\b.*\bsince\b|\bnot (?:been )?(?:held|met|convened)\b.*\bsince\b"
    # "would review developments in bilateral relations since the meeting of the joint
    # commission that they co-chaired in November 2020": what followed an earlier meeting
    r"|\b(?:developments|progress|headway) (?:[\w-]+ ){0,4}?since\b"
)


# "X and his Iraqi counterpart Y on Thursday discussed ...": two sides as one subject of
# talks the sentence names by what was said in them, not by a word for a meeting
JOINT_TALKS_RE = re.compile(
    # or "discussed bilateral issues with X", "mentioned discussing trade with X": the one
    # named before "with" met X (not "looked forward to discussing", "analysts discussing")
    r"(?:\b(?:counterparts?|and)\b[^.;:]{0,100}?"
    # (not "discussed the deal signed in March with X": a participle's "with")
    r"|(?=discussed\b(?:(?!\w+ed\b)[^.;:]){0,90}?\bwith\b)"
    r"|(?:(?<=mentioned )|(?<=after ))(?=discussing\b[^.;:]{0,60}?\bwith\b))"
    r"\b(discussed|discussing|reviewed|exchanged views)\b"
)
#: office holders named only by office and country ("the prime ministers of A and B")
UNNAMED_OFFICES = (
    r"(?:prime ministers?|presidents?|foreign ministers?|leaders|premiers?"
    r"|heads? of (?:state|government)|ambassadors?)"
)
# "X discussed policing with the prime ministers of A and B": the one named met office
# holders the sentence names only by their countries
DISCUSSED_WITH_UNNAMED_RE = re.compile(
    r"\bdiscussed\b(?:(?!\w+ed\b)[^.;:]){0,90}?\bwith the (?:[\w-]+ )?"
    rf"(?i:{UNNAMED_OFFICES}) of (?:the )?[A-Z]"
)
# "Meza-Cuadra and Colombian counterpart Blum reaffirmed the bilateral commitments": what
# two counterparts did together tells that they met
JOINT_ACTS_RE = re.compile(
    r"\bcounterparts?\b[^.;:]{0,60}?\b(reaffirmed|agreed|stressed|underlined|underscored"
    r"|emphasi[sz]ed|highlighted|welcomed|signed|pledged)\b"
)
# "X of A and Y of B, Saturday, agreed to deepen cooperation": what two officials of two
# states did as one subject tells that they met (a joint act, not a view each may hold)
PAIR_ACTS_RE = re.compile(r"\b(agreed|reaffirmed|signed|pledged|vowed)\b")
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


def since_is_meeting(text: str) -> bool:
    """Whether the "since ..." phrase dates an earlier meeting: a month or a year ("since
    June"), a meeting ("since their last summit") or "since they met"."""
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
        or bool(SINCE_THEY_MET_RE.match(what))
    )


def meeting_mode(text: str, trigger: str) -> str:
    """How they met; `trigger` is the meeting word found in the text."""
    if ("tele" in text or "video" in text or "virtual" in text or "online" in text) and (
        VIRTUAL_RE.search(text)
    ):
        return "virtual"
    if (
        ("phone" in text or "call" in text or "telephonic" in text)
        and CALL_RE.search(text)
        and not NOT_CALL_RE.search(text)
    ):
        return "call"
    if (
        trigger in _IN_PERSON_TRIGGERS
        or trigger.startswith(("delivered ", "handed "))  # a message handed over
        or trigger.startswith("welcom")  # a guest welcomed
        or IN_PERSON_RE.search(text)
    ):
        return "in_person"
    return "unknown"


_GROUP_NEEDLES = ("two", "three", "four", " 2 ", " 3 ", " 4 ", "both", "ministers", "they ", "pair")
_GROUP_NEEDLES += ("heads of", "leaders", "presidents", "premiers", "chancellors", "counterparts")
_GROUP_NEEDLES += ("parties", "sides")
#: "arrived in Nadi on Tuesday for a three-day official visit": an arrival, not a meeting
ARRIVED_FOR_RE = re.compile(
    r"\barriv\w* (?:in|at) [^,;]{1,60}?\b(?:on|for) an? (?:[\w-]+ ){0,3}visit\b"
)


_ASIDE_CUT_RE = re.compile(
    r",? (?:(?:days|weeks|hours) )?(?:before|ahead of|amid|as|while) |, (?:who|which|where) "
)
_ASIDE_OPENERS = (  # one of them is in every _ASIDE_CUT_RE match
    *(" before ", " ahead of ", " amid ", " as ", " while "),
    *(", who ", ", which ", ", where "),
)
_HELD_VERB_RE = re.compile(r"\b(?:held|met|received|hosted|spoke|talked|visited|welcomed)\b")
#: "X is in Laos for his first official visit, which is expected to ...": a visit under way
_VISIT_UNDER_WAY_RE = re.compile(
    r"\b(?:is|are) (?:in [a-z][\w-]* (?:[a-z][\w-]* )?)?(?:for|on) (?:his|her|their|a|an) "
    r"(?:[\w-]+ ){0,3}visit\b"
)


def before_an_aside(low: str) -> str:
    """The clause up to a trailing aside on another event ("... met X on Monday, days before
    Tehran is due to resume talks"), where a meeting verb in the past tense precedes it: what
    the aside plans is not this meeting."""
    if not any_in(low, _ASIDE_OPENERS):
        return low
    cut = _ASIDE_CUT_RE.search(low)
    if cut and _HELD_VERB_RE.search(low, 0, cut.start()):
        return low[: cut.start()]
    # "is in Laos for his first official visit, which is expected to advance ties": what
    # the visit under way is expected to do (not "is on a visit, where she will meet X")
    if cut and cut.group(0) == ", which " and _VISIT_UNDER_WAY_RE.search(low, 0, cut.start()):
        return low[: cut.start()]
    return low


def on_the_sidelines(low: str, at: int) -> bool:
    """ "expected to meet on the sidelines of the summit in Kuala Lumpur": the event after
    "sidelines of" is where a meeting told before it takes place."""
    return low[:at].rstrip().endswith(("sidelines of", "margins of")) and bool(
        TRIGGER_RE.search(low, 0, at)
    )


def has_group(low: str) -> bool:
    """ "the two leaders", "both ministers": a group named before."""
    return any(map(low.__contains__, _GROUP_NEEDLES)) and GROUP_RE.search(low) is not None


def has_nations(low: str) -> bool:
    """ "the two countries", "their countries": the sides named before."""
    return (
        any_in(low, ("nations", "countries", "governments", "sides", "allies"))
        and NATIONS_RE.search(low) is not None
    )


_EARLIER_ENCOUNTER = (
    r"(?:(?:held|had) (?:an? |their )?(?:[\w-]+ ){0,2}?(?:talks|conversation|call|meeting)"
    r"|spoke|talked|been together)\b"
)
# "the two previously met ...": an earlier encounter, whatever "the two" points back to
EARLIER_RE = TextPattern(
    r"\b(?:previously|last|had|first|earlier) (?:met|held talks|visited)\b"
    # "The two leaders previously held a conversation on July 24", "last spoke in March";
    # not "since the commission last held a session": a body's sitting, not their encounter
    r"|\b(?:previously|last) " + _EARLIER_ENCOUNTER
)
EARLIER_NEEDLES = ("previously", "last", "had", "first", "earlier")
MEET_AGAIN_RE = TextPattern(r"\b(?:to|will|would|shall) (?:meet|hold talks|speak|talk) again\b")
#: "they last met", not "The two leaders had met one-on-one on Tuesday": today's, told again
LAST_MET_RE = re.compile(r"\b(?:last|previously) (?:met\b|" + _EARLIER_ENCOUNTER + ")")
BACKGROUND_NEEDLES = ("their first", "their previous", "their last", "already met", "occasions")
BACKGROUND_NEEDLES += ("last year", "years ago", "year ago", "recall")
BACKGROUND_RE = TextPattern(
    r"\btheir (?:first|previous|last) (?:[\w-]+ ){0,2}?"
    r"(?:meeting|talks|call|conversation|contact|encounter|summit)\b"
    r"(?![^.;]*\bsince\b)"  # "their first face-to-face meeting since May": this one
    r"|\b(?:have|had) (?:already )?met (?:on )?(?:\w+ ){1,2}(?:occasions|times)\b"
    # "Xi said he met Duterte twice last year": an encounter of a year gone by
    r"|\bmet\b[^.;]{0,50}?\b(?:last year|(?:a|one) year ago|\w+ years ago)\b"
    # "A recalled his meeting with B last November in Lima": one gone by, dated or not (not
    # "the statement recalls the talks held on Tuesday")
    r"|\brecall(?:ed|ing|s)? (?:his|her|their) (?:[\w-]+ ){0,2}?"
    r"(?:meeting|talks|call|conversation|encounter|summit)\b"
)
# a meeting told beside a "press conference" or a "call for talks": still a meeting
MET_OR_HELD_RE = re.compile(
    r"\b(met|held talks|hold talks|holding talks|held a meeting"
    r"|(?:talks|negotiations|meeting) with"
    # "X said at a press conference that she had held a videoconference with Y"
    r"|(?:held|had) an? (?:[\w-]+ ){0,2}?(?:video ?conference|video call|phone call"
    r"|telephone call|conversation|meeting))\b"
)
SINCE_RE = re.compile(r"\bsince\b")
# "After the meeting, X emphasised that Poland protects the border against the regime of Y":
# those named in what was said after the meeting word did not take part in it
SAID_NEEDLES = ("that", "the importance", "the significance", "the relevance", "the need")
SAID_THAT_RE = re.compile(
    r"\b(?:said|says|stated|emphasi[sz]ed|stressed|noted|underlined|added|pointed out) "
    # "noted the importance of Putin's visit", "stressed the need for aid to those besieged in
    # Gaza": what was said, not who sat there or where
    r"(?:that|the (?:importance|significance|relevance) of|the need (?:for|to)"
    # (not "stressed the need for a ceasefire at their talks in Geneva": the talks' place)
    r"(?![^.;]*\b(?:at|during|in) (?:the|their|his|her) (?:talks|meetings?)\b))\b"
)
#: "X in talks with Y on Saturday said the two countries will work together": a plan told
#: in what was said after the meeting word is the speaker's, not the meeting's (a bare "said
#: will" or an aside "said," leaves the plan to the meeting: "the talks, which officials
#: said will take place in June")
SAID_AFTER_RE = re.compile(
    r"\b(?:said|says|stated|added|stressed|noted|underlined|emphasi[sz]ed)"
    r"(?: (?:on )?\w+day)? (?!(?:will|would|is|are|was|were|be|to)\b)(?:that )?[a-z]"
)


def plan_only_said(low: str, after: int) -> bool:
    """Whether the only plan in the clause is in what someone said after the meeting word,
    and what was said names no meeting of its own ("described the visit as productive and said
    the next meeting would be held in Delhi": that one is planned). Someone's visit in what was
    said is the one under way ("Li said Ayrault's visit ... comes as the two countries are set to
    celebrate ..."), not one of its own."""
    reported = SAID_AFTER_RE.search(low, after)
    return (
        reported is not None
        and not PLANNED_RE.search(low[: reported.start()])
        and not any(
            not low.endswith(("'s ", "’s "), 0, m.start())
            for m in MEETING_WORD_RE.finditer(low, reported.end())
        )
    )


_VISIT_WILL_BRING_RE = re.compile(
    r"visits?\b([^.;]{0,160}?) will (?:further |also |certainly |surely |greatly "
    r"|definitely )?(?:promote|boost|deepen|strengthen|enhance|open|serve|mark|contribute"
    r"|help|give|lift|inject|elevate|add|bring|consolidate|advance|push|provide|create"
    r"|usher|cement)\b"
)


def visit_will_bring(low: str, at: int) -> bool:
    """ "Hu said he believes that Aquino's visit to China will further promote friendship":
    the visit is what will bring the good, not what is still to come; told after talks of the
    visit, it is the visit under way."""
    if not low.endswith(("'s ", "’s ", "the ", "this "), 0, at):
        return False
    m = _VISIT_WILL_BRING_RE.match(low, at)
    return (
        m is not None
        and not PLANNED_RE.search(low[:at])
        and not PLANNED_RE.search(m.group(1))
        # "Aquilar's visit to China in October will ...": a visit of its own time
        and not _A_TIME_RE.search(m.group(1))
    )


_A_TIME_RE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:next|last|this|"
    r"later|earlier)\b|day\b"
)


#: "urge ministries to coordinate, focusing on maintaining regular visits and contacts": the
#: visits are the habit wished for, the meeting word itself (searched up to it)
MAINTAINING_RE = re.compile(r"\b(?:on|by) maintaining (?:[\w-]+ ){0,3}?(?:visits|contacts)$")


#: "X said Thursday that he and Y agreed to meet": the one who said it is one of the pair
SAID_HE_AND_RE = re.compile(
    r"\b(?:said|says|told [^,;]{1,40}?)(?: (?:on )?\w+day)?,? (?:that )?(?:he|she) and\b"
)
SINCE_ASIDE_RE = re.compile(
    r",[^,;]{0,60}\bsince\b[^,;]*,(?=\s+(?:will|would|is|are|was|were|has|have|had|shall|could"
    # "X, on his first tour since taking office, arrived in Riyadh from Cairo, where he met Y"
    r"|may|might|must|arrived|met|held|paid|travelled|traveled|flew)\b)"
)
#: "will discuss ties with Y at talks next week, ahead of their plans to take part in the G7
#: meeting in Japan": the day and the place after the aside are the other event's
AHEAD_ASIDE_RE = re.compile(
    r", (?:(?:days|weeks|hours|a day|a week|shortly|just) )?(?:ahead of|before) "
    r"(?:their|his|her|its|the|a|next|this)\b"
    # "met in Port Moresby ahead of the Forum to take place on Monday May 22", "ahead of
    # next week's AU Summit", "ahead of the 70th anniversary of their ties in 2025": the
    # event told with a time of its own, comma or not ("met ahead of the Quad summit in
    # Wilmington on Saturday" is the meeting's day and place)
    r"| ahead of (?:next\b|(?:the|a|an|their|his|her|this) (?=[^,.;]{0,80}?\b"
    r"(?:to take place|to be held|scheduled|due to|set for|slated for|anniversary)\b))"
)
MEETING_WORD_RE = re.compile(r"\b(?:met|meet\w*|talks|summit|visit\w*|call|calls|spoke)\b")
# "He met ...", and after an opening phrase: "During the visit he will meet ...", "At the
# airport, he was met by ...", "On the same day, she held talks with ..."
HE_SHE_RE = re.compile(
    r"\s*(?:He|She"
    r"|(?:According to [^,]{1,60}, )?(?:(?:[Dd]uring|[Aa]fter|[Oo]n|[Ii]n) (?:the|his|her) "
    r"(?:[\w-]+ )?(?:visit|trip|stay|talks),? )?(?:he|she)"
    r"|[A-Z][\w-]*(?: [\w'’-]+){0,6}, (?:he|she)"
    # "Meanwhile, in his meeting with the Somali president X, he pledged": his own
    r"|(?:[A-Z]\w+, )?(?:[Ii]n|[Dd]uring|[Aa]t) (?:his|her) (?:[\w-]+ )?"
    r"(?:meeting|talks|conversation|discussions?) with [^,;.]{1,80}, (?:he|she))\b"
)
#: '"We are still trying," he told reporters when asked about his meeting with X': the
#: speaker of the quote opening the sentence is the one told of before
QUOTE_THEN_HE_RE = re.compile(r"\s*[\"“][^\"“”]{1,300}?[,?!][\"”] (?:he|she)\b")
#: '"He then went to the State House, where he held talks with Y," reads the statement': a
#: statement's "He" is the one told of before (not '"He met X," Ostrova said': the speaker's)
STATEMENT_HE_RE = re.compile(
    r"\s*[\"“](?:He|She)\b[^\"“”]{1,400}[,.][\"”],? (?:reads?|said|says|stated|states) "
    r"(?:part of )?(?:the|a|an|his|her) (?:[\w-]+ )?"
    r"(?:statement|release|communiqu\w+|readout|report)\b"
)
#: "Mr X hosted her at State House", "Y received him on Monday": the one told of before
OBJECT_PRONOUN_RE = re.compile(
    r"(?:hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|met|meets) (?:him\b"
    r"|her(?=[,.;]|$|\s+(?:at|in|on|for|with|and|to|during|later|warmly|upon|after|before"
    r"|today|yesterday|\w+day)\b))"
)
#: "travelled to Kenya on Monday for a tour that will see her hold talks": the day is the
#: journey's, told as done, though the talks are told as its plan
PAST_JOURNEY_DAY_RE = re.compile(
    r"\b(?:travelled|traveled|arrived|flew|landed|came) (?:[^,;]{0,40}? )?on \w+day\b"
)
DAY_AFTER_RE = re.compile(r"\s*a day after\b")
# Substrings every match of a costly pattern contains: where none occurs, the search is skipped.
WISH_NEEDLES = (
    "hope",
    "willingness",
    "readiness",
    "preparedness",
    "resum",
    "in order for",
    "another",
    "necessary for",
    "need",
    "maintain",
)
NOT_MEETING_NEEDLES = (
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
    "credentials",
)
PLANNED_NEEDLES = (
    "will",
    "preparing",
    "coming ",
    "was to ",
    "were to ",
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
    "in talks to hold",
    "toward",
    "to meet again",
    "visiting",
    "is to",
    "are to",
    "due to",
    "due in",
    "both due",
    "all due",
    "both expected",
    "all expected",
    "due at",
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
    "intend",
    "when ",
    "flies ",
    "travels to",
    "heads to",
    "leaves for",
    "departs for",
    "expect to",
    "expects to",
    "set for",
    "slated for",
    "to arrange ",
)
ANAPHOR_NEEDLES = (
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
SEQUEL_NEEDLES = ("later", "then", "afterwards", "subsequently", "next day", "earlier")


def beside_the_one_told(text: str, low: str) -> bool:
    """ "on the sidelines of the meeting", "held separate talks": beside the encounter just
    told of; "on the sidelines of the G20 summit in New Delhi" names an event of its own."""
    m = _ASIDE_RE.search(low)
    if m is None:
        return False
    return low != text.lower() or not _NAMED_EVENT_RE.search(text, m.start(), m.end())


_NAMED_EVENT_RE = re.compile(r"\bof (?:the|this|that) [A-Z0-9]")


def calls_on_someone(text: str, low: str, at: int) -> bool:
    """ "called on Sri Lankan President X in Colombo": a visit, where an office or a name
    follows and no "to <verb>" of an appeal comes after it."""
    rest = text[at:].lstrip()
    if rest.startswith("the "):  # "called on the Secretary General of the Forum, X"
        rest = rest[4:]
    # "called on the acting Afghan Prime Minister, X": an office, however held (not "called
    # on the outgoing President for an orderly transition": an appeal)
    if _TENURE_RE.match(rest):
        if _FOR_AN_APPEAL_RE.search(rest, 0, 160):
            return False
        rest = _TENURE_RE.sub("", rest, count=1)
    # "X, who called on him here at the PM Office": the one told of before
    if not rest[:1].isupper() and not low[at:].lstrip().startswith(("his ", "her ", "him ")):
        return False
    if (appeal := _APPEAL_RE.match(low, at)) is None:
        return True
    # "called on Prime Minister X in Delhi to discuss ties": a visit told with its place and
    # a visit's purpose (not "called on Y in Parliament to explain", "... in Gaza to release")
    return bool(
        _CALLED_ON_WHERE_RE.search(text, at, appeal.end())
        and _VISIT_PURPOSE_RE.search(low, appeal.end() - 12, appeal.end())
    )


#: "called on Prime Minister X in Delhi to", "... at his office to": where the visit was,
#: told before its purpose (an appeal is made to someone, not somewhere)
_CALLED_ON_WHERE_RE = re.compile(
    r"\b(?:in|at) (?:the |his |her )?(?:[A-Z][\w'’-]+ ){0,3}(?:House|Palace|[Oo]ffice|residence"
    r"|Secretariat|Ministry)\b|\bin (?!the\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? to [a-z]"
)
_VISIT_PURPOSE_RE = re.compile(
    r"\bto (?:discuss|review|exchange|brief|hold|deliver|present|convey|pay|sign)$"
)
_TENURE_RE = re.compile(
    r"^(?:acting|interim|caretaker|visiting|new|newly[- ]appointed|incoming|outgoing|former) "
)
_FOR_AN_APPEAL_RE = re.compile(r" for (?!talks\b|a (?:[\w-]+ )?(?:call|visit|meeting)\b)")
_APPEAL_RE = re.compile(  # read on lower-cased text: "... to <verb>"
    # not past a second deed: "called on X here and invited him to pay a visit"
    r"(?:(?! and [a-z]+ed (?:him|her|them|his|their|the)\b)[^.;]){0,100}?"
    r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b)[a-z]+"
)


def any_in(text: str, needles: tuple[str, ...]) -> bool:
    """Whether any needle occurs in the text: much cheaper than a regex of alternatives."""
    return any(map(text.__contains__, needles))


#: "The foreign ministers of France, Germany and Ukraine ...": officials named by their sides
PLURAL_TITLE_OF_RE = re.compile(
    # ("The Foreign Ministers of A and B" as a release capitalises them)
    r"\b[Tt]he (?:[\w-]+ )?(?i:ministers|leaders|presidents|prime ministers|premiers|chiefs"
    r"|heads of state|heads of government|envoys) of (?:the )?[A-Z]"
    # "the two countries' foreign ministers said after talks in Astana": named next
    r"|\b(?:the two countries|both countries|the two sides)['’] (?:[\w-]+ )?(?:ministers|leaders"
    r"|presidents|prime ministers|premiers|heads of state|heads of government)\b"
)
PAST_TRIGGERS = frozenset(
    ("met", "received", "hosted", "visited", "convened", "held a meeting", "spoke by phone")
    + ("spoke with", "talked", "called on", "sat down", "gathered", "co-chaired", "engaged")
)
# "held talks", "had a phone call", "received a call": the noun told as done
HELD_BEFORE_RE = re.compile(
    r"\b(?:held|had|conducted|received|hosted|made)\s+(?:a |an |the |their |his |her )?"
    r"(?:[\w-]+ ){0,2}$"
    r"|\b(?:announced|said|agreed|declared) (?:after|following) (?:the |their )?(?:[\w-]+ )?$"
)
#: "will meet", "has yet to meet", "has been received": a meeting word after a modal; "has
#: met", "has sat down" (the perfect, with no word between) is a deed done
MODAL_PAST_RE = re.compile(r"\b(?:(?:will|would|to|had been)\s+(?:\w+\s+)?|(?:have|has)\s+\w+\s+)$")
WHO_MET_RE = re.compile(r", who (?:also |later |had )?(?:met|held talks|received|hosted)\b")
INSTEAD_RE = re.compile(r"\binstead (?:held|spoke|talked|met)\b")
SINCE_ENCOUNTER_RE = re.compile(
    r"(?:a|an|their|the) (?:[\w-]+ ){0,2}?(?:call|conversation|video conference|meeting|talks)\b"
)
IS_THE_FIRST_RE = re.compile(
    r"(?:it|this|that|the (?:[\w-]+ )?(?:visit|trip|meeting|talks|call)|[\w-]+['’]s (?:visit|trip))"
    r" (?:will be|would be|is|was|marks|marked) the first\b"
)
SINCE_WHEN_MET_RE = re.compile(r"\bsince\b.*\b(?:met|held talks)\b")
# "... since they met in Jakarta last July": the pair told of last, at that earlier time
SINCE_THEY_MET_RE = re.compile(
    r"(?:they|both|the two \w+)\s+(?:had\s+|last\s+|first\s+)?"
    r"(?:met|held|joined|talked|spoke|sat)\b",
    re.I,
)
#: "X is paying an official visit to China from May 12 to 14 at the invitation of Y", "who is
#: on a visit to Russia on September 4-7": the stay and its days, not an encounter of them
_STAY_DAY = rf"(?:(?i:{dates.WEEKDAY_WORD})|(?:[a-z]{{3,9}}\.? )?\d{{1,2}}(?:st|nd|rd|th)?)"
STAY_SPAN_RE = re.compile(
    r"\b(?:is|are) (?:on|paying|making|undertaking) (?:an?|his|her|their) (?:[\w-]+ ){0,3}"
    rf"visit to [^,;]+? (?:from {_STAY_DAY}(?: [a-z]{{3,9}})? to {_STAY_DAY}"
    r"|on (?:[a-z]{3,9}\.? )?\d{1,2}(?:st|nd|rd|th)? ?[-–] ?\d{1,2})\b"
)
# "The third round is due to be held in Ankara in December": an encounter of the same sides
NEXT_ROUND_RE = re.compile(
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
CONVENE_BODY_RE = TextPattern(  # "agreed to convene the Joint Working Group in Mombasa"
    r"\b(convene|convened|convening|hold|holding|held)\b (?:the|a|an|its|their) (?:[\w'-]+ ){0,4}?"
    # "hold the 13th meeting of the Mongolia-Türkiye Joint Intergovernmental Commission"
    r"(?:(?:meeting|session) of (?:the |their |its )?(?:[\w'-]+ ){0,5}?)?" + _SITTING_NOUNS
)
#: "agreed that the joint fisheries committee will meet in Saint-Louis": the body meets
BODY_WILL_MEET_RE = re.compile(
    r"\bthat (?:the|its|their) (?:[\w'-]+ ){0,4}?"
    + _SITTING_NOUNS
    + r" (?:will|would|is to|should|shall) (?:also )?meet\b"
)
ACRONYM_MET_RE = re.compile(  # "The JPC last met in Nairobi", "The NB8 will meet in Oslo"
    r"\b[A-Z][A-Z0-9+]{1,6}\b (?:[a-z]+ ){0,2}?"
    r"(?:met|meets|convened|convenes|to meet|took place|will take place)\b"
    # "The commission, set up in 1963, last met in Nairobi": the body the news is of
    r"|^The (?:[a-z]+ )?(?:commission|council|committee|cabinet|forum|mechanism)"
    r"(?:, [^,]{1,60},)? (?:last |previously |first |had last )?(?:met|convened)\b"
    # "... is governed by a ministerial council which last met in Victoria in November"
    r"|\b(?:commission|council|committee|cabinet|forum|mechanism),? (?:which|that) "
    r"(?:last |previously |first )(?:met|convened)\b"
)


THE_SITTING_RE = re.compile(
    r"\b(?:the|this|that)\s+(?!first\b|second\b|third\b|last\b|next\b|previous\b|\d)"
    r"(?:[\w-]+\s+){0,2}?(?:session|edition|round|cabinet|council|commission|committee|meeting)\b"
)
NEXT_SITTING_RE = re.compile(r"\b(?:next|upcoming|the following)\b")  # not "following the"
EARLIER_SITTING_RE = re.compile(r"\b(?:previous|last|preceding|prior)\b")
AGREED_ON_BODY_RE = re.compile(
    r"\b(?:agreed|agreeing|decided|announced|confirmed)\s+(?:that|to (?:hold|convene))\b"
    r"(?=.*\b(?:commission|committee|council|consultations|working group|mechanism|forum)\b)"
)
SITTING_VERBS = frozenset(("held", "took place", "take place", "taking place"))
GROUP_SAYS_RE = re.compile(
    r"(?:\b(?:the|both) (?:two |three )?(?:[\w-]+ )?(?:sides|ministers|leaders|officials"
    r"|delegations|parties)|^they)\s+(?:also |further )?"
    r"(?:agreed|agreeing|said|noted|announced|recalled|decided|welcomed"
    # "The two ministers also discussed the preparations for the 21st session of the Joint
    # Committee, to be held in Tehran": who prepares a sitting is told, not who will sit
    r"|discussed (?:the )?(?:preparations|arrangements) for)\b"
)


_ACRONYM_HELD_RE = re.compile(  # "The second JCBC was held in Suva in 2019"
    r"\b[A-Z][A-Z0-9+]{1,6}\b (?:[a-z]+ ){0,2}?(?:was|were|is|be) (held|convened)\b"
)


def acronym_held(text: str, low: str) -> re.Match[str] | None:
    """A standing body known by its acronym, and its sitting ("the previous JMC was held in
    Jakarta"): the case of the text tells the body's name from a word."""
    return _ACRONYM_HELD_RE.search(text) if " held" in low or " convened" in low else None


def journey(text: str, low: str) -> re.Match[str] | None:
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
TOUR_NEEDLES = ("countr", "nation", "states")
#: a shared table or sitting, not one host after another: "had dinner with A, B and C"
#: "on the sidelines of the summit, X met A and B": a round of meetings, one by one
ASIDE_ROUND_NEEDLES = ("sidelines", "margins")
#: "had a five-hour meeting with A and B": one meeting of them all
A_MEETING_WITH_RE = re.compile(r"\ban? (?:[\w-]+ ){0,2}meeting with\b")
#: "held meetings today with A and B": more than one meeting, told so
#: (not "following earlier meetings with officials", "for regular meetings with investors")
MEETINGS_WITH_RE = re.compile(
    r"\b(?:held|had|holds|has|have|hold|holding|having|for) (?:\w+ )?meetings (?:\w+ )?with"
    r" (?:the |his |her )?[A-Z]"
)
MEAL_NEEDLES = ("dinner", "lunch", "breakfast", "banquet", "reception")
GATHERING_NEEDLES = (*MEAL_NEEDLES, "forum", "summit", "gathering")
#: "X, back from a three-country tour", "after his tour": a journey over, not one ahead
BACK_FROM_RE = re.compile(r"\b(?:back|returned|returning|returns) from\b|\bafter (?:a|his|her)\b")
#: "will pay visits to four Latin American countries", "a tour of three countries", "a
#: five-nation tour": a journey through several states, each with its own hosts
TOUR_OF_STATES_RE = re.compile(
    r"\b(?:tour|visits|trip) (?:of|to|through) (?:two|three|four|five|six|seven|several) "
    r"(?:[\w-]+ ){0,2}(?:countries|nations|states)\b"
    r"|\b(?:two|three|four|five|six|seven)-(?:nation|country|state) (?:[\w-]+ )?(?:tour|trip)\b"
)
#: "X said he will attend in person", "X is expected to attend it": one who joins the
#: gathering just told of (not "X will attend the opening of the Games", another event)
WILL_ATTEND_RE = re.compile(
    r"\b(?:(?:said|says|confirmed|announced)(?: that)? (?:he|she) (?:will|would)"
    r"|will|is expected to|plans to|intends to) (?:also )?attend"
    r"(?: in person| it| the (?:summit|meeting|talks|gathering|session|conference))?[.,;]"
)
#: a trip told as the next leg of a visit: "fly to Tokyo afterwards", "before flying home"
ONWARD_RE = re.compile(  # not "then" or "later": "invited X to travel to Y later this year"
    r"\b(?:afterwards|before (?:flying|returning|heading|travell?ing) (?:back )?home)\b"
)
JOURNEY_WORDS = frozenset(("travel", "travels", "travelling", "traveling", "fly", "flies"))
JOURNEY_WORDS |= frozenset(("head", "heads", "proceed", "go"))


def sitting_verb(low: str) -> re.Match[str] | None:
    """The holding verb of a standing body's sitting ("the next session would be held in
    Dar es Salaam"), where the sentence has no meeting word of its own."""
    if "held" in low or "place" in low or "conven" in low or "hold" in low:
        return _SITTING_RE.search(low) or CONVENE_BODY_RE.search(low)
    return None


# "Before the private meeting, X met business people and laid a wreath at Y": what one side
# did ahead of the encounter, elsewhere
AHEAD_OF_IT_RE = re.compile(
    r"(?:before|ahead of|prior to) (?:the|their|his|her) (?:[\w-]+ ){0,3}?"
    r"(?:meeting|talks|summit|encounter)s?,(?! (?:held|which|to be held)\b)"
)
HELD_RE = re.compile(r"\b(?:was|were|will be|would be|to be|is being|are being) held\b")
INVITED_RE = re.compile(  # "invited X to visit Kenya", "invited X for a state visit"
    r"\binvited (?:[\w'’-]+ ){1,4}(?:to (?:visit|come|travel|attend)|for an? (?:[\w-]+ )?visit"
    r"|to pay an? (?:[\w-]+ )?visit)\b"  # "invited him to pay a visit to Islamabad"
    # "extended an invitation to Y to visit Islamabad"
    r"|\binvitation to (?:[\w'’.-]+ ){1,4}?to (?:visit|come|travel|pay|attend)\b"
    r"|\baccept(?:ed|s|ing)? (?:[\w'’.-]+ ){0,4}?invitations? "
    r"(?:(?:extended |issued |made |sent )?(?:by|from) (?:[\w'’.-]+ ){1,5}?)?to\b"
    # "agreed to coordinate closely with C to hold a summit": the summit is to come
    r"|\bagreed to (?:[\w'’-]+ ){1,8}?(?:hold|meet|convene|organi[sz]e|visit|host)\b"
    # "agreed to broker a summit between A and B in April"
    r"|\bagreed to (?:broker|arrange|schedule|prepare) an? (?:[\w-]+ ){0,3}?"
    r"(?:summit|meeting|talks|visit)\b"
)
#: "they agreed for him to visit Zagreb in May", "the two agreed on a working visit by X":
#: the visit agreed on is to come (only the meeting word it ends with, not the sentence's
#: others: "A and B met in Vienna and agreed on a visit in May")
AGREED_VISIT_RE = re.compile(
    r"\bagreed (?:for (?:[\w'’-]+ ){1,3}?to (?:visit|meet|hold|host)"
    r"|on an? (?:[\w-]+ ){0,2}visit)\b"
)
DURING_VISIT_RE = re.compile(
    r"\b(?:during|while on|as part of) (?:his|her|the|this) (?:[\w-]+ )?(?:visit|stay|trip)\b"
    r"|\bbefore (?:returning|flying back|heading back|leaving for|returning to)\b"
)
SAME_DAY_NEEDLES = ("same day", " that day", " in the day", "r in the ", "r that ", "same eve")
SAME_DAY_NEEDLES += ("same morn", "same after")
SAME_DAY_RE = TextPattern(
    r"\b(?:on )?the same (?:day|morning|afternoon|evening)\b"
    r"|\b(?:later|earlier) (?:that|the same|in the) (?:day|morning|afternoon|evening)\b"
)
# "held talks with leaders of South Sudan, Sudan and Djibouti", "with presidents of different
# African countries": a round of encounters
# whose each one the text tells after, not one meeting
ROUND_RE = TextPattern(
    r"\bwith (?:the )?(?:leaders|presidents|prime ministers|heads of (?:state|government)"
    r"(?: and government)?) of (?!the two\b|both\b)"
    # "to hold bilateral meetings with at least four leaders at the ASEAN summit"
    r"|\bbilateral (?:meetings|talks) with (?:at least |some |several )?(?:\w+ )?"
    r"(?:other )?(?:leaders|heads of)"
    # "held seven bilateral talks with her foreign counterparts"
    r"|\b(?:\w+ )?bilateral (?:meetings|talks) with (?:his |her |their )(?:\w+ )?counterparts\b"
    # "received ambassadors of Russia and China": an audience each
    r"|\b(?:received|receives|receiving|met|meets) (?:the )?(?:ambassadors|envoys) of "
    r"(?!the two\b|both\b)"
    # "will hold a series of bilateral meetings on the sidelines of the SCO summit"
    r"|\b(?:a series|a number|a range|a round) of bilateral (?:meetings|talks|contacts)\b"
    # "had five bilateral meetings on the sidelines of the summit"
    r"|\b(?:had|held) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) bilateral "
    r"(?:meetings|talks) (?=on the sidelines|at the|during the)"
    # "met a number of Arab countries' leaders on the sidelines of the summit"
    r"|\bmet (?:a number of|several|a series of) (?:[\w'’-]+ ){0,3}?(?:leaders|heads of)\b"
    # "The visiting foreign ministers called on X. These included A, B and C": one each
    r"|^the visiting (?:[\w-]+ ){0,2}?(?:ministers|leaders|heads of \w+|envoys|ambassadors)\b"
)
# "The five leaders are A of Namibia, B of Mozambique and C of Djibouti": who the round
# told just before met, each on their own
LISTED_RE = re.compile(
    r"(?:The|These|Those) (?:\w+ )?(?:leaders|presidents|heads of state|prime ministers"
    r"|ministers|counterparts|officials) (?:are|were|included)\b|These included\b"
)
# "Both meetings were held separately": the encounters just told were one per counterpart
APART_RE = TextPattern(r"\b(?:were|was) held separately\b|\b(?:both|each) (?:\w+ )?separately\b")
SEPARATE_RE = TextPattern(
    r"\bseparate (?:phone |telephone |video |bilateral )?(?:calls|talks|meetings|conversations)\b"
    # "separately met, on the sidelines of the summit, with A; B; and C": one each
    r"|\bseparately (?:met|meets|held talks|received|receives|hosted|spoke)\b"
    # "met A and B separately to discuss ...": one each, the subject with each in turn; only
    # names, titles and a time between (not "..., a day after the two had separately visited
    # Kyiv", "... and separately signed an accord with C": another clause's "separately")
    # (read in lower case: "u.s." and "mr." keep their full stops inside the list)
    r"|\b(?:met|meets|received|receives|hosted|hosts|held talks) "
    r"(?:(?!, (?:a|an|the|who|which|after|before|when|while)\b| and (?:also |then |later )?"
    r"(?:signed|visited|held|met|discussed|attended|toured|spoke|called|hosted|received|paid"
    r"|addressed|opened|witnessed|travell?ed)\b)"
    r"(?:[^.;]|(?<=\b[a-z])\.|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bdr)\.|(?<=\bgen)\.)){3,150}?"
    r" separately(?= *(?:[,.;]|$|(?:on|to|in|at|this|last|during|for|here|today|yesterday"
    r"|earlier|later|and|over|after|before|as|with)\b))"
    # "made his first two official phone calls to A and B": one call each
    r"|\b(?:two|three|four) (?:[\w-]+ ){0,3}?(?:calls|conversations)\b"
    # "had telephone conversations with presidents A, B and C", "made his first phone calls
    # to African heads of state, speaking with A and B": calls, one with each
    r"|\b(?:held|had|made|conducted) (?:(?:his|her|their) )?(?:[\w-]+ ){0,2}?"
    r"(?:calls|conversations) (?:with|to)\b"
    # "discussed bilateral issues with A, B and C": a pair's issues, so a meeting with each
    r"|\bbilateral (?:and (?:regional|international|multilateral) )?"
    r"(?:issues|matters|talks|meetings)\b"
    # "held talks with his foreign counterparts A, B and C": each his own counterpart
    r"|\b(?:with|met) (?:his|her) (?:[\w-]+ ){0,2}?counterparts\b"
)
#: "held a tour of meetings with", "continued with the meetings, which he described as
#: fruitful, with": one person's meetings, one after the other
MEETINGS_OF_ONE_RE = re.compile(
    # the verb that holds them
    r"\b(?:(?:held|had|holds|has|hold|continued with) (?:the )?"
    # or the run they make: "a tour of meetings", "a series of bilateral meetings"
    r"|(?:a|his|her) (?:tour|series|round|string) of )"
    # not "trilateral meetings", "quadrilateral meetings": those sit together
    r"(?:(?!(?:tri|quadri|multi)lateral\b)[\w-]+ ){0,2}?meetings(?:, which [^,]{1,60},)? with\b"
)
#: "a look back at Kandros' meetings with A, B and C": whose the meetings are
POSSESSED_MEETINGS_RE = re.compile(
    r"([A-Z][\w-]+)(?:['’]s|(?<=s)['’]) (?:[\w-]+ ){0,2}?meetings with\b"
)
#: "held a phone call with A and B": one call, whoever was on the line
ONE_CALL_RE = re.compile(r"\ba (?:phone |telephone )?(?:call|conversation)\b")
# "made phone calls to counterparts from Angola, Benin and Comoros": one call with each
COUNTERPARTS_FROM_RE = re.compile(
    r"\b(?:calls|meetings|talks|conversations|consultations) (?:to|with) "
    r"(?:his |her |their )?(?:\w+ )?counterparts (?:from|of|in)\b"
    # "had separate meetings with the ambassadors of A, B and C": one with each
    # ("separate meetings in Kabul with the ambassadors of ...")
    # ("one-on-one meetings with the prime ministers of A, B and C": one with each leader)
    r"|\b(?:separate|one-on-one|individual|bilateral) (?:\w+ )?"
    r"(?:calls|meetings|talks|conversations|consultations) (?:\w+ ){0,3}?(?:to|with) "
    r"(?:the )?(?:\w+ )?(ambassadors|envoys|representatives|delegations|prime ministers"
    r"|presidents|premiers|leaders|heads of state|heads of government) (?:from|of|in)\b"
    # "held a bilateral meeting this Thursday with his counterparts from A, B and C"
    r"|\bbilateral (?:meeting|talks)\b[^.;,]{0,40}? with (?:his |her |their )?"
    r"(?:\w+ )?counterparts (?:from|of|in)\b"
    # "met with representatives from A, B and C in a series of informal meetings": one each
    r"|\bmet (?:with )?(?:the )?(?:\w+ )?(ambassadors|envoys|representatives|delegations"
    r"|counterparts|ministers) (?:from|of) [^.;]{1,80}? in a series of (?:\w+ ){0,2}?"
    r"(?:meetings|talks)\b"
)
#: a visitor meeting office holders one after another ("also met A, B and C") ...
MET_EACH_NEEDLES = (" also met ", " also meet ", " meetings with ", " called on ", " call on ")
#: ... unless the words say they sat together
JOINT_NEEDLES = (" joint", "together", "trilateral", "delegation", "all three", " all of them")
#: a table the named sat at together: "the three leaders", "a working dinner"
ONE_TABLE_NEEDLES = ("the three ", "the four ", "all three", "dinner", "luncheon", "banquet")
#: words that tell all named sat or spoke at once, not one by one: "a three-way call", "the
#: three leaders said", "a telephone conversation between A and B"
TOGETHER_NEEDLES = (*JOINT_NEEDLES, "conference call", "three-way", " between ", "the three ")
SEPARATE_NEEDLES = ("separate", "bilateral", " calls", " conversations", "counterparts")
ALSO_NEEDLES = (
    "also",
    "later",
    " too",
    "as well",
    "separately",
    "afterwards",
    "during his",
    "during her",
)
ALSO_RE = TextPattern(
    # ", who is also deputy prime minister": who someone is, not a further encounter
    r"(?<!who is )(?<!who was )"
    r"\b(?:also|later|separately|afterwards)\b(?! (?:this|next|in|on) )"
    # "met UN Secretary General Guterres too."
    r"|\b(?:too|as well)(?=[.;]|$)"
    r"|\bduring (?:his|her) (?:visit|trip|stay)\b"
)
#: "took part in a meeting", "held an expanded meeting": the meeting word brought in by "a"
INTRODUCED_RE = re.compile(r"\b(?:in|held|hold|attended|attend|joined) an? (?:[\w-]+ ){0,2}$")


ASIDE_NEEDLES = ("sidelines", "margins", "separate")
_ASIDE_RE = TextPattern(
    r"\b(?:on|at) the (?:sidelines|margins) of (?:the|this|that) (?:[\w-]+ )?"
    r"(?:meeting|summit|talks|conference|gathering|forum|session|visit)\b"
    r"|\bseparate(?:ly)? (?:talks|meetings?|bilateral)\b|\bheld separate\b"
)
AROUND_THE_ONE_TOLD_RE = re.compile(
    r"\b(?:before|after|ahead of|following|on the (?:sidelines|margins) of) (?:the|this|that) "
    r"(?:[\w-]+ )?(?:meeting|summit|talks|session|gathering|consultations)\b"
)
ATTEND_NEEDLES = ("attend", "present", "joined", "took part", "taking part", "participated")
ATTEND_RE = TextPattern(
    r"\b(?:attended by|attending (?:the|their|this|that)|(?:were|was) (?:also )?present"
    # "In their talks, they will be joined by A and B" (not "After the talks, X was joined
    # by A on a tour of the port")
    r"|\bin (?:the|their|these|those) (?:talks|meetings?|discussions), (?:[\w-]+ ){1,3}?"
    r"(?:be|been|were|was) (?:also )?joined by"
    r"|also present|(?:also )?joined (?:the|them|him|her)|also (?:took part|participated)"
    # "Also taking part in the meeting were A and B", "Present at the meetings were A and B"
    r"|taking part in (?:the|their|this|that)|^present at (?:the|their|these|both|all))\b"
)
# "The meetings were attended by ...", "Attending both meetings were ...": each of them
THE_MEETINGS_ATTENDED_RE = re.compile(
    r"(?:(?:the|these|both|all(?: the)?) (?:[\w-]+ )?meetings"
    r" (?:were|have been) (?:also )?attended by|(?:also )?(?:attending|present at) (?:the|these"
    r"|both|all(?: the)?) (?:[\w-]+ )?meetings (?:were|was))\b"
)
ACCOMPANY_NEEDLES = (
    "accompanied",
    "present",
    "attendance",
    "also took",
    "also partic",
    "also att",
    "led by",
    "headed by",
    "also welcomed",
    "also received",
    "also greeted",
)
ACCOMPANY_RE = TextPattern(
    r"\b(?:was|were) accompanied by\b|\balso present (?:was|were)\b"
    r"|\b(?:was|were) (?:also )?(?:present|in attendance)\b"
    r"|\balso (?:took part|participated|attended)\b"
    r"|\bdelegations? (?:was|were) (?:led|headed) by\b"
    # "A and B were also welcomed at the airport": more guests of the welcome just told
    r"|\b(?:was|were) also (?:welcomed|received|greeted)\b(?! by\b)"
)
SEQUEL_RE = TextPattern(  # "Earlier on Monday, X held talks with Y": a further encounter
    r"\b(?:later|then|afterwards|subsequently|next day"
    # "He held talks with Y earlier Tuesday": on the news's day, before it
    rf"|earlier (?:on \w+day|(?i:{dates.WEEKDAY_WORD})|that day|in the day"
    r"|the same day|today|this morning))\b"
)
ONE_WORDS = frozenset(("previous one", "last one", "first one"))
THEIR_OFFICIALS_RE = re.compile(
    r"\bagreed (?:to|that) (?:\S+ ){0,6}?their (?:[\w-]+ (?:and [\w-]+ )?)?"
    r"(?:ministers|officials|chiefs|deputies|teams|experts|secretaries|envoys|negotiators)\b"
)
NATIONAL_COUNTERPART_RE = re.compile(  # "and his Argentine counterpart at the ministry"
    r"\b(?:his|her) ([A-Z][\w-]+) counterpart\b(?!,? [A-Z])"
    # "hosted his Libyan and Tunisian counterparts at the ministry"
    r"|\b(?:his|her) ([A-Z][\w-]+)(?:, ([A-Z][\w-]+))?,? and ([A-Z][\w-]+) counterparts\b"
    r"(?!,? [A-Z])"
)
BY_DEADLINE_RE = re.compile(r"\bby (?:the |its |their )?(?:[\w'’-]+ ){0,3}$")
PARTICIPLE_PAST_RE = re.compile(
    r"meeting (?:at|in|on|with)\b[^.]*?, (?:the |both )?[\w' ]{1,40}? "
    r"(?:\w+ed|met|held|said|agreed|spoke|made|took|gave)\b"
)
# "have met three times": a tally, no one meeting, unless the last is told after it
MET_TIMES_RE = re.compile(
    r"\bmet (?:two|three|four|five|several|many|\d+) times\b(?![^.;]{0,30}\bmost recently\b)"
)
#: words of an envoy's credentials: a host's audience with each envoy named
CREDENTIAL_WORDS = ("credence", "credentials", "letter of commission", "letters of commission")
