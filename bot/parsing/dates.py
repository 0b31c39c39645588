"""Dates: publication stamps, and the dates of events resolved against them."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.parsing.patterns import TextPattern

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: a weekday as written in a sentence of mixed case ("arrived Thursday in Sofia")
WEEKDAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
#: a month written out, as in a sentence ("in February", "planned for March")
MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)

# "2025-10-07", and "2025-10-07T16:25:00+05:00", where a T follows the day
ISO_RE = TextPattern(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
# a span is dated by its first day: "from 24th to 25th January, 2024", "January 24-25, 2024"
_TO_DAY = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
DMY_RE = TextPattern(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    + _TO_DAY
    # "31/October/2024": a stamp's slashes; "06 de june de 2022": a Latin stamp's "de"
    + r"(?:[ ./]| de )"
    + _MON
    + r"\.?(?: de |[ .,/]*)(?P<y>(?:19|20)\d\d)\b"
)
MDY_RE = TextPattern(
    # "Jan 17, 2017", and a byline's "Jan 17,2017"
    r"\b"
    + _MON
    + r"\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?"
    + _TO_DAY
    + r"(?:,? |,)(?P<y>(?:19|20)\d\d)\b"
)
MD_RE = TextPattern(r"\b" + _MON + r"\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,? ?(?:19|20)\d\d)")
# "on 27 February", "the 3rd of March": a day before its month, no year
DM_RE = TextPattern(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    + _TO_DAY  # "(20th -21st April)": the span's first day
    + r"(?: of)? "
    + _MON
    + r"\b(?!\.?,? ?(?:19|20)\d\d)"
)
MY_RE = TextPattern(r"\b" + _MON + r"\.?,? (?P<y>(?:19|20)\d\d)\b")
MONTH_ONLY_RE = TextPattern(
    r"\b(?:in|since|from|of|by|until|through|for|last|early|late|mid|mid-|this|next)\s+"
    r"(?:early |late |mid-|mid )?"
    + _MON.replace("may|", "")
    + r"(?P<last> last(?! year))?\b(?!\.? \d)",
)
# MONTH_ONLY_RE leaves out "may", a verb far more often; capitalised after "in" it is the month
_IN_MAY_RE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|from|by|until|through|[Ee]arly|[Ll]ate|mid-?|of) (?P<mon>May)\b"
    r"(?! (?:be|have|not|also|well|still|need|want|take|seek|face|come|go|help|see|make|lead))"
    r"(?P<last> last(?! year))?(?!\.? \d)"
)
YEAR_RE = TextPattern(r"\b(?:in|since|of|from|by)\s+(?:early |late |mid-)?(?P<y>(?:19|20)\d\d)\b")
REL_YEAR_RE = TextPattern(r"\b" + _MON.replace("may|", "") + r" last year\b|\blast year\b")
_SAID_BEFORE_RE = TextPattern(
    r"\b(?:said|says|announced|stated|reported|told (?:\w+ )?\w+|confirmed)\s*$"
)
_ON_WEEKDAY_RE = TextPattern(r"\b(?P<mod>next |last |this |on )" + _WD + r"\b")
WEEKDAY_RE = TextPattern(r"\b(?P<mod>next |last |this |on |)" + _WD + r"\b")
#: "met here Sunday afternoon with Y": a weekday without its "on", straight after the verb
_DEED_WEEKDAY_RE = TextPattern(
    r"\b(?:met|meets|hosted|hosts|received|receives|spoke|speaks|talked|visited|arrived)"
    r"(?: here| there)? (?P<mod>)" + _WD + r"\b(?!['’])"
)
DAYS_BEFORE_RE = TextPattern(
    r"\b(?P<n>one|two|three|four|five|six|seven|\d+) days? (?P<dir>before|after) the " + _WD
)
_SINCE_CLAUSE_RE = re.compile(r"\bsince\b[^,;]*")
_SINCE_WORD_RE = re.compile(r"\bsince\b")
# "held his first call since taking office with his Japanese counterpart, Y, on Tuesday": a
# gerund's short phrase ends at "with"; who and when follow it belong to the call itself
SINCE_GERUND_WITH_RE = re.compile(r"since [a-z]+ing(?: [a-z]+){0,3}? with\b")
# "his first meeting with the envoys after being elected as Prime Minister on June 7": the
# first since taking office, not on that day, so the day is read over (not "his first visit
# after taking office to Chisinau in February", the visit's month, nor "Hours after being
# sworn in on January 20, X spoke with Y", on that day)
_WHO_TAKES_OFFICE_RE = re.compile(
    r", who (?:takes|took|will take|is to take|is due to take|assumes|assumed|will assume)"
    r" office\b[^,.;]*"
)
#: "the migration accord signed last June 7": the day of a text told of, not the meeting's
#: ("A and B signed on June 7 an accord" keeps its day)
_ACCORD_SIGNED_RE = re.compile(
    r"\b(?:accord|agreement|deal|treaty|pact|memorandum|declaration|protocol|charter)s? "
    r"(?:(?:that|which) (?:was|were) )?(?:signed|adopted|concluded|reached|ratified|inked)"
    r"(?: (?:on|in))?(?: last)? [a-z]+ \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b",
    re.IGNORECASE,
)
_TOOK_OFFICE_RE = re.compile(
    r"\b(?:after|upon) (?:being |his |her |their )?(?:elected|re-elected|appointed|sworn in"
    r"|election|re-election|appointment|swearing-in|inauguration|assuming office"
    r"|taking office)(?: as (?:the )?[\w'’-]+(?: [\w'’-]+){0,4}?)? (?:on|in) (?:the )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? )?(?:of )?(?:" + "|".join(MONTHS) + r")\b\.?"
    r"(?: \d{1,2}(?:st|nd|rd|th)?\b)?(?:,? (?:19|20)\d\d)?"
)
_YEAR_RE_FAST = TextPattern(r"(?:19|20)\d\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEXT_PERIOD_RE = TextPattern(r"\bnext (?:week|month)\b")
_SPAN_AFTER_RE = TextPattern(
    r"\b(?:comes?|came|coming) (?:just |only |barely |nearly |about |some )?"
    r"(?P<n>a|one|two|three|four|five|six|\d+) (?P<unit>week|month)s? after\b"
)
_REL_PERIOD_RE = TextPattern(r"\b(?:last|next|this) (?:week|month)\b")
# "later this year", "early next year", "in the second half of the year"
_THIS_YEAR_RE = re.compile(r"\b(this|next) year\b|\b(?:half|end|rest|middle) of (the) year\b")
# A sentence without a digit, a month stem or one of these words fixes no date.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_RE = re.compile(
    r"\b(?:(?P<when>next|this|last) |in (?:the )?(?:early |late )?)"
    r"(?P<season>spring|summer|autumn|fall|winter)\b"
)
_HINT_WORDS = (
    *_MONTH_STEMS,
    *("spring", "summer", "autumn", " fall", "winter"),
    "last year",
    "last night",
    "this year",
    "next year",
    "of the year",
    "tomorrow",
    "this morning",
    "this afternoon",
    "this evening",
)
_HINT_END_RE = TextPattern(r"(?:day|week|month)s?\b")
_DIGIT_RE = re.compile(r"\d")
_TODAY_RE = TextPattern(r"\btoday\b|\bthis (?:morning|afternoon|evening)\b")
_YESTERDAY_RE = TextPattern(r"\byesterday\b|(?<!the )\blast night\b")  # not "the last night of"
_TOMORROW_RE = TextPattern(r"\btomorrow\b")
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


safe_date = _safe  # a calendar date, or None where the day does not exist


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every fully written date in the text, with its offset."""
    text = text.lower()
    out: list[tuple[int, date]] = []
    if not _YEAR_RE_FAST.search(text):
        return out
    for m in ISO_RE.finditer(text):
        if d := _safe(int(m["y"]), int(m["m"]), int(m["d"])):
            out.append((m.start(), d))
    for rx in (DMY_RE, MDY_RE):
        for m in rx.finditer(text):
            if d := _safe(int(m["y"]), MONTHS[m["mon"].casefold()], int(m["d"])):
                out.append((m.start(), d))
    return sorted(out, key=lambda x: x[0])


def _numeric_day(s: str) -> date | None:
    """A day written in figures in running text ("on Tuesday 30/1/2024"): read day first or
    month first, whichever the figures or the weekday before them allow; None where both
    readings stand and nothing tells them apart."""
    for m in _NUMERIC_DATE_RE.finditer(s):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        readings = {d for d in (_safe(y, b, a), _safe(y, a, b)) if d is not None}
        named = _WEEKDAY_BEFORE_RE.search(s, max(0, m.start() - 14), m.start())
        if named:
            readings = {d for d in readings if d.weekday() == WEEKDAYS[named[1]]}
        elif own_weekday(s):
            return None  # "on Sunday, and discussed the deal signed on 13/10/2023": Sunday
        if len(readings) == 1:
            return readings.pop()
    return None


_WEEKDAY_BEFORE_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),? (?:the )?$")
_GLUED_TIME_RE = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")  # "March 18, 20248:14 PM"
_NUMERIC_DATE_RE = re.compile(r"\b(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>(?:19|20)\d\d)\b")
_DOTTED_YMD_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)\. ?(?P<m>\d{1,2})\. ?(?P<d>\d{1,2})\.")


_DASHED_DMY_RE = re.compile(r"\b(?P<d>[0-3]?\d)-(?P<mon>[A-Za-z]{3,9})-(?P<y>(?:19|20)\d\d)\b")


_DAY_DOT_RE = re.compile(r"\b(\d{1,2})\.\s+(?=[^\W\d_]+\.? \d{4}\b)")


def stamp_date(line: str) -> date | None:
    """The date of a header line that is a date stamp ("03 Apr 2021 03:04:06 GMT9").

    Stamps also come all in numbers: "26.11.2024" and "09/06/2024" are read day
    first, as most of the world writes them, unless only month first makes a date
    ("11/26/2024"); "2023. 09. 14." is year, month, day.
    """
    if ":" in line:
        line = _GLUED_TIME_RE.sub(r"\1 ", line)
    if ". " in line:  # "Onsdag 24. april 2024": a day written with a full stop
        line = _DAY_DOT_RE.sub(r"\1 ", line)
    found = full_dates(line)
    if found:
        return found[0][1]
    if m := _DOTTED_YMD_RE.search(line):
        return _safe(int(m["y"]), int(m["m"]), int(m["d"]))
    if "-" in line and (m := _DASHED_DMY_RE.search(line)) and m["mon"].casefold() in MONTHS:
        return _safe(int(m["y"]), MONTHS[m["mon"].casefold()], int(m["d"]))  # "06-Mar-2025"
    if m := _NUMERIC_DATE_RE.search(line):
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if b > 12 >= a else (a, b)
        return _safe(int(m["y"]), month, day)
    return None


def other_reading(line: str, read: date) -> date | None:
    """The month-first reading of an all-number stamp that stamp_date read day first, where
    both are dates ("02/03/2026"); the text's weekdays decide between them."""
    if full_dates(line) or _DOTTED_YMD_RE.search(line):
        return None
    m = _NUMERIC_DATE_RE.search(line)
    if m is None or int(m["a"]) > 12 or int(m["b"]) > 12 or m["a"] == m["b"]:
        return None
    other = _safe(read.year, read.day, read.month)
    return other if other != read else None


def weekday_on_or_before(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def weekday_after(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def month_on_or_before(ref: date, month: int) -> str:
    year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def event_date(
    sentence: str,
    published: date | None,
    *,
    future: bool = False,
    nearest: bool = False,
    accords: bool = True,
) -> str | None:
    """The date the sentence gives its event, as precisely as it fixes it.

    Relative days resolve against `published`: a bare weekday is the last such
    day on or before it (the next one for a future event), "next Friday" the
    one after. A bare month is the nearest such month where `nearest` says the
    event may lie on either side (a meeting called off). Returns YYYY-MM-DD,
    YYYY-MM, YYYY or None.
    """
    s = sentence.lower()
    if not _has_hint(s):
        return None
    if "since" in s:  # "since 2008", "since they met in Bali, Indonesia, in 2022": another event
        at = _SINCE_WORD_RE.search(s)
        gerund = SINCE_GERUND_WITH_RE.match(s, at.start()) if at else None
        if gerund:
            s = s[: at.start()] + s[gerund.end() :]
        else:
            s = s[: at.start()] if at and at.start() > 0 else _SINCE_CLAUSE_RE.sub(" ", s)
    if " office" in s and ", who " in s:  # "Y, who takes office in January": Y's own day
        s = _WHO_TAKES_OFFICE_RE.sub("", s)
    if (
        accords
        and any(map(s.__contains__, ("signed ", "adopted ", "concluded ", "reached ", "ratified ")))
        and (rest := _ACCORD_SIGNED_RE.sub(" ", sentence)) != sentence
    ):
        # the day the rest of the sentence tells; where it tells none, the accord's day is
        # the meeting's: "met at the White House for the agreement signed on August 8"
        return event_date(
            rest, published, future=future, nearest=nearest, accords=False
        ) or event_date(sentence, published, future=future, nearest=nearest, accords=False)
    if (
        "first " in s
        and ("after " in s or "upon " in s)
        and (took := _TOOK_OFFICE_RE.search(s))
        and "first " in s[: took.start()]
    ):
        s = s[: took.start()] + s[took.end() :]
    digit = any(map(s.__contains__, "0123456789"))
    month = any(map(s.__contains__, _MONTH_STEMS))
    if digit and (found := full_dates(s)):
        return found[0][1].isoformat()
    if digit and (told := _numeric_day(s)) is not None:
        return told.isoformat()  # "received a phone call on Tuesday 30/1/2024"
    m = DAYS_BEFORE_RE.search(s) if ("days " in s or "day " in s) else None
    if m:
        if published is None:
            return None
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].casefold()]
        base = weekday_on_or_before(published, WEEKDAYS[m["wd"].casefold()])
        delta = timedelta(days=n)
        return (base - delta if m["dir"].casefold() == "before" else base + delta).isoformat()
    if digit and month and (m := MD_RE.search(s) or DM_RE.search(s)):
        month, day = MONTHS[m["mon"].casefold()], int(m["d"])
        if published is not None and (d := _safe(published.year, month, day)) is not None:
            if not future and d > published + timedelta(days=1):
                d = _safe(published.year - 1, month, day) or d
            elif future and d < published - timedelta(days=60):
                d = _safe(published.year + 1, month, day) or d  # "will meet on January 8"
            return d.isoformat()
    if digit and published and "the " in s and (m := _ORDINAL_DAY_RE.search(s)):
        # "met on the 14th": a day of the page's month (of the month before, for one past)
        d = _safe(published.year, published.month, int(m["d"]))
        if d is not None and not future and d > published + timedelta(days=1):
            d = _safe(*_month_before(published), int(m["d"]))
        elif d is not None and future and d < published:
            d = _safe(*_month_after(published), int(m["d"]))
        if d is not None:
            return d.isoformat()
    if published and "day" in s and (m := own_weekday(s)):
        # "spoke on Monday about the summit due in November 2024": the day is the
        # event's own, a bare month or year is more often another event's
        return _weekday(m, published, future)
    if digit and month and (m := MY_RE.search(s)):
        return f"{int(m['y']):04d}-{MONTHS[m['mon'].casefold()]:02d}"
    if "last year" in s and (m := REL_YEAR_RE.search(s)):
        if published is None:
            return None
        if m.group("mon"):
            return f"{published.year - 1:04d}-{MONTHS[m['mon'].casefold()]:02d}"
        return f"{published.year - 1:04d}"
    if month and (m := MONTH_ONLY_RE.search(s) or _IN_MAY_RE.search(sentence)):
        if published is None:
            return None
        month = MONTHS[m["mon"].casefold()]
        if m["last"]:
            return f"{published.year - 1:04d}-{month:02d}"
        if m[0].startswith("next"):  # "next March": the coming one
            year = published.year if month > published.month else published.year + 1
            return f"{year:04d}-{month:02d}"
        if m[0].startswith("this"):  # "met this March", "due this October": this year's
            return f"{published.year:04d}-{month:02d}"
        # "in June this year", whether gone or to come
        if m.string.startswith(" this year", m.end()):
            return f"{published.year:04d}-{month:02d}"
        if nearest:
            year = min(
                (published.year - 1, published.year, published.year + 1),
                key=lambda y: abs(12 * (y - published.year) + month - published.month),
            )
            return f"{year:04d}-{month:02d}"
        if future:
            year = published.year if month >= published.month else published.year + 1
            return f"{year:04d}-{month:02d}"
        return month_on_or_before(published, month)
    if digit and (m := _event_year(s, future)):
        return m["y"]
    if published and future and (m := _NEXT_PERIOD_RE.search(s)):  # before "said on Friday"
        return _period(m.group(0), published)
    if "day" in s and (m := WEEKDAY_RE.search(s)):
        if published is None:
            return None
        return _weekday(m, published, future)
    if published and " after " in s and (m := _SPAN_AFTER_RE.search(s)):
        # "the visit comes a month after X held talks in Tehran": the earlier event's month
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"], 1)
        days = 7 * n if m["unit"] == "week" else 30 * n
        return (published - timedelta(days=days)).isoformat()[:7]
    if published and ("week" in s or "month" in s) and (m := _REL_PERIOD_RE.search(s)):
        if m.group(0).startswith("next") and _YESTERDAY_RE.search(s, 0, m.start()):
            # "met Y last night and discussed the summit next month": the day of the deed
            return (published - timedelta(days=1)).isoformat()
        return _period(m.group(0), published)
    if not published:
        return None
    if ("today" in s or "this " in s) and _TODAY_RE.search(s):
        return published.isoformat()
    if ("yesterday" in s or "last night" in s) and _YESTERDAY_RE.search(s):
        return (published - timedelta(days=1)).isoformat()
    if "tomorrow" in s and _TOMORROW_RE.search(s):
        return (published + timedelta(days=1)).isoformat()
    if "year" in s and (m := _THIS_YEAR_RE.search(s)):  # "later this year", "next year"
        return str(published.year + (m.group(1) == "next"))
    # a season dates a plan ("next spring", "in the autumn"); one in the past is more often a
    # backdrop ("last winter's energy crisis") than the meeting's own time
    if future and any(map(s.__contains__, _SEASONS)) and (m := _SEASON_RE.search(s)):
        return str(_season_year(m["when"] or "", _SEASONS[m["season"]], published))
    return None


def _event_year(s: str, future: bool) -> re.Match[str] | None:
    """The first year that dates the event: for one already held, "by 2028" is a target
    ("agreed to double trade by 2028"), not its year."""
    for m in YEAR_RE.finditer(s):
        if future or not m.group(0).startswith("by"):
            return m
    return None


def _season_year(when: str, start: int, published: date) -> int:
    """The year of "next spring", "in the autumn": the season's next start from the page's
    month (a winter is the year it opens in)."""
    if when == "next" and published.month >= start:
        return published.year + 1
    return published.year if published.month <= start + 2 else published.year + 1


#: "met on the 14th at the embassy": a day, where the clause ends or goes on to a place or a
#: time ("on the 30th anniversary of relations", "on the 2nd day of his visit" are no days)
_ORDINAL_DAY_RE = re.compile(
    r"\bon the (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|and|when|with|as|after|before|during|to|for)\b)"
)


def _month_before(d: date) -> tuple[int, int]:
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


def _month_after(d: date) -> tuple[int, int]:
    return (d.year, d.month + 1) if d.month < 12 else (d.year + 1, 1)


def own_weekday(s: str) -> re.Match | None:
    """The first "on Monday" that dates an event, not the saying of it ("said on Friday"),
    or an earlier weekday told right after the deed ("met here Sunday afternoon with Y, who
    attended the opening on Friday")."""
    deed = _DEED_WEEKDAY_RE.search(s)
    who = s.rfind(", who ", 0, deed.start()) if deed is not None else -1
    if deed is not None and who >= 0 and "," not in s[who + 6 : deed.start()]:
        deed = None  # "X, who spoke Tuesday at the UN, met Y on Wednesday": X's own day
    for m in _ON_WEEKDAY_RE.finditer(s):
        if deed is not None and deed.start() < m.start():
            return deed
        if not _SAID_BEFORE_RE.search(s, max(0, m.start() - 30), m.start()):
            return m
    return deed


def _weekday(m: re.Match, published: date, future: bool) -> str:
    wd = WEEKDAYS[m["wd"].casefold()]
    mod = m["mod"].strip().casefold()
    if mod == "next" or (future and mod != "last"):
        if mod == "next":  # the named day of the coming week
            monday = published + timedelta(days=7 - published.weekday())
            return (monday + timedelta(days=wd)).isoformat()
        if wd == published.weekday():
            # "is expected to meet X on Friday" on a Friday's page: today; a week on would be
            # "next Friday"
            return published.isoformat()
        return weekday_after(published, wd).isoformat()
    return weekday_on_or_before(published, wd).isoformat()


def _has_hint(s: str) -> bool:
    """Whether the lower-cased text holds any digit (\\d: any script's), month stem or date word."""
    return (
        any(map(s.__contains__, "0123456789"))
        or (not s.isascii() and _DIGIT_RE.search(s) is not None)
        or any(map(s.__contains__, _HINT_WORDS))
        or (("day" in s or "week" in s or "month" in s) and _HINT_END_RE.search(s) is not None)
    )


def _period(phrase: str, published: date) -> str:
    """ "last week", "next month", "this week": the month it falls in."""
    shift = {"last week": -7, "next week": 7, "this week": 0, "this month": 0}.get(phrase)
    if shift is not None:
        d = published + timedelta(days=shift)
    else:
        first = published.replace(day=1)
        d = first - timedelta(days=1) if phrase == "last month" else first + timedelta(days=32)
    return f"{d.year:04d}-{d.month:02d}"


def since_date(sentence: str, published: date | None) -> str | None:
    """The date in a "since <date>" phrase: when an earlier event happened."""
    m = re.search(r"\bsince\b([^,;]*)", sentence)
    if not m:
        return None
    tail = "in " + m.group(1)
    if m.start() > 0 and not re.search(r"\d{4}|" + _MON, tail, re.I):
        # "... since they met on the sidelines in Bali, Indonesia, in November last year."
        tail = "in " + sentence[m.start(1) :].split(";")[0]
    if not re.search(r"\d{4}|" + _MON, tail, re.I):  # "since they met last July"
        return None
    return event_date(tail, published)


def infer_year(month: int, day: int, body: str, lead: str) -> int | None:
    """The year of a dateline that gives only month and day, where the text fixes it.

    The latest year the text names is a floor. Where the lead's weekday falls on the
    dateline's day in that year, it is the year; else "last year" pushes the article a
    year past it.
    """
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", body)]
    if not years:
        return None
    latest = max(years)
    wd = WEEKDAY_RE.search(lead.lower())
    if wd and (d := _safe(latest, month, day)) and d.weekday() == WEEKDAYS[wd["wd"].casefold()]:
        return latest  # "so far in 2023" and a Tuesday that fell on the dateline's day in 2023
    if re.search(r"\blast year\b|\b" + _MON.replace("may|", "") + r" last\b", body):
        return latest + 1
    return None
