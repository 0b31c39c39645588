"""Scraped page → headline, credits, stamp and the article's own paragraphs.

Pages come with navigation, captions printed twice, bylines, photo credits and
teasers for other stories; none of that is news, so it goes before anything
else reads the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.parsing import credits, dates
from bot.parsing.lexicon import Lexicon, token_key

_OPENING_MARKS = frozenset("\"“‘'([¿¡")  # what a headline or a paragraph may open on
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "]", ":", "…")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪►\-*]|\d+\.)\s+")
_BULLET_MARKS = frozenset("•·▪►-*")
_ITEM_DASH_RE = re.compile(r"\s+[–—]\s+")
#: a short bracketed aside that may be a photo credit: "(AFP/file)", "[Reuters]"
_BRACKET_RE = re.compile(r"\s*[\[(](?P<inner>[^()\[\]]{1,60})[\])]")
_AGENCY_SPLIT_RE = re.compile(r"[/:]")
_PHOTO_WORDS_RE = re.compile(r"/file|file photo|photo|courtesy|via |getty|credit|pool", re.I)
_POSITION_RE = re.compile(
    r"\s*\((?:above|below|left|right|centre|center|L|R|C|pictured|file|inset|top|bottom|front|"
    r"second from left|second from right)\)",
    re.I,
)
# "Written By: PNU": an opener, and a colon after it where the page writes one
_BYLINE_OPENERS = ("By", "BY", "Written by", "Written By", "Reported by", "Reporting by", "Author")
_BYLINE_RE = re.compile(r"^\s*(?:" + "|".join(_BYLINE_OPENERS) + r"):?\s+(?P<who>.+?)\s*$")
_NAME_BYLINE_RE = re.compile(r"^(?:Par|Por) [A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,4}\s*$")
_MONTH_NAMES = "|".join(dates.MONTHS)
_LOWER_MONTHS = "".join(f"|{m}" for m in dates.MONTHS)
_DATELINE_RE = re.compile(
    # "TROMSØ", "İZMIR": a letter of any script after the first
    r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.\-]|/(?=[A-Z]))*"  # "Dhaka/New Delhi"
    r"(?: (?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.\-])*|de|da|do|del|la|el)){0,3}"
    # "Arusha (Tanzania) (AFP) -", "Ulan Bator [Mongolia], July 5 (ANI/Xinhua):"
    r"(?:\s[(\[][A-Z][A-Za-z .\-]{1,30}[)\]](?=,|\s*\())?"
    r"(?:, [A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){0,2})?)"
    # "MADRID, Oct 14, 2024", "Belize City. January 31, 2020.", "JAKARTA, july 18"
    # ("DUSHANBE , June 1": a space before the comma)
    # ("Baku. 5 December. REPORT.AZ/": the day before the month)
    r"(?:(?: ?,|\.(?=\s*(?:(?i:" + _MONTH_NAMES + r")\.? \d|\d{1,2} (?i:" + _MONTH_NAMES + r")\b))"
    # "Addis Ababa March 3/2021 (ENA)": no comma, where a full date and a credit follow
    # ("January 10/ 2023 /ENA/": a space after the slash)
    r"| (?=(?i:" + _MONTH_NAMES + r") \d{1,2}(?:/ ?|,? )(?:19|20)\d\d\s*[(/])"
    # "NAIROBI, Kenya Nov 8 – ...": no comma, where a dash follows the day
    r"| (?=(?i:" + _MONTH_NAMES + r")\.? \d{1,2} [-–—] ))\s*"
    r"(?:(?P<mon>[A-Z][a-zA-Z]{2,8}" + _LOWER_MONTHS + r")\.? (?P<day>\d{1,2})"
    # "Nairobi, 12 June", "DILI, 06 de june de 2022": a Latin dateline's "de"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)? (?:de )?(?P<mon2>[A-Z][a-zA-Z]{2,8}"
    + _LOWER_MONTHS  # "JAKARTA, 18 july 2022": a month in lower case
    + r")\.?"
    # "DUSHANBE, 14.09.2023 (NIAT Khovar) –": day, month and year in figures
    r"|(?P<day3>\d{1,2})\.(?P<mon3>\d{1,2})\.(?=(?:19|20)\d\d\b))"
    # "ABU DHABI, 3rd February, 2025", "22/2025", "September 8 , 2016"
    r"(?:(?: ?,? |/ ?|(?<=\.)| de )(?P<year>(?:19|20)\d\d))?\.?)?"
    # "(Xinhua)", "/TASS/", "///Trend///", "MAR 19 – /DNA/ –", "SEPTEMBER 8, ARMENPRESS."
    # "MOSCOW (UrduPoint News / Sputnik - 09th June, 2023)": a credit that dates the story
    # "ABU DHABI, (UrduPoint / WAM - 23rd Aug, 2019)": a comma before a credit and its date
    r"(?:,(?=\s*\([^()]{2,40}?\s[-–—]\s[^()]{2,20}?\b(?:19|20)\d\d\s*\)))?"
    r"\s*(?:\((?P<agency>[^)]{2,40}|[^()]{2,60}?\b(?:19|20)\d\d\s*)\)"
    # "/ Kabar /.", "Dushanbe, 08.08.2016 / NIAT «Khovar» /."
    r"|(?:[-–—]\s*)?/{1,3} ?(?P<slash>[A-Za-z][\w\- «»]{0,29}[\w»]) ?/{1,3}"
    # ("DUSHANBE , June 1, Asia-Plus - ...": an agency in title case, dashed)
    r"|,\s*(?P<comma>[A-Z][A-Z\-]{1,20}(?=\s*(?:--|[-–—:]|\.\s))"
    r"|[A-Z][a-z]+-[A-Z][a-z]+(?=\s+[-–—]\s))"
    # "Abuja, Nigeria | Xinhua | A delegation ...": the agency between bars
    r"|\s\|\s(?P<bar>[A-Z][\w\-]{1,20}(?: [A-Z][\w\-]*){0,2})\s(?=\|))?"
    r"\s*(?P<sep>\.-|--|-[–—]|—|–|:|\.(?=\s+[A-Z])|-(?=\s*[A-Z])|(?<=\))(?=\s+[A-Z])|(?<=/)$"
    r"|(?(bar)\||(?!))"
    # "March 3/2021 /ENA/Deputy Prime Minister ...": the credit runs into the lead
    r"|(?(slash)(?:(?<=/)|(?<=/ ))(?=[A-Z][a-z])|(?!)))\s*"
)
_GUILLEMETS_RE = re.compile(r"«([^«»]{2,30})»")
#: the agency before the dateline: "(ANSA) - ROME, MAR 3 - ..."
_AGENCY_FIRST_RE = re.compile(r"^\s*\((?P<agency>[^()]{2,40})\)\s*[-–—]+\s*(?=[A-Z])")
#: a date, then the agency: "September 8/2021(ENA) Prime Minister ..."
_DATED_AGENCY_FIRST_RE = re.compile(
    r"^\s*(?i:" + _MONTH_NAMES + r")\.? \d{1,2}(?:/|,? )(?:19|20)\d\d\s*"
    r"\((?P<agency>[^()]{2,40})\)\s*[-–—]*\s*(?=[A-Z])"
)
#: the agency first, place and date in brackets: "RSS (KATHMANDU, 29 March 2022) – ..."
_AGENCY_BRACKET_RE = re.compile(
    r"^\s*(?P<agency>[A-Z][\w&.\-]{1,20}(?: [A-Z][\w&.\-]*){0,2})\s*"
    r"\((?P<inner>[A-ZÀ-ÖØ-Þ][^()]{1,50})\)\s*(?P<sep>--|—|–|-|:)\s*(?=[A-Z])"
)
#: "Foreign Minister Mohammad- Javad Zarif": a hyphenated given name broken by a space,
#: after a title (not "TOKYO- The ..." opening a dateline, nor "Sri Lanka- South Africa")
_BROKEN_HYPHEN_RE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})- (?=[A-Z][a-z]+ [A-Z])")
# "... common concern. — ONA", "... SAGAR Outlook. -- ANI": an agency's sign-off (or run
# into the last sentence: "... the Lao FM.-VNA")
_END_CREDIT_RE = re.compile(
    r"(?<=[.!?”\"])(?:\s+(?:(?:--|[–—])\s*)?|(?:--|[-–—])\s*)(?P<o>[A-Z][\w\- ]{1,30})$"
)
_CORRESPONDENT_RE = re.compile(
    # ("Kelgraph Online's presidential correspondent": one word of the beat between)
    r"((?:[A-Z][\w\-]*(?:['’]s?)?\s){1,4})((?!staff )[a-z]+ )?(?:staff )?(?:correspondent|reporter"
    r"|journalist)\b"
)
#: a stamp's line that opens on the agency and its desk: "Reuters | Buenos Aires | Updated:"
_BYLINE_BAR_RE = re.compile(
    r"^(?P<o>[^|]{2,30}) \| (?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}) \| "
    r"(?=.*\b(?:19|20)\d\d\b)"
)
_YEAR_END_RE = re.compile(r"\d{4,}\s*$")
#: "New Delhi, June 19": a dateline on a line of its own, not a headline
#: or with the agency after the date: "Baku, December 4, AZERTAC"
_DATELINE_LINE_RE = re.compile(
    r"^(?P<place>[A-Z][\w.' -]{1,40}), (?P<mon>(?i:" + "|".join(dates.MONTHS) + r"))\.? "
    r"(?P<day>\d{1,2})(?:, (?P<agency>[A-Z][\w&\-]{1,20}(?: [A-Z][\w&\-]*){0,3}))?\s*$"
)
#: "WASHINGTON, DC:", "NAIROBI:": a dateline in capitals on its own line, the lead below it
#: (_page_furniture keeps such a line from being taken for the site's name)
_PLACE_LINE_RE = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{1,30}(?:, [A-Z][A-Za-z.]{1,20})?):\s*$")
#: "Politics Materials 6 May 2025 14:27 (UTC +04:00)": a stamp, though it ends like a sentence
_ZONE_END_RE = re.compile(r"\((?:UTC|GMT)[^()]{0,12}\)\s*$")
_ZONE_RE = re.compile(r"\b[A-Z]{2,5}\b")
#: a lead opening on its day and year, then a stop or a dash: "10 June, 2016. The ...",
#: "June 10, 2016 - The ..."
_DATE_LEAD_RE = re.compile(
    r"((?:\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}))"
    r"(?:\.|\s*[-–—:])\s+(?=[A-Z])"
)
_DATE_OPEN_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
# a camera's or a site's file name has figures or an underscore ("A0410.jpg", "IMG_2.png"),
# a place's name before a country's initials does not ("Canberra.PNG Prime Minister")
_IMAGE_FILE_RE = re.compile(r"[\w-]*[\d_][\w-]*\.(?i:jpe?g|png|gif|webp)(?![a-z]) ?")
_CLOCK_RE = re.compile(r"\b\d{1,2}:\d\d\b")  # a stamp's hour: "20:06 UTC"
# "Thursday, February 16th", "Friday February 06, 2026": a weekday, then its date
_WEEKDAY_OPEN_RE = re.compile(dates.WEEKDAY_WORD + r"(?:, |\s(?=\d|[A-Z][a-z]+\.? \d))")
_STAMP_LEAD_RE = re.compile(r"(?:Published|Updated|Posted|Last updated?|First published)\b", re.I)
_COPYRIGHT_YEAR_RE = re.compile(r"(?:©|\(c\)|Copyright)\D{0,40}?((?:19|20)\d\d)\b", re.I)
_STAMP_PREFIX_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
#: what separates the items of a navigation row: bars, breadcrumb marks, a slash between
#: spaces; or the wide gaps a scraped menu leaves between its links
_NAV_MARK_RE = re.compile(r"\s*[|>»›•·]\s*|\s+/\s+")
_NAV_GAP_RE = re.compile(r"\s{2,}|\t")
_NAV_MARKS = ("|", ">", "»", "›", "•", "·", " / ")
_SECTION_HEADER_CHARS = 60  # five words of a section's name, at most
_SECTION_WORD_RE = re.compile(r"[^\W\d_][\w.'’\-]*")
_SOURCE_RE = re.compile(r"^\s*(?:Source|Sources|Credit|Copyright)\s*:\s*(?P<who>.+?)\s*$", re.I)


@dataclass
class CleanArticle:
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    dateline: str | None = None
    dateline_md: tuple[int, int] | None = None  # month and day a dateline gives without a year
    paragraphs: list[str] = field(default_factory=list)
    copyright_year: int | None = None  # "© EFE 2025": the year a page is printed in
    copyright_outlet: str | None = None  # "© 2026 Deutsche Welle | Privacy Policy"
    published_other: date | None = None  # "02/03/2026" read month first, if it may be meant so
    stamp_elsewhere_other: date | None = None  # the same, for a stamp found elsewhere
    stamp_elsewhere: date | None = None  # a byline's date: the page's, if the caller knows none
    zone_country: str | None = None  # "2025/10/24 19:30 JST": the country the page keeps time in
    #: the outlet is only named in the story ("..., Trend reports", "(MENAFN- X)"): it may
    #: be a foreign bureau's or a relayed story, so its bare titles are not its country's
    outlet_cited: bool = False


def _named_again(agency: str, page: str) -> str | None:
    """ "TROMSØ (Nordlys TV):" on a page whose masthead or photo credits name "Nordlys TV"
    too: a broadcaster the lexicon does not know, credited as the page writes it."""
    agency = agency.strip()
    words = agency.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    if any(w.endswith(".") for w in words):
        return None  # "Hon. (Dr.) W. A. D. Bandara": a style, not a credit
    return agency if page.casefold().count(agency.casefold()) >= 2 else None


def _strip_credits(line: str, lex: Lexicon) -> str:
    """Drop photo credits: a bracketed aside naming a known outlet or a photo source."""

    def drop(m: re.Match) -> str:
        inner = m.group("inner").strip()
        agency = _AGENCY_SPLIT_RE.split(inner, maxsplit=1)
        if (
            _PHOTO_WORDS_RE.search(inner)
            or lex.outlet(inner) is not None
            # "(Xinhua/Zhang Wei)", "( AAP: Lukas Coch )", "(Adrian Wyld/Canadian Press)": an
            # agency and its photographer, either way round
            or len(agency) > 1
            and any(lex.outlet(part.strip()) is not None for part in agency)
        ):
            # "... Prime Minister Jane Doe (Photo: VNA)During the visit, ...": a caption's
            # credit glued to the story after it ends the caption, not the name
            before = line[: m.start()].rstrip()
            glued = line[m.end() : m.end() + 1].isupper()
            return ". " if glued and before and not before.endswith(_TERMINAL) else ""
        return m.group(0)

    return _BRACKET_RE.sub(drop, line)


def _without_closing_credits(line: str, lex: Lexicon) -> str:
    """ "... did not respond. (Reporting by A; Editing by B)": the desk's credits closing a
    paragraph, however long, are no part of the story."""
    if not line.endswith(")"):
        return line
    opening = line.rfind("(")
    if opening < 0 or not line[opening + 1 :].casefold().startswith(lex.credit_prefixes):
        return line
    return line[:opening].rstrip()


_SLASH_CREDIT_RE = re.compile(
    r"(?:^|(?<=[\s.]))(?P<o>[A-Z][\w\-]*)/(?:[A-Z][\w'’\-]+)(?: [A-Z][\w'’\-]+){0,2}\s*$"
)


#: a caption's credit after its sentence, any source: "... shake hands in Beijing. —
#: Twitter/File", "... at the Forum in Honiara. Photo: RNZ/Giles Dexter"
_CAPTION_CREDIT_RE = re.compile(
    r"(?<=[.!?])\s+(?:[—–-]\s*[A-Z][\w.\-]*(?:/[\w\-]+)+"
    r"|(?:Photo|Picture|Image|Credit)s?\s*:\s*[^.:]{1,60}"
    r"|[A-Za-z][\w\-]* via [A-Z][\w\-]*(?: [A-Z][\w'’\-]+){1,3}"  # "dpa via AP Kay Nietfeld"
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}/[A-Z][\w\-]* via [A-Z][\w\-]*"  # "Jo Ma/Pool via AP"
    # "Source: Anna Tamm/ERR", "Source: Office of the Prime Minister."
    r"|Source\s*:\s*(?:[^.:/]{1,40}(?:/[^.:/]{1,30})+|(?:[A-Z][\w'’\-]*|of|and|the)"
    r"(?: (?:[A-Z][\w'’\-]*|of|and|the)){0,9}\.?)"
    # "... upon arriving in Doha. Jane Doe / Presidential Court": photographer and owner
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3} / [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3})\s*$"
)


#: a time gone by before the page's day ("earlier this month", "last week"; not
#: "yesterday"): a picture of it illustrates the story but is not its news
_TIME_GONE_BY_RE = re.compile(
    r"\b(?:earlier this|last) (?:week|month|year)\b|\b(?:weeks|months|years) ago\b", re.I
)
#: the day a line tells as its own ("on Friday", "today"): the lead's, whatever else it says
_DAY_TOLD_RE = re.compile(
    r"\bon " + dates.WEEKDAY_WORD + r"|\b(?:today|yesterday|this (?:morning|afternoon|evening))\b",
    re.I,
)
#: "Flashback 2018: A receives a gift from B", "File: ...": a picture of another day
_FLASHBACK_RE = re.compile(r"^(?:flashback|file)\b", re.I)
_PICTURE_CREDIT_RE = re.compile(r"^\s*(?:Photo|Picture|Image|Credit)s?\s*:", re.I)


def _caption_of_another_day(line: str, credit: str) -> bool:
    """Whether a credited line above the story is a picture of another day than the news:
    a flashback, or a photo's caption of a time gone by that tells no day of its own (not a
    lead ending "Photo: PSCU" or "Source: Office of the President")."""
    if _FLASHBACK_RE.match(line):
        return True
    return (
        _PICTURE_CREDIT_RE.match(credit) is not None
        and _TIME_GONE_BY_RE.search(line) is not None
        and _DAY_TOLD_RE.search(line) is None
    )


def _strip_caption_credit(line: str) -> str:
    m = _CAPTION_CREDIT_RE.search(line)
    return line[: m.start()] if m else line


def _strip_slash_credits(line: str, lex: Lexicon) -> str:
    """ "... Xi'an, April 14, 2025. Xinhua/Li Xiang": the agency and its photographer."""
    m = _SLASH_CREDIT_RE.search(line)
    if m and lex.outlet(m.group("o")) is not None:
        return line[: m.start()].rstrip()
    return line


_MASTHEAD_CHARS = 80
_DOMAIN_RE = re.compile(r"(?:www\.)?([A-Za-z][\w-]*)\.(?:com|net|org|it|co\.uk|co|info|news)")
_MASTHEAD_SPLIT_RE = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _masthead(line: str, lex: Lexicon) -> str | None:
    """ "KCNA | Korean Central News Agency", "Emirates News Agency - WAM": the outlet's
    own names side by side, the page's masthead."""
    if not ("|" in line or " - " in line or " – " in line or " — " in line):
        return None
    parts = _MASTHEAD_SPLIT_RE.split(line)
    if len(parts) < 2:
        return None
    names = [lex.outlet(p) for p in parts]
    return names[0] if all(names) else None


#: "Welcome to Kelora News": a site greeting its reader by its own name
_WELCOME_RE = re.compile(r"Welcome to (?P<o>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})!?")
#: "Follow The Kalvora Times on Twitter and Facebook": the site asking readers to follow it
_FOLLOW_RE = re.compile(
    r"(?:Follow|Like) (?P<o>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}) on (?:Twitter|Facebook|X"
    r"|Instagram|Telegram|WhatsApp|YouTube|LinkedIn|Google News)\b[\w ,&]*"
)
#: "Staff Correspondent, kelora24.com": the paper's own staff, then the paper
_STAFF_CREDIT_RE = re.compile(
    r"(?:(?:Staff|Special|Senior|Diplomatic|Political|Our) )?(?:Correspondent|Reporter|Writer)"
    r", (?P<o>[\w.\- ]{2,40})"
)


def _site_name(line: str, lex: Lexicon) -> str | None:
    """ "ANSA.it", "eKathimerini.com", "MercoPress, South Atlantic News Agency": the site's
    own name on a line of its own, with its domain or its strapline; "Welcome to X",
    "Staff Correspondent, X" and "Follow X on Twitter" name it too."""
    if len(line) > 60:
        return None
    for pattern in (_WELCOME_RE, _STAFF_CREDIT_RE, _FOLLOW_RE):
        if (m := pattern.fullmatch(line.strip())) is not None:
            name = m["o"].strip()
            if credits.is_place(name, lex) or name.casefold() in lex.not_credits:
                return None
            if (o := lex.outlet(name)) is not None or credits.is_publication(name, lex):
                return o or name
            # "Welcome to Kelnews": a site's one-word name with a medium's word in it (not
            # "Welcome to Europe!", "Welcome to Chequers": a headline's or a caption's)
            return (
                name
                if pattern is _WELCOME_RE
                and " " not in name
                # "Kelnews", "Keltimes": a medium's word inside it (of four letters or more)
                and any(w in name.casefold() for w in lex.media_words if len(w) >= 4)
                else None
            )
    if (m := _DOMAIN_RE.fullmatch(line)) is not None:  # the outlet's name, not its domain's
        return lex.outlet_canon.get(token_key(m.group(1)))
    head, sep, tail = line.partition(", ") if ", " in line else line.partition(". ")
    if sep and _words(tail) <= 5 and "news" in tail.casefold():
        return lex.outlet(head)
    return None


def _words(line: str) -> int:
    return len(line.split())


def _is_sentence(line: str) -> bool:
    return _words(line) >= 8 and line.rstrip().endswith(_TERMINAL)


def _credited_photo(line: str) -> bool:
    """ "© Reuters. FILE PHOTO: The minister speaks ...": a picture's caption under the
    headline, with the story still to come, not the page's closing copyright."""
    low = line.casefold()
    return (
        line.startswith("©")
        and _words(line) >= 12
        and _CAPTION_MARK_RE.search(line) is not None
        # "© 2024 X. All rights reserved. Text, photos and videos may not be reproduced"
        and "rights reserved" not in low
        and "reproduc" not in low
    )


#: what marks a picture's caption: "FILE PHOTO:", "Photo:", "/Pool", "via REUTERS", "Getty"
_CAPTION_MARK_RE = re.compile(
    r"\bfile photo\b|\bphoto\s*:|/pool\b|\bvia [A-Z]|getty|courtesy", re.I
)


def _cut_tail(lines: list[str], lex: Lexicon) -> list[str]:
    told = False  # a marker ends the story only once some of it has been told
    for i, line in enumerate(lines):
        s = line.strip()
        if i > 2 and told and s.startswith(lex.tail_markers) and not _credited_photo(s):
            lines = lines[:i]
            break
        # a stamp ending on "(UTC +04:00)" tells nothing yet
        told = told or (len(s) > 30 and _is_sentence(s) and not dates.stamp_date(s))
    # a run of teaser lines at the end: short, and at least two without final punctuation
    content = [i for i, line in enumerate(lines) if line.strip()]
    best = None
    bare = streak = 0
    for run_len, k in enumerate(range(len(content) - 1, max(len(content) - 8, 0), -1), 1):
        r = lines[content[k]].strip()
        if _words(r) > 30:
            break
        told_here = _words(r) > 14 and r.endswith(_TERMINAL) and _is_sentence(r)
        streak = streak + 1 if told_here else 0
        if best is not None and streak == 2:
            break  # two of the story's sentences above the teasers: "Other meetings" is a subhead
        bare += not r.endswith(_TERMINAL) and _words(r) <= 14
        if bare >= 2 and 2 * bare >= run_len and not _is_sentence(r):
            best = k  # the cut starts on a teaser, never on a sentence of the story
    if best is not None and any(map(_is_sentence, lines[: content[best]])):
        lines = lines[: content[best]]  # (never the whole story: some of it comes first)
    return lines


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text breaks its lines at, if it is one: most lines end
    within a few characters of one width, no line (but one in a longer text) runs past
    it, and it is narrow."""
    lengths = sorted(len(x.rstrip()) for x in lines if x.strip())
    if len(lengths) < 8:
        return None
    # in a longer text one line may run past the width: a lead pasted in unwrapped
    width = lengths[-2] if len(lengths) >= 16 else lengths[-1]
    if width > 100:
        return None
    full = sum(1 for n in lengths if n >= width - 15)
    return width if full >= 6 and 2 * full >= len(lengths) else None


#: the words a sentence cannot end on: a line closing on one runs on past a blank line
_RUNS_ON = frozenset(
    ("of", "on", "in", "and", "to", "the", "a", "an", "with", "for", "at", "from", "as")
    + ("that", "its", "his", "her", "their", "between", "by", "or", "but")
)


def _unwrap(lines: list[str], lex: Lexicon) -> list[str]:
    """Join hard-wrapped paragraphs: a line that runs on into a lower-case continuation or
    that breaks off after a title ("accompanied by Foreign Minister" over the name), and in
    a text wrapped at a fixed width, a line the next line's first word would not
    have fitted on, or one near the width (or of one word) that ends no sentence (a
    paragraph's last line stops short)."""
    width = _wrap_width(lines)
    out: list[str] = []
    last = 0  # the length of the line read last
    for line in lines:
        stripped = line.strip()
        full, last = last, len(line.rstrip())
        if (
            width
            and out
            and stripped
            and full
            and (
                full + 1 + len(stripped.split()[0]) > width
                # a ragged wrap: a line near the width that ends no sentence runs on, and so
                # does a paragraph's first word set on a line of its own ("Russian" over
                # "President Vladimir Putin and ...")
                or (full >= width - 15 or _words(out[-1]) == 1)
                and not out[-1].rstrip().endswith(_TERMINAL)
            )
        ):
            out[-1] = out[-1].rstrip() + " " + stripped
            continue
        if (
            (
                out
                and stripped[:1].islower()
                and out[-1].strip()
                and not out[-1].rstrip().endswith(_TERMINAL)
                and _words(out[-1]) >= 4
                # "Home | Politique | English" over "mardi 14 mai 2024": a menu runs on into nothing
                and not any(map(out[-1].__contains__, _NAV_MARKS))
            )
            or out
            and stripped[:1].isupper()
            and _breaks_off_a_sentence(out[-1], stripped, lex)
        ):
            out[-1] = out[-1].rstrip() + " " + stripped
        elif (
            len(out) >= 2
            and stripped[:1].islower()
            and not out[-1].strip()
            and _words(out[-2]) >= 4
            and not any(map(out[-2].__contains__, _NAV_MARKS))
            and (
                out[-2].rsplit(None, 1)[-1] in _RUNS_ON
                or stripped.split(None, 1)[0] in ("and", "or", "but")
            )
        ):
            # "... Prime Minister Tariq Mahmood", a blank line, "and Iranian President ...";
            # "... issues of", "mutual interest.": a sentence broken by a stray blank line
            out.pop()
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
    return out


def _breaks_off_a_sentence(line: str, below: str, lex: Lexicon) -> bool:
    """Whether a line stops in mid-sentence on a comma or a word no sentence ends on
    ("talks with the"), or on a title with the line below running on too ("accompanied by Foreign
    Minister" over "Ana Lima, Trade Minister Rui Sol,"; a headline ending "... meets
    British foreign secretary" has its story below)."""
    words = line.split()
    if len(words) < 4 or line.rstrip().endswith(_TERMINAL) or "|" in line:
        return False
    if line.rstrip().endswith(","):
        return True  # "Ana Lima, Trade Minister Rui Sol," over "Farm Minister Eva Rey and ..."
    if len(words) < 5 or sum(w.islower() for w in words[:-1]) < 2:
        return False  # a menu or a title-cased headline
    last = words[-1].casefold()
    if last in _RUNS_ON:
        return True
    return last in lex.title_heads and below.rstrip().endswith(",")


#: "Updated: 2008-08-11 02:40 BEIJING -- ...": a stamp run into the dateline on one line
#: (its zone kept with it: "10:30 IST NEW DELHI:")
_GLUED_STAMP_RE = re.compile(
    r"^\s*(?:Published|Updated|Posted|Last updated?|First published):?\s*"
    r"(?:19|20)\d\d-\d\d-\d\d(?:[ T]\d{1,2}:\d\d(?::\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s+(?P<zone>[A-Z]{2,5}))?(?=\s+[A-Z]{3,}\b)"
)


def _split_glued_stamps(lines: list[str], lex: Lexicon) -> list[str]:
    """The stamp and the dateline it runs into as two lines, so each is read as what it
    is (not "Source: Xinhua BEIJING ...", whose credit line the lead would go with)."""
    out: list[str] = []
    for line in lines:
        m = _GLUED_STAMP_RE.match(line) if line[:40].count("-") >= 2 else None
        if m is not None:
            end = m.end() if m["zone"] is None or m["zone"] in lex.time_zones else m.start("zone")
            if _words(line[end:]) >= 8:
                out += [line[:end].strip(), line[end:].strip()]
                continue
        out.append(line)
    return out


def _strip_stamp_prefix(line: str) -> tuple[str, date | None]:
    m = _STAMP_PREFIX_RE.match(line) if "date" in line else None
    if m:
        return line[m.end() :], dates.stamp_date(m.group(1))
    return line, None


def clean(text: str, lex: Lexicon) -> CleanArticle:
    art = CleanArticle()
    raw_lines = _split_glued_stamps(
        _unwrap(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), lex), lex
    )
    lines: list[str] = []
    numbered_list = False  # a numbered list is being joined to the sentence above it
    nav_outlet: str | None = None  # an outlet in a menu-like row above the story
    told_yet = False  # whether a sentence of the story has come yet
    stamped = False  # whether the "date YYYY-MM-DD" stamp the page is saved with gave the date
    clocked = False  # whether the stamp line that gave the date tells its hour too
    bare_today = False  # whether that line is a weekday's date alone, as a site's top bar shows
    in_a_list = False  # whether the last line was a list's item or its heading
    seen: set[str] = set()
    # a page with none of a menu's separators anywhere has no menu rows among its long lines
    nav_marks = "  " in text or "\t" in text or any(map(text.__contains__, _NAV_MARKS))
    for raw in raw_lines:
        if len(raw) <= 80 and _YEAR_RE.search(raw):  # a stamp's "9 Juli 2025"
            raw = lex.in_english_months(raw)
        line, stamp = _strip_stamp_prefix(raw)
        if stamp and art.published is None:
            art.published = stamp
            stamped = True
        if (len(line) <= _SECTION_HEADER_CHARS or nav_marks) and _is_navigation(line, lex):
            if not told_yet and nav_outlet is None:
                nav_outlet = credits.header_outlet(line, lex)  # "Reuters | Berlin" above the story
            continue
        if (
            " › " in line or " » " in line or nav_marks and (" / " in line or " > " in line)
        ) and not ((dl := _DATELINE_RE.match(line)) and dl["slash"] and (dl["day3"] or dl["mon"])):
            # "Home / India News / Velt holds talks ...", not "Dushanbe, 08.08.2016 / Khovar /."
            line = _after_breadcrumb(line)
        line = " ".join(line.split())
        if line[:1].isalnum() and (glued := _IMAGE_FILE_RE.match(line)):
            line = line[glued.end() :]  # "A0410.jpgTEHRAN (FNA)- ...": a picture's file name
        # a bullet opens on one of its marks or a digit (isdigit() takes in every \d)
        is_bullet = bool(
            line and (line[0] in _BULLET_MARKS or line[0].isdigit()) and _BULLET_RE.match(line)
        )
        if is_bullet:
            whole, line = line, _BULLET_RE.sub("", line)
            if (
                lines
                and lines[-1].endswith((":", ","))
                and _words(lines[-1]) >= 6  # a sentence's own list, not "Related news:"
                and whole[0] in _BULLET_MARKS
                and line
            ):
                # "received the credentials of the ambassadors of:" and its items, one a
                # line: the list is the sentence's own end
                lines[-1] = f"{lines[-1]} {line}"
                continue
            last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), None)
            if (
                line
                and whole[0].isdigit()
                and last is not None
                and (numbered_list or lines[last].endswith(":") and _words(lines[last]) >= 6)
            ):
                # "The new envoys who presented their credentials are:" then "1. A –
                # Ambassador of X", "2. B – ...": the items end the sentence, each set off
                item = _ITEM_DASH_RE.sub(", ", line, count=1)  # "A – Ambassador of X"
                lines[last] = f"{lines[last]}{';' if numbered_list else ''} {item}"
                numbered_list = True
                continue
            if not _is_sentence(line):
                # "2023. 09. 14. 18:20" opens like a numbered item but is a stamp
                stamp = dates.stamp_date(whole) or dates.stamp_date(line)
                if stamp and art.published is None and _words(line) <= 8:
                    art.published = stamp
                if (
                    told_yet
                    and whole[0] in "-–—"
                    and not in_a_list
                    and lex.outlet(line) is not None
                ):
                    lines.append(whole)  # "- Xinhua" below the story: a sign-off, no item
                    continue
                in_a_list = True
                if not told_yet and (o := lex.outlet(line)) is not None:
                    nav_outlet = nav_outlet or o  # "- World", "- Anadolu Agency": the site
                continue
        numbered_list = numbered_list and not line
        if line:  # "Related:" and its items: a list below the story, no sign-off in it
            in_a_list = line.endswith(":")
        key = line.casefold()
        if key in seen and key:
            continue
        label, colon, headline = key.partition(" | ")  # "BREAKING | Port Sudan: ..."
        if not colon or len(label) > 20:
            label, colon, headline = key.partition(":")
        if colon and headline.strip() and label.strip() in lex.teaser_labels:
            continue  # "ALSO READ: Kenya's candidate bows out ...": a link, not this story
        if key:
            seen.add(key)
        told_yet = told_yet or _is_sentence(line)
        lines.append(line)
    for line in lines:
        if line.startswith("Published in ") and (o := lex.outlet(line[13:].split(",")[0])):
            art.copyright_outlet = art.copyright_outlet or o  # "Published in Dawn, Jan 15th"
        if "©" in line or "opyright" in line:
            if m := _COPYRIGHT_YEAR_RE.search(line):
                art.copyright_year = int(m.group(1))
            art.copyright_outlet = art.copyright_outlet or _copyright_outlet(line, lex)
            break
    whole = lines
    lines = _cut_tail(lines, lex)
    tail_known, tail_named = _tail_outlet(whole[len(lines) :], lex)
    if tail_known is None:  # a site's notice the tail cut kept: "Anadolu Agency website ..."
        tail_known = next(filter(None, (_site_notice(x, lex) for x in lines[-6:])), None)

    body_started = False
    lead_seen = False
    pre_lead: list[str] = []
    late_captions: list[str] = []
    skipped: list[str] = []  # short lines before the body: the body itself, if nothing else is
    heads: list[str] = []  # the lines before the body that could be the headline
    lead_credit: str | None = None  # "ABU DHABI, 20th May, 2025 (WAM) --"
    banner: str | None = None  # an outlet named on a line of its own, above the story
    after_date: str | None = None  # "YEREVAN, SEPTEMBER 8, ARMENPRESS.": the agency, unbracketed
    sign_off: str | None = None  # the agency signing a paragraph off: below the site's banner
    byline_agency: str | None = None  # "By A and B, AP": below the site's banner
    bar_place: str | None = None  # "PTI | New Delhi | Updated: ...": the agency's desk
    source_named: str | None = None  # "Press Release: Inside Government NZ": a name unknown
    syndicated_from: str | None = None  # "(MENAFN- Jordan News Agency)": the syndicator's source
    for line in lines:
        if line.endswith(("(END)", "(end)", "(End)")) and len(line) > 6:
            line = line[:-5].rstrip()  # "... Permanent Representative X. (end)": the wire's mark
        if not line:
            continue
        bare = line.rstrip(":").strip()
        if (
            bare.casefold() in lex.chrome_lines
            or bare.startswith("(ATTN")
            or bare.startswith("ATTN")
        ):
            continue
        low = line.casefold().lstrip("*•· ")  # "*Writing by ..."
        if len(line) < 160 and low.startswith(lex.credit_prefixes):
            continue
        if any(map(low.__contains__, lex.credit_phrases)):
            line = _before_the_credit(line, lex)  # "... on Monday. (X in Istanbul contributed ...)"
            if not line:
                continue
        if line.startswith(_BYLINE_OPENERS) and (m := _BYLINE_RE.match(line)):
            who = m.group("who")
            o = _outlet_in(who, lex) or _byline_outlet(who, lex)
            if o and art.outlet is None:
                art.outlet = o
            byline_agency = byline_agency or _agency_after_reporters(who, lex)
            continue
        by_outlet = line.startswith("by ") and _words(line) <= 8 and _byline_outlet(line[3:], lex)
        if by_outlet:  # "by The Associated Press"
            art.outlet = art.outlet or by_outlet
            continue
        if line.startswith(("Par ", "Por ")) and _NAME_BYLINE_RE.match(line):
            continue  # "Par Aya Kouamé Prisca": a French or Spanish byline, a name alone
        if m := _SOURCE_RE.match(line):
            who = m.group("who")  # "Source: Al Jazeera and news agencies"
            if art.published is None and not lead_seen and (d := dates.stamp_date(who)):
                art.published = d  # "Source: Xinhua| 2025-04-14 21:05:33|Editor: huaxia"
                who = re.split(r"\s*\|", who)[0]
            o = _outlet_in(who, lex) or (_outlet_prefix(who, lex) or (None,))[0]
            found = (o, None) if o else credits.source_line(line, lex) or (None, None)
            art.outlet = art.outlet or found[0]
            source_named = source_named or found[1]
            continue  # a source line is never the story's text, whoever it names
        if (found := credits.source_line(line, lex)) is not None:
            # "[Source: RNZ]", "Press Release: Inside Government NZ", "Issued by: ..."
            art.outlet = art.outlet or found[0]
            source_named = source_named or found[1]
            continue
        if not lead_seen and line.startswith("(") and (synd := credits.syndicated(line, lex)):
            syndicated_from, line = synd  # "(MENAFN- Jordan News Agency) Amman, Apr. 2 ..."
            if not line:
                continue
        short = len(line) <= _MASTHEAD_CHARS  # a masthead or a link: never a paragraph's length
        if short and (
            o := lex.outlet(line.strip("()"))  # "(Xinhua)" on a line of its own
            or _masthead(line, lex)
            or _site_name(line, lex)
        ):
            banner = banner or o  # the site's name: the story's own credit, if any, wins
            continue
        if (
            short
            and not body_started
            and not _YEAR_RE.search(line)  # a stamp's line: read below, its date first
            and not _DATELINE_LINE_RE.match(line)  # "Baku, March 6, AZERTAC": read below
            and (o := credits.header_outlet(line, lex))
        ):
            banner = banner or o  # "Reuters Mexico City", "Anadolu Agency WORLD"
            continue
        if short and line.startswith("Skip ") and _words(line) <= 6:
            continue  # "Skip to main content", "Skip next section Navigation"
        if (
            short
            and line.endswith(")")
            and (o := credits.city_source(line, lex, unknown=not body_started))
        ):
            banner = banner or o  # "The East African (Nairobi)", "Dalsan Radio (Mogadishu)"
            continue
        if (
            not body_started
            and art.title is None
            and len(line) <= 240
            and _DATED_HEADLINE_RE.match(line)
            and not line.isupper()
        ):
            # "PM meeting with President of Lorania Sara Lind: 25 October 2024": the
            # headline of a readout, closing on the day of the talks
            art.title = line
            heads.append(line)
            if art.published is None and (d := dates.stamp_date(line)) is not None:
                art.published = d  # a readout is published on the day it tells of
            continue
        bar = _BYLINE_BAR_RE.match(line) if not lead_seen and " | " in line else None
        if bar and (o := lex.outlet(bar["o"])) and credits.is_place(bar["place"], lex):
            banner = banner or o  # "PTI | New Delhi | Updated: 11-09-2021 11:29 IST"
            bar_place = bar_place or bar["place"]
        if (
            not lead_seen
            and art.published is None
            and (line[:1].isdigit() or line[:1].isupper())
            and (m := _DATE_LEAD_RE.match(line))
            and (d := dates.stamp_date(m.group(1))) is not None
        ):
            art.published = d  # "10 June, 2016. The prime minister has arrived ...": its day
            line = line[m.end() :]
        n_words = _words(line)
        stamp_line = n_words <= 12 or (n_words <= 30 and _STAMP_LEAD_RE.match(line))
        if (
            stamp_line
            and (d := dates.stamp_date(line))
            # "29.09.2025. 15:47 | Source: Sava Daily | Comments (87)": no sentence opens on a date
            and (not _is_sentence(line) or _ZONE_END_RE.search(line) or _opens_on_a_date(line))
        ):
            if not lead_seen and (
                art.published is None
                # "Montevideo, March 28th 2024 - 20:06 UTC" over the headline, "Thursday,
                # February 16th 2017" under it: a clock over the page shows today, the
                # stamp of the story, on a line that opens on it, shows its day
                or (
                    not stamped
                    and not body_started
                    and d < art.published - timedelta(days=1)
                    and (
                        clocked
                        and (_opens_on_a_date(line) or _opens_on_a_weekday(line))
                        # "Thursday, April 18, 2024" atop the site, then the story's
                        # "WORLD | 30-01-2023 15:29": the stamp with its hour is the story's
                        # (not a teaser's "Floods displace thousands | 06-05-2024 15:29")
                        or bare_today
                        and n_words <= 6
                        and _CLOCK_RE.search(line) is not None
                    )
                )
            ):
                clocked = _CLOCK_RE.search(line) is not None
                bare_today = not clocked and n_words <= 5 and _opens_on_a_weekday(line)
                art.published = d
                art.published_other = dates.other_reading(line, d)
            if art.zone_country is None:
                art.zone_country = next(
                    (lex.time_zones[z] for z in _ZONE_RE.findall(line) if z in lex.time_zones), None
                )
            if art.zone_country is None and not lead_seen and " | " in line:
                # "Kathmandu | Thursday, September 5, 2024": the capital the site keeps its date in
                art.zone_country = lex.gazetteer.capital_country(line.split(" | ")[0].strip())
            if (o := _outlet_prefix(line, lex)) is not None:
                banner = banner or o[0]  # "KYODO NEWS - Jul 25, 2025 - 18:22"
            elif line.startswith("(") and (o := credits.own_line(line, lex)) is not None:
                sign_off = sign_off or o  # "(Xinhua News Agency November 5, 2006)"
            elif not body_started and (o := credits.header_outlet(line, lex)) is not None:
                banner = banner or o  # "Updated: December 20, 2019 07:03 Xinhua"
            continue
        if not lead_seen:
            first = _AGENCY_FIRST_RE.match(line) if line.startswith("(") else None
            if first is None and line[:1].isupper() and ")" in line[:60]:
                first = _DATED_AGENCY_FIRST_RE.match(line)
            if first and (o := _first_credit(first.group("agency"), lex)) is not None:
                art.outlet = art.outlet or o
                line = line[first.end() :]
            line_dl = _DATELINE_LINE_RE.match(line)
            agency = line_dl["agency"] if line_dl else None
            credit = agency and credits.known_or_initials(agency, lex)
            if line_dl and (credit or not agency):  # an unknown word after the date: a headline
                # "New Delhi, June 19" on its own line: the lead follows on the next
                art.dateline = line_dl["place"].strip()
                art.dateline_md = (dates.MONTHS[line_dl["mon"].casefold()], int(line_dl["day"]))
                art.outlet = art.outlet or credit or None
                lead_seen = body_started = True
                continue
            # a city, not a country or a people: "KENYA:" above a story is a section's label
            bare = _PLACE_LINE_RE.match(line)
            city = bare["place"].split(",")[0].title() if bare else ""
            if bare and credits.is_place(city, lex, kinds=("capital", "place")):
                art.dateline = bare["place"].strip()
                lead_seen = body_started = True
                continue
            if (bracket := _AGENCY_BRACKET_RE.match(line)) and "," in bracket["inner"]:
                # read as the usual "KATHMANDU, 29 March 2022 (RSS) – ..."
                turned = f"{bracket['inner']} ({bracket['agency']}) {bracket['sep']} "
                turned += line[bracket.end() :]
                if (m := _DATELINE_RE.match(turned)) and (m["mon"] or m["mon2"]):
                    line = turned
            m = _DATELINE_RE.match(line)
            opener = m and not art.outlet and _is_sentence(line) and m["place"]
            if opener and (credits.is_domain(opener) or opener.isupper()):
                # "AKIPRESS.COM - On June 1, ...", "ALBAWABA - ...": the agency opening
                # the lead, not a place ("Al Jazeera – the Qatar-based ..." is the story's)
                art.outlet = lex.outlet(opener) or (opener if credits.is_domain(opener) else None)
            if m and _dateline_ok(m, lex):
                lead_seen = body_started = True
                art.dateline = m.group("place").strip().rstrip("-–—").strip()
                if art.dateline.endswith(".") and len(art.dateline.split()[-1]) > 4:
                    art.dateline = art.dateline[:-1]  # "Asunción.– Paraguayan President ..."
                # captions printed before the dateline repeat the story: read them last
                pre_lead, art.paragraphs = art.paragraphs, []
                rest = line[m.end() :]
                agency = m.group("agency") or m.group("slash") or m.group("comma") or m["bar"]
                if agency and (named := _GUILLEMETS_RE.search(agency)):
                    agency = named[1]  # "NIAT «Khovar»": the agency by its own name
                if (
                    agency
                    and _YEAR_RE.search(agency)
                    and (d := dates.stamp_date(agency))
                    # a credit and its date, not "(file photo, May 28, 2023)"
                    and (dated := credits.dated_bracket(f"({agency})", lex))
                ):
                    if art.published is None:
                        art.published = d
                    art.dateline_md = (d.month, d.day)
                    art.outlet = art.outlet or dated
                    agency = None
                place_outlet = _trailing_outlet(art.dateline, lex)  # "TOKYO, Kyodo --"
                if place_outlet is not None:
                    art.dateline, agency = place_outlet
                if agency and (
                    o := credits.known_or_initials(agency, lex)
                    or _named_again(agency, text)
                    or _dateline_credit(agency, m, lex)
                ):
                    if m.group("comma") and place_outlet is None:
                        after_date = after_date or o  # "Mar 3, CMC –": below a banner
                    else:
                        art.outlet = art.outlet or o  # "Dakar, 14 May (ASI) -": as written
                elif (o := _outlet_prefix(rest, lex) or _agency_opens(rest, lex)) is not None:
                    art.outlet = art.outlet or o[0]
                    rest = rest[o[1] :].strip()
                mon = (m.group("mon") or m.group("mon2") or "").casefold().rstrip(".")
                day = m.group("day") or m.group("day2")
                figures = f"{m['day3']}.{m['mon3']}.{m['year']}" if m.group("day3") else ""
                if figures and (d := dates.stamp_date(figures)) is not None:
                    # read as the stamps are: day first, and the other reading kept for the
                    # weekdays of the lead to choose between
                    art.dateline_md = (d.month, d.day)
                    if art.published is None:
                        art.published = d
                        art.published_other = dates.other_reading(figures, d)
                elif mon in dates.MONTHS and day:
                    art.dateline_md = (dates.MONTHS[mon], int(day))
                    if m.group("year") and art.published is None:
                        art.published = dates.safe_date(int(m["year"]), *art.dateline_md)
                if rest:
                    art.paragraphs.append(rest)
                continue
        unstripped = line
        if body_started and (signed := credits.sign_off(line, lex)) is not None:
            sign_off = sign_off or signed[0]  # "... a luncheon. - Bernama", "... (KUNA)"
            line = signed[1]
        elif body_started and (o := credits.own_line(line, lex)) is not None:
            sign_off = sign_off or o  # "—IANS", "(Telegraf.rs)" below the story
            continue
        if "(" in line or "[" in line:
            line = _POSITION_RE.sub("", line)
            line = _strip_credits(line, lex).strip()
            line = _without_closing_credits(line, lex)
        if "/" in line or ":" in line or " via " in line:
            credited = line
            line = _strip_caption_credit(line)
            if (
                line != credited
                and not lead_seen
                and not art.paragraphs
                and _is_sentence(line)
                and _caption_of_another_day(line, credited[len(line) :])
            ):
                # "A with B during his visit earlier this month. Photo: Reuters" above the
                # story: a caption of an earlier day, read after the story it illustrates
                late_captions.append(line)
                body_started = True
                continue
        if "/" in line:
            line = _strip_slash_credits(line, lex)
        if not line:
            continue
        if not body_started:
            if "cookie" in line.casefold():
                continue  # "We use cookies to improve your experience. [Accept]"
            if any(map(line.casefold().__contains__, lex.paywall_phrases)):
                continue  # "Your subscription is almost coming to an end. Renew now ..."
            if not line[0].isalnum() and line[0] not in _OPENING_MARKS and _words(line) <= 12:
                continue  # "▶ Watch Island Wave Nightly live at 7 p.m.": a player's link
            if _HANDLE_BYLINE_RE.match(line):
                continue  # "Ivo Marekson @ivomarek": the author and his handle, no headline
            if (
                (
                    _is_sentence(line)
                    and not _QUOTED_HEADLINE_RE.match(line)
                    # 'PMs eye "new chapter"': a quoted phrase closing a headline, no sentence's end
                    and not (". " not in line and _QUOTE_CLOSES_RE.search(line))
                )
                or _words(line) > 30
                or _unstopped_sentence(line, art.title is not None)
            ):
                body_started = True
            elif (
                _title_like(line)
                and not _names_a_body(line, lex)
                and not _byline_place(line, lex)
                and not any(map(line.casefold().__contains__, lex.chrome_phrases))
            ):
                if not _CAPTION_RE.search(line):
                    heads.append(line)
                if (
                    art.title is not None
                    and art.title.endswith(line)
                    and 3 * len(line) >= 2 * len(art.title)
                    and _words(line) >= 4
                ):
                    # "site.btaForeign Minister X ...", "News National X ..." above the same
                    # headline on its own (not "Visit to Australia by the Prime Minister of X"
                    # above the caption "Prime Minister of X")
                    heads = [h for h in heads if h != art.title]
                    art.title = None
                if art.title is None or _names_a_site(art.title):
                    art.title = line  # a headline after "Mexico News Daily" is the headline
                    continue
                skipped.append(line)
                continue
            else:
                skipped.append(line)
                continue
        if not lead_seen and _is_bare_name(line):
            continue  # "Lena Hartwig" under the standfirst: the author, not the story
        if (
            art.title
            and line.startswith(art.title + " ")
            and line[len(art.title) + 1 : len(art.title) + 2].isupper()
            and not line.endswith(_TERMINAL)
            and _words(art.title) >= 4
        ):
            # "Chinese vice president meets Belgian PM Ping-pong enhances trade ties": a
            # related link under the story's own headline, run into the link's title
            continue
        # "... without any progress. EFE-EPA": a credit at the end of the last paragraph
        last = line[-1:]  # the credit pattern ends on a word character, "-" or " "
        ends_as_credit = last.isalnum() or last in ("_", "-", " ")
        m = _END_CREDIT_RE.search(line, max(0, len(line) - 40)) if ends_as_credit else None
        if m and (o := lex.outlet(m.group("o"))) is not None:
            art.outlet = art.outlet or o
            line = line[: m.start()].strip()
        if not art.paragraphs and not pre_lead:
            lead_credit = _lead_credit(unstripped, lex)
            if lead_credit is None and _is_sentence(unstripped):  # not "GNA - Promoting ..."
                lead_credit = credits.dated_bracket(unstripped, lex) or credits.lead_opener(
                    unstripped, lex
                )
        art.paragraphs.append(line)
    _drop_signature(art.paragraphs)
    art.paragraphs.extend(pre_lead)
    art.paragraphs.extend(late_captions)
    if heads and art.paragraphs:
        art.title = _headline_of_the_lead(heads, art.title, art.paragraphs[:3], lex)
    site = None
    if art.title and (cut := _site_suffix(art.title, heads, text)):
        art.title, site = cut  # "Sosa signs waterway pact | El Centinela"
    if art.title and (last := art.title.rpartition(" ")[2]).casefold() in lex.headline_labels:
        art.title = art.title[: -len(last)].rstrip()  # "... for landmark visit Featured"
    if art.title and art.title.startswith("Home "):
        art.title = _past_breadcrumb(art.title, lex)
    if not art.paragraphs:
        art.paragraphs = [x for x in skipped if x.endswith(_TERMINAL)]
    art.paragraphs = [
        _BROKEN_HYPHEN_RE.sub(
            lambda m: f"{m[1]} {m[2]}-" if token_key(m[1]) in lex.title_heads else m[0], p
        )
        if "- " in p
        else p
        for p in art.paragraphs
    ]
    if art.published is None:
        found = _any_stamp(lines, whole[len(lines) :], lex.related_markers)
        # a dateline's day tells its year; a stamp elsewhere on that same day ("MOROCCO,
        # June 16 - ..." signed "MAP 16 June 2022") tells which year that is
        if found is not None and art.dateline_md in (None, (found[0].month, found[0].day)):
            art.stamp_elsewhere, art.stamp_elsewhere_other = found
    art.outlet = lead_credit or art.outlet
    art.dateline = art.dateline or bar_place
    if art.outlet is None:
        art.outlet = (
            banner
            or byline_agency
            or after_date
            or sign_off
            or source_named
            or _correspondent_outlet(art.paragraphs, lex)
            or tail_known
            or art.copyright_outlet
            or site
            or nav_outlet
        )
    if art.outlet is None:
        art.outlet = syndicated_from or credits.reported_by(art.paragraphs, lex)
        art.outlet_cited = art.outlet is not None
    if art.outlet is None:
        art.outlet = (
            _top_line_site(raw_lines, art.title, lex)
            or tail_named
            or _holder(next((x for x in reversed(whole) if _is_copyright_line(x)), ""))
        )
    return art


_YEAR_RE = re.compile(r"(?:19|20)\d\d")  # every stamp stamp_date reads has a year


_BYLINE_PARTS_RE = re.compile(r"[|·]")


def _any_stamp(
    page: list[str], tail: list[str], markers: tuple[str, ...]
) -> tuple[date, date | None] | None:
    """A page whose stamp sits where no stamp is looked for: in the byline ("By A. Otieno |
    Mar 27, 2025"), the first short piece of a line that is a date; or below the story, a
    line that is a date and nothing else (a teaser there, "Uzbekistan signs water pact |
    12 Jan 2023", dates another story)."""
    for line in page:
        if _words(line) > 24 or not _YEAR_RE.search(line) or _is_sentence(line):
            continue
        for part in _BYLINE_PARTS_RE.split(line):
            # "By Josefina Dela Cruz-Tanedo  March 7, 2025, 6:12 pm": a byline with its stamp;
            # "By X · Issue 3/2026 · Web edition 22.01.2026 · 7 min read": one of its pieces
            most = 12 if part.lstrip().startswith("By ") else 8
            if _words(part) <= most and (d := dates.stamp_date(part)) is not None:
                return d, dates.other_reading(part, d)
    for line in tail:
        if line.strip().startswith(markers):
            break  # the days under "Related News" are those of the stories it links to
        short = _words(line) <= 6 and "|" not in line and _YEAR_RE.search(line)
        if short and (d := dates.stamp_date(line)) is not None:
            return d, dates.other_reading(line, d)
    return None


def _site_suffix(title: str, heads: list[str], text: str) -> tuple[str, str] | None:
    """ "Sosa signs waterway pact | El Centinela": a page title that ends on the site's
    name, split into the headline and the name. The name is a few capitalised words, and
    the page shows the headline without it too, or names the site again elsewhere."""
    for sep in (" | ", " – ", " — ", " - "):
        head, found, name = title.rpartition(sep)
        if not found or not head or _words(head) < 3 or not _names_a_site(name):
            continue
        # "... in Sochi on Friday - Kremlin": one word after a dash names who said it
        if head in heads or _words(name) >= 2 and text.count(name) >= 2:
            return head, name
    return None


def _lead_credit(lead: str, lex: Lexicon) -> str | None:
    """ "ABU DHABI, 20th May, 2025 (WAM) --", "ASTANA. KAZINFORM –": the agency the lead's
    opening credits, where the dateline is too odd to read whole; it outranks the site's
    banner, as the story's own credit does."""
    m = _LEAD_CREDIT_RE.match(lead, 0, 120)
    if m is None:
        return None
    return lex.outlet(m.group("paren") or m.group("caps"))


#: a known agency credited in brackets, or in capitals after a full stop, before the dash
_LEAD_CREDIT_RE = re.compile(
    r"[^()]{2,80}?(?:\((?P<paren>[A-Za-z][\w .\-]{1,30})\)|\.\s+(?P<caps>[A-Z][A-Z\-]{2,30}))"
    r"\s*(?:--|[-–—:])"
)


def _headline_of_the_lead(
    heads: list[str], chosen: str | None, lead: list[str], lex: Lexicon
) -> str | None:
    """The first of the short lines above the story that tells what its lead tells.

    A headline sums up the opening paragraph, so it shares its words ("Kazakh, Uzbek
    Foreign Ministers Discuss Water"); a site's motto or a menu above it shares none,
    however much it looks like a headline. The standfirst and the captions below the
    headline share words too, so the first line that shares two is the one.
    """
    told = _content_words(" ".join(lead), lex)
    shared = [
        0 if _names_a_site(line) else len(_content_words(line, lex) & told) for line in heads
    ]  # a site's name ("Buenos Aires Times") may share a word or two
    most = max(shared, default=0)
    for line, n in zip(heads, shared, strict=True):
        # a motto sharing two words gives way to a headline below that shares five
        if n >= 3 or n == 2 and 2 * n >= most:
            return line
    return chosen


def _content_words(text: str, lex: Lexicon) -> set[str]:
    """The text's content words by their first five letters: a headline's "Kazakh
    presidents" are the lead's "President of Kazakhstan"."""
    return {
        w[:5]
        for w in _WORD_RE.findall(text.casefold())
        if w not in lex.stop_words and w not in _SHARED_WITH_EVERYTHING
    }


#: 'Petkova in Skopje: "Let's talk about the future"': a headline that ends on a quote
_QUOTE_CLOSES_RE = re.compile(r"[^\W_][\"”’']$")
_QUOTED_HEADLINE_RE = re.compile(r"^[^.\"“”]{3,80}: [\"“‘'][^\"“”]{3,120}[\"”’']$")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
#: a photo's caption tells the lead's story too, but credits its picture
_CAPTION_RE = re.compile(
    r"\b(?:photo|picture|image|credit)s?\b\s*(?:by\b|:|\|)|©|\bfile photo\b|\(photo\b", re.I
)
_PICTURE_CREDIT_END_RE = re.compile(
    r"(?:^|\.\s+)(?:pic|photo|picture|image)s?\s*/\s*(?!videos?\b)[\w.-]+$", re.I
)
_SHARED_WITH_EVERYTHING = frozenset(("said", "says", "news"))  # a credit, not the story


def _top_line_site(raw_lines: list[str], title: str | None, lex: Lexicon) -> str | None:
    """The page's first line, where it is a name and not the headline ("Bangkok Post",
    "EL PAÍS", "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM"): the site's name, the last
    resort for an outlet no known name, credit or copyright line gives."""
    first = next(
        (" ".join(x.split()) for x in raw_lines if x.strip() and not x.startswith("Skip ")), ""
    )
    if not first or first == title or _words(first) < 2:
        return None
    if first.casefold() in lex.chrome_lines or _is_navigation(first, lex):
        return None
    if _page_furniture(first, lex):
        return None
    if not (_names_a_site(first) or _names_a_body(first, lex) and _words(first) <= 10):
        return None
    if first.split()[0].casefold() in (*_STATE_WORDS, "president"):
        return None  # "PRESIDENCY OF THE REPUBLIC OF TÜRKİYE": the state, not a publisher
    if first.isupper():  # the masthead's capitals are its lettering, not its name
        words = first.split()
        first = _written_below(words, raw_lines) or " ".join(
            w.lower() if i and w in _CAPS_GLUE else w.capitalize() for i, w in enumerate(words)
        )
    return first


def _page_furniture(line: str, lex: Lexicon) -> bool:
    """Whether a top line names no publisher. The top-line fallback credits any short
    capitalised line, and pages open as often on a byline ("By Jane Doe"), a label or a
    bare dateline ("Washington, DC:", which the dateline reader takes where it is a city),
    the page's furniture ("Main Content", "Published on"), a leader's office ("Prime
    Minister of Canada") or a country ("Saudi Arabia") as on the site's name."""
    if line.startswith("By ") or line.endswith(":"):
        return True
    if any(w.casefold().strip("&|") in lex.site_chrome_words for w in line.split()):
        return True
    if line.split(" of ")[0].casefold() in lex.leader_titles:
        return True
    return lex.gazetteer.find_country(line, codes=False) is not None


def _opens_on_a_weekday(line: str) -> bool:
    """Whether the line begins with a weekday and its date ("Thursday, February 16th")."""
    return _WEEKDAY_OPEN_RE.match(line) is not None


def _opens_on_a_date(line: str) -> bool:
    """Whether the line begins with a whole date ("29.09.2025.", "Oct 3, 2024 | ..."): no
    sentence of a story does."""
    if _DATE_OPEN_RE.match(line):
        return True
    found = dates.full_dates(line)
    return bool(found) and found[0][0] == 0


def _written_below(words: list[str], raw_lines: list[str]) -> str | None:
    """The masthead's name as the page writes it in its own lines ("ISLAND TIMES PNG" over
    "© Island Times PNG 2024": "Island Times PNG"), keeping the capitals of its initials."""
    article = words[0] == "THE" and len(words) > 2
    name = words[1:] if article else words
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name)) + r"\b", re.IGNORECASE)
    for line in raw_lines[1:]:
        for m in pattern.finditer(line):
            if not m.group(0).isupper():
                return ("The " if article else "") + " ".join(m.group(0).split())
    return None


_CAPS_GLUE = frozenset(
    ("OF", "THE", "AND", "FOR", "ON", "DE", "DEL", "DU", "DES", "DA", "DO", "Y", "ET")
)


def _is_navigation(line: str, lex: Lexicon) -> bool:
    """A site's menu or breadcrumb row ("Home | China | World", "News > Politics"), or a
    section header ("Russian Politics & Diplomacy"): never the headline, never news.

    Read before spaces are collapsed, since a wide gap is often all that parts two links.
    A line with a digit is left alone: stamps share rows with such items.
    """
    s = line.strip()
    head = s[:40]  # a menu's items are short: its first separator comes early
    marked = any(map(head.__contains__, _NAV_MARKS))
    gapped = "  " in head or "\t" in head
    if not (marked or gapped or len(s) <= _SECTION_HEADER_CHARS):
        return False  # the lines of a story, cheaply: no separator and too long for a header
    if not s or any(map(s.__contains__, "0123456789")) or s.startswith(_BYLINE_OPENERS):
        return False
    parts = [p for p in _NAV_MARK_RE.split(s) if p] if marked else [s]
    if len(parts) < 2 and gapped:  # a gap parts two words too often ("By  Deutsche Welle")
        parts = [p for p in _NAV_GAP_RE.split(s) if p]
        parts = parts if len(parts) >= 3 else [s]
    if len(parts) >= 2:
        longest = 2 if len(parts) == 2 else 3  # "Subscribe | Log in", "Culture & Edu"
        return all(len(p.split()) <= longest for p in parts)
    words = _SECTION_WORD_RE.findall(s)
    if not 1 < len(words) <= 5 or s.endswith(_TERMINAL):
        return False
    return all(w.casefold() in lex.section_words or _is_place_word(w, lex) for w in words)


def _after_breadcrumb(line: str) -> str:
    """The headline a breadcrumb trail ends on, without the trail."""
    parts = _NAV_MARK_RE.split(line.strip())
    crumbs = len(parts) >= 3 or len(parts) == 2 and ("›" in line or "»" in line)  # "Nation › X"
    if parts[0].count("(") > parts[0].count(")"):
        return line  # "ABU DHABI, (UrduPoint / WAM - 23rd Aug, 2019) ...": credits in a bracket
    if crumbs and all(len(p.split()) <= 3 for p in parts[:-1]) and len(parts[-1].split()) >= 4:
        return parts[-1]
    return line


def _is_place_word(word: str, lex: Lexicon) -> bool:
    ent = lex.entities.get((token_key(word),))
    return ent is not None and ent.kind in ("country", "capital", "demonym", "place")


_BODY_NAME_GLUE = frozenset(("of", "the", "and", "for", "on", "&"))
_STATE_WORDS = frozenset(("presidency", "republic", "kingdom", "sultanate", "emirate", "embassy"))


def _names_a_body(line: str, lex: Lexicon) -> bool:
    """ "Ministry of Foreign Affairs of the Republic of Uzbekistan": a page's masthead,
    not its headline, which would say something of the body ("Ministry ... says")."""
    words = line.split()
    if not all(w[:1].isupper() or w in _BODY_NAME_GLUE for w in words):
        return False
    # "PRESIDENCY OF THE REPUBLIC OF TÜRKİYE", "Democratic Socialist Republic of Sri Lanka",
    # "President of the Republic of Azerbaijan": the state's own word opens the line, or
    # follows two words at most or "of the", and goes on to "of"
    keys = [w.casefold() for w in words]
    return keys[0] in lex.org_heads or any(
        k in _STATE_WORDS
        and (
            i == 0 or (i <= 2 or keys[i - 2 : i] == ["of", "the"]) and keys[i + 1 : i + 2] == ["of"]
        )
        for i, k in enumerate(keys)
    )


def _names_a_site(line: str) -> bool:
    """ "Mexico News Daily", "Kazinform International News Agency", "About the Ministry":
    a few capitalised words, the site's name or a menu item rather than a headline, which
    gives way to a headline below it."""
    words = line.split()
    return len(words) <= 4 and all(w[:1].isupper() or w in _BODY_NAME_GLUE for w in words)


#: a reporter's name and social-media handle on a line of their own, above the story
_HANDLE_BYLINE_RE = re.compile(r"^(?:[A-Z][\w'’.\-]+ ){1,3}@\w{2,30}\s*$")


def _is_bare_name(line: str) -> bool:
    """Two or three capitalised words alone on a line: a byline without its "By"."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    )


_LETTERS_RE = re.compile(r"[^\W\d_]+")
_AUTHOR_LABEL_RE = re.compile(r"(?:Author|Authors|Editor|Edited by|Written by|By):?")


def _drop_signature(paragraphs: list[str]) -> None:
    """ "... the need to confront it. / Hazem Sabbagh", "Author: / Adlet Seilkhanov": a name
    alone closing the story is its writer's or editor's signature, never one of the people
    it tells of (one it tells of is named in the story as well, and kept)."""
    if len(paragraphs) < 2 or not _is_bare_name(paragraphs[-1]):
        return
    # whole words: "Li Wei" is not named in "Libyan"
    body = set(_LETTERS_RE.findall(" ".join(paragraphs[:-1])))
    if body.intersection(_LETTERS_RE.findall(paragraphs[-1])):
        return
    paragraphs.pop()
    if len(paragraphs) > 1 and _AUTHOR_LABEL_RE.fullmatch(paragraphs[-1].strip()):
        paragraphs.pop()


def _byline_place(line: str, lex: Lexicon) -> bool:
    """ "Bolaji Ogundele, Abuja": a reporter and the city filed from, not a headline."""
    name, _, place = line.rpartition(", ")
    return (
        bool(name)
        and "," not in name
        and _words(line) <= 5
        and lex.gazetteer.capital_country(place.strip()) is not None
    )


#: the fewest words of a line that is a sentence without its full stop
_UNSTOPPED_WORDS = 24


def _unstopped_sentence(line: str, below_a_headline: bool) -> bool:
    """ "Ghana's security minister X on Wednesday led a delegation to Y for talks with the
    leader of the junta, Z": a line of two dozen words and more, mostly in lower case, is
    the story's first sentence on a site that drops the full stops, where a headline came
    before it or a comma sets off a clause (long headlines run on without one)."""
    words = line.split()
    return (
        len(words) >= _UNSTOPPED_WORDS
        and sum(w[:1].islower() for w in words) >= 0.6 * len(words)
        and (below_a_headline or ", " in line)
    )


#: "PM meeting with President of Lorania Sara Lind: 25 October 2024": a readout's headline
#: closing on the day it tells of
_DATED_HEADLINE_RE = re.compile(
    r"^[A-Z][^:|]{15,200}:\s+\d{1,2} (?:" + _MONTH_NAMES.title() + r") (?:19|20)\d\d$"
)


def _past_breadcrumb(title: str, lex: Lexicon) -> str:
    """ "Home News Presidents of A and B will meet": the headline after the breadcrumb of
    section names run into it (only from "Home": "World leaders gather" is a headline)."""
    words = title.split()
    k = 1
    while k < len(words) - 3 and words[k].casefold() in lex.section_words:
        k += 1
    return " ".join(words[k:]) if k >= 2 and words[k][:1].isupper() else title


def _title_like(line: str) -> bool:
    if _words(line) < 3 or line.endswith((".", ")")) or _YEAR_END_RE.search(line):
        return False
    if "/" in line and _PICTURE_CREDIT_END_RE.search(line):
        return False  # "Jane Doe. Pic/PTI": a picture's caption and its credit
    if line.count(" | ") >= 2:  # "Russian Politics & Diplomacy | World | Business & Economy"
        return False
    return sum(map(str.isalpha, line)) >= 0.6 * len(line)


def _dateline_ok(m: re.Match, lex: Lexicon) -> bool:
    place = m.group("place")
    first = place.split(",")[0]
    if not (m["mon"] or m["mon2"] or m["day3"]) and token_key(first.split()[-1]) in lex.title_heads:
        return False  # "External Affairs Minister (EAM) X": an office and its initials
    after = m.string[m.end("place") : m.end("place") + 2]
    if m.group("mon") and not m.group("year") and after[:1] == " " and after != " ,":
        # "NAIROBI, Kenya Nov 8 – ...": with no comma before the day, only a known place and
        # its country ("President X May 3 - ...", "Updated May 8 - ..." open no dateline)
        return "," in place and credits.is_place(first, lex)
    if (
        m.group("mon")
        or m.group("mon2")
        or m.group("day3")
        or m.group("agency")
        or m.group("slash")
        or m["bar"]
        and lex.outlet(m["bar"]) is not None
    ):
        return True
    if (m.group("comma") or _trailing_outlet(place, lex)) and credits.is_place(first, lex):
        return True  # "Cairo, SANA- President ...": the agency the place is credited to
    if m.group("sep").startswith(".") or not m.group("sep").strip():
        return False  # a bare full stop ends sentences far more often than datelines
    if first.strip().casefold() in lex.caption_labels:
        return False  # "PHOTO: Prime Minister X and ...": a caption
    letters = re.sub(r"[^A-Za-z]", "", first)
    at = m.start("sep")
    if m.group("sep") == "-" and not m.string[at - 1 : at].isspace() and not letters.isupper():
        return False  # "Indonesia, Timor-Leste agree ...": a hyphen inside a name
    rest = m.string[m.end() :]
    if (
        m.group("sep") == "-"
        and rest[:1].isalpha()
        and lex.outlet(f"{first}-{rest.split(maxsplit=1)[0]}") is not None
    ):
        return False  # "ITAR-TASS reported Friday ...": the agency's own name
    n_rest = _words(rest)
    # "NHK WORLD-JAPAN News": a masthead ("ANKARA-Anadolu Agency" credits); "RADIO
    # ALTIPLANO — 101.5 FM Puno · Online": a masthead's strapline, not a lead
    if (n_rest < 4 or n_rest < 10 and not _is_sentence(rest)) and lex.outlet(rest.strip()) is None:
        return False
    if bool(letters) and letters.isupper() and len(letters) >= 3:
        return True
    # "Doha, Qatar - ": a known city or country before a dash, in title case
    if "," in place and m.group("sep") in ("--", "—", "–", "-"):
        ent = lex.entities.get(tuple(token_key(t) for t in first.split()))
        return ent is not None and ent.kind in ("capital", "country", "place")
    if m.group("sep") in ("--", "—", "–", "-", ":"):
        # "Beijing - Chinese Premier Li ...", "Muscat: Sayyid Badr ...": a known city alone
        ent = lex.entities.get(tuple(token_key(t) for t in place.rstrip(".").split()))
        # "Kuwait: Kuwait's Foreign Minister ... received ...": a country alone, before a
        # colon and a whole sentence (a headline's "Ukraine: X meets Y" ends on no stop)
        return ent is not None and (
            ent.kind in ("capital", "place")
            or ent.kind == "country"
            and m.group("sep") == ":"
            and _is_sentence(rest)
        )
    return False


def _dateline_credit(agency: str, m: re.Match, lex: Lexicon) -> str | None:
    """ "TAIPEI (Taiwan News) —", "Washington, DC (STL.News)", "Jakarta (Antara Bali) --":
    a credit the lexicon does not know, after a dated or a known place, that says it is a
    publication; a known agency and its bureau; or one or two capitalised words between a
    known place with its date (or between slashes after it: "Yerevan /Vartanews/.") and the
    lead ("Quito, Feb 14 (Velora).-"), not a tag such as "(Update)"."""
    if (found := _outlet_prefix(agency, lex)) is not None:
        return found[0]  # "Antara Bali": the agency, then its bureau
    # "Yerevan /Vartanews/.": a name set between slashes after a known place is its agency's
    dated = m.group("mon") or m.group("mon2") or agency == m.group("slash")
    place = m.group("place").split(",")[0].split("/")[0].strip()
    if not (dated or credits.is_place(place, lex)) or credits.is_place(agency, lex):
        return None
    if credits.is_publication(agency, lex):
        return credits.named_credit(agency, lex)
    # "Quito, Feb 14 (Velora).- ...": one or two capitalised words in brackets between a
    # known place with its date and the lead are the agency's name, as the efe-epa style has it
    words = agency.split()
    # "TEHRAN (Tasnim) – ...": a wire's dateline in capitals, with its dash, needs no date
    wire = (
        place.isupper()
        and m.group("sep") in ("--", "—", "–", "-")
        and agency.casefold() not in dates.WEEKDAYS
        and agency.casefold() not in dates.MONTHS
    )
    if (
        (dated or wire)
        and credits.is_place(place, lex)
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and agency.casefold() not in lex.caption_labels
        and not any(w.casefold() in lex.not_credits for w in words)
    ):
        return agency
    return None


def _trailing_outlet(place: str, lex: Lexicon) -> tuple[str, str] | None:
    """Split "TOKYO, Kyodo" into the place and the outlet that follows it."""
    for mark in (",", "."):  # "TOKYO, Kyodo", "ASTANA. KAZINFORM"
        head, sep, tail = place.rpartition(mark)
        if sep and head and lex.outlet(tail.strip()) is not None:
            return head.strip(), tail.strip()
    return None


def _outlet_in(text: str, lex: Lexicon) -> str | None:
    return lex.outlet(text)


_REPORTER_THEN_OUTLET_RE = re.compile(
    r"[A-Z][\w'’.-]+(?: (?:and )?[A-Z][\w'’.-]+){1,7} [–—-] "
    r"(?P<o>[A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,2}):"
)


def _byline_outlet(who: str, lex: Lexicon) -> str | None:
    """ "By Reuters Published: Thu 9 Dec 2021", "By Xu Wei | China Daily | Updated: ...",
    "By JT - Feb 24,2020 - Last updated ...", "By PNU": the outlet among the byline's
    pieces; one in initials where a stamp follows it or where it is the whole byline."""
    pieces = [credits.credit_name(p) for p in re.split(r"\s+[|·]\s+", who)]
    for piece in pieces:
        if (o := lex.outlet(piece)) is not None:
            return o
    if (
        (m := _REPORTER_THEN_OUTLET_RE.fullmatch(who.strip()))
        and not credits.is_place(m["o"], lex)
        # not "– Staff Reporter:", "– Updated:", "– Senior Editor:": a label
        and lex.not_credits.isdisjoint(words := {w.casefold() for w in m["o"].split()})
        and lex.staff_byline_words.isdisjoint(words)
    ):  # "By Ana Ruiz – Trend:": the reporter, then the outlet the lead follows
        return lex.outlet(m["o"]) or m["o"]
    first = credits.credit_name(who)
    if first != who.strip() and credits.is_initials(first) and _YEAR_RE.search(who):
        return first
    # "By PNU", "Written By: PNU": a byline of three initials or more alone is an office's
    # or an agency's (a person's name in capitals has two words; "By JS" is a reporter's
    # initials, "By STAFF" no one's)
    if first == who.strip() and credits.is_initials(first) and len(first) >= 3:
        return None if first.casefold() in lex.not_credits else first
    # "By Horn Africa News": a byline that says it is a publication names no reporter
    # (not "By Agency Report", "By News Desk": media words alone are a label, no name; nor
    # "By Dawn Report", "By Mail Foreign Service": the paper's staff)
    if (
        first == who.strip()
        and 2 <= _words(first) <= 4
        and credits.is_publication(first, lex)
        and not all(w.casefold() in lex.media_words | lex.not_credits for w in first.split())
        and first.split()[-1].casefold() not in lex.staff_byline_words
    ):
        return credits.named_credit(first, lex)
    return None


def _agency_after_reporters(who: str, lex: Lexicon) -> str | None:
    """ "By Ana Ruiz and Li Wei, AP": the reporters, then the agency they file for; not
    "Katja Lindner (AFP, dpa)", the wires a site's own story draws on."""
    if "(" in who or ", " not in who:
        return None
    return lex.outlet(credits.credit_name(who.rsplit(", ", 1)[1]))


#: one word of initials and a word run together, as agencies spell themselves ("QazTAG",
#: "VOVworld"); no person's, place's or title's name is written so
_MIXED_AGENCY_RE = re.compile(r"[A-Z][a-z]{2,}[A-Z]{2,}|[A-Z]{2,}[a-z]{3,}")


def _first_credit(agency: str, lex: Lexicon) -> str | None:
    """ "(ANSA) - ROME ...", "(Lagoon News) — President ...": the agency that opens the
    lead in brackets, known or a name that says it is a publication."""
    if (o := lex.outlet(agency)) is not None:
        return o
    if any(w.casefold() in lex.not_credits for w in agency.split()):
        return None  # "(Breaking News) — ...": a label, no agency
    if _MIXED_AGENCY_RE.fullmatch(agency):
        return agency  # "(VOVworld)- President ...": initials and a word run together
    return credits.named_credit(agency, lex) if credits.is_publication(agency, lex) else None


#: "Astana. July 4. QazTAG - President ...": after the dateline, a word and its initials
#: run together ("QazTAG", "BelTA"), as agencies spell themselves, and a dash open the lead
_AGENCY_AFTER_DATELINE_RE = re.compile(r"(?P<o>[A-Z][a-z]+[A-Z]{2,})\s+[-–—]\s+(?=[A-Z])")


def _agency_opens(rest: str, lex: Lexicon) -> tuple[str, int] | None:
    """The agency a dateline's lead opens on in its own spelling, where the lexicon does
    not know it: a name part word, part initials is no person's, place's or title's
    ("DeSantis", "ASEAN", "PM" are not such names)."""
    m = _AGENCY_AFTER_DATELINE_RE.match(rest)
    if m is None or credits.is_place(m.group("o"), lex):
        return None
    return m.group("o"), m.end()


def _outlet_prefix(rest: str, lex: Lexicon) -> tuple[str, int] | None:
    words = rest.split()
    for n in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[:n])
        # ("Baku. 5 December. REPORT.AZ/ President ...": a site's name closed by its slash)
        if (o := lex.outlet(cand.removesuffix("/"))) is not None:
            return o, len(cand)
    return None


_COPYRIGHT_WORDS_RE = re.compile(r"©|\(c\)|copyright|\b(?:19|20)\d\d\b|[.,|]", re.I)


def _copyright_outlet(line: str, lex: Lexicon) -> str | None:
    """ "Copyright © 2023 The East African. All rights reserved.": the outlet after the mark."""
    rest = _COPYRIGHT_WORDS_RE.sub(" ", line.split("|")[0])
    found = _outlet_prefix(" ".join(rest.split()), lex)
    return found[0] if found else None


#: "© 2025 The Dhaka Dispatch. All rights reserved.", "Radio Altiplano Noticias © 2026 ·":
#: the mark and its year, and the name beside them up to the next stop or separator
_HOLDER_RE = re.compile(
    r"(?:^|[^\w])(?:(?:Copyright\s*)?©|Copyright)\s*(?:(?:19|20)\d\d\s*)?(?P<after>[^.|·—–(]*)"
    r"|^(?P<before>[^.|·—–(©]*?)\s*©",
    re.I,
)
_HOLDER_NAME_RE = re.compile(
    r"(?:The )?[A-Z][\w’'&\-]*(?: (?:[A-Z][\w’'&\-]*|of|and|for|de|del|la|in|the))*"
)
_RESERVED_RE = re.compile(r"\s+(?:all rights reserved|todos los derechos|tous droits)", re.I)
#: words that open no holder's name: "All rights reserved", "© 2012 - PRIVACY" (a link)
_NOT_HOLDER = frozenset(
    ("all", "rights", "todos", "tous", "photo", "image", "credit", "privacy", "terms", "contact")
)


def _holder(line: str) -> str | None:
    """The name a copyright line gives its holder ("© 2025 The Accra Sentinel."), where
    it is one: a run of capitalised words (with "of", "and", "de" between them), not a
    year, not "All rights reserved"."""
    m = _HOLDER_RE.search(line)
    if m is None:
        return None
    raw = (m.group("after") if m.group("after") is not None else m.group("before")) or ""
    # "Copyright © 1997 NordPolitics All Rights Reserved." with no stop before "All"
    raw = _RESERVED_RE.split(raw, maxsplit=1)[0]
    raw = _YEAR_END_RE.sub("", " ".join(raw.split())).strip(" ,;:-")
    if not 1 <= _words(raw) <= 8 or raw.split()[0].casefold() in _NOT_HOLDER:
        return None
    return raw if _HOLDER_NAME_RE.fullmatch(raw) else None


def _is_copyright_line(line: str) -> bool:
    """A copyright line of the page, not a photo's credit ("Photo: © Daniyar Sadykov")."""
    return ("©" in line or "opyright" in line) and not _PHOTO_WORDS_RE.search(line)


def _before_the_credit(line: str, lex: Lexicon) -> str:
    """A long paragraph closed by a contributor's credit ("... discussing trade. (X in
    Istanbul contributed to this story)"): the story before the credit's bracket or
    sentence, which stays."""
    low = line.casefold()
    at = min(i for phrase in lex.credit_phrases if (i := low.find(phrase)) >= 0)
    cut = line.rfind("(", 0, at + 1)  # the credit's own bracket ("(END)" opens on it)
    if cut < 0 or ")" in line[cut:at]:
        cut = line.rfind(". ", 0, at) + 1
    return line[:cut].rstrip()


def _tail_outlet(tail: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """ "Source: Al Jazeera and news agencies", "Anadolu Agency website contains only a
    portion of ...", "Follow X on Twitter": below the story, a known outlet on a source line,
    opening a line or asking to be followed; and, apart, a name the lexicon does not know on
    a source line ("Source: Vardar Daily")."""
    named = None
    # (and the page's last line: "(Telegraf.rs)" closing the story after a "Recommended"
    # block cut it short)
    last = [x for x in tail[3:] if x.strip()][-1:]
    if last and not last[0].lstrip().startswith(("(", "-", "–", "—", "/")):
        last = []  # "Sputnik" under a related headline: that item's source, not the page's
    for line in [*tail[:3], *last]:
        if (o := credits.own_line(line, lex)) is not None:
            return o, None  # "(Xinhua News Agency November 5, 2006)" below the story
    for line in tail:
        if m := _SOURCE_RE.match(line):
            who = m.group("who")
            if (found := _outlet_prefix(who, lex)) is not None:
                return found[0], None
            if named is None and _HOLDER_NAME_RE.fullmatch(who) and _words(who) <= 6:
                named = who
        elif (found := _outlet_prefix(line, lex)) is not None and _words(found[0]) >= 2:
            return found[0], None
        elif (
            line.startswith(("Follow ", "Like "))
            and (m := _FOLLOW_RE.fullmatch(line.strip())) is not None
            and (o := lex.outlet(m["o"])) is not None
        ):
            return o, None  # "Follow Kyodo News on Twitter" below a "Read the full ..." link
    return None, named


def _site_notice(line: str, lex: Lexicon) -> str | None:
    """The outlet a notice about its own site opens on ("Anadolu Agency website contains
    only a portion of the news stories ...")."""
    found = _outlet_prefix(line, lex) if " website" in line or " site " in line else None
    if found is None:
        return None
    rest = " ".join(line.split())[found[1] :].lstrip(" '’s").split()
    return found[0] if rest and rest[0].casefold() in ("website", "site", "web") else None


def _correspondent_outlet(paragraphs: list[str], lex: Lexicon) -> str | None:
    for p in paragraphs:
        if not ("correspondent" in p or "reporter" in p or "journalist" in p):
            continue
        for m in _CORRESPONDENT_RE.finditer(p):
            words = [re.sub(r"['’]s?$", "", w) for w in m.group(1).split()]  # "AzerNews’"
            # a beat between ("Kelgraph Online's presidential correspondent, X reports")
            # only where the credit opens a sentence: not "he told CNN's chief correspondent"
            beat = m.group(2) is not None
            if beat and not (m.start() == 0 or p[: m.start()].endswith(". ")):
                continue
            for k in range(len(words)):
                if (o := lex.outlet(" ".join(words[k:]))) is not None:
                    return o
            # "Kelgraph Online's correspondent": a name the lexicon does not know, whose
            # own words say it is a publication, owning its staff
            name = " ".join(words)
            if re.search(r"['’]s?\s$", m.group(1)) and credits.is_publication(name, lex):
                return name
    return None
