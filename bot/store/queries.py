"""The read path: people, profiles, places and meetings, as records.

Every list of meetings is loaded in a fixed number of queries (one for the
page, one each for its participants, countries and articles), never one per
meeting, so a page costs the same on a store of a million rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Integer, and_, bindparam, exists, func, or_, select

from bot.models import (
    ArticleRef,
    MeetingRecord,
    Participant,
    PersonProfile,
    PersonSummary,
    RoleRecord,
)
from bot.store.keys import place_key
from bot.store.rawsql import Raw, in_list, read_json, read_ts
from bot.store.schema import (
    articles,
    meeting_countries,
    meeting_participants,
    meetings,
    people,
    person_mentions,
    person_roles,
    store_state,
)

_CHUNK = 5000


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


# --- small facts -------------------------------------------------------------------


def data_version(conn: Connection) -> int:
    return conn.execute(
        select(store_state.c.value).where(store_state.c.key == "data_version")
    ).scalar_one()


def article_count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(articles)).scalar_one()


def latest_ingest_at(conn: Connection) -> datetime | None:
    return conn.execute(select(func.max(articles.c.ingested_at))).scalar_one_or_none()


def has_url(conn: Connection, url: str) -> bool:
    return conn.execute(select(exists().where(articles.c.url == url))).scalar_one()


def places(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(meetings.c.location).where(meetings.c.location.is_not(None)).distinct()
    ).scalars()
    return sorted(set(rows))


# --- people --------------------------------------------------------------------------


_PERSON_COLS = (
    people.c.id,
    people.c.name,
    people.c.role,
    people.c.org,
    people.c.country,
    people.c.article_count,
)
_PEOPLE_BY_IDS = select(*_PERSON_COLS).where(people.c.id.in_(bindparam("ids", expanding=True)))
_MENTIONS_BY_IDS = select(person_mentions.c.person_id, person_mentions.c.mention).where(
    person_mentions.c.person_id.in_(bindparam("ids", expanding=True))
)


def _mentions_of(conn: Connection, ids: Sequence[int] | None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if ids is None:
        rows: Iterable[Any] = conn.exec_driver_sql("SELECT person_id, mention FROM person_mentions")
        for pid, mention in rows:
            out[pid].append(mention)
        return out
    for batch in _chunks(list(ids)):
        for pid, mention in conn.execute(_MENTIONS_BY_IDS, {"ids": batch}):
            out[pid].append(mention)
    return out


def _summaries(rows: Sequence[Any], mentions: dict[int, list[str]]) -> list[PersonSummary]:
    # rows are (id, name, role, org, country, article_count), unpacked by position
    return [
        PersonSummary(
            id=pid,
            name=name,
            role=role,
            org=org,
            country=country,
            mentions=tuple(sorted(mentions.get(pid, ()))),
            article_count=article_count,
        )
        for pid, name, role, org, country, article_count in rows
    ]


def name_index(conn: Connection) -> list[PersonSummary]:
    """Every person some stored article still mentions, with every form they were named by.

    Plain SQL on the driver: this reads every person, and Core's per-row work
    would be most of the time.
    """
    rows = conn.exec_driver_sql(
        "SELECT id, name, role, org, country, article_count FROM people"
        " WHERE article_count > 0 ORDER BY id"
    ).all()
    return _summaries(rows, _mentions_of(conn, None))


def people_by_ids(conn: Connection, ids: Sequence[int]) -> list[PersonSummary]:
    """The people with these ids, in the order asked (unknown ids left out)."""
    wanted = list(dict.fromkeys(ids))
    rows: dict[int, Any] = {}
    for batch in _chunks(wanted):
        for r in conn.execute(_PEOPLE_BY_IDS, {"ids": batch}):
            rows[r.id] = r
    ordered = [rows[i] for i in wanted if i in rows]
    return _summaries(ordered, _mentions_of(conn, list(rows)))


@cache
def _people_of_country_statement() -> Any:
    """Built once: building it cost more than running it."""
    return (
        select(*_PERSON_COLS)
        .where(people.c.country == bindparam("code"), people.c.article_count > 0)
        .order_by(people.c.seen_on.desc(), people.c.article_count.desc(), people.c.id)
        .limit(bindparam("lim", type_=Integer))
    )


def people_of_country(conn: Connection, code: str, *, limit: int = 10) -> list[PersonSummary]:
    """People serving `code`, seen most recently first."""
    params = {"code": code.upper(), "lim": limit}
    rows = conn.execute(_people_of_country_statement(), params).all()
    return _summaries(rows, _mentions_of(conn, [r[0] for r in rows]))


@dataclass(frozen=True)
class _ProfileStatements:
    roles: Any
    meetings: Any
    articles: Any
    co_participants: Any


@cache
def _profile_statements() -> _ProfileStatements:
    """Built once: a profile runs often, and building the expressions cost more than the SQL."""
    pid = bindparam("pid", type_=Integer)
    limit = bindparam("lim", type_=Integer)
    mine = meeting_participants.alias("mine")
    theirs = meeting_participants.alias("theirs")
    together = func.count().label("together")
    return _ProfileStatements(
        roles=select(person_roles)
        .where(
            person_roles.c.person_id == pid,
            or_(person_roles.c.role.is_not(None), person_roles.c.org.is_not(None)),
        )
        .order_by(person_roles.c.seen_on.desc(), person_roles.c.id.desc()),
        meetings=_meeting_select()
        .join(meeting_participants, meeting_participants.c.meeting_id == meetings.c.id)
        .where(meeting_participants.c.person_id == pid)
        .order_by(*_NEWEST_FIRST)
        .limit(limit),
        articles=select(*_ARTICLE_COLS)
        .join(person_roles, person_roles.c.article_id == articles.c.id)
        .where(person_roles.c.person_id == pid)
        .order_by(articles.c.published.is_(None), articles.c.published.desc(), articles.c.id.desc())
        .limit(limit),
        co_participants=select(theirs.c.person_id, together)
        .select_from(mine.join(theirs, mine.c.meeting_id == theirs.c.meeting_id))
        .where(mine.c.person_id == pid, theirs.c.person_id != bindparam("pid2", type_=Integer))
        .group_by(theirs.c.person_id)
        .order_by(together.desc(), theirs.c.person_id)
        .limit(10),
    )


def person_profile(
    conn: Connection, person_id: int, *, meeting_limit: int = 20, article_limit: int = 50
) -> PersonProfile | None:
    q = _profile_statements()
    co_rows = conn.execute(q.co_participants, {"pid": person_id, "pid2": person_id}).all()
    # the person and the people they meet most, in one lookup
    found = {p.id: p for p in people_by_ids(conn, [person_id, *(r.person_id for r in co_rows)])}
    if person_id not in found:
        return None
    roles = tuple(
        RoleRecord(
            role=r.role,
            org=r.org,
            country=r.country,
            seen_on=r.seen_on,
            article_id=r.article_id,
            evidence=r.evidence,
        )
        for r in conn.execute(q.roles, {"pid": person_id})
    )
    meeting_rows = conn.execute(q.meetings, {"pid": person_id, "lim": meeting_limit}).all()
    article_rows = conn.execute(q.articles, {"pid": person_id, "lim": article_limit}).all()
    return PersonProfile(
        person=found[person_id],
        roles=roles,
        meetings=tuple(_meeting_records(conn, meeting_rows)),
        articles=tuple(_article_ref(r) for r in article_rows),
        co_participants=tuple(
            (found[r.person_id], r.together) for r in co_rows if r.person_id in found
        ),
    )


# --- meetings ------------------------------------------------------------------------


_ARTICLE_COLS = (
    articles.c.id,
    articles.c.title,
    articles.c.outlet,
    articles.c.published,
    articles.c.url,
    articles.c.source,
    articles.c.ingested_at,
)

_NEWEST_FIRST = (meetings.c.date.is_(None), meetings.c.date.desc(), meetings.c.id.desc())


def _meeting_select() -> Any:
    return select(
        meetings.c.id,
        meetings.c.summary,
        meetings.c.date,
        meetings.c.location,
        meetings.c.mode,
        meetings.c.status,
        meetings.c.is_primary,
        meetings.c.countries,
        meetings.c.first_seen_at,
    )


def _article_ref(r: Any) -> ArticleRef:
    return ArticleRef(
        id=r.id,
        title=r.title,
        outlet=r.outlet,
        published=r.published,
        url=r.url,
        source=r.source,
        ingested_at=r.ingested_at,
    )


_PAGE_PARTS_SQL = (
    "SELECT meeting_participants.meeting_id, people.id, people.name, people.role,"
    " people.org, people.country FROM meeting_participants"
    " JOIN people ON people.id = meeting_participants.person_id"
    " WHERE meeting_participants.meeting_id IN ({ids})"
    " ORDER BY meeting_participants.meeting_id, people.name"
)
_PAGE_REFS_SQL = (
    "SELECT meeting_articles.meeting_id, meeting_articles.evidence, articles.id,"
    " articles.title, articles.outlet, articles.published, articles.url, articles.source,"
    " articles.ingested_at FROM meeting_articles"
    " JOIN articles ON articles.id = meeting_articles.article_id"
    " WHERE meeting_articles.meeting_id IN ({ids})"
    " ORDER BY meeting_articles.meeting_id, articles.ingested_at, articles.id"
)


def _meeting_records(conn: Connection, rows: Sequence[Any]) -> list[MeetingRecord]:
    """Records for a page of meeting rows (as `_meeting_select` reads them), with two
    batched queries (participants, articles), in plain SQL on the driver (a page is
    read on every card; Core's per-statement cost was most of it). Rows are unpacked
    by position: per-name access on every row was most of a page's time."""
    ids = [r[0] for r in rows]
    parts: dict[int, list[Participant]] = defaultdict(list)
    refs: dict[int, list[ArticleRef]] = defaultdict(list)
    evidence: dict[int, list[str]] = defaultdict(list)
    raw = Raw(conn) if ids else None
    for batch in _chunks(ids):
        assert raw is not None
        params: dict[str, Any] = {}
        names = in_list("id", batch, params)
        for mid, pid, name, role, org, country in raw.all(
            _PAGE_PARTS_SQL.format(ids=names), params
        ):
            parts[mid].append(Participant(pid, name, role, org, country))
        for mid, said, aid, title, outlet, published, url, source, ingested_at in raw.all(
            _PAGE_REFS_SQL.format(ids=names), params
        ):
            refs[mid].append(
                ArticleRef(aid, title, outlet, published, url, source, read_ts(ingested_at))
            )
            if said and said not in evidence[mid]:
                evidence[mid].append(said)
    empty: tuple[Any, ...] = ()
    return [
        MeetingRecord(
            id=mid,
            summary=summary,
            date=date,
            location=location,
            mode=mode,
            status=status,
            primary=bool(is_primary),
            countries=tuple(sorted(countries or empty)),
            participants=tuple(parts.get(mid, empty)),
            articles=tuple(refs.get(mid, empty)),
            first_seen_at=first_seen_at,
            evidence=tuple(evidence.get(mid, empty)),
        )
        for mid, summary, date, location, mode, status, is_primary, countries, first_seen_at in (
            rows
        )
    ]


def _meeting_filters(
    *,
    country: str | None,
    countries: Sequence[str] | None,
    person_ids: Sequence[int] | None,
    location: str | None,
    date_from: str | None,
    date_to: str | None,
    ingested_since: datetime | None,
    ingested_until: datetime | None,
    status: str | None,
    primary: bool | None = None,
    exact_dates: bool = False,
) -> list[Any]:
    where: list[Any] = []
    codes = [c.upper() for c in ([country] if country else []) + list(countries or ())]
    if codes:
        where.append(
            # IN (subquery), not EXISTS: SQLite then starts from the country index
            # instead of testing every meeting (200k meetings: 11 ms, not 100+ ms)
            meetings.c.id.in_(
                select(meeting_countries.c.meeting_id).where(meeting_countries.c.country.in_(codes))
            )
        )
    if person_ids is not None:
        # IN (subquery) for the same reason as countries: start from the person index
        where.append(
            meetings.c.id.in_(
                select(meeting_participants.c.meeting_id).where(
                    meeting_participants.c.person_id.in_(list(person_ids))
                )
            )
        )
    if location:
        # the place it names, by equality on meetings.place_key (indexed with the date)
        where.append(meetings.c.place_key == (place_key(location) or ""))
    if date_from:
        # exact: a plain range, which leaves out "2021-04" (it sorts before "2021-04-15")
        where.append(meetings.c.date >= date_from if exact_dates else _on_or_after(date_from))
    if date_to:
        where.append(meetings.c.date <= date_to)
    if ingested_since is not None:
        where.append(meetings.c.first_seen_at >= ingested_since)
    if ingested_until is not None:
        where.append(meetings.c.first_seen_at < ingested_until)
    if status:
        where.append(meetings.c.status == status)
    if primary is not None:
        where.append(meetings.c.is_primary == primary)
    return where


def _on_or_after(day: str) -> Any:
    """Dates from `day` on, where "2021-04" and "2021" count as overlapping "2021-04-15".

    Written as a range plus the (at most two) partial dates that contain `day`,
    rather than comparing on each row's own precision, so the date index is
    used: a week out of 200,000 meetings is read in a few ms, not a scan.
    """
    partial = sorted({day[:4], day[:7]} - {day})
    return or_(meetings.c.date >= day, meetings.c.date.in_(partial))


def find_meetings(
    conn: Connection,
    *,
    country: str | None = None,
    countries: Sequence[str] | None = None,
    person_ids: Sequence[int] | None = None,
    location: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    ingested_since: datetime | None = None,
    ingested_until: datetime | None = None,
    status: str | None = None,
    limit: int | None = None,
    primary: bool | None = None,
    exact_dates: bool = False,
) -> list[MeetingRecord]:
    where = _meeting_filters(
        country=country,
        countries=countries,
        person_ids=person_ids,
        location=location,
        date_from=date_from,
        date_to=date_to,
        ingested_since=ingested_since,
        ingested_until=ingested_until,
        status=status,
        primary=primary,
        exact_dates=exact_dates,
    )
    codes = [c.upper() for c in ([country] if country else []) + list(countries or ())]
    only_side = (
        limit is not None
        and len(codes) == 1
        and person_ids is None
        and location is None
        and ingested_since is None
        and ingested_until is None
        and primary is None
        and not (date_from or date_to)
    )
    if only_side:
        return _meeting_records(conn, _side_newest(conn, codes[0], status, limit or 0))
    if location and limit is not None:
        return _meeting_records(conn, _newest_split(conn, where, limit))
    if (
        status
        and limit is not None
        and not codes
        and person_ids is None
        and ingested_since is None
        and ingested_until is None
        and not (date_from or date_to)
    ):
        # a page of one status, walked newest first on the (status, date) index
        return _meeting_records(conn, _newest_split(conn, where, limit))
    if (
        limit is not None
        and codes
        and person_ids is None
        and ingested_since is None
        and ingested_until is None
        and not (date_from or date_to)
        and _dense(conn, codes)
    ):
        others = _meeting_filters(
            country=None,
            countries=None,
            person_ids=None,
            location=location,
            date_from=None,
            date_to=None,
            ingested_since=None,
            ingested_until=None,
            status=status,
            primary=primary,
        )
        return _meeting_records(conn, _dense_newest(conn, codes, others, limit))
    # A date bound already leaves undated meetings out; ordering without the
    # "undated last" term lets the date index deliver rows in order (no sort).
    order = _NEWEST_FIRST[1:] if date_from or date_to else _NEWEST_FIRST
    query = _meeting_select().where(*where).order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    return _meeting_records(conn, conn.execute(query).all())


#: A country taking part in at least this share of all meetings is "dense"
#: (on a store of at least _DENSE_MIN meetings; below that, sorting is cheap).
_DENSE_SHARE = 0.05
_DENSE_MIN = 2000


def _dense(conn: Connection, codes: Sequence[str]) -> bool:
    """True when these countries are in so many meetings that walking meetings newest
    first finds a page of theirs sooner than sorting all of theirs would."""
    top = conn.execute(select(func.max(meetings.c.id))).scalar_one_or_none() or 0
    if top < _DENSE_MIN:
        return False
    mine = conn.execute(
        select(func.count()).where(meeting_countries.c.country.in_(list(codes)))
    ).scalar_one()
    return mine >= top * _DENSE_SHARE


@cache
def _side_statements() -> dict[str, Any]:
    """One country's page queries, built once (a card runs several; building cost more
    than the SQL). Each walks the meeting_countries (country, date, meeting_id, status)
    index in order and stops at :lim."""
    mc = meeting_countries
    joined = _meeting_select().join(mc, mc.c.meeting_id == meetings.c.id)
    side = mc.c.country == bindparam("code")
    of_status = mc.c.status == bindparam("status")
    lim = bindparam("lim", type_=Integer)
    newest = (mc.c.date.desc(), mc.c.meeting_id.desc())
    soonest = (mc.c.date, mc.c.meeting_id)
    dated, undated = mc.c.date.is_not(None), mc.c.date.is_(None)
    return {
        "dated": joined.where(side, dated).order_by(*newest).limit(lim),
        "undated": joined.where(side, undated).order_by(mc.c.meeting_id.desc()).limit(lim),
        "dated_status": joined.where(side, of_status, dated).order_by(*newest).limit(lim),
        "undated_status": joined.where(side, of_status, undated)
        .order_by(mc.c.meeting_id.desc())
        .limit(lim),
        "plans_partial": joined.where(
            side, of_status, mc.c.date.in_(bindparam("partial", expanding=True))
        ).order_by(*soonest),
        "plans_from": joined.where(side, of_status, mc.c.date >= bindparam("today"))
        .order_by(*soonest)
        .limit(lim),
        "plans_undated": joined.where(side, of_status, undated)
        .order_by(mc.c.meeting_id)
        .limit(lim),
    }


def _side_newest(conn: Connection, code: str, status: str | None, limit: int) -> list[Any]:
    """A page of one country's meetings, newest first, dated then undated."""
    q = _side_statements()
    suffix = "_status" if status else ""
    params: dict[str, Any] = {"code": code, "status": status, "lim": limit}
    rows = conn.execute(q["dated" + suffix], params).all()
    if len(rows) < limit:
        params["lim"] = limit - len(rows)
        rows += conn.execute(q["undated" + suffix], params).all()
    return rows


def _newest_split(conn: Connection, where: list[Any], limit: int) -> list[Any]:
    """Meetings matching `where`, newest first, undated last, as two queries (dated,
    then undated) that an index ending in (date, id) delivers in order."""
    rows = conn.execute(
        _meeting_select()
        .where(*where, meetings.c.date.is_not(None))
        .order_by(meetings.c.date.desc(), meetings.c.id.desc())
        .limit(limit)
    ).all()
    if len(rows) < limit:
        rows += conn.execute(
            _meeting_select()
            .where(*where, meetings.c.date.is_(None))
            .order_by(meetings.c.id.desc())
            .limit(limit - len(rows))
        ).all()
    return rows


def _dense_newest(
    conn: Connection, codes: Sequence[str], others: list[Any], limit: int
) -> list[Any]:
    """A page of a busy country's meetings, newest first, read in date-index order.

    The country test is a per-row EXISTS (the walk stops at `limit`); `others`
    are the remaining filters. Dated meetings come first, then undated ones, as
    in the general order.
    """
    side = exists().where(
        meeting_countries.c.meeting_id == meetings.c.id, meeting_countries.c.country.in_(codes)
    )
    rows = conn.execute(
        _meeting_select()
        .where(meetings.c.date.is_not(None), side, *others)
        .order_by(meetings.c.date.desc(), meetings.c.id.desc())
        .limit(limit)
    ).all()
    if len(rows) < limit:
        rows += conn.execute(
            _meeting_select()
            .where(meetings.c.date.is_(None), side, *others)
            .order_by(meetings.c.id.desc())
            .limit(limit - len(rows))
        ).all()
    return rows


def count_meetings(conn: Connection, **filters: Any) -> int:
    """How many meetings `find_meetings(**filters)` finds without a limit (for "and N more")."""
    names = ("country", "countries", "person_ids", "location", "date_from", "date_to")
    names += ("ingested_since", "ingested_until", "status", "primary", "exact_dates")
    unknown = set(filters) - {*names, "at_most"}
    if unknown:
        raise TypeError(f"count_meetings() got unknown filters {sorted(unknown)}")
    at_most = filters.get("at_most")
    given = {n for n, v in filters.items() if v is not None and n not in ("exact_dates", "at_most")}
    code = filters.get("country")
    if code and given <= {"country", "status"}:
        status = filters.get("status") or None
        params = {"code": code.upper(), "status": status, "lim": at_most}
        return conn.execute(_side_count(bool(status), at_most is not None), params).scalar_one()
    where = _meeting_filters(
        **{name: filters.get(name) for name in names[:-1]},
        exact_dates=bool(filters.get("exact_dates")),
    )
    found = select(meetings.c.id).where(and_(*where))
    if at_most is not None:
        found = found.limit(at_most)  # "at_most or more" is all a card needs to say
    return conn.execute(select(func.count()).select_from(found.subquery())).scalar_one()


def planned_meetings(
    conn: Connection,
    *,
    country: str | None = None,
    countries: Sequence[str] | None = None,
    limit: int | None = None,
    today: str | None = None,
) -> list[MeetingRecord]:
    """Planned meetings not yet past (undated ones last), soonest first.

    Two queries, dated then undated, so each can be read in index order
    (status, date) and stop at `limit` instead of sorting every plan; one
    country's plans are read in the order of its (country, date) index.
    """
    codes = [c.upper() for c in ([country] if country else []) + list(countries or ())]
    if limit is not None and len(codes) == 1:
        return _meeting_records(conn, _side_planned(conn, codes[0], today, limit))
    where = _planned_where(country, countries, today, dated=True)
    query = _meeting_select().where(*where).order_by(meetings.c.date, meetings.c.id)
    if limit is not None:
        query = query.limit(limit)
    rows = conn.execute(query).all()
    if limit is None or len(rows) < limit:
        undated = _planned_where(country, countries, today, dated=False)
        query = _meeting_select().where(*undated).order_by(meetings.c.id)
        if limit is not None:
            query = query.limit(limit - len(rows))
        rows += conn.execute(query).all()
    return _meeting_records(conn, rows)


def _side_planned(conn: Connection, code: str, today: str | None, limit: int) -> list[Any]:
    """One country's plans from `today` on, soonest first, undated last."""
    today = today or datetime.now(UTC).date().isoformat()
    q = _side_statements()
    params: dict[str, Any] = {"code": code, "status": "planned", "today": today, "lim": limit}
    # "2026" and "2026-11" overlap today; they sort before it, so they lead the page
    params["partial"] = sorted({today[:4], today[:7]} - {today})
    rows = conn.execute(q["plans_partial"], params).all()[:limit]
    for name in ("plans_from", "plans_undated"):
        if len(rows) >= limit:
            break
        params["lim"] = limit - len(rows)
        rows += conn.execute(q[name], params).all()
    return rows


@cache
def _side_plan_count() -> Any:
    """One country's plans from today on, counted as three index ranges (from today,
    the partial dates that overlap it, undated) in one statement, not one OR."""
    mc = meeting_countries
    mine = (mc.c.country == bindparam("code"), mc.c.status == "planned")
    ranges = (
        mc.c.date >= bindparam("today"),
        mc.c.date.in_(bindparam("partial", expanding=True)),
        mc.c.date.is_(None),
    )
    a, b, c = (select(func.count()).where(*mine, when).scalar_subquery() for when in ranges)
    return select(a + b + c)


@cache
def _side_count(of_status: bool, capped: bool) -> Any:
    """One country's meetings (of a status) counted on the (country, date, meeting_id,
    status) index alone, stopping at :lim when capped. Built once per shape."""
    mc = meeting_countries
    side = [mc.c.country == bindparam("code")]
    if of_status:
        side.append(mc.c.status == bindparam("status"))
    found = select(mc.c.meeting_id).where(*side)
    if capped:
        found = found.limit(bindparam("lim", type_=Integer))
    return select(func.count()).select_from(found.subquery())


def count_planned_meetings(
    conn: Connection,
    *,
    country: str | None = None,
    countries: Sequence[str] | None = None,
    today: str | None = None,
) -> int:
    """How many meetings `planned_meetings` finds without a limit (for "and N more")."""
    codes = [c.upper() for c in ([country] if country else []) + list(countries or ())]
    if len(codes) == 1:
        today = today or datetime.now(UTC).date().isoformat()
        partial = sorted({today[:4], today[:7]} - {today})
        params = {"code": codes[0], "today": today, "partial": partial}
        return conn.execute(_side_plan_count(), params).scalar_one()
    total = 0
    for dated in (True, False):
        where = _planned_where(country, countries, today, dated=dated)
        total += conn.execute(select(func.count()).select_from(meetings).where(*where)).scalar_one()
    return total


def _planned_where(
    country: str | None, countries: Sequence[str] | None, today: str | None, *, dated: bool
) -> list[Any]:
    today = today or datetime.now(UTC).date().isoformat()
    where = _meeting_filters(
        country=country,
        countries=countries,
        person_ids=None,
        location=None,
        date_from=None,
        date_to=None,
        ingested_since=None,
        ingested_until=None,
        status="planned",
    )
    return [*where, _on_or_after(today) if dated else meetings.c.date.is_(None)]


# --- a country card's reads, together ------------------------------------------------


@dataclass(frozen=True)
class CountryPage:
    """What a country card shows: its newest held meetings and soonest plans (each
    with how many there are, counted up to a cap), and its people seen lately."""

    recent: tuple[MeetingRecord, ...]
    recent_total: int
    planned: tuple[MeetingRecord, ...]
    planned_total: int
    people: tuple[PersonSummary, ...]


# Plain SQL through bot.store.rawsql, the same text on both engines: a card runs
# these on every lookup, and Core's per-statement cost (~1 ms) was most of the
# card's time. They are the statements `_side_statements`, `_side_count`,
# `_side_plan_count` and `_people_of_country_statement` compile to.
_SIDE_SQL = (
    "SELECT meetings.id, meetings.summary, meetings.date, meetings.location, meetings.mode,"
    " meetings.status, meetings.is_primary, meetings.countries, meetings.first_seen_at"
    " FROM meetings JOIN meeting_countries ON meeting_countries.meeting_id = meetings.id"
    " WHERE meeting_countries.country = :code AND meeting_countries.status = :status AND "
)
_CARD_SQL = {
    "held_dated": _SIDE_SQL + "meeting_countries.date IS NOT NULL"
    " ORDER BY meeting_countries.date DESC, meeting_countries.meeting_id DESC LIMIT :lim",
    "held_undated": _SIDE_SQL + "meeting_countries.date IS NULL"
    " ORDER BY meeting_countries.meeting_id DESC LIMIT :lim",
    "plans_partial": _SIDE_SQL + "meeting_countries.date IN ({partial})"
    " ORDER BY meeting_countries.date, meeting_countries.meeting_id",
    "plans_from": _SIDE_SQL + "meeting_countries.date >= :today"
    " ORDER BY meeting_countries.date, meeting_countries.meeting_id LIMIT :lim",
    "plans_undated": _SIDE_SQL + "meeting_countries.date IS NULL"
    " ORDER BY meeting_countries.meeting_id LIMIT :lim",
    "held_count": "SELECT count(*) FROM (SELECT meeting_countries.meeting_id"
    " FROM meeting_countries WHERE meeting_countries.country = :code"
    " AND meeting_countries.status = :status LIMIT :lim) AS found",
    "plans_count": "SELECT (SELECT count(*) FROM meeting_countries"
    " WHERE country = :code AND status = :status AND date >= :today)"
    " + (SELECT count(*) FROM meeting_countries"
    " WHERE country = :code AND status = :status AND date IN ({partial}))"
    " + (SELECT count(*) FROM meeting_countries"
    " WHERE country = :code AND status = :status AND date IS NULL)",
    "people": "SELECT id, name, role, org, country, article_count FROM people"
    " WHERE country = :code AND article_count > 0"
    " ORDER BY seen_on DESC, article_count DESC, id LIMIT :lim",
    "mentions": "SELECT person_id, mention FROM person_mentions WHERE person_id IN ({ids})",
}


def _raw_meeting_rows(rows: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Driver rows of `_SIDE_SQL` with the values Core would give (JSON, UTC times)."""
    return [
        (mid, summary, date, location, mode, status, is_primary, read_json(countries), read_ts(at))
        for mid, summary, date, location, mode, status, is_primary, countries, at in rows
    ]


def _raw_page(raw: Raw, params: dict[str, Any], names: Sequence[str], limit: int) -> list[Any]:
    """Up to `limit` rows from the statements `names`, in turn, until the page is full."""
    rows: list[Any] = []
    for name in names:
        if len(rows) >= limit:
            break
        params["lim"] = limit - len(rows)
        rows += raw.all(_CARD_SQL[name], params)
    return rows


def _raw_people(raw: Raw, code: str, limit: int) -> list[PersonSummary]:
    rows = raw.all(_CARD_SQL["people"], {"code": code, "lim": limit})
    mentions: dict[int, list[str]] = defaultdict(list)
    if rows:
        params: dict[str, Any] = {}
        ids = in_list("id", [r[0] for r in rows], params)
        for pid, mention in raw.all(_CARD_SQL["mentions"].format(ids=ids), params):
            mentions[pid].append(mention)
    return _summaries(rows, mentions)


def country_page(
    conn: Connection,
    code: str,
    *,
    shown: int,
    count_cap: int,
    people_limit: int,
    today: str | None = None,
) -> CountryPage:
    """The reads of one country card on one connection, the meetings of both lists
    completed in one batch: the same rows as `find_meetings(country=code,
    status="held", limit=shown)`, `planned_meetings(country=code, limit=shown)`,
    their counts and `people_of_country`, in fewer round trips."""
    code = code.upper()
    today = today or datetime.now(UTC).date().isoformat()
    raw = Raw(conn)
    held = _raw_page(raw, {"code": code, "status": "held"}, ("held_dated", "held_undated"), shown)
    # "2026" and "2026-11" overlap today; they sort before it, so they lead the page
    plan_params: dict[str, Any] = {"code": code, "status": "planned", "today": today}
    partial = in_list("partial", sorted({today[:4], today[:7]} - {today}), plan_params)
    plans = raw.all(_CARD_SQL["plans_partial"].format(partial=partial), plan_params)[:shown]
    plans += _raw_page(raw, plan_params, ("plans_from", "plans_undated"), shown - len(plans))
    records = _meeting_records(conn, _raw_meeting_rows([*held, *plans]))
    held_count = {"code": code, "status": "held", "lim": count_cap}
    plan_params.pop("lim", None)
    return CountryPage(
        recent=tuple(records[: len(held)]),
        recent_total=raw.one(_CARD_SQL["held_count"], held_count),
        planned=tuple(records[len(held) :]),
        planned_total=raw.one(_CARD_SQL["plans_count"].format(partial=partial), plan_params),
        people=tuple(_raw_people(raw, code, people_limit)),
    )
