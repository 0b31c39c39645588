"""Where a meeting took place, and the day a "where" clause gives it.

"in/at <Place>", "the Chinese capital", "a visit to X", "here" under a dateline: each
place a clause names is ranked, and the most precise one the gazetteer accepts is the
meeting's. Buildings, capitals and host countries are told apart here, so that merging
and the article's last passes ask one module what a place is.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from bot.parsing import dates
from bot.parsing.entities import Sentence, country_codes
from bot.parsing.lexicon import Lexicon, token_key
from bot.parsing.meeting_words import TRIGGER_RE, any_in
from bot.parsing.patterns import TextPattern
from bot.parsing.places import dateline_city

LOCATION_RE = TextPattern(  # (?<!\w..) is a \b before in/at: written after them, it lets the
    # regex engine skip straight to an "i" or an "a" instead of trying every position
    # "in downtown Lima": the city all the same
    r"(?:[Ii]n|at)(?<!\w..)\s+(?:the\s+)?(?:downtown\s+)?(?P<place>"
    # "at No. 10 Downing Street", "at 10 Downing street": a house's number opens its street
    r"(?:(?:No\.? ?)?\d{1,4} (?=[A-Z][\w'’\-]+ (?:[Ss]treet|[Rr]oad|[Aa]venue)\b))?"
    r"(?:[A-Z][\w'’\-]+)"
    # "Dar es Salaam", "Punta del Este", "Santa Cruz de la Sierra", "Palacio de los Leones"
    r"(?:\s+(?:[A-Z][\w'’\-]+"
    r"|(?:of the|of|de las|de los|de la|del|de|du|es|dos|das|do|da|street|road|avenue)(?!\w)))*"
    r"(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
)
#: the capitalised words of a title or an office, with the small words and commas inside it
_CAPITALISED_RUN = (
    r"(?:[A-Z][\w'’.\-]*|of|for|the|and|&|,)(?:\s+(?:[A-Z][\w'’.\-]*|of|for|the|and|&|,)|,)*"
)
_SMALL_WORDS_OF_A_TITLE = ("of", "for", "the", "and", "&", ",")
_CAPITALISED_RUN_RE = re.compile(_CAPITALISED_RUN)
CAPITAL_OF_RE = TextPattern(
    r"\b(?:the\s+)?(?P<dem>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)(?:['’]s)? capital(?:,)?"
    r"(?:\s+(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))?"
)
_CITY = r"[A-Z][\w\-'’]+(?: (?:de |da |do |del |la |el )?[A-Z][\w\-'’]+)?"  # "Rio de Janeiro"
# a visit's city may run to three words ("Bandar Seri Begawan"), checked against the gazetteer
_CITY3 = r"[A-Z][\w\-'’]+(?: (?:de |da |do |del |la |el )?[A-Z][\w\-'’]+){0,2}"
_BUILDING_IN_CITY_RE = re.compile(
    rf"\bat the (?P<building>(?:[a-z][\w-]* ){{0,2}}[a-z]+), (?P<city>{_CITY})(?![\w'’-])"
)
#: the words of a state's formal name before its own: "the Republic of Cyprus"
_STATE_OF = (
    r"(?:(?:Republic|Kingdom|State|Sultanate|Federation|Commonwealth|Principality) of (?:the )?)"
)
_STATE_OF_RE = re.compile(_STATE_OF)
_VISIT_PLACE_RE = TextPattern(
    r"\b(?:his |her |their )?(?P<city>[A-Z][\w\-]+)(?= (?:visit|trip)\b)"
    # "a working visit to the Republic of Cyprus", "to the United Arab Emirates"
    rf"|\b(?:visit|trip|arrived|arrives) (?:to|in) (?:the )?(?P<city2>{_STATE_OF}?{_CITY3})"
    # "The visit of the President of Uzbekistan X to Dushanbe began with a meeting"
    rf"|\b(?:visit|trip) of [^,.;()]{{1,90}}? to (?P<city6>{_CITY3})"
    rf"|\b(?:visit|visits|visited|visiting) (?P<city3>{_CITY3})"
    # "plans to visit the United States": a state whose name takes "the" (not "firms
    # visiting the United Kingdom", whoever else goes there, nor "X, who visited the United
    # States in April, held talks", another trip)
    rf"|(?<!who )\b(?:visit|visits|visited) the (?P<city9>{_CITY3})"
    # "Visiting Athens on Thursday, X met Y" (not "Visiting Beijing remains a priority")
    rf"|(?:^|[.;] )Visiting (?P<city7>{_CITY3})(?=,| on\b| today\b| yesterday\b| this week\b)"
    rf"|\bwho (?:is|was) visiting the (?P<city8>{_CITY3})"  # "..., who is visiting the UAE,"
    r"|\b(?:travel(?:s|ed|led|ing|ling)?(?: on)?|fl(?:y|ies|ew|ying)(?: on)?|head(?:s|ed|ing)?"
    rf"|(?:move|moves|moved|moving) on|proceed(?:s|ed|ing)?) to (?P<city4>{_CITY3})"
    # "set to reach Beijing" (not "migrants who seek to reach United States")
    r"|(?<!seek to )(?<!seeking to )(?<!try to )(?<!trying to )(?<!hope to )(?<!hoping to )"
    rf"(?<!want to )(?<!attempt to )\b(?:reach|reaches|reached|reaching) (?P<city5>{_CITY3})"
)
# "welcomed the Minister of Foreign Affairs of Estonia, X, to Riga": the host's city
_WELCOMED_TO_RE = re.compile(
    # (not "backed her plan to return the exiles to Caracas": one welcomed, then the city)
    # ("welcomed X to the White House": a seat the gazetteer knows)
    rf"\bwelcom(?:ed|es|ing) [^.]{{1,250}}?(?:,|\b[A-Z][\w'’.-]*) to (?:the )?(?P<city>{_CITY3})"
    r"(?=[,.]|$| on\b| for\b)"
)

_ARRIVED_IN_RE = TextPattern(
    # "arrived Thursday in the Bulgarian capital Sofia"
    # "X and Y will be in Washington next week": where the visitors are to be
    r"\b(?:arrived|arrives|landed|lands|will be)"
    rf"(?: (?:on |late |early )?(?:{dates.WEEKDAY_WORD}|today|yesterday))? in "
    # "arrived in the Jordanian capital city, Amman"
    r"(?:the (?:[A-Z][\w\-]+ )?capital(?: city)?,? )?"
    rf"(?P<city>{_CITY})"
)
#: what every _ARRIVED_IN_RE match holds
ARRIVAL_NEEDLES = ("arrive", "landed ", "lands ", "will be ")
_FROM_WHERE_RE = TextPattern(  # "heads on Thursday to Abidjan, where she is due to meet X"
    # "left for the Philippines, where he will hold talks": a state whose name takes "the"
    rf"\b(?:from|in|to|at|for) (?:the (?=[A-Z]))?(?P<place>{_CITY}(?:, {_CITY})?)"
    r"(?: (?:last|this|next|on|in) \w+(?: \w+)?)?, where (?:[^,.;]*? )?"
    r"(?:met|meets|meet|held|holds|hold|spoke|talked)\b"
)
_VISIT_NEEDLES = ("visit", "trip", "arrive", "travel", " fl", "head", "move", "proceed", "reach")


_QUOTED_IN_A_NAME_RE = re.compile(r"[“\"]([A-Z][\w'’\-]+)[”\"](?= [A-Z])")


def venue_countries(sent: Sentence, cs: int, ce: int) -> set[str]:
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


class MeetingPlaces:
    """Where a clause's meeting took place, and the day a "where" clause gives it: what
    the reader knows of the text (lexicon, dateline, publication day, people's names)."""

    lex: Lexicon
    dateline: str | None
    published: date | None
    _names: set[str]
    _surnames: set[str]

    def _location(self, text: str, low: str) -> str | None:
        """The place the clause names for its meeting; `low` is text.lower()."""
        if "“" in text or '"' in text:
            # 'at the “Chiragan” Palace': the quoted word is part of the building's name
            text = _QUOTED_IN_A_NAME_RE.sub(r"\1", text)
            low = text.lower()
        found: list[tuple[int, int, str]] = []  # (rank, position, place)
        for m in CAPITAL_OF_RE.finditer(text) if "capital" in text else ():
            city = m.group("city")
            if city and (_is_a_time(city) or city in self._names or city in self._surnames):
                # "opened in the Chinese capital Saturday morning"; "During his stay in the
                # Argentine capital, Bukar also met ...": a time or a person, not the city
                city = None
            if city:
                found.append((0, m.start(), city))
            else:
                code = self.lex.gazetteer.find_country(m.group("dem"), codes=False)
                c = self.lex.gazetteer.country(code) if code else None
                if c and c.capitals:
                    found.append((0, m.start(), c.capitals[0]))
        visits = any(map(low.__contains__, _VISIT_NEEDLES))
        for m in _VISIT_PLACE_RE.finditer(text) if visits else ():
            city = m[m.lastgroup]  # each alternative names its one city group
            if (state := _STATE_OF_RE.match(city)) and not self.lex.gazetteer.find_country(
                city, codes=False
            ):
                # "the Republic of Cyprus": the state by its short name ("the Republic of
                # China", "of Korea" are names of their own)
                city = city[state.end() :]
            if (
                " " in city
                and not is_a_city(self.lex, city)
                and host_country(self.lex, city) is None  # "the United Arab Emirates"
            ):
                # "visit Kuala Lumpur Monday", "Rio de Janeiro Monday": what the shorter
                # pattern reads, as before the three-word cities
                city = re.match(_CITY, city).group(0)
            if is_a_city(self.lex, city):
                found.append((0, m.start(), city))
            elif host_country(self.lex, city) is not None:
                found.append((2, m.start(), city))  # "is expected to visit China later this year"
        welcomed = _WELCOMED_TO_RE.search(text) if "welcom" in low else None
        # "welcomed Y to the Oval Office", "... to the Akorda": a seat the guest came to
        if welcomed and (
            is_a_city(self.lex, welcomed["city"])
            or " " in welcomed["city"]
            and is_building(welcomed["city"])
            or self.lex.gazetteer.seat_city(welcomed["city"]) is not None
        ):
            found.append((0, welcomed.start(), welcomed["city"]))
        # "held a meeting at the Ministry, where they agreed to expand the measures in the
        # Lake Region": what they agreed on is told after "where", not where they met
        said = _WHERE_THEY_AGREED_RE.search(text) if ", where " in text else None
        for m in LOCATION_RE.finditer(text, 0, said.start() if said else len(text)):
            if (
                _after_a_topic(self.lex, text, m.start())
                or _in_an_attribution(text, m.start())
                or _SPEAKER_PLACE_RE.match(text, m.end())
                # "a turning point in Iran-Iraq ties": the places qualify a topic
                or _before_a_topic(self.lex, text, m.end())
                # "in Russia's Black Sea resort city of Sochi": the city names the place
                or _CITY_OF_AFTER_RE.match(text, m.end())
            ):
                continue  # "focusing on the situation in Myanmar": a subject, not a venue
            if text.startswith("at", m.start()) and self._office_of_a_title(text, m):
                continue  # "Minister of State at the Foreign Office X": X's office, no venue
            raw = self._before_a_name(m.group("place"))
            if ", " in raw and (
                any(
                    token_key(w) in self.lex.title_heads or w.casefold() in self.lex.non_venue_words
                    for w in raw.split(", ", 1)[1].split()
                )
                # "in Akorda Residence, Kazinform News Agency reports": who tells it
                or _REPORTER_AFTER_RE.match(text, m.end())
            ):  # "at the Kuala Lumpur Convention Centre, Palace Press Officer X said":
                raw = raw.split(", ", 1)[0]  # a speaker's title after the venue, no city
            if (venue := _venue(self.lex, raw)) and not (
                venue[1] in self._surnames and " the " in m.group(0)
            ):  # "at the Ostrin residence": whose house, not which place
                place = venue[1]
                if ", " in place and self._names_someone(place.split(", ", 1)[1]):
                    place = place.split(", ", 1)[0]  # "held in Tehran, Sarin-Valdi said"
                # "at the Presidential Villa in Abuja": the city is the place to report
                rank = venue[0] + 0.5 if is_building(place) else venue[0]
                found.append((rank, m.start(), place))
        for m in _BUILDING_IN_CITY_RE.finditer(text) if ", " in text else ():
            # "at the presidential villa, Abuja": a building written in lower case, in a city
            if m["building"].rsplit(None, 1)[-1] in self.lex.building_words and is_a_city(
                self.lex, m["city"]
            ):
                found.append((1, m.start(), f"{m['building']}, {m['city']}"))
        for m in _CITY_OF_RE.finditer(text) if any_in(text, _CITY_OF_NEEDLES) else ():
            if m.group("city").split()[0].casefold() not in self.lex.title_heads:
                # "the home island of Prime Minister X": whose island, not which
                found.append((1, m.start(), m.group("city")))
        for m in _OUTSKIRTS_RE.finditer(text) if "outskirts of " in text else ():
            if is_a_city(self.lex, city := m.group("city")):  # "on the outskirts of Beijing"
                found.append((0, m.start(), city))
        for m in _SET_FOR_PLACE_RE.finditer(text) if " for " in text else ():
            city = m.group("city")  # "the joint committee, set for Belgrade in June"
            if is_a_city(self.lex, city):
                found.append((1, m.start(), city))
        if self.dateline and "here" in text and _HERE_RE.search(text):
            # "at Seri Perdana here": the city the story comes from, before an unknown venue;
            # not before a seat the gazetteer knows in that city ("met here Tuesday with X at
            # the White House" under WASHINGTON), which says more
            city = dateline_city(self.dateline)
            home = self.lex.gazetteer.capital_country(city)
            here = text.index("here")
            if (
                not home
                or not any(
                    place != city
                    and self.lex.gazetteer.capital_country(place) == home
                    # (not "met here with Y, a day after a dinner at the White House")
                    and "," not in text[here:at]
                    for _, at, place in found
                )
            ):
                found.append((0.9, here, city))
        if "in the capital" in text and (m := _IN_THE_CAPITAL_RE.search(text)):
            # "met X in the capital Ankara"; "talks in the capital" under ASTANA
            named = _NAMED_AFTER_RE.match(text, m.end())
            city = named and capital_named(self.lex, named.group(1))
            # a city named in its own words is the place, past a building ("at State House
            # in the capital Nairobi") but not past another city ("who faced protests in the
            # capital Nairobi, met X in Mombasa")
            rank = 1.4 if city else 1
            if city is None and self.dateline:
                city = dateline_city(self.dateline)
            if city and self.lex.gazetteer.capital_country(city):
                found.append((rank, m.start(), city))
        if (
            ", where" in text
            and (m := _FROM_WHERE_RE.search(text))
            and (place := _clean_place(self.lex, m.group("place")))
            # "the" opens a state's name ("for the Philippines"), not a building's; "flew in
            # from the Philippines, where he met" tells of another meeting than the clause's
            and (
                m.group(0).split(" ", 2)[1] != "the"
                or host_country(self.lex, place) is not None
                and not m.group(0).startswith("from")
            )
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

    def _arrival(self, text: str) -> tuple[int, str] | None:
        """ "X arrived in Dushanbe on an official visit": where the visitor now is, and where
        the sentence says so, for the encounters told after it that name no place."""
        if (m := _ARRIVED_IN_RE.search(text)) is None:
            return None
        city = m.group("city")
        return (m.start(), city) if is_a_city(self.lex, city) else None

    def _office_of_a_title(self, text: str, m: re.Match) -> bool:
        """ "Minister of State at the Ministry's Europe, Americas and Development Office X":
        the office a title is held at, written between the title and its holder's name (not
        "met President X at the Palace", where the name comes before "at")."""
        run = []  # the title's words, back from "at"
        for w in reversed(text[max(0, m.start() - 160) : m.start()].split()):
            if not (w[:1].isupper() or w in _SMALL_WORDS_OF_A_TITLE):
                break
            run.append(w.strip(","))
        if not any(token_key(w) in self.lex.title_heads for w in run):
            return False
        title = " ".join(reversed(run))
        if any(n in title for n in self._names):
            return False
        after = _CAPITALISED_RUN_RE.match(text, m.start("place"))
        if after is None:
            return False
        run_after = after.group(0)
        at = min(
            (i for n in self._names if " " in n and (i := run_after.find(" " + n)) > 0), default=-1
        )
        if at < 0:
            return False
        # the office's own last word right before the holder, past his styles ("... Office
        # Lord X"; not "at Moi Airport, Mombasa, Ministry Spokesman X said")
        words = [w for w in run_after[:at].split() if token_key(w) not in self.lex.honorifics]
        return bool(words) and token_key(words[-1]) in self.lex.org_heads

    def _before_a_name(self, place: str) -> str:
        """ "received in Erbil Ali Veli Kaya, the Ambassador": a known city ends where the
        name of someone the text names begins (not "at Maiqueta's Simón Bolívar airport")."""
        if place.count(" ") < 2:
            return place
        for name in self._names:
            if (
                " " in name
                and (at := place.find(" " + name)) > 0
                and place.endswith(name)
                and is_a_city(self.lex, place[:at])
            ):
                return place[:at]
        return place

    def _names_someone(self, words: str) -> bool:
        """Whether the words after a place's comma open on a person: "Sarin-Valdi",
        "Mr" (of "Mr. Yavorivskyi"), a title ("PM Morrison is also expected"), not a region
        ("Maryland")."""
        first = token_key(words.split()[0])
        return words in self._names or first in self.lex.honorifics or first in self.lex.title_heads


@functools.lru_cache(maxsize=4096)
def _venue(lex: Lexicon, raw: str) -> tuple[int, str] | None:
    """(rank, place) of an "in/at <Place>" phrase, or None where it names no venue.

    Rank 1 for a city or venue, 2 for a whole country (a city elsewhere is more
    precise). Cached: a pure function of a short phrase, and places recur.
    """
    place = _clean_place(lex, raw)
    if not place or place.casefold() in lex.continents or _is_a_modifier(lex, place):
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
    if is_building(first) and _in_a_known_city(lex, place):
        return 1, place  # "at State House, Nairobi": a building in a city, whatever its words
    # "at the State Palace", "the Royal Palace": a capitalised word (longer than "The",
    # "His") naming a building; not "the Pacific Islands Forum Secretariat": a body, named
    # by its seat
    named_building = (
        word[:1].isupper() and len(word) > 3 and len(first.split()) == 2 and is_building(first)
    )
    if (
        word.casefold() in lex.stop_words
        and not code
        and not named_building
        # "the Palace of Serbia": a building is a venue, whatever else its word may be
        or word.casefold() in lex.non_person
        and word.casefold() not in lex.building_words
        and not named_building
        # "in Foz de Iguazú", "in Puerto Tamberg": a word that opens a town's name (not
        # "at Port Authority headquarters": a body)
        and not (
            word.casefold() in lex.place_openers
            and len(first.split()) > 1
            and not any(w.casefold() in lex.non_person for w in first.split()[1:])
        )
        or lex.gazetteer.find_country(word, codes=False)
        and not code
        # "Victoria Falls", "Port Louis": a capital's name opening a longer place is the place's
        and not (len(first.split()) > 1 and _entity_kind(lex, word) == "capital")
    ):
        return None
    return 1, place


def _in_a_known_city(lex: Lexicon, place: str) -> bool:
    """Whether a place ends on a city the gazetteer knows: "State House Nairobi"."""
    words = place.replace(",", " ").split()
    return len(words) > 1 and any(
        is_a_city(lex, city) for city in (" ".join(words[-2:]), words[-1])
    )


def _is_a_modifier(lex: Lexicon, place: str) -> bool:
    """Whether the capitalised words only qualify a noun that follows in lower case: "at
    Beijing's request", "at Kandros' meetings", "in PNG's central province", "in the Horn
    of African region", "in the Secretary-level meeting". No venue: a place of its own may
    come later."""
    words = place.replace(",", " ").split()
    last, first = words[-1], words[0]
    if last.endswith(("'s", "’s", "s'", "s’")):
        return True
    if len(words) > 1 and (
        _entity_kind(lex, last) == "demonym" or last.casefold() in lex.regional_adjectives
    ):
        return True
    tail = first.rsplit("-", 1)[-1] if "-" in first else ""
    return tail.isalpha() and tail.islower() and len(tail) > 3  # not "Dar-es-Salaam"


def _entity_kind(lex: Lexicon, word: str) -> str | None:
    ent = lex.entities.get((token_key(word),))
    return ent.kind if ent is not None else None


def _after_a_topic(lex: Lexicon, text: str, at: int) -> bool:
    """Whether the "in <Place>" at `at` follows a topic noun ("the situation in Myanmar")."""
    if _PREPARING_FOR_RE.search(text, max(0, at - 60), at):
        return True  # "including preparations for the NATO summit in Washington": a topic
    before = text[max(0, at - 20) : at].split()
    # "the “dire situation” in Kashmir": the topic in its quotation marks too
    if not before:
        return False
    word = before[-1].strip(",\"”’'")
    # "the rights of Bulgarians in North Macedonia": a people in the place, as a topic (not
    # "talks with the Americans in Riyadh", the people met)
    return word.casefold() in lex.topic_nouns or (
        len(before) >= 2
        and before[-2].casefold() in ("of", "for")
        and word.endswith("s")
        and _entity_kind(lex, word) == "demonym"
    )


#: "preparations for the NATO summit in ...": the gathering prepared is what they talk of
_PREPARING_FOR_RE = re.compile(r"\bpreparations? (?:for|of) (?:the )?(?:[\w'’-]+ ){0,4}$")
_WHERE_THEY_AGREED_RE = re.compile(
    r", where (?:they|the two(?: \w+)?|both(?: sides)?|the (?:sides|ministers|leaders))"
    r" (?:also )?(?:agreed|discussed|reviewed|signed|pledged|exchanged|reaffirmed|welcomed)\b"
)
#: "..., Kazinform News Agency reports": the words after a place's comma name the teller
_REPORTER_AFTER_RE = re.compile(
    # (" reported" right after the place is a speaker's, read by _SPEAKER_PLACE_RE)
    r"(?: [A-Z][\w-]+)? (?:reports|writes|wrote|informs)\b| [A-Z][\w-]+ reported\b"
)
#: "The Foreign Affairs Ministry in Seoul said Friday that a meeting ...": where the
#: speaker sits, told between the speaker and the verb of speaking
_SPEAKER_PLACE_RE = re.compile(r"\s+(?:said|says|announced|stated|confirmed|reported)\b")
_STATEMENT_BY_RE = re.compile(r"\bstatement (?:issued|released|published|from)\b")


def _before_a_topic(lex: Lexicon, text: str, at: int) -> bool:
    """Whether the place ending at `at` qualifies the noun after it ("in Iran-Iraq ties")."""
    after = text[at : at + 16].split(maxsplit=1)
    return bool(after) and after[0].casefold().rstrip(".,;") in lex.topic_after_place


def _in_an_attribution(text: str, at: int) -> bool:
    """Whether the "in <Place>" at `at` tells where a source spoke ("According to a statement
    issued by the Foreign Office in Islamabad, ..."), not where anyone met."""
    clause = text[text.rfind(",", 0, at) + 1 : at].lower()
    if " that " in clause:  # "said in a statement that they agreed to meet in Seoul"
        return False
    return clause.lstrip().startswith("according to") or bool(_STATEMENT_BY_RE.search(clause))


def _not_a_venue(lex: Lexicon, place: str) -> bool:
    """ "the ASEAN Regional Forum", "Twitter": a body or a medium, not a place to meet; but
    "the Accra International Conference Centre" is the building a conference meets in."""
    words = place.replace(",", " ").split()
    if any(w.casefold() in lex.non_venue_words for w in words) and not (
        len(words) > 1
        and words[-1].casefold() in lex.building_words
        and words[-1].casefold() not in lex.non_venue_words  # "the Foreign Ministry": a body
        and words[0].casefold() not in lex.non_venue_words
    ):
        return True
    ent = lex.entities.get((words[0].replace(".", "").casefold(),)) if words else None
    return ent is not None and ent.kind in ("org", "outlet")


def _clean_place(lex: Lexicon, place: str) -> str | None:
    words = place.split()
    while words and (_is_a_time(words[-1]) or words[-1].casefold() in ("of", "the")):
        words.pop()
    if not words or _is_a_time(words[0]):
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


_DIGITS_RE = re.compile(r"\d+")
_IN_PLACE_END_RE = re.compile(r"\bin ([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)$")
_HERE_RE = re.compile(r"\bhere\b")
#: "X, who arrived in Colombo on Sunday night, called on Y": the day of an arrival is not
#: the encounter's where the arrival was at night or a further encounter follows ("also",
#: "later"); nor, once arrived, unless the arrival was in the morning or the sentence dates
#: the encounter by it ("who arrived on Sunday, had held talks that evening")
_ARRIVAL_RE = re.compile(r", who arriv(?:ed|es)\b[^,]*,")
_LATER_ON_RE = re.compile(r"\b(?:also|later)\b")
_ARRIVAL_DAY_RE = re.compile(
    r"\b(?:the same|that) (?:day|morning|afternoon|evening|night)\b(?!-)"
    r"|\b(?:up)?on (?:his |her |their )?arrival\b"
)


def without_arrival(text: str) -> str:
    m = _ARRIVAL_RE.search(text)
    if m is None:
        return text
    arrival = m.group(0)
    if (
        " night" in arrival
        or _LATER_ON_RE.search(text, m.end())
        or arrival.startswith(", who arrived")
        and " morning" not in arrival
        and not _ARRIVAL_DAY_RE.search(text, m.end())
    ):
        return text[: m.start()] + text[m.end() - 1 :]
    return text


_WHO_WILL_RE = re.compile(r", who (?:will|is to|is due to|is set to)\b[^,]*(?:, (?:19|20)\d\d)?")


_TO_BE_HELD_RE = re.compile(r", (?:to be held|which will be held|due to be held) [^,]*")
#: "will meet X for the second time, the first was in May": the day of the first meeting
THE_FIRST_WAS_RE = re.compile(
    r"\bfor the (?:second|third|fourth|fifth|sixth|\w+th) time\b[^,;]*?"
    r"(, (?:the|their|his|her) (?:first|last|previous|earlier)(?: one| meeting| time)?"
    r"(?: (?:was|being|came|took place|had been|having been))?\b[^,;]*)"
)


def without_their_own_day(text: str, future: bool) -> str:
    """ "On Thursday, X arrived to meet his counterpart, President-elect Y, who will be sworn
    in on March 11": the day of what the one met will do is not the meeting's, where
    the sentence dates the meeting by a weekday of its own. Nor is, in talks held, the day of
    the event they prepared ("discussing preparations for the Arab summit, to be held on
    March 29")."""
    if not future and ", " in text and (ahead := _TO_BE_HELD_RE.search(text)):
        text = text[: ahead.start()] + text[ahead.end() :]
    if " time" in text and (first := THE_FIRST_WAS_RE.search(text)):
        text = text[: first.start(1)] + text[first.end(1) :]
    m = _WHO_WILL_RE.search(text) if ", who " in text else None
    if m is None:
        return text
    low = text.lower()
    # "on Thursday" dating the meeting, not the saying of it ("told reporters on Monday")
    own = dates.own_weekday(low[: m.start()]) or dates.own_weekday(low[m.end() :])
    if own is None or dates.WEEKDAY_RE.search(low, m.start(), m.end()):
        return text
    return text[: m.start()] + text[m.end() :]


def _is_a_time(word: str) -> bool:
    """Whether a place's word (or its first) names a day or a month: "the Chinese capital
    Saturday", "in Riyadh Tuesday"."""
    first = word.split()[0].casefold()
    return first in dates.WEEKDAYS or first in dates.MONTHS


_IN_THE_CAPITAL_RE = re.compile(r"\bin the capital\b(?! of| city of)")
#: the one or two capitalised words a city's name may be, right after a phrase
_NAMED_AFTER_RE = re.compile(r",? ([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)")


def host_country(lex: Lexicon, place: str) -> str | None:
    """The country whose government a visitor to `place` calls on: a capital's, or a
    whole country's named as the place ("to visit Hungary next year")."""
    first = place.split(",")[0].strip()
    gaz = lex.gazetteer
    if code := gaz.capital_country(first):
        return code
    code = gaz.find_country(first, codes=False)
    country = gaz.country(code) if code else None
    if country is None:
        return None
    key = first.casefold()
    # "a visit to the Russian Federation": a full name of the state, not a short form
    # ("the US", "ROK") that reads as no place
    full = [a.casefold() for a in country.aliases if " " in a]
    return code if key == country.name.casefold() or key in full else None


#: "to visit", "would visit", "his upcoming visit to", "invited him to pay a return visit
#: to": a visit still to come (or one paid back), not the one the news is of
_VISIT_TO_COME_RE = re.compile(
    r"\b(?:to|would|will|upcoming|planned|invit\w*|return|next|scheduled|future"
    # "They last met during Y's visit to ...", "postponed his visit to ...": another visit
    r"|during|ahead|postpon\w*|cancel\w*|called off|previous|last|since)"
    r"\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
#: "Y's official visit to Suva in February", "... to Accra last year", "..., planned for
#: March", "... two years ago": a visit of its own time, gone by or to come
VISIT_OF_ITS_OWN_TIME_RE = re.compile(
    rf"\W*(?:(?:in|on|last|earlier) (?:{dates.MONTH_WORD}|(?:19|20)\d\d)\b"
    r"|last (?:year|month|week)\b|next\b|(?:planned|scheduled|set) for\b"
    r"|(?:\w+ ){1,2}ago\b|was in (?:19|20)\d\d\b)"
)
#: the alternatives of _VISIT_PLACE_RE that tell where a visitor is ("his Canberra visit",
#: "visit to", "the visit of X to"; of city3's verbs, only "visiting"), not where one
#: travels on to next
_STAY_GROUPS = ("city", "city2", "city6", "city7", "city8")


def visited_place(lex: Lexicon, body: str, sides: set[str | None]) -> str | None:
    """ "X arrived in Kuwait on Wednesday", "Y's courtesy visit to Canberra is ...": where
    the visit the story is of takes its visitor, when the host is one of the meeting's
    sides: a meeting it tells without a place of its own was held there. A city before a
    country; never a visit still to come ("invited Y to visit Tashkent") or one of another
    time ("since Z's visit to Suva in February")."""
    hosts = sides - {None}
    found: list[tuple[int, int, str]] = []
    for pattern in (_VISIT_PLACE_RE, _ARRIVED_IN_RE):
        for m in pattern.finditer(body):
            group = m.lastgroup or "city"
            place = m[group]
            stay = group in _STAY_GROUPS or group == "city3" and m[0].startswith("visiting")
            if not stay or m[0].startswith("will be"):
                continue  # "flew to Accra", "visited Accra", "will be in Accra": where one
                # went next or before, or goes next
            if host_country(lex, place) not in hosts:
                continue
            if _VISIT_TO_COME_RE.search(body, max(0, m.start() - 60), m.start()):
                continue
            if VISIT_OF_ITS_OWN_TIME_RE.match(body, m.end()):
                continue
            found.append((0 if is_a_city(lex, place) else 1, m.start(), place))
    return min(found)[2] if found else None


def capital_named(lex: Lexicon, words: str) -> str | None:
    """The capital one or two capitalised words name: "Kuala Lumpur", or "Ankara" of
    "Ankara Wednesday" (a name's words run on into the next capitalised one)."""
    for city in (words, words.split()[0]):
        if lex.gazetteer.capital_country(city) is not None:
            return city
    return None


_SET_FOR_PLACE_RE = re.compile(
    r"\b(?:set|scheduled|slated|planned) for (?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
_OUTSKIRTS_RE = re.compile(r"\b[Oo]n the outskirts of (?P<city>" + _CITY + ")")
#: "the port city of Aqaba", "the Black Sea resort of Sochi": the kinds of settlement named
_SETTLEMENTS = ("city", "town", "port", "resort", "island", "village")
#: and of a leader's country house ("the presidential retreat of Camp X")
_SETTLEMENTS_AND_HOUSES = (*_SETTLEMENTS, "retreat", "estate")
_CITY_OF_NEEDLES = tuple(f"{w} of " for w in _SETTLEMENTS_AND_HOUSES)
_CITY_OF_AFTER_RE = re.compile(r"\s+(?:[a-z-]+ ){0,2}(?:" + "|".join(_SETTLEMENTS) + r") of [A-Z]")
_CITY_OF_RE = re.compile(
    r"\b(?:" + "|".join(_SETTLEMENTS_AND_HOUSES) + r") of "
    r"(?P<city>[A-Z][\w\-]+(?: (?:[a-z]{2,3}-)?[A-Z][\w\-]+)?)"  # "Sharm el-Sheikh"
)


@functools.lru_cache(maxsize=4096)
def is_building(place: str) -> bool:
    """ "the ARG Presidential Office": a venue inside some city, so no clash with the city."""
    from bot.parsing.lexicon import load_lexicon

    words = load_lexicon().building_words
    return any(w.casefold() in words for w in place.split())


def is_a_city(lex: Lexicon, name: str) -> bool:
    """A capital, or another city the gazetteer knows: a place a visitor can be in."""
    return lex.gazetteer.capital_country(name) is not None or _is_known_place(lex, name)


def _is_known_place(lex: Lexicon, name: str) -> bool:
    """A city the gazetteer knows that is no capital ("travel to Rio de Janeiro")."""
    words = name.split()
    if words[-1].split("-")[-1].casefold() in _REGION_WORDS:
        return False  # "travel to Southeast Asia": a region, no place to meet in
    ent = lex.entities.get(tuple(token_key(w) for w in words))
    return ent is not None and ent.kind == "place"


_REGION_WORDS = frozenset(
    ("asia", "africa", "europe", "america", "americas", "pacific", "east", "bank", "gulf", "sea")
    # "visiting the South American country": a region's adjective, no place either
    + ("asian", "african", "european", "american")
)


@functools.lru_cache(maxsize=4096)
def capitals_apart(a: str, b: str) -> bool:
    """Whether two places are the capitals of two countries: never one meeting's venue."""
    from bot.gazetteer import load_gazetteer

    g = load_gazetteer()
    ca, cb = (g.capital_country(x.split(",")[-1].strip()) for x in (a, b))
    return bool(ca and cb and ca != cb)


@functools.lru_cache(maxsize=4096)
def countries_apart(a: str, b: str) -> bool:
    """Whether two places are two different countries, each named as such ("Guyana" and
    "Suriname"): never one venue. (A country against a city is left to the rules that
    weigh the two, as a country is as often the place of a plan told in passing.)"""
    from bot.gazetteer import load_gazetteer

    if not (is_country_place(a) and is_country_place(b)):
        return False
    g = load_gazetteer()
    ca, cb = (g.find_country(x.split(",")[0].strip(), codes=False) for x in (a, b))
    return bool(ca and cb and ca != cb)


@functools.lru_cache(maxsize=4096)
def is_country_place(place: str) -> bool:
    from bot.gazetteer import load_gazetteer

    g = load_gazetteer()
    code = g.find_country(place.split(",")[0], codes=False)
    c = g.country(code) if code else None
    return bool(c) and place.split(",")[0].strip() not in c.capitals


def capital_in(city: str, country: str) -> bool:
    """Whether a place ("Nairobi", "State House, Nairobi") is the capital of a country
    named as a place ("Kenya")."""
    from bot.gazetteer import load_gazetteer

    g = load_gazetteer()
    code = g.find_country(country.split(",")[0], codes=False)
    return code is not None and g.capital_country(city.split(",")[-1].strip()) == code
