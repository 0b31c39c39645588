"""Who published a page: the credit lines an agency or a site writes around its story.

Agencies credit themselves in many small forms: a sign-off after the last sentence
("... a luncheon. - Bernama", "(KUNA)"), a credit line of its own ("—IANS", "Press
Release: New Zealand Government"), a lead that opens on the agency ("AKIPRESS.COM - On
June 1 ...") or ends its first sentence on it ("..., Trend reports."), and a syndicator's
tag before all of it ("(MENAFN- Jordan News Agency)"). Each reader here takes one line or
one paragraph and returns the credit as the page writes it, or None; `clean` decides which
credit outranks which.
"""

from __future__ import annotations

import re

from .dates import MONTH_WORD, WEEKDAY_WORD
from .lexicon import Lexicon, token_key

_ACRONYM_RE = re.compile(r"[A-Z][A-Z&-]{1,11}")
#: "ANI/Xinhua", "NNN-Bernama": two agencies credited together, each known or in initials
_PAIR_SPLIT_RE = re.compile(r"\s*[/-]\s*")
#: a domain written as the site's name: "Philstar.com", "srbija.gov.rs", "AKIPRESS.COM"
_DOMAIN_NAME_RE = re.compile(r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:[A-Za-z]{2,4})")
#: where a credit's name ends and its stamp or its links begin
_NAME_END_RE = re.compile(
    r"\s+(?:[|·]|[-–—]\s|(?:Published|Updated|Posted|Last updated)\b)"
    rf"|\s*{WEEKDAY_WORD}|\s+\d"
    r"|\s*/\s*|(?<=[a-z])(?=(?:Published|Updated|Posted)\b)",
)
#: a name of a few capitalised words ("Inside Government NZ", "Fiji Government"), with
#: the small words names carry ("Ministry of Foreign Affairs", "IAR, PAP")
_NAME_RE = re.compile(
    r"(?:The )?[A-Z\d][\w.’'&\-]*(?:,? (?:[A-Z][\w.’'&\-]*|of|and|for|de|del|la|the|in))*"
)
_MAX_NAME_WORDS = 6


def credit_name(who: str) -> str:
    """The name a credit gives, without its stamp, links or second source: "B92 Friday,
    June 10, 2022 | 12:00" is "B92"; "Fiji Government/ Facebook" is "Fiji Government"."""
    who = who.strip().strip("[]()").strip()
    if (m := _NAME_END_RE.search(who, 1)) is not None:
        who = who[: m.start()]
    who = who.strip(" ,;:-–—")
    if _words(who) > _MAX_NAME_WORDS and "," in who:  # "U.S Department of State, Bureau of ..."
        who = who.split(",")[0].strip()
    return who


def _words(text: str) -> int:
    return len(text.split())


def is_initials(name: str) -> bool:
    """ "DNA", "MOLDINFORM": a credit written in capitals, as agencies sign."""
    return bool(_ACRONYM_RE.fullmatch(name))


def known_or_initials(name: str, lex: Lexicon) -> str | None:
    """A credit the lexicon knows, one in initials ("DNA", "UNI"), or two such together
    ("ANI/Xinhua", "NNN-Bernama"), as the page writes it."""
    name = name.strip()
    if not name:
        return None
    if (o := lex.outlet(name)) is not None:
        return o
    if _ACRONYM_RE.fullmatch(name):
        return name
    parts = _PAIR_SPLIT_RE.split(name)
    if len(parts) == 2 and all(lex.outlet(p) or _ACRONYM_RE.fullmatch(p) for p in parts):
        return name
    return None


def named_credit(name: str, lex: Lexicon) -> str | None:
    """A credit's name the lexicon need not know: a known one, initials, a domain, or a few
    capitalised words that name no place ("Inside Government NZ", "IAR, PAP")."""
    if (o := known_or_initials(name, lex)) is not None:
        return o
    if _DOMAIN_NAME_RE.fullmatch(name):  # "ghananewsagency.org": a known outlet's site
        return lex.outlet_canon.get(token_key(name.split(".")[0])) or name
    if not 1 <= _words(name) <= _MAX_NAME_WORDS or not _NAME_RE.fullmatch(name):
        return None
    return None if is_place(name, lex) else name


def is_domain(name: str) -> bool:
    return bool(_DOMAIN_NAME_RE.fullmatch(name.strip()))


_PLACE_KINDS = ("capital", "country", "place", "demonym")


def is_place(name: str, lex: Lexicon, kinds: tuple[str, ...] = _PLACE_KINDS) -> bool:
    """Whether the lexicon knows `name` as a place of one of `kinds` (a city alone: "capital",
    "place")."""
    ent = lex.entities.get(tuple(token_key(t) for t in name.split()))
    return ent is not None and ent.kind in kinds


#: "Source: Xinhua", "[Source: RNZ]", "Press Release: Inside Government NZ", "Issued by:
#: The Presidency": a line that says whose the story is
_SOURCE_LINE_RE = re.compile(
    r"^\s*\[?\s*(?:Source|Sources|Credit|Press Release|Issued by)\s*:\s*(?P<who>.+?)\s*\]?\s*$",
    re.I,
)


def source_line(line: str, lex: Lexicon) -> tuple[str | None, str | None] | None:
    """A source line's credit: (a known outlet, None) or (None, a name the lexicon does
    not know); None when the line is no source line."""
    m = _SOURCE_LINE_RE.match(line)
    if m is None:
        return None
    name = credit_name(m.group("who"))
    if (o := known_or_initials(name, lex)) is not None:
        return o, None
    first = re.split(r"\s+(?:and|&)\s+|,\s*", name)[0]  # "Al Jazeera and news agencies"
    if (o := lex.outlet(first)) is not None:
        return o, None
    named = named_credit(name, lex)
    return (None, named) if named else None  # "Press Release: Minister announces ..."


#: a sign-off after the story's last sentence: "... a luncheon. - Bernama", "... it said.
#: (KUNA)", "... the tournament. (Colombo Gazette)"
_SIGN_OFF_RE = re.compile(
    r"(?<=[.!?”\"’])\s*(?:(?:[-–—―]+|--)\s*(?P<o>[A-Z][\w.\- ]{1,40}?)"
    r"|\((?P<b>[A-Z][\w.\- ]{1,40})\))\s*$"
)
#: a credit on a line of its own below the story: "—IANS", "-AA", "(Telegraf.rs)",
#: "Interfax-Ukraine", "/// MFA Turkmenistan, 22 June 2025", "MAP: 06 March 2024",
#: "(Xinhua News Agency November 5, 2006)", "(Taken from Cuban News Agency)", "(Excerpts :
#: Xinhua)"
_OWN_LINE_RE = re.compile(
    r"^\s*(?:[-–—―/]+\s*)?\(?\s*(?:Taken from |Source: |Excerpts\s?:\s)?"
    r"(?P<o>[A-Za-z][\w.\- ]{1,50}?)"
    r"(?:[,:]?\s+(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{1,2},? \d{4}|[,:]\s*\d{1,2}[ ./]\w+[ ./]\d{4})?"
    r"\s*\)?\s*$"
)


def sign_off(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """The agency signing off after the last sentence of a paragraph, and the paragraph
    without it. A name the lexicon does not know counts in brackets only."""
    if not line or line[-1] in ".!?":
        return None
    m = _SIGN_OFF_RE.search(line, max(0, len(line) - 48))
    if m is None:
        return None
    name = (m.group("o") or m.group("b")).strip()
    name = name.removeprefix("Taken from ").removeprefix("Source: ")  # "(Taken from X)"
    o = lex.outlet(name)  # not "(SRE)", "(MOFA)" after a caption: initials of a ministry
    if o is None and m.group("b") and _words(name) <= 3 and is_publication(name, lex):
        o = named_credit(name, lex)  # "(Colombo Gazette)", "(Telegraf.rs)"
    return (o, line[: m.start()].rstrip()) if o else None


def is_publication(name: str, lex: Lexicon) -> bool:
    """A name that says it is a publication: its last word (or its last before "of") is a
    medium's ("Colombo Gazette", "Dalsan Radio", "Civic Radio of Ghana") or it is a
    domain ("Telegraf.rs")."""
    name = name.strip()
    heads = (name, name.split(" of ")[0])  # "Civic Radio of Ghana", "News Agency of Y"
    # "Africa-Press"; "Kingdom of Y News Agency" ends on its medium
    lasts = {re.split(r"[ \-]", head)[-1].casefold() for head in heads}
    return bool(lasts & lex.media_words) or bool(_DOMAIN_NAME_RE.fullmatch(name))


def own_line(line: str, lex: Lexicon) -> str | None:
    """A credit standing on a line of its own after the story: a known outlet, or one
    set off by a dash, slash or bracket that says it is a publication ("(Telegraf.rs)").
    Initials the lexicon does not know count for nothing ("-ENDS-")."""
    s = line.strip()
    if not s or len(s) > 80 or _words(s) > 8 or s.endswith((".", "!", "?")):
        return None
    m = _OWN_LINE_RE.match(s)
    if m is None:
        # "(Telegraf.rs/Tanjug)": the site, then the agency it took the story from
        parts = s.strip("()").split("/") if s.startswith("(") and s.endswith(")") else []
        if len(parts) == 2 and all(_OWN_LINE_RE.match(p) for p in parts):
            return lex.outlet(parts[1].strip())
        return None
    name = m.group("o").strip()
    if (o := lex.outlet(name)) is not None:
        return o
    words = name.split()
    initials = all(w.isupper() and len(w) <= 3 for w in words[1:])
    if len(words) >= 2 and initials and _ACRONYM_RE.fullmatch(words[0]) and lex.outlet(words[0]):
        return words[0]  # "UNI ANV RN": the agency, then its editors' initials
    if not s.startswith(("(", "/", "-", "–", "—", "―")):
        return None  # a short line of the story ("USA", "BACKGROUND"), no credit
    # "-ENDS-" is no agency's initials: below the story only known names and publications
    return named_credit(name, lex) if is_publication(name, lex) else None


#: "(UrduPoint / Pakistan Point News / WAM - 02nd Apr, 2020)": the credits and the date in
#: one bracket after the dateline; "(January 3, 2002 - Solomon Islands Broadcasting
#: Corporation/PINA Nius Online)": the date first
_DATED_BRACKET_RE = re.compile(
    r"\((?P<a>[^()]{2,80}?)\s+[-–—]\s+(?P<b>[^()]{2,80}?)\s*\)", re.ASCII
)
_HAS_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def dated_bracket(lead: str, lex: Lexicon) -> str | None:
    """The credit in a dated bracket near the lead's start: the last of several credits
    when it is an agency ("... / WAM"), else the credit whole."""
    m = _DATED_BRACKET_RE.search(lead, 0, 160)
    if m is None:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if _HAS_YEAR_RE.search(b) and not _HAS_YEAR_RE.search(a):
        credit = a
    elif _HAS_YEAR_RE.search(a) and not _HAS_YEAR_RE.search(b):
        credit = b
    else:
        return None
    last = credit.split(" / ")[-1].strip()
    if (o := known_or_initials(last, lex)) is not None:
        return o
    # "UrduPoint / Pakistan Point News", "Solomon Islands Broadcasting Corporation/PINA
    # Nius Online": credits no lexicon knows, taken whole where they name a publication
    return credit if is_publication(last, lex) else None


#: "(MENAFN- Jordan News Agency) Amman, Apr. 2 (Petra) -- ...": a syndicator's tag in
#: capitals and the source it took the story from
_SYNDICATED_RE = re.compile(r"^\s*\((?P<tag>[A-Z]{3,12})-\s*(?P<o>[^()]{2,60}(?:\([^()]*\))?)\)\s*")


def syndicated(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """The source a syndicator credits, and the line after its tag."""
    m = _SYNDICATED_RE.match(line)
    if m is None:
        return None
    source = m.group("o").strip()
    bare = re.sub(r"\s*\([^()]*\)$", "", source)  # "Kuwait News Agency (KUNA)"
    if (
        lex.outlet(bare) is None
        and not is_publication(bare, lex)
        # "(MENAFN- Caribbean News Global)": a name in capitals after a syndicator's tag
        and not (
            m.group("tag").casefold() not in lex.not_credits
            and _words(bare) <= 5
            and all(w[:1].isupper() for w in bare.split())
        )
    ):
        return None  # "(REFILE-Corrects spelling in paragraph 3)": a note, not a source
    return source, line[m.end() :]


#: the lead opening on the agency: "AKIPRESS.COM - On June 1, ...", "ALBAWABA - Saudi
#: ...", "Shafaq News/ Iraq's ...", "Africa-Press – Angola. The ...", "ENA February
#: 10/2020 Prime Minister ...", "ENA.February 13/2020 ..."; not "Al Jazeera – the
#: Qatar-based broadcaster – said ...", where the outlet is the story's subject
_LEAD_OPENER_RE = re.compile(
    r"^(?P<o>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}?)"
    rf"(?:\s+[-–—]\s+(?=[A-Z\d])|/\s+|\.?\s*(?={MONTH_WORD} \d))"
)


def lead_opener(lead: str, lex: Lexicon) -> str | None:
    """The agency the lead opens on: a known one, a domain, or a publication's name;
    never initials the lexicon does not know ("UN – The United Nations chief ...")."""
    m = _LEAD_OPENER_RE.match(lead)
    if m is None:
        return None
    name = m.group("o")
    if is_place(name, lex):
        return None  # "ASTANA - ...": a dateline
    if (o := lex.outlet(name)) is not None:
        return o
    if _DOMAIN_NAME_RE.fullmatch(name):
        return name
    if (_words(name) >= 2 or "-" in name) and is_publication(name, lex):
        return name  # "Shafaq News/ Iraq's new Prime Minister ...", "Africa-Press – Angola."
    return None


#: "..., Trend reports referring to ...", "Kazinform News Agency learned from ...", "...,
#: reports LETA.", "The News Agency of Nigeria (NAN) reports": the story's own agency,
#: named as its reporter in the present tense. "..., Reuters reported" is a paper citing
#: an agency, no credit of its own
_REPORTS_RE = re.compile(
    r"(?:^|[,.;] |\bagency |\bthe )(?P<o>[A-Z][\w.\-]*(?: (?:[A-Z][\w.\-]*|of))*?)"
    r"(?: \((?P<ab>[A-Z]{2,8})\))?(?:’s|'s)? (?:reports|learns|learned|learnt|cites|"
    r"has learned|was informed|London correspondent reports)\b"
    r"|, reports (?P<o2>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})\.\s*$"
    r"|\bAs (?P<o3>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}) (?:was informed|learned)\b"
)


def reported_by(paragraphs: list[str], lex: Lexicon) -> str | None:
    """The agency named as the story's reporter in its first paragraphs, where the lexicon
    knows it: the last resort of an agency's page that credits itself nowhere else."""
    for p in paragraphs[:4]:
        if not any(w in p for w in (" report", " learn", " cites", "informed")):
            continue
        for m in _REPORTS_RE.finditer(p):
            name = m.group("o") or m.group("o2") or m.group("o3")
            words = name.split()
            for k in range(len(words)):  # "state news agency Andina", "the Xinhua ..."
                if (o := lex.outlet(" ".join(words[k:]))) is not None:
                    return m.group("ab") if m.group("ab") and lex.outlet(m.group("ab")) else o
            if m.group("ab") and lex.outlet(m.group("ab")):
                return m.group("ab")
            # "..., Kelora News Agency reports.": a name that says it is a news agency (not
            # "the International Energy Agency reports", a body's own findings)
            if len(words) >= 2 and words[-2:] in (["News", "Agency"], ["Press", "Agency"]):
                return name
            # "Kelorian News-kelnews.am learns": the site by its domain
            if _DOMAIN_NAME_RE.fullmatch(site := words[-1].rpartition("-")[2]):
                return site
    return None


#: a short line above the story pairing a known outlet with its section or its city:
#: "Reuters Mexico City", "Anadolu Agency WORLD", "WORLD Anadolu Agency", "Reuters |
#: Berlin | Updated: ...", "XinhuaUpdated: November 5, 2018", "( Xinhua ) Updated: ..."
_HEADER_SPLIT_RE = re.compile(r"\s*\|\s*|\s*[()]\s*|(?<=[a-z])(?=Updated\b)")


def header_outlet(line: str, lex: Lexicon) -> str | None:
    """A known outlet (or a site's domain) at the start or end of a short header line,
    beside a section's name in capitals, a known place, a stamp or bars."""
    if _words(line) > 10:
        return None
    parts = [p for p in _HEADER_SPLIT_RE.split(line) if p.strip()]
    for part in (parts[0], parts[-1]) if parts else ():
        part = part.strip()
        if (o := lex.outlet(part)) is not None and len(parts) > 1:
            return o
        words = part.split()
        for k in range(1, min(4, len(words))):
            head, rest = " ".join(words[:k]).rstrip(",;:"), " ".join(words[k:])
            tail, before = " ".join(words[-k:]), " ".join(words[:-k])
            # "Kabulnews.com 21 Aug 2020": a site's own domain beside its stamp names it too
            if (o := lex.outlet(head) or _domain(head)) is not None and _beside(rest, lex):
                return o
            if (o := lex.outlet(tail) or _domain(tail)) is not None and _beside(before, lex):
                return o
    return None


def _domain(name: str) -> str | None:
    return name if is_domain(name) else None


def _beside(rest: str, lex: Lexicon) -> bool:
    rest = rest.strip()
    return (
        (rest.isupper() and rest.replace(" ", "").isalpha() and _words(rest) <= 2)
        or is_place(rest, lex)
        or rest.startswith(("Updated", "Published", "Posted"))
        or bool(_HAS_YEAR_RE.search(rest))
    )


#: "Dalsan Radio (Mogadishu)", "Egypt State Information Service (Cairo)": a publisher and
#: its city on a line of their own, above the story
_CITY_SOURCE_RE = re.compile(r"^(?P<o>[A-Z][^()]{1,60}?)\s*\((?P<city>[A-Z][A-Za-z .\-]+)\)$")


def city_source(line: str, lex: Lexicon, unknown: bool = True) -> str | None:
    """The publisher on a line with its city: a known outlet ("The East African
    (Nairobi)"); where `unknown`, also a name the lexicon does not know beside a known
    city ("Dalsan Radio (Mogadishu)")."""
    m = _CITY_SOURCE_RE.match(line.strip())
    if m is None:
        return None
    name = m.group("o").strip()
    if (o := lex.outlet(name)) is not None:
        return o
    if not unknown or not is_place(m.group("city"), lex) or is_place(name, lex):
        return None
    return name if _NAME_RE.fullmatch(name) and _words(name) <= 5 else None
