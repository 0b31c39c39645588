"""The country table the parser and the Slack commands share."""

from __future__ import annotations

import pytest

from bot.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan", "JP"),
        ("JP", "JP"),
        ("jp", "JP"),
        ("ROK", "KR"),
        ("S. Korea", "KR"),
        ("South Korean", "KR"),
        ("DPRK", "KP"),
        ("U.S.", "US"),
        ("us", "US"),
        ("Pyongyang", "KP"),
        ("côte d'ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Britons", "GB"),
        ("Taiwanese", "TW"),
        ("Holy See", "VA"),
        ("Kosovo", "XK"),
        ("Palestinian", "PS"),
    ],
)
def test_find_country_by_name_short_form_code_demonym_or_capital(text, code):
    assert load_gazetteer().find_country(text) == code


@pytest.mark.parametrize("text", ["", "Atlantis", "Indo-Pacific", None])
def test_unknown_names_are_not_countries(text):
    assert load_gazetteer().find_country(text) is None


def test_every_un_member_and_the_four_others_are_there():
    g = load_gazetteer()
    codes = {c.code for c in g.countries()}
    assert len(codes) >= 197
    assert {"TW", "XK", "PS", "VA", "SS", "TL", "FM", "KN"} <= codes
    assert all(c.name and len(c.code) == 2 for c in g.countries())


def test_country_record_and_flag():
    jp = load_gazetteer().country("jp")
    assert jp.name == "Japan" and "Tokyo" in jp.capitals and "Japanese" in jp.demonyms
    assert jp.flag == "🇯🇵"
    assert load_gazetteer().country("ZZ") is None


def test_aliases_map_every_form_to_its_code_and_load_once():
    g = load_gazetteer()
    aliases = g.country_aliases()
    assert aliases["S. Korea"] == "KR" and aliases["Seoul"] == "KR" and aliases["Germans"] == "DE"
    assert load_gazetteer() is g


def test_a_seat_of_government_is_found_however_its_name_is_spelled():
    gaz = load_gazetteer()
    assert gaz.seat_city("Akorda") == "Astana"
    assert gaz.seat_city("the Ak Orda") == "Astana"  # spaced, with the article
    assert gaz.seat_city("Elysee Palace") == "Paris"  # the table writes "Élysée"
    assert gaz.seat_city("State House") is None  # many capitals have one
