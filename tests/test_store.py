"""The store on SQLite and PostgreSQL: what ingest writes, and what lookups and digests read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store import open_store
from tests.fixtures_store import meeting, parsed, person

SULLIVAN = person("Jake Sullivan", "national security adviser", "US", org="White House")
KITAMURA = person("Shigeru Kitamura", "secretary-general", "JP")
SUH = person("Suh Hoon", "national security adviser", "KR", mentions=("Suh Hoon", "Suh"))


def trilateral(date="2021-04-02", location="Annapolis, Maryland", **kw):
    return meeting(
        ["Shigeru Kitamura", "Jake Sullivan", "Suh Hoon"], ["JP", "KR", "US"], date, location, **kw
    )


def add(store, text, article, **kw):
    return store.add_article(text, article, source=kw.pop("source", "test"), **kw)


def test_same_person_in_three_articles_is_one_person_with_a_role_history(store):
    roles = [
        ("2020-01-10", "senior policy adviser", None),
        ("2021-03-01", "national security adviser", "White House"),
        ("2019-05-05", "director of policy planning", None),  # an older article, read last
    ]
    for i, (day, role, org) in enumerate(roles):
        who = person("Jake Sullivan", role, "US", org=org)
        add(store, f"article {i}", parsed([who], published=day))
    people = [p for p in store.name_index() if p.name == "Jake Sullivan"]
    assert len(people) == 1
    assert people[0].article_count == 3
    assert people[0].role == "national security adviser"  # the newest, not the last read
    assert people[0].org == "White House"
    profile = store.person_profile(people[0].id)
    assert [r.role for r in profile.roles] == [
        "national security adviser",
        "senior policy adviser",
        "director of policy planning",
    ]
    assert [r.seen_on for r in profile.roles] == ["2021-03-01", "2020-01-10", "2019-05-05"]
    assert len(profile.articles) == 3


def test_people_sharing_a_surname_stay_apart_and_spellings_merge(store):
    add(
        store,
        "one",
        parsed(
            [
                person("Kim Jong Un", "leader", "KP"),
                person("Kim Yo-jong", "vice department director", "KP"),
                person("Kim Sung-hwan", "foreign minister", "KR"),
            ]
        ),
    )
    add(store, "two", parsed([person("Sung Kim", "special representative", "US")]))
    add(store, "three", parsed([person("Kim Man-gi", "spokesman", "KR")]))
    add(store, "four", parsed([person("KIM Jong-un", None, "KP", mentions=("KIM Jong-un", "Kim"))]))
    names = sorted(p.name for p in store.name_index())
    assert names == ["Kim Jong Un", "Kim Man-gi", "Kim Sung-hwan", "Kim Yo-jong", "Sung Kim"]
    leader = next(p for p in store.name_index() if p.name == "Kim Jong Un")
    assert leader.article_count == 2
    assert leader.role == "leader"  # an article without a role keeps the known one
    assert "KIM Jong-un" in leader.mentions


def test_a_bare_surname_never_creates_a_person_but_resolves_inside_its_article(store):
    article = parsed(
        [person("Kim", "leader", "KP", mentions=("Kim",)), SULLIVAN, SUH],
        [
            meeting(["Sullivan", "Suh"], ["KR", "US"], "2021-04-02"),
            meeting(["Kim", "Sullivan"], ["KP", "US"], "2021-05"),
        ],
    )
    add(store, "surname text", article)
    assert sorted(p.name for p in store.name_index()) == ["Jake Sullivan", "Suh Hoon"]
    by_date = {m.date: m for m in store.meetings()}
    assert sorted(p.name for p in by_date["2021-04-02"].participants) == [
        "Jake Sullivan",
        "Suh Hoon",
    ]
    assert [p.name for p in by_date["2021-05"].participants] == ["Jake Sullivan"]


def test_syndicated_copies_are_one_meeting_with_both_articles(store):
    body = "Japan, the United States and South Korea held talks in Annapolis on Friday."
    first = add(
        store,
        "JIJI Press\n" + body + "\nMost Popular",
        parsed([SULLIVAN, KITAMURA, SUH], [trilateral()], outlet="JIJI Press"),
    )
    second = add(
        store,
        "Arab News | facebook | twitter\n" + body + "\nBack to top",
        parsed([SULLIVAN, KITAMURA, SUH], [trilateral(location="Annapolis")], outlet="Arab News"),
    )
    assert first.status == second.status == "new"
    assert len(first.new_meeting_ids) == 1
    assert second.new_meeting_ids == ()
    found = store.meetings(country="JP")
    assert len(found) == 1
    assert {a.outlet for a in found[0].articles} == {"JIJI Press", "Arab News"}
    assert found[0].location == "Annapolis, Maryland"


STORY = (
    "Japan, the United States and South Korea held a meeting of their top national security"
    " officials in Annapolis, Maryland, on Friday. This was the first in-person meeting among"
    " high-level officials of the three countries since the launch of the new administration"
    " in January. The three officials discussed continued stability on the Korean Peninsula"
    " and shared support for a free and open Indo-Pacific region, the council said."
    " Prime Minister Suga is expected to visit Washington later this month for a summit with"
    " the President, the first such visit by a foreign leader."
)


def test_syndicated_copies_share_meetings_even_when_their_dates_disagree(store):
    suga_visit = meeting(
        ["Yoshihide Suga", "Joe Biden"], ["JP", "US"], "2021-04-16", status="planned", primary=False
    )
    cast = [SULLIVAN, KITAMURA, SUH, person("Yoshihide Suga"), person("Joe Biden")]
    first = add(
        store,
        "JIJI Press | Home | Japan\n03 Apr 2021 03:04:06 GMT9\n" + STORY,
        parsed(cast, [trilateral(), suga_visit], published="2021-04-03"),
    )
    # A copy without the stamp: "on Friday" read against another date, one participant missed.
    second = add(
        store,
        "Arab News | facebook | twitter\n" + STORY + "\nMost Popular\nBack to top",
        parsed(
            cast,
            [
                meeting(["Shigeru Kitamura", "Jake Sullivan"], ["JP", "KR", "US"], "2021-04-09"),
                meeting(
                    ["Yoshihide Suga", "Joe Biden"],
                    ["JP", "US"],
                    None,
                    status="planned",
                    primary=False,
                ),
            ],
        ),
    )
    assert len(first.new_meeting_ids) == 2 and second.new_meeting_ids == ()
    found = {m.status: m for m in store.meetings()}
    assert len(store.meetings()) == 2
    assert found["held"].date == "2021-04-02"
    assert len(found["held"].participants) == 3
    assert [len(m.articles) for m in store.meetings()] == [2, 2]


def test_a_planned_meeting_reported_held_becomes_held_with_the_precise_facts(store):
    plan = meeting(
        ["Wang Yi", "Antony Blinken"], ["CN", "US"], "2023-06", "Beijing", status="planned"
    )
    first = add(
        store,
        "plan",
        parsed(
            [person("Wang Yi", "foreign minister", "CN"), person("Antony Blinken", None, "US")],
            [plan],
        ),
    )
    assert store.planned_meetings(country="CN") == []  # June 2023 is past: not upcoming
    held = meeting(
        ["Wang Yi", "Antony J. Blinken"],
        ["CN", "US"],
        "2023-06-19",
        "Great Hall of the People, Beijing",
    )
    second = add(
        store, "held", parsed([person("Antony J. Blinken", "Secretary of State", "US")], [held])
    )
    found = store.meetings(country="US")
    assert len(found) == 1
    assert found[0].id == first.new_meeting_ids[0]
    assert second.new_meeting_ids == ()
    assert (found[0].status, found[0].date, found[0].location) == (
        "held",
        "2023-06-19",
        "Great Hall of the People, Beijing",
    )
    assert len(found[0].articles) == 2


def test_an_undated_plan_becomes_the_talks_held_later(store):
    cast = [person("Wang Yi", "foreign minister", "CN"), person("Antony Blinken", None, "US")]
    plan = meeting(["Wang Yi", "Antony Blinken"], ["CN", "US"], None, "Beijing", status="planned")
    first = add(store, "Blinken will visit Beijing", parsed(cast, [plan]))
    assert [m.id for m in store.planned_meetings(country="US")] == list(first.new_meeting_ids)
    assert [m.id for m in store.planned_meetings(country="US", limit=5)] == list(
        first.new_meeting_ids
    )
    assert store.meetings(country="CN", status="held", limit=5) == []
    held = meeting(["Wang Yi", "Antony Blinken"], ["CN", "US"], "2023-06-19", "Beijing")
    second = add(store, "Blinken met Wang in Beijing", parsed(cast, [held]))
    assert second.new_meeting_ids == ()
    [found] = store.meetings(country="US")
    assert (found.status, found.date) == ("held", "2023-06-19")
    assert store.planned_meetings(country="US") == []
    # the country card's pages (read by country and date) follow the merge too
    assert store.planned_meetings(country="US", limit=5) == []
    for code in ("CN", "US"):
        [page] = store.meetings(country=code, status="held", limit=5)
        assert (page.id, page.date) == (found.id, "2023-06-19")


def test_different_meetings_of_the_same_people_stay_apart(store):
    people = [person("Kim Jong Un", "leader", "KP"), person("Xi Jinping", "president", "CN")]
    add(
        store,
        "three summits",
        parsed(
            people,
            [
                meeting(["Kim Jong Un", "Xi Jinping"], ["CN", "KP"], "2018-03", "Beijing"),
                meeting(["Kim Jong Un", "Xi Jinping"], ["CN", "KP"], "2018-05", "Dalian"),
                meeting(["Kim Jong Un", "Xi Jinping"], ["CN", "KP"], "2019-06-20", "Pyongyang"),
                meeting(["Kim Jong Un", "Xi Jinping"], ["CN", "KP"], None, None, status="planned"),
            ],
        ),
    )
    # A later report of the Dalian summit with its day, and one of an unrelated meeting.
    add(
        store,
        "dalian",
        parsed(
            people, [meeting(["Xi Jinping", "Kim Jong Un"], ["CN", "KP"], "2018-05-08", "Dalian")]
        ),
    )
    add(
        store,
        "moon",
        parsed(
            [person("Moon Jae-in", "president", "KR"), *people],
            [meeting(["Moon Jae-in", "Kim Jong Un"], ["KP", "KR"], "2018-05", "Panmunjom")],
        ),
    )
    dates = [m.date for m in store.meetings()]
    assert dates == ["2019-06-20", "2018-05-08", "2018-05", "2018-03", None]
    assert [len(m.articles) for m in store.meetings()] == [1, 2, 1, 1, 1]


def test_a_report_that_fits_two_meetings_equally_joins_the_one_reported_first(store):
    people = [person("Kim Jong Un", "leader", "KP"), person("Xi Jinping", "president", "CN")]
    pair, sides = ["Kim Jong Un", "Xi Jinping"], ["CN", "KP"]
    add(store, "first", parsed(people, [meeting(pair, sides, "2018-05-07", "Dalian")]))
    add(store, "second", parsed(people, [meeting(pair, sides, "2018-05-09", "Dalian")]))
    # A day from each: as close to one as to the other, on either engine.
    add(store, "between", parsed(people, [meeting(pair, sides, "2018-05-08", "Dalian")]))
    by_date = {m.date: len(m.articles) for m in store.meetings()}
    assert by_date == {"2018-05-07": 2, "2018-05-09": 1}


def test_the_same_content_twice_is_known_and_writes_nothing(store):
    article = parsed([SULLIVAN, KITAMURA, SUH], [trilateral()])
    first = add(store, "Talks  in\nAnnapolis.", article, url="https://example.test/a")
    version = store.data_version()
    again = add(store, "Talks in Annapolis. ", article, url="https://example.test/b")
    assert first.status == "new" and again.status == "known"
    assert store.article_count() == 1
    assert store.data_version() == version
    assert store.has_url("https://example.test/a") and not store.has_url("https://example.test/b")


def test_an_article_with_nothing_found_is_stored_flagged(store):
    result = add(store, "Weather: sunny.", parsed(), note="not valid UTF-8; decoded as cp1252")
    assert result.status == "new" and result.flagged_empty
    assert "no people or meetings" in result.message and "cp1252" in result.message
    assert store.article_count() == 1


def test_meeting_filters_and_order(store):
    people = [SULLIVAN, KITAMURA, SUH, person("Wang Yi", "foreign minister", "CN")]
    add(
        store,
        "several",
        parsed(
            people,
            [
                trilateral(),
                meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2023-05", "Vienna"),
                meeting(
                    ["Jake Sullivan", "Wang Yi"], ["CN", "US"], None, "Malta", status="planned"
                ),
                meeting(
                    ["Suh Hoon", "Wang Yi"], ["CN", "KR"], "2099-01-10", "Xiamen", status="planned"
                ),
            ],
        ),
    )
    assert [m.date for m in store.meetings()] == ["2099-01-10", "2023-05", "2021-04-02", None]
    assert [m.location for m in store.meetings(country="jp")] == ["Annapolis, Maryland"]
    assert {m.location for m in store.meetings(countries=["KR", "JP"])} == {
        "Annapolis, Maryland",
        "Xiamen",
    }
    wang = next(p for p in store.name_index() if p.name == "Wang Yi")
    assert {m.location for m in store.meetings(person_ids=[wang.id])} == {
        "Vienna",
        "Malta",
        "Xiamen",
    }
    assert [m.date for m in store.meetings(date_from="2023-05-15", date_to="2023-12-31")] == [
        "2023-05"
    ]
    assert [m.date for m in store.meetings(date_from="2021-04", date_to="2021-04-30")] == [
        "2021-04-02"
    ]
    assert [m.location for m in store.meetings(location="annapolis")] == ["Annapolis, Maryland"]
    assert [m.location for m in store.meetings(status="planned")] == ["Xiamen", "Malta"]
    assert len(store.meetings(limit=2)) == 2
    assert [m.location for m in store.planned_meetings()] == ["Xiamen", "Malta"]
    assert [m.location for m in store.planned_meetings(country="US")] == ["Malta"]
    assert store.places() == ["Annapolis, Maryland", "Malta", "Vienna", "Xiamen"]


def test_a_busy_country_read_in_date_order_gives_the_same_page(store, monkeypatch):
    from bot.store import queries

    people = [SULLIVAN, KITAMURA, SUH, person("Wang Yi", "foreign minister", "CN")]
    plans = [
        trilateral(),
        meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2023-05", "Vienna"),
        meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], None, "Malta", status="planned"),
        meeting(["Suh Hoon", "Wang Yi"], ["CN", "KR"], "2099-01-10", "Xiamen", status="planned"),
        meeting(["Suh Hoon", "Jake Sullivan"], ["KR", "US"], None, "Seoul"),
    ]
    add(store, "several", parsed(people, plans))
    pages = [
        {"country": "US", "limit": 3},
        {"country": "US", "limit": 10},
        {"countries": ["KR", "JP"], "limit": 10},
        {"country": "CN", "status": "planned", "limit": 10},
        {"country": "US", "location": "malta", "limit": 5},
    ]
    general = [[m.id for m in store.meetings(**page)] for page in pages]
    # each page is the head of the whole list, which is read and sorted without a limit
    for page, ids in zip(pages, general, strict=True):
        whole = {k: v for k, v in page.items() if k != "limit"}
        assert [m.id for m in store.meetings(**whole)][: page["limit"]] == ids
    for code, size in (("US", 1), ("CN", 1), ("CN", 5), ("KR", 5)):
        whole = [m.id for m in store.planned_meetings(country=code)]
        assert [m.id for m in store.planned_meetings(country=code, limit=size)] == whole[:size]
        assert store.count_planned_meetings(country=code) == len(whole)
        assert store.count_meetings(country=code, at_most=1) == 1  # a count that stops early
        # a country card's reads together are the same as asked one by one
        with store.read() as conn:
            card = queries.country_page(conn, code, shown=size, count_cap=2, people_limit=size)
        assert [m.id for m in card.planned] == whole[:size]
        assert card.planned_total == len(whole)
        held = store.meetings(country=code, status="held")
        assert card.recent == tuple(store.meetings(country=code, status="held", limit=size))
        assert card.recent_total == min(len(held), 2)
        assert card.people == tuple(store.people_of_country(code, limit=size))
        for status in ("held", "planned", None):
            assert store.count_meetings(country=code, status=status) == len(
                store.meetings(country=code, status=status)
            )
    monkeypatch.setattr(queries, "_DENSE_MIN", 0)
    monkeypatch.setattr(queries, "_DENSE_SHARE", 0.0)
    assert [[m.id for m in store.meetings(**page)] for page in pages] == general
    assert [m.location for m in store.meetings(country="US", limit=10)] == [
        "Vienna",
        "Annapolis, Maryland",
        "Seoul",
        "Malta",
    ]


def test_a_place_finds_its_meetings_however_the_location_was_written(store):
    cast = [SULLIVAN, KITAMURA, SUH]
    add(store, "one", parsed(cast, [trilateral(date="2021-04-02", location="Annapolis, Maryland")]))
    add(store, "two", parsed(cast, [trilateral(date="2022-08-01", location="ANNAPOLIS")]))
    add(store, "three", parsed(cast, [trilateral(date="2022-09-01", location="Baltimore")]))
    for asked in ("Annapolis, Maryland", "annapolis", "Annapolis"):
        assert [m.date for m in store.meetings(location=asked, limit=40)] == [
            "2022-08-01",
            "2021-04-02",
        ]
        assert [m.date for m in store.meetings(location=asked)] == ["2022-08-01", "2021-04-02"]
    assert [m.location for m in store.meetings(location="baltimore", limit=1)] == ["Baltimore"]
    assert store.meetings(location="Maryland", limit=40) == []  # a place, not a substring
    assert store.count_meetings(location="annapolis") == 2


def test_ingested_since_filters_on_when_a_meeting_was_first_seen(store):
    add(store, "first", parsed([SULLIVAN, KITAMURA, SUH], [trilateral()]))
    cut = datetime.now(UTC)
    add(store, "second copy", parsed([SULLIVAN, KITAMURA, SUH], [trilateral()]))
    later = add(
        store,
        "other",
        parsed(
            [SULLIVAN, person("Wang Yi", None, "CN")],
            [meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2023-05")],
        ),
    )
    since = store.meetings(ingested_since=cut)
    assert [m.id for m in since] == list(later.new_meeting_ids)  # the merged report is old news
    assert since[0].first_seen_at.tzinfo is not None
    assert [m.date for m in store.meetings(ingested_until=cut)] == ["2021-04-02"]
    latest = store.latest_ingest_at()
    assert latest.tzinfo is not None and abs(latest - datetime.now(UTC)) < timedelta(minutes=1)


def test_person_profile_ranks_who_they_meet_most(store):
    wang = person("Wang Yi", "foreign minister", "CN")
    add(
        store,
        "a",
        parsed(
            [SULLIVAN, KITAMURA, SUH, wang],
            [
                trilateral(),
                meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2023-05", "Vienna"),
                meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2024-01", "Bangkok"),
            ],
        ),
    )
    sullivan = next(p for p in store.name_index() if p.name == "Jake Sullivan")
    profile = store.person_profile(sullivan.id)
    assert [m.date for m in profile.meetings] == ["2024-01", "2023-05", "2021-04-02"]
    assert [(p.name, n) for p, n in profile.co_participants][0] == ("Wang Yi", 2)
    assert {p.name for p, n in profile.co_participants if n == 1} == {
        "Shigeru Kitamura",
        "Suh Hoon",
    }
    assert len(store.person_profile(sullivan.id, meeting_limit=1).meetings) == 1
    assert store.person_profile(10**9) is None


def test_people_of_country_newest_first_and_lookup_by_ids(store):
    add(store, "old", parsed([person("Moon Jae-in", "president", "KR")], published="2018-01-01"))
    add(store, "new", parsed([person("Yoon Suk-yeol", "president", "KR")], published="2022-11-11"))
    add(store, "us", parsed([SULLIVAN], published="2023-01-01"))
    korea = store.people_of_country("kr")
    assert [p.name for p in korea] == ["Yoon Suk-yeol", "Moon Jae-in"]
    assert [p.name for p in store.people_of_country("KR", limit=1)] == ["Yoon Suk-yeol"]
    ids = [korea[1].id, korea[0].id, 10**9]
    assert [p.name for p in store.people_by_ids(ids)] == ["Moon Jae-in", "Yoon Suk-yeol"]


def test_data_version_moves_when_another_store_writes(store_url):
    reader = open_store(store_url)
    writer = open_store(store_url)
    try:
        before = reader.data_version()
        writer.add_article("news", parsed([SULLIVAN]), source="elsewhere")
        assert reader.data_version() != before
        assert [p.name for p in reader.name_index()] == ["Jake Sullivan"]
    finally:
        reader.close()
        writer.close()


def test_replace_parse_rebuilds_links(store):
    first = add(
        store,
        "text",
        parsed(
            [SULLIVAN, person("Wang Yi", None, "CN")],
            [meeting(["Jake Sullivan", "Wang Yi"], ["CN", "US"], "2023-05")],
        ),
    )
    add(store, "other", parsed([SULLIVAN, KITAMURA, SUH], [trilateral()]))
    created = store.replace_parse(
        first.article_id,
        parsed(
            [SULLIVAN, SUH],
            [meeting(["Jake Sullivan", "Suh Hoon"], ["KR", "US"], "2022-02-02", "Seoul")],
            version="test-2",
        ),
    )
    assert len(created) == 1
    assert sorted(m.location for m in store.meetings()) == ["Annapolis, Maryland", "Seoul"]
    assert [p.name for p in store.name_index()] == ["Jake Sullivan", "Shigeru Kitamura", "Suh Hoon"]
    stored = [a for a in store.iter_articles() if a.id == first.article_id][0]
    assert stored.parser_version == "test-2"
    assert [a.id for a in store.iter_articles(parser_version_not="test-2")] != [first.article_id]


def test_the_write_transaction_leaves_nothing_when_it_fails(store):
    from sqlalchemy import text

    before = store.article_count()
    try:
        with store.write() as conn:
            conn.execute(text("UPDATE store_state SET value = value + 100"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with store.read() as conn:
        assert conn.execute(text("SELECT value FROM store_state")).scalar_one() == 0
    assert store.article_count() == before


def test_an_article_naming_hundreds_of_people_is_stored_where_sqlite_caps_parameters(
    tmp_path, monkeypatch
):
    import sqlite3

    from bot.store import engine as store_engine

    configure = store_engine.configure_sqlite_connection

    def _old_sqlite_limit(dbapi_connection, database):  # SQLite before 3.32 allows 999
        configure(dbapi_connection, database)
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)

    # every connection of the store, those of its Engine and its own per-article one
    monkeypatch.setattr(store_engine, "configure_sqlite_connection", _old_sqlite_limit)
    store = open_store(f"sqlite:///{tmp_path / 'capped.sqlite3'}")
    try:
        names = [f"Delegate{i:03d} Member" for i in range(300)]
        people = [person(n, "delegate", "FR") for n in names]
        result = add(store, "a summit roll call", parsed(people, [meeting(names[:2], ["FR"])]))
        assert result.status == "new"
        assert sum(p.name.startswith("Delegate") for p in store.name_index()) == 300
    finally:
        store.close()


def test_a_closed_store_says_so_instead_of_reconnecting(tmp_path):
    import pytest

    from bot.store import StoreError

    store = open_store(f"sqlite:///{tmp_path / 'closed.sqlite3'}")
    assert not store.knows_text("Talks were held.")
    store.close()
    with pytest.raises(StoreError, match="closed"):  # its write connection is not opened again
        store.knows_text("Talks were held.")
