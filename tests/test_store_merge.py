"""The rules that decide when two names are one person and two reports one meeting."""

from __future__ import annotations

import pytest

from bot.store.keys import content_hash, is_full_name, name_key, text_prints
from bot.store.merge import (
    MeetingFacts,
    dates_compatible,
    merged_status,
    more_precise_date,
    more_precise_location,
    same_meeting_score,
)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("KIM JONG UN", "kim jong-un"),
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),
        ("Antony J. Blinken", "Antony Blinken"),
        ("Jean-Yves Le Drian", "Jean Yves Le Drian"),
    ],
)
def test_spellings_of_one_name_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kim Jong Un", "Kim Yo-jong"),
        ("Kim Jong Un", "Kim Sung-hwan"),
        ("Sung Kim", "Kim Sung"),
        ("Sung Kim", "Kim Man-gi"),
    ],
)
def test_different_people_with_one_surname_have_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_a_surname_alone_is_not_a_full_name():
    assert not is_full_name("Kim")
    assert not is_full_name("Sullivan.")
    assert is_full_name("Kim Yo-jong")


def test_content_hash_ignores_whitespace_layout_only():
    assert content_hash("Talks  held\r\nin Bali. ") == content_hash("Talks held in Bali.")
    assert content_hash("Talks held in Bali.") != content_hash("Talks held in Bali!")


_STORY = (
    "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss the"
    ' energy crisis, officials said. "We don\'t accept it," said the French minister after'
    " the talks - which lasted into the night - ended without a joint statement at all."
)


@pytest.mark.parametrize(
    "copy",
    [
        _STORY.replace('"', "\u201c", 1).replace('"', "\u201d", 1).replace("'", "\u2019"),
        _STORY.replace(" - ", " \u2014 ").replace(" at all.", " at all\u2026"),
        _STORY.replace("Berlin", "BERLIN").replace("France", "Fran\u00e7e\u2009"),
    ],
    ids=["curly quotes", "dashes and ellipsis", "case and accents"],
)
def test_copies_differing_in_typography_case_or_accents_share_their_prints(copy):
    assert len(text_prints(_STORY)) == 2
    assert text_prints(copy) == text_prints(_STORY)


def test_a_sentence_with_other_words_has_another_print():
    other = _STORY.replace("Tuesday", "Wednesday")
    assert len(set(text_prints(other)) & set(text_prints(_STORY))) == 1


def test_partial_dates_fit_their_days_and_neighbouring_days_fit():
    assert dates_compatible("2021-04", "2021-04-02")
    assert dates_compatible("2021", "2021-04-02")
    assert dates_compatible("2021-04-02", "2021-04-03")
    assert dates_compatible("2021-12-31", "2022-01-01")
    assert not dates_compatible("2021-04-02", "2021-04-05")
    assert not dates_compatible("2021-04", "2021-05-01")
    assert not dates_compatible(None, "2021-04-02")


def facts(participants, countries, date, location=None, status="held"):
    return MeetingFacts(frozenset(participants), frozenset(countries), date, location, status)


def test_reports_of_one_meeting_match():
    held = facts({1, 2, 3}, {"JP", "KR", "US"}, "2021-04-02", "Annapolis, Maryland")
    assert same_meeting_score(facts({1, 2, 3}, {"JP", "KR", "US"}, "2021-04", "Annapolis"), held)
    assert same_meeting_score(
        facts({1, 2}, {"JP", "US"}, "2021-04-02"), held
    )  # one side named fewer
    planned = facts({1, 2, 3}, {"JP", "KR", "US"}, "2021-04-02", None, "planned")
    assert same_meeting_score(planned, held)


def test_different_meetings_do_not_match():
    held = facts({1, 2}, {"CN", "KP"}, "2018-03", "Beijing")
    assert same_meeting_score(facts({1, 2}, {"CN", "KP"}, "2018-05", "Dalian"), held) is None
    assert same_meeting_score(facts({1, 3}, {"KP", "KR"}, "2018-03"), held) is None
    assert same_meeting_score(facts({1, 2}, {"CN", "KP"}, "2018-03-26", "Singapore"), held) is None


def test_an_undated_report_matches_only_on_full_agreement():
    dated = facts({1, 2}, {"CN", "US"}, "2023-05", "Vienna")
    assert same_meeting_score(facts({1, 2}, {"CN", "US"}, None), dated)
    assert same_meeting_score(facts({1}, {"CN", "US"}, None), dated) is None
    assert same_meeting_score(facts({1, 2}, {"CN", "US", "RU"}, None), dated) is None
    # "they will meet again" is not the talks already held
    assert same_meeting_score(facts({1, 2}, {"CN", "US"}, None, status="planned"), dated) is None
    # but an undated plan is fulfilled by the talks later held
    plan = facts({1, 2}, {"CN", "US"}, None, "Beijing", status="planned")
    assert same_meeting_score(facts({1, 2}, {"CN", "US"}, "2023-06-19", "Beijing"), plan)


def test_combined_facts_keep_the_more_precise_and_the_held_status():
    assert merged_status("planned", "held") == "held"
    assert merged_status("held", "planned") == "held"
    assert merged_status("planned", "cancelled") == "cancelled"
    assert more_precise_date("2021-04", "2021-04-02") == "2021-04-02"
    assert more_precise_date("2021-04-02", "2021-04") == "2021-04-02"
    assert more_precise_location("Annapolis", "Annapolis, Maryland") == "Annapolis, Maryland"
    assert more_precise_location("Annapolis, Maryland", None) == "Annapolis, Maryland"


def test_a_copy_of_the_same_story_matches_whatever_its_date_but_not_other_people():
    from bot.store.merge import same_story_score

    held = facts({1, 2, 3}, {"JP", "KR", "US"}, "2021-04-02", "Annapolis")
    assert same_story_score(facts({1, 2}, {"JP", "KR", "US"}, "2021-04-09"), held)
    assert same_story_score(facts({1, 2, 3}, {"JP", "KR", "US"}, None, "Maryland"), held)
    # background reused by a follow-up: Kim and Xi then, Kim and Putin now
    kim_xi = facts({1, 4}, {"CN", "KP"}, "2018-03")
    assert same_story_score(facts({1, 5}, {"KP", "RU"}, "2019-04-25"), kim_xi) is None
