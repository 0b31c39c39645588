"""Article text → ParsedArticle: who met whom, in what role, for which country, where, when.

A rule- and gazetteer-based reader built for diplomatic news (no statistical
model: fast, and every decision can be traced to a rule or a line of YAML). It
never raises on any input and returns an empty record where it finds nothing.

The stages, one module each:
    clean     page → headline, stamp, credit, dateline and the article's paragraphs
    tokens    sentences and tokens
    entities  countries, organisations, outlets and places a sentence names
    people    names, the titles around them, and which mentions are one person
    meetings  encounters: who, which sides, when, where, how, held or planned
              (its words, places, clause cuts and merging in meeting_words,
              meeting_places, meeting_clauses and meeting_merge)
    dates     publication stamps and event dates relative to them
Knowledge (titles, outlets, honorifics, chrome, countries) lives in
config/lexicon.yaml and config/gazetteer.yaml.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.models import ParsedArticle, ParsedMeeting, ParsedPerson
from bot.parsing import dates
from bot.parsing.places import dateline_city

if TYPE_CHECKING:
    from bot.parsing.entities import Sentence
    from bot.parsing.lexicon import Lexicon
    from bot.parsing.meeting_merge import Draft
    from bot.parsing.people import Person

PARSER_VERSION = "1.65"
MAX_CHARS = 200_000  # longer texts are read up to here: a news article is far shorter

log = logging.getLogger(__name__)


def parse_article(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> ParsedArticle:
    try:
        article = _parse(text, published=published, url=url, outlet=outlet)
        if not article.meetings and article.title and _tells_of_talks(article.title):
            # "A speaks by phone with B" over a story that only tells what they said: the
            # headline is the news, read as the story's first sentence
            told = _parse(text, published=published, url=url, outlet=outlet, headline_lead=True)
            if told.meetings:
                return told
        return article
    except Exception:  # the parser must never take down ingest: say so, return what is known
        log.exception("parser failed; returning an empty record")
        return ParsedArticle(
            title=None,
            published=_valid_date(published),
            outlet=outlet,
            dateline=None,
            countries=(),
            people=(),
            meetings=(),
            url=url,
            parser_version=PARSER_VERSION,
        )


def _the_datelines_day(stamp: date, month: int, day: int) -> date:
    """The day a wire story was written: "CAIRO, Dec 24 (Agency)" under a page stamped Dec
    23 tells "yesterday" from the 24th, the page's stamp being the site's own clock."""
    for year in (stamp.year, stamp.year - 1, stamp.year + 1):
        try:
            told = date(year, month, day)
        except ValueError:
            continue
        if abs((told - stamp).days) <= 3:
            return told
    return stamp


def _valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


#: a headline whose subject meets, calls or receives: "A speaks by phone with B", "A meets
#: B", "A to meet B" (not "A rules out talks with B", "A cancels meeting with B", "A
#: recalls 2019 meeting with B", "A welcomes B's call for a truce")
_HEADLINE_MEETS_RE = re.compile(
    r"\b[A-Z][\w'’.-]*(?: to)? (?:meets?|met|speaks?|spoke|talks|holds?|held|receives?|received"
    r"|hosts?|hosted|visits?|visited|phones?|phoned|calls on|called on|confers?|conferred)\b"
)


def _tells_of_talks(headline: str) -> bool:
    from bot.parsing.meeting_words import TRIGGER_RE

    return (
        _HEADLINE_MEETS_RE.search(headline) is not None
        and TRIGGER_RE.search(headline.lower()) is not None
    )


def _parse(
    text: str,
    *,
    published: str | None,
    url: str | None,
    outlet: str | None,
    headline_lead: bool = False,
) -> ParsedArticle:
    from bot.parsing.clean import clean
    from bot.parsing.entities import analyse, country_codes
    from bot.parsing.gatherings import gatherings_beside, placed_at_the_gathering
    from bot.parsing.lexicon import load_lexicon
    from bot.parsing.meetings import MeetingReader
    from bot.parsing.people import PeopleReader
    from bot.parsing.tokens import split_sentences
    from bot.parsing.tours import tour_stops

    if not isinstance(text, str):
        text = str(text or "")
    text = text[:MAX_CHARS].replace("\x00", " ")
    lex = load_lexicon()
    art = clean(text, lex)
    if headline_lead and art.title:
        art.paragraphs.insert(
            0, art.title if art.title.endswith((".", "!", "?")) else art.title + "."
        )
    pub = art.published
    if pub is not None and art.published_other is not None:
        pub = _by_named_day(pub, art.published_other, text.lower())
        pub = _by_weekdays(pub, art.published_other, art.paragraphs[:5])
    body_text = "\n".join(art.paragraphs)
    if pub is None and art.dateline_md:
        month, day = art.dateline_md
        lead = art.paragraphs[0] if art.paragraphs else ""
        caller = _valid_date(published)
        year = dates.infer_year(month, day, body_text, lead)
        if year is None and caller:
            year = date.fromisoformat(caller).year
        if year is None:
            year = art.copyright_year  # "Madrid, Oct 3 (EFE).- ... © EFE 2025"
        if year:
            try:
                pub = date(year, month, day)
            except ValueError:
                pub = None
    stated = pub.isoformat() if pub else None
    pub_out = stated or _valid_date(published)
    if pub_out is None and (stamp := art.stamp_elsewhere) is not None:
        if (other := art.stamp_elsewhere_other) is not None:  # "Published: 12/4/2019"
            stamp = _by_named_day(stamp, other, text.lower())
            stamp = _by_weekdays(stamp, other, art.paragraphs[:5])
        pub_out = stamp.isoformat()  # the byline's date, the caller knowing none
    ref = date.fromisoformat(pub_out) if pub_out else None
    if ref is not None and art.dateline_md:
        ref = _the_datelines_day(ref, *art.dateline_md)

    sentences = []
    for pi, para in enumerate(art.paragraphs):
        for s in split_sentences(para, lex.abbreviations):
            sentences.append(analyse(len(sentences), s, lex, paragraph=pi))
    title_sent = analyse(-1, art.title, lex) if art.title else None
    embassy = lex.embassy_sides(art.outlet or outlet)
    own = None if art.outlet_cited else art.outlet or outlet  # a bureau's story: no home
    home = embassy[0] if embassy else lex.outlet_country(own) or art.zone_country
    capital = _dateline_capital(art.dateline, lex) if art.dateline else None
    people, occ = PeopleReader(lex).read(
        sentences,
        title_sent,
        home=home,
        dateline_home=capital[1] if capital else None,
        posted_in=embassy[1] if embassy else None,
        # an international agency's dateline is where its reporter sits, not a side
        dateline_is_a_side=not (home is None and lex.outlet(art.outlet or outlet or "")),
    )

    countries: set[str] = set()
    name_tokens = {(o.sentence, k) for o in occ for k in range(o.start, o.end)}
    for sent in sentences:
        for k, code in country_codes(sent):
            if (sent.index, k) not in name_tokens:
                countries.add(code)
        countries |= lex.joint_countries(sent.text, sides_only=False)
        if "-" in sent.text:
            countries |= _compound_countries(sent, lex)
    if title_sent is not None:
        countries |= {c for _, c in country_codes(title_sent)}
    if art.dateline:
        for part in art.dateline.split(","):
            code = lex.gazetteer.find_country(part.strip(), codes=False)
            country = lex.gazetteer.country(code) if code else None
            if country and part.strip().casefold() == country.name.casefold():
                countries.add(code)

    drafts = MeetingReader(lex).read(sentences, people, occ, ref, art.dateline)
    drafts = _the_talks_that_agreed_the_plan(drafts, occ)
    by_key = {p.key: p for p in people}
    drafts = _one_audience_per_envoy(drafts, by_key, occ, lex)
    _hosts(drafts, by_key, lex, art.dateline)
    if drafts and art.title:
        _a_call_by_its_headline(drafts[0], art.title)
    if drafts:
        lead = drafts[0]
        named = {o.person for o in occ if o.sentence == lead.first}
        _the_other_side(lead, by_key, countries, sentences[lead.first], named)
    if drafts and ref is not None:
        lead = drafts[0]
        named = {o.sentence for o in occ if o.person in lead.participants}
        lead_in = [s.text for s in sentences[: lead.first] if s.index in named]
        _dated_by_dateline(lead, art.dateline_md or (ref.month, ref.day), ref, lead_in)
    if drafts:
        _the_holders_of_the_office(drafts, people, lex)
    if ref is None and drafts:
        _dated_by_the_pages_year(drafts, body_text)
        _the_day_in_its_month(drafts)
    if drafts:
        placed_at_the_gathering(drafts[0], lex, body_text)
    if capital is not None and drafts:
        _placed_by_dateline(drafts[0], capital, by_key, lex, sentences[0].text, body_text)
    # a building the text does not place: in the dateline's capital, or with none, in the
    # capital of the national outlet's country (where its officials receive)
    if (venue_city := capital or _home_capital(home, lex)) is not None and drafts:
        _venues_in_the_dateline_city(drafts, venue_city, by_key, lex)
    if drafts:
        _placed_by_the_visit(drafts[0], by_key, lex, body_text)
        _each_country_as_the_lead(drafts)
        _the_rounds_day_and_place(drafts)
        _on_the_leads_day(drafts)
        _within_the_news(drafts)
        _placed_with_the_lead(drafts)
        drafts += tour_stops(drafts, sentences, occ, by_key, lex)
        drafts += gatherings_beside(drafts)
    _seats_in_their_city(drafts, lex)
    meetings = []
    for i, d in enumerate(drafts):
        names = [by_key[k].name for k in d.participants if k in by_key]
        meetings.append(
            ParsedMeeting(
                # every encounter of the round the news is about is news
                primary=i == 0
                or d.round is not None
                and d.round is drafts[0].round
                # "was to meet A on Sunday and B on Monday": each encounter the lead told of
                or bool(d.days)
                and d.days == drafts[0].days
                and d.first == drafts[0].first
                # "held separate calls with A and B", "separate meetings with the ambassadors
                # of A, B and C": each one the lead told of
                or (d.separate or d.per_country)
                and (drafts[0].separate or drafts[0].per_country)
                and d.first == drafts[0].first,
                summary=_summary(d.evidence[0]) if d.evidence else "",
                participants=tuple(names),
                countries=tuple(sorted(d.countries)),
                date=d.date,
                location=d.location,
                mode=d.mode,
                status=d.status,
                evidence=tuple(d.evidence),
            )
        )
    return ParsedArticle(
        title=art.title,
        published=pub_out,
        outlet=art.outlet or outlet,
        dateline=art.dateline,
        countries=tuple(sorted(countries)),
        people=tuple(
            ParsedPerson(
                name=p.name,
                mentions=tuple(p.mentions),
                role=p.role,
                org=p.org,
                country=p.country,
                evidence=tuple(p.evidence),
            )
            for p in people
        ),
        meetings=tuple(meetings),
        url=url,
        parser_version=PARSER_VERSION,
    )


def _one_audience_per_envoy(drafts: list, by_key: dict, occ: list, lex: Lexicon) -> list:
    """ "The President received the letters of credence of four new ambassadors": each
    envoy presents their own letters to the head of state, so each is an encounter of its
    own (the head of state and that envoy), told with the day and the place of the
    ceremony. The envoys are those the story names with their country."""
    from bot.parsing.meeting_words import CREDENTIAL_WORDS

    out = []
    received: set[int] = set()  # the envoys each given an audience of their own
    for d in drafts:
        told = " ".join(d.evidence).casefold()
        host = d.participants[0] if d.participants else None
        if host is not None and (
            not all(_is_envoy(by_key.get(k), lex) for k in d.participants[1:])
            or len(d.participants) > 1
            and _is_envoy(by_key.get(host), lex)
        ):
            host = None  # "X presented his credentials to President Y": one audience
        if host is None or not any(w in told for w in CREDENTIAL_WORDS):
            out.append(d)
            continue
        host_country = by_key[host].country if host in by_key else None
        near = {o.person for o in occ if d.first - 2 <= o.sentence <= d.first + 2}
        envoys = [  # "Renata Lacerda of Brazil", "Japan's new ambassador, Takeshi Morimoto"
            p
            for p in by_key.values()
            if p.key != host
            and p.key in near
            and p.country
            and p.country != host_country
            and _is_envoy(p, lex)
            # of a side the ceremony names, or with an envoy's title of their own ("They are
            # A, Ambassador of Brazil; B, ..."): the envoys the next lines name
            and (p.country in d.countries or p.role is not None)
        ]
        if len(envoys) < 2:
            if len(d.countries) >= 2 or len(d.participants) >= 2:
                out.append(d)  # (a host alone at a ceremony with no envoy named is no meeting)
            continue
        home = {host_country} if host_country else d.countries - {p.country for p in envoys}
        received.update(p.key for p in envoys)
        for p in envoys:
            out.append(
                replace(
                    d,
                    participants=[host, p.key],
                    countries={*home, p.country} if len(home) == 1 else {p.country},
                    evidence=list(d.evidence),
                )
            )
    # "the Minister of State received the credentials of A, B and C" once the host's
    # audiences with each are told: the envoys did not meet each other, nor the host's aides
    # who "were also present" (one list of the envoys with them is no meeting of theirs)
    return [
        d
        for d in out
        if not (
            len(set(d.participants) & received) >= 2
            and any(w in " ".join(d.evidence).casefold() for w in CREDENTIAL_WORDS)
        )
    ]


def _is_envoy(person: object, lex: Lexicon) -> bool:
    """Whether the text gives the person an envoy's role, or none at all."""
    role = getattr(person, "role", None)
    return role is None or lex.is_envoy_title(role)


def _hosts(drafts: list, by_key: dict, lex: Lexicon, dateline: str | None) -> None:
    """ "Ellison met Foreign Minister Bui Minh Chau in Hanoi": an official the text gives no
    country, met in a capital by visitors from elsewhere, serves the host country, where the
    story comes from that capital or the host is one of the meeting's sides."""
    for d in drafts:
        if not d.location or d.mode in ("call", "virtual"):
            continue
        city = d.location.split(",")[0].strip()
        code = lex.gazetteer.capital_country(city)
        if code is None:
            continue
        known = _served(d, by_key) - {None}
        guessed = [p for k in d.participants if (p := by_key.get(k)) and p.guessed and p.role]
        sure = {p.country for k in d.participants if (p := by_key.get(k)) and not p.guessed}
        if guessed and len(known) == 1 and code not in known and known == sure - {None}:
            # "Ndiaye travelled to Paris for talks with President Fabre": the president the
            # page's own country was only guessed for is the host, not a second Senegalese
            for p in guessed:
                p.country = code
            d.countries.add(code)
            continue
        from_there = dateline is not None and city.casefold() == dateline_city(dateline).casefold()
        if not from_there and code not in d.countries:
            continue  # a visit reported from where it happens, or to a side; not a venue abroad
        if not known or code in known:
            continue
        for k in d.participants:
            p = by_key.get(k)
            if p is not None and p.country is None and p.role:
                p.country = code
                d.countries.add(code)


#: a headline that tells a phone call: "PM call with Prime Minister X", "Leaders hold
#: phone talks", not "a call for peace", "calls on", nor a video call
_CALL_HEADLINE_RE = re.compile(
    r"\b(?:(?<!video )call with|phone call|phone talks|telephone (?:call|conversation|talks)"
    r"|spoke by phone|speak by phone)\b",
    re.IGNORECASE,
)


def _a_call_by_its_headline(lead: Draft, title: str) -> None:
    """ "PM call with Prime Minister X": the readout's lead ("The Prime Minister spoke to
    Prime Minister X") tells no kind of talk, whatever the sentences after it take up
    ("They discussed the G7 summit"); the headline says it was a call."""
    if lead.mode == "call" or lead.first > 1 or not lead.evidence:
        return
    from bot.parsing.meeting_words import meeting_mode

    told = lead.evidence[0].lower()
    if meeting_mode(told, "") == "unknown" and _CALL_HEADLINE_RE.search(title):
        lead.mode = "call"


def _the_talks_that_agreed_the_plan(drafts: list, occ: list) -> list:
    """ "A and B agreed to broker a summit between C and D in April. A and B met Friday in
    Montevideo": the news is the talks that agreed on the plan the lead tells, when those
    who agreed are told meeting a sentence or two on."""
    lead = drafts[0] if drafts else None
    if lead is None or lead.status != "planned":
        return drafts
    agreed = {o.person for o in occ if o.sentence == lead.first} - set(lead.participants)
    for i, d in enumerate(drafts[1:4], 1):
        if (
            d.status == "held"
            and d.first - lead.first <= 2
            and len(d.participants) >= 2
            and set(d.participants) <= agreed
        ):
            return [d, *drafts[:i], *drafts[i + 1 :]]
    return drafts


def _the_other_side(
    lead: Draft, by_key: dict, countries: set[str], told: Sentence, named: set[int]
) -> None:
    """ "President Hichilema has held bilateral talks with Ethiopian Prime Minister Abiy" on a
    page naming Zambia and Ethiopia alone: the news is of two states, one of them marked in
    the sentence that tells it (`told`, naming both), so the official with a bare title only
    guessed to be the other's compatriot (the page names Ethiopia most) serves the other."""
    served = _served(lead, by_key)
    if len(served) != 1 or not served < countries or len(countries) != 2:
        return
    if lead.mode == "unknown" or not set(lead.participants) <= named:
        return  # a meeting word of no known kind ("talks on ...") tells no sure encounter
    from bot.parsing.entities import country_codes

    marked = country_codes(told)
    if not served & {code for _, code in marked}:
        return  # "reporting to President Widodo at the Palace": no side marked, one state's
    (other,) = countries - served
    if any(code == other and k and told.keys[k - 1] == "to" for k, code in marked):
        return  # "talks with opposition leader X ahead of his visit to Uganda": a journey's end
    guessed = [p for k in lead.participants if (p := by_key.get(k)) and p.guessed and p.role]
    if not guessed or len(guessed) == len(lead.participants):
        return
    for p in guessed:
        p.country = other
    lead.countries.add(other)


def _dated_by_dateline(
    lead: Draft, month_day: tuple[int, int], ref: date, lead_in: list[str]
) -> None:
    """ "Astana, 19 June 2025 - X held consultations with Y": the news the lead sentence
    tells without a day of its own happened on the dateline's day (or, with no dateline
    day, on the page's own). The lead may open the story a sentence or two down, past a
    standfirst or a scene-setting line; where a line before it names the lead's people
    and gives the day ("X pressed China's top diplomat on Friday ... X met Tang for five
    hours"), the news happened then."""
    if lead.date is not None or lead.status != "held" or lead.first > 2:
        return
    from bot.parsing.dates import event_date, safe_date

    for text in lead_in:
        told = event_date(text, ref)
        if told and len(told) == 10 and told <= ref.isoformat():
            lead.date = told
            return
    day = safe_date(ref.year, *month_day)
    lead.date = day.isoformat() if day else None


def _placed_by_dateline(
    lead: Draft,
    capital: tuple[str, str],
    by_key: dict,
    lex: Lexicon,
    opening: str,
    body: str,
) -> None:
    """ "ASTANA - X held consultations with Y": news the lead sentence tells without a place
    of its own, face to face or of no kind told (no call), with an official of the
    dateline's country, happened in the dateline's city, in person (a bureau reports on
    other capitals' meetings too)."""
    if lead.mode not in ("in_person", "unknown") or lead.status != "held":
        return
    # "on a visit to Uzbekistan" under TASHKENT: the visit is in the dateline's city
    the_country = (
        lead.location is not None
        and lex.gazetteer.find_country(lead.location, codes=False) == capital[1]
        and lex.gazetteer.capital_country(lead.location) is None
    )
    if lead.location is not None and not the_country:
        return  # a venue of its own
    # the lead sentence's, or that of the round ("held talks with presidents of different
    # countries") whose first encounter the lead is
    first = lead.round.first if lead.round is not None else lead.first
    # "LONDON: X held talks with Y on the sidelines of the summit ... got underway in London":
    # a gathering in the dateline's city, whoever sat in the talks
    sidelines = "sidelines of" in opening and capital[0] in body
    if first == 0 and (the_country or sidelines or capital[1] in _served(lead, by_key)):
        away = None if the_country else _visiting_elsewhere(lead, capital, by_key, lex, body)
        away = away or (None if the_country else _visit_abroad(lead, capital, by_key, lex, opening))
        lead.location = away or capital[0]
        lead.mode = "in_person"  # "TEHRAN- X held talks with Y": no call told, so face to face


#: "X, who is on a two-day visit to Kathmandu,": where someone is staying as the news is told
#: (not "who was on a visit to ... in March", nor "who is on a visit to ... next month")
_ON_A_VISIT_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+), who is (?:currently |now )?on an? (?:[\w-]+ ){0,3}?visit to "
    r"(?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[,.;])"
)


def _visiting_elsewhere(
    lead: Draft, capital: tuple[str, str], by_key: dict[int, Person], lex: Lexicon, body: str
) -> str | None:
    """ "NEW DELHI: X held talks with Y ... X, who is on a two-day visit to Kathmandu,": a
    bureau at home reports its own official's talks abroad, in the other side's capital."""
    from bot.parsing.meeting_places import capital_named

    home = {
        by_key[k].name.rsplit(None, 1)[-1]
        for k in lead.participants
        if k in by_key and by_key[k].country == capital[1]
    }
    sides = _served(lead, by_key)
    for m in _ON_A_VISIT_RE.finditer(body) if home and ", who is " in body else ():
        city = capital_named(lex, m.group("city"))
        code = lex.gazetteer.capital_country(city) if city else None
        if code is not None and code != capital[1] and code in sides and m.group("name") in home:
            return city
    return None


#: "during a three-day visit to the South American country", "on a visit to Paraguay"
_VISIT_ABROAD_RE = re.compile(
    r"\b(?:during|on) (?:a|an|his|her|their) (?:[\w-]+ ){0,3}?(?:visit|trip|tour|journey) to "
    r"(?:the (?P<kind>(?:[\w-]+ ){1,2}(?:country|nation))\b"
    r"|(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))"
)


def _visit_abroad(
    lead: Draft, capital: tuple[str, str], by_key: dict[int, Person], lex: Lexicon, opening: str
) -> str | None:
    """ "TAIPEI - A delegation led by X joined President Y for dinner during a three-day
    visit to the South American country": the lead sentence takes its meeting abroad, to
    the other side, not to the bureau's city."""
    from bot.parsing.meeting_places import VISIT_OF_ITS_OWN_TIME_RE, host_country

    if "to " not in opening or (m := _VISIT_ABROAD_RE.search(opening)) is None:
        return None
    if "visiting " in opening or VISIT_OF_ITS_OWN_TIME_RE.match(opening, m.end()):
        return None  # the guest's visit to the bureau's country, or a trip of another time
    others = sorted(_served(lead, by_key) - {capital[1], None})
    if m["place"]:
        code = host_country(lex, m["place"])
        return m["place"] if code is not None and code in others else None
    country = lex.gazetteer.country(others[0]) if len(others) == 1 else None
    return country.name if country else None


def _placed_by_the_visit(lead: Draft, by_key: dict, lex: Lexicon, body: str) -> None:
    """ "The President received X on an official visit to our country ... X arrived in
    Cuba on Wednesday": news held face to face (or of no kind told) that no sentence
    places happened where the visit took its visitor; news placed only in a building
    ("at State House") is told with that city, as a reader needs both."""
    from bot.parsing.meeting_places import is_building, is_country_place, visited_place

    if lead.status != "held" or lead.mode not in ("in_person", "unknown"):
        return
    if lead.location is None:
        lead.location = visited_place(lex, body, _served(lead, by_key))
    elif (
        "," not in lead.location
        and is_building(lead.location)
        and lex.gazetteer.seat_city(lead.location) is None
        and (city := visited_place(lex, body, _served(lead, by_key))) is not None
        and not is_country_place(city)
    ):
        lead.location = f"{lead.location}, {city}"  # "at State House", on a visit to Suva


def _each_country_as_the_lead(drafts: list) -> None:
    """ "had separate meetings with the ambassadors of A, B and C": the encounters one
    sentence told, one with each country, were held the same way and in the same place;
    what the article's passes found for the first holds for the others."""
    lead = drafts[0]
    if not (lead.per_country or lead.separate):
        return
    # (and "met A and B separately": the encounters split from the lead sentence's one)
    for d in drafts[1:]:
        told_alike = d.per_country if lead.per_country else d.separate
        if told_alike and d.first == lead.first and d.status == lead.status:
            d.location = d.location or lead.location
            d.mode = lead.mode if d.mode == "unknown" else d.mode


def _venues_in_the_dateline_city(
    drafts: list, capital: tuple[str, str], by_key: dict, lex: Lexicon
) -> None:
    """ "received ... at the Presidential Complex" under an ANKARA dateline (or on a Turkish
    outlet's page with none), with a Turkish official there: the building stands in that
    capital, and a reader (and a digest) needs both ("Presidential Complex, Ankara")."""
    from bot.parsing.meeting_places import is_building

    city, code = capital
    lead = drafts[0]
    # "Kang paid a courtesy call on the President at the State Palace", the day after his
    # talks in Ulaanbaatar, on a Seoul page: the news was placed in another city, and the
    # building stands where the visit was (_placed_with_the_lead names that city)
    away = lead.location not in (None, city) and not is_building(lead.location)
    for d in drafts:
        if not d.location or "," in d.location or not is_building(d.location):
            continue
        if away and d is not lead and _on_the_leads_visit(d, lead):
            continue
        if (seat := lex.gazetteer.seat_city(d.location)) and seat != city:
            continue  # "Dolmabahçe Palace" under an ANKARA dateline: in Istanbul, as the table says
        if (named := _city_in_the_name(d.location, lex)) and named != city:
            continue  # "the Kuala Lumpur Convention Centre" under MANILA: in Kuala Lumpur
        if code in _served(d, by_key):
            d.location = f"{d.location}, {city}"  # "Presidential Complex, Ankara"


def _city_in_the_name(building: str, lex: Lexicon) -> str | None:
    """The capital a conference venue's name opens with ("Accra International Conference
    Centre"); "Victoria Palace" or "Victoria Park Hotel" names no city."""
    words = building.split()
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        if lex.gazetteer.capital_country(head) is not None and any(
            w.casefold() in lex.event_venue_words for w in words[n:]
        ):
            return head
    return None


def _seats_in_their_city(drafts: list, lex: Lexicon) -> None:
    """ "received at the Akorda": a seat of government known by its own name stands in one
    city, which the digest shows beside it ("Akorda, Astana")."""
    for d in drafts:
        if d.location and "," not in d.location:
            city = lex.gazetteer.seat_city(d.location)
            if city and city.casefold() not in d.location.casefold():
                d.location = f"{d.location}, {city}"


def _the_rounds_day_and_place(drafts: list) -> None:
    """ "ASTANA - X received ambassadors of Russia and China. During the meeting with the
    Russian ambassador ... At the meeting with the Chinese ambassador ...": each encounter of
    the round the news is about happened when and where the first one did, as the dateline
    tells it."""
    lead = drafts[0]
    if lead.round is None:
        return
    for d in drafts[1:]:
        if d.round is lead.round and d.status == lead.status and d.mode == lead.mode:
            d.date = d.date or lead.date
            d.location = d.location or lead.location


_SAME_DAY_OPENERS = (
    *("Earlier, ", "Later, ", "Earlier in the day", "Later in the day", "Earlier that day"),
    *("Later that day", "Later the same day", "Earlier the same day"),
)


def _on_the_leads_day(drafts: list) -> None:
    """ "Earlier, Anwar received a courtesy call from X": an encounter of the lead's
    people, told with no day of its own after the news, held the day the news was."""
    lead = drafts[0]
    if not lead.date or len(lead.date) != 10 or lead.status != "held":
        return
    for d in drafts[1:]:
        if (
            d.date is None
            and d.status == "held"
            and d.evidence
            and d.evidence[0].startswith(_SAME_DAY_OPENERS)
            # "Earlier, the two leaders had met at the UN": before the news, not on its day
            and " had " not in d.evidence[0]
            and set(d.participants) & set(lead.participants)
        ):
            d.date = lead.date


#: words that set an encounter at another time than the news's, or at none ("earlier",
#: "last year", "since", "recalled", "had met", "several times", "on three occasions",
#: "during her tenure", "in the coming weeks", "at a later date", "in the autumn"), and a
#: day or month named that left it undated ("who arrived on Tuesday evening, paid a
#: courtesy call on X"): it keeps no day rather than take the news's
_ANOTHER_TIME_RE = re.compile(
    r"\b(?:earlier|ago|last|previous(?:ly)?|since|recall\w*|former(?:ly)?|before|after|"
    r"prior|recent(?:ly)?|similar|yesterday|a day|first|times|occasions|often|tenure|"
    r"coming|later|end of|autumn|spring|summer|winter|fall|(?:19|20)\d\d)\b"
    r"|\bhad (?:\w+ )?(?:met|held|spoken|talked|seen|visited|been|\w+ed)\b",
    re.IGNORECASE,
)
#: "at 11.30 a.m.", "at noon": an hour of the day, no day of its own
_AN_HOUR = r"at (?:noon|midday|\d{1,2}(?:[.:]\d\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{4} hours\b)"
#: the hour opening the sentence ("At noon, X will meet Y"), or told of the meeting word
#: before it in the same clause ("will meet Y at 11.30 a.m.", "talks at 1400 hours")
_AT_THE_HOUR_RE = re.compile(
    rf"^{_AN_HOUR}|\b(?:meet|meets|met|meeting|talks|hold|holds|held|receive|receives"
    rf"|received|call|calls|lunch|dinner)\b[^,;.]{{0,80}}?\b{_AN_HOUR}",
    re.IGNORECASE,
)
#: "The next day at 10 a.m.", "on the second day of the visit": a day after the news's
_ANOTHER_DAY_RE = re.compile(
    r"\b(?:next|following|second|third|fourth|last|same) day\b|\bday after\b", re.IGNORECASE
)
_A_DAY_NAMED_RE = re.compile(r"\b(?:" + dates.WEEKDAY_WORD + "|" + dates.MONTH_WORD + r")\b")


def _within_the_news(drafts: list[Draft]) -> None:
    """ "Similarly, the minister also conferred with X", "He was received by Y": a further
    encounter of the lead's own people, told as the news is (held, or planned) and with no
    time of its own, belongs to the visit or round the news is about, so to its days; one
    the sentence sets at another time, or at none, stays undated. Only the sentence that
    first told it is read: the later ones merged into it point back to it. A programme's
    hour ("At noon, the finance minister will meet his counterpart") sets its encounter on
    the news's day too, whoever meets.

    Runs after _on_the_leads_day, which has dated the "Earlier, ..." openers this step
    would leave alone."""
    lead = drafts[0]
    if not lead.date:
        return
    for d in drafts[1:]:
        if d.date is not None or d.status != lead.status or d.from_since or d.earlier or d.sub:
            continue
        told = d.evidence[0] if d.evidence else ""
        shared = bool(set(d.participants) & set(lead.participants))
        if len(lead.date) == 10 and _at_the_hour(told):
            # "... at 12.15 p.m., at Maximos Mansion, after which they will speak to the
            # press": what follows the hour's meeting, not a time of the meeting's own
            told = told.replace(", after which", ",")
        elif not shared:
            continue
        if told and not _ANOTHER_TIME_RE.search(told) and not _A_DAY_NAMED_RE.search(told):
            d.date = lead.date


def _at_the_hour(told: str) -> bool:
    """Whether the meeting is told at an hour of the day, and on no other day: "At noon, X
    will meet Y", "will meet Y at 11.30 a.m." (not "the border reopens at 6 p.m.", "a
    statement issued at 10 a.m.", "The next day at 10 a.m.")."""
    return bool(_AT_THE_HOUR_RE.search(told)) and not _ANOTHER_DAY_RE.search(told)


def _placed_with_the_lead(drafts: list[Draft]) -> None:
    """ "Later the same day, he held talks with ...": a face-to-face encounter on the day of
    the face-to-face news, told the same way (held, or planned) and placed nowhere, happened
    where the news did: a visitor meets his hosts in the one city on one day."""
    from bot.parsing.meeting_places import is_building

    lead = drafts[0]
    if not lead.location or lead.mode != "in_person":
        return
    venue, _, city = lead.location.rpartition(", ")
    # "at the Palace of Serbia, Belgrade": the city, not the building of the lead's own talks
    place = city if venue and is_building(venue) else lead.location
    for d in drafts[1:]:
        if d.mode in ("call", "virtual"):
            continue
        if d.location is None and lead.date and (d.date, d.status) == (lead.date, lead.status):
            d.location = place
        elif not is_building(place) and _on_the_leads_visit(d, lead):
            # "On Thursday, Kang paid a courtesy call on the President": the visitor's next
            # day, in the visit's city (a city: the lead's own building is not the others');
            # "... at the State Palace": a building in that city
            if d.location is None:
                d.location = place
            elif "," not in d.location and is_building(d.location):
                d.location = f"{d.location}, {place}"


def _on_the_leads_visit(d: Draft, lead: Draft) -> bool:
    """Whether an encounter one of the lead's sides held face to face is a further step of
    the lead's visit, so in its city: within two days of it, or, on a page that dates
    neither, one told as no earlier meeting ("X further had a meeting with Y", not "X
    previously met Y at State House")."""
    if d.mode in ("call", "virtual") or not d.status == lead.status == "held":
        return False
    if not set(d.participants) & set(lead.participants):
        return False
    if d.date is None and lead.date is None:
        told = d.evidence[0].lower() if d.evidence else ""
        return not d.earlier and not any(w in told for w in _EARLIER_WORDS)
    return _days_apart(d.date, lead.date) <= 2


# "previously met", "had met before", "last met": an encounter before the visit
_EARLIER_WORDS = ("previous", "before", "last ", "earlier", "former", " ago", "in the past")


_OFFICE_OF_RE = re.compile(
    r"\b(?:the )?(presidents|prime ministers|foreign ministers|heads of state|leaders) of "
    r"(?:the )?[A-Z]"
)


def _the_holders_of_the_office(drafts: list, people: list, lex: Lexicon) -> None:
    """ "an informal meeting of the presidents of Azerbaijan, Kazakhstan, Russia and
    Turkmenistan": a meeting told with no one named is of the holders of that office the
    page names for those countries, where it names them for two or more."""
    from bot.parsing.lexicon import holds_title

    for d in drafts:
        if d.participants or len(d.countries) < 2 or not d.evidence:
            continue
        m = _OFFICE_OF_RE.search(d.evidence[0])
        if m is None:
            continue
        office = m.group(1)
        titles = (
            lex.leader_titles
            if office in ("heads of state", "leaders")
            else (office[:-1],)  # "presidents": "president"
        )
        holders = [
            p
            for p in people
            if p.country in d.countries
            and holds_title(p.role, titles)
            # a vice-president or a former president does not hold the office
            and not any(w in (p.role or "").casefold() for w in ("vice", "former", "deputy"))
        ]
        countries = [p.country for p in holders]
        if len(set(countries)) >= 2 and len(set(countries)) == len(countries):
            d.participants.extend(p.key for p in holders)


def _dated_by_the_pages_year(drafts: list, body: str) -> None:
    """A page with no date of its own whose written dates all fall in one year ("June 12,
    2021" under an embedded post): a day it tells without a year ("on June 12") is of that
    year."""
    years = {d.year for _, d in dates.full_dates(body)}
    if len(years) != 1:
        return
    year = years.pop()
    for d in drafts:
        if d.date is None and d.evidence and "since" not in (low := d.evidence[0].lower()):
            # the sentence's one day, so never that of another event it also tells of
            told = _days_told(low, year)
            if len(told) == 1 and (day := told[0][1]):
                d.date = day.isoformat()


def _days_told(low: str, year: int) -> list[tuple[re.Match[str], date | None]]:
    """Each month and day a sentence writes without its year ("on June 12", "06
    December"), read in `year` (None where that year has no such day)."""
    return [
        (m, dates.safe_date(year, dates.MONTHS[m["mon"].casefold()], int(m["d"])))
        for m in (*dates.MD_RE.finditer(low), *dates.DM_RE.finditer(low))
    ]


_HELD_ON_RE = re.compile(r"(?<!due )(?<!set )(?<!scheduled )(?<!planned )(?<!slated )\bon $")


def _the_day_in_its_month(drafts: list) -> None:
    """ "December 2016 - X held talks with Y at the State Palace on 06 December": a meeting
    dated only to its month is held on the one day of that month its sentence tells as
    "on" that day; the month gives the day its year."""
    for d in drafts:
        if not d.date or len(d.date) != 7 or not d.evidence:
            continue
        low = d.evidence[0].lower()
        year, month = int(d.date[:4]), int(d.date[5:])
        # "on 06 December": the day it was held, not "the summit due on March 28" nor
        # "since the March 3 election"
        days = {
            day for m, day in _days_told(low, year) if day and _HELD_ON_RE.search(low, 0, m.start())
        }
        if len(days) == 1 and (day := days.pop()).month == month:
            d.date = day.isoformat()


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two full dates; a large number where either is not a full date."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return 10**6
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 10**6


def _home_capital(home: str | None, lex: Lexicon) -> tuple[str, str] | None:
    """(capital, code) of the outlet's home country, where it has one capital."""
    country = lex.gazetteer.country(home) if home else None
    if country is None or len(country.capitals) != 1:
        return None
    return country.capitals[0], country.code


def _dateline_capital(dateline: str, lex: Lexicon) -> tuple[str, str] | None:
    """(city, country code) of a dateline that names a capital ("ANKARA", "Beijing, May 3")."""
    city = dateline_city(dateline)
    code = lex.gazetteer.capital_country(city)
    country = None if code else lex.gazetteer.country(lex.gazetteer.find_country(city))
    if country is not None and city.casefold() == country.name.casefold():
        # "Kuwait: ...": a country named as its capital is ("Kuwait City", "Panama City")
        named = [c for c in country.capitals if c.startswith(f"{country.name} ")]
        return (named[0], country.code) if named else None
    return (city, code) if code else None


def _served(d: Draft, by_key: dict) -> set[str | None]:
    """The countries the meeting's participants serve (None for those the text gives none)."""
    return {by_key[k].country for k in d.participants if k in by_key}


def _by_weekdays(read: date, other: date, lead: list[str]) -> date:
    """Of two readings of a stamp, the one the lead's weekday fits ("on Tuesday" is the
    day of the stamp or, less surely, the day before); the first where the lead does not
    tell."""
    from bot.parsing.dates import WEEKDAY_RE, WEEKDAYS

    named = {WEEKDAYS[m["wd"]] for p in lead for m in WEEKDAY_RE.finditer(p.lower())}
    if not named:
        return read

    def fit(d: date) -> int:  # 2: the stamp's own day; 1: the day before it
        return 2 if d.weekday() in named else 1 if (d.weekday() - 1) % 7 in named else 0

    return other if fit(other) > fit(read) else read


def _by_named_day(read: date, other: date, low: str) -> date:
    """Of two readings of a stamp, the one whose day the text names in words ("Bogota,
    Dec. 4." under "Published: 12/4/2019"); the first where it names neither."""
    from bot.parsing.dates import DM_RE, MD_RE, MONTHS

    named = {
        (MONTHS.get(m["mon"]), int(m["d"]))
        for pattern in (MD_RE, DM_RE)
        for m in pattern.finditer(low)
    }
    if (other.month, other.day) in named and (read.month, read.day) not in named:
        return other
    return read


def _summary(sentence: str) -> str:
    s = " ".join(sentence.split())
    return s if len(s) <= 200 else s[:197].rsplit(" ", 1)[0] + "..."


def _compound_countries(sent: Sentence, lex: Lexicon) -> set[str]:
    """Countries named inside a hyphenated compound ("the India-Gulf meeting")."""
    out: set[str] = set()
    for i, key in enumerate(sent.keys):
        if "-" not in key or sent.entity_at[i] is not None or not sent.tokens[i][:1].isupper():
            continue
        for part in key.split("-"):
            ent = lex.entities.get((part,))
            if ent is not None and ent.kind == "country" and ent.code:
                out.add(ent.code)
    return out
