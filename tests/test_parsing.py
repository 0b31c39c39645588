"""The article parser on the seed articles and on short texts written here."""

from __future__ import annotations

import pytest

from bot import SEEDS_DIR
from bot.parsing import PARSER_VERSION, parse_article
from bot.parsing.tokens import TOKEN_RE, scan, split_sentences, tokenize


def seed(stem: str) -> str:
    return (SEEDS_DIR / f"{stem}.txt").read_text(encoding="utf-8")


def person(article, name):
    found = [p for p in article.people if p.name == name]
    assert found, f"{name} not among {[p.name for p in article.people]}"
    return found[0]


def countries_of(text: str, published: str | None = None) -> dict[str, str | None]:
    """Each person the parser finds in the text, with the country it gives them."""
    return {p.name: p.country for p in parse_article(text, published=published).people}


def meeting_with(article, *names):
    for m in article.meetings:
        if all(n in m.participants for n in names):
            return m
    raise AssertionError(f"no meeting with {names}: {[m.participants for m in article.meetings]}")


# --- the seeds --------------------------------------------------------------


def test_trilateral_seed_reads_headline_stamp_credit_and_dateline():
    a = parse_article(seed("000_82d2fbfd277683a1"))
    assert a.title == "Japan, US, S. Korea security leaders hold talks"
    assert a.published == "2021-04-03"  # from "03 Apr 2021 03:04:06 GMT9"
    assert a.outlet == "JIJI Press"
    assert a.dateline == "WASHINGTON"
    assert a.countries == ("JP", "KP", "KR", "US")
    assert a.parser_version == PARSER_VERSION


def test_trilateral_seed_reads_titles_before_and_after_names():
    a = parse_article(seed("000_82d2fbfd277683a1"))
    sullivan = person(a, "Jake Sullivan")
    assert (sullivan.role, sullivan.org, sullivan.country) == (
        "national security adviser",
        "White House",
        "US",
    )
    kitamura = person(a, "Shigeru Kitamura")
    assert (kitamura.role, kitamura.org, kitamura.country) == (
        "secretary-general",
        "National Security Secretariat",
        "JP",
    )
    assert person(a, "Suh Hoon").country == "KR"
    assert person(a, "Ned Price").org == "US Department of State"
    assert "Biden" in person(a, "Joe Biden").mentions
    assert all("Kitamura" in p.evidence[0] for p in [kitamura])


def test_trilateral_seed_meeting_is_held_friday_in_annapolis():
    a = parse_article(seed("000_82d2fbfd277683a1"))
    m = meeting_with(a, "Shigeru Kitamura", "Jake Sullivan", "Suh Hoon")
    assert m.primary and m.status == "held" and m.mode == "in_person"
    assert m.date == "2021-04-02"  # "on Friday" before the Saturday stamp
    assert m.location == "Annapolis, Maryland"
    assert set(m.countries) == {"JP", "KR", "US"}
    assert m.evidence


def test_dateline_without_year_and_background_summits():
    a = parse_article(seed("002_1595c3d0b8880257"))
    assert a.dateline == "Tokyo" and a.outlet == "EFE-EPA"
    assert a.published == "2020-07-10"  # July 10 + "February last year" after 2019
    biegun = person(a, "Stephen Biegun")
    assert biegun.mentions == ("Stephen Biegun", "Biegun")
    primary = [m for m in a.meetings if m.primary]
    assert len(primary) == 1
    assert {"Stephen Biegun", "Toshimitsu Motegi"} <= set(primary[0].participants)
    assert primary[0].date == "2020-07-10" and primary[0].location == "Tokyo"
    hanoi = [m for m in a.meetings if m.location == "Hanoi"]
    assert hanoi and not hanoi[0].primary and hanoi[0].date == "2019-02"
    assert set(hanoi[0].participants) == {"Kim Jong-un", "Donald Trump"}


def test_two_kims_stay_two_and_bare_kim_joins_the_first():
    a = parse_article(seed("002_1595c3d0b8880257"))
    kims = [p for p in a.people if p.name.startswith("Kim")]
    assert {k.name for k in kims} == {"Kim Jong-un", "Kim Yo-jong"}
    assert "Kim" in person(a, "Kim Jong-un").mentions
    assert "Kim" not in person(a, "Kim Yo-jong").mentions


def test_family_name_first_and_hyphenated_names_and_short_forms():
    a = parse_article(seed("003_6a760ea46b54fb46"))
    names = {p.name for p in a.people}
    assert {"Masuda Kazuo", "Kim Man-gi", "Ely Ratner", "Sung Kim"} <= names
    assert person(a, "Kim Man-gi").country == "KR"  # "ROK Deputy Minister ..."
    assert person(a, "Masuda Kazuo").role == "Director General for Defense Policy"
    assert a.published is None  # the text states none
    call = meeting_with(a, "Ely Ratner", "Kim Man-gi", "Masuda Kazuo")
    assert call.mode == "call" and call.location is None
    hawaii = [m for m in a.meetings if m.location == "Hawaii"]
    assert hawaii and hawaii[0].status == "planned"


def test_relative_days_resolve_against_a_given_publication_date():
    a = parse_article(seed("003_6a760ea46b54fb46"), published="2022-01-29")
    assert a.published == "2022-01-29"
    call = meeting_with(a, "Ely Ratner", "Kim Man-gi")
    assert call.date == "2022-01-28"  # "on Friday" before Saturday 29 January
    hawaii = [m for m in a.meetings if m.location == "Hawaii"][0]
    assert hawaii.date == "2022-02-04"  # "next Friday"


# --- short texts ---------------------------------------------------------------

CHILE = """Chile, Peru ministers hold talks on border trade

By Maria Gonzalez

LIMA, March 3 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met his Peruvian
counterpart Javier Gonzalez-Olaechea in Lima on Thursday to discuss border trade, the
Peruvian foreign ministry said.

Van Klaveren will host Gonzalez-Olaechea in Santiago next Friday, the ministry added.

The two ministers last met in Brasilia in May 2023.
"""


def test_byline_is_not_a_person_and_the_credit_is_the_outlet():
    a = parse_article(CHILE, published="2024-03-03")
    names = {p.name for p in a.people}
    assert "Maria Gonzalez" not in names
    assert a.outlet == "Reuters"
    assert a.dateline == "LIMA"
    assert {"CL", "PE"} <= set(a.countries)


def test_held_planned_and_background_meetings_on_a_new_text():
    a = parse_article(CHILE, published="2024-03-03")  # a Sunday
    held = [m for m in a.meetings if m.primary][0]
    assert held.status == "held" and held.location == "Lima" and held.date == "2024-02-29"
    assert set(held.countries) == {"CL", "PE"}
    planned = [m for m in a.meetings if m.status == "planned"]
    assert planned and planned[0].location == "Santiago" and planned[0].date == "2024-03-08"
    background = [m for m in a.meetings if m.date and m.date.startswith("2023")]
    assert background and not background[0].primary and background[0].location == "Brasilia"


def test_counterpart_takes_the_role_and_its_own_country():
    a = parse_article(CHILE, published="2024-03-03")
    peruvian = person(a, "Javier Gonzalez-Olaechea")
    assert peruvian.role == "Foreign Minister" and peruvian.country == "PE"
    assert person(a, "Alberto van Klaveren").country == "CL"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("S. Korea said it would respond.", "KR"),
        ("The ROK navy sailed.", "KR"),
        ("The DPRK fired a missile.", "KP"),
        ("Pyongyang rejected the offer.", "KP"),
        ("Kenyan officials arrived.", "KE"),
        ("Canberra protested.", "AU"),
        ("U.K. ministers left.", "GB"),
    ],
)
def test_short_forms_demonyms_and_capitals_name_countries(sentence, code):
    assert parse_article(sentence).countries == (code,)


def test_venue_city_and_pronoun_us_add_no_country():
    a = parse_article("They met us in Doha to talk about trade with us.")
    assert a.countries == ()


def test_phone_call_is_a_call_without_place():
    text = (
        "Indian Prime Minister Narendra Modi spoke by phone with Japanese Prime Minister "
        "Shigeru Ishiba on Monday, the Indian foreign ministry said."
    )
    a = parse_article(text, published="2025-03-05")
    m = meeting_with(a, "Narendra Modi", "Shigeru Ishiba")
    assert m.mode == "call" and m.location is None and m.date == "2025-03-03"
    assert person(a, "Narendra Modi").country == "IN"


def test_video_conference_is_virtual():
    text = (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron held a video "
        "conference on Tuesday to discuss energy prices."
    )
    m = meeting_with(parse_article(text), "Olaf Scholz", "Emmanuel Macron")
    assert m.mode == "virtual" and m.status == "held"


def test_a_speech_is_not_a_meeting():
    text = "Brazilian President Luiz Inacio Lula da Silva gave a speech in Rio on Monday."
    a = parse_article(text)
    assert a.meetings == ()
    assert person(a, "Luiz Inacio Lula da Silva").role == "President"


def test_surname_alone_joins_the_full_name():
    text = (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. "
        "Ruto said the talks were useful."
    )
    a = parse_article(text)
    assert [p.name for p in a.people] == ["William Ruto", "Abiy Ahmed"]
    assert person(a, "William Ruto").mentions == ("William Ruto", "Ruto")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "\x00\x01\x02 binary \xff\xfe junk",
        "no capital letters or people here at all.",
        "President " * 5000,
        "A" * 300_000,
        "(((( [[[ )))) ]]] ,,,, ....",
    ],
)
def test_bad_input_never_raises_and_returns_a_record(text):
    a = parse_article(text, published="not a date")
    assert a.parser_version == PARSER_VERSION
    assert a.published is None
    assert isinstance(a.people, tuple) and isinstance(a.meetings, tuple)


def test_caller_metadata_fills_what_the_text_does_not_state():
    a = parse_article(
        "Chinese envoy visits Hanoi.", published="2024-05-06", outlet="Xinhua", url="u"
    )
    assert (a.published, a.outlet, a.url) == ("2024-05-06", "Xinhua", "u")
    stated = parse_article(seed("000_82d2fbfd277683a1"), published="1999-01-01", outlet="X")
    assert (stated.published, stated.outlet) == ("2021-04-03", "JIJI Press")


ERDOGAN = """Skip to content

Erdogan hosts Hungary's Orban in Ankara

ANKARA, Turkey (AP) — Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister \
Viktor Orban in Ankara on Thursday, where the two leaders discussed energy projects.

Erdogan and Orban last met in Budapest in December 2023.

Associated Press writer Suzan Fraser contributed to this report.
"""


def test_credit_lines_are_not_people_and_an_earlier_meeting_stays_apart():
    a = parse_article(ERDOGAN)
    assert [p.name for p in a.people] == ["Recep Tayyip Erdogan", "Viktor Orban"]
    assert a.outlet == "AP" and a.dateline == "ANKARA, Turkey"
    today = [m for m in a.meetings if m.location == "Ankara"]
    before = [m for m in a.meetings if m.location == "Budapest"]
    assert today and today[0].primary and today[0].date is None
    assert before and not before[0].primary and before[0].date == "2023-12"


def test_a_call_in_a_relative_clause_is_its_own_encounter():
    text = (
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Monday. "
        "Scholz and Tusk also spoke about Ukraine, whose President Volodymyr Zelensky held a "
        "phone call with Tusk last week."
    )
    a = parse_article(text, published="2024-02-13")
    warsaw = meeting_with(a, "Olaf Scholz", "Donald Tusk")
    assert warsaw.location == "Warsaw" and warsaw.mode == "in_person"
    assert "Volodymyr Zelensky" not in warsaw.participants
    call = meeting_with(a, "Volodymyr Zelensky", "Donald Tusk")
    assert call.mode == "call" and call.date == "2024-02"


def test_thousands_of_distinct_names_stay_distinct():
    text = ". ".join(f"President Nom{i} Xyz{i} met Minister Abc{i} Def{i}" for i in range(2500))
    a = parse_article(text)
    assert len(a.people) == 5000  # every name read, none merged into another


CAIRO = """Egypt, Jordan leaders discuss Gaza ceasefire in Cairo

Published On 14 Jan 2024

Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah II in Cairo on Sunday \
for talks on the war in Gaza, the Egyptian presidency said in a statement.

The two leaders were later joined by Palestinian President Mahmoud Abbas for a trilateral summit \
in the eastern city of Aqaba.

Sisi and Abdullah had spoken by phone on Thursday.
"""


def test_regnal_numbers_arabic_articles_and_three_encounters_of_one_pair():
    a = parse_article(CAIRO)
    assert a.published == "2024-01-14"
    assert "Sisi" in person(a, "Abdel Fattah el-Sisi").mentions
    assert person(a, "Abdullah II").role == "King"
    cairo = [m for m in a.meetings if m.location == "Cairo"][0]
    assert cairo.primary and cairo.date == "2024-01-14"
    aqaba = [m for m in a.meetings if m.location == "Aqaba"][0]
    assert set(aqaba.participants) == {"Abdel Fattah el-Sisi", "Abdullah II", "Mahmoud Abbas"}
    call = [m for m in a.meetings if m.mode == "call"][0]
    assert call.date == "2024-01-11" and call.location is None


def test_summoning_an_ambassador_is_not_a_meeting():
    text = (
        "China's Foreign Ministry summoned the Japanese ambassador Hideo Tarumi on Monday to "
        "protest the visit."
    )
    a = parse_article(text)
    assert a.meetings == ()
    assert person(a, "Hideo Tarumi").country == "JP"


def test_next_month_dates_a_planned_visit_announced_on_friday():
    text = (
        "Indian Prime Minister Narendra Modi will visit Washington next month for talks with "
        "U.S. President Joe Biden, the White House said on Friday."
    )
    m = meeting_with(parse_article(text, published="2023-06-02"), "Narendra Modi", "Joe Biden")
    assert m.status == "planned" and m.date == "2023-07" and m.location == "Washington"


def test_a_quoted_name_of_an_exercise_is_not_a_person():
    art = parse_article(
        "Allies hold drill\n\nSEOUL -- South Korea and the United States began an exercise "
        'dubbed "Freedom Shield" on Monday, and a second one called “Iron Dawn,” in June. '
        "South Korean Defense Minister Shin Won-sik met U.S. Defense Secretary Lloyd Austin "
        "in Seoul."
    )
    assert [p.name for p in art.people] == ["Shin Won-sik", "Lloyd Austin"]


def test_a_photo_credit_of_any_known_outlet_is_not_read_as_text():
    art = parse_article(
        "Leaders meet\n\nFrench President Emmanuel Macron met Kenyan President William Ruto "
        "in Paris on Monday. (Agence France-Presse)\n\nRuto (above) thanked Macron. [Kyodo]"
    )
    assert sorted(p.name for p in art.people) == ["Emmanuel Macron", "William Ruto"]
    assert all("Presse" not in ev and "Kyodo" not in ev for p in art.people for ev in p.evidence)


# --- wire datelines ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "dateline", "outlet", "published"),
    [
        ("Lusaka, 3 May 2022 (Xinhua) -- Zambian President", "Lusaka", "Xinhua", "2022-05-03"),
        ("LIMA, Feb 8, 2021 (Reuters) - Peruvian President", "LIMA", "Reuters", "2021-02-08"),
        ("MINSK, April 9. /TASS/. Belarusian President", "MINSK", "TASS", None),
        ("Dhaka, Jul 4 (PTI) Bangladeshi President", "Dhaka", "PTI", None),
        ("HANOI, Kyodo -- Vietnamese President", "HANOI", "Kyodo", None),
        ("Amman, Jordan - Jordanian President", "Amman, Jordan", None, None),
    ],
)
def test_wire_datelines_give_place_outlet_and_full_date(lead, dateline, outlet, published):
    a = parse_article(f"Leaders meet\n\n{lead} Ana Lopez met Omar Haddad on Monday.\n")
    assert a.dateline == dateline
    assert a.outlet == outlet
    assert a.published == published
    assert {p.name for p in a.people} >= {"Ana Lopez", "Omar Haddad"}


def test_an_ordinary_first_sentence_is_not_a_dateline():
    a = parse_article("Talks end\n\nPeace talks. Diplomats met in Lima on Monday.\n")
    assert a.dateline is None


def test_named_infrastructure_and_agreements_are_not_people():
    a = parse_article(
        "Power deal\n\nKAMPALA - Ugandan President Ana Lopez said the Great Nile Karuma Dam, "
        "the East Coast Oil Pipeline and the Southern Free Trade Area would open in May.\n"
    )
    assert [p.name for p in a.people] == ["Ana Lopez"]


def test_a_credit_line_at_the_end_does_not_take_the_last_paragraphs_with_it():
    a = parse_article(
        "Ministers meet\n\nLUSAKA - Zambian Foreign Minister Ana Lopez met Malawian Foreign "
        "Minister Omar Haddad in Lusaka on Monday.\n\nThe two ministers also discussed "
        "the situation in Somalia.\n\nLopez will travel to Kinshasa next week.\n\n"
        "Photo: Agency/Jan Kowal\nEditor: Li Wei\n"
    )
    assert "SO" in a.countries
    assert "Jan Kowal" not in {p.name for p in a.people}


def test_will_travel_to_a_capital_on_a_weekday_gives_place_and_date():
    a = parse_article(
        "Visit\n\nLusaka, 12 June 2023 (Xinhua) -- Zambian Foreign Minister Ana Lopez will "
        "travel to Kampala on Wednesday to meet Ugandan Foreign Minister Omar Haddad.\n"
    )
    m = meeting_with(a, "Ana Lopez", "Omar Haddad")
    assert (m.location, m.date, m.status) == ("Kampala", "2023-06-14", "planned")


def test_a_national_outlet_names_its_own_officials_by_bare_title():
    text = (
        "Talks\n\nSEOUL, May 20 (Yonhap) -- Prime Minister Ana Lopez met Zambian Foreign "
        "Minister Omar Haddad in Seoul on Monday.\n"
    )
    a = parse_article(text)
    assert person(a, "Ana Lopez").country == "KR"
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").countries == ("KR", "ZM")
    international = parse_article(text.replace("(Yonhap)", "(Reuters)").replace(" in Seoul", ""))
    assert person(international, "Ana Lopez").country is None


def test_a_postponed_meeting_is_not_held_and_a_courtesy_call_is_in_person():
    a = parse_article(
        "Talks\n\nLIMA, Feb 8, 2021 (Reuters) - A planned meeting between Peruvian Foreign "
        "Minister Ana Lopez and Chilean Foreign Minister Omar Haddad in Quito on Thursday "
        "was postponed.\n\nLopez paid a courtesy call on Bolivian President Luis Arce "
        "in La Paz on Monday.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").status == "cancelled"
    courtesy = meeting_with(a, "Ana Lopez", "Luis Arce")
    assert (courtesy.mode, courtesy.status) == ("in_person", "held")


def test_leaders_who_co_chaired_a_council_met():
    a = parse_article(
        "Ties\n\nLIMA - Peruvian President Ana Lopez and Chilean President Omar Haddad "
        "co-chaired the Joint Cabinet Council in Lima in March 2019.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").date == "2019-03"


def test_a_weekday_dates_the_call_not_a_later_month_in_the_same_sentence():
    a = parse_article(
        "Call\n\nLusaka, 12 June 2023 (Xinhua) -- Zambian President Ana Lopez spoke by phone "
        "on Monday with Malawian President Omar Haddad about the summit due in November 2024.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").date == "2023-06-12"


def test_a_city_named_after_a_building_is_the_meeting_place():
    a = parse_article(
        "Visit\n\nLUSAKA - Zambian President Ana Lopez received Malawian President Omar Haddad "
        "at the Mulungushi Lodge in Lusaka on Monday.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").location == "Lusaka"
    # a building alone, under the dateline of the host's capital, stands in that city: the
    # reader is given both
    alone = parse_article(
        "Visit\n\nLUSAKA - Zambian President Ana Lopez received Malawian President Omar Haddad "
        "at the Mulungushi Lodge on Monday.\n"
    )
    assert meeting_with(alone, "Ana Lopez", "Omar Haddad").location == "Mulungushi Lodge, Lusaka"
    undated = parse_article(
        "Visit\n\nZambian President Ana Lopez received Malawian President Omar Haddad at the "
        "Mulungushi Lodge on Monday.\n"
    )
    assert meeting_with(undated, "Ana Lopez", "Omar Haddad").location == "Mulungushi Lodge"


def test_a_video_call_has_no_venue():
    a = parse_article(
        "Call\n\nLIMA - Peruvian President Ana Lopez and Chilean President Omar Haddad held "
        "a video call on Friday on the crisis in Venezuela.\n"
    )
    m = meeting_with(a, "Ana Lopez", "Omar Haddad")
    assert (m.mode, m.location) == ("virtual", None)


def test_a_national_outlets_bare_titles_beat_the_most_named_country():
    a = parse_article(
        "Talks\n\nHanoi, August 5, 2024 (VNA) - Prime Minister Ana Lopez held talks with "
        "Cambodian Prime Minister Omar Haddad. Cambodia and Cambodian trade grew. "
        "Cambodia thanked the hosts.\n"
    )
    assert person(a, "Ana Lopez").country == "VN"


def test_a_style_before_the_name_and_a_place_before_the_title_are_not_the_role():
    a = parse_article(
        "Talks\n\nRIYADH - Saudi Foreign Minister Prince Omar Haddad met Zambian Foreign "
        "Minister Ana Lopez. Lopez laid a wreath at the Mausoleum of President Kenneth "
        "Kaunda in Lusaka.\n"
    )
    assert person(a, "Omar Haddad").role == "Foreign Minister"
    assert person(a, "Kenneth Kaunda").role == "President"


def test_the_outlets_own_reporter_is_not_a_subject_and_a_source_line_credits_it():
    a = parse_article(
        "Talks\n\nDoha, Qatar - Qatari Emir Ana Lopez met Omani Sultan Omar Haddad in Doha.\n\n"
        "Al Jazeera's Jan Kowal, reporting from Doha, said the talks went well.\n\n"
        "Source: Al Jazeera and news agencies\n"
    )
    assert "Jan Kowal" not in {p.name for p in a.people}
    assert a.outlet == "Al Jazeera"


def test_a_country_inside_a_hyphenated_compound_counts_for_the_article():
    a = parse_article(
        "Forum\n\nRIYADH - Ana Lopez opened the first India-Gulf ministerial forum on Monday.\n"
    )
    assert "IN" in a.countries


def test_a_capital_that_opens_a_name_after_a_title_is_a_first_name_not_a_side():
    a = parse_article(
        "Talks\n\nLIMA - Paraguayan President Santiago Ruiz met Peruvian President Ana Lopez "
        "in Lima on Monday.\n"
    )
    assert person(a, "Santiago Ruiz").country == "PY"
    assert "CL" not in a.countries
    assert meeting_with(a, "Santiago Ruiz", "Ana Lopez").countries == ("PE", "PY")


def test_a_call_in_which_the_two_agreed_to_meet_is_two_encounters():
    a = parse_article(
        "Call\n\nLIMA - Peruvian President Ana Lopez spoke by phone with Chilean President "
        "Omar Haddad on Friday, and the two agreed to meet in Santiago next month.\n"
    )
    pair = [m for m in a.meetings if set(m.participants) == {"Ana Lopez", "Omar Haddad"}]
    assert sorted((m.mode, m.status, m.location) for m in pair) == [
        ("call", "held", None),
        ("in_person", "planned", "Santiago"),
    ]


@pytest.mark.parametrize(
    "background",
    [
        "The two men previously met on the sidelines of the G20 summit in Johannesburg.",
        "They had met during the G20 summit in Rio de Janeiro last November.",
        "The two last met in person in Rio de Janeiro in May on the sidelines of a forum.",
    ],
)
def test_an_earlier_meeting_of_the_pair_stays_apart_from_todays_call(background):
    a = parse_article(
        "Call\n\nNairobi, 12 June 2025 (Xinhua) -- Zambian President Ana Lopez spoke by "
        "phone on Monday with Malawian President Omar Haddad.\n\n" + background + "\n"
    )
    pair = [m for m in a.meetings if set(m.participants) == {"Ana Lopez", "Omar Haddad"}]
    assert [(m.mode, m.primary) for m in pair] == [("call", True), ("in_person", False)]
    assert pair[0].date == "2025-06-09"
    assert pair[1].location in ("Johannesburg", "Rio de Janeiro")


def test_minister_of_foreign_affairs_is_one_title_and_then_president_a_role():
    a = parse_article(
        "Talks\n\nLUSAKA - Minister of Foreign Affairs Ana Lopez met Malawian Foreign "
        "Minister Omar Haddad, who had served under then-President Jan Kowal.\n"
    )
    lopez = person(a, "Ana Lopez")
    assert (lopez.role, lopez.org) == ("Minister of Foreign Affairs", None)
    assert person(a, "Jan Kowal").role == "President"
    spokes = parse_article(
        "Briefing\n\nLUSAKA - The spokesperson of the Ministry of Foreign Affairs Ana Lopez "
        "said so.\n"
    )
    assert person(spokes, "Ana Lopez").org == "Ministry of Foreign Affairs"


def test_an_external_affairs_minister_serves_india_wherever_the_dateline_is():
    a = parse_article(
        "Talks\n\nRIYADH (Reuters) - External Affairs Minister Ana Lopez met Saudi Foreign "
        "Minister Omar Haddad in Riyadh on Monday.\n"
    )
    assert person(a, "Ana Lopez").country == "IN"


def test_the_token_key_table_stays_bounded_over_a_long_run():
    from bot.parsing.lexicon import TokenKeys

    keys = TokenKeys()
    for i in range(TokenKeys.LIMIT + 10):
        assert keys[f"U.S.{i}"] == f"us{i}"
    assert len(keys) <= TokenKeys.LIMIT
    assert keys["Kim’s"] == "kim's"


def test_menu_rows_and_section_headers_are_not_the_headline():
    page = (
        "Home | Nation | World | Business | Sport | Video\n"
        "Politics  Economy  Culture  Opinion\n"
        "News > Diplomacy > Asia\n"
        "Brazilian Politics & Diplomacy\n"
        "\n"
        "Peru, Ecuador foreign ministers agree to reopen border crossing\n"
        "\n"
        "By  Ana Torres\n"
        "LIMA, May 6 (Reuters) - Peruvian Foreign Minister Luis Ortega met his Ecuadorian "
        "counterpart Sofia Vera in Lima on Tuesday to discuss the reopening of the border.\n"
    )
    art = parse_article(page)
    assert art.title == "Peru, Ecuador foreign ministers agree to reopen border crossing"
    assert art.outlet == "Reuters"
    assert [p.name for p in art.people] == ["Luis Ortega", "Sofia Vera"]


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Published on: 21/03/2024 - 09:12", "2024-03-21"),
        ("Ayse Demir   |14.11.2024 - Update : 14.11.2024", "2024-11-14"),
        ("03/21/2024 7:00 AM", "2024-03-21"),
        ("2023. 10. 05. 11:40", "2023-10-05"),
        ("12th October 2022", "2022-10-12"),
        ("May 6, 20249:15 AM GMT+1Updated an hour ago", "2024-05-06"),
        ("Source: Xinhua| 2025-02-03 10:05:33|Editor: wang", "2025-02-03"),
    ],
)
def test_date_stamps_written_in_numbers_or_run_together_give_the_publication_date(stamp, published):
    page = (
        "Ministers meet on trade corridor\n\n"
        f"{stamp}\n\n"
        "Hungarian Foreign Minister Peter Kovacs met Austrian Foreign Minister Anna Berger "
        "in Vienna on Monday to discuss rail links between the two countries.\n"
    )
    art = parse_article(page)
    assert art.published == published
    assert art.title == "Ministers meet on trade corridor"


def test_a_hyphenated_country_in_a_headline_is_not_a_dateline():
    page = (
        "Indonesia, Timor-Leste sign maritime accord at Dili meeting\n\n"
        "DILI (Antara) - Indonesian Foreign Minister Budi Santoso and East Timor's foreign "
        "minister Maria Soares signed the accord in Dili on Friday.\n"
    )
    art = parse_article(page)
    assert art.title == "Indonesia, Timor-Leste sign maritime accord at Dili meeting"
    assert art.dateline == "DILI"


def test_an_honorific_after_a_job_word_and_malaysian_styles_stay_out_of_the_name():
    text = (
        "KUALA LUMPUR, March 4 (Bernama) -- Prime Minister Datuk Seri Azman Rahim met "
        "Singaporean Prime Minister Lim Wei Ming here today. Political analyst Dr Nora "
        "Ismail said the meeting was overdue."
    )
    names = [p.name for p in parse_article(text).people]
    assert names == ["Azman Rahim", "Lim Wei Ming", "Nora Ismail"]


@pytest.mark.parametrize(
    ("lead", "dateline", "outlet"),
    [
        ("Sao Paulo (AFP) – Brazil's President Rui Matos met", "Sao Paulo", "AFP"),
        ("Mwanza (Tanzania) (AFP) – Kenyan leader Joseph Otieno met", "Mwanza (Tanzania)", "AFP"),
        ("(ANSA) - MILAN, APR 7 - Italian Foreign Minister Paolo Greco met", "MILAN", "ANSA"),
        ("Cusco (Peru), Nov 15 (EFE).- Chilean President Ana Rojas met", "Cusco (Peru)", "EFE"),
    ],
)
def test_datelines_with_a_region_a_lower_case_particle_or_the_agency_first(lead, dateline, outlet):
    text = f"{lead} his counterpart on Monday to discuss trade between the two countries."
    art = parse_article(text)
    assert (art.dateline, art.outlet) == (dateline, outlet)


def test_a_ministry_masthead_is_not_the_headline():
    page = (
        "Ministry of Foreign Affairs of the Republic of Latvia\n"
        "Foreign Minister holds talks with Estonian counterpart\n\n"
        "Latvian Foreign Minister Ilze Berzina met Estonian Foreign Minister Kaja Tamm "
        "in Riga on Monday to discuss energy security.\n"
    )
    assert parse_article(page).title == "Foreign Minister holds talks with Estonian counterpart"


def test_places_after_in_or_at_and_hyphenated_adjectives_are_not_people():
    text = (
        "BANGKOK, June 3 (Reuters) - Thai Prime Minister Somchai Boonmee met Malaysian Prime "
        "Minister Anwar Karim at Government House on Monday, a day after their aides held "
        "talks in Sungai Buloh on a Marshall Islands-flagged tanker seized by the UN-backed "
        "coast guard. Karim's office said the two would meet again in December."
    )
    names = [p.name for p in parse_article(text).people]
    assert names == ["Somchai Boonmee", "Anwar Karim"]


def test_a_name_opening_on_an_initial_is_one_person_with_its_surname():
    text = (
        "NEW DELHI, March 3 (PTI) External Affairs Minister S. Kumaran held talks with "
        "Mongolian Foreign Minister B. Altangerel in New Delhi on Monday. Kumaran said the "
        "talks were useful."
    )
    people = {p.name: p for p in parse_article(text).people}
    assert set(people) == {"S. Kumaran", "B. Altangerel"}
    assert people["S. Kumaran"].mentions == ("S. Kumaran", "Kumaran")
    assert people["B. Altangerel"].country == "MN"


def test_the_copyright_year_completes_a_dateline_without_one():
    page = (
        "Portuguese minister to visit Brazil next week\n\n"
        "Lisbon, Oct 3 (EFE).- Portuguese Foreign Minister Rui Alves will meet Brazilian "
        "Foreign Minister Clara Nunes in Brasilia on Wednesday, the ministry said.\n\n"
        "© EFE 2025. All rights reserved.\n"
    )
    art = parse_article(page)
    assert art.published == "2025-10-03"
    assert art.meetings[0].date == "2025-10-08"
    assert art.meetings[0].status == "planned"


def test_travel_to_a_capital_spelt_with_an_apostrophe_and_a_commission_is_no_venue():
    text = (
        "WELLINGTON, May 5 (RNZ) - New Zealand Foreign Minister Tama Rewi will travel to "
        "Nuku'alofa next week to meet Tongan Prime Minister Sione Lavaka. Officials met at "
        "the Ninth Joint Commission meeting held here on Monday."
    )
    meetings = parse_article(text).meetings
    assert meetings[0].location == "Nuku'alofa"
    assert all(m.location != "Ninth Joint Commission" for m in meetings)


def test_the_two_presidents_agreeing_to_meet_is_a_second_planned_meeting():
    page = (
        "Peru, Bolivia presidents hold video call\n\n"
        "March 18, 2024\n\n"
        "LIMA, March 18 (Reuters) - Peruvian President Carlos Quispe and his Bolivian "
        "counterpart Luis Mamani held a video call on Monday. The two presidents agreed "
        "to meet in person in Puno on April 22 to sign a framework agreement.\n"
    )
    meetings = parse_article(page).meetings
    assert [(m.mode, m.status, m.date) for m in meetings] == [
        ("virtual", "held", "2024-03-18"),
        ("in_person", "planned", "2024-04-22"),
    ]
    assert all(set(m.participants) == {"Carlos Quispe", "Luis Mamani"} for m in meetings)


def test_a_city_closing_a_name_or_opening_an_institution_is_no_country():
    text = (
        "SANTIAGO, May 2 (Reuters) - Chilean Foreign Minister Ana Maria Lagos met "
        "Peruvian Foreign Minister Jorge Rios on Monday. Victoria University lecturer "
        "Tom Hale said the talks were overdue."
    )
    art = parse_article(text)
    assert [p.name for p in art.people] == ["Ana Maria Lagos", "Jorge Rios", "Tom Hale"]
    assert art.countries == ("CL", "PE")


def test_photographer_credits_and_places_after_port_of_are_not_people():
    text = (
        "JAYAPURA, Sept 4 (Antara) - Indonesian Foreign Minister Retno Wulan met Papua New "
        "Guinea Foreign Minister Justin Kapi in Jayapura on Wednesday.\n"
        "The two ministers shake hands in Jayapura, Papua, on Wednesday. (ANTARA/Hendra Putra)\n"
        "The ministers discussed shipping to the port of Vanimo Harbour."
    )
    names = [p.name for p in parse_article(text).people]
    assert names == ["Retno Wulan", "Justin Kapi"]


def test_whoever_has_a_counterpart_serves_the_other_country_named_most():
    text = (
        "Foreign Minister Kovacs Andras held talks with his Serbian counterpart, Nemanja "
        "Petrovic, in Szeged on Monday. A new gas link will serve Hungary from next year, "
        "Kovacs said, as Hungary buys most of its gas through Serbia."
    )
    people = countries_of(text)
    assert people == {"Kovacs Andras": "HU", "Nemanja Petrovic": "RS"}


def test_two_counterparts_named_in_a_row_take_the_two_countries_in_order():
    text = (
        "ANKARA (AA) - Turkish Foreign Minister Kerem Yildirim hosted his Somali and "
        "Ethiopian counterparts, Abdirahman Nur and Tesfaye Alemu, in Ankara on Monday."
    )
    art = parse_article(text)
    assert [(p.name, p.role, p.country) for p in art.people] == [
        ("Kerem Yildirim", "Foreign Minister", "TR"),
        ("Abdirahman Nur", "Foreign Minister", "SO"),
        ("Tesfaye Alemu", "Foreign Minister", "ET"),
    ]
    assert art.meetings[0].countries == ("ET", "SO", "TR")


def test_due_to_a_cause_is_no_plan_and_the_named_call_joins_the_unnamed_one():
    text = (
        "ANKARA (AA) - Turkey's foreign minister held phone calls with his Somali and "
        "Ethiopian counterparts on Tuesday, diplomatic sources said. Foreign Minister Kerem "
        "Yildirim spoke with Somalia's Abdirahman Nur and Ethiopia's Tesfaye Alemu, said the "
        "sources, who asked not to be named due to restrictions on speaking to the media."
    )
    meetings = parse_article(text, published="2024-11-26").meetings
    # "held phone calls with his Somali and Ethiopian counterparts": one call with each
    assert [m.participants for m in meetings] == [
        ("Kerem Yildirim", "Abdirahman Nur"),
        ("Kerem Yildirim", "Tesfaye Alemu"),
    ]
    for call in meetings:
        assert (call.mode, call.status, call.date) == ("call", "held", "2024-11-26")


def test_those_attending_join_the_meeting_and_a_side_meeting_stays_its_own():
    text = (
        "ASTANA, June 2 (Xinhua) -- Chinese Foreign Minister Wang Lei on Monday chaired a "
        "meeting of foreign ministers in Astana. Attending the meeting were Kazakh Foreign "
        "Minister Erlan Sadykov, Kyrgyz Foreign Minister Azamat Beishenov and Uzbek Foreign "
        "Minister Bakhtiyor Saidov. On the sidelines of the meeting, Wang also held separate "
        "talks with Sadykov on a new border crossing at Khorgos."
    )
    main, side = parse_article(text, published="2025-06-02").meetings
    assert len(main.participants) == 4
    assert (main.date, main.location) == ("2025-06-02", "Astana")
    assert set(side.participants) == {"Wang Lei", "Erlan Sadykov"}
    assert (side.date, side.location) == ("2025-06-02", "Astana")


def test_share_buttons_before_the_story_do_not_end_it():
    page = (
        "Indian minister meets Sri Lankan president\n\n"
        "Staff reporter / Updated: Sep 12, 2023, 22:14 IST\n"
        "Share\nFollow us\n\n"
        "NEW DELHI: External affairs minister Arun Mehta on Tuesday called on Sri Lankan "
        "President Ranil Perera in Colombo.\n\n"
        "Mehta, who is on a two-day visit to the island nation, also discussed energy links "
        "and port calls by foreign research vessels.\n\n"
        "The last such visit was held in January, officials said.\n"
    )
    art = parse_article(page)
    assert [p.name for p in art.people] == ["Arun Mehta", "Ranil Perera"]
    assert art.published == "2023-09-12"


def test_slash_credits_author_lines_features_and_styles_are_not_people():
    page = (
        "UAE, Jordan discuss regional ties\n\n"
        "Author Katrin Vogel\n\n"
        "ABU DHABI, 20th November, 2025 (WAM) -- His Highness Sheikh Khalid bin Zayed, "
        "Minister of Foreign Affairs, received Jordanian Foreign Minister Omar Haddad. "
        "They discussed shipping near Scarborough Shoal and the Weimar Triangle format.\n"
        "The two ministers in Abu Dhabi on Thursday. WAM/Hatem Salem\n"
    )
    names = [p.name for p in parse_article(page).people]
    assert names == ["Khalid bin Zayed", "Omar Haddad"]


def test_the_storys_own_credit_beats_the_sites_masthead():
    page = (
        "KCNA | Korean Central News Agency\n"
        "Skip next section Navigation\n\n"
        "Premier meets Russian delegation\n\n"
        "Published on 05/06/2025 - 10:20 By Staff - Reporter at the agency - Pyongyang\n\n"
        "SEOUL, June 5 (Yonhap) -- North Korean Premier Pak Chol Su met Russian Deputy Prime "
        "Minister Ivan Orlov in Pyongyang on Wednesday.\n"
    )
    art = parse_article(page)
    assert (art.title, art.outlet, art.published) == (
        "Premier meets Russian delegation",
        "Yonhap",
        "2025-06-05",
    )


def test_a_masthead_or_the_copyright_line_credits_a_story_without_a_dateline_credit():
    masthead = "Emirates News Agency - WAM\n\nUAE, Jordan discuss ties\n\n"
    body = (
        "Emirati Foreign Minister Saeed Rashid received Jordanian Foreign Minister Omar "
        "Haddad in Abu Dhabi on Thursday to discuss regional security.\n"
    )
    assert parse_article(masthead + body).outlet == "Emirates News Agency"
    footer = "\n© 2026 Deutsche Welle | Privacy Policy | Legal notice\n"
    assert parse_article("UAE, Jordan discuss ties\n\n" + body + footer).outlet == "Deutsche Welle"


def test_the_side_left_over_is_the_unplaced_persons_but_a_venue_country_is_not():
    text = (
        "Greek Foreign Minister Nikos Dendias met Turkish Foreign Minister Ahmet Yilmaz in "
        "Madrid on Thursday. Prime Minister Kostas Mitsos will meet Yilmaz in Ankara next "
        "week, after Greece and Turkey resume talks in Cambodia."
    )
    meetings = parse_article(text, published="2022-09-08").meetings
    assert meetings[0].countries == ("GR", "TR")
    assert meetings[1].countries == ("GR", "TR")


def test_a_round_due_to_be_held_later_is_a_planned_meeting_of_the_same_sides():
    text = (
        "ANKARA (AA) - Turkish Foreign Minister Kerem Yildirim held talks with Somali Foreign "
        "Minister Abdirahman Nur in Ankara on Tuesday. The next round of talks is due to be "
        "held in Ankara in December."
    )
    meetings = parse_article(text, published="2024-11-26").meetings
    assert [(m.status, m.date, m.countries) for m in meetings] == [
        ("held", "2024-11-26", ("SO", "TR")),
        ("planned", "2024-12", ("SO", "TR")),
    ]


def test_calling_on_a_president_is_a_visit_and_calling_on_someone_to_act_is_not():
    visit = (
        "NEW DELHI: External affairs minister Arun Mehta on Tuesday called on Sri Lankan "
        "President Ranil Perera in Colombo and conveyed India's concerns."
    )
    (meeting,) = parse_article(visit, published="2023-09-12").meetings
    assert (meeting.mode, meeting.location, meeting.date) == ("in_person", "Colombo", "2023-09-12")
    appeal = (
        "UN envoy Maria Costa called on President Ali Rezai of Iran and Foreign Minister "
        "Omar Saad of Iraq to resume talks."
    )
    assert parse_article(appeal).meetings == ()


def test_talks_on_the_same_day_are_their_own_meeting_on_that_day_in_that_city():
    text = (
        "BEIJING, May 21 (Xinhua) -- Chinese Vice President Zhao Ming met with Mongolian "
        "Foreign Minister Ganbold Bat in Beijing on Tuesday. On the same day, Chinese Foreign "
        "Minister Tang Wei held talks with Bat."
    )
    first, second = parse_article(text, published="2024-05-21").meetings
    assert set(first.participants) == {"Zhao Ming", "Ganbold Bat"}
    assert set(second.participants) == {"Tang Wei", "Ganbold Bat"}
    assert (second.date, second.location) == ("2024-05-21", "Beijing")


def test_a_minister_also_received_during_the_visit_is_met_on_its_day_in_its_city():
    text = (
        "HANOI, March 11 (AFP) - French Foreign Minister Claire Morel held talks with "
        "Vietnamese Foreign Minister Bui Thanh Son in Hanoi on Monday. Morel was also "
        "received by Prime Minister Pham Minh Chinh."
    )
    first, second = parse_article(text, published="2024-03-11").meetings
    assert (second.date, second.location) == ("2024-03-11", "Hanoi")
    assert "Pham Minh Chinh" in second.participants


def test_moving_on_to_a_capital_for_talks_places_the_planned_meeting():
    text = (
        "MANILA (Kyodo) -- Japanese Prime Minister Kenji Mori met Philippine President Ramon "
        "Villa in Manila on Friday. He is scheduled to move on to Jakarta on Saturday for "
        "talks with Indonesian President Surya Wardana."
    )
    second = parse_article(text, published="2025-08-01").meetings[1]
    assert (second.location, second.date, second.status) == ("Jakarta", "2025-08-02", "planned")


def test_travel_to_a_known_city_that_is_no_capital_places_the_meeting_but_a_region_does_not():
    city = (
        "BRASILIA (Reuters) - French President Jean Morel will travel to Rio de Janeiro on "
        "Monday to meet Brazilian President Lucas Prado."
    )
    (meeting,) = parse_article(city, published="2024-11-14").meetings
    assert meeting.location == "Rio de Janeiro"
    region = (
        "SEOUL (Yonhap) -- President Kim Min-jun will travel to Southeast Asia next week to "
        "meet Indonesian President Budi Hartono."
    )
    assert parse_article(region, published="2024-11-14").meetings[0].location is None


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        ("ANSA.it\n", "", "ANSA"),
        ("eKathimerini.com\n", "", "Kathimerini"),
        ("MercoPress, South Atlantic News Agency\n", "", "MercoPress"),
        ("", "Published in Dawn, January 15th, 2025\n", "Dawn"),
    ],
)
def test_a_sites_domain_strapline_or_print_line_credits_it(masthead, footer, outlet):
    page = (
        f"{masthead}\nMinisters agree to speed up rail projects\n\n"
        "Foreign Minister Imran Qazi held talks with his Chinese counterpart Tang Wei in "
        "Beijing on Wednesday, the ministry said.\n\n"
        "The two sides agreed to speed up work on the rail link, officials said.\n\n"
        f"{footer}"
    )
    assert parse_article(page).outlet == outlet


_STORY = (
    "Ministers agree to speed up rail projects\n\n"
    "Foreign Minister Imran Qazi held talks with his Chinese counterpart Tang Wei in "
    "Beijing on Wednesday, the ministry said.\n\n"
    "The two sides agreed to speed up work on the rail link, officials said.\n\n"
)


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2025 The Accra Sentinel. All rights reserved. | About Us\n", "The Accra Sentinel"),
        ("Radio Altiplano Noticias © 2026 · Jr. Lima 455, Puno\n", "Radio Altiplano Noticias"),
        ("All rights reserved. Copyright © The Kansai Shimpo\n", "The Kansai Shimpo"),
        ("Related News\nSource: Vardar Daily\n", "Vardar Daily"),
        ("Related News\nSource: Al Jazeera and news agencies\n", "Al Jazeera"),
        (
            "Related News\nAnadolu Agency website contains only a portion of the news.\n",
            "Anadolu Agency",
        ),
        ("© 2025. All rights reserved.\n", None),
    ],
)
def test_a_footer_credits_a_page_that_names_its_outlet_nowhere_else(footer, outlet):
    assert parse_article(_STORY + footer).outlet == outlet


def test_a_photo_credit_is_not_the_copyright_holder_of_the_page():
    photo = "Photo: The two ministers sign the accords. © MAESE\n\n"
    page = photo + _STORY + "Dakar Tribune © 2024 — All rights reserved.\n"
    assert parse_article(page).outlet == "Dakar Tribune"


def test_in_may_is_the_month_and_may_be_is_a_verb():
    text = (
        "Brazilian Foreign Minister Mauro Lima received his Paraguayan counterpart Javier "
        "Acosta in Brasilia on Thursday. In May, they had spoken by videoconference. A "
        "treaty may be signed later."
    )
    meetings = parse_article(text, published="2021-07-15").meetings
    assert [m.date for m in meetings] == ["2021-07-15", "2021-05"]


def test_also_chairing_a_commission_with_another_minister_is_a_further_meeting():
    text = (
        "NEW DELHI: External affairs minister Arun Mehta on Tuesday called on Sri Lankan "
        "President Ranil Perera in Colombo. Mehta, who is on a two-day visit, also co-chaired "
        "the sixth meeting of the Joint Commission with his Lankan counterpart Ali Farook."
    )
    first, second = parse_article(text, published="2023-09-12").meetings
    assert set(first.participants) == {"Arun Mehta", "Ranil Perera"}
    assert set(second.participants) == {"Arun Mehta", "Ali Farook"}
    assert (second.date, second.location) == ("2023-09-12", "Colombo")


def test_park_is_a_family_name_before_a_given_name_and_alone_before_a_verb():
    text = (
        "SEOUL, April 17 (Yonhap) -- South Korean Foreign Minister Park Sung-jin held talks "
        "with his Japanese counterpart, Tomohiro Sakaguchi, in Seoul on Wednesday. Park said "
        "the two walked through Central Park on Park Avenue."
    )
    art = parse_article(text)
    people = {p.name: p for p in art.people}
    assert set(people) == {"Park Sung-jin", "Tomohiro Sakaguchi"}
    assert people["Park Sung-jin"].mentions == ("Park Sung-jin", "Park")
    assert set(art.meetings[0].participants) == {"Park Sung-jin", "Tomohiro Sakaguchi"}


def test_a_given_name_that_is_also_a_month_stays_in_the_name():
    text = (
        "PRAGUE (AP) -- Czech Foreign Minister Jan Lipavsky met Chinese Foreign Minister Wang "
        "Jun in Prague on Monday, May 6. Wang said the talks were frank."
    )
    art = parse_article(text, published="2024-05-06")
    assert {p.name: p.mentions for p in art.people} == {
        "Jan Lipavsky": ("Jan Lipavsky",),
        "Wang Jun": ("Wang Jun", "Wang"),
    }
    assert art.meetings[0].date == "2024-05-06"


def test_the_sidelines_of_a_named_summit_elsewhere_keep_their_own_place():
    text = (
        "KAMPALA (Reuters) - Ugandan President Yoweri Museveni received Kenyan President "
        "William Ruto in Kampala on Monday. Museveni met Ethiopian Prime Minister Abiy Ahmed "
        "on the sidelines of the G20 summit in New Delhi in September."
    )
    first, second = parse_article(text, published="2023-10-02").meetings
    assert (first.location, second.location, second.date) == ("Kampala", "New Delhi", "2023-09")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin said Russian President Ivan Petrov would receive Lao Prime Minister Sone Keo.",
        "Brazilian President Ana Lima and Paraguayan President Jose Duarte should meet at the "
        "Itaipu dam.",
        "Lao Prime Minister Sone Keo invited Russian President Ivan Petrov to visit Vientiane.",
        "The trip prepares a possible meeting between U.S. President John Hale and Chinese "
        "President Li Wei.",
    ],
)
def test_a_modal_an_invitation_or_a_possible_meeting_is_planned(sentence):
    (meeting,) = parse_article(sentence, published="2024-09-05").meetings
    assert meeting.status == "planned"


def test_a_breadcrumb_ending_on_the_headline_and_a_hyphenated_masthead():
    page = (
        "NHK WORLD-JAPAN News\n"
        "Home / India News / Menon holds talks with Sri Lankan FM on fishermen issue\n\n"
        "Menon holds talks with Sri Lankan FM on fishermen issue\n\n"
        "New Delhi, Sep 10 (PTI) External Affairs Minister R K Menon on Tuesday held talks "
        "with his Sri Lankan counterpart Nimal Silva in New Delhi.\n"
    )
    art = parse_article(page)
    assert art.title == "Menon holds talks with Sri Lankan FM on fishermen issue"
    assert (art.dateline, art.outlet) == ("New Delhi", "PTI")


@pytest.mark.parametrize(
    ("weekday", "published"),
    [("Tuesday", "2026-02-03"), ("Monday", "2026-03-02"), ("Friday", "2026-03-02")],
)
def test_the_leads_weekday_chooses_how_an_all_number_stamp_is_read(weekday, published):
    page = (
        "Germany, Poland vow joint push on defense\n\n02/03/2026\n\n"
        f"German Chancellor Karl Feld received Polish Prime Minister Jan Nowak in Berlin on "
        f"{weekday} for talks on air defense.\n"
    )
    assert parse_article(page).published == published


def test_a_style_after_counterpart_a_clause_after_a_name_and_a_bare_byline():
    page = (
        "Iran, Saudi Arabia hold talks in Riyadh\n\n"
        "Iran's foreign minister has held talks with his Saudi counterpart in Riyadh.\n\n"
        "Lena Hart\n\n"
        "Iranian Foreign Minister Hossein Rahimi met his Saudi counterpart Prince Turki bin "
        "Nawaf in Riyadh on Monday. Turkish Foreign Minister Ali Kaya also spoke with Armenian "
        "Foreign Minister Armen Hakobyan, the two ministers exchanging views on the "
        "normalization process.\n"
    )
    people = {p.name: p.role for p in parse_article(page).people}
    assert "Lena Hart" not in people
    assert people["Turki bin Nawaf"] == "Foreign Minister"
    assert people["Armen Hakobyan"] == "Foreign Minister"


def test_an_official_met_in_the_dateline_capital_by_visitors_serves_the_host():
    text = (
        "SEOUL (Reuters) - Prime Minister Ana Lopez met Zambian Foreign Minister Omar Haddad in "
        "Seoul on Monday."
    )
    people = countries_of(text, "2024-07-29")
    assert people == {"Ana Lopez": "KR", "Omar Haddad": "ZM"}
    summit = (
        "SEOUL (Yonhap) -- President Kim Min-jun will hold a summit with Japanese Prime "
        "Minister Fumio Kishida in Phnom Penh on Sunday."
    )
    people = countries_of(summit, "2022-11-10")
    assert people["Kim Min-jun"] != "KH"


def test_a_city_and_agency_line_of_its_own_credits_the_agency():
    page = (
        "Ministers hold teleconference\n\nANKARA-Anadolu Agency\n"
        "Foreign ministers of Turkey and Germany held a teleconference on Tuesday, the "
        "ministry said.\n"
    )
    assert parse_article(page).outlet == "Anadolu Agency"


def test_separate_talks_with_two_ministers_are_two_meetings():
    text = (
        "ANKARA (AA) - Turkish Foreign Minister Kerem Yildirim held separate talks with Somali "
        "Foreign Minister Abdirahman Nur and Ethiopian Foreign Minister Tesfaye Alemu in Ankara "
        "on Monday."
    )
    meetings = parse_article(text, published="2025-08-12").meetings
    assert [(m.participants, m.countries) for m in meetings] == [
        (("Kerem Yildirim", "Abdirahman Nur"), ("SO", "TR")),
        (("Kerem Yildirim", "Tesfaye Alemu"), ("ET", "TR")),
    ]
    assert {(m.date, m.location) for m in meetings} == {("2025-08-11", "Ankara")}


def test_the_next_round_of_a_bilateral_body_is_planned_between_the_same_sides():
    text = (
        "JAYAPURA (Antara) - Indonesian Foreign Minister Retno Wulan met Papua New Guinea "
        "Foreign Minister Justin Kapi in Jayapura on Wednesday. The Joint Border Committee "
        "will convene in Port Moresby in November."
    )
    meetings = parse_article(text, published="2024-09-04").meetings
    assert [(m.status, m.date, m.location, m.countries) for m in meetings][1] == (
        "planned",
        "2024-11",
        "Port Moresby",
        ("ID", "PG"),
    )


def test_the_first_meeting_since_they_met_somewhere_is_a_meeting_of_the_pair_then():
    text = (
        "SEOUL, March 14 (Yonhap) -- Foreign Minister Choi Dong-hyun held talks with his "
        "Japanese counterpart Yoko Matsuzaki in Seoul on Thursday. It was their first "
        "in-person meeting since they joined U.S. Secretary of State Richard Hollis for talks "
        "on the sidelines of an ASEAN meeting in Jakarta last July."
    )
    meetings = parse_article(text, published="2024-03-14").meetings
    assert [(m.date, m.location) for m in meetings] == [
        ("2024-03-14", "Seoul"),
        ("2023-07", "Jakarta"),
    ]
    assert {"Choi Dong-hyun", "Yoko Matsuzaki"} <= set(meetings[1].participants)


def test_a_visit_that_comes_a_month_after_talks_dates_those_talks_by_month():
    text = (
        "TEHRAN (IRNA) - Iraqi Foreign Minister Fuad Hussein met Iranian Foreign Minister Ali "
        "Rezaei in Tehran on Monday. Hussein's visit comes a month after Iraqi Prime Minister "
        "Haidar Salim travelled to Tehran and held talks with Iranian President Masoud Karimi."
    )
    meetings = parse_article(text, published="2025-01-14").meetings
    earlier = [m for m in meetings if "Haidar Salim" in m.participants]
    assert [m.date for m in earlier] == ["2024-12"]


def test_a_meeting_also_planned_during_the_stay_is_in_the_visits_month_and_city():
    text = (
        "MOSCOW (Reuters) - North Korean Foreign Minister Ri Chol Jin held talks with Russian "
        "Foreign Minister Viktor Orlov in Moscow on Thursday. Ri is also expected to meet "
        "Russian Defence Minister Pavel Sedov during his stay."
    )
    meetings = parse_article(text, published="2024-10-03").meetings
    later = [m for m in meetings if "Pavel Sedov" in m.participants]
    assert [(m.status, m.date, m.location) for m in later] == [("planned", "2024-10", "Moscow")]


def test_a_call_planned_before_returning_home_is_in_the_visits_city():
    text = (
        "SEOUL, April 17 (Yonhap) -- South Korean Foreign Minister Park Sung-jin held talks with "
        "his Japanese counterpart, Tomohiro Sato, in Seoul on Wednesday. Sato is set to pay a "
        "courtesy call on Prime Minister Han Dong-wook on Thursday before returning home. Sato "
        "will then travel on to Manila for talks with Philippine officials."
    )
    meetings = parse_article(text, published="2024-04-17").meetings
    call = [m for m in meetings if "Han Dong-wook" in m.participants]
    assert [(m.date, m.location, m.status) for m in call] == [("2024-04-18", "Seoul", "planned")]


def test_one_also_received_on_another_day_of_the_visit_is_in_its_city():
    text = (
        "BEIJING (AP) - U.S. Secretary of State Daniel Ward held talks with Chinese Foreign "
        "Minister Tang Wen in Beijing on Thursday. Ward was also received by Chinese Premier "
        "Li Wei on Friday."
    )
    meetings = parse_article(text, published="2025-06-07").meetings
    premier = [m for m in meetings if "Li Wei" in m.participants]
    assert [(m.date, m.location) for m in premier] == [("2025-06-06", "Beijing")]


def test_a_since_clause_naming_the_pair_and_a_place_is_their_earlier_meeting():
    text = (
        "TOKYO (Kyodo) -- Japanese Defense Minister Hiroyuki Tanabe and his Chinese counterpart "
        "Liang Zhenhua held talks by video link on Tuesday. It was the first dialogue between "
        "the two defense chiefs since June last year, when Tanabe and Liang met in Singapore."
    )
    first, second = parse_article(text, published="2025-02-11").meetings
    assert (first.mode, first.location, first.date) == ("virtual", None, "2025-02-11")
    assert (second.location, second.date) == ("Singapore", "2024-06")
    assert set(second.participants) == {"Hiroyuki Tanabe", "Liang Zhenhua"}


def test_the_ministers_own_meeting_on_the_same_day_is_not_the_presidents():
    text = (
        "MONTEVIDEO (MercoPress) - Uruguayan President Alvaro Methol received his Paraguayan "
        "counterpart Santiago Benitez in Montevideo on Wednesday. The foreign ministers of both "
        "countries, Valeria Ocampo and Ruben Gimenez, also held a working meeting on Wednesday."
    )
    meetings = parse_article(text, published="2026-03-04").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Alvaro Methol", "Santiago Benitez"},
        {"Valeria Ocampo", "Ruben Gimenez"},
    ]


def test_the_two_presidents_are_the_pair_who_hold_that_title():
    text = (
        "MONTEVIDEO (MercoPress) - Uruguayan President Alvaro Methol received his Paraguayan "
        "counterpart Santiago Benitez in Montevideo on Wednesday. The foreign ministers of both "
        "countries, Valeria Ocampo and Ruben Gimenez, also held a working meeting on Wednesday. "
        "The two presidents last met in December in Foz do Iguacu."
    )
    meetings = parse_article(text, published="2026-03-04").meetings
    december = [m for m in meetings if m.date == "2025-12"]
    assert [set(m.participants) for m in december] == [{"Alvaro Methol", "Santiago Benitez"}]


def test_a_meeting_they_agreed_to_push_for_is_theirs_and_its_third_side_joins():
    a = parse_article(
        "Talks\n\nLIMA, May 14 (EFE) -- Peruvian Foreign Minister Ana Lopez held talks with "
        "her Chilean counterpart, Omar Haddad, in Lima on Tuesday.\n\n"
        "They agreed to push for a trilateral foreign ministers' meeting with Bolivia in "
        "Santiago next month.\n"
    )
    planned = [m for m in a.meetings if m.status == "planned"]
    assert [(set(m.participants), m.countries, m.location) for m in planned] == [
        ({"Ana Lopez", "Omar Haddad"}, ("BO", "CL", "PE"), "Santiago")
    ]


def test_a_strategic_dialogue_they_agreed_to_hold_is_a_planned_meeting_but_a_wish_is_not():
    a = parse_article(
        "Call\n\nLIMA, May 14 (EFE) -- Peruvian Foreign Minister Ana Lopez held phone talks "
        "with Chilean Foreign Minister Omar Haddad on Monday.\n\n"
        "The two ministers agreed to hold the fifth round of the Peru-Chile Strategic "
        "Dialogue in Santiago at an early date.\n\n"
        "Lopez said Lima was not ruling out dialogue with Bolivia.\n"
    )
    assert sorted((m.mode, m.status, m.location) for m in a.meetings) == [
        ("call", "held", None),
        ("in_person", "planned", "Santiago"),
    ]


def test_a_plan_in_a_trailing_aside_leaves_todays_talks_held_and_later_today_is_today():
    a = parse_article(
        "Talks\n\nRIYADH, May 12 (Reuters) - Iranian Foreign Minister Ana Lopez held talks "
        "with Saudi Foreign Minister Omar Haddad in Riyadh on Monday, days before Tehran is "
        "due to resume nuclear negotiations with Washington.\n\n"
        "Lopez was also expected to meet Saudi Defence Minister Jan Kowal later on Monday.\n",
        published="2025-05-12",
    )
    talks = meeting_with(a, "Ana Lopez", "Omar Haddad")
    assert (talks.status, talks.date, talks.primary) == ("held", "2025-05-12", True)
    later = meeting_with(a, "Ana Lopez", "Jan Kowal")
    assert (later.status, later.date) == ("planned", "2025-05-12")


def test_talks_with_one_official_before_meeting_another_are_two_encounters_of_that_day():
    a = parse_article(
        "Visit\n\nHANOI (AP) - Peruvian Foreign Minister Ana Lopez visited Hanoi on Monday.\n\n"
        "Lopez held talks with Vietnamese President Omar Haddad at the palace before meeting "
        "Vietnamese Foreign Minister Jan Kowal, the ministry said.\n",
        published="2024-07-29",
    )
    first = meeting_with(a, "Ana Lopez", "Omar Haddad")
    second = meeting_with(a, "Ana Lopez", "Jan Kowal")
    assert first is not second
    assert "Jan Kowal" not in first.participants
    assert (second.date, second.location) == ("2024-07-29", "Hanoi")


def test_a_dateline_without_a_year_takes_the_year_whose_day_is_the_leads_weekday():
    a = parse_article(
        "Call\n\nLima, Jun 6 (EFE).- Peruvian Foreign Minister Ana Lopez held a video call on "
        "Tuesday with Chilean Foreign Minister Omar Haddad, their first contact since they met "
        "in Santiago in November last year. Chile has held two elections so far in 2023.\n"
    )
    assert a.published == "2023-06-06"  # a Tuesday; 6 June 2024 was a Thursday


def test_a_since_clause_keeps_the_earlier_meeting_of_the_pair_apart_with_its_own_day_and_place():
    a = parse_article(
        "Call\n\nLIMA, June 6, 2023 (EFE) - Peruvian Foreign Minister Ana Lopez and her "
        "Chilean counterpart, Omar Haddad, spoke by phone on Tuesday, their first contact "
        "since the two ministers met on the sidelines of a summit in Bali, Indonesia, in "
        "November last year.\n"
    )
    pair = [m for m in a.meetings if set(m.participants) == {"Ana Lopez", "Omar Haddad"}]
    assert sorted((m.date, m.location, m.countries) for m in pair) == [
        ("2022-11", "Bali, Indonesia", ("CL", "PE")),
        ("2023-06-06", None, ("CL", "PE")),
    ]


def test_ministers_who_agree_to_work_toward_a_summit_do_not_sit_in_it():
    a = parse_article(
        "Call\n\nLIMA, June 6, 2023 (EFE) - Peruvian Foreign Minister Ana Lopez held a video "
        "call on Tuesday with Chilean Foreign Minister Omar Haddad.\n\n"
        "The two ministers also agreed to work toward holding a trilateral summit with "
        "Bolivia in Lima within this year, a meeting that has not been held since December "
        "2019, when the leaders of the three countries met in the Chilean city of Arica.\n"
    )
    rest = sorted(
        (m.participants, m.countries, m.date, m.location, m.status)
        for m in a.meetings
        if not m.primary
    )
    assert rest == [
        ((), ("BO", "CL", "PE"), "2019-12", "Arica", "held"),
        ((), ("BO", "CL", "PE"), "2023", "Lima", "planned"),
    ]


def test_an_undated_story_still_keeps_the_earlier_meeting_its_since_clause_tells_of():
    a = parse_article(
        "Talks\n\nLIMA (EFE) -- Peruvian Defense Minister Ana Lopez and her Chilean counterpart "
        "Omar Haddad held talks by video link on Tuesday.\n\n"
        "It was the first dialogue between the two defense chiefs since June last year, when "
        "Lopez and Haddad met in person on the sidelines of a forum in Singapore.\n"
    )
    pair = [m for m in a.meetings if set(m.participants) == {"Ana Lopez", "Omar Haddad"}]
    assert sorted((m.mode, m.location or "") for m in pair) == [
        ("in_person", "Singapore"),
        ("virtual", ""),
    ]


@pytest.mark.parametrize("site", ["Lima News Daily", "Andina International News Agency"])
def test_a_sites_name_above_the_headline_gives_way_to_the_headline(site):
    a = parse_article(
        f"{site}\n\nPolitics\n\nPeru, Chile foreign ministers agree on a joint border task "
        "force\n\nLIMA - Peruvian Foreign Minister Ana Lopez met Chilean Foreign Minister Omar "
        "Haddad in Lima on Monday to discuss the border.\n"
    )
    assert a.title == "Peru, Chile foreign ministers agree on a joint border task force"


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("Andes Post", "Andes Post"),
        ("EL DIARIO DEL SUR", "El Diario del Sur"),
        ("MINISTRY OF FOREIGN AFFAIRS OF PERU", "Ministry of Foreign Affairs of Peru"),
    ],
)
def test_an_unknown_sites_name_on_the_pages_first_line_is_the_outlet(top, outlet):
    a = parse_article(
        f"Skip to content\n{top}\nHome | News | Politics | World\n\nPeru, Chile foreign "
        "ministers agree on a joint border task force\n\nPeruvian Foreign Minister Ana Lopez "
        "met Chilean Foreign Minister Omar Haddad in Lima on Monday to discuss the border.\n"
    )
    assert a.outlet == outlet


def test_a_section_name_on_the_first_line_is_not_an_outlet():
    a = parse_article(
        "World News\n\nPeru, Chile foreign ministers agree on a joint border task force\n\n"
        "Peruvian Foreign Minister Ana Lopez met Chilean Foreign Minister Omar Haddad in Lima "
        "on Monday to discuss the border.\n"
    )
    assert a.outlet is None


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("The Minister of Foreign Affairs, Jan Kowal, spoke", "Minister of Foreign Affairs"),
        ("The Peruvian ambassador to Chile, Jan Kowal, spoke", "ambassador to Chile"),
    ],
)
def test_a_title_set_off_by_a_comma_before_the_name_is_the_role(lead, role):
    a = parse_article(f"Talks\n\nLIMA - {lead} on Monday about the border.\n")
    assert person(a, "Jan Kowal").role.startswith(role)


def test_an_appositive_is_a_title_only_up_to_a_clause_and_never_a_clause_itself():
    a = parse_article(
        "Credentials\n\nWARSAW - Ambassadors Ana Lopez of Peru and Jan Kowal of Chile presented "
        "their credentials on Monday.\n\nWith Kowal, the president discussed energy "
        "cooperation.\n\nOmar Haddad, a veteran Peruvian diplomat who took up the post in "
        "March, attended.\n"
    )
    assert person(a, "Jan Kowal").role in (None, "Ambassadors")
    assert person(a, "Omar Haddad").role == "veteran diplomat"  # the demonym gives the country


def test_an_unknown_outlet_named_for_its_place_is_a_national_outlet_of_that_country():
    a = parse_article(
        "Lima Post\nHome | News | Politics\n\nPeru and Chile agree to reopen border posts\n\n"
        "Foreign Minister Ana Lopez met her Chilean counterpart Omar Haddad on Monday to "
        "discuss the reopening of border posts.\n"
    )
    assert a.outlet == "Lima Post"
    assert person(a, "Ana Lopez").country == "PE"
    international = parse_article(
        "France 24\nHome | News | Politics\n\nPeru and Chile agree to reopen border posts\n\n"
        "Foreign Minister Ana Lopez met her Chilean counterpart Omar Haddad on Monday.\n"
    )
    assert person(international, "Ana Lopez").country != "FR"


def test_the_lead_meeting_without_a_day_of_its_own_is_on_the_datelines_day():
    a = parse_article(
        "Consultations\n\nLima, 19 June 2025 - Deputy Foreign Minister Ana Lopez of Peru held "
        "political consultations with Deputy Foreign Minister Omar Haddad of Chile.\n\n"
        "They last held consultations in Santiago in August 2024.\n"
    )
    lead = meeting_with(a, "Ana Lopez", "Omar Haddad")
    assert (lead.primary, lead.date) == (True, "2025-06-19")
    stamped = parse_article(
        "Visit\n\n03/15/2023\n\nPeruvian President Ana Lopez traveled to Santiago to meet "
        "Chilean President Omar Haddad.\n"
    )
    assert meeting_with(stamped, "Ana Lopez", "Omar Haddad").date == "2023-03-15"


def test_the_lead_meeting_without_a_place_is_in_the_dateline_capital_only_with_its_host():
    hosted = parse_article(
        "Talks\n\nLIMA, June 19 (EFE) - Peruvian Foreign Minister Ana Lopez held talks with "
        "Chilean Foreign Minister Omar Haddad.\n"
    )
    assert meeting_with(hosted, "Ana Lopez", "Omar Haddad").location == "Lima"
    elsewhere = parse_article(
        "Talks\n\nLIMA, June 19 (EFE) - Bolivian Foreign Minister Ana Lopez held talks with "
        "Chilean Foreign Minister Omar Haddad.\n"
    )
    assert meeting_with(elsewhere, "Ana Lopez", "Omar Haddad").location is None


def test_the_officials_named_next_are_the_ones_the_lead_says_met():
    a = parse_article(
        "Talks\n\nLima (EFE) - The foreign ministers of Peru, Chile and Bolivia held a video "
        "conference on Wednesday and agreed to meet in person in Quito next month.\n\n"
        "Peruvian Foreign Minister Ana Lopez, her Chilean counterpart Omar Haddad and "
        "Bolivia's Foreign Minister Jan Kowal spoke for about an hour.\n",
        published="2025-02-12",
    )
    trio = {"Ana Lopez", "Omar Haddad", "Jan Kowal"}
    met = [m for m in a.meetings if set(m.participants) == trio]
    assert sorted((m.mode, m.status, m.date) for m in met) == [
        ("in_person", "planned", "2025-03"),
        ("virtual", "held", "2025-02-12"),
    ]


@pytest.mark.parametrize(
    "plan",
    [
        "Lopez looks forward to meeting Chilean President Omar Haddad in Santiago at the end "
        "of October.",
        "Lopez invited Chilean President Omar Haddad for a state visit to Lima in April.",
        "Talks between Lopez and Chilean President Omar Haddad, to be held in Santiago in "
        "April, will cover the border.",
    ],
)
def test_a_meeting_looked_forward_to_invited_or_to_be_held_is_planned(plan):
    a = parse_article(
        "Talks\n\nLIMA, March 3 (EFE) - Peruvian President Ana Lopez spoke on Monday about "
        f"trade.\n\n{plan}\n",
        published="2025-03-03",
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").status == "planned"


@pytest.mark.parametrize("stamp", ["2025-10-07T16:25:00+05:00", "2025-10-07T11:25:00Z"])
def test_an_iso_stamp_with_its_time_dates_the_page(stamp):
    a = parse_article(
        f"Talks\n\n{stamp}\n\nPeruvian President Ana Lopez received Chilean Foreign Minister "
        "Omar Haddad in Lima today.\n"
    )
    assert a.published == "2025-10-07"
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").date == "2025-10-07"


@pytest.mark.parametrize(
    ("when", "year"),
    [
        ("in the second half of the year", "2024"),
        ("in the first half of next year", "2025"),
        ("later this year", "2024"),
    ],
)
def test_a_plan_for_part_of_a_year_is_dated_by_that_year(when, year):
    a = parse_article(
        "Talks\n\nLIMA, May 20, 2024 (EFE) - Peruvian Foreign Minister Ana Lopez held talks with "
        f"Chilean Foreign Minister Omar Haddad on Monday.\n\nLopez will visit Santiago {when}.\n"
    )
    visit = next(m for m in a.meetings if m.status == "planned")
    assert visit.date == year


def test_a_place_after_a_topic_noun_is_what_was_discussed_not_where():
    a = parse_article(
        "Talks\n\nPeruvian Foreign Minister Ana Lopez held talks with Chilean Foreign Minister "
        "Omar Haddad on Monday, focusing on the situation in Venezuela.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").location is None


def test_a_name_followed_by_of_and_a_country_serves_that_country():
    a = parse_article(
        "Talks\n\nForeign ministers Ana Lopez of Peru and Omar Haddad of Chile met on the "
        "sidelines of the summit on Monday.\n"
    )
    assert (person(a, "Ana Lopez").country, person(a, "Omar Haddad").country) == ("PE", "CL")


def test_an_official_received_in_a_sides_capital_serves_that_side_without_a_dateline():
    a = parse_article(
        "Visit\n\nPeruvian Foreign Minister Ana Lopez held talks with her Chilean counterpart "
        "Jan Kowal in Santiago on Monday before being received by Prime Minister Omar Haddad "
        "in Santiago.\n"
    )
    assert person(a, "Omar Haddad").country == "CL"


@pytest.mark.parametrize(
    "aside",
    [
        "The phone call sends a clear signal that ties remain solid, analyst Jan Kowal told "
        "reporters on Tuesday.",
        "It was the first call between the two foreign ministers in a year.",
    ],
)
def test_a_sentence_only_pointing_back_at_the_call_adds_no_meeting(aside):
    a = parse_article(
        "Call\n\nLIMA, June 6, 2023 (EFE) - Peruvian Foreign Minister Ana Lopez held phone talks "
        f"with Chilean Foreign Minister Omar Haddad on Monday.\n\n{aside}\n"
    )
    assert [(m.participants, m.date) for m in a.meetings] == [
        (("Ana Lopez", "Omar Haddad"), "2023-06-05")
    ]


def test_a_meeting_told_beside_a_press_conference_is_still_a_meeting():
    a = parse_article(
        "Visit\n\nTOKYO (Kyodo) - In Lima on Tuesday, Japanese Foreign Minister Ana Lopez is "
        "scheduled to hold talks with Peruvian President Omar Haddad, the top government "
        "spokesman told a regular press conference.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").location == "Lima"


def test_the_prime_minister_opening_a_sentence_is_the_one_named_last_with_that_title():
    a = parse_article(
        "Trip\n\nTOKYO (Kyodo) -- Prime Minister Ana Lopez will travel to Peru on Sunday, where "
        "she is scheduled to meet President Omar Haddad in Lima.\n\n"
        "The prime minister will also pay a courtesy call on Jan Kowal, the head of the "
        "Congress.\n"
    )
    assert "Ana Lopez" in meeting_with(a, "Jan Kowal").participants


def test_a_stamp_read_by_the_weekday_prefers_the_reading_that_falls_on_that_day():
    a = parse_article(
        "Talks\n\n12/08/2025 15:10\n\nKUWAIT, (KUNA) -- Kuwaiti Prime Minister Ana Lopez "
        "received Peruvian Foreign Minister Omar Haddad on Monday.\n"
    )
    assert a.published == "2025-12-08"  # a Monday; 12 August 2025 was the day after one


def test_a_menu_row_is_never_the_headline_even_after_a_sites_name():
    a = parse_article(
        "Andes News Agency\nAndes Politics & Diplomacy | World | Business & Economy | Science\n\n"
        "Peru and Chile foreign ministers to meet next week\n\nPeruvian Foreign Minister Ana "
        "Lopez will meet Chilean Foreign Minister Omar Haddad in Lima next week, the ministry "
        "said on Monday.\n"
    )
    assert a.title == "Peru and Chile foreign ministers to meet next week"


def test_a_held_meeting_today_is_dated_today_whatever_year_the_sentence_names():
    a = parse_article(
        "Talks\n\nLIMA, Dec 8, 2025 (EFE) - Peruvian President Ana Lopez received Chilean "
        "Foreign Minister Omar Haddad today, ahead of the 50th anniversary of ties next year.\n"
    )
    assert meeting_with(a, "Ana Lopez", "Omar Haddad").date == "2025-12-08"


def test_a_relative_clause_plan_and_a_same_day_phrase_keep_the_meetings_own_day():
    a = parse_article(
        "Talks\n\nRIYADH, March 18, 2025 (SPA) - Saudi Vice Minister Ana Lopez received in "
        "Riyadh on Sunday Peru's Vice Minister Omar Haddad, who is visiting the Kingdom.\n\n"
        "Haddad arrived in Riyadh on Saturday from Doha, where he met Qatari Minister of State "
        "Jan Kowal earlier that day.\n"
    )
    received = meeting_with(a, "Ana Lopez", "Omar Haddad")
    assert (received.status, received.date) == ("held", "2025-03-16")
    assert meeting_with(a, "Omar Haddad", "Jan Kowal").date == "2025-03-15"


def test_here_and_a_place_before_where_name_the_meetings_city():
    here = parse_article(
        "Talks\n\nLIMA, Aug 5 (EFE) -- Peruvian President Ana Lopez received Chilean Foreign "
        "Minister Omar Haddad at the Palacio Pizarro here today.\n"
    )
    assert meeting_with(here, "Ana Lopez", "Omar Haddad").location == "Lima"
    where = parse_article(
        "Talks\n\nPeruvian Foreign Minister Ana Lopez arrived in Santiago on Sunday from Quito, "
        "where she met Ecuadorian Foreign Minister Omar Haddad earlier that day.\n"
    )
    assert meeting_with(where, "Ana Lopez", "Omar Haddad").location == "Quito"


def test_met_somewhere_and_spoke_by_phone_later_are_two_encounters_of_the_pair():
    a = parse_article(
        "Talks\n\nLIMA, March 3, 2025 (EFE) - Peruvian Foreign Minister Ana Lopez held talks with "
        "Chilean Foreign Minister Omar Haddad in Lima on Monday.\n\n"
        "Lopez and Haddad had last met in Quito in February and spoke by phone last week.\n"
    )
    pair = [m for m in a.meetings if set(m.participants) == {"Ana Lopez", "Omar Haddad"}]
    assert sorted((m.mode, m.location or "") for m in pair) == [
        ("call", ""),
        ("in_person", "Lima"),
        ("in_person", "Quito"),
    ]


def test_analysts_and_academics_have_their_roles_and_serve_no_state_unless_the_title_says():
    a = parse_article(
        "Talks\n\nLIMA - Peruvian Foreign Minister Ana Lopez met Chilean Foreign Minister Omar "
        "Haddad in Lima on Monday.\n\nSudanese political analyst Jan Kowal said the visit "
        'mattered. "It is a start," said Lima-based economist Grace Wanjiru.\n'
    )
    assert (person(a, "Jan Kowal").role, person(a, "Jan Kowal").country) == (
        "political analyst",
        "SD",
    )
    assert (person(a, "Grace Wanjiru").role, person(a, "Grace Wanjiru").country) == (
        "economist",
        None,
    )


def test_a_further_encounter_on_the_visits_day_with_no_place_of_its_own_is_in_the_visits_city():
    a = parse_article(
        "Talks\n\nMarch 3, 2025\n\nPeruvian Foreign Minister Ana Lopez held talks with Chilean "
        "Foreign Minister Omar Haddad in Santiago on Monday.\n\n"
        "Peruvian Defence Minister Luis Soto held talks with his Chilean counterpart Rosa Diaz "
        "on Monday.\n\n"
        "Lopez spoke by phone with Argentine Foreign Minister Julia Sosa on Monday.\n"
    )
    assert meeting_with(a, "Luis Soto", "Rosa Diaz").location == "Santiago"
    assert meeting_with(a, "Ana Lopez", "Julia Sosa").location is None  # a call has no place


def test_officials_who_accompanied_the_talks_take_part_in_them():
    a = parse_article(
        "Talks\n\nMarch 3, 2025\n\nKenyan President Samuel Otieno held talks with Ethiopian "
        "Prime Minister Abiy Tesfaye in Addis Ababa on Monday.\n\n"
        "The two leaders discussed trade.\n\n"
        "He was accompanied by Foreign Affairs Cabinet Secretary Peter Simiyu.\n"
    )
    talks = meeting_with(a, "Samuel Otieno", "Abiy Tesfaye")
    assert "Peter Simiyu" in talks.participants
    assert len(a.meetings) == 1


def test_an_inline_link_to_another_story_is_not_read_as_the_dateline_or_the_news():
    a = parse_article(
        "Otieno, Tesfaye hold talks in Addis\n\nMarch 3, 2025\n\n"
        "Kenyan President Samuel Otieno held talks with Ethiopian Prime Minister Abiy Tesfaye "
        "in Addis Ababa on Monday.\n\n"
        "ALSO READ: Kenyan candidate Omar Kamil bows out of AU race after sixth round\n\n"
        "Otieno invited Tesfaye for a state visit to Nairobi in April.\n\n"
        "WATCH: Otieno arrives in Addis for AU summit\n"
    )
    assert a.dateline is None
    assert a.meetings[0].location == "Addis Ababa"
    assert a.meetings[0].date == "2025-03-03"
    assert not any("WATCH" in e or "ALSO READ" in e for m in a.meetings for e in m.evidence)
    assert "Omar Kamil" not in [p.name for p in a.people]


def test_an_official_named_by_bare_title_serves_the_country_no_other_official_serves():
    a = parse_article(
        "Talks in Addis\n\nMarch 3, 2025\n\nPresident Samuel Otieno held talks with Ethiopian "
        "Prime Minister Abiy Tesfaye in Addis Ababa on Monday.\n\n"
        "Kenya and Ethiopia share a long border, and Kenya's exports to its neighbour grew.\n\n"
        "The talks covered Kenya's port of Lamu.\n"
    )
    assert person(a, "Samuel Otieno").country == "KE"
    assert meeting_with(a, "Samuel Otieno", "Abiy Tesfaye").countries == ("ET", "KE")


def test_styles_like_sayyid_and_an_office_called_diwan_are_not_part_of_a_name():
    a = parse_article(
        "Talks\n\nMUSCAT, March 3, 2025 - Sayyid Fahad bin Khalid Al Busaidi, Minister of Foreign "
        "Affairs, received Brazilian Foreign Minister Marcelo Bastos on Monday. The meeting was "
        "attended by the head of the Prime Minister's Diwan Ahmad Fahad Al-Mutairi.\n"
    )
    names = [p.name for p in a.people]
    assert "Fahad bin Khalid Al Busaidi" in names
    assert "Ahmad Fahad Al-Mutairi" in names
    assert not any(n.startswith(("Sayyid", "Diwan")) for n in names)


def test_the_headline_is_the_line_above_the_story_that_tells_its_lead_not_a_notice_or_motto():
    a = parse_article(
        "Latest news, business, travel and analysis from Vietnam\n"
        "We use cookies to give you the best experience. Learn more | Accept\n"
        "Vietnamese, Philippine defense chiefs hold online talks on maritime cooperation\n"
        "Defense Minister Trinh Van Khai speaks during the talks with his Philippine "
        "counterpart from Hanoi. Photo by the Ministry of National Defense\n\n"
        "Vietnamese Defense Minister Trinh Van Khai held online talks with Philippine Defense "
        "Secretary Ramon Dizon on maritime cooperation on Thursday.\n"
    )
    assert a.title == (
        "Vietnamese, Philippine defense chiefs hold online talks on maritime cooperation"
    )


def test_the_agency_credited_in_the_leads_opening_outranks_the_sites_banner():
    a = parse_article(
        "Emirates News Agency - WAM\n\nUAE, Greece discuss ties\n\n"
        "ABU DHABI, 20th May, 2025 (WAM) -- UAE Foreign Minister Khalid Al Ketbi received a "
        "phone call today from Greek Foreign Minister Nikolaos Vardakis.\n"
    )
    assert a.outlet == "WAM"
    b = parse_article(
        "Kazinform International News Agency\n\nPresident receives Hungarian minister\n\n"
        "ASTANA. KAZINFORM – Kazakh President Yerzhan Tulegenov received Hungarian Foreign "
        "Minister Gabor Kelemen at Akorda today.\n"
    )
    assert (b.outlet, b.dateline) == ("Kazinform", "ASTANA")


def test_the_event_whose_sidelines_a_meeting_was_held_on_is_its_setting_not_another_meeting():
    a = parse_article(
        "Ministers speak by phone\n\nANKARA, Sept 20, 2022 - Turkish Foreign Minister Mehmet "
        "Sahin held a phone call with his Azerbaijani counterpart Jeyhun Bayramli on Monday.\n\n"
        "Earlier this month, Sahin met Armenian Foreign Minister Aram Sargsyants on the sidelines "
        "of a regional meeting in Dubrovnik, Croatia, the first meeting between the two.\n"
    )
    call = meeting_with(a, "Mehmet Sahin", "Jeyhun Bayramli")
    assert (call.mode, call.location, call.date) == ("call", None, "2022-09-19")
    met = meeting_with(a, "Mehmet Sahin", "Aram Sargsyants")
    assert (met.location, met.date, met.mode) == ("Dubrovnik, Croatia", "2022-09", "in_person")
    assert len(a.meetings) == 2


def test_a_meeting_told_in_a_where_clause_is_placed_in_the_town_before_it():
    a = parse_article(
        "Minister in Dakar\n\nDAKAR, April 23, 2025 - French Foreign Minister Claire Duvernois "
        "met Senegalese President Bassirou Faye in Dakar on Wednesday.\n\n"
        "Duvernois heads on Thursday to Abidjan, where she is due to meet Ivorian President "
        "Alassane Kone.\n\n"
        "She had arrived from Vientiane, Laos, where she attended a regional forum and held "
        "talks with Chinese Foreign Minister Dong Ruiqi on Monday.\n\n"
        "Duvernois then travels to Ghana, where she will meet President Kofi Mensah in Accra.\n"
    )
    assert meeting_with(a, "Claire Duvernois", "Alassane Kone").location == "Abidjan"
    assert meeting_with(a, "Claire Duvernois", "Dong Ruiqi").location == "Vientiane, Laos"
    assert meeting_with(a, "Claire Duvernois", "Kofi Mensah").location == "Accra"


def test_a_ministers_list_of_portfolios_stays_in_the_title_and_out_of_the_name():
    a = parse_article(
        "Talks\n\nAmman, Nov. 4 (Petra) -- Deputy Prime Minister and Minister of Foreign Affairs "
        "and Expatriates Rami Obeidat on Tuesday hosted Egyptian Minister of Foreign Affairs, "
        "Emigration and Egyptian Expatriates Hisham Mansour.\n\n"
        "Later, Obeidat was received by Salim Haddad, Minister of Commerce, Industry and "
        "Investment Promotion, who briefed him on trade.\n"
    )
    assert sorted(p.name for p in a.people) == ["Hisham Mansour", "Rami Obeidat", "Salim Haddad"]
    assert person(a, "Hisham Mansour").role == (
        "Minister of Foreign Affairs, Emigration and Egyptian Expatriates"
    )
    assert person(a, "Rami Obeidat").role.endswith("Minister of Foreign Affairs and Expatriates")


def test_a_demonym_that_titles_someone_else_across_a_clause_gives_no_country():
    a = parse_article(
        "Ministers meet\n\nMUSCAT, Dec 9, 2024 - Omani Foreign Minister Badr Al Busaidi received "
        "Brazilian Foreign Minister Marcelo Bastos on Monday.\n\n"
        "Later in the day, the Brazilian minister was received by Salim Al Harthy, the trade "
        "minister, who briefed him on investment.\n\n"
        "Japanese Foreign Minister Kenji Morimoto held talks with Foreign Affairs Secretary "
        "Teresita Ramos of the Philippines in Manila last year.\n"
    )
    assert person(a, "Salim Al Harthy").country != "BR"
    assert person(a, "Teresita Ramos").country == "PH"


def test_his_counterpart_is_the_counterpart_of_the_sentences_subject_not_of_its_object():
    a = parse_article(
        "EAM in Male\n\nMale, Aug 9 (PTI) External Affairs Minister S Raghunathan on Wednesday "
        "called on Maldivian President Ahmed Ibrahim and held talks with his counterpart Hassan "
        "Waheed here.\n\n"
        "From Male, Raghunathan will travel to Colombo on Thursday.\n"
    )
    assert person(a, "S Raghunathan").country == "IN"
    assert person(a, "Hassan Waheed").country == "MV"


def test_a_courtesy_call_later_that_day_is_its_own_encounter():
    a = parse_article(
        "Ministers meet\n\nMANILA, April 10, 2024 - Japanese Foreign Minister Kenji Morimoto "
        "held talks with Philippine Foreign Affairs Secretary Teresita Ramos in Pasay City on "
        "Wednesday.\n\n"
        "Later on Wednesday, Morimoto paid a courtesy call on Philippine President Antonio "
        "Villaluz at Malacanang Palace.\n"
    )
    talks = meeting_with(a, "Kenji Morimoto", "Teresita Ramos")
    call = meeting_with(a, "Kenji Morimoto", "Antonio Villaluz")
    assert talks is not call
    assert "Antonio Villaluz" not in talks.participants
    assert call.date == "2024-04-10"


def test_a_month_called_off_is_the_nearest_such_month_and_plans_are_told_by_what_was_agreed():
    a = parse_article(
        "Ministers meet\n\nJAKARTA, May 19, 2026 - Indonesian Foreign Minister Sari Darmawan "
        "held talks with Papua New Guinea Foreign Minister Peter Kombuk on Tuesday.\n\n"
        "Kombuk had been scheduled to visit Jakarta and meet Darmawan in February, but the "
        "visit was cancelled after floods.\n\n"
        "Kombuk accepted Darmawan's invitation to pay an official visit to Indonesia in "
        "August.\n\n"
        "The two ministers last met in March in Manila, where they agreed to hold regular "
        "consultations.\n"
    )
    called_off = next(m for m in a.meetings if m.status == "cancelled")
    assert called_off.date == "2026-02"
    visit = next(m for m in a.meetings if m.date == "2026-08")
    assert visit.status == "planned"
    earlier = next(m for m in a.meetings if m.location == "Manila")
    assert (earlier.date, earlier.status) == ("2026-03", "held")


def test_the_headline_is_found_past_cookie_notices_tickers_players_and_the_sites_own_name():
    a = parse_article(
        "THE HIMALAYAN LEDGER\n"
        "We use cookies to improve your experience. By continuing you agree. [Accept]\n"
        "BREAKING | Port Sudan: power restored after outage\n"
        "\u25b6 Watch our evening bulletin live at 7 p.m.\n"
        "Nepal, Sri Lanka agree to revive joint commission | Himalayan Ledger\n"
        "Nepal, Sri Lanka agree to revive joint commission\n\n"
        "KATHMANDU \u2013 Nepal and Sri Lanka agreed on Tuesday to revive their joint commission "
        "as Foreign Minister Bimala Pokharel met Sri Lankan Foreign Minister Ruwan Samarasekera."
        "\n\nThe two ministers discussed tourism, pilgrimage circuits and direct flights between "
        "the two capitals, and agreed that the commission would meet in Colombo before the end "
        "of the year, officials said.\n\n\u00a9 2025 Himalayan Ledger\n"
    )
    assert a.title == "Nepal, Sri Lanka agree to revive joint commission"
    assert a.outlet is not None and "Himalayan Ledger" in a.outlet
    b = parse_article(
        "RADIO ALTIPLANO \u2014 101.5 FM Puno \u00b7 Online\n"
        'Petkova in Skopje: "Let\'s talk about the future, not the past"\n\n'
        "SKOPJE, February 19 \u2013 Bulgarian Foreign Minister Rumyana Petkova met her Macedonian "
        "counterpart Filip Trajkovski in Skopje on Tuesday to talk about the future.\n"
    )
    assert b.title == 'Petkova in Skopje: "Let\'s talk about the future, not the past"'
    assert b.dateline == "SKOPJE"


def test_dotted_styles_neither_end_the_sentence_nor_enter_the_name():
    a = parse_article(
        "The Prime Minister of Tonga, Hon. Siaosi Fifita Tupou, met Foreign Minister "
        "Dr. Mele Havili in Suva on Tuesday.",
        published="2025-12-04",
    )
    tupou = person(a, "Siaosi Fifita Tupou")
    assert (tupou.role, tupou.country) == ("Prime Minister", "TO")
    m = meeting_with(a, "Siaosi Fifita Tupou", "Mele Havili")
    assert (m.date, m.location) == ("2025-12-02", "Suva")


def test_abbreviated_given_names_keep_their_stop_and_styles_are_dropped():
    a = parse_article(
        "Foreign Adviser Md. Rafiqul Islam Chowdhury received Bhutan's Foreign Minister "
        "Lyonpo Karma Tshering Dorji in Dhaka on Sunday. Mr. Dorji said the talks went well.",
        published="2026-01-12",
    )
    assert {p.name for p in a.people} == {"Md. Rafiqul Islam Chowdhury", "Karma Tshering Dorji"}
    assert person(a, "Karma Tshering Dorji").country == "BT"
    assert "Dorji" in person(a, "Karma Tshering Dorji").mentions
    m = meeting_with(a, "Md. Rafiqul Islam Chowdhury", "Karma Tshering Dorji")
    assert (m.date, m.location) == ("2026-01-11", "Dhaka")


def test_a_lone_surname_after_a_dotted_style_opening_a_sentence_is_a_person():
    a = parse_article("Mr. Tupou said the agreement would be signed in Nuku'alofa.")
    assert [p.name for p in a.people] == ["Tupou"]


def test_a_caption_label_is_not_a_dateline():
    a = parse_article(
        "Tongan Prime Minister Sione Ha'angana and Fijian Prime Minister Josefa Tikoduadua "
        "signed a labour agreement after talks at Borron House in Suva yesterday.\n\n"
        "The two prime ministers last met in September in Honiara.\n\n"
        "PHOTO: Prime Minister Josefa Vakatawa Tikoduadua and Tongan Prime Minister Sione "
        "Fifita Ha'angana at Borron House in Suva yesterday afternoon. Picture: JONA LALAKOBAU"
        "\n\nThe agreement takes effect in March.\n",
        published="2025-12-04",
    )
    assert a.dateline is None
    assert (a.meetings[0].date, a.meetings[0].location) == ("2025-12-03", "Suva")


def test_the_visitor_named_by_nation_later_that_afternoon_is_a_further_encounter():
    a = parse_article(
        "Tongan Prime Minister Siaosi Tupou held talks with Fijian Prime Minister Isoa "
        "Seruvatu in Suva on Wednesday. Later in the afternoon, the Tongan leader paid a "
        "courtesy call on Fijian President Meli Qaranivalu.",
        published="2025-12-04",
    )
    call = meeting_with(a, "Siaosi Tupou", "Meli Qaranivalu")
    assert "Isoa Seruvatu" not in call.participants
    assert (call.date, call.location, call.countries) == ("2025-12-03", "Suva", ("FJ", "TO"))
    assert person(a, "Meli Qaranivalu").country == "FJ"


def test_received_later_by_another_leader_is_not_folded_into_the_talks():
    a = parse_article(
        "KUWAIT: Foreign Minister Abdulrahman Al-Mutairi held talks with his Iraqi counterpart "
        "Haidar Al-Saadi at the Ministry of Foreign Affairs on Monday. The Iraqi minister was "
        "later on Monday received by Prime Minister Hamad Al-Sabah at Bayan Palace, in the "
        "presence of Al-Mutairi.",
        published="2024-10-22",
    )
    talks = a.meetings[0]
    assert set(talks.participants) == {"Abdulrahman Al-Mutairi", "Haidar Al-Saadi"}
    received = meeting_with(a, "Haidar Al-Saadi", "Hamad Al-Sabah")
    assert (received.date, received.location) == ("2024-10-21", "Bayan Palace, Kuwait City")


def test_an_arrival_for_a_visit_is_not_a_meeting():
    a = parse_article(
        "Tongan Prime Minister Siaosi Tupou, who arrived in Nadi on Tuesday for a three-day "
        "official visit, is the first Tongan leader to visit Fiji in six years.",
        published="2025-12-04",
    )
    assert a.meetings == ()


@pytest.mark.parametrize(
    ("arrival", "day"),
    [
        # the day of the arrival is not the call's: "earlier in the day" is the news's
        (
            "who arrived here Tuesday for a three-day visit, paid a courtesy call on Prime "
            "Minister Ha Jin-woo earlier in the day",
            "2026-01-14",
        ),
        (
            "who arrived in Seoul on Tuesday evening, paid a courtesy call on Prime Minister Ha "
            "Jin-woo",
            None,  # no day told but the arrival's
        ),
        # the sentence dates the call by the arrival
        (
            "who arrived in Seoul on Tuesday, paid a courtesy call on Prime Minister Ha Jin-woo "
            "that evening",
            "2026-01-13",
        ),
        (
            "who arrived in Seoul on Tuesday, paid a courtesy call on Prime Minister Ha Jin-woo "
            "upon arrival",
            "2026-01-13",
        ),
    ],
)
def test_the_day_of_an_arrival_dates_the_encounter_only_where_the_sentence_says_so(arrival, day):
    text = (
        "SEOUL, Jan. 14 -- Kazakh Foreign Minister Nurlan Abenov held talks with his South "
        "Korean counterpart Park Min-ho in Seoul on Wednesday.\n\n"
        f"Abenov, {arrival}.\n"
    )
    a = parse_article(text, published="2026-01-14")
    assert meeting_with(a, "Nurlan Abenov", "Ha Jin-woo").date == day


@pytest.mark.parametrize(
    "stay",
    [
        "Karim Fathy is paying an official visit to China from May 12 to 14 at the invitation "
        "of Wang Lihua.",
        "Karim Fathy is on an official visit to China from Monday to Wednesday.",
        "Karim Fathy, who is on a working visit to China on May 12-14, thanked Beijing for its "
        "support.",
    ],
)
def test_the_days_of_a_stay_told_after_its_talks_are_no_further_encounter(stay):
    text = (
        "BEIJING, May 13 -- Chinese Foreign Minister Wang Lihua held talks with Egyptian Foreign "
        f"Minister Karim Fathy in Beijing on Tuesday.\n\n{stay}\n"
    )
    a = parse_article(text, published="2025-05-13")
    assert [(m.participants, m.date, m.location) for m in a.meetings] == [
        (("Wang Lihua", "Karim Fathy"), "2025-05-13", "Beijing")
    ]


def test_a_stay_that_goes_on_to_tell_an_encounter_keeps_it():
    text = (
        "BEIJING, May 13 -- Chinese Foreign Minister Wang Lihua held talks with Egyptian Foreign "
        "Minister Karim Fathy in Beijing on Tuesday.\n\n"
        "Karim Fathy, who is on an official visit to China from May 12 to 14, also met Vice "
        "President Han Zhen on Tuesday.\n"
    )
    a = parse_article(text, published="2025-05-13")
    assert meeting_with(a, "Karim Fathy", "Han Zhen").status == "held"


def test_the_nations_defence_minister_is_its_minister_of_defence():
    text = (
        "ATHENS - Foreign Minister Nikos Dorakis held talks on Tuesday with Cypriot Minister of "
        "Defence Andreas Lefkaritis in Athens.\n\n"
        "Later on Tuesday the Cypriot defence minister was received by Prime Minister Petros "
        "Kalogeras at the Maximos Mansion.\n"
    )
    a = parse_article(text, published="2024-05-14")
    assert {frozenset(m.participants) for m in a.meetings} == {
        frozenset({"Nikos Dorakis", "Andreas Lefkaritis"}),
        frozenset({"Andreas Lefkaritis", "Petros Kalogeras"}),
    }


def test_a_trade_minister_is_not_the_foreign_minister():
    text = (
        "CAIRO - Egyptian Minister of Investment and Foreign Trade Hany Salem and Foreign "
        "Minister Karim Fathy received Chinese Vice Premier Liu Guo on Sunday.\n\n"
        "Later, the Egyptian foreign minister held talks with Chinese Foreign Minister Wang Lihua."
        "\n"
    )
    a = parse_article(text, published="2025-05-11")
    assert set(meeting_with(a, "Wang Lihua").participants) == {"Karim Fathy", "Wang Lihua"}


def test_a_stay_with_its_days_told_first_is_the_news():
    a = parse_article(
        "Egyptian Foreign Minister Karim Fathy is on an official visit to China from May 12 to 14 "
        "at the invitation of Chinese Foreign Minister Wang Lihua.",
        published="2025-05-12",
    )
    assert [set(m.participants) for m in a.meetings] == [{"Karim Fathy", "Wang Lihua"}]


def test_the_nations_minister_is_the_one_whose_office_is_minister_for_its_affairs():
    text = (
        "SKOPJE - Foreign Minister Boris Talevski held talks on Tuesday with Albanian Minister "
        "for Europe and Foreign Affairs Erma Lesaj in Skopje.\n\n"
        "Later on Tuesday the Albanian minister was received by Prime Minister Dario Stojkov at "
        "the government building in Skopje.\n"
    )
    a = parse_article(text, published="2024-05-14")
    assert {frozenset(m.participants) for m in a.meetings} == {
        frozenset({"Boris Talevski", "Erma Lesaj"}),
        frozenset({"Erma Lesaj", "Dario Stojkov"}),
    }


def test_a_country_in_anothers_apposition_does_not_title_the_next_name():
    a = parse_article(
        "THE SUVA HERALD\n\nDeals signed\n\n"
        "The Prime Minister of Tonga, Hon. Siaosi Tupou, and Prime Minister Isoa Seruvatu "
        "signed two agreements after talks in Suva yesterday.",
        published="2025-12-04",
    )
    assert person(a, "Siaosi Tupou").country == "TO"
    assert person(a, "Isoa Seruvatu").country == "FJ"


def test_a_zoned_stamp_a_read_more_link_and_a_slashed_agency_dateline():
    a = parse_article(
        "Trend\nPolitics | Economy | Central Asia\n\n"
        "Politics Materials 6 May 2025 14:27 (UTC +04:00)\n\n"
        "Azerbaijan, Uzbekistan hold political consultations in Baku\n\n"
        "Leman Zeynalova\nRead more\n\n"
        "BAKU, Azerbaijan, May 6. ///Trend///\n\n"
        "Baku hosted political consultations between the foreign ministries of Azerbaijan "
        "and Uzbekistan today.\n\n"
        "The Azerbaijani delegation was led by Deputy Minister of Foreign Affairs Elnur "
        "Mammadov, and the Uzbek delegation by First Deputy Minister of Foreign Affairs "
        "Farrukh Tursunov. Ambassador of Uzbekistan to Azerbaijan Bahodir Ergashev also "
        "took part.\n\n"
        "Mammadov noted that relations between Baku and Tashkent are at a high level. "
        "Tursunov recalled the meeting of the Intergovernmental Commission held in Tashkent "
        "in February.\n\n"
        "On the same day, Foreign Minister Ramiz Abbasov received the Uzbek delegation led "
        "by Tursunov.\n"
    )
    assert a.title == "Azerbaijan, Uzbekistan hold political consultations in Baku"
    assert (a.published, a.outlet) == ("2025-05-06", "Trend")
    lead = a.meetings[0]
    assert set(lead.participants) == {"Elnur Mammadov", "Farrukh Tursunov", "Bahodir Ergashev"}
    assert (lead.date, lead.location) == ("2025-05-06", "Baku")
    received = meeting_with(a, "Ramiz Abbasov", "Farrukh Tursunov")
    assert received.date == "2025-05-06"


def test_long_offices_set_off_before_a_name_are_titles():
    a = parse_article(
        "ABUJA, Oct 15 (NAN) - Nigeria's Foreign Minister Yakubu Danladi met Ghana's Minister "
        "for Foreign Affairs and Regional Integration, Mrs Akosua Boateng, in Abuja on "
        "Monday. Also present were the Minister of State for Foreign Affairs, Alhaji Sani "
        "Gwarzo, and the Ghanaian High Commissioner to Nigeria, Mr Kwabena Asante.",
        published="2024-10-15",
    )
    boateng = person(a, "Akosua Boateng")
    assert (boateng.role, boateng.country) == (
        "Minister for Foreign Affairs and Regional Integration",
        "GH",
    )
    assert person(a, "Sani Gwarzo").role == "Minister of State for Foreign Affairs"
    assert "Sani Gwarzo" in a.meetings[0].participants


def test_a_pages_time_zone_tells_whose_officials_go_by_bare_title():
    a = parse_article(
        "THE KANSAI HERALD\n\nIshikura, Vietnam's Tran agree to deepen ties\n\n"
        "2025/10/24 19:30 JST\n\n"
        "Prime Minister Ishikura Takeshi held a video conference with Vietnamese Prime "
        "Minister Tran Quoc Vinh on Friday. Ishikura and Vinh are expected to meet in person "
        "next week on the sidelines of the ASEAN-related summit meetings in Kuala Lumpur.\n"
    )
    assert person(a, "Ishikura Takeshi").country == "JP"
    call, planned = a.meetings
    assert (call.mode, call.status, call.location, call.countries) == (
        "virtual",
        "held",
        None,
        ("JP", "VN"),
    )
    assert (planned.status, planned.location) == ("planned", "Kuala Lumpur")


def test_two_word_styles_and_mastheads_are_not_names():
    a = parse_article(
        "The Straits Courier reported that Secretary-General Tan Sri Ahmad Fuad Zulkifli met "
        "Singapore's Foreign Minister Tan Keng Hwee in Putrajaya, with Malam Hassan Kazaure "
        "of Nigeria also present."
    )
    assert {p.name for p in a.people} == {
        "Ahmad Fuad Zulkifli",
        "Tan Keng Hwee",
        "Hassan Kazaure",
    }
    assert person(a, "Ahmad Fuad Zulkifli").role == "Secretary-General"


def test_later_in_the_day_is_the_news_day_and_attendees_sit_in_the_talks_not_the_plan():
    text = (
        "Harbour Times\n\nMinisters meet in Valletta\n\n"
        "VALLETTA: Foreign Minister Tomas Vella received on Monday Ingrid Halvorsen, "
        "Minister of Foreign Affairs of Norway, who is on an official visit.\n\n"
        "The two ministers also discussed the outcomes of the Euro-Mediterranean summit "
        "held in Rabat on March 1.\n\n"
        "Vella accepted an invitation extended by Halvorsen to visit Oslo next year.\n\n"
        "The meeting was attended by Karl Borg, Permanent Secretary of the Ministry, and "
        "Erik Lund, Ambassador of Norway to Malta.\n\n"
        "Later in the day, the Norwegian minister was received by Prime Minister Anna Camilleri."
    )
    a = parse_article(text, published="2025-03-11")
    talks = meeting_with(a, "Tomas Vella", "Ingrid Halvorsen", "Karl Borg", "Erik Lund")
    assert talks.status == "held" and talks.date == "2025-03-10"
    visit = next(m for m in a.meetings if m.location == "Oslo")
    assert visit.status == "planned" and visit.date == "2026"
    assert "Karl Borg" not in visit.participants
    later = meeting_with(a, "Ingrid Halvorsen", "Anna Camilleri")
    assert later.date == "2025-03-10"  # the day of the talks, not the summit's March 1


def test_a_day_written_before_its_month_dates_the_talks():
    text = (
        "BUCHAREST\n\nMoldova's Foreign Minister Ilie Rusu held talks in Bucharest on "
        "27 February with his Romanian counterpart, Dana Munteanu, on energy links.\n\n"
        "Rusu will return on the 3rd of March to meet Prime Minister Victor Stanescu."
    )
    a = parse_article(text, published="2025-02-28")
    assert meeting_with(a, "Ilie Rusu", "Dana Munteanu").date == "2025-02-27"
    assert meeting_with(a, "Ilie Rusu", "Victor Stanescu").date == "2025-03-03"


def test_a_further_encounter_expected_later_that_day_is_in_the_visits_city():
    text = (
        "RIYADH\n\nIranian Foreign Minister Reza Karimi held talks with his Saudi counterpart "
        "Prince Khalid bin Fahd in Riyadh on Monday.\n\n"
        "Karimi was also expected to meet Saudi Defence Minister Prince Saud bin Nayef "
        "later on Monday, a Saudi source said."
    )
    a = parse_article(text, published="2025-05-12")
    later = meeting_with(a, "Reza Karimi", "Saud bin Nayef")
    assert later.status == "planned" and later.location == "Riyadh"
    assert later.date == "2025-05-12"


def test_undated_lead_talks_below_a_standfirst_happened_on_the_pages_day():
    text = (
        "Deputies meet on supply chains\n\n"
        "WASHINGTON (AP) — Three allies tried on Thursday to steady their partnership. "
        "Deputy Secretary of State Laura Ames hosted South Korea's First Vice Foreign "
        "Minister Park Min-jae and Japan's Vice Foreign Minister Kenji Okada at the State "
        "Department for trilateral talks."
    )
    a = parse_article(text, published="2024-10-17")
    m = meeting_with(a, "Laura Ames", "Park Min-jae", "Kenji Okada")
    assert m.primary and m.date == "2024-10-17"


def test_the_secretary_and_the_minister_are_the_two_named_before_them():
    text = (
        "MANILA\n\nSecretary of Foreign Affairs Ramon Villareal held a telephone conversation "
        "yesterday with Canada's Minister of Foreign Affairs Helene Tremblay.\n\n"
        "The Secretary and the Minister first met in Vientiane in July 2024, on the margins "
        "of a regional conference."
    )
    a = parse_article(text, published="2025-03-14")
    earlier = next(m for m in a.meetings if m.location == "Vientiane")
    assert set(earlier.participants) == {"Ramon Villareal", "Helene Tremblay"}
    assert earlier.date == "2024-07" and earlier.status == "held" and not earlier.primary


def test_the_call_the_first_since_another_tells_of_that_earlier_call_between_the_same_two():
    text = (
        "BRASILIA\n\nBrazilian President Ricardo Nunes held a telephone conversation on "
        "Monday with Argentine President Martin Olivera.\n\n"
        "It was the first conversation between the two leaders since a phone call in March."
    )
    a = parse_article(text, published="2025-06-17")
    earlier = next(m for m in a.meetings if not m.primary)
    assert set(earlier.participants) == {"Ricardo Nunes", "Martin Olivera"}
    assert earlier.date == "2025-03" and earlier.status == "held"


def test_two_long_names_alike_whole_but_not_word_by_word_are_two_people():
    text = (
        "NOUAKCHOTT\n\nThe session was co-chaired by Senegal's Minister of Foreign Affairs, "
        "Awa Ndiaye Sow, and Mauritania's Minister of Foreign Affairs, Mohamed Lemine Ould "
        "Cheikh Ahmed.\n\n"
        "On Tuesday, Ndiaye Sow was received by the President of Mauritania, Mohamed Salem "
        "Ould Baba Ahmed.\n\n"
        "A. Ndiaye Sow signed nine agreements."
    )
    a = parse_article(text, published="2024-02-21")
    minister = person(a, "Mohamed Lemine Ould Cheikh Ahmed")
    president = person(a, "Mohamed Salem Ould Baba Ahmed")
    assert "Mohamed Salem Ould Baba Ahmed" not in minister.mentions
    assert president.role == "President" and president.country == "MR"
    assert "A. Ndiaye Sow" in person(a, "Awa Ndiaye Sow").mentions  # an initial stands for a name


def test_an_agency_credited_by_its_initials_in_the_dateline_is_the_outlet():
    for line, credit, place in (
        ("Dakar, 14 May (APSN) - President Awa Diallo received envoys.", "APSN", "Dakar"),
        ("ABU DHABI, 3rd February, 2025 (EWN) -- Saif Rashid met envoys.", "EWN", "ABU DHABI"),
        ("Addis Ababa, January 22/2025 (ANS) - The commission opened.", "ANS", "Addis Ababa"),
        ("CHISINAU, Nov. 20 /MOLDPRESS/. The commission met.", "MOLDPRESS", "CHISINAU"),
    ):
        a = parse_article(f"Headline of the day\n\n{line}\n")
        assert (a.outlet, a.dateline) == (credit, place), line
    a = parse_article("Headline of the day\n\nAddis Ababa, January 22/2025 (ANS) - Talks.\n")
    assert a.published == "2025-01-22"  # the dateline's year fixes the day


def test_officials_left_unmarked_beside_one_marked_side_serve_the_other_named_country():
    release = (
        "Foreign Secretary Ana Ruiz Olvera held a telephone call yesterday with the Minister "
        "of Foreign Affairs of Guatemala, Carlos Batz Ajcip, to follow up on the bilateral "
        "agenda.\n\n"
        "The two ministers reviewed the border crossings and consular protection for Mexican "
        "and Guatemalan nationals, and agreed that the Mexico-Guatemala commission will meet "
        "in Guatemala City in September.\n\n"
        "The Government of Mexico reiterates its commitment to a relationship with Guatemala.\n"
    )
    people = countries_of(release, "2025-08-05")
    assert people == {"Ana Ruiz Olvera": "MX", "Carlos Batz Ajcip": "GT"}


def test_a_building_named_for_a_capital_names_no_country():
    text = (
        "Moldovan Foreign Minister Ion Ursachi was received at the Victoria Palace in "
        "Bucharest by Romanian Prime Minister Radu Stoica on Tuesday.\n"
    )
    art = parse_article(text, published="2025-03-04")
    assert art.countries == ("MD", "RO")
    assert {p.country for p in art.people} == {"MD", "RO"}


def test_a_two_letter_word_in_an_outlets_name_is_not_a_country_code():
    page = (
        "NILE HORIZON TV\n\nSudan and Eritrea discuss border security\n\n"
        "Foreign Minister Omer Babiker held talks with Eritrean President Isaias Tesfay in "
        "Asmara on Monday, the ministry said.\n\n"
        "© 2025 Nile Horizon TV\n"
    )
    people = countries_of(page, "2025-02-03")
    assert people["Omer Babiker"] != "TV"


def test_two_sides_who_discussed_as_one_subject_met_and_a_name_after_the_city_is_no_place():
    text = (
        "Tehran, IRNA - Iranian Foreign Minister Abbas Karimi and his Iraqi counterpart Hamid "
        "Jubouri on Thursday discussed the latest developments in Syria.\n\n"
        "In the meeting held in Tehran, Karimi described the two countries as brotherly "
        "nations.\n"
    )
    lead = parse_article(text, published="2024-12-19").meetings[0]
    assert lead.participants == ("Abbas Karimi", "Hamid Jubouri")
    assert (lead.date, lead.location, lead.status) == ("2024-12-19", "Tehran", "held")


def test_a_demonym_before_another_officials_title_and_name_is_not_the_next_persons():
    text = (
        "Tehran, IRNA - Iranian Foreign Minister Abbas Karimi and his Iraqi counterpart Hamid "
        "Jubouri on Thursday discussed the latest developments in Syria.\n\n"
        "Jubouri also conveyed an invitation from Iraqi Prime Minister Mohammed Dulaimi to "
        "President Mehdi Tavakkoli to visit Baghdad.\n"
    )
    people = countries_of(text, "2024-12-19")
    assert people["Mehdi Tavakkoli"] != "IQ"
    shared = (
        'Whitford is due to hold talks with "Japanese Foreign Minister Sakaguchi Tomohiro and '
        'Defense Minister Tanabe Hiroyuki," the statement said.\n'
    )
    people = countries_of(shared, "2025-01-10")
    assert people["Tanabe Hiroyuki"] == "JP"


def test_a_capital_in_another_clause_gives_no_one_its_country():
    text = (
        "SEOUL, May 12 (Yonhap) -- Foreign Minister Baek Seung-ho held talks with his Japanese "
        "counterpart, Kenta Morisaki, in Seoul on Monday.\n\n"
        "Morisaki invited Baek to visit Tokyo in the second half of this year, and Baek "
        "accepted, the ministry said.\n"
    )
    people = countries_of(text)
    assert people == {"Baek Seung-ho": "KR", "Kenta Morisaki": "JP"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Sri Lankan Foreign Minister K. D. Lalith Wijeratne met his Maldivian counterpart "
            "Ibrahim Rasheed in Colombo on Monday.",
            "K. D. Lalith Wijeratne",
            "Foreign Minister",
        ),
        (
            "State Minister A.F.M. Nazmul Huda held talks with Maldivian Foreign Minister Hussain "
            "Adam in Dhaka on Monday.",
            "A.F.M. Nazmul Huda",
            "State Minister",
        ),
        (
            "European Commissioner for Enlargement Henrike Lindqvist met Serbian Prime Minister "
            "Milos Radulovic in Belgrade on Monday.",
            "Henrike Lindqvist",
            "European Commissioner for Enlargement",
        ),
        (
            "Deputy Foreign Minister Lic. Ana Gabriela Portillo met her Honduran counterpart "
            "Jorge Mejia in San Salvador on Monday.",
            "Ana Gabriela Portillo",
            "Deputy Foreign Minister",
        ),
        (
            "Ambassador H.E. Abena Serwaa Danquah met Ivorian Foreign Minister Kouadio Konan in "
            "Abidjan on Monday.",
            "Abena Serwaa Danquah",
            "Ambassador",
        ),
        (
            "Also present was Indonesian Ambassador to Vietnam Hadisaputro.",
            "Hadisaputro",
            "Ambassador to Vietnam",
        ),
        (
            "Coordinating Minister for Economic Affairs Haryono told reporters the deals were "
            "signed.",
            "Haryono",
            "Coordinating Minister for Economic Affairs",
        ),
        (
            "Mongolian President D.Ganbold received Turkish Deputy Foreign Minister Ayse Karakas "
            "in Ulaanbaatar.",
            "D.Ganbold",
            "President",
        ),
    ],
)
def test_a_title_before_a_name_is_read_whole_and_the_name_kept_whole(text, name, role):
    """Initials ("K. D.", "A.F.M.", "D.Ganbold"), a portfolio ("for Enlargement"), a style
    ("Lic.", "H.E.") and a one-word name after a full title."""
    people = {p.name: p.role for p in parse_article(text, published="2025-03-04").people}
    assert people.get(name) == role


def test_a_country_named_in_passing_is_not_given_to_the_sides_unmarked_officials():
    text = (
        "Maldivian President Ibrahim Rasheed held talks with President Lalith Wijeratne in "
        "Colombo today, on the first day of a state visit to Sri Lanka.\n\n"
        "Foreign Minister Tharaka Jayasundera and his Maldivian counterpart, Aishath Moosa, "
        "will co-chair the Sri Lanka-Maldives Joint Commission in Male next year.\n\n"
        '"Sri Lanka is our closest neighbour after India," President Rasheed said, adding that '
        "Maldivian students would get more scholarships.\n\n"
        "Both countries have been courted by India and China. Sri Lanka and the Maldives "
        "signed five agreements, and Sri Lankan teachers will be recruited.\n"
    )
    people = countries_of(text, "2025-09-02")
    assert people["Lalith Wijeratne"] != "IN"


def test_the_visit_to_a_capital_of_a_nations_minister_gives_the_minister_that_nation():
    text = (
        '"The sides discussed the upcoming visit to Moscow of Mongolian Foreign Minister B. '
        'Enkhtaivan," the ministry said.\n'
    )
    (person,) = parse_article(text, published="2025-10-07").people
    assert (person.name, person.role, person.country) == (
        "B. Enkhtaivan",
        "Foreign Minister",
        "MN",
    )


def test_a_name_spelled_without_its_accents_is_the_same_person():
    text = (
        "VILNIUS - Latvian President Kārlis Ozoliņš met his Polish counterpart Tomasz "
        "Wierzbicki on the sidelines of the NATO summit on Tuesday.\n\n"
        "Latvian President Karlis Ozolins (L) and Polish President Tomasz Wierzbicki in "
        "Vilnius. Photo: LETA/Presidential Chancery\n"
    )
    names = [p.name for p in parse_article(text, published="2024-07-09").people]
    assert names == ["Kārlis Ozoliņš", "Tomasz Wierzbicki"]


def test_a_national_agencys_bare_titles_are_its_countrys():
    text = (
        "TIRANA, February 5 /ATA/ - Prime Minister Arben Kastrati will travel to Podgorica on "
        "Thursday, where he is expected to meet his Montenegrin counterpart Nikola Bulatovic.\n"
    )
    art = parse_article(text, published="2025-02-05")
    assert art.outlet == "ATA"
    assert {p.name: p.country for p in art.people}["Arben Kastrati"] == "AL"


def test_a_when_clause_after_the_two_who_met_tells_of_a_further_encounter_and_they_are_the_two():
    text = (
        "MOSCOW, April 15. /TASS/. Russian Foreign Minister Dmitry Sokolin will hold talks with "
        "his Iranian counterpart Kourosh Bahramzadeh in Moscow next Monday, the spokeswoman "
        "said.\n\n"
        "The two ministers last met in Tehran in February, when Sokolin paid an official visit "
        "to the Islamic Republic and was received by Iranian President Mohsen Rahimian. They "
        "also held a telephone conversation on April 2.\n"
    )
    meetings = [
        (set(m.participants), m.date, m.location, m.mode)
        for m in parse_article(text, published="2025-04-15").meetings
    ]
    ministers = {"Dmitry Sokolin", "Kourosh Bahramzadeh"}
    assert (ministers, "2025-02", "Tehran", "in_person") in meetings
    assert ({"Dmitry Sokolin", "Mohsen Rahimian"}, "2025-02", "Tehran", "in_person") in meetings
    assert (ministers, "2025-04-02", None, "call") in meetings


def test_a_compound_that_describes_is_no_name_and_opens_none():
    text = (
        "Polish President Tomasz Wierzbicki met Latvian President Karlis Ozolins in Vilnius on "
        "Tuesday and offered to share experience with US-made Patriot batteries.\n\n"
        '"The ministers talk weekly," said Camille Royer, a researcher at the Paris-based '
        "Institut Montaigne.\n"
    )
    names = {p.name for p in parse_article(text, published="2024-07-09").people}
    assert names == {"Tomasz Wierzbicki", "Karlis Ozolins", "Camille Royer"}


def test_met_here_and_again_there_is_two_meetings_of_the_same_pair():
    text = (
        "ATHENS - Greek Prime Minister Konstantinos Mavridis hosted Turkish President Mehmet Ali "
        "Karaduman in Athens on Thursday.\n\n"
        "Mavridis and Karaduman met on the sidelines of the NATO summit in Vilnius in July and "
        "again at the UN General Assembly in New York in September, where they agreed to "
        "revive talks.\n"
    )
    meetings = [(m.date, m.location) for m in parse_article(text, published="2023-12-07").meetings]
    assert meetings == [("2023-12-07", "Athens"), ("2023-07", "Vilnius"), ("2023-09", "New York")]


def test_where_they_also_held_a_trilateral_is_a_meeting_beside_the_pairs_own():
    text = (
        "SEOUL - South Korean Defense Minister Moon Sung-jae and U.S. Defense Secretary Thomas "
        "Garrity held phone talks on Wednesday.\n\n"
        "The two last met in person in Singapore in June on the sidelines of the Shangri-La "
        "Dialogue, where they also held a trilateral meeting with their Japanese counterpart.\n"
    )
    meetings = [
        (m.countries, m.date, m.location, m.mode)
        for m in parse_article(text, published="2023-09-06").meetings
    ]
    assert meetings == [
        (("KR", "US"), "2023-09-06", None, "call"),
        (("KR", "US"), "2023-06", "Singapore", "in_person"),
        (("JP", "KR", "US"), "2023-06", "Singapore", "in_person"),
    ]


def test_talks_in_the_capital_under_a_capitals_dateline_are_placed_there():
    text = (
        "ASTANA - Kazakhstan and Kyrgyzstan on Thursday agreed to set up a joint water "
        "commission after talks in the capital between Kazakh Foreign Minister Nurlan "
        "Abdikarimov and his Kyrgyz counterpart Azamat Toktogulov.\n"
    )
    (meeting,) = parse_article(text, published="2025-03-14").meetings
    assert (meeting.location, meeting.date) == ("Astana", "2025-03-13")


def test_a_courtesy_title_after_a_venues_comma_is_not_part_of_the_place():
    text = (
        "ANKARA (AA) - President Haluk Ozturkmen received Ukrainian Prime Minister Ostap "
        "Yavorivskyi on Monday.\n\n"
        "After the ceremony at the Presidential Complex, Mr. Yavorivskyi held talks with Vice "
        "President Cevdet Aksoylu.\n"
    )
    places = {m.location for m in parse_article(text, published="2025-06-16").meetings}
    assert not any(p and p.endswith("Mr") for p in places)


def test_a_capitalised_pair_before_a_place_noun_is_a_place_not_a_person():
    text = (
        "ASTANA - Foreign Minister Nurlan Abdikarimov hosted Kyrgyz Foreign Minister Azamat "
        "Toktogulov on Thursday.\n\n"
        "Tashkent, the largest user of Syr Darya water downstream, wants a basin-wide deal, "
        "and farmers in Quang Ninh province are watching.\n"
    )
    names = {p.name for p in parse_article(text, published="2025-03-14").people}
    assert names == {"Nurlan Abdikarimov", "Azamat Toktogulov"}


def test_a_french_byline_is_not_a_person_of_the_story():
    page = (
        "Abidjan and Accra open joint commission\n\nPar Aya Kouamé Prisca\n\n"
        "Ivorian Foreign Minister Kouadio Konan received his Ghanaian counterpart Kwame Boateng "
        "in Abidjan on Monday.\n"
    )
    names = {p.name for p in parse_article(page, published="2025-03-03").people}
    assert names == {"Kouadio Konan", "Kwame Boateng"}


def test_a_portfolios_last_word_or_a_city_inside_a_name_is_no_one_word_name():
    text = (
        "Minister of Transport and Public Works Diego Salazar met President Emilio Santiago "
        "Mercado and Prime Minister Isabel Montenegro Ruiz in Manila on Monday.\n"
    )
    names = {p.name for p in parse_article(text, published="2025-03-03").people}
    assert names == {"Diego Salazar", "Emilio Santiago Mercado", "Isabel Montenegro Ruiz"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # a family name in capitals
            "On July 17, Mr. KANEDA Hiroki, Minister for Foreign Affairs of Japan, held a "
            "telephone talk with Mr. Tran Quoc Hung, Minister of Foreign Affairs of Viet Nam.\n",
            ["KANEDA Hiroki", "Tran Quoc Hung"],
        ),
        (  # "Mint" joins a Mauritanian name as "Ould" does
            "NOUAKCHOTT - Foreign Minister Aicha Mint Sidi received her Senegalese counterpart "
            "Yassine Fall on Monday.\n",
            ["Aicha Mint Sidi", "Yassine Fall"],
        ),
    ],
)
def test_a_name_is_kept_whole(text, names):
    assert [p.name for p in parse_article(text, published="2025-07-18").people] == names


def test_the_two_ministers_are_the_ministers_not_the_prime_ministers_named_since():
    text = (
        "On July 17, Minister for Foreign Affairs Hiroki Kaneda held a telephone talk with "
        "Deputy Prime Minister and Minister of Foreign Affairs Tran Quoc Hung of Viet Nam.\n\n"
        "Minister Kaneda recalled the summit held in Tokyo in March between Prime Minister Ken "
        "Ishimoto and Prime Minister Le Minh Khoa.\n\n"
        "The two Ministers followed up on their meeting held on July 10 in Kuala Lumpur.\n"
    )
    meetings = parse_article(text, published="2025-07-18").meetings
    kuala_lumpur = next(m for m in meetings if m.location == "Kuala Lumpur")
    assert set(kuala_lumpur.participants) == {"Hiroki Kaneda", "Tran Quoc Hung"}


def test_a_trilateral_with_a_third_minister_takes_in_the_two_who_met():
    text = (
        "VILNIUS (PAP) - Polish Foreign Minister Tomasz Zurawski met his Lithuanian counterpart "
        "Kestutis Vaitkevicius in Vilnius on Wednesday.\n\n"
        "A trilateral meeting with Ukrainian Foreign Minister Oleksandr Hnatyuk, which had been "
        "planned for Wednesday afternoon, was called off.\n"
    )
    meetings = parse_article(text, published="2025-04-16").meetings
    cancelled = next(m for m in meetings if m.status == "cancelled")
    assert set(cancelled.participants) == {
        "Tomasz Zurawski",
        "Kestutis Vaitkevicius",
        "Oleksandr Hnatyuk",
    }


def test_on_the_fourteenth_is_a_day_of_the_pages_month():
    text = (
        "ADDIS ABABA - Foreign Minister Kwabena Mensah met his Burkinabe counterpart Aminata "
        "Ouedraogo on the 14th at the Ghana Embassy in the Ethiopian capital.\n"
    )
    (meeting,) = parse_article(text, published="2026-02-15").meetings
    assert meeting.date == "2026-02-14"


def test_the_day_in_the_opening_line_dates_the_news_told_next():
    text = (
        "BEIJING (AP) - U.S. Secretary of State Daniel Whitford pressed China's top diplomat on "
        "Friday to stop supplying components to Russia.\n\n"
        "Whitford met Chinese Foreign Minister Tang Wenhua for more than five hours at the "
        "Diaoyutai State Guesthouse.\n"
    )
    lead = parse_article(text, published="2025-06-07").meetings[0]
    assert lead.date == "2025-06-06"


def test_the_day_of_an_arrival_the_night_before_does_not_date_the_further_call():
    text = (
        "COLOMBO - External Affairs Minister Vikram Raghunathan on Monday held talks with his Sri "
        "Lankan counterpart Nalin Jayawardena in Colombo.\n\n"
        "Mr. Raghunathan, who arrived in the island nation on a two-day visit on Sunday night, "
        "also called on President Anura Senanayake at the Presidential Secretariat.\n"
    )
    meetings = parse_article(text, published="2025-01-06").meetings
    assert {m.date for m in meetings} == {"2025-01-06"}


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("National news agency", "Kazakh, Uzbek presidents discuss water, transit by phone"),
        ("Democratic Socialist Republic of Sri Lanka", "Kazakh, Uzbek presidents discuss water"),
        ("LIVE ▶ Watch Steppe 24", "Kazakh, Uzbek presidents discuss water by phone"),
    ],
)
def test_the_headline_is_the_line_that_tells_the_lead_not_a_masthead_above_it(top, headline):
    page = (
        f"{top}\n\n{headline}\n\n"
        "Leaders stress transit as the region's lifeline\n\n"
        "President of Kazakhstan Yerlan Sadykbekov held a telephone conversation with President "
        "of Uzbekistan Dilshod Rakhmatullayev on Monday, discussing water use and transit "
        "corridors.\n"
    )
    assert parse_article(page, published="2025-03-03").title == headline


@pytest.mark.parametrize(
    ("stamp", "published", "thursday"),
    [
        ("By Brian Otieno  |  Mar 27, 2025\n\n", "2025-03-27", "2025-03-27"),
        (
            "Publié le 13/06/2025 à 08h15 | Mis à jour le 13/06/2025 à 10h02 | Par AIP\n\n",
            "2025-06-13",
            "2025-06-12",
        ),
    ],
)
def test_a_stamp_in_a_byline_or_a_long_stamp_line_dates_the_page(stamp, published, thursday):
    page = (
        "Kenya, Ethiopia agree to reopen border post\n\n" + stamp + "Ethiopian envoy Abebe "
        "Tessema on Thursday held talks with Kenyan Foreign Minister Wanjiru Kamau in Nairobi.\n"
    )
    art = parse_article(page)
    assert art.published == published
    assert art.meetings[0].date == thursday


def test_a_stamp_with_the_month_between_dashes_dates_the_page():
    page = (
        "Ghana receives four new envoys\n\n06-Mar-2025 21:10 GMT  |  Kofi Darko  |  3 min read\n\n"
        "President Kwabena Asante received the letters of credence of Brazil's new ambassador, "
        "Renata Pacheco, at Jubilee House in Accra on Thursday.\n"
    )
    art = parse_article(page)
    assert (art.published, art.meetings[0].date) == ("2025-03-06", "2025-03-06")


def test_an_official_given_no_country_serves_the_capital_the_story_is_datelined_from():
    text = (
        "ASTANA - Kazakh Foreign Minister Nurlan Abdikarimov hosted Kyrgyz Foreign Minister "
        "Azamat Toktogulov for talks on Thursday, as Kazakhstan seeks a water deal.\n\n"
        "The visiting minister is also expected to meet Prime Minister Olzhas Bekmukhambetov on "
        "Friday.\n"
    )
    people = countries_of(text, "2025-03-14")
    assert people["Olzhas Bekmukhambetov"] == "KZ"


def test_dominican_is_said_of_the_dominican_republic():
    text = (
        "Haitian Foreign Minister Jean Baptiste met Dominican Foreign Minister Rafael Pena in "
        "Santo Domingo on Monday.\n"
    )
    art = parse_article(text, published="2025-03-03")
    assert {p.name: p.country for p in art.people}["Rafael Pena"] == "DO"
    assert art.countries == ("DO", "HT")


def test_a_country_to_be_visited_is_not_the_country_of_the_one_invited():
    text = (
        "KATHMANDU - Foreign Minister Bimala Pokharel held talks with visiting Sri Lankan "
        "Foreign Minister Ruwan Samarasekera on Tuesday.\n\n"
        "Samarasekera also called on Prime Minister Keshav Adhikari and conveyed an invitation "
        "to visit Sri Lanka, which Adhikari accepted.\n"
    )
    people = countries_of(text, "2025-03-12")
    assert people["Keshav Adhikari"] != "LK"


def test_the_spokesperson_of_the_ministry_before_a_comma_titles_the_name():
    text = "The spokesperson of the ministry, Ngozi Eze-Nwosu, disclosed this in a statement."
    (person,) = parse_article(text, published="2025-11-03").people
    assert person.role and person.role.startswith("spokesperson")


def test_each_envoy_presenting_credentials_is_an_audience_of_their_own():
    text = (
        "WARSAW (PAP) - President Tomasz Wierzbicki on Tuesday received letters of credence from "
        "four new ambassadors to Poland, from Brazil, Indonesia, Kazakhstan and Nigeria, in a "
        "ceremony at the Belweder Palace in Warsaw.\n\n"
        "The credentials were presented by Renata Lacerda of Brazil, Bambang Hadi of Indonesia, "
        "Nurbek Sagyndykov of Kazakhstan and Chukwuemeka Nnadi of Nigeria.\n"
    )
    meetings = parse_article(text, published="2025-03-04").meetings
    assert [(m.participants, m.countries, m.date) for m in meetings] == [
        (("Tomasz Wierzbicki", "Renata Lacerda"), ("BR", "PL"), "2025-03-04"),
        (("Tomasz Wierzbicki", "Bambang Hadi"), ("ID", "PL"), "2025-03-04"),
        (("Tomasz Wierzbicki", "Nurbek Sagyndykov"), ("KZ", "PL"), "2025-03-04"),
        (("Tomasz Wierzbicki", "Chukwuemeka Nnadi"), ("NG", "PL"), "2025-03-04"),
    ]


def test_a_country_closing_the_title_after_one_name_is_not_the_next_names():
    text = (
        "The meeting will be held in Manila with the participation of Mr. KUROSAWA Masato, "
        "Minister of Defense of Japan, and Secretary of National Defense Ramon T. Sandoval, "
        "officials said."
    )
    people = countries_of(text, "2025-03-03")
    assert people == {"KUROSAWA Masato": "JP", "Ramon T. Sandoval": None}


def test_the_heads_of_state_the_pair_and_the_leaders_who_agreed_are_the_two_named():
    text = (
        "ASTANA - President of Kazakhstan Yerlan Sadykbekov held a telephone conversation with "
        "President of Uzbekistan Dilshod Rakhmatullayev on Tuesday.\n\n"
        "The heads of state discussed the agreements reached during Rakhmatullayev's state visit "
        "to Astana in December last year.\n\n"
        "The leaders agreed to hold the next meeting of the Supreme Interstate Council in Khiva "
        "this year.\n\n"
        "The pair had first met on the sidelines of a summit in Baku in 2023.\n"
    )
    meetings = parse_article(text, published="2025-03-04").meetings
    pair = {"Yerlan Sadykbekov", "Dilshod Rakhmatullayev"}
    assert [(set(m.participants), m.date, m.location) for m in meetings] == [
        (pair, "2025-03-04", None),
        (pair, "2024-12", "Astana"),
        (pair, "2025", "Khiva"),
        (pair, "2023", "Baku"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov on the "
        "30th anniversary of diplomatic relations.",
        "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov on the "
        "2nd day of his visit.",
    ],
)
def test_an_ordinal_that_counts_something_else_is_no_day(text):
    day = parse_article(text, published="2025-05-20").meetings[0].date
    assert day != "2025-04-30"
    assert day != "2025-05-02"


def test_a_headline_naming_a_republic_is_still_the_headline():
    page = (
        "Saudi Arabia And Republic Of Korea Sign Energy Deal\n\n"
        "Saudi Energy Minister Abdulaziz Fahd met South Korean Trade Minister Ahn Duk-geun in "
        "Riyadh on Monday.\n"
    )
    art = parse_article(page, published="2025-05-20")
    assert art.title == "Saudi Arabia And Republic Of Korea Sign Energy Deal"
    assert art.outlet is None


def test_a_teaser_below_the_story_does_not_date_the_page_nor_beat_the_callers_date():
    page = (
        "Kazakh, Uzbek ministers meet\n\n"
        "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov on "
        "Monday in Astana.\n\nRelated news\nKazakhstan, Uzbekistan sign water pact | 12 Jan 2023\n"
    )
    assert parse_article(page).published is None
    assert parse_article(page, published="2025-03-04").published == "2025-03-04"
    byline = (
        "Kazakh, Uzbek ministers meet\n\nBy Aigerim Seit | Mar 4, 2025\n\n"
        "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov on "
        "Monday in Astana.\n"
    )
    assert parse_article(byline).published == "2025-03-04"
    assert parse_article(byline, published="2025-06-01").published == "2025-06-01"


def test_a_photo_credit_is_no_copyright_holder_and_a_bare_rss_link_is_no_outlet():
    page = (
        "RSS\n\nKazakh, Uzbek ministers meet\n\n"
        "Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov on Monday "
        "in Tashkent.\n\nPhoto: © Daniyar Sadykov\n"
    )
    art = parse_article(page, published="2025-03-04")
    assert art.outlet is None
    assert {p.name: p.country for p in art.people}["Murat Nurtleu"] != "NP"


def test_a_date_in_an_opening_line_about_something_else_does_not_date_the_lead():
    text = (
        "ASTANA, 19 June 2025 - A border dispute flared on 12 May over a canal.\n\n"
        "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov in "
        "Astana.\n"
    )
    assert parse_article(text).meetings[0].date == "2025-06-19"


def test_a_capitalised_the_prime_minister_opening_a_release_is_not_the_one_named():
    text = (
        "The Prime Minister spoke to Prime Minister Kenji Takeda of Japan this morning.\n\n"
        "The Prime Minister began by updating on the talks between the United States and "
        "Ukraine in Jeddah this week.\n"
    )
    meetings = parse_article(text, published="2025-03-14").meetings
    assert all(m.participants != ("Kenji Takeda",) or m.location != "Jeddah" for m in meetings)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        (
            "WARSAW - German Chancellor Friedrich Scholl met Polish Prime Minister Tomasz Wisniak "
            "in Warsaw on Wednesday.\n\n"
            "The leaders said the consultations would be held in Berlin in the autumn.\n",
            "2023-03-15",
            "Berlin",
        ),
        (
            "ASTANA - Kazakh President Kassym Tokay met Uzbek President Shavkat Mirzo in Astana on "
            "Monday.\n\nThe leaders also noted that a meeting of the intergovernmental commission "
            "will be held in Tashkent in May.\n",
            "2025-03-04",
            "Tashkent",
        ),
    ],
)
def test_the_leaders_who_tell_of_a_session_to_come_are_not_seated_in_it(text, published, place):
    meetings = parse_article(text, published=published).meetings
    assert all(m.participants == () for m in meetings if m.location == place)


@pytest.mark.parametrize(
    ("text", "published", "encounters"),
    [
        (  # "the Foreign Minister" after an opening phrase is the one named before
            "ADDIS ABABA - Ghana's Foreign Minister Kwabena Mensah met his Burkinabe counterpart "
            "Aminata Ouedraogo on Saturday.\n\n"
            "Later the same day, the Foreign Minister held talks with his Togolese counterpart, "
            "Komla Agbeko.\n",
            "2026-02-15",
            [{"Kwabena Mensah", "Aminata Ouedraogo"}, {"Kwabena Mensah", "Komla Agbeko"}],
        ),
        (  # "before sitting down with" a second leader is a second encounter
            "GEORGETOWN - Jamaican Prime Minister Marcus Ellington met Barbados Prime Minister "
            "Sandra Alleyne over breakfast on Wednesday, before sitting down with Trinidad and "
            "Tobago's Prime Minister Keith Ramsaran to discuss trade barriers.\n\n"
            '"Our region must act together," Ellington told reporters.\n\n'
            "In the afternoon, the prime minister held talks with Haitian leader Jean "
            "Pierre-Louis.\n",
            "2024-07-03",
            [
                {"Marcus Ellington", "Sandra Alleyne"},
                {"Marcus Ellington", "Keith Ramsaran"},
                {"Marcus Ellington", "Jean Pierre-Louis"},
            ],
        ),
    ],
)
def test_who_met_in_each_encounter_of_a_visit(text, published, encounters):
    meetings = parse_article(text, published=published).meetings
    assert [set(m.participants) for m in meetings] == encounters


_LEAD_NAIROBI = (
    "NAIROBI, June 14, 2025 - Kenyan Foreign Minister Peter Langat held talks with Tanzanian "
    "Foreign Minister Amina Mrema in Nairobi on Saturday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "status", "date", "place"),
    [
        ("The JPC last met in Mombasa in November 2019.", "held", "2019-11", "Mombasa"),
        (
            "The 11th session of the Kenya-Tanzania Joint Permanent Commission was held in Arusha "
            "last November.",
            "held",
            "2024-11",
            "Arusha",
        ),
        (
            "The previous edition of the commission took place in Zanzibar in March 2023.",
            "held",
            "2023-03",
            "Zanzibar",
        ),
        (
            "Langat said the next session would be held in Dar es Salaam in August.",
            "planned",
            "2025-08",
            "Dar es Salaam",
        ),
        (
            "Both sides agreed to convene the Joint Working Group on fisheries in Mombasa next "
            "month.",
            "planned",
            "2025-07",
            "Mombasa",
        ),
        (
            "The Kenya-Tanzania Joint Commission, dormant since 2019, will meet in Arusha next "
            "month, officials said.",
            "planned",
            "2025-07",
            "Arusha",
        ),
    ],
)
def test_a_standing_bodys_sitting_is_a_meeting_of_the_two_countries(sentence, status, date, place):
    meetings = parse_article(_LEAD_NAIROBI + sentence + "\n").meetings
    assert meetings[0].participants == ("Peter Langat", "Amina Mrema")
    assert meetings[0].date == "2025-06-14" and meetings[0].location == "Nairobi"
    sitting = [m for m in meetings if m.location == place and m is not meetings[0]]
    assert len(sitting) == 1, meetings
    assert sitting[0].participants == ()
    assert sitting[0].countries == ("KE", "TZ")
    assert (sitting[0].status, sitting[0].date) == (status, date)


def test_the_session_told_of_again_is_the_news_not_another_sitting():
    text = (
        "IASI, Dec 5, 2024 - Romanian Prime Minister Cristian Muresan and Moldovan Prime Minister "
        "Victor Ciobanu held a joint government meeting in Iasi on Thursday.\n\n"
        '"We are one people," Muresan said at the opening of the session, held at the Palace of '
        "Culture.\n\nThe previous joint meeting was held in Chisinau in November 2023.\n"
    )
    meetings = parse_article(text).meetings
    assert [(m.date, m.location) for m in meetings] == [
        ("2024-12-05", "Iasi"),
        ("2023-11", "Chisinau"),
    ]


def test_the_ministers_who_agreed_on_the_next_session_do_not_sit_in_it():
    text = (
        _LEAD_NAIROBI + "The ministers agreed that the 12th session of the Joint Permanent "
        "Commission will be held in Arusha in September.\n"
    )
    sitting = [m for m in parse_article(text).meetings if m.location == "Arusha"]
    assert [(m.participants, m.status, m.date) for m in sitting] == [((), "planned", "2025-09")]


@pytest.mark.parametrize("place", ["Punta del Este", "Dar es Salaam", "Santa Cruz de la Sierra"])
def test_a_city_whose_name_holds_a_small_word_is_kept_whole(place):
    text = (
        "Uruguayan Foreign Minister Ana Ruiz held talks with Bolivian Foreign Minister Jorge "
        f"Mamani in {place} on Monday.\n"
    )
    assert parse_article(text, published="2025-06-10").meetings[0].location == place


@pytest.mark.parametrize(
    ("sentence", "countries", "date"),
    [
        (
            "Langat will travel to Budapest next month for talks on the power grid.",
            ("HU", "KE"),
            "2025-07",
        ),
        ("Langat is due in Kigali on Wednesday for talks.", ("KE", "RW"), "2025-06-18"),
        ("Langat accepted an invitation to visit Hungary next year.", ("HU", "KE"), "2026"),
    ],
)
def test_a_visit_to_come_has_the_host_government_as_its_other_side(sentence, countries, date):
    meetings = parse_article(_LEAD_NAIROBI + sentence + "\n").meetings
    visit = [m for m in meetings if m.participants == ("Peter Langat",)]
    assert [(m.countries, m.status, m.date) for m in visit] == [(countries, "planned", date)]


def test_negotiations_held_in_a_capital_do_not_make_its_government_a_side():
    text = (
        _LEAD_NAIROBI + "This comes after Israeli Defence Minister Yoav Katzir confirmed the "
        "resumption of indirect negotiations with Hamas in Doha.\n"
    )
    assert all("QA" not in m.countries for m in parse_article(text).meetings)


def test_what_the_source_added_does_not_join_the_call_nor_make_it_a_plan():
    text = (
        "SEOUL, Feb. 12, 2025 - South Korean Foreign Minister Baek Seung-ho and his Japanese "
        "counterpart Haruka Nishimura agreed on a trilateral meeting during phone talks on "
        "Tuesday, the ministry said, adding that Chinese Foreign Minister Gao Lianjie is expected "
        "to attend.\n"
    )
    call = parse_article(text).meetings[0]
    assert call.participants == ("Baek Seung-ho", "Haruka Nishimura")
    assert (call.mode, call.status, call.date) == ("call", "held", "2025-02-11")


def test_a_partner_country_named_with_a_verb_after_it_does_not_title_the_next_name():
    text = (
        "BEIJING, March 18 (Xinhua) -- Chinese Vice President Zhou Mingyuan received Egyptian "
        "Foreign Minister Tarek Abdel-Ghani in Beijing on Tuesday.\n\n"
        "Zhou said China is ready to work with Egypt to implement the consensus reached by "
        "President Xu Jianhong and Egyptian President Youssef El-Gamal.\n"
    )
    countries = {p.name: p.country for p in parse_article(text).people}
    assert countries["Xu Jianhong"] == "CN"
    assert countries["Youssef El-Gamal"] == "EG"


def test_a_bare_president_met_in_a_foreign_capital_is_the_host_not_the_pages_country():
    text = (
        "DAKAR, Jan 10, 2025 (AFP) - Senegalese Prime Minister Amadou Ndiaye met French Foreign "
        "Minister Claire Duval in Dakar on Friday.\n\n"
        "Ndiaye held talks with President Laurent Fabre in Paris in June last year.\n"
    )
    a = parse_article(text)
    assert {p.name: p.country for p in a.people}["Laurent Fabre"] == "FR"
    paris = [m for m in a.meetings if m.location == "Paris"]
    assert [m.countries for m in paris] == [("FR", "SN")]


def test_two_sittings_in_one_sentence_are_two_meetings():
    text = (
        _LEAD_NAIROBI + "The commission's second session was held in Arusha in 2019, and "
        "officials said the third session is expected to take place in Mombasa later this year.\n"
    )
    sittings = [(m.location, m.status, m.date) for m in parse_article(text).meetings[1:]]
    assert sittings == [("Arusha", "held", "2019"), ("Mombasa", "planned", "2025")]


_LEAD_SOFIA = (
    "SOFIA, Feb 3, 2025 (BTA) - North Macedonian Foreign Minister Dimitar Trajkovski held talks "
    "with Bulgarian Foreign Minister Ivan Petkov in Sofia on Monday.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The visiting minister was also received by Prime Minister Nikolay Velichkov later on "
        "Monday.",
        "Prime Minister Nikolay Velichkov, who met Trajkovski on Monday evening, said the border "
        "would be reinforced.",
    ],
)
def test_a_further_encounter_of_the_visitor_is_a_meeting_of_its_own(sentence):
    meetings = parse_article(_LEAD_SOFIA + sentence + "\n").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Dimitar Trajkovski", "Ivan Petkov"},
        {"Dimitar Trajkovski", "Nikolay Velichkov"},
    ]
    assert meetings[1].date == "2025-02-03"


def test_the_visiting_minister_on_the_visit_itself_is_no_further_encounter():
    text = (
        _LEAD_SOFIA + "The visiting minister, who arrived on Sunday evening on a two-day visit, "
        "conveyed a written message from his president.\n"
    )
    assert len(parse_article(text).meetings) == 1


def test_a_notice_about_the_outlets_own_website_below_the_story_credits_it():
    text = (
        "Turkish foreign minister holds phone call with Azerbaijani counterpart\n\n"
        "ANKARA\n\nTurkish Foreign Minister Hakan Yildirim on Thursday held a phone call with "
        "Azerbaijani Foreign Minister Ceyhun Mammadli, according to diplomatic sources.\n\n"
        "The two discussed the normalization process in the South Caucasus.\n\n"
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcasting System (HAS), and in summarized form.\n"
    )
    assert parse_article(text, published="2025-08-14").outlet == "Anadolu Agency"


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("ASUNCIÓN, March 12 (EFE) - ", "ASUNCIÓN"),
        ("Hà Nội (VNA) - ", "Hà Nội"),
        ("IAȘI, Dec 5 - ", "IAȘI"),
    ],
)
def test_a_dateline_with_letters_beyond_ascii_is_read(lead, dateline):
    text = (
        lead + "Paraguayan President Horacio Benitez received Bolivian Foreign Minister Marcela "
        "Quispe on Wednesday.\n"
    )
    assert parse_article(text, published="2025-03-12").dateline == dateline


def test_an_unknown_broadcaster_credited_in_the_dateline_and_named_again_is_the_outlet():
    text = (
        "NORDLYS TV · NYHETER | in English\n\n"
        "TROMSØ (Nordlys TV): Norwegian Foreign Minister Ingrid Aasen met Russian Ambassador "
        "Pavel Orlov in Oslo on Monday.\n\n"
        "Nordlys TV uses cookies for statistics and personalisation.\n"
    )
    a = parse_article(text, published="2025-10-06")
    assert (a.outlet, a.dateline) == ("Nordlys TV", "TROMSØ")


def test_a_style_in_brackets_after_an_opening_title_is_no_credit():
    text = (
        "Speaker Hon. (Dr.) Senarath Bandara received a delegation of the National Assembly of "
        "Kenya at the Parliament complex on Tuesday.\n\nPhoto: Parliament of Sri Lanka\n"
    )
    assert parse_article(text, published="2025-03-04").outlet != "Dr."


def test_a_meeting_to_come_on_the_pages_own_weekday_is_that_day():
    text = (
        "ASTANA, March 14, 2025 - Kyrgyz Foreign Minister Azamat Toktogulov held talks with "
        "Kazakh Foreign Minister Murat Nurtleu in Astana on Friday.\n\nThe visiting minister is "
        "also expected to meet Prime Minister Olzhas Bekmukhambetov in Astana on Friday.\n"
    )
    later = [m for m in parse_article(text).meetings if "Olzhas Bekmukhambetov" in m.participants]
    assert [(m.status, m.date) for m in later] == [("planned", "2025-03-14")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier on Thursday, Sheikh Saeed bin Hamdan Al Nahyan received a phone call from "
        "Saudi Foreign Minister Turki bin Mansour, during which they discussed the GCC summit "
        "due next month.",
        "Sheikh Saeed bin Hamdan Al Nahyan held talks with Saudi Foreign Minister Turki bin "
        "Mansour on Thursday ahead of the GCC summit that Bahrain will host next month.",
    ],
)
def test_an_encounter_told_as_done_stays_held_whatever_plan_it_spoke_of(sentence):
    text = "ABU DHABI, 20th November, 2025 (WAM) -- " + sentence + "\n"
    call = parse_article(text).meetings[0]
    assert (call.status, call.date) == ("held", "2025-11-20")


def test_a_visit_to_come_to_a_whole_country_is_placed_in_that_country():
    text = (
        "ASTANA, March 12, 2025 - Kyrgyz Foreign Minister Azamat Osmonaliev held talks with "
        "Kazakh Foreign Minister Murat Nurtleu on Wednesday.\n\n"
        "Kazakh President Kassym Tokayev is expected to visit Kyrgyzstan early next year.\n"
    )
    visit = parse_article(text).meetings[1]
    assert (visit.location, visit.status, visit.date) == ("Kyrgyzstan", "planned", "2026")


def test_news_on_a_visit_to_the_datelines_country_happened_in_the_datelines_city():
    text = (
        "TASHKENT, Dec 8, 2023 - Uzbek Foreign Minister Otabek Ismoilov held talks with Japanese "
        "Foreign Minister Sakurai Kenji, who is on an official visit to Uzbekistan, on Friday.\n"
    )
    assert parse_article(text).meetings[0].location == "Tashkent"


def test_a_lone_visitors_visit_to_the_datelines_country_is_placed_in_its_city():
    text = (
        "NOUAKCHOTT, March 3, 2026 - Senegalese Prime Minister Mamadou Lamine Ndiaye ended a "
        "two-day visit to Mauritania on Tuesday.\n"
    )
    assert parse_article(text).meetings[0].location == "Nouakchott"


def test_a_groups_separate_meetings_pair_each_member_with_the_counterpart_in_their_office():
    text = (
        "Nouakchott, Jun 3, 2025 (EFE).- Spain and Mauritania on Tuesday pledged to step up "
        "cooperation on migration during a visit to Nouakchott by Spanish Foreign Minister Ines "
        "Carballo and Interior Minister Alvaro Medina.\n\n"
        "The two ministers were received by Mauritanian President Ahmedou Ould Bakar at the "
        "presidential palace and then held separate meetings with their Mauritanian "
        "counterparts, Interior Minister Cheikh Ould Baba and Foreign Minister Mariem Mint Vall.\n"
    )
    pairs = [set(m.participants) for m in parse_article(text).meetings[1:]]
    assert pairs == [{"Ines Carballo", "Mariem Mint Vall"}, {"Alvaro Medina", "Cheikh Ould Baba"}]


def test_separate_talks_before_the_joint_meeting_are_encounters_of_their_own_that_day():
    text = (
        "Tokyo, Nov. 22, 2025 (Kyodo) -- Japanese Foreign Minister Kenta Morisaki hosted Chinese "
        "Foreign Minister Lu Haoran and South Korean Foreign Minister Baek Seung-ho for a "
        "trilateral meeting in Tokyo on Saturday.\n\n"
        "Before the trilateral meeting, Morisaki held separate talks with Lu and Baek.\n"
    )
    meetings = [(set(m.participants), m.date, m.location) for m in parse_article(text).meetings]
    assert meetings == [
        ({"Kenta Morisaki", "Lu Haoran", "Baek Seung-ho"}, "2025-11-22", "Tokyo"),
        ({"Kenta Morisaki", "Lu Haoran"}, "2025-11-22", "Tokyo"),
        ({"Kenta Morisaki", "Baek Seung-ho"}, "2025-11-22", "Tokyo"),
    ]


def test_a_reception_told_with_the_next_sitting_agreed_and_an_earlier_meeting_that_day():
    text = (
        "BELGRADE, March 4, 2025 - Serbian President Nebojsa Radovanovic received Hungarian "
        "Foreign Minister Zoltan Kerekes at the Palace of Serbia on Monday evening, with the two "
        "officials agreeing that the next session of the strategic council will be held in "
        "Szeged in May.\n\n"
        "Earlier on Monday, Kerekes held talks with Serbian Foreign Minister Milica Pantic.\n"
    )
    meetings = [
        (set(m.participants), m.status, m.date, m.location) for m in parse_article(text).meetings
    ]
    assert meetings == [
        (
            {"Nebojsa Radovanovic", "Zoltan Kerekes"},
            "held",
            "2025-03-03",
            "Palace of Serbia, Belgrade",
        ),
        (set(), "planned", "2025-05", "Szeged"),
        ({"Zoltan Kerekes", "Milica Pantic"}, "held", "2025-03-03", "Belgrade"),
    ]


@pytest.mark.parametrize(
    ("sentence", "sittings"),
    [
        (
            "The two parties agreed to hold the 4th session of the Joint Commission in Mombasa "
            "in 2026.",
            [("Mombasa", "2026")],
        ),
        (
            "The commission will hold its next session in Arusha in April, the ministers "
            "announced.",
            [("Arusha", "2026-04")],
        ),
        (
            "A tripartite meeting of energy secretaries from Kenya, Tanzania and Uganda is "
            "scheduled for October in Kampala, officials said.",
            [("Kampala", "2025-10")],
        ),
        (
            "The next trilateral meeting of foreign ministers will be held in Kampala next year, "
            "while the defence ministers will meet in Kigali in September.",
            [("Kampala", "2026"), ("Kigali", "2025-09")],
        ),
    ],
)
def test_sittings_agreed_or_announced_for_later_are_planned_meetings(sentence, sittings):
    meetings = parse_article(_LEAD_NAIROBI + sentence + "\n").meetings[1:]
    assert [(m.location, m.date) for m in meetings] == sittings
    assert all(m.status == "planned" for m in meetings)


def test_a_capitalised_the_prime_minister_after_the_lead_is_the_prime_minister_it_told_of():
    text = (
        "Addis Ababa, February 16/2025 (ENA) Prime Minister Dawit Alemayehu held bilateral "
        "discussions with Kenyan President Samuel Mutai on the sidelines of the AU Assembly.\n\n"
        "The Prime Minister met with Somali President Abdirahman Warsame on Saturday, shortly "
        "before the opening of the Assembly.\n"
    )
    meetings = [set(m.participants) for m in parse_article(text).meetings]
    assert {"Dawit Alemayehu", "Abdirahman Warsame"} in meetings


def test_the_head_of_state_later_that_day_is_the_president_at_the_same_place():
    text = (
        "ADDIS ABABA, Feb 15, 2025 - Kenyan President Daniel Mutai on Saturday held bilateral "
        "talks with Ethiopian Prime Minister Dawit Haile in Addis Ababa.\n\n"
        "Later on Saturday, the Head of State held talks with the newly elected Chairperson of "
        "the African Union Commission, Idriss Omar Kamil.\n"
    )
    later = parse_article(text).meetings[1]
    assert (set(later.participants), later.date, later.location) == (
        {"Daniel Mutai", "Idriss Omar Kamil"},
        "2025-02-15",
        "Addis Ababa",
    )


def test_a_countrys_minister_meeting_one_leader_then_travelling_on_to_meet_another():
    text = (
        "TOKYO, Aug 4, 2025 (EFE) - Japanese Foreign Minister Tomohiro Sakaguchi and his "
        "Argentine counterpart Martin Echeverria Paz held talks in Tokyo on Monday.\n\n"
        "Argentina's foreign minister is scheduled to meet Japanese Prime Minister Kenji Morimoto "
        "on Wednesday and to travel to Seoul on Friday, where he will hold talks with South Korean "
        "Foreign Minister Park Sung-jin.\n"
    )
    later = [(set(m.participants), m.location) for m in parse_article(text).meetings[1:]]
    assert later == [
        ({"Martin Echeverria Paz", "Kenji Morimoto"}, None),
        ({"Martin Echeverria Paz", "Park Sung-jin"}, "Seoul"),
    ]


def test_a_group_co_chaired_by_two_ministers_that_will_meet_is_a_plan():
    text = (
        "BISHKEK, April 2, 2025 - Kyrgyz Cabinet Chairman Adylbek Kasymov received Chinese "
        "official Zhao Lei on Tuesday.\n\nA trilateral working group co-chaired by Kyrgyz "
        "Transport Minister Nurbek Abdykalykov and Uzbek Transport Minister Davron Toshmatov will "
        "meet by video link on April 16.\n"
    )
    group = parse_article(text).meetings[1]
    assert (group.mode, group.status, group.date) == ("virtual", "planned", "2025-04-16")


def test_the_call_told_of_again_is_the_call_not_the_visit_planned_since():
    text = (
        "HONIARA, 2 September 2025 - Prime Minister Walter Maetia held a phone call with "
        "Australian Prime Minister Daniel Harcourt on Sunday.\n\n"
        "Mr Harcourt will travel to Honiara next week for the Forum Leaders Meeting, where the two "
        "prime ministers plan to hold bilateral talks, the statement said.\n\n"
        "The call came as Canberra seeks to consolidate its position as the country's main "
        "security partner.\n\n"
        "The Prime Minister and Mr Harcourt last met in person at the Forum Leaders Meeting in "
        "Nuku'alofa in August last year.\n"
    )
    meetings = [(m.mode, m.status, m.date, m.location) for m in parse_article(text).meetings]
    assert meetings == [
        ("call", "held", "2025-08-31", None),
        ("in_person", "planned", "2025-09", "Honiara"),
        ("in_person", "held", "2024-08", "Nuku'alofa"),
    ]


def test_their_earlier_call_told_after_following_is_a_meeting_of_its_own():
    text = (
        "JAKARTA, 12 February 2024 - Foreign Minister of the Republic of Indonesia, Haryono, held "
        "a telephone conversation with Australian Foreign Minister Claire Whitford on Monday.\n\n"
        "The two ministers also discussed preparations for the 2+2 Meeting, scheduled to take "
        "place in Canberra later this year.\n\n"
        "The conversation was the second between the two ministers this year, following their "
        "telephone call on 9 January, during which they discussed maritime security.\n"
    )
    meetings = [(m.status, m.date, m.location) for m in parse_article(text).meetings]
    assert meetings == [
        ("held", "2024-02-12", None),
        ("planned", "2024", "Canberra"),
        ("held", "2024-01-09", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks were held yesterday in Lusaka under the auspices of the river authority.",
        "The decision was reached yesterday in Lusaka at a meeting of the Council of Ministers "
        "of the river authority.",
    ],
)
def test_a_meeting_told_before_its_chairs_are_named_gives_them_its_day_and_place(sentence):
    text = (
        "LUSAKA, Nov 7, 2024 - Zambia and Zimbabwe will cut water allocations.\n\n"
        + sentence
        + "\n\nThe meeting was co-chaired by Zambia's Minister of Energy, Chanda Kasonde, and "
        "Zimbabwe's Minister of Energy, Tatenda Chikomo.\n"
    )
    meeting = parse_article(text).meetings[0]
    assert (meeting.date, meeting.location) == ("2024-11-06", "Lusaka")


def test_a_place_named_after_a_capital_is_a_place_of_its_own():
    text = (
        "LUSAKA, Nov 7, 2024 - Zambian Energy Minister Chanda Kasonde held talks with Zimbabwean "
        "Energy Minister Tatenda Chikomo in Lusaka on Wednesday.\n\n"
        "The two ministers last met in Victoria Falls in August.\n"
    )
    assert parse_article(text).meetings[1].location == "Victoria Falls"


def test_a_dollar_sign_after_a_country_is_a_currency_not_the_country():
    text = (
        "HANOI - Vietnamese Deputy Prime Minister Tran Quoc Thanh received South Korean Trade "
        "Minister Kang Seong-min in Hanoi on Thursday, with both sides pledging to lift trade to "
        "US$150 billion by 2030.\n"
    )
    assert parse_article(text, published="2024-10-03").countries == ("KR", "VN")


def test_a_visit_called_off_is_a_cancelled_meeting_with_the_host():
    text = (
        "TBILISI, Oct 23, 2024 - Georgian Prime Minister Levan Beridze held a telephone "
        "conversation on Tuesday with Azerbaijani Prime Minister Rufat Huseynzade.\n\n"
        "The call came hours after Tbilisi confirmed that Beridze's official visit to Baku, which "
        "had been planned for next week, had been postponed indefinitely.\n"
    )
    visit = parse_article(text).meetings[1]
    assert (visit.status, visit.location, visit.countries) == ("cancelled", "Baku", ("AZ", "GE"))


def test_a_visit_put_off_and_a_call_held_instead_are_two_meetings():
    text = (
        "BUENOS AIRES, Sep 11, 2024 - Argentine Foreign Minister Gerardo Lucchetti postponed a "
        "planned visit to Santiago, which was scheduled for Tuesday, and instead held a telephone "
        "conversation with his Chilean counterpart Valentina Rios, the ministry said.\n"
    )
    meetings = [(m.mode, m.status) for m in parse_article(text).meetings]
    assert meetings == [("in_person", "cancelled"), ("call", "held")]


def test_the_two_after_a_meeting_with_the_saudi_minister_are_the_named_one_and_the_minister():
    text = (
        "RIYADH, Feb 19, 2025 (Reuters) - U.S. Secretary of State Daniel Whitcomb held separate "
        "talks in Riyadh on Wednesday with Saudi Foreign Minister Khalid Al-Muqrin and Qatari "
        "Minister of State Hamad Al-Sowaidi.\n\n"
        "It was Whitcomb's second meeting with the Saudi minister in less than a month; the two "
        "last met on the sidelines of the Munich Security Conference on Feb. 14.\n"
    )
    earlier = [m for m in parse_article(text).meetings if m.date == "2025-02-14"]
    assert [set(m.participants) for m in earlier] == [{"Daniel Whitcomb", "Khalid Al-Muqrin"}]


def test_a_visit_told_after_a_plan_and_the_last_and_next_sittings_stay_apart():
    text = (
        "TBILISI, 21 June 2024 - Georgia and Armenia will restore rail freight through the "
        "Sadakhlo crossing by September, the two prime ministers announced after talks in "
        "Tbilisi on Thursday.\n\n"
        "Prime Minister Levan Chkheidze hosted his Armenian counterpart Arsen Hovhannisyan at the "
        "Government Administration for a meeting in a narrow format.\n\n"
        "It was the second meeting between the two heads of government this year; they last met "
        "in January in Yerevan.\n\n"
        "The commission's next session is due to be held in Kutaisi next spring.\n"
    )
    meetings = [(m.status, m.date, m.location) for m in parse_article(text).meetings]
    assert meetings == [
        ("held", "2024-06-20", "Tbilisi"),
        ("held", "2024-01", "Yerevan"),
        ("planned", "2025", "Kutaisi"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DAR ES SALAAM - President Samia Mwakyusa received the credentials of Ambassador "
            "Extraordinary and Plenipotentiary Dkt. Juma Mrisho at State House on Monday.",
            "Juma Mrisho",
        ),
        (
            "BANJUL - Minister of Foreign Affairs, International Cooperation and Gambians Abroad "
            "Lamin Jallow met Senegalese Foreign Minister Aissatou Sow on Monday.",
            "Lamin Jallow",
        ),
        (
            "PORT OF SPAIN - Minister of Energy and Energy Industries Devendra Persad met "
            "Venezuelan Vice-President Delcy Urdaneta in Caracas on Monday.",
            "Devendra Persad",
        ),
    ],
)
def test_styles_and_title_words_are_not_part_of_the_name(text, name):
    names = [p.name for p in parse_article(text, published="2025-02-03").people]
    assert name in names
    assert not any(n in names for n in ("Extraordinary", "Dkt", "Abroad Lamin Jallow"))


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Rabu, 9 Juli 2025 21:47 WIB", "2025-07-09"),
        ("12 de marzo de 2025", "2025-03-12"),
        ("By Josefina Dela Cruz-Tanedo  March 7, 2025, 6:12 pm", "2025-03-07"),
    ],
)
def test_a_stamp_in_another_language_or_in_a_long_byline_dates_the_page(stamp, published):
    text = (
        "Ministers meet\n\n" + stamp + "\n\nMANILA - Philippine Foreign Secretary Enrique "
        "Manalo met Vietnamese Foreign Minister Bui Thanh Son on Friday.\n"
    )
    assert parse_article(text).published == published


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            'THE TBILISI LEDGER\n\nGeorgia, Armenia agree to reopen rail freight, PMs eye "new '
            'chapter"\n\nPublished: 21 June 2024 16:05 (GMT+4)',
            'Georgia, Armenia agree to reopen rail freight, PMs eye "new chapter"',
        ),
        (
            "Nation › Georgia, Armenia agree to resolve border talks 'within this term'",
            "Georgia, Armenia agree to resolve border talks 'within this term'",
        ),
    ],
)
def test_a_headline_closing_on_a_quote_or_under_one_crumb_is_the_headline(top, headline):
    text = (
        top + "\n\nTBILISI - Georgian Prime Minister Levan Chkheidze hosted his Armenian "
        "counterpart Arsen Hovhannisyan for talks on Thursday.\n"
    )
    assert parse_article(text, published="2024-06-21").title == headline


def test_an_earlier_meeting_of_the_lead_pair_has_both_sides_though_one_has_no_country():
    text = (
        "GENEVA, March 5, 2026 - China and the United States held trade talks in Geneva on "
        "Wednesday, led by Vice Premier Liang Wei and Treasury Secretary Daniel Whitcombe.\n\n"
        "Whitcombe and Liang last met in person in London in October.\n"
    )
    earlier = parse_article(text).meetings[1]
    assert earlier.countries == ("CN", "US")


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        (
            "The two ministers agreed that the next session of the Joint Ministerial Commission "
            "will be held in Nairobi in September.",
            set(),
        ),
        (
            "The two ministers agreed to hold the fifth round of the Foreign Ministers' "
            "Strategic Dialogue in Nairobi in September.",
            {"Wanjiru Kamau-Otieno", "Tesfaye Gebremedhin Alemu"},
        ),
    ],
)
def test_who_agreed_on_the_next_sitting_sits_in_it_only_when_the_body_is_theirs(
    sentence, participants
):
    text = (
        "ADDIS ABABA, June 13, 2025 - Kenya's Foreign Minister Wanjiru Kamau-Otieno held talks "
        "with Ethiopia's Foreign Minister Tesfaye Gebremedhin Alemu on Thursday.\n\n"
        + sentence
        + "\n"
    )
    planned = parse_article(text).meetings[1]
    assert (set(planned.participants), planned.countries, planned.status) == (
        participants,
        ("ET", "KE"),
        "planned",
    )
    assert (planned.date, planned.location) == ("2025-09", "Nairobi")


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        (
            "During the talks, Kamau-Otieno and Tesfaye agreed to hold the next session of their "
            "joint committee on trade in Nairobi in September.",
            (set(), "2025-09", "Nairobi"),
        ),
        (
            "Recalling the phone conversation between the two presidents in May, the sides agreed "
            "to hold the 13th meeting of the Kenya-Ethiopia Joint Intergovernmental Commission in "
            "Nairobi next year.",
            (set(), "2026", "Nairobi"),
        ),
        (
            "The two ministers also agreed to hold the next Kenyan-Ethiopian political "
            "consultations in Nairobi in the autumn.",
            (set(), "2025", "Nairobi"),
        ),
    ],
)
def test_a_sitting_agreed_during_talks_is_a_planned_meeting_of_its_own(sentence, planned):
    text = (
        "ADDIS ABABA, June 13, 2025 - Kenya's Foreign Minister Wanjiru Kamau-Otieno held talks "
        "with Ethiopia's Foreign Minister Tesfaye Gebremedhin Alemu on Thursday.\n\n"
        + sentence
        + "\n"
    )
    meetings = parse_article(text).meetings
    assert (meetings[0].status, meetings[0].date, meetings[0].mode) == (
        "held",
        "2025-06-12",
        "in_person",
    )
    sitting = meetings[-1]
    assert (set(sitting.participants), sitting.date, sitting.location) == planned
    assert (sitting.countries, sitting.status) == (("ET", "KE"), "planned")


def test_a_video_conference_that_agreed_on_the_next_round_is_two_meetings():
    text = (
        "DHAKA, Nov 5, 2025 (BSS) - Foreign Adviser Nazmul Huda and Maldives Foreign Minister "
        "Hussain Niyaz Adam in a video conference today agreed to hold the next round of "
        "Foreign Office Consultations between the two countries in Male in December.\n"
    )
    meetings = [
        (set(m.participants), m.mode, m.status, m.date, m.location)
        for m in parse_article(text).meetings
    ]
    assert meetings == [
        ({"Nazmul Huda", "Hussain Niyaz Adam"}, "virtual", "held", "2025-11-05", None),
        (set(), "in_person", "planned", "2025-12", "Male"),
    ]


def test_the_state_form_of_a_country_name_is_not_part_of_the_role():
    text = (
        "BISHKEK, June 3, 2025 - President Kubanychbek Asanaliev received Minister of Foreign "
        "Affairs of the Republic of Uzbekistan Sardor Ikromov on Tuesday.\n"
    )
    people = {p.name: (p.role, p.country) for p in parse_article(text).people}
    assert people["Sardor Ikromov"] == ("Minister of Foreign Affairs", "UZ")


def test_a_body_known_by_its_acronym_held_a_sitting_of_its_own_years_before():
    text = (
        "Jakarta (ANTARA) - Indonesia and Fiji held the third meeting of their Joint Commission "
        "for Bilateral Cooperation (JCBC) in Jakarta on Tuesday, co-chaired by Deputy Foreign "
        "Minister Sutarjo and Fiji's Foreign Minister Josaia Vosarogo.\n\n"
        "The second JCBC was held in Suva in 2019.\n\n"
        "On the sidelines of the JCBC, Vosarogo also paid a courtesy call on Coordinating "
        "Minister Budi Hartanto.\n"
    )
    meetings = [
        (set(m.participants), m.status, m.date, m.location)
        for m in parse_article(text, published="2025-02-18").meetings
    ]
    assert meetings == [
        ({"Sutarjo", "Josaia Vosarogo"}, "held", "2025-02-18", "Jakarta"),
        (set(), "held", "2019", "Suva"),
        ({"Josaia Vosarogo", "Budi Hartanto"}, "held", "2025-02-18", "Jakarta"),
    ]


def test_a_sitting_told_as_following_the_one_held_is_the_news_itself():
    text = (
        "Jakarta (ANTARA) - Indonesia and Papua New Guinea have agreed to open a new border "
        "post, following the fourth Joint Ministerial Commission (JMC) meeting held here on "
        "Wednesday.\n\n"
        "The JMC was co-chaired by Indonesian Foreign Minister Arief Wicaksono and PNG Minister "
        "for Foreign Affairs Moses Kaupa.\n\n"
        "The third JMC was held in Port Moresby in 2022.\n"
    )
    meetings = [
        (set(m.participants), m.primary, m.date, m.location)
        for m in parse_article(text, published="2025-10-23").meetings
    ]
    assert meetings == [
        ({"Arief Wicaksono", "Moses Kaupa"}, True, "2025-10-22", "Jakarta"),
        (set(), False, "2022", "Port Moresby"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "encounters"),
    [
        (  # a courtesy call after the talks
            "COLOMBO - Maldivian President Ibrahim Rasheed held bilateral talks with President "
            "Lalith Wijeratne at the Presidential Secretariat in Colombo today, before calling on "
            "Prime Minister Nilanthi Ekanayake at Temple Trees in the afternoon.\n",
            "2025-09-02",
            [{"Ibrahim Rasheed", "Lalith Wijeratne"}, {"Ibrahim Rasheed", "Nilanthi Ekanayake"}],
        ),
        (  # the visitor, named by nation, met someone else earlier today
            "ASTANA - President Yerzhan Tulegenov received Hungarian Minister of Foreign Affairs "
            "Gabor Kelemen at Akorda today.\n\n"
            "Earlier today, the Hungarian Minister held talks with Deputy Prime Minister Marat "
            "Kuanyshbekov.\n",
            "2025-10-07",
            [{"Yerzhan Tulegenov", "Gabor Kelemen"}, {"Gabor Kelemen", "Marat Kuanyshbekov"}],
        ),
    ],
)
def test_each_encounter_of_a_visitors_day_is_a_meeting_of_its_own(text, published, encounters):
    meetings = [
        (set(m.participants), m.date) for m in parse_article(text, published=published).meetings
    ]
    assert meetings == [(pair, published) for pair in encounters]


def test_a_phone_call_on_a_weekday_is_a_call():
    text = (
        "CAIRO, Feb 2 (MENA) - President Abdel-Moneim el-Naggar received a phone call on Sunday "
        "from Sudanese Sovereignty Council Chairman Osman al-Tayeb, during which the two sides "
        "discussed efforts to reach a ceasefire.\n"
    )
    m = meeting_with(
        parse_article(text, published="2025-02-02"), "Abdel-Moneim el-Naggar", "Osman al-Tayeb"
    )
    assert (m.mode, m.location, m.date) == ("call", None, "2025-02-02")


def test_a_venue_ends_where_a_visitors_nationality_and_title_begin():
    text = (
        "CAIRO, Feb 2 (MENA) - President Abdel-Moneim el-Naggar received at the Ittihadiya Palace "
        "Chadian Foreign Minister Abakar Djibrine on Sunday.\n"
    )
    m = meeting_with(parse_article(text), "Abdel-Moneim el-Naggar", "Abakar Djibrine")
    assert m.location == "Ittihadiya Palace, Cairo"


def test_a_stamp_under_a_menu_row_is_the_publication_date():
    text = (
        "ASI - Agence Sénégalaise d'Information\n"
        "Accueil | Politique | Economie | Société | Régions | International | English\n"
        "mardi 14 mai 2024 à 19h52\n\n"
        "Four new ambassadors present their letters of credence\n\n"
        "Dakar, 14 May (ASI) - President Ibrahima Kandji on Tuesday received the letters of "
        "credence of the new Ambassador of Brazil, Ana Paula Moreira.\n"
    )
    assert parse_article(text).published == "2024-05-14"


def test_a_masthead_in_capitals_keeps_the_initials_the_page_writes():
    text = (
        "ISLAND TIMES PNG\n\n"
        "Ministers meet on border posts\n\n"
        "PORT MORESBY - Foreign Minister Moses Kaupa met Indonesian Ambassador Arief Budiman on "
        "Monday to discuss new border posts.\n\n"
        "© Island Times PNG 2024. All rights reserved.\n"
    )
    assert parse_article(text).outlet == "Island Times PNG"


def test_a_title_told_of_another_country_does_not_make_the_host_its_national():
    text = (
        "Sierra Leone's Voice\n\nFREETOWN - Liberian President Jeremiah Toweh held talks with "
        "President Abubakarr Kamara at State House on Wednesday.\n\n"
        "In the evening the two presidents were joined by video link by Guinea's President of "
        "the Transition, General Sekou Camara, who spoke from Conakry.\n"
    )
    people = {p.name: p.country for p in parse_article(text, published="2024-09-12").people}
    # the host is of the dateline's country, not of the other president the text names
    assert people == {"Jeremiah Toweh": "LR", "Abubakarr Kamara": "SL", "Sekou Camara": "GN"}


def test_a_trip_still_to_come_is_a_planned_visit_but_a_tour_or_a_trip_told_is_not():
    lead = (
        "TOKYO - German Foreign Minister Annika Brandtner held talks with Iranian Foreign "
        "Minister Ali Sadeghi in Tokyo on Monday.\n\n"
    )
    later = (
        "Sadeghi will travel to Baku early next month at the invitation of his Azerbaijani "
        "counterpart.\n\n"
        "Brandtner travelled to Geneva on Friday.\n\n"
        "Brandtner will travel to Fiji and Tonga from Monday.\n"
    )
    meetings = [
        (set(m.participants), m.status, m.date, m.location)
        for m in parse_article(lead + later, published="2025-06-04").meetings
    ]
    assert meetings == [
        ({"Annika Brandtner", "Ali Sadeghi"}, "held", "2025-06-02", "Tokyo"),
        ({"Ali Sadeghi"}, "planned", "2025-07", "Baku"),
    ]


def test_a_delegation_is_received_by_its_host_and_a_prince_is_known_by_his_own_name():
    text = (
        "RIYADH (SPA) - The Saudi-Iraqi Coordination Council held its sixth session in Riyadh on "
        "Sunday, co-chaired by Minister of Commerce Faisal bin Turki Al-Mutairi and Iraq's Deputy "
        "Prime Minister Hussein Al-Khafaji.\n\n"
        "The Iraqi delegation was later received by Foreign Minister Prince Turki bin Nawaf.\n\n"
        "The session follows a telephone call last week between Prince Turki and Iraqi Foreign "
        "Minister Salah Al-Rubaie.\n"
    )
    art = parse_article(text, published="2024-09-16")
    assert {p.name: p.country for p in art.people}["Turki bin Nawaf"] == "SA"
    call = next(m for m in art.meetings if m.mode == "call")
    assert set(call.participants) == {"Turki bin Nawaf", "Salah Al-Rubaie"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission, set up in 1963, last met in Nairobi in November 2022.",
        "The commission last met in Nairobi in November 2022.",
    ],
)
def test_the_body_of_the_news_last_met_elsewhere_and_an_idiom_is_no_gathering(sentence):
    text = (
        "ADDIS ABABA - Ethiopia and Kenya opened the 39th session of their Joint Ministerial "
        "Commission in Addis Ababa on Wednesday.\n\n"
        f"{sentence}\n\n"
        "The thaw gathered pace after the floods in Kenya in May, when Ethiopian rescue teams "
        "were among the first to arrive.\n"
    )
    meetings = [
        (m.status, m.date, m.location, sorted(m.countries))
        for m in parse_article(text, published="2024-10-03").meetings
    ]
    assert meetings == [
        ("held", "2024-10-02", "Addis Ababa", ["ET", "KE"]),
        ("held", "2022-11", "Nairobi", ["ET", "KE"]),
    ]


def test_a_meeting_told_after_where_keeps_its_own_day_and_an_aside_since_loses_nobody():
    text = (
        "RIYADH, Feb 19 (Reuters) - U.S. Secretary of State Daniel Whitcomb held talks with "
        "Saudi Foreign Minister Khalid Al-Muqrin in Riyadh on Wednesday.\n\n"
        "Whitcomb, on his first tour of the Middle East since taking office, arrived in Riyadh on "
        "Tuesday from Cairo, where he met Egyptian President Tarek Mansour on Monday.\n"
    )
    m = meeting_with(
        parse_article(text, published="2025-02-19"), "Daniel Whitcomb", "Tarek Mansour"
    )
    assert (m.date, m.location, m.status) == ("2025-02-17", "Cairo", "held")


def test_envoys_listed_under_a_sentence_each_present_their_credentials():
    text = (
        "President receives credentials of three new ambassadors\n\n"
        "ALGIERS - The President of the Republic, Mr. Mohamed Larbi Hadjadj, received Sunday at "
        "El Mouradia Palace the credentials of three new ambassadors accredited to Algeria.\n\n"
        "The President of the Republic received the credentials of the ambassadors of:\n"
        "- the Republic of Ghana, Mr. Kwame Asante-Boateng,\n"
        "- the Republic of Paraguay, Mr. Rodrigo Benitez Ayala,\n"
        "- the Islamic Republic of Mauritania, Mr. Sidi Mohamed Ould Cheikhna.\n\n"
        "Related news:\n"
        "- Algeria and Tunisia hold talks on border trade\n"
    )
    meetings = [
        (set(m.participants), sorted(m.countries), m.date)
        for m in parse_article(text, published="2025-01-12").meetings
    ]
    host = "Mohamed Larbi Hadjadj"
    assert meetings == [
        ({host, "Kwame Asante-Boateng"}, ["DZ", "GH"], "2025-01-12"),
        ({host, "Rodrigo Benitez Ayala"}, ["DZ", "PY"], "2025-01-12"),
        ({host, "Sidi Mohamed Ould Cheikhna"}, ["DZ", "MR"], "2025-01-12"),
    ]


def test_envoys_named_after_the_ceremony_each_have_an_audience_and_never_meet_each_other():
    text = (
        "Dakar, 14 May (ASI) - The President of the Republic, Ibrahima Kandji, on Tuesday "
        "received at the Palace of the Republic the letters of credence of three new "
        "ambassadors accredited to Senegal.\n\n"
        "They are Ana Paula Moreira, Ambassador of the Federative Republic of Brazil; Youssef "
        "Touhami, Ambassador of the Kingdom of Morocco; and Katrin Hollenberg, Ambassador of the "
        "Federal Republic of Germany.\n\n"
        "During separate meetings, the Minister of Foreign Affairs received copies of the "
        "credentials of Ana Paula Moreira, Youssef Touhami and Katrin Hollenberg.\n"
    )
    meetings = [
        (set(m.participants), sorted(m.countries))
        for m in parse_article(text, published="2024-05-14").meetings
    ]
    host = "Ibrahima Kandji"
    assert meetings == [
        ({host, "Ana Paula Moreira"}, ["BR", "SN"]),
        ({host, "Youssef Touhami"}, ["MA", "SN"]),
        ({host, "Katrin Hollenberg"}, ["DE", "SN"]),
    ]


def test_a_target_year_is_not_the_day_of_the_talks():
    text = (
        "PHNOM PENH - Cambodia and Thailand have agreed to double bilateral trade by 2028, "
        "following talks between Thai Prime Minister Pichit Wongsakul and Cambodian Prime "
        "Minister Sok Vannarith in Phnom Penh yesterday.\n"
    )
    m = meeting_with(
        parse_article(text, published="2024-09-26"), "Pichit Wongsakul", "Sok Vannarith"
    )
    assert (m.date, m.status) == ("2024-09-25", "held")


def test_the_two_countries_ministers_are_the_ones_the_next_sentence_names():
    text = (
        "ASTANA - Kazakhstan and Uzbekistan will jointly draft a new agreement on transboundary "
        "rivers, the two countries' foreign ministers said after talks in Astana on Tuesday.\n\n"
        "Kazakh Minister of Foreign Affairs Aibek Zhaksylykov and Uzbek Minister of Foreign "
        "Affairs Jamshid Normurodov discussed water allocation on the Syr Darya.\n"
    )
    m = parse_article(text, published="2025-07-22").meetings[0]
    assert (set(m.participants), m.date, m.location) == (
        {"Aibek Zhaksylykov", "Jamshid Normurodov"},
        "2025-07-22",
        "Astana",
    )


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On the margins of the session Brandtner also spoke briefly with Chinese Foreign "
            "Minister Fang Zhiyuan.",
            {"Annika Brandtner", "Fang Zhiyuan"},
        ),
        (
            "While in Suva, Harawira also called on the Secretary General of the Pacific Islands "
            "Forum, Tevita Fonua, at the Forum Secretariat.",
            {"Matiu Harawira", "Tevita Fonua"},
        ),
    ],
)
def test_a_brief_word_and_a_call_on_an_office_are_encounters(sentence, met):
    text = (
        "SUVA - German Foreign Minister Annika Brandtner and New Zealand Foreign Minister Matiu "
        f"Harawira held talks in Suva on Monday.\n\n{sentence}\n"
    )
    meetings = [set(m.participants) for m in parse_article(text, published="2025-02-18").meetings]
    assert meetings == [{"Annika Brandtner", "Matiu Harawira"}, met]


def test_the_summit_beside_which_two_leaders_met_is_a_meeting_of_its_own():
    text = (
        "KAMPALA - Somali President Abdiqani Warsame and Ethiopian Prime Minister Dawit Tesfaye "
        "held a closed-door meeting on the sidelines of an extraordinary summit of the "
        "Intergovernmental Authority on Development (IGAD) in Kampala on Tuesday.\n\n"
        "The IGAD summit, hosted by Uganda and chaired by IGAD Executive Secretary Halima Abdi, "
        "brought together Warsame, Dawit and Djibouti's President Moussa Bouraleh.\n"
    )
    meetings = [
        (set(m.participants), m.date, m.location)
        for m in parse_article(text, published="2025-03-19").meetings
    ]
    assert meetings == [
        ({"Abdiqani Warsame", "Dawit Tesfaye"}, "2025-03-18", "Kampala"),
        (
            {"Halima Abdi", "Abdiqani Warsame", "Dawit Tesfaye", "Moussa Bouraleh"},
            "2025-03-18",
            "Kampala",
        ),
    ]


def test_the_upcoming_meeting_set_for_a_city_is_planned_there():
    text = (
        "BELGRADE - Serbian Foreign Minister Marko Djuric held talks with Saudi Vice Minister "
        "Waleed Elkhereiji in Belgrade on Monday.\n\n"
        "They discussed the upcoming meeting of the joint committee on economic cooperation, set "
        "for Riyadh in June.\n"
    )
    sitting = parse_article(text, published="2025-03-04").meetings[1]
    assert (sitting.status, sitting.date, sitting.location) == ("planned", "2025-06", "Riyadh")


def test_a_meeting_the_two_agreed_their_ministers_would_hold_seats_nobody_named():
    text = (
        "MANILA - Philippine Defense Secretary Gilberto Teodoro held talks with Japanese Defense "
        "Minister Minoru Kihara in Manila on Monday.\n\n"
        'The two also agreed to hold a "two-plus-two" meeting of their foreign and defense '
        "ministers in Tokyo later this year.\n"
    )
    meetings = [
        (set(m.participants), sorted(m.countries), m.status, m.date, m.location)
        for m in parse_article(text, published="2025-03-04").meetings
    ]
    assert meetings == [
        ({"Gilberto Teodoro", "Minoru Kihara"}, ["JP", "PH"], "held", "2025-03-03", "Manila"),
        (set(), ["JP", "PH"], "planned", "2025", "Tokyo"),
    ]


def test_separate_bilateral_meetings_are_one_each_and_rt_hon_is_a_style():
    text = (
        "ISTANBUL - The foreign ministers of Turkey, Azerbaijan and Georgia, Selim Karaagac, "
        "Elnur Mammadli and Levan Kiknadze, held a trilateral meeting in Istanbul on Friday.\n\n"
        "Ahead of the trilateral session, Karaagac held separate bilateral meetings with "
        "Mammadli and Kiknadze.\n\n"
        "The Prime Minister of New Zealand, Rt Hon. Daniel Fairbrother, sent greetings.\n"
    )
    art = parse_article(text, published="2025-06-14")
    meetings = [set(m.participants) for m in art.meetings]
    assert meetings == [
        {"Selim Karaagac", "Elnur Mammadli", "Levan Kiknadze"},
        {"Selim Karaagac", "Elnur Mammadli"},
        {"Selim Karaagac", "Levan Kiknadze"},
    ]
    assert "Daniel Fairbrother" in {p.name for p in art.people}
    assert "Rt" not in {p.name for p in art.people}


def test_encounters_lined_up_in_one_sentence_each_stand_alone():
    text = (
        "TBILISI - On 14 May 2024, Georgian Foreign Minister Levan Kiknadze met with Estonian "
        "Foreign Minister Margus Kask in Tbilisi.\n\n"
        "Within the framework of the visit, Minister Kask will be received by the Prime Minister "
        "of Georgia, Davit Beridze, later today, and on 15 May he will meet with the Chairperson "
        "of the Parliament of Georgia, Nino Abashidze.\n\n"
        "Kask is also scheduled to hold a bilateral meeting with Latvian Foreign Minister Baiba "
        "Braze on Friday, followed by a trilateral meeting with their Lithuanian counterpart.\n"
    )
    meetings = [
        (set(m.participants), sorted(m.countries), m.status, m.date)
        for m in parse_article(text, published="2024-05-14").meetings
    ]
    kask = "Margus Kask"
    assert meetings == [
        ({"Levan Kiknadze", kask}, ["EE", "GE"], "held", "2024-05-14"),
        ({kask, "Davit Beridze"}, ["EE", "GE"], "planned", "2024-05-14"),
        ({kask, "Nino Abashidze"}, ["EE", "GE"], "planned", "2024-05-15"),
        ({kask, "Baiba Braze"}, ["EE", "LV"], "planned", "2024-05-17"),
        ({kask, "Baiba Braze"}, ["EE", "LT", "LV"], "planned", "2024-05-17"),
    ]


@pytest.mark.parametrize("host", ["the Albanian Prime Minister", "Albania's Prime Minister"])
def test_a_reception_later_that_day_by_an_unnamed_host_is_an_encounter_of_its_own(host):
    text = (
        "TIRANA - Foreign Minister Aleksandar Dimovski of North Macedonia held talks with "
        "Albanian Foreign Minister Elisa Spiropali in Tirana on Tuesday.\n\n"
        f"Later in the day, Dimovski was received by {host}.\n"
    )
    meetings = [
        (set(m.participants), sorted(m.countries), m.date)
        for m in parse_article(text, published="2024-09-18").meetings
    ]
    assert meetings == [
        ({"Aleksandar Dimovski", "Elisa Spiropali"}, ["AL", "MK"], "2024-09-17"),
        ({"Aleksandar Dimovski"}, ["AL", "MK"], "2024-09-17"),
    ]


def test_a_meeting_told_by_a_participle_is_held_whatever_plan_it_agreed():
    text = (
        "Japan, Philippines deepen ties\n\n"
        "MANILA (Kyodo) - Japanese Prime Minister Kenji Morimoto and Philippine President Ramon "
        "Villaflor agreed on Friday to deepen security ties.\n\n"
        "Meeting at Malacanang Palace, the two leaders confirmed that Japan will provide "
        "additional coastal radar systems.\n"
    )
    m = meeting_with(
        parse_article(text, published="2025-08-02"), "Kenji Morimoto", "Ramon Villaflor"
    )
    assert (m.status, m.date) == ("held", "2025-08-01")


def test_a_summit_named_as_a_deadline_is_no_meeting():
    text = (
        "LANGKAWI, Malaysia - Indonesia will support Timor-Leste becoming a full member of ASEAN "
        "at the latest by the bloc's 2026 summits, Indonesian Foreign Minister Dewi Siregar said "
        "on Monday.\n\n"
        "Siregar met Timor-Leste's Minister of Foreign Affairs Adalgisa da Costa on the sidelines "
        "of the ASEAN Foreign Ministers' Retreat in Langkawi.\n"
    )
    meetings = [
        (set(m.participants), m.status, m.date, m.location)
        for m in parse_article(text, published="2025-01-21").meetings
    ]
    assert meetings == [
        ({"Dewi Siregar", "Adalgisa da Costa"}, "held", "2025-01-20", "Langkawi"),
        # the Retreat itself, which both attended
        ({"Dewi Siregar", "Adalgisa da Costa"}, "held", "2025-01-20", "Langkawi"),
    ]


@pytest.mark.parametrize("dateline", ["ULAANBAATAR -", "SEOUL, June 13 (Agency) --"])
def test_the_visitors_next_day_is_in_the_visits_city(dateline: str):
    text = (
        f"{dateline} South Korean Foreign Minister Kang Min-seok held talks with Mongolian "
        "Foreign Minister Ganbold Nomindari in Ulaanbaatar on Wednesday.\n\n"
        "On Thursday, Kang paid a courtesy call on Mongolian President Tserendorj Altangerel at "
        "the State Palace.\n"
    )
    m = meeting_with(
        parse_article(text, published="2025-06-13"), "Kang Min-seok", "Tserendorj Altangerel"
    )
    # the building is the visit's, in the visit's city, whatever city the page comes from
    assert (m.date, m.location) == ("2025-06-12", "State Palace, Ulaanbaatar")


@pytest.mark.parametrize(
    ("page", "place"),
    [
        (
            "Anadolu Agency\n\nErdem receives Azerbaijani minister\n\n"
            "Turkish President Kemal Erdem received Azerbaijani Foreign Minister Ceyhun Mammadli "
            "at the Presidential Complex on Monday.\n",
            "Presidential Complex, Ankara",
        ),
        (
            "Italy and Libya\n\nROME (ANSA) - Italian Prime Minister Lucia Cerruti received "
            "Libyan Prime Minister Ali Mabrouk at Palazzo Chigi on Monday.\n",
            "Palazzo Chigi, Rome",
        ),
    ],
)
def test_a_building_the_text_does_not_place_stands_in_the_hosts_capital(page, place):
    m = parse_article(page, published="2025-05-13").meetings[0]
    assert m.location == place


def test_a_counterpart_named_only_in_the_next_sentence_is_the_one_who_met():
    text = (
        "SANTIAGO - Chile and Argentina agreed on Wednesday to set up a joint working group on "
        "lithium, after talks between Foreign Minister Ignacio Valdes and his Argentine "
        "counterpart at the Foreign Ministry in Santiago.\n\n"
        "Mariela Sosa Quiroga, Argentina's minister of foreign affairs, arrived on Tuesday night "
        "on her first visit to Chile.\n"
    )
    m = parse_article(text, published="2024-03-14").meetings[0]
    assert set(m.participants) == {"Ignacio Valdes", "Mariela Sosa Quiroga"}


def test_a_sites_home_capital_and_a_clause_apart_give_an_officials_country():
    text = (
        "THE HIMALAYAN COURIER\n"
        "Kathmandu | Thursday, September 5, 2024\n\n"
        "Nepal, Bangladesh sign power deal\n\n"
        "DHAKA, Sept 4: Nepal and Bangladesh on Wednesday signed an agreement for the export of "
        "electricity through the Indian grid, after talks between Foreign Minister Bishnu Prasad "
        "Adhikari and his Bangladeshi counterpart Tahmina Rahman Chowdhury.\n"
    )
    people = {p.name: p.country for p in parse_article(text).people}
    assert people == {"Bishnu Prasad Adhikari": "NP", "Tahmina Rahman Chowdhury": "BD"}


def test_officials_met_on_a_trip_abroad_are_the_visited_countrys():
    text = (
        "Dawn\n\nQaisrani in Riyadh\n\n"
        "ISLAMABAD: Pakistani Foreign Minister Khalid Qaisrani held talks in Riyadh on Sunday "
        "with Saudi Foreign Minister Faisal Al-Harbi.\n\n"
        "The visit follows Mr Qaisrani's trip to Turkiye last week, where he met President Selim "
        "Aydinoglu and Foreign Minister Mert Karaosmanoglu.\n"
    )
    people = {p.name: p.country for p in parse_article(text, published="2025-03-10").people}
    assert people["Selim Aydinoglu"] == people["Mert Karaosmanoglu"] == "TR"


def test_an_aside_on_a_visit_is_no_title():
    text = (
        "ASTANA - Kazakh Prime Minister Olzhas Bekmukhanov received Kyrgyz Foreign Minister "
        "Talant Osmonaliev on Wednesday.\n\n"
        "Osmonaliev, on his first official visit to Astana since his appointment in January, said "
        "Bishkek was prepared to guarantee water releases.\n"
    )
    roles = {p.name: p.role for p in parse_article(text, published="2025-06-05").people}
    assert roles["Talant Osmonaliev"] == "Foreign Minister"


def test_the_leads_building_is_not_where_the_days_before_took_place():
    text = (
        "Lula receives Petro\n\n"
        "President Luiz Inacio Lula da Silva received his Colombian counterpart Gustavo Petro at "
        "the Alvorada Palace on Wednesday.\n\n"
        "On Monday, Lula received the President of Venezuela, Nicolas Maduro, with state visit "
        "honors.\n"
    )
    m = meeting_with(
        parse_article(text, published="2023-05-31"), "Luiz Inacio Lula da Silva", "Nicolas Maduro"
    )
    assert (m.date, m.location) == ("2023-05-29", None)


def test_the_one_who_invites_to_a_visit_is_the_visited_countrys_and_nobody_after_him():
    text = (
        "MANILA - President Ramon Villaluz met Japanese Foreign Minister Kenji Morimoto at "
        "Malacanang Palace on Wednesday.\n\n"
        "Villaluz is set to make an official visit to Tokyo in June at the invitation of Prime "
        "Minister Hiroshi Kanda, spokesperson Ana Reyes said.\n"
    )
    people = {p.name: p.country for p in parse_article(text, published="2024-04-11").people}
    assert people["Hiroshi Kanda"] == "JP"
    assert people["Ana Reyes"] != "JP"


def test_each_president_keeps_the_country_after_his_name_and_the_last_one_is_of_that_kind():
    text = (
        "PUNO - Peru and Bolivia held their 13th binational cabinet in Puno on Friday, co-chaired "
        "by President Dina Arce of Peru and President Luis Choque of Bolivia.\n\n"
        "The last one, held in Lima in 2022, was overshadowed by political turmoil in Peru.\n"
    )
    art = parse_article(text, published="2024-06-01")
    assert {p.name: p.country for p in art.people} == {"Dina Arce": "PE", "Luis Choque": "BO"}
    meetings = [
        (set(m.participants), sorted(m.countries), m.date, m.location) for m in art.meetings
    ]
    assert meetings == [
        ({"Dina Arce", "Luis Choque"}, ["BO", "PE"], "2024-05-31", "Puno"),
        (set(), ["BO", "PE"], "2022", "Lima"),
    ]


def test_a_council_which_last_met_elsewhere_is_its_earlier_sitting():
    text = (
        "PORT LOUIS - Seychelles President Jean-Paul Labiche held talks with Mauritian Prime "
        "Minister Kailash Doorgakant in Port Louis on Tuesday.\n\n"
        "The joint management area is governed by a ministerial council which last met in "
        "Victoria in November.\n"
    )
    meetings = [
        (set(m.participants), sorted(m.countries), m.date, m.location)
        for m in parse_article(text, published="2025-03-12").meetings
    ]
    assert meetings[1] == (set(), ["MU", "SC"], "2024-11", "Victoria")


def test_a_stamp_line_that_ends_on_a_comment_count_is_still_the_stamp():
    text = (
        "SAVA DAILY\n\n"
        "Kovacevic and Kardos: strategic partners\n\n"
        "29.09.2025. 15:47   |   Izvor / Source: Sava Daily   |   Komentari (87)\n\n"
        "Serbian Foreign Minister Nenad Kovacevic held talks in Belgrade on Monday with Hungarian "
        "Foreign Minister Levente Kardos.\n"
    )
    art = parse_article(text)
    assert art.published == "2025-09-29"
    assert art.meetings[0].date == "2025-09-29"


def test_a_stamp_with_a_dotted_day_gives_the_publication_date():
    text = (
        "Politiken Udland\n\n"
        "Danish premier hosts Chinese vice premier\n\n"
        "Onsdag 24. april 2024 kl. 07.30\n\n"
        "Prime Minister Camilla Friis received Chinese Vice Premier Zhou Wenbo in Copenhagen on "
        "Tuesday.\n"
    )
    assert parse_article(text).published == "2024-04-24"


def test_a_stamp_beside_another_calendar_is_the_publication_date():
    text = (
        "ADDIS SENTINEL\n"
        "Oct 3, 2024 | Meskerem 23, 2017 E.C.\n\n"
        "Ethiopia, Kenya open joint commission\n\n"
        "ADDIS ABABA - Ethiopian Foreign Minister Mesfin Gebremedhin and Kenyan Cabinet Secretary "
        "Esther Mutua opened the Joint Ministerial Commission in Addis Ababa on Wednesday.\n"
    )
    art = parse_article(text)
    assert (art.published, art.meetings[0].date) == ("2024-10-03", "2024-10-02")


def test_a_byline_that_carries_the_date_gives_the_publication_date():
    text = (
        "Nordic Defence Review\n\n"
        "Baltic and Nordic ministers meet by video\n\n"
        "By Jonas Lindqvist, Contributing Editor · Issue 3/2026 · Web edition 22.01.2026 · 7 min "
        "read\n\n"
        "The defence ministers of Estonia and Finland held a video conference on Tuesday.\n"
    )
    assert parse_article(text).published == "2026-01-22"


def test_a_country_the_headline_names_as_a_topic_is_not_the_bare_titles_country():
    text = (
        "THE NAIROBI OBSERVER\n\n"
        "Minister in Addis for talks on Somalia\n\n"
        "ADDIS ABABA - Foreign Affairs Cabinet Secretary Esther Mutua on Thursday held talks "
        "with Ethiopia's Minister of Foreign Affairs Mesfin Gebremedhin.\n"
    )
    a = parse_article(text, published="2025-06-13")
    assert person(a, "Esther Mutua").country == "KE"
    assert meeting_with(a, "Esther Mutua", "Mesfin Gebremedhin").countries == ("ET", "KE")


def test_a_capital_before_for_and_a_name_is_not_that_persons_country():
    text = (
        "Talks on water\n\n"
        "Baghdad - RNA\n"
        "Prime Minister Ali Hassan Jaber received Turkish Foreign Minister Mehmet Tekin in "
        "Baghdad on Wednesday.\n\n"
        "Tekin conveyed an invitation from Ankara for Jaber to visit Türkiye next month.\n"
    )
    a = parse_article(text, published="2025-04-09")
    assert person(a, "Ali Hassan Jaber").country == "IQ"
    assert meeting_with(a, "Ali Hassan Jaber", "Mehmet Tekin").countries == ("IQ", "TR")


def test_the_country_visited_before_of_and_a_title_is_not_the_visitors():
    text = (
        "Consultations\n\n"
        "On April 16, Deputy Foreign Minister of Russia Andrey Volkonsky held political "
        "consultations in Moscow with Deputy Foreign Minister of Laos Thongsavanh Phommachanh.\n\n"
        "They discussed the visit to Russia of Prime Minister of the Lao PDR Khamphoui "
        "Vongsavath, planned for later this year.\n"
    )
    a = parse_article(text, published="2024-04-17")
    assert person(a, "Khamphoui Vongsavath").country == "LA"


def test_one_office_named_twice_across_and_belongs_to_two_countries():
    text = (
        "Defence pact\n\n"
        "PORT MORESBY, May 7 – Australian Defence Minister Daniel Whitfield and Defence "
        "Minister Billy Kaupa held talks at Murray Barracks on Wednesday.\n\n"
        "Whitfield said Australia would fund new barracks for Papua New Guinea.\n"
    )
    a = parse_article(text, published="2025-05-07")
    assert person(a, "Daniel Whitfield").country == "AU"
    assert person(a, "Billy Kaupa").country == "PG"
    shared = parse_article(text.replace("and Defence Minister", "and Foreign Minister"))
    assert person(shared, "Billy Kaupa").country == "AU"


def test_the_presidents_of_two_countries_named_right_after_are_theirs_in_order():
    text = (
        "Binational cabinet\n\n"
        "PUNO – The presidents of Peru and Bolivia, Rosa Quispe Mamani and Marcelo Rocha "
        "Vargas, on 6 October chaired the binational cabinet at the Hotel Libertador Lago "
        "Titicaca.\n\n"
        "On Monday, President Marcelo Rocha Vargas toured the border with President Rosa "
        "Quispe Mamani.\n"
    )
    a = parse_article(text, published="2025-10-07")
    assert person(a, "Rosa Quispe Mamani").country == "PE"
    assert person(a, "Marcelo Rocha Vargas").country == "BO"


def test_each_name_in_a_list_may_carry_its_own_title_and_still_pairs_in_order():
    text = (
        "Foreign ministers meet in Tbilisi\n\n"
        "On July 16 the Foreign Ministers of Kazakhstan and Kyrgyzstan, Minister Aibek "
        "Tulegenov, and Minister Nurlan Osmonov visited Georgia to meet with each other in "
        "a meeting hosted by the Georgian Ministry of Foreign Affairs.\n\n"
        "Both ministers thanked Tbilisi for hosting the talks.\n"
    )
    a = parse_article(text, published="2024-07-17")
    assert person(a, "Aibek Tulegenov").country == "KZ"
    assert person(a, "Nurlan Osmonov").country == "KG"
    assert person(a, "Aibek Tulegenov").role == "Foreign Minister"
    # another title between the names is someone else, not the list's minister
    other = parse_article(
        text.replace(
            "Minister Aibek Tulegenov, and Minister",
            "Secretary-General Aibek Tulegenov, and Chairman",
        ),
        published="2024-07-17",
    )
    assert person(other, "Nurlan Osmonov").role != "Foreign Minister"


def test_a_visitor_arriving_in_the_datelined_country_is_not_its_own():
    text = (
        "President Odhiambo begins Ghana state visit\n\n"
        "ACCRA, Ghana, May 5 – President Daniel Odhiambo arrived in Accra, Ghana on Sunday "
        "evening at the start of a state visit to Ghana.\n\n"
        "Ghana and Kenya signed four agreements. Ghana's ports and Ghana's railways were on "
        "the agenda. Ghana hopes for more trade with Kenya.\n"
    )
    a = parse_article(text, published="2014-05-05")
    assert person(a, "Daniel Odhiambo").country == "KE"


def test_a_country_written_with_its_own_accents_is_still_the_country():
    text = (
        "Việt Nam, Laos deepen ties\n\n"
        "HÀ NỘI – Deputy Prime Minister Trần Văn Bình held talks with Lao Foreign Minister "
        "Bounkham Sisavath in Hà Nội on Tuesday. Việt Nam and Laos agreed to expand trade, "
        "and Việt Nam will host the next round.\n"
    )
    a = parse_article(text, published="2024-08-20")
    assert "VN" in a.countries
    assert person(a, "Trần Văn Bình").country == "VN"
    assert not [p for p in a.people if p.name in ("Việt Nam", "Hà Nội")]
    assert a.meetings[0].location == "Hà Nội"
    # a surname that is a country without its accents is still a person
    b = parse_article(
        "Chilean Foreign Minister Alberto Rojas met Spanish lawmaker Tomás Jordán in Madrid.",
        published="2024-08-20",
    )
    assert person(b, "Tomás Jordán").country == "ES"
    assert "JO" not in b.countries


def test_a_country_named_as_a_topic_or_inside_a_quote_is_not_the_speakers():
    text = (
        "BANGKOK POST\n\n"
        "Thailand backs Lao chair\n\n"
        "BANGKOK - Foreign Minister Pongsak Srisuwan met Lao Foreign Minister Bounthavy "
        "Phommachanh in Vientiane on Friday. Their talks focused on the Myanmar crisis, "
        "electricity trading and the Mekong, ministry spokesman Thanakorn Boonmee said.\n\n"
        "\"Laos's success is Thailand's success,\" Deputy Foreign Minister Sihasak Chai said.\n"
    )
    a = parse_article(text, published="2024-07-27")
    assert person(a, "Thanakorn Boonmee").country == "TH"
    assert person(a, "Sihasak Chai").country == "TH"


def test_a_name_after_a_titled_one_and_and_carries_its_own_title_not_the_demonym():
    text = (
        "Border talks\n\n"
        "PHNOM PENH - Thai Foreign Minister Supawadee Chaiyaporn and Chea Bunthoeun, Deputy "
        "Prime Minister and Minister of Foreign Affairs and International Cooperation, "
        "co-chaired the Joint Commission on Monday. Cambodia and Thailand agreed to reopen "
        "two crossings, Cambodia said.\n"
    )
    a = parse_article(text, published="2024-03-12")
    assert person(a, "Chea Bunthoeun").country == "KH"


@pytest.mark.parametrize(
    "plan",
    [
        "Officials said Foreign Minister Ana Lopez would join Omar Haddad for talks in Tashkent "
        "in November.",
        "Ana Lopez and Omar Haddad announced that their next round of talks would take place in "
        "Tashkent in November.",
        "The two ministers discussed a summit between Ana Lopez and Omar Haddad in Tashkent, "
        "which officials expect to take place in November.",
    ],
)
def test_a_meeting_told_through_would_or_expect_to_is_planned_for_the_months_ahead(plan):
    text = (
        "Water talks\n\n"
        "ASTANA - Kazakh Foreign Minister Ana Lopez met Kyrgyz Foreign Minister Omar Haddad in "
        f"Astana on Thursday.\n\n{plan}\n"
    )
    a = parse_article(text, published="2025-05-09")
    later = [m for m in a.meetings if m.location == "Tashkent"]
    assert [(m.status, m.date) for m in later] == [("planned", "2025-11")]


def test_plans_of_one_pair_in_two_countries_capitals_stay_two_meetings():
    text = (
        "Hotline agreed\n\n"
        "MANILA - Foreign Affairs Secretary Ana Lopez and Vietnamese Foreign Minister Omar Haddad "
        "spoke by telephone on Saturday.\n\n"
        "Lopez will visit Hanoi next year for talks with Haddad.\n\n"
        "Lopez and Haddad also agreed that they would meet in Manila next year.\n"
    )
    a = parse_article(text, published="2025-11-09")
    planned = sorted((m.location, m.date) for m in a.meetings if m.status == "planned")
    assert planned == [("Hanoi", "2026"), ("Manila", "2026")]


def test_the_city_a_statement_came_from_is_not_where_the_ministers_met():
    text = (
        "Talks in Beijing\n\n"
        "According to a statement issued by the Foreign Office in Islamabad, Foreign Minister "
        "Imran Durrani on Wednesday held talks with Chinese Foreign Minister Tang Wenhua.\n"
    )
    a = parse_article(text, published="2025-01-16")
    assert [(m.location, m.date) for m in a.meetings] == [(None, "2025-01-15")]


def test_a_title_held_at_a_ministry_is_the_role_and_the_ministry_its_body():
    text = (
        "Consultations\n\n"
        "Doha: Minister of State at the Ministry of Foreign Affairs Khalid al-Mannai received "
        "Iranian Deputy Foreign Minister Reza Nasab on Wednesday.\n\n"
        "Qatar has long mediated between Iran and its neighbours. Al-Mannai will travel to "
        "Tehran next week to continue the consultations.\n"
    )
    a = parse_article(text, published="2024-08-29")
    mannai = person(a, "Khalid al-Mannai")
    assert (mannai.role, mannai.org, mannai.country) == (
        "Minister of State",
        "Ministry of Foreign Affairs",
        "QA",
    )
    trips = [(m.location, m.status) for m in a.meetings if m.participants == ("Khalid al-Mannai",)]
    assert trips == [("Tehran", "planned")]


def test_the_title_someone_said_will_travel_points_back_to_its_holder():
    text = (
        "Talks in Addis\n\n"
        "ADDIS ABABA - Kenyan Foreign Minister Esther Mutua held talks with Ethiopian Foreign "
        "Minister Mesfin Alemu on Thursday.\n\n"
        "The visit follows a phone call last week between Kenyan President Joseph Kariuki and "
        "Ethiopian Prime Minister Getachew Bekele.\n\n"
        "Officials said the Prime Minister is expected in Nairobi before the end of the year for "
        "a state visit.\n"
    )
    a = parse_article(text, published="2025-06-13")
    trip = [m for m in a.meetings if m.location == "Nairobi"]
    assert [(m.participants, m.status, m.date) for m in trip] == [
        (("Getachew Bekele",), "planned", "2025")
    ]


def test_countries_views_were_exchanged_on_are_not_sides_but_a_named_commissions_are():
    text = (
        "UAE, Kenya talks\n\n"
        "ABU DHABI - UAE Foreign Minister Saif Al Nuaimi received Kenyan Cabinet Secretary "
        "Esther Mutua in Abu Dhabi on Wednesday.\n\n"
        "The two sides also exchanged views on regional developments, particularly in Sudan and "
        "Somalia, and agreed to convene the third session of the UAE-Kenya Joint Committee in "
        "Nairobi in 2026.\n"
    )
    a = parse_article(text, published="2025-06-19")
    session = [m for m in a.meetings if m.location == "Nairobi"]
    assert [(m.countries, m.status) for m in session] == [(("AE", "KE"), "planned")]


def test_titles_stacked_after_a_name_end_on_the_country_they_serve():
    text = (
        "Joint commission\n\n"
        "ACCRA - The session was co-chaired by the Minister for Foreign Affairs, Kwabena Darko, "
        "and Serge Kouadio, Minister of State, Minister of Foreign Affairs, African Integration "
        "and Ivorians Abroad of Côte d'Ivoire.\n\n"
        "The talks were also attended by Eszter Varga, Minister of State for Bilateral "
        "Relations, and by the Serbian Ambassador in Budapest, Dragan Milosevic.\n"
    )
    a = parse_article(text, published="2025-02-27")
    assert person(a, "Serge Kouadio").country == "CI"
    assert person(a, "Eszter Varga").country != "RS"


def test_a_clause_after_according_to_a_name_is_not_that_persons_title():
    text = (
        "Talks next week\n\n"
        "MOSCOW, April 15. /TASS/. Russian Foreign Minister Dmitry Sokolin will hold talks with "
        "his Iranian counterpart Kourosh Bahramzadeh in Moscow next Monday, Russian Foreign "
        "Ministry Spokeswoman Yelena Vorontsova said.\n\n"
        "According to Vorontsova, the ministers will discuss the implementation of the treaty on "
        "comprehensive strategic partnership and cooperation in the Caspian region.\n"
    )
    a = parse_article(text, published="2025-04-15")
    assert person(a, "Yelena Vorontsova").role == "Spokeswoman"


def test_a_tally_of_meetings_ending_on_the_most_recent_tells_that_one():
    text = (
        "Council\n\n"
        "ATHENS - Greek Foreign Minister Eleni Papadaki hosted her Turkish counterpart Hakan "
        "Yildirim in Athens on Thursday.\n\n"
        "Papadaki and Yildirim have met four times this year, most recently in Ankara in "
        "November.\n"
    )
    a = parse_article(text, published="2023-12-08")
    assert sorted((m.location, m.date) for m in a.meetings) == [
        ("Ankara", "2023-11"),
        ("Athens", "2023-12-07"),
    ]
    tally = parse_article(text.replace(", most recently in Ankara in November", ""))
    assert [m.location for m in tally.meetings] == ["Athens"]


def test_first_met_and_last_spoke_are_two_encounters_of_the_same_pair():
    text = (
        "Talks\n\n"
        "MANILA - Japanese Foreign Minister Kenji Morimoto held talks with Foreign Affairs "
        "Secretary Teresita Alcantara in Pasay City on Wednesday.\n\n"
        "Alcantara and Morimoto first met on the sidelines of the ASEAN Regional Forum in "
        "Jakarta in July last year, and last spoke by phone in February.\n"
    )
    a = parse_article(text, published="2024-04-11")
    told = sorted((m.date, m.location, m.mode) for m in a.meetings)
    assert told == [
        ("2023-07", "Jakarta", "in_person"),
        ("2024-02", None, "call"),
        ("2024-04-10", "Pasay City", "in_person"),
    ]


def test_envoys_numbered_under_a_sentence_each_present_credentials_to_the_president():
    text = (
        "President's Media Division\n\n"
        "Three new envoys present credentials\n\n"
        "Three new Ambassadors to Sri Lanka presented their credentials to President Chandana "
        "Bandara at the Presidential Secretariat in Colombo this morning (18).\n\n"
        "The new envoys who presented their credentials are:\n\n"
        "1. Nguyen Thi Lan Anh – Ambassador of the Socialist Republic of Vietnam\n"
        "2. Ingrid Haugen – Ambassador of the Kingdom of Norway\n"
        "3. Daulet Seitkali – Ambassador of the Republic of Kazakhstan\n\n"
        "Foreign Minister Lakshman Herath and Secretary to the President Priyantha Karunaratne "
        "were also present on the occasion.\n\n"
        "The Serbian ambassador, who has not presented his credentials since February, did not "
        "attend.\n"
    )
    a = parse_article(text, published="2025-06-18")
    assert [
        person(a, n).country for n in ("Nguyen Thi Lan Anh", "Ingrid Haugen", "Daulet Seitkali")
    ] == ["VN", "NO", "KZ"]
    audiences = sorted((m.participants, m.countries, m.location) for m in a.meetings)
    assert audiences == [
        (("Chandana Bandara", "Daulet Seitkali"), ("KZ", "LK"), "Colombo"),
        (("Chandana Bandara", "Ingrid Haugen"), ("LK", "NO"), "Colombo"),
        (("Chandana Bandara", "Nguyen Thi Lan Anh"), ("LK", "VN"), "Colombo"),
    ]


def test_an_envoy_who_has_not_presented_credentials_had_no_audience():
    text = (
        "Visit postponed\n\n"
        "PODGORICA - Montenegrin President Andrija Radunovic has postponed his official visit "
        "to Serbia, which had been scheduled for next Tuesday, his office said on Thursday.\n\n"
        "Diplomatic sources in Podgorica said the decision was linked to last week's row over a "
        'resolution in the Montenegrin parliament, which Belgrade described as "unfriendly", and '
        "to the still unresolved question of the Serbian ambassador, who has not presented his "
        "credentials since February.\n"
    )
    a = parse_article(text, published="2024-07-04")
    assert [m.status for m in a.meetings] == ["cancelled"]


def test_an_aside_in_brackets_between_a_title_and_a_name_leaves_the_title_whole():
    text = (
        "Credentials\n\n"
        "On April 21, Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to "
        "the Argentine Republic (with residence in Buenos Aires) Anahit Ter-Grigoryan presented "
        "her letters of credence to the President of Uruguay Martin Echeverria in Montevideo.\n"
    )
    a = parse_article(text, published="2025-04-22")
    envoy = person(a, "Anahit Ter-Grigoryan")
    assert (envoy.country, envoy.role.split()[0]) == ("AM", "Ambassador")


def test_an_embassys_site_names_its_ambassador_and_the_hosts_officials_by_bare_title():
    text = (
        "Embassy of Japan in Bolivia\n"
        "Home | About the Embassy | Consular Services | Topics\n\n"
        "Courtesy call on the Minister of Foreign Affairs of Bolivia\n\n"
        "2025/7/9\n\n"
        "On July 8, Ambassador YAMAMOTO Keiichi paid a courtesy call on Ms. Celinda Mamani, "
        "Minister of Foreign Affairs of the Plurinational State of Bolivia. Vice Minister of "
        "Foreign Affairs Mr. Freddy Choque was also present.\n\n"
        "Ambassador Yamamoto presented his credentials to President Rodrigo Arce at the Casa "
        "Grande del Pueblo in La Paz on May 22. Japan and Bolivia have been friends for 110 "
        "years.\n"
    )
    a = parse_article(text, outlet="Embassy of Japan in Bolivia")
    assert [
        person(a, n).country for n in ("YAMAMOTO Keiichi", "Freddy Choque", "Rodrigo Arce")
    ] == [
        "JP",
        "BO",
        "BO",
    ]


def test_a_trip_told_in_the_present_is_on_the_schedule():
    text = (
        "Talks in Hanoi\n\n"
        "HANOI (AFP) - French Foreign Minister Claire Desmarais held talks with Vietnamese "
        "Foreign Minister Bui Thanh Son in Hanoi on Monday.\n\n"
        "Desmarais flies to Jakarta on Tuesday for talks with Indonesian Foreign Minister Siti "
        "Rahmawati.\n"
    )
    a = parse_article(text, published="2024-03-11")
    trip = meeting_with(a, "Claire Desmarais", "Siti Rahmawati")
    assert (trip.status, trip.date, trip.location) == ("planned", "2024-03-12", "Jakarta")


def test_a_meeting_in_a_present_when_clause_lies_ahead():
    text = (
        "Trade deals\n\n"
        "NAIROBI - Kenyan Trade Minister Ana Lopez and Tanzanian Trade Minister Omar Haddad "
        "signed six agreements in Nairobi on Tuesday.\n\n"
        "Haddad said the deals would be presented to Presidents Peter Kariuki and Zuhura "
        "Mbaraka when they meet in Dar es Salaam in December.\n"
    )
    a = parse_article(text, published="2023-11-08")
    summit = meeting_with(a, "Peter Kariuki", "Zuhura Mbaraka")
    assert (summit.status, summit.date, summit.location) == ("planned", "2023-12", "Dar es Salaam")


def test_an_envoy_named_as_envoy_has_his_own_audience_among_the_ambassadors():
    text = (
        "Credentials\n\n"
        "ACCRA - President Kwabena Mensah on Thursday received letters of credence from the "
        "newly accredited ambassadors of Japan and Egypt at the Jubilee House in Accra.\n\n"
        "They are Japan's new ambassador, Takeshi Morimoto, and Egypt's new envoy, Hisham "
        "El-Sayed.\n"
    )
    a = parse_article(text, published="2025-03-07")
    met = sorted(m.participants for m in a.meetings)
    assert met == [("Kwabena Mensah", "Hisham El-Sayed"), ("Kwabena Mensah", "Takeshi Morimoto")]


@pytest.mark.parametrize(
    "told",
    [
        "Prime Minister Tesfaye Alemu and Kenyan President Grace Wanjiru have exchanged views "
        "on regional security on Tuesday.",
        "Prime Minister Tesfaye Alemu also discussed with Kenyan President Grace Wanjiru on "
        "regional security on Tuesday.",
        "Prime Minister Tesfaye Alemu conferred with Kenyan President Grace Wanjiru on "
        "regional security on Tuesday.",
    ],
)
def test_talks_told_by_what_two_leaders_discussed_are_a_meeting(told):
    text = f"Summit sidelines\n\nADDIS ABABA - Ethiopian {told}\n"
    a = parse_article(text, published="2024-02-15")
    talks = meeting_with(a, "Tesfaye Alemu", "Grace Wanjiru")
    assert (talks.countries, talks.date, talks.status) == (("ET", "KE"), "2024-02-13", "held")


def test_the_safety_of_a_strait_discussed_on_a_call_is_no_venue():
    text = (
        "Phone call\n\n"
        "MUSCAT - Omani Foreign Minister Salim al-Harthy received a phone call on Monday from "
        "Iranian Foreign Minister Reza Karimi.\n\n"
        "Al-Harthy and Karimi further exchanged views on regional issues, including maritime "
        "safety in the Strait of Hormuz.\n"
    )
    a = parse_article(text, published="2023-02-14")
    assert [(m.participants, m.mode, m.location) for m in a.meetings] == [
        (("Salim al-Harthy", "Reza Karimi"), "call", None)
    ]


def test_a_round_of_talks_with_several_leaders_is_each_encounter_on_the_rounds_day_and_place():
    text = (
        "Summit sidelines\n\n"
        "Prime Minister Tesfaye Alemu has conferred with leaders of various African countries "
        "on the sidelines of the African Union summit in Addis Ababa today.\n\n"
        "Tesfaye and Kenyan President Grace Wanjiru have exchanged views on regional "
        "security.\n\n"
        "Tesfaye also held talks with Ghanaian President Kofi Mensah on trade.\n\n"
        "Likewise, Tesfaye discussed bilateral issues with Nigerian President Musa Bello and "
        "Malian Prime Minister Awa Traore.\n"
    )
    a = parse_article(text, published="2020-02-10")
    met = sorted((m.participants[1], m.date, m.location, m.status, m.primary) for m in a.meetings)
    assert met == [
        (name, "2020-02-10", "Addis Ababa", "held", True)
        for name in ("Awa Traore", "Grace Wanjiru", "Kofi Mensah", "Musa Bello")
    ]


def test_a_continent_named_in_what_was_discussed_is_not_where_they_met():
    text = (
        "Talks\n\n"
        "Ethiopian Prime Minister Tesfaye Alemu held talks with Kenyan President Grace Wanjiru "
        "on peace, stability and economic integration in Africa.\n"
    )
    a = parse_article(text, published="2020-02-10")
    assert meeting_with(a, "Tesfaye Alemu", "Grace Wanjiru").location is None


def test_meetings_with_two_counterparts_said_to_be_held_separately_are_two():
    text = (
        "Talks in Lima\n\n"
        "Lima, Feb. 13. Peruvian Foreign Minister Lucia Campos on Tuesday met with her "
        "counterparts Anne Tremblay of Canada and Marta Ruiz of Colombia.\n\n"
        "According to the ministry, both gatherings were held separately at the Torre Tagle "
        "Palace.\n"
    )
    a = parse_article(text, published="2018-02-13")
    assert sorted(m.participants for m in a.meetings) == [
        ("Lucia Campos", "Anne Tremblay"),
        ("Lucia Campos", "Marta Ruiz"),
    ]


def test_a_nickname_in_quotes_and_a_comma_before_jr_leave_one_person():
    text = (
        "Trip to Jakarta\n\n"
        "President Ferdinand R. Marcos, Jr. approved the plan on Monday.\n\n"
        "MANILA - President Ferdinand “Bongbong” Marcos Jr. will hold talks with South Korean "
        "President Yoon Suk Yeol in Jakarta in September, Marcos said.\n"
    )
    a = parse_article(text, published="2023-08-31")
    assert [p.name for p in a.people] == ["Ferdinand R. Marcos Jr", "Yoon Suk Yeol"]
    assert "Ferdinand “Bongbong” Marcos Jr" in person(a, "Ferdinand R. Marcos Jr").mentions


def test_the_country_of_a_venue_does_not_decide_whom_bare_titles_serve():
    text = (
        "Summit\n\n"
        "MANILA - President Ramon Cruz will be in Jakarta, Indonesia from September 5 to 7 "
        "for the regional summit. He will also visit Bandung, Indonesia.\n\n"
        "Assistant Secretary Daniel Reyes said the president may meet Vietnamese Prime "
        "Minister Pham Van Long, whom the Philippine leader last met in Hanoi.\n"
    )
    a = parse_article(text, published="2023-08-31")
    assert [person(a, n).country for n in ("Ramon Cruz", "Daniel Reyes")] == ["PH", "PH"]


def test_a_korean_president_is_south_koreas():
    text = (
        "Talks\n\n"
        "Philippine President Ramon Cruz will meet Korean President Kim Dae-ho in Jakarta.\n"
    )
    a = parse_article(text, published="2023-08-31")
    assert person(a, "Kim Dae-ho").country == "KR"


def test_the_title_of_a_source_quoted_before_a_comma_is_not_the_next_names():
    text = (
        "Talks\n\n"
        "MANILA - President Ramon Cruz will travel to Jakarta next week.\n\n"
        "According to the DFA official, Cruz’ meeting with Vietnamese Prime Minister Pham Van "
        "Long will focus on rice.\n"
    )
    a = parse_article(text, published="2023-08-31")
    assert person(a, "Ramon Cruz").role == "President"


def test_bilateral_meetings_planned_with_several_leaders_are_one_with_each_leader_named():
    text = (
        "Summit plans\n\n"
        "MANILA - President Ramon Cruz is set to hold bilateral meetings with at least three "
        "leaders at the regional summit in Jakarta in September.\n\n"
        "Foreign Affairs Assistant Secretary Daniel Reyes said the chief executive may meet "
        "with Korean President Kim Dae-ho, Cambodian Prime Minister Sok Vanna and Vietnamese "
        "Prime Minister Pham Van Long.\n"
    )
    a = parse_article(text, published="2023-08-31")
    met = sorted((m.participants, m.date, m.location, m.status) for m in a.meetings)
    assert met == [
        (("Ramon Cruz", other), "2023-09", "Jakarta", "planned")
        for other in ("Kim Dae-ho", "Pham Van Long", "Sok Vanna")
    ]


@pytest.mark.parametrize(
    ("page", "outlet", "dateline"),
    [
        (
            "Li meets British foreign secretary\nUpdated: 2016-01-07 00:13\n(Xinhua)\n\n"
            "Beijing - Chinese Premier Li Wen met with British Foreign Secretary Tom Hale "
            "on Wednesday.\n",
            "Xinhua",
            "Beijing",
        ),
        (
            "Talks\n\nMuscat: Omani Foreign Minister Salim al-Harthy on Wednesday held a "
            "virtual meeting with Syrian Foreign Minister Omar Haddad.\n\nThey discussed "
            "bilateral relations. — ONA\n",
            "ONA",
            "Muscat",
        ),
        (
            "Reception\n\nSri Lankan President Ravi Perera met Indian Prime Minister Arjun "
            "Rao in New Delhi on Monday.\n\nThe two sides discussed energy. -- ANI\n",
            "ANI",
            None,
        ),
    ],
)
def test_an_agencys_credit_and_a_title_case_dateline_are_read(page, outlet, dateline):
    a = parse_article(page, published="2016-01-07")
    assert (a.outlet, a.dateline) == (outlet, dateline)


def test_an_audience_and_what_two_counterparts_did_together_are_meetings():
    text = (
        "Minister meets dignitaries\n\n"
        "00:01 | Bogota (Colombia), Dec. 4.\n\n"
        "Peruvian Foreign Minister Luis Ortega held an audience "
        "with Foreign Minister of El Salvador Ana Flores.\n\n"
        "In addition, Minister Ortega and Colombian counterpart Marta Ruiz reaffirmed the "
        "bilateral commitments.\n\n"
        "Published: 12/4/2019\n"
    )
    a = parse_article(text)
    assert a.published == "2019-12-04"
    assert sorted(m.participants for m in a.meetings) == [
        ("Luis Ortega", "Ana Flores"),
        ("Luis Ortega", "Marta Ruiz"),
    ]


def test_a_letter_of_credence_presented_by_his_excellency_is_an_audience():
    text = (
        "High Commissioner presents his credentials\n\n"
        "Vanuatu’s High Commissioner to Australia, H. E. Kalo Tari presented his Letter of "
        "Credence to the Governor General of Australia, Anne Whitlam on Thursday 22 March "
        "2012 in Canberra.\n"
    )
    a = parse_article(text)
    assert [p.name for p in a.people][:1] == ["Kalo Tari"]
    audience = meeting_with(a, "Kalo Tari", "Anne Whitlam")
    assert (audience.date, audience.location) == ("2012-03-22", "Canberra")


@pytest.mark.parametrize(
    "background",
    [
        "In November, in their first telephone contact, the two men promised to work on a "
        "common agenda.",
        "The two presidents have already met on four occasions at multilateral summits.",
    ],
)
def test_an_earlier_encounter_of_the_same_pair_told_after_the_news_is_its_own(background):
    text = (
        "Call\n\n"
        "President Tom Walker on Wednesday chatted briefly by telephone with his Argentine "
        "counterpart, Mario Costa, discussing the region.\n\n"
        f"{background}\n"
    )
    a = parse_article(text)
    assert len([m for m in a.meetings if m.participants == ("Tom Walker", "Mario Costa")]) == 2


def test_their_first_meeting_since_a_date_is_the_news_itself():
    text = (
        "Talks\n\n"
        "SEOUL - South Korean Foreign Minister Seo Jin and his Japanese counterpart Kenji Ota "
        "agreed Tuesday to expand cooperation.\n\n"
        "Seo and Ota held talks for about 90 minutes at a hotel in Seoul, their first "
        "face-to-face meeting since Ota took office in September.\n"
    )
    a = parse_article(text, published="2025-11-18")
    assert [(m.participants, m.location) for m in a.meetings] == [
        (("Seo Jin", "Kenji Ota"), "Seoul")
    ]


def test_countries_in_what_was_said_or_in_the_hosts_words_are_not_the_speakers():
    text = (
        "Visit\n\n"
        "We expect sanctions over the attack against Slovakia, Hungary, Austria and the wider "
        "EU, said President Tomas Wenda on Tuesday in Budapest.\n\n"
        "President Wenda started his visit to Hungary on Tuesday. He met Hungarian President "
        "Arvo Lind.\n\n"
        "After the meeting, Mr Wenda emphasised that Slovakia protects the border against the "
        "regime of Piet Holm.\n\n"
        "In the evening, the Hungarian presidential couple will host a dinner in honour of "
        "President Wenda.\n\n"
        "On Wednesday, the Slovak leader will meet Hungarian Prime Minister Ilse Saar.\n"
    )
    a = parse_article(text, published="2021-10-19")
    assert person(a, "Tomas Wenda").country == "SK"
    assert not [m for m in a.meetings if "Piet Holm" in m.participants]
    assert meeting_with(a, "Tomas Wenda", "Ilse Saar").date == "2021-10-20"


def test_a_country_in_brackets_after_a_name_is_the_persons():
    text = (
        "Credentials\n\n"
        "Russian President Ivan Sokolov received letters of credence from new ambassadors "
        "at the Kremlin on Thursday.\n\n"
        "The ambassadors who presented their credentials include: Carla Neves (Brazil), "
        "Omar Haddad (Jordan) and Piet de Vries (Belgium).\n"
    )
    found = countries_of(text)
    assert (found["Carla Neves"], found["Omar Haddad"], found["Piet de Vries"]) == (
        "BR",
        "JO",
        "BE",
    )


def test_the_counterpart_met_where_the_visitor_now_is_serves_that_country():
    text = (
        "Visit\n\n"
        "Prime Minister Ana Tuilagi is now in New Zealand and will meet with her counterpart "
        "Mark Hollis on Tuesday for her first bilateral meeting abroad.\n\n"
        "Samoa and New Zealand signed a friendship treaty sixty years ago, and Samoa's "
        "diaspora celebrated the anniversary.\n"
    )
    a = parse_article(text)
    assert (person(a, "Mark Hollis").country, person(a, "Ana Tuilagi").country) == ("NZ", "WS")
    assert meeting_with(a, "Ana Tuilagi", "Mark Hollis").status == "planned"


def test_the_one_who_spoke_after_negotiations_with_someone_took_part_in_them():
    text = (
        "Talks\n\n"
        "President of Turkmenistan Aman Orazov said this at a joint press conference at the "
        "end of negotiations with Turkish President Kemal Aydin in Ankara.\n"
    )
    a = parse_article(text, published="2023-10-27")
    assert meeting_with(a, "Aman Orazov", "Kemal Aydin").location == "Ankara"


def test_talks_with_presidents_of_several_countries_are_one_encounter_with_each():
    text = (
        "PM holds talks with presidents\n\n"
        "Addis Ababa, March 3, 2024 (FBC) – Prime Minister Dr Yonas Bekele today held talks "
        "with presidents of different African countries on the sidelines of the AU summit.\n\n"
        "He conferred with President of Botswana Tumelo Kgosi, President of Ghana Kwame "
        "Mensah and President of Sudan Idris Bakri.\n\n"
        "The Prime Minister also met with the leaders of Algeria, Morocco and Estonia.\n\n"
        "Yesterday, the Prime Minister also had bilateral meetings with Kenyan President "
        "Otieno Wafula and South African President Sipho Dlamini.\n"
    )
    a = parse_article(text)
    today = [m for m in a.meetings if m.primary]
    assert sorted(m.participants for m in today) == [
        ("Yonas Bekele", "Idris Bakri"),
        ("Yonas Bekele", "Kwame Mensah"),
        ("Yonas Bekele", "Tumelo Kgosi"),
    ]
    assert {(m.date, m.location) for m in today} == {("2024-03-03", "Addis Ababa")}
    leaders = [m for m in a.meetings if "MA" in m.countries]
    assert [m.participants for m in leaders] == [("Yonas Bekele",)]
    assert meeting_with(a, "Yonas Bekele", "Otieno Wafula").date == "2024-03-02"


def test_a_hard_wrapped_wire_story_with_a_round_listed_after_it_is_read_whole():
    text = (
        "Chinese President Li Wen on Saturday afternoon held separate\n"
        "meetings with presidents of three African countries on the sidelines\n"
        "of the Beijing Summit of the Forum on China-Africa Cooperation\n"
        "(FOCAC).\n"
        "The three leaders are President Tomas Hamutenya of Namibia,\n"
        "President Joao Macuacua of Mozambique and President Ismail Robleh\n"
        "of Djibouti.\n"
        "The two-day summit opened in the Chinese capital Saturday\n"
        "morning with leaders of 48 African countries gathering at the Great\n"
        "Hall of the People in downtown Beijing.\n"
        "The African leaders expressed their appreciation to China for\n"
        "its support to the African countries over the past decades.\n"
    )
    a = parse_article(text, published="2006-11-05")
    met = {m.participants[1]: (m.countries, m.date, m.location) for m in a.meetings}
    assert met == {
        "Tomas Hamutenya": (("CN", "NA"), "2006-11-04", "Beijing"),
        "Joao Macuacua": (("CN", "MZ"), "2006-11-04", "Beijing"),
        "Ismail Robleh": (("CN", "DJ"), "2006-11-04", "Beijing"),
    }


def test_talks_during_a_meeting_and_counterparts_listed_by_country_are_encounters():
    text = (
        "Minister holds talks with counterparts\n\n"
        "Jakarta (ANTARA) - Indonesian Foreign Minister Sari Wulandari held four bilateral "
        "talks with her foreign counterparts in New York on Tuesday.\n\n"
        "The foreign counterparts were from Romania, Algeria, Estonia and Guatemala.\n\n"
        "Wulandari discussed trade with her Romanian counterpart, Ana Popescu, during a "
        "bilateral meeting held on the sidelines of the UN General Assembly.\n"
    )
    a = parse_article(text, published="2019-09-25")
    assert sorted((m.participants, m.countries) for m in a.meetings) == [
        (("Sari Wulandari",), ("DZ", "ID")),
        (("Sari Wulandari",), ("EE", "ID")),
        (("Sari Wulandari",), ("GT", "ID")),
        (("Sari Wulandari", "Ana Popescu"), ("ID", "RO")),
    ]
    assert {(m.date, m.location) for m in a.meetings} == {("2019-09-24", "New York")}


def test_a_style_alone_and_two_countries_joined_in_a_name_are_no_person():
    text = (
        "Audience\n\n"
        "His Majesty the Sultan received in audience at the palace today Dr. Reza Karimi, "
        "Minister of Foreign Affairs of Iran.\n\n"
        "Prime Minister Amin Yusof will attend the 23rd Malaysia-Brunei Darussalam Annual "
        "Leaders' Consultation next week.\n"
    )
    assert sorted(countries_of(text)) == ["Amin Yusof", "Reza Karimi"]


def test_officials_met_during_a_trip_abroad_serve_the_country_visited():
    text = (
        "Ministers travel to the Pacific\n\n"
        "This week, Australian Defence Minister Tom Hadley and Foreign Minister Jane Moore "
        "will travel to the Pacific.\n\n"
        "The Defence Minister will travel to Papua New Guinea to discuss defence ties.\n\n"
        "During the visit he will meet with Prime Minister Peter Kumul and Minister for "
        "Defence Billy Wari.\n\n"
        "While in Vanuatu, they will meet Prime Minister Joel Tari and other senior "
        "ministers.\n\n"
        "The Ministers will also travel to Tanna, the home island of Prime Minister Tari.\n\n"
        "Australia is a partner the region can count on, Australia's government said.\n"
    )
    found = countries_of(text)
    assert (found["Peter Kumul"], found["Billy Wari"], found["Joel Tari"]) == ("PG", "PG", "VU")
    a = parse_article(text)
    assert meeting_with(a, "Tom Hadley", "Peter Kumul").status == "planned"
    assert "Prime Minister" not in [m.location for m in a.meetings]


def test_a_headline_country_before_one_name_is_not_the_other_names():
    text = (
        "Telephone Talks between Foreign Minister Kenji Arata and U.S. Secretary of State "
        "John Miller\n"
        "February 12, 2013\n"
        "On February 12, Mr. Kenji Arata, Minister for Foreign Affairs, held telephone talks "
        "with the Honorable John F. Miller, Secretary of State of the United States of "
        "America. Foreign Minister Arata wished to cooperate closely with the United States. "
        "In response, Secretary Miller agreed to collaborate with Japan. Both stressed that "
        "Japan and the United States stand together.\n"
    )
    assert countries_of(text)["Kenji Arata"] != "US"


def test_a_series_of_bilateral_meetings_then_talks_with_several_leaders_is_one_each():
    text = (
        "Summit plans\n\n"
        "ASTANA, July 2. President Ivan Petrov will hold a series of bilateral meetings on the "
        "sidelines of the regional summit, his aide Oleg Sokolov said.\n\n"
        "Petrov's talks with Presidents Aidos Serikov of Kazakhstan and Bat Erdene of "
        "Mongolia, as well as with Pakistani Prime Minister Imran Qadir, are scheduled for "
        "July 3.\n"
    )
    a = parse_article(text, published="2024-07-02")
    met = sorted((tuple(m.participants), m.date, m.status) for m in a.meetings)
    assert met == [
        (("Ivan Petrov", other), "2024-07-03", "planned")
        for other in ("Aidos Serikov", "Bat Erdene", "Imran Qadir")
    ]


def test_the_same_pair_also_meeting_others_in_turn_is_one_encounter_each():
    text = (
        "Summit sidelines\n\n"
        "Cairo - President Omar Haddad and Foreign Minister Sami Nasser met Tuesday European "
        "Council President Pedro Lopes on the sidelines of the Arab summit in Cairo.\n"
        "President Haddad and Minister Nasser also met Rashid Alimi, chairman of the "
        "Presidential Council of Yemen.\n"
        "Later, President Haddad and Minister Nasser met Palestinian President Mahmoud Karim.\n"
        "President Haddad and Minister Nasser met UN Secretary General Anna Berg too.\n"
    )
    a = parse_article(text, published="2025-03-04")
    met = sorted(tuple(m.participants) for m in a.meetings)
    assert met == sorted(
        [
            ("Omar Haddad", "Sami Nasser", other)
            for other in ("Pedro Lopes", "Rashid Alimi", "Mahmoud Karim", "Anna Berg")
        ]
        + [("Omar Haddad", "Sami Nasser", "Pedro Lopes")]  # the Arab summit itself
    )


def test_who_someone_also_is_does_not_make_a_further_encounter():
    text = (
        "Talks in Doha\n\n"
        "Iranian Foreign Minister Reza Karimi met Qatar's Emir Tamim Saleh in Doha on Sunday.\n\n"
        "Karimi held talks with Tamim and Foreign Minister Hamad Nasser, who is also deputy "
        "prime minister, on the war in Yemen.\n"
    )
    a = parse_article(text, published="2021-05-24")
    met = [tuple(m.participants) for m in a.meetings]
    assert met == [("Reza Karimi", "Tamim Saleh", "Hamad Nasser")]


def test_a_style_between_two_names_is_part_of_the_name():
    text = (
        "Talks in Addis Ababa\n\n"
        "Prime Minister Tesfaye Alemu also met the President of Somalia Hassan Sheikh Omar, "
        "who arrived in Addis Ababa late Friday.\n\n"
        "Qatar's Emir Sheikh Tamim Saleh met Foreign Minister Sheikh Hamad Nasser.\n"
    )
    a = parse_article(text, published="2024-02-17")
    assert {p.name for p in a.people} == {
        "Tesfaye Alemu",
        "Hassan Sheikh Omar",
        "Tamim Saleh",
        "Hamad Nasser",
    }
    assert person(a, "Hassan Sheikh Omar").country == "SO"


def test_counterparts_each_in_a_clause_of_their_own_are_met_each_by_the_one_told():
    text = (
        "Visit to Kabul\n\n"
        "Islamabad, April 18\n\n"
        "Pakistan's Foreign Minister Tariq Khan will lead a delegation to Kabul on Saturday.\n\n"
        "According to the Ministry of Foreign Affairs, during the day-long visit, he will call "
        "on the Afghan Acting Prime Minister, Hassan Akbari; meet the Afghan Deputy Prime "
        "Minister, Ghani Barak; and hold talks with the Acting Foreign Minister, Amir Mutaq.\n"
    )
    a = parse_article(text, published="2025-04-18")
    met = sorted(tuple(m.participants) for m in a.meetings if len(m.participants) >= 2)
    assert met == [
        ("Tariq Khan", "Amir Mutaq"),
        ("Tariq Khan", "Ghani Barak"),
        ("Tariq Khan", "Hassan Akbari"),
    ]


def test_a_telephonic_conversation_is_a_call_and_bare_initials_open_a_name():
    text = (
        "Leaders talk\n\n"
        "Prime Minister Arjun Mehta and his Nepalese counterpart KP Sharma Thapa held a "
        "telephonic conversation on Saturday.\n"
    )
    a = parse_article(text, published="2020-08-15")
    call = meeting_with(a, "Arjun Mehta", "KP Sharma Thapa")
    assert (call.mode, call.date) == ("call", "2020-08-15")
    assert person(a, "KP Sharma Thapa").country == "NP"


def test_a_cabinet_secretary_styled_cs_is_a_title_not_a_name():
    text = (
        "Talks in Nairobi\n\n"
        "Kenya's Foreign Affairs CS Peter Langa met Tanzania's Minister for Foreign Affairs "
        "Amina Mrisho in Nairobi on Monday.\n"
    )
    a = parse_article(text, published="2025-06-10")
    assert {p.name for p in a.people} == {"Peter Langa", "Amina Mrisho"}
    assert person(a, "Peter Langa").role == "Foreign Affairs CS"


def test_a_pair_to_continue_their_talks_another_day_is_a_planned_sitting_of_the_pair():
    text = (
        "Talks in Washington\n\n"
        "WASHINGTON, Oct. 26 -- Chinese Foreign Minister Li Wen held talks with U.S. "
        "Secretary of State Mark Hale in Washington on Thursday.\n\n"
        "They are scheduled to continue their talks on Friday morning.\n"
    )
    a = parse_article(text, published="2023-10-27")
    met = sorted((m.date, m.status, tuple(m.participants)) for m in a.meetings)
    assert met == [
        ("2023-10-26", "held", ("Li Wen", "Mark Hale")),
        ("2023-10-27", "planned", ("Li Wen", "Mark Hale")),
    ]


def test_leaders_who_held_discussion_met_face_to_face_in_the_datelines_city():
    text = (
        "PM holds talks with visiting president\n\n"
        "Addis Ababa — Prime Minister Tesfaye Alemu and President Deng Majok of South Sudan "
        "held discussion today on ways of enhancing bilateral cooperation.\n"
    )
    a = parse_article(text, published="2021-08-26")
    talks = meeting_with(a, "Tesfaye Alemu", "Deng Majok")
    assert (talks.date, talks.location, talks.mode) == ("2021-08-26", "Addis Ababa", "in_person")


def test_a_crown_prince_is_a_title_before_the_name_not_part_of_it():
    text = (
        "Leaders talk\n\n"
        "Turkish President Kemal Aydin held a phone call with Abu Dhabi Crown Prince Khalid "
        "bin Saif Al Nahyan on Monday.\n"
    )
    a = parse_article(text, published="2021-08-31")
    assert meeting_with(a, "Kemal Aydin", "Khalid bin Saif Al Nahyan").mode == "call"


def test_ambassadors_received_in_turn_are_each_an_audience_on_the_datelines_day_and_place():
    text = (
        "Head of State receives Russian, Chinese ambassadors\n\n"
        "14 March 2023, 16:02\n\n"
        "ASTANA. KAZINFORM - President Aidos Serikov of Kazakhstan received ambassadors of "
        "Russia and China.\n\n"
        "During the meeting with Russian ambassador Oleg Borodin the Head of State noted the "
        "importance of Ivan Petrov's visit to Kazakhstan as well as the forum in Kostanay "
        "this fall.\n\n"
        "At the meeting with Chinese ambassador Zhang Wei, the sides pointed out the relevance "
        "of the upcoming summit in Xian in May 2023.\n"
    )
    a = parse_article(text, published="2023-03-14")
    met = sorted(
        (tuple(m.participants), tuple(m.countries), m.date, m.location) for m in a.meetings
    )
    assert met == [
        (("Aidos Serikov", "Oleg Borodin"), ("KZ", "RU"), "2023-03-14", "Astana"),
        (("Aidos Serikov", "Zhang Wei"), ("CN", "KZ"), "2023-03-14", "Astana"),
    ]


def test_the_one_who_said_he_and_another_leader_spoke_is_one_of_the_pair():
    text = (
        "Leaders agree to meet soon\n\n"
        "South Korean President Oren Dal said Thursday that he and US President-elect Ivo "
        "Marek agreed to meet at an early date, in a 12-minute phone call held early in the day.\n"
    )
    a = parse_article(text, published="2024-11-07")
    call = meeting_with(a, "Oren Dal", "Ivo Marek")
    assert (call.mode, call.date) == ("call", "2024-11-07")


def test_an_appeal_made_during_a_meeting_is_not_a_phone_call():
    text = (
        "Minister urges dialogue\n\n"
        "Britain's Foreign Secretary Alan Brook has called for dialogue to end the rift.\n\n"
        "Brook made the call during a meeting with Kuwait's foreign minister in the Kuwaiti "
        "capital on Saturday.\n"
    )
    a = parse_article(text, published="2017-07-23")
    (talks,) = [m for m in a.meetings if "KW" in m.countries]
    assert (talks.mode, talks.date) == ("in_person", "2017-07-22")


def test_a_meeting_of_last_year_told_on_an_undated_page_is_not_todays_call():
    text = (
        "Leaders talk on phone\n\n"
        "Chinese President Li Dao and his Philippine counterpart, Ramon Cruz, held a telephone "
        "conversation Wednesday, discussing bilateral ties.\n"
        "Li said he met Cruz twice last year and reached important agreements with him.\n"
    )
    a = parse_article(text)
    modes = sorted(m.mode for m in a.meetings if set(m.participants) == {"Li Dao", "Ramon Cruz"})
    assert modes == ["call", "in_person"]


def test_a_place_ends_at_the_comma_before_a_titled_name():
    text = (
        "PM to visit Vanuatu\n\n"
        "Australian Prime Minister Tom Reid will visit Vanuatu next week. In addition to "
        "holding bilateral discussions with his counterpart in Port Vila, PM Reid is also "
        "expected to pay a courtesy call on President Obed Kalo.\n"
    )
    a = parse_article(text, published="2019-01-10")
    assert meeting_with(a, "Tom Reid", "Obed Kalo").location == "Port Vila"


def test_a_bloc_a_country_seeks_membership_in_is_not_where_they_met():
    text = (
        "Ministers meet\n\n"
        "Indonesian Foreign Minister Sari Wulan held a bilateral meeting with Papua New Guinea "
        "Foreign Minister Tau Kila on Tuesday. During the meeting, Indonesia thanked the "
        "country for its support for Indonesia's membership in the Melanesian Spearhead Group.\n"
    )
    a = parse_article(text, published="2019-09-25")
    assert meeting_with(a, "Sari Wulan", "Tau Kila").location is None


def test_a_blocs_secretary_general_speaks_for_the_bloc_not_a_country():
    text = (
        "Leaders meet in Georgetown\n\n"
        "Jamaican Prime Minister Ken Hall met the Caribbean Community's Secretary-General "
        "Lena Baptiste in Georgetown on Monday.\n"
    )
    a = parse_article(text, published="2024-02-27")
    head = person(a, "Lena Baptiste")
    assert (head.role, head.org, head.country) == ("Secretary-General", "Caribbean Community", None)
    assert "Caribbean Community" not in {p.name for p in a.people}


def test_a_bloc_inside_a_ministrys_name_stays_in_the_title():
    text = (
        "Ministers speak\n\n"
        "Trinidad and Tobago's Minister of Foreign and CARICOM Affairs Keston Rama held a "
        "video call with Jamaican Foreign Minister Kamina Smith.\n"
    )
    a = parse_article(text, published="2024-01-01")
    assert person(a, "Keston Rama").role == "Minister of Foreign and CARICOM Affairs"


def test_a_newspaper_credited_at_the_end_is_not_a_person():
    text = (
        "Leaders to meet\n\n"
        "Indian Prime Minister Arun Mehta will meet Bangladeshi chief adviser Kamal Huda in "
        "Bangkok on Friday, his press secretary Rafiq Alam told reporters, reported "
        "Bangladesh Business Standard.\n"
    )
    a = parse_article(text, published="2025-04-02")
    assert "Business Standard" not in {p.name for p in a.people}


def test_the_leader_who_announces_a_visit_to_their_country_receives_it():
    text = (
        "Visit announced\n\n"
        "Indian Prime Minister Arun Mehta will make an official visit to Sri Lanka on June 9 "
        "after a trip to the Maldives, Sri Lankan President Nimal Perera said on Friday.\n"
    )
    a = parse_article(text, published="2019-05-31")
    visit = meeting_with(a, "Arun Mehta", "Nimal Perera")
    assert (visit.status, visit.date) == ("planned", "2019-06-09")


def test_a_minister_who_announces_a_visit_is_not_taken_for_its_host():
    text = (
        "Visit announced\n\n"
        "Indian Prime Minister Arun Mehta will make an official visit to Sri Lanka on June 9, "
        "Sri Lankan Foreign Minister Tilak Rana said on Friday.\n"
    )
    a = parse_article(text, published="2019-05-31")
    assert all("Tilak Rana" not in m.participants for m in a.meetings)


def test_talks_one_was_to_have_on_the_day_of_the_news_are_still_to_come():
    text = (
        "Prime minister begins tour\n\n"
        "Japanese Prime Minister Ken Sato on Sunday began a four-day tour of Vietnam and the "
        "Philippines. On Sunday, Sato was to have talks in Vietnam with Vietnamese "
        "President Tran Van Minh.\n"
    )
    a = parse_article(text, published="2025-04-27")
    assert meeting_with(a, "Ken Sato", "Tran Van Minh").status == "planned"


def test_a_visit_that_was_to_have_been_made_fell_through():
    text = (
        "Visit off\n\n"
        "Serbian President Dragan Stevic was to have been received in Podgorica by "
        "Montenegrin President Andrej Vukic on Thursday.\n"
    )
    a = parse_article(text, published="2025-10-17")
    assert meeting_with(a, "Dragan Stevic", "Andrej Vukic").status == "cancelled"


def test_a_dateline_on_its_own_line_is_the_dateline_not_the_headline():
    text = (
        "New Delhi, Oct. 19\n"
        "Indian Foreign Minister Ravi Kumar met Nepali Foreign Minister Hari Thapa on Friday.\n"
    )
    a = parse_article(text, published="2024-10-20")
    assert (a.title, a.dateline) == (None, "New Delhi")
    assert meeting_with(a, "Ravi Kumar", "Hari Thapa").location == "New Delhi"


def test_a_reporters_byline_with_the_city_is_not_the_headline():
    text = (
        "Bola Adeyemi, Abuja\n\n"
        "Nigerian President Musa Bello had a closed-door meeting with Ghanaian President Kofi "
        "Mensah late Sunday night at the Presidential Villa, Abuja.\n"
    )
    a = parse_article(text, published="2020-09-21")
    assert a.title is None
    assert "Bola Adeyemi" not in {p.name for p in a.people}


def test_a_captions_credit_after_a_dash_does_not_hide_who_is_pictured():
    text = (
        "Minister to reach Beijing today\n\n"
        "Foreign Minister Tariq Aziz Khan and his Chinese counterpart, Li Wenhua shake hands "
        "in Beijing. — Twitter/File\n"
        "ISLAMABAD: Pakistani Foreign Minister Tariq Aziz Khan is set to reach Beijing on "
        "Monday to attend a strategic dialogue.\n"
    )
    a = parse_article(text, published="2019-03-18")
    assert person(a, "Li Wenhua").country == "CN"


def test_a_minister_set_to_reach_a_capital_meets_there():
    text = (
        "Minister to reach Beijing today\n\n"
        "ISLAMABAD: Pakistani Foreign Minister Tariq Aziz Khan is set to reach Beijing on "
        "Monday to hold talks with Chinese Foreign Minister Li Wenhua.\n"
    )
    a = parse_article(text, published="2019-03-18")
    assert meeting_with(a, "Tariq Aziz Khan", "Li Wenhua").location == "Beijing"


def test_nz_is_new_zealand():
    text = (
        "Leaders meet\n\n"
        "Fijian Prime Minister Joeli Naivalu met NZ PM Hamish Carter in Suva on Tuesday.\n"
    )
    a = parse_article(text, published="2024-08-28")
    assert person(a, "Hamish Carter").country == "NZ"


def test_a_headline_verb_in_title_case_is_not_part_of_a_name():
    text = (
        "Oliver Hartley Coming To Dublin In September Following Invitation\n\n"
        "The British Prime Minister will travel to Dublin in September.\n"
        "10:24 AM - 18 Jul 2024\n\n"
        "Oliver Hartley Coming To Dublin...\n\n"
        "The Taoiseach travelled to England yesterday for a dinner meeting with Oliver "
        "Hartley in Chequers.\n"
    )
    a = parse_article(text, published="2024-07-18")
    names = {p.name for p in a.people}
    assert "Oliver Hartley" in names and not any("Coming" in n for n in names)


def test_an_official_visit_written_with_capitals_is_no_person():
    text = (
        "President to host visitor\n\n"
        "President Thabo Nkosi will on Thursday host the President of Ukraine, Oleh Bondar, "
        "on an Official Visit to South Africa.\n"
    )
    a = parse_article(text, published="2025-04-20")
    assert "Visit" not in {p.name for p in a.people}
    assert "Visit" not in {n for m in a.meetings for n in m.participants}


def test_a_caption_where_one_leader_greets_another_tells_of_a_meeting():
    text = (
        "Forum opens\n\n"
        "Fijian Prime Minister Joeli Naivalu greets Samoan Prime Minister Tala Faleolo at the "
        "Pacific Islands Forum in Honiara. Photo: Pacific News/Staff\n"
        "The plenary session on Wednesday began with an address by the chair.\n"
    )
    a = parse_article(text, published="2024-08-28")
    assert meeting_with(a, "Joeli Naivalu", "Tala Faleolo").location == "Honiara"


def test_a_caption_read_after_the_story_joins_the_meeting_of_the_same_two():
    text = (
        "Neighbours agree on water\n\n"
        "Foreign Minister Arman Seitkali greets his Kyrgyz counterpart Bolot Asanov at the "
        "ministry in Astana. Photo: Dana Ospan / The Daily\n\n"
        "ASTANA – Kazakh Foreign Minister Arman Seitkali hosted Bolot Asanov, Kyrgyzstan's "
        "Minister of Foreign Affairs, for talks on Thursday.\n"
        "The ministers will meet again in Tashkent in April with their Uzbek counterpart.\n"
        "Tashkent has pushed for a basin-wide deal since the three countries' presidents met "
        "in Turkestan in 2022.\n"
    )
    a = parse_article(text, published="2025-03-14")
    pair = [
        m
        for m in a.meetings
        if {"Arman Seitkali", "Bolot Asanov"} == set(m.participants) and m.status == "held"
    ]
    assert [(m.date, m.location) for m in pair] == [("2025-03-13", "Astana")]


def test_a_country_closing_the_venue_is_not_the_title_of_the_name_after_it():
    text = (
        "Leader holds talks at summit\n\n"
        "KUALA LUMPUR (May 10): At the regional summit in Labuan Bajo, Indonesia today Prime "
        "Minister Hamzah Rahim held talks with Vietnamese Prime Minister Le Van Thanh.\n"
    )
    a = parse_article(text, published="2023-05-10")
    assert person(a, "Hamzah Rahim").country == "MY"


def test_a_form_of_address_before_the_title_is_not_part_of_the_role():
    text = (
        "President to host visitor\n\n"
        "President Thabo Nkosi will on Thursday host the President of Ukraine, His Excellency "
        "President Oleh Bondar, on a state visit to South Africa.\n"
    )
    a = parse_article(text, published="2025-04-20")
    assert person(a, "Oleh Bondar").role == "President"


@pytest.mark.parametrize(
    ("top", "footer"),
    [
        ("Press Releases\n", ""),
        ("", "MINISTRY OF FOREIGN AFFAIRS – COPYRIGHT © 2010 - PRIVACY\n"),
    ],
)
def test_a_section_label_or_a_privacy_link_is_not_the_outlet(top, footer):
    text = (
        f"{top}Foreign Ministers' Telephone Talk\n"
        "On May 15, Mr. Taro Sato, Minister for Foreign Affairs of Japan, held a telephone "
        f"talk with Mr. Imran Baig, Foreign Minister of Pakistan.\n{footer}"
    )
    a = parse_article(text, published="2020-05-15")
    assert a.outlet is None


def test_a_call_since_taking_office_still_has_the_one_it_was_with():
    text = (
        "Ministers speak by phone\n\n"
        "Foreign Minister Han Ji-ho of South Korea held his first phone call since taking office "
        "with his Japanese counterpart, Aiko Tanabe, on Tuesday.\n"
    )
    a = parse_article(text, published="2024-01-19")
    call = meeting_with(a, "Han Ji-ho", "Aiko Tanabe")
    assert (call.mode, call.date) == ("call", "2024-01-16")


def test_the_title_of_a_second_party_after_and_the_is_its_own():
    text = (
        "Minister receives envoys\n\n"
        "The ministry said the minister and the Ethiopian Ambassador to Nigeria, Kebede Alemu "
        "Tesfaye, discussed bilateral issues at the meeting.\n"
    )
    a = parse_article(text, published="2021-08-24")
    assert person(a, "Kebede Alemu Tesfaye").role == "Ambassador to Nigeria"


def test_an_agency_before_a_bracketed_place_and_date_is_the_dateline():
    text = (
        "Minister meets counterpart\n\n"
        "RSS (KATHMANDU, 29 March 2022) – Foreign Affairs Minister Pema Lama today held a meeting "
        "with his Indian counterpart Arvind Rao in Colombo.\n"
    )
    a = parse_article(text)
    assert (a.dateline, a.published, a.outlet) == ("KATHMANDU", "2022-03-29", "RSS")


def test_the_country_a_page_names_most_is_not_given_to_the_other_side_of_a_counterpart():
    text = (
        "Minister Lama meets Indian counterpart\n\n"
        "KATHMANDU, 29 March 2022 – Foreign Affairs Minister Pema Lama on Tuesday held a "
        "meeting with his Indian counterpart Arvind Rao on the sidelines of the summit. The "
        "minister is in Sri Lanka for the summit.\n\n"
        "The two discussed India's power trade.\n\n"
        "Meanwhile, India's Minister for External Affairs Rao said the meeting focused on "
        "India's connectivity.\n"
    )
    a = parse_article(text, published="2022-03-29")
    assert (person(a, "Pema Lama").country, person(a, "Arvind Rao").country) == ("NP", "IN")


def test_two_leaders_who_spoke_privately_met():
    text = (
        "Leaders meet on trade\n\n"
        "MEXICO CITY — Chile's president-elect has met with Mexico's president.\n\n"
        "Chilean President-elect Tomás Olivares and Mexican President Rosa Quintero spoke "
        "privately at the National Palace in Mexico City on Monday.\n"
    )
    a = parse_article(text, published="2019-11-04")
    talks = meeting_with(a, "Tomás Olivares", "Rosa Quintero")
    assert (talks.date, talks.location) == ("2019-11-04", "Mexico City")


def test_a_participle_opening_a_sentence_is_not_part_of_a_name():
    text = (
        "Ministers speak by phone\n\n"
        "Foreign Minister Han Ji-ho of South Korea held a phone call with his Japanese "
        "counterpart, Aiko Tanabe. Congratulating Han on his appointment, Tanabe thanked the "
        "Seoul government for its help.\n"
    )
    a = parse_article(text, published="2024-01-19")
    assert sorted(p.name for p in a.people) == ["Aiko Tanabe", "Han Ji-ho"]


def test_a_photo_source_after_a_caption_names_nobody():
    text = (
        "Prime minister makes first calls\n\n"
        "Estonian Prime Minister Mart Kask held a phone call with Finland's Prime Minister Eero "
        "Laine on Tuesday.\n\n"
        "Eero Laine. Source: Anna Tamm/ERR\n"
    )
    a = parse_article(text, published="2024-07-24")
    assert sorted(p.name for p in a.people) == ["Eero Laine", "Mart Kask"]


def test_two_phone_calls_to_two_leaders_are_one_call_each():
    text = (
        "Prime minister makes first calls\n\n"
        "Estonian Prime Minister Mart Kask made his first two official phone calls to President "
        "of Ukraine Oleh Bondar and Finland's Prime Minister Eero Laine.\n"
    )
    a = parse_article(text, published="2024-07-24")
    assert sorted(sorted(m.participants) for m in a.meetings) == [
        ["Eero Laine", "Mart Kask"],
        ["Mart Kask", "Oleh Bondar"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessive only qualifies the noun after it
        "The talks between Foreign Minister Ana Ruiz of Peru and Chile's Foreign Minister Luis "
        "Vera, planned for Monday, were postponed at Santiago's request.",
        # a regional adjective
        "Foreign Minister Ana Ruiz of Peru met Chile's Foreign Minister Luis Vera on Monday to "
        "strengthen ties in the South American region.",
        # "Secretary-level": a kind of meeting, not a place
        "Foreign Minister Ana Ruiz of Peru met Chile's Foreign Minister Luis Vera on Monday in "
        "the Secretary-level meeting.",
    ],
)
def test_words_that_only_qualify_a_noun_are_no_meeting_place(sentence):
    a = parse_article(f"Ministers meet\n\n{sentence}\n", published="2024-05-10")
    assert meeting_with(a, "Ana Ruiz", "Luis Vera").location is None


def test_the_presidents_agreeing_to_meet_again_are_the_ones_who_met():
    text = (
        "Presidents meet\n\n"
        "Chilean President Tomas Arce held talks with Argentina's President Raul Mendez on "
        "Wednesday. During a five-hour meeting the presidents agreed to meet again in coming "
        "weeks to outline a border plan.\n"
    )
    a = parse_article(text, published="2024-05-10")
    again = [m for m in a.meetings if m.status == "planned"]
    assert [sorted(m.participants) for m in again] == [["Raul Mendez", "Tomas Arce"]]


@pytest.mark.parametrize("when", ["last evening", "on Sunday", "yesterday"])
def test_speaking_with_someone_at_a_time_of_day_is_a_talk(when):
    text = (
        "Leaders talk\n\n"
        f"Serbian President Marko Ilic spoke {when} with Hungarian Prime Minister Gabor Kis.\n"
    )
    a = parse_article(text, published="2025-10-27")
    assert [sorted(m.participants) for m in a.meetings] == [["Gabor Kis", "Marko Ilic"]]


def test_sentences_glued_without_a_space_are_read_apart():
    text = (
        "Minister received\n\n"
        "Ties with Laos come first, Vietnamese Prime Minister Tran Van Long has said.He held a "
        "reception for Lao Foreign Minister Somphone Vilay, who is in Vietnam for annual "
        "consultations.Prime Minister Long praised the ties.\n"
    )
    a = parse_article(text, published="2017-12-06")
    m = meeting_with(a, "Tran Van Long", "Somphone Vilay")
    assert m.location == "Vietnam"
    assert m.evidence[0].startswith("He held a reception")


def test_an_initial_glued_to_a_name_does_not_end_the_sentence():
    text = (
        "Ministers meet\n\n"
        "Mongolian Deputy Prime Minister Ts.Batbayar met Russian Minister of Energy Oleg Popov "
        "in Ulaanbaatar on Monday.\n"
    )
    a = parse_article(text, published="2024-06-20")
    assert [sorted(m.participants) for m in a.meetings] == [["Oleg Popov", "Ts.Batbayar"]]


def test_two_leaders_opening_a_sentence_agree_to_meet():
    text = (
        "Leaders talk\n\n"
        "Turkey's President Kemal Aksoy had a phone conversation with U.S. President John Reed "
        "on Saturday. Two leaders, said a statement by the presidential press office, agreed to "
        "hold a private meeting during the UN General Assembly in New York later this month.\n"
    )
    a = parse_article(text, published="2017-09-09")
    planned = [m for m in a.meetings if m.status == "planned"]
    assert [(sorted(m.participants), m.location) for m in planned] == [
        (["John Reed", "Kemal Aksoy"], "New York")
    ]


def test_speaking_for_an_hour_dates_the_call_told_before():
    text = (
        "Ministers talk\n\n"
        "Foreign Minister Lee Min-ho held a phone call with his Japanese counterpart Sato "
        "Hiroshi. Lee and Sato spoke for over 30 minutes on Tuesday afternoon to discuss ties.\n"
    )
    a = parse_article(text, published="2024-01-19")
    assert [(m.mode, m.date) for m in a.meetings] == [("call", "2024-01-16")]


def test_an_also_after_the_meeting_it_names_is_the_talks_own():
    text = (
        "Virtual meeting\n\n"
        "South Korean Foreign Minister Park Ji-won held a virtual meeting on Wednesday with the "
        "top diplomats of five countries. In the meeting chaired by U.S. Secretary of State "
        "Mark Dunn, the ministers also discussed travel rules.\n"
    )
    a = parse_article(text, published="2020-05-14")
    assert [sorted(m.participants) for m in a.meetings] == [["Mark Dunn", "Park Ji-won"]]


def test_an_opening_phrase_before_he_keeps_the_visitor_in_the_meeting():
    text = (
        "Official visit\n\n"
        "Kenyan President Daniel Mwangi arrived in Kigali on Thursday. At the airport, he was "
        "met by Rwandan President Eric Habimana.\n"
    )
    a = parse_article(text, published="2021-06-11")
    assert [sorted(m.participants) for m in a.meetings] == [["Daniel Mwangi", "Eric Habimana"]]


def test_the_city_a_visitor_arrived_in_places_the_talks_told_after():
    text = (
        "Official visit\n\n"
        "Kenyan President Daniel Mwangi arrived in Kigali on Thursday for a two-day visit. "
        "He held talks with Rwandan President Eric Habimana on Friday. Mwangi is to visit a "
        "tea estate on Saturday.\n"
    )
    a = parse_article(text, published="2021-06-12")
    held = [m for m in a.meetings if len(m.participants) == 2]
    assert [(m.date, m.location) for m in held] == [("2021-06-11", "Kigali")]


def test_a_building_named_with_its_city_is_the_venue():
    text = (
        "Special message\n\n"
        "President Daniel Mwangi on Thursday received Angolan Special Envoy Pedro Costa "
        "Almeida at State House, Nairobi.\n"
    )
    a = parse_article(text, published="2022-05-06")
    assert [m.location for m in a.meetings] == ["State House, Nairobi"]


def test_hosted_her_names_the_visitor_told_before():
    text = (
        "State visit\n\n"
        "Ethiopian President Almaz Tesfaye arrived in Nairobi on Monday. President Daniel "
        "Mwangi hosted her at State House, where discussions took place on trade.\n"
    )
    a = parse_article(text, published="2021-03-09")
    assert [sorted(m.participants) for m in a.meetings] == [["Almaz Tesfaye", "Daniel Mwangi"]]


def test_a_trips_plan_told_done_the_same_day_is_one_held_meeting():
    text = (
        "State visit\n\n"
        "Ethiopian President Almaz Tesfaye travelled to Kenya on Monday for a one-day tour that "
        "will see her hold talks with President Daniel Mwangi. Mr Mwangi hosted her at State "
        "House in Nairobi, where discussions took place on trade.\n"
    )
    a = parse_article(text, published="2021-03-09")
    assert [(m.status, m.date, m.location) for m in a.meetings] == [
        ("held", "2021-03-08", "Nairobi")
    ]


def test_a_trip_put_off_in_an_after_clause_does_not_cancel_the_call():
    text = (
        "Video call\n\n"
        "German Foreign Minister Anna Berg and her Chinese counterpart Li Wen held a video call "
        "on Monday, days after Berg postponed a planned trip to Beijing amid a dispute.\n"
    )
    a = parse_article(text, published="2025-11-03")
    assert [(m.mode, m.status, m.date) for m in a.meetings] == [("virtual", "held", "2025-11-03")]


def test_a_visit_called_off_is_kept_beside_the_meeting_held_instead():
    text = (
        "Video conference\n\n"
        "Foreign Minister Karim Rahman of Bangladesh and Maldives Foreign Minister Ali Naseem "
        "held a virtual meeting on Wednesday. The virtual meeting was arranged after Naseem's "
        "planned visit to Dhaka earlier this week was called off.\n"
    )
    a = parse_article(text, published="2025-11-05")
    assert sorted((m.status, m.location) for m in a.meetings) == [
        ("cancelled", "Dhaka"),
        ("held", None),
    ]


def test_photo_credits_after_a_caption_are_not_people():
    text = (
        "Talks in Berlin\n\n"
        "Chancellor Angela Merkel met Polish Prime Minister Mateusz Morawiecki at the chancellery "
        "in Berlin on Friday for talks on energy, migration, the European Union budget and the "
        "Nord Stream pipeline. dpa via AP Karl Lindner\n\n"
        "Morawiecki was in Berlin for a one-day visit. ( AAP: Tom Hollis )\n"
    )
    a = parse_article(text, published="2018-02-16")
    names = {p.name for p in a.people}
    assert "Karl Lindner" not in names and "Tom Hollis" not in names
    assert {"Angela Merkel", "Mateusz Morawiecki"} <= names


@pytest.mark.parametrize(
    ("second", "country"),
    [
        ("Maldives Foreign Minister Ali Naseem", "MV"),
        ("Maldivian Foreign Minister Ali Naseem", "MV"),
    ],
)
def test_a_title_opening_after_of_country_and_serves_its_own_country(second, country):
    text = (
        f"Talks\n\nForeign Minister Karim Rahman of Bangladesh and {second} held talks on Monday.\n"
    )
    a = parse_article(text, published="2025-11-05")
    served = {p.name: p.country for p in a.people}
    assert served == {"Karim Rahman": "BD", "Ali Naseem": country}


def test_a_capitals_other_spelling_in_the_dateline_gives_the_home_side():
    text = (
        "Talks in Brussels\n\n"
        "Addis Abeba February 16/2022 /ENA/Prime Minister Dawit Bekele, who is in Brussels to "
        "take part in the summit, held talks with European Council President Jan Peeters today.\n"
    )
    a = parse_article(text, published="2022-02-16")
    assert [(sorted(m.participants), m.countries) for m in a.meetings] == [
        (["Dawit Bekele", "Jan Peeters"], ("ET",))
    ]


def test_a_trip_put_off_in_an_opening_after_clause_does_not_cancel_the_call():
    text = (
        "Call\n\n"
        "Days after Anna Berg postponed a trip to Beijing, German Foreign Minister Anna Berg "
        "spoke by phone with her Chinese counterpart Li Wen on Monday.\n"
    )
    a = parse_article(text, published="2025-11-03")
    assert [(m.mode, m.status) for m in a.meetings] == [("call", "held")]


def test_a_hard_wrapped_text_with_one_long_line_and_a_first_word_alone_is_rejoined():
    lines = [
        "Kremlin Press Service",
        "Russian",
        "President Ivan Sokolov and U.S. President Mark Dalton met on the sidelines of the G20 "
        "summit in China's city of",
        "Hangzhou, international news outlets reported Monday.",
        "Following",
        "the meeting, a Kremlin spokesman told journalists that",
        "the two delegations had mainly discussed trade as well as energy,",
        "the Interfax news agency reported Monday. The spokesman said",
        "the meeting took longer than planned, and that the two men spoke",
        "privately after the delegations concluded their business.",
        "Sokolov",
        "also met with British Prime Minister Jane Hollis on Sunday. At this",
        "first meeting between the two, the British prime minister said",
        "she hoped the two countries could have an open and frank dialogue",
        "despite strained relations over several questions of the region,",
        "a British official told reporters on Sunday after the meeting.",
        "The",
        "two leaders discussed security issues and the fight against terrorism,",
        "a Russian minister told reporters after the talks had ended.",
    ]
    a = parse_article("\n".join(lines) + "\n", published="2016-09-05")
    served = {p.name: p.country for p in a.people}
    assert served["Ivan Sokolov"] == "RU" and served["Mark Dalton"] == "US"
    assert ("Ivan Sokolov", "Mark Dalton") in [m.participants for m in a.meetings]


def test_a_discussion_held_with_words_between_is_a_meeting():
    text = (
        "Talks\n\n"
        "Solomon Islands Foreign Minister Peter Tavake held a fruitful bilateral discussion with "
        "the Deputy Prime Minister of Papua New Guinea, John Rani, on Wednesday in Honiara.\n"
    )
    a = parse_article(text, published="2023-08-30")
    assert [(m.participants, m.location, m.mode) for m in a.meetings] == [
        (("Peter Tavake", "John Rani"), "Honiara", "in_person")
    ]


def test_two_countries_joined_by_a_hyphen_are_no_person_when_the_second_has_two_words():
    text = (
        "Talks\n\n"
        "Maldives President Ali Waheed met Sri Lankan President Ravi Perera in Colombo on "
        "Monday. They reaffirmed their commitment to strengthen Maldives-Sri Lanka "
        "cooperation.\n"
    )
    a = parse_article(text, published="2025-11-03")
    assert {p.name for p in a.people} == {"Ali Waheed", "Ravi Perera"}


def test_a_portfolio_of_two_words_stays_in_the_title_not_the_name():
    text = (
        "Visit\n\n"
        "Fiji's Prime Minister Tomasi Vula will hold talks in Wellington with New Zealand's "
        "Minister for Climate Change Jack Morton on Monday.\n"
    )
    a = parse_article(text, published="2023-06-07")
    roles = {p.name: p.role for p in a.people}
    assert roles.get("Jack Morton") == "Minister for Climate Change"


def test_he_opening_two_sentences_stays_the_visitor_not_the_counterpart_named_between():
    text = (
        "Visit\n\n"
        "SEOUL, Aug. 25 (Yonhap) -- South Korean Foreign Minister Lee Dong-su will visit "
        "Mongolia next week, his ministry said Thursday.\n\n"
        "He plans to leave for the Mongolian capital of Ulaanbaatar on Sunday to hold talks "
        "with his counterpart, Batbayar Oyun, a ministry spokesperson said.\n\n"
        "He is also scheduled to pay a courtesy call on President Gantulga Erdene.\n"
    )
    a = parse_article(text, published="2022-08-25")
    pairs = [set(m.participants) for m in a.meetings]
    assert {"Lee Dong-su", "Gantulga Erdene"} in pairs
    assert {"Batbayar Oyun", "Gantulga Erdene"} not in pairs


def test_calls_to_counterparts_from_a_list_of_countries_are_one_call_each():
    text = (
        "Calls\n\n"
        "Egyptian Foreign Minister Karim Nassar made phone calls to counterparts from Angola, "
        "Benin and Comoros to affirm Egypt's keenness on consolidating cooperation.\n"
    )
    a = parse_article(text, published="2024-11-29")
    assert sorted((m.participants, m.countries, m.mode) for m in a.meetings) == [
        (("Karim Nassar",), ("AO", "EG"), "call"),
        (("Karim Nassar",), ("BJ", "EG"), "call"),
        (("Karim Nassar",), ("EG", "KM"), "call"),
    ]


def test_counterpart_with_a_title_keeps_the_title_and_serves_the_visited_country():
    text = (
        "Visit\n\n"
        "President Tumelo Dlamini is in Equatorial Guinea this morning for bilateral talks "
        "with his counterpart President Mateo Nsue Ondo.\n\n"
        "In 2018, South Africa and Equatorial Guinea marked 25 years of diplomatic relations.\n"
    )
    a = parse_article(text, published="2019-04-02")
    people = {p.name: (p.role, p.country) for p in a.people}
    assert people["Mateo Nsue Ondo"] == ("President", "GQ")
    [m] = a.meetings
    assert set(m.participants) == {"Tumelo Dlamini", "Mateo Nsue Ondo"}
    assert m.location == "Equatorial Guinea"


def test_place_and_day_after_an_ahead_of_aside_belong_to_the_other_event():
    text = (
        "Talks\n\n"
        "Chilean President Rodrigo Fuentes will discuss trade with Canadian Prime Minister "
        "Owen Fraser at talks in Santiago next week, ahead of their plans to attend the G20 "
        "summit in India from September 9-10.\n"
    )
    a = parse_article(text, published="2023-08-28")
    [m] = a.meetings
    assert m.location == "Santiago"
    assert m.date != "2023-09-09"


def test_the_national_leader_points_back_to_the_leader_left_without_a_country():
    text = (
        "Visit\n\n"
        "President Park Min-jun will discuss expanding ties with Canadian Prime Minister "
        "Owen Fraser at talks on Wednesday.\n\n"
        "The South Korean leader is expected to fly to Tokyo afterwards.\n"
    )
    a = parse_article(text, published="2023-05-10")
    countries = {p.name: p.country for p in a.people}
    assert countries["Park Min-jun"] == "KR"
    [m] = a.meetings
    assert set(m.countries) == {"CA", "KR"}


def test_a_dateline_line_with_the_agency_after_the_date_places_the_reception():
    text = (
        "Aliyev receives Georgian minister\n\n"
        "Baku, March 6, AZERTAC\n\n"
        "President of the Republic of Azerbaijan Farid Mammadli has received a delegation "
        "led by Georgian Minister of Economy Levan Beridze.\n"
    )
    a = parse_article(text, published="2019-03-06")
    assert a.dateline == "Baku"
    assert a.outlet == "AZERTAC"
    [m] = a.meetings
    assert m.location == "Baku"
    assert m.date == "2019-03-06"


def test_the_place_where_a_ministry_speaks_is_not_where_the_meeting_is():
    text = (
        "Ministers to meet\n\n"
        "Lee Jun-ho, the South Korean minister of foreign affairs, will visit Tokyo on "
        "June 3-4 at the invitation of his Japanese counterpart, Kenta Mori.\n\n"
        "The Foreign Affairs Ministry in Seoul said Friday that a meeting between Lee and "
        "Mori is expected to take place June 3.\n"
    )
    a = parse_article(text, published="2024-05-31")
    places = {m.location for m in a.meetings}
    assert "Tokyo" in places
    assert "Seoul" not in places


def test_a_title_of_the_country_before_a_comma_gives_the_named_its_country():
    text = (
        "Presidents meet\n\n"
        "President Marco Vela received the President of the Czech Republic, Tomas Horak, "
        "on Monday in Quito.\n"
    )
    a = parse_article(text, published="2023-03-07")
    horak = next(p for p in a.people if p.name == "Tomas Horak")
    assert horak.role == "President"
    assert horak.country == "CZ"
    [m] = a.meetings
    assert m.participants == ("Marco Vela", "Tomas Horak")


def test_a_plan_in_what_was_said_after_the_talks_leaves_the_talks_held():
    text = (
        "Ministers talk\n\n"
        "Chinese Foreign Minister Li Wen in talks with his South Korean counterpart Park "
        "Soo-jin on Saturday said the two countries will work together on trade.\n"
    )
    [m] = parse_article(text, published="2021-04-04").meetings
    assert m.status == "held"
    planned = (
        "Talks\n\n"
        "South Korean Foreign Minister Park Soo-jin will hold talks with Chinese Foreign "
        "Minister Li Wen next week, officials said the day before.\n"
    )
    [m] = parse_article(planned, published="2021-04-04").meetings
    assert m.status == "planned"


def test_a_relative_named_to_say_whose_brother_someone_is_did_not_meet():
    text = (
        "Visit\n\n"
        "Ravi Perera, elder brother of Sri Lankan President Nimal Perera, met Indian Prime "
        "Minister Arjun Rao in New Delhi on Friday.\n"
    )
    [m] = parse_article(text, published="2020-02-08").meetings
    assert set(m.participants) == {"Ravi Perera", "Arjun Rao"}


def test_a_general_debate_is_an_event_not_a_person():
    text = (
        "Trip\n\n"
        "Prime Minister Tran Van Minh will lead a delegation to attend the General Debate "
        "of the session of the United Nations General Assembly and pay an official visit "
        "to Brazil from September 17-26.\n"
    )
    a = parse_article(text, published="2023-09-15")
    assert "Debate" not in {p.name for p in a.people}
    assert all("Debate" not in m.participants for m in a.meetings)


def test_the_visit_of_someone_to_a_city_places_the_meeting_it_began_with():
    text = (
        "Leaders meet\n\n"
        "The visit of the President of the Republic of Uzbekistan Aziz Karimov to Dushanbe "
        "began with a meeting with the President of the Republic of Tajikistan Rustam "
        "Nazarov.\n"
    )
    [m] = parse_article(text, published="2021-06-10").meetings
    assert m.location == "Dushanbe"


def test_an_arrival_told_just_after_the_meeting_places_it():
    text = (
        "Leaders meet\n\n"
        "Iraq's new Prime Minister Karim Hassan al-Jabouri has met with the Jordanian King "
        "Abdullah II, an official readout said on Monday.\n\n"
        "Al-Jabouri arrived in the Jordanian capital city, Amman, earlier today on the "
        "first foreign trip of his premiership.\n"
    )
    a = parse_article(text, published="2022-11-21")
    assert "Karim Hassan al-Jabouri" in {p.name for p in a.people}
    [m] = a.meetings
    assert m.location == "Amman"


def test_talks_in_the_perfect_are_held_whatever_is_expected_of_them():
    text = (
        "Leaders meet\n\n"
        "Prime Minister Amina Rahman has sat down with Sri Lankan Prime Minister Nuwan "
        "Silva in a bilateral meeting during which several deals are expected to be signed.\n"
    )
    [m] = parse_article(text, published="2021-03-20").meetings
    assert m.status == "held"


def test_a_visit_told_as_the_opening_phrase_is_an_earlier_trip_not_the_place_of_the_news():
    text = (
        "Tour ends\n\n"
        "Following his productive visit to Uzbekistan, Turkish Foreign Minister Kerem "
        "Aydemir visited Kyrgyzstan on Wednesday.\n"
    )
    news, earlier = parse_article(text, published="2021-03-10").meetings
    assert news.location == "Kyrgyzstan" and set(news.countries) == {"KG", "TR"}
    assert earlier.location == "Uzbekistan" and set(earlier.countries) == {"TR", "UZ"}


def test_someone_honoured_at_a_memorial_is_not_someone_met():
    text = (
        "Minister in Bishkek\n\n"
        "Turkish Foreign Minister Kerem Aydemir visited the Ala-Too Memorial Complex and "
        "paid respects to Bolot Osmonov, the celebrated poet, before he was received by "
        "Kyrgyz President Nurlan Abdyldaev.\n"
    )
    meetings = parse_article(text, published="2021-03-10").meetings
    assert meetings
    assert all("Bolot Osmonov" not in m.participants for m in meetings)


def test_a_dinner_together_is_a_meeting_and_a_host_s_house_is_not_a_town():
    text = (
        "Leaders dine\n\n"
        "Prime Minister Graham Whitlow and Indonesian President Adi Santoso had dinner "
        "together on Saturday night at the Whitlow residence and took a walk in Sydney's "
        "Botanical Gardens.\n"
    )
    a = parse_article(text, published="2018-03-18")
    assert "Botanical Gardens" not in {p.name for p in a.people}
    [m] = a.meetings
    assert m.participants == ("Graham Whitlow", "Adi Santoso")
    assert m.location is not None and m.location.startswith("Sydney")


def test_a_trip_of_the_one_met_told_in_a_who_clause_is_its_own_meeting():
    text = (
        "Havana, Dec 20 (ACN) Cuban President Ramon Ibarra and visiting Bahamian Premier "
        "Colin Rolle held official talks in Havana on Tuesday.\n\n"
        "Prior to the official talks, Rolle met with Prime Minister Ernesto Vidal, who "
        "visited Nassau in August to attend a regional meeting.\n"
    )
    meetings = parse_article(text, published="2022-12-20").meetings
    talks, courtesy, trip = meetings
    assert set(talks.participants) == {"Ramon Ibarra", "Colin Rolle"}
    assert set(courtesy.participants) == {"Colin Rolle", "Ernesto Vidal"}
    assert courtesy.location != "Nassau"  # the place of the other trip
    assert trip.participants == ("Ernesto Vidal",) and trip.location == "Nassau"


def test_a_guest_s_visit_told_in_a_who_clause_is_the_visit_of_the_news():
    text = (
        "Talks in Baku\n\n"
        "Azerbaijani Prime Minister Rauf Mammadli received his Georgian counterpart Levan "
        "Beridze, who visited Baku on a one-day official visit on August 31.\n"
    )
    [m] = parse_article(text, published="2016-09-01").meetings
    assert set(m.participants) == {"Rauf Mammadli", "Levan Beridze"}
    assert m.location == "Baku"


def test_the_lexicon_is_read_once_not_on_every_article():
    # the issue's "loaded once": reading config/lexicon.yaml per article made parsing ~10x slower
    from bot.parsing.lexicon import load_lexicon

    assert load_lexicon() is load_lexicon()
    parse_article("Talks\n\nPresident Ana Ruiz met Prime Minister Tomas Berg in Madrid.\n")
    assert load_lexicon() is load_lexicon()


def test_an_action_plan_agreed_in_talks_is_no_meeting_to_come():
    text = (
        "Leaders agree\n\n"
        "Mongolian Prime Minister Batbold Ganzorig and Japanese Prime Minister Kenji Arakawa "
        "agreed Friday during talks in Tokyo to accelerate efforts to draw up an action plan "
        "to strengthen bilateral ties.\n\n"
        "During a joint news conference after their meeting, Arakawa called Mongolia a "
        "strategic partner.\n"
    )
    [m] = parse_article(text, published="2016-11-25").meetings
    assert m.status == "held"
    assert m.location == "Tokyo"
    assert set(m.participants) == {"Batbold Ganzorig", "Kenji Arakawa"}


def test_the_phone_talks_point_back_to_the_call_not_the_summit_planned_since():
    text = (
        "Leaders talk\n\n"
        "U.S. President Mark Holloway and Chinese President Li Zhenhua on Thursday discussed "
        "trade on the phone.\n\n"
        "Holloway said talks are moving along with meetings being scheduled at the G20 in "
        "Argentina.\n\n"
        "Xinhua said that in the phone talks, Li hoped both sides will make progress.\n\n"
        "Holloway and Li are set to hold summit talks on November 29 on the sidelines of the "
        "G20 summit in Argentina.\n"
    )
    meetings = parse_article(text, published="2018-11-02").meetings
    call = next(m for m in meetings if m.mode == "call")
    summit = next(m for m in meetings if m.status == "planned")
    assert call.status == "held" and call.date == "2018-11-01"
    assert summit.mode == "in_person" and summit.location == "Argentina"
    assert summit.date == "2018-11-29"
    assert len(meetings) == 2


def test_someone_mourned_in_the_talks_is_not_someone_met():
    text = (
        "Talks in Beijing\n\n"
        "BEIJING -- Chinese Premier Zhou Minghua held talks with his French counterpart "
        "Pierre Lemaire in Beijing on Friday.\n\n"
        "During the talks, Zhou expressed deep grief over the passing of former South "
        "African President Thabo Nkosi, who died Thursday night.\n"
    )
    meetings = parse_article(text, published="2013-12-06").meetings
    assert meetings
    assert all("Thabo Nkosi" not in m.participants for m in meetings)


def test_a_day_after_the_news_makes_a_meeting_one_to_come_or_a_saying_s_day():
    said = (
        "Talks in Beijing\n\n"
        "Chinese Premier Zhou Minghua held talks with French Prime Minister Pierre Lemaire "
        "in Beijing on Friday.\n\n"
        "At the start of the talks, Zhou said Lemaire's visit comes as the two countries are set "
        "to celebrate the 50th anniversary of their ties next year.\n"
    )
    [talks] = parse_article(said, published="2013-12-06").meetings
    assert talks.status == "held" and talks.date == "2013-12-06"
    ahead = (
        "Talks in Hanoi\n\n"
        "HANOI -- Vietnamese Foreign Minister Tran Van Long held talks in Hanoi on Monday "
        "with Indonesian Foreign Minister Dewi Kartika.\n\n"
        "The two ministers agreed to coordinate closely in preparing the sixth meeting of "
        "the Joint Commission on Bilateral Cooperation in Jakarta in 2025.\n"
    )
    meetings = parse_article(ahead, published="2024-11-04").meetings
    commission = next(m for m in meetings if m.location == "Jakarta")
    assert commission.status == "planned" and commission.date == "2025"
    assert any(m.status == "held" and m.location == "Hanoi" for m in meetings)


def test_the_meeting_with_someone_new_and_the_foreign_minister_s_own_round():
    text = (
        "Minister meets counterparts\n\n"
        "Minister of Foreign Affairs Nimal Perera met with the Minister of Foreign Affairs "
        "of Maldives Ahmed Rasheed on the sidelines of the UN General Assembly.\n\n"
        "The Foreign Minister also met the Minister of Foreign Affairs of Finland, Aino "
        "Lehtinen on the sidelines of the UN General Assembly.\n\n"
        "Perera discussed bilateral cooperation during the meeting with the Minister of "
        "State at the Federal Foreign Office of Germany, Greta Vogel.\n"
    )
    meetings = parse_article(text, published="2025-09-25").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Nimal Perera", "Ahmed Rasheed"},
        {"Nimal Perera", "Aino Lehtinen"},
        {"Nimal Perera", "Greta Vogel"},
        # the General Assembly, where the first two meetings were held
        {"Nimal Perera", "Ahmed Rasheed", "Aino Lehtinen"},
    ]


def test_calls_with_several_presidents_are_one_call_with_each():
    text = (
        "Calls\n\n"
        "ASTANA. Kazakh President Nurlan Sadykov had telephone conversations with presidents "
        "of the Russian Federation Pavel Orlov, the Republic of Uzbekistan Bakhtiyor "
        "Karimov and the Republic of Tajikistan Rustam Nazarov.\n\n"
        "During the talks with Tajikistan President Rustam Nazarov, Kazakhstan President "
        "gave a positive assessment to the current level of cooperation.\n"
    )
    a = parse_article(text, published="2020-12-30")
    assert sorted(sorted(m.participants) for m in a.meetings) == [
        ["Bakhtiyor Karimov", "Nurlan Sadykov"],
        ["Nurlan Sadykov", "Pavel Orlov"],
        ["Nurlan Sadykov", "Rustam Nazarov"],
    ]
    assert all(m.mode == "call" for m in a.meetings)
    nazarov = next(p for p in a.people if p.name == "Rustam Nazarov")
    assert nazarov.role == "President" and nazarov.country == "TJ"


def test_people_sit_in_on_the_talks_not_on_the_call_told_since():
    text = (
        "Talks in Hanoi\n\n"
        "HANOI -- Vietnamese Foreign Minister Tran Van Long held talks in Hanoi on Monday "
        "with Indonesian Foreign Minister Dewi Kartika.\n\n"
        "Long welcomed Kartika, saying the visit builds on their phone conversation last "
        "month.\n\n"
        "Also attending the talks were Deputy Foreign Minister Pham Thu Ha and Indonesian "
        "Ambassador Budi Santoso.\n"
    )
    meetings = parse_article(text, published="2024-11-04").meetings
    talks = next(m for m in meetings if m.location == "Hanoi")
    assert {"Pham Thu Ha", "Budi Santoso"} <= set(talks.participants)
    call = next(m for m in meetings if m.mode == "call")
    assert "Pham Thu Ha" not in call.participants


def test_a_trip_due_this_week_for_talks_is_its_own_plan():
    text = (
        "Call instead\n\n"
        "German Foreign Minister Anna Richter and her Chinese counterpart Wang Lei held a "
        "video call on Monday.\n\n"
        "Richter had been due to travel to Beijing this week for talks with Wang.\n"
    )
    meetings = parse_article(text, published="2025-11-03").meetings
    assert len(meetings) == 2
    assert any(m.location == "Beijing" and m.mode == "in_person" for m in meetings)


def test_a_side_s_minister_who_speaks_of_a_meeting_told_without_names_joins_it():
    text = (
        "Ministers meet\n\n"
        "Foreign and defense ministers from Estonia, Latvia, Lithuania and Poland met in "
        "Latvia on Monday to discuss security.\n\n"
        "Lithuanian foreign minister Jonas Petrauskas called the meeting unprecedented and "
        "said it was useful to talk with the ministers of defense too.\n\n"
        "The talks were held on the sidelines of the Heart of Europe Process conference.\n"
    )
    a = parse_article(text, published="2021-09-13")
    [m] = a.meetings
    assert m.participants == ("Jonas Petrauskas",)
    assert set(m.countries) == {"EE", "LT", "LV", "PL"}
    assert "Heart of Europe Process" not in {p.name for p in a.people}


_LEAD = (
    "Foreign Minister Imran Qazi held talks with his Chinese counterpart Tang Wei in "
    "Beijing on Wednesday"
)
_MORE = "The two sides agreed to speed up work on the rail link, officials said."


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # a sign-off after the last sentence, by dash or in brackets
        (f"{_LEAD}.\n\n{_MORE} - Bernama\n", "Bernama"),
        (f"{_LEAD}.\n\n{_MORE} (KUNA)\n", "KUNA"),
        (f"{_LEAD}.\n\n{_MORE} (Ruvuma Gazette)\n", "Ruvuma Gazette"),
        (f"{_LEAD}.\n\n{_MORE}\n\n—IANS\n", "IANS"),
        # a credit line above the story
        (
            f"Press Release: Inside Government Tonga\n\n{_LEAD}.\n\n{_MORE}\n",
            "Inside Government Tonga",
        ),
        (f"[Source: RNZ]\n\n{_LEAD}.\n\n{_MORE}\n", "RNZ"),
        (f"Reuters Mexico City\nUpdated: 20-09-2019 18:51 IST\n\n{_LEAD}.\n\n{_MORE}\n", "Reuters"),
        (f"Horn Radio (Mogadishu)\n\n{_LEAD}.\n\n{_MORE}\n", "Horn Radio"),
        # the lead's opening: a dated bracket, a syndicator's tag, the agency itself
        (
            f"RIYADH, (Gulf Point News / WAM - 02nd Apr, 2020) {_LEAD}.\n\n{_MORE}\n",
            "WAM",
        ),
        (f"(MENAFN- Vardar Wire) SKOPJE -- {_LEAD}.\n\n{_MORE}\n", "Vardar Wire"),
        (f"BALKANPRESS.COM - {_LEAD}.\n\n{_MORE}\n", "BALKANPRESS.COM"),
        (f"TAIPEI (Formosa News) — {_LEAD}.\n\n{_MORE}\n", "Formosa News"),
        (f"YEREVAN, SEPTEMBER 8, ARMENPRESS. {_LEAD}.\n\n{_MORE}\n", "Armenpress"),
        # the agency named as the story's reporter, in the present tense
        (f"{_LEAD}, Trend reports.\n\n{_MORE}\n", "Trend"),
    ],
)
def test_an_agencys_own_credit_in_its_many_forms_is_the_outlet(page, outlet):
    assert parse_article(page).outlet == outlet


@pytest.mark.parametrize(
    "page",
    [
        f"{_LEAD}, Reuters reported.\n\n{_MORE}\n",  # a paper citing an agency
        f"{_LEAD}.\n\nPhoto caption: the ministers at the talks. (SRE)\n\n{_MORE}\n",
        f"{_LEAD}.\n\n{_MORE}\n\n-ENDS-\n",
        f"{_LEAD}.\n\nUSA\n\n{_MORE}\n",
        f"{_LEAD}.\n\n{_MORE}\n\nBBC recommends\n",
        f"Download our App\n\n{_LEAD}.\n\n{_MORE}\n",
        f"UN – {_LEAD}.\n\n{_MORE}\n",  # an organisation opening the lead
        f"(REFILE-Corrects spelling in paragraph 3) {_LEAD}.\n\n{_MORE}\n",
        f"Former President Omar Diallo (2010 - Present) said the talks would go on.\n\n{_MORE}\n",
        f"Press Release: Minister announces new funding for schools\n\n{_LEAD}.\n\n{_MORE}\n",
    ],
)
def test_initials_a_citation_or_an_end_mark_credit_no_outlet(page):
    assert parse_article(page).outlet is None


def test_an_agency_only_named_as_the_reporter_gives_no_home_to_bare_titles():
    # a bureau's story: the foreign secretary is not the agency's country's official
    page = (
        "Foreign Secretary Alan Pembury met Foreign Minister Claire Dumas of France in "
        "Paris on Friday, APA's London correspondent reports.\n\n"
        "The two ministers discussed support for Ukraine, officials said.\n"
    )
    article = parse_article(page, published="2022-07-01")
    assert article.outlet == "APA"
    pembury = next(p for p in article.people if p.name == "Alan Pembury")
    assert pembury.country != "AZ"
    assert "AZ" not in article.meetings[0].countries


def test_a_story_about_an_outlet_keeps_its_headline_and_the_sites_banner():
    about = (
        "BBC News\n\nCNN, Fox News spar over debate ratings\n\n"
        "Al Jazeera – the Qatar-based broadcaster – said on Monday that its reporters "
        "would cover the talks between the two foreign ministers.\n\n"
        "Overall, 35 people – mostly reporters – were accredited for the talks.\n"
    )
    article = parse_article(about)
    assert article.outlet == "BBC News"
    assert article.title == "CNN, Fox News spar over debate ratings"
    assert article.dateline is None  # "Overall, 35 people –" is no dateline


def test_a_wish_voiced_during_a_call_keeps_the_call():
    # the readiness is what they said in the call; the call itself was held
    page = (
        "Hungarian Foreign Minister Pal Vardai and Chile's new Foreign Minister Rosa Quilodran "
        "reaffirmed their readiness to deepen cooperation during a phone conversation on "
        "Friday, the ministry said.\n"
    )
    article = parse_article(page, published="2024-03-08")
    assert [(m.participants, m.mode, m.status, m.date) for m in article.meetings] == [
        (("Pal Vardai", "Rosa Quilodran"), "call", "held", "2024-03-08")
    ]


def test_a_dateline_bracket_with_its_credit_and_date_gives_place_day_and_outlet():
    page = (
        "LIMA (UrduPoint News / Sputnik - 09th June, 2023) Peruvian Foreign Minister Rosa "
        "Quilodran met Chilean Foreign Minister Tomas Arredondo on Friday.\n"
    )
    article = parse_article(page)
    assert (article.dateline, article.published, article.outlet) == (
        "LIMA",
        "2023-06-09",
        "Sputnik",
    )
    assert article.meetings[0].date == "2023-06-09"


def test_a_parliament_named_by_its_own_name_gives_its_speakers_country():
    page = (
        "Ghanaian President Kofi Mensah met Russian Prime Minister Ivan Dorokhov, Federation "
        "Council Speaker Olga Severina and State Duma Chairman Pavel Lyubimov in Moscow on "
        "Tuesday.\n"
    )
    people = {p.name: p for p in parse_article(page, published="2024-05-10").people}
    assert (people["Olga Severina"].country, people["Olga Severina"].org) == (
        "RU",
        "Federation Council",
    )
    assert people["Pavel Lyubimov"].country == "RU"


def test_a_given_name_cut_to_its_initial_is_the_same_person():
    page = (
        "Russian Foreign Minister Ivan Dorokhov held talks with Turkish Foreign Minister "
        "Abdurrahman Kaplan in Moscow on Friday. Dorokhov congratulated A. Kaplan on his "
        "appointment. S. Kaplan, a business leader, also spoke.\n"
    )
    names = [p.name for p in parse_article(page, published="2024-05-10").people]
    assert [n for n in names if n.endswith("Kaplan")] == ["Abdurrahman Kaplan", "S. Kaplan"]


def test_a_name_first_told_by_its_initial_takes_the_full_name_told_later():
    page = (
        "A. Kaplan met Greek Foreign Minister Nikos Pappas. Turkish Foreign Minister "
        "Abdurrahman Kaplan held talks with Pappas in Athens on Friday.\n"
    )
    names = [p.name for p in parse_article(page, published="2024-05-10").people]
    assert [n for n in names if n.endswith("Kaplan")] == ["Abdurrahman Kaplan"]


def test_a_wish_for_a_meeting_during_the_next_summit_is_no_meeting_held():
    page = (
        "Hungarian Foreign Minister Pal Vardai and Chilean Foreign Minister Rosa Quilodran "
        "confirmed their readiness to sign the roadmap during the next summit in Budapest, "
        "the ministry said.\n"
    )
    article = parse_article(page, published="2024-03-08")
    assert all(m.status != "held" for m in article.meetings)


def test_a_dated_bracket_that_credits_no_outlet_dates_nothing():
    page = (
        "Rosa Quilodran (file photo, May 28, 2023) Peruvian Foreign Minister Rosa Quilodran "
        "met Chilean Foreign Minister Tomas Arredondo in Lima on Friday.\n"
    )
    assert parse_article(page).published != "2023-05-28"


def test_compound_initials_stay_one_token_for_tokens_and_sentences_alike():
    text = "a Japan-U.S. Foreign talk, a Japan\u2011U.S. one and Korea-U.S.-Japan talks. Next."
    assert tokenize(text) == TOKEN_RE.findall(text)
    assert "Japan-U.S." in tokenize(text) and "Korea-U.S.-Japan" in tokenize(text)
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("They were drawn in Group-B. Japan won.")) == 2


def test_a_meeting_they_last_had_is_not_the_videoconference_after_todays_talks():
    page = (
        "Astana, 14 May 2025 – Minister of Foreign Affairs of Kazakhstan Arman Seitkali "
        "held talks with Minister of Foreign Affairs of Uzbekistan Otabek Nazarov in Astana.\n\n"
        "The ministers noted that they last met in April in Antalya.\n\n"
        "Following the talks, A. Seitkali and O. Nazarov held a trilateral videoconference "
        "with Minister of Foreign Affairs of Turkmenistan Merdan Atayev on railway tariffs.\n"
    )
    meetings = parse_article(page).meetings
    trilateral = next(m for m in meetings if "Merdan Atayev" in m.participants)
    assert trilateral.mode == "virtual"
    assert trilateral.date != "2025-04"
    assert any(m.date == "2025-04" and len(m.participants) == 2 for m in meetings)


def test_a_title_of_the_united_kingdom_after_the_name_is_read():
    page = (
        "French Foreign Minister Jean Dupont met Alan Pembury, Foreign Minister of the "
        "United Kingdom, in Paris on Friday.\n"
    )
    pembury = next(
        p for p in parse_article(page, published="2024-05-10").people if p.name == "Alan Pembury"
    )
    assert (pembury.role, pembury.country) == ("Foreign Minister", "GB")


def test_a_compound_with_initials_neither_splits_the_sentence_nor_hides_its_sides():
    page = (
        "On January 21, Minister for Foreign Affairs Kenji Morita held a Japan-U.S. Foreign "
        "Ministers' telephone talk with Secretary of State Alan Pembury.\n"
    )
    article = parse_article(page, published="2019-01-21")
    assert [(m.participants, sorted(m.countries), m.mode) for m in article.meetings] == [
        (("Kenji Morita", "Alan Pembury"), ["JP", "US"], "call")
    ]


def _person(page: str, name: str, published: str = "2024-05-10"):
    found = [p for p in parse_article(page, published=published).people if p.name == name]
    assert found, f"{name} not found"
    return found[0]


def test_a_country_between_a_title_and_a_full_name_is_the_country_not_a_given_name():
    page = (
        "A telephone conversation took place today between President Uzbekistan Bakhtiyor "
        "Yuldashev and President of Kazakhstan Nurlan Abenov.\n"
    )
    article = parse_article(page, published="2024-05-10")
    assert [m.participants for m in article.meetings] == [("Bakhtiyor Yuldashev", "Nurlan Abenov")]
    assert _person(page, "Bakhtiyor Yuldashev").country == "UZ"


def test_a_country_that_is_also_a_given_name_still_opens_a_name():
    page = (
        "Defence Minister Israel Levin Visits Kyiv\n\n"
        "Defence Minister Israel Levin met the press.\n"
    )
    assert _person(page, "Israel Levin").role == "Defence Minister"


def test_styles_of_two_and_three_words_between_a_title_and_its_name_keep_the_title():
    page = (
        "The President of Cuba, Raul Medina, received the President of the Republic of Ghana, "
        "His Excellency Mr. Kofi Mensah Boateng, on an official visit on Thursday. He later met "
        "the King of Bahrain, His Royal Highness Salman Al Khalifa, in Havana.\n"
    )
    person = _person(page, "Kofi Mensah Boateng")
    assert (person.role, person.country) == ("President", "GH")
    prince = _person(page, "Salman Al Khalifa")
    assert (prince.role, prince.country) == ("King", "BH")


def test_an_ambassador_in_a_country_serves_the_state_that_sent_him():
    page = (
        "The visitor was accompanied by Ghana's ambassador in Cuba, Kwame Asante, and by "
        "the Cuban foreign minister.\n"
    )
    person = _person(page, "Kwame Asante")
    assert (person.role, person.country) == ("ambassador in Cuba", "GH")


def test_a_title_in_an_opening_phrase_is_not_the_title_of_the_clauses_subject():
    page = (
        "Oleh Marchuk said on Monday that talks would go on.\n\n"
        "During the meeting with the Czech minister in Kyiv, Marchuk noted the progress.\n\n"
        "Secretary of State Alan "
        "Pembury arrived in Accra. After meeting the president in Ghana, Pembury said the "
        "talks went well.\n"
    )
    marchuk = _person(page, "Oleh Marchuk")
    assert (marchuk.role, marchuk.country) == (None, None)
    pembury = _person(page, "Alan Pembury")
    assert (pembury.role, pembury.country) == ("Secretary of State", "US")


def test_a_name_from_a_country_serves_that_country_unless_something_came_from_it():
    page = (
        "The report was led by former ministers Liisa Halonen from Finland and Tarmo Kask "
        "from Estonia.\n"
    )
    assert (_person(page, "Liisa Halonen").country, _person(page, "Tarmo Kask").country) == (
        "FI",
        "EE",
    )
    page = "Messages reached Reza Karimi from Qatar and Kuwait on Monday.\n"
    assert _person(page, "Reza Karimi").country != "QA"


def test_a_verb_after_the_comma_opens_a_clause_not_a_title():
    page = (
        "The President of Cuba, Raul Medina, Thursday afternoon received the President of "
        "Ghana, Kofi Mensah Boateng, in Havana.\n\nThe Prime Minister of Cuba, Ana Soler, "
        "yesterday hosted the Foreign Minister of Ghana, Ama Owusu.\n"
    )
    person = _person(page, "Raul Medina")
    assert (person.role, person.country) == ("President", "CU")
    soler = _person(page, "Ana Soler")
    assert (soler.role, soler.country) == ("Prime Minister", "CU")


def test_a_ruler_styled_amir_sheikh_is_found_but_amir_alone_stays_a_given_name():
    page = (
        "KUWAIT, April 9 -- His Highness the Amir Sheikh Faisal Al-Hamad Al-Sabah received "
        "Tuesday evening a telephone call from Qatar's Amir Sheikh Khalid bin Hamad Al-Thani.\n"
    )
    article = parse_article(page, published="2024-04-09")
    assert [(m.participants, m.mode) for m in article.meetings] == [
        (("Faisal Al-Hamad Al-Sabah", "Khalid bin Hamad Al-Thani"), "call")
    ]
    page = "High Commissioner Amir Sheikh Rahman met the press in Dhaka on Monday.\n"
    assert _person(page, "Amir Sheikh Rahman").role == "High Commissioner"


def test_a_feast_is_no_one_but_a_family_name_eid_is_kept():
    page = (
        "President Omar Haddad congratulated Prime Minister Bassem Eid on Eid al-Fitr in a "
        "phone call on Tuesday.\n"
    )
    assert sorted(p.name for p in parse_article(page, published="2024-04-09").people) == [
        "Bassem Eid",
        "Omar Haddad",
    ]


def test_one_who_acts_on_a_countrys_behalf_serves_it_but_not_the_one_thanked():
    page = (
        "President Kofi Mensah held talks with Peruvian President Dina Arce in Lima on "
        "Monday.\n\nThe agreements were exchanged by Ama Boateng, Minister of Foreign "
        "Affairs, Trade and Tourism, on behalf of Ghana and Rosa Quispe, Minister of "
        "Foreign Affairs, on behalf of Peru.\n"
    )
    assert _person(page, "Ama Boateng").country == "GH"
    assert _person(page, "Rosa Quispe").country == "PE"
    page = "The note was signed by Ama Boateng on behalf of Ghana in Lima on Monday.\n"
    assert _person(page, "Ama Boateng").country == "GH"
    page = "Kofi Mensah thanked President Lars Holm on behalf of Ghana for the visit.\n"
    assert _person(page, "Lars Holm").country is None  # Mensah acts, not Holm
    page = (  # a title's own country outranks whose behalf one acts on
        "Swiss Ambassador Lars Holm, on behalf of the United States, delivered a note to "
        "Iranian Foreign Minister Ali Rezai in Tehran on Monday.\n"
    )
    assert _person(page, "Lars Holm").country == "CH"


def test_a_president_on_a_state_visit_does_not_serve_the_country_visited():
    page = (
        "President Kofi Mensah, currently on a state visit to the Maldives, held talks with "
        "Maldivian President Moosa Haleem on Monday.\n\nUpon his arrival at the Maldivian "
        "Presidential Office, President Mensah was welcomed by President Haleem.\n\n"
        "The agreements will strengthen relations between the Maldives and Ghana. The "
        "Maldives hopes for more trade. Ghana sent ten ministers.\n"
    )
    assert _person(page, "Moosa Haleem").country == "MV"
    assert _person(page, "Kofi Mensah").country == "GH"


def test_a_title_then_and_then_another_countrys_title_is_two_people():
    page = (
        "THE Prime Minister and Guyanese President Dr Rafael Doyle held bilateral "
        "discussions in Paramaribo on Sunday.\n"
    )
    doyle = _person(page, "Rafael Doyle")
    assert (doyle.role, doyle.country) == ("President", "GY")
    page = "Prime Minister and Foreign Minister Ana Ruiz met the press in Lima on Monday.\n"
    assert _person(page, "Ana Ruiz").role == "Prime Minister and Foreign Minister"


def test_a_visit_they_agreed_on_is_planned_and_dated_ahead():
    page = (
        "Polish president Jan Nowicki and Czech president Petr Dvorak met in Vienna on "
        "Friday. Nowicki said that they agreed for him to visit Prague in May to discuss "
        "open issues.\n\nAt the same time, the two agreed on a working visit by the Polish "
        "president in May in Prague.\n"
    )
    article = parse_article(page, published="2018-04-28")
    assert [(m.location, m.status, m.date) for m in article.meetings] == [
        ("Vienna", "held", "2018-04-27"),
        ("Prague", "planned", "2018-05"),
    ]
    assert article.meetings[1].participants == ("Jan Nowicki", "Petr Dvorak")
    page = (  # the visit agreed on does not make the talks that agreed it a plan
        "Polish president Jan Nowicki and Czech president Petr Dvorak met in Vienna on "
        "Friday and agreed on a working visit in May.\n"
    )
    article = parse_article(page, published="2018-04-28")
    assert [(m.location, m.status) for m in article.meetings][:1] == [("Vienna", "held")]


def test_the_meeting_told_after_a_pair_agreed_is_the_pairs():
    page = (
        "Prime Minister Kenji Sato and Mongolian President Bat Dorj agreed Wednesday to "
        "cooperate on trade and security.\n\nThe meeting, held on the sidelines of an "
        "economic forum in the Russian port city of Vladivostok, is the leaders' first.\n"
    )
    article = parse_article(page, published="2017-09-07")
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Kenji Sato", "Bat Dorj"), "Vladivostok"),
        (("Kenji Sato", "Bat Dorj"), "Vladivostok"),  # the forum both attended
    ]
    page = (  # two of one government, named together, have not met each other
        "Japanese Prime Minister Kenji Sato and Japanese Foreign Minister Taro Ito spoke to "
        "reporters on Sunday.\n\nThe meeting, held on the sidelines of an economic forum in "
        "Vladivostok, was the first.\n"
    )
    article = parse_article(page, published="2017-09-07")
    assert ("Kenji Sato", "Taro Ito") not in [m.participants for m in article.meetings]


def test_a_dateline_with_its_month_in_lower_case_or_a_spaced_comma_dates_the_page():
    page = (
        "JAKARTA, 18 july 2022 (TATOLI) – Minister of Foreign Affairs of Timor-Leste, Ana "
        "Belo, had a courtesy meeting with her Indonesian counterpart Siti Rahayu.\n"
    )
    article = parse_article(page)
    assert (article.published, article.dateline) == ("2022-07-18", "JAKARTA")
    page = (
        "BRIDGETOWN, Barbados, September 8 , 2016 (CMC) — Barbados Prime Minister Owen "
        "Clarke held talks with Jamaican Prime Minister Neville Grant on Wednesday.\n"
    )
    article = parse_article(page)
    assert (article.published, article.dateline) == ("2016-09-08", "BRIDGETOWN, Barbados")
    assert article.meetings[0].date == "2016-09-07"


def test_a_country_dateline_named_as_its_capital_places_the_lead():
    page = (
        "Kuwait: Kuwait's Foreign Minister Sheikh Nasser Al-Hamad on Thursday received his "
        "Omani counterpart Salim Al-Harthy, holding talks on bilateral relations.\n"
    )
    article = parse_article(page, published="2024-03-08")
    assert article.dateline == "Kuwait"
    assert [(m.location, m.status) for m in article.meetings] == [("Kuwait City", "held")]
    # a headline's country before a colon is not a dateline
    article = parse_article("Ukraine: Ivan Petrenko meets Polish President Jan Nowak\n")
    assert article.dateline is None


def test_one_who_phoned_another_held_a_call():
    page = (
        "His Majesty Sultan Faisal Bin Tarik of Oman today phoned Sheikh Jaber Al Ahmed, "
        "Emir of the State of Kuwait.\n"
    )
    article = parse_article(page, published="2020-01-05")
    assert [(m.participants, m.countries, m.mode, m.date) for m in article.meetings] == [
        (("Faisal Bin Tarik", "Jaber Al Ahmed"), ("KW", "OM"), "call", "2020-01-05")
    ]


def test_the_most_recent_meeting_between_two_is_another_than_todays():
    page = (
        "Prime Minister Arjun Rao and Nepal Prime Minister Hari Thapa met at Hyderabad House "
        "in Delhi. The most recent meeting between Rao and Thapa took place on November 2, "
        "2021, on the sidelines of COP 26 in Glasgow.\n"
    )
    article = parse_article(page, published="2022-04-02")
    assert [(m.location, m.date) for m in article.meetings] == [
        ("Delhi", "2022-04-02"),
        ("Glasgow", "2021-11-02"),
    ]


def test_the_taoiseach_is_irelands_head_of_government():
    page = "Taoiseach Sean Kelly met Spain's Prime Minister Pablo Ortega in Madrid on Monday.\n"
    kelly = _person(page, "Sean Kelly")
    assert (kelly.role, kelly.country) == ("Taoiseach", "IE")


def test_a_name_between_a_and_a_noun_names_a_thing_not_a_person():
    page = (
        "Spain's Prime Minister Pablo Ortega once attended a Shamrock Rovers match, he told "
        "Taoiseach Sean Kelly at their meeting. A Palacio San Martín statement said so.\n"
    )
    names = [p.name for p in parse_article(page, published="2018-06-15").people]
    assert names == ["Pablo Ortega", "Sean Kelly"]


def test_a_plan_dated_by_month_and_day_falls_in_the_year_ahead():
    page = (
        "Indian Prime Minister Arjun Rao will meet Nepal Prime Minister Hari Thapa in Delhi "
        "on January 8.\n"
    )
    article = parse_article(page, published="2023-12-28")
    assert [(m.date, m.status) for m in article.meetings] == [("2024-01-08", "planned")]


def test_the_day_of_the_event_a_meeting_was_held_ahead_of_is_not_its_own():
    page = (
        "Prime Minister Tom Kila and Fijian Prime Minister Jone Vula met at the APEC House in "
        "Port Moresby ahead of the third Forum for India-Pacific Islands Cooperation to take "
        "place on Monday May 22.\n\nVula said they are ready to take on issues by Monday "
        "when leaders meet.\n"
    )
    article = parse_article(page, published="2023-05-20")
    held = [m for m in article.meetings if m.status == "held"]
    assert [(m.participants, m.date) for m in held] == [(("Tom Kila", "Jone Vula"), "2023-05-20")]


def test_a_question_tells_no_meeting():
    page = (
        "President Van Long will pay a state visit to the Philippines from April 21 at the "
        "invitation of President Jose Ramos.\n\nHave the two leaders met before?\n"
    )
    article = parse_article(page, published="2026-04-14")
    assert [m.status for m in article.meetings] == ["planned"]


def test_a_bare_title_meeting_a_marked_foreigner_serves_the_other_of_two_countries():
    page = (
        "President Joseph Banda has held bilateral talks with Ethiopian Prime Minister Tesfaye "
        "Alemu on the sidelines of the African Union Assembly in Addis Ababa.\n\nThe talks "
        "were centred on trade between Zambia and Ethiopia. Ethiopian officials welcomed them. "
        "Ethiopia hopes for more. The Ethiopian capital was calm.\n"
    )
    article = parse_article(page, published="2022-02-06")
    assert _person(page, "Joseph Banda").country == "ZM"
    assert article.meetings[0].countries == ("ET", "ZM")


def test_a_capitals_name_opens_a_name_before_of_and_its_bearers_country():
    page = (
        "Foreign Ministers Pablo Ferreira of Uruguay and Santiago Rossi of Argentina met "
        "Friday in Montevideo. Ferreira and Rossi signed a treaty.\n"
    )
    article = parse_article(page, published="2023-03-18")
    assert _person(page, "Santiago Rossi").country == "AR"
    assert "CL" not in article.countries  # Santiago is his name here, not Chile's capital


def test_the_talks_that_agreed_a_summit_between_two_others_are_the_news():
    page = (
        "Foreign Ministers Pablo Ferreira of Uruguay and Santiago Rossi of Argentina Friday "
        "agreed to broker a bilateral presidential summit between Luis Castro and Alberto "
        "Gomez in April.\n\nFerreira and Rossi met Friday in Montevideo in the framework of "
        "the anniversary of the Treaty of the River Plate.\n"
    )
    article = parse_article(page, published="2023-03-18")
    assert [(m.primary, m.participants, m.status, m.date) for m in article.meetings] == [
        (True, ("Pablo Ferreira", "Santiago Rossi"), "held", "2023-03-17"),
        (False, ("Luis Castro", "Alberto Gomez"), "planned", "2023-04"),
    ]


def test_the_leaders_looking_forward_to_seeing_each_other_plan_a_meeting():
    page = (
        "Prime Minister Graham Holt today spoke by phone with Italian Prime Minister Marta "
        "Bellini. Prime Minister Bellini briefed Prime Minister Holt on last week's meeting in "
        "Rome between Italy's Minister of Foreign Affairs, Paolo Conti, and his Ukrainian "
        "counterpart, Oksana Hrytsenko. The leaders looked forward to seeing each other in "
        "person at the G7 Leaders' Summit in Kananaskis, Alberta, in June.\n"
    )
    article = parse_article(page, published="2025-03-06")
    assert [(m.participants, m.location, m.status) for m in article.meetings[1:]] == [
        (("Paolo Conti", "Oksana Hrytsenko"), "Rome", "held"),
        (("Graham Holt", "Marta Bellini"), "Kananaskis, Alberta", "planned"),
    ]


def test_the_deputy_pm_after_an_opening_word_is_the_deputy_prime_minister_told_of():
    page = (
        "Cuba's Deputy Prime Minister Ramon Diaz is carrying out a work agenda in Venezuela. "
        "Previously, the Deputy PM held a work meeting with the Venezuelan health minister, "
        "Carlos Mora.\n"
    )
    article = parse_article(page, published="2024-06-17")
    assert ("Ramon Diaz", "Carlos Mora") in [m.participants for m in article.meetings]


def test_a_visit_under_way_is_not_a_plan():
    page = (
        "Indian Prime Minister Arjun Rao and Nepal Prime Minister Hari Thapa met at Hyderabad "
        "House in Delhi. Nepal's Prime Minister is visiting India at the invitation of PM Rao.\n"
    )
    article = parse_article(page, published="2022-04-02")
    assert [(m.participants, m.status) for m in article.meetings] == [
        (("Arjun Rao", "Hari Thapa"), "held")
    ]


def test_they_who_were_met_on_arrival_are_the_visitor_and_party():
    page = (
        "Ivorian President Alain Kouame arrived yesterday with a high-powered delegation to "
        "begin a two-day state visit to Ghana.\nThey were met on arrival at the Kotoka "
        "International Airport by President Kwame Boateng and Chief of Staff, Ama Mensah.\n"
    )
    article = parse_article(page, published="2019-10-18")
    assert article.meetings[0].participants == ("Alain Kouame", "Kwame Boateng", "Ama Mensah")


def test_an_envoy_of_a_leader_is_not_the_leaders_title():
    page = (
        "Tesfaye Alemu, who is also a Special Envoy of PM Dawit Bekele, briefed the President "
        "on the current bilateral and regional peace and security affairs.\n"
    )
    assert _person(page, "Dawit Bekele").role == "PM"
    page = "The spokesperson to President Kwame Boateng, Ama Mensah, said so on Monday.\n"
    assert _person(page, "Kwame Boateng").role == "President"


def test_an_envoy_delivering_a_leaders_message_meets_its_addressee():
    page = (
        "Former Ethiopian Prime Minister Tesfaye Alemu has delivered a special message from "
        "Prime Minister Dawit Bekele to Kenyan President Joseph Kamau on Wednesday.\n"
    )
    article = parse_article(page, published="2021-01-28")
    assert [(m.participants, m.mode, m.date) for m in article.meetings] == [
        (("Tesfaye Alemu", "Joseph Kamau"), "in_person", "2021-01-27")
    ]
    page = (  # a message handed over at an audience told before is no other encounter
        "Kuwaiti Crown Prince Sheikh Fahad Al-Sabah received Iraqi Foreign Minister Haidar "
        "Hassan at Bayan Palace on Monday. Hassan conveyed greetings from Iraqi Prime "
        "Minister Ali Kadhim and handed over a written message addressed to the Amir.\n"
    )
    article = parse_article(page, published="2025-01-29")
    assert [m.participants for m in article.meetings] == [("Fahad Al-Sabah", "Haidar Hassan")]


def test_talks_told_under_a_capitals_dateline_were_held_there():
    page = (
        "TEHRAN- Iranian Parliament Speaker Reza Karimi held extensive talks with Iraqi Prime "
        "Minister Ali Hassan on Wednesday morning.\n\nPresident Omid Rad has called the visit a "
        "turning point in Iran-Iraq ties.\n"
    )
    article = parse_article(page, published="2020-07-22")
    assert [(m.location, m.mode) for m in article.meetings][:1] == [("Tehran", "in_person")]
    assert "Iran-Iraq" not in [m.location for m in article.meetings]


def test_an_invitation_after_the_meeting_word_is_a_plan_of_its_own():
    page = (
        "Pakistani Foreign Minister Imran Qadir called on Sri Lankan President Nimal Perera "
        "here on Monday and invited him to pay a visit to Islamabad at his earliest "
        "convenience.\n\nEarlier, Qadir held talks with his Sri Lankan counterpart Sunil Silva "
        'and apprised him about the "dire situation" in Kashmir.\n\nQadir termed his meeting '
        'with the Sri Lankan counterpart as "excellent" and extended an invitation to Silva '
        "to visit Islamabad.\n\nPerera extended an invitation to Qadir to visit Colombo.\n"
    )
    article = parse_article(page, published="2019-11-26")
    found = [(m.participants, m.location, m.status) for m in article.meetings]
    assert found[0] == (("Imran Qadir", "Nimal Perera"), None, "held")
    assert (("Imran Qadir", "Sunil Silva"), None, "held") in found
    assert ("Colombo", "planned") in [(m.location, m.status) for m in article.meetings]


def test_a_dateline_whose_place_ends_on_a_full_stop_dates_the_page():
    page = (
        "Belize City. January 31, 2020. This morning the Prime Minister Dean Barr received "
        "Guatemalan Foreign Minister Pedro Brolo at the Laing Building in Belize City.\n"
    )
    article = parse_article(page, published="2020-02-03")
    assert article.dateline == "Belize City"
    assert [m.date for m in article.meetings] == ["2020-01-31"]


def test_encounters_told_before_the_visitors_arrival_were_in_that_city():
    page = (
        "Pakistani Foreign Minister Imran Qadir called on Sri Lankan President Nimal Perera on "
        "Monday and discussed trade.\n\nEarlier, Qadir held talks with his Sri Lankan "
        "counterpart Sunil Silva.\n\nQadir arrived in Colombo on Sunday night on a two-day "
        "official visit to Sri Lanka.\n"
    )
    article = parse_article(page, published="2019-11-26")
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Imran Qadir", "Nimal Perera"), "Colombo"),
        (("Imran Qadir", "Sunil Silva"), "Colombo"),
    ]


def test_a_nickname_in_doubled_apostrophes_stays_inside_one_name():
    page = (
        "Japanese Prime Minister Kenji Sato arrived at Malacañang Palace on Tuesday to meet "
        "with President Ramon ''Bong'' Cruz Jr. on trade.\n"
    )
    article = parse_article(page, published="2024-10-08")
    assert [m.participants for m in article.meetings] == [("Kenji Sato", "Ramon Cruz Jr")]
    page = "The probe, dubbed 'Hope Probe', was launched, Foreign Minister Ali Saeed said.\n"
    assert [p.name for p in parse_article(page, published="2020-08-04").people] == ["Ali Saeed"]


def test_a_crown_prince_keeps_his_office_and_his_own_audience():
    page = "Saudi Crown Prince Faisal bin Nasser met Jordanian King Hamad II in Riyadh on Monday.\n"
    assert _person(page, "Faisal bin Nasser").role == "Crown Prince"
    page = (
        "KUWAIT CITY: Iraqi Foreign Minister Haidar Hassan held talks with Kuwaiti Foreign "
        "Minister Salem Al-Jaber at the ministry on Monday.\n\nOn Monday evening His Highness "
        "the Crown Prince Sheikh Fahad Al-Sabah received the Iraqi minister at Bayan Palace.\n"
    )
    article = parse_article(page, published="2025-01-28")
    assert [m.participants for m in article.meetings][:1] == [("Haidar Hassan", "Salem Al-Jaber")]
    audience = [m for m in article.meetings if "Fahad Al-Sabah" in m.participants]
    assert [m.location for m in audience] == ["Bayan Palace, Kuwait City"]


def test_a_plural_title_before_one_name_is_that_ones_title_in_the_singular():
    page = (
        "The President was accompanied by Ministers of Finance Joseph Banda and the Venezuelan "
        "heads of Health, Carlos Mora.\n"
    )
    assert _person(page, "Joseph Banda").role == "Minister of Finance"
    assert _person(page, "Carlos Mora").role == "head of Health"


def test_a_visit_over_a_span_of_days_is_dated_by_its_first():
    page = (
        "At the invitation of President Kabelo Moeng of Botswana, President Joseph Banda of "
        "Zambia will undertake a Working Visit to Kasane, Botswana from 24th to 25th January, "
        "2024.\n"
    )
    article = parse_article(page, published="2024-01-20")
    assert [(m.date, m.status) for m in article.meetings] == [("2024-01-24", "planned")]


def test_the_reviews_counter_cases_keep_their_meetings():
    def meetings(page: str) -> list[tuple]:
        article = parse_article(page, published="2024-05-10")
        return [(m.participants, m.location, m.status) for m in article.meetings]

    # a letter of credence is an audience; a letter handed over during a meeting tells it
    assert meetings(
        "Ghanaian Ambassador Kofi Mensah handed over his letter of credence to Kenyan "
        "President Joseph Kamau on Monday.\n"
    ) == [(("Kofi Mensah", "Joseph Kamau"), None, "held")]
    assert meetings(
        "Ghanaian Envoy Kofi Mensah handed over a letter to Kenyan President Joseph Kamau "
        "during their meeting in Nairobi on Monday.\n"
    ) == [(("Kofi Mensah", "Joseph Kamau"), "Nairobi", "held")]
    # a roadmap agreed on is no plan of a meeting
    assert meetings(
        "Ghanaian Foreign Minister Kofi Mensah held talks with Kenyan Foreign Minister Joseph "
        "Kamau in Nairobi on Monday, and the two agreed to prepare a roadmap.\n"
    ) == [(("Kofi Mensah", "Joseph Kamau"), "Nairobi", "held")]
    # an invitation after a comma in the meeting's own clause leaves the meeting held
    assert meetings(
        "Pakistani Foreign Minister Imran Qadir called on Sri Lankan President Nimal Perera "
        "in Colombo on Monday, and invited him to visit Islamabad.\n"
    )[:1] == [(("Imran Qadir", "Nimal Perera"), "Colombo", "held")]
    # the host of a summit between two others sits in it
    assert meetings(
        "US President John Kerr hosted a summit between Azerbaijani President Ilham Aliev and "
        "Armenian Prime Minister Nikol Pashin at the White House on Friday.\n"
    )[0][0] == ("John Kerr", "Ilham Aliev", "Nikol Pashin")
    # the Quad summit's day and place are those of a meeting held ahead of it
    assert meetings(
        "Indian Prime Minister Arjun Rao met US President John Kerr ahead of the Quad summit "
        "in Wilmington on Saturday.\n"
    ) == [(("Arjun Rao", "John Kerr"), "Wilmington", "held")]
    # rivals who must stop seeing each other have not met
    assert (
        meetings(
            "Presidents Ilham Aliev of Azerbaijan and Nikol Pashin of Armenia said their nations "
            "must stop seeing each other as rivals.\n"
        )
        == []
    )


def test_the_reviews_counter_cases_keep_their_people():
    # a talk with a compatriot ahead of a journey abroad makes no foreigner of anyone
    page = (
        "President William Otieno held talks with Kenyan opposition leader Raila Mwangi in "
        "Nairobi ahead of his visit to Uganda.\n\nKenya hopes for calm. Kenyan officials "
        "agreed. Kenya and Kenya again.\n"
    )
    assert _person(page, "William Otieno").country == "KE"
    page = "Chairman of the Joint Chiefs of Staff Mark Hill met the press on Monday.\n"
    assert _person(page, "Mark Hill").role == "Chairman of the Joint Chiefs of Staff"
    page = "Ali Hassan, retired army general, met the press on Monday.\n"
    assert _person(page, "Ali Hassan").role == "retired army general"
    page = "The EU called on Western governments and interested parties to back the plan.\n"
    assert parse_article(page, published="2024-05-10").meetings == ()


def test_more_ways_of_telling_a_meeting_read_as_before():
    article = parse_article(
        "JAKARTA, july 18 (TATOLI) – Foreign Minister Ana Belo of Timor-Leste telephoned her "
        "Indonesian counterpart Siti Rahayu. The two ministers will meet in Dili on January "
        "24-25, 2023.\n",
        published="2022-07-18",
    )
    assert article.dateline == "JAKARTA"
    assert [(m.mode, m.date, m.status) for m in article.meetings] == [
        ("call", "2022-07-18", "held"),
        ("in_person", "2023-01-24", "planned"),
    ]
    article = parse_article(
        "Ivorian President Alain Kouame arrived yesterday with a delegation to begin a state "
        "visit to Ghana.\nThey were received at the airport by President Kwame Boateng.\n",
        published="2019-10-18",
    )
    assert article.meetings[0].participants == ("Alain Kouame", "Kwame Boateng")
    article = parse_article(
        "Indian Foreign Minister Arjun Rao met Nepal's Foreign Minister Hari Thapa in "
        "Kathmandu on Monday. Rao and Thapa sign the treaty on Friday when ministers meet in "
        "Delhi.\n",
        published="2022-07-18",
    )
    assert [m.status for m in article.meetings] == ["held", "planned"]


def test_talks_with_ones_counterparts_are_one_meeting_with_each():
    page = (
        "Kazakh Foreign Minister Murat Nurlan held talks with his foreign counterparts, "
        "Spanish Foreign Minister Jose Alvarez, Latvian Foreign Minister Baiba Ozola and Polish "
        "Foreign Minister Jan Nowak, in New York on Tuesday.\n"
    )
    article = parse_article(page, published="2024-09-25")
    assert [(m.participants, m.countries) for m in article.meetings] == [
        (("Murat Nurlan", "Jose Alvarez"), ("ES", "KZ")),
        (("Murat Nurlan", "Baiba Ozola"), ("KZ", "LV")),
        (("Murat Nurlan", "Jan Nowak"), ("KZ", "PL")),
    ]


def test_the_two_ministers_are_the_two_told_of_so_far():
    page = (
        "LIMA — Peru and Ecuador agreed on Wednesday to a joint border plan after talks "
        "between Foreign Minister Rosa Quispe and her Ecuadorean counterpart at the Foreign "
        "Ministry in Lima.\nPablo Mena, Ecuador's minister of foreign affairs, arrived on "
        "Tuesday night.\nThe two ministers last met in Quito in May 2023, when Quispe "
        "travelled to the Ecuadorean capital to sign a water accord.\nMena will travel to "
        "Bogota on Monday for talks with Colombian Foreign Minister Luis Ortega.\n"
    )
    article = parse_article(page, published="2024-03-14")
    quito = [m for m in article.meetings if m.location == "Quito"]
    assert [(m.participants, m.date) for m in quito] == [
        (("Rosa Quispe", "Pablo Mena"), "2023-05"),
    ]


def test_ones_counterpart_of_a_country_is_the_one_met_before():
    page = (
        "Foreign Minister Ravi Menon on Monday called on his Ghanaian counterpart Ama Owusu "
        "for talks on trade.\nMenon will chair the third meeting of the India-Ghana Joint "
        "Commission along with his Ghanaian counterpart on Wednesday.\n"
    )
    article = parse_article(page, published="2021-06-14")
    assert [m.participants for m in article.meetings] == [
        ("Ravi Menon", "Ama Owusu"),
        ("Ravi Menon", "Ama Owusu"),
    ]


def test_a_day_without_a_year_takes_the_one_year_an_undated_page_writes():
    page = (
        "Foreign Minister Ravi Menon on June 12 called on his Ghanaian counterpart Ama Owusu. "
        "Menon, who arrived on a three-day visit, said the talks were productive.\n"
        "Delighted to be back in Ghana. pic.twitter.com/Ab12Cd34 — Ravi Menon (@rmenon) June "
        "12, 2021\n"
    )
    article = parse_article(page)
    assert article.published is None
    assert article.meetings[0].date == "2021-06-12"
    two_years = page + "The two last met in Delhi on March 3, 2019.\n"
    assert parse_article(two_years).meetings[0].date is None


def test_a_house_number_opens_the_street_it_stands_in():
    article = parse_article(
        "Irish Taoiseach Sean Byrne met British Prime Minister Helen Ward at No. 10 Downing "
        "street on Monday.\n",
        published="2017-06-20",
    )
    assert article.meetings[0].location == "No. 10 Downing street"
    article = parse_article(
        "Irish Taoiseach Sean Byrne met British Prime Minister Helen Ward at 10 Downing Street "
        "on Monday.\n",
        published="2017-06-20",
    )
    assert article.meetings[0].location == "10 Downing Street"


def test_a_sign_off_stamp_on_the_datelines_day_gives_its_year():
    page = (
        "GHANA, May 12 - Foreign Minister Kofi Mensah held talks, Tuesday in Accra, with his "
        "Togolese counterpart, Yawa Dogbe.\nThe two ministers chair the joint commission.\n\n"
        "GNA 12 May 2020\n"
    )
    article = parse_article(page)
    assert article.published == "2020-05-12"
    assert article.meetings[0].date == "2020-05-12"
    other_day = page.replace("GNA 12 May 2020", "GNA 19 May 2020")
    assert parse_article(other_day).published is None


def test_a_seat_of_government_that_speaks_for_its_head_is_no_person():
    article = parse_article(
        "A telephone conversation took place between the President of Kazakhstan Asan Serikov "
        "and the President of Kyrgyzstan Bolot Osmonov, Ak Orda's press service reported.\n",
        published="2024-05-03",
    )
    assert [p.name for p in article.people] == ["Asan Serikov", "Bolot Osmonov"]


def test_a_subhead_above_the_storys_last_sentences_is_not_a_teaser():
    page = (
        "Lima, Feb. 8.\n\nPeru's Foreign Minister Nestor Quispe and Andean Community General "
        "Secretary Jorge Paredes met on Friday.\n\nOther meetings\n\nAs part of his agenda of "
        "activities, Paredes met with Peru's Foreign Trade and Tourism Minister Edgar Salas, "
        "with whom he reviewed trade.\n\nAdditionally, he met with Apostolic Nuncio to Peru "
        "Monsignor Luigi Conti, to whom he gave information about the community's progress.\n\n"
        "(END) NDP/SMA\n\nPublished: 2/8/2019\n"
    )
    names = [p.name for p in parse_article(page).people]
    assert "Edgar Salas" in names and "Luigi Conti" in names


def test_a_delegation_of_business_people_is_no_side_of_a_meeting():
    article = parse_article(
        "Deputy Foreign Minister of Kazakhstan Arman Bekov held talks with State Secretary of "
        "Hungary Gabor Szabo in Astana on Monday.\nEarlier, the Head of State received a "
        "delegation of Hungarian business leaders in Akorda in January.\n",
        published="2025-03-04",
    )
    assert len(article.meetings) == 1


def test_a_meeting_of_the_presidents_of_named_countries_is_theirs():
    page = (
        "A telephone conversation took place between the President of Kazakhstan Asan Serikov "
        "and the President of Turkmenistan Merdan Atayev.\nDuring the conversation, an "
        "agreement was reached to hold an informal meeting of the presidents of Azerbaijan, "
        "Kazakhstan and Turkmenistan in Aktau.\n"
    )
    article = parse_article(page, published="2010-08-20")
    aktau = [m for m in article.meetings if m.location == "Aktau"]
    assert [(m.participants, m.countries) for m in aktau] == [
        (("Asan Serikov", "Merdan Atayev"), ("AZ", "KZ", "TM")),
    ]


def test_a_photographer_before_the_agency_is_a_credit_and_dear_a_salutation():
    page = (
        "Prime Minister Paul Leblanc and Mexican President Jorge Ruiz clasp hands on Parliament "
        "Hill last June. (Adrian Cole/Canadian Press)\nThe two leaders spoke by phone on "
        "Monday.\nDear Jorge Ruiz, may this new stage consolidate our integration.\n"
    )
    names = [p.name for p in parse_article(page, published="2017-02-07").people]
    assert names == ["Paul Leblanc", "Jorge Ruiz"]


def test_the_day_of_what_the_one_met_will_do_is_not_the_meetings():
    article = parse_article(
        "On Thursday, Jorge Ruiz, Peru's President, arrived in Chile to meet with his "
        "counterpart, President-elect Tomas Vidal, who will be sworn in on March 11.\n",
        published="2022-03-10",
    )
    assert article.meetings[0].date == "2022-03-10"


def test_a_bylines_date_may_run_its_year_onto_the_comma():
    page = (
        "FM discusses summit plans with Arab diplomats\n\nBy JT - Mar 14,2017 - Last updated at "
        "Mar 14,2017\n\nAMMAN — Foreign Minister Omar Haddad spoke by phone on Monday with his "
        "Egyptian counterpart Samir Fahmy.\n"
    )
    article = parse_article(page)
    assert article.published == "2017-03-14"
    assert article.meetings[0].date == "2017-03-13"


def test_the_minister_told_of_before_and_a_named_guest_who_discussed_met():
    page = (
        "AMMAN — Foreign Minister Omar Haddad spoke by phone on Monday with his Egyptian "
        "counterpart Samir Fahmy.\nAlso on Tuesday, the foreign minister and Ismail Ould Cheikh "
        "Ahmed, the special envoy of the United Nations secretary general for Yemen, discussed "
        "the latest developments in Yemen.\n"
    )
    article = parse_article(page, published="2017-01-17")
    assert [(m.participants, m.date) for m in article.meetings] == [
        (("Omar Haddad", "Samir Fahmy"), "2017-01-16"),
        (("Omar Haddad", "Ismail Ould Cheikh Ahmed"), "2017-01-17"),
    ]


def test_a_countrys_topic_ended_by_a_comma_gives_no_country_to_the_names_after_it():
    page = (
        "Prime Minister Kenji Sato and South Korean President Lee Min-ho began their summit on "
        "Thursday.\nAmid the growing threat of North Korea’s nuclear weapons and missile "
        "development, Lee and Sato aim to pave the way for normal relations.\n"
    )
    people = {p.name: p.country for p in parse_article(page, published="2023-03-16").people}
    assert people["Kenji Sato"] is None
    article = parse_article(
        "Japan’s foreign minister, Kenji Sato, met South Korean President Lee Min-ho.\n",
        published="2023-03-16",
    )
    assert {p.name: p.country for p in article.people}["Kenji Sato"] == "JP"


def test_capitalised_words_spelt_out_by_the_acronym_after_them_are_no_person():
    page = (
        "Prime Minister Peni Vula of Fiji met Australian Prime Minister Tom Baxter at the "
        "Blackrock Camp to discuss Humanitarian Assistance and Disaster Relief (HADR).\n"
    )
    names = [p.name for p in parse_article(page, published="2023-02-15").people]
    assert names == ["Peni Vula", "Tom Baxter"]


def test_talks_held_are_not_dated_by_the_event_they_prepared():
    article = parse_article(
        "AMMAN — Jordanian Foreign Minister Omar Haddad spoke by phone with Egyptian Foreign "
        "Minister Samir Fahmy, discussing preparations for the Arab summit, to be held on "
        "March 29, the news agency reported.\n",
        published="2017-01-17",
    )
    assert article.meetings[0].date == "2017-01-17"
    article = parse_article(
        "Foreign Minister Omar Haddad will hold talks with Egyptian Foreign Minister Samir "
        "Fahmy, to be held on March 29 in Cairo.\n",
        published="2017-01-17",
    )
    assert article.meetings[0].date == "2017-03-29"


def test_a_visits_city_may_run_to_three_words():
    article = parse_article(
        "Prime Minister Adam Rahman of Malaysia will pay an official visit to Bandar Seri "
        "Begawan to meet Sultan Omar Bolkiah of Brunei.\n",
        published="2021-04-03",
    )
    assert article.meetings[0].location == "Bandar Seri Begawan"
    for city in ("Kuala Lumpur", "Rio de Janeiro"):  # a weekday after it is no part of it
        article = parse_article(
            f"Prime Minister Adam Rahman of Malaysia will visit {city} Monday to meet "
            "President Li Wei of China.\n",
            published="2021-04-03",
        )
        assert article.meetings[0].location == city


def test_officials_accompanying_a_visitor_serve_the_visitors_state():
    page = (
        "Romanian President Dan Popescu arrived Thursday in the Bulgarian capital Sofia at the "
        "invitation of Bulgarian President Ivan Petrov.\nPopescu, who is accompanied by "
        "Transport Minister Ana Ionescu and Interior Minister Mihai Radu, will also attend a "
        "dinner hosted by the Bulgarian president.\n"
    )
    people = {p.name: p.country for p in parse_article(page, published="2008-05-22").people}
    assert people["Ana Ionescu"] == "RO" and people["Mihai Radu"] == "RO"
    assert people["Ivan Petrov"] == "BG"


def test_a_span_of_days_before_its_month_is_dated_by_its_first():
    article = parse_article(
        "Vietnam's Foreign Minister Tran Van Long begins his two-day visit (20th -21st April) "
        "to the U.S. on Thursday at the invitation of US Secretary of State John Miller.\n",
        published="2017-04-20",
    )
    assert [(m.date, m.status) for m in article.meetings] == [("2017-04-20", "held")]


def test_the_deputy_pm_opening_a_sentence_is_its_subject_and_an_invitation_to_attend_a_plan():
    page = (
        "Vietnam's Deputy Prime Minister and Foreign Minister Tran Van Long begins his two-day "
        "visit to the U.S. on Thursday at the invitation of US Secretary of State John Miller.\n"
        "The Deputy PM repeated Vietnamese leaders' invitation to US President Paul Grant to "
        "attend the APEC meeting in Da Nang in November. He also took this occasion to invite "
        "Mr. Miller to visit Vietnam in the near future.\n"
    )
    article = parse_article(page, published="2017-04-20")
    assert [(m.participants, m.date, m.status) for m in article.meetings[1:]] == [
        (("Tran Van Long", "Paul Grant"), "2017-11", "planned"),
        (("Tran Van Long", "John Miller"), "2017-04", "planned"),
    ]


def test_a_name_that_stands_for_a_term_of_office_did_not_meet():
    page = (
        "Vietnam's Foreign Minister Tran Van Long begins his visit to the U.S. on Thursday at "
        "the invitation of US Secretary of State John Miller.\nThis is the first visit by "
        "Vietnam's foreign minister to the U.S. under President Paul Grant's administration.\n"
    )
    article = parse_article(page, published="2017-04-20")
    assert [m.participants for m in article.meetings] == [("Tran Van Long", "John Miller")]


def test_names_set_off_after_a_plural_title_each_hold_it():
    article = parse_article(
        "Following a meeting in Adelaide of both countries' defence ministers, New Zealand's "
        "Tom Hale and Australia's Ian Price released a joint statement.\n",
        published="2018-11-20",
    )
    assert [(p.name, p.role, p.country) for p in article.people] == [
        ("Tom Hale", "defence minister", "NZ"),
        ("Ian Price", "defence minister", "AU"),
    ]
    article = parse_article(
        "Following a meeting in Adelaide of the defence ministers, Tom Hale and Ian Price "
        "released a joint statement.\n",
        published="2018-11-20",
    )
    assert [p.role for p in article.people] == ["defence minister", "defence minister"]


def test_to_meet_a_on_one_day_and_b_on_another_is_two_meetings():
    article = parse_article(
        "French President Jean Dupont was to meet Côte d'Ivoire's President Kone Yao on Sunday "
        "and Senegal's President Mamadou Ba on Monday, the first African heads of state to "
        "visit the Elysée.\n",
        published="2017-06-10",
    )
    assert [(m.primary, m.participants, m.date) for m in article.meetings] == [
        (True, ("Jean Dupont", "Kone Yao"), "2017-06-11"),
        (True, ("Jean Dupont", "Mamadou Ba"), "2017-06-12"),
    ]
    article = parse_article(
        "French President Jean Dupont met Ivorian President Kone Yao and Senegalese President "
        "Mamadou Ba on Sunday.\n",
        published="2017-06-12",
    )
    assert len(article.meetings) == 1


def test_a_pair_who_last_met_somewhere_and_are_due_elsewhere_tell_two_encounters():
    page = (
        "Italian Prime Minister Anna Rossi held talks with French President Paul Dubois on "
        "Tuesday in Rome.\nMr Dubois and Ms Rossi, who last met in Paris in June, are both due "
        "at the summit of southern EU nations in Malta on Friday.\n"
    )
    article = parse_article(page, published="2023-09-27")
    assert [(m.location, m.date, m.status) for m in article.meetings] == [
        ("Rome", "2023-09-26", "held"),
        ("Paris", "2023-06", "held"),
        ("Malta", "2023-09-29", "planned"),
    ]


def test_a_datelines_date_in_figures_is_read():
    article = parse_article(
        "DUSHANBE, 14.09.2023 (NIAT Khovar) – On September 14, President of Tajikistan Aziz "
        "Karimov met with the President of the Kyrgyz Republic Bakyt Osmonov.\n"
    )
    assert (article.published, article.dateline) == ("2023-09-14", "DUSHANBE")
    assert [(m.date, m.location) for m in article.meetings] == [("2023-09-14", "Dushanbe")]


def test_who_called_on_him_is_a_visit_and_a_call_on_is_face_to_face():
    page = (
        "ISLAMABAD, Sep 15 (APP): Prime Minister Imran Qadir of Pakistan was talking to US "
        "Ambassador Mark Dale who called on him here at the PM Office.\nIn a separate call-on "
        "by Ambassador of Afghanistan Omar Wardak, Prime Minister Qadir highlighted Pakistan's "
        "commitment to peace.\n"
    )
    article = parse_article(page)
    assert [m.participants for m in article.meetings] == [
        ("Imran Qadir", "Mark Dale"),
        ("Omar Wardak", "Imran Qadir"),
    ]
    assert article.meetings[0].mode == "in_person" and article.meetings[1].mode != "call"


def test_the_national_after_an_opening_phrase_with_a_meeting_word_is_the_subject():
    page = (
        "During his upcoming visit, President Bolot Osmonov of Kyrgyzstan will hold talks with "
        "Russian President Ivan Orlov.\nAs part of the visit, the Kyrgyz leader is also "
        "expected to hold bilateral meetings with Russian Prime Minister Petr Sokolov and State "
        "Duma Speaker Oleg Belov.\n"
    )
    article = parse_article(page, published="2021-02-21")
    assert [m.participants for m in article.meetings[1:]] == [
        ("Bolot Osmonov", "Petr Sokolov"),
        ("Bolot Osmonov", "Oleg Belov"),
    ]


def test_a_place_after_atrocities_is_a_topic():
    page = (
        "RIYADH, April 29 — Prime Minister Adam Rahman of Malaysia held a meeting with his "
        "Pakistani counterpart Ali Khan here today.\nEarlier, Rahman received a courtesy call "
        "from Turkiye's Foreign Minister Kemal Aydin. In the meeting, they exchanged views on "
        "Israeli atrocities in Gaza.\n"
    )
    article = parse_article(page, published="2024-04-29")
    assert [m.location for m in article.meetings] == ["Riyadh", "Riyadh"]


def test_an_encounter_told_earlier_with_no_day_is_on_the_days_news():
    page = (
        "RIYADH, April 29 — Prime Minister Adam Rahman of Malaysia held a meeting with his "
        "Pakistani counterpart Ali Khan here today.\nEarlier, Rahman received a courtesy call "
        "from Turkiye's Foreign Minister Kemal Aydin.\n"
    )
    article = parse_article(page, published="2024-04-29")
    assert [(m.date, m.location) for m in article.meetings] == [
        ("2024-04-29", "Riyadh"),
        ("2024-04-29", "Riyadh"),
    ]


def test_the_reviews_counter_cases_of_this_round_read_as_before():
    # a name with its initials is a person, not a thing spelt out
    article = parse_article(
        "Mexican President Andrés Manuel López Obrador (AMLO) met US President Tom Reed in "
        "Washington on Tuesday.\n",
        published="2022-07-13",
    )
    assert [p.name for p in article.people] == ["Andrés Manuel López Obrador", "Tom Reed"]
    # "had met" told earlier is not the news's day
    article = parse_article(
        "RIYADH, April 29 — Prime Minister Adam Rahman of Malaysia held a meeting with his "
        "Pakistani counterpart Ali Khan here today.\nEarlier, the two leaders had met on the "
        "sidelines of the UN General Assembly.\n",
        published="2024-04-29",
    )
    assert [m.date for m in article.meetings][1:] != ["2024-04-29"]
    # "under President X's administration" opening the sentence
    article = parse_article(
        "Under President Paul Grant's administration, Korean President Kim Dae-ho met North "
        "Korean leader Ri Song-il three times in Panmunjom.\n",
        published="2019-01-02",
    )
    assert all("Paul Grant" not in m.participants for m in article.meetings)
    # "the two ministers" is no title of two
    article = parse_article(
        "The talks between the two ministers, Tom Hale and Ian Price, lasted an hour.\n",
        published="2018-11-20",
    )
    assert all(p.role != "two minister" for p in article.people)
    # a who-clause with a full date runs to the main verb
    article = parse_article(
        "Italian Prime Minister Anna Rossi held talks with French President Paul Dubois on "
        "Tuesday in Rome.\nMr Dubois and Ms Rossi, who last met on June 5, 2021, are due to "
        "meet in Malta on Friday.\n",
        published="2023-09-27",
    )
    assert [(m.date, m.status) for m in article.meetings][1:] == [
        ("2021-06-05", "held"),
        ("2023-09-29", "planned"),
    ]
    # the host's minister at his side is not of the guest's party
    article = parse_article(
        "Ugandan President Yoweri Kato welcomed Kenyan President William Oduya at State House "
        "Entebbe, accompanied by Foreign Minister Jeje Okello.\n",
        published="2023-09-27",
    )
    assert {p.name: p.country for p in article.people}["Jeje Okello"] != "KE"
    # a communiqué due at the weekend leaves the talks held
    article = parse_article(
        "Kenyan President William Oduya and Ugandan President Yoweri Kato met in Entebbe on "
        "Monday; a joint communiqué is due at the weekend.\n",
        published="2023-09-27",
    )
    assert [m.status for m in article.meetings] == ["held"]


def test_encounters_planned_as_part_of_a_planned_visit_are_where_it_is():
    page = (
        "During his upcoming visit, President Bolot Osmonov of Kyrgyzstan will hold talks with "
        "Russian President Ivan Orlov in Moscow on February 24.\nAs part of the visit, the "
        "Kyrgyz leader is also expected to hold bilateral meetings with Russian Prime Minister "
        "Petr Sokolov and State Duma Speaker Oleg Belov.\n"
    )
    article = parse_article(page, published="2021-02-21")
    assert [m.location for m in article.meetings] == ["Moscow", "Moscow", "Moscow"]


def test_a_visitor_who_arrived_on_a_weekday_meets_in_the_arrival_city():
    article = parse_article(
        "Romanian President Dan Popescu arrived Thursday in the Bulgarian capital Sofia, where "
        "he is on an official visit at the invitation of Bulgarian President Ivan Petrov.\nThe "
        "two heads of state will have face to face talks, followed by talks between the two "
        "countries' delegations.\n",
        published="2008-05-22",
    )
    assert {(m.mode, m.location) for m in article.meetings} == {("in_person", "Sofia")}


@pytest.mark.parametrize(
    "earlier",
    [
        "The two leaders previously held a conversation on July 24, the Kazakh president's "
        "birthday.",
        "The two leaders previously held talks on July 24.",
        "The two presidents last spoke by phone on July 24.",
    ],
)
def test_an_earlier_encounter_of_the_pair_is_its_own_and_leaves_the_news_its_day(earlier):
    text = (
        "MOSCOW, August 15. /TASS/. President Ivan Sokolov of Russia and President Nurlan "
        "Bekov of Kazakhstan have discussed bilateral cooperation in a phone call initiated "
        f"by Astana, the Kremlin press service said.\n\n{earlier}\n"
    )
    a = parse_article(text, published="2024-08-15")
    assert [(m.participants, m.date, m.primary) for m in a.meetings] == [
        (("Ivan Sokolov", "Nurlan Bekov"), "2024-08-15", True),
        (("Ivan Sokolov", "Nurlan Bekov"), "2024-07-24", False),
    ]


def test_a_conversation_held_is_a_meeting():
    text = (
        "LIMA, May 2. Peruvian Foreign Minister Rosa Quispe held a conversation with US "
        "Secretary of State Mark Delaney on Sunday about the elections.\n"
    )
    a = parse_article(text, published="2021-05-03")
    assert [(m.participants, m.date) for m in a.meetings] == [
        (("Rosa Quispe", "Mark Delaney"), "2021-05-02")
    ]


def test_a_captions_credit_glued_to_the_story_ends_the_caption():
    text = (
        "Prime Minister Le Van Son on November 14 hosted a welcome ceremony for his New "
        "Zealand counterpart Clare Whitford, who is on an official visit to Vietnam.\n\n"
        "Prime Minister Le Van Son (R) welcomes New Zealand Prime Minister Clare Whitford "
        "(Photo: VNA)During the visit, PM Whitford is scheduled to meet President Tran Quoc "
        "Bao.\n"
    )
    a = parse_article(text, published="2022-11-14")
    assert sorted(p.name for p in a.people) == ["Clare Whitford", "Le Van Son", "Tran Quoc Bao"]


def test_a_meeting_recalled_is_one_gone_by_and_the_news_keeps_its_place():
    text = (
        "BEIJING, May 11 (Xinhua) -- Chinese President Zhao Lianfeng held talks Thursday with "
        "Vietnamese President Do Van Hien, who is on a state visit to China.\n\n"
        "Zhao recalled his meeting with Hien last November on the sidelines of the APEC "
        "Economic Leaders' Meeting in Lima, in which they reached important consensus.\n"
    )
    a = parse_article(text)
    assert [(m.participants, m.location, m.primary) for m in a.meetings] == [
        (("Zhao Lianfeng", "Do Van Hien"), "Beijing", True),
        (("Zhao Lianfeng", "Do Van Hien"), "Lima", False),
    ]


def test_the_president_after_a_sentence_naming_one_president_is_that_president():
    text = (
        "ASTANA, June 5. Mongolian Foreign Minister Tsetseg Bold held talks with Kazakh "
        "Foreign Minister Arman Dauletov on Tuesday.\n\n"
        "On Wednesday morning, Bold was received by President of Kazakhstan Nurlan Seitkali "
        "at the Akorda. The President recalled his meeting with Mongolian President Batbayar "
        "Enkh on the sidelines of the CICA summit in Astana in October 2022.\n"
    )
    a = parse_article(text, published="2024-06-05")
    assert [(m.participants, m.date, m.location) for m in a.meetings] == [
        (("Tsetseg Bold", "Arman Dauletov"), "2024-06-04", "Astana"),
        (("Tsetseg Bold", "Nurlan Seitkali"), "2024-06-05", "Akorda, Astana"),
        (("Nurlan Seitkali", "Batbayar Enkh"), "2022-10", "Astana"),
    ]


def test_a_pair_expected_to_meet_again_at_a_named_meeting_is_a_further_encounter():
    text = (
        "ASTANA, July 22. Kazakh President Nurlan Seitkali received Uzbek Foreign Minister "
        "Jasur Karimov at the Akorda on Tuesday. Seitkali noted that the agreements reached "
        "during his meeting with President Otabek Rakhmonov in Samarkand earlier this year "
        "are being implemented.\n\n"
        "Seitkali and Rakhmonov are expected to meet again next month in Tashkent, at the "
        "Consultative Meeting of the Heads of State of Central Asia.\n"
    )
    a = parse_article(text, published="2025-07-22")
    assert [
        (m.date, m.location, m.status)
        for m in a.meetings
        if set(m.participants) == {"Nurlan Seitkali", "Otabek Rakhmonov"}
    ] == [("2025", "Samarkand", "held"), ("2025-08", "Tashkent", "planned")]


def test_a_sentence_broken_by_a_stray_blank_line_is_read_whole():
    text = (
        "ISLAMABAD, March 1 (APP): Prime Minister Tariq Mahmood\n\n"
        "and Iranian President Reza Karimi on Wednesday exchanged views on bilateral "
        "relations as well as regional issues of\n\n"
        "mutual interest.\n\n"
        "Both the leaders met on the sidelines of the ECO summit here.\n"
    )
    a = parse_article(text, published="2017-03-01")
    assert [(m.participants, m.date) for m in a.meetings] == [
        (("Tariq Mahmood", "Reza Karimi"), "2017-03-01")
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Addis Ababa October 6/2022 (ENA) Prime Minister",
        "Addis Ababa October 6/2022 /ENA/Prime Minister",
    ],
)
def test_a_dateline_with_no_comma_before_its_full_date_dates_the_page(opening):
    text = (
        f"{opening} Dawit Alemu and his delegation held bilateral discussions with the "
        "delegation of Kenya led by President Peter Kamau.\n"
    )
    a = parse_article(text)
    assert (a.published, a.dateline, a.outlet) == ("2022-10-06", "Addis Ababa", "ENA")
    assert [m.date for m in a.meetings] == ["2022-10-06"]


def test_a_line_closing_on_a_word_no_sentence_ends_on_runs_on_past_a_blank_line():
    from bot.parsing.clean import clean
    from bot.parsing.lexicon import load_lexicon

    text = (
        "Prime Minister Tariq Mahmood and Iranian President Reza Karimi on Wednesday "
        "exchanged views on regional issues of\n\nmutual interest.\n\n"
        "Fiji and Tonga agree on shared patrols in virtual talks\n\nby Mere Tuilagi\n"
    )
    paragraphs = clean(text, load_lexicon()).paragraphs
    assert paragraphs[0].endswith("regional issues of mutual interest.")
    assert "by Mere Tuilagi" not in paragraphs[0]


def test_a_plan_to_meet_again_told_during_the_meeting_still_points_back():
    text = (
        "MOSCOW, May 5. Russian Foreign Minister Ivan Sokolov held talks with Chinese Foreign "
        "Minister Li Wenhao in Moscow on Monday.\n\n"
        "During the talks, the ministers reviewed progress since the joint commission last "
        "held a session in 2019, and agreed to meet again in the autumn.\n"
    )
    a = parse_article(text, published="2024-05-06")
    assert [(m.participants, m.date, m.location, m.primary) for m in a.meetings][0] == (
        ("Ivan Sokolov", "Li Wenhao"),
        "2024-04-29",
        "Moscow",
        True,
    )
    assert all(m.date != "2019" for m in a.meetings)


def test_a_visitor_who_also_met_three_office_holders_met_each_of_them():
    text = (
        "TBILISI, March 3 (Agency) - Estonian Foreign Secretary Halvard Roskvik and his "
        "Georgian counterpart Daniel Mabote reviewed bilateral ties at a meeting in Tbilisi on "
        "Monday.\n\n"
        "Roskvik, who is on a two-day visit to Georgia at the invitation of Mabote, also met "
        "President Anika Delvane, Prime Minister Tomas Herrold and Finance Minister Peter "
        "Quillan on Monday.\n"
    )
    meetings = parse_article(text, published="2025-03-04").meetings
    assert [(m.participants, m.countries, m.date) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), ("EE", "GE"), "2025-03-03"),
        (("Halvard Roskvik", "Anika Delvane"), ("EE", "GE"), "2025-03-03"),
        (("Halvard Roskvik", "Tomas Herrold"), ("EE", "GE"), "2025-03-03"),
        (("Halvard Roskvik", "Peter Quillan"), ("EE", "GE"), "2025-03-03"),
    ]


def test_a_delegation_received_by_one_leader_is_one_meeting():
    text = (
        "BELGRADE, March 25 (Agency) - Serbian President Halvard Roskvik met Hungarian "
        "Prime Minister Daniel Mabote, Hungarian Foreign Minister Peter Quillan and Hungarian "
        "Finance Minister Anika Delvane in Belgrade on Saturday.\n"
    )
    meetings = parse_article(text, published="2023-03-25").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote", "Peter Quillan", "Anika Delvane"}
    ]


def test_the_cook_islands_is_a_side_of_its_own():
    text = (
        "WELLINGTON, May 22 - New Zealand Foreign Minister Halvard Roskvik held talks with Cook "
        "Islands Prime Minister Daniel Mabote in Avarua on Monday.\n"
    )
    art = parse_article(text, published="2023-05-23")
    assert {p.name: p.country for p in art.people} == {
        "Halvard Roskvik": "NZ",
        "Daniel Mabote": "CK",
    }
    assert [m.countries for m in art.meetings] == [("CK", "NZ")]


def test_the_two_presidents_are_the_two_a_minister_announced_would_meet():
    text = (
        "ASUNCION, April 20 (Agency) - President Halvard Roskvik is scheduled to meet his "
        "Brazilian counterpart, Daniel Mabote, on Monday at the border dam, Foreign Minister "
        "Anika Delvane announced.\n\n"
        "Delvane said she had held a videoconference on Friday with her Brazilian "
        "counterpart, Foreign Minister Peter Quillan.\n\n"
        "The meeting on Monday will be the second between the two presidents this year. They "
        "last met in Brasília in January.\n"
    )
    meetings = parse_article(text, published="2024-04-20").meetings
    assert [(set(m.participants), m.date, m.location) for m in meetings][-1] == (
        {"Halvard Roskvik", "Daniel Mabote"},
        "2024-01",
        "Brasília",
    )


def test_a_minister_who_said_at_a_press_conference_that_she_held_a_call_took_part():
    text = (
        "ASUNCION, April 20 (Agency) - Paraguayan Foreign Minister Anika Delvane spoke to "
        "reporters on Saturday.\n\n"
        "Delvane said at a press conference at the Palacio de López that she had held a "
        "videoconference on Friday with her Brazilian counterpart, Foreign Minister Peter "
        "Quillan, to finalise the details of the agreement.\n"
    )
    meetings = parse_article(text, published="2024-04-20").meetings
    assert [(m.participants, m.date, m.mode) for m in meetings] == [
        (("Anika Delvane", "Peter Quillan"), "2024-04-19", "virtual")
    ]


def test_ministers_who_agree_to_meet_at_a_foreign_ministers_retreat_are_the_foreign_ministers():
    text = (
        "PHNOM PENH, Feb 10 - Cambodian Foreign Minister Halvard Roskvik held a video "
        "conference on Monday with Thai Foreign Minister Daniel Mabote.\n\n"
        "A meeting of the border commission, scheduled for February 17 in Siem Reap, has been "
        "postponed. It was to have been co-chaired by Peter Quillan, Senior Minister in charge "
        "of Border Affairs, and Thai Deputy Interior Minister Anika Delvane.\n\n"
        "The ministers agreed to meet in person on the sidelines of the ASEAN Foreign "
        "Ministers' Retreat in Manila later this month.\n"
    )
    meetings = parse_article(text, published="2026-02-10").meetings
    planned = [m for m in meetings if m.location == "Manila"]
    assert [(m.participants, m.status) for m in planned] == [
        (("Halvard Roskvik", "Daniel Mabote"), "planned")
    ]


def test_counterparts_named_by_their_countries_are_the_ones_the_next_sentence_names():
    text = (
        "ROME, July 15 (Agency) - Italian Interior Minister Halvard Roskvik on Tuesday hosted "
        "his Libyan and Tunisian counterparts in Rome for a trilateral meeting on migration.\n\n"
        "Roskvik, Libyan Interior Minister Daniel Mabote and Tunisian Interior Minister Peter "
        "Quillan signed a joint statement.\n"
    )
    meetings = parse_article(text, published="2025-07-15").meetings
    assert [(m.participants, m.countries, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote", "Peter Quillan"), ("IT", "LY", "TN"), "Rome")
    ]


def test_the_turkish_azerbaijani_and_georgian_ministers_are_one_of_each():
    text = (
        "ANKARA, April 7 - Foreign Minister Halvard Roskvik on Monday held a phone call with his "
        "Azerbaijani counterpart Daniel Mabote, diplomatic sources said. Roskvik reiterated "
        "Türkiye's support for the peace process.\n\n"
        "The two ministers also discussed preparations for the trilateral meeting of the "
        "Turkish, Azerbaijani and Georgian foreign ministers, which Roskvik will attend in Baku "
        "next week together with Georgian Foreign Minister Anika Delvane.\n"
    )
    art = parse_article(text, published="2025-04-08")
    assert {p.name: p.country for p in art.people} == {
        "Halvard Roskvik": "TR",
        "Daniel Mabote": "AZ",
        "Anika Delvane": "GE",
    }
    planned = [m for m in art.meetings if m.status == "planned"]
    assert [(set(m.participants), m.location) for m in planned] == [
        ({"Halvard Roskvik", "Daniel Mabote", "Anika Delvane"}, "Baku")
    ]


def test_a_trilateral_of_foreign_ministers_seats_the_foreign_ministers_not_a_prime_minister():
    text = (
        "ZAGREB, Oct 2 (Agency) - Croatian Foreign and European Affairs Minister Halvard "
        "Roskvik and his Slovak counterpart Daniel Mabote held talks in Zagreb on Thursday.\n\n"
        "After the talks, the Slovak minister was received by Prime Minister Peter Quillan.\n\n"
        "A trilateral meeting of the Croatian, Slovak and Slovenian foreign ministers, which was "
        "to have been held in Opatija on Friday, has been cancelled because Slovenian Foreign "
        "Minister Anika Delvane had to remain in Ljubljana.\n"
    )
    meetings = parse_article(text, published="2025-10-02").meetings
    cancelled = [m for m in meetings if m.status == "cancelled"]
    assert [(set(m.participants), m.countries) for m in cancelled] == [
        ({"Halvard Roskvik", "Daniel Mabote", "Anika Delvane"}, ("HR", "SI", "SK"))
    ]


def test_a_meeting_between_two_countries_ministers_told_before_their_names_is_theirs():
    text = (
        "BANGKOK, June 12 - A meeting between the Thai and Cambodian foreign ministers to defuse "
        "tensions along the border has been pushed back to June 26, Foreign Minister Halvard "
        "Roskvik said on Thursday.\n\n"
        "Roskvik and Cambodian Foreign Minister Daniel Mabote had been due to meet in Phnom Penh "
        "on Monday.\n"
    )
    meetings = parse_article(text, published="2025-06-12").meetings
    assert ("Halvard Roskvik", "Daniel Mabote") in [m.participants for m in meetings]
    assert all(m.participants for m in meetings)


def test_the_somali_and_ethiopian_ministers_are_the_ones_of_those_countries_named():
    text = (
        "ANKARA, Nov 26 (Agency) - Türkiye's foreign minister held separate phone calls with "
        "his Somali and Ethiopian counterparts on Tuesday, diplomatic sources said.\n\n"
        "Foreign Minister Halvard Roskvik spoke with Somalia's Daniel Mabote and Ethiopia's "
        "Peter Quillan, the sources said.\n\n"
        "The Somali and Ethiopian ministers held two rounds of indirect talks hosted by "
        "Roskvik in the Turkish capital in July and August.\n"
    )
    meetings = parse_article(text, published="2024-11-27").meetings
    earlier = [m for m in meetings if m.date and m.date < "2024-11"]
    assert earlier and all(
        set(m.participants) == {"Halvard Roskvik", "Daniel Mabote", "Peter Quillan"}
        for m in earlier
    )


def test_a_seat_of_government_known_by_its_name_is_shown_with_its_city():
    text = (
        "Kazakh President Halvard Roskvik received Hungarian Foreign Minister Daniel Mabote at "
        "the Akorda on Tuesday.\n"
    )
    meetings = parse_article(text, published="2025-03-04").meetings
    assert [m.location for m in meetings] == ["Akorda, Astana"]


def test_a_leader_who_had_spoken_for_half_an_hour_with_another_met_them():
    text = (
        "APIA, May 8 - Samoa's Prime Minister, Halvard Roskvik, told reporters on Thursday that "
        "he had spoken for about half an hour with New Zealand Prime Minister Daniel Mabote.\n"
    )
    meetings = parse_article(text, published="2025-05-08").meetings
    assert [(m.participants, m.status) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "held")
    ]


def test_a_spokesman_who_said_another_had_held_talks_took_no_part():
    text = (
        "PARIS, May 3 - Elysee spokesman Peter Quillan said on Monday that French President "
        "Halvard Roskvik would travel to Berlin, and that he had held talks with German "
        "Chancellor Daniel Mabote by phone.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [m.participants for m in meetings] == [("Halvard Roskvik", "Daniel Mabote")]


def test_a_host_who_received_the_two_countries_ministers_stays_in_the_meeting():
    text = (
        "BANGKOK, May 3 - Thai Prime Minister Halvard Roskvik received the Thai and Cambodian "
        "foreign ministers at Government House on Monday.\n\n"
        "Thai Foreign Minister Daniel Mabote and Cambodian Foreign Minister Peter Quillan "
        "briefed him on the border talks.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote", "Peter Quillan"}
    ]


def test_ministers_named_in_an_aside_do_not_join_the_pair_the_clause_names():
    text = (
        "BANGKOK, May 3 - Thai Foreign Minister Daniel Mabote met Cambodian Foreign Minister "
        "Peter Quillan.\n\n"
        "Thai Prime Minister Halvard Roskvik met Malaysian Prime Minister Anika Delvane on "
        "Friday, a day after the Thai and Cambodian foreign ministers held talks.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert ("Halvard Roskvik", "Anika Delvane") in [m.participants for m in meetings]


def test_a_seat_of_government_keeps_its_own_city_under_another_citys_dateline():
    text = (
        "ANKARA, May 3 - Turkish President Halvard Roskvik received Greek Prime Minister Daniel "
        "Mabote at the Dolmabahçe Palace on Monday.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [m.location for m in meetings] == ["Dolmabahçe Palace, Istanbul"]


def test_two_word_demonyms_in_a_pair_of_ministers():
    text = (
        "SEOUL, May 3 - South Korean Foreign Minister Halvard Roskvik spoke by phone with "
        "Japanese Foreign Minister Daniel Mabote on Monday.\n\n"
        "The South Korean and Japanese foreign ministers last met in Tokyo in March.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [(m.participants, m.location) for m in meetings if m.date == "2025-03"] == [
        (("Halvard Roskvik", "Daniel Mabote"), "Tokyo")
    ]


def test_a_pairs_earlier_call_told_twice_is_one_call_with_its_date():
    text = (
        "OSLO, May 12 - Foreign Minister Halvard Roskvik held talks with his Danish "
        "counterpart, Daniel Mabote, in Oslo on Monday.\n\n"
        "The visit came just over a month after the two ministers held their first phone "
        "conversation.\n\n"
        "Mabote invited Roskvik to visit Copenhagen later this year.\n\n"
        "The two ministers spoke by phone last month, when they agreed to meet in person.\n"
    )
    meetings = parse_article(text, published="2025-05-12").meetings
    calls = [(m.date, m.mode) for m in meetings if m.mode == "call"]
    assert calls == [("2025-04", "call")]


def test_those_who_attended_the_meetings_sat_in_on_each_of_them():
    text = (
        "LUSAKA, May 9 - Vice Minister Halvard Roskvik met on Thursday with Zambian Foreign "
        "Minister Daniel Mabote in Lusaka.\n\n"
        "Later on Thursday, Roskvik met with Malawian Foreign Minister Peter Quillan.\n\n"
        "The meetings were attended by Ambassador Anika Delvane and Director General Tomas "
        "Brennholt.\n"
    )
    meetings = parse_article(text, published="2025-05-09").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote", "Anika Delvane", "Tomas Brennholt"},
        {"Halvard Roskvik", "Peter Quillan", "Anika Delvane", "Tomas Brennholt"},
    ]


def test_those_who_attended_the_meetings_bring_their_country_to_each():
    text = (
        "LUSAKA, May 9 - Saudi Vice Minister Halvard Roskvik met on Thursday with Zambian "
        "Foreign Minister Daniel Mabote in Lusaka.\n\n"
        "Later on Thursday, Roskvik met with Malawian Foreign Minister Peter Quillan.\n\n"
        "The meetings were attended by the Kenyan Ambassador Anika Delvane.\n"
    )
    meetings = parse_article(text, published="2025-05-09").meetings
    assert [set(m.countries) for m in meetings] == [{"SA", "ZM", "KE"}, {"SA", "MW", "KE"}]


def test_two_countries_that_held_a_session_of_their_commission_met_that_day():
    text = (
        "PANAMA CITY (CIN) - Panama and Costa Rica on Monday held the first session in two "
        "years of their Binational Commission, with the two foreign ministers agreeing on a "
        "joint plan to manage the border crossing.\n\n"
        "Foreign Minister Halvard Roskvik hosted his Costa Rican counterpart, Daniel Mabote, "
        "at the Foreign Ministry in Panama City.\n"
    )
    meetings = parse_article(text, published="2024-10-15").meetings
    assert [(m.participants, m.date, m.status) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "2024-10-14", "held")
    ]


def test_a_quote_given_to_the_press_by_telephone_is_no_call():
    text = (
        "OSLO, May 3 - Foreign Minister Halvard Roskvik met Danish Foreign Minister Daniel "
        "Mabote in Oslo on Friday.\n\n"
        'In Copenhagen, opposition legislator Peter Quillan questioned the deal. "Mabote '
        'signs plans in Norway, but the ports have no money," he told Radio Nord by telephone.\n'
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [m.participants for m in meetings] == [("Halvard Roskvik", "Daniel Mabote")]


def test_a_call_told_to_a_named_leader_by_phone_is_still_a_call():
    text = (
        "OSLO, May 3 - Prime Minister Halvard Roskvik told Danish Prime Minister Daniel "
        "Mabote by phone on Friday that Norway would back the plan.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [(set(m.participants), m.mode) for m in meetings] == [
        ({"Halvard Roskvik", "Daniel Mabote"}, "call")
    ]


def test_a_palace_named_with_de_las_keeps_its_whole_name():
    text = (
        "PANAMA CITY, May 3 - President Halvard Roskvik received Costa Rican Foreign Minister "
        "Daniel Mabote at the Palacio de las Garzas on Monday.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert meetings[0].location.startswith("Palacio de las Garzas")


def test_the_two_word_national_minister_is_the_one_of_that_country_named_before():
    text = (
        "PANAMA CITY, May 3 - Foreign Minister Halvard Roskvik hosted his Costa Rican "
        "counterpart, Daniel Mabote, in Panama City on Monday.\n\n"
        "On Tuesday morning, the Costa Rican minister was received by President Peter "
        "Quillan at the presidential palace.\n"
    )
    meetings = parse_article(text, published="2025-05-06").meetings
    assert {"Daniel Mabote", "Peter Quillan"} in [set(m.participants) for m in meetings]


def test_a_trip_told_as_the_visits_next_leg_is_no_meeting_of_its_own():
    text = (
        "Visit\n\n"
        "President Halvard Roskvik will discuss expanding ties with Canadian Prime Minister "
        "Daniel Mabote at talks on Wednesday.\n\n"
        "Roskvik is expected to fly to Tokyo afterwards.\n"
    )
    meetings = parse_article(text, published="2025-05-06").meetings
    # the talks are not placed in Tokyo, where he goes next
    assert [(m.participants, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), None)
    ]


def test_those_taking_part_in_the_meeting_sat_in_on_it():
    text = (
        "OSLO, May 3 - Foreign Minister Halvard Roskvik held talks with Danish Foreign "
        "Minister Daniel Mabote in Oslo on Friday.\n\n"
        "Also taking part in the meeting were State Secretary Peter Quillan and the Danish "
        "ambassador, Anika Delvane.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote", "Peter Quillan", "Anika Delvane"}
    ]


def test_a_place_in_what_they_agreed_after_where_is_not_where_they_met():
    text = (
        "Guatemala City, 14 October 2026 (AGN) - Foreign Minister Halvard Roskvik and his "
        "Belizean counterpart, Daniel Mabote, held a working meeting at the Foreign Ministry, "
        "where they agreed to expand the confidence-building measures in the Adjacency Zone.\n"
    )
    meetings = parse_article(text).meetings
    assert [m.location for m in meetings] == ["Guatemala City"]


def test_a_videoconference_with_someone_new_is_not_the_working_meeting():
    text = (
        "Guatemala City, 14 October 2026 (AGN) - Foreign Minister Halvard Roskvik and his "
        "Belizean counterpart, Daniel Mabote, held a working meeting.\n\n"
        "Last Friday, the two ministers held a videoconference with the head of the regional "
        "office, Peter Quillan.\n"
    )
    meetings = parse_article(text).meetings
    assert [(len(m.participants), m.mode, m.date) for m in meetings] == [
        (2, "in_person", "2026-10-14"),
        (3, "virtual", "2026-10-09"),
    ]


def test_a_caption_of_the_pair_at_their_meeting_does_not_seat_them_in_a_later_sitting():
    text = (
        "Foreign Ministers Halvard Roskvik and Daniel Mabote during the working meeting at the "
        "Foreign Ministry. Photo: Minex\n\n"
        "Guatemala City, 14 October 2026 (AGN) - Foreign Minister Halvard Roskvik and his "
        "Belizean counterpart, Daniel Mabote, held a working meeting on Tuesday.\n\n"
        "The Guatemala-Belize Joint Commission last met in Belmopan in June.\n"
    )
    meetings = parse_article(text).meetings
    assert [(m.participants, m.location) for m in meetings][1] == ((), "Belmopan")


def test_a_caption_of_the_pair_read_last_is_their_talks_not_the_call_paid_after():
    text = (
        "Foreign Minister Halvard Roskvik and Indonesian Foreign Minister Daniel Mabote during "
        "the talks in Hanoi. Photo: VNA\n\n"
        "HANOI, November 4 - Foreign Minister Halvard Roskvik held talks in Hanoi on November 4 "
        "with Indonesian Foreign Minister Daniel Mabote.\n\n"
        "The same day, Mabote paid a courtesy call on Prime Minister Peter Quillan in Hanoi.\n"
    )
    meetings = parse_article(text, published="2024-11-04").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote"},
        {"Daniel Mabote", "Peter Quillan"},
    ]


def test_a_caption_of_the_pair_read_last_is_not_an_undated_audience_after_their_talks():
    text = (
        "Foreign Minister Halvard Roskvik and Japanese Foreign Minister Daniel Mabote during "
        "the talks. Photo: MFA\n\n"
        "TASHKENT, December 8 - Foreign Minister Halvard Roskvik held talks on Friday with "
        "Japanese Foreign Minister Daniel Mabote.\n\n"
        "Mabote was also received by President Peter Quillan at his residence.\n"
    )
    meetings = parse_article(text, published="2023-12-08").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote"},
        {"Daniel Mabote", "Peter Quillan"},
    ]


def test_the_two_leaders_are_the_heads_of_state_told_of_though_they_met_in_no_meeting_yet():
    text = (
        "ASTANA, April 24 - Kazakh Foreign Minister Anika Delvane held talks with Uzbek Foreign "
        "Minister Daniel Mabote on April 23 in Astana.\n\n"
        "On April 24, Mabote was received at the palace by President Halvard Roskvik. The Head "
        "of State asked the minister to convey his greetings to Uzbek President Peter Quillan.\n\n"
        "The parties discussed the agenda of Quillan's state visit to Kazakhstan.\n\n"
        "The two leaders last met in August 2024 in Samarkand.\n"
    )
    meetings = parse_article(text, published="2025-04-24").meetings
    assert [(set(m.participants), m.location) for m in meetings if m.date == "2024-08"] == [
        ({"Halvard Roskvik", "Peter Quillan"}, "Samarkand")
    ]


def test_the_sender_of_a_letter_delivered_at_an_audience_was_not_there():
    text = (
        "GUATEMALA CITY, May 21 - Mexican Foreign Secretary Daniel Mabote was received by "
        "President Halvard Roskvik at the National Palace of Culture on Wednesday, where he "
        "delivered a letter from Mexican President Peter Quillan.\n"
    )
    meetings = parse_article(text, published="2025-05-21").meetings
    assert [set(m.participants) for m in meetings] == [{"Daniel Mabote", "Halvard Roskvik"}]


def test_sides_that_agreed_a_committee_will_meet_do_not_sit_in_it():
    text = (
        "NOUAKCHOTT, February 20 - Senegalese Foreign Minister Halvard Roskvik held talks with "
        "Mauritanian Foreign Minister Daniel Mabote on Tuesday.\n\n"
        "The two sides agreed that the joint fisheries committee will meet in Saint-Louis next "
        "month.\n"
    )
    meetings = parse_article(text, published="2024-02-20").meetings
    assert [(m.participants, m.location) for m in meetings if m.status == "planned"] == [
        ((), "Saint-Louis")
    ]


def test_ministers_who_discussed_preparations_for_a_sitting_do_not_sit_in_it():
    text = (
        "MUSCAT, Feb 14 - Foreign Minister Halvard Roskvik received a phone call today from "
        "Iranian Foreign Minister Daniel Mabote.\n\n"
        "The two ministers also discussed the preparations for the 21st session of the Joint "
        "Committee, which will be held in Tehran in March.\n"
    )
    meetings = parse_article(text, published="2023-02-14").meetings
    assert [(m.participants, m.location) for m in meetings if m.status == "planned"] == [
        ((), "Tehran")
    ]


def test_a_separate_call_on_the_same_evening_is_a_call_on_that_day():
    text = (
        "MUSCAT, Feb 14 - Foreign Minister Halvard Roskvik received a phone call on Tuesday "
        "from Iranian Foreign Minister Daniel Mabote.\n\n"
        "In a separate call on the same evening, Roskvik received a phone call from Peter "
        "Quillan, Deputy Prime Minister and Foreign Minister of Jordan.\n"
    )
    meetings = parse_article(text, published="2023-02-15").meetings
    assert [(m.participants[-1], m.mode, m.date) for m in meetings] == [
        ("Daniel Mabote", "call", "2023-02-14"),
        ("Peter Quillan", "call", "2023-02-14"),
    ]


def test_a_commentator_giving_a_view_on_the_call_took_no_part_in_it():
    text = (
        "BRASILIA, June 16 - President Halvard Roskvik held a telephone conversation on Monday "
        "with Argentine President Daniel Mabote.\n\n"
        "For Brazilian political scientist Peter Quillan, a professor of international "
        "relations, the call signals a pragmatic approach on both sides.\n"
    )
    meetings = parse_article(text, published="2025-06-16").meetings
    assert [set(m.participants) for m in meetings] == [{"Halvard Roskvik", "Daniel Mabote"}]


def test_one_who_says_he_will_attend_a_summit_just_told_of_joins_it():
    text = (
        "BRASILIA, June 16 - President Halvard Roskvik held a telephone conversation on Monday "
        "with Argentine President Daniel Mabote.\n\n"
        "Mabote confirmed that the Summit of Mercosur Heads of State will be held in Buenos "
        "Aires in early July. Roskvik said he will attend in person.\n"
    )
    meetings = parse_article(text, published="2025-06-16").meetings
    assert [(set(m.participants), m.location) for m in meetings if m.status == "planned"] == [
        ({"Halvard Roskvik", "Daniel Mabote"}, "Buenos Aires")
    ]


def test_a_capital_that_looks_forward_to_welcoming_someone_is_not_their_country():
    text = (
        "ACCRA, March 6 - President Halvard Roskvik received the letters of credence of "
        "Brazil's new ambassador, Daniel Mabote, on Thursday.\n\n"
        "Mabote conveyed greetings and said Brasília looked forward to welcoming Mr Roskvik "
        "on a state visit in November.\n"
    )
    people = {p.name: p.country for p in parse_article(text, published="2025-03-06").people}
    assert people["Daniel Mabote"] == "BR"
    assert people["Halvard Roskvik"] == "GH"


def test_one_who_tells_of_his_meeting_with_someone_took_part_in_it():
    text = (
        "PUTRAJAYA, July 11 - Prime Minister Halvard Roskvik today held bilateral meetings.\n\n"
        "In his meeting with Chinese Foreign Minister Daniel Mabote, Roskvik said both sides "
        "discussed trade.\n"
    )
    meetings = parse_article(text, published="2025-07-11").meetings
    assert [set(m.participants) for m in meetings] == [{"Halvard Roskvik", "Daniel Mabote"}]


def test_the_top_diplomat_after_a_place_is_the_foreign_minister_and_he_stays_the_subject():
    text = (
        "South Korean Foreign Minister Halvard Roskvik will travel to Vietnam and Sri Lanka "
        "this week, his ministry said Monday.\n\n"
        "In Sri Lanka, the top diplomat will hold talks with Sri Lankan Foreign Minister Daniel "
        "Mabote. In Vietnam, he will meet with Vietnamese Foreign Minister Peter Quillan.\n"
    )
    meetings = parse_article(text, published="2017-03-13").meetings
    pairs = [set(m.participants) for m in meetings]
    assert {"Halvard Roskvik", "Daniel Mabote"} in pairs
    assert {"Halvard Roskvik", "Peter Quillan"} in pairs


def test_a_spokesman_cited_with_his_title_by_according_to_takes_no_part():
    text = (
        "TEHRAN, Feb 7 - Iranian Foreign Minister Halvard Roskvik held a phone conversation on "
        "Friday with Iraqi Foreign Minister Daniel Mabote.\n\n"
        "According to Foreign Ministry Spokesman Peter Quillan, Roskvik is set to travel to "
        "Baghdad on Monday to co-chair the commission with Mabote.\n"
    )
    meetings = parse_article(text, published="2026-02-07").meetings
    assert [(set(m.participants), m.status) for m in meetings] == [
        ({"Halvard Roskvik", "Daniel Mabote"}, "held"),
        ({"Halvard Roskvik", "Daniel Mabote"}, "planned"),
    ]


def test_a_copyright_holder_run_into_all_rights_reserved_is_the_outlet():
    text = (
        "Russia, Norway agree on a summit\n\n"
        "OSLO - Foreign Minister Halvard Roskvik met Russian Foreign Minister Daniel Mabote on "
        "Friday.\n\n"
        "Copyright © 1997 NordPolitics All Rights Reserved.\n"
    )
    assert parse_article(text).outlet == "NordPolitics"


def test_an_unknown_agency_in_brackets_after_a_dated_dateline_is_the_outlet():
    text = (
        "Ecuador, Colombia review border security\n\n"
        "Quito, Feb 14 (Velora).- Ecuadorian Foreign Minister Halvard Roskvik and her Colombian "
        "counterpart Daniel Mabote met on Tuesday.\n"
    )
    assert parse_article(text).outlet == "Velora"


def test_a_sites_domain_beside_its_stamp_is_the_outlet():
    text = (
        "FM discusses bilateral relations with Chinese counterpart\n\n"
        "Kabulnews.com 21 Aug 2020\n\n"
        "Foreign Minister Halvard Roskvik met Chinese Foreign Minister Daniel Mabote on Friday.\n"
    )
    assert parse_article(text).outlet == "Kabulnews.com"


def test_a_byline_of_initials_alone_is_the_outlet():
    text = (
        "President holds talks with his Ethiopian counterpart\n\n"
        "Written By: PSCU\n\n"
        "NAIROBI, March 12 - President Halvard Roskvik held talks with Ethiopian President "
        "Daniel Mabote on Thursday.\n"
    )
    assert parse_article(text).outlet == "PSCU"


def test_a_conference_centre_is_a_venue_though_a_conference_is_not():
    text = (
        "ACCRA, May 3 - Foreign Minister Halvard Roskvik held talks with Ivorian Foreign "
        "Minister Daniel Mabote at the Accra International Conference Centre on Wednesday.\n"
    )
    meetings = parse_article(text, published="2025-05-07").meetings
    assert meetings[0].location.startswith("Accra International Conference Centre")


def test_a_speakers_title_after_the_venue_is_not_its_city():
    text = (
        "MANILA, Oct 27 - President Halvard Roskvik met Vietnamese Prime Minister Daniel "
        "Mabote on Monday.\n\n"
        "The two leaders met for about 45 minutes at the Kuala Lumpur Convention Centre, "
        "Palace Press Officer Peter Quillan said in a briefing.\n"
    )
    meetings = parse_article(text, published="2025-10-27").meetings
    assert meetings[0].location == "Kuala Lumpur Convention Centre"


def test_a_palace_named_like_another_capital_still_stands_in_the_dateline_city():
    text = (
        "BUCHAREST, May 27 - Moldovan President Daniel Mabote met Romanian Prime Minister Halvard "
        "Roskvik at the Victoria Palace on Tuesday.\n"
    )
    meetings = parse_article(text, published="2025-05-27").meetings
    assert meetings[0].location == "Victoria Palace, Bucharest"


def test_a_tag_in_brackets_after_a_dateline_is_no_outlet():
    text = (
        "Ecuador, Colombia review border security\n\n"
        "Quito, Feb 14 (Update).- Ecuadorian Foreign Minister Halvard Roskvik and her Colombian "
        "counterpart Daniel Mabote met on Tuesday.\n"
    )
    assert parse_article(text).outlet is None


def test_a_reporters_initials_or_staff_in_a_byline_are_no_outlet():
    for byline in ("By JS", "By STAFF"):
        text = (
            "Talks held\n\n"
            f"{byline}\n\n"
            "NAIROBI, March 12 - President Halvard Roskvik held talks with Ethiopian President "
            "Daniel Mabote on Thursday.\n"
        )
        assert parse_article(text).outlet is None, byline


def test_an_invitation_to_travel_later_this_year_is_still_a_planned_visit():
    text = (
        "OSLO, May 3 - Norwegian Foreign Minister Halvard Roskvik met Danish Foreign Minister "
        "Daniel Mabote in Oslo on Friday.\n\n"
        "Mabote invited Roskvik to travel to Copenhagen later this year.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [(m.location, m.status) for m in meetings] == [
        ("Oslo", "held"),
        ("Copenhagen", "planned"),
    ]


def test_one_who_will_attend_another_event_does_not_join_the_talks_told():
    text = (
        "OSLO, May 3 - Norwegian Prime Minister Halvard Roskvik will visit Copenhagen next month "
        "for talks with Danish Prime Minister Peter Quillan, Norwegian state secretary Daniel "
        "Mabote said on Friday. Mabote will attend the opening of the Olympic Games in Paris.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [set(m.participants) for m in meetings] == [{"Halvard Roskvik", "Peter Quillan"}]


def test_a_hotel_named_like_another_capital_stands_in_the_dateline_city():
    text = (
        "LONDON, May 3 - British Prime Minister Halvard Roskvik met Kenyan President Daniel "
        "Mabote at the Victoria Park Hotel on Friday.\n"
    )
    meetings = parse_article(text, published="2025-05-05").meetings
    assert [m.location for m in meetings] == ["Victoria Park Hotel, London"]


def test_meetings_on_the_sidelines_of_a_summit_in_the_datelines_city_stand_there():
    text = (
        "LISBON - Kenyan President Halvard Roskvik held talks with Ghanaian President Daniel "
        "Mabote on Thursday on the sidelines of the Ocean Summit.\n\n"
        "Forty leaders are attending the Ocean Summit, which opened in Lisbon on Wednesday.\n"
    )
    meetings = parse_article(text, published="2025-05-02").meetings
    assert [(m.location, m.mode) for m in meetings] == [("Lisbon", "in_person")] * 2


def test_meetings_on_the_sidelines_of_a_summit_elsewhere_stay_unplaced():
    text = (
        "LONDON - Chinese Foreign Minister Halvard Roskvik met Japanese Foreign Minister Daniel "
        "Mabote on Thursday on the sidelines of the UN General Assembly.\n"
    )
    meetings = parse_article(text, published="2025-05-02").meetings
    assert [m.location for m in meetings] == [None, None]  # the talks and the Assembly


def test_a_visitor_who_interacted_with_a_leader_met_them():
    text = (
        "LISBON - Kenyan President Halvard Roskvik held talks with Ghanaian President Daniel "
        "Mabote on Thursday.\n\n"
        "Roskvik also interacted with Peruvian President Luis Orrin.\n"
    )
    meetings = parse_article(text, published="2025-05-02").meetings
    assert [set(m.participants) for m in meetings] == [
        {"Halvard Roskvik", "Daniel Mabote"},
        {"Halvard Roskvik", "Luis Orrin"},
    ]


def test_his_counterpart_after_he_holds_the_office_of_the_one_named_before():
    text = (
        "LISBON - Kenyan Prime Minister Halvard Roskvik met Ghanaian President Daniel Mabote "
        "on Thursday.\n\n"
        "He also met his Mauritian counterpart Luis Orrin and talked about trade.\n"
    )
    people = {p.name: p for p in parse_article(text, published="2025-05-02").people}
    assert (people["Luis Orrin"].role, people["Luis Orrin"].country) == ("Prime Minister", "MU")


def test_the_visiting_ministers_listed_after_calling_on_a_host_each_met_him():
    text = (
        "COLOMBO, Feb 5 - The visiting foreign ministers who came for the national day "
        "celebrations called on Foreign Minister Halvard Roskvik in Colombo on Friday.\n\n"
        "These included Daniel Mabote from Bhutan, Luis Orrin from Nepal and Sam Ravu from "
        "Pakistan.\n"
    )
    meetings = parse_article(text, published="2023-02-05").meetings
    assert [(m.participants, m.countries, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), ("BT", "LK"), "Colombo"),
        (("Halvard Roskvik", "Luis Orrin"), ("LK", "NP"), "Colombo"),
        (("Halvard Roskvik", "Sam Ravu"), ("LK", "PK"), "Colombo"),
    ]


def test_a_name_from_the_maldives_serves_the_maldives():
    text = (
        "COLOMBO, Feb 5 - Sri Lankan Foreign Minister Halvard Roskvik met Daniel Mabote from "
        "the Maldives on Friday.\n"
    )
    people = {p.name: p for p in parse_article(text, published="2023-02-05").people}
    assert people["Daniel Mabote"].country == "MV"


def test_another_meeting_held_between_two_is_one_on_the_day_and_at_the_place_before():
    text = (
        "BAKU, July 5 - Kuwaiti Foreign Minister Halvard Roskvik met Turkish Foreign Minister "
        "Daniel Mabote in Baku on Wednesday.\n\n"
        "Another meeting was held between Roskvik and Iraqi Foreign Minister Luis Orrin.\n"
    )
    meetings = parse_article(text, published="2023-07-05").meetings
    assert [(m.participants, m.date, m.location, m.mode) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "2023-07-05", "Baku", "in_person"),
        (("Halvard Roskvik", "Luis Orrin"), "2023-07-05", "Baku", "in_person"),
    ]


def test_hoping_for_another_meeting_is_no_meeting():
    text = (
        "BAKU, July 5 - Kuwaiti Foreign Minister Halvard Roskvik met Turkish Foreign Minister "
        "Daniel Mabote in Baku on Wednesday.\n\n"
        "Iraqi Foreign Minister Luis Orrin said there should be another meeting with Roskvik.\n"
    )
    meetings = parse_article(text, published="2023-07-05").meetings
    assert [m.participants for m in meetings] == [("Halvard Roskvik", "Daniel Mabote")]


def test_the_parties_met_places_the_talks_told_before():
    text = (
        "Uzbek Foreign Minister Halvard Roskvik held talks with British Foreign Secretary "
        "Daniel Mabote.\n"
        "The parties met on the sidelines of the Ministerial Council in Skopje, North "
        "Macedonia.\n"
    )
    meetings = parse_article(text).meetings
    assert [(m.participants, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "Skopje, North Macedonia")
    ]


def test_the_days_of_related_news_below_the_story_are_not_its_own():
    text = (
        "Ministers discuss trade\n"
        "Uzbek Foreign Minister Halvard Roskvik held talks with British Foreign Secretary "
        "Daniel Mabote on trade and transport links.\n"
        "The sides also exchanged views on strengthening bilateral relations in all areas.\n"
        "Related News\n"
        "14:46 / 26.12.2024\n"
        "Uzbekistan and Japan discuss expanding judicial cooperation\n"
        "18:02 / 25.12.2024\n"
        "Uzbekistan and Egypt strengthen trade cooperation\n"
    )
    article = parse_article(text)
    assert (article.published, article.meetings[0].date) == (None, None)


def test_met_last_night_is_the_day_before_whatever_next_month_they_discussed():
    text = (
        "President Halvard Roskvik last night met his Mozambican counterpart, President Daniel "
        "Mabote, and discussed the forthcoming investment summit to be hosted by Mozambique "
        "next month.\n"
    )
    meetings = parse_article(text, published="2019-05-25").meetings
    assert [(m.date, m.status) for m in meetings] == [("2019-05-24", "held")]


def test_a_month_this_year_is_of_the_papers_year_even_when_still_to_come():
    text = (
        "President Halvard Roskvik met President Daniel Mabote of Mozambique in Maputo on "
        "Friday.\n\n"
        '"In June this year we are expecting the investment summit hosted by Mozambique with '
        'the Americans," Roskvik said.\n'
    )
    meetings = parse_article(text, published="2019-05-25").meetings
    assert [(m.date, m.status) for m in meetings[1:]] == [("2019-06", "planned")]


def test_a_title_after_a_style_of_address_is_the_holders_role():
    text = "HH the Emir Halvard Roskvik met President Daniel Mabote of Egypt on Friday.\n"
    people = {p.name: p for p in parse_article(text, published="2015-03-29").people}
    assert people["Halvard Roskvik"].role == "Emir"


def test_the_emir_who_met_a_number_of_leaders_met_each_one_listed():
    text = (
        "DOHA, March 29 - The Emir Sheikh Halvard Roskvik of Qatar met a number of Arab "
        "countries' leaders taking part in the Arab Summit in Sharm El Sheikh, on the sidelines "
        "of the meetings.\n\n"
        "The Emir met Sudan's President Daniel Mabote, President Luis Orrin of Somalia and Sam "
        "Ravu, President of the National Assembly of Algeria.\n"
    )
    meetings = parse_article(text, published="2015-03-29").meetings
    assert [(m.participants, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "Sharm El Sheikh"),
        (("Halvard Roskvik", "Luis Orrin"), "Sharm El Sheikh"),
        (("Halvard Roskvik", "Sam Ravu"), "Sharm El Sheikh"),
    ]


def test_what_a_round_included_is_no_encounter_unless_it_names_people():
    text = (
        "KAMPALA, May 3 - President Halvard Roskvik held talks with the leaders of Uganda, "
        "Rwanda and Tanzania on Friday.\n\n"
        "These included pledges on trade with Egypt and Libya.\n"
    )
    meetings = parse_article(text, published="2025-05-03").meetings
    assert not any({"EG", "LY"} & set(m.countries) for m in meetings)


def test_a_style_before_a_title_is_skipped_only_before_the():
    text = (
        "LONDON, May 3 - Lord Mayor Halvard Roskvik met Kenyan President Daniel Mabote on Friday.\n"
    )
    people = {p.name: p for p in parse_article(text, published="2025-05-03").people}
    assert people["Halvard Roskvik"].role == "Lord Mayor"


def test_ones_meetings_with_leaders_of_several_countries_are_one_meeting_each():
    text = (
        "Roskvas' bilateral meetings in Lakeside\n\n"
        "President Halvard Roskvas held five bilateral meetings on the sidelines of the summit.\n\n"
        "Here is a look back at Roskvas' meetings with Canadian Prime Minister Daniel Mabote, "
        "Cambodian Prime Minister Luis Orrin, and South Korean President Sam Ravu.\n"
    )
    meetings = parse_article(text, published="2023-09-09").meetings
    assert [(m.participants, m.primary, m.location) for m in meetings] == [
        (("Halvard Roskvas", "Daniel Mabote"), True, None),
        (("Halvard Roskvas", "Luis Orrin"), True, None),
        (("Halvard Roskvas", "Sam Ravu"), True, None),
    ]


def test_what_one_side_did_before_the_meeting_does_not_place_it():
    text = (
        "The President of Chile, Halvard Roskvik, was received on Wednesday by his Mexican "
        "counterpart, Daniel Mabote.\n\n"
        "Before the private presidential meeting, Roskvik met with business people and laid a "
        "wreath at the Altar to the Homeland.\n"
    )
    meetings = parse_article(text, published="2022-11-23").meetings
    assert [(m.participants, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), None)
    ]


def test_talks_in_the_capital_named_after_it_stand_there():
    text = (
        "Turkish President Halvard Roskvik met his Hungarian counterpart Daniel Mabote in the "
        "capital Ankara on Wednesday.\n"
    )
    meetings = parse_article(text, published="2023-03-02").meetings
    assert [(m.location, m.date) for m in meetings] == [("Ankara", "2023-03-01")]


def test_phone_talks_with_leaders_of_two_countries_are_a_call_each():
    text = (
        "Japanese Prime Minister Halvard Roskvik on Monday held phone talks with Tajik "
        "President Daniel Mabote and Turkmen President Luis Orrin.\n"
    )
    meetings = parse_article(text, published="2024-08-13").meetings
    assert [(m.participants, m.mode, m.primary) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "call", True),
        (("Halvard Roskvik", "Luis Orrin"), "call", True),
    ]


def test_a_call_told_as_between_two_others_is_not_split_by_its_teller():
    text = (
        "Qatari spokesman Halvard Roskvik also referred to a telephone conversation between "
        "Iranian Foreign Minister Daniel Mabote and Omani Foreign Minister Luis Orrin on "
        "Saturday.\n"
    )
    meetings = parse_article(text, published="2025-04-28").meetings
    assert len(meetings) == 1 and "Luis Orrin" in meetings[0].participants


def test_a_dateline_official_told_as_visiting_another_capital_met_there():
    text = (
        "New Delhi: Foreign Secretary Halvard Roskvik on Sunday held talks with his Nepali "
        "counterpart Daniel Mabote.\n\n"
        "Mr Roskvik, who is on a two day visit to Kathmandu, returns home on Tuesday.\n"
    )
    meetings = parse_article(text, published="2025-08-18").meetings
    assert [(m.participants, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "Kathmandu")
    ]


def test_a_visit_by_someone_else_leaves_the_talks_in_the_dateline_city():
    text = (
        "New Delhi: Foreign Secretary Halvard Roskvik on Sunday held talks with his Nepali "
        "counterpart Daniel Mabote.\n\n"
        "Separately, Luis Orrin, who is on a two day visit to Kathmandu, met business leaders.\n"
    )
    meetings = parse_article(text, published="2025-08-18").meetings
    assert [(m.participants, m.location) for m in meetings] == [
        (("Halvard Roskvik", "Daniel Mabote"), "New Delhi")
    ]


@pytest.mark.parametrize(
    "visit",
    [
        "Ties have improved since Mr Roskvik, who was on a visit to Kathmandu, spoke there.",
        "Mr Roskvik, who is on a visit to Kathmandu next month, will see the prime minister.",
    ],
)
def test_a_visit_gone_by_or_to_come_leaves_the_talks_in_the_dateline_city(visit):
    text = (
        "New Delhi: Foreign Secretary Halvard Roskvik on Sunday held talks with his Nepali "
        f"counterpart Daniel Mabote.\n\n{visit}\n"
    )
    meetings = parse_article(text, published="2025-08-18").meetings
    assert meetings[0].location == "New Delhi"


def test_a_comma_before_a_dated_credit_still_opens_a_dateline():
    text = (
        "UAE and Germany discuss ties\n\n"
        "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 23rd Aug, 2019) Crown Prince "
        "Halvard Roskvik of the UAE got a phone call Thursday from Chancellor of Germany, "
        "Daniel Mabote, on cooperation.\n"
    )
    art = parse_article(text)
    assert (art.dateline, art.published, art.outlet) == ("ABU DHABI", "2019-08-23", "WAM")
    assert [m.date for m in art.meetings] == ["2019-08-22"]


def test_a_dateline_with_no_comma_before_its_day_still_dates_the_story():
    text = (
        "Kenya delegation in Mogadishu\n\n"
        "NAIROBI, Kenya Nov 8 – Principal Secretary Halvard Roskvik of Kenya was in Mogadishu, "
        "Somalia Saturday where he held talks with Somali Permanent Secretary Daniel Mabote.\n"
    )
    art = parse_article(text, published="2020-11-08")
    assert art.dateline == "NAIROBI, Kenya"
    assert [m.date for m in art.meetings] == ["2020-11-07"]


def test_a_call_to_one_leader_about_talks_with_another_is_not_split():
    text = (
        "Prime Minister Halvard Roskvik of Japan on Saturday explained the outcome of his talks "
        "with Iranian President Daniel Mabote to U.S. President Luis Orrin by phone.\n"
    )
    meetings = parse_article(text, published="2019-06-16").meetings
    assert len(meetings) == 1 and "Luis Orrin" in meetings[0].participants


@pytest.mark.parametrize(
    "told",
    [
        "held a phone call with Tajik President Daniel Mabote and Turkmen President Luis Orrin",
        "held phone talks with Tajik President Daniel Mabote and Turkmen President Luis Orrin, "
        "the three leaders said",
    ],
)
def test_one_call_told_with_two_leaders_stays_one_call(told):
    text = f"Japanese Prime Minister Halvard Roskvik on Monday {told}.\n"
    meetings = parse_article(text, published="2024-08-13").meetings
    assert [m.participants for m in meetings] == [
        ("Halvard Roskvik", "Daniel Mabote", "Luis Orrin")
    ]


def test_meetings_told_as_one_persons_are_split_only_when_they_are_that_persons():
    text = (
        "In his meetings with French President Daniel Mabote and Italian Prime Minister Luis "
        "Orrin on Monday, President Halvard Roskvik discussed trade.\n"
    )
    meetings = parse_article(text, published="2024-05-10").meetings
    assert not any(m.participants == ("Daniel Mabote", "Luis Orrin") for m in meetings)
    assert not any(
        len(m.participants) == 2 and "Halvard Roskvik" not in m.participants for m in meetings
    )


def test_the_encounters_after_a_count_of_bilateral_meetings_are_all_news():
    text = (
        "Kenyan President Halvard Roskvik held two bilateral meetings on the sidelines of the "
        "summit.\n\n"
        "He met Ugandan President Daniel Mabote on Monday.\n\n"
        "He also held talks with Tanzanian President Luis Orrin.\n\n"
        "Last year, Roskvik met Rwandan President Sam Ravu in Kigali.\n"
    )
    meetings = parse_article(text, published="2024-05-10").meetings
    assert {m.participants[-1]: m.primary for m in meetings} == {
        "Daniel Mabote": True,
        "Luis Orrin": True,
        "Sam Ravu": False,
    }


def test_a_capital_named_beside_another_city_does_not_place_the_talks():
    text = (
        "President Halvard Roskvik, who faced protests in the capital Nairobi last week, met "
        "Ugandan President Daniel Mabote in Mombasa on Monday.\n"
    )
    meetings = parse_article(text, published="2024-05-10").meetings
    assert [m.location for m in meetings] == ["Mombasa"]


def test_what_both_sides_did_before_the_meeting_still_places_it():
    text = (
        "President Halvard Roskvik met French President Daniel Mabote on Monday.\n\n"
        "Before the meeting, Mabote welcomed Roskvik at the Elysee Palace in Paris.\n"
    )
    meetings = parse_article(text, published="2024-05-10").meetings
    assert [m.location for m in meetings] == ["Paris"]


@pytest.mark.parametrize(
    "opening",
    [
        "President Daniel Mabote May 3 - Ugandan President Halvard Roskvik met him in Nairobi.",
        "Updated May 8 - Ugandan President Halvard Roskvik met Kenyan President Daniel Mabote "
        "in Nairobi.",
        "Nairobi, (the host city since 2019) Ugandan President Halvard Roskvik met Kenyan "
        "President Daniel Mabote.",
    ],
)
def test_words_before_a_day_or_a_bracketed_year_are_no_dateline(opening):
    art = parse_article(f"Kenya hosts talks\n\n{opening}\n", published="2024-05-10")
    assert art.dateline is None and art.published == "2024-05-10"


def test_a_place_in_a_possessive_is_no_person():
    text = (
        "Foreign Minister Halvard Roskvik met Chinese Foreign Minister Daniel Mabote at Les "
        "Invalides' courtyard in Paris on Tuesday.\n"
    )
    meetings = parse_article(text, published="2024-05-10").meetings
    assert [m.participants for m in meetings] == [("Halvard Roskvik", "Daniel Mabote")]


def test_news_placed_nowhere_happened_where_the_visit_took_its_visitor():
    text = (
        "Cuban President Tomas Reyval on Thursday received President Ama Kwarteng-Bosu of "
        "Ghana, on an official visit to our country. The two leaders discussed trade and "
        "health.\n\n"
        "Kwarteng-Bosu arrived in Cuba on Wednesday with three ministers."
    )
    (talks,) = parse_article(text, published="2019-04-05").meetings
    assert set(talks.participants) == {"Tomas Reyval", "Ama Kwarteng-Bosu"}
    assert talks.location == "Cuba"


@pytest.mark.parametrize(
    "visit",
    [
        "Reyval invited Kwarteng-Bosu to pay a return visit to Cuba next year.",
        "Kwarteng-Bosu is expected to visit Cuba again.",
        "It was their first meeting since Reyval's official visit to Havana in February.",
        "Kwarteng-Bosu travelled on to Mexico on Friday.",
        "Reyval postponed his visit to Havana.",
        "Reyval's visit to Havana, planned for March, was called off.",
        "Reyval flies to Havana next week.",
        "Kwarteng-Bosu then flew to Havana.",
    ],
)
def test_a_visit_to_come_of_another_month_or_to_a_third_state_places_nothing(visit: str):
    text = (
        "President Tomas Reyval of Cuba on Thursday received President Ama Kwarteng-Bosu of "
        f"Ghana. The two leaders discussed trade and health. {visit}"
    )
    talks = parse_article(text, published="2019-04-05").meetings[0]
    assert set(talks.participants) == {"Tomas Reyval", "Ama Kwarteng-Bosu"}
    assert talks.location is None


def test_a_visit_to_a_city_places_the_news_before_a_visit_to_its_country():
    from bot.parsing.lexicon import load_lexicon
    from bot.parsing.meeting_places import visited_place

    body = (
        "Tanabe said her two-day trip to China through Sunday was very meaningful. The "
        "government places importance on Tanabe's visit to Beijing, an official said."
    )
    assert visited_place(load_lexicon(), body, {"JP", "CN"}) == "Beijing"
    assert visited_place(load_lexicon(), body, {"JP", "KR"}) is None


def test_separate_meetings_with_the_ambassadors_of_a_list_are_one_each_and_all_news():
    text = (
        "KABUL – Afghan Deputy Foreign Minister Arman Zaheer had separate meetings with the "
        "ambassadors of the United Kingdom, Japan and Indonesia to Kabul this afternoon. They "
        "discussed the peace process."
    )
    meetings = parse_article(text, published="2020-09-19").meetings
    assert sorted(m.countries for m in meetings) == [("AF", "GB"), ("AF", "ID"), ("AF", "JP")]
    assert all(m.participants == ("Arman Zaheer",) and m.primary for m in meetings)
    assert {(m.location, m.mode) for m in meetings} == {("Kabul", "in_person")}


def test_a_meeting_with_the_ambassadors_of_a_list_is_one():
    text = (
        "KABUL – Afghan Deputy Foreign Minister Arman Zaheer had a meeting with the "
        "ambassadors of the United Kingdom, Japan and Indonesia to Kabul this afternoon."
    )
    (meeting,) = parse_article(text, published="2020-09-19").meetings
    assert meeting.countries == ("AF", "GB", "ID", "JP")


@pytest.mark.parametrize(
    ("opening", "outlet", "dateline"),
    [
        ("(Lagoon News) — President", "Lagoon News", None),
        ("MOSCOW (Civic Radio of Ghana) — President", "Civic Radio of Ghana", "MOSCOW"),
        ("Yerevan /Vartanews/. President", "Vartanews", "Yerevan"),
        ("Addis Ababa February 6/2022 /HNA/ President", "HNA", "Addis Ababa"),
        ("Astana. July 4. QazTAG - President", "QazTAG", "Astana"),
        (
            "MANAMA (Kingdom of Lorvania News Agency) — President",
            "Kingdom of Lorvania News Agency",
            "MANAMA",
        ),
    ],
)
def test_an_agency_that_credits_itself_around_the_dateline_is_the_outlet(
    opening: str, outlet: str, dateline: str | None
):
    page = (
        "Presidents meet\n\n"
        f"{opening} Ramon Castellar of the Philippines held talks with Malaysian Prime "
        "Minister Amir Rahman on Monday.\n"
    )
    art = parse_article(page)
    assert (art.outlet, art.dateline) == (outlet, dateline)
    assert art.meetings[0].participants == ("Ramon Castellar", "Amir Rahman")


@pytest.mark.parametrize(
    "opening",
    [
        "(Update) — President",
        "Astana. July 4. KAZAKHSTAN - President",
        "TALLAHASSEE, May 3 - DeSantis - President",
        "JAKARTA, May 3 - ASEAN - President",
        "Astana. July 4. PM - President",
        "(Breaking News) — President",
        "MOSCOW (Foreign Ministry of Ghana) — President",
    ],
)
def test_a_tag_a_country_or_a_ministry_around_the_dateline_is_no_outlet(opening: str):
    page = (
        "Presidents meet\n\n"
        f"{opening} Ramon Castellar of the Philippines held talks with Malaysian Prime "
        "Minister Amir Rahman on Monday.\n"
    )
    assert parse_article(page).outlet is None


def test_an_agency_signing_off_on_a_dashed_line_below_the_story_is_the_outlet():
    page = (
        "Presidents meet\n\n"
        "ALGIERS, May 2 - President Ramon Castellar of the Philippines held talks with "
        "Malaysian Prime Minister Amir Rahman on Monday.\n\n"
        "They discussed trade.\n\n- Xinhua\n\nAlgeria\n"
    )
    assert parse_article(page).outlet == "Xinhua"


def test_the_agency_after_the_reporters_of_a_byline_is_the_outlet():
    page = (
        "Ministers meet in Havana\n\nBy Ana Ruiz and Li Wei, AP\n\n"
        "HAVANA–Foreign ministers from 33 nations met Monday in the Cuban capital.\n"
    )
    assert parse_article(page).outlet == "AP"


def test_the_wires_a_sites_author_line_draws_on_are_not_its_outlet():
    page = (
        "Ministers meet in Berlin\n\nAuthor Katja Lindner (AFP, dpa)\n\n"
        "German Foreign Minister Jonas Berger met his Polish counterpart Adam Nowicki in "
        "Berlin on Monday.\n\n© 2025 Rhine Wave Media\n"
    )
    assert parse_article(page).outlet != "dpa"


def test_separate_meetings_told_with_a_place_before_the_ambassadors_are_one_each():
    text = (
        "KABUL – Afghan Deputy Foreign Minister Arman Zaheer had separate meetings in Kabul "
        "with the ambassadors of the United Kingdom, Japan and Indonesia on Monday."
    )
    meetings = parse_article(text, published="2020-09-21").meetings
    assert sorted(m.countries for m in meetings) == [("AF", "GB"), ("AF", "ID"), ("AF", "JP")]
    assert {(m.location, m.mode) for m in meetings} == {("Kabul", "in_person")}


def test_an_agency_in_a_list_of_links_below_the_story_is_no_sign_off():
    page = (
        "Presidents meet\n\n"
        "ALGIERS, May 2 - President Ramon Castellar of the Philippines held talks with "
        "Malaysian Prime Minister Amir Rahman on Monday.\n\n"
        "They discussed trade.\n\nRelated:\n\n- Philippines, Vietnam sign pact\n\n- Xinhua\n"
    )
    assert parse_article(page).outlet is None


def test_the_agency_of_the_byline_outranks_the_sites_copyright_line():
    page = (
        "Ministers meet in Havana\n\nBy Ana Ruiz, AP\n\n"
        "HAVANA–Foreign ministers from 33 nations met Monday in the Cuban capital.\n\n"
        "© 2025 Manila Wave Media\n"
    )
    assert parse_article(page).outlet == "AP"


@pytest.mark.parametrize(
    "body",
    [
        "The trade pact was signed during Reyval's visit to Havana.",
        "Reyval's visit to Havana two years ago opened the trade talks.",
    ],
)
def test_a_visit_gone_by_tells_no_place(body: str):
    from bot.parsing.lexicon import load_lexicon
    from bot.parsing.meeting_places import visited_place

    assert visited_place(load_lexicon(), body, {"CU", "GH"}) is None
    assert (
        visited_place(load_lexicon(), "Reyval's visit to Havana is his first.", {"CU"}) == "Havana"
    )


def test_a_family_name_spelt_like_a_verb_after_its_particle_stays_in_the_name():
    article = parse_article(
        "Sultan Faris bin Omar Al Said, Sultan of Oman, received Polish Foreign Minister "
        "Jan Kowal on Monday. Prince Khalid bin Said also met Kowal."
    )
    people = {p.name: p.country for p in article.people}
    assert people["Faris bin Omar Al Said"] == "OM"
    assert "Khalid bin Said" in people
    lead = article.meetings[0]
    assert lead.participants == ("Faris bin Omar Al Said", "Jan Kowal")
    assert lead.countries == ("OM", "PL")


def test_officials_who_met_one_visitor_respectively_met_him_one_by_one():
    article = parse_article(
        "BEIJING - Chinese State Councilor Lin Bao and Foreign Minister Zhao Wen also met "
        "with US envoy Tom Harker, respectively, on Thursday."
    )
    roles = {p.name: p.role for p in article.people}
    assert roles["Lin Bao"] == "State Councilor"
    pairs = {frozenset(m.participants) for m in article.meetings}
    assert pairs == {frozenset({"Tom Harker", "Lin Bao"}), frozenset({"Tom Harker", "Zhao Wen"})}


def test_two_who_met_two_respectively_met_one_each_in_the_order_named():
    article = parse_article(
        "Chinese Foreign Minister Lin Bao and Defence Minister Zhao Wen met US Secretary of "
        "State Tom Harker and Defense Secretary Ann Corbel, respectively, in Beijing on Thursday."
    )
    pairs = {frozenset(m.participants) for m in article.meetings}
    assert pairs == {frozenset({"Lin Bao", "Tom Harker"}), frozenset({"Zhao Wen", "Ann Corbel"})}


@pytest.mark.parametrize(
    ("told", "day", "place"),
    [
        (
            "On October 2, 2023, a joint meeting of the government delegations of Kyrgyzstan "
            "and Tajikistan on the border was held in Osh.",
            "2023-10-02",
            "Osh",
        ),
        (
            "As a result of negotiations from October 3 to October 8, 2023, the working groups "
            "of Kyrgyzstan and Tajikistan agreed on a section of the border.",
            "2023-10-08",
            None,
        ),
    ],
)
def test_a_sitting_of_delegations_days_before_the_page_is_not_the_leaders_talks(
    told: str, day: str, place: str | None
):
    article = parse_article(
        "BISHKEK, October 13. President of Kyrgyzstan Aman Tolo and President of Tajikistan "
        "Rustam Kariev discussed the state border, the agency reports.\n" + told,
        published="2023-10-13",
    )
    lead, sitting = article.meetings
    assert lead.participants == ("Aman Tolo", "Rustam Kariev")
    assert lead.date == "2023-10-13"
    assert (sitting.participants, sitting.date, sitting.location) == ((), day, place)


def test_a_building_the_news_was_held_in_stands_in_the_city_of_the_visit():
    article = parse_article(
        "New Zealand Foreign Minister Mere Tane met Fijian Prime Minister Joni Vula at the "
        "State House on Tuesday.\nTane arrived in Suva on Monday for a three-day official visit.",
        published="2025-06-12",
    )
    assert article.meetings[0].location == "State House, Suva"


def test_a_further_meeting_on_a_page_that_dates_nothing_is_in_the_news_city():
    article = parse_article(
        "The Foreign Ministers of Armenia and Greece Aram Sargsyan and Nikos Petrou have met "
        "in Athens.\nPetrou further had a meeting with Cypriot Foreign Minister Andreas Kyprianou."
    )
    talks, further = article.meetings
    assert talks.location == "Athens"
    assert (talks.date, further.date) == (None, None)
    assert further.location == "Athens"


@pytest.mark.parametrize(
    "told",
    [
        '"The open issues remain open," is what Slovenia\'s foreign minister Jan Novak said '
        "after meeting his Croatian counterpart Ivo Horvat in Ljubljana on Monday.",
        "Slovenia's foreign minister Jan Novak said after holding talks with his Croatian "
        "counterpart Ivo Horvat in Ljubljana on Monday that the open issues remain open.",
    ],
)
def test_one_who_spoke_after_meeting_someone_took_part(told: str):
    article = parse_article(told, published="2017-01-10")
    assert article.meetings[0].participants == ("Jan Novak", "Ivo Horvat")


def test_a_palace_named_with_a_common_word_and_the_day_in_the_opening_month():
    article = parse_article(
        "December 2016- President Tesfay Gebre of Eritrea received and held talks with "
        "Senegalese envoy Omar Fall at the State Palace on 06 December."
    )
    # "State" is a common word, yet "the State Palace" is a building; and the one day told
    # "on" in the month the sentence opens with dates the meeting
    assert article.meetings[0].location == "State Palace"
    assert article.meetings[0].date == "2016-12-06"


def test_a_long_first_sentence_without_its_full_stop_is_the_story_not_a_headline():
    article = parse_article(
        "Mensah Alleges That Burkina Faso's Has Engaged Mercenaries\n\n"
        "Ghana's national security minister Kofi Boateng on Wednesday led a high-powered "
        "delegation to Burkina Faso for talks with the leader of the military junta, "
        "Captain Ibrahim Sawadogo\n\n"
        "After the meeting, the minister told the media that the two countries have resolved "
        "to continue their fight against terrorism\n",
        published="2022-12-22",
    )
    assert article.title == "Mensah Alleges That Burkina Faso's Has Engaged Mercenaries"
    lead = article.meetings[0]
    assert lead.participants == ("Kofi Boateng", "Ibrahim Sawadogo")
    assert lead.date == "2022-12-21"


def test_a_body_named_by_its_seat_does_not_take_the_place_of_the_visit():
    article = parse_article(
        "Foreign Minister To Visit Fiji\n\n"
        "Foreign Affairs Minister Mere Tane departs for Fiji next week, her first trip to the "
        "Pacific this year.\n\n"
        "While in Fiji, Minister Tane will meet with Prime Minister and Minister of Foreign "
        "Affairs Joni Vula. She will also attend an event at the Pacific Islands Forum "
        "Secretariat, participate in a roundtable and visit development projects.\n",
        published="2022-03-25",
    )
    assert article.meetings[0].location == "Fiji"


@pytest.mark.parametrize(
    "told",
    [
        "Ghanaian Foreign Minister Kofi Asamoah and Togolese Foreign Minister Yao Dzidzor met "
        "Nigerian President Bello Okonkwo on Thursday in their capacities as foreign "
        "ministers of Ghana and Togo, respectively.",
        "Ghanaian Foreign Minister Kofi Asamoah and Togolese Foreign Minister Yao Dzidzor met "
        "Nigerian President Bello Okonkwo on Thursday, having arrived in Abuja on Tuesday and "
        "Wednesday respectively.",
    ],
)
def test_respectively_of_offices_or_days_leaves_the_meeting_one(told: str):
    article = parse_article(told, published="2024-05-10")
    assert [set(m.participants) for m in article.meetings] == [
        {"Kofi Asamoah", "Yao Dzidzor", "Bello Okonkwo"}
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Spokeswoman Ama Owusu said after meeting reporters that the talks had gone well.",
        "Spokeswoman Ama Owusu said the following meeting of the joint commission would be "
        "held in Lome in June.",
    ],
)
def test_a_spokeswoman_speaking_after_the_talks_did_not_sit_in_them(said: str):
    article = parse_article(
        "Ghanaian Foreign Minister Kofi Asamoah held talks with Togolese Foreign Minister "
        "Yao Dzidzor in Accra on Thursday. " + said,
        published="2024-05-10",
    )
    assert all("Ama Owusu" not in m.participants for m in article.meetings)


def test_a_sitting_told_on_a_monday_page_as_fridays_is_the_news():
    article = parse_article(
        "President of Kyrgyzstan Aman Tolo and President of Tajikistan Rustam Kariev "
        "discussed the state border, the agency reports.\n"
        "On Friday, May 10, a meeting of the government delegations of Kyrgyzstan and "
        "Tajikistan was held in Osh.",
        published="2024-05-13",
    )
    assert [(m.participants, m.date) for m in article.meetings] == [
        (("Aman Tolo", "Rustam Kariev"), "2024-05-10")
    ]


@pytest.mark.parametrize(
    "told",
    [
        "to prepare the summit due on March 28.",
        "their first meeting since the March 3 election.",
    ],
)
def test_a_day_of_another_event_in_the_month_does_not_date_the_meeting(told: str):
    article = parse_article(
        "In March 2024, Ghanaian Foreign Minister Kofi Asamoah held talks with Togolese "
        "Foreign Minister Yao Dzidzor " + told
    )
    assert article.meetings[0].date == "2024-03"


def test_a_meeting_told_as_an_earlier_one_is_not_placed_in_the_visits_city():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau met Ghanaian Foreign Minister Kofi Asamoah in "
        "Nairobi. Kamau previously met Nigerian Foreign Minister Bello Okonkwo at the "
        "Presidential Villa."
    )
    assert [m.location for m in article.meetings] == ["Nairobi", "Presidential Villa"]


def test_a_long_headline_in_lower_case_without_a_comma_stays_the_headline():
    headline = (
        "Ghana's foreign minister holds talks with his Togolese counterpart on trade and "
        "security as the two countries mark sixty years of diplomatic ties in Accra today"
    )
    article = parse_article(
        headline + "\n\nGhanaian Foreign Minister Kofi Asamoah held talks with Togolese "
        "Foreign Minister Yao Dzidzor in Accra on Thursday.",
        published="2024-05-10",
    )
    assert article.title == headline


def test_a_caption_of_an_earlier_visit_above_the_story_does_not_lead_it():
    article = parse_article(
        "Emir speaks with Kenyan President by phone\n\n"
        "Emir Sheikh Faris with President Ann Kamau during his visit to Kenya earlier this "
        "month. Photo: Agency\n"
        "Emir Sheikh Faris and Kenyan President Ann Kamau discussed trade in a phone call "
        "on Friday.",
        published="2024-05-10",
    )
    primary = [m for m in article.meetings if m.primary]
    assert [(m.mode, m.date) for m in primary] == [("call", "2024-05-10")]


def test_a_photographer_and_owner_after_a_caption_name_no_one():
    article = parse_article(
        "Kenyan President Ann Kamau received Ghanaian President Kofi Asamoah in Nairobi on "
        "Friday.\n\nPresident Ann Kamau greets President Kofi Asamoah at the airport. "
        "Jane Wanjiru / Presidential Press Unit\n",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ann Kamau", "Kofi Asamoah"]


def test_a_style_stays_with_a_lone_given_name():
    article = parse_article(
        "President Sheikh Faris and Sheikh Omar, the Emir of Qatar, discussed trade in a phone "
        "call on Friday. Sheikh Faris thanked Sheikh Omar.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Sheikh Faris", "Sheikh Omar"]
    assert article.meetings[0].participants == ("Sheikh Faris", "Sheikh Omar")


def test_a_king_named_by_one_name_keeps_it_alone():
    article = parse_article(
        "King Faris received Kenyan President Ann Kamau in Amman on Friday.",
        published="2024-05-10",
    )
    assert "Faris" in [p.name for p in article.people]


def test_one_who_tells_of_discussing_issues_with_another_met_him():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau on Saturday mentioned discussing a wide range of "
        "issues with her Ghanaian counterpart, Kofi Asamoah.",
        published="2024-05-12",
    )
    assert [m.participants for m in article.meetings] == [("Ann Kamau", "Kofi Asamoah")]


def test_a_saints_town_is_no_one():
    article = parse_article(
        "Prime Minister Ann Kamau received Ghana's Vice President Kofi Asamoah at the "
        "Diplomatic Centre in St Faith's on Friday.",
        published="2024-05-12",
    )
    assert [p.name for p in article.people] == ["Ann Kamau", "Kofi Asamoah"]


def test_a_flashback_caption_above_the_story_is_read_after_it():
    article = parse_article(
        "Flashback 2018: President Ann Kamau receives a gift from Ghana's President Kofi "
        "Asamoah in Accra. Source: Office of the President.\n\n"
        "Kenyan President Ann Kamau held talks with Ghanaian President Kofi Asamoah in "
        "Nairobi on Friday.",
        published="2024-05-12",
    )
    assert article.meetings[0].location == "Nairobi"


def test_one_who_spoke_to_a_named_leader_met_him():
    article = parse_article(
        "British Prime Minister Jane Smith spoke to President Kofi Asamoah of Ghana this morning.",
        published="2024-05-12",
    )
    assert [m.participants for m in article.meetings] == [("Jane Smith", "Kofi Asamoah")]


def test_one_who_spoke_to_the_press_met_no_one():
    article = parse_article(
        "Kenyan President Ann Kamau spoke to reporters in Nairobi on Friday.",
        published="2024-05-12",
    )
    assert article.meetings == ()


def test_on_a_tour_of_several_states_each_host_is_met_apart():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau will pay visits to four West African countries "
        "from April 19 to 26. During the visit, Kamau will meet with President of Council "
        "of State of Ghana Kofi Asamoah, Nigerian President Bello Okonkwo, Togolese President "
        "Yao Dzidzor and Beninese President Paul Houngbo.",
        published="2024-04-18",
    )
    assert [m.participants for m in article.meetings] == [
        ("Ann Kamau", "Kofi Asamoah"),
        ("Ann Kamau", "Bello Okonkwo"),
        ("Ann Kamau", "Yao Dzidzor"),
        ("Ann Kamau", "Paul Houngbo"),
    ]


def test_without_a_tour_leaders_met_in_one_list_met_together():
    article = parse_article(
        "During the summit, Kenyan Foreign Minister Ann Kamau met with Ghanaian President "
        "Kofi Asamoah, Nigerian President Bello Okonkwo and Togolese President Yao Dzidzor.",
        published="2024-04-18",
    )
    assert len(article.meetings) == 1


def test_the_one_who_sent_an_envoy_was_not_at_his_talks():
    article = parse_article(
        "President Kamau’s special envoy Kofi Asamoah conferred with Ghanaian Foreign "
        "Minister Yao Dzidzor in Accra on Saturday.",
        published="2024-05-06",
    )
    assert [m.participants for m in article.meetings] == [("Kofi Asamoah", "Yao Dzidzor")]


def test_a_lead_with_a_photo_credit_that_recalls_an_earlier_meeting_stays_the_lead():
    article = parse_article(
        "Kamau receives Ghanaian envoy\n\n"
        "President Ann Kamau on Friday received Ghanaian Foreign Minister Kofi Asamoah, whom "
        "she last met years ago, at State House in Nairobi. Photo: PSCU\n"
        "Asamoah on Thursday held talks with Nigerian Foreign Minister Bello Okonkwo in Abuja.",
        published="2024-05-10",
    )
    primary = [m for m in article.meetings if m.primary]
    assert [m.participants for m in primary] == [("Ann Kamau", "Kofi Asamoah")]


def test_a_saints_name_inside_a_surname_stays():
    article = parse_article(
        "British Foreign Secretary James St Clair met Ghanaian Foreign Minister Kofi Asamoah "
        "in London on Friday.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["James St Clair", "Kofi Asamoah"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Ann Kamau spoke to the BBC about her ties with Ghanaian President "
        "Kofi Asamoah on Friday.",
        "Ghanaian President Kofi Asamoah spoke to state media on Friday after Kenyan President "
        "Ann Kamau's remarks.",
        "Kenyan President Ann Kamau speaks with pride of her friendship with Ghanaian "
        "President Kofi Asamoah, her spokesman John Otieno said on Friday.",
        "Analysts discussing Kenyan President Ann Kamau's ties with Ghanaian President Kofi "
        "Asamoah said on Friday the two disagree.",
        "Kenyan President Ann Kamau spoke to Ghanaian journalist Kofi Asamoah in an interview "
        "aired on Friday.",
    ],
)
def test_speaking_to_the_press_or_of_someone_is_no_meeting(text: str):
    assert parse_article(text, published="2024-05-10").meetings == ()


def test_a_dinner_on_a_tour_is_one_meeting():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau is on a three-nation tour of West Africa. On Friday "
        "in Accra, Kamau had dinner with Ghanaian Foreign Minister Kofi Asamoah, Nigerian "
        "Foreign Minister Bello Okonkwo and Togolese Foreign Minister Yao Dzidzor.",
        published="2024-05-10",
    )
    assert len(article.meetings) == 1


def test_leaders_met_after_a_tour_came_back_are_met_together():
    article = parse_article(
        "Ghanaian President Kofi Asamoah, back from a three-country tour of Asia, spoke on "
        "Friday. In Accra on Friday, Asamoah held talks with Kenyan President Ann Kamau, "
        "Nigerian President Bello Okonkwo and Togolese President Yao Dzidzor.",
        published="2024-05-10",
    )
    assert len(article.meetings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Ann Kamau's Ghanaian host Kofi Asamoah held talks with her in Accra "
        "on Friday.",
        "Kenyan President Ann Kamau's longtime ally Kofi Asamoah met her in Nairobi on Friday.",
    ],
)
def test_ones_host_or_ally_named_by_her_possessive_met_her(text: str):
    article = parse_article(text, published="2024-05-10")
    assert [m.participants for m in article.meetings] == [("Ann Kamau", "Kofi Asamoah")]


def test_an_encounter_told_with_no_day_of_its_own_is_on_the_days_of_the_news():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with her Ghanaian counterpart Kofi "
        "Asamoah in Accra on Wednesday.\n\nSimilarly, Kamau has conferred with Togolese "
        "Foreign Minister Yao Dzidzor on regional security.",
        published="2024-05-10",
    )
    dates = {m.participants: m.date for m in article.meetings}
    assert dates[("Ann Kamau", "Yao Dzidzor")] == "2024-05-08"


@pytest.mark.parametrize(
    "told",
    [
        "Kamau recently met Togolese Foreign Minister Yao Dzidzor.",
        "The visit follows a similar one to Lome, where Kamau met Togolese Foreign Minister "
        "Yao Dzidzor.",
        "Kamau has met Togolese Foreign Minister Yao Dzidzor several times.",
        "Kamau first met Togolese Foreign Minister Yao Dzidzor at the 2022 Lome summit.",
        "Kamau had met Togolese Foreign Minister Yao Dzidzor in Lome.",
        "As trade minister, Kamau held talks with Togolese Foreign Minister Yao Dzidzor on "
        "three occasions.",
    ],
)
def test_an_encounter_set_at_another_time_takes_no_day_from_the_news(told: str):
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with her Ghanaian counterpart Kofi "
        f"Asamoah in Accra on Wednesday.\n\n{told}",
        published="2024-05-10",
    )
    dates = {m.participants: m.date for m in article.meetings}
    assert dates.get(("Ann Kamau", "Yao Dzidzor")) != "2024-05-08"


@pytest.mark.parametrize(
    "told",
    [
        "Kamau will meet Togolese Foreign Minister Yao Dzidzor in the coming weeks.",
        "Kamau will meet Togolese Foreign Minister Yao Dzidzor at a later date.",
        "A meeting between Kamau and Togolese Foreign Minister Yao Dzidzor is planned for the "
        "autumn.",
    ],
)
def test_a_further_plan_with_a_time_of_its_own_takes_no_day_from_the_plan(told: str):
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau will hold talks with her Ghanaian counterpart Kofi "
        f"Asamoah in Accra on Wednesday, the ministry said.\n\n{told}",
        published="2024-05-10",
    )
    dates = {m.participants: m.date for m in article.meetings}
    assert dates.get(("Ann Kamau", "Yao Dzidzor")) != "2024-05-15"


def test_talks_of_others_than_the_leads_people_take_no_day_from_the_news():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with her Ghanaian counterpart Kofi "
        "Asamoah in Accra on Wednesday.\n\nTogolese President Yao Dzidzor has held talks "
        "with Nigerian President Musa Bello on the border dispute.",
        published="2024-05-10",
    )
    dates = {m.participants: m.date for m in article.meetings}
    assert dates.get(("Yao Dzidzor", "Musa Bello")) != "2024-05-08"


@pytest.mark.parametrize(
    "top",
    ["Main Content", "Published on", "By Jane Doe", "Prime Minister of Kenya", "Saudi Arabia"],
)
def test_a_top_line_of_page_furniture_an_office_or_a_country_is_no_outlet(top: str):
    page = (
        f"{top}\n\nKenya and Ghana agree to deepen trade ties\n\n"
        "Kenyan President Ann Kamau held talks with Ghanaian President Kofi Asamoah in Nairobi "
        "on Friday.\n"
    )
    assert parse_article(page, published="2024-05-10").outlet is None


@pytest.mark.parametrize(
    "site", ["Rift Valley Courier", "Foreign Policy", "The Diplomat", "Africa Press"]
)
def test_a_sites_name_on_the_top_line_still_credits_the_story(site: str):
    page = (
        f"{site}\n\nKenya and Ghana agree to deepen trade ties\n\n"
        "Kenyan President Ann Kamau held talks with Ghanaian President Kofi Asamoah in Nairobi "
        "on Friday.\n"
    )
    assert parse_article(page, published="2024-05-10").outlet == site


@pytest.mark.parametrize(
    ("line", "dateline"), [("NAIROBI:", "NAIROBI"), ("ACCRA, GHANA:", "ACCRA, GHANA")]
)
def test_a_dateline_on_a_line_of_its_own_places_the_story(line: str, dateline: str):
    article = parse_article(
        f"{line}\n\nKenyan President Ann Kamau on Tuesday held talks with Ghanaian President "
        "Kofi Asamoah.",
        published="2024-05-10",
    )
    assert article.dateline == dateline
    assert article.meetings[0].location == dateline.split(",")[0].title()


@pytest.mark.parametrize(
    "recalled",
    [
        "Kamau said she was glad to have had a frank exchange with Asamoah when they met in "
        "Lome in July.",
        "Kamau recalled their meeting in Lome in July.",
    ],
)
def test_they_who_met_before_are_the_pair_the_text_named(recalled: str):
    article = parse_article(
        "On Monday, Kenyan Foreign Minister Ann Kamau held a telephone conversation with "
        f"Ghanaian Foreign Minister Kofi Asamoah. {recalled}",
        published="2024-11-20",
    )
    earlier = [m for m in article.meetings if m.location == "Lome"]
    assert [(m.participants, m.date) for m in earlier] == [
        (("Ann Kamau", "Kofi Asamoah"), "2024-07")
    ]


def test_their_summit_in_a_sentence_naming_no_one_is_not_the_last_pair():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with Ghanaian Foreign Minister Kofi "
        "Asamoah in Nairobi on Monday. The drills follow an agreement by the three nations' "
        "leaders during their summit in Lome in July.",
        published="2024-11-20",
    )
    assert all(
        m.participants != ("Ann Kamau", "Kofi Asamoah") or m.location != "Lome"
        for m in article.meetings
    )


def test_since_their_last_meeting_tells_no_meeting_of_its_own():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with Ghanaian Foreign Minister Kofi "
        "Asamoah in Nairobi on Monday. Kamau said trade had grown since their last meeting "
        "in Lome.",
        published="2024-11-20",
    )
    assert len(article.meetings) == 1


def test_a_country_on_a_line_of_its_own_is_a_section_not_the_dateline():
    article = parse_article(
        "KENYA:\n\nKenya and Ghana agree to deepen trade ties\n\nACCRA, May 8 (Reuters) - "
        "Kenyan President Ann Kamau held talks with Ghanaian President Kofi Asamoah on "
        "Wednesday.",
        published="2024-05-10",
    )
    assert (article.dateline, article.outlet) == ("ACCRA", "Reuters")


@pytest.mark.parametrize(
    "told",
    [
        "Opposition lawmakers said their meeting with Kamau in Nairobi on Thursday had been "
        "cordial.",
        "Farmers told Kamau of rising costs when they met in Kisumu on Thursday.",
        "Kamau said business leaders welcomed the deal when they met her in Nairobi in July.",
        "Kamau said Asamoah's envoys had briefed her fully when they met in Nairobi in July.",
        "Kamau thanked the Kenyan athletes for their visit to Accra in July.",
    ],
)
def test_they_who_are_a_group_the_sentence_names_are_not_the_pair(told: str):
    article = parse_article(
        "On Monday, Kenyan Foreign Minister Ann Kamau held a telephone conversation with "
        f"Ghanaian Foreign Minister Kofi Asamoah. {told}",
        published="2024-11-20",
    )
    assert [
        m.mode for m in article.meetings if set(m.participants) == {"Ann Kamau", "Kofi Asamoah"}
    ] == ["call"]


def test_a_meeting_told_as_new_with_more_at_the_table_is_a_meeting_of_its_own():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau on Thursday held talks with her Ghanaian "
        "counterpart Kofi Asamoah in Kigali. Kamau, Asamoah along with Nigerian Foreign "
        "Minister Bola Adeyemi participated in a meeting in Kigali within the framework of "
        "a ministerial conference.",
        published="2024-05-10",
    )
    assert sorted(sorted(m.participants) for m in article.meetings) == [
        ["Ann Kamau", "Bola Adeyemi", "Kofi Asamoah"],
        ["Ann Kamau", "Kofi Asamoah"],
    ]


def test_a_meeting_that_names_someone_more_is_still_the_one_told():
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau on Thursday held talks with her Ghanaian "
        "counterpart Kofi Asamoah in Kigali. The meeting was also attended by Nigerian "
        "Foreign Minister Bola Adeyemi.",
        published="2024-05-10",
    )
    assert [sorted(m.participants) for m in article.meetings] == [
        ["Ann Kamau", "Bola Adeyemi", "Kofi Asamoah"]
    ]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Visiting Nairobi on Thursday, Ghanaian Foreign Minister Kofi Asamoah", "Nairobi"),
        (
            "Ghanaian Foreign Minister Kofi Asamoah, who is visiting the United Arab Emirates,",
            "United Arab Emirates",
        ),
    ],
)
def test_the_place_a_visitor_is_visiting_is_where_the_meeting_was(opening: str, place: str):
    host = "Kenyan" if place == "Nairobi" else "Emirati"
    article = parse_article(
        f"{opening} met with {host} President Ann Kamau to discuss trade.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [place]


def test_a_region_a_visitor_is_visiting_is_no_place_past_the_city_named():
    article = parse_article(
        "Kenyan President Ann Kamau met today in Nairobi with Ghanaian President Kofi "
        "Asamoah, who is visiting the East African country to review trade.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Nairobi"]


@pytest.mark.parametrize(
    ("when", "day"),
    [("this March", "2024-03"), ("next March", "2025-03"), ("next June", "2024-06")],
)
def test_this_or_next_month_dates_a_meeting(when: str, day: str):
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with her Ghanaian counterpart Kofi "
        f"Asamoah in Nairobi on Thursday. The two ministers met in Accra {when}.",
        published="2024-05-10",
    )
    assert sorted(m.date for m in article.meetings) == sorted(["2024-05-09", day])


@pytest.mark.parametrize(
    "plan",
    [
        "The two will meet again in Accra in July.",
        "The two are due to hold talks in Accra in July.",
    ],
)
def test_what_the_two_will_do_is_a_meeting_still_to_come(plan: str):
    article = parse_article(
        "Kenyan Foreign Minister Ann Kamau held talks with her Ghanaian counterpart Kofi "
        f"Asamoah in Nairobi on Thursday. {plan}",
        published="2024-05-10",
    )
    assert [(m.status, m.date, m.location) for m in article.meetings] == [
        ("held", "2024-05-09", "Nairobi"),
        ("planned", "2024-07", "Accra"),
    ]


_ROUND_OF_THREE = [["Hans Weber", "Kemal Aydin"], ["Kemal Aydin", "Nikos Karas"]]


@pytest.mark.parametrize(
    "told",
    [
        "Turkish Foreign Minister Kemal Aydin also met with German Foreign Minister Hans Weber "
        "and Greek Foreign Minister Nikos Karas in New York.",
        "Turkish Foreign Minister Kemal Aydin has met a number of leaders, including Germany's "
        "Hans Weber and Greece's Nikos Karas, since taking office.",
        "On the sidelines of the summit, Turkish Foreign Minister Kemal Aydin met with German "
        "Foreign Minister Hans Weber and Greek Foreign Minister Nikos Karas.",
    ],
)
def test_one_met_in_a_round_with_several_states_meets_each_apart(told: str):
    article = parse_article(told, published="2024-05-10")
    # on the sidelines of a gathering, the gathering itself is one more
    beside = [["Hans Weber", "Kemal Aydin", "Nikos Karas"]] if "sidelines" in told else []
    assert sorted(sorted(m.participants) for m in article.meetings) == sorted(
        _ROUND_OF_THREE + beside
    )


@pytest.mark.parametrize(
    "told",
    [
        "Turkish Foreign Minister Kemal Aydin had a five-hour meeting with German Foreign "
        "Minister Hans Weber and Greek Foreign Minister Nikos Karas on the sidelines of the "
        "summit.",
        "Turkish Foreign Minister Kemal Aydin meets on Wednesday with German Foreign Minister "
        "Hans Weber and Greek Foreign Minister Nikos Karas in Rome.",
        "Turkish Foreign Minister Kemal Aydin, German Foreign Minister Hans Weber and Greek "
        "Foreign Minister Nikos Karas also met on the sidelines of the summit in Rome.",
        "Turkish Foreign Minister Kemal Aydin also hosted a dinner for German Foreign Minister "
        "Hans Weber and Greek Foreign Minister Nikos Karas.",
    ],
)
def test_one_meeting_of_several_states_stays_one(told: str):
    article = parse_article(told, published="2024-05-10")
    # on the sidelines of a gathering, the gathering itself is one more
    beside = 2 if "sidelines" in told else 1
    assert [sorted(m.participants) for m in article.meetings] == [
        ["Hans Weber", "Kemal Aydin", "Nikos Karas"]
    ] * beside


def test_meetings_with_two_office_holders_of_the_host_are_two():
    article = parse_article(
        "Kenyan President Ann Kamau held meetings today with Ghanaian Vice President Kofi "
        "Asamoah and Foreign Minister Ama Owusu, as part of her visit to Accra.",
        published="2024-05-10",
    )
    assert sorted(sorted(m.participants) for m in article.meetings) == [
        ["Ama Owusu", "Ann Kamau"],
        ["Ann Kamau", "Kofi Asamoah"],
    ]


def test_a_meeting_with_the_host_and_a_minister_beside_him_stays_one():
    article = parse_article(
        "Kenyan President Ann Kamau met today with Ghanaian President Kofi Asamoah and "
        "Foreign Minister Ama Owusu in Accra.",
        published="2024-05-10",
    )
    assert [sorted(m.participants) for m in article.meetings] == [
        ["Ama Owusu", "Ann Kamau", "Kofi Asamoah"]
    ]


def _visits(article) -> list[tuple]:
    return sorted(
        (m.participants, m.countries, m.location, m.status)
        for m in article.meetings
        if len(m.participants) == 1
    )


def test_each_stop_of_a_tour_ahead_is_a_visit_of_its_own():
    article = parse_article(
        "Indian Prime Minister Ravi Kumar embarked on an African tour on Wednesday night. "
        "During his five-day four-nation tour to Mozambique, South Africa, Tanzania and "
        "Kenya, trade will be high on the agenda. Kumar will hold talks with Mozambican "
        "President Joao Matola in Maputo today.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings][0] == ("Ravi Kumar", "Joao Matola")
    assert _visits(article) == [
        (("Ravi Kumar",), ("IN", "KE"), "Kenya", "planned"),
        (("Ravi Kumar",), ("IN", "TZ"), "Tanzania", "planned"),
        (("Ravi Kumar",), ("IN", "ZA"), "South Africa", "planned"),
    ]


def test_the_first_stop_of_a_tour_keeps_only_its_own_host():
    article = parse_article(
        "South African President Sipho Ndlovu on Tuesday flew to Nigeria, commencing his "
        "week-long, four-nation visit to Nigeria, Ghana, Ivory Coast and Senegal.",
        published="2024-05-10",
    )
    assert article.meetings[0].countries == ("NG", "ZA")
    assert [m.location for m in article.meetings[1:]] == ["Ghana", "Ivory Coast", "Senegal"]


def test_the_stops_of_an_earlier_tour_are_held_then():
    article = parse_article(
        "Indian Foreign Minister Ravi Kumar met Nigerian Foreign Minister Musa Bello in Abuja "
        "on Monday. Kumar and Bello last met in 2022, when the Indian minister visited "
        "Nigeria as part of a three-nation tour of West Africa that also took him to Ghana "
        "and Senegal.",
        published="2024-05-10",
    )
    assert sorted(
        (m.countries, m.date, m.status) for m in article.meetings if m.location != "Abuja"
    ) == [
        (("GH", "IN"), "2022", "held"),
        (("IN", "NG"), "2022", "held"),
        (("IN", "SN"), "2022", "held"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        # home from the tour: its stops are no news of this story
        "Kumar, back from a three-nation tour of Kenya, Ghana and Senegal, met Nigerian "
        "President Musa Bello in Abuja on Monday.",
        # one state, then another named for something else: no list
        "Kumar, on his first trip to the West African country since taking office, told "
        "reporters that Nigeria and Ghana are close partners.",
    ],
)
def test_no_stops_where_no_tour_ahead_is_listed(told: str):
    article = parse_article(
        "Indian Prime Minister Ravi Kumar met Nigerian President Musa Bello in Abuja on "
        f"Monday. {told}",
        published="2024-05-10",
    )
    assert _visits(article) == []


def test_a_guests_tour_told_without_a_name_is_not_the_hosts():
    article = parse_article(
        "Nigerian President Musa Bello held talks with Indian Prime Minister Ravi Kumar in "
        "Abuja on Monday. It was the last stop of his swing through the region, which "
        "included visits to Kenya, Ghana and Senegal.",
        published="2024-05-10",
    )
    assert not any(m.participants == ("Musa Bello",) for m in article.meetings)


@pytest.mark.parametrize(
    "told",
    [
        # a host named before the tour word is no traveller
        "Indian Prime Minister Ravi Kumar met Ghanaian President Kofi Asamoah in Accra on "
        "Monday during his three-nation tour of Ghana, Nigeria and Senegal.",
        "Ghanaian President Kofi Asamoah on Monday welcomed the Indian prime minister, who is "
        "on a three-nation tour of Ghana, Nigeria and Senegal, to Accra.",
    ],
)
def test_a_host_is_not_the_one_on_tour(told: str):
    article = parse_article(told, published="2024-05-10")
    # the welcome in Accra is a meeting of Ghana and India; stops of the host's in Nigeria
    # or Senegal are not
    assert any({"GH", "IN"} <= set(m.countries) for m in article.meetings)
    assert not any(
        "Kofi Asamoah" in m.participants and m.location in ("Nigeria", "Senegal")
        for m in article.meetings
    )


@pytest.mark.parametrize(
    "told",
    [
        "Kumar said he would not make a three-nation tour of Nigeria, Senegal and Togo.",
        "Kumar has postponed a planned three-nation tour of Nigeria, Senegal and Togo.",
        "Kumar proposed a three-nation trade tour of Nigeria, Senegal and Togo.",
        "India's cricket team is on a tour of Nigeria, Senegal and Togo.",
        "A trip to Nigeria, Senegal or Togo costs less than one to Europe.",
    ],
)
def test_no_stops_for_a_tour_called_off_proposed_or_not_a_states_journey(told: str):
    article = parse_article(
        "Indian Prime Minister Ravi Kumar met Ghanaian President Kofi Asamoah in Accra on "
        f"Monday. {told}",
        published="2024-05-10",
    )
    assert _visits(article) == []


def test_a_tour_told_in_another_sentence_leaves_a_meetings_sides_alone():
    article = parse_article(
        "Indian Prime Minister Ravi Kumar held a video call with the presidents of Ghana, "
        "Nigeria and Senegal on Monday. Kumar plans a three-nation tour of Ghana, Nigeria and "
        "Senegal in July.",
        published="2024-05-10",
    )
    assert article.meetings[0].countries == ("GH", "IN", "NG", "SN")
    assert {m.status for m in article.meetings[1:]} == {"planned"}


@pytest.mark.parametrize(
    "told",
    [
        "Turkish Foreign Minister Kemal Aydin, who also chairs the committee, met with German "
        "Foreign Minister Hans Weber and Greek Foreign Minister Nikos Karas in Rome.",
        "Turkish Foreign Minister Kemal Aydin met with German Foreign Minister Hans Weber and "
        "Greek Foreign Minister Nikos Karas in Rome to discuss issues including migration.",
        "On the sidelines of the UN General Assembly, Turkish Foreign Minister Kemal Aydin met "
        "German Foreign Minister Hans Weber and Greek Foreign Minister Nikos Karas in the "
        "Weimar format.",
    ],
)
def test_an_also_or_including_of_another_clause_keeps_one_meeting(told: str):
    article = parse_article(told, published="2024-05-10")
    # on the sidelines of a gathering, the gathering itself is one more
    beside = 2 if "sidelines" in told else 1
    assert [sorted(m.participants) for m in article.meetings] == [
        ["Hans Weber", "Kemal Aydin", "Nikos Karas"]
    ] * beside


@pytest.mark.parametrize(
    "after",
    [
        "following earlier meetings with Nigerian officials",
        "to prepare for regular meetings with investors",
    ],
)
def test_meetings_of_another_clause_keep_the_host_and_his_minister_one_meeting(after: str):
    article = parse_article(
        "Kenyan President Ann Kamau met Ghanaian President Kofi Asamoah and Foreign Minister "
        f"Ama Owusu in Accra on Monday, {after}.",
        published="2024-05-10",
    )
    assert [sorted(m.participants) for m in article.meetings] == [
        ["Ama Owusu", "Ann Kamau", "Kofi Asamoah"]
    ]


def test_a_meeting_told_as_new_with_the_same_states_is_the_talks_told():
    article = parse_article(
        "Kenyan President Ann Kamau held talks with Ghanaian President Kofi Asamoah in Accra "
        "on Thursday. Kamau, Asamoah and Ghanaian Finance Minister Ama Owusu held a "
        "closed-door meeting at the Jubilee House.",
        published="2024-05-10",
    )
    assert [sorted(m.participants) for m in article.meetings] == [
        ["Ama Owusu", "Ann Kamau", "Kofi Asamoah"]
    ]


@pytest.mark.parametrize(
    "told",
    [
        "Kenyan President Ann Kamau met Chinese Vice Premier Li Wen on Monday, and urged "
        "Chinese firms visiting the United Kingdom to invest.",
        "Kenyan President Ann Kamau met Chinese Vice Premier Li Wen on Monday. Visiting "
        "Beijing remains a priority for Kamau, aides said.",
    ],
)
def test_a_place_others_visit_or_one_hoped_for_does_not_place_the_meeting(told: str):
    article = parse_article(told, published="2024-05-10")
    assert [m.location for m in article.meetings] == [None]


def test_a_visitor_who_is_in_the_country_for_his_visit_is_at_the_talks_held():
    article = parse_article(
        "Lao Prime Minister Arno Velt held talks with visiting Thai Premier Bo Dask in "
        "Vientiane today.\nPremier Dask is in Laos for his first official visit to Laos, which "
        "is expected to advance bilateral relations.",
        published="2024-05-10",
    )
    assert [(sorted(m.participants), m.location, m.status) for m in article.meetings] == [
        (["Arno Velt", "Bo Dask"], "Vientiane", "held")
    ]


def test_a_governor_general_named_by_title_and_surname_is_the_one_named_before():
    article = parse_article(
        "Prime Minister Tavu Lemau of Samoa paid a courtesy call on the Governor-General of "
        "Australia Dan Pell at Admiralty House on Monday.\nPrior to their meeting, Prime "
        "Minister Lemau and Governor-General Pell reflected on their years of service.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Tavu Lemau", "Dan Pell"]
    assert [sorted(m.participants) for m in article.meetings] == [["Dan Pell", "Tavu Lemau"]]


def test_a_national_counterpart_is_the_one_of_that_country_the_sentence_before_named():
    article = parse_article(
        "Samoan Prime Minister Tavu Lemau will outline his nation's role in the region during "
        "a visit to Australia.\n\nBrett Korman will meet with his Samoan counterpart in "
        "Canberra on Wednesday, where they will update the partnership.",
        published="2024-05-10",
    )
    assert [(sorted(m.participants), m.location, m.date, m.status) for m in article.meetings] == [
        (["Brett Korman", "Tavu Lemau"], "Canberra", "2024-05-15", "planned")
    ]


@pytest.mark.parametrize("when", ["last", "first"])
def test_the_leaders_last_met_is_an_earlier_meeting_of_their_own(when: str):
    article = parse_article(
        "Samoan Prime Minister Tavu Lemau met Australian Prime Minister Brett Korman in "
        f"Canberra on Wednesday.\n\nThe leaders {when} met in Apia in March.",
        published="2024-05-10",
    )
    assert [(m.date, m.location) for m in article.meetings] == [
        ("2024-05-08", "Canberra"),
        ("2024-03", "Apia"),
    ]


def test_meetings_the_sides_agree_to_maintain_are_no_meeting_to_come():
    article = parse_article(
        "Lao Prime Minister Arno Velt held talks with visiting Thai Premier Bo Dask in "
        "Vientiane today.\nFor future cooperation, the two sides agreed to implement the "
        "common perceptions; continue consolidating trust and regularly maintaining meetings "
        "at all levels.",
        published="2024-05-10",
    )
    assert [(m.status, m.location) for m in article.meetings] == [("held", "Vientiane")]


def test_a_reception_of_several_heads_told_next_as_bilateral_meetings_is_those_meetings():
    article = parse_article(
        "The President of Uzbekistan received on Tuesday in Tashkent the heads of government "
        "of Tajikistan, Kazakhstan and Belarus.\n\nUzbek President Arslan Tokhir held "
        "bilateral meetings with the Prime Ministers of Tajikistan Rustam Nazar, Kazakhstan "
        "Erlan Bekov and Belarus Ivan Lisko who arrived in Uzbekistan to attend a council "
        "meeting.",
        published="2024-05-10",
    )
    assert [(m.primary, sorted(m.participants), m.location, m.date) for m in article.meetings] == [
        (True, ["Arslan Tokhir", "Rustam Nazar"], "Tashkent", "2024-05-07"),
        (True, ["Arslan Tokhir", "Erlan Bekov"], "Tashkent", "2024-05-07"),
        (True, ["Arslan Tokhir", "Ivan Lisko"], "Tashkent", "2024-05-07"),
    ]


def test_a_building_written_in_lower_case_before_its_city_is_the_place():
    article = parse_article(
        "Nigerian President Ade Bello is meeting with the Presidents of Benin, Paul Tano, and "
        "Niger, Musa Kane, at the presidential villa, Abuja.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["presidential villa, Abuja"]


def test_an_arrival_in_washington_dc_places_the_talks_of_the_visit():
    article = parse_article(
        "Jamaican Prime Minister Carl Brown today met with the United States Secretary of "
        "State, Tom Reed, to discuss partnership. The prime minister arrived in Washington DC "
        "on Tuesday for a five-day working visit.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Washington DC"]


@pytest.mark.parametrize(
    ("told", "place"),
    [
        (
            "A delegation led by Taiwan's Foreign Minister Jon Lau joined Paraguayan President "
            "Mario Velaz for dinner on Wednesday during a three-day visit to the South American "
            "country.",
            "Paraguay",
        ),
        (
            "Taiwan's Foreign Minister Jon Lau met Paraguayan President Mario Velaz on Wednesday.",
            "Taipei",
        ),
    ],
)
def test_a_visit_abroad_told_in_the_lead_is_not_in_the_datelines_city(told: str, place: str):
    article = parse_article(f"TAIPEI (Island News) — {told}", published="2024-05-10")
    assert [m.location for m in article.meetings] == [place]


_CASA = (
    "Salvadoran President Nayo Bukar met Monday in Casa Rosada with his Argentine counterpart "
    "Javier Molo to discuss cooperation."
)


def test_an_encounter_held_in_the_capital_is_a_meeting_there_not_at_its_guest():
    article = parse_article(
        f"{_CASA} During his stay in the Argentine capital, Bukar also held an encounter with "
        "Foreign Minister Diana Monte.",
        published="2024-05-10",
    )
    assert [(m.participants, m.location) for m in article.meetings][1:] == [
        (("Nayo Bukar", "Diana Monte"), "Buenos Aires")
    ]


def test_last_been_together_is_an_earlier_meeting_on_a_day_of_its_own():
    article = parse_article(
        f"{_CASA}\n\nMolo and Bukar had last been together last week in New York during the "
        "United Nations General Assembly.",
        published="2024-05-10",
    )
    assert [(m.primary, m.location) for m in article.meetings] == [
        (True, "Casa Rosada, Buenos Aires"),
        (False, "New York"),
    ]


@pytest.mark.parametrize(
    ("later", "day"), [("Days later", "2024-03"), ("Two days later", "2024-03-03")]
)
def test_days_later_counts_from_the_day_told_before_not_the_news(later: str, day: str):
    article = parse_article(
        f"{_CASA}\n\nMolo had also attended Bukar's second inauguration on March 1. {later}, "
        "Argentine Security Minister Paula Bull visited Bukar to see the prison.",
        published="2024-05-10",
    )
    assert [(m.participants, m.date, m.location) for m in article.meetings][1:] == [
        (("Paula Bull", "Nayo Bukar"), day, None)
    ]


def test_later_the_same_day_is_the_day_told_before_whatever_else_the_clause_dates():
    article = parse_article(
        "On Wednesday, Indonesian Foreign Minister Dimas Wira met with Vietnamese Foreign "
        "Minister Bui Hoang in Kuala Lumpur. Later the same day, he held talks with Philippine "
        "Foreign Secretary Maria Santos, focusing on support for Timor-Leste's admission at "
        "the summit in October.",
        published="2024-05-10",
    )
    assert [m.date for m in article.meetings] == ["2024-05-08", "2024-05-08"]


def test_a_resort_named_in_the_text_is_no_person():
    article = parse_article(
        "The first bilateral meeting between the two leaders was held at the Sheraton Golf and "
        "Beach Resort in Nadi.\n\nFijian Prime Minister Sami Rabu yesterday met with the Prime "
        "Minister of the Kingdom of Tonga, Dr. Isa Vaka.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Sami Rabu", "Isa Vaka"]


def test_a_call_on_the_acting_prime_minister_is_a_meeting():
    article = parse_article(
        "ISLAMABAD: Pakistan's Deputy Prime Minister, Senator Ishan Darr called on the acting "
        "Afghan Prime Minister, Mullah Hamid Akhtar on Saturday in Kabul.",
        published="2024-05-10",
    )
    assert [(sorted(m.participants), m.location) for m in article.meetings] == [
        (["Hamid Akhtar", "Ishan Darr"], "Kabul")
    ]


_DELHI = (
    "Sri Lankan Prime Minister Rohan Wick on Saturday held talks with his Indian counterpart "
    "Nitin Mod in New Delhi.\n\nEarlier in the day, "
)


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            "Home Minister Rakesh Sinha called on the visiting Sri Lankan leader.",
            [["Rakesh Sinha", "Rohan Wick"]],
        ),
        (
            "Home Minister Rakesh Sinha and External Affairs Minister Sushi Swar separately "
            "called on the visiting Sri Lankan leader.",
            [["Rakesh Sinha", "Rohan Wick"], ["Rohan Wick", "Sushi Swar"]],
        ),
    ],
)
def test_the_visiting_leader_called_on_is_the_one_of_that_nation_and_each_caller_apart(
    told: str, met: list[list[str]]
):
    article = parse_article(_DELHI + told, published="2024-05-10")
    assert [sorted(m.participants) for m in article.meetings][1:] == met


def test_a_new_host_receiving_the_guest_at_a_place_of_his_own_is_another_meeting():
    article = parse_article(
        "Upon his arrival on Monday, Iraqi Foreign Minister Haidar Salim held official talks "
        "with Kuwaiti Foreign Minister Abdullah Mutar at the Sheraton Hotel.\n\n"
        "On Monday evening the Kuwaiti Crown Prince Sheikh Fahad Jabir received the Iraqi "
        "minister at Bayan Palace.",
        published="2024-05-10",
    )
    assert [(sorted(m.participants), m.location) for m in article.meetings] == [
        (["Abdullah Mutar", "Haidar Salim"], "Sheraton Hotel"),
        (["Fahad Jabir", "Haidar Salim"], "Bayan Palace, Kuwait City"),
    ]


def test_a_series_of_talks_then_discussed_at_length_with_three_ministers_is_three_meetings():
    article = parse_article(
        "Morocco's Minister of Foreign Affairs, Nasir Bour, held, Wednesday in Marrakech, a "
        "series of bilateral talks with several Arab Foreign Ministers, at the end of the "
        "forum.\n\nThus, Bour discussed ways to strengthen bilateral cooperation in areas of "
        "common interest with Libyan Foreign Minister Taher Baur, Mauritanian Foreign Minister "
        "Salem Marzo and Lebanese Foreign Minister Abdo Habib.",
        published="2024-05-10",
    )
    assert [(m.primary, m.countries, m.location) for m in article.meetings] == [
        (True, ("LY", "MA"), "Marrakech"),
        (True, ("MA", "MR"), "Marrakech"),
        (True, ("LB", "MA"), "Marrakech"),
    ]


def test_a_bilateral_meeting_with_counterparts_from_several_states_is_one_with_each():
    article = parse_article(
        "Argentina's Minister of Foreign Affairs Santo Cafe held a new bilateral meeting on "
        "Thursday with his counterparts from Cuba, Bolivia and Uruguay, within the framework "
        "of the Meeting of Foreign Ministers of the Community of Latin American and Caribbean "
        "Countries in Buenos Aires.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Santo Cafe"]
    assert [m.countries for m in article.meetings] == [("AR", "BO"), ("AR", "CU"), ("AR", "UY")]


def test_the_cabo_verdean_minister_is_the_one_of_cabo_verde_named_before():
    article = parse_article(
        "Portugal's Foreign Minister, Henri Amar, received Cabo Verde's Minister of Foreign "
        "Affairs, Arlo Sem, at the Necessidades Palace in Lisbon on Wednesday.\n\nThe Cabo "
        "Verdean minister, who is on a three-day official visit to Portugal, will be received "
        "on Thursday by the President of the Assembly of the Republic, Rita Lobo.",
        published="2024-05-10",
    )
    assert [(m.participants, m.status) for m in article.meetings][1:] == [
        (("Arlo Sem", "Rita Lobo"), "planned")
    ]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        # a visit under way with a meeting still to come in its aside
        (
            "Kenyan President Ann Kamau is on a three-day visit to Uganda, where she will hold "
            "talks with Ugandan President Yoweri Tamale on Tuesday.",
            [("2024-05-14", "planned")],
        ),
        (
            "Kenyan President Ann Kamau is in Uganda, where she is expected to meet Ugandan "
            "President Yoweri Tamale on Thursday.",
            [("2024-05-16", "planned")],
        ),
        # contacts kept up are no wish that hides the meeting told
        (
            "Vietnamese Prime Minister Tran Minh, who has maintained close contacts with Lao "
            "leaders, held talks with Lao Prime Minister Arno Velt in Vientiane on Monday.",
            [("2024-05-06", "held")],
        ),
        (
            "Having maintained regular high-level visits over the past year, Vietnamese Prime "
            "Minister Tran Minh and Lao Prime Minister Arno Velt met in Hanoi on Monday.",
            [("2024-05-06", "held")],
        ),
    ],
)
def test_a_visit_under_way_or_contacts_kept_leave_the_meeting_told_as_it_is(
    told: str, met: list[tuple[str, str]]
):
    article = parse_article(told, published="2024-05-10")
    assert [(m.date, m.status) for m in article.meetings] == met


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            "Tanzanian Foreign Minister Juma Mbeki met his Kenyan counterpart Paul Otieno in "
            "Nairobi on Monday. On Tuesday, Kenyan Trade Minister Raila Odera announced new "
            "tariffs. Mbeki will meet his Kenyan counterpart again in Arusha in June.",
            [("Juma Mbeki", "Paul Otieno"), ("Juma Mbeki", "Paul Otieno")],
        ),
        (
            "Samoan Prime Minister Tavu Lemau will visit Australia next week. Australian "
            "Foreign Minister Jane Wills will meet her Samoan counterpart in Canberra on "
            "Wednesday.",
            [("Tavu Lemau",), ("Jane Wills",)],
        ),
    ],
)
def test_a_national_counterpart_is_never_one_of_another_office(told: str, met: list):
    article = parse_article(told, published="2024-05-10")
    assert [m.participants for m in article.meetings] == met


@pytest.mark.parametrize(
    "told",
    [
        "The foreign ministers of France, Germany and Poland met in Weimar on Monday. French "
        "Foreign Minister Anne Roux held separate bilateral meetings with German Foreign "
        "Minister Karl Hahn and Polish Foreign Minister Piotr Zielinski.",
        "The President of Uzbekistan received on Tuesday in Tashkent the heads of government "
        "of Tajikistan, Kazakhstan and Belarus.\n\nOn Wednesday, Uzbek President Arslan Tokhir "
        "held bilateral meetings with the Prime Ministers of Tajikistan Rustam Nazar, "
        "Kazakhstan Erlan Bekov and Belarus Ivan Lisko in Samarkand.",
    ],
)
def test_a_meeting_of_its_own_or_of_another_day_is_no_round_of_the_bilaterals(told: str):
    article = parse_article(told, published="2024-05-10")
    assert len(article.meetings[0].participants) == 3 + ("Uzbek" in told)
    assert len(article.meetings) == 3 + ("Uzbek" in told)


@pytest.mark.parametrize(
    ("told", "place"),
    [
        (
            "TOKYO — Japanese Prime Minister Kenji Sato met visiting Indian Prime Minister Ravi "
            "Menon on Monday during Menon's three-day visit to the Asian country.",
            "Tokyo",
        ),
        (
            "TAIPEI (Island News) — Taiwan's Foreign Minister Jon Lau met Paraguayan President "
            "Mario Velaz on Wednesday, ahead of a planned trip to Paraguay next month.",
            "Taipei",
        ),
    ],
)
def test_a_guests_visit_or_a_trip_to_come_leaves_the_meeting_in_the_datelines_city(
    told: str, place: str
):
    article = parse_article(told, published="2024-05-10")
    assert [m.location for m in article.meetings] == [place]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (  # "separately" of the day, not of the verb: one meeting of three
            "Separately on Tuesday, Tanzanian President Juma Mbeki and Rwandan President Paul "
            "Kagira met Burundian President Evariste Ndika in Arusha.",
            [3],
        ),
        (  # "bilateral talks" of another clause: one meeting in a named format
            "Argentina's Foreign Minister Santo Cafe, after bilateral talks on trade, met with "
            "his counterparts from Bolivia and Uruguay in a trilateral format in Buenos Aires on "
            "Thursday.",
            [1],
        ),
    ],
)
def test_words_of_another_clause_do_not_split_one_meeting(told: str, met: list[int]):
    article = parse_article(told, published="2024-05-10")
    assert [len(m.participants) for m in article.meetings] == met


@pytest.mark.parametrize(
    "told",
    [
        "Kenyan Foreign Minister Paul Otieno discussed the memorandum of understanding on "
        "security cooperation signed in March with Ugandan Foreign Minister Sam Okello.",
        "Ugandan President Yoweri Tamale called on the outgoing Somali President, Hassan "
        "Sheikh Ali, for an orderly transition.",
    ],
)
def test_a_deal_signed_with_someone_or_an_appeal_is_no_meeting(told: str):
    assert parse_article(told, published="2024-05-10").meetings == ()


def test_the_same_day_late_in_a_clause_leaves_the_clauses_own_day():
    article = parse_article(
        "On Wednesday, Indonesian Foreign Minister Dimas Wira met with Vietnamese Foreign "
        "Minister Bui Hoang in Kuala Lumpur. Earlier on Tuesday, he held talks with Philippine "
        "Foreign Secretary Maria Santos, who had landed in the city earlier that day.",
        published="2024-05-10",
    )
    assert [m.date for m in article.meetings] == ["2024-05-08", "2024-05-07"]


def test_the_national_leaders_wife_is_not_the_leader():
    article = parse_article(
        f"{_DELHI}On Monday, Mod will host the Sri Lankan leader's wife at a cultural event.",
        published="2024-05-10",
    )
    assert ("Nitin Mod",) in [m.participants for m in article.meetings]
    assert all(
        "Rohan Wick" not in m.participants for m in article.meetings if m.status == "planned"
    )


def test_days_later_late_in_a_month_is_sure_only_of_the_year():
    article = parse_article(
        f"{_CASA}\n\nMolo had also attended Bukar's second inauguration on March 29. Days "
        "later, Argentine Security Minister Paula Bull visited Bukar to see the prison.",
        published="2024-05-10",
    )
    assert [m.date for m in article.meetings] == ["2024-05-06", "2024"]


def test_the_speaker_after_an_opening_quote_is_the_one_who_met():
    article = parse_article(
        "WASHINGTON -- Vice foreign ministers of South Korea and Japan held rare talks in "
        "Washington on Monday.\n\nSouth Korean First Vice Foreign Minister Kim Dal-ho said "
        'the sides will continue to hold discussions.\n\n"We are still trying," he told '
        "reporters when asked about his bilateral meeting with Japanese Vice Foreign Minister "
        "Taro Kuma.",
        published="2024-05-10",
    )
    assert [(m.participants, m.date, m.location) for m in article.meetings] == [
        (("Kim Dal-ho", "Taro Kuma"), "2024-05-06", "Washington")
    ]


def test_a_quote_that_tells_of_a_meeting_is_not_the_speakers_meeting():
    article = parse_article(
        "SEOUL -- Korean First Vice Foreign Minister Kim Dal-ho spoke on Monday.\n\n"
        '"Foreign Minister Ana Bell hopes to visit Tokyo," he told reporters, adding that '
        "she would meet Japanese Foreign Minister Taro Kuma.",
        published="2024-05-10",
    )
    assert all("Kim Dal-ho" not in m.participants for m in article.meetings)


def test_a_visit_that_will_bring_good_is_the_visit_under_way():
    told = (
        "BEIJING -- Chinese President Li Wen and his Philippine counterpart Ana Bell held talks "
        "in Beijing on Wednesday.\n\nLi said he believes that Bell's visit to China{} will "
        "further promote friendship."
    )
    under_way = parse_article(told.format(""), published="2024-05-10")
    assert [(m.status, m.date) for m in under_way.meetings] == [("held", "2024-05-08")]
    to_come = parse_article(told.format(" next month"), published="2024-05-10")
    assert [m.status for m in to_come.meetings] == ["held", "planned"]


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Oman Thursday 31/October/2024 18:16 PM", "2024-10-31"),
        ("26. oktobar 2023 15:42", "2023-10-26"),
    ],
)
def test_stamps_with_slashes_or_a_month_of_another_language(stamp: str, day: str):
    article = parse_article(
        f"{stamp}\n\nKUWAIT -- Crown Prince Sabah Khalid received at Bayan Palace today Omani "
        "Foreign Minister Badr Hamad."
    )
    assert article.published == day
    assert [m.date for m in article.meetings] == [day]


def test_a_style_written_without_its_last_full_stop_is_no_initial():
    article = parse_article(
        "The Prime Minister will be accompanied by H.E Tol Varin, Deputy Prime Minister.\n\n"
        "At the ministerial level, H.E. Tol Varin will hold bilateral talks with his "
        "counterparts from Australia and Canada.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Tol Varin"]


@pytest.mark.parametrize(
    ("visit", "place"),
    [
        ("a working visit to the Republic of Cyprus", "Cyprus"),
        ("a working visit to the United Arab Emirates", "United Arab Emirates"),
    ],
)
def test_a_visit_to_a_state_named_in_full_places_the_meetings_there(visit: str, place: str):
    article = parse_article(
        f"Accra, June 27, GNA – Madam Ama Bello, the Minister of Foreign Affairs, has paid {visit}"
        ".\n\nMadam Ama Bello held a meeting with Mr Nikos Petrou, the President of the host "
        "country.",
    )
    assert {m.location for m in article.meetings} == {place}


def test_where_visitors_will_be_is_where_they_will_meet():
    article = parse_article(
        "MANILA, Philippines — Foreign Secretary Ramon Diaz and Defense Secretary Carlo Reyes "
        "will be in Washington next week as the two allies discuss cooperation.\n\nDiaz and "
        "Reyes will be meeting with their counterparts, US Secretary of State Tom Bane and US "
        "Defense Secretary Lou Hart.",
        published="2024-05-10",
    )
    assert [(m.location, m.status) for m in article.meetings] == [("Washington", "planned")]


def test_maintaining_visits_as_a_focus_is_no_meeting():
    article = parse_article(
        "HANOI -- On Monday, Prime Minister Van Long received Chinese Ambassador Ha Lin at the "
        "Government Office.\n\nPrime Minister Van Long hopes that Ambassador Ha Lin will urge "
        "ministries to coordinate with Vietnam, focusing on maintaining regular visits and "
        "contacts at all levels.",
        published="2024-05-10",
    )
    assert [(m.participants, m.status) for m in article.meetings] == [
        (("Van Long", "Ha Lin"), "held")
    ]


def test_he_opening_a_quoted_statement_is_the_one_told_of_before():
    article = parse_article(
        "Dar es Salaam. President Ali Juma has arrived in Kampala, Uganda.\n\n“He then went to "
        "the State House in Kampala, where he held talks with his host, Ugandan President Tom "
        "Okello,” reads part of the statement.",
        published="2024-05-10",
    )
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Ali Juma", "Tom Okello"), "Kampala")
    ]


def test_a_country_of_the_office_named_before_is_not_the_next_names():
    told = (
        "Prime Minister Sheikh Ana held talks in Johannesburg. The Foreign Minister of Oman "
        "also exchanged pleasantries with Sheikh Ana."
    )
    assert countries_of(told) == {"Sheikh Ana": None}


def test_a_list_of_office_holders_after_a_name_is_not_its_titles():
    told = (
        "Prime Minister Ana Bell of Bangladesh held talks. United Nations Secretary General "
        "Tom Reed, Vice-President of Uganda, Deputy Prime Minister of South Africa, Russian "
        "Foreign Minister, Foreign Minister of Saudi Arabia also exchanged pleasantries with "
        "Ana Bell."
    )
    assert countries_of(told) == {"Ana Bell": "BD", "Tom Reed": None}


@pytest.mark.parametrize(
    ("told", "role"),
    [
        (
            "Ana Bell, Foreign Minister of Togo, and Li Wen, Foreign Minister of Benin, met.",
            "Foreign Minister",
        ),
        (
            "Bell was joined by Under Secretary for Economic Growth, Energy, and the Environment "
            "Li Wen of Benin.",
            "Energy, and the Environment",
        ),
    ],
)
def test_the_last_of_a_list_is_no_portfolio_of_the_title_before(told: str, role: str):
    li = person(parse_article(told), "Li Wen")
    assert li.country == "BJ"
    assert li.role.endswith(role)


def test_the_day_of_the_first_meeting_is_not_the_next_ones():
    article = parse_article(
        "Foreign Minister Tom Reed of New Zealand will meet Solomon Islands Prime Minister Ana "
        "Bell for the second time, the first was in May.",
        published="2024-07-02",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("planned", None)]


def test_talks_to_hold_a_summit_tell_of_a_summit_to_come():
    article = parse_article(
        "SEOUL -- South Korea, China and Japan are in talks to hold a trilateral summit in "
        "Seoul on May 26-27, a senior official said Thursday.",
        published="2024-05-10",
    )
    assert [(m.status, m.date, m.location) for m in article.meetings] == [
        ("planned", "2024-05-26", "Seoul")
    ]


def test_what_two_agreed_will_happen_is_not_their_meeting():
    article = parse_article(
        "Japanese Defense Minister Ken Aoki and his Australian counterpart Tom Reed on Tuesday "
        "agreed that Japan will act as an observer in a joint military exercise later this "
        "month in Australia.",
        published="2024-05-10",
    )
    assert [(m.status, m.date, m.location) for m in article.meetings] == [
        ("held", "2024-05-07", None)
    ]


def test_a_meeting_two_agreed_on_is_still_to_come():
    article = parse_article(
        "US President Tom Reed on Wednesday spoke by telephone with his Argentine counterpart, "
        "Ana Bell.\n\nBell and Reed agreed that their foreign ministers, who on Thursday will "
        "meet in Germany, will plan a visit by Bell to Washington.",
        published="2024-05-10",
    )
    assert "planned" in [m.status for m in article.meetings]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            'Foreign Minister Lena Ostrova of Romania arrived in Cairo on Monday.\n\n"The '
            'ceasefire must hold," she said on Tuesday, shortly before Egyptian President Karim '
            "Wahby met Jordanian Foreign Minister Sami Haddad in Cairo.",
            [("Karim Wahby", "Sami Haddad")],
        ),
        (
            "Kenyan President William Otieno met Ugandan President Samuel Mukasa in Nairobi on "
            'Monday.\n\n"He told me he wants peace," Otieno said of Sudanese General Abdel Osman, '
            "whom Mukasa met in Khartoum on Saturday.",
            [("William Otieno", "Samuel Mukasa"), ("Abdel Osman", "Samuel Mukasa")],
        ),
    ],
)
def test_a_speaker_quoted_is_not_the_one_others_met(told: str, met: list[tuple[str, ...]]):
    article = parse_article(told, published="2024-05-10")
    assert [m.participants for m in article.meetings] == met


def test_a_visit_of_its_own_time_after_a_call_is_still_to_come():
    article = parse_article(
        "Chinese President Hu Weiming held a phone call with Philippine President Ben Aquilar "
        "on Monday.\n\nHu said Aquilar's visit to China in October will further promote "
        "friendship between the two countries.",
        published="2024-05-10",
    )
    assert [(m.mode, m.status) for m in article.meetings] == [
        ("call", "held"),
        ("in_person", "planned"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "Estonian minister Mart Kivisild met Latvian minister Ilze Berzina in 2024.",
        "Foreign Minister P.K Sharma of Nepal met Indian Foreign Minister Ravi Menon in New "
        "Delhi on Monday.",
    ],
)
def test_names_like_months_or_initials_stay_names(told: str):
    article = parse_article(told, published="2024-05-10")
    assert len(article.meetings) == 1
    met = " ".join(article.meetings[0].participants)
    assert ("Kivisild" in met or "Sharma" in met) and ("Berzina" in met or "Menon" in met)


def test_a_state_whose_formal_name_holds_another_states_is_placed_by_that_name():
    article = parse_article(
        "Paraguayan President Carlos Benitez met President Lai Wen-hao on Monday during his "
        "state visit to the Republic of China.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Republic of China"]  # not "China"


def test_where_one_will_be_does_not_place_a_meeting_before():
    article = parse_article(
        "German Chancellor Olaf Brenner met French President Luc Moreau on Monday, his "
        "spokesman said.\n\nBrenner will be in Paris on Friday for a Ukraine conference.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [None]


@pytest.mark.parametrize(
    "told",
    [
        "Hungarian Prime Minister Viktor Halasz, who has insisted on maintaining contacts with "
        "Moscow, met Ukrainian President Taras Bondar in Kyiv on Monday.",
        "Focusing on maintaining regular visits and contacts at all levels, Vietnamese Prime "
        "Minister Pham Van Long held talks with Lao Prime Minister Sonexay Vongsa in Vientiane "
        "on Monday.",
    ],
)
def test_maintaining_contacts_beside_a_meeting_held_keeps_it(told: str):
    article = parse_article(told, published="2024-05-10")
    assert [(m.status, m.date) for m in article.meetings] == [("held", "2024-05-06")]


def test_titled_names_in_a_list_keep_their_own_titles():
    assert countries_of(
        "Ivan Horvat, Foreign Minister of Croatia, Serbian Foreign Minister Milos Jovic and "
        "Bosnian Foreign Minister Edin Begic met in Zagreb on Monday."
    ) == {"Ivan Horvat": "HR", "Milos Jovic": "RS", "Edin Begic": "BA"}
    assert countries_of(
        "The Foreign Minister of Oman and his deputy Salim Harthy met Iranian President Masoud "
        "Rahimi in Tehran on Monday."
    ) == {"Salim Harthy": "OM", "Masoud Rahimi": "IR"}


@pytest.mark.parametrize(
    "told",
    [
        "for the second time in Lima, the first was in March.",
        "for the second time, the first one in March in Beijing.",
    ],
)
def test_the_first_meeting_told_after_gives_no_day_or_place(told: str):
    article = parse_article(
        f"Foreign Minister Tom Reed of New Zealand will meet Peruvian President Ana Bell {told}",
        published="2024-05-10",
    )
    assert [(m.status, m.date, m.location in (None, "Lima")) for m in article.meetings] == [
        ("planned", None, True)
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Amid talks to hold a second summit,",
        "After months of talks on holding a referendum,",
    ],
)
def test_talks_about_holding_something_beside_a_meeting_held(opening: str):
    article = parse_article(
        f"{opening} US envoy Mark Bell met North Korean Foreign Minister Choe Son-ae in "
        "Pyongyang on Monday.",
        published="2024-05-10",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("held", "2024-05-06")]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "During talks with his Australian counterpart Richard Marlow, Japanese Defence "
            "Minister Kenji Sato agreed that the annual 2+2 meeting will be held in Tokyo in "
            "July.",
            ("planned", "2024-07", "Tokyo"),
        ),
        (
            "Japanese Defence Minister Kenji Sato met his Australian counterpart Richard Marlow "
            "and the two agreed that defence ties must deepen in the face of rising tensions, at "
            "the talks held in Tokyo on Monday.",
            ("held", "2024-05-06", "Tokyo"),
        ),
    ],
)
def test_what_was_agreed_keeps_a_meeting_told_in_it(told: str, expected: tuple):
    article = parse_article(told, published="2024-05-10")
    assert expected in [(m.status, m.date, m.location) for m in article.meetings]


@pytest.mark.parametrize(
    "told",
    [
        "Head of State Arman Dauletov has welcomed the President of Ghana, Kofi Mensah, in "
        "the Karatau Residence, Steppe News Agency reports.",
        "President Arman Dauletov welcomed Ghanaian President Kofi Mensah at the Karatau "
        "Residence.",
    ],
)
def test_a_guest_welcomed_is_received(told: str):
    article = parse_article(told, published="2024-05-10")
    assert [(m.participants, m.status, m.location) for m in article.meetings] == [
        (("Arman Dauletov", "Kofi Mensah"), "held", "Karatau Residence")
    ]


@pytest.mark.parametrize(
    "told",
    [
        "President Kofi Mensah said he welcomed Prime Minister Arman Dauletov's assurances "
        "that no base would be built.",
        "President Kofi Mensah welcomed the Prime Minister's decision to free the prisoners, "
        "Arman Dauletov said.",
    ],
)
def test_welcoming_what_an_office_holder_said_is_no_meeting(told: str):
    assert parse_article(told, published="2024-05-10").meetings == ()


def test_the_agency_telling_a_place_is_no_part_of_it():
    article = parse_article(
        "President Arman Dauletov held talks with Ghanaian President Kofi Mensah in the Karatau "
        "Residence, Steppe News Agency reports.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Karatau Residence"]


def test_a_programmes_hours_are_on_the_day_of_the_news():
    article = parse_article(
        "Ghanaian President Kofi Mensah, who will arrive in Abuja on Thursday, will first meet "
        "President Ahmed Bello at 11.30 a.m. at the Presidential Villa. At noon, Finance "
        "Minister Musa Adamu will meet his Ghanaian counterpart Ama Owusu.",
        published="2024-05-06",
    )
    assert [(m.participants, m.date) for m in article.meetings] == [
        (("Kofi Mensah", "Ahmed Bello"), "2024-05-09"),
        (("Musa Adamu", "Ama Owusu"), "2024-05-09"),
    ]


def test_an_hour_with_a_day_of_its_own_keeps_it():
    article = parse_article(
        "Ghanaian President Kofi Mensah will meet President Ahmed Bello in Abuja on Thursday. "
        "On Friday at noon, Finance Minister Musa Adamu will meet his Ghanaian counterpart "
        "Ama Owusu.",
        published="2024-05-06",
    )
    assert [m.date for m in article.meetings] == ["2024-05-09", "2024-05-10"]


def test_those_who_will_join_the_talks_sit_in_them():
    article = parse_article(
        "Ghanaian President Kofi Mensah will meet President Ahmed Bello at State House in "
        "Abuja on Thursday. In their talks, they will be joined by Foreign Minister Musa Adamu "
        "and Ghanaian counterpart Ama Owusu.",
        published="2024-05-06",
    )
    assert [m.participants for m in article.meetings] == [
        ("Kofi Mensah", "Ahmed Bello", "Musa Adamu", "Ama Owusu")
    ]


@pytest.mark.parametrize(
    "told",
    [
        "He also held a tour of meetings with Kenyan Foreign Minister Ama Wanjiru, Ukrainian "
        "Foreign Minister Petro Marchenko and Polish Foreign Minister Jan Nowicki.",
        "Demir's busy day continued with the meetings, which he described as fruitful, with "
        "Kenyan Foreign Minister Ama Wanjiru, Ukrainian Foreign Minister Petro Marchenko and "
        "Polish Foreign Minister Jan Nowicki.",
    ],
)
def test_one_persons_meetings_with_several_are_one_each(told: str):
    article = parse_article(
        f"Turkish Foreign Minister Ali Demir met numerous diplomats in Antalya on Saturday. {told}",
        published="2024-05-13",
    )
    assert {m.participants for m in article.meetings if len(m.participants) >= 2} == {
        ("Ali Demir", "Ama Wanjiru"),
        ("Ali Demir", "Petro Marchenko"),
        ("Ali Demir", "Jan Nowicki"),
    }


def test_the_head_of_a_body_by_its_title_written_the_other_way():
    article = parse_article(
        "Turkish Foreign Minister Ali Demir met Jan Berg, General-Secretary of the Organization "
        "for Economic Cooperation and Development (OECD), in Antalya.",
        published="2024-05-13",
    )
    berg = next(p for p in article.people if p.name == "Jan Berg")
    assert (berg.role, berg.country) == ("General-Secretary", None)
    assert berg.org is not None and "Development" in berg.org


def test_talks_on_the_sidelines_are_where_the_gathering_is():
    article = parse_article(
        "MANILA - Philippine President Rafael Santos and Vietnamese Prime Minister Tran Van "
        "Long met on the sidelines of the Coral Sea Summit on Wednesday. Santos said rice "
        "trade would grow. Leaders of the region are in Fiji this week for the 12th Coral Sea "
        "Summit.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Fiji", "Fiji"]  # talks and summit


def test_talks_on_the_sidelines_of_a_gathering_placed_nowhere_keep_the_dateline():
    article = parse_article(
        "MANILA - Philippine President Rafael Santos and Vietnamese Prime Minister Tran Van "
        "Long met on the sidelines of the Coral Sea Summit on Wednesday. Santos said rice "
        "trade with Vietnam, which he visited in Hanoi last year, would grow.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Manila", "Manila"]  # talks and summit


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_plural_countrys_possessive_gives_its_officials_country(mark: str):
    article = parse_article(
        f"President Donald Kerr would host the United Arab Emirates{mark} Crown Prince Ahmed "
        f"bin Salem Al Nasri and the Netherlands{mark} Prime Minister Mark Jansen.",
        published="2024-05-10",
    )
    assert {p.name: p.country for p in article.people} == {
        "Donald Kerr": None,
        "Ahmed bin Salem Al Nasri": "AE",
        "Mark Jansen": "NL",
    }


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Minister Amara Tolvik welcomed the decision of the President of Italy, Renzo "
        "Calmari, to release the detainees.",
        "Kenyan President William Otieno on Friday welcomed the victory of Senegal's "
        "president-elect Moussa Diallo.",
        "President Kofi Mensah welcomed Nigerian President Ahmed Bello Tinubu Adebayo's offer "
        "to mediate.",
        "Ghanaian President Kofi Mensah was welcomed on arrival by President Ahmed Bello at the "
        "airport in Abuja.",
        "Ghanaian President Kofi Mensah, welcomed warmly by President Ahmed Bello, inspected a "
        "guard of honour at the airport in Abuja on Thursday.",
    ],
)
def test_welcoming_no_guest_is_no_meeting(told: str):
    assert parse_article(told, published="2024-05-10").meetings == ()


def test_welcoming_talks_of_others_seats_no_one_in_them():
    article = parse_article(
        "Kenyan Foreign Minister Ama Wanjiru welcomed the talks between Sudanese President Omar "
        "Kabbashi and Ethiopian Prime Minister Dawit Alemu.",
        published="2024-05-06",
    )
    assert [m.participants for m in article.meetings] == [("Omar Kabbashi", "Dawit Alemu")]


@pytest.mark.parametrize(
    "told",
    [
        # the hour is another thing's: a border reopening, a statement, a plane landing
        "Foreign Minister Ama Owusu, who held talks with her Togolese counterpart Koffi Dogbe in "
        "Lome, said the border would reopen at 6 p.m.",
        "Ghana's Foreign Minister Ama Owusu will meet her Togolese counterpart Koffi Dogbe in "
        "Lome, the ministry said in a statement issued at 10 a.m.",
        "Ghana's Foreign Minister Ama Owusu held talks with Togolese Prime Minister Koffi Dogbe, "
        "whose plane landed at 11 p.m. in Accra.",
        # an hour of another day
        "The next day at 10 a.m., Finance Minister Ama Owusu will meet her Togolese counterpart "
        "Koffi Dogbe.",
    ],
)
def test_an_hour_not_of_the_meeting_gives_it_no_day(told: str):
    article = parse_article(
        f"Ghanaian President Kofi Mensah met Nigerian President Ahmed Bello in Abuja on Thursday. "
        f"{told}",
        published="2024-05-06",
    )
    assert [(m.date, m.location) for m in article.meetings[1:]] in (
        [(None, "Lome")],
        [(None, None)],
    )


def test_a_meeting_after_another_stop_keeps_no_day():
    article = parse_article(
        "Ghanaian President Kofi Mensah will meet Nigerian President Ahmed Bello in Abuja on "
        "Thursday. Mensah will then travel on to Dakar, after which he will meet Senegalese "
        "President Moussa Diallo.",
        published="2024-05-06",
    )
    assert [(m.date, m.location) for m in article.meetings] == [
        ("2024-05-09", "Abuja"),
        (None, "Dakar"),
    ]


def test_joined_after_the_talks_is_no_seat_in_them():
    article = parse_article(
        "Ghanaian President Kofi Mensah met Nigerian President Ahmed Bello at State House in "
        "Abuja on Thursday. After the talks, Mensah was joined by Foreign Minister Ama Owusu and "
        "Trade Minister Kwame Boateng on a tour of the Lagos port.",
        published="2024-05-06",
    )
    assert article.meetings[0].participants == ("Kofi Mensah", "Ahmed Bello")


@pytest.mark.parametrize(
    "told",
    [
        "Kenyan Foreign Minister Ama Wanjiru, Ukrainian Foreign Minister Petro Marchenko and "
        "Polish Foreign Minister Jan Nowicki held meetings with Turkish Foreign Minister Ali "
        "Demir in Antalya on Saturday.",
        "Turkish Foreign Minister Ali Demir held quadrilateral meetings with Kenyan Foreign "
        "Minister Ama Wanjiru, Ukrainian Foreign Minister Petro Marchenko and Polish Foreign "
        "Minister Jan Nowicki in Antalya on Saturday.",
    ],
)
def test_meetings_held_together_or_by_several_stay_one(told: str):
    article = parse_article(told, published="2024-05-13")
    assert [len(m.participants) for m in article.meetings] == [4]


@pytest.mark.parametrize(
    ("told", "place"),
    [
        ("The previous Coral Sea Summit was held in Port Moresby in 2022.", "Manila"),
        (
            "Santos, who also attended the Coral Sea Summit in Tokyo last year, was upbeat.",
            "Manila",
        ),
        ("The Coral Sea Summit, being held in Suva, ends on Friday.", "Suva"),
    ],
)
def test_only_the_gatherings_sitting_of_now_places_the_talks(told: str, place: str):
    article = parse_article(
        "MANILA - Philippine President Rafael Santos and Vietnamese Prime Minister Tran Van "
        f"Long met on the sidelines of the Coral Sea Summit on Wednesday. {told}",
        published="2024-05-10",
    )
    assert article.meetings[0].location == place


def test_a_gathering_told_of_another_way_does_not_place_the_talks():
    article = parse_article(
        "PARIS - French President Luc Moreau met Brazilian President Ana Costa on the sidelines "
        "of the Olympic Games on Friday. Brazil won two medals at the Olympic Games in Tokyo.",
        published="2024-05-10",
    )
    assert article.meetings[0].location == "Paris"


@pytest.mark.parametrize(
    ("told", "status"),
    [
        (
            "Serbian President Dragan Kostic wrote on Instagram that he is talking with Hungarian "
            "Prime Minister Gabor Nagy about cooperation.",
            "held",
        ),
        (
            "Serbian President Dragan Kostic said he will meet Hungarian Prime Minister Gabor Nagy "
            "next week.",
            "planned",
        ),
        (
            "Serbian President Dragan Kostic said he would hold talks with Hungarian Prime "
            "Minister Gabor Nagy next week.",
            "planned",
        ),
    ],
)
def test_a_speaker_telling_of_his_own_talks_takes_part(told: str, status: str):
    article = parse_article(f"Talks\n\n{told}", published="2024-05-10")
    assert [(set(m.participants), m.status) for m in article.meetings] == [
        ({"Dragan Kostic", "Gabor Nagy"}, status)
    ]


def test_in_his_meeting_with_someone_he_is_the_one_told_of_before():
    article = parse_article(
        "Summit\n\nEgyptian President Karim Fahmy arrived on Sunday in Kigali for the summit. "
        "Meanwhile, in his meeting with the Somalian president Abdi Warsame, he pledged support.",
        published="2024-05-06",
    )
    assert [(set(m.participants), m.countries) for m in article.meetings] == [
        ({"Karim Fahmy", "Abdi Warsame"}, ("EG", "SO"))
    ]


def test_the_day_of_taking_office_is_not_the_meetings():
    article = parse_article(
        "KATHMANDU, June 17 - Nepali Prime Minister Hari Thapa met Indian Ambassador Vikram "
        "Rao on Friday. It was the first meeting between Thapa and Rao after being elected as "
        "Prime Minister on June 7.",
        published="2017-06-17",
    )
    assert [m.date for m in article.meetings] == ["2017-06-16"]
    # the month of a visit told after "after taking office" is the visit's own
    article = parse_article(
        "BUCHAREST - Romanian President Ion Rusu received Moldovan President Petru Lungu on "
        "Tuesday. Lungu paid his first foreign visit after taking office to Bucharest in "
        "February, when he held talks with Rusu.",
        published="2024-05-10",
    )
    assert sorted(m.date for m in article.meetings) == ["2024-02", "2024-05-07"]


def test_a_caption_talk_in_one_country_is_not_the_talks_held_in_another():
    article = parse_article(
        "Baptiste and Persaud discuss food security\n\n"
        "Prime Minister Dr Carl Baptiste speaks with Guyana President Dr Ravi Persaud at the "
        "Agri Investment Forum in Guyana in May.\n\n"
        "Trinidad and Tobago Prime Minister Carl Baptiste and Guyana President Ravi Persaud "
        "held bilateral discussions in Suriname on Sunday. The talks focused on food security.",
    )
    assert sorted(m.location for m in article.meetings) == ["Guyana", "Suriname"]


def test_talks_told_of_one_country_of_a_tour_are_not_the_meeting_in_another():
    article = parse_article(
        "PM to lead Pacific mission\n\n"
        "Prime Minister Tom Harlow will lead a delegation to Samoa, Tonga and Niue on Sunday.\n"
        "Mr Harlow will meet with Pacific leaders during the five day visit.\n"
        "“Our visit to Tonga will be an opportunity to have high level discussions,” says "
        "Mr Harlow.\n"
        "In Niue, Mr Harlow will meet with Premier Toke Talagi.",
    )
    niue = [m for m in article.meetings if "Toke Talagi" in m.participants]
    assert [(m.location, m.countries) for m in niue] == [("Niue", ("NU",))]


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Ministers Ivan Petrov of Bulgaria and Goran Ilievski of North Macedonia "
        "discussed the rights of Bulgarians in North Macedonia on Monday.",
        "Bulgarian Foreign Minister Ivan Petrov met North Macedonian Foreign Minister Goran "
        "Ilievski on Monday. They discussed jobs for Macedonians in Bulgaria.",
        "Bulgarian Foreign Minister Ivan Petrov met North Macedonian Foreign Minister Goran "
        "Ilievski on Monday. They discussed the rights of minorities in Bulgaria.",
    ],
)
def test_a_place_talked_of_is_not_where_the_talks_were(told: str):
    article = parse_article(told, published="2025-02-04")
    assert [(len(m.participants), m.location) for m in article.meetings] == [(2, None)]


@pytest.mark.parametrize(
    ("where", "place"),
    [("on the outskirts of Hanoi", "Hanoi"), ("in downtown Lima", "Lima")],
)
def test_a_city_told_by_its_outskirts_or_its_centre_is_the_place(where: str, place: str):
    article = parse_article(
        "Ministers meet\n\nPeruvian Foreign Minister Ricardo Solis and his Chilean counterpart "
        f"Ana Vidal had a bilateral meeting {where} on Wednesday.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [place]


def test_a_contact_link_over_the_story_is_no_outlet():
    body = (
        "Veltia's president hosts Loranian leader\n\n"
        "Veltian President Ivo Marek hosted Loranian President Sara Lind for talks in Velta on "
        "Monday, the presidency said."
    )
    assert parse_article(f"Contact Us\n\n{body}").outlet is None


def test_the_stamp_under_the_headline_is_the_storys_not_the_sites_clock_above_it():
    article = parse_article(
        "Montevideo, March 28th 2024 - 20:06 UTC\n\n"
        "Marek on the phone with Lind\n\n"
        "Thursday, February 16th 2017 - 11:31 UTC\n\n"
        "Veltian President Ivo Marek was on the phone on Wednesday afternoon to speak with "
        "Uruguayan President Sara Lind."
    )
    assert article.published == "2017-02-16"
    assert [m.date for m in article.meetings] == ["2017-02-15"]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            "UN envoy Maria Lopez said she was holding out hope that Kenyan President Daniel "
            "Mwangi would meet Ugandan President Peter Okello next month.",
            [{"Daniel Mwangi", "Peter Okello"}],
        ),
        (
            "Kenyan President Daniel Mwangi said he would meet the press after Ugandan "
            "President Peter Okello held talks with Tanzanian President Juma Hamisi in Arusha.",
            [{"Peter Okello", "Juma Hamisi"}],
        ),
        (
            "Opposition leader Samuel Otieno said he would hold President Daniel Mwangi "
            "accountable after Mwangi met Ugandan President Peter Okello on Monday.",
            [{"Daniel Mwangi", "Peter Okello"}],
        ),
        (
            "Kenyan President Daniel Mwangi said he was meeting his commitments, a day after "
            "Ugandan President Peter Okello met Tanzanian President Juma Hamisi in Arusha.",
            [{"Peter Okello", "Juma Hamisi"}],
        ),
        (
            "Kenyan President Daniel Mwangi was talking with reporters in Nairobi on Monday "
            "about Ugandan President Peter Okello.",
            [],
        ),
        (
            "Finnish President Mikko Laine said Washington was talking with Russian President "
            "Ivan Sokolov about a ceasefire.",
            [],
        ),
        (
            "Kenyan envoy Samuel Otieno speaks with the authority of President Daniel Mwangi, "
            "officials in Kampala said on Monday.",
            [],
        ),
    ],
)
def test_a_speaker_or_a_talk_with_others_is_no_meeting_of_his_own(told: str, met: list):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert [set(m.participants) for m in article.meetings] == met


@pytest.mark.parametrize(
    ("told", "published", "day"),
    [
        (
            "WASHINGTON - Hours after being sworn in on January 20, President Daniel Mwangi "
            "spoke by phone with Ugandan President Peter Okello.",
            "2025-01-22",
            "2025-01-20",
        ),
        (
            "NAIROBI - Shortly after taking office on May 8, Kenyan President Daniel Mwangi met "
            "Ugandan President Peter Okello at State House.",
            "2024-05-20",
            "2024-05-08",
        ),
    ],
)
def test_a_meeting_told_on_the_day_of_taking_office_keeps_that_day(
    told: str, published: str, day: str
):
    article = parse_article(told, published=published)
    assert [m.date for m in article.meetings] == [day]


def test_one_days_talks_placed_in_two_countries_stay_one_meeting():
    article = parse_article(
        "Talks\n\nEgyptian President Karim Fahmy met Sudanese army chief Osman Bashir on Monday "
        "to discuss humanitarian access in Sudan.\n\nFahmy received Bashir in Egypt on Monday, "
        "the presidency said.",
        published="2024-05-10",
    )
    assert len(article.meetings) == 1


@pytest.mark.parametrize(
    ("told", "place"),
    [
        (
            "Russian Foreign Minister Ivan Sokolov held talks with the Americans in Riyadh on "
            "Tuesday, meeting US Secretary of State John Harper.",
            "Riyadh",
        ),
        (
            "Kenyan Foreign Minister Grace Wanjiru met Swiss Foreign Minister Anna Keller on the "
            "sidelines of a conference on human rights in Geneva on Tuesday.",
            "Geneva",
        ),
        (
            "Kenyan Foreign Minister Grace Wanjiru and Swiss Foreign Minister Anna Keller met on "
            "Monday to work in Arusha on a joint text.",
            "Arusha",
        ),
    ],
)
def test_the_people_met_or_the_work_done_in_a_place_leave_it_the_venue(told: str, place: str):
    article = parse_article(told, published="2024-05-10")
    # on the sidelines of a gathering, the gathering itself is one more
    beside = 2 if "sidelines" in told else 1
    assert [m.location for m in article.meetings] == [place] * beside


MWANGI_HOSTS = (
    "Kenyan President Daniel Mwangi met Ugandan President Peter Okello in Nairobi on Monday, "
    "State House said."
)


@pytest.mark.parametrize(
    "over",
    [
        "FILE PHOTO: Mwangi in Kampala, March 2, 2021",
        "Speech delivered on 2 March 2021",
        "Posted on March 2, 2021",
    ],
)
def test_only_a_clocked_stamp_of_its_own_under_the_headline_beats_the_one_above(over: str):
    article = parse_article(f"May 10, 2024\n\nMwangi hosts Okello\n\n{over}\n\n{MWANGI_HOSTS}")
    assert article.published == "2024-05-10"
    assert [m.date for m in article.meetings] == ["2024-05-06"]


def test_a_sites_name_linked_back_to_at_the_foot_is_still_its_outlet():
    article = parse_article(
        f"The Daily Nation\n\nMwangi hosts Okello\n\n{MWANGI_HOSTS}\n\nBack to The Daily Nation"
    )
    assert article.outlet == "The Daily Nation"


def test_a_latin_datelines_day_de_month_de_year_dates_the_story():
    article = parse_article(
        "Leaders discuss cooperation\n\n"
        "LUANDA, 06 de june de 2022 (PRESSA)—Prime Minister Ivo Marek held his first online "
        "meeting with Loranian Prime Minister Sara Lind on Sunday.\n\n"
        "A statement issued on Monday said the two leaders focused on trade.",
    )
    assert (article.published, article.dateline) == ("2022-06-06", "LUANDA")
    assert [m.date for m in article.meetings] == ["2022-06-05"]


def test_an_airport_named_after_a_president_is_no_person_of_the_story():
    article = parse_article(
        "Talks\n\nVeltian Prime Minister Ivo Marek met Loranian President Sara Lind on Monday. "
        "Marek thanked Lorania for the expansion of President Tomas Brandel International "
        "Airport.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            "ALMATY — Kazakh General Secretary Ivo Marek on Sunday presided over the welcome "
            "ceremony for Loranian President Sara Lind at the Presidential Palace.",
            [{"Ivo Marek", "Sara Lind"}],
        ),
        (
            "Loranian President Sara Lind thanked the head of the honour guard after the "
            "welcome ceremony for the visiting head of state.",
            [],
        ),
    ],
)
def test_a_welcome_ceremony_presided_for_a_guest_is_their_meeting(told: str, met: list):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert [set(m.participants) for m in article.meetings] == met


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            "ASTANA, May 4 - Kazakh Foreign Minister Ivo Marek and Foreign Minister of "
            "Mongolia Sara Lind, Saturday, agreed to deepen bilateral cooperation in trade.",
            [{"Ivo Marek", "Sara Lind"}],
        ),
        (
            "Kazakh Foreign Minister Ivo Marek and Mongolian Foreign Minister Sara Lind "
            "signed an agreement on visa-free travel.",
            [{"Ivo Marek", "Sara Lind"}],
        ),
        (
            "Kazakh Foreign Minister Ivo Marek said Mongolian Foreign Minister Sara Lind and "
            "Turkish Foreign Minister Omer Kaya agreed to lift the tariffs.",
            [],
        ),
        (
            "Kazakh Foreign Minister Ivo Marek and Kazakh Trade Minister Sara Lind agreed to "
            "lift the tariffs.",
            [],
        ),
    ],
)
def test_two_officials_of_two_states_agreeing_as_one_subject_met(told: str, met: list):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert [set(m.participants) for m in article.meetings] == met


def test_a_pair_agreeing_after_the_talks_are_told_is_no_meeting_of_its_own():
    article = parse_article(
        "News\n\nKazakh Foreign Minister Ivo Marek spoke by phone with Mongolian Foreign "
        "Minister Sara Lind on Tuesday.\n\nMarek and Lind agreed to enhance cultural exchanges "
        "as part of the cross-year, which began on September 27, 2023.",
        published="2024-05-10",
    )
    assert [(set(m.participants), m.date) for m in article.meetings] == [
        ({"Ivo Marek", "Sara Lind"}, "2024-05-07")
    ]


def test_an_earlier_courtesy_call_on_the_summits_host_is_an_encounter_of_its_own():
    article = parse_article(
        "News\n\nASTANA — Veltian President Ivo Marek and Loranian Prime Minister Sara Lind "
        "agreed on Monday to set up a hotline between their coast guards. The two leaders met "
        "for 45 minutes on the sidelines of the summit. Earlier on Monday, Marek paid a "
        "courtesy call on Kazakh Prime Minister Omer Kaya, who is hosting the summit.",
        published="2024-05-10",
    )
    assert [set(m.participants) for m in article.meetings] == [
        {"Ivo Marek", "Sara Lind"},
        {"Ivo Marek", "Omer Kaya"},
        {"Ivo Marek", "Sara Lind"},  # the summit itself
    ]


@pytest.mark.parametrize("town", ["Foz de Tamberga", "Puerto Tamberga", "Fort Tamberga"])
def test_a_town_whose_name_opens_on_port_or_fort_is_the_place(town: str):
    article = parse_article(
        "News\n\nThe presidents of Paraguay, Ivo Marek, and of Brazil, Sara Lind, will hold a "
        f"bilateral meeting on Thursday in {town}.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [town]


def test_the_border_crossings_talked_of_are_not_the_venue():
    article = parse_article(
        "News\n\nForeign Minister Ivo Marek of Mexico met Guatemala's Foreign Minister Sara "
        "Lind in Guatemala City on Monday. During the meeting, Marek and Lind reviewed the "
        "modernization of the border crossings at San Tamberga and El Ceibo.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Guatemala City"]


@pytest.mark.parametrize(
    "end",
    [
        "Marek with his Guatemalan counterpart Lind at the Foreign Ministry. (SRE)",
        "They discussed regular high-level exchanges between the two countries. (MEA)",
        "They discussed trade and tourism. — TH",
        "Read the joint statement here. (PDF)",
        '"We are one people," Marek said. — AUDIO',
    ],
)
def test_initials_the_lexicon_does_not_know_at_the_storys_end_are_no_outlet(end: str):
    article = parse_article(
        "Veltia and Lorania hold talks\n\nVeltian President Ivo Marek met Loranian President "
        f"Sara Lind on Monday at the palace.\n\n{end}",
        published="2024-05-10",
    )
    assert article.outlet is None


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Velta Horn News", "Velta Horn News"),
        ("By Agency Report", None),
        ("By Dawn Report", None),
        ("By Mail Foreign Service", None),
    ],
)
def test_a_byline_naming_a_publication_is_the_outlet(byline: str, outlet: str | None):
    article = parse_article(
        f"Veltia and Lorania hold talks\n\n{byline}\nVELTA – Veltian President Ivo Marek met "
        "Loranian President Sara Lind on Monday at the palace.",
        published="2024-05-10",
    )
    assert article.outlet == outlet


def test_a_paper_another_site_reports_citing_is_not_the_outlet():
    article = parse_article(
        "Veltia and Lorania hold talks\n\nIsraeli Prime Minister Ivo Marek met Azerbaijani "
        "President Sara Lind in Baku on Wednesday, The Jerusalem Post reports citing Israeli "
        "officials.",
        published="2024-05-10",
    )
    assert article.outlet is None


def test_a_reporters_name_and_handle_over_the_story_is_no_headline():
    article = parse_article(
        " date 2018-08-27 Ivo Marekson @ivomarek\n\nKenyan President Sara Lind is today "
        "scheduled to meet his United States counterpart Tom Brandel for talks.",
    )
    assert article.title is None
    assert [m.participants for m in article.meetings] == [("Sara Lind", "Tom Brandel")]


def test_a_readouts_headline_closing_on_its_day_is_the_title_and_the_day():
    article = parse_article(
        "PM call with Prime Minister Sara Lind of Canada: 5 February 2018\n"
        "The Prime Minister spoke to Prime Minister Sara Lind of Canada this morning.\n"
        "They discussed trade and the G7 summit."
    )
    assert article.title == "PM call with Prime Minister Sara Lind of Canada: 5 February 2018"
    assert article.published == "2018-02-05"
    assert [(m.participants, m.countries, m.date, m.mode) for m in article.meetings] == [
        (("Sara Lind",), ("CA",), "2018-02-05", "call")
    ]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        (
            "The Prime Minister met the President of Guyana Sara Lind at the Commonwealth "
            "Heads of Government Meeting.",
            [("Sara Lind",)],
        ),
        # an unnamed office that is no leader's, or one named with no country: no meeting
        ("The Spokesperson met the President of Guyana Sara Lind on Monday.", []),
        ("The Prime Minister met the singer Sara Lind on Monday.", []),
    ],
)
def test_a_readouts_unnamed_leader_meeting_one_named_is_a_meeting(told: str, met: list):
    article = parse_article(f"Readout\n\n{told}", published="2024-10-25")
    assert [m.participants for m in article.meetings] == met


def test_a_breadcrumb_from_home_run_into_the_headline_is_not_the_title():
    article = parse_article(
        " date 2023-03-16 Home News Presidents of Chile and Peru will hold a bilateral meeting "
        "tomorrow\nSantiago, March 15 - The presidents of Chile, Ivo Marek, and of Peru, Sara "
        "Lind, will hold a bilateral meeting tomorrow in Arica."
    )
    assert article.title == "Presidents of Chile and Peru will hold a bilateral meeting tomorrow"
    office = parse_article("Home Office minister meets Peruvian envoy\n\nThe minister met envoys.")
    assert office.title == "Home Office minister meets Peruvian envoy"


def test_talks_between_two_other_states_told_after_a_call_are_not_the_call():
    article = parse_article(
        "Leaders talk\n\nThe Prime Minister spoke to Prime Minister Sara Lind of Japan this "
        "morning.\n\nThe Prime Minister began by updating on the talks between the United "
        "States and Ukraine in Jeddah this week.",
        published="2025-03-14",
    )
    assert [(m.participants, m.countries, m.location) for m in article.meetings] == [
        (("Sara Lind",), ("JP",), None),
        ((), ("UA", "US"), "Jeddah"),
    ]


def test_talks_held_earlier_that_weekday_are_an_encounter_of_their_own():
    article = parse_article(
        "News\n\nBEIJING - Chinese Vice President Ivo Marek met here Tuesday with Belgium's "
        "Foreign Minister Sara Lind, pledging closer ties.\n\nLind is making an official visit "
        "to China at the invitation of Chinese Foreign Minister Tom Brandel. She held talks "
        "with Brandel earlier Tuesday.",
        published="2024-05-08",
    )
    assert [set(m.participants) for m in article.meetings] == [
        {"Ivo Marek", "Sara Lind"},
        {"Sara Lind", "Tom Brandel"},
    ]


def test_related_links_under_the_storys_own_headline_are_not_the_story():
    article = parse_article(
        "Chinese vice president meets Belgian deputy PM\n\nBEIJING - Chinese Vice President "
        "Ivo Marek met here Tuesday with Belgium's Foreign Minister Sara Lind.\n\n"
        "Related readings:\nChinese vice president meets Belgian deputy PM Ping-pong enhances "
        "trade ties between Belgium and China\n\nLind told Marek that Belgium would develop "
        "relations.",
        published="2024-05-08",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]
    assert len(article.meetings) == 1


@pytest.mark.parametrize(
    "told",
    [
        "French President Ivo Marek and German Chancellor Sara Lind pledged on Monday to keep "
        "supplying air defence systems to Ukraine, in separate statements issued in Paris and "
        "Berlin.",
        "Kenyan President Ivo Marek and Ugandan President Sara Lind vowed on Sunday to resolve "
        "the dispute over the island, their spokesmen said in statements posted on X.",
        "Dutch Foreign Minister Ivo Marek and Belgian Foreign Minister Sara Lind signed a joint "
        "op-ed published on Monday in a Brussels daily.",
    ],
)
def test_two_leaders_acting_each_from_home_did_not_meet(told: str):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert article.meetings == ()


@pytest.mark.parametrize(
    ("told", "person"),
    [
        (
            "Chinese Ambassador Ivo Marek called on Sara Lind Federal Minister for Planning and "
            "Development here on Wednesday and discussed the projects.",
            "Sara Lind",
        ),
        (
            "Attending the meeting was Omer Kaya Royal Government spokesman.",
            "Omer Kaya",
        ),
    ],
)
def test_a_title_after_a_name_with_no_comma_leaves_the_person(told: str, person: str):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert person in [p.name for p in article.people]


def test_talks_continued_in_an_expanded_format_keep_who_joined_them():
    article = parse_article(
        "News\n\nAzerbaijani President Ivo Marek held talks with Kazakh President Sara Lind at "
        "the Presidential Palace in Baku on Wednesday.\n\nThe talks were first held in a "
        "one-on-one format and then continued in an expanded format with the participation of "
        "Foreign Minister Omer Kaya.",
        published="2024-05-10",
    )
    assert [set(m.participants) for m in article.meetings] == [
        {"Ivo Marek", "Sara Lind", "Omer Kaya"}
    ]


@pytest.mark.parametrize(
    ("told", "place"),
    [
        (
            "Armenian Foreign Minister Ivo Marek met Georgian Foreign Minister Sara Lind on "
            "Wednesday at the border crossing at Sadakhlo.",
            "Sadakhlo",
        ),
        (
            "Egyptian President Ivo Marek met Kenyan President Sara Lind at Port Authority "
            "headquarters in Jeddah on Wednesday.",
            "Jeddah",
        ),
    ],
)
def test_a_crossing_met_at_or_a_ports_body_leave_the_place(told: str, place: str):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert [m.location for m in article.meetings] == [place]


def test_one_on_one_meetings_with_the_leaders_of_several_states_are_one_each():
    article = parse_article(
        "News\n\nAustralian Prime Minister Ivo Marek is expected to hold one-on-one meetings "
        "with the prime ministers of Fiji, Vanuatu and Samoa during his visit to Apia.",
        published="2024-05-10",
    )
    assert sorted(sorted(m.countries) for m in article.meetings) == [
        ["AU", "FJ"],
        ["AU", "VU"],
        ["AU", "WS"],
    ]


def test_separate_meetings_with_ambassadors_are_each_with_the_one_named_after():
    article = parse_article(
        "News\n\nVietnamese Prime Minister Ivo Marek held separate meetings with new "
        "ambassadors from Sweden and Chile in Hanoi yesterday. Welcoming Swedish Ambassador "
        "Sara Lind, Marek affirmed the policy of working with Sweden. The Prime Minister "
        "proposed that Sweden support its trade talks with the EU. He also asked for help in "
        "health care. At his reception for Chilean Ambassador Omer Kaya, Marek asked the two "
        "sides to strengthen relations.",
        published="2024-05-10",
    )
    met = {frozenset(m.participants) for m in article.meetings}
    assert frozenset({"Ivo Marek", "Sara Lind"}) in met
    assert frozenset({"Ivo Marek", "Omer Kaya"}) in met


def test_policing_discussed_with_the_prime_ministers_of_two_states_is_a_meeting():
    article = parse_article(
        "News\n\nNew Zealand Prime Minister Ivo Marek discussed policing with the prime "
        "ministers of Tonga and Fiji at the Pacific Islands Forum on Tuesday.",
        published="2024-05-10",
    )
    assert [(m.participants, sorted(m.countries)) for m in article.meetings] == [
        (("Ivo Marek",), ["FJ", "NZ", "TO"])
    ]


def test_the_ministers_own_phone_conversation_is_hers():
    article = parse_article(
        "News\n\nSEOUL, June 21 (Yonhap) -- South Korean Foreign Minister Sara Lind and her "
        "Japanese counterpart agreed Wednesday to work closely together.\n\nThe agreement was "
        "made during the new foreign minister's first phone conversation with Japanese Foreign "
        "Minister Ivo Marek held earlier in the day.",
        published="2017-06-21",
    )
    assert [(set(m.participants), m.mode) for m in article.meetings] == [
        ({"Sara Lind", "Ivo Marek"}, "call")
    ]


def test_ministers_welcomed_to_the_capital_in_a_semicolon_list_met_together():
    article = parse_article(
        "News\n\nOn 29 April 2022, the Minister of Foreign Affairs of Latvia, Ivo Marek, "
        "welcomed the Minister of Foreign Affairs of Estonia, Sara Lind; the Minister of "
        "Foreign Affairs of Lithuania, Omer Kaya; and the Minister of Foreign Affairs of "
        "Poland, Ana Kolbe, to Riga. The Ministers discussed cooperation.",
        published="2022-04-29",
    )
    assert [(set(m.participants), m.location, m.mode, m.date) for m in article.meetings] == [
        ({"Ivo Marek", "Sara Lind", "Omer Kaya", "Ana Kolbe"}, "Riga", "in_person", "2022-04-29")
    ]


def test_a_minister_welcomed_again_unnamed_is_no_second_meeting():
    article = parse_article(
        "News\n\nMANAMA, 9 Nov 2025 - Foreign Minister Ivo Marek of Bahrain received State "
        "Minister Sara Lind of Japan yesterday.\n\nMarek welcomed the Japanese minister, "
        "praising the relations, which marked their 50th anniversary in 2022.",
        published="2025-11-09",
    )
    assert [set(m.participants) for m in article.meetings] == [{"Ivo Marek", "Sara Lind"}]


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("(VOVworld)- Prime Minister Ivo Marek held talks with Sara Lind.", "VOVworld"),
        ("September 8/2021(ENA) Prime Minister Ivo Marek held talks with Sara Lind.", "ENA"),
        ("By Omer Kaya – Trend:\n\nPrime Minister Ivo Marek held talks with Sara Lind.", "Trend"),
    ],
)
def test_an_agency_credited_at_the_leads_start_is_the_outlet(lead: str, outlet: str):
    article = parse_article(f"Talks in the capital\n\n{lead}", published="2024-05-10")
    assert article.outlet == outlet


def test_the_national_leader_welcomed_is_the_one_named_before():
    article = parse_article(
        "News\n\nEarlier this morning, Ethiopian Prime Minister Ivo Marek and a large "
        "delegation arrived in Mogadishu.\n\nThe President of Somalia, Sara Lind, has welcomed "
        "the Ethiopian prime minister and his delegation.",
        published="2024-05-10",
    )
    assert [set(m.participants) for m in article.meetings] == [{"Ivo Marek", "Sara Lind"}]


def test_leaders_separately_met_in_a_semicolon_list_are_one_meeting_each():
    article = parse_article(
        "News\n\nUAE President Ivo Marek separately met, on the sidelines of the summit, with "
        "President Sara Lind of Zambia; Omer Kaya, President of Ghana; and Ana Kolbe, "
        "President of Uganda.",
        published="2024-05-10",
    )
    assert sorted(sorted(m.participants) for m in article.meetings) == [
        ["Ana Kolbe", "Ivo Marek"],
        ["Ana Kolbe", "Ivo Marek", "Omer Kaya", "Sara Lind"],  # the summit itself
        ["Ivo Marek", "Omer Kaya"],
        ["Ivo Marek", "Sara Lind"],
    ]


def test_officials_of_different_offices_listed_by_semicolons_are_met_one_by_one():
    article = parse_article(
        "News\n\nLater, Chilean Foreign Minister Ivo Marek met with the Executive Director of "
        "the European External Action Service, Sara Lind; the Director of the World Economic "
        "Forum, Ambassador Omer Kaya; and the Minister of Foreign Affairs of Palestine, Ana "
        "Kolbe, in Lima on Friday.",
        published="2024-05-10",
    )
    assert sorted(sorted(m.participants) for m in article.meetings) == [
        ["Ana Kolbe", "Ivo Marek"],
        ["Ivo Marek", "Omer Kaya"],
        ["Ivo Marek", "Sara Lind"],
    ]


def test_a_guest_welcomed_on_a_visit_to_a_country_is_met_there():
    article = parse_article(
        "News\n\nFijian Prime Minister Ivo Marek welcomed Samoan Prime Minister Sara Lind, who "
        "is on her first official visit to Fiji, and reaffirmed the commitment to work closely "
        "with Samoa.",
        published="2024-05-10",
    )
    assert [(set(m.participants), m.location) for m in article.meetings] == [
        ({"Ivo Marek", "Sara Lind"}, "Fiji")
    ]


def test_presidents_met_on_their_own_days_by_semicolons_are_one_meeting_each():
    article = parse_article(
        "News\n\nDuring his East African tour, Indian External Affairs Minister Ivo Marek met "
        "President Sara Lind of Kenya on Monday; President Omer Kaya of Uganda on Tuesday; and "
        "President Ana Kolbe of Tanzania on Wednesday.",
        published="2024-05-10",
    )
    assert sorted(sorted(m.participants) for m in article.meetings) == [
        ["Ana Kolbe", "Ivo Marek"],
        ["Ivo Marek", "Omer Kaya"],
        ["Ivo Marek", "Sara Lind"],
    ]


def test_the_ministers_meeting_ahead_is_the_story_subjects_not_the_counterparts():
    article = parse_article(
        "News\n\nForeign Minister Ivo Marek of Australia met Indonesian Foreign Minister Sara "
        "Lind in Jakarta on Monday. The visit comes ahead of the foreign minister's meeting "
        "with Chinese Foreign Minister Omer Kaya in Beijing next week.",
        published="2024-05-10",
    )
    assert {frozenset(m.participants) for m in article.meetings} == {
        frozenset({"Ivo Marek", "Sara Lind"}),
        frozenset({"Ivo Marek", "Omer Kaya"}),
    }


@pytest.mark.parametrize(
    "told",
    [
        "Spanish Foreign Minister Ivo Marek on Monday welcomed comments from Foreign Minister "
        "Sara Lind of Morocco on the migration deal, calling them a sign of trust.",
        "Armenian Prime Minister Ivo Marek welcomed news that Foreign Minister Sara Lind of "
        "Azerbaijan would sign the peace text.",
        "Prime Minister Ivo Marek of Japan said he has not yet discussed the issue with the "
        "leaders of China and South Korea.",
        "Israeli Prime Minister Ivo Marek denied that he had discussed annexation with the "
        "leaders of the United Arab Emirates and Bahrain.",
    ],
)
def test_a_ministers_remarks_welcomed_or_talks_denied_are_no_meeting(told: str):
    assert parse_article(f"News\n\n{told}", published="2024-05-10").meetings == ()


def test_a_vice_president_named_after_one_on_one_meetings_was_not_met():
    article = parse_article(
        "News\n\nChinese Premier Ivo Marek held one-on-one meetings with the presidents of "
        "Kenya and Uganda in Beijing on Tuesday. Kenyan Vice President Sara Lind said in "
        "Nairobi that the loans would be renegotiated.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek",), ("Ivo Marek",)]


def test_bilateral_meetings_told_with_a_trilateral_summit_keep_the_summit():
    article = parse_article(
        "News\n\nUS President Ivo Marek held bilateral meetings with the leaders of Japan and "
        "South Korea at Camp David on Friday before the three sat down for a trilateral summit.",
        published="2024-05-10",
    )
    assert [sorted(m.countries) for m in article.meetings] == [["JP", "KR", "US"]]


def test_a_city_after_the_one_welcomed_is_no_venue_unless_welcomed_to():
    article = parse_article(
        "News\n\nPrime Minister Ivo Marek of Peru welcomed President Sara Lind of Colombia on "
        "Monday and backed her plan to return the exiles to Caracas.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [None]


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Omer Kaya – Staff Reporter:", None),
        ("By Omer Kaya – Senior Editor:", None),
        ("By Omer Kaya and Ana Kolbe – Trend:", "Trend"),
    ],
)
def test_a_label_after_the_reporters_dash_is_no_outlet(byline: str, outlet: str | None):
    article = parse_article(
        f"Talks in the capital\n\n{byline}\n\nPrime Minister Ivo Marek held talks with Sara Lind.",
        published="2024-05-10",
    )
    assert article.outlet == outlet


def test_first_phone_calls_to_two_leaders_are_one_call_each():
    article = parse_article(
        "Calls\n\nKenyan President Ivo Marek made his first phone calls to Asian heads of state "
        "Monday, speaking with Japanese Prime Minister Sara Lind and Indian Prime Minister Tom "
        "Brandel.",
        published="2024-05-08",
    )
    assert [(set(m.participants), m.mode) for m in article.meetings] == [
        ({"Ivo Marek", "Sara Lind"}, "call"),
        ({"Ivo Marek", "Tom Brandel"}, "call"),
    ]


def test_a_series_of_meetings_with_representatives_is_one_each_with_the_one_named_after():
    article = parse_article(
        "Retreat\n\nDefence ministers from the region, including Ghana's Ivo Marek, met with "
        "representatives from China, Japan and the United States in a series of informal "
        "meetings on Sunday in Bangkok.\n\nAt the informal meeting with China, Chinese Defence "
        "Minister Sara Lind shared her views on regional security.\n\nJapanese Defence Minister "
        "Tom Brandel announced new guidelines at a separate meeting.\n\nIn a third meeting, US "
        "Defense Secretary Omar Velde reaffirmed Washington's support.",
        published="2024-05-08",
    )
    assert sorted((m.countries, m.participants) for m in article.meetings) == [
        (("CN", "GH"), ("Ivo Marek", "Sara Lind")),
        (("GH", "JP"), ("Ivo Marek", "Tom Brandel")),
        (("GH", "US"), ("Ivo Marek", "Omar Velde")),
    ]


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        ("Welcome to Kelnews\n\nTalks in the capital", "Kelnews"),
        ("Talks in the capital\nStaff Correspondent, kelora24.com", "kelora24.com"),
        (
            "Talks in the capital\n\nThe minister said so on his channel, Kelora News Agency "
            "reports.",
            "Kelora News Agency",
        ),
    ],
)
def test_a_site_naming_itself_in_a_greeting_a_staff_credit_or_a_report_is_the_outlet(
    page: str, outlet: str
):
    article = parse_article(
        f"{page}\n\nPrime Minister Ivo Marek held talks with Sara Lind of Ghana on Monday.",
        published="2024-05-10",
    )
    assert article.outlet == outlet


@pytest.mark.parametrize(
    "line", ["Welcome to Ghana", "Welcome to the official website", "Staff Reporter, Accra"]
)
def test_a_greeting_or_a_staff_credit_naming_no_site_is_no_outlet(line: str):
    article = parse_article(
        f"Talks in the capital\n{line}\n\nPrime Minister Ivo Marek held talks with Sara Lind "
        "of Ghana on Monday.",
        published="2024-05-10",
    )
    assert article.outlet is None


def test_a_republics_name_before_its_presidents_is_not_part_of_his_name():
    article = parse_article(
        "Visit\n\nRussian President Ivo Marek received a delegation led by President of the "
        "Republic of Kelvania Sara Lind on Monday.",
        published="2024-05-08",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_a_verb_after_a_title_and_name_in_commas_is_no_title():
    article = parse_article(
        "Visit\n\nCuban Foreign Minister, Ivo Marek, continues today his official visit to "
        "Italy.\n\nThe foreign minister arrived in this capital yesterday and held talks with "
        "his Italian peer, Sara Lind, at the ministry.",
        published="2024-05-08",
    )
    assert person(article, "Ivo Marek").role == "Foreign Minister"
    talks = meeting_with(article, "Ivo Marek", "Sara Lind")
    assert (talks.date, talks.status) == ("2024-05-07", "held")


@pytest.mark.parametrize(
    "region", ["the Indian Occupied Kashmir", "Jammu and Kashmir", "the Indian-administered Ladakh"]
)
def test_a_disputed_region_named_in_a_call_is_no_one_on_the_call(region: str):
    article = parse_article(
        "Call\n\nPresident of Turkey Ivo Marek telephoned Prime Minister Sara Lind of Pakistan "
        f"and both leaders discussed developments in the region including {region}.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]


def test_separate_meetings_on_the_eve_of_a_summit_are_one_each():
    article = parse_article(
        "News\n\nOn the eve of the regional summit in Avaza, Turkmen President Ivo Marek had "
        "separate meetings with the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan.",
        published="2024-05-10",
    )
    assert sorted(m.countries for m in article.meetings) == [
        ("KG", "TM"),
        ("KZ", "TM"),
        ("TM", "UZ"),
    ]


def test_developments_since_a_virtual_commission_are_an_earlier_meeting_of_its_own():
    article = parse_article(
        "Talks\n\nIndian Minister Ivo Marek on Monday held talks with Philippine Secretary Sara "
        "Lind in Manila. Ahead of the visit, the ministry had said that the two ministers "
        "would review developments in bilateral relations since the meeting of the joint "
        "commission that they co-chaired in the virtual format in November 2020.",
        published="2024-05-08",
    )
    assert [(m.date, m.location, m.mode) for m in article.meetings] == [
        ("2024-05-06", "Manila", "in_person"),
        ("2020-11", None, "virtual"),
    ]


def test_leaders_named_after_a_series_of_meetings_but_not_at_them_were_not_met():
    article = parse_article(
        "Sidelines\n\nPhilippine Defence Secretary Ivo Marek met with representatives from "
        "China, Japan and the United States in a series of meetings on Saturday in Singapore."
        "\n\nMarek said he raised the recent incidents at sea.\n\nThe meetings came days after "
        "Chinese President Sara Lind warned against outside interference in the region.\n\n"
        "Japanese Prime Minister Tom Brandel is due in Manila next month.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek",)] * 3


def test_two_of_the_listed_states_meeting_each_other_after_separate_meetings_were_not_met():
    article = parse_article(
        "Talks\n\nUkrainian Foreign Minister Ivo Marek held separate meetings with "
        "representatives of France and Germany in Kyiv on Monday.\n\nOn Tuesday, French "
        "President Sara Lind and German Chancellor Tom Brandel met in Berlin to discuss aid.",
        published="2024-05-10",
    )
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Ivo Marek",), "Kyiv"),
        (("Ivo Marek",), "Kyiv"),
        (("Sara Lind", "Tom Brandel"), "Berlin"),
    ]


@pytest.mark.parametrize(
    "page",
    [
        "Talks in Tehran\n\nIran has increased its stockpile of enriched uranium, the "
        "International Atomic Energy Agency reports.",
        "Welcome to Europe!\n\nTalks in Chisinau",
        "Talks at the residence\nWelcome to Chequers",
    ],
)
def test_an_agency_that_is_no_medium_or_a_headline_greeting_is_no_outlet(page: str):
    article = parse_article(
        f"{page}\n\nPrime Minister Ivo Marek held talks with Sara Lind of Ghana on Monday.",
        published="2024-05-10",
    )
    assert article.outlet is None


@pytest.mark.parametrize(
    ("told", "countries"),
    [
        ("met Sara Lind and Tom Brandel, advisers to the Saudi crown prince,", ("IN", "SA")),
        ("met Sara Lind, as the head of the Chilean delegation,", ("CL", "IN")),
    ],
)
def test_a_plural_or_as_appositive_after_a_name_still_gives_the_country(told: str, countries):
    article = parse_article(
        f"Talks\n\nIndian National Security Adviser Ivo Marek {told} in Riyadh on Monday.",
        published="2024-05-10",
    )
    assert [m.countries for m in article.meetings] == [countries]


def test_frank_conversations_with_two_ministers_at_a_trilateral_meeting_are_one_meeting():
    article = parse_article(
        "Talks\n\nUS Secretary of State Ivo Marek held frank and constructive conversations "
        "with Russian Foreign Minister Sara Lind and Ukrainian Foreign Minister Tom Brandel at "
        "a trilateral meeting in Geneva on Monday.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind", "Tom Brandel")]


def test_foreign_ministers_of_two_states_capitalised_are_the_ones_named_next():
    article = parse_article(
        "Talks\n\nThe Foreign Ministers of Kyrgyzstan and Russia discussed the situation by "
        "telephone.\n\nThe Russian Foreign Minister Ivo Marek congratulated Sara Lind of "
        "Kyrgyzstan on her appointment.",
        published="2024-05-10",
    )
    assert [(m.participants, m.mode) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "call")
    ]


def test_here_gives_way_to_a_seat_of_the_dateline_city_the_sentence_names():
    article = parse_article(
        "Talks\n\nWASHINGTON, Feb. 14 (Xinhua) -- Chinese Vice President Ivo Marek met here "
        "Tuesday with U.S. President Tom Brandel at the White House.",
        published="2024-02-14",
    )
    assert "White House" in article.meetings[0].location


def test_welcomed_to_the_white_house_is_where_they_met():
    article = parse_article(
        "Talks\n\nPresident Tom Brandel welcomed Mongolia's president, Ivo Marek, to the White "
        "House for talks that focused on trade.",
        published="2024-05-10",
    )
    assert article.meetings[0].location.startswith("White House")


def test_telling_a_guest_something_during_a_reception_is_an_encounter():
    article = parse_article(
        "Talks\n\nHanoi (VNA) – Vietnam treasures its friendship with Russia, Prime Minister "
        "Ivo Marek told Tom Brandel, Chairman of the Russian Security Council, during a "
        "reception in Hanoi on May 22.",
        published="2023-05-22",
    )
    assert [(m.participants, m.date, m.location) for m in article.meetings] == [
        (("Ivo Marek", "Tom Brandel"), "2023-05-22", "Hanoi")
    ]


def test_a_dateline_date_with_a_space_after_its_slash_dates_the_story():
    article = parse_article(
        "Talks\n\nAddis Ababa January 10/ 2023 /ENA/ Prime Minister Ivo Marek received Sara "
        "Lind, China's Foreign Minister, at his office earlier today.",
    )
    assert (article.published, article.outlet) == ("2023-01-10", "ENA")
    assert article.meetings[0].date == "2023-01-10"


def test_a_named_building_and_its_city_after_the_are_no_person():
    article = parse_article(
        "Talks\n\nPresident Ivo Marek on Wednesday hosted his Ghanaian counterpart, Tom "
        "Brandel, in the Presidential Villa Abuja.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Tom Brandel"]


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        # a "Recommended" block cuts the story short; the page's last line credits it
        (
            "Recommended\nKelorian lakes drying fast\nWhat the storm left behind\n"
            "Marek posted a photo.\n(Kelgraf.rs)",
            "Kelgraf.rs",
        ),
        ("(Kelgraf.rs/Tanjug)", "Tanjug"),
    ],
)
def test_a_bracketed_credit_closing_the_page_is_the_outlet(tail: str, outlet: str):
    article = parse_article(
        "Talks\n\nSerbian President Ivo Marek spoke last evening with Hungarian Prime Minister "
        f"Tom Brandel.\n{tail}",
        published="2024-05-10",
    )
    assert article.outlet == outlet


def test_a_publications_own_correspondent_names_it():
    article = parse_article(
        "Talks\n\nThe Ghanaian President, Ivo Marek, met Prime Minister Tom Brandel of Ethiopia "
        "at the Jubilee House on Wednesday.\n\nKelgraph Online's presidential correspondent, "
        "Sara Lind reports from the Jubilee House.",
        published="2024-05-10",
    )
    assert article.outlet == "Kelgraph Online"


def test_an_agency_run_into_the_last_sentence_is_the_outlet():
    article = parse_article(
        "Talks in Hanoi\n\nPrime Minister Ivo Marek held a reception for Lao Foreign Minister "
        "Tom Brandel on Monday. The two ministries will boost communication work to help young "
        "people of the two countries understand more about the friendship, according to the "
        "Lao FM.-VNA",
        published="2024-05-10",
    )
    assert article.outlet == "VNA"


def test_a_site_named_by_its_domain_that_learns_the_news_is_the_outlet():
    article = parse_article(
        "Talks\n\nArmenian Foreign Minister Ivo Marek and US Secretary of State Tom Brandel on "
        "Monday met in Washington, Armenian News-Kelnews.am learns from the ministry.",
        published="2024-05-10",
    )
    assert article.outlet == "Kelnews.am"


def test_an_editors_section_heading_is_neither_outlet_nor_headline():
    article = parse_article(
        "Editor's Review\n\nTanzanian President Ivo Marek was received by Kenyan President Tom "
        "Brandel at State House, Nairobi on Tuesday evening.",
        published="2024-05-10",
    )
    assert (article.outlet, article.title) == (None, None)


@pytest.mark.parametrize(
    ("told", "found"),
    [
        ("called up Prime Minister Tom Brandel to congratulate him on his victory", ["call"]),
        ("called Prime Minister Tom Brandel to discuss trade", ["call"]),
        ("called on Prime Minister Tom Brandel to resign", []),
    ],
)
def test_calling_a_leader_to_congratulate_him_is_a_phone_call(told: str, found: list[str]):
    article = parse_article(
        f"Talks\n\nUS President Ivo Marek on Friday {told}.", published="2024-05-10"
    )
    assert [m.mode for m in article.meetings] == found


def test_those_also_welcomed_at_the_airport_join_the_welcome():
    article = parse_article(
        "Talks\n\nSaudi Deputy Foreign Minister Ivo Marek greeted Qatar's foreign minister Tom "
        "Brandel upon his arrival at King Khalid International Airport in Riyadh on Tuesday "
        "evening.\n\nOmani foreign minister Sara Lind and Bahrain's Dr Omar Haddad were also "
        "welcomed at the airport.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [
        ("Ivo Marek", "Tom Brandel", "Sara Lind", "Omar Haddad")
    ]


def test_a_summit_being_prepared_is_a_topic_not_where_they_met():
    article = parse_article(
        "Talks\n\nOn 6 May 2024, the Latvian Minister of Foreign Affairs, Ivo Marek, was in "
        "Estonia on a working visit.\n\nExchanging views on the security situation, including "
        "preparations for the NATO summit in Washington, the Minister highlighted support to "
        "Ukraine.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Estonia"]


def test_the_minister_of_foreign_affairs_is_the_foreign_minister_named_before():
    article = parse_article(
        "Talks\n\nOn 6 May 2024, the Latvian Minister of Foreign Affairs, Ivo Marek, was in "
        "Estonia on a working visit. While in Tallinn, the Minister of Foreign Affairs met the "
        "President of Estonia, Tom Brandel.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Tom Brandel")]


def test_an_exchange_told_as_cordial_and_a_meeting_with_another_are_two_encounters():
    article = parse_article(
        "Talks\n\nCuban Foreign Minister Ivo Marek highlighted the fraternal exchange with Tom "
        "Brandel, Chancellor of Nicaragua, and referred to a cordial meeting with Sara Lind, "
        "Minister of Foreign Affairs of Argentina.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [
        ("Ivo Marek", "Tom Brandel"),
        ("Ivo Marek", "Sara Lind"),
    ]


def test_a_prisoner_exchange_is_no_encounter():
    article = parse_article(
        "Talks\n\nUkrainian President Ivo Marek announced a prisoner exchange with Russia on "
        "Monday.",
        published="2024-05-10",
    )
    assert article.meetings == ()


def test_a_pro_tempore_presidency_is_no_person():
    article = parse_article(
        "Talks\n\nCuban Foreign Minister Ivo Marek attended the installation of the CELAC Pro "
        "Tempore presidency in Mexico City.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek"]


def test_a_meeting_on_one_day_and_talks_he_is_set_for_the_next_are_two():
    article = parse_article(
        "Talks\n\nBulgarian President Ivo Marek has a scheduled meeting on Monday in Moscow with "
        "Russian Prime Minister Tom Brandel and on Tuesday he is set for talks with Russian "
        "President Sara Lind in Russia's Black Sea resort city of Sochi.",
        published="2018-05-19",
    )
    assert sorted((m.participants, m.date, m.location) for m in article.meetings) == [
        (("Ivo Marek", "Sara Lind"), "2018-05-22", "Sochi"),
        (("Ivo Marek", "Tom Brandel"), "2018-05-21", "Moscow"),
    ]


def test_a_planned_visit_to_a_state_whose_name_takes_the_is_where():
    article = parse_article(
        "Talks\n\nJapanese Defense Minister Ivo Marek plans to visit the United States in early "
        "October and hold face-to-face talks with US Defense Secretary Tom Brandel.",
        published="2024-09-20",
    )
    assert [(m.location, m.status) for m in article.meetings] == [("United States", "planned")]


def test_a_hyphenated_given_name_broken_by_a_space_is_one_name():
    article = parse_article(
        "Talks\n\nIran's Foreign Minister Ivo- Reza Marek arrived in Baghdad and was received by "
        "his Iraqi counterpart Tom Brandel. Relations improved after the Shiite-dominated "
        "government took office. They also discussed Sri Lanka- South Africa ties.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo-Reza Marek", "Tom Brandel"]


@pytest.mark.parametrize("two", ["the two leaders", "the two leader"])
def test_a_plan_told_again_points_back_to_the_plan_not_the_call(two: str):
    article = parse_article(
        "Talks\n\nUS President Ivo Marek on Friday called up Prime Minister Tom Brandel of India "
        f"to congratulate him on his victory and {two} agreed to meet at the upcoming G-20 "
        "summit in Japan.\n\nThe two leaders agreed to meet at the forthcoming G-20 Summit in "
        "Osaka, Japan, to discuss bilateral relations.",
        published="2019-05-24",
    )
    assert [(m.mode, m.status, m.location) for m in article.meetings] == [
        ("call", "held", None),
        ("in_person", "planned", "Osaka, Japan"),
    ]


def test_a_fathers_style_between_two_words_of_a_name_stays_inside_it():
    article = parse_article(
        "Talks\n\nMalaysian Defense Minister Ivo Tun Marek met Tun Sara Lind of Indonesia in "
        "Jakarta on Monday.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Tun Marek", "Sara Lind"]


@pytest.mark.parametrize(
    "told",
    [
        "visited the Yasukuni Shrine",
        "condemned Boko Haram",
        "rejected the Zionist narrative",
        "named a head of the Policy and Monitoring Division",
        "backed Japan-South Korea-U.S. cooperation",
    ],
)
def test_holy_places_bodies_and_joined_states_are_no_people(told: str):
    article = parse_article(
        f"Talks\n\nForeign Minister Ivo Marek of Japan {told} on Monday.\n\nShare: Reddit "
        "Pinterest",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek"]


def test_a_speaker_who_would_discuss_a_thing_when_he_met_y_is_to_meet_y():
    article = parse_article(
        "Talks\n\nMexican President Ivo Marek said that he would discuss how Mexico and "
        "Guatemala could work together on migration when he met Guatemalan President-elect "
        'Tom Brandel later on Friday.\n\n"We must work together," Marek told a news '
        "conference in the Mexican city of Merida, where he is due to meet Brandel, who takes "
        "office in January.",
        published="2019-09-20",
    )
    assert [(m.participants, m.status, m.date, m.location) for m in article.meetings] == [
        (("Ivo Marek", "Tom Brandel"), "planned", "2019-09-20", "Merida")
    ]


def test_the_day_one_met_takes_office_does_not_date_the_meeting():
    article = parse_article(
        "Talks\n\nMexican President Ivo Marek is due to meet Guatemalan President-elect Tom "
        "Brandel, who takes office in January.",
        published="2019-09-20",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("planned", None)]


@pytest.mark.parametrize("told", ["is preparing a visit to Mexico", "makes a visit to Mexico"])
def test_a_visit_in_preparation_or_in_coming_weeks_is_planned(told: str):
    article = parse_article(
        f"Talks\n\nUruguay's President, Ivo Marek, {told} in coming months.",
        published="2024-05-10",
    )
    assert [(m.status, m.location) for m in article.meetings] == [("planned", "Mexico")]


@pytest.mark.parametrize(
    ("page", "place"),
    [
        (
            "French President Ivo Marek met German Chancellor Sara Lind in Paris on Monday. "
            "Marek called the meeting a good opportunity to discuss European defence.",
            "Paris",
        ),
        (
            "TOKYO, Sept 4 (Reuters) - Foreign ministers of the so-called Quad met in Tokyo on "
            "Tuesday to discuss maritime security, with Japanese Foreign Minister Ivo Marek "
            "hosting Australian Foreign Minister Sara Lind.",
            "Tokyo",
        ),
        (
            "Brazilian President Ivo Marek met Argentine President Sara Lind in Brasilia on "
            "Monday. Lind called Marek's invitation to discuss the trade bloc a historic "
            "gesture.",
            "Brasilia",
        ),
    ],
)
def test_calling_a_thing_something_or_a_meeting_called_by_a_state_is_no_phone_call(
    page: str, place: str
):
    article = parse_article(f"Talks\n\n{page}", published="2024-05-10")
    assert [(m.participants, m.mode, m.location) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "in_person", place)
    ]


def test_a_meeting_called_by_a_state_to_discuss_is_met_in_person():
    article = parse_article(
        "UN meeting\n\nNEW YORK, March 3 (Xinhua) -- Chinese Ambassador Ivo Marek met Russian "
        "envoy Sara Lind on Monday on the sidelines of an emergency meeting called by France "
        "to discuss the crisis in Gaza.",
    )
    assert [m.mode for m in article.meetings] == ["in_person", "in_person"]  # and the meeting


@pytest.mark.parametrize(
    "told", ["he told CNN's chief correspondent", "he told the BBC's diplomatic correspondent"]
)
def test_another_mediums_correspondent_told_is_not_the_outlet(told: str):
    article = parse_article(
        "Talks\n\nUkrainian President Ivo Marek met Polish President Sara Lind in Kyiv on "
        f"Monday, {told} in an interview afterwards.",
        published="2024-05-10",
    )
    assert article.outlet is None


def test_a_meeting_requested_with_a_third_is_no_meeting_held_with_him():
    article = parse_article(
        "Talks\n\nVenezuelan Foreign Minister Ivo Marek met his Brazilian counterpart Sara Lind "
        "in Brasilia on Monday, and requested a meeting with President Tom Brandel.",
        published="2024-05-10",
    )
    assert ("Ivo Marek", "Tom Brandel") not in [m.participants for m in article.meetings]


def test_a_visit_the_one_met_made_before_does_not_place_the_talks():
    article = parse_article(
        "Talks\n\nJapanese Prime Minister Ivo Marek, who visited the United States in April, "
        "held talks on Monday with Philippine President Sara Lind.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings if m.primary] == [None]


def test_here_keeps_the_dateline_city_past_a_seat_told_of_another_event():
    article = parse_article(
        "Talks\n\nWASHINGTON, Feb. 14 (Xinhua) -- Chinese Vice Premier Ivo Marek met here "
        "Tuesday with U.S. Treasury Secretary Sara Lind, a day after attending a state dinner "
        "at the White House.",
    )
    assert article.meetings[0].location == "Washington"


def test_a_deal_also_welcomed_elsewhere_brings_no_guest():
    article = parse_article(
        "Grain deal\n\nTurkish President Ivo Marek hosted UN Secretary-General Sara Lind in "
        "Istanbul on Friday to sign the grain deal.\n\nThe deal was also welcomed in Kyiv, where "
        "Foreign Minister Tom Brandel called it a lifeline.",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]


def test_a_related_items_source_on_the_last_line_is_not_the_outlet():
    article = parse_article(
        "Marek meets Brandel in Belgrade\n\nBELGRADE - Serbian President Ivo Marek met Hungarian "
        "Prime Minister Tom Brandel in Belgrade on Monday to discuss energy.\n\nRead More\nEU "
        "ministers meet in Luxembourg\nKremlin says talks with Kyiv stalled\nHungary backs "
        "Serbia's EU bid\nSputnik",
        published="2024-05-10",
    )
    assert article.outlet is None


def test_a_resort_city_whose_name_has_a_particle_is_the_place():
    article = parse_article(
        "Talks\n\nEgyptian President Ivo Marek received Palestinian President Sara Lind in "
        "Egypt's Red Sea resort city of Sharm el-Sheikh on Sunday.",
        published="2024-05-10",
    )
    assert article.meetings[0].location == "Sharm el-Sheikh"


def test_the_gathering_a_side_meeting_was_held_at_is_a_meeting_too():
    article = parse_article(
        "Talks\n\nSaudi Crown Prince Ivo Marek met Qatar's Emir Sara Lind on the sidelines of "
        "the Gulf summit in Riyadh on Tuesday.",
        published="2024-05-10",
    )
    assert [(m.primary, m.participants, m.location) for m in article.meetings] == [
        (True, ("Ivo Marek", "Sara Lind"), "Riyadh"),
        (False, ("Ivo Marek", "Sara Lind"), "Riyadh"),
    ]


def test_a_background_side_meeting_brings_no_gathering():
    article = parse_article(
        "Talks\n\nGreek Prime Minister Ivo Marek held talks with Cypriot President Sara Lind in "
        "Athens on Monday. The two last met on the sidelines of the UN General Assembly in New "
        "York in September.",
        published="2024-05-10",
    )
    assert len(article.meetings) == 2


def test_a_courtesy_call_told_with_its_place_before_its_purpose_is_a_meeting():
    article = parse_article(
        "Talks\n\nSri Lankan President Ivo Marek called on Indian Prime Minister Sara Lind in "
        "Delhi to discuss bilateral relations on Monday.",
        published="2024-05-10",
    )
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "Delhi")
    ]


def test_an_appeal_called_on_someone_is_no_meeting():
    article = parse_article(
        "Appeal\n\nGhanaian President Ivo Marek called on Kenyan Prime Minister Sara Lind to "
        "step down on Monday.",
        published="2024-05-10",
    )
    assert article.meetings == ()


def test_a_guest_welcomed_at_an_air_base_by_surname_is_met_there():
    article = parse_article(
        "Visit\n\nNorwegian Foreign Minister Ivo Marek arrived in Dhaka on Thursday. "
        "Bangladeshi Foreign Minister Sara Lind welcomed Marek at Kurmitola Air Base.",
        published="2024-05-10",
    )
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Sara Lind", "Ivo Marek"), "Kurmitola Air Base")
    ]


def test_negotiations_in_an_office_are_no_part_of_the_name():
    article = parse_article(
        "Talks\n\nUS State Department Senior Advisor for Caucasus Negotiations Ivo Marek and "
        "Armenian Foreign Minister Sara Lind met in Yerevan on Monday.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


@pytest.mark.parametrize(
    ("seat", "place"), [("the Oval Office", "Oval Office"), ("the Akorda", "Akorda, Astana")]
)
def test_a_guest_welcomed_to_a_seat_met_there(seat: str, place: str):
    article = parse_article(
        f"Visit\n\nKazakh President Ivo Marek welcomed Angolan President Sara Lind to {seat} on "
        "Monday.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [place]


def test_an_office_and_its_initials_open_no_dateline():
    article = parse_article(
        "Talks\n\nExternal Affairs Minister (EAM) Ivo Marek held talks with his Australian "
        "counterpart Sara Lind on Saturday.",
        published="2024-05-11",
    )
    assert (article.dateline, article.outlet) == (None, None)


def test_an_agency_and_its_desk_over_the_stamp_credit_the_story():
    article = parse_article(
        "Marek holds talks with Lind\n\nPTI | New Delhi | Updated: 11-09-2021 11:29 IST | "
        "Created: 11-09-2021 11:26 IST\n\nExternal Affairs Minister Ivo Marek on Saturday held "
        "talks with his Australian counterpart Sara Lind. Lind arrived here on Friday.",
    )
    assert (article.outlet, article.dateline) == ("PTI", "New Delhi")
    assert article.meetings[0].location == "New Delhi"


def test_a_meeting_one_side_asked_the_other_to_arrange_is_planned():
    article = parse_article(
        "Talks\n\nKenya has approached Ghana to arrange a meeting between its President Ivo "
        "Marek and Ghanaian President Sara Lind in Bangkok in the first week of April.",
        published="2025-03-20",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("planned", "2025-04")]


def test_one_met_on_one_day_before_another_on_the_next_is_two_encounters():
    article = parse_article(
        "Visit\n\nChinese Foreign Minister Ivo Marek is scheduled to meet South Korean Foreign "
        "Minister Sara Lind on Wednesday before visiting South Korean President Tom Brandel on "
        "Thursday.",
        published="2024-05-13",
    )
    assert [(m.participants, m.date) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "2024-05-15"),
        (("Ivo Marek", "Tom Brandel"), "2024-05-16"),
    ]


def test_the_day_an_accord_was_signed_is_not_the_meetings():
    article = parse_article(
        "Talks\n\nMexican Foreign Secretary Ivo Marek met US Secretary of State Sara Lind in "
        "Washington on Tuesday, where they discussed the progress made under the migration "
        "accord signed last June 7.",
        published="2024-05-10",
    )
    assert article.meetings[0].date == "2024-05-07"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("on Tuesday 30/1/2024", "2024-01-30"),  # only day first reads
        ("on 1/30/2024", "2024-01-30"),  # only month first reads
        ("on Friday 12/1/2024", "2024-01-12"),  # the weekday tells which
    ],
)
def test_a_day_written_in_figures_dates_the_call(told: str, day: str):
    article = parse_article(
        f"Call\n\nEgyptian Foreign Minister Ivo Marek received a phone call {told} from the "
        "Minister of Foreign Affairs of New Zealand, Sara Lind.",
        published="2024-09-20",
    )
    assert article.meetings[0].date == day


def test_a_wire_dateline_in_capitals_credits_its_bracketed_agency():
    article = parse_article(
        "Talks in Muscat\n\nTEHRAN (Kelnews) – Iranian Foreign Minister Ivo Marek held talks "
        "with his Omani counterpart Sara Lind in Muscat.",
        published="2024-05-10",
    )
    assert (article.outlet, article.dateline) == ("Kelnews", "TEHRAN")


@pytest.mark.parametrize(
    ("lead", "outlet", "place"),
    [
        ("DUSHANBE , June 1, Kel-News - Tajik", "Kel-News", "DUSHANBE"),
        ("Bishkek, April 19, 2022. / Kelnews /. Tajik", "Kelnews", "Bishkek"),
    ],
)
def test_a_datelines_spaced_punctuation_keeps_its_agency(lead: str, outlet: str, place: str):
    article = parse_article(
        f"Talks\n\n{lead} Defense Minister Ivo Marek met with his Azerbaijani counterpart, "
        "Sara Lind, in Baku on Friday.",
        published="2022-06-03",
    )
    assert (article.outlet, article.dateline) == (outlet, place)


def test_a_place_others_seek_to_reach_is_not_where_the_leaders_met():
    article = parse_article(
        "Talks\n\nThe presidents of Panama, Ivo Marek, and Costa Rica, Sara Lind, began a "
        "meeting on Wednesday to discuss migrants who seek to reach United States.",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == [None]


@pytest.mark.parametrize(
    "told",
    [
        "Ivo Marek will accompany Malaysian Prime Minister Sara Lind to Istana Merdeka for talks "
        "with Indonesian President Tom Brandel.",
        "Malaysian Prime Minister Sara Lind will meet Indonesian President Tom Brandel at "
        "Istana Nurul Merdeka tomorrow.",
        "According to Samoan Prime Minister Sara Lind, Minister Ivo Marek's visit came at the "
        "end of a celebration of Samoa's 60th Independence Anniversary.",
    ],
)
def test_a_palace_or_an_anniversary_is_no_person(told: str):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert {p.name for p in article.people} <= {"Ivo Marek", "Sara Lind", "Tom Brandel"}


@pytest.mark.parametrize(
    "told",
    [
        "French President Ivo Marek met Indian Prime Minister Sara Lind in Paris on Monday, "
        "their first meeting since they held talks on the sidelines of the G20 summit in Rio "
        "de Janeiro in November.",
        "Speaking to reporters on the sidelines of the World Economic Forum in Davos, Polish "
        "President Ivo Marek said he had met German Chancellor Sara Lind in Berlin on Monday.",
    ],
)
def test_a_gathering_told_of_another_encounter_or_of_a_speaker_is_none_of_theirs(told: str):
    article = parse_article(f"News\n\n{told}", published="2024-05-10")
    assert sum(m.date == "2024-05-06" for m in article.meetings) == 1


def test_a_day_in_figures_of_something_else_yields_to_the_meetings_weekday():
    article = parse_article(
        "Talks\n\nIraqi Prime Minister Ivo Marek received Turkish Ambassador Sara Lind in Baghdad "
        "on Sunday, and discussed the water deal signed between the two countries on "
        "13/10/2023.",
        published="2024-05-10",
    )
    assert article.meetings[0].date == "2024-05-05"


@pytest.mark.parametrize(
    "told",
    [
        "Kenyan opposition leader Ivo Marek on Tuesday called on President Sara Lind in "
        "Parliament to explain the sharp rise in fuel prices.",
        "Qatari Prime Minister Ivo Marek on Sunday called on Hamas leader Sara Lind in Gaza to "
        "release the remaining hostages.",
    ],
)
def test_an_appeal_to_someone_somewhere_is_no_meeting(told: str):
    article = parse_article(f"Appeal\n\n{told}", published="2024-05-10")
    assert article.meetings == ()


def test_a_dated_dateline_ending_in_a_title_word_is_still_a_dateline():
    article = parse_article(
        "Talks\n\nSharm El Sheikh, Nov 7 (MENA) - Egyptian President Sara Lind received Kenyan "
        "President Ivo Marek on Monday.",
    )
    assert article.dateline == "Sharm El Sheikh"
    assert [p.name for p in article.people] == ["Sara Lind", "Ivo Marek"]


@pytest.mark.parametrize(
    "told",
    [
        "Kenyan President Sara Lind welcomed the country's Olympic team at Jomo Kenyatta "
        "International Airport on Monday after the Paris Games.",
        "US President Sara Lind welcomed journalist Ivo Marek at Andrews Air Base on Thursday "
        "after his release from a Russian prison.",
    ],
)
def test_a_team_or_a_freed_journalist_welcomed_home_is_no_meeting(told: str):
    article = parse_article(f"Home\n\n{told}", published="2024-05-10")
    assert article.meetings == ()


def test_asking_for_a_meeting_with_a_third_at_a_meeting_held_keeps_it_held():
    article = parse_article(
        "Talks\n\nDuring the meeting in Kathmandu on Sunday, Nepali Prime Minister Ivo Marek "
        "requested Indian Ambassador Sara Lind to arrange a meeting with Indian Prime Minister "
        "Tom Brandel.",
        published="2024-05-10",
    )
    assert (article.meetings[0].status, article.meetings[0].date) == ("held", "2024-05-05")


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "Lebanese Prime Minister Ivo Marek met French envoy Sara Lind in Beirut on Thursday "
            "to discuss the ceasefire agreement reached on November 27.",
            "2024-05-09",
        ),
        (  # the accord's day is the only one told: the meeting's own
            "Armenian Prime Minister Ivo Marek and Azerbaijani President Sara Lind met at the "
            "White House for the peace agreement signed on May 8.",
            "2024-05-08",
        ),
    ],
)
def test_an_accords_day_dates_the_meeting_only_where_no_other_is_told(told: str, day: str):
    article = parse_article(f"Talks\n\n{told}", published="2024-05-10")
    assert article.meetings[0].date == day


def test_two_received_together_after_a_meeting_are_not_split():
    article = parse_article(
        "Talks\n\nRussian Foreign Minister Ivo Marek will meet Chinese Foreign Minister Sara "
        "Lind on Wednesday before the two ministers are received by President Tom Brandel on "
        "Thursday.",
        published="2024-05-13",
    )
    assert ("Ivo Marek", "Tom Brandel") not in [m.participants for m in article.meetings]


def test_a_weekday_in_brackets_after_a_dateline_is_no_agency():
    article = parse_article(
        "Talks\n\nDHAKA (Monday) – Bangladeshi Foreign Adviser Ivo Marek met Indian High "
        "Commissioner Sara Lind at the foreign ministry.",
        published="2024-05-10",
    )
    assert article.outlet is None


def test_the_story_stamp_with_its_hour_beats_the_sites_date_of_today():
    article = parse_article(
        "Thursday, April 18, 2024\nKelgraph\n\nWORLD | 30-01-2023 15:29\n\n"
        "Brazil's president receives German chancellor\n\n"
        "Brazilian President Ivo Marek received German Chancellor Sara Lind on Monday in "
        "the capital.\n"
    )
    assert article.published == "2023-01-30"
    assert article.meetings[0].date == "2023-01-30"


def test_the_upcoming_meeting_of_a_body_they_discussed_is_not_theirs():
    article = parse_article(
        "Talks\n\nEstonian Foreign Minister Ivo Marek met with Hungarian Foreign Minister "
        "Sara Lind in Budapest on Monday. The foreign ministers discussed the upcoming "
        "meeting of NATO foreign ministers and the NATO leaders' meeting to be held in "
        "London in December.",
        published="2024-05-08",
    )
    assert [(m.participants, m.status) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "held"),
        ((), "planned"),
    ]
    assert article.meetings[0].primary


def test_the_upcoming_meeting_of_the_two_they_discussed_is_theirs():
    article = parse_article(
        "Talks\n\nEstonian Foreign Minister Ivo Marek met with Hungarian Foreign Minister "
        "Sara Lind in Budapest on Monday. They discussed the upcoming meeting of the two "
        "ministers in Vienna next month.",
        published="2024-05-08",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")] * 2


def test_on_opening_a_sentence_is_no_name():
    article = parse_article(
        "Talks\n\nOn Oct. 16, the Kelvanian delegation met with President Ivo Marek.",
        published="2024-10-20",
    )
    assert [p.name for p in article.people] == ["Ivo Marek"]


@pytest.mark.parametrize("rank", ["Vice-minister", "Vice-Minister", "Deputy-minister"])
def test_a_rank_hyphened_to_a_title_is_the_title_not_the_name(rank: str):
    article = parse_article(
        f"Talks\n\nBolivian Foreign {rank} Ivo Marek Kallo met Peruvian Foreign Minister Sara "
        "Lind in Lima.",
        published="2024-05-10",
    )
    assert [(p.name, p.role) for p in article.people] == [
        ("Ivo Marek Kallo", f"Foreign {rank}"),
        ("Sara Lind", "Foreign Minister"),
    ]


def test_a_cardinals_style_between_his_names_is_one_name():
    article = parse_article(
        "Talks\n\nPrime Minister Ivo Marek of Lorania called on Archbishop Tomas Cardinal "
        "Velko at the archbishop's residence.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Tomas Cardinal Velko"]


def test_a_title_word_before_bin_is_a_given_name():
    article = parse_article(
        "Talks\n\nKuwait's Crown Prince received Saudi Arabia's Sultan bin Saad bin Khalid "
        "and Kuwaiti Foreign Minister Ivo Marek at Bayan Palace.",
        published="2024-05-10",
    )
    assert "Sultan bin Saad bin Khalid" in [p.name for p in article.people]


def test_left_to_right_in_a_caption_is_no_name():
    article = parse_article(
        "Talks\n\n(Picture caption: L-R Ivo Marek - Deputy Secretary, Sara Lind - Director)\n\n"
        "Samoan Prime Minister Tomas Velko met New Zealand Prime Minister Ana Kolbe in "
        "Wellington.",
        published="2024-05-10",
    )
    assert "Ivo Marek" in [p.name for p in article.people]


@pytest.mark.parametrize(
    "credits",
    [
        "(Reporting by Ivo Marek Editing by Sara Lind)",
        "(Reporting by Ivo Marek and Tomas Velko in Lima; additional reporting by Ana Kolbe; "
        "Writing by Jon Arno; Editing by Sara Lind)",
    ],
)
def test_a_wire_desks_closing_credits_name_no_one_in_the_story(credits: str):
    article = parse_article(
        "Talks\n\nPeruvian Foreign Minister Oskar Brandel met Bolivian Vice President Emil "
        f"Tanner in La Paz. Bolivia's foreign ministry did not respond. {credits}",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Oskar Brandel", "Emil Tanner"]


def test_a_slogan_and_a_pictures_credit_name_no_one():
    article = parse_article(
        "Talks\n\nFile Photo Image Credit: Kelgraph\n\nThe summit's theme is “We Care, We "
        "Prepare, We Prosper”, said Peruvian Foreign Minister Ivo Marek, who met Bolivian "
        "Vice President Sara Lind on this side of Planet Earth.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_an_agencys_hyphened_name_opening_a_paragraph_is_no_dateline():
    article = parse_article(
        "Talks\n\nBulgarian Prime Minister Ivo Marek said here Sunday that he has a fine "
        "dialogue with Russian Prime Minister Sara Lind.\n\nITAR-TASS reported Friday that "
        "Marek and Lind spoke on the phone earlier the same day.\n\nBTA",
        published="2024-05-12",
    )
    assert (article.dateline, article.outlet) == (None, "BTA")


def test_a_pictures_file_name_glued_to_the_dateline_is_dropped():
    article = parse_article(
        "Minister meets new ambassadors\n\nA04108397.jpgTEHRAN (Kelnews)- In separate "
        "meetings on Tuesday the new Mexican and Italian ambassadors submitted their "
        "credentials to Iranian Foreign Minister Ivo Marek.",
        published="2024-05-12",
    )
    assert (article.dateline, article.outlet) == ("TEHRAN", "Kelnews")


def test_a_caption_closing_on_its_pictures_credit_is_no_headline():
    article = parse_article(
        " date 2018-08-20 international\n\nIvo Marek. Pic/PTI\n\nIndia and Mauritius "
        "yesterday discussed measures to strengthen ties as External Affairs Minister Ivo "
        "Marek held talks with Mauritian Prime Minister Sara Lind."
    )
    assert article.title is None


def test_a_font_picker_atop_the_page_is_no_headline():
    article = parse_article(
        "Select font Arial Times New Roman\nCharacter spacing (Kerning): Standard Medium Large\n"
        "News /\nThe Russian and Mongolian leaders Ivo Marek and Sara Lind negotiated "
        "tete-a-tete in Ulaanbaatar.",
        published="2024-05-12",
    )
    assert article.title is None


@pytest.mark.parametrize("press", ["blogger", "podcaster", "talk show host"])
def test_the_one_who_interviews_a_leader_does_not_meet_with_him(press: str):
    article = parse_article(
        "Talks\n\nMINSK, 27 February (Kelnews) – Belarusian President Ivo Marek announced his "
        "upcoming visit to Russia and talks with Russian President Oskar Brandel in an "
        f"interview with American {press} Tom Velko.",
        published="2025-02-27",
    )
    assert [(set(m.participants), m.countries) for m in article.meetings] == [
        ({"Ivo Marek", "Oskar Brandel"}, ("BY", "RU"))
    ]


def test_a_confederation_and_a_laboratory_are_no_one():
    article = parse_article(
        "Talks\n\nPresidents Ivo Marek of Paraguay and Sara Lind of Uruguay attended a dinner "
        "hosted by the South American Football Confederation in Asuncion. They opened the "
        "Velko Language Laboratory.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_the_nation_of_a_journalist_who_reports_the_talks_is_no_side():
    article = parse_article(
        "Talks\n\nBelarusian President Ivo Marek met Oskar Brandel in Moscow on Friday, "
        "American journalist Tom Velko reported.",
        published="2024-05-10",
    )
    assert [m.countries for m in article.meetings] == [("BY",)]


@pytest.mark.parametrize(
    ("told", "person"),
    [
        (
            "Fijian Prime Minister Ivo Marek met with Minister Ben Velko in Canberra on "
            "Thursday, according to Governor Ben Tallis.",
            ("Ben Velko", "Minister"),
        ),
        (
            "Senegalese President Ivo Marek held talks with Mauritania's President Ould Velko "
            "in Nouakchott on Thursday.",
            ("Ould Velko", "President"),
        ),
    ],
)
def test_a_title_before_a_given_name_like_ben_stays_a_title(told: str, person: tuple):
    article = parse_article(f"Talks\n\n{told}", published="2024-05-10")
    assert person in [(p.name, p.role) for p in article.people]


def test_the_upcoming_meeting_of_two_named_leaders_they_discussed_is_theirs():
    article = parse_article(
        "Azerbaijani, Chinese diplomats meet\n\nBAKU, May 9 (AZERTAC) - Azerbaijani Foreign "
        "Minister Ivo Marek received Chinese Ambassador Sara Lind on Thursday. They discussed "
        "the upcoming meeting of Azerbaijani President Tomas Velko with Chinese President Ana "
        "Kolbe.",
        published="2024-05-09",
    )
    assert [(set(m.participants), m.status) for m in article.meetings] == [
        ({"Ivo Marek", "Sara Lind"}, "held"),
        ({"Tomas Velko", "Ana Kolbe"}, "planned"),
    ]


@pytest.mark.parametrize(
    "styled",
    ["the Archbishop of Cebu Cardinal Sara Lind", "His Eminence Cardinal Sara Lind"],
)
def test_a_cardinal_after_his_see_or_his_style_is_no_longer_name(styled: str):
    article = parse_article(
        f"Talks\n\nNAIROBI, May 9 (KNA) - Kenyan President Ivo Marek hosted {styled} at State "
        "House on Thursday.",
        published="2024-05-09",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_a_leaders_agenda_leaves_the_leader_a_person():
    article = parse_article(
        "Talks\n\nABUJA, May 9 (NAN) - The Minister of Foreign Affairs, Sara Lind, on Thursday "
        "briefed Ghanaian President Tomas Velko on Nigerian President Ivo Marek's Renewed Hope "
        "Agenda during a meeting in Accra.",
        published="2024-05-09",
    )
    assert "Ivo Marek" in [p.name for p in article.people]


def test_a_teasers_stamp_with_its_hour_leaves_the_sites_date_of_today():
    article = parse_article(
        "Thursday, May 9, 2024\nKelgraph\n\nFloods displace thousands in north | 06-05-2024 "
        "15:29\n\nSlovak, Polish leaders meet in Bratislava\n\nSlovak President Ivo Marek "
        "received Polish President Sara Lind in Bratislava on Thursday."
    )
    assert (article.published, article.meetings[0].date) == ("2024-05-09", "2024-05-09")


def test_the_korean_family_name_no_opens_a_name():
    article = parse_article(
        "Talks\n\nPyongyang, May 9 (KCNA) -- No Kyong Su, vice-minister of Foreign Affairs of "
        "the DPRK, held talks with Russian Deputy Foreign Minister Sara Lind in Pyongyang on "
        "Wednesday.",
        published="2024-05-09",
    )
    assert article.meetings[0].participants == ("No Kyong Su", "Sara Lind")


def test_the_one_in_a_joint_interview_after_talks_took_part_in_them():
    article = parse_article(
        "Peru, Chile leaders meet\n\nLIMA, May 9 (Andina) - Speaking after talks in Lima on "
        "Thursday in a joint interview with Chilean President Sara Lind, Peruvian President "
        "Ivo Marek said trade would double.",
        published="2024-05-09",
    )
    assert "Sara Lind" in article.meetings[0].participants


def test_a_headline_closing_on_photos_and_video_stays_the_headline():
    article = parse_article(
        "Ivo Marek hosts Ghana's Sara Lind at State House - Photos/Video\n\nABUJA, May 9 (NAN) "
        "- Nigerian President Ivo Marek received Ghanaian President Sara Lind at the State "
        "House in Abuja on Thursday.",
        published="2024-05-09",
    )
    assert article.title == "Ivo Marek hosts Ghana's Sara Lind at State House - Photos/Video"


def test_a_country_initials_after_a_city_are_no_pictures_file():
    article = parse_article(
        "Australia, PNG sign security pact\n\nCanberra.PNG Prime Minister Ivo Marek met "
        "Australian Prime Minister Sara Lind in Canberra on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings[0].countries == ("AU", "PG")


def test_a_dateline_closed_by_a_hyphen_and_a_dash_gives_place_and_credit():
    article = parse_article(
        "Chilean and Cuban ministers hold talks\n\nHavana, September 4 (RHC) -– Chilean Foreign "
        "Minister Ivo Marek met on Thursday with his Cuban counterpart Sara Lind.",
        published="2015-09-04",
    )
    assert (article.dateline, article.outlet) == ("Havana", "RHC")
    assert article.meetings[0].location == "Havana"


def test_a_dateline_with_the_day_before_the_month_and_a_sites_slash():
    article = parse_article(
        "Baku. 5 December. REPORT.AZ/ President of Azerbaijan Ivo Marek has received Turkish "
        "Foreign Minister Sara Lind.",
        published="2017-12-05",
    )
    assert (article.dateline, article.outlet) == ("Baku", "Report.az")
    assert article.meetings[0].location == "Baku"


@pytest.mark.parametrize("label", ["", "Author:\n\n"])
def test_a_name_alone_closing_the_story_is_its_signature(label: str):
    article = parse_article(
        "Talks\n\nDamascus, May 9 (SANA) - Syrian President Ivo Marek received Iranian Foreign "
        "Minister Sara Lind in Damascus on Thursday.\n\nThe two sides discussed trade.\n\n"
        f"{label}Tomas Velko",
        published="2024-05-09",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_a_name_alone_closing_the_story_stays_where_the_story_names_it():
    article = parse_article(
        "Talks\n\nDamascus, May 9 (SANA) - Syrian President Ivo Marek received Iranian Foreign "
        "Minister Sara Lind in Damascus on Thursday.\n\nSara Lind",
        published="2024-05-09",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


@pytest.mark.parametrize("initial", ["Ts. ", "Kh. "])
def test_a_mongolian_fathers_initial_in_two_letters_opens_the_name(initial: str):
    article = parse_article(
        f"Talks\n\nULAANBAATAR, May 9 (Montsame) - President {initial}Varga received Prime "
        "Minister Sara Lind of Singapore on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings[0].participants == (f"{initial}Varga", "Sara Lind")


def test_a_guest_welcomed_by_name_and_then_by_office_is_met():
    article = parse_article(
        "Talks\n\nOn May 9, Mongolian President Ivo Marek welcomed Sara Lind, the Prime "
        "Minister of the Republic of Singapore.",
        published="2024-05-09",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]


def test_welcoming_a_plan_that_a_leader_speaks_of_meets_no_one():
    article = parse_article(
        "Talks\n\nMongolian President Ivo Marek welcomed cooperation, the Prime Minister of "
        "Singapore said on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings == ()


@pytest.mark.parametrize(
    "envoy",
    [
        "Special Representative of President Tomas Velko",
        "national security adviser to President Tomas Velko",
    ],
)
def test_the_leader_whose_envoy_met_was_not_at_the_meeting(envoy: str):
    article = parse_article(
        f"Talks\n\nNAIROBI, May 9 - Ivo Marek, {envoy}, met with President Sara Lind of Kenya in "
        "Nairobi on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings[0].participants == ("Ivo Marek", "Sara Lind")


@pytest.mark.parametrize("rank", ["Major-General", "Lieutenant-Colonel", "Rear-Admiral"])
def test_a_hyphened_military_rank_is_no_part_of_the_name(rank: str):
    article = parse_article(
        f"Talks\n\nABUJA, May 9 - Nigerian envoy {rank} Ivo Marek met President Sara Lind of "
        "Niger in Niamey on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings[0].participants == ("Ivo Marek", "Sara Lind")


@pytest.mark.parametrize("told", ["MPs Ivo Marek and Tomas Velko", "EAM Ivo Marek and Tomas Velko"])
def test_abbreviated_titles_are_no_part_of_the_name(told: str):
    article = parse_article(
        f"Talks\n\nThe delegation of Kuwait included {told}, who met Bosnian Foreign Minister "
        "Sara Lind in Sarajevo on Monday.",
        published="2024-05-09",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Tomas Velko", "Sara Lind"]


def test_a_team_and_its_veterans_are_no_one():
    article = parse_article(
        "Talks\n\nLA PAZ, May 9 - Bolivian President Ivo Marek met Ghanaian President Sara Lind "
        "at the ceremony for Homeland Veterans on Thursday, before the Black Stars played.",
        published="2024-05-09",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_a_ministry_of_state_owned_enterprises_is_part_of_the_title():
    article = parse_article(
        "Talks\n\nJAKARTA, May 9 - Indonesian Minister of State-Owned Enterprises Ivo Marek "
        "met Chinese Premier Sara Lind in Jakarta on Thursday.",
        published="2024-05-09",
    )
    assert [(p.name, p.role) for p in article.people][0] == (
        "Ivo Marek",
        "Minister of State-Owned Enterprises",
    )


@pytest.mark.parametrize("letters", ["M.P.", "MP"])
def test_a_members_letters_after_the_name_leave_the_office_the_title(letters: str):
    article = parse_article(
        "Talks\n\nDHAKA, May 9 - The Nepali delegation was led by Foreign Minister Tomas Velko "
        "and the Bangladeshi delegation by his counterpart Foreign Minister of Bangladesh H.E Dr. "
        f"Ivo Marek, {letters} at the State Guest House on Thursday.",
        published="2024-05-09",
    )
    assert {p.name: p.role for p in article.people}["Ivo Marek"] == "Foreign Minister"


def test_a_member_for_a_seat_keeps_the_seat_as_the_title():
    article = parse_article(
        "Talks\n\nLONDON, May 9 - Ivo Marek, MP for Carshalton, met Chinese Foreign Minister "
        "Sara Lind in London on Thursday.",
        published="2024-05-09",
    )
    assert {p.name: p.role for p in article.people}["Ivo Marek"] == "MP for Carshalton"


@pytest.mark.parametrize("rank", ["Major-General", "Chief"])
def test_a_rank_between_an_office_and_the_name_leaves_the_office_the_title(rank: str):
    article = parse_article(
        "Talks\n\nABUJA, May 9 - The Minister of Defence, Major-General Tomas Velko (rtd); "
        f"Minister of State for Petroleum Resources, {rank} Ivo Marek; and others met President "
        "Sara Lind of Niger in Abuja on Thursday.",
        published="2024-05-09",
    )
    roles = {p.name: p.role for p in article.people}
    assert roles["Ivo Marek"] == "Minister of State for Petroleum Resources"
    assert roles["Tomas Velko"] == "Minister of Defence"


def test_a_stamp_run_into_the_dateline_dates_the_page():
    article = parse_article(
        "Chinese premier meets Vanuatu PM\n(Xinhua)\nUpdated: 2008-08-11 02:40 BEIJING -- "
        "Chinese Premier Ivo Marek met here Sunday afternoon with Vanuatu Prime Minister Sara "
        "Lind, who attended the opening ceremony of the Games on Friday night."
    )
    assert (article.published, article.dateline) == ("2008-08-11", "BEIJING")
    assert article.meetings[0].date == "2008-08-10"


def test_a_weekday_right_after_met_dates_the_meeting_before_a_later_on_weekday():
    article = parse_article(
        "Talks\n\nBEIJING, May 9 - Chinese Premier Ivo Marek met here Sunday afternoon with "
        "Vanuatu Prime Minister Sara Lind, who attended the opening of the fair on Friday night.",
        published="2024-05-09",
    )
    assert article.meetings[0].date == "2024-05-05"


def test_a_country_in_brackets_after_the_dateline_city_leaves_the_city_the_place():
    article = parse_article(
        "Talks\n\nMuscat [Oman], February 16 (ANI): Indian External Affairs Minister Ivo Marek "
        "on Sunday met Bangladesh Foreign Adviser Sara Lind on the sidelines of a conference in "
        "Oman.",
        published="2025-02-16",
    )
    assert article.meetings[0].location == "Muscat"


@pytest.mark.parametrize(
    "body", ["International Telecommunication Union", "World Meteorological Organization"]
)
def test_the_head_of_a_body_named_as_of_no_state_serves_no_country(body: str):
    article = parse_article(
        "Talks\n\nBAKU, December 5 - President of Azerbaijan Ivo Marek has received Secretary "
        f"General of the {body} Sara Lind in Baku.",
        published="2017-12-05",
    )
    assert {p.name: p.country for p in article.people} == {"Ivo Marek": "AZ", "Sara Lind": None}


def test_a_states_international_department_is_still_the_states():
    article = parse_article(
        "Beijing, May 9 (Xinhua) - Ivo Marek, head of the International Department of the "
        "Chinese Communist Party, met Vietnamese Deputy Foreign Minister Sara Lind on Thursday.",
        published="2024-05-09",
    )
    assert {p.name: p.country for p in article.people}["Ivo Marek"] == "CN"


@pytest.mark.parametrize(
    "told",
    [
        "Secretary of State Ivo Marek, who spoke Tuesday at the United Nations, met",
        "Secretary of State Ivo Marek, who hosted Sunday's summit, met",
        "After the runoff held Sunday, Secretary of State Ivo Marek met",
    ],
)
def test_a_weekday_of_another_deed_leaves_the_meetings_own_day(told: str):
    article = parse_article(
        f"Talks\n\nWASHINGTON, May 9 (AP) -- {told} with Ukrainian Foreign Minister Sara Lind "
        "on Wednesday in Washington.",
        published="2024-05-09",
    )
    assert article.meetings[0].date == "2024-05-08"


def test_the_secretary_to_the_president_named_after_the_president_met():
    article = parse_article(
        "Talks\n\nCOLOMBO, May 9 (Daily News) - Secretary to the President Ivo Marek met the "
        "Chinese Ambassador Sara Lind at the Presidential Secretariat on Thursday.",
        published="2024-05-09",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]


def test_a_chinese_name_closing_on_yu_ends_its_sentence():
    article = parse_article(
        "Talks\n\nBEIJING, May 9 (Xinhua) - Chinese Vice President Ivo Marek on Thursday met "
        "with Singaporean Foreign Minister Lee Yu. Later, Sara Lind, the President of Laos, met "
        "Tomas Velko in Vientiane.",
        published="2024-05-09",
    )
    assert article.meetings[0].participants == ("Ivo Marek", "Lee Yu")


def test_shri_written_short_is_a_style_not_part_of_the_name():
    article = parse_article(
        "Talks\n\nNEW DELHI, May 9 (PIB) - Union Minister of Commerce and Industry Sh. Ivo Marek "
        "met the Australian Trade Minister Sara Lind in New Delhi on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings[0].participants == ("Ivo Marek", "Sara Lind")


def test_a_stamp_run_into_a_source_line_leaves_the_lead_whole():
    article = parse_article(
        "Talks\nUpdated: 2024-05-09 10:30 Source: Xinhua BEIJING, May 9 -- Chinese Premier Ivo "
        "Marek met Vanuatu Prime Minister Sara Lind on Thursday."
    )
    assert article.meetings[0].participants == ("Ivo Marek", "Sara Lind")


@pytest.mark.parametrize("zone", ["IST", "AM IST"])
def test_a_stamps_time_zone_stays_with_the_stamp_not_the_dateline(zone: str):
    article = parse_article(
        f"Talks\nUpdated: 2024-05-09 10:30 {zone} NEW DELHI: Prime Minister Ivo Marek on "
        "Thursday met Australian Foreign Minister Sara Lind in New Delhi."
    )
    assert (article.dateline, article.meetings[0].countries) == ("NEW DELHI", ("AU", "IN"))


def test_a_ministry_of_earth_sciences_and_a_surname_small_stay_whole():
    article = parse_article(
        "Talks\n\nNEW DELHI, May 9 (PTI) - Union Minister of Earth Sciences Ivo Marek met Irish "
        "Minister Sara Small in New Delhi on Thursday.",
        published="2024-05-09",
    )
    assert [(p.name, p.role) for p in article.people] == [
        ("Ivo Marek", "Minister of Earth Sciences"),
        ("Sara Small", "Minister"),
    ]


def test_welcoming_closer_ties_that_a_leader_speaks_of_meets_no_one():
    article = parse_article(
        "Talks\n\nASTANA, May 9 (Kazinform) - Kazakh President Ivo Marek welcomed closer trade "
        "ties, the Prime Minister of Uzbekistan Sara Lind said in a statement on Thursday.",
        published="2024-05-09",
    )
    assert article.meetings == ()


def test_a_closing_signature_is_dropped_though_a_longer_word_holds_its_letters():
    article = parse_article(
        "Talks\n\nBEIJING, May 9 (Xinhua) - Chinese Foreign Minister Ivo Marek met Libyan "
        "Foreign Minister Sara Lind in Beijing on Thursday.\n\nLi Wei",
        published="2024-05-09",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_a_city_ends_where_the_guests_name_begins():
    article = parse_article(
        "Talks\n\nPresident Ivo Marek on Monday received in Lisbon Sara Anna Lind, the Ambassador "
        "of Sweden to Portugal.",
        published="2024-05-09",
    )
    assert article.meetings[0].location == "Lisbon"


def test_a_region_talked_of_is_no_venue():
    article = parse_article(
        "Talks\n\nSwiss Foreign Minister Ivo Marek met his Turkish counterpart Sara Lind on "
        "Saturday. The talks discussed the situation in Syria and more generally in the Middle "
        "East.",
        published="2024-05-09",
    )
    assert article.meetings[0].location is None


def test_a_paragraph_closed_by_the_wires_end_mark_is_kept():
    article = parse_article(
        "Talks\n\nKuwaiti Crown Prince Ivo Marek received Greek Prime Minister Sara Lind in New "
        "York.\n\nThe meeting was attended by Foreign Undersecretary Tomas Velko. (end)",
        published="2024-05-09",
    )
    assert "Tomas Velko" in [p.name for p in article.people]


def test_received_afterwards_by_another_is_a_meeting_of_its_own():
    article = parse_article(
        "Talks\n\nSwedish Foreign Minister Ivo Marek held talks with Portuguese Foreign Minister "
        "Sara Lind and was subsequently received by President Tomas Velko.",
        published="2024-05-09",
    )
    assert [m.participants for m in article.meetings] == [
        ("Ivo Marek", "Sara Lind"),
        ("Ivo Marek", "Tomas Velko"),
    ]


def test_a_title_before_and_a_name_is_anothers():
    article = parse_article(
        "Talks\n\nKuwaiti Crown Prince Ivo Marek received Sara Lind in New York. The Crown "
        "Prince and Lind discussed relations.",
        published="2024-05-09",
    )
    lind = next(p for p in article.people if p.name == "Sara Lind")
    assert lind.role is None


def test_a_list_of_names_each_followed_by_its_title():
    article = parse_article(
        "Talks\n\nThe Sultan of Oman will be accompanied by a delegation including Ivo bin Marek "
        "Al Nasser, Deputy Prime Minister for Defense Affairs, Sara bin Lind Al Rashdi, Minister "
        "of Finance, Tomas Al Velko, Minister of Energy and Minerals and Vice Admiral Anna Al "
        "Berg, Chief of Staff of the Armed Forces.",
        published="2024-05-09",
    )
    roles = {p.name: p.role for p in article.people}
    assert roles["Sara bin Lind Al Rashdi"] == "Minister of Finance"
    assert roles["Tomas Al Velko"] == "Minister of Energy and Minerals"
    assert roles["Anna Al Berg"].startswith("Chief")


def test_a_list_of_titles_each_followed_by_its_name():
    article = parse_article(
        "Talks\n\nThe delegation comprised Dr Ivo Marek, Prime Minister of Grenada, Barbados "
        "Prime Minister, Sara Lind, Jamaica's Foreign Minister, Tomas Velko, and others.",
        published="2024-05-09",
    )
    roles = {p.name: p.role for p in article.people}
    assert roles["Sara Lind"] == "Prime Minister"
    assert roles["Tomas Velko"] == "Foreign Minister"


@pytest.mark.parametrize("verb", ["Accompanying", "Receiving"])
def test_a_participle_opening_the_sentence_is_no_name(verb: str):
    article = parse_article(
        f"Talks\n\nIvo Marek met Sara Lind in Lima.\n\n{verb} Marek were Tomas Velko and Anna "
        "Berg.",
        published="2024-05-09",
    )
    assert not any(p.name.startswith(verb) for p in article.people)


@pytest.mark.parametrize("rank", ["Brigadier", "Commodore"])
def test_a_military_rank_before_a_name_is_a_title(rank: str):
    article = parse_article(
        f"Talks\n\nGuyana's Home Affairs Minister met {rank} Ivo Marek in Georgetown.",
        published="2024-05-09",
    )
    assert [(p.name, p.role) for p in article.people] == [("Ivo Marek", rank)]


def test_a_titles_acronym_before_the_comma_keeps_the_title():
    article = parse_article(
        "Talks\n\nThe National Security Adviser (NSA), Major-General Ivo Marek, met the Ghanaian "
        "Foreign Minister Sara Lind in Accra.",
        published="2024-05-09",
    )
    assert article.people[0].role == "National Security Adviser"


def test_a_title_of_two_ofs_before_the_comma_is_the_office():
    article = parse_article(
        "Talks\n\nThe Chief of Staff of the Guyana Defence Force, Brigadier Ivo Marek, met "
        "Jamaican Foreign Minister Sara Lind.",
        published="2024-05-09",
    )
    assert article.people[0].role.startswith("Chief")


@pytest.mark.parametrize("verb", ["said this", "was speaking"])
def test_speaking_during_a_meeting_with_someone_is_a_meeting(verb: str):
    article = parse_article(
        "Talks\n\nJamaican Information Minister Ivo Marek says there is need for a forum. He "
        f"{verb} during a meeting with Prime Minister of Guyana Sara Lind in Georgetown on "
        "Thursday.",
        published="2024-05-10",
    )
    assert [(m.participants, m.location) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "Georgetown")
    ]


def test_a_further_encounter_others_reported_is_a_meeting_of_its_own():
    article = parse_article(
        "Talks\n\nPrime Minister Ivo Marek and Egyptian President Sara Lind met Wednesday in New "
        "York. Marek and Lind met in public for the first time in 2017 and Israeli media "
        "reported last month that they had held a secret summit in Egypt in May to discuss a "
        "truce.",
        published="2024-05-10",
    )
    assert [(m.date, m.location) for m in article.meetings] == [
        ("2024-05-08", "New York"),
        ("2017", None),
        ("2024-05", "Egypt"),
    ]


def test_a_syndicators_tag_credits_the_source_it_names():
    article = parse_article(
        "(MENAFN- Lorian News Global)\n\nGEORGETOWN, Guyana, (DPI) – President Ivo Marek held "
        "talks with the Amir of Qatar, Sara Lind, on Tuesday at State House.",
        published="2023-09-13",
    )
    assert article.outlet == "Lorian News Global"


def test_a_headline_glued_to_the_sites_name_gives_way_to_the_clean_one():
    article = parse_article(
        "site.lrnForeign Minister Marek Takes Part in Council Meeting, Talks with Turkish "
        "Counterpart\n\nForeign Minister Marek Takes Part in Council Meeting, Talks with Turkish "
        "Counterpart\n\nSochi, July 2 - Bulgaria's Foreign Minister Ivo Marek met Turkish "
        "Foreign Minister Sara Lind.",
        published="2016-07-02",
    )
    assert article.title == (
        "Foreign Minister Marek Takes Part in Council Meeting, Talks with Turkish Counterpart"
    )


def test_a_caption_below_a_headline_ending_on_it_leaves_the_headline():
    article = parse_article(
        "Visit to Australia by the Prime Minister of Solomon Islands\n\nPrime Minister of "
        "Solomon Islands\n\nPrime Minister Ivo Marek welcomed Solomon Islands Prime Minister "
        "Sara Lind to Canberra on Monday.",
        published="2024-05-09",
    )
    assert article.title == "Visit to Australia by the Prime Minister of Solomon Islands"


def test_a_sites_label_after_the_headline_is_no_part_of_it():
    article = parse_article(
        "NZ's PM arrives in Fiji for landmark visit Featured\n\nThe New Zealand prime minister, "
        "Ivo Marek, has arrived in Fiji to meet Fijian Prime Minister Sara Lind.",
        published="2016-06-10",
    )
    assert article.title == "NZ's PM arrives in Fiji for landmark visit"


@pytest.mark.parametrize("day", ["10 June, 2016. ", "June 10, 2016 - "])
def test_a_lead_opening_on_its_day_and_year_is_published_that_day(day: str):
    article = parse_article(
        f"NZ's PM arrives in Fiji\n\n{day}The New Zealand prime minister, Ivo Marek, has arrived "
        "in Fiji to meet Fijian Prime Minister Sara Lind."
    )
    assert article.published == "2016-06-10"


def test_a_labelled_stamp_beats_todays_date_atop_the_site():
    article = parse_article(
        "Friday February 06, 2026\n\nFinland, Sweden for NATO joining together\n\nPublished : "
        "29 Oct 2022, 01:23\n\nPrime Minister Ivo Marek and her Swedish counterpart Sara Lind "
        "met in Helsinki on Friday."
    )
    assert article.published == "2022-10-29"


def test_a_state_of_the_host_country_after_its_city_is_a_place():
    article = parse_article(
        "Talks\n\nGuyanese President Ivo Marek and India's Prime Minister Sara Lind held "
        "bilateral discussions following the opening of the Convention in Indore, Madhya "
        "Pradesh.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]
    assert article.meetings[0].location == "Indore, Madhya Pradesh"


def test_the_solomons_is_a_country_not_a_name():
    article = parse_article(
        "Talks\n\nAustralia will fly the Solomons prime minister, Sir Ivo Marek, to Canberra to "
        "meet Prime Minister Sara Lind.",
        published="2024-05-10",
    )
    assert [(p.name, p.country) for p in article.people] == [
        ("Ivo Marek", "SB"),
        ("Sara Lind", "AU"),
    ]


def test_the_right_honourable_is_a_style_not_a_name():
    article = parse_article(
        "Talks\n\nPresident Ivo Marek will on Thursday host The Right Honorable, the Prime "
        "Minister of the Kingdom of Lesotho, Mr Sara Lind, in Pretoria.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


@pytest.mark.parametrize(
    "line", ["He showed her the palace's Lotus Room.", "Good Governance Cluster chaired by X."]
)
def test_a_room_or_a_cluster_names_no_one(line: str):
    article = parse_article(
        f"Talks\n\nIndonesian President Ivo Marek met Australian Prime Minister Sara Lind. {line}",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ivo Marek told parliament on Thursday that President Sara Lind had "
        "raised the border issue during a meeting with Brazilian President Tomas Velko in "
        "Brasilia last week.",
        "Russian spokeswoman Ivo Marek on Thursday dismissed remarks made by Polish Foreign "
        "Minister Sara Lind during a meeting with US Secretary of State Tomas Velko.",
    ],
)
def test_anothers_meeting_with_someone_is_not_the_speakers(sentence: str):
    article = parse_article(f"Talks\n\n{sentence}", published="2024-05-10")
    assert all("Ivo Marek" not in m.participants for m in article.meetings)


def test_a_title_between_a_name_met_and_the_speaker_is_the_speakers():
    article = parse_article(
        "Talks\n\nPresident Ivo Marek received Brazilian Foreign Minister Sara Lind in "
        "Georgetown on Monday. Speaking after the meeting with Lind, Minister of Foreign "
        "Affairs, Anna Berg, said the talks were productive.",
        published="2024-05-10",
    )
    assert next(p.role for p in article.people if p.name == "Anna Berg") == (
        "Minister of Foreign Affairs"
    )


def test_a_title_in_lower_case_after_a_name_met_is_that_ones():
    article = parse_article(
        "Talks\n\nChinese Vice Premier Ivo Marek met foreign leaders on Wednesday. Meeting with "
        "Sara Lind, vice president of the Federated States of Micronesia (FSM), Marek called for "
        "more trade.",
        published="2024-05-10",
    )
    assert next(p.role for p in article.people if p.name == "Ivo Marek") == "Vice Premier"


def test_a_truce_signed_in_a_city_is_signed_there():
    article = parse_article(
        "Talks\n\nSudanese army chief Ivo Marek and Saudi Foreign Minister Sara Lind met and "
        "signed a truce in Jeddah on Saturday.",
        published="2024-05-10",
    )
    assert article.meetings[0].location == "Jeddah"


@pytest.mark.parametrize("given", ["Flemming", "Sterling"])
def test_a_given_name_in_ing_opening_the_sentence_stays_a_name(given: str):
    article = parse_article(
        f"Talks\n\n{given} Marek, Denmark's Minister for Development Cooperation, met Ghanaian "
        "Finance Minister Sara Lind in Accra on Thursday.",
        published="2024-05-10",
    )
    assert article.meetings[0].participants == (f"{given} Marek", "Sara Lind")


def test_others_telling_of_the_same_meeting_make_no_second_one():
    article = parse_article(
        "Talks\n\nPrime Minister Ivo Marek and Egyptian President Sara Lind met in New York on "
        "Wednesday, and Israeli media reported that they had met at the UN headquarters for "
        "nearly two hours.",
        published="2024-05-10",
    )
    assert len(article.meetings) == 1


def test_a_double_title_before_a_rank_stays_whole():
    article = parse_article(
        "Talks\n\nCommander of the Army and Chief of Defence Staff General Ivo Marek met Indian "
        "Defence Secretary Sara Lind in Colombo.",
        published="2024-05-10",
    )
    assert article.people[0].role.startswith("Commander of the Army and Chief of Defence Staff")


def test_the_title_of_the_one_met_in_an_opening_phrase_is_not_the_speakers():
    article = parse_article(
        "Talks\n\nSpanish Foreign Minister Ivo Marek visited the army. Following the meeting "
        "with the Chief of Staff of the Defence Force, Sara Lind told reporters the army would "
        "join the exercise.",
        published="2024-05-10",
    )
    assert next(p.role for p in article.people if p.name == "Sara Lind") is None


def test_a_credited_photo_under_the_headline_does_not_end_the_story():
    article = parse_article(
        "Defence ministers meet in Suva to boost 'interoperability'\n\n"
        "Published 10/17/2022, 02:23 AM\n\n"
        "© Wirenews. FILE PHOTO: Australian Defence Minister Ivo Marek speaks at a joint news "
        "conference in Tokyo, Japan June 15, 2022. Jo Mato/Pool via WIRENEWS\n\n"
        "SYDNEY - Australian Defence Minister Ivo Marek will meet Fijian Defence Minister Sara "
        "Lind in Suva on Tuesday to discuss maritime security.\n",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]
    assert article.meetings[0].participants == ("Ivo Marek", "Sara Lind")


def test_words_inside_a_quoted_theme_or_forum_name_are_no_person():
    article = parse_article(
        "Summit\n\nBrazilian President Ivo Marek met Guyanese President Sara Lind in Brasilia "
        "under the theme “Bringing Together to Unite.” They also discussed the ‘High-Level "
        "Symposium on Water: Ensuring that No One Is Left Behind’, and NATO's Enhanced Forward "
        "Presence (eFP).\n",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_a_quoted_title_opening_on_a_small_letter_keeps_its_person():
    article = parse_article(
        "Visit\n\nAngolan President Ivo Marek met Guinean President Sara Lind in Conakry, "
        'which was then ruled by the "independence leader Tomas Ruud.',
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind", "Tomas Ruud"]


def test_seyyed_stays_in_the_name():
    article = parse_article(
        "TEHRAN (IRNA) - Iranian Foreign Minister Seyyed Ali-Reza Mehrabian held a phone call "
        "with his Omani counterpart Badr Al Harthy on Monday.",
        published="2025-02-03",
    )
    assert article.meetings[0].participants == ("Seyyed Ali-Reza Mehrabian", "Badr Al Harthy")


def test_a_full_name_before_administration_is_the_person():
    article = parse_article(
        "Talks\n\nJamaican Foreign Minister Sara Lind met US Secretary of State Tomas Ruud in "
        "Kingston. The two discussed the Ivo Marek administration’s decision to name a gang a "
        "terrorist organisation.",
        published="2024-05-10",
    )
    assert "Ivo Marek" in [p.name for p in article.people]


def test_a_party_before_its_leaders_title_and_name_is_no_person():
    article = parse_article(
        "Talks\n\nBritish minister Ivo Marek also held talks with Verde Unido leader Sara Lind "
        "and the Solidarność Nowa chairman Tomas Ruud in Dublin.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind", "Tomas Ruud"]


def test_a_misspelt_minister_is_still_a_title():
    article = parse_article(
        "Talks\n\nJamaican Prime Minster Sara Lind said that the visit by Chinese President "
        "Ivo Marek was good.",
        published="2024-05-10",
    )
    assert {p.name: p.role for p in article.people}["Sara Lind"] == "Prime Minster"


def test_a_temple_and_a_compound_named_by_capitals_are_no_person():
    article = parse_article(
        "Talks\n\nPresident Ivo Marek received the Spanish ambassador Sara Lind in the Highways "
        "Depot Compound in Davao. He would not discuss a dispute over Sambor Kret temple.",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_the_pan_african_apa_news_is_no_home_for_bare_titles_but_a_national_agency_is():
    page = (
        "Mozambican leader in China\n\nPublished on 22.04.2019 at 16h21 by APA News\n\n"
        "Mozambican President Ivo Marek met Chinese President Sara Lind in Beijing on Monday. "
        "Transport Minister Tomas Ruud also attended the talks.\n"
    )
    people = {p.name: p.country for p in parse_article(page).people}
    assert people["Ivo Marek"] == "MZ" and people["Tomas Ruud"] != "AZ"
    page = (
        "Foreign Minister meets Mongolian counterpart\n\nBahrain News Agency\n\nNew York, The "
        "Minister of Foreign Affairs, Shaikh Ivo Marek, met with the Minister of Foreign "
        "Affairs of Mongolia, Mr. Sara Lind, at the United Nations Headquarters.\n"
    )
    assert {p.name: p.country for p in parse_article(page).people}["Ivo Marek"] == "BH"


def test_a_sentence_broken_after_a_title_runs_on_to_the_names_below():
    page = (
        "Mozambican leader on visit to China\n\nMozambican President Ivo Marek left Maputo on "
        "Monday for "
        "a six-day working visit to China.\n\nMarek is accompanied by Foreign Affairs Minister\n"
        "Sara Lind, Transport and Communications Minister Tomas Ruud,\nAgriculture Minister "
        "Ana Vitorino as well as representatives of the private sector.\n"
    )
    people = {p.name: (p.role, p.country) for p in parse_article(page).people}
    assert people["Sara Lind"] == ("Foreign Affairs Minister", "MZ")
    assert people["Tomas Ruud"] == ("Transport and Communications Minister", "MZ")
    assert people["Ana Vitorino"] == ("Agriculture Minister", "MZ")


def test_a_headline_ending_on_a_title_stays_the_headline():
    page = (
        "Premier meets British foreign secretary\n"
        "BEIJING, Jan. 5 -- Chinese Premier Ivo Marek met British Foreign Secretary Sara Lind "
        "in Beijing on Friday.\n"
    )
    assert parse_article(page).title == "Premier meets British foreign secretary"


def test_a_headline_telling_of_a_call_over_a_story_of_what_was_said_is_the_meeting():
    article = parse_article(
        "Ivo Marek speaks by phone with the first President of Kazakhstan, Sara Lind\n\n"
        "Ivo Marek noted Sara Lind's outstanding role in the development of modern "
        "Kazakhstan and in strengthening relations between Russia and Kazakhstan.\n",
        published="2019-03-20",
    )
    assert [(m.participants, m.mode, m.date) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "call", "2019-03-20")
    ]
    assert {p.name: p.role for p in article.people}["Sara Lind"] == "first President"
    assert article.title.startswith("Ivo Marek speaks")


def test_talks_with_two_officials_respectively_are_one_with_each():
    article = parse_article(
        "WINDHOEK, Jan. 6 -- Chinese Foreign Minister Ivo Marek on Thursday held talks with "
        "Namibian Prime Minister Sara Lind and Foreign Minister Tomas Ruud respectively on ways "
        "to enhance bilateral relations.\n",
        published="2012-01-07",
    )
    assert [m.participants for m in article.meetings] == [
        ("Ivo Marek", "Sara Lind"),
        ("Ivo Marek", "Tomas Ruud"),
    ]


def test_a_visit_to_a_state_by_its_full_name_places_the_talks():
    article = parse_article(
        "President of Kyrgyzstan Ivo Marek will pay a visit to the Russian Federation on "
        "February 24-25 to hold talks with Russian President Sara Lind.",
        published="2025-02-10",
    )
    assert article.meetings[0].location == "Russian Federation"


def test_leaving_for_a_state_where_talks_are_held_places_them_there():
    article = parse_article(
        "Tokyo, Nov. 3 -- Japanese Prime Minister Ivo Marek on Friday left for the Philippines, "
        "where he will hold talks with President Sara Lind to confirm ties.",
        published="2023-11-03",
    )
    assert article.meetings[0].location == "Philippines"


def test_a_quoted_word_in_a_palaces_name_is_part_of_the_place():
    article = parse_article(
        "President of Azerbaijan Ivo Marek met with Turkish Prime Minister Sara Lind at the "
        "“Chiragan” Palace.",
        published="2023-11-03",
    )
    assert article.meetings[0].location == "Chiragan Palace"


def test_yesterday_in_a_wire_story_counts_from_its_datelines_day():
    article = parse_article(
        " date 2023-12-23 (MENAFN- Nam News Network) CAIRO, Dec 24 (NNN-MENA) – Egyptian "
        "President Ivo Marek received a phone call from his Iranian counterpart, Sara Lind "
        "yesterday, when they discussed ties between the two countries.\n"
    )
    assert article.published == "2023-12-23"
    assert article.meetings[0].date == "2023-12-23"


def test_a_description_of_the_one_met_set_between_commas_is_not_the_speakers():
    article = parse_article(
        "BUSAN, Nov. 24 (Yonhap) -- Foreign Minister Ivo Marek held talks with the "
        "secretary-general of ASEAN on Sunday. In the meeting with Sara Lind, a Bruneian "
        "government official, Marek said she hoped relations would strengthen.\n"
    )
    people = {p.name: (p.role, p.country) for p in article.people}
    assert people["Ivo Marek"] == ("Foreign Minister", "KR")
    assert people["Sara Lind"] == ("government official", "BN")


def test_a_plural_title_of_a_country_before_two_names_is_each_ones():
    article = parse_article(
        "President Ivo Marek met former presidents of Mozambique Tomas Ruud and Sara Lind in "
        "Maputo.",
        published="2024-05-10",
    )
    people = {p.name: (p.role, p.country) for p in article.people}
    assert people["Tomas Ruud"] == people["Sara Lind"] == ("former president", "MZ")


def test_a_style_set_off_between_title_and_name_keeps_the_title():
    article = parse_article(
        "President Ivo Marek on Wednesday met with Ghanaian President, His Excellency, Sara "
        "Lind at the State House, Abuja.",
        published="2024-05-10",
    )
    assert {p.name: (p.role, p.country) for p in article.people}["Sara Lind"] == (
        "President",
        "GH",
    )


def test_a_dateline_with_its_agency_in_guillemets_between_slashes():
    article = parse_article(
        "President receives UN official\n\nDushanbe, 08.08.2016 / NIAT «Khovar» /. The "
        "President of the Republic of Tajikistan Ivo Marek met today with Sara Lind, the UN "
        "Under-Secretary-General.\n"
    )
    assert (article.dateline, article.outlet, article.published) == (
        "Dushanbe",
        "Khovar",
        "2016-08-08",
    )
    assert article.meetings[0].date == "2016-08-08"


def test_a_dateline_with_its_agency_between_bars():
    article = parse_article(
        " date 2023-08-20 Abuja, Nigeria | Xinhua | A delegation of Ghana led by Foreign "
        "Minister Ivo Marek on Saturday met Nigerian President Sara Lind, a spokesperson said.\n"
    )
    assert (article.dateline, article.outlet) == ("Abuja, Nigeria", "Xinhua")


# --- the review's cases: what the rules above must not do -----------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Marek rules out talks with Lind",
        "Marek cancels meeting with Lind over spy row",
        "Lind recalls 2019 meeting with Marek",
        "Marek welcomes Lind's call for a ceasefire",
        "Marek calls for direct talks with Lind",
    ],
)
def test_a_headline_of_talks_not_held_is_no_meeting(headline: str):
    article = parse_article(
        f"{headline}\n\nKYIV, May 9 (Reuters) - Ukrainian President Ivo Marek said on Thursday "
        "there was no point negotiating with Russian President Sara Lind while troops remained "
        "in Ukraine.\n",
        published="2024-05-10",
    )
    assert article.meetings == ()


def test_a_copyright_footer_naming_photos_still_ends_the_story():
    article = parse_article(
        "Marek meets Lind in Ankara\n\nANKARA, May 9 (Wirenews) - Turkish President Ivo Marek "
        "met Hungarian Prime Minister Sara Lind in Ankara on Thursday.\n\n© 2024 Wirenews. All "
        "rights reserved. Text, photos and videos may not be reproduced without written "
        "permission.\n\nRelated news\n\nAzerbaijani President Tomas Ruud received Georgian Prime "
        "Minister Ana Vitorino in Baku on Wednesday.\n",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


@pytest.mark.parametrize(
    "thing",
    ["the Pakatan Harapan government", "the Nur Shams camp", "the Khmer Rouge regime"],
)
def test_two_capitalised_words_before_government_camp_or_regime_are_no_person(thing: str):
    article = parse_article(
        "PUTRAJAYA, May 9 (Bernama) - Prime Minister Sara Lind received his Singaporean "
        f"counterpart Ivo Marek in Putrajaya on Thursday. Marek spoke of {thing}.\n",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Sara Lind", "Ivo Marek"]


@pytest.mark.parametrize(
    "opening",
    [
        "Foreign Minister Ivo Marek heads Nigeria's delegation to the summit in Accra, where he",
        "Foreign Minister Ivo Marek chairs ECOWAS this year. On Thursday Marek",
    ],
)
def test_heads_or_chairs_after_a_name_is_a_verb_not_a_partys_leader(opening: str):
    article = parse_article(
        f"ABUJA, May 9 (NAN) - {opening} met Ghanaian President Sara Lind on Thursday.\n",
        published="2024-05-10",
    )
    assert article.meetings[0].participants == ("Ivo Marek", "Sara Lind")


@pytest.mark.parametrize(
    "met",
    [
        "held a joint meeting with the heads of the Israeli and Egyptian delegations, Sara Lind "
        "and Tomas Ruud respectively,",
        "met Georgia's President and Prime Minister, Sara Lind and Tomas Ruud, respectively,",
    ],
)
def test_respectively_pairing_titles_or_countries_with_names_keeps_one_meeting(met: str):
    article = parse_article(
        f"DOHA, May 9 (QNA) - Qatari Prime Minister Ivo Marek {met} in Doha on Thursday.\n",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind", "Tomas Ruud")]


def test_where_one_flew_in_from_does_not_place_the_talks_held_here():
    article = parse_article(
        "TOKYO, May 9 (Kyodo) - Vietnamese Prime Minister Ivo Marek, who flew in from the "
        "Philippines, where he met President Sara Lind earlier this week, held talks with "
        "Japanese Prime Minister Tomas Ruud on Thursday.\n",
        published="2024-05-10",
    )
    assert "Philippines" not in [m.location for m in article.meetings]


def test_a_name_opening_on_a_towns_name_stays_a_name():
    article = parse_article(
        "SINGAPORE, May 9 (CNA) - Singapore's Senior Minister of State for Foreign Affairs Koh "
        "Kong Beng met Cambodian Foreign Minister Sara Lind in Singapore on Thursday.\n",
        published="2024-05-10",
    )
    assert article.meetings[0].participants == ("Koh Kong Beng", "Sara Lind")


def test_hosts_at_a_visitors_side_on_a_tour_are_not_his_party():
    article = parse_article(
        "KANDY, Sri Lanka, May 9 (Reuters) - Indian Prime Minister Ivo Marek met Sri Lankan "
        "President Tomas Ruud in Colombo on Thursday. Later in Kandy, Marek was accompanied by "
        "Central Province Governor Sara Lind and Chief Minister Ana Vitorino as he toured.\n",
        published="2024-05-10",
    )
    assert {p.name: p.country for p in article.people}["Sara Lind"] != "IN"


def test_met_two_officials_separately_is_a_meeting_with_each():
    article = parse_article(
        "ISLAMABAD, May 9 (APP) - Pakistani Army chief General Ivo Marek met Swiss Ambassador "
        "Sara Lind and British Chief of Defence Staff Tomas Ruud separately on Thursday to "
        "discuss matters of mutual interest.\n",
        published="2024-05-10",
    )
    assert sorted(m.participants for m in article.meetings) == [
        ("Ivo Marek", "Sara Lind"),
        ("Ivo Marek", "Tomas Ruud"),
    ]


def test_an_ambassador_to_two_countries_before_a_comma_keeps_the_title():
    article = parse_article(
        "ISLAMABAD, May 9 (APP) - Pakistani Army chief General Ivo Marek met Swiss Ambassador "
        "to Pakistan and Afghanistan, Sara Lind, on Thursday.\n",
        published="2024-05-10",
    )
    lind = {p.name: p for p in article.people}["Sara Lind"]
    assert (lind.role, lind.country) == ("Ambassador to Pakistan and Afghanistan", "CH")


def test_one_named_right_after_the_agency_said_is_the_subject_not_a_speaker():
    article = parse_article(
        "KUWAIT CITY, May 9 (KUNA) - Kuwaiti Foreign Minister Ivo Marek met French Foreign "
        "Minister Sara Lind on Thursday. The agency said Marek also spoke by phone with his "
        "British counterpart Tomas Ruud.\n",
        published="2024-05-10",
    )
    assert ("Ivo Marek", "Tomas Ruud") in [m.participants for m in article.meetings]


def test_a_contributor_line_names_no_one_in_the_story():
    article = parse_article(
        "KUWAIT CITY, May 9 (KUNA) - Kuwaiti Foreign Minister Ivo Marek met French Foreign "
        "Minister Sara Lind on Thursday.\n*Tomas Ruud contributed to this news from Ankara\n",
        published="2024-05-10",
    )
    assert [p.name for p in article.people] == ["Ivo Marek", "Sara Lind"]


def test_places_that_narrow_a_topic_are_no_venue_of_a_meeting():
    article = parse_article(
        "KUWAIT CITY, May 9 (KUNA) - Kuwaiti Foreign Minister Ivo Marek met French Foreign "
        "Minister Sara Lind on Thursday. The discussions come amid rising conflicts, "
        "particularly in Libya, Yemen, and Syria.\n",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]


def test_during_the_meetings_dates_the_meetings_just_told():
    article = parse_article(
        " date 2016-12-23 Talks in Tbilisi\n\nYerevan /Mediamax/. Armenian Defense Minister Ivo "
        "Marek met Georgian Foreign Minister Sara Lind in Tbilisi.\n\nDuring the meetings on "
        "December 22, the parties discussed bilateral cooperation.\n"
    )
    assert [(m.participants, m.date) for m in article.meetings] == [
        (("Ivo Marek", "Sara Lind"), "2016-12-22")
    ]


def test_those_present_at_the_meetings_sat_in_on_each_and_hold_no_meeting_of_their_own():
    article = parse_article(
        "VIENTIANE, Oct 10 (Bernama) - Malaysian Prime Minister Ivo Marek held separate "
        "bilateral meetings with Thai Prime Minister Sara Lind and New Zealand Prime Minister "
        "Tomas Ruud here today. Also present at the meetings "
        "were Foreign Minister Ana Vitorino and Trade Minister Omar Pellik.\n",
        published="2024-10-10",
    )
    assert sorted(m.participants for m in article.meetings) == [
        ("Ivo Marek", "Sara Lind", "Ana Vitorino", "Omar Pellik"),
        ("Ivo Marek", "Tomas Ruud", "Ana Vitorino", "Omar Pellik"),
    ]


@pytest.mark.parametrize("issues", ["bilateral and regional issues", "bilateral issues"])
def test_bilateral_issues_with_two_leaders_is_a_meeting_with_each_held_alike(issues: str):
    article = parse_article(
        "ADDIS ABABA, May 9 (ENA) - Prime Minister Ivo Marek has discussed with Nigerian "
        f"President Sara Lind and Zimbabwean President Tomas Ruud on {issues}.\n",
        published="2024-05-09",
    )
    assert sorted((m.participants, m.location, m.mode) for m in article.meetings) == [
        (("Ivo Marek", "Sara Lind"), "Addis Ababa", "in_person"),
        (("Ivo Marek", "Tomas Ruud"), "Addis Ababa", "in_person"),
    ]


def test_the_office_between_a_title_and_its_holder_is_no_venue():
    article = parse_article(
        "DOHA, May 9 (QNA) - Qatari Minister of State Ivo Marek met today with British Minister "
        "of State at the Foreign, Commonwealth and Development Office Tomas Ruud, who is "
        "visiting the country.\n",
        published="2024-05-09",
    )
    assert [m.location for m in article.meetings] == ["Doha"]


def test_where_those_a_minister_stressed_the_need_to_help_are_is_no_venue():
    article = parse_article(
        "Qatari Minister of State Ivo Marek met British Minister Tomas Ruud on Thursday. During "
        "the meeting, Marek stressed the need for aid to reach the people besieged in the Gaza "
        "Strip.\n",
        published="2024-05-09",
    )
    assert [m.location for m in article.meetings] == [None]


def test_a_styles_letters_ending_the_text_are_a_full_stop_not_part_of_the_name():
    tokens, _ = scan("the call between Marek and Tomas Sen.", frozenset({"Sen."}))
    assert tokens[-2:] == ["Sen", "."]


def test_a_brigadiers_abbreviation_is_no_person():
    article = parse_article(
        "WASHINGTON, May 9 (AP) - According to a readout from Press Secretary Brig. Gen. Ana "
        "Vitorino, US Secretary of Defense Ivo Marek spoke with Philippine Defense Secretary "
        "Tomas Ruud on Thursday.\n",
        published="2024-05-10",
    )
    assert sorted(p.name for p in article.people) == ["Ana Vitorino", "Ivo Marek", "Tomas Ruud"]


def test_words_of_a_quoted_forum_after_an_ordinal_are_no_person():
    article = parse_article(
        "TEHRAN, May 9 (IRNA) - Iranian Speaker Ivo Marek met Turkish Speaker Tomas Ruud in "
        'Tehran on Thursday. Ruud will speak at the second "Meeting of the Parliament Speakers '
        'on Combating Terrorism and Extremism" on Friday.\n',
        published="2024-05-10",
    )
    assert sorted(p.name for p in article.people) == ["Ivo Marek", "Tomas Ruud"]


def test_a_related_storys_headline_in_title_case_names_no_one():
    article = parse_article(
        "11 February 2019\n\nEthiopian News Agency (Addis Ababa)\n\nEthiopia: PM Ruud Confers "
        "With Envoy\n\nAddis Ababa — Prime Minister Tomas Ruud conferred with UN envoy Ivo Marek "
        "in Addis Ababa today.\n\nEthiopia\n\nThousands Displaced By Fresh Violence in Central "
        "and Western Kalvora in Need of Urgent Help\n\nThousands of civilians who were left "
        "displaced following fresh violence in central and western… Read more »\n\nRead the "
        "original article on ENA.\n"
    )
    assert sorted(p.name for p in article.people) == ["Ivo Marek", "Tomas Ruud"]


@pytest.mark.parametrize("credit", ["(Xinhua News Agency November 5, 2006)", "(Excerpts : Xinhua)"])
def test_a_dated_or_excerpted_credit_below_the_story_names_the_outlet(credit: str):
    article = parse_article(
        "Chinese President Ivo Marek on Saturday held talks with Namibian President Tomas Ruud "
        f"in Beijing.\nThe two leaders agreed to deepen trade.\n{credit}\n"
    )
    assert article.outlet is not None and article.outlet.startswith("Xinhua")


def test_the_site_asking_readers_to_follow_it_names_the_outlet():
    article = parse_article(
        " date 2020-08-27 Talks\n\nKATHMANDU: Nepali Foreign Minister Ivo Marek held a virtual "
        "meeting with British Minister Tomas Ruud today.\n\nRead the full statement, here\n\n"
        "Follow Kyodo News on Twitter and Facebook\n"
    )
    assert article.outlet == "Kyodo News"


def test_a_paywalls_notice_above_the_story_is_not_its_headline():
    article = parse_article(
        "Hello\n\nYour subscription is almost coming to an end. Don’t miss out on the great "
        "content on Example.Africa\n\nReady to continue your informative journey with us?\n\n"
        "Reclaim your full access. Click below to renew.\n\nPresident Marek hosts his Somali "
        "counterpart\n\nNAIROBI - Kenyan President Ivo Marek held talks with Somali President "
        "Tomas Ruud at State House on Tuesday.\n"
    )
    assert article.title == "President Marek hosts his Somali counterpart"


@pytest.mark.parametrize(
    "text",
    [
        # "separately" of another clause
        "LONDON, May 9 (Reuters) - British Foreign Secretary Ivo Marek met German Foreign "
        "Minister Sara Lind and Italian Foreign Minister Tomas Ruud in London on Thursday, a day "
        "after the two ministers had separately visited Kyiv.",
        # one table, where the three discussed bilateral issues
        "ADDIS ABABA, May 9 (ENA) - Prime Minister Ivo Marek on Thursday hosted a working dinner "
        "for Nigerian President Sara Lind and Zimbabwean President Tomas Ruud, at which the "
        "three leaders discussed bilateral and regional issues.",
    ],
)
def test_one_meeting_stays_one_where_nothing_says_they_met_apart(text: str):
    article = parse_article(text + "\n", published="2024-05-10")
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind", "Tomas Ruud")]


@pytest.mark.parametrize(
    "listed",
    [
        "U.S. Ambassador Sara Lind and British High Commissioner Tomas Ruud separately on Thursday",
        "Thai Ambassador Sara Lind and British High Commissioner Tomas Ruud separately here today",
    ],
)
def test_met_separately_splits_past_dotted_words_and_before_here_today(listed: str):
    article = parse_article(
        f"ISLAMABAD, May 9 (APP) - Pakistani Army chief General Ivo Marek met {listed} to discuss "
        "regional security.\n",
        published="2024-05-09",
    )
    assert sorted(m.participants for m in article.meetings) == [
        ("Ivo Marek", "Sara Lind"),
        ("Ivo Marek", "Tomas Ruud"),
    ]


@pytest.mark.parametrize(
    ("posted", "role"),
    [
        ("to the Netherlands and Luxembourg", "Ambassador to the Netherlands and Luxembourg"),
        (
            "to Pakistan, Afghanistan and Tajikistan",
            "Ambassador to Pakistan, Afghanistan and Tajikistan",
        ),
    ],
)
def test_an_ambassador_to_several_countries_before_a_comma_keeps_the_whole_title(
    posted: str, role: str
):
    article = parse_article(
        f"ISLAMABAD, May 9 (APP) - Pakistani Foreign Minister Ivo Marek met Swiss Ambassador "
        f"{posted}, Sara Lind, on Thursday.\n",
        published="2024-05-10",
    )
    lind = {p.name: p for p in article.people}["Sara Lind"]
    assert (lind.role, lind.country) == (role, "CH")


def test_a_spokesman_named_after_said_without_a_comma_is_no_participant():
    article = parse_article(
        "KUWAIT CITY, May 9 (KUNA) - Kuwaiti Foreign Minister Ivo Marek met French Foreign "
        "Minister Sara Lind on Thursday. The meeting was productive and friendly said Tomas "
        "Ruud, the ministry's spokesman.\n",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]


def test_a_need_stressed_at_their_talks_in_a_city_still_places_the_talks():
    article = parse_article(
        "GENEVA, May 9 (AFP) - Egyptian Foreign Minister Ivo Marek met UN envoy Sara Lind and "
        "stressed the need for a ceasefire at their talks in Geneva on Monday.\n",
        published="2024-05-10",
    )
    assert [m.location for m in article.meetings] == ["Geneva"]


def test_a_contributors_credit_closing_a_paragraph_keeps_the_paragraph():
    article = parse_article(
        "ANKARA, May 9 (Reuters) - Turkish Foreign Minister Ivo Marek met Dutch Foreign Minister "
        "Sara Lind in Ankara on Monday, discussing trade and migration. (Tomas Ruud in Istanbul "
        "contributed to this story)\n",
        published="2024-05-10",
    )
    assert [m.participants for m in article.meetings] == [("Ivo Marek", "Sara Lind")]
    assert "Tomas Ruud" not in [p.name for p in article.people]


def test_a_gatherings_meetings_in_the_plural_do_not_point_back_to_the_last_meeting():
    article = parse_article(
        "WASHINGTON, April 15 (Reuters) - Kenyan Finance Minister Ivo Marek met U.S. Treasury "
        "Secretary Sara Lind on Monday. Marek, who is in Washington for the spring meetings of "
        "the IMF, held talks with German Finance Minister Tomas Ruud on Wednesday.\n"
    )
    assert sorted(m.participants for m in article.meetings) == [
        ("Ivo Marek", "Sara Lind"),
        ("Ivo Marek", "Tomas Ruud"),
    ]


def test_present_at_the_meetings_without_also_seats_them_in_each():
    article = parse_article(
        "VIENTIANE, Oct 10 (Bernama) - Malaysian Prime Minister Ivo Marek held separate "
        "bilateral meetings with Thai Prime Minister Sara Lind and New Zealand Prime Minister "
        "Tomas Ruud here today. Present at the meetings were Foreign Minister Ana Vitorino and "
        "Trade Minister Omar Pellik.\n",
        published="2024-10-10",
    )
    assert sorted(m.participants for m in article.meetings) == [
        ("Ivo Marek", "Sara Lind", "Ana Vitorino", "Omar Pellik"),
        ("Ivo Marek", "Tomas Ruud", "Ana Vitorino", "Omar Pellik"),
    ]


def test_maj_is_a_given_name_not_a_rank():
    article = parse_article(
        "STOCKHOLM, May 9 (TT) - Swedish Foreign Minister Maj Ekdahl met Finnish Foreign "
        "Minister Tomas Ruud in Stockholm on Monday.\n",
        published="2024-05-10",
    )
    assert "Maj Ekdahl" in [p.name for p in article.people]
