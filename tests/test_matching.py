"""The fuzzy index: every form a reader may type lands on the right person, country or place."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.matching import Matcher, compact, fold
from bot.models import PersonSummary


@dataclass(frozen=True)
class _Country:
    name: str
    flag: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...] = ()


class _Gazetteer:
    """A three-country gazetteer built in the test (the real one is config/gazetteer.yaml)."""

    COUNTRIES = {
        "JP": _Country("Japan", "🇯🇵", ("Nippon",), ("Japanese",), ("Tokyo",)),
        "KR": _Country(
            "South Korea",
            "🇰🇷",
            ("ROK", "S. Korea", "Republic of Korea"),
            ("South Korean",),
            ("Seoul",),
        ),
        "KP": _Country("North Korea", "🇰🇵", ("DPRK", "N. Korea"), ("North Korean",)),
        "US": _Country("United States", "🇺🇸", ("U.S.", "USA", "America"), ("American",)),
    }

    def country(self, code):
        return self.COUNTRIES.get(code)

    def country_aliases(self):
        out = {}
        for code, c in self.COUNTRIES.items():
            for alias in (c.name, *c.aliases, *c.demonyms, *c.capitals):
                out[alias] = code
        return out


def person(pid, name, *mentions, role=None, country=None, articles=1):
    return PersonSummary(pid, name, role, None, country, tuple(mentions), articles)


PEOPLE = [
    person(
        1, "Jake Sullivan", "Sullivan", role="national security adviser", country="US", articles=3
    ),
    person(2, "Shigeru Kitamura", "Kitamura", country="JP"),
    person(3, "Kim Man-gi", role="deputy minister", country="KR"),
    person(4, "Masuda Kazuo", country="JP"),
    person(5, "Kim Jong-un", "Kim", role="leader", country="KP", articles=2),
    person(6, "Kim Yo-jong", country="KP"),
    person(7, "Antony Blinken", "Blinken", role="secretary of state", country="US"),
    person(8, "Sung Kim", role="special representative", country="US"),
    person(9, "José Martínez-Ölund", country="US"),
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher.from_records(PEOPLE, _Gazetteer(), ["Annapolis, Maryland", "Tokyo"], version=1)


def test_fold_removes_case_accents_hyphens_and_dots():
    assert fold("José MARTÍNEZ-Ölund") == "jose martinez olund"
    assert fold("U.S.") == "us"
    assert compact(fold("Kim Man-gi")) == compact(fold("kim mangi"))


@pytest.mark.parametrize(
    ("query", "pid"),
    [
        ("Jake Sullivan", 1),
        ("sullivan", 1),
        ("SULLIVAN", 1),
        ("Kitamura Shigeru", 2),  # family name first
        ("Kazuo Masuda", 4),  # given name first for a name stored family-first
        ("kim man gi", 3),
        ("Kim Mangi", 3),
        ("Kim Jong Un", 5),
        ("kim   jong-un", 5),
        ("jose martinez olund", 9),
        ("Sulivan", 1),  # typo in the surname alone
        ("jake sullivn", 1),
        ("Antony Blinkin", 7),
        ("Shigeru Kitamora", 2),
    ],
)
def test_people_in_any_form(matcher, query, pid):
    res = matcher.resolve(query)
    assert not res.ambiguous, res.alternatives
    assert res.best is not None and res.best.kind == "person", res
    assert res.best.key == str(pid)


def test_exact_is_sure_and_a_typo_says_how_sure(matcher):
    assert matcher.resolve("Jake Sullivan").best.score == 100
    typo = matcher.resolve("Sulivan").best
    assert typo.how == "fuzzy" and 80 <= typo.score < 100


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Japan", "JP"),
        ("japn", "JP"),
        ("ROK", "KR"),
        ("S. Korea", "KR"),
        ("South Korean", "KR"),
        ("DPRK", "KP"),
        ("U.S.", "US"),
        ("us", "US"),
        ("jp", "JP"),
    ],
)
def test_countries_by_name_short_form_code_and_demonym(matcher, query, code):
    res = matcher.resolve(query)
    assert res.best is not None and res.best.kind == "country", res
    assert res.best.key == code


def test_place_by_name(matcher):
    res = matcher.resolve("Annapolis")
    assert res.best.kind == "place" and res.best.key == "Annapolis, Maryland"
    res = matcher.resolve("annapolis maryland")
    assert res.best.kind == "place" and res.best.key == "Annapolis, Maryland"
    assert matcher.resolve("tokio").best.key == "Tokyo"


def test_a_shared_name_word_offers_every_holder(matcher):
    res = matcher.resolve("Kim")
    assert res.ambiguous
    assert {c.key for c in res.alternatives} == {"3", "5", "6", "8"}
    # the most written-about comes first
    assert res.alternatives[0].key == "5"


def test_nothing_close_gives_suggestions_not_a_match(matcher):
    res = matcher.resolve("Sullavon Jeke")
    assert res.best is None or res.best.key == "1"
    res = matcher.resolve("zzqx")
    assert res.best is None and not res.ambiguous
    res = matcher.resolve("Blonkan")
    assert res.best is None
    assert res.suggestions and res.suggestions[0].key == "7"


def test_empty_and_huge_queries(matcher):
    assert matcher.resolve("").best is None
    assert matcher.resolve("  -- ..  ").best is None
    huge = "Sullivan " + "x" * 10_000
    res = matcher.resolve(huge)  # answered, not crashed on
    assert res.query == huge


def test_a_capital_with_meetings_is_a_place_otherwise_its_country(matcher):
    tokyo = matcher.resolve("Tokyo").best
    assert (tokyo.kind, tokyo.key) == ("place", "Tokyo")
    seoul = matcher.resolve("Seoul").best
    assert (seoul.kind, seoul.key) == ("country", "KR")
